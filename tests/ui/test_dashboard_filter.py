"""The dashboard follows the project table: the navigator's selection and the search text, with a caption."""

from __future__ import annotations

import pytest

from ino_desktop.services import portfolio
from ino_desktop.services.filters import ProjectFilter
from tests.ui.portfolio_data import PROJECTS
from ui import labels
from ui.main_window import MainWindow


def _dashboard(win: MainWindow) -> tuple[str, str]:
    win.tabs.setCurrentWidget(win.dashboard)
    return win.dashboard.caption.text(), win.dashboard.tiles[0].value.text()


def test_whole_portfolio_caption(window) -> None:
    assert _dashboard(window) == ("Whole portfolio", str(PROJECTS))


def test_navigator_selection_narrows_the_charts_and_tiles(window, demo_ctx) -> None:
    window.navigator.select("cluster:nuclear")
    caption, projects = _dashboard(window)
    assert caption == "Cluster: Кластер ядерных технологий"
    assert projects == "3"
    expected = demo_ctx.portfolio.read(portfolio.summary, ProjectFilter(clusters=("nuclear",)))
    assert window.dashboard.data is not None
    assert window.dashboard.data.summary.money.total == pytest.approx(expected.money.total)
    # The investment chart has one bar group: the selected cluster only.
    categories = [a for a in window.dashboard.views["investment"].chart().axes() if hasattr(a, "categories")]
    assert [c.categories() for c in categories] == [["Ядерные технологии"]]


def test_search_text_takes_part_and_a_visible_dashboard_follows_it(window, demo_ctx) -> None:
    window.navigator.select("status:planned")
    planned = demo_ctx.portfolio.read(portfolio.list_projects, ProjectFilter(statuses=("planned",)))
    caption, count = _dashboard(window)
    assert (caption, count) == (f"Status: {labels.term_name('status', 'planned', 'ru')}", str(len(planned)))
    # Typing narrows the table and, once the dashboard is shown again, the figures too.
    window.tabs.setCurrentWidget(window.table)
    needle = planned[0].code
    window.table.filter_box.setText(needle)
    caption, count = _dashboard(window)
    assert count == "1"
    assert caption.endswith(f"Search: «{needle}»") and caption.startswith("Status: ")
    window.table.filter_box.clear()
    assert window.dashboard.tiles[0].value.text() == str(len(planned))  # visible: refreshed at once


def test_selection_with_no_match_says_so(window) -> None:
    window.table.filter_box.setText("no such project anywhere")
    _dashboard(window)
    assert window.dashboard.tiles[0].value.text() == "0"
    assert window.dashboard.empty_label.isVisibleTo(window)
    assert window.dashboard.empty_label.text() == "No project matches this selection."
