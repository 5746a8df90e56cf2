"""A money column whose unit is shown only by its cells' number format («1,5 млрд руб.» from 0.0 "млрд руб.",
«1 500 000 ₽», «1 500 млн» from #,##0,, "млн"): calamine gives the numbers, the pre-scan reads the format."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from ino_desktop.importer.values import shown_factor, shown_unit
from tests.importer.conftest import CliResult, records


@pytest.mark.parametrize(("code", "factor"), [
    ('0.00 "млрд руб."', 1000.0),
    ('#,##0 "тыс.руб"', 0.001),
    ("#,##0\\ [$₽-419]", 0.000001),  # roubles through Excel's currency tag
    ('#,##0.0,, "млн руб."', 0.000001),  # two scaling commas: the cell holds roubles and shows millions
    ('#,##0.0,"тыс. ₽"', 0.000001),
    ('[Blue]0.0 "mln RUB";[Red]-0.0 "mln RUB"', 1.0),
])
def test_units_that_number_formats_show(code: str, factor: float) -> None:
    unit = shown_unit(code)
    assert unit is not None and shown_factor(unit) == pytest.approx(factor)


@pytest.mark.parametrize("code", ["0.00", "#,##0", "00000", "0.0%", 'dd.mm.yyyy"г."', '0 "шт."', "General",
                                  '0 "чел."'])
def test_formats_that_show_no_money_unit(code: str) -> None:
    assert shown_unit(code) is None


def _import(tmp_path: Path, cli: Callable[..., CliResult], open_db: Callable[[Path], Any], *,
            header: Sequence[str], amounts: Sequence[Sequence[float]], formats: Sequence[str | None]
            ) -> tuple[CliResult, dict[str, dict[str, Any]]]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Проекты"
    ws.append(["Код", "Наименование проекта", "Статус", *header])
    for i, row in enumerate(amounts, start=1):
        ws.append([f"U-{i}", f"Проект {i}", "Реализуется", *row])
        for j, fmt in enumerate(formats):
            if fmt is not None:
                ws.cell(row=i + 1, column=4 + j).number_format = fmt
    path = tmp_path / "agency.xlsx"
    wb.save(path)
    db = tmp_path / "portfolio.sqlite"
    result = cli("--db", db, "import", path)
    assert result.rc == 0, result.err
    return result, records(open_db(db))


def test_roubles_shown_by_the_format_are_stored_as_millions(tmp_path: Path, cli: Callable[..., CliResult],
                                                            open_db: Callable[[Path], Any]) -> None:
    _, got = _import(tmp_path, cli, open_db, header=["Стоимость проекта", "Федеральный бюджет"],
                     amounts=[[1_500_000_000, 300_000_000], [2_300_000_000, 0], [870_000_000, 70_000_000]],
                     formats=["#,##0 ₽", '#,##0.0,, "млн руб."'])
    assert got["U-1"]["total_cost_mln"] == pytest.approx(1500.0)
    assert got["U-1"]["federal_budget_mln"] == pytest.approx(300.0)


def test_a_format_unit_against_the_headers_leaves_the_column_out(tmp_path: Path, cli: Callable[..., CliResult],
                                                                 open_db: Callable[[Path], Any]) -> None:
    result, got = _import(tmp_path, cli, open_db,
                          header=["Стоимость проекта, млн руб.", "Федеральный бюджет, млн руб."],
                          amounts=[[1.5, 0.3], [2.3, 0.1], [0.87, 0.07]], formats=['0.0 "млрд руб."', None])
    assert got["U-1"]["total_cost_mln"] is None
    assert got["U-1"]["federal_budget_mln"] == pytest.approx(0.3)  # the other column's header is not doubted
    assert "млрд руб." in result.out


def test_cells_in_two_units_leave_the_column_out(tmp_path: Path, cli: Callable[..., CliResult],
                                                 open_db: Callable[[Path], Any]) -> None:
    _, got = _import(tmp_path, cli, open_db, header=["Стоимость проекта"], amounts=[[1.5], [2300.0], [0.87]],
                     formats=['0.0 "млрд руб."'])
    assert got["U-2"]["total_cost_mln"] == pytest.approx(2_300_000.0)  # one unit shown: every cell in it
    # the same amounts, the second shown in millions: which unit the column is in cannot be told
    wb = Workbook()
    ws = wb.active
    ws.append(["Код", "Наименование проекта", "Статус", "Стоимость проекта"])
    for i, (amount, fmt) in enumerate([(1.5, '0.0 "млрд руб."'), (2300.0, '0 "млн руб."'), (0.87, '0.0 "млрд"')],
                                      start=1):
        ws.append([f"V-{i}", f"Проект {i}", "Реализуется", amount])
        ws.cell(row=i + 1, column=4).number_format = fmt
    path = tmp_path / "mixed.xlsx"
    wb.save(path)
    db = tmp_path / "mixed.sqlite"
    assert cli("--db", db, "import", path).rc == 0
    assert records(open_db(db))["V-1"]["total_cost_mln"] is None


def test_dollars_shown_by_the_format_are_not_stored_as_roubles(tmp_path: Path, cli: Callable[..., CliResult],
                                                               open_db: Callable[[Path], Any]) -> None:
    _, got = _import(tmp_path, cli, open_db, header=["Стоимость проекта"],
                     amounts=[[15.0], [23.0], [8.7]], formats=['#,##0.0 [$USD]'])
    assert got["U-1"]["total_cost_mln"] is None
