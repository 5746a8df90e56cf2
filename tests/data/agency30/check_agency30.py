#!/usr/bin/env python3
"""Independent self-check of the agency30 set.

Does NOT import make_agency30.py.  It reads every input file with its own small parser
(python-calamine for .xlsx/.xls/.ods, the csv module for the CSV), finds the header rows,
builds parent/child header paths, maps headers with its own keyword rules, parses values by
the rules of /work/shared/samples/README.md, and compares with NAME.expected.json:
columns / ignored_columns, fields, every value of every record, every rejected row, the
layout facts (header rows, data rows, skipped rows), the `written_as` cells, and for the
update file it applies the update to its base file and compares the final state.

Prints ALL OK, or one FAIL line per difference (exit status 1).

Run:  /work/main/.venv/bin/python check_agency30.py
"""
import csv
import datetime as dt
import io
import json
import re
import sys
from decimal import Decimal as D
from pathlib import Path

import python_calamine as pc

HERE = Path(__file__).resolve().parent
FAILS = []
FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
          "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
          "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created", "lead_organization",
          "problems"]
MONEY = {"total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
         "extra_budgetary_confirmed_mln"}
JOBS = {"jobs_planned", "jobs_created"}
CODE_RE = re.compile(r"INO-\d{4}")


def fail(where, msg):
    FAILS.append(f"FAIL {where}: {msg}")


def norm(s):
    return " ".join(str(s).replace("ё", "е").replace("Ё", "Е").lower().split())


def clean(s):
    return " ".join(str(s).split())


def blank(v):
    return v is None or (isinstance(v, str) and v.strip() == "")


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


# ------------------------------------------------------------------ header keyword rules
IGNORE_RULES = [
    (r"^(№|#)( п/п)?$", "row number"),
    (r"%", "percent"),
    (r"ф\.и\.о|\bфио\b|куратор|руководитель|контактное лицо|principal investigator", "person"),
    (r"примечание|\bcomments?\b", "remarks"),
    (r"освоено|\bspent\b|инвестировано", "spent"),
    (r"\bfy ?20\d\d\b|allocation|\b(на|в) 20\d\d\s*(год|г\b)", "one-year slice"),
    (r"\bмб\b|муниципальн\w* бюджет", "municipal budget"),
    (r"господдержка", "combined public money"),
    (r"реестр", "register"),
    (r"площадь", "floor area"),
    (r"изменение", "delta"),
    (r"актуализац", "update date"),
]
FIELD_RULES = [
    ("code", r"\bкод\b|шифр|\bref\b|идентификатор|номер проекта|рег\. № проекта"),
    ("status", r"статус|стади|\bstage\b|состояние"),
    ("cluster", r"кластер|\bsector\b|специализац"),
    ("work_area", r"направлени|priority area"),
    ("location", r"место реализации|территори|муниципальное образование|^location$|площадка|\bsite\b"),
    ("start_date", r"начал|старт|^start$"),
    ("end_date", r"окончани|заверш|finish|ввод в эксплуатацию"),
    ("jobs", r"рабоч|раб\. мест|\bjobs\b"),
    ("extra_budgetary_confirmed_mln", r"подтвержд|по заключ"),
    ("federal_budget_mln", r"\bфб\b|федеральн|\bfederal\b"),
    ("regional_budget_mln", r"\bоб\b|областн|\bregional\b"),
    ("extra_budgetary_mln", r"\bвби\b|внебюджетн|частн|\bprivate\b"),
    ("total_cost_mln", r"всего|стоимост|\btotal\b|общий объем"),
    ("name", r"наименование|название|^project$|проект резидента"),
    ("lead_organization", r"организац|инициатор|резидент|organisation|компания"),
    ("problems", r"проблем|\bissues\b|риск"),
]


def map_header(path):
    p = norm(path)
    for rx, why in IGNORE_RULES:
        if re.search(rx, p):
            return ("ignore", why)
    for field, rx in FIELD_RULES:
        if re.search(rx, p):
            if field == "jobs":
                if re.search(r"создано|created|факт", p):
                    return ("field", "jobs_created")
                if re.search(r"план|planned", p):
                    return ("field", "jobs_planned")
                return ("unknown", p)
            return ("field", field)
    return ("unknown", p)


