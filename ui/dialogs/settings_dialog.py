"""Settings: the language of the window (applied at once) and the list of recent portfolios."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ui.context import AppContext

# Each language is named in itself, so it can be found whatever the current language is.
LANGUAGE_NAMES = (("ru", "Русский"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        for key, name in LANGUAGE_NAMES:
            self.language.addItem(name, key)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.lang)))
        self.forget_recent = QPushButton(self.tr("&Forget recent portfolios"), self)
        self.forget_recent.clicked.connect(self._forget)
        self.forget_recent.setEnabled(bool(ctx.settings.recent_databases))
        self.where = QLabel(self.tr("Settings file: %1").replace("%1", ctx.settings.path), self)
        self.where.setWordWrap(True)
        self.where.setStyleSheet("color: #6b7785;")
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.forget_recent)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.where)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _forget(self) -> None:
        for target in self.ctx.settings.recent_databases:
            self.ctx.settings.remove_recent_database(target)
        self.forget_recent.setEnabled(False)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def apply(self) -> None:
        from ui.i18n import switch_language

        if self.chosen_language() != self.ctx.lang:
            switch_language(self.ctx, self.chosen_language())
        self.ctx.settings.sync()


def run_settings_dialog(parent: QWidget | None, ctx: AppContext) -> bool:
    dialog = SettingsDialog(ctx, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    dialog.apply()
    return True
