"""A second table on the same sheet, under its own title with its own unit and the header printed again:
the money columns whose unit the first title gave take the second's from there on; nothing else does."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from tests.importer.conftest import CliResult, records

HEADER = ["Код", "Наименование проекта", "Статус", "Стоимость проекта", "Внебюджетные средства, млн руб."]


def _run(tmp_path: Path, cli: Callable[..., CliResult], open_db: Callable[[Path], Any],
         rows: Sequence[Sequence[Any]]) -> dict[str, dict[str, Any]]:
    wb = Workbook()
    for row in rows:
        wb.active.append(list(row))
    path = tmp_path / "two_tables.xlsx"
    wb.save(path)
    db = tmp_path / "portfolio.sqlite"
    assert cli("--db", db, "import", path).rc == 0
    return records(open_db(db))


def test_a_second_title_in_thousands_after_a_table_in_millions(tmp_path: Path, cli: Callable[..., CliResult],
                                                              open_db: Callable[[Path], Any]) -> None:
    got = _run(tmp_path, cli, open_db, [
        ["Сведения о проектах кластера"], HEADER,
        ["K-1", "Проект 1", "Реализуется", 150.5, 40],
        ["K-2", "Проект 2", "Реализуется", 230, 50],
        [],
        ["Раздел II. Новые проекты, тыс. рублей"], HEADER,
        ["K-3", "Проект 3", "Реализуется", 87_000, 10],
        ["K-4", "Проект 4", "Планируется", 12_000, 3]])
    assert got["K-1"]["total_cost_mln"] == pytest.approx(150.5)
    assert got["K-3"]["total_cost_mln"] == pytest.approx(87.0)
    assert got["K-3"]["extra_budgetary_mln"] == pytest.approx(10.0)  # its header says millions: kept
    assert "Раздел II. Новые проекты, тыс. рублей" not in got  # the title is no project


def test_a_title_with_a_unit_not_over_a_header_changes_nothing(tmp_path: Path, cli: Callable[..., CliResult],
                                                              open_db: Callable[[Path], Any]) -> None:
    got = _run(tmp_path, cli, open_db, [
        ["Проекты (млн руб.)"], HEADER,
        ["L-1", "Проект 1", "Реализуется", 150.5, 40],
        ["Справочно: в ценах 2020 года, тыс. руб."],
        ["L-2", "Проект 2", "Реализуется", 230, 50]])
    assert got["L-2"]["total_cost_mln"] == pytest.approx(230.0)
