"""Safety copies through SQLite's online backup API (never a file copy of a live database)."""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from pathlib import Path

from ino_desktop import config
from ino_desktop.db import failures, identity
from ino_desktop.db.engine import Database, readonly_uri
from ino_desktop.errors import DatabaseError
from ino_desktop.messages import Message, message

KEEP_AUTOMATIC = 20  # per portfolio and reason: twenty imports never prune the copy made before a restore
_NAME = re.compile(r"-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>.+?)(?:-(?P<tag>[0-9a-f]{8}))?\.sqlite$")


def default_backup_path(db_path: Path, *, reason: str = "auto", ident: str | None = None) -> Path:
    """A new name in the backups folder: the file's stem for people, the portfolio's identity for us."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    tail = f"-{ident[:8]}" if ident else ""
    return config.backups_dir() / f"{db_path.stem}-{stamp}-{reason}{tail}.sqlite"


def _reader(db: Database) -> sqlite3.Connection:
    """A connection that only reads the database (so a read-only file can be backed up)."""
    if not db.is_sqlite or db.path is None:
        raise DatabaseError(message("backup.sqlite_only"))
    return sqlite3.connect(readonly_uri(db.path), uri=True)


def backup_to(db: Database, out: Path) -> Path:
    """Write a consistent copy of the live database to `out` (atomically: temp file, then rename)."""
    out = Path(out).expanduser().resolve()
    if db.path is not None and out == db.path:
        raise DatabaseError(message("backup.over_itself", file=out))
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise failures.explain(exc, out.parent, out.parent, doing="make_folder") from exc
    tmp = out.with_name(out.name + ".part")
    src = _reader(db)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
        os.replace(tmp, out)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        kind = failures.kind_of(exc, out.parent)
        if kind in ("full", "read_only", "busy"):
            where = out if kind != "busy" else db.display_name
            raise failures.explain(exc, where, out if kind != "busy" else db.path) from exc
        raise DatabaseError(message("backup.write_failed", file=out, detail=failures.first_line(exc))) from exc
    finally:
        src.close()
    return out


def automatic_backup(db: Database, reason: str) -> Path | None:
    """A backup before a risky write (import, restore); old ones of this portfolio and reason are pruned."""
    if not db.is_sqlite or db.path is None:
        return None
    ident = identity.portfolio_id(db)
    path = backup_to(db, default_backup_path(db.path, reason=reason, ident=ident))
    same_reason = [p for p in list_backups(ident) if (m := _NAME.search(p.name)) and m["reason"] == reason]
    for old in same_reason[KEEP_AUTOMATIC:]:
        old.unlink(missing_ok=True)
    return path


def _stamp(path: Path) -> str:
    found = _NAME.search(path.name)
    return found["stamp"] if found else dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y%m%d-%H%M%S-%f")


def list_backups(ident: str | None = None) -> list[Path]:
    """The backups in the backups folder, newest first; with `ident`, only that portfolio's (read from
    inside each file, whatever its name)."""
    found = [p for p in config.backups_dir().glob("*.sqlite") if p.is_file()]
    if ident is not None:
        found = [p for p in found if _may_be(p, ident) and identity.of_file(p) == ident]
    return sorted(found, key=_stamp, reverse=True)


def _may_be(path: Path, ident: str) -> bool:
    """False for a file whose name carries another portfolio's tag: a folder of thousands of backups (every
    portfolio's, years of imports) is then read by name, and only this portfolio's files are opened."""
    found = _NAME.search(path.name)
    return not (found and found["tag"] and found["tag"] != ident[:8])


def integrity_problems(db: Database) -> list[Message]:
    """integrity_check and foreign_key_check findings (SQLite's words); empty when the database is sound."""
    problems: list[Message] = []
    with db.engine.connect() as conn:
        if db.is_sqlite:
            for (row,) in conn.exec_driver_sql("PRAGMA integrity_check").fetchall():
                if row != "ok":
                    problems.append(message("db.integrity", finding=row))
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                problems.append(message("db.foreign_key", table=row[0], rowid=row[1], parent=row[2]))
    return problems
