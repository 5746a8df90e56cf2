"""A scripted quarter: the template goes out, the office edits, the agency fills it in as agencies do
(changes, blanks, a clearing word, a new row, a mistyped code, a row of another cluster, a project
renamed into another one), and the returned file is imported: plan, conflicts, exit status, change log."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from ino_desktop.db import Database
from ino_desktop.exporting.columns import TEMPLATE_COLUMNS
from ino_desktop.exporting.template import write_template
from ino_desktop.importer import service
from ino_desktop.models import ChangeLog, ImportBatch, Organisation, Project
from ino_desktop.services.editing import load_project_form, save_project
from tests.importer.conftest import records

LETTER = {c.field: chr(ord("A") + i) for i, c in enumerate(TEMPLATE_COLUMNS)}


@pytest.fixture
def quarter(db: Database) -> Database:
    with db.transaction() as s:
        forest, pharma = Organisation(name="ООО «Сибирский лес»"), Organisation(name="АО «Фарма»")
        s.add_all([forest, pharma])
        s.add_all([
            Project(code="INO-0001", name="Завод «Ёлка»", cluster="timber", lead_organization=forest,
                    status="in_progress", total_cost_mln=25.0, jobs_planned=107, jobs_created=0),
            Project(code="INO-0002", name="Лесопильный цех", cluster="timber", lead_organization=forest,
                    status="in_progress", total_cost_mln=50.0, jobs_planned=10, problems="Нет земельного участка",
                    start_date=dt.date(2015, 1, 1), reported_at=dt.date(2016, 3, 31)),
            Project(code="INO-0003", name="Фармацевтический завод", cluster="pharma", lead_organization=pharma,
                    total_cost_mln=70.0),
            Project(code="INO-0004", name="Пеллетный завод", cluster="timber", lead_organization=forest,
                    total_cost_mln=80.0),
        ])
    return db


def _office_edits(db: Database, code: str, **values: Any) -> None:
    with db.transaction() as s:
        pid = s.scalar(select(Project.id).where(Project.code == code))
        form = load_project_form(s, pid)
        form.values.update(values)
        save_project(s, form, user="office")


def _fill(path: Path, out: Path, rows: dict[str, dict[str, Any]], new_rows: list[dict[str, Any]]) -> None:
    """As an agency would with the workbook: overwrite cells of coded rows, type rows below the list."""
    wb = load_workbook(path)
    ws = wb["Проекты"]
    by_code = {ws[f"A{r}"].value: r for r in range(2, ws.max_row + 1) if ws[f"A{r}"].value}
    for code, values in rows.items():
        for f, v in values.items():
            ws[f"{LETTER[f]}{by_code[code]}"] = v
    first_free = max(by_code.values()) + 1
    for i, values in enumerate(new_rows):
        for f, v in values.items():
            ws[f"{LETTER[f]}{first_free + i}"] = v
    wb.save(out)


@pytest.fixture
def returned(quarter: Database, tmp_path: Path) -> Path:
    sent = tmp_path / "request.xlsx"
    with quarter.session() as s:
        write_template(s, sent, clusters=["timber"], agency="Департамент лесного хозяйства")
    # After the template went out, the office edits INO-0001 (25 → 35, 107 → 110, in progress → suspended).
    _office_edits(quarter, "INO-0001", total_cost_mln=35.0, jobs_planned=110, status="suspended")
    back = tmp_path / "returned.xlsx"
    _fill(sent, back, {
        "INO-0001": {"total_cost_mln": 30, "jobs_created": 5},  # 25 → 30 where the office made it 35
        "INO-0002": {"name": None, "cluster": None, "work_area": None, "lead_organization": None, "status": None,
                     "start_date": None, "total_cost_mln": 55, "problems": "ОЧИСТИТЬ"},  # blanks, one number
        "INO-0004": {"name": "Фармацевтический склад", "cluster": "Фармацевтический кластер",
                     "lead_organization": "АО «Фарма»"},  # another project under this code
    }, [
        {"name": "Новый лесной питомник", "cluster": "Лесопромышленный кластер", "total_cost_mln": 12.5},
        {"code": "INO-002", "name": "Лесопильный цех", "total_cost_mln": 60},  # a mistyped code
        {"code": "INO-0003", "name": "Фармацевтический завод", "total_cost_mln": 99},  # not in the request
    ])
    return back


def test_the_returned_template_maps_itself_and_is_merged_three_ways(quarter: Database, returned: Path) -> None:
    with quarter.session() as s:
        plan = service.plan(returned, s)
    assert plan.template is not None and plan.source == "Департамент лесного хозяйства"
    assert all(c.how == "profile" for c in plan.tables[0].mapped)  # mapped with no questions
    rows = {r.code or f"row {r.row}": r for r in plan.rows}
    one = rows["INO-0001"]
    assert [(d.field, d.old, d.new) for d in one.diffs] == [("jobs_created", 0, 5)]  # only the agency's change
    (conflict,) = one.conflicts
    assert (conflict.field, conflict.sent, conflict.office, conflict.agency) == ("total_cost_mln", 25.0, 35.0, 30.0)
    assert conflict.cell == f"{LETTER['total_cost_mln']}2" and not conflict.take
    two = rows["INO-0002"]  # blanks answer nothing; the clearing word clears
    assert {d.field: (d.old, d.new) for d in two.diffs} == {"total_cost_mln": (50.0, 55.0),
                                                            "problems": ("Нет земельного участка", None)}
    four = rows["INO-0004"]
    assert four.held and [c.field for c in four.conflicts] == ["same project?"]
    assert four.applied_diffs() == []
    new = next(r for r in plan.rows if r.action == "create")
    assert (new.code, new.name) == ("INO-0005", "Новый лесной питомник")
    rejected = {i.kind: i.reason for r in plan.rejected for i in r.issues}
    assert rejected["unknown_code"] == "unknown code INO-002: did you mean INO-0002?"
    assert "project INO-0003 was not in this data request" in rejected["outside_selection"]
    assert plan.open_conflicts() == 2
    # The counts say what applying will do: the held row changes nothing until its question is answered.
    assert four.action == "update" and plan.counts()["update"] == sum(1 for r in plan.rows if r.applied_diffs())
    assert plan.counts()["update"] == sum(1 for r in plan.rows if r.action == "update") - 1


def test_the_plan_counts_rows_as_applying_does_and_a_held_row_in_none(quarter: Database, returned: Path) -> None:
    """INO-0004 is held by its open "same project?" question: applying leaves it untouched and counts it
    nowhere, so the plan does not call it unchanged; the summary says it is waiting."""
    from ino_desktop.commands.import_cmd import counts_message
    from ino_desktop.importer.report import report_dict

    with quarter.session() as s:
        plan = service.plan(returned, s)
        planned, held = plan.counts(), plan.held()
        outcome = service.apply(plan, s, backup=False)
    assert held == 1 and planned == outcome.counts
    assert sum(planned.values()) + held == len(plan.rows)
    said = counts_message(plan)
    assert "1 awaiting an answer to 'same project?'" in said.render("en")
    assert "ждут ответа на вопрос «тот же проект?» — 1" in said.render("ru")
    assert report_dict(plan, outcome)["held"] == 1


def test_from_the_command_line_conflicts_keep_the_office_value_and_exit_1(quarter: Database, returned: Path,
                                                                          tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    report = tmp_path / "report.json"
    done = cli("--db", quarter.url, "import", returned, "--report", report)
    assert done.rc == 1
    assert ("returned.xlsx: sheet 'Проекты', row 2, cell J2: INO-0001: conflict on Total cost: sent 25, "
            "office now 35, agency 30; the office's value kept") in done.err
    assert "INO-0004: same project?" in done.err and "did you mean INO-0002?" in done.err
    assert "2 conflict(s) kept as the office’s value" in done.out
    after = records(quarter)
    assert after["INO-0001"]["total_cost_mln"] == 35.0 and after["INO-0001"]["jobs_planned"] == 110
    assert after["INO-0001"]["status"] == "suspended" and after["INO-0001"]["jobs_created"] == 5
    assert after["INO-0002"]["cluster"] == "timber" and after["INO-0002"]["start_date"] == "2015-01-01"
    assert after["INO-0002"]["problems"] is None and after["INO-0002"]["total_cost_mln"] == 55.0
    assert after["INO-0004"]["name"] == "Пеллетный завод" and after["INO-0003"]["total_cost_mln"] == 70.0
    assert after["INO-0005"]["name"] == "Новый лесной питомник" and "INO-002" not in after
    with quarter.session() as s:
        batch = s.scalar(select(ImportBatch))
        assert batch is not None and batch.source == "Департамент лесного хозяйства"
        log = {(c.project_code, c.action, c.field, c.old_value, c.new_value) for c in s.scalars(
            select(ChangeLog).where(ChangeLog.batch_id == batch.id))}
    assert log == {("INO-0001", "update", "jobs_created", "0", "5"),
                   ("INO-0002", "update", "total_cost_mln", "50.0", "55.0"),
                   ("INO-0002", "update", "problems", '"Нет земельного участка"', None),
                   ("INO-0005", "create", "*", None, None)}
    data = json.loads(report.read_text(encoding="utf-8"))
    assert {(c["code"], c["field"]) for c in data["conflicts"]} == {("INO-0001", "total_cost_mln"),
                                                                    ("INO-0004", "same project?")}


def test_take_theirs_applies_the_agency_values(quarter: Database, returned: Path, cli) -> None:  # type: ignore[no-untyped-def]
    done = cli("--db", quarter.url, "import", returned, "--take-theirs")
    assert done.rc == 1  # the mistyped code and the other cluster's row are still rejected
    assert "agency's value applied" in done.err
    after = records(quarter)
    assert after["INO-0001"]["total_cost_mln"] == 30.0 and after["INO-0001"]["jobs_planned"] == 110
    assert after["INO-0004"]["name"] == "Фармацевтический склад" and after["INO-0004"]["cluster"] == "pharma"


def test_undo_of_the_returned_template_is_exact(quarter: Database, returned: Path, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    assert cli("--db", quarter.url, "export", before).rc == 0
    assert cli("--db", quarter.url, "import", returned).rc == 1
    listed = cli("--db", quarter.url, "batches")
    assert listed.rc == 0 and "returned.xlsx" in listed.out and "Департамент лесного хозяйства" in listed.out
    assert cli("--db", quarter.url, "undo-import", "1").rc == 0
    assert "undone" in cli("--db", quarter.url, "batches").out
    assert cli("--db", quarter.url, "export", after).rc == 0

    def portfolio(path: Path) -> dict[str, Any]:
        doc = json.loads(path.read_text(encoding="utf-8"))
        return {k: v for k, v in doc.items() if k not in ("exported_at", "import_batches")}

    assert portfolio(after) == portfolio(before)  # reported_at included


def test_a_damaged_request_description_is_refused_in_one_line(quarter: Database, returned: Path, cli) -> None:  # type: ignore[no-untyped-def]
    wb = load_workbook(returned)
    wb["_ino_request"]["A2"] = "{not json"
    wb.save(returned)
    done = cli("--db", quarter.url, "import", returned)
    assert done.rc == 2 and "data-request description inside the workbook is damaged" in done.err
    assert len(done.err.strip().splitlines()) == 1


def test_the_wizard_decides_conflicts_one_by_one_or_all_at_once(quarter: Database, returned: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from ui.dialogs.import_conflicts import ConflictsDialog

    with quarter.session() as s:
        plan = service.plan(returned, s)
    dialog = ConflictsDialog(plan)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2 and dialog.table.item(0, 2).text() == "25.0"
    dialog.table.item(0, 5).setCheckState(Qt.CheckState.Checked)  # one by one: the agency's 30
    dialog.accept()
    assert [c.take for _r, c in plan.conflicts()] == [True, False] and plan.open_conflicts() == 1
    dialog = ConflictsDialog(plan)
    qtbot.addWidget(dialog)
    dialog._all(True)  # the "All: the agency's" button
    dialog.accept()
    assert plan.open_conflicts() == 0
    with quarter.session() as s:
        outcome = service.apply(plan, s, backup=False)
    assert outcome.updated == 3  # INO-0001, INO-0002 and, decided the same project, INO-0004
    assert records(quarter)["INO-0004"]["cluster"] == "pharma"


def test_the_workbook_report_lists_the_conflicts_in_russian(quarter: Database, returned: Path,
                                                            tmp_path: Path) -> None:
    from ino_desktop.importer.report import write_report

    with quarter.session() as s:
        plan = service.plan(returned, s)
    wb = load_workbook(write_report(tmp_path / "report.xlsx", plan, lang="ru"))
    summary = wb["Итоги импорта"]
    rows = [r for r in summary.iter_rows(values_only=True) if r[0]]
    at = [r[0] for r in rows].index("Конфликты (значение изменили и офис, и ведомство)")
    assert ("Проекты", 2, "J2", "INO-0001", "конфликт в поле «Стоимость проекта»: отправлено 25, у офиса сейчас 35, "
            "у ведомства 30; сохранено значение офиса") in rows[at + 2:]
    assert wb["Проекты"]["J2"].comment.text.endswith("; сохранено значение офиса")
    assert wb["Проекты"].print_title_rows == "$1:$1"  # the template's own print setup, kept
