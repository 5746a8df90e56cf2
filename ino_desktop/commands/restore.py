"""`restore FILE [--force]`: put a backup back in place of the database (see db/restore.py for the steps).

The backup is checked before anything is touched; the database in place is kept (as an automatic
backup, or copied aside when damaged); a sound database newer than the backup, or another portfolio's,
is replaced only with --force. A lock, a full disk or a read-only file stop it with the database as it was.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url

from ino_desktop.db import restore as restoring
from ino_desktop.db.engine import is_url, target_path
from ino_desktop.errors import DatabaseError
from ino_desktop.messages import message

if TYPE_CHECKING:
    from ino_desktop.cli import Context
    from ino_desktop.cli_parser import Parser

NAME = "restore"
HELP = message("cli.restore.help")


def add_arguments(parser: Parser) -> None:
    """The command's arguments."""
    parser.add_argument("file", metavar="FILE", help=message("cli.restore.file"))
    parser.add_argument("--force", action="store_true",
                        help=message("cli.restore.force"))


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Restore a SQLite portfolio from a backup (the current file is kept as a backup first)."""
    if is_url(ctx.target) and make_url(ctx.target).get_backend_name() != "sqlite":
        raise DatabaseError(message("cli.restore.not_sqlite", database=make_url(ctx.target).render_as_string()))
    path = target_path(ctx.target)
    ctx.claim_writer(path)
    done = restoring.restore(path, Path(args.file), force=args.force)
    ctx.say(message("cli.restore.done", database=done.path, file=done.source, projects=done.projects))
    if done.previous is not None:
        ctx.say(message("cli.restore.previous", file=done.previous))
    if done.damaged_aside is not None:
        ctx.say(message("cli.restore.damaged_aside", file=done.damaged_aside))
    return 0
