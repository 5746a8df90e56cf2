"""Rules learned after the corpus part fresh28 (a CRM's project export, a contract traffic light, a technology
initiative's change form, foreign programmes written in Russian) was measured once: every rule tried on spellings
written for this test, not the corpus's own."""

from __future__ import annotations

import pytest

from ino_desktop.importer.wording.values import match_value
from tests.importer.reading import field_of


@pytest.mark.parametrize("header", [
    # a form's year left blank to fill in is one year's slice, as a year written is
    "Финансирование, тыс. руб. / на 20__ год / ФБ", "Объём средств в 20___ г., млн руб.",
    "Создано рабочих мест за 20__ г.",
    # a question answered yes or no, however the choice is written
    "Получена ли господдержка (да, нет)?", "Имеется ли ПСД (Да, Нет)",
    # an average count is the staff there is, no jobs the project makes
    "Среднее количество рабочих мест", "Average number of jobs",
    # the money of one stage, said in the parent
    "Этапы реализации / Средства ФБ", "Этап 2 / Внебюджетные средства, млн руб.",
])
def test_blank_years_questions_averages_and_stages_are_no_field(header: str) -> None:
    assert field_of(header) is None


@pytest.mark.parametrize(("header", "field"), [
    ("Вопросы, выносимые на рассмотрение Правительства РФ", "decisions_requested"),
    ("Вопросы, направляемые в федеральные органы власти", "decisions_requested"),
    ("Финансирование на 2026 год / ФБ", None), ("Средства ФБ", "federal_budget_mln"),
])
def test_questions_put_to_a_higher_level_are_the_decisions_asked_for(header: str, field: str | None) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(("cell", "key"), [
    ("Вне установленного графика", "red"), ("Не по графику", "red"), ("По графику", "green"),
    ("Проект под риском", "amber"), ("Под угрозой", None),  # a threat: amber to some, red to others
    ("Вне графика (риск)", None),
])
def test_outside_the_schedule_is_off_track(cell: str, key: str | None) -> None:
    assert match_value("rag", cell).key == key


@pytest.mark.parametrize(("header", "field"), [("Где", "location"), ("где (нас. пункт)", "location")])
def test_a_clerks_question_where_is_the_place(header: str, field: str) -> None:
    # learned from agency28, whose hurried CSV heads its place column «где»
    assert field_of(header) == field


@pytest.mark.parametrize(("cell", "key"), [
    ("Заморожен (ожидание решения суда)", "suspended"), ("Приостановлен (смена собственника)", "suspended"),
    ("Приостановлен (возобновлён в мае)", None), ("Приостановлен (реализуется частично)", None),
    ("Приостановлен (объект введён)", None),
])
def test_a_pause_with_its_reason_in_brackets_is_a_pause(cell: str, key: str | None) -> None:
    assert match_value("status", cell).key == key
