"""The import as one service for the command line and the window's wizard (called from a worker thread).

    plan = service.plan(path, session, profile, sheet=..., source=...)   # reads, matches; writes nothing
    outcome = service.apply(plan, session, progress, user=...)           # backup, then one transaction
    service.undo(batch_id, session)                                      # reverts one batch

Every failure reaches the caller as an InoError with a one-line message naming the file; a file
refused as a whole is an ImportRefused and leaves the database as it was.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator, Mapping
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ino_desktop.db import Database
from ino_desktop.db.backup import automatic_backup
from ino_desktop.errors import DatabaseError, ImportRefused, InoError
from ino_desktop.importer.apply import ImportOutcome, apply_plan
from ino_desktop.importer.limits import Limits
from ino_desktop.importer.plan import ImportPlan, build_plan
from ino_desktop.importer.profiles import SOURCE_MAX, load_profile, profile_from_plan, save_profile
from ino_desktop.importer.rows import Profile
from ino_desktop.importer.undo import UndoOutcome, undo_batch
from ino_desktop.messages import Message, message
from ino_desktop.os_errors import first_line, os_reason
from ino_desktop.progress import Progress


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while 100,000 rows of small objects are built.

    Each generation-2 pass rescans every row built so far; measured here that was a third of the
    import's time. Nothing in reading, planning or applying makes reference cycles, so nothing is lost.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if not gc.get_freeze_count():
            # What was built goes to the oldest generation in one step (freeze, then unfreeze): otherwise the
            # next allocation after this runs a young-generation pass over every row object (0.08 s for
            # 100,000 rows) that can find no garbage among them. Skipped if anyone else froze objects.
            gc.freeze()
            gc.unfreeze()
        if was_enabled:
            gc.enable()


def _named(exc: ImportRefused, file_name: str) -> Message:
    """The refusal naming the file as the user knows it (a temporary copy may have been read)."""
    if "file" in exc.coded.params:
        return Message(exc.coded.code, {**exc.coded.params, "file": file_name})
    return exc.coded


def plan(path: Path | str, session: Session, profile: Profile | None = None, *, sheet: str | None = None,
         source: str | None = None, limits: Limits | None = None, file_name: str | None = None,
         chosen: Mapping[str, str | None] | None = None) -> ImportPlan:
    """Read `path` and say what importing it into the portfolio of `session` would do. Writes nothing.

    With `source` and no `profile`, the source's saved profile (if any) guides the reading. `chosen`:
    header → field decided by the user for this file (`import --map`); it wins over the profile.
    """
    from ino_desktop.importer.workbook import read_workbook

    path = Path(path)
    name = file_name or path.name
    try:
        if profile is None and source:
            profile = load_profile(session, source)
        if chosen:
            profile = profile or Profile(source or "")
            profile.chosen = dict(chosen)
        with _gc_paused():
            result = read_workbook(path, profile=profile, sheet=sheet, file_name=name, limits=limits)
            return build_plan(result, session, source=source, profile=profile, sheet=sheet)
    except ImportRefused as exc:
        raise ImportRefused(_named(exc, name), kind=exc.kind) from exc
    except InoError:
        raise
    except SQLAlchemyError as exc:
        raise DatabaseError(message("import.portfolio_unreadable", file=name, detail=first_line(exc))) from exc
    except OSError as exc:
        raise ImportRefused(message("file.unreadable_the", file=name, detail=os_reason(exc)),
                            kind="unreadable") from exc
    except MemoryError as exc:
        raise ImportRefused(message("file.out_of_memory", file=name), kind="too_large") from exc
    except Exception as exc:  # a reader failing on an input nobody foresaw: still one line, never a traceback
        raise ImportRefused(message("file.unreadable_the", file=name,
                                    detail=f"{type(exc).__name__}: {first_line(exc)}"), kind="unreadable") from exc


def _database_of(session: Session) -> Database | None:
    """The SQLite file behind `session`, for the safety backup (None for a server database)."""
    engine = session.get_bind().engine
    url = make_url(str(engine.url))
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Database(engine, str(url), Path(url.database).resolve())


def apply(plan: ImportPlan, session: Session, progress: Progress | None = None, *, user: str | None = None,
          strict: bool = False, db: Database | None = None, backup: bool = True) -> ImportOutcome:
    """Apply `plan` in one transaction after an automatic safety backup of a SQLite portfolio.

    `strict` refuses the whole file when any row is rejected. A plan with nothing to write (every
    row rejected) writes nothing, not even a batch. With a source, the mapping used is saved as its
    profile in the same transaction.
    """
    counts = plan.counts()
    if strict and counts["rejected"]:
        raise ImportRefused(message("import.strict", file=plan.file_name, count=counts["rejected"]), kind="strict")
    if not (counts["create"] or counts["update"] or counts["unchanged"] or plan.held()):
        return ImportOutcome(None, plan.file_name, rejected=counts["rejected"])
    if plan.source is not None and not 0 < len(plan.source.strip()) <= SOURCE_MAX:
        raise InoError(message("import.source_length", limit=SOURCE_MAX), kind="usage")
    backup_path = None
    if backup:
        target = db or _database_of(session)
        if target is not None:
            try:
                backup_path = automatic_backup(target, "import")
            except DatabaseError as exc:
                raise DatabaseError(message("import.backup_failed", file=plan.file_name,
                                            reason=exc.coded)) from exc

    def save(sess: Session, _batch_id: int) -> None:
        if plan.source:
            save_profile(sess, profile_from_plan(plan, plan.source))

    with _gc_paused():
        outcome = apply_plan(plan, session, progress, user=user, on_applied=save)
    outcome.backup = backup_path
    return outcome


def undo(batch_id: int, session: Session, *, user: str | None = None, db: Database | None = None,
         backup: bool = True) -> UndoOutcome:
    """Revert one import batch after a safety backup; refused (InoError) when later changes overlap it."""
    target = (db or _database_of(session)) if backup else None

    def safety_copy() -> None:
        if target is not None:
            automatic_backup(target, "undo-import")

    return undo_batch(session, batch_id, user=user, before_write=safety_copy)
