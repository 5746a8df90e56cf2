"""Applying plans: one transaction, change log, batch record, conflicts, cancel, disk full, profiles."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from ino_desktop.db import Database
from ino_desktop.db.backup import integrity_problems, list_backups
from ino_desktop.errors import EditConflict, ImportRefused, InoError
from ino_desktop.importer import apply as apply_module
from ino_desktop.importer import service
from ino_desktop.importer.apply import CREATED
from ino_desktop.importer.plan import ImportPlan, build_plan
from ino_desktop.importer.profiles import list_profiles, load_profile, save_profile
from ino_desktop.importer.rows import Profile
from ino_desktop.models import ChangeLog, ImportBatch, Organisation, Project
from ino_desktop.progress import Progress
from ino_desktop.services.changes import decode, field_history
from tests.importer.conftest import add_project, read_result, records

FIELDS = ["code", "name", "status", "start_date", "total_cost_mln", "jobs_planned", "lead_organization", "problems"]


def _plan(db: Database, rows: list[dict], fields: list[str] = FIELDS, **kw) -> ImportPlan:
    with db.session() as s:
        return build_plan(read_result(rows, fields), s, **kw)


def _apply(db: Database, plan: ImportPlan, **kw):
    with db.session() as s:
        return service.apply(plan, s, db=db, **kw)


def _count(db: Database, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_creates_projects_organisations_batch_and_one_log_row_each(db: Database) -> None:
    plan = _plan(db, [
        {"code": "INO-0001", "name": "Завод", "status": "planned", "start_date": dt.date(2015, 2, 1),
         "total_cost_mln": 12.5, "jobs_planned": 40, "lead_organization": "ООО «Лес»"},
        {"code": "INO-0002", "name": "Парк", "lead_organization": 'ооо "Лес"', "problems": "=HYPERLINK(\"x\")"},
    ])
    outcome = _apply(db, plan, user="analyst")
    assert (outcome.created, outcome.updated, outcome.organisations_created) == (2, 0, 1)
    # a safety copy of a SQLite file; a server is backed up by its own means (pg_dump, docs/server.md)
    assert outcome.backup in list_backups() if db.is_sqlite else outcome.backup is None
    recs = records(db)
    assert recs["INO-0001"]["start_date"] == "2015-02-01" and recs["INO-0001"]["total_cost_mln"] == 12.5
    assert recs["INO-0001"]["lead_organization"] == recs["INO-0002"]["lead_organization"] == "ООО «Лес»"
    assert recs["INO-0002"]["problems"] == '=HYPERLINK("x")' and recs["INO-0002"]["status"] is None
    with db.session() as s:
        batch = s.get(ImportBatch, outcome.batch_id)
        assert (batch.file_name, batch.sha256, batch.created_count, batch.state, batch.imported_by) == \
            ("agency.xlsx", plan.sha256, 2, "applied", "analyst")
        logs = s.scalars(select(ChangeLog).order_by(ChangeLog.id)).all()
        assert [(c.project_code, c.action, c.field, c.origin, c.batch_id, c.sheet) for c in logs] == [
            ("INO-0001", "create", CREATED, "import", outcome.batch_id, "Проекты"),
            ("INO-0002", "create", CREATED, "import", outcome.batch_id, "Проекты")]
        assert logs[0].cell == "A2:H2" and logs[0].old_value is None and logs[0].new_value is None
        p = s.scalar(select(Project).where(Project.code == "INO-0001"))
        assert p.version == 1 and p.reported_at == plan.report_date


def test_update_writes_changed_fields_bumps_version_and_logs_cells(db: Database) -> None:
    pid = add_project(db, "INO-0001", "Завод", status="planned", total_cost_mln=10.0, jobs_planned=5)
    add_project(db, "INO-0002", "Парк", status="planned")
    plan = _plan(db, [{"code": "INO-0001", "name": "Завод", "status": "completed", "total_cost_mln": 10.0,
                       "jobs_planned": 7, "lead_organization": "АО «Новое»"},
                      {"code": "INO-0002", "name": "Парк", "status": "planned"}],
                 ["code", "name", "status", "total_cost_mln", "jobs_planned", "lead_organization"])
    outcome = _apply(db, plan)
    assert (outcome.updated, outcome.unchanged) == (1, 1)
    with db.session() as s:
        p = s.get(Project, pid)
        assert (p.status, p.jobs_planned, p.version, p.lead_organization.name) == ("completed", 7, 2, "АО «Новое»")
        assert p.reported_at == plan.report_date
        unchanged = s.scalar(select(Project).where(Project.code == "INO-0002"))
        assert unchanged.version == 1 and unchanged.reported_at == plan.report_date  # re-sent = reported
    history = {c.field: c for c in field_history_session(db, "INO-0001")}
    assert set(history) == {"status", "jobs_planned", "lead_organization"}
    assert (history["status"].old, history["status"].new, history["status"].cell) == ("planned", "completed", "C2")
    assert history["jobs_planned"].source_label == "agency.xlsx, sheet 'Проекты', E2"
    assert history["lead_organization"].old is None and history["lead_organization"].new == "АО «Новое»"


def field_history_session(db: Database, code: str):
    with db.session() as s:
        return field_history(s, code)


def test_a_project_edited_between_plan_and_apply_is_a_conflict_and_nothing_is_written(db: Database) -> None:
    pid = add_project(db, "INO-0001", "Завод", status="planned")
    plan = _plan(db, [{"code": "INO-0001", "name": "Завод", "status": "completed"},
                      {"code": "INO-0009", "name": "Новый"}], ["code", "name", "status"])
    with db.transaction() as s:  # someone saves the project in the window meanwhile
        s.get(Project, pid).status = "suspended"
    with pytest.raises(EditConflict, match="changed since the plan"):
        _apply(db, plan)
    assert _count(db, Project) == 1 and _count(db, ImportBatch) == 0 and _count(db, ChangeLog) == 0


def test_a_code_added_between_plan_and_apply_is_a_conflict(db: Database) -> None:
    plan = _plan(db, [{"code": "INO-0009", "name": "Новый"}], ["code", "name"])
    add_project(db, "INO-0009", "Уже есть")
    with pytest.raises(EditConflict, match="INO-0009"):
        _apply(db, plan)
    assert _count(db, ImportBatch) == 0


class _Cancelling(Progress):
    """A progress that asks to stop after the first report of written rows."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[int, int]] = []

    def __call__(self, done: int, total: int) -> None:
        self.calls.append((done, total))
        if done > 0:
            self.cancel()


