#!/usr/bin/env python3
"""Independent self-check of the agency29 files.

Its own parser (python-calamine for workbooks, csv for the CSV) reads every input, finds the
header by itself, maps header text to canonical fields with its own keyword rules, applies the
samples README's normalisation rules, and compares with *.expected.json: every value of every
record, the rejected rows, the skipped rows, the column mapping, ignored columns, hidden
row/column (from the sheet XML), and, for the update, the state after applying it to the base.
It does not import anything from make_agency29.py.  Prints ALL OK or the list of problems.
"""
import csv
import datetime as dt
import io
import json
import os
import re
import sys
import zipfile
from decimal import Decimal, InvalidOperation

from python_calamine import CalamineWorkbook

HERE = os.path.dirname(os.path.abspath(__file__))
MONEY = ["total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
         "extra_budgetary_confirmed_mln"]
JOBS = ["jobs_planned", "jobs_created"]
ERR = []


def err(msg):
    ERR.append(msg)


class Reject(Exception):
    def __init__(self, reason, col):
        super().__init__(reason)
        self.col = col


# ------------------------------------------------------------------ header classification
def classify(path):
    """Header path (top / sub, lower-cased) -> field, or None for a column not imported."""
    h = path.lower().replace("ё", "е").replace("\n", " ")
    h = re.sub(r"\s+", " ", h).strip()
    last = h.split(" / ")[-1]
    ignore = ["№", "#", "освоено", "spent", "фио", "инн", "куратор", "owner", "%", "примечание",
              "прим.", "2017 году"]
    if any(k in h for k in ignore) or last == "мб":
        return None
    if "код" in h or "ref" in h:
        return "code"
    if "наименование" in h or "название" in h or h == "project":
        return "name"
    if "кластер" in h or "sector" in h:
        return "cluster"
    if "направление" in h:
        return "work_area"
    if "место" in h or "муниципальное" in h or "территория" in h or "location" in h:
        return "location"
    if "статус" in h or "состояние" in h or "stage" in h:
        return "status"
    if "начал" in h or "start" in h:
        return "start_date"
    if "окончан" in h or "completion" in h:
        return "end_date"
    if "подтв" in h:
        return "extra_budgetary_confirmed_mln"
    if "раб" in h or "jobs" in h:
        if "план" in last or "target" in last:
            return "jobs_planned"
        if "факт" in last or "создано" in last or "created" in last:
            return "jobs_created"
    if re.search(r"(^|[\s.])фб\b", last) or "федеральн" in h:
        return "federal_budget_mln"
    if re.search(r"(^|[\s.])об\b", last) or "областн" in h:
        return "regional_budget_mln"
    if "вби" in last or "внебюджет" in last or "private" in h:
        return "extra_budgetary_mln"
    if "всего" in last or "total" in h or "стоимость" in h:
        return "total_cost_mln"
    if "организац" in h or "инициатор" in h:
        return "lead_organization"
    if "проблем" in h:
        return "problems"
    return "?"


def unit_of(path, title_text):
    h = path.lower()
    if "тыс" in h:
        return Decimal("0.001")
    if "млрд" in h or " bn" in h or "billion" in h:
        return Decimal(1000)
    if "млн" in h:
        return Decimal(1)
    t = title_text.lower()
    if "тыс. руб" in t:
        return Decimal("0.001")
    if "млрд" in t or "billion" in t:
        return Decimal(1000)
    return Decimal(1)


# ------------------------------------------------------------------ value parsing
def is_empty(v):
    return v is None or (isinstance(v, str) and v.strip() == "")


def p_number(v, col):
    if is_empty(v):
        return None
    if isinstance(v, bool):
        raise Reject("bool", col)
    if isinstance(v, (int, float)):
        x = Decimal(repr(float(v)))
    else:
        s = v.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        if not re.fullmatch(r"-?\d+(\.\d+)?", s):
            raise Reject("not a number: %r" % v, col)
        x = Decimal(s)
    if x < 0:
        raise Reject("negative amount", col)
    return x


