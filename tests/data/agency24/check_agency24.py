#!/usr/bin/env python3
"""Self-check of the agency24 set, with its OWN small parser.

It shares no code with make_agency24.py: cells are read with python-calamine
(xlsx, xls, ods) or a hand-written CSV reader; header rows are found and the
merged multi-level headers are rebuilt by this file's own rules; columns are
mapped to canonical fields by keyword rules; values are parsed by regexes.
The result is compared with every *.expected.json (records value by value,
header labels, data/skipped/rejected rows, update bookkeeping).

Run:  /work/main/.venv/bin/python check_agency24.py      -> prints ALL OK
"""
import datetime as dt
import json
import os
import re
import sys
import zipfile
from decimal import Decimal

from python_calamine import CalamineWorkbook

HERE = os.path.dirname(os.path.abspath(__file__))
CODE_RE = re.compile(r"^INO-\d{4}$")
KEEP = object()          # 'без изменений' in an update file
MONEY_F = {"total_cost_mln", "federal_budget_mln", "regional_budget_mln",
           "extra_budgetary_mln", "extra_budgetary_confirmed_mln"}
errors = []


def fail(msg):
    errors.append(msg)


# ---------------------------------------------------------------- header rules
LOOKALIKE = [r"№", r"\bинн\b", r"огрн", r"%", r"освоен", r"остаток", r"лимит", r"\bв \d{4} г",
             r"плата концедента", r"мощность", r"подрядчик", r"концедент\)?$", r"публичный",
             r"форма соглашения", r"срок действия, лет", r"руководитель", r"ответственный специалист",
             r"телефон", r"контактн", r"местный бюджет", r"\bмб\b", r"бюджет муниципального"]


def field_of(label):
    s = label.lower().replace("ё", "е")
    s = re.sub(r"[¹²³*]+", "", s)
    for p in LOOKALIKE:
        if re.search(p, s):
            return None
    if re.search(r"\bкод\b|шифр", s):
        return "code"
    if re.search(r"наименование|название|объект соглашения", s):
        return "name"
    if "кластер" in s:
        return "cluster"
    if "направлени" in s:
        return "work_area"
    if re.search(r"рабоч\w* мест", s):
        if re.search(r"\bплан\b|\(план\)", s):
            return "jobs_planned"
        if re.search(r"факт|создано", s):
            return "jobs_created"
    if re.search(r"подтвержд", s):
        return "extra_budgetary_confirmed_mln"
    if re.search(r"внебюджет|частного финансир|индустриальных партнеров", s):
        return "extra_budgetary_mln"
    if re.search(r"федеральн|\bфб\b", s):
        return "federal_budget_mln"
    if re.search(r"областн|\bоб\b|бюджет томской области", s):
        return "regional_budget_mln"
    if re.search(r"всего|стоимость", s):
        return "total_cost_mln"
    if re.search(r"место|площадка|муниципальное образование|населенный пункт|местонахождение", s):
        return "location"
    if re.search(r"статус|стадия|состояние", s):
        return "status"
    if re.search(r"начал|дата заключения", s):
        return "start_date"
    if re.search(r"окончан|завершени|ввод", s):
        return "end_date"
    if re.search(r"исполнитель|инициатор|заказчик|застройщик|концессионер", s):
        return "lead_organization"
    if re.search(r"проблем|риск|примечание", s):
        return "problems"
    return "?"


def unit_of(label, title_text):
    s = label.lower()
    if "тыс" in s:
        return Decimal("0.001")
    if "млрд" in s:
        return Decimal(1000)
    if "млн" in s:
        return Decimal(1)
    if re.search(r"тыс\.\s*руб", title_text.lower()):
        return Decimal("0.001")
    return Decimal(1)


# ---------------------------------------------------------------- value rules
class Bad(Exception):
    pass


def txt(v):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def p_money(v, unit, update):
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        x = Decimal(repr(float(v)))
    else:
        s = txt(v)
        if s in ("", "-", "—"):
            return None
        if update and s.lower() == "без изменений":
            return KEEP
        m = re.fullmatch(r"-?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?", s)
        if not m:
            raise Bad(f"not a number: '{s}'")
        x = Decimal(s.replace(" ", "").replace("\u00a0", "").replace(",", "."))
    if x < 0:
        raise Bad("negative amount")
    return x * unit


