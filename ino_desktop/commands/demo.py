"""`demo [--force]`: fill the database with the demo portfolio (INO Tomsk as at 15 December 2016)."""

from __future__ import annotations

import argparse
import dataclasses
from typing import TYPE_CHECKING

from ino_desktop.db.backup import automatic_backup
from ino_desktop.errors import InoError
from ino_desktop.messages import message
from ino_desktop.services.copying import describe, portfolio_counts

if TYPE_CHECKING:
    from ino_desktop.cli import Context
    from ino_desktop.cli_parser import Parser

NAME = "demo"
HELP = message("cli.demo.help")


def add_arguments(parser: Parser) -> None:
    """The command's arguments."""
    parser.add_argument("--force", action="store_true",
                        help=message("cli.demo.force"))


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Fill the database with the demonstration portfolio."""
    from ino_desktop.demo import DEMO_AS_AT, build_demo, replace_with_demo  # loaded when used

    db = ctx.db()
    with db.session() as session:
        counts = portfolio_counts(session)
    saved = None
    if any(counts.values()):
        if not args.force:
            raise InoError(message("cli.demo.not_empty", database=db.display_name, counts=describe(counts)))
        saved = automatic_backup(db, "before-demo")
    with db.transaction() as session:
        summary = replace_with_demo(session) if args.force else build_demo(session)
    ctx.say(message("cli.demo.written", database=db.display_name, as_at=f"{DEMO_AS_AT:%d.%m.%Y}",
                    summary=message("cli.demo.summary", **dataclasses.asdict(summary))))
    if saved is not None:
        ctx.say(message("cli.demo.saved", file=saved))
    elif any(counts.values()):
        ctx.say(message("cli.demo.replaced"))
    return 0
