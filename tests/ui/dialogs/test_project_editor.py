"""The project editor: validation as you type, undo/redo, save with change log, conflicts, history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractItemView
from sqlalchemy import select

from ino_desktop.models import Project
from ino_desktop.services import editing
from ino_desktop.services.changes import field_history
from ino_desktop.services.editing import MilestoneForm
from ui.dialogs.history_view import HistoryWidget
from ui.dialogs.project_editor import ProjectEditor


def _project_id(ctx, code: str) -> int:
    return ctx.portfolio.read(lambda s: s.scalar(select(Project.id).where(Project.code == code)))


def _type(editor: ProjectEditor, field: str, text: str) -> None:
    """What typing does: the widget changes, then the binding reports the person's edit."""
    binding = editor.bindings[field]
    binding.widget.setText(text)
    binding.widget.textEdited.emit(text)


def test_edit_validate_undo_redo_and_save_writes_change_log(qtbot, demo_ctx) -> None:
    pid = _project_id(demo_ctx, "INO-0003")
    editor = ProjectEditor(demo_ctx, pid)
    qtbot.addWidget(editor)
    assert editor.save_button.isEnabled() and editor.undo_stack.isClean()

    _type(editor, "total_cost_mln", "-5")
    assert [p.field for p in editor.problems] == ["total_cost_mln"]
    assert not editor.save_button.isEnabled()
    assert editor.problem_banner.isVisibleTo(editor)
    assert editor.bindings["total_cost_mln"].widget.property("invalid")

    _type(editor, "total_cost_mln", "1 234,5")  # merged into the same undo step as "-5"
    assert editor.problems == [] and editor.save_button.isEnabled()
    assert editor.form.values["total_cost_mln"] == 1234.5
    assert editor.undo_stack.count() == 1

    status = editor.bindings["status"].widget
    status.setCurrentIndex(status.findData("suspended"))
    assert editor.form.values["status"] == "suspended"
    assert editor.undo_stack.count() == 2

    editor.undo_stack.undo()
    assert status.currentData() == "completed" and editor.form.values["status"] == "completed"
    editor.undo_stack.undo()
    assert editor.bindings["total_cost_mln"].widget.text() == "120"
    assert editor.form.values["total_cost_mln"] == 120.0
    editor.undo_stack.redo()
    editor.undo_stack.redo()
    assert (editor.form.values["total_cost_mln"], editor.form.values["status"]) == (1234.5, "suspended")

    editor.save()
    assert editor.result() == editor.DialogCode.Accepted
    assert set(editor.result_info.changed) == {"total_cost_mln", "status"}
    with demo_ctx.db.session() as s:
        project = s.get(Project, pid)
        assert (project.total_cost_mln, project.status, project.version) == (1234.5, "suspended", 2)
        latest = field_history(s, "INO-0003", "total_cost_mln")[0]
    assert (latest.origin, latest.old, latest.new) == ("manual", 120.0, 1234.5)
    assert latest.changed_by


def test_text_in_a_number_field_blocks_saving(qtbot, demo_ctx) -> None:
    editor = ProjectEditor(demo_ctx, _project_id(demo_ctx, "INO-0001"))
    qtbot.addWidget(editor)
    logged = demo_ctx.portfolio.read(lambda s: len(field_history(s, "INO-0001")))
    _type(editor, "jobs_planned", "около 500")
    assert [(p.field, p.kind) for p in editor.problems] == [("jobs_planned", "not_a_number")]
    editor.save()
    assert editor.result() != editor.DialogCode.Accepted
    assert demo_ctx.portfolio.read(lambda s: len(field_history(s, "INO-0001"))) == logged


def test_milestones_and_links_are_undoable_and_saved(qtbot, demo_ctx) -> None:
    pid = _project_id(demo_ctx, "INO-0002")
    editor = ProjectEditor(demo_ctx, pid)
    qtbot.addWidget(editor)
    QAbstractItemModelTester(editor.pages.milestones_model,
                             QAbstractItemModelTester.FailureReportingMode.Fatal)
    before = len(editor.form.milestones)
    editor.pages.add_milestone()
    editor.pages.milestones_view.closePersistentEditor(editor.pages.milestones_model.index(before, 0))
    model = editor.pages.milestones_model
    assert model.setData(model.index(before, 0), "Пуск линии")
    assert model.setData(model.index(before, 1), dt.date(2018, 3, 31))
    assert [m.title for m in editor.form.milestones][-1] == "Пуск линии"
    editor.undo_stack.undo()
    assert editor.form.milestones[-1].planned_date is None
    editor.undo_stack.redo()

    picker = editor.pages.pickers["participants"]
    first = picker.list.item(0)
    on = first.checkState() == Qt.CheckState.Checked
    first.setCheckState(Qt.CheckState.Unchecked if on else Qt.CheckState.Checked)
    changed_participants = list(editor.form.participants)
    editor.undo_stack.undo()
    assert editor.form.participants != changed_participants
    editor.undo_stack.redo()
    assert editor.form.participants == changed_participants

    editor.save()
    assert set(editor.result_info.changed) == {"milestones", "participants"}
    with demo_ctx.db.session() as s:
        form = editing.load_project_form(s, pid)
    assert form.milestones[-1] == MilestoneForm(form.milestones[-1].id, "Пуск линии", dt.date(2018, 3, 31))
    assert form.participants == changed_participants


