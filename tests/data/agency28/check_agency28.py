#!/usr/bin/env python3
"""Independent self-check of the agency28 set.

Shares no code with make_agency28.py. It reads every input with its own small parser
(python-calamine for .xlsx/.xls/.ods, the csv module for the CSV, zipfile only to see
formula cells without a cached value and hidden rows/columns in .xlsx), classifies the
headers with its own keyword rules, normalises every value with its own vocabularies and
compares the result with the *.expected.json files: every value of every record, the
rejected rows, the data rows and the skipped rows; for the update file it replays the
import of the base file and the update and compares the final state, changed, new and
name-matched codes. The LibreOffice re-saves in resaved/ are checked the same way.

Usage: check_agency28.py [DIR]      (DIR defaults to this script's folder)
Prints ALL OK and exits 0, or lists the failures and exits 1.
       check_agency28.py --mutate    copies the folder to a temporary directory, applies ten
                                     mutations one at a time (to inputs and expected files) and
                                     confirms the check FAILS for each; the folder itself is untouched.
"""

import calendar
import csv
import datetime
import json
import os
import re
import sys
import zipfile
from decimal import Decimal

import python_calamine

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1] != "--mutate" else HERE

ORIGINALS = ["deputy_governor_svod.expected.json", "devcorp_cluster_sheets.expected.json",
             "bank_pf_pipeline.expected.json", "terr_body_update_q2.expected.json",
             "foundation_formulas.expected.json", "clerk_export_cp1251.expected.json"]
RESAVED_STEMS = ["deputy_governor_svod", "devcorp_cluster_sheets", "bank_pf_pipeline"]
RESAVED_EXT = ["xls", "ods", "xlsx"]
ALL_FIELDS = ("code name cluster work_area location status start_date end_date total_cost_mln "
              "federal_budget_mln regional_budget_mln extra_budgetary_mln extra_budgetary_confirmed_mln "
              "jobs_planned jobs_created lead_organization problems").split()
MONEY_F = {f for f in ALL_FIELDS if f.endswith("_mln")}

failures = []


def fail(where, msg):
    failures.append(f"{where}: {msg}")


# ---------------------------------------------------------------- text helpers
def flat(h):
    """Header text for keyword matching: Word hyphenation joined, line breaks as spaces."""
    t = str(h).replace("-\n", "").replace("\n", " ").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", t).strip().lower().replace("ё", "е")


def low(s):
    return re.sub(r"\s+", " ", str(s).replace("\u00a0", " ")).strip().lower().replace("ё", "е")


def blank(v):
    return v is None or (isinstance(v, str) and v.strip() == "")


# ---------------------------------------------------------------- header classification
def classify(header):
    t = flat(header)
    ignore = [r"%", r"\birr\b", r"^№", r"п/п", r"deal ref", r"\bинн\b", r"огрн", r"ф\.\s?и\.\s?о", r"\bфио\b",
              r"куратор", r"\brm\b", r"руководител", r"ответственный за", r"примечан", r"комментар",
              r"освоено", r"проинвестир", r"exposure", r"господдерж", r"public funding", r"в т\.ч\. 20\d\d",
              r"актуализац", r"/ мб\b", r"местн"]
    for pat in ignore:
        if re.search(pat, t):
            return None
    rules = [
        ("problems", r"проблем"),
        ("code", r"\bкод\b|код проекта|шифр|project code"),
        ("jobs_created", r"(рабоч|раб\. мест|jobs).*(факт|создано|to date)"),
        ("jobs_planned", r"(рабоч|раб\. мест|jobs)"),
        ("extra_budgetary_confirmed_mln", r"подтв|committed"),
        ("federal_budget_mln", r"\bфб\b|федеральн"),
        ("regional_budget_mln", r"\bоб\b|областн"),
        ("extra_budgetary_mln", r"\bвби\b|\bвбс\b|внебюджет|частные|private"),
        ("total_cost_mln", r"всего|стоимост|бюджет проекта|capex|итого по проекту"),
        ("cluster", r"кластер|sector"),
        ("work_area", r"направл"),
        ("location", r"место реализации|территори|муниципальное образование|^где$"),
        ("status", r"статус|стади|\bstage\b"),
        ("start_date", r"начал|^нач\.|start"),
        ("end_date", r"окончан|оконч\.|завершени|completion"),
        ("lead_organization", r"инициатор|организац|грантополуч|sponsor|компания"),
        ("name", r"наименован|^проект$|^project$|тема"),
    ]
    for field, pat in rules:
        if re.search(pat, t):
            return field
    return "UNCLASSIFIED"


