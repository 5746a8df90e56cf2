"""What every register page shares: a searchable, sortable table over a RowsModel, a message banner,
writes through the context's single writer, and a refresh when the data it shows has changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLayout,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.core_messages import error_text
from ui.dialogs.common import Banner, fill_combo, select_data
from ui.models.rows_model import Column, RowsModel, RowsProxy


def make_table(model: Any, *, sortable: bool = True) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(sortable)
    if sortable:
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # Qt's own default is descending
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    return view


def fit_columns(view: QTableView, widest: int = 240, stretch: int | None = None,
                caps: dict[int, int] | None = None) -> None:
    """Columns as wide as their contents, capped at `widest` (or the column's own cap in `caps`).

    With a `stretch` column (the name or title) the table fits its width instead of scrolling sideways:
    see ColumnFitter. Without one, the columns keep their capped widths and the last one stretches.
    """
    caps = caps or {}
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is not None:  # a stretched last section would be measured at its stretched width
        header.setStretchLastSection(False)
    view.resizeColumnsToContents()
    natural, capped = {}, set(caps)
    for col in range(view.model().columnCount()):
        cap = caps.get(col, 420 if col == stretch else widest)
        if view.columnWidth(col) + 12 > cap:
            capped.add(col)  # wider text than the cap: elided, never sized to its contents
        natural[col] = min(view.columnWidth(col) + 12, cap)
        view.setColumnWidth(col, natural[col])
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    if stretch is not None:
        fitter = view.findChild(ColumnFitter) or ColumnFitter(view)
        fitter.fit(natural, stretch, capped)


_NARROW = 130  # px: a column this narrow holds a date, a number or a code and keeps its width


class ColumnFitter(QObject):
    """Keeps a table within its width as the window is resized: the `stretch` column (Stretch) takes
    what is left, short columns follow their contents (ResizeToContents), capped long text is elided
    (its whole text is in the tooltip). When even that leaves the main column less than a quarter of the
    width, or less than its contents (long Russian headers, a narrow pane), the wide columns give way."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.natural: dict[int, int] = {}
        self.stretch = 0
        self.capped: set[int] = set()
        view.viewport().installEventFilter(self)

    def fit(self, natural: dict[int, int], stretch: int, capped: set[int]) -> None:
        self.natural, self.stretch, self.capped = natural, stretch, capped
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.natural:
            self.apply()
        return False

    def apply(self) -> None:
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(36)
        width = self.view.viewport().width()
        others = {c: w for c, w in self.natural.items() if c != self.stretch and not self.view.isColumnHidden(c)}
        # Dates, numbers and short codes (narrow columns) never shrink; only the wide ones give way.
        wide = sum(w for w in others.values() if w > _NARROW)
        main = min(self.natural.get(self.stretch, 0), max(width // 4, 120))  # the room the main text is owed
        room = width - main - sum(w for w in others.values() if w <= _NARROW)
        scale = min(1.0, max(room, 0) / wide) if wide else 1.0
        for col, natural in others.items():
            if natural > _NARROW and (scale < 1.0 or col in self.capped):
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                self.view.setColumnWidth(col, max(_NARROW, int(natural * scale)))
            elif col in self.capped:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                self.view.setColumnWidth(col, natural)
            else:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        if self.stretch in self.natural:
            header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)


class VocabularyDelegate(QStyledItemDelegate):
    """Edits a vocabulary column (a status) with a list of names; the model receives the key."""

    def __init__(self, vocabulary: str, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.vocabulary, self.lang = vocabulary, lang

    def createEditor(self, parent: QWidget, _option: Any, _index: Any) -> QWidget:
        combo = QComboBox(parent)
        fill_combo(combo, self.vocabulary, self.lang, blank=None)
        return combo

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        select_data(editor, index.data(Qt.ItemDataRole.EditRole))  # type: ignore[arg-type]

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        model.setData(index, editor.currentData())  # type: ignore[attr-defined]


class RegisterPage(QWidget):
    """A register: `load(session)` returns its rows; `kinds` are the data_changed kinds it follows."""

    kinds: frozenset[str] = frozenset({"registers"})
    stretch: int | None = 0  # the column that takes the spare width (the name or title)
    caps: dict[int, int] = {}  # noqa: RUF012 - per page: long secondary text columns, elided at this width

    def __init__(self, ctx: Any, parent: QWidget | None = None,
                 on_edit: Callable[[Any, int, Any], bool] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang: str = ctx.lang
        self.banner = Banner()
        self.model = RowsModel([], parent=self, on_edit=on_edit)  # columns: set_columns() by the page
        self.proxy = RowsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = make_table(self.proxy)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(QCoreApplication.translate("RegisterPage", "Search…"))
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(self.proxy.set_text_filter)
        ctx.portfolio.data_changed.connect(self._on_data_changed)

    def set_columns(self, columns: list[Column]) -> None:
        self.model.set_columns(columns)

    def place_beside(self, side: QLayout) -> None:
        """The banner on top; under it the search box and the table on the left, `side` on the right."""
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.view, 1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)

    def start(self, on_current: Callable[[], None], *, select_first: bool = False) -> None:
        """Follow the table's current row with `on_current`, fill the table, and select its first row."""
        self.view.selectionModel().currentRowChanged.connect(lambda *_: on_current())
        self.refresh()
        if select_first and self.model.rows:
            self.view.selectRow(0)

    def load(self, session: Any) -> list[Any]:
        raise NotImplementedError

    def refresh(self) -> None:
        selected = self.selected()
        try:
            rows = self.ctx.portfolio.read(self.load)
        except Exception as exc:  # a closed database, a bad filter: say so in place, keep the window
            self.banner.show_message(error_text(exc), "error")
            return
        self.model.set_rows(rows)
        if not getattr(self, "_fitted", False) and rows:
            fit_columns(self.view, stretch=self.stretch, caps=self.caps)
            self._fitted = True
        if selected is not None:
            self.select_id(getattr(selected, "id", None))

    def selected(self) -> Any:
        index = self.view.currentIndex()
        return self.model.row_at(self.proxy.mapToSource(index)) if index.isValid() else None

    def select_id(self, ident: Any) -> None:
        for r, row in enumerate(self.model.rows):
            if getattr(row, "id", None) == ident:
                self.view.selectRow(self.proxy.mapFromSource(self.model.index(r, 0)).row())
                return

    def write(self, fn: Callable[..., Any], *args: Any, done: str = "", on_done: Callable[[Any], None] | None = None,
              **kwargs: Any) -> None:
        """Run `fn(session, *args)` on the single writer; a refusal shows as one line in the banner."""

        def job(session: Any, _progress: Any, *a: Any) -> Any:
            return fn(session, *a, **kwargs)

        def finished(result: Any) -> None:
            if done:
                self.banner.show_message(done, "ok")
            if on_done is not None:
                on_done(result)

        self.ctx.write(job, *args, kinds=set(self.kinds), on_done=finished,
                       on_error=lambda exc: self.banner.show_message(error_text(exc), "error"))

    def _on_data_changed(self, kinds: Any) -> None:
        if set(kinds or ()) & (set(self.kinds) | {"all"}):
            self.refresh()
