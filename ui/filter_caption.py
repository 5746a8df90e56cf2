"""A project filter in words, for the dashboard's caption, the saved-view prompt and the chip bar:
"Whole portfolio", or "Cluster: Nuclear technologies · Status: in progress · Search: «газ»"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ino_desktop.services.filters import NO_VALUE, ProjectFilter
from ui import labels
from ui.i18n.noop import QT_TRANSLATE_NOOP

_CTX = "FilterCaption"
# (ProjectFilter field, vocabulary or None, the part's title)
_PARTS = (
    ("clusters", "cluster", QT_TRANSLATE_NOOP("FilterCaption", "Cluster")),
    ("work_areas", "work_area", QT_TRANSLATE_NOOP("FilterCaption", "Work area")),
    ("territory_types", "territory_type", QT_TRANSLATE_NOOP("FilterCaption", "Territory")),
    ("categories", "category", QT_TRANSLATE_NOOP("FilterCaption", "Category")),
    ("statuses", "status", QT_TRANSLATE_NOOP("FilterCaption", "Status")),
    ("rags", "rag", QT_TRANSLATE_NOOP("FilterCaption", "Delivery confidence")),
    ("locations", None, QT_TRANSLATE_NOOP("FilterCaption", "Place")),
    ("codes", None, QT_TRANSLATE_NOOP("FilterCaption", "Projects")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _value(vocabulary: str | None, value: str, lang: str) -> str:
    key = None if value == NO_VALUE else value
    if vocabulary is None:
        return labels.not_set(lang) if key is None else key
    return labels.term_name(vocabulary, key, lang)


def describe(flt: ProjectFilter, lang: str, view_name: str | None = None) -> str:
    """What `flt` selects, in the UI language (vocabulary names in the portfolio language `lang`).

    With `view_name` (the saved view the structured part came from) the view is named instead of its parts.
    """
    structured = flt.with_(text="")
    if structured.is_empty() and not flt.text.strip():
        return QCoreApplication.translate("FilterCaption", "Whole portfolio")
    parts: list[str] = []
    if view_name and not structured.is_empty():
        parts.append(QCoreApplication.translate("FilterCaption", "Saved view «%1»").replace("%1", view_name))
    else:
        for field, vocabulary, title in _PARTS:
            values: tuple[str, ...] = getattr(flt, field)
            if values:
                parts.append(f"{_tr(title)}: {', '.join(_value(vocabulary, v, lang) for v in values)}")
        if flt.stale_only:
            parts.append(QCoreApplication.translate("FilterCaption", "not updated for 90 days"))
    if flt.text.strip():
        parts.append(QCoreApplication.translate("FilterCaption", "Search: «%1»").replace("%1", flt.text.strip()))
    return " · ".join(parts)


def chips(flt: ProjectFilter, lang: str, view_name: str | None = None) -> list[tuple[str, ProjectFilter]]:
    """One (label, the filter without it) per removable part of `flt`: each value, "not updated", the search.

    A saved view is one chip (removing it shows the whole portfolio, the search text kept).
    """
    out: list[tuple[str, ProjectFilter]] = []
    structured = flt.with_(text="")
    if view_name and not structured.is_empty():
        out.append((QCoreApplication.translate("FilterCaption", "Saved view «%1»").replace("%1", view_name),
                    ProjectFilter(text=flt.text)))
    else:
        for field, vocabulary, title in _PARTS:
            values: tuple[str, ...] = getattr(flt, field)
            for v in values:
                rest = tuple(x for x in values if x != v)
                out.append((f"{_tr(title)}: {_value(vocabulary, v, lang)}", flt.with_(**{field: rest})))
        if flt.stale_only:
            out.append((QCoreApplication.translate("FilterCaption", "not updated for 90 days"),
                        flt.with_(stale_only=False)))
    if flt.text.strip():
        out.append((QCoreApplication.translate("FilterCaption", "Search: «%1»").replace("%1", flt.text.strip()),
                    flt.with_(text="")))
    return out
