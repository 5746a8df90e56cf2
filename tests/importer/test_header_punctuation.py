"""A full stop after a header and an acronym typed in lower case: what a clerk's typing changes and what it
does not. Russian (and mostly English) cuts a word short after a consonant, so a dotted word ending in a vowel,
«й» or «ь» is whole and its dot ends a sentence; a budget's or a territory's acronym with no word after it in
its clause is no preposition, whatever its case. The spellings are written for these tests."""

from __future__ import annotations

import pytest

from tests.importer.reading import field_of


@pytest.mark.parametrize(("header", "field"), [
    ("Полное наименование инновационного кластера.", "cluster"),  # was read as the name: «кластера.» cut short
    ("Наименование муниципального района.", "location"),
    ("Название организации-инициатора.", "lead_organization"),
    ("Current phase of the project.", "status"),
    ("Дата ввода объекта в эксплуатацию.", "end_date"),
])
def test_a_full_stop_after_a_whole_word_changes_nothing(header: str, field: str) -> None:
    assert field_of(header) == field == field_of(header[:-1])


@pytest.mark.parametrize("header", ["Наименование ОЭЗ", "Код НТП", "Cost centre", "Phase name", "Cost range",
                                    "Бюджет МО (справочно)", "Номер п/п"])
def test_a_full_stop_never_makes_a_field_of_a_header_that_has_none(header: str) -> None:
    assert field_of(header) is None
    assert field_of(header + ".") is None


@pytest.mark.parametrize(("header", "field"), [
    ("Ответственный исп.", "lead_organization"),  # a word cut after a consonant is still read as cut short
    ("Кол-во раб. мест (план).", "jobs_planned"),
    ("Наим. кластера", "cluster"),
])
def test_a_dot_after_a_word_cut_short_still_says_it_is_cut(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(("header", "field"), [
    ("средства об", "regional_budget_mln"),
    ("в т.ч. об, тыс. руб.", "regional_budget_mln"),
    ("Финансирование / об", "regional_budget_mln"),
    ("Объем финансирования, млн руб. / вб", "extra_budgetary_mln"),
    ("Наименование мо", "location"),
])
def test_an_acronym_in_lower_case_with_nothing_after_it_is_the_acronym(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize("header", ["Информация об объекте", "Сведения об инвесторе", "Справка об исполнении",
                                    "Сведения об", "Информация об (проекте)"])  # a noun cut off is still a noun's
def test_a_preposition_with_its_noun_is_no_acronym(header: str) -> None:
    assert field_of(header) != "regional_budget_mln"


@pytest.mark.parametrize("header", ["ФИО ип", "Участие в нп"])  # a sole trader, a national project: other things
def test_acronyms_of_other_things_in_lower_case_are_left_alone(header: str) -> None:
    assert field_of(header) is None


@pytest.mark.parametrize(("header", "field"), [
    ("СТОИМ. ПРОЕКТА, МЛН РУБ.", "total_cost_mln"),  # in a header all in capitals, capitals say no acronym
    ("ДАТА НАЧ.", "start_date"),
    ("НАИМЕН. ПРОЕКТА", "name"),
    ("ТЕК. СТАТУС", "status"),
    ("TOT. COST (RUB MLN)", "total_cost_mln"),
])
def test_a_dotted_word_in_a_header_all_in_capitals_is_still_cut_short(header: str, field: str) -> None:
    assert field_of(header) == field
