#!/usr/bin/env python3
"""Independent self-check of the agency27 set.

Shares no code with make_agency27.py.  It re-reads every input file and every LibreOffice
re-save with its own small reader (python-calamine for workbooks, csv for the CSV file),
recognises the header paths, maps them to canonical fields with its own keyword rules,
parses every cell with its own rules for numbers, units, dates, statuses, clusters, work
areas and places, classifies every row below the header (data, blank, column numbers,
totals, footnote), decides rejections by the README reasons, replays the update on top of
its own reading of the base file, and compares all of it with the *.expected.json files.
Prints ALL OK, or the list of differences (exit status 1).

Usage: check_agency27.py [directory]      (default: the directory of this script)
"""
import csv
import datetime as dt
import io
import json
import re
import sys
import zipfile
from decimal import Decimal, InvalidOperation
from pathlib import Path

from python_calamine import CalamineWorkbook

HERE = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent
PROBLEMS = []
MONEY_F = ("total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
           "extra_budgetary_confirmed_mln")
ORDER = ["code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
         *MONEY_F, "jobs_planned", "jobs_created", "lead_organization", "problems"]


def fail(where, msg):
    PROBLEMS.append(f"{where}: {msg}")


def low(s):
    return re.sub(r"\s+", " ", str(s).replace("\u00a0", " ")).strip().lower().replace("ё", "е")


def empty(v):
    return v is None or (isinstance(v, str) and v.strip() == "")


# ------------------------------------------------------------------ header → field
def field_for(path):
    h = low(" / ".join(path))
    last = low(path[-1])
    if re.search(r"№|^no\.?$|\bинн\b|огрн|октмо|ф\.и\.о|leader|примечание|комментар|%|освоено|spent|кассов|"
                 r"осуществлено|\bмб\b|местн|субъект российской|дата заключения|последнего изменения|"
                 r"strategic project|численность работников", h):
        return None
    if re.search(r"код проекта|идентификатор проекта|project code", h):
        return "code"
    if "рабоч" in h or "jobs" in h:
        return "jobs_created" if re.search(r"факт|создано", h) else "jobs_planned"
    if re.search(r"инициатор|резидент|исполнител|головная|lead organisation", h):
        return "lead_organization"
    if re.search(r"наименование|project title|^проект \(", h):
        return "name"
    if re.search(r"кластер|sector", h):
        return "cluster"
    if re.search(r"направлени|ino area", h):
        return "work_area"
    if re.search(r"место|территори|муниципальное образование", h):
        return "location"
    if re.search(r"статус|стади", h):
        return "status"
    if last == "с" or re.search(r"начал|start", h):
        return "start_date"
    if last == "по" or re.search(r"окончан|\bend\b|заверш", h):
        return "end_date"
    if "подтвержд" in h:
        return "extra_budgetary_confirmed_mln"
    if re.search(r"всего|total|стоимост", last):
        return "total_cost_mln"
    if re.search(r"\bфб\b|федеральн|federal", last):
        return "federal_budget_mln"
    if re.search(r"\bоб\b|областн|субъекта рф", last):
        return "regional_budget_mln"
    if re.search(r"вби|внебюджет|industrial partners", last):
        return "extra_budgetary_mln"
    if re.search(r"проблем|risks", h):
        return "problems"
    return "UNRECOGNISED"


def unit_of(path, title_text):
    for text in (low(" / ".join(path)), low(title_text)):
        if re.search(r"тыс\.? ?руб", text):
            return Decimal("0.001")
        if re.search(r"млрд|\bbn\b|billion", text):
            return Decimal(1000)
        if re.search(r"млн|\bmn\b|million", text):
            return Decimal(1)
    return Decimal(1)


# ------------------------------------------------------------------ values
class Bad(Exception):
    pass


def number(v, csv_mode=False):
    if isinstance(v, bool):
        raise Bad(repr(v))
    if isinstance(v, (int, float)):
        return Decimal(repr(v)) if isinstance(v, float) else Decimal(v)
    s = str(v).replace("\u00a0", "").replace(" ", "").strip()
    if csv_mode and re.fullmatch(r"-?\d+(\.\d+)?", s):
        return Decimal(s)
    if re.fullmatch(r"-?\d+(,\d+)?", s):
        return Decimal(s.replace(",", "."))
    raise Bad(str(v))


