"""The change log's value encoding and queries shared by editing, import, undo and the packs.

Values are stored as JSON text so that dates, numbers and None round-trip: a date becomes
"2017-12-31", a number stays a number, None is JSON null (stored as SQL NULL).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ino_desktop.models import DATE_FIELDS, ChangeLog, ImportBatch


def encode(value: Any) -> str | None:
    """A value as the change log stores it (JSON; dates as ISO text)."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return json.dumps(value.isoformat())
    return json.dumps(value, ensure_ascii=False)


def decode(field: str, text: str | None) -> Any:
    """A value from the change log, dates back as dates."""
    if text is None:
        return None
    value = json.loads(text)
    if field in DATE_FIELDS and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


@dataclass(frozen=True)
class FieldChange:
    """One change as people read it: what, old → new, when, and where it came from."""

    project_code: str
    field: str
    old: Any
    new: Any
    changed_at: dt.datetime
    origin: str  # manual | import | undo | demo | system
    changed_by: str | None
    file_name: str | None
    sheet: str | None
    cell: str | None
    batch_id: int | None
    action: str

    @property
    def source_label(self) -> str:
        """"file.xlsx, sheet 'X', F12" for an import; the person for a manual edit (plain English, for logs)."""
        if self.origin == "import" and self.file_name:
            where = f", sheet '{self.sheet}'" if self.sheet else ""
            return f"{self.file_name}{where}{', ' + self.cell if self.cell else ''}"
        return self.changed_by or self.origin

def _to_change(row: ChangeLog) -> FieldChange:
    return FieldChange(row.project_code, row.field, decode(row.field, row.old_value), decode(row.field, row.new_value),
                       row.changed_at, row.origin, row.changed_by, row.file_name, row.sheet, row.cell, row.batch_id,
                       row.action)


def changes_since(session: Session, since: dt.datetime, project_codes: list[str] | None = None) -> list[FieldChange]:
    """Changes at or after `since` (undone import batches excluded), oldest first."""
    stmt = (
        select(ChangeLog)
        .outerjoin(ImportBatch, ChangeLog.batch_id == ImportBatch.id)
        .where(ChangeLog.changed_at >= since)
        .where((ImportBatch.id.is_(None)) | (ImportBatch.state == "applied"))
        .order_by(ChangeLog.changed_at, ChangeLog.id)
    )
    if project_codes is not None:
        stmt = stmt.where(ChangeLog.project_code.in_(project_codes))
    return [_to_change(r) for r in session.scalars(stmt)]


def field_history(session: Session, project_code: str, field: str | None = None) -> list[FieldChange]:
    """Every change of a project (or of one field), newest first: the latest is the provenance."""
    stmt = select(ChangeLog).where(ChangeLog.project_code == project_code)
    if field is not None:
        stmt = stmt.where(ChangeLog.field == field)
    stmt = stmt.order_by(ChangeLog.changed_at.desc(), ChangeLog.id.desc())
    return [_to_change(r) for r in session.scalars(stmt)]
