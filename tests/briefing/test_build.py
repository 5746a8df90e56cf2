"""build_pack on the small portfolio of conftest.py, asserted exactly, section by section."""

from __future__ import annotations

import datetime as dt

import pytest

from ino_desktop.briefing.build import build_pack
from ino_desktop.briefing.model import (
    AgendaLine,
    ChangeLine,
    ClusterFigures,
    DecisionLine,
    FlaggedProject,
    InstrumentLine,
    MeetingRef,
    MilestoneLine,
    NotReported,
    ProjectLine,
    RoadmapArea,
    Selection,
    Tally,
    TimelineGroup,
    TimelineLine,
)
from ino_desktop.briefing.spec import PackSpec, SpecError, parse_sections
from ino_desktop.errors import NotFound
from ino_desktop.models import SavedView
from ino_desktop.progress import Cancelled, Progress
from ino_desktop.services.filters import ProjectFilter
from ino_desktop.services.portfolio import Jobs, Money, RoadmapProgress
from tests.briefing.conftest import HOSTILE

D = dt.date
M1 = MeetingRef(1, "Рабочая группа № 1", D(2016, 3, 15), "Иванов И. И.", "Томск, пл. Ленина, 6")
M2 = MeetingRef(2, "Рабочая группа № 2", D(2016, 7, 5), "Иванов И. И.", "Томск")


def _pack(small, **spec):  # type: ignore[no-untyped-def]
    db, _ids = small
    with db.session() as session:
        return build_pack(PackSpec(**spec), session)


def test_cover_and_agenda_of_a_meeting(small) -> None:  # type: ignore[no-untyped-def]
    pack = _pack(small, meeting_id=2, marking="Для служебного пользования")
    c = pack.cover
    assert (c.title, c.meeting, c.previous_meeting) == ("Рабочая группа № 2", M2, M1)
    assert (c.as_at, c.since, c.marking, c.is_demo) == (D(2016, 6, 30), D(2016, 3, 15), "Для служебного пользования",
                                                        False)
    assert c.selection == Selection((), None, False, 5)
    assert pack.agenda == (
        AgendaLine(1, "О ходе реализации проекта", "Петров П. П.", "INO-0001",
                   "Комплекс глубокой переработки попутного газа", None, None),
        AgendaLine(2, "Фармацевтический кластер", None, None, None, "pharma", None),
        AgendaLine(3, "Экспорт", None, None, None, None, "1.2"),
    )


def test_summary_counts_now_and_at_the_previous_meeting(small) -> None:  # type: ignore[no-untyped-def]
    s = _pack(small, meeting_id=2).summary
    assert s is not None
    assert s.projects == 5
    # INO-0003 completed after the meeting; INO-0005 was created after it and so counts only now.
    assert s.by_status == (Tally("planned", 1, 1), Tally("in_progress", 2, 3), Tally("completed", 1, 0),
                           Tally("suspended", 1, 0))
    # INO-0001 went amber → red after the meeting (its green → amber before it does not count).
    assert s.by_rag == (Tally("green", 1, 1), Tally("amber", 1, 2), Tally("red", 2, 0), Tally(None, 1, 1))
    assert s.money == Money(total=13165.75, federal=2100.0, regional=565.25, extra_budgetary=10500.5,
                            confirmed=6700.0, projects=5)
    assert s.confirmed_target == 0.65
    assert s.jobs == Jobs(planned=583, created=215)
    assert s.roadmap == (RoadmapProgress(2016, "Дорожная карта 2016", 3, 1, 1, 1, 1),)
    assert (s.not_reported, s.overdue_milestones, s.overdue_actions) == (2, 1, 1)


