"""The portfolio's own identity: a UUID stored in the file (settings 'portfolio_id').

Backups are named and pruned by it, not by the file's name, so renaming a portfolio keeps its
backups and `p.sqlite` never prunes the backups of `p-2015.sqlite`. A copy made with the file
manager is the same portfolio and shares it.
"""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
from pathlib import Path

from sqlalchemy import Connection, text

from ino_desktop.db.engine import Database, readonly_uri

KEY = "portfolio_id"
_SELECT = "SELECT value FROM settings WHERE key = 'portfolio_id'"


def new_id() -> str:
    """A new portfolio identity."""
    return uuid.uuid4().hex


def ensure(conn: Connection) -> str:
    """The identity of the database behind `conn`, given one now if it has none (an older file)."""
    found = conn.exec_driver_sql(_SELECT).scalar()
    if found:
        return str(found)
    made = new_id()
    # Bound through SQLAlchemy: the drivers' own placeholders differ (? for sqlite3, %s for psycopg).
    conn.execute(text("INSERT INTO settings (key, value) VALUES (:key, :value)"), {"key": KEY, "value": made})
    return made


def portfolio_id(db: Database) -> str | None:
    """The portfolio's identity, None for a database that has none yet."""
    with db.engine.connect() as conn:
        found = conn.exec_driver_sql(_SELECT).scalar()
    return str(found) if found else None


def of_file(path: Path) -> str | None:
    """The identity stored in a SQLite file (a backup), read without writing; None if it has none."""
    try:
        with contextlib.closing(sqlite3.connect(readonly_uri(path), uri=True)) as conn:
            row = conn.execute(_SELECT).fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row and row[0] else None


def stamp(path: Path, ident: str) -> None:
    """Write `ident` into a backup file that has none (one made before the portfolio had its identity)."""
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)", (KEY, ident))
