"""Qt's model tester on the item models of ui/models that other tests do not check (the project
table and the navigator have theirs in test_project_table_model.py and test_views.py): the table over
service rows with its sorting and filtering proxy, shown here on an import plan, and the editor's
milestones table through an edit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from ino_desktop.db import Database
from ino_desktop.importer import service
from ino_desktop.services.editing import MilestoneForm
from ui.models.milestones_model import ACTUAL, STATUS, TITLE, MilestonesModel
from ui.models.plan_model import plan_columns
from ui.models.rows_model import RowsModel, RowsProxy


def test_rows_model_and_its_proxy_on_an_import_plan(db: Database, samples: Path, qtmodeltester) -> None:
    with db.session() as session:
        plan = service.plan(samples / "bad_rows.xlsx", session)
    assert {r.action for r in plan.rows} >= {"create", "rejected"}
    model = RowsModel(plan_columns("en"))
    qtmodeltester.check(model)  # empty
    model.set_rows(plan.rows)
    qtmodeltester.check(model)
    proxy = RowsProxy()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(proxy)
    assert proxy.index(0, 0).data() == "Rejected"  # rejected rows first
    proxy.set_text_filter("no such text anywhere")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 0


def test_milestones_model_through_an_edit(qtmodeltester) -> None:
    edits: list[list[MilestoneForm]] = []
    model = MilestonesModel("en", edits.append, as_at=dt.date(2025, 6, 1))
    qtmodeltester.check(model)
    model.set_rows([MilestoneForm(1, "Design", dt.date(2025, 3, 1), dt.date(2025, 3, 5), "done"),
                    MilestoneForm(2, "Build", dt.date(2025, 5, 1))])
    qtmodeltester.check(model)
    assert model.setData(model.index(1, TITLE), "Build the line", Qt.ItemDataRole.EditRole)
    assert edits and edits[-1][1].title == "Build the line"
    model.set_rows(edits[-1])  # what the undo command does
    qtmodeltester.check(model)
    assert model.index(1, TITLE).data() == "Build the line"
    assert model.index(0, STATUS).data() and model.index(0, ACTUAL).data()