def p_jobs(v, col):
    x = p_number(v, col)
    if x is None:
        return None
    if x != x.to_integral_value():
        raise Reject("jobs not integral", col)
    return int(x)


ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def quarter_end(q, y):
    m = 3 * q
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def p_date(v, col):
    if is_empty(v):
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, (int, float)):
        if float(v).is_integer() and 1990 <= v <= 2100:
            return dt.date(int(v), 12, 31)
        raise Reject("number in a date column", col)
    s = v.strip()
    m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", s)
    if m:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    m = re.fullmatch(r"Q([1-4])\s+(\d{4})", s)
    if m:
        return quarter_end(int(m[1]), int(m[2]))
    m = re.fullmatch(r"(I|II|III|IV)\s*кв\.\s*(\d{4})", s)
    if m:
        return quarter_end(ROMAN[m[1]], int(m[2]))
    m = re.fullmatch(r"(\d{4})", s)
    if m:
        return dt.date(int(s), 12, 31)
    raise Reject("not a date: %r" % v, col)


def low(v):
    return re.sub(r"\s+", " ", str(v).lower().replace("ё", "е")).strip()


def p_status(v):
    if is_empty(v):
        return None
    s = low(v)
    if s.startswith("приостановлен") or s.startswith("suspended"):
        return "suspended"
    if s.startswith("планируется") or s == "planned":
        return "planned"
    if re.match(r"(завершен|реализован\b|completed)", s):
        return "completed"
    if s.startswith("реализуется") or s in ("в работе", "в стадии реализации") or s.startswith("in progress"):
        return "in_progress"
    return None     # fits no status (e.g. 'уточняется')


def p_cluster(v, col):
    if is_empty(v):
        return None
    s = low(v)
    if s in ("—", "n/a"):
        return None
    for keys, k in ((("нефтехим", "petrochem"), "petrochemical"), (("ядерн", "nuclear"), "nuclear"),
                    (("лесопром", "timber"), "timber"), (("фармац", "pharma"), "pharma"),
                    (("медтех", "медицинской техники", "medical devices"), "medtech_it"),
                    (("дикорос", "wildlife"), "wildlife"),
                    (("триз", "трудноизвлек", "hard-to-recover"), "hard_to_recover")):
        if any(k2 in s for k2 in keys):
            return k
    raise Reject("unknown cluster %r" % v, col)


def p_work_area(v):
    if is_empty(v):
        return None
    s = low(v)
    for key, k in (("промышлен", "industry"), ("наука и образование", "science_education"),
                   ("инновации", "innovation_business"), ("город", "smart_city"),
                   ("деловая среда", "business_environment")):
        if key in s:
            return k
    return None


def p_location(v):
    if is_empty(v):
        return None
    s = low(v)
    if "томский р" in s or s == "tomsk district":
        return "Томский район"
    for keys, k in ((("северск", "seversk"), "Северск"), (("стрежев", "strezhevoy"), "Стрежевой"),
                    (("асино", "asino"), "Асино"), (("колпашев", "kolpashevo"), "Колпашево")):
        if any(k2 in s for k2 in keys):
            return k
    if re.search(r"(^|г\. ?)томск$", s) or s == "tomsk":
        return "Томск"
    return None


def p_text(v):
    if is_empty(v):
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v).strip()


# ------------------------------------------------------------------ table reading
def letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def find_header(rows):
    for i, r in enumerate(rows):
        cells = [low(c) for c in r if not is_empty(c)]
        if any(re.match(r"(код|project ref|project id)", c) for c in cells) and len(cells) >= 4:
            return i
    return None


