"""`import FILE…`: plan each file against the portfolio, print what changes, apply it (or only show it).

Each file is its own batch, planned and applied on its own; the exit status is the worst of them.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import getpass
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from ino_desktop.db import failures
from ino_desktop.errors import ImportRefused, InoError
from ino_desktop.importer import service
from ino_desktop.importer.apply import ImportOutcome
from ino_desktop.importer.mapping import FIELDS
from ino_desktop.importer.plan import ImportPlan, RowPlan
from ino_desktop.importer.report import write_refusal, write_report
from ino_desktop.importer.rows import ColumnMapping
from ino_desktop.messages import FieldName, Message, Shown, message
from ino_desktop.models import ImportBatch

if TYPE_CHECKING:
    from ino_desktop.cli import Context
    from ino_desktop.db import Database

NAME = "import"
HELP = "import agency workbooks (.xlsx .xlsm .xls .xlsb .ods) or CSV files; each file is its own batch"
EPILOG = (
    "Exit status: 0 imported; 1 imported, but some rows were rejected (each listed on standard error as "
    "'file: sheet S, row N, column C: reason'); 2 refused as a whole, nothing written. With several files "
    "each is planned and applied on its own (its own batch) and the status is the worst of them. "
    "Importing a file that was already imported is harmless: rows already in the portfolio show as "
    "'unchanged' and only the report date is refreshed. A row updates the project with its code; a row "
    "without a code updates the project of the same name (case, ё/е, quotes and spaces ignored). "
    "Every import can be reverted with 'undo-import BATCH_ID' ('batches' lists them). A blank cell is no "
    "answer and never clears a stored value; the word ОЧИСТИТЬ (or CLEAR) in a cell does. A returned "
    "data-request template is merged three ways: a value only the agency changed is applied, one only the "
    "office changed since is kept, and one both changed is a conflict: kept as the office's value, listed on "
    "standard error, exit status 1, unless --take-theirs is given."
)
_TEXT_WIDTH = 70


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments."""
    parser.epilog = EPILOG
    parser.add_argument("files", nargs="+", metavar="FILE", help="workbooks or CSV files; each is its own batch")
    parser.add_argument("--dry-run", action="store_true", help="print the plan (per row: create / update with "
                        "old → new / unchanged / rejected) and change nothing")
    parser.add_argument("--strict", action="store_true",
                        help="refuse a whole file (exit 2, nothing written) if any of its rows is rejected")
    parser.add_argument("--source", metavar="NAME", help="the agency that sent the files: its saved column "
                        "mapping is used, and the mapping used is saved for its next file")
    parser.add_argument("--sheet", metavar="NAME", help="read only this sheet (default: every sheet with a table)")
    parser.add_argument("--map", metavar="HEADER=FIELD", action="append", default=[], dest="mapping",
                        help="read the column headed HEADER as FIELD (or 'none' to leave it out); repeatable. "
                        f"Fields: {', '.join(FIELDS)}. With --source the choice is saved in the agency's profile")
    parser.add_argument("--take-theirs", action="store_true",
                        help="where the office and the agency both changed a value (or a row may be another "
                        "project), apply the agency's; by default the office's is kept and the conflict listed")
    parser.add_argument("--report", metavar="OUT", type=Path,
                        help="write a report: OUT.json (plan and outcome) or OUT.xlsx (the agency's workbook "
                        "with rejected cells marked and a summary sheet); with several files, one report per "
                        "file named OUT-<file>.json/.xlsx")


def chosen_columns(pairs: list[str]) -> dict[str, str | None]:
    """`--map` values → header → field; a malformed pair or an unknown field refuses the command."""
    chosen: dict[str, str | None] = {}
    for pair in pairs:
        header, sep, field = pair.rpartition("=")
        field = field.strip()
        if not sep or not header.strip():
            raise InoError(f"--map {pair!r}: write it as \"HEADER=FIELD\"; nothing imported", kind="usage")
        if field.lower() in ("none", "-", ""):
            chosen[header.strip()] = None
        elif field in FIELDS:
            chosen[header.strip()] = field
        else:
            raise InoError(f"--map {pair!r}: '{field}' is not a field (fields: {', '.join(FIELDS)}); "
                           "nothing imported", kind="usage")
    return chosen


