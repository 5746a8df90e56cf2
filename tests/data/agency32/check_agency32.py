#!/usr/bin/env python3
"""Independent self-check of the agency32 set.

Does NOT import make_agency32.py. It reads every input file with its own parser
(python-calamine for .xlsx/.xls/.ods, the csv module for the CSV, plus the sheet XML of
.xlsx files to see formulas without a cached value), finds the header rows, builds
parent/child header paths, maps headers with its own keyword rules, parses values by the
rules of /work/shared/samples/README.md, applies the update to its base file, and compares
everything with the NAME.expected.json files. Prints ALL OK or the list of failures.
"""
import csv
import io
import json
import re
import sys
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from python_calamine import CalamineWorkbook

HERE = Path(__file__).resolve().parent
CANON = ["code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
         "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
         "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created", "lead_organization", "problems"]
MONEY = {"total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
         "extra_budgetary_confirmed_mln"}
JOBS = {"jobs_planned", "jobs_created"}
DATES = {"start_date", "end_date"}
PLACES = ["Томск", "Северск", "Асино", "Стрежевой", "Колпашево", "Томский район"]
FAILS = []


def fail(msg):
    FAILS.append(msg)


def norm(s):
    s = str(s).replace("ё", "е").replace("Ё", "Е").lower()
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ header keyword rules
IGNORE_RULES = [
    (r"^№|^#$", "row number"),
    (r"\bинн\b", "tax number"),
    (r"фио|менеджер|manager", "contact person"),
    (r"%|готовност", "percent complete"),
    (r"кассов|освоено|disbursed", "spent to date"),
    (r"(^| / )мб$|местн|municipal", "municipal budget"),
    (r"в 20\d\d (г\.|году)", "one year's slice"),
    (r"примечани|comment", "remark"),
    (r"дата внесения|внесения в crm|entered on", "date of data entry"),
    (r"^id\b", "record id"),
]


def map_header(path):
    """-> (field or None, why)."""
    p = norm(path)
    last = p.split(" / ")[-1]
    for rx, why in IGNORE_RULES:
        if re.search(rx, p):
            return None, why
    if re.search(r"рабоч|раб\. мест|jobs", p):
        if re.search(r"созда|факт|created", p):
            return "jobs_created", ""
        if re.search(r"план|planned", p):
            return "jobs_planned", ""
    if re.search(r"подтвержд|confirmed", p):
        return "extra_budgetary_confirmed_mln", ""
    if re.search(r"(^| / )фб\b|федеральн|federal", p):
        return "federal_budget_mln", ""
    if re.search(r"(^| / )об\b|областн|regional budget", p):
        return "regional_budget_mln", ""
    if re.search(r"вби|внебюджетн|private", p):
        return "extra_budgetary_mln", ""
    if re.search(r"всего|стоимост|total|объем инвестиций", p):
        return "total_cost_mln", ""
    if re.search(r"код|шифр|\bcode\b", p):
        return "code", ""
    if re.search(r"наименован|название|project name", p):
        return "name", ""
    if re.search(r"кластер|sector", p):
        return "cluster", ""
    if re.search(r"направлен|priority area", p):
        return "work_area", ""
    if re.search(r"место реализации|^location$|^мо$", p):
        return "location", ""
    if re.search(r"статус|стадия|status", p):
        return "status", ""
    if re.search(r"оконч|заверш|completion", last):
        return "end_date", ""
    if re.search(r"начал|старт|start", last):
        return "start_date", ""
    if re.search(r"инициатор|организац|sponsor|инвестор", p):
        return "lead_organization", ""
    if re.search(r"проблем|issues", p):
        return "problems", ""
    return "?", "unmapped"


def unit_factor(text):
    t = norm(text)
    if re.search(r"тыс|'000", t):
        return Decimal("0.001")
    if re.search(r"млрд|\bbn\b|billion", t):
        return Decimal(1000)
    if re.search(r"млн|rub m\b", t):
        return Decimal(1)
    return None


