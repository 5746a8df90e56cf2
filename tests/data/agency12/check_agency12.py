#!/usr/bin/env python3
"""Read-back self-check of the agency12 set (not the importer!).

Reads each generated workbook with openpyxl (data_only=True, i.e. cached formula results) or the
csv module, interprets the cells by the column mapping given in NAME.expected.json, and checks that
the result equals the expected records and rejected rows.  The spellings it accepts are exactly
those this set uses, so it proves the expected files match the cells, nothing more.
"""
import calendar
import csv
import datetime as dt
import json
import os
import re

import openpyxl

STATUS = {
    "planned": ["планируется", "планируемый", "planned"],
    "in_progress": ["реализуется", "в стадии реализации", "реализуемый", "in progress"],
    "completed": ["завершен", "завершено", "реализован", "completed"],
    "suspended": ["приостановлен", "приостановлено", "suspended"],
}
CLUSTER = {
    "petrochemical": ["нефтехимический кластер", "нефтехимический", "нефтехимия", "petrochemical cluster",
                      "petrochemicals"],
    "nuclear": ["кластер ядерных технологий", "ядерные технологии", "nuclear technologies cluster",
                "nuclear technologies", "nuclear"],
    "timber": ["лесопромышленный кластер", "лесопромышленный", "timber cluster", "timber industry"],
    "pharma": ["фармацевтический кластер", "фармацевтический", "pharmaceutical cluster", "pharmaceuticals"],
    "medtech_it": ["кластер медицинской техники и информационных технологий", "кластер медтехники и ит",
                   "medical equipment and it cluster", "medical equipment & it"],
    "wildlife": ["кластер дикоросов", "дикоросы", "wildlife resources cluster", "wild plants"],
    "hard_to_recover": ["кластер трудноизвлекаемых запасов", "кластер триз", "hard-to-recover resources cluster",
                        "hard-to-recover reserves"],
}
NO_CLUSTER = {"", "—", "-", "n/a", "none", "вне кластера"}
WORK_AREA = {
    "industry": ["передовая промышленность", "advanced industry"],
    "science_education": ["наука и образование", "science and education"],
    "innovation_business": ["технологические инновации, новые бизнесы", "technological innovations, new businesses"],
    "smart_city": ["умный и удобный город", "smart and comfortable city"],
    "business_environment": ["деловая среда", "business environment"],
}
LOCATION = {
    "Томск": ["г. томск", "томск", "город томск", "г.томск"],
    "Северск": ["зато северск", "г. северск", "северск"],
    "Асино": ["г. асино", "асино", "г.асино", "асиновский р-н, г. асино"],
    "Стрежевой": ["г. стрежевой", "стрежевой"],
    "Колпашево": ["г. колпашево", "колпашево"],
    "Томский район": ["томский район", "томский р-н"],
}
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
MON_RU = {"янв": 1, "февр": 2, "мар": 3, "апр": 4, "мая": 5, "июн": 6, "июл": 7, "авг": 8, "сент": 9,
          "окт": 10, "нояб": 11, "дек": 12}
MON_EN = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                                      "Nov", "Dec"], 1)}


class Reject(Exception):
    pass


def key(s):
    return " ".join(str(s).replace("ё", "е").replace("Ё", "Е").split()).lower()


def lookup(table, v, what):
    k = key(v)
    for canon, spell in table.items():
        if k in [key(x) for x in spell]:
            return canon
    raise Reject(f"unknown {what} {v!r}")


def p_cluster(v):
    if v is None or key(v) in NO_CLUSTER:
        return None
    return lookup(CLUSTER, v, "cluster")


def p_text(v):
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def p_money(v, factor):
    if v is None:
        return None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        x = float(v)
    else:
        s = str(v).strip()
        if s in ("", "—", "-"):
            return None
        s2 = s.replace("\u00a0", "").replace(" ", "").replace(",", ".")
        if not re.fullmatch(r"-?\d+(\.\d+)?", s2):
            raise Reject(f"not a number: {s!r}")
        x = float(s2)
    if x < 0:
        raise Reject("negative amount")
    return round(x * factor, 4)


