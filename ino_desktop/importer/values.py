"""Cell values → canonical values: numbers, dates, units, vocabulary keys and clean text.

Each parser takes what a reader gives (str, float, int, bool, date, datetime, time) and returns the
canonical value, `None` for an empty cell, or raises `BadValue` with an English reason. The rules are
those of samples/README.md: Russian-style numbers (decimal comma, space or NBSP thousands), dd.mm.yyyy
dates, quarters and bare years as period ends, units in headers converted to RUB million.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ino_desktop import fields, reference
from ino_desktop.messages import Choices, FieldName, Message, message
from ino_desktop.places import canonical_place, no_one_place
from ino_desktop.reference import fold

# (Excel's pivot tables label the group of empty cells "(пусто)", "(blank)".)
EMPTY_MARKERS = frozenset({"", "—", "–", "-", "\u2212", "n/a", "н/д", "нет данных", "not applicable", "none", "(пусто)",
                           "(blank)"})
# "нет", "отсутствует" in a cluster or status column: no term, as an empty cell ("нет" elsewhere may answer a
# question, which the values' vote reads as a flag).
NO_TERM = frozenset({"нет", "отсутствует", "не относится", "no", "none", "not applicable"})
_NOT_RATED = frozenset(fold(s) for s in (reference.NOT_RATED.ru, reference.NOT_RATED.en,
                                         *reference.NOT_RATED.spellings))
ERROR_VALUES = frozenset({"#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#GETTING_DATA",
                          "#SPILL!", "#CALC!", "#ERROR"})
MIN_YEAR, MAX_YEAR = 1900, 2100
SERIAL_YEARS = (1990, 2099)  # the years a number in a date cell may be the Excel serial of, as in text


class BadValue(ValueError):
    """A cell that cannot become its field's value; `kind` is the RowIssue kind."""

    def __init__(self, reason: Message, kind: str = "invalid", value: str | None = None) -> None:
        self.coded = reason
        super().__init__(reason)  # rendered only when asked: cells are refused by the thousand
        self.kind = kind
        self.value = value  # the text as written, for an unknown vocabulary spelling

    @property
    def reason(self) -> str:
        """The refusal in English."""
        return str(self.coded)


def shown(value: Any, limit: int = 40) -> str:
    """A cell as quoted in a message: short, one line."""
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip().lower() in EMPTY_MARKERS
    return isinstance(value, float) and math.isnan(value)


# ---------------------------------------------------------------- text

_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069"
                        "\ufeff\ud800-\udfff]")


def clean_text(value: Any) -> tuple[str | None, bool]:
    """Text as written, trimmed, with control, bidi-override and zero-width characters removed (they
    break exports and PDFs and are never meant); the flag says whether anything was removed.
    A leading '=', '+' or '@' stays: it is text here, and exports neutralise it."""
    if type(value) is str and value.isprintable():  # no control, format, NBSP or line-break character
        stripped = value.strip()  # the common case, told at C speed
        return (stripped or None), False
    if type(value) is str and "\r" not in value and "\u00a0" not in value and not _INVISIBLE.search(value):
        stripped = value.strip()  # the common case: nothing to remove
        return (stripped or None), False
    if value is None:
        return None, False
    if isinstance(value, bool):
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    elif isinstance(value, dt.date):
        text = value.isoformat()
    else:
        text = str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    cleaned = _INVISIBLE.sub("", text)
    cleaned = cleaned.strip()
    return (cleaned or None), cleaned != text.strip()


def _cell_text(value: Any) -> str | None:
    """A cell's cleaned text; None for a blank or a placeholder such as '-'."""
    text, _ = clean_text(value)
    return None if text is None or is_empty(text) else text


def _value_text(value: Any) -> str | None:
    """`_cell_text` of a cell meant to hold a value: a cached error such as #REF! is refused."""
    text = _cell_text(value)
    if text in ERROR_VALUES:
        raise BadValue(message("cell.error_value", value=text), "error_value")
    return text


