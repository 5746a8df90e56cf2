"""A period in one cell («с 2023 по 2026», "2021–2024 гг.", "I кв. 2023 – IV кв. 2025") → its first and last day.

Forms often give a project's dates as one «Сроки реализации» cell. A column whose values are mostly
periods reads, for a start date, each period's first day and, for an end date, its last ("2021–2024" runs
from 1 January 2021 to 31 December 2024: a year, quarter or month in a period stands for all of it, as
a year alone in a date column stands for its last day). Such a column gives the other date too when no
column of the table gives it. A period whose end comes before its start is what the cell says: the row is
rejected for it, never put right.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ino_desktop.importer.values import MAX_YEAR, MIN_YEAR, BadValue, date_bounds, is_empty
from ino_desktop.importer.wording.abbreviations import BOTH_ENDS_EN, BOTH_ENDS_RU
from ino_desktop.importer.wording.normal import stem, words
from ino_desktop.reference import fold

_FROM = re.compile(r"^(?:с|со|from)\s+")
_YEARS = re.compile(r"\s*(?:гг|г\s?\.\s?г|годы|годов|годах|yrs)\.?$")
# Between the two ends: a dash with or without spaces, or a word ("по", "до", "to").
_BETWEEN = re.compile(r"\s*[-–—]\s*|\s+(?:по|до|to|until|till|through)\s+")
SOME = 0.3  # of a column's filled cells that must be periods for it to be read as a column of periods
SHARE = 0.8  # … and that must be periods or dates
MIN_SPANS = 2
# A header that names a period of time, not one of its ends: «Сроки реализации», "Implementation period".
_PERIOD_WORDS = frozenset(stem(w) for w in ("срок", "сроки", "период", "годы", "period", "timeline", "timeframe",
                                            "duration", "years"))


def span(value: object) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a period written in one cell, or None for anything else (a single date too)."""
    if not isinstance(value, str):
        return None
    text = _YEARS.sub("", _FROM.sub("", fold(value)))
    for between in _BETWEEN.finditer(text):
        try:
            return date_bounds(text[:between.start()])[0], date_bounds(text[between.end():])[1]
        except BadValue:
            continue  # a hyphen inside a date ("2021-05-01"): try the next one
    return None


def one_period(value: object) -> tuple[dt.date, dt.date] | None:
    """A year, quarter or month written alone («2025», "Q3 2024"), by its first and last day; None for anything
    else (one day is no period)."""
    if isinstance(value, float | int) and not isinstance(value, bool) and float(value).is_integer() \
            and MIN_YEAR <= value <= MAX_YEAR:
        return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)  # a year typed into a General cell
    if not isinstance(value, str):
        return None
    try:
        first, last = date_bounds(value)
    except BadValue:
        return None
    return (first, last) if first != last else None


def bounds(value: object) -> tuple[dt.date, dt.date] | None:
    """A cell of a column of periods, by its first and last day: a period, or a year, quarter or month alone."""
    return span(value) or one_period(value)


# "By" a period: «до конца 2028 г.», «не позднее IV кв. 2027», «к концу 2026», "by end-2027", "no later than Q3 2026".
_BY = re.compile(r"^(?:не\s+позднее|не\s+позже|до\s+конца|к\s+концу|до|к|by\s+the\s+end\s+of|by\s+end(?:\s+of)?|"
                 r"by|no\s+later\s+than|not\s+later\s+than|end\s+of|end)\b[\s-]*")


def last_day_said(value: object) -> dt.date | None:
    """The last day an end-date cell that is no date says: a deadline («до конца 2028 г.», "by Q3 2027") or a
    period («2026–2028») ends the project by the period's last day, as a year or a quarter alone does. None
    for anything else."""
    if not isinstance(value, str):
        return None
    found = span(value)
    if found is not None:
        return found[1] if found[0] <= found[1] else None  # «2028–2026» says no period
    text = fold(value)
    by = _BY.match(text)
    if by is None or by.end() == len(text):
        return None
    try:
        return date_bounds(_YEARS.sub("", text[by.end():]))[1]
    except BadValue:
        return None


def holds_spans(cells: Sequence[object]) -> bool:
    """Whether a column holds periods: several, and nearly all its other cells dates or years (a project of one
    year is written «2025» in a column of «2021–2024»)."""
    filled = [c for c in cells if not is_empty(c)]
    spans = [span(c) is not None for c in filled]
    found = sum(spans)
    if found < MIN_SPANS or found < SOME * len(filled):
        return False
    dated = sum(not is_span and _dated(c) for c, is_span in zip(filled, spans, strict=True))
    return found + dated >= SHARE * len(filled)


def _dated(cell: object) -> bool:
    if isinstance(cell, dt.date) or (isinstance(cell, int | float) and not isinstance(cell, bool)):
        return True
    try:
        date_bounds(str(cell))
    except BadValue:
        return False
    return True


_YEARS_WORD = re.compile(r"\b(?:годы|гг|years)\b")  # unit words, which `words` leaves out
# What the period is of: the project's doing, not a payback, a report, a guarantee or an agreement.
_ITS_OWN = ("реализац", "выполнен", "исполнен", "строительств", "проект", "implement", "project", "delivery",
            "execution", "construction")


def names_a_period(header: str) -> bool:
    """Whether a header names the period of the project's own implementation («Сроки реализации проекта»,
    «Годы реализации», "Project timeline"); «Срок окупаемости», «Отчетный период» name other periods."""
    tokens = words(header).tokens
    # «Дата начала и окончания …» is written as both ends of a period
    period = (bool(_YEARS_WORD.search(fold(header))) or any(t.stem in _PERIOD_WORDS for t in tokens)
              or any(t.word in (BOTH_ENDS_RU, BOTH_ENDS_EN) for t in tokens))
    return period and any(t.stem.startswith(_ITS_OWN) for t in tokens)
