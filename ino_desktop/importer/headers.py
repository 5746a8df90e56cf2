"""Where a sheet's table starts: the header row (or two), the title above it, the numbering row below.

The header is the row among the first few whose cells map to the most canonical fields, with a code
or a name among them. When the row under it holds sub-headers (a merged "Объем финансирования" over
"Всего / Федеральный бюджет / …"), the two rows are read as one logical header "top / sub".
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ino_desktop.importer.mapping import match_header
from ino_desktop.importer.readers import Cell, Merged
from ino_desktop.importer.values import ROUBLES, BadValue, clean_text, parse_number, unit_factor
from ino_desktop.importer.wording.evidence import looks_like_code
from ino_desktop.importer.wording.normal import words
from ino_desktop.reference import fold

MIN_FIELDS = 3  # a project table names the code or the name and two more fields, or both code and name


@dataclass
class Header:
    rows: list[int]  # Excel row numbers of the header
    texts: list[str]  # per column, "" where a column has no header
    title: str  # the text of the rows above the header
    body_start: int  # index, in the rows searched, of the first row after the header
    fields: frozenset[str]


def cell_text(value: Cell) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    text, _ = clean_text(value)
    return " ".join(text.split()) if text else ""


def _fields(texts: Sequence[str], known: Mapping[str, str | None] | None = None) -> frozenset[str]:
    """The fields `texts` name: a profile's own header texts (`known`, folded) first, then synonyms."""
    if not known:
        return frozenset(f for f in (match_header(t)[0] for t in texts if t) if f)
    found: set[str] = set()
    for text in texts:
        if not text:
            continue
        key = fold(text)
        field = known[key] if key in known else match_header(text)[0]
        if field:
            found.add(field)
    return frozenset(found)


def qualifies(fields: frozenset[str] | set[str], decided: bool = False) -> bool:
    """Whether mapped `fields` make a project table: a list of milestones or organisations names a name
    and one more field, not the code and the name or three fields. Where a person decided the columns
    (a profile, --map), the code or the name and one more field do."""
    least = 2 if decided else MIN_FIELDS
    return {"code", "name"} <= fields or (len(fields) >= least and bool(fields & {"code", "name"}))


_INITIALS = re.compile(r"\b[А-ЯЁA-Z]\.\s?[А-ЯЁA-Z]\.")


def _header_like(cells: Sequence[Cell]) -> bool:
    """A row that could be sub-headers: some text, and no numbers (but years: "2024 | 2025" under a year's
    money, two at least), dates, people or codes."""
    texts = years = 0
    for value in cells:
        if value is None or value == "":
            continue
        if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer() and (
                1990 <= value <= 2100):
            years += 1
            continue
        if not isinstance(value, str):
            return False
        text = value.strip()
        if not text:
            continue
        if len(text) == 4 and text.isdecimal() and 1990 <= int(text) <= 2100:
            years += 1
            continue
        if _INITIALS.search(text):
            return False  # "Иванов И. И.": a person, data
        if looks_like_code(text):
            return False  # "INO-0012" under a header is data, not a sub-header
        try:
            if parse_number(text) is not None:
                return False
        except BadValue:
            pass
        texts += 1
    return texts > 0 and years != 1


def _merged_fill(texts: list[str], row0: int, merged: Sequence[Merged], grid: dict[int, list[str]]) -> list[str]:
    """Empty cells inside a merged range take the text of the range's top-left cell."""
    filled = list(texts)
    for r0, c0, r1, c1 in merged:
        if not r0 <= row0 <= r1 or r0 not in grid:
            continue
        source = grid[r0][c0] if c0 < len(grid[r0]) else ""
        if not source:
            continue
        for col in range(max(c0, 0), min(c1 + 1, len(filled))):
            if not filled[col]:
                filled[col] = source
    return filled


