"""An adversarial review of money units, amounts and dates (at 2b53b24) found these wrong values; each is mended
and held here. A title's unit in a cell of its own beside a year or a count, a number that is a table's, a
period's or a year before the unit, header units spelled as financiers and clerks spell them, an amount said in a
header, and a number in a date column that no date of the programme's years is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from ino_desktop.db import Database
from ino_desktop.importer.headers import title_unit
from ino_desktop.importer.values import BadValue, parse_date, unit_factor
from tests.importer.conftest import import_file, records


@pytest.mark.parametrize("title", [("Реестр инвестиционных проектов — 2024", None, None, "тыс. руб."),
                                   ("Реестр проектов", "Всего проектов:", 3, "тыс. руб.")])
def test_a_title_unit_in_a_cell_of_its_own_beside_a_number(db: Database, tmp_path: Path, title: tuple) -> None:
    # the title's cells were joined by spaces: «2024 тыс. руб.» read as an amount, the unit lost, 45 000 stored
    book = Workbook()
    sheet = book.active
    sheet.append(list(title))
    sheet.append([])
    sheet.append(["Код проекта", "Наименование проекта", "Стоимость проекта"])
    sheet.append(["INO-9901", "Опытный завод", 45000])
    path = tmp_path / "title.xlsx"
    book.save(path)
    import_file(db, path)
    assert records(db)["INO-9901"]["total_cost_mln"] == 45.0


@pytest.mark.parametrize(("title", "unit"), [
    ("Таблица 2 тыс. руб.", 0.001), ("Реестр проектов с 2024 по 2026 тыс. руб.", 0.001),
    ("Отчет за 3 квартал 2024 тыс.руб.", 0.001), ("Информация на 1 октября 2024 тыс. руб.", 0.001),
    ("Итого 1 250,5 тыс. руб.", None),  # an amount stays an amount
])
def test_a_number_before_a_title_unit_that_is_no_amount(title: str, unit: float | None) -> None:
    assert title_unit(title) == unit


@pytest.mark.parametrize(("header", "unit"), [
    ("Total cost, RUB 000", 0.001), ("Budget (RUB, 000s)", 0.001), ("Cost, RUB ’000", 0.001),
    ("Стоимость проекта (000)", 0.001), ("ths RUB", 0.001), ("Cost, RUB 000 000", 1.0),
    ("Стоимость, мил. руб.", 1.0), ("Cost, RUB MM", 1.0), ("Стоимость, трлн руб.", 1e6),
    ("Федеральный бюджет (не более 1 млрд руб.), тыс. руб.", 0.001),  # an amount in a header is no unit
])
def test_header_units_as_financiers_and_clerks_spell_them(header: str, unit: float) -> None:
    assert unit_factor(header) == unit


@pytest.mark.parametrize("value", [12.2026, 2026.1, 1, 100.0])
def test_a_number_in_a_date_column_that_is_no_date_of_the_programme_is_refused(value: float) -> None:
    # «12,2026» (month and year) typed into a number cell became 11 January 1900
    with pytest.raises(BadValue):
        parse_date(value)


def test_an_excel_serial_of_the_programmes_years_is_still_a_date() -> None:
    assert parse_date(45292) == dt.date(2024, 1, 1)
    assert parse_date(2026) == dt.date(2026, 12, 31)  # a year typed into a General cell


def _one_project(tmp_path: Path, title: str, amount: float, number_format: str) -> Path:
    """A workbook with a title row, a header and one project whose cost cell has `number_format`."""
    book = Workbook()
    sheet = book.active
    sheet.append([title])
    sheet.append(["Код проекта", "Наименование проекта", "Стоимость проекта"])
    sheet.append(["INO-9902", "Опытный завод", amount])
    sheet["C3"].number_format = number_format
    path = tmp_path / "formatted.xlsx"
    book.save(path)
    return path


def test_a_title_unit_and_a_cell_format_that_differ_leave_the_column_out(db: Database, tmp_path: Path) -> None:
    # «…, млн руб.» over cells formatted «1 500,00 ₽»: the format's roubles made 1 500 million 0.0015
    import_file(db, _one_project(tmp_path, "Реестр проектов ИНО, млн руб.", 1500, '#,##0.00 "₽"'))
    assert records(db)["INO-9902"]["total_cost_mln"] is None


# A second review (of these mends) found the first versions reading a year or a number before a header's unit
# as an amount, «ТР» (a repair) as thousands, and a threshold in a title as a year: held here.
@pytest.mark.parametrize(("header", "unit"), [
    ("Стоимость проекта в ценах 2024, тыс. руб.", 0.001), ("Средства федерального бюджета, этап 1, млн руб.", 1.0),
    ("Cost FY2025, mln RUB", 1.0), ("Стоимость ТР, руб.", 1e-06), ("Затраты на ТР", None),
    ("Фед. бюджет (не более 1 млрд руб.)", None),  # a threshold and the currency: the column's scale unsaid
])
def test_a_number_or_word_before_a_header_unit_keeps_the_unit(header: str, unit: float | None) -> None:
    assert unit_factor(header) == unit


def test_a_threshold_in_a_title_is_an_amount() -> None:
    assert title_unit("Проекты с объёмом инвестиций 2000 млн руб. и более") is None



def test_a_scaled_cell_format_that_shows_the_titles_unit_is_read(db: Database, tmp_path: Path) -> None:
    # the cells hold roubles shown in millions («1 500,0 млн ₽») under a title in millions: one unit, read
    import_file(db, _one_project(tmp_path, "Реестр проектов ИНО (млн руб.)", 1_500_000_000, '#,##0.0,, "млн ₽"'))
    assert records(db)["INO-9902"]["total_cost_mln"] == 1500.0