def unit_factor(text):
    t = norm(text)
    if re.search(r"тыс|thousand|'000", t):
        return D("0.001")
    if re.search(r"млрд|\bbn\b|billion", t):
        return D(1000)
    if re.search(r"млн|million", t):
        return D(1)
    return None


# ------------------------------------------------------------------ value vocabularies
def v_status(s):
    n = norm(s)
    if re.search(r"приостанов|on hold|suspend", n):
        return "suspended"
    if re.search(r"заверш|реализован|completed", n):
        return "completed"
    if re.search(r"планир|planned", n):
        return "planned"
    if re.search(r"реализ|в работе|under way|in progress", n):
        return "in_progress"
    raise ValueError(f"status not understood: {s!r}")


CLUSTER_RULES = [("petrochemical", r"нефтехим|petrochem"), ("nuclear", r"ядерн|nuclear"),
                 ("timber", r"лесопром|timber|forestry"), ("pharma", r"фарм|pharma"),
                 ("medtech_it", r"медтех|медицинск\w* техник|medtech|medical"),
                 ("wildlife", r"дикорос|wildlife"),
                 ("hard_to_recover", r"триз|трудноизвлекаем|hard-to-recover")]


def v_cluster(s):
    n = norm(s)
    if n in ("", "—", "-", "–", "n/a"):
        return None
    for key, rx in CLUSTER_RULES:
        if re.search(rx, n):
            return key
    raise KeyError(s)


def v_work_area(s):
    n = norm(s)
    for key, rx in [("innovation_business", r"инновац|innovation"),
                    ("industry", r"промышлен|manufacturing"),
                    ("science_education", r"наук|science"),
                    ("smart_city", r"город|city"),
                    ("business_environment", r"делов|business environment")]:
        if re.search(rx, n):
            return key
    raise ValueError(f"work area not understood: {s!r}")


def v_location(s):
    n = norm(s)
    for name, rx in [("Томский район", r"томский р|томского района|tomsk district"),
                     ("Северск", r"северск|seversk"), ("Асино", r"асино|asino"),
                     ("Стрежевой", r"стрежев|strezhev"), ("Колпашево", r"колпашев|kolpashev"),
                     ("Томск", r"томск|tomsk")]:
        if re.search(rx, n):
            return name
    raise ValueError(f"place not understood: {s!r}")


class Reject(Exception):
    def __init__(self, field, reason):
        super().__init__(reason)
        self.field, self.reason = field, reason


NUM_RE = re.compile(r"-?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?")


def v_number(v, field):
    if blank(v):
        return None
    if isinstance(v, bool):
        raise Reject(field, "not a number")
    if isinstance(v, (int, float)):
        x = D(str(v))
    else:
        s = v.strip()
        if not NUM_RE.fullmatch(s):
            raise Reject(field, f"not a number: {s!r}")
        x = D(s.replace(" ", "").replace("\u00a0", "").replace(",", "."))
    if x < 0:
        raise Reject(field, "negative amount")
    return x


def quarter_end(q, y):
    m = 3 * q
    nxt = dt.date(y + (m == 12), (m % 12) + 1, 1)
    return nxt - dt.timedelta(days=1)


ROM = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def v_date(v):
    if blank(v):
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, (int, float)):
        if float(v).is_integer() and 1900 <= v <= 2100:
            return dt.date(int(v), 12, 31)
        raise ValueError(f"date not understood: {v!r}")
    s = norm(v)
    m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", s)
    if m:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    m = re.fullmatch(r"q([1-4])\s*(\d{4})", s)
    if m:
        return quarter_end(int(m[1]), int(m[2]))
    m = re.fullmatch(r"(i|ii|iii|iv)\s*(?:кв\.?|квартал)\s*(\d{4})(?:\s*г\.?)?", s)
    if m:
        return quarter_end(ROM[m[1]], int(m[2]))
    m = re.fullmatch(r"(\d{4})(?:\s*г\.?|\s*год)?", s)
    if m:
        return dt.date(int(m[1]), 12, 31)
    raise ValueError(f"date not understood: {v!r}")


