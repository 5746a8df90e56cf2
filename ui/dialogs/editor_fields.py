"""The project editor's field widgets and its undo commands.

A binding wraps one widget and speaks "raw" values — what the widget holds (text for a number, so
that an unfinished '1 2,' can be undone too) — and parses raw into the form's value. Every change
becomes a FormCommand on the editor's QUndoStack; typing in one field merges into one step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ino_desktop import formatting
from ino_desktop.models import INT_FIELDS, MONEY_FIELDS
from ui.dialogs.common import NullableDateEdit, field_label, fill_combo, parse_number, select_data


class Binding(QObject):
    """One field: `raw()`/`set_raw()` on the widget, `parse(raw)` -> (value, error or None).

    An edit made by the person calls `on_edit(field, raw)` — a plain callback rather than a Python-emitted
    signal, because every keystroke lands here (and PySide6 6.12.0 leaks a reference per Python emit).
    """

    merges = False  # typing merges into one undo step

    def __init__(self, field: str, widget: QWidget) -> None:
        super().__init__(widget)
        self.field = field
        self.widget = widget
        self._quiet = False
        self.on_edit: Callable[[str, Any], None] | None = None

    def raw(self) -> Any:
        raise NotImplementedError

    def _put(self, raw: Any) -> None:
        raise NotImplementedError

    def set_raw(self, raw: Any) -> None:
        if raw == self.raw():
            return
        self._quiet = True
        try:
            self._put(raw)
        finally:
            self._quiet = False

    def to_raw(self, value: Any) -> Any:
        return value

    def parse(self, raw: Any) -> tuple[Any, str | None]:
        return raw, None

    def _emit(self, *_args: Any) -> None:
        if not self._quiet and self.on_edit is not None:
            self.on_edit(self.field, self.raw())

    def mark(self, message: str | None) -> None:
        """Show a problem on the widget (red frame, the message as tooltip) or clear it."""
        self.widget.setProperty("invalid", bool(message))
        self.widget.setStyleSheet(
            f"{type(self.widget).__name__} {{ border:1px solid #c62828; background:#fff6f6; }}" if message else "")
        self.widget.setToolTip(message or "")


class LineBinding(Binding):
    merges = True
    widget: QLineEdit

    def __init__(self, field: str, widget: QLineEdit) -> None:
        super().__init__(field, widget)
        widget.textEdited.connect(self._emit)

    def raw(self) -> str:
        return self.widget.text()

    def _put(self, raw: Any) -> None:
        self.widget.setText(raw or "")

    def to_raw(self, value: Any) -> str:
        return "" if value is None else str(value)

    def parse(self, raw: Any) -> tuple[Any, str | None]:
        text = (raw or "").strip()
        return (text or None), None


class NumberBinding(LineBinding):
    def __init__(self, field: str, widget: QLineEdit, lang: str) -> None:
        super().__init__(field, widget)
        self.integer = field in INT_FIELDS
        self.lang = lang
        widget.setPlaceholderText("—")
        widget.setAlignment(widget.alignment().AlignRight)

    def to_raw(self, value: Any) -> str:
        """A stored number to type over: the language's decimal mark, no grouping, no trailing zeros."""
        return formatting.number(value, self.lang, None, missing="", grouped=False)

    def parse(self, raw: Any) -> tuple[Any, str | None]:
        value, ok = parse_number(raw or "", integer=self.integer)
        if ok:
            return value, None
        if self.integer:
            return None, QCoreApplication.translate("Editor", "not a whole number")
        return None, QCoreApplication.translate("Editor", "not a number, e.g. 1 234,5")


class TextBinding(Binding):
    merges = True
    widget: QPlainTextEdit

    def __init__(self, field: str, widget: QPlainTextEdit) -> None:
        super().__init__(field, widget)
        widget.textChanged.connect(self._emit)

    def raw(self) -> str:
        return self.widget.toPlainText()

    def _put(self, raw: Any) -> None:
        self.widget.setPlainText(raw or "")

    def to_raw(self, value: Any) -> str:
        return value or ""

    def parse(self, raw: Any) -> tuple[Any, str | None]:
        text = (raw or "").strip()
        return (text or None), None


class ComboBinding(Binding):
    """A vocabulary: item data is the key."""

    widget: QComboBox

    def __init__(self, field: str, widget: QComboBox, vocabulary: str, lang: str) -> None:
        super().__init__(field, widget)
        fill_combo(widget, vocabulary, lang)
        widget.currentIndexChanged.connect(self._emit)

    def raw(self) -> Any:
        return self.widget.currentData()

    def _put(self, raw: Any) -> None:
        select_data(self.widget, raw)


class ChoiceTextBinding(Binding):
    """Free text with suggestions (lead organisation, location): an editable combo box."""

    merges = True
    widget: QComboBox

    def __init__(self, field: str, widget: QComboBox, suggestions: list[str]) -> None:
        super().__init__(field, widget)
        widget.setEditable(True)
        widget.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        widget.addItems(["", *suggestions])
        completer = widget.completer()  # an editable combo box always has one
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        widget.currentTextChanged.connect(self._emit)

    def raw(self) -> str:
        return self.widget.currentText()

    def _put(self, raw: Any) -> None:
        self.widget.setCurrentText(raw or "")

    def to_raw(self, value: Any) -> str:
        return value or ""

    def parse(self, raw: Any) -> tuple[Any, str | None]:
        text = (raw or "").strip()
        return (text or None), None


class DateBinding(Binding):
    widget: NullableDateEdit

    def __init__(self, field: str, widget: NullableDateEdit) -> None:
        super().__init__(field, widget)
        widget.dateChanged.connect(self._emit)

    def raw(self) -> dt.date | None:
        return self.widget.value()

    def _put(self, raw: Any) -> None:
        self.widget.set_value(raw)


def binding_for(field: str, lang: str, suggestions: dict[str, list[str]]) -> Binding:
    """The right widget and binding for a project field."""
    if field in MONEY_FIELDS or field in INT_FIELDS:
        return NumberBinding(field, QLineEdit(), lang)
    if field in ("start_date", "end_date"):
        return DateBinding(field, NullableDateEdit())
    if field in ("category", "cluster", "work_area", "territory_type", "status", "rag"):
        return ComboBinding(field, QComboBox(), field, lang)
    if field in suggestions:
        return ChoiceTextBinding(field, QComboBox(), suggestions[field])
    if field in ("description", "problems", "decisions_requested"):
        widget = QPlainTextEdit()
        widget.setTabChangesFocus(True)
        return TextBinding(field, widget)
    return LineBinding(field, QLineEdit())


class FormCommand(QUndoCommand):
    """Set one part of the form (a field's raw value, the milestones, the participants, the instruments)."""

    def __init__(self, apply: Callable[[str, Any], None], key: str, old: Any, new: Any, *, merges: bool) -> None:
        super().__init__(QCoreApplication.translate("Editor", "change {}").format(field_label(key)))
        self._apply, self.key, self.old, self.new, self._merges = apply, key, old, new, merges

    def id(self) -> int:
        # Qt merges consecutive commands with the same id; -1 means "never merge".
        return (abs(hash(self.key)) % 100_000) + 1 if self._merges else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FormCommand) or other.key != self.key:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self._apply(self.key, self.new)

    def undo(self) -> None:
        self._apply(self.key, self.old)
