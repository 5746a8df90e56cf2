#!/usr/bin/env python3
"""Independent self-check of evaluation set agency31.

Does NOT import make_agency31.py.  It reads every input file with its own parser
(python-calamine for .xlsx/.xls/.ods, the csv module for the CSV), finds the header
rows, builds parent/child header paths, maps headers with its own keyword rules,
parses values by the rules of the samples README, and compares with each
NAME.expected.json: fields, columns, ignored_columns, every value of every record,
every rejected row, the written_as notes, and (for the update file) the state after
applying it to its base file.  Files under resaved/ are checked too when present.

Prints ALL OK and exits 0 when everything matches; otherwise lists the failures.
"""
import csv
import glob
import io
import json
import os
import re
import sys
from datetime import date, datetime
from decimal import Decimal

from python_calamine import CalamineWorkbook

HERE = os.path.dirname(os.path.abspath(__file__))
CANON = ["code", "name", "cluster", "work_area", "location", "status", "start_date",
         "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
         "extra_budgetary_mln", "extra_budgetary_confirmed_mln", "jobs_planned",
         "jobs_created", "lead_organization", "problems"]
MONEY = {"total_cost_mln", "federal_budget_mln", "regional_budget_mln",
         "extra_budgetary_mln", "extra_budgetary_confirmed_mln"}
PLACES = {"Томск", "Северск", "Асино", "Стрежевой", "Колпашево", "Томский район"}
FAIL = []


def fail(msg):
    FAIL.append(msg)


class BadValue(Exception):
    def __init__(self, field, msg):
        super().__init__(msg)
        self.field = field
        self.msg = msg


# ----------------------------------------------------------------- normalisation
def norm(s):
    s = str(s).replace("\u00ad", "")
    s = re.sub(r"-\s*\n\s*", "", s)          # hyphenation left by line wrapping
    s = s.replace("\n", " ").replace("_", " ").replace("\u00a0", " ")
    s = s.lower().replace("ё", "е")
    return re.sub(r"\s+", " ", s).strip()


IGNORE = [r"^(№|#)", r"^id\b", r"\bинн\b", r"\bкбк\b", r"% complete|готовн|процент",
          r"контакт|\bфио\b|contact", r"освоено|кассов|spent", r"\bмб\b|местн",
          r"лимит|на 20\d\d год", r"примечан|^rag$|выгрузк|собств|привлеч"]
RULES = [
    ("extra_budgetary_confirmed_mln", r"подтв"),
    ("code", r"\bкод\b|\bref\b|project id"),
    ("lead_organization", r"инициатор|инвестор|sponsor|ответственная организация"),
    ("name", r"^(проект|project)$|наименование (проекта|объекта)|название проекта|наим проекта"),
    ("cluster", r"кластер|^sector$"),
    ("work_area", r"направл|priority area"),
    ("location", r"место|муниципальн|территори|^site$|location"),
    ("status", r"статус|состояние|стадия|этап|^stage$"),
    ("start_date", r"начал|\bнач\b|старт|^start$| / с$"),
    ("end_date", r"оконч|ввод|commissioning|completion| / по$"),
    ("jobs", r"рабоч|раб мест|jobs"),
    ("federal_budget_mln", r"\bфб\b|федерал|federal"),
    ("regional_budget_mln", r"\bоб\b|областн|regional"),
    ("extra_budgetary_mln", r"\bвби\b|внебюдж|частн|private"),
    ("total_cost_mln", r"всего|стоим|total|потребн"),
    ("problems", r"пробл|барьер"),
]


def map_header(path):
    h = norm(path)
    if not h:
        return "?"
    for pat in IGNORE:
        if re.search(pat, h):
            return None
    for field, pat in RULES:
        if re.search(pat, h):
            if field == "jobs":
                if re.search(r"план|target", h):
                    return "jobs_planned"
                if re.search(r"созда|факт", h):
                    return "jobs_created"
                return "?"
            return field
    return "?"