# ------------------------------------------------------------------ vocabularies
def v_status(s):
    t = norm(s)
    if re.search(r"приостан|on hold|suspend", t):
        return "suspended"
    if re.search(r"заверш|\bреализован\b|completed", t):
        return "completed"
    if re.search(r"план|planned", t):
        return "planned"
    if re.search(r"реализ|в работе|progress|ongoing|under implementation", t):
        return "in_progress"
    raise ValueError(f"status? {s!r}")


def v_cluster(s):
    t = norm(s)
    if t in ("", "—", "-", "n/a"):
        return None
    for rx, k in [(r"нефтехим|petrochem", "petrochemical"), (r"ядерн|nuclear", "nuclear"),
                  (r"лесопром|timber|forestry", "timber"), (r"фарм|pharma", "pharma"),
                  (r"медтех|медицинской техники|medical", "medtech_it"), (r"дикорос|wild", "wildlife"),
                  (r"триз|трудноизвлек|hard-to-recover", "hard_to_recover")]:
        if re.search(rx, t):
            return k
    raise KeyError(s)


def v_work_area(s):
    t = norm(s)
    for rx, k in [(r"инновац|innovation", "innovation_business"), (r"промышлен|manufactur", "industry"),
                  (r"наук|science", "science_education"), (r"город|city", "smart_city"),
                  (r"делов|business climate", "business_environment")]:
        if re.search(rx, t):
            return k
    raise ValueError(f"work area? {s!r}")


def v_location(s):
    t = norm(s)
    for rx, k in [(r"томский р|tomsk district", "Томский район"), (r"северск|seversk", "Северск"),
                  (r"стрежев|strezhev", "Стрежевой"), (r"асино|asino", "Асино"),
                  (r"колпашев|kolpashev", "Колпашево"), (r"томск|tomsk", "Томск")]:
        if re.search(rx, t):
            return k
    raise ValueError(f"place? {s!r}")


class Reject(Exception):
    pass


def p_money(v, factor):
    if v is None or (isinstance(v, str) and v.strip() == ""):
        return None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        d = Decimal(repr(float(v)))
    else:
        s = str(v).strip().replace("\u00a0", "").replace(" ", "")
        if not re.fullmatch(r"-?\d+(,\d+)?", s):
            raise Reject(f"not a number: {v!r}")
        d = Decimal(s.replace(",", "."))
    if d < 0:
        raise Reject("negative amount")
    return d * factor


def p_jobs(v):
    if v is None or (isinstance(v, str) and v.strip() == ""):
        return None
    if isinstance(v, float):
        if v != int(v):
            raise Reject("jobs not whole")
        return int(v)
    s = str(v).strip().replace("\u00a0", "").replace(" ", "")
    if not s.isdigit():
        raise Reject(f"not a number: {v!r}")
    return int(s)


ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
QEND = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}


def p_date(v):
    if v is None or (isinstance(v, str) and v.strip() == ""):
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if isinstance(v, float):
        if v == int(v) and 1990 <= v <= 2100:
            return date(int(v), 12, 31)
        raise ValueError(f"date number? {v!r}")
    s = str(v).strip()
    m = re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4})", s)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1]))
    m = re.fullmatch(r"Q([1-4]) (\d{4})", s)
    if m:
        return date(int(m[2]), *QEND[int(m[1])])
    m = re.fullmatch(r"(I|II|III|IV) кв\. (\d{4})", s)
    if m:
        return date(int(m[2]), *QEND[ROMAN[m[1]]])
    m = re.fullmatch(r"(\d{4})", s)
    if m:
        return date(int(m[1]), 12, 31)
    raise ValueError(f"date? {v!r}")


