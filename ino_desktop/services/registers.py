"""The registers beside the portfolio: roadmap actions, meetings and decisions, organisations,
federal instruments, programme indicators. Plain rows out, small validated writes in.

Each write runs in the caller's transaction and raises InoError (one line) on bad input.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from ino_desktop import reference as ref
from ino_desktop.errors import InoError, NotFound
from ino_desktop.messages import Message, Named, message
from ino_desktop.models import (
    AgendaItem,
    Decision,
    FederalInstrument,
    ImportBatch,
    Indicator,
    IndicatorValue,
    Meeting,
    Organisation,
    Project,
    RoadmapAction,
    RoadmapEdition,
    project_instruments,
    project_organisations,
)
from ino_desktop.os_errors import first_line
from ino_desktop.rules import TEXT_LIMITS

T = TypeVar("T")
ORGANISATION_NAME_LIMIT = TEXT_LIMITS["lead_organization"]  # the organisation name column's length


def _keys(terms: tuple[ref.Term, ...]) -> set[str]:
    return {t.key for t in terms}


def _text(value: str | None) -> str | None:
    """Optional free text as stored: trimmed, and None when blank."""
    return (value or "").strip() or None


def _get(session: Session, model: type[T], ident: int, gone: str) -> T:
    """The row of that id; `gone` is the code of the message saying it no longer exists."""
    row = session.get(model, ident)
    if row is None:
        raise NotFound(message(gone, id=ident))
    return row


def _flush(session: Session, what: Message) -> None:
    """Write now; the database's refusal becomes one line naming `what` was being saved."""
    try:
        session.flush()
    except IntegrityError as exc:
        reason = first_line(exc)
        if "UNIQUE" in reason.upper():
            raise InoError(message("register.name_taken", what=what)) from exc
        raise InoError(message("register.refused", what=what, detail=reason)) from exc


def _indicator(indicator: Indicator) -> Named:
    return Named(indicator.name_ru, indicator.name_en)


# --- roadmap ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class EditionRow:
    id: int
    year: int
    title: str
    actions: int


@dataclass(frozen=True)
class ActionRow:
    id: int
    edition_year: int
    number: str
    title: str
    work_area: str | None
    responsible: tuple[str, ...]
    deadline: dt.date | None
    status: str
    completed_on: dt.date | None
    projects: tuple[str, ...]  # linked project codes
    overdue: bool
    days_late: int | None
    notes: str | None


def list_editions(session: Session) -> list[EditionRow]:
    """The roadmap editions with their counts of actions, by year."""
    stmt = (select(RoadmapEdition.id, RoadmapEdition.year, RoadmapEdition.title, func.count(RoadmapAction.id))
            .outerjoin(RoadmapAction).group_by(RoadmapEdition.id).order_by(RoadmapEdition.year))
    return [EditionRow(*r) for r in session.execute(stmt)]


def list_actions(session: Session, as_at: dt.date, *, year: int | None = None,
                 work_area: str | None = None, overdue_only: bool = False) -> list[ActionRow]:
    """Roadmap actions by edition and work area; overdue = not done and past its deadline on `as_at`."""
    stmt = (select(RoadmapAction, RoadmapEdition.year).join(RoadmapAction.edition)
            .options(selectinload(RoadmapAction.responsible), selectinload(RoadmapAction.projects))
            .order_by(RoadmapEdition.year, RoadmapAction.id))
    if year is not None:
        stmt = stmt.where(RoadmapEdition.year == year)
    if work_area is not None:
        stmt = stmt.where(RoadmapAction.work_area == work_area)
    out = []
    for action, edition_year in session.execute(stmt):
        late = action.is_overdue(as_at)
        if overdue_only and not late:
            continue
        out.append(ActionRow(
            action.id, edition_year, action.number, action.title, action.work_area,
            tuple(o.short_name or o.name for o in action.responsible), action.deadline, action.status,
            action.completed_on, tuple(sorted(p.code for p in action.projects)), late,
            (as_at - action.deadline).days if late and action.deadline else None, action.notes,
        ))
    return out


