"""What an import would do, row by row, before anything is written: create, update, unchanged, rejected.

The plan is plain dataclasses so the window's wizard, the command line and the reports read the same
thing. Every check the database would make (not negative, confirmed within extra-budgetary, dates in
order, known vocabulary keys, lengths) is made here on the merged state of each row, so that applying
a plan never fails half way on a constraint.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ino_desktop import reference as ref
from ino_desktop.importer.match import Match, ProjectIndex, collisions, match_row
from ino_desktop.importer.merge import MONEY_TOLERANCE, Conflict, answers, identity_conflict, merge, next_codes, same
from ino_desktop.importer.rows import ColumnMapping, Profile, ReadResult, RowIssue, SourceRow, Value, spelling_counts
from ino_desktop.importer.values import BadValue
from ino_desktop.messages import FieldName, FieldNames, Joined, Message, Shown, ValueName, message
from ino_desktop.models import (
    DATE_FIELDS,
    INT_FIELDS,
    MONEY_FIELDS,
    PROJECT_FIELDS,
    Category,
    Cluster,
    ImportBatch,
    Organisation,
    Project,
    Status,
    TerritoryType,
    WorkArea,
)
from ino_desktop.rules import Problem, check_project
from ino_desktop.services.portfolio import setting

ACTIONS = ("create", "update", "unchanged", "rejected")
HELD = "held"  # RowPlan.effect of a row held by an open identity question: counted in no action
__all__ = ["ACTIONS", "HELD", "MONEY_TOLERANCE", "Conflict", "FieldDiff", "ImportPlan", "RowPlan", "TablePlan",
           "build_plan", "same"]
_VOCABULARY_TABLES: dict[str, Any] = {"cluster": Cluster, "work_area": WorkArea, "territory_type": TerritoryType,
                      "category": Category, "status": Status}
_FETCH_CHUNK = 500  # ids per IN (...) query, below every SQLite build's parameter limit
_STORED_WINDOW = 5000  # rows whose projects' stored values are held at once while planning


@dataclass(frozen=True, slots=True)
class FieldDiff:
    field: str
    old: Value
    new: Value
    cell: str | None  # "F12" where the new value came from; None for a value from the sheet (cluster)


@dataclass(slots=True)
class RowPlan:
    sheet: str
    row: int
    action: str  # create | update | unchanged | rejected
    code: str | None
    name: str | None  # the stored name of an update, the file's name of a create
    project_id: int | None = None
    matched_by: str | None = None  # code | name | None
    issues: list[RowIssue] = field(default_factory=list)
    values: dict[str, Value] = field(default_factory=dict)  # create: every field the file sets
    diffs: list[FieldDiff] = field(default_factory=list)  # update: the fields that change
    version: int | None = None  # the project's version when planned (optimistic lock on apply)
    letters: dict[str, str] = field(default_factory=dict)  # field -> column letter, shared by a table's rows
    note: Message | None = None  # e.g. "repeats Проекты row 5": an identical copy of an earlier row
    warnings: tuple[RowIssue, ...] = ()  # reported with the row, whatever its action; they reject nothing
    # update / unchanged: values both sides changed (three-way merge), or one identity question
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def warned(self) -> bool:
        """Imported with something to check: a rejected row's warnings are part of why it is rejected."""
        return bool(self.warnings) and self.action != "rejected"

    @property
    def held(self) -> bool:
        """An undecided identity question: nothing of the row is applied."""
        return any(c.identity and not c.take for c in self.conflicts)

    @property
    def effect(self) -> str:
        """What applying does with the row: its action, except that an update whose every change is a
        conflict kept for the office leaves the project unchanged, and a row held by an open identity
        question is HELD (left untouched). As `applied_diffs`, without building it."""
        if self.action not in ("update", "unchanged"):
            return self.action
        if self.held:
            return HELD
        return "update" if self.diffs or any(c.take and not c.identity for c in self.conflicts) else "unchanged"

    def applied_diffs(self) -> list[FieldDiff]:
        """What applying writes for an update or unchanged row: its changes and the conflicts decided
        for the agency; nothing while an identity question is open."""
        if self.action not in ("update", "unchanged") or self.held:
            return []
        taken = [FieldDiff(c.field, c.office, c.agency, c.cell) for c in self.conflicts if c.take and not c.identity]
        return self.diffs + taken if taken else self.diffs

    def cell(self, field_name: str) -> str | None:
        letter = self.letters.get(field_name)
        return f"{letter}{self.row}" if letter else None

    @property
    def changes(self) -> list[FieldDiff]:
        """Each field's old → new. Built on demand for a create, so 100,000 creates hold no diff objects."""
        if self.action == "create":
            return [FieldDiff(f, None, v, self.cell(f)) for f, v in self.values.items() if v is not None]
        return self.diffs


