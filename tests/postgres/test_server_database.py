"""The same program against a shared PostgreSQL server: create, reopen, refuse what is not ours."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import IntegrityError

from ino_desktop.db import open_database
from ino_desktop.db.migrate import alembic_config, head_revision
from ino_desktop.errors import DatabaseError
from ino_desktop.models import Cluster, Project
from ino_desktop.services import portfolio

pytestmark = pytest.mark.postgres


def test_new_server_database_is_created_and_seeded(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        assert db.created and not db.is_sqlite
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(Cluster)) == 7
    finally:
        db.close()
    again = open_database(pg_url)
    try:
        assert not again.created
    finally:
        again.close()


def test_constraints_hold_on_the_server(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        with db.session() as s:
            s.add(Project(code="INO-1", name="x", start_date=dt.date(2020, 1, 2), end_date=dt.date(2020, 1, 1)))
            with pytest.raises(IntegrityError):
                s.commit()
        with db.transaction() as s:
            s.add(Project(code="INO-2", name="Завод", cluster="timber", total_cost_mln=10.0,
                          extra_budgetary_mln=6.0, extra_budgetary_confirmed_mln=3.0))
        with db.session() as s:
            summary = portfolio.summary(s)
            assert summary.projects == 1
            assert summary.money.confirmed_share == pytest.approx(0.5)
            assert portfolio.list_projects(s, portfolio.ProjectFilter(text="ЗАВОД"))[0].code == "INO-2"
    finally:
        db.close()


def test_a_foreign_server_database_is_refused(pg_url: str) -> None:
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE payroll (id int)"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="not a database of INO Desktop"):
        open_database(pg_url)


def test_a_newer_server_schema_is_refused(pg_url: str) -> None:
    open_database(pg_url).close()
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="newer version"):
        open_database(pg_url)


def test_an_older_server_schema_is_upgraded(pg_url: str) -> None:
    open_database(pg_url).close()
    engine = create_engine(pg_url)
    with engine.begin() as conn:  # as the first release left it: revision 0001
        command.downgrade(alembic_config(conn), "0001")
    engine.dispose()
    db = open_database(pg_url)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
            assert conn.execute(text("SELECT count(columns_json) FROM import_batches")).scalar() == 0
    finally:
        db.close()
