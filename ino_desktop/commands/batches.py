"""`batches`: the import batches, newest last, so that `undo-import` has its number at hand."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from sqlalchemy import select

from ino_desktop.cli_text import moment, table
from ino_desktop.messages import message
from ino_desktop.models import ImportBatch

if TYPE_CHECKING:
    from ino_desktop.cli import Context
    from ino_desktop.cli_parser import Parser

NAME = "batches"
HELP = message("cli.batches.help")
_HEADINGS = ("cli.batches.id", "cli.batches.imported", "cli.batches.created", "cli.batches.updated",
             "cli.batches.unchanged", "cli.batches.rejected", "cli.batches.state", "cli.batches.file")


def add_arguments(parser: Parser) -> None:
    """The command's arguments (none; an epilog on undoing)."""
    parser.epilog = message("cli.batches.epilog").render(parser.lang)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """List the import batches, one line each."""
    db = ctx.db(create=False, write=False)
    with db.session() as session:
        batches = list(session.scalars(select(ImportBatch).order_by(ImportBatch.id)))
    if not batches:
        ctx.say(message("cli.batches.none"))
        return 0
    lang = ctx.lang
    rows = []
    for b in batches:
        state = message("cli.batches.undone", when=moment(b.undone_at, lang)) if b.state == "undone" and \
            b.undone_at else message("cli.batches.undone_plain" if b.state == "undone" else "cli.batches.applied")
        agency = f"  ({b.source})" if b.source else ""
        rows.append((str(b.id), moment(b.imported_at, lang), str(b.created_count), str(b.updated_count),
                     str(b.unchanged_count), str(b.rejected_count), state.render(lang), f"{b.file_name}{agency}"))
    for line in table([message(code).render(lang) for code in _HEADINGS], rows, right=(0, 2, 3, 4, 5)):
        ctx.say(line)
    return 0
