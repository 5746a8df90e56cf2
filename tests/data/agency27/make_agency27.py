#!/usr/bin/env python3
"""Write the agency27 evaluation set: six agency files and their expected import results.

Senders (none of them appears in /work/shared/samples):
  A  Администрация Асиновского района: municipal-programme form, тыс. руб., МБ column,
     SUM formulas with cached results (one without), district vs town places.
  B  Департамент промышленности: quarterly monitoring of priority projects, three-level
     header, план/факт pairs, spent-to-date, quarter slice, percentage, ИНН, curator.
  C  Tomsk Polytechnic University: «Приоритет-2030» strategic project list, English and
     Russian mixed, a read-me sheet in front of the data sheet.
  D  АО «ОЭЗ ТВТ «Томск»»: residents' register, units only in the title (тыс. рублей),
     hidden row and hidden column, a code used twice with different data.
  E  ГИИС «Электронный бюджет» style export: CSV, UTF-8 with BOM, ',' separator, '.'
     decimals, LF line ends, official municipality names.
  F  Department of industry, half a year later: update of B with renamed headers and
     amounts in млрд руб. (said only in the title); by code, by name, new codes.

Every project is written once: canonical values, and W(canonical, written) pairs where the
sender wrote a value differently.  Money is Decimal (RUB million).  The output is
deterministic: fixed document properties and zip timestamps, so a re-run gives identical
bytes.  Usage: make_agency27.py [output_dir]
"""
import csv
import datetime as dt
import io
import json
import re
import sys
import zipfile
from decimal import Decimal as D
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

ALL_FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date",
              "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
              "extra_budgetary_mln", "extra_budgetary_confirmed_mln", "jobs_planned",
              "jobs_created", "lead_organization", "problems"]
MONEY = {"total_cost_mln", "federal_budget_mln", "regional_budget_mln",
         "extra_budgetary_mln", "extra_budgetary_confirmed_mln"}
DATES = {"start_date", "end_date"}
INTS = {"jobs_planned", "jobs_created"}
VOCAB = {"status", "cluster", "location", "work_area"}
NBSP = "\u00a0"
ZIP_TIME = (2026, 10, 1, 9, 0, 0)


class W:
    """How the sender wrote a value: canonical value c, cell content w."""
    __slots__ = ("c", "w")

    def __init__(self, c, w):
        self.c, self.w = c, w


class X:
    """A written value with no canonical meaning (it makes its row rejected)."""
    __slots__ = ("w",)

    def __init__(self, w):
        self.w = w


class Col:
    def __init__(self, key, path, why=None, factor=D(1), fmt=None, width=14, hidden=False):
        self.key = key
        self.path = (path,) if isinstance(path, str) else tuple(path)
        self.field = key if key in ALL_FIELDS else None
        self.why = why
        self.factor = D(factor)      # written = canonical * factor (money only)
        self.fmt = fmt
        self.width = width
        self.hidden = hidden
        assert self.field or why, key

    @property
    def header(self):
        return " / ".join(self.path)


def d(y, m, dd):
    return dt.date(y, m, dd)


# ---------------------------------------------------------------- written-form validation
# (only guards this file against typing mistakes; the independent check is check_agency27.py)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_QEND = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}


def _written_date(w):
    if isinstance(w, dt.date):
        return w.isoformat()
    if isinstance(w, int):
        return f"{w}-12-31"
    s = w.strip()
    m = re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4})", s)
    if m:
        return f"{m[3]}-{m[2]}-{m[1]}"
    m = re.fullmatch(r"(IV|III|II|I|[1-4]) кв\. (\d{4})", s) or re.fullmatch(r"Q([1-4]) (\d{4})", s)
    if m:
        mo, dd = _QEND[_ROMAN[m[1]]]
        return f"{m[2]}-{mo:02d}-{dd}"
    m = re.fullmatch(r"(II|I) полугодие (\d{4})", s) or re.fullmatch(r"H([12]) (\d{4})", s)
    if m:
        return f"{m[2]}-06-30" if _ROMAN[m[1]] == 1 else f"{m[2]}-12-31"
    m = re.fullmatch(r"(\d{4})( г\.)?", s)
    if m:
        return f"{m[1]}-12-31"
    raise ValueError(w)


def _written_money(w, factor, decimal_point=","):
    if isinstance(w, (int, float)):
        return D(str(w)) / factor
    s = w.replace(NBSP, "").replace(" ", "")
    if decimal_point == ",":
        s = s.replace(",", ".")
    return D(s) / factor


# ---------------------------------------------------------------- cell values
def cell_of(col, v):
    """(written cell content, canonical value) of one cell of a field column."""
    if isinstance(v, X):
        return v.w, None
    f = col.field
    if isinstance(v, W):
        c, w = v.c, v.w
        if f in MONEY:
            c = D(c)
            assert _written_money(w, col.factor) == c, (col.key, c, w)
        elif f in DATES:
            assert _written_date(w) == c, (col.key, c, w)
        elif f in INTS:
            assert int(str(w).strip()) == c
        elif f not in VOCAB:
            assert c == w.strip(), (c, w)
        return w, c
    if v is None:
        return None, None
    if f in MONEY:
        c = D(v)
        x = c * col.factor
        w = int(x) if x == x.to_integral_value() else float(x)
        return w, c
    if f in DATES:
        assert isinstance(v, dt.date)
        return v, v.isoformat()
    if f in INTS:
        assert isinstance(v, int)
        return v, v
    assert f not in VOCAB, (col.key, v)   # vocabulary values are always W pairs
    return v, v.strip()


def json_value(f, c):
    if c is None:
        return None
    if f in MONEY:
        return float(c)
    return c


# ---------------------------------------------------------------- workbook writing
THIN = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")


def write_sheet(ws, spec):
    """Lay out one report sheet; return a layout dict with Excel row numbers."""
    cols = spec["cols"]
    ncol = len(cols)
    H = spec["levels"]
    r = 1
    lay = {"title_rows": [], "blank_rows": [], "footnote_rows": []}
    for t in spec["titles"]:
        ws.cell(r, 1, t).font = THIN
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        lay["title_rows"].append(r)
        r += 1
    for _ in range(spec.get("gap", 1)):
        lay["blank_rows"].append(r)
        r += 1
    h0 = r
    for lvl in range(H):
        j = 0
        while j < ncol:
            p = cols[j].path
            if lvl >= len(p):
                j += 1
                continue
            k = j
            while k + 1 < ncol and len(cols[k + 1].path) > lvl and cols[k + 1].path[:lvl + 1] == p[:lvl + 1]:
                k += 1
            c = ws.cell(h0 + lvl, j + 1, p[lvl])
            c.font, c.alignment = THIN, WRAP
            bottom = h0 + lvl if lvl < len(p) - 1 else h0 + H - 1
            if k > j or bottom > h0 + lvl:
                ws.merge_cells(start_row=h0 + lvl, start_column=j + 1, end_row=bottom, end_column=k + 1)
            j = k + 1
    lay["header_rows"] = list(range(h0, h0 + H))
    r = h0 + H
    if spec.get("colnums"):
        for j in range(ncol):
            ws.cell(r, j + 1, j + 1).alignment = WRAP
        lay["colnum_row"] = r
        r += 1
    for j, col in enumerate(cols):
        letter = get_column_letter(j + 1)
        ws.column_dimensions[letter].width = col.width
        if col.hidden:
            ws.column_dimensions[letter].hidden = True
    lay["data_rows"] = []
    formula_cache = {}
    numeric_sums = {}
    for i, row in enumerate(spec["rows"]):
        lay["data_rows"].append(r)
        for j, col in enumerate(cols):
            letter = get_column_letter(j + 1)
            if col.key in ("x_npp", "x_no") and col.key not in row:
                w = i + 1
            elif col.field:
                w, _ = cell_of(col, row.get(col.key))
            else:
                w = row.get(col.key)
            if spec.get("formula_col") == col.key:
                a, b = spec["formula_range"]
                w = f"=SUM({a}{r}:{b}{r})"
                cached = None if row.get("_nocache") else row["_cached"]
                formula_cache[f"{letter}{r}"] = cached
                if cached is not None:
                    numeric_sums[j] = numeric_sums.get(j, 0) + cached
            if w is None:
                continue
            c = ws.cell(r, j + 1, w)
            if isinstance(w, dt.date):
                c.number_format = "DD.MM.YYYY"
            elif isinstance(w, str) and w.startswith("=") and col.fmt:
                c.number_format = col.fmt
            elif isinstance(w, (int, float)) and not isinstance(w, bool):
                if col.fmt:
                    c.number_format = col.fmt
                if j not in (spec.get("no_sum") or ()) and col.key in spec.get("sum_keys", ()):
                    numeric_sums[j] = numeric_sums.get(j, 0) + w
            if isinstance(w, str) and len(w) > 60:
                c.alignment = Alignment(wrap_text=True, vertical="top")
        if row.get("_hidden"):
            ws.row_dimensions[r].hidden = True
        r += 1
    if spec.get("totals"):
        ws.cell(r, spec.get("totals_col", 1), spec["totals"]).font = THIN
        for j, col in enumerate(cols):
            if col.key in spec.get("sum_keys", ()):
                letter = get_column_letter(j + 1)
                total = numeric_sums.get(j, 0)
                if spec.get("formula_totals"):
                    first, last = lay["data_rows"][0], lay["data_rows"][-1]
                    ws.cell(r, j + 1, f"=SUM({letter}{first}:{letter}{last})")
                    formula_cache[f"{letter}{r}"] = total
                else:
                    ws.cell(r, j + 1, round(total, 4))
                if col.fmt:
                    ws.cell(r, j + 1).number_format = col.fmt
        lay["totals_row"] = r
        r += 1
    if spec.get("footnotes"):
        lay["blank_rows"].append(r)
        r += 1
        for t in spec["footnotes"]:
            ws.cell(r, 1, t)
            lay["footnote_rows"].append(r)
            r += 1
    lay["formula_cache"] = formula_cache
    return lay