def test_cancel_through_progress_rolls_everything_back(db: Database) -> None:
    rows = [{"code": f"INO-{i:04d}", "name": f"Проект {i}"} for i in range(4500)]
    plan = _plan(db, rows, ["code", "name"])
    progress = _Cancelling()
    outcome = _apply(db, plan, progress=progress)
    assert outcome.cancelled and outcome.batch_id is None
    assert progress.calls[:2] == [(0, 4500), (2000, 4500)]
    assert _count(db, Project) == 0 and _count(db, ImportBatch) == 0 and _count(db, Organisation) == 0


def test_progress_reports_every_chunk_to_the_total(db: Database) -> None:
    plan = _plan(db, [{"code": f"INO-{i:04d}", "name": f"П {i}"} for i in range(2500)], ["code", "name"])
    calls: list[tuple[int, int]] = []
    outcome = _apply(db, plan, progress=Progress(lambda done, total: calls.append((done, total))))
    assert calls == [(0, 2500), (2000, 2500), (2500, 2500)] and outcome.created == 2500


@pytest.mark.sqlite_file
def test_disk_full_leaves_nothing_imported_and_the_database_sound(db: Database) -> None:
    add_project(db, "INO-0000", "Старый")
    rows = [{"code": f"INO-{i:04d}", "name": f"Проект {i}", "problems": "Проблема " * 40} for i in range(1, 3001)]
    plan = _plan(db, rows, ["code", "name", "problems"])
    with db.session() as s:
        conn = s.connection()
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count = {pages + 20}")
        with pytest.raises(InoError, match=r"^agency\.xlsx: disk full, nothing imported$"):
            service.apply(plan, s, db=db)
    assert _count(db, Project) == 1 and _count(db, ImportBatch) == 0 and _count(db, ChangeLog) == 0
    assert integrity_problems(db) == []


