"""A place cell that names several of the programme's places, or only the region, is no one place: the row is
imported without it, and the clerk is told which sheet, row and column, in one line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from tests.importer.conftest import CliResult, records


def _register(path: Path, *rows: list[Any]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Реестр"
    ws.append(["Код", "Наименование", "Территория", "Стоимость, млн руб."])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_a_cell_of_two_places_is_left_out_with_where_it_was(tmp_path: Path, cli: Callable[..., CliResult],
                                                             open_db: Callable[[Path], Any]) -> None:
    path = _register(tmp_path / "places.xlsx",
                     ["P-1", "Сеть зарядных станций", "Северск, Стрежевой", 40],
                     ["P-2", "Региональный центр компетенций", "Томская обл. (все районы)", 25],
                     ["P-3", "Завод", "г. Стрежевой", 300])
    db = tmp_path / "portfolio.sqlite"
    result = cli("--db", db, "import", path)
    assert result.rc == 0, result.err
    said = result.out + result.err
    assert "sheet 'Реестр', row 2, column C" in said and "more than one of the programme's places" in said, said
    assert "sheet 'Реестр', row 3, column C" in said and "the whole region" in said, said
    got = records(open_db(db))
    assert [got[c]["location"] for c in ("P-1", "P-2", "P-3")] == [None, None, "Стрежевой"]
    assert [got[c]["total_cost_mln"] for c in ("P-1", "P-2", "P-3")] == [40, 25, 300]


def test_rows_imported_with_a_warning_are_counted_once_and_a_rejected_row_is_not(tmp_path: Path, db) -> None:
    """The plan, the command line and the outcome the wizard's summary shows read one count: rows that are
    imported with something to check. A rejected row's notes are part of its rejection, not such a row."""
    from ino_desktop.commands.import_cmd import counts_message
    from ino_desktop.importer import service

    path = _register(tmp_path / "places.xlsx",
                     ["P-1", "Сеть зарядных станций", "Северск, Стрежевой", 40],
                     ["P-2", "Региональный центр компетенций", "Шегарский район", 25],
                     ["P-3", "Завод", "г. Стрежевой", 300],
                     ["P-4", "Цех", "Томская обл. (все районы)", "около 400"])
    with db.session() as s:
        plan = service.plan(path, s)
    assert [r.action for r in plan.rows] == ["create", "create", "create", "rejected"]
    assert plan.rows[3].warnings  # its place is noted as well: the note must not count it as imported
    assert [r.warned for r in plan.rows] == [True, True, False, False]
    assert plan.warned() == 2
    assert counts_message(plan).render("en").endswith(", 2 with warnings")
    with db.session() as s:
        outcome = service.apply(plan, s)
    assert (outcome.created, outcome.rejected, outcome.warned) == (3, 1, 2)