@dataclass
class TablePlan:
    sheet: str
    header_rows: list[int]
    columns: list[ColumnMapping]
    constant_values: dict[str, Value]
    hidden: bool = False
    rows: int = 0

    @property
    def letters(self) -> dict[str, str]:
        return {c.field: c.letter for c in self.columns if c.field}

    @property
    def mapped(self) -> list[ColumnMapping]:
        return [c for c in self.columns if c.field]

    @property
    def unmapped(self) -> list[ColumnMapping]:
        return [c for c in self.columns if not c.field]


@dataclass
class ImportPlan:
    path: Path
    file_name: str
    sha256: str
    kind: str
    size: int
    source: str | None
    profile: Profile | None
    tables: list[TablePlan]
    sheets: list[str]
    skipped_sheets: dict[str, Message]
    notes: list[Message]
    rows: list[RowPlan]
    report_date: dt.date
    earlier_batches: list[int] = field(default_factory=list)  # applied batches of the same file (sha256)
    sheet: str | None = None  # the sheet asked for (--sheet), if any
    # field -> vocabulary spelling no key matched -> [(sheet, row), …]: what a value mapping could fix
    unknown_spellings: dict[str, dict[str, list[tuple[str, int]]]] = field(default_factory=dict)
    template: Any = None  # a returned data-request template's TemplateMeta (exporting/template_meta.py)

    def conflicts(self) -> Iterator[tuple[RowPlan, Conflict]]:
        for r in self.rows:
            for c in r.conflicts:
                yield r, c

    def take_all(self, take: bool = True) -> None:
        """Decide every conflict at once: the agency's value (True) or the office's (False)."""
        for _r, c in self.conflicts():
            c.take = take

    def open_conflicts(self) -> int:
        """Conflicts decided for the office (the default): kept as they are, and reported."""
        return sum(1 for _r, c in self.conflicts() if not c.take)

    def counts(self) -> dict[str, int]:
        """Rows by what applying will do, as its outcome counts them: a row whose every change is a
        conflict kept for the office is unchanged; a row held by an open identity question is in none
        (apply_plan leaves it untouched; `held()` counts them)."""
        out = dict.fromkeys(ACTIONS, 0)
        for r in self.rows:
            effect = r.effect
            if effect != HELD:
                out[effect] += 1
        return out

    def held(self) -> int:
        """Rows held by an open "same project?" question: nothing of them is applied until it is answered."""
        return sum(1 for r in self.rows if r.effect == HELD)

    def warned(self) -> int:
        """Rows imported with a warning (a value left out, a place not one of the programme's): a count of
        their own, beside the actions, never added to the rejected."""
        return sum(1 for r in self.rows if r.warned and r.effect != HELD)

    @property
    def rejected(self) -> list[RowPlan]:
        return [r for r in self.rows if r.action == "rejected"]

    def issues(self) -> Iterator[RowIssue]:
        """Why each rejected row is rejected."""
        for r in self.rows:
            yield from r.issues

    def warnings(self) -> Iterator[RowIssue]:
        """What someone should check in rows that are imported all the same."""
        for r in self.rows:
            yield from r.warnings

    def spelling_counts(self) -> dict[str, dict[str, int]]:
        """field -> unknown spelling -> how many rows wrote it."""
        return spelling_counts(self.unknown_spellings)

    @property
    def fields(self) -> list[str]:
        seen: dict[str, None] = {}
        for t in self.tables:
            for c in t.mapped:
                seen[c.field] = None  # type: ignore[index]
            for f in t.constant_values:
                seen[f] = None
        return list(seen)


# --- values ---------------------------------------------------------------------------------------

def normalise(field_name: str, value: Any) -> Value:
    """The stored form of a value the reader produced: float money, int jobs, dates, trimmed text.
    A value of the wrong type raises `values.BadValue` (kind "invalid")."""
    if value is None:
        return None
    if field_name in MONEY_FIELDS:
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise BadValue(message("row.not_finite", value=Shown(value)))
        return float(value)
    if field_name in INT_FIELDS:
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise BadValue(message("row.not_whole", value=Shown(value)))
        return value
    if field_name in DATE_FIELDS:
        if isinstance(value, dt.datetime):
            return value.date()
        if not isinstance(value, dt.date):
            raise BadValue(message("row.not_a_date", value=Shown(value)))
        return value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


