"""Navigator model, details read service and pane, welcome → demo, keyboard use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ino_desktop.errors import NotFound
from ino_desktop.services import details, portfolio
from tests.ui.portfolio_data import AS_AT, PROJECTS
from ui.main_window import MainWindow
from ui.models.navigator_model import COUNT_ROLE, FILTER_ROLE, NavigatorModel
from ui.views.details import DetailsPane


def test_navigator_model_is_consistent_and_counts_every_section(demo_ctx, qtmodeltester) -> None:
    rows = demo_ctx.portfolio.read(portfolio.list_projects, as_at=AS_AT)
    model = NavigatorModel()
    qtmodeltester.check(model)
    model.populate(rows, 6, [], "ru")
    for section in ("cluster", "work_area", "territory_type", "status", "rag", "location"):
        node = model.find_key(section)
        counts = [node.child(n, 0).data(COUNT_ROLE) for n in range(node.rowCount())]
        assert sum(counts) == PROJECTS, section
    assert model.find_key("all").data(FILTER_ROLE).is_empty()
    assert model.find_key("rag:-").data(FILTER_ROLE).rags == ("-",)
    assert model.find_key("location:Томск").data(COUNT_ROLE) == 4


def test_project_detail_has_values_milestones_and_latest_provenance(demo_ctx) -> None:
    rows = demo_ctx.portfolio.read(portfolio.list_projects)
    detail = demo_ctx.portfolio.read(details.get_project_detail, rows[1].id)
    assert detail.code == "INO-0002" and detail.value("lead_organization") == "ТГУ"
    assert detail.participants == ("АО «СХК»",)
    assert [m.title for m in detail.milestones] == ["Проектная документация", "Ввод в эксплуатацию"]
    assert detail.milestones[1].is_overdue(AS_AT)  # planned 2016-03-01, not done by 2016-06-30
    cost = detail.provenance["total_cost_mln"]
    assert (cost.origin, cost.file_name, cost.sheet, cost.cell) == ("import", "Минэк_2016-06.xlsx", "Проекты", "I3")
    assert detail.provenance["status"].changed_by == "Петрова А. С."
    assert "name" not in detail.provenance
    with pytest.raises(NotFound):
        demo_ctx.portfolio.read(details.get_project_detail, 999_999)


def test_details_pane_renders_russian_and_english(demo_ctx, qtbot) -> None:
    rows = demo_ctx.portfolio.read(portfolio.list_projects)
    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.show_detail(demo_ctx.portfolio.read(details.get_project_detail, rows[1].id), AS_AT)
    text = pane.text()
    assert "Кластер ядерных технологий" in text and "overdue" in text
    assert "Минэк_2016-06.xlsx, «Проекты», I3 · 01.06.2016" in text
    pane.set_language("en")
    assert "Nuclear technologies cluster" in pane.text() and "Project 2" in pane.text()
    pane.show_detail(None)
    assert pane.text() == "Select a project to see its details."


def test_escaped_html_in_data_is_shown_literally(demo_ctx, qtbot) -> None:
    from sqlalchemy import update

    from ino_desktop.models import Project

    demo_ctx.write(lambda s, p: s.execute(update(Project).where(Project.code == "INO-0001").values(
        problems="R&D <b>не</b> <img src='x'>")))
    rows = demo_ctx.portfolio.read(portfolio.list_projects)
    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.show_detail(demo_ctx.portfolio.read(details.get_project_detail, rows[0].id), AS_AT)
    assert "R&D <b>не</b> <img src='x'>" in pane.text()


def test_welcome_builds_and_opens_the_demo_portfolio(app_ctx, qtbot) -> None:
    app_ctx.portfolio.db = None
    app_ctx.portfolio.close(announce=False)
    win = MainWindow(app_ctx)
    qtbot.addWidget(win)
    win.welcome.demo_button.click()  # the synchronous runner builds it before returning
    assert win.stack.currentIndex() == 1
    assert win.status.demo_label.isVisibleTo(win)
    assert win.table.model.rowCount() >= 100
    assert app_ctx.settings.recent_databases[0].endswith("demo-portfolio.sqlite")


def test_keyboard_alone_reaches_every_part(window_with_data, qtbot) -> None:
    win = window_with_data
    win.activateWindow()
    win.menus.actions["find"].trigger()
    assert win.table.filter_box.hasFocus()
    assert win.table.filter_box.nextInFocusChain() is not None
    win.menus.actions["focus_navigator"].trigger()
    assert win.navigator.tree.hasFocus()
    win.menus.actions["show_dashboard"].trigger()
    assert win.tabs.currentWidget() is win.dashboard
    win.menus.actions["show_projects"].trigger()
    # Every menu title and action text has a mnemonic, and no two menus share one.
    titles = [m.title() for m in win.menus.menus.values()]
    letters = [t[t.index("&") + 1].lower() for t in titles]
    assert len(set(letters)) == len(letters)
    for menu in win.menus.menus.values():
        texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.text()]
        assert all("&" in t for t in texts), texts
    win.table.view.setFocus()
    qtbot.keyClick(win.table.view, Qt.Key.Key_Down)
    assert win.table.selected_project_id() is not None


@pytest.fixture
def window_with_data(demo_ctx, qtbot):
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_dashboard_and_table_on_an_empty_portfolio(app_ctx, qtbot) -> None:
    win = MainWindow(app_ctx)
    qtbot.addWidget(win)
    win.tabs.setCurrentWidget(win.dashboard)
    assert win.dashboard.tiles[0].value.text() == "0"
    assert win.dashboard.empty_label.isVisibleTo(win.dashboard)
    assert win.dashboard.tiles[2].value.text() == "—"  # no extra-budgetary money: no share, not 0 %
    assert win.table.model.rowCount() == 0
