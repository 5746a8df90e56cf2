"""An independent review of the agency11…16 rules found these; each is mended and held here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ino_desktop.db import Database
from ino_desktop.importer.mapping import map_columns
from ino_desktop.importer.spans import names_a_period
from ino_desktop.importer.values import amount_with_unit
from tests.importer.builders import project, table_xlsx
from tests.importer.conftest import add_project, import_file, records
from tests.importer.reading import field_of, read_rows


def test_no_change_in_english_is_no_answer_in_a_text_column(db: Database, tmp_path: Path) -> None:
    add_project(db, "INO-9", "Проект INO-9", problems="Нет площадки")
    path = tmp_path / "update.xlsx"
    path.write_bytes(table_xlsx([project("INO-9", **{"Проблемные вопросы": "No change"})]))
    import_file(db, path)
    assert records(db)["INO-9"]["problems"] == "Нет площадки"


@pytest.mark.parametrize("header", ["Срок окупаемости", "Отчетный период", "Период финансирования",
                                    "Гарантийный срок", "Reporting period", "Срок действия соглашения"])
def test_a_period_of_something_else_is_not_the_projects(header: str) -> None:
    assert not names_a_period(header)
    columns, _ = map_columns(["Код", "Наименование", header],
                             samples=[["A-1", "A-2", "A-3"], ["x", "y", "z"], ["2027–2032", "2026–2030", "2025–2029"]])
    assert columns[2].field is None


@pytest.mark.parametrize(("header", "not_field"), [
    ("Бюджет (federal)", "total_cost_mln"),  # the remark says which budget: no gloss
    ("Рабочие места (created)", "jobs_planned"),
    ("Наименование проекта (engl.)", "name"),
])
def test_a_remark_that_qualifies_is_kept(header: str, not_field: str) -> None:
    assert field_of(header) != not_field


@pytest.mark.parametrize("text", ["2,500 mln", "1,500 thousand", "3.250 млрд"])
def test_an_amount_whose_separator_may_be_thousands_is_not_guessed(text: str) -> None:
    assert amount_with_unit(text) is None


def test_a_year_alone_in_a_column_of_periods_runs_from_january_to_december() -> None:
    table = read_rows([["Шифр", "Наименование проекта", "Сроки реализации"],
                       ["П-1", "Цех", "2021–2023"], ["П-2", "Склад", "2022–2026"], ["П-3", "Парк", "2025"],
                       ["П-4", "Лаборатория", "15.06.2024"]])
    rows = {r.values["code"]: r.values for r in table.rows}
    assert (rows["П-3"]["start_date"], rows["П-3"]["end_date"]) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    dates = (rows["П-4"]["start_date"], rows["П-4"]["end_date"])
    assert dt.date(2024, 6, 15) in dates and None in dates  # one day is its column's date only


def test_a_cluster_stated_as_none_in_an_update_clears_the_stored_one(db: Database, tmp_path: Path) -> None:
    add_project(db, "INO-10", "Проект INO-10", cluster="pharma")
    path = tmp_path / "update.xlsx"
    path.write_bytes(table_xlsx([project("INO-10", Кластер="вне кластера")]))
    import_file(db, path)
    assert records(db)["INO-10"]["cluster"] is None


def test_a_units_row_labelled_as_such_is_part_of_the_header_whatever_its_units() -> None:
    table = read_rows([["Шифр", "Наименование проекта", "Мощность", "Стоимость проекта"],
                       ["Ед. изм.", "", "куб. м/сут", "тыс. руб."],
                       ["Н-1", "Водозабор", 1200, 2500], ["Н-2", "Очистные", 800, 4800]])
    assert {r.values["code"]: r.values["total_cost_mln"] for r in table.rows} == {"Н-1": 2.5, "Н-2": 4.8}
