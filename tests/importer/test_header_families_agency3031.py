"""Families learned from agency30, agency31 and corpus part fresh29 (each measured once before), tested on
spellings written for these tests, not taken from those sets.

- A system's field names written as one (underscores, capitals inside a word, Russian too): their words are
  cut without a dot, and a budget's acronym before a unit is still the acronym.
- A title's money unit after the table's date and a comma.
- Private money under agreements signed is the confirmed part; jobs made «в период реализации …» are made.
- Money paid out («кассовое исполнение», «фактические расходы») is no project figure; an assessment of an
  effect is no delivery colour.
- A colour in another word form with a remark; «Состоялось» as a whole cell; «Ид.».
"""

from __future__ import annotations

import pytest

from ino_desktop.importer.headers import title_unit
from ino_desktop.importer.values import unit_factor
from ino_desktop.importer.wording.normal import split_names
from ino_desktop.importer.wording.values import match_value
from tests.importer.reading import field_of


@pytest.mark.parametrize(("header", "field"), [
    ("СУММА_ФБ_МЛН", "federal_budget_mln"),
    ("ДАТА_ОКОНЧ", "end_date"),
    ("ДатаОкончанияПлан", "end_date"),
    ("СтоимостьПроекта", "total_cost_mln"),
    ("ОБ_МЛН_РУБ", "regional_budget_mln"),
    ("ИД объекта", "code"),
])
def test_a_system_field_name_is_read_by_its_words(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize("header", ["КолРабМестСозд",  # a word cut before plan or fact is said: left out
                                    "НомерСтрокиОтчета", "ДАТА_ВЫГР", "ИНН_ИНИЦ",
                                    # short or whole words are no cuts: a month, a field, a year of funding
                                    "ОТЧЕТНЫЙ_МЕС", "ГОД_МЕС", "Поле_1", "ФИН_ГОД",
                                    "ПСД и ИД", "Статус ИД"])  # «ИД»: documentation, unless it numbers something
def test_a_system_field_name_that_says_no_field_or_too_little_is_left_out(header: str) -> None:
    assert field_of(header) is None


def test_a_russian_name_written_as_one_is_split_but_an_acronym_in_mixed_case_is_not() -> None:
    assert split_names("НомерЗаписиВРеестре") == "Номер Записи В Реестре"
    assert split_names("ОкрБ") == "ОкрБ"
    assert split_names("ВнБ (подтв.)") == "ВнБ (подтв.)"
    assert split_names("МедТех/ИТ") == "МедТех/ИТ"  # a short joined word is a name of its own


@pytest.mark.parametrize(("title", "unit"), [
    ("Сведения о проектах по состоянию на 01.10.2017, тыс. рублей", 0.001),
    ("Данные на 1.1.2018 млн руб.", 1.0),
    ("Всего 12,5 млн руб.", None),  # an amount, not the table's unit
])
def test_a_title_unit_after_the_tables_date(title: str, unit: float | None) -> None:
    assert title_unit(title) == unit


@pytest.mark.parametrize(("header", "field"), [
    ("Внебюджетные средства по подписанным соглашениям", "extra_budgetary_confirmed_mln"),
    ("Private investment under concluded contracts", "extra_budgetary_confirmed_mln"),
    ("Число рабочих мест, созданных в течение срока реализации проекта", "jobs_created"),
])
def test_confirmed_money_and_jobs_made_in_the_period(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.timeout(10)
@pytest.mark.parametrize("title", ["1." * 20000, "1 " * 20000 + "x", "1\u00a0" * 20000 + "тыс"])
def test_a_long_run_of_figures_in_a_title_is_read_at_once(title: str) -> None:
    assert title_unit(title) is None  # each digit of the run began a number before: seconds for one title


@pytest.mark.parametrize("header", [
    "Субсидии по заключенным соглашениям",  # a budget's subsidy is given by agreement too: not private money
    "Общий объем средств (бюджетных и внебюджетных) по заключенным соглашениям",  # not only private money
    "Total funding under signed agreements (public and private)",
    "Количество подписанных договоров",
    "Кассовый расход ОБ, тыс. руб.", "Фактические расходы, млн руб.",  # paid out, no project figure
    "Оценка эффекта от реализации", "Оценка значимости проекта",  # no delivery colour
])
def test_what_is_no_field_stays_out(header: str) -> None:
    assert field_of(header) is None


@pytest.mark.parametrize(("vocabulary", "cell", "key"), [
    ("rag", "Красная (срыв сроков)", "red"),
    ("rag", "Зелёная (в графике)", "green"),
    ("status", "Состоялся с задержкой", "completed"),
    ("status", "Не состоялся", None),
    ("status", "Состоялись торги", None),  # a stage of buying, not the project done
    ("status", "Состоится", None),
    ("status", "Состояние", None),
])
def test_cells_in_other_word_forms(vocabulary: str, cell: str, key: str | None) -> None:
    assert match_value(vocabulary, cell).key == key


@pytest.mark.parametrize(("title", "unit"), [
    ("Суммы указаны в рублях", 1e-06), ("Перечень проектов (руб.)", 1e-06), ("Amounts in roubles", 1e-06),
    ("Проекты стоимостью от 100 млн руб.", None),  # an amount, no unit of the table
])
def test_a_title_that_states_plain_roubles(title: str, unit: float | None) -> None:
    assert title_unit(title) == unit


@pytest.mark.parametrize(("header", "unit"), [
    ("Cost, ₽m", 1.0), ("Cost, ₽bn", 1000.0), ("Cost (₽k)", 0.001), ("Стоимость, ₽", 1e-06),
])
def test_a_scale_beside_the_rouble_sign(header: str, unit: float) -> None:
    # "₽m" was read as plain roubles: amounts a million times too small
    assert unit_factor(header) == unit
