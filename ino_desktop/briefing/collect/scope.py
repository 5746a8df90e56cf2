"""Which projects, which meeting and which dates a pack speaks of, resolved once from the spec."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ino_desktop.briefing.model import MeetingRef
from ino_desktop.briefing.spec import PackSpec
from ino_desktop.errors import NotFound
from ino_desktop.messages import message
from ino_desktop.models import Cluster, Meeting, Project, RoadmapAction, RoadmapEdition, SavedView
from ino_desktop.services import portfolio
from ino_desktop.services.filters import NO_VALUE, ProjectFilter
from ino_desktop.services.portfolio import OverdueMilestone, ProjectRow


@dataclass(frozen=True)
class Scope:
    spec: PackSpec
    as_at: dt.date
    since: dt.date | None
    meeting: Meeting | None
    previous: Meeting | None
    filter: ProjectFilter
    rows: list[ProjectRow]
    portfolio_size: int  # every project in the database

    @property
    def codes(self) -> list[str]:
        return [r.code for r in self.rows]

    @property
    def narrowed(self) -> bool:
        """A pack about part of the portfolio (clusters, a view, the agenda, the window's filter): its roadmap
        is the actions linked to its projects, and the programme's targets are not its own."""
        return len(self.rows) < self.portfolio_size

    def local(self, ru: str, en: str | None) -> str:
        """A name in the pack's language: the English form where one exists."""
        return en if self.spec.lang == "en" and en else ru

    def actions(self, session: Session) -> list[RoadmapAction]:
        """The roadmap actions the pack speaks of: all, or in a narrowed pack those linked to its projects."""
        stmt = (select(RoadmapAction).join(RoadmapAction.edition)
                .options(selectinload(RoadmapAction.edition), selectinload(RoadmapAction.projects))
                .order_by(RoadmapEdition.year, RoadmapAction.id))
        actions = list(session.scalars(stmt))
        if not self.narrowed:
            return actions
        ids = {r.id for r in self.rows}
        return [a for a in actions if any(p.id in ids for p in a.projects)]

    @property
    def since_at(self) -> dt.datetime | None:
        """The comparison moment: the start of the `since` day (a meeting's own day counts as after it)."""
        return dt.datetime.combine(self.since, dt.time()) if self.since else None


def overdue_milestones(session: Session, scope: Scope) -> list[OverdueMilestone]:
    """The overdue milestones of the selected projects only (the view's filter may select fewer rows)."""
    codes = set(scope.codes)
    return [m for m in portfolio.overdue_milestones(session, scope.as_at, scope.filter) if m.project_code in codes]


def meeting_ref(meeting: Meeting | None, scope: Scope) -> MeetingRef | None:
    """The meeting as the pack shows it (title in the pack's language); None for no meeting."""
    if meeting is None:
        return None
    return MeetingRef(meeting.id, scope.local(meeting.title, meeting.title_en), meeting.date, meeting.chair,
                      meeting.venue)


def previous_meeting(session: Session, meeting: Meeting | None, as_at: dt.date) -> Meeting | None:
    """The meeting before the chosen one; with none chosen, the latest held on or before `as_at`."""
    stmt = select(Meeting).order_by(Meeting.date.desc(), Meeting.id.desc()).limit(1)
    stmt = stmt.where(Meeting.date < meeting.date) if meeting is not None else stmt.where(Meeting.date <= as_at)
    return session.scalar(stmt)


def _filter(session: Session, spec: PackSpec) -> ProjectFilter:
    flt = ProjectFilter()
    if spec.view is not None:
        view = session.scalar(select(SavedView).where(SavedView.name == spec.view))
        if view is None:
            raise NotFound(message("pack.no_view", view=spec.view))
        flt = ProjectFilter.from_json(view.filter_json)
    if spec.clusters:
        known = set(session.scalars(select(Cluster.key)))
        for key in spec.clusters:
            if key != NO_VALUE and key not in known:
                raise NotFound(message("pack.unknown_cluster", cluster=key, clusters=", ".join(sorted(known))))
        flt = flt.with_(clusters=tuple(spec.clusters))  # the clusters asked for replace the view's
    return flt


def _on_agenda(meeting: Meeting, rows: list[ProjectRow]) -> list[ProjectRow]:
    ids = {item.project_id for item in meeting.agenda if item.project_id is not None}
    clusters = {item.cluster for item in meeting.agenda if item.cluster is not None}
    ids |= {p.id for item in meeting.agenda if item.action is not None for p in item.action.projects}
    return [r for r in rows if r.id in ids or r.cluster in clusters]


def resolve(spec: PackSpec, session: Session) -> Scope:
    """The projects, meeting and dates a pack covers, from its spec."""
    as_at = spec.as_at or portfolio.as_at_date(session)
    meeting = None
    if spec.meeting_id is not None:
        meeting = session.get(Meeting, spec.meeting_id)
        if meeting is None:
            raise NotFound(message("pack.no_meeting", id=spec.meeting_id))
    previous = previous_meeting(session, meeting, as_at)
    since = spec.since or (previous.date if previous is not None else None)
    flt = _filter(session, spec)
    rows = portfolio.list_projects(session, flt, as_at=as_at)
    if spec.agenda_only and meeting is not None:
        rows = _on_agenda(meeting, rows)
    if spec.lang == "en":  # every part of the pack takes project names from these rows
        rows = [dataclasses.replace(r, name=r.name_en or r.name) for r in rows]
    size = session.scalar(select(func.count(Project.id))) or 0
    return Scope(spec, as_at, since, meeting, previous, flt, rows, size)


def load_projects(session: Session, scope: Scope, ids: set[int] | None = None) -> list[Project]:
    """The selected projects (or those of `ids` among them) with their milestones and lead organisation."""
    wanted = [r.id for r in scope.rows if ids is None or r.id in ids]
    if not wanted:
        return []
    stmt = (select(Project).where(Project.id.in_(wanted))
            .options(selectinload(Project.milestones), selectinload(Project.lead_organization)))
    return list(session.scalars(stmt))
