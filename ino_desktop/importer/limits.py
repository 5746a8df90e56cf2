"""How big a file may be, and a cheap pre-scan that bounds an .xlsx sheet before calamine loads it.

calamine builds a dense grid from the smallest to the largest used cell, so one stray cell at XFD1048576
would make it allocate billions of cells. `scan_sheet_xml` reads the sheet XML as a stream (bytes and
regular expressions, no XML parser, nothing expanded) and finds the used extent, rows out of order,
formulas without a cached value and cached error values, so the file can be refused in time or the
flags carried to the rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO

from ino_desktop.errors import ImportRefused
from ino_desktop.messages import message


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 100 * 1024 * 1024  # checked before anything is parsed
    max_zip_entries: int = 5_000
    max_uncompressed_bytes: int = 1024 * 1024 * 1024  # declared total of every zip entry
    max_compression_ratio: float = 200.0  # for entries above ratio_floor_bytes
    ratio_floor_bytes: int = 1024 * 1024
    max_rows: int = 1_000_000
    max_columns: int = 1_000
    max_cells: int = 10_000_000  # rows × columns of the dense grid calamine would build
    max_row_gap: int = 100_000  # empty rows between two used rows
    max_sheets: int = 2_000
    header_scan_rows: int = 30  # rows searched for the header


CHUNK = 4 * 1024 * 1024


@dataclass
class SheetScan:
    """What the pre-scan learnt about one worksheet; flags are keyed by (excel_row, 0-based column)."""

    max_row: int = 0
    max_column: int = 0  # 1-based; 0 when the sheet is empty
    used_rows: int = 0
    missing_cache: set[tuple[int, int]] = field(default_factory=set)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    # Number cells whose format pads with zeros ("00000": 123 shows as 00123), with (prefix, digits,
    # suffix) of the format; only looked for when the workbook has such a format.
    padded: dict[tuple[int, int], tuple[str, int, str]] = field(default_factory=dict)


def column_index(letters: str) -> int:
    """0-based index of a column letter: A → 0, Z → 25, AA → 26, XFD → 16383."""
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def column_letter(index: int) -> str:
    """Column letter of a 0-based index."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _row_chunks(stream: IO[bytes], file: str, sheet: str) -> Iterator[bytes]:
    """The stream cut after the last complete `</row>` of each block, so no cell is split."""
    tail = b""
    while True:
        block = stream.read(CHUNK)
        if not block:
            if tail:
                yield tail
            return
        buf = tail + block
        cut = buf.rfind(b"row>")
        if cut < 0:
            tail = buf
            if len(tail) > 64 * CHUNK:  # no row end in 256 MB: not a sheet anyone typed
                raise ImportRefused(message("limits.row_too_large", file=file, sheet=sheet), kind="too_large")
            continue
        tail, buf = buf[cut + 4:], buf[: cut + 4]
        yield buf


def _cell_at(buf: bytes, pos: int, prefix: bytes) -> tuple[bytes, tuple[int, int] | None]:
    """The cell element around byte `pos` and its (row, column), found by looking back for `<c `."""
    start = buf.rfind(b"<" + prefix + b"c ", 0, pos)
    end = buf.find(b"</" + prefix + b"c>", pos)
    if start < 0:
        return b"", None
    cell = buf[start: end if end >= 0 else len(buf)]
    m = re.search(rb"\sr=\"([A-Z]{1,3})(\d+)\"", cell[:200])
    if not m:
        return cell, None
    return cell, (int(m.group(2)), column_index(m.group(1).decode()))