def unit_of(text):
    t = flat(text)
    if re.search(r"тыс\.?\s*(руб|рублей)", t):
        return Decimal("0.001")
    if re.search(r"млрд|\bbn\b|billion", t):
        return Decimal("1000")
    if re.search(r"млн|\brub m\b", t):
        return Decimal("1")
    return None


# ---------------------------------------------------------------- vocabularies (own rules)
def status_of(v):
    t = low(v)
    if not t:
        return None, True
    if re.search(r"отмен|исключ", t):
        return None, True
    if re.search(r"приостан|on hold|suspend", t):
        return "suspended", True
    if re.search(r"заверш|реализован\b|completed", t):
        return "completed", True
    if re.search(r"планир|planned", t):
        return "planned", True
    if re.search(r"реализ|в работе|in progress", t):
        return "in_progress", True
    return None, True


def cluster_of(v):
    """-> (key or None, known?)"""
    t = low(v).rstrip(".")
    if t in ("", "—", "-", "n/a", "нет"):
        return None, True
    table = [("petrochemical", r"нефтехим|petrochem"), ("nuclear", r"ядерн|nuclear"),
             ("timber", r"лесопром|\bлпк\b|timber|forestry"), ("pharma", r"фарм|pharma"),
             ("medtech_it", r"медтех|медицинской техники|medical|medtech"),
             ("wildlife", r"дикорос|wildlife|wild plants"),
             ("hard_to_recover", r"трудноизвлек|\bтриз\b|hard-to-recover")]
    hits = [k for k, pat in table if re.search(pat, t)]
    if len(hits) == 1:
        return hits[0], True
    return None, False


def work_area_of(v):
    t = low(v)
    if not t:
        return None
    table = [("industry", r"промышлен"), ("science_education", r"наук|образован"),
             ("innovation_business", r"инновац|бизнес"), ("smart_city", r"город"),
             ("business_environment", r"делов")]
    hits = [k for k, pat in table if re.search(pat, t)]
    return hits[0] if len(hits) == 1 else None


def location_of(v):
    t = low(v)
    if not t:
        return None
    if "томская область" in t:
        return None
    if re.search(r"томский р|томского района|томский район", t):
        return "Томский район"
    for pat, place in ((r"северск", "Северск"), (r"стрежев", "Стрежевой"), (r"асино", "Асино"),
                       (r"колпашев", "Колпашево"), (r"томск", "Томск")):
        if re.search(pat, t):
            return place
    return None


# ---------------------------------------------------------------- value parsing
NUM_RE = re.compile(r"-?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?")


def number(v):
    """-> Decimal, None (empty) or the string 'BAD' (text that is not a Russian number)."""
    if blank(v):
        return None
    if isinstance(v, bool):
        return "BAD"
    if isinstance(v, (int, float)):
        return Decimal(repr(float(v)))
    s = str(v).strip()
    if NUM_RE.fullmatch(s):
        return Decimal(s.replace(" ", "").replace("\u00a0", "").replace(",", "."))
    return "BAD"


def quarter_end(q, y):
    m = 3 * q
    return datetime.date(y, m, calendar.monthrange(y, m)[1]).isoformat()


def date_of(v):
    if blank(v):
        return None
    if isinstance(v, datetime.datetime):
        return v.date().isoformat()
    if isinstance(v, datetime.date):
        return v.isoformat()
    if isinstance(v, (int, float)):
        if float(v).is_integer() and 1990 <= v <= 2100:
            return f"{int(v)}-12-31"
        return "BAD"
    s = str(v).strip()
    m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", s)
    if m:
        return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
    m = re.fullmatch(r"[QqКк]([1-4])\s*(\d{4})", s)
    if m:
        return quarter_end(int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"(IV|I{1,3})\s*кв\.?\s*(\d{4})", s)
    if m:
        return quarter_end({"I": 1, "II": 2, "III": 3, "IV": 4}[m.group(1)], int(m.group(2)))
    if re.fullmatch(r"\d{4}", s):
        return f"{s}-12-31"
    return "BAD"


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


