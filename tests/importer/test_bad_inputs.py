"""BAD_INPUTS.md groups A-D: hostile and broken files made at run time, each ending in one line."""

from __future__ import annotations

import io
import resource
import struct
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from ino_desktop.errors import ImportRefused
from ino_desktop.importer.limits import Limits
from ino_desktop.importer.rows import ReadResult, SourceRow
from ino_desktop.importer.workbook import read_workbook
from tests.importer.builders import (
    HEADER,
    MAIN_XLSM,
    SAMPLES,
    cell_xml,
    project,
    rows_xml,
    sheet_xml,
    table_xlsx,
    xlsx_bytes,
)

Write = Callable[[str, bytes], Path]


def _rows(result: ReadResult) -> list[SourceRow]:
    return [row for table in result.tables for row in table.rows]


def _refused(source: object, kind: str, **kwargs: object) -> str:
    with pytest.raises(ImportRefused) as caught:
        read_workbook(source, **kwargs)  # type: ignore[arg-type]
    assert caught.value.kind == kind, caught.value.message
    assert "\n" not in caught.value.message
    return caught.value.message


def _rezip(data: bytes, change: Callable[[str, bytes], tuple[str, bytes] | None]) -> bytes:
    """The same zip with entries renamed, replaced or dropped by `change(name, data)`."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            changed = change(info.filename, src.read(info))
            if changed is not None:
                dst.writestr(changed[0], changed[1])
    return out.getvalue()


# ---------------------------------------------------------------- A. container and file type

def test_a1_empty_file(write: Write) -> None:
    assert "empty" in _refused(write("empty.xlsx", b""), "empty_file")


def test_a2_truncated_zip(write: Write) -> None:
    data = table_xlsx([project()])
    assert "damaged" in _refused(write("half.xlsx", data[: len(data) // 2]), "damaged")


def test_a3_csv_renamed_xlsx_is_read_as_csv_with_a_note(write: Write) -> None:
    text = "Код;Наименование проекта;Стоимость, млн руб.\r\nINO-0001;Проект;1 234,5\r\n"
    result = read_workbook(write("report.xlsx", text.encode("utf-8-sig")))
    assert result.kind == "csv"
    assert any("text (CSV) file" in str(n) for n in result.notes)
    (row,) = _rows(result)
    assert row.values == {"code": "INO-0001", "name": "Проект", "total_cost_mln": 1234.5}


def test_a4_real_xls_is_read() -> None:
    message = _refused(SAMPLES.parent / "peer-workbooks" / "calamine__base.xls", "no_data")
    assert "no project table found" in message  # read as a workbook; it just holds no projects


def test_a5_password_protected_xlsx_is_refused_as_encrypted(write: Write) -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le")
    assert "password-protected" in _refused(write("secret.xlsx", ole), "encrypted")


@pytest.mark.parametrize("how", ["bytes", "stream", "renamed"])
def test_a6_xlsx_detected_by_content_not_name(how: str, write: Write) -> None:
    data = table_xlsx([project()])
    source: object = {"bytes": data, "stream": io.BytesIO(data), "renamed": write("data.csv", data)}[how]
    result = read_workbook(source, file_name=None if how == "renamed" else "upload")  # type: ignore[arg-type]
    assert result.kind == "xlsx" and len(_rows(result)) == 1


def test_a7_zip_without_content_types(write: Write) -> None:
    data = _rezip(table_xlsx([project()]), lambda n, d: None if n == "[Content_Types].xml" else (n, d))
    assert "not an Excel workbook" in _refused(write("a.xlsx", data), "not_a_workbook")


def test_a8_zip_with_content_types_but_no_workbook(write: Write) -> None:
    data = table_xlsx([project()], drop=["xl/workbook.xml"])
    assert "no workbook part" in _refused(write("a.xlsx", data), "not_a_workbook")


def test_a9_macro_workbook_is_read_and_macros_ignored(write: Write) -> None:
    data = table_xlsx([project()], main=MAIN_XLSM, parts={"xl/vbaProject.bin": b"\x00VBA" * 64})
    result = read_workbook(write("macro.xlsm", data))
    assert result.kind == "xlsm" and len(_rows(result)) == 1
    assert any("macros ignored" in str(n) for n in result.notes)


def test_a11_file_above_the_size_cap_is_refused_before_parsing(write: Write) -> None:
    path = write("big.xlsx", b"PK\x03\x04" + b"\x00" * 5000)
    started = time.perf_counter()
    assert "too large" in _refused(path, "too_large", limits=Limits(max_file_bytes=1000))
    assert time.perf_counter() - started < 0.5


def test_a12_unreadable_file_or_stream() -> None:
    class Pulled(io.RawIOBase):
        def read(self, size: int = -1) -> bytes:
            raise OSError(5, "Input/output error")

    assert "could not read" in _refused(Pulled(), "unreadable", file_name="usb.xlsx")
    assert "could not read" in _refused(Path("/nonexistent/folder/gone.xlsx"), "unreadable")


def test_a_pdf_and_html_and_xml_2003_are_not_workbooks(write: Write) -> None:
    _refused(write("a.xlsx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "not_a_workbook")
    _refused(write("a.xls", b"<html><body><table><tr><td>1</td></tr></table>"), "not_a_workbook")
    xml = b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>'
    assert "XML Spreadsheet 2003" in _refused(write("a.xls", xml), "not_a_workbook")
    _refused(write("a.bin", bytes(range(256)) * 8), "not_a_workbook")


# ---------------------------------------------------------------- B. zip and XML attacks

_LOL = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
                  for i in range(1, 10))
        + ']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>')
_QUADRATIC = ('<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "' + "x" * 100_000 + '">]>'
              '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>'
              + "&a;" * 10_000 + "</t></si></sst>")
_XXE = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&x;</t></si></sst>')
_EXTERNAL = ('<?xml version="1.0"?><!DOCTYPE r SYSTEM "http://192.0.2.1/evil.dtd">'
             '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>a</t></si></sst>')


@pytest.mark.timeout(10)
@pytest.mark.parametrize("part", [_LOL, _QUADRATIC, _XXE, _EXTERNAL],
                         ids=["billion_laughs", "quadratic", "xxe", "external_dtd"])
def test_b13_16_dtds_are_refused_without_expanding(part: str, write: Write) -> None:
    data = table_xlsx([project()], parts={"xl/sharedStrings.xml": part})
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    message = _refused(write("bomb.xlsx", data), "unsafe_xml")
    assert "sharedStrings.xml" in message
    assert time.perf_counter() - started < 2
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100_000  # KB: nothing expanded


@pytest.mark.timeout(30)
def test_b17_deflate_bomb_is_refused_by_ratio(write: Write) -> None:
    bomb = sheet_xml(rows_xml([HEADER, project()]) + " " * 200_000_000)
    started = time.perf_counter()
    message = _refused(write("bomb.xlsx", table_xlsx([], parts={"xl/worksheets/sheet1.xml": bomb})),
                       "too_large")
    assert "expands" in message and time.perf_counter() - started < 5


def _patch_sizes(data: bytes, entry: str, size: int) -> bytes:
    """Rewrite the uncompressed size of `entry` in its local header and central directory record."""
    buf = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo(entry)
    struct.pack_into("<I", buf, info.header_offset + 22, size)
    name = entry.encode()
    central = bytes(buf).rfind(b"PK\x01\x02", 0, bytes(buf).rfind(name))
    struct.pack_into("<I", buf, central + 24, size)
    return bytes(buf)


def test_b18_understated_entry_size_is_damaged(write: Write) -> None:
    data = table_xlsx([project() for _ in range(1)])
    lying = _patch_sizes(data, "xl/worksheets/sheet1.xml", 100)
    assert "damaged" in _refused(write("lying.xlsx", lying), "damaged")


def test_b19_too_many_entries(write: Write) -> None:
    extra: dict[str, str | bytes] = {f"xl/media/x{i}.bin": b"" for i in range(120)}
    data = table_xlsx([project()], parts=extra)
    assert "too many parts" in _refused(write("many.xlsx", data), "too_large", limits=Limits(max_zip_entries=100))


@pytest.mark.parametrize("bad", ["../../evil.xml", "/etc/evil.xml", "C:/evil.xml"])
def test_b20_unsafe_entry_names(bad: str, write: Write) -> None:
    data = table_xlsx([project()], parts={bad: "<x/>"})
    assert "unsafe part name" in _refused(write("slip.xlsx", data), "damaged")


def test_b21_duplicate_entry_names(write: Write) -> None:
    data = table_xlsx([project()])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
        with pytest.warns(UserWarning):
            dst.writestr("xl/worksheets/sheet1.xml", sheet_xml(rows_xml([HEADER, project("INO-9")])))
    assert "twice" in _refused(write("dup.xlsx", out.getvalue()), "damaged")


# ---------------------------------------------------------------- C. sheet structure

@pytest.mark.timeout(10)
def test_c22_24_whole_sheet_dimension_and_merge_read_fast() -> None:
    started = time.perf_counter()
    result = read_workbook(SAMPLES / "huge_dimension.xlsx")
    assert len(_rows(result)) == 3 and time.perf_counter() - started < 2
    assert all(len(t.columns) == 6 for t in result.tables)


def test_c23_understated_dimension_keeps_every_row(write: Write) -> None:
    rows = [project(f"INO-{i:05d}") for i in range(5000)]
    data = xlsx_bytes({"Проекты": sheet_xml(rows_xml([HEADER, *rows]), dimension="A1")})
    assert len(_rows(read_workbook(write("under.xlsx", data)))) == 5000


@pytest.mark.timeout(10)
def test_c25_lone_last_row_is_a_gap(write: Write) -> None:
    data_xml = rows_xml([HEADER, project()]) + f'<row r="1048576">{cell_xml("A1048576", "x")}</row>'
    message = _refused(write("gap.xlsx", xlsx_bytes({"S": sheet_xml(data_xml)})), "too_large")
    assert "too many rows / gap" in message and "sheet 'S'" in message


def test_c26_rows_out_of_order(write: Write) -> None:
    data_xml = rows_xml([HEADER]) + rows_xml([project("INO-3")], 3) + rows_xml([project("INO-2")], 2)
    assert "file structure invalid" in _refused(write("order.xlsx", xlsx_bytes({"S": sheet_xml(data_xml)})),
                                                "damaged")


def test_c27_only_empty_sheets(write: Write) -> None:
    data = xlsx_bytes({"A": sheet_xml(""), "B": sheet_xml("")})
    assert "no project table found" in _refused(write("empty.xlsx", data), "no_data")


def test_c28_only_the_named_sheet_is_read_and_hidden_ones_reported(write: Write) -> None:
    decoy = sheet_xml(rows_xml([HEADER, project("INO-DECOY")]))
    wanted = sheet_xml(rows_xml([HEADER, project("INO-REAL")]))
    data = xlsx_bytes({"Decoy": decoy, "Real": wanted}, states={"Real": "veryHidden"})
    path = write("hidden.xlsx", data)
    named = read_workbook(path, sheet="Real")
    assert [r.values["code"] for r in _rows(named)] == ["INO-REAL"]
    assert any("hidden sheet 'Real' read" in str(n) for n in named.notes)
    assert named.sheets == ["Decoy", "Real"] and "'Real' was asked for" in str(named.skipped_sheets["Decoy"])
    everything = read_workbook(path)
    assert [t.hidden for t in everything.tables] == [False, True]
    assert "no sheet named 'Nope'" in _refused(path, "no_data", sheet="Nope")


def test_c29_misspelled_reordered_nbsp_and_duplicated_headers(write: Write) -> None:
    header = ["Наименоване проекта", "Код\u00a0 ", "Стоимость, млн руб.", "Код"]
    data = xlsx_bytes({"S": sheet_xml(rows_xml([header, ["Проект", "INO-1", 10, "INO-X"]]))})
    result = read_workbook(write("h.xlsx", data))
    columns = {c.letter: c for c in result.tables[0].columns}
    assert (columns["A"].field, columns["A"].how) == ("name", "header")
    assert columns["B"].field == "code" and columns["D"].field is None
    assert any("column D 'Код'" in str(n) for n in result.notes)
    assert _rows(result)[0].values == {"name": "Проект", "code": "INO-1", "total_cost_mln": 10.0}


def test_c29_missing_header_names_the_sheet(write: Write) -> None:
    data = xlsx_bytes({"Лист1": sheet_xml(rows_xml([["INO-1", "Проект", 10]] * 3))})
    message = _refused(write("noheader.xlsx", data), "no_data")
    assert "'Лист1': no project table" in message


def test_c30_extra_unknown_columns_do_not_shift_data(write: Write) -> None:
    header = ["Примечание", "Код", "Лишняя колонка", "Наименование проекта", "Ещё одна"]
    data = xlsx_bytes({"S": sheet_xml(rows_xml([header, ["x", "INO-1", "y", "Проект", "z"]]))})
    (row,) = _rows(read_workbook(write("extra.xlsx", data)))
    assert row.values == {"code": "INO-1", "name": "Проект"} and row.cells == {"code": "B2", "name": "D2"}


@pytest.mark.timeout(10)
def test_c31_sixteen_thousand_columns(write: Write) -> None:
    wide = "".join(cell_xml(f"{col}1", "h") for col in ("A", "B", "XFD"))
    data = xlsx_bytes({"S": sheet_xml(f'<row r="1">{wide}</row>' + rows_xml([project()], 2))})
    assert "too many columns (16384" in _refused(write("wide.xlsx", data), "too_large")


def test_c32_blank_rows_and_trailing_formatted_rows_make_no_records(write: Write) -> None:
    body = rows_xml([HEADER, project("INO-1")]) + '<row r="3"><c r="A3" s="1"/></row>' + rows_xml(
        [["", " ", None], project("INO-2")], 4)
    body += "".join(f'<row r="{r}" s="1" customFormat="1"><c r="A{r}" s="1"/></row>' for r in range(6, 10_006))
    result = read_workbook(write("blank.xlsx", xlsx_bytes({"S": sheet_xml(body)})))
    assert [r.row for r in _rows(result)] == [2, 5]


# ---------------------------------------------------------------- D. cell content

def _formula_book(cells: str) -> bytes:
    data_xml = rows_xml([HEADER]) + f'<row r="2">{cell_xml("A2", "INO-1")}{cell_xml("B2", "П")}{cells}</row>'
    return xlsx_bytes({"S": sheet_xml(data_xml)})


def test_d33_formula_without_cached_value(write: Write) -> None:
    (row,) = _rows(read_workbook(write("f.xlsx", _formula_book('<c r="G2"><f>SUM(H2:I2)</f></c>'))))
    (issue,) = row.issues
    assert (issue.column, issue.kind, issue.field) == ("G", "formula_no_cache", "total_cost_mln")
    ok = _rows(read_workbook(write("g.xlsx", _formula_book('<c r="G2"><f>SUM(H2:I2)</f><v>12.5</v></c>'))))
    assert ok[0].values["total_cost_mln"] == 12.5 and not ok[0].rejected


@pytest.mark.parametrize("error", ["#REF!", "#DIV/0!", "#N/A"])
def test_d34_cached_error_values_are_rejected_with_the_cell(error: str, write: Write) -> None:
    cell = f'<c r="G2" t="e"><f>1/0</f><v>{error}</v></c>'
    (row,) = _rows(read_workbook(write("e.xlsx", _formula_book(cell))))
    (issue,) = row.issues
    assert (issue.column, issue.kind) == ("G", "error_value") and error in issue.reason
    assert row.cells["total_cost_mln"] == "G2"


def test_d35_numbers_stored_as_text(write: Write) -> None:
    texts = ["1,5", "1.5", "1 234,5", "1\u00a0234,5", "около 500", "1e5", "5 %"]
    rows = [project(f"INO-{i}", **{"Стоимость, млн руб.": t}) for i, t in enumerate(texts)]
    got = {r.values["code"]: r for r in _rows(read_workbook(write("n.xlsx", table_xlsx(rows))))}
    assert [got[f"INO-{i}"].values["total_cost_mln"] for i in range(4)] == [1.5, 1.5, 1234.5, 1234.5]
    for i in (4, 5, 6):  # never a number read wrongly without a word: 1e5 would be 100,000 million
        assert [issue.kind for issue in got[f"INO-{i}"].issues] == ["not_a_number"]
    assert "exponent form" in got["INO-5"].issues[0].reason and "percentage" in got["INO-6"].issues[0].reason


def test_d36_numeric_codes_become_text_without_decimals(write: Write) -> None:
    (row,) = _rows(read_workbook(write("c.xlsx", table_xlsx([project(123)]))))  # type: ignore[arg-type]
    assert row.values["code"] == "123"


def test_d37_dates_as_serials_text_and_ambiguous(write: Write) -> None:
    rows = [project("INO-1", **{"Дата начала": 42005, "Дата окончания": "Q4 2017"}),
            project("INO-2", **{"Дата начала": "03/04/05"}),
            project("INO-3", **{"Дата начала": "01.01.1850"})]
    got = {r.values["code"]: r for r in _rows(read_workbook(write("d.xlsx", table_xlsx(rows))))}
    assert str(got["INO-1"].values["start_date"]) == "2015-01-01"
    assert str(got["INO-1"].values["end_date"]) == "2017-12-31"
    assert [i.kind for i in got["INO-2"].issues] == ["bad_date"] and "ambiguous" in got["INO-2"].issues[0].reason
    assert [i.kind for i in got["INO-3"].issues] == ["bad_date"]


def test_d37_general_serials_follow_the_1904_date_system(write: Write) -> None:
    body = rows_xml([HEADER, project("INO-1", **{"Дата начала": 39385})])
    data = xlsx_bytes({"S": sheet_xml(body)}, workbook_pr='<workbookPr date1904="1"/>')
    (row,) = _rows(read_workbook(write("d4.xlsx", data)))
    assert str(row.values["start_date"]) == "2011-10-31"  # as date_1904.xlsx shows for 39385


def test_d38_booleans_in_number_columns_are_rejected(write: Write) -> None:
    body = rows_xml([HEADER]) + f'<row r="2">{cell_xml("A2", "INO-1")}<c r="G2" t="b"><v>1</v></c></row>'
    (row,) = _rows(read_workbook(write("b.xlsx", xlsx_bytes({"S": sheet_xml(body)}))))
    assert [i.kind for i in row.issues] == ["not_a_number"]


def test_d39_over_long_text_is_rejected(write: Write) -> None:
    rows = [project("INO-1", **{"Проблемные вопросы": "я" * 40_000}),
            project("INO-2", **{"Наименование проекта": "д" * 501})]
    got = {r.values["code"]: r for r in _rows(read_workbook(write("t.xlsx", table_xlsx(rows))))}
    assert [(i.kind, i.column) for i in got["INO-1"].issues] == [("too_long", "J")]
    assert "501 characters, limit 500" in got["INO-2"].issues[0].reason


def test_d40_control_bidi_and_zero_width_characters_are_stripped(write: Write) -> None:
    dirty = "Про\u202eект\u200b с\x07 кодом\x01"
    data = table_xlsx([project("INO-1", **{"Наименование проекта": dirty})])
    result = read_workbook(write("ctl.xlsx", data))
    assert _rows(result)[0].values["name"] == "Проект с кодом"
    assert any("control or invisible characters removed from 1 cell" in str(n) for n in result.notes)


def test_d41_duplicate_codes_with_different_data_reject_every_copy(write: Write) -> None:
    rows = [project("INO-1"), project("INO-2"), project("INO-1", **{"Стоимость, млн руб.": 700}),
            project("INO-3"), project("INO-3")]
    got = _rows(read_workbook(write("dup.xlsx", table_xlsx(rows))))
    assert [r.row for r in got if r.rejected] == [2, 4]
    assert all(i.kind == "duplicate_code" and i.column == "A" and "rows 2 and 4" in i.reason
               for r in got if r.rejected for i in r.issues)


def test_d43_formula_looking_text_stays_text(write: Write) -> None:
    texts = ["=cmd|'/c calc'!A1", "@SUM(1)", "+1-1"]
    rows = [project(f"INO-{i}", **{"Проблемные вопросы": t}) for i, t in enumerate(texts)]
    got = [r.values["problems"] for r in _rows(read_workbook(write("inj.xlsx", table_xlsx(rows))))]
    assert got == texts


def test_d_unknown_status_and_negative_jobs_are_all_listed(write: Write) -> None:
    row = project("INO-1", **{"Статус": "потерян", "Рабочие места (план)": -5, "Стоимость, млн руб.": 10,
                              "Федеральный бюджет, млн руб.": 20})
    (got,) = _rows(read_workbook(write("many.xlsx", table_xlsx([row]))))
    assert {i.kind for i in got.issues} == {"unknown_status", "negative", "parts_exceed_total"}
    assert {i.column for i in got.issues} == {"D", "I", "G"}


@pytest.mark.parametrize("number_format", ["0%", "0.00%", "0.0 %;[Red]-0.0 %"])
def test_d35b_a_cell_formatted_as_a_percentage_is_not_an_amount(number_format: str, write: Write) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Код проекта", "Наименование проекта", "Стоимость, млн руб.", "Рабочие места (план)"])
    ws.append(["INO-1", "Завод", 0.05, 12])
    ws.append(["INO-2", "Порт", 150.0, 7])
    ws["C2"].number_format = number_format  # shows "5 %": stored as 0.05 million roubles before
    ws["D3"].number_format = '"%" 0'  # a '%' in quoted text is not a percentage
    buf = io.BytesIO()
    wb.save(buf)
    got = {r.values["code"]: r for r in _rows(read_workbook(write("p.xlsx", buf.getvalue())))}
    (issue,) = got["INO-1"].issues
    assert issue.kind == "not_a_number" and issue.column == "C" and "percentage" in issue.reason
    assert got["INO-2"].values["total_cost_mln"] == 150.0 and got["INO-2"].values["jobs_planned"] == 7
