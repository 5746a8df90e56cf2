"""`copy SOURCE TARGET`: copy a whole portfolio between databases (SQLite ↔ PostgreSQL), history included."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ino_desktop import formatting
from ino_desktop.db import open_database
from ino_desktop.messages import message
from ino_desktop.services.copying import copy_portfolio

if TYPE_CHECKING:
    from ino_desktop.cli import Context
    from ino_desktop.cli_parser import Parser

NAME = "copy"
HELP = message("cli.copy.help")


def add_arguments(parser: Parser) -> None:
    """The command's arguments."""
    parser.add_argument("source", metavar="SOURCE", help=message("cli.copy.source"))
    parser.add_argument("target", metavar="TARGET", help=message("cli.copy.target"))


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Copy one portfolio into an empty database."""
    source = open_database(args.source, create=False)
    try:
        target = open_database(args.target, create=True)
        try:
            report = copy_portfolio(source, target)
        except Exception:
            if target.created and target.path is not None:  # a file made only for this copy goes again
                target.close()
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{target.path}{suffix}").unlink(missing_ok=True)
            raise
        finally:
            target.close()
    finally:
        source.close()
    ctx.say(message("cli.copy.done", source=report.source, target=report.target, projects=report.projects,
                    changes=report.rows.get("change_log", 0), tables=len(report.rows),
                    rows=formatting.number(sum(report.rows.values()), ctx.lang)))
    return 0
