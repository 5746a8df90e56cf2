#!/usr/bin/env python3
"""Generate the agency25 evaluation workbooks and their expected JSON.

Written independently of the importer: the only inputs were
/work/shared/samples/README.md and the sample workbooks / *.expected.json.

Every project is written down once, below, as canonical values plus, where the
agency wrote it differently, "how the agency wrote it" (a (canonical, written)
pair).  The generator asserts that every written form reads back to its
canonical value under the samples README's rules (see read_date/read_money).

Deterministic: no randomness, fixed document timestamps, fixed zip entry times.
Run:  /work/main/.venv/bin/python make_agency25.py
"""
import datetime as dt
import io
import json
import os
import re
import zipfile
from decimal import Decimal as D

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2025, 10, 1, 9, 0, 0)
ZIP_TIME = (2025, 10, 1, 9, 0, 0)
NBSP = "\u00a0"

ALL_FIELDS = ["code", "name", "cluster", "work_area", "location", "status",
              "start_date", "end_date", "total_cost_mln", "federal_budget_mln",
              "regional_budget_mln", "extra_budgetary_mln",
              "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created",
              "lead_organization", "problems"]
MONEY = {"total_cost_mln", "federal_budget_mln", "regional_budget_mln",
         "extra_budgetary_mln", "extra_budgetary_confirmed_mln"}
DATES = {"start_date", "end_date"}
JOBS = {"jobs_planned", "jobs_created"}
# short aliases used in the project tables below
ALIAS = {"total": "total_cost_mln", "fed": "federal_budget_mln",
         "reg": "regional_budget_mln", "extra": "extra_budgetary_mln",
         "conf": "extra_budgetary_confirmed_mln", "jp": "jobs_planned",
         "jc": "jobs_created", "org": "lead_organization", "start": "start_date",
         "end": "end_date", "area": "work_area", "loc": "location"}


# --------------------------------------------------------------------------
# Reading rules (used only to assert that written forms match canonical ones)
# --------------------------------------------------------------------------
MONTHS = {"январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6,
          "июль": 7, "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11,
          "декабрь": 12}
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def last_day(y, m):
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def read_date(w):
    if isinstance(w, dt.datetime):
        return w.date().isoformat()
    if isinstance(w, int):
        return dt.date(w, 12, 31).isoformat()
    s = w.strip()
    m = re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4})", s)
    if m:
        return dt.date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{4})(?: г\.?)?", s)
    if m:
        return dt.date(int(m[1]), 12, 31).isoformat()
    m = re.fullmatch(r"(?:Q([1-4])|(IV|III|II|I) кв\.) (\d{4})", s)
    if m:
        q = int(m[1]) if m[1] else ROMAN[m[2]]
        return last_day(int(m[3]), q * 3).isoformat()
    m = re.fullmatch(r"(?:H([12])|(II|I|1|2) (?:полугодие|п/г)) (\d{4})(?: г\.)?", s)
    if m:
        h = int(m[1]) if m[1] else ROMAN[m[2]]
        return last_day(int(m[3]), h * 6).isoformat()
    m = re.fullmatch(r"([а-я]+) (\d{4})(?: г\.)?", s.lower())
    if m and m[1] in MONTHS:
        return last_day(int(m[2]), MONTHS[m[1]]).isoformat()
    raise ValueError("unreadable date %r" % w)


def ru(d, places=1, sep=" "):
    """Decimal -> Russian-written number: thousands by sep, decimal comma."""
    q = D(d).quantize(D(1).scaleb(-places)) if places else D(d).quantize(D(1))
    sign = "-" if q < 0 else ""
    s = format(abs(q), "f")
    ip, _, fp = s.partition(".")
    groups = []
    while ip:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    out = sign + sep.join(groups)
    return out + ("," + fp if fp else "")


def read_money(w, per_unit):
    """written cell -> Decimal RUB million (per_unit = RUB million per unit)."""
    if isinstance(w, (int, float)):
        return D(repr(w)) * per_unit
    s = w.strip().replace(NBSP, " ")
    m = re.fullmatch(r"([\d ]+(?:,\d+)?)(?: (млрд(?: руб\.)?))?", s)
    if not m:
        raise ValueError(w)
    v = D(m[1].replace(" ", "").replace(",", "."))
    return v * (D(1000) if m[2] else per_unit)


# --------------------------------------------------------------------------
# Projects
# --------------------------------------------------------------------------
class P:
    """One project: canonical values, plus how the agency wrote some of them."""

    def __init__(self, code, name, **kw):
        self.canon = {"code": code, "name": name.strip()}
        self.written = {"code": code, "name": name}
        self.reject = None       # (field, reason) for a row a correct importer rejects
        self.hidden = False
        for k, v in kw.items():
            if k == "reject":
                self.reject = v
                continue
            if k == "hidden":
                self.hidden = v
                continue
            f = ALIAS.get(k, k)
            if isinstance(v, tuple):
                c, w = v
            else:
                c, w = v, None
            if f in MONEY and c is not None:
                c = D(c)
            self.canon[f] = c
            self.written[f] = w

    def w(self, f, per_unit=None):
        """the written cell for field f (None = empty cell)."""
        c = self.canon.get(f)
        w = self.written.get(f)
        if w is not None:
            return w
        if c is None:
            return None
        if f in MONEY:
            v = c / per_unit
            return int(v) if v == v.to_integral_value() else float(v)
        if f in DATES:
            return dt.datetime.fromisoformat(c)
        return c

    def check(self, per_unit=None):
        """assert every written form reads back to its canonical value."""
        if self.reject:
            return
        for f, c in self.canon.items():
            w = self.written.get(f)
            if w is None or c is None:
                continue
            if f in DATES:
                assert read_date(w) == c, (self.canon["code"], f, w, c)
            elif f in MONEY:
                assert read_money(w, per_unit) == c, (self.canon["code"], f, w, c)
            elif f in JOBS and isinstance(w, str):
                assert int(w.replace(" ", "").replace(NBSP, "")) == c

    def record(self, fields):
        out = {}
        for f in fields:
            v = self.canon.get(f)
            if f in MONEY and v is not None:
                v = float(v)
            out[f] = v
        return out


def jnum(v):
    return float(v) if isinstance(v, D) else v


# --------------------------------------------------------------------------
# Output helpers
# --------------------------------------------------------------------------
def finalize_xlsx(path, formula_values=None, content_type=None):
    """Rewrite the zip with fixed times and fixed core properties; fill in
    cached formula results: formula_values = {(sheet_xml, cell): value or None}
    (None = leave the formula without a cached value)."""
    with open(path, "rb") as fh:
        zin = zipfile.ZipFile(io.BytesIO(fh.read()))
    buf = io.BytesIO()
    zout = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)
    for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
        data = zin.read(name)
        if name == "docProps/core.xml":
            data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-10-01T09:00:00Z", data)
            data = data.replace(b"<dc:creator>openpyxl</dc:creator>", b"<dc:creator>agency25</dc:creator>")
        if name == "[Content_Types].xml" and content_type:
            data = data.replace(
                b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                content_type.encode())
        if formula_values and name.startswith("xl/worksheets/"):
            text = data.decode("utf-8")
            for (sheet_xml, cell), val in formula_values.items():
                if "xl/worksheets/" + sheet_xml != name:
                    continue
                pat = re.compile(r'(<c r="%s"[^>]*>)(<f>[^<]*</f>)<v\s*/>(</c>)' % cell)
                assert pat.search(text), (name, cell)
                rep = (r"\1\2\3" if val is None else r"\g<1>\g<2><v>%s</v>\3" % val)
                text = pat.sub(rep, text, count=1)
            data = text.encode("utf-8")
        zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, data)
    zout.close()
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def new_wb():
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "agency25"
    return wb