Q_LAST = {1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def date_of(v):
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, (int, float)) and float(v).is_integer() and 1900 < v < 2200:
        return f"{int(v)}-12-31"
    s = low(v)
    m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", s)
    if m:
        dt.date(int(m[3]), int(m[2]), int(m[1]))
        return f"{m[3]}-{m[2]}-{m[1]}"
    m = re.fullmatch(r"(iv|iii|ii|i|[1-4])\s*кв\.?\s*(\d{4})(\s*г\.?)?", s) or re.fullmatch(r"q([1-4])\s*(\d{4})", s)
    if m:
        q = ROMAN.get(m[1]) or int(m[1])
        return f"{m[2]}-{Q_LAST[q]}"
    m = re.fullmatch(r"(ii|i|[12])\s*полугодие\s*(\d{4})(\s*г\.?)?", s) or re.fullmatch(r"h([12])\s*(\d{4})", s)
    if m:
        half = ROMAN.get(m[1]) or int(m[1])
        return f"{m[2]}-{'06-30' if half == 1 else '12-31'}"
    m = re.fullmatch(r"(\d{4})(\s*г\.?)?", s)
    if m:
        return f"{m[1]}-12-31"
    raise Bad(str(v))


def status_of(v):
    s = low(v)
    if re.search(r"приостан|on hold|suspend", s):
        return "suspended"
    if re.search(r"прединвестиц|планир|проработк|^planned$", s):
        return "planned"
    if re.search(r"заверш|реализован\b|введен в эксплуатац|^исполнен$|completed", s):
        return "completed"
    if re.search(r"реализуется|в стадии реализации|инвестиционная стадия|на исполнении|возобновл|ongoing|"
                 r"in progress|в работе", s):
        return "in_progress"
    return None


UNKNOWN = "?unknown"


def cluster_of(v):
    s = low(v)
    if s in ("", "—", "-", "n/a") or re.search(r"не относится к кластер|вне кластер", s):
        return None
    for key, pat in (("petrochemical", r"нефтехим|petrochem"), ("nuclear", r"ядерн|nuclear"),
                     ("timber", r"лесопром|\bлпк\b|timber|wood"), ("pharma", r"фарм|pharma"),
                     ("medtech_it", r"медтех|медицинск|medical|medtech"), ("wildlife", r"дикорос|wild"),
                     ("hard_to_recover", r"\bтриз\b|трудноизвлека|hard-to-recover")):
        if re.search(pat, s):
            return key
    return UNKNOWN


def work_area_of(v):
    s = low(v)
    for key, pat in (("business_environment", r"деловая среда|business environment"),
                     ("smart_city", r"город|city"),
                     ("innovation_business", r"инновац|innovation|новые бизнес"),
                     ("science_education", r"наук|science"),
                     ("industry", r"промышлен|manufactur|industry")):
        if re.search(pat, s):
            return key
    return None


def place_of(v):
    s = low(v)
    if re.search(r"томский (р-н|район|муниципальный район)", s):
        return "Томский район"
    if re.search(r"асиновск|колпашевск", s):
        return None            # the district, not the town
    if "северск" in s:
        return "Северск"
    if "стрежев" in s:
        return "Стрежевой"
    if "колпашево" in s:
        return "Колпашево"
    if re.search(r"\bасино\b", s):
        return "Асино"
    if re.search(r"\bтомск\b|tomsk", s):
        return "Томск"
    return None


# ------------------------------------------------------------------ reading files
def sheet_rows(path, sheet):
    wb = CalamineWorkbook.from_path(str(path))
    rows = wb.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    return {i + 1: list(r) for i, r in enumerate(rows)}, wb.sheet_names