def build_table(rows, title_extra=""):
    """rows: list of lists (0-based). Returns header info and classified data rows."""
    hi = find_header(rows)
    if hi is None:
        return None
    top = [c if not is_empty(c) else "" for c in rows[hi]]
    width = len(top)
    nxt = rows[hi + 1] if hi + 1 < len(rows) else []
    nxt = list(nxt) + [""] * (width - len(nxt))
    two = (not any(isinstance(c, str) and re.match(r"INO-\d{4}", c) for c in nxt)
           and any(isinstance(c, str) and not is_empty(c) for c in nxt)
           and any(is_empty(top[j]) and not is_empty(nxt[j]) for j in range(width)))
    paths = []
    cur = ""
    for j in range(width):
        t = str(top[j]) if not is_empty(top[j]) else ""
        if t:
            cur = t
        if two and not is_empty(nxt[j]):
            paths.append("%s / %s" % (t or cur, str(nxt[j]).strip()))
        else:
            paths.append(t)
    header_rows = [hi + 1, hi + 2] if two else [hi + 1]
    start = hi + (2 if two else 1)
    title = " ".join(str(c) for r in rows[:hi] for c in r if not is_empty(c)) + " " + title_extra
    return {"hi": hi, "paths": paths, "header_rows": header_rows, "start": start, "title": title}


def classify_row(r, ncols):
    vals = [c for c in r[:ncols]]
    ne = [c for c in vals if not is_empty(c)]
    if not ne:
        return "blank"
    if isinstance(ne[0], str) and low(ne[0]).startswith("итого"):
        return "totals"
    nums = [c for c in vals if isinstance(c, (int, float)) and not isinstance(c, bool)]
    if len(nums) == len(ne) and [int(x) for x in nums] == list(range(1, len(nums) + 1)):
        return "column numbers"
    if len(ne) == 1 and isinstance(ne[0], str) and len(ne[0]) > 30:
        return "footnote"
    return "data"


def parse_record(r, fmap, units, sheet_cluster=None):
    rec = {}
    for j, f in fmap.items():
        v = r[j] if j < len(r) else None
        col = letter(j)
        if f in MONEY:
            x = p_number(v, col)
            rec[f] = None if x is None else x * units[j]
        elif f in JOBS:
            rec[f] = p_jobs(v, col)
        elif f in ("start_date", "end_date"):
            rec[f] = p_date(v, col)
        elif f == "status":
            rec[f] = p_status(v)
        elif f == "cluster":
            rec[f] = p_cluster(v, col)
        elif f == "work_area":
            rec[f] = p_work_area(v)
        elif f == "location":
            rec[f] = p_location(v)
        else:
            rec[f] = p_text(v)
    if sheet_cluster is not None:
        rec["cluster"] = sheet_cluster
    if rec.get("name") and len(rec["name"]) > 500:
        raise Reject("name too long", "name")
    if rec.get("start_date") and rec.get("end_date") and rec["end_date"] < rec["start_date"]:
        raise Reject("end date before start date", [letter(j) for j, f in fmap.items() if f == "end_date"][0])
    return rec


def to_json(rec):
    out = {}
    for f, v in rec.items():
        if isinstance(v, Decimal):
            v = float(v)
        elif isinstance(v, dt.date):
            v = v.isoformat()
        out[f] = v
    return out


def compare_record(fname, got, exp, where):
    if set(got) != set(exp):
        err("%s %s: keys differ %s vs %s" % (fname, where, sorted(got), sorted(exp)))
    for k in exp:
        a, b = got.get(k), exp[k]
        if k in MONEY and a is not None and b is not None:
            if abs(float(a) - float(b)) > 0.05:
                err("%s %s %s: got %r expected %r" % (fname, where, k, a, b))
        elif a != b or type(a) != type(b) and not (isinstance(a, float) and isinstance(b, float)):
            err("%s %s %s: got %r expected %r" % (fname, where, k, a, b))


def sheet_rows(wb, name):
    sh = wb.get_sheet_by_name(name)
    rows = sh.to_python(skip_empty_area=False)
    return [list(r) for r in rows]


