"""User text made safe for reportlab's paragraph markup, and numbers, money and dates per language.

Russian: narrow no-break space (U+202F) between thousands and a decimal comma, dates 31.12.2016.
English: comma thousands and a decimal point, dates 31 Dec 2016. Unknown values print as a dash.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from xml.sax.saxutils import escape

from ino_desktop.briefing.render.fonts import font_for

NNBSP = "\u202f"  # narrow no-break space: the Russian thousands separator (DejaVu Sans has it)
DASH = "—"
# C0/C1 controls (tab and newline handled apart), lone surrogates, bidi overrides and isolates, and
# zero-width marks: they print as nothing or as boxes, and RLO can reorder what a reader sees.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060\ufeff]")
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MAX_CELL_CHARS = 400  # a table cell cannot split across pages; longer text is cut with a visible "…"


def clean(value: object) -> str:
    """Text as it should print: unsafe characters removed, tabs as spaces, never None."""
    if value is None:
        return ""
    return _UNSAFE.sub("", str(value)).replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n")


def esc(value: object, *, limit: int | None = None) -> str:
    """User text for a Paragraph: cleaned, cut at `limit` with "…", escaped, line breaks kept, and runs in
    scripts DejaVu lacks (Chinese, Devanagari) set in the fallback font that has them."""
    text = clean(value).strip()
    if limit is not None and len(text) > limit:
        text = text[:limit].rstrip() + "…"
    if text.isascii():
        return escape(text).replace("\n", "<br/>")
    out = []
    for font, run in itertools.groupby(text, key=lambda c: font_for(c) or None):
        chunk = escape("".join(run)).replace("\n", "<br/>")
        out.append(f'<font name="{font}">{chunk}</font>' if font else chunk)
    return "".join(out)


def cell(value: object) -> str:
    """User text for a table cell Paragraph (cells never split, so the text is capped)."""
    return esc(value, limit=MAX_CELL_CHARS)


def _group(digits: str, sep: str) -> str:
    out: list[str] = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return sep.join(out)


def number(value: float | None, lang: str, decimals: int = 0) -> str:
    """A number in the language's convention (thin space and comma in Russian); a dash for None."""
    if value is None:
        return DASH
    text = f"{abs(value):.{decimals}f}"
    whole, _, frac = text.partition(".")
    sign = "−" if value < 0 and float(text) != 0 else ""
    if lang == "en":
        return sign + _group(whole, ",") + (f".{frac}" if frac else "")
    return sign + _group(whole, NNBSP) + (f",{frac}" if frac else "")


def money(value: float | None, lang: str, decimals: int = 1) -> str:
    """RUB million as printed in tables (the unit is in the column heading)."""
    return number(value, lang, decimals)


def signed(value: int | None, lang: str) -> str:
    """A change: +2, −1, 0 (a real minus sign)."""
    if value is None:
        return DASH
    return ("+" if value > 0 else "") + number(value, lang)


def percent(share: float | None, lang: str, decimals: int = 0) -> str:
    """A share (0..1) as a percentage in the language's convention; a dash for None."""
    if share is None:
        return DASH
    figure = number(share * 100, lang, decimals)
    return f"{figure}%" if lang == "en" else f"{figure}{NNBSP}%"


def date(value: dt.date | None, lang: str) -> str:
    """A date in words in the given language; a dash for None."""
    if value is None:
        return DASH
    if lang == "en":
        return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"
    return value.strftime("%d.%m.%Y")


def when(value: dt.datetime | None, lang: str) -> str:
    """A moment's date in words; a dash for None."""
    return DASH if value is None else date(value.date(), lang)
