"""What a data-request template remembers about itself, on a very hidden sheet of the workbook.

The template writes it; the importer reads it back, so that a returned template maps itself (its
headers are known) and can be merged three ways: what was sent, what the office holds now, and what the
agency returned. One place for the format, used both ways; nothing here imports openpyxl or the database.

The sheet holds a marker in A1 and the JSON document cut into pieces in A2, A3, … (a cell holds at
most 32,767 characters).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ino_desktop.messages import Message, message
from ino_desktop.models import DATE_FIELDS, INT_FIELDS, MONEY_FIELDS

META_SHEET = "_ino_request"
MARKER = "ino-data-request"
VERSION = 2
_PIECE = 30_000

# The explicit "remove the stored value" answer. A blank cell means "no answer" and never clears
# anything; "—" and "н/д" are read as blanks too, since agencies write them for "no data".
CLEAR_WORDS = ("ОЧИСТИТЬ", "CLEAR")


def is_clear_marker(value: object) -> bool:
    """Whether a cell asks to clear the field (a word such as CLEAR)."""
    return isinstance(value, str) and value.strip().upper() in CLEAR_WORDS


@dataclass
class TemplateMeta:
    """The request as it went out: when, to whom, which projects, and every value sent."""

    request_id: str
    created_at: dt.datetime
    as_at: dt.date
    agency: str | None
    sheet: str
    columns: dict[str, str]  # header text as written -> field
    clusters: list[str] = field(default_factory=list)
    organisation: str | None = None
    sent: dict[str, dict[str, Any]] = field(default_factory=dict)  # code -> field -> value sent
    version: int = VERSION

    @property
    def codes(self) -> set[str]:
        return set(self.sent)

    def to_document(self) -> dict[str, Any]:
        return {"format": MARKER, "version": self.version, "request_id": self.request_id,
                "created_at": self.created_at.isoformat(timespec="seconds"), "as_at": self.as_at.isoformat(),
                "agency": self.agency, "sheet": self.sheet, "columns": self.columns, "clusters": self.clusters,
                "organisation": self.organisation,
                "sent": {code: {f: _plain(v) for f, v in values.items()} for code, values in self.sent.items()}}

    def cells(self) -> list[str]:
        """Column A of the metadata sheet, top down."""
        text = json.dumps(self.to_document(), ensure_ascii=False, sort_keys=True)
        return [MARKER, *(text[i:i + _PIECE] for i in range(0, len(text), _PIECE))]


class MetaDamaged(ValueError):
    """The metadata sheet is there but cannot be read back; `coded` says why (str() is its English)."""

    def __init__(self, coded: Message) -> None:
        super().__init__(coded.english())
        self.coded = coded


def from_cells(column: Sequence[object]) -> TemplateMeta | None:
    """The metadata from column A of the sheet; None when the sheet is not ours."""
    if not column or column[0] != MARKER:
        return None
    try:
        doc = json.loads("".join(str(c) for c in column[1:] if isinstance(c, str)))
        if doc.get("format") != MARKER or not isinstance(doc.get("sent"), dict):
            raise MetaDamaged(message("template.meta_not_request"))
        if int(doc.get("version", 0)) > VERSION:
            raise MetaDamaged(message("template.meta_newer", version=doc["version"]))
        return TemplateMeta(
            request_id=str(doc["request_id"]), created_at=dt.datetime.fromisoformat(doc["created_at"]),
            as_at=dt.date.fromisoformat(doc["as_at"]), agency=doc.get("agency"), sheet=str(doc["sheet"]),
            columns={str(k): str(v) for k, v in doc["columns"].items()}, clusters=list(doc.get("clusters") or []),
            organisation=doc.get("organisation"),
            sent={str(code): {f: _typed(f, v) for f, v in values.items()} for code, values in doc["sent"].items()},
            version=int(doc["version"]))
    except MetaDamaged:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise MetaDamaged(message("template.meta_unreadable", detail=str(exc) or type(exc).__name__)) from None


def column_a(rows: Iterable[tuple[int, list[object]]]) -> list[object]:
    """The first cell of each row."""
    return [cells[0] if cells else "" for _number, cells in rows]


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _typed(field_name: str, value: Any) -> Any:
    if value is None:
        return None
    if field_name in DATE_FIELDS:
        return dt.date.fromisoformat(value)
    if field_name in MONEY_FIELDS:
        return float(value)
    if field_name in INT_FIELDS:
        return int(value)
    return value
