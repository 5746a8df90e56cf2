#!/usr/bin/env python3
"""Generator of the agency24 evaluation set (independent of the importer).

Every project is written down ONCE below as canonical values (the values a
correct import must produce) plus ``w`` -- "how the agency wrote it" (the raw
cell text/number/date as it appears in the file).  Everything else (cells,
expected JSON) is derived from these two.

Deterministic: no randomness, fixed timestamps, zip entries re-packed with a
fixed date, so a re-run gives the same bytes.

Run:  /work/main/.venv/bin/python make_agency24.py
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
from openpyxl.utils import column_index_from_string, get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2026, 10, 5, 9, 0, 0)
FIXED_ISO = "2026-10-05T09:00:00Z"
NBSP = "\u00a0"

ALL_FIELDS = ["code", "name", "cluster", "work_area", "location", "status",
              "start_date", "end_date", "total_cost_mln", "federal_budget_mln",
              "regional_budget_mln", "extra_budgetary_mln",
              "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created",
              "lead_organization", "problems"]
MONEY = {"total_cost_mln", "federal_budget_mln", "regional_budget_mln",
         "extra_budgetary_mln", "extra_budgetary_confirmed_mln"}
DATES = {"start_date", "end_date"}
INTS = {"jobs_planned", "jobs_created"}


def d(y, m, dd):
    return dt.date(y, m, dd)


def P(code, name, **kw):
    """A project: canonical values.  Money in RUB million as Decimal strings."""
    rec = {"code": code, "name": name}
    for k, v in kw.items():
        if k in MONEY and v is not None:
            v = D(v)
        rec[k] = v
    return rec


# --------------------------------------------------------------------------
# writers: canonical value -> cell value, per unit
# --------------------------------------------------------------------------
def num(x):
    """Decimal -> int if integral else float (what a clerk types in a cell)."""
    x = D(x)
    if x == x.to_integral_value():
        return int(x)
    return float(x)


def money_cell(v, unit):
    if v is None:
        return None
    if unit == "k":
        return num(D(v) * 1000)
    return num(v)


def ru_text_number(x, sep=NBSP, decimals=1):
    """1234.5 -> '1 234,5' (Russian written number)."""
    x = D(x)
    q = x.quantize(D(1) / (D(10) ** decimals)) if decimals else x.quantize(D(1))
    s = f"{q:f}"
    if "." in s:
        ip, fp = s.split(".")
    else:
        ip, fp = s, ""
    neg = ip.startswith("-")
    ip = ip.lstrip("-")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = sep.join(groups)
    if fp:
        out += "," + fp
    return ("-" if neg else "") + out


def dtx(x):
    """date -> datetime for a real Excel date cell."""
    return dt.datetime(x.year, x.month, x.day)


def dmy(x):
    return x.strftime("%d.%m.%Y")


# --------------------------------------------------------------------------
# xlsx helpers
# --------------------------------------------------------------------------
def normalise_zip(path):
    """Re-pack a zip with fixed timestamps and fixed core.xml dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms)",
                              lambda m: m.group(1) + FIXED_ISO.encode() + m.group(3), data)
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def new_wb(creator):
    wb = openpyxl.Workbook()
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = dt.datetime(2026, 10, 5, 9, 0, 0)
    wb.properties.modified = dt.datetime(2026, 10, 5, 9, 0, 0)
    return wb


def write_header(ws, top_row, cols, depth):
    """cols: list of dicts with 'col' and 'hdr' (tuple of up to depth labels).
    Labels shorter than depth are merged down; equal parents of neighbouring
    columns are merged across."""
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, horizontal="center", vertical="center")
    n = len(cols)
    for lvl in range(depth):
        i = 0
        while i < n:
            h = cols[i]["hdr"]
            if lvl >= len(h):
                i += 1
                continue
            # group neighbours with the same prefix up to this level
            j = i
            while (j + 1 < n and len(cols[j + 1]["hdr"]) > lvl
                   and cols[j + 1]["hdr"][:lvl + 1] == h[:lvl + 1]
                   and len(h) > lvl + 1 and len(cols[j + 1]["hdr"]) > lvl + 1):
                j += 1
            r = top_row + lvl
            c1 = column_index_from_string(cols[i]["col"])
            c2 = column_index_from_string(cols[j]["col"])
            cell = ws.cell(row=r, column=c1, value=h[lvl])
            cell.font = bold
            cell.alignment = wrap
            r2 = r if len(h) > lvl + 1 else top_row + depth - 1
            if c2 > c1 or r2 > r:
                ws.merge_cells(start_row=r, start_column=c1, end_row=r2, end_column=c2)
            i = j + 1


def col_label(hdr):
    return " / ".join(hdr)


def save_xlsx(wb, name):
    path = os.path.join(HERE, name)
    wb.save(path)
    normalise_zip(path)
    return path


def write_json(name, obj):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def canon_json(rec, fields):
    out = {}
    for f in fields:
        v = rec.get(f)
        if v is None:
            out[f] = None
        elif f in MONEY:
            out[f] = float(D(v))
        elif f in DATES:
            out[f] = v.isoformat()
        elif f in INTS:
            out[f] = int(v)
        else:
            out[f] = v
    return out


# ==========================================================================
# Generic row-per-project sheet writer
# ==========================================================================
# A row entry is one of
#   ("P", rec, w)                     valid project
#   ("R", rec, w, field, reason)      rejected row (field = offending column)
#   ("S", kind, {col: value})         row to skip (title/subtotal/note/blank)
# w maps field -> raw written value; w["_x"] maps look-alike key -> raw value.

def cell_for(colspec, rec, w, unit):
    f = colspec.get("field")
    if f:
        if f in w:
            return w[f]
        v = rec.get(f)
        if v is None:
            return None
        if f in MONEY:
            return money_cell(v, colspec.get("unit", unit))
        if f in DATES:
            return dtx(v)
        return v
    look = colspec.get("look")
    x = w.get("_x", {})
    if look in x:
        return x[look]
    fn = colspec.get("auto")
    return fn(rec) if fn else None


def write_table(ws, cols, entries, first_data_row, unit, date_fmt="DD.MM.YYYY"):
    """Write entries from first_data_row; returns bookkeeping."""
    r = first_data_row
    data_rows, skipped, rejected, valid = [], {}, [], []
    code_col = next(c["col"] for c in cols if c.get("field") == "code")
    for e in entries:
        if e[0] == "S":
            kind, cells = e[1], e[2]
            for col, v in cells.items():
                ws[f"{col}{r}"] = v
                if isinstance(v, str) and len(v) > 40:
                    ws[f"{col}{r}"].alignment = Alignment(wrap_text=False)
            skipped[str(r)] = kind
            r += 1
            continue
        rec, w = e[1], e[2]
        for c in cols:
            v = cell_for(c, rec, w, unit)
            if v is None:
                continue
            if isinstance(v, str) and v.startswith("="):
                ws[f"{c['col']}{r}"] = v  # real formula (no cached value)
            else:
                ws[f"{c['col']}{r}"] = v
            if isinstance(v, dt.datetime):
                ws[f"{c['col']}{r}"].number_format = date_fmt
        data_rows.append(r)
        if e[0] == "P":
            valid.append((r, rec))
        else:
            field, reason = e[3], e[4]
            col = next(c["col"] for c in cols if c.get("field") == field)
            rejected.append({"row": r, "reason": reason, "column": col,
                             "code": rec.get("code")})
        r += 1
    return {"data_rows": data_rows, "skipped": skipped, "rejected": rejected,
            "valid": valid, "last_row": r - 1}


# ==========================================================================
# FILE A. University project office, "Наука и образование", тыс. руб.
# ==========================================================================
A_NAME = "tpu_proektny_ofis.xlsx"

A_COLS = [
    dict(col="A", hdr=("№ п/п",), look="rownum"),
    dict(col="B", hdr=("Шифр проекта",), field="code"),
    dict(col="C", hdr=("Наименование проекта",), field="name"),
    dict(col="D", hdr=("Кластер ИНО",), field="cluster"),
    dict(col="E", hdr=("Площадка реализации",), field="location"),
    dict(col="F", hdr=("Стадия реализации",), field="status"),
    dict(col="G", hdr=("Период реализации", "начало"), field="start_date"),
    dict(col="H", hdr=("Период реализации", "завершение"), field="end_date"),
    dict(col="I", hdr=("Объём финансирования", "всего", "план"), field="total_cost_mln"),
    dict(col="J", hdr=("Объём финансирования", "всего", "факт (освоено)"), look="spent"),
    dict(col="K", hdr=("Объём финансирования", "в том числе (план)", "федеральный бюджет"), field="federal_budget_mln"),
    dict(col="L", hdr=("Объём финансирования", "в том числе (план)", "областной бюджет"), field="regional_budget_mln"),
    dict(col="M", hdr=("Объём финансирования", "в том числе (план)", "средства индустриальных партнёров"), field="extra_budgetary_mln"),
    dict(col="N", hdr=("Финансирование в 2026 г.",), look="year_slice"),
    dict(col="O", hdr=("Создано рабочих мест, ед.", "план"), field="jobs_planned"),
    dict(col="P", hdr=("Создано рабочих мест, ед.", "факт"), field="jobs_created"),
    dict(col="Q", hdr=("Руководитель проекта",), look="person"),
    dict(col="R", hdr=("Головной исполнитель",), field="lead_organization"),
    dict(col="S", hdr=("Риски и проблемные вопросы",), field="problems"),
    dict(col="T", hdr=("Доля внебюджетных средств, %",), look="share_pct"),
]
A_FIELDS = ["code", "name", "cluster", "location", "status", "start_date", "end_date",
            "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
            "extra_budgetary_mln", "jobs_planned", "jobs_created",
            "lead_organization", "problems"]
A_IGNORED = {
    "rownum": "row number (№ п/п), not a code",
    "spent": "spent to date (факт освоения), not the project cost",
    "year_slice": "one year's slice of financing (2026), not the total",
    "person": "a person's name (project leader), not an organisation",
    "share_pct": "a percentage, not an amount",
}

