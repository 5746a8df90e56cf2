"""The bundled fonts, registered with reportlab once. Nothing is taken from the machine: the TTFs ship in
resources/fonts/ and are embedded (subset) in every PDF.

DejaVu Sans prints Latin, Cyrillic and most symbols; names in other scripts print with a fallback font
(Chinese and kana: a GB2312 subset of Droid Sans Fallback; Devanagari: Noto Sans Devanagari). Characters
none of them has are listed on the pack's last page (render/glyphs.py).
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ino_desktop.config import resource
from ino_desktop.errors import InoError
from ino_desktop.messages import message

REGULAR = "InoSans"
BOLD = "InoSans-Bold"
# Fallbacks in the order they are tried: (font name, file).
FALLBACKS = (("InoCJK", "DroidSansFallback-GB2312.ttf"), ("InoDevanagari", "NotoSansDevanagari-Regular.ttf"))
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", **dict(FALLBACKS)}


def register_fonts() -> tuple[str, str]:
    """Register the family (idempotent); a missing or broken font file is one clear message."""
    registered = pdfmetrics.getRegisteredFontNames()
    for name, file_name in _FILES.items():
        if name in registered:
            continue
        path = resource("fonts", file_name)
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (OSError, TTFError) as exc:
            raise InoError(message("pack.font", path=path, detail=exc)) from exc
    # <b> in paragraph markup must pick the bold face; italics fall back to the upright faces.
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, face)
    for name, _file in FALLBACKS:  # no bold fallback face: <b> around a fallback run keeps the regular one
        for bold, italic in ((0, 0), (1, 0), (0, 1), (1, 1)):
            addMapping(name, bold, italic, name)
    return REGULAR, BOLD


@lru_cache(maxsize=4096)
def font_for(char: str) -> str | None:
    """The font that prints `char`: None for DejaVu (the text's own font), a fallback's name, or "" for none."""
    register_fonts()
    if ord(char) in _glyphs(REGULAR) or char in "\n\t ":
        return None
    for name, _file in FALLBACKS:
        if ord(char) in _glyphs(name):
            return name
    return ""


@lru_cache(maxsize=8)
def _glyphs(name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)
