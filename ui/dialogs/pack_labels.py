"""Names of the briefing pack's sections in the UI language, and the usual marking lines."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.i18n.noop import QT_TRANSLATE_NOOP

_SECTIONS = {
    "cover": QT_TRANSLATE_NOOP("PackSections", "Cover"),
    "decide": QT_TRANSLATE_NOOP("PackSections", "Decisions needed"),
    "timeline": QT_TRANSLATE_NOOP("PackSections", "Timeline (overdue, next 90 days)"),
    "top": QT_TRANSLATE_NOOP("PackSections", "Top ten by money and by risk"),
    "agenda": QT_TRANSLATE_NOOP("PackSections", "Agenda"),
    "toc": QT_TRANSLATE_NOOP("PackSections", "Contents"),
    "summary": QT_TRANSLATE_NOOP("PackSections", "Summary"),
    "charts": QT_TRANSLATE_NOOP("PackSections", "Charts"),
    "exceptions": QT_TRANSLATE_NOOP("PackSections", "Exceptions (red, amber, not reported)"),
    "clusters": QT_TRANSLATE_NOOP("PackSections", "Cluster tables"),
    "projects": QT_TRANSLATE_NOOP("PackSections", "Project pages"),
    "roadmap": QT_TRANSLATE_NOOP("PackSections", "Roadmap"),
    "decisions": QT_TRANSLATE_NOOP("PackSections", "Decisions and follow-up"),
    "appendix": QT_TRANSLATE_NOOP("PackSections", "Appendix"),
}

# Marking lines as the office prints them (Russian whatever the UI language: they go on the paper).
MARKINGS = ("Для служебного пользования", "Проект", "Для обсуждения")


def section_label(name: str) -> str:
    english = _SECTIONS.get(name)
    return QCoreApplication.translate("PackSections", english) if english else name
