"""Rules learned after the corpus part fresh23 (national-project dashboards, special economic zones' forms, open-data
trackers) and the agency set agency22 were measured once: each tried on spellings written for this test, none of
them in fresh23, agency22 or any other part or set."""

from __future__ import annotations

import pytest

from ino_desktop.importer.values import amount_with_unit
from ino_desktop.importer.wording.values import match_value
from ino_desktop.places import no_one_place
from tests.importer.reading import field_of


@pytest.mark.parametrize("header", ["Объем произведенных капиталовложений, тыс. руб.",
                                    "Понесенные затраты по проекту", "Осуществленные расходы на 01.07.2026"])
def test_investments_made_are_spent_so_far_no_cost(header: str) -> None:
    assert field_of(header) != "total_cost_mln"


@pytest.mark.parametrize("header", ["Численность рабочих мест на 2027 год", "Создано рабочих мест на 2025 г.",
                                    "Кол-во раб. мест на 2028 год"])
def test_jobs_for_one_year_are_no_total_and_no_place(header: str) -> None:
    assert field_of(header) not in ("jobs_planned", "jobs_created", "location")


@pytest.mark.parametrize(("header", "field"), [("Рабочие места по проекту", "jobs_planned"),
                                               ("Место реализации проекта", "location")])
def test_jobs_and_places_otherwise_as_before(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize("header", ["Yearly spend", "yearly_cost_rub"])
def test_yearly_money_is_one_years_slice(header: str) -> None:
    assert field_of(header) != "total_cost_mln"


@pytest.mark.parametrize(("header", "field"), [("Подробное описание проблемы", "problems"),
                                               ("Краткое описание рисков реализации", "problems"),
                                               ("Краткое описание инициативы", "description"),
                                               ("Описание технологического решения", "description")])
def test_what_a_description_describes_decides(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(("header", "field"), [("Вопросы, требующие решения Администрации области",
                                                "decisions_requested"),
                                               ("Вопросы, требующие рассмотрения на уровне Минэкономразвития",
                                                "decisions_requested"),
                                               ("Проблемы, требующие устранения", "problems"),
                                               ("Проблемные вопросы, требующие решения", "problems")])
def test_questions_for_a_decision_are_decisions_problems_stay_problems(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(("header", "field"), [("Team leader", "curator"), ("team_leader_fio", "curator"),
                                               ("status_name", "status"), ("project_status_name", "status")])
def test_people_who_lead_and_a_statuss_name(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(("header", "field"), [("budzhet_oblasti", "regional_budget_mln"),
                                               ("vnebyudzhetnye_sredstva", "extra_budgetary_mln"),
                                               ("Софинансирование из МБ", None),
                                               ("Субсидия из ОБ (млн руб.)", "regional_budget_mln")])
def test_budgets_in_latin_letters_and_from_an_acronyms_budget(header: str, field: str | None) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(("cell", "key"), [("Выполняется с незначительными отклонениями", "amber"),
                                           ("Исполняется с существенными отклонениями", "red"),
                                           ("Осуществляется без отклонений", "green"),
                                           ("Реализуется с критическими отклонениями", "red")])
def test_a_colour_said_as_how_the_work_goes(cell: str, key: str | None) -> None:
    assert match_value("rag", cell).key == key


@pytest.mark.parametrize(("cell", "key"), [("Исполняется", "in_progress"),
                                           ("Выполняется без отклонений от плана", "in_progress"),
                                           ("Строительство возобновлено", "in_progress"),
                                           ("Приостановлен, возобновление в 2027 г.", None)])
def test_statuses_going_on_or_resumed(cell: str, key: str | None) -> None:
    assert match_value("status", cell).key == key


@pytest.mark.parametrize(("cell", "mln"), [("2 500 000 руб.", 2.5), ("750 000 ₽", 0.75), ("15 000 000 рублей", 15.0)])
def test_a_sum_in_plain_roubles_is_read(cell: str, mln: float) -> None:
    assert amount_with_unit(cell) == pytest.approx(mln)


@pytest.mark.parametrize("cell", ["7 руб.", "950 ₽", "1,500 руб."])
def test_a_few_roubles_or_an_ambiguous_separator_are_not(cell: str) -> None:
    assert amount_with_unit(cell) is None


@pytest.mark.parametrize(("cell", "why"), [("Северск; Стрежевой", "several"), ("г. Асино и г. Томск", "several"),
                                           ("Tomsk oblast (several sites)", "region"), ("Томская обл.", "region"),
                                           ("Новосибирская область", "other"), ("с. Кожевниково", "other"),
                                           ("Томская обл., Бакчарский р-н", "other"),
                                           ("Томская область, ЗАТО Северск", None)])
def test_several_of_the_programmes_places_or_the_whole_region_are_no_one_place(cell: str, why: str | None) -> None:
    assert no_one_place(cell) == why
