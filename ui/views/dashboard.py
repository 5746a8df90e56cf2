"""The dashboard: the programme's headline figures and six charts of what the project table shows
(the navigator's selection and the search text; a caption says which).

Clicking a bar asks the window to filter the project table to what the bar stands for (a cluster, or a
cluster and a status / confidence level).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from PySide6.QtCharts import QBarSet
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ino_desktop import reference as ref
from ino_desktop.services import portfolio
from ino_desktop.services.filters import NO_VALUE, ProjectFilter
from ino_desktop.services.portfolio import Money, ProjectRow, Summary
from ui import labels
from ui.filter_caption import describe
from ui.views.charts import ChartView, add_axes, bar_set, new_chart, stacked, target_line

CHART_ORDER = ("investment", "confirmed", "status", "rag", "jobs", "roadmap")
TWO_CHART_COLUMNS = 1000  # below this width a chart beside another is too narrow for its cluster names
TILE_WIDTH = 190  # a tile's figure and its line of context fit in this many pixels


@dataclass(frozen=True)
class DashboardData:
    as_at: dt.date
    rows: list[ProjectRow]
    summary: Summary
    filter: ProjectFilter = field(default_factory=ProjectFilter)  # what `rows` are: the caption describes it
    view_name: str | None = None  # the saved view the filter came from, if any


class Tile(QFrame):
    """One headline figure: a caption, a big number, and a line of context."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet("#tile { background: palette(base); border: 1px solid #d5dbe1; border-radius: 6px; }")
        self.caption = QLabel(self)
        self.caption.setStyleSheet("color: #52606d;")
        self.value = QLabel(self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.note = QLabel(self)
        self.note.setStyleSheet("color: #6b7785;")
        self.note.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 10, 14, 10)
        box.setSpacing(2)
        for w in (self.caption, self.value, self.note):
            box.addWidget(w)

    def show(self, caption: str, value: str, note: str, warn: bool = False) -> None:  # type: ignore[override]
        self.caption.setText(caption)
        self.value.setText(value)
        self.value.setStyleSheet("color: #9a5b00;" if warn else "")
        self.note.setText(note)


