"""What a file is, from its bytes: formats, text encodings and separators, container checks, pre-scan."""

from __future__ import annotations

import io
import zipfile

import pytest

from ino_desktop.errors import ImportRefused
from ino_desktop.importer import limits as limits_module
from ino_desktop.importer.limits import Limits, column_index, column_letter, scan_sheet_xml
from ino_desktop.importer.readers import decode_text, detect_delimiter
from ino_desktop.importer.sniff import Source, check_prolog_bytes, load, sniff
from tests.importer.builders import MAIN_XLSM, PEERS, SAMPLES, project, rows_xml, sheet_xml, table_xlsx


def _sniff(data: bytes, name: str = "file.xlsx") -> str:
    limits = Limits()
    return sniff(load(data, name, limits), limits).kind


@pytest.mark.parametrize(("name", "kind"), [
    ("ministry_summary.xlsx", "xlsx"), ("csv_cp1251.csv", "csv"),
])
def test_samples_by_content(name: str, kind: str) -> None:
    assert _sniff((SAMPLES / name).read_bytes(), "no-extension") == kind


@pytest.mark.parametrize("suffix", ["xls", "xlsb", "ods", "xlsx"])
def test_peer_formats_by_content(suffix: str) -> None:
    assert _sniff((PEERS / f"calamine__base.{suffix}").read_bytes(), "renamed.txt") == suffix


def test_macro_workbook_kind_comes_from_its_content_type() -> None:
    assert _sniff(table_xlsx([project()], main=MAIN_XLSM), "x.xlsx") == "xlsm"


def test_load_keeps_the_name_and_hash() -> None:
    limits = Limits()
    src = load(SAMPLES / "formulas.xlsx", None, limits)
    assert isinstance(src, Source) and src.file_name == "formulas.xlsx" and len(src.sha256) == 64
    assert load(src.data, "renamed.xlsx", limits).sha256 == src.sha256


@pytest.mark.parametrize(("data", "encoding"), [
    ("Код;Имя\r\nINO-1;Тест\r\n".encode("utf-8-sig"), "utf-8-sig"),
    ("Код;Имя\r\nINO-1;Тест\r\n".encode(), "utf-8"),
    ("Код;Имя\r\nINO-1;Тест\r\n".encode("cp1251"), "cp1251"),
    ("Код\tИмя\r\nINO-1\tТест\r\n".encode("utf-16"), "utf-16"),
])
def test_text_encodings(data: bytes, encoding: str) -> None:
    text, found = decode_text(data)
    assert found == encoding and text.replace("\t", ";").startswith("Код;Имя")
    assert _sniff(data, "x.csv") == "csv"


@pytest.mark.parametrize(("text", "delimiter"), [
    ("a;b;c\n1,5;2,5;3\n4,0;5;6\n", ";"),
    ("a,b,c\n1.5,2.5,3\n4,5,6\n", ","),
    ("a\tb\tc\n1,5\t2\t3\n", "\t"),
    ('a;b\n"x; y";2\n"p ""q"";r";3\n', ";"),
])
def test_separator_is_found_from_the_first_lines(text: str, delimiter: str) -> None:
    assert detect_delimiter(text) == delimiter


def test_csv_renamed_xlsx_gets_a_note() -> None:
    limits = Limits()
    sniffed = sniff(load(b"a;b\n1;2\n", "report.xlsx", limits), limits)
    assert sniffed.kind == "csv" and "despite its '.xlsx' name" in str(sniffed.notes[0])


@pytest.mark.parametrize("head", [
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>',
    b'<?xml version="1.0"?>\n<!-- c -->\n<!doctype x SYSTEM "http://example.invalid/x.dtd"><x/>',
    '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x><x/>'.encode("utf-16"),
])
def test_a_dtd_in_the_prolog_is_unsafe(head: bytes) -> None:
    with pytest.raises(ImportRefused) as caught:
        check_prolog_bytes(head, "f.xlsx", "xl/sharedStrings.xml")
    assert caught.value.kind == "unsafe_xml"


def test_doctype_inside_text_is_not_a_dtd() -> None:
    check_prolog_bytes(b'<?xml version="1.0"?><sst><si><t>&lt;!DOCTYPE is text</t></si></sst>', "f", "p")
    check_prolog_bytes(b"<sst><si><t><![CDATA[<!ENTITY x>]]></t></si></sst>", "f", "p")


