#!/usr/bin/env python3
"""Generator of the agency18 evaluation set (written independently of the importer).

Two "agencies":
  * an English-speaking international development bank's portfolio team (NEDB) -- files dfi_*
  * a Russian state corporation's investment directorate -- files gk_*

Run:  /work/main/.venv/bin/python tests/data/agency18/make_agency18.py
Deterministic: a fixed random seed, fixed dates, fixed zip timestamps are not needed for the
tests (the expected files describe content, not bytes).
"""
import csv
import datetime as dt
import io
import json
import os
import random
import re
import shutil
import subprocess
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
RESAVED = os.path.join(HERE, "resaved")

FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
          "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
          "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created", "lead_organization",
          "problems"]

NBSP = "\u00a0"


def D(y, m, d):
    return dt.date(y, m, d)


def iso(d):
    return d.isoformat() if d else None


def r1(x):
    return None if x is None else round(x + 0.0, 3)


def ru_num(x, nbsp=False):
    """Russian-style number text: thousands by (nb)space, decimal comma."""
    neg = x < 0
    s = f"{abs(x):.1f}"
    whole, frac = s.split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    sep = NBSP if nbsp else " "
    out = sep.join(groups) + "," + frac
    return ("-" if neg else "") + out


def quarter_end(y, q):
    return {1: D(y, 3, 31), 2: D(y, 6, 30), 3: D(y, 9, 30), 4: D(y, 12, 31)}[q]


def order(rec, fields):
    return {f: rec.get(f) for f in fields}