# ---------------------------------------------------------------- reading inputs
def read_book(path):
    wb = python_calamine.CalamineWorkbook.from_path(path)
    return {name: wb.get_sheet_by_name(name).to_python(skip_empty_area=False) for name in wb.sheet_names}


def read_csv(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(path, "CSV has a BOM")
    if b"\r\n" not in raw or re.search(rb"[^\r]\n", raw):
        fail(path, "CSV lines are not CRLF")
    text = raw.decode("cp1251")
    rows = {}
    rd = csv.reader(text.splitlines(True), delimiter=";")
    for rec in rd:
        rows[rd.line_num] = rec
    n = max(rows)
    return [rows.get(i, []) for i in range(1, n + 1)]


def xlsx_sheet_xml(path):
    """{sheet name: xml text} for an .xlsx (via workbook.xml + rels)."""
    out = {}
    with zipfile.ZipFile(path) as z:
        wbx = z.read("xl/workbook.xml").decode("utf-8")
        rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8")
        target = {m.group(1): m.group(2) for m in
                  re.finditer(r'<Relationship[^>]*Id="([^"]+)"[^>]*Target="([^"]+)"', rels)}
        target.update({m.group(2): m.group(1) for m in
                       re.finditer(r'<Relationship[^>]*Target="([^"]+)"[^>]*Id="([^"]+)"', rels)})
        for m in re.finditer(r'<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"', wbx):
            t = target[m.group(2)].lstrip("/")
            t = t if t.startswith("xl/") else "xl/" + t
            out[m.group(1).replace("&amp;", "&")] = z.read(t).decode("utf-8")
    return out


def uncached_formula_cells(xml):
    cells = set()
    for m in re.finditer(r'<c r="([A-Z]+\d+)"[^>]*?(?:/>|>(.*?)</c>)', xml, re.S):
        body = m.group(2) or ""
        if "<f" in body and not re.search(r"<v>[^<]+</v>", body):
            cells.add(m.group(1))
    return cells


def formula_cells(xml):
    return {m.group(1) for m in re.finditer(r'<c r="([A-Z]+\d+)"[^>]*>(?:(?!</c>).)*?<f[ >]', xml, re.S)}


# ---------------------------------------------------------------- table parsing
def build_headers(grid, header_rows):
    """Header path per column: 'top / sub' for a two-level header (parent forward-filled)."""
    width = max(len(r) for r in grid)
    rows = [grid[r - 1] + [""] * (width - len(grid[r - 1])) for r in header_rows]
    heads = []
    if len(rows) == 1:
        return [str(v).strip() if not blank(v) else "" for v in rows[0]]
    top_prev = ""
    for c in range(width):
        top, sub = rows[0][c], rows[1][c]
        top = "" if blank(top) else str(top).strip()
        sub = "" if blank(sub) else str(sub).strip()
        if top:
            top_prev = top
        elif sub:
            top = top_prev
        heads.append(f"{top} / {sub}" if sub else top)
    return heads


def row_kind(cells, code_col, name_col):
    if all(blank(v) for v in cells):
        return "empty"
    vals = [v for v in cells if not blank(v)]
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in vals) and \
            [float(v) for v in vals] == [float(i) for i in range(1, len(vals) + 1)] and len(vals) > 3:
        return "numbers"
    if any(isinstance(v, str) and re.match(r"\s*итого", v, re.I) for v in cells):
        return "totals"
    if len(vals) == 1 and isinstance(vals[0], str) and (len(vals[0].strip()) > 40 or
                                                        re.match(r"\s*(\*|примечани|исп\.)", vals[0], re.I)):
        return "note"
    code = cells[code_col] if code_col < len(cells) else None
    name = cells[name_col] if name_col < len(cells) else None
    if blank(code) and blank(name):
        return "note"
    return "project"


