"""Rules learned after the corpus part fresh24, an adversarial review of the rules before it, and the independent
agency set agency23 (an industry system's export, a startup studio's bilingual list, a district's lists, a bank's
CSV, a corporation's register) were each measured once: every rule tried on spellings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from ino_desktop.importer.mapping import map_columns
from ino_desktop.importer.values import is_empty, parse_date
from ino_desktop.importer.wording.values import match_value
from ino_desktop.places import canonical_place
from tests.importer.reading import field_of, read_rows


def _fields(headers: list[str], samples: list[list[object]]) -> dict[str, str | None]:
    columns, _notes = map_columns(headers, samples=samples)
    return {c.header: c.field for c in columns}


def test_the_programmes_code_beats_another_systems_identifier_for_the_project() -> None:
    codes = [[f"X-{i:03d}" for i in range(8)]] * 3
    got = _fields(["Номер проекта в ЕГИСУ НИОКТР", "Шифр проекта ИНО", "Проект"], codes)
    assert got["Шифр проекта ИНО"] == "code" and got["Номер проекта в ЕГИСУ НИОКТР"] != "code"


def test_a_header_of_three_levels_is_read_whole() -> None:
    rows = [["Шифр", "Наименование", "Финансирование, млн руб.", None, None, None],
            [None, None, "из бюджетов", None, None, "частные средства"],
            [None, None, "федерального", "областного", "местного", None],
            ["Т-1", "Теплица", 10, 5, 1, 20], ["Т-2", "Ферма", 0, 2, 0, 8]]
    merged = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, 5), (1, 2, 1, 4), (1, 5, 2, 5)]
    table = read_rows(rows, merged)
    assert [table.rows[0].values.get(f) for f in ("federal_budget_mln", "regional_budget_mln",
                                                  "extra_budgetary_mln")] == [10, 5, 20]


@pytest.mark.parametrize(("cell", "day"), [("15.04.26", dt.date(2026, 4, 15)), ("3.11.19", dt.date(2019, 11, 3)),
                                          ("7 октября 2025 года", dt.date(2025, 10, 7)),
                                          ("October 7, 2025", dt.date(2025, 10, 7)),
                                          ("07-Oct-2025", dt.date(2025, 10, 7))])
def test_short_russian_dates_and_days_with_their_month_in_words(cell: str, day: dt.date) -> None:
    assert parse_date(cell) == day


def test_a_short_date_with_slashes_still_says_no_order() -> None:
    with pytest.raises(ValueError):
        parse_date("05/06/25")


def test_a_minus_sign_alone_is_no_value() -> None:
    assert is_empty("\u2212") and is_empty(" \u2212 ")


@pytest.mark.parametrize(("header", "field"), [("Грант РБ", "regional_budget_mln"),
                                               ("Поддержка ФБ, тыс. руб.", "federal_budget_mln"),
                                               ("Субсидия ОБ (да/нет)", None),
                                               ("Стоимость объекта, тыс. руб. (если не указано иное)",
                                                "total_cost_mln"),
                                               ("Capex, RUB m (unless otherwise indicated)", "total_cost_mln")])
def test_a_budgets_money_in_the_form_it_takes_and_a_units_exceptions(header: str, field: str | None) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(("header", "field"), [("Инвестиции на второй год реализации, млн руб.", None),
                                               ("Затраты за 2-й год, тыс. руб.", None),
                                               ("Софинансирование за счет средств инициатора проекта",
                                                "extra_budgetary_mln"),
                                               ("Численность занятых в целом по району", None),
                                               ("Бюджет проекта, руб# без НДС", "total_cost_mln")])
def test_one_year_of_the_project_the_private_sides_share_and_a_territorys_figure(header: str,
                                                                                   field: str | None) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(("header", "field"), [("Financing / Oblast administration", None),
                                               ("Federal budget / Ministry of Science", None),
                                               ("Федеральный бюджет / план", "federal_budget_mln"),
                                               ("Внебюджетные средства / предоставленные областью", None)])
def test_a_place_or_another_source_under_a_parent_of_money(header: str, field: str | None) -> None:
    assert field_of(header) == field


def test_a_loan_with_a_grant_part_is_still_a_loan_beside_own_funds() -> None:
    amounts = [[10.0, 20.0, 30.0, 40.0]] * 3
    got = _fields(["Наименование", "Собственные средства, млн руб.",
                   "Льготный заём (с грантовой составляющей), млн руб."], amounts)
    assert got["Собственные средства, млн руб."] != "extra_budgetary_mln"


@pytest.mark.parametrize(("cell", "key"), [("Строительство будет возобновлено", None), ("Will be resumed in Q3", None),
                                           ("Начнется в 2027 году", None), ("Завершится реализация", None),
                                           ("Возобновлено, затем вновь остановлено", None)])
def test_a_state_to_come_or_undone_is_no_state_now(cell: str, key: str | None) -> None:
    assert match_value("status", cell).key == key


def test_a_colour_that_was_is_no_colour_now() -> None:
    assert match_value("rag", "Выполнялось с отклонениями").key is None


@pytest.mark.parametrize("header", ["Вопросы, требующие решения (да/нет)", "Наличие рисков", "Риски, количество",
                                    "Curator phone", "E-mail куратора", "Субсидия из ФБ, количество получателей",
                                    "Субсидия из ОБ, статус заявки"])
def test_answers_counts_and_contacts_fill_no_field(header: str) -> None:
    assert field_of(header) is None


@pytest.mark.parametrize(("header", "field"), [("Населенный пункт, число жителей", "location"),
                                               ("Куратор (ФИО, тел.)", "curator")])
def test_a_name_beside_a_count_or_a_phone_is_still_the_name(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(("cell", "place"), [("Колпашевский р-он", "Колпашево"),
                                             ("Томский муниципальный р-он", "Томский район")])
def test_a_district_cut_as_r_on(cell: str, place: str) -> None:
    assert canonical_place(cell) == place


# --- from a second adversarial review (each a wrong value or a loss it found, on spellings written for it) ---

def test_a_remark_row_under_a_two_level_header_is_no_third_level() -> None:
    rows = [["Шифр", "Проект", "Инвестиции, млн руб.", None, "Примечание"],
            [None, None, "бюджет", "частные", None],
            [None, None, None, "уточняются", "парк — ОЭЗ"],
            ["Т-1", "Теплица", 10, 5, "—"]]
    merged = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)]
    table = read_rows(rows, merged)
    assert table.header_rows == [1, 2]
    assert [r.values.get("extra_budgetary_mln") for r in table.rows][-1] == 5


@pytest.mark.parametrize("header", ["Поддержка РБ (льготный кредит), млн руб.",
                                    "Господдержка ОБ (поручительство)",
                                    "Поддержка ФБ (налоговый вычет)", "Грант ОБ (запрошено)", "Поддержка ФБ, вид",
                                    "Областной бюджет / в т.ч. за счет ФБ",
                                    "Financing and milestones / Milestone date"])
def test_support_that_is_no_budget_money_and_a_source_inside_another(header: str) -> None:
    assert field_of(header) not in ("federal_budget_mln", "regional_budget_mln")


@pytest.mark.parametrize(("header", "field"), [("Риски (да/нет, краткое описание)", "problems"),
                                               ("Куратор (тел.)", "curator"),
                                               ("Investment and jobs / Jobs created", "jobs_created")])
def test_a_question_with_its_description_a_name_with_its_phone_and_a_joint_parent(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(("cell", "place"), [("г. Асино Томской области", "Асино"),
                                             ("Strezhevoy, Tomsk Oblast", "Стрежевой"),
                                             ("г. Северск, пр. Коммунистический, 12/1", "Северск"),
                                             ("Kolpashevo district", "Колпашево"),
                                             ("г. Томск, Кузовлевский тракт", "Томск")])
def test_a_programmes_place_with_its_region_house_or_highway(cell: str, place: str) -> None:
    assert canonical_place(cell) == place


def test_a_future_after_the_state_only_dates_it() -> None:
    assert match_value("status", "Строительство ведется (завершится во II кв. 2027 г.)").key == "in_progress"



@pytest.mark.parametrize("header", ["из них подтв. ВБИ, / млн руб.", "в т.ч. подтв. ВБС / тыс. руб."])
def test_the_confirmed_part_over_its_unit_is_still_confirmed(header: str) -> None:
    assert field_of(header) == "extra_budgetary_confirmed_mln"