def login_name() -> str | None:
    """Who is running the command, for the change log (undo-import uses it too)."""
    try:
        return getpass.getuser()
    except Exception:  # no login name in this environment (service, container): the change log says nobody
        return None


def _report_path(report: Path | None, source: Path, several: bool) -> Path | None:
    if report is None or not several:
        return report
    return report.with_name(f"{report.stem}-{source.stem}{report.suffix}")


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Import workbooks, each as its own batch, or print their plans with --dry-run."""
    if args.report is not None and args.report.suffix.lower() not in (".json", ".xlsx", ".xlsm"):
        raise InoError(f"{args.report}: a report is .json or .xlsx; nothing imported", kind="usage")
    db = ctx.db(claim=not args.dry_run)
    files = [Path(f) for f in args.files]
    worst = 0
    for path in files:
        worst = max(worst, _import_one(path, args, db, _report_path(args.report, path, len(files) > 1), ctx.lang))
    return worst


def _import_one(path: Path, args: argparse.Namespace, db: Database, report: Path | None, lang: str) -> int:
    out, err = _stream(sys.stdout), _stream(sys.stderr)
    plan: ImportPlan | None = None
    before = 0
    try:
        before = last_batch(db)
        with db.session() as session:
            restored = _restore_export(path, session, args.dry_run, out)
            if restored is not None:
                return restored
            plan = service.plan(path, session, sheet=args.sheet, source=args.source,
                                chosen=chosen_columns(args.mapping))
            plan.take_all(args.take_theirs)
            counts = plan.counts()
            if args.dry_run:
                for line in plan_lines(plan, lang):
                    print(line, file=out)
            else:
                for line in header_lines(plan, lang):
                    print(line, file=out)
            if args.strict and counts["rejected"]:
                first = next(plan.issues())
                refusal = ImportRefused(message(
                    "cli.strict", file=plan.file_name, count=counts["rejected"],
                    first=message("cli.row_problem", where=first.place(None),
                                  reason=first.message)), kind="strict")
                if report is not None:  # the full plan, so the agency sees every rejected row
                    write_report(report, plan, None, dry_run=args.dry_run, refusal=refusal.text(lang), lang=lang)
                    report = None
                raise refusal
            _print_rejections(plan, err, lang)
            outcome = None
            if not args.dry_run:
                outcome = service.apply(plan, session, user=login_name(), strict=args.strict, db=db)
                print(outcome_line(plan, outcome, lang), file=out)
            status = 1 if counts["rejected"] or plan.open_conflicts() else 0
            if report is not None:
                try:
                    write_report(report, plan, outcome, dry_run=args.dry_run, lang=lang)
                except InoError as exc:
                    if args.dry_run:
                        raise
                    # the import stands: 2 would claim that nothing was written
                    print(message("cli.error_after_import", text=exc.text(lang)).render(lang), file=err)
                    return max(status, 1)
            return status
    except KeyboardInterrupt:  # the session is closed (rolled back) by now; ask the database what stands
        if plan is None or args.dry_run:
            raise Interrupted(f"{path.name}: interrupted; this file was not imported (nothing of it was "
                              "written)") from None
        raise Interrupted(interrupted_line(db, plan, before)) from None
    except InoError as exc:
        print(message("cli.error", text=exc.text(lang)).render(lang), file=err)
        if report is not None and isinstance(exc, ImportRefused):
            try:
                write_refusal(report, path.name, exc.text(lang), exc.kind)
            except InoError as rexc:
                print(message("cli.error", text=rexc.text(lang)).render(lang), file=err)
        return exc.exit_code


class Interrupted(KeyboardInterrupt):
    """Ctrl+C during an import, with the line that says (from the database) whether it was committed."""


def last_batch(db: Database) -> int:
    """The newest import batch's number (0 when there is none)."""
    try:
        with db.session() as session:
            return int(session.scalar(select(func.max(ImportBatch.id))) or 0)
    except SQLAlchemyError as exc:
        raise failures.explain(exc, db.display_name, db.path) from exc


