"""The roadmap register: actions by edition and work area, overdue ones highlighted, status edited
in place (double-click the status) and recorded with its completion date."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ino_desktop.services import portfolio, registers
from ino_desktop.services.registers import ActionRow
from ui.dialogs.common import fill_combo, fmt_date, term_name
from ui.models.rows_model import Column
from ui.registers.base import RegisterPage, VocabularyDelegate

OVERDUE_BACKGROUND = "#fdecea"
OVERDUE_TEXT = "#b71c1c"
STATUS_COLOURS = {"done": "#1d7a35", "in_progress": "#0b5cad", "not_started": "#555555"}


class RoadmapRegister(RegisterPage):
    kinds = frozenset({"roadmap"})
    stretch = 2  # the action's title takes the spare width; work area, responsible and projects are elided
    caps = {3: 150, 4: 150, 8: 110}  # noqa: RUF012

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, on_edit=self._edit)
        lang = ctx.lang
        late = lambda r: OVERDUE_BACKGROUND if r.overdue else None  # noqa: E731 - one-line colour rule
        columns = [
            Column(self.tr("Edition"), lambda r: str(r.edition_year), sort=lambda r: r.edition_year, background=late),
            Column(self.tr("No."), lambda r: r.number, sort=lambda r: _number_key(r.number), background=late),
            Column(self.tr("Action", "a roadmap action"), lambda r: r.title, tooltip=lambda r: r.title,
                   background=late),
            Column(self.tr("Work area"), lambda r: term_name("work_area", r.work_area, lang), background=late),
            Column(self.tr("Responsible"), lambda r: "; ".join(r.responsible) or "—",
                   tooltip=lambda r: "\n".join(r.responsible), background=late),
            Column(self.tr("Deadline"), lambda r: fmt_date(r.deadline), sort=lambda r: r.deadline,
                   background=late, foreground=lambda r: OVERDUE_TEXT if r.overdue else None),
            Column(self.tr("Status"), lambda r: term_name("action_status", r.status, lang),
                   sort=lambda r: r.status, edit_value=lambda r: r.status, background=late,
                   foreground=lambda r: STATUS_COLOURS.get(r.status),
                   tooltip=lambda r: self.tr("Double-click to change the status")),
            Column(self.tr("Overdue"), self._late_text, sort=lambda r: r.days_late, background=late,
                   foreground=lambda r: OVERDUE_TEXT if r.overdue else None),
            Column(self.tr("Projects"), lambda r: ", ".join(r.projects) or "—", background=late),
        ]
        self.set_columns(columns)
        self.view.setItemDelegateForColumn(6, VocabularyDelegate("action_status", lang, self.view))
        self.as_at = ctx.portfolio.read(portfolio.as_at_date)

        self.edition = QComboBox()
        self.edition.addItem(self.tr("All editions"), None)
        for edition in ctx.portfolio.read(registers.list_editions):
            self.edition.addItem(f"{edition.title} ({edition.actions})", edition.year)
        self.work_area = QComboBox()
        fill_combo(self.work_area, "work_area", lang, blank=self.tr("All work areas"))
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        for widget in (self.edition, self.work_area):
            widget.currentIndexChanged.connect(self.refresh)
            # Long edition titles would otherwise widen the window past 1100 px; the list shows them whole.
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(18)
        self.overdue_only.toggled.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setStyleSheet("color:#333;")

        bar = QHBoxLayout()
        for part in (QLabel(self.tr("Edition:")), self.edition, QLabel(self.tr("Work area:")), self.work_area,
                     self.overdue_only):
            bar.addWidget(part)
        bar.addStretch(1)
        bar.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.refresh()

    def _late_text(self, row: ActionRow) -> str:
        return self.tr("{n} days").format(n=row.days_late) if row.overdue else ""

    def load(self, session: Any) -> list[ActionRow]:
        return registers.list_actions(session, self.as_at, year=self.edition.currentData(),
                                      work_area=self.work_area.currentData(),
                                      overdue_only=self.overdue_only.isChecked())

    def refresh(self) -> None:
        if not hasattr(self, "summary"):
            return  # still being built
        super().refresh()
        rows = self.model.rows
        done = sum(1 for r in rows if r.status == "done")
        late = sum(1 for r in rows if r.overdue)
        self.summary.setText(self.tr("{n} actions: {done} done, {late} overdue as at {day}").format(
            n=len(rows), done=done, late=late, day=fmt_date(self.as_at)))

    def _edit(self, row: ActionRow, _column: int, status: Any) -> bool:
        if status == row.status or status is None:
            return False
        self.write(registers.set_action_status, row.id, status,
                   done=self.tr("Action {n}: status changed").format(n=row.number))
        return True


def _number_key(number: str) -> tuple[int, str]:
    head = "".join(ch for ch in number.split(".", maxsplit=1)[0] if ch.isdigit())
    return (int(head) if head else 0, number)
