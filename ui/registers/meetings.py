"""Meetings: the list on the left; for the chosen meeting its agenda, its decisions (status,
responsible, deadline and follow-up edited in place) and what it must follow up — the decisions of
earlier meetings that are still open."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ino_desktop.services import portfolio, registers
from ino_desktop.services.registers import DecisionRow, MeetingRow
from ui.dialogs.common import NullableDateEdit, fmt_date, term_name
from ui.icons import icon
from ui.models.rows_model import Column, RowsModel
from ui.registers.base import RegisterPage, VocabularyDelegate, fit_columns, make_table

LATE = "#b71c1c"
DECISION_STATUS, RESPONSIBLE, FOLLOW_UP = 2, 3, 6


class MeetingsRegister(RegisterPage):
    kinds = frozenset({"meetings"})
    stretch = 1

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lang = ctx.lang
        self.as_at = ctx.portfolio.read(portfolio.as_at_date)
        self.set_columns([
            Column(self.tr("Date"), lambda m: fmt_date(m.date), sort=lambda m: m.date),
            # The list is narrow beside the meeting's details: its chair, venue and decision count are in
            # the tooltip (and the heading and tabs on the right), so the title keeps the room.
            Column(self.tr("Meeting"), lambda m: m.title, tooltip=self._meeting_tooltip),
            Column(self.tr("Open"), lambda m: str(m.open_decisions), sort=lambda m: m.open_decisions,
                   align_right=True),
            Column(self.tr("Overdue"), lambda m: str(m.overdue_decisions) if m.overdue_decisions else "",
                   sort=lambda m: m.overdue_decisions, align_right=True,
                   foreground=lambda m: LATE if m.overdue_decisions else None),
        ])
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        decision_columns = self._decision_columns(lang)
        self.agenda_model = RowsModel([
            Column(self.tr("No."), lambda a: str(a.position), sort=lambda a: a.position),
            Column(self.tr("Item"), lambda a: a.title, tooltip=lambda a: a.title),
            Column(self.tr("Speaker"), lambda a: a.speaker or "—"),
            Column(self.tr("Concerns"), lambda a: a.project_code or term_name("cluster", a.cluster, lang)
                   if a.project_code or a.cluster else (a.action_number and self.tr("action {n}").format(
                       n=a.action_number)) or "—"),
        ], parent=self)
        self.decisions_model = RowsModel(decision_columns, parent=self, on_edit=self._edit_decision)
        self.follow_model = RowsModel(
            [Column(self.tr("Meeting of"), lambda d: fmt_date(d.meeting_date), sort=lambda d: d.meeting_date),
             *decision_columns], parent=self, on_edit=lambda row, col, value: self._edit_decision(row, col - 1, value))
        self.agenda_view = make_table(self.agenda_model, sortable=False)
        self.decisions_view = make_table(self.decisions_model, sortable=False)
        self.follow_view = make_table(self.follow_model, sortable=False)
        self.decisions_view.setItemDelegateForColumn(DECISION_STATUS, VocabularyDelegate("decision_status", lang))
        self.follow_view.setItemDelegateForColumn(DECISION_STATUS + 1, VocabularyDelegate("decision_status", lang))

        self.details = QTabWidget()
        self.details.addTab(self._with_form(self.agenda_view, self._agenda_form()), self.tr("Agenda"))
        self.details.addTab(self._with_form(self.decisions_view, self._decision_form()), self.tr("Decisions"))
        self.details.addTab(self.follow_view, self.tr("Follow-up"))
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight:600; font-size:11pt;")
        self.heading.setWordWrap(True)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.heading)
        right_box.addWidget(self.details, 1)

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.search)
        left_box.addWidget(self.view, 1)
        left_box.addWidget(self._meeting_form())
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 820])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.start(self.show_meeting, select_first=True)

    def _meeting_tooltip(self, m: MeetingRow) -> str:
        lines = [m.title]
        if m.chair:
            lines.append(self.tr("Chair: {name}").format(name=m.chair))
        if m.venue:
            lines.append(self.tr("Venue: {place}").format(place=m.venue))
        lines.append(self.tr("Decisions: {n}").format(n=m.decisions))
        return "\n".join(lines)

    def _decision_columns(self, lang: str) -> list[Column]:
        late = lambda d: LATE if d.overdue else None  # noqa: E731 - one-line colour rule
        return [
            Column(self.tr("No."), lambda d: str(d.number), sort=lambda d: d.number),
            Column(self.tr("Decision"), lambda d: d.text, tooltip=lambda d: d.text),
            Column(self.tr("Status"), lambda d: term_name("decision_status", d.status, lang),
                   edit_value=lambda d: d.status),
            Column(self.tr("Responsible"), lambda d: d.responsible or "—", edit_value=lambda d: d.responsible or ""),
            Column(self.tr("Deadline"), lambda d: fmt_date(d.deadline), sort=lambda d: d.deadline, foreground=late,
                   tooltip=lambda d: self.tr("Overdue") if d.overdue else None),
            Column(self.tr("Project"), lambda d: d.project_code or "—"),
            Column(self.tr("Follow-up"), lambda d: d.follow_up or "", edit_value=lambda d: d.follow_up or "",
                   tooltip=lambda d: d.follow_up),
        ]

    @staticmethod
    def _with_form(view: QWidget, form: QWidget) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(view, 1)
        box.addWidget(form)
        return page

    def _meeting_form(self) -> QGroupBox:
        group = QGroupBox(self.tr("New meeting"))
        form = QFormLayout(group)
        self.new_title, self.new_chair, self.new_venue = QLineEdit(), QLineEdit(), QLineEdit()
        self.new_date = QDateEdit(QDate.currentDate())
        self.new_date.setCalendarPopup(True)
        self.new_date.setDisplayFormat("dd.MM.yyyy")
        form.addRow(self.tr("Title"), self.new_title)
        form.addRow(self.tr("Date"), self.new_date)
        form.addRow(self.tr("Chair"), self.new_chair)
        form.addRow(self.tr("Venue"), self.new_venue)
        create = QPushButton(icon("add"), self.tr("Create meeting"))
        create.clicked.connect(self.create_meeting)
        form.addRow("", create)
        return group

    def _agenda_form(self) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.agenda_title, self.agenda_speaker, self.agenda_project = QLineEdit(), QLineEdit(), QLineEdit()
        self.agenda_title.setPlaceholderText(self.tr("Agenda item"))
        self.agenda_speaker.setPlaceholderText(self.tr("Speaker"))
        self.agenda_project.setPlaceholderText(self.tr("Project code"))
        add = QPushButton(icon("add"), self.tr("Add item"))
        add.clicked.connect(self.add_agenda_item)
        box.addWidget(self.agenda_title, 3)
        box.addWidget(self.agenda_speaker, 1)
        box.addWidget(self.agenda_project, 1)
        box.addWidget(add)
        return row

    def _decision_form(self) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.decision_text, self.decision_responsible = QLineEdit(), QLineEdit()
        self.decision_deadline = NullableDateEdit()
        self.decision_text.setPlaceholderText(self.tr("Decision"))
        self.decision_responsible.setPlaceholderText(self.tr("Responsible"))
        self.decision_deadline.setToolTip(self.tr("Deadline"))
        add = QPushButton(icon("add"), self.tr("Add decision"))
        add.clicked.connect(self.add_decision)
        box.addWidget(self.decision_text, 3)
        box.addWidget(self.decision_responsible, 1)
        box.addWidget(self.decision_deadline)
        box.addWidget(add)
        return row

    def load(self, session: Any) -> list[MeetingRow]:
        return registers.list_meetings(session, self.as_at)

    def refresh(self) -> None:
        super().refresh()
        if hasattr(self, "details"):
            self.show_meeting()

    def show_meeting(self) -> None:
        meeting: MeetingRow | None = self.selected()
        if meeting is None:
            self.heading.setText(self.tr("Choose a meeting on the left, or create one."))
            for model in (self.agenda_model, self.decisions_model, self.follow_model):
                model.set_rows([])
            return
        self.heading.setText(f"{fmt_date(meeting.date)} — {meeting.title}")
        read = self.ctx.portfolio.read
        self.agenda_model.set_rows(read(registers.agenda_of, meeting.id))
        self.decisions_model.set_rows(read(registers.decisions_of, meeting.id, self.as_at))
        follow = read(registers.follow_up, meeting.id, self.as_at)
        self.follow_model.set_rows(follow)
        self.details.setTabText(2, self.tr("Follow-up ({n})").format(n=len(follow)))
        # The item or decision text takes the spare width; names and follow-up notes are elided (tooltips).
        for view, stretch, caps in ((self.agenda_view, 1, {2: 150, 3: 120}),
                                    (self.decisions_view, 1, {3: 110, 6: 110}),
                                    (self.follow_view, 2, {4: 100, 7: 100})):
            fit_columns(view, widest=220, stretch=stretch, caps=caps)

    def _edit_decision(self, row: DecisionRow, column: int, value: Any) -> bool:
        changes: dict[str, Any] = {}
        if column == DECISION_STATUS and value and value != row.status:
            changes["status"] = value
        elif column == RESPONSIBLE and (value or None) != row.responsible:
            changes["responsible"] = str(value or "")
        elif column == FOLLOW_UP and (value or None) != row.follow_up:
            changes["follow_up_text"] = str(value or "")
        if not changes:
            return False
        self.write(registers.update_decision, row.id, done=self.tr("Decision {n} updated").format(n=row.number),
                   **changes)
        return True

    def create_meeting(self) -> None:
        picked = self.new_date.date()
        day = dt.date(picked.year(), picked.month(), picked.day())
        self.write(registers.create_meeting, self.new_title.text(), day, chair=self.new_chair.text(),
                   venue=self.new_venue.text(), done=self.tr("Meeting created"), on_done=self._created)

    def _created(self, meeting_id: int) -> None:
        for edit in (self.new_title, self.new_chair, self.new_venue):
            edit.clear()
        self.select_id(meeting_id)

    def add_agenda_item(self) -> None:
        meeting = self.selected()
        if meeting is not None:
            self.write(registers.add_agenda_item, meeting.id, self.agenda_title.text(),
                       speaker=self.agenda_speaker.text(), project_code=self.agenda_project.text(),
                       done=self.tr("Agenda item added"),
                       on_done=lambda _id: self._clear(self.agenda_title, self.agenda_speaker, self.agenda_project))

    def add_decision(self) -> None:
        meeting = self.selected()
        if meeting is not None:
            self.write(registers.add_decision, meeting.id, self.decision_text.text(),
                       responsible=self.decision_responsible.text(), deadline=self.decision_deadline.value(),
                       done=self.tr("Decision added"),
                       on_done=lambda _id: self._clear(self.decision_text, self.decision_responsible))

    @staticmethod
    def _clear(*edits: QLineEdit) -> None:
        for edit in edits:
            edit.clear()