TPU = "ФГАОУ ВО НИ ТПУ"
A_ROWS = [
    ("S", "section heading", {"A": "1. Проекты, реализуемые совместно с индустриальными партнёрами"}),
    ("P", P("INO-2401", "Передовая инженерная школа «Интеллектуальные энергетические системы»",
            cluster="nuclear", location="Томск", status="in_progress",
            start_date=d(2022, 9, 1), end_date=d(2030, 12, 31),
            total_cost_mln="1482.3655", federal_budget_mln="900", regional_budget_mln="82.3655",
            extra_budgetary_mln="500", jobs_planned=120, jobs_created=64,
            lead_organization=TPU, problems=None),
     {"cluster": "Кластер ядерных технологий", "location": "г. Томск", "status": "реализуется",
      "end_date": "2030", "total_cost_mln": "1" + NBSP + "482" + NBSP + "365,5",
      "_x": {"person": "Яковлев А.Н.", "spent": 612400, "year_slice": 180000}}),
    ("P", P("INO-2402", "Научно-образовательный центр «Цифровые технологии добычи трудноизвлекаемых запасов»",
            cluster="hard_to_recover", location="Томск", status="in_progress",
            start_date=d(2023, 3, 15), end_date=d(2027, 12, 31),
            total_cost_mln="356.8", federal_budget_mln="120", regional_budget_mln="36.8",
            extra_budgetary_mln="200", jobs_planned=45, jobs_created=18,
            lead_organization="ООО «Газпромнефть-Восток»",
            problems="Задержка поставки бурового симулятора из-за санкционных ограничений"),
     {"cluster": "ТрИЗ", "location": "Томск", "status": "в стадии реализации",
      "start_date": "15.03.2023", "end_date": "IV кв. 2027",
      "_x": {"person": "Кузнецов П.В.", "spent": 141200, "year_slice": 90500}}),
    ("P", P("INO-2403", "Лаборатория радиофармацевтических препаратов на базе исследовательского ядерного реактора",
            cluster="nuclear", location="Томск", status="planned",
            start_date=d(2026, 1, 12), end_date=d(2028, 6, 30),
            total_cost_mln="214.5", federal_budget_mln="150", regional_budget_mln="14.5",
            extra_budgetary_mln="50", jobs_planned=22, jobs_created=0,
            lead_organization=TPU, problems=None),
     {"cluster": "ядерные технологии", "location": "г.Томск", "status": "планируется к реализации",
      "end_date": "I полугодие 2028",
      "_x": {"person": "Стасюк Е.С.", "spent": 0, "year_slice": 60000}}),
    ("P", P("INO-2404", "Инжиниринговый центр композиционных материалов для нефтехимии",
            cluster="petrochemical", location="Томский район", status="in_progress",
            start_date=d(2024, 4, 1), end_date=d(2026, 12, 31),
            total_cost_mln="98.7456", federal_budget_mln=None, regional_budget_mln="18.7456",
            extra_budgetary_mln="80", jobs_planned=35, jobs_created=35,
            lead_organization="ООО «Сибур Тобольск»",
            problems="Не завершено подключение к сетям электроснабжения"),
     {"cluster": "нефтехимия", "location": "п. Зональная Станция, Томский р-н", "status": "в работе",
      "start_date": "01.04.2024", "end_date": "декабрь 2026",
      "_x": {"person": "Ляпков А.А.", "spent": 77300, "year_slice": 21000}}),
    ("P", P("INO-2405", "Центр компетенций по медицинской робототехнике",
            cluster="medtech_it", location="Томск", status="completed",
            start_date=d(2021, 2, 1), end_date=d(2025, 11, 28),
            total_cost_mln="67.2", federal_budget_mln="30", regional_budget_mln="7.2",
            extra_budgetary_mln="30", jobs_planned=28, jobs_created=31,
            lead_organization="АО «НПЦ «Полюс»", problems=None),
     {"cluster": "Медтехника и ИТ", "location": "город Томск", "status": "завершён",
      "end_date": "28.11.2025", "total_cost_mln": "67" + NBSP + "200,0",
      "_x": {"person": "Аверкиев Н.Ф.", "spent": 67200, "year_slice": None}}),
    ("P", P("INO-2406", "Опытно-промышленная установка глубокой переработки древесных отходов",
            cluster="timber", location="Асино", status="suspended",
            start_date=d(2023, 6, 1), end_date=None,
            total_cost_mln="145", federal_budget_mln="0", regional_budget_mln="25",
            extra_budgetary_mln="120", jobs_planned=40, jobs_created=6,
            lead_organization="ООО «Асиновский лесопромышленный комплекс»",
            problems="Партнёр приостановил финансирование;\nтребуется поиск нового инвестора"),
     {"cluster": "Лесопромышленный", "location": "г. Асино, Асиновский р-н", "status": "приостановлен",
      "federal_budget_mln": "0,0", "end_date": "2027–2028",
      "_x": {"person": "Петров С.А.", "spent": 31800, "year_slice": 0}}),
    ("R", P("INO-2413", "Технологическая платформа «Умные материалы для Арктики»",
            cluster="petrochemical", location="Томск", status="planned",
            start_date=d(2026, 3, 1), end_date=d(2025, 12, 31),
            total_cost_mln="88", federal_budget_mln="40", regional_budget_mln="8",
            extra_budgetary_mln="40", jobs_planned=12, jobs_created=0,
            lead_organization=TPU, problems=None),
     {"cluster": "Нефтехимический", "location": "г. Томск", "status": "планируется",
      "start_date": "01.03.2026", "end_date": "IV кв. 2025",
      "_x": {"person": "Бразовский В.В.", "spent": 0, "year_slice": 10000}},
     "end_date", "end date before start date"),
    ("S", "subtotal", {"C": "Итого по разделу 1", "I": 2364313, "K": 1200000, "L": 184111, "M": 980000}),
    ("S", "section heading", {"A": "2. Собственные проекты университета"}),
    ("P", P("INO-2407", "Студенческий кампус мирового уровня: учебно-лабораторный корпус",
            cluster=None, location="Томск", status="in_progress",
            start_date=d(2023, 7, 20), end_date=d(2027, 9, 30),
            total_cost_mln="5340.75", federal_budget_mln="3800", regional_budget_mln="940.75",
            extra_budgetary_mln="600", jobs_planned=150, jobs_created=40,
            lead_organization=TPU, problems=None),
     {"cluster": "—", "location": "г. Томск", "status": "реализация",
      "start_date": "20.07.2023", "end_date": "III квартал 2027",
      "total_cost_mln": "5" + NBSP + "340" + NBSP + "750,0",
      "_x": {"person": "Боев А.Г.", "spent": 2104000, "year_slice": 1500000}}),
    ("P", P("INO-2408", "Центр коллективного пользования «Нанотех»",
            cluster=None, location="Северск", status="in_progress",
            start_date=d(2024, 1, 10), end_date=d(2026, 12, 31),
            total_cost_mln="42.615", federal_budget_mln="42.615", regional_budget_mln=None,
            extra_budgetary_mln=None, jobs_planned=12, jobs_created=9,
            lead_organization="Северский технологический институт НИЯУ МИФИ", problems=None),
     {"cluster": "вне кластеров", "location": "ЗАТО Северск", "status": "Реализуется",
      "end_date": 2026,
      "_x": {"person": "Ткаченко С.И.", "spent": 30100, "year_slice": 8000}}),
    ("P", P("INO-2409", "Школа инженерного лидерства для нефтегазовой отрасли",
            cluster="hard_to_recover", location="Стрежевой", status="planned",
            start_date=d(2026, 9, 1), end_date=d(2029, 6, 30),
            total_cost_mln="31.2", federal_budget_mln=None, regional_budget_mln="11.2",
            extra_budgetary_mln="20", jobs_planned=8, jobs_created=None,
            lead_organization="АО «Томскнефть» ВНК", problems=None),
     {"cluster": "трудноизвлекаемые запасы", "location": "г. Стрежевой", "status": "планируется",
      "start_date": "01.09.2026", "end_date": "1 полугодие 2029",
      "_x": {"person": "Сидоров В.Д.", "spent": None, "year_slice": 2500}}),
    ("R", P("INO-2414", "Биобанк лекарственных растений Сибири",
            cluster="wildlife", location="Томск", status="planned",
            start_date=d(2026, 5, 1), end_date=d(2028, 12, 31),
            total_cost_mln=None, federal_budget_mln=None, regional_budget_mln=None,
            extra_budgetary_mln=None, jobs_planned=5, jobs_created=None,
            lead_organization=TPU, problems=None),
     {"cluster": "дикоросы", "location": "г. Томск", "status": "планируется",
      "start_date": "01.05.2026", "end_date": "2028", "total_cost_mln": "в стадии оценки",
      "_x": {"person": "Белоусов М.В."}},
     "total_cost_mln", "not a number: 'в стадии оценки'"),
    ("P", P("INO-2410", "Фармацевтический R&D-центр «Сибирские биотехнологии»",
            cluster="pharma", location="Томский район", status="in_progress",
            start_date=d(2025, 2, 3), end_date=d(2027, 12, 31),
            total_cost_mln="76.3002", federal_budget_mln="20", regional_budget_mln="6.3002",
            extra_budgetary_mln="50", jobs_planned=30, jobs_created=11,
            lead_organization="АО «Фармстандарт-Томскхимфарм»", problems=None),
     {"cluster": "фармацевтика", "location": "с. Корнилово, Томский р-н", "status": "в процессе реализации",
      "end_date": "2027 г.", "regional_budget_mln": "6" + NBSP + "300,2",
      "_x": {"person": "Краснов Е.А.", "spent": 24000, "year_slice": 30000}}),
    ("P", P("INO-2411", "Цифровая кафедра «Искусственный интеллект в медицине»",
            cluster="medtech_it", location="Томск", status="completed",
            start_date=d(2022, 9, 1), end_date=d(2025, 6, 30),
            total_cost_mln="12.9", federal_budget_mln="12.9", regional_budget_mln=None,
            extra_budgetary_mln=None, jobs_planned=6, jobs_created=6,
            lead_organization=TPU, problems=None),
     {"cluster": "Кластер медицинской техники и ИТ", "location": "Томск", "status": "реализован",
      "start_date": "01.09.2022", "end_date": "II кв. 2025",
      "_x": {"person": "Спицын В.Г.", "spent": 12900, "year_slice": None}}),
    ("P", P("INO-2412", "Экспедиционная база по изучению дикорастущего сырья",
            cluster="wildlife", location=None, status="planned",
            start_date=d(2026, 6, 1), end_date=d(2027, 10, 31),
            total_cost_mln="18.4", federal_budget_mln=None, regional_budget_mln="8.4",
            extra_budgetary_mln="10", jobs_planned=4, jobs_created=None,
            lead_organization="ООО «Сибирский кедр»",
            problems="Земельный участок не оформлен"),
     {"cluster": "Кластер дикоросов", "location": "с. Мельниково, Шегарский р-н", "status": "Планируется",
      "start_date": "01.06.2026", "end_date": "октябрь 2027",
      "_x": {"person": "Гуляев Д.К.", "spent": None, "year_slice": 5000}}),
    ("S", "subtotal", {"C": "Итого по разделу 2", "I": 5588165, "K": 3875515, "L": 966650, "M": 680000}),
    ("S", "totals", {"C": "Всего по направлению", "I": 7952478, "K": 5075515, "L": 1150761, "M": 1660000}),
    ("S", "blank", {}),
    ("S", "note", {"A": "Примечание: стоимостные показатели приведены в тыс. руб. с учётом НДС; "
                        "фактическое освоение — по данным бухгалтерии на 01.10.2026."}),
    ("S", "note", {"A": "Руководитель проектного офиса ____________ О.В. Смирнова"}),
]


def a_auto(rec):
    return None


def fix_dup_reasons(rej):
    """'duplicate code' -> 'duplicate code X (rows a and b differ)' from the real rows."""
    for x in rej:
        if x["reason"] == "duplicate code":
            same = [y for y in rej if y["code"] == x["code"] and y["reason"].startswith("duplicate")]
            sheets = {y["sheet"] for y in same}
            if len(sheets) == 1:
                where = "rows " + " and ".join(str(y["row"]) for y in same)
            else:
                where = " and ".join(f"sheet '{y['sheet']}' row {y['row']}" for y in same)
            for y in same:
                y["reason"] = f"duplicate code {x['code']} ({where} differ)"


def build_a():
    wb = new_wb("Проектный офис ТПУ")
    ws = wb.active
    ws.title = "Перечень проектов"
    ws["A1"] = "ФГАОУ ВО «Национальный исследовательский Томский политехнический университет»"
    ws["A2"] = "Проектный офис"
    ws["A3"] = ("Перечень проектов направления «Наука и образование» программы ИНО «Томск», "
                "реализуемых с участием университета")
    ws["A4"] = "(стоимостные показатели — тыс. руб.)"
    for r in (1, 2, 3, 4):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=20)
    write_header(ws, 6, A_COLS, 3)
    # row number and percentage look-alikes computed here
    n = 0
    for e in A_ROWS:
        if e[0] in ("P", "R"):
            n += 1
            x = e[2].setdefault("_x", {})
            x.setdefault("rownum", n)
            rec = e[1]
            if rec.get("total_cost_mln") and rec.get("extra_budgetary_mln") is not None:
                x.setdefault("share_pct", float((D(rec["extra_budgetary_mln"]) * 100 /
                                                 D(rec["total_cost_mln"])).quantize(D("0.1"))))
    for c in A_COLS:
        c.setdefault("auto", None)
    t = write_table(ws, A_COLS, A_ROWS, 9, "k")
    ws.column_dimensions["C"].width = 50
    sheet2 = wb.create_sheet("Справочно")
    sheet2["A1"] = "Пояснения к перечню"
    sheet2["A2"] = "1. Шифр проекта присваивается Департаментом экономики при включении в программу ИНО «Томск»."
    sheet2["A3"] = "2. Графа «факт (освоено)» заполняется нарастающим итогом с начала реализации проекта."
    sheet2["A4"] = "3. Доля внебюджетных средств рассчитывается от плановой стоимости проекта."
    save_xlsx(wb, A_NAME)
    recs = [canon_json(r, A_FIELDS) for _, r in t["valid"]]
    rej = [dict(sheet=ws.title, **x) for x in t["rejected"]]
    return {
        "file": A_NAME, "refused": False, "fields": A_FIELDS,
        "record_count": len(recs), "records": recs, "rejected": rej,
        "data_sheet": ws.title, "header_rows": [6, 7, 8],
        "data_rows": t["data_rows"], "skipped_rows": t["skipped"],
        "columns": [[col_label(c["hdr"]), c["field"]] for c in A_COLS if c.get("field")],
        "ignored_columns": [[col_label(c["hdr"]), A_IGNORED[c["look"]]] for c in A_COLS if c.get("look")],
        "unit": "тыс. руб. (said only in title row 4)",
        "notes": ("University project office list, one data sheet 'Перечень проектов' plus a text sheet "
                  "'Справочно' (not data). Title rows 1-4; the money unit (тыс. руб.) is said ONLY in title "
                  "row 4, so every amount is divided by 1,000. Three-level merged header in rows 6-8 "
                  "('Объём финансирования / всего / план'). Look-alike columns not imported: № п/п, "
                  "'всего / факт (освоено)' (spent to date), 'Финансирование в 2026 г.' (one year), "
                  "'Руководитель проекта' (a person), 'Доля внебюджетных средств, %'. Section heading rows, "
                  "subtotals ('Итого по разделу'), the grand total ('Всего по направлению'), a blank row and "
                  "two note rows are skipped. End dates as quarters, half-years, month names, bare years "
                  "(text, number and '2027 г.'); '2027–2028' is a range and is expected null. "
                  "'с. Мельниково, Шегарский р-н' is not one of the canonical places: location null. "
                  "Rejected: row with end date before start date; row with 'в стадии оценки' as the cost."),
    }


# ==========================================================================
# FILE B. Regional department quarterly monitoring form на 01.10.2026
# ==========================================================================
B_NAME = "monitoring_01102026.xlsx"
B_COLS = [
    dict(col="A", hdr=("№ п/п",), look="rownum"),
    dict(col="B", hdr=("Код проекта в реестре ИНО",), field="code"),
    dict(col="C", hdr=("Наименование проекта",), field="name"),
    dict(col="D", hdr=("Кластер¹",), field="cluster"),
    dict(col="E", hdr=("Направление ИНО «Томск»",), field="work_area"),
    dict(col="F", hdr=("Муниципальное образование (населённый пункт)",), field="location"),
    dict(col="G", hdr=("Статус реализации*",), field="status"),
    dict(col="H", hdr=("Срок реализации", "начало"), field="start_date"),
    dict(col="I", hdr=("Срок реализации", "окончание"), field="end_date"),
    dict(col="J", hdr=("Объём финансирования (план), млн руб.", "всего"), field="total_cost_mln"),
    dict(col="K", hdr=("Объём финансирования (план), млн руб.", "ФБ"), field="federal_budget_mln"),
    dict(col="L", hdr=("Объём финансирования (план), млн руб.", "ОБ"), field="regional_budget_mln"),
    dict(col="M", hdr=("Объём финансирования (план), млн руб.", "внебюджетные источники**"), field="extra_budgetary_mln"),
    dict(col="N", hdr=("в т.ч. подтверждено соглашениями, млн руб.**",), field="extra_budgetary_confirmed_mln"),
    dict(col="O", hdr=("Освоено с начала реализации, млн руб.",), look="spent"),
    dict(col="P", hdr=("Рабочие места, ед.", "план"), field="jobs_planned"),
    dict(col="Q", hdr=("Рабочие места, ед.", "создано на отчётную дату"), field="jobs_created"),
    dict(col="R", hdr=("Инициатор (ответственный исполнитель)",), field="lead_organization"),
    dict(col="S", hdr=("ИНН инициатора",), look="inn"),
    dict(col="T", hdr=("Проблемные вопросы, предложения по их решению",), field="problems"),
]
B_FIELDS = list(ALL_FIELDS)
B_IGNORED = {
    "rownum": "row number (№ п/п)",
    "spent": "spent to date (освоено), not the planned cost",
    "inn": "ИНН of the initiator: a tax number, not an organisation name",
}
B_NUMROW = {"A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "I": 9,
            "J": "10=11+12+13", "K": 11, "L": 12, "M": 13, "N": 14, "O": 15, "P": 16,
            "Q": 17, "R": 18, "S": 19, "T": 20}

