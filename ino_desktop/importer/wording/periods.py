"""The period a header names ("Q3 2021 / Status", "III кв. 2024 / Статус", "Статус на 01.10.2025", "2025 /
RAG"), so that columns of one field repeated per period can be told apart: a tracker's status or colour is the
latest period's, and the earlier ones are its history.
"""

from __future__ import annotations

import re

from ino_desktop.reference import fold

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_QUARTER_WORD = r"(?:кв\.?|квартал[а-я]*|quarter)"
_YEAR = r"(20\d\d)(?:\s*(?:года?|гг\.?|г\.?|y\.?))?"
_PERIODS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), kind) for p, kind in (
    (r"\bq([1-4])\s*[-/.,]?\s*" + _YEAR + r"|\b" + _YEAR + r"\s*[-/.,]?\s*q([1-4])\b", "q"),
    (r"\b([1-4]|iv|i{1,3})\s*-?\s*(?:й\s*)?" + _QUARTER_WORD + r"\s*" + _YEAR, "quarter"),
    (r"\b(\d{1,2})\.(\d{1,2})\.(20\d\d)\b", "date"),
    (r"\b" + _YEAR + r"\b", "year"),
))


def period(header: str) -> tuple[int, int, int] | None:
    """When a header's period ends, as (year, month, day) to order by; None when it names no period or more
    than one ("2024-2030")."""
    text = fold(header)
    for pattern, kind in _PERIODS:
        found = list(pattern.finditer(text))
        if not found:
            continue
        if len(found) > 1 or (kind == "year" and re.search(r"20\d\d\s*[-–—]\s*20\d\d", text)):
            return None
        g = [x for x in found[0].groups() if x is not None]
        if kind == "q":
            quarter, year = (g[0], g[1]) if len(g[0]) == 1 else (g[1], g[0])
            return int(year), int(quarter) * 3, 31
        if kind == "quarter":
            quarter = _ROMAN.get(g[0]) or int(g[0])
            return int(g[1]), quarter * 3, 31
        if kind == "date":
            return int(g[2]), int(g[1]), int(g[0])
        return int(g[0]), 12, 31
    return None


def without_period(header: str) -> str:
    """The header with its period taken out: what columns repeated per period have in common."""
    text = fold(header)
    for pattern, _kind in _PERIODS:
        text = pattern.sub(" ", text)
    return " ".join(text.replace("/ /", "/").split()).strip(" /")
