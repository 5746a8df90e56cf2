"""One page per project: its facts, milestones, instruments and what changed since the comparison date."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ino_desktop.briefing.collect.history import ProjectHistory
from ino_desktop.briefing.collect.names import ordered_keys
from ino_desktop.briefing.collect.scope import Scope
from ino_desktop.briefing.model import InstrumentLine, MilestoneLine, ProjectPage
from ino_desktop.models import Cluster, FederalInstrument, Project

NARRATIVE_CHARS = 900  # a page is read in a minute; longer descriptions are cut with a visible "…"


def _narrative(text: str | None) -> str | None:
    if not text or not text.strip():
        return None
    text = text.strip()
    return text if len(text) <= NARRATIVE_CHARS else text[:NARRATIVE_CHARS].rstrip() + "…"


def _page(p: Project, stale: bool, scope: Scope, history: ProjectHistory) -> ProjectPage:
    compare = scope.since is not None
    milestones = tuple(
        MilestoneLine(scope.local(m.title, m.title_en), m.planned_date, m.actual_date, m.status,
                      m.actual_date is None and m.planned_date is not None and m.planned_date < scope.as_at)
        for m in p.milestones
    )
    instruments = tuple(InstrumentLine(i.name, i.kind, i.ministry.name if i.ministry else None)
                        for i in sorted(p.instruments, key=lambda i: i.name))
    return ProjectPage(
        code=p.code, name=scope.local(p.name, p.name_en), name_en=p.name_en, cluster=p.cluster, work_area=p.work_area,
        territory_type=p.territory_type, category=p.category, location=p.location,
        lead_organization=p.lead_organization.name if p.lead_organization else None,
        participants=tuple(sorted(o.name for o in p.participants)), curator=p.curator,
        status=p.status, status_before=history.value_then("status", p.status) if compare else None,
        rag=p.rag, rag_before=history.value_then("rag", p.rag) if compare else None,
        added_since=compare and history.added,
        start_date=p.start_date, end_date=p.end_date, baseline_end=p.baseline_end_date,
        end_before=history.value_then("end_date", p.end_date) if compare else None, narrative=_narrative(p.description),
        total=p.total_cost_mln, federal=p.federal_budget_mln, regional=p.regional_budget_mln,
        extra=p.extra_budgetary_mln, confirmed=p.extra_budgetary_confirmed_mln,
        jobs_planned=p.jobs_planned, jobs_created=p.jobs_created, milestones=milestones, instruments=instruments,
        problems=p.problems, decisions_requested=p.decisions_requested,
        changes=history.net_changes() if compare else (), reported_at=p.reported_at, reported=not stale,
    )


def on_agenda(scope: Scope) -> set[int]:
    """The projects the meeting's agenda names: they get their page even in the ten-minute pack."""
    if scope.meeting is None:
        return set()
    return {item.project_id for item in scope.meeting.agenda if item.project_id is not None}


def project_pages(session: Session, scope: Scope, history: dict[str, ProjectHistory],
                  tick: Callable[[], None] | None = None) -> tuple[ProjectPage, ...]:
    """Pages grouped like the cluster sections (cluster order, then code): every project's with `full`,
    else those on the agenda."""
    wanted = None if scope.spec.full else on_agenda(scope)
    stale = {r.id: r.is_stale(scope.as_at) for r in scope.rows if wanted is None or r.id in wanted}
    ids = list(stale)
    stmt = (select(Project).where(Project.id.in_(ids))
            .options(selectinload(Project.milestones), selectinload(Project.participants),
                     selectinload(Project.lead_organization),
                     selectinload(Project.instruments).selectinload(FederalInstrument.ministry)))
    projects = list(session.scalars(stmt)) if ids else []
    order = {key: i for i, key in enumerate(ordered_keys(session, Cluster))}
    projects.sort(key=lambda p: (order.get(p.cluster, len(order)) if p.cluster else len(order) + 1, p.code))
    pages = []
    for p in projects:
        pages.append(_page(p, stale[p.id], scope, history[p.code]))
        if tick is not None:
            tick()
    return tuple(pages)
