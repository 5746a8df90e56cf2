"""Header and value families learned after the unseen sets fresh14 (Russian regional forms) and fresh15
(English-language portfolios) were measured once, and from spellings written to probe the importer: each
rule on spellings written for this test, none of them in the wording corpus."""

from __future__ import annotations

import pytest

from ino_desktop.importer.mapping import map_columns
from ino_desktop.importer.wording.values import match_value
from tests.importer.reading import field_of as _field


@pytest.mark.parametrize(("header", "field"), [
    # jobs organised or opened are jobs created; to be organised, the plan
    ("Открыто рабочих мест, ед.", "jobs_created"),
    ("Количество открытых раб. мест", "jobs_created"),
    ("Будет организовано новых рабочих мест", "jobs_planned"),
    # a legal or a business entity is an organisation: its money is extra-budgetary
    ("Средства юр. лиц, тыс. руб.", "extra_budgetary_mln"),
    ("Заявитель (юрлицо)", "lead_organization"),
    ("Вложения хозяйствующего субъекта", "extra_budgetary_mln"),
    ("Частные средства, млн руб.", "extra_budgetary_mln"),
    # a register's entry identifies the project
    ("Номер реестровой записи", "code"),
    ("Номер записи реестра проектов", "code"),
    ("Reg. no.", "code"),
    ("Unique project ID", "code"),
    # an official who answers for the project
    ("Accountable officer (ministry)", "curator"),
    ("Line ministry", "curator"),
    # a name in a foreign language is the English name
    ("Наименование проекта на иностранном языке", "name_en"),
    # requisites after a comma are what to write beside the name
    ("Инвестор, ИНН", "lead_organization"),
    ("Заявитель, ИНН, ОГРН", "lead_organization"),
    # the name and what else is written of the same project or organisation
    ("Наименование и местонахождение объекта", "name"),
    ("Наименование и ИНН организации", "lead_organization"),
    # the recipient of a subsidy or a grant is the organisation
    ("Получатель субсидии", "lead_organization"),
    ("Наименование получателя гранта", "lead_organization"),
    # the building works' dates are the project's
    ("Дата начала СМР", "start_date"),
    ("Срок окончания строительно-монтажных работ", "end_date"),
    # the region's budget under its other names; the municipalities' budgets are the local one
    ("Средства бюджета автономного округа", "regional_budget_mln"),
    # English: an entity that implements, a promoter, employment created, constraints, a whole life cost
    ("Implementing entity (name)", "lead_organization"),
    ("Promoter", "lead_organization"),
    ("Employment created", "jobs_created"),
    ("Jobs planned, no.", "jobs_planned"),
    ("Key constraints", "problems"),
    ("Whole life cost, RUB m", "total_cost_mln"),
    ("Postal code", "location"),
    ("Location type (park / SEZ)", "territory_type"),
    # the EU's word for a funded project
    ("operation_title", "name"),
    ("Operation name (EU programme)", "name"),
    # a remark that lists one vocabulary's terms decides over the word before it
    ("Статус-светофор (зелёный / жёлтый / красный)", "rag"),
])
def test_families_read(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize("header", [
    "Бюджет муниципального района, тыс. руб.",  # the local budget is no field
    "FY2026 budget, RUB m",  # one fiscal year's slice
    "Budget FY 26/27",
    "IDA commitment, USD m",  # a lender's commitment is its loan
    "Открытый конкурс",  # "open" of no jobs
    "Иностранный капитал",  # foreign money names no language
    "ИНН организации",  # the tax number is not the organisation's name
    "Номер паспорта руководителя",  # a person's passport, no register's entry
    "Economic sector",  # a cluster's industry or a project's category: the values decide
    "Industry sector",
])
def test_left_to_the_values_or_out(header: str) -> None:
    assert _field(header) is None


@pytest.mark.parametrize(("values", "field"), [
    (["Industrial projects", "Social sphere", "Infrastructure projects"], "category"),
    (["Pharmaceutical industry", "Wood processing industry", "Petrochemicals industry"], "cluster"),
])
def test_a_sector_is_what_its_values_say(values: list[str], field: str) -> None:
    columns, _notes = map_columns(["Title of the project", "Economic sector"], samples=[["A1", "B2", "C3"], values])
    assert columns[1].field == field


@pytest.mark.parametrize(("vocabulary", "cell", "key"), [
    # begun is under way; a reason after a state is why, not another state
    ("status", "Реализация начата", "in_progress"),
    ("status", "Начато строительство объекта", "in_progress"),
    ("status", "Приостановлен по решению собственника", "suspended"),
    ("status", "Заморожен в связи с санкциями", "suspended"),
    ("status", "Suspended due to funding gap", "suspended"),
    ("status", "Paused pending a new investor", "suspended"),
    ("status", "Реализуется, сроки сдвинуты", "in_progress"),
    # before a project is under way: an idea, an application, a feasibility study, a bank's appraisal
    ("status", "Инвестиционный замысел инициатора", "planned"),
    ("status", "Прорабатывается", "planned"),
    ("status", "Разработка ТЭО", "planned"),
    ("status", "Appraisal", "planned"),
    ("status", "Feasibility stage", "planned"),
    ("status", "On ice", "suspended"),
    # a delay: going on late is amber, lagging red
    ("rag", "Отстаёт", "red"),
    # English sectors of public infrastructure and of industry
    ("category", "Highways", "infrastructure"),
    ("category", "Ports", "infrastructure"),
    ("category", "Manufacturing sector", "industrial"),
    ("territory_type", "Медицинские кампусы", "medical"),
    ("work_area", "Investment environment improvement", "business_environment"),
])
def test_value_families(vocabulary: str, cell: str, key: str) -> None:
    assert match_value(vocabulary, cell).key == key


@pytest.mark.parametrize(("vocabulary", "cell"), [
    ("status", "Commissioning pending"),  # the completion awaited, not had
    ("rag", "Идёт с отставанием"),  # amber to some, red to others
    ("rag", "С отставанием от графика"),
])
def test_values_left_out(vocabulary: str, cell: str) -> None:
    assert match_value(vocabulary, cell).key is None
