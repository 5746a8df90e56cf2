"""`check`: integrity and foreign-key check of the database."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ino_desktop.db.backup import integrity_problems

if TYPE_CHECKING:
    from ino_desktop.cli import Context

NAME = "check"
HELP = "check the database's integrity and foreign keys"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments (none)."""
    pass


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Check the database's integrity; prints each problem and fails when there is one."""
    db = ctx.db(write=False)
    problems = integrity_problems(db)
    for problem in problems:
        print(problem.render(ctx.lang), file=sys.stderr)
    if problems:
        print(f"ino-desktop: {db.display_name}: {len(problems)} problem(s) found", file=sys.stderr)
        return 2
    print(f"{db.display_name}: ok")
    return 0
