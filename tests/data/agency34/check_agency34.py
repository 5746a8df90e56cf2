#!/usr/bin/env python3
"""Independent self-check of the agency34 set.

Does NOT import make_agency34.py.  It reads every input file itself (python-calamine for
.xlsx/.xls/.ods, the csv module for the CSV), finds the header rows, maps headers to canonical
fields with its own keyword rules, parses values by the rules of the samples README
(/work/shared/samples/README.md) and compares every value of every record and every rejected row
with the expected JSON.  It also checks the `columns`, `ignored_columns`, `fields`,
`written_as` (each written value is really in the file), and for the update file the resulting
state, `changed_codes`, `new_codes` and `matched_by_name`.

Run:  /work/main/.venv/bin/python check_agency34.py      -> prints ALL OK (exit 0) or FAIL
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from pathlib import Path

from python_calamine import CalamineWorkbook

HERE = Path(__file__).resolve().parent
ALL_FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date",
              "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
              "extra_budgetary_mln", "extra_budgetary_confirmed_mln", "jobs_planned",
              "jobs_created", "lead_organization", "problems"]
MONEY = {"total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
         "extra_budgetary_confirmed_mln"}
JOBS = {"jobs_planned", "jobs_created"}
DATES = {"start_date", "end_date"}
TEXT = {"code", "name", "lead_organization", "problems"}


class RowError(Exception):
    def __init__(self, kind, field, msg):
        super().__init__(msg)
        self.kind, self.field, self.msg = kind, field, msg


# ------------------------------------------------------------------ reading

def read_sheets(path: Path):
    if path.suffix.lower() == ".csv":
        text = path.read_bytes().decode("cp1251")
        assert not text.startswith("\ufeff")
        rows = list(csv.reader(text.splitlines(), delimiter=";", quotechar='"'))
        return [("", rows)]
    wb = CalamineWorkbook.from_path(str(path))
    return [(name, wb.get_sheet_by_name(name).to_python()) for name in wb.sheet_names]


def s(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def blank(v) -> bool:
    return v is None or (isinstance(v, str) and v.strip() == "")


# ------------------------------------------------------------------ header mapping (own rules)

IGNORE_RULES = [r"№", r"^#$", r"%", r"\bфио\b", r"контактн", r"\bmanager\b", r"предыдущ",
                r"last report", r"дата ввода", r"дата внесения", r"дата включения",
                r"last updated", r"примечан", r"^comments?$", r"освоено", r"^мб\b",
                r"сотрудник", r"^рег\."]
FIELD_RULES = [
    ("code", r"^код\b|project ref|project id"),
    ("name", r"наименован|название|project name"),
    ("jobs", r"рабоч|раб\. мест|^jobs\b"),
    ("cluster", r"кластер|^cluster$"),
    ("work_area", r"направлен|workstream"),
    ("location", r"место реализ|муниципальн|территори|населённ|населенн|^location$"),
    ("status", r"статус|стади|^status$"),
    ("start_date", r"/ начало|^начало|дата начала|/ start$"),
    ("end_date", r"/ окончание|/ завершение|^окончание|дата завершения|/ completion$"),
    ("lead_organization", r"организац|инициатор|исполнитель|organi[sz]ation|sponsor"),
    ("problems", r"проблем|^issues"),
    ("money", r"руб|rub|финансир|инвестиц|funding|стоимост|бюджет"),
]
MONEY_RULES = [
    ("extra_budgetary_confirmed_mln", r"подтв|confirmed"),
    ("federal_budget_mln", r"федерал|\bфб\b|federal"),
    ("regional_budget_mln", r"областн|\bоб\b|regional"),
    ("extra_budgetary_mln", r"внебюдж|\bвби\b|private"),
    ("total_cost_mln", r"всего|стоимост|объём инвест|объем инвест|total"),
]


def map_header(h: str):
    t = re.sub(r"\s+", " ", h.strip().lower())
    for pat in IGNORE_RULES:
        if re.search(pat, t):
            return None
    for field, pat in FIELD_RULES:
        if re.search(pat, t):
            if field == "jobs":
                if re.search(r"план|target", t):
                    return "jobs_planned"
                if re.search(r"факт|создано|created", t):
                    return "jobs_created"
                raise ValueError(f"jobs header without plan/fact: {h!r}")
            if field == "money":
                for mf, mp in MONEY_RULES:
                    if re.search(mp, t):
                        return mf
                raise ValueError(f"money header not understood: {h!r}")
            return field
    raise ValueError(f"header not understood: {h!r}")


def unit_factor(text: str):
    t = text.lower()
    if re.search(r"тыс\.?\s*руб|тысяч|'000", t):
        return 0.001
    if re.search(r"млрд|\bbn\b|billion", t):
        return 1000.0
    if re.search(r"млн|rub m\b|million", t):
        return 1.0
    return None


def find_header(rows):
    """Return (header_row_index, n_header_rows, headers as 'top / sub') or None."""
    for i, row in enumerate(rows[:20]):
        texts = [s(c).strip() for c in row]
        has_code = any(re.search(r"^код\b|project ref|project id", t.lower()) for t in texts)
        has_name = any(re.search(r"наименован|название|project name", t.lower())
                       for t in texts)
        if not (has_code and has_name):
            continue
        top = texts
        sub = [""] * len(top)
        n = 1
        if i + 1 < len(rows):
            nxt = [s(c).strip() for c in rows[i + 1]]
            strings = [t for t in nxt if t and not re.fullmatch(r"[\d.,]+", t)]
            codes = [t for t in nxt if re.fullmatch(r"INO-\d{4}", t)]
            if len(strings) >= 2 and not codes:
                sub = nxt + [""] * (len(top) - len(nxt))
                n = 2
        headers, cur = [], ""
        for j, t in enumerate(top):
            if t:
                cur = t
            if sub[j]:
                headers.append(f"{cur} / {sub[j]}")
            elif t:
                headers.append(t)
            else:
                headers.append("")
        return i, n, headers
    return None


# ------------------------------------------------------------------ value parsing

RU_NUM = re.compile(r"-?(\d{1,3}([ \u00a0]\d{3})+|\d+)(,\d+)?")
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
RU_MONTHS = {m: i + 1 for i, m in enumerate(
    ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
     "октября", "ноября", "декабря"])}
EN_MONTHS = {m.lower(): i + 1 for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"])}


def parse_number(v, field):
    if isinstance(v, bool):
        raise RowError("nan", field, f"not a number: {v!r}")
    if isinstance(v, (int, float)):
        return float(v)
    t = v.strip()
    if not RU_NUM.fullmatch(t):
        raise RowError("nan", field, f"not a number: {t!r}")
    return float(t.replace(" ", "").replace("\u00a0", "").replace(",", "."))


def quarter_end(q, y):
    if q == 4:
        return dt.date(y, 12, 31)
    return dt.date(y, 3 * q + 1, 1) - dt.timedelta(days=1)


def parse_date(v, field):
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, (int, float)):
        if float(v).is_integer() and 1900 < v < 2100:
            return dt.date(int(v), 12, 31)
        raise RowError("date", field, f"bad date {v!r}")
    t = v.strip()
    m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})(\s*г\.)?", t)
    if m:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    m = re.fullmatch(r"(I|II|III|IV|[1-4])\s*(кв\.|квартал)\s*(\d{4})(\s*г\.)?", t)
    if m:
        q = ROMAN.get(m[1]) or int(m[1])
        return quarter_end(q, int(m[3]))
    m = re.fullmatch(r"Q([1-4])\s+(\d{4})", t)
    if m:
        return quarter_end(int(m[1]), int(m[2]))
    m = re.fullmatch(r"(\d{1,2})\s+(\w+)\s+(\d{4})(\s*г\.)?", t)
    if m and (m[2].lower() in RU_MONTHS or m[2].lower() in EN_MONTHS):
        mon = RU_MONTHS.get(m[2].lower()) or EN_MONTHS[m[2].lower()]
        return dt.date(int(m[3]), mon, int(m[1]))
    if re.fullmatch(r"\d{4}", t):
        return dt.date(int(t), 12, 31)
    raise RowError("date", field, f"bad date {t!r}")


def norm(t: str) -> str:
    return t.strip().lower().replace("ё", "е")


def parse_status(v):
    t = norm(s(v))
    if re.search(r"приостанов|on hold|suspend", t):
        return "suspended"
    if re.search(r"заверш|реализован|complete", t):
        return "completed"
    if re.search(r"план|planned|pipeline", t):
        return "planned"
    if re.search(r"реализ|в работе|ongoing|in progress|under implementation", t):
        return "in_progress"
    raise RowError("status", "status", f"unknown status {t!r}")


CLUSTER_RULES = [(r"нефтехим|petrochem", "petrochemical"), (r"ядерн|nuclear", "nuclear"),
                 (r"медтех|медицинск|medtech", "medtech_it"), (r"фарм|pharma", "pharma"),
                 (r"лесопром|\bлпк\b|forestry|timber|wood", "timber"),
                 (r"дикорос|wild", "wildlife"),
                 (r"\bтриз\b|трудноизвлек|hard-to-recover", "hard_to_recover")]


def parse_cluster(v):
    t = norm(s(v))
    if t in ("", "—", "-", "–", "n/a", "нет", "none"):
        return None
    for pat, key in CLUSTER_RULES:
        if re.search(pat, t):
            return key
    raise RowError("cluster", "cluster", f"unknown cluster {s(v).strip()!r}")


def parse_work_area(v):
    t = norm(s(v))
    if not t:
        return None
    for pat, key in [(r"промышлен|manufactur|industry", "industry"),
                     (r"наук|science", "science_education"),
                     (r"инновац|innovation", "innovation_business"),
                     (r"город|city", "smart_city"),
                     (r"делов|business environment", "business_environment")]:
        if re.search(pat, t):
            return key
    raise RowError("work_area", "work_area", f"unknown work area {t!r}")


def parse_location(v):
    t = norm(s(v))
    if not t:
        return None
    if re.search(r"томский (р-н|район|муниципальный)|томского р|tomsky district", t):
        return "Томский район"
    for pat, place in [(r"северск|seversk", "Северск"), (r"асино|asino", "Асино"),
                       (r"стрежев|strezhev", "Стрежевой"), (r"колпашев|kolpashev", "Колпашево"),
                       (r"томск|tomsk", "Томск")]:
        if re.search(pat, t):
            return place
    raise RowError("location", "location", f"unknown place {t!r}")


def parse_field(field, v, factor):
    if blank(v):
        return None
    if field in MONEY:
        x = parse_number(v, field)
        if x < 0:
            raise RowError("negative", field, "negative amount")
        return round(x * factor, 6)
    if field in JOBS:
        x = parse_number(v, field)
        if not float(x).is_integer():
            raise RowError("nan", field, "jobs not whole")
        return int(x)
    if field in DATES:
        return parse_date(v, field)
    if field == "status":
        return parse_status(v)
    if field == "cluster":
        return parse_cluster(v)
    if field == "work_area":
        return parse_work_area(v)
    if field == "location":
        return parse_location(v)
    return s(v).strip() or None


def col_letter(j):
    out = ""
    j += 1
    while j:
        j, r = divmod(j - 1, 26)
        out = chr(65 + r) + out
    return out


# ------------------------------------------------------------------ reading one file

def read_file(path: Path):
    """Return dict with sheets info, columns, ignored, rows (parsed), rejected."""
    result = {"columns": None, "ignored": None, "rows": [], "sheet_fields": set()}
    for sheet, rows in read_sheets(path):
        hdr = find_header(rows)
        if hdr is None:
            continue
        hi, nh, headers = hdr
        title_text = " ".join(s(c) for r in rows[:hi] for c in r)
        title_unit = unit_factor(title_text)
        colmap, cols_json, ign_json = {}, [], []
        for j, h in enumerate(headers):
            if not h:
                continue
            f = map_header(h)
            if f is None:
                ign_json.append(h)
                continue
            assert f not in colmap.values(), (path.name, sheet, h, f)
            colmap[j] = f
            cols_json.append([h, f])
        sheet_cluster = None
        if "code" in colmap.values() and "cluster" not in colmap.values():
            a1 = s(rows[0][0]) if rows and rows[0] else ""
            sheet_cluster = parse_cluster(a1)
            assert parse_cluster(sheet) == sheet_cluster, (sheet, a1)
        if result["columns"] is None:
            result["columns"], result["ignored"] = cols_json, ign_json
        else:
            assert [f for _, f in cols_json] == [f for _, f in result["columns"]]
        factors = {}
        for j, f in colmap.items():
            if f in MONEY:
                u = unit_factor(headers[j])
                factors[j] = u if u is not None else (title_unit if title_unit else 1.0)
        code_j = [j for j, f in colmap.items() if f == "code"][0]
        name_j = [j for j, f in colmap.items() if f == "name"][0]
        fields = list(colmap.values()) + (["cluster"] if sheet_cluster is not None else [])
        result["sheet_fields"] = set(fields)
        for ri in range(hi + nh, len(rows)):
            row = list(rows[ri]) + [None] * (len(headers) - len(rows[ri]))
            excel_row = ri + 1
            if all(blank(c) for c in row):
                continue
            nonblank = [c for c in row if not blank(c)]
            if all(isinstance(c, (int, float)) or re.fullmatch(r"\d+", s(c).strip())
                   for c in nonblank) and [int(float(s(c))) for c in nonblank] == \
                    list(range(1, len(nonblank) + 1)):
                continue        # column-number row
            if any(norm(s(c)).startswith("итого") for c in row[:4]):
                continue        # totals
            code = s(row[code_j]).strip()
            name = s(row[name_j]).strip()
            money_or_status = any(not blank(row[j]) for j, f in colmap.items()
                                  if f in MONEY or f == "status")
            if not code and not (name and money_or_status):
                continue        # footnote / note
            rec, err, raw = {}, None, {}
            for j, f in colmap.items():
                raw[f] = row[j]
                try:
                    rec[f] = parse_field(f, row[j], factors.get(j, 1.0))
                except RowError as e:
                    if err is None:
                        err = (e, col_letter(j))
                    rec[f] = None
            if sheet_cluster is not None:
                rec["cluster"] = sheet_cluster
            if err is None and rec.get("name") and len(rec["name"]) > 500:
                err = (RowError("name", "name", "name too long"), col_letter(name_j))
            if err is None and rec.get("start_date") and rec.get("end_date") and \
                    rec["end_date"] < rec["start_date"]:
                ej = [j for j, f in colmap.items() if f == "end_date"][0]
                err = (RowError("end_before_start", "end_date", "end before start"),
                       col_letter(ej))
            result["rows"].append({"sheet": sheet, "row": excel_row, "rec": rec, "raw": raw,
                                   "err": err, "code_col": col_letter(code_j)})
    # duplicates: a code on more than one row with different data
    by_code = {}
    for r in result["rows"]:
        if r["rec"].get("code"):
            by_code.setdefault(r["rec"]["code"], []).append(r)
    for code, rs in by_code.items():
        if len(rs) > 1 and any(x["raw"] != rs[0]["raw"] for x in rs[1:]):
            for x in rs:
                if x["err"] is None:
                    x["err"] = (RowError("duplicate", "code", "duplicate"), x["code_col"])
    return result


# ------------------------------------------------------------------ comparison helpers

def jsonable(field, v):
    if v is None:
        return None
    if field in DATES:
        return v.isoformat()
    return v


def same(field, a, b):
    if a is None or b is None:
        return a is None and b is None
    if field in MONEY:
        return isinstance(a, (int, float)) and isinstance(b, (int, float)) and \
            abs(a - b) < 0.05
    return a == b and type(a) is type(b)


REASON_WORDS = {"negative": "negative", "end_before_start": "end date before start",
                "cluster": "unknown cluster", "duplicate": "duplicate", "nan": "not a number",
                "name": "name too long"}


class Checker:
    def __init__(self):
        self.fails = []
        self.checked_values = 0

    def fail(self, where, msg):
        self.fails.append(f"{where}: {msg}")

    def compare_records(self, where, got: list, exp: list, fields):
        if [r["code"] for r in got] != [r["code"] for r in exp]:
            self.fail(where, f"record codes/order differ: got {[r['code'] for r in got]} "
                             f"expected {[r['code'] for r in exp]}")
        gm = {r["code"]: r for r in got}
        for e in exp:
            g = gm.get(e["code"])
            if g is None:
                continue
            if set(e) != set(fields):
                self.fail(where, f"{e['code']}: expected keys {sorted(e)} != fields")
            for f in fields:
                gv = jsonable(f, g.get(f))
                self.checked_values += 1
                if not same(f, gv, e.get(f)):
                    self.fail(where, f"{e['code']}.{f}: file gives {gv!r}, expected "
                                     f"{e.get(f)!r}")

    def check_written_as(self, where, exp, raw_by_code):
        for code, items in exp.get("written_as", {}).items():
            raw = raw_by_code.get(code)
            if raw is None:
                self.fail(where, f"written_as {code}: no such row")
                continue
            for field, canon, written in items:
                cell = raw.get(field)
                cj = cell.isoformat() if isinstance(cell, (dt.date, dt.datetime)) else cell
                if isinstance(cj, str) and isinstance(written, str):
                    ok = cj == written
                elif isinstance(cj, (int, float)) and isinstance(written, (int, float)) \
                        and not isinstance(cj, bool):
                    ok = abs(cj - written) < 1e-9
                elif blank(cj) and written in (None, ""):
                    ok = True
                else:
                    ok = False
                if not ok:
                    self.fail(where, f"written_as {code}.{field}: file has {cj!r}, "
                                     f"expected written {written!r}")

    def check_file(self, exp_path: Path, base_state=None):
        exp = json.loads(exp_path.read_text(encoding="utf-8"))
        where = exp["file"]
        path = exp_path.parent / exp["file"]
        got = read_file(path)
        # columns and ignored columns
        if got["columns"] != exp["columns"]:
            self.fail(where, f"columns differ:\n   got {got['columns']}\n   exp {exp['columns']}")
        if got["ignored"] != [h for h, _ in exp.get("ignored_columns", [])]:
            self.fail(where, f"ignored columns differ: got {got['ignored']}")
        rejected = [r for r in got["rows"] if r["err"] is not None]
        valid = [r for r in got["rows"] if r["err"] is None]
        # rejected rows
        exp_rej = exp["rejected"]
        got_rej = [(r["sheet"], r["row"], r["rec"].get("code") or s(r["raw"].get("code")))
                   for r in rejected]
        if sorted(got_rej) != sorted((x["sheet"], x["row"], x["code"]) for x in exp_rej):
            self.fail(where, f"rejected rows differ: got {got_rej}, expected "
                             f"{[(x['sheet'], x['row'], x['code']) for x in exp_rej]}")
        else:
            em = {(x["sheet"], x["row"]): x for x in exp_rej}
            for r in rejected:
                x = em[(r["sheet"], r["row"])]
                e, col = r["err"]
                self.checked_values += 1
                kind = e.kind if not (e.kind == "nan" and "negative" in x["reason"]) else "nan"
                if REASON_WORDS[kind] not in x["reason"] and not (
                        e.kind == "nan" and "not a number" in x["reason"]):
                    self.fail(where, f"row {r['row']}: reason {x['reason']!r} but checker "
                                     f"found {e.kind} ({e.msg})")
                if col != x["column"]:
                    self.fail(where, f"row {r['row']}: column {x['column']} but checker "
                                     f"found {col}")
        fields = [f for f in ALL_FIELDS if f in got["sheet_fields"]]
        raw_by_code = {r["rec"]["code"]: r["raw"] for r in valid if r["rec"].get("code")}
        if "base_file" not in exp:
            if exp["fields"] != fields:
                self.fail(where, f"fields differ: got {fields}, expected {exp['fields']}")
            recs = [{**r["rec"]} for r in valid]
            if exp["record_count"] != len(exp["records"]):
                self.fail(where, "record_count != len(records)")
            self.compare_records(where, recs, exp["records"], exp["fields"])
            self.check_written_as(where, exp, raw_by_code)
            return exp, {r["code"]: r for r in recs}, [r["code"] for r in recs]
        # ---- update file
        state, order = base_state
        state = {c: dict(r) for c, r in state.items()}
        order = list(order)
        by_name = {}
        for c in order:
            by_name[self.norm_name(state[c]["name"])] = c
        changed, new, matched = set(), [], []
        for r in valid:
            rec = r["rec"]
            code = rec.get("code")
            if not code:
                code = by_name.get(self.norm_name(s(r["raw"].get("name"))))
                if code is None:
                    self.fail(where, f"row {r['row']}: name not matched")
                    continue
                matched.append((code, r["row"]))
                raw_by_code[code] = r["raw"]
            if code in state:
                before = dict(state[code])
                for f, v in rec.items():
                    if f == "code" or (f == "name" and not rec.get("code")):
                        continue
                    state[code][f] = v
                if any(jsonable(f, before[f]) != jsonable(f, state[code][f]) for f in before):
                    changed.add(code)
            else:
                state[code] = {f: rec.get(f) for f in ALL_FIELDS}
                order.append(code)
                new.append(code)
        got_recs = [{f: state[c].get(f) for f in ALL_FIELDS} for c in order]
        self.compare_records(where, got_recs, exp["records"], exp["fields"])
        if sorted(changed) != exp["changed_codes"]:
            self.fail(where, f"changed_codes: got {sorted(changed)}")
        if new != exp["new_codes"]:
            self.fail(where, f"new_codes: got {new}")
        if sorted(matched) != sorted((m["code"], m["row"]) for m in exp["matched_by_name"]):
            self.fail(where, f"matched_by_name: got {matched}")
        self.check_written_as(where, exp, raw_by_code)
        return exp, None, None

    @staticmethod
    def norm_name(t: str) -> str:
        t = t.lower().replace("ё", "е")
        for q in "«»“”„":
            t = t.replace(q, '"')
        return re.sub(r"\s+", " ", t).strip()


def main():
    ck = Checker()
    files = sorted(HERE.glob("*.expected.json")) + sorted(HERE.glob("resaved/*.expected.json"))
    if not files:
        print("FAIL: no expected files")
        return 1
    states = {}
    pending = []
    for p in files:
        exp = json.loads(p.read_text(encoding="utf-8"))
        if "base_file" in exp:
            pending.append(p)
            continue
        n_before = len(ck.fails)
        try:
            _, st, order = ck.check_file(p)
        except Exception as e:  # a file the checker cannot read is a failure, not a crash
            ck.fail(exp["file"], f"{type(e).__name__}: {e}")
            st, order = None, None
        if p.parent == HERE and st is not None:
            states[exp["file"]] = (st, order)
        print(f"{'ok  ' if len(ck.fails) == n_before else 'FAIL'} {p.relative_to(HERE)}")
    for p in pending:
        exp = json.loads(p.read_text(encoding="utf-8"))
        n_before = len(ck.fails)
        base = states.get(exp["base_file"])
        if base is None:
            ck.fail(exp["file"], f"base file {exp['base_file']} not checked")
        else:
            try:
                ck.check_file(p, base_state=base)
            except Exception as e:
                ck.fail(exp["file"], f"{type(e).__name__}: {e}")
        print(f"{'ok  ' if len(ck.fails) == n_before else 'FAIL'} {p.relative_to(HERE)}")
    print(f"values compared: {ck.checked_values}")
    if ck.fails:
        for f in ck.fails:
            print("  -", f)
        print("FAIL")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
