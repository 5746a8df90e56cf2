"""Units given row by row in an «Ед. изм.» column; thousands grouped by commas in a column headed in English; a sign
inside accounting brackets. Each was read a thousand times off, or with the wrong sign, before."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from ino_desktop.db import Database
from ino_desktop.importer.plan import build_plan
from ino_desktop.importer.row_units import names_row_units, row_factor
from ino_desktop.importer.values import BadValue, parse_english_number, parse_number
from ino_desktop.importer.workbook import read_workbook
from tests.importer.conftest import import_file, records

HEAD = ["Код проекта", "Наименование проекта", "Статус", "Ед. изм.", "Стоимость проекта", "Федеральный бюджет"]


def _book(tmp_path: Path, head: list[str], rows: list[list[object]], title: str | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
    sheet.append(head)
    for row in rows:
        sheet.append(row)
    path = tmp_path / "units.xlsx"
    book.save(path)
    return path


def test_each_row_is_read_in_its_own_unit(db: Database, tmp_path: Path) -> None:
    path = _book(tmp_path, HEAD, [
        ["INO-9701", "Завод", "Реализуется", "тыс. руб.", "1 250 000", 400000],
        ["INO-9702", "Полигон", "Реализуется", "млн руб.", 830, 120],
        ["INO-9703", "Кампус", "Реализуется", "млрд. рублей", 2.5, 0.5],
        ["INO-9704", "Технопарк", "Реализуется", "", 75, 10],  # a blank unit: millions, the forms' default
        ["INO-9705", "Дата-центр", "Реализуется", "тыс. руб.", "1,2 млрд", 300],  # a cell saying its own unit
    ])
    import_file(db, path)
    got = records(db)
    assert (got["INO-9701"]["total_cost_mln"], got["INO-9701"]["federal_budget_mln"]) == (1250.0, 400.0)
    assert (got["INO-9702"]["total_cost_mln"], got["INO-9702"]["federal_budget_mln"]) == (830.0, 120.0)
    assert (got["INO-9703"]["total_cost_mln"], got["INO-9703"]["federal_budget_mln"]) == (2500.0, 500.0)
    assert (got["INO-9704"]["total_cost_mln"], got["INO-9704"]["federal_budget_mln"]) == (75.0, 10.0)
    assert (got["INO-9705"]["total_cost_mln"], got["INO-9705"]["federal_budget_mln"]) == (1200.0, 0.3)


def test_a_row_unit_over_the_titles_and_a_header_unit_kept(db: Database, tmp_path: Path) -> None:
    head = [*HEAD[:-1], "Федеральный бюджет, млн руб."]  # a header's own unit wins over the row's
    path = _book(tmp_path, head, [["INO-9711", "Завод", "Реализуется", "тыс. руб.", 5000, 2]],
                 title="Реестр проектов, тыс. руб.")
    import_file(db, path)
    got = records(db)["INO-9711"]
    assert (got["total_cost_mln"], got["federal_budget_mln"]) == (5.0, 2.0)


def test_a_row_whose_unit_is_no_money_keeps_its_project_and_leaves_the_amounts_out(db: Database,
                                                                                   tmp_path: Path) -> None:
    path = _book(tmp_path, HEAD, [
        ["INO-9721", "Завод", "Реализуется", "тыс. руб.", 5000, 1000],
        ["INO-9722", "Полигон", "Реализуется", "тыс. долл. США", 5000, 1000],
        ["INO-9723", "Кампус", "Реализуется", "тыс. чел.", 12, 3],
    ])
    with db.session() as s:
        plan = build_plan(read_workbook(path), s)
    assert "note.row_units" in [n.code for n in plan.notes]
    left_out = {(issue.code, issue.field) for row in plan.rows for issue in (*row.issues, *row.warnings)}
    assert ("INO-9722", "total_cost_mln") in left_out and ("INO-9723", "federal_budget_mln") in left_out
    import_file(db, path)
    got = records(db)
    assert got["INO-9721"]["total_cost_mln"] == 5.0
    for code in ("INO-9722", "INO-9723"):
        assert got[code]["name"] and got[code]["total_cost_mln"] is None and got[code]["federal_budget_mln"] is None


def test_a_units_column_of_people_and_pieces_is_no_money_units(db: Database, tmp_path: Path) -> None:
    # «Ед. изм.» of indicators, not of amounts: the money columns stay in millions
    path = _book(tmp_path, HEAD, [["INO-9731", "Завод", "Реализуется", "чел.", 5, 1],
                                  ["INO-9732", "Полигон", "Реализуется", "ед.", 7, 2]])
    import_file(db, path)
    assert records(db)["INO-9731"]["total_cost_mln"] == 5.0


@pytest.mark.parametrize(("header", "names"), [
    ("Ед. изм.", True), ("ед.изм", True), ("Единица измерения", True), ("Единицы измерения (валюта)", True),
    ("Unit of measure", True), ("UoM", True), ("Единица", False), ("Стоимость, ед. изм.", False),
    ("Единица измерения показателя результата", False),
])
def test_which_headers_name_a_column_of_units(header: str, names: bool) -> None:
    assert names_row_units(header) is names


@pytest.mark.parametrize(("cell", "factor"), [
    ("тыс. руб.", 0.001), ("тыс.рублей", 0.001), ("млн. руб.", 1.0), ("RUB '000", 0.001), ("RUB m", 1.0),
    ("руб.", 1e-6), ("", None), ("тыс. чел.", "no"), ("т", "no"), ("кв. м", "no"), ("USD", "no"),
])
def test_what_a_row_unit_cell_gives(cell: str, factor: object) -> None:
    got = row_factor(cell)
    assert (got == factor) if factor != "no" else not isinstance(got, float | type(None))


def test_thousands_grouped_by_commas_in_a_column_headed_in_english(db: Database, tmp_path: Path) -> None:
    path = _book(tmp_path, ["Project ID", "Project name", "Status", "Total cost, RUB m", "Federal budget, RUB m"],
                 [["INO-9741", "Plant", "In progress", "12,345.5", "1,234"]])
    import_file(db, path)
    got = records(db)["INO-9741"]
    assert (got["total_cost_mln"], got["federal_budget_mln"]) == (12345.5, 1234.0)


def test_a_decimal_comma_in_a_russian_column_stays_one(db: Database, tmp_path: Path) -> None:
    path = _book(tmp_path, ["Код проекта", "Наименование", "Статус", "Стоимость, млн руб."],
                 [["INO-9751", "Завод", "Реализуется", "1,234"]])
    import_file(db, path)
    assert records(db)["INO-9751"]["total_cost_mln"] == 1.234


@pytest.mark.parametrize(("text", "number"), [("1,234", 1234.0), ("12,345,678", 12345678.0), ("(1,234)", -1234.0),
                                              ("1,5", 1.5), ("1 234,5", 1234.5), ("0.75", 0.75)])
def test_english_numbers(text: str, number: float) -> None:
    assert parse_english_number(text) == number


@pytest.mark.parametrize("text", ["(−12)", "(-12)", "(+12)", "()"])
def test_a_sign_inside_accounting_brackets_is_refused(text: str) -> None:
    # «(−12)» was read as 12: the brackets' minus cancelled the sign's
    with pytest.raises(BadValue):
        parse_number(text)


def test_accounting_brackets_are_a_minus() -> None:
    assert parse_number("(12)") == -12.0


@pytest.mark.parametrize(("header", "title", "expected"), [
    ("Стоимость проекта, тыс. руб.", None, 1.5),  # shown «1 500» thousand: 1.5 million
    ("Стоимость проекта", "Реестр проектов, тыс. руб.", 1.5),
    ("Стоимость проекта", None, 1500.0),  # shown «1 500» with no unit said: millions, the forms' default
])
def test_a_format_that_shows_thousands_with_no_unit_of_its_own(db: Database, tmp_path: Path, header: str,
                                                               title: str | None, expected: float) -> None:
    # '#,##0,' shows 1 500 000 as «1 500»: the unit the header says is that of the number shown, not the one held
    book = Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
    sheet.append(["Код проекта", "Наименование проекта", "Статус", header])
    for code, amount in (("INO-9761", 1_500_000), ("INO-9762", 2_500_000), ("INO-9763", 3_500_000)):
        sheet.append([code, "Завод", "Реализуется", amount])
        sheet.cell(sheet.max_row, 4).number_format = "#,##0,"
    path = tmp_path / "scaled.xlsx"
    book.save(path)
    import_file(db, path)
    assert records(db)["INO-9761"]["total_cost_mln"] == pytest.approx(expected)


def test_each_cell_is_read_as_its_format_shows_it(db: Database, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Код проекта", "Наименование проекта", "Статус", "Стоимость проекта, тыс. руб."])
    for code, amount, fmt in (("INO-9771", 1_500_000, "#,##0,"), ("INO-9772", 2_500, "#,##0")):
        sheet.append([code, "Завод", "Реализуется", amount])
        sheet.cell(sheet.max_row, 4).number_format = fmt
    path = tmp_path / "mixed.xlsx"
    book.save(path)
    import_file(db, path)
    got = records(db)
    assert (got["INO-9771"]["total_cost_mln"], got["INO-9772"]["total_cost_mln"]) == (1.5, 2.5)
