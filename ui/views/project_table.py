"""The project table with its filter box, column chooser, group-by and the "not updated" mark.

It owns no data: the main window hands it rows (from services.portfolio) and listens to its signals.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ino_desktop import reference as ref
from ino_desktop.services.portfolio import ProjectRow
from ui import labels
from ui.icons import icon
from ui.models.project_table_model import COLUMNS, GROUPABLE, Column, ProjectTableModel
from ui.models.project_table_model import tr as column_title
from ui.settings import Settings
from ui.views.delegates import BadgeDelegate
from ui.views.filter_chips import FilterChips

TABLE = "projects"


class ProjectTableView(QTableView):
    """Enter opens the selected project, like a double click."""

    activated_by_key = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_by_key.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class ProjectTable(QWidget):
    current_project_changed = Signal(object)  # int | None
    project_opened = Signal(int)  # double click / Enter

    def __init__(self, settings: Settings, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._current_id: int | None = None
        self._restoring = False
        self.model = ProjectTableModel(lang, self)

        self.filter_box = QLineEdit(self)
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter_box.textChanged.connect(self._on_filter_text)
        self.filter_box.setMinimumWidth(160)

        self.group_label = QLabel(self)
        self.group_box = QComboBox(self)
        # The longest choice ("по уверенности в реализации") shows in the list; the box stays laptop-narrow.
        self.group_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.group_box.setMinimumContentsLength(10)
        self.group_label.setBuddy(self.group_box)
        self.group_box.currentIndexChanged.connect(self._on_group_changed)

        self.columns_button = QToolButton(self)
        self.columns_button.setIcon(icon("columns"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.columns_menu = QMenu(self)
        self.columns_button.setMenu(self.columns_menu)
        self.count_label = QLabel(self)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.view = ProjectTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sortIndicatorChanged.connect(lambda *_: self._restore_current())
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._badges = BadgeDelegate(self.view)
        for n, col in enumerate(COLUMNS):
            if col.kind == "badge":
                self.view.setItemDelegateForColumn(n, self._badges)
        self.view.doubleClicked.connect(self._open_index)
        self.view.activated_by_key.connect(self._open_index)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._after_reset)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(8)
        bar.addWidget(self.filter_box, 2)
        bar.addSpacing(8)
        bar.addWidget(self.group_label)
        bar.addWidget(self.group_box)
        bar.addWidget(self.columns_button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(bar)
        self.chips = FilterChips(self)
        layout.addWidget(self.chips)
        layout.addWidget(self.view, 1)
        # No focus proxy: Tab must stop at the search box before the table (a proxy would jump to the table).
        self._build_group_box()
        self._apply_column_settings()
        self.retranslate()

    # --- language ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.filter_box.setPlaceholderText(self.tr("Filter by code, name, organisation or place (Ctrl+F)"))
        self.filter_box.setToolTip(self.tr("Type to filter the projects; Esc clears"))
        self.group_label.setText(self.tr("&Group by:"))
        self.columns_button.setText(self.tr("&Columns"))
        self.columns_button.setToolTip(self.tr("Choose the columns to show"))
        names = {None: self.tr("nothing"), "cluster": self.tr("cluster"), "work_area": self.tr("work area"),
                 "status": self.tr("status"), "rag": self.tr("delivery confidence")}
        for n in range(self.group_box.count()):
            self.group_box.setItemText(n, names[self.group_box.itemData(n)])
        self._build_columns_menu()
        self._update_count()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def set_language(self, lang: str) -> None:
        self.model.set_language(lang)

    # --- feeding ------------------------------------------------------------------------------------
    def set_rows(self, rows: list[ProjectRow], as_at: dt.date) -> None:
        self.model.set_rows(rows, as_at)

    def selected_project_id(self) -> int | None:
        return self._current_id

    def select_project(self, project_id: int) -> bool:
        row = self.model.row_of_project(project_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        return True

    def focus_filter(self) -> None:
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.filter_box.text():
            self.filter_box.clear()
            return
        super().keyPressEvent(event)

    # --- reactions ----------------------------------------------------------------------------------
    def _on_filter_text(self, text: str) -> None:
        self.model.set_text_filter(text)

    def _after_reset(self) -> None:
        for row in self.model.group_rows():
            self.view.setSpan(row, 0, 1, len(COLUMNS))
        self._restore_current()
        self._update_count()

    def _restore_current(self) -> None:
        # A reset forgets the selection; the same project stays selected if it is still shown.
        self._restoring = True
        try:
            if self._current_id is None or not self.select_project(self._current_id):
                self.view.clearSelection()
                if self._current_id is not None:
                    self._current_id = None
                    self.current_project_changed.emit(None)
        finally:
            self._restoring = False

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        row = self.model.row_at(current.row()) if current.isValid() else None
        new_id = row.id if row else None
        if new_id != self._current_id:
            self._current_id = new_id
            self.current_project_changed.emit(new_id)

    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.project_opened.emit(row.id)

    def _update_count(self) -> None:
        shown, total = self.model.visible_count, self.model.total_count
        text = self.tr("%n project(s)", "", total) if shown == total else \
            self.tr("%1 of %2 projects").replace("%1", str(shown)).replace("%2", str(total))
        self.count_label.setText(text)

    # --- group-by -------------------------------------------------------------------------------------
    def _build_group_box(self) -> None:
        self.group_box.blockSignals(True)
        for key in (None, *GROUPABLE):
            self.group_box.addItem("", key)
        saved = self.settings.get(f"{TABLE}/group_by")
        self.group_box.setCurrentIndex(max(0, self.group_box.findData(saved or None)))
        self.group_box.blockSignals(False)
        self.model.set_group_by(self.group_box.currentData())

    def _on_group_changed(self, _n: int) -> None:
        key = self.group_box.currentData()
        self.view.clearSpans()
        self.model.set_group_by(key)
        self.settings.put(f"{TABLE}/group_by", key or "")

    # --- columns --------------------------------------------------------------------------------------
    def _apply_column_settings(self) -> None:
        # Order from the header's own state; widths and hidden columns by key on top (they predate it).
        state = self.settings.header_state(TABLE, tuple(c.key for c in COLUMNS))
        if state is not None:
            self.view.horizontalHeader().restoreState(state)
            self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        widths = self.settings.column_widths(TABLE)
        hidden = self.settings.hidden_columns(TABLE, tuple(c.key for c in COLUMNS if c.hidden))
        for n, col in enumerate(COLUMNS):
            self.view.setColumnWidth(n, widths.get(col.key, self._default_width(col)))
            self.view.setColumnHidden(n, col.key in hidden)
        if all(self.view.isColumnHidden(n) for n in range(len(COLUMNS))):
            self.view.setColumnHidden(0, False)  # never leave the user with nothing to click on

    def _scaled(self, width: int) -> int:
        # Default widths are for a 9-10 pt font; larger fonts get proportionally wider columns.
        return int(width * max(1.0, self.fontMetrics().averageCharWidth() / 7.0))

    def _default_width(self, col: Column) -> int:
        """A badge column is as wide as its longest name in the current language, so no badge is cut."""
        if col.kind != "badge" or col.vocabulary is None:
            return self._scaled(col.width)
        names = [labels.term_name(col.vocabulary, key, self.model.lang) for key in ref.keys(col.vocabulary)]
        return max(self._scaled(col.width), max(self.fontMetrics().horizontalAdvance(n) for n in names) + 44)

    def save_columns(self) -> None:
        widths = {col.key: self.view.columnWidth(n) for n, col in enumerate(COLUMNS) if not self.view.isColumnHidden(n)}
        self.settings.save_column_widths(TABLE, widths)
        self.settings.save_hidden_columns(
            TABLE, {col.key for n, col in enumerate(COLUMNS) if self.view.isColumnHidden(n)})
        self.settings.save_header_state(TABLE, tuple(c.key for c in COLUMNS), self.view.horizontalHeader().saveState())

    def set_column_visible(self, key: str, visible: bool) -> None:
        n = self.model.column_of(key)
        if not visible and sum(not self.view.isColumnHidden(i) for i in range(len(COLUMNS))) <= 1:
            return
        self.view.setColumnHidden(n, not visible)
        if visible and self.view.columnWidth(n) < 30:
            self.view.setColumnWidth(n, self._default_width(COLUMNS[n]))
        self.save_columns()
        self._build_columns_menu()

    def _build_columns_menu(self) -> None:
        self.columns_menu.clear()
        for n, col in enumerate(COLUMNS):
            action = QAction(column_title(col.title), self.columns_menu)
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(n))
            action.toggled.connect(lambda on, key=col.key: self.set_column_visible(key, on))
            self.columns_menu.addAction(action)
        self.columns_menu.addSeparator()
        reset = self.columns_menu.addAction(self.tr("Reset columns"))
        reset.triggered.connect(self.reset_columns)

    def reset_columns(self) -> None:
        for n, col in enumerate(COLUMNS):
            self.view.setColumnHidden(n, col.hidden)
            self.view.setColumnWidth(n, self._default_width(col))
        header = self.view.horizontalHeader()
        for logical in range(len(COLUMNS)):
            header.moveSection(header.visualIndex(logical), logical)
        self.save_columns()
        self._build_columns_menu()

    def _header_menu(self, pos: QPoint) -> None:
        self.columns_menu.exec(self.view.horizontalHeader().mapToGlobal(pos))