def _ods(manifest: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<office:document-content/>")
        zf.writestr("META-INF/manifest.xml", manifest)
    return buf.getvalue()


def test_an_encrypted_ods_is_refused_from_its_manifest() -> None:
    with pytest.raises(ImportRefused) as caught:
        _sniff(_ods('<manifest:file-entry><manifest:encryption-data manifest:checksum="x"/></manifest:file-entry>'))
    assert caught.value.kind == "encrypted"
    assert _sniff(_ods("<manifest:manifest/>")) == "ods"


def test_an_office_file_that_is_not_a_workbook() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "WordDocument".encode("utf-16-le") + b"\x00" * 64
    with pytest.raises(ImportRefused) as caught:
        _sniff(ole, "letter.xls")
    assert caught.value.kind == "not_a_workbook"


def test_column_letters_round_trip() -> None:
    for index in (0, 25, 26, 51, 52, 701, 702, 16383):
        assert column_index(column_letter(index)) == index
    assert column_letter(16383) == "XFD"


def test_prescan_finds_extent_formulas_and_errors_across_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits_module, "CHUNK", 97)  # every row split from the next: chunk seams everywhere
    body = rows_xml([["Код", "Сумма"], ["INO-1", 5]]) + (
        '<row r="3"><c r="A3" t="inlineStr"><is><t>INO-2</t></is></c><c r="B3"><f>SUM(B1:B2)</f></c></row>'
        '<row r="4"><c r="A4" t="e"><v>#REF!</v></c><c r="AC4"><f>1+1</f><v>2</v></c></row>'
        '<row r="9" s="1" customFormat="1"/>')
    scan = scan_sheet_xml(io.BytesIO(sheet_xml(body).encode()), Limits(), "book", "S")
    assert scan.max_row == 4 and scan.used_rows == 4
    assert 29 <= scan.max_column <= 52  # AC, bounded by the cheap tier
    assert scan.missing_cache == {(3, 1)}
    assert scan.errors == {(4, 0): "#REF!"}


def test_prescan_handles_prefixed_namespaces_and_rows_without_numbers() -> None:
    xml = ('<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>'
           '<x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row>'
           '<x:row><x:c><x:f>1+1</x:f></x:c></x:row></x:sheetData></x:worksheet>')
    scan = scan_sheet_xml(io.BytesIO(xml.encode()), Limits(), "book", "S")
    assert scan.max_row == 2 and scan.used_rows == 2


def test_prescan_refuses_a_grid_above_the_cell_cap() -> None:
    body = rows_xml([["a"] * 30 for _ in range(40)])
    with pytest.raises(ImportRefused) as caught:
        scan_sheet_xml(io.BytesIO(sheet_xml(body).encode()), Limits(max_cells=1000), "book", "S")
    assert caught.value.kind == "too_large" and "sheet 'S'" in caught.value.message


@pytest.mark.parametrize("head", [
    b'<?xml version="1.0"?><!--' + b"x" * 70_000 + b'--><!DOCTYPE x [<!ENTITY a "b">]><x/>',  # past 64 KB
    b'<?xml version="1.0"?><!-- <a> looks like a root --><!DOCTYPE x [<!ENTITY a "b">]><x/>',
    b"<?pi " + b"y" * 200_000 + b" ?>\n<!ENTITY a 'b'><x/>",
    ('<?xml version="1.0" encoding="UTF-16"?><!--' + "z" * 70_000 + "--><!DOCTYPE x><x/>").encode("utf-16"),
])
def test_the_whole_prolog_is_scanned_however_long(head: bytes) -> None:
    with pytest.raises(ImportRefused) as caught:
        check_prolog_bytes(head, "f.xlsx", "xl/sharedStrings.xml")
    assert caught.value.kind == "unsafe_xml"


def test_a_dtd_after_a_long_comment_inside_a_workbook_is_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        zf.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook/>')
        zf.writestr("xl/sharedStrings.xml", '<?xml version="1.0"?><!--' + "c" * 70_000
                    + '--><!DOCTYPE sst [<!ENTITY e "x">]><sst>&e;</sst>')
    with pytest.raises(ImportRefused) as caught:
        _sniff(buf.getvalue())
    assert caught.value.kind == "unsafe_xml" and "xl/sharedStrings.xml" in str(caught.value)


def test_a_long_prolog_without_a_dtd_passes() -> None:
    check_prolog_bytes(b'<?xml version="1.0"?><!--' + b"-" * 200_001 + b"--><sst><t>ok</t></sst>", "f", "p")


@pytest.mark.parametrize("kind", ["fifo", "folder", "device"])
def test_pipes_devices_and_folders_are_refused_at_once(kind: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    from pathlib import Path

    if kind == "fifo":
        path = tmp_path / "agency.xlsx"
        os.mkfifo(path)  # reading it would wait for a writer forever
    elif kind == "folder":
        path = tmp_path / "agency.xlsx"
        path.mkdir()
    else:
        path = Path("/dev/zero")
    with pytest.raises(ImportRefused, match=r"(a named pipe|a folder|a device), not a file") as caught:
        load(path, None, Limits())
    assert caught.value.kind == "not_a_workbook"
