"""The import wizard: file → sheet, header and mapping → unknown values → the plan → apply (progress,
cancel) → summary with the agency's report and "undo this import".

Reading and planning run off the GUI thread (ctx.jobs.run); applying and undoing run on the single
writer (ctx.jobs.write), each in a session of its own; the importer commits or rolls back itself, and
a cancel leaves the portfolio as it was. Only then is data_changed announced.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ino_desktop.importer import service
from ino_desktop.importer.apply import ImportOutcome
from ino_desktop.importer.plan import ImportPlan
from ino_desktop.importer.profiles import list_profiles, profile_from_plan, save_profile
from ino_desktop.importer.report import write_report
from ino_desktop.importer.rows import Profile
from ui.core_messages import error_text
from ui.dialogs.common import Banner, current_user, fmt_number
from ui.dialogs.import_pages import ApplyPage, FilePage, MappingPage, PlanPage, SummaryPage, ValuesPage
from ui.icons import icon
from ui.jobs import Job

FILE, MAPPING, VALUES, PLAN, APPLY, SUMMARY = range(6)
WORKBOOKS = "*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv"


class ImportWizard(QDialog):
    def __init__(self, ctx: Any, path: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: ImportPlan | None = None
        self.profile: Profile | None = None
        self.outcome: ImportOutcome | None = None
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Import a workbook"))
        self.setWindowIcon(icon("import"))
        self.resize(1080, 680)

        profiles = [p.source for p in ctx.portfolio.read(list_profiles)]
        self.file_page = FilePage(profiles)
        self.mapping_page = MappingPage(ctx.lang)
        self.values_page = ValuesPage(ctx.lang)
        self.plan_page = PlanPage(ctx.lang)
        self.apply_page = ApplyPage()
        self.summary_page = SummaryPage()
        self.pages = QStackedWidget()
        for page in (self.file_page, self.mapping_page, self.values_page, self.plan_page, self.apply_page,
                     self.summary_page):
            self.pages.addWidget(page)
        self.steps = QListWidget()
        self.steps.addItems([self.tr("1. File"), self.tr("2. Header and columns"), self.tr("3. Values"),
                             self.tr("4. The plan"), self.tr("5. Import"), self.tr("6. Summary")])
        self.steps.setEnabled(False)
        self.steps.setFixedWidth(190)
        self.steps.setStyleSheet("QListWidget { background:#f3f5f8; border:none; font-size:10pt; } "
                                 "QListWidget::item { padding:8px 10px; } "
                                 "QListWidget::item:selected { background:#dbe7f5; color:#0b3d6e; }")
        self.banner = Banner()
        self.back = QPushButton(self.tr("< Back"))
        self.next = QPushButton(self.tr("Next >"))
        self.next.setDefault(True)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.back.clicked.connect(self.go_back)
        self.next.clicked.connect(self.go_next)
        self.close_button.clicked.connect(self.reject)

        self.file_page.browse.clicked.connect(self.choose_file)
        self.mapping_page.sheet.currentIndexChanged.connect(lambda _i: self.replan())
        self.mapping_page.reread.clicked.connect(self.read_again)
        self.mapping_page.save_profile.clicked.connect(self.save_agency_profile)
        self.values_page.apply.clicked.connect(self.read_again)
        self.apply_page.cancel.clicked.connect(self.cancel_job)
        self.summary_page.save_report.clicked.connect(self.choose_report)
        self.summary_page.undo.clicked.connect(self.undo_import)
        for button in (self.summary_page.save_report, self.summary_page.undo):
            button.setAutoDefault(False)

        right = QVBoxLayout()
        right.addWidget(self.banner)
        right.addWidget(self.pages, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back, self.next, self.close_button):
            buttons.addWidget(button)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addLayout(right, 1)
        if path:
            self.file_page.path.setText(str(path))
        self.show_step(FILE)

    # --- moving between steps --------------------------------------------------------------------
    def step(self) -> int:
        return self.pages.currentIndex()

    def show_step(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.steps.setCurrentRow(index)
        busy = self.job is not None and not self.job.is_done
        self.back.setVisible(index not in (APPLY, SUMMARY))
        self.back.setEnabled(index > FILE and not busy)
        self.next.setVisible(index not in (APPLY, SUMMARY))
        self.next.setEnabled(not busy)
        self.next.setText(self.tr("Import", "the button that writes the plan") if index == PLAN else self.tr("Next >"))
        self.close_button.setText(self.tr("Close") if index == SUMMARY else self.tr("Cancel"))
        self.close_button.setEnabled(index != APPLY)
        # On the summary, Enter closes: it never saves a report or undoes the import the focus happens to be on
        self.close_button.setDefault(index == SUMMARY)
        if index == SUMMARY:
            self.close_button.setFocus()

    def go_back(self) -> None:
        self.banner.clear_message()
        self.show_step(max(self.step() - 1, FILE))

    def go_next(self) -> None:
        self.banner.clear_message()
        step = self.step()
        if step == FILE:
            self.profile = None
            self.replan(then=MAPPING)
        elif step in (MAPPING, VALUES):
            self.show_step(step + 1)
        elif step == PLAN:
            self.apply()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a workbook"), "",
                                              self.tr("Workbooks ({patterns})").format(patterns=WORKBOOKS))
        if path:
            self.file_page.path.setText(path)

    # --- reading and planning ------------------------------------------------------------------------
    def source(self) -> str | None:
        return self.file_page.source.currentText().strip() or None

    def _current_profile(self) -> Profile | None:
        """What the person set on the mapping and values pages, on top of the agency's saved profile."""
        if self.plan is None:
            return self.profile
        base = profile_from_plan(self.plan, self.source() or "")
        base.columns.update(self.mapping_page.column_mapping())
        for field, spellings in self.values_page.value_mapping().items():
            base.values.setdefault(field, {}).update(spellings)
        return base

    def read_again(self) -> None:
        """Plan again with the mapping and values chosen on the pages (a button's `checked` is not a step)."""
        self.replan()

    def replan(self, then: int | None = None) -> None:
        path = self.file_page.path.text().strip()
        if not path:
            self.banner.show_message(self.tr("Choose a workbook first."), "warning")
            return
        profile = self._current_profile() if then is None else None
        sheet = self.mapping_page.sheet.currentData() if then is None and self.plan is not None else None
        source = self.source()
        db = self.ctx.db

        def job(progress: Any) -> ImportPlan:
            with db.session() as session:
                return service.plan(path, session, profile, sheet=sheet, source=source)

        self.banner.show_message(self.tr("Reading {name}…").format(name=Path(path).name), "info")
        self._launch(False, job, self.tr("Reading the workbook"), on_done=lambda plan: self._planned(plan, then),
                     on_error=self._failed)

    def _planned(self, plan: ImportPlan, then: int | None) -> None:
        self.plan = plan
        self.profile = plan.profile
        self.mapping_page.show_plan(plan)
        self.values_page.show_plan(plan)
        self.plan_page.show_plan(plan)
        c, held = plan.counts(), plan.held()
        said = (self.tr("{file}: {rows} rows read — {new} new, {upd} to update, {same} unchanged, {bad} rejected, "
                        "{held} awaiting an answer to “Same project?”.") if held else
                self.tr("{file}: {rows} rows read — {new} new, {upd} to update, {same} unchanged, {bad} rejected."))
        self.banner.show_message(said.format(file=plan.file_name, rows=fmt_number(len(plan.rows)), new=c["create"],
                                             upd=c["update"], same=c["unchanged"], bad=c["rejected"], held=held),
                                 "warning" if c["rejected"] or held else "ok")
        self.show_step(then if then is not None else self.step())

    def save_agency_profile(self) -> None:
        source = self.source()
        if not source:
            self.banner.show_message(self.tr("Name the source agency on the first page to save its profile."),
                                     "warning")
            return
        profile = self._current_profile() or Profile(source)  # before any read: the agency's name alone
        profile.source = source

        def job(session: Any, _progress: Any) -> None:
            save_profile(session, profile)

        self.ctx.write(job, kinds={"imports"}, name=self.tr("Saving the profile"),
                       on_done=lambda _r: self.banner.show_message(
                           self.tr("Saved as the profile of {source}.").format(source=source), "ok"),
                       on_error=self._failed)

    # --- applying ------------------------------------------------------------------------------------
    def apply(self) -> None:
        if self.plan is None:
            return
        plan, db, user = self.plan, self.ctx.db, current_user()
        c = plan.counts()
        if not (c["create"] or c["update"] or c["unchanged"] or plan.held()):
            self.banner.show_message(self.tr("Every row is rejected: there is nothing to import."), "error")
            return

        def job(progress: Any) -> ImportOutcome:
            with db.session() as session:
                return service.apply(plan, session, progress, user=user, db=db)

        self.apply_page.bar.setRange(0, 0)
        self.apply_page.status.setText(self.tr("Writing {n} rows in one transaction; a safety copy of the "
                                               "portfolio is made first.").format(n=fmt_number(len(plan.rows))))
        self.apply_page.cancel.setEnabled(True)
        self.show_step(APPLY)
        self._launch(True, job, self.tr("Importing"), on_done=self._applied, on_error=self._apply_failed,
                     on_cancelled=self._cancelled, on_progress=self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.apply_page.bar.setRange(0, max(total, 1))
        self.apply_page.bar.setValue(done)

    def cancel_job(self) -> None:
        if self.job is not None and not self.job.is_done:
            self.job.cancel()
            self.apply_page.cancel.setEnabled(False)
            self.apply_page.status.setText(self.tr("Cancelling… the portfolio stays as it was."))

    def _applied(self, outcome: ImportOutcome) -> None:
        if outcome.cancelled:
            self._cancelled()
            return
        self.outcome = outcome
        self.ctx.portfolio.notify({"projects", "imports"})
        page = self.summary_page
        page.title.setText(self.tr("Imported {file}").format(file=outcome.file_name))
        lines = [self.tr("New projects: {n}; updated: {u}; unchanged: {s}; rows rejected: {r}.").format(
            n=outcome.created, u=outcome.updated, s=outcome.unchanged, r=outcome.rejected)]
        if outcome.warned:  # imported, each with something to check: the report lists them
            lines.append(self.tr("Rows imported with warnings: {w} (a value left out or to be checked); the "
                                 "agency's report lists each with its cell.").format(w=outcome.warned))
        if outcome.batch_id is not None:
            lines.append(self.tr("Recorded as import batch #{id}; it can be undone here or later from the import "
                                 "history.").format(id=outcome.batch_id))
        if outcome.organisations_created:
            lines.append(self.tr("{n} organisations added to the register.").format(n=outcome.organisations_created))
        if outcome.backup:
            lines.append(self.tr("Safety copy made before the import: {path}").format(path=outcome.backup))
        page.text.setText("<br>".join(lines))
        page.undo.setEnabled(outcome.batch_id is not None)
        self.banner.clear_message()
        self.show_step(SUMMARY)

    def _cancelled(self) -> None:
        self.banner.show_message(self.tr("Import cancelled: nothing was imported, the portfolio is as it was."),
                                 "warning")
        self.show_step(PLAN)

    def _apply_failed(self, exc: BaseException) -> None:
        self.show_step(PLAN)
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_message(error_text(exc), "error")
        self.show_step(self.step())

    def choose_report(self) -> None:
        name = Path(self.plan.file_name).stem if self.plan else "import"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the agency's report"), f"{name}-report.xlsx",
                                              self.tr("Excel workbook (*.xlsx);;JSON (*.json)"))
        if path:
            self.save_report(path)

    def save_report(self, path: str) -> None:
        """The agency's own workbook with each rejected row marked and a summary sheet (or JSON)."""
        plan, outcome, lang = self.plan, self.outcome, self.ctx.lang
        if plan is None:
            return
        self.ctx.jobs.run(lambda _progress: write_report(Path(path), plan, outcome, lang=lang),
                          name=self.tr("Saving the report"),
                          on_done=lambda out: self.banner.show_message(
                              self.tr("Report saved: {path}").format(path=out), "ok"),
                          on_error=self._failed)

    def undo_import(self) -> None:
        if self.outcome is None or self.outcome.batch_id is None:
            return
        batch_id, db, user = self.outcome.batch_id, self.ctx.db, current_user()

        def job(_progress: Any) -> Any:
            with db.session() as session:
                return service.undo(batch_id, session, user=user, db=db)

        def undone(result: Any) -> None:
            self.ctx.portfolio.notify({"projects", "imports"})
            self.summary_page.undo.setEnabled(False)
            self.banner.show_message(self.tr("Import #{id} undone: {n} projects restored, {d} created projects "
                                             "removed.").format(id=batch_id, n=len(result.restored),
                                                                d=len(result.deleted)), "ok")

        self._launch(True, job, self.tr("Undoing the import"), on_done=undone, on_error=self._failed)

    # --- jobs ----------------------------------------------------------------------------------------
    def _launch(self, write: bool, fn: Any, name: str, **callbacks: Any) -> None:
        """Start `fn(progress)` as the wizard's current job; `self.job` is set before it runs, so Cancel
        reaches it even when the runner is synchronous (tests)."""
        job = self.ctx.jobs.prepare(name, callbacks.get("on_done"), callbacks.get("on_error"),
                                    callbacks.get("on_cancelled"), callbacks.get("on_progress"))
        self.job = job
        job.ended.connect(lambda: self.show_step(self.step()))
        (self.ctx.jobs.start_write if write else self.ctx.jobs.start_read)(job, fn)
        if not job.is_done:
            self.show_step(self.step())

    def reject(self) -> None:
        if self.job is not None and not self.job.is_done:
            if self.step() == APPLY:
                return  # the import must finish or be cancelled first
            self.job.cancel()
        super().reject()


def run_import_wizard(parent: QWidget | None, ctx: Any, path: str | None = None) -> None:
    wizard = ImportWizard(ctx, path, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    wizard.exec()
