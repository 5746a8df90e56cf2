"""The office's daily work on a shared server: import, export, undo, and two people editing one project."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from ino_desktop.cli import main
from ino_desktop.db import open_database
from ino_desktop.errors import EditConflict
from ino_desktop.models import Project
from ino_desktop.services import editing

pytestmark = pytest.mark.postgres


def _records(pg_url: str, tmp_path: Path) -> dict[str, dict]:
    out = tmp_path / "export.json"
    assert main(["--db", pg_url, "export", str(out)]) == 0
    return {p["code"]: p for p in json.loads(out.read_text(encoding="utf-8"))["projects"]}


def _same(expected: dict, actual: dict, fields: list[str]) -> None:
    for field in fields:
        want, got = expected[field], actual[field]
        if isinstance(want, float) and got is not None:
            assert got == pytest.approx(want, abs=0.05), field
        else:
            assert got == want, (expected["code"], field)


def test_import_update_export_and_undo_on_a_server(pg_url: str, samples: Path, tmp_path: Path) -> None:
    assert main(["--db", pg_url, "import", str(samples / "ministry_summary.xlsx")]) == 0
    first = json.loads((samples / "ministry_summary.expected.json").read_text(encoding="utf-8"))
    after_first = _records(pg_url, tmp_path)
    for rec in first["records"]:
        _same(rec, after_first[rec["code"]], first["fields"])

    assert main(["--db", pg_url, "import", str(samples / "update_q2.xlsx")]) == 0
    second = json.loads((samples / "update_q2.expected.json").read_text(encoding="utf-8"))
    after_second = _records(pg_url, tmp_path)
    assert set(after_second) == {r["code"] for r in second["records"]}
    for rec in second["records"]:
        _same(rec, after_second[rec["code"]], second["fields"])

    assert main(["--db", pg_url, "undo-import", "2"]) == 0
    assert _records(pg_url, tmp_path) == after_first


def test_a_stale_edit_is_refused_on_a_server(pg_url: str, samples: Path) -> None:
    assert main(["--db", pg_url, "import", str(samples / "csv_cp1251.csv")]) == 0
    db = open_database(pg_url)
    try:
        with db.session() as s:
            pid = s.scalar(select(Project.id).order_by(Project.code))
            assert pid is not None
            mine = editing.load_project_form(s, pid)
            theirs = editing.load_project_form(s, pid)
        theirs.values["jobs_created"] = 1
        with db.transaction() as s:
            editing.save_project(s, theirs, user="Иванова")
        mine.values["jobs_created"] = 2
        with pytest.raises(EditConflict), db.transaction() as s:
            editing.save_project(s, mine, user="Петров")
    finally:
        db.close()
