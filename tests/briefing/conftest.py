"""A small portfolio the pack tests assert exactly: two clusters and one project outside them, a roadmap
edition, two meetings (agenda, decisions) and change-log rows on both sides of the first meeting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from reportlab import rl_config

from ino_desktop.db import Database
from ino_desktop.models import (
    AgendaItem,
    ChangeLog,
    Decision,
    FederalInstrument,
    Meeting,
    Milestone,
    Organisation,
    Project,
    RoadmapAction,
    RoadmapEdition,
    Setting,
)
from ino_desktop.services.changes import encode

HOSTILE = 'R&D <b> <img src="C:\\x">'
D = dt.date


@pytest.fixture(autouse=True)
def _stable_pdf() -> Iterator[None]:
    old = rl_config.invariant
    rl_config.invariant = 1
    yield
    rl_config.invariant = old


def _log(project: Project, field: str, old: object, new: object, when: dt.datetime, **kw: object) -> ChangeLog:
    return ChangeLog(project_code=project.code, project_id=project.id, field=field, old_value=encode(old),
                     new_value=encode(new), changed_at=when, origin=kw.pop("origin", "manual"), **kw)


def fill(session) -> dict[str, int]:  # type: ignore[no-untyped-def]
    session.merge(Setting(key="as_at", value="2016-06-30"))
    company = Organisation(name="ООО «Сибирская нефтехимия»", kind="company")
    tpu = Organisation(name="Томский политехнический университет", kind="university")
    ministry = Organisation(name="Минпромторг России", kind="federal_ministry")
    subsidy = FederalInstrument(name="Субсидия на НИОКР (постановление № 218)", kind="subsidy", ministry=ministry)
    p1 = Project(code="INO-0001", name="Комплекс глубокой переработки попутного газа", cluster="petrochemical",
                 work_area="industry", territory_type="industrial", category="industrial", location="Томский район",
                 lead_organization=company, participants=[tpu], instruments=[subsidy], status="in_progress",
                 rag="red", start_date=D(2015, 1, 1), end_date=D(2019, 12, 31), total_cost_mln=12000.5,
                 federal_budget_mln=2000.0, regional_budget_mln=500.0, extra_budgetary_mln=9500.5,
                 extra_budgetary_confirmed_mln=6000.0, jobs_planned=450, jobs_created=120,
                 description="Переработка попутного нефтяного газа в полимеры.",
                 problems="Задержка поставки оборудования", decisions_requested="Продлить срок субсидии",
                 curator="Иванова Е. А.", reported_at=D(2016, 6, 1))
    p2 = Project(code="INO-0002", name=HOSTILE, cluster="petrochemical", work_area="innovation_business",
                 status="planned", rag="amber", total_cost_mln=300.0, extra_budgetary_mln=300.0,
                 jobs_planned=40, reported_at=D(2016, 1, 10))
    p3 = Project(code="INO-0003", name="Производство фармацевтических субстанций", cluster="pharma",
                 work_area="industry", location="Томск", lead_organization=tpu, status="completed", rag="green",
                 start_date=D(2014, 3, 1), end_date=D(2016, 6, 20), total_cost_mln=850.25, federal_budget_mln=100.0,
                 regional_budget_mln=50.25, extra_budgetary_mln=700.0, extra_budgetary_confirmed_mln=700.0,
                 jobs_planned=90, jobs_created=95, reported_at=D(2016, 6, 20))
    p4 = Project(code="INO-0004", name="Центр доклинических исследований", cluster="pharma",
                 work_area="science_education", status="in_progress", rag=None, total_cost_mln=None,
                 jobs_planned=None, reported_at=None)
    p5 = Project(code="INO-0005", name="Умная остановка", cluster=None, work_area="smart_city", location="Томск",
                 status="suspended", rag="red", total_cost_mln=15.0, regional_budget_mln=15.0, jobs_planned=3,
                 reported_at=D(2016, 5, 15))
    session.add_all([p1, p2, p3, p4, p5])
    p1.milestones = [
        Milestone(title="Проектная документация", planned_date=D(2015, 12, 1), actual_date=D(2015, 11, 20),
                  status="done"),
        Milestone(title="Поставка оборудования", planned_date=D(2016, 3, 1), status="planned"),
    ]
    p3.milestones = [Milestone(title="Выход на проектную мощность", planned_date=D(2016, 9, 1), status="planned")]
    edition = RoadmapEdition(year=2016, title="Дорожная карта 2016", approved_on=D(2016, 2, 1))
    a11 = RoadmapAction(number="1.1", title="Создать инжиниринговый центр", work_area="industry", status="done",
                        deadline=D(2016, 3, 1), completed_on=D(2016, 2, 20))
    a12 = RoadmapAction(number="1.2", title="Запустить программу поддержки экспорта", work_area="industry",
                        status="in_progress", deadline=D(2016, 4, 1), projects=[p1])
    a21 = RoadmapAction(number="2.1", title="Открыть магистратуру по фармацевтике", work_area="science_education",
                        status="not_started", deadline=D(2016, 12, 31))
    edition.actions = [a11, a12, a21]
    session.add(edition)
    m1 = Meeting(title="Рабочая группа № 1", date=D(2016, 3, 15), chair="Иванов И. И.", venue="Томск, пл. Ленина, 6")
    m1.decisions = [
        Decision(number=1, text="Представить график поставок оборудования", responsible="ООО «Сибирская нефтехимия»",
                 deadline=D(2016, 5, 1), status="open", project=p1),
        Decision(number=2, text="Подготовить заявку в Минпромторг", responsible="ТПУ", deadline=D(2016, 4, 1),
                 status="done", follow_up="Заявка направлена 28.03.2016"),
    ]
    m2 = Meeting(title="Рабочая группа № 2", date=D(2016, 7, 5), chair="Иванов И. И.", venue="Томск")
    m2.agenda = [
        AgendaItem(position=1, title="О ходе реализации проекта", speaker="Петров П. П.", project=p1),
        AgendaItem(position=2, title="Фармацевтический кластер", cluster="pharma"),
        AgendaItem(position=3, title="Экспорт", action=a12),
    ]
    session.add_all([m1, m2])
    session.flush()
    at = dt.datetime
    session.add_all([
        _log(p1, "rag", "green", "amber", at(2016, 2, 1, 10)),  # before the first meeting
        _log(p1, "rag", "amber", "red", at(2016, 4, 10, 9), origin="import",
             file_name="minprom_2016Q1.xlsx", sheet="Проекты", cell="H5"),
        _log(p5, "name", None, "Умная остановка", at(2016, 4, 1, 12), action="create",
             changed_by="Сидорова А."),
        _log(p1, "extra_budgetary_confirmed_mln", 5000.0, 5500.0, at(2016, 5, 1, 9),
             changed_by="Сидорова А."),
        _log(p1, "extra_budgetary_confirmed_mln", 5500.0, 6000.0, at(2016, 5, 20, 9),
             changed_by="Сидорова А."),
        _log(p3, "status", "in_progress", "completed", at(2016, 6, 20, 15), changed_by="Петров П."),
        _log(p3, "end_date", D(2016, 12, 31), D(2016, 6, 20), at(2016, 6, 20, 15), origin="import",
             file_name="pharma.xlsx", sheet="Лист1", cell="K7"),
    ])
    return {"m1": m1.id, "m2": m2.id}


@pytest.fixture
def small(db: Database) -> tuple[Database, dict[str, int]]:
    """The small portfolio in a real SQLite file, with the ids of its two meetings."""
    with db.transaction() as session:
        ids = fill(session)
    return db, ids
