"""Chart building blocks for the dashboard (QtCharts): calm defaults, stacked bars, a target line."""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


def new_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    font.setPointSizeF(max(9.0, QFont().pointSizeF() + 0.5))
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # screenshots and tests see the final picture
    chart.setBackgroundRoundness(6)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setFont(QFont())
    chart.setLocalizeNumbers(True)  # "150 000" in Russian, "150,000" in English
    chart.setLocale(QLocale())
    return chart


def bar_set(name: str, values: Sequence[float], colour: str) -> QBarSet:
    bars = QBarSet(name)
    bars.append([float(v) for v in values])
    bars.setColor(QColor(colour))
    bars.setBorderColor(QColor(colour).darker(115))
    return bars


def stacked(sets: list[QBarSet], *, horizontal: bool) -> QAbstractBarSeries:
    series: QAbstractBarSeries = QHorizontalStackedBarSeries() if horizontal else QStackedBarSeries()
    series.setBarWidth(0.62)
    for s in sets:
        series.append(s)
    return series


def add_axes(chart: QChart, series: QAbstractBarSeries, categories: list[str], *, horizontal: bool,
             value_max: float | None = None, value_format: str = "%.0f") -> tuple[QBarCategoryAxis, QValueAxis]:
    chart.addSeries(series)
    cats = QBarCategoryAxis()
    cats.append(categories)
    cats.setGridLineVisible(False)
    cats.setTruncateLabels(False)  # a cut "Нефте…" says nothing; short names are chosen to fit instead
    values = QValueAxis()
    values.setLabelFormat(value_format)
    values.setGridLineColor(QColor("#e3e8ee"))
    if value_max is None:
        sets = series.barSets()
        count = max((s.count() for s in sets), default=0)
        value_max = max((sum(s.at(i) for s in sets) for i in range(count)), default=0.0) * 1.05
        nice = True
    else:
        nice = False
    values.setRange(0, value_max if value_max > 0 else 1.0)
    if nice:
        values.applyNiceNumbers()
    chart.addAxis(cats, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(cats)
    series.attachAxis(values)
    return cats, values


def target_line(chart: QChart, cats: QBarCategoryAxis, values: QValueAxis, count: int, *, level: float,
                name: str, horizontal: bool = False) -> QLineSeries:
    """A dashed line across the bars at `level` (a programme target)."""
    line = QLineSeries()
    line.setName(name)
    if horizontal:
        line.append(level, -0.5)
        line.append(level, count - 0.5)
    else:
        line.append(-0.5, level)
        line.append(count - 0.5, level)
    pen = QPen(QColor("#b3261e"))
    pen.setWidthF(2.0)
    pen.setStyle(Qt.PenStyle.DashLine)
    line.setPen(pen)
    chart.addSeries(line)
    line.attachAxis(cats)
    line.attachAxis(values)
    return line


class ChartView(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(280)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The Python wrappers of a chart's series, sets, axes and legend stay referenced until Qt has deleted
        # the chart: dropped earlier, PySide may free a wrapper that Qt's deferred delete still walks (a
        # segmentation fault one run in three, after a language switch).
        self._parts: list[object] = []
        self._retired: list[tuple[QChart, list[object]]] = []

    def replace_chart(self, chart: QChart) -> None:
        old = self.chart()
        self._retired = [(c, p) for c, p in self._retired if shiboken6.isValid(c)]
        if old is not None:
            self._retired.append((old, self._parts))
        self._parts = _parts_of(chart)
        self.setChart(chart)
        if old is not None:
            old.deleteLater()


def _parts_of(chart: QChart) -> list[object]:
    parts: list[object] = [chart.legend(), *chart.axes()]
    for series in chart.series():
        parts.append(series)
        if isinstance(series, QAbstractBarSeries):
            parts.extend(series.barSets())
    return parts
