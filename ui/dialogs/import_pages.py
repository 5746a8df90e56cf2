"""The import wizard's pages. Each shows one step and reads back what the person chose; the wizard
(import_wizard.py) runs the jobs and moves between them."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ino_desktop.importer.plan import HELD, ImportPlan
from ino_desktop.importer.rows import ColumnMapping
from ino_desktop.importer.validate import KEPT_WITHOUT
from ino_desktop.messages import Message
from ino_desktop.models import PROJECT_FIELDS
from ui.cell_combo import CellCombo
from ui.core_messages import render
from ui.dialogs.common import field_label, fill_combo, fmt_number
from ui.icons import icon
from ui.models.plan_model import ACTION_COLOURS, WARNING_COLOUR, action_label, describe, plan_columns
from ui.models.rows_model import RowsModel, RowsProxy
from ui.registers.base import fit_columns, make_table

WARNED = "warned"  # the plan page's "show only" choice for rows imported with a warning


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-size:12pt; font-weight:600;")
    return label


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color:#444;")
    return label


def _sentence(note: Message) -> str:
    """An importer's note as a line of its own: capitalised, unless it starts with a file name."""
    text = render(note)
    return text if note.template.startswith("{") else text[:1].upper() + text[1:]


class FilePage(QWidget):
    def __init__(self, profiles: list[str]) -> None:
        super().__init__()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("An agency workbook: .xlsx, .xlsm, .xls, .xlsb, .ods or .csv"))
        self.browse = QPushButton(icon("open"), self.tr("Choose…"))
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.addItems(["", *profiles])
        editor = self.source.lineEdit()  # an editable combo box has one
        assert editor is not None
        editor.setPlaceholderText(self.tr("e.g. Департамент промышленности"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Workbook"), row)
        form.addRow(self.tr("Source agency"), self.source)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Which workbook, from whom?")))
        layout.addLayout(form)
        layout.addWidget(_note(self.tr(
            "The workbook is only read in the next steps; nothing is written until you apply the plan. "
            "Naming the source agency lets its column and value mapping be remembered for its next workbook.")))
        layout.addStretch(1)


HOW_WIDTH = 250  # at most, for the column saying how each column was recognised


class MappingPage(QWidget):
    """The sheet and its columns: the detected header and the field each column fills (editable)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.sheet = QComboBox()
        self.header_info = _note()
        self.columns = QTableWidget(0, 4)  # a small dialog-local list: one row per column of the sheet
        self.columns.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Header in the file"),
                                                self.tr("Fills the field"), self.tr("Recognised by")])
        self.columns.verticalHeader().hide()
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.reread = QPushButton(icon("refresh"), self.tr("Read again with this mapping"))
        self.save_profile = QPushButton(self.tr("Save as the agency's profile"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.reread)
        buttons.addWidget(self.save_profile)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sheet:")))
        top.addWidget(self.sheet, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Header and columns")))
        layout.addLayout(top)
        layout.addWidget(self.header_info)
        layout.addWidget(self.columns, 1)
        layout.addLayout(buttons)
        self.combos: list[tuple[str, QComboBox]] = []

    def _where_headers(self, plan: ImportPlan) -> str:
        """Where each table's header is: "Header found in row 1." or per sheet when there are several."""
        def rows(t: Any) -> str:
            first, last = t.header_rows[0], t.header_rows[-1]
            return str(first) if first == last else f"{first}–{last}"

        tables = [t for t in plan.tables if t.header_rows]
        if not tables:
            return ""
        if len(tables) == 1:
            many = len(tables[0].header_rows) > 1
            said = self.tr("Header found in rows {rows}.") if many else self.tr("Header found in row {rows}.")
            return said.format(rows=rows(tables[0]))
        place = self.tr("sheet '{sheet}', row {rows}")
        return self.tr("Headers found: {places}.").format(
            places="; ".join(place.format(sheet=t.sheet, rows=rows(t)) for t in tables))

    def show_plan(self, plan: ImportPlan) -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        table_sheets = [t.sheet for t in plan.tables]
        for name in plan.sheets:
            skipped = plan.skipped_sheets.get(name)
            self.sheet.addItem(name if not skipped else f"{name} — {render(skipped)}", name)
        self.sheet.setCurrentIndex(max(self.sheet.findData(table_sheets[0] if table_sheets else None), 0))
        self.sheet.blockSignals(False)
        rows, self.combos = [], []
        for table in plan.tables:
            rows.extend(table.columns)
        self.header_info.setText(self._where_headers(plan) + " " + self.tr(
            "Data rows: {n}. Unrecognised columns are ignored — choose a field for any the program did not "
            "recognise.").format(n=fmt_number(sum(t.rows for t in plan.tables))))
        self.columns.setRowCount(len(rows))
        for i, col in enumerate(rows):
            self.columns.setItem(i, 0, QTableWidgetItem(col.letter))
            header = QTableWidgetItem(shown_header(col.header))
            header.setToolTip(col.header)  # the whole header, however narrow the column
            self.columns.setItem(i, 1, header)
            combo = CellCombo()
            combo.addItem(self.tr("— ignore —"), None)
            for f in PROJECT_FIELDS:
                combo.addItem(field_label(f), f)
            combo.setCurrentIndex(max(combo.findData(col.field), 0))
            self.columns.setCellWidget(i, 2, combo)
            self.combos.append((col.header, combo))
            item = QTableWidgetItem(self._how(col))
            item.setToolTip(item.text())  # a long reason is cut at the table's edge
            if col.how in ("decide", "unmapped", "excluded"):
                item.setForeground(Qt.GlobalColor.darkYellow if col.how == "decide" else Qt.GlobalColor.darkGray)
            self.columns.setItem(i, 3, item)
        self.columns.resizeColumnToContents(0)
        self.columns.setColumnWidth(2, 260)
        self.columns.resizeColumnToContents(3)
        # a long reason is cut (its tooltip holds it whole) before the file's own headers are squeezed
        self.columns.setColumnWidth(3, min(self.columns.columnWidth(3), HOW_WIDTH))

    def _how(self, col: ColumnMapping) -> str:
        """How the program chose a column's field, in the person's language."""
        score = round(col.confidence * 100)
        if col.also:  # a column of periods («2021–2024»): the other date comes from it too
            return self.tr("{how}; its periods give «{field}» too").format(how=self._how_plain(col, score),
                                                                          field=field_label(col.also))
        return self._how_plain(col, score)

    def _how_plain(self, col: ColumnMapping, score: int) -> str:
        if col.how == "header":
            return self.tr("by its header ({p} %)").format(p=score)
        if col.how == "values":
            return self.tr("by its values ({p} %)").format(p=score)
        if col.how == "decide":
            if col.guess:
                return self.tr("your decision: perhaps «{field}»").format(field=field_label(col.guess))
            return self.tr("your decision")
        if col.how in ("excluded", "unmapped") and col.reason is not None and col.reason.code != "why.no_match":
            # why it is left out, when the program can say more than that no field matched ("an earlier period")
            return self.tr("not imported: {why}").format(why=render(col.reason))
        return {"profile": self.tr("agency profile"), "user": self.tr("your choice"),
                "template": self.tr("data-request template"), "unmapped": self.tr("not recognised")
                }.get(col.how, col.how)

    def column_mapping(self) -> dict[str, str | None]:
        return {header.strip(): combo.currentData() for header, combo in self.combos if header and header.strip()}


class ValuesPage(QWidget):
    """Spellings the program does not know (a cluster written another way): map each to a key."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("As written"), self.tr("Rows"),
                                              self.tr("Means")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.info = _note()
        self.apply = QPushButton(icon("refresh"), self.tr("Read again with these values"))
        layout = QVBoxLayout(self)
        self.heading = _heading(self.tr("Unknown spellings"))
        layout.addWidget(self.heading)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch()  # with nothing to map (the table hidden), the heading and its note stay at the top
        self.combos: list[tuple[str, str, QComboBox]] = []

    @staticmethod
    def unknown_spellings(plan: ImportPlan) -> Counter[tuple[str, str]]:
        """(field, spelling as written) -> rows that wrote it: the reader's own list, so exactly the
        spellings it did not know, however many rows or reasons mention them."""
        found: Counter[tuple[str, str]] = Counter()
        for fld, spellings in plan.spelling_counts().items():
            for spelling, count in spellings.items():
                found[(fld, spelling)] += count
        return found

    def show_plan(self, plan: ImportPlan) -> None:
        found = self.unknown_spellings(plan)
        self.combos = []
        self.table.setRowCount(len(found))
        for i, ((fld, spelling), count) in enumerate(sorted(found.items())):
            self.table.setItem(i, 0, QTableWidgetItem(field_label(fld)))
            self.table.setItem(i, 1, QTableWidgetItem(spelling))
            self.table.setItem(i, 2, QTableWidgetItem(str(count)))
            combo = CellCombo()
            # an unknown cluster rejects its row; any other unknown value is left empty, the row imported
            fill_combo(combo, fld, self.lang, blank=self.tr("— leave empty —") if fld in KEPT_WITHOUT
                       else self.tr("— leave rejected —"))
            self.table.setCellWidget(i, 3, combo)
            self.combos.append((fld, spelling, combo))
        self.table.setColumnWidth(3, 300)
        self.table.setVisible(bool(found))
        self.apply.setVisible(bool(found))
        self.info.setText(self.tr("Every value was recognised; nothing to map.") if not found else self.tr(
            "These values are not known spellings. Choose what each means, then read again; the choice is kept "
            "in the agency's profile. Left unmapped, a row with an unknown cluster stays rejected; other values are "
            "left empty and their rows imported."))

    def value_mapping(self) -> dict[str, dict[str, str | None]]:
        out: dict[str, dict[str, str | None]] = {}
        for fld, spelling, combo in self.combos:
            if combo.currentData() is not None:
                out.setdefault(fld, {})[spelling] = combo.currentData()
        return out


HEADER_ROOM = 56  # characters the file's header shows in its two lines at the narrowest window


def shown_header(header: str, room: int = HEADER_ROOM) -> str:
    """A header of several levels as the mapping table shows it: its top and its last level, which tells columns
    under one parent apart ("Источники финансирования, тыс.… / ФБ" and "… / ОБ"); the whole in its tooltip."""
    levels = header.split(" / ")
    keep = room - len(levels[-1]) - 4
    if len(header) <= room or len(levels) < 2 or keep < 8:
        return header
    return levels[0][:keep].rstrip() + "… / " + levels[-1]


class PlanPage(QWidget):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.notes = _note()
        self.show_only = QComboBox()
        self.show_only.addItem(self.tr("All rows"), None)
        for action in ("create", "update", "unchanged", "rejected", HELD):
            self.show_only.addItem(action_label(action), action)
        self.show_only.addItem(icon("warning"), self.tr("With warnings"), WARNED)
        self.model = RowsModel(plan_columns(lang), parent=self)
        self.proxy = RowsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = make_table(self.proxy)
        self.show_only.currentIndexChanged.connect(self._filter)
        self.plan: ImportPlan | None = None
        self.lang = lang
        self.detail = _note()
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        self.conflicts = QPushButton(icon("warning"), "")  # a returned template's conflicts, decided in a dialog
        self.conflicts.clicked.connect(self._decide_conflicts)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(self.conflicts)
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.show_only)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("What the import will do")))
        layout.addLayout(top)
        layout.addWidget(self.notes)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)

    def _show_detail(self, current: Any, _previous: Any) -> None:
        """The selected row's every change (or every reason), which the table cell can only start."""
        row = self.model.row_at(self.proxy.mapToSource(current))
        self.detail.setText(f"{row.code or ''} — {describe(row, self.lang, 60)}" if row is not None else "")

    def show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        c = plan.counts()
        words = {"create": self.tr("new"), "update": self.tr("to update"), "unchanged": self.tr("unchanged"),
                 "rejected": self.tr("rejected")}
        parts = [f"<span style='color:{ACTION_COLOURS[a]}'><b>{fmt_number(c[a])}</b> {words[a]}</span>"
                 for a in ("create", "update", "unchanged", "rejected")]
        held = plan.held()
        if held:  # counted in none of the above: applying leaves them untouched until the question is answered
            label = self.tr("awaiting an answer to “Same project?”")
            parts.append(f"<span style='color:{ACTION_COLOURS[HELD]}'><b>{fmt_number(held)}</b> {label}</span>")
        warned = plan.warned()
        if warned:  # imported all the same: a count of its own, never added to the rejected
            label = self.tr("with warnings")
            parts.append(f"<span style='color:{WARNING_COLOUR}'>⚠ <b>{fmt_number(warned)}</b> {label}</span>")
        self.counts.setText(" &nbsp;·&nbsp; ".join(parts))
        self._count_conflicts()
        notes = [_sentence(n) for n in plan.notes]
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self._filter()

    def _count_conflicts(self) -> None:
        total = sum(1 for _c in self.plan.conflicts()) if self.plan is not None else 0
        kept = self.plan.open_conflicts() if self.plan is not None else 0
        # Short on the button (the page fits 1100 px in Russian too); the whole count in its tooltip.
        self.conflicts.setText(self.tr("Conflicts: %1…").replace("%1", fmt_number(total)))
        self.conflicts.setToolTip(self.tr("%1 conflict(s), %2 keep the office's value; click to decide each").replace(
            "%1", fmt_number(total)).replace("%2", fmt_number(kept)))
        self.conflicts.setVisible(bool(total))

    def _decide_conflicts(self) -> None:
        from ui.dialogs.import_conflicts import ConflictsDialog

        if self.plan is not None and ConflictsDialog(self.plan, self).exec():
            self.show_plan(self.plan)  # the counts follow the decisions

    def _filter(self) -> None:
        if self.plan is None:
            return
        wanted = self.show_only.currentData()
        self.model.set_rows([r for r in self.plan.rows if wanted is None or r.effect == wanted
                             or (wanted == WARNED and r.warned)])
        fit_columns(self.view, widest=170)
        # The changes take the room that is left (elided; the tooltip and the line below show them whole),
        # so the table never needs a sideways scroll.
        self.view.horizontalHeader().setStretchLastSection(True)


class ApplyPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.status = _note()
        self.bar = QProgressBar()
        self.cancel = QPushButton(self.tr("Cancel the import"))
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Importing")))
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel)
        layout.addLayout(row)
        layout.addStretch(1)


class SummaryPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.title = _heading("")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.save_report = QPushButton(icon("export"), self.tr("Save the agency's report…"))
        self.undo = QPushButton(icon("undo"), self.tr("Undo this import"))
        row = QHBoxLayout()
        row.addWidget(self.save_report)
        row.addWidget(self.undo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addStretch(1)