def parse_location(value: Any) -> str | None:
    """The canonical place a cell names. A cell of several of them, of the whole region, or of a place that is
    none of the programme's («Шегарский район», "Novosibirsk") names no one of its places: it is left out with a
    note (the row is kept), never stored as a place the programme does not have."""
    text = _cell_text(value)
    if text is None:
        return None
    place = canonical_place(text)
    if place is not None:
        return place
    why = no_one_place(text)
    if why is not None:
        raise BadValue(message(f"cell.{why}_places", value=shown(text)), "unknown_location", text)
    return text


# ---------------------------------------------------------------- numbers

_SPACES = "\u00a0\u202f\u2009\u2007 "
_SPACED = re.compile(rf"[+-]?\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?:[.,]\d+)?")
_PLAIN = re.compile(r"[+-]?\d+(?:[.,]\d+)?|[+-]?[.,]\d+")
_EN_THOUSANDS = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+\.\d+")
_DE_THOUSANDS = re.compile(r"[+-]?\d{1,3}(?:\.\d{3})+,\d+")
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d{1,3}")
_PERCENT = re.compile(rf"[+-]?\d+(?:[.,]\d+)?[{_SPACES}]?%")


def parse_number(value: Any) -> float | None:
    """A number from a numeric cell or from text written the Russian (or plain English) way."""
    if isinstance(value, bool):
        raise BadValue(message("cell.not_a_number", value=value), "not_a_number")
    if isinstance(value, int | float):
        if math.isnan(value) or math.isinf(value):
            raise BadValue(message("cell.not_a_number_plain"), "not_a_number")
        return float(value)
    if isinstance(value, dt.date | dt.time | dt.timedelta):
        raise BadValue(message("cell.date_not_number", value=shown(value)), "not_a_number")
    text = _value_text(value)
    if text is None:
        return None
    s = text.replace("\u2212", "-").replace("\u2013", "-")
    negative = s.startswith("(") and s.endswith(")")  # accounting style (100) = -100
    if negative:
        s = s[1:-1].strip()
        if s[:1] in "+-":  # «(−12)»: a sign inside the brackets says the minus twice, or the brackets mean no minus
            raise BadValue(message("cell.not_a_number", value=shown(text)), "not_a_number")
    if _SPACED.fullmatch(s):
        s = re.sub(f"[{_SPACES}]", "", s).replace(",", ".")
    elif _PLAIN.fullmatch(s):
        s = s.replace(",", ".")
    elif _EN_THOUSANDS.fullmatch(s):
        s = s.replace(",", "")
    elif _DE_THOUSANDS.fullmatch(s):
        s = s.replace(".", "").replace(",", ".")
    elif _SCIENTIFIC.fullmatch(s):  # 1e5 typed in a money cell is 100,000 million: never taken silently
        raise BadValue(message("cell.exponent", value=shown(text), number=f"{float(s.replace(',', '.')):,.0f}"),
                       "not_a_number")
    elif _PERCENT.fullmatch(s):
        raise BadValue(message("cell.percentage", value=shown(text)), "not_a_number")
    else:
        raise BadValue(message("cell.not_a_number", value=shown(text)), "not_a_number")
    number = float(s)
    return -number if negative else number


# "1,234" and "12,345,678": thousands grouped by commas, which only a column headed in English is read as (in a
# Russian column "1,234" is one and a quarter, the samples' rule for text numbers).
_EN_GROUPED = re.compile(r"\(?[+-]?[1-9]\d{0,2}(?:,\d{3})+\)?")  # «0,123» is a Russian decimal, never grouped
_CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
# «2,5», «1 234,50», «0,750»: a comma no English writer puts there
_RUSSIAN_DECIMAL = re.compile(rf"\(?[+-]?(?:\d[\d{_SPACES}]*,(?:\d{{1,2}}|\d{{4,}})|0,\d+)\)?")
# "12,345,678", "1,234.5", "2.5": written the English way, whatever the reader's custom
_ENGLISH_STYLE = re.compile(r"\(?[+-]?(?:[1-9]\d{0,2}(?:,\d{3}){2,}(?:\.\d+)?|[1-9]\d{0,2}(?:,\d{3})+\.\d+"
                            r"|\d+\.\d+)\)?")


def english_heading(header: str) -> bool:
    """Whether a column's header is written in English words (Latin letters, some lower case, no Cyrillic):
    "Total cost, RUB m"; not an acronym a Russian form uses too ("CAPEX")."""
    return _CYRILLIC.search(header) is None and re.search("[a-z]{2}", header) is not None


