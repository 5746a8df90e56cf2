"""Support in English headers: support asked for is the decisions a project requests; support given, or the
measures and instruments of a budget's support with no money unit, are no amount of that budget. Spellings
written for this test, none of them in the corpus or the agency sets."""

from __future__ import annotations

import pytest

from tests.importer.reading import field_of


@pytest.mark.parametrize("header", ["State support instruments applied", "Regional support measures (list)",
                                    "Government support tools", "Federal support"])
def test_a_budgets_support_with_no_money_unit_is_no_amount(header: str) -> None:
    assert field_of(header) not in ("federal_budget_mln", "regional_budget_mln", "total_cost_mln")


@pytest.mark.parametrize("header", ["Necessary regional support", "Support measures necessary",
                                    "Required state support (short description)"])
def test_support_required_is_support_asked_for(header: str) -> None:
    assert field_of(header) == "decisions_requested"


@pytest.mark.parametrize(("header", "field"), [("Regional support, RUB mn", "regional_budget_mln"),
                                               ("Problems needing attention", "problems")])
def test_a_budgets_support_in_money_and_issues_stay_as_they_were(header: str, field: str) -> None:
    assert field_of(header) == field