TNH = "ООО «Томскнефтехим»"
B_ROWS = [
    ("S", "section heading", {"A": "I. Передовая промышленность"}),
    ("P", P("INO-2421", "Производство полипропиленовой плёнки БОПП на площадке «Томскнефтехим»",
            cluster="petrochemical", work_area="industry", location="Томск", status="in_progress",
            start_date=d(2024, 3, 1), end_date=d(2027, 12, 31),
            total_cost_mln="6420.5", federal_budget_mln=None, regional_budget_mln="120.5",
            extra_budgetary_mln="6300", extra_budgetary_confirmed_mln="4100",
            jobs_planned=180, jobs_created=45, lead_organization=TNH, problems=None),
     {"cluster": "Нефтехимический", "work_area": "Передовая промышленность", "location": "г. Томск",
      "status": "реализуется", "total_cost_mln": "6" + NBSP + "420,5", "federal_budget_mln": "-",
      "_x": {"spent": 2210.4, "inn": "7017003420"}}),
    ("P", P("INO-2422", "Выпуск изотопной продукции медицинского назначения",
            cluster="nuclear", work_area="industry", location="Северск", status="in_progress",
            start_date=d(2023, 9, 1), end_date=d(2026, 12, 31),
            total_cost_mln="1890.4", federal_budget_mln="600", regional_budget_mln="90.4",
            extra_budgetary_mln="1200", extra_budgetary_confirmed_mln="1200",
            jobs_planned=95, jobs_created=70, lead_organization="АО «Сибирский химический комбинат»",
            problems=None),
     {"cluster": "ядерный", "work_area": "промышленность", "location": "ЗАТО Северск",
      "status": "в стадии реализации", "end_date": "IV кв. 2026",
      "_x": {"spent": 1544.0, "inn": "7024029499"}}),
    ("R", P("INO-2437", "Тепличный комплекс по выращиванию лесной ягоды",
            cluster=None, work_area="industry", location="Томский район", status="planned",
            start_date=d(2026, 4, 1), end_date=d(2028, 12, 31),
            total_cost_mln="740", federal_budget_mln="0", regional_budget_mln="40",
            extra_budgetary_mln="700", extra_budgetary_confirmed_mln=None,
            jobs_planned=60, jobs_created=0, lead_organization="ООО «Агро-Томск»", problems=None),
     {"cluster": "Агропромышленный кластер", "work_area": "Передовая промышленность",
      "location": "Томский район", "status": "планируется", "end_date": "2028",
      "_x": {"inn": "7014061234"}},
     "cluster", "unknown cluster 'Агропромышленный кластер'"),
    ("P", P("INO-2423", "Завод по производству OSB-плит (II очередь)",
            cluster="timber", work_area="industry", location="Асино", status="planned",
            start_date=d(2026, 11, 1), end_date=d(2029, 6, 30),
            total_cost_mln="11250", federal_budget_mln="0", regional_budget_mln="250",
            extra_budgetary_mln="11000", extra_budgetary_confirmed_mln=None,
            jobs_planned=420, jobs_created=0, lead_organization="ООО «Томлесдрев»",
            problems="Требуется строительство подъездной железнодорожной ветки"),
     {"cluster": "ЛПК", "work_area": "Передовая промышленность", "location": "Асиновский район, г. Асино",
      "status": "планируется", "start_date": "01.11.2026", "end_date": "II кв. 2029",
      "total_cost_mln": 11250, "extra_budgetary_confirmed_mln": "-",
      "_x": {"spent": 0, "inn": "7002013568"}}),
    ("P", P("INO-2424", "Производство фармацевтических субстанций из растительного сырья",
            cluster="pharma", work_area="industry", location="Томск", status="completed",
            start_date=d(2021, 5, 17), end_date=d(2025, 12, 20),
            total_cost_mln="512.3", federal_budget_mln="100", regional_budget_mln="12.3",
            extra_budgetary_mln="400", extra_budgetary_confirmed_mln="400",
            jobs_planned=75, jobs_created=82, lead_organization="АО «Фармстандарт-Томскхимфарм»",
            problems=None),
     {"cluster": "фармкластер", "work_area": "1. Передовая промышленность", "location": "Томск",
      "status": "Завершён", "start_date": "17.05.2021", "end_date": "20.12.2025",
      "_x": {"spent": 512.3, "inn": "7020000080"}}),
    ("R", P("INO-2438", "Модернизация производства кабельной продукции",
            cluster="petrochemical", work_area="industry", location="Томск", status="in_progress",
            start_date=d(2024, 1, 1), end_date=d(2026, 12, 31),
            total_cost_mln="310", federal_budget_mln="0", regional_budget_mln="-10",
            extra_budgetary_mln="320", extra_budgetary_confirmed_mln="320",
            jobs_planned=25, jobs_created=10, lead_organization="АО «Сибкабель»", problems=None),
     {"cluster": "нефтехимический кластер", "work_area": "Передовая промышленность", "location": "г. Томск",
      "status": "реализуется",
      "_x": {"spent": 150.0, "inn": "7018000612"}},
     "regional_budget_mln", "negative amount"),
    ("P", P("INO-2425", "Добыча трудноизвлекаемой нефти палеозойских отложений (пилотный участок)",
            cluster="hard_to_recover", work_area="industry", location="Стрежевой", status="suspended",
            start_date=d(2022, 2, 1), end_date=d(2026, 9, 30),
            total_cost_mln="8430.2", federal_budget_mln=None, regional_budget_mln=None,
            extra_budgetary_mln="8430.2", extra_budgetary_confirmed_mln="2500",
            jobs_planned=160, jobs_created=40, lead_organization="АО «Томскнефть» ВНК",
            problems="Проект приостановлен инвестором в связи с падением цен на нефть"),
     {"cluster": "Кластер ТрИЗ", "work_area": "Передовая промышленность", "location": "городской округ Стрежевой",
      "status": "реализация приостановлена", "end_date": "30.09.2026",
      "extra_budgetary_mln": "8" + NBSP + "430,2",
      "_x": {"spent": 1900.0, "inn": "7022000310"}}),
    ("S", "subtotal", {"C": "Итого по направлению I", "J": 28503.4, "K": 700, "L": 472.8, "M": 27330.2}),
    ("S", "section heading", {"A": "II. Технологические инновации, новые бизнесы"}),
    ("P", P("INO-2426", "Серийное производство портативных аппаратов УЗИ",
            cluster="medtech_it", work_area="innovation_business", location="Томск", status="in_progress",
            start_date=d(2025, 1, 15), end_date=d(2027, 6, 30),
            total_cost_mln="230.8", federal_budget_mln="80", regional_budget_mln="20.8",
            extra_budgetary_mln="130", extra_budgetary_confirmed_mln="95.5",
            jobs_planned=55, jobs_created=21, lead_organization="ООО «Медицинские технологии Сибири»",
            problems=None),
     {"cluster": "медицинская техника и информационные технологии",
      "work_area": "Технологические инновации и новые бизнесы", "location": "г. Томск",
      "status": "В работе", "start_date": "15.01.2025", "end_date": "1 полугодие 2027",
      "_x": {"spent": 88.1, "inn": "7017412345"}}),
    ("P", P("INO-2427", "Глубокая переработка кедрового ореха и берёзового сока",
            cluster="wildlife", work_area="innovation_business", location="Колпашево", status="in_progress",
            start_date=d(2024, 6, 10), end_date=d(2026, 12, 31),
            total_cost_mln="96.75", federal_budget_mln=None, regional_budget_mln="16.75",
            extra_budgetary_mln="80", extra_budgetary_confirmed_mln="80",
            jobs_planned=38, jobs_created=30, lead_organization="ООО «Сибирский кедр»",
            problems="Сезонный недобор сырья в 2026 году"),
     {"cluster": "дикоросы", "work_area": "Новые бизнесы",
      "location": "г. Колпашево, Колпашевский район", "status": "реализуется",
      "start_date": "10.06.2024", "end_date": "декабрь 2026",
      "_x": {"spent": 70.2, "inn": "7007009876"}}),
    ("R", P("INO-2439", "Платформа телемедицинских консультаций для районов области",
            cluster="medtech_it", work_area="innovation_business", location="Томск", status="in_progress",
            start_date=d(2025, 3, 1), end_date=d(2027, 3, 31),
            total_cost_mln=None, federal_budget_mln="20", regional_budget_mln="15",
            extra_budgetary_mln="25", extra_budgetary_confirmed_mln="25",
            jobs_planned=14, jobs_created=5, lead_organization="ООО «Элекард-Мед»", problems=None),
     {"cluster": "Медтехника и ИТ", "work_area": "Технологические инновации, новые бизнесы",
      "location": "г. Томск", "status": "реализуется", "end_date": "I кв. 2027",
      "_x": {"spent": 22.0, "inn": "7017055555"}},
     "total_cost_mln", "formula without a cached value"),
    ("P", P("INO-2428", "Производство беспилотных авиационных систем для мониторинга лесов",
            cluster="timber", work_area="innovation_business", location="Томский район", status="planned",
            start_date=d(2026, 2, 1), end_date=d(2028, 12, 31),
            total_cost_mln="410", federal_budget_mln="150", regional_budget_mln="60",
            extra_budgetary_mln="200", extra_budgetary_confirmed_mln="0",
            jobs_planned=65, jobs_created=0, lead_organization="ООО «Сибирские беспилотники»",
            problems=None),
     {"cluster": "лесопромышленный кластер", "work_area": "Технологические инновации, новые бизнесы",
      "location": "д. Кисловка (Томский р-н)", "status": "планируемый", "end_date": 2028,
      "extra_budgetary_confirmed_mln": "0,0",
      "_x": {"spent": 0, "inn": "7014070001"}}),
    ("R", P("INO-2440", "Центр разработки отечественного ПО для промышленности",
            cluster=None, work_area="innovation_business", location="Томск", status="in_progress",
            start_date=d(2024, 9, 1), end_date=d(2026, 12, 31),
            total_cost_mln="150", federal_budget_mln="0", regional_budget_mln="50",
            extra_budgetary_mln="100", extra_budgetary_confirmed_mln="100",
            jobs_planned=120, jobs_created=80, lead_organization="ООО «Софтлаб-НСК»", problems=None),
     {"cluster": "—", "work_area": "Технологические инновации, новые бизнесы", "location": "г. Томск",
      "status": "реализуется", "_x": {"spent": 99.0, "inn": "7017123456"}},
     "code", "duplicate code"),
    ("P", P("INO-2429", "Технопарк высоких технологий «Томская долина» (II очередь)",
            cluster=None, work_area="innovation_business", location="Томск", status="in_progress",
            start_date=d(2023, 4, 1), end_date=d(2027, 12, 31),
            total_cost_mln="2780.6", federal_budget_mln="1400", regional_budget_mln="380.6",
            extra_budgetary_mln="1000", extra_budgetary_confirmed_mln="650",
            jobs_planned=900, jobs_created=310, lead_organization="АО «Томская долина»",
            problems="Не решён вопрос с техприсоединением к тепловым сетям"),
     {"cluster": None, "work_area": "Технологические инновации, новые бизнесы", "location": "г. Томск",
      "status": "реализуется", "end_date": "2027 г.",
      "_x": {"spent": 1530.0, "inn": "7017200111"}}),
    ("S", "subtotal", {"C": "Итого по направлению II", "J": 3518.15, "K": 1630, "L": 478.15, "M": 1410}),
    ("S", "section heading", {"A": "III. Наука и образование; умный и удобный город; деловая среда"}),
    ("P", P("INO-2430", "Межвузовский кампус: общежитие на 1500 мест",
            cluster=None, work_area="science_education", location="Томск", status="in_progress",
            start_date=d(2024, 5, 20), end_date=d(2027, 9, 30),
            total_cost_mln="4310", federal_budget_mln="2900", regional_budget_mln="410",
            extra_budgetary_mln="1000", extra_budgetary_confirmed_mln="1000",
            jobs_planned=85, jobs_created=0, lead_organization="ООО «Кампус-Томск» (концессионер)",
            problems=None),
     {"cluster": "-", "work_area": "Наука и образование", "location": "Томск", "status": "ведётся строительство",
      "start_date": "20.05.2024", "end_date": "III квартал 2027",
      "_x": {"spent": 1700.0, "inn": "7017480000"}}),
    ("P", P("INO-2431", "Инжиниринговый центр в области ядерной медицины",
            cluster="nuclear", work_area="science_education", location="Северск", status="planned",
            start_date=d(2027, 1, 15), end_date=d(2029, 12, 31),
            total_cost_mln="560", federal_budget_mln="300", regional_budget_mln="60",
            extra_budgetary_mln="200", extra_budgetary_confirmed_mln=None,
            jobs_planned=40, jobs_created=None, lead_organization="Северский технологический институт НИЯУ МИФИ",
            problems=None),
     {"cluster": "Кластер ядерных технологий", "work_area": "научно-образовательное",
      "location": "г. Северск (ЗАТО Северск)", "status": "не начат", "start_date": "15.01.2027",
      "end_date": "IV кв. 2029", "_x": {"inn": "7024000987"}}),
    ("P", P("INO-2432", "Интеллектуальная система управления дорожным движением",
            cluster=None, work_area="smart_city", location="Томск", status="completed",
            start_date=d(2022, 3, 1), end_date=d(2025, 12, 15),
            total_cost_mln="824.9", federal_budget_mln="500", regional_budget_mln="324.9",
            extra_budgetary_mln="0", extra_budgetary_confirmed_mln="0",
            jobs_planned=15, jobs_created=15, lead_organization="МКУ «Дорожный центр» г. Томска",
            problems=None),
     {"cluster": "вне кластеров", "work_area": "Умный и удобный город", "location": "г. Томск",
      "status": "реализован", "start_date": "01.03.2022", "extra_budgetary_mln": "0,0",
      "extra_budgetary_confirmed_mln": "0,0",
      "_x": {"spent": 818.2, "inn": "7017388888"}}),
    ("R", P("INO-2440", "Центр разработки отечественного ПО для промышленности",
            cluster=None, work_area="innovation_business", location="Томск", status="in_progress",
            start_date=d(2024, 9, 1), end_date=d(2026, 12, 31),
            total_cost_mln="180", federal_budget_mln="0", regional_budget_mln="60",
            extra_budgetary_mln="120", extra_budgetary_confirmed_mln="100",
            jobs_planned=120, jobs_created=85, lead_organization="ООО «Софтлаб-НСК»", problems=None),
     {"cluster": "—", "work_area": "Технологические инновации, новые бизнесы", "location": "г. Томск",
      "status": "реализуется", "_x": {"spent": 110.0, "inn": "7017123456"}},
     "code", "duplicate code"),
    ("P", P("INO-2433", "Цифровая платформа «Умный Северск»: городская видеоаналитика",
            cluster=None, work_area="smart_city", location="Северск", status="in_progress",
            start_date=d(2025, 4, 1), end_date=d(2026, 12, 31),
            total_cost_mln="118.3", federal_budget_mln=None, regional_budget_mln="58.3",
            extra_budgetary_mln="60", extra_budgetary_confirmed_mln="60",
            jobs_planned=10, jobs_created=4, lead_organization="ПАО «Ростелеком»",
            problems=None),
     {"cluster": None, "work_area": "умный город", "location": "ЗАТО Северск", "status": "текущий",
      "start_date": "01.04.2025", "end_date": "2026",
      "_x": {"spent": 41.0, "inn": "7707049388"}}),
    ("P", P("INO-2434", "Региональный центр поддержки экспорта: сервис «одного окна»",
            cluster=None, work_area="business_environment", location="Томск", status="completed",
            start_date=d(2023, 1, 9), end_date=d(2025, 12, 31),
            total_cost_mln="45.6", federal_budget_mln="30", regional_budget_mln="15.6",
            extra_budgetary_mln=None, extra_budgetary_confirmed_mln=None,
            jobs_planned=12, jobs_created=12, lead_organization="АНО «Центр поддержки экспорта Томской области»",
            problems=None),
     {"cluster": None, "work_area": "Деловая среда", "location": "г. Томск", "status": "выполнен",
      "end_date": "IV кв. 2025", "_x": {"spent": 45.6, "inn": "7017410101"}}),
    ("P", P("INO-2435", "Индустриальный парк «Томск-Восток»: инженерная инфраструктура",
            cluster=None, work_area="business_environment", location=None, status="in_progress",
            start_date=d(2024, 8, 1), end_date=d(2028, 6, 30),
            total_cost_mln="1650", federal_budget_mln="700", regional_budget_mln="450",
            extra_budgetary_mln="500", extra_budgetary_confirmed_mln="300",
            jobs_planned=1200, jobs_created=150, lead_organization="АО «Особая экономическая зона технико-внедренческого типа «Томск»",
            problems="Дефицит мощности электросетей;\nтребуется реконструкция ПС «Восточная»"),
     {"cluster": None, "work_area": "деловая среда", "location": "г. Томск, Томский р-н",
      "status": "в стадии реализации", "start_date": "01.08.2024", "end_date": "I полугодие 2028",
      "total_cost_mln": "1" + NBSP + "650,0",
      "_x": {"spent": 610.0, "inn": "7017107820"}}),
    ("P", P("INO-2436", "Агрегатор инновационных услуг для малого бизнеса «Бизнес-навигатор»",
            cluster="medtech_it", work_area="business_environment", location="Томск", status=None,
            start_date=d(2024, 2, 1), end_date=d(2026, 6, 30),
            total_cost_mln="22.4", federal_budget_mln=None, regional_budget_mln="12.4",
            extra_budgetary_mln="10", extra_budgetary_confirmed_mln="10",
            jobs_planned=9, jobs_created=9, lead_organization="ООО «Айти-Сервис Томск»",
            problems=None),
     {"cluster": "медтехника и ИТ", "work_area": "Деловая среда", "location": "г. Томск",
      "status": "на контроле", "end_date": "II кв. 2026",
      "_x": {"spent": 20.0, "inn": "7017333444"}}),
    ("S", "subtotal", {"C": "Итого по направлению III", "J": 11531.2, "K": 4430, "L": 1318.8, "M": 2760}),
    ("S", "totals", {"C": "ВСЕГО по программе", "J": 43552.75, "K": 6760, "L": 2269.75, "M": 31500.2}),
    ("S", "blank", {}),
    ("S", "note", {"A": "¹ Кластер указывается в соответствии с перечнем кластеров программы ИНО «Томск»; "
                        "«—» — проект не относится к кластерам."}),
    ("S", "note", {"A": "* Статус: планируется / реализуется / завершён / приостановлен."}),
    ("S", "note", {"A": "** Внебюджетные источники — по данным инициаторов; подтверждённые — по заключённым "
                        "соглашениям (договорам)."}),
]


