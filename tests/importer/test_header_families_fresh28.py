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
])
def test_blank_years_and_questions_are_no_field(header: str) -> None:
    assert field_of(header) is None


@pytest.mark.parametrize(("header", "field"), [
    ("Вопросы, выносимые на рассмотрение Правительства РФ", "decisions_requested"),
    ("Вопросы, направляемые в федеральные органы власти", "decisions_requested"),
    ("Финансирование на 2026 год / ФБ", None), ("Средства ФБ", "federal_budget_mln"),
    ("Вопросы, вынесенные на рассмотрение, результат", "problems"),  # what came of them: not asked any more
    ("Стоимость проекта в ценах 20__ г., млн руб.", "total_cost_mln"), ("Рабочие места к 20__ году", "jobs_planned"),
])
def test_questions_put_to_a_higher_level_are_the_decisions_asked_for(header: str, field: str | None) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(("cell", "key"), [
    # off the schedule is late or early: no colour (it was read as green, from the schedule word)
    ("Вне установленного графика", None), ("Зелёный вне графика", None), ("Вне графика (досрочно)", None),
    ("По графику", "green"), ("Под угрозой", None),  # a threat: amber to some, red to others
])
def test_outside_the_schedule_is_no_colour(cell: str, key: str | None) -> None:
    assert match_value("rag", cell).key == key


@pytest.mark.parametrize(("header", "field"), [("Где", "location"), ("где (нас. пункт)", "location")])
def test_a_clerks_question_where_is_the_place(header: str, field: str) -> None:
    # learned from agency28, whose hurried CSV heads its place column «где»
    assert field_of(header) == field


@pytest.mark.parametrize(("cell", "key"), [
    ("Заморожен (ожидание решения суда)", "suspended"), ("Приостановлен (смена собственника)", "suspended"),
    ("Приостановлен (возобновлён в мае)", None), ("Приостановлен (реализуется частично)", None),
    ("Приостановлен (объект введён)", None), ("Приостановлен (начат выпуск продукции)", None),
])
def test_a_pause_with_its_reason_in_brackets_is_a_pause(cell: str, key: str | None) -> None:
    assert match_value("status", cell).key == key


@pytest.mark.parametrize(("cell", "key"), [
    # learned from agency29: what a pause waits for may be a spelling of the plan, and is still its reason
    ("Приостановлен (поиск соинвестора)", "suspended"), ("Заморожен (поиск нового инвестора)", "suspended"),
    ("Приостановлен (запланирован)", None), ("Реализуется (поиск инвестора)", None),
])
def test_a_pause_waiting_for_an_investor_is_a_pause(cell: str, key: str | None) -> None:
    assert match_value("status", cell).key == key
