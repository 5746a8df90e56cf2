"""The bundled DejaVu Sans family, registered with reportlab once. Nothing is taken from the machine:
the TTFs ship in resources/fonts/ and are embedded (subset) in every PDF."""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ino_desktop.config import resource
from ino_desktop.errors import InoError

REGULAR = "InoSans"
BOLD = "InoSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


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
            raise InoError(f"the bundled font {path} cannot be read: {exc}") from exc
    # <b> in paragraph markup must pick the bold face; italics fall back to the upright faces.
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, face)
    return REGULAR, BOLD
