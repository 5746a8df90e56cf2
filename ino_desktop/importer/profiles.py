"""Saved mappings per source agency: which header fills which field, which spelling means which key.

The next workbook from the same agency is then read without questions. Profiles live in the
portfolio database (ImportProfile), so every machine sharing the portfolio shares them.
"""

from __future__ import annotations

import json
from typing import cast

from sqlalchemy import String, Table, select
from sqlalchemy.orm import Session

from ino_desktop.errors import InoError
from ino_desktop.importer.plan import ImportPlan
from ino_desktop.importer.rows import Profile
from ino_desktop.messages import message
from ino_desktop.models import ImportProfile
from ino_desktop.models.base import utcnow
from ino_desktop.reference import fold

SOURCE_MAX = cast(String, cast(Table, ImportProfile.__table__).c.source.type).length or 200


# the saved part of a profile -> (its message when not JSON, when not a mapping)
_DAMAGED = {"columns": ("profile.columns_damaged", "profile.columns_not_mapping"),
            "values": ("profile.values_damaged", "profile.values_not_mapping")}


def _json(text: str | None, source: str, what: str) -> dict:
    """A saved part of a profile (`what`: "columns" or "values"), refused in one line when damaged."""
    not_json, not_mapping = _DAMAGED[what]
    try:
        value = json.loads(text or "{}")
    except json.JSONDecodeError as exc:
        raise InoError(message(not_json, source=source, detail=exc.msg), kind="profile") from exc
    if not isinstance(value, dict):
        raise InoError(message(not_mapping, source=source), kind="profile")
    return value


def _to_profile(row: ImportProfile) -> Profile:
    return Profile(row.source, _json(row.columns, row.source, "columns"), _json(row.values, row.source, "values"),
                   row.sheet)


def _find(session: Session, source: str) -> ImportProfile | None:
    row = session.scalar(select(ImportProfile).where(ImportProfile.source == source))
    if row is not None:
        return row
    wanted = fold(source)  # "Минэкономразвития" and "минэкономразвития " are the same agency
    return next((r for r in session.scalars(select(ImportProfile)) if fold(r.source) == wanted), None)


def load_profile(session: Session, source: str) -> Profile | None:
    """The saved profile of `source` (compared as names are: case, ё/е, spaces), or None."""
    row = _find(session, source.strip())
    return _to_profile(row) if row is not None else None


def save_profile(session: Session, profile: Profile) -> None:
    """Create or replace the profile of `profile.source` in the caller's transaction (no commit)."""
    source = profile.source.strip()
    if not source:
        raise InoError(message("profile.no_source"), kind="profile")
    if len(source) > SOURCE_MAX:
        raise InoError(message("profile.source_too_long", limit=SOURCE_MAX), kind="profile")
    row = _find(session, source)
    if row is None:
        row = ImportProfile(source=source)
        session.add(row)
    row.columns = json.dumps(profile.columns, ensure_ascii=False, sort_keys=True)
    row.values = json.dumps(profile.values, ensure_ascii=False, sort_keys=True)
    row.sheet = profile.sheet
    row.updated_at = utcnow()
    session.flush()


def list_profiles(session: Session) -> list[Profile]:
    """The saved import profiles, by name."""
    return [_to_profile(r) for r in session.scalars(select(ImportProfile).order_by(ImportProfile.source))]


def profile_from_plan(plan: ImportPlan, source: str) -> Profile:
    """The mapping this import actually used: every header with its field (None = deliberately unmapped),
    plus the value spellings of the profile it started from, and the sheet asked for, if any."""
    columns: dict[str, str | None] = dict(plan.profile.columns) if plan.profile else {}
    for table in plan.tables:
        for col in table.columns:
            if col.header and col.header.strip():
                columns[col.header.strip()] = col.field
    values = {f: dict(v) for f, v in plan.profile.values.items()} if plan.profile else {}
    sheet = plan.sheet or (plan.profile.sheet if plan.profile else None)
    return Profile(source.strip(), columns, values, sheet)
