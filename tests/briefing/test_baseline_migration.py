"""Migration 0003 on a portfolio made before it: English-name columns appear, and each project's baseline end
date is the end date it first had (from the change log), not today's."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

from alembic import command

from ino_desktop.db import open_database
from ino_desktop.db.migrate import alembic_config
from ino_desktop.models import Milestone, Project


def test_upgrade_fills_the_baseline_from_the_change_log(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    db = open_database(str(path))
    with db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0002")
        conn.exec_driver_sql("PRAGMA user_version=2")
    db.close()
    with contextlib.closing(sqlite3.connect(path)) as raw, raw:
        raw.execute("INSERT INTO projects (id, code, name, end_date, version, created_at, updated_at) VALUES "
                    "(1, 'P-1', 'Moved', '2018-06-30', 1, '2016-01-01', '2016-01-01'), "
                    "(2, 'P-2', 'Kept', '2017-12-31', 1, '2016-01-01', '2016-01-01')")
        raw.execute("INSERT INTO change_log (project_id, project_code, action, field, old_value, new_value, changed_at,"
                    " origin) VALUES (1, 'P-1', 'update', 'end_date', '\"2017-03-31\"', '\"2018-06-30\"',"
                    " '2016-05-01 10:00:00', 'manual')")
    db = open_database(str(path))
    try:
        assert db.migrated_from == 2
        with db.session() as session:
            baselines = {p.code: p.baseline_end_date for p in session.query(Project)}
            assert baselines == {"P-1": dt.date(2017, 3, 31), "P-2": dt.date(2017, 12, 31)}
            assert session.query(Milestone.title_en).count() == 0  # the column is there
    finally:
        db.close()
