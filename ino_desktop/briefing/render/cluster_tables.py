"""One section per cluster: a table of its projects (header row repeated across pages) and its totals.
The appendix's full portfolio table is the same table with a cluster column, so both live here."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Table

from ino_desktop.briefing.model import ClusterSection, ProjectLine
from ino_desktop.briefing.render import text
from ino_desktop.briefing.render.blocks import LANDSCAPE_WIDTH, Ctx, cell, head_row, heading, para, rag_text
from ino_desktop.briefing.render.styles import TOTAL_BG, grid, rag_cell_style
from ino_desktop.reference import STALE_AFTER_DAYS
from ino_desktop.services.portfolio import Jobs, Money


def name_cell(line: ProjectLine, ctx: Ctx) -> object:
    """The project's name, with "not reported" beneath it when its data is stale (a state, not a blank)."""
    shown = text.cell(line.name)
    if not line.reported:
        shown += f"<br/><font color='#8A5A00' size=6.5>{text.esc(ctx.t('not_reported'))}</font>"
    return para(shown, ctx.st.cell, markup=True)


def portfolio_table(lines: Sequence[ProjectLine], ctx: Ctx, *, group_by_cluster: bool = False,
                    totals: tuple[Money, Jobs] | None = None) -> Table:
    """Projects as rows on a landscape page: code, name, status, confidence, money by source, jobs, end.

    With group_by_cluster, a spanning row names each cluster before its projects (the appendix).
    """
    st = ctx.st
    keys = ("code", "project", "status", "rag", "total_short", "federal_short", "regional_short", "extra_only",
            "confirmed_short", "plan", "created", "end")
    rows: list[list[object]] = [head_row(ctx, *keys)]
    style: list[tuple[object, ...]] = []
    groups: list[tuple[str | None, list[ProjectLine]]] = [(None, list(lines))]
    if group_by_cluster:
        order = {key: i for i, key in enumerate(ctx.pack.names.get("cluster", {}))}
        ranked = sorted(lines, key=lambda x: (order.get(x.cluster, len(order)) if x.cluster else len(order) + 1,
                                              x.code))
        groups = [(key, [x for x in ranked if x.cluster == key]) for key in dict.fromkeys(x.cluster for x in ranked)]
    for key, members in groups:
        if group_by_cluster:
            rows.append([para(f"<b>{text.esc(ctx.cluster(key))}</b> ({len(members)})", st.cell, markup=True),
                         *[""] * (len(keys) - 1)])
            i = len(rows) - 1
            style += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), TOTAL_BG)]
        for x in members:
            rows.append([x.code, name_cell(x, ctx), cell(ctx.name("status", x.status), st.cell), rag_text(x.rag, ctx),
                         ctx.money(x.total), ctx.money(x.federal), ctx.money(x.regional), ctx.money(x.extra),
                         ctx.money(x.confirmed), ctx.number(x.jobs_planned), ctx.number(x.jobs_created),
                         ctx.date(x.end_date)])
            style += rag_cell_style(3, len(rows) - 1, x.rag)
    if totals is not None:
        m, jobs = totals
        rows.append(["", ctx.t("total"), "", "", ctx.money(m.total), ctx.money(m.federal), ctx.money(m.regional),
                     ctx.money(m.extra_budgetary), ctx.money(m.confirmed), ctx.number(jobs.planned),
                     ctx.number(jobs.created), ""])
    # The end date gets room for '18 Apr 2017' plus a gap: at 18 mm it ran into the jobs figure beside it.
    widths = [17 * mm, 0, 24 * mm, 21 * mm, 18 * mm, 17 * mm, 17 * mm, 18 * mm, 18 * mm, 14 * mm, 15 * mm, 22 * mm]
    widths[1] = LANDSCAPE_WIDTH - sum(widths)
    return grid(rows, widths, numeric_from=4, total_row=totals is not None, zebra=not group_by_cluster,
                extra=[*style, ("FONT", (3, 1), (3, -1), st.regular, 7, 9)])


def overview(sections: Sequence[ClusterSection], ctx: Ctx) -> Table:
    """One row per cluster — projects, red and amber, money by source, confirmed share, jobs — and the total."""
    keys = ("cluster", "projects_short", "red_amber", "total_short", "federal_short", "regional_short", "extra_only",
            "confirmed_short", "plan", "created")
    rows: list[list[object]] = [head_row(ctx, *keys)]
    total_money, total_jobs, flagged = Money(), Jobs(0, 0), [0, 0]
    for section in sections:
        red = sum(1 for x in section.lines if x.rag == "red")
        amber = sum(1 for x in section.lines if x.rag == "amber")
        flagged = [flagged[0] + red, flagged[1] + amber]
        m, jobs = section.money, section.jobs
        total_money += m
        total_jobs = Jobs(total_jobs.planned + jobs.planned, total_jobs.created + jobs.created)
        rows.append([cell(ctx.cluster(section.key), ctx.st.cell), str(len(section.lines)), f"{red} / {amber}",
                     *_money_cells(m, ctx), ctx.number(jobs.planned), ctx.number(jobs.created)])
    rows.append([ctx.t("total"), str(sum(len(s.lines) for s in sections)), f"{flagged[0]} / {flagged[1]}",
                 *_money_cells(total_money, ctx), ctx.number(total_jobs.planned), ctx.number(total_jobs.created)])
    widths = [0, 17 * mm, 20 * mm, 22 * mm, 20 * mm, 20 * mm, 22 * mm, 22 * mm, 16 * mm, 16 * mm]
    widths[0] = LANDSCAPE_WIDTH - sum(widths)
    return grid(rows, widths, numeric_from=1, total_row=True)


def _money_cells(m: Money, ctx: Ctx) -> list[str]:
    return [ctx.money(m.total), ctx.money(m.federal), ctx.money(m.regional), ctx.money(m.extra_budgetary),
            ctx.money(m.confirmed)]


def cluster_tables(ctx: Ctx) -> list[Flowable]:
    """The clusters section: one table of projects per cluster."""
    st = ctx.st
    sections: tuple[ClusterSection, ...] = ctx.pack.clusters or ()
    out: list[Flowable] = [heading(ctx.t("clusters"), st.h1, "clusters")]
    if not sections:
        return [*out, para(ctx.t("none"), st.body)]
    out.append(overview(sections, ctx))
    if ctx.pack.cluster_lists:
        for section in sections:
            out.append(CondPageBreak(45 * mm))  # a cluster's heading and note never sit alone at a page's foot
            out.append(heading(ctx.cluster(section.key), st.h2, f"cluster-{section.key or 'none'}", level=1))
            out.append(para(ctx.t("projects_in_cluster", n=len(section.lines), total=ctx.money(section.money.total),
                                  planned=ctx.number(section.jobs.planned), created=ctx.number(section.jobs.created)),
                            st.note))
            out.append(portfolio_table(section.lines, ctx, totals=(section.money, section.jobs)))
    out.append(para(ctx.t("money_note") + " " + ctx.t("stale_note", days=STALE_AFTER_DAYS), st.note))
    return out
