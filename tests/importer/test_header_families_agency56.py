"""Rules learned after the independent agency sets agency5 and agency6 (and the fresh19/fresh21 corpora) were
measured once: each on spellings and cells written for this test, none of them in those sets or the corpus."""

from __future__ import annotations

import pytest

from ino_desktop.importer.mapping import map_columns
from ino_desktop.importer.wording.periods import period, without_period
from ino_desktop.importer.wording.values import match_value
from tests.importer.reading import field_of as _field


@pytest.mark.parametrize(("header", "field"), [
    # a data dictionary's field code before the caption numbers the column
    ("PRJ_07 – Наименование объекта", "name"),
    ("X_12 - Срок окончания", "end_date"),
    # English names a thing by what it is of after "of", where the words before it name no field alone
    ("Funds of the federal budget", "federal_budget_mln"),
    ("Year of completion", "end_date"),
    ("Stage of the project", "status"),  # the head names the field: read as it stands
    # where a number is kept (a register, a programme) is no owner of it
    ("Код в программе развития", "code"),
    ("Registry ID", "code"),
    ("Номер реестра", "code"),
    # a name joined to its year names a programme, not the column
    ("Код проекта в портфеле (Стратегия-2035)", "code"),
    # a grant whose remark names its budget is that budget's money
    ("Грант «Старт» (ФБ), тыс. руб.", "federal_budget_mln"),
    # the commercial operation date, go-live: the plant delivered
    ("Target COD", "end_date"),
    ("Go-live (plan)", "end_date"),
    # "(RU)": the Russian text, as "(EN)" is the English
    ("Project (RU)", "name"),
    # a plan with a remark of the whole ("план (всего)") is the parent's field
    ("Объем финансирования / план (всего)", "total_cost_mln"),
    ("Рабочие места, создаваемые к 2030 году", "jobs_planned"),  # by a year: the whole by then
])
def test_families_read(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize("header", [
    "Status of building permits",  # of something else
    "Номер реестра разрешений",  # a permit register's number
    "Грант (частный фонд)",  # a grant of no budget
    "Рабочие места / в т.ч. за 2024 год",  # a count in one year is a part of the project's
    "Jobs / created in 2023",
    "Сумма инвестиций, валюта",  # the currency the amounts are in
    "Amount (currency)",
    "cod",  # a word in small letters, no acronym
])
def test_look_alikes_stay_out(header: str) -> None:
    assert _field(header) is None


def test_chemistry_and_chemicals_are_one_word() -> None:
    assert match_value("cluster", "Gas chemicals").key == "petrochemical"
    assert match_value("cluster", "Registry").key is None  # no "-istry" is read as chemistry


def test_the_periods_a_header_names() -> None:
    assert period("Q2 2025 / RAG") == (2025, 6, 31)
    assert period("IV кв. 2024 / Статус") == (2024, 12, 31)
    assert period("Статус на 01.07.2025") == (2025, 7, 1)
    assert period("2026 / Статус") == (2026, 12, 31)
    assert period("Объем 2024–2030") is None  # a span is no one period
    assert without_period("Q2 2025 / RAG") == without_period("Q4 2025 / RAG")


def test_a_state_repeated_per_period_is_the_latest_ones() -> None:
    headers = ["Код", "Наименование", "I кв. 2025 / Статус", "II кв. 2025 / Статус", "2025 / ФБ", "2026 / ФБ"]
    columns, _notes = map_columns(headers)
    fields = [c.field for c in columns]
    assert fields[:4] == ["code", "name", None, "status"]
    assert columns[2].reason is not None and columns[2].reason.code == "why.earlier_period"
    assert columns[2].reason.params["column"] == "D"
    assert fields[4:] == [None, None]  # one year's money is a slice, whichever year


def test_a_vocabulary_column_of_places_is_no_territory_type() -> None:
    cells = ["г. Асино", "Колпашевский р-н, с. Тогур", "г. Томск, ул. Ленина, 1", "ЗАТО Северск", "г. Асино"]
    (column,), _notes = map_columns(["Площадка размещения производства"], samples=[cells])
    assert column.field != "territory_type"


def test_a_money_column_of_names_holds_no_amounts() -> None:
    cells = ["ООО «Альфа»", "АО «Бета»", "ПАО «Гамма»", "ООО «Альфа»"]
    (column,), _notes = map_columns(["Средства инвестора"], samples=[cells])
    assert column.field != "extra_budgetary_mln"  # (the investors it names may be read as organisations)
    (column,), _notes = map_columns(["Средства инвестора"], samples=[[120.5, 80, 44.1]])
    assert column.field == "extra_budgetary_mln"
