"""The application: QApplication, fonts, translators, the context, and the first window.

Called by `ino-desktop gui` (ui/command.py) as main(db_target, explicit_db, lang).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from ino_desktop import APP_SLUG, __version__
from ino_desktop.config import resource
from ino_desktop.errors import InoError
from ui import i18n
from ui.context import AppContext
from ui.core_messages import error_text
from ui.icons import app_icon
from ui.jobs import JobRunner
from ui.session import PortfolioSession
from ui.settings import Settings


def register_fonts() -> list[str]:
    """Bundled fonts (resources/fonts) so Cyrillic renders even where the system lacks a good font."""
    families: list[str] = []
    folder = resource("fonts")
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in (".ttf", ".otf"):
                font_id = QFontDatabase.addApplicationFont(str(path))
                if font_id >= 0:
                    families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    QCoreApplication.setOrganizationName("INO Tomsk")
    QCoreApplication.setApplicationName(APP_SLUG)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName("INO Desktop")
    app.setWindowIcon(app_icon())
    app.setStyle("Fusion")  # one look on every OS, and the badges and tiles are drawn for it
    return app


def create_context(lang: str | None = None, *, synchronous: bool = False) -> AppContext:
    settings = Settings()
    chosen = lang or settings.language or i18n.system_language()
    i18n.install(chosen)
    return AppContext(portfolio=PortfolioSession(), jobs=JobRunner(synchronous=synchronous), settings=settings,
                      lang=chosen)


def open_initial(ctx: AppContext, db_target: str, explicit_db: bool) -> str | None:
    """Open the portfolio the command line named, or the last one used; None or a one-line problem.

    The default portfolio is not created silently: on first run the welcome screen lets the user choose.
    """
    target = db_target if explicit_db else (ctx.settings.last_database or db_target)
    if not explicit_db and "://" not in target and not Path(target).exists():
        return None
    try:
        ctx.portfolio.open(target, create=explicit_db)
    except InoError as exc:
        return error_text(exc)
    ctx.settings.add_recent_database(target)
    return None


def main(db_target: str, explicit_db: bool, lang: str | None, screenshot: Path | None = None) -> int:
    os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "1")
    app = create_application()
    register_fonts()
    ctx = create_context(lang)
    from ui.main_window import MainWindow

    problem = open_initial(ctx, db_target, explicit_db)
    window = MainWindow(ctx)
    window.welcome.show_problem(problem)
    window.show()
    if screenshot is not None:
        _picture_when_painted(window, screenshot, app)
    _quit_on_signals(app)
    code = int(app.exec())
    if ctx.db is not None:  # quit by a signal: the window's closeEvent did not run
        window.save_layout()
        ctx.jobs.shutdown()
        ctx.portfolio.close(announce=False)  # the last connection's close checkpoints the WAL
    return code


class _FirstPaint(QObject):
    """Saves a picture of the window right after its first paint, then quits (`gui --screenshot`)."""

    def __init__(self, window: QWidget, out: Path, app: QApplication) -> None:
        super().__init__(window)
        self._window, self._out, self._app = window, out, app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._save)
        return False

    def _save(self) -> None:
        self._window.grab().save(str(self._out))
        print(f"{self._out}: the window as first painted")
        self._app.quit()


def _picture_when_painted(window: QWidget, out: Path, app: QApplication) -> None:
    window.installEventFilter(_FirstPaint(window, out, app))


def _quit_on_signals(app: QApplication) -> None:
    """Ctrl+C or a TERM signal ends the program through the event loop, so the database is closed cleanly."""
    import signal

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: app.quit())
    # Python runs signal handlers only between bytecodes; an idle timer gives it the chance.
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(300)
