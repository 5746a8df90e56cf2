"""`export OUT.json|OUT.xlsx|OUT.csv`: write the portfolio; the format follows the extension."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ino_desktop.errors import InoError
from ino_desktop.exporting.csv_export import write_csv
from ino_desktop.exporting.json_export import write_json
from ino_desktop.exporting.records import PortfolioRecords, gather
from ino_desktop.exporting.xlsx_export import write_xlsx

if TYPE_CHECKING:
    from ino_desktop.cli import Context

NAME = "export"
HELP = "write the portfolio to OUT.json, OUT.xlsx or OUT.csv"
WRITERS: dict[str, Callable[[PortfolioRecords, Path], list[str]]] = {
    ".json": write_json, ".xlsx": write_xlsx, ".csv": write_csv,
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out", metavar="OUT", help="the file to write: .json, .xlsx or .csv")


def run(args: argparse.Namespace, ctx: Context) -> int:
    out = Path(args.out).expanduser()
    writer = WRITERS.get(out.suffix.lower())
    if writer is None:
        raise InoError(f"{out}: unknown export format '{out.suffix or '(none)'}'; use .json, .xlsx or .csv")
    db = ctx.db(create=False)
    with db.session() as session:
        records = gather(session)
    notices = writer(records, out)
    for notice in notices:
        print(f"ino-desktop: note: {notice}", file=sys.stderr)
    demo = " (demo data)" if records.demo else ""
    print(f"{out}: {len(records.projects)} projects exported{demo}")
    return 0