def write_json(stem, obj):
    with open(os.path.join(HERE, stem + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def rejected_entry(sheet, row, col_letter, p):
    f, reason = p.reject
    e = {"sheet": sheet, "row": row, "reason": reason, "column": col_letter,
         "code": p.canon["code"]}
    if sheet is None:
        del e["sheet"]
    return e


WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
DATE_FMT = "DD.MM.YYYY"


def lookalike_value(kind, p, i):
    """deterministic values for columns that must NOT be imported"""
    n = int(p.canon["code"][-4:])
    tot = p.canon.get("total_cost_mln") or D("100")
    if kind == "rownum":
        return i
    if kind == "inn":
        return "70%08d" % (n * 7919 % 10 ** 8)
    if kind == "ogrn":
        return "1027%09d" % (n * 104729 % 10 ** 9)
    if kind == "phone":
        return "+7 (3822) %02d-%02d-%02d" % (n % 90 + 10, n * 3 % 90 + 10, n * 7 % 90 + 10)
    if kind == "person":
        people = ["Иванов И. П.", "Петрова А. С.", "Сидоренко В. В.", "Ким Е. Г.",
                  "Шульц О. А.", "Нестеров Д. Ю.", "Абрамова Т. Н.", "Гречко М. И."]
        return people[n % len(people)]
    if kind == "pct":
        return [35, 60, 100, 15, 80, 45, 0, 90][n % 8]
    raise KeyError(kind)


# ==========================================================================
# 1. National corporation: bilingual headers, RUB bn, «1,2 млрд»
# ==========================================================================
GOSCORP = [
    P("INO-2501", "Опытно-демонстрационный энергокомплекс в Северске (этап II)",
      cluster=("nuclear", "Nuclear"), loc=("Северск", "ЗАТО Северск"),
      status=("in_progress", "Реализуется / In progress"),
      start="2021-06-01", end=("2027-12-31", "IV кв. 2027"),
      total=("1200.0", "1,2 млрд"), fed="850.0", extra="350.0", jp=420,
      org="АО «Сибирский химический комбинат»"),
    P("INO-2502", "Производство медицинских изотопов на реакторе ИРТ-Т",
      cluster=("nuclear", "ядерный"), loc=("Томск", "г. Томск"),
      status=("planned", "Планируется / Planned"),
      start=("2026-03-31", "Q1 2026"), end=("2028-12-31", "2028"),
      total="845.6", fed="512.0", extra="333.6", jp=85,
      org="ФГАОУ ВО НИ ТПУ"),
    P("INO-2503", "Завод по переработке попутного нефтяного газа в Стрежевом",
      cluster=("petrochemical", "Petrochemicals"), loc=("Стрежевой", "г. Стрежевой"),
      status=("in_progress", "Реализация / Implementation"),
      start=("2023-04-15", "15.04.2023"), end=("2026-06-30", "1 п/г 2026"),
      total=("2750.0", "2,75"), fed="0.0", extra="2750.0", jp=310,
      org="ООО «Стрежевской ГПЗ»"),
    P("INO-2504", "Полигон испытаний технологий добычи трудноизвлекаемой нефти",
      cluster=("hard_to_recover", "ТрИЗ"), loc=("Стрежевой", "Strezhevoy"),
      status=("planned", "Planned"),
      start="2025-09-01", end=("2027-12-31", "H2 2027"),
      total="4310.0", fed="1900.0", extra="2410.0", jp=150,
      org="АО «Томскнефть» ВНК"),
    P("INO-2505", "Центр ядерной медицины (протонная терапия)",
      cluster=("nuclear", "Nuclear technologies"), loc=("Томск", "Tomsk"),
      status=("in_progress", "В реализации / Ongoing"),
      start="2022-02-01", end=("2026-09-30", "Q3 2026"),
      total=("450.0", "0,45 млрд руб."), fed="300.0", extra="150.0", jp=120,
      org="ФГБНУ «Томский НИМЦ»"),
    P("INO-2506", "Производство полиэтиленовых труб большого диаметра",
      cluster=("petrochemical", "нефтехимия"), loc=("Томск", "г.Томск"),
      status=("completed", "Завершён / Completed"),
      start="2020-05-12", end="2024-11-29",
      total="1875.3", fed="0.0", extra="1875.3", jp=240,
      org="ООО «Томскнефтехим»"),
    P("INO-2507", "Фармацевтический завод полного цикла (инсулины)",
      cluster=("pharma", "Pharma"), loc=("Томский район", "Томский р-н, пос. Заречный"),
      status=("in_progress", "Реализуется / In progress"),
      start="2022-10-03", end=("2026-12-31", 2026),
      total="3064.8", fed="920.0", extra="2144.8", jp=380,
      org="АО «Фармстандарт-Томск»"),
    P("INO-2508", "Опытный участок производства литий-ионных накопителей",
      cluster=(None, "—"), loc=(None, "г. Новосибирск"),
      status=("suspended", "Приостановлен / On hold"),
      start="2021-08-16", end=("2025-12-31", "IV кв. 2025"),
      total="980.0", fed="400.0", extra="580.0", jp=95,
      org="ООО «Сибирские накопители»"),
    P("INO-2509", "Глубокая переработка древесины с выпуском CLT-панелей",
      cluster=("timber", "Timber"), loc=("Асино", "г. Асино"),
      status=("planned", "Планируется / Planned"),
      start=("2026-06-30", "H1 2026"), end=("2029-12-31", "2029"),
      total="6125.0", fed="1500.0", extra="4625.0", jp=530,
      org="ООО «Асиновский ЛПК»"),
    P("INO-2510", "Модернизация радиохимического производства",
      cluster=("nuclear", "Nuclear"), loc=("Северск", "Seversk (ZATO)"),
      status=("completed", "Completed"),
      start="2019-03-01", end="2023-12-20",
      total="2210.4", fed="2210.4", extra="0.0", jp=60,
      org="АО «Сибирский химический комбинат»"),
    P("INO-2511", "Цифровое месторождение: платформа управления добычей",
      cluster=("hard_to_recover", "Hard-to-recover reserves"), loc=("Колпашево", "г. Колпашево"),
      status=(None, "Экспертиза / Under review"),
      start="2025-02-10", end=("2027-09-30", "III кв. 2027"),
      total=("85.0", "0,085"), fed="0.0", extra="85.0", jp=40,
      org="ООО «Газпром недра Томск»"),
    P("INO-2512", "Лабораторный комплекс радиофармпрепаратов",
      cluster=("pharma", "фарма"), loc=("Северск", "ЗАТО Северск"),
      status=("in_progress", "In progress"),
      start="2023-01-09", end=("2026-03-31", "I кв. 2026"),
      total="327.5", fed="210.0", extra="117.5", jp=None,
      org="ФГБУ СибФНКЦ ФМБА России"),
    P("INO-2513", "Производство биоразлагаемых полимеров",
      cluster=("petrochemical", "Petrochemical cluster"), loc=("Томский район", "с. Турунтаево (Томский р-н)"),
      status=("planned", "Планируется"),
      start="2026-01-15", end=("2028-06-30", "1 полугодие 2028"),
      total="1430.0", fed=None, extra="1430.0", jp=210,
      org="ООО «БиоПласт Сибирь»"),
    P("INO-2514", "Станция хранения и облучения продукции (ускоритель электронов)",
      cluster=("nuclear", "Nuclear"), loc=("Томск", "Томск"),
      status=("completed", "Завершен / Completed"),
      start="2021-11-01", end="2024-06-28",
      total="512.9", fed="256.4", extra="256.5", jp=35,
      org="ООО «Томские ускорители»"),
    # rows a correct importer rejects
    P("INO-2515", "Комплекс по производству водорода на площадке СХК",
      cluster=("nuclear", "Nuclear"), loc=("Северск", "ЗАТО Северск"),
      status=("planned", "Planned"), start="2026-01-01", end=("2030-12-31", "2030"),
      total=(None, "уточняется / TBC"), fed="0.0", extra="0.0", jp=100,
      org="АО «Сибирский химический комбинат»",
      reject=("total_cost_mln", "not a number: 'уточняется / TBC'")),
    P("INO-2516", "Спутниковый мониторинг лесных ресурсов",
      cluster=(None, "Космический / Space"), loc=("Томск", "г. Томск"),
      status=("in_progress", "In progress"), start="2024-04-01", end=("2026-12-31", "2026"),
      total="140.0", fed="70.0", extra="70.0", jp=25, org="ООО «Сибирский спутник»",
      reject=("cluster", "unknown cluster 'Космический / Space'")),
]


def make_goscorp():
    stem = "a25_goscorp_bn"
    per_unit = D(1000)
    sheet = "Томская область (Tomsk)"
    # (top, sub, field or ('x', lookalike-kind, why))
    cols = [
        ("№ / No.", None, ("x", "rownum", "row number")),
        ("Код ИНО / INO code", None, "code"),
        ("Проект / Project", None, "name"),
        ("Кластер / Cluster", None, "cluster"),
        ("Место реализации / Location", None, "location"),
        ("Статус / Status", None, "status"),
        ("Сроки / Timeline", "начало / start", "start_date"),
        ("Сроки / Timeline", "окончание / end", "end_date"),
        ("Объём инвестиций, млрд руб. / Investment, RUB bn", "всего / total", "total_cost_mln"),
        ("Объём инвестиций, млрд руб. / Investment, RUB bn", "в т.ч. ФБ / incl. federal", "federal_budget_mln"),
        ("Объём инвестиций, млрд руб. / Investment, RUB bn", "внебюджетные / private", "extra_budgetary_mln"),
        ("Объём инвестиций, млрд руб. / Investment, RUB bn", "освоено на 01.07.2025 / spent to date", ("x", "spent", "spent to date, not a cost")),
        ("Доля корпорации, % / Corporation share, %", None, ("x", "pct", "a percentage, not money")),
        ("Новые рабочие места (план) / New jobs (plan)", None, "jobs_planned"),
        ("Инициатор / Sponsor", None, "lead_organization"),
        ("ИНН / TIN", None, ("x", "inn", "tax number of the sponsor")),
    ]
    wb = new_wb()
    ws = wb.active
    ws.title = sheet
    ncol = len(cols)
    last = get_column_letter(ncol)
    ws["A1"] = "Госкорпорация «Росинвесттех» / Rosinvesttech State Corporation"
    ws["A2"] = "Перечень инвестиционных проектов в Томской области / Investment projects in the Tomsk region"
    ws["A3"] = "по состоянию на 01.07.2025 / as of 1 July 2025"
    for r in (1, 2, 3):
        ws.merge_cells("A%d:%s%d" % (r, last, r))
        ws["A%d" % r].font = BOLD
    # two-level header rows 4-5
    c = 1
    while c <= ncol:
        top, sub, _ = cols[c - 1]
        if sub is None:
            ws.cell(4, c, top)
            ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
            c += 1
            continue
        span = 1
        while c + span <= ncol and cols[c + span - 1][0] == top:
            span += 1
        ws.cell(4, c, top)
        if span > 1:
            ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c + span - 1)
        for k in range(span):
            ws.cell(5, c + k, cols[c + k - 1][1])
        c += span
    for row in ws.iter_rows(min_row=4, max_row=5):
        for cell in row:
            cell.alignment = WRAP
            cell.font = BOLD
    r = 6
    records, rejected, data_rows = [], [], []
    fields = [f for _, _, f in cols if isinstance(f, str)]
    for i, p in enumerate(GOSCORP, 1):
        p.check(per_unit)
        for ci, (_, _, f) in enumerate(cols, 1):
            if isinstance(f, tuple):
                kind = f[1]
                if kind == "spent":
                    tot = p.canon.get("total_cost_mln") or D(0)
                    v = float(tot * D(lookalike_value("pct", p, i)) / 100 / 1000)
                elif kind == "pct":
                    v = lookalike_value("pct", p, i) / 100
                else:
                    v = lookalike_value(kind, p, i)
            else:
                v = p.w(f, per_unit)
            cell = ws.cell(r, ci, v)
            if isinstance(v, dt.datetime):
                cell.number_format = DATE_FMT
            if isinstance(f, tuple) and f[1] == "pct":
                cell.number_format = "0%"
        if p.reject:
            col = get_column_letter(fields_col(cols, p.reject[0]))
            rejected.append(rejected_entry(sheet, r, col, p))
        else:
            records.append(p.record(fields))
        data_rows.append(r)
        r += 1
    totals_row = r
    ws.cell(r, 1, "Итого / Total")
    for f in ("total_cost_mln", "federal_budget_mln", "extra_budgetary_mln"):
        s = sum((p.canon.get(f) or D(0)) for p in GOSCORP if not p.reject)
        ws.cell(r, fields_col(cols, f), float(s / 1000))
    note_row = r + 2
    ws.cell(note_row, 1, "* Суммы без НДС; данные инициаторов проектов. / Amounts excl. VAT, as reported by sponsors.")
    for ci in range(1, ncol + 1):
        ws.column_dimensions[get_column_letter(ci)].width = 16
    path = os.path.join(HERE, stem + ".xlsx")
    wb.save(path)
    finalize_xlsx(path)
    n_txt = sum(1 for p in GOSCORP for f in MONEY if isinstance(p.written.get(f), str) and not p.reject)
    write_json(stem, {
        "file": stem + ".xlsx", "refused": False, "fields": fields,
        "record_count": len(records), "records": records, "rejected": rejected,
        "columns": columns_list(cols), "ignored_columns": ignored_list(cols),
        "sheet": sheet, "header_rows": [4, 5], "data_rows": [6, totals_row - 1],
        "skipped_rows": {str(totals_row): "totals", str(note_row): "footnote"},
        "notes": ("A national corporation's list for the region. One sheet; title rows 1-3 "
                  "(bilingual); two-level merged header in rows 4-5 with bilingual wording "
                  "'Русский / English'; the money unit (млрд руб. / RUB bn) is only in the "
                  "parent header 'Объём инвестиций', so every amount is multiplied by 1,000. "
                  "%d money cells are text: '1,2 млрд' and '0,45 млрд руб.' (the unit repeated "
                  "in the cell, same as the header), '2,75' and '0,085' (decimal comma). "
                  "Statuses are bilingual phrases; 'Экспертиза / Under review' is none of the "
                  "four statuses and is null. Places: 'ЗАТО Северск', 'Seversk (ZATO)', 'Tomsk', "
                  "'Strezhevoy', a village with its district; 'г. Новосибирск' is outside the "
                  "programme's list (null). Dates: real dates, dd.mm.yyyy text, quarters "
                  "(Q1 2026, IV кв. 2027), half-years (H1 2026, 1 п/г 2026, 1 полугодие 2028), "
                  "years as text and as a number; a period means its last day, in the start "
                  "column too. Not imported: № (row number), 'освоено на 01.07.2025' (spent to "
                  "date), 'Доля корпорации, %%', 'ИНН / TIN'. Row %d is 'Итого / Total', row %d "
                  "a footnote. Two rejected rows: text 'уточняется / TBC' in the total column, "
                  "unknown cluster 'Космический / Space'.") % (n_txt, totals_row, note_row),
    })
    return stem


def fields_col(cols, field):
    for ci, c in enumerate(cols, 1):
        if c[2] == field:
            return ci
    raise KeyError(field)


def col_header(c):
    top, sub = c[0], c[1]
    return top if sub is None else "%s / %s" % (top, sub)


def columns_list(cols):
    return [[col_header(c), c[2]] for c in cols if isinstance(c[2], str)]


def ignored_list(cols):
    return [[col_header(c), c[2][2]] for c in cols if isinstance(c[2], tuple)]


# ==========================================================================
# 2. Regional development corporation: 1C export, UTF-8 BOM CSV, roubles
# ==========================================================================
RCR = [
    P("INO-2521", "Индустриальный парк «Северский» (инфраструктура)",
      cluster=(None, ""), area=("industry", "Передовая промышленность"),
      loc=("Северск", "ЗАТО Северск"), status=("in_progress", "Реализуется"),
      start="2022-03-01", end="2026-12-31",
      total="1250.4", fed="600.0", reg="350.4", extra="300.0", jp=600, jc=210,
      org="АО «Корпорация развития Томской области»"),
    P("INO-2522", "Завод по производству пеллет из отходов лесопиления",
      cluster=("timber", "Лесопромышленный"), area=("industry", "промышленное"),
      loc=("Асино", "Асиновский р-н, г. Асино"), status=("completed", "Завершен"),
      start="2020-07-01", end="2023-09-30",
      total="184.7", fed="0.0", reg="20.0", extra="164.7", jp=75, jc=81,
      org="ООО «ТомскЛесЭнерго»"),
    P("INO-2523", "Технопарк высоких технологий «Академ-Томск» (корпус 3)",
      cluster=("medtech_it", "Медтехника и ИТ"), area=("science_education", "Научно-образовательное"),
      loc=("Томск", "г. Томск"), status=("planned", "Планируется"),
      start="2026-02-01", end="2028-12-25",
      total="2035.9", fed="1200.0", reg="535.9", extra="300.0", jp=450, jc=0,
      org="АО «Корпорация развития Томской области»"),
    P("INO-2524", "Тепличный комплекс с досветкой (этап I)",
      cluster=(None, ""), area=("innovation_business", "Технологические инновации, новые бизнесы"),
      loc=("Томский район", "Томский р-н, с. Богашёво"), status=("in_progress", "в работе"),
      start="2023-05-15", end="2026-10-31",
      total="3420.0", fed="0.0", reg="120.0", extra="3300.0", jp=320, jc=140,
      org="ООО «Агрокомбинат Томский»"),
    P("INO-2525", "Переработка дикоросов и выпуск функциональных продуктов",
      cluster=("wildlife", "Кластер дикоросов"), area=("industry", "Передовая промышленность"),
      loc=("Колпашево", "г. Колпашево"), status=("in_progress", "Реализуется"),
      start="2024-01-10", end="2026-06-30",
      total="96.3", fed="0.0", reg="14.5", extra="81.8", jp=55, jc=30,
      org="ООО «Дары Нарыма»"),
    P("INO-2526", "Цифровая платформа поддержки экспорта МСП",
      cluster=(None, ""), area=("business_environment", "Деловая среда"),
      loc=("Томск", "г. Томск"), status=("completed", "Завершен"),
      start="2021-09-01", end="2023-03-31",
      total="38.6", fed="12.0", reg="26.6", extra="0.0", jp=12, jc=12,
      org="Центр поддержки экспорта Томской области"),
    P("INO-2527", "Производство композитных опор ЛЭП",
      cluster=("petrochemical", "нефтехимический"), area=("industry", "Передовая промышленность"),
      loc=("Томск", "Томск"), status=("suspended", "Приостановлен"),
      start="2022-11-01", end="2025-12-31",
      total="412.0", fed="0.0", reg="40.0", extra="372.0", jp=110, jc=25,
      org="ООО «КомпозитПро»"),
    P("INO-2528", "Модернизация лесопильного производства в Белом Яре",
      cluster=("timber", "Лесопромышленный кластер"), area=("industry", "промышленность"),
      loc=(None, "Верхнекетский р-н, р.п. Белый Яр"), status=("in_progress", "Реализуется"),
      start="2023-08-01", end="2025-12-31",
      total="157.2", fed="0.0", reg="0.0", extra="157.2", jp=64, jc=40,
      org="ООО «Кетский лес»"),
    P("INO-2529", "Умная система управления городским транспортом",
      cluster=("medtech_it", "ИТ"), area=("smart_city", "Умный и удобный город"),
      loc=("Томск", "г. Томск"), status=("in_progress", "Реализуется"),
      start="2024-04-01", end="2027-03-31",
      total="268.4", fed="100.0", reg="118.4", extra="50.0", jp=30, jc=8,
      org="МКУ «Томская транспортная служба»"),
    P("INO-2530", "Обустройство Двуреченского месторождения (ТрИЗ)",
      cluster=("hard_to_recover", "ТРИЗ"), area=("industry", "Передовая промышленность"),
      loc=(None, "Каргасокский р-н"), status=("in_progress", "Реализуется"),
      start="2022-06-01", end="2027-12-31",
      total="7840.0", fed="0.0", reg="0.0", extra="7840.0", jp=260, jc=190,
      org="ООО «Томская нефть»"),
    P("INO-2531", "Завод древесных плит MDF (этап II)",
      cluster=("timber", "Лесопромышленный"), area=("industry", "Передовая промышленность"),
      loc=("Асино", "г. Асино"), status=("planned", "планируется"),
      start="2026-05-01", end="2029-12-31",
      total="5512.3", fed="1000.0", reg="200.0", extra="4312.3", jp=400, jc=0,
      org="ООО «Асиновский ЛПК»"),
    P("INO-2532", "Центр коллективного пользования аддитивных технологий",
      cluster=(None, ""), area=("science_education", "Наука и образование"),
      loc=("Томск", "г. Томск"), status=("completed", "Завершён"),
      start="2021-02-01", end="2022-12-30",
      total="74.9", fed="50.0", reg="24.9", extra="0.0", jp=18, jc=18,
      org="ФГАОУ ВО НИ ТГУ"),
    P("INO-2533", "Комплекс глубокой переработки торфа",
      cluster=(None, ""), area=("innovation_business", "инновационное (новые бизнесы)"),
      loc=("Томский район", "Томский район"), status=("planned", "Планируется"),
      start="2025-11-01", end="2028-06-30",
      total="690.0", fed="0.0", reg="90.0", extra="600.0", jp=95, jc=0,
      org="ООО «Сибторф»"),
    P("INO-2534", "Строительство логистического центра в Стрежевом",
      cluster=(None, ""), area=("business_environment", "Деловая среда"),
      loc=("Стрежевой", "г. Стрежевой"), status=("in_progress", "Реализуется"),
      start="2024-07-01", end="2026-09-30",
      total="330.5", fed="0.0", reg="30.5", extra="300.0", jp=70, jc=22,
      org="ООО «Север-Логистик»"),
    P("INO-2535", "Производство ветеринарных вакцин",
      cluster=("pharma", "Фармацевтический"), area=("industry", "Передовая промышленность"),
      loc=("Томский район", "с. Корнилово, Томский р-н"), status=("in_progress", "Реализуется"),
      start="2023-03-01", end="2026-12-31",
      total="1288.8", fed="300.0", reg="88.8", extra="900.0", jp=150, jc=60,
      org="ООО «ВетБиоТом»"),
    P("INO-2536", "Региональный центр обработки данных",
      cluster=("medtech_it", "Медтехника и ИТ"), area=("smart_city", "Умный город"),
      loc=("Томск", "г. Томск"), status=("completed", "Завершен"),
      start="2020-01-20", end="2022-08-31",
      total="905.0", fed="405.0", reg="100.0", extra="400.0", jp=45, jc=52,
      org="ООО «ТомскДата»"),
    # rejected
    P("INO-2537", "Реконструкция котельной на биотопливе",
      cluster=("timber", "Лесопромышленный"), area=("industry", "Передовая промышленность"),
      loc=("Колпашево", "г. Колпашево"), status=("planned", "Планируется"),
      start="2026-09-01", end="2025-12-31",
      total="88.0", fed="0.0", reg="30.0", extra="58.0", jp=10, jc=0,
      org="МУП «Колпашевская теплоэнергетика»",
      reject=("end_date", "end date before start date")),
    P("INO-2538", "Выпуск рентгеновских трубок малой мощности",
      cluster=("medtech_it", "Медтехника и ИТ"), area=("industry", "Передовая промышленность"),
      loc=("Томск", "г. Томск"), status=("in_progress", "Реализуется"),
      start="2024-02-01", end="2026-12-31",
      total="146.0", fed="0.0", reg="-15.0", extra="161.0", jp=40, jc=12,
      org="ООО «Рентгенприбор»",
      reject=("regional_budget_mln", "negative amount")),
]


def make_rcr_csv():
    stem = "a25_rcr_1c"
    per_unit = D("0.000001")  # roubles
    cols = [
        ("НомерСтроки", None, ("x", "rownum", "1C row number")),
        ("Проект.Код", None, "code"),
        ("Проект", None, "name"),
        ("Кластер", None, "cluster"),
        ("Направление", None, "work_area"),
        ("Муниципальное образование", None, "location"),
        ("Статус", None, "status"),
        ("Дата начала", None, "start_date"),
        ("Дата окончания", None, "end_date"),
        ("Сумма проекта (руб.)", None, "total_cost_mln"),
        ("ФБ (руб.)", None, "federal_budget_mln"),
        ("ОБ (руб.)", None, "regional_budget_mln"),
        ("МБ (руб.)", None, ("x", "mb", "municipal budget: no canonical field")),
        ("ВБС (руб.)", None, "extra_budgetary_mln"),
        ("Профинансировано на 30.06.2025 (руб.)", None, ("x", "spent", "spent to date")),
        ("Раб. места план", None, "jobs_planned"),
        ("Раб. места факт", None, "jobs_created"),
        ("Контрагент", None, "lead_organization"),
        ("Контрагент.ИНН", None, ("x", "inn", "tax number")),
        ("Ответственный", None, ("x", "person", "a person, not the organisation")),
        ("Телефон", None, ("x", "phone", "phone number")),
    ]
    fields = [f for _, _, f in cols if isinstance(f, str)]

    def rub(mln, i):
        # roubles, nbsp thousands separator on odd rows, plain space on even
        sep = NBSP if i % 2 else " "
        return ru(D(mln) * 1000000, 2, sep)

    lines = [[c[0] for c in cols]]
    records, rejected, data_lines = [], [], []
    for i, p in enumerate(RCR, 1):
        p.check(per_unit)
        row = []
        for (_, _, f) in cols:
            if isinstance(f, tuple):
                kind = f[1]
                if kind == "mb":
                    v = rub(D("0"), i) if i % 3 else ""
                elif kind == "spent":
                    v = rub(p.canon["total_cost_mln"] * D(lookalike_value("pct", p, i)) / 100, i)
                else:
                    v = str(lookalike_value(kind, p, i))
            elif f in MONEY:
                v = rub(p.canon[f], i)
            elif f in DATES:
                v = dt.date.fromisoformat(p.canon[f]).strftime("%d.%m.%Y")
            elif f in JOBS:
                v = ru(D(p.canon[f]), 0, NBSP if i % 2 else " ")
            else:
                w = p.w(f)
                v = "" if w is None else str(w)
            row.append(v)
        lines.append(row)
        line_no = len(lines)
        if p.reject:
            col = get_column_letter(fields_col(cols, p.reject[0]))
            e = rejected_entry(None, line_no, col, p)
            rejected.append(e)
        else:
            records.append(p.record(fields))
        data_lines.append(line_no)
    # 1C footer line
    tot = ["" for _ in cols]
    tot[2] = "Итого"
    for f in ("total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln"):
        tot[fields_col(cols, f) - 1] = rub(sum(p.canon[f] for p in RCR), 1)
    lines.append(tot)
    totals_line = len(lines)

    def q(v):
        if v == "":
            return ""
        return '"' + v.replace('"', '""') + '"'

    text = "\r\n".join(";".join(q(v) if k > 0 else q(v) for k, v in enumerate(r)) for r in lines) + "\r\n"
    path = os.path.join(HERE, stem + ".csv")
    with open(path, "wb") as fh:
        fh.write(b"\xef\xbb\xbf" + text.encode("utf-8"))
    write_json(stem, {
        "file": stem + ".csv", "refused": False, "fields": fields,
        "record_count": len(records), "records": records, "rejected": rejected,
        "columns": columns_list(cols), "ignored_columns": ignored_list(cols),
        "encoding": "utf-8-sig", "delimiter": ";", "header_line": 1,
        "data_lines": [data_lines[0], data_lines[-1]],
        "skipped_rows": {str(totals_line): "totals ('Итого' in the name column)"},
        "notes": ("Export from 1C of a regional development corporation. UTF-8 with a byte-order "
                  "mark, CRLF, ';' separator, every non-empty field in double quotes (inner quotes "
                  "doubled). Line 1 is the header; 'row' numbers are line numbers. Money is in "
                  "ROUBLES ('(руб.)' in every money header) with kopecks, e.g. '1 250 400 000,00' "
                  "= 1250.4 RUB million; thousands separated by a non-breaking space on odd data "
                  "lines and a plain space on even ones; jobs are written the same way ('1 250'). "
                  "Dates dd.mm.yyyy. Headers use 1C field names and budget abbreviations: ФБ = "
                  "federal, ОБ = regional (oblast), ВБС = extra-budgetary; МБ (municipal budget) "
                  "has no canonical field and is not imported, nor are 'Профинансировано' (spent to "
                  "date), 'Контрагент.ИНН', 'Ответственный' (a person) and 'Телефон'. Cluster and "
                  "work area as adjectives ('нефтехимический', 'промышленное', "
                  "'Научно-образовательное'); an empty cluster is null. 'Верхнекетский р-н, р.п. "
                  "Белый Яр' and 'Каргасокский р-н' are outside the programme's places (null). "
                  "Line %d is the 1C 'Итого' footer. Rejected: line %d end date before start, line "
                  "%d a negative regional amount.") % (totals_line, rejected[0]["row"], rejected[1]["row"]),
    })
    return stem


# ==========================================================================
# 3. Cluster council: one sheet per cluster, hyphenated multi-line headers
# ==========================================================================
COUNCIL = {
    "Фарма": [
        P("INO-2541", "Производство субстанций на основе пихтового экстракта",
          loc=("Томский район", "Томский р-н, п. Светлый"), status=("in_progress", "идёт реализация"),
          start=("2023-04-03", "03.04.2023"), end=("2026-12-31", "декабрь 2026"),
          total="214.5", extra="190.0", conf="120.0", jp=48,
          org="ООО «Сибирские субстанции»"),
        P("INO-2542", "Выпуск инъекционных лекарственных форм",
          loc=("Томск", "г. Томск"), status=("planned", "планируется к реализации"),
          start=("2026-03-31", "март 2026"), end=("2028-12-31", "2028"),
          total="1130.0", extra="980.0", conf="0.0", jp=160,
          org="АО «Томскфарм»"),
        P("INO-2543", "Доклинический центр испытаний лекарственных средств",
          loc=("Томск", "Томск"), status=("completed", "реализация завершена"),
          start="2020-09-01", end=("2024-05-31", "31.05.2024"),
          total="356.8", extra="56.8", conf="56.8", jp=70,
          org="ФГБНУ «НИИ фармакологии и регенеративной медицины»", hidden=True),
    ],
    "Медтехника и ИТ": [
        P("INO-2544", "Серийное производство кохлеарных имплантатов",
          loc=("Томск", "г. Томск"), status=("in_progress", "Реализуется"),
          start="2022-06-01", end=("2026-09-30", "сентябрь 2026"),
          total="742.0", extra="442.0", conf="300.0", jp=120,
          org="ООО «Сибмедтех»"),
        P("INO-2545", "Платформа телемедицины для районов области",
          loc=("Колпашево", "г. Колпашево"), status=(None, "подготовка ПСД"),
          start=("2025-10-01", "01.10.2025"), end=("2027-06-30", "июнь 2027"),
          total="98.4", extra="38.4", conf=None, jp=25,
          org="ООО «ТелеМед Сибирь»"),
        P("INO-2546", "Производство микроэлектронных датчиков",
          loc=("Северск", "ЗАТО Северск"), status=("planned", "планируется"),
          start="2026-01-12", end=("2029-12-31", "декабрь 2029"),
          total="1890.0", extra="1450.0", conf="600.0", jp=210,
          org="АО «НПФ «Микран»"),
    ],
    "Ядерные технологии": [
        P("INO-2547", "Производство стабильных изотопов",
          loc=("Северск", "Северск"), status=("in_progress", "в реализации"),
          start="2021-03-15", end=("2025-12-31", "31.12.2025"),
          total="2615.0", extra="615.0", conf="615.0", jp=90,
          org="АО «Сибирский химический комбинат»"),
        P("INO-2548", "Радиационная стерилизация медицинских изделий",
          loc=("Томский район", "д. Кисловка Томского р-на"), status=("suspended", "приостановлен (нет финансирования)"),
          start="2022-05-04", end=("2026-06-30", "июнь 2026"),
          total="184.0", extra="184.0", conf="40.0", jp=30,
          org="ООО «РадСтерил»"),
        P("INO-2549", "Установка переработки отработавшего ядерного топлива",
          loc=("Северск", "ЗАТО Северск"), status=("planned", "Планируется"),
          start="2027-01-01", end=("2031-12-31", "2031"),
          total="18500.0", extra="0.0", conf="0.0", jp=600,
          org="АО «ТВЭЛ»"),
    ],
    "Лесопромышленный": [
        P("INO-2550", "Производство клеёного бруса и домокомплектов",
          loc=("Асино", "г. Асино"), status=("in_progress", "Реализуется"),
          start="2023-02-01", end=("2026-03-31", "март 2026"),
          total="865.0", extra="765.0", conf="765.0", jp=140,
          org="ООО «Асиновский ЛПК»"),
        P("INO-2551", "Лесохимический комплекс (скипидар, канифоль)",
          loc=(None, "Тегульдетский р-н"), status=("planned", "планируется к реализации"),
          start="2026-06-01", end=("2028-12-31", "декабрь 2028"),
          total="1320.0", extra="1320.0", conf="200.0", jp=175,
          org="ООО «ТегульдетЛесХим»"),
        P("INO-2552", "Цех топливных брикетов",
          loc=("Колпашево", "Колпашевский р-н, г. Колпашево"), status=("completed", "завершён"),
          start="2019-05-20", end=("2022-10-31", "октябрь 2022"),
          total="42.3", extra="42.3", conf="42.3", jp=22,
          org="ИП Глава КФХ Рябов С. Н."),
    ],
    "ТрИЗ": [
        P("INO-2553", "Опытная разработка палеозойских отложений",
          loc=("Стрежевой", "г. Стрежевой"), status=("in_progress", "идет реализация"),
          start="2022-09-01", end=("2027-12-31", "декабрь 2027"),
          total="6400.0", extra="6400.0", conf="3100.0", jp=180,
          org="ООО «Томскнефть-Разведка»"),
        P("INO-2554", "Технология термогазового воздействия на баженовскую свиту",
          loc=("Стрежевой", "Стрежевой"), status=("planned", "планируется"),
          start="2026-04-01", end=("2030-12-31", "2030"),
          total="3275.5", extra="3075.5", conf="0.0", jp=75,
          org="ПАО «Томскгазпром»"),
        P("INO-2555", "Цифровой керновый центр",
          loc=("Томск", "г. Томск"), status=("completed", "реализован"),
          start="2020-02-03", end=("2023-06-30", "30.06.2023"),
          total="212.0", extra="112.0", conf="112.0", jp=38,
          org="ФГАОУ ВО НИ ТПУ"),
    ],
}
# rejected rows of the council workbook: (sheet, position after n-th project, project)
COUNCIL_BAD = {
    "Фарма": P("INO-2556", "Производство ферментных препаратов",
               loc=("Томск", "г. Томск"), status=("planned", "планируется"),
               start="2026-02-01", end=("2027-12-31", "декабрь 2027"),
               total="150.0", extra="150.0", conf="0.0", jp=(None, "около 40"),
               org="ООО «ФерментТом»",
               reject=("jobs_planned", "not a number: 'около 40'")),
    "Медтехника и ИТ": P("INO-2557", "Разработка ПО для лучевой диагностики",
                        loc=("Томск", "г. Томск"), status=("in_progress", "Реализуется"),
                        start="2024-03-01", end=("2026-12-31", "декабрь 2026"),
                        total="64.0", extra="44.0", conf="44.0", jp=20,
                        org="ООО «РадиоСофт»",
                        reject=("code", "duplicate code INO-2557 (rows differ)")),
    "Ядерные технологии": P("INO-2557", "Разработка ПО для лучевой диагностики",
                           loc=("Северск", "ЗАТО Северск"), status=("planned", "планируется"),
                           start="2025-03-01", end=("2027-12-31", "декабрь 2027"),
                           total="80.0", extra="60.0", conf="0.0", jp=25,
                           org="ООО «РадиоСофт»",
                           reject=("code", "duplicate code INO-2557 (rows differ)")),
}
COUNCIL_CLUSTER = {"Фарма": "pharma", "Медтехника и ИТ": "medtech_it",
                   "Ядерные технологии": "nuclear", "Лесопромышленный": "timber",
                   "ТрИЗ": "hard_to_recover"}


def make_council():
    stem = "a25_cluster_council"
    per_unit = D(1)
    cols = [
        ("№\nп/п", None, ("x", "rownum", "row number")),
        ("Код\nпроекта", None, "code"),
        ("Наименование\nпроекта", None, "name"),
        ("Место\nреали-\nзации", None, "location"),
        ("Статус\nпроекта", None, "status"),
        ("Начало\nреали-\nзации", None, "start_date"),
        ("Оконча-\nние", None, "end_date"),
        ("Общая\nстои-\nмость", None, "total_cost_mln"),
        ("в т.ч.\nвне-\nбюджетные", None, "extra_budgetary_mln"),
        ("из них\nподтверж-\nдённые\nсоглаше-\nниями", None, "extra_budgetary_confirmed_mln"),
        ("Муници-\nпальный\nбюджет", None, ("x", "mb", "municipal budget: no canonical field")),
        ("Рабочие\nместа,\nплан", None, "jobs_planned"),
        ("Инициатор\n(организация)", None, "lead_organization"),
        ("Куратор\nот кластера", None, ("x", "person", "a person, not the organisation")),
    ]
    fields = ["code", "name", "cluster"] + [c[2] for c in cols if isinstance(c[2], str) and c[2] not in ("code", "name")]
    wb = new_wb()
    first = True
    sheets_info, records, rejected = [], [], []
    # order of rows on each sheet: projects, with a bad row inserted after the 2nd
    for sheet, projs in COUNCIL.items():
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sheet
        ws["A1"] = "Перечень проектов кластера (по данным совета кластера)"
        ws["A2"] = "стоимостные показатели — млн руб.; по состоянию на 01.09.2025"
        ws["A1"].font = BOLD
        for ci, c in enumerate(cols, 1):
            cell = ws.cell(4, ci, c[0])
            cell.alignment = WRAP
            cell.font = BOLD
            ws.column_dimensions[get_column_letter(ci)].width = 14
        ws.row_dimensions[4].height = 80
        rows = list(projs)
        if sheet in COUNCIL_BAD:
            rows.insert(2, COUNCIL_BAD[sheet])
        r = 5
        data_rows, hidden_rows = [], []
        for i, p in enumerate(rows, 1):
            p.canon["cluster"] = COUNCIL_CLUSTER[sheet]
            p.check(per_unit)
            for ci, (_, _, f) in enumerate(cols, 1):
                if isinstance(f, tuple):
                    if f[1] == "mb":
                        v = [0, 2.5, None, 10][i % 4]
                    else:
                        v = lookalike_value(f[1], p, i)
                else:
                    v = p.w(f, per_unit)
                cell = ws.cell(r, ci, v)
                if isinstance(v, dt.datetime):
                    cell.number_format = DATE_FMT
            if p.hidden:
                ws.row_dimensions[r].hidden = True
                hidden_rows.append(r)
            if p.reject:
                rejected.append(rejected_entry(sheet, r, get_column_letter(fields_col(cols, p.reject[0])), p))
            else:
                records.append(p.record(fields))
            data_rows.append(r)
            r += 1
            if i == 1:
                r += 1  # blank spacer row after the first project
        ws.cell(r, 3, "Итого по кластеру")
        ws.cell(r, 8, float(sum(p.canon["total_cost_mln"] for p in rows if not p.reject)))
        info = {"sheet": sheet, "cluster": COUNCIL_CLUSTER[sheet], "header_row": 4,
                "data_rows": data_rows, "skipped_rows": {str(data_rows[0] + 1): "blank spacer row",
                                                          str(r): "cluster subtotal"}}
        if hidden_rows:
            info["hidden_rows"] = hidden_rows
        sheets_info.append(info)
    # summary sheet: not a project table
    ws = wb.create_sheet("Свод")
    ws["A1"] = "Свод по кластерам, млн руб."
    ws.append([])
    ws.append(["Кластер", "Число проектов", "Общая стоимость", "в т.ч. внебюджетные"])
    for sheet, projs in COUNCIL.items():
        ws.append([sheet, len(projs), float(sum(p.canon["total_cost_mln"] for p in projs)),
                   float(sum(p.canon["extra_budgetary_mln"] for p in projs))])
    # fix duplicate-code rejections to name both rows
    dups = [e for e in rejected if e["code"] == "INO-2557"]
    where = " and ".join("%s row %d" % (e["sheet"], e["row"]) for e in dups)
    for e in dups:
        e["reason"] = "duplicate code INO-2557 (%s differ)" % where
    rejected.sort(key=lambda e: ([s for s in COUNCIL].index(e["sheet"]), e["row"]))
    path = os.path.join(HERE, stem + ".xlsx")
    wb.save(path)
    finalize_xlsx(path)
    write_json(stem, {
        "file": stem + ".xlsx", "refused": False, "fields": fields,
        "record_count": len(records), "records": records, "rejected": rejected,
        "columns": columns_list(cols), "ignored_columns": ignored_list(cols),
        "sheets": sheets_info, "skipped_sheets": {"Свод": "summary by cluster, no project table"},
        "notes": ("A cluster council's workbook: one sheet per cluster and the cluster ONLY in the "
                  "sheet name ('Фарма' = pharma, 'Медтехника и ИТ' = medtech_it, 'Ядерные "
                  "технологии' = nuclear, 'Лесопромышленный' = timber, 'ТрИЗ' = hard_to_recover); "
                  "A1 says only 'Перечень проектов кластера'. The unit (млн руб.) is only in the "
                  "title row 2, not in the headers. Header row 4 has manual line breaks and "
                  "hyphenation ('Общая\\nстои-\\nмость', 'в т.ч.\\nвне-\\nбюджетные', "
                  "'из них\\nподтверж-\\nдённые\\nсоглаше-\\nниями' = confirmed extra-budgetary). "
                  "Row 6 on every sheet is a blank spacer; the last row of each sheet is 'Итого по "
                  "кластеру'; sheet 'Свод' is a summary table without projects. Row %d on 'Фарма' is "
                  "hidden and is data. Status phrases: 'идёт реализация', 'планируется к "
                  "реализации', 'реализация завершена', 'приостановлен (нет финансирования)', "
                  "'реализован'; 'подготовка ПСД' is none of the four (null). Dates: real dates, "
                  "dd.mm.yyyy text, month names ('март 2026' = 2026-03-31), bare years. Places "
                  "outside the list: 'Тегульдетский р-н' (null). Not imported: № п/п, 'Муниципальный "
                  "бюджет', 'Куратор от кластера' (a person). Rejected: 'около 40' in the jobs "
                  "column (%s row %d), and code INO-2557 on two sheets with different data "
                  "(%s: both rows).") % (sheets_info[0]["hidden_rows"][0], rejected[0]["sheet"], rejected[0]["row"], where),
    })
    return stem


# ==========================================================================
# 4. Technopark residents' projects: header on row 5 (logo, title, blank),
#    «Итого» and a «Справочно» block below
# ==========================================================================
TECHNO = [
    P("INO-2561", "Разработка ПО «Умный дом» для ТСЖ: учёт ресурсов",
      cluster=("medtech_it", "медтех и IT"), area=("smart_city", "Умный город"),
      loc=("Томск", "г. Томск, ул. Вершинина, 39а"), status=("in_progress", "в работе"),
      start=("2024-09-30", "сентябрь 2024"), end=("2026-12-31", "II полугодие 2026"),
      total="42.5", extra="30.5", jp=18, jc=9, org="ООО «Домотех»", problems=None),
    P("INO-2562", "Производство тест-систем для ПЦР-диагностики",
      cluster=("pharma", "Фарма"), area=("industry", "Промышленность"),
      loc=("Томск", "г. Томск"), status=("in_progress", "реализуется"),
      start="2023-03-01", end=("2026-06-30", "1 полугодие 2026"),
      total="118.0", extra="78.0", jp=35, jc=20, org="ООО «ВекторБиоТом»",
      problems="Задержка поставки импортного оборудования"),
    P("INO-2563", "Беспилотный мониторинг ЛЭП",
      cluster=(None, "—"), area=("innovation_business", "Технологические инновации"),
      loc=("Томский район", "пос. Зональная Станция, Томский р-н"), status=("planned", "планируется"),
      start=("2025-02-01", "01.02.2025"), end=("2027-12-31", "IV кв. 2027"),
      total="27.9", extra="27.9", jp=14, jc=0, org="ООО «АэроСкан»", problems=None),
    P("INO-2564", "Линия производства медицинских масок из нановолокна",
      cluster=("medtech_it", "IT & medical devices"), area=("industry", "Передовая промышленность"),
      loc=("Северск", "ЗАТО Северск"), status=("completed", "завершён"),
      start="2021-04-12", end="2023-12-15",
      total="63.2", extra="63.2", jp=25, jc=27, org="ООО «НаноФильтр»", problems=None),
    P("INO-2565", "Облачная платформа для ветеринарных клиник",
      cluster=("medtech_it", "Кластер медицинской техники и информационных технологий"),
      area=("innovation_business", "Технологические инновации, новые бизнесы"),
      loc=("Томск", "Томск"), status=("in_progress", "Реализуется"),
      start="2024-01-15", end=("2026-12-31", "2026"),
      total="15.4", extra="15.4", jp=11, jc=6, org="ООО «ВетКлауд»", problems=None),
    P("INO-2566", "Производство изотопных меток для фармакологии",
      cluster=("nuclear", "ядерные технологии"), area=("science_education", "научно-образовательное"),
      loc=("Северск", "г. Северск"), status=("in_progress", "в работе"),
      start="2023-10-02", end=("2026-06-30", "I полугодие 2026"),
      total="88.6", extra="48.6", jp=16, jc=10, org="ООО «ИзоМед»",
      problems="Нет лицензии Ростехнадзора на обращение с ИИИ"),
    P("INO-2567", "Выпуск модифицированных битумных вяжущих",
      cluster=("petrochemical", "нефтехимия"), area=("industry", "Промышленность"),
      loc=("Томский район", "с. Моряковский Затон (Томский р-н)"), status=("planned", "Планируется"),
      start=("2026-03-31", "март 2026"), end=("2027-09-30", "сентябрь 2027"),
      total="210.0", extra="190.0", jp=40, jc=0, org="ООО «БитумТех»",
      problems="Не согласовано подключение к газу"),
    P("INO-2568", "Приложение для записи к врачу и мониторинга пациентов",
      cluster=("medtech_it", "медтех и IT"), area=("smart_city", "Умный и удобный город"),
      loc=("Томск", "г. Томск"), status=("in_progress", "реализуется"),
      start="2024-05-20", end=("2025-12-31", "декабрь 2025"),
      total="9.8", extra="9.8", jp=8, jc=5, org="ООО «ДокОнлайн»", problems=None),
    P("INO-2569", "Пилотная установка пиролиза древесных отходов",
      cluster=("timber", "лесопромышленный"), area=("innovation_business", "Технологические инновации"),
      loc=("Асино", "г. Асино"), status=("in_progress", "В работе"),
      start="2024-08-01", end=("2026-09-30", "III кв. 2026"),
      total="54.0", extra="44.0", jp=12, jc=4, org="ООО «ПироТех»", problems=None),
    P("INO-2570", "Сервис онлайн-бронирования для турбаз области",
      cluster=(None, "n/a"), area=("business_environment", "Деловая среда"),
      loc=(None, "Шегарский р-н, с. Мельниково"), status=("in_progress", "реализуется"),
      start="2025-01-09", end=("2026-03-31", "I кв. 2026"),
      total="6.5", extra="6.5", jp=6, jc=3, org="ООО «ТурСиб»", problems=None),
    P("INO-2571", "Производство экстрактов кедровой хвои",
      cluster=("wildlife", "дикоросы"), area=("industry", "Промышленность"),
      loc=("Колпашево", "г. Колпашево"), status=("completed", "завершен"),
      start="2022-06-01", end="2024-10-31",
      total="31.7", extra="26.7", jp=15, jc=15, org="ООО «Кедровый край»", problems=None),
    P("INO-2572", "Испытательная лаборатория электромагнитной совместимости",
      cluster=(None, ""), area=("science_education", "Наука и образование"),
      loc=("Томск", "г. Томск, Академгородок"), status=("suspended", "приостановлен"),
      start="2023-02-01", end=("2025-12-31", "IV кв. 2025"),
      total="77.0", extra="17.0", jp=20, jc=7, org="ООО «ЭМС-Тест»",
      problems="Отсутствует финансирование со стороны инвестора"),
    P("INO-2573", "Микрореактор для синтеза фармсубстанций",
      cluster=("pharma", "Pharma"), area=("science_education", "Наука и образование"),
      loc=("Томск", "г. Томск"), status=("planned", "Планируется"),
      start=("2026-06-30", "I полугодие 2026"), end=("2028-12-31", "2028"),
      total="45.0", extra="15.0", jp=10, jc=0, org="ООО «ФлоуСинтез»", problems=None),
    P("INO-2574", "Сенсорная сеть контроля качества воздуха",
      cluster=("medtech_it", "IT"), area=("smart_city", "умный город"),
      loc=("Стрежевой", "г. Стрежевой"), status=("in_progress", "реализуется"),
      start="2024-11-01", end=("2026-06-30", "июнь 2026"),
      total="12.6", extra="4.6", jp=5, jc=2, org="ООО «ЭкоСенс»", problems=None),
    P("INO-2575", "Выпуск наборов для генетического тестирования растений",
      cluster=("wildlife", "дикоросы"), area=("science_education", "Наука и образование"),
      loc=("Томск", "г. Томск"), status=("in_progress", "реализуется"),
      start="2024-03-01", end=("2026-12-31", "2026"),
      total="19.0", extra="9.0", jp=9, jc=(None, "15-20"), org="ООО «АгроГен»", problems=None,
      reject=("jobs_created", "not a number: '15-20'")),
]
TECHNO_COLS = [
    ("№", None, ("x", "rownum", "row number")),
    ("Резидент", None, "lead_organization"),
    ("ИНН", None, ("x", "inn", "tax number of the resident")),
    ("Код проекта в ИНО", None, "code"),
    ("Проект", None, "name"),
    ("Кластер", None, "cluster"),
    ("Направление ИНО", None, "work_area"),
    ("Площадка", None, "location"),
    ("Стадия", None, "status"),
    ("Старт", None, "start_date"),
    ("Завершение", None, "end_date"),
    ("Бюджет проекта, млн руб.", None, "total_cost_mln"),
    ("в т.ч. собственные и заёмные средства, млн руб.", None, "extra_budgetary_mln"),
    ("Готовность, %", None, ("x", "pct", "a percentage (progress)")),
    ("Рабочие места: план", None, "jobs_planned"),
    ("Рабочие места: создано", None, "jobs_created"),
    ("Руководитель проекта", None, ("x", "person", "a person, not the organisation")),
    ("Тел.", None, ("x", "phone", "phone number")),
    ("Проблемы / риски", None, "problems"),
]
TECHNO_FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date",
                 "end_date", "total_cost_mln", "extra_budgetary_mln", "jobs_planned",
                 "jobs_created", "lead_organization", "problems"]


