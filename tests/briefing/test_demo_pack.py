"""The demo portfolio's pack: every project appears, by name, in Cyrillic, and the model holds together."""

from __future__ import annotations

import io
import re

import pypdf

from ino_desktop.briefing.build import build_pack
from ino_desktop.briefing.render.pdf import pdf_bytes
from ino_desktop.briefing.spec import PackSpec
from ino_desktop.db import Database
from ino_desktop.demo import build_demo
from ino_desktop.models import Project


def test_demo_appendix_lists_every_project_by_name(db: Database) -> None:
    build_demo(db)
    with db.session() as session:
        names = dict(session.query(Project.code, Project.name).all())
        pack = build_pack(PackSpec(meeting_id=2, sections=("cover", "summary", "appendix")), session)
    assert len(names) >= 120 and pack.cover.is_demo and pack.cover.since is not None
    assert pack.summary is not None and pack.summary.projects == len(names)
    assert sum(t.now for t in pack.summary.by_status) == len(names)
    reader = pypdf.PdfReader(io.BytesIO(pdf_bytes(pack)))
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
    text = re.sub(r"(\w-) (\w)", r"\1\2", text)  # a name may wrap after a hyphen: геолого-|гидродинамического
    missing = [code for code, name in names.items() if " ".join(name.split()) not in text]
    assert missing == []
    assert all(re.search("[А-Яа-я]", name) for name in names.values())  # the names really are Cyrillic
    assert f"Стр. {len(reader.pages)} из {len(reader.pages)}" in text
