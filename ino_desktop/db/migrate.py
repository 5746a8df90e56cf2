"""Alembic, driven from code: create a schema, upgrade an older file safely, refuse a newer one."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from ino_desktop.db import failures
from ino_desktop.db.backup import backup_to, default_backup_path, integrity_problems
from ino_desktop.db.engine import APPLICATION_ID, SCHEMA_VERSION, Database, checkpoint
from ino_desktop.db.identity import of_file
from ino_desktop.errors import DatabaseError, InoError
from ino_desktop.messages import Message, message

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration for the packaged migrations (on the given connection)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest migration's revision."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at (None for an empty database)."""
    return MigrationContext.configure(connection).get_current_revision()


def _upgrade(connection: Connection) -> None:
    command.upgrade(alembic_config(connection), "head")
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        connection.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")


def create_schema(db: Database) -> None:
    """Create or upgrade the database's tables to the newest revision."""
    with db.engine.begin() as conn:
        _upgrade(conn)


def upgrade_existing(db: Database, *, from_version: int) -> None:
    """Back up, migrate, verify; on any failure put the backup back so the file is as it was."""
    assert db.path is not None
    with db.path.open("rb") as fh:
        journal = "WAL" if fh.read(20)[18:19] == b"\x02" else "DELETE"  # header byte 18: 2 = WAL
    saved = default_backup_path(db.path, reason=f"before-migration-v{from_version}", ident=of_file(db.path))
    backup_to(db, saved)
    db.backup_path, db.migrated_from = saved, from_version
    try:
        with db.engine.begin() as conn:
            _upgrade(conn)
        checkpoint(db)
        problems = integrity_problems(db)
        if problems:
            raise DatabaseError(message("db.migration_problems", problem=problems[0]))
    except Exception as exc:
        db.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{db.path}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(saved, db.path)
        with contextlib.closing(sqlite3.connect(db.path)) as raw:
            raw.execute(f"PRAGMA journal_mode={journal}")  # as it was: the backup copy is in rollback mode
        raise DatabaseError(message("db.upgrade_failed", file=db.path, reason=_why(exc, db.path))) from exc


def _why(exc: BaseException, path: Path) -> Message | str:
    """Why a migration failed: a full disk, our own finding, or what SQLite said."""
    if failures.kind_of(exc, path.parent) == "full":
        return message("db.why_disk_full")
    if isinstance(exc, InoError):
        return exc.coded
    return failures.first_line(exc)


def upgrade_server(db: Database, *, may_migrate: bool = True) -> None:
    """Bring an older server schema to this program's; only the schema's owner may (docs/server.md)."""
    script = ScriptDirectory.from_config(alembic_config())
    with db.engine.begin() as conn:
        rev = current_revision(conn)
        known = {s.revision for s in script.walk_revisions()}
        if rev not in known:
            raise DatabaseError(message("db.newer_revision", where=db.display_name, revision=rev))
        if rev != script.get_current_head():
            if not may_migrate:
                raise DatabaseError(message("db.owner_must_upgrade", where=db.display_name, revision=rev,
                                            head=script.get_current_head()))
            _upgrade(conn)
