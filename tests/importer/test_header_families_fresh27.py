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
    ("Средства ОкрБ, тыс. руб.", "regional_budget_mln"), ("КБ (план), млн руб.", "regional_budget_mln"),
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
    ("Назначение объекта строительства", "category"), ("Federal budget share, RUB m", "federal_budget_mln"),
    ("Доля областного бюджета, %", None), ("Federal share", None),
    ("Причины отставания от графика ввода", "problems"),  # a date word in the reasons for missing it
])
def test_reasons_of_a_failure_purpose_and_shares_in_money(header: str, field: str | None) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(("vocabulary", "cell", "key"), [
    ("status", "Procurement underway", "planned"), ("status", "Проведение конкурсных процедур", "planned"),
    ("status", "Outline business case", "planned"), ("status", "Programmed", "planned"),
    # the design done is the stage before building (it was left out, lest it read as the project completed)
    ("status", "ПСД выполнена", "planned"), ("status", "Completed design", "planned"),
    ("status", "Проектирование выполнено", "planned"),
    ("status", "Проектирование завершено, ведутся СМР", None),
    ("status", "Post-implementation review", "completed"),
    ("status", "Закупка оборудования", None),  # buying equipment says no stage of the project
    ("rag", "Исполнение в срок", "green"), ("rag", "Реализация с задержкой", "amber"),
    ("category", "Детский сад на 220 мест", "social"), ("category", "Дорожное хозяйство", "infrastructure"),
    ("cluster", "Дикоросы (переработка и сбыт)", "wildlife"), ("cluster", "Дикоросы (фармацевтика)", None),
    ("cluster", "Wild berries and mushrooms processing", "wildlife"), ("cluster", "Timber", "timber"),
])
def test_value_families(vocabulary: str, cell: str, key: str | None) -> None:
    assert match_value(vocabulary, cell).key == key


@pytest.mark.parametrize("header", ["Отклонение от плана / ОБ", "Остаток средств, млн руб. / федеральный бюджет",
                                    "Cost variance / Private", "Изменение стоимости проекта / всего"])
def test_the_parts_of_a_change_or_a_remainder_are_no_amounts(header: str) -> None:
    assert field_of(header) is None
