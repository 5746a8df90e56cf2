"""The core's refusals, row reasons, warnings and file notes in Russian, keeping where and which value.

Every refusal, rejected-row reason, warning and note the importer gives on the shared samples and peer
workbooks, and on workbooks made here to draw out each warning and note, must have a full Russian
translation (not the headline-plus-English fallback).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ino_desktop.errors import EditConflict, ImportRefused, InoError
from ino_desktop.importer import service
from ino_desktop.importer.mapping import map_columns
from ino_desktop.importer.rows import RowIssue
from ui.core_messages import error_text, is_known, issue_reason, issue_text, refusal_text
from ui.import_notes import is_known_note, note_text


def _outcomes(db, folder: Path) -> tuple[list[InoError], list[RowIssue], list[str]]:  # type: ignore[no-untyped-def]
    refusals: list[InoError] = []
    issues: list[RowIssue] = []
    notes: list[str] = []
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
        notes += plan.notes
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
    assert {i.kind for i in issues if not i.is_error} >= {"numeric_code"}
    assert len({i.reason.split(" is a number")[1][:12] for i in issues if i.kind == "numeric_code"}) == 2
    shapes = ("CSV text", "macros", "hidden sheet 'Скрытый' read", "hidden sheet 'Справка' not read", "despite",
              "control or invisible", "also looks like", "imported before")
    assert [s for s in shapes if not any(s in n for n in notes)] == []
    # A coded message is translated by its code (tests/ui/test_message_catalogue.py); the rest by shape.
    assert [f"{e.kind}: {e.message}" for e in refusals if e.coded is None and not is_known(e.kind, e.message)] == []
    assert [f"{i.kind}: {i.reason}" for i in issues
            if i.message is None and not is_known(i.kind, i.reason, row=True)] == []
    assert [n for n in notes if not is_known_note(n)] == []


def test_warnings_and_notes_in_russian_keep_codes_sheets_and_numbers(russian) -> None:
    zeros = RowIssue("Проекты", 2, "A", "code", "code 00123 is a number formatted with leading zeros (the cell "
                     "holds 123); imported as '00123', as the file shows it", "00123", "numeric_code", "warning")
    assert issue_reason(zeros) == ("код 00123 — число с форматом ведущих нулей (в ячейке 123); импортирован как "
                                   "«00123», как он виден в файле")
    assert note_text("CSV text read as cp1251, separated by tab") == \
        "Текст CSV прочитан в кодировке cp1251, разделитель «табуляция»"
    assert note_text("hidden sheet 'Архив' read") == "Скрытый лист «Архив» прочитан"
    assert note_text("column C 'Название проекта' also looks like name (as column B 'Наименование проекта'); "
                     "it was not imported (choose its field if it is the one)") == (
        "Столбец C «Название проекта» тоже похож на «Наименование проекта» (как столбец B «Наименование проекта»); "
        "он не импортирован (выберите его поле, если это он)")
    (_state,), notes = map_columns(["State"])  # the importer's own note, not a copy of its wording
    assert note_text(notes[0]) == ("Столбец A «State» одинаково похож на «Место реализации» и на «Статус»; он не "
                                   "импортирован (выберите его поле)")
    assert note_text("a note nobody foresaw") == "a note nobody foresaw"


def test_refusals_keep_the_file_and_the_numbers(russian) -> None:
    assert refusal_text("too_large", "big.xlsx: the file is too large (120 MB, limit 50 MB)") == \
        "big.xlsx: файл слишком велик (120 МБ, предел 50 МБ)"
    assert error_text(ImportRefused("a.xlsx: the workbook is password-protected (encrypted zip)",
                                    kind="encrypted")) == \
        "a.xlsx: книга защищена паролем; снимите пароль в Excel и сохраните её заново"
    conflict = EditConflict("INO-0004 was changed by someone else while you edited it (status, jobs_created); "
                            "your edits are kept in the form — reload the project and apply them again")
    assert error_text(conflict).startswith("INO-0004 изменил кто-то другой, пока вы его правили (Статус, ")
    # A known kind in a shape nobody foresaw: the Russian headline, then the English details.
    assert refusal_text("damaged", "x.xlsx: something new broke") == "x.xlsx: файл повреждён или неполон " \
        "(something new broke)"
    # An unknown kind: the English line as it is.
    assert refusal_text("martian", "x.xlsx: a martian file") == "x.xlsx: a martian file"
    assert error_text(ValueError("bad\nsecond line")) == "ValueError: bad"


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
    issue = RowIssue("Проекты", 12, "F", "cluster", "unknown cluster 'Нефтехим'", "INO-0007", "unknown_cluster")
    assert issue_text(issue, "minprom.xlsx") == \
        "minprom.xlsx: лист «Проекты», строка 12, столбец F: Кластер: неизвестное значение «Нефтехим»"
    date = RowIssue("Лист1", 3, "K", "end_date", "ambiguous date (day or month first?): '03/04/05'", None, "bad_date")
    assert issue_reason(date) == "неоднозначная дата (день или месяц первым?): «03/04/05»"
    merged = RowIssue("Лист1", 4, "H", "extra_budgetary_confirmed_mln",
                      "confirmed 7 exceeds extra-budgetary 5 (with the stored extra budgetary mln)", None,
                      "confirmed_over_extra")
    assert issue_reason(merged) == ("подтверждённая часть 7 больше внебюджетных средств 5 "
                                    "(с учётом сохранённых: Внебюджетные источники, млн руб.)")
    odd = RowIssue("Лист1", 5, None, None, "something new", None, "bad_date")
    assert issue_reason(odd) == "строку нельзя импортировать (something new)"
    unknown = RowIssue("Лист1", 6, None, None, "a martian reason", None, "martian")
    assert issue_text(unknown, "a.xlsx") == "a.xlsx: лист «Лист1», строка 6: a martian reason"
