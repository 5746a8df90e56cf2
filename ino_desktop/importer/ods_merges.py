"""The merged ranges of an OpenDocument spreadsheet, which python-calamine does not report for .ods.

A LibreOffice re-save keeps a merged cell as `table:number-rows-spanned` / `table:number-columns-spanned` on its
first cell; the rows and cells in between may be compressed (`…-repeated`). Only a file that has a span of more
than one row or column is parsed, once, as a stream: a cluster merged down over its projects, or a header's parent
merged across its children, then reads as it does in the .xlsx it came from.
"""

from __future__ import annotations

import io
import re
import zipfile

from defusedxml import ElementTree

Merged = tuple[int, int, int, int]  # 0-based first row, first column, last row, last column

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_SHEET, _ROW = f"{{{_TABLE}}}table", f"{{{_TABLE}}}table-row"
_CELLS = (f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell")
_NAME, _ROWS_REPEATED = f"{{{_TABLE}}}name", f"{{{_TABLE}}}number-rows-repeated"
_COLUMNS_REPEATED = f"{{{_TABLE}}}number-columns-repeated"
_ROWS_SPANNED, _COLUMNS_SPANNED = f"{{{_TABLE}}}number-rows-spanned", f"{{{_TABLE}}}number-columns-spanned"
_A_SPAN = re.compile(rb'number-(?:rows|columns)-spanned="(?:[2-9]|\d\d)')


def ods_merges(data: bytes) -> dict[str, list[Merged]]:
    """Sheet name → its merged ranges; {} when the file merges nothing or its content cannot be read (the reader
    reports a damaged file on its own)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            content = zf.read("content.xml")
    except (KeyError, zipfile.BadZipFile, OSError, EOFError):
        return {}
    if not _A_SPAN.search(content):
        return {}
    try:
        return _spans(content)
    except Exception:  # defusedxml's refusals and ParseError: calamine's own reading says what is wrong
        return {}


def _spans(content: bytes) -> dict[str, list[Merged]]:
    out: dict[str, list[Merged]] = {}
    sheet: list[Merged] | None = None
    row = col = 0
    depth = 0  # tables nested in a cell (rare) are not the sheet's grid
    for event, element in ElementTree.iterparse(io.BytesIO(content), events=("start", "end")):
        tag = element.tag
        if tag == _SHEET:
            if event == "start":
                depth += 1
                if depth == 1:
                    sheet = out.setdefault(element.get(_NAME, ""), [])
                    row = 0
            else:
                depth -= 1
                element.clear()
        elif depth != 1 or sheet is None:
            continue
        elif tag == _ROW:
            if event == "start":
                col = 0
            else:
                row += int(element.get(_ROWS_REPEATED, "1"))
                element.clear()
        elif tag in _CELLS and event == "start":
            rows, cols = int(element.get(_ROWS_SPANNED, "1")), int(element.get(_COLUMNS_SPANNED, "1"))
            if rows > 1 or cols > 1:
                sheet.append((row, col, row + rows - 1, col + cols - 1))
            col += int(element.get(_COLUMNS_REPEATED, "1"))
    return {name: ranges for name, ranges in out.items() if ranges}
