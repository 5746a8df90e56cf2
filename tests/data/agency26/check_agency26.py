#!/usr/bin/env python3
"""Independent self-check of the agency26 evaluation set.

Shares no code with make_agency26.py.  It re-reads every input file (and the
LibreOffice re-saves) with its own small parser - python-calamine for
workbooks, the csv module for the CSV, zipfile/ElementTree for the few facts
calamine does not expose (formula cells without a cached value, hidden rows
and columns) - applies the samples README rules with its own keyword tables,
and compares the result with every *.expected.json: every value of every
record, the rejected rows, the skipped rows, the header -> field mapping and
the ignored columns.

    python check_agency26.py            # check, print ALL OK or the failures
    python check_agency26.py --mutate   # prove the check can fail: apply
                                        # mutations to a temporary copy, each
                                        # must be caught; the originals are
                                        # never touched
"""
from __future__ import annotations

import csv
import datetime
import io
import json
import os
import re
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from decimal import Decimal, InvalidOperation

from python_calamine import CalamineWorkbook

HERE = os.path.dirname(os.path.abspath(__file__))
CANON = ["code", "name", "cluster", "work_area", "location", "status", "start_date",
         "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
         "extra_budgetary_mln", "extra_budgetary_confirmed_mln", "jobs_planned",
         "jobs_created", "lead_organization", "problems"]
MONEY_F = {"total_cost_mln", "federal_budget_mln", "regional_budget_mln",
           "extra_budgetary_mln", "extra_budgetary_confirmed_mln"}
JOB_F = {"jobs_planned", "jobs_created"}
CODE_RE = re.compile(r"^INO-\d{4}$")


class Fail(Exception):
    pass


# ---------------------------------------------------------------- text helpers
def low(s) -> str:
    return re.sub(r"\s+", " ", str(s).replace("\u00a0", " ")).strip().lower().replace("ё", "е")


def blank(v) -> bool:
    return v is None or (isinstance(v, str) and v.strip() == "")


def col_letter(i: int) -> str:          # 0-based -> 'A'
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


# ------------------------------------------------------------ header -> field
def field_for(path: str):
    """My own reading of a header path ('top / sub'); '_' prefix = not imported."""
    p = low(path)
    sub = p.split(" / ")[-1] if " / " in p else ""
    if p.startswith("№") or p == "#":
        return "_rownum"
    if "инн" in p.split() or p.startswith("инн"):
        return "_inn"
    if "%" in p:
        return "_percent"
    if "освоено" in p or "spent" in p:
        return "_spent"
    if re.search(r"(на|в) 20\d\d (год|г\.)|20\d\d году", p):
        return "_one_year"
    if "примечание" in p or "comment" in p:
        return "_remarks"
    if "куратор" in p or "ответственный" in p or "contact" in p:
        return "_person"
    if "код" in p or "шифр" in p or p == "project id":
        return "code"
    if "наименование" in p or "название" in p or p == "project":
        return "name"
    if "кластер" in p or p == "sector":
        return "cluster"
    if "направление" in p:
        return "work_area"
    if "место реализации" in p or "территория" in p or "municipality" in p:
        return "location"
    if "статус" in p or "стади" in p or "состояние" in p or p == "stage":
        return "status"
    if sub in ("начало", "с", "start") or "дата начала" in p:
        return "start_date"
    if sub in ("окончание", "по") or "completion" in p or "срок завершения" in p:
        return "end_date"
    if "рабочие места" in p or "jobs" in p:
        if "факт" in p or "создано" in p:
            return "jobs_created"
        if "план" in p or "target" in p:
            return "jobs_planned"
        return None
    if "подтвержд" in p:
        return "extra_budgetary_confirmed_mln"
    if re.search(r"\bфб\b", p) or "федеральн" in p:
        return "federal_budget_mln"
    if re.search(r"\b(об|рб)\b", p) or "областн" in p or "регионал" in p:
        return "regional_budget_mln"
    if "вби" in p or "внебюджет" in p or "private" in p:
        return "extra_budgetary_mln"
    if "стоимость" in p or sub in ("всего", "total"):
        return "total_cost_mln"
    if "инициатор" in p or "company" in p or "организация" in p:
        return "lead_organization"
    if "проблем" in p:
        return "problems"
    return None


def unit_factor(path: str) -> Decimal:
    p = low(path)
    if "тыс" in p:
        return Decimal("0.001")
    if "млрд" in p or re.search(r"\bbn\b|billion", p):
        return Decimal(1000)
    return Decimal(1)


# ----------------------------------------------------------------- value rules
class Bad(Exception):
    """A value that rejects its row."""


