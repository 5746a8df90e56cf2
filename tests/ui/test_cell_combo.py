"""A combo box in a table's cell changes its choice by the wheel only once it has the focus."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from ui.cell_combo import CellCombo


def _wheel(combo: CellCombo) -> None:
    centre = QPointF(combo.rect().center())
    event = QWheelEvent(centre, combo.mapToGlobal(centre), QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(combo, event)


def test_the_wheel_over_an_unfocused_cell_combo_leaves_its_choice(qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = CellCombo()
    qtbot.addWidget(combo)
    combo.addItems(["— пропустить —", "Код проекта", "Наименование проекта"])
    combo.show()
    qtbot.waitExposed(combo)
    combo.clearFocus()
    _wheel(combo)
    assert combo.currentIndex() == 0
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel(combo)
    assert combo.currentIndex() == 1
