"""Row groups as a pivot table prints them: a row label (a cluster, a work area) written only on its group's
first row, the group closed by a subtotal row "<label> Итог" ("<label> Total"), and "Общий итог" at the end.

The rows between a label and its own subtotal belong to that label: their empty label cells take it. Without
the subtotal that names it, nothing is carried down (an empty cell stays empty), so an ordinary table whose
cells are simply blank is read as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ino_desktop.importer.readers import Cell
from ino_desktop.importer.values import is_empty
from ino_desktop.reference import fold

_SUBTOTAL = re.compile(r"^(.*?)\s+(?:итог|total)$")
_GRAND = frozenset({"общий итог", "grand total"})

Row = tuple[int, Sequence[Cell]]


def subtotal_label(cells: Sequence[Cell], at: int) -> str | None:
    """The label a pivot subtotal row closes ("Фармацевтический кластер Итог" → its label, folded), or ""
    for the grand total; None for any other row."""
    value = cells[at] if at < len(cells) else ""
    if not isinstance(value, str) or not value or not value.rstrip()[-5:].lower().endswith(("итог", "total")):
        return None  # the common case, told without folding the cell
    text = fold(value)
    if text in _GRAND:
        return ""
    found = _SUBTOTAL.match(text)
    return found.group(1) if found else None


class Groups:
    """Rows of one sheet through a pivot's row groups in `column` (the label column, left of the code);
    `keys`: the columns that identify a project (code, name): a row with none of them is passed on as it is."""

    def __init__(self, column: int, keys: Sequence[int]) -> None:
        self.column = column
        self.keys = keys
        self.label: Cell = ""
        self.held: list[Row] = []  # project rows under the label, their label cell empty, until the group closes

    def feed(self, number: int, cells: Sequence[Cell]) -> Iterator[Row]:
        """The rows ready to be read after this one; a subtotal row is never a project and is not passed on."""
        closed = subtotal_label(cells, self.column)
        if closed is not None and not self._keyed(cells):
            label = self.label if self.label != "" and closed == fold(str(self.label)) else None
            held, self.held, self.label = self.held, [], ""
            yield from ((n, _with(c, self.column, label)) if label is not None else (n, c) for n, c in held)
            return
        if not self._keyed(cells):
            yield number, cells  # a blank line, a heading: read (and skipped) as it is
            return
        value = cells[self.column] if self.column < len(cells) else ""
        if is_empty(value) and self.label != "":
            self.held.append((number, cells))
            return
        yield from self.finish()
        self.label = "" if is_empty(value) else value
        yield number, cells

    def finish(self) -> Iterator[Row]:
        held, self.held, self.label = self.held, [], ""
        yield from held

    def _keyed(self, cells: Sequence[Cell]) -> bool:
        return any(k < len(cells) and not is_empty(cells[k]) for k in self.keys)


def _with(cells: Sequence[Cell], at: int, value: Cell) -> list[Cell]:
    out = list(cells)
    out[at] = value
    return out
