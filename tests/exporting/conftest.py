"""A small hand-made portfolio with the awkward values exports must survive (BAD_INPUTS group F)."""

from __future__ import annotations

import datetime as dt

import pytest

from ino_desktop.db import Database
from ino_desktop.models import (
    Decision,
    Meeting,
    Milestone,
    Organisation,
    Project,
    RoadmapAction,
    RoadmapEdition,
    Setting,
)

INJECTIONS = ("=cmd|'/c calc'!A1", "+1-1", "-5 млн", "@SUM(1)", "\tотступ", "\rвозврат", '=HYPERLINK("http://x")')
LONG = "Ж" * 40_000


@pytest.fixture
def small(db: Database) -> Database:
    with db.transaction() as s:
        tpu = Organisation(name="Национальный исследовательский Томский политехнический университет",
                           short_name="ТПУ", kind="university")
        firm = Organisation(name="ООО «Сибирский лес»", kind="company")
        s.add_all([tpu, firm])
        s.add(Project(
            code="INO-0001", name="Завод «Ёлка»", name_en="Yolka plant", category="industrial", cluster="timber",
            work_area="industry", territory_type="industrial", location="Асино", lead_organization=firm,
            participants=[tpu], status="in_progress", rag="amber", start_date=dt.date(2015, 3, 1),
            end_date=dt.date(2018, 12, 31), total_cost_mln=1234.5, federal_budget_mln=0.0,
            regional_budget_mln=34.5, extra_budgetary_mln=1200.0, extra_budgetary_confirmed_mln=800.25,
            jobs_planned=120, jobs_created=40, problems=INJECTIONS[0], decisions_requested=INJECTIONS[6],
            curator="Белов Д. С.", reported_at=dt.date(2016, 11, 1),
            milestones=[Milestone(title="Ввод в эксплуатацию", planned_date=dt.date(2016, 6, 1), status="planned")],
        ))
        s.add(Project(code="INO-0002", name=INJECTIONS[1], cluster=None, total_cost_mln=9226.900000000001,
                      problems=LONG, description="строка\x07с\x00управляющими символами",
                      decisions_requested="скрытый\u202eтекст"))
        for n, text in enumerate(INJECTIONS[2:6], start=3):
            s.add(Project(code=f"INO-000{n}", name=text))
        edition = RoadmapEdition(year=2016, title="Дорожная карта 2016")
        s.add(RoadmapAction(edition=edition, number="1.1", title="Утвердить программу", work_area="industry",
                            deadline=dt.date(2016, 3, 1), status="in_progress", responsible=[tpu]))
        s.add(Meeting(title="Рабочая группа", date=dt.date(2016, 4, 14), chair="Председатель",
                      decisions=[Decision(number=1, text="=1+1", responsible="ТПУ", deadline=dt.date(2016, 5, 1),
                                          status="open")]))
        s.merge(Setting(key="as_at", value="2016-12-15"))
    return db
