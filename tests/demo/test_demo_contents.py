"""The demo portfolio holds what the programme's documents describe: counts, spread and the registers."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import func, select

from ino_desktop import reference as ref
from ino_desktop.db import Database
from ino_desktop.demo import DEMO_AS_AT
from ino_desktop.models import (
    Decision,
    FederalInstrument,
    Indicator,
    Meeting,
    Organisation,
    Project,
    RoadmapAction,
    RoadmapEdition,
)
from ino_desktop.services import portfolio


def test_projects_cover_every_cluster_area_place_and_category(demo_db: Database) -> None:
    with demo_db.session() as s:
        rows = portfolio.list_projects(s)
    assert len(rows) >= 120
    clusters = Counter(r.cluster for r in rows)
    assert set(ref.keys("cluster")) <= set(clusters)
    assert all(clusters[k] >= 10 for k in ref.keys("cluster"))
    assert 1 <= clusters[None] < 30  # a few projects stand outside the clusters
    assert {r.work_area for r in rows} == set(ref.keys("work_area"))
    assert {r.location for r in rows} == set(ref.LOCATIONS)
    assert {r.category for r in rows} == set(ref.keys("category"))
    assert len({r.territory_type for r in rows} - {None}) >= 5
    assert len({r.code for r in rows}) == len(rows)
    assert len({r.name for r in rows}) == len(rows)


def test_organisations_and_instruments(demo_db: Database) -> None:
    with demo_db.session() as s:
        kinds = Counter(s.scalars(select(Organisation.kind)))
        shorts = set(s.scalars(select(Organisation.short_name).where(Organisation.kind == "university")))
        corporations = set(s.scalars(select(Organisation.short_name)
                                     .where(Organisation.kind == "national_corporation")))
        ministries = set(s.scalars(select(Organisation.short_name).where(Organisation.kind == "federal_ministry")))
        instruments = [(i.ministry.kind if i.ministry else None, i.ministry_id)
                       for i in s.scalars(select(FederalInstrument))]
        leads = Counter(s.scalars(select(Organisation.kind).join(Project, Project.lead_organization_id
                                                                 == Organisation.id)))
    assert kinds["federal_ministry"] == 12
    assert {"Минэкономразвития России", "Минобрнауки России", "Минпромторг России"} <= ministries
    assert shorts == {"ТГУ", "ТПУ", "ТУСУР", "СибГМУ", "ТГАСУ", "ТГПУ"}
    assert corporations == {"Росатом", "Роснано", "Ростех", "РВК", "Внешэкономбанк"}
    assert kinds["company"] >= 60
    assert len(instruments) >= 50
    assert all(kind == "federal_ministry" for kind, _ in instruments)
    assert len({ministry for _, ministry in instruments}) == 12  # every ministry offers something
    assert leads["company"] > leads["university"] > 0


def test_roadmap_editions(demo_db: Database) -> None:
    with demo_db.session() as s:
        progress = {p.year: p for p in portfolio.roadmap_completion(s, DEMO_AS_AT)}
        areas_2016 = set(s.scalars(select(RoadmapAction.work_area).join(RoadmapAction.edition)
                                   .where(RoadmapEdition.year == 2016)))
        unowned = s.scalar(select(func.count()).select_from(RoadmapAction).where(~RoadmapAction.responsible.any()))
        numbers = list(s.execute(select(RoadmapAction.edition_id, RoadmapAction.number)))
    assert (progress[2015].total, progress[2015].done) == (65, 42)
    assert progress[2015].overdue == 23  # the year is over: every action not done is late
    assert progress[2016].total == 55
    assert areas_2016 == set(ref.keys("work_area"))
    assert 0 < progress[2016].overdue < progress[2016].total - progress[2016].done
    assert 0 < progress[2016].done < 55
    assert unowned == 0
    assert len(set(numbers)) == len(numbers)


def test_meetings_agenda_and_decisions(demo_db: Database) -> None:
    with demo_db.session() as s:
        meetings = list(s.scalars(select(Meeting).order_by(Meeting.date)))
        first, second = meetings
        assert len(meetings) == 2
        assert first.date < second.date <= DEMO_AS_AT
        items = first.agenda + second.agenda
        assert any(a.project_id for a in items)
        assert any(a.cluster for a in items)
        assert any(a.action_id for a in items)
        statuses = Counter(d.status for d in first.decisions)
        assert statuses["done"] >= 2 and statuses["open"] >= 1 and statuses["cancelled"] >= 1
        assert all(d.follow_up for d in first.decisions)  # every one was followed up at the second meeting
        overdue = [d for d in s.scalars(select(Decision)) if d.is_overdue(DEMO_AS_AT)]
        assert any(d.meeting_id == first.id for d in overdue)
        assert any(d.meeting_id == second.id for d in overdue)
        assert all(d.responsible and d.deadline for d in first.decisions + second.decisions)
        # the agenda's figure is the roadmap's, not a number typed into a string
        assert "42 из 65" in first.agenda[0].title


def test_indicators_have_yearly_values(demo_db: Database) -> None:
    with demo_db.session() as s:
        indicators = {i.key: i for i in s.scalars(select(Indicator))}
        rows = portfolio.list_projects(s)
        assert {k for k, i in indicators.items() if i.values} == set(indicators)
        years = {v.year: v for v in indicators["roadmap_2015"].values}
        assert (years[2015].target, years[2015].actual) == (65.0, 42.0)
        share = {v.year: v.actual for v in indicators["confirmed_share"].values}
        money = portfolio.money_of([r for r in rows if r.start_date and r.start_date.year <= 2016])
        assert share[2016] == round(100 * money.confirmed / money.extra_budgetary, 1)
        assert [v.year for v in indicators["jobs"].values] == sorted(v.year for v in indicators["jobs"].values)


def test_marked_as_demo_with_a_fixed_date(demo_db: Database) -> None:
    with demo_db.session() as s:
        assert portfolio.is_demo(s)
        assert portfolio.as_at_date(s) == dt.date(2016, 12, 15) == DEMO_AS_AT
