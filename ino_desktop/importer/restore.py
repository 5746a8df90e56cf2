"""A portfolio export (.json, or the full .xlsx) imported into an empty database: the same portfolio back.

`export_document` recognises an export and reads it into the JSON export's shape (the .xlsx through
the column tuples its writer uses, names turned back into keys); `restore` writes it in one
transaction. Import batches are history of another database and are not recreated.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ino_desktop.errors import ImportRefused, InoError
from ino_desktop.exporting import xlsx_export as xl
from ino_desktop.exporting.columns import PROJECT_COLUMNS
from ino_desktop.exporting.json_export import FORMAT
from ino_desktop.exporting.records import vocabulary_names
from ino_desktop.importer.limits import Limits
from ino_desktop.importer.sniff import load, sniff
from ino_desktop.messages import message
from ino_desktop.models import (
    AgendaItem,
    Decision,
    FederalInstrument,
    Indicator,
    IndicatorValue,
    Meeting,
    Milestone,
    Organisation,
    Project,
    RoadmapAction,
    RoadmapEdition,
    Setting,
)

_SEP = xl.LIST_SEPARATOR.strip()


def export_document(path: Path, session: Session) -> dict[str, Any] | None:
    """The export `path` holds, as the JSON export's document; None when it is not an export."""
    if path.suffix.lower() == ".json":
        try:
            doc = json.loads(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ImportRefused(message("export.unreadable_json", file=path.name, detail=exc),
                                kind="unreadable") from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ImportRefused(message("export.json_not_export", file=path.name, format=FORMAT), kind="no_data")
        return doc
    if path.suffix.lower() != ".xlsx":
        return None
    limits = Limits()
    src = load(path, path.name, limits)
    sniff(src, limits)  # the container checks of every import (bombs, encryption) first
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(src.data), read_only=True, data_only=True)
    try:
        if xl.ABOUT_SHEET not in wb.sheetnames or wb[xl.ABOUT_SHEET]["A1"].value != xl.ABOUT_TITLE:
            return None
        if "Организации" not in wb.sheetnames:  # an export from before the registers were written
            return None
        return _document_from_workbook(wb, vocabulary_names(session))
    finally:
        wb.close()


def _rows(wb: Any, title: str, width: int) -> list[list[Any]]:
    """The data rows of a sheet written by write_table: below the header (row 1, or 2 under a banner)."""
    rows = [list(r)[:width] for r in wb[title].iter_rows(values_only=True)]
    start = 2 if rows and rows[0] and rows[0][0] == xl.DEMO_BANNER else 1
    out = []
    for given in rows[start:]:
        padded = given + [None] * (width - len(given))
        if any(v is not None for v in padded):
            out.append([v.date() if isinstance(v, dt.datetime) else v for v in padded])
    return out


