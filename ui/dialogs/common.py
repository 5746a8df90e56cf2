"""Small pieces every dialog and register shares: names of fields and vocabulary terms in the UI
language, number and date formats, an inline message banner, and who the user is."""

from __future__ import annotations

import datetime as dt
import getpass
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget

from ino_desktop import fields
from ino_desktop import reference as ref
from ui import labels
from ui.i18n.noop import QT_TRANSLATE_NOOP

_ORIGIN_LABELS = {
    "manual": QT_TRANSLATE_NOOP("Origins", "Manual edit"),
    "import": QT_TRANSLATE_NOOP("Origins", "Import"),
    "undo": QT_TRANSLATE_NOOP("Origins", "Import undone"),
    "demo": QT_TRANSLATE_NOOP("Origins", "Demo data"),
    "system": QT_TRANSLATE_NOOP("Origins", "System"),
}

# Vocabularies beyond reference.VOCABULARIES that dialogs show by name.
_EXTRA_VOCABS = {"milestone_status": ref.MILESTONE_STATUSES, "action_status": ref.ACTION_STATUSES,
                 "decision_status": ref.DECISION_STATUSES, "organisation_kind": ref.ORGANISATION_KINDS,
                 "instrument_kind": ref.INSTRUMENT_KINDS}


def field_label(name: str) -> str:
    """A field's name in the window's language, from the catalogue (ino_desktop/fields.py); money with its unit."""
    entry = fields.BY_KEY.get(name)
    if entry is None:
        return name
    lang = labels.ui_language()
    return entry.titled(lang) if entry.kind == fields.MONEY else entry.label(lang)


def origin_label(origin: str) -> str:
    english = _ORIGIN_LABELS.get(origin)
    return QCoreApplication.translate("Origins", english) if english else origin


def terms(vocabulary: str) -> tuple[ref.Term, ...]:
    return ref.VOCABULARIES.get(vocabulary) or _EXTRA_VOCABS[vocabulary]


def term_name(vocabulary: str, key: str | None, lang: str) -> str:
    if key is None:
        return "—"
    for t in terms(vocabulary):
        if t.key == key:
            return t.name(lang)
    return key


def fill_combo(combo: QComboBox, vocabulary: str, lang: str, *, blank: str | None = "—") -> None:
    """Items are the vocabulary's names; item data is the key (None for the blank item)."""
    combo.clear()
    if blank is not None:
        combo.addItem(blank, None)
    for t in terms(vocabulary):
        combo.addItem(t.name(lang), t.key)


def select_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


def fmt_number(value: float | int | None, decimals: int = 1) -> str:
    """A number in the window's language (through ino_desktop.formatting); "—" for no value."""
    return "—" if value is None else labels.number(value, labels.ui_language(), decimals)


def fmt_date(value: dt.date | dt.datetime | None) -> str:
    """A date (and time) in the window's language; "—" for none."""
    return "—" if value is None else labels.date(value, labels.ui_language())


_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?$")


def parse_number(text: str, *, integer: bool = False) -> tuple[float | int | None, bool]:
    """(value, ok) from what a person types: '1 234,5', '1234.5', '−5' (as the formatter shows it), blank =
    no value."""
    cleaned = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("\u2212", "-").strip()
    if not cleaned:
        return None, True
    if not _NUMBER.match(cleaned):
        return None, False
    number = float(cleaned.replace(",", "."))
    if integer:
        return (int(number), True) if number.is_integer() else (None, False)
    return number, True


def fmt_value(field: str, value: Any, lang: str) -> str:
    """A change-log or form value as people read it."""
    if value is None:
        return "—"
    if field in ref.VOCABULARIES:
        return term_name(field, value, lang)
    if isinstance(value, bool):
        return QCoreApplication.translate("Common", "yes") if value else QCoreApplication.translate("Common", "no")
    if isinstance(value, int | float) and field.endswith("_mln"):
        return fmt_number(float(value))
    if isinstance(value, int | float):
        return fmt_number(value)
    if isinstance(value, dt.date):
        return fmt_date(value)
    if field == "milestones" and isinstance(value, list):
        return "; ".join(f"{m[0]} ({_iso_to_ru(m[1])})" for m in value if isinstance(m, list) and m)
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def _iso_to_ru(text: str | None) -> str:
    return fmt_date(dt.date.fromisoformat(text)) if text else "—"


def current_user() -> str:
    """Who the change log names for a manual edit: the operating-system login."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some service accounts)
        return "unknown"


class Banner(QLabel):
    """An inline one-line message at the top or bottom of a dialog (no modal box to click away)."""

    _STYLES = {  # noqa: RUF012 - a constant table
        "error": "background:#fdecea; color:#8a1c12; border:1px solid #f5c2bd;",
        "warning": "background:#fff4e0; color:#7a4b00; border:1px solid #f3d9a4;",
        "info": "background:#e8f1fb; color:#0b3d6e; border:1px solid #bcd4ef;",
        "ok": "background:#e7f5ea; color:#1d5c2a; border:1px solid #b9dfc1;",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        self.kind = kind
        self.setStyleSheet(f"QLabel {{ {self._STYLES.get(kind, '')} border-radius:4px; padding:6px 10px; }}")
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.kind = ""
        self.setText("")
        self.hide()


class NullableDateEdit(QDateEdit):
    """A date field that may be empty: the lowest date stands for "no date" and shows as "—"."""

    _NONE = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd.MM.yyyy")
        self.setMinimumDate(self._NONE)
        self.setSpecialValueText("—")
        self.setDate(self._NONE)
        self.calendarWidget().installEventFilter(self)  # an empty field's calendar opens at today, not 1900

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == self._NONE else dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(self._NONE if value is None else QDate(value.year, value.month, value.day))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:  # the one way to empty a date field from the keyboard
            self.set_value(None)
            return
        super().keyPressEvent(event)
