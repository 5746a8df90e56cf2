"""Roadmap status by work area, one block per edition."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ino_desktop.briefing.collect.names import ordered_keys
from ino_desktop.briefing.collect.scope import Scope
from ino_desktop.briefing.model import RoadmapArea, RoadmapEditionStatus
from ino_desktop.models import RoadmapEdition, WorkArea
from ino_desktop.services.portfolio import RoadmapProgress


def roadmap(session: Session, scope: Scope) -> tuple[RoadmapEditionStatus, ...]:
    areas_order: list[str | None] = [*ordered_keys(session, WorkArea), None]
    out = []
    stmt = select(RoadmapEdition).order_by(RoadmapEdition.year).options(selectinload(RoadmapEdition.actions))
    for edition in session.scalars(stmt):
        actions = edition.actions
        areas = []
        for area in areas_order:
            mine = [a for a in actions if a.work_area == area]
            if not mine:
                continue
            counts = Counter(a.status for a in mine)
            areas.append(RoadmapArea(area, len(mine), counts["done"], counts["in_progress"], counts["not_started"],
                                     sum(1 for a in mine if a.is_overdue(scope.as_at))))
        counts = Counter(a.status for a in actions)
        progress = RoadmapProgress(edition.year, edition.title, len(actions), counts["done"], counts["in_progress"],
                                   counts["not_started"], sum(1 for a in actions if a.is_overdue(scope.as_at)))
        out.append(RoadmapEditionStatus(edition.year, edition.title, tuple(areas), progress))
    return tuple(out)
