"""A sheet → a `SheetTable`: header found, columns mapped, rows that are not projects left out.

Title rows, the header, a column-numbering row, blank spacer rows, "Итого"/"Всего" totals rows,
footnotes and section headings are skipped silently; every other row becomes a `SourceRow`, with its
problems listed (validate.py). Hidden rows and columns are data like any other.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ino_desktop.importer.headers import Header, cell_text, find_header, is_numbering_row, qualifies, title_unit
from ino_desktop.importer.limits import Limits
from ino_desktop.importer.mapping import map_columns
from ino_desktop.importer.readers import Cell, Merged, RawSheet, SheetUnreadable
from ino_desktop.importer.row_groups import SECTION_VOCABULARIES, heading, merged_down, pivot_label, through_groups
from ino_desktop.importer.rows import ColumnMapping, Profile, SheetTable, SourceRow, Value
from ino_desktop.importer.validate import RowContext, build_row, mapped_values_empty, warn_numeric_codes
from ino_desktop.importer.values import foreign_currency, unit_factor
from ino_desktop.importer.wording.evidence import SAMPLE
from ino_desktop.importer.wording.values import match_value
from ino_desktop.messages import FieldName, Joined, Message, message
from ino_desktop.places import canonical_place
from ino_desktop.reference import fold, lookup
from ino_desktop.rules import MONEY_FIELDS, TEXT_LIMITS

_TOTALS = re.compile(r"^(итого|всего|в том числе|в т\.? ?ч\.?|total|totals|grand total|subtotal|sub-total)"
                     r"(?=$|[\s:,.(])")
# A footnote alone in its row (the words whole: "Notebook assembly plant" is a project)
_NOTE = re.compile(r"^(?:[*¹²³†]|(?:примечани[ея]|справочно|источник)(?=$|[\s:.,;(])|(?:notes?|sources?)(?=$|\s*[:.]))")
# The signature under a form, alone or spread over the row («Исп. Петров А.А., тел. …», «Подготовил: … | подпись»,
# "Prepared by …", «М.П.»): the executor as a surname and an initial, so «Исп. полигон …» stays a project
_SIGNATURE = re.compile(r"^(?:исп\.\s*:?\s*[а-я-]+\s+[а-я]\.|исполнитель\s*:|(?:подготовил|составил)[аи]?(?=$|[\s:.,])"
                        r"|(?:prepared|compiled)\s+by\b|подпись(?=$|[\s:.,])|м\.\s?п\.)")


@dataclass
class SheetOutcome:
    table: SheetTable | None = None
    skip_reason: Message | None = None
    notes: list[Message] = field(default_factory=list)
    unknown_spellings: dict[str, dict[str, list[tuple[str, int]]]] = field(default_factory=dict)


def read_sheet(raw: RawSheet, *, profile: Profile | None, limits: Limits, date1904: bool) -> SheetOutcome:
    if raw.rows is None:
        return SheetOutcome(skip_reason=raw.skip_reason or message("sheet.empty"))
    rows = raw.rows()
    try:
        head = list(itertools.islice(rows, limits.header_scan_rows))
    except SheetUnreadable as exc:
        return SheetOutcome(skip_reason=message("sheet.unreadable", detail=exc))
    if not head:
        return SheetOutcome(skip_reason=message("sheet.empty"))
    header = find_header(head, raw.merged, {**profile.columns, **profile.chosen} if profile else None)
    if header is None:
        return SheetOutcome(skip_reason=message("sheet.no_header", rows=limits.header_scan_rows))
    ahead = list(itertools.islice(rows, SAMPLE))  # rows under the header, for the values' vote
    sample = [cells for _, cells in itertools.chain(head[header.body_start:], ahead)]
    samples = [[cells[i] if i < len(cells) else "" for cells in sample] for i in range(len(header.texts))]
    columns, notes = map_columns(header.texts, profile, title_unit(header.title), samples,
                                 foreign_currency(header.title), shown_units=raw.shown_units)
    decided = any(c.how in ("profile", "user") for c in columns)  # a person said what the columns are
    if not qualifies({c.field for c in columns if c.field}, decided):
        found = Joined(tuple(message("sheet.found_column", column=c.letter, field=FieldName(c.field))
                             for c in columns if c.field))
        return SheetOutcome(skip_reason=message("sheet.too_few_fields",
                                                found=found if found.items else message("sheet.found_none")))
    constants = _constants(raw.name, header, columns)
    ctx = RowContext(raw.name, columns, constants, raw.scan,
                     profile.values if profile else {}, date1904, raw.scaled)
    wide_merges = _wide_merge_starts(raw.merged)
    fragments = frozenset(fold(part) for c in columns for part in c.header.split(" / "))
    initials = _Starts(frozenset(f[:1] for f in fragments))
    body: list[SourceRow] = []
    titles = _Titles(columns, raw.shown_units, body)
    unsaid = [f for f in SECTION_VOCABULARIES if f not in {c.field for c in columns} and f not in constants
              and not pivot_label(columns)]  # a pivot's own row groups hold rows back: no headings beside them
    section: dict[str, Value] = {}  # the field a heading row between groups of projects names, for the rows under it
    sectioned: set[str] = set()
    body_rows = merged_down(itertools.chain(head[header.body_start:], ahead, rows), columns, raw.merged)
    for number, cells in through_groups(body_rows, columns):
        if unsaid:
            named = heading(cells, unsaid, ctx.code_index)
            if named is not None:
                section = named  # a heading of none ("Прочие проекты") ends the group before it
                if named:
                    continue
        if mapped_values_empty(ctx, number, cells) or _not_a_project(cells, number, ctx, wide_merges, titles):
            continue
        if _repeated_header(cells, fragments, initials):
            titles.header_again(ctx)
            continue
        row = build_row(ctx, number, cells)
        for name, value in section.items():
            row.values.setdefault(name, value)
            sectioned.add(name)
        body.append(row)
    warn_numeric_codes(ctx)
    notes.extend(message("note.sectioned", sheet=raw.name, field=FieldName(f)) for f in sorted(sectioned))
    if ctx.cleaned_cells:
        notes.append(message("note.control_characters", sheet=raw.name, count=ctx.cleaned_cells))
    table = SheetTable(raw.name, header.rows, columns, body, raw.hidden, dict(constants), tuple(sorted(sectioned)))
    return SheetOutcome(table, notes=notes, unknown_spellings=ctx.unknown_spellings)


def _constants(sheet: str, header: Header, columns: Sequence[ColumnMapping]) -> dict[str, Value]:
    """The cluster of a one-cluster-per-sheet workbook, the work area of a sheet whose title says it is one
    («Направление «Деловая среда»», "Work area: Smart city"), and the place of a one-place-per-sheet one ("г.
    Томск", "Территория: ЗАТО Северск"), from the sheet name or its title (cell A1), where no column says them."""
    mapped = {c.field for c in columns}
    title = re.split(r"[:—–]| - ", header.title)
    candidates = [sheet, title[0], title[-1], header.title]
    out: dict[str, Value] = {}
    if "cluster" not in mapped:
        key = next((k for k in (match_value("cluster", t.strip()).key for t in candidates if t.strip()) if k), None)
        if key:
            out["cluster"] = key
    # a work area only where the title names it as one: its words are common ("научно-образовательный комплекс",
    # a sheet "Промышленность") where the sheet is no work area's
    said = _AREA_LABEL.match(header.title)
    if "work_area" not in mapped and said:
        key = match_value("work_area", (said.group(1) or said.group(2)).strip()).key
        if key:
            out["work_area"] = key
    if "location" not in mapped:
        # the sheet's name, or a title that says it is the place ("Территория: г. Томск"); a place elsewhere in a
        # title may be where the form was signed
        labelled = _PLACE_LABEL.match(header.title)
        places = [sheet, *([labelled.group(1)] if labelled else [])]
        place = next((p for p in (canonical_place(t.strip()) for t in places if t.strip()) if p), None)
        if place:
            out["location"] = place
    return out


def _code_column(ctx: RowContext) -> int | None:
    return next((c.index for c in ctx.columns if c.field == "code"), None)


def _remark_in_code_column(ctx: RowContext, index: int, text: str) -> bool:
    """A sentence alone under the table in the code column ("Phasing per latest sponsor submissions; FX 1 USD =
    90 RUB."): longer than any code and of several words, it is a note, not a project with a bad code."""
    return _code_column(ctx) == index and len(text) > TEXT_LIMITS["code"] and len(text.split()) >= _SENTENCE_WORDS


_SENTENCE_WORDS = 4
_AREA_LABEL = re.compile(r"^\s*(?:направление(?:\s+программы)?|work\s+area|focus\s+area)\s*(?::\s*|(?=[«\"]))"
                         r"(?:[«\"]([^«»\"]+)[»\"]|([^:—–«»\"]+?)(?:\s*[—–-]\s|\s{2,}|$))", re.IGNORECASE)
_PLACE_LABEL = re.compile(r"^\s*(?:территория|муниципальное образование|мо|муниципалитет|город|район|location"
                          r"|territory|municipality)\s*:\s*([^:]+?)(?:\s{2,}|$)", re.IGNORECASE)


def _wide_merge_starts(merged: Sequence[Merged]) -> dict[int, int]:
    """Excel row → first column of a merged range at least three columns wide that starts there."""
    starts: dict[int, int] = {}
    for r0, c0, _r1, c1 in merged:
        if c1 - c0 >= 2:
            starts.setdefault(r0 + 1, c0)
    return starts


@functools.lru_cache(maxsize=1024)
def _initial(text: str) -> str:
    """The first character of `fold(text)`, for a one-character `text`."""
    return fold(text)[:1]


def _starts_like(text: str, initials: frozenset[str]) -> bool:
    """Whether fold(text) may start with one of `initials`: a cheap test before folding a whole cell."""
    first = text[:1]
    return not first or first.isspace() or first in _QUOTE_CHARS or _initial(first) in initials


class _Starts(dict[str, bool]):
    """A cell's first character → `_starts_like` for these initials, worked out once per character: the
    test runs on two cells of every row, and a sheet's cells start with few different characters."""

    def __init__(self, initials: frozenset[str]) -> None:
        super().__init__()
        self.initials = initials

    def __missing__(self, first: str) -> bool:
        like = self[first] = _starts_like(first, self.initials)
        return like


_QUOTE_CHARS = frozenset("«»“”„\"'`\u00a0")
_TOTAL_STARTS = _Starts(frozenset("ивtsg"))  # the first letters _TOTALS can match


def _repeated_header(cells: Sequence[Cell], fragments: frozenset[str], initials: _Starts) -> bool:
    """The header printed again after a page break, or the column-numbering row again."""
    first = None
    for v in cells:  # the first filled cell (a plain loop: a generator per row cost more than the test)
        if v != "":
            first = v
            break
    if isinstance(first, str) and initials[first[:1]] and fold(first) in fragments:
        texts = [fold(v) for v in cells if isinstance(v, str) and v.strip()]
        numbers = [v for v in cells if v != "" and not isinstance(v, str)]
        return not numbers and sum(t in fragments for t in texts) >= 2
    return first == 1 and is_numbering_row(cells)


class _Titles:
    """A title row below the first table that states a unit («Таблица 2 … (млн руб.)») is a second table's:
    when the header is printed again right under it, the money columns whose unit the first title gave
    are read in the new one. Money columns whose header or cells say their unit keep it."""

    def __init__(self, columns: Sequence[ColumnMapping], shown_units: Mapping[int, object],
                 body: Sequence[SourceRow]) -> None:
        self.body = body
        self.unsaid = [c.index for c in columns
                       if c.field in MONEY_FIELDS and unit_factor(c.header) is None and c.index not in shown_units]
        self.unit: float | None = None
        self.at = -1  # the number of project rows read when the title was seen

    def seen(self, text: str) -> bool:
        """Whether a row's lone text is a title stating a unit."""
        unit = title_unit(text)
        if unit is None:
            return False
        if self.unsaid:
            self.unit, self.at = unit, len(self.body)
        return True

    def header_again(self, ctx: RowContext) -> None:
        if self.unit is not None and self.at == len(self.body):
            ctx.rescale(dict.fromkeys(self.unsaid, self.unit))
        self.unit = None


def _not_a_project(cells: Sequence[Cell], number: int, ctx: RowContext,
                   wide_merges: Mapping[int, int], titles: _Titles | None = None) -> bool:
    """Totals rows, footnotes, section headings and titles: the row's text says it is not a project."""
    first_index, first, alone = -1, None, True
    for i, v in enumerate(cells):
        if not (v == "" or (type(v) is str and not v.strip())):
            if first_index >= 0:
                alone = False
                break  # the first cell and whether it is alone are all that is looked at
            first_index, first = i, v
    if first_index < 0:
        return True
    if isinstance(first, str) and _TOTAL_STARTS[first[:1]] and _TOTALS.match(fold(first)):
        code_col = _code_column(ctx)
        if code_col is None or code_col >= len(cells) or code_col == first_index or not cell_text(cells[code_col]):
            return True
    if isinstance(first, str) and _SIGNATURE.match(fold(first)):
        return True
    if alone and isinstance(first, str):
        text = fold(first)
        if _NOTE.match(text) or wide_merges.get(number) == first_index or text.endswith(":"):
            return True
        if any(lookup(v, first) for v in SECTION_VOCABULARIES):
            return True  # a heading row such as "Фармацевтический кластер" between groups of projects
        if titles is not None and titles.seen(first):
            return True  # (a title's unit is read there: before the remark below, which a title looks like too)
        if _remark_in_code_column(ctx, first_index, text):
            return True
    return False
