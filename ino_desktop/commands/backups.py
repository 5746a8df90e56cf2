"""`backups`: the automatic backups (made before imports, restores, migrations and demo --force)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from ino_desktop import config
from ino_desktop.cli_text import file_size, moment
from ino_desktop.db import identity
from ino_desktop.db.backup import list_backups
from ino_desktop.db.engine import target_path
from ino_desktop.errors import DatabaseError
from ino_desktop.messages import message

if TYPE_CHECKING:
    from ino_desktop.cli import Context
    from ino_desktop.cli_parser import Parser

NAME = "backups"
HELP = message("cli.backups.help")


def add_arguments(parser: Parser) -> None:
    """The command's arguments (none)."""
    pass


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
    if ident is not None and path is not None:
        nothing = message("cli.backups.none_of", portfolio=path.name, folder=where)
        heading = message("cli.backups.list_of", count=len(found), portfolio=path.name, folder=where)
    else:
        nothing = message("cli.backups.none", folder=where)
        heading = message("cli.backups.list", count=len(found), folder=where)
    if not found:
        ctx.say(nothing)
        return 0
    ctx.say(heading)
    for backup in found:
        stat = backup.stat()
        when = moment(dt.datetime.fromtimestamp(stat.st_mtime), ctx.lang, seconds=True)
        ctx.say(f"{when}  {file_size(stat.st_size, ctx.lang):>10}  {backup}")
    return 0
