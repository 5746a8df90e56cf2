"""The timeline: milestones by cluster and roadmap actions, overdue ones first in red, then the next 90 days."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ino_desktop.briefing.model import TimelineGroup
from ino_desktop.briefing.render.blocks import PORTRAIT_WIDTH, Ctx, cell, head_row, heading, para
from ino_desktop.briefing.render.styles import RAG_COLOURS, grid


def _group(group: TimelineGroup, ctx: Ctx) -> list[Flowable]:
    st = ctx.st
    milestones = group.kind == "milestone"
    title = ctx.cluster(group.cluster) if milestones else ctx.t("roadmap_actions")
    keys = ("due", "code", "milestone", "project") if milestones else ("due", "no", "action", "work_area")
    rows: list[list[object]] = [head_row(ctx, *keys)]
    extra = []
    for n, line in enumerate(group.lines, start=1):
        owner = line.owner if milestones else ctx.name("work_area", line.owner)
        rows.append([ctx.date(line.date), line.reference, cell(line.title, st.cell), cell(owner, st.cell)])
        if line.overdue:
            extra.append(("TEXTCOLOR", (0, n), (0, n), RAG_COLOURS["red"]))
    widths = [20 * mm, 20 * mm, 0, 62 * mm]
    widths[2] = PORTRAIT_WIDTH - sum(widths)
    return [para(f"{title} ({len(group.lines)})", st.h2), grid(rows, widths, extra=extra)]


def timeline(ctx: Ctx) -> list[Flowable]:
    """The timeline section: milestones due soon, by cluster."""
    data = ctx.pack.timeline
    assert data is not None
    st = ctx.st
    out: list[Flowable] = [heading(ctx.t("timeline"), st.h1, "timeline"),
                           para(ctx.t("timeline_note", date=ctx.date(data.horizon)), st.note)]
    if not data.groups:
        return [*out, para(ctx.t("none"), st.body)]
    for group in data.groups:
        out += _group(group, ctx)
    return out
