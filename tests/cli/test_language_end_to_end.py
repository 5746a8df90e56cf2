"""The real program in a subprocess, as a person runs it: under a Russian locale every line it writes is
Russian (fields and values by their labels, never internal keys), under C.UTF-8 English, and --lang
overrides the locale. Help, usage mistakes, the plan of an import, `batches` and `check` are read."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from ino_desktop import fields, reference
from tests.paths import SAMPLES

ROOT = Path(__file__).resolve().parents[2]
RU, EN = "ru_RU.UTF-8", "C.UTF-8"


@dataclass
class Run:
    code: int
    out: str
    err: str


def ino(locale: str, *args: str | Path, **variables: str) -> Run:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(LANG=locale, **variables)
    done = subprocess.run([sys.executable, "-m", "ino_desktop", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120, check=False)
    assert "Traceback" not in done.stderr, done.stderr
    return Run(done.returncode, done.stdout, done.stderr)


def _internal_names(text: str) -> list[str]:
    """Field keys and vocabulary keys that show through in `text` (those a word of a sentence cannot be)."""
    keys = [f.key for f in fields.CATALOGUE if "_" in f.key]
    keys += [f"'{k}'" for name in reference.VOCABULARIES for k in reference.keys(name)]
    return [k for k in keys if k in text]


@pytest.fixture
def quarter(db_path: Path) -> Path:
    """A portfolio that the ministry's summary was imported into: the quarter's update changes it."""
    assert ino(EN, "--db", db_path, "import", SAMPLES / "ministry_summary.xlsx").code in (0, 1)
    return db_path


def test_the_plan_of_an_import_is_russian_under_a_russian_locale(quarter: Path) -> None:
    done = ino(RU, "--db", quarter, "import", "--dry-run", SAMPLES / "update_q2.xlsx")
    assert done.code == 0, done.err
    lines = done.out.splitlines()
    assert lines[0].startswith("update_q2.xlsx (xlsx, 7\u202f827 байт, sha256 ")
    assert "  лист «II квартал»: заголовок — строка 4, строк данных — 20, столбцов сопоставлено — 12, не " \
           "сопоставлено — 0" in lines
    assert any(line.startswith("      J  «в т.ч. подтвержденные, млн руб.» → Подтверждённые внебюджетные 100\u202f% ")
               for line in lines)
    assert "  II квартал, строка 5: обновить INO-0034" in lines
    assert "      Статус: «Реализуется» → «Завершён»  [E5]" in lines
    assert "      Рабочие места (создано): 197 → 1\u202f025  [L5]" in lines
    assert "      Стоимость проекта: 1\u202f446,4 → 1\u202f407,9  [F9]" in lines
    assert "  II квартал, строка 8: без изменений INO-0075 (найден по наименованию)" in lines
    assert lines[-1] == ("update_q2.xlsx: создать — 3, обновить — 13, без изменений — 4, отклонено — 0 (пробный "
                         "запуск: ничего не записано)")
    assert _internal_names(done.out + done.err) == []


def test_the_same_plan_is_english_under_the_c_locale(quarter: Path) -> None:
    done = ino(EN, "--db", quarter, "import", "--dry-run", SAMPLES / "update_q2.xlsx")
    lines = done.out.splitlines()
    assert "  sheet 'II квартал': header row 4, 20 data row(s), 12 column(s) mapped, 0 not" in lines
    assert any(line.startswith("      J  'в т.ч. подтвержденные, млн руб.' → Confirmed extra-budgetary 100% ")
               for line in lines)
    assert "      Status: 'In progress' → 'Completed'  [E5]" in lines
    assert "      Jobs created: 197 → 1,025  [L5]" in lines
    assert "      Total cost: 1,446.4 → 1,407.9  [F9]" in lines
    assert _internal_names(done.out + done.err) == []


def test_batches_and_check_speak_the_locale_and_lang_overrides_it(quarter: Path) -> None:
    russian = ino(RU, "--db", quarter, "batches").out.splitlines()
    assert russian[0].split() == ["№", "импортирован", "создано", "обновлено", "без", "изменений", "отклонено",
                                  "состояние", "файл", "(ведомство)"]
    assert "применён" in russian[1] and "ministry_summary.xlsx" in russian[1]
    english = ino(EN, "--db", quarter, "batches").out.splitlines()
    assert english[0].split() == ["id", "imported", "created", "updated", "same", "rejected", "state", "file",
                                  "(agency)"]
    assert ino(RU, "--db", quarter, "check").out.strip() == f"{quarter}: в порядке"
    assert ino(RU, "--lang", "en", "--db", quarter, "check").out.strip() == f"{quarter}: ok"
    assert ino(EN, "--db", quarter, "check", LC_MESSAGES=RU).out.strip() == f"{quarter}: в порядке"
    assert ino(RU, "--db", quarter, "check", LC_ALL=EN).out.strip() == f"{quarter}: ok"


def test_help_is_russian_under_a_russian_locale() -> None:
    program = ino(RU, "--help")
    assert program.code == 0
    assert program.out.startswith("использование: ino-desktop ")
    for line in ("параметры:", "команды:", "  -h, --help      показать эту справку и выйти",
                 "  --version       показать версию программы и выйти"):
        assert line in program.out.splitlines()
    assert "импортировать книги ведомств" in program.out and "usage" not in program.out
    command = ino(RU, "import", "--help").out
    assert "аргументы:" in command and "Поля — по названию на любом из языков" in " ".join(command.split())
    assert "Подтверждённые внебюджетные" in " ".join(command.split())
    assert _internal_names(command) == []
    english = ino(EN, "import", "--help").out
    assert english.startswith("usage: ino-desktop import ") and "positional arguments:" in english
    assert ino(EN, "--lang", "ru", "--help").out.startswith("использование: ")


@pytest.mark.parametrize(("args", "russian", "english"), [
    (("frob",), "ino-desktop: неизвестная команда «frob» (команды: demo, import, export, brief, undo-import, "
     "batches, template, backup, backups, restore, check, copy) (см. --help)",
     "ino-desktop: unknown command 'frob' (commands: demo, import, export, brief, undo-import, batches, template, "
     "backup, backups, restore, check, copy) (see --help)"),
    (("import",), "ino-desktop import: не указаны обязательные аргументы: FILE (см. --help)",
     "ino-desktop import: the following arguments are required: FILE (see --help)"),
    (("undo-import", "x"), "ino-desktop undo-import: аргумент BATCH_ID: «x» — не целое число (см. --help)",
     "ino-desktop undo-import: argument BATCH_ID: 'x' is not a whole number (see --help)"),
    (("--lang", "de", "check"), "ino-desktop: аргумент --lang: недопустимое значение «de» (допустимы: ru, en) "
     "(см. --help)", "ino-desktop: argument --lang: invalid choice: 'de' (choose from ru, en) (see --help)"),
])
def test_a_usage_mistake_is_one_line_in_the_locale(args: tuple[str, ...], russian: str, english: str) -> None:
    for locale, line in ((RU, russian), (EN, english)):
        done = ino(locale, *args)
        assert done.code == 2 and done.out == ""
        assert done.err.splitlines() == [line]
