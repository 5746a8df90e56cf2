"""The application context handed to every window, dialog and register: no globals, no service locator.

    ctx.portfolio  PortfolioSession: .db (Database | None), .read(fn, *args), .notify(kinds),
                   signals data_changed(set[str]) and database_changed()
    ctx.jobs       JobRunner: .run(fn, *args) / .write(fn, *args) -> Job (fn gets a Progress first)
    ctx.settings   Settings (the INI file)
    ctx.lang       "ru" | "en": the language of portfolio vocabularies (cluster names…) in views
    ctx.undo_stack EditHistory (a QUndoStack) behind Edit ▸ Undo/Redo: saved project edits (ui/edit_undo.py)
    ctx.write(...) a write in one transaction on the single writer, then data_changed(kinds)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from ino_desktop.db import Database
from ino_desktop.errors import DatabaseError
from ino_desktop.messages import message
from ino_desktop.progress import Progress
from ui.edit_undo import EditHistory
from ui.jobs import Job, JobRunner
from ui.session import PortfolioSession
from ui.settings import Settings


class LanguageHub(QObject):
    """Announces a switch of the UI language after the translators are swapped."""

    language_changed = Signal(str)


@dataclass
class AppContext:
    portfolio: PortfolioSession
    jobs: JobRunner
    settings: Settings
    lang: str = "ru"
    language: LanguageHub = field(default_factory=LanguageHub)
    undo_stack: EditHistory = field(default_factory=EditHistory)

    @property
    def db(self) -> Database | None:
        return self.portfolio.db

    def write(
        self,
        fn: Callable[..., Any],
        *args: Any,
        kinds: set[str] | frozenset[str] = frozenset({"projects"}),
        name: str = "",
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Any], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        **kwargs: Any,
    ) -> Job:
        """Run `fn(session, progress, *args)` inside one transaction on the single database writer.

        Committed → `data_changed(kinds)` in the GUI thread, then the Job's `finished(result)`.
        Any error or a cancel → rolled back, nothing announced; the Job's `failed`/`cancelled` fire.
        """
        db = self.db
        if db is None:
            raise DatabaseError(message("window.no_portfolio"))

        def in_transaction(progress: Progress, *a: Any, **kw: Any) -> Any:
            session: Session
            with db.transaction() as session:
                result = fn(session, progress, *a, **kw)
                if progress.cancelled:
                    session.rollback()  # leaves the database as it was; the job reports "cancelled"
                return result

        # The hub hears of the commit before the caller's on_done, so views are fresh when it runs.
        job = self.jobs.prepare(name, None, on_error, on_cancelled, on_progress)
        job.finished.connect(lambda _result: self.portfolio.notify(set(kinds)))
        if on_done is not None:
            job.finished.connect(on_done)
        return self.jobs.start_write(job, in_transaction, *args, **kwargs)

    def read_job(self, fn: Callable[..., Any], *args: Any, name: str = "",
                 on_done: Callable[[Any], None] | None = None, on_error: Callable[[Any], None] | None = None,
                 on_progress: Callable[[int, int], None] | None = None, **kwargs: Any) -> Job:
        """Run a slow read `fn(session, progress, *args)` off the GUI thread in a session of its own."""
        db = self.db
        if db is None:
            raise DatabaseError(message("window.no_portfolio"))

        def in_session(progress: Progress, *a: Any, **kw: Any) -> Any:
            with db.session() as session:
                return fn(session, progress, *a, **kw)

        return self.jobs.run(in_session, *args, name=name, on_done=on_done, on_error=on_error,
                             on_progress=on_progress, **kwargs)
