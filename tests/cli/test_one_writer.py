"""One writer, everywhere (issue 10, items 4, 5 and 3 of the findings): the command line honours the
window's QLockFile, two imports serialise, and Ctrl+C tells the truth about what was committed."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from ino_desktop.db import locks
from ino_desktop.importer import service
from tests.cli.conftest import Outcome

CSV = "code;name;status;lead organisation\nINO-0001;Завод;planned;ООО «Новая»\n"


@pytest.fixture
def csv(tmp_path: Path) -> Path:
    path = tmp_path / "agency.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def test_import_is_refused_while_a_window_has_the_file_open(db_path: Path, csv: Path,
                                                             cli: Callable[..., Outcome]) -> None:
    window = QLockFile(f"{db_path}.lock")  # exactly what the window's PortfolioSession takes
    window.setStaleLockTime(0)
    assert window.tryLock(100)
    try:
        before = db_path.read_bytes()
        for command in (["import", str(csv)], ["undo-import", "1"], ["demo", "--force"]):
            refused = cli("--db", str(db_path), *command)
            assert refused.code == 2 and "open in INO Desktop on this computer" in refused.error_line
        assert db_path.read_bytes() == before
        assert cli("--db", str(db_path), "import", "--dry-run", str(csv)).code == 0  # reading is fine
        assert cli("--db", str(db_path), "check").code == 0
    finally:
        window.unlock()
    assert cli("--db", str(db_path), "import", str(csv)).code == 0


def test_a_lock_left_by_a_dead_window_is_ignored(db_path: Path, csv: Path, cli: Callable[..., Outcome]) -> None:
    Path(f"{db_path}.lock").write_text(f"999999999\nino-desktop\n{os.uname().nodename}\n", encoding="utf-8")
    assert not locks.window_has_it_open(db_path)
    assert cli("--db", str(db_path), "import", str(csv)).code == 0


def test_a_second_import_waits_for_the_first(db_path: Path, csv: Path, cli: Callable[..., Outcome]) -> None:
    first = locks.claim(db_path)
    assert first is not None
    threading.Timer(0.5, first.release).start()
    started = time.monotonic()
    second = cli("--db", str(db_path), "import", str(csv))
    assert second.code == 0, second.err
    assert time.monotonic() - started >= 0.4
    assert "waiting for it to finish" in second.err and "imported as batch 1" in second.out


def test_a_second_import_gives_up_with_a_clear_line(db_path: Path, csv: Path, cli: Callable[..., Outcome],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(locks, "WAIT_SECONDS", 0.3)
    first = locks.claim(db_path)
    try:
        refused = cli("--db", str(db_path), "import", str(csv))
    finally:
        assert first is not None
        first.release()
    assert refused.code == 2
    assert refused.err.strip().splitlines()[-1].endswith(
        "another import or change is running on this database; nothing imported, try again when it has finished")
    assert "UNIQUE" not in refused.err


def test_ctrl_c_just_after_the_commit_says_it_was_committed(db_path: Path, csv: Path, cli: Callable[..., Outcome],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    real = service.apply

    def commit_then_interrupt(*args: object, **kwargs: object) -> object:
        real(*args, **kwargs)  # type: ignore[arg-type]
        raise KeyboardInterrupt

    monkeypatch.setattr(service, "apply", commit_then_interrupt)
    result = cli("--db", str(db_path), "import", str(csv))
    assert result.code == 130
    assert "interrupted after the import was committed: imported as batch 1" in result.err
    assert "nothing was changed" not in result.err


def test_ctrl_c_before_the_commit_says_nothing_was_imported(db_path: Path, csv: Path, cli: Callable[..., Outcome],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(*_args: object, **_kwargs: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(service, "apply", interrupt)
    result = cli("--db", str(db_path), "import", str(csv))
    assert result.code == 130 and "this file was not imported" in result.err
