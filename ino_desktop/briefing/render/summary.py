"""The portfolio on one page: headline figures, counts by status and confidence with their change since
the comparison date, investment by source against the confirmed-share target, jobs, roadmap completion."""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ino_desktop.briefing.model import SummaryPage, Tally
from ino_desktop.briefing.render import text
from ino_desktop.briefing.render.blocks import PORTRAIT_WIDTH, Ctx, head_row, heading, para
from ino_desktop.briefing.render.styles import (
    HEADER_BG,
    MUTED,
    NAVY,
    RULE,
    grid,
    rag_cell_style,
    side_by_side,
)
from ino_desktop.reference import STALE_AFTER_DAYS

GOOD = colors.HexColor("#2E7D32")
SHORT = colors.HexColor("#C62828")


def bar(share: float | None, target: float | None, width: float, ctx: Ctx) -> Drawing:
    """A horizontal progress bar with a target tick: filled green at or above target, red below."""
    height = 9
    drawing = Drawing(width, height + 2, initialFontName=ctx.st.regular, initialFontSize=6)
    drawing.add(Rect(0, 1, width, height, fillColor=HEADER_BG, strokeColor=None))
    if share is not None:
        filled = max(0.0, min(share, 1.0)) * width
        fill = NAVY if target is None else GOOD if share >= target else SHORT
        drawing.add(Rect(0, 1, filled, height, fillColor=fill, strokeColor=None))
    if target is not None:
        x = target * width
        drawing.add(Line(x, 0, x, height + 2, strokeColor=NAVY, strokeWidth=1.5))
        drawing.add(String(min(x + 2, width - 2), 2.5, text.percent(target, ctx.lang), fontName=ctx.st.bold,
                           fontSize=6, fillColor=NAVY, textAnchor="start" if x + 30 < width else "end"))
    return drawing


def _change(now: float | None, then: float | None, ctx: Ctx, *, money: bool = False, percent: bool = False) -> str:
    """"+12 since 14.04.2016" under a tile: what moved since the comparison date."""
    since = ctx.pack.cover.since
    if since is None or now is None or then is None:
        return ""
    diff = now - then
    sign = "+" if diff > 0 else ""
    if percent:
        figure = ctx.t("points", n=sign + text.number(diff * 100, ctx.lang))
    elif money:
        figure = sign + text.money(diff, ctx.lang)
    else:
        figure = text.signed(round(diff), ctx.lang)
    return ctx.t("change_since", change=figure, date=ctx.date(since))


def _kpis(s: SummaryPage, ctx: Ctx) -> Table:
    st = ctx.st
    latest = s.roadmap[-1] if s.roadmap else None
    b = s.before
    boxes = [
        (ctx.number(s.projects), ctx.t("kpi_projects"), "", _change(s.projects, (b.projects if b else None), ctx)),
        (ctx.money(s.money.total), ctx.t("kpi_investment"), "",
         _change(s.money.total, (b.money.total if b else None), ctx, money=True)),
        (text.percent(s.money.confirmed_share, ctx.lang), ctx.t("kpi_confirmed"),
         ctx.t("target_is", value=text.percent(s.confirmed_target, ctx.lang)),
         _change(s.money.confirmed_share, (b.money.confirmed_share if b else None), ctx, percent=True)),
        (ctx.number(s.jobs.created), ctx.t("kpi_jobs"),
         ctx.t("of_target", value=ctx.number(s.jobs.target)) if s.jobs.target else
         ctx.t("of_plan", value=ctx.number(s.jobs.planned)),
         _change(s.jobs.created, (b.jobs_created if b else None), ctx)),
    ]
    if latest is not None:
        boxes.append((f"{latest.done} / {latest.total}", ctx.t("kpi_roadmap", year=latest.year),
                      text.percent(latest.share_done, ctx.lang),
                      _change(latest.done, b.roadmap_done[-1] if b and b.roadmap_done else None, ctx)))
    cells = [[para(f"<font size=15><b>{big}</b></font><br/>{text.esc(small)}"
                   + (f"<br/><font color='#5F6B7A'>{text.esc(sub)}</font>" if sub else "")
                   + (f"<br/><font color='#1F3A5F'><b>{text.esc(moved)}</b></font>" if moved else ""),
                   st.small, markup=True) for big, small, sub, moved in boxes]]
    width = PORTRAIT_WIDTH / len(boxes)
    table = Table(cells, colWidths=[width] * len(boxes), hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st.regular, 8),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE), ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F7F9FB")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def _tally_table(title_key: str, tallies: tuple[Tally, ...], vocabulary: str, ctx: Ctx, width: float) -> Table:
    st = ctx.st
    since = ctx.pack.cover.since
    compare = since is not None
    head = [para(ctx.t(title_key), st.head), para(ctx.t("now"), st.head)]
    if compare:
        head += [para(ctx.t("at_date", date=ctx.date(since)), st.head), para(ctx.t("change"), st.head)]
    rows: list[list[object]] = [head]
    extra: list[tuple[Any, ...]] = []
    missing = "not_assessed" if vocabulary == "rag" else "not_set"
    for i, tally in enumerate(tallies, start=1):
        row: list[object] = [ctx.name(vocabulary, tally.key, missing=missing), str(tally.now)]
        if compare:
            row += [text.number(tally.before, ctx.lang), text.signed(tally.change, ctx.lang)]
        rows.append(row)
        if vocabulary == "rag":
            extra += rag_cell_style(0, i, tally.key)
    rest = (width - 32 * mm) / (3 if compare else 1)
    widths = [32 * mm] + [rest] * (3 if compare else 1)
    return grid(rows, widths, numeric_from=1, extra=extra)