def v_text(v):
    if blank(v):
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v).strip()


# ------------------------------------------------------------------ reading
def read_book(path):
    if path.suffix.lower() == ".csv":
        raw = path.read_bytes()
        if raw.startswith(b"\xef\xbb\xbf"):
            fail(path.name, "CSV has a byte-order mark")
        if b"\n" in raw.replace(b"\r\n", b""):
            fail(path.name, "CSV has bare LF line ends")
        text = raw.decode("cp1251")
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";", quotechar='"'))
        return [(None, rows)]
    wb = pc.CalamineWorkbook.from_path(str(path))
    return [(n, wb.get_sheet_by_name(n).to_python(skip_empty_area=False)) for n in wb.sheet_names]


def is_colnum_row(row):
    vals = [(i, v) for i, v in enumerate(row) if not blank(v)]
    if len(vals) < 3:
        return False
    try:
        return all(float(v) == i + 1 for i, v in vals)
    except (TypeError, ValueError):
        return False


def find_table(rows):
    """-> (header_rows (0-based list), paths per column) or None"""
    for i, row in enumerate(rows[:30]):
        kinds = [map_header(c) for c in row if isinstance(c, str) and 0 < len(c.strip()) < 80]
        has_code = any(k == ("field", "code") for k in kinds)
        has_name = any(k == ("field", "name") for k in kinds)
        if has_code and has_name:
            hdr = [i]
            j = i + 1
            while j < len(rows) and len(hdr) < 4:
                r = rows[j]
                if is_colnum_row(r) or any(isinstance(c, str) and CODE_RE.fullmatch(c.strip())
                                           for c in r):
                    break
                hdr.append(j)
                j += 1
            return hdr
    return None


def header_paths(rows, hdr):
    width = max(len(rows[h]) for h in hdr)
    grid = [[clean(rows[h][c]) if c < len(rows[h]) and not blank(rows[h][c]) else ""
             for c in range(width)] for h in hdr]
    L = len(hdr)
    for lvl in range(L - 1):
        for c in range(1, width):
            deeper_here = any(grid[k][c] for k in range(lvl + 1, L))
            deeper_left = any(grid[k][c - 1] for k in range(lvl + 1, L))
            if not grid[lvl][c] and deeper_here and deeper_left and grid[lvl][c - 1]:
                grid[lvl][c] = grid[lvl][c - 1]
    paths = []
    for c in range(width):
        parts = [grid[l][c] for l in range(L) if grid[l][c]]
        paths.append(" / ".join(parts))
    return paths


