"""The rendered PDF read back with pypdf: pages, text (Cyrillic), fonts, bookmarks, hostile input, atomic write."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest

from ino_desktop.briefing.build import build_pack
from ino_desktop.briefing.model import Pack
from ino_desktop.briefing.render import pdf as pdf_module
from ino_desktop.briefing.render.pdf import pdf_bytes, write_pdf
from ino_desktop.briefing.spec import PackSpec, default_sections
from ino_desktop.errors import InoError
from ino_desktop.models import Project
from tests.briefing.conftest import HOSTILE

BASE14 = {"Courier", "Helvetica", "Times-Roman", "Symbol", "ZapfDingbats", "Times", "Arial"}
NAMES = ("Комплекс глубокой переработки попутного газа", HOSTILE, "Производство фармацевтических субстанций",
         "Центр доклинических исследований", "Умная остановка")


def _pack(small, **spec) -> Pack:  # type: ignore[no-untyped-def]
    db, _ids = small
    with db.session() as session:
        return build_pack(PackSpec(**spec), session)


def _read(data: bytes) -> tuple[pypdf.PdfReader, list[str]]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return reader, [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]


def _outline(reader: pypdf.PdfReader) -> list[tuple[int, str, int]]:
    out: list[tuple[int, str, int]] = []

    def walk(items: list, depth: int) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                out.append((depth, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return out


def test_meeting_pack_pages_text_and_bookmarks(small) -> None:  # type: ignore[no-untyped-def]
    reader, pages = _read(pdf_bytes(_pack(small, meeting_id=2, marking="Для служебного пользования", full=True)))
    # cover, decisions needed, agenda + contents, summary, timeline + top lists, exceptions, cluster tables,
    # charts, roadmap + decisions, 5 project pages, appendix
    assert len(pages) == 15
    everything = " ".join(pages)
    for name in NAMES:
        assert name in everything, name  # extractable as Cyrillic text (and the hostile name literally)
    for number, page in enumerate(pages[1:], start=2):
        assert f"Стр. {number} из 15" in page
        assert "Данные по состоянию на 30.06.2016" in page and "Для служебного пользования" in page
    assert "Рабочая группа № 2" in pages[0] and "05.07.2016" in pages[0] and "Для служебного пользования" in pages[0]
    assert "Рабочая группа № 2 — 05.07.2016 Требует решения № Вопрос" in pages[1]  # the page after the cover
    outline = _outline(reader)
    top = [(title, page) for depth, title, page in outline if depth == 0]
    assert top == [("Требует решения", 2), ("Повестка", 3), ("Сводка по портфелю", 4),
                   ("График сроков: просрочено и ближайшие 90 дней", 5),
                   ("Крупнейшие и наиболее рискованные проекты", 5), ("Отклонения", 6), ("Проекты по кластерам", 7),
                   ("Графики", 8), ("Дорожная карта по направлениям", 9),
                   ("Исполнение решений предыдущего заседания", 9), ("Паспорта проектов", 10),
                   ("Приложение. Портфель проектов", 15)]
    projects = [(title, page) for depth, title, page in outline if depth == 2]
    assert [t.split(" · ")[0] for t, _p in projects] == ["INO-0001", "INO-0002", "INO-0003", "INO-0004", "INO-0005"]
    assert [p for _t, p in projects] == [10, 11, 12, 13, 14]  # one page each, in order
    for title, page in projects:
        assert title.split(" · ")[1] in pages[page - 1]
    # The contents page lists the sections and clusters with the pages their bookmarks point at
    # (the numbers are drawn when the document is saved, so they are extracted after the titles).
    assert " 2 3 4 5 5 6 7 7 7 7 8 9 9 10 15 " in pages[2]


def test_ten_minute_pack_gives_pages_only_to_the_agendas_projects(small) -> None:  # type: ignore[no-untyped-def]
    reader, pages = _read(pdf_bytes(_pack(small, meeting_id=2, sections=default_sections(False))))
    outline = _outline(reader)
    assert [t for depth, t, _p in outline if depth == 2] == ["INO-0001 · Комплекс глубокой переработки попутного газа"]
    assert "Содержание" not in " ".join(pages) and "Приложение" not in " ".join(pages)
    assert len(pages) == 10
    cluster_page = pages[6]  # the clusters at a glance, with the grand total; no per-cluster project lists
    assert "Итого 5 2 / 1" in cluster_page and "Умная остановка" not in cluster_page


def test_fonts_are_the_bundled_family_embedded(small) -> None:  # type: ignore[no-untyped-def]
    reader, _pages = _read(pdf_bytes(_pack(small, meeting_id=2)))
    used = set()
    for page in reader.pages:
        fonts = {name: ref.get_object() for name, ref in page["/Resources"].get_object().get("/Font", {}).items()}
        content = page.get_contents().get_data().decode("latin-1")
        for name in set(re.findall(r"(/F[\w+]+)\s+[\d.]+\s+Tf", content)):  # every font a text operator selects
            font = fonts[name]
            base = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
            used.add(base)
            assert base not in BASE14, base
            descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object(), base  # the TrueType program is embedded (subset)
    assert used == {"DejaVuSans", "DejaVuSans-Bold"}


def test_english_pack_translates_labels_not_data(small) -> None:  # type: ignore[no-untyped-def]
    _reader, pages = _read(pdf_bytes(_pack(small, meeting_id=2, lang="en")))
    everything = " ".join(pages)
    assert f"Page 2 of {len(pages)}" in pages[1] and "Data as at 30 Jun 2016" in pages[1]
    for label in ("Portfolio summary", "Red and amber projects", "What changed since 15 Mar 2016",
                  "Delivery confidence", "Pharmaceutical cluster"):
        assert label in everything, label
    for russian_label in ("Сводка", "Отклонения", "Стр.", "Итого", "Нефтехимический кластер"):
        assert russian_label not in everything, russian_label
    assert "Комплекс глубокой переработки попутного газа" in everything  # data stays as entered
    assert "12,000.5" in everything and "▼ worse (was Amber)" in everything


def test_russian_money_uses_narrow_spaces_and_a_decimal_comma(small) -> None:  # type: ignore[no-untyped-def]
    _reader, pages = _read(pdf_bytes(_pack(small, meeting_id=2)))
    everything = " ".join(pages)
    assert "12 000,5" in everything or "12\u202f000,5" in everything
    assert "▼ ухудшение (было: Жёлтый)" in everything
    assert "minprom_2016Q1.xlsx, лист «Проекты», H5" in everything


def test_demo_watermark_and_invariant_output(small) -> None:  # type: ignore[no-untyped-def]
    db, _ids = small
    with db.transaction() as session:
        from ino_desktop.models import Setting

        session.merge(Setting(key="demo", value="1"))
    pack = _pack(small)
    first, second = pdf_bytes(pack), pdf_bytes(pack)
    assert first == second  # rl_config.invariant: byte-stable output
    _reader, pages = _read(first)
    assert all("ДЕМО-ДАННЫЕ" in page for page in pages)


def test_hostile_long_and_dirty_text_renders(small) -> None:  # type: ignore[no-untyped-def]
    db, _ids = small
    long_word = "Ж" * Project.__table__.c.name.type.length  # the longest name the program stores (a server enforces it)
    with db.transaction() as session:
        p = session.query(Project).filter_by(code="INO-0004").one()
        p.name = long_word
        p.problems = ("Проблема " * 5000) + "<font color=\"[[[\">\x00\x07\u202e"
        p.description = "x" * 40000
        p.location = "<img src=\"C:\\x\">"
    pack = _pack(small, full=True)
    # A lone surrogate cannot reach SQLite, but it can reach a pack built by other code.
    assert pack.projects is not None
    pages_ = list(pack.projects)
    pages_[0] = replace(pages_[0], curator="Петров\ud800 П.")
    _reader, pages = _read(pdf_bytes(replace(pack, projects=tuple(pages_))))
    everything = "".join(pages).replace(" ", "")
    assert "Ж" * 200 in everything  # the long word wrapped instead of overflowing or crashing
    assert '<fontcolor="[[[">' in everything
    assert '<imgsrc="C:\\x">' in everything
    assert "ПетровП." in everything  # the surrogate was dropped, the rest printed
    assert len(pages) > 13  # the 45,000-character problems text flowed onto further pages


def test_sections_can_be_switched_off(small) -> None:  # type: ignore[no-untyped-def]
    _reader, pages = _read(pdf_bytes(_pack(small, sections=("summary", "exceptions"))))
    assert len(pages) == 2
    assert "Сводка по портфелю" in pages[0] and "Отклонения" in pages[1] and "Стр. 2 из 2" in pages[1]


def test_write_is_atomic(small, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    pack = _pack(small, sections=("summary",))
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"previous pack")

    def broken(_pack: Pack) -> bytes:
        raise RuntimeError("layout failed")

    monkeypatch.setattr(pdf_module, "pdf_bytes", broken)
    with pytest.raises(RuntimeError):
        write_pdf(pack, target)
    monkeypatch.undo()

    def full_disk(_src: str, _dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf_module.os, "replace", full_disk)
    with pytest.raises(InoError, match=r"cannot write .*no space left on the disk"):
        write_pdf(pack, target)
    monkeypatch.undo()
    assert target.read_bytes() == b"previous pack"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.pdf"]  # no half file left behind
    write_pdf(pack, target)
    assert target.read_bytes().startswith(b"%PDF")
    with pytest.raises(InoError, match="does not exist"):
        write_pdf(pack, tmp_path / "missing" / "pack.pdf")


def test_a_long_project_page_flows_on_under_its_name_and_is_never_shrunk(small) -> None:  # type: ignore[no-untyped-def]
    db, _ids = small
    with db.transaction() as session:
        p = session.query(Project).filter_by(code="INO-0001").one()
        p.problems = "Длинное описание проблемы. " * 300
    reader, pages = _read(pdf_bytes(_pack(small, meeting_id=2, sections=("projects",))))
    assert len(pages) >= 3
    for page in pages[1:]:
        assert "INO-0001 · Комплекс глубокой переработки попутного газа (продолжение)" in page
    for page in reader.pages:  # no page scaled down to fit (KeepInFrame's shrink writes "s 0 0 s 0 0 cm")
        content = page.get_contents().get_data().decode("latin-1")
        scales = [float(x) for x in re.findall(r"([\d.]+) 0 0 [\d.]+ 0 0 cm", content)]
        assert all(x >= 1 for x in scales), scales


@pytest.mark.parametrize(("lang", "note"), [
    ("ru", "Сравнение не приводится: более раннего заседания, с которым можно сравнить, не было."),
    ("en", "No comparison is shown: there was no earlier meeting to compare with.")])
def test_a_pack_without_an_earlier_meeting_says_so_in_plain_words(small, lang, note) -> None:  # type: ignore[no-untyped-def]
    """Seen on paper for a deputy minister: «Сравнения нет: … (укажите --since).»; a pack never speaks of
    command-line options."""
    pack = _pack(small, meeting_id=1, lang=lang)
    assert pack.cover.since is None
    everything = " ".join(_read(pdf_bytes(pack))[1])
    assert note in everything
    assert not re.search(r"--[a-z]|ino-desktop", everything)


def test_no_label_of_a_pack_names_a_command_line_option() -> None:
    from ino_desktop.briefing.labels import LABELS

    for key, texts in LABELS.items():
        for text in texts:
            assert not re.search(r"--[a-z]|ino-desktop|command line|командн", text), key
