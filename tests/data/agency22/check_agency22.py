#!/usr/bin/env python3
"""Self-check of the agency22 set.

A small parser of its own (not the generator's tables, not the importer) re-reads
every input file cell by cell -- header detection, two-level headers, unit rows,
skipped rows, Russian numbers, periods, statuses/clusters/places by keywords,
rejections -- and confirms that each NAME.expected.json agrees with the cells.
.xls/.ods re-saves are turned into .xlsx by LibreOffice in a temp dir first.
Prints ALL OK or the list of problems.
"""
import csv
import datetime as dtm
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal as D, InvalidOperation

import openpyxl
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


def norm(s):
    s = str(s).replace("\u00a0", " ").replace("ё", "е").replace("Ё", "Е").lower()
    return " ".join(s.split())


# ---------------------------------------------------------------- headers
HEADER_FIELD = {
    # sez_register / sez_register_q4
    "№ п/п": None, "шифр проекта": "code", "наименование резидента": "lead_organization",
    "инн резидента": None, "наименование проекта резидента": "name",
    "кластерная принадлежность": "cluster", "место размещения": "location",
    "стадия реализации": "status", "период реализации / старт": "start_date",
    "период реализации / завершение": "end_date",
    "объем инвестиций по бизнес-плану / итого": "total_cost_mln",
    "объем инвестиций по бизнес-плану / в т.ч. фб": "federal_budget_mln",
    "объем инвестиций по бизнес-плану / об": "regional_budget_mln",
    "объем инвестиций по бизнес-плану / вби (средства резидента)": "extra_budgetary_mln",
    "освоено инвестиций нарастающим итогом": None,
    "рабочие места, чел. / по соглашению": "jobs_planned",
    "рабочие места, чел. / факт": "jobs_created",
    "№ и дата соглашения о ведении твд": None,
    "риски и проблемные вопросы": "problems",
    "наименование проекта": "name", "плановый срок завершения": "end_date",
    "объем инвестиций, тыс. рублей / всего": "total_cost_mln",
    "объем инвестиций, тыс. рублей / фб": "federal_budget_mln",
    "объем инвестиций, тыс. рублей / об": "regional_budget_mln",
    "объем инвестиций, тыс. рублей / вби": "extra_budgetary_mln",
    "освоено за 2026 год, тыс. рублей": None,
    "рабочие места / по соглашению": "jobs_planned",
    "рабочие места / создано на отчетную дату": "jobs_created",
    # fund_support
    "№ заявки": None, "фонд": None, "программа (конкурс)": None,
    "код проекта ино": "code", "тема (наименование) проекта": "name",
    "получатель поддержки": "lead_organization", "инн получателя": None, "оквэд 2": None,
    "кластер ино": "cluster", "направление ино «томск»": "work_area",
    "муниципальное образование": "location", "бюджет проекта, тыс.руб": "total_cost_mln",
    "сумма гранта (займа) по договору, тыс. руб.": "federal_budget_mln",
    "софинансирование из об, тыс. руб.": "regional_budget_mln",
    "собственные средства получателя (тыс. руб.)": "extra_budgetary_mln",
    "выплачено (выдано) фондом на 01.10.2026, тыс. руб.": None,
    "транш 2026 г., тыс.руб": None, "ставка по займу, % годовых": None,
    "№ договора": None, "дата договора": None,
    "окончание реализации проекта": "end_date", "статус проекта": "status",
    "новые рабочие места (обязательство), ед.": "jobs_planned",
    "куратор от фонда, телефон": None,
    # findep_budget
    "1. код проекта": "code", "2. кбк": None, "3. наименование": "name", "4. грбс": None,
    "5. направление ино": "work_area", "6. статус проекта": "status",
    "7. общая стоимость": "total_cost_mln", "8. фб": "federal_budget_mln",
    "9. об (бюджетные ассигнования)": "regional_budget_mln", "10. мб": None,
    "11. вби": "extra_budgetary_mln", "12. лимиты бо на 2026 год": None,
    "13. кассовое исполнение на 01.10.2026": None, "14. % кассового исполнения": None,
    "15. срок завершения": "end_date",
    # eb_export.csv
    "id": None, "project_code": "code", "klaster": "cluster", "napravlenie": "work_area",
    "municipalitet": "location", "status_name": "status", "data_nachala": "start_date",
    "data_okonchaniya": "end_date", "стоимость всего, млн руб.": "total_cost_mln",
    "fb_mln_rub": "federal_budget_mln", "объем об, млн ₽": "regional_budget_mln",
    "vnebudzhet_mln_rub": "extra_budgetary_mln",
    "vnebudzhet_podtv_mln_rub": "extra_budgetary_confirmed_mln",
    "jobs_plan": "jobs_planned", "jobs_fact": "jobs_created",
    "otvetstvennaya_organizaciya": "lead_organization", "inn": None,
    "kurator_phone": None, "created_at": None, "problemy": "problems",
    # technopark
    "№": None, "код ино": "code", "проект": "name", "кластер": "cluster",
    "размещение": "location", "состояние": "status", "начало работ": "start_date",
    "ввод в эксплуатацию": "end_date", "стоимость (млн ₽)": "total_cost_mln",
    "фед. средства (млн ₽)": "federal_budget_mln",
    "обл. средства (млн ₽)": "regional_budget_mln",
    "частные инвестиции (млн ₽)": "extra_budgetary_mln", "готовность, %": None,
    "рабочие места, план": "jobs_planned", "id в crm": None, "резидент": "lead_organization",
    "комментарий / проблемы": "problems",
}
MONEY = {"total_cost_mln", "federal_budget_mln", "regional_budget_mln",
         "extra_budgetary_mln", "extra_budgetary_confirmed_mln"}
