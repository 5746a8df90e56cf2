"""Rules learned after the independent agency set agency25 (a national corporation's bilingual list, a 1C export, a
cluster council's sheets, a technopark's residents and their update, a workbook of formulas) was measured once:
each rule tried on spellings written for this test, none of them the set's."""

from __future__ import annotations

import datetime as dt

import pytest

from ino_desktop.importer.values import parse_date
from ino_desktop.importer.wording.values import match_value
from ino_desktop.places import canonical_place
from tests.importer.reading import field_of


@pytest.mark.parametrize(("header", "field"), [("Наименование контрагента", "lead_organization"),
                                               ("Контрагент (организация)", "lead_organization"),
                                               ("ИНН контрагента", None), ("Договор с контрагентом", None)])
def test_an_accounting_systems_counterparty_is_the_organisation(header: str, field: str | None) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(("vocabulary", "cell", "key"), [
    ("status", "Реализуется / Implementation", "in_progress"), ("status", "Реализация проекта / Implementation",
                                                                  "in_progress"),
    ("status", "Planned / Планируется", "planned"), ("cluster", "Ядерный / Nuclear", "nuclear"),
    ("rag", "Жёлтый / Amber", "amber"), ("status", "Завершён / In progress", None), ("rag", "Жёлтый / Red", None),
])
def test_one_term_said_in_two_languages_is_that_term(vocabulary: str, cell: str, key: str | None) -> None:
    assert match_value(vocabulary, cell).key == key


@pytest.mark.parametrize(("cell", "day"), [("2 п/г 2027", dt.date(2027, 12, 31)),
                                           ("I п/г 2026 г.", dt.date(2026, 6, 30))])
def test_a_half_year_abbreviated_is_its_last_day(cell: str, day: dt.date) -> None:
    assert parse_date(cell) == day


@pytest.mark.parametrize(("cell", "place"), [("с. Корнилово Томского района", "Томский район"),
                                             ("пос. Светлый Томского р-на", "Томский район"),
                                             ("с. Мельниково Шегарского р-на", None)])
def test_a_village_with_its_district_in_the_genitive_is_in_that_district(cell: str, place: str | None) -> None:
    assert canonical_place(cell) == place
