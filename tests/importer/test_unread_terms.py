"""A status, rating or work area no vocabulary knows is left out of its row with a warning; the row is kept.

An unknown cluster still rejects its row (every project is filed under one). A blank changes no stored
value, so an update whose status cannot be read keeps the office's status and applies the rest."""

from __future__ import annotations

from pathlib import Path

from ino_desktop.db import Database
from ino_desktop.importer.workbook import read_workbook
from tests.importer.builders import project, table_xlsx
from tests.importer.conftest import add_project, import_file, records


def test_an_update_whose_status_cannot_be_read_keeps_the_stored_status(db: Database, tmp_path: Path) -> None:
    add_project(db, "INO-7", "Проект INO-7", status="in_progress", total_cost_mln=50.0)
    path = tmp_path / "update.xlsx"
    path.write_bytes(table_xlsx([project("INO-7", Статус="идёт по графику?", **{"Стоимость, млн руб.": 80})]))
    import_file(db, path)
    stored = records(db)["INO-7"]
    assert (stored["status"], stored["total_cost_mln"]) == ("in_progress", 80.0)


def test_an_unknown_cluster_still_rejects_and_an_unknown_status_does_not(tmp_path: Path) -> None:
    path = tmp_path / "new.xlsx"
    path.write_bytes(table_xlsx([project("INO-1", Кластер="Космический кластер"),
                                 project("INO-2", Статус="HALF WAY THERE")]))
    rows = {r.values["code"]: r for t in read_workbook(path).tables for r in t.rows}
    assert rows["INO-1"].rejected and [i.kind for i in rows["INO-1"].issues] == ["unknown_cluster"]
    assert not rows["INO-2"].rejected and rows["INO-2"].values["status"] is None
    assert rows["INO-2"].values["cluster"] == "pharma"  # the rest of the row is read as written
    assert "HALF WAY THERE" in rows["INO-2"].issues[0].text("en")
