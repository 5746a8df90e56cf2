"""The frozen build (make test-build): the bundled program runs its commands with bundled resources."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

DIST = Path(__file__).resolve().parents[1] / "dist" / "ino-desktop"
EXE = DIST / ("ino-desktop.exe" if os.name == "nt" else "ino-desktop")


def run(*args: str, env_home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INO_DATA_DIR": str(env_home / "data"), "INO_CONFIG_DIR": str(env_home / "config"),
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, timeout=180, env=env, check=False)


@pytest.fixture(scope="module")
def exe() -> Path:
    if not EXE.exists():
        pytest.fail(f"{EXE} is missing: run make build")
    return EXE


def test_version(exe: Path, tmp_path: Path) -> None:
    from ino_desktop import __version__

    result = run("--version", env_home=tmp_path)
    assert result.returncode == 0 and __version__ in result.stdout


def test_demo_export_brief_check(exe: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "p.sqlite")
    assert run("--db", db, "demo", env_home=tmp_path).returncode == 0
    assert run("--db", db, "check", env_home=tmp_path).returncode == 0
    out = tmp_path / "p.json"
    assert run("--db", db, "export", str(out), env_home=tmp_path).returncode == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["projects"]) >= 120
    pdf = tmp_path / "pack.pdf"
    result = run("--db", db, "brief", "--out", str(pdf), env_home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_import_sample(exe: Path, tmp_path: Path) -> None:
    samples = Path(__file__).resolve().parents[2] / "shared" / "samples"
    if not samples.is_dir():
        pytest.skip("shared samples not found")
    db = str(tmp_path / "p.sqlite")
    result = run("--db", db, "import", str(samples / "ministry_summary.xlsx"), env_home=tmp_path)
    assert result.returncode == 0, result.stderr
    refused = run("--db", db, "import", str(samples / "entity_bomb.xlsx"), env_home=tmp_path)
    assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1


def test_window_starts_and_quits_cleanly(exe: Path, tmp_path: Path) -> None:
    """The bundled Qt (platform plugin, fonts, translations) opens the window; TERM closes it cleanly."""
    import signal
    import time

    db = str(tmp_path / "p.sqlite")
    assert run("--db", db, "demo", env_home=tmp_path).returncode == 0
    env = {**os.environ, "INO_DATA_DIR": str(tmp_path / "data"), "INO_CONFIG_DIR": str(tmp_path / "config"),
           "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([str(exe), "--db", db, "gui", "--lang", "en"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(6)
    assert proc.poll() is None, proc.communicate()[1]
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
