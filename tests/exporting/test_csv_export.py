"""The CSV export as Russian Excel reads it: BOM, `;`, decimal comma, dd.mm.yyyy, inert text."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ino_desktop.db import Database
from ino_desktop.exporting.columns import PROJECT_COLUMNS
from ino_desktop.exporting.csv_export import number, write_csv
from ino_desktop.exporting.records import gather
from ino_desktop.exporting.safe_cells import EXCEL_CELL_LIMIT


def _rows(db: Database, path: Path) -> tuple[list[dict[str, str]], list[str], bytes]:
    with db.session() as s:
        notices = write_csv(gather(s), path)
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";")), notices, raw


def test_layout_for_russian_excel(small: Database, tmp_path: Path) -> None:
    rows, _, raw = _rows(small, tmp_path / "out.csv")
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.split(b"\r\n")[0].decode("utf-8-sig").split(";") == [c.title for c in PROJECT_COLUMNS]
    first = rows[0]
    assert first["Код проекта"] == "INO-0001" and first["Кластер"] == "Лесопромышленный кластер"
    assert first["Стоимость проекта, млн руб."] == "1234,5" and first["Федеральный бюджет, млн руб."] == "0"
    assert first["Подтверждённые внебюджетные, млн руб."] == "800,25"
    assert first["Дата начала"] == "01.03.2015" and first["Рабочие места (план)"] == "120"
    assert first["Участники"] == "Национальный исследовательский Томский политехнический университет"
    second = rows[1]
    assert second["Кластер"] == "" and second["Дата начала"] == ""  # unknown is empty, never 0
    assert second["Стоимость проекта, млн руб."] == "9226,9"


def test_formula_like_text_gets_an_apostrophe(small: Database, tmp_path: Path) -> None:
    rows, _, _ = _rows(small, tmp_path / "out.csv")
    names = [r["Наименование проекта"] for r in rows]
    assert names[1] == "'+1-1"
    assert names[2:] == ["'-5 млн", "'@SUM(1)", "'\tотступ", "'\rвозврат"]
    assert rows[0]["Проблемные вопросы"] == "'=cmd|'/c calc'!A1"
    assert rows[0]["Наименование проекта"] == "Завод «Ёлка»"  # ordinary text is untouched


def test_long_text_is_cut_with_a_notice(small: Database, tmp_path: Path) -> None:
    rows, notices, _ = _rows(small, tmp_path / "out.csv")
    cut = rows[1]["Проблемные вопросы"]
    assert len(cut) <= EXCEL_CELL_LIMIT and "обрезано" in cut
    assert any(str(n).startswith("line 3, column U: text of ") for n in notices)
    assert any(n.render("ru").startswith("строка 3, столбец U: текст длиной ") for n in notices)
    assert rows[1]["Описание проекта"] == "строкасуправляющими символами"


def test_number_formatting() -> None:
    assert number(1234.5) == "1234,5"
    assert number(0.0) == "0"
    assert number(9226.900000000001) == "9226,9"
    assert number(1.234567) == "1,234567"
    assert number(12) == "12"
