"""What went wrong with the database, named as what it is, with the right next step.

A lock held by another program, a full disk and a read-only file are not damage: advising a restore
for them would lead the user to replace a healthy portfolio with an older one. Only a failed
`PRAGMA integrity_check` (or SQLite's own "malformed" verdict confirmed by it) is called damage.
Every message of this kind is built here, in one place.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from ino_desktop.errors import DatabaseBusy, DatabaseDamaged, DatabaseError, DiskFull, ReadOnlyDatabase
from ino_desktop.messages import message
from ino_desktop.os_errors import first_line

# sqlite3 primary result codes (the low byte of the extended code)
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
LOW_SPACE_BYTES = 1024 * 1024  # below this, an I/O failure on the database's disk is the disk being full

RESTORE_ADVICE = message("db.restore_advice")


def in_use(where: object) -> DatabaseBusy:
    """The error for a database another program holds locked."""
    return DatabaseBusy(message("db.in_use", where=where))


def open_in_window(where: object) -> DatabaseBusy:
    """The error for a database the window on this computer has open."""
    return DatabaseBusy(message("db.open_in_window", where=where))


def another_writer(where: object) -> DatabaseBusy:
    """The error for a database another import or change is writing."""
    return DatabaseBusy(message("db.another_writer", where=where))


def disk_full(where: object) -> DiskFull:
    """The error for a full disk."""
    return DiskFull(message("db.disk_full", where=where))


def read_only(where: object) -> ReadOnlyDatabase:
    """The error for a read-only database file or folder."""
    return ReadOnlyDatabase(message("db.read_only", where=where))


def damaged(where: object, verdict: str) -> DatabaseDamaged:
    """The error for a damaged database, with the advice to restore a backup (SQLite's verdict as it says it)."""
    return DatabaseDamaged(message("db.damaged", where=where, verdict=_one_line(verdict), advice=RESTORE_ADVICE))


def _one_line(verdict: str) -> str:
    """SQLite's verdicts come as '*** in database main ***' and a finding per line: keep the first finding."""
    lines = [line.strip() for line in verdict.splitlines() if line.strip() and not line.startswith("***")]
    return lines[0] if lines else verdict.strip()


def _codes(exc: BaseException) -> tuple[int | None, int | None]:
    """(sqlite primary code, errno) found in `exc` or the DB-API error it wraps."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    return (code & 0xFF if isinstance(code, int) else None), getattr(orig, "errno", None)


def disk_is_full(folder: Path) -> bool:
    """Whether the folder's disk has less free space than a write needs."""
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def kind_of(exc: BaseException, folder: Path | None = None) -> str:
    """busy | full | read_only | corrupt | other — from SQLite's result code, errno, or its text."""
    code, err = _codes(exc)
    text = str(getattr(exc, "orig", None) or exc).lower()
    if code in (_BUSY, _LOCKED) or "database is locked" in text or "table is locked" in text:
        return "busy"
    if code == _FULL or err in (errno.ENOSPC, errno.EDQUOT) or "disk is full" in text:
        return "full"
    if code == _READONLY or err in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly database" in text:
        return "read_only"
    if code in (_CORRUPT, _NOTADB) or "malformed" in text or "file is not a database" in text:
        return "corrupt"
    if folder is not None and (code in (_IOERR, _CANTOPEN) or "disk i/o error" in text or err is not None) \
            and disk_is_full(folder):
        return "full"
    return "other"


# what was being done when SQLite or the OS failed -> the message saying so
DOING = {"read": "db.cannot_be_read", "write": "db.cannot_be_written", "use": "db.could_not_be_used",
         "make_folder": "db.folder_cannot_be_made", "keep_aside": "db.could_not_be_kept_aside"}


def explain(exc: BaseException, where: object, path: Path | None = None, *, doing: str = "read") -> DatabaseError:
    """The one-line DatabaseError for `exc` met while working on the database at `path` (`doing`: a key of
    DOING).

    Corruption is confirmed by an integrity check before a restore is advised; anything unforeseen
    says what SQLite said and that nothing was changed, never that the file is damaged.
    """
    kind = kind_of(exc, path.parent if path is not None else None)
    if kind == "busy":
        return in_use(where)
    if kind == "full":
        return disk_full(where)
    if kind == "read_only":
        return read_only(where)
    if kind == "corrupt" and path is not None:
        verdict = integrity_verdict(path)
        if verdict is not None:
            return damaged(where, verdict)
    return DatabaseError(message(DOING[doing], where=where, detail=first_line(exc)))


def integrity_verdict(path: Path) -> str | None:
    """The first finding of `PRAGMA integrity_check` on the file (read-only), or None when it passes
    or cannot be run for a reason that is not damage (a lock, a full disk)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        code, _ = _codes(exc)
        return first_line(exc) if code in (_CORRUPT, _NOTADB) else None
    problems = [str(r[0]) for r in rows if r[0] != "ok"]
    return problems[0] if problems else None
