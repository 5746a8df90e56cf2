#!/usr/bin/env python3
"""Independent self-check of the agency35 set.

Does not import the generator. Reads every input with python-calamine (the CSV with the csv
module), finds the header rows, maps headers with its own keyword rules, parses values by the
samples README's rules, and compares every value of every record and every rejected row with
the expected JSON. Prints ALL OK or the differences and exits 1.
Usage: python check_agency35.py
"""
import csv
import io
import json
import os
import re
import sys
from datetime import date, datetime

from python_calamine import CalamineWorkbook

HERE = os.path.dirname(os.path.abspath(__file__))
ALL_FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date",
              "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
              "extra_budgetary_mln", "extra_budgetary_confirmed_mln", "jobs_planned",
              "jobs_created", "lead_organization", "problems"]
MONEY = {f for f in ALL_FIELDS if f.endswith("_mln")}
NUMBER_FIELDS = MONEY | {"jobs_planned", "jobs_created"}
CODE_RE = re.compile(r"^INO-\d{4}$")
PROBLEMS = []


def fail(msg):
    PROBLEMS.append(msg)


class Reject(Exception):
    def __init__(self, kind, field, detail=""):
        super().__init__(kind)
        self.kind, self.field, self.detail = kind, field, detail


# ----------------------------------------------------------------------------- headers
def norm(text, split=False):
    s = str(text)
    if split:  # split CamelCase field names of a system export
        s = re.sub(r"(?<=[a-zа-яё])(?=[A-ZА-ЯЁ][a-zа-яё])", " ", s)
    s = s.lower().replace("ё", "е").replace("_", " ")
    s = re.sub(r"[¹²³*]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def tokens(s):
    return set(re.findall(r"[a-zа-я0-9]+", s))


def header_field(text):
    """(field, None) for an imported column, (None, why) for a look-alike, (None, None) else."""
    h = norm(text, split=True)
    t = tokens(h)
    if not h:
        return None, None
    if h in ("№", "#", "№ п/п") or "номер строки" in h:
        return None, "row number"
    if "пред" in t or ("пред" in h and "отч" in h) or "справочно" in h:
        return None, "previous report"
    if "освоено" in h or "disbursed" in h:
        return None, "spent"
    if "%" in h:
        return None, "percentage"
    if re.search(r"(?<!\d)20\d\d(?!\d)", h) or "fy" in t:
        return None, "year slice / dated value"
    if any(k in h for k in ("фио", "ф.и.о", "куратор", "контактное лицо", "project lead",
                            "исполнитель")):
        return None, "person"
    if any(k in h for k in ("примечание", "комментарий", "comments")):
        return None, "note"
    if any(k in h for k in ("дата внес", "дата ввода", "last updated", "дата актуализации")):
        return None, "entry date"
    if h.startswith("код") or "ref" in t or h == "project id":
        return "code", None
    if "раб" in h or h.startswith("jobs"):
        if "факт" in h or "создан" in h or "created" in h:
            return "jobs_created", None
        if "план" in h or "target" in h:
            return "jobs_planned", None
    if "подтв" in h:
        return "extra_budgetary_confirmed_mln", None
    if "внебюдж" in h or "вбс" in t or "инвестор" in h or "private" in h:
        return "extra_budgetary_mln", None
    if "федерал" in h or "фб" in t:
        return "federal_budget_mln", None
    if "областн" in h or "об" in t:
        return "regional_budget_mln", None
    if "всего" in t or "стоимость" in h or "total" in t:
        return "total_cost_mln", None
    if "кластер" in h or "sector" in t:
        return "cluster", None
    if "направлени" in h:
        return "work_area", None
    if "место" in h or "муниципальн" in h or t == {"мо"} or "территория" in h or "location" in t:
        return "location", None
    if "стади" in h or "статус" in h or "stage" in t:
        return "status", None
    if "организац" in h or "инициатор" in h or "sponsor" in t:
        return "lead_organization", None
    if "проблем" in h or "issues" in t or "риски" in h:
        return "problems", None
    if re.search(r"(^|\W)нач", h) or "начал" in h or h == "start":
        return "start_date", None
    if "оконч" in h or "заверш" in h or "completion" in t:
        return "end_date", None
    if "наименование" in h or h.startswith("наим") or h in ("проект", "project") \
            or "название" in h:
        return "name", None
    return None, None


def unit_of(text):
    h = norm(text)
    if "тыс" in h or "'000" in h:
        return 0.001
    if "млрд" in h or "bn" in tokens(h) or "billion" in h:
        return 1000.0
    if "млн" in h or "rub m" in h:
        return 1.0
    return None


def cell_text(v):
    if v is None:
        return ""
    if isinstance(v, float) and v == int(v):
        return str(int(v))
    return str(v)


def find_header(rows):
    """Header row index, whether a sub-header row follows, and the column texts."""
    best, best_i = 0, None
    for i, row in enumerate(rows[:20]):
        fields = {header_field(cell_text(c))[0] for c in row if isinstance(c, str)} - {None}
        if "code" in fields and len(fields) > best:
            best, best_i = len(fields), i
    if best_i is None or best < 3:
        return None
    top = [cell_text(c) for c in rows[best_i]]
    nxt = [cell_text(c) for c in rows[best_i + 1]] if best_i + 1 < len(rows) else []
    two = (sum(1 for c in nxt if c.strip() and not re.fullmatch(r"\d+", c)) >= 2
           and not any(CODE_RE.match(c.strip()) for c in nxt))
    texts = []
    for j, t in enumerate(top):
        sub = nxt[j].strip() if two and j < len(nxt) else ""
        if sub:
            k = j
            while k >= 0 and not top[k].strip():
                k -= 1
            texts.append(f"{top[k]} / {nxt[j]}")
        else:
            texts.append(t)
    return best_i, two, texts


# ----------------------------------------------------------------------------- values
RU_MONTHS = {"январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7,
             "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12}
EN_MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul",
                                         "aug", "sep", "oct", "nov", "dec"], start=1)}
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def last_day(year, month):
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def parse_date(v, field):
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    s = str(v).strip().lower().replace("ё", "е")
    m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})(?: г\.?)?", s)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1]))
    m = re.fullmatch(r"(i{1,3}|iv|[1-4])\s*(?:кв\.?|квартал)\s*(\d{4})(?: г\.?)?", s) \
        or re.fullmatch(r"q([1-4])\s*(\d{4})", s)
    if m:
        return last_day(int(m[2]), ROMAN[m[1]] * 3)
    m = re.fullmatch(r"(i{1,2}|[12])\s*(?:полугодие|п/г)\s*(\d{4})(?: г\.?)?", s) \
        or re.fullmatch(r"h([12])\s*(\d{4})", s)
    if m:
        return last_day(int(m[2]), ROMAN[m[1]] * 6)
    m = re.fullmatch(r"«?(\d{1,2})»?\s+([а-яa-z]+)\s+(\d{4})(?: г\.?)?", s)
    if m:
        word = m[2]
        month = None
        if re.fullmatch(r"[a-z]+", word):
            month = EN_MONTHS.get(word[:3])
        else:
            for stem, num in sorted(RU_MONTHS.items(), key=lambda x: -len(x[0])):
                if word.startswith(stem):
                    month = num
                    break
        if month:
            return date(int(m[3]), month, int(m[1]))
    raise Reject("not a date", field, str(v))


