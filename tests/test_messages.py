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


def test_a_missing_or_broken_ts_reads_as_no_translations(tmp_path: Path) -> None:
    broken = tmp_path / "messages_xx.ts"
    broken.write_text("<TS><context>", encoding="utf-8")
    assert read_ts(broken) == {} and read_ts(tmp_path / "none.ts") == {}
