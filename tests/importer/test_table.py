"""Finding the table: header rows, two-level headers, rows that are not projects, mapping and profiles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ino_desktop.importer.headers import find_header, is_numbering_row, title_unit
from ino_desktop.importer.limits import Limits
from ino_desktop.importer.mapping import map_columns, match_header
from ino_desktop.importer.readers import RawSheet
from ino_desktop.importer.rows import Profile
from ino_desktop.importer.table import read_sheet
from ino_desktop.importer.workbook import read_workbook
from tests.importer.builders import HEADER, project, rows_xml, sheet_xml, xlsx_bytes

Write = Callable[[str, bytes], Path]


def _sheet(rows: list[list[object]], merged: list[tuple[int, int, int, int]] | None = None,
           name: str = "S") -> RawSheet:
    numbered = [(i + 1, [("" if v is None else v) for v in row]) for i, row in enumerate(rows)]
    return RawSheet(name, lambda: iter(numbered), merged=merged or [])


def _read(rows: list[list[object]], **kwargs: object):  # type: ignore[no-untyped-def]
    outcome = read_sheet(_sheet(rows, **kwargs), profile=None, limits=Limits(), date1904=False)  # type: ignore[arg-type]
    assert outcome.table is not None, outcome.skip_reason
    return outcome.table


def test_header_below_title_rows() -> None:
    rows = [["Перечень проектов, тыс. руб."], [], HEADER, project()]
    header = find_header([(i + 1, r) for i, r in enumerate(rows)], [])
    assert header is not None and header.rows == [3] and header.body_start == 3
    assert title_unit(header.title) == 0.001


def test_two_level_header_without_merge_information_csv_style() -> None:
    top = ["Код", "Название проекта", "Финансирование, млн руб.", "", "", "Рабочие места", ""]
    sub = ["", "", "Всего", "Федеральный бюджет", "Областной бюджет", "план", "создано"]
    table = _read([top, sub, ["1", "2", "3", "4", "5", "6", "7"], ["INO-1", "П", "10", "4", "6", "5", "2"]])
    assert table.header_rows == [1, 2]
    assert [c.field for c in table.columns] == ["code", "name", "total_cost_mln", "federal_budget_mln",
                                                "regional_budget_mln", "jobs_planned", "jobs_created"]
    assert table.columns[3].header == "Финансирование, млн руб. / Федеральный бюджет"
    assert [r.row for r in table.rows] == [4]  # row 3 only numbers the columns


def test_two_level_header_with_merged_cells() -> None:
    top = ["Код", "Наименование", "Объем финансирования, тыс. руб.", None, "Статус"]
    sub = [None, None, "Всего", "Внебюджетные источники", None]
    merged = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)]
    table = _read([top, sub, ["INO-1", "П", 2500.0, 1500.0, "реализуется"]], merged=merged)
    assert [c.header for c in table.columns] == ["Код", "Наименование",
                                                 "Объем финансирования, тыс. руб. / Всего",
                                                 "Объем финансирования, тыс. руб. / Внебюджетные источники",
                                                 "Статус"]
    (row,) = table.rows
    assert row.values["total_cost_mln"] == 2.5 and row.values["extra_budgetary_mln"] == 1.5


def test_a_data_row_under_the_header_is_not_taken_for_sub_headers() -> None:
    table = _read([["Код", "Наименование проекта", "Направление"], ["INO-1", "Проект", "Наука и образование"]])
    assert table.header_rows == [1] and [r.values["code"] for r in table.rows] == ["INO-1"]


def test_numbering_rows() -> None:
    assert is_numbering_row([1.0, 2.0, 3.0, "", 4.0])
    assert is_numbering_row(["1", "2", "3"])
    assert not is_numbering_row([1.0, 2.0])
    assert not is_numbering_row([1.0, 3.0, 4.0])
    assert not is_numbering_row(["INO-1", 2.0, 3.0])


def test_totals_footnotes_sections_and_blank_rows_are_not_projects() -> None:
    rows = [
        HEADER,
        ["", "Фармацевтический кластер"],
        project("INO-1"),
        ["", "   ", None, "—"],
        project("INO-2"),
        ["Итого", "", "", "", "", "", 200.0, 80.0, 240.0],
        ["ВСЕГО по программе:", "", "", "", "", "", 200.0],
        ["* по данным инициаторов"],
        ["Примечание: суммы указаны с НДС"],
    ]
    table = _read(rows)
    assert [r.row for r in table.rows] == [3, 5]
    assert not any(r.rejected for r in table.rows)


def test_a_header_repeated_after_a_page_break_is_skipped() -> None:
    numbering = [float(i) for i in range(1, len(HEADER) + 1)]
    table = _read([HEADER, numbering, project("INO-1"), HEADER, numbering, project("INO-2")])
    assert [r.row for r in table.rows] == [3, 6] and not any(r.rejected for r in table.rows)


def test_a_row_with_only_a_name_is_still_a_project() -> None:
    table = _read([HEADER, ["", "Новый проект без кода"]])
    (row,) = table.rows
    assert row.values["name"] == "Новый проект без кода" and row.values["code"] is None


def test_cluster_from_the_title_when_the_sheet_name_says_nothing() -> None:
    header = [h for h in HEADER if h != "Кластер"]
    row = [v for h, v in zip(HEADER, project(), strict=True) if h != "Кластер"]
    table = _read([["Кластер дикоросов: перечень проектов"], header, row], name="Лист3")
    assert table.constant_values == {"cluster": "wildlife"}
    assert table.rows[0].values["cluster"] == "wildlife"  # type: ignore[index]


def test_a_cluster_column_wins_over_the_sheet_name() -> None:
    table = _read([HEADER, project()], name="Кластер ТрИЗ")
    assert table.constant_values == {}
    assert table.rows[0].values["cluster"] == "pharma"  # type: ignore[index]


def test_profile_columns_and_values_override_the_synonyms(write: Write) -> None:
    header = ["Шифр мероприятия", "Наименование", "Кластер", "Примечание"]
    body = rows_xml([header, ["M-1", "Проект", "ИТ-кластер", "x"]])
    path = write("p.xlsx", xlsx_bytes({"Данные": sheet_xml(body)}))
    profile = Profile("Минэк", columns={"Шифр мероприятия": "code", "Наименование": None},
                      values={"cluster": {"ИТ-кластер": "medtech_it"}}, sheet="Данные")
    result = read_workbook(path, profile=profile)
    columns = result.tables[0].columns
    assert [(c.field, c.how) for c in columns[:2]] == [("code", "profile"), (None, "profile")]
    (row,) = result.tables[0].rows
    assert row.values == {"code": "M-1", "cluster": "medtech_it"}


def test_misspelled_headers_match_with_less_confidence() -> None:
    field, confidence, how = match_header("Наименоване проэкта")
    assert (field, how) == ("name", "header") and 0.6 <= confidence < 1
    assert match_header("Совершенно другое") == (None, 0.0, "unmapped")
    assert match_header("Объем финансирования, млн руб. / Федеральный бюджет")[0] == "federal_budget_mln"


def test_units_come_from_the_header_then_the_title() -> None:
    columns, _ = map_columns(["Стоимость, млрд руб.", "Федеральный бюджет", "Рабочие места"], None, 0.001)
    assert [c.unit_factor for c in columns] == [1000.0, 0.001, 1.0]


def test_hidden_rows_and_columns_are_read_like_visible_ones(write: Write) -> None:
    body = rows_xml([HEADER, project("INO-1"), project("INO-2")])
    extra = '<cols><col min="7" max="7" hidden="1"/></cols>'
    xml = sheet_xml(body).replace("<sheetData>", f"{extra}<sheetData>").replace(
        '<row r="3">', '<row r="3" hidden="1">')
    result = read_workbook(write("hidden.xlsx", xlsx_bytes({"S": xml})))
    rows = result.tables[0].rows
    assert [r.values["code"] for r in rows] == ["INO-1", "INO-2"]  # type: ignore[union-attr]
    assert all(r.values["total_cost_mln"] == 100.5 for r in rows)  # type: ignore[union-attr]


def test_a_title_in_another_currency_keeps_its_unitless_money_columns_out() -> None:
    table = _read([["Перечень проектов кластера (млн долларов США)"],
                   ["Код", "Наименование", "Стоимость", "Федеральный бюджет, млн руб."],
                   ["INO-1", "Проект один", 12.5, 3.0]])
    by_header = {c.header: c for c in table.columns}
    assert by_header["Стоимость"].field is None
    assert by_header["Стоимость"].reason is not None and by_header["Стоимость"].reason.code == "why.currency"
    assert by_header["Федеральный бюджет, млн руб."].field == "federal_budget_mln"  # its own unit says roubles
    assert "total_cost_mln" not in table.rows[0].values  # type: ignore[union-attr]
    assert table.rows[0].values["federal_budget_mln"] == 3.0  # type: ignore[union-attr]


def test_a_units_row_under_the_header_gives_each_column_its_unit() -> None:
    top = ["Шифр", "Наименование проекта", "Дата ввода", "Стоимость", "Частные инвестиции", "Рабочие места"]
    units = ["", "", "дд.мм.гггг", "млрд руб.", "тыс. руб.", "чел."]
    table = _read([["Реестр"], top, units, ["ПР-7", "Завод", "31.12.2027", "1,5", "2 500", "40"]])
    assert table.header_rows == [2, 3]
    assert [c.field for c in table.columns] == ["code", "name", "end_date", "total_cost_mln",
                                                "extra_budgetary_mln", "jobs_planned"]
    (row,) = table.rows
    assert row.values["total_cost_mln"] == 1500.0 and row.values["extra_budgetary_mln"] == 2.5
    assert row.values["jobs_planned"] == 40


def test_a_units_row_with_a_year_word_is_still_a_units_row() -> None:
    top = ["Код", "Наименование проекта", "Год начала", "Стоимость проекта", "Рабочие места"]
    units = ["", "", "год", "тыс. руб.", "ед."]
    table = _read([top, units, ["К-1", "Проект", 2021, 12500, 8]])
    assert table.header_rows == [1, 2]
    (row,) = table.rows
    assert row.values["total_cost_mln"] == 12.5  # thousands, as the units row says; never taken as millions


def test_amounts_with_no_unit_too_large_for_millions_are_left_out_with_a_note() -> None:
    top = ["Код", "Наименование проекта", "Стоимость проекта", "Федеральный бюджет, млн руб."]
    rows = [top] + [[f"К-{i}", f"Проект {i}", 2_450_000 + i, 12.5] for i in range(4)]
    outcome = read_sheet(_sheet(rows), profile=None, limits=Limits(), date1904=False)  # type: ignore[arg-type]
    table = outcome.table
    assert table is not None
    cost = table.columns[2]
    assert cost.field is None and cost.how == "excluded"
    assert cost.reason is not None and cost.reason.code == "why.scale"
    assert table.columns[3].field == "federal_budget_mln"  # its unit is stated: taken as written
    assert any(n.code == "note.column_scale" for n in outcome.notes)


def test_a_column_in_another_currency_is_excluded_not_unrecognised() -> None:
    (column,), _notes = map_columns(["Стоимость проекта, USD"])
    assert column.field is None and column.how == "excluded"


def test_a_three_level_header_reads_its_parents() -> None:
    top = ["Код", "Наименование проекта", "Финансирование, млрд руб.", None, None, "Занятость", None]
    mid = [None, None, "Всего за период", None, None, "Рабочие места", None]
    sub = [None, None, "всего", "ФБ", "ВБИ", "план", "факт"]
    merged = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, 4), (1, 2, 1, 4), (0, 5, 0, 6), (1, 5, 1, 6)]
    table = _read([top, mid, sub, ["К-1", "Завод", 1.5, 0.5, 1.0, 40, 12]], merged=merged)
    assert table.header_rows == [1, 2, 3]
    assert [c.field for c in table.columns] == ["code", "name", "total_cost_mln", "federal_budget_mln",
                                                "extra_budgetary_mln", "jobs_planned", "jobs_created"]
    (row,) = table.rows
    assert row.values["total_cost_mln"] == 1500.0  # the top level's unit


def test_pivot_row_groups_carry_their_label_down_to_their_subtotal() -> None:
    header = ["Кластер", "Код", "Наименование проекта", "Сумма по полю Стоимость"]
    table = _read([
        header,
        ["Фармацевтический кластер", "P-1", "Цех таблетирования", 10.0],
        ["", "P-2", "Склад субстанций", 5.0],
        ["Фармацевтический кластер Итог", "", "", 15.0],
        ["(пусто)", "P-3", "Гостиница", 7.0],
        ["", "P-4", "Парковка", 1.0],
        ["(пусто) Итог", "", "", 8.0],
        ["Общий итог", "", "", 23.0],
    ])
    assert table.columns[0].field == "cluster"
    assert [(r.values["code"], r.values.get("cluster")) for r in table.rows] == [
        ("P-1", "pharma"), ("P-2", "pharma"), ("P-3", None), ("P-4", None)]


def test_blank_label_cells_without_a_subtotal_stay_blank() -> None:
    header = ["Кластер", "Код", "Наименование проекта"]
    table = _read([header, ["Фармацевтический кластер", "P-1", "Цех"], ["", "P-2", "Склад"]])
    assert [r.values.get("cluster") for r in table.rows] == ["pharma", None]


def test_a_lone_dash_in_a_text_column_is_nothing() -> None:
    table = _read([["Код", "Наименование проекта", "Проблемные вопросы"], ["P-1", "Цех", "–"], ["P-2", "Склад", "-"]])
    assert [r.values.get("problems") for r in table.rows] == [None, None]


def test_a_sheet_named_after_a_place_gives_its_rows_that_place() -> None:
    table = _read([["Код", "Наименование проекта"], ["P-1", "Цех"]], name="Томский р-н")
    assert table.constant_values == {"location": "Томский район"}
    table = _read([["Код", "Наименование проекта", "Место реализации"], ["P-1", "Цех", "г. Асино"]],
                  name="г. Томск")
    assert "location" not in table.constant_values  # a column says it


def test_heading_rows_between_groups_give_their_cluster_to_the_rows_under_them() -> None:
    table = _read([
        ["№", "Код", "Наименование проекта"],
        ["Раздел 1. Фармацевтический кластер", "", ""],
        [1, "P-1", "Цех"],
        [2, "P-2", "Склад"],
        ["", "", "Итого по разделу"],
        ["2. Проекты вне кластеров", "", ""],
        [3, "P-3", "Гостиница"],
    ])
    assert [(r.values["code"], r.values.get("cluster")) for r in table.rows] == [
        ("P-1", "pharma"), ("P-2", "pharma"), ("P-3", None)]
    assert "cluster" in table.fields
