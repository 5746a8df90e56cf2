"""The core's messages in the window's language.

Every refusal (InoError.coded) and every row problem (RowIssue.message) is a coded `Message`: its
template is looked up in the "Messages" context of the Qt catalogues by its code, and its parameters
(fields, vocabulary values, amounts, nested messages) are rendered in the same language. Nothing here
reads an English sentence back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ino_desktop.errors import InoError
from ino_desktop.importer.rows import RowIssue
from ino_desktop.messages import CONTEXT, Message
from ui.labels import ui_language


def render(message: Message) -> str:
    """A coded core message in the window's language, from the "Messages" context of the Qt catalogues."""
    template = QCoreApplication.translate(CONTEXT, message.template, message.code)
    return template.format(**message.values(ui_language(), render))


def issue_reason(issue: RowIssue) -> str:
    """Why a row is rejected, in the UI language (without the where-part)."""
    return render(issue.message)


def issue_text(issue: RowIssue, file_name: str) -> str:
    """The whole line for a rejected row: where, then why."""
    return f"{render(issue.place(file_name))}: {render(issue.message)}"


def error_text(exc: BaseException) -> str:
    """One line for a person: an InoError in the UI language, else the kind of failure and its first line."""
    if isinstance(exc, InoError):
        return render(exc.coded)
    first = (str(exc).splitlines() or [""])[0]
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__