def xlsx_formulas_without_value(path, sheet):
    """Cells of an .xlsx sheet that hold a formula but no cached value (read from the XML)."""
    z = zipfile.ZipFile(path)
    wbx = z.read("xl/workbook.xml").decode()
    rid = re.search(r'<sheet [^>]*name="%s"[^>]*r:id="([^"]+)"' % re.escape(sheet), wbx)[1]
    rels = z.read("xl/_rels/workbook.xml.rels").decode()
    target = re.search(r'<Relationship [^>]*Id="%s"[^>]*Target="([^"]+)"' % rid, rels) or \
        re.search(r'<Relationship [^>]*Target="([^"]+)"[^>]*Id="%s"' % rid, rels)
    name = target[1].lstrip("/")
    name = name if name.startswith("xl/") else "xl/" + name
    xml = z.read(name).decode()
    out = set()
    for m in re.finditer(r'<c r="([A-Z]+\d+)"[^>]*?(?:/>|>(.*?)</c>)', xml, re.S):
        body = m[2] or ""
        if "<f" in body and not re.search(r"<v>[^<]+</v>", body):
            out.add(m[1])
    hidden_rows = {int(r) for r in re.findall(r'<row r="(\d+)"[^>]*hidden="1"', xml)}
    hidden_cols = []
    for tag in re.findall(r"<col [^>]*>", xml):
        if re.search(r'hidden="(1|true)"', tag):
            hidden_cols.append((int(re.search(r'min="(\d+)"', tag)[1]), int(re.search(r'max="(\d+)"', tag)[1])))
    return out, hidden_rows, hidden_cols


def col_letter(j):
    s = ""
    j += 1
    while j:
        j, r = divmod(j - 1, 26)
        s = chr(65 + r) + s
    return s


def header_paths(grid, hrows, ncol):
    filled = []
    for li, r in enumerate(hrows):
        row = grid[r] + [""] * (ncol - len(grid[r]))
        lvl = []
        for j in range(ncol):
            v = "" if empty(row[j]) else str(row[j]).strip()
            lower_has = any(not empty((grid[r2] + [""] * ncol)[j]) for r2 in hrows[li + 1:])
            if not v and j > 0 and lower_has:
                v = lvl[j - 1]
            lvl.append(v)
        filled.append(lvl)
    paths = []
    for j in range(ncol):
        p = tuple(filled[li][j] for li in range(len(hrows)) if filled[li][j])
        paths.append(p)
    return paths


def classify(row):
    cells = [c for c in row if not empty(c)]
    if not cells:
        return "blank row"
    if all(isinstance(c, (int, float)) for c in cells) and [int(c) for c in cells] == list(range(1, len(cells) + 1)) \
            and len(cells) > 3:
        return "column numbers"
    if any(isinstance(c, str) and low(c).startswith("итого") for c in cells):
        return "totals"
    if len(cells) == 1 and not re.search(r"INO-\d{4}", str(cells[0])):
        return "footnote"
    return "data"


# ------------------------------------------------------------------ one file
def parse_table(where, exp, grid, title_text, csv_mode, line_of=None, formula_missing=(), ncol=None):
    """Read the data rows; return (records by row, rejected {row: reasons}, field→column label)."""
    hrows = exp.get("header_rows") or [exp.get("header_line", 1)]
    ncol = ncol or max(len(grid[r]) for r in hrows)
    paths = header_paths(grid, hrows, ncol)
    expected_map = {h: f for h, f in exp["columns"]}
    ignored = {h for h, _ in exp["ignored_columns"]}
    colfield = {}
    seen = set()
    for j, p in enumerate(paths):
        if not p:
            continue
        h = " / ".join(p)
        seen.add(h)
        mine = field_for(p)
        if h in expected_map:
            if mine != expected_map[h]:
                fail(where, f"header {h!r}: my keyword rules say {mine}, expected {expected_map[h]}")
            colfield[j] = expected_map[h]
        elif h in ignored:
            if mine is not None:
                fail(where, f"ignored header {h!r} looks like {mine} to my rules")
        else:
            fail(where, f"header {h!r} is neither a mapped nor an ignored column")
    for h in list(expected_map) + list(ignored):
        if h not in seen:
            fail(where, f"expected header {h!r} not found in the file")
    fields_here = [f for f in ORDER if f in colfield.values()]
    units = {j: unit_of(paths[j], title_text) for j, f in colfield.items() if f in MONEY_F}
    label = {f: (col_letter(j) if not csv_mode else " / ".join(paths[j])) for j, f in colfield.items()}

    out, rejected = {}, {}
    for r in sorted(k for k in grid if k > hrows[-1]):
        row = grid[r] + [""] * (ncol - len(grid[r]))
        kind = classify(row)
        if kind != "data":
            continue
        rec, why = {}, []
        for j, f in colfield.items():
            v = row[j]
            cellref = f"{col_letter(j)}{r}"
            if cellref in formula_missing:
                why.append(("formula", f))
                rec[f] = None
                continue
            try:
                if empty(v):
                    rec[f] = None
                elif f in MONEY_F:
                    x = number(v, csv_mode) * units[j]
                    if x < 0:
                        why.append(("negative", f))
                    rec[f] = x
                elif f in ("jobs_planned", "jobs_created"):
                    x = number(v, csv_mode)
                    if x < 0:
                        why.append(("negative", f))
                    rec[f] = int(x)
                elif f in ("start_date", "end_date"):
                    rec[f] = date_of(v)
                elif f == "status":
                    rec[f] = status_of(v)
                elif f == "cluster":
                    rec[f] = cluster_of(v)
                    if rec[f] == UNKNOWN:
                        why.append(("cluster", f))
                elif f == "work_area":
                    rec[f] = work_area_of(v)
                elif f == "location":
                    rec[f] = place_of(v)
                else:
                    rec[f] = str(v).strip() if not isinstance(v, float) else repr(v)
            except Bad:
                why.append(("not a number" if f not in ("start_date", "end_date") else "date", f))
                rec[f] = None
        if rec.get("start_date") and rec.get("end_date") and rec["end_date"] < rec["start_date"]:
            why.append(("end date", "end_date"))
        if rec.get("name") and len(rec["name"]) > 500:
            why.append(("name too long", "name"))
        out[r] = rec
        if why:
            rejected[r] = why
    # duplicate codes with different data
    by_code = {}
    for r, rec in out.items():
        if rec.get("code"):
            by_code.setdefault(rec["code"], []).append(r)
    for code, rs in by_code.items():
        if len(rs) > 1 and len({json.dumps(out[r], default=str, sort_keys=True) for r in rs}) > 1:
            for r in rs:
                rejected.setdefault(r, []).append(("duplicate", "code"))
    return out, rejected, label, fields_here


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (float, Decimal)) or isinstance(b, (float, Decimal)):
        if isinstance(a, str) or isinstance(b, str):
            return False
        return abs(Decimal(str(a)) - Decimal(str(b))) <= Decimal("0.000001")
    return a == b and type(a) is type(b)


