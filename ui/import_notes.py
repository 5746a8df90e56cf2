"""The importer's notes about a whole file (ImportPlan.notes: how a CSV was decoded, macros ignored,
hidden sheets, columns set aside, a file imported before) in the UI language.

The core writes each note as one English sentence; here every sentence it can write has a Russian
shape, keeping the sheet names, columns and numbers. A note of an unforeseen shape is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ui.i18n.noop import QT_TRANSLATE_NOOP

_CTX = "ImportNotes"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


_TAB = QT_TRANSLATE_NOOP("ImportNotes", "tab")


def _separator(text: str) -> str:
    return _tr(_TAB) if text == "tab" else text.replace("'", "")


def _field(name: str) -> str:
    from ui.dialogs.common import field_label

    return field_label(name)


_NOTES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.S), t) for p, t in (
    (r"CSV text read as (?P<enc>\S+), separated by (?P<sep>.+)",
     QT_TRANSLATE_NOOP("ImportNotes", "CSV text read in the {enc} encoding, separated by «{sep}»")),
    (r"macros ignored \(the workbook contains VBA code, which was not run\)",
     QT_TRANSLATE_NOOP("ImportNotes", "Macros ignored: the workbook contains VBA code, which was not run")),
    (r"hidden sheet '(?P<sheet>.*)' read",
     QT_TRANSLATE_NOOP("ImportNotes", "The hidden sheet «{sheet}» was read")),
    (r"hidden sheet '(?P<sheet>.*)' not read \((?P<d>.*)\)",
     QT_TRANSLATE_NOOP("ImportNotes", "The hidden sheet «{sheet}» was not read ({d})")),
    (r"(?P<w>.+) is a text \(CSV\) file despite its '(?P<suffix>.*)' name; it was read as CSV",
     QT_TRANSLATE_NOOP("ImportNotes", "{w} is a text (CSV) file despite its «{suffix}» name; it was read as CSV")),
    (r"(?P<w>.+?): (?P<n>\d+) cell\(s\) hold a formula error .*",
     QT_TRANSLATE_NOOP("ImportNotes", "{w}: cells with a formula error (#DIV/0!, #N/A, …) that read as empty: "
                       "{n}; correct them in the spreadsheet and save it again, or check the imported values")),
    (r"sheet '(?P<sheet>.*)': control or invisible characters removed from (?P<n>\d+) cell\(s\)",
     QT_TRANSLATE_NOOP("ImportNotes", "Sheet «{sheet}»: control or invisible characters removed (cells: {n})")),
    (r"column (?P<col>\w+) '(?P<header>.*)' also looks like (?P<field>\w+) \(as column (?P<col2>\w+) "
     r"'(?P<header2>.*)'\); it was not imported \(choose its field if it is the one\)",
     QT_TRANSLATE_NOOP("ImportNotes", "Column {col} «{header}» also looks like «{field}» (as column {col2} "
                       "«{header2}»); it was not imported (choose its field if it is the one)")),
    (r"column (?P<col>\w+) '(?P<header>.*)' needs a decision: perhaps (?P<field>\w+) \((?P<score>\d+)%: "
     r"(?P<why>.*)\); not imported",
     QT_TRANSLATE_NOOP("ImportNotes", "Column {col} «{header}» needs a decision: perhaps «{field}» ({score} %: "
                       "{why}); not imported")),
    (r"column (?P<col>\w+) '(?P<header>.*)' reads as (?P<field>\w+) or (?P<fields>[\w, ]+) equally well; it was "
     r"not imported \(choose its field\)",
     QT_TRANSLATE_NOOP("ImportNotes", "Column {col} «{header}» reads equally well as «{field}» and as {fields}; it "
                       "was not imported (choose its field)")),
    (r"column (?P<col>\w+) '(?P<header>.*)' read as (?P<field>\w+): its values are the sum of columns "
     r"(?P<parts>[A-Z, ]+)(?P<why>.*)",
     QT_TRANSLATE_NOOP("ImportNotes", "Column {col} «{header}» read as «{field}»: its values are the sum of "
                       "columns {parts}{why}")),
    (r"this file was imported before \(batch (?P<ids>.*)\); rows already in the portfolio are 'unchanged'",
     QT_TRANSLATE_NOOP("ImportNotes", "This file was imported before (import {ids}); rows already in the "
                       "portfolio show as unchanged")),
))
def _fields(names: str) -> str:
    return ", ".join(f"«{_field(n)}»" for n in names.split(", "))


_GROUPS: dict[str, Callable[[str], str]] = {"sep": _separator, "field": _field, "fields": _fields}


def _match(note: str) -> tuple[re.Match[str], str] | None:
    for pattern, text in _NOTES:
        found = pattern.fullmatch(note)
        if found is not None:
            return found, text
    return None


def is_known_note(note: str) -> bool:
    return _match(note) is not None


def note_text(note: str) -> str:
    """One importer note in the UI language (the English note when its shape is unforeseen)."""
    hit = _match(note)
    if hit is None:
        return note
    found, text = hit
    groups = {k: (_GROUPS[k](v) if k in _GROUPS else v) for k, v in found.groupdict(default="").items()}
    return _tr(text).format(**groups)
