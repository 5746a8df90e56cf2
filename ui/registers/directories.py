"""Organisations and federal instruments: a table and a form beside it to add or change an entry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ino_desktop.services import registers
from ino_desktop.services.registers import InstrumentRow, OrganisationRow
from ui.dialogs.common import fill_combo, select_data, term_name
from ui.icons import icon
from ui.models.rows_model import Column
from ui.registers.base import RegisterPage


class _DirectoryPage(RegisterPage):
    """Table on the left, an entry form on the right: "New" clears the form, "Save" writes it."""

    def _layout(self, form_title: str, form: QFormLayout) -> None:
        self.editing_id: int | None = None
        self.form_box = QGroupBox(form_title)
        self.form_box.setLayout(form)
        self.form_box.setMaximumWidth(480)
        new = QPushButton(icon("add"), QCoreApplication.translate("DirectoryPage", "New", "a new record"))
        save = QPushButton(QCoreApplication.translate("DirectoryPage", "Save"))
        new.clicked.connect(self.new_entry)
        save.clicked.connect(self.save_entry)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addStretch(1)
        buttons.addWidget(save)
        form.addRow(buttons)
        form_column = QVBoxLayout()
        form_column.addWidget(self.form_box)
        form_column.addStretch(1)
        self.place_beside(form_column)
        self.start(lambda: self._show(self.selected()))

    def new_entry(self) -> None:
        self.view.clearSelection()
        self._show(None)

    def _show(self, row: Any) -> None:
        raise NotImplementedError

    def save_entry(self) -> None:
        raise NotImplementedError

    def _saved(self, ident: int) -> None:
        self.select_id(ident)


class OrganisationsRegister(_DirectoryPage):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lang = self.lang
        self.set_columns([
            Column(self.tr("Organisation"), lambda o: o.name, tooltip=lambda o: o.notes),
            Column(self.tr("Short name"), lambda o: o.short_name or ""),
            Column(self.tr("Kind"), lambda o: term_name("organisation_kind", o.kind, lang)),
            Column(self.tr("Leads"), lambda o: str(o.lead_of), sort=lambda o: o.lead_of, align_right=True),
            Column(self.tr("Takes part in"), lambda o: str(o.participant_in), sort=lambda o: o.participant_in,
                   align_right=True),
        ])
        self.name, self.short_name, self.kind, self.notes = QLineEdit(), QLineEdit(), QComboBox(), QPlainTextEdit()
        fill_combo(self.kind, "organisation_kind", lang, blank=None)
        self.notes.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Short name"), self.short_name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Notes"), self.notes)
        self._layout(self.tr("Organisation"), form)
        self._show(None)

    def load(self, session: Any) -> list[OrganisationRow]:
        return registers.list_organisations(session)

    def _show(self, row: OrganisationRow | None) -> None:
        self.editing_id = row.id if row else None
        self.form_box.setTitle(self.tr("Organisation") if row else self.tr("New organisation"))
        self.name.setText(row.name if row else "")
        self.short_name.setText(row.short_name or "" if row else "")
        select_data(self.kind, row.kind if row else "company")
        self.notes.setPlainText(row.notes or "" if row else "")

    def save_entry(self) -> None:
        self.write(registers.save_organisation, self.editing_id, name=self.name.text(),
                   kind=self.kind.currentData(), short_name=self.short_name.text(),
                   notes=self.notes.toPlainText(), done=self.tr("Organisation saved"), on_done=self._saved)


class InstrumentsRegister(_DirectoryPage):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lang = self.lang
        self.set_columns([
            Column(self.tr("Instrument"), lambda t: t.name, tooltip=lambda t: t.description),
            Column(self.tr("Kind"), lambda t: term_name("instrument_kind", t.kind, lang)),
            Column(self.tr("Ministry"), lambda t: t.ministry or "—"),
            Column(self.tr("Projects"), lambda t: str(t.projects), sort=lambda t: t.projects, align_right=True),
        ])
        self.name, self.kind, self.ministry, self.description = QLineEdit(), QComboBox(), QComboBox(), \
            QPlainTextEdit()
        fill_combo(self.kind, "instrument_kind", lang, blank=None)
        self.ministry.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ministry.setMinimumContentsLength(24)
        self.description.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Ministry"), self.ministry)
        form.addRow(self.tr("Description", "of an organisation or an instrument"), self.description)
        self._layout(self.tr("Federal instrument"), form)
        self._show(None)

    def load(self, session: Any) -> list[InstrumentRow]:
        return registers.list_instruments(session)

    def refresh(self) -> None:
        super().refresh()
        if hasattr(self, "ministry"):
            current = self.ministry.currentData()
            self.ministry.clear()
            self.ministry.addItem("—", None)
            for org in self.ctx.portfolio.read(registers.list_organisations):
                self.ministry.addItem(org.name, org.id)
            select_data(self.ministry, current)

    def _show(self, row: InstrumentRow | None) -> None:
        self.editing_id = row.id if row else None
        self.form_box.setTitle(self.tr("Federal instrument") if row else self.tr("New federal instrument"))
        self.name.setText(row.name if row else "")
        select_data(self.kind, row.kind if row else "subsidy")
        self.ministry.setCurrentIndex(max(self.ministry.findText(row.ministry), 0) if row and row.ministry else 0)
        self.description.setPlainText(row.description or "" if row else "")

    def save_entry(self) -> None:
        self.write(registers.save_instrument, self.editing_id, name=self.name.text(), kind=self.kind.currentData(),
                   ministry_id=self.ministry.currentData(), description=self.description.toPlainText(),
                   done=self.tr("Federal instrument saved"), on_done=self._saved)
