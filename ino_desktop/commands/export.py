"""`export OUT.json|OUT.xlsx|OUT.csv`: write the portfolio; the format follows the extension."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ino_desktop.errors import InoError

if TYPE_CHECKING:
    from ino_desktop.cli import Context

NAME = "export"
HELP = "write the portfolio to OUT.json, OUT.xlsx or OUT.csv"
# Extension -> (module, function); imported when used, so that every other command starts quickly.
WRITERS = {".json": ("json_export", "write_json"), ".xlsx": ("xlsx_export", "write_xlsx"),
           ".csv": ("csv_export", "write_csv")}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments."""
    parser.add_argument("out", metavar="OUT", help="the file to write: .json, .xlsx or .csv")


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Export the portfolio as JSON, Excel or CSV, chosen by the file's extension."""
    out = Path(args.out).expanduser()
    known = WRITERS.get(out.suffix.lower())
    if known is None:
        raise InoError(f"{out}: unknown export format '{out.suffix or '(none)'}'; use .json, .xlsx or .csv")
    from ino_desktop.exporting.records import gather

    writer = getattr(importlib.import_module(f"ino_desktop.exporting.{known[0]}"), known[1])
    db = ctx.db(write=False)
    with db.session() as session:
        records = gather(session)
    notices = writer(records, out)
    for notice in notices:
        print(f"ino-desktop: note: {notice}", file=sys.stderr)
    demo = " (demo data)" if records.demo else ""
    print(f"{out}: {len(records.projects)} projects exported{demo}")
    return 0