def parse_table(where, grid, header_rows, exp_columns, exp_ignored, sheet_cluster=None, uncached=(),
                title_text=""):
    """Returns (mapping, rows) where rows = list of (excel_row, values dict, reject reasons, kind)."""
    heads = build_headers(grid, header_rows)
    exp_map = {h: f for h, f in exp_columns}
    exp_ign = {h for h, _ in exp_ignored}
    mapping, units = {}, {}
    title_unit = unit_of(title_text) if unit_of(title_text) else Decimal(1)
    for c, h in enumerate(heads):
        if not h:
            continue
        mine = classify(h)
        if h in exp_map:
            if mine != exp_map[h]:
                fail(where, f"header {h!r}: checker classifies as {mine}, expected {exp_map[h]}")
        elif h in exp_ign:
            if mine is not None:
                fail(where, f"header {h!r} expected ignored, checker classifies as {mine}")
        else:
            fail(where, f"header {h!r} is neither in columns nor in ignored_columns")
        if mine and mine != "UNCLASSIFIED":
            if mine in mapping.values():
                fail(where, f"two columns map to {mine}")
            mapping[c] = mine
            units[c] = unit_of(h) or title_unit
    listed = set(exp_map) | exp_ign
    missing = listed - set(heads)
    if missing:
        fail(where, f"headers listed in the expected JSON but not in the file: {sorted(missing)}")
    code_col = next(c for c, f in mapping.items() if f == "code")
    name_col = next(c for c, f in mapping.items() if f == "name")
    out = []
    for r in range(max(header_rows) + 1, len(grid) + 1):
        cells = grid[r - 1]
        kind = row_kind(cells, code_col, name_col)
        if kind != "project":
            out.append((r, None, None, kind))
            continue
        vals, why = {}, []
        for c, f in mapping.items():
            v = cells[c] if c < len(cells) else None
            ref = f"{col_letter(c)}{r}"
            if ref in uncached:
                why.append(f"formula without a cached value in {ref}")
                vals[f] = None
                continue
            if f in MONEY_F:
                n = number(v)
                if n == "BAD":
                    why.append(f"text in a number column {ref}")
                    vals[f] = None
                elif n is None:
                    vals[f] = None
                else:
                    n = n * units[c]
                    if n < 0:
                        why.append(f"negative amount {ref}")
                    vals[f] = n
            elif f in ("jobs_planned", "jobs_created"):
                n = number(v)
                if n == "BAD":
                    why.append(f"text in a number column {ref}")
                    vals[f] = None
                else:
                    vals[f] = None if n is None else int(n)
            elif f in ("start_date", "end_date"):
                d = date_of(v)
                if d == "BAD":
                    fail(where, f"unreadable date {v!r} in {ref}")
                    d = None
                vals[f] = d
            elif f == "cluster":
                k, known = cluster_of(v)
                if not known:
                    why.append(f"unknown cluster {v!r} in {ref}")
                vals[f] = k
            elif f == "status":
                vals[f] = status_of(v)[0]
            elif f == "work_area":
                vals[f] = work_area_of(v)
            elif f == "location":
                vals[f] = location_of(v)
            else:
                s = "" if blank(v) else (str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)).strip()
                vals[f] = s or None
        if sheet_cluster is not None:
            vals["cluster"] = sheet_cluster
        if vals.get("name") and len(vals["name"]) > 500:
            why.append("name longer than 500 characters")
        if vals.get("start_date") and vals.get("end_date") and vals["end_date"] < vals["start_date"]:
            why.append("end date before start date")
        out.append((r, vals, why, kind))
    return mapping, out


def dedupe_reject(rows):
    seen = {}
    for r, vals, why, kind in rows:
        if kind == "project" and vals.get("code"):
            seen.setdefault(vals["code"], []).append((r, vals))
    for code, lst in seen.items():
        if len(lst) > 1 and any(v != lst[0][1] for _, v in lst[1:]):
            for r, vals, why, kind in rows:
                if kind == "project" and vals.get("code") == code:
                    why.append("code on several rows with different data")


# ---------------------------------------------------------------- comparison
def same(field, got, exp):
    if field in MONEY_F:
        if got is None or exp is None:
            return got is None and exp is None
        return abs(float(got) - float(exp)) < 0.05
    return got == exp


def compare_records(where, fields, got, expected):
    if [r["code"] for r in expected] != [r.get("code") for r in got]:
        fail(where, f"record codes differ: got {[r.get('code') for r in got]} expected "
                    f"{[r['code'] for r in expected]}")
    exp_by = {r["code"]: r for r in expected}
    n = 0
    for g in got:
        e = exp_by.get(g.get("code"))
        if e is None:
            continue
        if set(e) != set(fields):
            fail(where, f"{g['code']}: expected record keys {sorted(e)} != fields")
        for f in fields:
            n += 1
            if not same(f, g.get(f), e.get(f)):
                fail(where, f"{g['code']}.{f}: file gives {g.get(f)!r}, expected {e.get(f)!r}")
    return n


