"""Planning from hand-made reads: matching, diffs, merged-state checks, rejections. Nothing is written."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from ino_desktop.db import Database
from ino_desktop.importer.plan import build_plan
from ino_desktop.messages import message
from ino_desktop.models import ChangeLog, ImportBatch, Organisation, Project
from tests.importer.conftest import add_project, read_result

FIELDS = ["code", "name", "cluster", "status", "start_date", "end_date", "total_cost_mln", "extra_budgetary_mln",
          "extra_budgetary_confirmed_mln", "jobs_planned", "lead_organization"]


def _plan(db: Database, rows: list[dict], fields: list[str] = FIELDS, **kw):
    with db.session() as s:
        return build_plan(read_result(rows, fields, **kw), s)


def test_new_codes_are_created_with_every_value_the_file_gives(db: Database) -> None:
    plan = _plan(db, [{"code": "INO-0001", "name": "Завод «Север»", "cluster": "timber", "status": "planned",
                       "start_date": dt.date(2015, 1, 1), "total_cost_mln": 10, "jobs_planned": 5.0,
                       "lead_organization": "ООО «Лес»"}])
    (row,) = plan.rows
    assert (row.action, row.code, row.name, row.matched_by) == ("create", "INO-0001", "Завод «Север»", None)
    changes = {d.field: (d.old, d.new, d.cell) for d in row.changes}
    assert changes["total_cost_mln"] == (None, 10.0, "G2")
    assert isinstance(changes["total_cost_mln"][1], float) and changes["jobs_planned"][1] == 5
    assert isinstance(changes["jobs_planned"][1], int)
    assert "end_date" not in changes  # an empty cell sets nothing on a new project
    assert plan.counts() == {"create": 1, "update": 0, "unchanged": 0, "rejected": 0}
    with db.session() as s:  # planning wrote nothing
        assert s.scalar(select(func.count()).select_from(Project)) == 0
        assert s.scalar(select(func.count()).select_from(Organisation)) == 0


def test_update_lists_old_and_new_of_changed_fields_only(db: Database) -> None:
    add_project(db, "INO-0001", "Завод", status="planned", total_cost_mln=100.0, end_date=dt.date(2020, 12, 31),
                jobs_planned=10)
    plan = _plan(db, [{"code": "INO-0001", "name": "Завод", "status": "in_progress",
                       "total_cost_mln": 100.0000004, "end_date": dt.datetime(2020, 12, 31), "jobs_planned": 12}])
    (row,) = plan.rows
    assert row.action == "update" and row.matched_by == "code"
    assert {d.field: (d.old, d.new) for d in row.changes} == {"status": ("planned", "in_progress"),
                                                             "jobs_planned": (10, 12)}
    assert {d.field: d.cell for d in row.changes} == {"status": "D2", "jobs_planned": "J2"}


def test_a_row_equal_to_the_stored_project_is_unchanged(db: Database) -> None:
    add_project(db, "INO-0001", "Завод", total_cost_mln=1.1, start_date=dt.date(2015, 3, 1))
    plan = _plan(db, [{"code": "INO-0001", "name": "Завод", "total_cost_mln": 0.1 + 1.0,
                       "start_date": dt.date(2015, 3, 1)}], ["code", "name", "total_cost_mln", "start_date"])
    assert [r.action for r in plan.rows] == ["unchanged"] and plan.rows[0].changes == []


def test_a_row_without_code_matches_by_folded_name_and_keeps_the_stored_name(db: Database) -> None:
    add_project(db, "INO-0053", "Выпуск смол на площадке «Томскнефтехим»", status="planned")
    add_project(db, "INO-0037", "Интеллектуальная система учёта", status="planned")
    plan = _plan(db, [
        {"code": None, "name": 'ВЫПУСК  смол на площадке "Томскнефтехим" ', "status": "completed"},
        {"code": "  ", "name": "интеллектуальная система учета", "status": "planned"},
    ], ["code", "name", "status"])
    first, second = plan.rows
    assert (first.action, first.code, first.matched_by) == ("update", "INO-0053", "name")
    assert first.name == "Выпуск смол на площадке «Томскнефтехим»"
    assert [d.field for d in first.changes] == ["status"]  # never the name
    assert (second.action, second.code, second.matched_by) == ("unchanged", "INO-0037", "name")


def test_ambiguous_or_unknown_names_without_code_are_rejected_not_guessed(db: Database) -> None:
    add_project(db, "INO-0001", "Технопарк")
    add_project(db, "INO-0002", "ТЕХНОПАРК ")
    plan = _plan(db, [{"code": None, "name": "технопарк"}, {"code": None, "name": "Новый завод"},
                      {"code": None, "name": None, "status": "planned"}], ["code", "name", "status"])
    kinds = [r.issues[0].kind for r in plan.rows]
    assert [r.action for r in plan.rows] == ["rejected"] * 3
    assert kinds == ["ambiguous_name", "no_match", "no_match"]
    assert "INO-0001, INO-0002" in plan.rows[0].issues[0].reason
    assert plan.rows[0].issues[0].column == "B" and plan.rows[1].issues[0].column == "A"


def test_two_rows_aimed_at_one_project_are_both_rejected(db: Database) -> None:
    add_project(db, "INO-0001", "Технопарк")
    plan = _plan(db, [{"code": "INO-0001", "name": "Технопарк", "status": "planned"},
                      {"code": None, "name": "технопарк", "status": "completed"},
                      {"code": "INO-0002", "name": "Другое", "status": "planned"}], ["code", "name", "status"])
    assert [r.action for r in plan.rows] == ["rejected", "rejected", "create"]
    assert all(r.issues[0].kind == "duplicate_target" for r in plan.rows[:2])
    assert "with different data (rows 2 and 3)" in plan.rows[0].issues[0].reason


def test_identical_copies_of_a_row_act_once(db: Database) -> None:
    add_project(db, "INO-0001", "Технопарк", status="planned")
    plan = _plan(db, [{"code": "INO-0009", "name": "Новый", "status": "planned"},
                      {"code": "ino-0009", "name": "Новый", "status": "planned"},
                      {"code": "INO-0001", "name": "Технопарк", "status": "completed"},
                      {"code": None, "name": "технопарк", "status": "completed"}], ["code", "name", "status"])
    assert [(r.action, r.code, r.note and str(r.note)) for r in plan.rows] == [
        ("create", "INO-0009", None), ("unchanged", "ino-0009", "repeats Проекты row 2"),
        ("update", "INO-0001", None), ("unchanged", "INO-0001", "repeats Проекты row 4")]


def test_a_copy_of_a_rejected_row_is_rejected_too(db: Database) -> None:
    plan = _plan(db, [{"code": "INO-0009", "name": "Я" * 501}] * 2, ["code", "name"])
    assert [(r.action, [(i.row, i.kind) for i in r.issues]) for r in plan.rows] == [
        ("rejected", [(2, "too_long")]), ("rejected", [(3, "too_long")])]


def test_a_code_matches_whatever_its_letter_case(db: Database) -> None:
    add_project(db, "INO-0001", "Технопарк", status="planned")
    plan = _plan(db, [{"code": " ino-0001", "name": "Технопарк", "status": "completed"}], ["code", "name", "status"])
    assert (plan.rows[0].action, plan.rows[0].code, plan.rows[0].matched_by) == ("update", "INO-0001", "code")


def test_rows_the_reader_rejected_stay_rejected_with_its_reasons(db: Database) -> None:
    plan = _plan(db, [{"code": "INO-0001", "name": "А"}, {"code": "INO-0002", "name": "Б"}],
                 ["code", "name"], rejected={3: message("row.negative_amount", value=-5)})
    assert [r.action for r in plan.rows] == ["create", "rejected"]
    assert [i.reason for i in plan.rows[1].issues] == ["negative amount (-5)"]
    assert [(i.sheet, i.row) for i in plan.issues()] == [("Проекты", 3)]


def test_merged_state_confirmed_above_stored_extra_is_rejected_at_the_files_column(db: Database) -> None:
    add_project(db, "INO-0001", "Завод", extra_budgetary_mln=100.0, extra_budgetary_confirmed_mln=50.0)
    plan = _plan(db, [{"code": "INO-0001", "name": "Завод", "extra_budgetary_confirmed_mln": 150.0}],
                 ["code", "name", "extra_budgetary_confirmed_mln"])
    (row,) = plan.rows
    assert row.action == "rejected" and row.changes == []
    (issue,) = row.issues
    assert issue.field == "extra_budgetary_confirmed_mln" and issue.column == "C"
    assert "with the stored Extra-budgetary" in issue.reason


def test_merged_state_end_before_stored_start_points_at_the_end_column(db: Database) -> None:
    add_project(db, "INO-0001", "Завод", start_date=dt.date(2016, 1, 1))
    plan = _plan(db, [{"code": "INO-0001", "name": "Завод", "end_date": dt.date(2015, 12, 31)}],
                 ["code", "name", "end_date"])
    assert plan.rows[0].action == "rejected"
    assert (plan.rows[0].issues[0].kind, plan.rows[0].issues[0].column) == ("end_before_start", "C")


def test_merged_state_parts_above_a_smaller_total_are_rejected(db: Database) -> None:
    add_project(db, "INO-0001", "Завод", total_cost_mln=100.0, federal_budget_mln=60.0, extra_budgetary_mln=40.0)
    plan = _plan(db, [{"code": "INO-0001", "name": "Завод", "total_cost_mln": 80.0}],
                 ["code", "name", "total_cost_mln"])
    assert plan.rows[0].action == "rejected"
    assert plan.rows[0].issues[0].kind == "parts_exceed_total"


def test_a_stored_inconsistency_the_file_does_not_touch_does_not_reject_the_row(db: Database) -> None:
    # parts above the total is no database constraint, so older data may hold it; a status update is fine
    add_project(db, "INO-0001", "Завод", total_cost_mln=10.0, federal_budget_mln=60.0, status="planned")
    plan = _plan(db, [{"code": "INO-0001", "name": "Завод", "status": "completed"}], ["code", "name", "status"])
    assert plan.rows[0].action == "update"


def test_database_constraints_are_checked_before_apply(db: Database) -> None:
    plan = _plan(db, [{"code": "INO-0001", "name": "Завод", "cluster": "space"},
                      {"code": "INO-0002", "name": "Я" * 501},
                      {"code": "INO-0003", "name": "Завод", "extra_budgetary_mln": 10.0,
                       "extra_budgetary_confirmed_mln": 10.001},
                      {"code": "X" * 41, "name": "Завод"},
                      {"code": "INO-0005", "name": None, "status": "planned"}])
    assert [r.action for r in plan.rows] == ["rejected"] * 5
    kinds = [r.issues[0].kind for r in plan.rows]
    assert kinds == ["unknown_cluster", "too_long", "confirmed_exceeds_extra", "too_long", "no_name"]


def test_a_blank_name_never_erases_a_stored_name_and_the_code_never_changes(db: Database) -> None:
    add_project(db, "INO-0001", "Завод", status="planned")
    plan = _plan(db, [{"code": "INO-0001", "name": None, "status": "completed"}], ["code", "name", "status"])
    assert [d.field for d in plan.rows[0].changes] == ["status"]


def test_an_empty_cell_is_no_answer_and_the_clearing_word_clears(db: Database) -> None:
    add_project(db, "INO-0001", "Завод", cluster="timber", total_cost_mln=5.0)
    fields = ["code", "name", "cluster", "total_cost_mln"]
    blank = _plan(db, [{"code": "INO-0001", "name": "Завод", "cluster": None, "total_cost_mln": None}], fields)
    assert blank.rows[0].action == "unchanged" and blank.rows[0].changes == []
    result = read_result([{"code": "INO-0001", "name": "Завод", "cluster": None, "total_cost_mln": None}], fields)
    result.tables[0].rows = rows = list(result.tables[0].rows)
    rows[0].cleared = frozenset({"cluster"})  # the reader saw "ОЧИСТИТЬ" there
    with db.session() as s:
        plan = build_plan(result, s)
    assert [(d.field, d.old, d.new) for d in plan.rows[0].changes] == [("cluster", "timber", None)]


def test_lead_organisation_is_compared_as_names_are(db: Database) -> None:
    with db.transaction() as s:
        org = Organisation(name="ООО «Лес»")
        s.add(org)
        s.flush()
        s.add(Project(code="INO-0001", name="Завод", lead_organization_id=org.id))
    plan = _plan(db, [{"code": "INO-0001", "name": "Завод", "lead_organization": 'ооо "Лес"'},
                      {"code": "INO-0002", "name": "Другой", "lead_organization": "АО «Новое»"}],
                 ["code", "name", "lead_organization"])
    assert [r.action for r in plan.rows] == ["unchanged", "create"]


def test_constant_values_of_a_sheet_apply_to_each_row(db: Database) -> None:
    result = read_result([{"code": "INO-0001", "name": "Завод"}], ["code", "name"])
    result.tables[0].constant_values["cluster"] = "pharma"
    with db.session() as s:
        plan = build_plan(result, s)
    assert plan.rows[0].values["cluster"] == "pharma"
    assert [d.cell for d in plan.rows[0].changes if d.field == "cluster"] == [None]
    assert "cluster" in plan.fields


def test_earlier_applied_batches_of_the_same_file_are_named(db: Database) -> None:
    result = read_result([{"code": "INO-0001", "name": "Завод"}], ["code", "name"])
    with db.transaction() as s:
        s.add(ImportBatch(file_name="agency.xlsx", sha256=result.sha256))
        s.add(ImportBatch(file_name="agency.xlsx", sha256=result.sha256, state="undone"))
    with db.session() as s:
        plan = build_plan(result, s)
        assert plan.earlier_batches == [1]
        assert any("imported before (batch 1)" in str(n) for n in plan.notes)
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == 0
