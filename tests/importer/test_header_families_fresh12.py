"""Header families learned after the unseen sets fresh12 and fresh13 were measured once: each rule on
spellings written for this test, none of them in the wording corpus."""

from __future__ import annotations

import pytest

from ino_desktop.importer.mapping import map_columns


def _field(header: str) -> str | None:
    (column,), _notes = map_columns([header])
    return column.field


@pytest.mark.parametrize(("header", "field"), [
    ("ФИО куратора проекта", "curator"),  # a person's name is the column's kind, as a unit is
    ("Фамилия куратора", "curator"),
    ("Общий объем собственных средств", "extra_budgetary_mln"),  # whose money: the source, not the total
    ("Общий объем инвестиций", "total_cost_mln"),
    ("Статус проекта", "status"),
    ("Субсидии из областного бюджета, тыс. руб.", "regional_budget_mln"),  # the form a budget's money takes
    ("Федеральный грант", "federal_budget_mln"),
    ("Regional subsidies", "regional_budget_mln"),
    # the field whose terms are all those a remark lists, before one that knows only some of them
    ("Вид проекта (промышленный, научно-образовательный, социальный)", "category"),
    ("Планируемая стоимость", "total_cost_mln"),  # plan or fact says which side, never what
    ("Плановый срок сдачи", "end_date"),
    ("Дата ввода", "end_date"),  # a date's head words stand for each other
    ("Срок начала работ", "start_date"),
    ("Средства компании", "extra_budgetary_mln"),  # an organisation's money is its own
    ("Вложения организации", "extra_budgetary_mln"),
    ("Заемщик", "lead_organization"),
    ("Степень риска", "rag"),
    ("Work stream", "work_area"),
    ("Obstacles", "problems"),
])
def test_families_read(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize("header", [
    "№ п. п.",  # the form's row number
    "Состояние земельного участка",  # a common noun an adjective narrows is a thing of its own
    "Статус федерального значения",
    "Статус исполнителя работ",  # the executor, not the execution
    "Срок ввода второй очереди",  # a stage's dates are not the project's
    "Начало 2 этапа",
    "Phase 2 start date",
    "Interest rate",  # a rate is a ratio
    "Growth rate",
    "Общая сумма иностранных инвестиций",  # one kind of money, no field of its own
    "Объем муниципальных средств",
    "Размер субсидии",  # a grant of no budget named is another object
    "Средства публичного партнера",  # a public body's money is no company's own
])
def test_families_left_out(header: str) -> None:
    assert _field(header) is None
