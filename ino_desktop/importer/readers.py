"""Cells out of a file: every format becomes sheets of numbered rows of raw cell values.

Workbooks are read by python-calamine; for .xlsx/.xlsm each worksheet part is pre-scanned first
(`limits.scan_sheet_xml`) so that a sheet calamine must not load is refused, and so that what
calamine cannot tell (a formula without a cached value, a cached error, a number format that pads
an ID with zeros) travels with the sheet.

python-calamine (0.9) returns "" for a cached error value and for a formula without a cached value,
in every format. For .xlsx/.xlsm the pre-scan finds both, cell by cell. An .ods file's errors are
counted and reported as a note (`_ods_error_notes`), without their cells. In .xls and .xlsb files
they read as empty cells unnoticed: finding them would take a BIFF/BIFF12 record reader of our own.
CSV is decoded (UTF-8 with or without BOM, UTF-16, Windows-1251) and split on the separator found
in its first lines. Row numbers are Excel row numbers, or line numbers in a CSV file.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import python_calamine as pc
from defusedxml import ElementTree

from ino_desktop.errors import ImportRefused
from ino_desktop.importer.limits import Limits, SheetScan, scan_sheet_xml
from ino_desktop.importer.ods_merges import Merged, ods_merges
from ino_desktop.importer.sniff import Sniffed, Source, damaged, verify_part
from ino_desktop.importer.values import UNIT_MARK, shown_unit, zero_padded
from ino_desktop.messages import Message, message
from ino_desktop.os_errors import first_line

Cell = Any  # str | float | int | bool | date | datetime | time | timedelta, "" when empty
RowIter = Iterator[tuple[int, list[Cell]]]

csv.field_size_limit(max(csv.field_size_limit(), 16 * 1024 * 1024))

_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"


class SheetUnreadable(Exception):
    """A sheet whose cells the reader could not load; the other sheets may still be read."""


@dataclass
class RawSheet:
    name: str
    rows: Callable[[], RowIter] | None  # None when the sheet holds no cells to read
    hidden: bool = False
    merged: list[Merged] = field(default_factory=list)
    scan: SheetScan | None = None
    skip_reason: Message | None = None  # set when the sheet cannot hold a table (chart, unreadable)
    # column → the units its number cells show through their format (xlsx and xlsm only; values.shown_unit)
    shown_units: dict[int, frozenset[tuple[str, int, str]]] = field(default_factory=dict)
    # (row, column) → how many thousands a format with no unit divides a number by when it shows it ('#,##0,')
    scaled: dict[tuple[int, int], int] = field(default_factory=dict)


@dataclass
class RawBook:
    kind: str
    sheets: list[RawSheet]
    date1904: bool = False
    notes: list[Message] = field(default_factory=list)


def open_book(src: Source, sniffed: Sniffed, limits: Limits, only_sheet: str | None = None) -> RawBook:
    """Read a sniffed file's sheets (or only one) into raw rows."""
    if sniffed.kind == "csv":
        sheet, how = read_csv(src)
        return RawBook("csv", [sheet], notes=[*sniffed.notes, how])
    scans: dict[str, SheetScan] = {}
    date1904 = False
    if sniffed.kind in ("xlsx", "xlsm"):
        scans, date1904 = _prescan_ooxml(src, sniffed, limits, only_sheet)
    elif sniffed.kind in ("xlsb", "ods"):
        _verify_zip(src)
    notes = list(sniffed.notes)
    merges: dict[str, list[Merged]] = {}
    if sniffed.kind == "ods":
        notes += _ods_error_notes(src)
        merges = ods_merges(src.data)
    try:
        wb = pc.CalamineWorkbook.from_filelike(io.BytesIO(src.data))
    except pc.PasswordError:
        raise ImportRefused(message("file.encrypted_plain", file=src.file_name), kind="encrypted") from None
    except Exception as exc:  # calamine reports a broken container in many ways
        raise ImportRefused(message("file.unreadable_workbook", file=src.file_name, format=sniffed.kind,
                                    detail=_first_line(exc)), kind="damaged") from None
    metas = wb.sheets_metadata
    if len(metas) > limits.max_sheets:
        raise ImportRefused(message("file.too_many_sheets", file=src.file_name, count=len(metas),
                                    limit=limits.max_sheets), kind="too_large")
    sheets = [_calamine_sheet(wb, meta, scans.get(meta.name), merges.get(meta.name))
              if only_sheet in (None, meta.name)
              else RawSheet(meta.name, None, meta.visible != pc.SheetVisibleEnum.Visible,
                            skip_reason=message("sheet.not_asked", sheet=only_sheet))
              for meta in metas]
    return RawBook(sniffed.kind, sheets, date1904, notes)