# ------------------------------------------------------------------ importing one file
def import_file(path, exp, update_mode=False):
    """Parse a file.  Returns dict with records (list), rejected, columns, ignored, layout."""
    out = {"records": [], "rejected": [], "columns": None, "ignored": None, "sheets": [],
           "update_rows": []}
    book = read_book(path)
    for sheet, rows in book:
        hdr = find_table(rows)
        if hdr is None:
            out.setdefault("no_table", []).append(sheet)
            continue
        paths = header_paths(rows, hdr)
        columns, ignored, colmap = [], [], {}
        for c, p in enumerate(paths):
            if not p:
                continue
            kind, what = map_header(p)
            if kind == "field":
                if what in colmap.values():
                    fail(path.name, f"two columns map to {what}: {p!r}")
                colmap[c] = what
                columns.append([p, what])
            elif kind == "ignore":
                ignored.append([p, what])
            else:
                fail(path.name, f"header not understood: {p!r}")
        if out["columns"] is None:
            out["columns"], out["ignored"] = columns, ignored
        elif [x[0] for x in out["columns"]] != [x[0] for x in columns]:
            fail(path.name, f"sheet {sheet!r} has different columns")
        title_text = " ".join(clean(c) for r in rows[:hdr[0]] for c in r if not blank(c))
        factors = {}
        for c, f in colmap.items():
            if f in MONEY:
                fac = unit_factor(paths[c])
                if fac is None:
                    fac = unit_factor(title_text)
                factors[c] = fac if fac is not None else D(1)
        sheet_cluster = None
        if "cluster" not in colmap.values() and sheet is not None:
            try:
                sheet_cluster = v_cluster(sheet)
            except KeyError:
                sheet_cluster = None  # a file without clusters (e.g. the update)
            if sheet_cluster is not None:
                try:
                    a1 = v_cluster(rows[0][0].split(":")[0])
                except KeyError:
                    a1 = None
                if a1 != sheet_cluster:
                    fail(path.name, f"sheet {sheet!r}: A1 cluster {a1} != sheet cluster")
        code_col = [c for c, f in colmap.items() if f == "code"][0]
        name_col = [c for c, f in colmap.items() if f == "name"][0]
        first_data = hdr[-1] + 1
        sk, data_rows, raw_rows = {}, [], []
        for i in range(first_data, len(rows)):
            row = list(rows[i]) + [None] * (len(paths) - len(rows[i]))
            excel_row = i + 1
            if all(blank(v) for v in row):
                sk[excel_row] = "blank row"
                continue
            if is_colnum_row(row):
                sk[excel_row] = "column numbers"
                continue
            texts = [norm(v) for v in row if isinstance(v, str) and v.strip()]
            if any(t.startswith(("итого", "всего по", "total")) for t in texts):
                sk[excel_row] = "totals"
                continue
            code = v_text(row[code_col])
            nonblank = sum(1 for v in row if not blank(v))
            if (code is None or not CODE_RE.fullmatch(code)) and nonblank <= 2:
                sk[excel_row] = "footnote"
                continue
            if code is None and not update_mode:
                fail(path.name, f"row {excel_row}: data row without a code")
                continue
            if code is not None and not CODE_RE.fullmatch(code):
                fail(path.name, f"row {excel_row}: odd code {code!r}")
            data_rows.append(excel_row)
            raw_rows.append((excel_row, code, row))
        # drop blank rows after the last data row / before the first (not reported)
        if data_rows:
            sk = {r: w for r, w in sk.items()
                  if w != "blank row" or data_rows[0] < r < data_rows[-1]}
        parsed = []
        for excel_row, code, row in raw_rows:
            rec, rej = {}, None
            try:
                for c, f in colmap.items():
                    v = row[c]
                    if f in MONEY:
                        x = v_number(v, f)
                        rec[f] = None if x is None else x * factors[c]
                    elif f in JOBS:
                        x = v_number(v, f)
                        if x is not None and x != x.to_integral_value():
                            raise ValueError(f"fractional jobs {v!r}")
                        rec[f] = None if x is None else int(x)
                    elif f in ("start_date", "end_date"):
                        rec[f] = v_date(v)
                    elif f == "status":
                        rec[f] = None if blank(v) else v_status(v)
                    elif f == "cluster":
                        try:
                            rec[f] = v_cluster("" if v is None else v)
                        except KeyError:
                            raise Reject(f, f"unknown cluster '{str(v).strip()}'")
                    elif f == "work_area":
                        rec[f] = None if blank(v) else v_work_area(v)
                    elif f == "location":
                        rec[f] = None if blank(v) else v_location(v)
                    else:
                        rec[f] = v_text(v)
                if rec.get("name") and len(rec["name"]) > 500:
                    raise Reject("name", "name too long")
                if rec.get("start_date") and rec.get("end_date") \
                        and rec["end_date"] < rec["start_date"]:
                    raise Reject("end_date", "end date before start date")
            except Reject as e:
                col = [c for c, f in colmap.items() if f == e.field][0]
                rej = {"sheet": sheet, "row": excel_row, "reason": e.reason,
                       "column": col_letter(col), "code": code}
            except ValueError as e:
                fail(path.name, f"row {excel_row}: {e}")
                continue
            if sheet_cluster is not None:
                rec["cluster"] = sheet_cluster
            parsed.append((excel_row, code, row, rec, rej))
        # duplicate codes with different data: every such row is rejected
        by_code = {}
        for item in parsed:
            if item[1]:
                by_code.setdefault(item[1], []).append(item)
        for code, items in by_code.items():
            if len(items) > 1 and len({json.dumps(i[2], default=str) for i in items}) > 1:
                rows_s = " and ".join(str(i[0]) for i in items)
                for k, item in enumerate(parsed):
                    if item[1] == code:
                        parsed[k] = item[:4] + ({"sheet": sheet, "row": item[0],
                                                 "reason": f"duplicate code {code} (rows {rows_s} differ)",
                                                 "column": col_letter(code_col), "code": code},)
        for excel_row, code, row, rec, rej in parsed:
            if rej:
                out["rejected"].append(rej)
            else:
                out["records"].append(rec)
                out["update_rows"].append((excel_row, code, rec, row, sheet))
        out["sheets"].append({"sheet": sheet, "header_rows": [h + 1 for h in hdr],
                              "data_rows": data_rows, "skipped": sk, "colmap": colmap,
                              "rows": rows, "sheet_cluster": sheet_cluster})
    out["fields"] = [f for f in FIELDS if any(f in r for r in out["records"])
                     or (f in {v for s in out["sheets"] for v in s["colmap"].values()})
                     or (f == "cluster" and any(s["sheet_cluster"] for s in out["sheets"]))]
    return out


