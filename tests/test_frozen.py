"""The frozen build (make test-build): the bundled program does the whole job on its own, with no virtual
environment, no source tree and no Python on its path: creates a portfolio, loads the demo, imports a
sample, prints a pack (its text read back), exports, makes a template, backs up and restores, and opens
the window offscreen for a picture. Its size stays within 150 MB."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.paths import SAMPLES

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist" / "ino-desktop"
EXE = DIST / ("ino-desktop.exe" if os.name == "nt" else "ino-desktop")
LIMIT_MB = 150


def folder_mb(folder: Path = DIST) -> float:
    """The folder's size in MB (10^6 bytes), as a download or a copy counts it."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def bare_env(home: Path) -> dict[str, str]:
    """What a user's machine gives the program: no virtual environment, no PYTHONPATH, no source tree."""
    keep = {k: v for k, v in os.environ.items() if k in ("HOME", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT")}
    path = os.pathsep.join(p for p in os.environ.get("PATH", "").split(os.pathsep)
                           if p and ".venv" not in p and "python" not in p.lower())
    return {**keep, "PATH": path, "INO_DATA_DIR": str(home / "data"), "INO_CONFIG_DIR": str(home / "config"),
            "QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture(scope="module")
def exe() -> Path:
    if not EXE.exists():
        pytest.fail(f"{EXE} is missing: run make build")
    return EXE


@pytest.fixture
def run(exe: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    def _run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=180,
                              env=bare_env(tmp_path), cwd=tmp_path, check=False)

    return _run


def test_the_folder_is_lean() -> None:
    assert folder_mb() <= LIMIT_MB


def test_version(run) -> None:  # type: ignore[no-untyped-def]
    from ino_desktop import __version__

    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_the_whole_job(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    db = str(tmp_path / "portfolio.sqlite")
    done = run("--db", db, "demo")
    assert done.returncode == 0 and (tmp_path / "portfolio.sqlite").is_file(), done.stderr
    assert run("--db", db, "check").returncode == 0

    imported = str(tmp_path / "imported.sqlite")
    result = run("--db", imported, "import", str(SAMPLES / "ministry_summary.xlsx"))
    assert result.returncode == 0 and "imported as batch 1: 36 created" in result.stdout, result.stderr
    refused = run("--db", imported, "import", str(SAMPLES / "entity_bomb.xlsx"))
    assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1

    pack = tmp_path / "pack.pdf"
    result = run("--db", db, "brief", "--out", str(pack), "--lang", "en")
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(pack).pages[:4])
    assert "DEMO DATA" in text and "Petrochemical cluster" in text

    out = tmp_path / "all.json"
    assert run("--db", db, "export", str(out)).returncode == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["projects"]) == 131
    assert run("--db", db, "export", str(tmp_path / "all.xlsx")).returncode == 0
    assert run("--db", db, "template", "--out", str(tmp_path / "request.xlsx")).returncode == 0
    assert (tmp_path / "request.xlsx").read_bytes()[:2] == b"PK"

    copy = tmp_path / "copy.sqlite"
    assert run("--db", db, "backup", str(copy)).returncode == 0
    restored = run("--db", db, "restore", str(copy))
    assert restored.returncode == 0 and "(131 projects)" in restored.stdout, restored.stderr

    picture = tmp_path / "window.png"
    shown = run("--db", db, "gui", "--lang", "en", "--screenshot", str(picture))
    assert shown.returncode == 0, shown.stderr
    assert picture.read_bytes().startswith(b"\x89PNG") and "Traceback" not in shown.stderr
