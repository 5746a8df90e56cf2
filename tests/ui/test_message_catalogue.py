"""The core's coded messages: every code has a Russian translation with the same placeholders, in the .ts
the window compiles and in the JSON the command line reads; the window renders them through Qt."""

from __future__ import annotations

import json
import string
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTranslator

from ino_desktop.messages import CONTEXT, TEMPLATES, FieldName, Message, message
from ui.i18n import build


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _words(template: str) -> str:
    """The template's own words: its text without placeholders, options and punctuation."""
    return "".join(ch for text, _, _, _ in string.Formatter().parse(template) for ch in text
                   if ch.isalpha() and ch not in "-")


def _entries(lang: str) -> dict[str, tuple[str, ET.Element]]:
    """code -> (English source, translation element) of messages_<lang>.ts."""
    out = {}
    for context in ET.parse(build.HERE / f"messages_{lang}.ts").getroot().iter("context"):
        assert context.findtext("name") == CONTEXT
        for entry in context.iter("message"):
            out[entry.findtext("comment") or ""] = (entry.findtext("source") or "", entry.find("translation"))
    return out


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_every_code_has_a_finished_translation_with_the_same_placeholders(lang) -> None:
    entries = _entries(lang)
    assert set(entries) == set(TEMPLATES)
    for code, template in TEMPLATES.items():
        source, translation = entries[code]
        assert source == template, code  # a reworded template must be translated again
        assert translation is not None and translation.get("type") is None and translation.text, code
        assert _placeholders(translation.text) == _placeholders(template), code
        if lang == "ru" and _words(template.replace("ino-desktop", "")):  # placeholders and punctuation stay
            assert _words(translation.text) != _words(template) and "'" not in translation.text, code


def test_the_catalogue_the_core_reads_is_the_ts(tmp_path) -> None:
    written = build.write_message_catalogue("ru", tmp_path)
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data == {code: translation.text for code, (_, translation) in _entries("ru").items()}


def test_a_field_is_named_by_its_label_in_each_language() -> None:
    coded = message("row.too_long", field=FieldName("lead_organization"), length=301, limit=300)
    assert coded.english() == "Lead organisation: too long (301 characters, limit 300)"
    assert coded.render("ru") == ("«Ответственная организация»: текст слишком длинный (символов: 301, допустимо "
                                  "не более 300)")
    assert "lead_organization" not in coded.render("ru")


def test_an_unknown_code_is_refused() -> None:
    with pytest.raises(KeyError):
        Message("no.such.code")


def test_the_compiled_qm_translates_by_code(tmp_path, qapp) -> None:
    qm = build.compile_all(tmp_path, ["ru"])[0]
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate(CONTEXT, TEMPLATES["file.empty"], "file.empty") == \
        "{file}: файл пуст (0 байт), это не книга Excel"
