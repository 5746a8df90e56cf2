"""Installing the translators: Qt's own (qtbase_<lang>: standard buttons, dialogs) first, then ours.

Our catalogues are compiled from ui/i18n/*.ts into resources/translations/ino_<lang>.qm by
`python -m ui.i18n.build`. Source strings are English; English needs no translator of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ino_desktop.config import resource

LANGUAGES = ("ru", "en")
_installed: list[QTranslator] = []


def system_language() -> str:
    return "ru" if QLocale.system().language() == QLocale.Language.Russian else "en"


def install(lang: str) -> list[str]:
    """Swap the application's translators for `lang`; returns the catalogues loaded (for the log and tests).

    Installing sends LanguageChange to every widget, whose changeEvent re-reads its texts.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install translators after creating the application")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded: list[str] = []
    if lang != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
            loaded.append(f"qtbase_{lang}")
        ours = QTranslator(app)
        if ours.load(f"ino_{lang}", str(resource("translations"))):
            app.installTranslator(ours)
            _installed.append(ours)
            loaded.append(f"ino_{lang}")
    QLocale.setDefault(QLocale(QLocale.Language.Russian if lang == "ru" else QLocale.Language.English))
    return loaded