def set_action_status(session: Session, action_id: int, status: str, *,
                      completed_on: dt.date | None = None, notes: str | None = None) -> None:
    """Change an action's status; marking it done records the completion date (today unless given)."""
    if status not in _keys(ref.ACTION_STATUSES):
        raise InoError(message("register.action_status", id=action_id, status=status))
    action = _get(session, RoadmapAction, action_id, "register.action_gone")
    action.status = status
    action.completed_on = (completed_on or dt.date.today()) if status == "done" else None
    if notes is not None:
        action.notes = _text(notes)
    _flush(session, message("register.the_action", number=action.number))


# --- meetings -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class MeetingRow:
    id: int
    title: str
    date: dt.date
    chair: str | None
    venue: str | None
    agenda_items: int
    decisions: int
    open_decisions: int
    overdue_decisions: int


@dataclass(frozen=True)
class AgendaRow:
    id: int
    position: int
    title: str
    speaker: str | None
    project_code: str | None
    cluster: str | None
    action_number: str | None


@dataclass(frozen=True)
class DecisionRow:
    id: int
    meeting_id: int
    meeting_date: dt.date
    number: int
    text: str
    responsible: str | None
    deadline: dt.date | None
    status: str
    follow_up: str | None
    project_code: str | None
    overdue: bool


def _decision_row(d: Decision, meeting: Meeting, as_at: dt.date) -> DecisionRow:
    return DecisionRow(d.id, meeting.id, meeting.date, d.number, d.text, d.responsible, d.deadline, d.status,
                       d.follow_up, d.project.code if d.project else None, d.is_overdue(as_at))


def list_meetings(session: Session, as_at: dt.date) -> list[MeetingRow]:
    """Meetings, newest first, with how many decisions are still open and how many of those are late."""
    stmt = select(Meeting).options(selectinload(Meeting.agenda), selectinload(Meeting.decisions)) \
        .order_by(Meeting.date.desc(), Meeting.id.desc())
    return [MeetingRow(m.id, m.title, m.date, m.chair, m.venue, len(m.agenda), len(m.decisions),
                       sum(1 for d in m.decisions if d.status == "open"),
                       sum(1 for d in m.decisions if d.is_overdue(as_at)))
            for m in session.scalars(stmt)]


def agenda_of(session: Session, meeting_id: int) -> list[AgendaRow]:
    """A meeting's agenda items, in order."""
    meeting = _get(session, Meeting, meeting_id, "register.meeting_gone")
    return [AgendaRow(a.id, a.position, a.title, a.speaker, a.project.code if a.project else None, a.cluster,
                      a.action.number if a.action else None) for a in meeting.agenda]


def decisions_of(session: Session, meeting_id: int, as_at: dt.date) -> list[DecisionRow]:
    """A meeting's decisions, each marked overdue if so."""
    meeting = _get(session, Meeting, meeting_id, "register.meeting_gone")
    return [_decision_row(d, meeting, as_at) for d in meeting.decisions]


def follow_up(session: Session, meeting_id: int, as_at: dt.date) -> list[DecisionRow]:
    """Decisions of earlier meetings still open at this one: what the meeting must follow up."""
    meeting = _get(session, Meeting, meeting_id, "register.meeting_gone")
    stmt = (select(Decision, Meeting).join(Decision.meeting)
            .where(Decision.status == "open", Meeting.date < meeting.date)
            .order_by(Meeting.date, Decision.number))
    return [_decision_row(d, m, as_at) for d, m in session.execute(stmt)]


def update_decision(session: Session, decision_id: int, *, status: str | None = None,
                    responsible: str | None = None, deadline: dt.date | None = None,
                    follow_up_text: str | None = None, clear_deadline: bool = False) -> None:
    """Change what was given; blank text clears the field."""
    decision = _get(session, Decision, decision_id, "register.decision_gone")
    if status is not None:
        if status not in _keys(ref.DECISION_STATUSES):
            raise InoError(message("register.decision_status", number=decision.number, status=status))
        decision.status = status
    if responsible is not None:
        decision.responsible = _text(responsible)
    if deadline is not None or clear_deadline:
        decision.deadline = deadline
    if follow_up_text is not None:
        decision.follow_up = _text(follow_up_text)
    _flush(session, message("register.the_decision", number=decision.number))


