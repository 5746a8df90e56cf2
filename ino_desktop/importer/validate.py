"""One sheet row → a `SourceRow`: every mapped cell parsed, every problem of the row listed at once.

Cell-level problems (text in a number column, an unknown cluster, a formula without a cached value,
a cached error) and the field rules of `ino_desktop.rules` (negative money, parts above the total,
end before start, over-long text) all become `RowIssue`s with sheet, Excel row, column and field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ino_desktop.importer.limits import SheetScan
from ino_desktop.importer.readers import Cell
from ino_desktop.importer.rows import ColumnMapping, RowIssue, SourceRow, Value
from ino_desktop.importer.values import (
    VOCABULARY_FIELDS,
    BadValue,
    clean_text,
    is_empty,
    parse_date,
    parse_int,
    parse_location,
    parse_number,
    parse_vocab,
)
from ino_desktop.rules import DATE_FIELDS, JOB_FIELDS, MONEY_FIELDS, check_project

Parser = Callable[[Cell], Value]


@dataclass
class RowContext:
    """What every row of one sheet table shares: mappings, parsers, constants and pre-scan flags."""

    sheet: str
    columns: list[ColumnMapping]
    constants: Mapping[str, Value] = field(default_factory=dict)
    scan: SheetScan | None = None
    value_spellings: Mapping[str, Mapping[str, str | None]] = field(default_factory=dict)
    date1904: bool = False
    cleaned_cells: int = 0  # text cells that lost control or invisible characters
    parsers: list[tuple[ColumnMapping, str, Parser]] = field(init=False)

    def __post_init__(self) -> None:
        mapped = [c for c in self.columns if c.field]
        # The code first, so that every issue of the row can name it.
        mapped.sort(key=lambda c: c.field != "code")
        self.parsers = [(c, c.field or "", self._parser(c)) for c in mapped]
        self.letters: dict[str, str] = {c.field: c.letter for c in mapped if c.field}
        scan = self.scan
        self.flagged_rows = {r for r, _ in scan.missing_cache} | {r for r, _ in scan.errors} if scan else set()

    def _parser(self, column: ColumnMapping) -> Parser:
        name = column.field or ""
        if name in MONEY_FIELDS:
            factor = column.unit_factor

            def money(value: Cell) -> Value:
                if type(value) is float:  # the common case, kept fast for 100k-row files
                    return round(value * factor, 6)
                number = parse_number(value)
                return None if number is None else round(number * factor, 6)

            return money
        if name in JOB_FIELDS:
            return parse_int
        if name in DATE_FIELDS:
            return lambda value: parse_date(value, self.date1904)
        if name in VOCABULARY_FIELDS:
            spellings = self.value_spellings.get(name)
            return _memo(lambda value: parse_vocab(name, value, spellings))
        if name == "location":
            return _memo(parse_location)
        return self._text

    def _text(self, value: Cell) -> Value:
        if value == "":
            return None
        text, changed = clean_text(value)
        if changed:
            self.cleaned_cells += 1
        return text


def _memo(parse: Parser) -> Parser:
    """Agencies repeat a handful of spellings thousands of times: parse each distinct one once."""
    cache: dict[Cell, Value | BadValue] = {}

    def parse_once(value: Cell) -> Value:
        try:
            hit = cache[value]
        except KeyError:
            try:
                hit = parse(value)
            except BadValue as bad:
                hit = bad
            if len(cache) < 10_000:
                cache[value] = hit
        except TypeError:  # an unhashable cell: parse it every time
            return parse(value)
        if isinstance(hit, BadValue):
            raise hit
        return hit

    return parse_once


def _flag(scan: SheetScan | None, row: int, col: int) -> tuple[str, str] | None:
    if scan is None or not (scan.missing_cache or scan.errors):
        return None
    if (row, col) in scan.missing_cache:
        return ("formula without a cached value (recalculate in Excel and save again)", "formula_no_cache")
    error = scan.errors.get((row, col))
    if error is not None:
        return (f"cached error value {error}", "error_value")
    return None


def build_row(ctx: RowContext, row: int, cells: Sequence[Cell]) -> SourceRow:
    values: dict[str, Value] = {}
    problems: list[tuple[str, str, str, str]] = []  # (column, field, reason, kind)
    width = len(cells)
    flagged = row in ctx.flagged_rows
    for column, name, parse in ctx.parsers:
        raw: Any = cells[column.index] if column.index < width else ""
        flag = _flag(ctx.scan, row, column.index) if flagged else None
        if flag is not None:
            problems.append((column.letter, name, *flag))
            values[name] = None
            continue
        try:
            values[name] = None if raw == "" else parse(raw)
        except BadValue as bad:
            problems.append((column.letter, name, bad.reason, bad.kind))
            values[name] = None
    for name, value in ctx.constants.items():
        values.setdefault(name, value)
    for name, kind, reason in check_project(values):
        problems.append((ctx.letters.get(name, ""), name, reason, kind))
    code = values.get("code")
    code_text = code if isinstance(code, str) else None
    issues = [RowIssue(ctx.sheet, row, letter or None, name, reason, code_text, kind)
              for letter, name, reason, kind in problems]
    suffix = str(row)
    addresses = {name: letter + suffix for name, letter in ctx.letters.items()}
    return SourceRow(ctx.sheet, row, values, addresses, issues)


def mapped_values_empty(ctx: RowContext, row: int, cells: Sequence[Cell]) -> bool:
    """True when no mapped column of the row holds anything (the row is not a project): blank and
    spacer rows, and notes written in unmapped columns such as '№ п/п'."""
    width = len(cells)
    for column, _name, _parse in ctx.parsers:
        if column.index < width:
            value = cells[column.index]
            if not (value == "" or value is None or (type(value) is str and is_empty(value))):
                return False
        if _flag(ctx.scan, row, column.index) is not None:
            return False
    return True
