"""The demo's change history between the two review meetings: two quarterly imports and manual edits.

Changes are planned first (which project, which field, when, from where), then their values are filled
in backwards from each project's current value, so that the newest entry of a field always equals what
the project holds now: the change log stays a true provenance of the data.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import random
from dataclasses import dataclass, field
from typing import Any

from ino_desktop.demo import names
from ino_desktop.demo.projects import IMPORTED_LATER, PROBLEMS, PlannedProject
from ino_desktop.demo.registers import Registers
from ino_desktop.exporting.columns import TEMPLATE_COLUMNS, template_cell
from ino_desktop.services.changes import decode, encode

SHEET = "Проекты"
SOURCE = "Департамент экономики Администрации Томской области"


@dataclass(frozen=True)
class Batch:
    id: int
    at: dt.datetime
    file_name: str
    by: str
    sample: int  # how many projects the agency reported on
    fields: tuple[str, ...]  # fields that may change in it, with their chance


BATCHES = (
    Batch(1, dt.datetime(2016, 7, 8, 7, 42, 10), "ИНО_Томск_мониторинг_II_кв_2016.xlsx", "Петрова А. В.", 48,
          ("jobs_created", "extra_budgetary_confirmed_mln", "cost")),
    Batch(2, dt.datetime(2016, 10, 7, 9, 15, 33), "ИНО_Томск_мониторинг_III_кв_2016.xlsx", "Смирнов К. Е.", 60,
          ("status", "jobs_created", "extra_budgetary_confirmed_mln", "problems", "end_date")),
)
_CHANCE = {"jobs_created": 0.55, "extra_budgetary_confirmed_mln": 0.35, "cost": 0.12, "status": 1.0,
           "problems": 0.5, "end_date": 0.6}
MANUAL_FROM, MANUAL_DAYS = dt.datetime(2016, 10, 12, 6, 0), 40


@dataclass
class Event:
    at: dt.datetime
    project: PlannedProject
    field: str
    batch: Batch | None = None
    by: str | None = None
    row: int | None = None  # the project's Excel row in the batch's file


@dataclass
class PlannedHistory:
    batches: list[dict] = field(default_factory=list)
    changes: list[dict] = field(default_factory=list)


def _applies(field_name: str, p: PlannedProject, at: dt.datetime) -> bool:
    """Whether a change of `field_name` at `at` makes sense for this project."""
    row = p.row
    if field_name == "jobs_created":
        return (row["jobs_created"] or 0) >= 10
    if field_name == "extra_budgetary_confirmed_mln":
        return (row["extra_budgetary_confirmed_mln"] or 0) >= 1 and row["status"] != "planned"
    if field_name == "cost":
        return row["status"] == "in_progress" and row["extra_budgetary_mln"] >= 10
    if field_name == "status":
        return row["status"] == "completed" and dt.date(2016, 7, 1) <= row["end_date"] <= at.date()
    if field_name == "problems":
        return row["problems"] is not None
    if field_name == "end_date":
        return row["status"] == "in_progress" and row["rag"] in ("amber", "red")
    return False


def _events(rnd: random.Random, projects: list[PlannedProject], as_at: dt.date) -> tuple[list[Event], dict[int, int]]:
    """The planned changes, and how many project rows each batch's file held."""
    fresh = [p for p in projects[:-IMPORTED_LATER] if (as_at - p.row["reported_at"]).days <= 90]
    events: list[Event] = []
    rows: dict[int, int] = {}
    for batch in BATCHES:
        reporting = [p for p in fresh if p.row["start_date"] <= batch.at.date()]
        chosen = sorted(rnd.sample(reporting, min(batch.sample, len(reporting))), key=lambda p: p.row["id"])
        if batch is BATCHES[-1]:
            chosen += projects[-IMPORTED_LATER:]
        rows[batch.id] = len(chosen)
        for row_no, p in enumerate(chosen, start=2):
            p.row["reported_at"] = max(p.row["reported_at"], batch.at.date())
            if p in projects[-IMPORTED_LATER:]:
                events.append(Event(batch.at, p, "*create", batch, batch.by, row_no))
                continue
            for name in batch.fields:
                if _applies(name, p, batch.at) and rnd.random() < _CHANCE[name]:
                    events.append(Event(batch.at, p, name, batch, batch.by, row_no))
    people = [*names.OFFICERS, *names.CURATORS[:3]]
    for p in fresh:
        at = MANUAL_FROM + dt.timedelta(days=rnd.randint(0, MANUAL_DAYS), minutes=rnd.randint(0, 540))
        wanted = []
        if p.row["rag"] == "red" and rnd.random() < 0.7:
            wanted.append("rag")
        if p.row["status"] == "suspended" and p.row["start_date"] < at.date():
            wanted.append("status")
        if p.row["decisions_requested"] and rnd.random() < 0.5:
            wanted.append("decisions_requested")
        if p.row["rag"] == "amber" and rnd.random() < 0.25:
            wanted.append("rag")
        if p.row["rag"] == "green" and p.row["status"] == "in_progress" and rnd.random() < 0.04:
            wanted.append("curator")
        who = rnd.choice(people)
        events += [Event(at, p, name, None, who) for name in wanted]
        if wanted:
            p.row["reported_at"] = max(p.row["reported_at"], at.date())
    return events, rows


