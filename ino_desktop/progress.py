"""How long work in the core says how far it got and hears that it should stop: one contract for the
import, the briefing pack, the demo build and the copy between databases.

A core function takes `progress: Progress | None` and calls `tick(progress, done, total)` between its
steps; `tick` raises `Cancelled` once the caller asked to stop, and the function rolls back what it did.
The window's job runner (ui/jobs.py) hands each job a `Progress` that forwards the figures by signal; a
test hands one that records them. Nothing here knows about Qt or threads beyond a thread-safe flag.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

Report = Callable[[int, int], None]


class Cancelled(Exception):
    """Raised between steps once the caller asked to stop; the work is rolled back, nothing is written."""


class Progress:
    """What a long function reports to (`progress(done, total)`) and reads (`progress.cancelled`).
    `cancel()` may be called from any thread."""

    def __init__(self, report: Report | None = None, *, _flag: threading.Event | None = None) -> None:
        self._report = report
        self._cancel = _flag or threading.Event()
        self.done = 0
        self.total = 0

    def __call__(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        if self._report is not None:
            self._report(done, total)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def reporting_to(self, report: Report) -> Progress:
        """A Progress that reports through `report` and is cancelled together with this one (for a step
        of a bigger job that counts its own way, e.g. the pack's sections within the job's percent)."""
        return Progress(report, _flag=self._cancel)


def tick(progress: Progress | None, done: int, total: int) -> None:
    """Report `done` of `total`; raise `Cancelled` if the caller asked to stop (checked on both sides of
    the report, so a cancel pressed while the report was shown stops the very next step)."""
    if progress is None:
        return
    if progress.cancelled:
        raise Cancelled
    progress(done, total)
    if progress.cancelled:
        raise Cancelled
