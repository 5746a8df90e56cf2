"""The window shows the coded refusals and notices of the editor, copying and exports in Russian through its
Qt catalogue (the .qm compiled from the .ts files), fields by their labels, counts as Russian writes them."""

from __future__ import annotations

from ino_desktop.errors import EditConflict, InoError
from ino_desktop.messages import message
from ino_desktop.services.copying import describe
from ino_desktop.services.editing import ValidationFailed, _conflict_message, validate
from ui.core_messages import error_text
from ui.dialogs.data_files import _notes


def test_an_edit_conflict_in_the_russian_window(russian) -> None:
    conflict = EditConflict(_conflict_message("INO-0004", ["status", "milestones"], ["Петров"]))
    assert error_text(conflict) == ("INO-0004 изменил(а) Петров, пока вы его правили (Статус, Контрольные точки); "
                                    "ваши правки остались в форме — перезагрузите проект и примените их снова")
    nothing_named = EditConflict(_conflict_message("INO-0004", []))
    assert error_text(nothing_named).startswith("INO-0004 изменил кто-то другой, пока вы его правили (запись "
                                                "проекта)")


def test_a_refused_form_and_a_full_target_in_the_russian_window(russian) -> None:
    refused = ValidationFailed(validate({"code": "INO-0001", "name": None, "jobs_planned": -3}))
    assert error_text(refused) == "«Наименование проекта»: обязательное поле (и ещё 1)"
    full = InoError(message("copy.target_not_empty", target="new.sqlite",
                            counts=describe({"projects": 1506, "meetings": 2})))
    assert error_text(full) == ("new.sqlite: в базе назначения уже есть портфель (проектов: 1\u202f506, "
                                "заседаний: 2); копировать можно только в пустую базу, ничего не скопировано")
    assert str(full).startswith("new.sqlite: the target already holds a portfolio (1,506 projects, 2 meetings)")


def test_export_notices_in_the_russian_window(russian) -> None:
    where = message("export.at_cell", sheet="Проекты", cell="X3")
    assert _notes([message("export.control_characters", where=where)]) == \
        " Примечания: лист «Проекты», ячейка X3: управляющие символы удалены"
    assert _notes([]) == ""