def _older(rnd: random.Random, name: str, new: Any, p: PlannedProject, first: bool) -> Any:
    """A plausible value the field held before it became `new`; `new` itself means "no real change"."""
    if name == "jobs_created":
        return int(new * rnd.uniform(0.55, 0.9))
    if name in ("extra_budgetary_confirmed_mln", "extra_budgetary_mln", "total_cost_mln"):
        return math.floor(new * rnd.uniform(0.6, 0.9) * 10) / 10
    if name == "status":
        return "in_progress" if new in ("completed", "suspended") else new
    if name == "rag":
        return {"red": "amber", "amber": "green", "green": "amber"}.get(new, new)
    if name == "problems":
        return None if first else rnd.choice([t for t in PROBLEMS if t not in new])
    if name == "decisions_requested":
        return None
    if name == "end_date":
        old = new - dt.timedelta(days=rnd.randint(90, 365))
        return old if old > p.row["start_date"] else new
    if name == "curator":
        return rnd.choice([c for c in names.CURATORS if c != new])
    return new


def _change(event: Event, name: str, old: Any, new: Any, action: str = "update") -> dict:
    batch = event.batch
    return {
        "project_id": event.project.row["id"], "project_code": event.project.row["code"], "action": action,
        "field": name, "old_value": encode(old), "new_value": encode(new), "changed_at": event.at,
        "changed_by": event.by, "origin": "import" if batch else "manual", "batch_id": batch.id if batch else None,
        "file_name": batch.file_name if batch else None, "sheet": SHEET if batch else None,
        "cell": template_cell(name, event.row) if batch and event.row else None,
    }


def _created(event: Event, reg: Registers) -> list[dict]:
    row = event.project.row
    out = []
    for col in TEMPLATE_COLUMNS:
        value = reg.name_of(row["lead_organization_id"]) if col.field == "lead_organization" else row[col.field]
        if value is not None:
            out.append(_change(event, col.field, None, value, "create"))
    return out


def plan_history(rnd: random.Random, reg: Registers, projects: list[PlannedProject],
                 as_at: dt.date, seed: int) -> PlannedHistory:
    """The demonstration portfolio's history of changes and imports up to the as-at date."""
    history = PlannedHistory()
    events, rows = _events(rnd, projects, as_at)
    # Walk each project's fields from the newest change back, so each entry's new value is the one after it.
    current: dict[tuple[int, str], Any] = {}
    changes: list[dict] = []
    counted: dict[int, set[int]] = {b.id: set() for b in BATCHES}
    for event in sorted(events, key=lambda e: e.at, reverse=True):
        row = event.project.row
        if event.field == "*create":
            changes += _created(event, reg)
            continue
        fields_now = ("total_cost_mln", "extra_budgetary_mln") if event.field == "cost" else (event.field,)
        pending = []
        for name in fields_now:
            new = current.get((row["id"], name), row[name])
            first = not any(e.project is event.project and e.field == event.field and e.at < event.at for e in events)
            old = _older(rnd, name, new, event.project, first)
            pending.append((name, old, new))
        if event.field == "cost":  # keep the sources adding up: the total moves with extra-budgetary money
            delta = round(pending[1][2] - pending[1][1], 1)
            confirmed = row["extra_budgetary_confirmed_mln"] or 0.0
            delta = min(delta, math.floor((pending[1][2] - confirmed) * 10) / 10)
            pending = [(n, round(new - delta, 1), new) for n, _old, new in pending] if delta > 0 else []
        for name, old, new in pending:
            if old == new:
                continue
            current[(row["id"], name)] = old
            changes.append(_change(event, name, old, new))
            if event.batch:
                counted[event.batch.id].add(row["id"])
    for p in projects:
        stamps = {c["changed_at"] for c in changes if c["project_id"] == p.row["id"]}
        p.row["version"] = 1 + len(stamps)
        p.row["updated_at"] = max(stamps, default=p.row["created_at"])
        # The baseline is the end date first planned: the old value of its earliest move, else today's.
        moves = [c for c in changes if c["project_id"] == p.row["id"] and c["field"] == "end_date" and c["old_value"]]
        earliest = min(moves, key=lambda c: c["changed_at"], default=None)
        p.row["baseline_end_date"] = decode("end_date", earliest["old_value"]) if earliest else p.row["end_date"]
    for p in projects[-IMPORTED_LATER:]:
        p.row["created_at"] = p.row["updated_at"] = BATCHES[-1].at
    for batch in BATCHES:
        created = IMPORTED_LATER if batch is BATCHES[-1] else 0
        history.batches.append({
            "id": batch.id, "file_name": batch.file_name, "source": SOURCE, "imported_at": batch.at,
            "imported_by": batch.by, "sha256": hashlib.sha256(f"{batch.file_name}:{seed}".encode()).hexdigest(),
            "created_count": created, "updated_count": len(counted[batch.id]),
            "unchanged_count": rows[batch.id] - created - len(counted[batch.id]),
            "rejected_count": 1 if batch.id == 1 else 0, "state": "applied", "undone_at": None,
        })
    history.changes = sorted(changes, key=lambda c: (c["changed_at"], c["project_code"], c["field"]))
    return history
