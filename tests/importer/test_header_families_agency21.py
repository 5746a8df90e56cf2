"""Rules learned after the independent agency set agency21 (a university, a development bank, a consultant's
tracker, a regional system's export) was measured once: each tried on spellings written for this test."""

from __future__ import annotations

from ino_desktop.importer.mapping import map_columns
from tests.importer.reading import read_rows


def _code_column(headers: list[str]) -> list[str]:
    codes = [[f"X-{i:03d}" for i in range(8)] for _ in headers]
    columns, _notes = map_columns(headers, samples=codes)
    return [c.header for c in columns if c.field == "code"]


def test_the_programmes_own_number_beats_anyone_elses_reference() -> None:
    assert _code_column(["Reference", "Code (INO)", "Project"]) == ["Code (INO)"]
    assert _code_column(["Номер ИНО", "Рег. номер", "Наименование"]) == ["Номер ИНО"]


def _work_areas(title: str) -> list[object]:
    table = read_rows([[title], [], ["Код проекта", "Наименование проекта", "Статус"],
                       ["Т-1", "Теплица", "реализуется"], ["Т-2", "Ферма", "завершен"]])
    return [r.values.get("work_area") for r in table.rows]


def test_a_sheets_title_naming_a_work_area_in_quotes_gives_it_to_every_row() -> None:
    assert _work_areas("Направление «Умный и удобный город» — перечень проектов") == ["smart_city", "smart_city"]
    assert _work_areas('Направление "Деловая среда"') == ["business_environment"] * 2


def test_a_title_naming_no_work_area_gives_none() -> None:
    assert _work_areas("Перечень проектов «Газпромнефть-Восток»") == [None, None]


def test_a_title_that_only_mentions_a_work_areas_words_gives_none() -> None:
    assert _work_areas("Сведения о проектах научно-образовательного комплекса за II квартал") == [None, None]
    assert _work_areas("Smart city projects: progress report") == [None, None]


def test_a_company_or_a_programme_in_quotes_is_no_work_area() -> None:
    assert _work_areas("Перечень проектов ООО «Деловая среда»") == [None, None]
    assert _work_areas("Отчёт о реализации проекта «Умный город»") == [None, None]
