"""Exceptions: red and amber projects, and projects not reporting (overdue work is on the timeline)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ino_desktop.briefing.model import Exceptions
from ino_desktop.briefing.render import text
from ino_desktop.briefing.render.blocks import PORTRAIT_WIDTH, Ctx, cell, head_row, heading, para, rag_text
from ino_desktop.briefing.render.styles import NOT_REPORTED, grid, rag_cell_style

W = PORTRAIT_WIDTH
PROBLEM_CHARS = 140  # the ten-minute pack: the full text is on the project's page


def _flagged(e: Exceptions, ctx: Ctx) -> list[Flowable]:
    st = ctx.st
    if not e.flagged:
        return [para(ctx.t("none"), st.body)]
    compare = ctx.pack.cover.since is not None
    rows: list[list[object]] = [head_row(ctx, "code", "project", "status", "rag", "was", "problems")]
    extra = []
    for i, f in enumerate(e.flagged, start=1):
        was = text.DASH if not compare else ctx.t("new") if f.added_since else rag_text(f.rag_before, ctx)
        rows.append([f.code, cell(f"{f.name}\n{ctx.cluster(f.cluster)}", st.cell), cell(ctx.name("status", f.status),
                     st.cell), rag_text(f.rag, ctx), was,
                     para(text.esc(f.problems or text.DASH, limit=PROBLEM_CHARS), st.cell)])
        extra += rag_cell_style(3, i, f.rag)
    widths = [18 * mm, 54 * mm, 24 * mm, 19 * mm, 18 * mm, W - 133 * mm]
    return [grid(rows, widths, extra=extra)]


def _stale(e: Exceptions, ctx: Ctx) -> list[Flowable]:
    st = ctx.st
    if not e.not_reported:
        return [para(ctx.t("none"), st.body)]
    rows: list[list[object]] = [head_row(ctx, "code", "project", "cluster", "last_report", "days")]
    for n in e.not_reported:
        last = ctx.date(n.reported_at) if n.reported_at else ctx.t("not_reported")
        rows.append([n.code, cell(n.name, st.cell), cell(ctx.cluster(n.cluster), st.cell), last,
                     ctx.number(n.days) if n.days is not None else text.DASH])
    extra = [("TEXTCOLOR", (3, 1), (3, -1), NOT_REPORTED)]
    return [grid(rows, [18 * mm, W - 118 * mm, 56 * mm, 26 * mm, 18 * mm], numeric_from=4, extra=extra)]


def exceptions(ctx: Ctx) -> list[Flowable]:
    """The exceptions section: red and amber projects."""
    e = ctx.pack.exceptions
    assert e is not None
    st = ctx.st
    return [
        heading(ctx.t("exceptions"), st.h1, "exceptions"),
        para(ctx.t("flagged"), st.h2), *_flagged(e, ctx),
        para(ctx.t("stale", days=e.stale_after_days), st.h2), *_stale(e, ctx),
    ]
