"""Dialog and register tests reuse the window tests' contexts: `app_ctx` (empty portfolio) and
`demo_ctx` (24 known projects), both with a synchronous job runner."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import app_ctx, as_at, demo_ctx, settings  # noqa: F401 - fixtures


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every confirmation box answers Yes (and is recorded) instead of waiting for a click."""
    asked: list[str] = []

    def question(_parent: object, title: str, text: str, *args: object, **kwargs: object) -> object:
        asked.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked
