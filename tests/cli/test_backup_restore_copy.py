"""`backup`, `backups`, `restore` and `copy`: safety copies, putting one back, moving a whole portfolio."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ino_desktop.db import Database, open_database
from ino_desktop.demo import build_demo
from ino_desktop.errors import InoError
from ino_desktop.exporting.json_export import to_document
from ino_desktop.exporting.records import gather
from ino_desktop.models import Base, ChangeLog, Project
from ino_desktop.services.copying import copy_portfolio

pytestmark = pytest.mark.sqlite_file  # files on both sides; the server's side is tests/cli/test_postgres_copy.py


@pytest.fixture
def demo(db: Database) -> Database:
    with db.transaction() as s:
        build_demo(s)
    return db


def _count(path: Path) -> int:
    with sqlite3.connect(path) as raw:
        return raw.execute("SELECT count(*) FROM projects").fetchone()[0]


def test_backup_then_restore(demo: Database, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path, copy = demo.path, tmp_path / "safe.sqlite"
    demo.close()
    made = cli("--db", str(path), "backup", str(copy))
    assert made.code == 0 and "backed up to" in made.out
    with sqlite3.connect(path) as raw:
        raw.execute("DELETE FROM milestones")
    restored = cli("--db", str(path), "restore", str(copy))
    assert restored.code == 0 and "restored from" in restored.out and "before the restore was saved" in restored.out
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT count(*) FROM milestones").fetchone()[0] > 0
    listed = cli("backups")
    assert listed.code == 0 and "before-restore" in listed.out and "KB" in listed.out


def test_backups_when_there_are_none(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("backups")
    assert result.code == 0 and result.out.startswith("no automatic backups ")


def test_restore_over_a_damaged_database_keeps_it_aside(demo: Database, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path, copy = demo.path, tmp_path / "safe.sqlite"
    assert path is not None
    assert cli("--db", str(path), "backup", str(copy)).code == 0
    demo.close()
    path.write_bytes(b"garbage after a crash" * 100)
    refused = cli("--db", str(path), "check")
    assert refused.code == 2 and "restore" in refused.error_line
    restored = cli("--db", str(path), "restore", str(copy))
    assert restored.code == 0, restored.err
    aside = [p for p in path.parent.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"garbage after a crash")
    assert _count(path) >= 120
    assert cli("--db", str(path), "check").code == 0


def test_restore_never_replaces_another_programs_database(demo: Database, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    copy, foreign = tmp_path / "safe.sqlite", tmp_path / "payroll.sqlite"
    assert cli("--db", str(demo.path), "backup", str(copy)).code == 0
    with sqlite3.connect(foreign) as raw:
        raw.execute("CREATE TABLE payroll (x)")
    before = foreign.read_bytes()
    refused = cli("--db", str(foreign), "restore", str(copy))
    assert refused.code == 2 and "not a database of INO Desktop" in refused.error_line
    assert foreign.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if ".damaged-" in p.name]


def test_restore_into_a_new_file(demo: Database, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    copy, fresh = tmp_path / "safe.sqlite", tmp_path / "elsewhere" / "new.sqlite"
    assert cli("--db", str(demo.path), "backup", str(copy)).code == 0
    fresh.parent.mkdir()
    assert cli("--db", str(fresh), "restore", str(copy)).code == 0
    assert _count(fresh) == _count(copy) >= 120


def test_restore_refusals(db_path: Path, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    before = db_path.read_bytes()
    missing = cli("--db", str(db_path), "restore", str(tmp_path / "none.sqlite"))
    assert missing.code == 2 and "no such backup file" in missing.error_line
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as raw:
        raw.execute("CREATE TABLE payroll (x)")
    not_ours = cli("--db", str(db_path), "restore", str(foreign))
    assert not_ours.code == 2 and "not a database of INO Desktop" in not_ours.error_line
    itself = cli("--db", str(db_path), "restore", str(db_path))
    assert itself.code == 2 and "the database itself" in itself.error_line
    server = cli("--db", "postgresql+psycopg://u@127.0.0.1:1/x", "restore", str(db_path))
    assert server.code == 2 and "use 'copy'" in server.error_line
    assert db_path.read_bytes() == before


def test_copy_carries_everything(demo: Database, tmp_path: Path) -> None:
    target = open_database(str(tmp_path / "copy.sqlite"))
    try:
        report = copy_portfolio(demo, target)
        with demo.session() as a, target.session() as b:
            one, two = to_document(gather(a)), to_document(gather(b))
            one.pop("exported_at"), two.pop("exported_at")
            assert one == two
            for table in Base.metadata.sorted_tables:  # every row of every table, ids included
                assert a.execute(select(table).order_by(*table.primary_key.columns)).all() == \
                    b.execute(select(table).order_by(*table.primary_key.columns)).all(), table.name
            assert report.projects == a.scalar(select(func.count()).select_from(Project))
            assert report.rows["change_log"] == a.scalar(select(func.count()).select_from(ChangeLog)) > 100
        with target.transaction() as s:  # new rows continue after the copied ids
            s.add(Project(code="NEW-1", name="Новый"))
    finally:
        target.close()


def test_copy_refuses_a_filled_target_and_leaves_it(demo: Database, tmp_path: Path) -> None:
    target = open_database(str(tmp_path / "copy.sqlite"))
    try:
        with target.transaction() as s:
            s.add(Project(code="MINE", name="Свой проект"))
        with pytest.raises(InoError, match="already holds a portfolio"):
            copy_portfolio(demo, target)
        with target.session() as s:
            assert s.scalars(select(Project.code)).all() == ["MINE"]
        with pytest.raises(InoError, match="the same database"):
            copy_portfolio(demo, demo)
    finally:
        target.close()


def test_copy_command(demo: Database, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    source, target = str(demo.path), tmp_path / "copy.sqlite"
    demo.close()
    done = cli("copy", source, str(target))
    assert done.code == 0 and "change-log entries" in done.out
    assert _count(target) == _count(Path(source))
    again = cli("copy", source, str(target))
    assert again.code == 2 and "already holds a portfolio" in again.error_line
    missing = cli("copy", str(tmp_path / "none.sqlite"), str(tmp_path / "other.sqlite"))
    assert missing.code == 2 and "no such database" in missing.error_line
    assert not (tmp_path / "other.sqlite").exists()
