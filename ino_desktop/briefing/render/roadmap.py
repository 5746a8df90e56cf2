"""Roadmap status by work area, one table per edition, with its completion bar."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ino_desktop.briefing.render import text
from ino_desktop.briefing.render.blocks import PORTRAIT_WIDTH, Ctx, head_row, heading, para
from ino_desktop.briefing.render.styles import grid
from ino_desktop.briefing.render.summary import bar


def roadmap(ctx: Ctx) -> list[Flowable]:
    """The roadmap section: each edition's progress."""
    st = ctx.st
    editions = ctx.pack.roadmap or ()
    out: list[Flowable] = [heading(ctx.t("roadmap"), st.h1, "roadmap")]
    if not editions:
        return [*out, para(ctx.t("no_roadmap"), st.body)]
    head_keys = ("work_area", "actions_total", "done", "in_progress", "not_started", "overdue", "done_share")
    for edition in editions:
        rows: list[list[object]] = [head_row(ctx, *head_keys)]
        for a in edition.areas:
            rows.append([para(ctx.name("work_area", a.work_area), st.cell), str(a.total), str(a.done),
                         str(a.in_progress), str(a.not_started), str(a.overdue),
                         text.percent(a.done / a.total if a.total else None, ctx.lang)])
        p = edition.progress
        rows.append([ctx.t("total"), str(p.total), str(p.done), str(p.in_progress), str(p.not_started),
                     str(p.overdue), text.percent(p.share_done, ctx.lang)])
        widths = [PORTRAIT_WIDTH - 6 * 21 * mm] + [21 * mm] * 6
        red = [("TEXTCOLOR", (5, i), (5, i), "#C62828") for i, a in enumerate(edition.areas, start=1) if a.overdue]
        out.append(KeepTogether([
            para(f"{text.esc(edition.title)} ({edition.year})", st.h2, markup=True),
            grid(rows, widths, numeric_from=1, total_row=True, extra=red), Spacer(1, 2 * mm),
            bar(p.share_done, None, PORTRAIT_WIDTH, ctx), Spacer(1, 4 * mm),
        ]))
    return out
