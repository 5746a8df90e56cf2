#!/usr/bin/env python3
"""Read the agency10 workbooks back (openpyxl / csv, not the importer) and check that every
expected record is what the cells say.  Run: /work/main/.venv/bin/python check_agency10.py"""
import csv
import datetime as dt
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
STATUS = {"реализуется": "in_progress", "реализация": "in_progress", "on track": "in_progress",
          "delayed": "in_progress", "завершен": "completed", "реализован": "completed",
          "complete": "completed", "планируется": "planned", "not started": "planned",
          "приостановлен": "suspended", "on hold": "suspended"}
CLUSTER = {"нефтехимический кластер": "petrochemical", "кластер ядерных технологий": "nuclear",
           "лесопромышленный кластер": "timber", "фармацевтический кластер": "pharma",
           "кластер медицинской техники и информационных технологий": "medtech_it",
           "кластер дикоросов": "wildlife", "кластер трудноизвлекаемых запасов": "hard_to_recover",
           "petrochemical cluster": "petrochemical", "nuclear technologies cluster": "nuclear",
           "timber cluster": "timber", "pharmaceutical cluster": "pharma",
           "medical equipment and it cluster": "medtech_it", "wildlife resources cluster": "wildlife",
           "hard-to-recover resources cluster": "hard_to_recover", "": None, "—": None}
WA = {"Передовая промышленность": "industry", "Наука и образование": "science_education",
      "Технологические инновации, новые бизнесы": "innovation_business",
      "Умный и удобный город": "smart_city", "Деловая среда": "business_environment"}
LOC = {"г. томск": "Томск", "г.томск": "Томск", "томск": "Томск", "зато северск": "Северск",
       "г. северск": "Северск", "г. асино": "Асино", "г. стрежевой": "Стрежевой",
       "г. колпашево": "Колпашево", "томский район": "Томский район", "томский р-н": "Томский район"}


def num(v):
    if v is None or v == "—" or v == "":
        return None
    if isinstance(v, (int, float)):
        return float(v)
    return float(v.replace("\u00a0", "").replace(" ", "").replace(",", "."))


def date(v):
    if v is None:
        return None
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if re.fullmatch(r"\d{5}", v):
        return (dt.date(1899, 12, 30) + dt.timedelta(days=int(v))).isoformat()
    d, m, y = v.split(".")
    return f"{y}-{m}-{d}"


def period(v):
    ys = re.findall(r"\d{4}", v)
    return f"{ys[0]}-01-01", f"{ys[1]}-12-31"


def status(v):
    return STATUS[v.strip().lower().replace("ё", "е")]


def cmp(exp, got, where):
    bad = 0
    for k, e in exp.items():
        g = got.get(k)
        if isinstance(e, float) or isinstance(g, float):
            ok = e is not None and g is not None and abs(e - g) < 0.05
        else:
            ok = e == g
        if not ok:
            print(f"  MISMATCH {where} {k}: expected {e!r}, cell says {g!r}")
            bad += 1
    return bad


def read_rows(path, sheet=None):
    wb = openpyxl.load_workbook(path, data_only=False)
    ws = wb[sheet] if sheet else wb.active
    return ws, {r[0].row: [c.value for c in r] for r in ws.iter_rows()}


