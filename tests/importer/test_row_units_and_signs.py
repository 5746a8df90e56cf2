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
        ["INO-9704", "Технопарк", "Реализуется", "", 75, 10],  # a blank unit, no title: left out, not guessed
        ["INO-9705", "Дата-центр", "Реализуется", "тыс. руб.", "1,2 млрд", 300],  # a cell saying its own unit
    ])
    import_file(db, path)
    got = records(db)
    assert (got["INO-9701"]["total_cost_mln"], got["INO-9701"]["federal_budget_mln"]) == (1250.0, 400.0)
    assert (got["INO-9702"]["total_cost_mln"], got["INO-9702"]["federal_budget_mln"]) == (830.0, 120.0)
    assert (got["INO-9703"]["total_cost_mln"], got["INO-9703"]["federal_budget_mln"]) == (2500.0, 500.0)
    assert (got["INO-9704"]["total_cost_mln"], got["INO-9704"]["federal_budget_mln"]) == (None, None)
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
    ("Ед. изм.", True), ("ед.изм", True), ("Единица измерения", True), ("Единицы измерения (валюта)", False),
    ("Unit of measure", True), ("UoM", True), ("Единица", False), ("Стоимость, ед. изм.", False),
    ("Единица измерения показателя результата", False),
])
def test_which_headers_name_a_column_of_units(header: str, names: bool) -> None:
    assert names_row_units(header) is names


@pytest.mark.parametrize(("cell", "factor"), [
    ("тыс. руб.", 0.001), ("тыс.рублей", 0.001), ("млн. руб.", 1.0), ("RUB '000", 0.001), ("RUB m", 1.0),
    ("руб.", "no"), ("", None), ("тыс. чел.", "no"), ("т", "no"), ("кв. м", "no"), ("USD", "no"), ("тыс.", "no"),
    ("тыс. руб. (без НДС)", 0.001), ("млн руб. с НДС", 1.0), ("thousand rubles", 0.001),
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
                                              ("1,5", 1.5), ("1 234,5", 1234.5), ("0.75", 0.75), ("0,123", 0.123)])
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
    ("Стоимость проекта", None, None),  # shown «1 500» with no unit said: left out, not read as millions
    ("Стоимость проекта, руб.", None, None),  # roubles over a number shown in thousands: which, cannot be told
])
def test_a_format_that_shows_thousands_with_no_unit_of_its_own(db: Database, tmp_path: Path, header: str,
                                                               title: str | None, expected: float | None) -> None:
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
    got = records(db)["INO-9761"]["total_cost_mln"]
    assert got == (pytest.approx(expected) if expected is not None else None)


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


# --- from an adversarial review of the above (each a wrong value its first version stored) ---------------------------

def test_a_currency_column_is_no_units_column_and_roubles_alone_say_no_scale(db: Database, tmp_path: Path) -> None:
    path = _book(tmp_path, ["Код", "Наименование проекта", "Статус", "Единица измерения (валюта)", "Стоимость проекта"],
                 [["INO-9781", "Завод", "Реализуется", "руб.", 150], ["INO-9782", "Полигон", "Реализуется", "", 200]],
                 title="Реестр инвестиционных проектов, млн руб.")
    import_file(db, path)
    got = records(db)
    assert (got["INO-9781"]["total_cost_mln"], got["INO-9782"]["total_cost_mln"]) == (150.0, 200.0)
    path = _book(tmp_path, HEAD, [["INO-9783", "Завод", "Реализуется", "руб.", 20_000_000, 1_000_000],
                                  ["INO-9784", "Полигон", "Реализуется", "", 2000, 100]],
                 title="Реестр проектов, тыс. руб.")
    import_file(db, path)
    got = records(db)
    assert (got["INO-9783"]["total_cost_mln"], got["INO-9784"]["total_cost_mln"]) == (None, 2.0)


