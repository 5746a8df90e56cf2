"""Roadmap status by work area, one block per edition."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

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


def roadmap(session: Session, scope: Scope) -> tuple[RoadmapEditionStatus, ...]:
    areas_order: list[str | None] = [*ordered_keys(session, WorkArea), None]
    out = []
    stmt = select(RoadmapEdition).order_by(RoadmapEdition.year).options(selectinload(RoadmapEdition.actions))
    for edition in session.scalars(stmt):
        actions = edition.actions
        areas = []
        for area in areas_order:
            mine = [a for a in actions if a.work_area == area]
            if mine:
                areas.append(RoadmapArea(area, *_counts(mine, scope.as_at)))
        progress = RoadmapProgress(edition.year, edition.title, *_counts(actions, scope.as_at))
        out.append(RoadmapEditionStatus(edition.year, edition.title, tuple(areas), progress))
    return tuple(out)