# The exact type each field's value has once normalised; a value already of it is only trimmed.
_EXACT: dict[str, type] = {**dict.fromkeys(MONEY_FIELDS, float), **dict.fromkeys(INT_FIELDS, int),
                           **dict.fromkeys(DATE_FIELDS, dt.date)}
_PROJECT = frozenset(PROJECT_FIELDS)


def _normalise_row(row: SourceRow, constants: dict[str, Value]) -> list[RowIssue]:
    """Normalise `row.values` in place (no copy: 100,000 rows of 20 fields), return the values' issues.
    A row the reader built (`canonical`) has its values' exact types already: only the fields are checked."""
    code = None if row.canonical else _code(row)  # the code as written, for the issues (a canonical row has none)
    values = row.values
    for f, v in constants.items():
        values.setdefault(f, v)
    if not values.keys() <= _PROJECT:
        for f in [f for f in values if f not in _PROJECT]:
            del values[f]  # a field the portfolio does not hold (the reader's business to flag)
    if row.canonical:
        return []
    issues: list[RowIssue] = []
    for f, v in values.items():
        if v is None:
            continue
        want = _EXACT.get(f, str)
        if type(v) is want:
            if want is str:
                text = v.strip()  # type: ignore[union-attr]
                if text is not v or not text:
                    values[f] = text or None
            elif want is float and not math.isfinite(v):  # type: ignore[arg-type]
                issues.append(_issue(row, code, f, "invalid", message("row.not_finite", value=repr(v))))
            continue
        try:
            values[f] = normalise(f, v)
        except BadValue as exc:
            issues.append(_issue(row, code, f, "invalid", exc.coded))
    return issues


def _vocabulary_problems(values: dict[str, Value], vocab: dict[str, set[str]]) -> list[Problem]:
    """(field, kind, message) for each vocabulary key the database's reference tables do not hold."""
    out: list[Problem] = []
    for f, keys in vocab.items():
        v = values.get(f)
        if v is not None and v not in keys:
            out.append((f, f"unknown_{f}", message("row.unknown_value", field=FieldName(f), value=v)))
    return out


def constraint_problems(values: dict[str, Value], vocab: dict[str, set[str]]) -> list[Problem]:
    """(field, kind, message) for each check the database would fail on this project state: the shared
    rules of `rules.py`, then the vocabulary keys this database holds."""
    return [*check_project(values), *_vocabulary_problems(values, vocab)]


# --- building the plan ----------------------------------------------------------------------------

def _vocabularies(session: Session) -> dict[str, set[str]]:
    """The keys each vocabulary field may hold: what the database's reference tables hold now."""
    vocab = {f: set(session.scalars(select(model.key))) for f, model in _VOCABULARY_TABLES.items()}
    vocab["rag"] = set(ref.keys("rag"))
    return vocab


def _stored(session: Session, ids: Iterable[int]) -> dict[int, tuple[int, dict[str, Value]]]:
    """id -> (version, stored values of PROJECT_FIELDS, with the lead organisation by name)."""
    cols = [getattr(Project, f) for f in PROJECT_FIELDS if f != "lead_organization"]
    names = [f for f in PROJECT_FIELDS if f != "lead_organization"]
    stmt = (select(Project.id, Project.version, Organisation.name, *cols)
            .outerjoin(Organisation, Project.lead_organization_id == Organisation.id))
    ids = sorted(set(ids))
    out: dict[int, tuple[int, dict[str, Value]]] = {}
    for i in range(0, len(ids), _FETCH_CHUNK):
        for pid, version, org, *vals in session.execute(stmt.where(Project.id.in_(ids[i:i + _FETCH_CHUNK]))):
            values = dict(zip(names, vals, strict=True))
            values["lead_organization"] = org
            out[pid] = (version, values)
    return out


def report_date(session: Session) -> dt.date:
    """The date an import reports the data as at: the portfolio's stored "as at" date, else today."""
    stored = setting(session, "as_at")
    return dt.date.fromisoformat(stored) if stored else dt.date.today()


def _issue(row: SourceRow, code: str | None, f: str, kind: str, reason: Message) -> RowIssue:
    return RowIssue(row.sheet, row.row, row.column(f), f, reason, code, kind)


def _plan_create(row: SourceRow, m: Match, vocab: dict[str, set[str]], letters: dict[str, str]) -> RowPlan:
    values = row.values
    plan = RowPlan(row.sheet, row.row, "create", m.code, values.get("name"), values=values,  # type: ignore[arg-type]
                   letters=letters)
    if not values.get("name"):
        plan.issues.append(_issue(row, m.code, "name", "no_name", message("row.no_name")))
    # A canonical row passed the shared rules (the database's lengths, signs and order among them) when
    # it was read; what the reader cannot know is which keys this database's reference tables hold.
    problems = _vocabulary_problems(values, vocab) if row.canonical else constraint_problems(values, vocab)
    if problems:
        plan.issues += [_issue(row, m.code, f, kind, reason) for f, kind, reason in problems]
    return plan


