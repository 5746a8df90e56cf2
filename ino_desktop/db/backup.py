"""Safety copies through SQLite's online backup API (never a file copy of a live database)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from ino_desktop import config
from ino_desktop.errors import DatabaseError

if TYPE_CHECKING:
    from ino_desktop.db.engine import Database

KEEP_AUTOMATIC = 20


def default_backup_path(db_path: Path, *, reason: str = "auto") -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return config.backups_dir() / f"{db_path.stem}-{stamp}-{reason}.sqlite"


def _raw(db: Database) -> sqlite3.Connection:
    if not db.is_sqlite or db.path is None:
        raise DatabaseError("backup and restore work on a SQLite file; use 'copy' for a server database")
    return sqlite3.connect(db.path)


def backup_to(db: Database, out: Path) -> Path:
    """Write a consistent copy of the live database to `out` (atomically: temp file, then rename)."""
    out = Path(out).expanduser().resolve()
    if db.path is not None and out == db.path:
        raise DatabaseError(f"{out}: a backup cannot overwrite the database itself")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    src = _raw(db)
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
        raise DatabaseError(f"{out}: could not write the backup ({exc})") from exc
    finally:
        src.close()
    return out


def automatic_backup(db: Database, reason: str) -> Path | None:
    """A backup before a risky write (import, restore); old automatic ones are pruned."""
    if not db.is_sqlite or db.path is None:
        return None
    path = backup_to(db, default_backup_path(db.path, reason=reason))
    mine = sorted(config.backups_dir().glob(f"{db.path.stem}-*.sqlite"))
    for old in mine[:-KEEP_AUTOMATIC]:
        old.unlink(missing_ok=True)
    return path


def list_backups() -> list[Path]:
    return sorted(config.backups_dir().glob("*.sqlite"), reverse=True)


def restore_from(db: Database, source: Path) -> None:
    """Replace the open database's contents with a backup, after checking the backup is one of ours."""
    from ino_desktop.db.engine import verify_sqlite_file

    source = Path(source).expanduser().resolve()
    if not source.exists():
        raise DatabaseError(f"{source}: no such file")
    verify_sqlite_file(source, readonly=True)
    automatic_backup(db, "before-restore")
    db.engine.dispose()
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = _raw(db)
    try:
        problems = [r[0] for r in src.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
        if problems:
            raise DatabaseError(f"{source}: the backup is damaged ({problems[0]}); nothing restored")
        src.backup(dst)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{source}: could not restore ({exc})") from exc
    finally:
        src.close()
        dst.close()


def integrity_problems(db: Database) -> list[str]:
    """integrity_check and foreign_key_check findings; empty when the database is sound."""
    problems: list[str] = []
    with db.engine.connect() as conn:
        if db.is_sqlite:
            for (row,) in conn.exec_driver_sql("PRAGMA integrity_check").fetchall():
                if row != "ok":
                    problems.append(f"integrity: {row}")
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                problems.append(f"foreign key: table {row[0]} rowid {row[1]} refers to missing {row[2]}")
    return problems
