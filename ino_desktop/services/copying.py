"""Copy a whole portfolio between two databases (SQLite ↔ PostgreSQL), history included.

Rows move through SQLAlchemy Core, table by table in foreign-key order (`Base.metadata.sorted_tables`),
with their ids, inside one transaction on the target: a failed copy leaves the target as it was.
Also here: what counts as "a portfolio" (is a database empty?) and clearing one for the demo.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, func, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ino_desktop.db import Database
from ino_desktop.errors import DatabaseError, InoError
from ino_desktop.messages import Count, Message, message
from ino_desktop.models import Base
from ino_desktop.os_errors import first_line
from ino_desktop.progress import Progress, tick

# Tables whose rows make a portfolio "not empty" (reference data and settings do not).
PORTFOLIO_TABLES = ("projects", "organisations", "federal_instruments", "roadmap_editions", "meetings",
                    "import_batches", "change_log", "indicator_values")
# Kept when the portfolio is cleared: vocabularies, indicator definitions, settings, the user's profiles and views.
KEPT_ON_CLEAR = frozenset({"clusters", "work_areas", "territory_types", "categories", "statuses", "indicators",
                           "settings", "import_profiles", "saved_views"})
CHUNK = 1000


def portfolio_counts(conn: Connection | Session) -> dict[str, int]:
    """Rows in each portfolio table (zero ones included)."""
    tables = Base.metadata.tables
    return {name: int(conn.execute(select(func.count()).select_from(tables[name])).scalar_one())
            for name in PORTFOLIO_TABLES}


def is_empty(conn: Connection | Session) -> bool:
    """Whether the database holds no portfolio rows."""
    return not any(portfolio_counts(conn).values())


def describe(counts: dict[str, int]) -> Message:
    """"128 projects, 2 meetings, …" for a one-line message (each table's count is "portfolio.<table>")."""
    shown = [message(f"portfolio.{name}", count=Count(n)) for name, n in counts.items() if n]
    if not shown:
        return message("portfolio.nothing")
    joined = shown[-1]
    for item in reversed(shown[:-1]):
        joined = message("portfolio.and", first=item, rest=joined)
    return joined


def clear_portfolio(conn: Connection | Session) -> None:
    """Delete the portfolio's rows (children first), keeping reference data, settings, profiles and views."""
    for table in reversed(Base.metadata.sorted_tables):
        if table.name not in KEPT_ON_CLEAR:
            conn.execute(table.delete())


def reset_sequences(conn: Connection | Session) -> None:
    """After inserting explicit ids on PostgreSQL, move each id sequence past the largest id."""
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    if bind.dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        pk = list(table.primary_key.columns)
        if len(pk) == 1 and pk[0].autoincrement in (True, "auto") and pk[0].type.python_type is int:
            conn.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{pk[0].name}'), "
                f"COALESCE((SELECT MAX({pk[0].name}) FROM {table.name}), 0) + 1, false)"
            ))


@dataclass
class CopyReport:
    source: str
    target: str
    rows: dict[str, int] = field(default_factory=dict)  # table -> rows copied

    @property
    def projects(self) -> int:
        return self.rows.get("projects", 0)


def copy_portfolio(source: Database, target: Database,
                   progress: Progress | None = None) -> CopyReport:
    """Copy everything in `source` into `target`, which must hold no portfolio yet.

    The target's reference data and settings are replaced by the source's, so edited vocabularies,
    the demo mark and the as-at date travel with the data. `progress` counts the tables copied; a cancel
    rolls the target back (`Cancelled`).
    """
    if source.url == target.url or (source.path is not None and source.path == target.path):
        raise InoError(message("copy.same_database", target=target.display_name))
    report = CopyReport(source.display_name, target.display_name)
    try:
        with source.engine.connect() as src, target.engine.begin() as dst:
            counts = portfolio_counts(dst)
            if any(counts.values()):
                raise InoError(message("copy.target_not_empty", target=target.display_name,
                                       counts=describe(counts)))
            for table in reversed(Base.metadata.sorted_tables):
                dst.execute(table.delete())
            tables = Base.metadata.sorted_tables
            for number, table in enumerate(tables, 1):
                stmt = select(table).order_by(*table.primary_key.columns)
                result = src.execution_options(yield_per=CHUNK).execute(stmt)
                copied = 0
                for chunk in result.mappings().partitions(CHUNK):
                    dst.execute(table.insert(), [dict(row) for row in chunk])
                    copied += len(chunk)
                report.rows[table.name] = copied
                tick(progress, number, len(tables))
            reset_sequences(dst)
    except SQLAlchemyError as exc:
        raise DatabaseError(message("copy.failed", target=target.display_name, detail=first_line(exc))) from exc
    return report
