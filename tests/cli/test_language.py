"""The command line speaks Russian under a Russian locale and English otherwise; --lang overrides. Field
and value names are shown by their labels, never by internal keys."""

from __future__ import annotations

import json
import shutil

import pytest
from openpyxl import load_workbook

from ino_desktop.importer.report_sheet import summary_title
from ino_desktop.messages import system_language
from tests.paths import SAMPLES


@pytest.mark.parametrize(("environ", "lang"), [
    ({"LANG": "ru_RU.UTF-8"}, "ru"), ({"LANG": "en_GB.UTF-8"}, "en"), ({"LANG": "C.UTF-8"}, "en"), ({}, "en"),
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "ru_RU.UTF-8"}, "ru"),
    ({"LANG": "ru_RU.UTF-8", "LC_ALL": "de_DE.UTF-8"}, "en"),
])
def test_the_language_comes_from_the_locale(environ, lang) -> None:
    assert system_language(environ) == lang


def test_an_empty_file_is_refused_in_russian_under_a_russian_locale(cli, tmp_path, monkeypatch) -> None:
    empty = tmp_path / "пустой.xlsx"
    empty.write_bytes(b"")
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    done = cli("--db", str(tmp_path / "p.sqlite"), "import", str(empty))
    assert done.code == 2
    assert done.error_line == "ino-desktop: пустой.xlsx: файл пуст (0 байт), это не книга Excel"
    english = cli("--lang", "en", "--db", str(tmp_path / "p.sqlite"), "import", str(empty))
    assert english.error_line == "ino-desktop: пустой.xlsx: the file is empty (0 bytes), not an Excel workbook"


def test_rejected_rows_name_the_field_by_its_russian_label(cli, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    done = cli("--db", str(tmp_path / "p.sqlite"), "import", "--dry-run", str(SAMPLES / "bad_rows.xlsx"))
    assert done.code == 1
    assert ("bad_rows.xlsx: лист «Проекты», строка 15, столбец B: «Наименование проекта»: текст слишком длинный "
            "(символов: 4999, допустимо не более 500)") in done.err.splitlines()
    assert "bad_rows.xlsx: лист «Проекты», строка 4, столбец H: отрицательная сумма (−101,6)" in done.err
    assert "bad_rows.xlsx: создать — 7, обновить — 0, без изменений — 0, отклонено — 7 (пробный запуск: ничего " \
           "не записано)" in done.out
    assert "too long" not in done.err and "name" not in done.err.replace("Наименование", "")


def test_the_agency_report_gives_its_reasons_in_the_language_asked(cli, tmp_path) -> None:
    source = tmp_path / "bad_rows.xlsx"
    shutil.copy(SAMPLES / "bad_rows.xlsx", source)
    for lang, reason in (("ru", "отрицательная сумма (−101,6)"), ("en", "negative amount (−101.6)")):
        report = tmp_path / f"report_{lang}.xlsx"
        cli("--lang", lang, "--db", str(tmp_path / "p.sqlite"), "import", "--dry-run", str(source),
            "--report", str(report))
        summary = load_workbook(report)[summary_title(lang)]
        reasons = [row[4] for row in summary.iter_rows(values_only=True)]
        assert reason in reasons
        data_json = tmp_path / f"report_{lang}.json"
        cli("--lang", lang, "--db", str(tmp_path / "p.sqlite"), "import", "--dry-run", str(source),
            "--report", str(data_json))
        rejected = json.loads(data_json.read_text(encoding="utf-8"))["rejected"]
        negative = next(r for r in rejected if r["kind"] == "negative")
        assert negative["reason"] == reason and negative["message"] == "row.negative_amount"


def test_a_column_is_mapped_by_the_field_label_in_either_language(cli, db_path, tmp_path) -> None:
    book = tmp_path / "agency.csv"
    book.write_text("Код;Наименование;Сумма затрат\r\nINO-0001;Завод;10,5\r\n", encoding="cp1251")
    russian = cli("--lang", "ru", "--db", str(db_path), "import", "--dry-run", str(book),
                  "--map", "Сумма затрат=стоимость проекта")
    assert russian.code == 0
    assert "      C  «Сумма затрат» → Стоимость проекта 100\u202f% (выбрано пользователем)" in russian.out.splitlines()
    english = cli("--db", str(db_path), "import", "--dry-run", str(book), "--map", "Сумма затрат=Total cost")
    assert "      C  'Сумма затрат' → Total cost 100% (chosen by the user)" in english.out.splitlines()
    refused = cli("--lang", "ru", "--db", str(db_path), "import", str(book), "--map", "Сумма затрат=стоимость")
    assert refused.code == 2
    assert refused.error_line.startswith("ino-desktop: --map «Сумма затрат=стоимость»: «стоимость» — не поле (поля: "
                                         "Код проекта, Наименование проекта, ")
    assert "total_cost_mln" not in refused.err


def test_a_russian_run_leaves_argparse_as_it_was(cli) -> None:
    import argparse

    before = vars(argparse)["_"]
    assert cli("--lang", "ru", "frob").error_line.startswith("ino-desktop: неизвестная команда «frob»")
    assert vars(argparse)["_"] is before
    assert cli("frob").error_line.startswith("ino-desktop: unknown command 'frob'")


def test_sizes_and_tables_are_written_as_the_language_writes_them() -> None:
    from ino_desktop.cli_text import file_size, table

    assert file_size(622_592, "ru") == "608,0 КБ" and file_size(622_592, "en") == "608.0 KB"
    assert file_size(3 * 1024 ** 3, "ru") == "3,0 ГБ" and file_size(512, "en") == "512 bytes"
    assert table(["№", "создано", "файл"], [["12", "3", "a.xlsx"]], right=(0, 1)) == [
        " №  создано  файл", "12        3  a.xlsx"]


def test_ctrl_c_after_the_commit_is_said_in_russian(cli, db_path, monkeypatch) -> None:
    from ino_desktop.importer import service

    real = service.apply

    def commit_then_interrupt(*args: object, **kwargs: object) -> object:
        real(*args, **kwargs)  # type: ignore[arg-type]
        raise KeyboardInterrupt

    monkeypatch.setattr(service, "apply", commit_then_interrupt)
    done = cli("--lang", "ru", "--db", str(db_path), "import", str(SAMPLES / "csv_cp1251.csv"))
    assert done.code == 130
    assert done.err.strip() == ("ino-desktop: csv_cp1251.csv: прервано после записи импорта: импортировано как пакет "
                                "№ 1 (отменить — «ino-desktop undo-import 1»)")
