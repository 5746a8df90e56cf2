"""Register services: roadmap by edition and work area with overdue, meetings with follow-up,
organisations, instruments and indicators with yearly values."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from ino_desktop.db import Database
from ino_desktop.errors import InoError, NotFound
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
from ino_desktop.services import registers as reg

AS_AT = dt.date(2016, 10, 1)


@pytest.fixture
def filled(db: Database) -> Database:
    with db.transaction() as s:
        tsu = Organisation(name="Томский государственный университет", short_name="ТГУ", kind="university")
        ministry = Organisation(name="Минэкономразвития России", kind="federal_ministry")
        p1 = Project(code="INO-0001", name="Проект один", lead_organization=tsu, participants=[ministry])
        p2 = Project(code="INO-0002", name="Проект два", lead_organization=tsu)
        s.add_all([p1, p2, FederalInstrument(name="Грант РНФ", kind="grant", ministry=ministry)])
        e15 = RoadmapEdition(year=2015, title="Дорожная карта 2015")
        e16 = RoadmapEdition(year=2016, title="Дорожная карта 2016")
        e15.actions = [RoadmapAction(number="1", title="Создать технопарк", work_area="industry",
                                     deadline=dt.date(2015, 12, 31), status="done", responsible=[tsu]),
                       RoadmapAction(number="2", title="Запустить фонд", work_area="smart_city",
                                     deadline=dt.date(2015, 6, 30), status="in_progress", projects=[p2, p1])]
        e16.actions = [RoadmapAction(number="1", title="Открыть центр", work_area="industry",
                                     deadline=dt.date(2016, 12, 31), status="not_started")]
        m1 = Meeting(title="Совет программы", date=dt.date(2016, 3, 1), chair="Губернатор")
        m1.decisions = [Decision(number=1, text="Подготовить заявку", responsible="ТГУ",
                                 deadline=dt.date(2016, 6, 1), status="open", project=p1),
                        Decision(number=2, text="Утвердить план", status="done")]
        m2 = Meeting(title="Совет программы", date=dt.date(2016, 9, 1))
        s.add_all([e15, e16, m1, m2])
    return db


def test_actions_by_edition_and_work_area_with_overdue(filled: Database) -> None:
    with filled.session() as s:
        assert [(e.year, e.actions) for e in reg.list_editions(s)] == [(2015, 2), (2016, 1)]
        rows = reg.list_actions(s, AS_AT, year=2015)
        industry = reg.list_actions(s, AS_AT, work_area="industry")
        overdue = reg.list_actions(s, AS_AT, overdue_only=True)
    assert [(r.number, r.overdue, r.days_late) for r in rows] == [("1", False, None), ("2", True, 459)]
    assert rows[0].responsible == ("ТГУ",)
    assert rows[1].projects == ("INO-0001", "INO-0002")
    assert [(r.edition_year, r.number) for r in industry] == [(2015, "1"), (2016, "1")]
    assert [r.title for r in overdue] == ["Запустить фонд"]


def test_set_action_status_records_completion(filled: Database) -> None:
    with filled.session() as s:
        action_id = reg.list_actions(s, AS_AT, year=2015)[1].id
    with filled.transaction() as s:
        reg.set_action_status(s, action_id, "done", completed_on=dt.date(2016, 9, 30))
    with filled.session() as s:
        row = reg.list_actions(s, AS_AT, year=2015)[1]
        assert (row.status, row.completed_on, row.overdue) == ("done", dt.date(2016, 9, 30), False)
    with filled.transaction() as s:
        reg.set_action_status(s, action_id, "in_progress")
    with filled.session() as s:
        assert s.get(RoadmapAction, action_id).completed_on is None
    with filled.transaction() as s, pytest.raises(InoError, match="unknown status 'finished'"):
        reg.set_action_status(s, action_id, "finished")
    with filled.transaction() as s, pytest.raises(NotFound):
        reg.set_action_status(s, 9999, "done")


def test_meetings_decisions_and_follow_up(filled: Database) -> None:
    with filled.session() as s:
        meetings = reg.list_meetings(s, AS_AT)
        later, earlier = meetings
        decisions = reg.decisions_of(s, earlier.id, AS_AT)
        follow = reg.follow_up(s, later.id, AS_AT)
        none_before = reg.follow_up(s, earlier.id, AS_AT)
    assert [(m.date, m.decisions, m.open_decisions, m.overdue_decisions) for m in meetings] == [
        (dt.date(2016, 9, 1), 0, 0, 0), (dt.date(2016, 3, 1), 2, 1, 1)]
    assert [(d.number, d.project_code, d.overdue) for d in decisions] == [(1, "INO-0001", True), (2, None, False)]
    assert [d.text for d in follow] == ["Подготовить заявку"]
    assert none_before == []


def test_add_and_update_decisions_and_agenda(filled: Database) -> None:
    with filled.session() as s:
        later = reg.list_meetings(s, AS_AT)[0]
        first_open = reg.follow_up(s, later.id, AS_AT)[0]
    with filled.transaction() as s:
        new_id = reg.add_decision(s, later.id, "Провести аудит", responsible="Департамент",
                                  deadline=dt.date(2016, 12, 1), project_code="INO-0002")
        reg.add_agenda_item(s, later.id, "О ходе реализации", speaker="Иванов", cluster="pharma")
        reg.update_decision(s, first_open.id, status="done", follow_up_text="Заявка подана 15.09.2016")
    with filled.session() as s:
        assert reg.follow_up(s, later.id, AS_AT) == []
        rows = reg.decisions_of(s, later.id, AS_AT)
        agenda = reg.agenda_of(s, later.id)
        assert s.get(Decision, first_open.id).follow_up == "Заявка подана 15.09.2016"
    assert [(d.id, d.number, d.project_code) for d in rows] == [(new_id, 1, "INO-0002")]
    assert [(a.position, a.cluster) for a in agenda] == [(1, "pharma")]
    with filled.transaction() as s, pytest.raises(NotFound, match="INO-9999"):
        reg.add_decision(s, later.id, "x", project_code="INO-9999")
    with filled.transaction() as s, pytest.raises(InoError, match="needs its text"):
        reg.add_decision(s, later.id, "   ")


def test_create_meeting(filled: Database) -> None:
    with filled.transaction() as s:
        mid = reg.create_meeting(s, "Рабочая группа", dt.date(2016, 10, 15), venue="Томск, пл. Ленина, 6")
    with filled.session() as s:
        assert s.get(Meeting, mid).venue == "Томск, пл. Ленина, 6"


def test_organisations_with_usage_and_validation(filled: Database) -> None:
    with filled.session() as s:
        rows = {r.name: r for r in reg.list_organisations(s)}
    assert (rows["Томский государственный университет"].lead_of,
            rows["Минэкономразвития России"].participant_in) == (2, 1)
    with filled.transaction() as s:
        new_id = reg.save_organisation(s, None, name="  ТПУ  ", kind="university")
    with filled.session() as s:
        assert s.get(Organisation, new_id).name == "ТПУ"
    with filled.transaction() as s, pytest.raises(InoError, match="already used"):
        reg.save_organisation(s, None, name="ТПУ", kind="university")
    with filled.transaction() as s, pytest.raises(InoError, match="unknown kind"):
        reg.save_organisation(s, new_id, name="ТПУ", kind="club")


def test_instruments(filled: Database) -> None:
    with filled.session() as s:
        ministry = s.scalar(select(Organisation.id).where(Organisation.kind == "federal_ministry"))
        [row] = reg.list_instruments(s)
    assert (row.ministry, row.kind, row.projects) == ("Минэкономразвития России", "grant", 0)
    with filled.transaction() as s:
        reg.save_instrument(s, row.id, name="Грант РНФ", kind="subsidy", ministry_id=ministry,
                            description="Поддержка исследований")
    with filled.session() as s:
        assert s.get(FederalInstrument, row.id).kind == "subsidy"
    with filled.transaction() as s, pytest.raises(NotFound):
        reg.save_instrument(s, None, name="Льгота", kind="tax_relief", ministry_id=9999)


def test_indicators_with_yearly_values(filled: Database) -> None:
    with filled.session() as s:
        jobs = next(i for i in reg.list_indicators(s) if i.key == "jobs")
    assert jobs.target == 160000 and jobs.values == () and jobs.latest is None
    with filled.transaction() as s:
        reg.set_indicator_value(s, jobs.id, 2016, target=60000, actual=45000, source="Росстат")
        reg.set_indicator_value(s, jobs.id, 2015, target=40000, actual=41000)
    with filled.session() as s:
        jobs = next(i for i in reg.list_indicators(s) if i.key == "jobs")
    assert [(v.year, v.actual) for v in jobs.values] == [(2015, 41000), (2016, 45000)]
    assert jobs.latest.share == 0.75
    assert jobs.name("ru") == "Высокопроизводительные рабочие места"
    with filled.transaction() as s:
        reg.set_indicator_value(s, jobs.id, 2015, target=None, actual=None)
    with filled.session() as s:
        assert [v.year for v in s.get(Indicator, jobs.id).values] == [2016]
    with filled.transaction() as s, pytest.raises(InoError, match="must not be negative"):
        reg.set_indicator_value(s, jobs.id, 2017, target=1, actual=-5)


def test_a_refused_write_leaves_the_database_unchanged(filled: Database) -> None:
    with filled.session() as s:
        before = [(p.code, p.name) for p in s.scalars(select(Project).order_by(Project.code))]
        orgs_before = len(reg.list_organisations(s))
    with pytest.raises(InoError), filled.transaction() as s:
        reg.save_organisation(s, None, name="Новая", kind="company")
        reg.save_organisation(s, None, name="Новая", kind="company")
    with filled.session() as s:
        assert len(reg.list_organisations(s)) == orgs_before
        assert [(p.code, p.name) for p in s.scalars(select(Project).order_by(Project.code))] == before