def parse_number(v, field):
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if isinstance(v, bool):
        raise Reject("not a number", field, str(v))
    if isinstance(v, (int, float)):
        return float(v)
    s = str(v).strip()
    if re.fullmatch(r"-?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?", s) or re.fullmatch(r"-?\d+(?:,\d+)?", s):
        return float(s.replace(" ", "").replace("\u00a0", "").replace(",", "."))
    raise Reject("not a number", field, s)


def parse_status(v):
    s = norm(v)
    if not s:
        return None
    if "приост" in s or "on hold" in s or "suspend" in s:
        return "suspended"
    if any(k in s for k in ("реализуется", "реализ-ся", "в реал", "в работе",
                            "стадии реализации", "реализация", "ongoing", "in progress")):
        return "in_progress"
    if "заверш" in s or "реализован" in s or "complete" in s:
        return "completed"
    if "план" in s or "planned" in s:
        return "planned"
    raise Reject("unknown status", "status", str(v))


def parse_cluster(v):
    s = norm(v)
    if s in ("", "—", "-", "n/a"):
        return None
    rules = [("petrochemical", ("нефтехим", "petrochem")), ("nuclear", ("ядерн", "nuclear")),
             ("timber", ("лесопром", "лпк", "timber", "forestry")),
             ("pharma", ("фарм", "pharma")),
             ("medtech_it", ("медтех", "медицинской техники", "medical")),
             ("wildlife", ("дикорос", "wild")),
             ("hard_to_recover", ("триз", "трудноизвлек", "hard-to-recover"))]
    for key, stems in rules:
        if any(x in s for x in stems):
            return key
    raise Reject("unknown cluster", "cluster", str(v))