def check_table(fname, exp, sheets, cluster_from_a1=False, fields=None):
    """sheets: list of (sheet name, rows). Returns (records, rejected, per-sheet info)."""
    recs, rejs, infos = [], [], []
    fields = fields or exp["fields"]
    exp_cols = {h: f for h, f in exp["columns"]}
    exp_ign = {h for h, _ in exp.get("ignored_columns", []) if not h.startswith("(sheet)")}
    for sname, rows in sheets:
        t = build_table(rows)
        if t is None:
            infos.append({"sheet": sname, "table": False})
            continue
        fmap, units = {}, {}
        for j, pth in enumerate(t["paths"]):
            if not pth:
                continue
            f = classify(pth)
            if pth in exp_cols:
                if f != exp_cols[pth]:
                    err("%s/%s: header %r classified %r, expected %r" % (fname, sname, pth, f, exp_cols[pth]))
            elif pth in exp_ign:
                if f is not None:
                    err("%s/%s: ignored header %r classified %r" % (fname, sname, pth, f))
            else:
                err("%s/%s: header %r not in expected columns" % (fname, sname, pth))
            if f and f != "?":
                fmap[j] = f
                units[j] = unit_of(pth, t["title"])
        seen = set(t["paths"])
        for h in list(exp_cols) + list(exp_ign):
            if h not in seen:
                err("%s/%s: expected header %r not found" % (fname, sname, h))
        sc = None
        if cluster_from_a1:
            sc = p_cluster(rows[0][0], "A")
        info = {"sheet": sname, "table": True, "header_rows": t["header_rows"], "data": [],
                "skipped": {}, "units": {fmap[j]: str(units[j]) for j in fmap if fmap[j] in MONEY}}
        for i in range(t["start"], len(rows)):
            r = rows[i]
            kind = classify_row(r, len(t["paths"]))
            if kind != "data":
                if kind != "blank" or any(not is_empty(c) for c in rows[i]) or i < max(info["data"] or [0]):
                    info["skipped"][i + 1] = kind
                continue
            try:
                rec = parse_record(r, fmap, units, sc)
                rec = {f: rec.get(f) for f in fields}
                recs.append((sname, i + 1, rec))
                info["data"].append(i + 1)
            except Reject as e:
                code = next((r[j] for j, f in fmap.items() if f == "code"), None)
                rejs.append({"sheet": sname, "row": i + 1, "reason": str(e), "col": e.col, "code": code})
        # title/header skipped rows
        for i in range(t["start"]):
            if any(not is_empty(c) for c in rows[i]):
                info["skipped"][i + 1] = "title/header"
        infos.append(info)
    return recs, rejs, infos


def check_expected_skips(fname, exp, info, skipped_key="skipped_rows"):
    for rown, why in exp.get(skipped_key, {}).items():
        rn = int(rown)
        if rn in info["data"] or any(rj for rj in [] if rj):
            err("%s: row %s (%s) was read as data" % (fname, rown, why))
        if rn not in info["skipped"] and "blank" not in why:
            err("%s: expected skipped row %s (%s) not recognised as non-data" % (fname, rown, why))


def compare_all(fname, exp, recs, rejs):
    got = [to_json(r) for _, _, r in recs]
    if len(got) != exp["record_count"] or len(exp["records"]) != exp["record_count"]:
        err("%s: %d records parsed, expected %d" % (fname, len(got), exp["record_count"]))
    for g, e in zip(got, exp["records"]):
        compare_record(fname, g, e, e.get("code"))
    er = sorted((x["sheet"], x["row"]) for x in exp["rejected"])
    gr = sorted((x["sheet"], x["row"]) for x in rejs)
    if er != gr:
        err("%s: rejected rows %s, expected %s (%s)" % (fname, gr, er, rejs))
    for x in exp["rejected"]:
        g = next((y for y in rejs if (y["sheet"], y["row"]) == (x["sheet"], x["row"])), None)
        if g and g["code"] != x["code"]:
            err("%s: rejected row %s code %r vs %r" % (fname, x["row"], g["code"], x["code"]))
    return got


