"""Roadmap status by work area, one block per edition: the pack's own actions (all, or a narrowed pack's)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from sqlalchemy.orm import Session

from ino_desktop.briefing.collect.names import ordered_keys
from ino_desktop.briefing.collect.scope import Scope
from ino_desktop.briefing.model import RoadmapArea, RoadmapEditionStatus
from ino_desktop.models import RoadmapAction, RoadmapEdition, WorkArea
from ino_desktop.services.portfolio import RoadmapProgress


def _counts(actions: Sequence[RoadmapAction], as_at: dt.date) -> tuple[int, int, int, int, int]:
    """Total, done, in progress, not started, overdue: the figures an area and an edition both show."""
    statuses = Counter(a.status for a in actions)
    return (len(actions), statuses["done"], statuses["in_progress"], statuses["not_started"],
            sum(1 for a in actions if a.is_overdue(as_at)))


def _by_edition(actions: Sequence[RoadmapAction]) -> dict[RoadmapEdition, list[RoadmapAction]]:
    out: dict[RoadmapEdition, list[RoadmapAction]] = {}
    for action in actions:
        out.setdefault(action.edition, []).append(action)
    return dict(sorted(out.items(), key=lambda item: item[0].year))


def roadmap_progress(actions: Sequence[RoadmapAction], scope: Scope
                     ) -> list[tuple[RoadmapEdition, RoadmapProgress]]:
    """Each edition's progress over `actions`, titled in the pack's language."""
    return [(edition, RoadmapProgress(edition.year, scope.local(edition.title, edition.title_en),
                                      *_counts(mine, scope.as_at)))
            for edition, mine in _by_edition(actions).items()]


def roadmap(session: Session, scope: Scope) -> tuple[RoadmapEditionStatus, ...]:
    """Each roadmap edition's progress, split by work area."""
    areas_order: list[str | None] = [*ordered_keys(session, WorkArea), None]
    actions = scope.actions(session)
    out = []
    for edition, progress in roadmap_progress(actions, scope):
        mine = [a for a in actions if a.edition is edition]
        areas = [RoadmapArea(area, *_counts(in_area, scope.as_at))
                 for area in areas_order if (in_area := [a for a in mine if a.work_area == area])]
        out.append(RoadmapEditionStatus(edition.year, progress.title, tuple(areas), progress))
    return tuple(out)