# ------------------------------------------------------------------ comparison
def jv(v):
    if isinstance(v, D):
        return float(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


def same(f, a, b):
    if f in MONEY:
        if a is None or b is None:
            return a is None and b is None
        return abs(float(a) - float(b)) < 0.0005
    return jv(a) == jv(b)


def compare_records(where, got, exp_records, fields):
    gm = {r["code"]: r for r in got}
    if [r["code"] for r in got] != [r["code"] for r in exp_records]:
        fail(where, f"record codes/order differ: got {[r['code'] for r in got]}")
    for er in exp_records:
        if set(er) != set(fields):
            fail(where, f"{er['code']}: expected record keys differ from fields")
        gr = gm.get(er["code"])
        if gr is None:
            fail(where, f"{er['code']}: not imported")
            continue
        for f in fields:
            if not same(f, gr.get(f), er.get(f)):
                fail(where, f"{er['code']}.{f}: file gives {jv(gr.get(f))!r}, expected {er.get(f)!r}")


def compare_rejected(where, got, exp):
    key = lambda e: (e["sheet"], e["row"])
    g = {key(e): e for e in got}
    x = {key(e): e for e in exp}
    for k in sorted(set(g) | set(x), key=str):
        if k not in g:
            fail(where, f"expected rejected row {k} not rejected")
        elif k not in x:
            fail(where, f"row {k} rejected ({g[k]['reason']}) but not listed")
        else:
            a, b = g[k], x[k]
            if a["code"] != b["code"] or a["column"] != b["column"]:
                fail(where, f"rejected row {k}: got {a}, expected {b}")
            cat = lambda s: s.split(":")[0].split(" (")[0].split(" '")[0]
            if cat(a["reason"]) != cat(b["reason"]):
                fail(where, f"rejected row {k}: reason {a['reason']!r} vs {b['reason']!r}")


def cell_json(v):
    if isinstance(v, dt.datetime):
        v = v.date()
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, str) and v == "":
        return None
    return v


def check_written_as(where, res, exp, skip_fields=(), row_to_code=None):
    """Every mapped cell equals its written_as form, or the canonical value if not listed."""
    wa = exp.get("written_as", {})
    exp_by_code = {r["code"]: r for r in exp["records"]}
    for excel_row, code, rec, row, sheet in res["update_rows"]:
        if code is None and row_to_code:
            code = row_to_code.get(excel_row)
        if code is None or code not in exp_by_code:
            fail(where, f"row {excel_row}: no record to compare written cells with")
            continue
        listed = {e[0]: e for e in wa.get(code, [])}
        for s in res["sheets"]:
            if s["sheet"] != sheet:
                continue
            if s["sheet_cluster"] and "cluster" in listed:
                if listed["cluster"][2] != f"sheet '{s['sheet']}'":
                    fail(where, f"{code}: written_as cluster {listed['cluster'][2]!r}")
            for c, f in s["colmap"].items():
                if f == "code" or f in skip_fields:
                    continue
                cell = cell_json(row[c])
                if f in listed:
                    want = listed[f][2]
                    if listed[f][1] != exp_by_code[code].get(f) and not (
                            f in MONEY and same(f, listed[f][1], exp_by_code[code].get(f))):
                        fail(where, f"{code}.{f}: written_as canonical {listed[f][1]!r} "
                                    f"!= record {exp_by_code[code].get(f)!r}")
                else:
                    want = exp_by_code[code].get(f) if code in exp_by_code else None
                if isinstance(cell, (int, float)) and isinstance(want, (int, float)):
                    ok = abs(cell - want) < 1e-9
                else:
                    ok = cell == want
                if not ok:
                    fail(where, f"{code}.{f}: cell {cell!r} but written_as/record says {want!r}")


