"""The deterministic demo portfolio: INO Tomsk as at 15 December 2016.

Everything is drawn from one `random.Random(DEMO_SEED)` and dated relative to the fixed DEMO_AS_AT, so
two builds are identical whatever day it is. Rows are planned in memory with fixed ids, then written
with bulk inserts. The portfolio is marked as demo (Setting 'demo' = '1') so every view and print says so.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ino_desktop.db import Database
from ino_desktop.demo.history import plan_history
from ino_desktop.demo.indicators import plan_indicator_values
from ino_desktop.demo.meetings import plan_meetings
from ino_desktop.demo.projects import plan_projects
from ino_desktop.demo.registers import build_registers
from ino_desktop.demo.roadmap import plan_roadmap
from ino_desktop.errors import InoError
from ino_desktop.messages import message
from ino_desktop.models import (
    AgendaItem,
    ChangeLog,
    Decision,
    FederalInstrument,
    ImportBatch,
    Indicator,
    IndicatorValue,
    Meeting,
    Milestone,
    Organisation,
    Project,
    RoadmapAction,
    RoadmapEdition,
    Setting,
    action_organisations,
    action_projects,
    project_instruments,
    project_organisations,
)
from ino_desktop.progress import Cancelled, Progress, tick
from ino_desktop.services.copying import clear_portfolio, describe, portfolio_counts, reset_sequences

DEMO_AS_AT = dt.date(2016, 12, 15)
DEMO_SEED = 20161215
INITIAL_LOAD = dt.datetime(2015, 3, 2, 6, 0)  # when the office first registered the portfolio
_STEPS = 16  # tables written, for progress


@dataclass(frozen=True)
class DemoSummary:
    projects: int
    milestones: int
    organisations: int
    instruments: int
    actions: int
    meetings: int
    decisions: int
    import_batches: int
    changes: int

    def __str__(self) -> str:
        return (f"{self.projects} projects, {self.milestones} milestones, {self.organisations} organisations, "
                f"{self.instruments} federal instruments, {self.actions} roadmap actions, {self.meetings} meetings "
                f"with {self.decisions} decisions, {self.import_batches} import batches, {self.changes} changes")


def build_demo(target: Session | Database, *, seed: int = DEMO_SEED,
               progress: Progress | None = None) -> DemoSummary:
    """Write the demo portfolio into a database that holds no portfolio yet (see replace_with_demo).

    `target` is a Session (the caller commits) or a Database (written in one transaction here).
    `progress` is told after each table; a cancel stops the build with an InoError and nothing is written.
    """
    if isinstance(target, Database):
        with target.transaction() as session:
            return build_demo(session, seed=seed, progress=progress)
    session = target
    counts = portfolio_counts(session)
    if any(counts.values()):
        raise InoError(message("demo.not_empty", counts=describe(counts)))
    rnd = random.Random(seed)
    as_at = DEMO_AS_AT
    reg = build_registers()
    projects = plan_projects(rnd, reg, as_at)
    for p in projects:
        p.row["created_at"] = p.row["updated_at"] = INITIAL_LOAD
    roadmap = plan_roadmap(rnd, reg, [p.row for p in projects], as_at)
    history = plan_history(rnd, reg, projects, as_at, seed)
    meetings = plan_meetings([p.row for p in projects], roadmap, reg)
    indicator_ids: dict[str, int] = dict(session.execute(select(Indicator.key, Indicator.id)).all())
    indicator_values = plan_indicator_values(indicator_ids, projects, roadmap)

    done = 0

    def write(table: Any, rows: list[dict]) -> None:
        nonlocal done
        if rows:
            session.execute(insert(table), rows)
        done += 1
        tick(progress, done, _STEPS)

    try:
        write(Organisation, reg.organisations)
        write(FederalInstrument, reg.instruments)
        write(Project.__table__, [p.row for p in projects])  # Core: keeps the planned version numbers
        write(Milestone, [m for p in projects for m in p.milestones])
        write(project_organisations, [{"project_id": p.row["id"], "organisation_id": o}
                                      for p in projects for o in p.participants])
        write(project_instruments, [{"project_id": p.row["id"], "instrument_id": i}
                                    for p in projects for i in p.instruments])
        write(RoadmapEdition, roadmap.editions)
        write(RoadmapAction, roadmap.actions)
        write(action_organisations, roadmap.responsible)
        write(action_projects, roadmap.projects)
        write(IndicatorValue, indicator_values)
        write(Meeting, meetings.meetings)
        write(AgendaItem, meetings.agenda)
        write(Decision, meetings.decisions)
        write(ImportBatch, history.batches)
        write(ChangeLog, history.changes)
    except Cancelled:  # the caller's transaction rolls back what was written
        raise InoError(message("demo.cancelled")) from None
    session.merge(Setting(key="demo", value="1"))
    session.merge(Setting(key="as_at", value=as_at.isoformat()))
    session.flush()
    reset_sequences(session)
    return DemoSummary(
        projects=len(projects), milestones=sum(len(p.milestones) for p in projects),
        organisations=len(reg.organisations), instruments=len(reg.instruments), actions=len(roadmap.actions),
        meetings=len(meetings.meetings), decisions=len(meetings.decisions), import_batches=len(history.batches),
        changes=len(history.changes),
    )


def replace_with_demo(session: Session, *, seed: int = DEMO_SEED,
                      progress: Progress | None = None) -> DemoSummary:
    """Clear the portfolio (reference data, profiles and saved views stay) and write the demo."""
    clear_portfolio(session)
    return build_demo(session, seed=seed, progress=progress)