def interrupted_line(db: Database, plan: ImportPlan, before: int) -> str:
    """What the database holds after Ctrl+C, not where the signal arrived: the batch if it was committed."""
    try:
        with db.session() as session:
            batch = session.scalar(select(ImportBatch.id).where(ImportBatch.id > before,
                                                                ImportBatch.sha256 == plan.sha256))
    except Exception:  # the database cannot even be read now: say only what is certain
        return (f"{plan.file_name}: interrupted; whether the import was committed could not be checked "
                "(see 'ino-desktop export' or the window's import history)")
    if batch is not None:
        return (f"{plan.file_name}: interrupted after the import was committed: imported as batch {batch} "
                f"(undo it with 'ino-desktop undo-import {batch}')")
    return f"{plan.file_name}: interrupted; this file was not imported (nothing of it was written)"


def _restore_export(path: Path, session: Any, dry_run: bool, out: TextIO) -> int | None:
    """A JSON or full .xlsx export into an empty portfolio: the whole portfolio back (importer/restore.py).
    None when `path` is not an export, or is an .xlsx export meeting a portfolio that holds data (its
    project sheet is then imported like any agency file)."""
    from ino_desktop.importer import restore

    doc = restore.export_document(path, session)
    if doc is None or (path.suffix.lower() == ".xlsx" and not restore.is_empty(session)):
        return None
    if dry_run:
        print(f"{path.name}: a portfolio export of {len(doc.get('projects', []))} projects; it would be restored "
              "into this portfolio (dry run: nothing written)", file=out)
        return 0
    counts = restore.restore(session, doc, path.name)
    print(f"{path.name}: portfolio restored: " + ", ".join(f"{n} {what.replace('_', ' ')}" for what, n in
                                                          counts.items()), file=out)
    return 0


def _stream(stream: TextIO) -> TextIO:
    """Cyrillic must print even on a console that cannot encode it: unknown characters are escaped."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    if encoding not in ("utf8", "utf16", "utf32") and hasattr(stream, "reconfigure"):
        with contextlib.suppress(ValueError, OSError):
            stream.reconfigure(errors="backslashreplace")
    return stream


def _print_rejections(plan: ImportPlan, err: TextIO, lang: str) -> None:
    for issue in plan.issues():
        print(message("cli.row_problem", where=issue.place(plan.file_name), reason=issue.message).render(lang),
              file=err)
    for issue in plan.warnings():
        print(message("cli.row_warning", where=issue.place(plan.file_name), reason=issue.message).render(lang),
              file=err)
    for row, conflict in plan.conflicts():
        where = message("where.conflict", file=plan.file_name, sheet=row.sheet, row=row.row, cell=conflict.cell) \
            if conflict.cell else message("where.row", file=plan.file_name, sheet=row.sheet, row=row.row)
        print(message("cli.conflict" if conflict.take else "cli.conflict_open", where=where, code=row.code,
                      conflict=conflict.message(), decision=conflict.decision()).render(lang), file=err)


# --- the plan as text -----------------------------------------------------------------------------

def fmt(value: Any) -> str:
    """A value as the plan prints it."""
    if value is None:
        return "(empty)"
    if isinstance(value, float):
        return format(value, ".6f").rstrip("0").rstrip(".")
    if isinstance(value, int | dt.date) and not isinstance(value, bool):
        return str(value)
    text = str(value).replace("\n", " ")
    return f"'{text if len(text) <= _TEXT_WIDTH else text[:_TEXT_WIDTH - 1] + '…'}'"


def column_outcome(c: ColumnMapping, lang: str = "en") -> str:
    """Where a column goes and why: "jobs_created 91% (header words рабочие, места, факт …)"."""
    why = f" ({c.reason.render(lang)})" if c.reason is not None else ""
    if c.field:
        return f"{c.field} {c.confidence:.0%}{why}"
    if c.how == "decide" and c.guess:
        return f"needs a decision: perhaps {c.guess} {c.confidence:.0%}{why}; not imported (--map to choose)"
    return f"(not imported){why}"


def header_lines(plan: ImportPlan, lang: str = "en") -> Iterator[str]:
    """The lines that describe an import's file before its rows."""
    yield f"{plan.file_name} ({plan.kind}, {plan.size:,} bytes, sha256 {plan.sha256[:12]}…)"
    if plan.template is not None:
        t = plan.template
        yield (f"  a returned data-request template of {t.created_at:%Y-%m-%d} (data as at {t.as_at}, "
               f"{len(t.sent)} project(s), {t.selection_text()}{f', to {t.agency}' if t.agency else ''}): "
               "merged three ways with what was sent")
    for t in plan.tables:
        header = f"rows {t.header_rows[0]}-{t.header_rows[-1]}" if len(t.header_rows) > 1 else \
            f"row {t.header_rows[0]}" if t.header_rows else "none"
        yield (f"  sheet '{t.sheet}'{' (hidden)' if t.hidden else ''}: header {header}, {t.rows} data row(s), "
               f"{len(t.mapped)} column(s) mapped, {len(t.unmapped)} not")
        for c in t.columns:
            yield f"    {c.letter:>3}  {c.header!r} → {column_outcome(c, lang)}"
        for f, v in t.constant_values.items():
            yield f"         {f} = {fmt(v)} for every row (from the sheet)"
    for sheet, why in plan.skipped_sheets.items():
        yield f"  sheet '{sheet}' skipped: {why.render(lang)}"
    for note in plan.notes:
        yield message("cli.note", note=note).render(lang)
    for f, spellings in plan.unknown_spellings.items():
        for text, where in sorted(spellings.items(), key=lambda item: -len(item[1])):
            rows = ", ".join(str(row) for _sheet, row in where[:5]) + (", …" if len(where) > 5 else "")
            yield (f"  unknown {f.replace('_', ' ')} {fmt(text)} on {len(where)} row(s) ({rows}); a value "
                   "mapping saved in the source's profile (--source) reads it next time")


