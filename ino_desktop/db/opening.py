"""Open a portfolio: check a SQLite file before anything is written, create or migrate its tables,
seed the reference data and give it its identity; or connect to a server's portfolio with the rights
the person's role has. Depends one way: opening → migrate → backup → identity → engine."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from ino_desktop.db import failures, identity, migrate, seed
from ino_desktop.db.engine import (
    NETWORK_NOTE,
    READ_ONLY_NOTE,
    SCHEMA_VERSION,
    Database,
    checkpoint,
    is_network_path,
    is_url,
    make_engine,
    make_readonly_engine,
    sqlite_url,
    target_path,
    verify_sqlite_file,
    writable,
)
from ino_desktop.errors import DatabaseError
from ino_desktop.messages import message
from ino_desktop.models import Setting
from ino_desktop.os_errors import os_reason


def open_database(target: str, *, create: bool = True, readonly: bool = False) -> Database:
    """Open (and if asked, create) the portfolio at `target`: a file path or an SQLAlchemy URL."""
    if is_url(target):
        url = make_url(target)
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            return open_database(str(Path(url.database)), create=create, readonly=readonly)
        return _open_server(target, create=create)

    path = Path(target).expanduser().resolve()
    if path.is_dir():
        raise DatabaseError(message("db.folder", file=path))
    if path.exists():
        if not path.is_file():
            raise DatabaseError(message("db.not_regular", file=path))
        version = verify_sqlite_file(path, readonly=readonly)
        if readonly:
            return _open_readonly(path, version)
        network = is_network_path(path)
        db = Database(make_engine(sqlite_url(path), network=network), sqlite_url(path), path)
        if network:
            db.notes.append(NETWORK_NOTE)
        if version < SCHEMA_VERSION:
            migrate.upgrade_existing(db, from_version=version)
        _check_opens(db)
        _give_identity(db)
        return db
    if not create:
        raise DatabaseError(message("db.no_such", file=path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(message("db.cannot_create_folder", folder=path.parent, detail=os_reason(exc))) from exc
    network = is_network_path(path)
    db = Database(make_engine(sqlite_url(path), network=network), sqlite_url(path), path, created=True)
    if network:
        db.notes.append(NETWORK_NOTE)
    try:
        migrate.create_schema(db)
        with db.transaction() as session:
            seed.seed_reference(session)
        _give_identity(db)
        checkpoint(db)
    except Exception:
        db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    return db


def open_for_reading(target: str) -> Database:
    """Open an existing portfolio to read it (export, print, check): read-only when the file or its
    folder cannot be written, so a colleague's copy or a read-only share can still be printed."""
    if not is_url(target) or make_url(target).get_backend_name() == "sqlite":
        path = target_path(target)
        if path.is_file() and not (writable(path) and writable(path.parent)):
            return open_database(str(path), create=False, readonly=True)
    return open_database(target, create=False)


QUICK_CHECK_UP_TO = 256 * 1024 * 1024  # bytes; a portfolio is a few MB, so this costs milliseconds


def _open_readonly(path: Path, version: int) -> Database:
    """A database this program may read but not write: never migrated, never given a journal."""
    if version != SCHEMA_VERSION:
        code = "db.read_only_newer" if version > SCHEMA_VERSION else "db.read_only_older"
        raise failures.ReadOnlyDatabase(message(code, file=path, version=version, known=SCHEMA_VERSION))
    db = Database(make_readonly_engine(path), sqlite_url(path), path, readonly=True, notes=[READ_ONLY_NOTE])
    _check_opens(db)
    return db


def _check_opens(db: Database) -> None:
    """Refuse an unreadable file now, saying why (in use, disk full, damaged), rather than on the first save."""
    try:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            if db.path is not None and db.path.stat().st_size <= QUICK_CHECK_UP_TO:
                verdict = conn.exec_driver_sql("PRAGMA quick_check(1)").scalar()
                if verdict != "ok":
                    raise failures.damaged(db.display_name, str(verdict))
    except SQLAlchemyError as exc:
        db.close()
        raise failures.explain(exc, db.display_name, db.path) from exc
    except DatabaseError:
        db.close()
        raise


def _give_identity(db: Database) -> None:
    """An older file gets its identity (for its backups) before anything else is written."""
    try:
        with db.engine.begin() as conn:
            ident = identity.ensure(conn)
        if db.backup_path is not None:  # the copy made before a migration belongs to this portfolio too
            identity.stamp(db.backup_path, ident)
    except (SQLAlchemyError, sqlite3.Error) as exc:
        db.close()
        raise failures.explain(exc, db.display_name, db.path, doing="write") from exc


def _open_server(url: str, *, create: bool) -> Database:
    try:
        engine = make_engine(url)
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
    except SQLAlchemyError as exc:
        raise DatabaseError(message("db.cannot_connect", where=make_url(url).render_as_string(),
                                    detail=failures.first_line(exc))) from exc
    except ModuleNotFoundError as exc:
        raise DatabaseError(message("db.no_driver", driver=exc.name)) from exc
    db = Database(engine, url)
    if not tables:
        if not create:
            raise DatabaseError(message("db.no_portfolio", where=db.display_name))
        migrate.create_schema(db)
        with db.transaction() as session:
            seed.seed_reference(session)
        _give_identity(db)
        db.created = True
        return db
    if "settings" not in tables or "alembic_version" not in tables:
        raise DatabaseError(message("db.not_ours", where=db.display_name))
    with db.session() as session:
        app = session.scalar(select(Setting.value).where(Setting.key == "application"))
    if app != "ino-desktop":
        raise DatabaseError(message("db.not_ours", where=db.display_name))
    owner, db.read_only = _server_rights(db)
    migrate.upgrade_server(db, may_migrate=owner)
    if not db.read_only:
        _give_identity(db)
    return db


def _server_rights(db: Database) -> tuple[bool, bool]:
    """(owns the schema, may only read): the owner migrates, an editor writes, a reader only reads."""
    with db.engine.connect() as conn:
        owner, writes = conn.exec_driver_sql(
            "SELECT pg_has_role(current_user, tableowner, 'USAGE'), "
            "has_table_privilege(current_user, 'projects', 'INSERT,UPDATE,DELETE') "
            "FROM pg_tables WHERE tablename = 'projects' AND schemaname = current_schema()").one()
    return bool(owner), not writes
