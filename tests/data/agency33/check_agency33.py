#!/usr/bin/env python3
"""Independent self-check of the agency33 set.

Does NOT import make_agency33.py. Reads every input file with its own parser (python-calamine for
.xlsx/.xls/.ods, csv for .csv), finds the header rows, builds 'top / sub' paths, maps headers with
its own keyword rules, parses values by the rules of the samples README, and compares with each
NAME.expected.json: fields, columns, ignored_columns, every value of every record, every rejected
row; the update file is applied to its base file. Prints ALL OK or the list of failures.
"""
import csv
import glob
import json
import os
import re
import sys
from datetime import date, datetime

from python_calamine import CalamineWorkbook

HERE = os.path.dirname(os.path.abspath(__file__))
FAIL = []


def fail(msg):
    FAIL.append(msg)


def norm(s):
    return " ".join(str(s).replace("\u00a0", " ").split())


# ------------------------------------------------------------------ header keyword rules
def map_header(h):
    """-> (field or None, is_ignored)"""
    t = norm(h).lower().replace("ё", "е")
    toks = set(re.findall(r"[a-zа-я]+", t))
    if not t:
        return None, False
    ignore = (t == "#" or t.startswith("№") or "контакт" in t or "contact" in t or "%" in t
              or "освоено" in t or "spent" in t or "мб" in toks or "местн" in t or "инн" in toks
              or "внесени" in t or "updated" in t or "предыдущ" in t or re.search(r"\bв 20\d\d", t)
              or "примечан" in t or "fund's" in t)
    if ignore:
        return None, True
    if "код" in toks or "шифр" in t or "ref" in toks:
        return "code", False
    if "кластер" in t or "sector" in toks:
        return "cluster", False
    if "направлен" in t:
        return "work_area", False
    if "статус" in t or "стади" in t or "stage" in toks:
        return "status", False
    if "начал" in t or "start" in toks:
        return "start_date", False
    if "окончан" in t or "заверш" in t or "completion" in toks:
        return "end_date", False
    if "подтвержд" in t:
        return "extra_budgetary_confirmed_mln", False
    if "рабоч" in t or t.startswith("раб") or "jobs" in toks:
        if "факт" in toks or "создано" in toks or "actual" in toks:
            return "jobs_created", False
        if "план" in toks or "plan" in toks or "планируемое" in toks:
            return "jobs_planned", False
        return None, False
    if "фб" in toks or "федерал" in t or "federal" in toks:
        return "federal_budget_mln", False
    if "об" in toks or "областн" in t or "regional" in toks:
        return "regional_budget_mln", False
    if "вби" in toks or "внебюдж" in t or "private" in toks:
        return "extra_budgetary_mln", False
    if "всего" in toks or "стоимость" in t or "total" in toks:
        return "total_cost_mln", False
    if "место" in toks or "площадка" in t or "населен" in t or "муниципальн" in t:
        return "location", False
    if "проблем" in t:
        return "problems", False
    if "исполнител" in t or "резидент" in t or "инициатор" in t or "company" in toks:
        return "lead_organization", False
    if "наименование" in t or t in ("проект", "project"):
        return "name", False
    return None, False


def unit_of(text):
    t = norm(text).lower()
    if "тыс" in t or "'000" in t:
        return 0.001
    if "млрд" in t or re.search(r"\bbn\b", t) or "billion" in t:
        return 1000.0
    if "млн" in t or re.search(r"\brub m\b", t):
        return 1.0
    return None


# ------------------------------------------------------------------ value rules
CLUSTER_RULES = [("hard_to_recover", ["трудноизвлека", "триз", "hard-to-recover"]),
                 ("petrochemical", ["нефтехим", "petrochem"]),
                 ("nuclear", ["ядерн", "nuclear"]),
                 ("timber", ["лесопром", "timber"]),
                 ("pharma", ["фарма", "фармацевт", "pharma"]),
                 ("medtech_it", ["медтех", "медицинск", "medtech", "medical"]),
                 ("wildlife", ["дикорос", "wild"])]


class Bad(Exception):
    pass


def p_cluster(v):
    t = norm(v).lower().replace("ё", "е") if v is not None else ""
    if t in ("", "—", "n/a"):
        return None
    for key, kws in CLUSTER_RULES:
        if any(k in t for k in kws):
            return key
    raise Bad(f"unknown cluster '{norm(v)}'")


def p_status(v):
    t = norm(v).lower().replace("ё", "е")
    for key, kws in [("suspended", ["приостанов", "suspended"]), ("completed", ["заверш", "реализован", "completed"]),
                     ("in_progress", ["реализу", "стадии реализации", "в работе", "in progress"]), ("planned", ["планир", "planned"])]:
        if any(k in t for k in kws):
            return key
    raise Bad(f"unknown status '{v}'")


