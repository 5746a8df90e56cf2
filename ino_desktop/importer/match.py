"""Which stored project each row of a workbook speaks of: by code, else by normalised name.

A row with a code updates the project with that code, or creates one when the code is new; a new code
that is a stored one mistyped ("INO-002" for INO-0002) is rejected with the likely code. A row
without a code is matched by name as `reference.fold` compares names (case, ё/е, quote style, runs
of spaces); a name shared by two projects is ambiguous and rejected rather than guessed.

In a returned data-request template (`codes` = the codes it was sent with) a row without a code whose
name is unknown is a new project (matched_by "new": planning gives it the next free code), and a code
the request did not carry is refused: codes are the office's to give.
"""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from ino_desktop.importer.merge import code_key
from ino_desktop.importer.rows import RowIssue, SourceRow
from ino_desktop.messages import Rows, message
from ino_desktop.models import Project
from ino_desktop.reference import fold


class Match(NamedTuple):
    """The outcome for one row: the project it updates (or None to create), or why it cannot be placed.
    A named tuple: immutable like a frozen dataclass, and made in less than half its time, once per row."""

    project_id: int | None
    code: str | None  # the stored code for an update, the new code for a create
    matched_by: str | None  # "code" | "name" | "new" (a template's new row, code to give) | None
    issue: RowIssue | None = None


class ProjectIndex:
    """Every stored project's id, code and name, looked up by code and by folded name.

    Only these three columns are loaded, so the index of a large portfolio stays small; the stored
    values of the projects actually matched are fetched afterwards (plan.py).
    """

    def __init__(self, rows: list[tuple[int, str, str]]) -> None:
        self.by_code: dict[str, int] = {}
        self.names: dict[int, str] = {}
        self.codes: dict[int, str] = {}
        self.by_name: dict[str, list[int]] = defaultdict(list)
        self.by_upper: dict[str, int | None] = {}  # "ino-0001" finds INO-0001; None when two codes clash
        for pid, code, name in rows:
            self.by_code[code] = pid
            self.by_upper[code.upper()] = None if code.upper() in self.by_upper else pid
            self.codes[pid] = code
            self.names[pid] = name
            self.by_name[fold(name)].append(pid)
        self._by_key: dict[tuple[str, int], str] | None = None

    def near(self, code: str) -> str | None:
        """The stored code `code` is a misspelling of (same letters and number), if exactly one."""
        if self._by_key is None:
            keyed: dict[tuple[str, int], str | None] = {}
            for stored in self.by_code:
                key = code_key(stored)
                if key is not None:
                    keyed[key] = None if key in keyed else stored
            self._by_key = {k: v for k, v in keyed.items() if v is not None}
        if not self._by_key:  # an empty portfolio: nothing to misspell (and no key to compute per row)
            return None
        key = code_key(code)
        return self._by_key.get(key) if key is not None else None

    @classmethod
    def load(cls, session: Session) -> ProjectIndex:
        return cls([(pid, code, name) for pid, code, name in session.execute(
            select(Project.id, Project.code, Project.name))])

    def __len__(self) -> int:
        return len(self.codes)


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def match_row(row: SourceRow, index: ProjectIndex, codes: set[str] | None = None) -> Match:
    """`codes`: those a returned data-request template was sent with (None for any other file)."""
    code = _text(row.values.get("code"))
    if code is not None:
        pid = index.by_code.get(code) or index.by_upper.get(code.upper())
        if pid is not None:
            return Match(pid, index.codes[pid], "code")
        near = index.near(code)
        if near is not None:
            return Match(None, None, None, RowIssue(
                row.sheet, row.row, row.column("code"), "code", message("row.unknown_code", code=code, near=near),
                code=code, kind="unknown_code"))
        if codes is not None:
            return Match(None, None, None, RowIssue(
                row.sheet, row.row, row.column("code"), "code", message("row.code_not_requested", code=code),
                code=code, kind="outside_selection"))
        return Match(None, code, None)
    name = _text(row.values.get("name"))
    if name is None:
        return Match(None, None, None, RowIssue(row.sheet, row.row, row.column("code"), "code",
                                                      message("row.no_code_no_name"), kind="no_match"))
    found = index.by_name.get(fold(name), [])
    if len(found) == 1:
        pid = found[0]
        return Match(pid, index.codes[pid], "name")
    name_cell = row.column("name")
    if not found and codes is not None:
        return Match(None, None, "new")
    if not found:
        return Match(None, None, None, RowIssue(
            row.sheet, row.row, row.column("code") or name_cell, "code",
            message("row.no_such_name", name=_short(name)), kind="no_match"))
    several = ", ".join(sorted(index.codes[p] for p in found))
    return Match(None, None, None, RowIssue(
        row.sheet, row.row, name_cell, "name", message("row.ambiguous_name", name=_short(name), codes=several),
        kind="ambiguous_name"))


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def collisions(placed: list[tuple[SourceRow, Match]]) -> tuple[dict[int, RowIssue], dict[int, int]]:
    """Rows of one file aimed at the same project (a code on one row, its name on another, a new code
    twice, …), by position in `placed`.

    Copies that carry the same values are harmless: the first acts and the others repeat it (the
    reader's rule for duplicate codes). Copies that differ are each rejected, since which of them the
    agency meant cannot be told. Returns (issues to attach, repeats: position -> position it repeats).
    """
    first: dict[tuple[str, object], int] = {}  # target -> the first position aimed at it
    targets: dict[tuple[str, object], list[int]] = {}  # only the targets of two rows or more: no list per row
    for pos, (row, m) in enumerate(placed):
        if m.issue is not None or (row.issues and row.rejected):
            continue  # already rejected (the reader's duplicate codes among them): said once is enough
        if m.project_id is not None:
            target: tuple[str, object] = ("project", m.project_id)
        elif m.code is not None:
            target = ("new", m.code.upper())
        else:
            continue
        seen = first.setdefault(target, pos)
        if seen != pos:
            targets.setdefault(target, [seen]).append(pos)
    issues: dict[int, RowIssue] = {}
    repeats: dict[int, int] = {}
    for positions in targets.values():
        if len({_comparable(placed[p][0]) for p in positions}) == 1:
            repeats.update((p, positions[0]) for p in positions[1:])
            continue
        where = Rows(tuple((placed[p][0].sheet, placed[p][0].row) for p in positions[:5]))
        for p in positions:
            row, m = placed[p]
            issues[p] = RowIssue(row.sheet, row.row, None, None,
                                       message("row.duplicate_target", code=m.code, rows=where), code=m.code,
                                       kind="duplicate_target")
    return issues, repeats


def _comparable(row: SourceRow) -> tuple[tuple[str, str], ...]:
    """A row's values without its code and name (a name match may spell them differently), comparable."""
    return tuple(sorted((f, repr(v)) for f, v in row.values.items() if f not in ("code", "name")))