def _first_line(exc: BaseException) -> str:
    return first_line(exc)[:120]


def _calamine_sheet(wb: pc.CalamineWorkbook, meta: Any, scan: SheetScan | None,
                    merged: list[Merged] | None = None) -> RawSheet:
    """A sheet that calamine loads only when its rows are asked for, so one sheet is in memory at a
    time; its merged ranges are known from then on (an .ods file's from `ods_merges`, which calamine does
    not give). A load failure raises `SheetUnreadable`."""
    hidden = meta.visible != pc.SheetVisibleEnum.Visible
    if meta.typ != pc.SheetTypeEnum.WorkSheet:
        return RawSheet(meta.name, None, hidden, skip_reason=message("sheet.chart"))
    percent = _percent_cells(scan)
    scaled = _scaled_cells(scan)
    raw = RawSheet(meta.name, None, hidden, scan=scan, shown_units=_shown_units(scan), scaled=scaled)

    def rows() -> RowIter:
        try:
            sheet = wb.get_sheet_by_name(meta.name)
        except Exception as exc:  # calamine's errors for a broken sheet part vary (OSError, XmlError…)
            raise SheetUnreadable(_first_line(exc)) from None
        raw.merged = [(a[0], a[1], b[0], b[1]) for a, b in (sheet.merged_cell_ranges or [])] or merged or []
        if sheet.height and sheet.width:
            yield from _as_percent(_numbered_rows(sheet), percent) if percent else _numbered_rows(sheet)

    raw.rows = rows
    return raw


def _numbered_rows(sheet: Any) -> RowIter:
    """calamine's rows with Excel row numbers and cells from column A. python-calamine 0.9 yields rows
    from row 1 but cells from the first used column; an older or newer one may start both at the used
    area, so which it is is told from the first row and the row width rather than assumed."""
    first_row, first_col = sheet.start
    last_col = sheet.end[1]
    iterator = iter(sheet.iter_rows())
    first = next(iterator, None)
    if first is None:
        return
    absolute_rows = first_row > 0 and all(c == "" for c in first)
    pad = [""] * first_col if first_col and len(first) == last_col - first_col + 1 else []
    base = 1 if absolute_rows else first_row + 1
    yield base, pad + first if pad else first
    if not pad:  # numbered in C: no Python step per row
        yield from zip(itertools.count(base + 1), iterator)
        return
    for offset, cells in enumerate(iterator, start=1):
        yield base + offset, pad + cells


_ODS_ERROR = b'calcext:value-type="error"'


def _ods_error_notes(src: Source) -> list[Message]:
    """python-calamine reads a cached error (#DIV/0!, #N/A) of an .ods, .xls or .xlsb file as an empty
    cell and does not say where it was. An .ods file marks them in its content, so they are at least
    counted and reported, never passed over in silence. (.xls and .xlsb: see the module notes.)"""
    count, tail = 0, b""
    with zipfile.ZipFile(io.BytesIO(src.data)) as zf:
        if "content.xml" not in zf.namelist():
            return []
        with zf.open("content.xml") as fh:
            while block := fh.read(4 * 1024 * 1024):
                buf = tail + block
                count += buf.count(_ODS_ERROR)
                tail = buf[-(len(_ODS_ERROR) - 1):]
    if not count:
        return []
    return [message("note.ods_errors", file=src.file_name, count=count)]


