"""build_pack: every query a briefing pack needs, run once, into the plain pack model.

The renderer then works from the model alone, so what a pack says is tested here, exactly,
without reading a PDF.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy.orm import Session

from ino_desktop.briefing.collect import exceptions as exceptions_part
from ino_desktop.briefing.collect import meetings, pages, summary, tables
from ino_desktop.briefing.collect import roadmap as roadmap_part
from ino_desktop.briefing.collect.decide import decide
from ino_desktop.briefing.collect.history import histories
from ino_desktop.briefing.collect.names import vocabulary_names
from ino_desktop.briefing.collect.scope import Scope, resolve
from ino_desktop.briefing.collect.timeline import timeline
from ino_desktop.briefing.collect.top import top_lists
from ino_desktop.briefing.model import Pack
from ino_desktop.briefing.spec import PackSpec
from ino_desktop.progress import Progress, tick
from ino_desktop.services import portfolio
from ino_desktop.services.filters import ProjectFilter


def _window_filter(spec: PackSpec) -> ProjectFilter | None:
    return spec.filter if spec.filter is not None and not spec.filter.is_empty() else None


def _scope(spec: PackSpec, session: Session) -> Scope:
    scope = resolve(spec, session)
    flt = _window_filter(spec)
    if flt is not None:
        # The window's filter narrows whatever the view, clusters and agenda selected (an intersection).
        wanted = {r.id for r in portfolio.list_projects(session, flt, as_at=scope.as_at)}
        scope = dataclasses.replace(scope, rows=[r for r in scope.rows if r.id in wanted])
    return scope


def count_projects(session: Session, spec: PackSpec) -> int:
    """How many projects the pack asked for would cover (the dialog says it before printing)."""
    return len(_scope(spec, session).rows)


def build_pack(spec: PackSpec, session: Session, progress: Progress | None = None) -> Pack:
    """Collect the pack that the spec asks for from the portfolio, reporting progress per section (a
    cancel raises `Cancelled` at the next section; the build writes nothing)."""
    scope = _scope(spec, session)
    flt = _window_filter(spec)
    wants = spec.wants
    agenda = pages.on_agenda(scope)
    page_count = sum(1 for r in scope.rows if spec.full or r.id in agenda) if wants("projects") else 0
    steps = 7 + page_count
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        tick(progress, min(done, steps), steps)

    history = histories(session, scope.since_at, scope.codes)
    step()
    names = vocabulary_names(session, spec.lang)
    cover = meetings.cover(scope, portfolio.is_demo(session))
    if flt is not None:
        # The cover's coverage line names a selection by its view name: the filter gets its caption there.
        label = spec.filter_label or _filter_words(flt)
        named = f"{spec.view} · {label}" if spec.view else label
        cover = dataclasses.replace(cover, selection=dataclasses.replace(cover.selection, view=named))
    step()
    summary_page = summary.summary_page(session, scope, history) if wants("summary") else None
    charts = summary.charts(session, scope) if wants("charts") else None
    step()
    exceptions = exceptions_part.exceptions(session, scope, history) if wants("exceptions") else None
    step()
    clusters = tables.cluster_sections(session, scope) if wants("clusters") else None
    # The ten-minute pack gives pages only to the projects on the agenda: none there, no section at all
    # (a page headed "Project pages" that says "None" is a page the reader turns for nothing).
    project_pages = pages.project_pages(session, scope, history, step) \
        if page_count else None
    roadmap = roadmap_part.roadmap(session, scope) if wants("roadmap") else None
    step()
    decisions = meetings.decisions(scope) if wants("decisions") else None
    step()
    pack = Pack(
        lang=spec.lang, sections=spec.sections, names=names, cover=cover,
        agenda=meetings.agenda(scope) if wants("agenda") and scope.meeting is not None else None,
        summary=summary_page, charts=charts, exceptions=exceptions, clusters=clusters, projects=project_pages,
        roadmap=roadmap, decisions=decisions, appendix=tables.appendix(scope) if wants("appendix") else None,
        decide=decide(session, scope, history) if wants("decide") else None,
        timeline=timeline(session, scope) if wants("timeline") else None,
        top=top_lists(session, scope) if wants("top") else None,
        cluster_lists=spec.full or bool(spec.clusters),
    )
    step()
    return pack


def _filter_words(flt: ProjectFilter) -> str:
    """A filter as plain words when the caller gave no caption: its values, then the search text."""
    parts = [", ".join(values) for name, values in vars(flt).items()
             if isinstance(values, tuple) and values and name != "codes"]
    if flt.codes:
        parts.append(", ".join(flt.codes))
    if flt.text.strip():
        parts.append(f"«{flt.text.strip()}»")
    return " · ".join(parts) or "…"
