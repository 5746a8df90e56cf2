"""The portfolio database and its engine: a SQLite file (its header, pragmas, read-only access) or any
SQLAlchemy URL (PostgreSQL for a shared office). Opening one — checking, migrating, seeding — is
db/opening.py, which depends on this module and never the other way round.

A SQLite file is checked from its header before anything is written: a file that is not SQLite, not
ours (application_id) or made by a newer program (user_version) is refused with one clear line.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from ino_desktop.db import failures
from ino_desktop.errors import DatabaseError
from ino_desktop.messages import Message, message
from ino_desktop.os_errors import os_reason

APPLICATION_ID = 0x494E4F44  # "INOD": marks a SQLite file as an INO Desktop portfolio
SCHEMA_VERSION = 3  # the integer of the newest migration (its rev-id); kept in PRAGMA user_version
BUSY_TIMEOUT_MS = 5000
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class Database:
    """An open portfolio: the engine, a session factory, and where it lives."""

    engine: Engine
    url: str
    path: Path | None = None
    created: bool = False
    migrated_from: int | None = None
    readonly: bool = False  # opened for reading only: a read-only file, share or folder
    backup_path: Path | None = None
    notes: list[Message] = field(default_factory=list)  # warnings for the user (e.g. a network folder)
    read_only: bool = False  # the portfolio may only be read (a SELECT-only server role): no edits offered
    held_elsewhere: bool = False  # opened read-only because another INO Desktop window is its writer
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else make_url(self.url).render_as_string(hide_password=True)

    def session(self) -> Session:
        return self._factory()

    @property
    def writable(self) -> bool:
        """Whether this program may change the portfolio (not a read-only file, role or second window)."""
        return not (self.read_only or self.readonly or self.held_elsewhere)

    def require_writable(self) -> None:
        """Refuse a change in one line before any work when this portfolio may only be read."""
        if self.read_only:
            raise DatabaseError(message("db.refused", where=self.display_name, reason=READ_ONLY_REASON))
        if self.held_elsewhere:
            raise failures.open_in_window(self.display_name)
        if self.readonly:
            raise failures.read_only(self.display_name)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error; refused at once when the
        portfolio may only be read."""
        self.require_writable()
        with self._factory() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def is_url(target: str) -> bool:
    """Whether a target is a SQLAlchemy URL rather than a file path."""
    return "://" in target


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path}"


READ_ONLY_REASON = message("db.note.role_reads")

NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "davfs", "fuse.davfs2"}
NETWORK_NOTE = message("db.note.network")
IN_OTHER_WINDOW_NOTE = message("db.note.other_window")
READ_ONLY_NOTE = message("db.note.read_only")


