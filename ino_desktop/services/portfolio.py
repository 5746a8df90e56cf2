"""Portfolio queries: the project list, counts for the navigator, and the programme's totals.

Every function takes a Session and a ProjectFilter and returns plain dataclasses, so the window,
the briefing pack and the tests all read the same figures.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ino_desktop import reference as ref
from ino_desktop.models import Milestone, Organisation, Project, RoadmapAction, RoadmapEdition, Setting
from ino_desktop.services.filters import ProjectFilter


@dataclass(frozen=True)
class ProjectRow:
    id: int
    code: str
    name: str
    name_en: str | None
    category: str | None
    cluster: str | None
    work_area: str | None
    territory_type: str | None
    location: str | None
    lead_organization: str | None
    status: str | None
    rag: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    total_cost_mln: float | None
    federal_budget_mln: float | None
    regional_budget_mln: float | None
    extra_budgetary_mln: float | None
    extra_budgetary_confirmed_mln: float | None
    jobs_planned: int | None
    jobs_created: int | None
    reported_at: dt.date | None
    version: int

    def is_stale(self, as_at: dt.date, days: int = ref.STALE_AFTER_DAYS) -> bool:
        """Not reported for `days`: a state of its own ("not reported"), never a blank."""
        return self.reported_at is None or (as_at - self.reported_at).days > days


_ROW_COLUMNS = (
    Project.id, Project.code, Project.name, Project.name_en, Project.category, Project.cluster,
    Project.work_area, Project.territory_type, Project.location, Organisation.name, Project.status,
    Project.rag, Project.start_date, Project.end_date, Project.total_cost_mln, Project.federal_budget_mln,
    Project.regional_budget_mln, Project.extra_budgetary_mln, Project.extra_budgetary_confirmed_mln,
    Project.jobs_planned, Project.jobs_created, Project.reported_at, Project.version,
)


def _matches_text(row: ProjectRow, needle: str) -> bool:
    hay = " ".join(x for x in (row.code, row.name, row.name_en, row.lead_organization) if x)
    return needle in ref.fold(hay)


def list_projects(
    session: Session, flt: ProjectFilter | None = None, *, as_at: dt.date | None = None
) -> list[ProjectRow]:
    """Projects passing the filter, ordered by code."""
    flt = flt or ProjectFilter()
    stmt = select(*_ROW_COLUMNS).outerjoin(Organisation, Project.lead_organization_id == Organisation.id)
    stmt = flt.apply(stmt).order_by(Project.code)
    rows = [ProjectRow(*r) for r in session.execute(stmt)]  # type: ignore[call-arg]  # columns match fields
    if flt.text.strip():
        needle = ref.fold(flt.text)
        rows = [r for r in rows if _matches_text(r, needle)]
    if flt.stale_only:
        day = as_at or as_at_date(session)
        rows = [r for r in rows if r.is_stale(day)]
    return rows


def count_by(rows: list[ProjectRow], attribute: str) -> dict[str | None, int]:
    """How many of `rows` fall under each value of `attribute` (cluster, work_area, status, …)."""
    return dict(Counter(getattr(r, attribute) for r in rows))


def setting(session: Session, key: str) -> str | None:
    """A stored setting's value (None when unset)."""
    return session.scalar(select(Setting.value).where(Setting.key == key))


def is_demo(session: Session) -> bool:
    """True when the portfolio holds the demo data: every view and print must say so."""
    return setting(session, "demo") == "1"


def as_at_date(session: Session) -> dt.date:
    """The date the data speaks for: the stored "as at" date, else the latest report, else today."""
    stored = setting(session, "as_at")
    if stored:
        return dt.date.fromisoformat(stored)
    latest = session.scalar(select(func.max(Project.reported_at)))
    return latest or dt.date.today()


@dataclass(frozen=True)
class Money:
    """Money in RUB million by source; `confirmed` is the confirmed part of `extra_budgetary`."""

    total: float = 0.0
    federal: float = 0.0
    regional: float = 0.0
    extra_budgetary: float = 0.0
    confirmed: float = 0.0
    projects: int = 0

    @property
    def confirmed_share(self) -> float | None:
        return self.confirmed / self.extra_budgetary if self.extra_budgetary else None

    def __add__(self, other: Money) -> Money:
        return Money(self.total + other.total, self.federal + other.federal, self.regional + other.regional,
                     self.extra_budgetary + other.extra_budgetary, self.confirmed + other.confirmed,
                     self.projects + other.projects)


def money_of(rows: list[ProjectRow]) -> Money:
    """The money totals of the rows."""
    def s(values: list[float | None]) -> float:
        return float(sum(v for v in values if v is not None))

    return Money(
        total=s([r.total_cost_mln for r in rows]),
        federal=s([r.federal_budget_mln for r in rows]),
        regional=s([r.regional_budget_mln for r in rows]),
        extra_budgetary=s([r.extra_budgetary_mln for r in rows]),
        confirmed=s([r.extra_budgetary_confirmed_mln for r in rows]),
        projects=len(rows),
    )


