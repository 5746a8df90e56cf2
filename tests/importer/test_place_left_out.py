"""A place cell that names several of the programme's places, or only the region, is no one place: the row is
imported without it, and the clerk is told which sheet, row and column, in one line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from tests.importer.conftest import CliResult, records


def test_a_cell_of_two_places_is_left_out_with_where_it_was(tmp_path: Path, cli: Callable[..., CliResult],
                                                             open_db: Callable[[Path], Any]) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Реестр"
    for row in (["Код", "Наименование", "Территория", "Стоимость, млн руб."],
                ["P-1", "Сеть зарядных станций", "Северск, Стрежевой", 40],
                ["P-2", "Региональный центр компетенций", "Томская обл. (все районы)", 25],
                ["P-3", "Завод", "г. Стрежевой", 300]):
        ws.append(row)
    path = tmp_path / "places.xlsx"
    wb.save(path)
    db = tmp_path / "portfolio.sqlite"
    result = cli("--db", db, "import", path)
    assert result.rc == 0, result.err
    said = result.out + result.err
    assert "sheet 'Реестр', row 2, column C" in said and "more than one of the programme's places" in said, said
    assert "sheet 'Реестр', row 3, column C" in said and "the whole region" in said, said
    got = records(open_db(db))
    assert [got[c]["location"] for c in ("P-1", "P-2", "P-3")] == [None, None, "Стрежевой"]
    assert [got[c]["total_cost_mln"] for c in ("P-1", "P-2", "P-3")] == [40, 25, 300]
