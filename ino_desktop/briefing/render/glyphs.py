"""Characters no bundled font has (emoji, rare scripts): the pack says on its last page which ones they were."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterator
from typing import Any

from reportlab.platypus import Flowable

from ino_desktop.briefing.render import text
from ino_desktop.briefing.render.blocks import Ctx, para
from ino_desktop.briefing.render.fonts import font_for


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _strings(getattr(value, f.name))
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


def missing_glyphs(pack: Any) -> list[str]:
    """Every character of the pack's text that none of the bundled fonts can print, in order of first use."""
    seen: dict[str, None] = {}
    for value in _strings(pack):
        if not value.isascii():
            for char in text.clean(value):
                if char not in seen and font_for(char) == "":
                    seen[char] = None
    return list(seen)


def missing_glyphs_note(ctx: Ctx) -> list[Flowable]:
    """A note listing characters the pack's fonts cannot draw (nothing when all can be drawn)."""
    chars = missing_glyphs(ctx.pack)
    if not chars:
        return []
    shown = "; ".join(f"U+{ord(c):04X} {unicodedata.name(c, '')}".rstrip() for c in chars[:40])
    shown += " …" if len(chars) > 40 else ""
    return [para(ctx.t("glyphs_title"), ctx.st.h2), para(ctx.t("glyphs_note", chars=shown), ctx.st.note)]