# ------------------------------------------------------------------ reading
def xlsx_uncached(path):
    """{sheet name: set of (row, col) formula cells without a cached value} for .xlsx."""
    out = {}
    with zipfile.ZipFile(path) as z:
        wb = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
        target = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]+)"', rels))
        target.update({a: b for b, a in re.findall(r'Target="([^"]+)"[^>]*Id="(rId\d+)"', rels)})
        for name, rid in re.findall(r'<sheet name="([^"]+)" sheetId="\d+" r:id="(rId\d+)"', wb):
            xml = z.read("xl/" + target[rid]).decode()
            cells = set()
            for ref, body in re.findall(r'<c r="([A-Z]+\d+)"[^>]*>(.*?)</c>', xml):
                if "<f>" in body and "<v>" not in body:
                    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
                    col = 0
                    for ch in m[1]:
                        col = col * 26 + ord(ch) - 64
                    cells.add((int(m[2]), col))
            out[name.replace("&amp;", "&")] = cells
    return out


def read_book(path):
    """[(sheet name, rows)], rows: list of lists (row 1 at index 0)."""
    if path.suffix == ".csv":
        raw = path.read_bytes()
        if raw.startswith(b"\xef\xbb\xbf"):
            fail(f"{path.name}: has a BOM")
        if b"\r\n" not in raw:
            fail(f"{path.name}: not CRLF")
        text = raw.decode("cp1251")
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
        return [(None, rows)]
    wb = CalamineWorkbook.from_path(str(path))
    out = []
    for name in wb.sheet_names:
        sh = wb.get_sheet_by_name(name)
        rows = sh.to_python(skip_empty_area=False)
        out.append((name, rows))
    return out


def cell(row, c):
    return row[c] if c < len(row) else ""


def is_blank(v):
    return v is None or (isinstance(v, str) and v.strip() == "")


def find_table(rows):
    """-> (header_row_index, n_header_rows, paths) or None."""
    for i, row in enumerate(rows[:15]):
        texts = [(c, v) for c, v in enumerate(row) if isinstance(v, str) and v.strip()]
        fields = [map_header(v)[0] for _, v in texts]
        if ("code" in fields or "name" in fields) and sum(1 for f in fields if f not in (None, "?")) >= 3:
            nxt = rows[i + 1] if i + 1 < len(rows) else []
            child = any(isinstance(v, str) and v.strip() for v in nxt) and \
                not any(isinstance(v, str) and re.fullmatch(r"INO-\d{4}", v.strip()) for v in nxt)
            ncols = max(len(row), len(nxt))
            paths = []
            parent = None
            for c in range(ncols):
                top = cell(row, c)
                sub = cell(nxt, c) if child else ""
                top = top.strip() if isinstance(top, str) else ""
                sub = sub.strip() if isinstance(sub, str) else ""
                if top:
                    parent = top
                    paths.append(f"{top} / {sub}" if sub else top)
                elif sub:
                    paths.append(f"{parent} / {sub}")
                else:
                    paths.append("")
                    parent = None
            return i, (2 if child else 1), paths
    return None


