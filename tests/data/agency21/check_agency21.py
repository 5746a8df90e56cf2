#!/usr/bin/env python3
"""Self-check of the agency21 set: re-reads every written file (openpyxl data_only; csv with
cp1251; .xls/.ods are first converted to .xlsx in /tmp by LibreOffice) and derives the records
with a small parser that is independent of make_agency21.py (its own keyword tables), then
compares with the expected JSON files. This is NOT the importer; it only checks that the
expected records match the cells under the listed headers.

Usage: python check_agency21.py
"""
import csv
import datetime as dt
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
MONEY = {"total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
         "extra_budgetary_confirmed_mln"}
JOBS = {"jobs_planned", "jobs_created"}
DATES = {"start_date", "end_date"}
errors = []


class Bad(Exception):
    def __init__(self, reason, field):
        super().__init__(reason)
        self.field = field


def low(s):
    return " ".join(str(s).lower().replace("ё", "е").split())


def status_of(s):
    t = low(s)
    for keys, k in ((("приостанов", "on hold", "suspend"), "suspended"),
                    (("заверш", "введен в эксплуатацию", "complet"), "completed"),
                    (("планир", "проектирован", "planned"), "planned"),
                    (("реализ", "выполня", "ведут", "ведется", "in progress", "construction"),
                     "in_progress")):
        if any(x in t for x in keys):
            return k
    raise AssertionError(f"status? {s!r}")


def cluster_of(s):
    if s is None or low(s) in ("", "—", "n/a"):
        return None
    t = low(s)
    for keys, k in ((("нефтехим", "petrochem"), "petrochemical"), (("ядерн", "nuclear"), "nuclear"),
                    (("лесопром", "timber"), "timber"), (("фарм", "pharma"), "pharma"),
                    (("медтех", "медицинской техники", "medtech"), "medtech_it"),
                    (("дикорос", "wildlife"), "wildlife"),
                    (("триз", "трудноизвлек", "hard-to-recover"), "hard_to_recover")):
        if any(x in t for x in keys):
            return k
    raise Bad(f"unknown cluster {s!r}", "cluster")


def place_of(s):
    t = low(s)
    for keys, k in ((("северск", "seversk"), "Северск"), (("томский", "tomsk district"), "Томский район"),
                    (("стрежев", "strezhev"), "Стрежевой"), (("колпашев", "kolpashev"), "Колпашево"),
                    (("асин", "asino"), "Асино"), (("томск", "tomsk"), "Томск")):
        if any(x in t for x in keys):
            return k
    raise AssertionError(f"place? {s!r}")


def area_of(s):
    t = low(s)
    for keys, k in ((("промышлен", "manufactur"), "industry"), (("наук", "science"), "science_education"),
                    (("инновац", "innovation"), "innovation_business"), (("город", "city"), "smart_city"),
                    (("деловая", "business climate"), "business_environment")):
        if any(x in t for x in keys):
            return k
    raise AssertionError(f"area? {s!r}")


ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
QEND = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}


def date_of(v):
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, (int, float)):
        assert float(v).is_integer() and 1990 < v < 2100, v
        return f"{int(v)}-12-31"
    s = v.strip()
    m = re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4})", s)
    if m:
        return f"{m[3]}-{m[2]}-{m[1]}"
    if re.fullmatch(r"\d{4}", s):
        return f"{s}-12-31"
    m = re.fullmatch(r"(?:Q([1-4])|([IV]+|[1-4])\s*(?:кв\.|квартал))\s*(\d{4})(?:\s*г\.)?", s)
    assert m, f"date? {v!r}"
    q = int(m[1]) if m[1] else (ROMAN[m[2]] if m[2] in ROMAN else int(m[2]))
    mo, d = QEND[q]
    return f"{m[3]}-{mo:02d}-{d:02d}"


def num_of(v, field):
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if isinstance(v, (int, float)):
        x = float(v)
    else:
        s = v.strip().replace("\u00a0", "").replace(" ", "")
        if not re.fullmatch(r"-?\d+(,\d+)?", s):
            raise Bad(f"not a number {v!r}", field)
        x = float(s.replace(",", "."))
    if x < 0:
        raise Bad("negative", field)
    return x


def unit_factor(header, title_text):
    h = header.lower()
    if "тыс" in h:
        return 0.001
    if "млрд" in h or "bn" in h:
        return 1000.0
    if "млн" in h or "rub m" in h:
        return 1.0
    t = (title_text or "").lower()
    return 1000.0 if "млрд" in t else 0.001 if "тыс" in t else 1.0


def header_names(ws, rows):
    """Column index -> header as written ('top / sub' for a two-level header)."""
    merged = {}
    for rng in ws.merged_cells.ranges:
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                merged[(r, c)] = (rng.min_row, rng.min_col)
    names = {}
    for c in range(1, ws.max_column + 1):
        parts = []
        for r in rows:
            orr, oc = merged.get((r, c), (r, c))
            v = ws.cell(orr, oc).value
            if v is not None and (orr == r or orr == rows[0]) and str(v) not in parts:
                if orr != r and orr == rows[0] and r != rows[0]:
                    continue    # vertical merge over both header rows: counted once
                parts.append(str(v))
        if parts:
            names[c] = " / ".join(parts)
    return names


def convert(path):
    """xls/ods -> xlsx in a temp folder (LibreOffice), for reading with openpyxl."""
    if path.suffix == ".xlsx":
        return path
    tmp = Path(tempfile.mkdtemp(prefix="agency21chk_"))
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/agency21_lo_profile", "--headless",
                    "--convert-to", "xlsx", "--outdir", str(tmp), str(path)], check=True,
                   capture_output=True)
    return tmp / (path.stem + ".xlsx")


def is_skip_row(vals, ncols):
    texts = [v for v in vals if v is not None and str(v).strip() != ""]
    if not texts:
        return "blank"
    if all(isinstance(v, int) for v in texts) and [v for v in vals if v is not None] == list(
            range(1, len(texts) + 1)):
        return "column numbers"
    if any(isinstance(v, str) and re.match(r"\s*(итого|total)\b", v, re.I) for v in vals):
        return "totals"
    return None


def parse_sheet(ws, header_rows, colmap, title_text, extra=None, code_must=True):
    names = header_names(ws, header_rows)
    inv = {}
    for c, n in names.items():
        if n in colmap:
            inv[c] = n
    missing = set(colmap) - set(inv.values())
    assert not missing, (ws.title, missing, names)
    out = []
    for r in range(header_rows[-1] + 1, ws.max_row + 1):
        vals = [ws.cell(r, c).value for c in range(1, ws.max_column + 1)]
        if is_skip_row(vals, ws.max_column):
            continue
        cells = {colmap[inv[c]]: (ws.cell(r, c).value, c, inv[c]) for c in inv if colmap[inv[c]]}
        # section headings, footnotes, notes, signature: no amount and no date
        nums = [cells[f][0] for f in MONEY | DATES if f in cells and cells[f][0] is not None]
        if not nums:
            continue
        out.append((r, cells))
    return out


def build(cells, fields, title_text, extra=None):
    rec = {}
    for f in fields:
        if f in (extra or {}):
            rec[f] = extra[f]
            continue
        v, c, hdr = cells.get(f, (None, None, None))
        try:
            if f in MONEY:
                x = num_of(v, f)
                rec[f] = None if x is None else round(x * unit_factor(hdr, title_text), 6)
            elif f in JOBS:
                x = num_of(v, f)
                rec[f] = None if x is None else int(x)
            elif f in DATES:
                rec[f] = date_of(v)
            elif f == "status":
                rec[f] = None if v is None else status_of(v)
            elif f == "cluster":
                rec[f] = cluster_of(v)
            elif f == "location":
                rec[f] = None if v is None else place_of(v)
            elif f == "work_area":
                rec[f] = None if v is None else area_of(v)
            else:
                rec[f] = None if v is None or str(v).strip() == "" else str(v).strip()
        except Bad as e:
            e.column = get_column_letter(c) if c else None
            raise
    if rec.get("start_date") and rec.get("end_date") and rec["end_date"] < rec["start_date"]:
        e = Bad("end before start", "end_date")
        e.column = get_column_letter(cells["end_date"][1])
        raise e
    return rec


def same(a, b, where):
    if a.keys() != b.keys():
        errors.append(f"{where}: keys {sorted(set(a) ^ set(b))}")
        return
    for k in a:
        x, y = a[k], b[k]
        if isinstance(x, float) or isinstance(y, float):
            if x is None or y is None or abs(x - y) > 0.05:
                errors.append(f"{where} {a.get('code')} {k}: got {x!r} expected {y!r}")
        elif x != y:
            errors.append(f"{where} {a.get('code')} {k}: got {x!r} expected {y!r}")


def compare(exp, got, rejected, label):
    if len(got) != exp["record_count"] or len(exp["records"]) != exp["record_count"]:
        errors.append(f"{label}: {len(got)} records, expected {exp['record_count']}")
    for g, e in zip(got, exp["records"]):
        same(g, e, label)
    er = [(x["sheet"], x["row"], x["column"], x["code"]) for x in exp["rejected"]]
    if rejected != er:
        errors.append(f"{label}: rejected {rejected} != {er}")
    print(f"{label}: {len(got)} records, {len(rejected)} rejected checked")


def title_of(ws, upto):
    return " ".join(str(ws.cell(r, c).value) for r in range(1, upto) for c in range(1, 4)
                    if ws.cell(r, c).value is not None)


