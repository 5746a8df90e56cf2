"""Rules learned after the independent agency sets agency17 and agency18 were measured once: each on spellings
written for this test, none of them in those sets or the corpus."""

from __future__ import annotations

import pytest

from ino_desktop.importer.wording.values import match_value
from tests.importer.reading import field_of


@pytest.mark.parametrize(("header", "field"), [
    ("Привлекаемые внебюджетные средства, млн руб.", "extra_budgetary_mln"),  # the participle of the plan
])
def test_families_read(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize("header", ["Financial close (target)", "Date of financial closing"])
def test_the_financing_signed_is_no_end_of_the_project(header: str) -> None:
    assert field_of(header) != "end_date"


@pytest.mark.parametrize("text", ["Одобрено", "одобрен инвестсоветом", "Проект одобрен ИК"])
def test_decided_on_but_not_begun_is_planned(text: str) -> None:
    assert match_value("status", text).key == "planned"


@pytest.mark.parametrize("header", ["Ввод мощностей, год", "Плановый срок ввода производственных мощностей",
                                    "Date of capacity commissioning", "Ввод новых мощностей (мм.гггг)"])
def test_capacities_commissioned_are_the_projects_end(header: str) -> None:
    assert field_of(header) == "end_date"


@pytest.mark.parametrize("header", ["Производственная мощность", "Мощность, тыс. т в год", "Installed capacity",
                                    "Ввод мощностей, МВт"])
def test_a_capacity_itself_is_no_field(header: str) -> None:
    assert field_of(header) is None
