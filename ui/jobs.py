"""Running core functions off the GUI thread: progress, cancel, results and errors by signal.

A core function never sees Qt. It receives the core's `Progress` (ino_desktop/progress.py: reports
`(done, total)`, `.cancelled` read between steps), which a Job adapts: its reports arrive here as
signals and the Job's cancel sets its flag. The function returns a value or raises. Writes go through
ONE single-thread pool, so two writes never overlap (Anki's single collection executor); reads and
computations use a wider pool. `JobRunner(synchronous=True)` runs every job at once in the caller's thread, for tests.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ino_desktop.progress import Progress

Callback = Callable[[Any], None] | None


class Job(QObject):
    """One submitted call. Signals arrive in the GUI thread; exactly one of finished/failed/cancelled fires."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the exception (an InoError carries a one-line .message)
    cancelled = Signal()
    ended = Signal()  # after any of the three above

    # Internal: emitted from the worker thread, received by slots of this GUI-thread object (queued).
    _progress_from_worker = Signal(int, int)
    _result_from_worker = Signal(str, object)

    def __init__(self, name: str = "") -> None:
        super().__init__()
        self.name = name
        self.progress = Progress(self._progress_from_worker.emit)
        self.result: Any = None
        self.error: BaseException | None = None
        self.state = "pending"  # pending | finished | failed | cancelled
        self._progress_from_worker.connect(self._on_progress)
        self._result_from_worker.connect(self._on_result)

    def cancel(self) -> None:
        self.progress.cancel()

    @property
    def is_done(self) -> bool:
        return self.state != "pending"

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    @Slot(str, object)
    def _on_result(self, outcome: str, payload: object) -> None:
        self.state = outcome
        if outcome == "finished":
            self.result = payload
            self.finished.emit(payload)
        elif outcome == "failed":
            self.error = payload  # type: ignore[assignment]
            self.failed.emit(payload)
        else:
            self.cancelled.emit()
        self.ended.emit()

    def _execute(self, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        """Runs in the worker (or, synchronously, the caller). Never lets an exception escape."""
        if self.progress.cancelled:
            self._result_from_worker.emit("cancelled", None)
            return
        try:
            value = fn(self.progress, *args, **kwargs)
        except BaseException as exc:  # reported by signal: a worker thread has no one to raise to
            outcome, payload = ("cancelled", None) if self.progress.cancelled else ("failed", exc)
        else:
            outcome, payload = ("cancelled", None) if self.progress.cancelled else ("finished", value)
        self._result_from_worker.emit(outcome, payload)


class _Runnable(QRunnable):
    def __init__(self, job: Job, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._call = (job, fn, args, kwargs)

    def run(self) -> None:
        if (trace := threading.gettrace()) is not None:
            sys.settrace(trace)  # what traces Python's threads (coverage, a debugger) sees the pool's too
        job, fn, args, kwargs = self._call
        job._execute(fn, args, kwargs)


class JobRunner(QObject):
    """Submits jobs: `run()` for reads and computations, `write()` for the one database writer.

    Both call `fn(progress, *args, **kwargs)` and take the callbacks on_done(result), on_error(exc),
    on_cancelled(), on_progress(done, total), connected before the start so that a synchronous runner
    (tests) delivers them too. The runner keeps each Job alive until it ends.
    """

    busy_changed = Signal(bool)

    def __init__(self, *, synchronous: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)  # one database writer: writes are serialised
        self._live: set[Job] = set()

    def run(self, fn: Callable[..., Any], *args: Any, name: str = "", on_done: Callback = None,
            on_error: Callback = None, on_cancelled: Callable[[], None] | None = None,
            on_progress: Callable[[int, int], None] | None = None, **kwargs: Any) -> Job:
        job = self._prepare(name, on_done, on_error, on_cancelled, on_progress)
        return self._start(self._readers, job, fn, args, kwargs)

    def write(self, fn: Callable[..., Any], *args: Any, name: str = "", on_done: Callback = None,
              on_error: Callback = None, on_cancelled: Callable[[], None] | None = None,
              on_progress: Callable[[int, int], None] | None = None, **kwargs: Any) -> Job:
        job = self._prepare(name, on_done, on_error, on_cancelled, on_progress)
        return self._start(self._writer, job, fn, args, kwargs)

    def prepare(self, name: str = "", on_done: Callback = None, on_error: Callback = None,
                on_cancelled: Callable[[], None] | None = None,
                on_progress: Callable[[int, int], None] | None = None) -> Job:
        """A Job not started yet: connect to its signals, then `start_read`/`start_write` it."""
        return self._prepare(name, on_done, on_error, on_cancelled, on_progress)

    def start_read(self, job: Job, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Job:
        return self._start(self._readers, job, fn, args, kwargs)

    def start_write(self, job: Job, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Job:
        return self._start(self._writer, job, fn, args, kwargs)

    @property
    def busy(self) -> bool:
        return bool(self._live)

    @staticmethod
    def _prepare(name: str, on_done: Callback, on_error: Callback, on_cancelled: Callable[[], None] | None,
                 on_progress: Callable[[int, int], None] | None) -> Job:
        # Connected before the job starts, so a synchronous runner delivers them too.
        job = Job(name)
        if on_done is not None:
            job.finished.connect(on_done)
        if on_error is not None:
            job.failed.connect(on_error)
        if on_cancelled is not None:
            job.cancelled.connect(on_cancelled)
        if on_progress is not None:
            job.progressed.connect(on_progress)
        return job

    def _start(self, pool: QThreadPool, job: Job, fn: Callable[..., Any], args: tuple, kwargs: dict) -> Job:
        was_busy = self.busy
        self._live.add(job)
        job.ended.connect(lambda: self._forget(job))
        if not was_busy:
            self.busy_changed.emit(True)
        if self.synchronous:
            job._execute(fn, args, kwargs)
        else:
            pool.start(_Runnable(job, fn, args, kwargs))
        return job

    def _forget(self, job: Job) -> None:
        self._live.discard(job)
        if not self._live:
            self.busy_changed.emit(False)

    def cancel_all(self) -> None:
        for job in list(self._live):
            job.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every pool is idle (tests, shutdown); queued results are delivered by the event loop."""
        return self._readers.waitForDone(msecs) and self._writer.waitForDone(msecs)

    def shutdown(self, msecs: int = 10_000) -> None:
        self.cancel_all()
        self.wait(msecs)
