"""Follow-up of the previous meeting's decisions: status, responsible, deadline, and what was done."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ino_desktop.briefing.render.blocks import PORTRAIT_WIDTH, Ctx, cell, head_row, heading, para
from ino_desktop.briefing.render.styles import RAG_COLOURS, grid


def decisions(ctx: Ctx) -> list[Flowable]:
    """The follow-up of the previous meeting's decisions."""
    st = ctx.st
    follow = ctx.pack.decisions
    out: list[Flowable] = [heading(ctx.t("decisions"), st.h1, "decisions")]
    if follow is None or follow.meeting is None:
        return [*out, para(ctx.t("no_previous"), st.body)]
    out.append(para(ctx.t("meeting_of", title=follow.meeting.title, date=ctx.date(follow.meeting.date)), st.h2))
    if not follow.lines:
        return [*out, para(ctx.t("no_decisions"), st.body)]
    rows: list[list[object]] = [head_row(ctx, "no", "decision", "responsible", "due", "status", "follow_up")]
    extra = []
    for i, d in enumerate(follow.lines, start=1):
        status = ctx.name("decision_status", d.status)
        if d.overdue:
            status += f"\n{ctx.t('overdue_mark')}"
            extra.append(("TEXTCOLOR", (4, i), (4, i), RAG_COLOURS["red"]))
        decision = f"{d.text} [{d.project_code}]" if d.project_code else d.text
        rows.append([str(d.number), cell(decision, st.cell), cell(d.responsible, st.cell), ctx.date(d.deadline),
                     status, cell(d.follow_up, st.cell)])
    widths = [9 * mm, 0, 36 * mm, 20 * mm, 24 * mm, 40 * mm]
    widths[1] = PORTRAIT_WIDTH - sum(widths)
    return [*out, grid(rows, widths, extra=extra)]