def parse_work_area(v):
    s = norm(v)
    if not s:
        return None
    for key, stem in (("industry", "пром"), ("science_education", "наук"),
                      ("innovation_business", "инновац"), ("smart_city", "умный"),
                      ("business_environment", "делов")):
        if stem in s:
            return key
    raise Reject("unknown work area", "work_area", str(v))


def parse_location(v):
    s = norm(v)
    if not s:
        return None
    for canon, stems in (("Северск", ("северск", "seversk")), ("Асино", ("асино", "asino")),
                         ("Стрежевой", ("стрежев", "strezhev")),
                         ("Колпашево", ("колпашев", "kolpashev")),
                         ("Томск", ("томск", "tomsk"))):
        if any(x in s for x in stems):
            if "район" in s:
                raise Reject("district", "location", str(v))
            return canon
    raise Reject("unknown place", "location", str(v))


def parse_text(v):
    if v is None:
        return None
    s = cell_text(v).strip()
    return s or None


def parse_row(row, colmap, units, name_limit=500):
    """colmap: field -> column index. Returns a record; raises Reject."""
    rec = {}
    for f, j in colmap.items():
        v = row[j] if j < len(row) else None
        if f in MONEY:
            x = parse_number(v, f)
            if x is not None:
                if x < 0:
                    raise Reject("negative amount", f)
                x = round(x * units[f], 4)
            rec[f] = x
        elif f in ("jobs_planned", "jobs_created"):
            x = parse_number(v, f)
            if x is not None and x < 0:
                raise Reject("negative amount", f)
            rec[f] = int(round(x)) if x is not None else None
        elif f in ("start_date", "end_date"):
            rec[f] = parse_date(v, f)
        elif f == "status":
            rec[f] = parse_status(v)
        elif f == "cluster":
            rec[f] = parse_cluster(v)
        elif f == "work_area":
            rec[f] = parse_work_area(v)
        elif f == "location":
            rec[f] = parse_location(v)
        else:
            rec[f] = parse_text(v)
    if rec.get("name") and len(rec["name"]) > name_limit:
        raise Reject("name too long", "name")
    if rec.get("start_date") and rec.get("end_date") and rec["end_date"] < rec["start_date"]:
        raise Reject("end date before start date", "end_date")
    return rec


# ----------------------------------------------------------------------------- tables
def letter(j):
    s = ""
    j += 1
    while j:
        j, r = divmod(j - 1, 26)
        s = chr(65 + r) + s
    return s


def read_table(rows, sheet, title_unit=None):
    """Parse one sheet's rows. Returns dict with columns, ignored, records, rejected, rows."""
    found = find_header(rows)
    if not found:
        return None
    hi, two, texts = found
    for r in rows[:hi]:
        for c in r:
            u = unit_of(cell_text(c)) if isinstance(c, str) and re.search(
                r"тыс\.? ?руб|млрд|млн ?руб|rub", str(c).lower()) else None
            if u is not None:
                title_unit = u
    colmap, columns, ignored, units = {}, [], [], {}
    for j, t in enumerate(texts):
        f, why = header_field(t)
        if f:
            assert f not in colmap, (sheet, f, t)
            colmap[f] = j
            columns.append([t, f])
            if f in MONEY:
                u = unit_of(t)
                units[f] = u if u is not None else (title_unit or 1.0)
        elif t.strip():
            ignored.append([t, why])
            if why is None:
                fail(f"{sheet}: header {t!r} matched no rule")
    start = hi + (2 if two else 1)
    out_rows = []
    for i in range(start, len(rows)):
        row = rows[i]
        cells = [cell_text(c).strip() for c in row]
        if not any(cells):
            continue
        if all(re.fullmatch(r"\d+", c) for c in cells if c) and i == start:
            continue  # column numbers
        first = next(c for c in cells if c)
        if first.lower().startswith("итого"):
            continue
        code = cells[colmap["code"]]
        name = cells[colmap["name"]] if "name" in colmap else ""
        if not code and not (name and len([c for c in cells if c]) > 3):
            continue  # footnote / note below the table
        out_rows.append((i + 1, row))
    return {"columns": columns, "ignored": ignored, "colmap": colmap, "units": units,
            "rows": out_rows, "header_index": hi, "two": two}


