"""The agency data-request workbook: the project sheet an agency fills in and sends back for import.

The header carries the canonical Russian titles the importer recognises; rows are prefilled with the
selected projects (by cluster and/or lead organisation); cluster, work area, status and place come from
drop-down lists (kept on a hidden sheet), amounts and job counts must be non-negative numbers. How the
sheets look and are protected: template_sheet.py; what the workbook remembers of the request:
template_meta.py (read back by the importer for the three-way merge).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from rapidfuzz import process
from sqlalchemy import select
from sqlalchemy.orm import Session

from ino_desktop import reference as ref
from ino_desktop.errors import NotFound
from ino_desktop.exporting.atomic import save_workbook
from ino_desktop.exporting.columns import TEMPLATE_COLUMNS
from ino_desktop.exporting.records import name_in, project_records, vocabulary_names
from ino_desktop.exporting.safe_cells import CellText
from ino_desktop.exporting.sheet import write_table
from ino_desktop.exporting.template_meta import TemplateMeta
from ino_desktop.exporting.template_sheet import dress_data_sheet, instruction_lines, instructions, lists, metadata
from ino_desktop.messages import Message, message
from ino_desktop.models import Cluster, Organisation, Project
from ino_desktop.services import portfolio

DATA_SHEET, HELP_SHEET, LISTS_SHEET = "Проекты", "Инструкция", "Списки"
SOURCE_MAX = 200  # ImportBatch.source and ImportProfile.source hold this many characters
SPARE_ROWS = 200  # empty rows below the projects, formatted and checked like them, for new projects


@dataclass
class TemplateResult:
    path: Path
    projects: int
    notices: list[Message] = field(default_factory=list)


def resolve_clusters(session: Session, given: Sequence[str]) -> tuple[str, ...]:
    """Cluster keys for what the user typed (key, Russian or English name, known spelling)."""
    known: dict[str, str] = dict(session.execute(select(Cluster.key, Cluster.name_ru)).all())
    out: list[str] = []
    for text in given:
        key = text if text in known else ref.lookup("cluster", text)
        key = key or next((k for k, n in known.items() if ref.fold(n) == ref.fold(text)), None)
        if key is None or key not in known:
            raise NotFound(message("template.unknown_cluster", cluster=text, clusters=", ".join(known)))
        if key not in out:
            out.append(key)
    return tuple(out)


def resolve_organisation(session: Session, name: str) -> Organisation:
    """The organisation whose full or short name is `name` (compared without case, ё/е or quote style)."""
    wanted = ref.fold(name)
    organisations = list(session.scalars(select(Organisation).order_by(Organisation.name)))
    for org in organisations:
        if wanted in (ref.fold(org.name), ref.fold(org.short_name or "")):
            return org
    choices = [o.name for o in organisations]
    best = process.extractOne(name, choices, score_cutoff=60) if choices else None
    if best:
        raise NotFound(message("template.no_organisation_hint", name=name, near=best[0]))
    raise NotFound(message("template.no_organisation", name=name))


def write_template(session: Session, path: Path | str, *, clusters: Sequence[str] = (),
                   organisation: str | None = None, agency: str | None = None) -> TemplateResult:
    """Write the data-request workbook for the selected projects (all of them when nothing is selected),
    with the request's description (selection, as-at date, agency, every value sent) hidden inside."""
    keys = resolve_clusters(session, clusters)
    org = resolve_organisation(session, organisation) if organisation else None
    stmt = select(Project.code).order_by(Project.code)
    if keys:
        stmt = stmt.where(Project.cluster.in_(keys))
    if org is not None:
        stmt = stmt.where(Project.lead_organization_id == org.id)
    codes = list(session.scalars(stmt))
    records = project_records(session, codes)
    names = vocabulary_names(session)
    parts = [", ".join(names["cluster"][k] for k in keys)] if keys else []
    if org is not None:
        parts.append(f"ответственная организация {org.name}")
    selection = "; ".join(parts) or "все проекты портфеля"
    as_at = portfolio.as_at_date(session)
    demo = portfolio.is_demo(session)

    cells = CellText()
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = DATA_SHEET
    rows = [[name_in(names, c.field, p[c.field]) if c.kind == "vocab" else p[c.field] for c in TEMPLATE_COLUMNS]
            for p in records]
    write_table(ws, TEMPLATE_COLUMNS, rows, cells, freeze_columns=2)
    dress_data_sheet(ws, len(records), SPARE_ROWS)
    if demo:
        ws.oddHeader.center.text = "ДЕМО"
    lines = instruction_lines(as_at, selection, len(records), DATA_SHEET)
    if demo:
        lines[1] = "ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ — вымышленный портфель, не для служебного использования"
    instructions(wb, lines, demo=demo)
    lists(wb, names)
    metadata(wb, TemplateMeta(
        request_id=uuid.uuid4().hex, created_at=dt.datetime.now().replace(microsecond=0), as_at=as_at,
        agency=(agency or (org.name if org is not None else None) or "").strip()[:SOURCE_MAX] or None, sheet=DATA_SHEET,
        columns={c.title: c.field for c in TEMPLATE_COLUMNS}, clusters=list(keys),
        organisation=org.name if org is not None else None,
        sent={p["code"]: {c.field: p[c.field] for c in TEMPLATE_COLUMNS if c.field != "code"} for p in records}))
    save_workbook(wb, path)
    return TemplateResult(Path(path), len(records), cells.notices)
