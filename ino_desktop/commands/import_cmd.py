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

from ino_desktop import fields, formatting
from ino_desktop.db import failures
from ino_desktop.errors import ImportRefused, InoError
from ino_desktop.importer import service
from ino_desktop.importer.apply import ImportOutcome
from ino_desktop.importer.mapping import FIELDS
from ino_desktop.importer.plan import ImportPlan, RowPlan, selection
from ino_desktop.importer.report import write_refusal, write_report
from ino_desktop.importer.rows import ColumnMapping
from ino_desktop.messages import FieldName, FieldNames, Message, Shown, message
from ino_desktop.models import ImportBatch

if TYPE_CHECKING:
    from ino_desktop.cli import Context
    from ino_desktop.cli_parser import Parser
    from ino_desktop.db import Database

NAME = "import"
HELP = message("cli.import.help")


def add_arguments(parser: Parser) -> None:
    """The command's arguments."""
    parser.epilog = message("cli.import.epilog").render(parser.lang)
    parser.add_argument("files", nargs="+", metavar="FILE", help=message("cli.import.files"))
    parser.add_argument("--dry-run", action="store_true", help=message("cli.import.dry_run"))
    parser.add_argument("--strict", action="store_true", help=message("cli.import.strict"))
    parser.add_argument("--source", metavar="NAME", help=message("cli.import.source"))
    parser.add_argument("--sheet", metavar="NAME", help=message("cli.import.sheet"))
    parser.add_argument("--map", metavar="HEADER=FIELD", action="append", default=[], dest="mapping",
                        help=message("cli.import.map", fields=FieldNames(FIELDS)))
    parser.add_argument("--take-theirs", action="store_true", help=message("cli.import.take_theirs"))
    parser.add_argument("--report", metavar="OUT", type=Path, help=message("cli.import.report"))


def _field_named(name: str) -> str | None:
    """The importable field a `--map` names: by its key, or by its label in either language."""
    wanted = name.casefold()
    for key in FIELDS:
        entry = fields.BY_KEY[key]
        if wanted in (key.casefold(), entry.ru.casefold(), entry.en.casefold()):
            return key
    return None


def chosen_columns(pairs: list[str]) -> dict[str, str | None]:
    """`--map` values → header → field; a malformed pair or an unknown field refuses the command."""
    chosen: dict[str, str | None] = {}
    for pair in pairs:
        header, sep, name = pair.rpartition("=")
        name = name.strip()
        if not sep or not header.strip():
            raise InoError(message("cli.map_malformed", pair=pair), kind="usage")
        field = _field_named(name)
        if name.lower() in ("none", "-", ""):
            chosen[header.strip()] = None
        elif field is not None:
            chosen[header.strip()] = field
        else:
            raise InoError(message("cli.map_unknown_field", pair=pair, field=name, fields=FieldNames(FIELDS)),
                           kind="usage")
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
        raise InoError(message("cli.report_kind", file=args.report), kind="usage")
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
            restored = _restore_export(path, session, args.dry_run, out, lang)
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
            raise Interrupted(message("cli.import.interrupted", file=path.name)) from None
        raise Interrupted(interrupted_line(db, plan, before)) from None
    except InoError as exc:
        print(message("cli.error", text=exc.text(lang)).render(lang), file=err)
        if report is not None and isinstance(exc, ImportRefused):
            try:
                write_refusal(report, path.name, exc.text(lang), exc.kind, lang)
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


def interrupted_line(db: Database, plan: ImportPlan, before: int) -> Message:
    """What the database holds after Ctrl+C, not where the signal arrived: the batch if it was committed."""
    try:
        with db.session() as session:
            batch = session.scalar(select(ImportBatch.id).where(ImportBatch.id > before,
                                                                ImportBatch.sha256 == plan.sha256))
    except Exception:  # the database cannot even be read now: say only what is certain
        return message("cli.import.interrupted_unknown", file=plan.file_name)
    if batch is not None:
        return message("cli.import.interrupted_committed", file=plan.file_name, batch=batch)
    return message("cli.import.interrupted", file=plan.file_name)


def _restore_export(path: Path, session: Any, dry_run: bool, out: TextIO, lang: str) -> int | None:
    """A JSON or full .xlsx export into an empty portfolio: the whole portfolio back (importer/restore.py).
    None when `path` is not an export, or is an .xlsx export meeting a portfolio that holds data (its
    project sheet is then imported like any agency file)."""
    from ino_desktop.importer import restore

    doc = restore.export_document(path, session)
    if doc is None or (path.suffix.lower() == ".xlsx" and not restore.is_empty(session)):
        return None
    if dry_run:
        print(message("cli.import.export_dry_run", file=path.name, projects=len(doc.get("projects", []))).render(lang),
              file=out)
        return 0
    counts = restore.restore(session, doc, path.name)
    print(message("cli.import.export_restored", file=path.name, **counts).render(lang), file=out)
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

