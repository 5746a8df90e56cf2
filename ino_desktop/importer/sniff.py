"""What a file really is, told from its first bytes and its container, never from its name.

`load` takes the caller's path, bytes or stream and returns the bytes once (size cap first, so a huge
file is refused before it is read), and `sniff` classifies them: an OOXML or OpenDocument zip
(checked entry by entry before any parser sees it), an OLE container (legacy .xls, or an encrypted
OOXML package), or text (CSV). Everything refused here raises `ImportRefused` with one line.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import posixpath
import re
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, BinaryIO

from ino_desktop.errors import ImportRefused
from ino_desktop.importer.limits import Limits
from ino_desktop.messages import Message, message
from ino_desktop.os_errors import os_reason

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
XML_PARTS = (".xml", ".rels", ".vml")

MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "xlsx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": "xlsx",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml": "xlsm",
    "application/vnd.ms-excel.template.macroEnabled.main+xml": "xlsm",
    "application/vnd.ms-excel.sheet.binary.macroEnabled.main": "xlsb",
}


@dataclass
class Source:
    data: bytes
    file_name: str
    path: Path
    sha256: str


@dataclass
class Sniffed:
    kind: str  # xlsx | xlsm | xlsb | xls | ods | csv
    notes: list[Message] = field(default_factory=list)
    workbook_part: str | None = None  # OOXML: the main part, e.g. "xl/workbook.xml"


def load(source: Path | str | bytes | BinaryIO, file_name: str | None, limits: Limits) -> Source:
    """The file's bytes, read once; refused before reading when it is larger than the cap."""
    try:
        if isinstance(source, bytes | bytearray | memoryview):
            data = bytes(source)
            path = Path(file_name or "workbook")
        elif isinstance(source, str | Path):
            path = Path(source)
            file_name = file_name or path.name
            mode = path.stat().st_mode
            if not stat.S_ISREG(mode):
                raise ImportRefused(message(_not_a_file(mode), file=file_name), kind="not_a_workbook")
            size = path.stat().st_size
            if size > limits.max_file_bytes:
                raise _too_big(file_name, size, limits)
            with path.open("rb") as fh:
                data = fh.read(limits.max_file_bytes + 1)
        else:
            data = source.read(limits.max_file_bytes + 1)
            name = getattr(source, "name", None)
            path = Path(name) if isinstance(name, str) else Path(file_name or "workbook")
    except ImportRefused:
        raise
    except OSError as exc:
        shown = file_name or (Path(source).name if isinstance(source, str | Path) else "the file")
        reason = os_reason(exc)
        raise ImportRefused(message("file.unreadable", file=shown, detail=reason), kind="unreadable") from None
    file_name = file_name or path.name
    if len(data) > limits.max_file_bytes:
        raise _too_big(file_name, len(data), limits)
    return Source(data, file_name, path, hashlib.sha256(data).hexdigest())


def _not_a_file(mode: int) -> str:
    """What a path that is not a regular file is; reading a pipe or a device would never end."""
    if stat.S_ISDIR(mode):
        return "file.folder"
    if stat.S_ISFIFO(mode):
        return "file.pipe"
    if stat.S_ISSOCK(mode):
        return "file.socket"
    return "file.device"


def _too_big(name: str, size: int, limits: Limits) -> ImportRefused:
    return ImportRefused(message("file.too_large", file=name, size=f"{size / 1048576:.0f}",
                                 limit=f"{limits.max_file_bytes / 1048576:.0f}"), kind="too_large")


def sniff(src: Source, limits: Limits) -> Sniffed:
    """Tell what kind of file this is and refuse, in one line, a file that cannot be read safely."""
    data, name = src.data, src.file_name
    if not data:
        raise ImportRefused(message("file.empty", file=name), kind="empty_file")
    if data.startswith(ZIP_MAGIC):
        return check_zip(data, name, limits)
    if data.startswith(EMPTY_ZIP_MAGIC):
        raise ImportRefused(message("file.empty_zip", file=name), kind="not_a_workbook")
    if data.startswith(OLE_MAGIC):
        return _check_ole(data, name)
    return _check_text(data, name)


def _check_ole(data: bytes, name: str) -> Sniffed:
    # An encrypted .xlsx/.xlsb is an OLE container with these streams (MS-OFFCRYPTO); their names
    # are stored in UTF-16 in the directory, so a byte search finds them without an OLE parser.
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        raise ImportRefused(message("file.encrypted", file=name), kind="encrypted")
    for stream in ("Workbook", "Book"):
        if stream.encode("utf-16-le") + b"\x00\x00" in data:
            if _xls_filepass(data):
                raise ImportRefused(message("file.encrypted_plain", file=name), kind="encrypted")
            return Sniffed("xls")
    raise ImportRefused(message("file.office_not_workbook", file=name), kind="not_a_workbook")


