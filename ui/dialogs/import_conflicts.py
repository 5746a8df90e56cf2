"""The conflicts of a returned data-request template, decided one by one or all at once.

Each row is a value both the office and the agency changed since the template went out (or a row
that may be another project): sent, office now, agency. Ticked applies the agency's value; unticked
(the default) keeps the office's. The decisions are written into the plan's conflicts; nothing else.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ino_desktop.importer.merge import Conflict
from ino_desktop.importer.plan import ImportPlan


def _shown(value: object) -> str:
    return "—" if value is None else str(value)


class ConflictsDialog(QDialog):
    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conflicts: both the office and the agency changed these"))
        self.conflicts: list[Conflict] = [c for _r, c in plan.conflicts()]
        rows = list(plan.conflicts())
        self.table = QTableWidget(len(rows), 6, self)
        self.table.setHorizontalHeaderLabels([self.tr("Project"), self.tr("Field"), self.tr("Sent"),
                                              self.tr("Office now"), self.tr("Agency"), self.tr("Take the agency's")])
        for i, (row, c) in enumerate(rows):
            field = self.tr("Same project?") if c.identity else c.field
            for col, text in enumerate((f"{row.code} ({row.sheet} {c.cell or row.row})", field, _shown(c.sent),
                                        _shown(c.office), _shown(c.agency))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(i, col, item)
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked if c.take else Qt.CheckState.Unchecked)
            self.table.setItem(i, 5, check)
        self.table.resizeColumnsToContents()
        theirs = QPushButton(self.tr("All: the agency's"))
        ours = QPushButton(self.tr("All: the office's"))
        theirs.clicked.connect(lambda: self._all(True))
        ours.clicked.connect(lambda: self._all(False))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        line = QHBoxLayout()
        line.addWidget(theirs)
        line.addWidget(ours)
        line.addStretch(1)
        line.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(line)
        self.resize(900, 400)

    def _all(self, take: bool) -> None:
        state = Qt.CheckState.Checked if take else Qt.CheckState.Unchecked
        for i in range(self.table.rowCount()):
            self._take(i).setCheckState(state)

    def accept(self) -> None:
        """Write the decisions into the plan's conflicts."""
        for i, conflict in enumerate(self.conflicts):
            conflict.take = self._take(i).checkState() == Qt.CheckState.Checked
        super().accept()

    def _take(self, row: int) -> QTableWidgetItem:
        """The row's "take theirs" check box (every row gets one when the table is filled)."""
        item = self.table.item(row, 5)
        assert item is not None
        return item
