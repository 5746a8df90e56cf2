"""The agency data-request workbook: canonical headers, the selected projects, drop-downs, instructions."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from ino_desktop.db import Database
from ino_desktop.errors import NotFound
from ino_desktop.exporting.columns import TEMPLATE_COLUMNS
from ino_desktop.exporting.template import SPARE_ROWS, write_template
from ino_desktop.importer.workbook import read_workbook


def _write(db: Database, path: Path, **selection: object) -> int:
    with db.session() as s:
        return write_template(s, path, **selection).projects  # type: ignore[arg-type]


def test_header_rows_and_lists(small: Database, tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    assert _write(small, out) == 6  # nothing selected: every project
    wb = load_workbook(out)
    assert wb.sheetnames == ["Проекты", "Инструкция", "Списки", "_ino_request"]
    assert wb["_ino_request"].sheet_state == "veryHidden" and wb.security.lockStructure
    assert wb["Списки"].sheet_state == "hidden"
    ws = wb["Проекты"]
    assert [c.value for c in ws[1]] == [c.title for c in TEMPLATE_COLUMNS]
    assert all("млн руб." in c.title for c in TEMPLATE_COLUMNS if c.kind == "money")
    assert [c.value for c in ws["A"][1:7]] == [f"INO-000{n}" for n in range(1, 7)]
    assert ws["A8"].value is None and ws.max_row == 7 + SPARE_ROWS  # spare rows, formatted alike
    assert ws["C2"].value == "Лесопромышленный кластер" and ws["G2"].value == "Реализуется"
    validations = {str(dv.sqref).split(":")[0]: dv for dv in ws.data_validations.dataValidation}
    assert validations["C2"].type == "list" and validations["C2"].formula1 == "lst_clusters"
    assert validations["G2"].type == "list" and validations["G2"].formula1 == "lst_statuses"
    assert validations["J2"].type == "custom" and "J2>=0" in validations["J2"].formula1
    assert "ОЧИСТИТЬ" in validations["J2"].formula1 and "INT(O2)=O2" in validations["O2"].formula1
    for dv in validations.values():  # every column says its unit or format, and how to clear a value
        assert dv.showInputMessage and dv.prompt
    assert "млн руб." in validations["J2"].prompt and "ДД.ММ.ГГГГ" in validations["H2"].prompt
    assert "ОЧИСТИТЬ" in validations["B2"].prompt
    assert ws.protection.sheet and ws["A2"].protection.locked and not ws["B2"].protection.locked
    assert not ws[f"B{7 + SPARE_ROWS}"].protection.locked and ws[f"J{7 + SPARE_ROWS}"].number_format == "#,##0.0"
    assert ws["B2"].fill.fgColor.rgb == ws[f"B{7 + SPARE_ROWS}"].fill.fgColor.rgb != "00000000"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == "$1:$1"
    lists = wb["Списки"]
    clusters = [c.value for c in lists["A"] if c.value]
    assert "Кластер дикоросов" in clusters and clusters[-1] == "ОЧИСТИТЬ" and len(clusters) == 8
    assert wb.defined_names["lst_clusters"].attr_text == "'Списки'!$A$1:$A$8"
    instructions = " ".join(str(c.value) for c in wb["Инструкция"]["A"] if c.value)
    assert "млн руб." in instructions and "все проекты портфеля" in instructions


def test_selection_by_cluster_and_organisation(small: Database, tmp_path: Path) -> None:
    assert _write(small, tmp_path / "a.xlsx", clusters=["timber"]) == 1
    assert _write(small, tmp_path / "b.xlsx", clusters=["Лесопромышленный кластер", "Фарма"]) == 1
    assert _write(small, tmp_path / "c.xlsx", organisation="ооо «сибирский лес»") == 1
    assert _write(small, tmp_path / "d.xlsx", organisation="ТПУ") == 0  # it leads nothing
    ws = load_workbook(tmp_path / "c.xlsx")["Проекты"]
    assert ws["B2"].value == "Завод «Ёлка»" and ws["B3"].value is None


def test_unknown_cluster_or_organisation_is_refused(small: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="unknown cluster 'space'; known clusters: petrochemical"):
        _write(small, tmp_path / "x.xlsx", clusters=["space"])
    with pytest.raises(NotFound, match="did you mean 'ООО «Сибирский лес»'"):
        _write(small, tmp_path / "x.xlsx", organisation="Сибирский лесс")
    assert not (tmp_path / "x.xlsx").exists()


def test_a_filled_template_reads_back_through_the_importer(small: Database, tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    _write(small, out, clusters=["timber"])
    result = read_workbook(out)
    assert [t.sheet for t in result.tables] == ["Проекты"]
    (row,) = list(result.tables[0].rows)
    assert not row.rejected
    assert row.values["code"] == "INO-0001" and row.values["cluster"] == "timber"
    assert row.values["status"] == "in_progress" and row.values["extra_budgetary_mln"] == 1200.0
    assert set(row.values) == {c.field for c in TEMPLATE_COLUMNS}


def test_header_words_stay_whole_and_rows_are_as_tall_as_their_text(small: Database, tmp_path: Path) -> None:
    """Seen in LibreOffice → PDF: 'Федеральн|ый', 'Подтверж|денные' broke mid-word and the header of the
    confirmed-funds column was cut; the instructions had blank gaps under items of two lines."""
    from ino_desktop.exporting.sheet import wrapped_lines as _wrapped

    out = tmp_path / "t.xlsx"
    _write(small, out)
    wb = load_workbook(out)
    ws = wb["Проекты"]
    for index, column in enumerate(TEMPLATE_COLUMNS, start=1):
        width = ws.column_dimensions[ws.cell(row=1, column=index).column_letter].width
        longest = max(len(word) for word in column.title.split())
        assert width >= longest * 1.1, column.title  # the longest bold word fits on one line
    assert ws.row_dimensions[1].height >= 15 * 3  # 'Подтвержденные / внебюджетные, / млн руб.'
    assert _wrapped("Код проекта не изменяйте.", 30) == 1
    assert _wrapped("Подтвержденные внебюджетные, млн руб.", 16) == 3
    assert _wrapped("слово " * 20, 70) == 2 and _wrapped("", 10) == 1
    text = wb["Инструкция"]
    heights = [text.row_dimensions[r].height for r in range(6, 17)]
    assert max(heights) <= 15 * 3 + 2 and min(heights) >= 15 + 2  # items of one to three lines, no gaps