def merged_problems(merged: dict[str, Value], carried: set[str],
                    vocab: dict[str, set[str]]) -> list[tuple[str, str, str, Message]]:
    """(field named, column field, kind, reason) for the rules a merged project state breaks because of
    the fields the file carries; an inconsistency among stored fields alone is not the file's doing."""
    found: dict[str, Problem] = {}
    for f, kind, reason in constraint_problems(merged, vocab):
        found.setdefault(f, (f, kind, reason))  # one problem per field named
    out = []
    for f, kind, problem in found.values():
        group = _RULE_GROUPS.get(f, (f,))
        given = [g for g in group if g in carried]
        if not given:
            continue
        stored = [g for g in group if g not in carried and merged.get(g) is not None]
        reason = message("row.with_stored", reason=problem, fields=FieldNames(tuple(stored))) if stored else problem
        out.append((f, f if f in carried else given[0], kind, reason))
    return out


# The fields each cross-field rule reads, by the field its problem names.
_RULE_GROUPS = {
    "total_cost_mln": ("total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln"),
    "extra_budgetary_confirmed_mln": ("extra_budgetary_confirmed_mln", "extra_budgetary_mln"),
    "end_date": ("end_date", "start_date"),
}


def _plan_update(row: SourceRow, m: Match, stored: tuple[int, dict[str, Value]], vocab: dict[str, set[str]],
                 letters: dict[str, str], *, sent: dict[str, Value] | None) -> RowPlan:
    """The row's answers against the stored project: two-way, or three-way when `sent` (a returned
    template's snapshot of this project) says what the agency was shown."""
    version, old = stored
    new = answers(row)
    new.pop("code", None)
    plan = RowPlan(row.sheet, row.row, "unchanged", m.code, old["name"], m.project_id,  # type: ignore[arg-type]
                   m.matched_by, version=version, letters=letters)
    if "name" in row.cleared:
        plan.issues.append(_issue(row, m.code, "name", "no_name", message("row.name_cannot_be_removed")))
        return plan
    question = identity_conflict(new, old, row.cell("name")) if m.matched_by == "code" else None
    if m.matched_by == "name":
        new.pop("name", None)  # a name match keeps the stored name as it is spelt
    changes, conflicts = merge(new, old, sent, row.cells)
    plan.diffs = [FieldDiff(*change) for change in changes]
    plan.conflicts = [question, *conflicts] if question is not None else conflicts
    if plan.diffs or plan.conflicts:
        plan.action = "update" if plan.diffs else "unchanged"
        touched = {d.field: d.new for d in plan.diffs} | {c.field: c.agency for c in conflicts}
        for _f, column_field, kind, reason in merged_problems({**old, **touched}, set(touched), vocab):
            plan.issues.append(_issue(row, m.code, column_field, kind, reason))
    return plan


