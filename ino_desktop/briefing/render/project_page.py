"""One page per project: who and where, delivery confidence with its trend, money by source, milestones,
jobs, federal instruments, problems, decisions requested, and what changed since the comparison date."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from ino_desktop.briefing.labels import field_label
from ino_desktop.briefing.model import ChangeLine, ProjectPage
from ino_desktop.briefing.render import text
from ino_desktop.briefing.render.blocks import (
    PORTRAIT_WIDTH,
    Ctx,
    badge,
    cell,
    head_row,
    heading,
    key_values,
    para,
    rag_text,
)
from ino_desktop.briefing.render.document import Mark, Running
from ino_desktop.briefing.render.styles import MUTED, RAG_COLOURS, grid, side_by_side
from ino_desktop.models import DATE_FIELDS, INT_FIELDS, MONEY_FIELDS

W = PORTRAIT_WIDTH
HALF = (W - 6 * mm) / 2
CHANGE_CHARS = 160  # a long text field's old and new values are cut in the table (the full text is on the page)
_VOCABULARY_FIELDS = {"cluster": "cluster", "work_area": "work_area", "territory_type": "territory_type",
                      "category": "category", "status": "status", "rag": "rag"}


def change_value(field: str, value: Any, ctx: Ctx) -> str:
    """A logged value as people read it: money, dates and numbers per language, keys as names."""
    if value is None:
        return text.DASH
    try:
        if field in MONEY_FIELDS:
            return ctx.money(float(value))
        if field in INT_FIELDS:
            return ctx.number(float(value))
        if field in DATE_FIELDS:
            return ctx.date(value)
    except (TypeError, ValueError):
        pass  # an odd value in the log prints as written
    if field in _VOCABULARY_FIELDS:
        return ctx.name(_VOCABULARY_FIELDS[field], str(value))
    return str(value)


def change_source(change: ChangeLine, ctx: Ctx) -> str:
    """Where a change came from: the file, sheet and cell of an import, or the person who edited it."""
    if change.origin == "import" and change.file_name:
        where = ctx.t("source_sheet", file=change.file_name, sheet=change.sheet) if change.sheet else change.file_name
        return f"{where}, {change.cell}" if change.cell else where
    if change.origin == "manual":
        return change.changed_by or ctx.t("origin_manual")
    origin = ctx.t(f"origin_{change.origin}") if change.origin in ("demo", "undo", "system", "import") \
        else change.origin
    return f"{origin} ({change.changed_by})" if change.changed_by else origin


def _confidence(p: ProjectPage, ctx: Ctx) -> list[Flowable]:
    since = ctx.pack.cover.since
    trend = p.trend
    if since is None:
        note = ""
    elif p.added_since:
        note = ctx.t("trend_new", date=ctx.date(since))
    elif trend == "worse":
        note = ctx.t("trend_worse", was=rag_text(p.rag_before, ctx))
    elif trend == "better":
        note = ctx.t("trend_better", was=rag_text(p.rag_before, ctx))
    elif trend == "same":
        note = ctx.t("trend_same", date=ctx.date(since))
    elif p.rag != p.rag_before:
        note = ctx.t("trend_set", was=rag_text(p.rag_before, ctx))
    else:
        note = ctx.t("trend_same", date=ctx.date(since))
    st = ctx.st
    colour = {"worse": "#C62828", "better": "#2E7D32"}.get(trend or "", "#5F6B7A")
    out: list[Flowable] = [para(ctx.t("confidence"), st.small), badge(p.rag, ctx, width=HALF * 0.45)]
    if note:
        out.append(para(f"<font color='{colour}'>{text.esc(note)}</font>", st.small, markup=True))
    status = ctx.name("status", p.status)
    if since is not None and not p.added_since and p.status_before != p.status:
        status += f" ({ctx.t('trend_set', was=ctx.name('status', p.status_before))})"
    out += [Spacer(1, 2 * mm), para(ctx.t("status"), st.small), para(status, st.body)]
    if p.reported:
        reported = ctx.t("data_reported", date=ctx.date(p.reported_at))
        out.append(para(reported, st.small))
    else:
        reported = ctx.t("data_stale", date=ctx.date(p.reported_at)) if p.reported_at else ctx.t("data_never")
        out.append(para(f"<font color='#8A5A00'><b>{text.esc(reported)}</b></font>", st.small, markup=True))
    return out


def _end_dates(p: ProjectPage, ctx: Ctx) -> str:
    """Planned (baseline) against current end date, and how far it moved since the comparison date."""
    out = ctx.t("end_dates", baseline=ctx.date(p.baseline_end or p.end_date), current=ctx.date(p.end_date))
    since = ctx.pack.cover.since
    if since is not None and p.end_before is not None and p.end_date is not None and p.end_before != p.end_date:
        out += "; " + ctx.t("end_slipped", date=ctx.date(since), days=ctx.number((p.end_date - p.end_before).days))
    return out


def _facts(p: ProjectPage, ctx: Ctx) -> Table:
    facts: list[tuple[str, object]] = [
        (ctx.t("cluster"), ctx.cluster(p.cluster)),
        (ctx.t("work_area"), ctx.name("work_area", p.work_area)),
        (ctx.t("territory"), ctx.name("territory_type", p.territory_type)),
        (ctx.t("location"), p.location or text.DASH),
        (ctx.t("lead_organization"), p.lead_organization or text.DASH),
    ]
    if p.participants:
        facts.append((ctx.t("participants"), "; ".join(p.participants)))
    facts.append((ctx.t("period"), f"{ctx.date(p.start_date)} – {ctx.date(p.end_date)}"))
    facts.append((ctx.t("end"), _end_dates(p, ctx)))
    if p.curator:
        facts.append((ctx.t("curator"), p.curator))
    left = key_values(facts, ctx, (30 * mm, HALF + 8 * mm - 30 * mm))
    return side_by_side([left, _confidence(p, ctx)], [HALF + 14 * mm, HALF - 8 * mm], gap=6 * mm)


def _money(p: ProjectPage, ctx: Ctx) -> Table:
    st = ctx.st
    rows: list[list[object]] = [[para(ctx.t("funding"), st.head), para(ctx.t("mln_rub"), st.head)]]
    rows += [[ctx.t("federal"), ctx.money(p.federal)], [ctx.t("regional"), ctx.money(p.regional)],
             [ctx.t("extra"), ctx.money(p.extra)], ["    " + ctx.t("confirmed"), ctx.money(p.confirmed)],
             ["    " + ctx.t("unconfirmed"), ctx.money(p.unconfirmed)], [ctx.t("total_cost"), ctx.money(p.total)]]
    return grid(rows, [HALF - 26 * mm, 26 * mm], numeric_from=1, total_row=True,
                extra=[("TEXTCOLOR", (0, 4), (-1, 5), MUTED)])


def _jobs_and_instruments(p: ProjectPage, ctx: Ctx) -> list[Flowable]:
    st = ctx.st
    share = text.percent(p.jobs_created / p.jobs_planned, ctx.lang) if p.jobs_planned and p.jobs_created is not None \
        else text.DASH
    jobs = grid([[para(ctx.t("jobs"), st.head), para(ctx.t("plan"), st.head), para(ctx.t("created"), st.head),
                  para("%", st.head)],
                 ["", ctx.number(p.jobs_planned), ctx.number(p.jobs_created), share]],
                [HALF - 60 * mm, 20 * mm, 20 * mm, 20 * mm], numeric_from=1, zebra=False)
    out: list[Flowable] = [jobs, Spacer(1, 3 * mm), para(ctx.t("instruments"), st.head)]
    if not p.instruments:
        out.append(para(ctx.t("none"), st.small))
    for i in p.instruments:
        extra = ", ".join(x for x in (ctx.name("instrument_kind", i.kind), i.ministry) if x)
        out.append(para(f"• {text.esc(i.name)} <font color='#5F6B7A'>({text.esc(extra)})</font>", st.small,
                        markup=True))
    return out


def _milestones(p: ProjectPage, ctx: Ctx) -> list[Flowable]:
    st = ctx.st
    out: list[Flowable] = [para(ctx.t("milestones"), st.h2)]
    if not p.milestones:
        return [*out, para(ctx.t("none"), st.small)]
    rows: list[list[object]] = [head_row(ctx, "milestone", "plan", "actual", "status")]
    extra = []
    for i, m in enumerate(p.milestones, start=1):
        status = ctx.name("milestone_status", m.status)
        if m.overdue:
            status += f", {ctx.t('overdue_mark')}"
            extra.append(("TEXTCOLOR", (3, i), (3, i), RAG_COLOURS["red"]))
        rows.append([cell(m.title, st.cell), ctx.date(m.planned), ctx.date(m.actual), status])
    return [*out, grid(rows, [W - 100 * mm, 22 * mm, 22 * mm, 56 * mm], extra=extra)]


def _text_block(title: str, value: str | None, ctx: Ctx) -> list[Flowable]:
    return [para(title, ctx.st.h2), para(value if value and value.strip() else ctx.t("none"), ctx.st.body)]


def _changes(p: ProjectPage, ctx: Ctx) -> list[Flowable]:
    st = ctx.st
    since = ctx.pack.cover.since
    if since is None:
        return []
    out: list[Flowable] = [para(ctx.t("changed_since", date=ctx.date(since)), st.h2)]
    if p.added_since:
        return [*out, para(ctx.t("trend_new", date=ctx.date(since)), st.small)]
    if not p.changes:
        return [*out, para(ctx.t("no_changes"), st.small)]
    rows: list[list[object]] = [head_row(ctx, "field", "was", "now_value", "when", "source")]
    for c in p.changes:
        when = text.esc(text.when(c.changed_at, ctx.lang))
        if c.count > 1:
            when += f"<br/>({text.esc(ctx.t('changes_folded', n=c.count))})"
        rows.append([cell(field_label(ctx.lang, c.field), st.cell),
                     para(text.esc(change_value(c.field, c.old, ctx), limit=CHANGE_CHARS), st.cell),
                     para(text.esc(change_value(c.field, c.new, ctx), limit=CHANGE_CHARS), st.cell),
                     para(when, st.cell, markup=True),  # a paragraph, so "(2 changes)" wraps inside its column
                     cell(change_source(c, ctx), st.cell)])
    return [*out, grid(rows, [32 * mm, 38 * mm, 38 * mm, 24 * mm, W - 132 * mm])]


def project_page(p: ProjectPage, ctx: Ctx) -> list[Flowable]:
    """One project's page: facts, narrative, milestones and history."""
    st = ctx.st
    out: list[Flowable] = [heading(f"{p.code} · {p.name}", st.h1)]  # the name is in the pack's language
    out += [_facts(p, ctx), Spacer(1, 3 * mm)]
    if p.narrative:
        out += [para(ctx.t("narrative"), st.h2), para(p.narrative, st.body)]
    out += [Spacer(1, 2 * mm), side_by_side([_money(p, ctx), _jobs_and_instruments(p, ctx)], [HALF + 6 * mm, HALF])]
    out += _milestones(p, ctx)
    out += _text_block(ctx.t("problems"), p.problems, ctx)
    out += _text_block(ctx.t("decisions_requested"), p.decisions_requested, ctx)
    out += _changes(p, ctx)
    return out


def project_pages(ctx: Ctx) -> list[Flowable]:
    """Each project on a fresh page, grouped by cluster in the bookmarks (projects → cluster → project)."""
    pages = ctx.pack.projects or ()
    out: list[Flowable] = [Mark("projects", ctx.t("projects"), 0)]  # each page carries its own heading
    if not pages:
        return [heading(ctx.t("projects"), ctx.st.h1, "projects"), para(ctx.t("none"), ctx.st.body)]
    cluster: object = object()
    for n, page in enumerate(pages):
        if n:
            out.append(PageBreak())
        if page.cluster != cluster:
            cluster = page.cluster
            out.append(Mark(f"projects-{page.cluster or 'none'}", ctx.cluster(page.cluster), 1))
        # A page that runs on is continued under the project's name (Running), never shrunk to fit.
        title = f"{page.code} · {page.name}"
        out += [Mark(f"project-{page.code}", title, 2), Running(ctx.t("continued", title=title)),
                *project_page(page, ctx), Running(None)]
    return out