def _verify_zip(src: Source) -> None:
    """Read every part once so a checksum or size mismatch is 'damaged', not a parser's surprise."""
    with zipfile.ZipFile(io.BytesIO(src.data)) as zf:
        for info in zf.infolist():
            verify_part(zf, info.filename, src.file_name)


def _prescan_ooxml(src: Source, sniffed: Sniffed, limits: Limits,
                   only_sheet: str | None) -> tuple[dict[str, SheetScan], bool]:
    name = src.file_name
    part = sniffed.workbook_part or "xl/workbook.xml"
    with zipfile.ZipFile(io.BytesIO(src.data)) as zf:
        names = set(zf.namelist())
        try:
            root = ElementTree.fromstring(zf.read(part))
            rels_part = f"{part.rsplit('/', 1)[0]}/_rels/{part.rsplit('/', 1)[-1]}.rels"
            rels = ElementTree.fromstring(zf.read(rels_part)) if rels_part in names else None
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
            raise damaged(name, part, exc) from None
        except Exception as exc:  # defusedxml's refusals and ParseError
            raise ImportRefused(message("file.invalid_xml", file=name, part=part, detail=_first_line(exc)),
                                kind="damaged") from None
        pr = root.find(f"{_NS_MAIN}workbookPr")
        date1904 = pr is not None and pr.get("date1904", "").lower() in ("1", "true")
        targets: dict[str, str] = {}
        styles_part = None
        if rels is not None:
            base = part.rsplit("/", 1)[0]
            for rel in rels.iter(f"{_NS_PKG}Relationship"):
                target = rel.get("Target", "")
                full = target.lstrip("/") if target.startswith("/") else f"{base}/{target}"
                targets[rel.get("Id", "")] = _normalise(full)
                if rel.get("Type", "").endswith("/styles"):
                    styles_part = _normalise(full)
        padded = _padded_styles(zf, styles_part, name) if styles_part in names else {}
        scans: dict[str, SheetScan] = {}
        for sheet in root.iter(f"{_NS_MAIN}sheet"):
            sheet_name = sheet.get("name", "")
            target = targets.get(sheet.get(f"{_NS_REL}id", ""), "")
            if target not in names or (only_sheet is not None and sheet_name != only_sheet):
                continue
            try:
                with zf.open(target) as fh:
                    scans[sheet_name] = scan_sheet_xml(fh, limits, name, sheet_name, padded)
            except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, ValueError) as exc:
                raise damaged(name, target, exc) from None
        for other in names:
            if other.endswith(".xml") and "worksheets/" not in other:
                verify_part(zf, other, name)
    return scans, date1904


BUILTIN_PERCENT = {"9": "0%", "10": "0.00%"}  # Excel's built-in number formats that show a percentage
PERCENT = ("%", 0, "")  # marks a percent-formatted style among the padded ones, so the pre-scan finds its cells


def is_percent(format_code: str) -> bool:
    """A number format that shows the value times 100 with '%' (not a '%' inside quoted text)."""
    section = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", format_code.split(";", 1)[0])
    return "%" in section


def _percent_cells(scan: SheetScan | None) -> dict[int, list[int]]:
    """Row → columns of the number cells shown as a percentage, taken out of the scan's padded cells."""
    if scan is None:
        return {}
    found: dict[int, list[int]] = {}
    for key in [k for k, fmt in scan.padded.items() if fmt == PERCENT]:
        del scan.padded[key]
        found.setdefault(key[0], []).append(key[1])
    return found


def _scaled_cells(scan: SheetScan | None) -> dict[tuple[int, int], int]:
    """(row, column) → the thousands a format with no unit of its own divides the cell's number by when it shows
    it ('#,##0,' shows 1 500 000 as «1 500»). The formats stay among the padded ones for `_shown_units`."""
    if scan is None:
        return {}
    return {key: fmt[1] for key, fmt in scan.padded.items() if fmt[0] == UNIT_MARK and not fmt[2]}