NUM_RE = re.compile(r"^-?(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:,(\d+))?$")


def number(v):
    if blank(v):
        return None
    if isinstance(v, bool):
        raise Bad("bool")
    if isinstance(v, (int, float)):
        return Decimal(repr(float(v)))
    s = str(v).strip()
    if not NUM_RE.match(s):
        raise Bad(f"text in a number column: {s!r}")
    return Decimal(s.replace(" ", "").replace("\u00a0", "").replace(",", "."))


def money(v, factor):
    d = number(v)
    if d is None:
        return None
    if d < 0:
        raise Bad("negative amount")
    return d * factor


def jobs(v):
    d = number(v)
    if d is None:
        return None
    if d < 0:
        raise Bad("negative jobs")
    if d != d.to_integral_value():
        raise Bad("fractional jobs")
    return int(d)


ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def a_date(v):
    if blank(v):
        return None
    if isinstance(v, datetime.datetime):
        return v.date().isoformat()
    if isinstance(v, datetime.date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer() and 1990 <= v <= 2100:
        return f"{int(v)}-12-31"
    if isinstance(v, int) and 1990 <= v <= 2100:
        return f"{v}-12-31"
    s = low(v)
    m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", s)
    if m:
        return datetime.date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"q([1-4]) (\d{4})", s) or re.fullmatch(
        r"(i{1,3}|iv) (?:кв\.|квартал) (\d{4})", s)
    if m:
        q = int(m[1]) if m[1].isdigit() else ROMAN[m[1]]
        end = {1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}[q]
        return f"{m[2]}-{end}"
    if re.fullmatch(r"\d{4}", s):
        return f"{s}-12-31"
    raise Fail(f"unreadable date {v!r}")


def status(v):
    s = low(v)
    if s in ("", "—", "-"):
        return None
    if "приостанов" in s or s in ("on hold", "suspended"):
        return "suspended"
    if "заверш" in s or s in ("реализован", "completed"):
        return "completed"
    if "планир" in s or s == "planned":
        return "planned"
    if s in ("реализуется", "в работе", "в стадии реализации", "реализация", "ongoing",
             "in progress", "under construction"):
        return "in_progress"
    raise Fail(f"status word the checker does not know: {v!r}")


def cluster(v):
    s = low(v)
    if s in ("", "—", "-", "n/a"):
        return None
    for keys, out in ((("нефтехим", "petrochem"), "petrochemical"),
                      (("ядерн", "nuclear"), "nuclear"),
                      (("лесопром", "лпк", "timber"), "timber"),
                      (("фарм", "pharma"), "pharma"),
                      (("медтех", "медицинск", "medical", "medtech"), "medtech_it"),
                      (("дикорос", "wild"), "wildlife"),
                      (("триз", "трудноизвлек", "hard-to-recover"), "hard_to_recover")):
        if any(k in s for k in keys):
            return out
    raise Bad(f"unknown cluster {v!r}")


def place(v):
    s = low(v)
    if not s:
        return None
    for keys, out in ((("томский р", "tomsk district"), "Томский район"),
                      (("северск", "seversk"), "Северск"),
                      (("асино", "asino"), "Асино"),
                      (("стрежев", "strezhevoy"), "Стрежевой"),
                      (("колпашев", "kolpashevo"), "Колпашево"),
                      (("томск", "tomsk"), "Томск")):
        if any(k in s for k in keys):
            return out
    raise Fail(f"place the checker does not know: {v!r}")


def area(v):
    s = low(v)
    if not s:
        return None
    for key, out in (("промышлен", "industry"), ("наук", "science_education"),
                     ("инновац", "innovation_business"), ("город", "smart_city"),
                     ("делов", "business_environment")):
        if key in s:
            return out
    raise Fail(f"work area the checker does not know: {v!r}")


def text(v):
    if blank(v):
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v).strip()


# ----------------------------------------------------------------- xlsx extras
def xlsx_sheet_xml(path):
    """sheet name -> xml text of the worksheet part (xlsx only)."""
    z = zipfile.ZipFile(path)
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels}
    out = {}
    for s in wb.find("m:sheets", ns):
        t = target[s.get("{%s}id" % ns["r"])]
        t = t.lstrip("/")
        if not t.startswith("xl/"):
            t = "xl/" + t
        out[s.get("name")] = z.read(t).decode("utf-8")
    return out


def formulas_without_value(sheet_xml):
    """Cell refs holding a formula with no (or an empty) cached value."""
    root = ET.fromstring(sheet_xml)
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    out, n = set(), 0
    for c in root.iter(ns + "c"):
        if c.find(ns + "f") is not None:
            n += 1
            v = c.find(ns + "v")
            if v is None or (v.text or "") == "":
                out.add(c.get("r"))
    return out, n


