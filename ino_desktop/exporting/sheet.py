"""One formatted table on a worksheet: bold frozen header, widths, number formats, an autofilter.

Shared by the export and the agency template. Text goes through CellText (inert, legal, bounded) and is
always stored as a string cell, so nothing a user typed can become a formula.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ino_desktop.exporting.columns import Column
from ino_desktop.exporting.safe_cells import CellText, is_formula_like
from ino_desktop.messages import message

NUMBER_FORMATS = {"money": "#,##0.0", "int": "#,##0", "date": "DD.MM.YYYY", "datetime": "DD.MM.YYYY HH:MM"}
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
HEADER_ALIGN = Alignment(wrap_text=True, vertical="top")
HEADER_BORDER = Border(bottom=Side(style="thin", color="808080"))
BANNER_FONT = Font(bold=True, color="C00000", size=12)
TOP = Alignment(vertical="top")
LINE = 15  # points: one line of 11-point text
BOLD_WIDER = 1.12  # a bold letter is this much wider than a plain one


def put(ws: Worksheet, row: int, col: int, value: Any, *, kind: str, cells: CellText) -> None:
    """Write one value; None leaves the cell empty (unknown is blank, never 0)."""
    if value is None:
        return
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        text = cells.clean(value, message("export.at_cell", sheet=ws.title, cell=cell.coordinate))
        cell.value = text
        cell.data_type = "s"  # openpyxl would store "=…" as a formula; a string cell is inert
        if is_formula_like(text):
            cell.quotePrefix = True  # Excel's own "leading apostrophe": stays text when edited
    else:
        cell.value = value
        if kind in NUMBER_FORMATS:
            cell.number_format = NUMBER_FORMATS[kind]


def write_table(ws: Worksheet, columns: Sequence[Column], rows: Iterable[Sequence[Any]], cells: CellText,
                *, banner: str | None = None, freeze_columns: int = 0) -> int:
    """Header (below an optional banner line) and rows; returns the number of data rows written."""
    header = 1
    if banner:
        ws.cell(row=1, column=1, value=banner).font = BANNER_FONT
        header = 2
    for i, column in enumerate(columns, start=1):
        cell = ws.cell(row=header, column=i, value=column.title)
        cell.font, cell.fill, cell.alignment, cell.border = HEADER_FONT, HEADER_FILL, HEADER_ALIGN, HEADER_BORDER
        ws.column_dimensions[get_column_letter(i)].width = column.width
    count = 0
    for count, values in enumerate(rows, start=1):
        for i, (column, value) in enumerate(zip(columns, values, strict=True), start=1):
            put(ws, header + count, i, value, kind=column.kind, cells=cells)
    ws.freeze_panes = ws.cell(row=header + 1, column=freeze_columns + 1).coordinate
    ws.auto_filter.ref = f"A{header}:{get_column_letter(len(columns))}{header + count}"
    ws.print_title_rows = f"{header}:{header}"
    return count


def wrapped_lines(text: str, width: float, fill: float = 0.92) -> int:
    """Lines `text` takes in a column `width` characters wide, wrapped at spaces as a spreadsheet does
    (a word longer than the line takes the lines it needs). `fill`: the share of the width a line of
    text is counted to fill; a line of prose in a wide column fills nearly all of it."""
    per_line = max(1, int(width * fill))
    lines = 0
    for part in text.split("\n"):
        used = 0
        lines += 1
        for word in part.split():
            if used and used + 1 + len(word) > per_line:
                lines += 1
                used = 0
            used += len(word) + (1 if used else 0)
            while used > per_line:  # a word wider than the column goes on over the next lines
                lines += 1
                used -= per_line
    return max(lines, 1)


def landscape_a4(ws: Worksheet) -> None:
    """Print on A4 landscape, as wide as the page and as many pages tall as it takes."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