JOBS = {"jobs_planned", "jobs_created"}
DATES = {"start_date", "end_date"}
TEXT = {"code", "name", "lead_organization", "problems"}


# ---------------------------------------------------------------- values
class Reject(Exception):
    pass


class Unknown(Exception):
    pass


STATUS_RULES = [  # ordered keyword rules on normalised text
    ("приостанов", "suspended"),
    ("уточняется", None), ("расторгнут", None), ("на согласовании", None),
    ("не заключен", "planned"), ("на подписании", "planned"), ("планир", "planned"),
    ("запланирован", "planned"), ("подготовительн", "planned"),
    ("заверш", "completed"), ("исполнен", "completed"), ("выполнен", "completed"),
    ("реализован", "completed"),
    ("идет реализация", "in_progress"), ("в стадии реализации", "in_progress"),
    ("в реализации", "in_progress"), ("реализуется", "in_progress"),
    ("возобновлен", "in_progress"), ("начата реализация", "in_progress"),
    ("выполняется", "in_progress"), ("ведутся", "in_progress"),
]


def p_status(v):
    if v is None or norm(v) in ("", "—", "-"):
        return None
    s = norm(v)
    for kw, key in STATUS_RULES:
        if kw in s:
            return key
    raise Unknown("status %r" % v)


def p_cluster(v):
    s = norm(v) if v is not None else ""
    if s in ("", "—", "-", "n/a", "не относится к кластерам", "вне кластеров"):
        return None
    if "фарм" in s:
        return "pharma"
    if "медтех" in s or "медицин" in s or re.search(r"(^|[^а-яa-z])(ит|it)([^а-яa-z]|$)", s):
        return "medtech_it"
    if "ядерн" in s:
        return "nuclear"
    if "нефтехим" in s:
        return "petrochemical"
    if "дикорос" in s:
        return "wildlife"
    if "лесопром" in s:
        return "timber"
    if "триз" in s or "трудноизвлек" in s:
        return "hard_to_recover"
    raise Reject("unknown cluster %r" % v)


def p_location(v):
    if v is None or norm(v) == "":
        return None
    s = norm(v)
    if "област" in s:
        return None
    found = []
    if "томский" in s:
        found.append("Томский район")
        s = s.replace("томский", "")
    if "томск" in s:
        found.append("Томск")
    for kw, place in (("северск", "Северск"), ("асин", "Асино"),
                      ("колпашев", "Колпашево"), ("стрежев", "Стрежевой")):
        if kw in s:
            found.append(place)
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        return None
    raise Unknown("location %r" % v)