def build_b():
    wb = new_wb("Департамент экономики Администрации Томской области")
    ws = wb.active
    ws.title = "Форма 2-ИНО"
    ws["A1"] = "Департамент экономики Администрации Томской области"
    ws["A2"] = "Мониторинг реализации проектов программы ИНО «Томск»"
    ws["A3"] = "по состоянию на 01.10.2026"
    ws["R3"] = "Форма 2-ИНО (ежеквартальная)"
    write_header(ws, 5, B_COLS, 2)
    for col, v in B_NUMROW.items():
        ws[f"{col}7"] = v
    n = 0
    for e in B_ROWS:
        if e[0] in ("P", "R"):
            n += 1
            e[2].setdefault("_x", {}).setdefault("rownum", n)
    t = write_table(ws, B_COLS, B_ROWS, 8, "m")
    # the formula row: total cost is a formula never calculated (no cached value)
    for x in t["rejected"]:
        if x["reason"].startswith("formula"):
            r = x["row"]
            ws[f"J{r}"] = f"=K{r}+L{r}+M{r}"
    ws.column_dimensions["C"].width = 48
    notes = wb.create_sheet("Пояснения")
    notes["A1"] = "Порядок заполнения формы 2-ИНО"
    notes["A2"] = "Графы 10-13 заполняются в млн руб. с одним знаком после запятой."
    notes["A3"] = "Графа 15 — кассовое освоение нарастающим итогом; в сводный реестр не переносится."
    notes["A4"] = "Прочерк «-» означает отсутствие данных (показатель не заполняется)."
    save_xlsx(wb, B_NAME)
    recs = [canon_json(r, B_FIELDS) for _, r in t["valid"]]
    rej = [dict(sheet=ws.title, **x) for x in t["rejected"]]
    fix_dup_reasons(rej)
    return {
        "file": B_NAME, "refused": False, "fields": B_FIELDS,
        "record_count": len(recs), "records": recs, "rejected": rej,
        "data_sheet": ws.title, "header_rows": [5, 6],
        "data_rows": t["data_rows"],
        "skipped_rows": dict({"7": "column numbers"}, **t["skipped"]),
        "columns": [[col_label(c["hdr"]), c["field"]] for c in B_COLS if c.get("field")],
        "ignored_columns": [[col_label(c["hdr"]), B_IGNORED[c["look"]]] for c in B_COLS if c.get("look")],
        "notes": ("Quarterly monitoring form 'на 01.10.2026' of the regional department. Data sheet 'Форма 2-ИНО'; "
                  "sheet 'Пояснения' is text. Title rows 1-3, two-level merged header rows 5-6 with footnote "
                  "markers in the headers ('Кластер¹', 'Статус реализации*', 'внебюджетные источники**'), "
                  "row 7 numbers the columns (one cell reads '10=11+12+13'). Section heading rows "
                  "(I., II., III.), subtotals 'Итого по направлению', the total 'ВСЕГО по программе', a blank "
                  "row and three footnotes (¹, *, **) are skipped. Amounts are RUB million. '-' in a money "
                  "cell means 'no data' (null); '—'/'-'/empty/'вне кластеров' cluster = no cluster. "
                  "'на контроле' is not a status: null. 'г. Томск, Томский р-н' names two places: location null. "
                  "Rejected: unknown cluster 'Агропромышленный кластер'; a negative regional budget; a total-cost "
                  "formula without a cached value; INO-2440 on two rows with different data (both rejected). "
                  "Look-alikes not imported: № п/п, 'Освоено с начала реализации' (spent), 'ИНН инициатора'."),
    }, {r: rec for r, rec in t["valid"]}


# ==========================================================================
# FILE C. Address investment programme (АИП), capital construction, тыс. руб.
# ==========================================================================
C_NAME = "aip_2026_ino.xlsx"
C_COLS = [
    dict(col="A", hdr=("№ п/п",), look="rownum"),
    dict(col="B", hdr=("Наименование объекта капитального строительства",), field="name"),
    dict(col="C", hdr=("Код ИНО",), field="code"),
    dict(col="D", hdr=("Местонахождение объекта",), field="location"),
    dict(col="E", hdr=("Мощность объекта",), look="capacity"),
    dict(col="F", hdr=("Заказчик / застройщик",), field="lead_organization"),
    dict(col="G", hdr=("Генеральный подрядчик",), look="contractor"),
    dict(col="H", hdr=("Стадия",), field="status"),
    dict(col="I", hdr=("Начало строительства",), field="start_date"),
    dict(col="J", hdr=("Ввод объекта",), field="end_date"),
    dict(col="K", hdr=("Сметная стоимость, тыс. рублей", "всего"), field="total_cost_mln"),
    dict(col="L", hdr=("Сметная стоимость, тыс. рублей", "в том числе по источникам", "федеральный бюджет"), field="federal_budget_mln"),
    dict(col="M", hdr=("Сметная стоимость, тыс. рублей", "в том числе по источникам", "областной бюджет"), field="regional_budget_mln"),
    dict(col="N", hdr=("Сметная стоимость, тыс. рублей", "в том числе по источникам", "местный бюджет"), look="municipal"),
    dict(col="O", hdr=("Сметная стоимость, тыс. рублей", "в том числе по источникам", "внебюджетные средства"), field="extra_budgetary_mln"),
    dict(col="P", hdr=("Остаток сметной стоимости на 01.01.2026, тыс. рублей",), look="remaining"),
    dict(col="Q", hdr=("Лимит капитальных вложений на 2026 год, тыс. рублей",), look="limit2026"),
]
C_FIELDS = ["code", "name", "location", "status", "start_date", "end_date", "total_cost_mln",
            "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln", "lead_organization"]
C_IGNORED = {
    "rownum": "row number (№ п/п)",
    "capacity": "capacity of the object (мест, кв. м, км): not jobs, not money",
    "contractor": "general contractor: an organisation, but not the project's lead (the customer/developer is)",
    "municipal": "municipal budget: no canonical field (not federal, not regional, not extra-budgetary)",
    "remaining": "remaining estimate at a date, not the cost",
    "limit2026": "one year's limit (2026), not the cost",
}
OSZ = "ОГКУ «Облстройзаказчик»"
C_ROWS = [
    ("S", "section heading", {"A": "Раздел 1. Объекты образования и науки"}),
    ("P", P("INO-2451", "Учебно-лабораторный корпус инженерной школы ТГУ",
            location="Томск", status="in_progress", start_date=d(2024, 5, 15), end_date=d(2026, 12, 31),
            total_cost_mln="2350.3105", federal_budget_mln="1800", regional_budget_mln="550.3105",
            extra_budgetary_mln=None, lead_organization=OSZ),
     {"location": "г. Томск, пр. Ленина, 36", "status": "ведётся строительство", "end_date": "IV кв. 2026",
      "regional_budget_mln": "550" + NBSP + "310,5", "extra_budgetary_mln": "-",
      "_x": {"capacity": "12 400 кв. м", "contractor": "ООО «СУ-7»", "municipal": None,
             "remaining": 1320400, "limit2026": 780000}}),
    ("P", P("INO-2452", "Общеобразовательная школа на 1100 мест в мкр. «Северный парк»",
            location="Томский район", status="in_progress", start_date=d(2025, 3, 1), end_date=d(2027, 8, 31),
            total_cost_mln="1987.6", federal_budget_mln="1400", regional_budget_mln="520",
            extra_budgetary_mln=None, lead_organization="МКУ «Управление капитального строительства Томского района»"),
     {"location": "д. Кисловка, Томский р-н", "status": "СМР", "start_date": "01.03.2025",
      "end_date": "август 2027", "extra_budgetary_mln": None,
      "_x": {"capacity": "1100 мест", "contractor": "АО «Томская домостроительная компания»",
             "municipal": 67600, "remaining": 1510000, "limit2026": 640500}}),
    ("P", P("INO-2453", "Детский технопарк «Кванториум» в г. Северске",
            location="Северск", status="completed", start_date=d(2022, 4, 1), end_date=d(2024, 12, 31),
            total_cost_mln="315.05", federal_budget_mln="200", regional_budget_mln="95.05",
            extra_budgetary_mln=None, lead_organization="Администрация ЗАТО Северск"),
     {"location": "г. Северск", "status": "объект введён в эксплуатацию", "start_date": "01.04.2022",
      "end_date": 2024,
      "_x": {"capacity": "3 200 кв. м", "contractor": "ООО «Стройресурс»", "municipal": 20000,
             "remaining": 0, "limit2026": 0}}),
    ("R", P("INO-2462", "Научно-технологическая библиотека (реконструкция)",
            location="Томск", status="in_progress", start_date=d(2026, 6, 1), end_date=d(2026, 3, 31),
            total_cost_mln="410", federal_budget_mln="300", regional_budget_mln="110",
            extra_budgetary_mln=None, lead_organization=OSZ),
     {"location": "г. Томск", "status": "ведётся строительство", "start_date": "01.06.2026",
      "end_date": "I кв. 2026",
      "_x": {"capacity": "5 500 кв. м", "contractor": "ООО «СУ-7»", "municipal": None,
             "remaining": 410000, "limit2026": 120000}},
     "end_date", "end date before start date"),
    ("S", "subtotal", {"A": "Итого по разделу 1", "K": 5162960.5, "L": 3700000, "M": 1275360.5, "N": 87600}),
    ("S", "section heading", {"A": "Раздел 2. Объекты инженерной и транспортной инфраструктуры"}),
    ("P", P("INO-2454", "Магистральные сети водоснабжения индустриального парка «Томск-Восток»",
            location="Томский район", status="planned", start_date=d(2026, 6, 30), end_date=d(2027, 12, 31),
            total_cost_mln="742.8", federal_budget_mln=None, regional_budget_mln="520",
            extra_budgetary_mln="180", lead_organization=OSZ),
     {"location": "Томский район, с. Богашёво", "status": "строительство не начато",
      "start_date": "II кв. 2026", "end_date": "2027",
      "_x": {"capacity": "8,4 км", "contractor": None, "municipal": 42800,
             "remaining": 742800, "limit2026": 50000}}),
    ("P", P("INO-2455", "Реконструкция автомобильной дороги Томск — Асино (участок км 12 — км 31)",
            location=None, status="in_progress", start_date=d(2023, 7, 1), end_date=d(2026, 11, 30),
            total_cost_mln="3120.45", federal_budget_mln="2500", regional_budget_mln="620.45",
            extra_budgetary_mln=None, lead_organization="ОГКУ «Томскавтодор»"),
     {"location": "Томский район, Асиновский район", "status": "ведётся строительство",
      "start_date": "01.07.2023", "end_date": "ноябрь 2026",
      "total_cost_mln": "3" + NBSP + "120" + NBSP + "450,0",
      "_x": {"capacity": "19 км", "contractor": "АО «Асфальтобетонный завод»", "municipal": None,
             "remaining": 610000, "limit2026": 590000}}),
    ("P", P("INO-2456", "Газопровод-отвод к г. Асино с ГРС",
            location="Асино", status="suspended", start_date=d(2022, 5, 1), end_date=None,
            total_cost_mln="915.2", federal_budget_mln="0", regional_budget_mln="315.2",
            extra_budgetary_mln="600", lead_organization="ООО «Газпром газораспределение Томск»"),
     {"location": "г. Асино", "status": "строительство приостановлено (консервация)",
      "start_date": "01.05.2022", "end_date": None, "federal_budget_mln": 0,
      "_x": {"capacity": "35 км", "contractor": "ООО «Сибгазстрой»", "municipal": None,
             "remaining": 480000, "limit2026": 0}}),
    ("R", P("INO-2463", "Очистные сооружения г. Колпашево",
            location="Колпашево", status="planned", start_date=d(2026, 9, 1), end_date=d(2028, 12, 31),
            total_cost_mln=None, federal_budget_mln=None, regional_budget_mln=None,
            extra_budgetary_mln=None, lead_organization="МКУ «УКС Колпашевского района»"),
     {"location": "г. Колпашево", "status": "строительство не начато", "start_date": "01.09.2026",
      "end_date": "2028", "total_cost_mln": "уточняется",
      "_x": {"capacity": "7 тыс. куб. м/сут", "contractor": None}},
     "total_cost_mln", "not a number: 'уточняется'"),
    ("P", P("INO-2457", "Мост через р. Томь в районе с. Батурино (ПИР)",
            location="Томский район", status=None, start_date=d(2026, 1, 20), end_date=d(2027, 6, 30),
            total_cost_mln="92.4", federal_budget_mln=None, regional_budget_mln="92.4",
            extra_budgetary_mln=None, lead_organization="ОГКУ «Томскавтодор»"),
     {"location": "с. Батурино, Томский р-н", "status": "ПИР", "start_date": "20.01.2026",
      "end_date": "II кв. 2027",
      "_x": {"capacity": "420 м", "contractor": None, "municipal": None,
             "remaining": 92400, "limit2026": 40000}}),
    ("S", "subtotal", {"A": "Итого по разделу 2", "K": 4870850, "L": 2500000, "M": 1548050, "N": 42800}),
    ("S", "section heading", {"A": "Раздел 3. Объекты здравоохранения и социальной сферы"}),
    ("P", P("INO-2458", "Центр ядерной медицины (ПЭТ-центр) в г. Северске",
            location="Северск", status="in_progress", start_date=d(2024, 10, 1), end_date=d(2026, 12, 31),
            total_cost_mln="1205.6", federal_budget_mln="900", regional_budget_mln="105.6",
            extra_budgetary_mln="200", lead_organization="ФГБУ СибФНКЦ ФМБА России"),
     {"location": "ЗАТО Северск", "status": "ведётся строительство", "end_date": "2026 г.",
      "_x": {"capacity": "60 исследований в сутки", "contractor": "ООО «Медстрой»", "municipal": None,
             "remaining": 420000, "limit2026": 380000}}),
    ("P", P("INO-2459", "Поликлиника на 600 посещений в смену в г. Стрежевом",
            location="Стрежевой", status="planned", start_date=d(2026, 12, 31), end_date=d(2028, 12, 31),
            total_cost_mln="860", federal_budget_mln="500", regional_budget_mln="300",
            extra_budgetary_mln=None, lead_organization=OSZ),
     {"location": "г. Стрежевой", "status": "строительство не начато", "start_date": "IV квартал 2026",
      "end_date": "IV квартал 2028",
      "_x": {"capacity": "600 посещений в смену", "contractor": None, "municipal": 60000,
             "remaining": 860000, "limit2026": 15000}}),
    ("P", P("INO-2460", "Спортивно-оздоровительный комплекс с бассейном в г. Колпашево",
            location="Колпашево", status="completed", start_date=d(2023, 2, 1), end_date=d(2025, 10, 15),
            total_cost_mln="402.75", federal_budget_mln="0", regional_budget_mln="362.75",
            extra_budgetary_mln=None, lead_organization="МКУ «УКС Колпашевского района»"),
     {"location": "г. Колпашево, Колпашевский р-н", "status": "введён в эксплуатацию",
      "start_date": "01.02.2023", "end_date": "15.10.2025", "federal_budget_mln": "0,0",
      "_x": {"capacity": "25 м x 6 дорожек", "contractor": "ООО «Северстрой»", "municipal": 40000,
             "remaining": 0, "limit2026": 0}}),
    ("P", P("INO-2461", "Инновационный культурный центр «Томская губерния»",
            location="Томск", status="in_progress", start_date=d(2025, 8, 1), end_date=d(2027, 12, 31),
            total_cost_mln="1560", federal_budget_mln="1000", regional_budget_mln="360",
            extra_budgetary_mln="200", lead_organization="ОГАУК «Томская губерния»"),
     {"location": "Томск", "status": "ведётся строительство", "end_date": "IV кв. 2027",
      "_x": {"capacity": "800 мест", "contractor": "ООО «СУ-7»", "municipal": None,
             "remaining": 1300000, "limit2026": 450000}}),
    ("S", "subtotal", {"A": "Итого по разделу 3", "K": 4028350, "L": 2400000, "M": 1128350, "N": 100000}),
    ("S", "totals", {"A": "Всего по программе", "K": 14062160.5, "L": 8600000, "M": 3951760.5, "N": 230400}),
    ("S", "blank", {}),
    ("S", "note", {"A": "Примечание: сметная стоимость указана в текущих ценах по положительному заключению "
                        "государственной экспертизы; для объектов на стадии ПИР — ориентировочно."}),
]


