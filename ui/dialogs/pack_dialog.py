"""The briefing-pack dialog: what the pack covers (the whole portfolio, the current filter, chosen
clusters, a saved view or a meeting), which sections, language and marking; then the pack is built and
printed off the GUI thread with progress and Cancel, and opened in the system's PDF viewer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ino_desktop.briefing.build import build_pack, count_projects
from ino_desktop.briefing.render.pdf import write_pdf
from ino_desktop.briefing.spec import FULL_ONLY, SECTIONS, PackSpec, default_sections
from ino_desktop.errors import InoError
from ino_desktop.progress import Cancelled, Progress
from ino_desktop.services import registers
from ino_desktop.services.details import saved_views
from ino_desktop.services.filters import ProjectFilter
from ui.core_messages import error_text
from ui.dialogs.common import Banner, NullableDateEdit, fmt_date, term_name
from ui.dialogs.pack_labels import MARKINGS, section_label
from ui.filter_caption import describe
from ui.icons import icon
from ui.jobs import Job

WHOLE, CURRENT, CLUSTERS, VIEW, MEETING = range(5)
_CLUSTER_ROW = 22  # px per cluster in the scope list: all seven shown, none clipped


def _build_and_print(progress: Progress, db: Any, spec: PackSpec, out: str) -> Path:
    shown = [-1]

    def percent(done: int, total: int) -> None:
        # Forward only whole-percent steps: each forwarded report is a signal across threads.
        value = 100 * done // max(total + 1, 1)  # one more step: writing the file
        if value != shown[0]:
            shown[0] = value
            progress(value, 100)

    with db.session() as session:
        pack = build_pack(spec, session, progress.reporting_to(percent))
    if progress.cancelled:
        raise Cancelled
    path = write_pdf(pack, out)  # written atomically: a cancel or a failure leaves no half file
    progress(100, 100)
    return path


def filter_scope(flt: ProjectFilter, views: dict[str, ProjectFilter]) -> tuple[str | None, tuple[str, ...]] | None:
    """A simpler way to name what the table shows, when there is one: (saved view, clusters); else None
    (the pack then gets the filter itself, PackSpec.filter)."""
    if flt.is_empty():
        return None, ()
    for name, view_filter in views.items():
        if view_filter == flt:
            return name, ()
    if flt == ProjectFilter(clusters=flt.clusters):
        return None, flt.clusters
    return None


class PackDialog(QDialog):
    def __init__(self, ctx: Any, current_filter: ProjectFilter | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_filter = current_filter or ProjectFilter()
        self.job: Job | None = None
        self.output: Path | None = None
        self.setWindowTitle(self.tr("Briefing pack"))
        self.setWindowIcon(icon("print"))
        self.resize(1030, 660)  # room for the choices and, on a 700-pixel screen, their scroll bar
        lang = ctx.lang
        self.meetings = ctx.portfolio.read(registers.list_meetings, dt.date.today())
        self.views = {v.name: v.filter for v in ctx.portfolio.read(saved_views)}

        # --- what the pack covers
        self.scope = QButtonGroup(self)
        texts = (self.tr("The whole portfolio"), self.tr("What the table shows now"), self.tr("Clusters:"),
                 self.tr("Saved view:"), self.tr("Meeting:"))
        self.scope_buttons = [QRadioButton(t) for t in texts]
        for i, button in enumerate(self.scope_buttons):
            self.scope.addButton(button, i)
        self.cluster_list = QListWidget()
        # All seven clusters visible at once, long names elided (whole in the tooltip), no sideways scroll.
        self.cluster_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cluster_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        for key in ("petrochemical", "nuclear", "timber", "pharma", "medtech_it", "wildlife", "hard_to_recover"):
            item = QListWidgetItem(term_name("cluster", key, lang))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(item.text())
            item.setSizeHint(QSize(0, _CLUSTER_ROW))  # the text's own height crowds the check boxes
            self.cluster_list.addItem(item)
        lists = self.cluster_list
        lists.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lists.setFixedHeight(lists.count() * _CLUSTER_ROW + 2 * lists.frameWidth() + 4)
        self.view_combo = QComboBox()
        self.view_combo.addItems(list(self.views))
        self.meeting_combo = QComboBox()
        for m in self.meetings:
            self.meeting_combo.addItem(f"{fmt_date(m.date)} — {m.title}", m.id)
        for combo in (self.view_combo, self.meeting_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(28)
        self.agenda_only = QCheckBox(self.tr("only the projects and clusters on its agenda"))
        scope_box = QGroupBox(self.tr("The pack covers"))
        grid = QGridLayout(scope_box)
        grid.addWidget(self.scope_buttons[WHOLE], 0, 0, 1, 2)
        grid.addWidget(self.scope_buttons[CURRENT], 1, 0, 1, 2)
        grid.addWidget(self.scope_buttons[CLUSTERS], 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.cluster_list, 2, 1)
        grid.addWidget(self.scope_buttons[VIEW], 3, 0)
        grid.addWidget(self.view_combo, 3, 1)
        grid.addWidget(self.scope_buttons[MEETING], 4, 0)
        grid.addWidget(self.meeting_combo, 4, 1)
        grid.addWidget(self.agenda_only, 5, 1)
        grid.setColumnStretch(1, 1)
        self._set_up_scope()

        # --- sections and form
        sections_box = QGroupBox(self.tr("Sections"))
        sections_grid = QGridLayout(sections_box)
        self.section_boxes: dict[str, QCheckBox] = {}
        for i, name in enumerate(SECTIONS):
            box = QCheckBox(section_label(name))
            box.setChecked(name in default_sections(full=False))
            self.section_boxes[name] = box
            sections_grid.addWidget(box, i // 2, i % 2)
        # The ten-minute pack by default; the full one adds every project's page and the appendix.
        self.full = QCheckBox(self.tr("Full pack: a page for every project, each cluster's projects, "
                                      "contents and the appendix"))
        self.full.setToolTip(self.tr("Without it, only the projects on the meeting's agenda get their own page"))
        self.full.toggled.connect(self._full_toggled)
        sections_grid.addWidget(self.full, (len(SECTIONS) + 1) // 2, 0, 1, 2)
        self.count_label = QLabel()
        self.count_label.setObjectName("packProjectCount")
        self.lang_combo = QComboBox()
        self.lang_combo.addItem("Русский", "ru")
        self.lang_combo.addItem("English", "en")
        self.lang_combo.setCurrentIndex(0 if lang == "ru" else 1)
        self.marking = QComboBox()
        self.marking.setEditable(True)
        self.marking.addItems(["", *MARKINGS])
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Used on the cover when no meeting is chosen"))
        self.since = NullableDateEdit()
        self.since.setToolTip(self.tr("Compare with this date; empty = the previous meeting's date"))
        self.path = QLineEdit(self._default_path())
        browse = QPushButton(icon("open"), self.tr("Choose…"))
        browse.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.open_when_done = QCheckBox(self.tr("Open the PDF when it is ready"))
        self.open_when_done.setChecked(True)
        form_box = QGroupBox(self.tr("Print"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("Language"), self.lang_combo)
        form.addRow(self.tr("Marking"), self.marking)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Changes since"), self.since)
        form.addRow("", self.open_when_done)
        save_row = QHBoxLayout()  # the whole width: a path is long, and the form's column is narrow
        save_row.addWidget(QLabel(self.tr("Save as")))
        save_row.addLayout(path_row, 1)

        # --- progress and buttons
        self.banner = Banner()
        self.bar = QProgressBar()
        self.bar.hide()
        self.print_button = QPushButton(icon("print"), self.tr("Print the pack"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.close_button = QPushButton(self.tr("Close"))
        self.print_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.bar, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(scope_box)
        left.addWidget(self.count_label)
        left.addWidget(sections_box)
        columns.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(form_box)
        right.addStretch(1)
        columns.addLayout(right, 1)
        # The choices scroll when a message above them leaves too little height (a 700-pixel laptop screen),
        # so the buttons below never fall off the screen.
        choices = QWidget()
        choices.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(choices)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(save_row)
        layout.addLayout(buttons)
        self.print_button.setDefault(True)  # once inside the dialog, so that the dialog takes it as its default
        for button in self.scope_buttons:
            button.toggled.connect(self._update_count)
        self.cluster_list.itemChanged.connect(self._update_count)
        for combo in (self.view_combo, self.meeting_combo):
            combo.currentIndexChanged.connect(self._update_count)
        self.agenda_only.toggled.connect(self._update_count)
        self._update_count()

    def _full_toggled(self, full: bool) -> None:
        for name in FULL_ONLY:
            self.section_boxes[name].setChecked(full)

    def _update_count(self) -> None:
        """Say how many projects the selection holds, before anything is printed."""
        try:
            n = self.ctx.portfolio.read(count_projects, self.spec())
        except InoError as exc:
            self.count_label.setText(error_text(exc))
            return
        self.count_label.setText(self.tr("The selection holds %n project(s).", "", n))

    def _set_up_scope(self) -> None:
        self.current_scope = filter_scope(self.current_filter, self.views)
        current = self.scope_buttons[CURRENT]
        current.setToolTip(describe(self.current_filter, self.ctx.lang))
        self.scope_buttons[VIEW].setEnabled(bool(self.views))
        self.scope_buttons[MEETING].setEnabled(bool(self.meetings))
        self.scope_buttons[WHOLE if self.current_filter.is_empty() else CURRENT].setChecked(True)
        for i, widget in ((CLUSTERS, self.cluster_list), (VIEW, self.view_combo), (MEETING, self.meeting_combo),
                          (MEETING, self.agenda_only)):
            widget.setEnabled(self.scope_buttons[i].isChecked())
            self.scope_buttons[i].toggled.connect(lambda on, w=widget: w.setEnabled(bool(on)))

    @staticmethod
    def _default_path() -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / f"INO-briefing-{dt.date.today().isoformat()}.pdf")

    def choose_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the pack as"), self.path.text(), "PDF (*.pdf)")
        if path:
            self.path.setText(path if path.lower().endswith(".pdf") else f"{path}.pdf")

    def spec(self) -> PackSpec:
        """The pack asked for (raises SpecError, an InoError, on a contradiction)."""
        scope = self.scope.checkedId()
        clusters: tuple[str, ...] = ()
        view = meeting = None
        flt: ProjectFilter | None = None
        if scope == CURRENT and self.current_scope is not None:
            view, clusters = self.current_scope
        elif scope == CURRENT:
            flt = self.current_filter
        elif scope == CLUSTERS:
            clusters = tuple(self.cluster_list.item(i).data(Qt.ItemDataRole.UserRole)
                             for i in range(self.cluster_list.count())
                             if self.cluster_list.item(i).checkState() == Qt.CheckState.Checked)
        elif scope == VIEW:
            view = self.view_combo.currentText() or None
        elif scope == MEETING:
            meeting = self.meeting_combo.currentData()
        return PackSpec(
            lang=self.lang_combo.currentData(), meeting_id=meeting, clusters=clusters, view=view,
            agenda_only=scope == MEETING and self.agenda_only.isChecked(), since=self.since.value(),
            sections=tuple(s for s in SECTIONS if self.section_boxes[s].isChecked()), full=self.full.isChecked(),
            marking=self.marking.currentText().strip() or None, title=self.title_edit.text().strip() or None,
            filter=flt, filter_label=describe(flt, self.lang_combo.currentData()) if flt is not None else None)

    def start(self) -> None:
        self.banner.clear_message()
        try:
            spec = self.spec()
            if self.scope.checkedId() == CLUSTERS and not spec.clusters:
                self.banner.show_message(self.tr("Tick at least one cluster."), "warning")
                return
            if not spec.sections:
                self.banner.show_message(self.tr("Choose at least one section."), "warning")
                return
        except Exception as exc:  # SpecError: one line
            self.banner.show_message(error_text(exc), "error")
            return
        out = self.path.text().strip()
        if not out:
            self.banner.show_message(self.tr("Choose where to save the pack."), "warning")
            return
        self._busy(True)
        job = self.ctx.jobs.prepare(self.tr("Printing the briefing pack"), self._done, self._failed, self._cancelled,
                                    self._progress)
        self.job = job
        self.ctx.jobs.start_read(job, _build_and_print, self.ctx.db, spec, out)

    def _busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.bar.setRange(0, 0)
        self.print_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.close_button.setEnabled(not busy)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def cancel(self) -> None:
        if self.job is not None and not self.job.is_done:
            self.job.cancel()
            self.cancel_button.setEnabled(False)

    def _done(self, path: Path) -> None:
        self._busy(False)
        self.output = Path(path)
        self.banner.show_message(self.tr("The pack is ready: {path}").format(path=path), "ok")
        if self.open_when_done.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.banner.show_message(error_text(exc), "error")

    def _cancelled(self) -> None:
        self._busy(False)
        self.banner.show_message(self.tr("Cancelled: no pack was written."), "warning")

    def reject(self) -> None:
        if self.job is not None and not self.job.is_done:
            self.cancel()
            return
        super().reject()


def run_pack_dialog(parent: QWidget | None, ctx: Any, current_filter: ProjectFilter | None) -> None:
    dialog = PackDialog(ctx, current_filter, parent)
    dialog.exec()
