"""The open portfolio and the hub that tells views what changed.

Views never poke each other: after a write, whoever wrote calls `notify({"projects", …})` (or uses
`AppContext.write`, which does it after the commit) and every view refreshes from `data_changed`.
Each job gets its own SQLAlchemy session (`with portfolio.db.session() as s:`), never a shared one.

Kinds used so far: "projects" (any project field, milestones), "registers" (organisations,
instruments), "roadmap", "meetings", "imports" (batches applied or undone), "settings", "all".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QLockFile, QObject, Signal
from sqlalchemy.orm import Session

from ino_desktop.db import Database, open_database
from ino_desktop.db.engine import IN_OTHER_WINDOW_NOTE
from ino_desktop.errors import DatabaseError, ReadOnlyDatabase
from ino_desktop.messages import message

T = TypeVar("T")


class PortfolioSession(QObject):
    """Holds the open Database (or none) and broadcasts changes to it."""

    data_changed = Signal(object)  # set[str] of kinds
    database_changed = Signal()  # a different database was opened or the current one closed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self._lock: QLockFile | None = None

    def open(self, target: str, *, create: bool = True) -> Database:
        """Open `target`, replacing the current database. Raises DatabaseError with one line.
        A file that cannot be written, or that another window is writing, opens read-only (its note says
        so in the window's banner)."""
        try:
            db = open_database(target, create=create)
        except ReadOnlyDatabase:
            db = open_database(target, create=False, readonly=True)
        try:
            lock = self._take_lock(db)
        except DatabaseError:
            db.close()
            db = self._open_beside_writer(target)
            lock = None
        self.close(announce=False)
        self.db, self._lock = db, lock
        self.database_changed.emit()
        return db

    def adopt(self, db: Database) -> None:
        """Use an already open Database (tests, the demo builder)."""
        lock = self._take_lock(db)
        self.close(announce=False)
        self.db, self._lock = db, lock
        self.database_changed.emit()

    def close(self, *, announce: bool = True) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        if announce:
            self.database_changed.emit()

    def read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Call a read service `fn(session, *args)` in a short session of its own (GUI thread, quick reads)."""
        if self.db is None:
            raise DatabaseError(message("window.no_portfolio"))
        session: Session
        with self.db.session() as session:
            return fn(session, *args, **kwargs)

    def notify(self, kinds: set[str] | frozenset[str] | str) -> None:
        self.data_changed.emit({kinds} if isinstance(kinds, str) else set(kinds))

    @staticmethod
    def _open_beside_writer(target: str) -> Database:
        """Another window writes this file: this one may read it (SQLite lets readers share a file)."""
        db = open_database(target, create=False, readonly=True)
        db.held_elsewhere = True
        db.notes = [IN_OTHER_WINDOW_NOTE]
        return db

    @staticmethod
    def _take_lock(db: Database) -> QLockFile | None:
        """A second window on the same SQLite file would be a second writer: refuse it (BAD_INPUTS 48)."""
        if db.path is None or db.readonly:  # a read-only file has no writer to keep out
            return None
        lock = QLockFile(str(Path(f"{db.path}.lock")))
        lock.setStaleLockTime(0)  # a lock left by a crashed instance is detected by its dead pid instead
        if not lock.tryLock(200):
            raise DatabaseError(message("window.open_elsewhere", file=db.path))
        return lock