def xml_hidden(path, sheet_index):
    z = zipfile.ZipFile(path)
    xml = z.read("xl/worksheets/sheet%d.xml" % sheet_index).decode("utf-8")
    rows = [int(m) for m in re.findall(r'<row r="(\d+)"[^>]*hidden="1"', xml)]
    cols = [(re.search(r'min="(\d+)"', c)[1], re.search(r'max="(\d+)"', c)[1])
            for c in re.findall(r"<col [^>]*>", xml) if 'hidden="1"' in c]
    return rows, cols


# ------------------------------------------------------------------ file checks
def check_ministry(path, exp):
    fname = os.path.basename(path)
    wb = CalamineWorkbook.from_path(path)
    names = wb.sheet_names
    if exp["sheet"] not in names:
        err("%s: sheet %r missing (%s)" % (fname, exp["sheet"], names))
    recs, rejs, infos = check_table(fname, exp, [(exp["sheet"], sheet_rows(wb, exp["sheet"]))])
    info = infos[0]
    if info["header_rows"] != exp["header_rows"]:
        err("%s: header rows %s vs %s" % (fname, info["header_rows"], exp["header_rows"]))
    if [min(info["data"]), max(info["data"])] != exp["data_rows"]:
        err("%s: data rows %s vs %s" % (fname, [min(info["data"]), max(info["data"])], exp["data_rows"]))
    check_expected_skips(fname, exp, info)
    if set(info["units"].values()) != {"1"}:
        err("%s: units %s" % (fname, info["units"]))
    return compare_all(fname, exp, recs, rejs)


def check_city(path, exp):
    fname = os.path.basename(path)
    wb = CalamineWorkbook.from_path(path)
    sheets = [(n, sheet_rows(wb, n)) for n in wb.sheet_names]
    recs, rejs, infos = check_table(fname, exp, [s for s in sheets if s[0] != "Справочно"],
                                    cluster_from_a1=True)
    for n, rows in sheets:
        if n in exp["non_data_sheets"] and build_table(rows) is not None:
            err("%s: notes sheet %s looks like a table" % (fname, n))
    for si, info in zip(exp["sheets"], infos):
        if si["sheet"] != info["sheet"] or si["data_rows"] != info["data"]:
            err("%s: sheet %s data rows %s vs %s" % (fname, si["sheet"], info["data"], si["data_rows"]))
        if info["header_rows"] != si["header_rows"]:
            err("%s: %s header rows %s" % (fname, si["sheet"], info["header_rows"]))
        check_expected_skips(fname + "/" + si["sheet"], si, info)
        if set(info["units"].values()) != {"0.001"}:
            err("%s: %s units %s (thousand expected from the title)" % (fname, si["sheet"], info["units"]))
        a1 = sheets[[n for n, _ in sheets].index(si["sheet"])][1][0][0]
        if a1 != si["a1"]:
            err("%s: A1 of %s is %r" % (fname, si["sheet"], a1))
    if path.endswith(".xlsx"):
        hid = exp["hidden"]
        idx = [n for n, _ in sheets].index(hid["row"]["sheet"]) + 1
        rows, _ = xml_hidden(path, idx)
        if hid["row"]["row"] not in rows:
            err("%s: row %s not hidden" % (fname, hid["row"]))
        idx = [n for n, _ in sheets].index(hid["column"]["sheet"]) + 1
        _, cols = xml_hidden(path, idx)
        if ("16", "16") not in cols:
            err("%s: column P not hidden on %s (%s)" % (fname, hid["column"]["sheet"], cols))
    elif path.endswith(".ods"):
        z = zipfile.ZipFile(path)
        content = z.read("content.xml").decode("utf-8")
        if 'table:visibility="collapse"' not in content:
            err("%s: no hidden row/column in the .ods" % fname)
    return compare_all(fname, exp, recs, rejs)


