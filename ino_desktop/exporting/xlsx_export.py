"""The formatted .xlsx export, a sheet per entity: projects (with descriptions, participants and
instruments), milestones, roadmap editions and actions, meetings, their agenda and decisions,
organisations, federal instruments, indicators, import batches, and what the file is ("О выгрузке").

Imported into an empty portfolio the workbook gives back the same portfolio (importer/restore.py reads
these sheets by the column tuples below: one source for both). Into a portfolio that holds data, only
the "Проекты" sheet is a project table to the ordinary importer; the other sheets' titles are chosen
not to be ("Связанный проект", "Статус вехи").

Vocabulary values are shown by their Russian names, dates as real dates, money with thousands separators.
A demo portfolio carries a red banner on every sheet and "ДЕМО" in the printed header.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from ino_desktop.exporting.atomic import save_workbook
from ino_desktop.exporting.columns import PROJECT_COLUMNS, Column
from ino_desktop.exporting.records import PortfolioRecords
from ino_desktop.exporting.safe_cells import CellText
from ino_desktop.exporting.sheet import TOP, put, write_table
from ino_desktop.messages import Message

DEMO_BANNER = "ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ — вымышленный портфель, не для служебного использования"
LIST_SEPARATOR = "; "
YES = "да"
ABOUT_SHEET, ABOUT_TITLE = "О выгрузке", "Выгрузка портфеля программы «ИНО Томск»"

def _columns(*specs: tuple[str, str, float]) -> tuple[Column, ...]:
    """Columns of a sheet that is not a project list: (title, kind, width)."""
    return tuple(Column("", title, kind, width) for title, kind, width in specs)


MILESTONE_COLUMNS = _columns(
    ("Связанный проект", "text", 12), ("Наименование проекта (справочно)", "text", 48), ("Веха", "text", 44),
    ("Плановая дата", "date", 13), ("Фактическая дата", "date", 13), ("Статус вехи", "text", 14),
    ("Просрочена", "text", 11))
ACTION_COLUMNS = _columns(
    ("Редакция", "int", 10), ("Номер", "text", 8), ("Мероприятие", "text", 60), ("Направление", "text", 28),
    ("Ответственные", "text", 40), ("Срок", "date", 12), ("Статус мероприятия", "text", 12),
    ("Дата выполнения", "date", 12),
    ("Просрочено", "text", 11), ("Связанные проекты", "text", 20), ("Примечание", "text", 30))
AGENDA_COLUMNS = _columns(
    ("Дата", "date", 12), ("Совещание", "text", 50), ("Председатель", "text", 30),
    ("Место проведения", "text", 30), ("№", "int", 5), ("Вопрос повестки", "text", 60), ("Докладчик", "text", 28),
    ("Связанный проект", "text", 12),
    ("Кластер", "text", 28), ("Мероприятие дорожной карты", "text", 14), ("Совещание №", "int", 10))
MEETING_COLUMNS = _columns(
    ("Совещание №", "int", 10), ("Дата", "date", 12), ("Совещание", "text", 50), ("Председатель", "text", 30),
    ("Место проведения", "text", 30), ("Примечание", "text", 40))
DECISION_COLUMNS = _columns(
    ("Дата совещания", "date", 12), ("Совещание", "text", 50), ("№", "int", 5), ("Решение", "text", 60),
    ("Ответственный", "text", 30), ("Срок", "date", 12), ("Статус исполнения", "text", 16),
    ("Просрочено", "text", 11), ("Ход исполнения", "text", 50), ("Связанный проект", "text", 12),
    ("Совещание №", "int", 10))
EDITION_COLUMNS = _columns(("Редакция", "int", 10), ("Наименование редакции", "text", 60),
                           ("Дата утверждения", "date", 14))
ORGANISATION_COLUMNS = _columns(("Организация", "text", 60), ("Краткое наименование", "text", 24),
                                ("Вид организации", "text", 28), ("Примечание", "text", 40))
INSTRUMENT_COLUMNS = _columns(("Мера поддержки", "text", 60), ("Вид меры", "text", 20),
                              ("Министерство", "text", 50), ("Описание меры", "text", 60))
INDICATOR_COLUMNS = _columns(
    ("Ключ показателя", "text", 22), ("Показатель", "text", 50), ("Показатель (англ.)", "text", 40),
    ("Единица", "text", 14), ("Целевое значение", "number", 14), ("Целевой год", "int", 10),
    ("Источник показателя", "text", 30), ("Год", "int", 8), ("План на год", "number", 14),
    ("Факт за год", "number", 14), ("Источник значения", "text", 30))
BATCH_COLUMNS = _columns(
    ("№", "int", 6), ("Файл", "text", 40), ("SHA-256", "text", 20), ("Источник", "text", 36),
    ("Загружен", "datetime", 17), ("Кем", "text", 18), ("Создано", "int", 9), ("Обновлено", "int", 10),
    ("Без изменений", "int", 10), ("Отклонено строк", "int", 10), ("Состояние", "text", 12),
    ("Отменено", "datetime", 17))


def _project_rows(records: PortfolioRecords) -> list[list[Any]]:
    rows = []
    for p in records.projects:
        row = []
        for col in PROJECT_COLUMNS:
            value = p[col.field]
            if col.kind == "vocab":
                value = records.name(col.field, value)
            elif col.kind == "list":
                value = LIST_SEPARATOR.join(value) or None
            row.append(value)
        rows.append(row)
    return rows


def _late(deadline: dt.date | None, open_: bool, as_at: dt.date) -> str | None:
    return YES if open_ and deadline is not None and deadline < as_at else None


def _milestone_rows(records: PortfolioRecords) -> list[list[Any]]:
    return [[p["code"], p["name"], m["title"], m["planned_date"], m["actual_date"],
             records.name("milestone_status", m["status"]),
             _late(m["planned_date"], m["actual_date"] is None, records.as_at)]
            for p in records.projects for m in p["milestones"]]


def _action_rows(records: PortfolioRecords) -> list[list[Any]]:
    return [[a["edition"], a["number"], a["title"], records.name("work_area", a["work_area"]),
             LIST_SEPARATOR.join(a["responsible"]) or None, a["deadline"], records.name("action_status", a["status"]),
             a["completed_on"], _late(a["deadline"], a["status"] != "done", records.as_at),
             LIST_SEPARATOR.join(a["projects"]) or None, a["notes"]] for a in records.roadmap_actions]


def _agenda_rows(records: PortfolioRecords) -> list[list[Any]]:
    rows = []
    for m in records.meetings:
        for a in m["agenda"]:
            action = f"{a['action_edition']}: {a['action_number']}" if a["action_number"] else None
            rows.append([m["date"], m["title"], m["chair"], m["venue"], a["position"], a["title"], a["speaker"],
                         a["project"], records.name("cluster", a["cluster"]), action, m["id"]])
    return rows


def _decision_rows(records: PortfolioRecords) -> list[list[Any]]:
    return [[m["date"], m["title"], d["number"], d["text"], d["responsible"], d["deadline"],
             records.name("decision_status", d["status"]), _late(d["deadline"], d["status"] == "open", records.as_at),
             d["follow_up"], d["project"], m["id"]] for m in records.meetings for d in m["decisions"]]


def _meeting_rows(records: PortfolioRecords) -> list[list[Any]]:
    return [[m["id"], m["date"], m["title"], m["chair"], m["venue"], m["notes"]] for m in records.meetings]


def _edition_rows(records: PortfolioRecords) -> list[list[Any]]:
    return [[e["year"], e["title"], e["approved_on"]] for e in records.roadmap_editions]


def _organisation_rows(records: PortfolioRecords) -> list[list[Any]]:
    return [[o["name"], o["short_name"], records.name("organisation_kind", o["kind"]), o["notes"]]
            for o in records.organisations]


def _instrument_rows(records: PortfolioRecords) -> list[list[Any]]:
    return [[i["name"], records.name("instrument_kind", i["kind"]), i["ministry"], i["description"]]
            for i in records.instruments]


def _indicator_rows(records: PortfolioRecords) -> list[list[Any]]:
    rows = []
    for i in records.indicators:
        head = [i["key"], i["name_ru"], i["name_en"], i["unit"], i["target"], i["target_year"], i["source"]]
        for v in i["values"] or [{"year": None, "target": None, "actual": None, "source": None}]:
            rows.append([*head, v["year"], v["target"], v["actual"], v["source"]])
    return rows


def _batch_rows(records: PortfolioRecords) -> list[list[Any]]:
    return [[b["id"], b["file_name"], b["sha256"], b["source"], b["imported_at"], b["imported_by"],
             b["created_count"], b["updated_count"], b["unchanged_count"], b["rejected_count"],
             {"applied": "применена", "undone": "отменена"}.get(b["state"], b["state"]), b["undone_at"]]
            for b in records.import_batches]


def _about(wb: Workbook, records: PortfolioRecords, cells: CellText) -> None:
    ws = wb.create_sheet(ABOUT_SHEET)
    lines: list[tuple[str, Any, str]] = [
        (ABOUT_TITLE, None, "text"),
        ("Дата выгрузки (UTC)", records.exported_at, "datetime"),
        ("Данные по состоянию на", records.as_at, "date"),
        ("Проектов", len(records.projects), "int"),
        ("Мероприятий дорожной карты", len(records.roadmap_actions), "int"),
        ("Совещаний", len(records.meetings), "int"),
        ("Демонстрационные данные", YES if records.demo else "нет", "text"),
        ("Единица денежных показателей", "млн руб.", "text"),
    ]
    for row, (label, value, kind) in enumerate(lines, start=1):
        put(ws, row, 1, label, kind="text", cells=cells)
        put(ws, row, 2, value, kind=kind, cells=cells)
        ws.cell(row=row, column=1).alignment = TOP
    ws["A1"].font = Font(bold=True, size=13)
    if records.demo:
        put(ws, len(lines) + 2, 1, DEMO_BANNER, kind="text", cells=cells)
        ws.cell(row=len(lines) + 2, column=1).font = Font(bold=True, color="C00000")
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 44, 24
    ws["B2"].alignment = Alignment(horizontal="left")


def build_workbook(records: PortfolioRecords, cells: CellText) -> Workbook:
    """The Excel export's workbook: one sheet per table."""
    wb = Workbook()
    banner = DEMO_BANNER if records.demo else None
    sheets = (
        ("Проекты", PROJECT_COLUMNS, _project_rows(records), 2),
        ("Вехи", MILESTONE_COLUMNS, _milestone_rows(records), 1),
        ("Дорожная карта", ACTION_COLUMNS, _action_rows(records), 2),
        ("Редакции", EDITION_COLUMNS, _edition_rows(records), 0),
        ("Совещания", MEETING_COLUMNS, _meeting_rows(records), 0),
        ("Повестка", AGENDA_COLUMNS, _agenda_rows(records), 0),
        ("Решения", DECISION_COLUMNS, _decision_rows(records), 0),
        ("Организации", ORGANISATION_COLUMNS, _organisation_rows(records), 1),
        ("Меры поддержки", INSTRUMENT_COLUMNS, _instrument_rows(records), 1),
        ("Показатели", INDICATOR_COLUMNS, _indicator_rows(records), 1),
        ("Загрузки", BATCH_COLUMNS, _batch_rows(records), 0),
    )
    for index, (title, columns, rows, frozen) in enumerate(sheets):
        ws = wb.active if index == 0 else wb.create_sheet()
        assert ws is not None
        ws.title = title
        write_table(ws, columns, rows, cells, banner=banner, freeze_columns=frozen)
        if records.demo:
            ws.oddHeader.center.text = "ДЕМО"
            ws.sheet_properties.tabColor = "C00000"
    _about(wb, records, cells)
    wb.properties.title = "Портфель программы «ИНО Томск»" + (" (ДЕМО)" if records.demo else "")
    wb.properties.creator = "INO Desktop"
    return wb


def write_xlsx(records: PortfolioRecords, path: Path | str) -> list[Message]:
    """Write the workbook to `path` atomically; returns notices (truncated or cleaned cells)."""
    cells = CellText()
    wb = build_workbook(records, cells)
    save_workbook(wb, path)
    return cells.notices
