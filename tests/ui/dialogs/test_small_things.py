"""Small things seen: an empty date field's calendar opens at today; Tab reaches the search/group/columns bar."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from ui.dialogs.common import NullableDateEdit


def test_an_empty_date_opens_its_calendar_at_today(qtbot) -> None:
    edit = NullableDateEdit()
    qtbot.addWidget(edit)
    edit.show()
    assert edit.value() is None
    calendar = edit.calendarWidget()
    calendar.window().show()  # what the popup does
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    calendar.window().hide()
    edit.set_value(QDate(2015, 3, 1).toPython())
    calendar.setSelectedDate(edit.date())  # what the popup does with a filled field
    calendar.window().show()
    assert (calendar.yearShown(), calendar.monthShown()) == (2015, 3)


def test_tab_walks_navigator_search_group_columns_table(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.navigator.tree.setFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.append(window.focusWidget())
    table = window.table
    assert seen == [table.filter_box, table.group_box, table.columns_button, table.view]
