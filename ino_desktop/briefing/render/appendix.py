"""Appendix: the full portfolio table on landscape pages, header row repeated on every page."""

from __future__ import annotations

from reportlab.platypus import Flowable

from ino_desktop.briefing.render.blocks import Ctx, heading, para
from ino_desktop.briefing.render.cluster_tables import portfolio_table
from ino_desktop.reference import STALE_AFTER_DAYS


def appendix(ctx: Ctx) -> list[Flowable]:
    """The appendix section: every project in one table."""
    st = ctx.st
    lines = ctx.pack.appendix or ()
    out: list[Flowable] = [heading(ctx.t("appendix"), st.h1, "appendix")]
    if not lines:
        return [*out, para(ctx.t("none"), st.body)]
    return [*out, portfolio_table(lines, ctx, group_by_cluster=True),
            para(ctx.t("money_note") + " " + ctx.t("stale_note", days=STALE_AFTER_DAYS), st.note)]