def money_by_cluster(rows: list[ProjectRow]) -> dict[str | None, Money]:
    """Totals by cluster × source, in the reference order of clusters; None = outside clusters."""
    out: dict[str | None, Money] = {}
    for key in (*ref.keys("cluster"), None):
        mine = [r for r in rows if r.cluster == key]
        if mine:
            out[key] = money_of(mine)
    return out


@dataclass(frozen=True)
class Jobs:
    planned: int
    created: int
    target: int = ref.JOBS_TARGET

    @property
    def created_share(self) -> float:
        return self.created / self.target if self.target else 0.0


def jobs_of(rows: list[ProjectRow]) -> Jobs:
    """The jobs planned and created in the rows."""
    return Jobs(
        planned=sum(r.jobs_planned or 0 for r in rows),
        created=sum(r.jobs_created or 0 for r in rows),
    )


@dataclass(frozen=True)
class RoadmapProgress:
    year: int
    title: str
    total: int
    done: int
    in_progress: int
    not_started: int
    overdue: int

    @property
    def share_done(self) -> float:
        return self.done / self.total if self.total else 0.0


def roadmap_completion(session: Session, as_at: dt.date) -> list[RoadmapProgress]:
    """Each roadmap edition's actions counted by status, with those overdue."""
    out = []
    for edition in session.scalars(select(RoadmapEdition).order_by(RoadmapEdition.year)):
        statuses = Counter(a.status for a in edition.actions)
        overdue = sum(1 for a in edition.actions if a.is_overdue(as_at))
        out.append(RoadmapProgress(edition.year, edition.title, len(edition.actions), statuses["done"],
                                   statuses["in_progress"], statuses["not_started"], overdue))
    return out


@dataclass(frozen=True)
class OverdueMilestone:
    project_code: str
    project_name: str
    title: str
    planned_date: dt.date
    days_late: int


def overdue_milestones(
    session: Session, as_at: dt.date, flt: ProjectFilter | None = None
) -> list[OverdueMilestone]:
    """Milestones whose planned date has passed with no actual date, oldest first."""
    stmt = (
        select(Project.code, Project.name, Milestone.title, Milestone.planned_date)
        .join(Milestone.project)
        .where(Milestone.actual_date.is_(None), Milestone.planned_date < as_at)
        .order_by(Milestone.planned_date, Project.code)
    )
    stmt = (flt or ProjectFilter()).apply(stmt)
    out = []
    for code, name, title, planned in session.execute(stmt):
        assert planned is not None  # the WHERE clause compares it with as_at
        out.append(OverdueMilestone(code, name, title, planned, (as_at - planned).days))
    return out


@dataclass(frozen=True)
class OverdueAction:
    edition_year: int
    number: str
    title: str
    work_area: str | None
    deadline: dt.date
    status: str
    days_late: int


def overdue_actions(session: Session, as_at: dt.date, year: int | None = None) -> list[OverdueAction]:
    """The roadmap actions past their deadline and not done (of one year, or all)."""
    stmt = (
        select(RoadmapEdition.year, RoadmapAction)
        .join(RoadmapAction.edition)
        .where(RoadmapAction.status != "done", RoadmapAction.deadline < as_at)
        .order_by(RoadmapEdition.year, RoadmapAction.deadline, RoadmapAction.id)
    )
    if year is not None:
        stmt = stmt.where(RoadmapEdition.year == year)
    out = []
    for y, a in session.execute(stmt):
        assert a.deadline is not None  # the WHERE clause compares it with as_at
        out.append(OverdueAction(y, a.number, a.title, a.work_area, a.deadline, a.status, (as_at - a.deadline).days))
    return out


def stale_projects(rows: list[ProjectRow], as_at: dt.date, days: int = ref.STALE_AFTER_DAYS) -> list[ProjectRow]:
    """The rows not updated for the given number of days."""
    return [r for r in rows if r.is_stale(as_at, days)]


@dataclass(frozen=True)
class Summary:
    """The portfolio on one page: what the dashboard and the pack's summary page show."""

    as_at: dt.date
    projects: int
    by_status: dict[str | None, int]
    by_rag: dict[str | None, int]
    money: Money
    jobs: Jobs
    roadmap: list[RoadmapProgress]
    stale: int
    overdue_milestones: int
    is_demo: bool

    @property
    def confirmed_share(self) -> float | None:
        return self.money.confirmed_share


def summary(session: Session, flt: ProjectFilter | None = None, as_at: dt.date | None = None) -> Summary:
    """The dashboard's figures for the projects the filter selects."""
    day = as_at or as_at_date(session)
    rows = list_projects(session, flt, as_at=day)
    return Summary(
        as_at=day,
        projects=len(rows),
        by_status=count_by(rows, "status"),
        by_rag=count_by(rows, "rag"),
        money=money_of(rows),
        jobs=jobs_of(rows),
        roadmap=roadmap_completion(session, day),
        stale=len(stale_projects(rows, day)),
        overdue_milestones=len(overdue_milestones(session, day, flt)),
        is_demo=is_demo(session),
    )