def _combine(top: list[str], sub: list[str]) -> list[str]:
    """One text per column: 'top / sub' where both differ, else whichever is there. A blank top over
    a sub-header continues the group to its left when that group has sub-headers too (a merge that
    the file does not record, as in CSV)."""
    out: list[str] = []
    group = ""
    for col in range(max(len(top), len(sub))):
        t = top[col] if col < len(top) else ""
        s = sub[col] if col < len(sub) else ""
        if t:
            group = t if s else ""
        elif s and group:
            t = group
        out.append(f"{t} / {s}" if t and s and t != s else (t or s))
    return out


def find_header(rows: Sequence[tuple[int, list[Cell]]], merged: Sequence[Merged],
                profile_columns: Mapping[str, str | None] | None = None) -> Header | None:
    """The best header among `rows` (the first rows of a sheet), or None when there is none. A saved
    profile's header texts (`profile_columns`: header → field) count as the fields they map to, so an
    agency's own wording that no synonym knows is still found as the header."""
    known = {fold(k): v for k, v in profile_columns.items()} if profile_columns else None
    grid: dict[int, list[str]] = {}
    width = max((len(cells) for _, cells in rows), default=0)
    for number, cells in rows:
        grid[number - 1] = [cell_text(c) for c in cells] + [""] * (width - len(cells))
    best: Header | None = None
    for i, (number, _cells) in enumerate(rows):
        texts = _merged_fill(grid[number - 1], number - 1, merged, grid)
        fields = _fields(texts, known)
        if not qualifies(fields, bool(known)) or (best and len(fields) <= len(best.fields)):
            continue
        header = Header([number], texts, _title(rows[:i]), i + 1, fields)
        above = _parent_rows(rows, i, merged)
        if above:
            levels = [_merged_fill(grid[rows[j][0] - 1], rows[j][0] - 1, merged, grid) for j in above]
            combined = _stacked([*levels, texts])
            combined_fields = _fields(combined, known)
            if len(combined_fields) >= len(fields):
                header = Header([*(rows[j][0] for j in above), number], combined, _title(rows[:above[0]]), i + 1,
                                combined_fields)
        # the rows under it that are levels of it too (two at most: "Источники финансирования" over "бюджетные"
        # over "ФБ | ОБ | МБ")
        level_texts, level_number, at = texts, number, i
        while (at + 1 < len(rows) and at - i < 2 and rows[at + 1][0] == level_number + 1
               and _header_like(rows[at + 1][1])):
            sub_number = rows[at + 1][0]
            sub = [t if t != level_texts[c] else "" for c, t in
                   enumerate(_merged_fill(grid[sub_number - 1], sub_number - 1, merged, grid))]
            units = _units_row(sub)
            combined = _with_units(header.texts, sub) if units else _combine(header.texts, sub)
            combined_fields = _fields(combined, known)
            # under a range merged across columns ("Федеральный бюджет" over "2024 год | 2025 год") the row is a
            # level of the header whatever fields it adds
            spanned = any(r0 == level_number - 1 and c1 > c0 for r0, c0, _r1, c1 in merged)
            # (a third level only so: a row that merely adds words to the headers is a remark or data)
            if not (units or spanned or (at == i and len(combined_fields) > len(header.fields))):
                break
            header = Header([*header.rows, sub_number], combined, header.title, at + 2, combined_fields)
            if units:
                break  # a row of units closes the header
            level_texts, level_number, at = sub, sub_number, at + 1
        best = header
    if best is not None and best.body_start < len(rows):
        below = [cell_text(c) for c in rows[best.body_start][1]]
        if _units_row(below):  # under a header of two levels too: "… / Всего" over "тыс. руб."
            best.texts = _with_units(best.texts, below)
            best.rows.append(rows[best.body_start][0])
            best.body_start += 1
    if best is not None and best.body_start < len(rows) and is_numbering_row(rows[best.body_start][1]):
        best.body_start += 1
    return best


