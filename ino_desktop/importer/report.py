"""The import report: machine-readable JSON, or the agency's own workbook handed back with every
rejected cell highlighted and commented, behind a summary sheet (report_sheet: in the reader's language,
laid out for printing).

For .xlsx/.xlsm input the agency's file itself is loaded (openpyxl) and marked, so they get back what
they sent; other formats (.xls, .xlsb, .ods, CSV) are copied cell by cell into a fresh workbook. Files
are written atomically (a temporary file, then a rename), so a failed write leaves no half file.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import defaultdict
from pathlib import Path
from typing import Any

from ino_desktop.errors import InoError
from ino_desktop.importer.apply import ImportOutcome
from ino_desktop.importer.plan import Conflict, ImportPlan, RowPlan
from ino_desktop.importer.rows import RowIssue
from ino_desktop.messages import message, render_all
from ino_desktop.os_errors import os_reason

FORMAT = "ino-import-report"
REJECTED_FILL = "FFC7CE"  # Excel's own "light red fill" for bad cells
WARNING_FILL = "FFEB9C"  # and its "yellow fill" for cells to check
CONFLICT_FILL = "F4B183"  # orange: both the office and the agency changed the value


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.time) else value


def _issue_dict(i: RowIssue, lang: str) -> dict[str, Any]:
    return {"sheet": i.sheet, "row": i.row, "column": i.column, "field": i.field, "code": i.code,
            "kind": i.kind, "severity": i.severity, "reason": i.text(lang), "message": i.message.code}


def _conflict_dict(r: RowPlan, c: Conflict, lang: str) -> dict[str, Any]:
    return {"sheet": r.sheet, "row": r.row, "code": r.code, "field": c.field, "cell": c.cell,
            "sent": _jsonable(c.sent), "office": _jsonable(c.office), "agency": _jsonable(c.agency),
            "decision": "agency" if c.take else "office", "reason": c.describe(lang)}


def _spellings(plan: ImportPlan) -> dict[str, Any]:
    return {f: {text: {"count": len(where), "rows": [{"sheet": sheet, "row": row} for sheet, row in where]}
                for text, where in spellings.items()}
            for f, spellings in plan.unknown_spellings.items()}


def report_dict(plan: ImportPlan, outcome: ImportOutcome | None = None, *, dry_run: bool = False,
                refusal: str | None = None, lang: str = "en") -> dict[str, Any]:
    """The plan and (after applying) its outcome as plain JSON values; `refusal` when --strict refused it.
    Reasons are in `lang`; each coded one also gives its message code."""
    return {
        "format": FORMAT, "version": 1, "file": plan.file_name, "sha256": plan.sha256, "kind": plan.kind,
        "size": plan.size, "source": plan.source, "dry_run": dry_run, "refused": refusal is not None,
        "message": refusal,
        "batch_id": outcome.batch_id if outcome else None,
        "applied": bool(outcome and outcome.batch_id is not None),
        "cancelled": bool(outcome and outcome.cancelled),
        "counts": plan.counts(), "held": plan.held(), "report_date": plan.report_date.isoformat(),
        "earlier_batches": plan.earlier_batches, "notes": render_all(plan.notes, lang),
        "note_codes": [n.code for n in plan.notes],
        "skipped_sheets": {sheet: why.render(lang) for sheet, why in plan.skipped_sheets.items()},
        "tables": [{"sheet": t.sheet, "header_rows": t.header_rows, "rows": t.rows, "hidden": t.hidden,
                    "constant_values": {k: _jsonable(v) for k, v in t.constant_values.items()},
                    "columns": [{"letter": c.letter, "header": c.header, "field": c.field, "how": c.how,
                                 "confidence": round(c.confidence, 3)} for c in t.columns]}
                   for t in plan.tables],
        "rows": [{"sheet": r.sheet, "row": r.row, "action": r.action, "code": r.code, "name": r.name,
                  "matched_by": r.matched_by, "note": r.note.render(lang) if r.note is not None else None,
                  "changes": [{"field": d.field, "old": _jsonable(d.old), "new": _jsonable(d.new), "cell": d.cell}
                              for d in r.changes],
                  "issues": [_issue_dict(i, lang) for i in r.issues],
                  "warnings": [_issue_dict(i, lang) for i in r.warnings]} for r in plan.rows],
        "rejected": [_issue_dict(i, lang) for i in plan.issues()],
        "warnings": [_issue_dict(i, lang) for i in plan.warnings()],
        "unknown_spellings": _spellings(plan),
        "conflicts": [_conflict_dict(r, c, lang) for r, c in plan.conflicts()],
        "organisations_created": outcome.organisations_created if outcome else 0,
    }


def refusal_dict(file_name: str, message: str, kind: str) -> dict[str, Any]:
    """The report of a file that was refused as a whole."""
    return {"format": FORMAT, "version": 1, "file": file_name, "refused": True, "error_kind": kind,
            "message": message, "applied": False, "batch_id": None, "counts": {}, "rows": [], "rejected": []}


def _atomic(out: Path, write: Any) -> Path:
    out = Path(out).expanduser().resolve()
    tmp = out.with_name(f".{out.name}.part")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write(tmp)
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InoError(message("report.unwritable", file=out, detail=os_reason(exc)), kind="report") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


def _check_suffix(out: Path) -> str:
    suffix = Path(out).suffix.lower()
    if suffix not in (".json", ".xlsx", ".xlsm"):
        raise InoError(message("report.format", file=out), kind="usage")
    return suffix


def write_report(out: Path, plan: ImportPlan, outcome: ImportOutcome | None = None, *,
                 dry_run: bool = False, refusal: str | None = None, lang: str = "en") -> Path:
    """OUT.json: the plan and outcome; OUT.xlsx (or .xlsm, keeping an .xlsm's macros): the marked workbook.
    The reasons are written in `lang` (the office's language, or the agency's)."""
    if _check_suffix(out) == ".json":
        data = report_dict(plan, outcome, dry_run=dry_run, refusal=refusal, lang=lang)
        return _atomic(out, lambda tmp: tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1),
                                                       encoding="utf-8"))
    keep_vba = Path(out).suffix.lower() == ".xlsm"
    return _atomic(out, lambda tmp: _workbook(plan, outcome, keep_vba, refusal, lang=lang,
                                                         dry_run=dry_run).save(tmp))


def write_refusal(out: Path, file_name: str, message: str, kind: str, lang: str = "en") -> Path:
    """A report for a file refused as a whole: the reason (in `lang`), so the office can send it back."""
    if _check_suffix(out) == ".json":
        data = refusal_dict(file_name, message, kind)
        return _atomic(out, lambda tmp: tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1),
                                                       encoding="utf-8"))
    from openpyxl import Workbook

    from ino_desktop.importer.report_sheet import refusal_sheet

    wb = Workbook()
    refusal_sheet(wb, file_name, message, lang)
    return _atomic(out, wb.save)


# --- the workbook handed back ---------------------------------------------------------------------

def _agency_workbook(plan: ImportPlan, keep_vba: bool) -> Any:
    from openpyxl import load_workbook

    try:
        return load_workbook(plan.path, keep_vba=keep_vba and plan.kind == "xlsm", rich_text=True)
    except Exception as exc:  # the reader accepted the file; openpyxl may still dislike a detail of it
        raise InoError(message("report.cannot_reopen", file=plan.file_name, detail=type(exc).__name__),
                       kind="report") from exc


def _copied_workbook(plan: ImportPlan) -> Any:
    """Any format the reader reads, copied cell by cell (values only) into a fresh workbook."""
    from openpyxl import Workbook

    from ino_desktop.importer.readers import open_book
    from ino_desktop.importer.report_sheet import put, sheet_title
    from ino_desktop.importer.sniff import load, sniff

    src = load(plan.path, plan.file_name, _limits())
    book = open_book(src, sniff(src, _limits()), _limits())
    wb = Workbook()
    wb.remove(wb.active)
    for raw in book.sheets:
        ws = wb.create_sheet(sheet_title(raw.name))
        ws.sheet_state = "hidden" if raw.hidden else "visible"
        if raw.rows is None:
            continue
        for number, cells in raw.rows():
            for col, value in enumerate(cells, start=1):
                if value not in ("", None):
                    put(ws, number, col, value if not isinstance(value, dt.timedelta) else str(value))
    return wb


def _limits() -> Any:
    from ino_desktop.importer.limits import Limits

    return Limits()


def _workbook(plan: ImportPlan, outcome: ImportOutcome | None, keep_vba: bool, refusal: str | None, *,
              lang: str, dry_run: bool) -> Any:
    from ino_desktop.importer.report_sheet import agency_sheets, summary_sheet

    wb = _agency_workbook(plan, keep_vba) if plan.kind in ("xlsx", "xlsm") else _copied_workbook(plan)
    _mark_rejections(wb, plan, lang)
    _mark_conflicts(wb, plan, lang)
    agency_sheets(wb, plan, lang)
    summary_sheet(wb, plan, outcome, refusal, lang, dry_run=dry_run)
    return wb


def _column_number(letter: str) -> int:
    n = 0
    for ch in letter.upper():
        n = n * 26 + ord(ch) - 64
    return n


def _mark_rejections(wb: Any, plan: ImportPlan, lang: str) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    from ino_desktop.importer.report_sheet import inert, sheet_title

    fills = {True: PatternFill(fill_type="solid", start_color=REJECTED_FILL, end_color=REJECTED_FILL),
             False: PatternFill(fill_type="solid", start_color=WARNING_FILL, end_color=WARNING_FILL)}
    reasons: dict[tuple[str, int, str], list[str]] = defaultdict(list)
    rejected: set[tuple[str, int, str]] = set()
    for issue in (*plan.issues(), *plan.warnings()):
        column = issue.column if issue.column and issue.column.isalpha() else "A"
        key = (issue.sheet, issue.row, column)
        reasons[key].append(issue.text(lang) if issue.is_error
                            else message("report.warning", reason=issue.message).render(lang))
        if issue.is_error:
            rejected.add(key)
    titles = {ws.title: ws for ws in wb.worksheets}
    for key, why in reasons.items():
        sheet, row, column = key
        ws = titles.get(sheet) or titles.get(sheet_title(sheet))
        if ws is None:
            continue
        cell = ws.cell(row=row, column=_column_number(column))
        cell.fill = fills[key in rejected]
        comment = Comment(inert("; ".join(dict.fromkeys(why))), "INO Desktop")
        comment.width, comment.height = 300, 120
        cell.comment = comment


def _mark_conflicts(wb: Any, plan: ImportPlan, lang: str) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    from ino_desktop.importer.report_sheet import inert, sheet_title

    fill = PatternFill(fill_type="solid", start_color=CONFLICT_FILL, end_color=CONFLICT_FILL)
    titles = {ws.title: ws for ws in wb.worksheets}
    for r, c in plan.conflicts():
        ws = titles.get(r.sheet) or titles.get(sheet_title(r.sheet))
        letters = "".join(ch for ch in (c.cell or "A") if ch.isalpha()) or "A"
        if ws is None:
            continue
        cell = ws.cell(row=r.row, column=_column_number(letters))
        cell.fill = fill
        comment = Comment(inert(f"{c.describe(lang)}; {c.decision().render(lang)}"), "INO Desktop")
        comment.width, comment.height = 320, 120
        cell.comment = comment