def p_work_area(v):
    if v is None or norm(v) == "":
        return None
    s = norm(v)
    if "наук" in s:
        return "science_education"
    if "промышл" in s:
        return "industry"
    if "инновац" in s or "бизнес" in s:
        return "innovation_business"
    if "умн" in s or "город" in s:
        return "smart_city"
    if "делов" in s:
        return "business_environment"
    raise Unknown("work area %r" % v)


def p_money(v, factor, dot_decimal=False):
    if v is None or (isinstance(v, str) and v.strip() == ""):
        return None
    if isinstance(v, bool):
        raise Reject("not a number: %r" % v)
    if isinstance(v, (int, float)):
        d = D(repr(v)) if isinstance(v, float) else D(v)
    else:
        t = v.strip().replace("\u00a0", "").replace(" ", "")
        if not dot_decimal:
            t = t.replace(",", ".")
        if not re.fullmatch(r"-?\d+(\.\d+)?", t):
            raise Reject("not a number: %r" % v)
        d = D(t)
    if d < 0:
        raise Reject("negative amount")
    return d * factor


def p_jobs(v):
    if v is None or (isinstance(v, str) and v.strip() == ""):
        return None
    if isinstance(v, float):
        if v != int(v):
            raise Reject("not a whole number: %r" % v)
        return int(v)
    if isinstance(v, int):
        return v
    t = v.strip().replace("\u00a0", "").replace(" ", "")
    if not re.fullmatch(r"\d+", t):
        raise Reject("not a number: %r" % v)
    return int(t)


MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
          "сентябрь", "октябрь", "ноябрь", "декабрь"]
ROM = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def last_day(y, mth):
    nxt = dtm.date(y + (mth == 12), mth % 12 + 1, 1)
    return nxt - dtm.timedelta(days=1)


def p_date(v):
    if v is None or (isinstance(v, str) and v.strip() == ""):
        return None
    if isinstance(v, dtm.datetime):
        return v.date().isoformat()
    if isinstance(v, dtm.date):
        return v.isoformat()
    if isinstance(v, (int, float)) and 1900 <= v <= 2100 and v == int(v):
        return "%d-12-31" % int(v)
    s = norm(v)
    mt = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", s)
    if mt:
        return dtm.date(int(mt[3]), int(mt[2]), int(mt[1])).isoformat()
    mt = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if mt:
        return dtm.date(int(mt[1]), int(mt[2]), int(mt[3])).isoformat()
    mt = re.fullmatch(r"(iv|iii|ii|i|[1-4])\s*(?:кв\.?|квартал)\s*(\d{4})(?:\s*г\.?)?", s)
    if mt:
        return last_day(int(mt[2]), ROM[mt[1]] * 3).isoformat()
    mt = re.fullmatch(r"(ii|i|[12])\s*полугодие\s*(\d{4})(?:\s*г\.?)?", s)
    if mt:
        return last_day(int(mt[2]), ROM[mt[1]] * 6).isoformat()
    mt = re.fullmatch(r"([а-я]+)\s+(\d{4})(?:\s*г\.?)?", s)
    if mt and mt[1] in MONTHS:
        return last_day(int(mt[2]), MONTHS.index(mt[1]) + 1).isoformat()
    mt = re.fullmatch(r"(\d{4})", s)
    if mt:
        return "%s-12-31" % mt[1]
    raise Unknown("date %r" % v)


def p_text(v):
    if v is None:
        return None
    if isinstance(v, float) and v == int(v):
        v = int(v)
    t = str(v).strip()
    return t if t else None


# ---------------------------------------------------------------- sheet reading
def is_blank(v):
    return v is None or (isinstance(v, str) and v.strip() == "")


def read_sheet(ws):
    rows = []
    for r in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column):
        rows.append([c.value for c in r])
    return rows


