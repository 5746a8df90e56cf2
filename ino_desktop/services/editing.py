"""Editing a project in the window: load a form, validate it, save it as one transaction.

Every save writes one change-log row per changed field (origin 'manual', who) and bumps the
project's version. A save based on an older version (another window or person saved meanwhile)
is refused with EditConflict naming the fields; the caller keeps the form, so nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ino_desktop import reference as ref
from ino_desktop.errors import EditConflict, InoError, NotFound
from ino_desktop.messages import FieldName, FieldNames, Message, message
from ino_desktop.models import (
    DATE_FIELDS,
    INT_FIELDS,
    MONEY_FIELDS,
    PROJECT_FIELDS,
    ChangeLog,
    FederalInstrument,
    Milestone,
    Organisation,
    Project,
)
from ino_desktop.models.base import utcnow
from ino_desktop.os_errors import first_line
from ino_desktop.rules import check_project
from ino_desktop.services.changes import FieldChange, encode, field_history
from ino_desktop.services.details import field_provenance

# Fields beyond PROJECT_FIELDS that the change log also records for a manual edit.
LINK_FIELDS = ("participants", "instruments", "milestones")
REQUIRED_FIELDS = ("code", "name")


class ValidationFailed(InoError):
    """The form breaks a rule; `problems` holds every one (field -> message)."""

    kind = "invalid"

    def __init__(self, problems: list[Problem]) -> None:
        first = problems[0]
        if len(problems) > 1:
            super().__init__(message("edit.invalid_more", field=FieldName(first.field), reason=first.said,
                                     more=len(problems) - 1))
        else:
            super().__init__(message("edit.invalid", field=FieldName(first.field), reason=first.said))
        self.problems = problems


@dataclass(frozen=True)
class Problem:
    """A value the form cannot save. `said` is the rule's coded message, rendered only when read (a form
    validates on every keystroke; the window renders it in its own language), or the form's own text,
    already translated."""

    field: str
    said: Message | str
    kind: str = "invalid"  # machine-readable (rules.py kinds + required, unknown_value)

    @property
    def coded(self) -> Message | None:
        """The rule's coded message, for the form's language; None for the form's own text."""
        return self.said if isinstance(self.said, Message) else None

    @property
    def message(self) -> str:
        """English, one line (the form's own text as it was given)."""
        return self.said.english() if isinstance(self.said, Message) else self.said


def _problem(field_name: str, kind: str, coded: Message) -> Problem:
    return Problem(field_name, coded, kind)


@dataclass(frozen=True)
class MilestoneForm:
    id: int | None
    title: str
    planned_date: dt.date | None = None
    actual_date: dt.date | None = None
    status: str = "planned"

    def summary(self) -> list[Any]:
        """A JSON-friendly picture of the milestone for the change log."""
        return [self.title, _iso(self.planned_date), _iso(self.actual_date), self.status]


@dataclass
class ProjectForm:
    """What the editor shows and edits. `original` is the state it was loaded from, for conflicts."""

    project_id: int | None
    version: int | None
    values: dict[str, Any]
    milestones: list[MilestoneForm] = field(default_factory=list)
    participants: list[int] = field(default_factory=list)  # organisation ids
    instruments: list[int] = field(default_factory=list)  # federal instrument ids
    original: dict[str, Any] = field(default_factory=dict)

    @property
    def is_new(self) -> bool:
        return self.project_id is None

    def snapshot(self, session: Session) -> dict[str, Any]:
        """Field values plus the links, as the change log records them."""
        return {**self.values, **_link_values(session, self.participants, self.instruments, self.milestones)}


@dataclass(frozen=True)
class SaveResult:
    project_id: int
    code: str
    version: int
    changed: tuple[str, ...]
    created: bool = False


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _norm(value: Any) -> Any:
    """Compare form: blank text is no value, whole floats equal ints."""
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _link_values(session: Session, org_ids: list[int], instrument_ids: list[int],
                 milestones: list[MilestoneForm]) -> dict[str, Any]:
    orgs = dict(session.execute(select(Organisation.id, Organisation.name).where(Organisation.id.in_(org_ids))).all()) \
        if org_ids else {}
    tools = dict(session.execute(select(FederalInstrument.id, FederalInstrument.name).where(
        FederalInstrument.id.in_(instrument_ids))).all()) if instrument_ids else {}
    return {
        "participants": sorted(orgs.get(i, f"#{i}") for i in org_ids) or None,
        "instruments": sorted(tools.get(i, f"#{i}") for i in instrument_ids) or None,
        "milestones": [m.summary() for m in milestones] or None,
    }


