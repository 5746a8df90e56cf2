"""The ten largest projects by money and the ten most at risk, each with the reason it is there."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from ino_desktop.briefing.collect.scope import Scope, load_projects
from ino_desktop.briefing.model import TopLine, TopLists
from ino_desktop.models import Project
from ino_desktop.services.portfolio import ProjectRow

SIZE = 10
UNCONFIRMED_RISK = 0.5  # less than half of the extra-budgetary money confirmed


def _risks(row: ProjectRow, p: Project, scope: Scope) -> tuple[int, list[tuple[str, Any]]]:
    """(score, reasons): delivery confidence weighs most, then suspension, overdue milestones, slip, silence."""
    score, reasons = 0, list[tuple[str, Any]]()
    if row.rag in ("red", "amber"):
        score += 50 if row.rag == "red" else 25
        reasons.append(("rag", row.rag))
    if row.status == "suspended":
        score += 20
        reasons.append(("suspended", True))
    late = sum(1 for m in p.milestones if m.actual_date is None and m.planned_date and m.planned_date < scope.as_at)
    if late:
        score += 8 * min(late, 3)
        reasons.append(("overdue_milestones", late))
    if p.baseline_end_date and p.end_date and p.end_date > p.baseline_end_date:
        days = (p.end_date - p.baseline_end_date).days
        score += 2 * min(days // 30, 12)
        reasons.append(("slipped_days", days))
    if row.is_stale(scope.as_at):
        score += 10
        reasons.append(("not_reported", None if row.reported_at is None else (scope.as_at - row.reported_at).days))
    extra, confirmed = row.extra_budgetary_mln or 0.0, row.extra_budgetary_confirmed_mln or 0.0
    if extra > 0 and confirmed / extra < UNCONFIRMED_RISK:
        score += 5
        reasons.append(("unconfirmed", confirmed / extra))
    return score, reasons


def top_lists(session: Session, scope: Scope) -> TopLists:
    """The largest projects, and the projects with the highest risk scores with their reasons."""
    rows = {r.id: r for r in scope.rows}
    largest = sorted((r for r in scope.rows if r.total_cost_mln), key=lambda r: (-(r.total_cost_mln or 0), r.code))
    scored = []
    for p in load_projects(session, scope):
        score, reasons = _risks(rows[p.id], p, scope)
        if score:
            scored.append((score, rows[p.id], reasons))
    scored.sort(key=lambda s: (-s[0], -(s[1].total_cost_mln or 0), s[1].code))

    def line(r: ProjectRow, reasons: list[tuple[str, Any]]) -> TopLine:
        return TopLine(r.code, r.name, r.cluster, r.total_cost_mln, r.rag, tuple(reasons))

    return TopLists(tuple(line(r, []) for r in largest[:SIZE]),
                    tuple(line(r, reasons) for _s, r, reasons in scored[:SIZE]))
