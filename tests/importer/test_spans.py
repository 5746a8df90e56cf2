"""A period in one cell (importer/spans.py): both dates from «с 2023 по 2026», and nothing from what is no period."""

from __future__ import annotations

import datetime as dt

import pytest

from ino_desktop.importer.mapping import map_columns
from ino_desktop.importer.spans import holds_spans, names_a_period, span
from tests.importer.reading import read_rows

D = dt.date


@pytest.mark.parametrize(("text", "first", "last"), [
    ("2019–2023", D(2019, 1, 1), D(2023, 12, 31)),
    ("с 2020 г. по 2022 г.", D(2020, 1, 1), D(2022, 12, 31)),
    ("2018 - 2020 гг.", D(2018, 1, 1), D(2020, 12, 31)),
    ("со 2021 года по 2027 год", D(2021, 1, 1), D(2027, 12, 31)),
    ("II кв. 2022 — I кв. 2024", D(2022, 4, 1), D(2024, 3, 31)),
    ("Q3 2021 to Q2 2023", D(2021, 7, 1), D(2023, 6, 30)),
    ("15.04.2022 - 30.09.2025", D(2022, 4, 15), D(2025, 9, 30)),
    ("сент. 2023 – нояб. 2024", D(2023, 9, 1), D(2024, 11, 30)),
    ("2026-2024", D(2026, 1, 1), D(2024, 12, 31)),  # as written: the row is rejected for it, not put right
])
def test_a_period_runs_from_its_first_day_to_its_last(text: str, first: D, last: D) -> None:
    assert span(text) == (first, last)


@pytest.mark.parametrize("text", ["2022-03-15", "2022-03", "2024", "в течение 3 лет", "2021/22", "Q4 2025",
                                  "по согласованию", 2023])
def test_what_is_no_period_gives_none(text: object) -> None:
    assert span(text) is None


def test_a_column_holds_periods_when_most_of_its_cells_are() -> None:
    assert holds_spans(["2020–2022", "с 2021 по 2024", "", "2023 г."])
    assert not holds_spans(["2020–2022", "2023", "2024", "31.12.2025"])
    assert not holds_spans(["2020–2022"])  # one alone says little


@pytest.mark.parametrize(("header", "says"), [
    ("Срок реализации проекта", True), ("Период исполнения", True), ("Годы реализации", True),
    ("Project timeline", True), ("Наименование", False), ("Год ввода в эксплуатацию", False),
])
def test_a_header_names_a_period(header: str, says: bool) -> None:
    assert names_a_period(header) is says



def test_a_column_of_periods_gives_both_dates_and_a_reversed_period_rejects_its_row() -> None:
    table = read_rows([["Шифр", "Наименование проекта", "Срок реализации (годы)"],
                       ["П-1", "Цех", "2020–2023 гг."], ["П-2", "Склад", "с 2022 по 2025"],
                       ["П-3", "Лаборатория", "2027–2024"], ["П-4", "Парк", ""]])
    (column,) = [c for c in table.columns if c.index == 2]
    assert {column.field, column.also} == {"start_date", "end_date"} and column.how == "values"
    assert column.reason is not None and column.reason.code == "why.periods"
    rows = {r.values["code"]: r for r in table.rows}
    assert (rows["П-1"].values["start_date"], rows["П-1"].values["end_date"]) == (D(2020, 1, 1), D(2023, 12, 31))
    assert rows["П-2"].values["start_date"] == D(2022, 1, 1)
    assert rows["П-3"].rejected and rows["П-3"].issues[0].kind == "end_before_start"
    assert rows["П-4"].values["start_date"] is None and not rows["П-4"].rejected
    assert {"start_date", "end_date"} <= set(table.fields)


def test_a_date_column_of_periods_gives_the_other_date_only_where_no_column_gives_it() -> None:
    cells = ["2019–2021", "2020–2024", "2021–2022"]
    own, _ = map_columns(["Код", "Наименование", "Дата завершения"], samples=[["A-1"] * 3, ["x"] * 3, cells])
    assert (own[2].field, own[2].spans, own[2].also) == ("end_date", True, "start_date")
    both, _ = map_columns(["Код", "Наименование", "Дата начала", "Дата завершения"],
                          samples=[["A-1"] * 3, ["x"] * 3, ["01.01.2019"] * 3, cells])
    assert (both[3].field, both[3].spans, both[3].also) == ("end_date", True, None)


def test_a_period_header_over_numbers_is_no_date() -> None:
    columns, _ = map_columns(["Код", "Наименование", "Срок реализации, лет"],
                             samples=[["A-1", "A-2", "A-3"], ["x", "y", "z"], [3, 5, 2]])
    assert columns[2].field is None
