"""The main window on a filled portfolio: navigator, filter box, columns, dashboard clicks, languages,
status bar, plug-in actions, refresh after a write, and the welcome screen without a database."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent
from sqlalchemy import update

from ino_desktop.models import Project
from ino_desktop.models import Setting as SettingRow
from tests.ui.portfolio_data import PROJECTS, STALE
from ui.i18n import switch_language
from ui.main_window import MainWindow
from ui.models.navigator_model import COUNT_ROLE


def _codes(win: MainWindow) -> list[str]:
    return [r.code for r in win.table.model.visible_projects()]


def test_window_opens_on_the_portfolio_with_status_bar(window, db) -> None:
    assert window.stack.currentIndex() == 1
    assert window.table.model.rowCount() == PROJECTS
    assert window.status.database_label.text() == f"Database: {db.display_name}"
    assert window.status.as_at_label.text() == "As at 30.06.2016"
    assert not window.status.demo_label.isVisibleTo(window)
    assert window.windowTitle() == "portfolio.sqlite — INO Desktop"


def test_demo_portfolio_says_so_in_the_status_bar(window, demo_ctx) -> None:
    demo_ctx.write(lambda s, p: s.merge(SettingRow(key="demo", value="1")), kinds={"settings"})
    assert window.status.demo_label.isVisibleTo(window)
    assert window.status.demo_label.text() == "DEMO DATA"


def test_navigator_counts_and_click_filters_the_table(window, qtbot) -> None:
    nav = window.navigator
    nuclear = nav.model.find_key("cluster:nuclear")
    assert nuclear.data(COUNT_ROLE) == 3
    assert nav.model.find_key("stale").data(COUNT_ROLE) == len(STALE)
    rect = nav.tree.visualRect(nuclear.index())
    qtbot.mouseClick(nav.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _codes(window) == ["INO-0002", "INO-0009", "INO-0023"]
    nav.select("cluster:-")  # outside clusters
    assert _codes(window) == ["INO-0008", "INO-0016", "INO-0024"]
    nav.select("stale")
    assert set(_codes(window)) == {f"INO-{i + 1:04d}" for i in STALE}
    nav.select("all")
    assert len(_codes(window)) == PROJECTS


def test_filter_box_filters_as_you_type_and_escape_clears(window, qtbot) -> None:
    window.table.focus_filter()
    qtbot.keyClicks(window.table.filter_box, "ino-00")  # QTest types ASCII only; Cyrillic: the model tests
    assert len(_codes(window)) == PROJECTS
    qtbot.keyClicks(window.table.filter_box, "1")
    assert _codes(window) == [f"INO-{n:04d}" for n in range(10, 20)]
    assert window.table.count_label.text() == f"10 of {PROJECTS} projects"
    qtbot.keyClick(window.table.filter_box, Qt.Key.Key_Escape)
    assert window.table.filter_box.text() == ""
    assert len(_codes(window)) == PROJECTS
    assert window.current_filter().is_empty()


def test_selection_shows_details_with_provenance(window) -> None:
    assert window.table.select_project(window.table.model.row_at(2).id)
    text = window.details.text()
    assert "INO-0003" in text and "Минэк_2016-06.xlsx, «Проекты», I4" in text
    assert "Петрова А. С." in text  # the manual status change is the provenance of the status


def test_column_chooser_hides_columns_and_remembers(window, demo_ctx) -> None:
    table = window.table
    lead = table.model.column_of("lead_organization")
    assert not table.view.isColumnHidden(lead)
    action = next(a for a in table.columns_menu.actions() if a.text() == "Lead organisation")
    action.toggle()
    assert table.view.isColumnHidden(lead)
    assert "lead_organization" in demo_ctx.settings.hidden_columns("projects")
    table.set_column_visible("federal_budget_mln", True)
    assert not table.view.isColumnHidden(table.model.column_of("federal_budget_mln"))
    table.reset_columns()
    assert not table.view.isColumnHidden(lead)


def test_group_by_choice_is_applied_and_remembered(window, demo_ctx) -> None:
    box = window.table.group_box
    box.setCurrentIndex(box.findData("work_area"))
    assert window.table.model.group_by == "work_area"
    assert len(window.table.model.group_rows()) == 5
    assert window.table.view.columnSpan(0, 0) == window.table.model.columnCount()
    assert demo_ctx.settings.get("projects/group_by") == "work_area"


def test_dashboard_bar_click_filters_the_table(window) -> None:
    window.tabs.setCurrentWidget(window.dashboard)
    assert window.dashboard.tiles[0].value.text() == str(PROJECTS)
    chart = window.dashboard.views["investment"].chart()
    series = chart.series()[0]
    categories = chart.axes(Qt.Orientation.Vertical)[0].categories()
    row = categories.index("Фармацевтика")
    series.clicked.emit(row, series.barSets()[0])
    assert window.tabs.currentWidget() is window.table
    assert _codes(window) == ["INO-0004", "INO-0011", "INO-0018"]
    # The dashboard now shows that selection; back to the whole portfolio for the next click.
    window.tabs.setCurrentWidget(window.dashboard)
    assert window.dashboard.tiles[0].value.text() == "3"
    window.navigator.select("all")
    # A status segment filters by cluster and status together.
    status_series = window.dashboard.views["status"].chart().series()[0]
    planned = next(s for s in status_series.barSets() if s.property("level") == "planned")
    cats = window.dashboard.views["status"].chart().axes(Qt.Orientation.Vertical)[0].categories()
    status_series.clicked.emit(cats.index("Нефтехимия"), planned)
    assert _codes(window) == ["INO-0001"]
    assert window.filter.statuses == ("planned",) and window.filter.clusters == ("petrochemical",)


def test_language_switch_to_english_and_back(window, demo_ctx) -> None:
    switch_language(demo_ctx, "en")
    assert window.menus.menus["file"].title() == "&File"
    assert window.table.model.headerData(1, Qt.Orientation.Horizontal) == "Project"
    assert window.navigator.model.find_key("cluster:nuclear").text() == "Nuclear technologies cluster"
    assert demo_ctx.settings.language == "en"
    switch_language(demo_ctx, "ru")
    assert window.menus.menus["file"].title() == "&Файл"
    assert window.table.model.headerData(1, Qt.Orientation.Horizontal) == "Проект"
    assert window.navigator.model.find_key("cluster:nuclear").text() == "Кластер ядерных технологий"
    assert window.status.as_at_label.text() == "По состоянию на 30.06.2016"
    assert window.tabs.tabText(1) == "&Дашборд"


def test_views_refresh_after_a_write_elsewhere(window, demo_ctx) -> None:
    window.table.select_project(window.table.model.row_at(0).id)
    demo_ctx.write(lambda s, p: s.execute(update(Project).where(Project.code == "INO-0001").values(
        name="Переименованный проект")), kinds={"projects"})
    assert window.table.model.row_at(0).name == "Переименованный проект"
    assert "Переименованный проект" in window.details.text()


def test_the_dialog_and_register_entries_are_the_real_functions(window) -> None:
    from ui.dialogs.import_wizard import run_import_wizard
    from ui.dialogs.pack_dialog import run_pack_dialog
    from ui.registers import open_register

    expected = {"import_workbook": run_import_wizard, "briefing_pack": run_pack_dialog, "roadmap": open_register}
    for key, fn in expected.items():
        assert window.menus.handlers[key] is fn
        assert window.menus.actions[key].isEnabled()
    assert window.menus.actions["open"].shortcut().toString() == "Ctrl+O"


def test_dropping_a_workbook_is_recognised(window, tmp_path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / "Минэк.xlsx"))])
    event = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    assert window._dropped_workbook(event) == str(tmp_path / "Минэк.xlsx")
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    assert window._dropped_workbook(event) is None


def test_welcome_screen_without_a_database(app_ctx, qtbot) -> None:
    app_ctx.portfolio.db = None  # as on first run: nothing open
    app_ctx.portfolio.close(announce=False)
    win = MainWindow(app_ctx)
    qtbot.addWidget(win)
    assert win.stack.currentWidget() is win.welcome
    assert not win.menus.actions["new_project"].isEnabled()
    assert win.menus.actions["open"].isEnabled()
    assert win.status.database_label.text() == "No portfolio open"
    assert win.welcome.demo_button.text() == "Open the &demo portfolio"
    win.welcome.show_problem("x.sqlite: not a database of INO Desktop")
    assert win.welcome.problem.isVisibleTo(win.welcome)


def test_welcome_opens_a_recent_portfolio(app_ctx, db_path, qtbot) -> None:
    app_ctx.portfolio.db = None
    app_ctx.portfolio.close(announce=False)
    win = MainWindow(app_ctx)
    qtbot.addWidget(win)
    win.opener.open_target(str(db_path))
    assert win.stack.currentIndex() == 1
    assert app_ctx.settings.recent_databases == [str(db_path)]
    win.opener.close_portfolio()
    assert win.stack.currentWidget() is win.welcome
    assert win.welcome.recent.count() == 1


def test_database_notes_show_once_as_a_bar_and_stay_as_a_status_icon(window, demo_ctx) -> None:
    from ino_desktop.db.engine import NETWORK_NOTE

    assert not window.notes_bar.isVisibleTo(window) and not window.status.notes_label.isVisibleTo(window)
    demo_ctx.db.notes.append(NETWORK_NOTE)
    demo_ctx.portfolio.database_changed.emit()  # as when that database has just been opened
    assert window.notes_bar.isVisibleTo(window)
    assert window.notes_bar.text.text().startswith("The database is in a network folder: SQLite's write-ahead")
    assert window.status.notes_label.isVisibleTo(window)
    assert "PostgreSQL" in window.status.notes_label.toolTip()
    window.notes_bar.close_button.click()
    demo_ctx.write(lambda s, p: None, kinds={"projects"})  # a refresh does not bring the bar back
    assert not window.notes_bar.isVisibleTo(window) and window.status.notes_label.isVisibleTo(window)
    switch_language(demo_ctx, "ru")
    assert window.status.notes_label.toolTip().startswith("База данных находится в сетевой папке")
    assert window.notes_bar.text.text().startswith("База данных находится в сетевой папке")
    demo_ctx.db.notes.clear()
    demo_ctx.portfolio.database_changed.emit()
    assert not window.notes_bar.isVisibleTo(window) and not window.status.notes_label.isVisibleTo(window)


def test_import_history_is_reachable_from_the_import_menu(window) -> None:
    from ui.dialogs.import_history import show_import_history

    assert window.menus.handlers["import_history"] is show_import_history  # the real dialog is what the menu opens
    opened = []
    window.menus.handlers["import_history"] = lambda parent, ctx: opened.append(parent)
    action = window.menus.actions["import_history"]
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+Shift+H"
    action.trigger()
    assert opened == [window]


def test_a_read_only_database_opens_read_only_with_its_banner(app_ctx, qtbot, db_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from tests.faults import remount_readonly, tmpfs

    win = MainWindow(app_ctx)
    qtbot.addWidget(win)
    win.show()
    with tmpfs(tmp_path / "share") as share:
        shutil.copyfile(db_path, share / "colleague.sqlite")
        remount_readonly(share)
        assert win.opener.open_target(str(share / "colleague.sqlite"))
        assert app_ctx.db.readonly and win.stack.currentIndex() == 1
        assert win.notes_bar.isVisibleTo(win) and win.notes_bar.text.text().startswith("Read-only:")
        switch_language(app_ctx, "ru")
        assert win.notes_bar.text.text().startswith("Только чтение:")
        app_ctx.portfolio.close()
