"""Two things the reader learns before it reads the rows (workbook.py calls these, and only these):

- a returned data-request template describes itself (exporting/template_meta.py): its metadata sheet
  becomes the `Profile` that maps its headers, and the snapshot of what was sent travels with the
  `ReadResult` for the three-way merge (plan.py);
- a cell holding the clearing word ("ОЧИСТИТЬ") is an explicit "remove the stored value", unlike a blank,
  which means no answer. The reader sees such a cell as blank; the row remembers the field in `cleared`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ino_desktop.errors import ImportRefused
from ino_desktop.exporting.template_meta import (
    CLEAR_WORDS,
    META_SHEET,
    MetaDamaged,
    TemplateMeta,
    column_a,
    from_cells,
    is_clear_marker,
)
from ino_desktop.importer.limits import Limits
from ino_desktop.importer.readers import RawBook, RawSheet, open_book
from ino_desktop.importer.rows import Profile, SheetTable
from ino_desktop.importer.sniff import Sniffed, Source
from ino_desktop.messages import message

# The spellings looked for at C speed before a row's cells are looked at one by one.
_QUICK = frozenset(w for word in CLEAR_WORDS for w in (word, word.lower(), word.capitalize()))

ClearMarks = dict[int, list[int]]  # Excel row -> 0-based column indexes that held the clearing word


def take_template(book: RawBook, src: Source, sniffed: Sniffed, limits: Limits) -> TemplateMeta | None:
    """The request description of a returned template, removed from the sheets to read; None otherwise."""
    sheet = next((s for s in book.sheets if s.name == META_SHEET), None)
    if sheet is None:
        return None
    book.sheets.remove(sheet)
    if sheet.rows is None:  # another sheet was asked for: open the description on its own
        sheet = next(s for s in open_book(src, sniffed, limits, META_SHEET).sheets if s.name == META_SHEET)
    try:
        return from_cells(column_a(sheet.rows())) if sheet.rows is not None else None
    except MetaDamaged as exc:
        raise ImportRefused(message("file.template_damaged", file=src.file_name, detail=exc), kind="damaged") from None


def template_profile(meta: TemplateMeta, base: Profile | None) -> Profile:
    """The template's own headers first; the source's saved value spellings, if any, kept."""
    values = {f: dict(v) for f, v in base.values.items()} if base else {}
    columns: dict[str, str | None] = dict(base.columns) if base else {}
    columns.update(meta.columns)
    return Profile(base.source if base else (meta.agency or ""), columns, values, meta.sheet)


def watch_clear_marks(raw: RawSheet) -> ClearMarks:
    """Make the sheet's rows show the clearing word as a blank, and say where it was."""
    marks: ClearMarks = {}
    inner = raw.rows
    if inner is None:
        return marks

    def rows() -> Iterator[tuple[int, list[object]]]:
        for number, cells in inner():
            try:
                quick = not _QUICK.isdisjoint(cells)
            except TypeError:  # an unhashable cell: look at each
                quick = True
            hits = [i for i, v in enumerate(cells) if is_clear_marker(v)] if quick else []
            if hits:
                marks[number] = hits
                yield number, ["" if i in hits else v for i, v in enumerate(cells)]
            else:
                yield number, cells

    raw.rows = rows
    return marks


def mark_cleared(table: SheetTable, marks: ClearMarks) -> None:
    """Give each row the fields its clearing words stand for (rows are materialised by then)."""
    if not marks:
        return
    fields = {c.index: c.field for c in table.columns if c.field}
    for row in table.rows:
        hits = marks.get(row.row)
        if hits:
            row.cleared = frozenset(fields[i] for i in hits if i in fields)
