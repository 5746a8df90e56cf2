"""Fixtures and helpers of the importer tests: files written on the fly, hand-made reads (the planning
and applying half), the command line, records; the workbook builders live in builders.py."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from ino_desktop.cli import main
from ino_desktop.db import Database, open_database
from ino_desktop.importer.limits import column_letter
from ino_desktop.importer.rows import ColumnMapping, ReadResult, RowIssue, SheetTable, SourceRow
from ino_desktop.messages import Message
from ino_desktop.models import PROJECT_FIELDS, Organisation, Project

SHEET = "Проекты"
REPO_ROOT = Path(__file__).resolve().parents[2]


def source_row(row: int, values: dict[str, Any], fields: list[str], *, sheet: str = SHEET,
               issues: list[RowIssue] | None = None) -> SourceRow:
    """A row as the reader hands it over: canonical values, the column each came from, its issues."""
    letters = {f: column_letter(fields.index(f)) for f in values if f in fields}
    return SourceRow(sheet, row, dict(values), letters, list(issues or []))


def read_result(rows: list[dict[str, Any]], fields: list[str], *, sheet: str = SHEET, first_row: int = 2,
                rejected: dict[int, Message] | None = None, name: str = "agency.xlsx") -> ReadResult:
    """A ReadResult of one sheet: header in row 1, `rows` from `first_row`; `rejected` maps a row
    number to a reason the reader would have given."""
    columns = [ColumnMapping(i, column_letter(i), f"header {f}", f) for i, f in enumerate(fields)]
    out = []
    for i, values in enumerate(rows):
        number = first_row + i
        issues = [RowIssue(sheet, number, "A", None, rejected[number], values.get("code"))] \
            if rejected and number in rejected else []
        out.append(source_row(number, {f: values.get(f) for f in fields}, fields, sheet=sheet, issues=issues))
    digest = hashlib.sha256(json.dumps(rows, default=str, ensure_ascii=False).encode()).hexdigest()
    return ReadResult(Path(name), name, digest, "xlsx", [SheetTable(sheet, [1], columns, iter(out))], [sheet])


def add_project(db: Database, code: str, name: str, **values: Any) -> int:
    with db.transaction() as s:
        p = Project(code=code, name=name, **values)
        s.add(p)
        s.flush()
        return p.id


def import_file(db: Database, path: Path) -> None:
    """Read, plan and apply one workbook, as the command line's import does."""
    from ino_desktop.importer import service
    from ino_desktop.importer.plan import build_plan
    from ino_desktop.importer.workbook import read_workbook

    with db.session() as s:
        plan = build_plan(read_workbook(path), s)
    with db.session() as s:
        service.apply(plan, s, db=db)


def records(db: Database) -> dict[str, dict[str, Any]]:
    """Every project as the export format writes it (dates ISO, organisation by name), by code."""
    cols = [getattr(Project, f) for f in PROJECT_FIELDS if f != "lead_organization"]
    names = [f for f in PROJECT_FIELDS if f != "lead_organization"]
    out = {}
    with db.session() as s:
        stmt = select(Organisation.name, *cols).outerjoin(Organisation, Project.lead_organization_id == Organisation.id)
        for org, *vals in s.execute(stmt):
            rec = dict(zip(names, vals, strict=True))
            rec["lead_organization"] = org
            out[rec["code"]] = {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in rec.items()}
    return out


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class CliResult:
    rc: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    def run(*args: str | Path) -> CliResult:
        capsys.readouterr()
        rc = main([str(a) for a in args])
        captured = capsys.readouterr()
        return CliResult(rc, captured.out, captured.err)

    return run


@pytest.fixture
def open_db() -> Callable[[Path], Database]:
    opened: list[Database] = []

    def _open(path: Path) -> Database:
        db = open_database(str(path))
        opened.append(db)
        return db

    yield _open
    for db in opened:
        db.close()


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, bytes], Path]:
    def _write(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return _write
