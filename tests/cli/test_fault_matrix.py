"""Every command against a full disk, a read-only file, a locked file and a damaged file (issue 10):
a refusal is exit 2 and one line naming what it is, never a traceback, and the database is unchanged;
reading (export, brief, check, backup, template) works on a read-only file."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ino_desktop.db import engine
from tests.cli.conftest import Outcome
from tests.faults import damage_pages, fill, held_lock, remount_readonly, tmpfs

CSV = "code;name;status\nINO-0001;Завод;planned\nINO-0002;Кампус;planned\n"
READERS = {"check", "export-json", "export-xlsx", "brief", "template", "backup"}
WHAT = {"full": "disk is full", "readonly": "read-only", "locked": "in use by another program",
        "damaged": "damaged"}


def _commands(out: Path, data: Path) -> dict[str, list[str]]:
    return {
        "check": ["check"],
        "export-json": ["export", str(out / "p.json")],
        "export-xlsx": ["export", str(out / "p.xlsx")],
        "brief": ["brief", "--out", str(out / "p.pdf"), "--lang", "en"],
        "template": ["template", "--out", str(out / "t.xlsx")],
        "backup": ["backup", str(out / "b.sqlite")],
        "import": ["import", str(data / "more.csv")],
        "undo-import": ["undo-import", "1"],
        "demo": ["demo", "--force"],
        "restore": ["restore", str(data / "old.sqlite")],
    }


@pytest.fixture
def portfolio(db_path: Path, tmp_path: Path, cli: Callable[..., Outcome]) -> Path:
    """A small portfolio with one import batch, a backup of it, and a second file to import."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "first.csv").write_text(CSV, encoding="utf-8")
    (data / "more.csv").write_text(CSV.replace("planned", "completed"), encoding="utf-8")
    assert cli("--db", str(db_path), "import", str(data / "first.csv")).code == 0
    assert cli("--db", str(db_path), "backup", str(data / "old.sqlite")).code == 0
    return db_path


@pytest.fixture(params=["full", "readonly", "locked", "damaged"])
def fault(request: pytest.FixtureRequest, portfolio: Path, tmp_path: Path,
          monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, Path, Path]]:
    """(fault, database, folder for outputs) with the fault in place."""
    state = request.param
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)
    out = tmp_path / "out"
    out.mkdir()
    if state in ("full", "readonly"):
        with tmpfs(tmp_path / "fs") as fs:
            db = fs / "portfolio.sqlite"
            shutil.copyfile(portfolio, db)
            if state == "full":
                fill(fs)
                out = fs  # outputs go to the full disk too
            else:
                remount_readonly(fs)
            yield state, db, out
        return
    if state == "locked":
        with held_lock(portfolio):
            yield state, portfolio, out
        return
    damage_pages(portfolio)
    yield state, portfolio, out


@pytest.mark.parametrize("command", list(_commands(Path("o"), Path("d"))))
def test_every_command_under_every_fault(command: str, fault: tuple[str, Path, Path], tmp_path: Path,
                                         cli: Callable[..., Outcome]) -> None:
    state, db, out = fault
    before = db.read_bytes()
    result = cli("--db", str(db), *_commands(out, tmp_path / "data")[command])
    assert "Traceback" not in result.err
    if state == "readonly" and command in READERS:
        assert result.code == 0, result.err
    elif state == "damaged" and command == "restore":  # the advised way out: the damaged file is kept aside
        assert result.code == 0, result.err
        assert next(db.parent.glob("*.damaged-*")).read_bytes() == before
        return
    else:
        assert result.code == 2, (result.out, result.err)
        assert WHAT[state] in result.error_line
        if state != "damaged":
            assert "restore" not in result.error_line  # nothing is damaged: never advise a restore
    assert db.read_bytes() == before


@pytest.mark.parametrize("command", [["export", "p.xlsx"], ["export", "p.json"], ["template", "--out", "t.xlsx"],
                                     ["brief", "--out", "p.pdf"], ["backup", "b.sqlite"]])
def test_writing_a_file_to_a_full_disk_is_one_line(command: list[str], portfolio: Path, tmp_path: Path) -> None:
    """A separate process, so that a half-closed file's complaint at exit (after the message) is seen too."""
    import os
    import subprocess
    import sys

    from tests.importer.conftest import REPO_ROOT

    with tmpfs(tmp_path / "fs", size="1m") as fs:
        fill(fs)
        args = [str(fs / a) if "." in a else a for a in command]
        done = subprocess.run([sys.executable, "-m", "ino_desktop", "--db", str(portfolio), *args],
                              env={**os.environ, "PYTHONPATH": str(REPO_ROOT)}, capture_output=True, text=True,
                              timeout=120, check=False)
        assert done.returncode == 2, done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in done.stderr and "Exception ignored" not in done.stderr, lines
        assert "no space left on the disk" in lines[0] or "disk is full" in lines[0]
        assert [p.name for p in fs.iterdir() if not p.name.startswith(".filler")] == []
