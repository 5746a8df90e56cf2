"""Editing services: load, validate, save with change log and version, conflicts, delete, pickers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from ino_desktop.db import Database
from ino_desktop.errors import EditConflict, NotFound
from ino_desktop.models import ChangeLog, FederalInstrument, Milestone, Organisation, Project
from ino_desktop.services import editing
from ino_desktop.services.changes import field_history
from ino_desktop.services.editing import MilestoneForm, ValidationFailed


@pytest.fixture
def project_id(db: Database) -> int:
    with db.transaction() as s:
        org = Organisation(name="Томский государственный университет", short_name="ТГУ", kind="university")
        s.add_all([org, Organisation(name="Минпромторг России", kind="federal_ministry"),
                   FederalInstrument(name="Субсидия на НИОКР", kind="subsidy")])
        p = Project(code="INO-0007", name="Завод катализаторов", cluster="petrochemical", status="in_progress",
                    total_cost_mln=1200.0, extra_budgetary_mln=800.0, extra_budgetary_confirmed_mln=500.0,
                    jobs_planned=120, start_date=dt.date(2015, 3, 1), end_date=dt.date(2018, 12, 31),
                    lead_organization=org)
        p.milestones.append(Milestone(title="Проектная документация", planned_date=dt.date(2016, 6, 30)))
        s.add(p)
        s.flush()
        return p.id


def _save(db: Database, form: editing.ProjectForm, user: str = "Иванова") -> editing.SaveResult:
    with db.transaction() as s:
        return editing.save_project(s, form, user=user, today=dt.date(2017, 5, 1))


def test_load_form_has_values_links_and_version(db: Database, project_id: int) -> None:
    with db.session() as s:
        form = editing.load_project_form(s, project_id)
    assert form.values["code"] == "INO-0007"
    assert form.values["lead_organization"] == "Томский государственный университет"
    assert form.values["start_date"] == dt.date(2015, 3, 1)
    assert [m.title for m in form.milestones] == ["Проектная документация"]
    assert form.version == 1
    assert form.original["milestones"] == [["Проектная документация", "2016-06-30", None, "planned"]]


def test_save_logs_each_changed_field_and_bumps_version(db: Database, project_id: int) -> None:
    with db.session() as s:
        form = editing.load_project_form(s, project_id)
    form.values["status"] = "suspended"
    form.values["total_cost_mln"] = 1350.5
    form.values["name"] = "Завод катализаторов  "  # trailing spaces are not a change
    result = _save(db, form)
    assert set(result.changed) == {"status", "total_cost_mln"}
    assert result.version == 2
    with db.session() as s:
        project = s.get(Project, project_id)
        assert (project.status, project.total_cost_mln, project.version) == ("suspended", 1350.5, 2)
        assert project.reported_at == dt.date(2017, 5, 1)
        history = field_history(s, "INO-0007")
    assert {(h.field, h.old, h.new, h.origin, h.changed_by) for h in history} == {
        ("status", "in_progress", "suspended", "manual", "Иванова"),
        ("total_cost_mln", 1200.0, 1350.5, "manual", "Иванова"),
    }


def test_save_without_changes_writes_nothing(db: Database, project_id: int) -> None:
    with db.session() as s:
        form = editing.load_project_form(s, project_id)
    result = _save(db, form)
    assert result.changed == ()
    assert result.version == 1
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == 0


def test_links_and_milestones_are_saved_and_logged(db: Database, project_id: int) -> None:
    with db.session() as s:
        form = editing.load_project_form(s, project_id)
        orgs = {c.name: c.id for c in editing.organisation_choices(s)}
        tools = editing.instrument_choices(s)
    form.participants = [orgs["Минпромторг России"]]
    form.instruments = [tools[0].id]
    form.milestones = [
        editing.milestone_replace(form.milestones, 0, actual_date=dt.date(2016, 7, 15), status="done")[0],
        MilestoneForm(None, "Пуск первой очереди", dt.date(2018, 6, 1)),
    ]
    result = _save(db, form)
    assert set(result.changed) == {"participants", "instruments", "milestones"}
    assert result.version == 2  # links alone still make a new version: a conflict must see them
    with db.session() as s:
        project = s.get(Project, project_id)
        assert [o.name for o in project.participants] == ["Минпромторг России"]
        assert [t.name for t in project.instruments] == ["Субсидия на НИОКР"]
        assert [(m.title, m.status) for m in project.milestones] == [
            ("Проектная документация", "done"), ("Пуск первой очереди", "planned")]
        change = field_history(s, "INO-0007", "participants")[0]
    assert (change.old, change.new) == (None, ["Минпромторг России"])


def test_removing_a_milestone_deletes_it(db: Database, project_id: int) -> None:
    with db.session() as s:
        form = editing.load_project_form(s, project_id)
    form.milestones = []
    _save(db, form)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Milestone)) == 0


def test_conflict_is_refused_naming_the_other_persons_fields(db: Database, project_id: int) -> None:
    with db.session() as s:
        mine = editing.load_project_form(s, project_id)
        theirs = editing.load_project_form(s, project_id)
    theirs.values["jobs_created"] = 40
    _save(db, theirs, user="Петров")
    mine.values["status"] = "completed"
    with pytest.raises(EditConflict, match=r"INO-0007 .*\(Jobs created\)") as refused:
        _save(db, mine)
    assert refused.value.text("ru").startswith("INO-0007 изменил(а) Петров, пока вы его правили (Рабочие места "
                                               "(создано)); ваши правки остались в форме")
    assert mine.values["status"] == "completed"  # nothing the user typed is lost
    with db.session() as s:
        project = s.get(Project, project_id)
        assert (project.status, project.jobs_created, project.version) == ("in_progress", 40, 2)
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == 1


def test_reload_after_conflict_then_save_succeeds(db: Database, project_id: int) -> None:
    with db.session() as s:
        stale = editing.load_project_form(s, project_id)
        other = editing.load_project_form(s, project_id)
    other.values["rag"] = "red"
    _save(db, other)
    stale.values["rag"] = "amber"
    with pytest.raises(EditConflict):
        _save(db, stale)
    with db.session() as s:
        fresh = editing.load_project_form(s, project_id)
    fresh.values["rag"] = "amber"
    assert _save(db, fresh).version == 3


@pytest.mark.parametrize(("field", "value", "message"), [
    ("name", "  ", "required"),
    ("total_cost_mln", -1.0, "negative"),
    ("end_date", dt.date(2014, 1, 1), "before start"),
    ("extra_budgetary_confirmed_mln", 900.0, "exceed"),
    ("cluster", "space", "unknown"),
    ("name", "Я" * 501, "too long"),
])
def test_invalid_values_are_refused_and_nothing_is_written(db: Database, project_id: int, field: str,
                                                          value: object, message: str) -> None:
    with db.session() as s:
        form = editing.load_project_form(s, project_id)
    form.values[field] = value
    problems = editing.validate(form.values, form.milestones)
    assert [p.field for p in problems] == [field]
    assert message in problems[0].message
    with pytest.raises(ValidationFailed):
        _save(db, form)
    with db.session() as s:
        assert s.get(Project, project_id).version == 1
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == 0


def test_validating_renders_no_english_until_a_problem_is_read(db: Database, project_id: int,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The form validates on every keystroke and the window renders problems in its own language."""
    from ino_desktop.messages import Message

    with db.session() as s:
        form = editing.load_project_form(s, project_id)
    form.values.update(total_cost_mln=-1.0, name=None)
    rendered: list[str] = []
    english = Message.english
    monkeypatch.setattr(Message, "english", lambda self: rendered.append(self.code) or english(self))
    problems = editing.validate(form.values, form.milestones)
    assert [p.field for p in problems] == ["name", "total_cost_mln"] and rendered == []
    assert "negative" in problems[1].message and problems[1].coded is not None



