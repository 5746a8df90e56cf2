#!/usr/bin/env python3
"""Self-check for agency25: re-read every file (and every LibreOffice re-save)
with a small parser of its own and confirm, against *.expected.json:
headers (every mapped and every ignored column, and that no header is left
unexplained), every value of every record, which rows are data, skipped or
rejected (sheet, row, column, code), and the update bookkeeping.

This parser shares no code with make_agency25.py. Workbooks are read with
python-calamine (the generator writes with openpyxl); formula cells without a
cached value are found in the sheet XML directly.

Run:  /work/main/.venv/bin/python check_agency25.py      -> prints ALL OK
"""
import csv
import datetime as dt
import io
import json
import os
import re
import sys
import zipfile

from python_calamine import CalamineWorkbook

HERE = os.path.dirname(os.path.abspath(__file__))
MONEY = ("total_cost_mln", "federal_budget_mln", "regional_budget_mln",
         "extra_budgetary_mln", "extra_budgetary_confirmed_mln")
FAILS = []


def fail(msg):
    FAILS.append(msg)


class Reject(Exception):
    def __init__(self, field, why):
        super().__init__(why)
        self.field, self.why = field, why


# ------------------------------------------------------------------ readers
def low(s):
    return str(s).strip().lower().replace("ё", "е")


def read_status(v):
    if v is None:
        return None
    s = low(v)
    if "приостанов" in s or "on hold" in s or "suspend" in s:
        return "suspended"
    if "заверш" in s or s.startswith("реализован") or "completed" in s:
        return "completed"
    if "планир" in s or "planned" in s:
        return "planned"
    if ("реализ" in s or "в работе" in s or "progress" in s or "ongoing" in s
            or "implementation" in s):
        return "in_progress"
    return None  # a phrase that is none of the four


def read_cluster(v):
    if v is None:
        return None
    s = low(v)
    if s in ("", "—", "-", "n/a"):
        return None
    words = set(re.findall(r"[a-zа-я]+", s))
    if "ядерн" in s or "nuclear" in s:
        return "nuclear"
    if "нефтехим" in s or "petrochem" in s:
        return "petrochemical"
    if "лесопром" in s or "timber" in s:
        return "timber"
    if "фарм" in s or "pharma" in s:
        return "pharma"
    if "медтех" in s or "медицинск" in s or "medical" in s or words & {"it", "ит"}:
        return "medtech_it"
    if "дикорос" in s or "wild" in s:
        return "wildlife"
    if "триз" in s or "трудноизвлек" in s or "hard-to" in s:
        return "hard_to_recover"
    raise Reject("cluster", "unknown cluster %r" % v)


def read_area(v):
    if v is None:
        return None
    s = low(v)
    for stem, key in (("промышлен", "industry"), ("industry", "industry"),
                      ("наук", "science_education"), ("научн", "science_education"),
                      ("инновац", "innovation_business"), ("бизнес", "innovation_business"),
                      ("город", "smart_city"), ("делов", "business_environment")):
        if stem in s:
            return key
    return None


def read_place(v):
    if v is None:
        return None
    s = low(v)
    if re.search(r"томск(ий|ого)\s+(р-н|р-на|район)", s):
        return "Томский район"
    for stem, place in (("северск", "Северск"), ("seversk", "Северск"),
                        ("стрежев", "Стрежевой"), ("strezhev", "Стрежевой"),
                        ("колпашев", "Колпашево"), ("г. асино", "Асино"),
                        ("томск", "Томск"), ("tomsk", "Томск")):
        if stem in s:
            return place
    if s == "асино":
        return "Асино"
    return None  # outside the programme's places


MONTH_STEMS = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август",
               "сентябр", "октябр", "ноябр", "декабр"]


def eom(y, m):
    d = dt.date(y, m, 28)
    while (d + dt.timedelta(days=1)).month == m:
        d += dt.timedelta(days=1)
    return d


