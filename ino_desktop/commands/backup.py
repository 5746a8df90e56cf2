"""`backup OUT`: a consistent safety copy of the database (SQLite's online backup API)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ino_desktop.cli_text import file_size
from ino_desktop.db.backup import backup_to
from ino_desktop.messages import message

if TYPE_CHECKING:
    from ino_desktop.cli import Context
    from ino_desktop.cli_parser import Parser

NAME = "backup"
HELP = message("cli.backup.help")


def add_arguments(parser: Parser) -> None:
    """The command's arguments."""
    parser.add_argument("out", metavar="OUT", help=message("cli.backup.out"))


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Copy the portfolio into a SQLite backup file."""
    db = ctx.db(write=False)
    out = backup_to(db, Path(args.out))
    ctx.say(message("cli.backup.done", database=db.display_name, file=out,
                    size=file_size(out.stat().st_size, ctx.lang)))
    return 0
