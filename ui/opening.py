"""Opening, creating and closing portfolios from the window: files, a server URL, the demo, recent ones.

Every failure is one line in a message box (DatabaseError says what and where); nothing is created
unless the user asked for a new portfolio, and a file that is not ours is never overwritten.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

from ino_desktop.config import data_dir
from ino_desktop.db import open_database
from ino_desktop.db.engine import is_url
from ino_desktop.errors import DatabaseError, InoError
from ino_desktop.messages import message
from ino_desktop.progress import Cancelled, Progress
from ui.core_messages import error_text

if TYPE_CHECKING:
    from ui.main_window import MainWindow

DEMO_FILE = "demo-portfolio.sqlite"


def build_demo_file(progress: Progress, target: str) -> str:
    """Create the demo portfolio at `target` (a job: runs off the GUI thread, on the single writer).

    The demo is built in a temporary file beside `target` and moved into place only when complete, so a
    cancelled or failed build leaves nothing that a later attempt could take for a finished demo.
    """
    from ino_desktop import demo
    from ino_desktop.services.portfolio import is_demo, list_projects

    path = Path(target)
    if path.exists():
        db = open_database(target, create=False)
        try:
            with db.session() as session:
                if is_demo(session):
                    return target  # built before
                if list_projects(session):
                    raise DatabaseError(message("window.not_demo", file=target))
        finally:
            db.close()
        # An empty portfolio here is an older version's interrupted build: built again and replaced below.
    building = path.with_name(f".{path.name}.building")
    _remove_sqlite_files(building)
    try:
        db = open_database(str(building), create=True)
        try:
            demo.build_demo(db, progress=progress)
        finally:
            db.close()
        if progress.cancelled:  # pressed after the last table: the file is not put in place
            raise Cancelled
        os.replace(building, path)
    except BaseException:
        _remove_sqlite_files(building)
        raise
    return target


def _remove_sqlite_files(path: Path) -> None:
    for leftover in (path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)


class Opener(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.ctx = window.ctx

    def _open_built_demo(self, target: str) -> None:
        self.open_target(target, create=False)

    def open_target(self, target: str, *, create: bool = False) -> bool:
        try:
            self.ctx.portfolio.open(target, create=create)
        except InoError as exc:
            self.w.show_error(error_text(exc))
            return False
        self.ctx.settings.add_recent_database(target)
        return True

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.w, self.tr("Open a portfolio"), str(data_dir()),
            self.tr("INO Desktop portfolios (*.sqlite *.db);;All files (*)"))
        if path:
            self.open_target(path, create=False)

    def create_empty(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.w, self.tr("Create an empty portfolio"), str(data_dir() / "portfolio.sqlite"),
            self.tr("INO Desktop portfolios (*.sqlite)"), options=QFileDialog.Option.DontConfirmOverwrite)
        if not path:
            return
        if Path(path).exists():
            self.w.show_error(self.tr("%1 already exists; choose a new file name (an existing file is never "
                                      "overwritten)").replace("%1", path))
            return
        self.open_target(path, create=True)

    def connect_server(self) -> None:
        url, ok = QInputDialog.getText(
            self.w, self.tr("Connect to a server"),
            self.tr("Database URL, for example postgresql+psycopg://user@server/ino"), QLineEdit.EchoMode.Normal,
            "postgresql+psycopg://")
        url = url.strip()
        if not ok or not url:
            return
        if not is_url(url):
            self.w.show_error(self.tr("'%1' is not a database URL (it needs a scheme such as "
                                      "postgresql+psycopg://)").replace("%1", url))
            return
        self.open_target(url, create=True)

    def open_demo(self) -> None:
        target = str(data_dir() / DEMO_FILE)
        try:
            job = self.ctx.jobs.write(build_demo_file, target, name="demo",
                                      on_done=self._open_built_demo,
                                      on_error=lambda exc: self.w.show_error(_message(exc)))
        except InoError as exc:
            self.w.show_error(error_text(exc))
            return
        if not job.is_done:
            self.w.status.track(job, self.tr("Building the demo portfolio…"))

    def close_portfolio(self) -> None:
        self.ctx.undo_stack.clear()
        self.ctx.portfolio.close()

    def backup(self) -> None:
        db = self.ctx.db
        if db is None or not db.is_sqlite:
            self.w.show_error(self.tr("Backups from the window are made of SQLite portfolios; back up a server "
                                      "database with its own tools"))
            return
        path, _ = QFileDialog.getSaveFileName(self.w, self.tr("Back up the portfolio"),
                                              str(data_dir() / "portfolio-backup.sqlite"),
                                              self.tr("SQLite files (*.sqlite)"))
        if not path:
            return
        from ino_desktop.db.backup import backup_to

        job = self.ctx.jobs.write(lambda _progress: backup_to(db, Path(path)), name="backup",
                                  on_done=lambda out: self.w.show_message(self.tr("Saved a copy to %1").replace(
                                      "%1", str(out))),
                                  on_error=lambda exc: self.w.show_error(_message(exc)))
        if not job.is_done:
            self.w.status.track(job, self.tr("Backing up…"))

    def settings(self) -> None:
        from ui.dialogs.settings_dialog import run_settings_dialog

        run_settings_dialog(self.w, self.ctx)


def _message(exc: BaseException) -> str:
    """One line for the user in the UI language; an unexpected error says what kind it was, never a traceback."""
    return error_text(exc)
