"""The chip bar above the project table: every active filter (navigator, chart click, search, saved view)
as a chip with ×, and "Clear all". It only draws and reports; the main window applies the filter."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QSizePolicy, QToolButton, QWidget

from ino_desktop.services.filters import ProjectFilter
from ui.filter_caption import chips
from ui.icons import icon

_CHIP_STYLE = ("QToolButton { background: #e8f1fb; color: #0b3d6e; border: 1px solid #bcd4ef; border-radius: 10px;"
               " padding: 1px 6px 1px 8px; }"
               "QToolButton:hover, QToolButton:focus { background: #d3e4f7; border-color: #0b5cad; }")


class FlowLayout(QLayout):
    """Items left to right, wrapping onto the next line when the row is full (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            width = min(hint.width(), rect.width())
            if x > rect.x() and x + width > rect.right() + 1:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class FilterChips(QWidget):
    """Shows `flt`'s parts; `filter_changed(ProjectFilter)` asks for the filter without a removed chip.

    A language switch reaches it through the main window's refresh, which calls show_filter again."""

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterChips")
        self.flow = FlowLayout(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.buttons: list[QToolButton] = []
        self.hide()

    def show_filter(self, flt: ProjectFilter, lang: str, view_name: str | None = None) -> None:
        while (item := self.flow.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()  # gone at once; deleted when the event loop comes round
                widget.deleteLater()
        self.buttons = []
        parts = chips(flt, lang, view_name)
        if not parts:
            self.hide()
            return
        title = QLabel(self.tr("Showing:"), self)
        title.setStyleSheet("color: #52606d;")
        self.flow.addWidget(title)
        for text, rest in parts:
            button = self._chip(text, self.tr("Remove this filter"))
            button.clicked.connect(lambda _c=False, f=rest: self.filter_changed.emit(f))
            self.buttons.append(button)
        if len(parts) > 1:
            clear = self._chip(self.tr("Clear all"), self.tr("Show the whole portfolio"))
            clear.clicked.connect(lambda: self.filter_changed.emit(ProjectFilter()))
            self.buttons.append(clear)
        self.show()
        self.updateGeometry()

    def _chip(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setIcon(icon("clear"))
        button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # the × after the words
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setToolTip(f"{text} — {tip}")
        button.setStyleSheet(_CHIP_STYLE)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.flow.addWidget(button)
        return button
