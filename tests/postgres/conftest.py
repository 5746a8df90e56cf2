"""A fresh, empty PostgreSQL database per test, on the server `scripts/postgres.sh` starts (INO_TEST_PG_URL)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests import server


@pytest.fixture
def pg_url() -> Iterator[str]:
    with server.fresh_database() as url:
        yield url
