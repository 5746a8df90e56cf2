"""Rules learned after the independent agency sets agency13 and agency14 were measured once (agency14 read every
field at first sight; agency13 all but one file's money): each on a table written for this test."""

from __future__ import annotations

from tests.importer.reading import read_rows


def test_a_units_row_with_its_own_label_and_other_measures_is_part_of_the_header() -> None:
    table = read_rows([["№", "Шифр", "Наименование проекта", "Площадь участка", "Объем инвестиций", "Рабочие места"],
                       ["Единица измерения", "", "", "кв. м", "тыс. рублей", "чел."],
                       [1, "Л-1", "Склад", 1200, 350000, 40],
                       [2, "Л-2", "Цех", 800, "125 400,0", 12]])
    assert table.header_rows == [1, 2]
    rows = {r.values["code"]: r.values for r in table.rows}
    assert rows["Л-1"]["total_cost_mln"] == 350.0 and rows["Л-2"]["total_cost_mln"] == 125.4
    assert [c.field for c in table.columns if c.index == 3] == [None]  # an area is no field


def test_a_column_its_values_deny_says_so() -> None:
    from ino_desktop.importer.mapping import map_columns

    columns, _ = map_columns(["Код", "Наименование", "Индустриальный партнер, млн руб."],
                             samples=[["A-1", "A-2", "A-3"], ["x", "y", "z"], ["ООО «Альфа»", "АО «Бета»", "Гамма"]])
    left = columns[2]
    assert left.field is None and left.reason is not None and left.reason.code == "why.values_deny"
    assert "Внебюджетные" in left.reason.render("ru")  # it names the field the header alone reads as