def merged_top_left(ws, r, c):
    for rng in ws.merged_cells.ranges:
        if rng.min_row <= r <= rng.max_row and rng.min_col <= c <= rng.max_col:
            return rng
    return None


def parse_xlsx(path, dot_decimal=False):
    wb = openpyxl.load_workbook(path)       # cached values; never formulas computed
    out = []
    for ws in wb.worksheets:
        rows = read_sheet(ws)
        hdr = None
        for i, row in enumerate(rows, start=1):
            texts = [v for v in row if isinstance(v, str) and v.strip()]
            if len(texts) >= 5 and len(texts) == len([v for v in row if not is_blank(v)]):
                hdr = i
                break
        if hdr is None:
            continue            # e.g. an explanatory sheet
        ncol = max(len(r) for r in rows)
        top = rows[hdr - 1] + [None] * (ncol - len(rows[hdr - 1]))
        nxt = rows[hdr] + [None] * (ncol - len(rows[hdr])) if hdr < len(rows) else [None] * ncol
        two_level = any(isinstance(nxt[c], str) and nxt[c].strip() and is_blank(top[c])
                        for c in range(ncol))
        unit_row = (not two_level and any(isinstance(v, str) and v.strip() for v in nxt)
                    and all(is_blank(v) or (isinstance(v, str) and not is_blank(top[c]))
                            for c, v in enumerate(nxt)))
        title = " ".join(str(v) for row in rows[:hdr - 1] for v in row if not is_blank(v))
        headers, units = [], []
        for c in range(ncol):
            if two_level:
                rng = merged_top_left(ws, hdr, c + 1)
                t = ws.cell(rng.min_row, rng.min_col).value if rng else top[c]
                if rng is not None and rng.max_row > hdr:
                    h = t
                elif is_blank(nxt[c]):
                    h = t
                else:
                    h = "%s / %s" % (t, nxt[c]) if not is_blank(t) else nxt[c]
            else:
                h = top[c]
            headers.append(h)
            units.append(str(nxt[c]) if unit_row and not is_blank(nxt[c]) else "")
        first = hdr + (2 if (two_level or unit_row) else 1)
        sheet = dict(sheet=ws.title, header_row=hdr, two_level=two_level,
                     unit_row=hdr + 1 if unit_row else None, headers=headers, units=units,
                     title=title, rows=[], skipped={}, hidden=[])
        for i in range(first, len(rows) + 1):
            row = rows[i - 1] + [None] * (ncol - len(rows[i - 1]))
            nonblank = [v for v in row if not is_blank(v)]
            if ws.row_dimensions[i].hidden:
                sheet["hidden"].append(i)
            if not nonblank:
                if any(isinstance(v, str) for v in row):
                    sheet["skipped"][i] = "blank"
                continue
            if all(isinstance(v, int) and v == c + 1 for c, v in enumerate(row)):
                sheet["skipped"][i] = "column numbers"
                continue
            if isinstance(nonblank[0], str) and re.match(r"\s*(итого|всего)", nonblank[0], re.I):
                sheet["skipped"][i] = "totals"
                continue
            if len(nonblank) == 1 and isinstance(nonblank[0], str):
                sheet["skipped"][i] = "text row"
                continue
            sheet["rows"].append((i, row))
        out.append(sheet)
    return out