def english_table(headers: Sequence[str], samples: Sequence[Sequence[object]]) -> bool:
    """Whether a table writes its text numbers the English way, thousands grouped by commas ("1,234" is 1234):
    most of its worded headers are in English, some cell writes a number the English way ("1,234.5", "2.5") and
    none the Russian way («2,5», «0,750»). «1,250» alone could be either: read the Russian way. A column of it
    does when its own header is English too (`english_heading`)."""
    worded = [h for h in headers if h and re.search(r"[^\W\d_]", h)]  # «2024» is no language
    if sum(_CYRILLIC.search(h) is None for h in worded) * 2 < len(worded):
        return False
    texts = [c.strip() for column in samples for c in column if type(c) is str]
    return (any(_ENGLISH_STYLE.fullmatch(t) for t in texts)
            and not any(_RUSSIAN_DECIMAL.fullmatch(t) for t in texts))


def parse_english_number(value: Any) -> float | None:
    """A number from a cell of a column headed in English: "1,234" is one thousand two hundred and thirty-four
    there; anything else as `parse_number` reads it."""
    if type(value) is str and _EN_GROUPED.fullmatch(value.strip()):
        return parse_number(value.replace(",", ""))
    return parse_number(value)


_CURRENCY = r"(?:руб(?:лей|ля|ль|\.)?|р\.|₽|rub|rur)\.?"
# a scale, with or without the currency after it; or the currency alone ("1 234 567 руб.": roubles)
_WITH_UNIT = re.compile(rf"([+-]?\d[\d{_SPACES}]*(?:[.,]\d+)?)[{_SPACES}]*"
                        rf"((?:млрд|млн|тыс|bn|bln|billion|mln|mn|million|thousand)\.?(?:\s*{_CURRENCY})?|{_CURRENCY})",
                        re.IGNORECASE)
# Roubles alone are read only for a sum a project could cost: "12 руб." in a column of millions is more likely
# the column's unit left out than twelve roubles, and is rejected rather than stored so small.
_LEAST_ROUBLES = 100_000.0


def amount_with_unit(value: Any) -> float | None:
    """An amount written with its own unit in the cell ("1,2 млрд", "350 тыс.", "0,75 bn"), in RUB million; None
    for any other text ("около 2 млн" too: an estimate is no amount)."""
    text = _value_text(value)
    found = _WITH_UNIT.fullmatch(_CURRENCY_FIRST.sub("", text.strip())) if text else None
    if found is None or _THOUSANDS_OR_DECIMAL.fullmatch(found[1].strip()):
        return None  # "2,500 mln": 2.5 in Russian, 2,500 in English: not guessed
    factor = unit_factor(found[2])
    try:
        number = parse_number(found[1].strip())
    except BadValue:
        return None
    if factor is None or number is None or (factor == ROUBLES and abs(number) < _LEAST_ROUBLES):
        return None
    return number * factor


_THOUSANDS_OR_DECIMAL = re.compile(r"[+-]?\d{1,3}[.,]\d{3}")
_CURRENCY_FIRST = re.compile(r"^(?:rub|rur|руб\.?|₽)\s*", re.IGNORECASE)  # "RUB 1.8bn", "₽ 450 тыс."


# "без изменений" in an update's cell: the agency says the value stays, which a blank says too.
NO_CHANGE = frozenset({"без изменений", "без изм", "без изм.", "изменений нет", "не изменилось", "не изменился",
                       "не изменилась", "не изменились", "не менялось", "no change", "no changes", "unchanged"})


def says_no_change(text: str) -> bool:
    return len(text) < 20 and fold(text).rstrip(" .") in NO_CHANGE


def parse_int(value: Any) -> int | None:
    if type(value) is float and value.is_integer():
        return int(value)  # the common case: a whole number in a numeric cell
    number = parse_number(value)
    if number is None:
        return None
    if abs(number - round(number)) > 1e-6:
        raise BadValue(message("cell.not_whole", value=shown(value)), "not_a_number")
    return round(number)


