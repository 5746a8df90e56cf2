"""Read services for the window's side panes: one project's details with the provenance of each field,
and the saved views the navigator lists. Plain dataclasses out; the caller owns the session.

An imported new project has ONE change-log row (field CREATED, its row's cell range, e.g. 'A12:S12'),
not one per field (see importer/apply.py). A field without a row of its own got its value from that
create row; `field_provenance` stands in a per-field change for it, naming the field's own cell when
another row of the same batch and sheet shows that field's column, else the row's range.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, selectinload

from ino_desktop.errors import NotFound
from ino_desktop.messages import message
from ino_desktop.models import PROJECT_FIELDS, ChangeLog, ImportBatch, Project, SavedView
from ino_desktop.services.changes import FieldChange, field_history
from ino_desktop.services.filters import ProjectFilter


@dataclass(frozen=True)
class MilestoneInfo:
    title: str
    planned_date: dt.date | None
    actual_date: dt.date | None
    status: str

    def is_overdue(self, as_at: dt.date) -> bool:
        return self.actual_date is None and self.planned_date is not None and self.planned_date < as_at


@dataclass(frozen=True)
class ProjectDetail:
    """Everything the details pane shows; `values[field]` for every PROJECT_FIELDS name."""

    id: int
    code: str
    version: int
    reported_at: dt.date | None
    values: dict[str, Any]
    participants: tuple[str, ...]
    instruments: tuple[str, ...]
    milestones: tuple[MilestoneInfo, ...]
    provenance: dict[str, FieldChange] = field(default_factory=dict)  # the latest change of each field

    def value(self, name: str) -> Any:
        return self.values.get(name)


def get_project_detail(session: Session, project_id: int) -> ProjectDetail:
    """One project with its organisations, instruments and milestones, for the detail pane."""
    project = session.scalar(
        select(Project).where(Project.id == project_id).options(
            selectinload(Project.lead_organization), selectinload(Project.participants),
            selectinload(Project.instruments), selectinload(Project.milestones))
    )
    if project is None:
        raise NotFound(message("edit.project_missing", id=project_id))
    values = {name: getattr(project, name) for name in PROJECT_FIELDS if name != "lead_organization"}
    values["lead_organization"] = project.lead_organization.name if project.lead_organization else None
    provenance = field_provenance(session, field_history(session, project.code), values)
    return ProjectDetail(
        id=project.id, code=project.code, version=project.version, reported_at=project.reported_at,
        values=values,
        participants=tuple(sorted(o.name for o in project.participants)),
        instruments=tuple(sorted(i.name for i in project.instruments)),
        milestones=tuple(MilestoneInfo(m.title, m.planned_date, m.actual_date, m.status) for m in project.milestones),
        provenance=provenance,
    )


CREATED = "*"  # ChangeLog.field of an imported project's single create row (importer.apply.CREATED)
_RANGE = re.compile(r"^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$")


def is_created_row(change: FieldChange) -> bool:
    """Whether a change records the creation of a project."""
    return change.field == CREATED and change.action == "create"


def created_row_number(change: FieldChange) -> int | None:
    """12 for a create row whose cell range is 'A12:S12' (None when the importer stored no range)."""
    found = _RANGE.match(change.cell or "")
    return int(found.group(2)) if found else None


def _column_index(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number


def _field_columns(session: Session, create: FieldChange, wanted: list[str]) -> dict[str, str]:
    """field -> column letter of the batch's mapping for the create row's sheet.

    Batches store the mapping they used (ImportBatch.columns_json); for a batch from before that, the
    letters are read off the batch's own per-field rows on the same sheet (its updates).
    """
    stored = session.scalar(select(ImportBatch.columns_json).where(ImportBatch.id == create.batch_id))
    if stored:
        sheet_letters = json.loads(stored).get(create.sheet or "", {})
        return {name: sheet_letters[name] for name in wanted if name in sheet_letters}
    first_cell: dict[str, str | None] = {}
    for name, cell in session.execute(select(ChangeLog.field, ChangeLog.cell).where(and_(
            ChangeLog.batch_id == create.batch_id, ChangeLog.field.in_(wanted), ChangeLog.cell.is_not(None),
            ChangeLog.sheet.is_(None) if create.sheet is None else ChangeLog.sheet == create.sheet))
            .order_by(ChangeLog.id)):
        first_cell.setdefault(name, cell)
    out: dict[str, str] = {}
    for name, cell in first_cell.items():
        found = _RANGE.match(cell or "")
        if found and not found.group(3):
            out[name] = found.group(1)
    return out


def _stand_in(create: FieldChange, name: str, value: Any, letter: str | None) -> FieldChange:
    found = _RANGE.match(create.cell or "")
    cell = create.cell
    if found and letter:
        first, last = found.group(1), found.group(3) or found.group(1)
        if _column_index(first) <= _column_index(letter) <= _column_index(last):
            cell = f"{letter}{found.group(2)}"
    return replace(create, field=name, old=None, new=value, cell=cell)


def field_provenance(session: Session, changes: list[FieldChange], values: dict[str, Any]) -> dict[str, FieldChange]:
    """field -> the change its current value came from. `changes` newest first (field_history);
    `values` the project's current values. Fields with no row of their own fall back to the latest
    create row (an imported project), for every field that holds a value."""
    latest: dict[str, FieldChange] = {}
    for change in changes:  # newest first: the first seen is the latest
        latest.setdefault(change.field, change)
    create = latest.pop(CREATED, None)
    if create is None or create.action != "create":
        return latest
    missing = [n for n in PROJECT_FIELDS if n not in latest and values.get(n) is not None]
    letters = _field_columns(session, create, missing) if create.batch_id is not None and missing else {}
    for name in missing:
        latest[name] = _stand_in(create, name, values[name], letters.get(name))
    return latest


@dataclass(frozen=True)
class SavedViewInfo:
    id: int
    name: str
    filter: ProjectFilter


def saved_views(session: Session) -> list[SavedViewInfo]:
    """The saved views, by name (a view whose stored filter cannot be read is left out)."""
    out = []
    for view in session.scalars(select(SavedView).order_by(SavedView.name)):
        try:
            flt = ProjectFilter.from_json(view.filter_json)
        except (ValueError, TypeError):
            continue  # a view whose stored filter cannot be read is not offered, rather than breaking the list
        out.append(SavedViewInfo(view.id, view.name, flt))
    return out