def _money_table(s: SummaryPage, ctx: Ctx, width: float) -> Table:
    m = s.money
    then = s.before.money if s.before is not None else None
    total = m.total or None

    def share(value: float) -> str:
        return text.percent(value / total, ctx.lang) if total else text.DASH

    def moved(now: float, before: float | None) -> str:
        return "" if before is None else text.money(now - before, ctx.lang).replace("-", "−")

    head = ["source", "mln_rub", "share"] + (["change"] if then is not None else [])
    rows: list[list[object]] = [head_row(ctx, *head)]
    unconfirmed = max(m.extra_budgetary - m.confirmed, 0.0)
    lines = [
        (ctx.t("federal"), m.federal, share(m.federal), (then.federal if then else None)),
        (ctx.t("regional"), m.regional, share(m.regional), (then.regional if then else None)),
        (ctx.t("extra"), m.extra_budgetary, share(m.extra_budgetary), (then.extra_budgetary if then else None)),
        ("    " + ctx.t("confirmed"), m.confirmed, text.percent(m.confirmed_share, ctx.lang),
         then.confirmed if then else None),
        ("    " + ctx.t("unconfirmed"), unconfirmed,
         text.percent(None if m.confirmed_share is None else 1 - m.confirmed_share, ctx.lang),
         max(then.extra_budgetary - then.confirmed, 0.0) if then else None),
        (ctx.t("total_cost"), m.total, "", (then.total if then else None)),
    ]
    for name, value, part, before in lines:
        row: list[object] = [name, ctx.money(value), part]
        if then is not None:
            row.append(moved(value, before))
        rows.append(row)
    widths = [width - 60 * mm, 32 * mm, 28 * mm]
    if then is not None:
        widths = [width - 88 * mm, 32 * mm, 28 * mm, 28 * mm]
    return grid(rows, widths, numeric_from=1, total_row=True, extra=[("TEXTCOLOR", (0, 4), (-1, 5), MUTED)])


def summary(ctx: Ctx) -> list[Flowable]:
    """The summary page."""
    s = ctx.pack.summary
    assert s is not None
    st = ctx.st
    half = (PORTRAIT_WIDTH - 6 * mm) / 2
    out: list[Flowable] = [heading(ctx.t("summary"), st.h1, "summary"), _kpis(s, ctx), Spacer(1, 5 * mm)]
    out.append(side_by_side([_tally_table("by_status", s.by_status, "status", ctx, half),
                             _tally_table("by_rag", s.by_rag, "rag", ctx, half)], [half + 6 * mm, half]))
    if ctx.pack.cover.since is None:
        out.append(para(ctx.t("no_comparison_note"), st.note))
    out += [para(ctx.t("investment_by_source"), st.h2), _money_table(s, ctx, PORTRAIT_WIDTH), Spacer(1, 3 * mm)]
    share_text = ctx.t("confirmed_share", share=text.percent(s.money.confirmed_share, ctx.lang),
                       target=text.percent(s.confirmed_target, ctx.lang))
    out += [para(share_text, st.body), bar(s.money.confirmed_share, s.confirmed_target, PORTRAIT_WIDTH, ctx)]
    jobs = s.jobs
    out += [para(ctx.t("jobs"), st.h2),
            para(" ".join(x for x in (
                ctx.t("jobs_line", planned=ctx.number(jobs.planned), created=ctx.number(jobs.created),
                      target=ctx.number(jobs.target), share=text.percent(jobs.created_share, ctx.lang, 1))
                if jobs.target else ctx.t("jobs_line_own", planned=ctx.number(jobs.planned),
                                          created=ctx.number(jobs.created)),
                _change(jobs.created, s.before.jobs_created if s.before else None, ctx)) if x), st.body),
            bar(jobs.created_share if jobs.target else (jobs.created / jobs.planned if jobs.planned else None),
                None, PORTRAIT_WIDTH, ctx)]
    if s.roadmap:
        out.append(para(ctx.t("roadmap"), st.h2))
        for n, r in enumerate(s.roadmap):
            moved = _change(r.done, s.before.roadmap_done[n] if s.before else None, ctx)
            line = ctx.t("roadmap_line", title=r.title, done=r.done, total=r.total,
                         share=text.percent(r.share_done, ctx.lang), in_progress=r.in_progress, overdue=r.overdue)
            out.append(para(f"{line}; {moved}" if moved else line, st.body))
    out += [para(ctx.t("attention"), st.h2),
            para(ctx.t("attention_line", days=STALE_AFTER_DAYS,
                       stale=s.not_reported, milestones=s.overdue_milestones, actions=s.overdue_actions), st.body)]
    return out
