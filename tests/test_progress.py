"""The one progress/cancel contract of the core (ino_desktop/progress.py): reports pass through, a cancel
stops the next step, a part of a job shares its cancel, and the copy between databases honours it
(the import's, the pack's and the demo's are tested beside them)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ino_desktop.db import Database, open_database
from ino_desktop.importer import service
from ino_desktop.models import Project
from ino_desktop.progress import Cancelled, Progress, tick
from ino_desktop.services.copying import copy_portfolio


def test_tick_reports_and_stops_once_cancelled() -> None:
    seen: list[tuple[int, int]] = []
    progress = Progress(lambda done, total: seen.append((done, total)))
    tick(progress, 1, 3)
    tick(None, 2, 3)  # no one listening: nothing to do
    progress.cancel()
    with pytest.raises(Cancelled):
        tick(progress, 2, 3)
    assert seen == [(1, 3)] and (progress.done, progress.total) == (1, 3)


def test_a_cancel_pressed_during_a_report_stops_at_once() -> None:
    progress = Progress(lambda _done, _total: progress.cancel())
    with pytest.raises(Cancelled):
        tick(progress, 1, 2)


def test_a_part_reports_its_own_way_and_shares_the_cancel() -> None:
    outer: list[tuple[int, int]] = []
    inner: list[tuple[int, int]] = []
    job = Progress(lambda d, t: outer.append((d, t)))
    part = job.reporting_to(lambda d, t: inner.append((d, t)))
    tick(part, 1, 10)
    assert inner == [(1, 10)] and outer == []
    threading.Thread(target=job.cancel).start()  # from another thread, as the window's Cancel does
    for _ in range(100):
        if part.cancelled:
            break
        threading.Event().wait(0.01)
    assert part.cancelled


def test_a_copy_counts_tables_and_a_cancel_leaves_the_target_empty(db: Database, samples: Path,
                                                                   tmp_path: Path) -> None:
    with db.session() as session:
        service.apply(service.plan(samples / "bad_rows.xlsx", session), session, backup=False)
    seen: list[tuple[int, int]] = []
    target = open_database(str(tmp_path / "copy.sqlite"))
    try:
        copy_portfolio(db, target, Progress(lambda d, t: seen.append((d, t))))
        assert seen[-1][0] == seen[-1][1] and [d for d, _t in seen] == list(range(1, len(seen) + 1))
    finally:
        target.close()
    stopped = open_database(str(tmp_path / "stopped.sqlite"))
    try:
        progress = Progress(lambda done, _total: progress.cancel() if done == 3 else None)
        with pytest.raises(Cancelled):
            copy_portfolio(db, stopped, progress)
        with stopped.session() as session:
            assert session.scalar(select(func.count()).select_from(Project)) == 0
    finally:
        stopped.close()
