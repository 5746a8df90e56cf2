""""Требует решения": the page after the cover — what the meeting must decide, with owner, ask and date."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ino_desktop.briefing.model import DecideItem
from ino_desktop.briefing.render import text
from ino_desktop.briefing.render.blocks import PORTRAIT_WIDTH, Ctx, cell, head_row, heading, para
from ino_desktop.briefing.render.document import BOTTOM, TOP
from ino_desktop.briefing.render.styles import RAG_COLOURS, grid

PAGE_HEIGHT = A4[1] - TOP - BOTTOM
ROOM_FOR_ROUNDING = 4  # points
ASK_CHARS = 110  # one page: a long request is cut with "…" (the project's page has it in full)


def reason_words(key: str, value: Any, ctx: Ctx) -> str:
    """One reason as words: shared by this page and the top-risk list."""
    if key == "rag":
        return ctx.name("rag", value).lower()  # a reason in a sentence, not a badge
    if key == "milestone":
        title, due = value
        return ctx.t("reason_milestone", title=title, date=ctx.date(due))
    if key == "end_moved":
        old, new = value
        return ctx.t("reason_end_moved", old=ctx.date(old), new=ctx.date(new))
    if key in ("days_late", "overdue_milestones", "slipped_days"):
        return ctx.t(f"reason_{key}", n=ctx.number(value))
    if key == "meeting":
        title, held = value
        return ctx.t("reason_meeting", date=ctx.date(held)) if title else ""
    if key == "not_reported":
        return ctx.t("reason_not_reported", n=ctx.number(value)) if value is not None else ctx.t("data_never")
    if key == "unconfirmed":
        return ctx.t("reason_unconfirmed", share=text.percent(value, ctx.lang))
    return ctx.t(f"reason_{key}")


def _what(item: DecideItem, ctx: Ctx) -> str:
    subject = f"{item.project_code} · {item.subject}" if item.kind == "project" else item.subject
    why = "; ".join(w for k, v in item.reasons if (w := reason_words(k, v, ctx)))
    return f"<b>{text.cell(subject)}</b><br/><font color='#5F6B7A'>{text.esc(why)}</font>"


def _asked(item: DecideItem, ctx: Ctx) -> str:
    if item.kind == "decision":
        return ctx.t("ask_decision")
    if item.asked and item.asked.strip():
        return ctx.t("ask_federal", text=text.clean(item.asked).strip()[:ASK_CHARS])
    return ctx.t("ask_recovery")


def _table(items: tuple[DecideItem, ...], ctx: Ctx) -> Flowable:
    st = ctx.st
    rows: list[list[object]] = [head_row(ctx, "no", "decide_what", "owner", "decide_ask", "by_when")]
    extra: list[tuple[Any, ...]] = []
    for n, item in enumerate(items, start=1):
        late = item.due is not None and item.due < ctx.pack.cover.as_at
        rows.append([str(n), para(_what(item, ctx), st.cell, markup=True), cell(item.owner or text.DASH, st.cell),
                     cell(_asked(item, ctx), st.cell), ctx.date(item.due)])
        if late or ("rag", "red") in item.reasons:
            extra.append(("LINEBEFORE", (0, n), (0, n), 2.5, RAG_COLOURS["red"]))
        if late:
            extra.append(("TEXTCOLOR", (4, n), (4, n), RAG_COLOURS["red"]))
    widths = [8 * mm, 0, 38 * mm, 52 * mm, 20 * mm]
    widths[1] = PORTRAIT_WIDTH - sum(widths)
    return grid(rows, widths, extra=extra)


def _height(flowables: list[Flowable]) -> float:
    return sum(f.wrap(PORTRAIT_WIDTH, PAGE_HEIGHT)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)


def decide(ctx: Ctx) -> list[Flowable]:
    """The page, kept to one page: items that do not fit are named in the line beneath the table."""
    page = ctx.pack.decide
    assert page is not None
    st = ctx.st
    out: list[Flowable] = [heading(ctx.t("decide"), st.h1, "decide")]
    if not page.items:
        return [*out, para(ctx.t("decide_none"), st.body)]
    shown = len(page.items)
    while True:
        more = [i.project_code or i.subject for i in page.items[shown:]] + list(page.more)
        tail = [para(ctx.t("decide_more", n=len(more), codes=", ".join(more)), st.note)] if more else []
        body = [_table(page.items[:shown], ctx), *tail]
        if shown == 1 or _height([*out, *body]) <= PAGE_HEIGHT - ROOM_FOR_ROUNDING:
            return [*out, *body]
        shown -= 1
