"""Saving the table's current filter as a named view, and renaming or deleting views from the navigator.

Writes go through ctx.write (one transaction on the single writer); the navigator's "Saved views"
branch is rebuilt from the data_changed that follows, like every other view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from ino_desktop.services import views
from ino_desktop.services.filters import ProjectFilter
from ui.core_messages import error_text
from ui.filter_caption import describe
from ui.read_only import refusal

if TYPE_CHECKING:
    from ui.main_window import MainWindow

KINDS = frozenset({"views"})


def _save(session: Any, _progress: Any, name: str, flt: ProjectFilter) -> views.SavedViewInfo:
    return views.save_view(session, name, flt)


def _rename(session: Any, _progress: Any, view_id: int, name: str) -> views.SavedViewInfo:
    return views.rename_view(session, view_id, name)


def _delete(session: Any, _progress: Any, view_id: int) -> None:
    views.delete_view(session, view_id)


class SavedViewActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.ctx = window.ctx
        nav = window.navigator
        nav.save_view_requested.connect(self.save_current)
        nav.rename_view_requested.connect(self.rename)
        nav.delete_view_requested.connect(self.delete)

    def _refused(self) -> bool:
        """Saved views live in the portfolio: a read-only one says why instead of asking for a name."""
        reason = refusal(self.ctx.db)
        if reason is not None:
            self.w.show_message(reason)
        return reason is not None

    def _ask_name(self, title: str, label: str, text: str = "") -> str | None:
        name, ok = QInputDialog.getText(self.w, title, label, QLineEdit.EchoMode.Normal, text)
        return name.strip() if ok and name.strip() else None

    def save_current(self) -> None:
        flt = self.w.current_filter()
        if self.ctx.db is None or self._refused():
            return
        if flt.is_empty():
            self.w.show_message(self.tr("Choose a selection in the navigator or type a filter first: "
                                        "the whole portfolio is already «All projects»"))
            return
        name = self._ask_name(self.tr("Save the filter as a view"),
                              self.tr("Name of the view for: %1").replace("%1", describe(flt, self.ctx.lang)))
        if name is None:
            return
        self.ctx.write(_save, name, flt, kinds=KINDS, name="save view",
                       on_done=self._saved, on_error=self._failed)

    def _saved(self, info: views.SavedViewInfo) -> None:
        self.w.navigator.select(f"view:{info.id}")
        self.w.show_message(self.tr("Saved the view «%1»").replace("%1", info.name))

    def rename(self, view_id: int, current: str) -> None:
        if self._refused():
            return
        name = self._ask_name(self.tr("Rename the view"), self.tr("New name of «%1»:").replace("%1", current),
                              current)
        if name is None or name == current:
            return
        self.ctx.write(_rename, view_id, name, kinds=KINDS, name="rename view", on_error=self._failed)

    def delete(self, view_id: int, name: str) -> None:
        if self._refused():
            return
        answer = QMessageBox.question(self.w, self.tr("Delete the view"), self.tr(
            "Delete the saved view «%1»? The projects it shows are not touched.").replace("%1", name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.write(_delete, view_id, kinds=KINDS, name="delete view", on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.w.show_error(error_text(exc))
