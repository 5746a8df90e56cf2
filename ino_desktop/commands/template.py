"""`template --out FILE.xlsx [--cluster KEY]… [--organisation NAME] [--agency NAME]`: an agency
data-request workbook that remembers what it sent, so that the returned file is merged three ways."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ino_desktop.errors import InoError

if TYPE_CHECKING:
    from ino_desktop.cli import Context

NAME = "template"
HELP = "write an agency data-request workbook, prefilled with the selected projects"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments: the selection of projects."""
    parser.add_argument("--out", required=True, metavar="FILE.xlsx", help="the workbook to write")
    parser.add_argument("--cluster", action="append", default=[], metavar="KEY",
                        help="only projects of this cluster (key or name; may be repeated)")
    parser.add_argument("--organisation", metavar="NAME", help="only projects this organisation leads")
    parser.add_argument("--agency", metavar="NAME", help="the agency the request goes to (default: the "
                        "organisation); a returned file is imported as from this source")


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Write a data-request workbook for agencies to fill in."""
    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".xlsx":
        raise InoError(f"{out}: the template is an Excel workbook; give a file name ending in .xlsx")
    from ino_desktop.exporting.template import write_template  # openpyxl only when used

    db = ctx.db(write=False)
    with db.session() as session:
        result = write_template(session, out, clusters=args.cluster, organisation=args.organisation,
                                agency=args.agency)
    for notice in result.notices:
        print(f"ino-desktop: note: {notice}", file=sys.stderr)
    print(f"{out}: data-request template with {result.projects} projects written")
    return 0
