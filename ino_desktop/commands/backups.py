"""`backups`: the automatic backups (made before imports, restores, migrations and demo --force)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from ino_desktop import config
from ino_desktop.db.backup import list_backups

if TYPE_CHECKING:
    from ino_desktop.cli import Context

NAME = "backups"
HELP = "list the automatic backups with their dates and sizes, newest first"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    value = size / 1024
    for unit in ("KB", "MB"):
        if value < 1024:
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


def run(args: argparse.Namespace, ctx: Context) -> int:
    found = list_backups()
    if not found:
        print(f"no automatic backups in {config.backups_dir()}")
        return 0
    print(f"{len(found)} automatic backup(s) in {config.backups_dir()} (restore one with 'ino-desktop restore FILE'):")
    for path in found:
        stat = path.stat()
        when = dt.datetime.fromtimestamp(stat.st_mtime).strftime("%Y-%m-%d %H:%M:%S")
        print(f"{when}  {human_size(stat.st_size):>10}  {path}")
    return 0
