"""The PostgreSQL server `scripts/postgres.sh` starts (INO_TEST_PG_URL): a fresh database per test, copied
from a migrated and seeded template so each costs a file copy on the server, not a migration."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

ADMIN_URL = os.environ.get("INO_TEST_PG_URL")


def url_of(name: str) -> str:
    assert ADMIN_URL is not None
    return make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)


def admin_engine() -> Engine:
    if not ADMIN_URL:
        pytest.skip("no PostgreSQL server (run: make test-postgres)")
    return create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")


@contextmanager
def fresh_database(template: str | None = None) -> Iterator[str]:
    """A new empty database (or a copy of `template`) on the test server, dropped afterwards."""
    name = f"ino_test_{uuid.uuid4().hex[:12]}"
    admin = admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
    try:
        yield url_of(name)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
