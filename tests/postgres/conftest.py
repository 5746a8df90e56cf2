"""A fresh PostgreSQL database per test, on the server `scripts/postgres.sh` starts (INO_TEST_PG_URL)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ADMIN_URL = os.environ.get("INO_TEST_PG_URL")


@pytest.fixture
def pg_url() -> Iterator[str]:
    if not ADMIN_URL:
        pytest.skip("no PostgreSQL server (run: make test-postgres)")
    name = f"ino_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