# ---------------------------------------------------------------- dates

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_MONTHS = {
    "январь": 1, "января": 1, "january": 1, "jan": 1, "февраль": 2, "февраля": 2, "february": 2, "feb": 2,
    "март": 3, "марта": 3, "march": 3, "mar": 3, "апрель": 4, "апреля": 4, "april": 4, "apr": 4,
    "май": 5, "мая": 5, "may": 5, "июнь": 6, "июня": 6, "june": 6, "jun": 6, "июль": 7, "июля": 7,
    "july": 7, "jul": 7, "август": 8, "августа": 8, "august": 8, "aug": 8, "сентябрь": 9, "сентября": 9,
    "september": 9, "sep": 9, "октябрь": 10, "октября": 10, "october": 10, "oct": 10, "ноябрь": 11,
    "ноября": 11, "november": 11, "nov": 11, "декабрь": 12, "декабря": 12, "december": 12, "dec": 12,
    # a clerk's short forms ("дек. 2025", "сент.2024")
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9, "сент": 9, "окт": 10,
    "ноя": 11, "нояб": 11, "дек": 12,
}
_YEAR_TAIL = r"(?:\s*(?:г\.?|год|года))?"
_DMY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})" + _YEAR_TAIL)
# ISO with hyphens, or the year first with dots or slashes as Chinese and Kazakh partners write it ("2024.04.28")
_ISO = re.compile(r"(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_YYYY_MM = re.compile(r"(\d{4})[./-](\d{1,2})")  # "2024.05": a month, its last day
_SLASH = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_SHORT_YEAR = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2}")
# The Russian short date, day first with dots ("01.09.25", as 1C exports write it): its century is the one that puts
# it nearest to now (no project date is more than 50 years off); a slash or a hyphen leaves the day and month unsaid
_DMY_SHORT = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2})")
_QUARTER = (
    re.compile(r"q\s*([1-4])\s*[-/ ]?\s*(\d{4})"),
    re.compile(r"([1-4])\s*q\s*[-/ ]?\s*(\d{4})"),
    re.compile(r"(\d{4})\s*[-/ ]?\s*q\s*([1-4])", ),
    re.compile(r"(iv|i{1,3}|[1-4])\s*(?:-?(?:й|ый|ой))?\s*(?:кв\.?|квартал[а]?)\s*(\d{4})" + _YEAR_TAIL),
)
_HALF = (
    re.compile(r"h\s*([12])\s*[-/ ]?\s*(\d{4})"),
    re.compile(r"(ii|i|[12])\s*(?:-?(?:е|ое))?\s*(?:полугодие|пол\.?|п\s*/\s*г\.?)\s*(\d{4})" + _YEAR_TAIL),
)
_YEAR = re.compile(r"(\d{4})" + _YEAR_TAIL)
_MONTH_YEAR = re.compile(r"([a-zа-я]+)(?:\.\s*|\s+|\s*[-/]\s*)(\d{4})" + _YEAR_TAIL)  # "Dec-2026" too
_MM_YYYY = re.compile(r"(\d{1,2})\.(\d{4})" + _YEAR_TAIL)
# A day with its month in words: «31 марта 2024 г.», "31 March 2024", "31-Mar-2024", "March 31, 2024"
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:\s+|\s*-\s*)([a-zа-я]+)\.?(?:\s+|\s*-\s*)(\d{4})" + _YEAR_TAIL)
_MONTH_DAY_YEAR = re.compile(r"([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})")


def _period_end(year: int, month: int, text: str) -> dt.date:
    """The last day of a month: where a period (quarter, half-year, month) stands for a date."""
    if not 1 <= month <= 12:
        raise BadValue(message("cell.invalid_date", value=shown(text)), "bad_date")
    return _checked(year, month, calendar.monthrange(year, month)[1], text)


def _checked(year: int, month: int, day: int, text: str) -> dt.date:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise BadValue(message("cell.date_out_of_range", value=shown(text)), "bad_date")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise BadValue(message("cell.invalid_date", value=shown(text)), "bad_date") from None


def excel_serial(serial: float, date1904: bool = False) -> dt.date:
    """A date from an Excel serial number in the 1900 (default) or 1904 date system."""
    base = dt.date(1904, 1, 1) if date1904 else dt.date(1899, 12, 30)  # 1900 system: Lotus leap-year bug
    try:
        day = base + dt.timedelta(days=int(serial))
    except OverflowError:
        raise BadValue(message("cell.not_a_date", value=serial), "bad_date") from None
    return _checked(day.year, day.month, day.day, str(serial))


