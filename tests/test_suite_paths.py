"""The scripts that run a part of the suite name folders that exist (a moved test folder must not
silently drop out of the PostgreSQL run)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_postgres_script_names_real_test_folders() -> None:
    script = (ROOT / "scripts" / "postgres.sh").read_text(encoding="utf-8")
    found = re.search(r"CORE_TESTS=\(([^)]*)\)", script)
    assert found is not None
    folders = found.group(1).split()
    assert "tests/importer" in folders and "tests/postgres" in folders
    assert [f for f in folders if not (ROOT / f).is_dir()] == []