def _xls_filepass(data: bytes) -> bool:
    """A password .xls has a FILEPASS record (0x002F) right after the globals' BOF (0x0809, 16 bytes),
    and a stream starts on a 512-byte sector: found without parsing the OLE directory."""
    for offset in range(512, min(len(data), 4 * 1024 * 1024), 512):
        if data[offset: offset + 4] == b"\x09\x08\x10\x00":
            return data[offset + 20: offset + 22] == b"\x2f\x00"
    return False


def _check_text(data: bytes, name: str) -> Sniffed:
    head = data[:4096]
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith(b"%pdf"):
        raise ImportRefused(message("file.pdf", file=name), kind="not_a_workbook")
    if lowered.startswith((b"<!doctype html", b"<html", b"<table")):
        raise ImportRefused(message("file.html", file=name), kind="not_a_workbook")
    if lowered.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in data[:65536]:
        raise ImportRefused(message("file.xml2003", file=name), kind="not_a_workbook")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _text_sniffed(name)
    sample = data[:65536]
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    if b"\x00" in sample or control > len(sample) // 100:
        raise ImportRefused(message("file.binary", file=name), kind="not_a_workbook")
    return _text_sniffed(name)


def _text_sniffed(name: str) -> Sniffed:
    sniffed = Sniffed("csv")
    suffix = Path(name).suffix.lower()
    if suffix not in (".csv", ".txt", ".tsv", ""):
        sniffed.notes.append(message("note.csv_despite_name", file=name, suffix=suffix))
    return sniffed


