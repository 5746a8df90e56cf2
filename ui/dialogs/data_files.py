"""What the command line does with files, from the window: export the portfolio (.xlsx, .csv, .json), an
agency data-request template, and restore from a backup. Each calls the same core function as its command
(exporting.formats.export_portfolio, exporting.template.write_template, db.backup.restore_from) off the
GUI thread, with the job shown in the status bar; a refusal is one line and leaves the database as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ino_desktop import config
from ino_desktop.messages import Message
from ino_desktop.services.filters import ProjectFilter
from ui.core_messages import error_text, render


def _tell(parent: Any, message: str, *, error: bool = False) -> None:
    if error and callable(getattr(parent, "show_error", None)):
        parent.show_error(message)
    elif not error and callable(getattr(parent, "show_message", None)):
        parent.show_message(message, 10_000)
    else:
        (QMessageBox.warning if error else QMessageBox.information)(parent, "INO Desktop", message)


def _track(parent: Any, job: Any, text: str) -> None:
    status = getattr(parent, "status", None)
    if status is not None and not job.is_done:
        status.track(job, text)


def _notes(notices: list[Message]) -> str:
    if not notices:
        return ""
    shown = "; ".join(render(n) for n in notices[:3])
    return " " + QCoreApplication.translate("DataFiles", "Notes: %1").replace("%1", shown)


# --- export ------------------------------------------------------------------------------------------------
def export_job(session: Any, _progress: Any, out: Path) -> tuple[int, list[Message]]:
    """The `export` command's work: gather the portfolio and write it in the format the suffix names."""
    from ino_desktop.exporting import formats  # openpyxl: only when exporting

    records, notices = formats.export_portfolio(session, out)
    return len(records.projects), notices


def export_portfolio(parent: QWidget | None, ctx: Any, out: str | None = None) -> None:
    if out is None:
        out, chosen = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("DataFiles", "Export the portfolio"),
            str(config.data_dir() / "portfolio.xlsx"),
            QCoreApplication.translate("DataFiles", "Excel workbook (*.xlsx);;CSV, semicolons (*.csv);;JSON (*.json)"),
        )
        if not out:
            return
        suffix = chosen[chosen.rfind("*.") + 1 : chosen.rfind(")")] if "*." in chosen else ""
        if suffix and not out.lower().endswith(suffix):
            out += suffix
    path = Path(out)

    def done(result: tuple[int, list[Message]]) -> None:
        count, notices = result
        text = QCoreApplication.translate("DataFiles", "%1: projects exported: %2.")
        _tell(parent, text.replace("%1", path.name).replace("%2", str(count)) + _notes(notices))

    job = ctx.read_job(
        export_job, path, name="export", on_done=done, on_error=lambda exc: _tell(parent, error_text(exc), error=True)
    )
    _track(parent, job, QCoreApplication.translate("DataFiles", "Exporting…"))


# --- agency template ---------------------------------------------------------------------------------------
def template_job(session: Any, _progress: Any, out: Path, clusters: tuple[str, ...]) -> Any:
    from ino_desktop.exporting.template import write_template

    return write_template(session, out, clusters=[c for c in clusters if c != "-"])


def agency_template(parent: QWidget | None, ctx: Any, flt: ProjectFilter, out: str | None = None) -> None:
    """The data-request workbook for the clusters chosen now (the whole portfolio when none is chosen)."""
    if out is None:
        out, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("DataFiles", "Agency data-request template"),
            str(config.data_dir() / "data-request.xlsx"),
            QCoreApplication.translate("DataFiles", "Excel workbook (*.xlsx)"),
        )
        if not out:
            return
        if not out.lower().endswith(".xlsx"):
            out += ".xlsx"
    path = Path(out)

    def done(result: Any) -> None:
        count = result.projects
        text = QCoreApplication.translate("DataFiles", "%1: data-request template written, projects in it: %2.")
        _tell(parent, text.replace("%1", path.name).replace("%2", str(count)) + _notes(result.notices))

    job = ctx.read_job(
        template_job,
        path,
        flt.clusters,
        name="template",
        on_done=done,
        on_error=lambda exc: _tell(parent, error_text(exc), error=True),
    )
    _track(parent, job, QCoreApplication.translate("DataFiles", "Writing the template…"))


# --- restore from a backup ------------------------------------------------------------------------------------
def restore_job(_progress: Any, target: str, source: Path) -> int:
    """The `restore` command's safe path (db/restore.py): the backup is checked first, the current state is
    kept as a backup, and the swap is atomic. The user confirmed in the window, so a newer portfolio is
    replaced as with `--force`. Returns the number of projects restored."""
    from ino_desktop.db.restore import restore

    return restore(Path(target), source, force=True).projects


def restore_backup(parent: QWidget | None, ctx: Any, source: str | None = None) -> None:
    db = ctx.db
    if db is None or not db.is_sqlite or db.path is None:
        _tell(
            parent,
            QCoreApplication.translate(
                "DataFiles",
                "Restoring works on a SQLite portfolio; load a backup into a server database with 'ino-desktop copy'",
            ),
            error=True,
        )
        return
    if source is None:
        source, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("DataFiles", "Restore from a backup"),
            str(config.backups_dir()),
            QCoreApplication.translate("DataFiles", "SQLite backups (*.sqlite);;All files (*)"),
        )
        if not source:
            return
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("DataFiles", "Restore from a backup"),
            QCoreApplication.translate(
                "DataFiles",
                "Replace the portfolio with the backup %1? The current state is backed up first, so this can be "
                "reversed by restoring that copy.",
            ).replace("%1", Path(source).name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
    target, path = str(db.path), Path(source).expanduser().resolve()
    if path == db.path:
        _tell(
            parent,
            QCoreApplication.translate("DataFiles", "%1 is the portfolio itself; choose a backup file").replace(
                "%1", path.name
            ),
            error=True,
        )
        return
    ctx.undo_stack.clear()
    ctx.portfolio.close()  # the window lets go of the file; it is reopened whatever happens

    def reopen() -> None:
        try:
            ctx.portfolio.open(target, create=False)
        except Exception as exc:  # one line, never a traceback
            _tell(parent, error_text(exc), error=True)

    def done(projects: int) -> None:
        reopen()
        text = QCoreApplication.translate("DataFiles", "Restored from %1; projects: %2.")
        _tell(parent, text.replace("%1", path.name).replace("%2", str(projects)))

    def failed(exc: BaseException) -> None:
        reopen()
        _tell(parent, error_text(exc), error=True)

    job = ctx.jobs.write(restore_job, target, path, name="restore", on_done=done, on_error=failed)
    _track(parent, job, QCoreApplication.translate("DataFiles", "Restoring…"))
