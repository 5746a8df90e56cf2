"""What a briefing pack should hold: the request the command line (and later the window) makes.

A spec names keys and dates only; `build_pack` turns it into a pack model by querying the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ino_desktop.errors import InoError
from ino_desktop.languages import LANGUAGES
from ino_desktop.messages import message
from ino_desktop.services.filters import ProjectFilter

# Every section of a pack, in print order. Each can be switched off.
SECTIONS: tuple[str, ...] = (
    "cover", "decide", "agenda", "toc", "summary", "timeline", "top", "exceptions", "clusters", "charts",
    "roadmap", "decisions", "projects", "appendix",
)
# The ten-minute pack: no contents page and no full portfolio table; project pages only for the agenda's
# projects. `full` adds the contents, a page for every project, the per-cluster tables and the appendix.
FULL_ONLY = ("toc", "appendix")


class SpecError(InoError):
    kind = "usage"


def _unknown_section(name: str) -> SpecError:
    return SpecError(message("pack.unknown_section", section=name, sections=", ".join(SECTIONS)))


@dataclass(frozen=True)
class PackSpec:
    """The pack asked for.

    Selection: every project; narrowed by `view` (a saved filter's name) and/or `clusters`, and by
    `filter` (what the window's table shows: it intersects with the others, never widens them);
    with `agenda_only`, only the projects and clusters on the chosen meeting's agenda.
    `since` (default: the previous meeting's date) is the date the "what changed" parts compare with;
    `as_at` (default: the portfolio's own "as at" date) is the date the data speaks for.
    """

    lang: str = "ru"
    meeting_id: int | None = None
    clusters: tuple[str, ...] = ()
    view: str | None = None
    agenda_only: bool = False
    since: dt.date | None = None
    as_at: dt.date | None = None
    sections: tuple[str, ...] = SECTIONS
    marking: str | None = None
    title: str | None = None  # the cover's title when no meeting is chosen
    filter: ProjectFilter | None = None  # the window's current filter (navigator + search text)
    filter_label: str | None = None  # how the cover names that filter (the window's own caption)
    full: bool = False  # a page for every project and a table per cluster, not only the agenda's projects

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise SpecError(message("pack.unknown_language", lang=self.lang))
        unknown = [s for s in self.sections if s not in SECTIONS]
        if unknown:
            raise _unknown_section(unknown[0])
        if self.agenda_only and self.meeting_id is None:
            raise SpecError(message("pack.agenda_only"))

    def wants(self, section: str) -> bool:
        return section in self.sections


def default_sections(full: bool) -> tuple[str, ...]:
    """The sections a pack has by default (the full pack adds the appendix-like ones)."""
    return SECTIONS if full else tuple(s for s in SECTIONS if s not in FULL_ONLY)


def parse_sections(text: str | None, off: list[str] | tuple[str, ...] = (), *, full: bool = False) -> tuple[str, ...]:
    """A comma list of sections (default: the ten-minute pack, or all with `full`) minus the switched-off ones."""
    wanted = [s.strip().lower() for s in text.split(",") if s.strip()] if text else list(default_sections(full))
    for name in (*wanted, *off):
        if name not in SECTIONS:
            raise _unknown_section(name)
    return tuple(s for s in SECTIONS if s in wanted and s not in off)
