"""The JSON export of DESIGN.md: {"format": "ino-portfolio", "version": 1, "exported_at", "projects", …}.

Keys are vocabulary keys, dates ISO `YYYY-MM-DD`, money RUB million as numbers, unknown values null.
Besides the documented keys the header says "as_at" (the date the data speaks for) and "demo", and the
registers follow (organisations, instruments, roadmap editions, indicators): enough for `import` to
rebuild the same portfolio in an empty database (importer/restore.py).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from ino_desktop.exporting.atomic import atomic_write
from ino_desktop.exporting.records import PortfolioRecords
from ino_desktop.exporting.safe_cells import without_surrogates
from ino_desktop.messages import Message

FORMAT, VERSION = "ino-portfolio", 1


def _plain(value: Any) -> Any:
    """JSON-ready: ISO dates and times, text without lone surrogates, containers converted inside."""
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return without_surrogates(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def to_document(records: PortfolioRecords) -> dict[str, Any]:
    """The portfolio as the JSON export's document."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": records.exported_at.isoformat(timespec="seconds") + "Z",
        "as_at": records.as_at.isoformat(),
        "demo": records.demo,
        "projects": _plain(records.projects),
        "roadmap_actions": _plain(records.roadmap_actions),
        "meetings": _plain(records.meetings),
        "import_batches": _plain(records.import_batches),
        "organisations": _plain(records.organisations),
        "instruments": _plain(records.instruments),
        "roadmap_editions": _plain(records.roadmap_editions),
        "indicators": _plain(records.indicators),
    }


def write_json(records: PortfolioRecords, path: Path | str) -> list[Message]:
    """Write the export to `path` atomically; returns notices for the user (none for JSON)."""
    text = json.dumps(to_document(records), ensure_ascii=False, indent=2)
    with atomic_write(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text + "\n")
    return []