def write_expected(name, exp):
    path = os.path.join(HERE, name + ".expected.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def money_triplet(rng, big=False):
    scale = 3000 if big else 600
    fed = rng.choice([0.0, 0.0, round(rng.uniform(5, scale * 0.4), 1)])
    reg = round(rng.uniform(1, scale * 0.1), 1)
    ext = round(rng.uniform(10, scale), 1)
    tot = round(fed + reg + ext, 1)
    return tot, fed, reg, ext


# ---------------------------------------------------------------------------------------------
# canonical vocabularies as the two agencies spell them
# ---------------------------------------------------------------------------------------------
SECTOR_EN = {
    "petrochemical": ["Petrochemicals", "Petrochemicals & polymers"],
    "nuclear": ["Nuclear technologies", "Nuclear tech"],
    "timber": ["Forestry & timber", "Timber processing"],
    "pharma": ["Pharmaceuticals", "Pharma"],
    "medtech_it": ["Medical devices & IT", "MedTech & IT"],
    "wildlife": ["Wild-harvested products", "Wildlife resources"],
    "hard_to_recover": ["Hard-to-recover reserves", "Hard-to-recover oil"],
}
CLUSTER_KEYS = list(SECTOR_EN)

FOCUS_EN = {
    "industry": "Advanced manufacturing",
    "science_education": "Science & education",
    "innovation_business": "Tech innovation & new businesses",
    "smart_city": "Smart city",
    "business_environment": "Business environment",
}
PLACE_EN = {"Томск": "Tomsk", "Северск": "Seversk", "Асино": "Asino", "Стрежевой": "Strezhevoy",
            "Колпашево": "Kolpashevo", "Томский район": "Tomsk district"}
PLACES = list(PLACE_EN)

# stage-gate phrases -> canonical status
GATE_EN = {
    "planned": ["Gate 1 – concept", "Gate 2 – appraisal"],
    "in_progress": ["Gate 3 – execution"],
    "completed": ["Gate 4 – completed"],
    "suspended": ["On hold"],
}
STAGE_RU = {
    "planned": ["на экспертизе", "Одобрен ИК", "Одобрен ИК "],
    "in_progress": ["Реализация", "реализация", "В стадии реализации"],
    "completed": ["Завершён", "завершен", "Проект завершен"],
    "suspended": ["Приостановлен", "приостановлен"],
}
STATUSES = ["planned", "in_progress", "completed", "suspended"]


# =============================================================================================
# 1. dfi_portfolio_summary.xlsx  (summary, merged two-level header, English)
# =============================================================================================
SUMMARY_NAMES = [
    ("Polypropylene compounding line at the Tomskneftekhim site", "Tomskneftekhim LLC"),
    ("Isotope production complex, phase II", "Siberian Chemical Combine JSC"),
    ("Oriented strand board plant in Asino", "Asino Timber Holding LLC"),
    ("Sterile injectables fill-and-finish plant “TomPharm-2”", "TomPharm LLC"),
    ("Regional telemedicine platform", "MedSoft Siberia LLC"),
    ("Cedar nut deep processing facility", "Siberian Cedar LLC"),
    ("Bazhenov formation pilot drilling programme", "Tomskneft VNK JSC"),
    ("Smart street lighting for Tomsk", "Tomsk City Lighting MUE"),
    ("University engineering campus (student housing block)", "Tomsk Polytechnic University"),
    ("One-stop digital permits service for investors", "Tomsk Region Development Agency"),
    ("Wood pellet plant in Kolpashevo", "Kolpashevo Bioenergy LLC"),
    ("Radiopharmaceuticals cyclotron centre", "Nuclear Medicine Centre LLC"),
    ("Methanol-to-olefins pilot unit", "Tomsk Polymer Technologies LLC"),
    ("Bilberry and lingonberry freeze-drying line", "Taiga Berries LLC"),
    ("Hospital information system roll-out", "Medical IT Cluster Association"),
    ("Low-permeability reservoir fracturing test site", "Strezhevoy Oil Services LLC"),
    ("Generic oncology drugs plant", "Sibpharm Generics JSC"),
    ("Nuclear fuel cycle engineering school", "Tomsk State University"),
    ("Glued laminated timber house-kit factory", "Tomsk Wood Homes LLC"),
    ("Urban data centre and city dashboard", "Tomsk Digital City LLC"),
    ("Satellite parts machining centre", "Sibspace Components LLC"),
    ("Chaga mushroom extract production", "Northern Wild Herbs LLC"),
]
PEOPLE_EN = ["A. Petrova", "J. Miller", "S. Ivanov", "M. Chen", "O. Kuznetsova", "D. Novak"]
ISSUES_EN = [
    "Grid connection agreement not yet signed",
    "Land plot allocation pending; sponsor awaiting decision",
    "Environmental permit under review",
    "Equipment supplier delayed delivery by two quarters",
    "Co-financing from the regional budget not confirmed for 2025",
]


def build_summary():
    rng = random.Random(1801)
    recs, rows, rejected = [], [], []
    first_row = 7
    for i, (name, sponsor) in enumerate(SUMMARY_NAMES):
        code = f"INO-{1801 + i:04d}"
        r = first_row + i
        cl = CLUSTER_KEYS[i % 7] if i % 9 != 8 else None
        wa = list(FOCUS_EN)[i % 5]
        loc = PLACES[(i * 5) % 6]
        st = STATUSES[(i * 3) % 4]
        start = D(2016 + i % 7, 1 + (i * 5) % 12, 1 + (i * 7) % 27)
        end = D(start.year + 2 + i % 4, 1 + (i * 3) % 12, 1 + (i * 11) % 27)
        tot, fed, reg, ext = money_triplet(rng, big=i % 3 == 0)
        conf = round(ext * rng.choice([0.5, 0.8, 1.0]), 1)
        jp = rng.randrange(20, 900, 5)
        jc = 0 if st == "planned" else (jp if st == "completed" else rng.randrange(0, jp))
        rec = dict(code=code, name=name, cluster=cl, work_area=wa, location=loc, status=st,
                   start_date=start, end_date=end, total_cost_mln=tot, federal_budget_mln=fed,
                   regional_budget_mln=reg, extra_budgetary_mln=ext,
                   extra_budgetary_confirmed_mln=conf, jobs_planned=jp, jobs_created=jc,
                   lead_organization=sponsor, problems=ISSUES_EN[i % 5] if i % 3 == 1 else None)
        # cell spellings
        sector_cell = SECTOR_EN[cl][i % 2] if cl else ["n/a", "—", None][i % 3]
        gate_cell = GATE_EN[st][i % len(GATE_EN[st])]
        end_cell = end
        if i % 6 == 2:  # COD as a quarter
            q = (end.month - 1) // 3 + 1
            end_cell = f"Q{q} {end.year}"
            rec["end_date"] = quarter_end(end.year, q)
        elif i % 6 == 5:  # COD as a bare year (number)
            end_cell = end.year
            rec["end_date"] = D(end.year, 12, 31)
        fed_cell = fed if fed else ("—" if i % 2 else 0)
        if fed_cell == "—":
            rec["federal_budget_mln"] = None
        if i == 4:  # private amount unknown
            rec["extra_budgetary_mln"] = None
            rec["extra_budgetary_confirmed_mln"] = None
            rec["total_cost_mln"] = round(fed + reg, 1)
        fin_close = start - dt.timedelta(days=60 + i * 3)
        debt = round((rec["total_cost_mln"] or 0) * 0.55, 1)
        equity = round((rec["total_cost_mln"] or 0) * 0.35, 1)
        grant = round((rec["total_cost_mln"] or 0) - debt - equity, 1)
        ticket = round(debt * 0.6, 1)
        disbursed = round(ticket * rng.choice([0, 0.25, 0.5, 1.0]), 1)
        fy = round(ticket * 0.3, 1)
        headcount = rng.randrange(50, 4000, 10)
        irr = round(rng.uniform(8, 24), 1)
        row = [i + 1, code, name, sector_cell, FOCUS_EN[wa], PLACE_EN[loc], gate_cell, sponsor,
               PEOPLE_EN[i % 6], "ABC"[i % 3], fin_close, start, end_cell,
               rec["total_cost_mln"], fed_cell, reg,
               None if rec["extra_budgetary_mln"] is None else ext,
               rng.choice([0, 0, 1.5, 4.2]),  # municipal
               None if rec["extra_budgetary_confirmed_mln"] is None else conf,
               debt, equity, grant, ticket, disbursed, fy,
               jp, jc, headcount, irr, rec["problems"], ["", "Sponsor call held", "Site visit Q3"][i % 3] or None]
        # rejected rows
        if name.startswith("Satellite parts"):
            row[3] = "Aerospace & defence"
            rejected.append({"sheet": "Portfolio", "row": r, "reason": "unknown cluster 'Aerospace & defence'",
                             "column": "D", "code": code})
        elif name.startswith("Glued laminated"):
            row[11] = D(2022, 5, 1)
            row[12] = D(2021, 10, 15)
            rejected.append({"sheet": "Portfolio", "row": r, "reason": "end date (COD) before start date",
                             "column": "M", "code": code})
        else:
            recs.append(rec)
        rows.append(row)
    return recs, rows, rejected


SUMMARY_TOP = [
    ("#", None), ("Project ID", None), ("Project name", None), ("Sector", None), ("Focus area", None),
    ("Location", None), ("Stage-gate", None), ("Sponsor", None), ("Deal lead (NEDB)", None),
    ("ESG category", None),
    ("Key dates", "Financial close"), ("Key dates", "Construction start"), ("Key dates", "COD (target)"),
    ("Financing plan, RUB mn", "Total project cost"), ("Financing plan, RUB mn", "Federal budget"),
    ("Financing plan, RUB mn", "Regional budget"), ("Financing plan, RUB mn", "Private / extra-budgetary"),
    ("Financing plan, RUB mn", "Municipal budget"),
    ("Financing plan, RUB mn", "Private – committed (signed agreements)"),
    ("Capital structure, RUB mn", "Debt"), ("Capital structure, RUB mn", "Equity"),
    ("Capital structure, RUB mn", "Grant"), ("Capital structure, RUB mn", "NEDB ticket size"),
    ("Disbursed to date, RUB mn", None), ("FY2024 allocation, RUB mn", None),
    ("Headcount", "New jobs – plan"), ("Headcount", "New jobs – created"),
    ("Headcount", "Sponsor headcount (current)"),
    ("Project IRR, %", None), ("Key issues / risks", None), ("Comments", None),
]
SUMMARY_MAP = [None, "code", "name", "cluster", "work_area", "location", "status", "lead_organization",
               None, None, None, "start_date", "end_date", "total_cost_mln", "federal_budget_mln",
               "regional_budget_mln", "extra_budgetary_mln", None, "extra_budgetary_confirmed_mln",
               None, None, None, None, None, None, "jobs_planned", "jobs_created", None, None,
               "problems", None]


def header_label(top, sub):
    return top if sub is None else f"{top} / {sub}"


def write_two_level_header(ws, spec, top_row):
    col = 1
    n = len(spec)
    while col <= n:
        top, sub = spec[col - 1]
        if sub is None:
            ws.cell(top_row, col, top)
            ws.merge_cells(start_row=top_row, start_column=col, end_row=top_row + 1, end_column=col)
            col += 1
            continue
        end = col
        while end + 1 <= n and spec[end][0] == top and spec[end][1] is not None:
            end += 1
        ws.cell(top_row, col, top)
        if end > col:
            ws.merge_cells(start_row=top_row, start_column=col, end_row=top_row, end_column=end)
        for c in range(col, end + 1):
            ws.cell(top_row + 1, c, spec[c - 1][1])
        col = end + 1
    for rr in (top_row, top_row + 1):
        for c in range(1, n + 1):
            ws.cell(rr, c).font = Font(bold=True)
            ws.cell(rr, c).alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


def make_summary():
    recs, rows, rejected = build_summary()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Portfolio"
    n = len(SUMMARY_TOP)
    ws.cell(1, 1, "North Eurasia Development Bank (NEDB) — Tomsk innovation programme portfolio")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws.cell(2, 1, "Portfolio status report as of 30 June 2024; amounts in RUB mn unless stated otherwise")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
    ws.cell(1, 1).font = Font(bold=True, size=13)
    write_two_level_header(ws, SUMMARY_TOP, 4)
    for c in range(1, n + 1):
        ws.cell(6, c, c)
    for k, row in enumerate(rows):
        r = 7 + k
        for c, v in enumerate(row, start=1):
            if v is None or v == "":
                continue
            cell = ws.cell(r, c, v)
            if isinstance(v, dt.date):
                cell.number_format = "DD MMM YYYY"
    last = 7 + len(rows) - 1
    tot_row = last + 1
    ws.cell(tot_row, 1, "Total")
    ws.merge_cells(start_row=tot_row, start_column=1, end_row=tot_row, end_column=3)
    for c in list(range(14, 18)) + [19] + list(range(20, 26)) + [26, 27]:
        L = get_column_letter(c)
        s = 0
        for row in rows:
            v = row[c - 1]
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                s += v
        ws.cell(tot_row, c, round(s, 1))
    ws.cell(tot_row, 1).font = Font(bold=True)
    ws.cell(tot_row + 2, 1, "Note: COD = commercial operation date (target, as reported by the sponsor); "
                            "ticket size = NEDB's own loan commitment; municipal budget shown for information only.")
    ws.merge_cells(start_row=tot_row + 2, start_column=1, end_row=tot_row + 2, end_column=n)
    ws.cell(tot_row + 3, 1, "Source: NEDB portfolio team, compiled from sponsor reports.")
    for c in range(1, n + 1):
        ws.column_dimensions[get_column_letter(c)].width = 14
    ws.column_dimensions["C"].width = 48
    ws.freeze_panes = "D7"
    fname = "dfi_portfolio_summary.xlsx"
    wb.save(os.path.join(HERE, fname))

    fields = FIELDS
    exp_recs = []
    for rec in recs:
        e = order(rec, fields)
        e["start_date"] = iso(e["start_date"])
        e["end_date"] = iso(e["end_date"])
        for f in fields:
            if f.endswith("_mln"):
                e[f] = r1(e[f])
        exp_recs.append(e)
    exp = {
        "file": fname, "refused": False, "fields": fields, "record_count": len(exp_recs),
        "records": exp_recs, "rejected": rejected,
        "columns": [[header_label(t, s), m] for (t, s), m in zip(SUMMARY_TOP, SUMMARY_MAP)],
        "sheet": "Portfolio", "header_rows": [4, 5], "data_rows": [7, last],
        "skipped_rows": {"6": "column numbers", str(tot_row): "totals ('Total')",
                         str(tot_row + 2): "footnote", str(tot_row + 3): "source line"},
        "notes": (
            "English portfolio report of a development bank. Title rows 1-2 (row 2 says amounts are RUB mn); "
            "two-level merged header in rows 4-5 (groups 'Key dates', 'Financing plan, RUB mn', 'Capital structure, "
            "RUB mn', 'Headcount'); row 6 numbers the columns; data rows 7-%d; row %d is the 'Total' row and rows "
            "%d-%d are a footnote and a source line. Mapping choices: 'Sponsor' is the organisation that carries the "
            "project -> lead_organization; 'Deal lead (NEDB)' is a person at the bank -> null. 'Sector' holds English "
            "sector names of the clusters ('Petrochemicals' = petrochemical, 'Forestry & timber' = timber, 'Medical "
            "devices & IT' = medtech_it, 'Wild-harvested products' = wildlife, 'Hard-to-recover oil' = hard_to_recover, "
            "...); 'n/a', '—' or empty = no cluster. 'Focus area' gives the work area in English ('Advanced "
            "manufacturing' = industry, 'Tech innovation & new businesses' = innovation_business, ...). 'Location' "
            "is in English transliteration ('Tomsk district' = Томский район, 'Strezhevoy' = Стрежевой). "
            "'Stage-gate' -> status: 'Gate 1 – concept' and 'Gate 2 – appraisal' = planned, 'Gate 3 – execution' = "
            "in_progress, 'Gate 4 – completed' = completed, 'On hold' = suspended. 'Construction start' -> start_date; "
            "'COD (target)' (commercial operation date) -> end_date, written as a date, a quarter ('Q3 2024' -> "
            "quarter end) or a bare year number (-> 31 December). NOT imported (null): 'Financial close' (a financing "
            "milestone, not the project start), 'Municipal budget', the 'Capital structure' group (Debt, Equity, "
            "Grant, NEDB ticket size: a different split of the same money, not the budget-source split), 'Disbursed "
            "to date', 'FY2024 allocation' (one-year slice), 'Sponsor headcount (current)' (existing staff, not new "
            "jobs), 'Project IRR, %%', 'ESG category', 'Comments'. 'Private – committed (signed agreements)' -> "
            "extra_budgetary_confirmed_mln. Federal budget '—' = null (unknown), 0 = 0.0. Row for INO-1805 has an "
            "empty private amount: extra_budgetary and confirmed are null. Two rows are rejected: an unknown sector "
            "'Aerospace & defence' and a COD before the construction start." % (last, tot_row, tot_row + 2, tot_row + 3)),
    }
    write_expected("dfi_portfolio_summary", exp)
    return exp


# =============================================================================================
# 2. dfi_portfolio_update.xlsx  (update of the bank's own summary)
# =============================================================================================
def make_update(base):
    base_recs = {r["code"]: dict(r) for r in base["records"]}
    order_codes = [r["code"] for r in base["records"]]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Q3 2024 update"
    ws["A1"] = "NEDB portfolio — Q3 2024 update (changes since the 30 June 2024 report)"
    ws["A2"] = "RUB mn"
    hdr = ["Project ID", "Project name", "Stage-gate", "Total project cost, RUB mn",
           "Private / extra-budgetary, RUB mn", "New jobs – created", "Disbursed to date, RUB mn",
           "Analyst comment"]
    cmap = ["code", "name", "status", None, None, "jobs_created", None, None]
    cmap[3] = "total_cost_mln"
    cmap[4] = "extra_budgetary_mln"
    for c, h in enumerate(hdr, 1):
        ws.cell(4, c, h).font = Font(bold=True)
    rows = []
    changed, new_codes, by_name, rejected = [], [], [], []
    state = base_recs

    def upd(code, name_cell, gate, status, tot, ext, jc, disb, comm):
        rows.append([code, name_cell, gate, tot, ext, jc, disb, comm])

    # by code, changed
    plan = [
        # code, new status, total, ext, jobs created (None = unchanged/empty cell)
        ("INO-1801", "completed", None, None, "all"),
        ("INO-1802", "in_progress", None, None, 35),
        ("INO-1808", "suspended", None, None, None),
        ("INO-1807", None, "tot+250", "ext+250", None),
        ("INO-1810", None, None, None, 12),
        ("INO-1813", "in_progress", "tot-40", "ext-40", 18),
    ]
    for code, st, tot, ext, jc in plan:
        b = state[code]
        before = dict(b)
        if st:
            b["status"] = st
        if tot:
            delta = float(tot[4:]) * (1 if tot[3] == "+" else -1)
            b["total_cost_mln"] = round(b["total_cost_mln"] + delta, 1)
            b["extra_budgetary_mln"] = round(b["extra_budgetary_mln"] + delta, 1)
        if jc == "all":
            b["jobs_created"] = b["jobs_planned"]
        elif jc is not None:
            b["jobs_created"] = jc
        gate = GATE_EN[b["status"]][0]
        upd(code, b["name"], gate, b["status"], b["total_cost_mln"], b["extra_budgetary_mln"],
            b["jobs_created"], round((b["total_cost_mln"] or 0) * 0.1, 1), "revised by sponsor")
        if b != before:
            changed.append(code)
    # by code, re-sent unchanged
    for code in ("INO-1803", "INO-1811"):
        b = state[code]
        upd(code, b["name"], GATE_EN[b["status"]][-1], b["status"], b["total_cost_mln"],
            b["extra_budgetary_mln"], b["jobs_created"], None, None)
    # by name (empty code)
    name_plan = [
        ("INO-1804", lambda n: n.replace("“", '"').replace("”", '"'), "“ ” quotes written as \"\"",
         None, None, 0),
        ("INO-1806", lambda n: n.upper(), "upper case", "in_progress", None, None),
        ("INO-1809", lambda n: n.replace(" ", "  ", 1) + " ", "double space, trailing space", None, "ext+15", None),
        ("INO-1815", lambda n: n[0].lower() + n[1:], "first letter in lower case", "completed", None, "all"),
    ]
    for code, f, diff, st, ext, jc in name_plan:
        b = state[code]
        before = dict(b)
        if st:
            b["status"] = st
        if ext:
            b["extra_budgetary_mln"] = round(b["extra_budgetary_mln"] + 15, 1)
            b["total_cost_mln"] = round(b["total_cost_mln"] + 15, 1)
        if jc == "all":
            b["jobs_created"] = b["jobs_planned"]
        elif jc is not None:
            b["jobs_created"] = jc
        nm = f(b["name"])
        upd(None, nm, GATE_EN[b["status"]][0], b["status"], b["total_cost_mln"], b["extra_budgetary_mln"],
            b["jobs_created"], None, "ID missing in sponsor template")
        by_name.append({"code": code, "name_in_file": nm, "difference": diff, "row": 4 + len(rows)})
        if b != before:
            changed.append(code)
    # a rejected row: known code, negative private amount -> project keeps its values
    rej_code = "INO-1812"
    b = state[rej_code]
    upd(rej_code, b["name"], GATE_EN["in_progress"][0], None, b["total_cost_mln"], -120.0, 5, None,
        "sponsor reported a refund as a negative amount")
    rejected.append({"sheet": ws.title, "row": 4 + len(rows), "reason": "negative amount",
                     "column": "E", "code": rej_code})
    # new projects
    new_list = [
        ("INO-1841", "Biochar production from sawmill residues", "Gate 1 – concept", "planned", 310.0, 290.0, None),
        ("INO-1842", "Proton therapy planning software", "Gate 2 – appraisal", "planned", 95.5, 80.0, 0),
        ("INO-1843", "Associated petroleum gas utilisation unit", "Gate 3 – execution", "in_progress", 1840.2, 1700.0, 42),
    ]
    for code, nm, gate, st, tot, ext, jc in new_list:
        upd(code, nm, gate, st, tot, ext, jc, None, "new in pipeline")
        rec = {f: None for f in FIELDS}
        rec.update(code=code, name=nm, status=st, total_cost_mln=tot, extra_budgetary_mln=ext, jobs_created=jc)
        state[code] = rec
        order_codes.append(code)
        new_codes.append(code)
    # shuffle-free but interleaved order: write rows
    for k, row in enumerate(rows):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(5 + k, c, v)
    last = 4 + len(rows)
    ws.cell(last + 2, 1, "Rows without a Project ID: sponsor did not quote the ID; match by name.")
    for c, w in zip("ABCDEFGH", (12, 60, 20, 16, 16, 12, 14, 30)):
        ws.column_dimensions[c].width = w
    fname = "dfi_portfolio_update.xlsx"
    wb.save(os.path.join(HERE, fname))
    recs = []
    for code in order_codes:
        recs.append(order(state[code], FIELDS))
    exp = {
        "file": fname, "refused": False, "fields": FIELDS, "record_count": len(recs), "records": recs,
        "rejected": rejected, "base_file": "dfi_portfolio_summary.xlsx",
        "columns": [[h, m] for h, m in zip(hdr, cmap)],
        "header_row": 4, "data_rows": [5, last], "skipped_rows": {str(last + 2): "note below the table"},
        "changed_codes": sorted(set(changed)), "new_codes": new_codes, "matched_by_name": by_name,
        "notes": (
            "Import dfi_portfolio_summary.xlsx first, then this file; 'records' is the resulting state of all projects "
            "(the 20 valid projects of the summary, then the 3 new ones). Title rows 1-2, header row 4, data rows 5-%d, "
            "a note in row %d. 9 rows carry a known code: 6 change status, cost, private amount or jobs created; "
            "INO-1803 and INO-1811 are re-sent unchanged; INO-1812 is rejected (below). 4 rows have an empty Project "
            "ID and are matched by name (quotes “” written as \"\", upper case, double and trailing space, lower-case "
            "first letter); the stored name is kept; 3 of them change values, INO-1815 is re-sent unchanged. The row of INO-1812 has a negative private amount and is rejected: INO-1812 keeps its "
            "earlier values. 3 new codes (INO-1841..1843) are added; their fields absent from this file are null. "
            "'Stage-gate' -> status as in the summary ('Gate 3 – execution' = in_progress, 'On hold' = suspended). "
            "Not imported: 'Disbursed to date, RUB mn' (money spent to date) and 'Analyst comment' (a note). An empty "
            "cell in 'New jobs – created' leaves the stored value unchanged." % (last, last + 2)),
    }
    write_expected("dfi_portfolio_update", exp)
    return exp




# =============================================================================================
# 3. dfi_pipeline_list.xlsx  (English list, RUB bn, COD as date / quarter / year)
# =============================================================================================
PIPE_NAMES = [
    "Catalyst regeneration plant", "Small modular reactor siting study", "Cross-laminated timber panels line",
    "Vaccine fill-finish line expansion", "AI radiology triage service", "Sea-buckthorn oil extraction unit",
    "Enhanced oil recovery pilot (CO2 injection)", "Polymer pipe plant", "Radiation sterilisation centre",
    "Veneer and plywood mill upgrade", "API synthesis pilot plant", "Wearable cardio-monitor production",
    "Birch sap beverages plant", "Horizontal well multi-stage fracturing programme", "Bitumen modifiers unit",
    "Dosimetry equipment workshop", "Sawmill residue pellet line", "Biosimilars development centre",
    "Hospital logistics robotics", "Wild mushroom processing hub",
]


def make_pipeline():
    rng = random.Random(1831)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Pipeline"
    hdr = ["Ref.", "Project", "Sector", "Total investment (RUB bn)", "Private capital (RUB bn)",
           "Grant (RUB bn)", "New jobs", "Financial close", "Expected COD", "Stage-gate",
           "Sponsor contact", "ESG category"]
    cmap = ["code", "name", "cluster", "total_cost_mln", "extra_budgetary_mln", None, "jobs_planned", None,
            "end_date", "status", None, None]
    for c, h in enumerate(hdr, 1):
        ws.cell(1, c, h).font = Font(bold=True)
    recs, rejected = [], []
    cod_kinds = {}
    for i, nm in enumerate(PIPE_NAMES):
        r = 2 + i
        code = f"INO-{1851 + i:04d}"
        cl = CLUSTER_KEYS[i % 7]
        st = ["planned", "planned", "in_progress", "suspended", "completed"][i % 5]
        tot_bn = round(rng.uniform(0.05, 4.0), 4)
        priv_bn = round(tot_bn * rng.choice([0.6, 0.75, 0.9]), 4)
        grant_bn = round(tot_bn * 0.05, 4)
        jobs = rng.randrange(15, 600, 5)
        y = 2025 + i % 5
        kind = ["date", "quarter_en", "year_text", "date", "quarter_ru", "year_num"][i % 6]
        if kind == "date":
            endd = D(y, 1 + (i * 4) % 12, 1 + (i * 9) % 28)
            cell_end = dt.datetime(endd.year, endd.month, endd.day)
        elif kind == "quarter_en":
            q = 1 + i % 4
            cell_end = f"Q{q} {y}"
            endd = quarter_end(y, q)
        elif kind == "quarter_ru":
            q = 1 + i % 4
            cell_end = f"{['I', 'II', 'III', 'IV'][q - 1]} кв. {y}"
            endd = quarter_end(y, q)
        elif kind == "year_text":
            cell_end = str(y)
            endd = D(y, 12, 31)
        else:
            cell_end = y
            endd = D(y, 12, 31)
        cod_kinds.setdefault(kind, []).append(cell_end if not isinstance(cell_end, dt.datetime) else endd.isoformat())
        sector_cell = SECTOR_EN[cl][(i // 7) % 2]
        if i in (6, 13):
            sector_cell = ["", "n/a"][i == 13]
            cl = None
        priv_cell = priv_bn
        rec = dict(code=code, name=nm, cluster=cl, status=st, end_date=iso(endd),
                   total_cost_mln=round(tot_bn * 1000, 1), extra_budgetary_mln=round(priv_bn * 1000, 1),
                   jobs_planned=jobs)
        if i == 10:
            priv_cell = None
            rec["extra_budgetary_mln"] = None
        fc = dt.datetime(2024, 1 + i % 12, 10)
        row = [code, nm, sector_cell, tot_bn, priv_cell, grant_bn, jobs, fc, cell_end,
               GATE_EN[st][i % len(GATE_EN[st])], PEOPLE_EN[i % 6], "ABC"[(i + 1) % 3]]
        bad = None
        if i == 8:
            row[4] = "tbc"
            bad = {"reason": "not a number: 'tbc'", "column": "E"}
        if i == 15:
            # duplicate of INO-1853 with different data (both rejected)
            row[0] = "INO-1853"
            bad = {"reason": "duplicate code INO-1853 (rows 4 and 17 differ)", "column": "A"}
        for c, v in enumerate(row, 1):
            if v is None or v == "":
                continue
            cell = ws.cell(r, c, v)
            if isinstance(v, dt.datetime):
                cell.number_format = "yyyy-mm-dd"
        if bad:
            rejected.append({"sheet": "Pipeline", "row": r, **bad, "code": row[0]})
        else:
            recs.append(rec)
    # INO-1853 (row 4) is also rejected
    dup = [x for x in recs if x["code"] == "INO-1853"][0]
    recs.remove(dup)
    rejected.append({"sheet": "Pipeline", "row": 4, "reason": "duplicate code INO-1853 (rows 4 and 17 differ)",
                     "column": "A", "code": "INO-1853"})
    rejected.sort(key=lambda x: x["row"])
    for c, w in zip("ABCDEFGHIJKL", (10, 46, 26, 12, 12, 10, 9, 13, 13, 20, 14, 8)):
        ws.column_dimensions[c].width = w
    ws2 = wb.create_sheet("Read me")
    for k, line in enumerate([
        "Pipeline of the NEDB Tomsk window. Figures in RUB billion.",
        "Expected COD: commercial operation date as given by the sponsor (date, quarter or year).",
        "Financial close: planned signing of the financing documents.",
        "Grant: technical-assistance grant from NEDB trust funds (not state budget).",
    ], 1):
        ws2.cell(k, 1, line)
    fname = "dfi_pipeline_list.xlsx"
    wb.save(os.path.join(HERE, fname))
    fields = ["code", "name", "cluster", "status", "end_date", "total_cost_mln", "extra_budgetary_mln",
              "jobs_planned"]
    fields = [f for f in FIELDS if f in fields]
    exp = {
        "file": fname, "refused": False, "fields": fields, "record_count": len(recs),
        "records": [order(x, fields) for x in recs], "rejected": rejected,
        "columns": [[h, m] for h, m in zip(hdr, cmap)], "data_sheet": "Pipeline", "header_row": 1,
        "data_rows": [2, 21], "cod_cells": cod_kinds,
        "notes": (
            "English list on sheet 'Pipeline' (header row 1, data rows 2-21); sheet 'Read me' is text, not data. Money "
            "in RUB billion, converted to RUB million (1.2345 bn = 1234.5 mln). 'Expected COD' -> end_date: a real "
            "date; a quarter 'Q2 2026' or 'IV кв. 2029' -> last day of the quarter; a year as text ('2027') or as a "
            "number in a General cell (2030) -> 31 December. 'Sector' is an English sector name of a cluster; empty or "
            "'n/a' = no cluster. 'Stage-gate' -> status (Gate 1/2 = planned, Gate 3 – execution = in_progress, "
            "Gate 4 – completed = completed, On hold = suspended). Not imported: 'Grant (RUB bn)' (a trust-fund grant, "
            "neither federal nor regional budget - ambiguous, left out), 'Financial close' (a financing milestone, not "
            "the start), 'Sponsor contact' (a person), 'ESG category'. 'New jobs' -> jobs_planned (pipeline, nothing "
            "created yet). INO-1861 has an empty private-capital cell -> null. Rejected: row 10 (private capital "
            "'tbc'), rows 4 and 17 (code INO-1853 twice with different data: both rejected).")}
    write_expected("dfi_pipeline_list", exp)


# =============================================================================================
# 4. dfi_financing_model.xlsx  (formulas with cached values; one without)
# =============================================================================================
FORM_NAMES = [
    "Ethylene oxide derivatives unit", "Isotope separation upgrade", "Timber drying kilns modernisation",
    "Insulin pens assembly", "Clinical decision support software", "Pine nut oil press",
    "Hard-to-recover reserves data platform", "Polyethylene film line", "Neutron imaging lab",
    "Engineered wood beams line", "Plasma fractionation centre", "Digital pathology scanners",
    "Cranberry processing line", "Shale core analysis centre", "Smart parking network", "Tech park incubator",
]


def make_formulas():
    rng = random.Random(1871)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Financing model"
    ws["A1"] = "NEDB co-financing model — Tomsk window (RUB mn)"
    hdr = ["Project ID", "Project", "Federal budget, RUB mn", "Regional budget, RUB mn",
           "Private funds, RUB mn", "Total, RUB mn", "Debt share, %", "New jobs (plan)"]
    cmap = ["code", "name", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
            "total_cost_mln", None, "jobs_planned"]
    for c, h in enumerate(hdr, 1):
        ws.cell(3, c, h).font = Font(bold=True)
    cached = {}  # cell ref -> cached value (None = no cached value)
    recs, rejected = [], []
    first = 4
    n = len(FORM_NAMES)
    for i, nm in enumerate(FORM_NAMES):
        r = first + i
        code = f"INO-{1881 + i:04d}"
        tot, fed, reg, ext = money_triplet(rng)
        jp1, jp2 = rng.randrange(10, 300), rng.randrange(0, 100)
        ws.cell(r, 1, code)
        ws.cell(r, 2, nm)
        ws.cell(r, 3, fed)
        ws.cell(r, 4, reg)
        ws.cell(r, 5, ext)
        ws.cell(r, 6, f"=C{r}+D{r}+E{r}" if i % 2 else f"=SUM(C{r}:E{r})")
        cached[f"F{r}"] = tot
        ws.cell(r, 7, f"=IF(F{r}=0,0,E{r}/F{r}*0.6)")
        cached[f"G{r}"] = round(ext / tot * 0.6, 4) if tot else 0
        if i % 3 == 0:
            ws.cell(r, 8, f"={jp1}+{jp2}")
            cached[f"H{r}"] = jp1 + jp2
        else:
            ws.cell(r, 8, jp1 + jp2)
        ws.cell(r, 7).number_format = "0.0%"
        rec = dict(code=code, name=nm, total_cost_mln=tot, federal_budget_mln=fed, regional_budget_mln=reg,
                   extra_budgetary_mln=ext, jobs_planned=jp1 + jp2)
        if i == 9:
            cached[f"F{r}"] = None
            rejected.append({"sheet": ws.title, "row": r, "reason": "formula without a cached value",
                             "column": "F", "code": code})
        else:
            recs.append(rec)
    last = first + n - 1
    tr = last + 1
    ws.cell(tr, 2, "Total")
    for c in "CDEFH":
        ws[f"{c}{tr}"] = f"=SUM({c}{first}:{c}{last})"
    # cached totals as Excel would compute them (row with the missing cache contributes its true value)
    allv = {c: 0.0 for c in "CDEFH"}
    for r in range(first, last + 1):
        for c in "CDE":
            allv[c] += ws[f"{c}{r}"].value
        allv["F"] += ws[f"C{r}"].value + ws[f"D{r}"].value + ws[f"E{r}"].value
        hv = ws[f"H{r}"].value
        allv["H"] += cached[f"H{r}"] if isinstance(hv, str) else hv
    for c in "CDEF":
        cached[f"{c}{tr}"] = round(allv[c], 1)
    cached[f"H{tr}"] = int(allv["H"])
    ws.cell(tr + 2, 1, "Debt share = indicative share of private funds raised as NEDB debt.")
    for c, w in zip("ABCDEFGH", (11, 44, 14, 14, 14, 14, 11, 12)):
        ws.column_dimensions[c].width = w
    fname = "dfi_financing_model.xlsx"
    path = os.path.join(HERE, fname)
    wb.save(path)
    inject_cached(path, "xl/worksheets/sheet1.xml", cached)
    fields = [f for f in FIELDS if f in cmap]
    exp = {
        "file": fname, "refused": False, "fields": fields, "record_count": len(recs),
        "records": [order(x, fields) for x in recs], "rejected": rejected, "header_row": 3,
        "data_rows": [first, last], "totals_row": tr, "skipped_rows": {str(tr): "totals ('Total', SUM formulas)",
                                                                       str(tr + 2): "note"},
        "formula_cells": len(cached), "columns": [[h, m] for h, m in zip(hdr, cmap)],
        "notes": (
            "Title row 1, header row 3, data rows %d-%d, 'Total' row %d (SUM formulas with cached results, not a "
            "project), a note in row %d. 'Total, RUB mn' is a formula in every row (=C+D+E or =SUM) stored with its "
            "cached result; every third 'New jobs (plan)' cell is a formula like =120+35 with a cached result. Use the "
            "cached results. The Total formula of row %d (INO-1890) has no cached value: that row is rejected, never "
            "read as 0. 'Debt share, %%' is a percentage formula (cached) and is not imported." %
            (first, last, tr, tr + 2, first + 9)),
    }
    write_expected("dfi_financing_model", exp)


def inject_cached(path, member, cached):
    """Put cached values <v> into formula cells written by openpyxl (which writes none)."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == member:
                xml = data.decode("utf-8")

                def fix(m):
                    ref = m.group(1)
                    attrs = m.group(2)
                    f = m.group(3)
                    if ref not in cached:
                        raise SystemExit("no cache for " + ref)
                    v = cached[ref]
                    if v is None:
                        return f'<c r="{ref}"{attrs}><f>{f}</f></c>'
                    return f'<c r="{ref}"{attrs}><f>{f}</f><v>{v}</v></c>'
                xml, k = re.subn(r'<c r="([A-Z]+[0-9]+)"([^>]*)><f>([^<]*)</f><v\s*/?>(?:</v>)?</c>', fix, xml)
                if k != len(cached):
                    raise SystemExit(f"formula cells patched {k} != {len(cached)}")
                data = xml.encode("utf-8")
            z.writestr(info, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())



# =============================================================================================
# 5. gk_sector_sheets.xlsx  (Russian state corporation, one sheet per sector, тыс. руб.)
# =============================================================================================
GK_SHEETS = [
    ("petrochemical", "Petrochemicals", "Нефтехимический кластер", [
        ("Производство базовых масел III группы", "АО «Томская нефтехимия»"),
        ("Установка получения бутадиена", "ООО «Сибур-Томск»"),
        ("Линия производства ПЭТ-гранулы", "ООО «ПолимерСиб»")]),
    ("nuclear", "Nuclear", "Кластер ядерных технологий", [
        ("Опытно-демонстрационный энергокомплекс, модуль переработки", "АО «СХК»"),
        ("Центр облучения и стерилизации медизделий", "ООО «Радиационные технологии»"),
        ("Производство стабильных изотопов", "АО «Изотоп-Сибирь»")]),
    ("timber", "Timber", "Лесопромышленный кластер", [
        ("Лесопильный комплекс с глубокой переработкой", "ООО «Асиновский ЛПК»"),
        ("Производство топливных брикетов", "ООО «Биотопливо Нарым»"),
        ("Завод клееного бруса", "ООО «Томлесдом»")]),
    ("pharma", "Pharma", "Фармацевтический кластер", [
        ("Производство противоопухолевых субстанций", "АО «Фармсинтез-Томск»"),
        ("Цех лиофилизированных препаратов", "ООО «Сибирские лекарства»"),
        ("Центр доклинических исследований", "ФГБУН «НИИ фармакологии»")]),
    ("medtech_it", "MedTech & IT", "Кластер медицинской техники и информационных технологий", [
        ("Серийное производство аппаратов ИВЛ", "ООО «Медтехника Томск»"),
        ("Платформа удаленного мониторинга пациентов", "ООО «ТелеМед»"),
        ("Производство эндопротезов", "ООО «Эндомед»")]),
    ("wildlife", "Wild plants", "Кластер дикоросов", [
        ("Переработка кедрового ореха в Колпашеве", "ООО «Нарымский кедр»"),
        ("Производство сушеных ягод", "ООО «Таежный дар»"),
        ("Цех экстрактов лекарственных трав", "ООО «Травы Сибири»")]),
    ("hard_to_recover", "Hard-to-recover", "Кластер трудноизвлекаемых запасов", [
        ("Испытательный полигон баженовской свиты", "АО «Томскнефть»"),
        ("Опытная закачка газа в пласт", "ООО «Стрежевой-Нефтесервис»"),
        ("Технологический центр керна", "ООО «Керн-ТПУ»")]),
]
KURATORS = ["Иванов И.И.", "Петрова А.С.", "Сидоренко В.П.", "Ким Е.Н."]


def make_sector_sheets():
    rng = random.Random(1901)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    hdr = ["№ п/п", "Шифр проекта", "Наименование инвестиционного проекта", "Инициатор проекта",
           "Куратор от Корпорации", "Место реализации", "Стадия", "Дата решения Инвестиционного комитета",
           "Начало реализации", "Окончание реализации", "Объем инвестиций, тыс. руб.",
           "в т.ч. внебюджетные средства (средства инициатора), тыс. руб.", "Освоено на отчетную дату, тыс. руб.",
           "Выручка (план 2025 г.), тыс. руб.", "Срок окупаемости, лет", "Численность персонала, чел.",
           "Создаваемые рабочие места, ед."]
    cmap = [None, "code", "name", "lead_organization", None, "location", "status", None, "start_date",
            "end_date", "total_cost_mln", "extra_budgetary_mln", None, None, None, None, "jobs_planned"]
    recs, rejected, sheets_info = [], [], []
    k = 0
    for si, (ckey, sname, full, projects) in enumerate(GK_SHEETS):
        ws = wb.create_sheet(sname)
        ws["A1"] = full
        ws["A2"] = "Перечень инвестиционных проектов Корпорации по состоянию на 01.07.2024"
        ws["A1"].font = Font(bold=True)
        for c, h in enumerate(hdr, 1):
            ws.cell(4, c, h).font = Font(bold=True)
            ws.cell(4, c).alignment = Alignment(wrap_text=True)
        r = 5
        data_rows = []
        for pi, (nm, org) in enumerate(projects):
            if pi == 2 and si % 2 == 0:
                r += 1  # blank spacer row between groups
            code = f"INO-{1901 + k:04d}"
            st = STATUSES[(k * 3 + 1) % 4]
            loc = PLACES[(k * 7 + si) % 6]
            start = D(2017 + k % 6, 1 + (k * 5) % 12, 1 + (k * 3) % 28)
            end = D(start.year + 2 + k % 3, 1 + (k * 7) % 12, 1 + (k * 13) % 28)
            tot_k = rng.randrange(20_000, 2_500_000)
            ext_k = int(tot_k * rng.choice([0.55, 0.7, 0.85, 1.0]))
            jobs = rng.randrange(10, 400)
            ic = D(start.year - 1, 1 + k % 12, 15)
            stage = STAGE_RU[st][k % len(STAGE_RU[st])]
            start_cell = start if k % 3 else start.strftime("%d.%m.%Y")
            end_cell = end if k % 4 else end.strftime("%d.%m.%Y")
            tot_cell = tot_k if k % 5 else ru_num(float(tot_k), nbsp=k % 2 == 0).replace(",0", "")
            row = [pi + 1, code, nm, org, KURATORS[k % 4], loc, stage, ic, start_cell, end_cell, tot_cell, ext_k,
                   int(tot_k * rng.choice([0.1, 0.4, 0.9])), tot_k * 2, rng.choice([4, 6.5, 8, 11]),
                   rng.randrange(50, 3000), jobs]
            rec = dict(code=code, name=nm, cluster=ckey, location=loc, status=st, start_date=iso(start),
                       end_date=iso(end), total_cost_mln=round(tot_k / 1000, 3),
                       extra_budgetary_mln=round(ext_k / 1000, 3), jobs_planned=jobs, lead_organization=org)
            bad = None
            if k == 10:
                row[10] = "около 120 000"
                bad = {"reason": "not a number: 'около 120 000'", "column": "K"}
            if k == 16:
                row[8] = D(2023, 3, 1)
                row[9] = "30.11.2022"
                bad = {"reason": "end date before start date", "column": "J"}
            for c, v in enumerate(row, 1):
                if v is None:
                    continue
                cell = ws.cell(r, c, v)
                if isinstance(v, dt.date):
                    cell.number_format = "DD.MM.YYYY"
            if bad:
                rejected.append({"sheet": sname, "row": r, **bad, "code": code})
            else:
                recs.append(rec)
            data_rows.append(r)
            r += 1
            k += 1
        ws.cell(r + 1, 1, "Итого по отрасли")
        ws.cell(r + 1, 11, "=SUM(K5:K%d)" % (r - 1))
        info = {"sheet": sname, "cluster": ckey, "A1": full, "header_row": 4, "data_rows": data_rows,
                "totals_row": r + 1}
        if si == 2:
            ws.row_dimensions[data_rows[1]].hidden = True
            info["hidden_row"] = data_rows[1]
        if si == 4:
            ws.column_dimensions["Q"].hidden = True
            info["hidden_column"] = "Q"
        for c, w in zip("ABCDEFGHIJKLMNOPQ", (6, 11, 44, 30, 16, 14, 18, 13, 12, 12, 14, 16, 14, 14, 10, 10, 10)):
            if not (si == 4 and c == "Q"):
                ws.column_dimensions[c].width = w
        sheets_info.append(info)
    notes = wb.create_sheet("Пояснения")
    for i, line in enumerate([
        "Стадия: «на экспертизе» — проект на экспертизе; «Одобрен ИК» — одобрен Инвестиционным комитетом, "
        "финансирование не начато; «Реализация» — проект реализуется.",
        "Объем инвестиций — полная стоимость проекта по паспорту, тыс. руб.",
        "Численность персонала — списочная численность инициатора на отчетную дату.",
    ], 1):
        notes.cell(i, 1, line)
    fname = "gk_sector_sheets.xlsx"
    wb.save(os.path.join(HERE, fname))
    # the totals rows hold a SUM formula without a cached value: they are totals, not projects.
    fields = [f for f in FIELDS if f in cmap or f == "cluster"]
    exp = {
        "file": fname, "refused": False, "fields": fields, "record_count": len(recs),
        "records": [order(x, fields) for x in recs], "rejected": rejected,
        "columns": [[h, m] for h, m in zip(hdr, cmap)], "sheets": sheets_info,
        "notes": (
            "A state corporation's register, one sheet per sector; sheet names are English sector names "
            "(Petrochemicals, Nuclear, Timber, Pharma, MedTech & IT, Wild plants, Hard-to-recover) and cell A1 holds "
            "the full Russian cluster name: the record's cluster comes from the sheet. Sheet 'Пояснения' is text, not "
            "data. Title rows 1-2, header row 4, data from row 5; on sheets 1, 3, 5, 7 a blank spacer row precedes "
            "the third project; each sheet ends with an 'Итого по отрасли' row (a SUM formula, no cached value: a "
            "totals row, skipped, never a rejected project). Money in тыс. руб. (said in the header), converted to RUB "
            "million. Some amounts are text with spaces or no-break spaces as thousands separators ('1 234 567'); some "
            "dates are text dd.mm.yyyy. 'Стадия' -> status: «на экспертизе» and «Одобрен ИК» (approved by the "
            "investment committee, not yet started) = planned; «Реализация», «В стадии реализации» = in_progress; "
            "«Завершён», «Проект завершен» = completed; «Приостановлен» = suspended. 'Инициатор проекта' (the "
            "organisation) -> lead_organization; 'Куратор от Корпорации' is a person -> null. 'Объем инвестиций' = "
            "full project cost -> total_cost_mln; 'в т.ч. внебюджетные средства (средства инициатора)' -> "
            "extra_budgetary_mln. Not imported: 'Дата решения Инвестиционного комитета' (a decision date, not the "
            "start), 'Освоено на отчетную дату' (spent to date), 'Выручка' (revenue, one year), 'Срок окупаемости' "
            "(payback), 'Численность персонала' (initiator's current staff, not new jobs). 'Создаваемые рабочие "
            "места' -> jobs_planned. Row %d on sheet 'Timber' is hidden and column Q (jobs) on sheet 'MedTech & IT' is "
            "hidden: still data. Rejected: text 'около 120 000' in the investment column, an end date before the "
            "start." % sheets_info[2]["hidden_row"]),
    }
    write_expected("gk_sector_sheets", exp)


# =============================================================================================
# 6. gk_reestr_cp1251.csv
# =============================================================================================
CSV_NAMES = [
    ("Комплекс по производству полиолефинов «Томск-Полимер»", "petrochemical"),
    ("Модернизация исследовательского реактора ИРТ-Т", "nuclear"),
    ("Завод по производству пеллет; этап 2", "timber"),
    ("Производство вакцин для ветеринарии", "pharma"),
    ("Единая цифровая платформа здравоохранения области", "medtech_it"),
    ("Заготовка и переработка березового сока", "wildlife"),
    ("Цифровой двойник месторождения", "hard_to_recover"),
    ("Производство катализаторов нефтепереработки", "petrochemical"),
    ("Ядерная медицина: ПЭТ-центр", "nuclear"),
    ("Производство мебельного щита", "timber"),
    ("Производство готовых лекарственных форм \"Томфарм\"", "pharma"),
    ("Телемедицинский консультационный центр", "medtech_it"),
    ("Переработка облепихи", "wildlife"),
    ("Полигон испытаний технологий ТрИЗ", "hard_to_recover"),
    ("Городской технопарк робототехники", None),
    ("Производство беспилотных авиасистем", "UNKNOWN"),
    ("Строительство газохимического комплекса", "petrochemical"),
]
LOC_RU = {"Томск": ["Томск", "г. Томск"], "Северск": ["ЗАТО Северск", "Северск"], "Асино": ["Асино"],
          "Стрежевой": ["г. Стрежевой"], "Колпашево": ["Колпашево"], "Томский район": ["Томский район"]}


def make_csv():
    rng = random.Random(1921)
    hdr = ["Шифр", "Наименование проекта", "Отрасль", "Муниципальное образование", "Статус (решение ИК)",
           "Дата начала", "Дата ввода в эксплуатацию", "Объем инвестиций, млн руб.", "Федеральный бюджет, млн руб.",
           "Областной бюджет, млн руб.", "Местный бюджет, млн руб.", "Внебюджетные источники, млн руб.",
           "Выручка, млн руб.", "Срок окупаемости, лет", "Численность персонала, чел.",
           "Новые рабочие места (план)", "Ответственный исполнитель (ФИО)", "Проблемные вопросы"]
    cmap = ["code", "name", "cluster", "location", "status", "start_date", "end_date", "total_cost_mln",
            "federal_budget_mln", "regional_budget_mln", None, "extra_budgetary_mln", None, None, None,
            "jobs_planned", None, "problems"]
    lines = [hdr]
    recs, rejected = [], []

    def c(x):
        return "" if x is None else f"{x:.1f}".replace(".", ",")
    for i, (nm, cl) in enumerate(CSV_NAMES):
        line_no = 2 + i
        code = f"INO-{1931 + i:04d}"
        tot, fed, reg, ext = money_triplet(rng)
        st = STATUSES[(i * 3 + 2) % 4]
        loc = PLACES[(i * 5 + 1) % 6]
        start = D(2018 + i % 6, 1 + (i * 7) % 12, 1 + (i * 5) % 28)
        end = D(start.year + 1 + i % 4, 1 + (i * 2) % 12, 1 + (i * 3) % 28)
        jobs = rng.randrange(5, 350)
        prob = [None, "Не определен земельный участок; инвестор ожидает решения", None,
                "Требуется корректировка проектно-сметной документации (ПСД)",
                "Нет подтверждения софинансирования \"из областного бюджета\""][i % 5]
        sector = SECTOR_EN[cl][i % 2] if cl in SECTOR_EN else ("—" if cl is None else "Aerospace")
        row = [code, nm, sector, LOC_RU[loc][i % len(LOC_RU[loc])], STAGE_RU[st][i % len(STAGE_RU[st])],
               start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y"), c(tot), c(fed), c(reg),
               c(rng.choice([0.0, 2.5])), c(ext), c(round(tot * 0.4, 1)), str(rng.choice([5, 7, 9])).replace(".", ","),
               str(rng.randrange(40, 900)), str(jobs), ["Смирнов А.В.", "Орлова Н.Г."][i % 2], prob or ""]
        if i == 7:
            row[12] = ""  # revenue unknown
        rec = dict(code=code, name=nm, cluster=None if cl is None else cl, location=loc, status=st,
                   start_date=iso(start), end_date=iso(end), total_cost_mln=tot, federal_budget_mln=fed,
                   regional_budget_mln=reg, extra_budgetary_mln=ext, jobs_planned=jobs, problems=prob)
        bad = None
        if cl == "UNKNOWN":
            bad = {"reason": "unknown cluster 'Aerospace'", "column": "C"}
        if i == 11:
            row[9] = c(-reg)
            bad = {"reason": "negative amount", "column": "J"}
        if i == 4:
            row[8] = ""
            rec["federal_budget_mln"] = None
        lines.append(row)
        if bad:
            rejected.append({"sheet": None, "row": line_no, **bad, "code": code})
        else:
            recs.append(rec)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerows(lines)
    fname = "gk_reestr_cp1251.csv"
    with open(os.path.join(HERE, fname), "wb") as fh:
        fh.write(buf.getvalue().encode("cp1251"))
    fields = [f for f in FIELDS if f in cmap]
    exp = {
        "file": fname, "refused": False, "fields": fields, "record_count": len(recs),
        "records": [order(x, fields) for x in recs], "rejected": rejected, "encoding": "cp1251",
        "delimiter": ";", "header_line": 1, "columns": [[h, m] for h, m in zip(hdr, cmap)],
        "notes": (
            "CSV export of the state corporation's register: Windows-1251, no BOM, CRLF, ';' separator, fields with "
            "';' or '\"' quoted with doubled inner quotes (line 4 has a ';' in the name; line 12 has quotes in the "
            "name, lines 6, 11 and 16 in the problems text). "
            "Decimal comma, no thousands separator, dates dd.mm.yyyy, amounts RUB million. 'Отрасль' holds English "
            "sector names of the clusters ('Petrochemicals & polymers' = petrochemical, 'Wildlife resources' = "
            "wildlife, 'Hard-to-recover oil' = hard_to_recover ...); '—' = no cluster. 'Муниципальное образование' -> "
            "location: 'г. Томск' = Томск, 'ЗАТО Северск' = Северск, 'г. Стрежевой' = Стрежевой. 'Статус (решение ИК)' "
            "-> status as in gk_sector_sheets («на экспертизе», «Одобрен ИК» = planned ...). 'Дата ввода в "
            "эксплуатацию' (commissioning) -> end_date. Not imported: 'Местный бюджет' (municipal budget), 'Выручка' "
            "(revenue), 'Срок окупаемости', 'Численность персонала' (current staff), 'Ответственный исполнитель "
            "(ФИО)' (a person). Line 6 has an empty federal budget (null). Rejected: line 13 (negative regional "
            "budget), line 17 (unknown sector 'Aerospace'). 'row' = line number."),
    }
    write_expected("gk_reestr_cp1251", exp)


# =============================================================================================
# 7. gk_reestr_oshibki.xlsx  (bad rows)
# =============================================================================================
def make_bad_rows():
    rng = random.Random(1951)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Реестр"
    hdr = ["Шифр проекта", "Наименование проекта", "Отрасль", "Место реализации", "Стадия", "Дата начала",
           "Дата окончания", "Объем инвестиций, млн руб.", "Федеральный бюджет, млн руб.",
           "Областной бюджет, млн руб.", "Внебюджетные источники, млн руб.", "Доля софинансирования, %",
           "Рабочие места (план)", "Рабочие места (создано)", "Проблемные вопросы", "Примечание"]
    cmap = ["code", "name", "cluster", "location", "status", "start_date", "end_date", "total_cost_mln",
            "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln", None, "jobs_planned",
            "jobs_created", "problems", None]
    for c, h in enumerate(hdr, 1):
        ws.cell(1, c, h).font = Font(bold=True)
    names = ["Производство изделий из древесно-полимерного композита", "Линия розлива инфузионных растворов",
             "Центр коллективного пользования ядерной медицины", "Производство ягодных концентратов",
             "Опытный участок добычи трудноизвлекаемой нефти", "Производство медицинских мониторов",
             "Установка гидроочистки дизельного топлива", "Комплекс переработки низкосортной древесины",
             "Цифровая лаборатория радиационного контроля", "Производство фитопрепаратов",
             "Производство полимерных труб большого диаметра", "Мобильные ФАП с телемедициной",
             "Цех переработки кедровой хвои", "Геолого-технологическая модель Васюганского района",
             "Производство лекарственных субстанций", "Технопарк «Томск-Полимер»", "Плитный завод"]
    recs, rejected = [], []
    r = 2
    for i, nm in enumerate(names):
        if i == 6:
            # blank formatted row: skipped silently
            for c in range(1, 17):
                ws.cell(r, c).number_format = "0.0"
            ws.cell(r, 2, " ")
            blank_row = r
            r += 1
        code = f"INO-{1971 + i:04d}"
        cl = CLUSTER_KEYS[i % 7]
        st = STATUSES[(i + 1) % 4]
        loc = PLACES[(i * 3) % 6]
        tot, fed, reg, ext = money_triplet(rng)
        start = D(2019 + i % 5, 1 + (i * 5) % 12, 1 + (i * 7) % 28)
        end = D(start.year + 2, 1 + (i * 3) % 12, 1 + (i * 5) % 28)
        jp = rng.randrange(10, 500)
        jc = 0 if st == "planned" else rng.randrange(0, jp)
        prob = None
        if i == 9:
            prob = '=HYPERLINK("https://example.org/ino/1980","Протокол ИК №14 от 12.03.2024")'
        elif i % 4 == 1:
            prob = "Задержка поставки оборудования"
        row = [code, nm, SECTOR_EN[cl][i % 2], loc, STAGE_RU[st][i % len(STAGE_RU[st])], start, end, tot, fed,
               reg, ext, round((fed + reg) / tot * 100, 1) if tot else 0, jp, jc, prob,
               ["", "уточняется", "данные инициатора"][i % 3] or None]
        rec = dict(code=code, name=nm, cluster=cl, location=loc, status=st, start_date=iso(start),
                   end_date=iso(end), total_cost_mln=tot, federal_budget_mln=fed, regional_budget_mln=reg,
                   extra_budgetary_mln=ext, jobs_planned=jp, jobs_created=jc, problems=prob)
        bad = None
        if i == 3:
            row[1] = ("Производство ягодных концентратов и сопутствующей продукции с применением технологии "
                      "вакуумной сушки ") * 8
            row[1] = row[1][:620]
            bad = {"reason": "name too long (620 characters, limit 500)", "column": "B"}
        if i == 8:
            row[12] = "в пределах 300"
            bad = {"reason": "not a number: 'в пределах 300'", "column": "M"}
        if i == 12:
            row[6] = D(start.year - 1, 6, 30)
            bad = {"reason": "end date before start date", "column": "G"}
        if i % 4 == 2:
            row[9] = ru_num(reg)
        if i == 14:
            row[8] = "—"
            rec["federal_budget_mln"] = None
        for c, v in enumerate(row, 1):
            if v is None:
                continue
            cell = ws.cell(r, c)
            if c == 15 and isinstance(v, str) and v.startswith("="):
                cell.value = v
                cell.data_type = "s"
            else:
                cell.value = v
            if isinstance(v, dt.date):
                cell.number_format = "DD.MM.YYYY"
        if bad:
            rejected.append({"sheet": "Реестр", "row": r, **bad, "code": code})
        else:
            recs.append(rec)
        r += 1
    for c, w in zip("ABCDEFGHIJKLMNOP", (11, 46, 24, 14, 16, 11, 11, 12, 12, 12, 12, 10, 10, 10, 40, 16)):
        ws.column_dimensions[c].width = w
    fname = "gk_reestr_oshibki.xlsx"
    wb.save(os.path.join(HERE, fname))
    fields = [f for f in FIELDS if f in cmap]
    exp = {
        "file": fname, "refused": False, "fields": fields, "record_count": len(recs),
        "records": [order(x, fields) for x in recs], "rejected": rejected, "header_row": 1,
        "skipped_rows": {str(blank_row): "blank formatted row (one cell holds a single space)"},
        "name_length_limit": 500, "columns": [[h, m] for h, m in zip(hdr, cmap)],
        "notes": (
            "Header row 1, data rows 2-%d. Row %d is a row of formatted blank cells (one holds a space): skipped, not "
            "rejected. Rejected: a name of 620 characters (limit 500), 'в пределах 300' in the planned-jobs column, an "
            "end date before the start date. The problems cell of INO-1980 is a plain string starting with "
            "'=HYPERLINK(' and is imported as that text. 'Отрасль' holds English sector names of the clusters; "
            "'Стадия' uses the corporation's stage phrases («Одобрен ИК», «на экспертизе» = planned, «Реализация» = "
            "in_progress, «Завершён» = completed, «Приостановлен» = suspended). Some regional-budget cells are text "
            "'1 234,5'. INO-1985 has '—' as federal budget (null). Not imported: 'Доля софинансирования, %%' (a "
            "percentage), 'Примечание' (notes)." % (r - 1, blank_row)),
    }
    write_expected("gk_reestr_oshibki", exp)



# =============================================================================================
# re-saves with LibreOffice (.xls and .ods) and their expected files
# =============================================================================================
RESAVES = [("dfi_portfolio_summary.xlsx", "xls"), ("gk_sector_sheets.xlsx", "ods")]


def make_resaved():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("LibreOffice not found: resaved/ not refreshed")
        return
    os.makedirs(RESAVED, exist_ok=True)
    profile = "file:///tmp/agency18_lo_profile"
    for src, ext in RESAVES:
        subprocess.run([soffice, "--headless", f"-env:UserInstallation={profile}", "--convert-to", ext,
                        "--outdir", RESAVED, os.path.join(HERE, src)], check=True, timeout=300,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = src.rsplit(".", 1)[0]
        with open(os.path.join(HERE, base + ".expected.json"), encoding="utf-8") as fh:
            exp = json.load(fh)
        exp["file"] = f"{base}.{ext}"
        exp["resaved_from"] = src
        exp["notes"] = (f"{src} opened and saved again by LibreOffice Calc as .{ext}; same sheets, rows, merged "
                        "header, hidden rows/columns and cell contents, so the same records and rejected rows. "
                        "(LibreOffice recalculates and stores formula results, e.g. of totals rows.) " + exp["notes"])
        with open(os.path.join(RESAVED, base + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
            fh.write("\n")


if __name__ == "__main__":
    s = make_summary()
    make_update(s)
    make_pipeline()
    make_formulas()
    make_sector_sheets()
    make_csv()
    make_bad_rows()
    make_resaved()
