"""Shared fixtures: folders redirected to tmp, a real portfolio per test, the test workbooks.

`db` and `db_target` run each test twice: on a SQLite file, and (marked `postgres`, run by
`make test-postgres`) on a fresh database of a real PostgreSQL server. `db_path` is a SQLite file
for the tests about files (headers, backups, WAL)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ino_desktop.db import Database, open_database
from tests import server
from tests.paths import PEERS, SAMPLES


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Data, config and backups go to a temporary folder; nothing touches the user's real ones."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("INO_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("INO_CONFIG_DIR", str(base / "config"))
    monkeypatch.delenv("INO_DB", raising=False)
    # The command line speaks the locale's language: the tests choose it themselves (English unless asked).
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A freshly migrated and seeded database, built once and copied for each test (it is closed)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    db = open_database(str(path))
    db.close()
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{path}{suffix}").exists() or Path(f"{path}{suffix}").stat().st_size == 0
    return path


@pytest.fixture
def db_path(_template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "portfolio.sqlite"
    shutil.copyfile(_template_db, path)
    return path


@pytest.fixture(scope="session")
def _template_server_db() -> Iterator[str]:
    """The server-side twin of _template_db: a migrated and seeded database to copy per test."""
    with server.fresh_database() as url:
        open_database(url).close()
        yield str(server.make_url(url).database)


BACKENDS = [pytest.param("sqlite", id="sqlite"), pytest.param("postgres", id="postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh portfolio: a SQLite file's path, or a PostgreSQL URL on the test server."""
    if request.param == "sqlite":
        yield str(request.getfixturevalue("db_path"))
        return
    with server.fresh_database(template=request.getfixturevalue("_template_server_db")) as url:
        yield url


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test about the SQLite file itself (marked sqlite_file) has no server twin: deselect it."""
    server_twins = [item for item in items if item.get_closest_marker("sqlite_file")
                    and getattr(item, "callspec", None) and item.callspec.params.get("db_target") == "postgres"]
    if server_twins:
        config.hook.pytest_deselected(items=server_twins)
        items[:] = [item for item in items if item not in server_twins]


@pytest.fixture
def db(db_target: str) -> Iterator[Database]:
    database = open_database(db_target)
    yield database
    database.close()


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def peer_workbooks() -> Path:
    return PEERS
