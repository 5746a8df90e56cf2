"""`backup OUT`: a consistent safety copy of the database (SQLite's online backup API)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ino_desktop.db.backup import backup_to

if TYPE_CHECKING:
    from ino_desktop.cli import Context

NAME = "backup"
HELP = "write a safety copy of the database to OUT"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments."""
    parser.add_argument("out", metavar="OUT", help="the backup file to write (a SQLite file)")


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Copy the portfolio into a SQLite backup file."""
    db = ctx.db(write=False)
    out = backup_to(db, Path(args.out))
    print(f"{db.display_name}: backed up to {out} ({out.stat().st_size:,} bytes)")
    return 0
