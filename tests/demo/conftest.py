"""A demo portfolio built once per module (reading tests share it) and helpers to build fresh ones."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ino_desktop.db import Database, open_database
from ino_desktop.demo import build_demo


def fresh_demo(path: Path) -> Database:
    db = open_database(str(path))
    with db.transaction() as session:
        build_demo(session)
    return db


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = fresh_demo(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    yield db
    db.close()
