"""The one-page portfolio summary and the charts' figures by cluster."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable

from sqlalchemy.orm import Session

from ino_desktop import reference as ref
from ino_desktop.briefing.collect.history import ProjectHistory
from ino_desktop.briefing.collect.names import ordered_keys
from ino_desktop.briefing.collect.roadmap import roadmap_progress
from ino_desktop.briefing.collect.scope import Scope, overdue_milestones
from ino_desktop.briefing.model import Before, Charts, ClusterFigures, SummaryPage, Tally
from ino_desktop.models import Cluster, RoadmapAction, Status
from ino_desktop.services import portfolio
from ino_desktop.services.portfolio import RoadmapProgress


def _tallies(keys: Iterable[str], scope: Scope, attribute: str,
             history: dict[str, ProjectHistory]) -> tuple[Tally, ...]:
    """Counts by value now and (with a comparison date) then; projects added since count only now."""
    now = Counter(getattr(r, attribute) for r in scope.rows)
    before: Counter[str | None] | None = None
    if scope.since is not None:
        before = Counter(history[r.code].value_then(attribute, getattr(r, attribute))
                         for r in scope.rows if not history[r.code].added)
    order: list[str | None] = list(keys)
    if now[None] or (before is not None and before[None]):
        order.append(None)  # "not set" is a row of its own, never silently dropped
    return tuple(Tally(k, now[k], None if before is None else before[k]) for k in order)


def _before(scope: Scope, history: dict[str, ProjectHistory], roadmap: tuple[RoadmapProgress, ...],
            actions: list[RoadmapAction]) -> Before:
    """The tiles' figures at the comparison date: each field's value then, over the projects that existed."""
    then = [dataclasses.replace(r, **{f: history[r.code].value_then(f, getattr(r, f)) for f in _TILE_FIELDS})
            for r in scope.rows if not history[r.code].added]
    assert scope.since is not None
    done_then = [sum(1 for a in actions if a.edition.year == r.year and a.status == "done"
                     and (a.completed_on is None or a.completed_on < scope.since)) for r in roadmap]
    return Before(len(then), portfolio.money_of(then), portfolio.jobs_of(then).created, tuple(done_then))


_TILE_FIELDS = ("total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
                "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created")


def summary_page(session: Session, scope: Scope, history: dict[str, ProjectHistory]) -> SummaryPage:
    """The summary page: money, jobs, roadmap progress and the changes since the last pack."""
    rows = scope.rows
    actions = scope.actions(session)
    roadmap = tuple(progress for _edition, progress in roadmap_progress(actions, scope))
    jobs = portfolio.jobs_of(rows)
    if scope.narrowed:  # the programme's jobs target is not a cluster's or a view's: no target line
        jobs = dataclasses.replace(jobs, target=0)
    return SummaryPage(
        projects=len(rows),
        by_status=_tallies(ordered_keys(session, Status), scope, "status", history),
        by_rag=_tallies(ref.keys("rag"), scope, "rag", history),
        money=portfolio.money_of(rows),
        confirmed_target=ref.CONFIRMED_SHARE_TARGET,
        jobs=jobs,
        roadmap=roadmap,
        not_reported=len(portfolio.stale_projects(rows, scope.as_at)),
        overdue_milestones=len(overdue_milestones(session, scope)),
        overdue_actions=sum(1 for a in actions if a.is_overdue(scope.as_at)),
        before=_before(scope, history, roadmap, actions) if scope.since is not None else None,
    )


def charts(session: Session, scope: Scope) -> Charts:
    """The chart figures: projects by status and by cluster."""
    statuses: list[str | None] = list(ordered_keys(session, Status))
    if any(r.status is None for r in scope.rows):
        statuses.append(None)
    figures = []
    for key in (*ordered_keys(session, Cluster), None):
        mine = [r for r in scope.rows if r.cluster == key]
        if not mine:
            continue
        counts = Counter(r.status for r in mine)
        figures.append(ClusterFigures(key, portfolio.money_of(mine), tuple((s, counts[s]) for s in statuses),
                                      portfolio.jobs_of(mine)))
    return Charts(tuple(figures), tuple(statuses))