def save_xlsx(wb, path, creator, formula_cache=None):
    """Save deterministically; write cached results into formula cells of sheet1."""
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = dt.datetime(2026, 10, 1, 9, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2026-10-01T09:00:00Z</dcterms:modified>", data)
            if info.filename == "xl/worksheets/sheet1.xml" and formula_cache:
                text = data.decode("utf-8")
                for ref, value in formula_cache.items():
                    pat = re.compile(r'(<c r="%s"[^>]*>)<f>([^<]*)</f><v\s*/>' % ref)
                    assert pat.search(text), ref
                    if value is None:      # a formula stored without a cached result
                        text = pat.sub(lambda m: f"{m[1]}<f>{m[2]}</f>", text)
                    else:
                        v = repr(value) if isinstance(value, float) else str(value)
                        text = pat.sub(lambda m: f"{m[1]}<f>{m[2]}</f><v>{v}</v>", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- expected results
def records_of(cols, rows, fields):
    recs = []
    for row in rows:
        if "_reject" in row:
            continue
        rec = {}
        for col in cols:
            if col.field:
                _, c = cell_of(col, row.get(col.key))
                rec[col.field] = c
        recs.append({f: json_value(f, rec.get(f)) for f in fields})
    return recs


def spellings(cols, rows):
    """Distinct (written, canonical) pairs of the vocabulary and period columns."""
    out = {}
    for col in cols:
        if col.field in VOCAB or col.field in DATES:
            seen = []
            for row in rows:
                if "_reject" in row:
                    continue
                v = row.get(col.key)
                if isinstance(v, W) and not isinstance(v.w, dt.date):
                    pair = [v.w if isinstance(v.w, str) else f"{v.w} (number)", v.c]
                    if col.field in DATES and isinstance(v.w, str) and re.fullmatch(r"\d\d\.\d\d\.\d{4}", v.w):
                        continue
                    if pair not in seen:
                        seen.append(pair)
            if seen:
                out[col.field] = seen
    return out


def fields_of(cols):
    have = {c.field for c in cols if c.field}
    return [f for f in ALL_FIELDS if f in have]


def rejected_of(cols, rows, lay_rows, sheet):
    out = []
    letters = {c.key: get_column_letter(j + 1) for j, c in enumerate(cols)}
    for row, r in zip(rows, lay_rows):
        if "_reject" in row:
            reason, key = row["_reject"]
            code = row["code"].w if isinstance(row["code"], (W, X)) else row["code"]
            out.append({"sheet": sheet, "row": r, "reason": reason,
                        "column": letters[key], "code": code})
    return out


def skipped_of(lay):
    sk = {}
    for r in lay["title_rows"]:
        sk[r] = "title"
    for r in lay["blank_rows"]:
        sk[r] = "blank row"
    if "colnum_row" in lay:
        sk[lay["colnum_row"]] = "column numbers"
    if "totals_row" in lay:
        sk[lay["totals_row"]] = "totals"
    for r in lay["footnote_rows"]:
        sk[r] = "footnote"
    return {str(k): sk[k] for k in sorted(sk)}


def write_json(path, obj):
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def xlsx_expected(fname, sheet, cols, rows, lay, notes, extra=None):
    fields = fields_of(cols)
    recs = records_of(cols, rows, fields)
    rej = rejected_of(cols, rows, lay["data_rows"], sheet)
    exp = {"file": fname, "refused": False, "fields": fields, "record_count": len(recs),
           "records": recs, "rejected": rej, "sheet": sheet,
           "header_rows": lay["header_rows"], "data_rows": lay["data_rows"],
           "skipped_rows": skipped_of(lay),
           "columns": [[c.header, c.field] for c in cols if c.field],
           "ignored_columns": [[c.header, c.why] for c in cols if not c.field],
           "spellings": spellings(cols, rows)}
    if extra:
        exp.update(extra)
    exp["notes"] = notes
    return exp


# ================================================================ A: Асиновский район
A_MONEY = "Объём финансирования, тыс. руб."
A_COLS = [
    Col("x_npp", "№ п/п", why="row number (порядковый номер), not a project attribute", width=5),
    Col("code", "Код проекта в реестре ИНО «Томск»", width=12),
    Col("name", "Наименование инвестиционного проекта", width=46),
    Col("lead_organization", "Инициатор (инвестор) проекта", width=28),
    Col("location", "Место реализации", width=24),
    Col("cluster", "Отраслевая принадлежность (кластер)", width=20),
    Col("status", "Стадия реализации", width=18),
    Col("start_date", ("Срок реализации", "начало"), width=12),
    Col("end_date", ("Срок реализации", "окончание"), width=14),
    Col("total_cost_mln", (A_MONEY, "всего"), factor=1000, fmt="#,##0.0"),
    Col("federal_budget_mln", (A_MONEY, "ФБ"), factor=1000, fmt="#,##0.0"),
    Col("regional_budget_mln", (A_MONEY, "ОБ"), factor=1000, fmt="#,##0.0"),
    Col("x_mb", (A_MONEY, "МБ"), fmt="#,##0.0",
        why="МБ = бюджет муниципального образования (local budget): the canonical fields have no "
            "municipal-budget field; it is only a part of «всего»"),
    Col("extra_budgetary_mln", (A_MONEY, "ВБИ"), factor=1000, fmt="#,##0.0"),
    Col("jobs_planned", "Количество создаваемых рабочих мест (план), ед.", width=12),
    Col("x_resp", "Ответственный от администрации (Ф.И.О., телефон)", width=22,
        why="a responsible official's name and phone number, not the lead organisation"),
    Col("problems", "Проблемные вопросы, требующие решения", width=36),
    Col("x_note", "Примечание", width=22,
        why="remarks about the report line (source of the data, date of commissioning), not the problems field"),
]


def a_row(code, name, lead, loc, cl, st, start, end, fb, ob, mb, vbi, jobs, resp, problems=None,
          note=None, **kw):
    fb, ob, vbi = D(fb), D(ob), D(vbi)
    total = fb + ob + D(mb) / 1000 + vbi
    row = {"code": code, "name": name, "lead_organization": lead, "location": loc, "cluster": cl,
           "status": st, "start_date": start, "end_date": end, "total_cost_mln": total,
           "federal_budget_mln": fb, "regional_budget_mln": ob, "x_mb": mb,
           "extra_budgetary_mln": vbi, "jobs_planned": jobs, "x_resp": resp,
           "problems": problems, "x_note": note}
    x = total * 1000
    row["_cached"] = int(x) if x == x.to_integral_value() else float(x)
    row.update(kw)
    return row


A_ROWS = [
    a_row("INO-2701", "Строительство завода по производству древесных топливных гранул (пеллет)",
          "ООО «Чулымлес»", W("Асино", "г. Асино"), W("timber", "Лесопромышленный кластер"),
          W("in_progress", "реализуется"), d(2024, 3, 15), W("2026-12-31", "IV кв. 2026"),
          "0.0", "12.0", 1500, "186.5", 45, "Петрова Н.В., 8 (38241) 2-13-45",
          "Требуется строительство подъездной автодороги к промплощадке", "данные инвестора"),
    a_row("INO-2702", "Производство лущёного шпона и фанеры из берёзы", "АО «Сибирский шпон»",
          W(None, "Асиновский район, с. Новониколаевка"), W("timber", "ЛПК"),
          W("in_progress", "в стадии реализации"), W("2023-06-01", "01.06.2023"), W("2027-12-31", 2027),
          "120.0", "30.0", 0, "850.0", 120, "Петрова Н.В., 8 (38241) 2-13-45"),
    a_row("INO-2703", "Производство пищевой продукции из дикоросов (ягоды, грибы, кедровый орех)",
          "ООО «Чулымские дикоросы»", W("Асино", "г.Асино"), W("wildlife", "дикоросы"),
          W("completed", "проект реализован"), d(2022, 4, 1), d(2025, 9, 30),
          "0.0", "8.4", 600, "41.0", 28, "Сидоров К.А., 8 (38241) 2-11-07",
          None, "введено в эксплуатацию 30.09.2025"),
    a_row("INO-2704", "Создание лесопитомника для выращивания сеянцев с закрытой корневой системой",
          "ОГАУ «Асиновский лесхоз»", W(None, "Асиновский район"), W("timber", "Лесопромышленный"),
          W("planned", "на стадии проработки"), W("2027-02-01", "01.02.2027"),
          W("2028-12-31", "II полугодие 2028"), "45.0", "15.0", 0, "0.0", 16,
          "Сидоров К.А., 8 (38241) 2-11-07",
          "Не определён источник софинансирования из областного бюджета"),
    a_row("INO-2705", "Модернизация лесопильного производства (этап II)", "ООО «Чулымлес»",
          W("Асино", "г. Асино, ул. Стадионная, 2"), W("timber", "Лесопромышленный кластер"),
          W("suspended", "реализация приостановлена"), d(2023, 9, 10), W("2026-09-30", "III кв. 2026"),
          "0.0", "0.0", 0, "74.3", 22, "Петрова Н.В., 8 (38241) 2-13-45",
          "Инвестор приостановил финансирование в связи с ростом ставки по кредиту"),
    a_row("INO-2706", "Строительство тепличного комплекса по выращиванию овощей", "ООО «Агро-Асино»",
          W(None, "Асиновский р-н, д. Латат"), X("Агропромышленный кластер"),
          W("in_progress", "реализуется"), d(2025, 5, 1), W("2027-12-31", "IV кв. 2027"),
          "0.0", "40.0", 0, "310.0", 60, "Сидоров К.А., 8 (38241) 2-11-07",
          _reject=("unknown cluster 'Агропромышленный кластер'", "cluster")),
    a_row("INO-2707", "Реконструкция уличного освещения с переходом на светодиодные светильники",
          "Администрация Асиновского городского поселения", W("Асино", "г. Асино"), W(None, "—"),
          W("in_progress", "реализуется"), d(2025, 4, 1), W("2026-12-31", "IV кв. 2026"),
          "0.0", "9.8", 4200, "0.0", 0, "Петрова Н.В., 8 (38241) 2-13-45"),
    a_row("INO-2708", "Цех по переработке кедрового ореха", "ИП глава КФХ Смирнов А.А.",
          W(None, "с. Ново-Кусково Асиновского района"), W("wildlife", "Кластер дикоросов"),
          W("in_progress", "в стадии реализации"), W("2025-05-12", "12.05.2025"), W("2026-12-31", "2026"),
          "0.0", "2.5", 0, "10.6", 9, "Сидоров К.А., 8 (38241) 2-11-07",
          None, "субсидия ОБ на приобретение оборудования"),
    a_row("INO-2709", "Строительство завода по производству клеёного бруса", "ООО «Сибирский брус»",
          W("Асино", "Асино"), W("timber", "ЛПК"), W("planned", "планируется"), d(2027, 3, 1),
          W("2029-12-31", "IV кв. 2029"), "250.0", "50.0", 0, "1200.0", 150,
          "Петрова Н.В., 8 (38241) 2-13-45",
          "Не решён вопрос подключения к сетям газоснабжения"),
    a_row("INO-2710", "Производство топливных брикетов из отходов лесопиления", "ООО «ЭкоТопливо Асино»",
          W("Асино", "г. Асино"), W("timber", "лесопромышленный"), W("completed", "завершён"),
          W("2022-08-01", "01.08.2022"), W("2024-06-30", "30.06.2024"),
          "0.0", "3.0", 0, "27.0", 14, "Сидоров К.А., 8 (38241) 2-11-07"),
    a_row("INO-2711", "Создание туристического комплекса «Чулымская заимка»", "ООО «Чулым-Тур»",
          W(None, "Асиновский р-н"), W(None, "—"), W("planned", "планируется"), d(2026, 9, 1),
          W("2028-12-31", 2028), "0.0", "5.0", 2000, "48.0", 18, "Петрова Н.В., 8 (38241) 2-13-45",
          _nocache=True, _reject=("formula without a cached value", "total_cost_mln")),
    a_row("INO-2712", "Цех глубокой переработки ягод методом сублимационной сушки",
          "ООО «Чулымские дикоросы»", W("Асино", "г. Асино"), W("wildlife", "Кластер дикоросов"),
          W("in_progress", "Реализуется"), d(2024, 10, 1), W("2027-06-30", "I полугодие 2027"),
          "18.0", "6.0", 0, "56.0", 32, "Сидоров К.А., 8 (38241) 2-11-07"),
    a_row("INO-2713", "Подготовка промышленной площадки «Асино-Юг» для размещения инвесторов",
          "Администрация Асиновского района", W("Асино", "г. Асино"), W(None, ""),
          W("planned", "планируется к реализации"), W("2026-10-01", "01.10.2026"),
          W("2027-12-31", "IV кв. 2027"), "0.0", "20.0", 5000, "0.0", None,
          "Петрова Н.В., 8 (38241) 2-13-45",
          "Требуется перевод земельного участка из категории земель сельскохозяйственного назначения"),
]


def make_a():
    fname = "agency27_asino_mun_program.xlsx"
    sheet = "Прил. 3"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    spec = {
        "cols": A_COLS, "levels": 2, "colnums": True, "rows": A_ROWS,
        "titles": ["Приложение 3 к муниципальной программе «Развитие инвестиционной деятельности и "
                   "предпринимательства в Асиновском районе на 2024–2028 годы»",
                   "Сведения о ходе реализации инвестиционных проектов на территории муниципального "
                   "образования «Асиновский район»",
                   "по состоянию на 01.07.2026"],
        "formula_col": "total_cost_mln", "formula_range": ("K", "N"),
        "totals": "Итого по программе", "formula_totals": True,
        "sum_keys": ("total_cost_mln", "federal_budget_mln", "regional_budget_mln", "x_mb",
                     "extra_budgetary_mln", "jobs_planned"),
        "footnotes": ["ФБ — федеральный бюджет; ОБ — областной бюджет; МБ — бюджет муниципального "
                      "образования «Асиновский район»; ВБИ — внебюджетные источники; "
                      "ЛПК — лесопромышленный комплекс (лесопромышленный кластер).",
                      "Исполнитель: отдел экономического развития администрации Асиновского района, "
                      "тел. 8 (38241) 2-10-00"],
    }
    lay = write_sheet(ws, spec)
    ws.freeze_panes = "C8"
    save_xlsx(wb, OUT / fname, "Администрация Асиновского района", lay["formula_cache"])
    first, last = lay["data_rows"][0], lay["data_rows"][-1]
    notes = (
        f"Municipal-programme annex of the Asino district administration. One sheet '{sheet}': title rows 1-3, "
        f"two-level merged header in rows 5-6, row 7 numbers the columns (1 … 18), data rows {first}-{last}, "
        f"row {lay['totals_row']} is the totals row ('Итого по программе', SUM formulas), then footnotes. "
        "Amounts are in тыс. руб. (said in the parent header 'Объём финансирования, тыс. руб.') and are given here "
        "in RUB million. 'всего' is a formula =SUM(K:N) with a cached result; it includes the МБ (local budget) "
        "column, which is not imported, so total ≠ ФБ+ОБ+ВБИ where МБ > 0. The total of INO-2711 is a formula "
        "stored without a cached value: that row is rejected (never read as 0). INO-2706 carries "
        "'Агропромышленный кластер', a cluster that is not one of the seven: rejected. Places: 'г. Асино', "
        "'г.Асино', 'Асино' and a street address in Asino are the town Асино; 'Асиновский район', "
        "'Асиновский р-н' and villages of the district (с. Новониколаевка, с. Ново-Кусково) are the district, "
        "not the town, and not one of the six places: null. 'ЛПК' is explained in the footnote as "
        "лесопромышленный комплекс (timber). End dates: quarters (IV кв. 2026 → 2026-12-31), half-years "
        "(II полугодие 2028 → 2028-12-31, I полугодие 2027 → 2027-06-30, by the quarter rule: the last day of "
        "the period), a year as a number in a General cell (2027) or as text ('2026') → 31 December, "
        "dd.mm.yyyy text and real dates. Empty jobs (INO-2713) is null; a written 0 (INO-2707) is 0. "
        "Ignored: № п/п, МБ, the official's name and phone, Примечание.")
    exp = xlsx_expected(fname, sheet, A_COLS, A_ROWS, lay, notes, {
        "units": "тыс. руб. in the header path (divide by 1,000)",
        "formula_cells": {"with_cached_value": len([v for v in lay["formula_cache"].values() if v is not None]),
                          "without_cached_value": [k for k, v in lay["formula_cache"].items() if v is None]},
        "totals_row": lay["totals_row"]})
    write_json(OUT / "agency27_asino_mun_program.expected.json", exp)
    return exp


# ================================================================ B: monitoring, III кв. 2026
B_INV = "Объём инвестиций по проекту, млн руб."
B_OSV = "Освоено инвестиций с начала реализации, млн руб."
B_JOBS = "Рабочие места, чел."
B_COLS = [
    Col("x_npp", "№ п/п", why="row number, not a project attribute", width=5),
    Col("code", "Код проекта", width=11),
    Col("name", "Наименование приоритетного инвестиционного проекта", width=44),
    Col("lead_organization", "Инициатор проекта", width=26),
    Col("x_inn", "ИНН инициатора", why="the initiator's taxpayer number (ИНН), an identifier, not a project field",
        width=12),
    Col("cluster", "Кластер", width=20),
    Col("work_area", "Направление программы ИНО «Томск»", width=22),
    Col("location", "Муниципальное образование (место реализации)", width=24),
    Col("status", "Статус проекта на отчётную дату", width=20),
    Col("start_date", ("Срок реализации", "начало"), width=12),
    Col("end_date", ("Срок реализации", "окончание"), width=12),
    Col("total_cost_mln", (B_INV, "всего"), fmt="#,##0.0"),
    Col("federal_budget_mln", (B_INV, "в том числе", "ФБ"), fmt="#,##0.0"),
    Col("regional_budget_mln", (B_INV, "в том числе", "ОБ"), fmt="#,##0.0"),
    Col("extra_budgetary_mln", (B_INV, "в том числе", "ВБИ"), fmt="#,##0.0"),
    Col("extra_budgetary_confirmed_mln", (B_INV, "из них ВБИ подтверждено соглашениями"), fmt="#,##0.0"),
    Col("x_osv_plan", (B_OSV, "план"), fmt="#,##0.0",
        why="spending planned up to the report date (cumulative plan), not the project cost"),
    Col("x_osv_fact", (B_OSV, "факт"), fmt="#,##0.0", why="money actually spent to date, not the project cost"),
    Col("x_osv_q", "Освоено за отчётный период (III кв. 2026), млн руб.", fmt="#,##0.0",
        why="one quarter's slice of spending, not the project cost"),
    Col("x_pct", "Процент освоения, %", fmt="0.0", why="a percentage (факт / план освоения), not an amount"),
    Col("jobs_planned", (B_JOBS, "план"), width=8),
    Col("jobs_created", (B_JOBS, "факт"), width=8),
    Col("problems", "Проблемные вопросы и предложения по их решению", width=36),
    Col("x_curator", "Куратор проекта (ИОГВ, Ф.И.О.)", width=20,
        why="a responsible official's name, not the lead organisation"),
]


def b_row(code, name, lead, inn, cl, wa, loc, st, start, end, total, fb, ob, vbi, conf,
          osv, jobs, problems=None, curator=None, **kw):
    plan, fact, q = osv
    pct = "—" if plan == 0 else round(fact / plan * 100, 1)
    row = {"code": code, "name": name, "lead_organization": lead, "x_inn": inn, "cluster": cl,
           "work_area": wa, "location": loc, "status": st, "start_date": start, "end_date": end,
           "total_cost_mln": total, "federal_budget_mln": fb, "regional_budget_mln": ob,
           "extra_budgetary_mln": vbi, "extra_budgetary_confirmed_mln": conf,
           "x_osv_plan": plan, "x_osv_fact": fact, "x_osv_q": q, "x_pct": pct,
           "jobs_planned": jobs[0], "jobs_created": jobs[1], "problems": problems, "x_curator": curator}
    row.update(kw)
    if "_reject" not in row:
        t = D(row["total_cost_mln"].c if isinstance(row["total_cost_mln"], W) else row["total_cost_mln"])
        parts = [D(p.c if isinstance(p, W) else p) for p in (fb, ob, vbi)]
        assert t == sum(parts), (code, t, parts)
    return row


IND = W("industry", "Передовая промышленность")
B_ROWS = [
    b_row("INO-2714", "Строительство комплекса по производству полипропиленовой плёнки",
          "ООО «СибПолимер-Томск»", "7017412345", W("petrochemical", "Нефтехимический кластер"), IND,
          W("Томск", "г. Томск"), W("in_progress", "реализуется"), d(2024, 2, 1), W("2027-12-31", "IV кв. 2027"),
          W("4850.0", "4\u00a0850,0"), "0.0", "350.0", W("4500.0", "4\u00a0500,0"), "3200.0",
          (2100.0, 1980.5, 420.0), (180, 64),
          "Задержка поставки импортного экструзионного оборудования", "Иванов С.П."),
    b_row("INO-2715", "Производство изотопной продукции медицинского назначения",
          "АО «Сибирский химический комбинат»", "7024000123", W("nuclear", "Кластер ядерных технологий"), IND,
          W("Северск", "ЗАТО Северск"), W("in_progress", "Реализация (инвестиционная стадия)"),
          W("2023-03-01", "01.03.2023"), W("2028-12-31", 2028), "2310.4", "1200.0", "110.4", "1000.0", "1000.0",
          (1500.0, 1320.8, 210.0), (95, 40), None, "Кузнецова Е.В."),
    b_row("INO-2716", "Выпуск инфузионных растворов в полимерной упаковке", "ООО «Фарм-Томск»", "7014055501",
          W("pharma", "Фармацевтика"), IND, W("Томский район", "Томский р-н, с. Моряковский Затон"),
          W("completed", "завершён, объект введён в эксплуатацию"), d(2021, 5, 17), d(2025, 12, 15),
          "1120.0", "0.0", "0.0", "1120.0", "1120.0", (1120.0, 1120.0, 0.0), (110, 118), None, "Кузнецова Е.В."),
    b_row("INO-2717", "Опытно-промышленная разработка баженовской свиты на участке «Северо-Останинский»",
          "ООО «Васюган-ТрИЗ»", "7022017788", W("hard_to_recover", "ТрИЗ"),
          W("innovation_business", "Технологические инновации и новые бизнесы"),
          W("Стрежевой", "Городской округ Стрежевой"), W("planned", "прединвестиционная стадия"),
          d(2027, 1, 15), W("2029-12-31", "2029 г."), "9600.0", "1500.0", "100.0", "8000.0", W("0.0", "0,0"),
          (0.0, 0.0, 0.0), (60, 0), "Не получена лицензия на пользование участком недр", "Иванов С.П."),
    b_row("INO-2718", "Центр ядерной медицины (ПЭТ-центр) в г. Томске",
          "ОГАУЗ «Томский областной онкологический диспансер»", "7018012345",
          W("medtech_it", "Медтехника и ИТ"), W("science_education", "Наука и образование"),
          W("Томск", "г. Томск"), W("suspended", "приостановлен"), d(2022, 9, 1), W("2026-06-30", "II кв. 2026"),
          "780.0", "450.0", "130.0", "200.0", "50.0", (600.0, 310.5, 0.0), (70, 12),
          "Расторгнут контракт с генеральным подрядчиком; проводится новая закупка", "Соколов А.Н."),
    b_row("INO-2719", "Строительство лесохимического комплекса", "ООО «Сибирская лесохимия»", "7002012890",
          W("timber", "Лесопромышленный кл."), IND, W("Асино", "г. Асино"), W("planned", "планируется"),
          W("2027-06-01", "01.06.2027"), W("2029-12-31", "IV кв. 2029"), X("уточняется"), "0.0", "300.0",
          "6500.0", "1000.0", (0.0, 0.0, 0.0), (210, 0),
          "Инвестор уточняет стоимость проекта после корректировки проектной документации", "Соколов А.Н.",
          _reject=("not a number: 'уточняется'", "total_cost_mln")),
    b_row("INO-2720", "Производство медицинских изделий из биорезорбируемых полимеров", "ООО «БиоМедТех»",
          "7017433210", W("medtech_it", "Кластер медицинской техники и информационных технологий"),
          W("innovation_business", "Технологические инновации, новые бизнесы"), W("Томск", "г. Томск"),
          W("in_progress", "реализуется"), W("2024-11-15", "15.11.2024"), W("2027-12-31", "4 кв. 2027"),
          W("356.8", "356,8"), "120.0", "36.8", "200.0", "200.0", (150.0, 142.7, 35.0), (48, 20),
          None, "Кузнецова Е.В."),
    b_row("INO-2721", "Цифровая платформа мониторинга городской инфраструктуры «Умный Томск»",
          "ОГКУ «Центр цифровой трансформации Томской области»", "7017300001", W(None, "—"),
          W("smart_city", "Умный город"), W("Томск", "г. Томск"), W("in_progress", "реализуется"),
          d(2025, 1, 20), W("2026-09-30", "III кв. 2026"), "210.0", "0.0", "210.0", "0.0", "0.0",
          (210.0, 198.4, 44.6), (15, 15), None, "Соколов А.Н."),
    b_row("INO-2722", "Завод по переработке кедрового ореха и ягод", "ООО «Кедровый край»", "7007001234",
          W("wildlife", "Кластер дикоросов"), IND, W(None, "Колпашевский район"), W("planned", "планируется"),
          W("2027-04-01", "01.04.2027"), W("2028-12-31", "IV кв. 2028"), "640.0", "0.0", "40.0", "600.0", "150.0",
          (0.0, 0.0, 0.0), (55, 0), None, "Иванов С.П."),
    b_row("INO-2723", "Реконструкция рыбоперерабатывающего завода с выпуском копчёной продукции",
          "ООО «Колпашевский рыбзавод»", "7007004567", W(None, "не относится к кластерам"),
          W("industry", "Промышленность"), W("Колпашево", "г. Колпашево"), W("in_progress", "реализуется"),
          d(2024, 6, 1), W("2026-12-31", "31.12.2026"), W("185.5", "185,5"), "0.0", "25.5", "160.0", "160.0",
          (140.0, 122.0, 30.0), (40, 28), None, "Иванов С.П."),
    b_row("INO-2724", "Технопарк «Академический» (2-я очередь)", "АО «Технопарк Академический»", "7017445566",
          W(None, "—"), W("business_environment", "Деловая среда"), W("Томск", "г. Томск"),
          W("in_progress", "реализуется"), d(2026, 3, 1), W("2025-12-31", "IV кв. 2025"),
          "1350.0", "500.0", "250.0", "600.0", "300.0", (200.0, 150.0, 50.0), (300, 40), None, "Соколов А.Н.",
          _reject=("end date before start date", "end_date")),
    b_row("INO-2725", "Производство катализаторов для нефтепереработки", "АО «Томский катализатор»", "7014047777",
          W("petrochemical", "Нефтехимический"), IND, W("Томский район", "Томский район"),
          W(None, "требует актуализации"), d(2023, 10, 1), W("2027-12-31", 2027),
          W("1450.0", "1 450,0"), "300.0", "50.0", "1100.0", "900.0", (800.0, 760.2, 0.0), (85, 30),
          "Инициатор не представил отчёт за III квартал 2026 г.", "Кузнецова Е.В."),
    b_row("INO-2726", "Сеть экспресс-лабораторий контроля качества лекарственных средств", "ООО «ФармКонтроль»",
          "7017456789", W("pharma", "Фармацевтический кластер"), W("business_environment", "Деловая среда"),
          W(None, "Томская область"), W("in_progress", "реализуется"), d(2025, 4, 1), W("2027-03-31", "I кв. 2027"),
          "95.0", "0.0", "15.0", "80.0", "80.0", (60.0, 58.0, 12.5), (24, 10), None, "Кузнецова Е.В."),
    b_row("INO-2727", "Опытное производство литий-ионных накопителей энергии", "ООО «Сибирские накопители»",
          "7024041122", W(None, "—"), W("innovation_business", "Технологические инновации, новые бизнесы"),
          W("Северск", "ЗАТО Северск"), W("planned", "Прединвестиционная стадия"), W("2027-07-01", "01.07.2027"),
          W("2029-12-31", "IV кв. 2029"), W("3200.0", "3\u00a0200,0"), "800.0", "200.0", "2200.0", "0.0",
          (0.0, 0.0, 0.0), (140, 0), None, "Соколов А.Н."),
    b_row("INO-2728", "Модернизация производства древесных плит МДФ", "АО «Томская плита»", "7014012121",
          W("timber", "Лесопромышленный кластер"), IND, W("Томский район", "Томский р-н"),
          W("suspended", "реализация приостановлена"), d(2023, 3, 15), d(2026, 12, 31),
          "2050.0", "0.0", "0.0", "2050.0", "1700.0", (1500.0, 905.0, 0.0), (60, 35),
          "Инвестор пересматривает объём финансирования", "Иванов С.П."),
    b_row("INO-2729", "Строительство бизнес-инкубатора в г. Стрежевом", "Администрация городского округа Стрежевой",
          "7022004433", W(None, "—"), W("business_environment", "Деловая среда"), W("Стрежевой", "г. Стрежевой"),
          W("completed", "завершен"), d(2022, 5, 1), W("2024-11-30", "30.11.2024"),
          "120.0", "40.0", "60.0", "20.0", "20.0", (120.0, 120.0, 0.0), (12, 12), None, "Соколов А.Н."),
]
B_FILE = "agency27_minprom_monitoring_q3_2026.xlsx"
B_SHEET = "Мониторинг III кв. 2026"


def make_b():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = B_SHEET
    spec = {
        "cols": B_COLS, "levels": 3, "colnums": True, "rows": B_ROWS,
        "titles": ["Департамент промышленности и энергетики Томской области",
                   "Мониторинг реализации приоритетных инвестиционных проектов Томской области",
                   "за III квартал 2026 года (отчётный период: 01.07.2026 – 30.09.2026)"],
        "totals": "Итого", "totals_col": 3,
        "sum_keys": ("total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
                     "extra_budgetary_confirmed_mln", "x_osv_plan", "x_osv_fact", "x_osv_q",
                     "jobs_planned", "jobs_created"),
        "footnotes": ["Примечание: ФБ — федеральный бюджет; ОБ — областной бюджет; ВБИ — внебюджетные источники; "
                      "ТрИЗ — трудноизвлекаемые запасы; ИОГВ — исполнительный орган Томской области.",
                      "Процент освоения — отношение фактического освоения к плановому с начала реализации."],
    }
    lay = write_sheet(ws, spec)
    ws.freeze_panes = "D9"
    save_xlsx(wb, OUT / B_FILE, "Департамент промышленности и энергетики Томской области")
    first, last = lay["data_rows"][0], lay["data_rows"][-1]
    notes = (
        f"Quarterly monitoring of priority investment projects by the regional department of industry. One sheet "
        f"'{B_SHEET}': title rows 1-3, a three-level merged header in rows 5-7 (e.g. 'Объём инвестиций по проекту, "
        f"млн руб.' / 'в том числе' / 'ФБ'; 'всего' and 'из них ВБИ подтверждено соглашениями' are merged down "
        f"two rows), row 8 numbers the columns, data rows {first}-{last}, row {lay['totals_row']} 'Итого' (plain "
        "numbers), then two footnotes that explain ФБ/ОБ/ВБИ/ТрИЗ. Amounts are RUB million; some are text "
        "'4 850,0' (non-breaking or plain space, decimal comma). План/факт pairs: 'Рабочие места, чел. / план' = "
        "jobs_planned, '/ факт' = jobs_created; the 'Освоено … с начала реализации / план / факт' pair is "
        "spending to date and is NOT the project cost; the quarter's spending and the percentage are ignored too. "
        "Status phrases: 'Реализация (инвестиционная стадия)' = in_progress; 'прединвестиционная стадия' = planned "
        "(the project has not reached its investment phase); 'завершён, объект введён в эксплуатацию' = completed; "
        "'требует актуализации' (needs updating) says nothing about the stage: null. Cluster: 'ТрИЗ' "
        "(footnote) = hard_to_recover, 'Фармацевтика' = pharma, 'Медтехника и ИТ' = medtech_it, "
        "'Лесопромышленный кл.' = timber; '—' and 'не относится к кластерам' (explicitly no cluster) = null. "
        "Work area 'Умный город' = smart_city, 'Промышленность' = industry (the only area about industry). "
        "Places: 'Томский р-н, с. Моряковский Затон' = Томский район; 'Городской округ Стрежевой' = Стрежевой; "
        "'Колпашевский район' is the district, not the town Колпашево, and 'Томская область' is the whole "
        "region: both null. End dates: 'IV кв. 2027', '4 кв. 2027' (arabic quarter number), '2029 г.' (a year "
        "with 'г.'), 2028 as a number, dd.mm.yyyy text and real dates. Rejected: INO-2719 ('уточняется' in the "
        "total, not a number) and INO-2724 (end IV кв. 2025 before start 01.03.2026).")
    exp = xlsx_expected(B_FILE, B_SHEET, B_COLS, B_ROWS, lay, notes,
                        {"units": "млн руб. in the header path", "totals_row": lay["totals_row"]})
    write_json(OUT / "agency27_minprom_monitoring_q3_2026.expected.json", exp)
    return exp


# ================================================================ C: university, Priority-2030
C_FUND = "Funding, RUB mn (Финансирование, млн руб.)"
C_COLS = [
    Col("x_no", "No.", why="row number", width=5),
    Col("code", "Project code (Код проекта)", width=12),
    Col("x_sp", "Strategic project (Стратегический проект)", width=26,
        why="the strategic project (programme block) the row belongs to, not the project's own name"),
    Col("name", "Project title (Наименование проекта)", width=46),
    Col("cluster", "Sector (кластер ИНО)", width=22),
    Col("work_area", "INO area (Направление)", width=24),
    Col("status", "Status (Статус)", width=12),
    Col("start_date", ("Timeline (Сроки)", "Start (начало)"), width=12),
    Col("end_date", ("Timeline (Сроки)", "End (окончание)"), width=12),
    Col("total_cost_mln", (C_FUND, "Total (всего)"), fmt="#,##0.0"),
    Col("federal_budget_mln", (C_FUND, "Federal grant (ФБ)"), fmt="#,##0.0"),
    Col("extra_budgetary_mln", (C_FUND, "Industrial partners (ВБИ)"), fmt="#,##0.0"),
    Col("x_spent", (C_FUND, "Spent in 2025 (освоено в 2025 г.)"), fmt="#,##0.0",
        why="one year's slice of spending (2025 only), not the project cost"),
    Col("jobs_planned", "New jobs, units (Создаваемые рабочие места, ед.)", width=12),
    Col("x_kpi", "KPI progress, % (Выполнение показателей, %)", why="a percentage of KPI fulfilment", width=10),
    Col("lead_organization", "Lead organisation (Головная организация)", width=30),
    Col("x_leader", "Project leader (Руководитель проекта)", why="a person's name, not the lead organisation",
        width=20),
    Col("problems", "Risks and issues (Риски и проблемы)", width=36),
]


def c_row(code, sp, name, cl, wa, st, start, end, total, fb, vbi, spent, jobs, kpi, lead, leader,
          problems=None, **kw):
    row = {"code": code, "x_sp": sp, "name": name, "cluster": cl, "work_area": wa, "status": st,
           "start_date": start, "end_date": end, "total_cost_mln": total, "federal_budget_mln": fb,
           "extra_budgetary_mln": vbi, "x_spent": spent, "jobs_planned": jobs, "x_kpi": kpi,
           "lead_organization": lead, "x_leader": leader, "problems": problems}
    row.update(kw)
    return row


SP1, SP2, SP3 = ("SP-1 «Energy of the future»", "SP-2 «Materials for extreme conditions»",
                 "SP-3 «Digital health»")
SP4, SP5 = "SP-4 «Space & electronics»", "SP-5 «Bioeconomy»"
C_ROWS = [
    c_row("INO-2732", SP1, "Опытная установка разделения стабильных изотопов (pilot isotope separation unit)",
          W("nuclear", "Nuclear technologies"), W("science_education", "Science & education"),
          W("in_progress", "ongoing"), d(2024, 9, 1), W("2027-12-31", "Q4 2027"), "420.0", "300.0", "80.0",
          95.4, 35, 78, "НИ ТПУ", "Prof. A. V. Kuznetsov"),
    c_row("INO-2733", SP1, "Cyclotron-based production of medical isotopes", W("nuclear", "Nuclear"),
          W("industry", "Advanced manufacturing"), W("in_progress", "In progress"), d(2023, 3, 1),
          W("2028-12-31", "H2 2028"), "1250.0", "600.0", "500.0", 210.0, 60, 64, "ТПУ совместно с АО «СХК»",
          "Д. С. Петров", "Delayed delivery of the cyclotron target station (sanctions)"),
    c_row("INO-2734", SP2, "Технология производства полимерных композитов для Арктики",
          W("petrochemical", "Petrochemicals"), W("innovation_business", "Technological innovation & new business"),
          W("planned", "planned"), d(2026, 9, 1), W("2029-12-31", 2029), "310.0", "150.0", "160.0", 0, 25, None,
          "Tomsk Polytechnic University", "Dr. I. Sokolova", "Industrial partner not yet confirmed"),
    c_row("INO-2735", SP2, "Catalysts for heavy oil upgrading (катализаторы облагораживания тяжёлой нефти)",
          W("hard_to_recover", "Hard-to-recover hydrocarbons"), W("industry", "Advanced manufacturing"),
          W("completed", "completed"), d(2022, 1, 10), d(2025, 12, 20), "185.5", "90.0", "95.5", 40.2, 12, 100,
          "ТПУ, ООО «Газпромнефть-Восток»", "А. Н. Волков"),
    c_row("INO-2736", SP3, "Платформа телемедицинского мониторинга пациентов с хроническими заболеваниями",
          W("medtech_it", "Medical devices & IT"), W("smart_city", "Smart city"), W("suspended", "on hold"),
          d(2024, 2, 1), W("2026-12-31", "IV кв. 2026"), "96.0", "60.0", "20.0", 12.0, 18, 35, "ТПУ", "E. Morozova",
          "Нет решения регионального минздрава о пилотной зоне (awaiting the regional health ministry)"),
    c_row("INO-2737", SP3, "AI-assisted diagnostics of lung CT (ИИ-диагностика КТ лёгких)",
          W("medtech_it", "Medical equipment and IT cluster"),
          W("innovation_business", "Technological innovation & new business"), W("in_progress", "реализуется"),
          d(2025, 2, 15), W("2027-06-30", "H1 2027"), "54.3", "40.0", "14.3", 18.7, 9, 52,
          "ТПУ, стартап ООО «Визиомед»", "К. О. Лебедев"),
    c_row("INO-2738", SP4, "Radiation-hardened electronics for small satellites", X("Space technologies"),
          W("industry", "Advanced manufacturing"), W("in_progress", "ongoing"), d(2025, 1, 15),
          W("2027-12-31", "Q4 2027"), "150.0", "100.0", "50.0", 31.0, 14, 40, "ТПУ", "S. Belov",
          _reject=("unknown cluster 'Space technologies'", "cluster")),
    c_row("INO-2739", SP4, "Инжиниринговый центр аддитивных технологий для МСП", W(None, "n/a"),
          W("business_environment", "Business environment"), W("completed", "Completed"), d(2021, 9, 1),
          W("2024-12-31", "31.12.2024"), "140.0", "100.0", "40.0", 0, 22, 100, "НИ ТПУ", "В. Г. Орлов"),
    c_row("INO-2740", SP5, "Технологии глубокой переработки древесины: наноцеллюлоза",
          W("timber", "Timber & wood processing"), W("science_education", "Наука и образование"),
          W("planned", "Planned"), d(2026, 11, 1), W("2029-12-31", "2029"), "75.0", "50.0", "25.0", 0, 8, None,
          "ТПУ", "Н. А. Белова"),
    c_row("INO-2741", SP5, "Экстракты дикоросов для нутрицевтиков (Siberian wild plant extracts)",
          W("wildlife", "Wild plants"), W("science_education", "Science & education"), W("in_progress", "In progress"),
          d(2025, 6, 1), W("2027-06-30", "Q2 2027"), "38.6", "30.0", "8.6", 11.0, 6, 60,
          "ТПУ совместно с ООО «Сибирский кедр»", "O. Zaitseva"),
    c_row("INO-2742", SP5, "Pharmaceutical substance scale-up lab (лаборатория масштабирования фармсубстанций)",
          W("pharma", "Pharmaceuticals"), W("innovation_business", "Технологические инновации, новые бизнесы"),
          W(None, "TBD"), d(2026, 2, 1), W("2028-12-31", 2028), "220.0", "120.0", "100.0", 0, 20, None, "ТПУ",
          "M. Frolov", "Scope under revision after the 2025 programme review"),
    c_row("INO-2743", SP1, "Digital twin of the Tomsk power grid (цифровой двойник энергосистемы г. Томска)",
          W(None, "—"), W("smart_city", "Smart city"), W("in_progress", "ongoing"), d(2024, 4, 1), d(2026, 12, 31),
          "66.0", "46.0", "20.0", 22.5, 10, 70, "ТПУ / ТУСУР", "P. Egorov"),
    c_row("INO-2744", SP2, "Hydrogen energy storage demonstrator", W(None, ""),
          W("industry", "Передовая промышленность"), W("planned", "planned"), d(2027, 1, 15),
          W("2029-12-31", "Q4 2029"), "510.0", "250.0", "260.0", 0, 30, None, "ТПУ", "R. Kim"),
]
C_FILE = "agency27_tpu_priority2030.xlsx"
C_SHEET = "Projects 2026"


def make_c():
    wb = openpyxl.Workbook()
    rd = wb.active
    rd.title = "Read me"
    for i, t in enumerate([
            "Priority-2030 strategic academic leadership programme — TPU project list for the INO «Tomsk» programme office",
            "Программа «Приоритет-2030»: перечень стратегических и технологических проектов ТПУ для проектного офиса ИНО «Томск»",
            "The list is on sheet 'Projects 2026'. Amounts are in RUB million (млн руб.).",
            "'Spent in 2025' is the 2025 spending only; 'KPI progress' is the share of KPIs met, in per cent.",
            "Status values used: ongoing / in progress, planned, on hold, completed; TBD = not decided yet.",
            "Prepared by the TPU project office, 01.06.2026."], start=1):
        rd.cell(i, 1, t)
    rd.column_dimensions["A"].width = 110
    ws = wb.create_sheet(C_SHEET)
    spec = {
        "cols": C_COLS, "levels": 2, "colnums": False, "rows": C_ROWS,
        "titles": ["Priority-2030: strategic and technology projects of Tomsk Polytechnic University "
                   "(Приоритет-2030: стратегические и технологические проекты ТПУ)",
                   "As of 01.06.2026 (по состоянию на 01.06.2026)"],
        "totals": "Итого (Total)", "totals_col": 4,
        "sum_keys": ("total_cost_mln", "federal_budget_mln", "extra_budgetary_mln", "x_spent", "jobs_planned"),
        "footnotes": ["Source: TPU project office; figures as reported by the project teams "
                      "(источник: проектный офис ТПУ)."],
    }
    lay = write_sheet(ws, spec)
    save_xlsx(wb, OUT / C_FILE, "TPU project office")
    first, last = lay["data_rows"][0], lay["data_rows"][-1]
    notes = (
        f"A university's Priority-2030 project list, headers in English with the Russian in brackets. Sheet "
        f"'Read me' (first) is text, not data; the table is on the second sheet '{C_SHEET}': title rows 1-2, "
        f"two-level merged header in rows 4-5, data rows {first}-{last}, row {lay['totals_row']} 'Итого (Total)', "
        "then a source note. Amounts are RUB million ('Funding, RUB mn'). 'Strategic project' is the programme "
        "block a project belongs to and is not the project name ('Project title' is). 'Spent in 2025' (one "
        "year's slice), 'KPI progress, %', 'No.' and 'Project leader' are ignored. Sector → cluster: "
        "'Nuclear technologies', 'Nuclear' = nuclear; 'Petrochemicals' = petrochemical; 'Hard-to-recover "
        "hydrocarbons' = hard_to_recover; 'Medical devices & IT', 'Medical equipment and IT cluster' = "
        "medtech_it; 'Timber & wood processing' = timber; 'Wild plants' = wildlife; 'Pharmaceuticals' = pharma; "
        "'n/a', '—' and empty = null; 'Space technologies' is not one of the seven clusters: INO-2738 is "
        "rejected. Status: 'ongoing', 'In progress', 'реализуется' = in_progress; 'on hold' = suspended; "
        "'TBD' (to be decided) = null. End dates: Q4 2027, Q2 2027 (quarters), H1 2027 → 2027-06-30 and H2 "
        "2028 → 2028-12-31 (half-years, last day of the period), 2029/2028 as numbers and '2029' as text → "
        "31 December, 'IV кв. 2026', '31.12.2024' text, real dates. No place column: location is not carried.")
    exp = xlsx_expected(C_FILE, C_SHEET, C_COLS, C_ROWS, lay, notes, {
        "units": "RUB mn (млн руб.) in the header path",
        "sheets": [{"sheet": "Read me", "data": False}, {"sheet": C_SHEET, "data": True}],
        "totals_row": lay["totals_row"]})
    write_json(OUT / "agency27_tpu_priority2030.expected.json", exp)
    return exp


# ================================================================ D: ОЭЗ ТВТ «Томск» residents
D_INV, D_JOBS, D_PER = "Объём инвестиций", "Рабочие места, ед.", "Период реализации проекта"
D_COLS = [
    Col("x_npp", "№ п/п", why="row number", width=5),
    Col("x_regno", "Рег. № в реестре резидентов",
        why="the resident's entry number in the ОЭЗ register, not the project code", width=12),
    Col("lead_organization", "Наименование резидента", width=28),
    Col("x_inn", "ИНН", why="the resident's taxpayer number, an identifier", width=12),
    Col("x_ogrn", "ОГРН", why="the resident's state registration number (hidden column), an identifier",
        width=15, hidden=True),
    Col("code", "Код проекта (ИНО «Томск»)", width=11),
    Col("name", "Наименование проекта (вид технико-внедренческой деятельности)", width=44),
    Col("cluster", "Кластер", width=22),
    Col("location", "Место размещения (участок ОЭЗ)", width=26),
    Col("x_agr", "Дата заключения соглашения об осуществлении ТВД", width=13,
        why="the date the resident agreement was signed, not the project start (the project period is "
            "given in its own columns)"),
    Col("start_date", (D_PER, "с"), width=12),
    Col("end_date", (D_PER, "по"), width=14),
    Col("total_cost_mln", (D_INV, "по соглашению (всего)"), factor=1000, fmt="#,##0.0", width=15),
    Col("extra_budgetary_mln", (D_INV, "в т.ч. внебюджетные средства (собственные и заёмные)"), factor=1000,
        fmt="#,##0.0", width=15),
    Col("x_done", (D_INV, "осуществлено на 01.09.2026"), fmt="#,##0.0", width=15,
        why="investment made to date (money spent so far), not the project cost"),
    Col("jobs_planned", (D_JOBS, "по соглашению"), width=9),
    Col("jobs_created", (D_JOBS, "создано"), width=9),
    Col("x_headcount", "Среднесписочная численность работников, чел.", width=12,
        why="the resident company's average headcount, not the jobs created by the project"),
    Col("status", "Статус проекта", width=22),
    Col("x_note", "Примечание", why="remarks", width=24),
]


def d_row(regno, lead, inn, ogrn, code, name, cl, loc, agr, start, end, total, vbi, done, jobs, head, st,
          note=None, **kw):
    row = {"x_regno": regno, "lead_organization": lead, "x_inn": inn, "x_ogrn": ogrn, "code": code,
           "name": name, "cluster": cl, "location": loc, "x_agr": agr, "start_date": start, "end_date": end,
           "total_cost_mln": total, "extra_budgetary_mln": vbi, "x_done": done, "jobs_planned": jobs[0],
           "jobs_created": jobs[1], "x_headcount": head, "status": st, "x_note": note}
    row.update(kw)
    return row


MT = W("medtech_it", "медтехника и ИТ")
INPR = W("in_progress", "реализуется")
DUP = ("duplicate code INO-2753 (rows 15 and 19 differ)", "code")
D_ROWS = [
    d_row("ТВТ-0087", "ООО «Сибирские сенсоры»", "7017400011", "1177031000011", "INO-2745",
          "Производство МЭМС-датчиков давления", MT, W("Томск", "г. Томск, Южная площадка"), d(2019, 3, 14),
          d(2019, 4, 1), W("2027-12-31", 2027), "480.0", "480.0", 312400, (85, 61), 74, INPR),
    d_row("ТВТ-0079", "ООО «ТомскФармСинтез»", "7017399870", "1167031099870", "INO-2746",
          "Производство активных фармацевтических субстанций", W("pharma", "фарма"),
          W("Томск", "Томск, Северная площадка"), d(2018, 11, 20), W("2018-12-01", "01.12.2018"),
          W("2026-12-31", "IV кв. 2026"), W("1250.0", "1\u00a0250\u00a0000,0"), "1100.0", 1012000, (120, 96), 131,
          INPR),
    d_row("ТВТ-0061", "АО «Томские лазерные системы»", "7017388001", "1157031088001", "INO-2747",
          "Серийное производство волоконных лазеров для медицины",
          W("medtech_it", "Кластер медицинской техники и информационных технологий"),
          W("Томск", "г. Томск, Южная площадка"), d(2017, 5, 30), d(2017, 6, 15), d(2023, 12, 31),
          "350.0", "350.0", 350000, (60, 64), 70, W("completed", "производство запущено, проект завершён")),
    d_row("ТВТ-0102", "ООО «РадиоИзотоп»", "7024040101", "1207000040101", "INO-2748",
          "Производство закрытых источников ионизирующего излучения", W("nuclear", "ядерные технологии"),
          W("Северск", "ЗАТО Северск, площадка «Северная»"), d(2021, 2, 10), d(2021, 3, 1),
          W("2028-12-31", "2028"), "620.0", "520.0", 210500, (45, 18), 27, INPR),
    d_row("ТВТ-0095", "ООО «ПолиКомпозит»", "7014060095", "1197031060095", "INO-2749",
          "Производство стеклопластиковой композитной арматуры", W("petrochemical", "нефтехимия"),
          W("Томский район", "Томский р-н, д. Кисловка"), d(2020, 8, 5), d(2020, 9, 1),
          W("2024-06-30", "30.06.2024"), "95.5", "95.5", 95500, (30, 30), 33,
          W("completed", "проект реализован")),
    d_row("ТВТ-0110", "ООО «ГеоИнжиниринг»", "7017470110", "1217000070110", "INO-2750",
          "Цифровые сервисы сопровождения бурения на трудноизвлекаемых запасах",
          W("hard_to_recover", "трудноизвлекаемые запасы"), W("Томск", "г. Томск, пр. Развития, 3"),
          d(2022, 1, 18), d(2022, 2, 1), W("2027-09-30", "3 кв. 2027"), "64.0", "64.0", 41000, (25, 19), 21, INPR,
          _hidden=True),
    d_row("ТВТ-0121", "ООО «СибБиоТех»", "7017480121", "1227000080121", "INO-2751",
          "Биотехнологическая переработка дикоросов в биологически активные добавки",
          W("wildlife", "Кластер дикоросов"), W("Томск", "Томск, Южная площадка"), d(2023, 4, 20),
          W("2023-05-10", "10.05.2023"), W("2027-12-31", "II полугодие 2027"), "88.0", "70.0", 23600, (22, 7), 9,
          W("suspended", "строительство приостановлено"), "Резидент направил уведомление о приостановке работ"),
    d_row("ТВТ-0128", "ООО «Умные системы учёта»", "7017490128", "1237000090128", "INO-2752",
          "Производство интеллектуальных приборов учёта тепловой энергии", W(None, ""),
          W("Томск", "г. Томск, Северная площадка"), d(2023, 12, 12), d(2024, 1, 20), W("2030-12-31", 2030),
          "150.0", "150.0", 48200, (40, 12), 15, INPR),
    d_row("ТВТ-0133", "ООО «ТомИнтех»", "7017500133", "1247000000133", "INO-2753",
          "Разработка программного обеспечения для промышленной автоматизации", MT,
          W("Томск", "г. Томск, Южная площадка"), d(2024, 6, 3), d(2024, 7, 1), W("2027-12-31", "IV кв. 2027"),
          "42.0", "42.0", 12000, (30, 11), 14, INPR, "сведения по заявке резидента", _reject=DUP),
    d_row("ТВТ-0137", "ООО «Томская керамика»", "7017510137", "1247000010137", "INO-2754",
          "Производство керамических имплантатов для травматологии", MT, W("Томск", "г. Томск, Южная площадка"),
          d(2024, 12, 24), W("2025-02-01", "01.02.2025"), W("2028-12-31", "IV кв. 2028"), "210.0", "180.0",
          35000, (35, 5), 8, INPR),
    d_row("ТВТ-0090", "ООО «ВидеоАналитика»", "7017420090", "1187031020090", "INO-2755",
          "Системы видеоаналитики для городской среды",
          W("medtech_it", "Кластер медицинской техники и информационных технологий"), W("Томск", "г. Томск"),
          d(2019, 9, 2), d(2019, 10, 1), d(2022, 12, 31), "27.3", "27.3", 27300, (18, 21), 26,
          W("completed", "завершён")),
    d_row("ТВТ-0145", "ООО «ФармаКапс»", "7014070145", "1267000070145", "INO-2756",
          "Производство твёрдых желатиновых капсул", W("pharma", "Фармацевтический кластер"),
          W("Томский район", "Томский район"), d(2026, 7, 15), d(2026, 10, 1), W("2029-12-31", "2029"),
          "540.0", "540.0", 0, (70, 0), 3, W("planned", "планируется")),
    d_row("ТВТ-0133", "ООО «ТомИнтех»", "7017500133", "1247000000133", "INO-2753",
          "Разработка программного обеспечения для промышленной автоматизации", MT,
          W("Томск", "г. Томск, Южная площадка"), d(2024, 6, 3), d(2024, 7, 1), W("2027-12-31", "IV кв. 2027"),
          "45.5", "45.5", 12000, (30, 11), 14, INPR, "сведения по соглашению (ред. от 15.07.2026)", _reject=DUP),
    d_row("ТВТ-0140", "АО «ИзоТехнологии»", "7024050140", "1257000050140", "INO-2757",
          "Обогащение стабильных изотопов для медицины", W("nuclear", "Кластер ядерных технологий"),
          W("Северск", "ЗАТО Северск"), d(2025, 6, 16), d(2025, 7, 1), d(2029, 6, 30), "1800.0",
          W("1400.0", "1 400 000,0"), 260000, (110, 15), 19, INPR),
    d_row("ТВТ-0118", "ООО «Лесные технологии»", "7014080118", "1237000080118", "INO-2758",
          "Производство древесно-полимерного композита", W("timber", "лесопромышленный"),
          W("Томский район", "Томский р-н"), d(2023, 4, 28), d(2023, 5, 15), W("2026-03-31", "I кв. 2026"),
          "76.8", "76.8", 76800, (26, 26), 28, W("completed", "проект завершён")),
    d_row("ТВТ-0131", "ООО «СибГеоДата»", "7017520131", "1247000020131", "INO-2759",
          "Геоинформационная платформа для лесного хозяйства", W("timber", "Лесопромышленный кластер"),
          W("Томск", "г. Томск, Северная площадка"), d(2024, 7, 9), d(2024, 8, 1), W("2026-12-31", "31.12.2026"),
          "19.4", "19.4", 11200, (12, 9), 10, INPR),
]
D_FILE = "agency27_oez_tvt_residents.xlsx"
D_SHEET = "Реестр резидентов"


def make_d():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = D_SHEET
    spec = {
        "cols": D_COLS, "levels": 2, "colnums": False, "rows": D_ROWS,
        "titles": ["АО «Особая экономическая зона технико-внедренческого типа «Томск»»",
                   "Реестр резидентов ОЭЗ ТВТ «Томск» и реализуемых ими проектов",
                   "по состоянию на 01.09.2026; стоимостные показатели — в тыс. рублей"],
        "totals": "Итого", "totals_col": 3,
        "sum_keys": ("total_cost_mln", "extra_budgetary_mln", "x_done", "jobs_planned", "jobs_created",
                     "x_headcount"),
        "footnotes": ["ТВД — технико-внедренческая деятельность; Рег. № — номер записи в реестре резидентов ОЭЗ.",
                      "Сведения представлены резидентами в составе ежеквартальной отчётности."],
    }
    for row, n in zip(D_ROWS, range(1, 99)):
        row["x_npp"] = n
    lay = write_sheet(ws, spec)
    save_xlsx(wb, OUT / D_FILE, "АО «ОЭЗ ТВТ «Томск»»")
    first, last = lay["data_rows"][0], lay["data_rows"][-1]
    hidden_row = [r for row, r in zip(D_ROWS, lay["data_rows"]) if row.get("_hidden")][0]
    notes = (
        f"Residents' register of the special economic zone. One sheet '{D_SHEET}': title rows 1-3, two-level "
        f"merged header in rows 5-6, data rows {first}-{last}, row {lay['totals_row']} 'Итого', then footnotes. "
        "Units are said ONLY in the title (row 3: 'стоимостные показатели — в тыс. рублей'): the amount columns "
        "'Объём инвестиций / по соглашению (всего)' and '/ в т.ч. внебюджетные средства …' are thousand roubles, "
        "given here in RUB million; two are text with spaces ('1 250 000,0' with non-breaking spaces, "
        "'1 400 000,0' with plain spaces). 'осуществлено на 01.09.2026' (spent to date), the agreement date "
        "(a real date that is not the project start), the register number (not the project code), ИНН, ОГРН "
        "(column E, hidden), the average headcount (not jobs created) and Примечание are ignored. "
        f"Row {hidden_row} (INO-2750) is hidden and is data. INO-2753 appears on rows 15 and 19 with different "
        "amounts (42 000 vs 45 500): both rows are rejected. Places: 'Южная площадка' / 'Северная площадка' "
        "are sites of the zone in Томск (the text says г. Томск / Томск); 'ЗАТО Северск, площадка «Северная»' "
        "is Северск; 'Томский р-н, д. Кисловка' and 'Томский р-н' are Томский район. Status: 'производство "
        "запущено, проект завершён', 'проект реализован', 'проект завершён', 'завершён' = completed; "
        "'строительство приостановлено' = suspended. End dates: 'IV кв. 2026', '3 кв. 2027' (quarters), "
        "'II полугодие 2027' → 2027-12-31, years as numbers (2027, 2030) and as text ('2028', '2029'), "
        "dd.mm.yyyy text and real dates.")
    exp = xlsx_expected(D_FILE, D_SHEET, D_COLS, D_ROWS, lay, notes, {
        "units": "тыс. рублей, said only in title row 3",
        "hidden": {"row": {"sheet": D_SHEET, "row": hidden_row, "code": "INO-2750"},
                   "column": {"sheet": D_SHEET, "column": "E", "header": "ОГРН", "field": None}},
        "totals_row": lay["totals_row"]})
    write_json(OUT / "agency27_oez_tvt_residents.expected.json", exp)
    return exp


# ================================================================ E: ГИИС «Электронный бюджет» CSV
E_COLS = [
    Col("code", "Идентификатор проекта во внешней системе"),
    Col("name", "Наименование проекта"),
    Col("x_subj", "Субъект Российской Федерации",
        why="the region (always Томская область), not the place of the project"),
    Col("x_oktmo", "Код ОКТМО", why="municipality code (ОКТМО), an identifier; the place is read from "
                                     "«Муниципальное образование»"),
    Col("location", "Муниципальное образование"),
    Col("lead_organization", "Организация-исполнитель"),
    Col("x_inn", "ИНН организации-исполнителя", why="taxpayer number, an identifier"),
    Col("status", "Статус проекта"),
    Col("start_date", "Дата начала реализации"),
    Col("end_date", "Дата окончания реализации"),
    Col("total_cost_mln", "Объем финансирования, всего (тыс. руб.)", factor=1000),
    Col("federal_budget_mln", "в том числе: федеральный бюджет (тыс. руб.)", factor=1000),
    Col("regional_budget_mln", "в том числе: бюджет субъекта РФ (тыс. руб.)", factor=1000),
    Col("x_mb", "в том числе: местные бюджеты (тыс. руб.)",
        why="local budgets (МБ): the canonical fields have no municipal-budget field; only a part of the total"),
    Col("extra_budgetary_mln", "в том числе: внебюджетные источники (тыс. руб.)", factor=1000),
    Col("x_kass", "Кассовое исполнение на отчетную дату (тыс. руб.)",
        why="cash spent to the report date, not the project cost"),
    Col("jobs_planned", "Количество создаваемых рабочих мест (ед.)"),
    Col("x_changed", "Дата последнего изменения", why="the date the record was last edited in the system, "
                                                      "not a project date"),
]
TO = W("Томск", "Город Томск")
TR = W("Томский район", "Томский муниципальный район Томской области")
STR = W("Стрежевой", "Городской округ Стрежевой Томской области")
ONEXEC = W("in_progress", "На исполнении")
PLAN = W("planned", "Планируемый")
DONE = W("completed", "Исполнен")


def e_row(code, name, oktmo, loc, lead, inn, st, start, end, fb, rb, mb, vbi, kass, jobs, changed, total=None,
          **kw):
    if total is None:
        total = D(fb) + D(rb) + D(mb) / 1000 + D(vbi)
    row = {"code": code, "name": name, "x_subj": "Томская область", "x_oktmo": oktmo, "location": loc,
           "lead_organization": lead, "x_inn": inn, "status": st, "start_date": start, "end_date": end,
           "total_cost_mln": total, "federal_budget_mln": fb, "regional_budget_mln": rb, "x_mb": mb,
           "extra_budgetary_mln": vbi, "x_kass": kass, "jobs_planned": jobs, "x_changed": changed}
    row.update(kw)
    return row


def dd(s):
    """A dd.mm.yyyy text date as a W pair."""
    return W(f"{s[6:]}-{s[3:5]}-{s[:2]}", s)


E_ROWS = [
    e_row("INO-2760", "Строительство общеобразовательной школы на 1100 мест в микрорайоне «Северный парк», г. Томск",
          "69701000", TO, "ОГКУ «Томскстройзаказчик»", "7017000101", ONEXEC, dd("01.03.2024"), dd("31.08.2026"),
          "1200.0", "600.0", 50000, "0.0", "1420500.75", 95, "12.08.2026"),
    e_row("INO-2761", "Создание инженерной инфраструктуры индустриального парка «Томская промышленная площадка»",
          "69654000", TR, "АО «Корпорация развития Томской области»", "7017000202", ONEXEC, dd("15.05.2023"),
          dd("31.12.2026"), "700.0", "230.0", 0, "50.0", "612300.00", 350, "05.08.2026"),
    e_row("INO-2762", "Центр ядерной медицины, ЗАТО Северск", "69741000",
          W("Северск", "Городской округ закрытое административно-территориальное образование Северск Томской области"),
          "ФГБУ «СибФНКЦ ФМБА России»", "7024000303", PLAN, dd("01.02.2027"), dd("30.12.2029"),
          "2000.0", "400.0", 0, "0.0", "0.00", 180, "30.07.2026"),
    e_row("INO-2763", "Модернизация системы теплоснабжения с применением цифровых технологий учёта", "69710000", STR,
          "МУП «Стрежевой теплоэнергоснабжение»", "7022000404", DONE, dd("01.06.2022"), dd("15.12.2024"),
          "0.0", "250.0", 62500, "0.0", "312500.00", 12, "20.01.2025"),
    e_row("INO-2764", "Строительство мусоросортировочного комплекса, Асиновский район", "69608000",
          W(None, "Асиновский муниципальный район Томской области"), "ООО «ЭкоСервис-Асино»", "7002000505",
          W("suspended", "Приостановлен"), dd("01.09.2023"), dd("31.12.2026"),
          "150.0", "80.0", 10000, "180.0", "95000.00", 40, "14.07.2026"),
    e_row("INO-2765", "Реконструкция автомобильной дороги Томск – Колпашево, участок км 45–62", "69000000",
          W(None, "Томская область"), "ОГКУ «Томскавтодор»", "7017000606", ONEXEC, dd("01.05.2024"),
          dd("31.10.2027"), "1000.0", X("-25000.00"), 0, "525.0", "730000.00", 0, "10.08.2026",
          total=D("1500.0"), _reject=("negative amount", "regional_budget_mln")),
    e_row("INO-2766", "Создание кампуса мирового уровня (2-я очередь), г. Томск", "69701000", TO,
          "ФГАОУ ВО «Национальный исследовательский Томский государственный университет»", "7018000707", ONEXEC,
          dd("01.04.2025"), dd("31.12.2028"), "5600.0", "1000.0", 0, "2000.0", "2150000.00", 420, "11.08.2026"),
    e_row("INO-2767", "Строительство детского сада на 220 мест, с. Тимирязевское", "69654000", TR,
          "Администрация Томского района", "7014000808", DONE, dd("10.04.2023"), dd("20.12.2025"),
          "290.0", "100.0", 20000, "0.0", "410000.00", 45, "26.01.2026"),
    e_row("INO-2768", "Газификация жилого фонда, Колпашевский район (этап 3)", "69632000",
          W(None, "Колпашевский муниципальный район Томской области"), "АО «Томскоблгаз»", "7007000909",
          W(None, "Черновик"), dd("01.06.2027"), dd("31.12.2029"), "0.0", "300.0", 10000, "250.0", "0.00", None,
          "03.08.2026"),
    e_row("INO-2769", "Создание центра обработки данных Томской области", "69701000", TO,
          "ОГКУ «Центр цифровой трансформации Томской области»", "7017300001", PLAN, dd("01.07.2026"),
          dd("31.12.2025"), "0.0", "300.0", 0, "0.0", "0.00", 25, "01.08.2026",
          _reject=("end date before start date", "end_date")),
    e_row("INO-2770", 'Строительство физкультурно-оздоровительного комплекса "Арена" в г. Томске', "69701000", TO,
          "МКУ «Управление капитального строительства г. Томска»", "7017001010", W("in_progress", "на исполнении"),
          dd("01.08.2025"), dd("30.06.2027"), "0.0", "520.0", 170000, "0.0", "120000.00", 35, "07.08.2026"),
    e_row("INO-2771", "Научно-образовательный центр «Инженерия будущего», лабораторный корпус", "69701000", TO,
          "ФГБОУ ВО «ТУСУР»", "7021001111", PLAN, dd("01.03.2027"), None,
          "1000.0", "200.0", 0, "300.0", "0.00", 120, "02.08.2026"),
    e_row("INO-2772", "Строительство очистных сооружений, г. Стрежевой", "69710000", STR,
          "Администрация городского округа Стрежевой", "7022004433", ONEXEC, dd("01.05.2024"), dd("31.10.2026"),
          "600.0", "200.0", 45000, "0.0", "508000.00", 10, "09.08.2026"),
    e_row("INO-2773", "Развитие сети электрозарядных станций", "69000000", W(None, "Томская область"),
          "АО «ТомскЭнергоСбыт-Сервис»", "7017001313", DONE, dd("01.02.2023"), dd("30.11.2024"),
          "0.0", "36.0", 0, "60.0", "96000.00", 8, "15.12.2024"),
    e_row("INO-2774", "Технопарк в сфере высоких технологий ЗАТО Северск", "69741000", W("Северск", "ЗАТО Северск"),
          "АО «Технопарк Северск»", "7024001414", W("suspended", "приостановлено"), dd("01.10.2022"),
          dd("31.12.2027"), "600.0", "240.0", 0, "400.0", "310000.00", 200, "28.06.2026"),
    e_row("INO-2775", "Реконструкция стадиона «Труд», г. Томск", "69701000", TO,
          "ОГАУ «Центр спортивной подготовки Томской области»", "7017001515", PLAN, dd("01.05.2027"),
          dd("31.10.2028"), "0.0", "380.0", 0, "0.0", "0.00", 6, "04.08.2026"),
]
E_FILE = "agency27_eb_export_utf8.csv"


def e_text(col, v):
    if col.field:
        w, _ = cell_of(col, v)
    else:
        w = v
    if w is None:
        return ""
    if col.field in MONEY or col.key in ("x_mb",):
        if isinstance(w, str):
            return w
        return f"{D(str(w)):.2f}"
    return str(w)


def make_e():
    lines = [[c.header for c in E_COLS]]
    for row in E_ROWS:
        lines.append([e_text(c, row.get(c.key)) for c in E_COLS])
    buf = io.StringIO()
    csv.writer(buf, delimiter=",", quotechar='"', lineterminator="\n").writerows(lines)
    (OUT / E_FILE).write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    fields = fields_of(E_COLS)
    recs = records_of(E_COLS, E_ROWS, fields)
    rej = []
    for i, row in enumerate(E_ROWS):
        if "_reject" in row:
            reason, key = row["_reject"]
            col = [c for c in E_COLS if c.key == key][0]
            rej.append({"sheet": None, "row": i + 2, "reason": reason, "column": col.header, "code": row["code"]})
    notes = (
        "Export of a federal information system (ГИИС «Электронный бюджет» style): CSV, UTF-8 WITH a byte-order "
        "mark, LF line ends, ',' separator, '\"' quoting (fields that contain ',' or '\"' are quoted, inner quotes "
        "doubled: the name of INO-2770 holds \"Арена\" in straight quotes); line 1 is the header; one project per "
        f"line, lines 2-{len(E_ROWS) + 1}. Numbers use '.' as the decimal point and no thousands separator "
        "(a ',' cannot be a decimal separator in a comma-separated file); amounts are тыс. руб. (said in every "
        "money header) and are given here in RUB million. Dates are dd.mm.yyyy; an empty end date (INO-2771) "
        "and an empty jobs field (INO-2768) are null. Places are official municipality names: 'Город Томск' = "
        "Томск; 'Городской округ закрытое административно-территориальное образование Северск Томской области' "
        "and 'ЗАТО Северск' = Северск; 'Городской округ Стрежевой Томской области' = Стрежевой; 'Томский "
        "муниципальный район Томской области' = Томский район; 'Асиновский муниципальный район …' and "
        "'Колпашевский муниципальный район …' are districts, not the towns Асино / Колпашево, and 'Томская "
        "область' is the whole region: null. Status: 'На исполнении' (being executed) = in_progress, 'Исполнен' "
        "= completed, 'Планируемый' = planned, 'Приостановлен' / 'приостановлено' = suspended, 'Черновик' (a "
        "draft record) = null. Ignored: region, ОКТМО, ИНН, local budgets, cash spent, last-edit date. "
        "Rejected: line 7 (INO-2765, negative regional amount -25000.00) and line 11 (INO-2769, end 31.12.2025 "
        "before start 01.07.2026); 'row' is the CSV line number.")
    exp = {"file": E_FILE, "refused": False, "fields": fields, "record_count": len(recs), "records": recs,
           "rejected": rej, "encoding": "utf-8", "bom": True, "delimiter": ",", "decimal_point": ".",
           "line_ends": "LF", "header_line": 1, "data_rows": list(range(2, len(E_ROWS) + 2)), "skipped_rows": {},
           "units": "тыс. руб. in each money header",
           "columns": [[c.header, c.field] for c in E_COLS if c.field],
           "ignored_columns": [[c.header, c.why] for c in E_COLS if not c.field],
           "spellings": spellings(E_COLS, E_ROWS), "notes": notes}
    write_json(OUT / "agency27_eb_export_utf8.expected.json", exp)
    return exp


# ================================================================ F: update of B, I кв. 2027
F_COLS = [
    Col("code", "Идентификатор проекта", width=12),
    Col("name", "Проект (наименование по паспорту)", width=46),
    Col("cluster", "Отраслевой кластер", width=20),
    Col("location", "Территория реализации", width=20),
    Col("status", "Текущая стадия реализации", width=20),
    Col("end_date", "Плановый срок завершения", width=13),
    Col("total_cost_mln", "Полная стоимость проекта", factor=D("0.001"), fmt="0.0000"),
    Col("federal_budget_mln", "Средства ФБ", factor=D("0.001"), fmt="0.0000"),
    Col("regional_budget_mln", "Средства ОБ", factor=D("0.001"), fmt="0.0000"),
    Col("extra_budgetary_mln", "Средства ВБИ", factor=D("0.001"), fmt="0.0000"),
    Col("extra_budgetary_confirmed_mln", "в т.ч. подтверждённые ВБИ", factor=D("0.001"), fmt="0.0000"),
    Col("jobs_planned", "Количество рабочих мест по проекту (план), ед.", width=10),
    Col("jobs_created", "Создано рабочих мест нарастающим итогом, ед.", width=10),
    Col("x_q", "Освоено за I кв. 2027", fmt="0.0000",
        why="one quarter's spending (in млрд руб. like the other amounts), not the project cost"),
    Col("x_comment", "Комментарий куратора", width=36,
        why="the curator's remarks on what changed since the last report, not the problems field"),
]


def f_row(code, name, cl, loc, st, end, total, fb, ob, vbi, conf, jobs, q=None, comment=None, **kw):
    row = {"code": code, "name": name, "cluster": cl, "location": loc, "status": st, "end_date": end,
           "total_cost_mln": total, "federal_budget_mln": fb, "regional_budget_mln": ob,
           "extra_budgetary_mln": vbi, "extra_budgetary_confirmed_mln": conf, "jobs_planned": jobs[0],
           "jobs_created": jobs[1], "x_q": q, "x_comment": comment}
    if isinstance(name, W):      # a name written differently from the stored one: matched by name
        row["name"], row["_stored_name"] = name.w, name.c
    row.update(kw)
    return row


NAMES = {r["code"]: r["name"] for r in B_ROWS}
F_ROWS = [
    f_row("INO-2716", NAMES["INO-2716"], W("pharma", "Фармацевтический кластер"), W("Томский район", "Томский район"),
          W("completed", "завершён"), d(2025, 12, 15), "1120.0", "0.0", "0.0", "1120.0", "1120.0", (110, 118), 0),
    f_row("INO-2719", "Строительство лесохимического комплекса", W("timber", "Лесопромышленный кластер"),
          W("Асино", "г. Асино"), W("planned", "планируется"), W("2029-12-31", "IV кв. 2029"),
          "6800.0", "0.0", "300.0", "6500.0", "1000.0", (210, 0), 0,
          "Стоимость определена; ранее строка не принималась (стоимость «уточняется»)"),
    f_row("INO-2714", NAMES["INO-2714"], W("petrochemical", "Нефтехимия"), W("Томск", "Томск"),
          W("in_progress", "в стадии реализации"), W("2027-12-31", "31.12.2027"), "5120.0", "0.0", "350.0",
          "4770.0", "3500.0", (180, 92), 0.31, "Увеличена сметная стоимость (удорожание оборудования)"),
    f_row("", W(NAMES["INO-2720"], "Производство медицинских изделий  из биорезорбируемых полимеров "),
          W("medtech_it", "Медтехника и ИТ"), W("Томск", "г. Томск"), W("in_progress", "реализуется"),
          W("2027-12-31", "IV кв. 2027"), "356.8", "120.0", "36.8", "200.0", "200.0", (48, 31), 0.0281,
          _match=("INO-2720", "double space inside, trailing space")),
    f_row("INO-2715", NAMES["INO-2715"], W("nuclear", "ядерные технологии"), W("Северск", "ЗАТО Северск"),
          W("in_progress", "реализуется"), W("2028-12-31", "IV кв. 2028"), W("2310.4", "2,3104"), "1200.0",
          "110.4", "1000.0", "1000.0", (95, 58), 0.2),
    f_row("", W(NAMES["INO-2722"], "ЗАВОД ПО ПЕРЕРАБОТКЕ КЕДРОВОГО ОРЕХА И ЯГОД"), W("wildlife", "дикоросы"),
          W(None, "Колпашевский р-н"), W("in_progress", "реализуется"), W("2028-12-31", "IV кв. 2028"),
          "640.0", "0.0", "40.0", "600.0", "150.0", (55, 0), 0.015, "Начаты строительно-монтажные работы",
          _match=("INO-2722", "upper case")),
    f_row("INO-2726", NAMES["INO-2726"], W("pharma", "Фармацевтический кластер"), W(None, "Томская область"),
          W("in_progress", "реализуется"), W("2027-03-31", "I кв. 2027"), X("см. комментарий"), "0.0", "15.0",
          "80.0", "80.0", (24, 16), 0.005, "Стоимость пересматривается инициатором",
          _reject=("not a number: 'см. комментарий'", "total_cost_mln")),
    f_row("INO-2718", NAMES["INO-2718"], W("medtech_it", "Медтехника и ИТ"), W("Томск", "г. Томск"),
          W("in_progress", "реализация возобновлена"), W("2027-12-31", "IV кв. 2027"), "780.0", "450.0", "130.0",
          "200.0", "50.0", (70, 20), 0.04, "Заключён контракт с новым генеральным подрядчиком"),
    f_row("INO-2730", "Производство радиофармпрепаратов для ПЭТ-диагностики",
          W("nuclear", "Кластер ядерных технологий"), W("Северск", "ЗАТО Северск"), W("planned", "планируется"),
          W("2028-12-31", "IV кв. 2028"), "1250.0", "600.0", "50.0", "600.0", "600.0", (45, 0), 0,
          "Новый проект, включён в перечень приоритетных"),
    f_row("", W(NAMES["INO-2717"], 'Опытно-промышленная разработка баженовской свиты на участке "Северо-Останинский"'),
          W("hard_to_recover", "ТрИЗ"), W("Стрежевой", "г. Стрежевой"), W("planned", "планируется"),
          W("2029-12-31", 2029), "9600.0", "1500.0", "100.0", "8000.0", W("500.0", "0,5"), (60, 0), 0,
          "Подписано соглашение с инвестором на 0,5 млрд руб.",
          _match=("INO-2717", "«» quotes written as \"\"")),
    f_row("INO-2721", NAMES["INO-2721"], W(None, "—"), W("Томск", "г. Томск"), W("completed", "реализован"),
          W("2026-09-30", "30.09.2026"), "210.0", "0.0", "210.0", "0.0", "0.0", (15, 15), 0.0116),
    f_row("", W(NAMES["INO-2723"], "Реконструкция рыбоперерабатывающего завода с выпуском копченой продукции"),
          W(None, "—"), W("Колпашево", "г. Колпашево"), W("in_progress", "реализуется"),
          W("2026-12-31", "31.12.2026"), W("185.5", "0,1855"), "0.0", "25.5", "160.0", "160.0", (40, 36), 0.0135,
          _match=("INO-2723", "ё written as е")),
    f_row("INO-2725", NAMES["INO-2725"], W("petrochemical", "Нефтехимический кластер"),
          W("Томский район", "Томский р-н"), W("in_progress", "реализуется"), W("2027-12-31", "2027"),
          "1450.0", "300.0", "50.0", "1100.0", "900.0", (85, 41), 0.09, "Отчёт представлен"),
    f_row("", W(NAMES["INO-2728"], "Модернизация  производства древесных плит МДФ"),
          W("timber", "Лесопромышленный кластер"), W("Томский район", "Томский р-н"), W("suspended", "приостановлен"),
          d(2026, 12, 31), "2050.0", "0.0", "0.0", "2050.0", "1700.0", (60, 35), 0,
          _match=("INO-2728", "double space")),
    f_row("INO-2727", NAMES["INO-2727"], W(None, "—"), W("Северск", "ЗАТО Северск"),
          W("planned", "прединвестиционная стадия"), W("2029-12-31", "IV кв. 2029"), "3450.0", "800.0", "200.0",
          "2450.0", "0.0", (140, 0), 0, "Уточнена стоимость по итогам ТЭО"),
    f_row("INO-2731", "Производство торрефицированных древесных пеллет", W("timber", "Лесопромышленный"),
          W(None, "Асиновский район"), W("in_progress", "реализуется"), W("2027-09-30", "III кв. 2027"),
          "420.0", "0.0", "20.0", "400.0", "400.0", (35, 12), 0.06, "Новый проект"),
    f_row("INO-2729", NAMES["INO-2729"], W(None, ""), W("Стрежевой", "Стрежевой"), W("completed", "завершен"),
          W("2024-11-30", "30.11.2024"), "120.0", "40.0", "60.0", "20.0", "20.0", (12, 12), 0),
]
F_FILE = "agency27_minprom_monitoring_q1_2027.xlsx"
F_SHEET = "I кв. 2027"


def _norm_name(s):
    s = s.lower().replace("ё", "е")
    for q in "«»“”„":
        s = s.replace(q, '"')
    return re.sub(r"\s+", " ", s).strip()


def make_f(b_exp):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = F_SHEET
    spec = {
        "cols": F_COLS, "levels": 1, "colnums": False, "rows": F_ROWS,
        "titles": ["Мониторинг приоритетных инвестиционных проектов Томской области",
                   "за I квартал 2027 г. (актуализация сведений к отчёту за III квартал 2026 г.)",
                   "Стоимостные показатели — в млрд рублей"],
        "footnotes": ["ФБ — федеральный бюджет, ОБ — областной бюджет, ВБИ — внебюджетные источники; "
                      "ТрИЗ — трудноизвлекаемые запасы."],
    }
    lay = write_sheet(ws, spec)
    ws.freeze_panes = "C6"
    save_xlsx(wb, OUT / F_FILE, "Департамент промышленности и энергетики Томской области")

    # state after the update
    fields = b_exp["fields"]
    state = {r["code"]: dict(r) for r in b_exp["records"]}
    carried = [c.field for c in F_COLS if c.field and c.field not in ("code", "name")]
    changed, new, matched = [], [], []
    for row, r in zip(F_ROWS, lay["data_rows"]):
        if "_reject" in row:
            continue
        vals = {}
        for col in F_COLS:
            if col.field:
                vals[col.field] = json_value(col.field, cell_of(col, row.get(col.key))[1])
        code = vals["code"]
        if code:
            assert "_match" not in row
            if code in state:
                target = state[code]
            else:
                target = {f: None for f in fields}
                target["code"], target["name"] = code, vals["name"]
                state[code] = target
                new.append(code)
        else:
            mcode, diff = row["_match"]
            hits = [c for c, rec in state.items() if _norm_name(rec["name"]) == _norm_name(row["name"])]
            assert hits == [mcode], (hits, mcode)
            target = state[mcode]
            assert row["name"] != target["name"] and row["_stored_name"] == target["name"]
            matched.append({"code": mcode, "name_in_file": row["name"], "difference": diff, "row": r})
            code = mcode
        before = dict(target)
        for f in carried:
            if code in new:
                target[f] = vals[f]
            else:
                if vals[f] is None:
                    assert before[f] is None, (code, f)
                target[f] = vals[f]
        if code not in new and target != before:
            changed.append(code)
    records = [state[c] for c in sorted(state)]
    assert sorted(changed) == ["INO-2714", "INO-2715", "INO-2717", "INO-2718", "INO-2720", "INO-2721", "INO-2722",
                               "INO-2723", "INO-2725", "INO-2727"], changed
    first, last = lay["data_rows"][0], lay["data_rows"][-1]
    notes = (
        f"Import {B_FILE} first, then this file; 'records' is the resulting state of all projects. The same "
        f"department half a year later, with renamed headers and a different unit: sheet '{F_SHEET}', title "
        "rows 1-3, single header row 5, data rows "
        f"{first}-{last}, a footnote after a blank row. Amounts are in млрд руб., said ONLY in title row 3 "
        "('Стоимостные показатели — в млрд рублей'); they are given here in RUB million (5.12 → 5120.0; two are "
        "text with a decimal comma: '2,3104', '0,1855', and '0,5'). Header renames against the base file: "
        "'Идентификатор проекта' = code, 'Проект (наименование по паспорту)' = name, 'Отраслевой кластер' = "
        "cluster, 'Территория реализации' = location, 'Текущая стадия реализации' = status, 'Плановый срок "
        "завершения' = end_date, 'Полная стоимость проекта' = total, 'Средства ФБ/ОБ/ВБИ' = federal/regional/"
        "extra, 'в т.ч. подтверждённые ВБИ' = confirmed, 'Количество рабочих мест по проекту (план)' = "
        "jobs_planned, 'Создано рабочих мест нарастающим итогом' = jobs_created. The file does not carry "
        "work_area, start_date, lead_organization or problems: those keep their stored values. "
        f"{len([r for r in F_ROWS if r['code'] and '_reject' not in r and r['code'] not in new])} rows carry a "
        "known code (6 change status, end date, costs or jobs; INO-2716 and INO-2729 are re-sent unchanged, "
        "with other spellings of the same values such as 'Томск' for 'г. Томск' or 'завершён' for 'завершен'). "
        "5 rows have an empty code and are matched by name (case, ё/е, quote style, repeated and trailing spaces "
        "ignored; the stored name is kept): 4 with changes, INO-2728 unchanged. New codes: INO-2730 and "
        "INO-2731, and INO-2719, which was rejected in the base file ('уточняется') and so is not yet known: it "
        "is added as a new project now; fields this file does not carry are null for new projects. INO-2726 is "
        "rejected ('см. комментарий' in the total) and keeps its base values. 'Освоено за I кв. 2027' and "
        "'Комментарий куратора' are ignored. Status: 'реализация возобновлена' (resumed) = in_progress, "
        "'реализован' = completed; 'Лесопромышленный' = timber; 'Асиновский район', 'Колпашевский р-н', "
        "'Томская область' = null.")
    exp = {"file": F_FILE, "refused": False, "fields": fields, "record_count": len(records), "records": records,
           "rejected": rejected_of(F_COLS, F_ROWS, lay["data_rows"], F_SHEET), "base_file": B_FILE,
           "sheet": F_SHEET, "header_rows": lay["header_rows"], "data_rows": lay["data_rows"],
           "skipped_rows": skipped_of(lay), "units": "млрд рублей, said only in title row 3",
           "columns": [[c.header, c.field] for c in F_COLS if c.field],
           "ignored_columns": [[c.header, c.why] for c in F_COLS if not c.field],
           "changed_codes": sorted(changed), "new_codes": sorted(new),
           "matched_by_name": matched, "spellings": spellings(F_COLS, F_ROWS), "notes": notes}
    write_json(OUT / "agency27_minprom_monitoring_q1_2027.expected.json", exp)
    return exp


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    exps = [make_a(), make_b(), make_c(), make_d(), make_e()]
    exps.append(make_f(exps[1]))
    total = 0
    for e in exps:
        n = e["record_count"] * len(e["fields"])
        total += n
        print(f"{e['file']:45s} records {e['record_count']:3d}  rejected {len(e['rejected'])}  "
              f"fields {len(e['fields']):2d}  fields×records {n}")
    print("total fields×records", total)


if __name__ == "__main__":
    main()
