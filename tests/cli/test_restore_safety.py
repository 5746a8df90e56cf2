"""`restore` is safe by construction (issue 10, item 1 and "must show" 2): it never replaces a healthy
portfolio by mistake, keeps what it replaces, and leaves the original in place on any failure."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from ino_desktop.db import restore as restoring
from tests.cli.conftest import Outcome
from tests.faults import fill, held_lock, tmpfs

CSV = "code;name;status\nINO-0001;Завод;planned\n"


def _count(path: Path) -> int:
    with sqlite3.connect(path) as raw:
        return int(raw.execute("SELECT count(*) FROM projects").fetchone()[0])


@pytest.fixture
def old_backup(db_path: Path, tmp_path: Path, cli: Callable[..., Outcome]) -> Path:
    """A backup with one project, after which the portfolio grew (an import of two more)."""
    (tmp_path / "a.csv").write_text(CSV, encoding="utf-8")
    assert cli("--db", str(db_path), "import", str(tmp_path / "a.csv")).code == 0
    assert cli("--db", str(db_path), "backup", str(tmp_path / "old.sqlite")).code == 0
    (tmp_path / "b.csv").write_text(CSV.replace("0001;Завод", "0002;Кампус") + "INO-0003;Порт;planned\n",
                                    encoding="utf-8")
    assert cli("--db", str(db_path), "import", str(tmp_path / "b.csv")).code == 0
    return tmp_path / "old.sqlite"


def test_a_healthy_newer_portfolio_is_not_replaced_without_force(db_path: Path, old_backup: Path,
                                                                  cli: Callable[..., Outcome]) -> None:
    before = db_path.read_bytes()
    refused = cli("--db", str(db_path), "restore", str(old_backup))
    assert refused.code == 2 and "newer than the backup" in refused.error_line and "--force" in refused.error_line
    assert db_path.read_bytes() == before and _count(db_path) == 3


def test_force_replaces_it_and_keeps_the_replaced_one_as_a_listed_backup(db_path: Path, old_backup: Path,
                                                                          cli: Callable[..., Outcome]) -> None:
    done = cli("--db", str(db_path), "restore", "--force", str(old_backup))
    assert done.code == 0, done.err
    assert _count(db_path) == 1
    kept = Path(done.out.split("the state before the restore was saved to ")[1].split(" (listed")[0])
    assert _count(kept) == 3
    assert str(kept) in cli("--db", str(db_path), "backups").out
    assert cli("--db", str(db_path), "check").code == 0


def test_a_backup_of_another_portfolio_needs_force(db_path: Path, tmp_path: Path, cli: Callable[..., Outcome]) -> None:
    other = tmp_path / "other.sqlite"
    (tmp_path / "a.csv").write_text(CSV, encoding="utf-8")
    assert cli("--db", str(other), "import", str(tmp_path / "a.csv")).code == 0
    assert cli("--db", str(other), "backup", str(tmp_path / "other-copy.sqlite")).code == 0
    refused = cli("--db", str(db_path), "restore", str(tmp_path / "other-copy.sqlite"))
    assert refused.code == 2 and "another portfolio" in refused.error_line


def test_a_locked_portfolio_is_not_moved_aside(db_path: Path, old_backup: Path, cli: Callable[..., Outcome],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from ino_desktop.db import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)
    opened = cli("--db", str(db_path), "check")
    with held_lock(db_path):
        opened = cli("--db", str(db_path), "check")
        assert opened.code == 2 and "in use by another program" in opened.error_line
        assert "restore" not in opened.error_line
        refused = cli("--db", str(db_path), "restore", "--force", str(old_backup))
        assert refused.code == 2 and "in use by another program" in refused.error_line
    assert not list(db_path.parent.glob("*.damaged-*")) and _count(db_path) == 3


def test_a_full_disk_leaves_the_portfolio_at_its_path(old_backup: Path, tmp_path: Path,
                                                      cli: Callable[..., Outcome]) -> None:
    with tmpfs(tmp_path / "fs", size="2m") as fs:
        db = fs / "p.sqlite"
        db.write_bytes(old_backup.read_bytes())
        fill(fs)
        before = db.read_bytes()
        opened = cli("--db", str(db), "check")
        assert opened.code == 2 and "disk is full" in opened.error_line and "restore" not in opened.error_line
        refused = cli("--db", str(db), "restore", "--force", str(old_backup))
        assert refused.code == 2 and "disk is full" in refused.error_line
        assert db.read_bytes() == before
        assert not [p for p in fs.iterdir() if p.name.startswith(".p.sqlite.restore")]


def test_a_truncated_backup_is_one_line_and_exit_2(db_path: Path, old_backup: Path, tmp_path: Path,
                                                   cli: Callable[..., Outcome]) -> None:
    cut = tmp_path / "cut.sqlite"
    data = old_backup.read_bytes()
    cut.write_bytes(data[: len(data) // 3])
    before = db_path.read_bytes()
    refused = cli("--db", str(db_path), "restore", "--force", str(cut))
    assert refused.code == 2 and "the backup is damaged" in refused.error_line
    assert db_path.read_bytes() == before


def test_a_failure_at_the_swap_leaves_the_original(db_path: Path, old_backup: Path, cli: Callable[..., Outcome],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.replace

    def replace(src: str | Path, dst: str | Path) -> None:
        if ".restore.part" in str(src):
            raise OSError(5, "Input/output error")
        real(src, dst)

    before = _count(db_path)
    monkeypatch.setattr(restoring.os, "replace", replace)
    failed = cli("--db", str(db_path), "restore", "--force", str(old_backup))
    assert failed.code == 2 and "as it was" in failed.error_line
    monkeypatch.undo()
    assert _count(db_path) == before and cli("--db", str(db_path), "check").code == 0
    assert not [p for p in db_path.parent.iterdir() if ".restore.part" in p.name]
    assert os.path.exists(db_path)