def parse_table(fname, sheet, rows, uncached, sheet_cluster=None):
    """-> dict with columns, ignored, records[(row, rec)], rejected[(row, code, why)], header_row."""
    t = find_table(rows)
    if t is None:
        return None
    h, nh, paths = t
    title_factor = None
    for row in rows[:h]:
        for v in row:
            if isinstance(v, str) and unit_factor(v) is not None:
                title_factor = unit_factor(v)
    colmap, columns, ignored = {}, [], []
    for c, path in enumerate(paths):
        if not path:
            continue
        f, why = map_header(path)
        if f == "?":
            fail(f"{fname}/{sheet}: unmapped header {path!r}")
            continue
        if f is None:
            ignored.append([path, why])
            continue
        if f in colmap.values():
            fail(f"{fname}/{sheet}: two columns for {f}")
        colmap[c] = f
        columns.append([path, f])
    factors = {}
    for c, f in colmap.items():
        if f in MONEY:
            factors[c] = unit_factor(paths[c]) or title_factor or Decimal(1)
    start = h + nh
    # column-number row
    if start < len(rows):
        nums = [v for v in rows[start] if not is_blank(v)]
        if nums and all(isinstance(v, float) for v in nums) and [int(v) for v in nums] == list(range(1, len(nums) + 1)):
            start += 1
    code_c = next((c for c, f in colmap.items() if f == "code"), None)
    name_c = next((c for c, f in colmap.items() if f == "name"), None)
    records, rejected = [], []
    for i in range(start, len(rows)):
        row = rows[i]
        rn = i + 1
        if all(is_blank(v) for v in row):
            continue
        if any(isinstance(v, str) and norm(v).startswith("итого") for v in row):
            continue
        code = cell(row, code_c) if code_c is not None else ""
        name = cell(row, name_c) if name_c is not None else ""
        if is_blank(name) and (is_blank(code) or not re.fullmatch(r"INO-\d{4}", str(code).strip())):
            continue  # footnote / note below the table (text in the code column, no name)
        rec = {}
        try:
            for c, f in colmap.items():
                v = cell(row, c)
                if (rn, c + 1) in uncached:
                    raise Reject("formula without a cached value")
                if f in MONEY:
                    rec[f] = p_money(v, factors[c])
                elif f in JOBS:
                    rec[f] = p_jobs(v)
                elif f in DATES:
                    rec[f] = p_date(v)
                elif f == "status":
                    rec[f] = None if is_blank(v) else v_status(v)
                elif f == "cluster":
                    try:
                        rec[f] = v_cluster(v)
                    except KeyError:
                        raise Reject(f"unknown cluster {v!r}")
                elif f == "work_area":
                    rec[f] = None if is_blank(v) else v_work_area(v)
                elif f == "location":
                    rec[f] = None if is_blank(v) else v_location(v)
                else:
                    rec[f] = None if is_blank(v) else (str(v).strip() if not isinstance(v, float) else v)
            if rec.get("name") and len(rec["name"]) > 500:
                raise Reject("name too long")
            if rec.get("start_date") and rec.get("end_date") and rec["end_date"] < rec["start_date"]:
                raise Reject("end date before start date")
        except Reject as e:
            rejected.append((rn, None if is_blank(code) else str(code).strip(), str(e)))
            continue
        if sheet_cluster is not None:
            rec["cluster"] = sheet_cluster
        records.append((rn, rec))
    # duplicate codes with different data
    seen = {}
    for rn, rec in records:
        if rec.get("code"):
            seen.setdefault(rec["code"], []).append((rn, rec))
    dups = {c for c, lst in seen.items() if len(lst) > 1}
    if dups:
        fail(f"{fname}/{sheet}: duplicate codes {dups}")
    return {"columns": columns, "ignored": ignored, "records": records, "rejected": rejected,
            "header_row": h + 1}


def to_json(rec):
    out = {}
    for f, v in rec.items():
        if isinstance(v, Decimal):
            out[f] = v
        elif isinstance(v, date):
            out[f] = v.isoformat()
        else:
            out[f] = v
    return out


def parse_file(path, cluster_from_sheet=False):
    uncached = xlsx_uncached(path) if path.suffix == ".xlsx" else {}
    tables = []
    for sheet, rows in read_book(path):
        sc = None
        if cluster_from_sheet:
            try:
                sc = v_cluster(rows[0][0])
                if v_cluster(sheet) != sc:
                    fail(f"{path.name}/{sheet}: sheet name and A1 disagree")
            except (KeyError, IndexError):
                sc = None
        t = parse_table(path.name, sheet, rows, uncached.get(sheet, set()), sc)
        if t is None:
            continue
        if cluster_from_sheet and sc is None:
            fail(f"{path.name}/{sheet}: project table on a sheet without a cluster")
        t["sheet"] = sheet
        tables.append(t)
    return tables


# ------------------------------------------------------------------ comparison
def same(f, a, b):
    if a is None or b is None:
        return a is None and b is None
    if f in MONEY:
        return abs(Decimal(str(a)) - Decimal(str(b))) < Decimal("0.000001")
    return a == b


