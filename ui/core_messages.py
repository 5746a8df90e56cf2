"""The core's messages in the UI language.

Coded messages (`ino_desktop.messages.Message`: errors, row problems, the importer's notes) are rendered
from the "Messages" context of the Qt catalogues (`render`). A refusal not coded yet is still matched by
its English shape (`refusal_text`); a known kind in an unforeseen shape gets the kind's headline with the
English details after it, an unknown kind shows the English message as it is, so nothing is ever lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from ino_desktop.errors import InoError
from ino_desktop.importer.rows import RowIssue
from ino_desktop.messages import CONTEXT, Message
from ui.i18n.noop import QT_TRANSLATE_NOOP

_CTX = "CoreMessages"
_W = r"(?P<w>.+?)"  # the where-part of a refusal: a file name, "file: sheet 'X'", a project code


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def ui_language() -> str:
    """The window's language, as the installed translators set it (ui.i18n.install sets the default locale)."""
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"


def render(message: Message) -> str:
    """A coded core message in the window's language, from the "Messages" context of the Qt catalogues."""
    template = QCoreApplication.translate(CONTEXT, message.template, message.code)
    return template.format(**message.values(ui_language(), render))


@dataclass(frozen=True)
class _Shape:
    kind: str
    pattern: re.Pattern[str]
    text: str  # English source of the translation, with {group} placeholders


def _shape(kind: str, pattern: str, text: str) -> _Shape:
    return _Shape(kind, re.compile(pattern, re.S), text)