def build_c():
    wb = new_wb("ОГКУ «Облстройзаказчик»")
    ws = wb.active
    ws.title = "АИП 2026-2028"
    ws["A1"] = "Приложение 3 к постановлению Администрации Томской области"
    ws["A2"] = ("Адресная инвестиционная программа Томской области на 2026 год и плановый период "
                "2027 и 2028 годов: объекты, реализуемые в рамках программы ИНО «Томск»")
    for r in (1, 2):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=17)
    write_header(ws, 4, C_COLS, 3)
    n = 0
    for e in C_ROWS:
        if e[0] in ("P", "R"):
            n += 1
            e[2].setdefault("_x", {}).setdefault("rownum", n)
    t = write_table(ws, C_COLS, C_ROWS, 7, "k")
    for e in C_ROWS:
        if e[0] == "S" and e[1] in ("section heading",):
            pass
    ws.column_dimensions["B"].width = 52
    save_xlsx(wb, C_NAME)
    recs = [canon_json(r, C_FIELDS) for _, r in t["valid"]]
    rej = [dict(sheet=ws.title, **x) for x in t["rejected"]]
    return {
        "file": C_NAME, "refused": False, "fields": C_FIELDS,
        "record_count": len(recs), "records": recs, "rejected": rej,
        "data_sheet": ws.title, "header_rows": [4, 5, 6],
        "data_rows": t["data_rows"], "skipped_rows": t["skipped"],
        "columns": [[col_label(c["hdr"]), c["field"]] for c in C_COLS if c.get("field")],
        "ignored_columns": [[col_label(c["hdr"]), C_IGNORED[c["look"]]] for c in C_COLS if c.get("look")],
        "notes": ("Address investment programme (АИП) list: one sheet 'АИП 2026-2028', title rows 1-2, "
                  "three-level merged header rows 4-6 ('Сметная стоимость, тыс. рублей / в том числе по "
                  "источникам / федеральный бюджет'): amounts in thousand roubles, divided by 1,000. The name "
                  "comes before the code. 'Объект' is the project name; 'Заказчик / застройщик' is the lead "
                  "organisation; 'Ввод объекта' is the end date; 'Начало строительства' the start date "
                  "('II кв. 2026' = 2026-06-30 and 'IV квартал 2026' = 2026-12-31 by the quarter rule). "
                  "Not imported: № п/п, 'Мощность объекта', 'Генеральный подрядчик', 'местный бюджет', "
                  "'Остаток сметной стоимости', 'Лимит ... на 2026 год'. Section heading rows ('Раздел N'), "
                  "subtotals, the total, a blank row and a note are skipped. Status 'ПИР' (design stage) "
                  "is a coin toss between planned and in progress: null. A road through two districts has "
                  "location null. Rejected: 'Ввод объекта' before 'Начало строительства'; cost 'уточняется'."),
    }


# ==========================================================================
# FILE D. PPP / concession register (ГЧП, МЧП), two sheets with different units
# ==========================================================================
D_NAME = "reestr_gchp_mchp.xlsx"
D_COLS_REG = [
    dict(col="A", hdr=("№ п/п",), look="rownum"),
    dict(col="B", hdr=("Код проекта ИНО",), field="code"),
    dict(col="C", hdr=("Объект соглашения (наименование проекта)",), field="name"),
    dict(col="D", hdr=("Форма соглашения (КС, СГЧП)",), look="form"),
    dict(col="E", hdr=("Стороны соглашения", "публичный партнёр (концедент)"), look="grantor"),
    dict(col="F", hdr=("Стороны соглашения", "частный партнёр (концессионер)"), field="lead_organization"),
    dict(col="G", hdr=("Стороны соглашения", "ОГРН частного партнёра"), look="ogrn"),
    dict(col="H", hdr=("Место реализации",), field="location"),
    dict(col="I", hdr=("Статус соглашения",), field="status"),
    dict(col="J", hdr=("Дата заключения соглашения",), field="start_date"),
    dict(col="K", hdr=("Срок действия, лет",), look="term"),
    dict(col="L", hdr=("Дата окончания срока действия",), field="end_date"),
    dict(col="M", hdr=("Объём финансирования, млн руб.", "всего"), field="total_cost_mln"),
    dict(col="N", hdr=("Объём финансирования, млн руб.", "федеральный бюджет"), field="federal_budget_mln"),
    dict(col="O", hdr=("Объём финансирования, млн руб.", "бюджет Томской области"), field="regional_budget_mln"),
    dict(col="P", hdr=("Объём финансирования, млн руб.", "объём частного финансирования"), field="extra_budgetary_mln"),
    dict(col="Q", hdr=("Плата концедента, млн руб. в год",), look="fee"),
]
D_COLS_MUN = [
    dict(col="A", hdr=("№ п/п",), look="rownum"),
    dict(col="B", hdr=("Код проекта ИНО",), field="code"),
    dict(col="C", hdr=("Объект соглашения (наименование проекта)",), field="name"),
    dict(col="D", hdr=("Форма соглашения (КС, СМЧП)",), look="form"),
    dict(col="E", hdr=("Стороны соглашения", "публичный партнёр (концедент)"), look="grantor"),
    dict(col="F", hdr=("Стороны соглашения", "частный партнёр (концессионер)"), field="lead_organization"),
    dict(col="G", hdr=("Стороны соглашения", "ИНН частного партнёра"), look="ogrn"),
    dict(col="H", hdr=("Место реализации",), field="location"),
    dict(col="I", hdr=("Статус соглашения",), field="status"),
    dict(col="J", hdr=("Дата заключения соглашения",), field="start_date"),
    dict(col="K", hdr=("Срок действия, лет",), look="term"),
    dict(col="L", hdr=("Дата окончания срока действия",), field="end_date"),
    dict(col="M", hdr=("Объём финансирования, тыс. руб.", "всего"), field="total_cost_mln"),
    dict(col="N", hdr=("Объём финансирования, тыс. руб.", "областной бюджет (субсидия)"), field="regional_budget_mln"),
    dict(col="O", hdr=("Объём финансирования, тыс. руб.", "бюджет муниципального образования"), look="municipal"),
    dict(col="P", hdr=("Объём финансирования, тыс. руб.", "объём частного финансирования"), field="extra_budgetary_mln"),
    dict(col="Q", hdr=("Контактное лицо концедента, телефон",), look="phone"),
]
D_FIELDS = ["code", "name", "location", "status", "start_date", "end_date", "total_cost_mln",
            "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln", "lead_organization"]