def _shown_units(scan: SheetScan | None) -> dict[int, frozenset[tuple[str, int, str]]]:
    """Column → the unit formats its number cells show, taken out of the scan's padded cells."""
    if scan is None:
        return {}
    found: dict[int, set[tuple[str, int, str]]] = {}
    for key in [k for k, fmt in scan.padded.items() if fmt[0] == UNIT_MARK]:
        found.setdefault(key[1], set()).add(scan.padded.pop(key))
    return {column: frozenset(formats) for column, formats in found.items()}


def _as_percent(rows: RowIter, percent: dict[int, list[int]]) -> RowIter:
    """A cell formatted as 5 % holds 0.05: give it as the text '5 %', which no amount takes silently."""
    for number, cells in rows:
        columns = percent.get(number)
        if not columns:
            yield number, cells
            continue
        shown = list(cells)
        for col in columns:
            value = shown[col] if col < len(shown) else None
            if isinstance(value, int | float) and not isinstance(value, bool):
                shown[col] = f"{value * 100:g} %"
        yield number, shown


def _padded_styles(zf: zipfile.ZipFile, part: str | None, name: str) -> dict[int, tuple[str, int, str]]:
    """Cell style index → its number format, for the styles whose format changes what a cell says (zero
    padding "00000", a percentage, a unit). calamine gives a number cell's value, not how it shows; an ID
    typed as 00123 in such a format would otherwise arrive as 123 without a word."""
    if part is None:
        return {}
    try:
        root = ElementTree.fromstring(zf.read(part))
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise damaged(name, part, exc) from None
    except Exception:  # a styles part that is not XML: calamine will say what it thinks of it
        return {}
    formats = {**BUILTIN_PERCENT, **{num.get("numFmtId", ""): num.get("formatCode", "")
                                     for num in root.iter(f"{_NS_MAIN}numFmt")}}
    padding = {fid: fmt for fid, fmt in ((fid, _flagged(code)) for fid, code in formats.items()) if fmt}
    if not padding:
        return {}
    cell_xfs = root.find(f"{_NS_MAIN}cellXfs")
    xfs = cell_xfs.findall(f"{_NS_MAIN}xf") if cell_xfs is not None else []
    return {i: padding[xf.get("numFmtId", "")] for i, xf in enumerate(xfs) if xf.get("numFmtId", "") in padding}


def _flagged(format_code: str) -> tuple[str, int, str] | None:
    """How a number format changes what a cell says: a percentage, a zero-padded code or a unit shown."""
    return PERCENT if is_percent(format_code) else zero_padded(format_code) or shown_unit(format_code)


def _normalise(path: str) -> str:
    parts: list[str] = []
    for piece in path.split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece not in ("", "."):
            parts.append(piece)
    return "/".join(parts)


# ---------------------------------------------------------------- CSV

def decode_text(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was written in: BOMs first, then UTF-8, then Windows-1251."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1251", "replace"), "cp1251"


def detect_delimiter(text: str) -> str:
    """The separator that splits the first lines into the same, largest number of fields."""
    sample = "\n".join(text.splitlines()[:50])
    best, best_score = ",", (0.0, 0)
    for delim in (";", ",", "\t", "|"):
        counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delim) if any(c.strip() for c in r)]
        if not counts:
            continue
        mode = max(set(counts), key=counts.count)
        if mode < 2:
            continue
        score = (round(counts.count(mode) / len(counts), 1), mode)
        if score > best_score:
            best, best_score = delim, score
    return best


def read_csv(src: Source) -> tuple[RawSheet, Message]:
    """The CSV file as one sheet named after the file, and a note saying how it was decoded."""
    text, encoding = decode_text(src.data)
    text = text.replace("\x00", "")
    delimiter = detect_delimiter(text)

    def rows() -> RowIter:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        line = 1
        try:
            for record in reader:
                yield line, list(record)
                line = reader.line_num + 1
        except csv.Error as exc:
            raise ImportRefused(message("file.csv_unreadable", file=src.file_name, line=line, detail=exc),
                                kind="damaged") from None

    stem = src.file_name.rsplit(".", 1)[0] or "CSV"
    how = (message("note.csv_read_tab", encoding=encoding) if delimiter == "\t"
           else message("note.csv_read", encoding=encoding, separator=delimiter))
    return RawSheet(stem, rows), how
