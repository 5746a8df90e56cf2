"""What needs the meeting's attention: red and amber projects, overdue work, projects not reporting."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ino_desktop import reference as ref
from ino_desktop.briefing.collect.history import ProjectHistory
from ino_desktop.briefing.collect.scope import Scope
from ino_desktop.briefing.model import Exceptions, FlaggedProject, NotReported
from ino_desktop.models import Project
from ino_desktop.services import portfolio


def exceptions(session: Session, scope: Scope, history: dict[str, ProjectHistory]) -> Exceptions:
    """The red and amber projects with their stated problems and what changed since the last pack."""
    flagged_rows = sorted((r for r in scope.rows if r.rag in ("red", "amber")),
                          key=lambda r: (r.rag != "red", r.code))
    problems = dict(session.execute(
        select(Project.code, Project.problems).where(Project.code.in_([r.code for r in flagged_rows]))).all())
    flagged = tuple(
        FlaggedProject(r.code, r.name, r.cluster, r.status, r.rag or "",
                       None if scope.since is None else history[r.code].value_then("rag", r.rag),
                       scope.since is not None and history[r.code].added, problems.get(r.code))
        for r in flagged_rows
    )
    stale = sorted(portfolio.stale_projects(scope.rows, scope.as_at),
                   key=lambda r: (r.reported_at is not None, r.reported_at or scope.as_at, r.code))
    not_reported = tuple(
        NotReported(r.code, r.name, r.cluster, r.reported_at,
                    None if r.reported_at is None else (scope.as_at - r.reported_at).days)
        for r in stale
    )
    return Exceptions(flagged, not_reported, ref.STALE_AFTER_DAYS)