def test_a_units_column_right_of_the_money_is_another_blocks(db: Database, tmp_path: Path) -> None:
    path = _book(tmp_path, ["Код", "Наименование проекта", "Статус", "Стоимость проекта", "Показатель", "Ед. изм.",
                            "Значение"],
                 [["INO-9791", "Завод", "Реализуется", 500, "Выручка", "тыс. руб.", 12000],
                  ["INO-9792", "Полигон", "Реализуется", 300, "Численность", "чел.", 40]],
                 title="Реестр проектов, млн руб.")
    import_file(db, path)
    got = records(db)
    assert (got["INO-9791"]["total_cost_mln"], got["INO-9792"]["total_cost_mln"]) == (500.0, 300.0)


def test_a_header_unit_says_the_tables_units_are_the_headers(db: Database, tmp_path: Path) -> None:
    path = _book(tmp_path, [*HEAD[:-2], "Стоимость проекта, млн руб.", "Федеральный бюджет"],
                 [["INO-9801", "Завод", "Реализуется", "тыс. руб.", 500, 40]])
    import_file(db, path)
    got = records(db)["INO-9801"]
    assert (got["total_cost_mln"], got["federal_budget_mln"]) == (500.0, 40.0)


def test_a_unit_merged_down_the_column_is_every_rows(db: Database, tmp_path: Path) -> None:
    path = _book(tmp_path, HEAD, [["INO-9811", "Завод", "Реализуется", "тыс. руб.", 50000, 1000],
                                  ["INO-9812", "Полигон", "Реализуется", None, 30000, 2000]])
    book = __import__("openpyxl").load_workbook(path)
    book.active.merge_cells("D2:D3")
    book.save(path)
    import_file(db, path)
    got = records(db)
    assert (got["INO-9811"]["total_cost_mln"], got["INO-9812"]["total_cost_mln"]) == (50.0, 30.0)


def test_a_column_of_capacities_is_no_units_of_money(db: Database, tmp_path: Path) -> None:
    path = _book(tmp_path, HEAD, [["INO-9821", "Завод", "Реализуется", "тыс.", 100, 10],
                                  ["INO-9822", "Полигон", "Реализуется", "тыс. т", 200, 20]])
    import_file(db, path)
    assert records(db)["INO-9821"]["total_cost_mln"] == 100.0


def test_numbers_formatted_in_thousands_outside_money_are_left_as_they_are(db: Database, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Код проекта", "Наименование проекта", "Статус", "Год окончания", "Стоимость проекта, тыс. руб.",
                  "Рабочие места"])
    sheet.append(["INO-9831", "Завод", "Реализуется", 2026, 1_500_000, 12_000])
    for col in (4, 5, 6):
        sheet.cell(2, col).number_format = "#,##0,"
    path = tmp_path / "years.xlsx"
    book.save(path)
    import_file(db, path)
    got = records(db)["INO-9831"]
    assert (got["end_date"], got["total_cost_mln"], got["jobs_planned"]) == ("2026-12-31", 1.5, 12000)


@pytest.mark.parametrize(("head", "cells", "expected"), [
    # a Russian table with a Latin acronym over decimal commas: Russian numbers
    (["Код", "Наименование проекта", "Статус", "CAPEX"], ["1,250", "2,5", "0,75"], [1.25, 2.5, 0.75]),
    # an English header over a column that also writes decimal commas: Russian numbers
    (["Code", "Project name", "Status", "Total cost, RUB mln"], ["1,5", "2,25", "1,250"], [1.5, 2.25, 1.25]),
    # thousands grouped by commas and no unit said: too large for millions, left out
    (["Code", "Project name", "Status", "Total cost"], ["1,500,000", "2,300,000", "900,000"], [None, None, None]),
])
def test_english_numbers_need_the_whole_column_to_say_so(db: Database, tmp_path: Path, head: list[str],
                                                         cells: list[str], expected: list[float | None]) -> None:
    rows = [[f"INO-984{i}", f"Проект {i}", "Реализуется", cell] for i, cell in enumerate(cells)]
    import_file(db, _book(tmp_path, head, rows))
    got = records(db)
    assert [got[f"INO-984{i}"]["total_cost_mln"] for i in range(len(cells))] == expected


