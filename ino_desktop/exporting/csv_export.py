"""The CSV export of the project list, made for Russian Excel: UTF-8 with BOM, `;`, decimal comma, dd.mm.yyyy.

Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP); text over Excel's
cell limit is cut with a marker and a notice, as in the .xlsx export.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

from ino_desktop.exporting.atomic import atomic_write
from ino_desktop.exporting.columns import PROJECT_COLUMNS, Column, column_letter
from ino_desktop.exporting.records import MONEY_DIGITS, PortfolioRecords
from ino_desktop.exporting.safe_cells import CellText
from ino_desktop.messages import Message, message

LIST_SEPARATOR = "; "


def number(value: float | int) -> str:
    """1234.5 -> "1234,5": no thousands separator, decimal comma, no float tail."""
    if isinstance(value, int):
        return str(value)
    text = f"{value:.{MONEY_DIGITS}f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _field(value: Any, column: Column, records: PortfolioRecords, *, where: Message, cells: CellText) -> str:
    if value is None:
        return ""
    if column.kind == "vocab":
        value = records.name(column.field, value)
    elif column.kind == "list":
        value = LIST_SEPARATOR.join(value)
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, int | float):
        return number(value)
    return cells.for_csv(str(value), where)


def write_csv(records: PortfolioRecords, path: Path | str) -> list[Message]:
    """Write the projects to `path` atomically; returns notices (truncated or cleaned cells)."""
    cells = CellText()
    with atomic_write(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerow([c.title for c in PROJECT_COLUMNS])
        for line, p in enumerate(records.projects, start=2):
            writer.writerow([
                _field(p[c.field], c, records, cells=cells,
                       where=message("export.at_line", line=line, column=column_letter(i)))
                for i, c in enumerate(PROJECT_COLUMNS, start=1)
            ])
    return cells.notices