def p_int(v, update):
    if isinstance(v, (int, float)):
        return int(v)
    s = txt(v)
    if s in ("", "-", "—"):
        return None
    if update and s.lower() == "без изменений":
        return KEEP
    if not re.fullmatch(r"\d+", s):
        raise Bad(f"not a number: '{s}'")
    return int(s)


MONTHS = ["январ", "феврал", "март", "апрел", "ма[йя]", "июн", "июл", "август", "сентябр",
          "октябр", "ноябр", "декабр"]
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def month_end(y, m):
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def p_date(v, update):
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, (int, float)):
        if 1900 <= v <= 2100 and float(v).is_integer():
            return dt.date(int(v), 12, 31)
        raise Bad(f"not a date: {v}")
    s = txt(v).lower()
    if s in ("", "-", "—"):
        return None
    if update and s == "без изменений":
        return KEEP
    m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", s)
    if m:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    m = re.fullmatch(r"(iv|iii|ii|i|[1-4])\s*(?:кв\.?|квартал)\s*(\d{4})(?:\s*г\.?)?", s)
    if m:
        return month_end(int(m[2]), 3 * ROMAN[m[1]])
    m = re.fullmatch(r"(ii|i|[12])\s*полугодие\s*(\d{4})(?:\s*г\.?)?", s)
    if m:
        return month_end(int(m[2]), 6 * ROMAN[m[1]])
    for i, mn in enumerate(MONTHS, 1):
        m = re.fullmatch(mn + r"\w*\s+(\d{4})(?:\s*г\.?)?", s)
        if m:
            return month_end(int(m[1]), i)
    m = re.fullmatch(r"(\d{4})(?:\s*г\.?)?", s)
    if m:
        return dt.date(int(m[1]), 12, 31)
    return None        # ranges such as '2027–2028': unreadable, null


def p_status(v, update):
    s = txt(v).lower().replace("ё", "е")
    if update and s == "без изменений":
        return KEEP
    if re.search(r"приостанов|заморож", s):
        return "suspended"
    if re.search(r"планир|не начат|подготовк|стадии заключения|проведение конкурса", s):
        return "planned"
    if re.search(r"заверш|реализован|выполнен|введен|исполнены", s):
        return "completed"
    if re.search(r"реализ|в работе|ведется|действует|текущий|\bсмр\b|процессе", s):
        return "in_progress"
    return None


CLUSTERS = [(r"нефтехим", "petrochemical"), (r"ядерн", "nuclear"), (r"лесопром|^лпк$", "timber"),
            (r"фарм", "pharma"), (r"медтех|медицинск", "medtech_it"), (r"дикорос", "wildlife"),
            (r"триз|трудноизвлек", "hard_to_recover")]


def p_cluster(v, update):
    s = txt(v).lower().replace("ё", "е")
    if s in ("", "-", "—") or s.startswith("вне кластер"):
        return None
    for p, k in CLUSTERS:
        if re.search(p, s):
            return k
    raise Bad(f"unknown cluster '{txt(v)}'")


AREAS = [(r"промышлен", "industry"), (r"наук|образов", "science_education"),
         (r"инновац|бизнес", "innovation_business"), (r"город", "smart_city"),
         (r"делов", "business_environment")]


def p_area(v, update):
    s = re.sub(r"^\d+\.\s*", "", txt(v).lower())
    if not s:
        return None
    for p, k in AREAS:
        if re.search(p, s):
            return k
    return None


def p_location(v, update):
    s = txt(v).lower().replace("ё", "е")
    if not s:
        return None
    found = set()
    if re.search(r"томск\w*\s+(р-н|район)", s):
        found.add("Томский район")
    if re.search(r"(?<![а-я])томск(?![а-я])", s):
        found.add("Томск")
    for p, k in [(r"северск", "Северск"), (r"асино|асиновск", "Асино"), (r"стрежев", "Стрежевой"),
                 (r"колпашев", "Колпашево")]:
        if re.search(p, s):
            found.add(k)
    foreign = [x for x in re.findall(r"(\w+)\s+(?:р-н|район)", s)
               if not re.match(r"томск|асинов|колпашев", x)]
    if foreign or re.search(r"\bобл\b|област", s) or len(found) != 1:
        return None
    return found.pop()


