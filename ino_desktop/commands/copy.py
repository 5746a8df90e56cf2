"""`copy SOURCE TARGET`: copy a whole portfolio between databases (SQLite ↔ PostgreSQL), history included."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ino_desktop.db import open_database
from ino_desktop.services.copying import copy_portfolio

if TYPE_CHECKING:
    from ino_desktop.cli import Context

NAME = "copy"
HELP = "copy a whole portfolio from SOURCE to an empty TARGET (SQLite file or database URL)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments."""
    parser.add_argument("source", metavar="SOURCE", help="the portfolio to copy (file or URL)")
    parser.add_argument("target", metavar="TARGET", help="an empty or new database (file or URL)")


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
    changes = report.rows.get("change_log", 0)
    print(f"{report.source} -> {report.target}: {report.projects} projects, {changes} change-log entries, "
          f"{sum(report.rows.values()):,} rows in {len(report.rows)} tables copied")
    return 0