def as_json(rec, fields):
    out = {}
    for f in fields:
        v = rec.get(f)
        out[f] = float(v) if isinstance(v, Decimal) else v
    return out


def compare_records(where, mine, expected):
    if len(mine) != len(expected):
        fail(where, f"{len(mine)} records read, {len(expected)} expected")
    em = {e["code"]: e for e in expected}
    for rec in mine:
        e = em.get(rec["code"])
        if e is None:
            fail(where, f"record {rec['code']} not in the expected file")
            continue
        if set(rec) != set(e):
            fail(where, f"{rec['code']}: keys {sorted(set(rec) ^ set(e))} differ")
        for f in e:
            if not same(rec.get(f), e[f]):
                fail(where, f"{rec['code']}.{f}: read {rec.get(f)!r}, expected {e[f]!r}")
    if [r["code"] for r in mine] != [e["code"] for e in expected]:
        fail(where, "record order differs")


REASON_WORD = {"formula": "formula", "negative": "negative", "cluster": "cluster", "not a number": "not a number",
               "end date": "end date", "duplicate": "duplicate", "name too long": "name too long"}


def compare_rejections(where, rejected, label, grid_code, exp, sheet):
    exp_rows = {e["row"]: e for e in exp["rejected"]}
    if set(rejected) != set(exp_rows):
        fail(where, f"rejected rows {sorted(rejected)} vs expected {sorted(exp_rows)}")
    for r, why in rejected.items():
        e = exp_rows.get(r)
        if not e:
            continue
        kinds = [REASON_WORD.get(k, k) for k, _ in why]
        if not any(k in e["reason"].lower() for k in kinds):
            fail(where, f"row {r}: my reasons {kinds}, expected {e['reason']!r}")
        cols = [label.get(f) for _, f in why]
        if e["column"] not in cols:
            fail(where, f"row {r}: column {e['column']!r} not among {cols}")
        if e["code"] != grid_code.get(r):
            fail(where, f"row {r}: code {grid_code.get(r)!r} vs {e['code']!r}")
        if e.get("sheet") != sheet:
            fail(where, f"row {r}: sheet {e.get('sheet')!r} vs {sheet!r}")


def check_spellings(where, exp):
    fn = {"status": status_of, "cluster": cluster_of, "work_area": work_area_of, "location": place_of,
          "start_date": date_of, "end_date": date_of}
    for f, pairs in exp.get("spellings", {}).items():
        for w, c in pairs:
            src = int(w.split()[0]) if w.endswith("(number)") else w
            if fn[f](src) != c:
                fail(where, f"spelling {w!r} of {f}: mine {fn[f](src)!r}, expected {c!r}")


