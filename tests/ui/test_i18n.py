"""Translations: every shell string has a finished Russian translation, the .qm builds and is used."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from ui.i18n import build

TS = Path(build.HERE)


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            out[(context.findtext("name") or "", message.findtext("source") or "")] = message
    return out


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    if message.get("numerus") == "yes":
        forms = [f.text for f in translation.iter("numerusform")]
        return not forms or not all(f and f.strip() for f in forms)
    return not (translation.text or "").strip()


@pytest.mark.parametrize("catalogue", ["ino", "dialogs"])
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_no_string_is_unfinished_or_empty(catalogue, lang) -> None:
    messages = _messages(TS / f"{catalogue}_{lang}.ts")
    assert len(messages) > 150
    bad = [key for key, message in messages.items() if _unfinished(message)]
    assert bad == []


@pytest.mark.parametrize("catalogue", ["ino", "dialogs"])
def test_every_string_in_the_sources_is_in_its_catalogue(tmp_path, catalogue) -> None:
    """A string added to the code but not to its _ru.ts (lupdate not run) would show in English."""
    if shutil.which("pyside6-lupdate") is None and not (Path(build.sys.executable).parent / "pyside6-lupdate").exists():
        pytest.skip("pyside6-lupdate not installed")
    fresh = tmp_path / "fresh_ru.ts"
    import subprocess

    subprocess.run([build._tool("pyside6-lupdate"), "-silent", "-no-obsolete",
                    *map(str, build.catalogue_sources()[catalogue]), "-ts", str(fresh)], check=True)
    in_code = set(_messages(fresh))
    committed = _messages(TS / f"{catalogue}_ru.ts")
    assert in_code - set(committed) == set()
    assert all(not _unfinished(committed[key]) for key in in_code)


def test_build_compiles_a_qm_that_translates(tmp_path, qapp) -> None:
    written = build.compile_all(tmp_path, ["ru"])
    assert [p.name for p in written] == ["ino_ru.qm", "messages_ru.json"]
    translator = QTranslator()
    assert translator.load(str(written[0]))
    assert translator.translate("StatusBar", "DEMO DATA") == "ДЕМО-ДАННЫЕ"
    assert translator.translate("ProjectTable", "%n project(s)", None, 22) == "%n проекта"
    assert translator.translate("ProjectTable", "%n project(s)", None, 25) == "%n проектов"
    assert QCoreApplication.translate("StatusBar", "DEMO DATA") == "DEMO DATA"  # not installed: English
