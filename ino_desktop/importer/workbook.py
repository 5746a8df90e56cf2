"""Reading a workbook (or CSV file) whole: a file → its project tables (`ReadResult`), or `ImportRefused`
with one line. (`readers.py` gives this module the raw cells of each sheet.)

    load (size cap) → sniff (real type, container safety) → readers (cells; .xlsx pre-scanned)
    → table (header, mapping, rows) → validate (values, issues) → duplicate codes across the file

Nothing here touches the database. Every failure reaches the caller as `ImportRefused`; an
unexpected exception from a parser is turned into one too, so no input ever ends in a traceback.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import BinaryIO

from ino_desktop.errors import ImportRefused
from ino_desktop.importer import returned
from ino_desktop.importer.limits import Limits
from ino_desktop.importer.readers import RawBook, open_book
from ino_desktop.importer.rows import Profile, ReadResult, RowIssue, SheetTable, SourceRow
from ino_desktop.importer.sniff import Source, load, sniff
from ino_desktop.importer.table import read_sheet
from ino_desktop.messages import Joined, Rows, message


def read_workbook(path: Path | str | bytes | BinaryIO, *, profile: Profile | None = None,
                  sheet: str | None = None, file_name: str | None = None,
                  limits: Limits | None = None) -> ReadResult:
    """Read every project table of a workbook or CSV file (or only `sheet`, or the profile's sheet)."""
    limits = limits or Limits()
    shown = file_name or (Path(path).name if isinstance(path, str | Path) else "the file")
    try:
        return _read(path, profile, sheet or (profile.sheet if profile else None), file_name, limits)
    except ImportRefused as refused:
        raise refused.with_traceback(None) from None  # one line, without the parser's frames
    except MemoryError:
        raise ImportRefused(message("file.too_large_in_memory", file=shown), kind="too_large") from None
    except RecursionError:
        raise ImportRefused(message("file.nested_too_deeply", file=shown), kind="damaged") from None
    except Exception as exc:  # a parser's surprise must not become a traceback
        detail = _one_line(str(exc))[:160] or type(exc).__name__
        raise ImportRefused(message("file.unreadable_the", file=shown, detail=f"{type(exc).__name__}: {detail}"),
                            kind="unreadable") from None


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _read(path: Path | str | bytes | BinaryIO, profile: Profile | None, only_sheet: str | None,
          file_name: str | None, limits: Limits) -> ReadResult:
    src = load(path, file_name, limits)
    sniffed = sniff(src, limits)
    book = open_book(src, sniffed, limits, only_sheet if sniffed.kind != "csv" else None)
    # A returned data-request template maps itself and carries what was sent (returned.py).
    template = returned.take_template(book, src, sniffed, limits)
    if template is not None:
        profile = returned.template_profile(template, profile)
        if only_sheet is None:
            book.sheets = [s for s in book.sheets if s.name == template.sheet]
    names = [s.name for s in book.sheets]
    if only_sheet is not None and sniffed.kind != "csv" and only_sheet not in names:
        shown = ", ".join(f"'{n}'" for n in names[:10])
        raise ImportRefused(message("file.no_such_sheet", file=src.file_name, sheet=only_sheet, sheets=shown),
                            kind="no_data")
    result = ReadResult(src.path, src.file_name, src.sha256, book.kind, [], [s.name for s in book.sheets],
                        notes=list(book.notes), template=template)
    _read_tables(book, result, profile, limits)
    if not result.tables:
        _refuse_empty(src, result)
    _drop_hidden_copies(result)
    mark_duplicate_codes(result.tables)
    return result


def _drop_hidden_copies(result: ReadResult) -> None:
    """A hidden sheet holding projects the visible sheets hold too is an old copy kept out of sight ("Архив
    2022"): it is not read, with a note, rather than its rows set against the visible ones as duplicates."""
    visible = {r.values.get("code") for t in result.tables if not t.hidden for r in _rows(t)} - {None}
    for table in [t for t in result.tables if t.hidden]:
        shared = {r.values.get("code") for r in _rows(table)} & visible
        if shared:
            result.tables.remove(table)
            result.notes.append(message("note.hidden_copy", sheet=table.sheet, count=len(shared)))


def _rows(table: SheetTable) -> list[SourceRow]:
    """A table's rows, read once into a list (they may come as a generator)."""
    if not isinstance(table.rows, list):
        table.rows = list(table.rows)
    return table.rows


def _read_tables(book: RawBook, result: ReadResult, profile: Profile | None, limits: Limits) -> None:
    header_only: list[str] = []
    for raw in book.sheets:
        clear_marks = returned.watch_clear_marks(raw)
        outcome = read_sheet(raw, profile=profile, limits=limits, date1904=book.date1904)
        raw.rows = None  # lets calamine free the sheet's cells before the next sheet is loaded
        if outcome.table is not None:
            returned.mark_cleared(outcome.table, clear_marks)
        result.notes += outcome.notes
        for name, spellings in outcome.unknown_spellings.items():
            merged = result.unknown_spellings.setdefault(name, {})
            for text, where in spellings.items():
                merged.setdefault(text, []).extend(where)
        if outcome.table is None:
            result.skipped_sheets[raw.name] = outcome.skip_reason or message("sheet.no_table")
            if raw.hidden:
                result.notes.append(message("note.hidden_not_read", sheet=raw.name,
                                            reason=result.skipped_sheets[raw.name]))
            continue
        if not outcome.table.rows:
            result.skipped_sheets[raw.name] = message("sheet.header_only")
            header_only.append(raw.name)
            continue
        if raw.hidden:
            result.notes.append(message("note.hidden_read", sheet=raw.name))
        result.tables.append(outcome.table)


def _refuse_empty(src: Source, result: ReadResult) -> None:
    headers = [s for s, why in result.skipped_sheets.items() if why.code == "sheet.header_only"]
    if headers:
        raise ImportRefused(message("file.header_only", file=src.file_name, sheet=headers[0]), kind="no_data")
    if not result.sheets:
        raise ImportRefused(message("file.no_data_sheet", file=src.file_name), kind="no_data")
    reasons = Joined(tuple(message("sheet.skipped", sheet=s, reason=why)
                           for s, why in list(result.skipped_sheets.items())[:3]), "; ")
    more = len(result.skipped_sheets) - 3
    detail = message("sheet.and_more", sheets=reasons, count=more) if more > 0 else reasons
    raise ImportRefused(message("file.no_table", file=src.file_name, detail=detail), kind="no_data")


def _comparable(row: SourceRow) -> tuple[tuple[str, object], ...]:
    """A row's values in a form where 12.30000001 and 12.3 are the same data."""
    return tuple((key, round(value, 4) if isinstance(value, float) and math.isfinite(value) else value)
                 for key, value in sorted(row.values.items()))


def mark_duplicate_codes(tables: list[SheetTable]) -> None:
    """A code on several rows of the file with different data rejects every such row (kind
    duplicate_code); copies with identical data are left alone. Materialises the tables' rows."""
    first: dict[str, SourceRow] = {}  # code -> the first row that has it
    by_code: dict[str, list[SourceRow]] = {}  # only the codes on more than one row: a list per code is not made
    for table in tables:
        for row in _rows(table):
            code = row.values.get("code")
            if isinstance(code, str) and code.strip():
                key = code.strip().upper()
                seen = first.setdefault(key, row)
                if seen is not row:
                    by_code.setdefault(key, [seen]).append(row)
    for rows in by_code.values():
        if len({_comparable(r) for r in rows}) == 1:
            continue
        where = Rows(tuple((r.sheet, r.row) for r in rows[:5]))
        for row in rows:
            code = row.values.get("code")
            row.issues.append(RowIssue(row.sheet, row.row, row.column("code"), "code",
                                             message("row.duplicate_code", code=code, rows=where), code=str(code),
                                             kind="duplicate_code"))