def _parent_rows(rows: Sequence[tuple[int, list[Cell]]], at: int, merged: Sequence[Merged]) -> list[int]:
    """The rows directly above a header row that are levels of it (at most two): text only, each with a merged
    range across two or more columns starting in it ("Объём финансирования" over "всего / ФБ / ОБ"), as a
    three-level header has. Indexes into `rows`, top first."""
    found: list[int] = []
    j = at - 1
    while j >= 0 and len(found) < 2 and rows[j][0] == rows[at][0] - len(found) - 1:
        row0 = rows[j][0] - 1
        wide = any(r0 == row0 and c1 > c0 for r0, c0, _r1, c1 in merged)
        if not (wide and _header_like(rows[j][1])) or _spans_table(rows[j][1], rows[at][1], row0, merged):
            break
        found.insert(0, j)
        j -= 1
    return found


def _spans_table(above: Sequence[Cell], header: Sequence[Cell], row0: int, merged: Sequence[Merged]) -> bool:
    """Whether a row's one text is merged across the whole header's width: the table's title, no level of it."""
    filled = [c for c, v in enumerate(header) if cell_text(v)]
    texts = [c for c, v in enumerate(above) if cell_text(v)]
    if not filled or len(texts) != 1:
        return False
    return any(r0 == row0 and c0 <= min(filled) and c1 >= max(filled) for r0, c0, _r1, c1 in merged)


def _stacked(levels: Sequence[Sequence[str]]) -> list[str]:
    """One text per column from header levels top to bottom: "top / middle / child", each level once."""
    out: list[str] = []
    for col in range(max(len(level) for level in levels)):
        said: list[str] = []
        for level in levels:
            text = level[col] if col < len(level) else ""
            if text and text not in said:
                said.append(text)
        out.append(" / ".join(said))
    return out


def _units_row(sub: Sequence[str]) -> bool:
    """A row under the header that gives each column's unit or date format and nothing else ("тыс. руб.",
    "чел.", "дд.мм.гггг", "год"): part of the header, whatever fields it adds."""
    first = next((t for t in sub if t), "")
    if _UNITS_LABEL.fullmatch(fold(first).strip(" :")) and all(len(t) <= UNIT_TEXT for t in sub if t):
        return True  # a row labelled «Ед. изм.»: units, whatever units it names («куб. м/сут»)
    said = [words(t) for t in sub if t]
    units = sum(w.money_unit or w.count_unit or w.date_format for w in said)
    # "год", "дата", "%" beside them say a kind, no field either
    return units >= 1 and all(all(t.word in _KIND_WORDS for t in w.tokens) for w in said)


_UNITS_LABEL = re.compile(r"ед\.?\s*изм\.?|единиц[аы]\s+измерения|units?(?:\s+of\s+measure(?:ment)?)?")
UNIT_TEXT = 24  # the longest text a units row's cell holds («тыс. руб. в ценах 2024 г.» is a caption)
_KIND_WORDS = frozenset({"дата", "date", "текст", "text", "процент", "percent", "доля", "share",
                         # the row's own label («Ед. изм.», "Unit of measure") and units of other measures
                         # («тыс. куб. м», «кв. м») under columns that are no fields
                         "изм", "измерения", "единица", "unit", "units", "measure", "куб", "кв", "м"})


def _with_units(top: list[str], sub: list[str]) -> list[str]:
    """Each header with its unit as a remark: "Стоимость проекта (тыс. руб.)"."""
    return [f"{t} ({s})" if t and s else (t or s) for t, s in zip(top, sub, strict=False)]


def _title(rows: Sequence[tuple[int, list[Cell]]]) -> str:
    parts = [cell_text(c) for _, cells in rows for c in cells]
    return "\n".join(p for p in parts if p)  # a cell's end ends a number: «— 2024» and «тыс. руб.» are two cells


