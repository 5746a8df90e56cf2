"""The hand-over between reading a workbook and planning an import: rows with canonical values.

Reading (sniff, readers, table, mapping, values, validate) produces a `ReadResult`; planning and
applying (match, plan, apply, report) consume it. Nothing here touches the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Value = str | float | int | dt.date | None


@dataclass(frozen=True)
class RowIssue:
    """Why a row is rejected, or a warning about it: where (sheet, Excel row, column letter) and why."""

    sheet: str
    row: int  # Excel row number (1-based) or CSV line number
    column: str | None  # column letter ("F") or None for a whole-row reason
    field: str | None  # canonical field, when the issue concerns one
    reason: str  # short English description; the UI translates by `code`
    code: str | None = None  # project code of the row, when it has one
    kind: str = "invalid"  # machine-readable: negative, end_before_start, unknown_cluster, ...

    def where(self, file_name: str) -> str:
        col = f", column {self.column}" if self.column else ""
        return f"{file_name}: sheet '{self.sheet}', row {self.row}{col}"


@dataclass
class SourceRow:
    sheet: str
    row: int
    values: dict[str, Value]  # canonical field -> parsed value; absent = column not in the file
    cells: dict[str, str] = field(default_factory=dict)  # canonical field -> cell address "F12"
    issues: list[RowIssue] = field(default_factory=list)  # non-empty: the row is rejected

    @property
    def rejected(self) -> bool:
        return bool(self.issues)


@dataclass
class ColumnMapping:
    index: int  # 0-based column index in the sheet
    letter: str  # "A", "B", …
    header: str  # as written; a two-level header as "top / sub"
    field: str | None  # canonical field, or None when unmapped
    confidence: float = 1.0  # 1.0 exact synonym/profile; lower for fuzzy matches
    how: str = "synonym"  # synonym | fuzzy | profile | user | unmapped
    unit_factor: float = 1.0  # multiplier to RUB million for money columns


@dataclass
class SheetTable:
    sheet: str
    header_rows: list[int]  # Excel row numbers of the header
    columns: list[ColumnMapping]
    rows: Iterable[SourceRow]  # may be a generator: consume once
    hidden: bool = False
    constant_values: dict[str, Value] = field(default_factory=dict)  # e.g. cluster from the sheet name

    @property
    def fields(self) -> list[str]:
        mapped = [c.field for c in self.columns if c.field]
        return mapped + [f for f in self.constant_values if f not in mapped]


@dataclass
class ReadResult:
    path: Path
    file_name: str
    sha256: str
    kind: str  # xlsx | xlsm | xls | xlsb | ods | csv
    tables: list[SheetTable]
    sheets: list[str]  # every sheet considered, in workbook order
    skipped_sheets: dict[str, str] = field(default_factory=dict)  # sheet -> why it holds no table
    notes: list[str] = field(default_factory=list)  # "macros ignored", "hidden sheet 'X' read", …


@dataclass
class Profile:
    """A source agency's saved mapping: header text → field, and value spellings → keys per field."""

    source: str
    columns: dict[str, str | None] = field(default_factory=dict)
    values: dict[str, dict[str, str | None]] = field(default_factory=dict)
    sheet: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.source, "columns": self.columns, "values": self.values, "sheet": self.sheet}
