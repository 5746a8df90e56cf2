"""Rules learned after the independent agency set agency24 (a university's project list, a quarterly monitoring
form and its update, an address investment programme, a PPP register, a district's CSV) was measured once: each
rule tried on spellings written for this test, none of them the set's."""

from __future__ import annotations

import pytest

from ino_desktop.importer.mapping import map_columns
from ino_desktop.places import canonical_place, no_one_place
from tests.importer.reading import field_of


@pytest.mark.parametrize(("header", "field"), [
    ("Объект концессионного соглашения", "name"),
    ("Объект соглашения, наименование", "name"),
    ("Стороны концессионного соглашения / концессионер", "lead_organization"),
    ("Номер соглашения", None),
    ("Дата соглашения", None),
])
def test_what_an_agreement_is_about_is_the_project_and_its_parties_its_organisations(header: str,
                                                                                     field: str | None) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(("header", "field"), [
    ("Сумма внебюджетных средств", "extra_budgetary_mln"),
    ("Объём федерального финансирования, млн руб.", "federal_budget_mln"),
    ("Размер частных инвестиций, тыс. руб.", "extra_budgetary_mln"),
    ("Объем финансирования", "total_cost_mln"),
])
def test_the_amount_of_a_sources_money_is_that_source(header: str, field: str | None) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize("header", ["Остаточная стоимость объекта, млн руб.", "Балансовая стоимость имущества"])
def test_an_assets_book_value_is_not_the_projects_cost(header: str) -> None:
    assert field_of(header) is None


@pytest.mark.parametrize(("header", "field"), [
    ("Федеральный бюджет, млн руб. / всего", "federal_budget_mln"),
    ("Областной бюджет, тыс. руб. / итого", "regional_budget_mln"),
    ("Стоимость проекта, млн руб. / всего", "total_cost_mln"),
    ("Источники финансирования, млн руб. / всего", "total_cost_mln"),
])
def test_the_total_under_one_source_is_that_sources(header: str, field: str) -> None:
    assert field_of(header) == field


def test_cells_saying_no_change_do_not_count_against_a_columns_values() -> None:
    headers = ["Код", "Наименование проекта", "Средства инвесторов, млн руб. / всего"]
    samples = [[f"P-{i}" for i in range(8)], [f"Проект {i}" for i in range(8)],
               ["без изменений", "без изм.", "без изменений", "Без изменений", "без изменений", 12.5, "без изм.", 40]]
    columns, _notes = map_columns(headers, samples=samples)
    assert columns[2].field == "extra_budgetary_mln"


@pytest.mark.parametrize("cell", ["Томский район, Кемеровская обл.", "г. Асино (Новосибирская обл.)",
                                  "Северск, Красноярский край"])
def test_a_place_in_another_region_is_no_place_of_the_programme(cell: str) -> None:
    assert canonical_place(cell) is None and no_one_place(cell) == "other"


@pytest.mark.parametrize(("cell", "place"), [("г. Северск, Томской обл.", "Северск"),
                                             ("634050, Томская обл., г. Томск, ул. Ленина, 4", "Томск"),
                                             ("Tomsk, Tomsk Oblast", "Томск")])
def test_the_programmes_own_region_beside_a_place_is_where_it_is(cell: str, place: str) -> None:
    assert canonical_place(cell) == place