def xlsx_hidden(sheet_xml):
    root = ET.fromstring(sheet_xml)
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    rows = {int(r.get("r")) for r in root.iter(ns + "row") if r.get("hidden") in ("1", "true")}
    cols = set()
    for c in root.iter(ns + "col"):
        if c.get("hidden") in ("1", "true"):
            cols.update(range(int(c.get("min")), int(c.get("max")) + 1))
    return rows, {col_letter(c - 1) for c in cols}


def ods_hidden(path, sheet):
    z = zipfile.ZipFile(path)
    root = ET.fromstring(z.read("content.xml"))
    T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
    for tab in root.iter(T + "table"):
        if tab.get(T + "name") != sheet:
            continue
        cols, ci = set(), 0
        for c in tab.iter(T + "table-column"):
            rep = int(c.get(T + "number-columns-repeated", "1"))
            if c.get(T + "visibility") == "collapse":
                cols.update(col_letter(ci + k) for k in range(rep))
            ci += rep
        rows, ri = set(), 0
        for r in tab.iter(T + "table-row"):
            rep = int(r.get(T + "number-rows-repeated", "1"))
            if r.get(T + "visibility") == "collapse":
                rows.update(ri + 1 + k for k in range(min(rep, 1000)))
            ri += rep
        return rows, cols
    raise Fail(f"no table {sheet} in {path}")


# -------------------------------------------------------------- table reading
def sheet_grid(path, sheet):
    wb = CalamineWorkbook.from_path(path)
    return wb.get_sheet_by_name(sheet).to_python(skip_empty_area=False)


def cell(grid, r, c):           # 1-based row, 0-based col
    if r - 1 < len(grid) and c < len(grid[r - 1]):
        return grid[r - 1][c]
    return ""


def find_header(grid):
    """Top header row: the first row with a cell that names the project code.
    A second header row follows when the next row holds text and no code."""
    for r in range(1, len(grid) + 1):
        row = grid[r - 1]
        if any(isinstance(v, str) and field_for(v) == "code" for v in row):
            nxt = grid[r] if r < len(grid) else []
            has_text = any(isinstance(v, str) and v.strip() for v in nxt)
            has_code = any(isinstance(v, str) and CODE_RE.match(v.strip()) for v in nxt)
            return [r, r + 1] if has_text and not has_code else [r]
    return None


def header_paths(grid, hrows):
    width = max(len(grid[r - 1]) for r in hrows)
    top = [cell(grid, hrows[0], c) for c in range(width)]
    paths = []
    last_top = ""
    for c in range(width):
        t = text(top[c]) or ""
        if len(hrows) == 2:
            s = text(cell(grid, hrows[1], c)) or ""
            if t:
                last_top = t
            elif s:
                t = last_top
            paths.append(f"{t} / {s}" if s else t)
        else:
            paths.append(t)
    return paths


def classify(row, width):
    vals = [v for v in row[:width]]
    if all(blank(v) for v in vals):
        return "blank"
    nums = [v for v in vals if not blank(v)]
    if all(isinstance(v, (int, float)) for v in nums) and \
            [int(v) for v in nums] == list(range(1, len(nums) + 1)) and len(nums) > 3:
        return "numbering"
    first = low(next(v for v in vals if not blank(v)))
    if any(isinstance(v, str) and re.match(r"^(итого|всего|total)\b", low(v)) for v in vals) \
            and not any(isinstance(v, str) and CODE_RE.match(v.strip()) for v in vals):
        return "totals"
    if any(isinstance(v, str) and CODE_RE.match(v.strip()) for v in vals):
        return "project"
    return "note:" + first[:30]


