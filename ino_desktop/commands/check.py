"""`check`: integrity and foreign-key check of the database."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ino_desktop.db.backup import integrity_problems
from ino_desktop.messages import message

if TYPE_CHECKING:
    from ino_desktop.cli import Context
    from ino_desktop.cli_parser import Parser

NAME = "check"
HELP = message("cli.check.help")


def add_arguments(parser: Parser) -> None:
    """The command's arguments (none)."""
    pass


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Check the database's integrity; prints each problem and fails when there is one."""
    db = ctx.db(write=False)
    problems = integrity_problems(db)
    for problem in problems:
        ctx.say(problem, err=True)
    if problems:
        ctx.say(message("cli.check.problems", database=db.display_name, count=len(problems)), err=True)
        return 2
    ctx.say(message("cli.check.ok", database=db.display_name))
    return 0