def check_rows(where, exp, rows, sheet, header_rows, data_rows, skipped):
    """Data rows / skipped rows / rejected rows of one sheet."""
    got_data = [r for r, v, w, k in rows if k == "project"]
    if got_data != list(data_rows):
        fail(where, f"data rows: file {got_data} expected {list(data_rows)}")
    hdr = max(header_rows)
    for k in skipped:
        if int(k) <= hdr and int(k) in data_rows:
            fail(where, f"row {k} listed as skipped and as data")
    got_skip = {r for r, v, w, k in rows if k != "project"}
    exp_skip = {int(k) for k in skipped if int(k) > hdr}
    if not exp_skip <= got_skip:
        fail(where, f"skipped rows {sorted(exp_skip - got_skip)} are read as projects")
    last_listed = max(exp_skip | set(data_rows))
    extra = sorted(r for r in got_skip - exp_skip if r <= last_listed)
    if extra:
        fail(where, f"rows {extra} are skipped by the checker but not listed in skipped_rows")
    got_rej = sorted((str(sheet), r) for r, v, w, k in rows if k == "project" and w)
    exp_rej = sorted((str(x["sheet"]), x["row"]) for x in exp["rejected"] if x["sheet"] == sheet)
    if got_rej != exp_rej:
        fail(where, f"rejected rows: checker {got_rej} expected {exp_rej} "
                    f"({[(r, w) for r, v, w, k in rows if w]})")
    return [v for r, v, w, k in rows if k == "project" and not w]


def to_record(vals, fields):
    return {f: vals.get(f) for f in fields}


def sheet_text_rows(grid, upto):
    return " ".join(str(v) for row in grid[:upto] for v in row if not blank(v))


def check_single(exp_path, exp, in_path):
    where = os.path.relpath(in_path, DIR)
    fields = exp["fields"]
    if exp["record_count"] != len(exp["records"]):
        fail(where, "record_count != len(records)")
    if exp.get("encoding"):
        grid = read_csv(in_path)
        sheet, uncached = None, set()
    else:
        book = read_book(in_path)
        sheet = exp.get("sheet") or exp.get("data_sheet")
        if sheet not in book:
            fail(where, f"sheet {sheet!r} missing")
            return 0
        grid = book[sheet]
        uncached = set()
        if in_path.endswith(".xlsx"):
            xml = xlsx_sheet_xml(in_path)[sheet]
            uncached = uncached_formula_cells(xml)
            if "formula_cells_without_cache" in exp:
                if sorted(uncached) != sorted(exp["formula_cells_without_cache"]):
                    fail(where, f"uncached formula cells {sorted(uncached)}")
                if sorted(formula_cells(xml)) != sorted(exp["formula_cells"]):
                    fail(where, f"formula cells {sorted(formula_cells(xml))} != expected")
        for sk, why in exp.get("skipped_sheets", []):
            if sk not in book:
                fail(where, f"skipped sheet {sk!r} missing")
            elif re.search(r"INO-\d{4}", sheet_text_rows(book[sk], len(book[sk]))):
                fail(where, f"skipped sheet {sk!r} contains project codes")
    hr = exp["header_rows"]
    title = sheet_text_rows(grid, min(hr) - 1)
    if re.search(r"INO-\d{4}", title):
        fail(where, "a project code above the header")
    mapping, rows = parse_table(where, grid, hr, exp["columns"], exp["ignored_columns"], uncached=uncached,
                                title_text=title)
    dedupe_reject(rows)
    carried = sorted(set(mapping.values()), key=ALL_FIELDS.index)
    if carried != fields:
        fail(where, f"fields carried by the file {carried} != expected {fields}")
    good = check_rows(where, exp, rows, sheet, hr, exp["data_rows"], exp["skipped_rows"])
    return compare_records(where, fields, [to_record(v, fields) for v in good], exp["records"])


