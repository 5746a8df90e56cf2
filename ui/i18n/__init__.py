"""Installing the translators: Qt's own (qtbase_<lang>: standard buttons, dialogs) first, then ours.

Our catalogues are compiled from ui/i18n/*.ts into resources/translations/ino_<lang>.qm by
`python -m ui.i18n.build`. Source strings are English; the English catalogue adds their plural forms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from ino_desktop.config import resource

if TYPE_CHECKING:
    from ui.context import AppContext

_installed: list[QTranslator] = []
_current: list[object] = [None, []]  # (language, folder) installed now, and the catalogues it loaded


def system_language() -> str:
    return "ru" if QLocale.system().language() == QLocale.Language.Russian else "en"


def install(lang: str) -> list[str]:
    """Swap the application's translators for `lang`; returns the catalogues loaded (for the log and tests).

    Installing sends LanguageChange to every widget, whose changeEvent re-reads its texts.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install translators after creating the application")
    folder = str(resource("translations"))
    if _current[0] == (lang, folder):
        return list(_current[1])  # type: ignore[call-overload]  # already in place: no LanguageChange storm
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded: list[str] = []
    qt = QTranslator(app)
    if lang != "en" and qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
        loaded.append(f"qtbase_{lang}")
    # English too: its catalogue carries the plural forms ("1 project", "2 projects", never "project(s)").
    ours = QTranslator(app)
    if ours.load(f"ino_{lang}", folder):
        app.installTranslator(ours)
        _installed.append(ours)
        loaded.append(f"ino_{lang}")
    QLocale.setDefault(QLocale(QLocale.Language.Russian if lang == "ru" else QLocale.Language.English))
    _current[:] = [(lang, folder), list(loaded)]
    return loaded


def switch_language(ctx: AppContext, lang: str) -> None:
    """Change the UI language now: translators swapped (widgets retranslate), vocabularies re-rendered."""
    install(lang)
    # Qt posts LanguageChange to each window; deliver it now so every text is new when this returns.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    ctx.lang = lang
    ctx.settings.language = lang
    ctx.language.language_changed.emit(lang)
