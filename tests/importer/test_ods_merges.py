"""Merged ranges of an .ods file (importer/ods_merges.py), which python-calamine does not report."""

from __future__ import annotations

from pathlib import Path

from ino_desktop.importer.ods_merges import ods_merges
from ino_desktop.importer.workbook import read_workbook
from tests.importer.builders import ods_bytes


def _cell(text: str = "", attrs: str = "") -> str:
    if not text:
        return f"<table:table-cell {attrs}/>"
    return f'<table:table-cell office:value-type="string" {attrs}><text:p>{text}</text:p></table:table-cell>'


def _ods(rows: list[str], sheet: str = "Проекты") -> bytes:
    body = "".join(f"<table:table-row{' ' + a if a else ''}>{cells}</table:table-row>" for a, cells in
                   (r.split("|", 1) if r.startswith("table:") else ("", r) for r in rows))
    return ods_bytes(f'<table:table table:name="{sheet}">{body}</table:table>')


def test_spans_are_placed_past_repeated_rows_and_cells() -> None:
    data = _ods([
        _cell("Заголовок", 'table:number-columns-spanned="3"') + "<table:covered-table-cell "
        'table:number-columns-repeated="2"/>',
        'table:number-rows-repeated="2"|' + _cell("", 'table:number-columns-repeated="3"'),
        _cell("", 'table:number-columns-repeated="2"') + _cell("Кластер", 'table:number-rows-spanned="2"'),
    ])
    assert ods_merges(data) == {"Проекты": [(0, 0, 0, 2), (3, 2, 4, 2)]}


def test_a_file_merging_nothing_is_not_parsed_and_a_broken_one_gives_nothing() -> None:
    assert ods_merges(_ods([_cell("Код") + _cell("Наименование")])) == {}
    assert ods_merges(b"not a zip") == {}


def test_a_cluster_merged_down_over_its_projects_reaches_each_row(tmp_path: Path) -> None:
    data = _ods([
        _cell("Кластер") + _cell("Шифр") + _cell("Наименование проекта"),
        _cell("Фармацевтический кластер", 'table:number-rows-spanned="2"') + _cell("Ф-1") + _cell("Цех таблеток"),
        "<table:covered-table-cell/>" + _cell("Ф-2") + _cell("Склад субстанций"),
        _cell("Лесопромышленный кластер") + _cell("Л-1") + _cell("Лесопилка"),
    ])
    path = tmp_path / "merged.ods"
    path.write_bytes(data)
    rows = {r.values["code"]: r.values["cluster"] for t in read_workbook(path).tables for r in t.rows}
    assert rows == {"Ф-1": "pharma", "Ф-2": "pharma", "Л-1": "timber"}