# --- from a second review ---------------------------------------------------------------------------------------

def test_a_units_column_followed_by_its_value_serves_no_money_after_it(db: Database, tmp_path: Path) -> None:
    path = _book(tmp_path, ["Код", "Наименование проекта", "Статус", "Показатель", "Ед. изм.", "Значение",
                            "Стоимость проекта", "Внебюджетные средства"],
                 [["INO-9851", "Завод", "Реализуется", "Выручка", "тыс. руб.", 12000, 500, 40],
                  ["INO-9852", "Полигон", "Реализуется", "Налоги", "тыс. руб.", 300, 200, 20]],
                 title="Реестр проектов, млн руб.")
    import_file(db, path)
    got = records(db)
    assert (got["INO-9851"]["total_cost_mln"], got["INO-9851"]["extra_budgetary_mln"]) == (500.0, 40.0)


@pytest.mark.parametrize(("head", "cells", "expected"), [
    # years are no English: a Russian table with «Total» over a thousands-like «1,250»
    (["Код", "Наименование проекта", "Статус", "2024", "2025", "Total"], ["1,250", "2,500", "3,750"],
     [1.25, 2.5, 3.75]),
    # «0,750» proves the comma a decimal
    (["Code", "Project name", "Status", "Total cost, RUB m"], ["1,250", "0,750", "12,345"], [1.25, 0.75, 12.345]),
    # nothing written the English way: «1,250» alone is read the samples' way
    (["Code", "Project name", "Status", "Total cost, RUB m"], ["1,250", "2,500", "12,345"], [1.25, 2.5, 12.345]),
])
def test_english_grouping_needs_english_evidence(db: Database, tmp_path: Path, head: list[str], cells: list[str],
                                                 expected: list[float]) -> None:
    width = len(head) - 4
    rows = [[f"INO-986{i}", f"Проект {i}", "Реализуется", *[None] * width, cell] for i, cell in enumerate(cells)]
    import_file(db, _book(tmp_path, head, rows))
    got = records(db)
    assert [got[f"INO-986{i}"]["total_cost_mln"] for i in range(len(cells))] == expected


def test_a_format_showing_thousands_under_row_units(db: Database, tmp_path: Path) -> None:
    # each row's unit is the unit of the number shown: «30 000» under «млн руб.» is 30 000 million
    path = _book(tmp_path, HEAD, [["INO-9871", "Завод", "Реализуется", "млн руб.", 30_000_000, 1_000_000],
                                  ["INO-9872", "Полигон", "Реализуется", "тыс. руб.", 50_000_000, 2_000_000]],
                 title="Реестр проектов, тыс. руб.")
    book = __import__("openpyxl").load_workbook(path)
    for row in (3, 4):
        for col in (5, 6):
            book.active.cell(row, col).number_format = "#,##0,"
    book.save(path)
    import_file(db, path)
    got = records(db)
    assert (got["INO-9871"]["total_cost_mln"], got["INO-9872"]["total_cost_mln"]) == (30_000.0, 50.0)


def test_an_amount_beyond_the_programme_with_no_unit_said_is_refused(db: Database, tmp_path: Path) -> None:
    # two cells: too few for the column's typical amount; «12,345,678» millions is twelve trillion roubles
    path = _book(tmp_path, ["Code", "Project name", "Status", "Total cost"],
                 [["INO-9881", "Plant", "In progress", "12,345,678"], ["INO-9882", "Depot", "In progress", "1,234.5"]])
    import_file(db, path)
    got = records(db)
    assert "INO-9881" not in got and got["INO-9882"]["total_cost_mln"] == 1234.5
