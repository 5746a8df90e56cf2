"""Rules learned after the independent agency sets agency9 and agency10 were measured once: each on spellings
and tables written for this test, none of them in those sets or the corpus."""

from __future__ import annotations

import datetime as dt

import pytest

from ino_desktop.importer.headers import find_header
from ino_desktop.importer.mapping import map_columns
from ino_desktop.importer.values import parse_date
from tests.importer.reading import field_of as _field
from tests.importer.reading import read_rows


@pytest.mark.parametrize(("header", "field"), [
    ("Проект инициатора", "name"),  # the project, whose it is after it
    ("Мероприятие исполнителя", "name"),
    ("Финиш проекта", "end_date"),  # as "старт" is the start
])
def test_families_read(header: str, field: str) -> None:
    assert _field(header) == field


def test_a_draft_is_no_project() -> None:
    assert _field("Проект постановления") is None


def test_the_number_that_says_it_is_the_projects_wins() -> None:
    columns, _ = map_columns(["Входящий номер", "Шифр проекта", "Наименование проекта"],
                             samples=[["ВХ-1/25", "ВХ-2/25", "ВХ-3/25"], ["P-1", "P-2", "P-3"], ["А", "Б", "В"]])
    assert [c.field for c in columns] == [None, "code", "name"]


@pytest.mark.parametrize(("text", "day"), [
    ("2025.03.14", dt.date(2025, 3, 14)),  # the year first, with dots
    ("2025.03", dt.date(2025, 3, 31)),  # a month: its last day
    ("45658", dt.date(2025, 1, 1)),  # an Excel serial kept as text
])
def test_dates_written_otherwise(text: str, day: dt.date) -> None:
    assert parse_date(text) == day



def test_a_title_merged_over_the_whole_table_is_no_level_of_its_header() -> None:
    rows = [["Перечень проектов кластеров", "", ""], ["Код", "Наименование проекта", "Статус"],
            ["P-1", "Цех", "Реализуется"]]
    header = find_header([(i + 1, r) for i, r in enumerate(rows)], [(0, 0, 0, 2)])
    assert header is not None and header.rows == [2]


def test_a_cell_merged_down_over_a_group_gives_each_row_its_value() -> None:
    table = read_rows([["Кластер", "Код", "Наименование проекта"], ["Фармацевтический кластер", "P-1", "Цех"],
                    ["", "P-2", "Склад"], ["Лесопромышленный кластер", "P-3", "Пилорама"]], [(1, 0, 2, 0)])
    assert [r.values.get("cluster") for r in table.rows] == ["pharma", "pharma", "timber"]


def test_a_code_merged_over_two_rows_is_not_copied() -> None:
    table = read_rows([["Код", "Наименование проекта"], ["P-1", "Цех"], ["", "Цех, факт"]], [(1, 0, 2, 0)])
    assert [r.values.get("code") for r in table.rows] == ["P-1", None]


def test_a_hidden_sheet_copying_the_visible_projects_is_not_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    from ino_desktop.importer.workbook import read_workbook

    book = openpyxl.Workbook()
    old = book.active
    old.title = "Архив"
    old.append(["Код", "Наименование проекта", "Стоимость, млн руб."])
    old.append(["P-1", "Цех", 5.0])
    old.sheet_state = "hidden"
    now = book.create_sheet("Сводка")
    now.append(["Код", "Наименование проекта", "Стоимость, млн руб."])
    now.append(["P-1", "Цех", 7.5])
    now.append(["P-2", "Склад", 1.0])
    book.active = 1
    path = tmp_path / "book.xlsx"
    book.save(path)
    result = read_workbook(path)
    assert [t.sheet for t in result.tables] == ["Сводка"]
    assert [r.values["total_cost_mln"] for r in result.tables[0].rows] == [7.5, 1.0]
    assert any(n.code == "note.hidden_copy" for n in result.notes)
