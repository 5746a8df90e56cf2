"""A small, fully known portfolio for window tests: every cluster, status and RAG appears, and the
figures are simple enough to check by hand (project i costs 100 + 10·i RUB million)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from ino_desktop import reference as ref
from ino_desktop.models import ChangeLog, ImportBatch, Milestone, Organisation, Project, RoadmapAction, RoadmapEdition
from ino_desktop.models import Setting as SettingRow
from ino_desktop.services.changes import encode

AS_AT = dt.date(2016, 6, 30)
PROJECTS = 24
# Projects 0, 5, 10, … were last reported more than 90 days before AS_AT; project 23 never.
STALE = {i for i in range(PROJECTS) if i % 5 == 0} | {23}


def project_values(i: int) -> dict:
    clusters = ref.keys("cluster")
    cluster = clusters[i % len(clusters)] if i % 8 != 7 else None  # some projects stand outside clusters
    extra = 50.0 + 5 * i
    reported = None if i == 23 else AS_AT - dt.timedelta(days=120 if i in STALE else 10 + i)
    return {
        "code": f"INO-{i + 1:04d}",
        "name": f"Проект «{('Ёлка', 'Кедр', 'Сосна', 'Пихта')[i % 4]}» № {i + 1}",
        "name_en": f"Project {i + 1}",
        "cluster": cluster,
        "work_area": ref.keys("work_area")[i % 5],
        "territory_type": ref.keys("territory_type")[i % 6],
        "category": ref.keys("category")[i % 4],
        "location": ref.LOCATIONS[i % len(ref.LOCATIONS)],
        "status": ref.keys("status")[i % 4],
        "rag": (*ref.keys("rag"), None)[i % 4],
        "start_date": dt.date(2014, 1 + i % 12, 1),
        "end_date": dt.date(2019, 12, 31),
        "total_cost_mln": 100.0 + 10 * i,
        "federal_budget_mln": 20.0 + i,
        "regional_budget_mln": 10.0,
        "extra_budgetary_mln": extra,
        "extra_budgetary_confirmed_mln": extra * (0.5 if i % 2 else 0.8),
        "jobs_planned": 100 + i,
        "jobs_created": 10 * i,
        "problems": "Нет подтверждения софинансирования" if i % 3 == 0 else None,
        "curator": "Иванов И. И.",
        "reported_at": reported,
    }


def fill_portfolio(session: Session) -> list[Project]:
    orgs = [Organisation(name=n, kind=k) for n, k in (
        ("ТПУ", "university"), ("ТГУ", "university"), ("АО «СХК»", "national_corporation"),
        ("ООО «Сибирские дикоросы»", "company"))]
    session.add_all(orgs)
    batch = ImportBatch(file_name="Минэк_2016-06.xlsx", sha256="0" * 64, source="Минэкономразвития",
                        imported_at=dt.datetime(2016, 6, 1, 9, 0), created_count=PROJECTS)
    session.add(batch)
    projects = []
    for i in range(PROJECTS):
        p = Project(**project_values(i), lead_organization=orgs[i % len(orgs)])
        p.participants = [orgs[(i + 1) % len(orgs)]]
        p.milestones = [
            Milestone(title="Проектная документация", planned_date=dt.date(2015, 3, 1),
                      actual_date=dt.date(2015, 4, 1), status="done"),
            Milestone(title="Ввод в эксплуатацию", planned_date=dt.date(2016, 3, 1) if i % 2 else dt.date(2017, 9, 1),
                      status="planned"),
        ]
        projects.append(p)
    session.add_all(projects)
    session.flush()
    for i, p in enumerate(projects):
        session.add(ChangeLog(project_id=p.id, project_code=p.code, action="update", field="total_cost_mln",
                              old_value=encode(90.0 + 10 * i), new_value=encode(p.total_cost_mln),
                              changed_at=dt.datetime(2016, 6, 1, 9, 0), origin="import", batch=batch,
                              file_name=batch.file_name, sheet="Проекты", cell=f"I{i + 2}"))
        session.add(ChangeLog(project_id=p.id, project_code=p.code, action="update", field="status",
                              old_value=encode("planned"), new_value=encode(p.status),
                              changed_at=dt.datetime(2016, 6, 10, 15, 30), origin="manual", changed_by="Петрова А. С."))
    edition = RoadmapEdition(year=2016, title="Дорожная карта 2016")
    edition.actions = [
        RoadmapAction(number=str(n + 1), title=f"Мероприятие {n + 1}", work_area=ref.keys("work_area")[n % 5],
                      deadline=dt.date(2016, 1 + n, 1), status=("done", "in_progress", "not_started")[n % 3])
        for n in range(9)
    ]
    session.add(edition)
    session.merge(SettingRow(key="as_at", value=AS_AT.isoformat()))
    return projects
