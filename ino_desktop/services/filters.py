"""A project filter: what the navigator, the search box, a saved view and `brief --cluster` select."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from typing import Any, TypeVar

from sqlalchemy import Select, or_

from ino_desktop.models import Project

SelectT = TypeVar("SelectT", bound=Select)

NO_VALUE = "-"  # stands for "no cluster" (or no work area…) inside a key tuple


@dataclass(frozen=True)
class ProjectFilter:
    clusters: tuple[str, ...] = ()
    work_areas: tuple[str, ...] = ()
    territory_types: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    rags: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    text: str = ""  # matched in Python over code, name, English name and lead organisation (fold())
    stale_only: bool = False

    def is_empty(self) -> bool:
        return self == ProjectFilter()

    def with_(self, **changes: Any) -> ProjectFilter:
        return replace(self, **changes)

    def to_json(self) -> str:
        return json.dumps({k: v for k, v in asdict(self).items() if v}, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ProjectFilter:
        raw = json.loads(text or "{}")
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {k: (tuple(v) if isinstance(v, list) else v) for k, v in raw.items() if k in known}
        return cls(**values)

    def apply(self, stmt: SelectT) -> SelectT:
        """Add the structured parts of the filter to a select over Project."""
        for name, column in (
            ("clusters", Project.cluster), ("work_areas", Project.work_area),
            ("territory_types", Project.territory_type), ("categories", Project.category),
            ("statuses", Project.status), ("rags", Project.rag), ("locations", Project.location),
            ("codes", Project.code),
        ):
            wanted: tuple[str, ...] = getattr(self, name)
            if not wanted:
                continue
            real = [w for w in wanted if w != NO_VALUE]
            clauses = [column.in_(real)] if real else []
            if NO_VALUE in wanted:
                clauses.append(column.is_(None))
            stmt = stmt.where(or_(*clauses))
        return stmt
