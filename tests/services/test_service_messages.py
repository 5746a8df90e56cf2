"""The refusals of the registers, the editor, saved views, copying, packs, exports and the demo carry codes:
each renders in Russian from the built catalogue and names fields by their labels (that every raise site
passes a coded message is tests/test_coded_messages.py's)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from ino_desktop.briefing.spec import PackSpec, SpecError, parse_sections
from ino_desktop.db import Database
from ino_desktop.errors import EditConflict, InoError
from ino_desktop.exporting.atomic import WriteFailed, atomic_write
from ino_desktop.exporting.formats import writer_for
from ino_desktop.exporting.template_meta import MARKER, MetaDamaged, from_cells
from ino_desktop.messages import catalogue
from ino_desktop.models import Indicator, Meeting, Organisation, Project
from ino_desktop.services import editing, views
from ino_desktop.services import registers as reg
from ino_desktop.services.copying import describe
from ino_desktop.services.filters import ProjectFilter


@pytest.fixture(autouse=True)
def _built_catalogue() -> None:
    if not catalogue("ru"):
        pytest.fail("resources/translations/messages_ru.json is missing: run python -m ui.i18n.build")


def _refusal(call, *args, **kwargs) -> InoError:
    with pytest.raises(InoError) as refused:
        call(*args, **kwargs)
    return refused.value


def test_register_refusals_in_russian(db: Database) -> None:
    with db.transaction() as s:
        s.add(Organisation(name="ТГУ", kind="university"))
        meeting = Meeting(title="Совет программы", date=dt.date(2016, 3, 1))
        s.add(meeting)
        s.flush()
        meeting_id = meeting.id
    with db.transaction() as s:
        assert _refusal(reg.save_organisation, s, None, name="  ", kind="university").text("ru") == \
            "организация: укажите название"
        assert _refusal(reg.add_decision, s, meeting_id, " ").text("ru") == \
            "заседание «Совет программы»: у решения должен быть текст"
        assert _refusal(reg.add_agenda_item, s, 999_999, "Вопрос").text("ru") == "заседания № 999999 больше нет"
    with db.transaction() as s:
        taken = _refusal(reg.save_organisation, s, None, name="ТГУ", kind="company")
    assert str(taken) == "organisation 'ТГУ': the name is already used"
    assert taken.text("ru") == "организация «ТГУ»: такое название уже есть"


def test_an_indicator_is_named_in_the_language_asked(db: Database) -> None:
    with db.session() as s:
        indicator = s.scalars(select(Indicator)).first()
        assert indicator is not None
        ident, name_ru, name_en = indicator.id, indicator.name_ru, indicator.name_en
    with db.transaction() as s:
        refused = _refusal(reg.set_indicator_value, s, ident, 2016, target=-1.0, actual=None)
    assert str(refused) == f"indicator '{name_en}', 2016: the target must not be negative"
    assert refused.text("ru") == f"показатель «{name_ru}», 2016: целевое значение не может быть отрицательным"


def test_an_edit_conflict_names_fields_by_their_labels(db: Database) -> None:
    with db.transaction() as s:
        s.add(Project(code="INO-0001", name="Проект", status="planned"))
    with db.session() as s:
        project_id = s.scalar(select(Project.id))
        mine = editing.load_project_form(s, project_id)
        theirs = editing.load_project_form(s, project_id)
    theirs.values["status"], theirs.values["rag"] = "in_progress", "red"
    with db.transaction() as s:
        editing.save_project(s, theirs, user=None)
    mine.values["name"] = "Новое название"
    with db.transaction() as s, pytest.raises(EditConflict) as refused:
        editing.save_project(s, mine, user=None)
    assert str(refused.value).startswith("INO-0001 was changed by someone else while you edited it (Status, "
                                         "Delivery confidence); your edits are kept in the form")
    assert refused.value.text("ru").startswith("INO-0001 изменил кто-то другой, пока вы его правили (Статус, "
                                               "Оценка реализации); ваши правки остались в форме")


def test_a_form_problem_names_its_field_and_counts_the_others() -> None:
    problems = editing.validate({"code": None, "name": None, "status": "nonsense"})
    refused = editing.ValidationFailed(problems)
    assert str(refused) == "Project code: required (and 2 more)"
    assert refused.text("ru") == "«Код проекта»: обязательное поле (и ещё 2)"
    assert [p.coded.render("ru") for p in problems if p.coded] == [
        "обязательное поле", "обязательное поле", "неизвестное значение «nonsense»"]


def test_views_packs_exports_and_counts_in_russian(tmp_path: Path) -> None:
    assert _refusal(views.save_view, None, "Все", ProjectFilter()).text("ru") == \
        "фильтр выбирает весь портфель; сохранять нечего"
    assert _refusal(PackSpec, sections=("cover", "gossip")).text("ru").startswith(
        "неизвестный раздел «gossip» (разделы: cover, decide,")
    assert isinstance(_refusal(parse_sections, "cover,gossip"), SpecError)
    assert _refusal(writer_for, tmp_path / "portfolio").text("ru") == (
        f"{tmp_path / 'portfolio'}: неизвестный формат выгрузки «(нет)»; используйте .json, .xlsx или .csv")
    folder = _refusal(lambda: atomic_write(tmp_path).__enter__())
    assert isinstance(folder, WriteFailed) and folder.text("ru") == f"{tmp_path}: это папка, а не имя файла"
    counts = describe({"projects": 128, "meetings": 2, "change_log": 0, "import_batches": 1})
    assert str(counts) == "128 projects, 2 meetings, 1 import batches"
    assert counts.render("ru") == "проектов: 128, заседаний: 2, пакетов импорта: 1"
    assert describe({"projects": 0}).render("ru") == "ничего"


def test_a_damaged_request_description_says_why_in_russian() -> None:
    with pytest.raises(MetaDamaged) as damaged:
        from_cells([MARKER, '{"format": "other", "sent": {}}'])
    assert str(damaged.value) == "not a data-request description"
    assert damaged.value.coded.render("ru") == "это не описание запроса данных"
