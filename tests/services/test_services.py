"""services.portfolio's figures on a small hand-made portfolio, against numbers worked out by hand.

Six projects: three in the timber cluster, two in pharma, one outside the clusters; a 2015 and a 2016
roadmap edition; milestones done, late and not yet due. As at 15 December 2016.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ino_desktop import reference as ref
from ino_desktop.db import Database
from ino_desktop.models import Milestone, Organisation, Project, RoadmapAction, RoadmapEdition, Setting
from ino_desktop.services import portfolio
from ino_desktop.services.filters import NO_VALUE, ProjectFilter

AS_AT = dt.date(2016, 12, 15)
D = dt.date


def _project(code: str, name: str, cluster: str | None, money: tuple | None, jobs: tuple, **extra: object) -> Project:
    total, federal, regional, extra_budgetary, confirmed = money or (None,) * 5
    return Project(code=code, name=name, cluster=cluster, total_cost_mln=total, federal_budget_mln=federal,
                   regional_budget_mln=regional, extra_budgetary_mln=extra_budgetary,
                   extra_budgetary_confirmed_mln=confirmed, jobs_planned=jobs[0], jobs_created=jobs[1], **extra)


@pytest.fixture
def hand(db: Database) -> Database:
    with db.transaction() as s:
        forest = Organisation(name="ООО «Сибирский лес»", kind="company")
        s.add_all([
            _project("INO-0001", "Лесопильный завод «Ёлка»", "timber", (100.0, 10.0, 20.0, 70.0, 50.0), (100, 40),
                     work_area="industry", location="Асино", status="in_progress", rag="green",
                     lead_organization=forest, reported_at=D(2016, 12, 1),
                     milestones=[Milestone(title="Проект", planned_date=D(2016, 3, 1), actual_date=D(2016, 3, 10),
                                           status="done"),
                                 Milestone(title="Монтаж", planned_date=D(2016, 6, 1)),
                                 Milestone(title="Пуск", planned_date=D(2017, 1, 1))]),
            _project("INO-0002", "Пеллетный завод", "timber", (50.0, 0.0, 0.0, 50.0, 50.0), (30, 30),
                     work_area="industry", location="Колпашево", status="completed", rag="green",
                     lead_organization=forest, reported_at=D(2016, 9, 10),
                     milestones=[Milestone(title="Пуск", planned_date=D(2015, 5, 1), actual_date=D(2015, 5, 1),
                                           status="done")]),
            _project("INO-0003", "Фармацевтический завод", "pharma", (300.0, 100.0, 50.0, 150.0, 60.0), (200, 50),
                     work_area="innovation_business", location="Томск", status="in_progress", rag="amber",
                     reported_at=D(2016, 11, 20),
                     milestones=[Milestone(title="Поставка", planned_date=D(2016, 12, 14)),
                                 Milestone(title="Монтаж", planned_date=AS_AT)]),
            _project("INO-0004", "Центр ЁЖИК", "pharma", (200.0, 40.0, 10.0, 150.0, None), (80, 0),
                     work_area="science_education", location="Томск", status="planned", rag="red"),
            _project("INO-0005", "Городской парк", None, None, (None, None), work_area="smart_city",
                     location="Томск", status="suspended", reported_at=D(2016, 9, 16)),
            _project("INO-0006", "Ёлочная фабрика", "timber", (80.0, 0.0, 0.0, 80.0, 80.0), (20, 25),
                     work_area="industry", location="Асино", status="in_progress", rag="green",
                     reported_at=D(2016, 12, 14)),
        ])
        old = RoadmapEdition(year=2015, title="Дорожная карта 2015")
        new = RoadmapEdition(year=2016, title="Дорожная карта 2016")
        for number, status, deadline in (("1.1", "done", D(2015, 3, 1)), ("1.2", "done", D(2015, 4, 1)),
                                         ("2.1", "done", D(2015, 9, 1)), ("2.2", "in_progress", D(2015, 6, 1))):
            s.add(RoadmapAction(edition=old, number=number, title=f"Мероприятие {number}", status=status,
                                deadline=deadline, work_area="industry"))
        for number, status, deadline in (("1.1", "done", D(2016, 5, 1)), ("1.2", "in_progress", D(2016, 10, 1)),
                                         ("1.3", "in_progress", D(2017, 3, 1)), ("2.1", "not_started", D(2016, 12, 1)),
                                         ("2.2", "not_started", None)):
            s.add(RoadmapAction(edition=new, number=number, title=f"Мероприятие {number}", status=status,
                                deadline=deadline, work_area="smart_city"))
    return db


def _codes(rows: list) -> list[str]:
    return [r.code for r in rows]


def test_totals_by_cluster_and_source(hand: Database) -> None:
    with hand.session() as s:
        rows = portfolio.list_projects(s)
    by_cluster = portfolio.money_by_cluster(rows)
    assert list(by_cluster) == ["timber", "pharma", None]  # reference order, outside clusters last
    assert by_cluster["timber"] == portfolio.Money(230.0, 10.0, 20.0, 200.0, 180.0, 3)
    assert by_cluster["pharma"] == portfolio.Money(500.0, 140.0, 60.0, 300.0, 60.0, 2)
    assert by_cluster[None] == portfolio.Money(0.0, 0.0, 0.0, 0.0, 0.0, 1)
    whole = portfolio.money_of(rows)
    assert whole == portfolio.Money(730.0, 150.0, 80.0, 500.0, 240.0, 6)
    assert whole.confirmed_share == pytest.approx(0.48)
    assert by_cluster["timber"].confirmed_share == pytest.approx(0.9)
    assert by_cluster[None].confirmed_share is None  # nothing extra-budgetary: no share, not 0 %


def test_jobs_against_the_target(hand: Database) -> None:
    with hand.session() as s:
        jobs = portfolio.jobs_of(portfolio.list_projects(s))
    assert (jobs.planned, jobs.created, jobs.target) == (430, 145, ref.JOBS_TARGET) == (430, 145, 160_000)
    assert jobs.created_share == pytest.approx(145 / 160_000)


def test_roadmap_completion_per_edition(hand: Database) -> None:
    with hand.session() as s:
        by_year = {p.year: p for p in portfolio.roadmap_completion(s, AS_AT)}
        late = portfolio.overdue_actions(s, AS_AT)
        late_2016 = portfolio.overdue_actions(s, AS_AT, year=2016)
    assert (by_year[2015].total, by_year[2015].done, by_year[2015].in_progress, by_year[2015].overdue) == (4, 3, 1, 1)
    assert by_year[2015].share_done == 0.75
    p16 = by_year[2016]
    assert (p16.total, p16.done, p16.in_progress, p16.not_started, p16.overdue) == (5, 1, 2, 2, 2)
    assert [(a.edition_year, a.number, a.days_late) for a in late] == [(2015, "2.2", 563), (2016, "1.2", 75),
                                                                        (2016, "2.1", 14)]
    assert [a.number for a in late_2016] == ["1.2", "2.1"]


def test_overdue_milestones(hand: Database) -> None:
    with hand.session() as s:
        late = portfolio.overdue_milestones(s, AS_AT)
        pharma = portfolio.overdue_milestones(s, AS_AT, ProjectFilter(clusters=("pharma",)))
    # Due on the as-at date itself is not late yet; done ones never are.
    assert [(m.project_code, m.title, m.days_late) for m in late] == [("INO-0001", "Монтаж", 197),
                                                                      ("INO-0003", "Поставка", 1)]
    assert [m.project_code for m in pharma] == ["INO-0003"]


def test_stale_projects(hand: Database) -> None:
    with hand.session() as s:
        rows = portfolio.list_projects(s)
        only_stale = portfolio.list_projects(s, ProjectFilter(stale_only=True), as_at=AS_AT)
    # 96 days and never reported are stale; exactly 90 days is not yet.
    assert _codes(portfolio.stale_projects(rows, AS_AT)) == ["INO-0002", "INO-0004"]
    assert _codes(only_stale) == ["INO-0002", "INO-0004"]


@pytest.mark.parametrize(("flt", "codes"), [
    (ProjectFilter(text="ЕЛКА"), ["INO-0001"]),  # ё/е and letter case
    (ProjectFilter(text="ёж"), ["INO-0004"]),
    (ProjectFilter(text="  завод "), ["INO-0001", "INO-0002", "INO-0003"]),
    (ProjectFilter(text="сибирский ЛЕС"), ["INO-0001", "INO-0002"]),  # the lead organisation's name
    (ProjectFilter(text="ino-0006"), ["INO-0006"]),
    (ProjectFilter(text="космос"), []),
    (ProjectFilter(clusters=(NO_VALUE,)), ["INO-0005"]),
    (ProjectFilter(clusters=("timber", NO_VALUE)), ["INO-0001", "INO-0002", "INO-0005", "INO-0006"]),
    (ProjectFilter(rags=(NO_VALUE,)), ["INO-0005"]),
    (ProjectFilter(statuses=("in_progress",), locations=("Асино",)), ["INO-0001", "INO-0006"]),
    (ProjectFilter(work_areas=("industry",), text="ёлоч"), ["INO-0006"]),
])
def test_filters(hand: Database, flt: ProjectFilter, codes: list[str]) -> None:
    with hand.session() as s:
        assert _codes(portfolio.list_projects(s, flt)) == codes


def test_counts_and_summary(hand: Database) -> None:
    with hand.session() as s:
        rows = portfolio.list_projects(s)
        assert portfolio.as_at_date(s) == D(2016, 12, 14)  # no stored date: the latest report
    with hand.transaction() as s:
        s.merge(Setting(key="as_at", value=AS_AT.isoformat()))
    with hand.session() as s:
        summary = portfolio.summary(s)
        pharma = portfolio.summary(s, ProjectFilter(clusters=("pharma",)))
    assert portfolio.count_by(rows, "cluster") == {"timber": 3, "pharma": 2, None: 1}
    assert summary.as_at == AS_AT and summary.projects == 6 and not summary.is_demo
    assert summary.by_status == {"in_progress": 3, "completed": 1, "planned": 1, "suspended": 1}
    assert summary.by_rag == {"green": 3, "amber": 1, "red": 1, None: 1}
    assert (summary.stale, summary.overdue_milestones) == (2, 2)
    assert summary.confirmed_share == pytest.approx(0.48)
    assert (pharma.projects, pharma.money.total, pharma.jobs.planned, pharma.overdue_milestones) == (2, 500.0, 280, 1)
