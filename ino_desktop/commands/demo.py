"""`demo [--force]`: fill the database with the demo portfolio (INO Tomsk as at 15 December 2016)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ino_desktop.db.backup import automatic_backup
from ino_desktop.errors import InoError
from ino_desktop.services.copying import describe, portfolio_counts

if TYPE_CHECKING:
    from ino_desktop.cli import Context

NAME = "demo"
HELP = "fill the database with the demo portfolio (refuses a non-empty one without --force)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments."""
    parser.add_argument("--force", action="store_true",
                        help="replace the portfolio already in the database (reference data is kept; "
                             "a backup is made first)")


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Fill the database with the demonstration portfolio."""
    from ino_desktop.demo import DEMO_AS_AT, build_demo, replace_with_demo  # loaded when used

    db = ctx.db()
    with db.session() as session:
        counts = portfolio_counts(session)
    saved = None
    if any(counts.values()):
        if not args.force:
            raise InoError(f"{db.display_name}: the database already holds a portfolio ({describe(counts)}); "
                           "use 'demo --force' to replace it with the demo")
        saved = automatic_backup(db, "before-demo")
    with db.transaction() as session:
        summary = replace_with_demo(session) if args.force else build_demo(session)
    print(f"{db.display_name}: demo portfolio as at {DEMO_AS_AT:%d.%m.%Y} written: {summary}")
    if saved is not None:
        print(f"the previous portfolio was saved to {saved}")
    elif any(counts.values()):
        print("no automatic backup is made of a server database; the previous portfolio was replaced")
    return 0
