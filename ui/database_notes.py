"""Warnings about the open database (Database.notes: e.g. a file in a network folder, where SQLite's
write-ahead log is off) in the UI language, and the bar that shows them once when a database opens.

The bar is not modal: it sits above the workspace until closed; the status bar keeps a warning icon
whose tooltip repeats the notes for as long as that database is open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from ino_desktop.messages import Message
from ui.core_messages import render
from ui.i18n.noop import QT_TRANSLATE_NOOP
from ui.icons import icon

_CTX = "DatabaseNotes"
# The window's own sentence for each note the core gives (by its code): a banner, so a headline first.
_NOTES = {
    "db.note.network": QT_TRANSLATE_NOOP(
        "DatabaseNotes", "The database is in a network folder: SQLite's write-ahead log is switched off there, and "
        "only one person should use the file at a time; for a shared office use a PostgreSQL server."),
    "db.note.read_only": QT_TRANSLATE_NOOP(
        "DatabaseNotes", "Read-only: this database is a read-only file, folder or share. It can be read, exported "
        "and printed, but not changed; to change it, open a copy in a folder you can write to."),
    "db.note.other_window": QT_TRANSLATE_NOOP(
        "DatabaseNotes", "Read-only: this portfolio is open in another INO Desktop window on this computer. Here it "
        "can be read, exported and printed, but not changed; to change it, close it there and open it again here."),
    "db.note.role_reads": QT_TRANSLATE_NOOP(
        "DatabaseNotes", "Read-only: your server role may only read this portfolio. It can be read, exported and "
        "printed, but not changed; ask the office's administrator for the editor role to change it."),
}


def note_text(note: Message) -> str:
    """A database note in the UI language: the window's sentence for it, else the core's, rendered."""
    text = _NOTES.get(note.code)
    return QCoreApplication.translate(_CTX, text) if text is not None else render(note)


class NotesBar(QFrame):
    """A one-time, non-modal message bar: the notes of the database just opened, and a close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databaseNotes")
        self.setStyleSheet("#databaseNotes { background:#fff4e0; border:1px solid #f3d9a4; border-radius:4px; }"
                           " QLabel { color:#7a4b00; }")
        self.icon = QLabel(self)
        self.icon.setPixmap(icon("warning").pixmap(18, 18))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.notes: list[Message] = []
        # as tall as its text: a wrapped label would otherwise let the bar take the workspace's height
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()

    def sizeHint(self) -> QSize:
        """As tall as the wrapped text at the bar's own width. A word-wrapped label's hint is measured at
        a narrow width of its choosing: at 1366 px a two-line note made a bar of six lines' height."""
        hint = super().sizeHint()
        layout = self.layout()
        if self.width() > 0 and layout is not None and layout.hasHeightForWidth():
            hint.setHeight(layout.totalHeightForWidth(self.width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # a new width, a new height for the text

    def show_notes(self, notes: list[Message]) -> None:
        """Show these notes in the UI language, or hide the bar when there are none."""
        self.notes = list(notes)
        self.retranslate()
        self.close_button.setToolTip(QCoreApplication.translate("DatabaseNotes", "Close this message"))
        self.setVisible(bool(notes))

    def retranslate(self) -> None:
        self.text.setText("\n".join(note_text(n) for n in self.notes))
