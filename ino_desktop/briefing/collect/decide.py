""""Требует решения": one page of what the meeting must decide — earlier decisions not done in time, then
red projects, projects that slipped since the last meeting and those asking the federal level for help."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ino_desktop.briefing.collect.history import ProjectHistory
from ino_desktop.briefing.collect.scope import Scope, load_projects
from ino_desktop.briefing.model import DecideItem, DecidePage
from ino_desktop.models import Decision, Meeting, Project

LIMIT = 20  # at most; the renderer keeps to one page what fits and names the rest


def _overdue_decisions(session: Session, scope: Scope) -> list[DecideItem]:
    stmt = (select(Decision).join(Decision.meeting).where(Decision.status == "open", Decision.deadline < scope.as_at)
            .options(selectinload(Decision.meeting), selectinload(Decision.project))
            .order_by(Decision.deadline, Meeting.date, Decision.number))
    stmt = stmt.where(Meeting.date < scope.meeting.date) if scope.meeting else stmt.where(Meeting.date <= scope.as_at)
    selected = {r.id for r in scope.rows}
    out = []
    for d in session.scalars(stmt):
        if scope.narrowed and (d.project_id is None or d.project_id not in selected):
            continue  # a narrowed pack follows up only its own projects' decisions
        assert d.deadline is not None  # the WHERE clause compares it with as_at
        meeting = (scope.local(d.meeting.title, d.meeting.title_en), d.meeting.date)
        out.append(DecideItem("decision", scope.local(d.text, d.text_en), d.project.code if d.project else None,
                              d.responsible, None, d.deadline,
                              (("days_late", (scope.as_at - d.deadline).days), ("meeting", meeting))))
    return out


def _project_reasons(p: Project, scope: Scope, history: ProjectHistory) -> list[tuple[str, Any]]:
    reasons: list[tuple[str, Any]] = []
    if p.rag == "red":
        reasons.append(("rag", "red"))
    since = scope.since or scope.as_at - dt.timedelta(days=90)  # no earlier meeting: the last quarter
    for m in p.milestones:
        if m.actual_date is None and m.planned_date is not None and since <= m.planned_date < scope.as_at:
            reasons.append(("milestone", (scope.local(m.title, m.title_en), m.planned_date)))
    before = history.value_then("end_date", p.end_date) if scope.since else None
    if before is not None and p.end_date is not None and p.end_date > before:
        reasons.append(("end_moved", (before, p.end_date)))
    if p.decisions_requested and p.decisions_requested.strip():
        reasons.append(("federal", True))
    return reasons


def _next_date(p: Project, as_at: dt.date) -> dt.date | None:
    """The date at risk: the next open milestone's, else the project's end."""
    upcoming = [m.planned_date for m in p.milestones if m.actual_date is None and m.planned_date is not None
                and m.planned_date >= as_at]
    return min(upcoming, default=p.end_date)


def decide(session: Session, scope: Scope, history: dict[str, ProjectHistory]) -> DecidePage:
    """The "to decide" page: overdue decisions and the projects that need the meeting's attention."""
    items = _overdue_decisions(session, scope)
    names = {r.id: r.name for r in scope.rows}
    projects = []
    for p in load_projects(session, scope):
        reasons = _project_reasons(p, scope, history[p.code])
        if reasons:
            lead = p.lead_organization.name if p.lead_organization else p.curator
            projects.append(DecideItem("project", names[p.id], p.code, lead, p.decisions_requested,
                                       _next_date(p, scope.as_at),
                                       tuple(reasons)))
    # Red first, then the most reasons, then by code: what most needs the meeting comes first.
    projects.sort(key=lambda i: (("rag", "red") not in i.reasons, -len(i.reasons), i.project_code or ""))
    items += projects
    return DecidePage(tuple(items[:LIMIT]), tuple(i.project_code or i.subject for i in items[LIMIT:]))
