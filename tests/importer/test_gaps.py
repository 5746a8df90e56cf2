"""Issue 3's gaps in reading: a profile rescues a header, unknown spellings are collected, value
mappings apply, text limits are the database's, IDs that lost (or may have lost) leading zeros are
warned, an .ods file's formula errors are reported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import String

from ino_desktop.errors import ImportRefused
from ino_desktop.importer.rows import WARNING, Profile, SourceRow
from ino_desktop.importer.workbook import read_workbook
from ino_desktop.models import Organisation, Project
from ino_desktop.rules import TEXT_LIMITS, check_project
from tests.importer.builders import ods_bytes, project, rows_xml, sheet_xml, table_xlsx, xlsx_bytes


def _rows(path: Path, **kwargs: Any) -> list[SourceRow]:
    result = read_workbook(path, **kwargs)
    return [row for table in result.tables for row in table.rows]


def _book(path: Path, rows: list[list[Any]], formats: dict[tuple[int, int], str] | None = None) -> Path:
    """A real .xlsx written by openpyxl; `formats` gives (row, column) 1-based cells a number format."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Проекты"
    for row in rows:
        ws.append(row)
    for (r, c), fmt in (formats or {}).items():
        ws.cell(row=r, column=c).number_format = fmt
    wb.save(path)
    return path


# --- 1. a saved profile's header texts find the header --------------------------------------------

def test_profile_header_texts_find_a_header_no_synonym_knows(tmp_path: Path) -> None:
    data = xlsx_bytes({"Лист": sheet_xml(rows_xml([["Ключ записи", "Предмет соглашения"],
                                                    ["AG-1", "Завод"], ["AG-2", "Склад"]]))})
    path = tmp_path / "agency.xlsx"
    path.write_bytes(data)
    with pytest.raises(ImportRefused) as refused:
        read_workbook(path)
    assert refused.value.kind == "no_data"
    profile = Profile("Агентство", columns={"Ключ записи": "code", "предмет  соглашения": "name"})
    rows = _rows(path, profile=profile)
    assert [(r.row, r.values) for r in rows] == [(2, {"code": "AG-1", "name": "Завод"}),
                                                 (3, {"code": "AG-2", "name": "Склад"})]


def test_a_header_the_profile_leaves_unmapped_does_not_count(tmp_path: Path) -> None:
    path = tmp_path / "agency.xlsx"
    path.write_bytes(xlsx_bytes({"Лист": sheet_xml(rows_xml([["Ключ записи", "Предмет"], ["AG-1", "Завод"]]))}))
    with pytest.raises(ImportRefused):
        read_workbook(path, profile=Profile("А", columns={"Ключ записи": "code", "Предмет": None}))


# --- 2. unknown spellings, and a profile's value mapping ------------------------------------------

def test_unknown_spellings_are_collected_per_field_with_their_rows(tmp_path: Path) -> None:
    path = tmp_path / "odd.xlsx"
    path.write_bytes(table_xlsx([project("INO-1", Кластер="Агрохим"), project("INO-2", Кластер="агрохим "),
                                 project("INO-3", Кластер="Пищевой кластер"), project("INO-4"),
                                 project("INO-5", Статус="почти готов")]))
    result = read_workbook(path)
    assert result.unknown_spellings == {
        "cluster": {"Агрохим": [("Проекты", 2)], "агрохим": [("Проекты", 3)],
                    "Пищевой кластер": [("Проекты", 4)]},
        "status": {"почти готов": [("Проекты", 6)]},
    }
    assert result.spelling_counts()["cluster"] == {"Агрохим": 1, "агрохим": 1, "Пищевой кластер": 1}
    rows = {r.row: r for t in result.tables for r in t.rows}
    assert {n for n, r in rows.items() if r.rejected} == {2, 3, 4}  # an unknown cluster rejects its row
    # an unknown status is left out with a warning naming it; the project is kept
    kept = rows[6]
    assert kept.values["status"] is None and kept.values["code"] == "INO-5"
    (warning,) = kept.issues
    assert (warning.severity, warning.column, warning.kind) == ("warning", "D", "unknown_status")
    assert "почти готов" in warning.text("ru") and "строка загружается без него" in warning.text("ru")


def test_a_profile_value_mapping_is_applied_when_reading(tmp_path: Path) -> None:
    path = tmp_path / "odd.xlsx"
    path.write_bytes(table_xlsx([project("INO-1", Кластер="Агрохим"), project("INO-2", Кластер="НЕФТЕХИМ"),
                                 project("INO-3", Кластер="Пищевой кластер")]))
    profile = Profile("Минэк", values={"cluster": {"агрохим": "petrochemical"}})
    result = read_workbook(path, profile=profile)
    rows = {r.values["code"]: r for t in result.tables for r in t.rows}
    assert rows["INO-1"].values["cluster"] == rows["INO-2"].values["cluster"] == "petrochemical"
    assert not rows["INO-1"].rejected and not rows["INO-2"].rejected
    assert rows["INO-3"].rejected
    assert result.unknown_spellings == {"cluster": {"Пищевой кластер": [("Проекты", 4)]}}


