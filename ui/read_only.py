"""Read-only mode: a portfolio the window may only read — a read-only file or share, a server role that
may only read, or a file another INO Desktop window is writing. Every action that would write is
disabled with a tooltip saying why. The core refuses such writes as well (Database.transaction); this
is so that the user is never offered what will be refused."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QGroupBox, QWidget

from ino_desktop.db import Database
from ino_desktop.db.engine import IN_OTHER_WINDOW_NOTE, READ_ONLY_NOTE, READ_ONLY_REASON
from ino_desktop.messages import Message
from ui.database_notes import note_text


def notes_of(db: Database | None) -> list[Message]:
    """The open database's notes for the banner: its own, and the server role's when it may only read."""
    if db is None:
        return []
    notes = list(db.notes)
    if db.read_only and READ_ONLY_REASON not in notes:
        notes.append(READ_ONLY_REASON)
    return notes


def refusal(db: Database | None) -> str | None:
    """Why the open portfolio cannot be changed, in the UI language; None when it can (or none is open)."""
    if db is None or db.writable:
        return None
    if db.read_only:
        return note_text(READ_ONLY_REASON)
    return note_text(IN_OTHER_WINDOW_NOTE if db.held_elsewhere else READ_ONLY_NOTE)


def lock_editing(root: QWidget, reason: str | None, *, buttons: tuple[QAbstractButton, ...] = ()) -> None:
    """Read-only: the forms (group boxes) and `buttons` under `root` disabled, its tables not editable,
    each saying why in its tooltip. Nothing is done for a writable portfolio (`reason` None)."""
    if reason is None:
        return
    for widget in [*root.findChildren(QGroupBox), *buttons]:
        widget.setEnabled(False)
        widget.setToolTip(reason)
    for view in root.findChildren(QAbstractItemView):
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