def logo_png():
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (160, 48), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle([2, 2, 45, 45], fill=(0, 90, 160))
    d.ellipse([60, 8, 92, 40], fill=(240, 140, 0))
    d.rectangle([100, 14, 156, 34], fill=(0, 90, 160))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    buf.seek(0)
    return buf


def make_technopark():
    stem = "a25_technopark"
    from openpyxl.drawing.image import Image as XLImage
    cols = TECHNO_COLS
    fields = TECHNO_FIELDS
    sheet = "Резиденты-участники ИНО"
    wb = new_wb()
    ws = wb.active
    ws.title = sheet
    ws.row_dimensions[1].height = 40
    ws.add_image(XLImage(logo_png()), "A1")
    ws["E1"] = "АО «Технопарк «Томск» · резидентам — всё для роста"
    ws["A2"] = "Сведения о проектах резидентов технопарка — участников программы ИНО «Томск»"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "по состоянию на 01.10.2025"
    hdr = 5
    for ci, c in enumerate(cols, 1):
        cell = ws.cell(hdr, ci, c[0])
        cell.font = BOLD
        cell.alignment = WRAP
        ws.column_dimensions[get_column_letter(ci)].width = 15
    r = hdr + 1
    records, rejected, data_rows = [], [], []
    for i, p in enumerate(TECHNO, 1):
        p.check(D(1))
        for ci, (_, _, f) in enumerate(cols, 1):
            if isinstance(f, tuple):
                v = lookalike_value(f[1], p, i)
            else:
                v = p.w(f, D(1))
            cell = ws.cell(r, ci, v)
            if isinstance(v, dt.datetime):
                cell.number_format = DATE_FMT
        if p.reject:
            rejected.append(rejected_entry(sheet, r, get_column_letter(fields_col(cols, p.reject[0])), p))
        else:
            records.append(p.record(fields))
        data_rows.append(r)
        r += 1
    tot_row = r
    ws.cell(r, 2, "Итого")
    ok = [p for p in TECHNO if not p.reject]
    ws.cell(r, fields_col(cols, "total_cost_mln"), float(sum(p.canon["total_cost_mln"] for p in ok)))
    ws.cell(r, fields_col(cols, "extra_budgetary_mln"), float(sum(p.canon["extra_budgetary_mln"] for p in ok)))
    ws.cell(r, fields_col(cols, "jobs_planned"), sum(p.canon["jobs_planned"] for p in TECHNO))
    ref1 = r + 2
    ws.cell(ref1, 1, "Справочно:")
    ws.cell(ref1 + 1, 2, "Всего резидентов технопарка — 41, из них участников ИНО «Томск» — 14")
    ws.cell(ref1 + 2, 2, "Средний бюджет проекта резидента, млн руб.")
    ws.cell(ref1 + 2, fields_col(cols, "total_cost_mln"),
            float((sum(p.canon["total_cost_mln"] for p in ok) / len(ok)).quantize(D("0.1"))))
    ws.cell(ref1 + 3, 2, "Создано рабочих мест резидентами за 9 мес. 2025 г.")
    ws.cell(ref1 + 3, fields_col(cols, "jobs_created"), 61)
    path = os.path.join(HERE, stem + ".xlsx")
    wb.save(path)
    finalize_xlsx(path)
    skipped = {"1": "logo row (image, slogan)", "2": "title", "3": "date line", "4": "blank",
               str(tot_row): "totals ('Итого')", str(ref1): "'Справочно:' block",
               str(ref1 + 1): "'Справочно' block", str(ref1 + 2): "'Справочно' block (an average in the budget column)",
               str(ref1 + 3): "'Справочно' block (a count in the jobs column)"}
    write_json(stem, {
        "file": stem + ".xlsx", "refused": False, "fields": fields,
        "record_count": len(records), "records": records, "rejected": rejected,
        "columns": columns_list(cols), "ignored_columns": ignored_list(cols),
        "sheet": sheet, "header_row": hdr, "data_rows": [data_rows[0], data_rows[-1]],
        "skipped_rows": skipped,
        "notes": ("A technopark's list of residents' projects. The header is on row 5, not row 1: "
                  "row 1 holds a logo image (and a slogan in E1), row 2 the title, row 3 the date, "
                  "row 4 is empty. The organisation ('Резидент') comes before the code. Row %d is "
                  "'Итого'; rows %d-%d are a 'Справочно:' block whose rows put numbers in the "
                  "budget and jobs columns but are not projects. 'в т.ч. собственные и заёмные "
                  "средства' is the extra-budgetary amount. Cluster spellings: 'медтех и IT', 'IT', "
                  "'IT & medical devices', the full Russian name, 'Фарма', 'Pharma', 'ядерные "
                  "технологии', 'нефтехимия', 'лесопромышленный', 'дикоросы'; '—', 'n/a' and empty "
                  "are no cluster. Work areas shortened ('Промышленность', 'Умный город', "
                  "'Технологические инновации', 'научно-образовательное'). Places with street "
                  "addresses, 'Академгородок', villages with their district; 'Шегарский р-н, с. "
                  "Мельниково' is outside the programme (null). Dates: month names, half-years "
                  "('II полугодие 2026' = 2026-12-31), quarters, years, dd.mm.yyyy text, real dates. "
                  "Not imported: №, ИНН, 'Готовность, %%', 'Руководитель проекта' (a person), "
                  "'Тел.'. Rejected: row %d, '15-20' in 'Рабочие места: создано'.")
                 % (tot_row, ref1, ref1 + 3, rejected[0]["row"]),
    })
    return stem