# --- refusals of a whole file or write (InoError.kind) --------------------------------------------------
_REFUSALS = (
    _shape("unreadable", _W + r": could not read (?:the )?file \((?P<d>.*)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: could not read the file ({d})")),
    _shape("too_large", _W + r": the file is too large \((?P<n>\d+) MB, limit (?P<limit>\d+) MB\)",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the file is too large ({n} MB, limit {limit} MB)")),
    _shape("too_large", _W + r": too many parts in the workbook \((?P<n>\d+), limit (?P<limit>\d+)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: too many parts in the workbook ({n}, limit {limit})")),
    _shape("too_large", _W + r": the part '(?P<part>.*)' expands (?P<n>\d+) times \(a zip bomb\?\); refused",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the part «{part}» expands {n} times (a zip bomb?); refused")),
    _shape("too_large", _W + r": the workbook would expand to (?P<n>\d+) MB \(limit (?P<limit>\d+) MB\)",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the workbook would expand to {n} MB (limit {limit} MB)")),
    _shape("too_large", _W + r": the part '(?P<part>.*)' is too large",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the part «{part}» is too large")),
    _shape("too_large", r"a worksheet row is larger than 256 MB",
           QT_TRANSLATE_NOOP("CoreMessages", "a worksheet row is larger than 256 MB")),
    _shape("too_large", _W + r": too many rows / gap \(row (?P<row>\d+) follows row (?P<prev>\d+)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: too many rows or a gap (row {row} follows row {prev})")),
    _shape("too_large", _W + r": too many columns \((?P<n>\d+), limit (?P<limit>\d+)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: too many columns ({n}, limit {limit})")),
    _shape("too_large", _W + r": too many rows \((?P<n>\d+), limit (?P<limit>\d+)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: too many rows ({n}, limit {limit})")),
    _shape("too_large", _W + r": too many sheets \((?P<n>\d+), limit (?P<limit>\d+)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: too many sheets ({n}, limit {limit})")),
    _shape("too_large", _W + r": the sheet is too large \((?P<rows>\d+) rows × (?P<cols>\d+) columns\)",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the sheet is too large ({rows} rows × {cols} columns)")),
    _shape("too_large", _W + r": the file (?:is too large to read in memory|needs more memory than is available)",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the file needs more memory than is available")),
    _shape("empty_file", _W + r": the file is empty \(0 bytes\), not an Excel workbook",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the file is empty (0 bytes), not an Excel workbook")),
    _shape("not_a_workbook", _W + r": a PDF document, not an Excel workbook",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: a PDF document, not an Excel workbook")),
    _shape("not_a_workbook", _W + r": a web page \(HTML\) saved with a spreadsheet name; .*",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: a web page (HTML) saved with a spreadsheet name; open it in "
                             "Excel and save it as .xlsx")),
    _shape("not_a_workbook", _W + r": an 'XML Spreadsheet 2003' file; .*",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: an «XML Spreadsheet 2003» file; open it in Excel and save it "
                             "as .xlsx")),
    _shape("not_a_workbook", _W + r": not an Excel workbook or a CSV file \(unrecognised binary content\)",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: not an Excel workbook or a CSV file (unrecognised content)")),
    _shape("not_a_workbook", _W + r": an OpenDocument file that is not a spreadsheet \((?P<d>.*)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: an OpenDocument file that is not a spreadsheet ({d})")),
    _shape("not_a_workbook", _W + r": (?:an empty zip archive|an Office file|a zip archive|a zip package)\b.*",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: not an Excel workbook")),
    _shape("encrypted", _W + r": the (?:workbook|spreadsheet) is password-protected.*",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the workbook is password-protected; remove the password in "
                             "Excel and save it again")),
    _shape("damaged", _W + r": the file is damaged or incomplete \(the zip directory is missing or corrupt\)",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the file is damaged or incomplete (the zip directory is "
                             "missing or corrupt)")),
    _shape("damaged", _W + r": the file is damaged or incomplete \(part '(?P<part>.*)': checksum error\)",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the file is damaged or incomplete (checksum error in the "
                             "part «{part}»)")),
    _shape("damaged", _W + r": the file is damaged or incomplete \(part '(?P<part>.*)': (?P<d>.*)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the file is damaged or incomplete (part «{part}»: {d})")),
    _shape("damaged", _W + r": the workbook contains an unsafe part name '(?P<part>.*)'",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the workbook contains an unsafe part name «{part}»")),
    _shape("damaged", _W + r": the workbook contains the part '(?P<part>.*)' twice.*",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the workbook contains the part «{part}» twice (a damaged or "
                             "tampered file)")),
    _shape("damaged", _W + r": file structure invalid \(row (?P<row>\d+) comes after row (?P<prev>\d+)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the file structure is invalid (row {row} comes after row "
                             "{prev})")),
    _shape("damaged", _W + r": the file is damaged or not a readable (?P<fmt>\w+) workbook \((?P<d>.*)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the file is damaged or not a readable {fmt} workbook ({d})")),
    _shape("damaged", _W + r": the workbook part '(?P<part>.*)' is not valid XML \((?P<d>.*)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the workbook part «{part}» is not valid XML ({d})")),
    _shape("damaged", _W + r": line (?P<line>\d+): the CSV file cannot be read \((?P<d>.*)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: line {line}: the CSV file cannot be read ({d})")),
    _shape("damaged", _W + r": the file is nested too deeply to read",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the file is nested too deeply to read")),
    _shape("unsafe_xml", _W + r": unsafe XML in the workbook \(a DTD or entity declaration in '(?P<part>.*)'\).*",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: unsafe XML in the workbook (a DTD or entity declaration in "
                             "«{part}»); refused without reading it")),
    _shape("no_data", _W + r": there is no sheet named '(?P<sheet>.*)' \(sheets: (?P<sheets>.*)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: there is no sheet named «{sheet}» (sheets: {sheets})")),
    _shape("no_data", _W + r": sheet '(?P<sheet>.*)' has a header but no data rows; nothing to import",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the sheet «{sheet}» has a header but no data rows; nothing "
                             "to import")),
    _shape("no_data", _W + r": the workbook has no data sheet",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the workbook has no data sheet")),
    _shape("no_data", _W + r": no project table found \((?P<d>.*)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: no project table found ({d})")),
    _shape("strict", _W + r": (?P<n>\d+) row\(s\) rejected and --strict was given; nothing imported",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: rows rejected: {n}; a strict import takes all rows or none, "
                             "so nothing was imported")),
    _shape("usage", r"the source name must be 1 to (?P<n>\d+) characters; nothing imported",
           QT_TRANSLATE_NOOP("CoreMessages", "the source name must be 1 to {n} characters; nothing imported")),
    _shape("usage", _W + r": a report is \.json or \.xlsx",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: a report is saved as .json or .xlsx")),
    _shape("report", _W + r": could not write the report \((?P<d>.*)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: could not write the report ({d})")),
    _shape("already_undone", r"import batch (?P<id>\d+) \((?P<file>.*)\) was already undone on (?P<when>.*)",
           QT_TRANSLATE_NOOP("CoreMessages", "import #{id} ({file}) was already undone on {when}")),
    _shape("already_undone", r"import batch (?P<id>\d+) \((?P<file>.*)\) was already undone",
           QT_TRANSLATE_NOOP("CoreMessages", "import #{id} ({file}) was already undone")),
    _shape("disk_full", _W + r": disk full, nothing imported",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the disk is full; nothing was imported")),
    _shape("busy", _W + r": the database is busy .*",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the database is busy (another program is writing to it); "
                             "nothing was imported, try again")),
    _shape("constraint", _W + r": the database refused the import \((?P<d>.*)\); nothing imported",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the database refused the import ({d}); nothing was imported")),
    _shape("database", _W + r": could not write to the database \((?P<d>.*)\); nothing imported",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: could not write to the database ({d}); nothing was imported")),
    _shape("database", _W + r": import failed \((?P<d>.*)\); nothing imported",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the import failed ({d}); nothing was imported")),
    _shape("database", _W + r": already open in another INO Desktop window; close it there first",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: already open in another INO Desktop window; close it there "
                             "first")),
    _shape("database", _W + r": the database file or its folder is read-only; .*",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the database file or its folder is read-only; open a copy or "
                             "fix the permissions")),
    _shape("database", _W + r": not a database of INO Desktop.*",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: not a database of INO Desktop")),
    _shape("database", _W + r": no such (?:database|file)",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: no such file")),
    _shape("conflict", r"(?P<w>\S+) was changed by (?!someone else )(?P<who>.+?) while you edited it "
                       r"\((?P<fields>.*)\); .*",
           QT_TRANSLATE_NOOP("CoreMessages", "{w} was changed by {who} while you edited it ({fields}); your edits "
                             "are kept in the form — reload the project and apply them again")),
    _shape("conflict", r"(?P<w>\S+) was changed by someone else while you edited it \((?P<fields>.*)\); .*",
           QT_TRANSLATE_NOOP("CoreMessages", "{w} was changed by someone else while you edited it ({fields}); "
                             "your edits are kept in the form — reload the project and apply them again")),
    _shape("conflict", _W + r": the project was deleted while you edited it; .*",
           QT_TRANSLATE_NOOP("CoreMessages", "{w}: the project was deleted while you edited it; your edits are "
                             "kept in the form — save it as a new project or cancel")),
    _shape("conflict", r"(?P<w>\S+) was changed by someone else meanwhile; reload it before deleting",
           QT_TRANSLATE_NOOP("CoreMessages", "{w} was changed by someone else meanwhile; reload it before "
                             "deleting")),
    _shape("not_found", r"project #(?P<id>\d+) (?:no longer exists|does not exist).*",
           QT_TRANSLATE_NOOP("CoreMessages", "project #{id} no longer exists (deleted meanwhile?)")),
    _shape("not_found", r"import batch (?P<id>\d+) does not exist.*",
           QT_TRANSLATE_NOOP("CoreMessages", "import #{id} does not exist")),
    _shape("not_found", r"saved view #(?P<id>\d+) no longer exists",
           QT_TRANSLATE_NOOP("CoreMessages", "the saved view no longer exists")),
    _shape("view_name_empty", r".*", QT_TRANSLATE_NOOP("CoreMessages", "a saved view needs a name")),
    _shape("view_name_too_long", r"the view name is longer than (?P<limit>\d+) characters \((?P<n>\d+)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "the view name is longer than {limit} characters ({n})")),
    _shape("view_name_taken", r"a saved view named '(?P<name>.*)' already exists",
           QT_TRANSLATE_NOOP("CoreMessages", "a saved view named «{name}» already exists")),
    _shape("view_empty_filter", r".*", QT_TRANSLATE_NOOP(
        "CoreMessages", "the filter selects the whole portfolio; there is nothing to save")),
)

# A known kind whose message has an unforeseen shape: this headline, then the English details.
_HEADLINES = {
    "unreadable": QT_TRANSLATE_NOOP("CoreMessages", "the file could not be read"),
    "too_large": QT_TRANSLATE_NOOP("CoreMessages", "the file is too large"),
    "empty_file": QT_TRANSLATE_NOOP("CoreMessages", "the file is empty"),
    "not_a_workbook": QT_TRANSLATE_NOOP("CoreMessages", "not an Excel workbook"),
    "encrypted": QT_TRANSLATE_NOOP("CoreMessages", "the workbook is password-protected"),
    "damaged": QT_TRANSLATE_NOOP("CoreMessages", "the file is damaged or incomplete"),
    "unsafe_xml": QT_TRANSLATE_NOOP("CoreMessages", "unsafe XML in the workbook"),
    "no_data": QT_TRANSLATE_NOOP("CoreMessages", "no project table found"),
    "strict": QT_TRANSLATE_NOOP("CoreMessages", "rows were rejected; nothing was imported"),
    "profile": QT_TRANSLATE_NOOP("CoreMessages", "the agency's import profile cannot be used"),
    "report": QT_TRANSLATE_NOOP("CoreMessages", "the report could not be written"),
    "disk_full": QT_TRANSLATE_NOOP("CoreMessages", "the disk is full"),
    "busy": QT_TRANSLATE_NOOP("CoreMessages", "the database is busy"),
    "constraint": QT_TRANSLATE_NOOP("CoreMessages", "the database refused the change"),
    "database": QT_TRANSLATE_NOOP("CoreMessages", "database error"),
    "conflict": QT_TRANSLATE_NOOP("CoreMessages", "someone else changed the record meanwhile"),
    "not_found": QT_TRANSLATE_NOOP("CoreMessages", "not found"),
    "refused": QT_TRANSLATE_NOOP("CoreMessages", "the file was refused"),
}


def _by_kind(shapes: tuple[_Shape, ...]) -> dict[str, list[_Shape]]:
    out: dict[str, list[_Shape]] = {}
    for s in shapes:
        out.setdefault(s.kind, []).append(s)
    return out


_REFUSAL_SHAPES = _by_kind(_REFUSALS)


def _field_names(text: str) -> str:
    from ui.dialogs.common import field_label

    if text == "its record":
        return QCoreApplication.translate("CoreMessages", "the record")
    return ", ".join(field_label(f.strip().replace(" ", "_")) for f in text.split(","))


def _join_rows(text: str) -> str:
    """'Sheet1 row 5 and Sheet1 row 7' / '5 and 7' in the UI language."""
    joined = text.replace(" and ", QCoreApplication.translate("CoreMessages", " and "))
    return joined.replace(" row ", QCoreApplication.translate("CoreMessages", " row "))


_GROUPS: dict[str, Callable[[str], str]] = {"fields": _field_names, "rows": _join_rows}


def _fill(shape: _Shape, found: re.Match[str]) -> str:
    groups = {k: (_GROUPS[k](v) if k in _GROUPS else v) for k, v in found.groupdict(default="").items()}
    return _tr(shape.text).format(**groups)


def _match(shapes: dict[str, list[_Shape]], kind: str, message: str) -> tuple[_Shape, re.Match[str]] | None:
    for shape in shapes.get(kind, ()):
        found = shape.pattern.fullmatch(message)
        if found is not None:
            return shape, found
    return None


def is_known(kind: str, message: str) -> bool:
    """True when `message` of `kind` has a full translation (not a headline with English details)."""
    return _match(_REFUSAL_SHAPES, kind, message) is not None


def refusal_text(kind: str, message: str) -> str:
    """An InoError's one line in the UI language, keeping its where-part and details (a message not coded
    yet: its English shape is matched)."""
    hit = _match(_REFUSAL_SHAPES, kind, message)
    if hit is not None:
        return _fill(hit[0], hit[1])
    headline = _HEADLINES.get(kind)
    if headline is None:
        return message
    where, sep, rest = message.partition(": ")
    if sep and len(where) < 200 and ("." in where or "/" in where):  # a file name or path leads the line
        return f"{where}: {_tr(headline)} ({rest})"
    return f"{_tr(headline)} ({message})"


def issue_reason(issue: RowIssue) -> str:
    """Why a row is rejected, in the UI language (without the where-part)."""
    return render(issue.message)


def issue_text(issue: RowIssue, file_name: str) -> str:
    """The whole line for a rejected row: where, then why."""
    return f"{render(issue.place(file_name))}: {render(issue.message)}"


def error_text(exc: BaseException) -> str:
    """One line for a person: an InoError in the UI language, else the kind of failure and its first line."""
    if isinstance(exc, InoError):
        return render(exc.coded) if exc.coded is not None else refusal_text(exc.kind, exc.message)
    first = (str(exc).splitlines() or [""])[0]
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__