def p_text(v, update):
    s = txt(v)
    if update and s.lower() == "без изменений":
        return KEEP
    if s in ("", "-") and update:
        return None
    return s or None


# ---------------------------------------------------------------- readers
def grid_of_sheet(wb, name):
    rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
    return [list(r) for r in rows]


def uncached_formulas(path):
    """{(sheet, 'J20'), ...} for xlsx cells holding <f> but no <v>."""
    out = set()
    if not path.endswith(".xlsx"):
        return out
    z = zipfile.ZipFile(path)
    wbx = z.read("xl/workbook.xml").decode()
    rels = z.read("xl/_rels/workbook.xml.rels").decode()
    rid2t = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]+)"', rels))
    rid2t.update({a: b for b, a in re.findall(r'Target="([^"]+)"[^>]*Id="(rId\d+)"', rels)})
    for name, rid in re.findall(r'<sheet [^>]*name="([^"]+)"[^>]*r:id="(rId\d+)"', wbx):
        t = rid2t[rid].lstrip("/")
        t = t if t.startswith("xl/") else "xl/" + t
        x = z.read(t).decode()
        for ref, body in re.findall(r'<c r="([A-Z]+\d+)"[^>]*>(.*?)</c>', x):
            if "<f" in body and not re.search(r"<v>[^<]+</v>", body):
                out.add((name, ref))
    return out


def hidden_columns(path, sheet_index=0):
    z = zipfile.ZipFile(path)
    x = z.read(f"xl/worksheets/sheet{sheet_index + 1}.xml").decode()
    cols = set()
    for tag in re.findall(r"<col\b[^>]*>", x):
        if re.search(r'hidden="(1|true)"', tag):
            a, b = re.search(r'min="(\d+)"', tag)[1], re.search(r'max="(\d+)"', tag)[1]
            cols.update(range(int(a), int(b) + 1))
    return cols