def unit_of(text):
    t = norm(text)
    if re.search(r"тыс|'000|thousand", t):
        return 1000
    if re.search(r"млрд|\bbn\b|billion", t):
        return Decimal("0.001")
    if re.search(r"млн|\brub m\b|million", t):
        return 1
    return None


# ----------------------------------------------------------------- value parsers
def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def is_empty(v):
    return v is None or (isinstance(v, str) and v.strip() == "")


def p_money(v, divisor, field):
    if is_empty(v):
        return None
    if is_num(v):
        d = Decimal(repr(float(v)))
    else:
        s = v.strip()
        if not re.fullmatch(r"-?\d{1,3}([ \u00a0]\d{3})+(,\d+)?|-?\d+(,\d+)?", s):
            raise BadValue(field, "not a number: %r" % s)
        d = Decimal(s.replace(" ", "").replace("\u00a0", "").replace(",", "."))
    if d < 0:
        raise BadValue(field, "negative amount")
    return d / Decimal(divisor)


def p_jobs(v, field):
    if is_empty(v):
        return None
    if is_num(v):
        if float(v) != int(v):
            raise BadValue(field, "not a whole number")
        return int(v)
    s = v.strip().replace(" ", "").replace("\u00a0", "")
    if not s.isdigit():
        raise BadValue(field, "not a number: %r" % v)
    return int(s)


QEND = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def p_date(v, field):
    if is_empty(v):
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if is_num(v):
        if float(v) == int(v) and 1900 <= int(v) <= 2100:
            return date(int(v), 12, 31)
        raise BadValue(field, "not a date: %r" % v)
    s = v.strip()
    m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", s)
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"[qQ]([1-4]) (\d{4})", s)
    if m:
        q = int(m.group(1))
        return date(int(m.group(2)), *QEND[q])
    m = re.fullmatch(r"(I|II|III|IV) кв\. (\d{4})", s)
    if m:
        q = ROMAN[m.group(1).lower()]
        return date(int(m.group(2)), *QEND[q])
    if re.fullmatch(r"\d{4}", s):
        return date(int(s), 12, 31)
    raise BadValue(field, "not a date: %r" % s)


def p_status(v):
    s = norm(v)
    if re.search(r"приостан|on hold|suspend", s):
        return "suspended"
    if re.search(r"заверш|реализован|completed|commissioned", s):
        return "completed"
    if re.search(r"план|planned", s):
        return "planned"
    if re.search(r"реализ|в работе|ongoing|in progress", s):
        return "in_progress"
    raise BadValue("status", "unknown status %r" % v)


CL_RULES = [("petrochemical", r"нефтехим|petrochem"), ("nuclear", r"ядерн|nuclear"),
            ("timber", r"лесопром|timber"), ("pharma", r"фарма|pharma"),
            ("medtech_it", r"медтех|медицинск|medtech|medical"),
            ("wildlife", r"дикорос|wild"),
            ("hard_to_recover", r"триз|трудноизвлек|hard-to-recover")]


def p_cluster(v):
    if is_empty(v):
        return None
    s = norm(v)
    if s in ("—", "-", "–", "n/a"):
        return None
    for key, pat in CL_RULES:
        if re.search(pat, s):
            return key
    raise BadValue("cluster", "unknown cluster %r" % v.strip())


WA_RULES = [("business_environment", r"делов|business environment"), ("smart_city", r"умн|smart"),
            ("science_education", r"наук|science"), ("innovation_business", r"инновац|innovation"),
            ("industry", r"промышлен|industry|manufactur")]


def p_area(v):
    if is_empty(v):
        return None
    s = norm(v)
    for key, pat in WA_RULES:
        if re.search(pat, s):
            return key
    raise BadValue("work_area", "unknown work area %r" % v)


LOC_RULES = [("Томский район", r"томский р|tomsk district"), ("Северск", r"северск|seversk"),
             ("Асино", r"асино|asino"), ("Стрежевой", r"стрежев|strezhev"),
             ("Колпашево", r"колпашев|kolpashev"), ("Томск", r"томск|tomsk")]


