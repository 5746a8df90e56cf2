"""The History tab: where each field's value came from, and every change of the project.

A manual edit names the person; an import names the file, sheet and cell. The details pane and the
project editor embed this widget and call `show_project(project_id)`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ino_desktop.models import PROJECT_FIELDS
from ino_desktop.services import editing
from ino_desktop.services.changes import FieldChange
from ino_desktop.services.details import created_row_number, is_created_row
from ui.core_messages import error_text
from ui.dialogs.common import field_label, fmt_date, fmt_value, origin_label
from ui.icons import icon
from ui.models.rows_model import Column, RowsModel, RowsProxy
from ui.registers.base import fit_columns

_ORIGIN_COLOURS = {"manual": "#0b5cad", "import": "#1d7a35", "undo": "#7a7a7a", "demo": "#8a6d00"}


def _source(change: FieldChange) -> str:
    if change.origin == "import" and change.file_name:
        parts = [change.file_name]
        if change.sheet:
            parts.append(QCoreApplication.translate("HistoryWidget", "sheet «{}»").format(change.sheet))
        row = created_row_number(change) if is_created_row(change) else None
        if row is not None:  # the whole row a new project came from, not one cell
            parts.append(QCoreApplication.translate("HistoryWidget", "row {}").format(row))
        elif change.cell:
            parts.append(change.cell)
        return ", ".join(parts)
    return change.changed_by or origin_label(change.origin)


def _field(change: FieldChange) -> str:
    if is_created_row(change):  # one row for every field an imported project was created with
        what = (QCoreApplication.translate("HistoryWidget", "Created by import") if change.origin == "import"
                else QCoreApplication.translate("HistoryWidget", "Created", "the project was created"))
        return f"{what}: {_source(change)}" if change.origin == "import" else what
    return field_label(change.field)


class HistoryWidget(QWidget):
    restore_requested = Signal(str, object)  # field, the value it had before the selected change

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.project_id: int | None = None
        self.history: editing.ProjectHistory | None = None
        self.offers_restore = False  # set by whoever takes restore_requested (the project editor)

        self.title = QLabel()
        self.title.setStyleSheet("font-weight:600; font-size:11pt;")
        self.title.setWordWrap(True)

        lang = ctx.lang
        self.provenance_model = RowsModel([
            Column(self.tr("Field"), lambda c: field_label(c.field)),
            Column(self.tr("Value now"), lambda c: fmt_value(c.field, c.new, lang)),
            Column(self.tr("Came from"), lambda c: origin_label(c.origin),
                   foreground=lambda c: _ORIGIN_COLOURS.get(c.origin)),
            Column(self.tr("Source"), _source, tooltip=_source),
            Column(self.tr("When"), lambda c: fmt_date(c.changed_at), sort=lambda c: c.changed_at),
        ], parent=self)
        self.changes_model = RowsModel([
            Column(self.tr("When"), lambda c: fmt_date(c.changed_at), sort=lambda c: c.changed_at),
            Column(self.tr("Field"), _field, tooltip=_field),
            Column(self.tr("Old value"), lambda c: fmt_value(c.field, c.old, lang),
                   tooltip=lambda c: fmt_value(c.field, c.old, lang)),
            Column(self.tr("New value"), lambda c: fmt_value(c.field, c.new, lang),
                   tooltip=lambda c: fmt_value(c.field, c.new, lang)),
            Column(self.tr("Origin"), lambda c: origin_label(c.origin),
                   foreground=lambda c: _ORIGIN_COLOURS.get(c.origin)),
            Column(self.tr("By / source"), _source, tooltip=_source),
        ], parent=self)
        self.changes_proxy = RowsProxy(self)
        self.changes_proxy.setSourceModel(self.changes_model)
        self.provenance_view = self._table(self.provenance_model)
        self.changes_view = self._table(self.changes_proxy)
        self.changes_view.setSortingEnabled(True)
        self.changes_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)

        self.field_filter = QComboBox()
        self.field_filter.currentIndexChanged.connect(self._filter_changes)
        self.provenance_view.selectionModel().currentRowChanged.connect(self._follow_provenance)

        top = QWidget()
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        top_box.addWidget(self._heading(self.tr("Where each value came from")))
        top_box.addWidget(self.provenance_view)
        bottom = QWidget()
        bottom_box = QVBoxLayout(bottom)
        bottom_box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self._heading(self.tr("All changes")))
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Field:")))
        row.addWidget(self.field_filter)
        bottom_box.addLayout(row)
        bottom_box.addWidget(self.changes_view)
        self.restore_button = QPushButton(icon("undo"), self.tr("&Restore this value"))
        self.restore_button.setToolTip(self.tr("Put the value the field had before the selected change back into "
                                               "the form; Save keeps it"))
        self.restore_button.setAutoDefault(False)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore_selected)
        self.changes_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_restore())
        restore_row = QHBoxLayout()
        restore_row.addStretch(1)
        restore_row.addWidget(self.restore_button)
        bottom_box.addLayout(restore_row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color:#666;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.splitter = splitter

        portfolio = getattr(ctx, "portfolio", None)
        if portfolio is not None:
            portfolio.data_changed.connect(self._on_data_changed)
        self._show_nothing(self.tr("Select a project to see its history."))

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight:600; color:#333;")
        return label

    @staticmethod
    def _table(model: Any) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return view

    def show_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        if project_id is None:
            self._show_nothing(self.tr("Select a project to see its history."))
            return
        try:
            history = self.ctx.portfolio.read(editing.project_history, project_id)
        except Exception as exc:  # a deleted project or a closed database: say so in place
            self._show_nothing(error_text(exc))
            return
        self.history = history
        self.title.setText(f"{history.code} — {history.name}")
        provenance = sorted(history.provenance.values(), key=lambda c: _field_order(c.field))
        self.provenance_model.set_rows(provenance)
        self.changes_model.set_rows(history.changes)
        self._fill_field_filter(provenance)
        has_changes = bool(history.changes)
        self.splitter.setVisible(has_changes)
        self.empty.setVisible(not has_changes)
        if not has_changes:
            self.empty.setText(self.tr("No changes recorded for this project yet."))
        # The source (file, sheet, cell) takes the spare width; values are capped and elided (tooltips).
        fit_columns(self.provenance_view, widest=260, stretch=3)
        fit_columns(self.changes_view, widest=220, stretch=5)

    def _show_nothing(self, message: str) -> None:
        self.history = None
        self.title.setText("")
        self.provenance_model.set_rows([])
        self.changes_model.set_rows([])
        self.splitter.hide()
        self.empty.setText(message)
        self.empty.show()

    def _fill_field_filter(self, provenance: list[FieldChange]) -> None:
        wanted = self.field_filter.currentData()
        self.field_filter.blockSignals(True)
        self.field_filter.clear()
        self.field_filter.addItem(self.tr("All fields"), None)
        for change in provenance:
            self.field_filter.addItem(field_label(change.field), change.field)
        index = self.field_filter.findData(wanted)
        self.field_filter.setCurrentIndex(max(index, 0))
        self.field_filter.blockSignals(False)
        self._filter_changes()

    def _filter_changes(self) -> None:
        wanted = self.field_filter.currentData()
        if self.history is None:
            return
        # An imported project's create row set every field, so it belongs to each field's story.
        rows = [c for c in self.history.changes if wanted is None or c.field == wanted or is_created_row(c)]
        self.changes_model.set_rows(rows)

    def _follow_provenance(self, current: Any, _previous: Any) -> None:
        change = self.provenance_model.row_at(current)
        if change is not None:
            self.field_filter.setCurrentIndex(max(self.field_filter.findData(change.field), 0))

    def selected_change(self) -> FieldChange | None:
        current = self.changes_view.currentIndex()
        if not current.isValid():
            return None
        return self.changes_model.row_at(self.changes_proxy.mapToSource(current))

    def _restorable(self, change: FieldChange | None) -> bool:
        # Plain fields only: links and milestones are edited on their own tabs; a create row has no earlier value.
        return (change is not None and change.field in PROJECT_FIELDS and not is_created_row(change)
                and self.offers_restore)

    def _update_restore(self) -> None:
        self.restore_button.setEnabled(self._restorable(self.selected_change()))

    def _restore_selected(self) -> None:
        change = self.selected_change()
        if change is not None and self._restorable(change):
            self.restore_requested.emit(change.field, change.old)

    def _on_data_changed(self, kinds: Any) -> None:
        if self.project_id is not None and ({"projects", "imports", "all"} & set(kinds or ())):
            self.show_project(self.project_id)


def _field_order(name: str) -> int:
    order = (*PROJECT_FIELDS, *editing.LINK_FIELDS)
    return order.index(name) if name in order else len(order)
