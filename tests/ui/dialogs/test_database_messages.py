"""The database's refusals and notes in the Russian window: rendered by their codes, never parsed."""

from __future__ import annotations

from ino_desktop.db import failures
from ino_desktop.db.engine import IN_OTHER_WINDOW_NOTE, NETWORK_NOTE, READ_ONLY_REASON
from ino_desktop.errors import InoError
from ino_desktop.messages import message
from ui.app import create_context, open_initial
from ui.core_messages import error_text
from ui.database_notes import NotesBar, note_text


def test_the_welcome_screen_says_in_russian_why_a_file_did_not_open(russian, tmp_path) -> None:
    ctx = create_context("ru", synchronous=True)
    target = tmp_path / "notes.sqlite"
    target.write_bytes(b"just some text, not SQLite at all" * 10)
    assert open_initial(ctx, str(target), explicit_db=True) == (
        f"{target}: это не база данных SQLite (файл другого типа или повреждён так, что не читается); если это "
        "был ваш портфель, восстановите резервную копию командой «ino-desktop restore ФАЙЛ» (список копий — "
        "«ino-desktop backups»)")


def test_database_refusals_and_import_refusals_read_in_russian(russian) -> None:
    assert error_text(failures.in_use("/data/p.sqlite")) == (
        "/data/p.sqlite: база данных занята другой программой (она удерживает блокировку); закройте эту программу "
        "или дождитесь, пока она закончит работу, и повторите попытку; ничего не изменено")
    assert error_text(InoError(message("undo.no_such_batch", batch=999))) == \
        "импорта № 999 нет"


def test_the_notes_bar_shows_the_window_sentence_of_each_note_by_its_code(russian, qtbot) -> None:
    bar = NotesBar()
    qtbot.addWidget(bar)
    bar.show_notes([NETWORK_NOTE, READ_ONLY_REASON])
    lines = bar.text.text().splitlines()
    assert lines[0].startswith("База данных находится в сетевой папке")
    assert lines[1].startswith("Только чтение: ваша роль на сервере позволяет только читать этот портфель")
    assert note_text(IN_OTHER_WINDOW_NOTE).startswith("Только чтение: этот портфель открыт в другом окне")
    # a note the window has no sentence of its own for: the core's, from the catalogue
    assert note_text(message("db.waiting", where="p.sqlite")) == \
        "p.sqlite: выполняется другой импорт или изменение; ожидание его завершения…"