def parse_csv(path):
    raw = open(path, "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        bad("%s: no UTF-8 BOM" % path)
    text = raw.decode("utf-8-sig")
    if "\r\n" not in text or re.search(r"[^\r]\n", text):
        bad("%s: not CRLF line ends" % path)
    lines = list(csv.reader(text.splitlines(), delimiter=","))
    headers = lines[0]
    sheet = dict(sheet=None, header_row=1, headers=headers, units=[""] * len(headers),
                 title="", rows=[], skipped={}, hidden=[], dot=True)
    for i, row in enumerate(lines[1:], start=2):
        if all(is_blank(v) for v in row):
            continue
        sheet["rows"].append((i, [v if v != "" else None for v in row]))
    return [sheet]


def unit_factor(header, unit, title):
    h = norm("%s %s" % (header, unit))
    if "тыс" in h:
        return D("0.001")
    if "млрд" in h:
        return D(1000)
    if "млн" in h or "₽" in h:
        return D(1)
    t = norm(title)
    if "тыс" in t:
        return D("0.001")
    if "млрд" in t:
        return D(1000)
    return D(1)


def build(sheet):
    """-> (columns [(header, field)], records [(row, rec)], rejected [dict])"""
    cols = []
    for h in sheet["headers"]:
        if is_blank(h):
            cols.append((h, None))
            continue
        key = norm(h)
        if key not in HEADER_FIELD:
            bad("%s: header not in the checker's dictionary: %r" % (sheet["sheet"], h))
            cols.append((h, None))
        else:
            cols.append((h, HEADER_FIELD[key]))
    dot = sheet.get("dot", False)
    recs, rejected = [], []
    for rownum, row in sheet["rows"]:
        rec, rej = {}, None
        for c, (h, f) in enumerate(cols):
            if not f:
                continue
            v = row[c] if c < len(row) else None
            try:
                if f in MONEY:
                    rec[f] = p_money(v, unit_factor(h, sheet["units"][c], sheet["title"]), dot)
                elif f in JOBS:
                    rec[f] = p_jobs(v)
                elif f in DATES:
                    rec[f] = p_date(v)
                elif f == "status":
                    rec[f] = p_status(v)
                elif f == "cluster":
                    rec[f] = p_cluster(v)
                elif f == "location":
                    rec[f] = p_location(v)
                elif f == "work_area":
                    rec[f] = p_work_area(v)
                else:
                    rec[f] = p_text(v)
                    if f == "name" and rec[f] and len(rec[f]) > 500:
                        raise Reject("name too long")
            except Reject as e:
                if rej is None:
                    rej = (str(e), get_column_letter(c + 1))
            except Unknown as e:
                bad("%s row %s: cannot read %s" % (sheet["sheet"], rownum, e))
        if rej is None and rec.get("start_date") and rec.get("end_date") \
                and rec["end_date"] < rec["start_date"]:
            endcol = [i for i, (_, f) in enumerate(cols) if f == "end_date"][0]
            rej = ("end date before start date", get_column_letter(endcol + 1))
        if rej:
            rejected.append({"sheet": sheet["sheet"], "row": rownum, "reason": rej[0],
                             "column": rej[1], "code": rec.get("code")})
        else:
            recs.append((rownum, rec))
    # duplicate codes with different data: all such rows rejected
    by_code = {}
    for rownum, rec in recs:
        if rec.get("code"):
            by_code.setdefault(rec["code"], []).append((rownum, rec))
    dup_rows = set()
    codecol = [i for i, (_, f) in enumerate(cols) if f == "code"]
    for code, lst in by_code.items():
        if len(lst) > 1 and any(r != lst[0][1] for _, r in lst[1:]):
            for rownum, _ in lst:
                dup_rows.add(rownum)
                rejected.append({"sheet": sheet["sheet"], "row": rownum,
                                 "reason": "duplicate code", "code": code,
                                 "column": get_column_letter(codecol[0] + 1)})
    recs = [(r, x) for r, x in recs if r not in dup_rows]
    rejected.sort(key=lambda x: x["row"])
    return cols, recs, rejected


# ---------------------------------------------------------------- comparison
def same(a, b):
    if isinstance(a, D):
        return isinstance(b, (int, float)) and not isinstance(b, bool) and abs(float(a) - b) < 1e-9
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and abs(a - b) < 1e-9
    return a == b and type(a) == type(b)


def compare_records(label, mine, exp_records, fields):
    if len(mine) != len(exp_records):
        bad("%s: %d records parsed, %d expected" % (label, len(mine), len(exp_records)))
    for rec, er in zip(mine, exp_records):
        if list(er.keys()) != fields:
            bad("%s %s: expected record keys differ from 'fields'" % (label, er.get("code")))
        for f in fields:
            if not same(rec.get(f), er.get(f)):
                bad("%s %s.%s: cells give %r, expected %r" % (label, er.get("code"), f,
                                                             rec.get(f), er.get(f)))


def load_any(path, tmp):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "csv":
        return parse_csv(path)
    if ext in ("xls", "ods"):
        subprocess.run(["soffice", "-env:UserInstallation=file://%s/profile" % tmp,
                        "--headless", "--convert-to", "xlsx", "--outdir", tmp, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        path = os.path.join(tmp, os.path.basename(path).rsplit(".", 1)[0] + ".xlsx")
    return parse_xlsx(path)


def check_file(relpath, exp_path, tmp, base=None):
    label = relpath
    exp = json.load(open(exp_path, encoding="utf-8"))
    if exp["file"] != os.path.basename(relpath):
        bad("%s: 'file' is %r" % (label, exp["file"]))
    for k in ("file", "refused", "fields", "record_count", "records", "rejected",
              "columns", "notes"):
        if k not in exp:
            bad("%s: key %s missing" % (label, k))
    sheets = [s for s in load_any(os.path.join(HERE, relpath), tmp) if s["rows"]]
    if len(sheets) != 1:
        bad("%s: %d data sheets found" % (label, len(sheets)))
        return None
    sh = sheets[0]
    cols, recs, rejected = build(sh)
    exp_cols = [tuple(x) for x in exp["columns"]]
    if [(h, f) for h, f in cols if not is_blank(h)] != exp_cols:
        bad("%s: columns differ:\n  cells %r\n  exp   %r" % (label, cols, exp_cols))
    carried = [f for f in exp["fields"] if f in {f2 for _, f2 in cols if f2}]
    # layout facts
    if "header_rows" in exp:
        want = exp["header_rows"]
        got = [sh["header_row"], sh["header_row"] + 1] if sh.get("two_level") else [sh["header_row"]]
        if got != want:
            bad("%s: header rows %r, expected %r" % (label, got, want))
    if "header_row" in exp and exp["header_row"] != sh["header_row"]:
        bad("%s: header row %r, expected %r" % (label, sh["header_row"], exp["header_row"]))
    if "unit_row" in exp and exp["unit_row"] != sh.get("unit_row"):
        bad("%s: unit row %r" % (label, sh.get("unit_row")))
    if "skipped_rows" in exp:
        want = {int(k) for k in exp["skipped_rows"]}
        got = set(sh["skipped"]) | ({sh["unit_row"]} if sh.get("unit_row") else set())
        if want != got:
            bad("%s: skipped rows %r, expected %r" % (label, sorted(got), sorted(want)))
    if "data_rows" in exp:
        dr = [r for r, _ in sh["rows"]]
        want = exp["data_rows"]
        if len(want) == 2 and want != dr:
            ok = dr[0] == want[0] and dr[-1] == want[1]
        else:
            ok = dr == want
        if not ok:
            bad("%s: data rows %r, expected %r" % (label, dr, want))
    if "data_lines" in exp:
        dr = [r for r, _ in sh["rows"]]
        if [dr[0], dr[-1]] != exp["data_lines"]:
            bad("%s: data lines %r" % (label, dr))
    if "hidden" in exp:
        hr = exp["hidden"]["row"]["row"]
        if sh["hidden"] != [hr]:
            bad("%s: hidden rows %r, expected %r" % (label, sh["hidden"], hr))
    # rejected
    got_rej = [(x["sheet"], x["row"], x["column"], x["code"]) for x in rejected]
    want_rej = [(x["sheet"], x["row"], x["column"], x["code"]) for x in exp["rejected"]]
    if got_rej != want_rej:
        bad("%s: rejected %r, expected %r" % (label, got_rej, want_rej))
    for g, w in zip(rejected, exp["rejected"]):
        if g["reason"].split(" ")[0] != w["reason"].split(" ")[0]:
            bad("%s row %s: reason %r vs %r" % (label, g["row"], g["reason"], w["reason"]))
    mine = [rec for _, rec in recs]
    if base is None:
        if carried != exp["fields"]:
            bad("%s: fields %r, columns carry %r" % (label, exp["fields"], carried))
        compare_records(label, mine, exp["records"], exp["fields"])
        if exp["record_count"] != len(exp["records"]):
            bad("%s: record_count" % label)
        return mine, exp["fields"]
    # ---- update: apply to the base state
    base_recs, base_fields = base
    state = {r["code"]: dict(r) for r in base_recs}
    order = [r["code"] for r in base_recs]
    changed, new, matched = set(), [], []

    def nm(s):
        s = s.lower().replace("ё", "е")
        s = re.sub("[«»“”„\"]", '"', s)
        return " ".join(s.split())
    rowmap = dict(sh["rows"])
    for (rownum, _), rec in zip(recs, mine):
        code = rec.get("code")
        if code is None:
            hits = [c for c in order if nm(state[c]["name"]) == nm(rec["name"])]
            if len(hits) != 1:
                bad("%s row %d: name matches %r" % (label, rownum, hits))
                continue
            code = hits[0]
            matched.append({"code": code, "name_in_file": rowmap[rownum][1], "row": rownum})
        elif code not in state:
            state[code] = {f: None for f in base_fields}
            order.append(code)
            new.append(code)
        for f, v in rec.items():
            if f == "code" or (f == "name" and rec.get("code") is None):
                continue
            if code not in new and not same(v, state[code][f]) and \
                    not (isinstance(v, D) and same(v, state[code][f])):
                if not (isinstance(state[code][f], D) and isinstance(v, D) and v == state[code][f]):
                    changed.add(code)
            state[code][f] = v
        state[code]["code"] = code
    if exp.get("base_file") is None:
        bad("%s: no base_file" % label)
    if exp["fields"] != base_fields:
        bad("%s: fields differ from the base file's" % label)
    compare_records(label, [state[c] for c in order], exp["records"], exp["fields"])
    if sorted(changed) != exp["changed_codes"]:
        bad("%s: changed %r, expected %r" % (label, sorted(changed), exp["changed_codes"]))
    if new != exp["new_codes"]:
        bad("%s: new %r, expected %r" % (label, new, exp["new_codes"]))
    em = [{"code": x["code"], "name_in_file": x["name_in_file"], "row": x["row"]}
          for x in exp["matched_by_name"]]
    if em != matched:
        bad("%s: matched_by_name %r, expected %r" % (label, matched, em))
    return None


def main():
    tmp = tempfile.mkdtemp(prefix="check_agency22_")
    try:
        base = check_file("sez_register.xlsx", os.path.join(HERE, "sez_register.expected.json"), tmp)
        if base:
            check_file("sez_register_q4.xlsx",
                       os.path.join(HERE, "sez_register_q4.expected.json"), tmp, base=base)
        for f in ("fund_support.xlsx", "findep_budget.xlsx", "eb_export.csv", "technopark.xlsx"):
            check_file(f, os.path.join(HERE, f.rsplit(".", 1)[0] + ".expected.json"), tmp)
        for f in ("sez_register.xls", "findep_budget.ods", "technopark.xlsx"):
            p = os.path.join(HERE, "resaved", f)
            if not os.path.exists(p):
                bad("resaved/%s missing: run resave_agency22.sh" % f)
                continue
            check_file("resaved/" + f, os.path.join(HERE, "resaved",
                                                    f.rsplit(".", 1)[0] + ".expected.json"), tmp)
        # sizes / totals
        tot_r = tot_fx = 0
        for f in sorted(os.listdir(HERE)):
            if f.endswith(".expected.json"):
                e = json.load(open(os.path.join(HERE, f), encoding="utf-8"))
                tot_r += e["record_count"]
                tot_fx += e["record_count"] * len(e["fields"])
                if not 10 <= e["record_count"] <= 21:
                    bad("%s: %d records" % (f, e["record_count"]))
                if os.path.getsize(os.path.join(HERE, e["file"])) > 300_000:
                    bad("%s: over 300 KB" % e["file"])
        print("records in all: %d, fields x records: %d" % (tot_r, tot_fx))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM:", p)
        print("%d problem(s)" % len(PROBLEMS))
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