def p_work_area(v):
    t = norm(v).lower()
    for key, kw in [("industry", "промышлен"), ("science_education", "наука"), ("innovation_business", "инновац"),
                    ("smart_city", "город"), ("business_environment", "деловая")]:
        if kw in t:
            return key
    raise Bad(f"unknown work area '{v}'")


def p_location(v):
    t = norm(v).lower().replace("ё", "е")
    if "томский р" in t:
        return "Томский район"
    for kw, place in [("северск", "Северск"), ("асино", "Асино"), ("стрежев", "Стрежевой"),
                      ("колпашев", "Колпашево"), ("томск", "Томск")]:
        if kw in t:
            return place
    raise Bad(f"unknown place '{v}'")


def p_money(v, factor):
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if isinstance(v, (int, float)):
        x = float(v)
    else:
        s = v.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        if not re.fullmatch(r"-?\d+(\.\d+)?", s):
            raise Bad(f"not a number: '{v.strip()}'")
        x = float(s)
    if x < 0:
        raise Bad("negative amount")
    return round(x * factor, 4)


def p_int(v):
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if isinstance(v, str):
        v = v.strip().replace("\u00a0", "").replace(" ", "")
        if not re.fullmatch(r"\d+", v):
            raise Bad(f"not a number: '{v}'")
    return int(float(v))


ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
QEND = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}


def p_date(v):
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if isinstance(v, (int, float)):
        if float(v).is_integer() and 1900 <= v <= 2100:
            return date(int(v), 12, 31)
        raise Bad(f"not a date: {v}")
    s = v.strip()
    m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", s)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1]))
    m = re.fullmatch(r"(\d{4})", s)
    if m:
        return date(int(s), 12, 31)
    m = re.fullmatch(r"Q([1-4])\s*(\d{4})", s) or re.fullmatch(r"(IV|III|II|I)\s*кв\.?\s*(\d{4})", s)
    if m:
        q = int(m[1]) if m[1].isdigit() else ROMAN[m[1]]
        return date(int(m[2]), *QEND[q])
    raise Bad(f"not a date: '{s}'")


def p_text(v):
    if v is None:
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    s = str(v).strip()
    return s or None


PARSERS = {"cluster": p_cluster, "status": p_status, "work_area": p_work_area, "location": p_location,
           "start_date": p_date, "end_date": p_date, "jobs_planned": p_int, "jobs_created": p_int,
           "code": p_text, "name": p_text, "lead_organization": p_text, "problems": p_text}
MONEY = {"total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
         "extra_budgetary_confirmed_mln"}


# ------------------------------------------------------------------ table reading
def blank(c):
    return c is None or (isinstance(c, str) and not c.strip())


def find_table(rows):
    """-> (header_row_index, ncols_header_rows, paths) or None"""
    for i, row in enumerate(rows[:30]):
        mapped = [map_header(c)[0] for c in row if isinstance(c, str)]
        if sum(1 for m in mapped if m) < 4:
            continue
        top = [norm(c) if isinstance(c, str) else "" for c in row]
        nxt = rows[i + 1] if i + 1 < len(rows) else []
        is_sub = (nxt and not any(isinstance(c, str) and re.fullmatch(r"INO-\d{4}", c.strip()) for c in nxt)
                  and any(isinstance(c, str) and c.strip() for c in nxt))
        paths = []
        if is_sub:
            cur = ""
            for c in range(len(row)):
                sub = norm(nxt[c]) if c < len(nxt) and isinstance(nxt[c], str) else ""
                if top[c]:
                    cur = top[c]
                    paths.append(f"{cur} / {sub}" if sub else cur)
                else:
                    paths.append(f"{cur} / {sub}" if sub else "")
            return i, 2, paths
        return i, 1, top
    return None


def is_colnum_row(row):
    vals = [c for c in row if not blank(c)]
    return bool(vals) and all(isinstance(c, (int, float)) for c in vals) and \
        [int(c) for c in vals] == list(range(1, len(vals) + 1))