# A scale said of roubles: "тыс. руб.", "(млн рублей)", "в млрд руб.", "т.р."; with a number before it, it is an
# amount ("общий объём — 45,6 млрд руб."), not the table's unit. A number ends at a separator no digit follows
# («на 01.04.2016, тыс. руб.»), and a date before the unit is the table's date, not an amount. A number is
# read from its first digit only, not from a digit after another and a separator (from every digit of a long run,
# a title took seconds); after a sentence's «. » or a list's «, » a new number begins («в т.ч. 120 млрд руб.»).
_TITLE_UNIT = re.compile(r"((?<!\d)(?<!\d[.,\s\u00a0])\d(?:[\d \t\u00a0]|[.,](?=\d))*[ \t\u00a0]*)?"
                         r"\b(тыс\w*|млн|миллион\w*|млрд|миллиард\w*|т"
                         r"|thousands?|millions?|billions?|bn|mln|mn)\s*\.?\s*(?:of\s+)?(?:руб|р\b|rub|roubles?|rubles?|₽)"
                         r"|(\d\s*)?\b(?:rub|roubles?|rubles?)\s*(thousands?|millions?|billions?|bn|mln|mn|m|k|'000)\b",
                         re.IGNORECASE)


# A number before the unit that is no amount: a date, a year after a preposition, a month, a quarter or a dash,
# the number of a table, form, annex or section
# («на 01.04.2016 тыс. руб.», «с 2024 по 2026 тыс. руб.», «Таблица 2 тыс. руб.», «за 3 квартал 2024 тыс. руб.»)
_NO_AMOUNT = re.compile(r"(?:\b\d{1,2}[./]\d{1,2}[./]\d{2,4}"
                        r"|(?:\b(?:на|за|в|во|с|со|по|до|к|кв|квартал\w*|полугоди\w*|январ\w*|феврал\w*|март\w*"
                        r"|апрел\w*|ма[йя]|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*)\.?"
                        r"|[-–—])[ \t\u00a0]*(?:19|20)\d\d"
                        r"|\b(?:таблиц\w*|форм\w*|приложени\w*|раздел\w*|пункт\w*|№|n)\.?[ \t\u00a0]*[\d.]+)"
                        r"[ \t\u00a0]*$", re.IGNORECASE)
# Plain roubles stated as the unit, with no scale anywhere in the title («(руб., тыс.)», "RUB, mln" say one apart
# from the currency) and not per another unit («руб./Гкал»): «(руб.)», «…, рублей», «Суммы — в рублях», "(RUB)"
_TITLE_ROUBLES = re.compile(r"(?:^|[,(:—–]\s*|\bв\s+|\bin\s+)(?:руб\.?|рублей|рублях|rub|roubles|rubles)"
                            r"\s*(?:$|[),;]|\.(?!\s*/))", re.IGNORECASE)
_ANY_SCALE = re.compile(r"тыс|млн|млрд|миллион|миллиард|\b(?:mln|mn|bn|m|k|thousands?|millions?|billions?)\b|'000",
                        re.IGNORECASE)


def title_unit(title: str) -> float | None:
    """The money unit a title states ('…, млн руб.', '(тыс. рублей)'): a scale said of roubles and not of a
    sum; None when it states none, or two different ones."""
    said = {unit_factor(f"{m.group(2)}. руб" if m.group(2) else f"rub {m.group(4)}")
            for m in _TITLE_UNIT.finditer(title)
            if not ((m.group(1) and not _NO_AMOUNT.search(title[max(0, m.start(1) - 30):m.end(1)])) or m.group(3))}
    said.discard(None)
    if not said and _TITLE_ROUBLES.search(title) and not _ANY_SCALE.search(title):
        return ROUBLES
    return said.pop() if len(said) == 1 else None


def is_numbering_row(cells: Sequence[Cell]) -> bool:
    """The row under a header that numbers the columns 1, 2, 3, … (or any run increasing by one)."""
    numbers: list[float] = []
    for value in cells:
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        try:
            number = parse_number(value)
        except BadValue:
            return False
        if number is None or not float(number).is_integer():
            return False
        numbers.append(number)
    return len(numbers) >= 3 and all(b - a == 1 for a, b in itertools.pairwise(numbers))
