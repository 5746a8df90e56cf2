"""A combo box that sits in a table's cell: the mouse wheel scrolls the table, never the choice.

Qt gives a combo box the wheel whenever the pointer is over it, so scrolling a table of them changes whichever
choice passes under the pointer (a column's field silently becomes another). Here the wheel reaches the combo
only once it has the keyboard focus, as a person who clicked it means to change it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget


class CellCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not by the wheel

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the table under it scrolls
