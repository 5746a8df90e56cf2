"""The database's and the whole import's refusals read in Russian through the real catalogue (what
`--lang ru` prints); that each carries a code is tests/test_coded_messages.py's."""

from __future__ import annotations

import contextlib
import inspect
import io
import sqlite3

import pytest

from ino_desktop.db import engine, failures, opening
from ino_desktop.db.engine import NETWORK_NOTE, READ_ONLY_REASON
from ino_desktop.errors import DatabaseError, ImportRefused, InoError
from ino_desktop.importer import undo
from ino_desktop.importer.limits import Limits, scan_sheet_xml
from ino_desktop.messages import FieldName, Message, message


def _refusal(fn, *args, **kwargs) -> InoError:  # type: ignore[no-untyped-def]
    with pytest.raises(InoError) as caught:
        fn(*args, **kwargs)
    return caught.value


def test_a_file_that_is_not_sqlite_is_refused_in_russian_with_the_advice_to_restore(tmp_path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"just some text" * 20)
    exc = _refusal(opening.open_database, str(path))
    assert exc.kind == "damaged"
    assert exc.message.startswith(f"{path}: not a SQLite database")  # the English stays as it was
    assert exc.text("ru") == (f"{path}: это не база данных SQLite (файл другого типа или повреждён так, что не "
                              "читается); если это был ваш портфель, восстановите резервную копию командой "
                              "«ino-desktop restore ФАЙЛ» (список копий — «ino-desktop backups»)")


def test_a_newer_or_empty_file_is_refused_in_russian_without_advising_a_restore(tmp_path, db_path) -> None:
    with contextlib.closing(sqlite3.connect(db_path)) as raw:
        raw.execute("PRAGMA user_version=99")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # into the header, where a newer program would write it
    newer = _refusal(opening.open_database, str(db_path))
    assert newer.text("ru") == (f"{db_path}: база создана более новой версией INO Desktop (схема 99, эта программа "
                                f"знает схему {engine.SCHEMA_VERSION}); чтобы не повредить её, она не открыта — "
                                "обновите INO Desktop")
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    text = _refusal(opening.open_database, str(empty)).text("ru")
    assert text == f"{empty}: файл пуст, это не база данных INO Desktop; выберите другой файл или создайте новый"
    for refusal in (newer.text("ru"), text):
        assert "восстановите" not in refusal


def test_the_machine_failures_read_in_russian_and_only_damage_advises_a_restore(tmp_path) -> None:
    where = tmp_path / "p.sqlite"
    assert failures.in_use(where).text("ru").startswith(f"{where}: база данных занята другой программой")
    assert failures.disk_full(where).text("ru") == (f"{where}: диск заполнен; освободите на нём место и повторите "
                                                     "попытку; ничего не изменено")
    assert "только для чтения" in failures.read_only(where).text("ru")
    damaged = failures.damaged(where, "*** in database main ***\nPage 3: btreeInitPage() returns error code 11")
    assert damaged.text("ru") == (f"{where}: база данных повреждена (Page 3: btreeInitPage() returns error code "
                                  "11); восстановите резервную копию командой «ino-desktop restore ФАЙЛ» (список "
                                  "копий — «ino-desktop backups»)")
    unforeseen = failures.explain(sqlite3.OperationalError("something odd"), where, doing="write")
    assert unforeseen.text("ru") == f"{where}: не удаётся записать в базу данных (something odd); ничего не изменено"
    for exc in (failures.in_use(where), failures.disk_full(where), failures.read_only(where), unforeseen):
        assert "restore" not in exc.text("ru") and "restore" not in exc.message


def test_the_database_notes_read_in_russian() -> None:
    assert NETWORK_NOTE.render("ru").startswith("база данных находится в сетевой папке: журнал упреждающей записи")
    assert READ_ONLY_REASON.render("ru") == ("ваша роль на сервере позволяет только читать этот портфель (права на "
                                             "изменение у неё нет); попросите администратора отдела о роли "
                                             "редактора")
    db = engine.Database(engine.make_engine("sqlite://"), "postgresql://u@server/ino", read_only=True)
    exc = _refusal(db.require_writable)
    assert isinstance(exc, DatabaseError) and exc.text("ru").startswith("postgresql://u@server/ino: ваша роль")


def test_an_undo_refusal_names_fields_by_their_labels_and_links_by_their_names() -> None:
    refused = message("undo.later_changes", batch=4, what=undo._describe(
        {"INO-0002": ["status", undo.CREATED], "INO-0001": ["jobs_planned"]}))
    assert refused.english() == ("import batch 4 cannot be undone: later changes touched INO-0001 (Jobs planned); "
                                 "INO-0002 (Status, the project); nothing changed")
    assert refused.render("ru") == ("импорт № 4 нельзя отменить: более поздние изменения затронули INO-0001 "
                                    f"({FieldName('jobs_planned').render('ru')}); INO-0002 "
                                    f"({FieldName('status').render('ru')}, сам проект); ничего не изменено")
    many = {f"INO-{i:04d}": [message("undo.link.milestones")] for i in range(8)}
    linked = message("undo.linked", batch=5, what=undo._describe(many)).render("ru")
    assert linked.endswith("INO-0005 (контрольные точки) и ещё 2; ничего не изменено") and "INO-0006" not in linked


@pytest.mark.parametrize(("limits", "body", "russian"), [
    (Limits(max_row_gap=10), '<row r="1"><c r="A1"/></row><row r="50"><c r="A50"/></row>',
     "book.xlsx: лист «Проекты»: слишком много строк или слишком большой пропуск (строка 50 идёт после строки 1)"),
    (Limits(), '<row r="5"><c r="A5"/></row><row r="3"><c r="A3"/></row>',
     "book.xlsx: лист «Проекты»: структура файла нарушена (строка 3 идёт после строки 5)"),
])
def test_a_sheet_refused_by_its_limits_is_named_with_its_file_and_sheet(limits, body, russian) -> None:
    xml = f'<worksheet xmlns="x"><sheetData>{body}</sheetData></worksheet>'.encode()
    exc = _refusal(scan_sheet_xml, io.BytesIO(xml), limits, "book.xlsx", "Проекты")
    assert isinstance(exc, ImportRefused) and exc.text("ru") == russian
    assert exc.message.startswith("book.xlsx: sheet 'Проекты': ")


def test_every_code_of_these_modules_renders_in_russian_without_english_left() -> None:
    """A nested message (the advice, a reason, the list of fields) is rendered in Russian as well."""
    sample = Message("import.backup_failed", {"file": "a.xlsx", "reason": failures.disk_full("/x").coded})
    assert sample.render("ru") == ("a.xlsx: не удалось сделать страховочную резервную копию, ничего не "
                                   "импортировано (/x: диск заполнен; освободите на нём место и повторите попытку; "
                                   "ничего не изменено)")
    assert inspect.signature(failures.explain).parameters["doing"].default in failures.DOING