def p_int(v):
    if v is None:
        return None
    if isinstance(v, (int, float)):
        return int(v)
    s = str(v).strip()
    if s in ("", "—", "-"):
        return None
    s2 = s.replace("\u00a0", "").replace(" ", "")
    if not s2.isdigit():
        raise Reject(f"not a number: {s!r}")
    return int(s2)


def last(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1]).isoformat()


def p_date(v):
    if v is None:
        return None
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, int):
        return f"{v}-12-31"
    s = str(v).strip()
    if s in ("", "—", "-"):
        return None
    m = re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4})", s)
    if m:
        return dt.date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(I|II|III|IV)\s*кв(?:\.|артал)\s*(\d{4})(?:\s*г\.)?", s)
    if m:
        return last(int(m[2]), ROMAN[m[1]] * 3)
    m = re.fullmatch(r"Q([1-4])\s+(\d{4})", s)
    if m:
        return last(int(m[2]), int(m[1]) * 3)
    m = re.fullmatch(r"(\d{4})\s*(?:г\.)?", s)
    if m:
        return f"{m[1]}-12-31"
    m = re.fullmatch(r"([а-я]+)\.?\s*(\d{4})", s)
    if m and m[1] in MON_RU:
        return last(int(m[2]), MON_RU[m[1]])
    m = re.fullmatch(r"([A-Z][a-z]{2})\s+(\d{4})", s)
    if m and m[1] in MON_EN:
        return last(int(m[2]), MON_EN[m[1]])
    raise Reject(f"bad date {s!r}")


def unit_factor(header, title=""):
    h = (header or "") + " " + title
    if "тыс" in h:
        return 0.001
    if "млрд" in h or "bn" in h:
        return 1000.0
    return 1.0


def parse_row(values, columns, title_unit=""):
    rec = {}
    for (header, field), v in zip(columns, values):
        if field is None:
            continue
        if field in ("code", "name", "lead_organization", "problems"):
            rec[field] = p_text(v)
        elif field == "cluster":
            rec[field] = p_cluster(v)
        elif field == "status":
            rec[field] = lookup(STATUS, v, "status") if p_text(v) else None
        elif field == "work_area":
            rec[field] = lookup(WORK_AREA, v, "work area") if p_text(v) else None
        elif field == "location":
            rec[field] = lookup(LOCATION, v, "location") if p_text(v) else None
        elif field in ("start_date", "end_date"):
            rec[field] = p_date(v)
        elif field.endswith("_mln"):
            rec[field] = p_money(v, unit_factor(header, title_unit))
        elif field.startswith("jobs"):
            rec[field] = p_int(v)
    if rec.get("start_date") and rec.get("end_date") and rec["end_date"] < rec["start_date"]:
        raise Reject("end date before start date")
    return rec


def same(a, b):
    if set(a) != set(b):
        return False
    for k in a:
        x, y = a[k], b[k]
        if isinstance(x, float) or isinstance(y, float):
            if x is None or y is None or abs(x - y) > 0.05:
                return False
        elif x != y:
            return False
    return True


def rows_of_sheet(ws):
    out = []
    for r in ws.iter_rows():
        out.append([c.value for c in r])
    return out


def check_table(name, exp, sheet_rows, first, lastrow, skip, extra=None, title_unit="", formula_blank=None):
    """sheet_rows: list of row lists (1-based row n -> sheet_rows[n-1])."""
    problems = []
    cols = exp["columns"]
    got, rej = [], []
    codes = {}
    for n in range(first, lastrow + 1):
        if str(n) in skip:
            continue
        vals = list(sheet_rows[n - 1]) + [None] * 40
        vals = vals[:len(cols)]
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in vals):
            continue
        try:
            if formula_blank and n in formula_blank:
                raise Reject("formula without a cached value")
            rec = parse_row(vals, cols, title_unit)
            if extra:
                rec.update(extra)
            got.append((n, rec))
            codes.setdefault(rec.get("code"), []).append(n)
        except Reject as e:
            rej.append((n, str(e)))
    # duplicates with different data
    for c, ns in codes.items():
        if c is not None and len(ns) > 1:
            recs = [r for n, r in got if n in ns]
            if any(not same(recs[0], x) for x in recs[1:]):
                rej.extend((n, "duplicate code") for n in ns)
                got = [(n, r) for n, r in got if n not in ns]
    return got, rej


