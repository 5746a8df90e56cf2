"""The job runner: results, errors and cancel by signal, one writer, synchronous mode."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from ino_desktop.errors import InoError
from ino_desktop.messages import message
from ino_desktop.models import Organisation
from ui.jobs import JobRunner


def test_synchronous_runner_delivers_result_and_progress(qapp) -> None:
    runner = JobRunner(synchronous=True)
    seen: list = []

    def work(progress, n):
        for i in range(n):
            progress(i + 1, n)
        return n * 2

    job = runner.run(work, 3, on_done=seen.append, on_progress=lambda d, t: seen.append((d, t)))
    assert job.state == "finished" and job.result == 6
    assert seen == [(1, 3), (2, 3), (3, 3), 6]
    assert not runner.busy


def test_error_arrives_by_signal_not_raised(qapp) -> None:
    runner = JobRunner(synchronous=True)
    errors: list = []
    refusal = InoError(message("file.empty", file="file.xlsx"))
    job = runner.run(lambda progress: (_ for _ in ()).throw(refusal), on_error=errors.append)
    assert job.state == "failed"
    assert errors == [refusal]


def test_threaded_jobs_report_in_gui_thread_and_can_be_cancelled(qtbot) -> None:
    runner = JobRunner()
    gui = threading.get_ident()
    started = threading.Event()
    where: list[int] = []

    def slow(progress):
        started.set()
        while not progress.cancelled:
            progress.cancelled  # noqa: B018 - the core polls the flag between steps
            threading.Event().wait(0.005)
        return "unreachable result"

    job = runner.run(slow, on_cancelled=lambda: where.append(threading.get_ident()))
    assert started.wait(5)
    with qtbot.waitSignal(job.ended, timeout=5000):
        job.cancel()
    assert job.state == "cancelled" and job.result is None
    assert where == [gui]

    with qtbot.waitSignal(runner.run(lambda progress: threading.get_ident()).finished, timeout=5000) as got:
        pass
    assert got.args[0] != gui  # ran in a worker
    runner.shutdown()


def test_writes_never_overlap(qtbot) -> None:
    runner = JobRunner()
    active = 0
    peak = 0
    lock = threading.Lock()

    def write(progress):
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        threading.Event().wait(0.02)
        with lock:
            active -= 1

    jobs = [runner.write(write) for _ in range(4)]
    qtbot.waitUntil(lambda: all(j.is_done for j in jobs), timeout=5000)
    assert peak == 1
    runner.shutdown()


def test_context_write_commits_then_notifies_and_rolls_back_on_error(app_ctx) -> None:
    heard: list = []
    app_ctx.portfolio.data_changed.connect(heard.append)
    job = app_ctx.write(lambda s, p: s.add(Organisation(name="НИИ «Тест»", kind="research_institute")),
                        kinds={"registers"})
    assert job.state == "finished" and heard == [{"registers"}]

    def broken(session, progress):
        session.add(Organisation(name="Половина", kind="company"))
        session.flush()
        raise InoError("stopped halfway")

    job = app_ctx.write(broken, kinds={"registers"})
    assert job.state == "failed" and heard == [{"registers"}]
    names = app_ctx.portfolio.read(lambda s: s.scalars(select(Organisation.name)).all())
    assert names == ["НИИ «Тест»"]

    def cancelled(session, progress):
        session.add(Organisation(name="Отменённая", kind="company"))
        progress.cancel()

    assert app_ctx.write(cancelled).state == "cancelled"
    assert app_ctx.portfolio.read(lambda s: s.scalar(select(func.count(Organisation.id)))) == 1


def test_second_window_on_same_file_only_reads_it(app_ctx, db_path) -> None:
    """One writer: a second window on the same file opens it read-only (tests/ui/test_read_only.py)."""
    from ui.session import PortfolioSession

    other = PortfolioSession()
    db = other.open(str(db_path))
    try:
        assert db.held_elsewhere and not db.writable and other._lock is None
        assert app_ctx.db.writable
    finally:
        other.close(announce=False)