def add_decision(session: Session, meeting_id: int, text: str, *, responsible: str | None = None,
                 deadline: dt.date | None = None, project_code: str | None = None) -> int:
    """Add a decision to a meeting; returns its id."""
    meeting = _get(session, Meeting, meeting_id, "register.meeting_gone")
    if not text.strip():
        raise InoError(message("register.decision_no_text", meeting=meeting.title))
    project_id = _project_id(session, project_code)
    number = max((d.number for d in meeting.decisions), default=0) + 1
    decision = Decision(number=number, text=text.strip(), responsible=_text(responsible),
                        deadline=deadline, status="open", project_id=project_id)
    meeting.decisions.append(decision)
    _flush(session, message("register.the_decision", number=number))
    return decision.id


def add_agenda_item(session: Session, meeting_id: int, title: str, *, speaker: str | None = None,
                    project_code: str | None = None, cluster: str | None = None) -> int:
    """Add an item to a meeting's agenda; returns its id."""
    meeting = _get(session, Meeting, meeting_id, "register.meeting_gone")
    if not title.strip():
        raise InoError(message("register.agenda_no_title", meeting=meeting.title))
    if cluster is not None and cluster not in ref.keys("cluster"):
        raise InoError(message("register.agenda_cluster", cluster=cluster))
    item = AgendaItem(position=max((a.position for a in meeting.agenda), default=0) + 1, title=title.strip(),
                      speaker=_text(speaker), project_id=_project_id(session, project_code),
                      cluster=cluster)
    meeting.agenda.append(item)
    _flush(session, message("register.the_agenda_item"))
    return item.id


def create_meeting(session: Session, title: str, date: dt.date, *, chair: str | None = None,
                   venue: str | None = None) -> int:
    """Create a meeting; returns its id."""
    if not title.strip():
        raise InoError(message("register.meeting_no_title"))
    meeting = Meeting(title=title.strip(), date=date, chair=_text(chair), venue=_text(venue))
    session.add(meeting)
    _flush(session, message("register.the_meeting"))
    return meeting.id


def _project_id(session: Session, code: str | None) -> int | None:
    if not code or not code.strip():
        return None
    found = session.scalar(select(Project.id).where(Project.code == code.strip()))
    if found is None:
        raise NotFound(message("register.no_project", code=code.strip()))
    return found


# --- organisations and instruments ----------------------------------------------------------------

@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    short_name: str | None
    kind: str
    lead_of: int  # projects it leads
    participant_in: int  # projects it takes part in
    notes: str | None


def list_organisations(session: Session) -> list[OrganisationRow]:
    """The organisations with the number of projects each leads and takes part in."""
    lead = dict(session.execute(select(Project.lead_organization_id, func.count()).group_by(
        Project.lead_organization_id)).all())
    part: dict[int, int] = dict(session.execute(select(project_organisations.c.organisation_id, func.count()).group_by(
        project_organisations.c.organisation_id)).all())
    return [OrganisationRow(o.id, o.name, o.short_name, o.kind, lead.get(o.id, 0), part.get(o.id, 0), o.notes)
            for o in session.scalars(select(Organisation).order_by(Organisation.name))]


def save_organisation(session: Session, org_id: int | None, *, name: str, kind: str,
                      short_name: str | None = None, notes: str | None = None) -> int:
    """Create (org_id None) or change an organisation; returns its id."""
    if not name.strip():
        raise InoError(message("register.organisation_no_name"))
    if len(name.strip()) > ORGANISATION_NAME_LIMIT:
        raise InoError(message("register.organisation_name_long", limit=ORGANISATION_NAME_LIMIT))
    if kind not in _keys(ref.ORGANISATION_KINDS):
        raise InoError(message("register.organisation_kind", name=name.strip(), kind=kind))
    org = Organisation() if org_id is None else _get(session, Organisation, org_id, "register.organisation_gone")
    org.name, org.kind = name.strip(), kind
    org.short_name = _text(short_name)
    org.notes = _text(notes)
    session.add(org)
    _flush(session, message("register.the_organisation", name=name.strip()))
    return org.id


@dataclass(frozen=True)
class InstrumentRow:
    id: int
    name: str
    kind: str
    ministry: str | None
    projects: int
    description: str | None