def parse_table(grid, hrows, paths, sheet, *, allow_no_code=False, no_cache=frozenset(),
                fixed=None):
    """Return (rows, skipped): rows = list of dicts {row, values, reject, col}."""
    mapping = {c: field_for(p) for c, p in enumerate(paths) if p}
    fieldcols = {f: c for c, f in mapping.items() if f and not f.startswith("_")}
    width = len(paths)
    out, skipped = [], {}
    for r in range(hrows[-1] + 1, len(grid) + 1):
        row = list(grid[r - 1]) + [""] * width
        kind = classify(row, width)
        code_v = text(row[fieldcols["code"]]) if "code" in fieldcols else None
        if kind != "project" and allow_no_code and kind.startswith("note") and \
                code_v is None and "name" in fieldcols and text(row[fieldcols["name"]]) and \
                sum(not blank(v) for v in row[:width]) > 3:
            kind = "project"
        if kind != "project":
            skipped[r] = kind
            continue
        rec, reject, rcol = {}, None, None
        for f, c in fieldcols.items():
            v = row[c]
            ref = f"{col_letter(c)}{r}"
            try:
                if ref in no_cache:
                    raise Bad("formula without a cached value")
                if f in MONEY_F:
                    rec[f] = money(v, unit_factor(paths[c]))
                elif f in JOB_F:
                    rec[f] = jobs(v)
                elif f in ("start_date", "end_date"):
                    rec[f] = a_date(v)
                elif f == "status":
                    rec[f] = status(v)
                elif f == "cluster":
                    rec[f] = cluster(v)
                elif f == "location":
                    rec[f] = place(v)
                elif f == "work_area":
                    rec[f] = area(v)
                else:
                    rec[f] = text(v)
            except Bad as e:
                if reject is None:
                    reject, rcol = str(e), col_letter(c)
        # formula cells with no cached value anywhere in a mapped column
        for c in fieldcols.values():
            if f"{col_letter(c)}{r}" in no_cache and reject is None:
                reject, rcol = "formula without a cached value", col_letter(c)
        if reject is None and rec.get("start_date") and rec.get("end_date") and \
                rec["end_date"] < rec["start_date"]:
            reject, rcol = "end date before start date", col_letter(fieldcols["end_date"])
        if reject is None and rec.get("name") and len(rec["name"]) > 500:
            reject, rcol = "name longer than 500", col_letter(fieldcols["name"])
        if fixed:
            rec.update(fixed)
        out.append({"sheet": sheet, "row": r, "values": rec, "reject": reject, "col": rcol})
    # a code on several rows with different data rejects all of them
    by_code = {}
    for o in out:
        c = o["values"].get("code")
        if c:
            by_code.setdefault(c, []).append(o)
    for c, group in by_code.items():
        if len(group) > 1 and any(g["values"] != group[0]["values"] for g in group):
            for g in group:
                if g["reject"] is None:
                    g["reject"], g["col"] = "code used twice with different data", \
                        col_letter(fieldcols["code"])
    return out, skipped, mapping


# ----------------------------------------------------------------- comparisons
class Report:
    def __init__(self):
        self.errors, self.values = [], 0

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")


def same(a, b, f):
    if f in MONEY_F:
        if a is None or b is None:
            return a is None and b is None
        return abs(float(a) - float(b)) < 0.05
    return a == b


def compare_records(rep, where, got, exp):
    fields = exp["fields"]
    if fields != [f for f in CANON if f in fields]:
        rep.err(where, "fields not in canonical order")
    if exp["record_count"] != len(exp["records"]):
        rep.err(where, "record_count != len(records)")
    gcodes = [g["code"] for g in got]
    ecodes = [e["code"] for e in exp["records"]]
    if gcodes != ecodes:
        rep.err(where, f"record codes/order differ:\n   got {gcodes}\n   exp {ecodes}")
    gm = {g["code"]: g for g in got}
    for e in exp["records"]:
        if set(e) != set(fields):
            rep.err(where, f"{e.get('code')}: keys {sorted(set(e) ^ set(fields))} differ from fields")
        g = gm.get(e["code"])
        if g is None:
            continue
        for f in fields:
            rep.values += 1
            if not same(g.get(f), e.get(f), f):
                rep.err(where, f"{e['code']}.{f}: file says {g.get(f)!r}, expected {e.get(f)!r}")


def compare_rejected(rep, where, rows, exp):
    got = sorted((r["sheet"], r["row"], r["col"], r["values"].get("code"))
                 for r in rows if r["reject"])
    want = sorted((x["sheet"], x["row"], x["column"], x["code"]) for x in exp["rejected"])
    if got != want:
        rep.err(where, f"rejected rows differ:\n   got {got}\n   exp {want}")


def compare_columns(rep, where, paths, mapping, exp):
    got_cols = [[paths[c], f] for c, f in sorted(mapping.items()) if f and not f.startswith("_")]
    got_ign = [paths[c] for c, f in sorted(mapping.items()) if f is None or f.startswith("_")]
    if got_cols != exp["columns"]:
        rep.err(where, f"columns differ:\n   got {got_cols}\n   exp {exp['columns']}")
    if got_ign != [h for h, _why in exp.get("ignored_columns", [])]:
        rep.err(where, f"ignored columns differ: got {got_ign}, "
                       f"exp {[h for h, _ in exp.get('ignored_columns', [])]}")
    for h, why in exp.get("ignored_columns", []):
        if not why or len(why) < 10:
            rep.err(where, f"ignored column {h!r} has no reason")
    if any(f is None for f in mapping.values()):
        rep.err(where, f"unreadable header(s): {[paths[c] for c, f in mapping.items() if f is None]}")


