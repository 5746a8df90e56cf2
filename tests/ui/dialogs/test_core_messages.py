"""The core's refusals, row reasons, warnings and file notes in Russian, keeping where and which value.

Every refusal, rejected-row reason, warning and note the importer gives on the shared samples and peer
workbooks, and on workbooks made here to draw out each warning and note, must have a full Russian
translation: refusals, row reasons, warnings and notes are coded messages with a Russian catalogue entry.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ino_desktop.errors import EditConflict, ImportRefused, InoError
from ino_desktop.importer import service
from ino_desktop.importer.mapping import map_columns
from ino_desktop.importer.rows import RowIssue
from ino_desktop.messages import FieldName, FieldNames, Message, catalogue, message
from ui.core_messages import error_text, issue_reason, issue_text, render
from ui.dialogs.import_pages import _sentence


def _outcomes(db, folder: Path) -> tuple[list[InoError], list[RowIssue], list[Message]]:  # type: ignore[no-untyped-def]
    refusals: list[InoError] = []
    issues: list[RowIssue] = []
    notes: list[Message] = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".csv"):
            continue
        with db.session() as session:
            try:
                plan = service.plan(path, session)
            except InoError as exc:
                refusals.append(exc)
                continue
        issues += [*plan.issues(), *plan.warnings()]
        notes += [*plan.notes, *plan.skipped_sheets.values()]
    return refusals, issues, notes


def _sheet(wb: Workbook, title: str, *rows: list[object]) -> Worksheet:
    ws = wb.create_sheet(title)
    for row in rows:
        ws.append(row)
    return ws


def _warning_and_note_books(folder: Path) -> Path:
    """Workbooks that draw out each warning and note the importer has (the shared files show few)."""
    folder.mkdir()
    wb = Workbook()
    wb.remove(wb.active)
    ws = _sheet(wb, "Проекты", ["Код", "Наименование проекта", "Название проекта"], [123, "Проект\u200b А", "x"],
                ["INO-2", "Проект Б", "y"], [45, "Проект В", "z"])
    ws.cell(row=2, column=1).number_format = "00000"  # 123 shown as 00123: a zero-padded code
    _sheet(wb, "Скрытый", ["Код", "Наименование проекта"], ["INO-9", "Проект Г"]).sheet_state = "hidden"
    _sheet(wb, "Справка", ["просто текст"]).sheet_state = "hidden"
    wb.save(folder / "warned.xlsx")
    (folder / "text.xlsx").write_bytes("Код;Наименование проекта\r\nINO-5;Склад\r\n".encode("cp1251"))
    with zipfile.ZipFile(folder / "warned.xlsx") as src, zipfile.ZipFile(folder / "macros.xlsm", "w") as out:
        for item in src.infolist():
            out.writestr(item, src.read(item.filename))
        out.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 not run")
    return folder


def test_every_refusal_reason_warning_and_note_has_a_translation(db, samples, peer_workbooks, tmp_path) -> None:
    refusals, issues, notes = _outcomes(db, samples)
    for folder in (peer_workbooks, _warning_and_note_books(tmp_path / "made")):
        more_refusals, more_issues, more_notes = _outcomes(db, folder)
        refusals, issues, notes = refusals + more_refusals, issues + more_issues, notes + more_notes
    with db.transaction() as session:  # and the note of a file imported before
        service.apply(service.plan(tmp_path / "made" / "text.xlsx", session), session, backup=False)
    with db.session() as session:
        notes += service.plan(tmp_path / "made" / "text.xlsx", session).notes
    assert len(refusals) >= 8 and len(issues) >= 5  # the files do exercise both
    assert {i.message.code for i in issues if i.kind == "numeric_code"} == {"row.code_padded", "row.code_numeric"}
    codes = {"note.csv_read", "note.macros_ignored", "note.hidden_read", "note.hidden_not_read",
             "note.csv_despite_name", "note.control_characters", "note.column_also", "note.imported_before"}
    assert codes - {n.code for n in notes} == set()
    russian = catalogue("ru")
    coded = [*notes, *(i.message for i in issues), *(e.coded for e in refusals)]
    assert sorted({m.code for m in coded if m.code not in russian}) == []


def test_warnings_and_notes_in_russian_keep_codes_sheets_and_numbers(russian) -> None:
    zeros = RowIssue("Проекты", 2, "A", "code", message("row.code_padded", code="00123", plain="123", shown="00123"),
                     "00123", "numeric_code", "warning")
    assert issue_reason(zeros) == ("код 00123 — число с форматом ведущих нулей (в ячейке 123); импортирован как "
                                   "«00123», как он виден в файле")
    assert render(message("note.csv_read_tab", encoding="cp1251")) == \
        "текст CSV прочитан в кодировке cp1251, разделитель — табуляция"
    assert render(message("note.csv_read", encoding="utf-8", separator=";")) == \
        "текст CSV прочитан в кодировке utf-8, разделитель «;»"
    hidden = message("note.hidden_not_read", sheet="Справка", reason=message("sheet.no_header", rows=30))
    assert render(hidden) == ("скрытый лист «Справка» не прочитан (нет таблицы проектов: в первых 30 строках нет "
                              "строки заголовка с кодом или наименованием проекта)")
    also = message("note.column_also", column="C", header="Название проекта", field=FieldName("name"), other="B",
                   other_header="Наименование проекта")
    assert _sentence(also) == ("Столбец C «Название проекта» тоже похож на «Наименование проекта» (как столбец B "
                               "«Наименование проекта»); он не импортирован (выберите его поле, если это он)")
    (_state,), notes = map_columns(["State"])  # the importer's own note, not a copy of its wording
    assert [_sentence(n) for n in notes] == ["Столбец A «State» одинаково похож на «Место реализации» и на "
                                             "«Статус»; он не импортирован (выберите его поле)"]
    # a note that starts with the file's name keeps it as written
    assert _sentence(message("note.csv_despite_name", file="data.xlsx", suffix=".xlsx")).startswith("data.xlsx — ")
    assert render(message("note.imported_before", batches=3)).startswith("этот файл уже импортировался (импорт 3)")


def test_refusals_keep_the_file_and_the_numbers(russian) -> None:
    assert error_text(ImportRefused(message("file.too_large", file="big.xlsx", size=120, limit=50))) == \
        "big.xlsx: файл слишком велик (120 МБ, предел 50 МБ)"
    assert error_text(ImportRefused(message("file.encrypted_zip", file="a.xlsx"), kind="encrypted")).startswith(
        "a.xlsx: книга защищена паролем")
    conflict = EditConflict(message("edit.conflict_someone", code="INO-0004",
                                    fields=FieldNames(("status", "jobs_created"))))
    assert error_text(conflict).startswith("INO-0004 изменил кто-то другой, пока вы его правили (Статус, ")
    assert error_text(ValueError("bad\nsecond line")) == "ValueError: bad"


def test_an_error_is_built_only_from_a_coded_message() -> None:
    """A sentence with no code could not be translated: the core refuses to raise one."""
    with pytest.raises(TypeError):
        InoError("an English sentence")  # type: ignore[arg-type]


def test_a_rejected_rows_coded_reason_is_russian_with_the_fields_label(db, russian, samples) -> None:
    with db.session() as session:
        plan = service.plan(samples / "bad_rows.xlsx", session)
    too_long = next(i for i in plan.issues() if i.kind == "too_long")
    assert too_long.message is not None
    assert issue_text(too_long, plan.file_name) == ("bad_rows.xlsx: лист «Проекты», строка 15, столбец B: "
                                                    "«Наименование проекта»: текст слишком длинный (символов: "
                                                    "4999, допустимо не более 500)")
    with db.session() as session:
        try:
            service.plan(samples / "empty.xlsx", session)
        except ImportRefused as refused:
            assert error_text(refused) == "empty.xlsx: файл пуст (0 байт), это не книга Excel"
        else:
            raise AssertionError("the empty file was not refused")


def test_row_reasons_keep_sheet_row_column_and_value(russian) -> None:
    issue = RowIssue("Проекты", 12, "F", "cluster", message("row.unknown_value", field=FieldName("cluster"),
                                                            value="Нефтехим"), "INO-0007", "unknown_cluster")
    assert issue_text(issue, "minprom.xlsx") == \
        "minprom.xlsx: лист «Проекты», строка 12, столбец F: «Кластер»: неизвестное значение «Нефтехим»"
    date = RowIssue("Лист1", 3, "K", "end_date", message("cell.ambiguous_day_month", value="03/04/05"), None,
                    "bad_date")
    assert issue_reason(date) == "неоднозначная дата (день или месяц первым?): «03/04/05»"
    merged = RowIssue("Лист1", 4, "H", "extra_budgetary_confirmed_mln", message(
        "row.with_stored", reason=message("row.confirmed_exceeds_extra", confirmed=7, extra=5),
        fields=FieldNames(("extra_budgetary_mln",))), None, "confirmed_exceeds_extra")
    assert issue_reason(merged) == ("подтверждённые внебюджетные средства (7) больше всех внебюджетных средств (5) "
                                    "(с учётом сохранённых значений: Внебюджетные источники)")
    formula = RowIssue("Лист1", 5, "D", "total_cost_mln", message("row.formula_no_cache"), None, "formula_no_cache")
    assert issue_text(formula, "a.xlsx") == ("a.xlsx: лист «Лист1», строка 5, столбец D: формула без сохранённого "
                                             "результата (пересчитайте книгу в Excel и сохраните заново)")