def read_date(v, field):
    if v is None:
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, float):
        if v == int(v) and 1990 <= v <= 2100:
            return dt.date(int(v), 12, 31)
        raise Reject(field, "number that is not a year: %r" % v)
    s = low(v)
    m = re.match(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$", s)
    if m:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.match(r"^(\d{4})$", s)
    if m:
        return dt.date(int(s), 12, 31)
    roman = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
    m = re.match(r"^(?:q([1-4])|(i{1,3}|iv) кв\.) (\d{4})$", s)
    if m:
        q = int(m.group(1)) if m.group(1) else roman[m.group(2)]
        return eom(int(m.group(3)), 3 * q)
    m = re.match(r"^(?:h([12])|(i{1,2}|[12]) (?:полугодие|п/г)) (\d{4})$", s)
    if m:
        h = m.group(1) or m.group(2)
        h = int(h) if h.isdigit() else roman[h]
        return eom(int(m.group(3)), 6 * h)
    m = re.match(r"^([а-я]+) (\d{4})$", s)
    if m:
        for k, stem in enumerate(MONTH_STEMS, 1):
            if m.group(1).startswith(stem) and (stem != "ма" or m.group(1) == "май"):
                return eom(int(m.group(2)), k)
    raise Reject(field, "not a date: %r" % v)


def unit_of(header, title):
    h = low(header)
    if "млрд" in h or "bn" in h:
        return 1000.0
    if "тыс" in h:
        return 0.001
    if "млн" in h:
        return 1.0
    if re.search(r"\(руб\.?\)", h):
        return 0.000001
    t = low(title)
    if "млрд" in t:
        return 1000.0
    if "тыс. руб" in t:
        return 0.001
    return 1.0


def read_money(v, field, unit):
    if v is None:
        return None
    if isinstance(v, (int, float)):
        x = float(v) * unit
    else:
        s = str(v).replace("\u00a0", " ").strip()
        mult = unit
        m = re.match(r"^(.*?)\s*млрд(\s*руб\.?)?$", s)
        if m:
            s, mult = m.group(1), 1000.0
        if not re.match(r"^-?\d{1,3}( \d{3})*(,\d+)?$|^-?\d+(,\d+)?$", s):
            raise Reject(field, "not a number: %r" % v)
        x = float(s.replace(" ", "").replace(",", ".")) * mult
    if x < 0:
        raise Reject(field, "negative amount")
    return x


def read_jobs(v, field):
    if v is None:
        return None
    if isinstance(v, float):
        if v != int(v) or v < 0:
            raise Reject(field, "not a whole number")
        return int(v)
    s = str(v).replace("\u00a0", "").replace(" ", "")
    if not s.isdigit():
        raise Reject(field, "not a number: %r" % v)
    return int(s)


def read_text(v):
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def parse_value(field, v, unit):
    if field in MONEY:
        return read_money(v, field, unit)
    if field in ("start_date", "end_date"):
        d = read_date(v, field)
        return d.isoformat() if d else None
    if field in ("jobs_planned", "jobs_created"):
        return read_jobs(v, field)
    if field == "status":
        return read_status(v)
    if field == "cluster":
        return read_cluster(v)
    if field == "work_area":
        return read_area(v)
    if field == "location":
        return read_place(v)
    return read_text(v)


# ------------------------------------------------------------------ sources
def cell(v):
    if v is None or (isinstance(v, str) and v.strip() == ""):
        return None
    return v


def workbook_sheets(path):
    wb = CalamineWorkbook.from_path(path)
    out = {}
    for name in wb.sheet_names:
        rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
        out[name] = [[cell(v) for v in r] for r in rows]
    return out


def uncached_formulas(path):
    """{sheet name: {(row, col_index)}} for <f> cells with no cached <v>."""
    out = {}
    if not path.endswith((".xlsx", ".xlsm")):
        return out
    z = zipfile.ZipFile(path)
    wbx = z.read("xl/workbook.xml").decode()
    rels = z.read("xl/_rels/workbook.xml.rels").decode()
    target = dict(re.findall(r'Id="([^"]+)"[^>]*Target="([^"]+)"', rels))
    target.update({a: b for b, a in re.findall(r'Target="([^"]+)"[^>]*Id="([^"]+)"', rels)})
    for name, rid in re.findall(r'<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"', wbx):
        t = target[rid].lstrip("/")
        xml = z.read(t if t.startswith("xl/") else "xl/" + t).decode()
        found = set()
        for ref, body in re.findall(r'<c r="([A-Z]+\d+)"[^>]*?(?:/>|>(.*?)</c>)', xml):
            if "<f" in body and not re.search(r"<v>[^<]+</v>", body):
                letters, digits = re.match(r"([A-Z]+)(\d+)", ref).groups()
                ci = 0
                for ch in letters:
                    ci = ci * 26 + ord(ch) - 64
                found.add((int(digits), ci - 1))
        out[name.replace("&amp;", "&")] = found
    return out


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def header_strings(rows, hrow, two_level):
    top = rows[hrow - 1]
    width = max(len(r) for r in rows)
    top = list(top) + [None] * (width - len(top))
    if not two_level:
        return [None if v is None else str(v) for v in top]
    sub = list(rows[hrow]) + [None] * (width - len(rows[hrow]))
    out, last = [], None
    for i in range(width):
        t = top[i]
        if t is not None:
            last = t
        elif sub[i] is not None:
            t = last
        if sub[i] is not None:
            out.append("%s / %s" % (t, sub[i]))
        else:
            out.append(None if t is None else str(t))
    return out


# ------------------------------------------------------------------ one table
def read_table(exp, sheet, rows, hrow, two_level, title, fixed=None, uncached=frozenset()):
    """-> (items, skipped, cols) ; items = [(row, record or Reject)]"""
    heads = header_strings(rows, hrow, two_level)
    colmap, ignored = {}, set()
    for h, f in exp["columns"]:
        if h not in heads:
            fail("%s/%s: header %r not found on row %d" % (exp["file"], sheet, h, hrow))
            continue
        colmap[f] = heads.index(h)
    for h, _why in exp.get("ignored_columns", []):
        if h not in heads:
            fail("%s/%s: ignored header %r not found" % (exp["file"], sheet, h))
        else:
            ignored.add(heads.index(h))
            if heads.index(h) in colmap.values():
                fail("%s: ignored header %r is mapped" % (exp["file"], h))
    for i, h in enumerate(heads):
        if h is not None and i not in colmap.values() and i not in ignored:
            fail("%s/%s: header %r is neither mapped nor ignored" % (exp["file"], sheet, h))
    units = {f: unit_of(heads[i], title) for f, i in colmap.items() if f in MONEY}
    first = hrow + (2 if two_level else 1)
    items, skipped = [], []
    for rno in range(1, hrow):
        if any(isinstance(v, str) and re.match(r"^INO-\d{4}$", v.strip()) for v in rows[rno - 1]):
            fail("%s/%s: a project code above the header, row %d" % (exp["file"], sheet, rno))
        skipped.append((rno, "above header"))
    for rno in range(first, len(rows) + 1):
        r = rows[rno - 1]
        get = lambda f: r[colmap[f]] if f in colmap and colmap[f] < len(r) else None  # noqa: E731
        if all(v is None for v in r):
            skipped.append((rno, "blank"))
            continue
        code, name = get("code"), get("name")
        if code is None and (name is None or re.match(r"^(итого|всего|справочно)", low(name))):
            skipped.append((rno, "not a project"))
            continue
        rec = {}
        try:
            for f in exp["fields"]:
                if f in colmap:
                    if (rno, colmap[f]) in uncached:
                        raise Reject(f, "formula without a cached value")
                    rec[f] = parse_value(f, get(f), units.get(f, 1.0))
                elif fixed and f in fixed:
                    rec[f] = fixed[f]
            if rec.get("start_date") and rec.get("end_date") and rec["end_date"] < rec["start_date"]:
                raise Reject("end_date", "end date before start date")
            if rec.get("name") and len(rec["name"]) > 500:
                raise Reject("name", "name too long")
            items.append((rno, rec))
        except Reject as e:
            items.append((rno, e))
            e.col = col_letter(colmap[e.field])
            e.code = read_text(code)
    return items, skipped, colmap


def compare_records(tag, got, exp_recs, fields):
    if [g["code"] for g in got] != [e["code"] for e in exp_recs]:
        fail("%s: record codes/order differ:\n  got %s\n  exp %s"
             % (tag, [g["code"] for g in got], [e["code"] for e in exp_recs]))
        return
    for g, e in zip(got, exp_recs):
        if set(e) != set(fields):
            fail("%s %s: expected keys %s != fields" % (tag, e["code"], sorted(e)))
        for f in fields:
            a, b = g.get(f), e.get(f)
            if f in MONEY and a is not None and b is not None:
                if abs(a - b) > 0.05 or round(b, 1) != b:
                    fail("%s %s %s: got %r expected %r" % (tag, e["code"], f, a, b))
            elif a != b:
                fail("%s %s %s: got %r expected %r" % (tag, e["code"], f, a, b))


def settle(tag, exp, items_by_sheet):
    """duplicates, rejections -> records; compare rejected list."""
    flat = [(s, rno, x) for s, its in items_by_sheet for rno, x in its]
    by_code = {}
    for s, rno, x in flat:
        if isinstance(x, dict):
            by_code.setdefault(x["code"], []).append((s, rno, x))
    bad = {}
    for code, occ in by_code.items():
        if len(occ) > 1 and any(o[2] != occ[0][2] for o in occ):
            for s, rno, x in occ:
                bad[(s, rno)] = ("A/B", code)
    recs, rejs = [], []
    for s, rno, x in flat:
        if isinstance(x, Reject):
            rejs.append((s, rno, x.col, x.code, x.why))
        elif (s, rno) in bad:
            rejs.append((s, rno, None, x["code"], "duplicate code"))
        else:
            recs.append(x)
    exp_rej = [(e.get("sheet"), e["row"], e["column"], e["code"]) for e in exp["rejected"]]
    got_rej = [(s, r, c, k) for s, r, c, k, _ in rejs]
    for g in got_rej:
        m = [e for e in exp_rej if e[:2] == g[:2]]
        if not m:
            fail("%s: row rejected by the check but not expected: %r" % (tag, g))
        elif g[2] is not None and (m[0][2], m[0][3]) != (g[2], g[3]):
            fail("%s: rejected row %r: column/code %r expected %r" % (tag, g[:2], g[2:], m[0][2:]))
        elif g[3] != m[0][3]:
            fail("%s: rejected row %r code %r expected %r" % (tag, g[:2], g[3], m[0][3]))
    for e in exp_rej:
        if e[:2] not in [g[:2] for g in got_rej]:
            fail("%s: expected rejected row %r not rejected by the check" % (tag, e))
    return recs, rejs


def check_skips(tag, skipped, expected_skips):
    got = {r: why for r, why in skipped}
    for r in expected_skips:
        if int(r) not in got:
            fail("%s: row %s should be skipped" % (tag, r))
    for r, why in got.items():
        if why not in ("blank", "above header") and str(r) not in expected_skips:
            fail("%s: row %d skipped by the check but not listed in skipped_rows" % (tag, r))


def title_text(rows, hrow):
    return " ".join(str(v) for r in rows[:hrow - 1] for v in r if v is not None)


# ------------------------------------------------------------------ per file
def check_single_sheet(exp, path):
    tag = exp["file"]
    sheets = workbook_sheets(path)
    unc = uncached_formulas(path)
    sheet = exp["sheet"]
    if sheet not in sheets:
        fail("%s: sheet %r missing (have %s)" % (tag, sheet, list(sheets)))
        return
    rows = sheets[sheet]
    hrows = exp.get("header_rows") or [exp["header_row"]]
    code_head = [h for h, f in exp["columns"] if f == "code"][0]
    found = next(i for i, r in enumerate(rows, 1)
                 if any(v is not None and (str(v) == code_head or code_head.startswith(str(v) + " / "))
                        for v in r))
    if found != hrows[0]:
        fail("%s: header found on row %d, expected %d" % (tag, found, hrows[0]))
    items, skipped, _ = read_table(exp, sheet, rows, hrows[0], len(hrows) == 2,
                                   title_text(rows, hrows[0]), uncached=unc.get(sheet, set()))
    data = [r for r, _ in items]
    if "data_rows" in exp and (data[0], data[-1]) != tuple(exp["data_rows"]):
        fail("%s: data rows %d-%d, expected %s" % (tag, data[0], data[-1], exp["data_rows"]))
    # rows above the header are title rows
    check_skips(tag, skipped, exp.get("skipped_rows", {}))
    recs, _ = settle(tag, exp, [(sheet, items)])
    compare_records(tag, recs, exp["records"], exp["fields"])
    if "uncached_formula_cells" in exp:
        got = sorted("%s%d" % (col_letter(c), r) for r, c in unc.get(sheet, set()))
        if got != exp["uncached_formula_cells"]:
            fail("%s: uncached formulas %s expected %s" % (tag, got, exp["uncached_formula_cells"]))
    return recs


def check_council(exp, path):
    tag = exp["file"]
    sheets = workbook_sheets(path)
    listed = [s["sheet"] for s in exp["sheets"]]
    for name in sheets:
        if name not in listed and name not in exp.get("skipped_sheets", {}):
            fail("%s: sheet %r not accounted for" % (tag, name))
    per = []
    code_head = [h for h, f in exp["columns"] if f == "code"][0]
    for name, rows in sheets.items():
        has_table = any(code_head in [str(v) for v in r] for r in rows)
        if name in exp.get("skipped_sheets", {}):
            if has_table:
                fail("%s: sheet %r has a project table" % (tag, name))
            continue
        info = exp["sheets"][listed.index(name)]
        cl = read_cluster(name)
        if cl != info["cluster"]:
            fail("%s: sheet %r cluster %r expected %r" % (tag, name, cl, info["cluster"]))
        hrow = next(i for i, r in enumerate(rows, 1) if code_head in [str(v) for v in r])
        if hrow != info["header_row"]:
            fail("%s/%s: header row %d expected %d" % (tag, name, hrow, info["header_row"]))
        title = title_text(rows, hrow)
        if "млн руб" not in title:
            fail("%s/%s: unit not in the title" % (tag, name))
        items, skipped, _ = read_table(exp, name, rows, hrow, False, title, fixed={"cluster": cl})
        if [r for r, _ in items] != info["data_rows"]:
            fail("%s/%s: data rows %s expected %s" % (tag, name, [r for r, _ in items], info["data_rows"]))
        check_skips("%s/%s" % (tag, name), skipped, info["skipped_rows"])
        per.append((name, items))
    if path.endswith(".xlsx"):
        z = zipfile.ZipFile(path)
        xml = z.read("xl/worksheets/sheet1.xml").decode()
        hid = [int(x) for x in re.findall(r'<row r="(\d+)"[^>]*hidden="1"', xml)]
        if hid != exp["sheets"][0].get("hidden_rows", []):
            fail("%s: hidden rows %s expected %s" % (tag, hid, exp["sheets"][0].get("hidden_rows")))
    recs, _ = settle(tag, exp, per)
    compare_records(tag, recs, exp["records"], exp["fields"])


def check_csv(exp, path):
    tag = exp["file"]
    raw = open(path, "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        fail("%s: no UTF-8 byte-order mark" % tag)
    if b"\r\n" not in raw or raw.count(b"\n") != raw.count(b"\r\n"):
        fail("%s: line ends are not CRLF" % tag)
    text = raw.decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    rows = [[cell(v) for v in r] for r in lines]
    items, skipped, _ = read_table(exp, None, rows, exp["header_line"], False, "")
    data = [r for r, _ in items]
    if (data[0], data[-1]) != tuple(exp["data_lines"]):
        fail("%s: data lines %s expected %s" % (tag, (data[0], data[-1]), exp["data_lines"]))
    check_skips(tag, skipped, exp.get("skipped_rows", {}))
    recs, _ = settle(tag, exp, [(None, items)])
    compare_records(tag, recs, exp["records"], exp["fields"])


def norm_name(s):
    s = low(s)
    s = re.sub("[«»“”„\"]", '"', s)
    return " ".join(s.split())


def check_update(exp, path, base_exp, base_path):
    tag = exp["file"]
    base = check_single_sheet(base_exp, base_path)  # the check's own reading of the base file
    state = {r["code"]: dict(r) for r in base}
    order = [r["code"] for r in base]
    sheets = workbook_sheets(path)
    rows = sheets[exp["sheet"]]
    hrow = exp["header_row"]
    items, skipped, colmap = read_table(exp, exp["sheet"], rows, hrow, False, title_text(rows, hrow))
    # the update's own fields only: 'fields' lists the final record keys
    carried = [f for f in colmap]
    changed, new, matched = [], [], []
    for rno, x in items:
        if isinstance(x, Reject):
            fail("%s: row %d rejected by the check: %s" % (tag, rno, x))
            continue
        upd = {f: x.get(f) for f in carried}
        code = upd.get("code")
        if code is None:
            raw = rows[rno - 1][colmap["name"]]
            hits = [c for c in order if norm_name(state[c]["name"]) == norm_name(raw)]
            if len(hits) != 1:
                fail("%s: row %d matches %d projects by name" % (tag, rno, len(hits)))
                continue
            code = hits[0]
            matched.append((code, rno, raw))
            upd.pop("name")
            upd.pop("code")
        if code in state:
            before = dict(state[code])
            state[code].update(upd)
            if state[code] != before and code not in changed:
                changed.append(code)
        else:
            state[code] = {f: upd.get(f) for f in exp["fields"]}
            order.append(code)
            new.append(code)
    compare_records(tag, [state[c] for c in order], exp["records"], exp["fields"])
    if sorted(changed) != exp["changed_codes"]:
        fail("%s: changed %s expected %s" % (tag, sorted(changed), exp["changed_codes"]))
    if new != exp["new_codes"]:
        fail("%s: new %s expected %s" % (tag, new, exp["new_codes"]))
    em = [(m["code"], m["row"], m["name_in_file"]) for m in exp["matched_by_name"]]
    if matched != em:
        fail("%s: matched by name %s expected %s" % (tag, matched, em))
    for c, _, raw in matched:
        if state[c]["name"] == raw or norm_name(raw) == raw:
            fail("%s: name-matched row is not a look-alike spelling" % tag)
    if exp.get("rejected"):
        fail("%s: update expects rejected rows" % tag)


# ------------------------------------------------------------------ main
def load(p):
    with open(p, encoding="utf-8") as fh:
        return json.load(fh)


def check_expected_shape(exp):
    need = ["file", "refused", "fields", "record_count", "records", "rejected", "notes", "columns"]
    for k in need:
        if k not in exp:
            fail("%s: key %r missing" % (exp.get("file"), k))
    if exp["record_count"] != len(exp["records"]):
        fail("%s: record_count %d != %d records" % (exp["file"], exp["record_count"], len(exp["records"])))
    for r in exp["records"]:
        if list(r) != exp["fields"]:
            fail("%s %s: record keys differ from fields" % (exp["file"], r.get("code")))
        c = r["code"]
        if not re.match(r"^INO-25(0[1-9]|[1-9]\d)$", c):
            fail("%s: code %s outside INO-2501..2599" % (exp["file"], c))
    for e in exp["rejected"]:
        if not {"row", "reason", "column", "code"} <= set(e):
            fail("%s: rejected entry %r lacks keys" % (exp["file"], e))


def main():
    plan = []
    for d in ("", "resaved"):
        folder = os.path.join(HERE, d)
        if not os.path.isdir(folder):
            fail("folder %s missing (run resave_agency25.sh)" % folder)
            continue
        for n in sorted(os.listdir(folder)):
            if n.endswith(".expected.json"):
                plan.append((folder, load(os.path.join(folder, n))))
    total_fr = 0
    for folder, exp in plan:
        check_expected_shape(exp)
        path = os.path.join(HERE, exp["file"])
        if not os.path.exists(path):
            fail("%s missing" % path)
            continue
        n0 = len(FAILS)
        if exp["file"].endswith(".csv"):
            check_csv(exp, path)
        elif "sheets" in exp:
            check_council(exp, path)
        elif "base_file" in exp:
            check_update(exp, path, load(os.path.join(HERE, exp["base_file"].rsplit(".", 1)[0] + ".expected.json")),
                         os.path.join(HERE, exp["base_file"]))
        else:
            check_single_sheet(exp, path)
        if "resaved_from" in exp:
            orig = load(os.path.join(HERE, exp["resaved_from"].rsplit(".", 1)[0] + ".expected.json"))
            if orig["records"] != exp["records"] or orig["rejected"] != exp["rejected"]:
                fail("%s: records differ from %s" % (exp["file"], exp["resaved_from"]))
        else:
            total_fr += len(exp["fields"]) * exp["record_count"]
        print("%-45s %3d records %2d rejected  %s" % (exp["file"], exp["record_count"], len(exp["rejected"]),
                                                     "ok" if len(FAILS) == n0 else "FAIL"))
    print("fields x records (originals): %d" % total_fr)
    if FAILS:
        for f in FAILS:
            print("FAIL:", f)
        print("%d FAILURES" % len(FAILS))
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