def _project_values(project: Project) -> dict[str, Any]:
    values = {f: getattr(project, f) for f in PROJECT_FIELDS if f != "lead_organization"}
    values["lead_organization"] = project.lead_organization.name if project.lead_organization else None
    return values


def new_project_form(session: Session) -> ProjectForm:
    """An empty form for a new project, with the next free code proposed."""
    values: dict[str, Any] = dict.fromkeys(PROJECT_FIELDS)
    values["code"] = next_code(session)
    values["status"] = "planned"
    return ProjectForm(None, None, values, original=dict.fromkeys((*PROJECT_FIELDS, *LINK_FIELDS)))


def next_code(session: Session, prefix: str = "INO-") -> str:
    """The next free project code with the given prefix."""
    codes = session.scalars(select(Project.code).where(Project.code.like(f"{prefix}%"))).all()
    numbers = [int(c[len(prefix):]) for c in codes if c[len(prefix):].isdigit()]
    return f"{prefix}{(max(numbers, default=0) + 1):04d}"


def load_project_form(session: Session, project_id: int | None) -> ProjectForm:
    """The project's current values, links and version; a new-project form when project_id is None."""
    if project_id is None:
        return new_project_form(session)
    project = session.get(Project, project_id)
    if project is None:
        raise NotFound(message("edit.project_gone", id=project_id))
    milestones = [MilestoneForm(m.id, m.title, m.planned_date, m.actual_date, m.status) for m in project.milestones]
    form = ProjectForm(
        project_id=project.id,
        version=project.version,
        values=_project_values(project),
        milestones=milestones,
        participants=sorted(o.id for o in project.participants),
        instruments=sorted(i.id for i in project.instruments),
    )
    form.original = form.snapshot(session)
    return form


# --- validation ---------------------------------------------------------------------------------

def validate(values: dict[str, Any], milestones: Sequence[MilestoneForm] = ()) -> list[Problem]:
    """Every problem with the form's values, in field order (empty when it may be saved).

    The field rules are the importer's (ino_desktop.rules), so an edit obeys what an import obeys;
    here only what a form adds: required fields, known vocabulary keys, milestones.
    """
    problems = [_problem(f, kind, coded) for f, kind, coded in check_project(values)]
    for name in REQUIRED_FIELDS:
        if _norm(values.get(name)) is None:
            problems.append(_problem(name, "required", message("edit.required")))
    for vocab in ref.VOCABULARIES:
        key = values.get(vocab)
        if key is not None and key not in ref.keys(vocab):
            problems.append(_problem(vocab, "unknown_value", message("edit.unknown_value", value=key)))
    statuses = {t.key for t in ref.MILESTONE_STATUSES}
    for i, m in enumerate(milestones, start=1):
        if not m.title.strip():
            problems.append(_problem("milestones", "required", message("edit.milestone_no_title", number=i)))
        if m.status not in statuses:
            problems.append(_problem("milestones", "unknown_value",
                                     message("edit.milestone_status", number=i, status=m.status)))
    order = {f: i for i, f in enumerate((*PROJECT_FIELDS, *LINK_FIELDS))}
    return sorted(problems, key=lambda p: order.get(p.field, len(order)))


# --- saving ---------------------------------------------------------------------------------------