def compare(name, exp, got, rej, sheet=None):
    errs = []
    fields = exp["fields"]
    recs = [{k: r.get(k) for k in fields} for _, r in got]
    if len(recs) != len(exp["records"]):
        errs.append(f"{name}: {len(recs)} records read, {len(exp['records'])} expected")
    for a, b in zip(recs, exp["records"]):
        if not same(a, b):
            diff = {k: (a.get(k), b.get(k)) for k in fields if a.get(k) != b.get(k)}
            errs.append(f"{name}: {b['code']} differs {diff}")
    exp_rej = sorted((x["row"]) for x in exp["rejected"] if sheet is None or x["sheet"] == sheet)
    if sorted(n for n, _ in rej) != exp_rej:
        errs.append(f"{name}: rejected rows read {sorted(rej)}, expected {exp_rej}")
    return errs


def load(here, fn):
    with open(os.path.join(here, fn.rsplit(".", 1)[0] + ".expected.json"), encoding="utf-8") as f:
        return json.load(f)


def check_all(here):
    errs = []
    # frp_svod
    exp = load(here, "frp_svod.xlsx")
    ws = openpyxl.load_workbook(os.path.join(here, "frp_svod.xlsx"), data_only=True)["Свод_ИНО"]
    rows = rows_of_sheet(ws)
    got, rej = check_table("frp", exp, rows, exp["data_rows"][0], exp["data_rows"][1], exp["skipped_rows"])
    errs += compare("frp_svod", exp, got, rej)
    frp_state = {r["code"]: {k: r.get(k) for k in exp["fields"]} for _, r in got}
    frp_order = [r["code"] for _, r in got]
    # check the 3-level header as written
    assert ws["L5"].value == "Стоимость проекта¹, тыс. руб." and ws["M6"].value == "в том числе:"
    # ria_crm_update
    exp = load(here, "ria_crm_update.xlsx")
    ws = openpyxl.load_workbook(os.path.join(here, "ria_crm_update.xlsx"), data_only=True).active
    rows = rows_of_sheet(ws)
    got, rej = check_table("crm", exp, rows, 2, ws.max_row, {})
    state = {c: dict(v) for c, v in frp_state.items()}
    order = list(frp_order)
    changed, new = set(), []
    for n, rec in got:
        code = rec.get("code")
        if code is None:
            k = key(rec["name"].replace("\"", "«").replace("»", "«"))
            hits = [c for c, v in state.items() if key(v["name"].replace("\"", "«").replace("»", "«")) == k]
            assert len(hits) == 1, (n, rec["name"])
            code = hits[0]
            rec = dict(rec, code=code, name=state[code]["name"])
        if code in state:
            new_rec = dict(state[code])
            new_rec.update(rec)
            if not same(new_rec, state[code]):
                changed.add(code)
            state[code] = new_rec
        else:
            full = {f: None for f in exp["fields"]}
            full.update(rec)
            state[code] = full
            order.append(code)
            new.append(code)
    recs = [state[c] for c in order]
    if len(recs) != len(exp["records"]) or not all(same(a, b) for a, b in zip(recs, exp["records"])):
        errs.append("ria_crm_update: final state differs")
        for a, b in zip(recs, exp["records"]):
            if not same(a, b):
                errs.append(f"  {a} != {b}")
    if sorted(changed) != exp["changed_codes"] or new != exp["new_codes"]:
        errs.append(f"ria_crm_update: changed {sorted(changed)} vs {exp['changed_codes']}, new {new}")
    if sorted(n for n, _ in rej) != [x["row"] for x in exp["rejected"]]:
        errs.append(f"ria_crm_update: rejected {rej}")
    # park_clusters
    exp = load(here, "park_clusters.xlsx")
    wb = openpyxl.load_workbook(os.path.join(here, "park_clusters.xlsx"), data_only=True)
    all_got, all_rej = [], []
    for s in exp["sheets"]:
        ws = wb[s["sheet"]]
        rows = rows_of_sheet(ws)
        a1 = ws["A1"].value
        cl = None if "не отнесённые" in a1 else p_cluster(a1.split(":")[0])
        assert cl == s["cluster"], (a1, s)
        got, rej = check_table("park", exp, rows, 5, s["totals_row"] - 1, {}, extra={"cluster": cl})
        all_got += got
        all_rej += [(f"{s['sheet']}:{n}", m) for n, m in rej]
    recs = [{k: r.get(k) for k in exp["fields"]} for _, r in all_got]
    if len(recs) != len(exp["records"]) or not all(same(a, b) for a, b in zip(recs, exp["records"])):
        errs.append("park_clusters: records differ")
        for a, b in zip(recs, exp["records"]):
            if not same(a, b):
                errs.append(f"  {a} != {b}")
    if sorted(x for x, _ in all_rej) != sorted(f"{x['sheet']}:{x['row']}" for x in exp["rejected"]):
        errs.append(f"park_clusters: rejected {all_rej}")
    # ras_institute_en
    exp = load(here, "ras_institute_en.xlsx")
    ws = openpyxl.load_workbook(os.path.join(here, "ras_institute_en.xlsx"), data_only=True)["Project list"]
    got, rej = check_table("ras", exp, rows_of_sheet(ws), exp["data_rows"][0], exp["data_rows"][1], {})
    errs += compare("ras_institute_en", exp, got, rej)
    # minfin_sources.csv
    exp = load(here, "minfin_sources.csv")
    raw = open(os.path.join(here, "minfin_sources.csv"), "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    lines = list(csv.reader(raw.decode("cp1251").splitlines(), delimiter=";"))
    assert [h for h, _ in exp["columns"]] == lines[0], lines[0]
    rows = [[c if c != "" else None for c in ln] for ln in lines]
    got, rej = check_table("minfin", exp, rows, 2, len(rows), {})
    errs += compare("minfin_sources", exp, got, rej)
    # district_rejects
    exp = load(here, "district_rejects.xlsx")
    ws = openpyxl.load_workbook(os.path.join(here, "district_rejects.xlsx"), data_only=True).active
    got, rej = check_table("district", exp, rows_of_sheet(ws), exp["data_rows"][0], exp["data_rows"][1],
                           exp["skipped_rows"])
    errs += compare("district_rejects", exp, got, rej)
    wbf = openpyxl.load_workbook(os.path.join(here, "district_rejects.xlsx"))
    c = wbf.active["P16"]
    assert c.data_type == "s" and c.value.startswith("="), (c.data_type, c.value)
    # msp_formulas
    exp = load(here, "msp_formulas.xlsx")
    path = os.path.join(here, "msp_formulas.xlsx")
    ws = openpyxl.load_workbook(path, data_only=True).active
    wsf = openpyxl.load_workbook(path).active
    blank = {r for r in range(exp["data_rows"][0], exp["data_rows"][1] + 1)
             if wsf.cell(r, 7).data_type == "f" and ws.cell(r, 7).value is None}
    got, rej = check_table("msp", exp, rows_of_sheet(ws), exp["data_rows"][0], exp["data_rows"][1], {},
                           title_unit=ws["A2"].value, formula_blank=blank)
    errs += compare("msp_formulas", exp, got, rej)
    nform = sum(1 for row in wsf.iter_rows() for c in row if c.data_type == "f")
    if nform != exp["formula_cells"]:
        errs.append(f"msp_formulas: {nform} formula cells, expected says {exp['formula_cells']}")
    for e in errs:
        print("CHECK:", e)
    print("read-back check:", "OK" if not errs else f"{len(errs)} problem(s)")
    return not errs


if __name__ == "__main__":
    import sys
    sys.exit(0 if check_all(os.path.dirname(os.path.abspath(__file__))) else 1)