D_IGNORED = {
    "rownum": "row number (№ п/п)",
    "form": "form of agreement (КС / СГЧП / СМЧП), no canonical field",
    "grantor": "public partner / concession grantor (концедент): the state side, not the project's lead organisation",
    "ogrn": "ОГРН / ИНН of the private partner: registration numbers, not a name",
    "term": "term in years, not a date",
    "fee": "grantor's annual payment, not the cost",
    "municipal": "municipal budget: no canonical field",
    "phone": "a person and a phone number",
}
TO = "Томская область"
D_REG_ROWS = [
    ("P", P("INO-2466", "Создание и эксплуатация объектов студенческого кампуса (общежития на 2 800 мест)",
            location="Томск", status="in_progress", start_date=d(2022, 12, 23), end_date=d(2052, 12, 31),
            total_cost_mln="9850", federal_budget_mln="3200", regional_budget_mln="1650",
            extra_budgetary_mln="5000", lead_organization="ООО «Кампус Томск»"),
     {"location": "г. Томск", "status": "действует", "end_date": "31.12.2052",
      "_x": {"form": "КС", "grantor": TO, "ogrn": "1227000012345", "term": 30, "fee": 412.5}}),
    ("P", P("INO-2467", "Строительство и эксплуатация ПЭТ/КТ-центра",
            location="Томск", status="completed", start_date=d(2016, 4, 8), end_date=d(2024, 4, 8),
            total_cost_mln="640.3", federal_budget_mln=None, regional_budget_mln="40.3",
            extra_budgetary_mln="600", lead_organization="ООО «ПЭТ-Технолоджи Томск»"),
     {"location": "Томск", "status": "обязательства исполнены", "start_date": "08.04.2016",
      "end_date": "08.04.2024",
      "_x": {"form": "СГЧП", "grantor": "Департамент здравоохранения Томской области",
             "ogrn": "1167000054321", "term": 8, "fee": None}}),
    ("P", P("INO-2468", "Создание сети быстрых зарядных станций для электротранспорта",
            location="Томск", status="planned", start_date=d(2026, 12, 31), end_date=d(2041, 12, 31),
            total_cost_mln="380.6", federal_budget_mln=None, regional_budget_mln="30.6",
            extra_budgetary_mln="350", lead_organization="ООО «Россети Томск — Зарядная инфраструктура»"),
     {"location": "г. Томск", "status": "на стадии заключения", "start_date": "IV кв. 2026",
      "end_date": 2041,
      "_x": {"form": "СГЧП", "grantor": TO, "ogrn": None, "term": 15, "fee": None}}),
    ("R", P("INO-2477", "Реконструкция и эксплуатация котельной с переходом на биотопливо",
            location="Асино", status="in_progress", start_date=d(2024, 3, 1), end_date=d(2039, 3, 1),
            total_cost_mln="212", federal_budget_mln=None, regional_budget_mln="62",
            extra_budgetary_mln="150", lead_organization="ООО «Теплоресурс»"),
     {"location": "г. Асино", "status": "действует", "start_date": "01.03.2024", "end_date": "01.03.2039",
      "_x": {"form": "КС", "grantor": TO, "ogrn": "1247000077777", "term": 15, "fee": 8.4}},
     "code", "duplicate code"),
    ("P", P("INO-2469", "Строительство и эксплуатация мусоросортировочного комплекса",
            location="Томский район", status="in_progress", start_date=d(2021, 6, 30), end_date=d(2041, 6, 30),
            total_cost_mln="1245.8", federal_budget_mln="0", regional_budget_mln="245.8",
            extra_budgetary_mln="1000", lead_organization="ООО «ЭкоПромТомск»"),
     {"location": "Томский район, п. Мирный", "status": "действует", "start_date": "30.06.2021",
      "end_date": "30.06.2041", "federal_budget_mln": "0,0", "total_cost_mln": "1 245,8",
      "_x": {"form": "КС", "grantor": TO, "ogrn": "1217000000999", "term": 20, "fee": 35.0}}),
    ("P", P("INO-2470", "Высокотехнологичный центр гемодиализа",
            location="Северск", status="suspended", start_date=d(2023, 10, 2), end_date=d(2035, 10, 2),
            total_cost_mln="296.4", federal_budget_mln=None, regional_budget_mln=None,
            extra_budgetary_mln="296.4", lead_organization="ООО «Нефрос-Сибирь»",
            ),
     {"location": "ЗАТО Северск", "status": "исполнение приостановлено", "start_date": "02.10.2023",
      "end_date": "02.10.2035",
      "_x": {"form": "СГЧП", "grantor": "Департамент здравоохранения Томской области",
             "ogrn": "1237000011122", "term": 12, "fee": 22.1}}),
    ("P", P("INO-2471", "Платная автомобильная дорога «Обход г. Томска» (участок 1)",
            location="Томский район", status=None, start_date=d(2019, 11, 15), end_date=d(2044, 11, 15),
            total_cost_mln="17500", federal_budget_mln="9000", regional_budget_mln="1500",
            extra_budgetary_mln="7000", lead_organization="АО «Томская концессионная компания»"),
     {"location": "Томский р-н", "status": "расторгнуто", "start_date": "15.11.2019",
      "end_date": "15.11.2044", "total_cost_mln": "17" + NBSP + "500,0",
      "_x": {"form": "КС", "grantor": TO, "ogrn": "1197000033344", "term": 25, "fee": 1500.0}}),
    ("P", P("INO-2472", "Создание и эксплуатация центра обработки данных «Сибирь-ЦОД»",
            location="Северск", status="in_progress", start_date=d(2025, 5, 20), end_date=d(2040, 12, 31),
            total_cost_mln="2140.25", federal_budget_mln=None, regional_budget_mln="140.25",
            extra_budgetary_mln="2000", lead_organization="ООО «Сибирь-ЦОД»"),
     {"location": "г. Северск (ЗАТО)", "status": "в стадии реализации", "end_date": "2040 г.",
      "_x": {"form": "СГЧП", "grantor": TO, "ogrn": "1257000000123", "term": 15, "fee": None}}),
    ("S", "totals", {"C": "Итого по региональным соглашениям", "M": 32257.35, "N": 12200, "O": 3608.35, "P": 16396.4}),
    ("S", "blank", {}),
    ("S", "note", {"A": "КС — концессионное соглашение; СГЧП — соглашение о государственно-частном партнёрстве "
                        "(Федеральный закон от 13.07.2015 № 224-ФЗ)."}),
]
D_MUN_ROWS = [
    ("P", P("INO-2473", "Модернизация системы уличного освещения г. Колпашево (энергосервис)",
            location="Колпашево", status="in_progress", start_date=d(2024, 2, 12), end_date=d(2031, 2, 12),
            total_cost_mln="48.7564", federal_budget_mln=None, regional_budget_mln="8.7564",
            extra_budgetary_mln="36.5", lead_organization="ООО «Светосервис-Сибирь»"),
     {"location": "г. Колпашево", "status": "действует", "start_date": "12.02.2024", "end_date": "12.02.2031",
      "total_cost_mln": "48 756,4", "regional_budget_mln": "8 756,4",
      "_x": {"form": "КС", "grantor": "МО «Колпашевский район»", "ogrn": "7007022222",
             "municipal": 3500, "term": 7, "phone": "Иванова Н.П., 8 (38254) 5-12-34"}}),
    ("P", P("INO-2474", "Строительство и эксплуатация физкультурно-оздоровительного комплекса в г. Стрежевом",
            location="Стрежевой", status="planned", start_date=d(2027, 3, 31), end_date=d(2042, 3, 31),
            total_cost_mln="185.2", federal_budget_mln=None, regional_budget_mln=None,
            extra_budgetary_mln="160", lead_organization="ООО «Стрежевой-Спорт»"),
     {"location": "г. Стрежевой", "status": "проведение конкурса", "start_date": "I кв. 2027",
      "end_date": "I кв. 2042", "regional_budget_mln": "-",
      "_x": {"form": "СМЧП", "grantor": "Администрация городского округа Стрежевой",
             "ogrn": "7022012345", "municipal": 25200, "term": 15, "phone": "8 (38259) 3-00-00"}}),
    ("R", P("INO-2477", "Реконструкция и эксплуатация котельной с переходом на биотопливо",
            location="Асино", status="in_progress", start_date=d(2024, 3, 1), end_date=d(2039, 3, 1),
            total_cost_mln="224", federal_budget_mln=None, regional_budget_mln="62",
            extra_budgetary_mln="150", lead_organization="ООО «Теплоресурс»"),
     {"location": "г. Асино, Асиновский р-н", "status": "действует", "start_date": "01.03.2024",
      "end_date": "01.03.2039",
      "_x": {"form": "КС", "grantor": "МО «Асиновский район»", "ogrn": "7002054321",
             "municipal": 12000, "term": 15, "phone": "Петров А.А., 8 (38241) 2-11-22"}},
     "code", "duplicate code"),
    ("P", P("INO-2475", "Реконструкция системы водоснабжения с. Тимирязевское",
            location="Томский район", status="completed", start_date=d(2019, 8, 1), end_date=d(2025, 8, 1),
            total_cost_mln="62.4", federal_budget_mln=None, regional_budget_mln="20",
            extra_budgetary_mln="38.4", lead_organization="ООО «Томскводоканал-Сервис»"),
     {"location": "с. Тимирязевское, Томский р-н", "status": "обязательства исполнены",
      "start_date": "01.08.2019", "end_date": "01.08.2025",
      "_x": {"form": "КС", "grantor": "Администрация Томского района", "ogrn": "7014000111",
             "municipal": 4000, "term": 6, "phone": "8 (3822) 40-00-00"}}),
    ("R", P("INO-2478", "Создание туристско-рекреационного комплекса «Кедровый бор»",
            location="Томский район", status="planned", start_date=d(2027, 5, 1), end_date=d(2047, 5, 1),
            total_cost_mln=None, federal_budget_mln=None, regional_budget_mln=None,
            extra_budgetary_mln=None, lead_organization="ООО «Кедровый бор»"),
     {"location": "Томский район", "status": "на стадии заключения", "start_date": "01.05.2027",
      "end_date": "01.05.2047", "extra_budgetary_mln": "по итогам конкурса",
      "_x": {"form": "СМЧП", "grantor": "Администрация Томского района", "ogrn": None,
             "municipal": None, "term": 20, "phone": None}},
     "extra_budgetary_mln", "not a number: 'по итогам конкурса'"),
    ("P", P("INO-2476", "Муниципальный бизнес-инкубатор «Северский»",
            location="Северск", status="in_progress", start_date=d(2025, 9, 15), end_date=d(2035, 9, 15),
            total_cost_mln="75.9", federal_budget_mln=None, regional_budget_mln="15",
            extra_budgetary_mln="45.9", lead_organization="ООО «СТИ-Инкубатор»"),
     {"location": "ЗАТО Северск", "status": "действует",
      "_x": {"form": "СМЧП", "grantor": "Администрация ЗАТО Северск", "ogrn": "7024011111",
             "municipal": 15000, "term": 10, "phone": "8 (3823) 77-23-23"}}),
    ("S", "totals", {"C": "Итого по муниципальным соглашениям", "M": 372256.4, "N": 43756.4, "O": 47700, "P": 280800}),
]


def build_d():
    wb = new_wb("Департамент инвестиций Томской области")
    out = {"valid": [], "rejected": [], "sheets": []}
    for idx, (title, cols, rows, unit, t1) in enumerate([
        ("Региональные ГЧП", D_COLS_REG, D_REG_ROWS, "m",
         "Реестр соглашений о государственно-частном партнёрстве и концессионных соглашений (региональный уровень)"),
        ("Муниципальные МЧП", D_COLS_MUN, D_MUN_ROWS, "k",
         "Реестр соглашений о муниципально-частном партнёрстве и концессионных соглашений (муниципальный уровень)"),
    ]):
        ws = wb.active if idx == 0 else wb.create_sheet(title)
        ws.title = title
        ws["A1"] = t1
        ws["A2"] = "проекты программы ИНО «Томск», по состоянию на 01.10.2026"
        write_header(ws, 4, cols, 2)
        n = 0
        for e in rows:
            if e[0] in ("P", "R"):
                n += 1
                e[2].setdefault("_x", {}).setdefault("rownum", n)
        t = write_table(ws, cols, rows, 6, unit)
        ws.column_dimensions["C"].width = 50
        out["valid"] += t["valid"]
        out["rejected"] += [dict(sheet=title, **x) for x in t["rejected"]]
        out["sheets"].append({"sheet": title, "header_rows": [4, 5], "data_rows": t["data_rows"],
                              "skipped_rows": t["skipped"],
                              "unit": "млн руб." if unit == "m" else "тыс. руб.",
                              "columns": [[col_label(c["hdr"]), c["field"]] for c in cols if c.get("field")]})
    fix_dup_reasons(out["rejected"])
    s3 = wb.create_sheet("Справочно")
    s3["A1"] = "Справочная информация"
    s3["A2"] = "Реестр ведётся в соответствии с постановлением Администрации Томской области."
    s3["A3"] = "Ответственный: отдел ГЧП, тел. 8 (3822) 51-00-00"
    save_xlsx(wb, D_NAME)
    recs = [canon_json(r, D_FIELDS) for _, r in out["valid"]]
    ign = {}
    for cols in (D_COLS_REG, D_COLS_MUN):
        for c in cols:
            if c.get("look"):
                ign[col_label(c["hdr"])] = D_IGNORED[c["look"]]
    return {
        "file": D_NAME, "refused": False, "fields": D_FIELDS,
        "record_count": len(recs), "records": recs, "rejected": out["rejected"],
        "columns": [x for sh in out["sheets"] for x in sh["columns"]],
        "sheets": out["sheets"],
        "ignored_columns": [[k, v] for k, v in ign.items()],
        "notes": ("PPP / concession register with two data sheets: 'Региональные ГЧП' (amounts in млн руб.) and "
                  "'Муниципальные МЧП' (amounts in тыс. руб., divided by 1,000); sheet 'Справочно' is text. "
                  "Title rows 1-2, two-level merged header rows 4-5 on each sheet, data from row 6, "
                  "a totals row, a blank row and a note. The private partner / concessionaire is the lead "
                  "organisation; the grantor (концедент / публичный партнёр) is NOT. 'Дата заключения "
                  "соглашения' = start date, 'Дата окончания срока действия' = end date; 'Срок действия, лет' "
                  "is not imported. 'объём частного финансирования' = extra-budgetary. The municipal sheet has "
                  "no federal-budget column: federal_budget_mln is null there; its 'бюджет муниципального "
                  "образования' is not imported. Statuses: 'действует' = in progress, 'на стадии заключения' / "
                  "'проведение конкурса' = planned, 'обязательства исполнены' = completed, 'исполнение "
                  "приостановлено' = suspended, 'расторгнуто' (terminated) is a coin toss: null. Rejected: "
                  "INO-2477 on both sheets with different totals (both rows); text 'по итогам конкурса' in a "
                  "money column."),
    }


# ==========================================================================
# FILE E. Municipal administration list: CSV, cp1251, ';', multi-line cells
# ==========================================================================
E_NAME = "tomsky_rayon_perechen.csv"
E_COLS = [
    ("№ п/п", None, "rownum"),
    ("Код проекта (ИНО)", "code", None),
    ("Наименование проекта (мероприятия)", "name", None),
    ("Направление программы", "work_area", None),
    ("Населённый пункт", "location", None),
    ("Текущее состояние", "status", None),
    ("Начало реализации", "start_date", None),
    ("Окончание реализации", "end_date", None),
    ("Стоимость проекта, тыс. руб.", "total_cost_mln", None),
    ("в т.ч. ФБ, тыс. руб.", "federal_budget_mln", None),
    ("в т.ч. ОБ, тыс. руб.", "regional_budget_mln", None),
    ("в т.ч. МБ, тыс. руб.", None, "municipal"),
    ("в т.ч. внебюджетные, тыс. руб.", "extra_budgetary_mln", None),
    ("Новые рабочие места (план), ед.", "jobs_planned", None),
    ("Инициатор проекта", "lead_organization", None),
    ("Ответственный специалист администрации", None, "person"),
    ("Контактный телефон", None, "phone"),
    ("Проблемы, примечание", "problems", None),
]
E_FIELDS = ["code", "name", "work_area", "location", "status", "start_date", "end_date",
            "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
            "jobs_planned", "lead_organization", "problems"]
E_IGNORED = {"rownum": "row number", "municipal": "municipal budget (МБ): no canonical field",
             "person": "a person's name, not an organisation", "phone": "a phone number"}
