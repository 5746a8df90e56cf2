"""How the importer reads one header alone, as the header-family tests ask it."""

from __future__ import annotations

from ino_desktop.importer.mapping import map_columns


def field_of(header: str) -> str | None:
    """The field a lone column headed `header` is mapped to (None: left out)."""
    (column,), _notes = map_columns([header])
    return column.field
