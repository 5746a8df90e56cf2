#!/usr/bin/env python3
"""Self-check of the agency23 set.

A small parser written separately from make_agency23.py (its own keyword rules, not the
generator's lookup tables) re-reads every input file, including the LibreOffice re-saves in
resaved/ (converted back to .xlsx with soffice in a temporary folder, because openpyxl cannot read
.xls/.ods), and confirms that each expected JSON agrees with the cells: header texts and their
fields, record values, rejected rows (sheet/row/column), skipped rows, update bookkeeping.
Prints 'ALL OK' when every check passes.
Run:  /work/main/.venv/bin/python check_agency23.py
"""
import csv
import datetime as dt
import glob
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal

import openpyxl
from openpyxl.utils import column_index_from_string, get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
ERRORS = []
CHECKS = [0]


def ok(cond, msg):
    CHECKS[0] += 1
    if not cond:
        ERRORS.append(msg)


class Bad(Exception):
    def __init__(self, reason):
        Exception.__init__(self, reason)
        self.reason = reason


# ------------------------------------------------------------ value rules (independent)
def txt(v):
    if v is None:
        return None
    if isinstance(v, str):
        v = v.strip()
        return v or None
    return v


NONE_MARKS = {"—", "−", "-", "n/a", "нет", "н/д"}


def status_of(v):
    v = txt(v)
    if v is None:
        return None
    s = v.lower().replace("ё", "е")
    if any(k in s for k in ("приостанов", "заморож", "on hold", "пауз", "suspend")):
        return "suspended"
    if any(k in s for k in ("заверш", "реализован", "эксплуатац", "complet", "done")):
        return "completed"
    if any(k in s for k in ("прединвест", "планир", "проработ", "проектирован", "planned")):
        return "planned"
    if any(k in s for k in ("реализ", "in progress", "ongoing", "ведется", "инвестиционная фаза",
                            "возобновл", "в работе")):
        return "in_progress"
    return None  # 'Закрыт (отказ резидента)', 'инвестиционная идея': no canonical status


def cluster_of(v):
    v = txt(v)
    if v is None or v.lower() in NONE_MARKS:
        return None
    s = v.lower().replace("ё", "е")
    rules = [("petrochemical", ("нефтехим", "petrochem")), ("nuclear", ("ядерн", "атомн", "nuclear")),
             ("timber", ("лпк", "лесопром", "лесоперераб", "деревообраб", "timber")),
             ("pharma", ("фарм", "pharma")), ("medtech_it", ("медтех", "медицинская техника", "medtech")),
             ("wildlife", ("дикорос", "wildlife")),
             ("hard_to_recover", ("триз", "трудноизвлек", "hard-to-recover"))]
    hits = [k for k, keys in rules if any(x in s for x in keys)]
    if len(hits) != 1:
        raise Bad("unknown cluster %r" % v)
    return hits[0]


def work_area_of(v):
    s = (txt(v) or "").lower()
    rules = [("industry", "промышл"), ("science_education", "наук"), ("innovation_business", "инновац"),
             ("smart_city", "город"), ("business_environment", "делов")]
    hits = [k for k, key in rules if key in s]
    return hits[0] if len(hits) == 1 else None


def location_of(v):
    v = txt(v)
    if v is None:
        return None
    s = v.lower().replace("ё", "е")
    if "офис" in s:
        return None  # office in one place, work in another: two places, not one
    found = set()
    if re.search(r"томск(ий|ого)\s+(р-н|р-он|район|муниципальный)", s):
        found.add("Томский район")
        s = re.sub(r"томск(ий|ого)\s+(р-н|р-он|район|муниципальный)", " ", s)
    for key, name in (("северск", "Северск"), ("асино", "Асино"), ("стрежев", "Стрежевой"),
                      ("колпашев", "Колпашево")):
        if key in s:
            found.add(name)
    if re.search(r"(^|[^а-я])томск($|[^а-я])", s):
        found.add("Томск")
    if re.search(r"(кемеров|верхнекет|шегар|кожевник)", s):
        return None
    return found.pop() if len(found) == 1 else None


ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _last_day(y, m):
    return (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))


