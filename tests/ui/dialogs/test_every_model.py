"""Qt's model tester over every item model the window builds: the main window's, each register's and
each dialog's (found as the windows' children, so a new model is tested without a test of its own),
checked while the portfolio is loaded, filtered, sorted and refreshed. A model class of ui/ that none of
these windows holds fails the test, so it cannot escape the tester."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QWidget

import ui
from ui.dialogs.history_view import HistoryWidget
from ui.dialogs.import_history import ImportHistory
from ui.dialogs.import_wizard import ImportWizard
from ui.dialogs.pack_dialog import PackDialog
from ui.dialogs.project_editor import ProjectEditor
from ui.main_window import MainWindow
from ui.registers import REGISTERS, open_register

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def _ours(widget: QWidget) -> list[QAbstractItemModel]:
    return [m for m in widget.findChildren(QAbstractItemModel) if type(m).__module__.startswith("ui.")]


def _model_classes() -> set[type]:
    """Every item model class defined in the window's package."""
    found: set[type] = set()
    for info in pkgutil.walk_packages(ui.__path__, "ui."):
        if info.name in ("ui.__main__", "ui.screenshots"):
            continue
        module = importlib.import_module(info.name)
        found.update(c for _n, c in inspect.getmembers(module, inspect.isclass)
                     if issubclass(c, QAbstractItemModel) and c.__module__ == info.name)
    return found


def test_every_item_model_passes_the_model_tester(qtbot, window: MainWindow, samples: Path) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    first = window.table.model.row_at(0)
    assert first is not None
    window.table.select_project(first.id)
    history = HistoryWidget(ctx)
    history.show_project(first.id)
    holders: list[QWidget] = [window, history, ProjectEditor(ctx, first.id, window), ImportHistory(ctx, window),
                              ImportWizard(ctx, str(samples / "bad_rows.xlsx"), window),
                              PackDialog(ctx, window.current_filter(), window)]
    holders += [open_register(window, ctx, name) for name in REGISTERS]
    for widget in holders[1:]:
        if widget.parent() is None:
            qtbot.addWidget(widget)

    models = list({id(m): m for holder in holders for m in _ours(holder)}.values())  # a dialog is the window's child
    testers = [QAbstractItemModelTester(m, FATAL) for m in models]  # checks every change from here on
    assert _model_classes() <= {type(m) for m in models}, "a model class the windows do not hold"
    assert sum(1 for m in models if m.rowCount() > 0) >= len(REGISTERS) + 2

    for model in models:
        if isinstance(model, QSortFilterProxyModel):
            model.sort(0, Qt.SortOrder.DescendingOrder)
    window.navigator.select("rag:red")  # the table filters
    window.navigator.select("all")
    ctx.portfolio.notify({"projects", "registers", "imports"})  # every view refreshes its rows
    history.show_project(None)
    assert len(testers) == len(models)
