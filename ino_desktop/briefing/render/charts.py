"""Vector charts (reportlab.graphics): investment by cluster stacked by source, projects by status per
cluster, jobs planned and created by cluster. Horizontal bars, so long cluster names stay readable."""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ino_desktop.briefing.render import text
from ino_desktop.briefing.render.blocks import PORTRAIT_WIDTH, Ctx, heading, para
from ino_desktop.briefing.render.styles import INK, JOBS_COLOURS, MUTED, RULE, SOURCE_COLOURS, STATUS_COLOURS

LABEL_WIDTH = 150  # points left of the bars for the cluster names
BAR_ROW = 17


def _wrap(name: str, chars: int = 30) -> str:
    lines = textwrap.wrap(text.clean(name), chars)[:3] or [""]
    return "\n".join(lines)


def axis_range(series: Sequence[Sequence[float]], *, stacked: bool, integers: bool = False) -> tuple[float, float]:
    """(valueMax, valueStep): a round top at or above the longest bar (stacked bars add up), about five steps."""
    longest = max((sum(x) for x in zip(*series, strict=True)) if stacked else (v for s in series for v in s),
                  default=0.0)
    rough = max(longest, 1.0) / 5
    magnitude = 10 ** math.floor(math.log10(rough))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= rough)
    if integers:
        step = max(1.0, math.ceil(step))
    return max(step, math.ceil(longest / step) * step), step


def _chart(ctx: Ctx, categories: Sequence[str], series: Sequence[Sequence[float]], fills: Sequence[colors.Color],
           legend: Sequence[str], *, stacked: bool, integers: bool = False) -> Drawing:
    st = ctx.st
    rows = len(categories)
    legend_height = 14 * ((len(legend) + 1) // 2)
    plot_height = max(rows, 1) * BAR_ROW * (1 if stacked else 1.4)
    height = plot_height + 22 + legend_height
    drawing = Drawing(PORTRAIT_WIDTH, height, initialFontName=st.regular, initialFontSize=7)
    chart = HorizontalBarChart()
    chart.x, chart.y = LABEL_WIDTH, 16 + legend_height
    chart.width, chart.height = PORTRAIT_WIDTH - LABEL_WIDTH - 12, plot_height
    chart.data = [list(s) for s in series]
    chart.categoryAxis.categoryNames = [_wrap(c) for c in categories]
    chart.categoryAxis.reverseDirection = 1  # the first cluster at the top, as in the tables
    chart.categoryAxis.labels.fontName = st.regular
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.labels.leading = 8
    chart.categoryAxis.strokeColor = RULE
    if stacked:
        chart.categoryAxis.style = "stacked"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = st.regular
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E3E7EB")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.labelTextFormat = lambda v: text.number(v, ctx.lang, 0)
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = axis_range(series, stacked=stacked, integers=integers)
    chart.barSpacing = 1
    chart.groupSpacing = 4
    chart.bars.strokeColor = None
    for i, fill in enumerate(fills):
        chart.bars[i].fillColor = fill
    drawing.add(chart)
    key = Legend()
    key.x, key.y = LABEL_WIDTH, legend_height + 2
    key.fontName, key.fontSize = st.regular, 7
    key.columnMaximum = 2 if len(legend) > 2 else 1
    key.alignment = "right"
    key.deltax, key.deltay, key.dxTextSpace = 150, 12, 4
    key.dx = key.dy = 7
    key.strokeColor = None
    key.colorNamePairs = list(zip(fills, legend, strict=True))
    drawing.add(key)
    return drawing


def charts(ctx: Ctx) -> list[Flowable]:
    """The charts section."""
    data = ctx.pack.charts
    assert data is not None
    st = ctx.st
    out: list[Flowable] = [heading(ctx.t("charts"), st.h1, "charts")]
    figures = data.clusters
    if not figures:
        return [*out, para(ctx.t("none"), st.body)]
    names = [ctx.cluster(f.key) for f in figures]
    money = [[f.money.federal for f in figures], [f.money.regional for f in figures],
             [f.money.confirmed for f in figures],
             [max(f.money.extra_budgetary - f.money.confirmed, 0.0) for f in figures]]
    source_names = [ctx.t("federal"), ctx.t("regional"), ctx.t("extra_confirmed"), ctx.t("extra_unconfirmed")]
    out.append(KeepTogether([para(ctx.t("chart_investment"), st.h2),
                             _chart(ctx, names, money, SOURCE_COLOURS, source_names, stacked=True)]))
    statuses = data.statuses
    counts = [[float(dict(f.by_status).get(s, 0)) for f in figures] for s in statuses]
    out.append(KeepTogether([para(ctx.t("chart_status"), st.h2),
                             _chart(ctx, names, counts, [STATUS_COLOURS.get(s, STATUS_COLOURS[None]) for s in statuses],
                                    [ctx.name("status", s) for s in statuses], stacked=True, integers=True)]))
    jobs = [[float(f.jobs.planned) for f in figures], [float(f.jobs.created) for f in figures]]
    out.append(KeepTogether([para(ctx.t("chart_jobs"), st.h2),
                             _chart(ctx, names, jobs, JOBS_COLOURS, [ctx.t("planned"), ctx.t("created")],
                                    stacked=False)]))
    out.append(Spacer(1, 2 * mm))
    return out