def parse_date(value: Any, date1904: bool = False) -> dt.date | None:
    """A real date, an Excel serial, dd.mm.yyyy, ISO, a quarter or half-year or month (its last day),
    or a bare year (31 December). Ambiguous forms such as 03/04/05 are refused, not guessed."""
    if type(value) is dt.date and MIN_YEAR <= value.year <= MAX_YEAR:
        return value  # the common case: a real date cell
    if isinstance(value, dt.datetime):
        return _checked(value.year, value.month, value.day, value.isoformat())
    if isinstance(value, dt.date):
        return _checked(value.year, value.month, value.day, value.isoformat())
    if isinstance(value, dt.time | dt.timedelta):
        raise BadValue(message("cell.time_not_date", value=shown(value)), "bad_date")
    if isinstance(value, bool):
        raise BadValue(message("cell.not_a_date", value=value), "bad_date")
    if isinstance(value, int | float):
        if math.isnan(value) or math.isinf(value):
            raise BadValue(message("cell.not_a_date_plain"), "bad_date")
        if float(value).is_integer() and MIN_YEAR <= value <= MAX_YEAR:
            return dt.date(int(value), 12, 31)  # a year typed into a General cell
        if 1 <= value < 2_958_466:
            day = excel_serial(value, date1904)
            if SERIAL_YEARS[0] <= day.year <= SERIAL_YEARS[1]:
                return day
        # «12,2026» (a month and year) typed as a number would be a day of 1900: no date of the programme's years
        raise BadValue(message("cell.not_a_date", value=shown(value)), "bad_date")
    text = _value_text(value)
    if text is None:
        return None
    return _parse_date_text(text)


def _parse_date_text(text: str) -> dt.date:
    return date_bounds(text)[1]


def date_bounds(text: str) -> tuple[dt.date, dt.date]:
    """The first and the last day a date text stands for: a date is one day; a quarter, half-year, month or
    year runs from its first day to its last (a date column takes the last, as the forms mean it)."""
    s = _QUOTED_DAY.sub(r"\1", fold(text))  # «31» декабря 2023 г.: the day in quotes, as official papers write it
    if s.isdecimal() and s.isascii() and 32_874 <= int(s) <= 73_050:  # 1990…2099
        return _day(excel_serial(int(s), False))  # "45123": an Excel date's serial number stored as text
    if m := _DMY.fullmatch(s):
        return _day(_checked(int(m[3]), int(m[2]), int(m[1]), text))
    if m := _ISO.fullmatch(s):
        return _day(_checked(int(m[1]), int(m[3]), int(m[4]), text))
    if m := _SLASH.fullmatch(s):
        a, b = int(m[1]), int(m[2])
        if a == b or a > 12 >= b:
            return _day(_checked(int(m[3]), b, a, text))
        if b > 12 >= a:
            return _day(_checked(int(m[3]), a, b, text))
        raise BadValue(message("cell.ambiguous_day_month", value=shown(text)), "bad_date")
    if m := _DMY_SHORT.fullmatch(s):
        return _day(_checked(_century(int(m[3])), int(m[2]), int(m[1]), text))
    if _SHORT_YEAR.fullmatch(s):
        raise BadValue(message("cell.ambiguous_year", value=shown(text)), "bad_date")
    for i, pattern in enumerate(_QUARTER):
        if m := pattern.fullmatch(s):
            q, year = (m[2], m[1]) if i == 2 else (m[1], m[2])
            quarter = _ROMAN.get(q) or int(q)
            return _months(int(year), quarter * 3 - 2, quarter * 3, text)
    for pattern in _HALF:
        if m := pattern.fullmatch(s):
            half = _ROMAN.get(m[1]) or int(m[1])
            return _months(int(m[2]), half * 6 - 5, half * 6, text)
    if m := _YEAR.fullmatch(s):
        return _months(int(m[1]), 1, 12, text)
    if m := _MM_YYYY.fullmatch(s):
        return _months(int(m[2]), int(m[1]), int(m[1]), text)
    if (m := _YYYY_MM.fullmatch(s)) and 1 <= int(m[2]) <= 12:
        return _months(int(m[1]), int(m[2]), int(m[2]), text)
    if (m := _MONTH_YEAR.fullmatch(s)) and m[1] in _MONTHS:
        return _months(int(m[2]), _MONTHS[m[1]], _MONTHS[m[1]], text)
    if (m := _DAY_MONTH_YEAR.fullmatch(s)) and m[2] in _MONTHS:
        return _day(_checked(int(m[3]), _MONTHS[m[2]], int(m[1]), text))
    if (m := _MONTH_DAY_YEAR.fullmatch(s)) and m[1] in _MONTHS:
        return _day(_checked(int(m[3]), _MONTHS[m[1]], int(m[2]), text))
    raise BadValue(message("cell.not_a_date", value=shown(text)), "bad_date")


