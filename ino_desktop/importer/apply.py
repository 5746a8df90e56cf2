"""Apply an import plan in one transaction: batch record, bulk writes, change log; all or nothing.

Writes go in bulk (on SQLite, inserts of up to 200 rows a statement; updates, and every write to
PostgreSQL, through `executemany`), not one ORM object per row, which is what makes a 100,000-row
import take seconds. Updates carry the version the plan saw, so a project edited between plan and
apply is a conflict, not a silent overwrite. Any failure (disk full, constraint, cancel) rolls the
whole transaction back: the portfolio is as it was.

A created project gets one change-log row (action 'create', field CREATED = '*', the cell range of its
row, e.g. 'A12:S12') rather than one row per field: per-field rows made a 100,000-row import spend ~9 s
writing 1.7 million log rows. The values it was created with are the project's values until a later
change-log row of a field says otherwise (each such row keeps the old value). An update logs one row
per changed field.

What an update writes is `RowPlan.applied_diffs()`: its changes plus the conflicts decided for the
agency, none while an identity question is open (such a row is left untouched). The report date every
touched project had before is kept with the batch (REPORTED_KEY in its columns_json) so that undo
puts it back exactly.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from ino_desktop import reference as ref
from ino_desktop.errors import EditConflict, InoError
from ino_desktop.importer.plan import FieldDiff, ImportPlan, RowPlan
from ino_desktop.messages import message
from ino_desktop.models import DATE_FIELDS, PROJECT_FIELDS, ChangeLog, ImportBatch, Organisation, Project
from ino_desktop.models.base import utcnow
from ino_desktop.os_errors import first_line
from ino_desktop.progress import Cancelled, Progress, tick
from ino_desktop.services.changes import encode

_ROWS_PER_INSERT = 200  # rows per INSERT statement on SQLite (measured: more gains nothing)
CHUNK = 2000  # rows per executemany; progress is reported and cancel checked between chunks
BULK_ROWS = 20_000  # from this many new projects (and more than the portfolio holds) indexes are rebuilt after
BULK_CACHE_KIB = 64 * 1024  # SQLite's page cache during such a bulk load (its default is about 2 MB)
CREATED = "*"  # ChangeLog.field of a 'create' row: it stands for every field the project was created with
# The batch's columns_json maps sheet -> letters; this key (brackets cannot be in a sheet name) holds
# {"date": the report date the batch wrote, "before": {project id: its reported_at before}} for undo.
REPORTED_KEY = "[reported_at]"

_PROJECTS = cast(Table, Project.__table__)
_LOG = cast(Table, ChangeLog.__table__)
_BATCHES = cast(Table, ImportBatch.__table__)
_ORGANISATIONS = cast(Table, Organisation.__table__)
_COLUMNS = [f for f in PROJECT_FIELDS if f != "lead_organization"]
_LOG_KEYS = ("project_id", "project_code", "action", "field", "old_value", "new_value", "sheet", "cell")
# A 'create' row's own values; what it says besides is the same on every one.
_CREATE_LOG_KEYS = ("project_id", "project_code", "sheet", "cell")
_CREATE_LOG_SAME = (("action", "create"), ("field", CREATED), ("old_value", None), ("new_value", None))


@dataclass
class ImportOutcome:
    batch_id: int | None
    file_name: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    warned: int = 0  # of the created, updated and unchanged: rows imported with a warning
    organisations_created: int = 0
    backup: Path | None = None
    cancelled: bool = False
    created_codes: list[str] = field(default_factory=list)
    updated_codes: list[str] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        return {"create": self.created, "update": self.updated, "unchanged": self.unchanged,
                "rejected": self.rejected}


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


class _Ticker:
    """Counts rows written, reports them and raises Cancelled when the caller asked to stop."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0

    def step(self, n: int) -> None:
        self.done += n
        tick(self.progress, self.done, self.total)


