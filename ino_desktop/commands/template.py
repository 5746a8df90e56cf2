"""`template --out FILE.xlsx [--cluster KEY]… [--organisation NAME] [--agency NAME]`: an agency
data-request workbook that remembers what it sent, so that the returned file is merged three ways."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ino_desktop.errors import InoError
from ino_desktop.messages import message

if TYPE_CHECKING:
    from ino_desktop.cli import Context
    from ino_desktop.cli_parser import Parser

NAME = "template"
HELP = message("cli.template.help")


def add_arguments(parser: Parser) -> None:
    """The command's arguments: the selection of projects."""
    parser.add_argument("--out", required=True, metavar="FILE.xlsx", help=message("cli.template.out"))
    parser.add_argument("--cluster", action="append", default=[], metavar="KEY",
                        help=message("cli.template.cluster"))
    parser.add_argument("--organisation", metavar="NAME", help=message("cli.template.organisation"))
    parser.add_argument("--agency", metavar="NAME", help=message("cli.template.agency"))


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Write a data-request workbook for agencies to fill in."""
    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".xlsx":
        raise InoError(message("cli.template.not_xlsx", file=out))
    from ino_desktop.exporting.template import write_template  # openpyxl only when used

    db = ctx.db(write=False)
    with db.session() as session:
        result = write_template(session, out, clusters=args.cluster, organisation=args.organisation,
                                agency=args.agency)
    for notice in result.notices:
        ctx.say(message("cli.notice", note=notice), err=True)
    ctx.say(message("cli.template.done", file=out, projects=result.projects))
    return 0
