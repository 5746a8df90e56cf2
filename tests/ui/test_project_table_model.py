"""The project table model: a consistent Qt model, filter as you type, sort, group-by, stale marks."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ino_desktop.services import portfolio
from tests.ui.portfolio_data import AS_AT, PROJECTS, STALE
from ui.models.project_table_model import COLUMN_KEYS, ROW_ROLE, SORT_ROLE, STALE_ROLE, ProjectTableModel


def _model(ctx, lang="ru") -> ProjectTableModel:
    model = ProjectTableModel(lang)
    model.set_rows(ctx.portfolio.read(portfolio.list_projects, as_at=AS_AT), AS_AT)
    return model


def _codes(model: ProjectTableModel) -> list[str]:
    return [r.code for r in model.visible_projects()]


def test_model_passes_the_qt_model_tester_flat_grouped_and_filtered(demo_ctx, qtmodeltester) -> None:
    model = _model(demo_ctx)
    qtmodeltester.check(model)
    model.set_group_by("cluster")
    qtmodeltester.check(model)
    model.set_text_filter("ёлка")
    model.sort(model.column_of("total_cost_mln"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_filter_as_you_type_folds_case_and_yo(demo_ctx) -> None:
    model = _model(demo_ctx)
    assert model.rowCount() == PROJECTS
    model.set_text_filter("ЕЛКА")  # matches «Ёлка» (ё folded to е, case ignored)
    assert _codes(model) == [f"INO-{i + 1:04d}" for i in range(0, PROJECTS, 4)]
    model.set_text_filter("ino-0012")
    assert _codes(model) == ["INO-0012"]
    model.set_text_filter("тпу")  # the lead organisation is searched too
    assert len(_codes(model)) == PROJECTS // 4
    model.set_text_filter("  ")
    assert model.rowCount() == PROJECTS


def test_sort_uses_raw_values_and_keeps_empty_values_last(demo_ctx) -> None:
    model = _model(demo_ctx)
    cost = model.column_of("total_cost_mln")
    model.sort(cost, Qt.SortOrder.DescendingOrder)
    values = [model.index(r, cost).data(SORT_ROLE) for r in range(model.rowCount())]
    assert values == sorted(values, reverse=True) and values[0] == 100.0 + 10 * (PROJECTS - 1)
    # Money is shown in the Russian style but sorted as a number.
    assert model.index(0, cost).data() == "330,0"
    cluster = model.column_of("cluster")
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(cluster, order)
        shown = [model.index(r, cluster).data(SORT_ROLE) for r in range(model.rowCount())]
        assert shown[-3:] == [None, None, None]  # projects outside clusters stay at the end either way


def test_group_by_cluster_puts_a_header_before_each_group(demo_ctx) -> None:
    model = _model(demo_ctx)
    model.set_group_by("cluster")
    headers = model.group_rows()
    assert len(headers) == 8  # seven clusters and "outside clusters"
    first = model.index(headers[0], 0)
    assert first.data() == "Нефтехимический кластер  ·  3" and first.data(ROW_ROLE) is None
    assert model.rowCount() == PROJECTS + 8
    model.set_text_filter("№ 1")  # projects 1, 10-19: groups without a match disappear
    assert all(model.row_at(r + 1) is not None for r in model.group_rows())
    assert sum(model.index(r, 0).data().endswith(" 1") for r in model.group_rows()) >= 1


def test_stale_projects_are_marked(demo_ctx) -> None:
    model = _model(demo_ctx)
    code = model.column_of("code")
    marked = {model.index(r, code).data() for r in range(model.rowCount()) if model.index(r, code).data(STALE_ROLE)}
    assert marked == {f"INO-{i + 1:04d}" for i in STALE}
    never = model.index(PROJECTS - 1, code)
    assert never.data(Qt.ItemDataRole.ToolTipRole) == "Never reported"
    assert model.index(PROJECTS - 1, model.column_of("reported_at")).data() == "not reported"
    assert model.index(0, code).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(1, code).data(Qt.ItemDataRole.DecorationRole) is None


def test_vocabulary_follows_the_language(demo_ctx) -> None:
    model = _model(demo_ctx, "en")
    status = model.column_of("status")
    assert {model.index(r, status).data() for r in range(model.rowCount())} == {
        "Planned", "In progress", "Completed", "Suspended"}
    assert model.index(0, model.column_of("name")).data() == "Project 1"
    model.set_language("ru")
    assert model.index(0, status).data() == "Планируется"
    assert model.index(0, model.column_of("total_cost_mln")).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert len(COLUMN_KEYS) == model.columnCount()
