"""Fixtures for window tests, reusable by every UI test (dialogs and registers too):

    app_ctx   an AppContext over the `db` fixture (an empty seeded portfolio) with a synchronous
              JobRunner: ctx.write / ctx.jobs.run finish before they return, so no waiting or sleeps.
    demo_ctx  the same over a small filled portfolio (tests/ui/portfolio_data.py: 24 projects in
              every cluster, status and RAG, milestones, change log with import provenance, roadmap).
    settings  a Settings on a temporary INI file (the config dir is already a tmp folder).
    window    a shown MainWindow over demo_ctx; a language switched by the test is switched back.

Every UI test starts and ends with the English catalogue (compiled from the .ts), so window texts are the
English source strings with their plural forms (portfolio vocabularies stay Russian: ctx.lang is "ru");
a test that switches language (ui.i18n.switch_language) is undone afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ino_desktop.db import Database
from tests.ui.portfolio_data import AS_AT, fill_portfolio
from ui import i18n
from ui.context import AppContext
from ui.i18n import build, switch_language
from ui.jobs import JobRunner
from ui.main_window import MainWindow
from ui.session import PortfolioSession
from ui.settings import Settings


@pytest.fixture(scope="session")
def compiled_qm(tmp_path_factory, qapp):  # type: ignore[no-untyped-def]
    """Both catalogues compiled from the .ts files as they are now (English plural forms too), not a stale build."""
    out = tmp_path_factory.mktemp("qm")
    build.compile_all(out)
    return out


@pytest.fixture(autouse=True)
def _english_ui(qapp, compiled_qm, monkeypatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(i18n, "resource", lambda *_parts: compiled_qm)
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def settings(qapp) -> Settings:  # type: ignore[no-untyped-def]
    return Settings()


def _context(db: Database, settings: Settings) -> Iterator[AppContext]:
    portfolio = PortfolioSession()
    portfolio.adopt(db)
    ctx = AppContext(portfolio=portfolio, jobs=JobRunner(synchronous=True), settings=settings, lang="ru")
    yield ctx
    ctx.jobs.shutdown()
    portfolio.db = None  # the `db` fixture closes the database itself
    portfolio.close(announce=False)


@pytest.fixture
def app_ctx(db: Database, settings: Settings) -> Iterator[AppContext]:
    yield from _context(db, settings)


@pytest.fixture
def demo_ctx(db: Database, settings: Settings) -> Iterator[AppContext]:
    with db.transaction() as session:
        fill_portfolio(session)
    yield from _context(db, settings)


@pytest.fixture
def window(demo_ctx: AppContext, qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.show()
    yield win
    if demo_ctx.lang != "ru":
        switch_language(demo_ctx, "ru")


@pytest.fixture
def as_at():  # type: ignore[no-untyped-def]
    return AS_AT
