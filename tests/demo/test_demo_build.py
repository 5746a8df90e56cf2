"""Building the demo: deterministic, quick, refuses a filled portfolio, replaces one on request."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ino_desktop.db import Database
from ino_desktop.demo import build_demo, replace_with_demo
from ino_desktop.errors import InoError
from ino_desktop.exporting.json_export import to_document
from ino_desktop.exporting.records import gather
from ino_desktop.models import ChangeLog, Cluster, ImportProfile, Project, Setting
from ino_desktop.progress import Progress
from ino_desktop.services.copying import is_empty
from tests.demo.conftest import fresh_demo


def _snapshot(db: Database) -> tuple[dict, list]:
    with db.session() as s:
        document = to_document(gather(s))
        log = [(c.project_code, c.field, c.old_value, c.new_value, c.changed_at, c.origin, c.cell)
               for c in s.scalars(select(ChangeLog).order_by(ChangeLog.id))]
    document.pop("exported_at")
    return document, log


def test_two_builds_export_identically(tmp_path: Path) -> None:
    one, two = fresh_demo(tmp_path / "one.sqlite"), fresh_demo(tmp_path / "two.sqlite")
    try:
        assert _snapshot(one) == _snapshot(two)
    finally:
        one.close()
        two.close()


def test_build_is_quick_on_a_fresh_database(db: Database) -> None:
    started = time.perf_counter()
    with db.transaction() as s:
        summary = build_demo(s)
    assert time.perf_counter() - started < 2.0
    assert summary.projects >= 120


def test_refuses_a_database_that_holds_a_portfolio(db: Database) -> None:
    with db.transaction() as s:
        s.add(Project(code="MY-1", name="Настоящий проект"))
    with pytest.raises(InoError, match="already holds a portfolio"), db.transaction() as s:
        build_demo(s)
    with db.session() as s:
        assert s.scalars(select(Project.code)).all() == ["MY-1"]
        assert s.scalar(select(Setting.value).where(Setting.key == "demo")) == "0"


def test_replace_keeps_reference_data_and_profiles(db: Database) -> None:
    with db.transaction() as s:
        s.add(Project(code="MY-1", name="Настоящий проект"))
        s.add(ImportProfile(source="Минпромторг", columns='{"Шифр": "code"}'))
        s.get(Cluster, "timber").name_ru = "Лесной кластер Томской области"  # edited reference data
    with db.transaction() as s:
        replace_with_demo(s)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Project).where(Project.code == "MY-1")) == 0
        assert s.scalar(select(func.count()).select_from(Project)) >= 120
        assert s.scalar(select(ImportProfile.source)) == "Минпромторг"
        assert s.get(Cluster, "timber").name_ru == "Лесной кластер Томской области"


def test_a_database_and_progress_can_be_given(db: Database) -> None:
    seen: list[tuple[int, int]] = []
    summary = build_demo(db, progress=Progress(lambda done, total: seen.append((done, total))))
    assert summary.projects >= 120
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_cancelled_build_writes_nothing(db: Database) -> None:
    def unreachable(_done: int, _total: int) -> None:
        raise AssertionError("a cancelled build reports nothing")

    cancelled = Progress(unreachable)
    cancelled.cancel()
    with pytest.raises(InoError, match="cancelled"):
        build_demo(db, progress=cancelled)
    with db.session() as s:
        assert is_empty(s)
