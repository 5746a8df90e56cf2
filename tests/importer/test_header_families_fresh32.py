"""Families learned from corpus part fresh32 (measured once before), tested on spellings written for these tests: what
making the product costs is no project cost; reasons for a deviation are problems; a settlement is a place; the federal
programme's own name for a high-technology park."""

from __future__ import annotations

import pytest

from ino_desktop.importer.wording.values import match_value
from tests.importer.reading import field_of


@pytest.mark.parametrize("header", [
    "Затраты на производство и сбыт продукции, млн руб.", "Расходы на производство товаров", "Себестоимость, тыс. руб.",
    "Manufacturing costs, RUB m", "Cost of goods sold",
])
def test_what_making_the_product_costs_is_no_project_cost(header: str) -> None:
    assert field_of(header) is None


@pytest.mark.parametrize(("header", "field"), [
    ("Затраты на проект, млн руб.", "total_cost_mln"),  # the project's own costs still read
    ("Затраты на производство строительно-монтажных работ", "total_cost_mln"),  # building it
    ("Cost of production facility", "total_cost_mln"),
    ("Причины отклонений от графика", "problems"),
    ("Reasons for variance", "problems"),
    ("Сельское поселение", "location"),
    ("Наименование городского поселения", "location"),
])
def test_reasons_and_settlements(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(("cell", "key"), [("Технопарк в сфере высоких технологий «Синергия»", "innovation"),
                                           ("High-technology park", "innovation")])
def test_a_high_technology_park(cell: str, key: str) -> None:
    assert match_value("territory_type", cell).key == key
