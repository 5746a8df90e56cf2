"""The briefing pack as plain data: everything the renderer prints, gathered before it prints.

Values stay raw (vocabulary keys, dates, RUB million as floats, None for unknown) so that tests can
assert a pack exactly and the renderer alone decides how a value reads in Russian or English.
A section the spec switched off is None.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ino_desktop.services.portfolio import Jobs, Money, RoadmapProgress

RAG_RANK = {"green": 0, "amber": 1, "red": 2}


@dataclass(frozen=True)
class MeetingRef:
    id: int
    title: str
    date: dt.date
    chair: str | None
    venue: str | None


@dataclass(frozen=True)
class Selection:
    """Which projects the pack covers, as the cover states it."""

    clusters: tuple[str, ...]
    view: str | None
    agenda_only: bool
    projects: int


@dataclass(frozen=True)
class Cover:
    title: str | None  # None: the renderer prints the default title in the pack's language
    meeting: MeetingRef | None
    previous_meeting: MeetingRef | None
    as_at: dt.date
    since: dt.date | None
    marking: str | None
    is_demo: bool
    selection: Selection


@dataclass(frozen=True)
class AgendaLine:
    position: int
    title: str
    speaker: str | None
    project_code: str | None
    project_name: str | None
    cluster: str | None
    action_number: str | None


@dataclass(frozen=True)
class Tally:
    """How many projects carry `key` now, and how many did at the comparison date (None: no date)."""

    key: str | None
    now: int
    before: int | None

    @property
    def change(self) -> int | None:
        return None if self.before is None else self.now - self.before


@dataclass(frozen=True)
class SummaryPage:
    projects: int
    by_status: tuple[Tally, ...]
    by_rag: tuple[Tally, ...]
    money: Money
    confirmed_target: float
    jobs: Jobs
    roadmap: tuple[RoadmapProgress, ...]
    not_reported: int
    overdue_milestones: int
    overdue_actions: int
    before: Before | None = None  # None: no comparison date


@dataclass(frozen=True)
class ClusterFigures:
    """One cluster's bars in the charts; key None = projects outside clusters."""

    key: str | None
    money: Money
    by_status: tuple[tuple[str | None, int], ...]
    jobs: Jobs


@dataclass(frozen=True)
class Charts:
    clusters: tuple[ClusterFigures, ...]
    statuses: tuple[str | None, ...]  # the status keys the charts stack, in reference order


@dataclass(frozen=True)
class FlaggedProject:
    code: str
    name: str
    cluster: str | None
    status: str | None
    rag: str
    rag_before: str | None
    added_since: bool  # the project did not exist at the comparison date (no earlier RAG to show)
    problems: str | None


@dataclass(frozen=True)
class NotReported:
    code: str
    name: str
    cluster: str | None
    reported_at: dt.date | None
    days: int | None  # days since the last report; None when the project has never reported


@dataclass(frozen=True)
class Exceptions:
    flagged: tuple[FlaggedProject, ...]  # red first, then amber (overdue work is on the timeline)
    not_reported: tuple[NotReported, ...]
    stale_after_days: int


@dataclass(frozen=True)
class ProjectLine:
    """One row of the cluster tables and the appendix."""

    code: str
    name: str
    cluster: str | None
    work_area: str | None
    location: str | None
    lead_organization: str | None
    status: str | None
    rag: str | None
    total: float | None
    federal: float | None
    regional: float | None
    extra: float | None
    confirmed: float | None
    jobs_planned: int | None
    jobs_created: int | None
    end_date: dt.date | None
    reported: bool  # False: not reported within STALE_AFTER_DAYS of the "as at" date


@dataclass(frozen=True)
class ClusterSection:
    key: str | None
    lines: tuple[ProjectLine, ...]
    money: Money
    jobs: Jobs


@dataclass(frozen=True)
class MilestoneLine:
    title: str
    planned: dt.date | None
    actual: dt.date | None
    status: str
    overdue: bool


@dataclass(frozen=True)
class InstrumentLine:
    name: str
    kind: str
    ministry: str | None


@dataclass(frozen=True)
class ChangeLine:
    """A field's net change since the comparison date: first old value → current value, latest source."""

    field: str
    old: Any
    new: Any
    changed_at: dt.datetime
    origin: str
    changed_by: str | None
    file_name: str | None
    sheet: str | None
    cell: str | None
    count: int  # how many logged changes were folded into this line