class _Scanner:
    """Patterns for one sheet's namespace prefix, and the running state of the scan."""

    def __init__(self, prefix: bytes, limits: Limits, where: dict[str, str],
                 padded_styles: dict[int, tuple[str, int, str]] | None = None) -> None:
        p = re.escape(prefix)
        self.prefix, self.limits, self.where = prefix, limits, where  # where: {"file": …, "sheet": …}
        self.row = re.compile(rb"<" + p + rb"row\b[^>]*?\sr=\"(\d+)\"[^>]*?(/?)>")
        self.row_start = b"<" + prefix + b"row"
        self.row_tags = (b"<" + prefix + b"row ", b"<" + prefix + b"row>", b"<" + prefix + b"row/")
        self.padded_styles = padded_styles or {}
        styles = b"|".join(str(s).encode() for s in sorted(self.padded_styles))
        self.padded_cell = re.compile(rb"<" + p + rb"c\s[^>]*?\bs=\"(" + styles + rb")\"[^>]*>") if styles else None
        # Column tiers, cheapest first: a search stops at its first hit, a findall makes objects.
        self.beyond_az = re.compile(rb" r=\"(?:[B-Z][A-Z]|[A-Z]{3})\d")
        self.beyond_z = re.compile(rb" r=\"[A-Z]{2,3}\d")
        self.wide = re.compile(rb" r=\"([A-Z]{2,3})\d+\"[^>]*?(/?)>")
        self.formula = re.compile(rb"<" + p + rb"f[\s>/]")
        self.value = re.compile(rb"<" + p + rb"v>")
        self.error_value = re.compile(rb"<" + p + rb"v>([^<]*)</" + p + rb"v>")
        self.last_row = 0
        self.scan = SheetScan()

    def feed(self, buf: bytes) -> None:
        self._rows(buf)
        self._columns(buf)
        # memchr finds a chunk without any "f" byte (sheet XML of numbers and shared strings has none)
        # many times faster than a search for "<f" among a million "<"s.
        if b"f" in buf and b"<" + self.prefix + b"f" in buf:
            for m in self.formula.finditer(buf):
                cell, ref = _cell_at(buf, m.start(), self.prefix)
                if ref and not self.value.search(cell) and b"<" + self.prefix + b"is>" not in cell:
                    self.scan.missing_cache.add(ref)
        if b't="e"' in buf:
            for m in re.finditer(rb't="e"', buf):
                cell, ref = _cell_at(buf, m.start(), self.prefix)
                value = self.error_value.search(cell)
                if ref:
                    self.scan.errors[ref] = value.group(1).decode("ascii", "replace") if value else "#ERROR"
        if self.padded_cell is not None:
            self._padded(buf)

    def _padded(self, buf: bytes) -> None:
        for m in self.padded_cell.finditer(buf):  # type: ignore[union-attr]
            tag = m.group(0)
            kind = re.search(rb"\st=\"(\w+)\"", tag)
            ref = re.search(rb"\sr=\"([A-Z]{1,3})(\d+)\"", tag)
            if tag.endswith(b"/>") or ref is None or (kind is not None and kind.group(1) != b"n"):
                continue  # an empty or text cell: nothing a number format could pad
            key = (int(ref.group(2)), column_index(ref.group(1).decode()))
            self.scan.padded[key] = self.padded_styles[int(m.group(1))]

    def _rows(self, buf: bytes) -> None:
        scan, limits = self.scan, self.limits
        numbered = self.row.findall(buf)
        for number, closed in numbered:
            row = int(number)
            if row <= self.last_row:
                raise ImportRefused(message("limits.rows_out_of_order", **self.where, row=row,
                                            previous=self.last_row), kind="damaged")
            self.last_row = row
            if not closed:  # a self-closed row is formatting only and holds no cell
                if row - scan.max_row - 1 > limits.max_row_gap:  # from the top too
                    raise ImportRefused(message("limits.row_gap", **self.where, row=row, previous=scan.max_row),
                                        kind="too_large")
                scan.max_row = row
                scan.used_rows += 1
        # One count finds every row tag; only when it disagrees are the exact tags counted.
        unnumbered = buf.count(self.row_start) - len(numbered)
        if unnumbered > 0:
            unnumbered = sum(buf.count(tag) for tag in self.row_tags) - len(numbered)
        if unnumbered > 0:  # rows without r= are numbered one after another
            self.last_row += unnumbered
            scan.max_row = max(scan.max_row, self.last_row)
            scan.used_rows += unnumbered

    def _columns(self, buf: bytes) -> None:
        """An upper bound of the used width: 26 or 52 from a search, exact beyond (empty cells out)."""
        scan = self.scan
        beyond_z = self.beyond_z.search(buf) is not None  # columns up to Z, the common case, stop here
        if beyond_z and self.beyond_az.search(buf):
            wide = [letters for letters, closed in self.wide.findall(buf) if not closed]
            if wide:
                widest = max(wide, key=lambda s: (len(s), s))
                scan.max_column = max(scan.max_column, column_index(widest.decode()) + 1)
        bound = 52 if beyond_z else 26 if b" r=\"" in buf else 0
        scan.max_column = max(scan.max_column, bound)
        if scan.max_column > self.limits.max_columns:
            raise ImportRefused(message("limits.too_many_columns", **self.where, count=scan.max_column,
                                        limit=self.limits.max_columns), kind="too_large")


def scan_sheet_xml(stream: IO[bytes], limits: Limits, file: str, sheet: str,
                   padded_styles: dict[int, tuple[str, int, str]] | None = None) -> SheetScan:
    """Stream the worksheet part of `sheet` in `file`: extent, order, flagged cells; refuse what calamine
    must not load. `padded_styles` (cell style index → zero-padding format) asks for the number cells in them."""
    where = {"file": file, "sheet": sheet}
    scanner: _Scanner | None = None
    for buf in _row_chunks(stream, file, sheet):
        if scanner is None:
            m = re.search(rb"<(\w+:)?sheetData\b", buf)
            if not m:
                continue  # still in the sheet's head; a sheet without sheetData has no cells
            scanner = _Scanner(m.group(1) or b"", limits, where, padded_styles)
        scanner.feed(buf)
    scan = scanner.scan if scanner else SheetScan()
    _check_extent(scan, limits, where)
    return scan


def _check_extent(scan: SheetScan, limits: Limits, where: dict[str, str]) -> None:
    if scan.max_row > limits.max_rows:
        raise ImportRefused(message("limits.too_many_rows", **where, count=scan.max_row, limit=limits.max_rows),
                            kind="too_large")
    if scan.max_row * max(scan.max_column, 1) > limits.max_cells:
        raise ImportRefused(message("limits.sheet_too_large", **where, rows=scan.max_row, columns=scan.max_column),
                            kind="too_large")
