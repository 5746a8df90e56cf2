"""Every dialog works from the keyboard: Tab reads the editor's form as the eye does, Enter saves,
Esc cancels, Ctrl+Tab changes pages; the other dialogs have a default button and reachable fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from sqlalchemy import select

from ino_desktop.models import Project
from ui.dialogs.editor_pages import _PAGES, _PROJECT_ROWS
from ui.dialogs.project_editor import ProjectEditor


def _walk(start: QWidget, widgets: dict[str, QWidget], fields: int) -> list[str | None]:
    """The fields Tab visits from `start`, each once (a date field takes a Tab per day, month and year)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [_owner(QApplication.focusWidget(), widgets)]
    for _ in range(fields * 4):
        if len(seen) == fields:
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        owner = _owner(QApplication.focusWidget(), widgets)
        if owner != seen[-1]:
            seen.append(owner)
    return seen


def _owner(widget: QWidget, candidates: dict[str, QWidget]) -> str | None:
    """The field whose widget is `widget` or holds it (an editable combo's line edit)."""
    while widget is not None:
        for name, w in candidates.items():
            if w is widget:
                return name
        widget = widget.parentWidget()
    return None


@pytest.fixture
def editor(qtbot, demo_ctx):  # type: ignore[no-untyped-def]
    pid = demo_ctx.portfolio.read(lambda s: s.scalar(select(Project.id).where(Project.code == "INO-0003")))
    dialog = ProjectEditor(demo_ctx, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    return dialog


def test_tab_walks_the_project_page_in_reading_order(editor) -> None:
    widgets = {f: b.widget for f, b in editor.bindings.items()}
    order = [f for row in _PROJECT_ROWS for f in row]
    assert _walk(widgets[order[0]], widgets, len(order)) == order


def test_tab_walks_the_money_page_and_ctrl_tab_changes_pages(editor) -> None:
    QTest.keyClick(editor.pages, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert editor.pages.currentIndex() == 1
    widgets = {f: b.widget for f, b in editor.bindings.items()}
    money = list(_PAGES["money"])
    assert _walk(widgets[money[0]], widgets, len(money)) == money


def test_enter_saves(editor, monkeypatch) -> None:
    assert editor.save_button.isDefault()
    assert not editor.delete_button.autoDefault()  # Enter never deletes
    saves: list[bool] = []
    editor.buttons.accepted.disconnect()
    editor.buttons.accepted.connect(lambda: saves.append(True))
    curator = editor.bindings["curator"].widget
    curator.setFocus()
    QTest.keyClicks(curator, " (ed.)")  # QTest types ASCII only
    QTest.keyClick(curator, Qt.Key.Key_Return)
    assert saves == [True]
    assert editor.bindings["curator"].raw().endswith(" (ed.)")
    editor.undo_stack.setClean()  # closing at teardown must not ask about unsaved changes


def test_escape_asks_then_cancels_without_saving(editor, demo_ctx, answer_yes) -> None:
    before = demo_ctx.portfolio.read(lambda s: s.scalar(select(Project.version).where(Project.code == "INO-0003")))
    QTest.keyClicks(editor.bindings["curator"].widget, "x")
    QTest.keyClick(editor.bindings["curator"].widget, Qt.Key.Key_Escape)
    assert len(answer_yes) == 1  # "discard the unsaved changes?" — answered Yes by the fixture
    assert editor.result() == QDialog.DialogCode.Rejected
    after = demo_ctx.portfolio.read(lambda s: s.scalar(select(Project.version).where(Project.code == "INO-0003")))
    assert after == before


def test_pack_and_settings_dialogs_have_a_default_button(qtbot, demo_ctx) -> None:
    from ui.dialogs.pack_dialog import PackDialog
    from ui.dialogs.settings_dialog import SettingsDialog

    for dialog in (PackDialog(demo_ctx), SettingsDialog(demo_ctx)):
        qtbot.addWidget(dialog)
        dialog.show()
        defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
        assert len(defaults) == 1, type(dialog).__name__
