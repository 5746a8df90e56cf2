"""The import wizard end to end on the ministry sample, value mapping, cancel, report, undo; the history."""

from __future__ import annotations

import json

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from sqlalchemy import func, select

from ino_desktop.importer.profiles import load_profile
from ino_desktop.models import ImportBatch, Project
from ino_desktop.services.changes import field_history
from ui.dialogs.import_history import ImportHistory
from ui.dialogs.import_wizard import APPLY, FILE, MAPPING, PLAN, SUMMARY, VALUES, ImportWizard

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def _projects(ctx) -> int:
    return ctx.portfolio.read(lambda s: s.scalar(select(func.count()).select_from(Project)))


def test_wizard_end_to_end_on_ministry_summary(qtbot, app_ctx, samples, tmp_path) -> None:
    wizard = ImportWizard(app_ctx, str(samples / "ministry_summary.xlsx"))
    qtbot.addWidget(wizard)
    wizard.file_page.source.setCurrentText("Минэкономразвития Томской области")
    assert wizard.step() == FILE
    wizard.go_next()
    assert wizard.step() == MAPPING, wizard.banner.text()
    assert wizard.mapping_page.sheet.currentData() == "Свод"
    mapping = wizard.mapping_page.column_mapping()
    assert mapping["Код проекта"] == "code" and mapping["№ п/п"] is None
    assert "rows 4–5." in wizard.mapping_page.header_info.text()  # the detected two-level header

    wizard.mapping_page.save_profile.click()
    assert wizard.banner.kind == "ok"
    profile = app_ctx.portfolio.read(load_profile, "минэкономразвития томской области")
    assert profile is not None and profile.columns["Код проекта"] == "code"

    wizard.go_next()
    assert wizard.step() == VALUES and not wizard.values_page.table.isVisibleTo(wizard)
    wizard.go_next()
    assert wizard.step() == PLAN
    QAbstractItemModelTester(wizard.plan_page.model, FATAL)
    assert wizard.plan.counts() == {"create": 36, "update": 0, "unchanged": 0, "rejected": 0}
    assert wizard.plan_page.model.rowCount() == 36
    assert _projects(app_ctx) == 0  # planning writes nothing

    progress: list[tuple[int, int]] = []
    wizard.apply_page.bar.valueChanged.connect(lambda v: progress.append((v, wizard.apply_page.bar.maximum())))
    wizard.go_next()
    assert wizard.step() == SUMMARY, wizard.banner.text()
    assert progress and progress[-1][0] == progress[-1][1]
    assert _projects(app_ctx) == 36
    assert wizard.outcome.created == 36 and wizard.outcome.batch_id is not None
    assert "36" in wizard.summary_page.text.text()

    report = tmp_path / "report.json"
    wizard.save_report(str(report))
    assert json.loads(report.read_text(encoding="utf-8"))["file"] == "ministry_summary.xlsx"
    assert wizard.banner.kind == "ok"

    with app_ctx.db.session() as s:
        change = field_history(s, "INO-0002")[0]
    assert (change.origin, change.file_name, change.sheet) == ("import", "ministry_summary.xlsx", "Свод")

    wizard.summary_page.undo.click()
    assert wizard.banner.kind == "ok", wizard.banner.text()
    assert _projects(app_ctx) == 0
    assert not wizard.summary_page.undo.isEnabled()


def test_unknown_spelling_mapped_then_row_accepted(qtbot, app_ctx, samples) -> None:
    wizard = ImportWizard(app_ctx, str(samples / "bad_rows.xlsx"))
    qtbot.addWidget(wizard)
    wizard.go_next()
    rejected_before = wizard.plan.counts()["rejected"]
    wizard.go_next()
    assert wizard.step() == VALUES
    [(field, spelling, combo)] = wizard.values_page.combos
    assert (field, spelling) == ("cluster", "Космический кластер")
    combo.setCurrentIndex(combo.findData("nuclear"))
    wizard.values_page.apply.click()
    assert wizard.plan.counts()["rejected"] == rejected_before - 1
    mapped = [r for r in wizard.plan.rows if r.action == "create" and r.values.get("cluster") == "nuclear"]
    assert mapped


