"""The one-page portfolio summary and the charts' figures by cluster."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from sqlalchemy.orm import Session

from ino_desktop import reference as ref
from ino_desktop.briefing.collect.history import ProjectHistory
from ino_desktop.briefing.collect.names import ordered_keys
from ino_desktop.briefing.collect.scope import Scope, overdue_milestones
from ino_desktop.briefing.model import Charts, ClusterFigures, SummaryPage, Tally
from ino_desktop.models import Cluster, Status
from ino_desktop.services import portfolio


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


def summary_page(session: Session, scope: Scope, history: dict[str, ProjectHistory]) -> SummaryPage:
    rows = scope.rows
    return SummaryPage(
        projects=len(rows),
        by_status=_tallies(ordered_keys(session, Status), scope, "status", history),
        by_rag=_tallies(ref.keys("rag"), scope, "rag", history),
        money=portfolio.money_of(rows),
        confirmed_target=ref.CONFIRMED_SHARE_TARGET,
        jobs=portfolio.jobs_of(rows),
        roadmap=tuple(portfolio.roadmap_completion(session, scope.as_at)),
        not_reported=len(portfolio.stale_projects(rows, scope.as_at)),
        overdue_milestones=len(overdue_milestones(session, scope)),
        overdue_actions=len(portfolio.overdue_actions(session, scope.as_at)),
    )


def charts(session: Session, scope: Scope) -> Charts:
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