def check_cluster_sheets(exp_path, exp, in_path):
    where = os.path.relpath(in_path, DIR)
    fields = exp["fields"]
    book = read_book(in_path)
    got = []
    for sk, why in exp.get("skipped_sheets", []):
        if sk not in book:
            fail(where, f"skipped sheet {sk!r} missing")
        elif re.search(r"INO-\d{4}", sheet_text_rows(book[sk], len(book[sk]))):
            fail(where, f"skipped sheet {sk!r} contains project codes")
    carried_all = set()
    for meta in exp["sheets"]:
        sh = meta["sheet"]
        if sh not in book:
            fail(where, f"sheet {sh!r} missing")
            continue
        grid = book[sh]
        a1 = grid[0][0]
        k, known = cluster_of(a1)
        k2, _ = cluster_of(sh)
        if not known or k is None or k != meta["cluster"] or k2 != k:
            fail(where, f"sheet {sh!r}: A1 {a1!r} / sheet name give cluster {k}/{k2}, expected {meta['cluster']}")
        hr = exp["header_rows"][sh]
        title = sheet_text_rows(grid, min(hr) - 1)
        mapping, rows = parse_table(f"{where}[{sh}]", grid, hr, meta["columns"], meta["ignored_columns"],
                                    sheet_cluster=k, title_text=title)
        dedupe_reject(rows)
        carried_all |= set(mapping.values()) | {"cluster"}
        got += check_rows(f"{where}[{sh}]", exp, rows, sh, hr, exp["data_rows"][sh], exp["skipped_rows"][sh])
    carried = sorted(carried_all, key=ALL_FIELDS.index)
    if carried != fields:
        fail(where, f"fields carried {carried} != expected {fields}")
    if in_path.endswith(".xlsx"):
        xml = xlsx_sheet_xml(in_path)
        h = exp["hidden"]
        if not re.search(r'<row r="%d"[^>]*hidden="(1|true)"' % h["row"]["row"], xml[h["row"]["sheet"]]):
            fail(where, "hidden row is not hidden")
        c = ord(h["column"]["column"]) - 64
        cols = []
        for tag in re.findall(r"<col [^>]*>", xml[h["column"]["sheet"]]):
            at = dict(re.findall(r'(\w+)="([^"]*)"', tag))
            if at.get("hidden") in ("1", "true"):
                cols.append((at["min"], at["max"]))
        if not any(int(a) <= c <= int(b) for a, b in cols):
            fail(where, "hidden column is not hidden")
    return compare_records(where, fields, [to_record(v, fields) for v in got], exp["records"])


def norm_name(s):
    s = str(s).lower().replace("ё", "е")
    s = re.sub(r"[«»“”„\"]", '"', s)
    return re.sub(r"\s+", " ", s).strip()


def check_update(exp_path, exp, in_path):
    where = os.path.relpath(in_path, DIR)
    base_exp = json.load(open(os.path.join(DIR, exp["base_file"].rsplit(".", 1)[0] + ".expected.json"),
                              encoding="utf-8"))
    base_path = os.path.join(DIR, exp["base_file"])
    book = read_book(base_path)
    grid = book[base_exp["sheet"]]
    _, rows = parse_table(where + "(base)", grid, base_exp["header_rows"], base_exp["columns"],
                          base_exp["ignored_columns"],
                          title_text=sheet_text_rows(grid, min(base_exp["header_rows"]) - 1))
    dedupe_reject(rows)
    db, order = {}, []
    for r, vals, why, kind in rows:
        if kind == "project" and not why:
            db[vals["code"]] = {f: vals.get(f) for f in ALL_FIELDS}
            order.append(vals["code"])
    book = read_book(in_path)
    grid = book[exp["sheet"]]
    hr = exp["header_rows"]
    title = sheet_text_rows(grid, min(hr) - 1)
    mapping, rows = parse_table(where, grid, hr, exp["columns"], exp["ignored_columns"], title_text=title)
    dedupe_reject(rows)
    carried = set(mapping.values())
    good = check_rows(where, exp, rows, exp["sheet"], hr, exp["data_rows"], exp["skipped_rows"])
    changed, new, by_name = set(), [], []
    row_of = {id(v): r for r, v, w, k in rows if v is not None}
    for vals in good:
        code = vals.get("code")
        if code:
            if code in db:
                target = db[code]
            else:
                target = {f: None for f in ALL_FIELDS}
                db[code] = target
                order.append(code)
                new.append(code)
        else:
            hits = [c for c in order if norm_name(db[c]["name"]) == norm_name(vals["name"])]
            if len(hits) != 1:
                fail(where, f"name {vals['name']!r} matches {hits}")
                continue
            code = hits[0]
            target = db[code]
            by_name.append((code, row_of[id(vals)]))
        before = dict(target)
        for f in carried:
            if f == "name" and not vals.get("code"):
                continue   # a project matched by name keeps its stored name
            target[f] = vals.get(f) if f != "code" else code
        if code not in new and any(not same(f, before[f], target[f]) for f in ALL_FIELDS):
            changed.add(code)
    if sorted(changed) != exp["changed_codes"]:
        fail(where, f"changed codes {sorted(changed)} != {exp['changed_codes']}")
    if new != exp["new_codes"]:
        fail(where, f"new codes {new} != {exp['new_codes']}")
    if by_name != [(m["code"], m["row"]) for m in exp["matched_by_name"]]:
        fail(where, f"name matches {by_name} != {[(m['code'], m['row']) for m in exp['matched_by_name']]}")
    if exp["fields"] != ALL_FIELDS:
        fail(where, "update expected fields should be all 17")
    return compare_records(where, ALL_FIELDS, [db[c] for c in order], exp["records"])


