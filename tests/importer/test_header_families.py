"""Header families added after the unseen sets fresh5–fresh9 were measured: each rule on spellings written
for this test, none of them in the wording corpus the rules were learned from."""

from __future__ import annotations

import pytest

from ino_desktop.importer.mapping import map_columns


def _field(header: str) -> str | None:
    (column,), _notes = map_columns([header])
    return column.field


@pytest.mark.parametrize(("header", "field"), [
    # A word cut short has lost the ending that would say process or result: "наимен." is "наименование".
    ("Наимен. мероприятия", "name"),
    ("Наимен. организации", "lead_organization"),
    # The executive body that oversees a project (ОИВ, ИОГВ, a sector department) is its curator.
    ("Курирующий ИОГВ", "curator"),
    ("ОИВ-куратор", "curator"),
    ("Профильный департамент", "curator"),
    # A resident of a park or a zone is the company that runs the project there.
    ("Резидент технопарка", "lead_organization"),
    ("Resident company", "lead_organization"),
    # An investor's own investments ("вложения") are extra-budgetary money.
    ("Собственные вложения инициатора, млн руб.", "extra_budgetary_mln"),
    ("Начало выполнения работ", "start_date"),
    # A running total is still the figure.
    ("Создано рабочих мест нарастающим итогом", "jobs_created"),
    ("Jobs created, cumulative", "jobs_created"),
    # Documents in a remark after "confirmed" say by what it is confirmed, not of what the column is.
    ("Подтвержденные частные инвестиции (договоры, гарантийные письма)", "extra_budgetary_confirmed_mln"),
    # "Current" says when: the same field as it stands now.
    ("Текущая фаза", "status"),
    ("Current cluster", "cluster"),
])
def test_header_families(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize("header", [
    "Договоры (подтвержденные)",  # the contracts themselves, not the money
    "Ответственный исполнитель",  # an organisation, not the executive body that oversees
])
def test_family_rules_do_not_overreach(header: str) -> None:
    assert _field(header) != "curator" and _field(header) != "extra_budgetary_confirmed_mln"
