"""Errors that reach a user as one line, never as a traceback.

Each carries the command-line exit status of DESIGN.md: 2 for a refusal as a whole (database unchanged).
"""

from __future__ import annotations

from ino_desktop.messages import Message


class InoError(Exception):
    """A user-facing failure: the message is one line that says what and where.

    It carries a coded `Message`, so it renders in any language (`text(lang)`); `str()` and `.message` are
    its English. A plain string is refused: a sentence with no code could not be translated."""

    exit_code = 2
    kind = "error"

    def __init__(self, message: Message, *, kind: str | None = None) -> None:
        if not isinstance(message, Message):
            raise TypeError(f"{type(self).__name__} takes a coded Message, not {type(message).__name__}")
        self.coded: Message = message
        super().__init__(message.english())
        if kind is not None:
            self.kind = kind

    def text(self, lang: str) -> str:
        """The one line in `lang`."""
        return self.coded.render(lang)

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.kind


class DatabaseError(InoError):
    """The database cannot be opened or written as asked (foreign, newer, corrupt, read-only, locked)."""

    kind = "database"


class DatabaseBusy(DatabaseError):
    """Another program holds a lock on the database (or a window has it open): nothing is damaged."""

    kind = "busy"


class DiskFull(DatabaseError):
    kind = "disk_full"


class ReadOnlyDatabase(DatabaseError):
    """The file or its folder cannot be written: it can still be read, exported and printed."""

    kind = "read_only"


class DatabaseDamaged(DatabaseError):
    """integrity_check failed, or the file is not SQLite at all: the one case where a restore is advised."""

    kind = "damaged"


class ImportRefused(InoError):
    """A file refused as a whole; `kind` is the error_kind of samples/README.md (empty_file, damaged…)."""

    kind = "refused"


class EditConflict(InoError):
    """A save collided with a newer change to the same record."""

    kind = "conflict"


class NotFound(InoError):
    """An id, key or name given by the user does not exist (unknown meeting, cluster, batch…)."""

    kind = "not_found"
