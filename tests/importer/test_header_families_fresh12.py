"""Header families learned after the unseen sets fresh12 and fresh13 were measured once: each rule on
spellings written for this test, none of them in the wording corpus."""

from __future__ import annotations

import pytest

from ino_desktop.importer.wording.values import match_value
from tests.importer.reading import field_of as _field


@pytest.mark.parametrize(("header", "field"), [
    ("ФИО куратора проекта", "curator"),  # a person's name is the column's kind, as a unit is
    ("Фамилия куратора", "curator"),
    ("Общий объем собственных средств", "extra_budgetary_mln"),  # whose money: the source, not the total
    ("Общий объем инвестиций", "total_cost_mln"),
    ("Статус проекта", "status"),
    ("Субсидии из областного бюджета, тыс. руб.", "regional_budget_mln"),  # the form a budget's money takes
    ("Федеральный грант", "federal_budget_mln"),
    ("Regional subsidies", "regional_budget_mln"),
    # the field whose terms are all those a remark lists, before one that knows only some of them
    ("Вид проекта (промышленный, научно-образовательный, социальный)", "category"),
    ("Планируемая стоимость", "total_cost_mln"),  # plan or fact says which side, never what
    ("Плановый срок сдачи", "end_date"),
    ("Дата ввода", "end_date"),  # a date's head words stand for each other
    ("Срок начала работ", "start_date"),
    ("Средства компании", "extra_budgetary_mln"),  # an organisation's money is its own
    ("Вложения организации", "extra_budgetary_mln"),
    ("Заемщик", "lead_organization"),
    ("Степень риска", "rag"),
    ("Work stream", "work_area"),
    ("Obstacles", "problems"),
])
def test_families_read(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize("header", [
    "№ п. п.",  # the form's row number
    "Состояние земельного участка",  # a common noun an adjective narrows is a thing of its own
    "Статус федерального значения",
    "Статус исполнителя работ",  # the executor, not the execution
    "Срок ввода второй очереди",  # a stage's dates are not the project's
    "Начало 2 этапа",
    "Phase 2 start date",
    "Interest rate",  # a rate is a ratio
    "Growth rate",
    "Общая сумма иностранных инвестиций",  # one kind of money, no field of its own
    "Объем муниципальных средств",
    "Размер субсидии",  # a grant of no budget named is another object
    "Средства публичного партнера",  # a public body's money is no company's own
])
def test_families_left_out(header: str) -> None:
    assert _field(header) is None


@pytest.mark.parametrize(("header", "field"), [
    ("Источники\u00a0финансирования\u00a0/\u00a0областной\u00a0бюджет", "regional_budget_mln"),  # no-break spaces
    ("Рабочие места\n/ факт", "jobs_created"),  # a line break before the level's slash
    ("(населенный пункт)*", "location"),  # a caption with a footnote's mark
    ("Срок реализации / до <2>", "end_date"),
    ("ОБ, ТЫС. РУБ.", "regional_budget_mln"),  # all in capitals: "ОБ" with no word after it is the budget
])
def test_spacing_footnotes_and_capitals(header: str, field: str) -> None:
    assert _field(header) == field


def test_a_preposition_in_capitals_is_a_preposition() -> None:
    assert _field("СВЕДЕНИЯ ОБ ИНВЕСТОРЕ") != "regional_budget_mln"


@pytest.mark.parametrize(("vocabulary", "cell", "key"), [
    ("status", "«Реализуется»", "in_progress"),  # quotes, a list's dash, a sentence's stop are no words
    ("status", "- Завершён", "completed"),
    ("rag", "Зелёный.", "green"),
    ("status", "Приостановлен!", "suspended"),
    # value families learned from fresh12/13, each on word forms and orders not in the corpus
    ("cluster", "Газохимический кластер", "petrochemical"),
    ("cluster", "Биофармацевтическая промышленность", "pharma"),
    ("cluster", "Переработка древесины и лесозаготовка", "timber"),
    ("territory_type", "Региональные индустриальные парки", "industrial"),
    ("territory_type", "Инновационные кварталы", "innovation"),
    ("territory_type", "Исторические поселения", "historical_cultural"),
    ("category", "Научно-исследовательские", "research_education"),
    ("category", "Соцобъекты", "social"),
    ("status", "Проектируемые", "planned"),
    ("status", "Структурирование финансирования", "planned"),  # a deal being put together
    ("status", "Получено разрешение на ввод объекта в эксплуатацию", "completed"),
    ("status", "Реализация проекта продолжается", "in_progress"),
    ("rag", "Уверенность высокая", "green"),  # a confidence scale says the colour by its level
    ("rag", "Low confidence", "red"),
    ("rag", "🟥", "red"),  # colour squares as well as circles
    ("rag", "🟧", "amber"),
    ("rag", "Опережение графика", "green"),
    ("work_area", "Индустриализация", "industry"),
    ("rag", "Риски неисполнения отсутствуют", "green"),  # no risks: on track
    ("rag", "Без рисков", "green"),
    ("category", "Транспортная инфраструктура", "infrastructure"),
    ("work_area", "Инженерные школы", "science_education"),
])
def test_cells_and_value_families(vocabulary: str, cell: str, key: str) -> None:
    assert match_value(vocabulary, cell).key == key


@pytest.mark.parametrize(("header", "field"), [
    # the authority whose help, curator or decision it is: after the field's words, no object of its own
    ("Необходимое содействие Правительства Томской области", "decisions_requested"),
    ("Решения, требуемые от Министерства", "decisions_requested"),
    ("Куратор АТО", "curator"),
])
def test_the_authority_after_a_field_is_whose(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize("header", ["Меры поддержки, полученные проектом", "Оказанное содействие",
                                    "Предоставленные меры поддержки", "Support provided"])
def test_support_received_is_no_request(header: str) -> None:
    assert _field(header) is None


@pytest.mark.parametrize("header", ["Land area, ha", "Площадь застройки, га", "Мощность станции, МВт",
                                    "Объем выпуска, тыс. тонн", "Jobs retained", "Risk owner"])
def test_measures_retained_jobs_and_owners_of_other_things_are_left_out(header: str) -> None:
    assert _field(header) is None


@pytest.mark.parametrize(("vocabulary", "cell"), [("status", "Завершён?"), ("rag", "Зелёный ?")])
def test_a_cell_asked_as_a_question_names_nothing(vocabulary: str, cell: str) -> None:
    assert match_value(vocabulary, cell).key is None


@pytest.mark.parametrize("header", ["Budget expended", "Освоено средств федерального бюджета, млн руб.",
                                    "Израсходовано из областного бюджета", "Row No.", "line_id"])
def test_money_spent_and_row_numbers_are_left_out(header: str) -> None:
    assert _field(header) is None


@pytest.mark.parametrize("header", [
    "Руководитель организации / ФИО",  # a parent of another thing rules its child too
    "Этап / Стоимость",  # a stage's cost and dates are not the project's
    "Очередь строительства / Ввод",
    "Стоимость 2 этапа, млн руб.",
    "Контрольная точка / Статус",  # a control point is a milestone
])
def test_parents_stages_and_control_points_of_other_things(header: str) -> None:
    assert _field(header) is None


@pytest.mark.parametrize(("header", "field"), [
    # spending on the project and the volume of investment are its total
    ("Сумма расходов на реализацию инвестиционного проекта", "total_cost_mln"),
    ("Investment volume, RUB m", "total_cost_mln"),
    ("Total funding amount", "total_cost_mln"),
    # a figure's circumstances: its tax basis, as of a day, by a document, over the whole period, in a system,
    # an estimate
    ("Стоимость проекта без НДС, млн руб.", "total_cost_mln"),
    ("Общая стоимость (с учётом НДС)", "total_cost_mln"),
    ("Total cost excl. VAT, RUB m", "total_cost_mln"),
    ("Стоимость проекта по состоянию на 01.07.2024, млн руб.", "total_cost_mln"),
    ("Общая стоимость в соответствии с паспортом проекта", "total_cost_mln"),
    ("Объем финансирования на весь период реализации, тыс. руб.", "total_cost_mln"),
    ("Объем инвестиций за период 2021-2028 гг.", "total_cost_mln"),
    ("Стоимость в ценах соответствующих лет, млн руб.", "total_cost_mln"),
    ("Код в системе «Электронный бюджет»", "code"),
    ("Стоимость проекта (ориентировочно), млн руб.", "total_cost_mln"),
    ("Рабочие места, созданные / по бизнес-плану", "jobs_planned"),  # the nearest level's plan or fact
])
def test_circumstances_of_a_figure(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize("header", ["Объем финансирования на отчетный год / ФБ",
                                    "Финансирование на текущий год, млн руб."])
def test_one_years_money_in_any_level_is_a_slice(header: str) -> None:
    assert _field(header) is None


@pytest.mark.parametrize(("header", "field"), [
    ("Наименование объекта, расположенного на территории района", "name"),  # where it is: a circumstance
    ("Полное наименование юридического лица", "lead_organization"),  # a legal entity is an organisation
    ("Застройщик (полное наименование, ИНН)", "lead_organization"),  # what to write of it, no other object
    ("Инвестор (наименование)", "lead_organization"),
])
def test_circumstances_of_place_and_what_to_write(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize("header", ["Юридический адрес организации", "Источник средств (наименование)"])
def test_an_address_and_a_named_source_are_no_fields(header: str) -> None:
    assert _field(header) is None


@pytest.mark.parametrize(("header", "field"), [
    ("Executing organisation", "lead_organization"),
    ("Regional co-financing, RUB m", "regional_budget_mln"),  # co-financing is funding
    ("Federal cofinancing", "federal_budget_mln"),
    ("Issues for escalation", "decisions_requested"),
    ("Thematic area", "work_area"),
])
def test_english_agency_and_funding_words(header: str, field: str) -> None:
    assert _field(header) == field


def test_a_risk_of_something_missing_is_no_absence_of_risk() -> None:
    assert match_value("rag", "Риск отсутствия финансирования").key != "green"