def test_create_project_logs_every_set_field_and_new_organisation(db: Database, project_id: int) -> None:
    with db.session() as s:
        form = editing.load_project_form(s, None)
    assert form.values["code"] == "INO-0008"
    form.values.update(name="Технопарк «Северск»", cluster="nuclear", lead_organization="ООО «Новая компания»")
    result = _save(db, form)
    assert result.created
    with db.session() as s:
        project = s.get(Project, result.project_id)
        assert project.lead_organization.name == "ООО «Новая компания»"
        logged = {h.field: h.action for h in field_history(s, "INO-0008")}
    assert logged == {"code": "create", "name": "create", "cluster": "create", "status": "create",
                      "lead_organization": "create"}


def test_duplicate_code_is_refused(db: Database, project_id: int) -> None:
    with db.session() as s:
        form = editing.load_project_form(s, None)
    form.values.update(code="INO-0007", name="Другой проект")
    with pytest.raises(ValidationFailed, match="already used"):
        _save(db, form)


def test_lead_organisation_matched_by_short_name(db: Database, project_id: int) -> None:
    with db.session() as s:
        form = editing.load_project_form(s, project_id)
    form.values["lead_organization"] = "тгу"
    _save(db, form)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Organisation)) == 2
        assert s.get(Project, project_id).lead_organization.short_name == "ТГУ"


def test_delete_keeps_history_and_refuses_stale_version(db: Database, project_id: int) -> None:
    with db.transaction() as s, pytest.raises(EditConflict):
        editing.delete_project(s, project_id, version=7, user="Иванова")
    with db.transaction() as s:
        assert editing.delete_project(s, project_id, version=1, user="Иванова") == "INO-0007"
    with db.session() as s:
        assert s.get(Project, project_id) is None
        deleted = {h.field: h.old for h in field_history(s, "INO-0007") if h.action == "delete"}
    assert deleted["name"] == "Завод катализаторов"
    assert deleted["milestones"] == [["Проектная документация", "2016-06-30", None, "planned"]]


