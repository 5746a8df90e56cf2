"""Field-level rules for a project's values, shared by the importer and the project editor.

`check_project` looks only at the values it is given (canonical field → parsed value, as in the export
format: money in RUB million, dates as `datetime.date`, jobs as int) and returns every problem at
once, so a form can mark all bad fields and an import can list all reasons for a row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping
from typing import Any, cast

from sqlalchemy import String, Table

from ino_desktop.messages import Amount, Day, FieldName, Message, message
from ino_desktop.models import Organisation, Project

MONEY_FIELDS: tuple[str, ...] = (
    "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
    "extra_budgetary_confirmed_mln",
)
PART_FIELDS: tuple[str, ...] = ("federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln")
JOB_FIELDS: tuple[str, ...] = ("jobs_planned", "jobs_created")
DATE_FIELDS: tuple[str, ...] = ("start_date", "end_date")

EXCEL_CELL_LIMIT = 32_767  # the most characters an Excel cell holds: the cap of the unbounded text fields


def _text_limits() -> dict[str, int]:
    """Longest text each field may hold: the database column's own length, so that a value these rules
    pass is never refused by the database (one source of truth); the lead organisation is stored as an
    Organisation's name. Unbounded text columns take Excel's cell limit."""
    projects = cast(Table, Project.__table__)
    limits: dict[str, int] = {}
    for name in ("code", "name", "name_en", "location", "curator", "problems", "decisions_requested",
                 "description"):
        column_type = projects.c[name].type
        length = column_type.length if isinstance(column_type, String) else None
        limits[name] = length or EXCEL_CELL_LIMIT
    org_type = cast(Table, Organisation.__table__).c.name.type
    limits["lead_organization"] = (org_type.length if isinstance(org_type, String) else None) or EXCEL_CELL_LIMIT
    return limits


TEXT_LIMITS: dict[str, int] = _text_limits()
NAME_LIMIT = TEXT_LIMITS["name"]

Problem = tuple[str, str, Message]  # (field, reason kind, the coded message)
_NUMBER = (int, float)  # a tuple: isinstance is quicker with it than with a union, per row of 100k


_SHORT_LIMITS = tuple(TEXT_LIMITS.items())

# The database's own check (confirmed ≤ extra-budgetary) allows only float noise; a rule looser than the
# database would let a row pass validation and then fail the whole transaction.
CONFIRMED_SLACK = 1e-4


def tolerance(total: float) -> float:
    """Parts are rounded to 0.1 each in the sources, so their sum may overshoot by a little."""
    return max(0.15, abs(total) * 1e-6)


def check_project(values: Mapping[str, Any]) -> list[Problem]:
    """Every rule the values break: negative money or jobs, parts above the total, confirmed above
    extra-budgetary, end before start, over-long text. Absent or None values break no rule."""
    return _check_every_field(values)


def _parts_exceed_total(parts: float, total: float) -> Problem:
    return ("total_cost_mln", "parts_exceed_total",
            message("row.parts_exceed_total", parts=Amount(parts), total=Amount(total)))


def _confirmed_exceeds_extra(confirmed: float, extra: float) -> Problem:
    return ("extra_budgetary_confirmed_mln", "confirmed_exceeds_extra",
            message("row.confirmed_exceeds_extra", confirmed=Amount(confirmed), extra=Amount(extra)))


def project_checker(fields: Collection[str]) -> Callable[[Mapping[str, Any]], list[Problem]]:
    """`check_project` for values whose keys are always among `fields` (the columns of one import table):
    the rules about fields the table lacks are dropped once here instead of skipped on each of 100,000
    rows. Gives exactly what `check_project` gives for such values."""
    money = tuple(f for f in MONEY_FIELDS if f in fields)
    jobs = tuple(f for f in JOB_FIELDS if f in fields)
    # The parts the total is checked against, and whether confirmed is checked against extra-budgetary.
    parts_of_total = tuple(f for f in PART_FIELDS if f in fields) if "total_cost_mln" in fields else ()
    confirmed_rule = "extra_budgetary_mln" in fields and "extra_budgetary_confirmed_mln" in fields
    dates = "start_date" in fields and "end_date" in fields
    texts = tuple((f, limit) for f, limit in _SHORT_LIMITS if f in fields)
    number = _NUMBER

    def check(values: Mapping[str, Any]) -> list[Problem]:
        problems: list[Problem] = []
        get = values.get
        for f in money:
            v = get(f)
            if isinstance(v, number) and v < 0:  # None is not a number: the same test as check_project's
                problems.append((f, "negative", message("row.negative_amount", value=Amount(v))))
        for f in jobs:
            v = get(f)
            if isinstance(v, number) and v < 0:
                problems.append((f, "negative", message("row.negative_jobs", value=v)))
        if parts_of_total:
            total = get("total_cost_mln")
            if isinstance(total, number) and total >= 0:
                parts, given, negative = 0.0, False, False
                for f in parts_of_total:
                    p = get(f)
                    if isinstance(p, number):
                        parts += p
                        given = True
                        negative = negative or p < 0
                # tolerance() is at least 0.15: parts within that need not ask it (most rows)
                if given and not negative and parts > total + 0.15 and parts > total + tolerance(total):
                    problems.append(_parts_exceed_total(parts, total))
        if confirmed_rule:
            extra, confirmed = get("extra_budgetary_mln"), get("extra_budgetary_confirmed_mln")
            if (isinstance(extra, number) and isinstance(confirmed, number) and extra >= 0
                    and confirmed > extra + CONFIRMED_SLACK):
                problems.append(_confirmed_exceeds_extra(confirmed, extra))
        if dates:
            start, end = get("start_date"), get("end_date")
            if start is not None and end is not None and isinstance(start, dt.date) \
                    and isinstance(end, dt.date) and end < start:
                problems.append(("end_date", "end_before_start",
                                 message("row.end_before_start", end=Day(end), start=Day(start))))
        for f, limit in texts:
            v = get(f)
            if v.__class__ is str and len(v) > limit:
                problems.append((f, "too_long", message("row.too_long", field=FieldName(f), length=len(v),
                                                        limit=limit)))
        return problems

    return check


# check_project is the checker of a table that has every field the rules read.
_check_every_field = project_checker((*MONEY_FIELDS, *JOB_FIELDS, *DATE_FIELDS, *TEXT_LIMITS))
