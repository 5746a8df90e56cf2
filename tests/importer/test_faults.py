"""Faults of the machine during an import (BAD_INPUTS group E): the process killed, the database busy."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ino_desktop.db import Database, open_database
from ino_desktop.db.backup import integrity_problems
from ino_desktop.errors import InoError
from ino_desktop.importer import service
from ino_desktop.importer.plan import build_plan
from ino_desktop.models import ImportBatch, Project
from tests.importer.conftest import REPO_ROOT, add_project, read_result

_KILLED_MID_IMPORT = textwrap.dedent("""
    import os, sys
    from ino_desktop.db import open_database
    from ino_desktop.importer import service
    from ino_desktop.importer.synthetic import write_big_workbook
    from ino_desktop.progress import Progress

    book = write_big_workbook(sys.argv[2], 2500, 20)
    db = open_database(sys.argv[1])
    with db.session() as session:
        plan = service.plan(book, session)
        # the first chunk of 2,000 projects is written, then the process dies without a word
        service.apply(plan, session, Progress(lambda done, total: os._exit(9) if done else None), db=db)
""")


def test_a_process_killed_mid_import_leaves_nothing_partial(db_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    done = subprocess.run([sys.executable, "-c", _KILLED_MID_IMPORT, str(db_path), str(tmp_path / "big.xlsx")],
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 9, done.stderr
    db = open_database(str(db_path))  # the restart: SQLite rolls the unfinished transaction back
    try:
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(Project)) == 0
            assert s.scalar(select(func.count()).select_from(ImportBatch)) == 0
        assert integrity_problems(db) == []
    finally:
        db.close()
    backups = list((Path(env["INO_DATA_DIR"]) / "backups").glob("portfolio-*-import-*.sqlite"))
    assert len(backups) == 1  # the safety copy made before the write survives


@pytest.mark.sqlite_file
def test_a_busy_database_refuses_with_one_line_and_keeps_the_data(db: Database) -> None:
    add_project(db, "INO-0001", "Завод", status="planned")
    with db.session() as s:
        plan = build_plan(read_result([{"code": "INO-0001", "name": "Завод", "status": "completed"}],
                                      ["code", "name", "status"]), s)
    other = sqlite3.connect(db.path)  # another program holds the write lock
    other.execute("BEGIN IMMEDIATE")
    try:
        with db.session() as s:
            s.connection().exec_driver_sql("PRAGMA busy_timeout = 50")
            with pytest.raises(InoError, match=r"^agency\.xlsx: the database is busy .*nothing imported"):
                service.apply(plan, s, db=db)
    finally:
        other.rollback()
        other.close()
    with db.session() as s:
        assert s.scalar(select(Project.status)) == "planned"
        assert s.scalar(select(func.count()).select_from(ImportBatch)) == 0
