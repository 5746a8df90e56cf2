"""Shared fixtures: folders redirected to tmp, a real SQLite portfolio per test, the shared test data."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ino_desktop.db import Database, open_database

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("INO_SHARED", REPO.parent / "shared"))


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Data, config and backups go to a temporary folder; nothing touches the user's real ones."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("INO_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("INO_CONFIG_DIR", str(base / "config"))
    monkeypatch.delenv("INO_DB", raising=False)


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


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(str(db_path))
    yield database
    database.close()


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared test data not found at {SHARED}")
    return SHARED


@pytest.fixture
def samples(shared: Path) -> Path:
    return shared / "samples"


@pytest.fixture
def peer_workbooks(shared: Path) -> Path:
    return shared / "peer-workbooks"
