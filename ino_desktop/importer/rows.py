"""The hand-over between reading a workbook and planning an import: rows with canonical values.

Reading (sniff, readers, table, mapping, values, validate) produces a `ReadResult`; planning and
applying (match, plan, apply, report) consume it. Nothing here touches the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ino_desktop.messages import Message

Value = str | float | int | dt.date | None


ERROR, WARNING = "error", "warning"


@dataclass(frozen=True, slots=True)
class RowIssue:
    """Why a row is rejected, or a warning about it: where (sheet, Excel row, column letter) and why.

    A warning (`severity` "warning") is reported with the row but does not reject it: the value was
    read, and someone should look at it (a numeric code that may have lost its leading zeros)."""

    sheet: str
    row: int  # Excel row number (1-based) or CSV line number
    column: str | None  # column letter ("F") or None for a whole-row reason
    field: str | None  # canonical field, when the issue concerns one
    message: Message  # the coded reason, rendered in any language
    code: str | None = None  # project code of the row, when it has one
    kind: str = "invalid"  # machine-readable: negative, end_before_start, unknown_cluster, ...
    severity: str = ERROR  # ERROR rejects the row; WARNING does not

    @property
    def reason(self) -> str:
        """The reason in English (logs, tests, machine formats)."""
        return self.message.english()

    def text(self, lang: str) -> str:
        """The reason in `lang`."""
        return self.message.render(lang)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def where(self, file_name: str, lang: str = "en") -> str:
        """Where the problem is, in `lang`: file, sheet, row and column."""
        return self.place(file_name).render(lang)

    def place(self, file_name: str | None) -> Message:
        """Where the problem is, as a message: with the file, or (None) only sheet, row and column."""
        if file_name is None:
            return Message("at.cell" if self.column else "at.row",
                           {"sheet": self.sheet, "row": self.row, "column": self.column or ""})
        if self.column:
            return Message("where.cell", {"file": file_name, "sheet": self.sheet, "row": self.row,
                                          "column": self.column})
        return Message("where.row", {"file": file_name, "sheet": self.sheet, "row": self.row})


@dataclass(slots=True)
class SourceRow:
    """One data row of a sheet. Cell addresses are not stored per row (100,000 rows × 20 fields of
    "F12" strings were a quarter of the reader's memory): a table's rows share one field → column
    letter map, and `cells` builds the addresses when someone asks."""

    sheet: str
    row: int
    values: dict[str, Value]  # canonical field -> parsed value; absent = column not in the file
    letters: Mapping[str, str] = field(default_factory=dict)  # field -> column letter "F", shared by rows
    issues: list[RowIssue] = field(default_factory=list)  # errors reject the row; warnings do not
    # True when the reader built the row: every value has its field's exact type (float money, int jobs,
    # date, trimmed text, vocabulary key) and passed `rules.check_project`, so planning need not redo it.
    canonical: bool = False
    # Fields whose cell held the explicit clearing word: remove the stored value (a blank means no answer).
    cleared: frozenset[str] = frozenset()

    @property
    def cells(self) -> dict[str, str]:
        """canonical field -> cell address "F12"."""
        suffix = str(self.row)
        return {f: letter + suffix for f, letter in self.letters.items()}

    def cell(self, field_name: str) -> str | None:
        letter = self.letters.get(field_name)
        return f"{letter}{self.row}" if letter else None

    def column(self, field_name: str) -> str | None:
        return self.letters.get(field_name) or None

    @property
    def rejected(self) -> bool:
        return bool(self.issues) and any(i.severity == ERROR for i in self.issues)

    def errors(self) -> list[RowIssue]:
        return [i for i in self.issues if i.severity == ERROR]

    def warnings(self) -> list[RowIssue]:
        return [i for i in self.issues if i.severity != ERROR]


@dataclass
class ColumnMapping:
    index: int  # 0-based column index in the sheet
    letter: str  # "A", "B", …
    header: str  # as written; a two-level header as "top / sub"
    field: str | None  # canonical field, or None when unmapped
    confidence: float = 1.0  # 0..1: how sure the mapping is (1.0 for a profile's or the user's choice)
    # header | values | profile | user | template | unmapped | decide | excluded (understood, and left out for
    # `reason`: amounts in another currency, or in no stated unit and too large for millions)
    how: str = "header"
    unit_factor: float = 1.0  # multiplier to RUB million for money columns
    reason: Message | None = None  # why this field (header words, values, a person's choice), or why none
    guess: str | None = None  # for a column left out as "needs a decision": the best field found
    spans: bool = False  # its cells are periods («2021–2024»): a start date reads their first day, an end date the last
    also: str | None = None  # the other date its periods give, where no column of the table gives it
    unit_from: int | None = None  # a money column's: the column whose cells give each row's unit (row_units)
    unit_said: bool = False  # a money column's unit is said (header, format, title); a unit_from column's: the title's
    english_numbers: bool = False  # its text numbers group thousands by commas ("1,234"; values.english_table)


@dataclass
class SheetTable:
    sheet: str
    header_rows: list[int]  # Excel row numbers of the header
    columns: list[ColumnMapping]
    rows: Iterable[SourceRow]  # may be a generator: consume once
    hidden: bool = False
    constant_values: dict[str, Value] = field(default_factory=dict)  # e.g. cluster from the sheet name
    sectioned: tuple[str, ...] = ()  # fields given by heading rows between groups of projects

    @property
    def fields(self) -> list[str]:
        mapped = [f for c in self.columns if c.field for f in (c.field, c.also) if f]
        given = [*self.constant_values, *self.sectioned]
        return mapped + [f for f in dict.fromkeys(given) if f not in mapped]


@dataclass
class ReadResult:
    path: Path
    file_name: str
    sha256: str
    kind: str  # xlsx | xlsm | xls | xlsb | ods | csv
    tables: list[SheetTable]
    sheets: list[str]  # every sheet considered, in workbook order
    skipped_sheets: dict[str, Message] = field(default_factory=dict)  # sheet -> why it holds no table
    notes: list[Message] = field(default_factory=list)  # "macros ignored", "hidden sheet 'X' read", …
    # Vocabulary spellings the reader did not know: field -> spelling as written -> [(sheet, row), …].
    # The wizard's value-mapping step offers them; a mapping chosen is saved in the source's profile.
    unknown_spellings: dict[str, dict[str, list[tuple[str, int]]]] = field(default_factory=dict)
    # A returned data-request template's own description (exporting/template_meta.TemplateMeta): what was
    # sent, to whom, when; None for any other file.
    template: Any = None

    def spelling_counts(self) -> dict[str, dict[str, int]]:
        return spelling_counts(self.unknown_spellings)


def spelling_counts(spellings: Mapping[str, Mapping[str, list[tuple[str, int]]]]) -> dict[str, dict[str, int]]:
    """field -> spelling -> how many rows wrote it."""
    return {f: {text: len(where) for text, where in by_text.items()} for f, by_text in spellings.items()}


@dataclass
class Profile:
    """A source agency's saved mapping: header text → field, and value spellings → keys per field."""

    source: str
    columns: dict[str, str | None] = field(default_factory=dict)
    values: dict[str, dict[str, str | None]] = field(default_factory=dict)
    sheet: str | None = None
    chosen: dict[str, str | None] = field(default_factory=dict)  # header → field the user decided now (--map)

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.source, "columns": self.columns, "values": self.values, "sheet": self.sheet}