def name_key(s):
    s = str(s).lower().replace("ё", "е")
    for q in "«»“”„":
        s = s.replace(q, '"')
    return " ".join(s.split())


def check_layout(where, res, exp):
    got_cols = res["columns"] or []
    if got_cols != exp.get("columns"):
        fail(where, f"columns differ:\n   got {got_cols}\n   exp {exp.get('columns')}")
    got_ign = [x[0] for x in (res["ignored"] or [])]
    if got_ign != [x[0] for x in exp.get("ignored_columns", [])]:
        fail(where, f"ignored columns differ: got {got_ign}")
    data_sheets = [s for s in res["sheets"]]
    if "sheets" in exp:
        if [s["sheet"] for s in data_sheets] != [s["sheet"] for s in exp["sheets"]]:
            fail(where, "data sheets differ")
        for gs, es in zip(data_sheets, exp["sheets"]):
            if gs["header_rows"] != [es["header_row"]]:
                fail(where, f"{gs['sheet']}: header rows {gs['header_rows']}")
            if gs["data_rows"] != es["data_rows"]:
                fail(where, f"{gs['sheet']}: data rows {gs['data_rows']} vs {es['data_rows']}")
            if {str(k): v for k, v in gs["skipped"].items()} != es["skipped_rows"]:
                fail(where, f"{gs['sheet']}: skipped rows {gs['skipped']}")
            if gs["sheet_cluster"] != es["cluster"]:
                fail(where, f"{gs['sheet']}: cluster {gs['sheet_cluster']}")
        return
    if len(data_sheets) != 1:
        fail(where, f"expected one data sheet, found {[s['sheet'] for s in data_sheets]}")
        return
    s = data_sheets[0]
    if "data_sheet" in exp and s["sheet"] != exp["data_sheet"]:
        fail(where, f"data sheet {s['sheet']!r}")
    hr = exp.get("header_rows") or ([exp["header_row"]] if "header_row" in exp else
                                    [exp.get("header_line", 1)])
    if s["header_rows"] != hr:
        fail(where, f"header rows {s['header_rows']} vs {hr}")
    if "data_rows" in exp and [s["data_rows"][0], s["data_rows"][-1]] != exp["data_rows"]:
        fail(where, f"data rows {s['data_rows'][0]}-{s['data_rows'][-1]}")
    if "skipped_rows" in exp:
        if {str(k): v for k, v in s["skipped"].items()} != exp["skipped_rows"]:
            fail(where, f"skipped rows {s['skipped']} vs {exp['skipped_rows']}")


