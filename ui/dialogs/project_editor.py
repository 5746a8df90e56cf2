"""The project editor: one dialog per project, validated as you type, every edit undoable, saved in
one transaction with the change log (ino_desktop.services.editing). A save that collides with a newer
change is refused and the form keeps everything typed; "Reload and keep my changes" puts the
person's edits on top of the newer version."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ino_desktop import reference as ref
from ino_desktop.errors import EditConflict
from ino_desktop.models import PROJECT_FIELDS
from ino_desktop.services import editing
from ino_desktop.services.editing import MilestoneForm, Problem, ProjectForm, ValidationFailed
from ui.core_messages import error_text, render
from ui.dialogs.common import Banner, current_user, field_label
from ui.dialogs.editor_fields import Binding, FormCommand, binding_for
from ui.dialogs.editor_pages import LINKS, EditorPages
from ui.edit_undo import FormState, SavedEdit, report_to
from ui.icons import icon


def _save_job(session: Any, _progress: Any, form: ProjectForm, user: str) -> editing.SaveResult:
    return editing.save_project(session, form, user=user)


class ProjectEditor(QDialog):
    def __init__(self, ctx: Any, project_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form: ProjectForm = ctx.portfolio.read(editing.load_project_form, project_id)
        self.loaded = FormState.of(self.form)  # what Edit ▸ Undo in the window goes back to after a save
        self.result_info: editing.SaveResult | None = None
        self.problems: list[Problem] = []
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(self._title())
        self.setMinimumSize(860, 640)

        choices = ctx.portfolio.read(lambda s: (editing.organisation_choices(s), editing.instrument_choices(s)))
        self.organisations, self.instruments = choices
        suggestions = {"lead_organization": [c.name for c in self.organisations], "location": list(ref.LOCATIONS)}
        self.bindings: dict[str, Binding] = {f: binding_for(f, ctx.lang, suggestions) for f in PROJECT_FIELDS}
        for binding in self.bindings.values():
            binding.set_raw(binding.to_raw(self.form.values.get(binding.field)))
            binding.on_edit = self._edited
        self._raw_cache: dict[str, Any] = {f: b.raw() for f, b in self.bindings.items()}  # last applied
        self.pages = EditorPages(self, ctx, self.bindings, self.organisations, self.instruments)
        self.pages.milestones_model.set_rows(self.form.milestones)
        self.pages.set_links("participants", self.form.participants)
        self.pages.set_links("instruments", self.form.instruments)
        self.pages.links_changed.connect(self._links_edited)
        if self.pages.history is not None:
            self.pages.history.restore_requested.connect(self.restore_value)
            self.pages.history.offers_restore = True

        self.banner = Banner()
        self.problem_banner = Banner()
        self.reload_button = QPushButton(self.tr("Reload and keep my changes"))
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload_keeping_changes)
        top = QHBoxLayout()
        top.addWidget(self.banner, 1)
        top.addWidget(self.reload_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.reload_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        save_keys = QAction(self)
        save_keys.setShortcut(QKeySequence.StandardKey.Save)  # Ctrl+S saves, as in every editor
        save_keys.triggered.connect(lambda: self.save() if self.save_button.isEnabled() else None)
        self.addAction(save_keys)
        self.save_button.setToolTip(self.tr("Save (%1)").replace(
            "%1", QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)))
        self.buttons.rejected.connect(self.reject)
        undo, redo = self._tool(self.undo_stack.createUndoAction(self, self.tr("Undo")), "undo",
                                QKeySequence.StandardKey.Undo), \
            self._tool(self.undo_stack.createRedoAction(self, self.tr("Redo")), "redo", QKeySequence.StandardKey.Redo)
        self.delete_button = QPushButton(icon("clear"), self.tr("Delete project…"))
        self.delete_button.setVisible(not self.form.is_new)
        self.delete_button.clicked.connect(self.delete)
        self.delete_button.setAutoDefault(False)  # Enter never deletes, even with the focus on it
        bottom = QHBoxLayout()
        bottom.addWidget(undo)
        bottom.addWidget(redo)
        bottom.addSpacing(12)
        bottom.addWidget(self.delete_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.problem_banner)
        layout.addLayout(bottom)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        # Enter in a one-line field saves, Esc cancels. Set once the button is inside the dialog: only then
        # does the dialog take it as its default (else the first push button, "Add milestone", would be).
        self.save_button.setDefault(True)
        self._revalidate()

    # --- building ---------------------------------------------------------------------------------
    def _tool(self, action: Any, icon_name: str, keys: QKeySequence.StandardKey) -> QToolButton:
        action.setIcon(icon(icon_name))
        action.setShortcut(keys)
        self.addAction(action)
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button

    def _title(self) -> str:
        # "[*]" is where Qt shows the unsaved-changes mark (setWindowModified).
        if self.form.is_new:
            return self.tr("New project") + "[*]"
        return self.tr("Project {code}").format(code=self.form.values.get("code") or "") + "[*]"

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    # --- edits and undo ---------------------------------------------------------------------------
    def _edited(self, field: str, raw: Any) -> None:
        old = self._raw_state(field)
        self.undo_stack.push(FormCommand(self._apply, field, old, raw, merges=self.bindings[field].merges))

    def _links_edited(self, key: str, value: Any) -> None:
        self.undo_stack.push(FormCommand(self._apply, key, self._raw_state(key), value, merges=False))

    def milestones_edited(self, milestones: list[MilestoneForm]) -> None:
        self.undo_stack.push(FormCommand(self._apply, "milestones", list(self.form.milestones), milestones,
                                         merges=False))

    def _raw_state(self, key: str) -> Any:
        """What an undo returns to: the last raw value applied (the widget already holds the new one)."""
        if key == "milestones":
            return list(self.form.milestones)
        if key in LINKS:
            return list(getattr(self.form, key))
        return self._raw_cache.get(key, self.bindings[key].to_raw(self.form.values.get(key)))


    def _apply(self, key: str, value: Any) -> None:
        """Redo/undo land here: put the value in the form and on the widget, then validate."""
        if key == "milestones":
            self.form.milestones = list(value)
            self.pages.milestones_model.set_rows(self.form.milestones)
        elif key in LINKS:
            setattr(self.form, key, list(value))
            self.pages.set_links(key, value)
        else:
            binding = self.bindings[key]
            self._raw_cache[key] = value
            binding.set_raw(value)
            self.form.values[key] = binding.parse(value)[0]
        if self.banner.kind != "error":
            self.banner.clear_message()
        self._revalidate()

    def _revalidate(self) -> None:
        parse_problems = []
        for field, binding in self.bindings.items():
            value, error = binding.parse(binding.raw())
            if error:
                parse_problems.append(Problem(field, error, "not_a_number"))
            else:
                self.form.values[field] = value
        problems = [*parse_problems, *(p for p in editing.validate(self.form.values, self.form.milestones)
                                       if p.field not in {q.field for q in parse_problems})]
        self.problems = problems
        reasons = [_reason(p) for p in problems]  # each rendered once, in the window's language
        by_field: dict[str, list[str]] = {}
        for p, reason in zip(problems, reasons, strict=True):
            by_field.setdefault(p.field, []).append(reason)
        for field, binding in self.bindings.items():
            binding.mark("; ".join(by_field[field]) if field in by_field else None)
        self.pages.mark_tabs(by_field)
        if problems:
            lines = [f"{field_label(p.field)}: {reason}" for p, reason in zip(problems[:4], reasons, strict=False)]
            more = len(problems) - 4
            text = self.tr("Cannot save yet — ") + "; ".join(lines) + (f" (+{more})" if more > 0 else "")
            self.problem_banner.show_message(text, "warning")
        else:
            self.problem_banner.clear_message()
        self.save_button.setEnabled(not problems)

    # --- saving -----------------------------------------------------------------------------------
    def save(self) -> None:
        self._revalidate()
        if self.problems:
            return
        form = replace(self.form, values=dict(self.form.values), milestones=list(self.form.milestones),
                       participants=list(self.form.participants), instruments=list(self.form.instruments))
        self.save_button.setEnabled(False)
        self.ctx.write(_save_job, form, current_user(), kinds={"projects"}, name=self.tr("Saving the project"),
                       on_done=self._saved, on_error=self._save_failed)

    def _saved(self, result: editing.SaveResult) -> None:
        self.result_info = result
        if not result.created and result.changed:  # a new project is not "undone" by deleting it
            self.ctx.undo_stack.push_edit(SavedEdit(self.ctx, report_to(self.parentWidget()), result, self.loaded,
                                                    FormState.of(self.form)))
        self.undo_stack.setClean()
        self.accept()

    def restore_value(self, field: str, value: Any) -> None:
        """History ▸ "Restore this value": the value goes into the form as one undoable edit; Save keeps it."""
        binding = self.bindings.get(field)
        if binding is None:
            return
        raw = binding.to_raw(value)
        binding.set_raw(raw)
        self._edited(field, raw)
        self.banner.show_message(self.tr("{field} is set back to the earlier value; save to keep it "
                                         "(Ctrl+Z takes it back)").format(field=field_label(field)), "info")

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            self.problems = exc.problems
            self.banner.show_message(error_text(exc), "error")
            return
        self.banner.show_message(error_text(exc), "error")
        self.reload_button.setVisible(isinstance(exc, EditConflict) and not self.form.is_new)

    def my_changes(self) -> dict[str, Any]:
        """What this person changed since loading: field -> raw value (and links/milestones)."""
        mine: dict[str, Any] = {}
        for field, binding in self.bindings.items():
            loaded = binding.to_raw(self.form.original.get(field))
            if binding.parse(binding.raw())[0] != binding.parse(loaded)[0]:
                mine[field] = binding.raw()
        snapshot = self.ctx.portfolio.read(self.form.snapshot)
        for key in (*LINKS, "milestones"):
            if snapshot.get(key) != self.form.original.get(key):
                mine[key] = list(getattr(self.form, key))
        return mine

    def reload_keeping_changes(self) -> None:
        """After a conflict: load the newer version, then put this person's changes back on top."""
        mine = self.my_changes()
        fresh = self.ctx.portfolio.read(editing.load_project_form, self.form.project_id)
        self.form = fresh
        self.loaded = FormState.of(fresh)
        for field, binding in self.bindings.items():
            binding.set_raw(mine.get(field, binding.to_raw(fresh.values.get(field))))
        self._raw_cache = {f: b.raw() for f, b in self.bindings.items()}
        for key in (*LINKS, "milestones"):
            if key in mine:
                setattr(self.form, key, mine[key])
        self.pages.milestones_model.set_rows(self.form.milestones)
        for key in LINKS:
            self.pages.set_links(key, getattr(self.form, key))
        self.undo_stack.clear()
        self.reload_button.hide()
        names = ", ".join(field_label(k) for k in mine) or self.tr("none")
        self.banner.show_message(self.tr("Reloaded the newer version; your changes are back on top ({names}). "
                                         "Check them and save.").format(names=names), "info")
        self._revalidate()

    def delete(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete project"),
            self.tr("Delete {code} and its milestones? The change log keeps its last values.").format(
                code=self.form.values.get("code")))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_now()

    def delete_now(self) -> None:
        def job(session: Any, _progress: Any, project_id: int, version: int | None, user: str) -> str:
            return editing.delete_project(session, project_id, version, user=user)

        self.ctx.write(job, self.form.project_id, self.form.version, current_user(), kinds={"projects"},
                       name=self.tr("Deleting the project"), on_done=lambda _code: self._deleted(),
                       on_error=lambda exc: self.banner.show_message(error_text(exc), "error"))

    def _deleted(self) -> None:
        self.undo_stack.setClean()
        self.accept()

    def reject(self) -> None:
        if not self.undo_stack.isClean():
            answer = QMessageBox.question(self, self.tr("Unsaved changes"),
                                          self.tr("Close without saving your changes?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()


def edit_project(parent: QWidget | None, ctx: Any, project_id: int | None) -> bool:
    """Open the editor (None = a new project); True when something was saved or deleted."""
    try:
        dialog = ProjectEditor(ctx, project_id, parent)
    except Exception as exc:  # a project deleted meanwhile, a closed database: one line, no traceback
        QMessageBox.warning(parent, QCoreApplication.translate("ProjectEditor", "Project"), error_text(exc))
        return False
    return dialog.exec() == QDialog.DialogCode.Accepted


def _reason(problem: Problem) -> str:
    """Why a value is refused, in the window's language: the rule's coded message (with its figures), or
    the form's own parse error, already translated."""
    return render(problem.coded) if problem.coded is not None else problem.message
