"""`backups`: the automatic backups (made before imports, restores, migrations and demo --force)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from ino_desktop import config
from ino_desktop.db import identity
from ino_desktop.db.backup import list_backups
from ino_desktop.db.engine import target_path
from ino_desktop.errors import DatabaseError

if TYPE_CHECKING:
    from ino_desktop.cli import Context

NAME = "backups"
HELP = "list this portfolio's automatic backups with their dates and sizes, newest first"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments (none)."""
    pass


def human_size(size: int) -> str:
    """A file size in bytes, KB or MB."""
    if size < 1024:
        return f"{size} bytes"
    value = size / 1024
    for unit in ("KB", "MB"):
        if value < 1024:
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Only this portfolio's backups, found by the identity inside each file; when the database cannot
    be read (damaged), every backup in the folder, since one of them is the way out."""
    where = config.backups_dir()
    try:
        path = target_path(ctx.target)
    except DatabaseError:
        path = None
    ident = identity.of_file(path) if path is not None and path.is_file() else None
    found = list_backups(ident)
    whose = f"of {path.name}" if ident and path is not None else \
        "(all portfolios: the database's identity cannot be read)"
    if not found:
        print(f"no automatic backups {whose} in {where}")
        return 0
    print(f"{len(found)} automatic backup(s) {whose} in {where} (restore one with 'ino-desktop restore FILE'):")
    for backup in found:
        stat = backup.stat()
        when = dt.datetime.fromtimestamp(stat.st_mtime).strftime("%Y-%m-%d %H:%M:%S")
        print(f"{when}  {human_size(stat.st_size):>10}  {backup}")
    return 0