ADM = "Администрация Томского района"
E_ROWS = [
    ("P", P("INO-2481", "Агротехнопарк «Томское подворье»",
            work_area="innovation_business", location="Томский район", status="in_progress",
            start_date=d(2024, 4, 1), end_date=d(2027, 12, 31),
            total_cost_mln="312.4567", federal_budget_mln="100", regional_budget_mln="62.4567",
            extra_budgetary_mln="140", jobs_planned=85, lead_organization="ООО «Томское подворье»",
            problems=None),
     {"work_area": "Технологические инновации, новые бизнесы", "location": "с. Корнилово, Томский р-н",
      "status": "реализуется", "start_date": "01.04.2024", "end_date": "2 полугодие 2027",
      "total_cost_mln": "312 456,7", "federal_budget_mln": "100 000", "regional_budget_mln": "62 456,7",
      "extra_budgetary_mln": "140 000",
      "_x": {"municipal": "10 000", "person": "Соколова Т.В.", "phone": "8 (3822) 40-31-15"}}),
    ("P", P("INO-2482", "Логистический центр «Томск-Северный» с таможенным терминалом",
            work_area="business_environment", location="Томский район", status="planned",
            start_date=d(2026, 11, 1), end_date=d(2028, 12, 31),
            total_cost_mln="1480", federal_budget_mln=None, regional_budget_mln=None,
            extra_budgetary_mln="1480", jobs_planned=240, lead_organization="ООО «Сибирский логистический центр»",
            problems="Требуется перевод земель сельхозназначения\nв земли промышленности"),
     {"work_area": "Деловая среда", "location": "п. Аэропорт (Томский район)", "status": "планируется",
      "start_date": "01.11.2026", "end_date": "2028", "total_cost_mln": "1 480 000",
      "extra_budgetary_mln": "1 480 000",
      "_x": {"municipal": None, "person": "Соколова Т.В.", "phone": "8 (3822) 40-31-15"}}),
    ("R", P("INO-2493", "Тепличный комбинат «Зелёная долина» (III очередь)",
            work_area="industry", location="Томский район", status="planned",
            start_date=d(2026, 9, 1), end_date=d(2028, 6, 30),
            total_cost_mln="2100", federal_budget_mln=None, regional_budget_mln=None,
            extra_budgetary_mln="2100", jobs_planned=None, lead_organization="ООО «Зелёная долина»",
            problems=None),
     {"work_area": "Передовая промышленность", "location": "с. Богашёво, Томский р-н",
      "status": "планируется", "start_date": "01.09.2026", "end_date": "1 полугодие 2028",
      "total_cost_mln": "2 100 000", "extra_budgetary_mln": "2 100 000", "jobs_planned": "около 500",
      "_x": {"person": "Лебедев К.С.", "phone": "8 (3822) 40-27-01"}},
     "jobs_planned", "not a number: 'около 500'"),
    ("P", P("INO-2483", "Школа на 825 мест с инженерными классами в мкр. «Южные ворота»",
            work_area="science_education", location="Томский район", status="in_progress",
            start_date=d(2025, 5, 12), end_date=d(2026, 12, 31),
            total_cost_mln="1320.9", federal_budget_mln="1000", regional_budget_mln="290.9",
            extra_budgetary_mln=None, jobs_planned=110, lead_organization=ADM, problems=None),
     {"work_area": "Наука и образование", "location": "п. Зональная Станция, Томский р-н",
      "status": "ведётся строительство", "start_date": "12.05.2025", "end_date": "31.12.2026",
      "total_cost_mln": "1 320 900,0", "federal_budget_mln": "1 000 000,0", "regional_budget_mln": "290 900,0",
      "_x": {"municipal": "30 000,0", "person": "Миронова Е.А.", "phone": "8 (3822) 40-45-60"}}),
    ("P", P("INO-2484", "Производство продуктов глубокой переработки дикоросов",
            work_area="industry", location="Томский район", status="completed",
            start_date=d(2022, 3, 1), end_date=d(2025, 9, 30),
            total_cost_mln="86.4", federal_budget_mln=None, regional_budget_mln="6.4",
            extra_budgetary_mln="80", jobs_planned=34, lead_organization="ООО «Сибирская ягода»",
            problems=None),
     {"work_area": "промышленность", "location": "с. Тимирязевское, Томский р-н", "status": "завершено",
      "start_date": "01.03.2022", "end_date": "30.09.2025", "total_cost_mln": "86 400",
      "regional_budget_mln": "6 400", "extra_budgetary_mln": "80 000",
      "_x": {"person": "Лебедев К.С.", "phone": "8 (3822) 40-27-01"}}),
    ("P", P("INO-2485", "«Умное ЖКХ»: автоматизированный учёт ресурсов в сельских поселениях",
            work_area="smart_city", location="Томский район", status="in_progress",
            start_date=d(2025, 1, 20), end_date=d(2026, 12, 31),
            total_cost_mln="24.75", federal_budget_mln=None, regional_budget_mln="14.75",
            extra_budgetary_mln="5", jobs_planned=3, lead_organization="МУП «ЖКХ Томского района»",
            problems="Часть приборов учёта не прошла поверку;\nподрядчик ООО \"Энергоучёт\" просрочил поставку"),
     {"work_area": "Умный, удобный город", "location": "Томский район", "status": "В работе",
      "start_date": "20.01.2025", "end_date": "IV кв. 2026", "total_cost_mln": "24 750",
      "regional_budget_mln": "14 750", "extra_budgetary_mln": "5 000",
      "_x": {"municipal": "5 000", "person": "Миронова Е.А.", "phone": "8 (3822) 40-45-60"}}),
    ("P", P("INO-2486", "Биотехнологический комплекс по выпуску кормовых добавок (I этап)",
            work_area="industry", location="Томский район", status="suspended",
            start_date=d(2023, 8, 1), end_date=d(2027, 12, 31),
            total_cost_mln="645", federal_budget_mln="0", regional_budget_mln="45",
            extra_budgetary_mln="600", jobs_planned=70, lead_organization="ООО «БиоКорм Сибирь»",
            problems="Инвестор приостановил проект до получения\nгосударственной поддержки"),
     {"work_area": "Передовая промышленность", "location": "п. Мирный, Томский р-н",
      "status": "заморожен", "start_date": "01.08.2023", "end_date": "декабрь 2027",
      "total_cost_mln": "645 000", "federal_budget_mln": "0", "regional_budget_mln": "45 000",
      "extra_budgetary_mln": "600 000",
      "_x": {"person": "Лебедев К.С.", "phone": "8 (3822) 40-27-01"}}),
    ("P", P("INO-2487", "Центр компетенций фермерского сыроделия",
            work_area="innovation_business", location="Томский район", status="planned",
            start_date=d(2026, 10, 15), end_date=d(2027, 10, 31),
            total_cost_mln="18.3", federal_budget_mln=None, regional_budget_mln="3.3",
            extra_budgetary_mln="15", jobs_planned=12, lead_organization="КФХ Петренко А.В.",
            problems=None),
     {"work_area": "Новые бизнесы", "location": "д. Лоскутово; Томский р-н", "status": "подготовка к реализации",
      "start_date": "15.10.2026", "end_date": "октябрь 2027", "total_cost_mln": "18 300",
      "regional_budget_mln": "3 300", "extra_budgetary_mln": "15 000",
      "_x": {"person": "Соколова Т.В.", "phone": "8 (3822) 40-31-15"}}),
    ("R", P("INO-2494", "Реконструкция дома культуры под креативный кластер",
            work_area="smart_city", location="Томский район", status="planned",
            start_date=d(2026, 4, 1), end_date=d(2027, 12, 31),
            total_cost_mln="56", federal_budget_mln=None, regional_budget_mln="-4",
            extra_budgetary_mln="60", jobs_planned=8, lead_organization=ADM, problems=None),
     {"work_area": "Умный и удобный город", "location": "с. Богашёво, Томский р-н", "status": "планируется",
      "start_date": "01.04.2026", "end_date": "2027", "total_cost_mln": "56 000",
      "regional_budget_mln": "-4 000", "extra_budgetary_mln": "60 000",
      "_x": {"person": "Миронова Е.А.", "phone": "8 (3822) 40-45-60"}},
     "regional_budget_mln", "negative amount"),
    ("P", P("INO-2488", "Агрокампус ТСХИ: учебно-опытное хозяйство",
            work_area="science_education", location="Томский район", status="in_progress",
            start_date=d(2024, 9, 1), end_date=d(2027, 6, 30),
            total_cost_mln="410.2", federal_budget_mln="300", regional_budget_mln="60.2",
            extra_budgetary_mln="50", jobs_planned=45, lead_organization="Томский сельскохозяйственный институт — филиал ФГБОУ ВО Новосибирский ГАУ",
            problems=None),
     {"work_area": "Наука, образование", "location": "с. Корнилово, Томский р-н", "status": "Реализуется",
      "start_date": "01.09.2024", "end_date": "1 полугодие 2027", "total_cost_mln": "410 200",
      "federal_budget_mln": "300 000", "regional_budget_mln": "60 200", "extra_budgetary_mln": "50 000",
      "_x": {"person": "Соколова Т.В.", "phone": "8 (3822) 40-31-15"}}),
    ("P", P("INO-2489", "Газификация индустриальной площадки «Томск-Восток»",
            work_area="business_environment", location="Томский район", status="in_progress",
            start_date=d(2025, 6, 1), end_date=d(2026, 12, 31),
            total_cost_mln="97.5", federal_budget_mln=None, regional_budget_mln="67.5",
            extra_budgetary_mln="30", jobs_planned=None, lead_organization="ООО «Газпром газораспределение Томск»",
            problems=None),
     {"work_area": "Деловая среда", "location": "Томский район", "status": "реализация",
      "start_date": "01.06.2025", "end_date": "2026", "total_cost_mln": "97 500",
      "regional_budget_mln": "67 500", "extra_budgetary_mln": "30 000",
      "_x": {"person": "Лебедев К.С.", "phone": "8 (3822) 40-27-01"}}),
    ("P", P("INO-2490", "Производство модульных домов из клееного бруса",
            work_area="industry", location="Томск", status="in_progress",
            start_date=d(2025, 2, 10), end_date=d(2027, 3, 31),
            total_cost_mln="155", federal_budget_mln=None, regional_budget_mln="5",
            extra_budgetary_mln="150", jobs_planned=60, lead_organization="ООО «Сибирский дом»",
            problems=None),
     {"work_area": "Передовая промышленность", "location": "г. Томск", "status": "в стадии реализации",
      "start_date": "10.02.2025", "end_date": "I кв. 2027", "total_cost_mln": "155 000",
      "regional_budget_mln": "5 000", "extra_budgetary_mln": "150 000",
      "_x": {"person": "Лебедев К.С.", "phone": "8 (3822) 40-27-01"}}),
    ("P", P("INO-2491", "Туристический кластер «Томская писаница — Синий утёс»",
            work_area="innovation_business", location=None, status="planned",
            start_date=d(2027, 4, 1), end_date=d(2030, 12, 31),
            total_cost_mln="730", federal_budget_mln="200", regional_budget_mln="30",
            extra_budgetary_mln="500", jobs_planned=150, lead_organization="АНО «Томский туризм»",
            problems=None),
     {"work_area": "Технологические инновации, новые бизнесы", "location": "Томский район, Кемеровская обл.",
      "status": "планируется", "start_date": "01.04.2027", "end_date": "2030",
      "total_cost_mln": "730 000", "federal_budget_mln": "200 000", "regional_budget_mln": "30 000",
      "extra_budgetary_mln": "500 000",
      "_x": {"person": "Соколова Т.В.", "phone": "8 (3822) 40-31-15"}}),
    ("P", P("INO-2492", "Спортивный парк «Берёзовая роща» с лыжероллерной трассой",
            work_area="smart_city", location="Томский район", status="completed",
            start_date=d(2023, 5, 1), end_date=d(2025, 8, 31),
            total_cost_mln="38.6", federal_budget_mln=None, regional_budget_mln="28.6",
            extra_budgetary_mln="5", jobs_planned=6, lead_organization=ADM,
            problems="Объект введён 29.08.2025;\nостались замечания по благоустройству"),
     {"work_area": "Умный и удобный город", "location": "с. Зоркальцево, Томский р-н",
      "status": "реализован", "start_date": "01.05.2023", "end_date": "август 2025",
      "total_cost_mln": "38 600", "regional_budget_mln": "28 600", "extra_budgetary_mln": "5 000",
      "_x": {"municipal": "5 000", "person": "Миронова Е.А.", "phone": "8 (3822) 40-45-60"}}),
]


def csv_field(v):
    if v is None:
        return ""
    s = str(v)
    if any(ch in s for ch in ';"\n\r'):
        s = '"' + s.replace('"', '""') + '"'
    return s


def build_e():
    ncol = len(E_COLS)
    lines = []  # list of logical records (strings, may contain \n)
    skipped = {}
    lines.append(csv_field(ADM) + ";" * (ncol - 1))
    lines.append(csv_field("Перечень инвестиционных проектов, включённых в программу ИНО «Томск», "
                           "по состоянию на 01.10.2026") + ";" * (ncol - 1))
    lines.append(";" * (ncol - 1))
    lines.append(";".join(csv_field(h) for h, _, _ in E_COLS))
    valid, rejected, data_lines = [], [], []
    n = 0

    def line_no_of_next():
        return sum(l.count("\n") + 1 for l in lines) + 1

    for e in E_ROWS:
        n += 1
        rec, w = e[1], e[2]
        cells = []
        for h, f, look in E_COLS:
            if look == "rownum":
                v = n
            elif look:
                v = w.get("_x", {}).get(look)
            elif f in w:
                v = w[f]
            else:
                v = rec.get(f)
                if f in DATES and v is not None:
                    v = dmy(v)
                elif f in MONEY and v is not None:
                    k = D(v) * 1000
                    v = ru_text_number(k, " ", 0 if k == k.to_integral_value() else 1)
                elif v is not None:
                    v = str(v)
            cells.append(csv_field(v))
        ln = line_no_of_next()
        data_lines.append(ln)
        if e[0] == "P":
            valid.append((ln, rec))
        else:
            field, reason = e[3], e[4]
            rejected.append({"sheet": None, "row": ln, "reason": reason,
                             "column": next(h for h, f, _ in E_COLS if f == field), "code": rec["code"]})
        lines.append(";".join(cells))
    ln = line_no_of_next()
    skipped[str(ln)] = "totals"
    tot = [""] * ncol
    tot[2] = "ИТОГО"
    tot[8] = "7 474 106,7"
    lines.append(";".join(csv_field(x) for x in tot))
    ln = line_no_of_next()
    skipped[str(ln)] = "blank"
    lines.append(";" * (ncol - 1))
    ln = line_no_of_next()
    skipped[str(ln)] = "note"
    lines.append(csv_field("Примечание: МБ — местный бюджет Томского района; стоимость в тыс. руб.") + ";" * (ncol - 1))
    ln = line_no_of_next()
    skipped[str(ln)] = "note"
    lines.append(csv_field("Исп. Соколова Т.В., тел. 8 (3822) 40-31-15") + ";" * (ncol - 1))
    text = "\r\n".join(lines) + "\r\n"
    with open(os.path.join(HERE, E_NAME), "wb") as f:
        f.write(text.encode("cp1251"))
    recs = [canon_json(r, E_FIELDS) for _, r in valid]
    for x in rejected:
        x["sheet"] = None
    return {
        "file": E_NAME, "refused": False, "fields": E_FIELDS,
        "record_count": len(recs), "records": recs, "rejected": rejected,
        "encoding": "cp1251", "delimiter": ";", "header_line": 4,
        "data_lines": data_lines, "skipped_rows": dict({"1": "title", "2": "title", "3": "blank"}, **skipped),
        "row_numbering": "physical line (1-based) on which the record starts; quoted cells contain line breaks",
        "columns": [[h, f] for h, f, _ in E_COLS if f],
        "ignored_columns": [[h, E_IGNORED[look]] for h, f, look in E_COLS if look],
        "notes": ("Municipal administration list as CSV: Windows-1251, no BOM, CRLF line ends, ';' separator. "
                  "Lines 1-2 are title lines (padded with ';'), line 3 is empty (only ';'), line 4 the header. "
                  "Quoted cells hold line breaks (LF) and doubled quotes, so one record can span two lines; "
                  "'row' of a rejected record is the physical line on which it STARTS. Amounts are in "
                  "тыс. руб. (said in each header) written the Russian way with a space as thousands separator "
                  "('1 320 900,0'), divided by 1,000. Places are settlements with their district "
                  "('с. Корнилово, Томский р-н' = Томский район); 'Томский район, Кемеровская обл.' names a "
                  "place outside the list: null. Not imported: № п/п, 'в т.ч. МБ' (municipal budget), "
                  "'Ответственный специалист администрации' (a person), 'Контактный телефон'. After the data: "
                  "an 'ИТОГО' line, an empty line and two note lines, all skipped. Rejected: 'около 500' in the "
                  "jobs column; a negative regional budget."),
    }


