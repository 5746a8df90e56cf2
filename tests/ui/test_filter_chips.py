"""Filters are visible and quick to set: navigator multi-selection, the chip bar, group by confidence."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from ino_desktop.services.filters import ProjectFilter
from tests.ui.portfolio_data import PROJECTS, project_values
from ui.main_window import MainWindow
from ui.models.navigator_model import combine


def _codes(win: MainWindow) -> list[str]:
    return [r.code for r in win.table.model.visible_projects()]


def _click(win: MainWindow, key: str, qtbot, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    tree = win.navigator.tree
    index = win.navigator.model.find_key(key).index()
    tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
    QApplication.processEvents()
    assert tree.viewport().rect().contains(tree.visualRect(index).center())
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, modifier, tree.visualRect(index).center())


def _ctrl_click(win: MainWindow, key: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    _click(win, key, qtbot, Qt.KeyboardModifier.ControlModifier)


def _expected(**wanted: object) -> list[str]:
    values = [project_values(i) for i in range(PROJECTS)]
    return sorted(v["code"] for v in values if all(v[k] in allowed for k, allowed in wanted.items()))


def test_combine_adds_values_of_a_field_and_narrows_across_fields() -> None:
    flt = combine([ProjectFilter(clusters=("nuclear",)), ProjectFilter(clusters=("timber",)),
                   ProjectFilter(rags=("red",)), ProjectFilter()])
    assert flt == ProjectFilter(clusters=("nuclear", "timber"), rags=("red",))


def test_ctrl_click_combines_a_cluster_and_red(window, qtbot) -> None:
    window.navigator.select("cluster:nuclear")
    window.navigator.tree.expandAll()
    _ctrl_click(window, "rag:red", qtbot)
    assert window.filter == ProjectFilter(clusters=("nuclear",), rags=("red",))
    assert sorted(_codes(window)) == _expected(cluster={"nuclear"}, rag={"red"})
    _ctrl_click(window, "cluster:timber", qtbot)
    assert sorted(_codes(window)) == _expected(cluster={"nuclear", "timber"}, rag={"red"})
    assert sorted(window.navigator.current_keys()) == ["cluster:nuclear", "cluster:timber", "rag:red"]
    # A plain click replaces the selection.
    _click(window, "status:planned", qtbot)
    assert window.filter == ProjectFilter(statuses=("planned",))


def test_keyboard_extends_the_selection_too(window, qtbot) -> None:
    nav = window.navigator
    nav.select("cluster:nuclear")
    red = nav.model.find_key("rag:red").index()
    nav.tree.selectionModel().setCurrentIndex(red, QItemSelectionModel.SelectionFlag.NoUpdate)
    nav.tree.setFocus()
    qtbot.keyClick(nav.tree, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(nav.tree, Qt.Key.Key_Return)
    assert window.filter == ProjectFilter(clusters=("nuclear",), rags=("red",))


def test_chips_show_every_active_filter_and_remove_one_at_a_time(window, qtbot) -> None:
    chips = window.table.chips
    assert not chips.isVisibleTo(window)  # the whole portfolio: nothing to show
    window.navigator.select("cluster:nuclear")
    window.navigator.tree.expandAll()
    _ctrl_click(window, "rag:red", qtbot)
    window.table.filter_box.setText("ino")
    texts = [b.text() for b in chips.buttons]
    assert texts == ["Cluster: Кластер ядерных технологий", "Delivery confidence: Красный", "Search: «ino»",
                     "Clear all"]
    assert chips.isVisibleTo(window)
    chips.buttons[0].click()  # the cluster goes, red and the search stay
    assert window.filter == ProjectFilter(rags=("red",))
    assert window.table.filter_box.text() == "ino"
    assert window.navigator.current_keys() == ["rag:red"]
    assert sorted(_codes(window)) == _expected(rag={"red"})
    next(b for b in chips.buttons if b.text().startswith("Search")).click()
    assert window.table.filter_box.text() == ""
    assert [b.text() for b in chips.buttons] == ["Delivery confidence: Красный"]
    chips.buttons[0].click()
    assert window.filter.is_empty() and window.navigator.current_keys() == ["all"]
    assert not chips.isVisibleTo(window) and len(_codes(window)) == PROJECTS


def test_a_chart_click_shows_as_chips_and_in_the_navigator(window) -> None:
    window.tabs.setCurrentWidget(window.dashboard)
    window.dashboard.filter_requested.emit(ProjectFilter(clusters=("nuclear",), statuses=("planned",)))
    assert window.tabs.currentWidget() is window.table
    assert [b.text() for b in window.table.chips.buttons][:2] == ["Cluster: Кластер ядерных технологий",
                                                                  "Status: Планируется"]
    assert sorted(window.navigator.current_keys()) == ["cluster:nuclear", "status:planned"]
    window.table.chips.buttons[-1].click()  # "Clear all"
    assert window.filter.is_empty() and not window.table.chips.buttons


def test_a_saved_view_is_one_chip(window, demo_ctx) -> None:
    from ino_desktop.services import views

    info = demo_ctx.write(lambda s, p: views.save_view(s, "Красные", ProjectFilter(rags=("red",))),
                          kinds={"views"}).result
    window.navigator.select(f"view:{info.id}")
    assert [b.text() for b in window.table.chips.buttons] == ["Saved view «Красные»"]
    window.table.chips.buttons[0].click()
    assert window.filter.is_empty()


def test_group_by_delivery_confidence_and_rag_column_shown(window) -> None:
    table = window.table
    table.group_box.setCurrentIndex(table.group_box.findData("rag"))
    groups = [table.model.index(r, 0).data() for r in table.model.group_rows()]
    assert [g.split("  ·  ")[0] for g in groups] == ["Зелёный", "Жёлтый", "Красный", "не оценён"]
    rag = table.model.column_of("rag")
    assert not table.view.isColumnHidden(rag)
    header = table.view.horizontalHeader()
    # Visible without scrolling: the confidence column starts within the first 600 pixels.
    assert header.sectionViewportPosition(rag) + header.sectionSize(rag) <= 600