def compare_fields(rep, where, mapping, exp, extra=()):
    got = {f for f in mapping.values() if f and not f.startswith("_")} | set(extra)
    if got != set(exp["fields"]):
        rep.err(where, f"fields carried by the file {sorted(got)} != expected {exp['fields']}")


def compare_skipped(rep, where, skipped, exp, header_rows, first_data=None):
    listed = {int(k) for k in exp.get("skipped_rows", {})}
    for r, kind in skipped.items():
        if kind != "blank" and r not in listed:
            rep.err(where, f"row {r} ({kind}) is skipped but not listed in skipped_rows")
    for r in listed:
        if r > header_rows[-1] and r not in skipped:
            rep.err(where, f"skipped_rows lists row {r}, but it reads as a project")
        if r > header_rows[-1] and skipped.get(r) == "numbering" and "number" not in \
                exp["skipped_rows"][str(r)]:
            rep.err(where, f"row {r} numbers the columns; the expected reason says otherwise")


def records_of(rows):
    return [r["values"] for r in rows if not r["reject"]]


# ------------------------------------------------------------------ per file
def check_single_sheet(rep, root, exp, path_in_root, sheet, *, xlsx=True):
    where = exp["file"]
    path = os.path.join(root, path_in_root)
    grid = sheet_grid(path, sheet)
    hrows = find_header(grid)
    if hrows != exp["header_rows"]:
        rep.err(where, f"header rows {hrows} != expected {exp['header_rows']}")
        return None
    paths = header_paths(grid, hrows)
    no_cache = set()
    if xlsx:
        no_cache, _n = formulas_without_value(xlsx_sheet_xml(path)[sheet])
    rows, skipped, mapping = parse_table(grid, hrows, paths, sheet, no_cache=no_cache)
    compare_columns(rep, where, paths, mapping, exp)
    compare_fields(rep, where, mapping, exp)
    compare_skipped(rep, where, skipped, exp, hrows)
    data = [r["row"] for r in rows]
    if data and [data[0], data[-1]] != exp["data_rows"]:
        rep.err(where, f"data rows {data[0]}-{data[-1]} != {exp['data_rows']}")
    compare_rejected(rep, where, rows, exp)
    compare_records(rep, where, records_of(rows), exp)
    return rows


def check_ministry(rep, root, exp, path_in_root):
    rows = check_single_sheet(rep, root, exp, path_in_root, exp["sheet"],
                              xlsx=path_in_root.endswith(".xlsx"))
    return records_of(rows) if rows else []


def name_key(s):
    s = low(s)
    for q in "«»“”„":
        s = s.replace(q, '"')
    return s


def check_update(rep, root, exp, base_records):
    where = exp["file"]
    path = os.path.join(root, exp["file"])
    sheet = exp["sheet"]
    grid = sheet_grid(path, sheet)
    hrows = find_header(grid)
    if hrows != exp["header_rows"]:
        rep.err(where, f"header rows {hrows} != {exp['header_rows']}")
        return
    paths = header_paths(grid, hrows)
    no_cache, _ = formulas_without_value(xlsx_sheet_xml(path)[sheet])
    rows, skipped, mapping = parse_table(grid, hrows, paths, sheet, allow_no_code=True,
                                         no_cache=no_cache)
    compare_columns(rep, where, paths, mapping, exp)
    compare_skipped(rep, where, skipped, exp, hrows)
    compare_rejected(rep, where, rows, exp)
    state = {r["code"]: {f: r.get(f) for f in CANON} for r in base_records}
    order = [r["code"] for r in base_records]
    changed, new, by_name = set(), [], []
    for r in rows:
        if r["reject"]:
            continue
        v = dict(r["values"])
        code = v.get("code")
        if not code:
            hits = [c for c in order if name_key(state[c]["name"]) == name_key(v["name"])]
            if len(hits) != 1:
                rep.err(where, f"row {r['row']}: name matches {hits}")
                continue
            code = hits[0]
            by_name.append((code, r["row"]))
            v.pop("name")
            v["code"] = code
        if code not in state:
            state[code] = {f: None for f in CANON}
            state[code].update(v)
            order.append(code)
            new.append(code)
            continue
        before = dict(state[code])
        state[code].update(v)
        if any(not same(before[f], state[code][f], f) for f in CANON):
            changed.add(code)
    compare_records(rep, where, [state[c] for c in order], exp)
    if sorted(changed) != exp["changed_codes"]:
        rep.err(where, f"changed codes {sorted(changed)} != {exp['changed_codes']}")
    if new != exp["new_codes"]:
        rep.err(where, f"new codes {new} != {exp['new_codes']}")
    want = [(m["code"], m["row"]) for m in exp["matched_by_name"]]
    if by_name != want:
        rep.err(where, f"matched by name {by_name} != {want}")


