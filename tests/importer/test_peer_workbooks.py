"""Workbooks written by Excel, LibreOffice and others: each ends read or refused in one line, quickly."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from ino_desktop.errors import ImportRefused
from ino_desktop.importer.limits import Limits
from ino_desktop.importer.readers import open_book
from ino_desktop.importer.sniff import load, sniff
from ino_desktop.importer.workbook import read_workbook
from tests.importer.builders import PEERS

KINDS = {"empty_file", "not_a_workbook", "damaged", "unsafe_xml", "no_data", "too_large", "encrypted",
         "unreadable", "csv_renamed"}
FILES = sorted(p.name for p in PEERS.iterdir() if p.name != "README.md")


@pytest.mark.timeout(20)
@pytest.mark.parametrize("name", FILES)
def test_peer_workbook_is_read_or_refused_in_one_line(name: str) -> None:
    try:
        result = read_workbook(PEERS / name)
    except ImportRefused as refused:
        assert refused.kind in KINDS
        assert "\n" not in refused.message and refused.message.startswith(name)
        return
    assert result.tables, "a ReadResult always holds a table; otherwise the file is refused as no_data"


@pytest.mark.parametrize("name", [n for n in FILES if "password" in n])
def test_password_protected_workbooks_say_so(name: str) -> None:
    with pytest.raises(ImportRefused) as caught:
        read_workbook(PEERS / name)
    assert caught.value.kind == "encrypted"
    assert "password-protected" in caught.value.message


@pytest.mark.parametrize("name", [n for n in FILES if "empty_file" in n or "null_file" in n])
def test_zero_byte_workbooks_are_empty_files(name: str) -> None:
    with pytest.raises(ImportRefused) as caught:
        read_workbook(PEERS / name)
    assert caught.value.kind == "empty_file"


def test_a_zip_that_is_not_a_workbook() -> None:
    with pytest.raises(ImportRefused) as caught:
        read_workbook(PEERS / "openpyxl__tests_data_reader_null_archive.xlsx")
    assert caught.value.kind == "not_a_workbook"


@pytest.mark.parametrize("suffix", ["xlsx", "xls", "xlsb", "ods"])
def test_every_format_is_read_by_content(suffix: str) -> None:
    """The same small workbook in four formats: read from anonymous bytes, the cells agree."""
    data = (PEERS / f"calamine__base.{suffix}").read_bytes()
    src = load(io.BytesIO(data), "anonymous", Limits())
    sniffed = sniff(src, Limits())
    assert sniffed.kind == suffix
    book = open_book(src, sniffed, Limits())
    first = book.sheets[0]
    assert first.name == "Sheet1" and first.rows is not None
    ((number, cells),) = [(n, c) for n, c in first.rows() if any(v != "" for v in c)]
    assert number == 2  # row 1 holds only formatting; numbers are Excel's, whatever the reader skips
    assert cells[:3] == ["String", 1.0, 1.1] and cells[5] == dt.date(2010, 10, 10)


def test_no_project_table_is_refused_with_the_reasons() -> None:
    with pytest.raises(ImportRefused) as caught:
        read_workbook(PEERS / "openpyxl__reader_tests_data_contains_chartsheets.xlsx")
    assert caught.value.kind == "no_data"
    assert "no project table found" in caught.value.message
    assert "'chart': a chart" in caught.value.message


@pytest.mark.parametrize("name", ["openpyxl__reader_tests_data_date_1900.xlsx",
                                  "openpyxl__reader_tests_data_date_1904.xlsx"])
def test_both_date_systems_give_the_same_date(name: str) -> None:
    src = load(PEERS / name, None, Limits())
    book = open_book(src, sniff(src, Limits()), Limits())
    assert book.date1904 == ("1904" in name)
    rows = book.sheets[0].rows
    assert rows is not None
    assert list(rows()) == [(1, [dt.date(2011, 10, 31)])]


def test_macro_workbook_notes_that_macros_were_ignored() -> None:
    src = load(PEERS / "openpyxl__tests_data_reader_vba+comments.xlsm", None, Limits())
    sniffed = sniff(src, Limits())
    assert sniffed.kind == "xlsm"
    assert any("macros ignored" in str(n) for n in sniffed.notes)


@pytest.mark.timeout(20)
def test_a_thousand_sheets_read_quickly() -> None:
    with pytest.raises(ImportRefused) as caught:
        read_workbook(Path(PEERS / "openpyxl__tests_data_reader_bigfoot.xlsx"))
    assert caught.value.kind == "no_data" and "more sheets" in caught.value.message