_QUOTED_DAY = re.compile(r"^[«\"“„'‘]\s*(\d{1,2})\s*[»\"”'’]")


def _century(yy: int) -> int:
    year = 2000 + yy
    return year if year <= dt.date.today().year + 50 else year - 100


def _day(day: dt.date) -> tuple[dt.date, dt.date]:
    return day, day


def _months(year: int, first: int, last: int, text: str) -> tuple[dt.date, dt.date]:
    """From the first day of month `first` to the last day of month `last` of one year."""
    end = _period_end(year, last, text)
    return _checked(year, first, 1, text), end


# ---------------------------------------------------------------- units

# "RUB m", "₽m", "m RUB", "₽ bn": a scale written beside the currency sign too
_TRILLION = re.compile(r"трлн|триллион|trillion")
_BILLION = re.compile(r"млрд|миллиард|billion|\bbn\b|\bbln\b|₽\s*bn")
# …"мил. руб.", "RUB MM" (the financier's thousand thousands)
_MILLION = re.compile(r"млн|миллион|million|\bmln\b|\bmn\b|\bmio\b|\brub\s*m\b|\bm\s*rub\b|₽\s*m\b|\bm\s*₽"
                      r"|\bмил+\.?\s*руб|\bмл\.\s*руб|\brub\s*(?:mm|mil)\b|\bmm\s*rub\b|\brub\s*000\s*000\b")
# "т.р.", "т. руб.": the clerk's thousand roubles; fold() makes ' a "
# …"RUB 000", "(000s)", "RUB ’000", "ths RUB"
_THOUSAND = re.compile(r"тыс|тысяч|thousand|[\"'’‘`]000(?![\s\u00a0]*000)|\bk\s*rub\b|\brub\s*k\b"
                       r"|\bт\s*\.\s*р(?:уб)?\b|₽\s*k\b|\bk\s*₽|\brub\s*[,(]?\s*000s?\b(?![\s\u00a0]*000)"
                       r"|\(\s*000s?\s*\)|\bths\b|\bthous\b|\bth\.?\s*rub|\brub\s*th\b")
# A threshold said in a header («не более 1 млрд руб.», "over RUB 1 bn") is no unit of the column's figures
_AMOUNT_IN_HEADER = re.compile(r"(?:не\s+более|не\s+менее|не\s+свыше|более|менее|свыше|св\.|over|above|below|under"
                               r"|up\s+to|at\s+least|[<>≤≥])\s*(?:rub\s*)?\d[\d\u00a0 ]*(?:[.,]\d+)?\s*"
                               r"(?:трлн|млрд|млн|тыс|bn|mln|million|billion|thousand)\w*\.?")
_ROUBLES = re.compile(r"\bруб|\bрублей|\brub\b|\brur\b|₽")


# Currencies other than the rouble, as headers write them. The portfolio keeps roubles and no rate is
# known offline, so such a column is left out, never stored as if it were roubles.
_FOREIGN_CURRENCY = re.compile(r"\bUSD\b|US\s*\$|\$|доллар\w*|\bдолл\b\.?|dollars?\b|\bEUR\b|€|\bевро\b|\beuros?\b|"
                               r"£|\bGBP\b|фунт\w*|\bpounds?\b|\bCAD\b|\bKZT\b|тенге|\bюан\w*|\byuan\b|\bCNY\b|"
                               r"\bRMB\b|\bCHF\b|франк\w*|\bJPY\b|\bиен\w*|\bу\.\s*е\.|\bусл\.\s*ед\b|"
                               r"\bбел(?:орусских)?\.?\s*руб\w*|\bBY[NR]\b|\bсум\b|\bсом(?:а|ов|ы)?\b|\bKGS\b|\bUZS\b|"
                               r"\bUAH\b|гривн\w*", re.IGNORECASE)


