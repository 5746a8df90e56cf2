"""The JSON export is exactly DESIGN.md's format: keys, order, ISO dates, numbers, null for unknown."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from ino_desktop.db import Database
from ino_desktop.exporting.json_export import write_json
from ino_desktop.exporting.records import EXTRA_KEYS, PROJECT_KEYS, gather
from tests.exporting.conftest import INJECTIONS, LONG

DOCUMENTED = ["code", "name", "name_en", "category", "cluster", "work_area", "territory_type", "location",
              "lead_organization", "status", "rag", "start_date", "end_date", "total_cost_mln",
              "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln", "extra_budgetary_confirmed_mln",
              "jobs_planned", "jobs_created", "problems", "decisions_requested"]


def _export(db: Database, path: Path) -> dict:
    with db.session() as s:
        write_json(gather(s), path)
    return json.loads(path.read_bytes().decode("utf-8"))


def test_document_keys_and_project_key_order(small: Database, tmp_path: Path) -> None:
    doc = _export(small, tmp_path / "out.json")
    assert doc["format"] == "ino-portfolio" and doc["version"] == 1
    assert list(doc)[:3] == ["format", "version", "exported_at"]
    assert {"projects", "roadmap_actions", "meetings", "import_batches"} <= set(doc)
    assert dt.datetime.fromisoformat(doc["exported_at"].rstrip("Z"))
    assert doc["as_at"] == "2016-12-15" and doc["demo"] is False
    assert list(PROJECT_KEYS) == DOCUMENTED
    for project in doc["projects"]:
        assert list(project) == DOCUMENTED + list(EXTRA_KEYS)


def test_values_are_keys_iso_dates_numbers_and_null(small: Database, tmp_path: Path) -> None:
    doc = _export(small, tmp_path / "out.json")
    first, second = doc["projects"][:2]
    assert first["cluster"] == "timber" and first["status"] == "in_progress" and first["rag"] == "amber"
    assert first["start_date"] == "2015-03-01" and first["end_date"] == "2018-12-31"
    assert first["total_cost_mln"] == 1234.5 and first["federal_budget_mln"] == 0.0  # a known zero stays 0
    assert first["extra_budgetary_confirmed_mln"] == 800.25 and first["jobs_created"] == 40
    assert first["lead_organization"] == "ООО «Сибирский лес»"
    assert first["participants"] == ["Национальный исследовательский Томский политехнический университет"]
    assert first["milestones"] == [{"title": "Ввод в эксплуатацию", "planned_date": "2016-06-01",
                                    "actual_date": None, "status": "planned"}]
    assert second["cluster"] is None and second["start_date"] is None and second["jobs_planned"] is None
    assert second["total_cost_mln"] == 9226.9  # the float tail of a unit conversion is dropped
    assert second["participants"] == [] and second["milestones"] == []


def test_text_is_kept_as_written(small: Database, tmp_path: Path) -> None:
    doc = _export(small, tmp_path / "out.json")
    by_code = {p["code"]: p for p in doc["projects"]}
    assert by_code["INO-0001"]["problems"] == INJECTIONS[0]  # JSON is data: no apostrophes added
    assert by_code["INO-0002"]["problems"] == LONG  # and no cell limit
    assert by_code["INO-0002"]["decisions_requested"] == "скрытый\u202eтекст"
    assert doc["roadmap_actions"][0] | {"deadline": None} == {
        "edition": 2016, "number": "1.1", "title": "Утвердить программу", "work_area": "industry",
        "responsible": ["Национальный исследовательский Томский политехнический университет"], "deadline": None,
        "status": "in_progress", "completed_on": None, "projects": [], "notes": None}
    assert doc["meetings"][0]["decisions"][0]["text"] == "=1+1"
    assert doc["meetings"][0]["date"] == "2016-04-14"
