"""The export formats by file extension: the `export` command and the window's Export both write through
`export_portfolio`, so the two always offer the same formats and say the same thing about an unknown one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from ino_desktop.errors import InoError
from ino_desktop.exporting.csv_export import write_csv
from ino_desktop.exporting.json_export import write_json
from ino_desktop.exporting.records import PortfolioRecords, gather
from ino_desktop.exporting.xlsx_export import write_xlsx
from ino_desktop.messages import Message, message

Writer = Callable[[PortfolioRecords, Path], list[Message]]
WRITERS: dict[str, Writer] = {".json": write_json, ".xlsx": write_xlsx, ".csv": write_csv}


def writer_for(out: Path) -> Writer:
    """The writer for `out`'s extension; an unknown one is refused before anything is read or written."""
    writer = WRITERS.get(out.suffix.lower())
    if writer is None:
        raise InoError(message("export.unknown_format", out=out, suffix=out.suffix or message("export.no_suffix")))
    return writer


def export_portfolio(session: Session, out: Path) -> tuple[PortfolioRecords, list[Message]]:
    """Write the portfolio to `out` in the format its extension names: the records written and the notices."""
    writer = writer_for(out)
    records = gather(session)
    return records, writer(records, out)