# ==========================================================================
# 5. Formulas (.xlsm): cached results, a percentage look-alike, a column in
#    thousands among columns in millions
# ==========================================================================
# (code, name, federal mln, regional THOUSAND roubles as written, extra mln,
#  jobs planned (int or formula text with its value), jobs created, 2025 slice mln)
FORMULA_ROWS = [
    P("INO-2581", "Строительство корпуса инжинирингового центра ТПУ",
      fed="320.0", reg=("45.5", 45500), extra="110.0", jp=60, jc=12),
    P("INO-2582", "Реконструкция опытного производства НИИ ПП",
      fed="0.0", reg=("12.3", 12300), extra="88.7", jp=("75", "=45+30"), jc=40),
    P("INO-2583", "Создание центра обработки космических данных",
      fed="150.0", reg=("1.2", "1 200,0"), extra="0.0", jp=22, jc=0),
    P("INO-2584", "Производство компонентов для водородной энергетики",
      fed="400.0", reg=("250.0", 250000), extra="1250.5", jp=("180", "=120+60"), jc=35),
    P("INO-2585", "Студенческий технопарк (кампус, этап II)",
      fed="2100.0", reg=("830.0", "830 000"), extra="0.0", jp=140, jc=0),
    P("INO-2586", "Опытный завод катализаторов",
      fed="0.0", reg=("0.0", 0), extra="312.4", jp=55, jc=55),
    P("INO-2587", "Модернизация исследовательского реактора",
      fed="980.0", reg=("0.0", 0), extra="20.0", jp=30, jc=0,
      reject=("total_cost_mln", "formula without a cached value")),
    P("INO-2588", "Центр прототипирования медицинских изделий",
      fed="75.0", reg=("18.6", 18600), extra="41.4", jp=24, jc=10),
    P("INO-2589", "Линия переработки облепихи и брусники",
      fed="0.0", reg=("9.9", 9900), extra="64.1", jp=("30", "=18+12"), jc=30),
    P("INO-2590", "Цифровой двойник Томской агломерации",
      fed="210.0", reg=("105.0", 105000), extra="35.0", jp=18, jc=4),
    P("INO-2591", "Опытно-промышленная установка по переработке ПНГ",
      fed="0.0", reg=("0.0", 0), extra="1840.0", jp=90, jc=0),
    P("INO-2592", "Лабораторный корпус биотехнологий (Томский район)",
      fed="560.0", reg=("140.0", 140000), extra="100.0", jp=48, jc=0),
    P("INO-2593", "Расширение производства сорбентов",
      fed="0.0", reg=("4.5", 4500), extra="95.5", jp=20, jc=20),
]
# rows whose look-alike percentage formula is stored WITHOUT a cached value (not rejected)
FORMULA_PCT_UNCACHED = {"INO-2591"}


