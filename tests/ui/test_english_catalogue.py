"""The English catalogue is loaded too: counts read "1 project" / "24 projects", never "project(s)"."""

from __future__ import annotations

from ino_desktop.services.filters import ProjectFilter
from tests.ui.portfolio_data import PROJECTS
from ui import i18n


def test_english_catalogue_is_installed_and_gives_plural_forms(window) -> None:
    assert i18n.install("en") == ["ino_en"]
    window.table.retranslate()
    assert window.table.count_label.text() == f"{PROJECTS} projects"
    window.apply_filter(ProjectFilter(codes=("INO-0001",)))
    assert window.table.count_label.text() == "1 project"