def sanity(where, exp):
    for r in exp["records"]:
        if not re.fullmatch(r"INO-28\d\d", r["code"]) or r["code"] == "INO-2800":
            fail(where, f"code {r['code']} outside INO-2801..INO-2899")
        for f in MONEY_F & set(r):
            v = r[f]
            if v is not None and abs(v * 10 - round(v * 10)) > 1e-6:
                fail(where, f"{r['code']}.{f}={v} is not exact to 0.1 mln")
    for h, why in exp["ignored_columns"]:
        if not why:
            fail(where, f"ignored column {h!r} has no reason")
    codes = [r["code"] for r in exp["records"]]
    if len(codes) != len(set(codes)):
        fail(where, "duplicate codes in records")


def check_one(exp_path, in_path):
    exp = json.load(open(exp_path, encoding="utf-8"))
    sanity(os.path.basename(exp_path), exp)
    if not os.path.exists(in_path):
        fail(in_path, "input file missing")
        return exp, 0
    if "base_file" in exp:
        n = check_update(exp_path, exp, in_path)
    elif "sheets" in exp:
        n = check_cluster_sheets(exp_path, exp, in_path)
    else:
        n = check_single(exp_path, exp, in_path)
    return exp, n


def main():
    total_fr = 0
    table = []
    for name in ORIGINALS:
        p = os.path.join(DIR, name)
        exp = json.load(open(p, encoding="utf-8"))
        before = len(failures)
        exp, n = check_one(p, os.path.join(DIR, exp["file"]))
        total_fr += len(exp["records"]) * len(exp["fields"])
        table.append((exp["file"], len(exp["records"]), len(exp["rejected"]), n,
                      "ok" if len(failures) == before else "FAIL"))
    rdir = os.path.join(DIR, "resaved")
    for stem in RESAVED_STEMS:
        orig = json.load(open(os.path.join(DIR, stem + ".expected.json"), encoding="utf-8"))
        for ext in RESAVED_EXT:
            p = os.path.join(rdir, f"{stem}.{ext}.expected.json")
            before = len(failures)
            if not os.path.exists(p):
                fail(p, "missing (run resave_agency28.sh)")
                continue
            exp = json.load(open(p, encoding="utf-8"))
            if exp.get("resaved_from") != orig["file"] or exp["file"] != f"{stem}.{ext}":
                fail(p, "file / resaved_from wrong")
            if exp["records"] != orig["records"]:
                fail(p, "records differ from the original's expected records")
            rest = {k: v for k, v in exp.items() if k not in ("file", "resaved_from", "notes")}
            rest0 = {k: v for k, v in orig.items() if k not in ("file", "resaved_from", "notes")}
            if rest != rest0:
                fail(p, "expected JSON differs from the original beyond file/resaved_from/notes")
            exp, n = check_one(p, os.path.join(rdir, exp["file"]))
            table.append(("resaved/" + exp["file"], len(exp["records"]), len(exp["rejected"]), n,
                          "ok" if len(failures) == before else "FAIL"))
    for row in table:
        print("%-42s records %3d  rejected %d  values checked %4d  %s" % row)
    print("fields x records in the six originals:", total_fr)
    if failures:
        print(f"\n{len(failures)} FAILURE(S):")
        for f in failures:
            print("  -", f)
        sys.exit(1)
    print("ALL OK")