# ==========================================================================
# FILE F. Update of file B на 01.01.2027: other column order, hidden column,
#          'без изменений' and '-'
# ==========================================================================
F_NAME = "monitoring_01012027_update.xlsx"
F_COLS = [
    dict(col="A", hdr=("№",), look="rownum"),
    dict(col="B", hdr=("Наименование проекта",), field="name"),
    dict(col="C", hdr=("Код",), field="code"),
    dict(col="D", hdr=("Статус на 01.01.2027",), field="status"),
    dict(col="E", hdr=("Плановый срок завершения",), field="end_date"),
    dict(col="F", hdr=("Полная стоимость, млн руб.",), field="total_cost_mln"),
    dict(col="G", hdr=("Создано рабочих мест нарастающим итогом, ед.",), field="jobs_created"),
    dict(col="H", hdr=("Внебюджетные средства, млн руб.", "всего"), field="extra_budgetary_mln"),
    dict(col="I", hdr=("Внебюджетные средства, млн руб.", "из них подтверждено"), field="extra_budgetary_confirmed_mln"),
    dict(col="J", hdr=("Освоено в IV квартале 2026 г., млн руб.",), look="q4spent"),
    dict(col="K", hdr=("Проблемные вопросы",), field="problems"),
]
F_CARRIED = ["code", "name", "status", "end_date", "total_cost_mln", "jobs_created",
             "extra_budgetary_mln", "extra_budgetary_confirmed_mln", "problems"]
NC = "без изменений"
# update rows: (code_in_file, name_in_file, {field: written}, {field: new canonical}, kind, difference)
#   kind: 'code' (known code), 'name' (empty code, matched by name), 'new'
F_ROWS = [
    ("INO-2421", "Производство полипропиленовой плёнки БОПП на площадке «Томскнефтехим»",
     {"status": NC, "end_date": NC, "total_cost_mln": NC, "jobs_created": 96,
      "extra_budgetary_mln": NC, "extra_budgetary_confirmed_mln": 5200.0, "problems": "-"},
     {"jobs_created": 96, "extra_budgetary_confirmed_mln": D("5200")}, "code", None),
    ("INO-2422", "Выпуск изотопной продукции медицинского назначения",
     {"status": "завершён", "end_date": dt.datetime(2026, 12, 25), "total_cost_mln": 1912.6,
      "jobs_created": 95, "extra_budgetary_mln": 1222.2, "extra_budgetary_confirmed_mln": 1222.2,
      "problems": "-"},
     {"status": "completed", "end_date": d(2026, 12, 25), "total_cost_mln": D("1912.6"),
      "jobs_created": 95, "extra_budgetary_mln": D("1222.2"),
      "extra_budgetary_confirmed_mln": D("1222.2")}, "code", None),
    ("INO-2423", "Завод по производству OSB-плит (II очередь)",
     {"status": NC, "end_date": "IV кв. 2029", "total_cost_mln": NC, "jobs_created": 0,
      "extra_budgetary_mln": NC, "extra_budgetary_confirmed_mln": 3000.0, "problems": NC},
     {"end_date": d(2029, 12, 31), "extra_budgetary_confirmed_mln": D("3000")}, "code", None),
    (None, "Производство фармацевтических субстанций из растительного сырья ",
     {"status": NC, "end_date": NC, "total_cost_mln": NC, "jobs_created": NC,
      "extra_budgetary_mln": NC, "extra_budgetary_confirmed_mln": NC, "problems": "-"},
     {}, "name", "trailing space"),
    ("INO-2425", "Добыча трудноизвлекаемой нефти палеозойских отложений (пилотный участок)",
     {"status": "реализуется", "end_date": "2028", "total_cost_mln": NC, "jobs_created": 55,
      "extra_budgetary_mln": NC, "extra_budgetary_confirmed_mln": NC,
      "problems": "Финансирование возобновлено с 01.12.2026"},
     {"status": "in_progress", "end_date": d(2028, 12, 31), "jobs_created": 55,
      "problems": "Финансирование возобновлено с 01.12.2026"}, "code", None),
    ("INO-2426", "Серийное производство портативных аппаратов УЗИ",
     {"status": NC, "end_date": NC, "total_cost_mln": NC, "jobs_created": NC,
      "extra_budgetary_mln": NC, "extra_budgetary_confirmed_mln": NC, "problems": "-"},
     {}, "code", None),
    (None, "Глубокая переработка кедрового ореха и березового сока",
     {"status": "Завершен", "end_date": "20.12.2026", "total_cost_mln": NC, "jobs_created": 38,
      "extra_budgetary_mln": NC, "extra_budgetary_confirmed_mln": NC, "problems": NC},
     {"status": "completed", "end_date": d(2026, 12, 20), "jobs_created": 38}, "name", None),
    ("INO-2428", "Производство беспилотных авиационных систем для мониторинга лесов",
     {"status": "реализуется", "end_date": NC, "total_cost_mln": 455.0, "jobs_created": 12,
      "extra_budgetary_mln": 245.0, "extra_budgetary_confirmed_mln": 120.0, "problems": "-"},
     {"status": "in_progress", "total_cost_mln": D("455"), "jobs_created": 12,
      "extra_budgetary_mln": D("245"), "extra_budgetary_confirmed_mln": D("120")}, "code", None),
    (None, "ТЕХНОПАРК ВЫСОКИХ ТЕХНОЛОГИЙ \"ТОМСКАЯ ДОЛИНА\"  (II ОЧЕРЕДЬ)",
     {"status": NC, "end_date": NC, "total_cost_mln": "2 910,6", "jobs_created": 402,
      "extra_budgetary_mln": "1 130,0", "extra_budgetary_confirmed_mln": NC, "problems": NC},
     {"total_cost_mln": D("2910.6"), "jobs_created": 402, "extra_budgetary_mln": D("1130")}, "name", None),
    ("INO-2430", "Межвузовский кампус: общежитие на 1500 мест",
     {"status": NC, "end_date": NC, "total_cost_mln": NC, "jobs_created": NC,
      "extra_budgetary_mln": NC, "extra_budgetary_confirmed_mln": NC, "problems": "-"},
     {}, "code", None),
    ("INO-2431", "Инжиниринговый центр в области ядерной медицины",
     {"status": NC, "end_date": NC, "total_cost_mln": 560.0, "jobs_created": "-",
      "extra_budgetary_mln": 200.0, "extra_budgetary_confirmed_mln": "-", "problems": "-"},
     {}, "code", None),
    ("INO-2432", "Интеллектуальная система управления дорожным движением",
     {"status": NC, "end_date": NC, "total_cost_mln": NC, "jobs_created": NC,
      "extra_budgetary_mln": NC, "extra_budgetary_confirmed_mln": NC,
      "problems": "Гарантийные обязательства подрядчика до 2027 г."},
     {"problems": "Гарантийные обязательства подрядчика до 2027 г."}, "code", None),
    ("INO-2433", "Цифровая платформа «Умный Северск»: городская видеоаналитика",
     {"status": "приостановлен", "end_date": "II полугодие 2027", "total_cost_mln": NC, "jobs_created": NC,
      "extra_budgetary_mln": NC, "extra_budgetary_confirmed_mln": NC,
      "problems": "Отзыв лицензии у поставщика ПО"},
     {"status": "suspended", "end_date": d(2027, 12, 31), "problems": "Отзыв лицензии у поставщика ПО"},
     "code", None),
    ("INO-2435", "Индустриальный парк «Томск-Восток»: инженерная инфраструктура",
     {"status": NC, "end_date": NC, "total_cost_mln": NC, "jobs_created": 260,
      "extra_budgetary_mln": NC, "extra_budgetary_confirmed_mln": 420.0, "problems": NC},
     {"jobs_created": 260, "extra_budgetary_confirmed_mln": D("420")}, "code", None),
    (None, "Агрегатор инновационных услуг для малого бизнеса «Бизнес-навигатор»",
     {"status": "завершён", "end_date": "30.06.2026", "total_cost_mln": NC, "jobs_created": NC,
      "extra_budgetary_mln": NC, "extra_budgetary_confirmed_mln": NC, "problems": "-"},
     {"status": "completed"}, "name", None),
    ("INO-2495", "Производство литий-ионных аккумуляторов для спецтехники",
     {"status": "планируется", "end_date": "IV кв. 2029", "total_cost_mln": 3400.0, "jobs_created": "-",
      "extra_budgetary_mln": 3400.0, "extra_budgetary_confirmed_mln": "-", "problems": "-"},
     {"status": "planned", "end_date": d(2029, 12, 31), "total_cost_mln": D("3400"),
      "jobs_created": None, "extra_budgetary_mln": D("3400"), "extra_budgetary_confirmed_mln": None,
      "problems": None}, "new", None),
    ("INO-2496", "Цифровой двойник месторождения: пилотное внедрение",
     {"status": "реализуется", "end_date": dt.datetime(2027, 11, 30), "total_cost_mln": 128.5,
      "jobs_created": 14, "extra_budgetary_mln": 128.5, "extra_budgetary_confirmed_mln": 60.0,
      "problems": "-"},
     {"status": "in_progress", "end_date": d(2027, 11, 30), "total_cost_mln": D("128.5"),
      "jobs_created": 14, "extra_budgetary_mln": D("128.5"), "extra_budgetary_confirmed_mln": D("60"),
      "problems": None}, "new", None),
    ("INO-2497", "Региональный инжиниринговый центр станкостроения",
     {"status": "планируется", "end_date": "2028", "total_cost_mln": "215,3", "jobs_created": None,
      "extra_budgetary_mln": "95,3", "extra_budgetary_confirmed_mln": None,
      "problems": "Не определён земельный участок"},
     {"status": "planned", "end_date": d(2028, 12, 31), "total_cost_mln": D("215.3"),
      "jobs_created": None, "extra_budgetary_mln": D("95.3"), "extra_budgetary_confirmed_mln": None,
      "problems": "Не определён земельный участок"}, "new", None),
]


def norm_name(s):
    s = s.lower().replace("ё", "е")
    for q in "«»“”„":
        s = s.replace(q, '"')
    return re.sub(r"\s+", " ", s).strip()


def build_f(base_by_row):
    base = [dict(r) for r in base_by_row.values()]
    by_code = {r["code"]: r for r in base}
    by_name = {norm_name(r["name"]): r for r in base}
    wb = new_wb("Департамент экономики Администрации Томской области")
    ws = wb.active
    ws.title = "Актуализация"
    ws["A1"] = "Актуализация сведений мониторинга проектов ИНО «Томск»"
    ws["A2"] = "по состоянию на 01.01.2027 (к форме 2-ИНО на 01.10.2026)"
    ws["A3"] = "Если показатель не изменился — указывается «без изменений»; «-» — нет данных."
    write_header(ws, 5, F_COLS, 2)
    ws.column_dimensions["G"].hidden = True
    ws.column_dimensions["B"].width = 55
    r = 7
    changed, new_codes, matched, new_recs, data_rows = set(), [], [], [], []
    for i, (code, name, written, newvals, kind, diff) in enumerate(F_ROWS, 1):
        ws[f"A{r}"] = i
        ws[f"B{r}"] = name
        if code:
            ws[f"C{r}"] = code
        for c in F_COLS:
            f = c.get("field")
            if f and f not in ("code", "name") and written.get(f) is not None:
                ws[f"{c['col']}{r}"] = written[f]
                if isinstance(written[f], dt.datetime):
                    ws[f"{c['col']}{r}"].number_format = "DD.MM.YYYY"
        ws[f"J{r}"] = round(0.1 * i, 1)
        data_rows.append(r)
        if kind == "new":
            rec = {k: None for k in B_FIELDS}
            rec["code"], rec["name"] = code, name
            rec.update(newvals)
            new_recs.append(rec)
            new_codes.append(code)
        else:
            tgt = by_code[code] if kind == "code" else by_name[norm_name(name)]
            if kind == "name":
                matched.append({"code": tgt["code"], "name_in_file": name,
                                "difference": diff or "", "row": r})
            for k, v in newvals.items():
                if tgt.get(k) != v:
                    changed.add(tgt["code"])
                tgt[k] = v
        r += 1
    # name differences in words
    for m in matched:
        if not m["difference"]:
            stored = next(x["name"] for x in base if x["code"] == m["code"])
            if m["name_in_file"] == stored:
                m["difference"] = "none (same spelling, empty code)"
            elif m["name_in_file"].upper() == m["name_in_file"]:
                m["difference"] = "upper case, «» written as \"\", double space"
            else:
                m["difference"] = "ё written as е"
    ws[f"A{r + 1}"] = "Начальник отдела мониторинга ____________ И.И. Иванов"
    save_xlsx(wb, F_NAME)
    final = base + new_recs
    recs = [canon_json(x, B_FIELDS) for x in final]
    return {
        "file": F_NAME, "refused": False, "fields": B_FIELDS,
        "record_count": len(recs), "records": recs, "rejected": [],
        "base_file": B_NAME, "header_rows": [5, 6], "data_rows": data_rows,
        "skipped_rows": {str(r + 1): "signature note"},
        "hidden": {"column": {"sheet": ws.title, "column": "G", "field": "jobs_created"}},
        "columns": [[col_label(c["hdr"]), c["field"]] for c in F_COLS if c.get("field")],
        "ignored_columns": [["Освоено в IV квартале 2026 г., млн руб.", "one quarter's spending"],
                            ["№", "row number"]],
        "changed_codes": sorted(changed), "new_codes": new_codes, "matched_by_name": matched,
        "notes": ("Import monitoring_01102026.xlsx first, then this file; 'records' is the resulting state of all "
                  "projects of the base file plus the new ones. Sheet 'Актуализация': title rows 1-3, two-level "
                  "header rows 5-6, data rows 7-24, a signature line below. Columns in another order than the "
                  "base (name before code). Column G (jobs created) is HIDDEN and is data. 'без изменений' "
                  "means: keep the stored value. '-' means 'no data' and stands only where the stored value is "
                  "already null (or for a new project): the result is null either way, never 0, never the text "
                  "'-'. 11 rows carry a code already known (8 with changes, 3 re-sent unchanged), 4 rows have an empty code and are matched by name "
                  "(trailing space; same spelling; ё/е; upper case with \"\" quotes and a double space); a "
                  "project matched by name keeps its stored name. 3 new codes: fields absent from this file "
                  "are null. 'Освоено в IV квартале' is not imported."),
    }


def main():
    exp = {}
    exp[A_NAME] = build_a()
    b, base_rows = build_b()
    exp[B_NAME] = b
    exp[C_NAME] = build_c()
    exp[D_NAME] = build_d()
    exp[E_NAME] = build_e()
    exp[F_NAME] = build_f(base_rows)
    total = 0
    for name, e in exp.items():
        stem = os.path.splitext(name)[0]
        write_json(stem + ".expected.json", e)
        fr = len(e["fields"]) * e["record_count"]
        total += fr
        print(f"{name:36s} records={e['record_count']:3d} rejected={len(e['rejected'])} "
              f"fields={len(e['fields'])} fxr={fr}")
    print("fields x records total:", total)


if __name__ == "__main__":
    main()