def test_strict_refuses_a_plan_with_any_rejected_row(db: Database) -> None:
    plan = _plan(db, [{"code": "INO-0001", "name": "А"}, {"code": "INO-0002", "name": "Б"}], ["code", "name"])
    plan.rows[1].action = "rejected"
    with pytest.raises(ImportRefused, match=r"1 row.* rejected and --strict"):
        _apply(db, plan, strict=True)
    assert _count(db, Project) == 0


def test_a_plan_with_every_row_rejected_writes_no_batch(db: Database) -> None:
    plan = _plan(db, [{"code": None, "name": "Никто"}], ["code", "name"])
    outcome = _apply(db, plan)
    assert outcome.batch_id is None and outcome.rejected == 1 and _count(db, ImportBatch) == 0


def test_applying_the_same_rows_twice_changes_nothing_the_second_time(db: Database) -> None:
    rows = [{"code": "INO-0001", "name": "Завод", "total_cost_mln": 1.1, "start_date": dt.date(2015, 1, 1)}]
    _apply(db, _plan(db, rows, ["code", "name", "total_cost_mln", "start_date"]))
    before = records(db)
    second = _plan(db, rows, ["code", "name", "total_cost_mln", "start_date"])
    assert second.counts()["unchanged"] == 1 and second.earlier_batches == [1]
    _apply(db, second)
    assert records(db) == before and _count(db, ChangeLog) == 1


def test_source_profile_is_saved_after_apply_and_reused(db: Database) -> None:
    plan = _plan(db, [{"code": "INO-0001", "name": "Завод"}], ["code", "name"], source="Минэкономразвития")
    _apply(db, plan)
    with db.session() as s:
        profile = load_profile(s, "минэкономразвития ")
        assert profile is not None and profile.columns == {"header code": "code", "header name": "name"}
        assert [p.source for p in list_profiles(s)] == ["Минэкономразвития"]


def test_profiles_round_trip_and_replace(db: Database) -> None:
    with db.transaction() as s:
        save_profile(s, Profile("Агентство", {"Код": "code", "Прочее": None}, {"status": {"в разработке": "planned"}},
                                "Лист1"))
    with db.transaction() as s:
        save_profile(s, Profile("АГЕНТСТВО", {"Шифр": "code"}))
    with db.session() as s:
        (only,) = list_profiles(s)
        assert (only.source, only.columns, only.values, only.sheet) == ("Агентство", {"Шифр": "code"}, {}, None)
        assert load_profile(s, "нет такого") is None
    with pytest.raises(InoError, match="needs a source"), db.transaction() as s:
        save_profile(s, Profile("  "))


def test_undo_restores_fields_deletes_created_and_logs(db: Database) -> None:
    add_project(db, "INO-0001", "Завод", status="planned", total_cost_mln=10.0)
    before = records(db)
    plan = _plan(db, [{"code": "INO-0001", "name": "Завод", "status": "completed", "total_cost_mln": 11.0},
                      {"code": "INO-0002", "name": "Новый", "status": "planned"}],
                 ["code", "name", "status", "total_cost_mln"])
    batch = _apply(db, plan).batch_id
    with db.session() as s:
        outcome = service.undo(batch, s, db=db)
    assert outcome.restored == {"INO-0001": ["status", "total_cost_mln"]} and outcome.deleted == ["INO-0002"]
    assert records(db) == before
    with db.session() as s:
        b = s.get(ImportBatch, batch)
        assert b.state == "undone" and b.undone_at is not None
        undo_rows = s.scalars(select(ChangeLog).where(ChangeLog.origin == "undo")).all()
        assert sorted((c.project_code, c.action, c.field) for c in undo_rows) == [
            ("INO-0001", "update", "status"), ("INO-0001", "update", "total_cost_mln"),
            ("INO-0002", "delete", CREATED)]
        status = next(c for c in undo_rows if c.field == "status")
        assert decode("status", status.new_value) == "planned"
        assert s.scalar(select(Project.version).where(Project.code == "INO-0001")) == 3
    with pytest.raises(InoError, match="already undone"), db.session() as s:
        service.undo(batch, s, db=db)


