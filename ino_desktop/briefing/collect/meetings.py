"""The meeting's side of a pack: the cover, the agenda and the follow-up of the previous decisions."""

from __future__ import annotations

from ino_desktop.briefing.collect.scope import Scope, meeting_ref
from ino_desktop.briefing.model import AgendaLine, Cover, DecisionLine, DecisionsFollowUp, Selection


def cover(scope: Scope, is_demo: bool) -> Cover:
    """The cover: title, meeting, previous meeting and marking."""
    spec = scope.spec
    return Cover(
        title=scope.local(scope.meeting.title, scope.meeting.title_en) if scope.meeting is not None else spec.title,
        meeting=meeting_ref(scope.meeting, scope), previous_meeting=meeting_ref(scope.previous, scope),
        as_at=scope.as_at, since=scope.since, marking=spec.marking, is_demo=is_demo,
        selection=Selection(tuple(spec.clusters), spec.view, spec.agenda_only, len(scope.rows)),
    )


def agenda(scope: Scope) -> tuple[AgendaLine, ...]:
    """The meeting's agenda lines in the pack's language (empty without a meeting)."""
    if scope.meeting is None:
        return ()
    return tuple(
        AgendaLine(item.position, scope.local(item.title, item.title_en), item.speaker,
                   item.project.code if item.project else None,
                   scope.local(item.project.name, item.project.name_en) if item.project else None,
                   item.cluster, item.action.number if item.action else None)
        for item in scope.meeting.agenda
    )


def decisions(scope: Scope) -> DecisionsFollowUp:
    """The previous meeting's decisions, each with its status and whether its deadline has passed."""
    previous = scope.previous
    if previous is None:
        return DecisionsFollowUp(None, ())
    lines = tuple(
        DecisionLine(d.number, scope.local(d.text, d.text_en), d.responsible, d.deadline, d.status, d.follow_up,
                     d.is_overdue(scope.as_at),
                     d.project.code if d.project else None)
        for d in previous.decisions
    )
    return DecisionsFollowUp(meeting_ref(previous, scope), lines)
