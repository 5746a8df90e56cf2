"""The importer's notes, sheet reasons, row problems and refusals render in Russian through the real
catalogue (that each carries a code is tests/test_coded_messages.py's)."""

from __future__ import annotations

from ino_desktop import errors
from ino_desktop.importer.mapping import map_columns
from ino_desktop.importer.rows import RowIssue
from ino_desktop.importer.workbook import read_workbook
from ino_desktop.messages import FieldName, FieldNames, Joined, message


def test_a_hidden_sheet_and_a_csv_in_russian(tmp_path) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes("Код;Наименование проекта\r\nINO-5;Склад\r\n".encode("cp1251"))
    result = read_workbook(path)
    assert [n.render("ru") for n in result.notes] == ["текст CSV прочитан в кодировке cp1251, разделитель «;»"]
    assert [n.render("en") for n in result.notes] == ["CSV text read as cp1251, separated by ';'"]
    hidden = message("note.hidden_not_read", sheet="Справка", reason=message("sheet.chart"))
    assert hidden.render("ru") == "скрытый лист «Справка» не прочитан (лист диаграммы или макросов, а не лист данных)"


def test_a_columns_notes_name_fields_by_their_labels_in_russian() -> None:
    (_state,), notes = map_columns(["State"])
    assert [n.code for n in notes] == ["note.column_tie"]  # one note for one column
    assert notes[0].render("ru") == ("столбец A «State» одинаково похож на «Место реализации» и на «Статус»; он не "
                                     "импортирован (выберите его поле)")
    decide = message("note.column_decide", column="D", header="Сумма", field=FieldName("total_cost_mln"), score=45,
                     why="values: numbers")
    assert "(45 %: values: numbers)" in decide.render("ru") and "(45%: " in decide.render("en")
    total = message("note.column_total", column="F", header="Всего", field=FieldName("total_cost_mln"),
                    parts="C,D,E")
    assert "status" not in total.render("ru") and "total_cost_mln" not in total.render("ru")


def test_the_no_table_refusal_lists_the_sheets_reasons_in_russian() -> None:
    reasons = Joined((message("sheet.skipped", sheet="А", reason=message("sheet.empty")),
                      message("sheet.skipped", sheet="Б", reason=message("sheet.too_few_fields",
                                                                          found=message("sheet.found_none")))), "; ")
    refused = errors.ImportRefused(message("file.no_table", file="x.xlsx", detail=message(
        "sheet.and_more", sheets=reasons, count=2)), kind="no_data")
    assert refused.text("ru").startswith("x.xlsx: таблица проектов не найдена («А»: лист пуст; «Б»: нет таблицы")
    assert refused.text("ru").endswith("(и ещё листов: 2))")
    assert str(refused).startswith("x.xlsx: no project table found ('А': the sheet is empty; 'Б': no project table")


def test_row_problems_and_warnings_render_in_russian() -> None:
    padded = RowIssue("Проекты", 2, "A", "code", message("row.code_padded", code="00123", plain="123",
                                                          shown="00123"), "00123", "numeric_code", "warning")
    assert padded.text("ru").startswith("код 00123 — число с форматом ведущих нулей")
    assert padded.reason.startswith("code 00123 is a number formatted with leading zeros")
    stored = message("row.with_stored", reason=message("row.end_before_start", end="2020-01-01", start="2021-01-01"),
                     fields=FieldNames(("start_date",)))
    assert "start_date" not in stored.render("ru") and "(с учётом сохранённых значений: " in stored.render("ru")
    assert message("row.formula_no_cache").render("ru").startswith("формула без сохранённого результата")


def test_why_a_column_reads_as_a_field_is_coded_and_russian() -> None:
    (code, share, total), _notes = map_columns(["Код", "Доля, %", "Всего"], samples=[["INO-1", "INO-2", "INO-3"],
                                                                                      [1, 2, 3], [5, 6, 7]])
    assert code.reason is not None and code.reason.code == "why.header_values"
    assert code.reason.render("ru") == "слова заголовка код ~ «код»; значения: 100 % значений похожи на коды"
    assert code.reason.english() == "header words код ~ 'код'; values: 100% of values look like codes"
    assert share.reason is not None and share.reason.render("ru") == "заголовок называет процент"
    assert total.reason is not None and total.reason.code in ("why.no_match", "why.header", "why.values")