def _disk_full(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return "full" in text and ("disk" in text or "database" in text)


WRITER_LOCK = 0x494E4F49  # "INOI": the server-wide lock imports and undos take, one at a time


def one_writer_at_a_time(conn: Connection) -> None:
    """On a shared server two imports (or an import and an undo) run one after the other: the second
    waits here until the first commits, then finds its projects and refuses what was created meanwhile.
    (SQLite serialises writers by itself.)"""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")


def apply_plan(plan: ImportPlan, session: Session, progress: Progress | None = None, *,
               user: str | None = None, on_applied: Callable[[Session, int], None] | None = None) -> ImportOutcome:
    """Write `plan` through `session` in one transaction and commit; on any failure roll back and raise.

    `on_applied(session, batch_id)` runs inside the transaction before the commit (profiles use it).
    Cancelling through `progress.cancelled` rolls back and returns an outcome with cancelled=True.
    """
    creates = [r for r in plan.rows if r.action == "create"]
    updates: list[tuple[RowPlan, list[FieldDiff]]] = []
    unchanged: list[RowPlan] = []
    for r in plan.rows:
        if r.action in ("update", "unchanged") and not r.held:
            diffs = r.applied_diffs()
            if diffs:
                updates.append((r, diffs))
            else:
                unchanged.append(r)
    rejected = sum(r.action == "rejected" for r in plan.rows)  # as plan.counts() has it, without each row's effect
    outcome = ImportOutcome(None, plan.file_name, len(creates), len(updates), len(unchanged), rejected,
                            plan.warned())
    ticker = _Ticker(progress, len(creates) + len(updates) + len(unchanged))
    now = utcnow()
    try:
        conn = session.connection()
        one_writer_at_a_time(conn)
        _check_creates_still_new(conn, creates)
        org_ids, outcome.organisations_created = _organisations(conn, creates, updates)
        ticker.step(0)
        touched = [r.project_id for r, _d in updates] + [r.project_id for r in unchanged if r.project_id is not None]
        columns: dict[str, Any] = {t.sheet: t.letters for t in plan.tables}
        columns[REPORTED_KEY] = {"date": plan.report_date.isoformat(), "before": _reported(conn, touched)}
        batch_id = conn.execute(insert(_BATCHES).values(
            file_name=plan.file_name, sha256=plan.sha256, source=plan.source, imported_at=now, imported_by=user,
            created_count=len(creates), updated_count=len(updates), unchanged_count=len(unchanged),
            rejected_count=rejected, state="applied",
            columns_json=json.dumps(columns, ensure_ascii=False),
        )).inserted_primary_key[0]  # type: ignore[index]
        w = _Writer(conn, plan, org_ids, batch_id, now, user, ticker)
        w.insert_creates(creates)
        w.write_updates(updates)
        w.touch_unchanged(unchanged)
        if on_applied is not None:
            on_applied(session, batch_id)
        session.commit()
    except Cancelled:
        session.rollback()
        outcome.cancelled = True
        return outcome
    except InoError:
        session.rollback()
        raise
    except (OperationalError, DBAPIError) as exc:
        session.rollback()
        name = plan.file_name
        if _disk_full(exc):
            raise InoError(message("import.disk_full", file=name), kind="disk_full") from exc
        if "locked" in first_line(exc).lower() or "busy" in first_line(exc).lower():
            raise InoError(message("import.busy", file=name), kind="busy") from exc
        if isinstance(exc, IntegrityError):
            raise InoError(message("import.database_refused", file=name, detail=first_line(exc)),
                           kind="constraint") from exc
        raise InoError(message("import.write_failed", file=name, detail=first_line(exc)), kind="database") from exc
    except Exception as exc:  # SQLAlchemy, the file system, memory, or a bug: all rolled back, one line
        session.rollback()
        raise InoError(message("import.failed", file=plan.file_name,
                               detail=f"{type(exc).__name__}: {first_line(exc)}"), kind="failed") from exc
    outcome.batch_id = batch_id
    outcome.created_codes = [r.code for r in creates]  # type: ignore[misc]
    outcome.updated_codes = [r.code for r, _d in updates]  # type: ignore[misc]
    return outcome


def _check_creates_still_new(conn: Connection, creates: list[RowPlan]) -> None:
    if not creates:
        return
    existing = set(conn.execute(select(_PROJECTS.c.code)).scalars())
    taken = sorted(r.code for r in creates if r.code in existing)  # type: ignore[type-var]
    if taken:
        raise EditConflict(message("import.added_meanwhile", count=len(taken),
                                   codes=", ".join(taken[:5])))  # type: ignore[arg-type]


def _reported(conn: Connection, ids: list[int | None]) -> dict[str, str | None]:
    """Project id -> its reported_at (ISO) now, before the batch moves it."""
    wanted = sorted({i for i in ids if i is not None})
    out: dict[str, str | None] = {}
    for part in _chunks(wanted, 500):
        for pid, day in conn.execute(select(_PROJECTS.c.id, _PROJECTS.c.reported_at).where(_PROJECTS.c.id.in_(part))):
            out[str(pid)] = day.isoformat() if day is not None else None
    return out


def _organisations(conn: Connection, creates: list[RowPlan],
                   updates: list[tuple[RowPlan, list[FieldDiff]]]) -> tuple[dict[str, int], int]:
    """Organisation id by the lead organisation's name as written; names new to the portfolio are added.

    Names are compared folded (case, quotes, spaces), so 'ООО "Лес"' finds «ООО «Лес»»; each distinct
    spelling is folded once, not once per row.
    """
    given = [r.values.get("lead_organization") for r in creates]
    given += [d.new for _r, diffs in updates for d in diffs if d.field == "lead_organization"]
    written = {str(n) for n in given if n}
    if not written:
        return {}, 0
    known, added = organisation_ids(conn, written)
    return {name: known[ref.fold(name)] for name in written}, added


def organisation_ids(conn: Connection, names: set[str]) -> tuple[dict[str, int], int]:
    """Folded name -> id of every organisation, after adding (as companies) those of `names` the
    portfolio lacks, one per folded spelling; and how many were added. Import and undo share it."""
    known = {ref.fold(name): oid for oid, name in conn.execute(select(Organisation.id, Organisation.name))}
    missing: dict[str, str] = {}
    for name in sorted(names):
        key = ref.fold(name)
        if key not in known:
            missing.setdefault(key, name)
    if missing:
        conn.execute(insert(_ORGANISATIONS), [{"name": n, "kind": "company"} for n in missing.values()])
        known = {ref.fold(name): oid for oid, name in conn.execute(select(Organisation.id, Organisation.name))}
    return known, len(missing)


def _sqlite_stamp(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")  # SQLAlchemy's own storage format for DATETIME on SQLite


def _sqlite_date(value: Any) -> Any:
    return value.isoformat() if value is not None else None


@dataclass
class _Writer:
    """What every write of one batch shares: the connection, the plan, the batch and its moment.

    On SQLite the rows go to the driver as plain values under statements written here: SQLAlchemy's
    per-row parameter processing costs several times SQLite's own work at 100,000 rows. Other
    databases (PostgreSQL) take the Core path with the same columns.
    """

    conn: Connection
    plan: ImportPlan
    org_ids: dict[str, int]
    batch_id: int
    now: dt.datetime
    user: str | None
    ticker: _Ticker

    @property
    def sqlite(self) -> bool:
        return self.conn.dialect.name == "sqlite"

    @property
    def stamp(self) -> Any:
        """The batch's moment as the driver takes it."""
        return _sqlite_stamp(self.now) if self.sqlite else self.now

    @property
    def day(self) -> Any:
        """The report date as the driver takes it."""
        return _sqlite_date(self.plan.report_date) if self.sqlite else self.plan.report_date

    def _many(self, sql: str, stmt: Any, keys: Sequence[str], rows: list[tuple[Any, ...]]) -> int:
        if not rows:
            return 0
        if self.sqlite:
            return self.conn.exec_driver_sql(sql, rows).rowcount
        return self.conn.execute(stmt, [dict(zip(keys, r, strict=True)) for r in rows]).rowcount

    def _insert(self, table: Any, keys: Sequence[str], rows: list[tuple[Any, ...]],
                shared: Sequence[tuple[str, Any]] = ()) -> None:
        """Insert `rows` (values of `keys`); `shared` are (column, value) pairs every row has alike."""
        if not self.sqlite:
            tail = tuple(v for _k, v in shared)
            self._many("", insert(table), (*keys, *(k for k, _v in shared)), [(*r, *tail) for r in rows])
            return
        # Many rows per statement rather than one statement run per row: SQLite sets up a statement's
        # checks (the IN list of a CHECK among them) on each run, which for 100,000 rows cost more than
        # storing them. A statement holds at most SQLite's number of parameters. The shared values are
        # bound once per statement, not once per row (a third less binding for the change log's rows).
        width = len(keys)
        per = max(1, min(_ROWS_PER_INSERT, (self._parameter_limit - len(shared)) // width))
        names = ", ".join((*keys, *(k for k, _v in shared)))
        picked = ", ".join((*(f"column{i}" for i in range(1, width + 1)), *("?" * len(shared))))
        head = f"INSERT INTO {table.name} ({names}) SELECT {picked} FROM (VALUES "
        one = f"({', '.join('?' * width)})"
        full = head + ", ".join([one] * per) + ")"
        tail = tuple(v for _k, v in shared)
        for i in range(0, len(rows), per):
            part = rows[i:i + per]
            sql = full if len(part) == per else head + ", ".join([one] * len(part)) + ")"
            self.conn.exec_driver_sql(sql, (*tail, *itertools.chain.from_iterable(part)))

    @functools.cached_property
    def _parameter_limit(self) -> int:
        """How many parameters one SQLite statement may take (999 in builds before 3.32)."""
        raw = self.conn.connection.dbapi_connection
        return int(raw.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))  # type: ignore[union-attr]

    def _log(self, rows: list[tuple[Any, ...]], keys: Sequence[str] = _LOG_KEYS,
             same: Sequence[tuple[str, Any]] = ()) -> None:
        """rows: values of `keys` (project_id, code, action, field, old, new, sheet, cell); `same`: the
        (column, value) pairs of those columns every row has alike, given once."""
        shared = (("changed_at", self.stamp), ("changed_by", self.user), ("origin", "import"),
                  ("batch_id", self.batch_id), ("file_name", self.plan.file_name), *same)
        self._insert(_LOG, keys, rows, shared)

    def insert_creates(self, creates: list[RowPlan]) -> None:
        if not creates:
            return
        with self._indexes_rebuilt_after(creates):
            self._insert_creates(creates)

    @contextmanager
    def _indexes_rebuilt_after(self, creates: list[RowPlan]) -> Iterator[None]:
        """A bulk load into SQLite builds each secondary index once, sorted, after the rows are in, instead of
        growing it row by row: for the many-thousand-row first import of a portfolio. Inside the import's
        transaction, so a failure rolls the indexes back with the rows."""
        if not self.sqlite or len(creates) < BULK_ROWS or len(creates) < (
                self.conn.execute(select(func.count()).select_from(_PROJECTS)).scalar() or 0):
            yield
            return
        indexes = [i for t in (_PROJECTS, _LOG) for i in t.indexes if not i.unique]
        # A larger page cache while the rows go in and each index sorts them (measured: about 0.05 s less
        # for 100,000 rows); the connection's own size is put back before the commit.
        cache = int(self.conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
        self.conn.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        try:
            for index in indexes:
                index.drop(self.conn)
            yield
            for index in indexes:
                index.create(self.conn)
        finally:
            with suppress(DBAPIError):  # after a failure, that failure is the one to report
                self.conn.exec_driver_sql(f"PRAGMA cache_size = {cache}")

    def _insert_creates(self, creates: list[RowPlan]) -> None:
        stamp, day = self.stamp, self.day
        last_id = self.conn.execute(select(func.max(_PROJECTS.c.id))).scalar() or 0
        orgs = self.org_ids
        # Only the fields some new project has: SQLite inserts a row several times faster when the columns
        # every row leaves empty are not named (NULL either way; none of them has a default).
        given = set().union(*(r.values for r in creates))
        columns = [f for f in _COLUMNS if f in given]
        dates = [i for i, f in enumerate(columns) if f in DATE_FIELDS] if self.sqlite else []
        with_org = "lead_organization" in given
        keys = (*columns, *(("lead_organization_id",) if with_org else ()))
        stamps = (("created_at", stamp), ("updated_at", stamp), ("version", 1), ("reported_at", day))
        for part in _chunks(creates):
            # A column at a time (comprehensions, no per-row list and loop), then zipped into rows.
            given_values = [r.values for r in part]
            cells = [[v.get(f) for v in given_values] for f in columns]
            for i in dates:
                cells[i] = [d.isoformat() if d is not None else None for d in cells[i]]
            if with_org:
                cells.append([orgs.get(str(v.get("lead_organization"))) for v in given_values])
            self._insert(_PROJECTS, keys, list(zip(*cells, strict=True)), stamps)
            self.ticker.step(len(part))
        # New rows get ids above every older one: one query finds them all, whatever the database.
        ids = self._new_ids(last_id)
        spans = {t.sheet: _span(t.letters) for t in self.plan.tables}
        for part in _chunks(creates, 5 * CHUNK):
            self._log([(ids[r.code], r.code, r.sheet, _row_range(spans.get(r.sheet), r.row)) for r in part],
                      _CREATE_LOG_KEYS, _CREATE_LOG_SAME)

    def _new_ids(self, last_id: int) -> dict[str, int]:
        """Code -> id of the projects with ids above `last_id`. On SQLite straight from the driver, in the same
        transaction: 100,000 (code, id) pairs made no SQLAlchemy rows (a tenth of a second)."""
        if self.sqlite:
            raw = self.conn.connection.dbapi_connection
            found = raw.execute("SELECT code, id FROM projects WHERE id > ?", (last_id,))  # type: ignore[union-attr]
            return dict(found.fetchall())
        return dict(self.conn.execute(select(_PROJECTS.c.code, _PROJECTS.c.id).where(_PROJECTS.c.id > last_id)).all())

    def write_updates(self, updates: list[tuple[RowPlan, list[FieldDiff]]]) -> None:
        stamp, day = self.stamp, self.day
        for part in _chunks(updates):
            # executemany needs one statement shape per call: group rows by the set of fields they change.
            groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
            for r, diffs in part:
                sets = {("lead_organization_id" if d.field == "lead_organization" else d.field):
                        (self.org_ids.get(str(d.new)) if d.field == "lead_organization" else
                         _sqlite_date(d.new) if self.sqlite and d.field in DATE_FIELDS else d.new)
                        for d in diffs}
                keys = tuple(sorted(sets))
                groups[keys].append((*(sets[k] for k in keys), stamp, day, r.project_id, r.version))
            for keys, rows in groups.items():
                assign = ", ".join(f"{k} = ?" for k in keys)
                sql = (f"UPDATE projects SET {assign}, version = version + 1, updated_at = ?, reported_at = ? "
                       "WHERE id = ? AND version = ?")
                stmt = (update(_PROJECTS)
                        .where(_PROJECTS.c.id == bindparam("b_id"), _PROJECTS.c.version == bindparam("b_version"))
                        .values({**{k: bindparam(f"v_{k}") for k in keys}, "version": _PROJECTS.c.version + 1,
                                 "updated_at": bindparam("v_updated_at"), "reported_at": bindparam("v_reported_at")}))
                names = [*(f"v_{k}" for k in keys), "v_updated_at", "v_reported_at", "b_id", "b_version"]
                if self._many(sql, stmt, names, rows) != len(rows):
                    raise EditConflict(message("import.changed_meanwhile", file=self.plan.file_name))
            self._log([(r.project_id, r.code, "update", d.field, encode(d.old), encode(d.new), r.sheet, d.cell)
                       for r, diffs in part for d in diffs])
            self.ticker.step(len(part))

    def touch_unchanged(self, unchanged: list[RowPlan]) -> None:
        """Re-sent rows are a report too: the project's data is current as at the report date."""
        stmt = update(_PROJECTS).where(_PROJECTS.c.id == bindparam("b_id")).values(
            reported_at=bindparam("v_reported_at"))
        for part in _chunks(unchanged):
            self._many("UPDATE projects SET reported_at = ? WHERE id = ?", stmt, ["v_reported_at", "b_id"],
                       [(self.day, r.project_id) for r in part if r.project_id is not None])
            self.ticker.step(len(part))


def _span(letters: dict[str, str]) -> tuple[str, str] | None:
    ordered = sorted(letters.values(), key=lambda s: (len(s), s))
    return (ordered[0], ordered[-1]) if ordered else None


def _row_range(span: tuple[str, str] | None, row: int) -> str | None:
    """'A12:S12': the cells of the row a project was created from."""
    return f"{span[0]}{row}:{span[1]}{row}" if span else None
