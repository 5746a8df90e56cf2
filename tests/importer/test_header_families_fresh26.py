"""Rules learned after the corpus part fresh26 (a city's capital programme, EU lists of operations, infrastructure
pipelines) was measured once, and mends from an adversarial review of the rules before it (each a wrong value or a
loss the review found): every rule tried on spellings written for this test."""

from __future__ import annotations

import pytest

from ino_desktop.importer.mapping import map_columns
from ino_desktop.importer.wording.values import match_value
from ino_desktop.places import canonical_place, no_one_place
from tests.importer.reading import field_of


@pytest.mark.parametrize(("header", "field"), [
    ("Priority ranking", None), ("Степень приоритетности", None), ("Приоритетное направление", "work_area"),
    ("Operating budget impact", None), ("Operating expenses, USD", None), ("Operator", "lead_organization"),
    ("Eligibility end date", None), ("Expenditure eligible from", None),
    ("Контактные данные руководителя проекта", None), ("Curator contact details", None),
])
def test_what_a_header_is_about_beside_the_fields_words(header: str, field: str | None) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(("cell", "key"), [
    ("Проектирование ведётся", "planned"), ("Design underway", "planned"), ("Строительство ведется", "in_progress"),
    ("Construction in progress", "in_progress"), ("Ввод в эксплуатацию идёт", None),
    ("Ready for tender", "planned"), ("Готов к строительству", "planned"), ("Ready for commissioning", None),
])
def test_work_going_on_or_ready_to_begin_is_the_stage_of_that_work(cell: str, key: str | None) -> None:
    assert match_value("status", cell).key == key


@pytest.mark.parametrize(("header", "field"), [
    ("Объект строительства (местоположение)", "location"), ("Заявитель (адрес)", "location"),
    ("Applicant (municipality)", "location"), ("Куратор (муниципалитет)", "curator"),
])
def test_a_place_in_a_remark_is_the_column_unless_it_says_where_a_person_is_from(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize("header", ["Объект договора аренды", "Объект контракта", "Объект договора страхования",
                                    "Созданные объекты в ходе реализации проекта"])
def test_only_what_a_partnership_agreement_is_about_is_the_project(header: str) -> None:
    assert field_of(header) is None


@pytest.mark.parametrize(("header", "field"), [
    ("Инвестиции, в т.ч. федеральные, млн руб. / всего", "total_cost_mln"),
    ("Областной бюджет, млн руб. / Итого по источникам", "total_cost_mln"),
    ("Областной бюджет, тыс. руб. / всего", "regional_budget_mln"),
])
def test_only_a_bare_total_under_one_source_named_outright_is_that_sources(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize("header", ["Объём внебюджетных средств на 1 рабочее место, млн руб.",
                                    "Federal funding per job, RUB m", "Сумма областных средств на одного работника"])
def test_a_ratio_is_no_amount(header: str) -> None:
    assert field_of(header) is None


@pytest.mark.parametrize("header", ["Увеличение количества рабочих мест по сравнению с прошлым годом",
                                    "Increase in jobs compared to previous year",
                                    "Стоимость проекта к концу отчетного года, млн руб."])
def test_a_change_against_a_year_before_or_money_so_far_is_no_field(header: str) -> None:
    assert field_of(header) is None


@pytest.mark.parametrize(("header", "field"), [
    ("Организация-заявитель (акционер)", "lead_organization"), ("Исполнитель работ (подрядчик)", "lead_organization"),
    ("Собственные средства (учредителей), млн руб.", "extra_budgetary_mln"),
])
def test_an_owner_or_a_loan_in_a_remark_says_whose_not_what(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize("header", ["Дата начала / окончания работ", "Start / Finish date", "Start/Finish date"])
def test_both_ends_across_a_slash_are_one_level_and_neither_end(header: str) -> None:
    assert field_of(header) is None


def test_a_column_of_both_ends_is_still_read_by_its_values_as_a_period() -> None:
    columns, _notes = map_columns(["Код", "Наименование", "Дата начала / окончания реализации"],
                                  samples=[["P-1", "P-2", "P-3"], ["А", "Б", "В"],
                                           ["2021–2024", "2022–2025", "2023–2026"]])
    assert columns[2].field in ("start_date", "end_date") and columns[2].also in ("start_date", "end_date")


@pytest.mark.parametrize(("cell", "place"), [("г. Стрежевой, Томская обл., Российская Федерация", "Стрежевой"),
                                             ("Seversk, the Tomsk region", "Северск"),
                                             ("с. Зоркальцево Томского р-на", "Томский район")])
def test_the_country_beside_a_place_is_still_where_it_is(cell: str, place: str) -> None:
    assert canonical_place(cell) == place


@pytest.mark.parametrize("cell", ["Томск, регион", "г. Асино (регион)"])
def test_a_bare_region_beside_a_town_says_no_one_place(cell: str) -> None:
    assert canonical_place(cell) is None and no_one_place(cell) == "other"


@pytest.mark.parametrize(("header", "field"), [
    # a second review: the source's own total with its unit in any form, under a parent that names it outright
    ("Областной бюджет / итого (млн руб.)", "regional_budget_mln"),
    ("Стоимость проекта, всего / областной бюджет / всего", "regional_budget_mln"),
    # a book value or a loan's maturity in a remark is still that, and a contractor is no lead organisation
    ("Стоимость объекта (остаточная), тыс. руб.", None), ("Срок окончания (погашение кредита)", None),
    ("Поставщик (контрагент)", None), ("Site and location description", "description"),
])
def test_second_review_mends(header: str, field: str | None) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize("cell", ["Готов к торговым операциям", "Готов к пусконаладочным работам",
                                  "Ready for tender, works ongoing", "Design-build in progress"])
def test_ready_for_anything_but_the_tender_or_the_building_and_design_with_building_say_no_state(cell: str) -> None:
    assert match_value("status", cell).key is None

