"""Rules learned after the independent agency sets agency15 and agency16 were measured once: each on spellings
and tables written for this test, none of them in those sets or the corpus."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ino_desktop.db import Database
from ino_desktop.importer.mapping import map_columns
from ino_desktop.importer.values import amount_with_unit, parse_date
from ino_desktop.importer.wording.values import match_value
from tests.importer.builders import project, table_xlsx
from tests.importer.conftest import add_project, import_file, records
from tests.importer.reading import read_rows


def _money_column(header: str) -> str | None:
    columns, _ = map_columns(["Код", "Наименование проекта", header],
                             samples=[["A-1", "A-2", "A-3"], ["x", "y", "z"], [12.5, 30.0, 7.25]])
    return columns[2].field


@pytest.mark.parametrize(("header", "field"), [
    ("Обл. средства, млн ₽", "regional_budget_mln"),  # «обл.»: the oblast's (it had read 45 %, "needs a decision")
    ("Объём финансового обеспечения (всего)", "total_cost_mln"),  # «финансовое обеспечение»: the financing
])
def test_money_families(header: str, field: str) -> None:
    assert _money_column(header) == field


def test_a_part_gives_way_only_to_a_column_whose_own_field_it_reads() -> None:
    # "Total investments" reads a little as private money too ("investor funds"), but it is the total: the part
    # keeps its own field
    for whole in ("Total investments", "Overall investment"):
        samples = [["A-1", "A-2", "A-3"], ["x", "y", "z"], [90.5, 81.0, 70.2], [10.5, 2.25, 30.0]]
        columns, _ = map_columns(["Код", "Наименование", whole, "of which private"], samples=samples)
        assert [c.field for c in columns][2:] == ["total_cost_mln", "extra_budgetary_mln"], whole


@pytest.mark.parametrize(("text", "day"), [
    ("Sep-2027", dt.date(2027, 9, 30)), ("нояб-2026", dt.date(2026, 11, 30)), ("Mar/2025", dt.date(2025, 3, 31)),
])
def test_a_month_joined_to_its_year(text: str, day: dt.date) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize(("text", "millions"), [
    ("2,5 млрд", 2500.0), ("780 тыс. руб.", 0.78), ("0,4 bn", 400.0), ("15 млн ₽", 15.0), ("1 250 тыс.", 1.25),
])
def test_an_amount_with_its_own_unit(text: str, millions: float) -> None:
    assert amount_with_unit(text) == pytest.approx(millions)


@pytest.mark.parametrize("text", ["около 3 млн", "3-4 млн", "12 шт.", "1,5", "млн"])
def test_what_is_no_amount_with_a_unit(text: str) -> None:
    assert amount_with_unit(text) is None


def test_a_cell_that_states_its_unit_is_read_in_it_and_an_estimate_still_rejects() -> None:
    table = read_rows([["Шифр", "Наименование проекта", "Стоимость проекта"],
                       ["С-1", "Цех", "2,5 млрд"], ["С-2", "Склад", 40], ["С-3", "Лаборатория", "780 тыс."],
                       ["С-4", "Парк", "около 3 млн"]])
    rows = {r.values["code"]: r for r in table.rows}
    assert [rows[c].values["total_cost_mln"] for c in ("С-1", "С-2", "С-3")] == [2500.0, 40.0, 0.78]
    assert rows["С-4"].rejected


@pytest.mark.parametrize(("text", "key"), [
    ("к строительству не приступали", "planned"), ("Не приступил", "planned"),
    ("приступили к монтажу оборудования", "in_progress"),
])
def test_begun_and_not_begun(text: str, key: str) -> None:
    assert match_value("status", text).key == key


def test_no_change_written_in_an_update_keeps_the_stored_values(db: Database, tmp_path: Path) -> None:
    add_project(db, "INO-8", "Проект INO-8", total_cost_mln=50.0)
    path = tmp_path / "update.xlsx"
    path.write_bytes(table_xlsx([project("INO-8", **{"Стоимость, млн руб.": "без изменений",
                                                     "Проблемные вопросы": "Без изм.",
                                                     "Рабочие места (план)": 75})]))
    import_file(db, path)
    stored = records(db)["INO-8"]
    assert (stored["total_cost_mln"], stored["problems"], stored["jobs_planned"]) == (50.0, None, 75)


def test_a_remark_translating_the_caption_is_no_qualifier_of_it() -> None:
    parent = "Объём средств, млн руб. (Funds, RUB mln)"
    headers = ["Код", "Наименование", f"{parent} / Итого (total)", f"{parent} / ФБ (federal)",
               f"{parent} / ОБ (regional)", f"{parent} / ВБС (private)"]
    columns, _ = map_columns(headers, samples=[["A-1", "A-2", "A-3"], ["x", "y", "z"]] + [[90.5, 81.0, 70.2]] * 4)
    # "(regional)" had been read as a place's word beside «ОБ»
    assert [c.field for c in columns][2:] == ["total_cost_mln", "federal_budget_mln", "regional_budget_mln",
                                              "extra_budgetary_mln"]


@pytest.mark.parametrize(("header", "field"), [("Наименование (in English)", "name_en"), ("Название (ENG)", "name_en")])
def test_a_remark_naming_a_language_stays(header: str, field: str) -> None:
    (column,), _ = map_columns([header])
    assert column.field == field
