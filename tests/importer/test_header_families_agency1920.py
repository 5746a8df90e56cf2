"""Rules learned after the independent agency sets agency19 (district administrations) and agency20 (a federal
ministry's form, an investor's sheet) were measured once: each tried on spellings written for this test, none
of them in those sets or the corpus."""

from __future__ import annotations

import datetime as dt

import pytest

from ino_desktop.importer.mapping import map_columns
from ino_desktop.importer.spans import last_day_said
from ino_desktop.importer.wording.heads import is_adjective
from tests.importer.reading import field_of, read_rows


@pytest.mark.parametrize(("text", "day"), [
    ("до конца 2029 года", dt.date(2029, 12, 31)),
    ("не позже III кв. 2028", dt.date(2028, 9, 30)),
    ("к концу 2030 г.", dt.date(2030, 12, 31)),
    ("by end-2031", dt.date(2031, 12, 31)),
    ("no later than Q2 2027", dt.date(2027, 6, 30)),
    ("2027–2030", dt.date(2030, 12, 31)),
    ("2026 - 2029 гг.", dt.date(2029, 12, 31)),
])
def test_a_deadline_or_a_period_ends_on_its_last_day(text: str, day: dt.date) -> None:
    assert last_day_said(text) == day


@pytest.mark.parametrize("text", ["до", "в работе", "по согласованию", "by", "до согласования с ФОИВ", 2028,
                                  "2029–2026", "byQ2 2027", "после 2030", "не ранее 2029"])
def test_words_that_say_no_day_say_none(text: object) -> None:
    assert last_day_said(text) is None


def test_a_deadline_is_read_as_the_end_but_never_as_the_start() -> None:
    table = read_rows([["Код проекта", "Наименование проекта", "Дата начала", "Дата окончания"],
                       ["Т-1", "Теплица", "до конца 2026 г.", "не позднее II кв. 2029"],
                       ["Т-2", "Ферма", dt.date(2026, 3, 1), "2027-2028"]])
    first, second = table.rows
    assert first.values.get("end_date") == dt.date(2029, 6, 30)
    assert first.values.get("start_date") is None  # a start "by" a date is no one day
    assert any(i.field == "start_date" for i in first.issues)
    assert second.values.get("end_date") == dt.date(2028, 12, 31)


@pytest.mark.parametrize("word", ["комментарий", "критерий", "сценарий", "инвестиций", "условий", "санаторий"])
def test_nouns_in_ii_are_no_adjectives(word: str) -> None:
    assert not is_adjective(word)


@pytest.mark.parametrize("word", ["новый", "синий", "третий", "городской", "областных"])
def test_adjectives_stay_adjectives(word: str) -> None:
    assert is_adjective(word)


@pytest.mark.parametrize("header", ["Комментарий района", "Комментарий администрации поселения",
                                    "Критерий отбора муниципалитета"])
def test_a_remark_of_a_place_is_no_place(header: str) -> None:
    assert field_of(header) != "location"