@dataclass(frozen=True)
class ProjectPage:
    code: str
    name: str
    name_en: str | None
    cluster: str | None
    work_area: str | None
    territory_type: str | None
    category: str | None
    location: str | None
    lead_organization: str | None
    participants: tuple[str, ...]
    curator: str | None
    status: str | None
    status_before: str | None
    rag: str | None
    rag_before: str | None
    added_since: bool  # the project did not exist at the comparison date
    start_date: dt.date | None
    end_date: dt.date | None
    baseline_end: dt.date | None  # the end date first planned
    end_before: dt.date | None  # the end date at the comparison date (None: no comparison or not set)
    narrative: str | None
    total: float | None
    federal: float | None
    regional: float | None
    extra: float | None
    confirmed: float | None
    jobs_planned: int | None
    jobs_created: int | None
    milestones: tuple[MilestoneLine, ...]
    instruments: tuple[InstrumentLine, ...]
    problems: str | None
    decisions_requested: str | None
    changes: tuple[ChangeLine, ...]
    reported_at: dt.date | None
    reported: bool

    @property
    def unconfirmed(self) -> float | None:
        if self.extra is None:
            return None
        return max(self.extra - (self.confirmed or 0.0), 0.0)

    @property
    def trend(self) -> str | None:
        """'better', 'worse', 'same' or None (no comparison: new project, no RAG then or now)."""
        if self.added_since or self.rag is None or self.rag_before is None:
            return None
        diff = RAG_RANK[self.rag] - RAG_RANK[self.rag_before]
        return "worse" if diff > 0 else "better" if diff < 0 else "same"


@dataclass(frozen=True)
class RoadmapArea:
    work_area: str | None
    total: int
    done: int
    in_progress: int
    not_started: int
    overdue: int


@dataclass(frozen=True)
class RoadmapEditionStatus:
    year: int
    title: str
    areas: tuple[RoadmapArea, ...]
    progress: RoadmapProgress


@dataclass(frozen=True)
class DecisionLine:
    number: int
    text: str
    responsible: str | None
    deadline: dt.date | None
    status: str
    follow_up: str | None
    overdue: bool
    project_code: str | None


@dataclass(frozen=True)
class DecisionsFollowUp:
    meeting: MeetingRef | None  # None: no earlier meeting to follow up
    lines: tuple[DecisionLine, ...]


@dataclass(frozen=True)
class Pack:
    lang: str
    sections: tuple[str, ...]
    names: dict[str, dict[str, str]]  # vocabulary → key → name in the pack's language
    cover: Cover
    agenda: tuple[AgendaLine, ...] | None
    summary: SummaryPage | None
    charts: Charts | None
    exceptions: Exceptions | None
    clusters: tuple[ClusterSection, ...] | None
    projects: tuple[ProjectPage, ...] | None
    roadmap: tuple[RoadmapEditionStatus, ...] | None
    decisions: DecisionsFollowUp | None
    appendix: tuple[ProjectLine, ...] | None
    decide: DecidePage | None = None
    timeline: Timeline | None = None
    top: TopLists | None = None
    cluster_lists: bool = True  # each cluster's projects listed (the full pack, or a pack about clusters)

    def name(self, vocabulary: str, key: str | None) -> str | None:
        """A key's name in the pack's language; the key itself when the vocabulary lacks it."""
        if key is None:
            return None
        return self.names.get(vocabulary, {}).get(key, key)


@dataclass(frozen=True)
class DecideItem:
    """One thing the meeting must decide: an overdue decision, or a project that is red, has slipped or asks
    the federal level for something (`reasons` says which; the renderer words them)."""

    kind: str  # "decision" (an earlier meeting's decision not done in time) or "project"
    subject: str  # the decision's text or the project's name
    project_code: str | None
    owner: str | None
    asked: str | None  # what is asked of the meeting (a project's request to the federal level); None: a plan
    due: dt.date | None  # the decision's deadline, or the project's next date at risk
    reasons: tuple[tuple[str, Any], ...]  # ("rag", "red"), ("milestone", (title, date)), ("end_moved", (old, new))…


@dataclass(frozen=True)
class DecidePage:
    items: tuple[DecideItem, ...]
    more: tuple[str, ...]  # the codes of the projects left off to keep it to one page


@dataclass(frozen=True)
class TimelineLine:
    date: dt.date
    kind: str  # "milestone" or "action"
    reference: str  # the project's code, or the action's "number (year)"
    title: str
    owner: str | None  # the project's name, or the action's work area key
    overdue: bool


@dataclass(frozen=True)
class TimelineGroup:
    cluster: str | None  # None with kind "action": the roadmap's group; with "milestone": outside clusters
    kind: str
    lines: tuple[TimelineLine, ...]


@dataclass(frozen=True)
class Timeline:
    horizon: dt.date  # the last day of the "next 90 days"
    groups: tuple[TimelineGroup, ...]


@dataclass(frozen=True)
class TopLine:
    code: str
    name: str
    cluster: str | None
    total: float | None
    rag: str | None
    reasons: tuple[tuple[str, Any], ...]  # why it is at risk, the weightiest first


@dataclass(frozen=True)
class TopLists:
    largest: tuple[TopLine, ...]
    at_risk: tuple[TopLine, ...]


@dataclass(frozen=True)
class Before:
    """The summary tiles' figures at the comparison date (projects added since left out)."""

    projects: int
    money: Money
    jobs_created: int
    roadmap_done: tuple[int, ...]  # per edition, in the summary's roadmap order
