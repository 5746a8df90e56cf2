"""`demo`, `export`, `template`, `check` and `--version` through the command line: exit codes and one-line refusals."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ino_desktop import __version__
from ino_desktop.db import open_database
from ino_desktop.services.portfolio import is_demo
from tests.cli.conftest import Outcome

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_path(tmp_path: Path, cli) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "demo.sqlite"
    result: Outcome = cli("--db", str(path), "demo")
    assert result.code == 0 and "demo portfolio as at 15.12.2016 written" in result.out, result.err
    return path


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from ino_desktop.cli import main

    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"ino-desktop {__version__}"


def test_demo_refuses_a_filled_database_then_replaces_it_with_force(demo_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    refused = cli("--db", str(demo_path), "demo")
    assert refused.code == 2
    assert "already holds a portfolio" in refused.error_line and "--force" in refused.error_line
    forced = cli("--db", str(demo_path), "demo", "--force")
    assert forced.code == 0 and "previous portfolio was saved to" in forced.out
    listed = cli("backups")
    assert listed.code == 0 and "before-demo" in listed.out
    db = open_database(str(demo_path), create=False)
    try:
        with db.session() as s:
            assert is_demo(s)
    finally:
        db.close()


@pytest.mark.parametrize("suffix", [".json", ".xlsx", ".csv"])
def test_export_each_format(demo_path: Path, tmp_path: Path, cli, suffix: str) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / f"portfolio{suffix}"
    result = cli("--db", str(demo_path), "export", str(out))
    assert result.code == 0 and result.err == ""
    assert "projects exported (demo data)" in result.out
    if suffix == ".json":
        assert json.loads(out.read_text(encoding="utf-8"))["demo"] is True
    elif suffix == ".xlsx":
        assert load_workbook(out, read_only=True).sheetnames[0] == "Проекты"
    else:
        assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_export_refusals(demo_path: Path, tmp_path: Path, cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    unknown = cli("--db", str(demo_path), "export", str(tmp_path / "out.pdf"))
    assert unknown.code == 2 and "unknown export format '.pdf'" in unknown.error_line
    nowhere = cli("--db", str(demo_path), "export", str(tmp_path / "no" / "such" / "out.json"))
    assert nowhere.code == 2 and "cannot write there" in nowhere.error_line
    missing = cli("--db", str(tmp_path / "none.sqlite"), "export", str(tmp_path / "out.json"))
    assert missing.code == 2 and "no such database" in missing.error_line
    assert not (tmp_path / "none.sqlite").exists()

    previous = tmp_path / "out.xlsx"
    previous.write_bytes(b"the export of last week")

    def locked(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    held = cli("--db", str(demo_path), "export", str(previous))
    assert held.code == 2 and "is the file open in another program?" in held.error_line
    assert previous.read_bytes() == b"the export of last week"
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("demo.sqlite")] == ["out.xlsx"]


def test_template(demo_path: Path, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "request.xlsx"
    done = cli("--db", str(demo_path), "template", "--out", str(out), "--cluster", "nuclear", "--cluster", "pharma")
    assert done.code == 0 and "data-request template with" in done.out
    ws = load_workbook(out)["Проекты"]
    clusters = {c.value for c in ws["C"][1:] if c.value is not None}  # spare rows below are empty
    assert clusters == {"Кластер ядерных технологий", "Фармацевтический кластер"}
    by_org = cli("--db", str(demo_path), "template", "--out", str(out), "--organisation", "ООО «Сибирский лес»")
    assert by_org.code == 0
    for args, words in (
        (("--cluster", "space"), "unknown cluster 'space'"),
        (("--organisation", "ООО «Нет такой»"), "no organisation named"),
    ):
        refused = cli("--db", str(demo_path), "template", "--out", str(tmp_path / "x.xlsx"), *args)
        assert refused.code == 2 and words in refused.error_line
    wrong = cli("--db", str(demo_path), "template", "--out", str(tmp_path / "x.csv"))
    assert wrong.code == 2 and ".xlsx" in wrong.error_line
    usage = cli("--db", str(demo_path), "template")
    assert usage.code == 2 and "--out" in usage.error_line
    assert not (tmp_path / "x.xlsx").exists()


def test_check(demo_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    ok = cli("--db", str(demo_path), "check")
    assert ok.code == 0 and ok.out.strip().endswith(": ok")
    with sqlite3.connect(demo_path) as raw:  # a milestone of a project that is not there
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute("INSERT INTO milestones (project_id, title, status) VALUES (99999, 'сирота', 'planned')")
    broken = cli("--db", str(demo_path), "check")
    assert broken.code == 2
    assert "foreign key: table milestones" in broken.err and "1 problem(s) found" in broken.err


def test_a_real_process(tmp_path: Path) -> None:
    env = {**os.environ, "INO_DATA_DIR": str(tmp_path / "data"), "INO_CONFIG_DIR": str(tmp_path / "config"),
           "PYTHONPATH": str(REPO)}
    db = tmp_path / "p.sqlite"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "ino_desktop", "--db", str(db), *args], env=env, cwd=tmp_path,
                              capture_output=True, text=True, encoding="utf-8", timeout=60, check=False)

    first = run("demo")
    assert first.returncode == 0, first.stderr
    again = run("demo")
    assert again.returncode == 2 and again.stderr.count("\n") == 1 and "Traceback" not in again.stderr
    assert again.stderr.startswith("ino-desktop: ") and "already holds a portfolio" in again.stderr