def compare_records(label, got, exp, fields):
    if len(got) != len(exp):
        fail(f"{label}: {len(got)} records, expected {len(exp)}")
    gmap = {r["code"]: r for r in got}
    for i, e in enumerate(exp):
        if list(e.keys()) != fields:
            fail(f"{label}: record {e.get('code')} keys differ from fields")
        g = gmap.get(e["code"])
        if g is None:
            fail(f"{label}: missing {e['code']}")
            continue
        if i < len(got) and got[i]["code"] != e["code"]:
            fail(f"{label}: order differs at {i}: {got[i]['code']} vs {e['code']}")
        for f in fields:
            if not same(f, g.get(f), e.get(f)):
                fail(f"{label}: {e['code']}.{f} parsed {g.get(f)!r}, expected {e.get(f)!r}")


def check_rejected(label, got, exp):
    g = sorted((s, r, c) for s, r, c in got)
    e = sorted((x["sheet"], x["row"], x["code"]) for x in exp)
    if g != e:
        fail(f"{label}: rejected parsed {g}, expected {e}")


def check_common(label, exp):
    for k in ("file", "refused", "fields", "record_count", "records", "rejected", "notes", "written_as"):
        if k not in exp:
            fail(f"{label}: key {k} missing")
    if exp.get("refused") is not False:
        fail(f"{label}: refused")
    if exp["record_count"] != len(exp["records"]):
        fail(f"{label}: record_count")
    if [f for f in CANON if f in exp["fields"]] != exp["fields"]:
        fail(f"{label}: fields not canonical/in order")
    for r in exp["records"]:
        if not re.fullmatch(r"INO-32\d\d", r["code"]) or not ("INO-3201" <= r["code"] <= "INO-3299"):
            fail(f"{label}: code {r['code']} out of range")
        if r.get("location") not in PLACES + [None]:
            fail(f"{label}: place {r.get('location')}")
    codes = {r["code"] for r in exp["records"]} | {x["code"] for x in exp["rejected"]}
    recs = {r["code"]: r for r in exp["records"]}
    for code, items in exp["written_as"].items():
        if code not in codes:
            fail(f"{label}: written_as for unknown {code}")
            continue
        for f, canon, _ in items:
            if code in recs and f in recs[code] and not same(f, recs[code][f], canon):
                fail(f"{label}: written_as {code}.{f} canonical {canon!r} != record {recs[code][f]!r}")


def flat(tables):
    recs, rej = [], []
    for t in tables:
        for rn, r in t["records"]:
            recs.append(to_json(r))
        for rn, code, why in t["rejected"]:
            rej.append((t["sheet"], rn, code))
    return recs, rej


