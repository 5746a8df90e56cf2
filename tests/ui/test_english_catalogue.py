"""The English catalogue is loaded too: counts read "1 project" / "24 projects", never "project(s)"."""

from __future__ import annotations

import pytest

from ino_desktop.services.filters import ProjectFilter
from tests.ui.portfolio_data import PROJECTS
from ui import i18n
from ui.i18n import build


@pytest.fixture
def english(tmp_path, monkeypatch, qapp):  # type: ignore[no-untyped-def]
    build.compile_all(tmp_path, ["en"])
    monkeypatch.setattr(i18n, "resource", lambda *_parts: tmp_path)
    assert i18n.install("en") == ["ino_en"]
    yield
    monkeypatch.undo()
    i18n.install("en")


def test_english_counts_use_plural_forms(english, window) -> None:
    window.table.retranslate()
    assert window.table.count_label.text() == f"{PROJECTS} projects"
    window.apply_filter(ProjectFilter(codes=("INO-0001",)))
    assert window.table.count_label.text() == "1 project"