def build_plan(result: ReadResult, session: Session, *, source: str | None = None,
               profile: Profile | None = None, sheet: str | None = None) -> ImportPlan:
    """Match every row of `result` against the portfolio in `session` and say what applying would do."""
    index = ProjectIndex.load(session)
    vocab = _vocabularies(session)
    # A new project holds only the fields of its table: its vocabulary keys are looked up for those alone.
    carried = {f for table in result.tables for f in table.fields}
    create_vocab = {f: keys for f, keys in vocab.items() if f in carried}
    template = result.template
    codes = template.codes if template is not None else None
    tables: list[TablePlan] = []
    placed: list[tuple[SourceRow, Match, list[RowIssue], dict[str, str]]] = []
    for table in result.tables:
        tplan = TablePlan(table.sheet, list(table.header_rows), list(table.columns), dict(table.constant_values),
                          table.hidden)
        tables.append(tplan)
        letters = tplan.letters
        constants = tplan.constant_values
        count = 0
        for row in table.rows:  # may be a generator: consumed once, here
            count += 1
            if row.issues and row.rejected:
                placed.append((row, Match(None, _code(row), None), [], letters))
                continue
            value_issues = _normalise_row(row, constants)  # first: a code 123.0 is "123"
            placed.append((row, match_row(row, index, codes), value_issues, letters))
        tplan.rows += count
    placed = _give_new_codes(placed, index)
    clashes, repeats = collisions([(row, m) for row, m, _i, _l in placed])
    rows: list[RowPlan] = []
    stored: dict[int, tuple[int, dict[str, Value]]] = {}
    for pos, (row, m, value_issues, letters) in enumerate(placed):
        if pos % _STORED_WINDOW == 0:  # the stored values of the next rows' projects only: memory stays flat
            window = placed[pos:pos + _STORED_WINDOW]
            stored = _stored(session, (w[1].project_id for w in window if w[1].project_id is not None))
        issues = row.errors() if row.issues else []  # a new list: extended below, kept by a rejected row
        if m.issue:
            issues.append(m.issue)
        if value_issues:
            issues += value_issues
        warnings = tuple(row.warnings()) if row.issues else ()
        if pos in clashes:
            issues.append(clashes[pos])
        if codes is not None and m.project_id is not None and m.code not in codes:
            issues.append(RowIssue(row.sheet, row.row, row.column("code") or row.column("name"), "code",
                                   message("row.not_in_request", code=m.code, selection=selection(template)),
                                   m.code, "outside_selection"))
        if pos in repeats and not issues:
            first = rows[repeats[pos]]  # one RowPlan per placed row, in order: the copy's original is built
            note = message("row.repeats", sheet=first.sheet, row=first.row)
            if first.action == "rejected":
                issues = [replace(i, sheet=row.sheet, row=row.row) for i in first.issues]
            else:
                rows.append(RowPlan(row.sheet, row.row, "unchanged", m.code, _name(row), None, m.matched_by,
                                    letters=letters, note=note, warnings=warnings))
                continue
        if issues:
            rows.append(RowPlan(row.sheet, row.row, "rejected", m.code or _code(row), _name(row),
                                m.project_id, m.matched_by, issues=issues, letters=letters, warnings=warnings))
            continue
        sent = template.sent.get(m.code) if template is not None else None
        plan = (_plan_update(row, m, stored[m.project_id], vocab, letters, sent=sent) if m.project_id is not None
                else _plan_create(row, m, create_vocab, letters))
        if plan.issues:
            plan.action, plan.diffs, plan.values, plan.conflicts = "rejected", [], {}, []
        plan.warnings = warnings
        rows.append(plan)
    earlier = list(session.scalars(select(ImportBatch.id).where(
        ImportBatch.sha256 == result.sha256, ImportBatch.state == "applied").order_by(ImportBatch.id)))
    notes = list(result.notes)
    if earlier:
        notes.append(message("note.imported_before", batches=Joined(tuple(earlier))))
    return ImportPlan(
        path=Path(result.path), file_name=result.file_name, sha256=result.sha256, kind=result.kind,
        size=_size(result.path), source=source or (template.agency if template is not None else None),
        profile=profile, tables=tables,
        sheets=list(result.sheets), skipped_sheets=dict(result.skipped_sheets), notes=notes, rows=rows,
        report_date=report_date(session), earlier_batches=earlier, sheet=sheet,
        unknown_spellings=result.unknown_spellings, template=template,
    )


def selection(template: Any) -> Message | Joined:
    """What a data request (exporting/template_meta.TemplateMeta) asked for: its clusters and organisation."""
    parts = [message("request.clusters", clusters=Joined(tuple(ValueName("cluster", c) for c in template.clusters)))
             ] if template.clusters else []
    if template.organisation:
        parts.append(message("request.organisation", organisation=template.organisation))
    return Joined(tuple(parts), "; ") if parts else message("request.every_project")


def _give_new_codes(placed: list[tuple[SourceRow, Match, list[RowIssue], dict[str, str]]],
                    index: ProjectIndex) -> list[tuple[SourceRow, Match, list[RowIssue], dict[str, str]]]:
    """A template's new rows (no code, unknown name) get the next free codes, in the file's order."""
    wanted = [pos for pos, (_r, m, _i, _l) in enumerate(placed) if m.matched_by == "new"]
    if not wanted:
        return placed
    used = [*index.by_code, *(m.code for _r, m, _i, _l in placed if m.code)]
    out = list(placed)
    for pos, code in zip(wanted, next_codes(used, len(wanted)), strict=True):
        row, _m, issues, letters = placed[pos]
        row.values["code"] = code
        out[pos] = (row, Match(None, code, None), issues, letters)
    return out


def _code(row: SourceRow) -> str | None:
    v = row.values.get("code")
    return str(v).strip() or None if v is not None else None


def _name(row: SourceRow) -> str | None:
    v = row.values.get("name")
    return str(v).strip() or None if v is not None else None


def _size(path: Path | str) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0