def import_rows(table, sheet, extra=None):
    records, rejected, seen = [], [], {}
    parsed = []
    for rownum, row in table["rows"]:
        try:
            rec = parse_row(row, table["colmap"], table["units"])
            if extra:
                rec.update(extra)
            parsed.append((rownum, rec, None))
        except Reject as e:
            code = cell_text(row[table["colmap"]["code"]]).strip()
            parsed.append((rownum, {"code": code}, e))
    # duplicate codes with different data: every such row is rejected
    by_code = {}
    for rownum, rec, err in parsed:
        by_code.setdefault(rec["code"], []).append((rownum, rec, err))
    dup = set()
    for code, items in by_code.items():
        if code and len(items) > 1:
            datas = [json.dumps(r, default=str, sort_keys=True) for _, r, e in items]
            if len(set(datas)) > 1 or any(e for _, _, e in items):
                dup |= {n for n, _, _ in items}
    for rownum, rec, err in parsed:
        if rownum in dup:
            rejected.append({"sheet": sheet, "row": rownum, "kind": "duplicate",
                             "column": letter(table["colmap"]["code"]), "code": rec["code"]})
        elif err:
            rejected.append({"sheet": sheet, "row": rownum, "kind": err.kind,
                             "column": letter(table["colmap"][err.field]), "code": rec["code"]})
        else:
            records.append(rec)
    return records, rejected


def read_workbook(path):
    wb = CalamineWorkbook.from_path(path)
    out = []
    for name in wb.sheet_names:
        sh = wb.get_sheet_by_name(name)
        rows = sh.to_python(skip_empty_area=False)
        assert sh.start in (None, (0, 0)) or not rows, (path, name, sh.start)
        out.append((name, rows))
    return out


def read_csv(path):
    raw = open(path, "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf"), "BOM"
    text = raw.decode("cp1251")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", ""), "CRLF"
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";", quotechar='"'))


# ----------------------------------------------------------------------------- compare
def jval(v):
    if isinstance(v, date):
        return v.isoformat()
    return v


def same(f, a, b):
    if f in MONEY:
        if a is None or b is None:
            return a is None and b is None
        return abs(a - b) < 0.05
    return a == b


def compare_records(label, got, exp, fields):
    got_by = {r["code"]: r for r in got}
    exp_codes = [r["code"] for r in exp["records"]]
    if exp["record_count"] != len(exp["records"]):
        fail(f"{label}: record_count {exp['record_count']} != {len(exp['records'])}")
    if sorted(got_by) != sorted(exp_codes) or len(got) != len(exp_codes):
        fail(f"{label}: codes differ: got {sorted(got_by)} expected {sorted(exp_codes)}")
    n = 0
    for er in exp["records"]:
        if sorted(er) != sorted(fields):
            fail(f"{label} {er['code']}: keys {sorted(er)} != fields")
        gr = got_by.get(er["code"])
        if gr is None:
            continue
        for f in fields:
            n += 1
            g = jval(gr.get(f))
            if not same(f, g, er.get(f)):
                fail(f"{label} {er['code']}.{f}: file gives {g!r}, expected {er.get(f)!r}")
    return n


REASON_KINDS = [("negative", "negative amount"), ("end date", "end date before start date"),
                ("unknown cluster", "unknown cluster"), ("duplicate", "duplicate"),
                ("not a number", "not a number"), ("too long", "name too long")]


def compare_rejected(label, got, exp):
    def kind(reason):
        for k, v in REASON_KINDS:
            if k in reason:
                return v
        return reason
    e = sorted((r["sheet"], r["row"], r["column"], r["code"], kind(r["reason"]))
               for r in exp["rejected"])
    g = sorted((r["sheet"], r["row"], r["column"], r["code"], r["kind"]) for r in got)
    if e != g:
        fail(f"{label}: rejected rows differ:\n   got      {g}\n   expected {e}")
    return len(e)


def compare_header(label, table_cols, table_ignored, exp):
    if table_cols != exp["columns"]:
        fail(f"{label}: columns differ:\n   got      {table_cols}\n   expected {exp['columns']}")
    if [h for h, _ in table_ignored] != [h for h, _ in exp["ignored_columns"]]:
        fail(f"{label}: ignored columns differ: {table_ignored} vs {exp['ignored_columns']}")


