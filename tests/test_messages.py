"""The message catalogue the command line reads: the built one, else the translators' .ts it is built
from, so a checkout that never ran the build still speaks Russian."""

from __future__ import annotations

from pathlib import Path

import pytest

from ino_desktop import messages
from ino_desktop.messages import SOURCE_CATALOGUES, catalogue, message, read_ts


def test_the_russian_catalogue_has_every_template() -> None:
    assert set(read_ts(SOURCE_CATALOGUES / "messages_ru.ts", by="comment")) == set(messages.TEMPLATES)


def test_without_the_built_catalogue_the_sources_are_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(messages, "catalogue_path", lambda lang: tmp_path / f"missing_{lang}.json")
    catalogue.cache_clear()
    try:
        assert message("file.empty", file="a.xlsx").render("ru") == "a.xlsx: файл пуст (0 байт), это не книга Excel"
    finally:
        catalogue.cache_clear()


def test_a_catalogue_built_before_a_new_template_takes_it_from_the_sources(monkeypatch: pytest.MonkeyPatch,
                                                                          tmp_path: Path) -> None:
    """A checkout whose build predates the newest templates: a Russian report must not turn English."""
    stale = tmp_path / "messages_ru.json"
    stale.write_text('{"file.empty": "устаревший перевод"}', encoding="utf-8")
    monkeypatch.setattr(messages, "catalogue_path", lambda lang: stale)
    catalogue.cache_clear()
    try:
        assert message("report.title").render("ru") == "Итоги импорта"
        assert message("file.empty", file="a.xlsx").render("ru") == "устаревший перевод"  # the built one first
    finally:
        catalogue.cache_clear()


def test_a_missing_or_broken_ts_reads_as_no_translations(tmp_path: Path) -> None:
    broken = tmp_path / "messages_xx.ts"
    broken.write_text("<TS><context>", encoding="utf-8")
    assert read_ts(broken) == {} and read_ts(tmp_path / "none.ts") == {}


def test_the_systems_common_failures_are_said_in_the_users_language(tmp_path: Path) -> None:
    from ino_desktop.os_errors import os_reason

    try:
        (tmp_path / "missing" / "pack.pdf").write_bytes(b"")
    except OSError as exc:
        said = message("pack.cannot_write", out="pack.pdf", detail=os_reason(exc))
    assert said.render("ru") == "не удаётся записать pack.pdf: нет такого файла или папки"
    assert said.render("en").endswith("no such file or folder")
    assert os_reason(OSError(9999, "Something rare")) == "Something rare"  # the system's own words


def test_dates_inside_a_message_are_written_as_the_language_writes_them() -> None:
    import datetime as dt

    from ino_desktop.rules import check_project

    ((_field, _kind, said),) = check_project({"start_date": dt.date(2023, 3, 10), "end_date": dt.date(2018, 5, 3)})
    assert said.render("ru").endswith("(03.05.2018 < 10.03.2023)")
    assert said.render("en").endswith("(3 May 2018 < 10 Mar 2023)")
