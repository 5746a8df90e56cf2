"""The meeting's agenda and the table of contents."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ino_desktop.briefing.render.blocks import PORTRAIT_WIDTH, Ctx, cell, head_row, heading, para
from ino_desktop.briefing.render.document import Contents
from ino_desktop.briefing.render.styles import grid


def agenda(ctx: Ctx) -> list[Flowable]:
    """The agenda section."""
    st = ctx.st
    out: list[Flowable] = [heading(ctx.t("agenda"), st.h1, "agenda")]
    lines = ctx.pack.agenda or ()
    if not lines:
        return [*out, para(ctx.t("none"), st.body)]
    rows: list[list[object]] = [head_row(ctx, "no", "item", "speaker", "concerns")]
    for line in lines:
        concerns = []
        if line.project_code:
            concerns.append(f"{line.project_code} {line.project_name or ''}".strip())
        if line.cluster:
            concerns.append(ctx.cluster(line.cluster))
        if line.action_number:
            concerns.append(ctx.t("roadmap_action", number=line.action_number))
        rows.append([str(line.position), cell(line.title, st.cell), cell(line.speaker, st.cell),
                     cell("; ".join(concerns), st.cell)])
    widths = (10 * mm, PORTRAIT_WIDTH - 10 * mm - 40 * mm - 60 * mm, 40 * mm, 60 * mm)
    return [*out, grid(rows, widths), Spacer(1, 6 * mm)]


def contents(ctx: Ctx, entries: list[tuple[str, str, int]]) -> list[Flowable]:
    """The table of contents from (key, title, level) entries."""
    return [heading(ctx.t("toc"), ctx.st.h1), Spacer(1, 2 * mm), Contents(entries)]
