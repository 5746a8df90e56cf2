"""Backups belong to one portfolio: named and pruned by the identity stored in the file (issue 10, item 3)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from ino_desktop.db import backup as backups
from ino_desktop.db import open_database
from ino_desktop.db.identity import portfolio_id


def test_every_portfolio_has_its_own_identity(tmp_path: Path) -> None:
    first, second = open_database(str(tmp_path / "p.sqlite")), open_database(str(tmp_path / "q.sqlite"))
    try:
        assert portfolio_id(first) and portfolio_id(second) and portfolio_id(first) != portfolio_id(second)
    finally:
        first.close()
        second.close()


def test_an_older_file_without_identity_gets_one_when_opened(db_path: Path) -> None:
    with sqlite3.connect(db_path) as raw:
        raw.execute("DELETE FROM settings WHERE key = 'portfolio_id'")
    db = open_database(str(db_path))
    try:
        assert len(portfolio_id(db) or "") == 32
    finally:
        db.close()


def test_pruning_keeps_another_portfolios_backups(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(backups, "KEEP_AUTOMATIC", 3)
    mine, other = open_database(str(tmp_path / "p.sqlite")), open_database(str(tmp_path / "p-2015.sqlite"))
    try:
        kept = [backups.automatic_backup(other, "import") for _ in range(2)]
        for _ in range(6):
            backups.automatic_backup(mine, "import")
        assert all(path is not None and path.exists() for path in kept)
        assert len(backups.list_backups(portfolio_id(mine))) == 3
        assert sorted(backups.list_backups(portfolio_id(other))) == sorted(kept)  # type: ignore[type-var]
    finally:
        mine.close()
        other.close()


def test_a_renamed_portfolio_keeps_its_backups(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "p.sqlite"))
    made = backups.automatic_backup(db, "import")
    db.close()
    shutil.move(tmp_path / "p.sqlite", tmp_path / "renamed.sqlite")
    db = open_database(str(tmp_path / "renamed.sqlite"))
    try:
        assert backups.list_backups(portfolio_id(db)) == [made]
    finally:
        db.close()


def test_listing_opens_only_the_files_that_may_be_this_portfolios(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    mine, other = open_database(str(tmp_path / "p.sqlite")), open_database(str(tmp_path / "q.sqlite"))
    try:
        made = backups.automatic_backup(mine, "import")
        for _ in range(5):
            backups.automatic_backup(other, "import")
        assert made is not None
        renamed = made.with_name("копия перед отчётом.sqlite")  # a name without a tag: read from inside
        shutil.copy(made, renamed)
        opened: list[str] = []
        real = backups.identity.of_file
        monkeypatch.setattr(backups.identity, "of_file", lambda p: opened.append(p.name) or real(p))
        assert sorted(backups.list_backups(portfolio_id(mine))) == sorted([made, renamed])
        assert sorted(opened) == sorted([made.name, renamed.name])  # the other portfolio's five: by name
    finally:
        mine.close()
        other.close()
