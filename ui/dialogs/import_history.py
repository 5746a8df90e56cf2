"""The import history: every batch (file, source, who, when, counts, applied or undone), with undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ino_desktop.importer import service
from ino_desktop.services import registers
from ino_desktop.services.registers import BatchRow
from ui.core_messages import error_text
from ui.dialogs.common import Banner, current_user, fmt_date
from ui.i18n.noop import QT_TRANSLATE_NOOP
from ui.icons import icon
from ui.models.rows_model import Column, RowsModel, RowsProxy
from ui.read_only import refusal
from ui.registers.base import fit_columns, make_table

UNDONE = "#7a7a7a"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportHistory", text)


def batch_columns() -> list[Column]:
    grey = lambda b: UNDONE if b.state == "undone" else None  # noqa: E731

    def number(label: str, attr: str) -> Column:
        return Column(label, lambda b: str(getattr(b, attr)), sort=lambda b: getattr(b, attr), align_right=True,
                      foreground=grey)

    return [
        Column(
            _tr(QT_TRANSLATE_NOOP("ImportHistory", "No.")), lambda b: f"#{b.id}", sort=lambda b: b.id, foreground=grey
        ),
        Column(
            _tr(QT_TRANSLATE_NOOP("ImportHistory", "Imported")),
            lambda b: fmt_date(b.imported_at),
            sort=lambda b: b.imported_at,
            foreground=grey,
        ),
        Column(
            _tr(QT_TRANSLATE_NOOP("ImportHistory", "File")),
            lambda b: b.file_name,
            tooltip=lambda b: b.file_name,
            foreground=grey,
        ),
        Column(_tr(QT_TRANSLATE_NOOP("ImportHistory", "Source")), lambda b: b.source or "—", foreground=grey),
        Column(_tr(QT_TRANSLATE_NOOP("ImportHistory", "By")), lambda b: b.imported_by or "—", foreground=grey),
        number(_tr(QT_TRANSLATE_NOOP("ImportHistory", "New projects")), "created"),
        number(_tr(QT_TRANSLATE_NOOP("ImportHistory", "Updated")), "updated"),
        number(_tr(QT_TRANSLATE_NOOP("ImportHistory", "Unchanged")), "unchanged"),
        number(_tr(QT_TRANSLATE_NOOP("ImportHistory", "Rejected")), "rejected"),
        Column(
            _tr(QT_TRANSLATE_NOOP("ImportHistory", "State")),
            lambda b: (
                _tr(QT_TRANSLATE_NOOP("ImportHistory", "undone {when}")).format(when=fmt_date(b.undone_at))
                if b.state == "undone"
                else _tr(QT_TRANSLATE_NOOP("ImportHistory", "applied"))
            ),
            foreground=grey,
        ),
    ]


class ImportHistory(QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import history"))
        self.setWindowIcon(icon("import"))
        self.resize(1180, 520)
        self.banner = Banner()
        self.model = RowsModel(batch_columns(), parent=self)
        self.proxy = RowsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = make_table(self.proxy)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.undo_button = QPushButton(icon("undo"), self.tr("Undo the selected import…"))
        self.undo_button.clicked.connect(self.undo_selected)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        ctx.portfolio.data_changed.connect(self._changed)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.ctx.portfolio.read(registers.list_batches))
        fit_columns(self.view, stretch=2, caps={3: 170, 4: 130})
        if not self.model.rows:
            self.banner.show_message(self.tr("No workbook has been imported into this portfolio yet."), "info")
        self._update_buttons()

    def selected(self) -> BatchRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(self.proxy.mapToSource(index)) if index.isValid() else None

    def _update_buttons(self) -> None:
        batch = self.selected()
        read_only = refusal(self.ctx.db)  # the history can be read; undoing an import writes
        self.undo_button.setEnabled(read_only is None and batch is not None and batch.state == "applied")
        self.undo_button.setToolTip(read_only or "")

    def _changed(self, kinds: Any) -> None:
        if set(kinds or ()) & {"imports", "projects", "all"}:
            self.refresh()

    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is None or batch.state != "applied":
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo an import"),
            self.tr(
                "Undo import #{id} ({file})? The fields it changed get their earlier values back and the projects it "
                "created are removed. A safety copy is made first."
            ).format(id=batch.id, file=batch.file_name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.undo_now(batch.id)

    def undo_now(self, batch_id: int) -> None:
        db, user = self.ctx.db, current_user()

        def job(_progress: Any) -> Any:
            with db.session() as session:
                return service.undo(batch_id, session, user=user, db=db)

        def done(result: Any) -> None:
            self.ctx.portfolio.notify({"projects", "imports"})
            self.banner.show_message(
                self.tr("Import #{id} undone: {n} projects restored, {d} created projects removed.").format(
                    id=batch_id, n=len(result.restored), d=len(result.deleted)
                ),
                "ok",
            )

        self.ctx.jobs.write(
            job,
            name=self.tr("Undoing the import"),
            on_done=done,
            on_error=lambda exc: self.banner.show_message(error_text(exc), "error"),
        )


def show_import_history(parent: QWidget | None, ctx: Any) -> None:
    dialog = ImportHistory(ctx, parent)
    dialog.exec()
