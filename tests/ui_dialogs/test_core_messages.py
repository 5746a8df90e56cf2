"""The core's refusals and row reasons in Russian, by kind, keeping where and which value.

Every refusal and every rejected-row reason the importer gives on the shared samples and peer workbooks
must have a full Russian translation (not the headline-plus-English fallback).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ino_desktop import importer
from ino_desktop.errors import EditConflict, ImportRefused, InoError
from ino_desktop.importer.rows import RowIssue
from ui import i18n
from ui.core_messages import error_text, is_known, issue_reason, issue_text, refusal_text
from ui.i18n import build


@pytest.fixture(scope="module")
def russian_qm(tmp_path_factory, qapp):  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("qm")
    build.compile_all(out, ["ru"])
    return out


@pytest.fixture
def russian(russian_qm, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(i18n, "resource", lambda *_parts: russian_qm)
    assert "ino_ru" in i18n.install("ru")
    yield
    i18n.install("en")


def _outcomes(db, folder: Path) -> tuple[list[InoError], list[RowIssue]]:  # type: ignore[no-untyped-def]
    refusals: list[InoError] = []
    issues: list[RowIssue] = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".csv"):
            continue
        with db.session() as session:
            try:
                plan = importer.plan(path, session)
            except InoError as exc:
                refusals.append(exc)
                continue
        issues += list(plan.issues())
    return refusals, issues


def test_every_refusal_and_reason_on_the_shared_files_has_a_translation(db, samples, peer_workbooks) -> None:
    refusals, issues = _outcomes(db, samples)
    more_refusals, more_issues = _outcomes(db, peer_workbooks)
    refusals += more_refusals
    issues += more_issues
    assert len(refusals) >= 8 and len(issues) >= 5  # the files do exercise both
    assert [f"{e.kind}: {e.message}" for e in refusals if not is_known(e.kind, e.message)] == []
    assert [f"{i.kind}: {i.reason}" for i in issues if not is_known(i.kind, i.reason, row=True)] == []


def test_refusals_keep_the_file_and_the_numbers(russian) -> None:
    assert refusal_text("too_large", "big.xlsx: the file is too large (120 MB, limit 50 MB)") == \
        "big.xlsx: файл слишком велик (120 МБ, предел 50 МБ)"
    assert error_text(ImportRefused("a.xlsx: the workbook is password-protected (encrypted zip)",
                                    kind="encrypted")) == \
        "a.xlsx: книга защищена паролем; снимите пароль в Excel и сохраните её заново"
    conflict = EditConflict("INO-0004 was changed by someone else while you edited it (status, jobs_created); "
                            "your edits are kept in the form — reload the project and apply them again")
    assert error_text(conflict).startswith("INO-0004 изменил кто-то другой, пока вы его правили (Статус, ")
    # A known kind in a shape nobody foresaw: the Russian headline, then the English details.
    assert refusal_text("damaged", "x.xlsx: something new broke") == "x.xlsx: файл повреждён или неполон " \
        "(something new broke)"
    # An unknown kind: the English line as it is.
    assert refusal_text("martian", "x.xlsx: a martian file") == "x.xlsx: a martian file"
    assert error_text(ValueError("bad\nsecond line")) == "ValueError: bad"


def test_row_reasons_keep_sheet_row_column_and_value(russian) -> None:
    issue = RowIssue("Проекты", 12, "F", "cluster", "unknown cluster 'Нефтехим'", "INO-0007", "unknown_cluster")
    assert issue_text(issue, "minprom.xlsx") == \
        "minprom.xlsx: лист «Проекты», строка 12, столбец F: Кластер: неизвестное значение «Нефтехим»"
    date = RowIssue("Лист1", 3, "K", "end_date", "ambiguous date (day or month first?): '03/04/05'", None, "bad_date")
    assert issue_reason(date) == "неоднозначная дата (день или месяц первым?): «03/04/05»"
    merged = RowIssue("Лист1", 4, "H", "extra_budgetary_confirmed_mln",
                      "confirmed 7 exceeds extra-budgetary 5 (with the stored extra budgetary mln)", None,
                      "confirmed_over_extra")
    assert issue_reason(merged) == ("подтверждённая часть 7 больше внебюджетных средств 5 "
                                    "(с учётом сохранённых: Внебюджетные источники, млн руб.)")
    odd = RowIssue("Лист1", 5, None, None, "something new", None, "bad_date")
    assert issue_reason(odd) == "строку нельзя импортировать (something new)"
    unknown = RowIssue("Лист1", 6, None, None, "a martian reason", None, "martian")
    assert issue_text(unknown, "a.xlsx") == "a.xlsx: лист «Лист1», строка 6: a martian reason"
