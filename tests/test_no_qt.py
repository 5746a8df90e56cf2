"""The core never imports Qt: importing every module under ino_desktop loads no PySide6, shiboken6 or ui.
Nor does the command line load reportlab or openpyxl before a command needs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# Runs in a fresh interpreter, so that modules other tests imported do not count.
PROBE = """
import importlib, json, pkgutil, sys
import ino_desktop
names, failed = [], {}
for info in pkgutil.walk_packages(ino_desktop.__path__, "ino_desktop."):
    if info.name == "ino_desktop.__main__" or ".migrations." in info.name:
        continue  # __main__ runs the program; Alembic scripts run only inside Alembic
    try:
        importlib.import_module(info.name)
        names.append(info.name)
    except Exception as exc:
        failed[info.name] = f"{type(exc).__name__}: {exc}"
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "ui"))
print(json.dumps({"imported": names, "failed": failed, "qt": qt}))
"""


def test_no_core_module_loads_qt() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=REPO, capture_output=True, text=True, timeout=120,
                          check=True)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["failed"] == {}
    assert len(report["imported"]) > 40  # the walk really reached the packages
    assert {"ino_desktop.cli", "ino_desktop.exporting.xlsx_export", "ino_desktop.demo.history"} <= set(
        report["imported"])
    assert report["qt"] == []


def test_the_command_line_loads_no_heavy_library_until_a_command_needs_it() -> None:
    """reportlab and openpyxl load inside `brief`, `export` and `template`, not at start-up."""
    probe = ("import json, sys; import ino_desktop.cli; "
             "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'openpyxl'})))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=120,
                          check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