def test_charts_by_cluster(small) -> None:  # type: ignore[no-untyped-def]
    charts = _pack(small).charts
    assert charts is not None
    assert charts.statuses == ("planned", "in_progress", "completed", "suspended")
    assert charts.clusters == (
        ClusterFigures("petrochemical", Money(12300.5, 2000.0, 500.0, 9800.5, 6000.0, 2),
                       (("planned", 1), ("in_progress", 1), ("completed", 0), ("suspended", 0)), Jobs(490, 120)),
        ClusterFigures("pharma", Money(850.25, 100.0, 50.25, 700.0, 700.0, 2),
                       (("planned", 0), ("in_progress", 1), ("completed", 1), ("suspended", 0)), Jobs(90, 95)),
        ClusterFigures(None, Money(15.0, 0.0, 15.0, 0.0, 0.0, 1),
                       (("planned", 0), ("in_progress", 0), ("completed", 0), ("suspended", 1)), Jobs(3, 0)),
    )


def test_exceptions(small) -> None:  # type: ignore[no-untyped-def]
    e = _pack(small, meeting_id=2).exceptions
    assert e is not None
    assert e.flagged == (
        FlaggedProject("INO-0001", "Комплекс глубокой переработки попутного газа", "petrochemical", "in_progress",
                       "red", "amber", False, "Задержка поставки оборудования"),
        FlaggedProject("INO-0005", "Умная остановка", None, "suspended", "red", None, True, None),
        FlaggedProject("INO-0002", HOSTILE, "petrochemical", "planned", "amber", "amber", False, None),
    )
    # Never reported comes first: "not reported" is a state of its own, not a blank date.
    assert e.not_reported == (
        NotReported("INO-0004", "Центр доклинических исследований", "pharma", None, None),
        NotReported("INO-0002", HOSTILE, "petrochemical", D(2016, 1, 10), 172),
    )
    assert e.stale_after_days == 90


def test_timeline_holds_overdue_work_and_the_next_90_days(small) -> None:  # type: ignore[no-untyped-def]
    timeline = _pack(small, meeting_id=2).timeline
    assert timeline is not None and timeline.horizon == D(2016, 9, 28)  # as at 30.06.2016 + 90 days
    assert timeline.groups == (
        TimelineGroup("petrochemical", "milestone", (
            TimelineLine(D(2016, 3, 1), "milestone", "INO-0001", "Поставка оборудования",
                         "Комплекс глубокой переработки попутного газа", True),)),
        TimelineGroup("pharma", "milestone", (
            TimelineLine(D(2016, 9, 1), "milestone", "INO-0003", "Выход на проектную мощность",
                         "Производство фармацевтических субстанций", False),)),
        # 1.1 is done and 2.1 is due after the horizon
        TimelineGroup(None, "action", (
            TimelineLine(D(2016, 4, 1), "action", "1.2 (2016)", "Запустить программу поддержки экспорта", "industry",
                         True),)),
    )


def test_cluster_sections_and_appendix(small) -> None:  # type: ignore[no-untyped-def]
    pack = _pack(small)
    assert pack.clusters is not None and pack.appendix is not None
    assert [(s.key, [x.code for x in s.lines]) for s in pack.clusters] == [
        ("petrochemical", ["INO-0001", "INO-0002"]), ("pharma", ["INO-0003", "INO-0004"]), (None, ["INO-0005"])]
    assert pack.clusters[1].money == Money(850.25, 100.0, 50.25, 700.0, 700.0, 2)
    assert pack.clusters[1].lines[1] == ProjectLine(
        "INO-0004", "Центр доклинических исследований", "pharma", "science_education", None, None, "in_progress",
        None, None, None, None, None, None, None, None, None, False)
    assert [x.code for x in pack.appendix] == ["INO-0001", "INO-0002", "INO-0003", "INO-0004", "INO-0005"]
    assert [x.reported for x in pack.appendix] == [True, False, True, False, True]


