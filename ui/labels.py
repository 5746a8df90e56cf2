"""How portfolio values look on screen: vocabulary names in the chosen language, short chart labels,
status and confidence colours, and numbers and dates in the window's language through the core's one
formatter (ino_desktop/formatting.py: Russian "1 234,5" and "15.12.2016"; English "1,234.5" and "15 Dec 2016")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor

from ino_desktop import formatting
from ino_desktop import reference as ref

# Axis labels must fit under a bar; the full names stay in tooltips and the table.
_SHORT_CLUSTERS = {
    "petrochemical": ("Нефтехимия", "Petrochemicals"),
    "nuclear": ("Ядерные технологии", "Nuclear tech"),
    "timber": ("Лесопром", "Timber"),
    "pharma": ("Фармацевтика", "Pharma"),
    "medtech_it": ("Медтехника и ИТ", "MedTech & IT"),
    "wildlife": ("Дикоросы", "Wildlife"),
    "hard_to_recover": ("ТрИЗ", "Hard-to-recover"),
}
_OUTSIDE = ("Вне кластеров", "Outside clusters")
_NOT_SET = ("не указано", "not set")

# Calm, colour-blind-aware hues; text on them is dark, so they are light enough to read on.
STATUS_COLOURS = {"planned": "#9db4d3", "in_progress": "#6fa8dc", "completed": "#8cc58c", "suspended": "#c9c9c9"}
RAG_COLOURS = {"green": "#58a55c", "amber": "#e8a33d", "red": "#d9534f", None: "#bdbdbd"}
SOURCE_COLOURS = {"federal": "#3c6e9f", "regional": "#7fa7cf", "extra_budgetary": "#e0a84f", "confirmed": "#b7791f"}
STALE_TINT = "#fff4d6"


def term_name(vocabulary: str, key: str | None, lang: str) -> str:
    if key is None:
        if vocabulary == "rag":
            return ref.NOT_RATED.name(lang)
        return _OUTSIDE[lang == "en"] if vocabulary == "cluster" else _NOT_SET[lang == "en"]
    try:
        return ref.term(vocabulary, key).name(lang)
    except KeyError:
        return key  # a key the seed does not know (added in the database) is shown as stored


def short_cluster(key: str | None, lang: str) -> str:
    if key is None:
        return _OUTSIDE[lang == "en"]
    pair = _SHORT_CLUSTERS.get(key)
    return pair[lang == "en"] if pair else term_name("cluster", key, lang)


def not_set(lang: str) -> str:
    return _NOT_SET[lang == "en"]


def ui_language() -> str:
    """The window's language, as ui.i18n.install set the default locale."""
    return "en" if QLocale().language() == QLocale.Language.English else "ru"


def number(value: float | None, lang: str, decimals: int = 1) -> str:
    """A number as a table cell shows it (blank when unknown); a whole count stays whole."""
    whole = isinstance(value, int) and not isinstance(value, bool)
    return formatting.number(value, lang, 0 if whole else decimals, missing="")


def money(value: float | None, lang: str, decimals: int = 1) -> str:
    return formatting.number(value, lang, decimals, missing="")


def integer(value: int | None, lang: str) -> str:
    return formatting.number(value, lang, 0, missing="")


def percent(share: float | None, lang: str, decimals: int = 0) -> str:
    return formatting.percent(share, lang, decimals)


def date(value: dt.date | None, lang: str) -> str:
    """A date, or a date and time, in the window's language ("" for none)."""
    return formatting.date(value, lang, missing="")


def colour(hex_code: str) -> QColor:
    return QColor(hex_code)
