"""export → import into an empty database → export gives back the same portfolio, field by field, for the
JSON and the full .xlsx export; and a JSON export is refused by a portfolio that holds data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import Outcome


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from ino_desktop.cli import main

    folder = tmp_path_factory.mktemp("round_trip")
    assert main(["--db", str(folder / "demo.sqlite"), "demo"]) == 0
    assert main(["--db", str(folder / "demo.sqlite"), "export", str(folder / "before.json")]) == 0
    assert main(["--db", str(folder / "demo.sqlite"), "export", str(folder / "before.xlsx")]) == 0
    return folder


def _portfolio(path: Path) -> dict[str, Any]:
    """The export without what belongs to the moment or to the database's own history."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in doc.items() if k not in ("exported_at", "import_batches")}


def _differences(a: Any, b: Any, where: str = "") -> list[str]:
    if isinstance(a, dict) and isinstance(b, dict):
        return [d for k in sorted(set(a) | set(b)) for d in _differences(a.get(k), b.get(k), f"{where}.{k}")]
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [d for i, (x, y) in enumerate(zip(a, b, strict=True)) for d in _differences(x, y, f"{where}[{i}]")]
    return [] if a == b else [f"{where}: {a!r} != {b!r}"]


@pytest.mark.parametrize("kind", ["json", "xlsx"])
def test_export_import_export_gives_the_same_portfolio(demo_export: Path, tmp_path: Path, kind: str, cli) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "empty.sqlite"
    done: Outcome = cli("--db", str(empty), "import", str(demo_export / f"before.{kind}"))
    assert done.code == 0, done.err
    assert "portfolio restored: 131 projects, 111 organisations, 52 instruments, 120 roadmap actions" in done.out
    assert cli("--db", str(empty), "export", str(tmp_path / "after.json")).code == 0
    before, after = _portfolio(demo_export / "before.json"), _portfolio(tmp_path / "after.json")
    assert sum(len(p["milestones"]) for p in after["projects"]) == 517 and after["meetings"]
    assert any(p["description"] and p["participants"] and p["instruments"] and p["reported_at"]
               for p in after["projects"])
    assert _differences(before, after) == []


def test_a_json_export_into_a_portfolio_with_data_is_refused(demo_export: Path, cli) -> None:  # type: ignore[no-untyped-def]
    done: Outcome = cli("--db", str(demo_export / "demo.sqlite"), "import", str(demo_export / "before.json"))
    assert done.code == 2 and "imported whole only into an empty portfolio" in done.error_line
    other = demo_export / "other.json"
    other.write_text('{"projects": []}', encoding="utf-8")
    refused: Outcome = cli("--db", str(demo_export / "demo.sqlite"), "import", str(other))
    assert refused.code == 2 and "a JSON file is imported only as an INO Desktop export" in refused.error_line
