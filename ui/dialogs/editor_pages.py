"""The project editor's tabs: the project, money and jobs, milestones, participants and instruments,
problems, and (for a saved project) its history. Layout only; the editor owns the state and undo."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ino_desktop.services import portfolio
from ino_desktop.services.editing import Choice, MilestoneForm
from ui.dialogs.common import NullableDateEdit, field_label, fill_combo, select_data, term_name
from ui.dialogs.editor_fields import Binding
from ui.dialogs.history_view import HistoryWidget
from ui.icons import icon
from ui.models.milestones_model import ACTUAL, PLANNED, STATUS, MilestonesModel

LINKS = ("participants", "instruments")
Index = QModelIndex | QPersistentModelIndex

_PAGES: dict[str, tuple[str, ...]] = {
    "project": ("code", "name", "name_en", "category", "cluster", "work_area", "territory_type", "location",
                "lead_organization", "curator", "status", "rag", "start_date", "end_date", "description"),
    "money": ("total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
              "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created"),
    "milestones": ("milestones",),
    "links": LINKS,
    "problems": ("problems", "decisions_requested"),
}

_PROJECT_ROWS: tuple[tuple[str, ...], ...] = (
    ("code", "curator"), ("name",), ("name_en",), ("status", "rag"), ("cluster", "work_area"),
    ("category", "territory_type"), ("start_date", "end_date"), ("location",), ("lead_organization",),
    ("description",),
)
_WIDE = {"name", "name_en", "lead_organization", "description"}
assert {f for row in _PROJECT_ROWS for f in row} == set(_PAGES["project"])


def _chain(widgets: list[QWidget]) -> None:
    """Tab order through `widgets` as listed (the widgets were created in another order)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


class MilestoneDelegate(QStyledItemDelegate):
    """Dates that may be emptied, and the status as a list of names."""

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() in (PLANNED, ACTUAL):
            return NullableDateEdit(parent)
        if index.column() == STATUS:
            combo = QComboBox(parent)
            fill_combo(combo, "milestone_status", self.lang, blank=None)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        model: MilestonesModel = index.model()  # type: ignore[assignment]
        m = model.milestone(index.row())
        if isinstance(editor, NullableDateEdit):
            editor.set_value(m.planned_date if index.column() == PLANNED else m.actual_date)
        elif isinstance(editor, QComboBox):
            select_data(editor, m.status)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, NullableDateEdit):
            model.setData(index, editor.value())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)


class LinkPicker(QWidget):
    """A filterable list of checkable names (organisations or instruments) — a small dialog-local list."""

    toggled = Signal(list)  # the checked ids, sorted

    def __init__(self, choices: list[Choice], describe: Any, placeholder: str, empty_text: str) -> None:
        super().__init__()
        self.search = QLineEdit()
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        for choice in choices:
            item = QListWidgetItem(choice.name)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setToolTip(describe(choice))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.count = QLabel()
        self.count.setStyleSheet("color:#555;")
        self._quiet = False
        self.list.itemChanged.connect(self._changed)
        self.search.textChanged.connect(self._filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        if not choices:
            self.list.hide()
            self.search.hide()
            empty = QLabel(empty_text)
            empty.setWordWrap(True)
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.setStyleSheet("color:#666; padding:24px;")
            layout.addWidget(empty, 1)
        layout.addWidget(self.count)

    def checked(self) -> list[int]:
        return sorted(self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                      if self.list.item(i).checkState() == Qt.CheckState.Checked)

    def set_checked(self, ids: list[int]) -> None:
        self._quiet = True
        wanted = set(ids)
        for i in range(self.list.count()):
            item = self.list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._quiet = False
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("Selected: {n}").format(n=len(self.checked())))

    def _changed(self, _item: QListWidgetItem) -> None:
        if not self._quiet:
            self._update_count()
            self.toggled.emit(self.checked())

    def _filter(self, text: str) -> None:
        needle = text.casefold().replace("ё", "е")
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold().replace("ё", "е"))


