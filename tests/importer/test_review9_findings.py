"""An independent review of the rules learned from agency5…agency8 found ways they stored a wrong value or read a
column wrongly; each case is held here."""

from __future__ import annotations

import pytest

from ino_desktop.importer.limits import Limits
from ino_desktop.importer.mapping import map_columns
from ino_desktop.importer.readers import RawSheet
from ino_desktop.importer.table import read_sheet
from ino_desktop.importer.wording.values import match_value
from ino_desktop.places import canonical_place
from tests.importer.reading import field_of as _field


def _rows(rows: list[list[object]], name: str = "S"):  # type: ignore[no-untyped-def]
    numbered = [(i + 1, list(r)) for i, r in enumerate(rows)]
    outcome = read_sheet(RawSheet(name, lambda: iter(numbered), merged=[]), profile=None, limits=Limits(),
                         date1904=False)
    assert outcome.table is not None, outcome.skip_reason
    return list(outcome.table.rows)


def test_a_heading_of_none_ends_the_group_before_it() -> None:
    rows = _rows([["Код", "Наименование проекта", "Стоимость, млн руб."], ["Фармацевтический кластер", "", ""],
                  ["P-1", "Цех", 10], ["Прочие проекты", "", ""], ["P-3", "Реактор", 45]])
    clusters = {r.values.get("code"): r.values.get("cluster") for r in rows}
    assert (clusters["P-1"], clusters["P-3"]) == ("pharma", None)


def test_a_heading_with_its_groups_sum_is_still_a_heading() -> None:
    rows = _rows([["Код", "Наименование проекта", "Стоимость, млн руб."], ["Фармацевтический кластер", "", 10.0],
                  ["P-1", "Цех", 10], ["Кластер ядерных технологий", "", 45.0], ["P-3", "Реактор", 45]])
    assert [(r.values["code"], r.values.get("cluster")) for r in rows] == [("P-1", "pharma"), ("P-3", "nuclear")]


@pytest.mark.parametrize("text", ["Реализация по плану не начата", "Реализуется согласно плану, но приостановлено",
                                  "Выполнено согласно плану на 50%", "Completed as per schedule, phase 2 cancelled"])
def test_how_it_goes_does_not_cut_off_what_follows(text: str) -> None:
    assert match_value("status", text).key in (None, "planned")
    assert match_value("status", text).key != "completed"


@pytest.mark.parametrize("text", ["Завершен - частично", "Завершен - 1 этап", "Завершён — кроме благоустройства",
                                  "Completed – phase 1 only", "Completed - pending commissioning",
                                  "Реализуется — инвестор вышел из проекта"])
def test_a_remark_that_narrows_or_says_something_else_is_not_the_state(text: str) -> None:
    assert match_value("status", text).key is None


@pytest.mark.parametrize("text", ["Red – mitigated, now green", "Красный – 2023, Жёлтый – 2024",
                                  "Красный - под вопросом", "Amber - to be confirmed"])
def test_a_colour_whose_remark_names_another_or_doubts_it(text: str) -> None:
    assert match_value("rag", text).key is None


@pytest.mark.parametrize("cell", ["Асиновский район, г. Томск", "г. Томск, Шегарский район",
                                  "г. Северск, Асиновский район"])
def test_another_district_beside_a_town_is_no_place(cell: str) -> None:
    assert canonical_place(cell) is None


@pytest.mark.parametrize("header", ["Наименование продукции (проекта)", "Наименование площадки (проекта)"])
def test_a_remark_of_the_project_alone_does_not_make_another_name_the_projects(header: str) -> None:
    assert _field(header) != "name"


def test_a_forecast_periods_status_is_not_the_state_now() -> None:
    columns, _ = map_columns(["Код", "Наименование", "Статус на 01.01.2025", "Статус на 01.01.2090"])
    assert columns[3].field != "status"


@pytest.mark.parametrize("header", ["Субсидия (ФБ) - отказано", "Возврат субсидии (ФБ)", "Субсидия запрошенная (ФБ)",
                                    "Head of investor", "Parent of sponsor"])
def test_look_alikes_stay_out(header: str) -> None:
    assert _field(header) is None


def test_a_month_units_row_makes_no_date() -> None:
    rows = _rows([["Код", "Наименование проекта", "Окончание"], ["", "", "месяц"], ["P-1", "Цех", 12]])
    assert rows[0].values.get("end_date") is None


def test_a_first_row_of_people_and_years_is_data() -> None:
    rows = _rows([["Код", "Наименование проекта", "Куратор", "Начало", "Окончание"],
                  ["P-1", "Технопарк", "Иванов И.И.", 2024, 2026]])
    assert [r.values.get("code") for r in rows] == ["P-1"]


def test_a_place_in_a_title_that_is_no_label_is_not_every_rows_place() -> None:
    numbered = [(1, ["Реестр проектов Томской области — г. Томск"]), (2, []),
                (3, ["Код", "Наименование проекта"]), (4, ["P-1", "Цех"])]
    outcome = read_sheet(RawSheet("Лист1", lambda: iter(numbered), merged=[]), profile=None, limits=Limits(),
                         date1904=False)
    assert outcome.table is not None and "location" not in outcome.table.constant_values


def test_a_row_of_a_code_and_figures_alone_keeps_its_group() -> None:
    rows = _rows([["Код", "Наименование проекта", "Стоимость, млн руб."], ["Фармацевтический кластер", "", ""],
                  ["P-1", "Цех", 10], ["P-2", "", 12], ["P-3", "Склад", 4]])
    assert [r.values.get("cluster") for r in rows] == ["pharma", "pharma", "pharma"]
