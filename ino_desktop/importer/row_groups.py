"""Rows that belong together: the groups a sheet's layout makes, read before each row is built.

- a cell merged down over a group of rows (a cluster over its projects) gives its value to each row of it;
- a pivot's row groups (`pivot`), where a term column stands left of the code and the name;
- a heading row between groups ("Фармацевтический кластер") gives the rows under it the term it names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ino_desktop.importer import pivot
from ino_desktop.importer.readers import Cell, Merged
from ino_desktop.importer.rows import ColumnMapping, Value
from ino_desktop.importer.wording.evidence import looks_like_code
from ino_desktop.importer.wording.values import match_value

SECTION_VOCABULARIES = ("cluster", "work_area", "category", "territory_type")


def heading(cells: Sequence[Cell], unsaid: Sequence[str], code_at: int | None) -> dict[str, Value] | None:
    """What a heading row between groups of projects names ("Фармацевтический кластер"), of the fields no
    column says: {field: key}; {} for a lone text that names none of them (the group before has ended); None
    for any other row."""
    lone, at = None, -1
    for i, c in enumerate(cells):  # a plain loop that stops at a second text: a data row has several at once
        if type(c) is str and c.strip():
            if lone is not None:
                return None
            lone, at = c, i
    if lone is None or (at == code_at and looks_like_code(lone)):
        return None  # (a heading may carry its group's sums: "Кластер ядерных технологий | | 45,0"; a row of a
        # code and figures alone is a project's)
    text = _HEADING_NUMBER.sub("", lone)  # "1. Нефтехимический кластер", "Раздел II. …"
    named: dict[str, Value] = {}
    for f in unsaid:
        key = match_value(f, text).key
        if key:
            named[f] = key
    return named if len(named) == 1 else {}  # a heading of none ("Проекты, не отнесённые к кластерам"), a total


_HEADING_NUMBER = re.compile(r"^\s*(?:раздел|section|part|часть)?\s*[\dIVXivx]+(?:\.\d+)*[.)]?\s+", re.IGNORECASE)


# Fields a cell merged down over a group of rows gives to each of them (a cluster over its projects); not the code
# or the name, which a pair of plan and fact rows may share.
_MERGED_DOWN = (*SECTION_VOCABULARIES, "location", "lead_organization")


def merged_down(rows: Iterator[tuple[int, Sequence[Cell]]], columns: Sequence[ColumnMapping],
                 merged: Sequence[Merged]) -> Iterator[tuple[int, Sequence[Cell]]]:
    """The sheet's rows, with a cell merged down over several rows in a term, place or organisation column
    given to each row of its range (Excel keeps the value in the top cell only)."""
    wanted = {c.index for c in columns if c.field in _MERGED_DOWN} | {c.unit_from for c in columns if c.unit_from}
    spans = [(r0 + 1, r1 + 1, c0) for r0, c0, r1, c1 in merged if r1 > r0 and c0 == c1 and c0 in wanted]
    if not spans:
        yield from rows
        return
    starting: dict[int, list[tuple[int, int]]] = {}
    for first, last, col in spans:
        starting.setdefault(first, []).append((last, col))
    active: list[tuple[int, int, Cell]] = []  # (last row, column, the top cell's value) of the ranges open now
    for number, cells in rows:
        active = [a for a in active if a[0] >= number]
        filled: list[Cell] | None = None
        for _last, col, top in active:
            if col >= len(cells) or cells[col] == "":
                filled = filled if filled is not None else list(cells) + [""] * max(0, col + 1 - len(cells))
                filled[col] = top
        active += [(last, col, cells[col]) for last, col in starting.get(number, ()) if col < len(cells)]
        yield number, (filled if filled is not None else cells)


def pivot_label(columns: Sequence[ColumnMapping]) -> int | None:
    """The column of a pivot's row labels: a term column left of the code and the name."""
    keys = [c.index for c in columns if c.field in ("code", "name")]
    labels = [c.index for c in columns if c.field in SECTION_VOCABULARIES and keys and c.index < min(keys)]
    return min(labels) if labels else None


def through_groups(rows: Iterator[tuple[int, Sequence[Cell]]], columns: Sequence[ColumnMapping]
                    ) -> Iterator[tuple[int, Sequence[Cell]]]:
    """The sheet's rows, a pivot's row groups read (`pivot`) where a vocabulary column is left of the code."""
    label = pivot_label(columns)
    if label is None:
        yield from rows
        return
    groups = pivot.Groups(label, [c.index for c in columns if c.field in ("code", "name")])
    for number, cells in rows:
        yield from groups.feed(number, cells)
    yield from groups.finish()