class EditorPages(QTabWidget):
    links_changed = Signal(str, object)

    def __init__(self, editor: Any, ctx: Any, bindings: dict[str, Binding], organisations: list[Choice],
                 instruments: list[Choice]) -> None:
        super().__init__()
        self.lang = ctx.lang
        self.addTab(self._project_page(bindings), self.tr("Project"))
        self.addTab(self._money_page(bindings), self.tr("Money and jobs"))
        as_at = ctx.portfolio.read(portfolio.as_at_date)
        self.milestones_model = MilestonesModel(ctx.lang, editor.milestones_edited, as_at, parent=self)
        self.addTab(self._milestones_page(), self.tr("Milestones"))
        self.pickers = {
            "participants": LinkPicker(organisations, lambda c: term_name("organisation_kind", c.kind, self.lang),
                                       self.tr("Find an organisation…"),
                                       self.tr("No organisations in the register yet: add them under "
                                               "Registers → Organisations.")),
            "instruments": LinkPicker(instruments, lambda c: c.detail or term_name("instrument_kind", c.kind,
                                                                                    self.lang),
                                      self.tr("Find an instrument…"),
                                      self.tr("No federal instruments in the register yet: add them under "
                                              "Registers → Federal instruments.")),
        }
        for key, picker in self.pickers.items():
            picker.toggled.connect(lambda ids, k=key: self.links_changed.emit(k, ids))
        self.addTab(self._links_page(), self.tr("Participants and instruments"))
        self.addTab(self._form_page(bindings, _PAGES["problems"]), self.tr("Problems and decisions"))
        self.history: HistoryWidget | None = None
        if editor.form.project_id is not None:
            self.history = HistoryWidget(ctx)
            self.history.show_project(editor.form.project_id)
            self.addTab(self.history, self.tr("History"))

    def _form_page(self, bindings: dict[str, Binding], fields: tuple[str, ...]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        for f in fields:
            form.addRow(field_label(f), bindings[f].widget)
        return page

    def _project_page(self, bindings: dict[str, Binding]) -> QWidget:
        """Two columns of short fields; names, lead organisation and description across the page."""
        page = QWidget()
        grid = QGridLayout(page)
        grid.setHorizontalSpacing(14)
        for row, pair in enumerate(_PROJECT_ROWS):
            for col, f in enumerate(pair):
                label = QLabel(field_label(f))
                label.setBuddy(bindings[f].widget)
                span = 3 if f in _WIDE else 1
                top = f == "description"
                grid.addWidget(label, row, col * 2, Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(bindings[f].widget, row, col * 2 + 1, 1, span)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(len(_PROJECT_ROWS) - 1, 1)
        _chain([bindings[f].widget for row in _PROJECT_ROWS for f in row])  # Tab reads as the eye does
        return page

    def _money_page(self, bindings: dict[str, Binding]) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        money = QGroupBox(self.tr("Money by source, RUB million"))
        form = QFormLayout(money)
        for f in _PAGES["money"][:5]:
            form.addRow(field_label(f), bindings[f].widget)
        jobs = QGroupBox(self.tr("High-performance jobs"))
        jobs_form = QFormLayout(jobs)
        for f in _PAGES["money"][5:]:
            jobs_form.addRow(field_label(f), bindings[f].widget)
        hint = QLabel(self.tr("Type amounts the Russian way or the English way: 1 234,5 or 1234.5. "
                              "Leave a field empty when the amount is not known — empty is not zero."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#555;")
        left = QVBoxLayout()
        left.addWidget(money)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(jobs)
        right.addWidget(hint)
        right.addStretch(1)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        _chain([bindings[f].widget for f in _PAGES["money"]])
        return page

    def _milestones_page(self) -> QWidget:
        page = QWidget()
        self.milestones_view = QTableView()
        self.milestones_view.setModel(self.milestones_model)
        self.milestones_view.setItemDelegate(MilestoneDelegate(self.lang, self.milestones_view))
        self.milestones_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.milestones_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                             | QAbstractItemView.EditTrigger.EditKeyPressed
                                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.milestones_view.verticalHeader().hide()
        header = self.milestones_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        add = QPushButton(icon("add"), self.tr("Add milestone"))
        remove = QPushButton(icon("clear"), self.tr("Remove"))
        add.clicked.connect(self.add_milestone)
        remove.clicked.connect(self.remove_milestone)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        note = QLabel(self.tr("Double-click a cell to edit it; Delete empties a date. Late milestones are red."))
        note.setStyleSheet("color:#555;")
        buttons.addWidget(note)
        layout = QVBoxLayout(page)
        layout.addWidget(self.milestones_view, 1)
        layout.addLayout(buttons)
        return page

    def add_milestone(self) -> None:
        rows = [*self.milestones_model.rows, MilestoneForm(None, self.tr("New milestone"))]
        self.milestones_model.on_change(rows)
        self.milestones_view.edit(self.milestones_model.index(len(rows) - 1, 0))

    def remove_milestone(self) -> None:
        index = self.milestones_view.currentIndex()
        if index.isValid():
            rows = list(self.milestones_model.rows)
            del rows[index.row()]
            self.milestones_model.on_change(rows)

    def _links_page(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        for key in LINKS:
            box = QGroupBox(field_label(key))
            inner = QVBoxLayout(box)
            inner.addWidget(self.pickers[key])
            layout.addWidget(box)
        return page

    def set_links(self, key: str, ids: list[int]) -> None:
        self.pickers[key].set_checked(list(ids))

    def mark_tabs(self, problems: dict[str, list[str]]) -> None:
        """A warning icon on each tab that holds a field with a problem."""
        for i, fields in enumerate(_PAGES.values()):
            bad = any(f in problems for f in fields)
            self.setTabIcon(i, icon("warning") if bad else icon(""))