def make_formulas():
    stem = "a25_finance_formulas"
    sheet = "Расчёт"
    cols = [
        ("Код", None, "code"),
        ("Наименование", None, "name"),
        ("Федеральный бюджет, млн руб.", None, "federal_budget_mln"),
        ("Областной бюджет, тыс. руб.", None, "regional_budget_mln"),
        ("Внебюджетные источники, млн руб.", None, "extra_budgetary_mln"),
        ("Итого стоимость, млн руб.", None, "total_cost_mln"),
        ("Доля внебюджетных, %", None, ("x", "pct", "a percentage formula (E/F)")),
        ("в т.ч. 2025 г., млн руб.", None, ("x", "slice", "one year's slice of the cost")),
        ("Рабочие места, план", None, "jobs_planned"),
        ("Рабочие места, создано", None, "jobs_created"),
    ]
    fields = ["code", "name", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
              "total_cost_mln", "jobs_planned", "jobs_created"]
    wb = new_wb()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Источники финансирования проектов ИНО «Томск» (расчётная таблица, формулы)"
    ws["A1"].font = BOLD
    hdr = 3
    for ci, c in enumerate(cols, 1):
        cell = ws.cell(hdr, ci, c[0])
        cell.font = BOLD
        cell.alignment = WRAP
        ws.column_dimensions[get_column_letter(ci)].width = 16
    cache = {}
    sx = "sheet1.xml"
    r = hdr + 1
    records, rejected = [], []
    first = r
    n_formula = 0
    for i, p in enumerate(FORMULA_ROWS, 1):
        reg_mln = p.canon["regional_budget_mln"]
        reg_w = p.written["regional_budget_mln"]
        assert read_money(reg_w, D("0.001")) == reg_mln, (p.canon["code"], reg_w)
        total = p.canon["federal_budget_mln"] + reg_mln + p.canon["extra_budgetary_mln"]
        p.canon["total_cost_mln"] = total
        ws.cell(r, 1, p.canon["code"])
        ws.cell(r, 2, p.canon["name"])
        ws.cell(r, 3, float(p.canon["federal_budget_mln"]))
        ws.cell(r, 4, reg_w)
        ws.cell(r, 5, float(p.canon["extra_budgetary_mln"]))
        reg_ref = ("D%d/1000" % r) if not isinstance(reg_w, str) else ("%s/1000" % str(reg_mln * 1000).replace(",", "."))
        ws.cell(r, 6, "=C%d+%s+E%d" % (r, reg_ref, r))
        cache[(sx, "F%d" % r)] = None if p.reject else format(total, "f")
        n_formula += 1
        pc = ws.cell(r, 7, "=IF(F%d=0,0,E%d/F%d)" % (r, r, r))
        pc.number_format = "0.0%"
        share = (p.canon["extra_budgetary_mln"] / total) if total else D(0)
        cache[(sx, "G%d" % r)] = None if (p.canon["code"] in FORMULA_PCT_UNCACHED or p.reject) else repr(float(share))
        n_formula += 1
        ws.cell(r, 8, float((total * D("0.3")).quantize(D("0.1"))))
        jp_w = p.written.get("jobs_planned")
        if isinstance(jp_w, str):
            p.canon["jobs_planned"] = int(p.canon["jobs_planned"])
            ws.cell(r, 9, jp_w)
            cache[(sx, "I%d" % r)] = str(p.canon["jobs_planned"])
            assert eval(jp_w[1:]) == p.canon["jobs_planned"]
            n_formula += 1
        else:
            ws.cell(r, 9, p.canon["jobs_planned"])
        ws.cell(r, 10, p.canon["jobs_created"])
        if p.reject:
            rejected.append(rejected_entry(sheet, r, "F", p))
        else:
            records.append(p.record(fields))
        r += 1
    last = r - 1
    tot_row = r
    ws.cell(r, 2, "Итого")
    ok = [p for p in FORMULA_ROWS]
    sums = {
        "C": sum(p.canon["federal_budget_mln"] for p in ok),
        "D": sum(p.canon["regional_budget_mln"] for p in ok) * 1000,
        "E": sum(p.canon["extra_budgetary_mln"] for p in ok),
        "F": sum(p.canon["total_cost_mln"] for p in ok if not p.reject),
        "I": sum(p.canon["jobs_planned"] for p in ok),
        "J": sum(p.canon["jobs_created"] for p in ok),
    }
    for L, v in sums.items():
        ws["%s%d" % (L, r)] = "=SUM(%s%d:%s%d)" % (L, first, L, last)
        cache[(sx, "%s%d" % (L, r))] = format(D(v), "f")
        n_formula += 1
    path = os.path.join(HERE, stem + ".xlsm")
    wb.save(path)
    finalize_xlsx(path, formula_values=cache,
                  content_type="application/vnd.ms-excel.sheet.macroEnabled.main+xml")
    pct_rows = [hdr + 1 + k for k, p in enumerate(FORMULA_ROWS) if p.canon["code"] in FORMULA_PCT_UNCACHED]
    write_json(stem, {
        "file": stem + ".xlsm", "refused": False, "fields": fields,
        "record_count": len(records), "records": records, "rejected": rejected,
        "columns": columns_list(cols), "ignored_columns": ignored_list(cols),
        "sheet": sheet, "header_row": hdr, "data_rows": [first, last], "totals_row": tot_row,
        "skipped_rows": {str(tot_row): "totals ('Итого', SUM formulas)"},
        "formula_cells": n_formula,
        "uncached_formula_cells": sorted(k[1] for k, v in cache.items() if v is None),
        "notes": ("Macro-enabled workbook (.xlsm content type, no VBA project) with formulas "
                  "stored with cached results (%d formula cells): the total 'Итого стоимость' "
                  "(=C+D/1000+E), a percentage 'Доля внебюджетных, %%' (=E/F, a look-alike, not "
                  "imported), a few job counts ('=45+30'), and the SUM row %d ('Итого', skipped). "
                  "'Областной бюджет, тыс. руб.' is in THOUSAND roubles while the other amounts "
                  "are RUB million: 45500 -> 45.5; two of its cells are text ('1 200,0', '830 000'). "
                  "'в т.ч. 2025 г.' is one year's slice and is not imported. Row %d's total formula "
                  "has no cached value: that row is rejected (column F). The percentage formula in "
                  "row %s also has no cached value, but that column is not imported, so the row is "
                  "NOT rejected.") % (n_formula, tot_row, rejected[0]["row"], ", ".join(map(str, pct_rows))),
    })
    return stem