def check_written_as(label, exp, raw_rows_by_code, colmap_by_code):
    """Every 'as written' value must be what the cell holds."""
    for code, items in exp["written_as"].items():
        row = raw_rows_by_code.get(code)
        if row is None:
            fail(f"{label}: written_as for {code} but no such row")
            continue
        colmap = colmap_by_code[code]
        for f, canon, wrote in items:
            if f not in colmap:
                continue  # cluster from the sheet
            v = row[colmap[f]]
            if isinstance(v, (date, datetime)):
                v = (v.date() if isinstance(v, datetime) else v).isoformat()
            if isinstance(v, float) and isinstance(wrote, (int, float)):
                ok = abs(v - wrote) < 1e-9
            else:
                ok = cell_text(v) == cell_text(wrote)
            if not ok:
                fail(f"{label} {code}.{f}: written_as says {wrote!r}, cell holds {v!r}")


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return json.load(fh)


def check_expected_shape(label, exp):
    keys = list(exp)
    want = ["file", "refused", "fields", "record_count", "records", "rejected", "columns",
            "ignored_columns", "written_as"]
    if keys[:len(want)] != want or keys[-1] != "notes":
        fail(f"{label}: key order {keys}")
    if exp["refused"] is not False:
        fail(f"{label}: refused")
    if [f for f in ALL_FIELDS if f in exp["fields"]] != exp["fields"]:
        fail(f"{label}: fields not in canonical order")


# ----------------------------------------------------------------------------- files
def check_single_sheet(path, exp_name, sheet_name=None):
    label = os.path.relpath(path, HERE)
    exp = load(exp_name)
    check_expected_shape(label, exp)
    if path.endswith(".csv"):
        rows = read_csv(path)
        sheets = [(os.path.basename(path), rows)]
    else:
        sheets = read_workbook(path)
    got, rejected, n_tables = [], [], 0
    raw, cmap = {}, {}
    for sname, rows in sheets:
        table = read_table(rows, sname)
        if table is None:
            continue
        n_tables += 1
        compare_header(label, table["columns"], table["ignored"], exp)
        recs, rej = import_rows(table, sname)
        got += recs
        rejected += rej
        for rownum, row in table["rows"]:
            c = cell_text(row[table["colmap"]["code"]]).strip()
            if c and c not in raw:
                raw[c], cmap[c] = row, table["colmap"]
    if n_tables != 1:
        fail(f"{label}: {n_tables} project tables found")
    fields = exp["fields"]
    if sorted(fields) != sorted(f for _, f in exp["columns"]):
        fail(f"{label}: fields != mapped columns")
    n = compare_records(label, got, exp, fields)
    k = compare_rejected(label, rejected, exp)
    check_written_as(label, exp, raw, cmap)
    return label, len(got), k, n, exp


def check_clusters(path, exp_name):
    label = os.path.relpath(path, HERE)
    exp = load(exp_name)
    check_expected_shape(label, exp)
    got, raw, cmap = [], {}, {}
    tables = 0
    for sname, rows in read_workbook(path):
        table = read_table(rows, sname)
        if table is None:
            continue
        tables += 1
        a1 = cell_text(rows[0][0])
        key = parse_cluster(a1)
        if parse_cluster(sname) != key:
            fail(f"{label}: sheet {sname!r} and A1 {a1!r} name different clusters")
        compare_header(label, table["columns"], table["ignored"], exp)
        recs, rej = import_rows(table, sname, {"cluster": key})
        if rej:
            fail(f"{label}: rejected rows {rej}")
        got += recs
        for rownum, row in table["rows"]:
            c = cell_text(row[table["colmap"]["code"]]).strip()
            raw[c], cmap[c] = row, table["colmap"]
    if tables != 7:
        fail(f"{label}: {tables} cluster sheets")
    n = compare_records(label, got, exp, exp["fields"])
    check_written_as(label, exp, raw, cmap)
    return label, len(got), 0, n, exp