def foreign_currency(text: str | None) -> str | None:
    """The currency other than the rouble that a header says its amounts are in, as written; or None."""
    if not text:
        return None
    from ino_desktop.importer.wording.normal import split_names  # wording reads values' parsers

    found = _FOREIGN_CURRENCY.search(split_names(text))  # "budgetUsd", "cost_usd"
    return found.group().strip() if found else None


def unit_factor(text: str | None) -> float | None:
    """Multiplier to RUB million for a money amount whose header or title says its unit, or None."""
    if not text:
        return None
    s = fold(text)
    if _AMOUNT_IN_HEADER.search(s):
        s = _AMOUNT_IN_HEADER.sub(" ", s)
        if not (_TRILLION.search(s) or _BILLION.search(s) or _MILLION.search(s) or _THOUSAND.search(s)):
            return None  # a threshold and the currency: the column's own scale is not said
    if _TRILLION.search(s):
        return 1_000_000.0
    if _BILLION.search(s):
        return 1000.0
    if _MILLION.search(s):
        return 1.0
    if _THOUSAND.search(s):
        return 0.001
    if _ROUBLES.search(s):
        return ROUBLES
    return None


ROUBLES = 0.000001  # the factor to millions of plain roubles


# ---------------------------------------------------------------- vocabularies

VOCABULARY_FIELDS = ("category", "cluster", "work_area", "territory_type", "status", "rag")


# "вне кластера", "без кластера", «не входит в кластер», "no cluster", "outside clusters": none of the
# vocabulary's terms, said with the name of what it lists (its class word's beginning, below).
_NONE_OF = re.compile(r"(?:вне|без|не\s+(?:входит|относится|отнесен\w*|включен\w*)(?:\s+(?:в|к|ни\s+в|ни\s+к))?|"
                      r"no|not\s+in(?:\s+an?y?)?|non-?|outside(?:\s+(?:of|the|any))*|without(?:\s+an?y?)?)\s*"
                      r"([a-zа-я]+)(?:\s+(?:ино|ino))?")
_CLASS_WORDS = {"cluster": ("кластер", "cluster"), "work_area": ("направлени", "area"),
                "category": ("категори", "categor"), "territory_type": ("тип", "type")}
_REMARK = re.compile(r"\s*\([^)]*\)")


def names_none(field: str, text: str) -> bool:
    """Whether a cell says the project has none of the field's terms: «нет», or "вне кластера"."""
    folded = fold(text).strip(" .")
    if folded in NO_TERM:
        return True
    words = _CLASS_WORDS.get(field)
    found = _NONE_OF.fullmatch(_REMARK.sub("", folded)) if words else None
    return found is not None and found[1].startswith(words)  # type: ignore[arg-type]


def parse_vocab(field: str, value: Any, spellings: Mapping[str, str | None] | None = None) -> str | None:
    """The vocabulary key a cell names; a profile's own spellings come first. Unknown → BadValue."""
    text = _cell_text(value)
    if text is None or names_none(field, text):
        return None
    if field == "rag" and fold(text).strip(" .") in _NOT_RATED:
        return None
    if spellings:
        folded = fold(text)
        for spelling, key in spellings.items():
            if fold(spelling) == folded:
                return key
    from ino_desktop.importer.wording.values import match_value  # wording reads values' parsers

    found = match_value(field, text)
    if found.key is not None:
        return found.key
    if found.candidates:
        vocabulary = fields.BY_KEY[field].vocabulary if field in fields.BY_KEY else None
        raise BadValue(message("cell.ambiguous_value", field=FieldName(field), value=shown(text),
                               candidates=Choices(vocabulary or field, tuple(found.candidates))),
                       f"unknown_{field}", text)
    raise BadValue(message("row.unknown_value", field=FieldName(field), value=shown(text)), f"unknown_{field}", text)