def date_of(v):
    if v is None:
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, (int, float)):
        if float(v).is_integer() and 1990 <= v <= 2100:
            return dt.date(int(v), 12, 31)
        raise Bad("not a date: %r" % v)
    s = v.strip()
    if not s:
        return None
    m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4}|\d{2})", s)
    if m:
        y = int(m.group(3))
        y = 2000 + y if y < 100 else y
        return dt.date(y, int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(?:Q([1-4])|([IV]+|[1-4])\s*кв(?:\.|артал)?)\s*(\d{4})", s)
    if m:
        q = int(m.group(1)) if m.group(1) else (ROMAN.get(m.group(2)) or int(m.group(2)))
        return _last_day(int(m.group(3)), 3 * q)
    m = re.fullmatch(r"(?:H([12])|(I{1,2}|[12])(?:-е)?\s*полугодие)\s*(\d{4})", s)
    if m:
        h = int(m.group(1)) if m.group(1) else (ROMAN.get(m.group(2)) or int(m.group(2)))
        return _last_day(int(m.group(3)), 6 * h)
    m = re.fullmatch(r"(\d{4})(\s*г\.)?", s)
    if m:
        return dt.date(int(m.group(1)), 12, 31)
    raise Bad("not a date: %r" % s)


def money_of(v, mult):
    """-> Decimal RUB million or None; mult = header/title unit (Decimal)."""
    if v is None:
        return None
    if isinstance(v, bool):
        raise Bad("not a number")
    if isinstance(v, (int, float)):
        d = Decimal(repr(v)) if isinstance(v, float) else Decimal(v)
        if d < 0:
            raise Bad("negative amount")
        return d * mult
    s = v.strip()
    if not s or s in NONE_MARKS:
        return None
    m = re.fullmatch(r"(\d{1,3}(?:[ \u00a0]\d{3})*|\d+)(?:,(\d+))?\s*(млрд|млн|тыс\.)?(\s*руб\.)?", s)
    if not m:
        raise Bad("not a number: %r" % s)
    d = Decimal(m.group(1).replace(" ", "").replace("\u00a0", "") + "." + (m.group(2) or "0"))
    unit = m.group(3)
    if unit == "млрд":
        return d * 1000
    if unit == "млн":
        return d
    if unit == "тыс.":
        return d / 1000
    return d * mult


def int_of(v):
    if v is None or (isinstance(v, str) and v.strip() in ("", "—", "−")):
        return None
    if isinstance(v, str):
        if not re.fullmatch(r"\d+", v.strip()):
            raise Bad("not a number: %r" % v)
        return int(v.strip())
    return int(v)


def unit_mult(*texts):
    s = " ".join(t for t in texts if t).lower()
    if "тыс" in s:
        return Decimal("0.001")
    if "млрд" in s or "bn" in s or "billion" in s:
        return Decimal(1000)
    return Decimal(1)


# ------------------------------------------------------------ reading
def grid(ws):
    """Cell values with merged ranges filled from their top-left cell."""
    vals = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                vals[(c.row, c.column)] = c.value
    for rng in ws.merged_cells.ranges:
        v = vals.get((rng.min_row, rng.min_col))
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                if v is not None:
                    vals[(r, c)] = v
    return vals


def headers(vals, rows, ncols):
    out = []
    for c in range(1, ncols + 1):
        parts = []
        for r in rows:
            v = vals.get((r, c))
            if v is not None and (not parts or parts[-1] != str(v).strip()):
                parts.append(str(v).strip())
        out.append(" / ".join(parts))
    return out


def is_blank(cells):
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in cells)


