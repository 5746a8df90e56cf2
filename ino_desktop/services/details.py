"""Read services for the window's side panes: one project's details with the provenance of each field,
and the saved views the navigator lists. Plain dataclasses out; the caller owns the session."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ino_desktop.errors import NotFound
from ino_desktop.models import PROJECT_FIELDS, Project, SavedView
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
    project = session.scalar(
        select(Project).where(Project.id == project_id).options(
            selectinload(Project.lead_organization), selectinload(Project.participants),
            selectinload(Project.instruments), selectinload(Project.milestones))
    )
    if project is None:
        raise NotFound(f"project #{project_id} does not exist (deleted meanwhile?)")
    values = {name: getattr(project, name) for name in PROJECT_FIELDS if name != "lead_organization"}
    values["lead_organization"] = project.lead_organization.name if project.lead_organization else None
    provenance: dict[str, FieldChange] = {}
    for change in field_history(session, project.code):  # newest first: the first seen is the latest
        provenance.setdefault(change.field, change)
    return ProjectDetail(
        id=project.id, code=project.code, version=project.version, reported_at=project.reported_at,
        values=values,
        participants=tuple(sorted(o.name for o in project.participants)),
        instruments=tuple(sorted(i.name for i in project.instruments)),
        milestones=tuple(MilestoneInfo(m.title, m.planned_date, m.actual_date, m.status) for m in project.milestones),
        provenance=provenance,
    )


@dataclass(frozen=True)
class SavedViewInfo:
    id: int
    name: str
    filter: ProjectFilter


def saved_views(session: Session) -> list[SavedViewInfo]:
    out = []
    for view in session.scalars(select(SavedView).order_by(SavedView.name)):
        try:
            flt = ProjectFilter.from_json(view.filter_json)
        except (ValueError, TypeError):
            continue  # a view whose stored filter cannot be read is not offered, rather than breaking the list
        out.append(SavedViewInfo(view.id, view.name, flt))
    return out
