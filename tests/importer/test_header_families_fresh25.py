"""Rules learned after the corpus part fresh25 (energy-ministry reporting forms, a holding's project tool, a
development bank's proposal form, a major-projects inventory) was measured once: each rule tried on spellings
written for this test, none of them the corpus part's."""

from __future__ import annotations

import pytest

from ino_desktop.importer.wording.values import match_value
from tests.importer.reading import field_of


@pytest.mark.parametrize("header", ["Begin & end dates", "Start to finish dates", "Дата начала/окончания",
                                    "Начало – окончание реализации"])
def test_both_ends_of_a_period_in_one_column_are_neither_end(header: str) -> None:
    assert field_of(header) is None


@pytest.mark.parametrize(("header", "field"), [
    ("Прирост рабочих мест (план), ед.", "jobs_planned"),
    ("Увеличение количества рабочих мест к концу отчетного года", "jobs_created"),
    ("Increase in jobs", "jobs_planned"),
    ("Increase in jobs as of the end of the reporting period", "jobs_created"),
    ("Рабочие места, созданные в результате реализации инвестиционного проекта", "jobs_created"),
    ("Increase in revenue", None),
    ("Increase in jobs, %", None),
])
def test_an_increase_in_jobs_is_the_jobs_a_project_adds(header: str, field: str | None) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize("header", ["Official overseeing the project", "Supervising official",
                                    "Куратор (регион)", "Responsible official (region)"])
def test_the_official_who_oversees_is_the_curator_whoever_he_answers_to(header: str) -> None:
    assert field_of(header) == "curator"


@pytest.mark.parametrize("header", ["Статус-светофор", "Risk level (RAG)"])
def test_a_remark_that_names_no_place_still_says_which_field(header: str) -> None:
    assert field_of(header) == "rag"


@pytest.mark.parametrize("header", ["Дата окончания погашения кредита", "Repayment start date",
                                    "Loan maturity (end date)", "Срок погашения займа"])
def test_a_loans_repayment_dates_are_not_the_projects(header: str) -> None:
    assert field_of(header) is None


@pytest.mark.parametrize(("header", "field"), [
    ("Sponsors and shareholders", None), ("Учредители и акционеры", None), ("Stockholders of the SPV", None),
    ("Заемщик", "lead_organization"), ("Sponsor", "lead_organization"),
])
def test_the_owners_of_a_company_are_not_who_carries_the_project_out(header: str, field: str | None) -> None:
    assert field_of(header) == field


def test_how_a_project_fits_priorities_is_an_assessment_not_its_work_area() -> None:
    assert field_of("Alignment with national priorities") is None


@pytest.mark.parametrize(("cell", "key"), [
    ("Жёлтая: риск", "amber"), ("Yellow: behind schedule", "amber"), ("Зелёный (просрочка)", None),
    ("Красный — проект остановлен", "red"), ("Жёлтый — красный с 1 июля", None),
])
def test_the_colour_said_first_is_the_rating_and_the_rest_its_reason(cell: str, key: str | None) -> None:
    assert match_value("rag", cell).key == key