def build(fieldmap, cells, mult, work_area=None, fields=None):
    """cells: list of values in column order; fieldmap: list of field-or-None. -> (rec, bad, col)."""
    rec = {}
    try:
        for i, f in enumerate(fieldmap):
            col = get_column_letter(i + 1)
            v = cells[i] if i < len(cells) else None
            try:
                if f is None:
                    continue
                if f in ("code", "name", "lead_organization", "problems"):
                    rec[f] = txt(v)
                    if f == "name" and rec[f] and len(rec[f]) > 500:
                        raise Bad("name too long")
                elif f == "cluster":
                    rec[f] = cluster_of(v)
                elif f == "status":
                    rec[f] = status_of(v)
                elif f == "location":
                    rec[f] = location_of(v)
                elif f == "work_area":
                    rec[f] = work_area_of(v)
                elif f in ("start_date", "end_date"):
                    rec[f] = date_of(v)
                elif f.endswith("_mln"):
                    rec[f] = money_of(v, mult)
                elif f.startswith("jobs"):
                    rec[f] = int_of(v)
            except Bad as e:
                return None, e.reason, col
        if work_area is not None:
            rec["work_area"] = work_area
        if rec.get("start_date") and rec.get("end_date") and rec["end_date"] < rec["start_date"]:
            return None, "end before start", get_column_letter(fieldmap.index("end_date") + 1)
    except Bad as e:
        return None, e.reason, None
    return rec, None, None


def jsonable(rec):
    out = {}
    for k, v in rec.items():
        if isinstance(v, dt.date):
            v = v.isoformat()
        elif isinstance(v, Decimal):
            v = float(v)
        out[k] = v
    return out


def compare(name, got, exp):
    ok(exp["record_count"] == len(exp["records"]), "%s: record_count" % name)
    ok(len(got) == len(exp["records"]), "%s: %d records parsed, %d expected" % (name, len(got), len(exp["records"])))
    for g, e in zip(got, exp["records"]):
        ok(list(e.keys()) == exp["fields"], "%s %s: keys differ from fields" % (name, e.get("code")))
        g = jsonable(g)
        for f in exp["fields"]:
            gv, ev = g.get(f), e.get(f)
            if f.endswith("_mln") and gv is not None and ev is not None:
                ok(abs(gv - ev) < 1e-9, "%s %s %s: %r vs expected %r" % (name, e["code"], f, gv, ev))
            else:
                ok(gv == ev, "%s %s %s: %r vs expected %r" % (name, e.get("code"), f, gv, ev))


def check_columns(name, hdrs, exp):
    cols = exp["columns"]
    ok(len(hdrs) == len(cols), "%s: %d header columns, %d in expected" % (name, len(hdrs), len(cols)))
    for h, (eh, _f) in zip(hdrs, cols):
        ok(h == eh, "%s: header %r vs expected %r" % (name, h, eh))
    for _h, f in cols:
        ok(f is None or f in exp["fields"], "%s: column field %s not in fields" % (name, f))


def code_col(cols):
    return [f for _h, f in cols].index("code")


# ------------------------------------------------------------ per file
def sheet_table(ws, header_rows, exp, name, stop_words=("итого", "всего", "примечание")):
    vals = grid(ws)
    ncols = len(exp["columns"])
    hdrs = headers(vals, header_rows, ncols)
    check_columns(name + "/" + ws.title, hdrs, exp)
    fmap = [f for _h, f in exp["columns"]]
    out = []
    skipped = {}
    for r in range(max(header_rows) + 1, ws.max_row + 1):
        cells = [ws.cell(r, c).value for c in range(1, ncols + 1)]
        if is_blank(cells):
            skipped[r] = "blank"
            continue
        if all(isinstance(v, int) and v == i + 1 for i, v in enumerate(cells)):
            skipped[r] = "column numbers"
            continue
        first = " ".join(str(v) for v in cells if isinstance(v, str)).strip().lower()
        if cells[code_col(exp["columns"])] is None and any(first.startswith(w) or (" " + w) in first[:12]
                                                         for w in stop_words):
            skipped[r] = "total/footnote"
            continue
        out.append((r, cells))
    return fmap, out, skipped, vals


