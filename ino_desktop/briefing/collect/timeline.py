"""Time on paper: the milestones and roadmap actions due in the next 90 days and those overdue, by cluster."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from ino_desktop.briefing.collect.names import ordered_keys
from ino_desktop.briefing.collect.scope import Scope, load_projects
from ino_desktop.briefing.model import Timeline, TimelineGroup, TimelineLine
from ino_desktop.models import Cluster

HORIZON_DAYS = 90


def timeline(session: Session, scope: Scope) -> Timeline:
    """The milestones due within the horizon, grouped by cluster."""
    horizon = scope.as_at + dt.timedelta(days=HORIZON_DAYS)
    names = {r.id: r.name for r in scope.rows}  # already in the pack's language
    by_cluster: dict[str | None, list[TimelineLine]] = {}
    for p in load_projects(session, scope):
        for m in p.milestones:
            if m.actual_date is None and m.planned_date is not None and m.planned_date <= horizon:
                by_cluster.setdefault(p.cluster, []).append(TimelineLine(
                    m.planned_date, "milestone", p.code, scope.local(m.title, m.title_en), names[p.id],
                    m.planned_date < scope.as_at))
    groups = [TimelineGroup(key, "milestone", tuple(sorted(by_cluster[key], key=lambda x: (x.date, x.reference))))
              for key in (*ordered_keys(session, Cluster), None) if key in by_cluster]
    actions = tuple(
        TimelineLine(a.deadline, "action", f"{a.number} ({a.edition.year})", scope.local(a.title, a.title_en),
                     a.work_area, a.is_overdue(scope.as_at))
        for a in sorted(scope.actions(session), key=lambda a: (a.deadline or horizon, a.id))
        if a.status != "done" and a.deadline is not None and a.deadline <= horizon
    )
    if actions:
        groups.append(TimelineGroup(None, "action", actions))
    return Timeline(horizon, tuple(groups))
