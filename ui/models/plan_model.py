"""How the import wizard shows a plan: one row per workbook row — what will happen to it, where it
is, which project, and either its changes (old → new) or why it is rejected. A row imported with a
warning (a code that may have lost its leading zeros) keeps its action and gets a warning icon, an
amber cell and the warning before its changes: it is not rejected, someone should look at it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ino_desktop.importer.plan import RowPlan
from ui.core_messages import issue_reason
from ui.dialogs.common import field_label, fmt_value
from ui.i18n.noop import QT_TRANSLATE_NOOP
from ui.icons import icon
from ui.models.rows_model import Column

ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("PlanModel", "New"),
    "update": QT_TRANSLATE_NOOP("PlanModel", "Update"),
    "unchanged": QT_TRANSLATE_NOOP("PlanModel", "Unchanged"),
    "rejected": QT_TRANSLATE_NOOP("PlanModel", "Rejected"),
    "held": QT_TRANSLATE_NOOP("PlanModel", "Awaiting answer"),  # an open "same project?": left untouched
}
ACTION_COLOURS = {"create": "#1d7a35", "update": "#0b5cad", "unchanged": "#666666", "rejected": "#b71c1c",
                  "held": "#6a1b9a"}
ACTION_ORDER = {"rejected": 0, "create": 1, "update": 2, "unchanged": 3, "held": 4}
WARNING_COLOUR, WARNING_BACKGROUND = "#8a5a00", "#fff4ce"


def action_label(action: str) -> str:
    return QCoreApplication.translate("PlanModel", ACTION_LABELS.get(action, action))


def describe(row: RowPlan, lang: str, limit: int = 6) -> str:
    """The changes as "field: old → new; …", or the reasons of a rejection."""
    if row.action == "rejected":
        return "; ".join(issue_reason(i) + (f" ({i.column})" if i.column else "") for i in row.issues)
    parts = [f"⚠ {issue_reason(w)}" + (f" ({w.column})" if w.column else "") for w in row.warnings]
    if row.action == "unchanged":
        return "; ".join(parts)
    for diff in row.changes[:limit]:
        new = fmt_value(diff.field, diff.new, lang)
        if row.action == "create":
            parts.append(f"{field_label(diff.field)}: {new}")
        else:
            parts.append(f"{field_label(diff.field)}: {fmt_value(diff.field, diff.old, lang)} → {new}")
    more = len(row.changes) - limit
    if more > 0:
        parts.append(QCoreApplication.translate("PlanModel", "+{n} more").format(n=more))
    return "; ".join(parts)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanModel", text)


def plan_columns(lang: str) -> list[Column]:
    return [
        Column(
            _tr(QT_TRANSLATE_NOOP("PlanModel", "Action")),
            lambda r: action_label(r.effect),  # what applying will do, as the counts above say
            sort=lambda r: ACTION_ORDER.get(r.effect, 9),
            foreground=lambda r: ACTION_COLOURS.get(r.effect),
            decoration=lambda r: icon("warning") if r.warned else None,
            tooltip=lambda r: _tr(QT_TRANSLATE_NOOP("PlanModel", "Imported, with a warning to check"))
            if r.warned else None,
        ),
        Column(_tr(QT_TRANSLATE_NOOP("PlanModel", "Sheet")), lambda r: r.sheet),
        Column(
            _tr(QT_TRANSLATE_NOOP("PlanModel", "Row")), lambda r: str(r.row), sort=lambda r: r.row, align_right=True
        ),
        Column(_tr(QT_TRANSLATE_NOOP("PlanModel", "Code")), lambda r: r.code or "—"),
        Column(_tr(QT_TRANSLATE_NOOP("PlanModel", "Project")), lambda r: r.name or "—", tooltip=lambda r: r.name),
        Column(
            _tr(QT_TRANSLATE_NOOP("PlanModel", "Matched by")),
            lambda r: {
                "code": _tr(QT_TRANSLATE_NOOP("PlanModel", "code")),
                "name": _tr(QT_TRANSLATE_NOOP("PlanModel", "name")),
            }.get(r.matched_by or "", ""),
        ),
        Column(
            _tr(QT_TRANSLATE_NOOP("PlanModel", "Changes or reasons")),
            lambda r: describe(r, lang),
            tooltip=lambda r: describe(r, lang, 40),
            foreground=lambda r: WARNING_COLOUR if r.warned else None,
            background=lambda r: WARNING_BACKGROUND if r.warned else None,
        ),
    ]
