"""The cover: title, meeting facts, the data's "as at" date, the marking line, the coverage."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ino_desktop.briefing.render.blocks import PORTRAIT_WIDTH, Ctx, key_values, para


def _coverage(ctx: Ctx) -> str:
    sel = ctx.pack.cover.selection
    parts = []
    if sel.agenda_only:
        parts.append(ctx.t("agenda_projects"))
    if sel.view:
        parts.append(ctx.t("saved_view", name=sel.view))
    if sel.clusters:
        parts.append(", ".join(ctx.cluster(None if k == "-" else k) for k in sel.clusters))
    if not parts:
        parts.append(ctx.t("whole_portfolio"))
    return "; ".join(parts) + f" ({ctx.t('projects_n', n=sel.projects)})"


def cover(ctx: Ctx) -> list[Flowable]:
    """The cover page."""
    c = ctx.pack.cover
    st = ctx.st
    out: list[Flowable] = []
    if c.marking:
        out.append(para(c.marking, st.marking))
    out += [Spacer(1, 45 * mm), para(ctx.t("programme"), st.subtitle),
            para(c.title or ctx.t("default_title"), st.title), Spacer(1, 10 * mm)]
    facts: list[tuple[str, object]] = []
    if c.meeting is not None:
        facts.append((ctx.t("date"), ctx.date(c.meeting.date)))
        if c.meeting.chair:
            facts.append((ctx.t("chair"), c.meeting.chair))
        if c.meeting.venue:
            facts.append((ctx.t("venue"), c.meeting.venue))
    facts.append((ctx.t("data_as_at"), ctx.date(c.as_at)))
    facts.append((ctx.t("changes_since"), ctx.date(c.since) if c.since else ctx.t("no_comparison")))
    if c.previous_meeting is not None:
        facts.append((ctx.t("previous_meeting"),
                      ctx.t("meeting_of", title=c.previous_meeting.title, date=ctx.date(c.previous_meeting.date))))
    facts.append((ctx.t("coverage"), _coverage(ctx)))
    out.append(key_values(facts, ctx, (45 * mm, PORTRAIT_WIDTH - 45 * mm)))
    if c.is_demo:
        out += [Spacer(1, 12 * mm), para(ctx.t("demo_note"), st.marking)]
    return out
