"""The agency data-request workbook: the project sheet an agency fills in and sends back for import.

The header carries the canonical Russian titles the importer recognises; rows are prefilled with the
selected projects (by cluster and/or lead organisation); cluster, work area, status and place come from
drop-down lists (kept on a hidden sheet), amounts and job counts must be non-negative numbers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from rapidfuzz import process
from sqlalchemy import select
from sqlalchemy.orm import Session

from ino_desktop import reference as ref
from ino_desktop.errors import NotFound
from ino_desktop.exporting.atomic import save_workbook
from ino_desktop.exporting.columns import TEMPLATE_COLUMNS
from ino_desktop.exporting.records import name_in, project_records, vocabulary_names
from ino_desktop.exporting.safe_cells import CellText
from ino_desktop.exporting.sheet import write_table
from ino_desktop.models import Cluster, Organisation, Project
from ino_desktop.services import portfolio

DATA_SHEET, HELP_SHEET, LISTS_SHEET = "Проекты", "Инструкция", "Списки"
SPARE_ROWS = 200  # empty rows below the projects that keep the drop-downs, for new projects
# Vocabulary columns with a drop-down: field -> (list column on the lists sheet, defined name).
_LISTS = {"cluster": ("A", "lst_clusters"), "work_area": ("B", "lst_work_areas"), "status": ("C", "lst_statuses"),
          "location": ("D", "lst_locations")}


@dataclass
class TemplateResult:
    path: Path
    projects: int
    notices: list[str] = field(default_factory=list)


def resolve_clusters(session: Session, given: Sequence[str]) -> tuple[str, ...]:
    """Cluster keys for what the user typed (key, Russian or English name, known spelling)."""
    known: dict[str, str] = dict(session.execute(select(Cluster.key, Cluster.name_ru)).all())
    out: list[str] = []
    for text in given:
        key = text if text in known else ref.lookup("cluster", text)
        key = key or next((k for k, n in known.items() if ref.fold(n) == ref.fold(text)), None)
        if key is None or key not in known:
            raise NotFound(f"unknown cluster '{text}'; known clusters: {', '.join(known)}")
        if key not in out:
            out.append(key)
    return tuple(out)


def resolve_organisation(session: Session, name: str) -> Organisation:
    """The organisation whose full or short name is `name` (compared without case, ё/е or quote style)."""
    wanted = ref.fold(name)
    organisations = list(session.scalars(select(Organisation).order_by(Organisation.name)))
    for org in organisations:
        if wanted in (ref.fold(org.name), ref.fold(org.short_name or "")):
            return org
    choices = [o.name for o in organisations]
    best = process.extractOne(name, choices, score_cutoff=60) if choices else None
    hint = f"; did you mean '{best[0]}'?" if best else ""
    raise NotFound(f"no organisation named '{name}'{hint}")


def _instructions(wb: Workbook, as_at: dt.date, selection: str, count: int, demo: bool) -> None:
    ws = wb.create_sheet(HELP_SHEET)
    lines = [
        "Запрос данных о проектах программы «ИНО Томск»",
        "",
        f"Подготовлено: {dt.date.today():%d.%m.%Y}. Сведения в файле — по состоянию на {as_at:%d.%m.%Y}.",
        f"Выборка: {selection}; проектов в файле: {count}.",
        "",
        f"1. Заполните лист «{DATA_SHEET}»: одна строка — один проект. Не меняйте заголовки и порядок столбцов.",
        "2. Код проекта не изменяйте. Новый проект добавьте в конец списка с пустым кодом: "
        "проектный офис присвоит код.",
        "3. Кластер, направление, статус и место реализации выберите из раскрывающегося списка; "
        "у проекта вне кластеров оставьте кластер пустым.",
        "4. Суммы указывайте в миллионах рублей (млн руб.), числом, без формул; "
        "стоимость = федеральный + областной бюджет + внебюджетные источники.",
        "5. «Подтвержденные внебюджетные» — часть внебюджетных средств, подтверждённая договорами "
        "или решениями инвестора; не больше суммы внебюджетных источников.",
        "6. Даты — в формате ДД.ММ.ГГГГ; дата окончания не раньше даты начала.",
        "7. Рабочие места — число высокопроизводительных рабочих мест (план и фактически созданные).",
        "8. Проблемные вопросы и решения, требуемые на федеральном уровне, — кратко, по существу.",
        "9. Неизвестное значение оставьте пустым (не пишите 0 или «нет данных»).",
        "",
        "Заполненный файл направьте в проектный офис программы «ИНО Томск».",
    ]
    if demo:
        lines[1] = "ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ — вымышленный портфель, не для служебного использования"
    for row, text in enumerate(lines, start=1):
        ws.cell(row=row, column=1, value=text).alignment = Alignment(wrap_text=True, vertical="top")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"].font = Font(bold=True, color="C00000")
    ws.column_dimensions["A"].width = 120


def _lists(wb: Workbook, names: dict[str, dict[str, str]]) -> dict[str, int]:
    """The hidden sheet of drop-down values; returns how many values each list has."""
    ws = wb.create_sheet(LISTS_SHEET)
    ws.sheet_state = "hidden"
    values = {"cluster": list(names["cluster"].values()), "work_area": list(names["work_area"].values()),
              "status": list(names["status"].values()), "location": list(ref.LOCATIONS)}
    for field_name, (letter, defined) in _LISTS.items():
        for row, value in enumerate(values[field_name], start=1):
            ws[f"{letter}{row}"] = value
        ref_text = f"'{LISTS_SHEET}'!${letter}$1:${letter}${max(1, len(values[field_name]))}"
        wb.defined_names[defined] = DefinedName(defined, attr_text=ref_text)
    return {k: len(v) for k, v in values.items()}


def _validations(ws: Any, last_row: int) -> None:
    for index, column in enumerate(TEMPLATE_COLUMNS, start=1):
        letter = get_column_letter(index)
        cells = f"{letter}2:{letter}{last_row}"
        if column.field in _LISTS:
            dv = DataValidation(type="list", formula1=_LISTS[column.field][1], allow_blank=True,
                                showErrorMessage=True, errorStyle="stop", errorTitle=column.title,
                                error="Выберите значение из списка")
        elif column.kind in ("money", "int"):
            dv = DataValidation(type="decimal" if column.kind == "money" else "whole", operator="greaterThanOrEqual",
                                formula1="0", allow_blank=True, showErrorMessage=True, errorTitle=column.title,
                                error="Введите неотрицательное число (без формул и текста)")
        elif column.kind == "date":
            dv = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True,
                                showErrorMessage=True, errorTitle=column.title, error="Введите дату ДД.ММ.ГГГГ")
        else:
            continue
        dv.add(cells)
        ws.add_data_validation(dv)


def write_template(session: Session, path: Path | str, *, clusters: Sequence[str] = (),
                   organisation: str | None = None) -> TemplateResult:
    """Write the data-request workbook for the selected projects (all of them when nothing is selected)."""
    keys = resolve_clusters(session, clusters)
    org = resolve_organisation(session, organisation) if organisation else None
    stmt = select(Project.code).order_by(Project.code)
    if keys:
        stmt = stmt.where(Project.cluster.in_(keys))
    if org is not None:
        stmt = stmt.where(Project.lead_organization_id == org.id)
    codes = list(session.scalars(stmt))
    records = project_records(session, codes)
    names = vocabulary_names(session)
    parts = [", ".join(names["cluster"][k] for k in keys)] if keys else []
    if org is not None:
        parts.append(f"ответственная организация {org.name}")
    selection = "; ".join(parts) or "все проекты портфеля"

    cells = CellText()
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = DATA_SHEET
    rows = [[name_in(names, c.field, p[c.field]) if c.kind == "vocab" else p[c.field] for c in TEMPLATE_COLUMNS]
            for p in records]
    write_table(ws, TEMPLATE_COLUMNS, rows, cells, freeze_columns=2)
    for row in ws.iter_rows(min_row=1, max_row=1):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    ws.row_dimensions[1].height = 45
    demo = portfolio.is_demo(session)
    if demo:
        ws.oddHeader.center.text = "ДЕМО"
    _instructions(wb, portfolio.as_at_date(session), selection, len(records), demo)
    _lists(wb, names)
    _validations(ws, len(records) + 1 + SPARE_ROWS)
    save_workbook(wb, path)
    return TemplateResult(Path(path), len(records), cells.notices)
