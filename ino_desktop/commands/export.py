"""`export OUT.json|OUT.xlsx|OUT.csv`: write the portfolio; the format follows the extension."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ino_desktop.messages import message

if TYPE_CHECKING:
    from ino_desktop.cli import Context
    from ino_desktop.cli_parser import Parser

NAME = "export"
HELP = message("cli.export.help")


def add_arguments(parser: Parser) -> None:
    """The command's arguments."""
    parser.add_argument("out", metavar="OUT", help=message("cli.export.out"))


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Export the portfolio as JSON, Excel or CSV, chosen by the file's extension."""
    from ino_desktop.exporting.formats import export_portfolio, writer_for  # openpyxl: only when exporting

    out = Path(args.out).expanduser()
    writer_for(out)  # an unknown format is refused before the database is opened
    db = ctx.db(write=False)
    with db.session() as session:
        records, notices = export_portfolio(session, out)
    for notice in notices:
        ctx.say(message("cli.notice", note=notice), err=True)
    ctx.say(message("cli.export.done_demo" if records.demo else "cli.export.done", file=out,
                    count=len(records.projects)))
    return 0