def test_saving_a_deleted_project_is_a_conflict(db: Database, project_id: int) -> None:
    with db.session() as s:
        form = editing.load_project_form(s, project_id)
    with db.transaction() as s:
        editing.delete_project(s, project_id, None, user=None)
    form.values["status"] = "completed"
    with pytest.raises(EditConflict, match="deleted"):
        _save(db, form)
    with db.session() as s, pytest.raises(NotFound):
        editing.load_project_form(s, project_id)


# --- provenance of imported new projects (one 'create' row per project) -------------------------

def _agency_book(path: Path, rows: list[list[Any]]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Проекты"
    ws.append(["Код", "Наименование проекта", "Кластер", "Стоимость, млн руб."])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_imported_new_project_fields_come_from_its_create_row(db: Database, tmp_path: Path) -> None:
    from ino_desktop.importer import service
    from ino_desktop.services.details import created_row_number, get_project_detail, is_created_row

    with db.transaction() as s:  # an existing project the same file updates: its log rows show the columns
        s.add(Project(code="INO-0009", name="Старое имя", cluster="pharma"))
    book = _agency_book(tmp_path / "q1.xlsx", [["INO-0001", "Завод", "Нефтехимический кластер", 10],
                                               ["INO-0002", "Склад", None, None],
                                               ["INO-0009", "Новое имя", "Нефтехимический кластер", None]])
    with db.transaction() as s:
        outcome = service.apply(service.plan(book, s), s, user="Петров", backup=False)
    assert (outcome.created, outcome.updated) == (2, 1)

    with db.session() as s:
        first = s.scalar(select(Project).where(Project.code == "INO-0001"))
        second = s.scalar(select(Project).where(Project.code == "INO-0002"))
        assert first is not None and second is not None
        detail = get_project_detail(s, first.id)
        history = editing.project_history(s, first.id)
        bare = get_project_detail(s, second.id)
    assert history.provenance == detail.provenance
    name, cluster, cost = (detail.provenance[f] for f in ("name", "cluster", "total_cost_mln"))
    # every field's column comes from the mapping the batch stored (cost included, which no update touched).
    assert (name.file_name, name.sheet, name.cell, name.new, name.action) == ("q1.xlsx", "Проекты", "B2", "Завод",
                                                                             "create")
    assert (cluster.cell, cluster.new) == ("C2", "petrochemical")
    assert (cost.cell, cost.new, cost.origin, cost.changed_by) == ("D2", 10.0, "import", "Петров")
    assert created_row_number(cost) == 2
    assert "jobs_planned" not in detail.provenance  # no value, no claim where it came from
    assert set(bare.provenance) == {"code", "name"}  # empty cells are not attributed
    [create] = [c for c in history.changes if is_created_row(c)]
    assert (create.cell, created_row_number(create)) == ("A2:D2", 2)

    form = _load(db, first.id)  # a later manual edit owns its field from then on
    form.values["total_cost_mln"] = 12.5
    _save(db, form)
    with db.session() as s:
        after = get_project_detail(s, first.id).provenance
    assert (after["total_cost_mln"].origin, after["total_cost_mln"].new) == ("manual", 12.5)
    assert (after["name"].origin, after["name"].cell) == ("import", "B2")


def _load(db: Database, project_id: int) -> editing.ProjectForm:
    with db.session() as s:
        return editing.load_project_form(s, project_id)


def test_a_batch_from_before_the_stored_mapping_falls_back_to_its_update_rows(db: Database, tmp_path: Path) -> None:
    from sqlalchemy import update

    from ino_desktop.importer import service
    from ino_desktop.models import ImportBatch
    from ino_desktop.services.details import get_project_detail

    with db.transaction() as s:
        s.add(Project(code="INO-0009", name="Старое имя", cluster="pharma"))
    book = _agency_book(tmp_path / "q1.xlsx", [["INO-0001", "Завод", "Нефтехимический кластер", 10],
                                               ["INO-0009", "Новое имя", "Нефтехимический кластер", None]])
    with db.transaction() as s:
        service.apply(service.plan(book, s), s, user="Петров", backup=False)
    with db.transaction() as s:
        s.execute(update(ImportBatch).values(columns_json=None))  # as a version-1 database holds it
    with db.session() as s:
        first = s.scalar(select(Project).where(Project.code == "INO-0001"))
        assert first is not None
        detail = get_project_detail(s, first.id)
    assert (detail.provenance["name"].cell, detail.provenance["total_cost_mln"].cell) == ("B2", "A2:D2")