def check_plain(path, exp, cluster_from_sheet=False):
    label = path.name
    check_common(label, exp)
    tables = parse_file(path, cluster_from_sheet)
    if not tables:
        fail(f"{label}: no table found")
        return None
    recs, rej = flat(tables)
    if cluster_from_sheet:
        if [t["sheet"] for t in tables] != [s["sheet"] for s in exp["sheets"]]:
            fail(f"{label}: sheets with tables {[t['sheet'] for t in tables]}")
        for t, s in zip(tables, exp["sheets"]):
            if t["columns"] != s["columns"]:
                fail(f"{label}/{t['sheet']}: columns {t['columns']} != {s['columns']}")
            if [c[0] for c in t["ignored"]] != [c[0] for c in s["ignored_columns"]]:
                fail(f"{label}/{t['sheet']}: ignored {t['ignored']}")
            if t["header_row"] != s["header_row"]:
                fail(f"{label}/{t['sheet']}: header row {t['header_row']}")
            rows = [rn for rn, _ in t["records"]] + [rn for rn, _, _ in t["rejected"]]
            if sorted(rows) != s["data_rows"]:
                fail(f"{label}/{t['sheet']}: data rows {sorted(rows)} != {s['data_rows']}")
        allcols = []
        for t in tables:
            for c in t["columns"]:
                if c not in allcols:
                    allcols.append(c)
        if allcols != exp["columns"]:
            fail(f"{label}: top-level columns differ")
        cl_fields = {f for t in tables for _, f in t["columns"]} | {"cluster"}
        if set(exp["fields"]) != cl_fields:
            fail(f"{label}: fields {exp['fields']} vs mapped {cl_fields}")
    else:
        if len(tables) != 1:
            fail(f"{label}: {len(tables)} tables found")
        t = tables[0]
        if t["columns"] != exp["columns"]:
            fail(f"{label}: columns {t['columns']} != {exp['columns']}")
        if [c[0] for c in t["ignored"]] != [c[0] for c in exp["ignored_columns"]]:
            fail(f"{label}: ignored {t['ignored']} != {exp['ignored_columns']}")
        if [f for _, f in t["columns"]] != [f for f in exp["fields"]] and \
                set(f for _, f in t["columns"]) != set(exp["fields"]):
            fail(f"{label}: fields {exp['fields']} vs mapped")
        for key in ("header_row", "header_line"):
            if key in exp and exp[key] != t["header_row"]:
                fail(f"{label}: {key} {t['header_row']} != {exp[key]}")
        if "header_rows" in exp and exp["header_rows"][0] != t["header_row"]:
            fail(f"{label}: header rows")
        if "data_sheet" in exp and exp["data_sheet"] != t["sheet"]:
            fail(f"{label}: data sheet {t['sheet']}")
        rows = [rn for rn, _ in t["records"]] + [rn for rn, _, _ in t["rejected"]]
        for key in ("data_rows", "data_lines"):
            if key in exp and exp[key] != [min(rows), max(rows)]:
                fail(f"{label}: {key} {[min(rows), max(rows)]} != {exp[key]}")
    for r in recs:
        for f in exp["fields"]:
            r.setdefault(f, None)
    recs = [{f: r[f] for f in exp["fields"]} for r in recs]
    compare_records(label, recs, exp["records"], exp["fields"])
    check_rejected(label, rej, exp["rejected"])
    return recs


def qnorm(s):
    s = norm(s)
    for q in "«»“”„":
        s = s.replace(q, '"')
    return s


def check_update(path, exp, base_recs):
    label = path.name
    check_common(label, exp)
    tables = parse_file(path)
    if len(tables) != 1:
        fail(f"{label}: {len(tables)} tables")
        return
    t = tables[0]
    if t["columns"] != exp["columns"]:
        fail(f"{label}: columns {t['columns']} != {exp['columns']}")
    if [c[0] for c in t["ignored"]] != [c[0] for c in exp["ignored_columns"]]:
        fail(f"{label}: ignored {t['ignored']}")
    rows = [rn for rn, _ in t["records"]] + [rn for rn, _, _ in t["rejected"]]
    if exp.get("data_rows") != [min(rows), max(rows)] or exp.get("header_row") != t["header_row"]:
        fail(f"{label}: header/data rows")
    state = {r["code"]: dict(r) for r in base_recs}
    order = [r["code"] for r in base_recs]
    changed, new, matched = set(), [], []
    for rn, rec in t["records"]:
        rec = to_json(rec)
        code = rec.get("code")
        if not code:
            hits = [c for c, r in state.items() if qnorm(r["name"]) == qnorm(rec["name"])]
            if len(hits) != 1:
                fail(f"{label}: row {rn} name matches {hits}")
                continue
            code = hits[0]
            matched.append((code, rn))
        if code in state:
            before = dict(state[code])
            for f, v in rec.items():
                if f in ("code", "name"):
                    continue
                state[code][f] = v
            if any(not same(f, before[f], state[code][f]) for f in CANON):
                changed.add(code)
        else:
            r = {f: None for f in CANON}
            r.update(rec)
            state[code] = r
            order.append(code)
            new.append(code)
    got = [state[c] for c in order]
    compare_records(label, got, exp["records"], exp["fields"])
    check_rejected(label, [(t["sheet"], rn, c) for rn, c, _ in t["rejected"]], exp["rejected"])
    if sorted(changed) != exp["changed_codes"]:
        fail(f"{label}: changed {sorted(changed)} != {exp['changed_codes']}")
    if new != exp["new_codes"]:
        fail(f"{label}: new {new} != {exp['new_codes']}")
    if sorted(matched) != sorted((m["code"], m["row"]) for m in exp["matched_by_name"]):
        fail(f"{label}: matched by name {matched}")


