"""One sheet row → a `SourceRow`: every mapped cell parsed, every problem of the row listed at once.

Cell-level problems (text in a number column, an unknown cluster, a formula without a cached value,
a cached error) and the field rules of `ino_desktop.rules` (negative money, parts above the total,
end before start, over-long text) all become `RowIssue`s with sheet, Excel row, column and field.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ino_desktop.importer.limits import SheetScan
from ino_desktop.importer.readers import Cell
from ino_desktop.importer.row_units import own_unit, row_factor
from ino_desktop.importer.rows import WARNING, ColumnMapping, RowIssue, SourceRow, Value
from ino_desktop.importer.spans import bounds, last_day_said
from ino_desktop.importer.values import (
    MAX_YEAR,
    MIN_YEAR,
    NO_CHANGE,
    VOCABULARY_FIELDS,
    BadValue,
    amount_with_unit,
    clean_text,
    is_empty,
    names_none,
    padded_text,
    parse_date,
    parse_english_number,
    parse_int,
    parse_location,
    parse_number,
    parse_vocab,
    says_no_change,
    shown,
)
from ino_desktop.messages import Message, message
from ino_desktop.rules import DATE_FIELDS, JOB_FIELDS, MONEY_FIELDS, project_checker

Parser = Callable[[Cell], Value]
_REPEATED_TEXT = frozenset(("lead_organization", "curator"))  # a few names over thousands of rows
# An unknown cluster rejects its row (the office files every project under one); a status, rating, work area,
# category or territory type that cannot be read is left empty with a warning, and the rest of the row is kept:
# a whole project must not be lost for one word no vocabulary knows, and a blank changes no stored value.
KEPT_WITHOUT = (frozenset(VOCABULARY_FIELDS) - {"cluster"}) | {"location"}
# Terms a project may have none of; a cell saying so ("вне кластера", "нет") clears a stored one.
_STATED_NONE = frozenset({"cluster", "work_area", "category", "territory_type"})


def _money(factor: float, english: bool = False, said: bool = True) -> Parser:
    """A money column's parser: amounts in RUB million. Where no unit is said (`said`), an amount no project of the
    programme can reach in millions is refused, not stored: its unit was left out (roubles, thousands)."""
    number_of = parse_english_number if english else parse_number
    most = math.inf if said else _UNSAID_MOST

    def money(value: Cell) -> Value:
        if type(value) is float and -most < value < most:  # the common case, kept fast
            return round(value * factor, 6)
        try:
            number = number_of(value)
        except BadValue:
            own = amount_with_unit(value)  # "1,2 млрд": the cell's own unit, whatever the column's
            if own is None:
                raise
            return round(own, 6)
        if number is not None and abs(number) >= most:
            raise BadValue(message("cell.implausible_amount", value=shown(value)), "not_a_number")
        return None if number is None else round(number * factor, 6)

    return money


# A trillion roubles: more than the whole programme; an amount this large in millions had another unit.
_UNSAID_MOST = 1_000_000.0


@dataclass
class RowContext:
    """What every row of one sheet table shares: mappings, parsers, constants and pre-scan flags."""

    sheet: str
    columns: list[ColumnMapping]
    constants: Mapping[str, Value] = field(default_factory=dict)
    scan: SheetScan | None = None
    value_spellings: Mapping[str, Mapping[str, str | None]] = field(default_factory=dict)
    date1904: bool = False
    # (row, column) → thousands a format divides the number by when it shows it (readers.RawSheet.scaled)
    scaled: Mapping[tuple[int, int], int] = field(default_factory=dict)
    cleaned_cells: int = 0  # text cells that lost control or invisible characters
    parsers: list[tuple[ColumnMapping, str, Parser]] = field(init=False)
    # field -> spelling as written -> [(sheet, row), …] of the vocabulary values no spelling matched
    unknown_spellings: dict[str, dict[str, list[tuple[str, int]]]] = field(default_factory=dict)
    numeric_codes: list[SourceRow] = field(default_factory=list)  # rows whose code cell held a number
    text_codes: int = 0  # rows whose code cell held text
    _shared: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        mapped = [c for c in self.columns if c.field]
        # The code first, so that every issue of the row can name it.
        mapped.sort(key=lambda c: c.field != "code")
        self.parsers = [(c, c.field or "", self._parser(c, c.field or "")) for c in mapped]
        self.parsers += [(c, c.also, _other_end(c.also)) for c in mapped if c.also]  # a column of periods
        self.letters: dict[str, str] = {name: c.letter for c, name, _ in self.parsers}
        self.code_index = next((c.index for c in mapped if c.field == "code"), None)
        scan = self.scan
        self.flagged_rows = {r for r, _ in scan.missing_cache} | {r for r, _ in scan.errors} if scan else set()
        self.padded = scan.padded if scan else {}
        # Per row only what varies: (index, letter, field, parser) as plain tuples, and the shared rules
        # narrowed once to the fields this table can hold.
        self.cells = [(c.index, c.letter, name, parse) for c, name, parse in self.parsers]
        self.check = project_checker({*self.letters, *self.constants})
        # money columns read in each row's own unit (row_units):
        # (index, letter, field, unit column, English numbers, the title says a unit for blank unit cells)
        self.row_units = [(c.index, c.letter, name, c.unit_from, c.english_numbers, c.unit_said)
                          for c, name, _ in self.parsers if c.unit_from is not None and name in MONEY_FIELDS]
        self._in_units: dict[tuple[float, bool], Parser] = {}
        self.money_cells = [(c.index, name) for c, name, _ in self.parsers if name in MONEY_FIELDS]

    def in_unit(self, factor: float, english: bool) -> Parser:
        """The money parser of one unit, made once."""
        key = (factor, english)
        if key not in self._in_units:
            self._in_units[key] = _money(factor, english)
        return self._in_units[key]

    def rescale(self, factors: Mapping[int, float]) -> None:
        """Read the money columns at these indices with other units from here on (a second table's title
        on the same sheet says its own)."""
        english = {c.index for c in self.columns if c.english_numbers}
        self.cells = [(i, letter, name, _money(factors[i], i in english) if i in factors else parse)
                      for i, letter, name, parse in self.cells]

    def _parser(self, column: ColumnMapping, name: str) -> Parser:
        if name in MONEY_FIELDS:
            # a column read in its rows' units is checked in them (_in_row_units)
            return _money(column.unit_factor, column.english_numbers, column.unit_said or column.unit_from is not None)
        if name in JOB_FIELDS:
            return parse_int
        if name in DATE_FIELDS:
            date1904 = self.date1904
            if column.spans:
                return _own_end(name, date1904)

            def date(value: Cell) -> Value:
                if type(value) is dt.date and MIN_YEAR <= value.year <= MAX_YEAR:
                    return value  # parse_date's own fast path, without its call
                try:
                    return parse_date(value, date1904)
                except BadValue:
                    # an end «до конца 2028 г.» or «2026–2028»: the last day it says (a start so written
                    # is no one day: it stays unread)
                    last = last_day_said(value) if name == "end_date" else None
                    if last is None:
                        raise
                    return last

            return date
        if name in VOCABULARY_FIELDS:
            spellings = self.value_spellings.get(name)
            return _memo(lambda value: parse_vocab(name, value, spellings))
        if name == "location":
            return _memo(parse_location)
        if name in _REPEATED_TEXT:
            return self._shared_text
        return self._text

    def _text(self, value: Cell) -> Value:
        if value == "":
            return None
        if type(value) is str and value.isprintable():  # clean_text's own fast path, without its call
            text: str | None = value.strip()
        else:
            text, changed = clean_text(value)
            if changed:
                self.cleaned_cells += 1
        if not text or text in _DASHES or (text[0] in _NO_CHANGE_STARTS and says_no_change(text)):
            return None  # a lone dash says "nothing", in text as in amounts; "без изменений" says it stays
        return text

    def _shared_text(self, value: Cell) -> Value:
        """Text of a column that repeats a few names: one string object per name, not one per row."""
        text = self._text(value)
        if text is None or len(self._shared) > 10_000:
            return text
        return self._shared.setdefault(text, text)  # type: ignore[arg-type]


_DASHES = frozenset({"-", "—", "–", "--"})
# the first letters of values.NO_CHANGE, either case: most texts are not folded to be looked up
_NO_CHANGE_STARTS = frozenset(c for w in NO_CHANGE for c in (w[0], w[0].upper()))


def _own_end(name: str, date1904: bool) -> Parser:
    """A date column of periods («2021–2024»): a start date reads a period's first day, an end date its
    last. A cell of one year, quarter or month («2025») is a period too: 1 January to 31 December; a date
    cell is one day, and gives no other date."""
    end = 0 if name == "start_date" else 1

    def date(value: Cell) -> Value:
        both = bounds(value)
        return parse_date(value, date1904) if both is None else both[end]

    return date


def _other_end(name: str) -> Parser:
    """The date a column of periods gives besides its own: a period's other end; nothing from a cell that
    cannot be read (it is reported once, by the column's own date)."""
    end = 0 if name == "start_date" else 1

    def date(value: Cell) -> Value:
        both = bounds(value)
        return None if both is None else both[end]

    return date


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


def _flag(scan: SheetScan | None, row: int, col: int) -> tuple[Message, str] | None:
    if scan is None or not (scan.missing_cache or scan.errors):
        return None
    if (row, col) in scan.missing_cache:
        return (message("row.formula_no_cache"), "formula_no_cache")
    error = scan.errors.get((row, col))
    if error is not None:
        return (message("cell.error_value", value=error), "error_value")
    return None


def build_row(ctx: RowContext, row: int, cells: Sequence[Cell]) -> SourceRow:
    """One source row's values and problems, checked against the fields' types and limits."""
    values: dict[str, Value] = {}
    problems: list[tuple[str, str, Message, str]] = []  # (column, field, reason, kind)
    unread: list[tuple[str, str, Message, str]] = []  # values left out with a warning, the row kept
    stated_none: list[str] = []
    width = len(cells)
    flagged = row in ctx.flagged_rows
    for index, letter, name, parse in ctx.cells:
        raw: Any = cells[index] if index < width else ""
        if flagged:
            flag = _flag(ctx.scan, row, index)
            if flag is not None:
                problems.append((letter, name, *flag))
                values[name] = None
                continue
        if not raw and raw == "":  # the truth test first: `raw == ""` is slow for a number or a date
            values[name] = None
            continue
        try:
            value = values[name] = parse(raw)
            if value is None and name in _STATED_NONE and type(raw) is str and names_none(name, raw):
                stated_none.append(name)  # "вне кластера": the project has none, which a blank does not say
        except BadValue as bad:
            if type(raw) is str and says_no_change(raw):
                values[name] = None  # "без изменений": no answer, as a blank
                continue
            unknown = bad.kind == f"unknown_{name}"
            (unread if unknown and name in KEPT_WITHOUT else problems).append((letter, name, bad.coded, bad.kind))
            values[name] = None
            if bad.value is not None and unknown and name in VOCABULARY_FIELDS:  # terms the wizard can map
                ctx.unknown_spellings.setdefault(name, {}).setdefault(bad.value, []).append((ctx.sheet, row))
    if ctx.row_units:
        _in_row_units(ctx, cells, values, unread)
    if ctx.scaled:
        for index, name in ctx.money_cells:  # '#,##0,': the amount the clerk sees, in the unit the header says
            thousands = ctx.scaled.get((row, index))
            value = values.get(name)
            if thousands and isinstance(value, float):
                values[name] = round(value / 1000 ** thousands, 6)
    if ctx.constants:
        for name, value in ctx.constants.items():
            values.setdefault(name, value)
    rule_problems = ctx.check(values)
    if rule_problems:
        letters = ctx.letters
        for name, kind, reason in rule_problems:
            problems.append((letters.get(name, ""), name, reason, kind))
    code = values.get("code")
    code_text = code if isinstance(code, str) else None
    issues = [RowIssue(ctx.sheet, row, letter or None, name, reason, code_text, kind)
              for letter, name, reason, kind in problems] if problems else []
    if unread:
        issues.extend(RowIssue(ctx.sheet, row, letter, name, message("row.value_left_out", reason=reason), code_text,
                               kind, WARNING) for letter, name, reason, kind in unread)
    source = SourceRow(ctx.sheet, row, values, ctx.letters, issues, True)
    if stated_none:
        source.cleared = frozenset(stated_none)  # an update clears the stored term (merge.py)
    if ctx.code_index is not None and code_text is not None:
        raw_code = cells[ctx.code_index] if ctx.code_index < width else ""
        if type(raw_code) is float or type(raw_code) is int:
            _numeric_code(ctx, source, raw_code)
        else:
            ctx.text_codes += 1
    return source


def _in_row_units(ctx: RowContext, cells: Sequence[Cell], values: dict[str, Value],
                  unread: list[tuple[str, str, Message, str]]) -> None:
    """Amounts read again in the unit the row's own unit cell gives; left out where it names no unit of money."""
    width = len(cells)
    for index, letter, name, unit_index, english, said in ctx.row_units:
        raw = cells[index] if index < width else ""
        if values.get(name) is None or own_unit(raw):
            continue  # blank or not read; or «1,2 millions»: the cell says its own unit
        factor = row_factor(cells[unit_index] if unit_index < width else "")
        if factor is None and said:
            continue  # no scale in the row's cell: the title's
        if factor is None:
            factor = message("cell.row_unit_missing")
        if isinstance(factor, Message):
            values[name] = None
            unread.append((letter, name, factor, "row_unit"))
            continue
        values[name] = ctx.in_unit(factor, english)(raw)


def _numeric_code(ctx: RowContext, source: SourceRow, number: float) -> None:
    """A code typed as a number: shown with its format's leading zeros when it has them (and said so),
    and remembered, so that a column mixing numbers and text codes can be pointed out (table.py)."""
    fmt = ctx.padded.get((source.row, ctx.code_index)) if ctx.padded else None  # type: ignore[arg-type]
    shown_as = padded_text(number, fmt) if fmt else None
    plain = source.values["code"]
    if shown_as is not None and shown_as != plain:
        source.values["code"] = shown_as
        source.issues.append(RowIssue(
            ctx.sheet, source.row, ctx.letters["code"], "code",
            message("row.code_padded", code=shown_as, plain=plain, shown=shown_as), shown_as, "numeric_code",
            WARNING))
        return
    ctx.numeric_codes.append(source)


def warn_numeric_codes(ctx: RowContext) -> None:
    """In a code column that mixes text and numbers, each number may have lost leading zeros (00123
    typed into a number cell becomes 123): every such code is imported as it reads, with a warning."""
    if not ctx.text_codes or not ctx.numeric_codes:
        return
    for source in ctx.numeric_codes:
        code = source.values.get("code")
        source.issues.append(RowIssue(
            ctx.sheet, source.row, ctx.letters["code"], "code", message("row.code_numeric", code=code), str(code),
            "numeric_code", WARNING))


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
