"""User text made safe for reportlab's paragraph markup, and numbers, money and dates per language
(through the core's one formatter, ino_desktop/formatting.py; unknown values print as a dash)."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from xml.sax.saxutils import escape

from ino_desktop import formatting
from ino_desktop.briefing.render.fonts import font_for
from ino_desktop.formatting import DASH, NNBSP, date, number, percent, signed

__all__ = ["DASH", "NNBSP", "cell", "clean", "date", "esc", "money", "number", "percent", "signed", "when"]
# C0/C1 controls (tab and newline handled apart), lone surrogates, bidi overrides and isolates, and
# zero-width marks: they print as nothing or as boxes, and RLO can reorder what a reader sees.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060\ufeff]")
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


def money(value: float | None, lang: str, decimals: int = 1) -> str:
    """RUB million as printed in tables (the unit is in the column heading)."""
    return formatting.number(value, lang, decimals)


def when(value: dt.datetime | None, lang: str) -> str:
    """A moment's date (without the time); a dash for None."""
    return DASH if value is None else date(value.date(), lang)