def check_file(exp_path):
    exp = json.loads(exp_path.read_text(encoding="utf-8"))
    where = str(exp_path.relative_to(HERE))
    path = exp_path.parent / exp["file"]
    if not path.exists():
        fail(where, f"input {exp['file']} missing")
        return
    if exp.get("refused"):
        fail(where, "no refused files expected in this set")
        return
    if exp_path.name != Path(exp["file"]).stem + ".expected.json":
        fail(where, "expected file name does not match its input")
    codes = [r["code"] for r in exp["records"]] + [r["code"] for r in exp["rejected"]]
    for c in codes:
        if not (CODE_RE.fullmatch(c) and 3001 <= int(c[4:]) <= 3099):
            fail(where, f"code {c} outside INO-3001..3099")
    if exp["record_count"] != len(exp["records"]):
        fail(where, "record_count != len(records)")
    if "base_file" in exp:
        base_exp_path = HERE / (Path(exp["base_file"]).stem + ".expected.json")
        base_exp = json.loads(base_exp_path.read_text(encoding="utf-8"))
        base = import_file(HERE / exp["base_file"], base_exp)
        upd = import_file(path, exp, update_mode=True)
        check_layout(where, upd, exp)
        compare_rejected(where, upd["rejected"], exp["rejected"])
        check_written_as(where, upd, exp, skip_fields=("name",),
                         row_to_code={m["row"]: m["code"] for m in exp["matched_by_name"]})
        state = {r["code"]: {f: r.get(f) for f in FIELDS} for r in base["records"]}
        order = list(state)
        carried = [f for f in FIELDS if f in set(upd["sheets"][0]["colmap"].values())]
        if carried != exp.get("carried_fields", carried):
            fail(where, f"carried fields {carried}")
        changed, new, matched = [], [], []
        for excel_row, code, rec, row, _sheet in upd["update_rows"]:
            by_name = code is None
            if code is None:
                hits = [c for c in order if name_key(state[c]["name"]) == name_key(rec["name"])]
                if len(hits) != 1:
                    fail(where, f"row {excel_row}: name {rec['name']!r} matches {hits}")
                    continue
                code = hits[0]
                matched.append({"code": code, "row": excel_row})
            if code in state:
                before = dict(state[code])
                if not by_name and rec["name"] != state[code]["name"]:
                    fail(where, f"row {excel_row}: code-matched row changes the name")
                for f in carried:
                    if f in ("code", "name"):
                        continue
                    state[code][f] = rec.get(f)
                if any(not same(f, before[f], state[code][f]) for f in FIELDS):
                    if code not in changed:
                        changed.append(code)
            else:
                state[code] = {f: rec.get(f) if f in carried else None for f in FIELDS}
                order.append(code)
                new.append(code)
        compare_records(where, [state[c] for c in order], exp["records"], exp["fields"])
        if [c for c in order if c in changed] != exp["changed_codes"]:
            fail(where, f"changed codes {changed} vs {exp['changed_codes']}")
        if new != exp["new_codes"]:
            fail(where, f"new codes {new}")
        em = [{"code": m["code"], "row": m["row"]} for m in exp["matched_by_name"]]
        if sorted(matched, key=lambda m: m["row"]) != sorted(em, key=lambda m: m["row"]):
            fail(where, f"matched by name {matched} vs {em}")
        for m in exp["matched_by_name"]:
            r = upd["sheets"][0]["rows"][m["row"] - 1]
            nc = [c for c, f in upd["sheets"][0]["colmap"].items() if f == "name"][0]
            if r[nc] != m["name_in_file"]:
                fail(where, f"name_in_file of row {m['row']} is {r[nc]!r}")
        return
    res = import_file(path, exp)
    check_layout(where, res, exp)
    if res["fields"] != exp["fields"]:
        fail(where, f"fields {res['fields']} vs {exp['fields']}")
    compare_records(where, res["records"], exp["records"], exp["fields"])
    compare_rejected(where, res["rejected"], exp["rejected"])
    check_written_as(where, res, exp)
    for ns in exp.get("non_data_sheets", []):
        if ns not in res.get("no_table", []):
            fail(where, f"sheet {ns!r} should hold no project table")


def main():
    exps = sorted(HERE.glob("*.expected.json")) + sorted((HERE / "resaved").glob("*.expected.json"))
    if not exps:
        fail("set", "no expected files")
    for e in exps:
        try:
            check_file(e)
        except Exception as ex:  # a crash is a failure too
            fail(e.name, f"checker crashed: {type(ex).__name__}: {ex}")
    # resaved copies must carry the same records as their originals
    for e in sorted((HERE / "resaved").glob("*.expected.json")):
        r = json.loads(e.read_text(encoding="utf-8"))
        o = json.loads((HERE / (Path(r["resaved_from"]).stem + ".expected.json")).read_text(
            encoding="utf-8"))
        for k in ("records", "rejected", "fields", "columns", "ignored_columns"):
            if r.get(k) != o.get(k):
                fail(str(e.relative_to(HERE)), f"{k} differ from the original's expected file")
    print(f"checked {len(exps)} expected files")
    if FAILS:
        print("\n".join(FAILS))
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
