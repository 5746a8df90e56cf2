"""How the command line writes what it prints, in the user's language: a message, a moment, a file size,
a table with headings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ino_desktop import formatting
from ino_desktop.messages import Message, message


def in_language(said: Message | str, lang: str) -> str:
    """A coded message in `lang`; a plain string (from a part of the core not coded yet) as it is."""
    return said.render(lang) if isinstance(said, Message) else str(said)


def moment(when: dt.datetime, lang: str, *, seconds: bool = False) -> str:
    """A moment in a listing, fixed width: 06.12.2026 14:05 in Russian, 2026-12-06 14:05 in English."""
    shape = "%Y-%m-%d %H:%M" if lang == "en" else "%d.%m.%Y %H:%M"
    return when.strftime(shape + (":%S" if seconds else ""))


def file_size(size: int, lang: str) -> str:
    """A file size in bytes, KB, MB or GB, the number as the language writes it."""
    if size < 1024:
        return message("cli.size_bytes", size=formatting.number(size, lang)).render(lang)
    value = size / 1024
    for code in ("cli.size_kb", "cli.size_mb"):
        if value < 1024:
            return message(code, size=formatting.number(value, lang, 1)).render(lang)
        value /= 1024
    return message("cli.size_gb", size=formatting.number(value, lang, 1)).render(lang)


def table(headings: Sequence[str], rows: Sequence[Sequence[str]], *, right: Sequence[int] = ()) -> list[str]:
    """Columns as wide as their widest cell (headings in the user's language differ in length); the
    columns numbered in `right` aligned right, the last one left unpadded."""
    widths = [max(len(cells[i]) for cells in (headings, *rows)) for i in range(len(headings))]

    def line(cells: Sequence[str]) -> str:
        shown = [cell.rjust(w) if i in right else cell.ljust(w)
                 for i, (cell, w) in enumerate(zip(cells, widths, strict=True))]
        return "  ".join([*shown[:-1], cells[-1]]).rstrip()

    return [line(headings), *(line(cells) for cells in rows)]