def check_tracker(path, exp):
    fname = os.path.basename(path)
    wb = CalamineWorkbook.from_path(path)
    if wb.sheet_names != [exp["data_sheet"]] + exp["non_data_sheets"]:
        err("%s: sheets %s" % (fname, wb.sheet_names))
    if build_table(sheet_rows(wb, "Read me")) is not None:
        err("%s: Read me looks like a table" % fname)
    recs, rejs, infos = check_table(fname, exp, [(exp["data_sheet"], sheet_rows(wb, exp["data_sheet"]))])
    info = infos[0]
    if info["header_rows"] != exp["header_rows"] or [min(info["data"]), max(info["data"])] != exp["data_rows"]:
        err("%s: layout %s" % (fname, info))
    check_expected_skips(fname, exp, info)
    if set(info["units"].values()) != {"1000"}:
        err("%s: units %s" % (fname, info["units"]))
    return compare_all(fname, exp, recs, rejs)


def norm_name(s):
    s = s.lower().replace("ё", "е")
    for q in "«»“”„":
        s = s.replace(q, '"')
    return re.sub(r"\s+", " ", s).strip()


def check_update(path, exp, base_got):
    fname = os.path.basename(path)
    wb = CalamineWorkbook.from_path(path)
    name = wb.sheet_names[0]
    rows = sheet_rows(wb, name)
    t = build_table(rows)
    fmap, units = {}, {}
    exp_cols = dict((h, f) for h, f in exp["columns"])
    for j, p in enumerate(t["paths"]):
        f = classify(p)
        if p in exp_cols and f != exp_cols[p]:
            err("%s: header %r -> %r, expected %r" % (fname, p, f, exp_cols[p]))
        if p not in exp_cols and p not in {h for h, _ in exp["ignored_columns"]}:
            err("%s: header %r unexplained" % (fname, p))
        if f and f != "?":
            fmap[j] = f
            units[j] = unit_of(p, t["title"])
    if t["header_rows"] != exp["header_rows"]:
        err("%s: header rows %s" % (fname, t["header_rows"]))
    state = {r["code"]: dict(r) for r in base_got}
    order = [r["code"] for r in base_got]
    changed, new, matched = set(), [], []
    carried = set(fmap.values())
    allf = exp["fields"]
    first = last = None
    for i in range(t["start"], len(rows)):
        r = rows[i]
        if classify_row(r, len(t["paths"])) != "data":
            continue
        first = first or i + 1
        last = i + 1
        rec = to_json(parse_record(r, fmap, units))
        code = rec.get("code")
        if code is None:
            hits = [c for c in state if norm_name(state[c]["name"]) == norm_name(rec["name"])]
            if len(hits) != 1:
                err("%s: row %d name match %s" % (fname, i + 1, hits))
                continue
            code = hits[0]
            matched.append({"code": code, "row": i + 1})
            rec["name"] = state[code]["name"]
            rec["code"] = code
        if code in state:
            before = dict(state[code])
            for f in carried:
                state[code][f] = rec[f]
            if state[code] != before:
                changed.add(code)
        else:
            state[code] = {f: rec.get(f) if f in carried else None for f in allf}
            order.append(code)
            new.append(code)
    if [first, last] != exp["data_rows"]:
        err("%s: data rows %s" % (fname, [first, last]))
    got = [state[c] for c in order]
    if len(got) != exp["record_count"]:
        err("%s: %d records vs %d" % (fname, len(got), exp["record_count"]))
    for g, e in zip(got, exp["records"]):
        compare_record(fname, g, e, e["code"])
    if sorted(changed) != exp["changed_codes"]:
        err("%s: changed %s vs %s" % (fname, sorted(changed), exp["changed_codes"]))
    if new != exp["new_codes"]:
        err("%s: new %s vs %s" % (fname, new, exp["new_codes"]))
    if [(m["code"], m["row"]) for m in matched] != [(m["code"], m["row"]) for m in exp["matched_by_name"]]:
        err("%s: matched %s vs %s" % (fname, matched, exp["matched_by_name"]))
    for m in exp["matched_by_name"]:
        if rows[m["row"] - 1][1] != m["name_in_file"]:
            err("%s: name in file row %d %r" % (fname, m["row"], rows[m["row"] - 1][1]))