def check_workbook(path, exp, base_records=None):
    where = path.name
    sheet = exp["sheet"]
    grid, names = sheet_rows(path, sheet)
    hrows = exp["header_rows"]
    title_text = " ".join(str(c) for r in range(1, hrows[0]) for c in grid.get(r, []) if not empty(c))
    missing, hidden_rows, hidden_cols = set(), set(), []
    if path.suffix == ".xlsx":
        missing, hidden_rows, hidden_cols = xlsx_formulas_without_value(path, sheet)
        if "formula_cells" in exp and sorted(missing) != sorted(exp["formula_cells"]["without_cached_value"]):
            fail(where, f"formulas without cached value {sorted(missing)} vs {exp['formula_cells']}")
    for other in names:
        if other != sheet:
            g, _ = sheet_rows(path, other)
            if any(re.search(r"INO-\d{4}", str(c)) for row in g.values() for c in row):
                fail(where, f"sheet {other!r} holds project codes but is not the data sheet")
    # row classes
    ncol = max(len(grid[r]) for r in hrows)
    kinds = {}
    for r in sorted(grid):
        if r < hrows[0]:
            kinds[r] = "blank row" if classify(grid[r]) == "blank row" else "title"
        elif r > hrows[-1]:
            kinds[r] = classify(grid[r])
    data = [r for r, k in kinds.items() if k == "data"]
    if data != exp["data_rows"]:
        fail(where, f"data rows {data} vs expected {exp['data_rows']}")
    skipped = {str(r): k for r, k in kinds.items() if k != "data"}
    if skipped != exp["skipped_rows"]:
        fail(where, f"skipped rows {skipped} vs expected {exp['skipped_rows']}")
    if "hidden" in exp and path.suffix == ".xlsx":
        hr = exp["hidden"]["row"]["row"]
        if hr not in hidden_rows:
            fail(where, f"row {hr} is not hidden")
        letter = exp["hidden"]["column"]["column"]
        n = ord(letter) - 64
        if not any(a <= n <= b for a, b in hidden_cols):
            fail(where, f"column {letter} is not hidden")
    recs, rejected, label, fields_here = parse_table(where, exp, grid, title_text, False,
                                                     formula_missing=missing, ncol=ncol)
    cj = ord(label["code"]) - 65
    codes = {r: (str(grid[r][cj]).strip() or None) for r in recs}
    compare_rejections(where, rejected, label, codes, exp, sheet)
    check_spellings(where, exp)
    good = [as_json(rec, fields_here) for r, rec in recs.items() if r not in rejected]
    if base_records is None:
        if fields_here != exp["fields"]:
            fail(where, f"fields {fields_here} vs {exp['fields']}")
        compare_records(where, good, exp["records"])
        if exp["record_count"] != len(exp["records"]):
            fail(where, "record_count differs from the number of records")
        return good
    # ---- an update: replay it on my own reading of the base file
    state = {r["code"]: dict(r) for r in base_records}
    all_fields = list(base_records[0].keys())

    def key(name):
        s = low(name)
        for q in "«»“”„":
            s = s.replace(q, '"')
        return s

    changed, new, matched = set(), [], []
    for r, rec in recs.items():
        if r in rejected:
            continue
        code = rec.get("code")
        if code and code in state:
            target = state[code]
        elif code:
            target = {f: None for f in all_fields}
            state[code] = target
            new.append(code)
        else:
            hits = [c for c, s in state.items() if key(s["name"]) == key(rec["name"])]
            if len(hits) != 1:
                fail(where, f"row {r}: name {rec['name']!r} matches {hits}")
                continue
            code = hits[0]
            target = state[code]
            matched.append({"code": code, "name_in_file": grid[r][ord(label['name']) - 65], "row": r})
        before = dict(target)
        for f, v in as_json(rec, fields_here).items():
            if f == "name" and code not in new:
                continue
            if f == "code" and not v:
                continue
            target[f] = v
        if code not in new and any(not same(target[f], before[f]) for f in all_fields):
            changed.add(code)
    final = [state[c] for c in sorted(state)]
    if exp["fields"] != all_fields:
        fail(where, "fields of the update differ from the base file's fields")
    compare_records(where, final, exp["records"])
    if sorted(changed) != exp["changed_codes"]:
        fail(where, f"changed {sorted(changed)} vs {exp['changed_codes']}")
    if sorted(new) != exp["new_codes"]:
        fail(where, f"new {sorted(new)} vs {exp['new_codes']}")
    em = [(m["code"], m["name_in_file"], m["row"]) for m in exp["matched_by_name"]]
    mm = [(m["code"], m["name_in_file"], m["row"]) for m in matched]
    if sorted(em) != sorted(mm):
        fail(where, f"matched by name {mm} vs {em}")
    return final


