"""Header families added after the unseen sets fresh5–fresh9 were measured: each rule on spellings written
for this test, none of them in the wording corpus the rules were learned from."""

from __future__ import annotations

import pytest

from ino_desktop.importer.wording.values import match_value
from tests.importer.reading import field_of as _field


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


@pytest.mark.parametrize(("cell", "key"), [
    # An investment project's life: design and site before building, the building (investment) phase, and
    # operation at design capacity; in their other names and word forms.
    ("Предпроектная фаза", "planned"),
    ("Строительная фаза", "in_progress"),
    ("Выведено на проектную мощность", "completed"),
    # A verb of going on says only that; the work it names says the stage.
    ("Проводится проектирование", "planned"),
    ("Продолжаются ПИР", "planned"),
    ("Идет выбор площадки", "planned"),
    ("Ведутся пусконаладочные работы", "in_progress"),
    ("Осуществляется монтаж оборудования", "in_progress"),
    # An acronym written in lower case still expands to all its words.
    ("Пир", "planned"),
])
def test_stages_of_a_projects_life(cell: str, key: str) -> None:
    assert match_value("status", cell).key == key


def test_a_verb_of_going_on_with_no_stage_is_read_whole() -> None:
    assert match_value("status", "Ведутся переговоры").key is None  # talks: no stage of the project's


@pytest.mark.parametrize(("header", "field"), [
    ("Рег. номер", "code"),  # "рег." before a number is the registration, not the region
    ("Номер по перечню", "code"),  # by which numbering: a circumstance of the code
    ("Kickoff date", "start_date"),
    ("Локация объекта", "location"),
])
def test_more_header_families(header: str, field: str) -> None:
    assert _field(header) == field


def test_a_stage_before_another_is_not_yet_begun() -> None:
    assert match_value("status", "Pre-execution").key == "planned"  # before the work under way
    assert match_value("status", "Pre-anything").key is None  # the rest names no stage


def test_a_code_may_have_several_letter_groups() -> None:
    from ino_desktop.importer.wording.evidence import looks_like_code
    assert looks_like_code("АБ-ВГД/07-115") and not looks_like_code("Производство 2020")