def is_network_path(path: Path) -> bool:
    """A Windows share (\\server\\…) or a folder mounted from a network file system (Linux /proc/mounts)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return False
    best, kind = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and (text == parts[1] or text.startswith(parts[1].rstrip("/") + "/")) \
                and len(parts[1]) > len(best):
            best, kind = parts[1], parts[2]
    return kind in NETWORK_FILESYSTEMS


def _pragmas(journal_mode: str | None) -> Callable[[sqlite3.Connection, object], None]:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if journal_mode is None:  # read-only: the file's journal mode is left as it is
            cursor.execute("PRAGMA query_only=ON")
            cursor.close()
            return
        # WAL needs shared memory between processes, which network file systems do not give.
        cursor.execute(f"PRAGMA journal_mode={journal_mode}")
        cursor.execute("PRAGMA synchronous=NORMAL" if journal_mode == "WAL" else "PRAGMA synchronous=FULL")
        cursor.close()

    return on_connect


def _without_nul(value: object) -> object:
    return value.replace("\x00", "") if isinstance(value, str) and "\x00" in value else value


def _drop_nul_characters(_conn: object, _cursor: object, statement: str, parameters: Any, _context: object,
                         executemany: bool) -> tuple[str, Any]:
    """PostgreSQL cannot store the NUL character in text, which SQLite keeps: drop it (it is never
    meaningful in a portfolio, and the exports and the pack drop it anyway) rather than refuse the save."""
    def clean(params: Any) -> Any:
        if isinstance(params, Mapping):
            return {k: _without_nul(v) for k, v in params.items()}
        if isinstance(params, (list, tuple)):
            if executemany and params and isinstance(params[0], (Mapping, list, tuple)):
                return [clean(one) for one in params]
            return type(params)(_without_nul(v) for v in params)
        return params

    return statement, clean(parameters)


def make_engine(url: str, *, network: bool = False) -> Engine:
    """An engine for the URL; SQLite gets its pragmas (no WAL on a network share)."""
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _pragmas("DELETE" if network else "WAL"))
    else:
        event.listen(engine, "before_cursor_execute", _drop_nul_characters, retval=True)
    return engine


def make_readonly_engine(path: Path) -> Engine:
    """An engine that can only read `path` (SQLite's mode=ro), for a file on a read-only share or folder.

    A write-ahead-log file needs its -shm index, which a read-only folder cannot hold; there the file is
    read as immutable (nobody can be writing it through this folder either).
    """
    uri = readonly_uri(path)
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
                           future=True)
    event.listen(engine, "connect", _pragmas(None))
    return engine


def readonly_uri(path: Path) -> str:
    """SQLite's URI that opens `path` for reading only (immutable where no -shm index can be made)."""
    uri = f"file:{quote(str(path))}?mode=ro"
    return uri + "&immutable=1" if _wal_without_index(path) else uri


def _wal_without_index(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            wal = fh.read(20)[18:19] == b"\x02"  # header byte 18: 2 = write-ahead log
    except OSError:
        return False
    return wal and not Path(f"{path}-shm").exists() and not writable(path.parent)


def writable(path: Path) -> bool:
    """Whether this process may write `path` (a read-only mount counts, even for an administrator)."""
    return os.access(path, os.W_OK)


def read_header(path: Path) -> tuple[int, int]:
    """(application_id, user_version) read from a SQLite file's header; refuses what is not SQLite."""
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise DatabaseError(message("db.unreadable_file", file=path, detail=os_reason(exc))) from exc
    if not header:
        raise DatabaseError(message("db.empty_file", file=path))
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise failures.DatabaseDamaged(message("db.not_sqlite", file=path, advice=failures.RESTORE_ADVICE))
    user_version, = struct.unpack(">i", header[60:64])
    application_id, = struct.unpack(">i", header[68:72])
    return application_id, user_version


def _header_through_wal(path: Path, application_id: int, user_version: int) -> tuple[int, int]:
    """A program killed before its first checkpoint leaves the header's newest values in the -wal
    file; SQLite itself reads them through the log, so ask it (read-only) before refusing."""
    wal = Path(f"{path}-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return application_id, user_version
    try:
        raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            app = raw.execute("PRAGMA application_id").fetchone()[0]
            version = raw.execute("PRAGMA user_version").fetchone()[0]
        finally:
            raw.close()
    except sqlite3.Error:
        return application_id, user_version
    return int(app), int(version)


def checkpoint(db: Database) -> None:
    """Fold the write-ahead log into the main file so its header tells what it is, even after a crash."""
    if db.is_sqlite:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def verify_sqlite_file(path: Path, *, readonly: bool = False) -> int:
    """Refuse a file we must not write to; return its schema version (user_version)."""
    application_id, user_version = read_header(path)
    if application_id != APPLICATION_ID:
        application_id, user_version = _header_through_wal(path, application_id, user_version)
    if application_id != APPLICATION_ID:
        raise DatabaseError(message("db.foreign", file=path, id=f"{application_id:#x}"))
    if user_version > SCHEMA_VERSION and not readonly:
        raise DatabaseError(message("db.newer_schema", file=path, version=user_version, known=SCHEMA_VERSION))
    if not readonly and not (writable(path) and writable(path.parent)):
        raise failures.read_only(path)
    return user_version


def target_path(target: str) -> Path:
    """The SQLite file behind a target (a path or a sqlite:/// URL)."""
    if is_url(target):
        database = make_url(target).database
        if not database or database == ":memory:":
            raise DatabaseError(message("db.not_a_file", where=make_url(target).render_as_string()))
        target = database
    return Path(target).expanduser().resolve()