def test_undo_is_refused_when_a_later_edit_touched_the_same_field(db: Database) -> None:
    pid = add_project(db, "INO-0001", "Завод", status="planned", jobs_planned=1)
    batch = _apply(db, _plan(db, [{"code": "INO-0001", "name": "Завод", "status": "completed", "jobs_planned": 2}],
                             ["code", "name", "status", "jobs_planned"])).batch_id
    with db.transaction() as s:  # a manual edit in the window afterwards
        s.get(Project, pid).jobs_planned = 3
        s.add(ChangeLog(project_id=pid, project_code="INO-0001", field="jobs_planned", old_value="2",
                        new_value="3", origin="manual"))
    before = records(db)
    with pytest.raises(InoError, match=r"cannot be undone: later changes touched INO-0001 \(Jobs planned\)"), \
            db.session() as s:
        service.undo(batch, s, db=db)
    assert records(db) == before
    with db.session() as s:
        assert s.get(ImportBatch, batch).state == "applied"


def test_undo_ignores_later_batches_that_were_undone_and_refuses_on_applied_ones(db: Database) -> None:
    add_project(db, "INO-0001", "Завод", status="planned")
    fields = ["code", "name", "status"]
    first = _apply(db, _plan(db, [{"code": "INO-0001", "name": "Завод", "status": "in_progress"}], fields)).batch_id
    second = _apply(db, _plan(db, [{"code": "INO-0001", "name": "Завод", "status": "completed"}], fields)).batch_id
    with pytest.raises(InoError, match="INO-0001 \\(Status\\)"), db.session() as s:
        service.undo(first, s, db=db)
    with db.session() as s:
        service.undo(second, s, db=db)
    with db.session() as s:
        service.undo(first, s, db=db)
    assert records(db)["INO-0001"]["status"] == "planned"


def test_undo_of_a_created_project_changed_later_is_refused(db: Database) -> None:
    batch = _apply(db, _plan(db, [{"code": "INO-0001", "name": "Новый"}], ["code", "name"])).batch_id
    _apply(db, _plan(db, [{"code": "INO-0001", "name": "Новый", "status": "planned"}], ["code", "name", "status"]))
    with pytest.raises(InoError, match=r"INO-0001 \(Status\)"), db.session() as s:
        service.undo(batch, s, db=db)


def test_undo_of_an_unknown_batch_is_one_line(db: Database) -> None:
    with pytest.raises(InoError, match=r"^import batch 42 does not exist") as info, db.session() as s:
        service.undo(42, s, db=db)
    assert info.value.exit_code == 2


def test_identical_copies_of_a_new_project_create_it_once(db: Database) -> None:
    rows = [{"code": "INO-0009", "name": "Новый", "status": "planned"}] * 2
    outcome = _apply(db, _plan(db, rows, ["code", "name", "status"]))
    assert (outcome.created, outcome.unchanged, outcome.rejected) == (1, 1, 0)
    assert list(records(db)) == ["INO-0009"]