def read_csv(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(f"{path}: has a BOM")
    if b"\r\n" not in raw:
        fail(f"{path}: no CRLF")
    text = raw.decode("cp1251")
    recs, cur, field, q, line, start = [], [], "", False, 1, 1
    i = 0
    while i < len(text):
        ch = text[i]
        if q:
            if ch == '"':
                if text[i + 1:i + 2] == '"':
                    field += '"'
                    i += 1
                else:
                    q = False
            else:
                if ch == "\n":
                    line += 1
                field += ch
        elif ch == '"':
            q = True
        elif ch == ";":
            cur.append(field)
            field = ""
        elif ch == "\r":
            pass
        elif ch == "\n":
            cur.append(field)
            recs.append((start, cur))
            cur, field = [], ""
            line += 1
            start = line
        else:
            field += ch
        i += 1
    return recs


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


# ---------------------------------------------------------------- table parse
def find_header(grid):
    for i, row in enumerate(grid):
        fs = [field_of(txt(c)) for c in row if txt(c)]
        if sum(1 for f in fs if f in ("code", "name", "status", "location", "cluster")) >= 2:
            return i
    return None


def is_colnum_row(row):
    vals = [txt(c) for c in row if txt(c)]
    return bool(vals) and vals[0] == "1" and all(re.fullmatch(r"\d+(=\d+(\+\d+)*)?", v) for v in vals)


def parse_table(grid, sheet, update=False, csv_lines=None, uncached=()):
    """Returns dict with columns, rows (data), skipped rows, rejected."""
    h = find_header(grid)
    if h is None:
        return None
    band = [h]
    j = h + 1
    while j < len(grid):
        row = grid[j]
        ne = [txt(c) for c in row if txt(c)]
        if (is_colnum_row(row) or len(ne) < 2 or any(CODE_RE.match(x) for x in ne)):
            break
        band.append(j)
        j += 1
    width = max(len(r) for r in grid)
    hdr = [[txt(grid[r][c]) if c < len(grid[r]) else "" for c in range(width)] for r in band]
    # merged-header rebuild: a blank parent cell takes the parent of its left
    # neighbour when both columns have sub-headers below it
    for lvl in range(len(hdr) - 1):
        for c in range(1, width):
            below = any(hdr[k][c] for k in range(lvl + 1, len(hdr)))
            left_below = any(hdr[k][c - 1] for k in range(lvl + 1, len(hdr)))
            if not hdr[lvl][c] and below and left_below and hdr[lvl][c - 1]:
                hdr[lvl][c] = hdr[lvl][c - 1]
    labels = [" / ".join(hdr[k][c] for k in range(len(hdr)) if hdr[k][c]) for c in range(width)]
    title = " ".join(txt(c) for r in grid[:h] for c in r)
    cols = []
    for c, lab in enumerate(labels):
        if not lab:
            continue
        f = field_of(lab)
        if f == "?":
            fail(f"{sheet}: header '{lab}' not understood by the checker")
            continue
        cols.append((c, lab, f, unit_of(lab, title)))
    fcol = {f: c for c, lab, f, u in cols if f}
    rowno = (lambda i: csv_lines[i]) if csv_lines else (lambda i: i + 1)
    colname = (lambda c: labels[c]) if csv_lines else col_letter
    out = {"columns": [(lab, f) for c, lab, f, u in cols if f],
           "ignored": [lab for c, lab, f, u in cols if not f],
           "header_rows": [rowno(r) for r in band], "data": [], "skipped": [], "rejected": []}
    parsers = {"cluster": p_cluster, "work_area": p_area, "location": p_location,
               "status": p_status, "start_date": p_date, "end_date": p_date}
    for i in range(band[-1] + 1, len(grid)):
        row = grid[i]
        cell = lambda c: row[c] if c < len(row) else None
        ne = [txt(c) for c in row if txt(c)]
        code = txt(cell(fcol["code"]))
        name = txt(cell(fcol["name"]))
        if not ne or is_colnum_row(row):
            out["skipped"].append(rowno(i))
            continue
        if not CODE_RE.match(code):
            if any(re.match(r"(итого|всего)\b", x.lower()) for x in ne) or len(ne) == 1 or not (update and name):
                out["skipped"].append(rowno(i))
                continue
        rec, err = {}, None
        for c, lab, f, unit in cols:
            if not f:
                continue
            v = cell(c)
            try:
                if (sheet, col_letter(c) + str(i + 1)) in uncached:
                    raise Bad("formula without a cached value")
                if f in MONEY_F:
                    rec[f] = p_money(v, unit, update)
                elif f in ("jobs_planned", "jobs_created"):
                    rec[f] = p_int(v, update)
                elif f in parsers:
                    rec[f] = parsers[f](v, update)
                else:
                    rec[f] = p_text(v, update)
            except Bad as e:
                err = err or (str(e), colname(c))
        sd, ed = rec.get("start_date"), rec.get("end_date")
        if not err and isinstance(sd, dt.date) and isinstance(ed, dt.date) and ed < sd:
            err = ("end date before start date", colname(fcol["end_date"]))
        if err:
            out["rejected"].append({"sheet": sheet, "row": rowno(i), "column": err[1],
                                    "reason": err[0], "code": code or None})
        else:
            out["data"].append((rowno(i), rec, colname(fcol["code"])))
    return out


def drop_duplicates(parts):
    """Rows sharing a code with different data are all rejected."""
    seen = {}
    for sheet, p in parts:
        for r, rec, cc in p["data"]:
            if rec.get("code"):
                seen.setdefault(rec["code"], []).append((sheet, r, rec, cc))
    bad = set()
    for code, lst in seen.items():
        if len(lst) > 1 and any(x[2] != lst[0][2] for x in lst):
            for sheet, r, rec, cc in lst:
                bad.add((sheet, r))
    for sheet, p in parts:
        keep = []
        for r, rec, cc in p["data"]:
            if (sheet, r) in bad:
                p["rejected"].append({"sheet": sheet, "row": r, "column": cc,
                                      "reason": "duplicate code", "code": rec["code"]})
            else:
                keep.append((r, rec, cc))
        p["data"] = keep


def read_file(path, update=False):
    parts = []
    if path.endswith(".csv"):
        recs = read_csv(path)
        grid = [cells for _, cells in recs]
        lines = [ln for ln, _ in recs]
        p = parse_table(grid, None, update, csv_lines=lines)
        parts.append((None, p))
    else:
        wb = CalamineWorkbook.from_path(path)
        unc = uncached_formulas(path)
        for name in wb.sheet_names:
            p = parse_table(grid_of_sheet(wb, name), name, update, uncached=unc)
            if p is not None:
                parts.append((name, p))
    drop_duplicates(parts)
    return parts


# ---------------------------------------------------------------- comparison
def jsonish(f, v):
    if v is None:
        return None
    if f in MONEY_F:
        return float(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


def same(f, a, b):
    if f in MONEY_F and a is not None and b is not None:
        return abs(float(a) - float(b)) < 1e-6
    return a == b


def compare_records(tag, got, exp_recs, fields):
    if len(got) != len(exp_recs):
        fail(f"{tag}: {len(got)} records, expected {len(exp_recs)}")
    for g, e in zip(got, exp_recs):
        if set(e) != set(fields):
            fail(f"{tag}: record keys {sorted(e)} != fields")
        for f in fields:
            gv = jsonish(f, g.get(f))
            if not same(f, gv, e.get(f)):
                fail(f"{tag} {e.get('code')}: {f} = {gv!r}, expected {e.get(f)!r}")


def check_plain(exp, path):
    tag = exp["file"]
    parts = read_file(path)
    fields = exp["fields"]
    got = [rec for _, p in parts for _, rec, _ in p["data"]]
    compare_records(tag, got, exp["records"], fields)
    if exp["record_count"] != len(exp["records"]):
        fail(f"{tag}: record_count mismatch")
    carried = {f for _, p in parts for _, f in p["columns"]}
    if carried != set(fields):
        fail(f"{tag}: columns give fields {sorted(carried)}, expected {sorted(fields)}")
    grej = sorted((r["sheet"] or "", r["row"], r["column"]) for _, p in parts for r in p["rejected"])
    erej = sorted((r["sheet"] or "", r["row"], r["column"]) for r in exp["rejected"])
    if grej != erej:
        fail(f"{tag}: rejected {grej} != expected {erej}")
    for g in (r for _, p in parts for r in p["rejected"]):
        e = next((x for x in exp["rejected"] if (x["sheet"] or "", x["row"]) == (g["sheet"] or "", g["row"])), None)
        if e and not e["reason"].startswith(g["reason"].split(":")[0]):
            fail(f"{tag}: row {g['row']} reason '{g['reason']}' vs '{e['reason']}'")
    # headers and row bookkeeping, per sheet
    sheets = exp.get("sheets") or [{"sheet": exp.get("data_sheet"), "columns": exp["columns"],
                                    "data_rows": exp.get("data_rows") or exp.get("data_lines"),
                                    "skipped_rows": exp.get("skipped_rows", {}),
                                    "header_rows": exp.get("header_rows") or [exp.get("header_line")]}]
    for s in sheets:
        p = next((p for n, p in parts if n == s["sheet"]), None)
        if p is None:
            fail(f"{tag}: sheet {s['sheet']} not found")
            continue
        if [list(x) for x in p["columns"]] != [list(x) for x in s["columns"]]:
            fail(f"{tag}/{s['sheet']}: columns {p['columns']} != {s['columns']}")
        if p["header_rows"] != s["header_rows"]:
            fail(f"{tag}/{s['sheet']}: header rows {p['header_rows']} != {s['header_rows']}")
        data_rows = sorted([r for r, _, _ in p["data"]] + [x["row"] for x in p["rejected"]])
        if data_rows != sorted(s["data_rows"]):
            fail(f"{tag}/{s['sheet']}: data rows {data_rows} != {s['data_rows']}")
        last_h = max(s["header_rows"])
        eskip = sorted(int(k) for k in s["skipped_rows"] if int(k) > last_h)
        if sorted(p["skipped"]) != eskip:
            fail(f"{tag}/{s['sheet']}: skipped {sorted(p['skipped'])} != {eskip}")
    ign = {x[0] for x in exp.get("ignored_columns", [])}
    gign = {lab for _, p in parts for lab in p["ignored"]}
    if ign != gign:
        fail(f"{tag}: ignored columns {sorted(gign)} != {sorted(ign)}")
    return got


def norm_name(s):
    s = s.lower().replace("ё", "е")
    s = re.sub(r"[«»“”„\"]", '"', s)
    return re.sub(r"\s+", " ", s).strip()


def check_update(exp, path, base_path):
    tag = exp["file"]
    base_parts = read_file(base_path)
    base = [dict(rec) for _, p in base_parts for _, rec, _ in p["data"]]
    by_code = {r["code"]: r for r in base}
    by_name = {norm_name(r["name"]): r for r in base}
    parts = read_file(path, update=True)
    (sheet, p), = parts
    fields = exp["fields"]
    if [list(x) for x in p["columns"]] != [list(x) for x in exp["columns"]]:
        fail(f"{tag}: columns {p['columns']} != {exp['columns']}")
    if sorted(r for r, _, _ in p["data"]) != exp["data_rows"]:
        fail(f"{tag}: data rows differ")
    if p["rejected"] != exp["rejected"]:
        fail(f"{tag}: rejected {p['rejected']}")
    changed, new, matched, added = set(), [], [], []
    for r, rec, _ in p["data"]:
        code = rec.get("code")
        if code and code in by_code:
            tgt = by_code[code]
        elif code:
            tgt = None
        else:
            tgt = by_name.get(norm_name(rec["name"]))
            if tgt is None:
                fail(f"{tag}: row {r} matches no name")
                continue
            matched.append((tgt["code"], r))
        if tgt is None:
            nr = {f: None for f in fields}
            nr.update({k: v for k, v in rec.items()})
            added.append(nr)
            new.append(code)
            continue
        for k, v in rec.items():
            if k in ("code", "name") or v is KEEP:
                continue
            if v is None and tgt.get(k) is not None:
                fail(f"{tag}: row {r} {k}: '-'/empty over a stored value {tgt[k]!r}")
            if not same(k, jsonish(k, v), jsonish(k, tgt.get(k))):
                changed.add(tgt["code"])
            tgt[k] = v
    compare_records(tag, base + added, exp["records"], fields)
    if sorted(changed) != exp["changed_codes"]:
        fail(f"{tag}: changed {sorted(changed)} != {exp['changed_codes']}")
    if new != exp["new_codes"]:
        fail(f"{tag}: new {new} != {exp['new_codes']}")
    if sorted(matched) != sorted((m["code"], m["row"]) for m in exp["matched_by_name"]):
        fail(f"{tag}: matched by name {matched}")
    hc = exp.get("hidden", {}).get("column")
    if hc and ord(hc["column"]) - 64 not in hidden_columns(path):
        fail(f"{tag}: column {hc['column']} is not hidden")


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".expected.json"))
    files += sorted("resaved/" + f for f in os.listdir(os.path.join(HERE, "resaved"))
                    if f.endswith(".expected.json"))
    n = 0
    for jf in files:
        exp = json.load(open(os.path.join(HERE, jf), encoding="utf-8"))
        path = os.path.join(HERE, os.path.dirname(jf), exp["file"])
        if not os.path.exists(path):
            fail(f"{jf}: file {exp['file']} missing")
            continue
        if exp.get("refused"):
            fail(f"{jf}: refused not expected in this set")
        if "base_file" in exp:
            check_update(exp, path, os.path.join(HERE, exp["base_file"]))
        else:
            check_plain(exp, path)
        n += 1
        print(f"checked {jf}")
    if len([f for f in files if f.startswith("resaved/")]) != 3:
        fail("expected 3 re-saved files")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"ALL OK ({n} expected files)")


if __name__ == "__main__":
    main()
