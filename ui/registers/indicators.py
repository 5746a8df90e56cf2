"""Programme indicators: each with its target, and its yearly targets and actuals (set or removed
with the form under the years table; a year with neither value is removed)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ino_desktop.services import registers
from ino_desktop.services.registers import IndicatorRow, IndicatorYear
from ui import labels
from ui.dialogs.common import fmt_number, parse_number
from ui.i18n.noop import QT_TRANSLATE_NOOP
from ui.models.rows_model import Column, RowsModel
from ui.registers.base import RegisterPage, fit_columns, make_table

BEHIND = "#b71c1c"
AHEAD = "#1d7a35"


_UNITS = (QT_TRANSLATE_NOOP("Units", "RUB mln"), QT_TRANSLATE_NOOP("Units", "jobs"),
          QT_TRANSLATE_NOOP("Units", "actions"), QT_TRANSLATE_NOOP("Units", "%"))


def unit_name(unit: str) -> str:
    """Units are stored in English (seed data); shown in the UI language."""
    return QCoreApplication.translate("Units", unit)


def _share(value: float | None) -> str:
    return labels.percent(value, labels.ui_language())


def _num(value: float | None) -> str:
    if value is None:
        return "—"
    return fmt_number(int(value)) if float(value).is_integer() else fmt_number(value)


class IndicatorsRegister(RegisterPage):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lang = self.lang
        self.set_columns([
            Column(self.tr("Indicator"), lambda i: i.name(lang), tooltip=lambda i: i.source),
            Column(self.tr("Unit"), lambda i: unit_name(i.unit)),
            Column(self.tr("Target"), lambda i: _num(i.target), sort=lambda i: i.target, align_right=True),
            Column(self.tr("By", "the target year"), lambda i: str(i.target_year or "—"), sort=lambda i: i.target_year),
            Column(self.tr("Latest actual"), lambda i: _num(i.latest.actual) if i.latest else "—",
                   sort=lambda i: i.latest.actual if i.latest else None, align_right=True),
            Column(self.tr("Year"), lambda i: str(i.latest.year) if i.latest else "—"),
        ])
        colour = lambda v: None if v.share is None else (AHEAD if v.share >= 1 else BEHIND)  # noqa: E731
        self.years_model = RowsModel([
            Column(self.tr("Year"), lambda v: str(v.year), sort=lambda v: v.year),
            Column(self.tr("Target"), lambda v: _num(v.target), sort=lambda v: v.target, align_right=True),
            Column(self.tr("Actual"), lambda v: _num(v.actual), sort=lambda v: v.actual, align_right=True),
            Column(self.tr("Of target"), lambda v: _share(v.share), sort=lambda v: v.share, align_right=True,
                   foreground=colour),
            Column(self.tr("Source"), lambda v: v.source or ""),
        ], parent=self)
        self.years_view = make_table(self.years_model, sortable=False)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight:600;")
        self.heading.setWordWrap(True)

        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(2016)
        self.target, self.actual, self.source = QLineEdit(), QLineEdit(), QLineEdit()
        for edit in (self.target, self.actual):
            edit.setPlaceholderText("—")
        save = QPushButton(self.tr("Set the year's values"))
        save.clicked.connect(self.save_year)
        form_box = QGroupBox(self.tr("Yearly value"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Target"), self.target)
        form.addRow(self.tr("Actual"), self.actual)
        form.addRow(self.tr("Source"), self.source)
        form.addRow("", save)
        self.years_view.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._fill_year(self.years_model.row_at(current)))

        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.years_view, 1)
        right.addWidget(form_box)
        self.place_beside(right)
        self.start(self.show_indicator, select_first=True)

    def load(self, session: Any) -> list[IndicatorRow]:
        return registers.list_indicators(session)

    def refresh(self) -> None:
        super().refresh()
        if hasattr(self, "years_model"):
            self.show_indicator()

    def show_indicator(self) -> None:
        row: IndicatorRow | None = self.selected()
        self.years_model.set_rows(list(row.values) if row else [])
        if row is None:
            self.heading.setText(self.tr("Choose an indicator."))
            return
        target = self.tr("target {value} {unit} by {year}").format(value=_num(row.target), unit=unit_name(row.unit),
                                                                   year=row.target_year or "—")
        self.heading.setText(f"{row.name(self.lang)} — {target}")
        fit_columns(self.years_view, widest=260, stretch=4)

    def _fill_year(self, value: IndicatorYear | None) -> None:
        if value is None:
            return
        self.year.setValue(value.year)
        self.target.setText(_edit_text(value.target))
        self.actual.setText(_edit_text(value.actual))
        self.source.setText(value.source or "")

    def save_year(self) -> None:
        row: IndicatorRow | None = self.selected()
        if row is None:
            self.banner.show_message(self.tr("Choose an indicator first."), "warning")
            return
        target, ok_target = parse_number(self.target.text())
        actual, ok_actual = parse_number(self.actual.text())
        if not (ok_target and ok_actual):
            self.banner.show_message(self.tr("Target and actual must be numbers, e.g. 1 234,5 (or empty)."), "error")
            return
        self.write(registers.set_indicator_value, row.id, self.year.value(), target=target, actual=actual,
                   source=self.source.text(), done=self.tr("{year}: values saved").format(year=self.year.value()))


def _edit_text(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value).replace(".", ",")
