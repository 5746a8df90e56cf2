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

from ino_desktop.errors import ImportRefused, InoError
from ino_desktop.importer import service
from ino_desktop.importer.apply import ImportOutcome
from ino_desktop.importer.plan import ImportPlan, RowPlan
from ino_desktop.importer.report import write_refusal, write_report

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
    "Every import can be reverted with 'undo-import BATCH_ID'."
)
_TEXT_WIDTH = 70


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = EPILOG
    parser.add_argument("files", nargs="+", metavar="FILE", help="workbooks or CSV files; each is its own batch")
    parser.add_argument("--dry-run", action="store_true", help="print the plan (per row: create / update with "
                        "old → new / unchanged / rejected) and change nothing")
    parser.add_argument("--strict", action="store_true",
                        help="refuse a whole file (exit 2, nothing written) if any of its rows is rejected")
    parser.add_argument("--source", metavar="NAME", help="the agency that sent the files: its saved column "
                        "mapping is used, and the mapping used is saved for its next file")
    parser.add_argument("--sheet", metavar="NAME", help="read only this sheet (default: every sheet with a table)")
    parser.add_argument("--report", metavar="OUT", type=Path,
                        help="write a report: OUT.json (plan and outcome) or OUT.xlsx (the agency's workbook "
                        "with rejected cells marked and a summary sheet); with several files, one report per "
                        "file named OUT-<file>.json/.xlsx")


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
    if args.report is not None and args.report.suffix.lower() not in (".json", ".xlsx", ".xlsm"):
        raise InoError(f"{args.report}: a report is .json or .xlsx; nothing imported", kind="usage")
    db = ctx.db(writes=not args.dry_run)
    files = [Path(f) for f in args.files]
    worst = 0
    for path in files:
        worst = max(worst, _import_one(path, args, db, _report_path(args.report, path, len(files) > 1)))
    return worst


def _import_one(path: Path, args: argparse.Namespace, db: Database, report: Path | None) -> int:
    out, err = _stream(sys.stdout), _stream(sys.stderr)
    try:
        with db.session() as session:
            plan = service.plan(path, session, sheet=args.sheet, source=args.source)
            counts = plan.counts()
            if args.dry_run:
                for line in plan_lines(plan):
                    print(line, file=out)
            else:
                for line in header_lines(plan):
                    print(line, file=out)
            if args.strict and counts["rejected"]:
                first = next(plan.issues())
                refusal = ImportRefused(f"{plan.file_name}: {counts['rejected']} row(s) rejected and --strict was "
                                        f"given (first: sheet '{first.sheet}', row {first.row}"
                                        f"{', column ' + first.column if first.column else ''}: {first.reason}); "
                                        "nothing imported", kind="strict")
                if report is not None:  # the full plan, so the agency sees every rejected row
                    write_report(report, plan, None, dry_run=args.dry_run, refusal=refusal.message)
                    report = None
                raise refusal
            _print_rejections(plan, err)
            outcome = None
            if not args.dry_run:
                outcome = service.apply(plan, session, user=login_name(), strict=args.strict, db=db)
                print(outcome_line(plan, outcome), file=out)
            status = 1 if counts["rejected"] else 0
            if report is not None:
                try:
                    write_report(report, plan, outcome, dry_run=args.dry_run)
                except InoError as exc:
                    if args.dry_run:
                        raise
                    # the import stands: 2 would claim that nothing was written
                    print(f"ino-desktop: {exc.message} (the import itself was applied)", file=err)
                    return max(status, 1)
            return status
    except InoError as exc:
        print(f"ino-desktop: {exc.message}", file=err)
        if report is not None and isinstance(exc, ImportRefused):
            try:
                write_refusal(report, path.name, exc.message, exc.kind)
            except InoError as rexc:
                print(f"ino-desktop: {rexc.message}", file=err)
        return exc.exit_code


