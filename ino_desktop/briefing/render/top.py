"""Top lists: the ten largest projects by money, and the ten most at risk with the reason."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ino_desktop.briefing.model import TopLine
from ino_desktop.briefing.render.blocks import PORTRAIT_WIDTH, Ctx, cell, head_row, heading, para, rag_text
from ino_desktop.briefing.render.decide import reason_words
from ino_desktop.briefing.render.styles import grid, rag_cell_style


def _table(lines: tuple[TopLine, ...], ctx: Ctx, *, reasons: bool) -> Flowable:
    st = ctx.st
    last = "reason" if reasons else "cluster"
    rows: list[list[object]] = [head_row(ctx, "no", "code", "project", "rag", "mln_rub", last)]
    extra = []
    for n, line in enumerate(lines, start=1):
        tail = "; ".join(w for k, v in line.reasons if (w := reason_words(k, v, ctx))) if reasons \
            else ctx.cluster(line.cluster)
        rows.append([str(n), line.code, cell(line.name, st.cell), rag_text(line.rag, ctx), ctx.money(line.total),
                     cell(tail, st.cell)])
        extra += rag_cell_style(3, n, line.rag)
    widths = [8 * mm, 18 * mm, 0, 20 * mm, 22 * mm, 62 * mm]
    widths[2] = PORTRAIT_WIDTH - sum(widths)
    return grid(rows, widths, extra=[*extra, ("ALIGN", (4, 1), (4, -1), "RIGHT")])


def top(ctx: Ctx) -> list[Flowable]:
    """The top lists section."""
    data = ctx.pack.top
    assert data is not None
    st = ctx.st
    out: list[Flowable] = [heading(ctx.t("top"), st.h1, "top"), para(ctx.t("top_largest"), st.h2)]
    out.append(_table(data.largest, ctx, reasons=False) if data.largest else para(ctx.t("none"), st.body))
    out.append(para(ctx.t("top_risk"), st.h2))
    out.append(_table(data.at_risk, ctx, reasons=True) if data.at_risk else para(ctx.t("none"), st.body))
    return out