def check_cluster_sheets(rep, root, exp, path_in_root):
    where = exp["file"]
    path = os.path.join(root, path_in_root)
    wb = CalamineWorkbook.from_path(path)
    all_rows = []
    info = {s["sheet"]: s for s in exp["sheets"]}
    non_data = {s["sheet"] for s in exp.get("non_data_sheets", [])}
    for sheet in wb.sheet_names:
        grid = wb.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        hrows = find_header(grid)
        if hrows is None:
            if sheet not in non_data:
                rep.err(where, f"sheet {sheet} has no project table but is not listed as such")
            continue
        if sheet not in info:
            rep.err(where, f"sheet {sheet} has a table but is not in 'sheets'")
            continue
        si = info[sheet]
        a1 = cell(grid, 1, 0)
        try:
            ck = cluster(a1)
        except Bad:
            ck = "??"
        if ck != si["cluster"] or a1 != si["title_A1"]:
            rep.err(where, f"{sheet}: A1 {a1!r} reads as {ck}, expected {si['cluster']}")
        if hrows != si["header_rows"]:
            rep.err(where, f"{sheet}: header rows {hrows} != {si['header_rows']}")
            continue
        paths = header_paths(grid, hrows)
        no_cache = set()
        if path.endswith(".xlsx"):
            no_cache, _ = formulas_without_value(xlsx_sheet_xml(path)[sheet])
        rows, skipped, mapping = parse_table(grid, hrows, paths, sheet, no_cache=no_cache,
                                             fixed={"cluster": ck})
        compare_columns(rep, f"{where}/{sheet}", paths, mapping, exp)
        compare_fields(rep, f"{where}/{sheet}", mapping, exp, extra=("cluster",))
        if [r["row"] for r in rows] != si["data_rows"]:
            rep.err(where, f"{sheet}: data rows {[r['row'] for r in rows]} != {si['data_rows']}")
        blanks = sorted(r for r, k in skipped.items() if k == "blank" and r < si["totals_row"])
        if blanks != si["blank_rows"]:
            rep.err(where, f"{sheet}: blank rows {blanks} != {si['blank_rows']}")
        if skipped.get(si["totals_row"]) != "totals":
            rep.err(where, f"{sheet}: row {si['totals_row']} is not a totals row")
        all_rows += rows
    if set(wb.sheet_names) - set(info) != non_data:
        rep.err(where, "non-data sheets differ")
    compare_rejected(rep, where, all_rows, exp)
    compare_records(rep, where, records_of(all_rows), exp)
    # hidden row and column are still there (and were imported above)
    h = exp["hidden"]
    if path.endswith(".xlsx"):
        xml = xlsx_sheet_xml(path)
        hr, _ = xlsx_hidden(xml[h["row"]["sheet"]])
        _, hc = xlsx_hidden(xml[h["column"]["sheet"]])
    elif path.endswith(".ods"):
        hr, _ = ods_hidden(path, h["row"]["sheet"])
        _, hc = ods_hidden(path, h["column"]["sheet"])
    else:
        hr, hc = {h["row"]["row"]}, {h["column"]["column"]}
    if h["row"]["row"] not in hr:
        rep.err(where, f"row {h['row']} is not hidden")
    if h["column"]["column"] not in hc:
        rep.err(where, f"column {h['column']} is not hidden")


def check_english(rep, root, exp, path_in_root):
    where = exp["file"]
    path = os.path.join(root, path_in_root)
    wb = CalamineWorkbook.from_path(path)
    for sheet in wb.sheet_names:
        if sheet != exp["data_sheet"]:
            grid = wb.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
            if find_header(grid) is not None:
                rep.err(where, f"sheet {sheet} looks like a table")
    check_single_sheet(rep, root, exp, path_in_root, exp["data_sheet"],
                       xlsx=path.endswith(".xlsx"))


