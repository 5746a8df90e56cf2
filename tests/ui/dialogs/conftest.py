"""Dialog and register tests reuse the window tests' contexts: `app_ctx` (empty portfolio) and
`demo_ctx` (24 known projects), both with a synchronous job runner, and `window` (a MainWindow over demo_ctx)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from ui import i18n
from ui.i18n import build


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every confirmation box answers Yes (and is recorded) instead of waiting for a click."""
    asked: list[str] = []

    def question(_parent: object, title: str, text: str, *args: object, **kwargs: object) -> object:
        asked.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture(scope="session")
def russian_qm(tmp_path_factory, qapp):  # type: ignore[no-untyped-def]
    """The Russian catalogue compiled from the .ts files as they are now (not a stale build)."""
    out = tmp_path_factory.mktemp("qm")
    build.compile_all(out, ["ru"])
    return out


@pytest.fixture
def russian(russian_qm, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(i18n, "resource", lambda *_parts: russian_qm)
    assert "ino_ru" in i18n.install("ru")
    yield
    i18n.install("en")