@pytest.mark.sqlite_file
@pytest.mark.parametrize("driver_path", [True, False], ids=["sqlite-tuples", "core-statements"])
def test_both_write_paths_store_the_same(db: Database, monkeypatch: pytest.MonkeyPatch, driver_path: bool) -> None:
    """SQLite takes plain tuples to the driver; other databases (PostgreSQL) the Core statements."""
    from ino_desktop.importer.apply import _Writer

    monkeypatch.setattr(_Writer, "sqlite", property(lambda self: driver_path))
    add_project(db, "INO-0001", "Завод", status="planned", start_date=dt.date(2014, 1, 1), total_cost_mln=5.0)
    add_project(db, "INO-0002", "Парк", status="planned")
    fields = ["code", "name", "status", "start_date", "end_date", "total_cost_mln", "lead_organization"]
    outcome = _apply(db, _plan(db, [
        {"code": "INO-0001", "name": "Завод", "status": "completed", "start_date": dt.date(2015, 1, 1),
         "total_cost_mln": 5.0, "lead_organization": "АО «Новое»"},
        {"code": "INO-0002", "name": "Парк", "status": "planned"},
        {"code": "INO-0003", "name": "Новый", "status": "planned", "start_date": dt.date(2016, 3, 1),
         "end_date": dt.date(2017, 12, 31), "total_cost_mln": 7.25, "lead_organization": "АО «Новое»"},
    ], fields), user="analyst")
    assert (outcome.created, outcome.updated, outcome.unchanged) == (1, 1, 1)
    recs = records(db)
    assert {k: recs["INO-0001"][k] for k in ("status", "start_date", "total_cost_mln", "lead_organization")} == \
        {"status": "completed", "start_date": "2015-01-01", "total_cost_mln": 5.0, "lead_organization": "АО «Новое»"}
    assert {k: recs["INO-0003"][k] for k in ("start_date", "end_date", "total_cost_mln", "lead_organization")} == \
        {"start_date": "2016-03-01", "end_date": "2017-12-31", "total_cost_mln": 7.25,
         "lead_organization": "АО «Новое»"}
    with db.session() as s:
        p1 = s.scalar(select(Project).where(Project.code == "INO-0001"))
        p3 = s.scalar(select(Project).where(Project.code == "INO-0003"))
        assert (p1.version, p3.version) == (2, 1)
        assert p1.updated_at == p3.created_at and isinstance(p3.created_at, dt.datetime)
        assert p1.reported_at == p3.reported_at == dt.date.today()
        logged = {(c.project_code, c.field): c for c in s.scalars(select(ChangeLog))}
        assert set(logged) == {("INO-0001", "status"), ("INO-0001", "start_date"),
                               ("INO-0001", "lead_organization"), ("INO-0003", CREATED)}
        assert decode("start_date", logged[("INO-0001", "start_date")].old_value) == dt.date(2014, 1, 1)
        assert logged[("INO-0001", "status")].changed_at == p1.updated_at
        assert logged[("INO-0003", CREATED)].changed_by == "analyst"


def test_undo_is_refused_when_a_created_project_was_linked_since(db: Database) -> None:
    from ino_desktop.models import Milestone

    batch = _apply(db, _plan(db, [{"code": "INO-0001", "name": "Новый"}], ["code", "name"])).batch_id
    with db.transaction() as s:  # a milestone added in the window: no change-log row, but deleting would lose it
        s.add(Milestone(project_id=s.scalar(select(Project.id)), title="Пуск", planned_date=dt.date(2017, 1, 1)))
    with pytest.raises(InoError, match=r"now linked to INO-0001 \(milestones\); nothing changed"), db.session() as s:
        service.undo(batch, s, db=db)
    assert list(records(db)) == ["INO-0001"]


def test_a_numeric_code_is_matched_and_stored_as_its_text(db: Database) -> None:
    add_project(db, "123", "Старый")
    outcome = _apply(db, _plan(db, [{"code": 123.0, "name": "Старый", "status": "planned"},
                                    {"code": 124, "name": "Новый"}], ["code", "name", "status"]))
    assert (outcome.updated, outcome.created) == (1, 1) and sorted(records(db)) == ["123", "124"]


def _indexes(db: Database) -> set[str]:
    with db.session() as s:
        return set(s.scalars(select(text("name")).select_from(text("sqlite_master"))
                             .where(text("type = 'index' AND tbl_name IN ('projects', 'change_log')"))))