def check_csv(path, exp):
    fname = os.path.basename(path)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: BOM" % fname)
    if raw.count(b"\r\n") != raw.count(b"\n"):
        err("%s: not CRLF throughout" % fname)
    text = raw.decode(exp["encoding"])
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=exp["delimiter"]))
    if len(rows) != text.count("\r\n"):
        err("%s: a record spans lines" % fname)
    t = build_table(rows)
    if t["hi"] != 0:
        err("%s: header not on line 1" % fname)
    recs, rejs, infos = check_table(fname, exp, [(None, rows)])
    info = infos[0]
    if [min(info["data"] + [r["row"] for r in rejs]), max(info["data"] + [r["row"] for r in rejs])] != exp["data_rows"]:
        err("%s: data lines %s" % (fname, info["data"]))
    check_expected_skips(fname, exp, info)
    return compare_all(fname, exp, recs, rejs)


def load(p):
    with open(p, encoding="utf-8") as f:
        return json.load(f)


def main():
    files = []
    e = load(os.path.join(HERE, "econ_ministry_q3.expected.json"))
    base = check_ministry(os.path.join(HERE, "econ_ministry_q3.xlsx"), e)
    files.append(("econ_ministry_q3.xlsx", e))
    e = load(os.path.join(HERE, "city_invest_dept.expected.json"))
    check_city(os.path.join(HERE, "city_invest_dept.xlsx"), e)
    files.append(("city_invest_dept.xlsx", e))
    e = load(os.path.join(HERE, "innovation_tracker.expected.json"))
    check_tracker(os.path.join(HERE, "innovation_tracker.xlsx"), e)
    files.append(("innovation_tracker.xlsx", e))
    e = load(os.path.join(HERE, "econ_ministry_q4_update.expected.json"))
    if e["base_file"] != "econ_ministry_q3.xlsx":
        err("update base_file")
    check_update(os.path.join(HERE, "econ_ministry_q4_update.xlsx"), e, base)
    files.append(("econ_ministry_q4_update.xlsx", e))
    e = load(os.path.join(HERE, "export_1c.expected.json"))
    check_csv(os.path.join(HERE, "export_1c.csv"), e)
    files.append(("export_1c.csv", e))
    rs = os.path.join(HERE, "resaved")
    if os.path.isdir(rs):
        p = os.path.join(rs, "econ_ministry_q3.xls")
        if os.path.exists(p):
            e = load(os.path.join(rs, "econ_ministry_q3.expected.json"))
            check_ministry(p, e)
            files.append(("resaved/econ_ministry_q3.xls", e))
        p = os.path.join(rs, "city_invest_dept.ods")
        if os.path.exists(p):
            e = load(os.path.join(rs, "city_invest_dept.expected.json"))
            check_city(p, e)
            files.append(("resaved/city_invest_dept.ods", e))
    # every record has exactly the file's fields; money / dates well-formed
    total = 0
    for fn, e in files:
        for r in e["records"]:
            if list(r) != e["fields"]:
                err("%s %s: keys %s" % (fn, r.get("code"), list(r)))
            if not re.fullmatch(r"INO-29\d\d", r["code"]):
                err("%s: code %s" % (fn, r["code"]))
        n = e["record_count"] * len(e["fields"])
        if not fn.startswith("resaved/"):
            total += n
        print("%-32s records %3d rejected %d fields %2d  fields x records %4d" % (
            fn, e["record_count"], len(e["rejected"]), len(e["fields"]), n))
    print("total fields x records (5 originals): %d" % total)
    if ERR:
        for m in ERR:
            print("FAIL:", m)
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
