"""The demo portfolio's pack as a deputy minister gets it: ten minutes, decisions first, in either language."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select

from ino_desktop.briefing.build import build_pack, count_projects
from ino_desktop.briefing.render.pdf import pdf_bytes
from ino_desktop.briefing.spec import PackSpec, default_sections
from ino_desktop.cli import main
from ino_desktop.db import Database
from ino_desktop.models import (
    AgendaItem,
    ChangeLog,
    Decision,
    FederalInstrument,
    Meeting,
    Organisation,
    Project,
    RoadmapAction,
)
from tests.demo.conftest import fresh_demo

CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = fresh_demo(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    yield db
    db.close()


def _pdf(db: Database, **spec: object) -> tuple[pypdf.PdfReader, list[str]]:
    full = bool(spec.get("full"))
    spec.setdefault("sections", default_sections(full))
    with db.session() as session:
        pack = build_pack(PackSpec(**spec), session)  # type: ignore[arg-type]
    reader = pypdf.PdfReader(io.BytesIO(pdf_bytes(pack)))
    return reader, [re.sub(r"\s+", " ", p.extract_text()) for p in reader.pages]


def test_the_default_pack_is_at_most_24_pages_with_decisions_on_page_two(demo: Database) -> None:
    reader, pages = _pdf(demo, meeting_id=2)
    assert len(pages) <= 24
    assert "Требует решения" in pages[1] and "Содержание" not in " ".join(pages)
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline[:3] == ["Требует решения", "Повестка", "Сводка по портфелю"]
    assert "Приложение. Портфель проектов" not in outline
    with demo.session() as session:
        agenda = session.scalars(select(Project.code).join(AgendaItem, AgendaItem.project_id == Project.id)
                                 .where(AgendaItem.meeting_id == 2)).all()
    everything = " ".join(pages)
    assert agenda and all(f"{code} ·" in everything for code in agenda)  # the agenda's projects get their page


def test_full_pack_adds_every_project_and_the_appendix(demo: Database) -> None:
    reader, pages = _pdf(demo, meeting_id=2, full=True)
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Приложение. Портфель проектов" in outline and len(pages) > 140


def test_the_english_pack_is_english(demo: Database) -> None:
    """Cyrillic words are allowed only inside proper names (organisations, people, places, files) and the
    agencies' own free text (problems, requests, descriptions), which have no English form."""
    _reader, pages = _pdf(demo, meeting_id=2, lang="en")
    with demo.session() as session:
        proper: list[str | None] = [
            *session.scalars(select(Organisation.name)), *session.scalars(select(FederalInstrument.name)),
            *session.scalars(select(Meeting.chair)), *session.scalars(select(Meeting.venue)),
            *session.scalars(select(AgendaItem.speaker)), *session.scalars(select(Decision.responsible)),
            *session.scalars(select(Decision.follow_up)), *session.scalars(select(Project.location)),
            *session.scalars(select(Project.curator)), *session.scalars(select(Project.problems)),
            *session.scalars(select(Project.decisions_requested)), *session.scalars(select(Project.description)),
            *session.scalars(select(ChangeLog.changed_by)), *session.scalars(select(ChangeLog.file_name)),
            *session.scalars(select(ChangeLog.sheet)),
        ]
    allowed = {w for text in proper if text for w in CYRILLIC_WORD.findall(text)}
    words = CYRILLIC_WORD.findall(" ".join(pages))
    # A free text cut with "…" or a word wrapped at a hyphen leaves the start of an allowed word.
    stray = sorted({w for w in words if w not in allowed and not any(a.startswith(w) for a in allowed)})
    assert stray == [], stray
    assert "Decisions needed" in pages[1] and "Page 2 of" in pages[1]


def test_a_cluster_pack_is_about_its_cluster(demo: Database) -> None:
    with demo.session() as session:
        pack = build_pack(PackSpec(clusters=("pharma",), sections=default_sections(False)), session)
        ids = set(session.scalars(select(Project.id).where(Project.cluster == "pharma")))
        linked = {a.number for a in session.scalars(select(RoadmapAction)) if any(p.id in ids for p in a.projects)}
        assert count_projects(session, PackSpec(clusters=("pharma",))) == len(ids)
    assert pack.summary is not None and pack.summary.jobs.target == 0  # no share of the programme target
    assert pack.timeline is not None
    actions = [line for g in pack.timeline.groups if g.kind == "action" for line in g.lines]
    assert {line.reference.split(" ")[0] for line in actions} <= linked
    assert pack.roadmap is not None and sum(e.progress.total for e in pack.roadmap) < 120  # only its actions
    assert pack.clusters is not None and [s.key for s in pack.clusters] == ["pharma"] and pack.cluster_lists
    assert pack.exceptions is not None and all(f.cluster == "pharma" for f in pack.exceptions.flagged)


def test_brief_full_from_the_command_line(demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    assert main(["--db", str(demo.path), "brief", "--out", str(out), "--meeting", "2"]) == 0
    short = len(pypdf.PdfReader(out).pages)
    assert out.stat().st_mode & 0o777 == 0o666 & ~_umask()  # an ordinary file, not mkstemp's private one
    assert main(["--db", str(demo.path), "brief", "--out", str(out), "--meeting", "2", "--full"]) == 0
    assert len(pypdf.PdfReader(out).pages) > short


def _umask() -> int:
    import os

    mask = os.umask(0o022)
    os.umask(mask)
    return mask