def check_csv(path, exp):
    where = path.name
    raw = path.read_bytes()
    bom = raw.startswith(b"\xef\xbb\xbf")
    if bom != exp.get("bom", False):
        fail(where, f"BOM {bom} vs {exp.get('bom')}")
    try:
        text = raw.decode("utf-8-sig")
        enc = "utf-8"
    except UnicodeDecodeError:
        text = raw.decode("cp1251")
        enc = "cp1251"
    if enc != exp["encoding"]:
        fail(where, f"encoding {enc} vs {exp['encoding']}")
    if ("\r\n" in text) != (exp.get("line_ends") == "CRLF"):
        fail(where, "line ends differ from the expected ones")
    first = text.split("\n", 1)[0]
    delim = ";" if first.count(";") > first.count(",") else ","
    if delim != exp["delimiter"]:
        fail(where, f"delimiter {delim!r} vs {exp['delimiter']!r}")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    grid = {}
    for row in reader:
        grid[reader.line_num] = row
    data = [r for r in grid if r > 1 and classify(grid[r]) == "data"]
    if data != exp["data_rows"]:
        fail(where, f"data lines {data} vs {exp['data_rows']}")
    exp2 = dict(exp, header_rows=[exp.get("header_line", 1)])
    recs, rejected, label, fields_here = parse_table(where, exp2, grid, "", exp["decimal_point"] == ".")
    codes = {r: grid[r][0].strip() for r in recs}
    compare_rejections(where, rejected, label, codes, exp, None)
    check_spellings(where, exp)
    if fields_here != exp["fields"]:
        fail(where, f"fields {fields_here} vs {exp['fields']}")
    good = [as_json(rec, fields_here) for r, rec in recs.items() if r not in rejected]
    compare_records(where, good, exp["records"])
    return good


def main():
    exps = {}
    for p in sorted(HERE.glob("*.expected.json")) + sorted((HERE / "resaved").glob("*.expected.json")):
        exps[p] = json.loads(p.read_text(encoding="utf-8"))
    if not exps:
        fail(str(HERE), "no expected files")
    base_cache = {}
    originals = {e["file"]: e for p, e in exps.items() if p.parent == HERE}
    order = sorted(exps, key=lambda p: ("base_file" in exps[p], str(p)))
    n_files = 0
    total = 0
    for p in order:
        exp = exps[p]
        path = p.parent / exp["file"]
        if not path.exists():
            fail(p.name, f"input file {exp['file']} missing")
            continue
        n_files += 1
        before = len(PROBLEMS)
        if path.suffix == ".csv":
            got = check_csv(path, exp)
        elif "base_file" in exp:
            base = base_cache.get(exp["base_file"])
            if base is None:
                fail(p.name, f"base file {exp['base_file']} not read")
                continue
            got = check_workbook(path, exp, base_records=[dict(r) for r in base])
        else:
            got = check_workbook(path, exp)
        if p.parent == HERE:
            base_cache[exp["file"]] = got
        else:
            src = originals.get(exp.get("resaved_from"))
            if src is None:
                fail(p.name, "resaved_from does not name an original file")
            elif src["records"] != exp["records"] or src["rejected"] != exp["rejected"] or src["fields"] != exp["fields"]:
                fail(p.name, "records, rejected or fields differ from the original's expected file")
        total += exp["record_count"] * len(exp["fields"])
        status = "ok" if len(PROBLEMS) == before else "FAILED"
        print(f"{status:6s} {str(path.relative_to(HERE)):52s} records {exp['record_count']:3d} "
              f"rejected {len(exp['rejected'])}  fields×records {exp['record_count'] * len(exp['fields'])}")
    print(f"{n_files} files, {total} fields×records confirmed value by value")
    if PROBLEMS:
        print(f"{len(PROBLEMS)} PROBLEM(S):")
        for m in PROBLEMS:
            print("  -", m)
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
