"""Edit ▸ Undo for saved project edits: each save in the editor (and each "restore this value") becomes a
command on the window's QUndoStack. Undo writes the values from before the save back through the core's
editing service — a normal save, so the change log records it, version checks included — and redo writes
the saved values again. If someone changed the project in between, nothing is written and the history is
cleared (it no longer describes the database); the person is told in one line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from ino_desktop.services import editing
from ino_desktop.services.editing import MilestoneForm, ProjectForm
from ui.core_messages import error_text
from ui.dialogs.common import current_user, field_label


@dataclass(frozen=True)
class FormState:
    """What a save writes: field values and links (ids), as the editor's form holds them."""

    values: dict[str, Any]
    milestones: list[MilestoneForm] = field(default_factory=list)
    participants: list[int] = field(default_factory=list)
    instruments: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, form: ProjectForm) -> FormState:
        return cls(dict(form.values), list(form.milestones), list(form.participants), list(form.instruments))


class ChangedMeanwhile(Exception):
    """The project is not at the version this command left it in: someone saved it since."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def write_state(session: Any, _progress: Any, project_id: int, expected_version: int, state: FormState,
                user: str) -> editing.SaveResult:
    """Put `state` into the project if it is still at `expected_version` (one transaction, change log kept)."""
    form = editing.load_project_form(session, project_id)
    if form.version != expected_version:
        raise ChangedMeanwhile(str(form.values.get("code") or project_id))
    form = replace(form, values=dict(state.values), milestones=list(state.milestones),
                   participants=list(state.participants), instruments=list(state.instruments))
    return editing.save_project(session, form, user=user)


def report_to(parent: QWidget | None) -> Callable[[str], None]:
    """Where a failed undo is told: the main window's own message box, or a plain warning."""
    show_error = getattr(parent, "show_error", None)
    if callable(show_error):
        return show_error

    def warn(message: str) -> None:
        QMessageBox.warning(parent, "INO Desktop", message)

    return warn


class EditHistory(QUndoStack):
    """The window's undo stack, knowing the version each project was left at by the last command that wrote it,
    so that undoing two edits of one project in a row is not taken for someone else's change."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.versions: dict[int, int] = {}

    def push_edit(self, command: SavedEdit) -> None:
        self.versions[command.project_id] = command.version
        self.push(command)


class SavedEdit(QUndoCommand):
    """One saved edit of one project. The first redo (when pushed) does nothing: the save already happened."""

    def __init__(self, ctx: Any, report: Callable[[str], None], result: editing.SaveResult, before: FormState,
                 after: FormState) -> None:
        names = ", ".join(field_label(f) for f in result.changed[:3])
        more = len(result.changed) - 3
        super().__init__(QCoreApplication.translate("EditUndo", "edit of %1 (%2)").replace("%1", result.code).replace(
            "%2", names + (f" +{more}" if more > 0 else "")))
        self.ctx = ctx
        self.report = report  # report(message) shows one line to the person (the main window's show_error)
        self.project_id = result.project_id
        self.version = result.version
        self.before, self.after = before, after
        self._pushed = True

    def redo(self) -> None:
        if self._pushed:
            self._pushed = False
            return
        self._write(self.after)

    def undo(self) -> None:
        self._write(self.before)

    def _write(self, state: FormState) -> None:
        history = self.ctx.undo_stack
        expected = history.versions.get(self.project_id, self.version)
        self.ctx.write(write_state, self.project_id, expected, state, current_user(), kinds={"projects"},
                       name=QCoreApplication.translate("EditUndo", "Undoing an edit"), on_done=self._written,
                       on_error=self._failed)

    def _written(self, result: editing.SaveResult) -> None:
        self.ctx.undo_stack.versions[self.project_id] = result.version

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ChangedMeanwhile):
            message = QCoreApplication.translate(
                "EditUndo", "%1 was changed since this edit; nothing was undone, and the undo history is cleared "
                "— open the project to change it by hand").replace("%1", exc.code)
        else:
            message = QCoreApplication.translate("EditUndo", "Nothing was undone: %1").replace("%1", error_text(exc))
        QTimer.singleShot(0, self.ctx.undo_stack.clear)  # not while the stack is inside undo()/redo()
        self.report(message)
