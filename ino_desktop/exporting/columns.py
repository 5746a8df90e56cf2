"""Project columns as exported and as asked for in the agency template: field, kind, width; the Russian
title is the field's label in the catalogue (ino_desktop/fields.py), so the export, the window and the pack
name a field alike and the importer reads the file back. Money columns say their unit, "млн руб.".
"""

from __future__ import annotations

from dataclasses import dataclass

from ino_desktop.fields import BY_KEY


@dataclass(frozen=True)
class Column:
    field: str
    title: str
    kind: str  # text | vocab | date | money | int | list
    width: float = 14.0


def _of(field: str, kind: str, width: float) -> Column:
    """A project field's column, titled by the catalogue."""
    entry = BY_KEY[field]
    return Column(field, entry.titled("ru") if kind == "money" else entry.ru, kind, width)


_ALL = {c.field: c for c in (
    _of("code", "text", 12),
    _of("name", "text", 48),
    _of("name_en", "text", 36),
    _of("category", "vocab", 20),
    _of("cluster", "vocab", 30),
    _of("work_area", "vocab", 28),
    _of("territory_type", "vocab", 24),
    _of("location", "text", 16),
    _of("lead_organization", "text", 36),
    _of("status", "vocab", 14),
    _of("rag", "vocab", 14),
    _of("start_date", "date", 12),
    _of("end_date", "date", 12),
    _of("total_cost_mln", "money", 14),
    _of("federal_budget_mln", "money", 14),
    _of("regional_budget_mln", "money", 14),
    _of("extra_budgetary_mln", "money", 14),
    _of("extra_budgetary_confirmed_mln", "money", 14),
    _of("jobs_planned", "int", 11),
    _of("jobs_created", "int", 11),
    _of("problems", "text", 40),
    _of("decisions_requested", "text", 40),
    _of("curator", "text", 16),
    _of("description", "text", 48),
    _of("reported_at", "date", 12),
    _of("participants", "list", 40),
    _of("instruments", "list", 40),
)}

# The export's project sheet (and CSV): the JSON's documented keys in order, then the extras.
PROJECT_COLUMNS: tuple[Column, ...] = tuple(_ALL[f] for f in (
    "code", "name", "name_en", "category", "cluster", "work_area", "territory_type", "location",
    "lead_organization", "status", "rag", "start_date", "end_date", "total_cost_mln", "federal_budget_mln",
    "regional_budget_mln", "extra_budgetary_mln", "extra_budgetary_confirmed_mln", "jobs_planned",
    "jobs_created", "problems", "decisions_requested", "curator", "description", "reported_at",
    "participants", "instruments",
))

# What an agency is asked to fill in (the data-request template); the layout of the demo's import files.
TEMPLATE_COLUMNS: tuple[Column, ...] = tuple(_ALL[f] for f in (
    "code", "name", "cluster", "work_area", "location", "lead_organization", "status", "start_date", "end_date",
    "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
    "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created", "problems", "decisions_requested",
))


def column(field: str) -> Column:
    """The export column of a field."""
    return _ALL[field]


def column_letter(number: int) -> str:
    """Excel's letters for a 1-based column number: 1 -> A, 27 -> AA (here, not openpyxl's, to import light)."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def template_cell(field: str, row: int) -> str:
    """The cell ("J12") where the template puts `field` on Excel row `row`."""
    index = next(i for i, c in enumerate(TEMPLATE_COLUMNS) if c.field == field)
    return f"{column_letter(index + 1)}{row}"