# ------------------------------------------------------------------ main
ORIGINALS = ["agency32_minfin_svod.xlsx", "agency32_goskorp_update.xlsx", "agency32_consortium_clusters.xlsx",
             "agency32_devbank_tracker.xlsx", "agency32_invest_crm.csv", "agency32_go_formulas.xlsx"]


def load(p):
    return json.loads(p.read_text(encoding="utf-8"))


def main():
    exps = {}
    for f in ORIGINALS:
        ep = HERE / (Path(f).stem + ".expected.json")
        if not (HERE / f).exists() or not ep.exists():
            fail(f"missing {f} or its expected file")
            continue
        exps[f] = load(ep)
        if exps[f]["file"] != f:
            fail(f"{ep.name}: file key {exps[f]['file']}")
    base = check_plain(HERE / "agency32_minfin_svod.xlsx", exps["agency32_minfin_svod.xlsx"])
    upd = exps["agency32_goskorp_update.xlsx"]
    if upd.get("base_file") != "agency32_minfin_svod.xlsx":
        fail("update: base_file")
    check_update(HERE / "agency32_goskorp_update.xlsx", upd, base or [])
    check_plain(HERE / "agency32_consortium_clusters.xlsx", exps["agency32_consortium_clusters.xlsx"],
                cluster_from_sheet=True)
    check_plain(HERE / "agency32_devbank_tracker.xlsx", exps["agency32_devbank_tracker.xlsx"])
    check_plain(HERE / "agency32_invest_crm.csv", exps["agency32_invest_crm.csv"])
    check_plain(HERE / "agency32_go_formulas.xlsx", exps["agency32_go_formulas.xlsx"])
    # codes: unique across the original files (the update may refer to its base file's codes)
    owner = {}
    for f, e in exps.items():
        codes = [r["code"] for r in e["records"]] + [x["code"] for x in e["rejected"]]
        if f == "agency32_goskorp_update.xlsx":
            codes = e["new_codes"]
        for c in codes:
            if c in owner and owner[c] != f:
                fail(f"code {c} in {owner[c]} and {f}")
            owner[c] = f
    # re-saved copies, when present
    rs = HERE / "resaved"
    n_resaved = 0
    if rs.is_dir():
        for ep in sorted(rs.glob("*.expected.json")):
            e = load(ep)
            src = exps.get(e.get("resaved_from"))
            if src is None:
                fail(f"{ep.name}: resaved_from {e.get('resaved_from')}")
                continue
            if e["records"] != src["records"] or e["rejected"] != src["rejected"]:
                fail(f"{ep.name}: records/rejected differ from the original's expected file")
            p = rs / e["file"]
            if not p.exists():
                fail(f"missing {p}")
                continue
            check_plain(p, e, cluster_from_sheet="sheets" in e)
            n_resaved += 1
    total_r = sum(len(e["records"]) for e in exps.values())
    total_fr = sum(len(e["records"]) * len(e["fields"]) for e in exps.values())
    if FAILS:
        for m in FAILS:
            print("FAIL:", m)
        print(f"{len(FAILS)} failure(s)")
        return 1
    print(f"{len(exps)} files + {n_resaved} re-saved copies; {total_r} records, {total_fr} fields x records")
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