def p_location(v):
    if is_empty(v):
        return None
    s = norm(v)
    for key, pat in LOC_RULES:
        if re.search(pat, s):
            return key
    raise BadValue("location", "unknown place %r" % v)


def p_text(v):
    if is_empty(v):
        return None
    if is_num(v):
        return str(int(v)) if float(v) == int(v) else str(v)
    return str(v).strip()


def parse_value(field, v, divisor):
    if field in MONEY:
        return p_money(v, divisor, field)
    if field in ("jobs_planned", "jobs_created"):
        return p_jobs(v, field)
    if field in ("start_date", "end_date"):
        return p_date(v, field)
    if field == "status":
        return None if is_empty(v) else p_status(v)
    if field == "cluster":
        return p_cluster(v)
    if field == "work_area":
        return p_area(v)
    if field == "location":
        return p_location(v)
    return p_text(v)


# ----------------------------------------------------------------- table reading
def col_letter(j):
    s = ""
    j += 1
    while j:
        j, r = divmod(j - 1, 26)
        s = chr(65 + r) + s
    return s


def is_colnum_row(row):
    vals = [c for c in row if not is_empty(c)]
    if len(vals) < 3:
        return False
    try:
        nums = [int(float(str(c).strip())) for c in vals]
    except ValueError:
        return False
    return nums == list(range(1, len(nums) + 1))


def has_code(row):
    return any(isinstance(c, str) and re.fullmatch(r"\s*INO-\d{4}\s*", c) for c in row)


def header_score(row):
    fields = set()
    for c in row:
        if isinstance(c, str) and c.strip():
            f = map_header(c)
            if f and f != "?":
                fields.add(f)
    return fields


def build_paths(block):
    L = len(block)
    n = max(len(r) for r in block)
    grid = [[(str(r[j]).strip() if j < len(r) and not is_empty(r[j]) else "") for j in range(n)]
            for r in block]
    filled = [row[:] for row in grid]

    def lower(j, lvl):
        return any(grid[k][j] for k in range(lvl + 1, L))

    for lvl in range(L):
        for j in range(1, n):
            if grid[lvl][j] == "" and filled[lvl][j - 1] and lower(j, lvl) and lower(j - 1, lvl) \
                    and all(filled[k][j] == filled[k][j - 1] for k in range(lvl)):
                filled[lvl][j] = filled[lvl][j - 1]
    return [" / ".join(filled[k][j] for k in range(L) if filled[k][j]) for j in range(n)]


class Table:
    def __init__(self, sheet, rows, first_row_no=1):
        self.sheet = sheet
        self.rows = rows
        self.base = first_row_no
        self.header = None

    def find_header(self):
        for i, row in enumerate(self.rows):
            f = header_score(row)
            if len(f) >= 3 and ("code" in f or "name" in f):
                top = i
                end = i + 1
                while end < len(self.rows):
                    r = self.rows[end]
                    nonempty = [c for c in r if not is_empty(c)]
                    if not nonempty or has_code(r) or is_colnum_row(r) \
                            or not all(isinstance(c, str) for c in nonempty):
                        break
                    end += 1
                self.header = (top, end)
                self.paths = build_paths(self.rows[top:end])
                self.title = " ".join(str(c) for r in self.rows[:top] for c in r if not is_empty(c))
                self.fields = [map_header(p) if p else None for p in self.paths]
                return True
        return False


def read_workbook(path):
    wb = CalamineWorkbook.from_path(path)
    out = []
    for name in wb.sheet_names:
        sh = wb.get_sheet_by_name(name)
        rows = sh.to_python(skip_empty_area=False)
        start = getattr(sh, "start", None) or (0, 0)
        # pad so that list index i is Excel row i+1 and column 0 is A
        rows = [[""] * start[1] + list(r) for r in rows]
        rows = [[""]] * start[0] + rows
        out.append(Table(name, rows))
    return out


