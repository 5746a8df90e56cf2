"""Opening, creating and refusing databases (BAD_INPUTS group E)."""

from __future__ import annotations

import contextlib
import sqlite3
import struct
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from ino_desktop.db import APPLICATION_ID, SCHEMA_VERSION, open_database
from ino_desktop.db.backup import backup_to, integrity_problems
from ino_desktop.db.restore import restore
from ino_desktop.errors import DatabaseError
from ino_desktop.models import Cluster, Indicator, Project, Status, WorkArea
from tests.faults import tmpfs


def test_new_database_is_ours_and_seeded(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    db = open_database(str(path))
    try:
        with sqlite3.connect(path) as raw:
            assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
            assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
            assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(Cluster)) == 7
            assert s.scalar(select(func.count()).select_from(WorkArea)) == 5
            assert s.scalar(select(func.count()).select_from(Status)) == 4
            jobs = s.scalar(select(Indicator).where(Indicator.key == "jobs"))
            assert jobs is not None and jobs.target == 160_000
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    finally:
        db.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"%PDF-1.7 not a database at all" * 10, "not a SQLite database"),
        (b"SQLite format 3\x00" + b"\x00" * 10, "not a SQLite database"),
    ],
)
def test_foreign_files_are_refused_and_untouched(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.sqlite"
    path.write_bytes(content)
    with pytest.raises(DatabaseError, match=message):
        open_database(str(path))
    assert path.read_bytes() == content


def test_sqlite_file_of_another_application_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE t (x)")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not a database of INO Desktop"):
        open_database(str(path))
    assert path.read_bytes() == before


def test_newer_schema_is_refused(db_path: Path) -> None:
    data = bytearray(db_path.read_bytes())
    data[60:64] = struct.pack(">i", SCHEMA_VERSION + 1)
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match="newer version"):
        open_database(str(db_path))


def test_read_only_file_is_refused_at_open(db_path: Path, tmp_path: Path) -> None:
    import os
    import shutil
    import subprocess

    db_path.chmod(0o444)
    db_path.parent.chmod(0o555)
    try:
        if not os.access(db_path, os.W_OK):
            with pytest.raises(DatabaseError, match="read-only"):
                open_database(str(db_path))
            return
    finally:
        db_path.parent.chmod(0o755)
        db_path.chmod(0o644)
    # Root writes read-only files: the same refusal on a file system mounted read-only.
    with tmpfs(tmp_path / "ro") as folder:
        shutil.copy(db_path, folder / "p.sqlite")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        with pytest.raises(DatabaseError, match="read-only"):
            open_database(str(folder / "p.sqlite"))


def test_missing_file_without_create(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="no such database"):
        open_database(str(tmp_path / "none.sqlite"), create=False)


def test_constraints_hold(db) -> None:  # type: ignore[no-untyped-def]
    bad = [
        {"total_cost_mln": -1.0},
        {"extra_budgetary_mln": 10.0, "extra_budgetary_confirmed_mln": 11.0},
        {"start_date": __import__("datetime").date(2020, 1, 2), "end_date": __import__("datetime").date(2020, 1, 1)},
        {"cluster": "space"},
        {"status": "lost"},
        {"rag": "purple"},
    ]
    for values in bad:
        with db.session() as s:
            s.add(Project(code="INO-X", name="x", **values))
            with pytest.raises(IntegrityError):
                s.commit()