def row_lines(r: RowPlan, lang: str = "en") -> Iterator[str]:
    """The lines of one row of the plan."""
    who = r.code or message("plan.no_code").render(lang)
    at = {"sheet": r.sheet, "row": r.row, "code": who}
    by_name = "_by_name" if r.matched_by == "name" else ""
    if r.action == "create":
        yield message("plan.create", **at, name=Shown(r.name)).render(lang)
    elif r.action == "update":
        yield message("plan.update" + by_name, **at).render(lang)
        for d in r.changes:
            yield (f"      {FieldName(d.field).render(lang)}: {Shown(d.old, d.field).render(lang)} → "
                   f"{Shown(d.new, d.field).render(lang)}{f'  [{d.cell}]' if d.cell else ''}")
    elif r.action == "unchanged":
        yield message("plan.unchanged" + by_name, **at).render(lang) + (f" ({r.note.render(lang)})" if r.note else "")
    else:
        yield message("plan.rejected", **at).render(lang)
        for i in r.issues:
            yield message("plan.problem_at" if i.column else "plan.problem", column=i.column or "",
                          reason=i.message).render(lang)
    for w in r.warnings:
        yield message("plan.warning_at" if w.column else "plan.warning", column=w.column or "",
                      reason=w.message).render(lang)
    for c in r.conflicts:
        yield f"      {c.describe(lang)}{f'  [{c.cell}]' if c.cell else ''} → {c.decision().render(lang)}"


def counts_message(plan: ImportPlan) -> Message:
    """The one-line count of what the plan would do."""
    warned = sum(1 for r in plan.rows if r.warnings)
    conflicts = sum(1 for _c in plan.conflicts())
    counts = message("cli.counts", file=plan.file_name, **plan.counts())
    if warned:
        counts = message("cli.with_warnings", counts=counts, warned=warned)
    return message("cli.with_conflicts", counts=counts, conflicts=conflicts) if conflicts else counts


def counts_line(plan: ImportPlan, lang: str = "en") -> str:
    """The one-line count of what the plan would do, in `lang`."""
    return counts_message(plan).render(lang)


def plan_lines(plan: ImportPlan, lang: str = "en") -> Iterator[str]:
    """The whole plan of a dry run."""
    yield from header_lines(plan, lang)
    for r in plan.rows:
        yield from row_lines(r, lang)
    yield message("cli.dry_run", counts=counts_message(plan)).render(lang)


def outcome_line(plan: ImportPlan, outcome: ImportOutcome, lang: str = "en") -> str:
    """The one-line outcome of an import."""
    if outcome.batch_id is None:
        return message("cli.nothing_imported", file=plan.file_name).render(lang)
    said = message("cli.imported", file=plan.file_name, batch=outcome.batch_id, **outcome.counts)
    if outcome.organisations_created:
        said = message("cli.organisations_added", outcome=said, count=outcome.organisations_created)
    kept = plan.open_conflicts()
    return (message("cli.conflicts_kept", outcome=said, count=kept) if kept else said).render(lang)