@pytest.mark.sqlite_file  # the bulk path is SQLite's
def test_a_bulk_first_import_rebuilds_the_indexes_it_set_aside(db: Database, monkeypatch) -> None:
    monkeypatch.setattr(apply_module, "BULK_ROWS", 3)
    before = _indexes(db)
    assert {"ix_projects_status", "ix_change_log_batch_id"} <= before
    outcome = _apply(db, _plan(db, [{"code": f"INO-{i:04d}", "name": f"Проект {i}", "status": "planned"}
                                    for i in range(5)]))
    assert outcome.created == 5 and _indexes(db) == before
    assert integrity_problems(db) == []
    with db.session() as s:  # the rebuilt index answers
        assert s.scalar(select(func.count()).select_from(Project).where(Project.status == "planned")) == 5


@pytest.mark.sqlite_file
def test_a_cancelled_bulk_import_keeps_the_indexes(db: Database, monkeypatch) -> None:
    monkeypatch.setattr(apply_module, "BULK_ROWS", 3)
    before = _indexes(db)
    rows = [{"code": f"INO-{i:04d}", "name": f"Проект {i}"} for i in range(4500)]
    outcome = _apply(db, _plan(db, rows, ["code", "name"]), progress=_Cancelling())
    assert outcome.cancelled and _count(db, Project) == 0 and _indexes(db) == before


def test_the_fields_new_projects_leave_out_have_no_default() -> None:
    # New projects are inserted naming only the fields the file gives (apply._insert_creates): that stores
    # what naming every field with NULL stored only while none of the others has a default of its own.
    table = Project.__table__
    defaulted = [f for f in apply_module._COLUMNS if table.c[f].default is not None or table.c[f].server_default]
    assert defaulted == []


def test_rows_split_over_several_statements_keep_their_own_values(db: Database, monkeypatch) -> None:
    monkeypatch.setattr(apply_module, "_ROWS_PER_INSERT", 3)  # on SQLite 7 rows make statements of 3, 3 and 1
    rows = [{"code": f"INO-{i:04d}", "name": f"Проект {i}", "total_cost_mln": float(i), "jobs_planned": i,
             "start_date": dt.date(2015, 1, i + 1), "lead_organization": f"ООО «Орг {i % 2}»"} for i in range(7)]
    outcome = _apply(db, _plan(db, rows))
    assert outcome.created == 7
    recs = records(db)
    for i in range(7):
        rec = recs[f"INO-{i:04d}"]
        assert (rec["name"], rec["total_cost_mln"], rec["jobs_planned"], rec["start_date"], rec["lead_organization"]) \
            == (f"Проект {i}", float(i), i, f"2015-01-{i + 1:02d}", f"ООО «Орг {i % 2}»")
    with db.session() as s:
        logged = s.execute(select(ChangeLog.project_code, ChangeLog.cell).order_by(ChangeLog.id)).all()
    assert [code for code, _cell in logged] == [f"INO-{i:04d}" for i in range(7)]
    assert len({cell for _code, cell in logged}) == 7


@pytest.mark.sqlite_file
def test_a_bulk_import_gives_back_the_page_cache_it_enlarged(db: Database, monkeypatch) -> None:
    monkeypatch.setattr(apply_module, "BULK_ROWS", 3)
    seen: list[int] = []

    def during(session, _batch_id: int) -> None:  # after the writes, before the commit
        seen.append(session.connection().exec_driver_sql("PRAGMA cache_size").scalar())

    plan = _plan(db, [{"code": f"INO-{i:04d}", "name": f"Проект {i}"} for i in range(5)], ["code", "name"])
    with db.session() as s:
        before = s.connection().exec_driver_sql("PRAGMA cache_size").scalar()
        outcome = apply_module.apply_plan(plan, s, on_applied=during)
    assert outcome.created == 5 and before != -apply_module.BULK_CACHE_KIB and seen == [before]
