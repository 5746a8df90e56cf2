"""Header and value families learned after the unseen sets fresh16 (investment-project cards and programme
monitoring forms) and fresh17 (a Siberian programme office's own papers) were measured once: each rule on
spellings written for this test, none of them in the wording corpus."""

from __future__ import annotations

import pytest

from ino_desktop.importer.wording.values import match_value
from tests.importer.reading import field_of as _field


@pytest.mark.parametrize(("header", "field"), [
    # a verbal noun in the genitive plural is a noun, the thing named ("образований", "поселений")
    ("Название муниципальных образований", "location"),
    ("Наименование учреждений", "lead_organization"),
    # a list of things named, the project among them, names the project
    ("Наименование направлений, проектов, мероприятий", "name"),
    # the number of the project's own record in a register identifies it
    ("Номер карточки инвестиционного проекта", "code"),
    ("Учетный номер паспорта проекта", "code"),
    # English says whose project before it: "Infrastructure project title" is the project's name
    ("Infrastructure project title", "name"),
    # an authority's full name after it is still from whom
    ("Необходимое содействие Администрации Томской области", "decisions_requested"),
    ("Зам. губернатора, курирующий проект", "curator"),
    # other words of the same families
    ("Проблематика проекта", "problems"),
    ("Сущность проекта", "description"),
    ("Типология проектов", "category"),
    ("Запрос на содействие", "decisions_requested"),
])
def test_families_read(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize("header", [
    "Стоимость проектирования объекта, млн руб.",  # the design's cost is a part of the project's
    "Срок окончания проектирования",  # and its dates are not the project's
    "Даты начала и окончания работ",  # both ends of a period in one column
    "Проблема, решению которой служит проект",  # what the project is for, not its problems
    "Номер паспорта гражданина",  # a person's passport, no project's record
])
def test_left_out(header: str) -> None:
    assert _field(header) is None


@pytest.mark.parametrize(("vocabulary", "cell", "key"), [
    ("status", "Активный проект", "in_progress"),
    ("status", "Приостановлен по инициативе собственника", "suspended"),  # why, not an initiative's stage
    ("status", "Pre-investment phase", "planned"),  # before the investment stage
    ("status", "Идёт реализация в данный момент", "in_progress"),  # "currently": when, not what
    ("status", "Выполняется по плану-графику", "in_progress"),  # a schedule, no plan of a status
    ("rag", "Требуется вмешательство руководства", "red"),
    ("rag", "Красный (отклонение свыше 20 %)", "red"),  # the colour said outright, the remark says why
    ("rag", "Жёлтый (риск отставания от плана)", "amber"),
    ("territory_type", "Территория исторического наследия", "historical_cultural"),
])
def test_value_families(vocabulary: str, cell: str, key: str) -> None:
    assert match_value(vocabulary, cell).key == key


@pytest.mark.parametrize(("vocabulary", "cell"), [
    ("status", "Инициатива отклонена"),  # refused: no project goes on
    ("status", "Concept rejected"),
    ("rag", "Жёлтый (ранее красный)"),  # a colour that was is not the colour now
    ("rag", "Красный (риски сняты)"),  # a problem lifted
])
def test_values_left_out(vocabulary: str, cell: str) -> None:
    assert match_value(vocabulary, cell).key is None
