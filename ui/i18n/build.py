"""Build the translations: `python -m ui.i18n.build` compiles ui/i18n/*_<lang>.ts into
resources/translations/ino_<lang>.qm with pyside6-lrelease; `--update` first refreshes the .ts files
from the sources with pyside6-lupdate (new strings arrive "unfinished" until someone translates them).

Catalogues: `ino_<lang>.ts` holds the shell (everything in ui/ except the dialogs and registers, whose
strings go to `dialogs_<lang>.ts`); `messages_<lang>.ts` holds the core's coded messages (context
"Messages", one entry per template of `ino_desktop.messages`, the code as the comment), refreshed from
that registry by `--update`. Each language's catalogues are compiled into one .qm, and the Messages context
is also written as `messages_<lang>.json` beside it: the command line reads that, since the core never
imports Qt. Source strings are English, so the English catalogue is the identity and `--update` fills it
(plural forms included).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

from ino_desktop.config import resource
from ino_desktop.languages import LANGUAGES
from ino_desktop.messages import CONTEXT, TEMPLATES, catalogue_path, read_ts

HERE = Path(__file__).resolve().parent
UI = HERE.parent
# The shell's files; every other file under ui/ (dialogs, registers, their models) is "dialogs".
SHELL = ("*.py", "views/*.py", "i18n/*.py", "models/__init__.py", "models/project_table_model.py",
         "models/navigator_model.py", "dialogs/settings_dialog.py")


def _tool(name: str) -> str:
    """The PySide6 tool beside this Python (the venv's bin), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"ui.i18n.build: {name} not found (pip install PySide6 into this environment)")
    return found


def catalogue_sources() -> dict[str, list[Path]]:
    shell: list[Path] = []
    dialogs: list[Path] = []
    for path in sorted(UI.rglob("*.py")):
        rel = path.relative_to(UI)
        (shell if any(rel.match(pattern) and len(rel.parts) == len(Path(pattern).parts) for pattern in SHELL)
         else dialogs).append(path)
    return {"ino": shell, "dialogs": dialogs}


def update(languages: Sequence[str] = LANGUAGES) -> None:
    lupdate = _tool("pyside6-lupdate")
    for name, sources in catalogue_sources().items():
        if not sources:
            continue
        for lang in languages:
            ts = HERE / f"{name}_{lang}.ts"
            subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", "-source-language", "en",
                            "-target-language", lang, *map(str, sources), "-ts", str(ts)], check=True)
            if lang == "en":
                fill_identity(ts)
    for lang in languages:
        update_messages(HERE / f"messages_{lang}.ts", lang)


def update_messages(ts: Path, lang: str, seed: dict[str, str] | None = None) -> None:
    """Rewrite `ts` with one entry per message template, keeping the translations it had (by English
    source); `seed` (code -> translation) fills new ones. A template with no translation is "unfinished"."""
    known = read_ts(ts)
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for code, source in TEMPLATES.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "comment").text = code
        text = source if lang == "en" else known.get(source) or (seed or {}).get(code)
        translation = ET.SubElement(message, "translation")
        if text:
            translation.text = text
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode")
                  + "\n", encoding="utf-8")


def write_message_catalogue(lang: str, out_dir: Path | None = None) -> Path:
    """The Messages context of `messages_<lang>.ts` as JSON (code -> translation)."""
    out = catalogue_path(lang) if out_dir is None else out_dir / catalogue_path(lang).name
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(read_ts(HERE / f"messages_{lang}.ts", by="comment"), ensure_ascii=False, indent=1,
                              sort_keys=True) + "\n", encoding="utf-8")
    return out


def _english_plurals(source: str) -> list[str]:
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def fill_identity(ts: Path) -> None:
    """English source strings are their own English translation."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            for form in _english_plurals(source):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def compile_all(out_dir: Path | None = None, languages: Sequence[str] = LANGUAGES) -> list[Path]:
    lrelease = _tool("pyside6-lrelease")
    out_dir = out_dir or resource("translations")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in languages:
        catalogues = sorted(HERE.glob(f"*_{lang}.ts"))
        if not catalogues:
            continue
        qm = out_dir / f"ino_{lang}.qm"
        subprocess.run([lrelease, "-silent", *map(str, catalogues), "-qm", str(qm)], check=True)
        written += [qm, write_message_catalogue(lang, out_dir)]
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.i18n.build", description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="refresh the .ts files from the sources first")
    parser.add_argument("--out", type=Path, help="where to write the .qm files (default resources/translations)")
    args = parser.parse_args(argv)
    if args.update:
        update()
    for qm in compile_all(args.out):
        print(f"wrote {qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
