"""The first-run screen: what to open when there is no portfolio yet (or the last one failed to open)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.icons import app_icon, icon
from ui.settings import Settings


class WelcomeScreen(QWidget):
    open_demo = Signal()
    create_empty = Signal()
    open_file = Signal()
    connect_server = Signal()
    open_recent = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.logo = QLabel(self)
        self.logo.setPixmap(app_icon().pixmap(QSize(64, 64)))
        self.title = QLabel("INO Desktop", self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setStyleSheet("color: #52606d;")
        self.subtitle.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.problem.setStyleSheet("QLabel { background: #fdecea; color: #8c1d18; border: 1px solid #f1b0ab;"
                                   " border-radius: 4px; padding: 8px; }")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demo_button = self._button("demo", self.open_demo)
        self.empty_button = self._button("new_database", self.create_empty)
        self.file_button = self._button("open", self.open_file)
        self.server_button = self._button("server", self.connect_server)
        self.recent_label = QLabel(self)
        self.recent = QListWidget(self)
        self.recent.setMaximumHeight(150)
        self.recent.itemActivated.connect(lambda item: self.open_recent.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.recent_label.setBuddy(self.recent)

        head = QHBoxLayout()
        head.setSpacing(16)
        head.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(self.title)
        words.addWidget(self.subtitle)
        head.addLayout(words, 1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.addWidget(self.demo_button, 0, 0)
        grid.addWidget(self.empty_button, 0, 1)
        grid.addWidget(self.file_button, 1, 0)
        grid.addWidget(self.server_button, 1, 1)
        card = QFrame(self)
        card.setObjectName("welcomeCard")
        card.setStyleSheet("#welcomeCard { background: palette(base); border: 1px solid #d5dbe1; border-radius: 8px; }")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(14)
        inner.addLayout(head)
        inner.addWidget(self.problem)
        inner.addLayout(grid)
        inner.addSpacing(6)
        inner.addWidget(self.recent_label)
        inner.addWidget(self.recent)
        card.setMaximumWidth(820)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setTabOrder(self.demo_button, self.empty_button)
        self.setTabOrder(self.empty_button, self.file_button)
        self.setTabOrder(self.file_button, self.server_button)
        self.setTabOrder(self.server_button, self.recent)
        self.setFocusProxy(self.demo_button)
        self.retranslate()
        self.refresh_recent()

    def _button(self, icon_name: str, signal: SignalInstance) -> QCommandLinkButton:
        button = QCommandLinkButton(self)
        button.setIcon(icon(icon_name))
        button.setIconSize(QSize(28, 28))
        button.setMinimumHeight(72)
        button.clicked.connect(signal.emit)
        return button

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.subtitle.setText(self.tr("The project portfolio of the INO Tomsk regional innovation programme: "
                                      "projects, agency workbooks and briefing packs."))
        for button, text, note in (
            (self.demo_button, self.tr("Open the &demo portfolio"),
             self.tr("A made-up portfolio to explore; marked DEMO DATA everywhere")),
            (self.empty_button, self.tr("&Create an empty portfolio"),
             self.tr("A new file with the programme's clusters and targets")),
            (self.file_button, self.tr("&Open a file…"), self.tr("A portfolio file (.sqlite) on this computer")),
            (self.server_button, self.tr("Connect to a &server…"),
             self.tr("A shared PostgreSQL database of the programme office")),
        ):
            button.setText(text)
            button.setDescription(note)
        self.recent_label.setText(self.tr("&Recent portfolios"))
        self.refresh_recent()

    def refresh_recent(self) -> None:
        self.recent.clear()
        targets = self.settings.recent_databases
        for target in targets:
            item = QListWidgetItem(icon("open"), target)
            item.setData(Qt.ItemDataRole.UserRole, target)
            self.recent.addItem(item)
        self.recent.setVisible(bool(targets))
        self.recent_label.setVisible(bool(targets))

    def show_problem(self, message: str | None) -> None:
        """Why the last portfolio did not open (one line from DatabaseError), or nothing."""
        self.problem.setText(message or "")
        self.problem.setVisible(bool(message))
