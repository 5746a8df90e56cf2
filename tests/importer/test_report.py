"""Import reports read back: the agency's workbook with rejected cells marked, the summary sheet, JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ino_desktop.db import Database
from ino_desktop.errors import InoError
from ino_desktop.importer import service
from ino_desktop.importer.report import REJECTED_FILL, write_report
from ino_desktop.importer.report_sheet import summary_title
from ino_desktop.messages import message
from tests.importer.conftest import CliResult
from tests.importer.test_samples import EXPECTED, SAMPLES

Cli = Callable[..., CliResult]


SUMMARY_SHEET = summary_title("en")  # the tests' command line speaks English (LANG=C)


def _summary(ws) -> dict[str, object]:
    """The facts: a label in column A, its value in D (the table's rows have their row number in B)."""
    return {r[0]: r[3] for r in ws.iter_rows(max_col=4, values_only=True) if r[0] and r[1] is None and r[3] is not None}


def _listed(ws) -> list[tuple[object, ...]]:
    """The listed rows: sheet, row, column, code, reason."""
    return [r for r in ws.iter_rows(max_col=5, values_only=True) if isinstance(r[1], int)]


def test_xlsx_report_marks_each_rejected_cell_of_the_agencys_workbook(db_path: Path, tmp_path: Path,
                                                                      cli: Cli) -> None:
    out = tmp_path / "back.xlsx"
    result = cli("--db", db_path, "import", SAMPLES / "bad_rows.xlsx", "--report", out)
    assert result.rc == 1
    wb = load_workbook(out)
    assert wb.sheetnames[0] == SUMMARY_SHEET and wb.active.title == SUMMARY_SHEET
    summary = wb[SUMMARY_SHEET]
    assert summary["A1"].value == "Import summary"
    facts = _summary(summary)
    assert facts["File"] == "bad_rows.xlsx" and facts["Import batch"] == 1
    assert (facts["New projects"], facts["Rows rejected"]) == (7, 7)
    expected = EXPECTED["bad_rows"]["rejected"]
    assert {(r[0], r[1]) for r in _listed(summary)} == {(x["sheet"], x["row"]) for x in expected}
    data = wb["Проекты"]
    for rejected in EXPECTED["bad_rows"]["rejected"]:
        cell = data[f"{rejected['column']}{rejected['row']}"]
        assert cell.fill.fgColor.rgb.endswith(REJECTED_FILL), cell.coordinate
        assert cell.comment is not None and cell.comment.text.strip(), cell.coordinate
    assert data["H4"].comment.text.startswith("negative amount")
    assert data["A5"].fill.fgColor.rgb != "00" + REJECTED_FILL and data["A5"].comment is None  # a valid row
    # text that only looks like a formula stays text in the file handed back
    hyperlink = next(c for c in data[13] if isinstance(c.value, str) and c.value.startswith("=HYPERLINK("))
    assert hyperlink.data_type == "s"


def test_json_report_holds_the_plan_and_the_outcome(db_path: Path, tmp_path: Path, cli: Cli) -> None:
    out = tmp_path / "report.json"
    assert cli("--db", db_path, "import", SAMPLES / "formulas.xlsx", "--report", out).rc == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["format"], data["file"], data["batch_id"], data["applied"], data["dry_run"]) == \
        ("ino-import-report", "formulas.xlsx", 1, True, False)
    assert data["counts"] == {"create": 11, "update": 0, "unchanged": 0, "rejected": 1}
    assert [(r["sheet"], r["row"], r["column"]) for r in data["rejected"]] == [("Финансирование", 13, "F")]
    first = data["rows"][0]
    assert first["action"] == "create" and {"field": "total_cost_mln", "old": None, "new": 1664.5,
                                             "cell": "F4"} in first["changes"]
    assert {c["field"] for c in data["tables"][0]["columns"] if c["field"]} >= {"code", "name", "total_cost_mln"}


