"""Rules learned after the independent agency sets agency7 and agency8 were measured once: each on spellings
and cells written for this test, none of them in those sets or the corpus."""

from __future__ import annotations

import pytest

from ino_desktop.importer.headers import find_header
from ino_desktop.importer.values import parse_vocab
from ino_desktop.importer.wording.values import match_value
from ino_desktop.places import canonical_place
from tests.importer.reading import field_of as _field


@pytest.mark.parametrize(("header", "field"), [
    # a remark whose first noun is the project says which thing a name names
    ("Наименование элемента (проекта, мероприятия)", "name"),
    # why a figure went off course is a problem, not the change itself
    ("Причины отклонений и проблемные вопросы", "problems"),
    # the programme's own name after a number word: its project's number
    ("INO ref code", "code"),
    ("Номер ИНО", "code"),
    # a clerk's contraction that one vocabulary word begins and ends
    ("Наим-е объекта", "name"),
    ("Общая ст-ть, млн руб.", "total_cost_mln"),
    ("ВнБ, тыс. руб.", "extra_budgetary_mln"),
])
def test_families_read(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize("header", ["Отклонение от графика", "Перенос сроков ввода"])
def test_a_change_alone_is_still_no_field(header: str) -> None:
    assert _field(header) is None


@pytest.mark.parametrize(("text", "key"), [
    ("Реализуется согласно плану-графику", "in_progress"),  # how it goes: the state before it
    ("Завершён в соответствии с соглашением", "completed"),
    ("In progress: minor delays", "in_progress"),  # a remark after a colon or a dash that names no other state
    ("On hold – pending permits", "suspended"),
])
def test_a_state_with_a_remark_after_it(text: str, key: str) -> None:
    assert match_value("status", text).key == key


@pytest.mark.parametrize("text", ["Реализуется — приостановлен", "Реализуется: 1 этап не начат",
                                  "Приостановлен – возобновлён", "Завершён — отменён"])
def test_a_remark_that_names_another_state_or_turns_it_round_is_refused(text: str) -> None:
    assert match_value("status", text).key is None


@pytest.mark.parametrize(("text", "key"), [("Красный — срыв сроков ввода", "red"), ("Yellow - slight delay", "amber")])
def test_a_colour_with_a_dashed_remark(text: str, key: str) -> None:
    assert match_value("rag", text).key == key


def test_a_label_and_its_value_are_not_a_colour_and_a_remark() -> None:
    assert match_value("rag", "Риск: высокий").key == "red"  # "Риск" is no colour said outright here


def test_no_term_and_an_unlit_light_are_empty() -> None:
    assert parse_vocab("cluster", "Отсутствует") is None
    assert parse_vocab("status", "Нет.") is None
    assert parse_vocab("rag", "Серый") is None


@pytest.mark.parametrize(("cell", "place"), [
    ("МР «Колпашевский район», г. Колпашево", "Колпашево"),  # МР: a municipal district
    ("Strezhevoy (city)", "Стрежевой"),  # the town's type said apart
    ("Томский МР, Новорождественское с/п", "Томский район"),  # a rural settlement inside the district
    ("ГО «Город Томск», Ленинский р-н", "Томск"),  # a district of the city after the city
])
def test_places_said_by_municipal_units(cell: str, place: str) -> None:
    assert canonical_place(cell) == place


def test_a_year_row_under_a_header_is_a_level_of_it() -> None:
    top = ["Код", "Наименование", "Финансирование, млн руб.", "", "", ""]
    sub = ["", "", "Всего", 2025, "2026", "ФБ"]
    rows = [(1, top), (2, sub), (3, ["P-1", "Цех", 10.0, 4.0, 6.0, 2.0])]
    header = find_header(rows, [])
    assert header is not None and header.rows == [1, 2]


def test_a_units_row_with_kind_words_is_a_units_row() -> None:
    top = ["Код", "Наименование", "Дата начала", "Стоимость проекта", "Готовность"]
    units = ["", "", "дата", "тыс. руб.", "%"]
    header = find_header([(1, top), (2, units), (3, ["P-1", "Цех", "01.02.2025", 1500.0, 40.0])], [])
    assert header is not None and header.rows == [1, 2]
    assert header.texts[3] == "Стоимость проекта (тыс. руб.)"
