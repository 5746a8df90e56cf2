"""The project table: every row of `portfolio.list_projects` held in memory, filtered and sorted here.

A QSortFilterProxyModel would call back into Python for every row on every keystroke and every sort
comparison (seconds at 10,000 projects); instead each row's folded search text and each column's sort
key are computed once, and a keystroke is one list comprehension plus a model reset (a few ms).
Group-by inserts a header row before each group's projects; the view spans it across the columns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ino_desktop import reference as ref
from ino_desktop.services.portfolio import ProjectRow
from ui import labels
from ui.i18n.noop import QT_TRANSLATE_NOOP
from ui.icons import icon

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value, for sorting and tests
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the ProjectRow (None on a group header)
BADGE_ROLE = Qt.ItemDataRole.UserRole + 3  # the badge colour (status, confidence)
GROUP_ROLE = Qt.ItemDataRole.UserRole + 4  # the group key on a group header row
STALE_ROLE = Qt.ItemDataRole.UserRole + 5  # True when the project is not updated for 90 days

_CTX = "ProjectTableModel"
_INDEX = QModelIndex()


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # English source; translated in the "ProjectTableModel" context
    kind: str  # text | vocab | money | int | date | badge
    vocabulary: str | None = None
    width: int = 110
    hidden: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("code", QT_TRANSLATE_NOOP("ProjectTableModel", "Code"), "text", width=92),
    Column("name", QT_TRANSLATE_NOOP("ProjectTableModel", "Project"), "text", width=300),
    Column("rag", QT_TRANSLATE_NOOP("ProjectTableModel", "Confidence"), "badge", "rag", width=104),
    Column("status", QT_TRANSLATE_NOOP("ProjectTableModel", "Status"), "badge", "status", width=120),
    Column("cluster", QT_TRANSLATE_NOOP("ProjectTableModel", "Cluster"), "vocab", "cluster", width=190),
    Column("work_area", QT_TRANSLATE_NOOP("ProjectTableModel", "Work area"), "vocab", "work_area", width=190),
    Column("territory_type", QT_TRANSLATE_NOOP("ProjectTableModel", "Territory"), "vocab", "territory_type",
           width=170, hidden=True),
    Column("category", QT_TRANSLATE_NOOP("ProjectTableModel", "Category"), "vocab", "category", width=150, hidden=True),
    Column("location", QT_TRANSLATE_NOOP("ProjectTableModel", "Location"), "text", width=120),
    Column("lead_organization", QT_TRANSLATE_NOOP("ProjectTableModel", "Lead organisation"), "text", width=200),
    Column("start_date", QT_TRANSLATE_NOOP("ProjectTableModel", "Start"), "date", width=92, hidden=True),
    Column("end_date", QT_TRANSLATE_NOOP("ProjectTableModel", "End"), "date", width=92),
    Column("total_cost_mln", QT_TRANSLATE_NOOP("ProjectTableModel", "Total, RUB mln"), "money", width=120),
    Column("federal_budget_mln", QT_TRANSLATE_NOOP("ProjectTableModel", "Federal"), "money", width=96, hidden=True),
    Column("regional_budget_mln", QT_TRANSLATE_NOOP("ProjectTableModel", "Regional"), "money", width=96, hidden=True),
    Column("extra_budgetary_mln", QT_TRANSLATE_NOOP("ProjectTableModel", "Extra-budgetary"), "money", width=120),
    Column("extra_budgetary_confirmed_mln", QT_TRANSLATE_NOOP("ProjectTableModel", "Confirmed"), "money", width=100),
    Column("jobs_planned", QT_TRANSLATE_NOOP("ProjectTableModel", "Jobs planned"), "int", width=100, hidden=True),
    Column("jobs_created", QT_TRANSLATE_NOOP("ProjectTableModel", "Jobs created"), "int", width=100),
    Column("reported_at", QT_TRANSLATE_NOOP("ProjectTableModel", "Reported"), "date", width=100),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)
GROUPABLE = ("cluster", "work_area", "status", "rag")


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _haystack(row: ProjectRow) -> str:
    return ref.fold(" ".join(x for x in (row.code, row.name, row.name_en, row.lead_organization, row.location) if x))


class ProjectTableModel(QAbstractTableModel):
    """Rows of the current structured filter; `set_text_filter` narrows them as the user types."""

    def __init__(self, lang: str = "ru", parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.as_at = dt.date.today()
        self._rows: list[ProjectRow] = []
        self._hay: list[str] = []
        self._stale: list[bool] = []
        self._order: list[int] = []  # every row index in the current sort order
        self._entries: list[int] = []  # what is shown: row index >= 0, or -(group number + 1)
        self._groups: list[tuple[str | None, int]] = []  # (group key, visible projects)
        self._needle = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._group_by: str | None = None
        self._visible_count = 0

    # --- feeding ------------------------------------------------------------------------------
    def set_rows(self, rows: list[ProjectRow], as_at: dt.date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.as_at = as_at
        self._hay = [_haystack(r) for r in self._rows]
        self._stale = [r.is_stale(as_at) for r in self._rows]
        self._order = list(range(len(self._rows)))
        if self._sort is not None:
            self._order.sort(key=self._sort_key(self._sort[0]), reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self._rebuild()
        self.endResetModel()

    def set_text_filter(self, text: str) -> None:
        needle = ref.fold(text)
        if needle == self._needle:
            return
        self.beginResetModel()
        self._needle = needle
        self._rebuild()
        self.endResetModel()

    def set_group_by(self, attribute: str | None) -> None:
        if attribute not in (None, *GROUPABLE):
            raise ValueError(f"cannot group by {attribute!r}")
        self.beginResetModel()
        self._group_by = attribute
        self._rebuild()
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self.beginResetModel()
        self.lang = lang
        if self._sort is not None and COLUMNS[self._sort[0]].kind in ("vocab", "badge"):
            self._order.sort(key=self._sort_key(self._sort[0]), reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self._rebuild()
        self.endResetModel()

    @property
    def group_by(self) -> str | None:
        return self._group_by

    def _rebuild(self) -> None:
        needle, hay = self._needle, self._hay
        visible = [i for i in self._order if needle in hay[i]] if needle else list(self._order)
        self._visible_count = len(visible)
        if self._group_by is None:
            self._entries, self._groups = visible, []
            return
        attr = self._group_by
        buckets: dict[str | None, list[int]] = {}
        for i in visible:
            buckets.setdefault(getattr(self._rows[i], attr), []).append(i)
        order = [*ref.keys(attr), None]
        keys = [k for k in order if k in buckets] + [k for k in buckets if k not in order]
        self._entries, self._groups = [], []
        for k in keys:
            self._groups.append((k, len(buckets[k])))
            self._entries.append(-len(self._groups))
            self._entries.extend(buckets[k])

    # --- sorting ------------------------------------------------------------------------------
    def _sort_key(self, column: int) -> Callable[[int], tuple]:
        col = COLUMNS[column]
        rows, lang = self._rows, self.lang

        def raw(i: int) -> Any:
            return getattr(rows[i], col.key)

        if col.kind in ("vocab", "badge"):
            assert col.vocabulary is not None
            vocab = col.vocabulary
            if col.kind == "badge":  # statuses and confidence sort in their natural order, not alphabetically
                rank = {k: n for n, k in enumerate(ref.keys(vocab))}
                return lambda i: (raw(i) is None, rank.get(raw(i), len(rank)))
            return lambda i: (raw(i) is None, ref.fold(labels.term_name(vocab, raw(i), lang)))
        if col.kind == "text":
            return lambda i: (raw(i) is None, ref.fold(raw(i) or ""))
        return lambda i: (raw(i) is None, raw(i) if raw(i) is not None else 0)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._entry_identity(ix.row()) for ix in old]
        self._sort = (column, order)
        # Sorting never moves "no value" rows to the top: they stay last either way.
        key = self._sort_key(column)
        desc = order == Qt.SortOrder.DescendingOrder
        filled = [i for i in range(len(self._rows)) if key(i)[0] is False]
        empty = [i for i in range(len(self._rows)) if key(i)[0] is True]
        filled.sort(key=key, reverse=desc)
        self._order = filled + empty
        self._rebuild()
        where = {self._entry_identity(r): r for r in range(len(self._entries))}
        new = [self.index(where[i], ix.column()) if i in where else _INDEX for i, ix in zip(old_ids, old, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _entry_identity(self, entry_row: int) -> tuple[str, Any]:
        e = self._entries[entry_row]
        return ("project", self._rows[e].id) if e >= 0 else ("group", self._groups[-e - 1][0])

    # --- reading ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        col = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(col.title)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.kind in ("money", "int"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if entry < 0:
            return self._group_data(-entry - 1, index.column(), role)
        row = self._rows[entry]
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == SORT_ROLE:
            return getattr(row, col.key)
        if role == ROW_ROLE:
            return row
        if role == STALE_ROLE:
            return self._stale[entry]
        if role == Qt.ItemDataRole.TextAlignmentRole and col.kind in ("money", "int"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == BADGE_ROLE and col.kind == "badge":
            colours = labels.STATUS_COLOURS if col.key == "status" else labels.RAG_COLOURS
            value = getattr(row, col.key)
            return QColor(colours[value]) if value in colours else None
        if self._stale[entry] and col.key in ("code", "reported_at"):
            return self._stale_data(row, role)
        if role == Qt.ItemDataRole.ToolTipRole and col.key in ("name", "lead_organization", "cluster", "work_area"):
            return self._display(row, col) or None
        return None

    def _display(self, row: ProjectRow, col: Column) -> str:
        value = getattr(row, col.key)
        if col.key == "name" and self.lang == "en" and row.name_en:
            return row.name_en
        if col.kind in ("vocab", "badge"):
            assert col.vocabulary is not None
            return "" if value is None else labels.term_name(col.vocabulary, value, self.lang)
        if col.kind == "money":
            return labels.money(value, self.lang)
        if col.kind == "int":
            return labels.integer(value, self.lang)
        if col.kind == "date":
            if col.key == "reported_at" and value is None:
                return self.tr("not reported")
            return labels.date(value, self.lang)
        return "" if value is None else str(value)

    def _stale_data(self, row: ProjectRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("stale")
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(labels.STALE_TINT))
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.reported_at is None:
                return self.tr("Never reported")
            return self.tr("Not updated for %1 days (last report %2)").replace(
                "%1", str((self.as_at - row.reported_at).days)).replace("%2", labels.date(row.reported_at, self.lang))
        return None

    def _group_data(self, number: int, column: int, role: int) -> Any:
        key, count = self._groups[number]
        if role == GROUP_ROLE:
            return key
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            assert self._group_by is not None
            return f"{labels.term_name(self._group_by, key, self.lang)}  ·  {count}"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#eef2f6"))
        return None

    # --- helpers for views and tests -----------------------------------------------------------------
    def group_rows(self) -> list[int]:
        return [n for n, e in enumerate(self._entries) if e < 0]

    def row_at(self, row: int) -> ProjectRow | None:
        if 0 <= row < len(self._entries) and self._entries[row] >= 0:
            return self._rows[self._entries[row]]
        return None

    def row_of_project(self, project_id: int) -> int | None:
        for n, e in enumerate(self._entries):
            if e >= 0 and self._rows[e].id == project_id:
                return n
        return None

    def visible_projects(self) -> list[ProjectRow]:
        return [self._rows[e] for e in self._entries if e >= 0]

    @property
    def visible_count(self) -> int:
        return self._visible_count

    @property
    def total_count(self) -> int:
        return len(self._rows)

    def column_of(self, key: str) -> int:
        return COLUMN_KEYS.index(key)