@pytest.mark.parametrize(("header", "field"), [
    # A Latin letter that looks Cyrillic inside a Russian word is a slip of the keyboard layout.
    ("Cрок окончания", "end_date"),  # Latin C
    ("Oтветственная организация", "lead_organization"),  # Latin O
    ("Вн/бюдж. средства, т.р.", "extra_budgetary_mln"),
    ("в т.ч. подтв. (гарантийные письма)", "extra_budgetary_confirmed_mln"),
    ("Main challenges", "problems"),
    ("Support needed", "decisions_requested"),
    ("Objective of the project", "description"),
])
def test_slips_telegrams_and_english_families(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize("header", [
    "Procurement Status",  # English says of what before the head: another thing's status
    "Land cost",
    "Stage owner",  # in English a word after the head word is the head
    "Decisions made",  # settled, not asked for
    "Наименование проекта участника",  # the name of a participant's project: not the participant
])
def test_english_of_another_and_settled(header: str) -> None:
    assert _field(header) not in {"status", "total_cost_mln", "decisions_requested", "lead_organization"}


def test_a_mixed_script_word_folds_to_cyrillic_but_a_latin_code_stays() -> None:
    from ino_desktop.reference import fold
    assert fold("Зaвeршeн") == "завершен" and fold("INO-0012") == "ino-0012"
    assert match_value("status", "Зaвершен").key == "completed"


@pytest.mark.parametrize(("vocabulary", "cell", "key"), [
    ("status", "Эксплуатационная стадия проекта", "completed"),
    ("status", "На стадии эксплуатации", "completed"),  # the stage the project is at, not a stage finished
    ("status", "Операционная фаза", "completed"),
    ("status", "Идет получение разрешения на строительство", "planned"),
    ("cluster", "Лесозаготовка и деревообработка", "timber"),
    ("cluster", "Nuclear fuel", "nuclear"),
    ("cluster", "Программное обеспечение", "medtech_it"),
    ("work_area", "Обрабатывающие производства", "industry"),
])
def test_value_families_of_stages_and_activities(vocabulary: str, cell: str, key: str) -> None:
    assert match_value(vocabulary, cell).key == key


@pytest.mark.parametrize("cell", [
    "Этап проектирования завершён",  # a stage finished is not the project finished
    "Эксплуатация начата, однако проектная мощность не достигнута",  # says it and denies it
])
def test_a_stage_finished_or_a_state_denied_is_no_status(cell: str) -> None:
    assert match_value("status", cell).key is None


@pytest.mark.parametrize(("header", "field"), [
    ("Ст-ть объекта, т. руб.", "total_cost_mln"),  # a word cut with a hyphen after two letters
    ("К-во новых рабочих мест", "jobs_planned"),
    ("o/w federal funds (RUB m)", "federal_budget_mln"),  # "of which", as English shorthand writes it
    ("Областной бюджет (субсидия)", "regional_budget_mln"),  # the form a budget's money takes, not another thing
    ("Средства частных партнёров проекта", "extra_budgetary_mln"),  # a public partner's is the budget's
    ("Площадка реализации", "location"),
])
def test_shorthand_and_remark_families(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize(("header", "factor"), [
    ("Стоимость, т.р.", 0.001),  # the clerk's thousand roubles
    ("Итого (т. руб.)", 0.001),
    ("Сумма, руб.", 0.000001),
    ("млн. р.", 1.0),
])
def test_units_as_clerks_write_them(header: str, factor: float) -> None:
    from ino_desktop.importer.values import unit_factor
    assert unit_factor(header) == factor


@pytest.mark.parametrize("header", [
    "Средства университета",  # a party's money is no organisation column
    "Адрес регистрации организации",  # the company's legal address, not the project's place
    "Собственник участка",  # the owner is no field
])
def test_headers_of_money_addresses_and_owners_take_no_text_field(header: str) -> None:
    assert _field(header) not in {"lead_organization", "location", "extra_budgetary_mln"}


def test_the_address_of_the_site_is_the_location() -> None:
    assert _field("Адрес участка") == "location"


@pytest.mark.parametrize(("vocabulary", "cell"), [
    ("cluster", "Лесные ресурсы"),  # part of a class's name, without the adjective that narrows it, is wider
    ("rag", "Зелёный (просрочка)"),  # green and late: both said
    ("rag", "Green, behind plan"),
    ("status", "Restart expected in Q3"),  # paused now, whatever else
    ("status", "Ожидается возобновление строительства"),
])
def test_wider_or_contradictory_cells_are_no_term(vocabulary: str, cell: str) -> None:
    assert match_value(vocabulary, cell).key is None


def test_a_compound_with_a_word_cut_short_keeps_both_words() -> None:
    assert match_value("territory_type", "Научно-обр. парк").key == "research_education"
    assert match_value("rag", "Зелёный (без просрочек)").key == "green"  # negated lateness is on time


@pytest.mark.parametrize(("header", "field"), [
    ("Стаутс реализации", "status"),  # two neighbouring letters swapped
    ("Создано раб мест", "jobs_created"),
    ("(место реализации)", "location"),  # a form's caption wholly in parentheses
    ("Финансирование на реализацию из федерального бюджета, тыс. руб.", "federal_budget_mln"),  # "из": the source
])
def test_slips_captions_and_sources(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize(("header", "field"), [
    ("Полное наименование инвестиционного проекта", "name"),  # "full" says written out, not which field
    ("Полное описание проекта", "description"),
    ("Полное наименование заявителя", "lead_organization"),
])
def test_full_says_written_out(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize(("header", "field"), [
    ("Описание продукции и технологии", "description"),  # a description of the project's product
    ("Описание идеи", "description"),
    ("Администратор проекта", "curator"),
    ("Цв. индикатор", "rag"),
    ("Project health", "rag"),
    ("Path to green", "decisions_requested"),
    ("Overall investment", "total_cost_mln"),  # "overall" says nothing of which field
])
def test_descriptions_and_report_words(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize("header", ["Описание льготы", "Описание проекта на английском"])
def test_a_description_of_something_else_is_no_description(header: str) -> None:
    assert _field(header) != "description"


def test_with_a_breakdown_says_what_else_is_written() -> None:
    assert _field("Объём финансирования проекта с разбивкой по источникам, млн руб.") == "total_cost_mln"


def test_a_completion_dated_this_year_or_before_is_completed_and_a_later_one_is_not() -> None:
    import datetime as dt
    year = dt.date.today().year
    assert match_value("status", f"Введён в эксплуатацию в {year} году").key == "completed"
    assert match_value("status", f"Введён в эксплуатацию в {year - 3} г.").key == "completed"
    assert match_value("status", f"Ввод в эксплуатацию в {year + 1} году").key is None  # a date to come


@pytest.mark.parametrize("header", ["Название проекта (предприятия)", "Наименование проекта (заказчика)",
                                    "Наименование объекта (учреждения)"])
def test_a_one_noun_remark_beside_a_full_name_is_not_the_organisation(header: str) -> None:
    assert _field(header) != "lead_organization"


@pytest.mark.parametrize(("header", "field"), [
    ("Наименование проекта (на английском)", "name_en"),  # a remark that narrows still decides
    ("Наименование (EN)", "name_en"),
    ("Наименование организации (проекта)", "lead_organization"),  # the words before the remark decide
])
def test_a_remark_that_narrows_still_decides(header: str, field: str) -> None:
    assert _field(header) == field
