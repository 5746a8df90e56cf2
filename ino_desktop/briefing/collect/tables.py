"""The rows of the cluster tables and of the appendix's full portfolio table."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from ino_desktop.briefing.collect.names import ordered_keys
from ino_desktop.briefing.collect.scope import Scope
from ino_desktop.briefing.model import ClusterSection, ProjectLine
from ino_desktop.models import Cluster
from ino_desktop.services import portfolio
from ino_desktop.services.portfolio import ProjectRow


def project_line(row: ProjectRow, as_at: dt.date) -> ProjectLine:
    """One project's line in the pack's tables."""
    return ProjectLine(
        row.code, row.name, row.cluster, row.work_area, row.location, row.lead_organization, row.status, row.rag,
        row.total_cost_mln, row.federal_budget_mln, row.regional_budget_mln, row.extra_budgetary_mln,
        row.extra_budgetary_confirmed_mln, row.jobs_planned, row.jobs_created, row.end_date,
        not row.is_stale(as_at),
    )


def cluster_sections(session: Session, scope: Scope) -> tuple[ClusterSection, ...]:
    """One section per cluster that has selected projects, in the clusters' order; then those outside."""
    out = []
    for key in (*ordered_keys(session, Cluster), None):
        mine = [r for r in scope.rows if r.cluster == key]
        if mine:
            out.append(ClusterSection(key, tuple(project_line(r, scope.as_at) for r in mine),
                                      portfolio.money_of(mine), portfolio.jobs_of(mine)))
    return tuple(out)


def appendix(scope: Scope) -> tuple[ProjectLine, ...]:
    """The appendix: every project in scope, one line each."""
    return tuple(project_line(r, scope.as_at) for r in scope.rows)