# ==========================================================================
# 6. Update of the technopark list half a year later
# ==========================================================================
# Each update row: P with the fields this file carries; code '' = match by name.
UPD_COLS = [
    ("Код ИНО", None, "code"),
    ("Наименование проекта", None, "name"),
    ("Компания-резидент", None, "lead_organization"),
    ("ИНН резидента", None, ("x", "inn", "tax number")),
    ("Текущий статус", None, "status"),
    ("Срок завершения", None, "end_date"),
    ("Общий бюджет, млн руб.", None, "total_cost_mln"),
    ("из них внебюджетные (собственные, заёмные), млн руб.", None, "extra_budgetary_mln"),
    ("Освоено с начала реализации, млн руб.", None, ("x", "spent", "spent to date")),
    ("Плановое число рабочих мест", None, "jobs_planned"),
    ("Фактически создано рабочих мест", None, "jobs_created"),
    ("Проблемные вопросы", None, "problems"),
]
UPD_FIELDS = [c[2] for c in UPD_COLS if isinstance(c[2], str)]
UPDATE = [
    # known code, status + jobs created change
    P("INO-2562", "Производство тест-систем для ПЦР-диагностики", org="ООО «ВекторБиоТом»",
      status=("completed", "Реализован"), end=("2026-03-20", "20.03.2026"), total="118.0", extra="78.0",
      jp=35, jc=36, problems="Задержка поставки импортного оборудования"),
    # re-sent unchanged (end date written differently, same date)
    P("INO-2563", "Беспилотный мониторинг ЛЭП", org="ООО «АэроСкан»",
      status=("planned", "Планируется"), end=("2027-12-31", "Q4 2027"), total="27.9", extra="27.9",
      jp=14, jc=0, problems=None),
    # known code, name amended and total raised
    P("INO-2564", "Линия производства медицинских масок из нановолокна (этап I)", org="ООО «НаноФильтр»",
      status=("completed", "Завершен"), end="2023-12-15", total="71.8", extra="71.8",
      jp=25, jc=27, problems=None),
    # known code, end date moved
    P("INO-2565", "Облачная платформа для ветеринарных клиник", org="ООО «ВетКлауд»",
      status=("in_progress", "Реализуется"), end=("2027-06-30", "II кв. 2027"), total="15.4", extra="15.4",
      jp=11, jc=8, problems=None),
    # unchanged; end written as text date instead of a half-year
    P("INO-2566", "Производство изотопных меток для фармакологии", org="ООО «ИзоМед»",
      status=("in_progress", "Реализуется"), end=("2026-06-30", "30.06.2026"), total="88.6", extra="48.6",
      jp=16, jc=10, problems="Нет лицензии Ростехнадзора на обращение с ИИИ"),
    # problems text changed, status planned -> in progress
    P("INO-2567", "Выпуск модифицированных битумных вяжущих", org="ООО «БитумТех»",
      status=("in_progress", "в работе"), end=("2027-09-30", "сентябрь 2027"), total="210.0", extra="190.0",
      jp=40, jc=6, problems="Подключение к газу согласовано, ждём договор"),
    # new project
    P("INO-2596", "Сервис предиктивной аналитики для теплосетей", org="ООО «ТеплоДата»",
      status=("planned", "планируется"), end=("2027-12-31", "2027"), total="23.4", extra="18.4",
      jp=9, jc=0, problems=None),
    # name-matched (no code): quote style, ё/е, double and trailing space
    P("", 'Разработка ПО "Умный дом" для ТСЖ:  учет ресурсов ', org="ООО «Домотех»",
      status=("in_progress", "в работе"), end=("2026-12-31", "II полугодие 2026"), total="42.5", extra="30.5",
      jp=18, jc=14, problems=None),
    # unchanged
    P("INO-2569", "Пилотная установка пиролиза древесных отходов", org="ООО «ПироТех»",
      status=("in_progress", "В работе"), end=("2026-09-30", "III кв. 2026"), total="54.0", extra="44.0",
      jp=12, jc=4, problems=None),
    # suspended with a problem
    P("INO-2570", "Сервис онлайн-бронирования для турбаз области", org="ООО «ТурСиб»",
      status=("suspended", "приостановлен"), end=("2026-03-31", "I кв. 2026"), total="6.5", extra="6.5",
      jp=6, jc=3, problems="Инвестор вышел из проекта"),
    # unchanged
    P("INO-2572", "Испытательная лаборатория электромагнитной совместимости", org="ООО «ЭМС-Тест»",
      status=("suspended", "Приостановлен"), end=("2025-12-31", "IV кв. 2025"), total="77.0", extra="17.0",
      jp=20, jc=7, problems="Отсутствует финансирование со стороны инвестора"),
    # jobs created rise
    P("INO-2568", "Приложение для записи к врачу и мониторинга пациентов", org="ООО «ДокОнлайн»",
      status=("completed", "завершён"), end=("2025-12-31", "декабрь 2025"), total="9.8", extra="9.8",
      jp=8, jc=8, problems=None),
    # new project
    P("INO-2597", "Производство биочипов для экспресс-анализа молока", org="ООО «БиоЧип Томск»",
      status=("in_progress", "реализуется"), end=("2027-06-30", "I полугодие 2027"), total="36.0", extra="26.0",
      jp=15, jc=4, problems="Требуется сертификация ЕАЭС"),
]


