"""Each register opens on the demo portfolio, every model passes QAbstractItemModelTester, and edits
go through the services (status of an action, a decision, an organisation, an indicator's year)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from ino_desktop.demo import build_demo
from ino_desktop.services import registers as reg
from ui.models.rows_model import RowRole
from ui.registers import REGISTERS, open_register
from ui.registers.roadmap import OVERDUE_BACKGROUND

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def demo(app_ctx):
    with app_ctx.db.transaction() as session:
        build_demo(session)
    return app_ctx


def _models(page) -> list:
    found = [page.model, page.proxy]
    for name in ("agenda_model", "decisions_model", "follow_model", "years_model"):
        if hasattr(page, name):
            found.append(getattr(page, name))
    return found


@pytest.mark.parametrize("name", list(REGISTERS))
def test_register_opens_on_demo_with_tested_models(qtbot, demo, name) -> None:
    window = open_register(None, demo, name)
    qtbot.addWidget(window)
    for model in _models(window.page):
        QAbstractItemModelTester(model, FATAL)
    assert window.page.model.rowCount() > 0
    assert window.page.banner.kind == ""
    window.page.search.setText("zzzz-nothing")
    assert window.page.proxy.rowCount() == 0
    window.page.search.clear()
    assert window.page.proxy.rowCount() == window.page.model.rowCount()


def test_roadmap_by_edition_and_area_overdue_highlighted_status_edited(qtbot, demo) -> None:
    page = open_register(None, demo, "roadmap").page
    qtbot.addWidget(page.window())
    page.edition.setCurrentIndex(page.edition.findData(2016))
    page.work_area.setCurrentIndex(page.work_area.findData("industry"))
    rows = page.model.rows
    assert rows and {(r.edition_year, r.work_area) for r in rows} == {(2016, "industry")}
    late = next(i for i, r in enumerate(rows) if r.overdue)
    index = page.model.index(late, 5)
    assert index.data(Qt.ItemDataRole.BackgroundRole).color().name() == OVERDUE_BACKGROUND
    assert page.model.index(late, 7).data().split()[0] == str(rows[late].days_late)
    page.overdue_only.setChecked(True)
    assert all(r.overdue for r in page.model.rows)

    target = page.model.rows[0]
    status_index = page.model.index(0, 6)
    assert page.model.flags(status_index) & Qt.ItemFlag.ItemIsEditable
    assert page.model.setData(status_index, "done")
    assert page.banner.kind == "ok"
    after = next(r for r in demo.portfolio.read(reg.list_actions, page.as_at, year=2016) if r.id == target.id)
    assert (after.status, after.overdue) == ("done", False)
    assert target.id not in [r.id for r in page.model.rows]  # refreshed: no longer overdue


def test_meetings_agenda_decisions_follow_up(qtbot, demo) -> None:
    page = open_register(None, demo, "meetings").page
    qtbot.addWidget(page.window())
    latest = page.selected()
    assert latest is not None and latest.date == max(r.date for r in page.model.rows)
    assert page.agenda_model.rowCount() > 0
    assert page.follow_model.rowCount() == len(demo.portfolio.read(reg.follow_up, latest.id, page.as_at))

    page.decision_text.setText("Подготовить отчёт о ходе реализации")
    page.decision_responsible.setText("Проектный офис")
    page.decision_deadline.set_value(dt.date(2017, 2, 1))
    before = page.decisions_model.rowCount()
    page.add_decision()
    assert page.decisions_model.rowCount() == before + 1
    added = page.decisions_model.rows[-1]
    assert (added.responsible, added.deadline, added.status) == ("Проектный офис", dt.date(2017, 2, 1), "open")

    assert page.decisions_model.setData(page.decisions_model.index(before, 2), "done")
    assert page.decisions_model.rows[-1].status == "done"

    page.decision_text.setText("   ")
    page.add_decision()
    assert page.banner.kind == "error" and "text" in page.banner.text()

    page.new_title.setText("Совет программы «ИНО Томск»")
    page.create_meeting()
    assert page.selected().title == "Совет программы «ИНО Томск»"


def test_organisation_added_and_duplicate_refused(qtbot, demo) -> None:
    page = open_register(None, demo, "organisations").page
    qtbot.addWidget(page.window())
    count = page.model.rowCount()
    page.new_entry()
    page.name.setText("ООО «Новая Сибирь»")
    page.save_entry()
    assert page.model.rowCount() == count + 1
    assert page.selected().name == "ООО «Новая Сибирь»"
    page.new_entry()
    page.name.setText("ООО «Новая Сибирь»")
    page.save_entry()
    assert page.banner.kind == "error" and "already used" in page.banner.text()
    assert page.model.rowCount() == count + 1


def test_indicator_year_set_and_bad_number_refused(qtbot, demo) -> None:
    page = open_register(None, demo, "indicators").page
    qtbot.addWidget(page.window())
    jobs_row = next(i for i, r in enumerate(page.model.rows) if r.key == "jobs")
    page.view.selectRow(page.proxy.mapFromSource(page.model.index(jobs_row, 0)).row())
    page.year.setValue(2019)
    page.target.setText("120 000")
    page.actual.setText("около 90")
    page.save_year()
    assert page.banner.kind == "error"
    page.actual.setText("95 500")
    page.save_year()
    assert page.banner.kind == "ok"
    values = {v.year: (v.target, v.actual) for v in page.years_model.rows}
    assert values[2019] == (120000.0, 95500.0)
    assert page.years_model.index(list(values).index(2019), 3).data(RowRole).share == pytest.approx(95500 / 120000)


def test_open_register_reuses_the_open_window(qtbot, demo) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    first = open_register(parent, demo, "organisations")
    assert open_register(parent, demo, "organisations") is first


@pytest.mark.parametrize("name", ["roadmap", "meetings", "organisations", "instruments", "indicators"])
def test_registers_fit_their_default_window_without_a_sideways_scroll(qtbot, demo, name) -> None:
    from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

    window = open_register(None, demo, name)
    qtbot.addWidget(window)
    assert (window.width(), window.height()) == (1100, 640)  # the size it opens at is the size it fits
    for _ in range(3):
        QApplication.processEvents()
    views = [v for v in window.findChildren(QTableView) if v.isVisibleTo(window) and v.model().rowCount()]
    assert views
    for view in views:
        assert view.horizontalScrollBar().maximum() == 0, f"{name}: {view.model().columnCount()} columns"
    page = window.page
    if page.stretch is not None:
        mode = page.view.horizontalHeader().sectionResizeMode(page.stretch)
        assert mode == QHeaderView.ResizeMode.Stretch
    if name == "roadmap":  # an elided title shows whole, word-wrapped, on hover
        longest = max(page.model.rows, key=lambda r: len(r.title))
        index = page.model.index(page.model.rows.index(longest), 2)
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        assert len(longest.title) > 60 and tip.startswith("<qt>") and tip.endswith("</qt>")
