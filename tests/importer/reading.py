"""How the importer reads one header alone, or one sheet's rows, as the header-family tests ask it."""

from __future__ import annotations

from collections.abc import Sequence

from ino_desktop.importer.limits import Limits
from ino_desktop.importer.mapping import map_columns
from ino_desktop.importer.readers import Merged, RawSheet
from ino_desktop.importer.rows import SheetTable
from ino_desktop.importer.table import read_sheet


def field_of(header: str) -> str | None:
    """The field a lone column headed `header` is mapped to (None: left out)."""
    (column,), _notes = map_columns([header])
    return column.field


def read_rows(rows: Sequence[Sequence[object]], merged: Sequence[Merged] = ()) -> SheetTable:
    """The table the importer reads from one sheet of these rows (row 1 first)."""
    numbered = [(i + 1, list(r)) for i, r in enumerate(rows)]
    outcome = read_sheet(RawSheet("S", lambda: iter(numbered), merged=list(merged)), profile=None, limits=Limits(),
                         date1904=False)
    assert outcome.table is not None, outcome.skip_reason
    return outcome.table
