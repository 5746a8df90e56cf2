"""Several people on one server: the owner migrates, an editor edits and imports, a reader only reads;
a stale save names who changed what; two imports run one after the other; the change log says who."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from ino_desktop.cli import main
from ino_desktop.commands.import_cmd import login_name
from ino_desktop.db import open_database
from ino_desktop.db.migrate import alembic_config
from ino_desktop.errors import DatabaseError, EditConflict
from ino_desktop.importer.apply import one_writer_at_a_time
from ino_desktop.models import ChangeLog, Project
from ino_desktop.services import editing

pytestmark = pytest.mark.postgres

# The grants docs/server.md gives, for a role {role} on the portfolio's schema.
GRANTS = {
    "reader": ["GRANT USAGE ON SCHEMA public TO {role}", "GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}"],
    "editor": ["GRANT USAGE ON SCHEMA public TO {role}",
               "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
               "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}"],
}


@pytest.fixture
def portfolio(pg_url: str, samples: Path) -> str:
    """The owner's portfolio on the server, with one import in it."""
    assert main(["--db", pg_url, "import", str(samples / "csv_cp1251.csv")]) == 0
    return pg_url


@pytest.fixture
def role_url(portfolio: str) -> Iterator[Callable[[str], str]]:
    """`role_url("reader"|"editor")`: a login role with that part's grants, and the URL it connects with."""
    made: list[str] = []
    owner = create_engine(portfolio, isolation_level="AUTOCOMMIT")

    def make(part: str) -> str:
        role = f"ino_{part}_{uuid.uuid4().hex[:8]}"
        with owner.connect() as conn:
            conn.execute(text(f"CREATE ROLE {role} LOGIN"))
            for grant in GRANTS[part]:
                conn.execute(text(grant.format(role=role)))
        made.append(role)
        return make_url(portfolio).set(username=role).render_as_string(hide_password=False)

    yield make
    with owner.connect() as conn:
        for role in made:
            conn.execute(text(f"DROP OWNED BY {role}"))
            conn.execute(text(f"DROP ROLE {role}"))
    owner.dispose()


def _first_project(url: str) -> int:
    db = open_database(url)
    try:
        with db.session() as s:
            pid = s.scalar(select(Project.id).order_by(Project.code))
            assert pid is not None
            return pid
    finally:
        db.close()


def test_a_stale_save_names_who_changed_what_and_loses_nothing(portfolio: str) -> None:
    pid = _first_project(portfolio)
    ivanova, petrov = open_database(portfolio), open_database(portfolio)  # two sessions, two connections
    try:
        with ivanova.session() as s:
            hers = editing.load_project_form(s, pid)
        with petrov.session() as s:
            his = editing.load_project_form(s, pid)
        hers.values["jobs_created"] = 11
        with ivanova.transaction() as s:
            editing.save_project(s, hers, user="Иванова")
        his.values["jobs_created"] = 22
        with pytest.raises(EditConflict, match=r"was changed by Иванова while you edited it \(Jobs created\)"), \
                petrov.transaction() as s:
            editing.save_project(s, his, user="Петров")
        with petrov.session() as s:
            assert s.get(Project, pid).jobs_created == 11  # type: ignore[union-attr]
            who = s.scalars(select(ChangeLog.changed_by).where(ChangeLog.project_id == pid,
                                                               ChangeLog.field == "jobs_created")).all()
            assert who == ["Иванова"]
    finally:
        ivanova.close()
        petrov.close()


def test_two_imports_run_one_after_the_other(portfolio: str, samples: Path) -> None:
    """While one import holds the server's writer lock, a second waits for it, then runs."""
    holder = create_engine(portfolio)
    codes: list[int] = []
    try:
        with holder.connect() as conn, conn.begin():
            one_writer_at_a_time(conn)
            second = threading.Thread(target=lambda: codes.append(
                main(["--db", portfolio, "import", str(samples / "ministry_summary.xlsx")])))
            second.start()
            second.join(timeout=3)
            assert second.is_alive() and codes == []  # waiting for the first
        second.join(timeout=60)
        assert codes == [0]
    finally:
        holder.dispose()


def test_the_change_log_records_who_imported(portfolio: str) -> None:
    db = open_database(portfolio)
    try:
        with db.session() as s:
            assert set(s.scalars(select(ChangeLog.changed_by).where(ChangeLog.origin == "import"))) == {login_name()}
    finally:
        db.close()


def test_a_reader_opens_read_only_prints_and_exports_but_cannot_write(
        role_url: Callable[[str], str], samples: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reader = role_url("reader")
    db = open_database(reader)
    try:
        assert db.read_only
        with pytest.raises(DatabaseError, match="you may only read this portfolio"):
            db.require_writable()
    finally:
        db.close()
    assert main(["--db", reader, "brief", "--out", str(tmp_path / "pack.pdf")]) == 0
    assert main(["--db", reader, "export", str(tmp_path / "all.xlsx")]) == 0
    capsys.readouterr()
    assert main(["--db", reader, "import", str(samples / "ministry_summary.xlsx")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "you may only read this portfolio" in err[0]


def test_an_editor_edits_and_imports(role_url: Callable[[str], str], portfolio: str, samples: Path) -> None:
    editor = role_url("editor")
    assert main(["--db", editor, "import", str(samples / "ministry_summary.xlsx")]) == 0
    assert main(["--db", editor, "undo-import", "2"]) == 0
    pid = _first_project(editor)
    db = open_database(editor)
    try:
        assert not db.read_only
        with db.session() as s:
            form = editing.load_project_form(s, pid)
        form.values["jobs_created"] = 5
        with db.transaction() as s:
            editing.save_project(s, form, user="editor")
    finally:
        db.close()


def test_only_the_owner_migrates(role_url: Callable[[str], str], portfolio: str) -> None:
    editor = role_url("editor")
    owner = create_engine(portfolio)
    with owner.begin() as conn:  # as the first release left it: revision 0001
        command.downgrade(alembic_config(conn), "0001")
    owner.dispose()
    with pytest.raises(DatabaseError, match="needs an upgrade that only its owner may run"):
        open_database(editor)
    open_database(portfolio).close()  # the owner's first opening upgrades it
    open_database(editor).close()