def parse_rows(rows, sheet, exp_fields, row_base=1, cluster_from=None, title_unit=None):
    """rows: list of lists. Returns (columns, ignored, records, rejected, fields)."""
    t = find_table(rows)
    if t is None:
        return None
    hi, nh, paths = t
    title = " ".join(norm(c) for r in rows[:hi] for c in r if isinstance(c, str))
    tunit = unit_of(title) if title_unit is None else title_unit
    colmap, columns, ignored = {}, [], []
    for c, p in enumerate(paths):
        if not p:
            continue
        f, ign = map_header(p)
        if f:
            colmap[c] = f
            columns.append([p, f])
        elif ign:
            ignored.append(p)
    fields = [f for f in colmap.values()]
    if cluster_from is not None:
        fields.insert(2, "cluster")
    out = []
    for ri in range(hi + nh, len(rows)):
        row = rows[ri]
        if all(blank(c) for c in row):
            continue
        if is_colnum_row(row):
            continue
        first = norm(row[0]) if row and isinstance(row[0], str) else ""
        if first.lower().startswith("итого"):
            continue
        cc = [c for c, f in colmap.items() if f == "code"][0]
        nc = [c for c, f in colmap.items() if f == "name"][0]
        code = row[cc] if cc < len(row) else None
        name = row[nc] if nc < len(row) else None
        if blank(name) and not (isinstance(code, str) and re.fullmatch(r"INO-\d{4}", code.strip())):
            continue  # footnote / note line below the table
        rec, err = {}, None
        for c, f in colmap.items():
            v = row[c] if c < len(row) else None
            try:
                if f in MONEY:
                    factor = unit_of(paths[c]) or tunit or 1.0
                    rec[f] = p_money(v, factor)
                else:
                    rec[f] = PARSERS[f](v)
            except Bad as e:
                err = err or (str(e), c)
        if cluster_from is not None:
            rec["cluster"] = cluster_from
        if rec.get("name") and len(rec["name"]) > 500:
            err = err or ("name too long", nc)
        if not err and rec.get("start_date") and rec.get("end_date") and rec["end_date"] < rec["start_date"]:
            err = ("end date before start date", None)
        out.append((ri + row_base, rec, err))
    return columns, ignored, out, fields


def dedupe(items, sheet):
    """items: (row, rec, err) -> (records, rejected)"""
    by_code = {}
    for row, rec, err in items:
        by_code.setdefault(rec.get("code"), []).append((row, rec))
    dup_bad = set()
    for code, lst in by_code.items():
        if code and len(lst) > 1 and any(r != lst[0][1] for _, r in lst[1:]):
            dup_bad |= {row for row, _ in lst}
    recs, rej = [], []
    for row, rec, err in items:
        if row in dup_bad or err:
            rej.append({"sheet": sheet, "row": row, "code": rec.get("code")})
        else:
            recs.append(rec)
    return recs, rej


def read_book(path):
    wb = CalamineWorkbook.from_path(path)
    return [(sn, wb.get_sheet_by_name(sn).to_python()) for sn in wb.sheet_names]


def parse_file(path, exp):
    """generic parse -> (columns, ignored, records, rejected, fields)"""
    if path.endswith(".csv"):
        with open(path, encoding="cp1251", newline="") as f:
            raw = f.read()
        if raw.startswith("\ufeff"):
            fail(f"{path}: has a BOM")
        if "\r\n" not in raw:
            fail(f"{path}: not CRLF")
        rows = list(csv.reader(raw.splitlines(), delimiter=";"))
        columns, ignored, items, fields = parse_rows(rows, None, exp["fields"])
        recs, rej = dedupe(items, None)
        return columns, ignored, recs, rej, fields
    book = read_book(path)
    all_cols, all_ign, all_items, fields = None, None, [], None
    rej_all, recs_all = [], []
    for sn, rows in book:
        cl = None
        t = find_table(rows)
        if t is None:
            continue
        if exp.get("sheets"):  # cluster-sheets shape: cluster from A1 of the sheet
            cl = p_cluster(rows[0][0])
        res = parse_rows(rows, sn, exp["fields"], cluster_from=cl)
        columns, ignored, items, flds = res
        if all_cols is None:
            all_cols, all_ign, fields = columns, ignored, flds
        elif columns != all_cols:
            fail(f"{path}: sheet {sn} has different columns")
        recs, rej = dedupe(items, sn)
        recs_all += recs
        rej_all += rej
    return all_cols, all_ign, recs_all, rej_all, fields


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(a - b) < 0.05
    return a == b


def tojson(rec):
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in rec.items()}


def compare_records(tag, got, exp_recs, fields):
    if len(got) != len(exp_recs):
        fail(f"{tag}: {len(got)} records parsed, {len(exp_recs)} expected")
    for g, e in zip(got, exp_recs):
        if set(e) != set(fields):
            fail(f"{tag}: record {e.get('code')} keys differ from fields")
        if g.get("code") != e["code"]:
            fail(f"{tag}: order/code {g.get('code')} != {e['code']}")
            continue
        for f in fields:
            if not close(g.get(f), e.get(f)):
                fail(f"{tag}: {e['code']}.{f}: parsed {g.get(f)!r}, expected {e.get(f)!r}")