@pytest.mark.sqlite_file
def test_backup_and_restore_roundtrip(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        s.add(Project(code="INO-0001", name="Первый"))
    out = backup_to(db, tmp_path / "copy.sqlite")
    with db.transaction() as s:
        s.add(Project(code="INO-0002", name="Второй"))
    assert db.path is not None
    db.close()
    restore(db.path, out, force=True)  # the second project is newer than the backup
    with db.session() as s:
        assert s.scalars(select(Project.code)).all() == ["INO-0001"]
    assert integrity_problems(db) == []


def test_url_target_opens_the_same_file(db_path: Path) -> None:
    db = open_database(f"sqlite:///{db_path}")
    try:
        assert db.path == db_path.resolve()
    finally:
        db.close()


def test_header_is_in_the_main_file_right_after_creation(tmp_path: Path) -> None:
    """A crash right after creating must not leave a file that reads as someone else's."""
    from ino_desktop.db.engine import read_header

    path = tmp_path / "fresh.sqlite"
    db = open_database(str(path))
    try:
        assert read_header(path) == (APPLICATION_ID, SCHEMA_VERSION)  # while still open, as if killed now
    finally:
        db.close()


def test_header_pending_in_the_wal_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "walonly.sqlite"
    keep = sqlite3.connect(path)
    keep.execute("PRAGMA journal_mode=WAL")
    keep.execute("PRAGMA wal_autocheckpoint=0")
    keep.execute("CREATE TABLE t (x)")
    keep.execute(f"PRAGMA application_id={APPLICATION_ID}")
    keep.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
    keep.commit()
    from ino_desktop.db.engine import read_header, verify_sqlite_file

    assert read_header(path)[0] == 0  # the main file does not know yet
    assert verify_sqlite_file(path) == SCHEMA_VERSION
    keep.close()


def test_a_network_folder_turns_wal_off_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from ino_desktop.cli import main
    from ino_desktop.db import opening

    monkeypatch.setattr(opening, "is_network_path", lambda path: True)
    path = tmp_path / "share.sqlite"
    db = open_database(str(path))
    try:
        assert db.notes and "network folder" in str(db.notes[0])
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
    finally:
        db.close()
    assert main(["--db", str(path), "check"]) == 0
    assert "warning: the database is in a network folder" in capsys.readouterr().err


def test_network_path_detection() -> None:
    from ino_desktop.db.engine import is_network_path

    assert is_network_path(Path("//server/share/p.sqlite"))
    assert not is_network_path(Path("/tmp/p.sqlite"))


def _set_user_version(path: Path, version: int) -> None:
    data = bytearray(path.read_bytes())
    data[60:64] = struct.pack(">i", version)
    path.write_bytes(bytes(data))


def _make_version_1_file(path: Path) -> None:
    """A portfolio as the first release wrote it: migrated to revision 0001 only, with a batch in it."""
    from alembic import command
    from sqlalchemy import create_engine

    from ino_desktop.db.migrate import alembic_config

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        conn.exec_driver_sql("PRAGMA user_version=1")
        conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('application', 'ino-desktop')")
        conn.exec_driver_sql("INSERT INTO import_batches (file_name, sha256, imported_at, created_count, "
                             "updated_count, unchanged_count, rejected_count, state) "
                             "VALUES ('old.xlsx', 'x', '2016-01-01', 1, 0, 0, 0, 'applied')")
    engine.dispose()


def test_an_older_schema_is_backed_up_and_migrated(tmp_path: Path) -> None:
    from ino_desktop import config
    from ino_desktop.models import ImportBatch

    path = tmp_path / "v1.sqlite"
    _make_version_1_file(path)
    db = open_database(str(path))
    try:
        assert db.migrated_from == 1
        assert db.backup_path is not None and db.backup_path.parent == config.backups_dir()
        assert read_version(db.backup_path) == 1  # the safety copy is the file as it was
        with db.session() as s:
            batch = s.scalar(select(ImportBatch))
            assert batch is not None and batch.file_name == "old.xlsx" and batch.columns_json is None
        assert integrity_problems(db) == []
    finally:
        db.close()
    assert read_version(path) == SCHEMA_VERSION


def read_version(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as raw:
        return int(raw.execute("PRAGMA user_version").fetchone()[0])


def test_a_failed_migration_leaves_the_file_as_it_was(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ino_desktop.db import migrate

    db_path = db_path.with_name("v1.sqlite")
    _make_version_1_file(db_path)
    before = _contents(db_path)

    def broken(connection) -> None:  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("CREATE TABLE half_done (x)")
        raise RuntimeError("migration step failed")

    monkeypatch.setattr(migrate, "_upgrade", broken)
    with pytest.raises(DatabaseError, match="restored as it was") as caught:
        open_database(str(db_path))
    assert "\n" not in caught.value.message
    assert _contents(db_path) == before


def _contents(path: Path) -> tuple[object, ...]:
    """What a file holds, as SQLite reads it: schema and rows, the header's ids and the journal mode."""
    with contextlib.closing(sqlite3.connect(path)) as raw:
        return (list(raw.iterdump()), raw.execute("PRAGMA user_version").fetchone(),
                raw.execute("PRAGMA application_id").fetchone(), raw.execute("PRAGMA journal_mode").fetchone())


def test_a_truncated_database_is_refused_with_the_way_out(db_path: Path) -> None:
    db = open_database(str(db_path))
    with db.transaction() as s:
        for i in range(400):
            s.add(Project(code=f"INO-{i:04d}", name="Проект " + "x" * 400))
    db.close()
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DatabaseError, match="restore a backup"):
        open_database(str(db_path))