@pytest.mark.parametrize(("header", "field"), [
    ("Subnational co-funding, RUB m", "regional_budget_mln"),
    ("Sub federal budget (RUB mn)", "regional_budget_mln"),
    ("Субфедеральный бюджет, млн руб.", "regional_budget_mln"),
    ("Federal support, RUB m", "federal_budget_mln"),
    ("Regional support (RUB mn)", "regional_budget_mln"),
    ("Областная поддержка, тыс. руб.", "regional_budget_mln"),
])
def test_support_and_sub_federal_money_is_the_budgets(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize("header", ["Меры федеральной поддержки (наименование)", "Regional support programme",
                                    "Federal support (yes/no)", "Regional support (tax relief)", "Federal support",
                                    "Федеральная поддержка (вид)"])
def test_support_measures_named_are_no_money(header: str) -> None:
    assert field_of(header) not in ("federal_budget_mln", "regional_budget_mln")


@pytest.mark.parametrize("header", ["Внебюджетные источники, всего", "Non-budget funds total, RUB m",
                                    "Private investment, total (RUB mn)"])
def test_the_whole_of_a_kind_of_money_is_that_kind(header: str) -> None:
    assert field_of(header) == "extra_budgetary_mln"


def _fields(headers: list[str]) -> list[str | None]:
    columns, _notes = map_columns(headers)
    return [c.field for c in columns]


def test_own_funds_give_way_to_the_whole_of_private_money() -> None:
    fields = _fields(["Project", "Own resources, RUB m", "Private investment, total, RUB m"])
    assert fields[2] == "extra_budgetary_mln"
    assert fields[1] != "extra_budgetary_mln"


def test_two_kinds_with_no_whole_are_neither_the_whole() -> None:
    fields = _fields(["Наименование", "Собственные вложения инициатора, млн руб.", "Кредиты банков, млн руб."])
    assert "extra_budgetary_mln" not in fields


def test_one_kind_alone_is_still_the_extra_budgetary_money() -> None:
    assert _fields(["Наименование", "Собственные средства, млн руб."])[1] == "extra_budgetary_mln"


@pytest.mark.parametrize("line", ["Исп. Смирнова О.П., тел. 8 (3822) 00-00-00", "Подготовил: главный специалист",
                                  "Prepared by: R. Ivanov", "Составил ведущий экономист отдела", "М.П."])
def test_the_signature_under_a_form_is_no_project(line: str) -> None:
    table = read_rows([["Код проекта", "Наименование проекта", "Статус"], ["Т-1", "Теплица", "реализуется"],
                       ["Т-2", "Ферма", "завершен"], [], [line]])
    assert [r.values.get("name") for r in table.rows] == ["Теплица", "Ферма"]


@pytest.mark.parametrize(("header", "field"), [
    ("Прогнозная численность сотрудников, чел.", "jobs_planned"),
    ("Численность работающих – план", "jobs_planned"),
    ("Целевая численность персонала", "jobs_planned"),
    ("Projected workforce", "jobs_planned"),
    ("Headcount (at full operation)", "jobs_planned"),
    ("Численность нанятых работников, чел.", "jobs_created"),
    ("Staffing recruited", "jobs_created"),
])
def test_a_headcount_to_come_is_the_jobs_to_create(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize("header", ["Численность работников, чел.", "Среднесписочная численность (план)",
                                    "Текущая численность персонала", "Численность команды проекта (план)",
                                    "Headcount", "Existing staff headcount (planned)", "Investor FTE target",
                                    "Численность работников предприятия (прогнозная)"])
def test_staff_already_there_or_not_the_projects_is_no_jobs(header: str) -> None:
    assert field_of(header) not in ("jobs_planned", "jobs_created")


@pytest.mark.parametrize("header", ["Федеральный и областной бюджет, млн руб.", "Средства ФБ и ОБ, тыс. руб.",
                                    "Federal + regional funding, RUB m", "Regional and local budgets (RUB mn)",
                                    "Субфедеральный и муниципальный бюджеты", "Federal and regional budget, total"])
def test_two_budgets_together_are_no_one_source(header: str) -> None:
    assert field_of(header) not in ("federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln")


@pytest.mark.parametrize("header", ["Private funding gap, total", "Дефицит финансирования, млн руб.",
                                    "Investment shortfall, RUB m", "Недостающие внебюджетные средства"])
def test_money_still_wanting_is_no_money_had(header: str) -> None:
    assert field_of(header) not in ("extra_budgetary_mln", "total_cost_mln")


@pytest.mark.parametrize("header", ["Начало ввода мощностей", "Ввод мощностей, дата начала", "Объем ввода мощностей",
                                    "Start of capacity commissioning"])
def test_the_start_or_the_amount_of_commissioning_is_no_end(header: str) -> None:
    assert field_of(header) != "end_date"


@pytest.mark.parametrize("header", ["Прогнозная численность населения, чел.", "Проектная численность студентов",
                                    "Планируемая численность высвобождаемых работников", "Planned headcount reduction",
                                    "Target FTE cost, RUB m", "Projected headcount of the district"])
def test_a_count_of_other_people_or_a_headcounts_cost_is_no_jobs(header: str) -> None:
    assert field_of(header) not in ("jobs_planned", "jobs_created")


@pytest.mark.parametrize("other", ["Кредитор", "Ставка по кредиту, %", "Loan tenor (term), years", "Debt/EBITDA",
                                   "Заём ФРП (да/нет)"])
def test_a_loans_terms_leave_own_funds_the_extra_budgetary_money(other: str) -> None:
    assert _fields(["Наименование", "Собственные средства, млн руб.", other])[1] == "extra_budgetary_mln"


@pytest.mark.parametrize("line", ["Исп. полигон «Северный» (реконструкция)", "Notebook assembly plant",
                                  "Source water intake upgrade"])
def test_a_project_named_like_a_footnote_is_still_a_project(line: str) -> None:
    table = read_rows([["Код проекта", "Наименование проекта", "Статус"], ["Т-1", "Теплица", "реализуется"],
                       ["", line, ""]])
    assert [r.values.get("name") for r in table.rows] == ["Теплица", line]


def test_a_signature_spread_over_the_row_is_no_project() -> None:
    table = read_rows([["Код проекта", "Наименование проекта", "Статус"], ["Т-1", "Теплица", "реализуется"],
                       ["Подготовил: Сидоров П.П.", "", "подпись"]])
    assert [r.values.get("name") for r in table.rows] == ["Теплица"]


def _fields_with(headers: list[str], column: list[object]) -> list[str | None]:
    samples = [[f"Т-{i}" for i in range(len(column))], [f"Проект {i}" for i in range(len(column))], column]
    columns, _notes = map_columns(headers, samples=samples)
    return [c.field for c in columns]


def test_a_branch_holding_clusters_is_the_cluster() -> None:
    clusters = ["Фармацевтика", "Atomic", "Лесопереработка", "Нефтехимия", "tight oil", "Медтехника", "Дикоросы"]
    assert _fields_with(["Код проекта", "Наименование", "Отрасль"], clusters)[2] == "cluster"


def test_a_branch_holding_categories_stays_the_category() -> None:
    categories = ["Промышленность", "Социальная сфера", "Транспорт", "Наука и образование", "ЖКХ", "Производство"]
    assert _fields_with(["Код проекта", "Наименование", "Отрасль"], categories)[2] == "category"


def test_a_branch_of_other_words_is_neither() -> None:
    other = ["Розничная торговля", "Гостиничный бизнес", "Сельское хозяйство", "Строительство жилья", "Финансы"]
    assert _fields_with(["Код проекта", "Наименование", "Отрасль"], other)[2] not in ("category", "cluster")


def test_a_cluster_column_holding_work_areas_is_no_category() -> None:
    areas = ["Промышленность", "Наука и образование", "Производство", "R&D", "Промышленность", "Наука и образование"]
    assert _fields_with(["Код проекта", "Наименование", "Кластер"], areas)[2] != "category"


def test_a_sentence_alone_in_the_code_column_under_the_table_is_a_note() -> None:
    table = read_rows([["Код проекта", "Наименование проекта", "Статус"], ["Т-1", "Теплица", "реализуется"],
                       ["Т-2", "Ферма", "завершен"], [],
                       ["Amounts per the sponsors' latest submissions; FX rate of the central bank on 1 July."]])
    assert [r.values.get("name") for r in table.rows] == ["Теплица", "Ферма"]
    assert not any(r.issues for r in table.rows)


def test_a_long_code_with_a_name_beside_it_is_still_rejected_loudly() -> None:
    table = read_rows([["Код проекта", "Наименование проекта", "Статус"], ["Т-1", "Теплица", "реализуется"],
                       ["ОЧЕНЬ-ДЛИННЫЙ-КОД-ПРОЕКТА-ПО-РЕЕСТРУ-ОБЛАСТИ-2026-0001", "Ферма", "завершен"]])
    assert any(i.field == "code" for r in table.rows for i in r.issues)