class Dashboard(QWidget):
    filter_requested = Signal(object)  # ProjectFilter

    def __init__(self, lang: str = "ru", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.data: DashboardData | None = None
        self.tiles = [Tile(self) for _ in range(5)]
        self.views = {key: ChartView(self) for key in ("investment", "confirmed", "jobs", "status", "rag", "roadmap")}
        self._clusters: list[str | None] = []
        self.caption = QLabel(self)
        self.caption.setObjectName("dashboardCaption")
        self.caption.setWordWrap(True)
        font = self.caption.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.caption.setFont(font)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #6b7785;")

        self.tile_grid = QGridLayout()
        self.tile_grid.setSpacing(10)
        self.chart_grid = QGridLayout()
        self.chart_grid.setSpacing(10)
        self.columns = (0, 0)  # (tiles per row, charts per row), set by _reflow
        self._reflow(1440)
        body = QWidget(self)
        box = QVBoxLayout(body)
        box.setContentsMargins(0, 4, 4, 4)
        box.setSpacing(10)
        box.addWidget(self.caption)
        box.addLayout(self.tile_grid)
        box.addWidget(self.empty_label)
        box.addLayout(self.chart_grid, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # --- reflow: two chart columns where they fit, one on a laptop; tiles wrap the same way ----------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._reflow(event.size().width())
        super().resizeEvent(event)

    def _reflow(self, width: int) -> None:
        charts = 2 if width >= TWO_CHART_COLUMNS else 1
        tiles = 5 if width >= 5 * TILE_WIDTH else 3 if width >= 3 * TILE_WIDTH else 2
        if (tiles, charts) == self.columns:
            return
        self.columns = (tiles, charts)
        for n, tile in enumerate(self.tiles):
            self.tile_grid.addWidget(tile, n // tiles, n % tiles)
        for col in range(5):
            self.tile_grid.setColumnStretch(col, 1 if col < tiles else 0)
        for n, key in enumerate(CHART_ORDER):
            self.chart_grid.addWidget(self.views[key], n // charts, n % charts)
        for col in range(2):
            self.chart_grid.setColumnStretch(col, 1 if col < charts else 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.data is not None:
            self.show_data(self.data)
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        if self.data is not None:
            self.show_data(self.data)

    # --- filling -------------------------------------------------------------------------------------------
    def show_data(self, data: DashboardData) -> None:
        self.data = data
        rows, s = data.rows, data.summary
        self.caption.setText(describe(data.filter, self.lang, data.view_name))
        self.caption.setToolTip(self.tr("The dashboard shows what the project table shows; choose another "
                                        "selection in the navigator or type in the filter box"))
        self.empty_label.setVisible(not rows)
        self.empty_label.setText(
            self.tr("The portfolio has no projects yet: import a workbook or add a project.")
            if data.filter.is_empty() else self.tr("No project matches this selection."))
        self._fill_tiles(s)
        money = portfolio.money_by_cluster(rows)
        self._clusters = list(money.keys())
        self._investment(money)
        self._confirmed(money)
        self._by_cluster(rows, "status", self.tr("Status by cluster"),
                         [(k, labels.term_name("status", k, self.lang), labels.STATUS_COLOURS[k])
                          for k in ref.keys("status")])
        self._by_cluster(rows, "rag", self.tr("Delivery confidence by cluster"),
                         [(k, labels.term_name("rag", k, self.lang), labels.RAG_COLOURS[k]) for k in ref.keys("rag")]
                         + [(None, labels.term_name("rag", None, self.lang), labels.RAG_COLOURS[None])])
        self._jobs(s)
        self._roadmap(s)

    def _fill_tiles(self, s: Summary) -> None:
        lang = self.lang
        self.tiles[0].show(self.tr("Projects"), labels.integer(s.projects, lang),
                           self.tr("%1 not updated for 90 days").replace("%1", labels.integer(s.stale, lang)),
                           warn=False)
        self.tiles[1].show(self.tr("Investment, RUB mln"), labels.money(s.money.total, lang, 0),
                           self.tr("federal %1 · regional %2 · extra-budgetary %3").replace(
                               "%1", labels.money(s.money.federal, lang, 0)).replace(
                               "%2", labels.money(s.money.regional, lang, 0)).replace(
                               "%3", labels.money(s.money.extra_budgetary, lang, 0)))
        share = s.confirmed_share
        self.tiles[2].show(self.tr("Confirmed extra-budgetary"), labels.percent(share, lang),
                           self.tr("target %1").replace("%1", labels.percent(ref.CONFIRMED_SHARE_TARGET, lang)),
                           warn=share is not None and share < ref.CONFIRMED_SHARE_TARGET)
        self.tiles[3].show(self.tr("Jobs created"), labels.integer(s.jobs.created, lang),
                           self.tr("%1 of the %2 target · %3 planned").replace(
                               "%1", labels.percent(s.jobs.created_share, lang, 1)).replace(
                               "%2", labels.integer(ref.JOBS_TARGET, lang)).replace(
                               "%3", labels.integer(s.jobs.planned, lang)))
        latest = s.roadmap[-1] if s.roadmap else None
        if latest is None:
            self.tiles[4].show(self.tr("Roadmap"), "—", self.tr("no roadmap edition yet"))
        else:
            self.tiles[4].show(self.tr("Roadmap %1").replace("%1", str(latest.year)),
                               f"{latest.done} / {latest.total}",
                               self.tr("%1 overdue · %2 milestones overdue").replace(
                                   "%1", str(latest.overdue)).replace("%2", str(s.overdue_milestones)),
                               warn=latest.overdue > 0)

    def _names(self, keys: list[str | None]) -> list[str]:
        return [labels.short_cluster(k, self.lang) for k in keys]

    def _investment(self, money: dict[str | None, Money]) -> None:
        keys = self._clusters[::-1]  # horizontal bars are listed bottom-up: the first cluster goes on top
        sets = [
            bar_set(self.tr("Federal budget"), [money[k].federal for k in keys], labels.SOURCE_COLOURS["federal"]),
            bar_set(self.tr("Regional budget"), [money[k].regional for k in keys], labels.SOURCE_COLOURS["regional"]),
            bar_set(self.tr("Extra-budgetary"), [money[k].extra_budgetary for k in keys],
                    labels.SOURCE_COLOURS["extra_budgetary"]),
        ]
        chart = new_chart(self.tr("Investment by cluster and source, RUB mln"))
        series = stacked(sets, horizontal=True)
        add_axes(chart, series, self._names(keys), horizontal=True)
        series.clicked.connect(lambda index, _set: self._ask_cluster(keys, index))
        self.views["investment"].replace_chart(chart)

    def _confirmed(self, money: dict[str | None, Money]) -> None:
        keys = self._clusters[::-1]
        shares = [(money[k].confirmed_share or 0.0) * 100 for k in keys]
        chart = new_chart(self.tr("Confirmed share of extra-budgetary funds, %"))
        series = stacked([bar_set(self.tr("Confirmed"), shares, labels.SOURCE_COLOURS["confirmed"])],
                         horizontal=True)
        cats, values = add_axes(chart, series, self._names(keys), horizontal=True, value_max=100)
        target_line(chart, cats, values, len(keys), level=ref.CONFIRMED_SHARE_TARGET * 100,
                    name=self.tr("Target %1").replace("%1", labels.percent(ref.CONFIRMED_SHARE_TARGET, self.lang)),
                    horizontal=True)
        series.clicked.connect(lambda index, _set: self._ask_cluster(keys, index))
        self.views["confirmed"].replace_chart(chart)

    def _by_cluster(self, rows: list[ProjectRow], attribute: str, title: str,
                    levels: list[tuple[str | None, str, str]]) -> None:
        counts = Counter((r.cluster, getattr(r, attribute)) for r in rows)
        keys = self._clusters[::-1]
        sets: list[QBarSet] = []
        for key, name, colour in levels:
            values = [counts.get((c, key), 0) for c in keys]
            if any(values):
                bars = bar_set(name, values, colour)
                bars.setProperty("level", key if key is not None else NO_VALUE)
                sets.append(bars)
        chart = new_chart(title)
        series = stacked(sets, horizontal=True)
        add_axes(chart, series, self._names(keys), horizontal=True)
        field = "statuses" if attribute == "status" else "rags"
        series.clicked.connect(lambda index, bars, f=field: self._ask_cluster(keys, index, f, bars.property("level")))
        self.views[attribute].replace_chart(chart)

    def _jobs(self, s: Summary) -> None:
        names = [self.tr("Target"), self.tr("Planned"), self.tr("Created")]  # bottom-up: "Created" on top
        values = [float(ref.JOBS_TARGET), float(s.jobs.planned), float(s.jobs.created)]
        colours = ["#c9c9c9", "#9db4d3", "#3c6e9f"]
        # One set per bar, zero elsewhere, so that each bar keeps its own colour in a stacked series.
        sets = [bar_set(names[n], [values[n] if i == n else 0.0 for i in range(3)], colours[n]) for n in range(3)]
        chart = new_chart(self.tr("Jobs: created and planned against the 160,000 target"))
        series = stacked(sets, horizontal=True)
        add_axes(chart, series, names, horizontal=True)
        chart.legend().setVisible(False)
        self.views["jobs"].replace_chart(chart)

    def _roadmap(self, s: Summary) -> None:
        chart = new_chart(self.tr("Roadmap completion by edition"))
        progress = s.roadmap[::-1]  # the newest edition on top
        editions = [str(p.year) for p in progress] or ["—"]
        sets = [
            bar_set(self.tr("Done"), [p.done for p in progress] or [0], "#58a55c"),
            bar_set(self.tr("In progress"), [p.in_progress for p in progress] or [0], "#6fa8dc"),
            bar_set(self.tr("Not started"), [p.not_started for p in progress] or [0], "#c9c9c9"),
        ]
        add_axes(chart, stacked(sets, horizontal=True), editions, horizontal=True)
        self.views["roadmap"].replace_chart(chart)

    # --- clicks --------------------------------------------------------------------------------------------
    def _ask_cluster(self, keys: list[str | None], index: int, field: str | None = None,
                     level: str | None = None) -> None:
        if not 0 <= index < len(keys):
            return
        key = keys[index]
        # The bar narrows what the dashboard shows; the search text stays in the table's filter box.
        base = self.data.filter.with_(text="") if self.data is not None else ProjectFilter()
        flt = base.with_(clusters=(key if key is not None else NO_VALUE,))
        if field is not None and level is not None:
            flt = flt.with_(**{field: (level,)})
        self.filter_requested.emit(flt)