def check_zip(data: bytes, name: str, limits: Limits) -> Sniffed:
    """Refuse a hostile or broken zip from its directory and prologs, before any parser reads it."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise ImportRefused(message("file.zip_directory", file=name), kind="damaged") from None
    with zf:
        infos = zf.infolist()
        _check_entries(infos, name, limits)
        names = {i.filename for i in infos}
        if "mimetype" in names and "content.xml" in names:
            sniffed = _check_ods(zf, name)
        elif "[Content_Types].xml" in names:
            sniffed = _check_ooxml(zf, names, name)
        else:
            raise ImportRefused(message("file.zip_not_workbook", file=name), kind="not_a_workbook")
        for info in infos:
            if info.filename.lower().endswith(XML_PARTS):
                check_prolog(zf, info, name)
        if "xl/vbaProject.bin" in names:
            sniffed.notes.append(message("note.macros_ignored"))
    return sniffed


def _check_entries(infos: list[zipfile.ZipInfo], name: str, limits: Limits) -> None:
    if len(infos) > limits.max_zip_entries:
        raise ImportRefused(message("file.too_many_parts", file=name, count=len(infos),
                                    limit=limits.max_zip_entries), kind="too_large")
    seen: set[str] = set()
    total = 0
    for info in infos:
        entry = info.filename
        normal = posixpath.normpath(entry.replace("\\", "/"))
        if entry.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", entry) or normal.startswith(".."):
            raise ImportRefused(message("file.unsafe_part_name", file=name, part=entry[:80]), kind="damaged")
        if entry.lower() in seen:
            raise ImportRefused(message("file.part_twice", file=name, part=entry[:80]), kind="damaged")
        seen.add(entry.lower())
        if info.flag_bits & 0x1:
            raise ImportRefused(message("file.encrypted_zip", file=name), kind="encrypted")
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.ratio_floor_bytes and ratio > limits.max_compression_ratio:
            raise ImportRefused(message("file.zip_bomb", file=name, part=entry[:80], ratio=f"{ratio:.0f}"),
                                kind="too_large")
    if total > limits.max_uncompressed_bytes:
        raise ImportRefused(message("file.expands_too_much", file=name, size=f"{total / 1048576:.0f}",
                                    limit=f"{limits.max_uncompressed_bytes / 1048576:.0f}"), kind="too_large")


def _read_small(zf: zipfile.ZipFile, part: str, name: str, cap: int = 8 * 1024 * 1024) -> bytes:
    try:
        with zf.open(part) as fh:
            data = fh.read(cap + 1)
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, ValueError) as exc:
        raise damaged(name, part, exc) from None
    if len(data) > cap:
        raise ImportRefused(message("file.part_too_large", file=name, part=part), kind="too_large")
    return data


def damaged(name: str, part: str, exc: BaseException) -> ImportRefused:
    """The refusal for a damaged or incomplete workbook."""
    if "CRC" in str(exc):
        return ImportRefused(message("file.part_checksum", file=name, part=part), kind="damaged")
    why = (str(exc).splitlines() or [type(exc).__name__])[0][:80]
    return ImportRefused(message("file.part_damaged", file=name, part=part, detail=why), kind="damaged")


def _check_ooxml(zf: zipfile.ZipFile, names: set[str], name: str) -> Sniffed:
    types = _read_small(zf, "[Content_Types].xml", name)
    check_prolog_bytes(types, name, "[Content_Types].xml")
    kind = None
    part = None
    for m in re.finditer(rb'<Override\b[^>]*>', types):
        tag = m.group(0).decode("utf-8", "replace")
        ct = re.search(r'ContentType="([^"]+)"', tag)
        pn = re.search(r'PartName="([^"]+)"', tag)
        if ct and pn and ct.group(1) in MAIN_TYPES:
            kind, part = MAIN_TYPES[ct.group(1)], pn.group(1).lstrip("/")
            break
    if part is None or part not in names:
        for candidate, candidate_kind in (("xl/workbook.xml", "xlsx"), ("xl/workbook.bin", "xlsb")):
            if candidate in names:
                part, kind = candidate, kind or candidate_kind
                break
        else:
            raise ImportRefused(message("file.package_no_workbook", file=name), kind="not_a_workbook")
    return Sniffed(kind or "xlsx", workbook_part=part)


def _check_ods(zf: zipfile.ZipFile, name: str) -> Sniffed:
    mimetype = _read_small(zf, "mimetype", name, 1024).strip()
    if mimetype != b"application/vnd.oasis.opendocument.spreadsheet":
        raise ImportRefused(message("file.odf_not_spreadsheet", file=name,
                                    detail=mimetype.decode("ascii", "replace")[:60]), kind="not_a_workbook")
    try:
        manifest = _read_small(zf, "META-INF/manifest.xml", name)
    except KeyError:
        manifest = b""
    if b"encryption-data" in manifest:
        raise ImportRefused(message("file.encrypted_ods", file=name), kind="encrypted")
    return Sniffed("ods")


_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
CHUNK = 64 * 1024
# What may come before the root element, and where each ends: XML declaration or processing
# instruction, comment. A DTD is refused; anything else (the root, or junk the parser refuses) ends the prolog.
_SKIPPED = ((b"<?", b"?>"), (b"<!--", b"-->"))


def check_prolog_bytes(head: bytes, name: str, part: str) -> None:
    """Refuse a DTD or entity declaration before the root element; nothing is expanded."""
    check_prolog_stream(io.BytesIO(head), name, part)


def check_prolog_stream(stream: IO[bytes], name: str, part: str) -> None:
    """Read the part's prolog, however long (a DTD after a 70 KB comment), in chunks, up to its root
    element, and refuse a DTD or entity declaration in it. Memory stays at a few chunks."""
    read = _utf8_reader(stream)
    buf = read()
    while True:
        buf = buf.lstrip(b" \t\r\n\xef\xbb\xbf")
        while len(buf) < 16 and (more := read()):
            buf = (buf + more).lstrip(b" \t\r\n\xef\xbb\xbf")
        if _DTD.match(buf):
            raise ImportRefused(message("file.unsafe_xml", file=name, part=part), kind="unsafe_xml")
        for start, end in _SKIPPED:
            if buf.startswith(start):
                buf = _after(buf, start, end, read)
                break
        else:
            return  # the root element (or something a parser refuses): no DTD can follow


def _after(buf: bytes, start: bytes, end: bytes, read: Callable[[], bytes]) -> bytes:
    """What follows the construct that opens `buf` with `start` and closes with `end`, reading on as needed."""
    searched = len(start)
    while (found := buf.find(end, searched)) < 0:
        more = read()
        if not more:
            return b""
        searched = max(len(start), len(buf) - len(end) + 1)
        buf += more
        if searched > CHUNK:  # keep only the unsearched tail of a long comment
            buf, searched = start + buf[searched:], len(start)
    return buf[found + len(end):]


def _utf8_reader(stream: IO[bytes]) -> Callable[[], bytes]:
    """Chunks of the part as UTF-8 (a UTF-16 part is decoded on the way)."""
    first = stream.read(CHUNK)
    if not first.startswith((b"\xff\xfe", b"\xfe\xff")):
        pending = [first]

        def plain() -> bytes:
            return pending.pop() if pending else stream.read(CHUNK)

        return plain
    decoder = codecs.getincrementaldecoder("utf-16")(errors="replace")
    queued = [first]

    def decoded() -> bytes:
        while True:
            raw = queued.pop() if queued else stream.read(CHUNK)
            text = decoder.decode(raw, final=not raw)
            if text or not raw:
                return text.encode("utf-8", "replace")

    return decoded


def check_prolog(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    """Refuse a workbook part whose prolog declares a DTD or an entity; an unreadable part as damaged."""
    try:
        with zf.open(info) as fh:
            check_prolog_stream(fh, name, info.filename)
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, ValueError) as exc:
        raise damaged(name, info.filename, exc) from None


def verify_part(zf: zipfile.ZipFile, part: str, name: str) -> None:
    """Read a part to its end so that a wrong size or checksum shows as 'damaged' before parsing."""
    try:
        with zf.open(part) as fh:
            while fh.read(1024 * 1024):
                pass
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, ValueError) as exc:
        raise damaged(name, part, exc) from None