def test_dry_run_report_says_nothing_was_applied(db_path: Path, tmp_path: Path, cli: Cli) -> None:
    out = tmp_path / "plan.json"
    assert cli("--db", db_path, "import", SAMPLES / "agency_english.xlsx", "--dry-run", "--report", out).rc == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["dry_run"] and not data["applied"] and data["batch_id"] is None
    assert data["counts"]["create"] == 20 and data["skipped_sheets"]


def test_the_summary_gives_the_notes_on_the_file_in_the_reports_language(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        plan = service.plan(SAMPLES / "agency_english.xlsx", s)
    for lang, heading_then_note in (("ru", "«Notes»: нет таблицы проектов: в первых 30 строках"),
                                    ("en", "'Notes': no project table: no header row")):
        summary = load_workbook(write_report(tmp_path / f"{lang}.xlsx", plan, lang=lang))[summary_title(lang)]
        column_a = [r[0] for r in summary.iter_rows(values_only=True) if r[0]]
        at = column_a.index(message("report.notes").render(lang))
        assert column_a[at + 1].startswith(heading_then_note)


def test_csv_report_is_a_fresh_copy_of_the_data(db_path: Path, tmp_path: Path, cli: Cli) -> None:
    out = tmp_path / "csv.xlsx"
    assert cli("--db", db_path, "import", SAMPLES / "csv_cp1251.csv", "--report", out).rc == 0
    wb = load_workbook(out)
    assert wb.sheetnames == [SUMMARY_SHEET, "csv_cp1251"]
    data = wb["csv_cp1251"]
    assert data["A1"].value == "Код проекта" and data["A2"].value == "INO-0111"
    assert data.max_row == 15  # header and 14 projects, each at its line number


def test_a_refused_file_gets_a_report_saying_why(db_path: Path, tmp_path: Path, cli: Cli) -> None:
    out = tmp_path / "refused.xlsx"
    assert cli("--db", db_path, "import", SAMPLES / "truncated.xlsx", "--report", out).rc == 2
    facts = _summary(load_workbook(out)[SUMMARY_SHEET])
    assert facts["File"] == "truncated.xlsx" and "damaged" in str(facts["Refused"])


def test_report_write_failures_are_one_line_and_leave_no_half_file(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        plan = service.plan(SAMPLES / "formulas.xlsx", s)
    reports = tmp_path / "reports"
    blocked = reports / "taken.json"
    blocked.mkdir(parents=True)  # a folder where the report should go: the rename fails
    with pytest.raises(InoError, match="could not write the report"):
        write_report(blocked, plan)
    assert [p.name for p in reports.iterdir()] == ["taken.json"] and not any(blocked.iterdir())
    with pytest.raises(InoError, match=r"a report is \.json or \.xlsx"):
        write_report(reports / "report.pdf", plan)


def test_an_xlsm_report_keeps_the_agencys_macros(db_path: Path, tmp_path: Path, cli: Cli, peer_workbooks: Path) -> None:
    import zipfile

    wb = load_workbook(peer_workbooks / "openpyxl__tests_data_reader_vba+comments.xlsm", keep_vba=True)
    ws = wb.create_sheet("Проекты")
    ws.append(["Код проекта", "Наименование проекта", "Стоимость, млн руб."])
    ws.append(["INO-0001", "Завод", 10.5])
    ws.append(["INO-0002", "Парк", -1])
    book = tmp_path / "agency.xlsm"
    wb.save(book)
    out = tmp_path / "back.xlsm"
    assert cli("--db", db_path, "import", book, "--report", out).rc == 1
    with zipfile.ZipFile(out) as z:
        assert "xl/vbaProject.bin" in z.namelist()
    marked = load_workbook(out, keep_vba=True)["Проекты"]["C3"]
    assert marked.comment is not None and marked.fill.fgColor.rgb.endswith(REJECTED_FILL)
