"""Value mappings and warnings through the command line: an agency's odd spelling rejected and reported
once, mapped in its profile, then read without rejection; warned rows imported and reported."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from ino_desktop.importer.profiles import load_profile, save_profile
from tests.importer.conftest import CliResult, records

Cli = Callable[..., CliResult]
HEADER = "Код;Наименование проекта;Кластер;Стоимость, млн руб."


def _csv(path: Path, *lines: str) -> Path:
    path.write_text("\r\n".join([HEADER, *lines]) + "\r\n", encoding="utf-8")
    return path


def test_a_value_mapping_saved_in_the_profile_reads_the_odd_spelling_next_time(
        db_path: Path, tmp_path: Path, cli: Cli, open_db: Callable) -> None:
    first = _csv(tmp_path / "q1.csv", "AG-1;Завод;Агрохим;10", "AG-2;Склад;Фармацевтический кластер;5",
                 "AG-3;Цех;агрохим;1")
    result = cli("--db", db_path, "import", first, "--source", "Минэк", "--report", tmp_path / "q1.json")
    assert result.rc == 1
    assert "Cluster: unknown value 'Агрохим' on 1 row(s) (2)" in result.out  # the field by its label
    report = json.loads((tmp_path / "q1.json").read_text(encoding="utf-8"))
    assert report["unknown_spellings"] == {"cluster": {
        "Агрохим": {"count": 1, "rows": [{"sheet": "q1", "row": 2}]},
        "агрохим": {"count": 1, "rows": [{"sheet": "q1", "row": 4}]}}}
    assert set(records(open_db(db_path))) == {"AG-2"}

    db = open_db(db_path)
    with db.transaction() as s:  # what the wizard's value-mapping step saves for the agency
        profile = load_profile(s, "Минэк")
        assert profile is not None
        profile.values.setdefault("cluster", {})["Агрохим"] = "petrochemical"
        save_profile(s, profile)

    second = _csv(tmp_path / "q2.csv", "AG-4;Котельная;НЕФТЕХИМ;7", "AG-1;Завод;Агрохим;10")
    result = cli("--db", db_path, "import", second, "--source", "минэк ")
    assert result.rc == 0, result.err
    stored = records(open_db(db_path))
    assert stored["AG-4"]["cluster"] == stored["AG-1"]["cluster"] == "petrochemical"
    with open_db(db_path).session() as s:
        kept = load_profile(s, "Минэк")
    assert kept is not None and kept.values == {"cluster": {"Агрохим": "petrochemical"}}


def _zero_padded_book(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Проекты"
    ws.append(["Код", "Наименование проекта"])
    ws.append([123, "Проект А"])
    ws.append(["INO-2", "Проект Б"])
    ws.cell(row=2, column=1).number_format = "00000"
    wb.save(path)
    return path


def test_warned_rows_are_imported_and_reported_everywhere(db_path: Path, tmp_path: Path, cli: Cli,
                                                          open_db: Callable) -> None:
    from openpyxl import load_workbook

    book = _zero_padded_book(tmp_path / "zeros.xlsx")
    dry = cli("--db", db_path, "import", book, "--dry-run")
    assert dry.rc == 0
    assert "Проекты row 2: create 00123 'Проект А'\n      warning: column A: code 00123 is a number" in dry.out
    assert "1 with warnings" in dry.out

    result = cli("--db", db_path, "import", book, "--report", tmp_path / "r.json")
    assert result.rc == 0
    assert "zeros.xlsx: sheet 'Проекты', row 2, column A: warning: code 00123" in result.err
    assert set(records(open_db(db_path))) == {"00123", "INO-2"}
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["rejected"] == []
    assert [(w["row"], w["kind"], w["severity"]) for w in report["warnings"]] == [(2, "numeric_code", "warning")]

    cli("--db", db_path, "import", book, "--dry-run", "--report", tmp_path / "r.xlsx")
    wb = load_workbook(tmp_path / "r.xlsx")
    cell = wb["Проекты"]["A2"]
    assert cell.fill.start_color.rgb.endswith("FFEB9C") and "Warning" in cell.comment.text
    summary = [c.value for row in wb["Import summary"].iter_rows() for c in row if c.value]
    assert "Warnings (the rows are accepted; check these cells)" in summary
