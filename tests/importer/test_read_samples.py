"""Every sample workbook reads to exactly its expected result (samples/*.expected.json)."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

import pytest

from ino_desktop.errors import ImportRefused
from ino_desktop.importer.rows import ReadResult, SourceRow
from ino_desktop.importer.synthetic import write_big_workbook
from ino_desktop.importer.workbook import read_workbook
from tests.importer.builders import SAMPLES, expected

EXPECTED = sorted(p.name for p in SAMPLES.glob("*.expected.json"))
READ = [n for n in EXPECTED if not expected(n)["refused"]]
REFUSED = [n for n in EXPECTED if expected(n)["refused"] and not expected(n).get("refusal_allowed")]


def _rows(result: ReadResult) -> list[SourceRow]:
    return [row for table in result.tables for row in table.rows]


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _same(got: Any, want: Any) -> bool:
    if isinstance(want, float):  # money: unit conversion leaves binary tails
        return isinstance(got, float) and abs(got - want) <= 0.05
    return type(_plain(got)) is type(want) and _plain(got) == want  # jobs are int, dates ISO, text exact


@pytest.mark.timeout(30)
@pytest.mark.parametrize("name", READ)
def test_sample_rows_equal_expected_records(name: str) -> None:
    exp = expected(name)
    result = read_workbook(SAMPLES / exp["file"])
    accepted = [r for r in _rows(result) if not r.rejected]
    is_update = exp.get("base_file") is not None
    # An update file's records are the portfolio after the update: compare the columns it carries.
    fields = [f for _, f in exp["columns"]] if is_update else exp["fields"]
    records = {r["code"]: r for r in exp["records"]}
    by_name = {m["row"]: m["code"] for m in exp.get("matched_by_name", [])}
    if not is_update:
        assert len(accepted) == exp["record_count"]
    for row in accepted:
        assert set(row.values) == set(fields), f"row {row.row}"
        code = row.values["code"] or by_name[row.row]
        want = records[code]
        for f in fields:
            if f == "name" and row.values["code"] is None:
                continue  # matched by name: the stored name is kept, the file's spelling differs
            if f == "code" and row.values["code"] is None:
                assert row.row in by_name  # an empty code stays None, the planner matches by name
                continue
            assert _same(row.values[f], want[f]), f"{name} row {row.row} {f}: {row.values[f]!r} != {want[f]!r}"


@pytest.mark.parametrize("name", READ)
def test_sample_rejected_rows_equal_expected(name: str) -> None:
    exp = expected(name)
    result = read_workbook(SAMPLES / exp["file"])
    rejected = [r for r in _rows(result) if r.rejected]
    assert {(r.sheet, r.row) for r in rejected} == {(j["sheet"], j["row"]) for j in exp["rejected"]}
    wanted = {(j["sheet"], j["row"]): j for j in exp["rejected"]}
    for row in rejected:
        want = wanted[(row.sheet, row.row)]
        assert want["column"] in {i.column for i in row.issues}
        assert all(i.code == want["code"] and i.sheet == row.sheet and i.row == row.row for i in row.issues)


@pytest.mark.parametrize("name", READ)
def test_sample_columns_map_as_documented(name: str) -> None:
    exp = expected(name)
    result = read_workbook(SAMPLES / exp["file"])
    for table in result.tables:
        mapped = [(c.header, c.field) for c in table.columns if c.field]
        assert mapped == [tuple(pair) for pair in exp["columns"]]


@pytest.mark.timeout(10)
@pytest.mark.parametrize("name", REFUSED)
def test_refused_samples_raise_the_expected_kind(name: str) -> None:
    exp = expected(name)
    with pytest.raises(ImportRefused) as caught:
        read_workbook(SAMPLES / exp["file"])
    assert caught.value.kind == exp["error_kind"]
    message = caught.value.message
    assert exp["file"] in message and "\n" not in message


def test_ministry_summary_layout() -> None:
    result = read_workbook(SAMPLES / "ministry_summary.xlsx")
    (table,) = result.tables
    assert table.header_rows == [4, 5]
    rows = [r.row for r in table.rows]
    assert rows == list(range(7, 43))  # numbering row 6, totals 43 and footnote 45 left out
    assert result.kind == "xlsx" and len(result.sha256) == 64 and result.sheets == ["Свод"]


def test_cluster_sheets_take_the_cluster_from_the_sheet() -> None:
    exp = expected("cluster_sheets.expected.json")
    result = read_workbook(SAMPLES / "cluster_sheets.xlsx")
    for table, sheet in zip(result.tables, exp["sheets"], strict=True):
        assert table.sheet == sheet["sheet"]
        assert table.constant_values == {"cluster": sheet["cluster"]}
        assert [r.row for r in table.rows] == sheet["data_rows"]
        assert "cluster" in table.fields
    money = next(c for c in result.tables[0].columns if c.field == "total_cost_mln")
    assert money.unit_factor == pytest.approx(0.001)


def test_agency_english_skips_the_notes_sheet_and_converts_billions() -> None:
    result = read_workbook(SAMPLES / "agency_english.xlsx")
    assert [t.sheet for t in result.tables] == ["Projects"]
    assert "Notes" in result.skipped_sheets
    budget = next(c for c in result.tables[0].columns if c.field == "total_cost_mln")
    assert budget.unit_factor == 1000.0


def test_formula_row_without_cached_value_is_rejected_not_zero() -> None:
    result = read_workbook(SAMPLES / "formulas.xlsx")
    (row,) = [r for r in _rows(result) if r.rejected]
    (issue,) = row.issues
    assert (issue.row, issue.column, issue.kind, issue.field) == (13, "F", "formula_no_cache", "total_cost_mln")
    assert "recalculate" in issue.reason
    assert row.values["total_cost_mln"] is None


def test_bad_rows_keeps_formula_looking_text_as_text() -> None:
    rows = {r.row: r for r in _rows(read_workbook(SAMPLES / "bad_rows.xlsx"))}
    assert str(rows[13].values["problems"]).startswith("=HYPERLINK(")
    assert not rows[13].rejected
    assert 8 not in rows  # the blank formatted row is skipped, not rejected
    kinds = {r.row: {i.kind for i in r.issues} for r in rows.values() if r.rejected}
    assert kinds == {4: {"negative"}, 6: {"duplicate_code"}, 9: {"end_before_start"}, 11: {"unknown_cluster"},
                     12: {"not_a_number"}, 14: {"duplicate_code"}, 15: {"too_long"}}


def test_csv_sample_is_read_from_bytes_too() -> None:
    data = (SAMPLES / "csv_cp1251.csv").read_bytes()
    by_path = read_workbook(SAMPLES / "csv_cp1251.csv")
    by_bytes = read_workbook(data, file_name="csv_cp1251.csv")
    assert by_bytes.sha256 == by_path.sha256
    assert [r.values for r in _rows(by_bytes)] == [r.values for r in _rows(by_path)]
    assert [r.row for r in _rows(by_path)] == list(range(2, 16))  # CSV rows are line numbers


@pytest.mark.timeout(60)
def test_a_synthetic_workbook_reads_every_row(tmp_path: Path) -> None:
    path = write_big_workbook(tmp_path / "big.xlsx", 2_000, cols=30)
    result = read_workbook(path)
    rows = _rows(result)
    assert len(rows) == 2_000 and not any(r.rejected for r in rows)
    assert rows[-1].values["code"] == "INO-002000" and rows[-1].cells["code"] == "A2001"


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_hundred_thousand_rows_read_in_seconds(tmp_path: Path) -> None:
    path = write_big_workbook(tmp_path / "big.xlsx", 100_000, cols=30)
    started = time.perf_counter()
    rows = _rows(read_workbook(path))
    elapsed = time.perf_counter() - started
    assert len(rows) == 100_000
    assert elapsed < 20, f"100k rows took {elapsed:.1f} s"