def test_project_page_with_trend_and_what_changed(small) -> None:  # type: ignore[no-untyped-def]
    pack = _pack(small, meeting_id=2, full=True)
    assert pack.projects is not None
    assert [p.code for p in pack.projects] == ["INO-0001", "INO-0002", "INO-0003", "INO-0004", "INO-0005"]
    p = pack.projects[0]
    assert (p.cluster, p.work_area, p.territory_type, p.location) == ("petrochemical", "industry", "industrial",
                                                                      "Томский район")
    assert (p.lead_organization, p.participants, p.curator) == ("ООО «Сибирская нефтехимия»",
                                                                ("Томский политехнический университет",),
                                                                "Иванова Е. А.")
    assert (p.rag, p.rag_before, p.trend, p.status, p.status_before, p.added_since) == (
        "red", "amber", "worse", "in_progress", "in_progress", False)
    assert (p.total, p.federal, p.regional, p.extra, p.confirmed, p.unconfirmed) == (
        12000.5, 2000.0, 500.0, 9500.5, 6000.0, 3500.5)
    assert p.milestones == (
        MilestoneLine("Проектная документация", D(2015, 12, 1), D(2015, 11, 20), "done", False),
        MilestoneLine("Поставка оборудования", D(2016, 3, 1), None, "planned", True),
    )
    assert p.instruments == (InstrumentLine("Субсидия на НИОКР (постановление № 218)", "subsidy",
                                            "Минпромторг России"),)
    # Two confirmed-money edits fold into one line: first old value → latest value, latest source.
    assert p.changes == (
        ChangeLine("rag", "amber", "red", dt.datetime(2016, 4, 10, 9), "import", None, "minprom_2016Q1.xlsx",
                   "Проекты", "H5", 1),
        ChangeLine("extra_budgetary_confirmed_mln", 5000.0, 6000.0, dt.datetime(2016, 5, 20, 9), "manual",
                   "Сидорова А.", None, None, None, 2),
    )
    assert (p.reported_at, p.reported) == (D(2016, 6, 1), True)
    pharma = pack.projects[2]
    assert (pharma.status_before, pharma.status, pharma.trend) == ("in_progress", "completed", "same")
    assert [(c.field, c.old, c.new) for c in pharma.changes] == [
        ("end_date", D(2016, 12, 31), D(2016, 6, 20)), ("status", "in_progress", "completed")]
    new = pack.projects[4]
    assert (new.added_since, new.rag_before, new.trend, new.changes) == (True, None, None, ())


def test_roadmap_and_decisions(small) -> None:  # type: ignore[no-untyped-def]
    pack = _pack(small, meeting_id=2)
    assert pack.roadmap is not None and pack.decisions is not None
    (edition,) = pack.roadmap
    assert edition.areas == (RoadmapArea("industry", 2, 1, 1, 0, 1), RoadmapArea("science_education", 1, 0, 0, 1, 0))
    assert pack.decisions.meeting == M1
    assert pack.decisions.lines == (
        DecisionLine(1, "Представить график поставок оборудования", "ООО «Сибирская нефтехимия»", D(2016, 5, 1),
                     "open", None, True, "INO-0001"),
        DecisionLine(2, "Подготовить заявку в Минпромторг", "ТПУ", D(2016, 4, 1), "done",
                     "Заявка направлена 28.03.2016", False, None),
    )


def test_without_a_meeting_the_latest_meeting_is_the_comparison(small) -> None:  # type: ignore[no-untyped-def]
    pack = _pack(small)
    # As at 30.06.2016 the latest meeting held is the first one (the second is on 05.07.2016).
    assert (pack.cover.meeting, pack.cover.previous_meeting, pack.cover.since) == (None, M1, D(2016, 3, 15))
    assert pack.agenda is None


def test_first_meeting_has_no_comparison(small) -> None:  # type: ignore[no-untyped-def]
    pack = _pack(small, meeting_id=1)
    assert (pack.cover.previous_meeting, pack.cover.since) == (None, None)
    assert pack.summary is not None and all(t.before is None for t in pack.summary.by_rag)
    full = _pack(small, meeting_id=1, full=True)  # the ten-minute pack has no project pages here
    assert full.projects and all(p.changes == () and p.trend is None for p in full.projects)
    assert pack.decisions is not None and pack.decisions.meeting is None


