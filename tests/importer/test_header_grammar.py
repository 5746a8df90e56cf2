"""What a header is about (wording.heads and the vetoes) and how a cell in acronyms is read: each rule on
spellings written for this test, none of them in the wording corpus the rules were learned from."""

from __future__ import annotations

import pytest

from ino_desktop.importer.mapping import map_columns, match_header
from ino_desktop.importer.wording.values import match_value
from tests.importer.reading import field_of as _field


@pytest.mark.parametrize(("header", "field"), [
    # A name word names the noun after it: the project, or whatever holds names of that noun.
    ("Наименование проекта", "name"),
    ("Наименоване проэкта", "name"),  # typos on both words
    ("Наименование ИП", "name"),
    ("Name of the project", "name"),
    ("Наименование заявителя", "lead_organization"),
    ("Наименование организации-исполнителя", "lead_organization"),
    ("Company name", "lead_organization"),
    ("Название муниципального района", "location"),
    ("Название города", "location"),
    ("Наименование проекта на английском языке", "name_en"),
    ("English name", "name_en"),
    # A number word numbers the noun after it.
    ("Номер проекта", "code"),
    ("ID проекта", "code"),
    ("Project ID", "code"),
    ("Номер ИП", "code"),
    ("Номер инвестпроекта", "code"),  # a compound of a truncated adjective and a noun
    # The head, not its complement.
    ("Куратор объекта", "curator"),
    ("Стоимость мероприятия", "total_cost_mln"),
    ("Инициатор мероприятия", "lead_organization"),
    ("Срок ввода объекта", "end_date"),
    ("За счет областного бюджета", "regional_budget_mln"),  # "за счет" is a preposition, not a head
    ("Заявитель (инвестор / инициатор)", "lead_organization"),  # a slash in a remark is no level
    ("Ориентировочная стоимость", "total_cost_mln"),  # an unknown adjective narrows, it does not change
    ("Число новых рабочих мест", "jobs_planned"),  # a measure word is no head
    ("Число созданных рабочих мест", "jobs_created"),
    # A child that is only a name word names its parent's thing.
    ("Заявитель / наименование", "lead_organization"),
    ("Муниципальный район / название", "location"),
    ("Проект / наименование", "name"),
    # A remark that lists a vocabulary's terms names its field; a long remark explains and costs little.
    ("Стадия (реализуется, завершен, приостановлен)", "status"),
    ("Оценка (зеленый / желтый / красный)", "rag"),
    ("Delivery confidence (an assessment made by the project board at each quarterly review of the programme)",
     "rag"),
])
def test_a_header_is_read_by_its_head(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize("header", [
    "Наименование показателя",  # an indicator's name is not a project's
    "Customer name",  # the name of something no field holds
    "Номер свидетельства",
    "Номер телефона",
    "Тип оборудования",  # a kind of something that is not a field's
    "Вид деятельности",
    "Изменение стоимости",  # a change of a figure is not the figure
    "Deviation from budget",
    "Schedule slippage",
    "Перенос срока ввода",
    "Остаток средств",
    "№ п/п",
    "Примечание",
    "Доля софинансирования, %",
    "Рентабельность проекта",  # a head no field knows, of the project
    "Окупаемость проекта",
    "На конец отчетного периода",  # only a circumstance: when, not what
])
def test_a_header_about_something_else_takes_no_field(header: str) -> None:
    assert _field(header) is None


def test_people_under_an_organisation_header_are_not_taken_for_an_organisation() -> None:
    headers = ["Наименование проекта", "Ответственный исполнитель"]
    samples = [["Завод", "Парк", "Центр"], ["Иванов И. И.", "Петров П. П.", "Сидорова А. А."]]
    (name, people), _notes = map_columns(headers, samples=samples)
    assert name.field == "name" and people.field != "lead_organization"


@pytest.mark.parametrize(("vocabulary", "cell", "key"), [
    ("cluster", "ФМТ и ИТ", "medtech_it"),  # initials of the term's words, and an acronym it uses
    ("work_area", "НиО", "science_education"),  # one acronym with its joiner in lower case
    ("work_area", "ТИиНБ", "innovation_business"),
    ("territory_type", "инновационный", "innovation"),  # an adjective alone names its park
])
def test_a_cell_in_acronyms_or_one_adjective_finds_its_term(vocabulary: str, cell: str, key: str) -> None:
    assert match_value(vocabulary, cell).key == key


@pytest.mark.parametrize(("vocabulary", "cell"), [("status", "ИП"), ("cluster", "Мт"), ("cluster", "АБ и ВГ")])
def test_an_acronym_that_spells_no_one_term_is_not_read(vocabulary: str, cell: str) -> None:
    assert match_value(vocabulary, cell).key is None


@pytest.mark.parametrize(("header", "field"), [
    # English "of": the head comes first; "number of" counts, it does not identify.
    ("Type of project", "category"),
    ("Number of new jobs", "jobs_planned"),
    ("Number of jobs actually created", "jobs_created"),
    # English puts its head last, before a participle that follows it.
    ("delivery_status", "status"),
    ("Decisions sought", "decisions_requested"),
    # An unknown adjective weighs at most half the noun it narrows, even a generic one.
    ("Развёрнутое описание проекта", "description"),
    # Places in other countries' forms; Russian municipal acronyms in capitals.
    ("Province", "location"),
    ("County / district", "location"),
    ("МР", "location"),
    # Kinds of organisation and of project, and how a class is assigned.
    ("Вуз", "lead_organization"),
    ("Наименование стройки (объекта)", "name"),
    ("Принадлежность к направлению", "work_area"),
    # A short remark or a compound's second word that names another field alone says which of the two.
    ("Статус (цветовой индикатор)", "rag"),
    ("Состояние-светофор", "rag"),
    ("Стоимость (федеральный бюджет)", "federal_budget_mln"),
    ("Кластер (наименование)", "cluster"),  # a name word in the remark is the name of the head's thing
    # One letter slipped inside a long word is still that word.
    ("Федерльный бюджет, млн руб.", "federal_budget_mln"),
    ("Стоимасть проекта", "total_cost_mln"),
    # The body or person who oversees a project, by participle or adjective alone.
    ("Курирующий департамент", "curator"),
    ("Ответственный (ФИО)", "curator"),
    ("Ответственный исполнитель", "lead_organization"),  # the one who carries it out is an organisation
    ("Project identifier", "code"),
    ("ID number", "code"),
    # A date's format in a remark says the column holds dates; a period in a remark does not.
    ("Planned finish (dd/mm/yyyy)", "end_date"),
    ("Окончание работ (мм.гггг)", "end_date"),
    ("Федеральные средства (за период с даты начала)", "federal_budget_mln"),
    # Word families learned from the fourth fresh set, tested on other spellings of them.
    ("Причины отставания от графика", "problems"),
    ("Концессионер", "lead_organization"),
    ("Частный партнёр (наименование)", "lead_organization"),
    ("Реестровый номер проекта", "code"),
    ("Наименование проекта латиницей", "name_en"),
    ("Тип инвестплощадки", "territory_type"),  # a truncated adjective joined to its noun
    ("Относится к направлению", "work_area"),
    ("Отрасль экономики", "category"),
    ("Собственные средства инвестора, млн руб.", "extra_budgetary_mln"),
    ("Заёмные средства (кредиты)", "extra_budgetary_mln"),
    # The data is Russian unless a header says otherwise: saying so adds nothing; saying English does.
    ("Описание проекта (на русском языке)", "description"),
    ("Наименование на русском языке", "name"),
    ("Наименование (англ. яз.)", "name_en"),
    # A child that only says plan or fact leaves the field to its parent.
    ("Дата ввода в эксплуатацию / Фактическая", "end_date"),
    # A word cut short with a dot on purpose reads as its word.
    ("Курир. заместитель", "curator"),
    ("Прочие источники финансирования", "extra_budgetary_mln"),  # beside the budgets, the rest is private
])
def test_more_of_a_headers_grammar(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize("header", [
    "Non-federal sources",  # a negation makes another figure
    "Не подтверждённые соглашениями средства",
    "Status of land permits",  # the status of something else
    "Number of applications received",
    "Дата начала отчётного периода",  # the report's dates, not the project's
    "Reporting period start",
    "Наименование национального проекта (программы)",  # the programme, not this project
    "Общие сведения",  # an adjective beside a noun no field uses
    "State",  # a status or a region: it reads as both, so it is not guessed
    "Comments",  # a slip is inside a word; "comment" and "commenc(ement)" differ at its end
    "Сумма (мм/гггг)",  # an amount written with a date's format is not an amount field
    "Причина прекращения",  # why a project ended is no problem of a running one
    "Запрашиваемый объём финансирования, млн руб.",  # asked for, not what the project has
    "Сумма вложений организации",  # an amount is no organisation
    "Срок ввода / мощность",  # a capacity is another figure than the date
])
def test_more_headers_about_something_else(header: str) -> None:
    assert _field(header) is None


@pytest.mark.parametrize(("vocabulary", "cell"), [
    ("status", "Not delivered"),  # a negation is not the term it negates
    ("status", "Не выполнен"),
    ("status", "Не принят к реализации"),
    ("territory_type", "Особые экономические зоны"),  # a zone of no stated type
])
def test_a_negated_or_unspecific_cell_is_no_term(vocabulary: str, cell: str) -> None:
    assert match_value(vocabulary, cell).key is None


def test_a_column_that_reads_as_two_fields_is_named_with_both_and_left_out() -> None:
    (column,), notes = map_columns(["State"])
    assert column.field is None and column.how == "decide"
    assert [(n.code, {n.params["field"].key, *n.params["rivals"].keys}) for n in notes] == \
        [("note.column_tie", {"location", "status"})]


@pytest.mark.parametrize(("vocabulary", "cell", "key"), [
    ("status", "NotStarted", "planned"),  # words run together in camel case
    ("status", "OnHold", "suspended"),
    ("status", "Under preparation", "planned"),
    ("status", "Работы приостановлены", "suspended"),
    ("territory_type", "Промзона", "industrial"),  # a compound of a shortened adjective
    ("territory_type", "Спортплощадка", "sport"),
    ("work_area", "Передовое пр-во", "industry"),  # a contraction with a hyphen inside
    ("rag", "Зел.", "green"),
    ("rag", "Жел.", "amber"),
    ("category", "Производственный", "industrial"),
    # A negated cell reads only against negated spellings.
    ("status", "Работы не начаты", "planned"),
    # Word forms of a family; the step a status is at, lateness and "project/object" add nothing.
    ("status", "Законсервирована", "suspended"),
    ("status", "Отделочные работы", "in_progress"),
    ("status", "Прединвестиционный этап", "planned"),
    ("status", "Исполнено с нарушением сроков", "completed"),
    ("rag", "Критично", "red"),
    ("rag", "Зелёный (без отклонений)", "green"),
    ("category", "Социально значимый объект", "social"),
    ("territory_type", "ОЭЗ технико-внедренческого типа", "innovation"),
    ("cluster", "Лесоперерабатывающая промышленность", "timber"),
])
def test_more_value_spellings_find_their_term(vocabulary: str, cell: str, key: str) -> None:
    assert match_value(vocabulary, cell).key == key


@pytest.mark.parametrize(("vocabulary", "cell", "keys"), [
    ("cluster", "Pharma, nuclear", {"pharma", "nuclear"}),
    ("cluster", "фармацевтика и атомная энергетика", {"pharma", "nuclear"}),
])
def test_a_cell_that_lists_two_terms_is_refused_with_both_named(vocabulary: str, cell: str, keys: set[str]) -> None:
    found = match_value(vocabulary, cell)
    assert found.key is None and set(found.candidates) == keys


@pytest.mark.parametrize(("vocabulary", "cell", "key"), [
    ("status", "Реконструкция приостановлена", "suspended"),  # the state beside what is being done
    ("status", "Предполагается к реализации", "planned"),  # what follows «к» is the goal
    ("status", "Разработка ПСД", "planned"),
    ("status", "Ведутся СМР", "in_progress"),
    ("rag", "В графике (зелёный)", "green"),
    ("territory_type", "Инноцентр", "innovation"),
    ("cluster", "ТРИЗ", "hard_to_recover"),  # three capitals may spell a term
])
def test_value_rules_learned_from_the_fifth_set(vocabulary: str, cell: str, key: str) -> None:
    assert match_value(vocabulary, cell).key == key


@pytest.mark.parametrize(("vocabulary", "cell"), [
    ("status", "Инвестиционный проект"),  # generic words meet only their own forms
    ("status", "Принят к реализации"),  # a goal, and no state word before it
])
def test_cells_the_fifth_sets_rules_leave_unread(vocabulary: str, cell: str) -> None:
    assert match_value(vocabulary, cell).key is None


@pytest.mark.parametrize(("vocabulary", "cell"), [
    ("rag", "Отклонение"),  # "без отклонений" is green; the deviation alone is no colour
    ("rag", "Без отставания"),  # без, нет, отсутствует negate as не does
    ("status", "Реализуется (2 этап не начат)"),  # one part negated, another not: two things said
    ("status", "Стадия"),  # words every term may carry name none of them
    ("status", "Проект"),
    ("territory_type", "ОЭЗ"),  # a zone of no stated type
])
def test_cells_a_review_found_read_wrongly_are_no_term(vocabulary: str, cell: str) -> None:
    assert match_value(vocabulary, cell).key is None


@pytest.mark.parametrize("cell", ["Нет риска", "Риски отсутствуют"])
def test_no_risk_is_green_not_the_risk_it_denies(cell: str) -> None:
    # The review found these read as a risk (amber); a denied risk is the green of a risk scale (fresh10's
    # status reports say so), which the vocabulary now names.
    assert match_value("rag", cell).key == "green"


@pytest.mark.parametrize("cell", ["На стадии строительства", "Идёт реализация"])
def test_generic_words_that_say_a_whole_spelling_name_it(cell: str) -> None:
    assert match_value("status", cell).key == "in_progress"


@pytest.mark.parametrize("header", ["Статус / Planning", "Наименование / Plant", "Объект / Создание"])
def test_a_child_is_a_plan_or_fact_mark_only_as_a_whole_word(header: str) -> None:
    assert _field(header) is None


def test_usd_mm_is_millions_not_a_date_pattern() -> None:
    assert match_header("Investment, USD mm")[0] == "total_cost_mln"


@pytest.mark.parametrize(("header", "currency"), [
    ("Investment, USD mm", "USD"), ("Стоимость проекта, млн долларов США", "долларов"),
    ("Федеральное финансирование (€ тыс.)", "€"), ("Whole life cost, £m", "£"), ("Стоимость, тыс. тенге", "тенге"),
    ("Источники финансирования / внебюджетные (млн евро)", "евро"),
])
def test_a_money_column_in_another_currency_is_left_out_with_a_note(header: str, currency: str) -> None:
    (column,), notes = map_columns([header])
    assert column.field is None and column.reason is not None and column.reason.code == "why.currency"
    assert [(n.code, n.params["currency"]) for n in notes] == [("note.column_currency", currency)]


@pytest.mark.parametrize("header", ["Стоимость, млн руб.", "Cost (RUB m)", "Euroset contract number"])
def test_roubles_and_words_that_only_look_like_a_currency_are_no_currency(header: str) -> None:
    _columns, notes = map_columns([header])
    assert not any(n.code == "note.column_currency" for n in notes)


@pytest.mark.parametrize("order", [("План", "Факт"), ("Факт", "План"), ("Плановый", "Фактический")])
def test_a_field_with_one_side_takes_the_plan_column_in_any_order(order: tuple[str, str]) -> None:
    columns, _notes = map_columns([f"Срок начала строительства / {side}" for side in order])
    chosen = {c.header.rsplit("/ ", 1)[1]: c.field for c in columns}
    plan = next(side for side in order if side.startswith("План"))
    fact = next(side for side in order if side.startswith("Факт"))
    assert (chosen[plan], chosen[fact]) == ("start_date", None)


@pytest.mark.parametrize(("vocabulary", "cell", "key"), [
    # A process noun is the work under way; only its participle says the work is done.
    ("status", "Стадия исполнения", "in_progress"),
    ("status", "Идёт завершение монтажа", "in_progress"),
    ("status", "Этап выполнения", "in_progress"),
    ("status", "Строительство завершено", "completed"),
    ("status", "Исполнен в срок", "completed"),
    # A copula adds nothing; a word on lateness is the RAG's, not the status's.
    ("status", "Находятся в стадии реализации", "in_progress"),
    ("status", "Является действующим", "in_progress"),
    ("status", "Ведутся работы, с опозданием", "in_progress"),
    ("status", "Under construction, overdue", "in_progress"),
])
def test_process_nouns_copulas_and_lateness_in_a_status(vocabulary: str, cell: str, key: str) -> None:
    assert match_value(vocabulary, cell).key == key


@pytest.mark.parametrize("cell", ["Просрочен", "С опозданием", "Overdue"])
def test_lateness_alone_is_no_status(cell: str) -> None:
    assert match_value("status", cell).key is None


@pytest.mark.parametrize(("header", "field"), [
    ("Куррирующее ведомство", "curator"),  # a letter doubled by a slip
    ("Коллличество рабочих мест", "jobs_planned"),
    ("Наименоввание проекта", "name"),
])
def test_a_doubled_or_undoubled_letter_is_a_slip(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize("cell", [
    "Работы завершаются",  # a present-tense process meets no result of its stem
    "Исполнен частично",  # done in part is not done
    "Partially completed",
    "Реализация прекращена",  # cancelled, terminated or struck off: none of the four
    "Project terminated, site closed",
    "Снят с реализации, отменён",
    "Pre-commissioning",  # the stage before, not the stage itself
])
def test_cells_that_must_not_read_as_completed(cell: str) -> None:
    assert match_value("status", cell).key is None


@pytest.mark.parametrize(("header", "field"), [
    ("Наим-е объекта", "name"),  # a word cut with a hyphen before its ending is its beginning
    ("Ответств. орг-ция", "lead_organization"),
    ("Ответственный ОИВ", "curator"),  # ministry-form acronyms of executive bodies
    ("Курирующий ИОГВ", "curator"),
    ("Fed budget, RUB m", "federal_budget_mln"),  # short forms of English exports
    ("extra-budget, RUB m", "extra_budgetary_mln"),
    ("New jobs / fact", "jobs_created"),  # the plan/fact calque in English
    ("Частные инвестиции / заявленные", "extra_budgetary_mln"),  # declared is the plan side
    ("Иные межбюджетные трансферты из областного бюджета", "regional_budget_mln"),
    ("Входит в состав кластера", "cluster"),
    ("Оценка по светофору", "rag"),  # a closing «по …» says which field
    ("Проект протокола: предлагаемое решение", "decisions_requested"),  # a meeting is what decisions ask of
    ("Дата начала эксплуатации объекта", "end_date"),  # operation begins when the project is delivered
    ("Конец реализации", "end_date"),
    ("Region of implementation", "location"),
])
def test_header_rules_learned_from_the_sixth_and_seventh_sets(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize("header", [
    "Поручение / ответственный исполнитель",  # a parent naming another object makes the child about it
    "Протокол совещания / дата",
    "Имеющаяся численность работников",  # a count now, not jobs created
    "Current headcount",
    "Направления расходования средств",  # lines of spending are no class field
])
def test_header_rules_that_leave_columns_out(header: str) -> None:
    assert _field(header) is None


def test_a_closing_generic_word_specifies_nothing() -> None:
    assert _field("Затраты по проекту") == "total_cost_mln"  # «по проекту» names no other field


@pytest.mark.parametrize(("vocabulary", "cell", "key"), [
    ("status", "Отставание от графика работ, реализуется", "in_progress"),  # lateness is the RAG's
    ("status", "Execution stage", "in_progress"),
    ("work_area", "Наука и обр-е", "science_education"),  # a word cut with a hyphen before its ending
    ("rag", "Риск низкий", "green"),  # a risk scale by its level
    ("rag", "Уровень риска: высокий", "red"),
    ("rag", "Moderate risk", "amber"),
    ("rag", "Needs attention", "amber"),
    ("rag", "Delivery unachievable", "red"),
    ("cluster", "Обработка древесины и производство изделий", "timber"),  # clusters by their activity class
    ("cluster", "Производство нефтепродуктов и кокса", "petrochemical"),
    ("cluster", "Производство бумаги и картона", "timber"),
    ("cluster", "Производство лекарственных средств", "pharma"),
    ("cluster", "Телекоммуникации и связь", "medtech_it"),
])
def test_value_rules_learned_from_the_sixth_and_seventh_sets(vocabulary: str, cell: str, key: str) -> None:
    assert match_value(vocabulary, cell).key == key


@pytest.mark.parametrize("cell", ["Ожидает финансирования", "Ждёт решения инвестора", "Pending approval"])
def test_waiting_names_no_status_of_its_own(cell: str) -> None:
    assert match_value("status", cell).key is None


@pytest.mark.parametrize(("header", "field"), [
    ("Объект / Название (англ.)", "name_en"),  # a language mark makes any name the English one
    ("Наименование объекта (англ.)", "name_en"),
    ("Наименование (латиницей)", "name_en"),
    ("Итого (тыс. рублей)", "total_cost_mln"),  # only a total, in money: the sum of it all
    ("Всего, млрд руб.", "total_cost_mln"),
])
def test_language_marks_and_bare_money_totals(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize("header", [
    "Арендная плата за площадку, млн руб.",  # a site's rent is not the project's money
    "Всего за 1 год, тыс. руб.",  # one year's slice
    "Годовой объем финансирования",
    "Annual funding, RUB m",
    "Всего",  # a bare total without money says not what it totals
])
def test_rent_yearly_slices_and_bare_totals_are_left_out(header: str) -> None:
    assert _field(header) is None


@pytest.mark.parametrize("header", ["totalCostUsd", "total_cost_usd"])
def test_a_currency_in_a_camel_case_or_snake_case_name_is_found(header: str) -> None:
    (column,), notes = map_columns([header])
    assert column.field is None and [n.code for n in notes] == ["note.column_currency"]


@pytest.mark.parametrize(("vocabulary", "cell", "key"), [
    ("cluster", "ТрИЗ (трудноизвлекаемые запасы)", "hard_to_recover"),  # a remark spells out what stands before it
    ("rag", "Есть замечания (жёлтый)", "amber"),
    ("status", "Приостановлен до особого распоряжения", "suspended"),  # «до …» says how long, not the state
    ("status", "Реализуется до 2027 года", "in_progress"),
    ("category", "Промышленность", "industrial"),  # the noun of the sphere an adjective names
    ("category", "Транспортная инфраструктура", "infrastructure"),
    ("cluster", "Радиохимическое производство", "nuclear"),
])
def test_remarks_durations_and_spheres(vocabulary: str, cell: str, key: str) -> None:
    assert match_value(vocabulary, cell).key == key


@pytest.mark.parametrize(("vocabulary", "cell", "keys"), [
    ("status", "Строится (заморожен)", ("in_progress", "suspended")),
    ("rag", "Красный (в графике)", ("green", "red")),
])
def test_a_short_remark_that_says_another_key_makes_the_cell_ambiguous(vocabulary: str, cell: str,
                                                                        keys: tuple[str, ...]) -> None:
    found = match_value(vocabulary, cell)
    assert found.key is None and set(found.candidates) == set(keys)


@pytest.mark.parametrize(("header", "field"), [
    ("ОКС", "name"),  # объект капитального строительства
    ("DCA", "rag"),  # delivery confidence assessment
    ("Расположение объекта", "location"),
    ("Организатор проекта", "lead_organization"),
    ("Рабочие места / план на весь срок", "jobs_planned"),  # a plan, for a period
])
def test_more_header_families_of_the_sixth_and_seventh_sets(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize(("cell", "key"), [("Новый", "planned"), ("Backlog", "planned"), ("NEW", "planned")])
def test_a_trackers_new_is_work_not_begun(cell: str, key: str) -> None:
    assert match_value("status", cell).key == key


@pytest.mark.parametrize("cell", ["Новый этап строительства", "Новое строительство"])
def test_words_every_term_carries_that_say_two_terms_are_refused(cell: str) -> None:
    found = match_value("status", cell)
    assert found.key is None and set(found.candidates) == {"planned", "in_progress"}


@pytest.mark.parametrize(("vocabulary", "cell"), [
    # a closing «нет» and a problem removed turn the term round
    ("rag", "Срыва сроков нет"), ("rag", "Отставание: нет"), ("status", "Заморожен? Нет"),
    ("rag", "Отставание преодолено, устранено"), ("rag", "Red (issue resolved)"), ("status", "Пауза снята"),
    ("status", "Приостановлен (возобновлён в марте)"),
    # what was, what is forecast, what changed, what will be
    ("rag", "Ранее: красный"), ("rag", "Прогноз — жёлтый"), ("rag", "Жёлтый, повышен до красного"),
    ("status", "Запланирован ввод объекта в эксплуатацию"), ("status", "Completion scheduled for 2026"),
    ("status", "Commissioning pending"),
    # done part of the way, or a stage of it done
    ("status", "Практически выполнен"), ("status", "Выполнен на 75 %"), ("status", "Завершено 2 из 4 работ"),
    ("status", "Almost complete"), ("status", "Завершена вторая очередь"),
    # a deviation is never green, and a degree moves a colour by a step no spelling says
    ("rag", "Отклонение от сроков"), ("rag", "Небольшое отставание"), ("rag", "Риск выше среднего"),
])
def test_cells_the_sixth_review_found_read_wrongly_are_left_out(vocabulary: str, cell: str) -> None:
    assert match_value(vocabulary, cell).key is None


@pytest.mark.parametrize(("vocabulary", "cell", "key"), [
    ("rag", "Зелёный, без отклонений", "green"),
    ("status", "Приостановлен (нет финансирования)", "suspended"),
    ("status", "Реализуется (готовность 60 %)", "in_progress"),
    ("cluster", "Кластер дикоросов и возобновляемых ресурсов", "wildlife"),
    ("status", "Строительство объекта завершено", "completed"),
])
def test_what_those_rules_must_keep_reading(vocabulary: str, cell: str, key: str) -> None:
    assert match_value(vocabulary, cell).key == key


@pytest.mark.parametrize("header", [
    # a status or a cost of something other than the project, its object or its work
    "Статус разрешения на строительство", "Стадия судебного разбирательства", "Этап конкурсных процедур",
    "Юридический статус", "Стоимость техники", "Стоимость аренды площадки",
    # problems settled and decisions taken
    "Устраненные проблемы", "Решения приняты",
    # one year's slice of money
    "Средства областного бюджета на 2026 год", "Финансирование в 2025 / внебюджет",
    # a currency said with a contraction, or in a word the pattern must find
    "Стоимость, млн долл.", "Объем инвестиций, тыс. у.е.", "Стоимость, млн белорусских рублей",
])
def test_columns_the_sixth_review_found_read_wrongly_are_left_out(header: str) -> None:
    assert _field(header) is None


@pytest.mark.parametrize(("header", "field"), [
    ("Статус реализации проекта на 01.07", "status"), ("Стадия реал.", "status"),
    ("Стоимость строительства объекта", "total_cost_mln"), ("Стоимость в текущих ценах, млн руб.", "total_cost_mln"),
    ("Объем финансирования на 2024-2028 годы, млн руб.", "total_cost_mln"),
])
def test_what_the_of_what_rules_keep_reading(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize(("header", "field"), [
    ("Список объектов / наименование", "name"),  # a list of X is X
    ("в т.ч. ФБ, млн руб.", "federal_budget_mln"),  # «в т.ч.» opens a part of its parent
    ("Внебюдж. ср-ва", "extra_budgetary_mln"),
    ("Областной бюджет (бюджет ТО)", "regional_budget_mln"),  # the programme's own region
    ("Создаваемые рабочие места, к созданию", "jobs_planned"),
    ("Численность рабочих мест (по договору)", "jobs_planned"),  # according to a document, no document's figure
    ("Срок ввода объекта / по бизнес-плану", "end_date"),  # a child that only says according to what
    ("Необходимое федеральное содействие", "decisions_requested"),
    ("Вид территории", "territory_type"),
])
def test_header_rules_learned_from_the_eighth_and_ninth_sets(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize("header", ["Итого по району", "Всего по направлению"])
def test_a_total_holds_no_class(header: str) -> None:
    assert _field(header) is None


@pytest.mark.parametrize(("vocabulary", "cell", "key"), [
    ("status", "Завершенные", "completed"),  # a result's stem that a process noun shares is still the result
    ("status", "В настоящее время реализуется", "in_progress"),  # "currently": when, not what
    ("rag", "Есть риски", "amber"),
])
def test_value_rules_learned_from_the_eighth_and_ninth_sets(vocabulary: str, cell: str, key: str) -> None:
    assert match_value(vocabulary, cell).key == key


@pytest.mark.parametrize(("vocabulary", "cell"), [
    ("cluster", "Энергетика"),  # one word that is only part of a spelling names the general thing
    ("cluster", "Технологии"),
    ("work_area", "Climate"),
])
def test_one_word_that_is_only_part_of_a_spelling_names_no_term(vocabulary: str, cell: str) -> None:
    assert match_value(vocabulary, cell).key is None


@pytest.mark.parametrize(("vocabulary", "cell", "key"), [
    ("cluster", "Атомный", "nuclear"), ("cluster", "Лесопромышленный", "timber"), ("rag", "Жёлтый", "amber"),
    ("rag", "Внимание", "amber"),
])
def test_one_word_that_is_a_whole_spelling_still_names_its_term(vocabulary: str, cell: str, key: str) -> None:
    assert match_value(vocabulary, cell).key == key
