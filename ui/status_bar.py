"""The status bar: which database, the "as at" date, the DEMO DATA mark, and running jobs with cancel."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from ino_desktop.messages import Message
from ui import labels
from ui.database_notes import note_text
from ui.elided_label import ElidedLabel
from ui.icons import icon
from ui.jobs import Job


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(True)
        self.database_label = ElidedLabel(self)  # a long path must not push the window wider
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.as_at_label = QLabel(self)
        self.demo_label = QLabel(self)
        self.demo_label.setStyleSheet(
            "QLabel { background: #fdecc8; color: #7a4b00; border: 1px solid #e3b35c; border-radius: 3px;"
            " padding: 1px 8px; font-weight: bold; }")
        self.demo_label.setVisible(False)
        self.notes_label = QLabel(self)  # a warning icon while the open database has notes (tooltip: them)
        self.notes_label.setPixmap(icon("warning").pixmap(16, 16))
        self.notes_label.setVisible(False)
        self._notes: list[Message] = []
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self._cancel)
        self.addWidget(self.database_label, 1)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.cancel_button)
        self.addPermanentWidget(self.notes_label)
        self.addPermanentWidget(self.demo_label)
        self.addPermanentWidget(self.as_at_label)
        self._job: Job | None = None
        self._state: tuple[str | None, dt.date | None, bool, str] = (None, None, False, "ru")
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.demo_label.setText(self.tr("DEMO DATA"))
        self.demo_label.setToolTip(self.tr("This portfolio holds the demo data, not real projects"))
        self.show_portfolio(*self._state)
        self.show_notes(self._notes)

    def show_notes(self, notes: list[Message]) -> None:
        """The open database's warnings (Database.notes) as an icon with a tooltip."""
        self._notes = list(notes)
        self.notes_label.setToolTip("\n".join(note_text(n) for n in notes))
        self.notes_label.setVisible(bool(notes))

    def show_portfolio(self, name: str | None, as_at: dt.date | None, demo: bool, lang: str = "ru") -> None:
        self._state = (name, as_at, demo, lang)
        self.database_label.setText(
            self.tr("Database: %1").replace("%1", name) if name else self.tr("No portfolio open"))
        self.database_label.setToolTip(name or "")
        self.as_at_label.setText(self.tr("As at %1").replace("%1", labels.date(as_at, lang)) if as_at else "")
        self.demo_label.setVisible(demo)

    def track(self, job: Job, text: str) -> None:
        """Show a running job: its progress (busy bar until it reports a total) and a Cancel button."""
        self._job = job
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.showMessage(text)
        job.progressed.connect(self._on_progress)
        job.ended.connect(self._on_ended)

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _on_ended(self) -> None:
        self._job = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.clearMessage()

    def _cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