def _keys(names: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    return {vocab: {name: key for key, name in by_key.items()} for vocab, by_key in names.items()}


def _split(text: Any) -> list[str]:
    return [part.strip() for part in str(text).split(_SEP) if part.strip()] if text else []


def _document_from_workbook(wb: Any, names: dict[str, dict[str, str]]) -> dict[str, Any]:
    back = _keys(names)

    def key(vocab: str, value: Any) -> Any:
        return back.get(vocab, {}).get(value, value) if value is not None else None

    projects = []
    for r in _rows(wb, "Проекты", len(PROJECT_COLUMNS)):
        p: dict[str, Any] = {}
        for col, value in zip(PROJECT_COLUMNS, r, strict=True):
            p[col.field] = (key(col.field, value) if col.kind == "vocab" else _split(value) if col.kind == "list"
                            else float(value) if col.kind == "money" and value is not None else value)
        p["milestones"] = []
        projects.append(p)
    by_code = {p["code"]: p for p in projects}
    for code, _name, title, planned, actual, status, _late in _rows(wb, "Вехи", len(xl.MILESTONE_COLUMNS)):
        by_code[code]["milestones"].append({"title": title, "planned_date": planned, "actual_date": actual,
                                            "status": key("milestone_status", status)})
    actions = [{"edition": e, "number": str(n), "title": t, "work_area": key("work_area", wa),
                "responsible": _split(resp), "deadline": dl, "status": key("action_status", st), "completed_on": done,
                "projects": _split(linked), "notes": notes}
               for e, n, t, wa, resp, dl, st, done, _late, linked, notes
               in _rows(wb, "Дорожная карта", len(xl.ACTION_COLUMNS))]
    meetings = {mid: {"id": mid, "title": t, "date": d, "chair": c, "venue": v, "notes": n, "agenda": [],
                      "decisions": []}
                for mid, d, t, c, v, n in _rows(wb, "Совещания", len(xl.MEETING_COLUMNS))}
    for *_m, pos, title, speaker, project, cluster, action, mid in _rows(wb, "Повестка", len(xl.AGENDA_COLUMNS)):
        edition, _sep, number = str(action or "").partition(": ")
        meetings[mid]["agenda"].append({"position": pos, "title": title, "speaker": speaker, "project": project,
                                        "cluster": key("cluster", cluster),
                                        "action_edition": int(edition) if action else None,
                                        "action_number": number or None})
    for *_m, num, text, resp, dl, st, _late, follow, project, mid in _rows(wb, "Решения", len(xl.DECISION_COLUMNS)):
        meetings[mid]["decisions"].append({"number": num, "text": text, "responsible": resp, "deadline": dl,
                                           "status": key("decision_status", st), "follow_up": follow,
                                           "project": project})
    indicators: dict[str, dict[str, Any]] = {}
    for k, ru, en, unit, target, year, source, vyear, vtarget, actual, vsource in _rows(
            wb, "Показатели", len(xl.INDICATOR_COLUMNS)):
        ind = indicators.setdefault(k, {"key": k, "name_ru": ru, "name_en": en, "unit": unit, "target": target,
                                        "target_year": year, "source": source, "values": []})
        if vyear is not None:
            ind["values"].append({"year": vyear, "target": vtarget, "actual": actual, "source": vsource})
    about = {row[0]: row[1] for row in wb[xl.ABOUT_SHEET].iter_rows(values_only=True) if row and row[0]}
    as_at = about.get("Данные по состоянию на")
    return {
        "format": FORMAT, "as_at": as_at.date() if isinstance(as_at, dt.datetime) else as_at,
        "demo": about.get("Демонстрационные данные") == xl.YES, "projects": projects, "roadmap_actions": actions,
        "meetings": list(meetings.values()),
        "organisations": [{"name": n, "short_name": s, "kind": key("organisation_kind", k), "notes": no}
                          for n, s, k, no in _rows(wb, "Организации", len(xl.ORGANISATION_COLUMNS))],
        "instruments": [{"name": n, "kind": key("instrument_kind", k), "ministry": m, "description": d}
                        for n, k, m, d in _rows(wb, "Меры поддержки", len(xl.INSTRUMENT_COLUMNS))],
        "roadmap_editions": [{"year": y, "title": t, "approved_on": a}
                             for y, t, a in _rows(wb, "Редакции", len(xl.EDITION_COLUMNS))],
        "indicators": list(indicators.values()),
    }


def is_empty(session: Session) -> bool:
    """Whether the portfolio has no rows at all."""
    return not any(session.scalar(select(func.count()).select_from(model)) for model in
                   (Project, RoadmapAction, Meeting, Organisation))


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


_DATES = {"start_date", "end_date", "reported_at"}
_PLAIN = [c.field for c in PROJECT_COLUMNS if c.field not in ("lead_organization", "participants", "instruments")]


def restore(session: Session, doc: dict[str, Any], file_name: str) -> dict[str, int]:
    """Write the document into the empty portfolio of `session` and commit; counts of what was written."""
    if not is_empty(session):
        raise InoError(message("export.not_empty", file=file_name), kind="not_empty")
    try:
        counts = _write(session, doc)
        session.commit()
    except InoError:
        session.rollback()
        raise
    except Exception as exc:  # a damaged or hand-edited export: nothing written, one line
        session.rollback()
        detail = str(exc).splitlines()[0] if str(exc) else ""
        raise ImportRefused(message("export.restore_failed", file=file_name, detail=f"{type(exc).__name__}: {detail}"),
                            kind="invalid") from exc
    return counts


def _write(session: Session, doc: dict[str, Any]) -> dict[str, int]:
    orgs = {o["name"]: Organisation(name=o["name"], short_name=o.get("short_name"), kind=o.get("kind") or "company",
                                    notes=o.get("notes")) for o in doc.get("organisations", [])}

    def org(name: str | None) -> Organisation | None:
        if not name:
            return None
        if name not in orgs:  # an export without the register (or a name written only on a project)
            orgs[name] = Organisation(name=name, kind="company")
        return orgs[name]

    instruments = {i["name"]: FederalInstrument(name=i["name"], kind=i["kind"], ministry=org(i.get("ministry")),
                                                description=i.get("description")) for i in doc.get("instruments", [])}
    projects: dict[str, Project] = {}
    for p in doc.get("projects", []):
        values = {f: (_date(p.get(f)) if f in _DATES else p.get(f)) for f in _PLAIN}
        project = Project(**values, lead_organization=org(p.get("lead_organization")),
                          participants=[o for o in map(org, p.get("participants", [])) if o is not None],
                          instruments=[instruments[n] for n in p.get("instruments", [])],
                          milestones=[Milestone(title=m["title"], planned_date=_date(m.get("planned_date")),
                                                actual_date=_date(m.get("actual_date")), status=m["status"])
                                      for m in p.get("milestones", [])])
        projects[project.code] = project
    session.add_all([*orgs.values(), *instruments.values(), *projects.values()])
    editions = {e["year"]: RoadmapEdition(year=e["year"], title=e["title"], approved_on=_date(e.get("approved_on")))
                for e in doc.get("roadmap_editions", [])}
    actions: dict[tuple[int, str], RoadmapAction] = {}
    for a in doc.get("roadmap_actions", []):
        edition = editions.setdefault(a["edition"], RoadmapEdition(year=a["edition"], title=str(a["edition"])))
        actions[(a["edition"], str(a["number"]))] = RoadmapAction(
            edition=edition, number=str(a["number"]), title=a["title"], work_area=a.get("work_area"),
            deadline=_date(a.get("deadline")), status=a["status"], completed_on=_date(a.get("completed_on")),
            notes=a.get("notes"), responsible=[o for o in map(org, a.get("responsible", [])) if o is not None],
            projects=[projects[c] for c in a.get("projects", [])])
    session.add_all([*editions.values(), *actions.values()])
    for m in doc.get("meetings", []):
        session.add(Meeting(
            id=m.get("id"), title=m["title"], date=_date(m["date"]), chair=m.get("chair"), venue=m.get("venue"),
            notes=m.get("notes"),
            agenda=[AgendaItem(position=a["position"], title=a["title"], speaker=a.get("speaker"),
                               project=projects.get(a.get("project") or ""), cluster=a.get("cluster"),
                               action=actions.get((a["action_edition"], str(a["action_number"])))
                               if a.get("action_number") else None) for a in m.get("agenda", [])],
            decisions=[Decision(number=d["number"], text=d["text"], responsible=d.get("responsible"),
                                deadline=_date(d.get("deadline")), status=d["status"], follow_up=d.get("follow_up"),
                                project=projects.get(d.get("project") or "")) for d in m.get("decisions", [])]))
    _indicators(session, doc.get("indicators", []))
    for name, value in (("as_at", doc.get("as_at")), ("demo", "1" if doc.get("demo") else "0")):
        if value is not None:
            session.merge(Setting(key=name, value=str(value)))
    session.flush()
    return {"projects": len(projects), "organisations": len(orgs), "instruments": len(instruments),
            "roadmap_actions": len(actions), "meetings": len(doc.get("meetings", [])),
            "indicators": len(doc.get("indicators", []))}


def _indicators(session: Session, given: list[dict[str, Any]]) -> None:
    """Indicators are seeded in every database: each is updated by key (or added), its yearly values replaced."""
    stored = {i.key: i for i in session.scalars(select(Indicator))}
    by_key: dict[str, list[IndicatorValue]] = defaultdict(list)
    for i in given:
        indicator = stored.get(i["key"]) or Indicator(key=i["key"])
        for f in ("name_ru", "name_en", "unit", "target", "target_year", "source"):
            setattr(indicator, f, i.get(f))
        indicator.values = by_key[i["key"]] = [IndicatorValue(year=v["year"], target=v.get("target"),
                                                              actual=v.get("actual"), source=v.get("source"))
                                               for v in i.get("values", [])]
        session.add(indicator)
