"""Place cells → the canonical place names, by rule: type words dropped, districts told from towns, Latin
spellings through transliteration. The spellings here were written for this test."""

from __future__ import annotations

import pytest

from ino_desktop.importer.values import BadValue, parse_location
from ino_desktop.places import canonical_place


@pytest.mark.parametrize(("cell", "place"), [
    ("г.Северск", "Северск"),
    ("гор. Асино", "Асино"),
    ("Городской округ ЗАТО Северск", "Северск"),
    ("Стрежевой городской округ", "Стрежевой"),
    ("Томский муниципальный р-н", "Томский район"),
    ("Tomskiy district", "Томский район"),
    ("Asino", "Асино"),
    ("City of Strezhevoy", "Стрежевой"),
    ("Kolpashevo town", "Колпашево"),
    ("ТОМСК", "Томск"),
    # a village or a street beside the district or town it is in
    ("д. Лоскутово (Томский район)", "Томский район"),
    ("Томск, пр. Ленина, 30", "Томск"),
])
def test_a_place_written_any_way_is_its_canonical_name(cell: str, place: str) -> None:
    assert canonical_place(cell) == place


@pytest.mark.parametrize("cell", [
    "Шегарский район",  # a district the programme has no place for
    "Томский",  # the district or the region: not said
    "Томская область",
    "с. Вершинино",  # a village: no canonical place
    "Томск, Северск",  # two places
])
def test_a_cell_that_is_no_one_canonical_place_is_none(cell: str) -> None:
    assert canonical_place(cell) is None


def test_a_place_that_is_not_canonical_is_left_out_with_its_reason() -> None:
    with pytest.raises(BadValue) as refused:
        parse_location("  с. Вершинино ")  # a village alone: none of the programme's six places
    assert "Вершинино" in refused.value.reason and refused.value.kind == "unknown_location"
    assert parse_location("г. Томск") == "Томск"


@pytest.mark.parametrize(("cell", "place"), [
    ("Колпашевский р-н, г. Колпашево", "Колпашево"),  # the town and its own district
    ("г. Асино, промзона «Восток»", "Асино"),  # a site within the town
    ("Seversk City District", "Северск"),  # an English city district is the city's own municipality
])
def test_a_place_with_its_own_parts(cell: str, place: str) -> None:
    assert canonical_place(cell) == place


@pytest.mark.parametrize("cell", ["г. Северск, г. Кемерово", "Асино, Новосибирск", "Северск-4"])
def test_another_place_beside_a_canonical_one_is_none(cell: str) -> None:
    assert canonical_place(cell) is None


@pytest.mark.parametrize(("cell", "place"), [
    ("г. о. Колпашево", "Колпашево"),  # "г.о.": a town's own district (городской округ), letters apart
    ("Колпашевское городское поселение", "Колпашево"),  # the town's own municipality said by its adjective
    ("Стрежевская промплощадка", "Стрежевой"),  # a site said by its town's adjective
    ("г. Северск, Военный городок", "Северск"),  # a quarter of the town
])
def test_a_town_said_by_its_municipality_site_or_quarter(cell: str, place: str) -> None:
    assert canonical_place(cell) == place


@pytest.mark.parametrize("cell", [
    "Томская промзона",  # Томский район and Томск share the adjective: not said which
    "Новосельское сельское поселение",  # a rural settlement in some district
    "Бердское городское поселение",  # a town the programme does not know
    "Академгородок",  # a quarter alone: of which town
])
def test_an_adjective_or_quarter_that_does_not_say_which_place_is_none(cell: str) -> None:
    assert canonical_place(cell) is None


@pytest.mark.parametrize(("cell", "place"), [
    ("Колпашевский муниципальный район", "Колпашево"),  # the district a town stands for in the list
    ("Асиновский р-н", "Асино"),
    ("с. Ново-Кусково, Асиновский район", "Асино"),  # a village in it
    ("Kolpashevsky district", "Колпашево"),
    ("Томский р-н", "Томский район"),  # a district of its own in the list: not the town
])
def test_a_district_is_the_place_its_town_stands_for(cell: str, place: str) -> None:
    assert canonical_place(cell) == place
