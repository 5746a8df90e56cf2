"""Undo one import batch: restore every field it changed, delete the projects it created.

Refused as a whole when anything later touched the same ground (a newer change-log row for a field
the batch changed, or any later change to a project it created): undoing would throw that work away.
Changes of batches that were themselves undone do not count. All in one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, insert, or_, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ino_desktop import reference as ref
from ino_desktop.errors import InoError, NotFound
from ino_desktop.importer.apply import CREATED, REPORTED_KEY, one_writer_at_a_time, organisation_ids
from ino_desktop.messages import FieldName, Joined, Message, message
from ino_desktop.models import Base, ChangeLog, ImportBatch, Project
from ino_desktop.models.base import utcnow
from ino_desktop.os_errors import first_line
from ino_desktop.services.changes import decode

_PROJECTS = cast(Table, Project.__table__)
_LOG = cast(Table, ChangeLog.__table__)
_CHUNK = 500


class UndoRefused(InoError):
    kind = "undo_refused"


@dataclass
class UndoOutcome:
    batch_id: int
    file_name: str
    restored: dict[str, list[str]] = field(default_factory=dict)  # project code -> fields restored
    deleted: list[str] = field(default_factory=list)  # codes of the projects the batch had created


@dataclass(frozen=True)
class _Logged:
    id: int
    project_id: int | None
    code: str
    action: str
    field: str
    old: str | None
    new: str | None


def _batch(session: Session, batch_id: int) -> ImportBatch:
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFound(message("undo.no_such_batch", batch=batch_id))
    if batch.state == "undone":
        when = {"when": f"{batch.undone_at:%Y-%m-%d %H:%M}"} if batch.undone_at else {}
        raise InoError(message("undo.already_undone_on" if when else "undo.already_undone", batch=batch_id,
                               file=batch.file_name, **when), kind="already_undone")
    return batch


def _later_changes(session: Session, batch_id: int, first_id: int) -> list[tuple[int, str, str]]:
    """(id, project code, field) of change-log rows written after the batch by anything still in force."""
    stmt = (select(ChangeLog.id, ChangeLog.project_code, ChangeLog.field)
            .outerjoin(ImportBatch, ChangeLog.batch_id == ImportBatch.id)
            .where(ChangeLog.id > first_id)
            .where(or_(ChangeLog.batch_id.is_(None),
                       (ChangeLog.batch_id != batch_id) & (ImportBatch.state == "applied"))))
    return [tuple(r) for r in session.execute(stmt)]  # type: ignore[misc]


def _conflicts(logged: list[_Logged], later: list[tuple[int, str, str]]) -> dict[str, list[str]]:
    """Project code -> the fields (or CREATED: the project as a whole) that later changes touched."""
    changed_at: dict[tuple[str, str], int] = {}
    created_at: dict[str, int] = {}
    for row in logged:
        if row.action == "create":
            created_at[row.code] = row.id
        else:
            changed_at[(row.code, row.field)] = row.id
    out: dict[str, list[str]] = defaultdict(list)
    for lid, code, fld in later:
        if code in created_at and lid > created_at[code]:
            if fld not in out[code]:
                out[code].append(fld)
        elif lid > changed_at.get((code, fld), lid) and fld not in out[code]:
            out[code].append(fld)
    return dict(out)


# What may point at a project without a change-log row: deleting a created project would take these along.
_LINKS = (("milestones", "undo.link.milestones"), ("agenda_items", "undo.link.agenda_items"),
          ("decisions", "undo.link.decisions"), ("roadmap_action_projects", "undo.link.roadmap_actions"),
          ("project_organisations", "undo.link.organisations"), ("project_instruments", "undo.link.instruments"))


def _linked_since(session: Session, created: list[_Logged]) -> dict[str, list[Message]]:
    """Created projects that meetings, the roadmap, milestones or registers now refer to: code -> what."""
    codes = {r.project_id: r.code for r in created if r.project_id is not None}
    out: dict[str, list[Message]] = defaultdict(list)
    ids = sorted(codes)
    for table, label in _LINKS:
        column = Base.metadata.tables[table].c.project_id
        for i in range(0, len(ids), _CHUNK):
            for pid in session.execute(select(column).distinct().where(column.in_(ids[i:i + _CHUNK]))).scalars():
                out[codes[pid]].append(message(label))
    return dict(out)


def _touched(what: str | Message) -> FieldName | Message:
    """A field by its label, the project as a whole (CREATED), or a link already named."""
    if isinstance(what, Message):
        return what
    return message("undo.the_project") if what == CREATED else FieldName(what)


def _describe(conflicts: dict[str, list[Any]], limit: int = 6) -> Any:
    """"INO-1 (Jobs planned, Total cost); INO-2 (milestones)", at most `limit` projects and how many more."""
    parts = [message("undo.project_with", code=code, what=Joined(tuple(_touched(w) for w in touched)))
             for code, touched in sorted(conflicts.items())]
    shown = Joined(tuple(parts[:limit]), "; ")
    return message("undo.and_more", shown=shown, count=len(parts) - limit) if len(parts) > limit else shown


def undo_batch(session: Session, batch_id: int, *, user: str | None = None,
               before_write: Callable[[], object] | None = None) -> UndoOutcome:
    """Revert batch `batch_id` through `session` and commit; refuse with UndoRefused/NotFound/InoError.

    `before_write` runs once the undo is known to be possible, before anything is written (the backup).
    """
    one_writer_at_a_time(session.connection())
    batch = _batch(session, batch_id)
    logged = [_Logged(*r) for r in session.execute(
        select(ChangeLog.id, ChangeLog.project_id, ChangeLog.project_code, ChangeLog.action, ChangeLog.field,
               ChangeLog.old_value, ChangeLog.new_value)
        .where(ChangeLog.batch_id == batch_id, ChangeLog.origin == "import").order_by(ChangeLog.id))]
    outcome = UndoOutcome(batch_id, batch.file_name)
    if logged:
        conflicts = _conflicts(logged, _later_changes(session, batch_id, logged[0].id))
        gone = sorted({r.code for r in logged if r.project_id is None and r.action != "create"})
        if gone:
            raise UndoRefused(message("undo.projects_deleted", batch=batch_id, codes=", ".join(gone[:6])))
        if conflicts:
            raise UndoRefused(message("undo.later_changes", batch=batch_id, what=_describe(conflicts)))
        linked = _linked_since(session, [r for r in logged if r.action == "create"])
        if linked:
            raise UndoRefused(message("undo.linked", batch=batch_id, what=_describe(linked)))
    if before_write is not None:
        before_write()
    now = utcnow()
    try:
        stamp = {"changed_at": now, "changed_by": user, "origin": "undo", "batch_id": batch_id,
                 "file_name": None, "sheet": None, "cell": None}
        _restore(session, [r for r in logged if r.action != "create"], stamp, outcome)
        _delete_created(session, [r for r in logged if r.action == "create"], stamp, outcome)
        _restore_report_dates(session, batch)
        session.execute(update(ImportBatch).where(ImportBatch.id == batch_id).values(state="undone", undone_at=now))
        session.commit()
    except DBAPIError as exc:
        session.rollback()
        raise UndoRefused(message("undo.database_refused", batch=batch_id, detail=first_line(exc))) from exc
    except InoError:
        session.rollback()
        raise
    except Exception as exc:  # a bug or the machine: rolled back, one line
        session.rollback()
        raise InoError(message("undo.failed", batch=batch_id, detail=f"{type(exc).__name__}: {exc}"),
                       kind="failed") from exc
    except BaseException:
        session.rollback()
        raise
    return outcome


def _restore(session: Session, rows: list[_Logged], stamp: dict[str, Any], outcome: UndoOutcome) -> None:
    by_project: dict[int, dict[str, Any]] = defaultdict(dict)
    codes: dict[int, str] = {}
    for r in rows:
        by_project[r.project_id][r.field] = decode(r.field, r.old)  # type: ignore[index]
        codes[r.project_id] = r.code  # type: ignore[index]
    orgs, _added = organisation_ids(session.connection(), {v for p in by_project.values() for f, v in p.items()
                              if f == "lead_organization" and v})
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for pid, values in by_project.items():
        p: dict[str, Any] = {"b_id": pid}
        for f, v in values.items():
            if f == "lead_organization":
                p["v_lead_organization_id"] = orgs[ref.fold(v)] if v else None
            else:
                p[f"v_{f}"] = v
        groups[tuple(sorted(k for k in p if k != "b_id"))].append(p)
        outcome.restored[codes[pid]] = sorted(values)
    for keys, params in groups.items():
        stmt = (update(_PROJECTS).where(_PROJECTS.c.id == bindparam("b_id"))
                .values({**{k[2:]: bindparam(k) for k in keys}, "version": _PROJECTS.c.version + 1,
                         "updated_at": stamp["changed_at"]}))
        session.execute(stmt, params)
    if rows:
        session.execute(insert(_LOG), [{
            "project_id": r.project_id, "project_code": r.code, "action": "update", "field": r.field,
            "old_value": r.new, "new_value": r.old, **stamp} for r in rows])


def _restore_report_dates(session: Session, batch: ImportBatch) -> None:
    """Put back the report date of every project the batch touched, where it still holds the batch's
    date and no later batch in force touched it (a later edit or report moved it on: that stands)."""
    saved = _reported(batch.columns_json)
    if not saved:
        return
    day, before = dt.date.fromisoformat(saved["date"]), saved["before"]
    later: set[str] = set()
    for text in session.scalars(select(ImportBatch.columns_json).where(
            ImportBatch.id > batch.id, ImportBatch.state == "applied")):
        later |= set((_reported(text) or {}).get("before", {}))
    ids = [int(pid) for pid in before if pid not in later]
    for i in range(0, len(ids), _CHUNK):
        part = ids[i:i + _CHUNK]
        stmt = select(_PROJECTS.c.id, _PROJECTS.c.reported_at).where(_PROJECTS.c.id.in_(part))
        current = dict(session.execute(stmt).all())
        params = [{"b_id": pid, "v_reported_at": dt.date.fromisoformat(before[str(pid)]) if before[str(pid)] else None}
                  for pid in part if current.get(pid) == day]
        if params:
            session.execute(update(_PROJECTS).where(_PROJECTS.c.id == bindparam("b_id"))
                            .values(reported_at=bindparam("v_reported_at")), params)


def _reported(columns_json: str | None) -> dict[str, Any] | None:
    try:
        value = json.loads(columns_json or "{}").get(REPORTED_KEY)
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, dict) and "date" in value else None


def _delete_created(session: Session, rows: list[_Logged], stamp: dict[str, Any], outcome: UndoOutcome) -> None:
    live = [r for r in rows if r.project_id is not None]
    for i in range(0, len(live), _CHUNK):
        session.execute(delete(_PROJECTS).where(_PROJECTS.c.id.in_([r.project_id for r in live[i:i + _CHUNK]])))
    outcome.deleted = [r.code for r in live]
    if live:
        # Written after the delete, so these rows carry no project id (the project is gone).
        session.execute(insert(_LOG), [{
            "project_id": None, "project_code": r.code, "action": "delete", "field": CREATED,
            "old_value": r.new, "new_value": None, **stamp} for r in live])