# ---------------------------------------------------------------- mutation self-test
def _zip_edit(path, member, old, new):
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    done = False
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == member:
                text = data.decode("utf-8")
                assert old in text, (member, old)
                data = text.replace(old, new, 1).encode("utf-8")
                done = True
            z.writestr(info, data)
    assert done, member


def _json_edit(path, fn):
    d = json.load(open(path, encoding="utf-8"))
    fn(d)
    json.dump(d, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def _bytes_edit(path, old, new):
    b = open(path, "rb").read()
    assert old in b
    open(path, "wb").write(b.replace(old, new, 1))


def _set(d, code, field, value):
    for r in d["records"]:
        if r["code"] == code:
            r[field] = value


MUTATIONS = [
    ("status text in an input cell (INO-2801 'Реализуется (с отставанием…)' -> 'Планируется')",
     lambda t: _zip_edit(f"{t}/deputy_governor_svod.xlsx", "xl/worksheets/sheet1.xml",
                         "Реализуется (с отставанием от графика)", "Планируется")),
    ("expected money off by 1.0 (INO-2853 total)",
     lambda t: _json_edit(f"{t}/bank_pf_pipeline.expected.json",
                          lambda d: _set(d, "INO-2853", "total_cost_mln", 1101.0))),
    ("a rejected line dropped from the expected CSV result",
     lambda t: _json_edit(f"{t}/clerk_export_cp1251.expected.json", lambda d: d["rejected"].pop(0))),
    ("a number changed in the CSV ('96,5' -> '96,9')",
     lambda t: _bytes_edit(f"{t}/clerk_export_cp1251.csv", "96,5".encode(), "96,9".encode())),
    ("a cached value added to the uncached formula I12",
     lambda t: _zip_edit(f"{t}/foundation_formulas.xlsx", "xl/worksheets/sheet1.xml",
                         "<f>SUM(F12:H12)</f></c>", "<f>SUM(F12:H12)</f><v>20000</v></c>")),
    ("a code dropped from changed_codes of the update",
     lambda t: _json_edit(f"{t}/terr_body_update_q2.expected.json", lambda d: d["changed_codes"].pop(1))),
    ("hidden row made visible on sheet 'Фарма'",
     lambda t: _zip_edit(f"{t}/devcorp_cluster_sheets.xlsx", "xl/worksheets/sheet5.xml",
                         '<row r="5" hidden="1">', '<row r="5">')),
    ("a LibreOffice re-save deleted",
     lambda t: os.remove(f"{t}/resaved/bank_pf_pipeline.ods")),
    ("expected location changed (INO-2808 Томский район -> Томск)",
     lambda t: _json_edit(f"{t}/deputy_governor_svod.expected.json",
                          lambda d: _set(d, "INO-2808", "location", "Томск"))),
    ("name of a name-matched update row changed so that it matches nothing",
     lambda t: _zip_edit(f"{t}/terr_body_update_q2.xlsx", "xl/worksheets/sheet1.xml",
                         "ГЛУБОКАЯ ПЕРЕРАБОТКА", "ГЛУБИННАЯ ПЕРЕРАБОТКА")),
]


def mutate():
    import shutil
    import subprocess
    import tempfile
    ok = True
    for label, fn in MUTATIONS:
        tmp = tempfile.mkdtemp(prefix="agency28_mut_")
        try:
            t = os.path.join(tmp, "a")
            shutil.copytree(HERE, t)
            fn(t)
            res = subprocess.run([sys.executable, os.path.abspath(__file__), t], capture_output=True, text=True)
            caught = res.returncode != 0 and "ALL OK" not in res.stdout
            first = next((ln.strip() for ln in res.stdout.splitlines() if ln.strip().startswith("- ")), "")
            print(("caught  " if caught else "MISSED  ") + label + ("\n        " + first[:160] if first else ""))
            ok &= caught
        finally:
            shutil.rmtree(tmp)
    print("all mutations caught" if ok else "SOME MUTATIONS WERE NOT CAUGHT")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    if sys.argv[1:] == ["--mutate"]:
        mutate()
    else:
        main()
