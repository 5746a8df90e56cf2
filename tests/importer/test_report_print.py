"""The agency's report as a clerk prints it: every word of the summary in the reader's language, A4
landscape fitted to the width with the rows' header on each page, and (LibreOffice → PDF) the whole
summary of bad_rows.xlsx on its first page. Seen before: the SHA-256 and the reasons on pages of their
own, and bilingual "Итоги импорта / Import summary" labels whatever the language."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
from openpyxl import load_workbook

from ino_desktop.db import Database
from ino_desktop.importer import service
from ino_desktop.importer.report import write_refusal, write_report
from ino_desktop.importer.report_sheet import WIDTHS, summary_title
from ino_desktop.messages import message
from tests.importer.conftest import CliResult
from tests.importer.test_samples import SAMPLES

CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
LATIN = re.compile("[a-z]", re.IGNORECASE)


def _report(db: Database, out: Path, lang: str, sample: str = "bad_rows.xlsx") -> Path:
    with db.session() as s:
        plan = service.plan(SAMPLES / sample, s)
    return write_report(out, plan, dry_run=True, lang=lang)


def _words(ws) -> list[str]:  # type: ignore[no-untyped-def]
    """The summary's own words: its labels, headings and notes, not the agency's data in the listed rows."""
    return [str(r[0]) for r in ws.iter_rows(max_col=2, values_only=True) if isinstance(r[0], str) and r[1] is None] + \
        [str(c.value) for c in ws[_header_row(ws)]]


def _header_row(ws) -> int:  # type: ignore[no-untyped-def]
    return int(ws.print_title_rows.split(":")[0].strip("$"))


@pytest.mark.parametrize(("lang", "foreign", "reason"), [("ru", LATIN, "отрицательная сумма (−101,6)"),
                                                         ("en", CYRILLIC, "negative amount (−101.6)")])
def test_every_word_of_the_summary_is_in_the_readers_language(db: Database, tmp_path: Path, lang, foreign,
                                                              reason) -> None:
    wb = load_workbook(_report(db, tmp_path / f"{lang}.xlsx", lang))
    assert wb.sheetnames == [summary_title(lang), "Проекты"]
    ws = wb[summary_title(lang)]
    words = _words(ws)
    assert message("report.sha256").render(lang) in words and message("report.reason").render(lang) in words
    for text in words:
        assert " / " not in text and not foreign.search(text.replace("SHA", "")), text
    assert reason in [r[4] for r in ws.iter_rows(values_only=True)]
    assert ws["D7"].value == message("report.dry_run").render(lang)
    assert ws.oddFooter.center.text == message("report.page", file="bad_rows.xlsx", page="&P", pages="&N").render(lang)


def test_a_refused_file_is_reported_in_the_readers_language(tmp_path: Path) -> None:
    ws = load_workbook(write_refusal(tmp_path / "r.xlsx", "a&b.xlsx", "файл повреждён", "damaged", "ru")).active
    assert ws.title == "Итоги импорта"
    assert [(r[0], r[3]) for r in ws.iter_rows(min_row=2, max_col=4, values_only=True) if r[0]] == \
        [("Файл", "a&b.xlsx"), ("Отказ", "файл повреждён")]
    assert ws.oddFooter.center.text == "a&&b.xlsx: стр. &P из &N"  # a lone & would start a footer code


def test_the_summary_and_the_agencys_sheets_are_set_up_for_a4(db: Database, tmp_path: Path) -> None:
    wb = load_workbook(_report(db, tmp_path / "r.xlsx", "ru"))
    for ws in wb.worksheets:
        setup = ws.page_setup
        assert (setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight) == ("landscape", 9, 1, 0)
        assert ws.sheet_properties.pageSetUpPr.fitToPage
    summary, data = wb.worksheets
    assert data.print_title_rows == "$1:$1"  # the agency's header row, on each page of its sheet
    header = _header_row(summary)
    assert [c.value for c in summary[header]] == ["Лист", "Строка", "Столбец", "Код проекта", "Причина"]
    assert sum(summary.column_dimensions[c].width for c in "ABCDE") == sum(WIDTHS) <= 130  # A4 landscape at 100 %
    long = next(r for r in summary.iter_rows(min_row=header + 1) if str(r[4].value).startswith("«Наименование"))
    assert long[4].alignment.wrap_text and summary.row_dimensions[long[4].row].height >= 30  # two lines
    legend = summary["A2"]
    assert legend.alignment.wrap_text and "A2:E2" in {str(m) for m in summary.merged_cells.ranges}


def test_a_sheet_the_agency_set_up_for_printing_keeps_its_setup(db: Database, tmp_path: Path) -> None:
    book = tmp_path / "own.xlsx"
    wb = load_workbook(SAMPLES / "bad_rows.xlsx")
    ws = wb["Проекты"]
    ws.page_setup.orientation, ws.page_setup.scale = "portrait", 70
    wb.save(book)
    with db.session() as s:
        plan = service.plan(book, s)
    data = load_workbook(write_report(tmp_path / "r.xlsx", plan, lang="en"))["Проекты"]
    assert (data.page_setup.orientation, data.page_setup.scale, data.print_title_rows) == ("portrait", 70, None)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_prints_the_whole_summary_on_its_first_page(db_path: Path, tmp_path: Path,
                                                                 cli: Callable[..., CliResult]) -> None:
    out = tmp_path / "bad_rows-report.xlsx"
    done = cli("--lang", "ru", "--db", db_path, "import", "--dry-run", SAMPLES / "bad_rows.xlsx", "--report", out)
    assert done.rc == 1
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(out)], check=True, capture_output=True, timeout=180)
    pages = [p.extract_text() for p in pypdf.PdfReader(tmp_path / "bad_rows-report.pdf").pages]
    assert len(pages) == 2  # the summary, then the agency's sheet fitted to one page's width
    first = pages[0]
    for text in ("Итоги импорта", "af2e9e26c3ea1ecc83aa7879e94e26700163b39bcbc7e6b80e5ee3587bf6dbb3",
                 "Причина", "отрицательная сумма (−101,6)", "не число: «около 500»", "bad_rows.xlsx: стр. 1 из 2"):
        assert text in first, text
    assert "bad_rows.xlsx: стр. 2 из 2" in pages[1] and "Проблемные вопросы" in pages[1]