def _clean(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in PROJECT_FIELDS:
        value = _norm(values.get(name))
        if name in MONEY_FIELDS and value is not None:
            value = float(value)
        elif name in INT_FIELDS and value is not None:
            value = int(value)
        elif name in DATE_FIELDS and value is not None and not isinstance(value, dt.date):
            value = dt.date.fromisoformat(str(value))
        out[name] = value
    return out


def organisation_by_name(session: Session, name: str) -> Organisation:
    """The organisation of that name (compared folded), created as a company when it is new."""
    wanted = ref.fold(name)
    for org in session.scalars(select(Organisation)):
        if ref.fold(org.name) == wanted or (org.short_name and ref.fold(org.short_name) == wanted):
            return org
    org = Organisation(name=name.strip(), kind="company")
    session.add(org)
    session.flush()
    return org


def _conflict_message(code: str, theirs: list[str], who: list[str] | None = None) -> Message:
    """Which project, who changed it and which fields (by their labels), and that the form keeps the edits."""
    what = FieldNames(tuple(theirs)) if theirs else message("edit.its_record")
    if who:
        return message("edit.conflict", code=code, who=", ".join(who), fields=what)
    return message("edit.conflict_someone", code=code, fields=what)


def _changed_by(session: Session, project_id: int, fields: list[str]) -> list[str]:
    """Who made the newest change of each of these fields (the change log's latest entries)."""
    who: list[str] = []
    for field_name in fields:
        name = session.scalar(select(ChangeLog.changed_by).where(ChangeLog.project_id == project_id,
                                                                 ChangeLog.field == field_name)
                              .order_by(ChangeLog.changed_at.desc(), ChangeLog.id.desc()).limit(1))
        if name and name not in who:
            who.append(name)
    return who


def _check_version(session: Session, project: Project, form: ProjectForm) -> None:
    if project.version == form.version:
        return
    stored = load_project_form(session, project.id).original
    theirs = [f for f in (*PROJECT_FIELDS, *LINK_FIELDS) if _norm(stored.get(f)) != _norm(form.original.get(f))]
    raise EditConflict(_conflict_message(project.code, theirs, _changed_by(session, project.id, theirs)))


def _log(session: Session, project: Project, field_name: str, old: Any, new: Any,
         *, user: str | None, action: str, at: dt.datetime) -> None:
    session.add(ChangeLog(project_id=project.id, project_code=project.code, action=action,
                          field=field_name, old_value=encode(old), new_value=encode(new), changed_at=at,
                          changed_by=user, origin="manual"))


def _apply_links(session: Session, project: Project, form: ProjectForm) -> None:
    project.participants = [o for i in form.participants if (o := session.get(Organisation, i)) is not None]
    project.instruments = [t for i in form.instruments if (t := session.get(FederalInstrument, i)) is not None]
    kept = {m.id for m in form.milestones if m.id is not None}
    by_id = {m.id: m for m in project.milestones}
    for m in list(project.milestones):
        if m.id not in kept:
            project.milestones.remove(m)
    for wanted in form.milestones:
        row = by_id.get(wanted.id) if wanted.id is not None else None
        if row is None:
            row = Milestone(title=wanted.title.strip())
            project.milestones.append(row)
        row.title, row.planned_date, row.actual_date, row.status = (wanted.title.strip(), wanted.planned_date,
                                                                    wanted.actual_date, wanted.status)


def save_project(session: Session, form: ProjectForm, *, user: str | None,
                 today: dt.date | None = None) -> SaveResult:
    """Validate and write the form in the caller's transaction; log each changed field; bump version.

    Raises ValidationFailed (rule broken), EditConflict (someone saved meanwhile) or InoError
    (the database refused, e.g. a duplicate code). The caller's transaction then rolls back.
    """
    problems = validate(form.values, form.milestones)
    if problems:
        raise ValidationFailed(problems)
    values = _clean(form.values)
    now = utcnow()  # one timestamp for every row of this save
    created = form.project_id is None
    same_code = select(Project.id).where(Project.code == values["code"])
    if not created:
        same_code = same_code.where(Project.id != form.project_id)
    if session.scalar(same_code) is not None:
        raise ValidationFailed([_problem("code", "invalid", message("edit.code_taken", code=values["code"]))])
    if created:
        project = Project(code=values["code"], name=values["name"])
    else:
        found = session.get(Project, form.project_id)
        if found is None:
            raise EditConflict(message("edit.deleted_meanwhile", code=values["code"]))
        project = found
        _check_version(session, project, form)

    before = dict(form.original) if not created else {}
    lead = organisation_by_name(session, values["lead_organization"]) if values["lead_organization"] else None
    after = {**values, **_link_values(session, form.participants, form.instruments, form.milestones)}
    changed = tuple(f for f in (*PROJECT_FIELDS, *LINK_FIELDS) if _norm(after.get(f)) != _norm(before.get(f)))
    with session.no_autoflush:  # one UPDATE per save, so the version goes up by exactly one
        session.add(project)
        for name in PROJECT_FIELDS:
            if name != "lead_organization":
                setattr(project, name, values[name])
        project.lead_organization = lead
        _apply_links(session, project, form)
        if changed:
            project.reported_at = today or dt.date.today()
            project.updated_at = now  # forces the row UPDATE, hence a new version, when only links changed
    try:
        session.flush()
    except StaleDataError as exc:
        raise EditConflict(_conflict_message(values["code"], [])) from exc
    except IntegrityError as exc:
        raise InoError(message("edit.refused", code=values["code"], detail=first_line(exc))) from exc
    for name in changed:
        _log(session, project, name, before.get(name), after.get(name), user=user,
             action="create" if created else "update", at=now)
    session.flush()
    return SaveResult(project.id, project.code, project.version, changed, created)


def delete_project(session: Session, project_id: int, version: int | None, *, user: str | None) -> str:
    """Delete a project (its milestones go with it); the change log keeps every field's last value."""
    project = session.get(Project, project_id)
    if project is None:
        raise NotFound(message("edit.project_gone_plain", id=project_id))
    if version is not None and project.version != version:
        raise EditConflict(message("edit.changed_before_delete", code=project.code))
    code, now = project.code, utcnow()
    form = load_project_form(session, project_id)
    for name, value in form.original.items():
        if _norm(value) is not None:
            _log(session, project, name, value, None, user=user, action="delete", at=now)
    session.flush()  # the log rows exist before the delete sets their project_id to NULL
    session.delete(project)
    session.flush()
    return code


def milestone_replace(milestones: list[MilestoneForm], index: int, **changes: Any) -> list[MilestoneForm]:
    """A copy of the list with one milestone changed (the editor's undo commands use this)."""
    out = list(milestones)
    out[index] = replace(out[index], **changes)
    return out


# --- pickers --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Choice:
    id: int
    name: str
    kind: str
    detail: str | None = None


def organisation_choices(session: Session) -> list[Choice]:
    """The organisations to choose from, by name."""
    rows = session.execute(select(Organisation.id, Organisation.name, Organisation.kind, Organisation.short_name)
                           .order_by(Organisation.name))
    return [Choice(i, n, k, s) for i, n, k, s in rows]


def instrument_choices(session: Session) -> list[Choice]:
    """The federal instruments to choose from, with their ministry."""
    stmt = (select(FederalInstrument.id, FederalInstrument.name, FederalInstrument.kind, Organisation.name)
            .outerjoin(Organisation, FederalInstrument.ministry_id == Organisation.id)
            .order_by(FederalInstrument.name))
    return [Choice(i, n, k, m) for i, n, k, m in session.execute(stmt)]


# --- history --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ProjectHistory:
    """A project's change log for the History tab: every change newest first, and each field's source."""

    project_id: int
    code: str
    name: str
    changes: list[FieldChange]
    # field -> its latest change: where the value it holds now came from (an imported project's
    # create row stands in for the fields it set that no later row changed; see details.field_provenance)
    provenance: dict[str, FieldChange] = field(default_factory=dict)


def project_history(session: Session, project_id: int) -> ProjectHistory:
    """A project's history of field changes."""
    project = session.get(Project, project_id)
    if project is None:
        raise NotFound(message("edit.project_gone_plain", id=project_id))
    changes = field_history(session, project.code)
    values = {**_project_values(project), **_link_values(
        session, [o.id for o in project.participants], [i.id for i in project.instruments],
        [MilestoneForm(m.id, m.title, m.planned_date, m.actual_date, m.status) for m in project.milestones])}
    return ProjectHistory(project.id, project.code, project.name, changes,
                          field_provenance(session, changes, values))
