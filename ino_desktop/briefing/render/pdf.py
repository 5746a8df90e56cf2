"""render_pack: a pack model in, a PDF out — sections in print order, written atomically."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak

from ino_desktop.briefing.labels import label
from ino_desktop.briefing.model import Pack
from ino_desktop.briefing.render import text
from ino_desktop.briefing.render.agenda import agenda, contents
from ino_desktop.briefing.render.appendix import appendix
from ino_desktop.briefing.render.blocks import Ctx, make_ctx
from ino_desktop.briefing.render.charts import charts
from ino_desktop.briefing.render.cluster_tables import cluster_tables
from ino_desktop.briefing.render.cover import cover
from ino_desktop.briefing.render.decide import decide
from ino_desktop.briefing.render.decisions import decisions
from ino_desktop.briefing.render.document import Furniture, PackDocument
from ino_desktop.briefing.render.exceptions import exceptions
from ino_desktop.briefing.render.glyphs import missing_glyphs_note
from ino_desktop.briefing.render.project_page import project_pages
from ino_desktop.briefing.render.roadmap import roadmap
from ino_desktop.briefing.render.summary import summary
from ino_desktop.briefing.render.timeline import timeline
from ino_desktop.briefing.render.top import top
from ino_desktop.errors import InoError
from ino_desktop.exporting.atomic import WriteFailed, atomic_write
from ino_desktop.messages import message
from ino_desktop.os_errors import os_reason

# section → (renderer, the pack attribute that must be present, page orientation), in print order
_SECTIONS: dict[str, tuple[Callable[[Ctx], list[Flowable]], str, str]] = {
    "decide": (decide, "decide", "portrait"),
    "summary": (summary, "summary", "portrait"),
    "timeline": (timeline, "timeline", "portrait"),
    "top": (top, "top", "portrait"),
    "exceptions": (exceptions, "exceptions", "portrait"),
    "clusters": (cluster_tables, "clusters", "landscape"),
    "charts": (charts, "charts", "portrait"),
    "roadmap": (roadmap, "roadmap", "portrait"),
    "decisions": (decisions, "decisions", "portrait"),
    "projects": (project_pages, "projects", "portrait"),
    "appendix": (appendix, "appendix", "landscape"),
}
# Short sections share a page with the one before them when they fit.
_SHARES = {"decisions": "roadmap", "top": "timeline"}


def _title(pack: Pack) -> str:
    c = pack.cover
    title = c.title or label(pack.lang, "default_title")
    if c.meeting is not None:
        title += f" — {text.date(c.meeting.date, pack.lang)}"
    return text.clean(title)


def _contents(pack: Pack, ctx: Ctx, present: list[str]) -> list[tuple[str, str, int]]:
    entries: list[tuple[str, str, int]] = []
    for name in present:
        entries.append((name, ctx.t(name), 0))
        if name == "clusters":
            entries += [(f"cluster-{s.key or 'none'}", ctx.cluster(s.key), 1) for s in pack.clusters or ()]
    return entries


def flowables(pack: Pack) -> list[Flowable]:
    """All of the pack's flowables, sections in order, the contents after the cover."""
    ctx = make_ctx(pack)
    present = [s for s in _SECTIONS if getattr(pack, _SECTIONS[s][1]) is not None]
    if pack.agenda is not None:
        present.insert(1 if "decide" in present else 0, "agenda")
    story: list[Flowable] = []
    orientation = "cover"
    if "cover" in pack.sections:
        story += cover(ctx)
    first = not story

    def new_page(wanted: str) -> None:
        nonlocal orientation, first
        if orientation != wanted:
            story.append(NextPageTemplate(wanted))
            orientation = wanted
        if not first:
            story.append(PageBreak())
        first = False

    for n, name in enumerate(present):
        if name == "agenda":
            new_page("portrait")
            story += agenda(ctx)
            if "toc" in pack.sections:  # the agenda and the contents share a page: both are short
                story += contents(ctx, _contents(pack, ctx, present))
            continue
        render, _attr, wanted = _SECTIONS[name]
        if n and _SHARES.get(name) == present[n - 1] and orientation == wanted:
            story.append(CondPageBreak(90 * mm))
        else:
            new_page(wanted)
        story += render(ctx)
        if name == "decide" and "toc" in pack.sections and pack.agenda is None:
            new_page("portrait")
            story += contents(ctx, _contents(pack, ctx, present))
    if not story:
        story += cover(ctx)
    story += missing_glyphs_note(ctx)
    return story


def render_pack(pack: Pack, target: BinaryIO | str) -> None:
    """Lay the pack out and write the PDF to a file path or a binary stream."""
    furniture = Furniture(pack.lang, _title(pack), pack.cover.marking, text.date(pack.cover.as_at, pack.lang),
                          pack.cover.is_demo)
    story = flowables(pack)
    first_template = "cover" if "cover" in pack.sections else "portrait"
    doc = PackDocument(target, pack, furniture)
    if first_template != "cover":
        doc.pageTemplates.sort(key=lambda t: t.id != "portrait")
    doc.build(story)


def pdf_bytes(pack: Pack) -> bytes:
    """The pack rendered as PDF bytes."""
    buffer = io.BytesIO()
    render_pack(pack, buffer)
    return buffer.getvalue()


def check_target(path: str | os.PathLike[str]) -> Path:
    """Refuse an output path that cannot be written, before any work is done."""
    out = Path(path)
    if out.is_dir():
        raise InoError(message("pack.out_is_folder", out=out))
    folder = out.parent
    if not folder.is_dir():
        raise InoError(message("pack.no_folder", out=out, folder=folder))
    if not os.access(folder, os.W_OK):
        raise InoError(message("pack.folder_read_only", out=out, folder=folder))
    return out


def write_pdf(pack: Pack, path: str | os.PathLike[str]) -> Path:
    """Write the PDF atomically (`exporting.atomic`): a temporary file beside the target, then os.replace.

    An interrupted or failed run leaves the previous file (if any) as it was and no half file.
    """
    out = check_target(path)
    data = pdf_bytes(pack)  # laid out fully in memory first: a layout error writes nothing
    try:
        with atomic_write(out) as handle:
            handle.write(data)
    except WriteFailed as exc:
        if not isinstance(exc.__cause__, OSError):
            raise
        raise InoError(message("pack.cannot_write", out=out, detail=os_reason(exc.__cause__))) from exc.__cause__
    return out
