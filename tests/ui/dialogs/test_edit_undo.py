"""Edit ▸ Undo reverts saved edits through the editing service (change log kept), the history tab's
"Restore this value", and Ctrl+S in the editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select, update

from ino_desktop.models import Project
from ino_desktop.services.changes import field_history
from ui.dialogs.project_editor import ProjectEditor


def _project_id(ctx, code: str) -> int:  # type: ignore[no-untyped-def]
    return ctx.portfolio.read(lambda s: s.scalar(select(Project.id).where(Project.code == code)))


def _values(ctx, pid: int) -> tuple:  # type: ignore[no-untyped-def]
    def read(session):  # type: ignore[no-untyped-def]
        project = session.get(Project, pid)
        return project.total_cost_mln, project.status, project.version

    return ctx.portfolio.read(read)


def _ctrl_s(editor: ProjectEditor, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def _edit(window, pid: int, qtbot, **fields: str) -> None:  # type: ignore[no-untyped-def]
    editor = ProjectEditor(window.ctx, pid, window)
    qtbot.addWidget(editor)
    for field, value in fields.items():
        binding = editor.bindings[field]
        if field == "status":
            binding.widget.setCurrentIndex(binding.widget.findData(value))
        else:
            binding.widget.setText(value)
            binding.widget.textEdited.emit(value)
    _ctrl_s(editor, qtbot)  # Ctrl+S saves
    assert editor.result() == editor.DialogCode.Accepted


def test_ctrl_z_in_the_window_reverts_saved_edits_one_by_one_with_the_change_log(window, demo_ctx, qtbot) -> None:
    pid = _project_id(demo_ctx, "INO-0003")
    assert _values(demo_ctx, pid) == (120.0, "completed", 1)
    undo = window.menus.actions["undo"]
    assert not undo.isEnabled()
    _edit(window, pid, qtbot, total_cost_mln="1 234,5")
    _edit(window, pid, qtbot, status="suspended")
    assert _values(demo_ctx, pid) == (1234.5, "suspended", 3)
    assert undo.isEnabled() and undo.text() == "&Undo edit of INO-0003 (Status)"

    undo.trigger()
    assert _values(demo_ctx, pid) == (1234.5, "completed", 4)
    undo.trigger()  # the second undo of the same project is not taken for someone else's change
    assert _values(demo_ctx, pid)[:2] == (120.0, "completed")
    assert not undo.isEnabled()
    with demo_ctx.db.session() as s:
        latest = field_history(s, "INO-0003", "total_cost_mln")[0]
    assert (latest.origin, latest.old, latest.new) == ("manual", 1234.5, 120.0)  # undo is in the change log

    window.menus.actions["redo"].trigger()
    assert _values(demo_ctx, pid)[:2] == (1234.5, "completed")
    assert window.table.model.row_at(window.table.model.row_of_project(pid)).total_cost_mln == 1234.5


def test_undo_refuses_when_someone_changed_the_project_meanwhile(window, demo_ctx, qtbot, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(window, "show_error", told.append)
    pid = _project_id(demo_ctx, "INO-0003")
    _edit(window, pid, qtbot, total_cost_mln="500")
    demo_ctx.write(lambda s, p: s.execute(update(Project).where(Project.id == pid).values(
        status="suspended", version=Project.version + 1)))
    before = _values(demo_ctx, pid)
    window.menus.actions["undo"].trigger()
    qtbot.waitUntil(lambda: demo_ctx.undo_stack.count() == 0)
    assert _values(demo_ctx, pid) == before  # nothing written
    assert told == ["INO-0003 was changed since this edit; nothing was undone, and the undo history is cleared "
                    "— open the project to change it by hand"]
    assert not window.menus.actions["undo"].isEnabled()


def test_history_restores_the_value_before_a_change(window, demo_ctx, qtbot) -> None:
    pid = _project_id(demo_ctx, "INO-0003")
    _edit(window, pid, qtbot, total_cost_mln="777")
    editor = ProjectEditor(demo_ctx, pid, window)
    qtbot.addWidget(editor)
    history = editor.pages.history
    assert history is not None and not history.restore_button.isEnabled()
    rows = [history.changes_model.row_at(history.changes_proxy.mapToSource(history.changes_proxy.index(r, 0)))
            for r in range(history.changes_proxy.rowCount())]
    row = next(n for n, c in enumerate(rows) if c.field == "total_cost_mln" and c.new == 777.0)
    history.changes_view.setCurrentIndex(history.changes_proxy.index(row, 0))
    assert history.restore_button.isEnabled()
    history.restore_button.click()
    assert editor.form.values["total_cost_mln"] == 120.0
    assert editor.bindings["total_cost_mln"].widget.text() == "120"
    editor.undo_stack.undo()  # the restore is an ordinary, undoable edit in the form
    assert editor.form.values["total_cost_mln"] == 777.0
    editor.undo_stack.redo()
    _ctrl_s(editor, qtbot)
    assert _values(demo_ctx, pid)[0] == 120.0