def test_since_overrides_the_meeting_date(small) -> None:  # type: ignore[no-untyped-def]
    pack = _pack(small, meeting_id=2, since=D(2016, 5, 10))
    assert pack.projects is not None
    assert [(c.field, c.old, c.new, c.count) for c in pack.projects[0].changes] == [
        ("extra_budgetary_confirmed_mln", 5500.0, 6000.0, 1)]
    assert pack.projects[0].rag_before == "red"


def test_selection_by_cluster_view_and_agenda(small) -> None:  # type: ignore[no-untyped-def]
    db, ids = small
    assert [p.code for p in _pack(small, clusters=("pharma",)).appendix or ()] == ["INO-0003", "INO-0004"]
    assert [p.code for p in _pack(small, clusters=("-",)).appendix or ()] == ["INO-0005"]
    with db.transaction() as session:
        session.add(SavedView(name="Красные", filter_json=ProjectFilter(rags=("red",)).to_json()))
    assert [p.code for p in _pack(small, view="Красные").appendix or ()] == ["INO-0001", "INO-0005"]
    agenda = _pack(small, meeting_id=ids["m2"], agenda_only=True)
    assert [p.code for p in agenda.appendix or ()] == ["INO-0001", "INO-0003", "INO-0004"]
    assert agenda.cover.selection == Selection((), None, True, 3)


@pytest.mark.parametrize(("spec", "message"), [
    ({"meeting_id": 99}, "no meeting with id 99"),
    ({"clusters": ("nope",)}, "unknown cluster 'nope'"),
    ({"view": "nope"}, "no saved view named 'nope'"),
])
def test_unknown_meeting_cluster_or_view_is_refused(small, spec, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFound, match=message):
        _pack(small, **spec)


def test_sections_switched_off_are_none(small) -> None:  # type: ignore[no-untyped-def]
    pack = _pack(small, meeting_id=2, sections=parse_sections("summary,projects", ()))
    assert pack.sections == ("summary", "projects")
    assert (pack.agenda, pack.charts, pack.exceptions, pack.clusters, pack.roadmap, pack.decisions,
            pack.appendix) == (None,) * 7
    assert parse_sections(None, ("charts",))[-1] == "projects"  # the ten-minute pack: no appendix
    assert parse_sections(None, ("charts",), full=True)[-2:] == ("projects", "appendix")
    assert "toc" not in parse_sections(None) and "toc" in parse_sections(None, full=True)
    with pytest.raises(SpecError, match="unknown section 'foo'"):
        parse_sections("summary,foo", ())
    with pytest.raises(SpecError, match="needs --meeting"):
        PackSpec(agenda_only=True)


def test_progress_reports_and_can_cancel(small) -> None:  # type: ignore[no-untyped-def]
    db, _ids = small
    seen: list[tuple[int, int]] = []
    with db.session() as session:
        build_pack(PackSpec(full=True), session, progress=Progress(lambda done, total: seen.append((done, total))))
    assert [d for d, _t in seen] == list(range(1, len(seen) + 1))
    assert seen[-1] == (12, 12)  # 7 sections and 5 project pages

    def cancel_at_the_third(done: int, _total: int) -> None:
        if done == 3:
            progress.cancel()

    progress = Progress(cancel_at_the_third)
    with db.session() as session, pytest.raises(Cancelled):
        build_pack(PackSpec(full=True), session, progress=progress)
    assert progress.done == 3


def test_english_names_come_from_the_vocabularies(small) -> None:  # type: ignore[no-untyped-def]
    pack = _pack(small, lang="en", full=True)
    assert pack.name("cluster", "pharma") == "Pharmaceutical cluster"
    assert pack.name("rag", "amber") == "Amber"
    assert pack.name("status", None) is None
    assert pack.projects is not None and pack.projects[0].name == "Комплекс глубокой переработки попутного газа"


def test_the_ten_minute_pack_without_agenda_projects_has_no_project_pages_section(small) -> None:  # type: ignore[no-untyped-def]
    """Seen on paper: the last page of the default pack was headed "Project pages" and said "None"."""
    assert _pack(small).projects is None
    assert _pack(small, full=True).projects