def check_f1(path, exp):
    wb = openpyxl.load_workbook(path)
    ws = wb[exp["data_sheet"]]
    vals = grid(ws)
    mult = unit_mult(str(vals.get((3, 1))))
    ok(mult == Decimal("0.001"), "f1: title unit")
    fmap, rows, skipped, _ = sheet_table(ws, exp["header_rows"], exp, "f1")
    got = []
    for r, cells in rows:
        rec, bad, col = build(fmap, cells, mult)
        ok(bad is None, "f1 row %d rejected: %s" % (r, bad))
        if rec:
            # header of every money column says тыс. руб.
            got.append(rec)
    ok([r for r, _c in rows] == exp["data_rows"], "f1: data rows %s" % [r for r, _c in rows])
    exp_sk = {int(k) for k in exp["skipped_rows"]}
    ok(set(skipped) | {4} == exp_sk, "f1: skipped rows %s vs %s" % (sorted(skipped), sorted(exp_sk)))
    for h, f in exp["columns"]:
        if f and f.endswith("_mln"):
            ok("тыс. руб." in h, "f1: money header without unit: %s" % h)
    compare("f1", got, exp)
    ok([s.title for s in wb] == [s["sheet"] for s in exp["sheets"]], "f1: sheets")
    return got


def check_f2(path, exp):
    wb = openpyxl.load_workbook(path)
    ws = wb[exp["data_sheet"]]
    fmap, rows, skipped, _ = sheet_table(ws, [exp["header_row"]], exp, "f2")
    got = []
    for r, cells in rows:
        rec, bad, col = build(fmap, cells, Decimal(1))
        ok(bad is None, "f2 row %d rejected: %s" % (r, bad))
        got.append(rec)
    ok([rows[0][0], rows[-1][0]] == exp["data_rows"], "f2: data rows")
    compare("f2", got, exp)


def check_f3(path, exp, base_exp, base_got):
    wb = openpyxl.load_workbook(path)
    ws = wb[exp["data_sheet"]]
    fmap, rows, skipped, _ = sheet_table(ws, [exp["header_row"]], exp, "f3")
    ok(exp["base_file"] == base_exp["file"], "f3: base_file")
    state = {r["code"]: dict(r) for r in base_got}
    order = [r["code"] for r in base_got]
    mult = unit_mult(*(h for h, _f in exp["columns"]))
    ok(mult == 1, "f3: unit is млн")

    def norm(x):
        x = x.lower().replace("ё", "е")
        x = re.sub("[«»“”„]", '"', x)
        return " ".join(x.split())

    changed, new, by_name = [], [], []
    for r, cells in rows:
        code = txt(cells[fmap.index("code")])
        name = cells[fmap.index("name")]
        if code is None:
            hits = [c for c in order if norm(state[c]["name"]) == norm(name)]
            ok(len(hits) == 1, "f3 row %d: name match %r -> %s" % (r, name, hits))
            code = hits[0]
            by_name.append((code, r, name))
        if code not in state:
            state[code] = {f: None for f in exp["fields"]}
            state[code]["code"] = code
            state[code]["name"] = txt(name)
            order.append(code)
            new.append(code)
        before = dict(state[code])
        for i, f in enumerate(fmap):
            if f is None or f in ("code", "name"):
                continue
            v = cells[i]
            if isinstance(v, str) and v.strip().lower() in ("без изменений", "—"):
                continue
            rec, bad, _c = build([f], [v], mult)
            ok(bad is None, "f3 row %d col %s: %s" % (r, f, bad))
            state[code][f] = rec[f]
        if code not in new and state[code] != before:
            changed.append(code)
    compare("f3", [state[c] for c in order], exp)
    ok(sorted(set(changed)) == exp["changed_codes"], "f3: changed %s" % sorted(set(changed)))
    ok(new == exp["new_codes"], "f3: new %s" % new)
    ok([(m["code"], m["row"], m["name_in_file"]) for m in exp["matched_by_name"]] == by_name, "f3: matched_by_name")