def _stream(stream: TextIO) -> TextIO:
    """Cyrillic must print even on a console that cannot encode it: unknown characters are escaped."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    if encoding not in ("utf8", "utf16", "utf32") and hasattr(stream, "reconfigure"):
        with contextlib.suppress(ValueError, OSError):
            stream.reconfigure(errors="backslashreplace")
    return stream


def _print_rejections(plan: ImportPlan, err: TextIO) -> None:
    for issue in plan.issues():
        print(f"{issue.where(plan.file_name)}: {issue.reason}", file=err)
    for issue in plan.warnings():
        print(f"{issue.where(plan.file_name)}: warning: {issue.reason}", file=err)


# --- the plan as text -----------------------------------------------------------------------------

def fmt(value: Any) -> str:
    if value is None:
        return "(empty)"
    if isinstance(value, float):
        return format(value, ".6f").rstrip("0").rstrip(".")
    if isinstance(value, int | dt.date) and not isinstance(value, bool):
        return str(value)
    text = str(value).replace("\n", " ")
    return f"'{text if len(text) <= _TEXT_WIDTH else text[:_TEXT_WIDTH - 1] + '…'}'"


def header_lines(plan: ImportPlan) -> Iterator[str]:
    yield f"{plan.file_name} ({plan.kind}, {plan.size:,} bytes, sha256 {plan.sha256[:12]}…)"
    for t in plan.tables:
        header = f"rows {t.header_rows[0]}-{t.header_rows[-1]}" if len(t.header_rows) > 1 else \
            f"row {t.header_rows[0]}" if t.header_rows else "none"
        yield (f"  sheet '{t.sheet}'{' (hidden)' if t.hidden else ''}: header {header}, {t.rows} data row(s), "
               f"{len(t.mapped)} column(s) mapped, {len(t.unmapped)} not")
        for c in t.columns:
            target = c.field or "(not imported)"
            sure = f", {c.how} {c.confidence:.0%}" if c.field and c.how != "synonym" else ""
            yield f"    {c.letter:>3}  {c.header!r} → {target}{sure}"
        for f, v in t.constant_values.items():
            yield f"         {f} = {fmt(v)} for every row (from the sheet)"
    for sheet, why in plan.skipped_sheets.items():
        yield f"  sheet '{sheet}' skipped: {why}"
    for note in plan.notes:
        yield f"  note: {note}"
    for f, spellings in plan.unknown_spellings.items():
        for text, where in sorted(spellings.items(), key=lambda item: -len(item[1])):
            rows = ", ".join(str(row) for _sheet, row in where[:5]) + (", …" if len(where) > 5 else "")
            yield (f"  unknown {f.replace('_', ' ')} {fmt(text)} on {len(where)} row(s) ({rows}); a value "
                   "mapping saved in the source's profile (--source) reads it next time")


def row_lines(r: RowPlan) -> Iterator[str]:
    who = r.code or "(no code)"
    if r.action == "create":
        yield f"  {r.sheet} row {r.row}: create {who} {fmt(r.name)}"
    elif r.action == "update":
        by = " (matched by name)" if r.matched_by == "name" else ""
        yield f"  {r.sheet} row {r.row}: update {who}{by}"
        for d in r.changes:
            yield f"      {d.field}: {fmt(d.old)} → {fmt(d.new)}{f'  [{d.cell}]' if d.cell else ''}"
    elif r.action == "unchanged":
        by = " (matched by name)" if r.matched_by == "name" else ""
        yield f"  {r.sheet} row {r.row}: unchanged {who}{by}{f' ({r.note})' if r.note else ''}"
    else:
        yield f"  {r.sheet} row {r.row}: rejected {who}"
        for i in r.issues:
            yield f"      {f'column {i.column}: ' if i.column else ''}{i.reason}"
    for w in r.warnings:
        yield f"      warning: {f'column {w.column}: ' if w.column else ''}{w.reason}"


def counts_line(plan: ImportPlan) -> str:
    c = plan.counts()
    warned = sum(1 for r in plan.rows if r.warnings)
    return (f"{plan.file_name}: {c['create']} to create, {c['update']} to update, {c['unchanged']} unchanged, "
            f"{c['rejected']} rejected{f', {warned} with warnings' if warned else ''}")


def plan_lines(plan: ImportPlan) -> Iterator[str]:
    yield from header_lines(plan)
    for r in plan.rows:
        yield from row_lines(r)
    yield counts_line(plan) + " (dry run: nothing written)"


def outcome_line(plan: ImportPlan, outcome: ImportOutcome) -> str:
    if outcome.batch_id is None:
        return f"{plan.file_name}: nothing imported (every row rejected)"
    c = outcome.counts
    orgs = f", {outcome.organisations_created} organisation(s) added" if outcome.organisations_created else ""
    return (f"{plan.file_name}: imported as batch {outcome.batch_id}: {c['create']} created, {c['update']} updated, "
            f"{c['unchanged']} unchanged, {c['rejected']} rejected{orgs}")