def check_simple_xlsx(path, exp, sheet, header_rows, extra_from_a1=None):
    wb = load_workbook(convert(path), data_only=True)
    colmap = {h: f for h, f in exp["columns"]}
    got = []
    sheets = [sheet] if sheet else [s["sheet"] for s in exp["sheets"]]
    for sn in sheets:
        ws = wb[sn]
        hr = header_rows if header_rows else [s["header_row"] for s in exp["sheets"] if s["sheet"] == sn]
        title = title_of(ws, hr[0])
        extra = {"work_area": area_of(ws["A1"].value)} if extra_from_a1 else None
        for r, cells in parse_sheet(ws, hr, colmap, title):
            got.append(build(cells, exp["fields"], title, extra))
    return got


def main():
    # ---- file 1 and its .xls re-save
    e1 = json.loads((HERE / "univ_niokr.xlsx.expected.json").read_text())
    for p, ej in ((HERE / "univ_niokr.xlsx", e1),
                  (HERE / "resaved/univ_niokr.xls",
                   json.loads((HERE / "resaved/univ_niokr.xls.expected.json").read_text()))):
        compare(ej, check_simple_xlsx(p, ej, "Форма 1", [5, 6]), [], p.name)
    # ---- file 2 and its .ods re-save
    for p in (HERE / "vebrf_perechen.xlsx", HERE / "resaved/vebrf_perechen.ods"):
        ej = json.loads((p.parent / (p.name + ".expected.json")).read_text())
        compare(ej, check_simple_xlsx(p, ej, None, None, extra_from_a1=True), [], p.name)
    # ---- file 4 and its LibreOffice .xlsx re-save
    for p in (HERE / "partner_tracker_en.xlsx", HERE / "resaved/partner_tracker_en.xlsx"):
        ej = json.loads((p.parent / (p.name + ".expected.json")).read_text())
        compare(ej, check_simple_xlsx(p, ej, "Tracker", [4]), [], p.name)
    # ---- file 3: update applied to file 1's expected state
    e3 = json.loads((HERE / "univ_niokr_upd.xlsx.expected.json").read_text())
    wb = load_workbook(HERE / "univ_niokr_upd.xlsx", data_only=True)
    ws = wb["Актуализация"]
    colmap = {h: f for h, f in e3["columns"]}
    carried = [f for f in colmap.values() if f]
    state = {r["code"]: dict(r) for r in e1["records"]}
    order = list(state)

    def key(n):
        n = low(n)
        for q in "«»“”„":
            n = n.replace(q, '"')
        return n

    names = {key(r["name"]): r["code"] for r in e1["records"]}
    for r, cells in parse_sheet(ws, [4], colmap, "", code_must=False):
        rec = build(cells, carried, "")
        code = rec["code"] or names[key(rec["name"])]
        if code in state:
            for f in carried:
                if f not in ("code", "name"):
                    state[code][f] = rec[f]
        else:
            new = {f: None for f in e1["fields"]}
            new.update({f: rec[f] for f in carried})
            state[code] = new
            order.append(code)
    compare(e3, [state[c] for c in order], [], "univ_niokr_upd.xlsx")
    # ---- file 5: CSV cp1251
    e5 = json.loads((HERE / "ris_monitoring.csv.expected.json").read_text())
    raw = (HERE / "ris_monitoring.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rd = csv.reader(raw.decode("cp1251").splitlines(keepends=True), delimiter=";")
    header, got, lines = None, [], []
    colmap = {h: f for h, f in e5["columns"]}
    for row in rd:
        line = rd.line_num - row.count("") * 0  # physical end line
        if header is None:
            if "Код проекта" in row:
                header = row
            continue
        if not any(x.strip() for x in row):
            continue
        cells = {colmap[h]: (v, i + 1, h) for i, (h, v) in enumerate(zip(header, row)) if colmap[h]}
        got.append(build(cells, e5["fields"], ""))
    compare(e5, got, [], "ris_monitoring.csv")
    # ---- file 6: bad rows, two sheets, duplicates across sheets
    e6 = json.loads((HERE / "mo_monitoring_bad.xlsx.expected.json").read_text())
    wb = load_workbook(HERE / "mo_monitoring_bad.xlsx", data_only=True)
    colmap = {h: f for h, f in e6["columns"]}
    rows = []
    for ws in wb:
        for r, cells in parse_sheet(ws, [3], colmap, ""):
            sig = tuple(str(v[0]) for k, v in sorted(cells.items()))
            rows.append((ws.title, r, cells, sig))
    sigs = {}
    for s, r, cells, sig in rows:
        sigs.setdefault(cells["code"][0], set()).add(sig)
    got, rej = [], []
    for s, r, cells, sig in rows:
        code = cells["code"][0]
        if len(sigs[code]) > 1:
            rej.append((s, r, "A", code))
            continue
        try:
            got.append(build(cells, e6["fields"], ""))
        except Bad as e:
            rej.append((s, r, e.column, code))
    compare(e6, got, rej, "mo_monitoring_bad.xlsx")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
