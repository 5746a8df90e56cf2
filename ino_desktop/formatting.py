"""Numbers and dates for people, in their language: the one formatter of the window's tables, the
project editor, the briefing pack and the exports' notes.

Russian: a narrow no-break space (U+202F) between thousands, a decimal comma, dates 31.12.2016.
English: comma thousands and a decimal point, dates 31 Dec 2016. Both: a real minus sign (−), and a
dash for an unknown value unless the caller wants another mark (the window's tables leave the cell blank).
"""

from __future__ import annotations

import datetime as dt

DASH = "—"
NNBSP = "\u202f"  # narrow no-break space: the Russian thousands separator
MINUS = "\u2212"
_GROUP = {"ru": NNBSP, "en": ","}
_DECIMAL = {"ru": ",", "en": "."}
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "ru"


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    return sep.join([digits[:head], *(digits[i:i + 3] for i in range(head, len(digits), 3))])


def number(value: float | None, lang: str, decimals: int | None = 0, *, missing: str = DASH,
           grouped: bool = True) -> str:
    """`value` with `decimals` places in the language's convention; `decimals=None` gives as many as the
    value needs (up to 6, no trailing zeros), and `grouped=False` leaves out the thousands separator (a
    number to be typed over in the editor)."""
    if value is None:
        return missing
    text = f"{abs(value):.{6 if decimals is None else decimals}f}"
    if decimals is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    whole, _, frac = text.partition(".")
    sign = MINUS if value < 0 and float(text) != 0 else ""
    lang = _lang(lang)
    return sign + (_group(whole, _GROUP[lang]) if grouped else whole) + (_DECIMAL[lang] + frac if frac else "")


def signed(value: int | None, lang: str) -> str:
    """A change: +2, −1, 0."""
    if value is None:
        return DASH
    return ("+" if value > 0 else "") + number(value, lang)


def percent(share: float | None, lang: str, decimals: int = 0, *, missing: str = DASH) -> str:
    """A share (0..1) as a percentage: "65 %" in Russian (narrow no-break space), "65%" in English."""
    if share is None:
        return missing
    figure = number(share * 100, lang, decimals)
    return f"{figure}%" if _lang(lang) == "en" else f"{figure}{NNBSP}%"


def date(value: dt.date | None, lang: str, *, missing: str = DASH) -> str:
    """A date, or a date and time (HH:MM), in the language's convention."""
    if value is None:
        return missing
    day = (f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}" if _lang(lang) == "en"
           else f"{value.day:02d}.{value.month:02d}.{value.year}")
    return f"{day} {value:%H:%M}" if isinstance(value, dt.datetime) else day
