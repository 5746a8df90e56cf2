"""`rules.project_checker`, the importer's per-table narrowing of `check_project`, must find exactly
what `check_project` finds for values holding only the table's fields."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from ino_desktop.rules import (
    DATE_FIELDS,
    JOB_FIELDS,
    MONEY_FIELDS,
    TEXT_LIMITS,
    check_project,
    project_checker,
)

_NUMBERS = st.one_of(st.none(), st.floats(-1e6, 1e6), st.integers(-1000, 1000), st.booleans())
_DATES = st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)))
_TEXTS = st.one_of(st.none(), st.text(max_size=3), st.integers(0, 5).map(lambda n: "ж" * (TEXT_LIMITS["code"] + n)))
_STRATEGIES = {**dict.fromkeys((*MONEY_FIELDS, *JOB_FIELDS), _NUMBERS), **dict.fromkeys(DATE_FIELDS, _DATES),
               **dict.fromkeys(TEXT_LIMITS, _TEXTS), "cluster": st.just("it")}


@st.composite
def _table_values(draw: st.DrawFn) -> tuple[set[str], dict[str, object]]:
    fields = draw(st.sets(st.sampled_from(sorted(_STRATEGIES))))
    return fields, {f: draw(_STRATEGIES[f]) for f in fields}


@settings(max_examples=400, deadline=None)
@given(_table_values())
def test_checker_finds_what_check_project_finds(table: tuple[set[str], dict[str, object]]) -> None:
    fields, values = table
    assert project_checker(fields)(values) == check_project(values)


def test_checker_of_a_narrow_table_still_checks_its_fields() -> None:
    check = project_checker({"code", "total_cost_mln", "federal_budget_mln"})
    problems = check({"code": "A1", "total_cost_mln": 1.0, "federal_budget_mln": 5.0})
    assert [(f, kind) for f, kind, _ in problems] == [("total_cost_mln", "parts_exceed_total")]
    assert check({"code": "A1", "total_cost_mln": -1.0, "federal_budget_mln": None})[0][:2] == \
        ("total_cost_mln", "negative")
