"""The .xlsx export read back: sheets, formats, real dates, inert text, the Excel cell limit, the demo mark."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ino_desktop.db import Database
from ino_desktop.exporting.columns import PROJECT_COLUMNS
from ino_desktop.exporting.records import gather
from ino_desktop.exporting.safe_cells import EXCEL_CELL_LIMIT
from ino_desktop.exporting.xlsx_export import DEMO_BANNER, write_xlsx
from ino_desktop.importer.workbook import read_workbook
from ino_desktop.models import Setting
from tests.exporting.conftest import INJECTIONS, LONG


def _write(db: Database, path: Path) -> list[str]:
    with db.session() as s:
        return write_xlsx(gather(s), path)


def test_sheets_header_and_formats(small: Database, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    _write(small, out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Проекты", "Вехи", "Дорожная карта", "Редакции", "Совещания", "Повестка", "Решения",
                             "Организации", "Меры поддержки", "Показатели", "Загрузки", "О выгрузке"]
    ws = wb["Проекты"]
    header = [c.value for c in ws[1]]
    assert header == [c.title for c in PROJECT_COLUMNS]
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "C2" and ws.auto_filter.ref == f"A1:AA{ws.max_row}"
    row = dict(zip(header, ws[2], strict=True))
    assert row["Кластер"].value == "Лесопромышленный кластер" and row["Статус"].value == "Реализуется"
    assert row["Дата начала"].value == dt.datetime(2015, 3, 1) and row["Дата начала"].number_format == "DD.MM.YYYY"
    cost = row["Стоимость проекта, млн руб."]
    assert cost.value == 1234.5 and cost.number_format == "#,##0.0"
    assert row["Федеральный бюджет, млн руб."].value == 0  # known zero
    assert row["Рабочие места (план)"].number_format == "#,##0"
    empty = {h: c.value for h, c in zip(header, ws[3], strict=True)}
    assert empty["Кластер"] is None and empty["Дата начала"] is None  # unknown stays blank, never 0
    assert ws.column_dimensions["B"].width > ws.column_dimensions["A"].width
    milestones = wb["Вехи"]
    assert [c.value for c in milestones[2]][:2] == ["INO-0001", "Завод «Ёлка»"]
    assert milestones.cell(row=2, column=7).value == "да"  # planned June 2016, not done by the as-at date
    assert wb["Дорожная карта"].cell(row=2, column=9).value == "да"
    assert wb["Решения"].cell(row=2, column=8).value == "да"


def test_formula_like_text_is_inert(small: Database, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    _write(small, out)
    with zipfile.ZipFile(out) as zf:
        sheets = [n for n in zf.namelist() if n.startswith("xl/worksheets/sheet")]
        assert not any(b"<f>" in zf.read(n) or b"<f " in zf.read(n) for n in sheets)  # not one formula
    wb = load_workbook(out)
    texts = {c.value: c for row in wb["Проекты"].iter_rows(min_row=2) for c in row if isinstance(c.value, str)}
    for text in INJECTIONS:
        stored = text.replace("\r", "\n") if text.startswith("\r") else text  # XML reads CR back as LF
        cell = texts.get(text) or texts[stored]
        assert cell.data_type == "s" and cell.quotePrefix, text  # a string, shown with Excel's quote prefix
    assert wb["Решения"].cell(row=2, column=4).value == "=1+1"
    assert wb["Решения"].cell(row=2, column=4).data_type == "s"
    plain = texts["Завод «Ёлка»"]
    assert not plain.quotePrefix


def test_long_and_control_text_is_cut_or_cleaned_with_notices(small: Database, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    notices = _write(small, out)
    ws = load_workbook(out)["Проекты"]
    problems = ws.cell(row=3, column=21).value
    assert len(problems) <= EXCEL_CELL_LIMIT and problems.startswith("ЖЖЖ") and "обрезано" in problems
    assert "40\u202f000" in problems
    assert ws.cell(row=3, column=24).value == "строкасуправляющими символами"
    assert any("cell U3" in str(n) and "40,000" in str(n) for n in notices)
    assert any("cell X3" in str(n) and "control characters" in str(n) for n in notices)
    assert "лист «Проекты», ячейка X3: управляющие символы удалены" in [n.render("ru") for n in notices]
    assert len(LONG) > EXCEL_CELL_LIMIT


@pytest.mark.parametrize("demo", [True, False])
def test_demo_data_is_marked(small: Database, tmp_path: Path, demo: bool) -> None:
    with small.transaction() as s:
        s.merge(Setting(key="demo", value="1" if demo else "0"))
    out = tmp_path / "out.xlsx"
    _write(small, out)
    wb = load_workbook(out)
    for name in wb.sheetnames[:-1]:
        assert (wb[name]["A1"].value == DEMO_BANNER) is demo, name
    assert (wb["Проекты"].oddHeader.center.text == "ДЕМО") is demo
    about = {r[0].value: r[1].value for r in wb["О выгрузке"].iter_rows() if r[0].value}
    assert about["Демонстрационные данные"] == ("да" if demo else "нет")
    assert about["Данные по состоянию на"] == dt.datetime(2016, 12, 15)


def test_the_export_reads_back_through_the_importer(small: Database, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    _write(small, out)
    result = read_workbook(out)
    tables = [t for t in result.tables if t.sheet == "Проекты"]
    assert [t.sheet for t in result.tables] == ["Проекты"]  # the other sheets are not taken for projects
    rows = {r.values["code"]: r for r in tables[0].rows}
    first = rows["INO-0001"].values
    assert first["cluster"] == "timber" and first["rag"] == "amber" and first["total_cost_mln"] == 1234.5
    assert first["start_date"] == dt.date(2015, 3, 1) and first["problems"] == INJECTIONS[0]
    assert first["extra_budgetary_confirmed_mln"] == 800.25