def norm_name(s):
    s = s.lower().replace("ё", "е")
    for q in "«»“”„":
        s = s.replace(q, '"')
    return re.sub(r"\s+", " ", s).strip()


def make_update(base_stem):
    stem = "a25_technopark_update"
    sheet = "на 01.04.2026"
    cols = UPD_COLS
    wb = new_wb()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Актуализация сведений о проектах резидентов технопарка (ИНО «Томск»)"
    ws["A1"].font = BOLD
    ws["A2"] = "по состоянию на 01.04.2026"
    hdr = 3
    for ci, c in enumerate(cols, 1):
        cell = ws.cell(hdr, ci, c[0])
        cell.font = BOLD
        cell.alignment = WRAP
        ws.column_dimensions[get_column_letter(ci)].width = 18
    # database state after the base file
    state = {}
    order = []
    for p in TECHNO:
        if not p.reject:
            state[p.canon["code"]] = p.record(TECHNO_FIELDS)
            order.append(p.canon["code"])
    changed, new, matched = [], [], []
    r = hdr + 1
    for i, u in enumerate(UPDATE, 1):
        u.check(D(1))
        for ci, (_, _, f) in enumerate(cols, 1):
            if isinstance(f, tuple):
                if f[1] == "spent":
                    v = float((u.canon["total_cost_mln"] * D(lookalike_value("pct", u, i) if u.canon["code"] else 50) / 100).quantize(D("0.1")))
                else:
                    v = lookalike_value(f[1], u, i) if u.canon["code"] else "7017123450"
            else:
                v = u.w(f, D(1))
                if f == "code" and not v:
                    v = None
            cell = ws.cell(r, ci, v)
            if isinstance(v, dt.datetime):
                cell.number_format = DATE_FMT
        rec = u.record(UPD_FIELDS)
        code = rec["code"]
        if not code:
            hits = [c for c in order if norm_name(state[c]["name"]) == norm_name(u.written["name"])]
            assert len(hits) == 1, u.written["name"]
            code = hits[0]
            matched.append({"code": code, "name_in_file": u.written["name"],
                            "difference": "«» quotes written as \"\", ё written as е, double space, trailing space",
                            "row": r})
            rec.pop("name")
            rec.pop("code")
        if code in state:
            before = dict(state[code])
            for f, v in rec.items():
                state[code][f] = v
            if state[code] != before and code not in changed:
                changed.append(code)
        else:
            assert code not in state
            state[code] = {f: rec.get(f) for f in TECHNO_FIELDS}
            order.append(code)
            new.append(code)
        r += 1
    path = os.path.join(HERE, stem + ".xlsx")
    wb.save(path)
    finalize_xlsx(path)
    records = [state[c] for c in order]
    write_json(stem, {
        "file": stem + ".xlsx", "refused": False, "base_file": base_stem + ".xlsx",
        "fields": TECHNO_FIELDS, "record_count": len(records), "records": records,
        "rejected": [], "columns": columns_list(cols), "ignored_columns": ignored_list(cols),
        "sheet": sheet, "header_row": hdr, "data_rows": [hdr + 1, r - 1],
        "changed_codes": sorted(changed), "new_codes": new, "matched_by_name": matched,
        "unchanged_codes": sorted(c for c in (u.canon["code"] for u in UPDATE)
                                  if c and c in state and c not in changed and c not in new),
        "notes": ("Import %s.xlsx first, then this file; 'records' is the resulting state of all "
                  "projects. Returned half a year later with renamed headers (synonyms of the first "
                  "file's: 'Код ИНО' = 'Код проекта в ИНО', 'Наименование проекта' = 'Проект', "
                  "'Компания-резидент' = 'Резидент', 'Текущий статус' = 'Стадия', 'Срок завершения' "
                  "= 'Завершение', 'Общий бюджет' = 'Бюджет проекта', 'из них внебюджетные "
                  "(собственные, заёмные)' = 'в т.ч. собственные и заёмные средства', 'Плановое "
                  "число рабочих мест' / 'Фактически создано рабочих мест' = 'Рабочие места: план / "
                  "создано', 'Проблемные вопросы' = 'Проблемы / риски'). Header row 3, data rows "
                  "4-%d. %d rows with a known code (%d change something, incl. one renamed project "
                  "INO-2564 whose new name is taken because it matched by code); row %d has no code "
                  "and matches INO-2561 by name only (quotes, ё/е, double and trailing space): it "
                  "keeps its stored name; 2 new projects (INO-2596, INO-2597) whose cluster, work "
                  "area, place and start date (not in this file) are null. Not carried here and "
                  "kept: cluster, work_area, location, start_date. Not imported: 'ИНН резидента', "
                  "'Освоено с начала реализации' (spent to date). The base file's rejected row "
                  "(INO-2575) does not exist in the database and is not in this file.")
                 % (base_stem, r - 1, len([u for u in UPDATE if u.canon["code"] and u.canon["code"] not in new]),
                    len([c for c in changed if c != matched[0]["code"]]), matched[0]["row"]),
    })
    return stem


if __name__ == "__main__":
    made = [make_goscorp(), make_rcr_csv(), make_council(), make_technopark(), make_formulas()]
    made.append(make_update("a25_technopark"))
    print("written:", ", ".join(made))
