"""Project columns as exported and as asked for in the agency template: field, Russian title, kind.

The titles are the canonical Russian headers agencies use (those of the sample workbooks and the
importer's synonyms), so a file written here can be read back by the importer. Money columns say their
unit, "млн руб.".
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    field: str
    title: str
    kind: str  # text | vocab | date | money | int | list
    width: float = 14.0


_ALL = {c.field: c for c in (
    Column("code", "Код проекта", "text", 12),
    Column("name", "Наименование проекта", "text", 48),
    Column("name_en", "Наименование на английском", "text", 36),
    Column("category", "Категория проекта", "vocab", 20),
    Column("cluster", "Кластер", "vocab", 30),
    Column("work_area", "Направление", "vocab", 28),
    Column("territory_type", "Тип территории", "vocab", 24),
    Column("location", "Место реализации", "text", 16),
    Column("lead_organization", "Ответственная организация", "text", 36),
    Column("status", "Статус", "vocab", 14),
    Column("rag", "Оценка реализации", "vocab", 14),
    Column("start_date", "Дата начала", "date", 12),
    Column("end_date", "Дата окончания", "date", 12),
    Column("total_cost_mln", "Стоимость, млн руб.", "money", 14),
    Column("federal_budget_mln", "Федеральный бюджет, млн руб.", "money", 14),
    Column("regional_budget_mln", "Областной бюджет, млн руб.", "money", 14),
    Column("extra_budgetary_mln", "Внебюджетные источники, млн руб.", "money", 14),
    Column("extra_budgetary_confirmed_mln", "Подтвержденные внебюджетные, млн руб.", "money", 14),
    Column("jobs_planned", "Рабочие места (план)", "int", 11),
    Column("jobs_created", "Рабочие места (создано)", "int", 11),
    Column("problems", "Проблемные вопросы", "text", 40),
    Column("decisions_requested", "Решения, требуемые на федеральном уровне", "text", 40),
    Column("curator", "Куратор", "text", 16),
    Column("description", "Описание проекта", "text", 48),
    Column("reported_at", "Дата последнего отчёта", "date", 12),
    Column("participants", "Участники", "list", 40),
    Column("instruments", "Меры федеральной поддержки", "list", 40),
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