def read_csv(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(f"{path}: has a BOM")
    text = raw.decode("cp1251")
    if "\r\n" not in text:
        fail(f"{path}: not CRLF")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    return [Table(None, rows)]


def extract(path):
    """Returns (tables with header, parsed rows). Each parsed row: dict with sheet, row,
    code, values, raw, error."""
    tables = read_csv(path) if path.endswith(".csv") else read_workbook(path)
    results = []
    used = []
    for t in tables:
        if not t.find_header():
            continue
        used.append(t)
        top, end = t.header
        fields = t.fields
        sheet_cluster = None
        if "cluster" not in fields and t.sheet is not None:
            try:
                sheet_cluster = p_cluster(t.rows[0][0])  # full cluster name in A1
            except BadValue:
                sheet_cluster = None
        if sheet_cluster is not None:
            short = norm(t.sheet)
            ok = {"petrochemical": "нефтехим", "nuclear": "ядерн", "timber": "лесопром",
                  "pharma": "фарма", "medtech_it": "медтех", "wildlife": "дикорос",
                  "hard_to_recover": "триз"}[sheet_cluster]
            if ok not in short:
                fail(f"{path}: sheet {t.sheet!r} does not agree with A1 cluster {sheet_cluster}")
        t.sheet_cluster = sheet_cluster
        divs = []
        for j, f in enumerate(fields):
            if f in MONEY:
                u = unit_of(t.paths[j]) or unit_of(t.title) or 1
                divs.append(u)
            else:
                divs.append(None)
        ci = fields.index("code") if "code" in fields else None
        ni = fields.index("name")
        for i in range(end, len(t.rows)):
            row = list(t.rows[i]) + [""] * (len(fields) - len(t.rows[i]))
            if all(is_empty(c) for c in row) or is_colnum_row(row):
                continue
            if any(isinstance(c, str) and re.match(r"\s*(итого|всего|total)\b", c.strip().lower())
                   for c in row):
                continue
            code = p_text(row[ci]) if ci is not None else None
            name = p_text(row[ni])
            if code is not None and not re.fullmatch(r"INO-\d{4}", code):
                fail(f"{path}: row {i + 1}: unexpected code cell {code!r}")
            others = [j for j, f in enumerate(fields) if f not in (None, "?", "code", "name")
                      and not is_empty(row[j])]
            if code is None and (name is None or not others):
                continue  # section heading, «в том числе:», footnote, signature
            vals, raw, err = {}, {}, None
            for j, f in enumerate(fields):
                if f is None or f == "?":
                    continue
                raw[f] = row[j]
                try:
                    vals[f] = parse_value(f, row[j], divs[j])
                except BadValue as e:
                    if err is None:
                        err = (e.msg, j)
            if sheet_cluster is not None:
                vals["cluster"] = sheet_cluster
            if err is None and vals.get("start_date") and vals.get("end_date") \
                    and vals["end_date"] < vals["start_date"]:
                err = ("end date before start date", fields.index("end_date"))
            results.append({"sheet": t.sheet, "row": i + 1, "code": code, "values": vals,
                            "raw": raw, "error": err, "header": t.paths})
    return used, results


# ----------------------------------------------------------------- comparison
def jsonish(f, v):
    if v is None:
        return None
    if f in MONEY:
        return float(v)
    if isinstance(v, date):
        return v.isoformat()
    return v


def same(f, a, b):
    if a is None or b is None:
        return a is None and b is None
    if f in MONEY:
        return isinstance(b, (int, float)) and abs(float(a) - float(b)) < 0.05
    if f in ("jobs_planned", "jobs_created"):
        return isinstance(b, int) and not isinstance(b, bool) and a == b
    return a == b


def compare_records(label, got, exp_records, fields):
    if len(got) != len(exp_records):
        fail(f"{label}: {len(got)} records parsed, {len(exp_records)} expected")
    for g, e in zip(got, exp_records):
        if set(e) != set(fields):
            fail(f"{label}: record {e.get('code')} keys {sorted(e)} differ from fields")
        if g.get("code") != e.get("code"):
            fail(f"{label}: order/code {g.get('code')} vs {e.get('code')}")
            continue
        for f in fields:
            if not same(f, jsonish(f, g.get(f)), e.get(f)):
                fail(f"{label}: {e['code']}.{f}: parsed {jsonish(f, g.get(f))!r}, expected {e.get(f)!r}")
        for f, v in e.items():
            if f == "location" and v is not None and v not in PLACES:
                fail(f"{label}: {e['code']}: place {v!r} not canonical")


def check_layout(label, used, exp):
    paths, ignored = [], []
    for t in used:
        cols = [(p, f) for p, f in zip(t.paths, t.fields) if p]
        for p, f in cols:
            if f == "?":
                fail(f"{label}: sheet {t.sheet!r}: header {p!r} not recognised")
        pc = [[p, f] for p, f in cols if f]
        ic = [p for p, f in cols if f is None]
        if not paths:
            paths, ignored = pc, ic
        elif pc != paths or ic != ignored:
            fail(f"{label}: sheet {t.sheet!r} has different columns")
    if paths != exp["columns"]:
        fail(f"{label}: columns differ:\n  parsed   {paths}\n  expected {exp['columns']}")
    if ignored != exp.get("ignored_columns"):
        fail(f"{label}: ignored_columns differ:\n  parsed   {ignored}\n  expected {exp.get('ignored_columns')}")
    mapped = {f for _, f in paths}
    if any(t.sheet_cluster for t in used):
        mapped.add("cluster")
    fields = [f for f in CANON if f in mapped]
    return fields


def check_rejected(label, results, exp):
    got = sorted((r["sheet"], r["row"], r["code"], col_or_header(r)) for r in results if r["error"])
    want = sorted((r["sheet"], r["row"], r["code"], r["column"]) for r in exp["rejected"])
    if got != want:
        fail(f"{label}: rejected differ:\n  parsed   {got}\n  expected {want}")
    for r in exp["rejected"]:
        if set(r) != {"sheet", "row", "reason", "column", "code"}:
            fail(f"{label}: rejected entry keys {sorted(r)}")


def col_or_header(r):
    j = r["error"][1]
    if r["sheet"] is None:          # CSV: the header text
        return r["header"][j]
    return col_letter(j)


def raw_json(v):
    if isinstance(v, datetime):
        v = v.date()
    if isinstance(v, date):
        return "date " + v.isoformat()
    if isinstance(v, str) and v == "":
        return None
    return v


def check_written(label, results, exp, key_of):
    rows = {}
    for r in results:
        if not r["error"]:
            rows[key_of(r)] = r
    n = 0
    for code, triples in exp.get("written_as", {}).items():
        r = rows.get(code)
        if r is None:
            fail(f"{label}: written_as for {code}: no such valid row")
            continue
        for f, canon, written in triples:
            n += 1
            raw = raw_json(r["raw"].get(f))
            if is_num(raw) and is_num(written):
                ok = abs(float(raw) - float(written)) < 1e-9
            else:
                ok = raw == written
            if not ok:
                fail(f"{label}: written_as {code}.{f}: file has {raw!r}, expected file says {written!r}")
    return n


def check_plain(path, exp, label):
    used, results = extract(path)
    if not used:
        fail(f"{label}: no table found")
        return
    fields = check_layout(label, used, exp)
    if fields != exp["fields"]:
        fail(f"{label}: fields {fields} vs expected {exp['fields']}")
    got = []
    for r in results:
        if r["error"]:
            continue
        g = dict(r["values"])
        g["code"] = r["code"]
        got.append(g)
    compare_records(label, got, exp["records"], exp["fields"])
    if exp["record_count"] != len(exp["records"]):
        fail(f"{label}: record_count {exp['record_count']} != {len(exp['records'])}")
    check_rejected(label, results, exp)
    check_written(label, results, exp, lambda r: r["code"])
    if exp.get("refused") is not False:
        fail(f"{label}: refused should be false")


def name_key(s):
    s = s.lower().replace("ё", "е")
    s = re.sub("[«»“”„\"]", '"', s)
    return re.sub(r"\s+", " ", s).strip()


def check_update(path, exp, label, base_path):
    _, base_rows = extract(base_path)
    db = {}
    for r in base_rows:
        if not r["error"]:
            rec = {f: None for f in CANON}
            rec.update(r["values"])
            rec["code"] = r["code"]
            db[r["code"]] = rec
    used, results = extract(path)
    check_layout(label, used, exp)
    if exp["fields"] != CANON:
        fail(f"{label}: fields should be all canonical fields (base carries them all)")
    changed, new, by_name = set(), [], []
    for r in results:
        if r["error"]:
            continue
        vals = dict(r["values"])
        vals.pop("code", None)
        code = r["code"]
        if code is None:
            hits = [c for c, rec in db.items() if name_key(rec["name"]) == name_key(vals["name"])]
            if len(hits) != 1:
                fail(f"{label}: row {r['row']}: name match gives {hits}")
                continue
            code = hits[0]
            by_name.append({"code": code, "row": r["row"], "name_in_file": r["raw"]["name"]})
            r["matched"] = code
            vals.pop("name")
        if code in db:
            before = dict(db[code])
            for f, v in vals.items():
                if f == "name" and v != db[code]["name"]:
                    fail(f"{label}: row {r['row']}: coded row renames {code}")
                db[code][f] = v
            if db[code] != before:
                changed.add(code)
        else:
            rec = {f: None for f in CANON}
            rec.update(vals)
            rec["code"] = code
            db[code] = rec
            new.append(code)
    got = list(db.values())
    compare_records(label, got, exp["records"], CANON)
    if exp["record_count"] != len(exp["records"]):
        fail(f"{label}: record_count mismatch")
    if sorted(changed) != exp["changed_codes"]:
        fail(f"{label}: changed_codes {sorted(changed)} vs {exp['changed_codes']}")
    if new != exp["new_codes"]:
        fail(f"{label}: new_codes {new} vs {exp['new_codes']}")
    em = sorted((m["code"], m["row"], m["name_in_file"]) for m in exp["matched_by_name"])
    gm = sorted((m["code"], m["row"], m["name_in_file"]) for m in by_name)
    if em != gm:
        fail(f"{label}: matched_by_name {gm} vs {em}")
    check_rejected(label, results, exp)
    check_written(label, results, exp, lambda r: r.get("matched") or r["code"])


def main():
    exps = sorted(glob.glob(os.path.join(HERE, "*.expected.json")))
    exps += sorted(glob.glob(os.path.join(HERE, "resaved", "*.expected.json")))
    if len([e for e in exps if "/resaved/" not in e]) != 6:
        fail("expected 6 expected files in the set, found %d" % len(exps))
    total_fr = 0
    for ep in exps:
        exp = json.load(open(ep, encoding="utf-8"))
        folder = os.path.dirname(ep)
        path = os.path.join(folder, exp["file"])
        label = os.path.relpath(path, HERE)
        if not os.path.exists(path):
            fail(f"{label}: input missing")
            continue
        stem = os.path.basename(ep)[:-len(".expected.json")]
        if exp["file"].rsplit(".", 1)[0] != stem:
            fail(f"{label}: expected file name does not match 'file'")
        codes = [r["code"] for r in exp["records"]] + [r["code"] for r in exp["rejected"]]
        for c in codes:
            if not re.fullmatch(r"INO-31\d\d", c) or not 3101 <= int(c[4:]) <= 3199:
                fail(f"{label}: code {c} outside INO-3101..INO-3199")
        if "base_file" in exp:
            check_update(path, exp, label, os.path.join(HERE, exp["base_file"]))
        else:
            check_plain(path, exp, label)
        if "/resaved/" not in ep:
            total_fr += exp["record_count"] * len(exp["fields"])
        print(f"checked {label}: {exp['record_count']} records, {len(exp['rejected'])} rejected")
    print(f"fields x records over the originals: {total_fr}")
    if FAIL:
        for f in FAIL:
            print("FAIL:", f)
        print(f"{len(FAIL)} FAILURE(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
