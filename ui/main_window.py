"""The main window: composes the views and the menus; owns no business logic.

Data flows one way: a service read (through ctx.portfolio.read) → models → views. After any write the
hub's data_changed arrives here and the views are refilled; no view pokes another.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ino_desktop import __version__
from ino_desktop.errors import InoError
from ino_desktop.services import details as details_service
from ino_desktop.services import portfolio
from ino_desktop.services.details import SavedViewInfo
from ino_desktop.services.filters import ProjectFilter
from ino_desktop.services.portfolio import ProjectRow
from ui.context import AppContext
from ui.core_messages import error_text
from ui.database_notes import NotesBar
from ui.icons import app_icon, icon
from ui.menus import Menus
from ui.opening import Opener
from ui.read_only import notes_of
from ui.saved_views import SavedViewActions
from ui.status_bar import StatusBar
from ui.views.dashboard import Dashboard, DashboardData
from ui.views.details import DetailsPane
from ui.views.navigator import Navigator
from ui.views.project_table import ProjectTable
from ui.views.welcome import WelcomeScreen

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".csv")


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setObjectName("MainWindow")
        self.filter = ProjectFilter()
        self.as_at = dt.date.today()
        self._dashboard_stale = True

        self.welcome = WelcomeScreen(ctx.settings, self)
        self.navigator = Navigator(self)
        self.table = ProjectTable(ctx.settings, ctx.lang, self)
        self.dashboard = Dashboard(ctx.lang, self)
        self.details = DetailsPane(self)
        self.details.lang = ctx.lang
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.table, icon("table"), "")
        self.tabs.addTab(self.dashboard, icon("dashboard"), "")
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("workspace")
        self.splitter.setChildrenCollapsible(False)
        for widget in (self.navigator, self.tabs, self.details):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 880, 330])
        self.navigator.setMinimumWidth(180)
        self.details.setMinimumWidth(240)
        workspace = QWidget(self)
        box = QVBoxLayout(workspace)
        box.setContentsMargins(8, 8, 8, 0)
        self.notes_bar = NotesBar(workspace)
        box.addWidget(self.notes_bar)
        box.addWidget(self.splitter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(workspace)
        self.setCentralWidget(self.stack)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)

        self.opener = Opener(self)
        self.saved_views = SavedViewActions(self)
        self.menus = Menus(self)
        # Tab reads left to right: navigator, search, group-by, columns, table, details. The order is set on
        # the widgets that take the focus (not their containers, whose focus proxies Tab would skip past).
        chain = [self.navigator.tree, self.table.filter_box, self.table.group_box, self.table.columns_button,
                 self.table.view, self.details.browser]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

        self.navigator.filter_selected.connect(self.apply_filter)
        self.table.filter_box.textChanged.connect(lambda _text: self._filter_shown())
        self.table.chips.filter_changed.connect(self._filter_from_chips)
        self.table.current_project_changed.connect(self._show_details)
        self.table.project_opened.connect(lambda pid: self.menus.trigger("edit_project", pid))
        self.dashboard.filter_requested.connect(self._filter_from_chart)
        self.welcome.open_demo.connect(self.opener.open_demo)
        self.welcome.create_empty.connect(self.opener.create_empty)
        self.welcome.open_file.connect(self.opener.open_file)
        self.welcome.connect_server.connect(self.opener.connect_server)
        self.welcome.open_recent.connect(self.opener.open_target)
        ctx.portfolio.data_changed.connect(self._on_data_changed)
        ctx.portfolio.database_changed.connect(self._on_database_changed)
        ctx.language.language_changed.connect(self._on_language_changed)

        self._restore_layout()
        self.retranslate()
        self._on_database_changed()

    # --- language -----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self._title())
        self.notes_bar.retranslate()
        self.tabs.setTabText(0, self.tr("&Projects"))
        self.tabs.setTabText(1, self.tr("&Dashboard"))
        self.tabs.setTabToolTip(0, self.tr("The project table (Ctrl+Shift+P)"))
        self.tabs.setTabToolTip(1, self.tr("Charts of what the project table shows (Ctrl+Shift+D)"))

    def _title(self) -> str:
        db = self.ctx.db
        name = (db.path.name if db and db.path else db.display_name) if db else None
        return f"{name} — INO Desktop" if name else "INO Desktop"

    def _on_language_changed(self, lang: str) -> None:
        self.table.set_language(lang)
        self.details.set_language(lang)
        self.dashboard.set_language(lang)
        self.refresh()

    # --- data ---------------------------------------------------------------------------------------
    def _on_database_changed(self) -> None:
        open_ = self.ctx.db is not None
        self.ctx.undo_stack.clear()  # its edits name projects of the portfolio that was open before
        self.stack.setCurrentIndex(1 if open_ else 0)
        self.menus.set_database_open(open_)
        self.setWindowTitle(self._title())
        notes = notes_of(self.ctx.db)
        self.notes_bar.show_notes(notes)  # once per opening; closing the bar is for good
        self.status.show_notes(notes)
        if open_:
            self.filter = ProjectFilter()
            self.navigator.select("all")
            self.refresh()
            self.table.view.setFocus()
        else:
            self.welcome.refresh_recent()
            self.status.show_portfolio(None, None, False, self.ctx.lang)

    def _on_data_changed(self, _kinds: set[str]) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Refill every view from the services; cheap enough to do after each write."""
        if self.ctx.db is None:
            return
        try:
            rows, shown, as_at, demo, views = self.ctx.portfolio.read(_read_overview, self.filter)
            self.as_at = as_at
            self.navigator.populate(rows, len(portfolio.stale_projects(rows, as_at)), views, self.ctx.lang)
            self.table.set_rows(shown, as_at)
            self._filter_shown()
            self.status.show_portfolio(self.ctx.db.display_name, as_at, demo, self.ctx.lang)
            self._show_details(self.table.selected_project_id())
        except InoError as exc:
            self.show_error(error_text(exc))

    def _refresh_dashboard(self) -> None:
        """The dashboard shows what the table shows: the navigator's filter and the search text."""
        self.dashboard.show_data(self.ctx.portfolio.read(_read_dashboard, self.current_filter(),
                                                         self.navigator.current_view_name()))
        self._dashboard_stale = False

    def _mark_dashboard_stale(self) -> None:
        self._dashboard_stale = True
        if self.tabs.currentWidget() is self.dashboard and self.ctx.db is not None:
            self._refresh_dashboard()

    def _on_tab_changed(self, _index: int) -> None:
        self.details.setVisible(self.tabs.currentWidget() is self.table)  # the charts get the room instead
        if self.tabs.currentWidget() is self.dashboard and self._dashboard_stale:
            self._refresh_dashboard()

    def apply_filter(self, flt: ProjectFilter) -> None:
        if flt.text:  # a saved view's search text goes to the filter box, where the user can see and edit it
            self.table.filter_box.setText(flt.text)
            flt = flt.with_(text="")
        self.filter = flt
        if self.ctx.db is None:
            return
        try:
            rows = self.ctx.portfolio.read(portfolio.list_projects, flt, as_at=self.as_at)
        except InoError as exc:
            self.show_error(error_text(exc))
            return
        self.table.set_rows(rows, self.as_at)
        self._filter_shown()

    def _filter_shown(self) -> None:
        """The filter changed: the chips say what it is now, and the dashboard is redrawn when next seen."""
        self.table.chips.show_filter(self.current_filter(), self.ctx.lang, self.navigator.current_view_name())
        self._mark_dashboard_stale()

    def _filter_from_chart(self, flt: ProjectFilter) -> None:
        self.navigator.show_filter(flt)
        self.apply_filter(flt)
        self.tabs.setCurrentWidget(self.table)

    def _filter_from_chips(self, flt: ProjectFilter) -> None:
        """A chip was removed: the rest of the filter stays, and the navigator highlights what is left."""
        if flt.text != self.table.filter_box.text().strip():
            self.table.filter_box.setText(flt.text)
        structured = flt.with_(text="")
        if structured != self.filter or self.navigator.current_view_name():
            self.navigator.show_filter(structured)
            self.apply_filter(structured)

    def current_filter(self) -> ProjectFilter:
        """What the table shows now: the structured filter plus the text typed in the filter box."""
        return self.filter.with_(text=self.table.filter_box.text().strip())

    def _show_details(self, project_id: int | None) -> None:
        if project_id is None or self.ctx.db is None:
            self.details.show_detail(None, self.as_at)
            return
        try:
            self.details.show_detail(self.ctx.portfolio.read(details_service.get_project_detail, project_id),
                                     self.as_at)
        except InoError:
            self.details.show_detail(None, self.as_at)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.menus.fit_toolbar(event.size().width())
        super().resizeEvent(event)

    # --- messages -----------------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        """One line, no traceback: what went wrong and where."""
        QMessageBox.warning(self, self.tr("INO Desktop"), message)

    def show_message(self, message: str, msecs: int = 6000) -> None:
        self.status.showMessage(message, msecs)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About INO Desktop"), self.tr(
            "<b>INO Desktop</b> %1<br>The portfolio office tool of the INO Tomsk regional innovation "
            "programme: projects, agency workbooks, briefing packs.").replace("%1", __version__))

    # --- drag and drop of a workbook → the import wizard ---------------------------------------------------
    @staticmethod
    def _dropped_workbook(event: QDragEnterEvent | QDropEvent) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [u.toLocalFile() for u in urls if u.isLocalFile()]
        wanted = [p for p in paths if Path(p).suffix.lower() in WORKBOOK_SUFFIXES]
        return wanted[0] if len(wanted) == 1 else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        importing = self.menus.actions["import_workbook"]  # disabled in a read-only portfolio
        if self.ctx.db is not None and self._dropped_workbook(event) and importing.isEnabled():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_workbook(event)
        if path:
            event.acceptProposedAction()
            # Let the drop finish before a modal wizard opens (the source app is waiting for it).
            QTimer.singleShot(0, lambda: self.menus.trigger("import_workbook", path))

    # --- layout memory ------------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.ctx.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self._first_size()
        state = self.ctx.settings.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = self.ctx.settings.splitter_state("workspace")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def _first_size(self) -> None:
        """1440×880 where the screen has room; on a laptop the whole screen, with the side panes kept narrow."""
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is None or (screen.width() >= 1440 and screen.height() >= 880):
            self.resize(1440, 880)
            return
        self.setGeometry(screen)
        self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        side = max(190, screen.width() // 6)
        self.splitter.setSizes([side, screen.width() - 2 * side - 24, side + 40])

    def save_layout(self) -> None:
        self.ctx.settings.save_window(self.saveGeometry(), self.saveState())
        self.ctx.settings.save_splitter_state("workspace", self.splitter.saveState())
        self.table.save_columns()
        self.ctx.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ctx.jobs.busy:
            answer = QMessageBox.question(self, self.tr("INO Desktop"), self.tr(
                "A task is still running. Cancel it and quit? Nothing half-done is saved."))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.save_layout()
        self.ctx.jobs.shutdown()
        self.ctx.portfolio.close(announce=False)
        event.accept()


def _read_overview(
    session: Session, flt: ProjectFilter
) -> tuple[list[ProjectRow], list[ProjectRow], dt.date, bool, list[SavedViewInfo]]:
    """Everything refresh() shows, in one read: all projects (for the navigator), those passing `flt`."""
    as_at = portfolio.as_at_date(session)
    rows = portfolio.list_projects(session, as_at=as_at)
    shown = rows if flt.is_empty() else portfolio.list_projects(session, flt, as_at=as_at)
    return rows, shown, as_at, portfolio.is_demo(session), details_service.saved_views(session)


def _read_dashboard(session: Session, flt: ProjectFilter, view_name: str | None) -> DashboardData:
    as_at = portfolio.as_at_date(session)
    rows = portfolio.list_projects(session, flt, as_at=as_at)
    summary = portfolio.summary(session, flt, as_at=as_at)
    # summary() narrows milestones by the structured filter only; the search text narrows them too.
    codes = {r.code for r in rows}
    late = sum(m.project_code in codes for m in portfolio.overdue_milestones(session, as_at, flt))
    return DashboardData(as_at=as_at, rows=rows, summary=dataclasses.replace(summary, overdue_milestones=late),
                         filter=flt, view_name=view_name)
