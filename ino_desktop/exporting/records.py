"""Gather the portfolio into plain records before any file is written (gather, then render).

Values stay Python values here (dates as dates, money as floats, vocabularies as keys, unknown as None);
each writer turns them into its own format. Records are ordered (projects by code, actions by edition
and id, meetings by date) so that two exports of the same data are identical.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ino_desktop import reference as ref
from ino_desktop.models import (
    AgendaItem,
    Category,
    Cluster,
    FederalInstrument,
    ImportBatch,
    Indicator,
    Meeting,
    Organisation,
    Project,
    RoadmapAction,
    RoadmapEdition,
    Status,
    TerritoryType,
    WorkArea,
)
from ino_desktop.services import portfolio

# The JSON's documented project keys, in DESIGN.md's order; extras follow them.
PROJECT_KEYS = (
    "code", "name", "name_en", "category", "cluster", "work_area", "territory_type", "location",
    "lead_organization", "status", "rag", "start_date", "end_date", "total_cost_mln", "federal_budget_mln",
    "regional_budget_mln", "extra_budgetary_mln", "extra_budgetary_confirmed_mln", "jobs_planned",
    "jobs_created", "problems", "decisions_requested",
)
EXTRA_KEYS = ("curator", "description", "reported_at", "participants", "instruments", "milestones")
MONEY_DIGITS = 6  # RUB million to the rouble: drops binary tails such as 9226.900000000001


@dataclass
class PortfolioRecords:
    exported_at: dt.datetime
    as_at: dt.date
    demo: bool
    projects: list[dict[str, Any]] = field(default_factory=list)
    roadmap_actions: list[dict[str, Any]] = field(default_factory=list)
    meetings: list[dict[str, Any]] = field(default_factory=list)
    import_batches: list[dict[str, Any]] = field(default_factory=list)
    # The registers, so that an export imported into an empty portfolio gives back the same portfolio.
    organisations: list[dict[str, Any]] = field(default_factory=list)
    instruments: list[dict[str, Any]] = field(default_factory=list)
    roadmap_editions: list[dict[str, Any]] = field(default_factory=list)
    indicators: list[dict[str, Any]] = field(default_factory=list)
    names: dict[str, dict[str, str]] = field(default_factory=dict)  # vocabulary -> key -> Russian name

    def name(self, vocabulary: str, key: str | None) -> str | None:
        return name_in(self.names, vocabulary, key)


def name_in(names: dict[str, dict[str, str]], vocabulary: str, key: str | None) -> str | None:
    """The Russian name of a vocabulary key (the key itself when the vocabulary lacks it)."""
    if key is None:
        return None
    return names.get(vocabulary, {}).get(key, key)


def money(value: float | None) -> float | None:
    """A money amount rounded as the export stores it."""
    return None if value is None else round(value, MONEY_DIGITS)


def vocabulary_names(session: Session) -> dict[str, dict[str, str]]:
    """Russian names of every vocabulary key, as the database holds them (they are editable)."""
    models: tuple[tuple[str, Any], ...] = (("cluster", Cluster), ("work_area", WorkArea),
                                           ("territory_type", TerritoryType), ("category", Category),
                                           ("status", Status))
    names = {vocab: {r.key: r.name_ru for r in session.scalars(select(model))} for vocab, model in models}
    names["rag"] = {t.key: t.ru for t in ref.RAGS}
    names["milestone_status"] = {t.key: t.ru for t in ref.MILESTONE_STATUSES}
    names["action_status"] = {t.key: t.ru for t in ref.ACTION_STATUSES}
    names["decision_status"] = {t.key: t.ru for t in ref.DECISION_STATUSES}
    names["organisation_kind"] = {t.key: t.ru for t in ref.ORGANISATION_KINDS}
    names["instrument_kind"] = {t.key: t.ru for t in ref.INSTRUMENT_KINDS}
    return names


def project_record(p: Project) -> dict[str, Any]:
    """One project as an export record."""
    record: dict[str, Any] = {
        "code": p.code, "name": p.name, "name_en": p.name_en, "category": p.category, "cluster": p.cluster,
        "work_area": p.work_area, "territory_type": p.territory_type, "location": p.location,
        "lead_organization": p.lead_organization.name if p.lead_organization else None,
        "status": p.status, "rag": p.rag, "start_date": p.start_date, "end_date": p.end_date,
        "total_cost_mln": money(p.total_cost_mln), "federal_budget_mln": money(p.federal_budget_mln),
        "regional_budget_mln": money(p.regional_budget_mln), "extra_budgetary_mln": money(p.extra_budgetary_mln),
        "extra_budgetary_confirmed_mln": money(p.extra_budgetary_confirmed_mln),
        "jobs_planned": p.jobs_planned, "jobs_created": p.jobs_created, "problems": p.problems,
        "decisions_requested": p.decisions_requested, "curator": p.curator, "description": p.description,
        "reported_at": p.reported_at,
        "participants": sorted(o.name for o in p.participants),
        "instruments": sorted(i.name for i in p.instruments),
        "milestones": [{"title": m.title, "planned_date": m.planned_date, "actual_date": m.actual_date,
                        "status": m.status} for m in p.milestones],
    }
    return record


def project_records(session: Session, codes: list[str] | None = None) -> list[dict[str, Any]]:
    """The projects (all, or those with the given codes) as export records, by code."""
    stmt = (select(Project).order_by(Project.code)
            .options(selectinload(Project.lead_organization), selectinload(Project.participants),
                     selectinload(Project.instruments), selectinload(Project.milestones)))
    if codes is not None:
        stmt = stmt.where(Project.code.in_(codes))
    return [project_record(p) for p in session.scalars(stmt)]


def _action_records(session: Session) -> list[dict[str, Any]]:
    stmt = (select(RoadmapAction).join(RoadmapAction.edition).order_by(RoadmapEdition.year, RoadmapAction.id)
            .options(selectinload(RoadmapAction.edition), selectinload(RoadmapAction.responsible),
                     selectinload(RoadmapAction.projects)))
    return [{"edition": a.edition.year, "number": a.number, "title": a.title, "work_area": a.work_area,
             "responsible": sorted(o.name for o in a.responsible), "deadline": a.deadline, "status": a.status,
             "completed_on": a.completed_on, "projects": sorted(p.code for p in a.projects), "notes": a.notes}
            for a in session.scalars(stmt)]


def _meeting_records(session: Session) -> list[dict[str, Any]]:
    stmt = (select(Meeting).order_by(Meeting.date, Meeting.id)
            .options(selectinload(Meeting.agenda).selectinload(AgendaItem.project),
                     selectinload(Meeting.agenda).selectinload(AgendaItem.action).selectinload(RoadmapAction.edition),
                     selectinload(Meeting.decisions)))
    out = []
    for m in session.scalars(stmt):
        agenda = [{"position": a.position, "title": a.title, "speaker": a.speaker,
                   "project": a.project.code if a.project else None, "cluster": a.cluster,
                   "action_edition": a.action.edition.year if a.action else None,
                   "action_number": a.action.number if a.action else None} for a in m.agenda]
        decisions = [{"number": d.number, "text": d.text, "responsible": d.responsible, "deadline": d.deadline,
                      "status": d.status, "follow_up": d.follow_up,
                      "project": d.project.code if d.project else None} for d in m.decisions]
        out.append({"id": m.id, "title": m.title, "date": m.date, "chair": m.chair, "venue": m.venue,
                    "notes": m.notes, "agenda": agenda, "decisions": decisions})
    return out


def _batch_records(session: Session) -> list[dict[str, Any]]:
    return [{"id": b.id, "file_name": b.file_name, "sha256": b.sha256, "source": b.source,
             "imported_at": b.imported_at, "imported_by": b.imported_by, "created_count": b.created_count,
             "updated_count": b.updated_count, "unchanged_count": b.unchanged_count,
             "rejected_count": b.rejected_count, "state": b.state, "undone_at": b.undone_at}
            for b in session.scalars(select(ImportBatch).order_by(ImportBatch.imported_at, ImportBatch.id))]


def _organisation_records(session: Session) -> list[dict[str, Any]]:
    return [{"name": o.name, "short_name": o.short_name, "kind": o.kind, "notes": o.notes}
            for o in session.scalars(select(Organisation).order_by(Organisation.name))]


def _instrument_records(session: Session) -> list[dict[str, Any]]:
    stmt = select(FederalInstrument).order_by(FederalInstrument.name).options(selectinload(FederalInstrument.ministry))
    return [{"name": i.name, "kind": i.kind, "ministry": i.ministry.name if i.ministry else None,
             "description": i.description} for i in session.scalars(stmt)]


def _edition_records(session: Session) -> list[dict[str, Any]]:
    return [{"year": e.year, "title": e.title, "approved_on": e.approved_on}
            for e in session.scalars(select(RoadmapEdition).order_by(RoadmapEdition.year))]


def _indicator_records(session: Session) -> list[dict[str, Any]]:
    stmt = select(Indicator).order_by(Indicator.key).options(selectinload(Indicator.values))
    return [{"key": i.key, "name_ru": i.name_ru, "name_en": i.name_en, "unit": i.unit, "target": i.target,
             "target_year": i.target_year, "source": i.source,
             "values": [{"year": v.year, "target": v.target, "actual": v.actual, "source": v.source}
                        for v in sorted(i.values, key=lambda v: v.year)]}
            for i in session.scalars(stmt)]


def gather(session: Session, *, exported_at: dt.datetime | None = None) -> PortfolioRecords:
    """Everything an export writes, read in one session."""
    return PortfolioRecords(
        exported_at=exported_at or dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None),
        as_at=portfolio.as_at_date(session),
        demo=portfolio.is_demo(session),
        projects=project_records(session),
        roadmap_actions=_action_records(session),
        meetings=_meeting_records(session),
        import_batches=_batch_records(session),
        organisations=_organisation_records(session),
        instruments=_instrument_records(session),
        roadmap_editions=_edition_records(session),
        indicators=_indicator_records(session),
        names=vocabulary_names(session),
    )
