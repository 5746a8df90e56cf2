"""One name per term: a source string of the window translates one way in every catalogue and context
(a word with two meanings carries a disambiguation), a field's name everywhere is the catalogue's
(ino_desktop/fields.py), and a project without a RAG value has one name (ino_desktop/reference.py)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest

from ino_desktop import fields
from ino_desktop import reference as ref
from ino_desktop.briefing.labels import field_label, label
from ino_desktop.exporting.columns import PROJECT_COLUMNS
from ino_desktop.languages import LANGUAGES
from ui import labels

I18N = Path(__file__).resolve().parents[2] / "ui" / "i18n"


def _translations(lang: str) -> dict[tuple[str, str], set[str]]:
    """(source, disambiguation) -> every translation the language's catalogues give it."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for ts in sorted(I18N.glob(f"*_{lang}.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            found[(message.findtext("source") or "", message.findtext("comment") or "")].add(" | ".join(forms))
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_source_string_translates_one_way(lang: str) -> None:
    split = {key: sorted(v) for key, v in _translations(lang).items() if len(v) > 1}
    assert not split, f"translated more than one way in {lang}: {split}"


def test_a_field_name_in_the_window_is_the_catalogues() -> None:
    by_english = {f.en: f.ru for f in fields.CATALOGUE}
    wrong = {source: sorted(found) for (source, comment), found in _translations("ru").items()
             if not comment and source in by_english and found != {by_english[source]}}
    assert not wrong, f"field names translated otherwise than in fields.py: {wrong}"


def test_the_pack_the_export_and_the_window_name_the_terms_alike() -> None:
    for key in ("lead_organization", "regional_budget_mln"):
        ru = fields.label(key, "ru")
        assert field_label("ru", key).startswith(ru)
        assert next(c.title for c in PROJECT_COLUMNS if c.field == key).startswith(ru)
    assert label("ru", "lead_organization") == "Ответственная организация"
    assert label("ru", "regional") == "Областной бюджет"
    for lang in LANGUAGES:
        assert label(lang, "not_assessed") == labels.term_name("rag", None, lang) == ref.NOT_RATED.name(lang)