def list_instruments(session: Session) -> list[InstrumentRow]:
    """The federal instruments with the number of projects using each."""
    used: dict[int, int] = dict(session.execute(select(project_instruments.c.instrument_id, func.count()).group_by(
        project_instruments.c.instrument_id)).all())
    stmt = select(FederalInstrument).options(selectinload(FederalInstrument.ministry)) \
        .order_by(FederalInstrument.name)
    return [InstrumentRow(t.id, t.name, t.kind, t.ministry.name if t.ministry else None, used.get(t.id, 0),
                          t.description) for t in session.scalars(stmt)]


def save_instrument(session: Session, instrument_id: int | None, *, name: str, kind: str,
                    ministry_id: int | None = None, description: str | None = None) -> int:
    """Create (instrument_id None) or change a federal instrument; returns its id."""
    if not name.strip():
        raise InoError(message("register.instrument_no_name"))
    if kind not in _keys(ref.INSTRUMENT_KINDS):
        raise InoError(message("register.instrument_kind", name=name.strip(), kind=kind))
    if ministry_id is not None:
        _get(session, Organisation, ministry_id, "register.organisation_gone")
    tool = FederalInstrument() if instrument_id is None else _get(session, FederalInstrument, instrument_id,
                                                                   "register.instrument_gone")
    tool.name, tool.kind, tool.ministry_id = name.strip(), kind, ministry_id
    tool.description = _text(description)
    session.add(tool)
    _flush(session, message("register.the_instrument", name=name.strip()))
    return tool.id


# --- indicators -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class IndicatorYear:
    year: int
    target: float | None
    actual: float | None
    source: str | None

    @property
    def share(self) -> float | None:
        """Actual as a share of the year's target (None when either is unknown or the target is 0)."""
        return self.actual / self.target if self.actual is not None and self.target else None


@dataclass(frozen=True)
class IndicatorRow:
    id: int
    key: str
    name_ru: str
    name_en: str
    unit: str
    target: float | None
    target_year: int | None
    source: str | None
    values: tuple[IndicatorYear, ...]

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_ru

    @property
    def latest(self) -> IndicatorYear | None:
        known = [v for v in self.values if v.actual is not None]
        return known[-1] if known else None


def list_indicators(session: Session) -> list[IndicatorRow]:
    """The programme's indicators with their yearly targets and actuals."""
    stmt = select(Indicator).options(selectinload(Indicator.values)).order_by(Indicator.id)
    return [IndicatorRow(i.id, i.key, i.name_ru, i.name_en, i.unit, i.target, i.target_year, i.source,
                         tuple(IndicatorYear(v.year, v.target, v.actual, v.source) for v in i.values))
            for i in session.scalars(stmt)]


def set_indicator_value(session: Session, indicator_id: int, year: int, *, target: float | None,
                        actual: float | None, source: str | None = None) -> None:
    """Set (or add) one year's target and actual; a year with neither is removed."""
    indicator = _get(session, Indicator, indicator_id, "register.indicator_gone")
    if not 1990 <= year <= 2100:
        raise InoError(message("register.indicator_year", name=_indicator(indicator), year=year))
    for number, code in ((target, "register.indicator_target_negative"),
                         (actual, "register.indicator_actual_negative")):
        if number is not None and number < 0:
            raise InoError(message(code, name=_indicator(indicator), year=year))
    row = next((v for v in indicator.values if v.year == year), None)
    if target is None and actual is None:
        if row is not None:
            indicator.values.remove(row)
    else:
        if row is None:
            row = IndicatorValue(year=year)
            indicator.values.append(row)
        row.target, row.actual, row.source = target, actual, _text(source)
    _flush(session, message("register.the_indicator_year", name=_indicator(indicator), year=year))


# --- import batches -------------------------------------------------------------------------------

@dataclass(frozen=True)
class BatchRow:
    id: int
    file_name: str
    source: str | None
    imported_at: dt.datetime
    imported_by: str | None
    created: int
    updated: int
    unchanged: int
    rejected: int
    state: str  # applied | undone
    undone_at: dt.datetime | None


def list_batches(session: Session) -> list[BatchRow]:
    """Every import batch, newest first: the import history with its undo."""
    stmt = select(ImportBatch).order_by(ImportBatch.imported_at.desc(), ImportBatch.id.desc())
    return [BatchRow(b.id, b.file_name, b.source, b.imported_at, b.imported_by, b.created_count, b.updated_count,
                     b.unchanged_count, b.rejected_count, b.state, b.undone_at) for b in session.scalars(stmt)]
