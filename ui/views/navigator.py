"""The navigator: a tree of ways into the portfolio; clicking a node asks for its filter.

Ctrl+click (or Ctrl+Space) adds nodes to the selection: values of one section widen it (two clusters),
sections narrow each other (a cluster and "red"), exactly as ProjectFilter combines its fields.

A saved view's context menu (right click, or the menu key) offers rename and delete; the window does
the writes and the tree is rebuilt from data_changed like every other view.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ino_desktop.services.details import SavedViewInfo
from ino_desktop.services.filters import ProjectFilter
from ino_desktop.services.portfolio import ProjectRow
from ui.models.navigator_model import FILTER_ROLE, KEY_ROLE, NavigatorModel, combine


class _WrappingDelegate(QStyledItemDelegate):
    """Row height for the name wrapped to the column's width (a tree view does not tell the delegate)."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        icon_room = option.decorationSize.width() + 8 if index.data(Qt.ItemDataRole.DecorationRole) else 0
        width = self.tree.columnWidth(0) - self.tree.indentation() * (depth + 1) - icon_room - 8
        if width <= 0:
            return base
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        font = index.data(Qt.ItemDataRole.FontRole)  # section titles are bold, hence wider
        metrics = QFontMetrics(font) if isinstance(font, QFont) else option.fontMetrics
        rect = metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(base.width(), max(base.height(), rect.height() + 6))


class Navigator(QWidget):
    filter_selected = Signal(object)  # ProjectFilter
    save_view_requested = Signal()
    rename_view_requested = Signal(int, str)  # view id, its current name
    delete_view_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NavigatorModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        # Long cluster names wrap between words on a narrow navigator instead of being cut mid-word.
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegateForColumn(0, _WrappingDelegate(self.tree))
        self.tree.header().sectionResized.connect(self._relayout)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setIndentation(14)
        self.tree.setAnimated(False)
        self.tree.setFrameShape(QTreeView.Shape.NoFrame)
        self._size_columns()
        self.tree.clicked.connect(self._on_activated)
        self.tree.activated.connect(self._on_activated)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        # The keyboard way to the same: F2 renames, Delete deletes the saved view that has the focus.
        for keys, handler in ((QKeySequence(Qt.Key.Key_F2), self._rename_current),
                              (QKeySequence(QKeySequence.StandardKey.Delete), self._delete_current)):
            action = QAction(self.tree)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(handler)
            self.tree.addAction(action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.setFocusProxy(self.tree)
        self._current_keys: list[str] = ["all"]
        self._expanded: set[str] = {"cluster"}
        self._lang = "ru"
        self._last: tuple[list[ProjectRow], int, list[SavedViewInfo]] = ([], 0, [])

    def populate(self, rows: list[ProjectRow], stale: int, views: list[SavedViewInfo], lang: str) -> None:
        self._remember_expanded()
        self._lang = lang
        self._last = (rows, stale, views)
        self.model.populate(rows, stale, views, lang)
        self._size_columns()
        for n in range(self.model.rowCount()):
            index = self.model.index(n, 0)
            if index.data(KEY_ROLE) in self._expanded:
                self.tree.expand(index)
        self._select_keys(self._current_keys)

    def _size_columns(self) -> None:
        # Rebuilding the model recreates the header sections, so their sizing is set again each time.
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    @Slot()
    def _relayout(self) -> None:
        self.tree.doItemsLayout()  # wrapped names take a new height when the column width changes

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._last[0] is not None:
            self.populate(*self._last, self._lang)
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        self.populate(*self._last, lang)

    def _remember_expanded(self) -> None:
        if self.model.rowCount():
            self._expanded = {self.model.index(n, 0).data(KEY_ROLE) for n in range(self.model.rowCount())
                              if self.tree.isExpanded(self.model.index(n, 0))}

    def _select_keys(self, keys: list[str]) -> None:
        """Select the nodes `keys` without applying them (a missing one, e.g. a deleted view, falls back to all)."""
        items = [item for key in keys if (item := self.model.find_key(key)) is not None]
        if not items and keys:
            items = [item] if (item := self.model.find_key("all")) is not None else []
        self._current_keys = [item.data(KEY_ROLE) for item in items]
        selection = self.tree.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for n, item in enumerate(items):
            if n == 0:
                selection.setCurrentIndex(item.index(), flags)
            else:
                selection.select(item.index(), flags)

    def select(self, key: str) -> None:
        """Select the node `key` alone ("cluster:nuclear", "status:planned", "all", "stale") and apply it."""
        self._select_keys([key])
        self._emit_selection()

    def current_key(self) -> str:
        return self._current_keys[0] if len(self._current_keys) == 1 else ""

    def current_keys(self) -> list[str]:
        return list(self._current_keys)

    def clear_selection(self) -> None:
        """Something else set the filter and the tree cannot show it: no node stays highlighted."""
        self._current_keys = []
        self.tree.clearSelection()

    def show_filter(self, flt: ProjectFilter) -> None:
        """Highlight the nodes that together make `flt` (after a chart click or a removed chip), not applying them."""
        keys = self.model.keys_for(flt)
        if keys is None:
            self.clear_selection()
        else:
            self._select_keys(keys)

    def _on_activated(self, index: QModelIndex) -> None:
        if isinstance(index.data(FILTER_ROLE), ProjectFilter):
            self._emit_selection()
        elif index.isValid() and index.column() == 0:
            self.tree.setExpanded(index, not self.tree.isExpanded(index))

    def _emit_selection(self) -> None:
        chosen = [ix for ix in self.tree.selectionModel().selectedRows(0)
                  if isinstance(ix.data(FILTER_ROLE), ProjectFilter)]
        if not chosen:
            return
        self._current_keys = [ix.data(KEY_ROLE) for ix in chosen]
        self.filter_selected.emit(combine([ix.data(FILTER_ROLE) for ix in chosen]))

    # --- saved views ---------------------------------------------------------------------------------
    def current_view_name(self) -> str | None:
        """The name of the saved view selected now, if the selection is one."""
        return self._view_name(self.current_key())

    def _view_name(self, key: str) -> str | None:
        if not key.startswith("view:"):
            return None
        item = self.model.find_key(key)
        return item.text() if item is not None else None

    def view_menu(self, index: QModelIndex) -> QMenu:
        """The context menu for `index`: rename/delete on a saved view, always "save the current filter"."""
        menu = QMenu(self)
        key = index.data(KEY_ROLE) if index.isValid() else None
        name = self._view_name(key) if isinstance(key, str) else None
        if isinstance(key, str) and name is not None:
            view_id = int(key.split(":", 1)[1])
            menu.addAction(self.tr("&Rename view…"), lambda: self.rename_view_requested.emit(view_id, name))
            menu.addAction(self.tr("&Delete view"), lambda: self.delete_view_requested.emit(view_id, name))
            menu.addSeparator()
        menu.addAction(self.tr("&Save current filter as view…"), self.save_view_requested.emit)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        self.view_menu(self.tree.indexAt(pos)).exec(self.tree.viewport().mapToGlobal(pos))

    def _current_view(self) -> tuple[int, str] | None:
        key = self.tree.currentIndex().data(KEY_ROLE)
        name = self._view_name(key) if isinstance(key, str) else None
        return (int(key.split(":", 1)[1]), name) if name is not None else None

    def _rename_current(self) -> None:
        found = self._current_view()
        if found is not None:
            self.rename_view_requested.emit(*found)

    def _delete_current(self) -> None:
        found = self._current_view()
        if found is not None:
            self.delete_view_requested.emit(*found)