def check_common(tag, exp, columns, ignored, fields):
    if exp["refused"] is not False:
        fail(f"{tag}: refused")
    if exp["record_count"] != len(exp["records"]):
        fail(f"{tag}: record_count mismatch")
    if [list(c) for c in exp["columns"]] != columns:
        fail(f"{tag}: columns differ:\n  parsed   {columns}\n  expected {exp['columns']}")
    if [c[0] for c in exp["ignored_columns"]] != ignored:
        fail(f"{tag}: ignored_columns differ: parsed {ignored}, expected {[c[0] for c in exp['ignored_columns']]}")
    if sorted(fields) != sorted(exp["fields"]):
        fail(f"{tag}: fields differ: {fields} vs {exp['fields']}")
    codes = [r["code"] for r in exp["records"]] + [r["code"] for r in exp["rejected"]]
    for c in codes:
        if not (re.fullmatch(r"INO-33\d\d", c) and "INO-3301" <= c <= "INO-3399"):
            fail(f"{tag}: code out of range {c}")
    for c in exp.get("written_as", {}):
        if c not in codes:
            fail(f"{tag}: written_as for unknown code {c}")


def check_plain(path, exp):
    tag = os.path.relpath(path, HERE)
    columns, ignored, recs, rej, fields = parse_file(path, exp)
    check_common(tag, exp, columns, ignored, fields)
    compare_records(tag, [tojson(r) for r in recs], exp["records"], exp["fields"])
    got = sorted((r["sheet"], r["row"], r["code"]) for r in rej)
    want = sorted((r.get("sheet"), r["row"], r["code"]) for r in exp["rejected"])
    if got != want:
        fail(f"{tag}: rejected differ:\n  parsed   {got}\n  expected {want}")


def nname(s):
    s = s.lower().replace("ё", "е")
    for q in "«»“”„":
        s = s.replace(q, '"')
    return " ".join(s.split())


def check_update(path, exp, base_dir):
    tag = os.path.relpath(path, HERE)
    base_path = os.path.join(base_dir, exp["base_file"])
    if not os.path.exists(base_path):
        base_path = os.path.join(HERE, os.path.basename(exp["base_file"]))
    bexp = json.load(open(os.path.splitext(base_path)[0] + ".expected.json", encoding="utf-8"))
    _, _, base_recs, brej, _ = parse_file(base_path, bexp)
    state = {r["code"]: tojson(r) for r in base_recs}
    order = [r["code"] for r in base_recs]
    columns, ignored, items, fields = parse_rows(read_book(path)[0][1], None, exp["fields"])
    check_common(tag, exp, columns, ignored, exp["fields"])
    changed, new, matched = set(), [], []
    for row, rec, err in items:
        if err:
            fail(f"{tag}: unexpected rejection row {row}: {err}")
            continue
        rec = tojson(rec)
        code = rec.get("code")
        if not code:
            hits = [c for c, r in state.items() if nname(r["name"]) == nname(rec["name"])]
            if len(hits) != 1:
                fail(f"{tag}: row {row}: name match {hits}")
                continue
            code = hits[0]
            matched.append((code, row))
        if code in state:
            cur = state[code]
            for f, v in rec.items():
                if f in ("code", "name"):
                    continue
                if not close(cur.get(f), v):
                    changed.add(code)
                    cur[f] = v
        else:
            state[code] = {f: rec.get(f) for f in exp["fields"]}
            order.append(code)
            new.append(code)
    compare_records(tag, [state[c] for c in order], exp["records"], exp["fields"])
    if sorted(changed) != sorted(exp["changed_codes"]):
        fail(f"{tag}: changed_codes {sorted(changed)} vs {exp['changed_codes']}")
    if new != exp["new_codes"]:
        fail(f"{tag}: new_codes {new} vs {exp['new_codes']}")
    if sorted(matched) != sorted((m["code"], m["row"]) for m in exp["matched_by_name"]):
        fail(f"{tag}: matched_by_name {matched}")
    if exp["rejected"]:
        fail(f"{tag}: update should have no rejected rows")


def main():
    exps = sorted(glob.glob(os.path.join(HERE, "*.expected.json")) +
                  glob.glob(os.path.join(HERE, "resaved", "*.expected.json")))
    if len([e for e in exps if "/resaved/" not in e]) != 6:
        fail(f"expected 6 expected.json files, found {len(exps)}")
    total_fr = 0
    for ep in exps:
        exp = json.load(open(ep, encoding="utf-8"))
        d = os.path.dirname(ep)
        path = os.path.join(d, exp["file"])
        if not os.path.exists(path):
            fail(f"missing input {path}")
            continue
        try:
            if "base_file" in exp:
                check_update(path, exp, d)
            else:
                check_plain(path, exp)
        except Exception as e:  # a crash is a failure, not a pass
            fail(f"{exp['file']}: crashed: {type(e).__name__}: {e}")
        if "/resaved/" not in ep:
            n = len(exp["records"]) if "base_file" not in exp else \
                len(exp["new_codes"]) + len(exp["matched_by_name"]) + 0
            total_fr += len(exp["fields"]) * len(exp["records"])
    if FAIL:
        for m in FAIL:
            print("FAIL:", m)
        print(f"{len(FAIL)} FAILURE(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
