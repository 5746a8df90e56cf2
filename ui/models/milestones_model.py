"""The editor's milestones table: title, planned and actual date, status — edited in place.

The model never changes its own rows on an edit: it hands the new list to `on_change`, which pushes
an undo command; the command's redo/undo calls `set_rows`. So every edit can be undone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ino_desktop.services.editing import MilestoneForm, milestone_replace
from ui.dialogs.common import fmt_date, term_name
from ui.models.rows_model import SortRole

Index = QModelIndex | QPersistentModelIndex
TITLE, PLANNED, ACTUAL, STATUS = range(4)
_ATTRS = {TITLE: "title", PLANNED: "planned_date", ACTUAL: "actual_date", STATUS: "status"}


class MilestonesModel(QAbstractTableModel):
    def __init__(self, lang: str, on_change: Callable[[list[MilestoneForm]], None],
                 as_at: dt.date | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.on_change = on_change
        self.as_at = as_at or dt.date.today()
        self.rows: list[MilestoneForm] = []

    def set_rows(self, rows: list[MilestoneForm]) -> None:
        if len(rows) == len(self.rows) and self.rows:  # an edit in place: no reset under an open editor
            self.rows = list(rows)
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 3))
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def milestone(self, row: int) -> MilestoneForm:
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Milestone"), self.tr("Planned"), self.tr("Actual"), self.tr("Status"))[section] \
                if 0 <= section < 4 else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def is_late(self, m: MilestoneForm) -> bool:
        return m.actual_date is None and m.planned_date is not None and m.planned_date < self.as_at

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        m, col = self.rows[index.row()], index.column()
        value = getattr(m, _ATTRS[col])
        if role == Qt.ItemDataRole.DisplayRole:
            if col in (PLANNED, ACTUAL):
                return fmt_date(value)
            return term_name("milestone_status", value, self.lang) if col == STATUS else value
        if role == Qt.ItemDataRole.EditRole:
            if col in (PLANNED, ACTUAL):
                return QDate(value.year, value.month, value.day) if value else QDate.currentDate()
            return value
        if role == SortRole:
            return (value is not None, value or 0)
        if role == Qt.ItemDataRole.ForegroundRole and col == PLANNED and self.is_late(m):
            return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.ToolTipRole and col == PLANNED and self.is_late(m):
            return self.tr("Overdue: the planned date has passed and there is no actual date")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not 0 <= index.row() < len(self.rows):
            return False
        col = index.column()
        if col in (PLANNED, ACTUAL):
            value = value.toPython() if isinstance(value, QDate) and value.isValid() else value
            if value is not None and not isinstance(value, dt.date):
                return False
        elif col == TITLE:
            value = str(value or "")
        if getattr(self.rows[index.row()], _ATTRS[col]) == value:
            return False
        self.on_change(milestone_replace(self.rows, index.row(), **{_ATTRS[col]: value}))
        return True
