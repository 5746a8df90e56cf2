"""The demo and `copy` against a real PostgreSQL server (run: INO_TEST_PG_URL=… pytest -m postgres tests/cli)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ino_desktop.db import open_database
from ino_desktop.demo import build_demo
from ino_desktop.exporting.json_export import to_document
from ino_desktop.exporting.records import gather
from ino_desktop.models import Project
from ino_desktop.services.copying import copy_portfolio
from tests.postgres.conftest import pg_url  # noqa: F401 - the fixture

pytestmark = pytest.mark.postgres


def _document(target: str) -> dict:
    db = open_database(target, create=False)
    try:
        with db.session() as s:
            doc = to_document(gather(s))
    finally:
        db.close()
    doc.pop("exported_at")
    return doc


def test_sqlite_to_server_and_back_is_lossless(pg_url: str, tmp_path: Path) -> None:  # noqa: F811
    source = open_database(str(tmp_path / "a.sqlite"))
    with source.transaction() as s:
        build_demo(s)
    server, back = open_database(pg_url), open_database(str(tmp_path / "b.sqlite"))
    try:
        copy_portfolio(source, server)
        copy_portfolio(server, back)
        with server.transaction() as s:  # the id sequences moved past the copied ids
            project = Project(code="NEW-1", name="Новый")
            s.add(project)
            s.flush()
            assert project.id == s.query(Project).count()
    finally:
        for db in (source, server, back):
            db.close()
    assert _document(str(tmp_path / "a.sqlite")) == _document(str(tmp_path / "b.sqlite"))


def test_demo_on_a_server_equals_the_demo_in_a_file(pg_url: str, tmp_path: Path) -> None:  # noqa: F811
    for target in (pg_url, str(tmp_path / "demo.sqlite")):
        db = open_database(target)
        try:
            build_demo(db)
        finally:
            db.close()
    assert _document(pg_url) == _document(str(tmp_path / "demo.sqlite"))