def shown(value: Any, field: str | None, lang: str) -> str:
    """A value as the plan prints it: numbers and dates as the language writes them, vocabulary values by
    their names, text quoted (and cut short)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return formatting.number(value, lang, None)
    if isinstance(value, dt.date):
        return formatting.date(value, lang)
    return Shown(value, field).render(lang)


def column_outcome(c: ColumnMapping, lang: str) -> Message:
    """Where a column goes and why: "Jobs created 91% (header words рабочие, места, факт …)"."""
    def because(what: Message) -> Message:
        return message("cli.plan.because", what=what, reason=c.reason) if c.reason else what

    confidence = formatting.percent(c.confidence, lang)
    if c.field:
        field = FieldNames((c.field, c.also)) if c.also else FieldName(c.field)  # a column of periods gives both dates
        return because(message("cli.plan.mapped", field=field, confidence=confidence))
    if c.how == "decide" and c.guess:
        guess = because(message("cli.plan.mapped", field=FieldName(c.guess), confidence=confidence))
        return message("cli.plan.undecided", guess=guess)
    return because(message("cli.plan.left_out"))


def _header(t: Any) -> Message:
    if len(t.header_rows) > 1:
        return message("cli.plan.header_rows", first=t.header_rows[0], last=t.header_rows[-1])
    return message("cli.plan.header_row", row=t.header_rows[0]) if t.header_rows else message("cli.plan.header_none")


def header_lines(plan: ImportPlan, lang: str = "en") -> Iterator[str]:
    """The lines that describe an import's file before its rows."""
    yield message("cli.plan.file", file=plan.file_name, kind=plan.kind, size=formatting.number(plan.size, lang),
                  digest=plan.sha256[:12]).render(lang)
    if plan.template is not None:
        t = plan.template
        yield message("cli.plan.template_to" if t.agency else "cli.plan.template",
                      created=formatting.date(t.created_at.date(), lang), as_at=formatting.date(t.as_at, lang),
                      count=len(t.sent), selection=selection(t), agency=t.agency or "").render(lang)
    for t in plan.tables:
        yield message("cli.plan.sheet_hidden" if t.hidden else "cli.plan.sheet", sheet=t.sheet, header=_header(t),
                      rows=t.rows, mapped=len(t.mapped), unmapped=len(t.unmapped)).render(lang)
        for c in t.columns:
            yield message("cli.plan.column", letter=f"{c.letter:>3}", header=Shown(c.header),
                          outcome=column_outcome(c, lang)).render(lang)
        for f, v in t.constant_values.items():
            yield message("cli.plan.constant", field=FieldName(f), value=shown(v, f, lang)).render(lang)
    for sheet, why in plan.skipped_sheets.items():
        yield message("cli.plan.skipped", sheet=sheet, reason=why).render(lang)
    for note in plan.notes:
        yield message("cli.note", note=note).render(lang)
    for f, spellings in plan.unknown_spellings.items():
        for text, where in sorted(spellings.items(), key=lambda item: -len(item[1])):
            rows = ", ".join(str(row) for _sheet, row in where[:5]) + (", …" if len(where) > 5 else "")
            yield message("cli.plan.unknown_spelling", field=FieldName(f), value=Shown(text), count=len(where),
                          rows=rows).render(lang)


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
            yield message("cli.plan.change_at" if d.cell else "cli.plan.change", field=FieldName(d.field),
                          old=shown(d.old, d.field, lang), new=shown(d.new, d.field, lang), cell=d.cell or "",
                          ).render(lang)
    elif r.action == "unchanged":
        said = message("plan.unchanged" + by_name, **at)
        yield (message("cli.plan.because", what=said, reason=r.note) if r.note else said).render(lang)
    else:
        yield message("plan.rejected", **at).render(lang)
        for i in r.issues:
            yield message("plan.problem_at" if i.column else "plan.problem", column=i.column or "",
                          reason=i.message).render(lang)
    for w in r.warnings:
        yield message("plan.warning_at" if w.column else "plan.warning", column=w.column or "",
                      reason=w.message).render(lang)
    for c in r.conflicts:
        yield message("cli.plan.conflict_at" if c.cell else "cli.plan.conflict", conflict=c.describe(lang),
                      cell=c.cell or "", decision=c.decision()).render(lang)


def counts_message(plan: ImportPlan) -> Message:
    """The one-line count of what the plan would do."""
    warned = plan.warned()
    conflicts = sum(1 for _c in plan.conflicts())
    counts = message("cli.counts", file=plan.file_name, **plan.counts())
    if warned:
        counts = message("cli.with_warnings", counts=counts, warned=warned)
    held = plan.held()
    if held:  # counted in none of the above: applying leaves them untouched
        counts = message("cli.with_held", counts=counts, held=held)
    return message("cli.with_conflicts", counts=counts, conflicts=conflicts) if conflicts else counts


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
