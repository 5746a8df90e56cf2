"""A table model over a list of plain rows (the dataclasses the services return), described by columns.

Each Column says how to show a row (text), how to sort it (a raw value under SortRole), and
optionally a colour, a tooltip, alignment, and how to edit it. Registers, history and the import
plan all use this one model with their own columns, so each of them holds only what it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from ino_desktop.reference import fold

SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2  # the row object itself
EditRole = Qt.ItemDataRole.EditRole

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    align_right: bool = False
    foreground: Callable[[Any], str | None] | None = None  # a colour name, or None
    background: Callable[[Any], str | None] | None = None
    tooltip: Callable[[Any], str | None] | None = None
    edit_value: Callable[[Any], Any] | None = None  # the value an editor starts from (makes it editable)
    decoration: Callable[[Any], Any] | None = None  # a QIcon beside the text, or None
    width: int | None = None


def _sort_key(value: Any) -> Any:
    """None sorts first and never compares with a number or a string."""
    return (value is not None, value if value is not None else 0)


def _wrapped(text: str | None) -> str | None:
    """A long tooltip as rich text, which Qt word-wraps (plain text runs off the screen in one line)."""
    if not text or len(text) <= 60:
        return text or None
    return "<qt>" + escape(text).replace("\n", "<br>") + "</qt>"


class RowsModel(QAbstractTableModel):
    """Rows are replaced as a whole (`set_rows`); an edit is handed to `on_edit(row, column, value)`,
    which writes through a service; the view refreshes when the write announces data_changed."""

    def __init__(self, columns: Sequence[Column], rows: Sequence[Any] = (), parent: Any = None,
                 on_edit: Callable[[Any, int, Any], bool] | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = list(rows)
        self.on_edit = on_edit

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, index: Index) -> Any:
        return self.rows[index.row()] if index.isValid() and 0 <= index.row() < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].edit_value is not None and self.on_edit is not None:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None or not 0 <= index.column() < len(self.columns):
            return None
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == SortRole:
            return _sort_key(col.sort(row) if col.sort else col.text(row))
        if role == RowRole:
            return row
        if role == EditRole and col.edit_value is not None:
            return col.edit_value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground:
            colour = col.foreground(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.BackgroundRole and col.background:
            colour = col.background(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col.tooltip is not None:
                return _wrapped(col.tooltip(row))
            text = col.text(row)  # a cell that may be elided shows its whole text on hover
            return _wrapped(text) if text and len(text) > 24 else None
        if role == Qt.ItemDataRole.DecorationRole and col.decoration:
            return col.decoration(row)
        return None

    def setData(self, index: Index, value: Any, role: int = EditRole) -> bool:
        if role != EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable) or self.on_edit is None:
            return False
        row = self.row_at(index)
        accepted = bool(self.on_edit(row, index.column(), value))
        if accepted:
            self.dataChanged.emit(index, index)
        return accepted


class RowsProxy(QSortFilterProxyModel):
    """Sorts by the raw values under SortRole (numbers as numbers, dates as dates, None first) and
    filters rows by a folded text match over every column's text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._needle = ""

    def set_text_filter(self, text: str) -> None:
        # beginFilterChange/endFilterChange replace invalidateRowsFilter (deprecated) from Qt 6.10 on.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self._needle = fold(text)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = fold(text)
            self.invalidateRowsFilter()

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        try:
            return bool(a < b)
        except TypeError:  # mixed kinds in one column: compare as text
            return str(a) < str(b)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        texts = (model.index(source_row, c, source_parent).data() for c in range(model.columnCount()))
        return self._needle in fold(" ".join(t for t in texts if t))
