"""End to end through the command line: every sample imported into a fresh portfolio and exported again,
compared with its expected result; refused files and peer workbooks leave the database byte for byte."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.importer.conftest import CliResult, sha256_of
from tests.paths import PEERS, SAMPLES

MONEY = ("total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
         "extra_budgetary_confirmed_mln")
REJECTION = re.compile(r"^(?P<file>[^:]+): sheet '(?P<sheet>[^']*)', row (?P<row>\d+)(, column [A-Z]+)?: \S.*$")

Cli = Callable[..., CliResult]


def _expected() -> dict[str, dict[str, Any]]:
    return {p.name.removesuffix(".expected.json"): json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(SAMPLES.glob("*.expected.json"))}


EXPECTED = _expected()
ACCEPTED = [n for n, e in EXPECTED.items() if not e["refused"] and "base_file" not in e]
REFUSED = [n for n, e in EXPECTED.items() if e["refused"]]
PEER_FILES = sorted(p.name for p in PEERS.iterdir() if p.name != "README.md") if PEERS.is_dir() else []



def _export(cli: Cli, db_path: Path, tmp_path: Path) -> dict[str, dict[str, Any]]:
    out = tmp_path / "export.json"
    result = cli("--db", db_path, "export", out)
    assert result.rc == 0, result.err
    return {p["code"]: p for p in json.loads(out.read_text(encoding="utf-8"))["projects"]}


def _assert_records(actual: dict[str, dict[str, Any]], expected: list[dict[str, Any]], fields: list[str]) -> None:
    assert sorted(actual) == sorted(r["code"] for r in expected)
    for want in expected:
        got = actual[want["code"]]
        for f in fields:
            if f in MONEY and want[f] is not None and got[f] is not None:
                assert got[f] == pytest.approx(want[f], abs=0.05), (want["code"], f)
            else:
                assert got[f] == want[f], (want["code"], f, got[f], want[f])


def _rejected_rows(err: str, file_name: str) -> set[tuple[str, int]]:
    rows = set()
    for line in err.splitlines():
        m = REJECTION.match(line)
        assert m is not None and m["file"] == file_name, line
        rows.add((m["sheet"], int(m["row"])))
    return rows


def _untouched(db_path: Path, before: str) -> None:
    assert sha256_of(db_path) == before
    wal = Path(f"{db_path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


@pytest.mark.parametrize("name", ACCEPTED)
def test_sample_is_imported_as_expected(name: str, db_path: Path, tmp_path: Path, cli: Cli) -> None:
    exp = EXPECTED[name]
    result = cli("--db", db_path, "import", SAMPLES / exp["file"])
    if result.rc == 2 and exp.get("refusal_allowed"):
        assert len(result.err.splitlines()) == 1
        return
    assert result.rc == (1 if exp["rejected"] else 0), result.err
    assert "Traceback" not in result.err
    assert _rejected_rows(result.err, exp["file"]) == {(r["sheet"], r["row"]) for r in exp["rejected"]}
    assert len(result.err.splitlines()) == len(exp["rejected"])  # each rejected row said once
    _assert_records(_export(cli, db_path, tmp_path), exp["records"], exp["fields"])


def test_update_q2_after_ministry_summary(db_path: Path, tmp_path: Path, cli: Cli) -> None:
    base, update = EXPECTED["ministry_summary"], EXPECTED["update_q2"]
    assert cli("--db", db_path, "import", SAMPLES / base["file"]).rc == 0
    report = tmp_path / "q2.json"
    result = cli("--db", db_path, "import", SAMPLES / update["file"], "--report", report)
    assert result.rc == 0, result.err
    _assert_records(_export(cli, db_path, tmp_path), update["records"], update["fields"])
    rows = json.loads(report.read_text(encoding="utf-8"))["rows"]
    assert sorted(r["code"] for r in rows if r["action"] == "update") == sorted(update["changed_codes"])
    assert sorted(r["code"] for r in rows if r["action"] == "create") == sorted(update["new_codes"])
    assert sorted((r["code"], r["row"]) for r in rows if r["matched_by"] == "name") == \
        sorted((m["code"], m["row"]) for m in update["matched_by_name"])


def test_undo_restores_ministry_summary_and_deletes_the_new_projects(db_path: Path, tmp_path: Path,
                                                                     cli: Cli) -> None:
    base, update = EXPECTED["ministry_summary"], EXPECTED["update_q2"]
    cli("--db", db_path, "import", SAMPLES / base["file"])
    before = _export(cli, db_path, tmp_path)
    result = cli("--db", db_path, "import", SAMPLES / update["file"])
    batch = int(re.search(r"imported as batch (\d+)", result.out)[1])
    undone = cli("--db", db_path, "undo-import", batch)
    assert undone.rc == 0 and f"import batch {batch} (update_q2.xlsx) undone" in undone.out
    after = _export(cli, db_path, tmp_path)
    assert sorted(after) == sorted(before) and not set(after) & set(update["new_codes"])
    _assert_records(after, base["records"], base["fields"])
    again = cli("--db", db_path, "undo-import", batch)
    assert again.rc == 2 and len(again.err.splitlines()) == 1 and "already undone" in again.err
    unknown = cli("--db", db_path, "undo-import", 999)
    assert unknown.rc == 2 and unknown.err.strip() == "ino-desktop: import batch 999 does not exist"


def test_undo_is_refused_after_a_later_manual_change(db_path: Path, tmp_path: Path, cli: Cli,
                                                     open_db: Callable) -> None:
    from sqlalchemy import select

    from ino_desktop.models import ChangeLog, Project

    cli("--db", db_path, "import", SAMPLES / "ministry_summary.xlsx")
    result = cli("--db", db_path, "import", SAMPLES / "update_q2.xlsx")
    batch = int(re.search(r"imported as batch (\d+)", result.out)[1])
    db = open_db(db_path)
    with db.transaction() as s:  # what the project editor does: the field and its change-log row
        p = s.scalar(select(Project).where(Project.code == "INO-0034"))
        s.add(ChangeLog(project_id=p.id, project_code=p.code, field="jobs_created", old_value="1025",
                        new_value="1030", origin="manual", changed_by="analyst"))
        p.jobs_created = 1030
    db.close()
    before = _export(cli, db_path, tmp_path)
    refused = cli("--db", db_path, "undo-import", batch)
    assert refused.rc == 2 and len(refused.err.splitlines()) == 1
    assert "INO-0034 (Jobs created)" in refused.err and "nothing changed" in refused.err
    assert _export(cli, db_path, tmp_path) == before


@pytest.mark.parametrize("name", REFUSED)
def test_refused_sample_leaves_the_database_byte_for_byte(name: str, db_path: Path, cli: Cli) -> None:
    before = sha256_of(db_path)
    result = cli("--db", db_path, "import", SAMPLES / EXPECTED[name]["file"])
    assert result.rc == 2 and result.out == ""
    (line,) = result.err.splitlines()
    assert line.startswith(f"ino-desktop: {EXPECTED[name]['file']}: ")
    _untouched(db_path, before)


@pytest.mark.parametrize("name", PEER_FILES)
def test_peer_workbook_ends_cleanly(name: str, db_path: Path, cli: Cli) -> None:
    before = sha256_of(db_path)
    result = cli("--db", db_path, "import", PEERS / name)
    assert result.rc in (0, 1, 2) and "Traceback" not in result.err
    if result.rc == 2:
        (line,) = result.err.splitlines()
        assert name in line
        _untouched(db_path, before)


def test_dry_run_prints_the_plan_and_changes_nothing(db_path: Path, cli: Cli) -> None:
    cli("--db", db_path, "import", SAMPLES / "ministry_summary.xlsx")
    before = sha256_of(db_path)
    result = cli("--db", db_path, "import", SAMPLES / "update_q2.xlsx", "--dry-run")
    assert result.rc == 0 and result.err == ""
    assert "II квартал row 5: update INO-0034" in result.out
    assert "      Status: 'In progress' → 'Completed'  [E5]" in result.out  # fields and values by their labels
    assert "II квартал row 6: create INO-0127 'Строительство инжинирингового центра в Томском районе'" in result.out
    assert "II квартал row 8: unchanged INO-0075 (matched by name)" in result.out
    assert result.out.rstrip().endswith(
        "update_q2.xlsx: 3 to create, 13 to update, 4 unchanged, 0 rejected (dry run: nothing written)")
    _untouched(db_path, before)


def test_strict_refuses_bad_rows_with_one_line(db_path: Path, tmp_path: Path, cli: Cli) -> None:
    before = sha256_of(db_path)
    report = tmp_path / "strict.json"
    result = cli("--db", db_path, "import", SAMPLES / "bad_rows.xlsx", "--strict", "--report", report)
    assert result.rc == 2
    (line,) = result.err.splitlines()
    assert line.startswith("ino-desktop: bad_rows.xlsx: 7 row(s) rejected and --strict was given (first: sheet "
                           "'Проекты', row 4, column H:") and line.endswith("nothing imported")
    _untouched(db_path, before)
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["refused"] and data["batch_id"] is None and data["counts"]["rejected"] == 7


def test_a_report_name_of_unknown_kind_is_refused_before_importing(db_path: Path, tmp_path: Path, cli: Cli) -> None:
    before = sha256_of(db_path)
    result = cli("--db", db_path, "import", SAMPLES / "bad_rows.xlsx", "--report", tmp_path / "out.pdf")
    assert result.rc == 2 and result.err.strip().endswith("a report is .json or .xlsx; nothing imported")
    _untouched(db_path, before)


def test_a_report_that_cannot_be_written_after_the_import_is_not_a_refusal(db_path: Path, tmp_path: Path,
                                                                          cli: Cli) -> None:
    blocked = tmp_path / "taken.json"
    blocked.mkdir()
    result = cli("--db", db_path, "import", SAMPLES / "agency_english.xlsx", "--report", blocked)
    assert result.rc == 1 and "imported as batch 1" in result.out
    assert result.err.strip().endswith("(the import itself was applied)")


def test_the_same_file_twice_is_all_unchanged(db_path: Path, tmp_path: Path, cli: Cli) -> None:
    cli("--db", db_path, "import", SAMPLES / "cluster_sheets.xlsx")
    first = _export(cli, db_path, tmp_path)
    result = cli("--db", db_path, "import", SAMPLES / "cluster_sheets.xlsx")
    assert result.rc == 0 and "0 created, 0 updated, 28 unchanged, 0 rejected" in result.out
    assert "imported before (batch 1)" in result.out
    second = _export(cli, db_path, tmp_path)
    assert {c: {k: v for k, v in p.items() if k != "reported_at"} for c, p in second.items()} == \
        {c: {k: v for k, v in p.items() if k != "reported_at"} for c, p in first.items()}


def test_several_files_are_separate_batches_and_the_worst_status_wins(db_path: Path, tmp_path: Path,
                                                                      cli: Cli) -> None:
    result = cli("--db", db_path, "import", SAMPLES / "csv_cp1251.csv", SAMPLES / "empty.xlsx",
                 SAMPLES / "formulas.xlsx", "--report", tmp_path / "r.json")
    assert result.rc == 2
    assert "csv_cp1251.csv: imported as batch 1" in result.out and "formulas.xlsx: imported as batch 2" in result.out
    assert sorted(p.name for p in tmp_path.glob("r-*.json")) == ["r-csv_cp1251.json", "r-empty.json", "r-formulas.json"]
    assert json.loads((tmp_path / "r-empty.json").read_text(encoding="utf-8"))["error_kind"] == "empty_file"


def test_source_profile_maps_what_synonyms_cannot_and_is_saved_back(db_path: Path, tmp_path: Path, cli: Cli,
                                                                      open_db: Callable) -> None:
    from ino_desktop.importer.profiles import load_profile, save_profile
    from ino_desktop.importer.rows import Profile

    book = tmp_path / "agency.csv"
    book.write_text("Код;Наименование;Сумма затрат\r\nINO-0001;Завод;10,5\r\n", encoding="cp1251")
    db = open_db(db_path)
    with db.transaction() as s:  # what the wizard saves when the user maps the column once
        save_profile(s, Profile("Агентство", {"Сумма затрат": "total_cost_mln"}))
    db.close()
    result = cli("--db", db_path, "import", book, "--source", "агентство")
    assert result.rc == 0 and "'Сумма затрат' → Total cost 100% (the source's saved profile)" in result.out
    assert _export(cli, db_path, tmp_path)["INO-0001"]["total_cost_mln"] == 10.5
    db = open_db(db_path)
    with db.session() as s:
        saved = load_profile(s, "Агентство")
    assert saved is not None and saved.columns == {"Код": "code", "Наименование": "name",
                                                   "Сумма затрат": "total_cost_mln"}