def check_f4(path, exp):
    wb = openpyxl.load_workbook(path)
    got = []
    sheets = [s for s in exp["sheets"] if s.get("data", True)]
    ok([s.title for s in wb] == [s["sheet"] for s in exp["sheets"]], "f4: sheet list")
    for sd in sheets:
        ws = wb[sd["sheet"]]
        title = ws["A1"].value
        ok(title == sd["title_A1"], "f4: title %s" % title)
        wa_sheet = work_area_of(ws.title)
        wa_title = work_area_of(title)
        ok(wa_title == sd["work_area"], "f4: work area from title %s" % title)
        ok(wa_sheet in (None, sd["work_area"]), "f4: sheet name contradicts title: %s" % ws.title)
        mult = unit_mult(ws["A2"].value)
        ok(mult == Decimal("0.001"), "f4: unit only in title row 2")
        for h, f in exp["columns"]:
            ok(not re.search("руб|тыс|млн", h), "f4: unit in header %s" % h)
        fmap, rows, skipped, _ = sheet_table(ws, [sd["header_row"]], exp, "f4")
        ok([r for r, _c in rows] == sd["data_rows"], "f4: data rows %s" % ws.title)
        for r, cells in rows:
            rec, bad, col = build(fmap, cells, mult, work_area=wa_title)
            ok(bad is None, "f4 %s row %d rejected: %s" % (ws.title, r, bad))
            got.append(rec)
    compare("f4", got, exp)


def check_f5(path, exp):
    raw = open(path, "rb").read()
    ok(raw[:2] == b"\xff\xfe", "f5: UTF-16LE BOM")
    text = raw.decode("utf-16")
    ok("\r\n" in text and "\n" not in text.replace("\r\n", ""), "f5: CRLF")
    lines = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))
    hl = exp["header_line"]
    check_columns("f5", lines[hl - 1], exp)
    fmap = [f for _h, f in exp["columns"]]
    got = []
    first, last = exp["data_lines"]
    for ln, cells in enumerate(lines, 1):
        if ln <= hl:
            continue
        if len(cells) < len(fmap):
            ok(str(ln) in exp["skipped_rows"], "f5: line %d skipped but not listed" % ln)
            continue
        ok(first <= ln <= last, "f5: data line %d outside data_lines" % ln)
        rec, bad, col = build(fmap, [c if c != "" else None for c in cells], unit_mult(lines[hl - 1][10]))
        ok(bad is None, "f5 line %d rejected: %s" % (ln, bad))
        got.append(rec)
    compare("f5", got, exp)


def check_f6(path, exp):
    wb = openpyxl.load_workbook(path)
    ws = wb[exp["data_sheet"]]
    fmap, rows, skipped, _ = sheet_table(ws, [exp["header_row"]], exp, "f6")
    got, rejected, valid_rows = [], [], []
    parsed = []
    for r, cells in rows:
        rec, bad, col = build(fmap, cells, Decimal(1))
        parsed.append((r, cells, rec, bad, col))
    # duplicate codes with different data
    by_code = {}
    for r, cells, rec, bad, col in parsed:
        by_code.setdefault(txt(cells[fmap.index("code")]), []).append((r, tuple(cells)))
    dups = {c for c, lst in by_code.items() if len(lst) > 1 and len({x[1] for x in lst}) > 1}
    for r, cells, rec, bad, col in parsed:
        code = txt(cells[fmap.index("code")])
        if code in dups:
            rejected.append((r, "B", code))
        elif bad:
            rejected.append((r, col, code))
        else:
            got.append(rec)
            valid_rows.append(r)
    ok(valid_rows == exp["valid_rows"], "f6: valid rows %s" % valid_rows)
    ok(rejected == [(x["row"], x["column"], x["code"]) for x in exp["rejected"]], "f6: rejected %s" % rejected)
    for x in exp["rejected"]:
        ok(x["sheet"] == ws.title, "f6: rejected sheet name")
    ok(sorted(skipped) == sorted(int(k) for k in exp["skipped_rows"]), "f6: skipped %s" % sorted(skipped))
    compare("f6", got, exp)