# ---------------------------------------------------------------- number formats

_QUOTED = re.compile(r'"([^"]*)"|\\(.)')
_PADDED = re.compile(r"0{2,}")


def zero_padded(format_code: str) -> tuple[str, int, str] | None:
    """(prefix, digits, suffix) of a whole-number format that pads with zeros, such as "00000" or
    "INO-"0000; None for any other format. Only these change how an ID reads: 123 shows as 00123."""
    section = format_code.split(";", 1)[0]
    section = re.sub(r"\[[^\]]*\]", "", section)  # [Red], [$-419] and other bracketed modifiers
    parts: list[str] = []
    pos = 0
    for m in _QUOTED.finditer(section):
        parts.append(section[pos:m.start()])
        parts.append("\x00" + (m.group(1) if m.group(1) is not None else m.group(2)) + "\x00")
        pos = m.end()
    parts.append(section[pos:])
    pieces = "".join(parts).split("\x00")  # even: format codes; odd: literal text
    placeholders = "".join(pieces[0::2]).strip()
    if not _PADDED.fullmatch(placeholders):
        return None
    prefix, suffix, seen = "", "", False
    for i, piece in enumerate(pieces):
        if i % 2:  # a literal
            if seen:
                suffix += piece
            else:
                prefix += piece
        elif piece.strip():
            seen = True
    return prefix, placeholders.count("0"), suffix


UNIT_MARK = "¤"  # marks a style whose number format shows a unit, among the padded ones the pre-scan looks for
_SCALING = re.compile(r"[0#?](,+)[^0#?]*$")  # commas after the last digit: each shows the number / 1000
_CURRENCY_TAG = re.compile(r"\[\$([^\]-]*)(?:-[0-9A-Fa-f]+)?\]")  # [$₽-419], [$USD] → the symbol


def shown_unit(format_code: str) -> tuple[str, int, str] | None:
    """(UNIT_MARK, scaling commas, the unit's text) of a number format that writes a money unit beside the
    number ('0.0 "млрд руб."', '#,##0 ₽', '#,##0,, "млн"'), or that scales the number with no unit ('#,##0,':
    the text is empty); None for any other format. calamine gives the number, not how it shows: a column that
    shows «1,5 млрд руб.» holds 1.5, and one that shows «1 500» through '#,##0,' holds 1 500 000."""
    section = format_code.split(";", 1)[0]
    text = " ".join(m.group(1) for m in _CURRENCY_TAG.finditer(section))
    section = _CURRENCY_TAG.sub("", section)
    literals = [m.group(1) if m.group(1) is not None else m.group(2) for m in _QUOTED.finditer(section)]
    code = re.sub(r"\[[^\]]*\]", "", _QUOTED.sub("", section))
    # a bare symbol or word outside quotes is shown as it stands ('# ##0 ₽', '0.0 млн')
    text = " ".join([text, *literals, *re.findall(r"[^\W\d_]+\.?|₽|€|\$", code)]).strip()
    scaling = _SCALING.search(code)
    if not text and scaling and re.search("[0#?]", code):
        return UNIT_MARK, len(scaling.group(1)), ""  # '#,##0,': shown in thousands, the unit said elsewhere
    if not text or (unit_factor(text) is None and foreign_currency(text) is None):
        return None
    return UNIT_MARK, len(scaling.group(1)) if scaling else 0, " ".join(text.split())


def shown_factor(fmt: tuple[str, int, str]) -> float | None:
    """The multiplier to RUB million of a number shown through `shown_unit`'s format: its unit's, divided
    by 1,000 for each scaling comma (a cell of 1 500 000 000 shown as «1 500 млн» holds roubles)."""
    factor = unit_factor(fmt[2])
    return None if factor is None else factor / 1000 ** fmt[1]


def padded_text(number: float, fmt: tuple[str, int, str]) -> str | None:
    """A whole number as a zero-padding format shows it: 123 with "00000" → "00123"."""
    if not float(number).is_integer() or number < 0:
        return None
    prefix, digits, suffix = fmt
    return f"{prefix}{int(number):0{digits}d}{suffix}"