def check_update(path, exp_name, base_path):
    label = os.path.relpath(path, HERE)
    exp = load(exp_name)
    check_expected_shape(label, exp)
    (bname, brows), = read_workbook(base_path)
    btable = read_table(brows, bname)
    base, _ = import_rows(btable, bname)
    state = {r["code"]: dict(r) for r in base}
    order = [r["code"] for r in base]
    (uname, urows), = read_workbook(path)
    table = read_table(urows, uname)
    compare_header(label, table["columns"], table["ignored"], exp)
    carried = [f for _, f in table["columns"]]
    changed, new, matched = set(), [], []
    raw, cmap = {}, {}
    for rownum, row in table["rows"]:
        rec = parse_row(row, table["colmap"], table["units"])
        code = rec["code"]
        if not code:
            key = norm_name(rec["name"])
            hits = [c for c, r in state.items() if norm_name(r["name"]) == key]
            if len(hits) != 1:
                fail(f"{label} row {rownum}: name matches {hits}")
                continue
            code = hits[0]
            matched.append((code, rownum))
            rec = {f: v for f, v in rec.items() if f not in ("code", "name")}
        raw[code], cmap[code] = row, table["colmap"]
        if code in state:
            before = dict(state[code])
            state[code].update({f: v for f, v in rec.items() if f in carried})
            if any(not same(f, jval(before[f]), jval(state[code][f])) for f in ALL_FIELDS):
                changed.add(code)
        else:
            state[code] = {f: rec.get(f) for f in ALL_FIELDS}
            new.append(code)
    final = [state[c] for c in order + sorted(new)]
    n = compare_records(label, final, exp, ALL_FIELDS)
    if [r["code"] for r in exp["records"]] != order + sorted(new):
        fail(f"{label}: record order differs")
    if sorted(changed) != exp["changed_codes"]:
        fail(f"{label}: changed {sorted(changed)} != {exp['changed_codes']}")
    if sorted(new) != exp["new_codes"]:
        fail(f"{label}: new {sorted(new)} != {exp['new_codes']}")
    if sorted(matched) != sorted((m["code"], m["row"]) for m in exp["matched_by_name"]):
        fail(f"{label}: matched {matched} != {exp['matched_by_name']}")
    for m in exp["matched_by_name"]:
        if raw[m["code"]][table["colmap"]["name"]] != m["name_in_file"]:
            fail(f"{label}: name_in_file of {m['code']}")
    check_written_as(label, exp, raw, cmap)
    if exp["base_file"] != os.path.basename(base_path):
        fail(f"{label}: base_file")
    return label, len(final), 0, n, exp


def norm_name(s):
    s = s.lower().replace("ё", "е")
    s = re.sub("[«»“”„\"]", '"', s)
    return re.sub(r"\s+", " ", s).strip()


def main():
    j = os.path.join
    results = [
        check_single_sheet(j(HERE, "dept_invest_form2.xlsx"), "dept_invest_form2.expected.json"),
        check_clusters(j(HERE, "cluster_center_registry.xlsx"),
                       "cluster_center_registry.expected.json"),
        check_single_sheet(j(HERE, "fund_pipeline_en.xlsx"), "fund_pipeline_en.expected.json"),
        check_update(j(HERE, "dept_invest_update_q4.xlsx"), "dept_invest_update_q4.expected.json",
                     j(HERE, "dept_invest_form2.xlsx")),
        check_single_sheet(j(HERE, "ais_monitoring_export.csv"),
                           "ais_monitoring_export.expected.json"),
        check_single_sheet(j(HERE, "innovation_center_applications.xlsx"),
                           "innovation_center_applications.expected.json"),
    ]
    resaved = []
    for name, src in (("dept_invest_form2.xls", "dept_invest_form2.xlsx"),
                      ("innovation_center_applications.ods",
                       "innovation_center_applications.xlsx")):
        p = j(HERE, "resaved", name)
        if not os.path.exists(p):
            fail(f"missing resaved/{name} (run resave_agency35.sh)")
            continue
        stem = name.rsplit(".", 1)[0]
        res = check_single_sheet(p, j("resaved", stem + ".expected.json"))
        exp, orig = res[4], load(stem + ".expected.json")
        if exp["file"] != name or exp["resaved_from"] != src:
            fail(f"resaved/{name}: file/resaved_from")
        for k in orig:
            if k not in ("file", "notes") and orig[k] != exp[k]:
                fail(f"resaved/{name}: key {k} differs from the original's")
        resaved.append(res)
    total_values = 0
    for label, nrec, nrej, nval, _ in results + resaved:
        print(f"{label:48s} records {nrec:3d}  rejected {nrej:2d}  values {nval:5d}")
    total_values = sum(r[3] for r in results)
    print(f"six files: {sum(r[1] for r in results)} records, {sum(r[2] for r in results)} "
          f"rejected, {total_values} field values")
    if PROBLEMS:
        print("FAIL")
        for p in PROBLEMS:
            print(" -", p)
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