def test_cancel_leaves_the_portfolio_as_it_was(qtbot, app_ctx, samples, monkeypatch) -> None:
    wizard = ImportWizard(app_ctx, str(samples / "ministry_summary.xlsx"))
    qtbot.addWidget(wizard)
    wizard.go_next()
    wizard.show_step(PLAN)

    # The person presses Cancel while the rows are written: the first progress report cancels the job.
    def cancel_on_progress(done: int, total: int) -> None:
        assert wizard.step() == APPLY
        wizard.cancel_job()

    monkeypatch.setattr(wizard, "_progress", cancel_on_progress)
    wizard.go_next()
    assert wizard.step() == PLAN
    assert wizard.banner.kind == "warning" and "nothing was imported" in wizard.banner.text()
    assert _projects(app_ctx) == 0
    assert app_ctx.portfolio.read(lambda s: s.scalar(select(func.count()).select_from(ImportBatch))) == 0


@pytest.mark.parametrize("name", ["empty.xlsx", "truncated.xlsx", "entity_bomb.xlsx", "not_a_workbook.xlsx"])
def test_refused_file_is_one_line_and_stays_on_the_first_page(qtbot, app_ctx, samples, name) -> None:
    wizard = ImportWizard(app_ctx, str(samples / name))
    qtbot.addWidget(wizard)
    wizard.go_next()
    assert wizard.step() == FILE
    assert wizard.banner.kind == "error"
    assert name in wizard.banner.text() and "\n" not in wizard.banner.text()
    assert "Traceback" not in wizard.banner.text()


def test_import_history_lists_batches_with_undo(qtbot, app_ctx, samples, answer_yes) -> None:
    for name in ("ministry_summary.xlsx", "update_q2.xlsx"):
        wizard = ImportWizard(app_ctx, str(samples / name))
        qtbot.addWidget(wizard)
        wizard.go_next()
        wizard.show_step(PLAN)
        wizard.go_next()
        assert wizard.step() == SUMMARY, wizard.banner.text()
    history = ImportHistory(app_ctx)
    qtbot.addWidget(history)
    QAbstractItemModelTester(history.model, FATAL)
    QAbstractItemModelTester(history.proxy, FATAL)
    assert [b.file_name for b in history.model.rows] == ["update_q2.xlsx", "ministry_summary.xlsx"]
    history.view.selectRow(0)
    assert history.selected().file_name == "update_q2.xlsx" and history.undo_button.isEnabled()
    history.undo_selected()
    assert answer_yes and "update_q2.xlsx" in answer_yes[0]
    assert history.banner.kind == "ok", history.banner.text()
    states = {b.file_name: b.state for b in history.model.rows}
    assert states == {"update_q2.xlsx": "undone", "ministry_summary.xlsx": "applied"}
    assert _projects(app_ctx) == 36
    history.view.selectRow([b.file_name for b in history.model.rows].index("update_q2.xlsx"))
    assert not history.undo_button.isEnabled()


