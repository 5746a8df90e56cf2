"""Rules learned after the independent agency sets agency11 and agency12 were measured once: each on spellings
and tables written for this test, none of them in those sets or the corpus."""

from __future__ import annotations

import datetime as dt

import pytest

from ino_desktop.importer.mapping import map_columns
from ino_desktop.importer.values import BadValue, parse_date
from tests.importer.reading import field_of as _field


@pytest.mark.parametrize(("header", "field"), [
    ("Всего по проекту, тыс. руб.", "total_cost_mln"),  # the total of the project's row
    ("ИТОГО ПО ПРОЕКТУ (млн руб.)", "total_cost_mln"),
    ("Итого по всем источникам финансирования", "total_cost_mln"),
    ("o/w private capital, RUB m", "extra_budgetary_mln"),  # "incl.", "of which": a part, weighed as «в т.ч.»
    ("Incl. federal, RUB m", "federal_budget_mln"),
    ("Industrial partner funds, RUB m", "extra_budgetary_mln"),  # as «средства индустриального партнера»
    ("New positions (plan)", "jobs_planned"),
    ("Positions filled", "jobs_created"),
])
def test_families_read(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize("header", ["Итого по кластеру", "Итого", "Position", "Уставный капитал"])
def test_look_alikes_stay_out(header: str) -> None:
    assert _field(header) is None


def test_a_part_gives_way_to_the_whole_it_is_part_of() -> None:
    headers = ["Код", "Наименование", "Внебюджетное финансирование всего", "в том числе заемные средства",
               "в т.ч. федеральный бюджет"]
    money = [[120.0, 80.5, 33.0]] * 3
    columns, notes = map_columns(headers, samples=[["A-1", "A-2", "A-3"], ["x", "y", "z"], *money])
    assert [c.field for c in columns] == ["code", "name", "extra_budgetary_mln", None, "federal_budget_mln"]
    assert columns[3].guess == "extra_budgetary_mln"  # left for a decision, named
    assert any(n.code == "note.column_also" for n in notes)


def test_a_part_is_never_the_whole_cost() -> None:
    columns, _ = map_columns(["Код", "Наименование", "Внебюджетные средства (всего)", "в т.ч. частные инвестиции"],
                             samples=[["A-1", "A-2", "A-3"], ["x", "y", "z"], [9.0, 8.0, 7.0], [1.0, 2.0, 3.0]])
    assert [c.field for c in columns] == ["code", "name", "extra_budgetary_mln", None]


def test_a_part_alone_takes_its_field() -> None:
    columns, _ = map_columns(["Код", "Наименование", "Всего", "в т.ч. внебюджетные средства"],
                             samples=[["A-1", "A-2", "A-3"], ["x", "y", "z"], [1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
    assert columns[3].field == "extra_budgetary_mln"


@pytest.mark.parametrize(("text", "day"), [
    ("нояб.2025", dt.date(2025, 11, 30)),  # a clerk's short month, with or without a space
    ("Сент. 2024", dt.date(2024, 9, 30)),
    ("янв 2027", dt.date(2027, 1, 31)),
])
def test_short_months(text: str, day: dt.date) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize("text", ["²", "¹²", "2⁴"])
def test_a_footnote_mark_in_a_date_cell_is_no_date_and_no_crash(text: str) -> None:
    # '²'.isdigit() is true and int('²') fails: a footnote mark in a date cell had stopped the whole file's reading
    with pytest.raises(BadValue):
        parse_date(text)
