"""`export OUT.json|OUT.xlsx|OUT.csv`: write the portfolio; the format follows the extension."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ino_desktop.cli import Context

NAME = "export"
HELP = "write the portfolio to OUT.json, OUT.xlsx or OUT.csv"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments."""
    parser.add_argument("out", metavar="OUT", help="the file to write: .json, .xlsx or .csv")


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Export the portfolio as JSON, Excel or CSV, chosen by the file's extension."""
    from ino_desktop.exporting.formats import export_portfolio, writer_for  # openpyxl: only when exporting

    out = Path(args.out).expanduser()
    writer_for(out)  # an unknown format is refused before the database is opened
    db = ctx.db(write=False)
    with db.session() as session:
        records, notices = export_portfolio(session, out)
    for notice in notices:
        print(f"ino-desktop: note: {notice}", file=sys.stderr)
    demo = " (demo data)" if records.demo else ""
    print(f"{out}: {len(records.projects)} projects exported{demo}")
    return 0