def check(stem, ext=".xlsx", base=HERE):
    exp = json.load(open(os.path.join(base, stem + ".expected.json"), encoding="utf-8"))
    path = os.path.join(base, stem + ext)
    recs = {r["code"]: r for r in exp["records"]}
    rej = {(r["row"]): r["code"] for r in exp["rejected"]}
    got = {}
    rowof = {}
    if stem == "plan_fakt_pairs":
        ws, rows = read_rows(path)
        for rn in range(5, 39, 2):
            p, f = rows[rn], rows[rn + 1]
            assert p[5] == "план" and f[5] == "факт"
            code = p[1]
            rowof[code] = rn
            got[code] = {"code": code, "name": p[2], "lead_organization": p[3], "status": status(p[4]),
                         "total_cost_mln": num(p[6]) if p[6] != "ок. 300" else "TEXT",
                         "jobs_planned": p[7], "jobs_created": f[7], "end_date": date(p[8])}
    elif stem == "paged_print":
        ws, rows = read_rows(path)
        for rn, v in rows.items():
            if rn <= 3 or not v[1] or v[1] == "Код":
                continue
            code = v[1]
            rowof[code] = rn
            got[code] = {"code": code, "name": v[2], "cluster": CLUSTER.get((v[3] or "").lower(), "UNKNOWN"),
                         "status": status(v[4]), "start_date": date(v[5]), "end_date": date(v[6]),
                         "total_cost_mln": num(v[7]), "regional_budget_mln": num(v[8]),
                         "lead_organization": v[12]}
    elif stem == "cluster_merged":
        ws, rows = read_rows(path)
        merged = {}
        for mr in ws.merged_cells.ranges:
            if mr.min_col == 1 and mr.max_col == 1:
                for r in range(mr.min_row, mr.max_row + 1):
                    merged[r] = rows[mr.min_row][0]
        for rn, v in rows.items():
            if rn <= 2 or not v[1]:
                continue
            code = v[1]
            rowof[code] = rn
            cl = merged.get(rn, v[0])
            got[code] = {"code": code, "name": v[2], "cluster": CLUSTER.get(cl.lower() if cl != "—" else "—",
                                                                             "UNKNOWN"),
                         "location": LOC.get(v[3].lower(), v[3]), "work_area": WA[v[4]],
                         "status": status(v[5]), "total_cost_mln": num(v[6]),
                         "federal_budget_mln": num(v[7]), "extra_budgetary_mln": num(v[9]),
                         "jobs_planned": v[10]}
    elif stem == "form_numbered_units":
        ws, rows = read_rows(path)
        assert rows[7][5] == "тыс. руб." and rows[8][0] == 1
        for rn in range(9, 29):
            v = rows[rn]
            code = v[1]
            rowof[code] = rn
            s, e = period(v[3])
            k = lambda x: (None if num(x) is None else num(x) / 1000) if x != "уточняется" else "TEXT"
            got[code] = {"code": code, "name": v[2], "start_date": s, "end_date": e, "status": status(v[4]),
                         "total_cost_mln": k(v[5]), "federal_budget_mln": k(v[6]),
                         "regional_budget_mln": k(v[7]), "extra_budgetary_mln": k(v[9]),
                         "extra_budgetary_confirmed_mln": k(v[10]), "jobs_planned": v[12],
                         "jobs_created": v[13], "lead_organization": v[14], "problems": v[16]}
    elif stem == "thousand_format":
        wb = openpyxl.load_workbook(path)
        assert wb["Архив 2022"].sheet_state == "hidden"
        ws = wb["Сводка"]
        for r in ws.iter_rows(min_row=2):
            v = [c.value for c in r]
            assert "тыс" in r[6].number_format, r[6].number_format
            code = v[0]
            rowof[code] = r[0].row
            got[code] = {"code": code, "name": v[1], "cluster": CLUSTER[v[2].lower()], "status": status(v[3]),
                         "start_date": date(v[4]), "end_date": date(v[5]), "total_cost_mln": num(v[6]) / 1000,
                         "extra_budgetary_mln": num(v[7]) / 1000, "jobs_planned": v[10],
                         "lead_organization": v[11]}
    elif stem == "export_ais":
        with open(path, encoding="cp1251", newline="") as fh:
            lines = list(csv.reader(fh, delimiter=";"))
        assert lines[2][0] == "Код"
        for i, v in enumerate(lines[3:], 4):
            code = v[0]
            rowof[code] = i
            s, e = period(v[4])
            got[code] = {"code": code, "name": v[1], "cluster": CLUSTER[v[2].lower()] if v[2] != "—" else None,
                         "status": status(v[3]), "start_date": s, "end_date": e,
                         "total_cost_mln": num(v[5]) if v[5] != "по согласованию" else "TEXT",
                         "extra_budgetary_mln": num(v[6]), "lead_organization": v[9], "problems": v[10] or None}
    bad = 0
    for code, g in got.items():
        if code in recs:
            e = recs[code]
            if set(e) != set(exp["fields"]):
                print("  field set differs", code)
                bad += 1
            bad += cmp(e, {k: g.get(k) for k in e}, f"{stem} {code}")
        else:
            if rowof[code] not in rej:
                print(f"  {stem}: {code} in the file, neither a record nor rejected")
                bad += 1
            # make sure the reason really holds
            reason = [r for r in exp["rejected"] if r["code"] == code][0]["reason"]
            ok = ("negative" in reason and any(isinstance(x, float) and x < 0 for x in g.values())) or \
                 ("not a number" in reason and "TEXT" in g.values()) or \
                 ("unknown cluster" in reason and g.get("cluster") == "UNKNOWN") or \
                 ("end date" in reason and g["end_date"] < g["start_date"])
            if not ok:
                print(f"  {stem}: rejection of {code} not supported by cells: {reason} {g}")
                bad += 1
    missing = set(recs) - set(got)
    if missing:
        print("  missing in workbook:", missing)
        bad += 1
    order = [c for c in got if c in recs]
    if order != [r["code"] for r in exp["records"]]:
        print("  order differs")
        bad += 1
    if exp["record_count"] != len(exp["records"]):
        bad += 1
    print(f"{stem}{ext}: {len(recs)} records, {len(rej)} rejected, {'OK' if not bad else str(bad) + ' problems'}")
    return bad


if __name__ == "__main__":
    total = 0
    for stem, ext in [("plan_fakt_pairs", ".xlsx"), ("paged_print", ".xlsx"), ("cluster_merged", ".xlsx"),
                      ("form_numbered_units", ".xlsx"), ("thousand_format", ".xlsx"), ("export_ais", ".csv")]:
        total += check(stem, ext)
    sys.exit(1 if total else 0)
