"""Families learned from corpus part fresh30, agency32 and agency33 (each measured once before), tested on spellings
written for these tests: a stage of the project's life cycle is its stage; the problems a project solves are
what it is for; a remark that says the cell holds the question itself; the phases of a managed project
(initiating, doing and checking) and the doing said done; the technologies of getting more oil out are the
hard-to-recover cluster; a remark naming the money a confirmation is of keeps the confirmed part."""

from __future__ import annotations

import pytest

from ino_desktop.importer.headers import title_unit
from ino_desktop.importer.wording.values import match_value
from tests.importer.reading import field_of


@pytest.mark.parametrize(("header", "field"), [
    ("Этап жизненного цикла инвестиционного проекта", "status"),
    ("Project lifecycle stage", "status"),
    ("Вопросы, требующие решения Правительства РФ (суть вопроса)", "decisions_requested"),
    ("Проблемные вопросы (суть проблемы)", "problems"),
])
def test_stages_and_questions(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize("header", ["Решаемые проектом проблемы", "Проблемы, решаемые в рамках проекта"])
def test_the_problems_a_project_solves_are_not_its_problems(header: str) -> None:
    assert field_of(header) is None


@pytest.mark.parametrize(("vocabulary", "cell", "key"), [
    ("status", "Инициация проекта", "planned"),
    ("status", "Исполнение и мониторинг", "in_progress"),
    ("status", "Выполнение окончено", "completed"),
    ("status", "Исполнение завершено частично", None),  # done in part is not done
    ("status", "Проектирование завершено", "planned"),  # design done: building not begun
    ("cluster", "Повышение нефтеотдачи", "hard_to_recover"),
])
def test_phases_of_a_managed_project_and_oil_recovery(vocabulary: str, cell: str, key: str | None) -> None:
    assert match_value(vocabulary, cell).key == key


@pytest.mark.parametrize("header", ["Подтверждённые (ВБИ), млн руб.", "Confirmed (private funding)",
                                    "Из них подтверждено (внебюджетные средства)"])
def test_a_remark_naming_the_money_a_confirmation_is_of_keeps_the_confirmed_part(header: str) -> None:
    # from agency32: the confirmed part was read as the whole extra-budgetary money (a wrong value)
    assert field_of(header) == "extra_budgetary_confirmed_mln"


# From an adversarial review of these rules and of agency30's and agency31's: what they must not read.
@pytest.mark.parametrize(("title", "unit"), [
    ("Сведения: 500 млрд руб., в т.ч. 120 млрд руб. внебюджетных", None),  # amounts, after «, » and «. »
    ("Перечень проектов стоимостью св. 1 млрд руб. (млн руб.)", 1.0),
    ("Стоимость (руб., тыс.)", None),  # a scale said apart from the currency: no plain roubles
    ("Тариф, руб./Гкал", None),  # roubles per another unit
])
def test_titles_the_rules_must_not_misread(title: str, unit: float | None) -> None:
    assert title_unit(title) == unit


@pytest.mark.parametrize(("header", "field"), [
    ("Стоимость (нач.)", "total_cost_mln"),  # «нач.» dotted is «начальная»: cut words of joined names only
    ("Наименование (описание проблемы)", "problems"),  # the remark is what makes it the problems
    ("Проблемы, решаемые на федеральном уровне", "problems"),  # put to a level, not what the project is for
])
def test_headers_the_rules_must_keep(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(("header", "not_field"), [
    ("Нач. стоимость проекта", "start_date"),
    ("Оплачено по заключенным договорам (ВБИ)", "extra_budgetary_confirmed_mln"),  # paid, not confirmed
])
def test_headers_the_rules_must_not_misread(header: str, not_field: str) -> None:
    assert field_of(header) != not_field


@pytest.mark.parametrize(("vocabulary", "cell"), [
    ("status", "Инициирование закрытия проекта"),  # the beginning of another action
    ("cluster", "Методы увеличения продаж"),
])
def test_cells_the_rules_must_not_misread(vocabulary: str, cell: str) -> None:
    assert match_value(vocabulary, cell).key is None


@pytest.mark.parametrize("cell", [
    # agency33 expects these under way and completed; a review found the rules that read them reading «Реализуется
    # (ПИР)» against the vocabulary (design is the plan) and "Completed (investor pulled out)" as done: left out
    "Реализуется (стадия проектирования)", "Completed (investor pulled out)", "Завершён (проект расторгнут)",
])
def test_a_state_with_a_remark_that_could_turn_it_is_left_out(cell: str) -> None:
    assert match_value("status", cell).key is None
