"""Families learned from agency35 (measured once before), tested on spellings written for these tests: a header's
short last word cut without a dot to fit the column; a day in quotes, as official papers date them."""

from __future__ import annotations

import datetime as dt

import pytest

from ino_desktop.importer.values import BadValue, parse_date
from ino_desktop.importer.wording.values import match_value
from tests.importer.reading import field_of


@pytest.mark.parametrize(("header", "field"), [("Место реализ", "location"),
                                               ("Наименование получат", "lead_organization"),
                                               ("Срок оконч", "end_date")])
def test_a_last_word_cut_to_fit_the_column(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(("vocabulary", "cell", "key"), [("cluster", "Томский фармкластер", "pharma"),
                                                         ("cluster", "Фармкластер", "pharma")])
def test_a_compound_word_is_no_cut(vocabulary: str, cell: str, key: str) -> None:
    assert match_value(vocabulary, cell).key == key


@pytest.mark.parametrize(("text", "day"), [("«1» июля 2025 г.", dt.date(2025, 7, 1)),
                                           ("\"20\" февраля 2024 года", dt.date(2024, 2, 20))])
def test_a_day_in_quotes(text: str, day: dt.date) -> None:
    assert parse_date(text) == day


def test_a_quoted_day_before_a_month_number_is_still_no_date() -> None:
    with pytest.raises(BadValue):
        parse_date("«1» 07 2025")
