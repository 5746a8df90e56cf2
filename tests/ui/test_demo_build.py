"""The welcome screen's demo: a cancelled or failed build leaves no file a later attempt would reuse."""

from __future__ import annotations

import pytest

from ino_desktop.db import open_database
from ino_desktop.errors import DatabaseError, InoError
from ino_desktop.progress import Progress
from ino_desktop.services.portfolio import is_demo, list_projects
from ui.opening import build_demo_file


class CancelAfter(Progress):
    def __init__(self, steps: int) -> None:
        super().__init__()
        self.steps = steps

    def __call__(self, done: int, total: int) -> None:
        super().__call__(done, total)
        if done >= self.steps:
            self.cancel()


def _is_demo(path) -> bool:  # type: ignore[no-untyped-def]
    db = open_database(str(path), create=False)
    try:
        with db.session() as session:
            return is_demo(session) and len(list_projects(session)) > 50
    finally:
        db.close()


def test_cancelled_build_leaves_nothing_and_the_next_attempt_builds_the_demo(tmp_path) -> None:
    target = tmp_path / "demo-portfolio.sqlite"
    with pytest.raises(InoError, match="cancelled"):
        build_demo_file(CancelAfter(2), str(target))
    assert list(tmp_path.iterdir()) == []  # no empty portfolio, no half-built temporary file
    assert build_demo_file(Progress(), str(target)) == str(target)
    assert _is_demo(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo-portfolio.sqlite"]
    assert build_demo_file(Progress(), str(target)) == str(target)  # built once: reused as it is


def test_an_empty_leftover_is_replaced_and_a_real_portfolio_is_never_touched(tmp_path, demo_ctx) -> None:
    leftover = tmp_path / "demo-portfolio.sqlite"
    open_database(str(leftover), create=True).close()  # what an interrupted older build left behind
    build_demo_file(Progress(), str(leftover))
    assert _is_demo(leftover)
    real = demo_ctx.db.path
    before = real.read_bytes()
    with pytest.raises(DatabaseError, match="not the demo"):
        build_demo_file(Progress(), str(real))
    assert real.read_bytes() == before
