"""A fund keeps the projects it supports by the number of their application: that number identifies the
project when no project code stands beside it. Everything else about an application (its status, date, sum)
stays another object's. Spellings written for this test, none of them in the corpus or the agency sets."""

from __future__ import annotations

import pytest

from ino_desktop.importer.mapping import map_columns
from tests.importer.reading import field_of


@pytest.mark.parametrize("header", ["Номер заявки", "Рег. № заявки", "№ заявки (Фонд содействия инновациям)",
                                    "Идентификатор заявки", "Шифр заявки на конкурс", "Application number",
                                    "Application ref. no.", "Код заявки / Application code"])
def test_an_applications_number_is_the_projects_code(header: str) -> None:
    assert field_of(header) == "code"


@pytest.mark.parametrize("header", ["Дата регистрации заявки", "Статус заявки в фонде", "Сумма заявки",
                                    "Номер заявки подрядчика", "Заявка", "Application status"])
def test_the_rest_of_an_application_is_not_the_projects(header: str) -> None:
    assert field_of(header) is None


@pytest.mark.parametrize(("headers", "code"), [(["Номер заявки", "Шифр проекта", "Название"], "Шифр проекта"),
                                               (["Шифр проекта", "Номер заявки", "Название"], "Шифр проекта"),
                                               (["Application No.", "Project ID", "Title"], "Project ID")])
def test_a_project_code_beside_it_is_the_code(headers: list[str], code: str) -> None:
    columns, _ = map_columns(headers)
    assert [c.header for c in columns if c.field == "code"] == [code]


@pytest.mark.parametrize("header", ["Номер заявки на техприсоединение", "Номер патентной заявки", "№ кредитной заявки",
                                    "№ заявки в ЕИС", "Номер заявки лота", "Номер заявки, сумма",
                                    "Loan application number", "Applicant ID", "Application ID / Amount, RUB m"])
def test_another_things_application_or_more_than_its_number_is_no_code(header: str) -> None:
    assert field_of(header) != "code"


@pytest.mark.parametrize(("header", "field"), [("Project name (as per the FSI application)", "name"),
                                               ("Total cost according to the agreement, RUB m", "total_cost_mln")])
def test_according_to_an_application_is_a_circumstance(header: str, field: str) -> None:
    assert field_of(header) == field
