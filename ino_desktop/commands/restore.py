"""`restore FILE`: put a backup back in place of the database (SQLite's backup API, never a file copy).

The backup is checked first (ours, not from a newer program, integrity ok). An openable database is
backed up automatically and then overwritten page by page; a database that cannot be opened because it
is damaged (not SQLite, or ours but unreadable) is moved aside under a new name, never deleted, and the
backup is written in its place. Another program's database, or a newer one, is never replaced.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from ino_desktop.db import APPLICATION_ID, SCHEMA_VERSION, open_database
from ino_desktop.db.backup import list_backups, restore_from
from ino_desktop.db.engine import is_url, read_header, verify_sqlite_file
from ino_desktop.errors import DatabaseError
from ino_desktop.models import Project

if TYPE_CHECKING:
    from ino_desktop.cli import Context

NAME = "restore"
HELP = "replace the database with a backup (the current state is backed up first)"
SIDE_FILES = ("-wal", "-shm", "-journal")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the backup to restore (see 'ino-desktop backups')")


def target_path(target: str) -> Path:
    """The SQLite file behind a --db target; a server database has no file to restore into."""
    if is_url(target):
        url = make_url(target)
        if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
            raise DatabaseError(f"{url.render_as_string()}: restore works on a SQLite file; "
                                "use 'copy' to load a backup into a server database")
        target = url.database
    return Path(target).expanduser().resolve()


def check_backup(source: Path) -> None:
    if not source.is_file():
        raise DatabaseError(f"{source}: no such backup file")
    verify_sqlite_file(source, readonly=True)
    _app, version = read_header(source)
    if version > SCHEMA_VERSION:
        raise DatabaseError(f"{source}: the backup was made by a newer version of INO Desktop "
                            f"(schema {version}); update INO Desktop to restore it")
    with contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as conn:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
    if problems:
        raise DatabaseError(f"{source}: the backup is damaged ({problems[0]}); nothing restored")


def write_copy(source: Path, path: Path) -> None:
    """A new file at `path` holding the backup, written beside it and renamed into place."""
    tmp = path.with_name(f".{path.name}.restore.part")
    try:
        with contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src, \
                contextlib.closing(sqlite3.connect(tmp)) as dst:
            src.backup(dst)
        os.replace(tmp, path)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise DatabaseError(f"{path}: could not restore ({exc}); nothing changed") from exc


def move_aside(path: Path) -> Path:
    """Rename a database that cannot be opened (and its journal files) out of the way; returns the new name."""
    aside = path.with_name(f"{path.name}.damaged-{dt.datetime.now():%Y%m%d-%H%M%S}")
    for suffix in ("", *SIDE_FILES):
        old = Path(f"{path}{suffix}")
        if old.exists():
            old.rename(Path(f"{aside}{suffix}"))
    return aside


def is_damaged(path: Path) -> bool:
    """A file we may move aside: not SQLite at all, or ours but unreadable inside. A foreign database,
    one from a newer program or a read-only one is not damaged: restoring over it is refused instead."""
    try:
        application_id, version = read_header(path)
    except DatabaseError:
        return os.access(path.parent, os.W_OK)
    return (application_id == APPLICATION_ID and version <= SCHEMA_VERSION
            and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def run(args: argparse.Namespace, ctx: Context) -> int:
    path = target_path(ctx.target)
    source = Path(args.file).expanduser().resolve()
    check_backup(source)
    if source == path:
        raise DatabaseError(f"{source}: this is the database itself; choose a backup file")
    notes: list[str] = []
    if not path.exists():
        write_copy(source, path)
    else:
        try:
            db = ctx.db(create=False)
        except DatabaseError as exc:
            if not is_damaged(path):
                raise
            aside = move_aside(path)
            notes.append(f"the database could not be opened ({exc.message}); it was kept as {aside}")
            write_copy(source, path)
        else:
            restore_from(db, source)
            ctx.close()
            saved = next((p for p in list_backups() if "before-restore" in p.name), None)
            if saved is not None:
                notes.append(f"the state before the restore was saved to {saved}")
    db = open_database(str(path), create=False)
    try:
        with db.session() as session:
            projects = session.scalar(select(func.count()).select_from(Project))
    finally:
        db.close()
    print(f"{path}: restored from {source} ({projects} projects)")
    for note in notes:
        print(note)
    return 0