# --- 3. text limits are the database columns' lengths ---------------------------------------------

@pytest.mark.parametrize("field", ["code", "name", "name_en", "location", "curator"])
def test_text_limits_are_the_project_columns(field: str) -> None:
    column_type = Project.__table__.c[field].type
    assert isinstance(column_type, String)
    assert TEXT_LIMITS[field] == column_type.length


def test_lead_organisation_limit_is_the_organisation_name_column() -> None:
    assert TEXT_LIMITS["lead_organization"] == Organisation.__table__.c.name.type.length  # type: ignore[attr-defined]


def test_a_code_one_character_over_the_column_is_rejected_by_the_rules() -> None:
    limit = TEXT_LIMITS["code"]
    assert check_project({"code": "К" * limit}) == []
    ((field, kind, problem),) = check_project({"code": "К" * (limit + 1)})
    assert (field, kind) == ("code", "too_long")
    assert problem.english() == f"Project code: too long ({limit + 1} characters, limit {limit})"


# --- 4. IDs with leading zeros ---------------------------------------------------------------------

def test_a_number_formatted_with_leading_zeros_keeps_them_with_a_warning(tmp_path: Path) -> None:
    path = _book(tmp_path / "zeros.xlsx", [["Код", "Наименование проекта"], [123, "Проект А"],
                                           ["00124", "Проект Б"], [7, "Проект В"]],
                 formats={(2, 1): "00000", (4, 1): '"INO-"0000'})
    rows = _rows(path)
    assert [r.values["code"] for r in rows] == ["00123", "00124", "INO-0007"]
    assert not any(r.rejected for r in rows)
    first = rows[0].issues
    assert [(i.severity, i.kind, i.column, i.field) for i in first] == [(WARNING, "numeric_code", "A", "code")]
    assert "00123" in first[0].reason and "123" in first[0].reason
    assert rows[1].issues == []  # typed as text: nothing was changed


def test_numbers_in_a_column_of_text_codes_are_warned(tmp_path: Path) -> None:
    path = _book(tmp_path / "mixed.xlsx", [["Код", "Наименование проекта"], ["00123", "Проект А"],
                                           [124, "Проект Б"], ["00125", "Проект В"]])
    rows = _rows(path)
    assert [r.values["code"] for r in rows] == ["00123", "124", "00125"]
    assert [[(i.severity, i.kind) for i in r.issues] for r in rows] == [[], [(WARNING, "numeric_code")], []]
    assert not rows[1].rejected


def test_a_column_of_numeric_codes_alone_is_not_warned(tmp_path: Path) -> None:
    path = _book(tmp_path / "numbers.xlsx", [["Код", "Наименование проекта"], [1, "Проект А"], [2, "Проект Б"]])
    rows = _rows(path)
    assert [r.values["code"] for r in rows] == ["1", "2"]
    assert all(r.issues == [] for r in rows)


# --- 5. formula errors --------------------------------------------------------------------------

def test_xlsx_cached_errors_reject_the_cell_whatever_its_field(tmp_path: Path) -> None:
    body = rows_xml([["Код", "Наименование проекта", "Куратор"]]) + (
        '<row r="2"><c r="A2" t="inlineStr"><is><t>INO-1</t></is></c><c r="B2" t="inlineStr"><is><t>Завод</t></is>'
        '</c><c r="C2" t="e"><f>VLOOKUP(1,Z:Z,2,0)</f><v>#N/A</v></c></row>')
    path = tmp_path / "errors.xlsx"
    path.write_bytes(xlsx_bytes({"Проекты": sheet_xml(body)}))
    (row,) = _rows(path)
    assert row.rejected
    assert [(i.column, i.kind, i.reason) for i in row.issues] == [("C", "error_value", "cached error value #N/A")]


def _ods(cells: str) -> bytes:
    return ods_bytes(
        '<table:table table:name="Проекты">'
        '<table:table-row><table:table-cell office:value-type="string"><text:p>Код</text:p></table:table-cell>'
        '<table:table-cell office:value-type="string"><text:p>Наименование проекта</text:p></table:table-cell>'
        '<table:table-cell office:value-type="string"><text:p>Стоимость</text:p></table:table-cell>'
        f'</table:table-row><table:table-row>{cells}</table:table-row></table:table>')


def test_ods_formula_errors_are_reported_not_passed_over(tmp_path: Path) -> None:
    cells = ('<table:table-cell office:value-type="string"><text:p>INO-1</text:p></table:table-cell>'
             '<table:table-cell office:value-type="string"><text:p>Завод</text:p></table:table-cell>'
             '<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0" '
             'calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>')
    path = tmp_path / "errors.ods"
    path.write_bytes(_ods(cells))
    result = read_workbook(path)
    assert any("1 cell(s) hold a formula error" in str(note) for note in result.notes)