def check_formulas(rep, root, exp):
    where = exp["file"]
    path = os.path.join(root, exp["file"])
    xml = xlsx_sheet_xml(path)[exp["sheet"]]
    missing, n = formulas_without_value(xml)
    if n != exp["formula_cells"]:
        rep.err(where, f"{n} formula cells, expected {exp['formula_cells']}")
    if sorted(missing) != sorted(exp["formula_cells_without_cached_value"]):
        rep.err(where, f"formulas without cached value {sorted(missing)}")
    check_single_sheet(rep, root, exp, exp["file"], exp["sheet"])


def check_csv(rep, root, exp):
    where = exp["file"]
    raw = open(os.path.join(root, exp["file"]), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        rep.err(where, "has a UTF-8 BOM")
    try:
        txt = raw.decode("cp1251")
    except UnicodeDecodeError as e:
        rep.err(where, f"not cp1251: {e}")
        return
    try:
        raw.decode("utf-8")
        rep.err(where, "decodes as UTF-8 too: the Cyrillic is not cp1251")
    except UnicodeDecodeError:
        pass
    if txt.count("\r\n") != txt.count("\n"):
        rep.err(where, "line ends are not all CRLF")
    lines = list(csv.reader(io.StringIO(txt, newline=""), delimiter=";"))
    grid = [list(l) for l in lines]
    width = len(grid[0])
    if any(len(l) != width for l in grid):
        rep.err(where, "ragged lines")
    hrows = find_header(grid)
    if hrows != [exp["header_line"]]:
        rep.err(where, f"header line {hrows}")
        return
    paths = header_paths(grid, hrows)
    rows, skipped, mapping = parse_table(grid, hrows, paths, None)
    compare_columns(rep, where, paths, mapping, exp)
    compare_fields(rep, where, mapping, exp)
    if skipped:
        rep.err(where, f"non-project lines {skipped}")
    compare_rejected(rep, where, rows, exp)
    compare_records(rep, where, records_of(rows), exp)


# ----------------------------------------------------------------------- main
def load(root, name):
    with open(os.path.join(root, name), encoding="utf-8") as f:
        return json.load(f)


def check_all(root):
    rep = Report()
    counts = []

    def run(label, fn, *a):
        before_e, before_v = len(rep.errors), rep.values
        try:
            out = fn(rep, root, *a)
        except (Fail, Exception) as e:          # a crash is a failure, not a pass
            rep.err(label, f"{type(e).__name__}: {e}")
            out = None
        counts.append((label, rep.values - before_v, len(rep.errors) - before_e))
        return out

    m = load(root, "invest_dept_summary.expected.json")
    base = run("invest_dept_summary.xlsx", check_ministry, m, "invest_dept_summary.xlsx")
    run("invest_dept_update_q2.xlsx", check_update, load(root, "invest_dept_update_q2.expected.json"),
        base or [])
    run("cluster_center_sheets.xlsx", check_cluster_sheets,
        load(root, "cluster_center_sheets.expected.json"), "cluster_center_sheets.xlsx")
    run("ipa_english.xlsx", check_english, load(root, "ipa_english.expected.json"), "ipa_english.xlsx")
    run("formulas_calc.xlsx", check_formulas, load(root, "formulas_calc.expected.json"))
    run("registry_cp1251.csv", check_csv, load(root, "registry_cp1251.expected.json"))

    resaved = [("invest_dept_summary", ".xls", check_ministry),
               ("cluster_center_sheets", ".ods", check_cluster_sheets),
               ("ipa_english", ".xlsx", check_english)]
    for stem, ext, fn in resaved:
        ej = os.path.join(root, "resaved", stem + ".expected.json")
        if not os.path.exists(ej):
            rep.err("resaved/" + stem + ext, "missing (run resave_agency26.sh)")
            continue
        e = load(root, os.path.join("resaved", stem + ".expected.json"))
        orig = load(root, stem + ".expected.json")
        if e["file"] != stem + ext or e["resaved_from"] != orig["file"]:
            rep.err(e["file"], "file / resaved_from wrong")
        for k in orig:
            if k not in ("file", "notes") and e.get(k) != orig[k]:
                rep.err(e["file"], f"key {k} differs from the original's expected result")
        run("resaved/" + stem + ext, fn, e, os.path.join("resaved", stem + ext))
    return rep, counts


def mutate_and_expect_failure():
    """Apply one mutation at a time to a temporary copy; each must be caught."""
    def edit_json(name, fn):
        def apply(root):
            p = os.path.join(root, name)
            d = json.load(open(p, encoding="utf-8"))
            fn(d)
            json.dump(d, open(p, "w", encoding="utf-8"), ensure_ascii=False)
        return apply

    def edit_zip_part(name, part, old, new):
        def apply(root):
            p = os.path.join(root, name)
            zin = zipfile.ZipFile(p)
            items = [(i, zin.read(i.filename)) for i in zin.infolist()]
            zin.close()
            with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
                for i, data in items:
                    if i.filename == part:
                        assert old.encode() in data, (name, part, old)
                        data = data.replace(old.encode(), new.encode(), 1)
                    z.writestr(i, data)
        return apply

    def edit_bytes(name, old, new):
        def apply(root):
            p = os.path.join(root, name)
            b = open(p, "rb").read()
            assert old in b
            open(p, "wb").write(b.replace(old, new, 1))
        return apply

    def rec(d, code):
        return next(r for r in d["records"] if r["code"] == code)

    mutations = [
        ("ministry expected: ВБИ of INO-2601 +0.2 mln",
         edit_json("invest_dept_summary.expected.json",
                   lambda d: rec(d, "INO-2601").update(extra_budgetary_mln=4700.7))),
        ("ministry expected: INO-2620 no longer rejected",
         edit_json("invest_dept_summary.expected.json", lambda d: d.update(rejected=[]))),
        ("update expected: INO-2601 jobs_created back to 64",
         edit_json("invest_dept_update_q2.expected.json",
                   lambda d: rec(d, "INO-2601").update(jobs_created=64))),
        ("cluster expected: INO-2622 (hidden row) status planned",
         edit_json("cluster_center_sheets.expected.json",
                   lambda d: rec(d, "INO-2622").update(status="planned"))),
        ("english workbook: total of INO-2641 5.2 -> 5.3 bn",
         edit_zip_part("ipa_english.xlsx", "xl/worksheets/sheet1.xml", "<v>5.2</v>", "<v>5.3</v>")),
        ("formulas workbook: G11 and H11 get cached values (row would import)",
         lambda root: (edit_zip_part("formulas_calc.xlsx", "xl/worksheets/sheet1.xml",
                                     "<f>SUM(D11:F11)</f></c>",
                                     "<f>SUM(D11:F11)</f><v>220</v></c>")(root),
                       edit_zip_part("formulas_calc.xlsx", "xl/worksheets/sheet1.xml",
                                     "<f>ROUND(F11/G11*100,1)</f></c>",
                                     "<f>ROUND(F11/G11*100,1)</f><v>96.4</v></c>")(root))),
        ("re-saved .ods: extra-budgetary of INO-2621 6500000 -> 6600000 тыс. руб.",
         edit_zip_part(os.path.join("resaved", "cluster_center_sheets.ods"), "content.xml",
                       'office:value="6500000"', 'office:value="6600000"')),
        ("csv: ФБ of INO-2689 100000 -> 110000 тыс. руб.",
         edit_bytes("registry_cp1251.csv", b";318000;100000;", b";318000;110000;")),
        ("csv expected: location of INO-2692 Томск",
         edit_json("registry_cp1251.expected.json",
                   lambda d: rec(d, "INO-2692").update(location="Томск"))),
        ("resaved english expected: end_date of INO-2648 2030-12-30",
         edit_json(os.path.join("resaved", "ipa_english.expected.json"),
                   lambda d: rec(d, "INO-2648").update(end_date="2030-12-30"))),
        ("ministry expected: an ignored column goes missing",
         edit_json("invest_dept_summary.expected.json",
                   lambda d: d.update(ignored_columns=d["ignored_columns"][1:]))),
    ]
    ok = True
    for label, apply in mutations:
        tmp = tempfile.mkdtemp(prefix="agency26_mut_")
        try:
            root = os.path.join(tmp, "a")
            shutil.copytree(HERE, root, ignore=shutil.ignore_patterns("__pycache__"))
            apply(root)
            rep, _ = check_all(root)
            caught = bool(rep.errors)
            print(f"  {'caught' if caught else 'MISSED'}: {label}"
                  + (f"  -> {rep.errors[0].splitlines()[0][:110]}" if caught else ""))
            ok &= caught
        finally:
            shutil.rmtree(tmp)
    return ok


def main():
    if "--mutate" in sys.argv:
        ok = mutate_and_expect_failure()
        rep, _ = check_all(HERE)       # the originals are untouched and still pass
        print("mutations: all caught" if ok else "mutations: SOME MISSED")
        print("originals:", "ALL OK" if not rep.errors else "FAILED")
        return 0 if ok and not rep.errors else 1
    rep, counts = check_all(HERE)
    for label, n, e in counts:
        print(f"  {label:45s} {n:5d} values compared  {'ok' if not e else f'{e} problem(s)'}")
    if rep.errors:
        print("FAILED:")
        for e in rep.errors:
            print("  -", e)
        return 1
    print(f"{rep.values} values compared")
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
