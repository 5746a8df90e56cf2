"""Putting a backup back, safe by construction.

1. The backup is verified before anything is touched: ours (application id), not from a newer program,
   `integrity_check` passes.
2. The database in place is examined: a lock, a full disk, a read-only file, another program's file or
   a newer program's file stop here, untouched. A sound database that is newer than the backup, or
   belongs to another portfolio, is replaced only with `force`.
3. The database in place is kept: a sound one as an automatic backup (listed by `backups`), a damaged
   one copied (never moved) beside itself as `NAME.damaged-STAMP`.
4. The backup is written to a temporary file beside the database and renamed over it in one step, so
   any failure up to that rename leaves the original at its path, as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ino_desktop.db import failures, identity
from ino_desktop.db.engine import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    checkpoint,
    read_header,
    readonly_uri,
)
from ino_desktop.db.opening import open_database
from ino_desktop.errors import DatabaseError
from ino_desktop.messages import message

SIDE_FILES = ("-wal", "-shm", "-journal")
_LAST_CHANGE = """SELECT max(t) FROM (
    SELECT max(updated_at) AS t FROM projects UNION ALL SELECT max(changed_at) FROM change_log
    UNION ALL SELECT max(imported_at) FROM import_batches UNION ALL SELECT max(undone_at) FROM import_batches)"""


@dataclass(frozen=True)
class Facts:
    """What a sound portfolio file holds, for deciding whether replacing it could lose work."""

    ident: str | None
    last_change: str | None  # ISO time of the newest change, import or undo
    projects: int


@dataclass
class Restored:
    path: Path
    source: Path
    projects: int
    previous: Path | None = None  # the sound database replaced, kept as an automatic backup
    damaged_aside: Path | None = None  # the damaged database replaced, copied beside it


def _facts(conn: sqlite3.Connection) -> Facts:
    ident = conn.execute("SELECT value FROM settings WHERE key = ?", (identity.KEY,)).fetchone()
    return Facts(ident[0] if ident else None, conn.execute(_LAST_CHANGE).fetchone()[0],
                 int(conn.execute("SELECT count(*) FROM projects").fetchone()[0]))


def check_backup(source: Path) -> Facts:
    """Refuse a backup that is missing, not ours, from a newer program, or damaged; else what it holds."""
    if not source.is_file():
        raise DatabaseError(message("restore.not_a_file" if source.exists() else "restore.no_such_backup",
                                    file=source))
    try:
        application_id, version = read_header(source)
    except DatabaseError:
        raise DatabaseError(message("restore.not_sqlite", file=source)) from None
    if application_id != APPLICATION_ID:
        raise DatabaseError(message("restore.foreign", file=source, id=f"{application_id:#x}"))
    if version > SCHEMA_VERSION:
        raise DatabaseError(message("restore.newer", file=source, version=version))
    try:
        with contextlib.closing(sqlite3.connect(readonly_uri(source), uri=True)) as conn:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
            if not problems:
                return _facts(conn)
    except sqlite3.Error as exc:
        problems = [failures.first_line(exc)]
    raise DatabaseError(message("restore.damaged_backup", file=source, detail=problems[0]))


def restore(path: Path, source: Path, *, force: bool = False) -> Restored:
    """Replace the portfolio at `path` with the backup `source` (see the module's steps)."""
    source = Path(source).expanduser().resolve()
    wanted = check_backup(source)
    if source == path:
        raise DatabaseError(message("restore.itself", file=source))
    result = Restored(path, source, wanted.projects)
    if not path.exists():
        _swap_in(source, path)
        return result
    try:
        db = open_database(str(path), create=False)
    except failures.DatabaseDamaged:
        result.damaged_aside = _copy_aside(path)
    else:
        try:
            with db.engine.connect() as conn:
                current = _facts(conn.connection.dbapi_connection)  # type: ignore[arg-type]
            if not force:
                _refuse_losing_work(path, source, current, wanted)
            result.previous = _keep_previous(db)
            checkpoint(db)
        finally:
            db.close()
    _swap_in(source, path)
    return result


def _refuse_losing_work(path: Path, source: Path, current: Facts, wanted: Facts) -> None:
    if current.ident and wanted.ident and current.ident != wanted.ident:
        raise DatabaseError(message("restore.other_portfolio", file=path, backup=source.name))
    if current.last_change and (wanted.last_change is None or current.last_change > wanted.last_change):
        raise DatabaseError(message(
            "restore.newer_changes", file=path, last=current.last_change[:16],
            backup_last=wanted.last_change[:16] if wanted.last_change else message("restore.no_change")))


def _keep_previous(db: object) -> Path:
    from ino_desktop.db.backup import automatic_backup

    saved = automatic_backup(db, "before-restore")  # type: ignore[arg-type]
    assert saved is not None
    return saved


def _copy_aside(path: Path) -> Path:
    """Copy a damaged database (and its journal files) beside itself; the original stays until the swap."""
    aside = path.with_name(f"{path.name}.damaged-{dt.datetime.now():%Y%m%d-%H%M%S}")
    made: list[Path] = []
    try:
        for suffix in ("", *SIDE_FILES):
            old = Path(f"{path}{suffix}")
            if old.exists():
                made.append(Path(f"{aside}{suffix}"))
                shutil.copyfile(old, made[-1])
    except OSError as exc:
        for leftover in made:
            leftover.unlink(missing_ok=True)
        raise failures.explain(exc, path, path, doing="keep_aside") from exc
    return aside


def _swap_in(source: Path, path: Path) -> None:
    """Write the backup beside `path`, make it durable, then rename it over `path` in one step."""
    tmp = path.with_name(f".{path.name}.restore.part")
    try:
        with contextlib.closing(sqlite3.connect(readonly_uri(source), uri=True)) as src, \
                contextlib.closing(sqlite3.connect(tmp)) as dst:
            src.backup(dst)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        for suffix in SIDE_FILES:  # the old file's log must never be replayed onto the new one
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, path)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        kind = failures.kind_of(exc, path.parent)
        if kind in ("full", "read_only"):
            raise failures.explain(exc, path, path) from exc
        raise DatabaseError(message("restore.swap_failed", file=path, detail=failures.first_line(exc))) from exc
