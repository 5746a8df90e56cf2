"""Readings two independent reviews of the day's rules found wrong, each mended by narrowing the rule; and
Russian written in Latin letters, tried only where every word is Russian. Spellings written for this test,
none of them in the wording corpus."""

from __future__ import annotations

import pytest

from ino_desktop.importer.wording.values import match_value
from tests.importer.reading import field_of as _field


@pytest.mark.parametrize(("header", "field"), [
    # one clause of whose is no list of things named: the cluster's name, not the project's
    ("Название кластера, к которому относится проект", "cluster"),
    # anything foreign is not a foreign language: the project's own name
    ("Наименование проекта с иностранным участием", "name"),
    ("Наименование проекта (иностр. яз.)", "name_en"),
    # a plant's commercial operation begins when the project ends
    ("Commercial operation start date", "end_date"),
    ("Operation start (programme data)", "start_date"),
    # ", no." is a count's unit only beside what is counted
    ("Reference, no.", "code"),
    ("Jobs created, no.", "jobs_created"),
    # jobs being opened are the plan
    ("Открываемые рабочие места", "jobs_planned"),
    # an investor's commitment is confirmed money; a lender's is its loan
    ("Private sector commitment", "extra_budgetary_confirmed_mln"),
    # problems that need a decision are the decisions asked for, not what the project is for
    ("Проблемы, решение которых требует поддержки на федеральном уровне", "decisions_requested"),
    # Russian in Latin letters, as exports and database columns write it
    ("Naimenovanie_obekta", "name"),
    ("SrokOkonchaniya", "end_date"),
    ("Sredstva_OB_mln", "regional_budget_mln"),
    ("Status_realizacii", "status"),
    ("Kurator_proekta", "curator"),
    ("Рабочие места, созданные с начала реализации", "jobs_created"),  # so far: the fact
])
def test_headers_read(header: str, field: str) -> None:
    assert _field(header) == field


@pytest.mark.parametrize("header", [
    "Номер записи в ЕГРЮЛ об инициаторе проекта",  # another register's entry, of the company
    "Company registration number",  # English says whose number before it
    "Applicant reg. no.",
    "Наименование и дата акта об утверждении проекта",  # the act's name and date, not the project's name
    "Наименование и размер субсидии заявителю",
    "Стоимость СМР",  # the building works' cost is a part of the project's
    "Статус СМР",
    "Начало и окончание реализации",  # both ends in one column
    "Company postcode",  # the company's seat, not the site
    "Risk status (portfolio)",  # English, whatever its letters spell in Russian
    "Бюджет городского округа, тыс. руб.",  # the local budget
    # English that a letter-by-letter reading would take for Russian: short acronyms, English words
    "Fb",
    "FB likes",
    "WBS code",
    "Tip",
    "Total commitment",  # a commitment of no one named is no confirmed money
    "Projects, no.",  # a count of projects, no project's code
    # money spent so far, or of a reporting period, in any level of the header
    "Профинансировано с начала реализации / в том числе: / федеральный бюджет",
    "Объем финансирования за отчетный период, тыс. руб. / ОБ",
])
def test_headers_left_out(header: str) -> None:
    assert _field(header) is None


@pytest.mark.parametrize(("vocabulary", "cell"), [
    # a reason is read as a pause's only: ended otherwise, or any other state with a reason, says more
    ("status", "Завершен в связи с отказом инвестора"),
    ("status", "Closed due to lack of funding"),
    ("status", "Реализация в связи с отказом инвестора не ведется"),
    # what waits is not yet had
    ("status", "Construction pending permits"),
    ("status", "Completion pending final inspection"),
    # postponed, struck off, withdrawn or dropped: no stage of the four
    ("status", "Реализация перенесена"),
    ("status", "Заявлен к исключению из реестра"),
    ("status", "Предложение инвестора отозвано"),
    ("status", "Approved (dropped)"),
    ("status", "Construction pending permits"),
    # English cells a letter-by-letter reading would take for Russian
    ("rag", "Behind plan"),
    ("rag", "No plan"),
    ("rag", "Norm"),
    ("rag", "Krasnodar office"),
    ("cluster", "Farming"),
    ("status", "Nova"),
])
def test_values_left_out(vocabulary: str, cell: str) -> None:
    assert match_value(vocabulary, cell).key is None


@pytest.mark.parametrize(("vocabulary", "cell", "key"), [
    ("status", "Приостановлен в связи с поиском инвестора", "suspended"),
    ("status", "Строится по инициативе инвестора", "in_progress"),  # the reason's words never vote
    ("status", "realizovan", "completed"),
    ("status", "zaplanirovan", "planned"),
    ("rag", "krasnyj", "red"),
    ("cluster", "Neftekhimicheskiy klaster", "petrochemical"),
])
def test_values_read(vocabulary: str, cell: str, key: str) -> None:
    assert match_value(vocabulary, cell).key == key