def test_values_step_lists_each_unknown_spelling_maps_it_and_keeps_it_in_the_profile(qtbot, app_ctx,
                                                                                    tmp_path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Проекты"
    ws.append(["Код", "Наименование проекта", "Кластер"])
    for code, name, cluster in (("AG-1", "Завод", "Агрохим"), ("AG-2", "Склад", "Агрохим"),
                                ("AG-3", "Цех", "Фармацевтический кластер"), ("AG-4", "Лаборатория", "Ядерка")):
        ws.append([code, name, cluster])
    wb.save(tmp_path / "agency.xlsx")

    wizard = ImportWizard(app_ctx, str(tmp_path / "agency.xlsx"))
    qtbot.addWidget(wizard)
    wizard.file_page.source.setCurrentText("Департамент промышленности")
    wizard.go_next()
    wizard.go_next()
    assert wizard.step() == VALUES and wizard.plan.counts()["rejected"] == 3
    rows = {(wizard.values_page.table.item(r, 1).text(), wizard.values_page.table.item(r, 2).text())
            for r in range(wizard.values_page.table.rowCount())}
    assert rows == {("Агрохим", "2"), ("Ядерка", "1")}  # exactly the unknown spellings, with their counts
    combos = {spelling: combo for _field, spelling, combo in wizard.values_page.combos}
    combos["Агрохим"].setCurrentIndex(combos["Агрохим"].findData("petrochemical"))
    wizard.values_page.apply.click()  # re-plan; 'Ядерка' is left unmapped, so its row stays rejected
    assert wizard.plan.counts() == {"create": 3, "update": 0, "unchanged": 0, "rejected": 1}
    assert [s for _f, s, _c in wizard.values_page.combos] == ["Ядерка"]
    assert app_ctx.portfolio.read(load_profile, "Департамент промышленности") is None  # nothing written yet

    wizard.go_next()
    wizard.go_next()
    assert wizard.step() == SUMMARY, wizard.banner.text()
    profile = app_ctx.portfolio.read(load_profile, "департамент промышленности")
    assert profile is not None and profile.values == {"cluster": {"Агрохим": "petrochemical"}}
    clusters = app_ctx.portfolio.read(lambda s: dict(s.execute(select(Project.code, Project.cluster)).all()))
    assert clusters == {"AG-1": "petrochemical", "AG-2": "petrochemical", "AG-3": "pharma"}


def test_a_column_in_another_currency_is_shown_left_out_with_its_reason(qtbot, app_ctx, tmp_path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Код", "Наименование проекта", "Стоимость, млн долл. США", "Статус"])
    sheet.append(["INO-9101", "Опытный завод", 12.5, "Реализуется"])
    sheet.append(["INO-9102", "Центр компетенций", 3.0, "Планируется"])
    path = tmp_path / "usd.xlsx"
    book.save(path)
    wizard = ImportWizard(app_ctx, str(path))
    qtbot.addWidget(wizard)
    wizard.go_next()
    assert wizard.step() == MAPPING, wizard.banner.text()
    assert wizard.mapping_page.column_mapping()["Стоимость, млн долл. США"] is None
    reasons = [wizard.mapping_page.columns.item(i, 3).text() for i in range(wizard.mapping_page.columns.rowCount())]
    assert any("долл." in r and ("roubles" in r or "рубл" in r) for r in reasons), reasons


def test_with_nothing_to_map_the_values_step_keeps_its_heading_at_the_top(qtbot, app_ctx, samples) -> None:
    """Seen under Xvfb at 1366×768: with the table hidden, the heading sat halfway down the page."""
    wizard = ImportWizard(app_ctx, str(samples / "ministry_summary.xlsx"))
    qtbot.addWidget(wizard)
    wizard.resize(1100, 700)
    wizard.show()
    wizard.go_next()
    wizard.go_next()
    assert wizard.step() == VALUES and not wizard.values_page.table.isVisibleTo(wizard)
    page = wizard.values_page
    qtbot.waitUntil(lambda: page.height() > 300)
    assert page.heading.geometry().top() < 40
    assert page.info.geometry().bottom() < page.height() // 3


def test_an_unknown_status_is_offered_as_left_empty_and_a_period_column_names_both_dates(qtbot, app_ctx,
                                                                                          tmp_path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Код", "Наименование проекта", "Кластер", "Статус", "Сроки реализации"])
    sheet.append(["P-1", "Завод", "Фармацевтический кластер", "идёт по плану?", "2021–2024"])
    sheet.append(["P-2", "Склад", "Агрохим", "Реализуется", "с 2022 по 2025"])
    sheet.append(["P-3", "Цех", "", "Планируется", "2023–2026 гг."])
    path = tmp_path / "periods.xlsx"
    book.save(path)
    wizard = ImportWizard(app_ctx, str(path))
    qtbot.addWidget(wizard)
    wizard.go_next()
    assert wizard.step() == MAPPING, wizard.banner.text()
    page = wizard.mapping_page
    (period,) = [page.columns.item(i, 3).text() for i in range(page.columns.rowCount())
                 if page.columns.item(i, 1).text() == "Сроки реализации"]
    assert "2021" not in period and ("End date" in period or "Start date" in period), period
    wizard.go_next()
    assert wizard.step() == VALUES
    blanks = {spelling: combo.itemText(0) for _f, spelling, combo in wizard.values_page.combos}
    assert "empty" in blanks["идёт по плану?"] and "rejected" in blanks["Агрохим"]  # a cluster's row is rejected
    assert wizard.plan.counts()["rejected"] == 1 and wizard.plan.counts()["create"] == 2


def test_columns_under_one_long_parent_show_the_level_that_tells_them_apart(qtbot, app_ctx, tmp_path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    parent = "Объём финансирования по источникам за весь период реализации, тыс. рублей"
    sheet.append(["Код", "Наименование проекта", parent, None])
    sheet.append([None, None, "средства федерального бюджета", "средства областного бюджета"])
    sheet.append(["INO-9201", "Опытный завод", 1200, 300])
    for cells in ("A1:A2", "B1:B2", "C1:D1"):
        sheet.merge_cells(cells)
    path = tmp_path / "levels.xlsx"
    book.save(path)
    wizard = ImportWizard(app_ctx, str(path))
    qtbot.addWidget(wizard)
    wizard.go_next()
    assert wizard.step() == MAPPING, wizard.banner.text()
    table = wizard.mapping_page.columns
    shown = {table.item(i, 1).toolTip(): table.item(i, 1).text() for i in range(table.rowCount())}
    federal, regional = (f"{parent} / средства {w} бюджета" for w in ("федерального", "областного"))
    assert shown[federal].endswith("/ средства федерального бюджета") and shown[federal].startswith("Объём")
    assert shown[regional].endswith("/ средства областного бюджета") and len(shown[regional]) < len(regional)


def test_the_summary_counts_rows_imported_with_a_warning(qtbot, app_ctx, tmp_path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Код", "Наименование проекта", "Место реализации"])
    sheet.append(["INO-9201", "Опытный завод", "Шегарский район"])  # not one of the programme's places
    sheet.append(["INO-9202", "Центр компетенций", "г. Северск"])
    path = tmp_path / "places.xlsx"
    book.save(path)
    wizard = ImportWizard(app_ctx, str(path))
    qtbot.addWidget(wizard)
    while wizard.step() != SUMMARY:
        step = wizard.step()
        wizard.go_next()
        assert wizard.step() != step, wizard.banner.text()
    assert (wizard.outcome.created, wizard.outcome.warned) == (2, 1)
    said = wizard.summary_page.text.text()
    assert "with warnings: 1 (" in said or "предупреждениями — 1 (" in said, said


def test_enter_on_the_summary_closes_and_never_undoes(qtbot, app_ctx, samples) -> None:
    """Enter on the last page closes the wizard, wherever the focus is: it never saves a report or undoes the
    import through a button the focus happens to be on."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    wizard = ImportWizard(app_ctx, str(samples / "ministry_summary.xlsx"))
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.step() != SUMMARY:
        step = wizard.step()
        wizard.go_next()
        assert wizard.step() != step, wizard.banner.text()
    assert _projects(app_ctx) == 36
    assert wizard.close_button.isDefault()
    for button in (wizard.summary_page.undo, wizard.summary_page.save_report):
        button.setFocus()
        QTest.keyClick(button, Qt.Key.Key_Return)
        assert _projects(app_ctx) == 36  # not undone
    assert not wizard.isVisible()
