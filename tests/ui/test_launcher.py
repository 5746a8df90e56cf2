"""The program's entry point hands the window the language asked for, wherever --lang is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui import app, launcher


@pytest.mark.parametrize("argv", [["--lang", "ru", "gui"], ["gui", "--lang", "ru"],
                                  ["--lang", "en", "gui", "--lang", "ru"]])  # the command's own wins
def test_the_window_gets_the_language_from_either_place(argv: list[str], monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path) -> None:
    asked: list[str | None] = []
    monkeypatch.setattr(app, "main", lambda **kw: asked.append(kw["lang"]) or 0)
    assert launcher.main(["--db", str(tmp_path / "p.sqlite"), *argv]) == 0
    assert asked == ["ru"]