CHECKERS = {"gisp_promproekty": check_f1, "startup_residents": check_f2,
            "tomskiy_rayon_napravleniya": check_f4, "korporaciya_reestr": check_f6}


def to_xlsx(path, tmp):
    prof = tempfile.mkdtemp(prefix="agency23-chk-lo.")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--norestore",
                        "--convert-to", "xlsx", "--outdir", tmp, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    return os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".xlsx")


def main():
    exps = {os.path.basename(p)[:-len(".expected.json")]: json.load(open(p, encoding="utf-8"))
            for p in glob.glob(os.path.join(HERE, "*.expected.json"))}
    ok(len(exps) == 6, "six expected files")
    for stem, e in exps.items():
        ok(os.path.exists(os.path.join(HERE, e["file"])), "%s: input exists" % stem)
        ok(e["refused"] is False, "%s: refused" % stem)
        ok(e["fields"] == [f for f in ["code", "name", "cluster", "work_area", "location", "status",
                                        "start_date", "end_date", "total_cost_mln", "federal_budget_mln",
                                        "regional_budget_mln", "extra_budgetary_mln",
                                        "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created",
                                        "lead_organization", "problems"] if f in e["fields"]],
           "%s: fields order" % stem)
        ok(10 <= len(e["records"]) + len(e["rejected"]) <= 20 or stem == "gisp_aktualizaciya", "%s: size" % stem)
    base_got = check_f1(os.path.join(HERE, exps["gisp_promproekty"]["file"]), exps["gisp_promproekty"])
    check_f2(os.path.join(HERE, exps["startup_residents"]["file"]), exps["startup_residents"])
    check_f3(os.path.join(HERE, exps["gisp_aktualizaciya"]["file"]), exps["gisp_aktualizaciya"],
             exps["gisp_promproekty"], base_got)
    check_f4(os.path.join(HERE, exps["tomskiy_rayon_napravleniya"]["file"]), exps["tomskiy_rayon_napravleniya"])
    check_f5(os.path.join(HERE, exps["bank_proektnoe_finansirovanie"]["file"]), exps["bank_proektnoe_finansirovanie"])
    check_f6(os.path.join(HERE, exps["korporaciya_reestr"]["file"]), exps["korporaciya_reestr"])
    # re-saved files
    rs = sorted(glob.glob(os.path.join(HERE, "resaved", "*.expected.json")))
    ok(len(rs) == 3, "three re-saved files (run resave_agency23.sh)")
    tmp = tempfile.mkdtemp(prefix="agency23-chk.")
    try:
        for p in rs:
            e = json.load(open(p, encoding="utf-8"))
            stem = os.path.basename(p)[:-len(".expected.json")]
            src = os.path.join(HERE, "resaved", e["file"])
            ok(os.path.exists(src), "resaved %s exists" % e["file"])
            orig = dict(exps[stem])
            ok(e["records"] == orig["records"] and e["columns"] == orig["columns"], "resaved %s: same expectation" % stem)
            x = to_xlsx(src, tmp)
            CHECKERS[stem](x, e)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    n_rec = sum(len(e["records"]) for e in exps.values())
    n_fr = sum(len(e["records"]) * len(e["fields"]) for e in exps.values())
    n_rej = sum(len(e["rejected"]) for e in exps.values())
    print("files: %d, records: %d, rejected: %d, fields x records: %d, checks: %d"
          % (len(exps), n_rec, n_rej, n_fr, CHECKS[0]))
    if ERRORS:
        for m in ERRORS:
            print("FAIL:", m)
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