def test_conflict_is_refused_and_nothing_is_lost(qtbot, demo_ctx) -> None:
    pid = _project_id(demo_ctx, "INO-0004")
    editor = ProjectEditor(demo_ctx, pid)
    qtbot.addWidget(editor)
    # Someone else saves the same project meanwhile (another window, another person).
    with demo_ctx.db.transaction() as s:
        other = editing.load_project_form(s, pid)
        other.values["jobs_created"] = 999
        editing.save_project(s, other, user="Петров")

    _type(editor, "curator", "Смирнова О. П.")
    editor.save()
    assert editor.result() != editor.DialogCode.Accepted
    assert editor.banner.kind == "error"
    assert "INO-0004" in editor.banner.text() and "Jobs created" in editor.banner.text()
    assert editor.bindings["curator"].widget.text() == "Смирнова О. П."  # the typing is kept
    assert editor.reload_button.isVisibleTo(editor)
    with demo_ctx.db.session() as s:
        assert s.get(Project, pid).curator != "Смирнова О. П."

    editor.reload_keeping_changes()
    assert editor.bindings["jobs_created"].widget.text() == "999"  # their change is now in the form
    assert editor.bindings["curator"].widget.text() == "Смирнова О. П."  # and mine on top
    editor.save()
    assert editor.result() == editor.DialogCode.Accepted
    with demo_ctx.db.session() as s:
        project = s.get(Project, pid)
        assert (project.curator, project.jobs_created, project.version) == ("Смирнова О. П.", 999, 3)


def test_new_project_and_delete(qtbot, demo_ctx, answer_yes) -> None:
    editor = ProjectEditor(demo_ctx, None)
    qtbot.addWidget(editor)
    assert editor.bindings["code"].widget.text() == "INO-0025"
    assert [p.field for p in editor.problems] == ["name"]  # required, shown before the first save
    assert not editor.delete_button.isVisibleTo(editor)
    _type(editor, "name", "Технопарк «Томь»")
    editor.save()
    new_id = editor.result_info.project_id
    assert editor.result_info.created

    again = ProjectEditor(demo_ctx, new_id)
    qtbot.addWidget(again)
    again.delete()
    assert answer_yes and "INO-0025" in answer_yes[0]
    with demo_ctx.db.session() as s:
        assert s.get(Project, new_id) is None


def test_history_shows_manual_and_import_provenance(qtbot, demo_ctx) -> None:
    pid = _project_id(demo_ctx, "INO-0005")
    with demo_ctx.db.transaction() as s:
        form = editing.load_project_form(s, pid)
        form.values["rag"] = "red"
        editing.save_project(s, form, user="Иванова А. А.")
    widget = HistoryWidget(demo_ctx)
    qtbot.addWidget(widget)
    widget.show_project(pid)
    for model in (widget.provenance_model, widget.changes_model, widget.changes_proxy):
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    rows = {widget.provenance_model.index(r, 0).data(): [widget.provenance_model.index(r, c).data()
                                                         for c in range(5)]
            for r in range(widget.provenance_model.rowCount())}
    assert rows["Delivery confidence"][2:4] == ["Manual edit", "Иванова А. А."]
    assert rows["Total cost, RUB mln"][2] == "Import"
    assert "xlsx" in rows["Total cost, RUB mln"][3] and "I" in rows["Total cost, RUB mln"][3]

    widget.field_filter.setCurrentIndex(widget.field_filter.findData("rag"))
    assert widget.changes_proxy.rowCount() == 1
    assert widget.changes_view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    widget.show_project(None)
    assert widget.changes_model.rowCount() == 0 and widget.empty.isVisibleTo(widget)


def test_history_reads_an_imported_projects_create_row(qtbot, app_ctx, tmp_path, request) -> None:
    from openpyxl import Workbook

    from ino_desktop.importer import service

    wb = Workbook()
    ws = wb.active
    ws.title = "Проекты"
    ws.append(["Код", "Наименование проекта", "Стоимость, млн руб."])
    ws.append(["INO-0101", "Завод", 10])
    wb.save(tmp_path / "q1.xlsx")
    with app_ctx.db.transaction() as s:
        service.apply(service.plan(tmp_path / "q1.xlsx", s), s, backup=False)
    pid = _project_id(app_ctx, "INO-0101")

    def shown(widget: HistoryWidget) -> tuple[list[str], dict[str, str]]:
        widget.show_project(pid)
        changes = [widget.changes_model.index(r, 1).data() for r in range(widget.changes_model.rowCount())]
        where = {widget.provenance_model.index(r, 0).data(): widget.provenance_model.index(r, 3).data()
                 for r in range(widget.provenance_model.rowCount())}
        return changes, where

    english = HistoryWidget(app_ctx)
    qtbot.addWidget(english)
    changes, where = shown(english)
    assert changes == ["Created by import: q1.xlsx, sheet «Проекты», row 2"]
    assert where == {"Project code": "q1.xlsx, sheet «Проекты», A2", "Project name": "q1.xlsx, sheet «Проекты», B2",
                     "Total cost, RUB mln": "q1.xlsx, sheet «Проекты», C2"}
    english.field_filter.setCurrentIndex(english.field_filter.findData("name"))
    assert english.changes_proxy.rowCount() == 1  # the create row is part of every field's story
    request.getfixturevalue("russian")  # the Russian catalogue from here on
    russian = HistoryWidget(app_ctx)
    qtbot.addWidget(russian)
    changes, _ = shown(russian)
    assert changes == ["Создан импортом: q1.xlsx, лист «Проекты», строка 2"]
