"""Rules learned after the corpus part fresh22 (published reporting forms, trackers) was measured once: each tried
on spellings written for this test, none of them in fresh22 or the agency sets."""

from __future__ import annotations

import pytest

from ino_desktop.importer.values import amount_with_unit
from ino_desktop.places import canonical_place
from tests.importer.reading import field_of


@pytest.mark.parametrize("header", ["Стадия проекта (месяц, год)", "Этап (число, месяц, год)",
                                    "Project phase (month/year)"])
def test_a_dates_pattern_said_in_words_keeps_other_fields_out(header: str) -> None:
    assert field_of(header) != "status"


@pytest.mark.parametrize(("header", "field"), [("Дата завершения (месяц, год)", "end_date"),
                                               ("Start (day, month, year)", "start_date")])
def test_a_dates_pattern_said_in_words_is_a_date(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize("header", ["Консолидированный бюджет субъекта РФ, тыс. руб.",
                                    "Средства консолидированного бюджета области", "Consolidated budget (RUB mn)"])
def test_a_consolidated_budget_is_no_one_source(header: str) -> None:
    assert field_of(header) not in ("regional_budget_mln", "federal_budget_mln")


@pytest.mark.parametrize("header", ["Количество созданных рабочих мест за отчетный период",
                                    "Рабочие места, созданные в отчетном квартале",
                                    "New jobs during the reporting year"])
def test_one_reporting_periods_jobs_are_no_total(header: str) -> None:
    assert field_of(header) not in ("jobs_created", "jobs_planned")


@pytest.mark.parametrize(("header", "field"), [("Updated total cost, RUB m", "total_cost_mln"),
                                               ("latest_capex", "total_cost_mln"),
                                               ("Updated completion date", "end_date")])
def test_the_figure_as_revised_is_the_field(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(("text", "amount"), [("RUB 2.4bn", 2400.0), ("₽ 120 млн", 120.0), ("руб. 3,5 млрд", 3500.0)])
def test_an_amount_with_its_currency_first(text: str, amount: float) -> None:
    assert amount_with_unit(text) == pytest.approx(amount)


@pytest.mark.parametrize("text", ["RUB 2.4", "USD 3 mln", "EUR 1bn"])
def test_an_amount_in_another_currency_or_without_unit_is_none(text: str) -> None:
    assert amount_with_unit(text) is None


@pytest.mark.parametrize("text", ["CATU Seversk", "Seversk (CATU)"])
def test_the_closed_town_in_english(text: str) -> None:
    assert canonical_place(text) == "Северск"


@pytest.mark.parametrize("header", ["Revised cost of equipment, RUB m", "Updated cost per job"])
def test_the_revised_cost_of_a_part_is_no_total(header: str) -> None:
    assert field_of(header) != "total_cost_mln" and field_of(header) != "jobs_planned"


@pytest.mark.parametrize("header", ["Объем инвестиций в отчетном году, млн руб.",
                                    "Private investment in the reporting quarter"])
def test_one_reporting_periods_money_is_no_total(header: str) -> None:
    assert field_of(header) not in ("total_cost_mln", "extra_budgetary_mln")
