"""`undo-import BATCH_ID`: revert one import batch (fields restored, created projects deleted)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ino_desktop.commands.import_cmd import login_name
from ino_desktop.importer import service
from ino_desktop.messages import message

if TYPE_CHECKING:
    from ino_desktop.cli import Context
    from ino_desktop.cli_parser import Parser

NAME = "undo-import"
HELP = message("cli.undo.help")


def add_arguments(parser: Parser) -> None:
    """The command's arguments."""
    parser.add_argument("batch_id", metavar="BATCH_ID", type=int,
                        help=message("cli.undo.batch"))


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Revert one import batch."""
    db = ctx.db(create=False)
    with db.session() as session:
        outcome = service.undo(args.batch_id, session, user=login_name(), db=db)
    ctx.say(message("cli.undo.done", batch=outcome.batch_id, file=outcome.file_name,
                    fields=sum(len(f) for f in outcome.restored.values()), projects=len(outcome.restored),
                    deleted=len(outcome.deleted)))
    return 0
