"""Rules learned after the corpus part fresh27 (regional address investment programmes, construction reports,
foreign PPP and capital pipelines) and the agency sets agency26 and agency27 were measured once: every rule tried
on spellings written for this test, not the corpus's own."""

from __future__ import annotations

import pytest

from ino_desktop.importer.wording.values import match_value
from tests.importer.reading import field_of


@pytest.mark.parametrize(("header", "field"), [
    # a future auxiliary makes the participle after it the plan: planned jobs are never stored as created
    ("Будет создано новых рабочих мест, ед.", "jobs_planned"),
    ("Рабочие места, которые будут созданы в ходе реализации", "jobs_planned"),
    ("Рабочие места / будут организованы", "jobs_planned"),
    ("Рабочие места / создано", "jobs_created"),
])
def test_what_will_be_done_is_the_plan(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(("header", "field"), [
    ("Средства ОкрБ, тыс. руб.", "regional_budget_mln"),
    ("КБ-разработчик", None), ("Заемные средства КБ, млн руб.", "extra_budgetary_mln"),  # a design bureau, a bank
    ("Объём капвложений, тыс. руб.", "total_cost_mln"), ("Объем капитальных вложений, всего", "total_cost_mln"),
    ("Капитальные вложения", None),  # a construction programme's heading, often over years: not said whole
])
def test_budget_acronyms_of_other_regions_and_capital_investment(header: str, field: str | None) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize("header", [
    "Генеральная подрядная организация", "Подрядная организация (наименование)", "Генподрядчик по договору",
    "Минимальный объём инвестиций, млн руб.", "Minimum investment threshold, RUB m",
    "Средства на завершение строительства, млн руб.", "Потребность для окончания работ / ФБ",
    "Статус данных мониторинга", "Record status", "Project lead POC",
])
def test_contractors_thresholds_remainders_records_and_contacts_are_no_field(header: str) -> None:
    assert field_of(header) is None


@pytest.mark.parametrize(("header", "field"), [
    ("Причины неввода в срок", "problems"), ("Причины недостижения результата", "problems"),
    ("Назначение объекта строительства", "category"),
    ("Federal share of loan, RUB m", None),  # a share, even in money, is of something else: a loan, tolls
    ("Доля областного бюджета, %", None), ("Federal share", None),
    ("Причины отставания от графика ввода", "problems"),  # a date word in the reasons for missing it
])
def test_reasons_of_a_failure_purpose_and_shares_in_money(header: str, field: str | None) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(("vocabulary", "cell", "key"), [
    ("status", "Outline business case", "planned"), ("status", "Business case rejected", None),
    ("status", "Programme under way", "in_progress"), ("status", "Проведение торгов приостановлено", None),
    # the design done is the stage before building (it was left out, lest it read as the project completed)
    ("status", "ПСД выполнена", "planned"), ("status", "Completed design", "planned"),
    ("status", "Проектирование выполнено", "planned"),
    ("status", "Проектирование завершено, ведутся СМР", None),
    ("status", "Ex-ante evaluation", None), ("status", "PIR", None),
    ("status", "Закупка оборудования", None),  # buying equipment says no stage of the project
    # a deadline named is no colour ("в срок" was once green, and took «Сроки нарушены» with it)
    ("rag", "Сроки нарушены", None), ("rag", "Перенос срока", None), ("rag", "Выполнение в срок невозможно", None),
    ("rag", "Задержка", None), ("rag", "С критической задержкой", "red"),
    ("category", "Инженерная школа", None), ("category", "Дорожная карта", None),
    ("cluster", "Дикоросы (фармацевтика)", None), ("cluster", "Нефтехимия (лесная)", None),
    ("cluster", "Wildfire prevention", None), ("cluster", "Wild salmon processing", None),
    ("cluster", "Дикорастущие лекарственные растения (фармацевтика)", None),
    ("cluster", "Wild berries and mushrooms processing", "wildlife"), ("cluster", "Timber", "timber"),
])
def test_value_families(vocabulary: str, cell: str, key: str | None) -> None:
    assert match_value(vocabulary, cell).key == key


@pytest.mark.parametrize("header", ["Отклонение от плана / ОБ", "Остаток средств, млн руб. / федеральный бюджет",
                                    "Cost variance / Private", "Изменение стоимости проекта / всего"])
def test_the_parts_of_a_change_or_a_remainder_are_no_amounts(header: str) -> None:
    assert field_of(header) is None


@pytest.mark.parametrize(("header", "field"), [
    # whose money, said in the instrumental, stays what it was (a rule that dropped the actor was taken back)
    ("Объем средств, вложенных инвестором, млн руб.", "extra_budgetary_mln"),
    ("Наименование утвержденных получателей субсидии", "lead_organization"),
])
def test_by_whom_is_read_as_before(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize("header", ["Объём инвестиций компании-резидента", "Объем средств заявителя",
                                    "Объём вложений инициатора проекта"])
def test_an_amount_said_first_is_no_organisation_whoever_it_is_of(header: str) -> None:
    # «объём» is cut to «объ» by the stemmer: the amount word is known by the word as well
    assert field_of(header) != "lead_organization"


@pytest.mark.parametrize(("header", "field"), [
    # mends from an adversarial review of these rules, each a reading they broke or a wrong value they stored
    ("Объем финансирования с учетом изменений / ФБ", "federal_budget_mln"),  # as amended: no change of it
    ("Перенос сроков / новая дата окончания", "end_date"),
    ("Параметры после изменения / Стоимость проекта", "total_cost_mln"),
    # the second review: what stands under a change is of it, wherever the change word stands in the parent
    ("Параметры до изменения / Стоимость проекта, млн руб.", None), ("Remaining funding / Federal budget", None),
    ("Неиспользованный остаток средств / Федеральный бюджет", None), ("Изменение статуса / Предыдущий статус", None),
    ("Перенос срока ввода / Первоначальный срок ввода", None),
    # …and new jobs under a deviation are its part, not a new value («новые» says the jobs, not the change)
    ("Отклонение от плана / Новые рабочие места", None), ("Change / New jobs", None),
    ("Изменение стоимости / новая стоимость, млн руб.", "total_cost_mln"),
    ("Cost variance / Private", None), ("Отклонение от плана / ОБ", None),
    ("На завершение строительства / ФБ", None), ("Средства ФБ на завершение строительства, млн руб.", None),
    ("Потребность в средствах для окончания работ / ФБ", None),
    ("Статус данного проекта", "status"), ("Стоимость данного проекта, млн руб.", "total_cost_mln"),
    ("Объект будет создан, год", None), ("Предприятие будет создано (дата)", None),  # a date is what is asked
    ("Объём капитальных вложений в текущем году", None), ("Объём капвложений за I квартал", None),
    ("Объём капвложений, накопленный", None), ("Федеральный бюджет (лимит), млн руб.", "federal_budget_mln"),
])
def test_what_a_review_of_these_rules_found(header: str, field: str | None) -> None:
    assert field_of(header) == field


@pytest.mark.timeout(10)  # a word, forty thousand spaces and a letter: the regexes once took a minute over it
def test_a_long_run_of_spaces_in_a_cell_reads_as_one_space() -> None:
    for vocabulary in ("status", "rag", "cluster"):
        assert match_value(vocabulary, "Реализуется" + " " * 40_000 + "\n") == match_value(vocabulary, "Реализуется")
