#!/usr/bin/env python3
"""Write the agency26 evaluation workbooks and their *.expected.json.

Written only from /work/shared/samples (README.md, the sample workbooks' layouts
and the *.expected.json format).  Every project is entered ONCE, as canonical
values plus "how the agency wrote it": W(canonical, written) for words,
M(mln, how) for money (how: num | sp | nbsp | plain), Dt(iso, how) for dates
(how: date | text | q_ru | q_ru_long | q_en | year_text | year_num) and J(n, how)
for job counts.  The workbook cells are rendered from the "written" side, the
expected records from the canonical side.

Deterministic: fixed document dates, fixed zip timestamps; a re-run gives
identical bytes.  Run:  python make_agency26.py
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import zipfile
from decimal import Decimal as D

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_TIME = dt.datetime(2026, 4, 1, 9, 0, 0)
ZIP_TIME = (2026, 4, 1, 9, 0, 0)
NBSP = "\u00a0"

FIELDS = ["code", "name", "cluster", "work_area", "location", "status",
          "start_date", "end_date", "total_cost_mln", "federal_budget_mln",
          "regional_budget_mln", "extra_budgetary_mln",
          "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created",
          "lead_organization", "problems"]
MONEY = {"total_cost_mln", "federal_budget_mln", "regional_budget_mln",
         "extra_budgetary_mln", "extra_budgetary_confirmed_mln"}
JOBS = {"jobs_planned", "jobs_created"}


# --------------------------------------------------------------------------
# value specs: canonical value + how the agency wrote it
# --------------------------------------------------------------------------
class W:
    """A word/text value: canonical key or text, and the cell as written."""

    def __init__(self, canon, written):
        self.canon, self.written = canon, written


class M:
    """Money: canonical RUB million (Decimal) and the writing style."""

    def __init__(self, mln, how="num"):
        self.mln, self.how = D(mln), how


class Dt:
    """Date: canonical ISO date (or None) and the writing style."""

    def __init__(self, iso, how="date"):
        self.iso, self.how = iso, how


class J:
    """Job count: canonical int and the writing style (num | sp | text)."""

    def __init__(self, n, how="num"):
        self.n, self.how = n, how


class Txt:
    """Free text with a raw spelling (e.g. trailing spaces) - canonical is trimmed."""

    def __init__(self, written):
        self.written = written


def canon(spec):
    if spec is None:
        return None
    if isinstance(spec, W):
        return spec.canon
    if isinstance(spec, M):
        return float(spec.mln)
    if isinstance(spec, Dt):
        return spec.iso
    if isinstance(spec, J):
        return spec.n
    if isinstance(spec, Txt):
        s = spec.written.strip()
        return s or None
    if isinstance(spec, str):
        s = spec.strip()
        return s or None
    if isinstance(spec, int):
        return spec
    raise TypeError(spec)


def ru_number(value: D, places: int, sep: str) -> str:
    """1234567.5 -> '1 234 567,5' (sep between thousands, decimal comma)."""
    q = value.quantize(D(1) / (D(10) ** places)) if places else value.quantize(D(1))
    neg = q < 0
    q = abs(q)
    s = f"{q:f}"
    whole, _, frac = s.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = sep.join(groups)
    if places:
        out += "," + frac
    return ("-" if neg else "") + out


UNIT_FACTOR = {"mln": D(1), "thous": D(1000), "bn": D("0.001")}


def money_cell(m: M, unit: str):
    v = m.mln * UNIT_FACTOR[unit]
    if m.how == "num":
        if unit == "thous" and v == v.to_integral_value():
            return int(v)
        return float(v)
    how = m.how
    places = 1 if unit == "mln" else (0 if v == v.to_integral_value() else 1)
    if how.endswith("1"):          # 'plain1', 'sp1': always one decimal ('186500,0')
        places, how = 1, how[:-1]
    sep = {"sp": " ", "nbsp": NBSP, "plain": ""}[how]
    return ru_number(v, places, sep)


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
QEND = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}


def date_cell(d: Dt):
    """Return (cell value, is_real_date)."""
    y, mth, day = (int(x) for x in d.iso.split("-"))
    if d.how == "date":
        return dt.datetime(y, mth, day), True
    if d.how == "text":
        return f"{day:02d}.{mth:02d}.{y}", False
    if d.how in ("q_ru", "q_ru_long", "q_en"):
        q = (mth - 1) // 3 + 1
        assert (mth, day) == QEND[q], f"{d.iso} is not a quarter end"
        if d.how == "q_ru":
            return f"{ROMAN[q]} кв. {y}", False
        if d.how == "q_ru_long":
            return f"{ROMAN[q]} квартал {y}", False
        return f"Q{q} {y}", False
    if d.how in ("year_text", "year_num"):
        assert (mth, day) == (12, 31), f"{d.iso} is not 31 December"
        return (str(y) if d.how == "year_text" else y), False
    raise ValueError(d.how)


def jobs_cell(j):
    if isinstance(j, int):
        return j
    if j.how == "num":
        return j.n
    if j.how == "sp":
        return ru_number(D(j.n), 0, " ")
    return str(j.n)


def render(spec, unit="mln"):
    """Cell value (and number format) for a spec.  An empty string is an empty cell."""
    if spec is None or spec == "":
        return None, None
    if isinstance(spec, (W, Txt)) and spec.written == "":
        return None, None
    if isinstance(spec, W):
        return spec.written, None
    if isinstance(spec, Txt):
        return spec.written, None
    if isinstance(spec, M):
        v = money_cell(spec, unit)
        if isinstance(v, str):
            return v, None
        fmt = {"mln": "#,##0.0", "thous": "#,##0", "bn": "0.0000"}[unit]
        return v, fmt
    if isinstance(spec, Dt):
        v, real = date_cell(spec)
        return v, ("DD.MM.YYYY" if real else None)
    if isinstance(spec, J):
        return jobs_cell(spec), None
    return spec, None


# --------------------------------------------------------------------------
# workbook helpers
# --------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HDR_FONT = Font(name="Times New Roman", size=10, bold=True)
BODY_FONT = Font(name="Times New Roman", size=10)
TITLE_FONT = Font(name="Times New Roman", size=12, bold=True)
WRAP_C = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP_L = Alignment(horizontal="left", vertical="top", wrap_text=True)


def new_wb(creator):
    wb = openpyxl.Workbook()
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = DOC_TIME
    wb.properties.modified = DOC_TIME
    return wb


def write_two_level_header(ws, cols, top_row):
    """cols: list of (top, sub, key).  Single-level columns merge vertically;
    runs of the same top merge horizontally."""
    sub_row = top_row + 1
    i = 0
    while i < len(cols):
        top, sub, _ = cols[i]
        c = i + 1
        if sub is None:
            ws.cell(top_row, c, top)
            ws.merge_cells(start_row=top_row, start_column=c, end_row=sub_row, end_column=c)
            i += 1
            continue
        j = i
        while j < len(cols) and cols[j][0] == top and cols[j][1] is not None:
            ws.cell(sub_row, j + 1, cols[j][1])
            j += 1
        ws.cell(top_row, c, top)
        if j - 1 > i:
            ws.merge_cells(start_row=top_row, start_column=c, end_row=top_row, end_column=j)
        i = j
    for r in (top_row, sub_row):
        for c in range(1, len(cols) + 1):
            cell = ws.cell(r, c)
            cell.font, cell.alignment, cell.border = HDR_FONT, WRAP_C, BOX


def write_one_level_header(ws, cols, row):
    for c, (top, _sub, _k) in enumerate(cols, 1):
        cell = ws.cell(row, c, top)
        cell.font, cell.alignment, cell.border = HDR_FONT, WRAP_C, BOX


def header_text(top, sub):
    return top if sub is None else f"{top} / {sub}"


def write_data_row(ws, r, cols, rowspec, unit, date_fmt="DD.MM.YYYY"):
    for c, (_t, _s, key) in enumerate(cols, 1):
        val, fmt = render(rowspec.get(key), unit)
        if isinstance(val, dt.datetime):
            fmt = date_fmt
        cell = ws.cell(r, c, val)
        if fmt:
            cell.number_format = fmt
        cell.font, cell.border = BODY_FONT, BOX
        if isinstance(val, str) and len(val) > 25:
            cell.alignment = WRAP_L


def set_widths(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def save_wb(wb, path, patch=None):
    """Save with fixed zip timestamps; patch(name, xml_text) may edit parts."""
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":   # openpyxl stamps 'modified' with now()
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                              rb"\g<1>2026-04-01T09:00:00Z\g<2>", data)
            if patch is not None:
                data = patch(info.filename, data)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def record(rowspec, fields, extra=None):
    rec = {f: canon(rowspec.get(f)) for f in fields}
    if extra:
        rec.update(extra)
    return {f: rec[f] for f in fields}


def file_fields(cols, extra=()):
    keys = {k for _t, _s, k in cols} | set(extra)
    return [f for f in FIELDS if f in keys]


def columns_list(cols):
    return [[header_text(t, s), k] for t, s, k in cols if not k.startswith("_")]


def ignored_list(cols, why):
    return [[header_text(t, s), why[k]] for t, s, k in cols if k.startswith("_")]


def spellings(rows, fields=("status", "cluster", "location", "work_area")):
    out = {}
    for f in fields:
        seen = []
        for r in rows:
            if r.get("_reject") and "twice" not in r["_reject"][0]:
                continue        # a rejected row's words are not imported
            s = r.get(f)
            if isinstance(s, W):
                pair = [s.written, s.canon]
                if pair not in seen:
                    seen.append(pair)
        if seen:
            out[f] = seen
    return out


def write_json(name, data):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")


def check_sums(rows):
    """Realism guard: total = ФБ + ОБ + ВБИ, confirmed <= ВБИ, created <= planned*1.2."""
    for r in rows:
        if r.get("_reject"):
            continue
        t = r.get("total_cost_mln")
        parts = [r.get(k) for k in ("federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln")]
        if isinstance(t, M) and all(isinstance(p, M) for p in parts):
            assert t.mln == sum(p.mln for p in parts), (canon(r["code"]), t.mln)
        vb, cf = r.get("extra_budgetary_mln"), r.get("extra_budgetary_confirmed_mln")
        if isinstance(vb, M) and isinstance(cf, M):
            assert cf.mln <= vb.mln, canon(r["code"])
        if isinstance(t, M) and isinstance(vb, M) and not parts[0]:
            assert vb.mln <= t.mln, canon(r["code"])


# common wording of the "why ignored" answers
WHY = {
    "_npp": "row number (№ п/п: 1, 2, 3, ...), not the project code",
    "_spent": "money already spent to date (освоено), not the project cost or a funding source",
    "_spent_h1": "money spent in the first half of 2026 only (a period slice of spending), not the project cost",
    "_share": "a percentage (share of extra-budgetary money), not an amount",
    "_inn": "taxpayer number (ИНН) of the initiator, not a project field",
    "_person": "names of people (responsible official / curator / contact), not the lead organisation",
    "_note": "remarks (примечание) about the record, not the problems column (which is a separate column)",
    "_y2026": "a one-year slice of money (2026 only), not the project's total cost",
}


# ==========================================================================
# 1. invest_dept_summary.xlsx  (shape of ministry_summary.xlsx)
# ==========================================================================
MIN_TOP_FIN = "Источники финансирования, млн руб."
MIN_COLS = [
    ("№ п/п", None, "_npp"),
    ("Код проекта (реестровый номер)", None, "code"),
    ("Наименование инвестиционного проекта", None, "name"),
    ("Принадлежность к кластеру", None, "cluster"),
    ("Направление программы ИНО «Томск»", None, "work_area"),
    ("Место реализации (муниципальное образование)", None, "location"),
    ("Текущая стадия", None, "status"),
    ("Срок реализации", "начало", "start_date"),
    ("Срок реализации", "окончание", "end_date"),
    ("Полная стоимость проекта, млн руб.", None, "total_cost_mln"),
    (MIN_TOP_FIN, "ФБ", "federal_budget_mln"),
    (MIN_TOP_FIN, "ОБ", "regional_budget_mln"),
    (MIN_TOP_FIN, "внебюджет", "extra_budgetary_mln"),
    (MIN_TOP_FIN, "в т.ч. подтверждено", "extra_budgetary_confirmed_mln"),
    ("Освоено с начала реализации*, млн руб.", None, "_spent"),
    ("Доля внебюджетных средств, %", None, "_share"),
    ("Рабочие места, ед.", "план", "jobs_planned"),
    ("Рабочие места, ед.", "факт", "jobs_created"),
    ("Организация-инициатор", None, "lead_organization"),
    ("ИНН инициатора", None, "_inn"),
    ("Ответственный исполнитель", None, "_person"),
    ("Проблемные вопросы, требующие решения", None, "problems"),
    ("Примечание", None, "_note"),
]

IND = W("industry", "Передовая промышленность")
SCI = W("science_education", "Наука и образование")
INNO = W("innovation_business", "Технологические инновации, новые бизнесы")
SMART = W("smart_city", "Умный и удобный город")
BIZ = W("business_environment", "Деловая среда")


def P(**kw):
    return kw


MIN_ROWS = [
    P(code="INO-2601",
      name="Строительство завода полипропиленовой плёнки на площадке «Томскнефтехим»",
      cluster=W("petrochemical", "Нефтехимический кластер"), work_area=IND,
      location=W("Томск", "г. Томск"), status=W("in_progress", "реализуется"),
      start_date=Dt("2023-03-15"), end_date=Dt("2027-12-20", "text"),
      total_cost_mln=M("4820.5"), federal_budget_mln=M("0"), regional_budget_mln=M("120.0"),
      extra_budgetary_mln=M("4700.5", "nbsp"), extra_budgetary_confirmed_mln=M("3900.0"),
      _spent=M("1650.2"), jobs_planned=180, jobs_created=64,
      lead_organization="ООО «Томскнефтехим»", _inn="7017081040",
      _person="Петров И. В.", problems=None, _note=None),
    P(code="INO-2602",
      name="Производство медицинских изотопов на базе исследовательского ядерного реактора ТПУ",
      cluster=W("nuclear", "Кластер ядерных технологий"), work_area=SCI,
      location=W("Томск", "Томск"), status=W("in_progress", "в стадии реализации"),
      start_date=Dt("2022-09-01"), end_date=Dt("2026-12-31"),
      total_cost_mln=M("1260.0"), federal_budget_mln=M("730.0"), regional_budget_mln=M("85.0", "sp"),
      extra_budgetary_mln=M("445.0"), extra_budgetary_confirmed_mln=M("445.0"),
      _spent=M("910.4"), jobs_planned=45, jobs_created=30,
      lead_organization="Национальный исследовательский Томский политехнический университет",
      _inn="7018007264", _person="Смирнова О. А.",
      problems="Задержка поставки оборудования горячих камер",
      _note="Сроки уточнены письмом ТПУ от 12.02.2026"),
    P(code="INO-2603",
      name="Лесопромышленный комплекс глубокой переработки древесины в Асино (этап II)",
      cluster=W("timber", "лесопромышленный кластер"), work_area=IND,
      location=W("Асино", "г. Асино"), status=W("planned", "планируется к реализации"),
      start_date=Dt("2026-07-01", "text"), end_date=Dt("2029-12-31", "q_ru"),
      total_cost_mln=M("12450.0", "sp"), federal_budget_mln=M("0"), regional_budget_mln=M("350.0", "sp"),
      extra_budgetary_mln=M("12100.0"), extra_budgetary_confirmed_mln=M("8200.0"),
      _spent=M("0"), jobs_planned=650, jobs_created=0,
      lead_organization="ООО «Асиновский ЛПК»", _inn="7002019874",
      _person="Кузнецов Д. Н.",
      problems="Не определён источник финансирования подъездной автодороги",
      _note=None),
    P(code="INO-2604",
      name="Выпуск инфузионных растворов в Томском районе",
      cluster=W("pharma", "Фармацевтика"), work_area=IND,
      location=W("Томский район", "Томский р-н"), status=W("completed", "завершён"),
      start_date=Dt("2020-05-12"), end_date=Dt("2024-11-29"),
      total_cost_mln=M("890.3"), federal_budget_mln=M("0"), regional_budget_mln=M("45.3"),
      extra_budgetary_mln=M("845.0"), extra_budgetary_confirmed_mln=M("845.0"),
      _spent=M("890.3"), jobs_planned=120, jobs_created=120,
      lead_organization="АО «Сибфармсинтез»", _inn="7014052381",
      _person="Ахметова Л. Р.", problems=None,
      _note="Введено в эксплуатацию 29.11.2024"),
    P(code="INO-2605",
      name="Центр ядерной медицины в Северске",
      cluster=W("nuclear", "ядерные технологии"), work_area=SCI,
      location=W("Северск", "ЗАТО Северск"), status=W("in_progress", "Реализуется"),
      start_date=Dt("2021-10-01"), end_date=Dt("2027-06-30", "text"),
      total_cost_mln=M("3150.0", "nbsp"), federal_budget_mln=M("1800.0", "nbsp"),
      regional_budget_mln=M("250.0"), extra_budgetary_mln=M("1100.0"),
      extra_budgetary_confirmed_mln=M("700.0"),
      _spent=M("1980.6"), jobs_planned=210, jobs_created=95,
      lead_organization="ФГБУ «СибФНКЦ ФМБА России»", _inn="7024006218",
      _person="Петров И. В.",
      problems="Требуется корректировка проектно-сметной документации",
      _note=None),
    P(code="INO-2606",
      name="Платформа «Умный Томск»: интеллектуальная система управления транспортом",
      cluster=W(None, "—"), work_area=SMART,
      location=W("Томск", "г.Томск"), status=W("in_progress", "реализуется"),
      start_date=Dt("2024-02-01"), end_date=Dt("2027-12-31", "year_text"),
      total_cost_mln=M("640.8"), federal_budget_mln=M("210.0"), regional_budget_mln=M("280.8"),
      extra_budgetary_mln=M("150.0"), extra_budgetary_confirmed_mln=M("150.0"),
      _spent=M("205.0"), jobs_planned=35, jobs_created=12,
      lead_organization="Администрация Города Томска", _inn="7017004461",
      _person="Смирнова О. А.", problems=None, _note="Срок окончания указан годом"),
    P(code="INO-2607",
      name="Производство кедрового масла и ореховых продуктов в Колпашеве",
      cluster=W("wildlife", "Дикоросы"), work_area=IND,
      location=W("Колпашево", "г. Колпашево"), status=W("suspended", "Приостановлен"),
      start_date=Dt("2023-04-15", "text"), end_date=Dt("2026-10-31"),
      total_cost_mln=M("186.4"), federal_budget_mln=M("0"), regional_budget_mln=M("22.4"),
      extra_budgetary_mln=M("164.0"), extra_budgetary_confirmed_mln=M("60.0"),
      _spent=M("74.9"), jobs_planned=40, jobs_created=18,
      lead_organization="ООО «Сибирский кедр»", _inn="7007013350",
      _person="Кузнецов Д. Н.",
      problems="Инвестор приостановил финансирование; ведутся переговоры о смене собственника",
      _note=None),
    P(code="INO-2608",
      name="Опытно-промышленная разработка баженовской свиты",
      cluster=W("hard_to_recover", "ТрИЗ"), work_area=INNO,
      location=W("Стрежевой", "г. Стрежевой"), status=W("in_progress", "реализуется"),
      start_date=Dt("2022-01-10"), end_date=Dt("2028-12-31"),
      total_cost_mln=M("21300.0", "sp"), federal_budget_mln=M("1500.0"), regional_budget_mln=M("0"),
      extra_budgetary_mln=M("19800.0", "sp"), extra_budgetary_confirmed_mln=M("19800.0"),
      _spent=M("8740.0"), jobs_planned=300, jobs_created=140,
      lead_organization="АО «Томскнефть» ВНК", _inn="7022000310",
      _person="Ахметова Л. Р.", problems=None,
      _note="Данные инициатора, письмо от 03.03.2026"),
    P(code="INO-2609",
      name="Региональный центр поддержки технологического предпринимательства",
      cluster=W(None, ""), work_area=BIZ,
      location=W(None, ""), status=W("completed", "завершен"),
      start_date=Dt("2021-03-01"), end_date=Dt("2023-12-25", "text"),
      total_cost_mln=M("95.6"), federal_budget_mln=M("40.0"), regional_budget_mln=M("55.6"),
      extra_budgetary_mln=M("0"), extra_budgetary_confirmed_mln=M("0"),
      _spent=M("95.6"), jobs_planned=25, jobs_created=25,
      lead_organization="Фонд развития малого и среднего предпринимательства Томской области",
      _inn="7017265436", _person="Смирнова О. А.", problems=None, _note=None),
    P(code="INO-2610",
      name="Производство медицинских изделий из биосовместимых полимеров",
      cluster=W("medtech_it", "Медицинская техника и ИТ"), work_area=INNO,
      location=W("Северск", "Северск"), status=W("planned", "планируется"),
      start_date=Dt("2026-09-01", "text"), end_date=Dt("2028-06-30", "q_ru"),
      total_cost_mln=M("740.0"), federal_budget_mln=M("0"), regional_budget_mln=M("40.0"),
      extra_budgetary_mln=M("700.0"), extra_budgetary_confirmed_mln=M("0", "sp"),
      _spent=M("0"), jobs_planned=85, jobs_created=0,
      lead_organization="ООО «Биосовместимые материалы»", _inn="7024041620",
      _person="Петров И. В.",
      problems="Не подобран земельный участок на площадке ОЭЗ", _note=None),
    P(code="INO-2620", _reject=("text in a number column", "K"),
      name="Строительство завода биоразлагаемой упаковки",
      cluster=W("petrochemical", "нефтехимический кластер"), work_area=IND,
      location=W("Томск", "Томск"), status=W("planned", "планируется"),
      start_date=Dt("2027-01-01", "text"), end_date=Dt("2028-12-31", "q_ru"),
      total_cost_mln=M("560.0"), federal_budget_mln=W(None, "уточняется"),
      regional_budget_mln=M("20.0"), extra_budgetary_mln=M("380.0"),
      extra_budgetary_confirmed_mln=M("0"),
      _spent=M("0"), jobs_planned=60, jobs_created=0,
      lead_organization="ООО «ЭкоПак Сибирь»", _inn="7017330912",
      _person="Кузнецов Д. Н.", problems=None,
      _note="Объём федеральной поддержки уточняется"),
    P(code="INO-2611",
      name="Межвузовский студенческий кампус мирового уровня",
      cluster=W(None, "—"), work_area=SCI,
      location=W("Томск", "г. Томск"), status=W("in_progress", "в стадии реализации"),
      start_date=Dt("2023-06-01"), end_date=Dt("2030-12-31"),
      total_cost_mln=M("38600.0", "nbsp"), federal_budget_mln=M("27500.0", "nbsp"),
      regional_budget_mln=M("6100.0", "nbsp"), extra_budgetary_mln=M("5000.0"),
      extra_budgetary_confirmed_mln=M("2500.0"),
      _spent=M("9300.5"), jobs_planned=J(1200, "sp"), jobs_created=310,
      lead_organization="Национальный исследовательский Томский государственный университет",
      _inn="7018012970", _person="Ахметова Л. Р.",
      problems="Дефицит мощности электросетей в районе строительства", _note=None),
    P(code="INO-2612",
      name="Глубокая переработка дикорастущих ягод в Асино",
      cluster=W("wildlife", "кластер дикоросов"), work_area=IND,
      location=W("Асино", "Асино"), status=W("completed", "реализован"),
      start_date=Dt("2021-03-10", "text"), end_date=Dt("2024-09-30", "text"),
      total_cost_mln=M("158.2"), federal_budget_mln=M("0"), regional_budget_mln=M("18.2"),
      extra_budgetary_mln=M("140.0"), extra_budgetary_confirmed_mln=M("140.0"),
      _spent=M("158.2"), jobs_planned=55, jobs_created=55,
      lead_organization="ООО «Томские ягоды»", _inn="7002015226",
      _person="Кузнецов Д. Н.", problems=None, _note=None),
    P(code="INO-2613",
      name="Завод по производству древесных топливных гранул",
      cluster=W("timber", "Лесопромышленный комплекс (ЛПК)"), work_area=IND,
      location=W("Колпашево", "г. Колпашево"), status=W("suspended", "реализация приостановлена"),
      start_date=Dt("2022-08-15"), end_date=Dt("2026-12-31", "text"),
      total_cost_mln=M("310.0"), federal_budget_mln=M("0"), regional_budget_mln=M("0"),
      extra_budgetary_mln=M("310.0"), extra_budgetary_confirmed_mln=M("120.0"),
      _spent=M("96.3"), jobs_planned=60, jobs_created=0,
      lead_organization="ООО «Нарым-Пеллет»", _inn="7007021840",
      _person="Петров И. В.",
      problems="Отсутствие гарантированной сырьевой базы", _note=None),
    P(code="INO-2614",
      name="Центр обработки данных «Томский ЦОД»",
      cluster=W("medtech_it", "Кластер медицинской техники и информационных технологий"),
      work_area=INNO,
      location=W("Томский район", "Томский район, п. Светлый"), status=W(None, ""),
      start_date=Dt("2027-01-01", "text"), end_date=Dt("2028-12-31", "q_ru"),
      total_cost_mln=M("2100.0", "sp"), federal_budget_mln=M("0"), regional_budget_mln=M("0"),
      extra_budgetary_mln=M("2100.0", "sp"), extra_budgetary_confirmed_mln=M("0"),
      _spent=M("0"), jobs_planned=70, jobs_created=0,
      lead_organization="АО «Томский ЦОД»", _inn="7014061234",
      _person="Смирнова О. А.",
      problems="Инвестор пересматривает параметры проекта",
      _note="Стадия будет определена после заседания инвестиционного совета"),
    P(code="INO-2615",
      name="Производство полимерных труб большого диаметра",
      cluster=W("petrochemical", "нефтехимический"), work_area=IND,
      location=W("Томск", "Томск"), status=W("completed", "завершён"),
      start_date=Dt("2019-04-01"), end_date=Dt("2023-03-31"),
      total_cost_mln=M("980.0"), federal_budget_mln=M("0"), regional_budget_mln=M("30.0"),
      extra_budgetary_mln=M("950.0"), extra_budgetary_confirmed_mln=M("950.0"),
      _spent=M("980.0"), jobs_planned=95, jobs_created=95,
      lead_organization="ООО «Сибполимертруба»", _inn="7017198855",
      _person="Петров И. В.", problems=None, _note=None),
    P(code="INO-2616",
      name="Технопарк «Академический»: объекты инженерной инфраструктуры",
      cluster=W(None, ""), work_area=BIZ,
      location=W("Томский район", "Томский район"), status=W("suspended", "Приостановлен"),
      start_date=Dt("2022-02-01", "text"), end_date=Dt("2025-12-31"),
      total_cost_mln=M("1540.0", "sp"), federal_budget_mln=M("600.0"), regional_budget_mln=M("340.0"),
      extra_budgetary_mln=M("600.0"), extra_budgetary_confirmed_mln=M("200.0"),
      _spent=M("512.8"), jobs_planned=150, jobs_created=20,
      lead_organization="ОГАУ «Технопарк «Академический»", _inn="7014048210",
      _person="Ахметова Л. Р.",
      problems="Не завершены работы по подключению к сетям теплоснабжения",
      _note="Срок окончания будет перенесён"),
    P(code="INO-2617",
      name="Разработка трудноизвлекаемых запасов нефти Васюганской группы месторождений",
      cluster=W("hard_to_recover", "Трудноизвлекаемые запасы"), work_area=INNO,
      location=W("Стрежевой", "Стрежевой"), status=W("planned", "планируется"),
      start_date=Dt("2027-03-01", "text"), end_date=Dt("2031-12-31", "year_text"),
      total_cost_mln=M("7850.0", "sp"), federal_budget_mln=M("0"), regional_budget_mln=M("0"),
      extra_budgetary_mln=M("7850.0"), extra_budgetary_confirmed_mln=M("3000.0"),
      _spent=M("0"), jobs_planned=220, jobs_created=0,
      lead_organization="ООО «Стрежевой-Нефтесервис»", _inn="7022014480",
      _person="Кузнецов Д. Н.", problems=None, _note=None),
    P(code="INO-2618",
      name="Цифровая платформа мониторинга качества городской среды",
      cluster=W(None, "—"), work_area=SMART,
      location=W("Северск", "г. Северск"), status=W("in_progress", "реализуется"),
      start_date=Dt("2025-01-15"), end_date=Dt("2026-12-31", "text"),
      total_cost_mln=M("85.0"), federal_budget_mln=M("0"), regional_budget_mln=M("60.0"),
      extra_budgetary_mln=M("25.0"), extra_budgetary_confirmed_mln=M("25.0"),
      _spent=M("31.4"), jobs_planned=12, jobs_created=8,
      lead_organization="Администрация ЗАТО Северск", _inn="7024000110",
      _person="Смирнова О. А.", problems=None, _note=None),
    P(code="INO-2619",
      name="Производство субстанций противоопухолевых препаратов",
      cluster=W("pharma", "Фармацевтический кластер"), work_area=IND,
      location=W("Томск", "г. Томск"), status=W("in_progress", "реализуется"),
      start_date=Dt("2024-04-01"), end_date=Dt("2027-09-30"),
      total_cost_mln=M("1725.0", "nbsp"), federal_budget_mln=M("400.0"), regional_budget_mln=M("75.0"),
      extra_budgetary_mln=M("1250.0", "nbsp"), extra_budgetary_confirmed_mln=M("1250.0"),
      _spent=M("620.0"), jobs_planned=140, jobs_created=45,
      lead_organization="ООО «Томская фармацевтическая фабрика»", _inn="7017402215",
      _person="Ахметова Л. Р.",
      problems="Длительное прохождение процедуры регистрации препаратов", _note=None),
]


def share_pct(r):
    t, vb = r.get("total_cost_mln"), r.get("extra_budgetary_mln")
    if isinstance(t, M) and isinstance(vb, M) and t.mln > 0:
        return float((vb.mln / t.mln * 100).quantize(D("0.1")))
    return None


def make_ministry():
    cols = MIN_COLS
    rows = MIN_ROWS
    check_sums(rows)
    wb = new_wb("Департамент инвестиций Томской области")
    ws = wb.active
    ws.title = "Проекты ИНО"
    n = len(cols)
    last = get_column_letter(n)
    ws["A1"] = "Департамент инвестиций Томской области"
    ws["A2"] = ("Информация о ходе реализации инвестиционных проектов, включённых "
                "в программу ИНО «Томск»")
    ws["A3"] = "по состоянию на 01.04.2026"
    for r in (1, 2, 3):
        ws.merge_cells(f"A{r}:{last}{r}")
        ws[f"A{r}"].font = TITLE_FONT
        ws[f"A{r}"].alignment = Alignment(horizontal="center")
    write_two_level_header(ws, cols, 5)
    for c in range(1, n + 1):
        cell = ws.cell(7, c, c)
        cell.font, cell.alignment, cell.border = BODY_FONT, WRAP_C, BOX
    first = 8
    records, rejected = [], []
    for i, r in enumerate(rows):
        rr = first + i
        spec = dict(r)
        spec["_npp"] = i + 1
        spec["_share"] = share_pct(r)
        write_data_row(ws, rr, cols, spec, "mln")
        if spec["_share"] is not None:
            ws.cell(rr, [k for _t, _s, k in cols].index("_share") + 1).number_format = "0.0"
        if r.get("_reject"):
            reason, col = r["_reject"]
            rejected.append({"sheet": ws.title, "row": rr, "reason": reason,
                             "column": col, "code": r["code"]})
        else:
            records.append(record(r, FIELDS))
    last_data = first + len(rows) - 1
    tot = last_data + 1
    ws.cell(tot, 1, "Итого по перечню")
    ws.merge_cells(start_row=tot, start_column=1, end_row=tot, end_column=9)
    keys = [k for _t, _s, k in cols]
    for key in ("total_cost_mln", "federal_budget_mln", "regional_budget_mln",
                "extra_budgetary_mln", "extra_budgetary_confirmed_mln", "_spent"):
        s = sum((r[key].mln for r in rows if isinstance(r.get(key), M)), D(0))
        cell = ws.cell(tot, keys.index(key) + 1, float(s))
        cell.number_format = "#,##0.0"
    for key in ("jobs_planned", "jobs_created"):
        s = sum((r[key].n if isinstance(r[key], J) else r[key]) for r in rows)
        ws.cell(tot, keys.index(key) + 1, s)
    for c in range(1, n + 1):
        ws.cell(tot, c).font, ws.cell(tot, c).border = HDR_FONT, BOX
    fn1 = tot + 2
    ws.cell(fn1, 1, "Примечание. ФБ — федеральный бюджет; ОБ — областной бюджет; "
                    "внебюджет — внебюджетные источники; «в т.ч. подтверждено» — "
                    "внебюджетные средства, подтверждённые заключёнными соглашениями.")
    ws.cell(fn1 + 1, 1, "* Освоение указано нарастающим итогом с начала реализации "
                        "проекта по данным инициаторов.")
    ws.cell(fn1 + 3, 1, "Начальник отдела сопровождения инвестиционных проектов"
                        "                    А. В. Соколова")
    for r in (fn1, fn1 + 1, fn1 + 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        ws.cell(r, 1).font = Font(name="Times New Roman", size=9, italic=True)
    set_widths(ws, [6, 12, 44, 20, 22, 20, 16, 12, 12, 13, 11, 11, 12, 13, 13,
                    11, 9, 9, 30, 13, 18, 40, 30])
    ws.freeze_panes = "D8"
    save_wb(wb, os.path.join(HERE, "invest_dept_summary.xlsx"))

    fields = file_fields(cols)
    assert fields == FIELDS
    exp = {
        "file": "invest_dept_summary.xlsx",
        "refused": False,
        "fields": fields,
        "record_count": len(records),
        "records": records,
        "rejected": rejected,
        "sheet": ws.title,
        "columns": columns_list(cols),
        "ignored_columns": ignored_list(cols, WHY),
        "title_rows": [1, 2, 3],
        "header_rows": [5, 6],
        "data_rows": [first, last_data],
        "skipped_rows": {
            "4": "empty row under the title",
            "7": "column numbers (1 ... 23)",
            str(tot): "totals row (Итого по перечню)",
            str(tot + 1): "empty row",
            str(fn1): "footnote (abbreviations)",
            str(fn1 + 1): "footnote (* освоение)",
            str(fn1 + 2): "empty row",
            str(fn1 + 3): "signature line",
        },
        "value_spellings": spellings(rows),
        "notes": (
            "Department-style report form, one sheet. Title rows 1-3, empty row 4, two-level merged "
            "header in rows 5-6 (single-level titles merged over both rows; 'Срок реализации' over "
            "'начало'/'окончание'; 'Источники финансирования, млн руб.' over 'ФБ'/'ОБ'/'внебюджет'/"
            "'в т.ч. подтверждено'; 'Рабочие места, ед.' over 'план'/'факт'). Row 7 numbers the "
            f"columns. Data rows {first}-{last_data}; row {tot} is the totals row, rows {fn1}-{fn1 + 3} are "
            "footnotes and a signature: none is a project. Amounts are RUB million (said in the "
            "headers); some are text with a plain or non-breaking space as thousands separator and a "
            "decimal comma. Start/end are real dates or 'dd.mm.yyyy' text; some ends are a quarter "
            "('IV кв. 2029' -> 2029-12-31) or a bare year as text ('2027' -> 2027-12-31). Cluster '—' or "
            "empty = null; an empty status or location cell = null. Row "
            f"{rejected[0]['row']} (INO-2620) is rejected: the ФБ cell holds the text 'уточняется'. "
            "Look-alike columns that are NOT imported: № п/п, 'Освоено...' (spent to date), the % share, "
            "ИНН, 'Ответственный исполнитель' (people's names; the organisation is "
            "'Организация-инициатор'), 'Примечание' (remarks; problems are in "
            "'Проблемные вопросы, требующие решения')."),
    }
    write_json("invest_dept_summary.expected.json", exp)
    return records


# ==========================================================================
# 2. invest_dept_update_q2.xlsx  (shape of update_q2.xlsx)
# ==========================================================================
UPD_TOP_FIN = "Финансирование, млн руб."
UPD_COLS = [
    ("Код проекта (реестровый номер)", None, "code"),
    ("Наименование проекта", None, "name"),
    ("Кластер", None, "cluster"),
    ("Территория", None, "location"),
    ("Стадия реализации на 01.07.2026", None, "status"),
    (UPD_TOP_FIN, "всего", "total_cost_mln"),
    (UPD_TOP_FIN, "ФБ", "federal_budget_mln"),
    (UPD_TOP_FIN, "ОБ", "regional_budget_mln"),
    (UPD_TOP_FIN, "ВБИ", "extra_budgetary_mln"),
    (UPD_TOP_FIN, "из них подтверждено", "extra_budgetary_confirmed_mln"),
    ("Освоено в I полугодии 2026 г., млн руб.", None, "_spent_h1"),
    ("Рабочие места, ед.", "по плану", "jobs_planned"),
    ("Рабочие места, ед.", "создано", "jobs_created"),
    ("Примечание", None, "_note"),
]
UPD_CARRIED = ["code", "name", "cluster", "location", "status", "total_cost_mln",
               "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
               "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created"]

# how this department's Q2 form writes clusters (its own short forms)
UPD_CLUSTER = {"petrochemical": "Нефтехимия", "nuclear": "Ядерные технологии",
               "timber": "ЛПК", "pharma": "Фармацевтика", "medtech_it": "Медтехника и ИТ",
               "wildlife": "Дикоросы", "hard_to_recover": "ТрИЗ", None: "—"}
UPD_PLACE = {"Томск": "г. Томск", "Северск": "ЗАТО Северск", "Асино": "г. Асино",
             "Стрежевой": "г. Стрежевой", "Колпашево": "г. Колпашево",
             "Томский район": "Томский район"}
UPD_STATUS = {"planned": "планируется", "in_progress": "реализуется",
              "completed": "завершён", "suspended": "приостановлен"}


def upd_row(base, by="code", name_written=None, status=None, note=None, spent="0",
            **changes):
    """An update row built from the base project's canonical values plus changes.
    Keyword changes are canonical values (money as str, jobs as int)."""
    b = dict(base)
    for k, v in changes.items():
        b[k] = v
    st_canon, st_written = (b["status"], UPD_STATUS.get(b["status"])) if status is None else status
    row = {
        "code": "" if by == "name" else b["code"],
        "name": Txt(name_written if name_written is not None else b["name"]),
        "cluster": W(b["cluster"], UPD_CLUSTER[b["cluster"]]),
        "location": W(b["location"], UPD_PLACE[b["location"]]),
        "status": W(st_canon, st_written),
        "_spent_h1": M(spent),
        "_note": note,
    }
    for k in MONEY:
        row[k] = M(str(b[k])) if b[k] is not None else None
    for k in JOBS:
        row[k] = b[k]
    row["_canon"] = b
    row["_by"] = by
    return row


def make_update(base_records):
    base = {r["code"]: r for r in base_records}

    def B(code):
        return dict(base[code])

    rows = [
        upd_row(B("INO-2602"), status=("completed", "завершён"), jobs_created=45,
                spent="120.5", note="Проект завершён в мае 2026 г."),
        upd_row(B("INO-2601"), by="name",
                name_written='Строительство завода полипропиленовой пленки на площадке "Томскнефтехим"',
                jobs_created=78, extra_budgetary_confirmed_mln="4100.0", spent="410.0",
                note="Заключено доп. соглашение с инвестором"),
        upd_row(B("INO-2603"), status=("in_progress", "в работе"), spent="35.0",
                note="Начаты подготовительные работы"),
        upd_row(B("INO-2605"), spent="260.3"),

        upd_row(B("INO-2604"), by="name",
                name_written="ВЫПУСК ИНФУЗИОННЫХ РАСТВОРОВ В ТОМСКОМ РАЙОНЕ",
                note="Без изменений"),
        upd_row(B("INO-2607"), status=("suspended", "Приостановлен"), spent="0"),
        upd_row(B("INO-2608"), total_cost_mln="22150.0", extra_budgetary_mln="20650.0",
                extra_budgetary_confirmed_mln="20650.0", spent="1320.0",
                note="Увеличение стоимости по решению инвестора"),
    ]
    rows.append({
        "code": "INO-2656", "name": "Серийное производство ПЭТ-сканеров",
        "cluster": W("medtech_it", "Медтехника и ИТ"), "location": W("Томск", "Томск"),
        "status": W("planned", "планируется"),
        "total_cost_mln": M("960.0"), "federal_budget_mln": M("300.0"),
        "regional_budget_mln": M("60.0"), "extra_budgetary_mln": M("600.0"),
        "extra_budgetary_confirmed_mln": M("0"), "_spent_h1": M("0"),
        "jobs_planned": 75, "jobs_created": 0,
        "_note": "Новый проект (решение инвестсовета от 18.05.2026)", "_by": "new"})
    rows += [
        upd_row(B("INO-2610"), spent="0"),
        upd_row(B("INO-2612"), by="name",
                name_written="глубокая  переработка дикорастущих ягод в Асино ",
                total_cost_mln="161.0", regional_budget_mln="21.0",
                note="Уточнены итоговые затраты по проекту"),
        upd_row(B("INO-2613"), status=("in_progress", "реализуется"), jobs_created=15,
                spent="22.0", note="Реализация возобновлена, найден поставщик сырья"),
        upd_row(B("INO-2611"), spent="2100.0"),
        upd_row(B("INO-2614"), status=("planned", "планируется"), spent="0",
                note="Стадия определена инвестсоветом 18.05.2026"),
        upd_row(B("INO-2619"), extra_budgetary_mln="-50.0", spent="95.0",
                note="Сторно: уменьшение ВБИ на 50 млн руб. по письму инвестора"),
        upd_row(B("INO-2606"), by="name",
                name_written="Платформа “Умный Томск”: интеллектуальная система управления транспортом",
                jobs_created=20, spent="48.7"),
    ]
    rows.append({
        "code": "INO-2657", "name": "Переработка пихтовой лапки и производство эфирных масел",
        "cluster": W("wildlife", "Дикоросы"), "location": W("Асино", "г. Асино"),
        "status": W("in_progress", "реализуется"),
        "total_cost_mln": M("64.5"), "federal_budget_mln": M("0"),
        "regional_budget_mln": M("4.5"), "extra_budgetary_mln": M("60.0"),
        "extra_budgetary_confirmed_mln": M("60.0"), "_spent_h1": M("12.0"),
        "jobs_planned": 22, "jobs_created": 10,
        "_note": "Новый проект", "_by": "new"})
    rows += [
        upd_row(B("INO-2617"), spent="0"),
        upd_row(B("INO-2618"), status=("completed", "реализован"), jobs_created=12,
                spent="18.2", note="Платформа введена в эксплуатацию"),
    ]
    rows.append({
        "code": "INO-2658", "name": "Инжиниринговый центр композитных материалов",
        "cluster": W(None, "—"), "location": W("Северск", "ЗАТО Северск"),
        "status": W("planned", "планируется"),
        "total_cost_mln": M("410.0"), "federal_budget_mln": M("150.0"),
        "regional_budget_mln": M("60.0"), "extra_budgetary_mln": M("200.0"),
        "extra_budgetary_confirmed_mln": M("50.0"), "_spent_h1": M("0"),
        "jobs_planned": 40, "jobs_created": 0,
        "_note": "Новый проект", "_by": "new"})

    # the negative amount rejects INO-2619's row
    for r in rows:
        if r.get("code") == "INO-2619":
            r["_reject"] = ("negative amount", "I")
    check_sums(rows)

    cols = UPD_COLS
    wb = new_wb("Департамент инвестиций Томской области")
    ws = wb.active
    ws.title = "II квартал 2026"
    n = len(cols)
    last = get_column_letter(n)
    ws["A1"] = "Актуализация сведений о проектах ИНО «Томск» за II квартал 2026 года"
    ws["A2"] = "по состоянию на 01.07.2026"
    for r in (1, 2):
        ws.merge_cells(f"A{r}:{last}{r}")
        ws[f"A{r}"].font = TITLE_FONT
    write_two_level_header(ws, cols, 4)
    first = 6
    state = {r["code"]: dict(r) for r in base_records}
    order = [r["code"] for r in base_records]
    changed, new_codes, by_name, rejected = [], [], [], []

    def norm(s):
        s = s.lower().replace("ё", "е")
        for q in "«»“”„":
            s = s.replace(q, '"')
        return re.sub(r"\s+", " ", s).strip()

    for i, r in enumerate(rows):
        rr = first + i
        write_data_row(ws, rr, cols, r, "mln")
        if r.get("_reject"):
            reason, col = r["_reject"]
            rejected.append({"sheet": ws.title, "row": rr, "reason": reason,
                             "column": col, "code": r["code"]})
            continue
        vals = {f: canon(r.get(f)) for f in UPD_CARRIED}
        if r["_by"] == "name":
            hits = [c for c in order if norm(state[c]["name"]) == norm(r["name"].written)]
            assert len(hits) == 1, r["name"].written
            code = hits[0]
            diff = []
            w = r["name"].written
            if w != w.strip() or "  " in w:
                diff.append("double space, trailing space")
            if w.isupper():
                diff.append("upper case")
            elif w[:1].islower() and state[code]["name"][:1].isupper():
                diff.append("first letter in lower case")
            if "ё" in state[code]["name"] and "ё" not in w:
                diff.append("ё written as е")
            if "«" in state[code]["name"] and "«" not in w:
                diff.append("«» quotes written as " + ('""' if '"' in w else "“”"))
            by_name.append({"code": code, "name_in_file": w, "difference": ", ".join(diff),
                            "row": rr})
            vals.pop("name")
            vals["code"] = code
        else:
            code = vals["code"]
        if code not in state:
            new = {f: None for f in FIELDS}
            new.update(vals)
            state[code] = new
            order.append(code)
            new_codes.append(code)
            continue
        before = dict(state[code])
        state[code].update(vals)
        if state[code] != before:
            changed.append(code)
    last_data = first + len(rows) - 1
    foot = last_data + 2
    ws.cell(foot, 1, "Исполнитель: Соколова А. В., отдел сопровождения инвестиционных проектов")
    ws.merge_cells(start_row=foot, start_column=1, end_row=foot, end_column=n)
    set_widths(ws, [14, 46, 16, 16, 16, 11, 10, 10, 11, 12, 13, 10, 10, 34])
    save_wb(wb, os.path.join(HERE, "invest_dept_update_q2.xlsx"))

    records = [{f: state[c][f] for f in FIELDS} for c in order]
    exp = {
        "file": "invest_dept_update_q2.xlsx",
        "refused": False,
        "fields": FIELDS,
        "record_count": len(records),
        "records": records,
        "rejected": rejected,
        "base_file": "invest_dept_summary.xlsx",
        "sheet": ws.title,
        "columns": columns_list(cols),
        "ignored_columns": ignored_list(cols, WHY),
        "title_rows": [1, 2],
        "header_rows": [4, 5],
        "data_rows": [first, last_data],
        "skipped_rows": {"3": "empty row under the title", str(last_data + 1): "empty row",
                         str(foot): "footnote (executor)"},
        "changed_codes": sorted(changed),
        "new_codes": new_codes,
        "matched_by_name": by_name,
        "unchanged_codes_resent": sorted(
            canon(r["code"]) for r in rows
            if r["_by"] == "code" and not r.get("_reject") and canon(r["code"]) not in changed)
        + sorted(b["code"] for b in by_name if b["code"] not in changed),
        "value_spellings": spellings(rows, ("status", "cluster", "location")),
        "notes": (
            "Import invest_dept_summary.xlsx first, then this file; 'records' is the resulting state "
            "of all projects (base order, new projects appended in file order). Title rows 1-2, "
            "two-level header rows 4-5 ('Финансирование, млн руб.' over 'всего'/'ФБ'/'ОБ'/'ВБИ'/"
            "'из них подтверждено'; 'Рабочие места, ед.' over 'по плану'/'создано'), data rows "
            f"{first}-{last_data}, executor footnote in row {foot}. 12 rows carry a known code (one of them, "
            "INO-2619, is rejected because its ВБИ is negative, -50,0 'сторно': INO-2619 keeps its "
            "earlier values); 4 rows have an empty code and are matched by name (case, ё/е, quote "
            "style, repeated/trailing spaces differ; the stored name is kept); 3 rows carry new codes "
            "(INO-2656..2658): their work area, dates, lead organisation and problems are null because "
            "this file does not carry them. Fields the file does not carry keep their earlier values. "
            "Cluster words are this form's short forms (ЛПК, ТрИЗ, Медтехника и ИТ, Дикоросы; '—' = "
            "none). Ignored: 'Освоено в I полугодии 2026 г.' (spending in a period) and 'Примечание'."),
    }
    write_json("invest_dept_update_q2.expected.json", exp)


# ==========================================================================
# 3. cluster_center_sheets.xlsx  (shape of cluster_sheets.xlsx), тыс. руб.
# ==========================================================================
CL_TOP_FIN = "Финансирование, тыс. руб."
CL_COLS = [
    ("№", None, "_npp"),
    ("Шифр проекта", None, "code"),
    ("Наименование проекта", None, "name"),
    ("Территория реализации", None, "location"),
    ("Состояние", None, "status"),
    ("Период реализации", "с", "start_date"),
    ("Период реализации", "по", "end_date"),
    (CL_TOP_FIN, "всего", "total_cost_mln"),
    (CL_TOP_FIN, "в т.ч. внебюджетные средства", "extra_budgetary_mln"),
    (CL_TOP_FIN, "план на 2026 год", "_y2026"),
    ("Новые рабочие места (план), чел.", None, "jobs_planned"),
    ("Куратор проекта", None, "_person"),
    ("Компания-инициатор", None, "lead_organization"),
]

# sheet name, cluster key, A1 title, groups of rows (blank spacer between groups)
CL_SHEETS = [
    ("Нефтехимия", "petrochemical", "Нефтехимический кластер Томской области: проекты", [
        [P(code="INO-2621", name="Расширение производства полиэтилена высокого давления",
           location=W("Томск", "г. Томск"), status=W("in_progress", "Реализуется "),
           start_date=Dt("2023-05-10"), end_date=Dt("2027-11-30"),
           total_cost_mln=M("6840.0"), extra_budgetary_mln=M("6500.0"), _y2026=M("1200.0"),
           jobs_planned=160, _person="Лебедев К. П.", lead_organization="ООО «Томскнефтехим»"),
         P(code="INO-2622", name="Производство композитной арматуры и профилей",
           location=W("Северск", "ЗАТО Северск"), status=W("in_progress", "В работе"),
           start_date=Dt("2024-02-01", "text"), end_date=Dt("2026-12-31"),
           total_cost_mln=M("412.5", "sp"), extra_budgetary_mln=M("390.0"), _y2026=M("150.0"),
           jobs_planned=48, _person="Лебедев К. П.", lead_organization="ООО «Композит-Северск»",
           _hidden=True)],
        [P(code="INO-2623", name="Выпуск синтетических моющих средств",
           location=W("Томск", "Томск"), status=W("planned", "планируется"),
           start_date=Dt("2026-09-01", "text"), end_date=Dt("2028-06-30"),
           total_cost_mln=M("980.0"), extra_budgetary_mln=M("980.0"), _y2026=M("50.0"),
           jobs_planned=70, _person="Орлова Е. С.", lead_organization="АО «Сибхимпром»")],
    ]),
    ("Ядерные технологии", "nuclear", "Кластер ядерных технологий — перечень проектов", [
        [P(code="INO-2624", name="Производство радиофармпрепаратов на основе технеция-99m",
           location=W("Северск", "ЗАТО Северск"), status=W("in_progress", "реализуется"),
           start_date=Dt("2022-11-01"), end_date=Dt("2026-08-31"),
           total_cost_mln=M("1150.0"), extra_budgetary_mln=M("650.0"), _y2026=M("210.0"),
           jobs_planned=65, _person="Гусев А. М.",
           lead_organization="АО «Сибирский химический комбинат»"),
         P(code="INO-2625", name="Объекты инфраструктуры опытно-демонстрационного энергокомплекса",
           location=W("Северск", "Северск"), status=W("in_progress", "РЕАЛИЗУЕТСЯ"),
           start_date=Dt("2021-06-01"), end_date=Dt("2029-12-31"),
           total_cost_mln=M("18400.0", "nbsp"), extra_budgetary_mln=M("2100.0"),
           _y2026=M("3200.0"), jobs_planned=420, _person="Гусев А. М.",
           lead_organization="АО «Прорыв»")],
        [P(code="INO-2626", name="Центр компетенций по изотопной продукции",
           location=W("Томск", "г. Томск"), status=W("suspended", "приостановлено"),
           start_date=Dt("2023-03-01"), end_date=Dt("2026-03-31", "text"),
           total_cost_mln=M("265.0"), extra_budgetary_mln=M("120.0"), _y2026=M("0"),
           jobs_planned=30, _person="Орлова Е. С.", lead_organization="АО «Изотоп-Сибирь»")],
    ]),
    ("ЛПК", "timber", "Лесопромышленный кластер: перечень инвестиционных проектов", [
        [P(code="INO-2627", name="Производство ориентированно-стружечных плит",
           location=W("Асино", "Асиновский район, г. Асино"),
           status=W("planned", "планируется к реализации"),
           start_date=Dt("2026-10-01", "text"), end_date=Dt("2029-03-31", "text"),
           total_cost_mln=M("9870.0", "sp"), extra_budgetary_mln=M("9600.0", "sp"),
           _y2026=M("400.0"), jobs_planned=380, _person="Морозов В. Г.",
           lead_organization="ООО «Асино-Плит»")],
        [P(code="INO-2628", name="Лесопильно-деревообрабатывающий комбинат в Колпашеве",
           location=W("Колпашево", "г. Колпашево"), status=W("completed", "завершено"),
           start_date=Dt("2019-07-01"), end_date=Dt("2024-06-30"),
           total_cost_mln=M("1480.0"), extra_budgetary_mln=M("1480.0"), _y2026=M("0"),
           jobs_planned=210, _person="Морозов В. Г.", lead_organization="ООО «Нарымлес»"),
         P(code="INO-2629", name=Txt("Производство клеёного бруса и домокомплектов "),
           location=W("Томский район", "Томский район, с. Зоркальцево"),
           status=W("completed", "Завершён"),
           start_date=Dt("2020-03-15"), end_date=Dt("2023-12-15"),
           total_cost_mln=M("356.0"), extra_budgetary_mln=M("340.0"), _y2026=M("0"),
           jobs_planned=95, _person="Морозов В. Г.", lead_organization="ООО «Сибирский дом»")],
    ]),
    ("Фарма", "pharma", "Фармацевтический кластер", [
        [P(code="INO-2630",
           name="Производство лекарственных средств на основе пантов и растительного сырья",
           location=W("Томск", "Томск"), status=W("in_progress", "реализуется"),
           start_date=Dt("2023-09-01"), end_date=Dt("2026-12-31"),
           total_cost_mln=M("520.0"), extra_budgetary_mln=M("470.0"), _y2026=M("90.0"),
           jobs_planned=60, _person="Яковлева Н. И.", lead_organization="ООО «Пантофарм»")],
        [P(code="INO-2631", _reject=("end date before start date", "G"),
           name="Производство генериков противовирусных препаратов",
           location=W("Томский район", "Томский район"), status=W("planned", "планируется"),
           start_date=Dt("2026-06-01", "text"), end_date=Dt("2025-11-30", "text"),
           total_cost_mln=M("740.0"), extra_budgetary_mln=M("700.0"), _y2026=M("60.0"),
           jobs_planned=85, _person="Яковлева Н. И.", lead_organization="ООО «Томфарма»"),
         P(code="INO-2632", name="Модернизация производства таблетированных форм",
           location=W("Томск", "г. Томск"), status=W("completed", "Завершено"),
           start_date=Dt("2021-02-01"), end_date=Dt("2024-09-30"),
           total_cost_mln=M("188.4"), extra_budgetary_mln=M("188.4"), _y2026=M("0"),
           jobs_planned=35, _person="Яковлева Н. И.",
           lead_organization="АО «Томская фармфабрика»")],
    ]),
    ("Медтехника и ИТ", "medtech_it", "Кластер медицинской техники и информационных технологий", [
        [P(code="INO-2633", name="Производство ортопедических имплантатов методом 3D-печати",
           location=W("Томск", "Томск"), status=W("in_progress", "В работе"),
           start_date=Dt("2024-01-15"), end_date=Dt("2027-06-30"),
           total_cost_mln=M("315.0"), extra_budgetary_mln=M("280.0"), _y2026=M("95.0"),
           jobs_planned=55, _person="Зайцев Р. О.", lead_organization="ООО «Имплант-Сибирь»")],
        [P(code="INO-2634", name="Центр обработки медицинских изображений с применением ИИ",
           location=W("Томск", "город Томск"), status=W("planned", "планируется"),
           start_date=Dt("2026-11-01", "text"), end_date=Dt("2028-12-31"),
           total_cost_mln=M("640.0"), extra_budgetary_mln=M("500.0"), _y2026=M("20.0"),
           jobs_planned=40, _person="Зайцев Р. О.", lead_organization="ООО «МедИИ»")],
        [P(code="INO-2635", name="Серийный выпуск аппаратов магнитотерапии",
           location=W("Северск", "г. Северск"), status=W(None, "—"),
           start_date=Dt("2022-05-01"), end_date=Dt("2025-12-31"),
           total_cost_mln=M("96.5"), extra_budgetary_mln=M("96.5"), _y2026=M("0"),
           jobs_planned=28, _person="Зайцев Р. О.", lead_organization="ООО «Магнитотерапия»")],
    ]),
    ("Дикоросы", "wildlife", "Кластер дикоросов", [
        [P(code="INO-2636", name="Заготовка и глубокая переработка брусники и клюквы",
           location=W("Колпашево", "Колпашево"), status=W("in_progress", "реализуется"),
           start_date=Dt("2024-06-01"), end_date=Dt("2026-10-31"),
           total_cost_mln=M("74.8"), extra_budgetary_mln=M("70.0"), _y2026=M("25.0"),
           jobs_planned=45, _person="Белова Т. Ю.", lead_organization="ООО «Северные ягоды»")],
        [P(code="INO-2637", name="Производство биологически активных добавок из чаги",
           location=W("Асино", "Асино"), status=W("suspended", "приостановлено"),
           start_date=Dt("2023-04-01"), end_date=Dt("2025-12-31", "text"),
           total_cost_mln=M("38.6"), extra_budgetary_mln=M("38.6"), _y2026=M("0"),
           jobs_planned=18, _person="Белова Т. Ю.", lead_organization="ООО «Чага-Био»")],
    ]),
    ("ТрИЗ", "hard_to_recover", "Кластер трудноизвлекаемых запасов (ТрИЗ)", [
        [P(code="INO-2638", name="Освоение палеозойских отложений на лицензионных участках",
           location=W("Стрежевой", "г.о. Стрежевой"), status=W("in_progress", "реализуется"),
           start_date=Dt("2021-01-01"), end_date=Dt("2030-12-31"),
           total_cost_mln=M("32500.0", "sp"), extra_budgetary_mln=M("32500.0", "sp"),
           _y2026=M("4100.0"), jobs_planned=540, _person="Тихонов С. В.",
           lead_organization="АО «Томскнефть» ВНК")],
        [P(code="INO-2639", name="Полигон испытаний технологий добычи трудноизвлекаемой нефти",
           location=W("Стрежевой", "Стрежевой"), status=W("planned", "Планируется"),
           start_date=Dt("2027-01-01", "text"), end_date=Dt("2031-12-31"),
           total_cost_mln=M("4200.0"), extra_budgetary_mln=M("3700.0"), _y2026=M("0"),
           jobs_planned=J(120, "text"), _person="Тихонов С. В.",
           lead_organization="ООО «ТрИЗ-Полигон»")],
    ]),
]
CL_HIDDEN_COL_SHEET = "Ядерные технологии"
CL_HIDDEN_COL = "K"


def make_cluster_sheets():
    cols = CL_COLS
    wb = new_wb("АНО «Центр кластерного развития Томской области»")
    first_ws = True
    records, rejected, sheets_info, all_rows = [], [], [], []
    hidden_row = None
    for sheet, ckey, title, groups in CL_SHEETS:
        ws = wb.active if first_ws else wb.create_sheet()
        first_ws = False
        ws.title = sheet
        ws["A1"] = title
        ws["A1"].font = TITLE_FONT
        ws["A2"] = "по состоянию на 01.04.2026"
        write_two_level_header(ws, cols, 4)
        r = 6
        data_rows, blank_rows = [], []
        npp = 0
        for gi, group in enumerate(groups):
            if gi:
                blank_rows.append(r)
                r += 1
            for p in group:
                npp += 1
                spec = dict(p)
                spec["_npp"] = npp
                write_data_row(ws, r, cols, spec, "thous")
                data_rows.append(r)
                all_rows.append(p)
                if p.get("_hidden"):
                    ws.row_dimensions[r].hidden = True
                    hidden_row = {"sheet": sheet, "row": r, "code": p["code"]}
                if p.get("_reject"):
                    reason, col = p["_reject"]
                    rejected.append({"sheet": sheet, "row": r, "reason": reason,
                                     "column": col, "code": p["code"]})
                else:
                    records.append({**{f: canon(p.get(f)) for f in FIELDS}, "cluster": ckey})
                r += 1
        tot = r
        ws.cell(tot, 3, "Итого по кластеру")
        keys = [k for _t, _s, k in cols]
        for key in ("total_cost_mln", "extra_budgetary_mln", "_y2026"):
            s = sum((p[key].mln for g in groups for p in g), D(0)) * 1000
            cell = ws.cell(tot, keys.index(key) + 1, int(s))
            cell.number_format = "#,##0"
        for c in range(1, len(cols) + 1):
            ws.cell(tot, c).font = HDR_FONT
        set_widths(ws, [5, 12, 46, 24, 16, 12, 12, 14, 14, 14, 12, 16, 30])
        if sheet == CL_HIDDEN_COL_SHEET:
            ws.column_dimensions[CL_HIDDEN_COL].hidden = True
        sheets_info.append({"sheet": sheet, "cluster": ckey, "title_A1": title,
                            "header_rows": [4, 5], "data_rows": data_rows,
                            "blank_rows": blank_rows, "totals_row": tot})
    notes_ws = wb.create_sheet("Пояснения")
    for i, line in enumerate([
        "Пояснения к перечню проектов",
        "Суммы указаны в тысячах рублей.",
        "Состояние проекта указано по данным компаний-инициаторов.",
        "Куратор проекта — сотрудник Центра кластерного развития, ведущий проект.",
        "Пустые строки разделяют группы проектов по состоянию.",
    ], 1):
        notes_ws.cell(i, 1, line)
    notes_ws.column_dimensions["A"].width = 90
    check_sums(all_rows)
    save_wb(wb, os.path.join(HERE, "cluster_center_sheets.xlsx"))

    fields = [f for f in FIELDS if f in {k for _t, _s, k in cols} | {"cluster"}]
    records = [{f: rec[f] for f in fields} for rec in records]
    exp = {
        "file": "cluster_center_sheets.xlsx",
        "refused": False,
        "fields": fields,
        "record_count": len(records),
        "records": records,
        "rejected": rejected,
        "columns": columns_list(cols),
        "ignored_columns": ignored_list(cols, WHY),
        "cluster_from_sheet": True,
        "sheets": sheets_info,
        "non_data_sheets": [{"sheet": "Пояснения", "why": "explanatory text, no project table"}],
        "hidden": {
            "row": hidden_row,
            "column": {"sheet": CL_HIDDEN_COL_SHEET, "column": CL_HIDDEN_COL,
                       "field": "jobs_planned"},
        },
        "value_spellings": spellings(all_rows, ("status", "location")),
        "notes": (
            "One sheet per cluster plus a 'Пояснения' sheet of explanatory text (not data). The "
            "record's cluster comes from the sheet: short sheet names (Нефтехимия, Ядерные технологии, "
            "ЛПК, Фарма, Медтехника и ИТ, Дикоросы, ТрИЗ) and the cluster's name in A1 (as a title "
            "phrase, e.g. 'Кластер трудноизвлекаемых запасов (ТрИЗ)'). Each sheet: A1 title, A2 date, "
            "header rows 4-5 ('Период реализации' over 'с'/'по'; 'Финансирование, тыс. руб.' over "
            "'всего'/'в т.ч. внебюджетные средства'/'план на 2026 год'), data from row 6, blank spacer "
            "rows between status groups, an 'Итого по кластеру' totals row. Amounts are in THOUSAND "
            "roubles (unit in the parent header) and are given here in RUB million. Jobs are "
            "'чел.'. Row 7 on sheet 'Нефтехимия' is hidden and column K (jobs) on sheet 'Ядерные "
            "технологии' is hidden: both are data. Statuses vary in case, form and trailing spaces "
            "('Реализуется ', 'РЕАЛИЗУЕТСЯ', 'В работе', 'завершено', 'приостановлено', "
            "'планируется к реализации'); '—' = null. INO-2631 (sheet 'Фарма') is rejected: end "
            "30.11.2025 before start 01.06.2026. Ignored: '№' (row number), 'план на 2026 год' (one-year "
            "slice), 'Куратор проекта' (people's names)."),
    }
    write_json("cluster_center_sheets.expected.json", exp)


# ==========================================================================
# 4. ipa_english.xlsx  (shape of agency_english.xlsx), RUB bn
# ==========================================================================
EN_TOP = "Investment, RUB bn"
EN_COLS = [
    ("#", None, "_npp"),
    ("Project ID", None, "code"),
    ("Project", None, "name"),
    ("Sector", None, "cluster"),
    ("Municipality", None, "location"),
    ("Stage", None, "status"),
    ("Timeline", "Start", "start_date"),
    ("Timeline", "Completion (plan)", "end_date"),
    (EN_TOP, "Total", "total_cost_mln"),
    (EN_TOP, "Private investors", "extra_budgetary_mln"),
    (EN_TOP, "Spent to date", "_spent"),
    ("Private share, %", None, "_share"),
    ("New jobs (target)", None, "jobs_planned"),
    ("Contact person", None, "_person"),
    ("Sponsor / lead company", None, "lead_organization"),
]
EN_ROWS = [
    P(code="INO-2641", name="Polypropylene film plant at the Tomskneftekhim site",
      cluster=W("petrochemical", "Petrochemicals"), location=W("Томск", "Tomsk"),
      status=W("in_progress", "Ongoing"), start_date=Dt("2023-06-01"),
      end_date=Dt("2027-12-31", "q_en"), total_cost_mln=M("5200.0"),
      extra_budgetary_mln=M("5050.0"), _spent=M("2100.0"), jobs_planned=210,
      _person="Anna Volkova", lead_organization="Tomskneftekhim LLC"),
    P(code="INO-2642", name="Radiopharmaceutical production line",
      cluster=W("nuclear", "Nuclear"), location=W("Северск", "Seversk"),
      status=W("in_progress", "In progress"), start_date=Dt("2022-03-15"),
      end_date=Dt("2026-09-30"), total_cost_mln=M("872.5"),
      extra_budgetary_mln=M("612.5"), _spent=M("510.0"), jobs_planned=64,
      _person="Dmitry Orlov", lead_organization="Siberian Chemical Combine JSC"),
    P(code="INO-2643", name="Plywood mill",
      cluster=W("timber", "Timber & wood processing"), location=W("Асино", "Asino"),
      status=W("planned", "Planned"), start_date=Dt("2026-08-01"),
      end_date=Dt("2029-12-31", "year_text"), total_cost_mln=M("3460.0"),
      extra_budgetary_mln=M("3460.0"), _spent=M("0"), jobs_planned=240,
      _person="Igor Belov", lead_organization="Asino Timber Park LLC"),
    P(code="INO-2644", name="Generic oncology drugs plant",
      cluster=W("pharma", "Pharmaceuticals"), location=W("Томский район", "Tomsk district"),
      status=W("in_progress", "Under construction"), start_date=Dt("2024-09-01"),
      end_date=Dt("2027-12-31", "q_ru"), total_cost_mln=M("2135.0"),
      extra_budgetary_mln=M("1935.0"), _spent=M("700.0"), jobs_planned=150,
      _person="Elena Sokolova", lead_organization="Tomsk Pharma LLC"),
    P(code="INO-2645", _reject=("unknown cluster", "D"),
      name="Aerospace composite components plant",
      cluster=W(None, "Aerospace"), location=W("Томск", "Tomsk"),
      status=W("planned", "Planned"), start_date=Dt("2027-03-01"),
      end_date=Dt("2029-06-30", "q_en"), total_cost_mln=M("1100.0"),
      extra_budgetary_mln=M("1000.0"), _spent=M("0"), jobs_planned=90,
      _person="Anna Volkova", lead_organization="SibComposite LLC"),
    P(code="INO-2646", name="Telemedicine software platform",
      cluster=W("medtech_it", "Medical devices & IT"), location=W("Томск", "Tomsk"),
      status=W("completed", "Completed"), start_date=Dt("2021-04-01"),
      end_date=Dt("2024-12-20"), total_cost_mln=M("64.5"),
      extra_budgetary_mln=M("51.5"), _spent=M("64.5"), jobs_planned=25,
      _person="Pavel Zaitsev", lead_organization="TelemedSoft LLC"),
    P(code="INO-2647", name="Cedar nut processing plant",
      cluster=W("wildlife", "Wild forest products (berries, nuts, herbs)"),
      location=W("Колпашево", "Kolpashevo"), status=W("suspended", "On hold"),
      start_date=Dt("2023-05-15"), end_date=Dt("2026-06-30", "q_en"),
      total_cost_mln=M("156.8"), extra_budgetary_mln=M("156.8"), _spent=M("40.0"),
      jobs_planned=38, _person="Igor Belov", lead_organization="Narym Cedar LLC"),
    P(code="INO-2648", name="Bazhenov formation pilot development",
      cluster=W("hard_to_recover", "Hard-to-recover oil"), location=W("Стрежевой", "Strezhevoy"),
      status=W("in_progress", "Ongoing"), start_date=Dt("2022-07-01"),
      end_date=Dt("2030-12-31", "year_num"), total_cost_mln=M("27400.0"),
      extra_budgetary_mln=M("27400.0"), _spent=M("9850.0"), jobs_planned=480,
      _person="Dmitry Orlov", lead_organization="Tomskneft VNK JSC"),
    P(code="INO-2649", name="Smart traffic management system",
      cluster=W(None, "n/a"), location=W("Томск", "Tomsk"),
      status=W("completed", "Completed"), start_date=Dt("2022-02-01"),
      end_date=Dt("2025-11-28"), total_cost_mln=M("412.5"),
      extra_budgetary_mln=M("0"), _spent=M("412.5"), jobs_planned=15,
      _person="Pavel Zaitsev", lead_organization="Tomsk City Administration"),
    P(code="INO-2650", name="University campus (student residences and laboratories)",
      cluster=W(None, ""), location=W("Томск", "Tomsk"),
      status=W("in_progress", "Ongoing"), start_date=Dt("2023-01-10"),
      end_date=Dt("2029-09-30", "q_en"), total_cost_mln=M("39850.0"),
      extra_budgetary_mln=M("4950.0"), _spent=M("12300.0"), jobs_planned=1100,
      _person="Elena Sokolova", lead_organization="Tomsk State University"),
    P(code="INO-2651", name="Isotope products export hub",
      cluster=W("nuclear", "Nuclear technologies"), location=W("Северск", "Seversk (ZATO)"),
      status=W("planned", "Planned"), start_date=Dt("2026-12-01"),
      end_date=Dt("2028-12-31", "year_num"), total_cost_mln=M("318.0"),
      extra_budgetary_mln=M("250.0"), _spent=M("0"), jobs_planned=35,
      _person="Dmitry Orlov", lead_organization="Isotope Siberia JSC"),
    P(code="INO-2652", name="Wood pellet plant",
      cluster=W("timber", "Timber"), location=W("Колпашево", "Kolpashevo"),
      status=W("suspended", "Suspended"), start_date=Dt("2022-09-01"),
      end_date=Dt("2026-12-31", "year_text"), total_cost_mln=M("290.0"),
      extra_budgetary_mln=M("290.0"), _spent=M("95.0"), jobs_planned=55,
      _person="Igor Belov", lead_organization="Narym Pellet LLC"),
    P(code="INO-2653", name="Wild berry freeze-drying plant",
      cluster=W("wildlife", "Wildlife resources cluster"), location=W("Асино", "Asino"),
      status=W("in_progress", "Ongoing"), start_date=Dt("2024-03-01"),
      end_date=Dt("2027-03-31", "q_en"), total_cost_mln=M("92.4"),
      extra_budgetary_mln=M("87.4"), _spent=M("30.0"), jobs_planned=30,
      _person="Anna Volkova", lead_organization="Tomsk Berries LLC"),
    P(code="INO-2654", name="Hard-to-recover reserves R&D test site",
      cluster=W("hard_to_recover", "Hard-to-recover reserves"),
      location=W("Томский район", "Tomsk district"),
      status=W("planned", "Planned"), start_date=Dt("2027-02-01"),
      end_date=Dt("2030-06-30"), total_cost_mln=M("1750.0"),
      extra_budgetary_mln=None, _spent=M("0"), jobs_planned=60,
      _person="Pavel Zaitsev", lead_organization="TPU Oil & Gas Engineering Centre LLC"),
    P(code="INO-2655", name="Medical imaging AI centre",
      cluster=W("medtech_it", "MedTech & IT"), location=W("Томск", "Tomsk"),
      status=W("planned", "Planned"), start_date=Dt("2026-07-01"),
      end_date=Dt("2028-09-30", "q_ru"), total_cost_mln=M("455.0"),
      extra_budgetary_mln=M("405.0"), _spent=M("0"), jobs_planned=42,
      _person="Elena Sokolova", lead_organization="Sibmed AI LLC"),
]


def make_english():
    cols = EN_COLS
    rows = EN_ROWS
    check_sums(rows)
    wb = new_wb("Tomsk Region Investment Promotion Agency")
    ws = wb.active
    ws.title = "Portfolio"
    ws["A1"] = "INO Tomsk investment portfolio: status as of 1 April 2026"
    ws["A1"].font = TITLE_FONT
    ws["A2"] = "Prepared by the Tomsk Region Investment Promotion Agency for investors"
    write_two_level_header(ws, cols, 4)
    first = 6
    keys = [k for _t, _s, k in cols]
    records, rejected = [], []
    quarter_cells, year_text, year_num, real_dates = [], [], [], []
    for i, r in enumerate(rows):
        rr = first + i
        spec = dict(r)
        spec["_npp"] = i + 1
        write_data_row(ws, rr, cols, spec, "bn", date_fmt="DD MMM YYYY")
        pc = share_pct(r)
        cell = ws.cell(rr, keys.index("_share") + 1,
                       None if pc is None else float(D(str(pc)) / 100))
        cell.number_format = "0%"
        end = r["end_date"]
        v, _real = date_cell(end)
        {"date": real_dates, "q_en": quarter_cells, "q_ru": quarter_cells,
         "year_text": year_text, "year_num": year_num}[end.how].append(
            v.strftime("%Y-%m-%d") if isinstance(v, dt.datetime) else v)
        if r.get("_reject"):
            reason, col = r["_reject"]
            rejected.append({"sheet": ws.title, "row": rr, "reason": reason,
                             "column": col, "code": r["code"]})
        else:
            records.append(r)
    last_data = first + len(rows) - 1
    tot = last_data + 1
    ws.cell(tot, 3, "Total")
    for key in ("total_cost_mln", "extra_budgetary_mln", "_spent"):
        s = sum((r[key].mln for r in rows if isinstance(r.get(key), M)), D(0)) / 1000
        cell = ws.cell(tot, keys.index(key) + 1, float(s))
        cell.number_format = "0.0000"
    ws.cell(tot, keys.index("jobs_planned") + 1, sum(r["jobs_planned"] for r in rows))
    for c in range(1, len(cols) + 1):
        ws.cell(tot, c).font = HDR_FONT
    set_widths(ws, [4, 11, 44, 30, 16, 18, 13, 15, 10, 11, 11, 9, 10, 16, 34])
    notes = wb.create_sheet("Read me")
    for i, line in enumerate([
        "About this workbook",
        "Investment figures are in RUB billion.",
        "Completion (plan): the planned completion date, quarter or year reported by the sponsor.",
        "Contact person: the agency's account manager for the project.",
        "Sector: the INO Tomsk cluster the project belongs to; n/a = outside the clusters.",
    ], 1):
        notes.cell(i, 1, line)
    notes.column_dimensions["A"].width = 100
    save_wb(wb, os.path.join(HERE, "ipa_english.xlsx"))

    fields = file_fields(cols)
    exp = {
        "file": "ipa_english.xlsx",
        "refused": False,
        "fields": fields,
        "record_count": len(records),
        "records": [record(r, fields) for r in records],
        "rejected": rejected,
        "data_sheet": "Portfolio",
        "non_data_sheets": [{"sheet": "Read me", "why": "explanatory text, no project table"}],
        "columns": columns_list(cols),
        "ignored_columns": ignored_list(cols, WHY),
        "title_rows": [1, 2],
        "header_rows": [4, 5],
        "data_rows": [first, last_data],
        "skipped_rows": {"3": "empty row", str(tot): "totals row (Total)"},
        "completion_cells": {"date": real_dates, "quarter": quarter_cells,
                             "year_text": year_text, "year_number": year_num},
        "value_spellings": spellings(rows, ("status", "cluster", "location")),
        "notes": (
            "Data on sheet 'Portfolio'; sheet 'Read me' is explanatory text. Title rows 1-2, header "
            "rows 4-5 ('Timeline' over 'Start'/'Completion (plan)'; 'Investment, RUB bn' over "
            "'Total'/'Private investors'/'Spent to date'), data rows "
            f"{first}-{last_data}, totals row {tot} ('Total'). Money is in RUB billion (unit in the "
            "parent header), converted here to RUB million (0.8725 bn = 872.5 mln). Project names "
            "are in English. Sector = cluster in English words ('Petrochemicals', 'Nuclear', "
            "'Timber & wood processing', 'Wild forest products (berries, nuts, herbs)', "
            "'Hard-to-recover oil', 'MedTech & IT' ...); 'n/a' or empty = no cluster. Municipality in "
            "English (Tomsk, Seversk, Seversk (ZATO), Asino, Strezhevoy, Kolpashevo, Tomsk district) -> "
            "the Russian canonical place. Stage: Ongoing / In progress / Under construction = "
            "in_progress, On hold / Suspended = suspended. Completion: a real date as is; a quarter "
            "('Q4 2027', 'IV кв. 2027') = the quarter's last day; a bare year as text ('2029') or as a "
            "number in a General cell (2030) = 31 December. An empty 'Private investors' cell "
            "(INO-2654) is unknown (null). INO-2645 is rejected: its sector 'Aerospace' is no INO "
            "cluster. Ignored: '#', 'Spent to date', 'Private share, %' and 'Contact person' "
            "(people's names; the company is in 'Sponsor / lead company')."),
    }
    write_json("ipa_english.expected.json", exp)


# ==========================================================================
# 5. formulas_calc.xlsx  (shape of formulas.xlsx)
# ==========================================================================
FM_COLS = [
    ("№ п/п", None, "_npp"),
    ("Код", None, "code"),
    ("Наименование проекта", None, "name"),
    ("Источники финансирования", "ФБ", "federal_budget_mln"),
    ("Источники финансирования", "РБ", "regional_budget_mln"),
    ("Источники финансирования", "ВБИ", "extra_budgetary_mln"),
    ("Итого стоимость проекта", None, "total_cost_mln"),
    ("Доля ВБИ, %", None, "_share"),
    ("Рабочие места, чел.", "план", "jobs_planned"),
    ("Рабочие места, чел.", "создано", "jobs_created"),
]
# (code, name, ФБ, ОБ, ВБИ, total formula style, jobs plan (int or "a+b"), created)
FM_ROWS = [
    ("INO-2661", "Технопарк медицинских технологий «Северный»", "450.0", "120.5", "380.0", "sum", "120+30", 40),
    ("INO-2662", "Производство углеродного волокна", "0", "35.0", "1265.0", "plus", 90, 0),
    ("INO-2663", "Переработка торфа в гуминовые удобрения", "0", "12.4", "88.6", "sum", 25, 25),
    ("INO-2664", "Инженерная инфраструктура ОЭЗ «Томск» (площадка «Южная»)", "620.0", "310.0", "0", "plus", 40, 12),
    ("INO-2665", "Центр коллективного пользования «Нанотехнологии»", "185.3", "40.0", "22.7", "sum", 30, 30),
    ("INO-2666", "Выпуск оборудования для нефтедобычи", "0", "0", "540.8", "plus", "200+65", "120+15"),
    ("INO-2667", "Производство биотоплива из отходов лесопиления", "0", "8.0", "212.0", "sum", 45, 0),
    ("INO-2668", "Завод по производству полимерных мембран", "0", "25.0", "775.0", "plus", 110, 0),
    ("INO-2669", "Цифровой двойник городской инфраструктуры Томска", "95.0", "60.0", "15.0", "sum", 20, 8),
    ("INO-2670", "Лаборатория радиационных испытаний электроники", "210.0", "0", "64.2", "plus", 18, 18),
    ("INO-2671", "Переработка облепихи и шиповника", "0", "6.3", "41.2", "sum", "15+10", 10),
]
FM_NO_CACHE = "INO-2667"


def make_formulas():
    cols = FM_COLS
    wb = new_wb("Департамент инвестиций Томской области")
    ws = wb.active
    ws.title = "Расчёт"
    ws["A1"] = "Расчёт объёмов финансирования проектов ИНО «Томск», млн руб."
    ws["A1"].font = TITLE_FONT
    ws["A2"] = "(к заседанию инвестиционного совета 15.04.2026)"
    write_two_level_header(ws, cols, 3)
    first = 5
    cached = {}          # cell ref -> cached value (None = no cached value)
    records, rejected = [], []
    fsum = {"D": D(0), "E": D(0), "F": D(0), "G": D(0), "I": 0, "J": 0}
    for i, (code, name, fb, ob, vb, style, jp, jc) in enumerate(FM_ROWS):
        r = first + i
        fb, ob, vb = D(fb), D(ob), D(vb)
        total = fb + ob + vb
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, code)
        ws.cell(r, 3, name)
        for col, v in (("D", fb), ("E", ob), ("F", vb)):
            ws[f"{col}{r}"] = float(v)
            ws[f"{col}{r}"].number_format = "#,##0.0"
            fsum[col] += v
        ws[f"G{r}"] = f"=SUM(D{r}:F{r})" if style == "sum" else f"=D{r}+E{r}+F{r}"
        ws[f"G{r}"].number_format = "#,##0.0"
        ws[f"H{r}"] = f"=ROUND(F{r}/G{r}*100,1)"
        ws[f"H{r}"].number_format = "0.0"
        share = float((vb / total * 100).quantize(D("0.1")))
        if code == FM_NO_CACHE:
            cached[f"G{r}"] = None
            cached[f"H{r}"] = None
            rejected.append({"sheet": ws.title, "row": r, "reason": "formula without a cached value",
                             "column": "G", "code": code})
        else:
            cached[f"G{r}"] = float(total)
            cached[f"H{r}"] = share
            fsum["G"] += total
        jobs = []
        for col, j in (("I", jp), ("J", jc)):
            if isinstance(j, str):
                ws[f"{col}{r}"] = "=" + j
                a, b = (int(x) for x in j.split("+"))
                cached[f"{col}{r}"] = a + b
                j = a + b
            else:
                ws[f"{col}{r}"] = j
            fsum[col] += j
            jobs.append(j)
        for c in range(1, len(cols) + 1):
            ws.cell(r, c).font, ws.cell(r, c).border = BODY_FONT, BOX
        if code != FM_NO_CACHE:
            records.append({"code": code, "name": name, "total_cost_mln": float(total),
                            "federal_budget_mln": float(fb), "regional_budget_mln": float(ob),
                            "extra_budgetary_mln": float(vb), "jobs_planned": jobs[0],
                            "jobs_created": jobs[1]})
    last_data = first + len(FM_ROWS) - 1
    tot = last_data + 1
    ws.cell(tot, 1, "Итого")
    ws.merge_cells(start_row=tot, start_column=1, end_row=tot, end_column=3)
    for col in ("D", "E", "F", "G", "I", "J"):
        ws[f"{col}{tot}"] = f"=SUM({col}{first}:{col}{last_data})"
        v = fsum[col]
        cached[f"{col}{tot}"] = float(v) if isinstance(v, D) else v
    ws[f"H{tot}"] = f"=ROUND(F{tot}/G{tot}*100,1)"
    cached[f"H{tot}"] = float((fsum["F"] / fsum["G"] * 100).quantize(D("0.1")))
    for c in range(1, len(cols) + 1):
        ws.cell(tot, c).font, ws.cell(tot, c).border = HDR_FONT, BOX
    foot = tot + 2
    ws.cell(foot, 1, "Сокращения: ФБ — федеральный бюджет; РБ — региональный (областной) "
                     "бюджет Томской области; ВБИ — внебюджетные источники.")
    ws.cell(foot, 1).font = Font(name="Times New Roman", size=9, italic=True)
    set_widths(ws, [6, 11, 50, 11, 11, 11, 14, 10, 10, 10])

    def patch(name, data):
        if name != "xl/worksheets/sheet1.xml":
            return data
        text = data.decode("utf-8")

        def fix(m):
            ref = m.group(1)
            if ref not in cached:
                raise AssertionError(f"formula in {ref} without a planned cache entry")
            v = cached[ref]
            body = m.group(0)
            if v is None:
                return body.replace("<v />", "").replace("<v></v>", "")
            return body.replace("<v />", f"<v>{v!r}</v>").replace("<v></v>", f"<v>{v!r}</v>")

        new = re.sub(r'<c r="([A-Z]+\d+)"[^>]*><f>[^<]*</f>(?:<v />|<v></v>)</c>', fix, text)
        assert new.count("<f>") == len(cached), (new.count("<f>"), len(cached))
        return new.encode("utf-8")

    save_wb(wb, os.path.join(HERE, "formulas_calc.xlsx"), patch=patch)
    fields = file_fields(cols)
    exp = {
        "file": "formulas_calc.xlsx",
        "refused": False,
        "fields": fields,
        "record_count": len(records),
        "records": [{f: rec[f] for f in fields} for rec in records],
        "rejected": rejected,
        "sheet": ws.title,
        "columns": columns_list(cols),
        "ignored_columns": ignored_list(cols, {**WHY, "_share": "a percentage formula (share of ВБИ in the total), not an amount"}),
        "title_rows": [1, 2],
        "header_rows": [3, 4],
        "data_rows": [first, last_data],
        "totals_row": tot,
        "skipped_rows": {str(tot): "totals row (Итого, SUM formulas)",
                         str(tot + 1): "empty row",
                         str(tot + 2): "footnote (abbreviations: РБ = regional budget)"},
        "formula_cells": len(cached),
        "formula_cells_without_cached_value": [k for k, v in cached.items() if v is None],
        "notes": (
            "Header rows 3-4 ('Источники финансирования' over 'ФБ'/'РБ'/'ВБИ'; 'Рабочие места, чел.' "
            f"over 'план'/'создано'), data rows {first}-{last_data}, row {tot} is the totals row ('Итого', "
            f"SUM formulas, not a project), row {tot + 2} a footnote that spells out the abbreviations "
            "(РБ = региональный (областной) бюджет -> regional_budget_mln). The unit is in the title "
            "(row 1: 'млн руб.'). "
            "'Итого стоимость проекта' (G) is a formula in every row (=SUM(D:F) or =D+E+F) and some "
            "job counts are formulas (=120+30): an importer reads the cached results. "
            f"The formulas in G{rejected[0]['row']} and H{rejected[0]['row']} (INO-2667) have no cached "
            "value: that row is rejected ('formula without a cached value' - recalculate in Excel), "
            "never read as 0. Column H 'Доля ВБИ, %' is a percentage formula and is ignored; '№ п/п' "
            "is a row number."),
    }
    write_json("formulas_calc.expected.json", exp)


# ==========================================================================
# 6. registry_cp1251.csv  (shape of csv_cp1251.csv), тыс. руб.
# ==========================================================================
CSV_COLS = [
    ("№ п/п", None, "_npp"),
    ("Код проекта", None, "code"),
    ("Наименование проекта", None, "name"),
    ("Кластер", None, "cluster"),
    ("Направление", None, "work_area"),
    ("Территория реализации", None, "location"),
    ("Статус проекта", None, "status"),
    ("Дата начала реализации", None, "start_date"),
    ("Срок завершения", None, "end_date"),
    ("Общая стоимость проекта, тыс. руб.", None, "total_cost_mln"),
    ("Источники финансирования: ФБ, тыс. руб.", None, "federal_budget_mln"),
    ("Источники финансирования: ОБ, тыс. руб.", None, "regional_budget_mln"),
    ("Источники финансирования: ВБИ, тыс. руб.", None, "extra_budgetary_mln"),
    ("ВБИ, подтверждённые соглашениями, тыс. руб.", None, "extra_budgetary_confirmed_mln"),
    ("Финансирование в 2026 году, тыс. руб.", None, "_y2026"),
    ("Рабочие места: план, ед.", None, "jobs_planned"),
    ("Рабочие места: факт, ед.", None, "jobs_created"),
    ("Инициатор проекта", None, "lead_organization"),
    ("ИНН инициатора", None, "_inn"),
    ("Ответственный исполнитель", None, "_person"),
    ("Проблемные вопросы", None, "problems"),
    ("Примечание", None, "_note"),
]


def C(code, name, cluster, wa, loc, st, start, end, tot, fb, ob, vb, conf, y26, jp, jc, org,
      inn, person, problems=None, note=None, reject=None):
    return P(code=code, name=name, cluster=cluster, work_area=wa, location=loc, status=st,
             start_date=start, end_date=end, total_cost_mln=tot, federal_budget_mln=fb,
             regional_budget_mln=ob, extra_budgetary_mln=vb, extra_budgetary_confirmed_mln=conf,
             _y2026=y26, jobs_planned=jp, jobs_created=jc, lead_organization=org, _inn=inn,
             _person=person, problems=problems, _note=note, _reject=reject)


CSV_ROWS = [
    C("INO-2681", "Производство деревянных домокомплектов в Асино",
      W("timber", "Лесопромышленный"), IND, W("Асино", "г. Асино"),
      W("in_progress", "реализуется"), Dt("2024-03-01", "text"), Dt("2026-12-31", "text"),
      M("245.0", "plain"), M("0", "plain"), M("15.0", "plain"), M("230.0", "plain"),
      M("180.0", "plain"), M("90.0", "plain"), 85, 40, "ООО «Асинодом»", "7002020117",
      "Соколов П. А.",
      problems="Нет решения по подъездной дороге; инвестор ждёт ответа администрации"),
    C("INO-2682", "Центр протонной терапии",
      W("medtech_it", "Кластер медтехники и ИТ"), SCI, W("Томск", "Томск"),
      W("planned", "планируется"), Dt("2027-02-01", "text"), Dt("2030-12-31", "q_ru"),
      M("4850.0", "sp"), M("3000.0", "sp"), M("350.0", "sp"), M("1500.0", "sp"),
      M("0", "plain"), M("0", "plain"), 120, 0, "ФГБУ «СибФНКЦ ФМБА России»", "7024006218",
      "Гончарова М. В.", note="Заявка направлена в Минздрав России"),
    C("INO-2683", "Производство кормовых добавок из пихтовой хвои",
      W("wildlife", "Дикоросы"), IND, W("Колпашево", "Колпашево"),
      W("completed", "завершён"), Dt("2021-05-15", "text"), Dt("2024-09-30", "text"),
      M("38.6", "plain1"), M("0", "plain1"), M("4.6", "plain1"), M("34.0", "plain1"),
      M("34.0", "plain1"), M("0", "plain"), 22, 24, "ООО «Пихта-Нарым»", "7007019921",
      "Соколов П. А.", note="Создано больше рабочих мест, чем планировалось"),
    C("INO-2684", "Система «Безопасный город» в Северске",
      W(None, "—"), W("smart_city", "Умный город"), W("Северск", "ЗАТО Северск"),
      W("in_progress", "Реализуется"), Dt("2023-07-01", "text"), Dt("2027-12-31", "year_text"),
      M("186.5", "plain1"), M("120.0", "plain1"), M("66.5", "plain1"), M("0", "plain"),
      M("0", "plain"), M("40.0", "plain"), 14, 9, "Администрация ЗАТО Северск", "7024000110",
      "Гончарова М. В.",
      problems='Подрядчик ООО "СтройСвязь" сорвал сроки поставки камер'),
    C("INO-2685", "Технологическая платформа для малых инновационных предприятий",
      W(None, ""), BIZ, W("Томск", "г. Томск"),
      W("suspended", "приостановлен"), Dt("2022-10-01", "text"), Dt("2025-12-31", "text"),
      M("52.3", "plain"), M("20.0", "plain"), M("32.3", "plain"), M("0", "plain"),
      M("0", "plain"), M("0", "plain"), 10, 3, "Фонд «Томский инкубатор»", "7017288140",
      "Соколов П. А.", problems="Отсутствует софинансирование из федерального бюджета"),
    C("INO-2686", "Нефтехимический комплекс по производству полиолефинов (этап II)",
      W("petrochemical", "Нефтехимический кластер"), IND, W("Томск", "Томск"),
      W("in_progress", "в стадии реализации"), Dt("2022-04-01", "text"), Dt("2028-12-31", "text"),
      M("38400.0", "nbsp"), M("0", "plain"), M("400.0", "nbsp"), M("38000.0", "nbsp"),
      M("30000.0", "nbsp"), M("6500.0", "nbsp"), 650, 210, "ООО «Томскнефтехим»", "7017081040",
      "Рябов Е. Л."),
    C("INO-2687", "Производство литий-ионных аккумуляторных батарей",
      W("medtech_it", "медтехника и ИТ"), INNO, W("Северск", "Северск"),
      W("planned", "планируется"), Dt("2026-10-01", "text"), Dt("2029-12-31", "text"),
      M("2650.0", "plain"), M("0", "plain"), M("150.0", "plain"), M("2500.0", "plain"),
      M("1000.0", "plain"), M("50.0", "plain"), W(None, "около 120"), 0,
      "ООО «СибАккумулятор»", "7024045517", "Рябов Е. Л.",
      note="Количество рабочих мест уточняется", reject=("text in a number column", "P")),
    C("INO-2688", "Внедрение технологий многостадийного гидроразрыва на ТрИЗ",
      W("hard_to_recover", "ТрИЗ"), W("innovation_business", "Технологические инновации и новые бизнесы"),
      W("Стрежевой", "г. Стрежевой"), W("in_progress", "реализуется"),
      Dt("2023-01-01", "text"), Dt("2029-12-31", "text"),
      M("5600.0", "plain"), M("0", "plain"), M("0", "plain"), M("5600.0", "plain"),
      M("5600.0", "plain"), M("800.0", "plain"), 95, 60, "ООО «Стрежевой-ТрИЗ»", "7022017752",
      "Рябов Е. Л."),
    C("INO-2690", "Станция переработки облепихи",
      W("wildlife", "кластер дикоросов"), IND, W("Томский район", "Томский р-н"),
      W("in_progress", "реализуется"), Dt("2024-05-01", "text"), Dt("2026-08-31", "text"),
      M("48.0", "plain"), M("0", "plain"), M("6.0", "plain"), M("42.0", "plain"),
      M("42.0", "plain"), M("10.0", "plain"), 30, 12, "ООО «Облепиха Сибири»", "7014066213",
      "Соколов П. А.", reject=("code used twice with different data", "B")),
    C("INO-2689", "Производство ферментных препаратов",
      W("pharma", "Фармацевтический"), SCI, W("Томский район", "Томский район"),
      W("planned", "планируется"), Dt("2026-09-01", "text"), Dt("2028-06-30", "text"),
      M("318.0", "plain"), M("100.0", "plain"), M("18.0", "plain"), M("200.0", "plain"),
      M("50.0", "plain"), M("20.0", "plain"), 48, 0, "ООО «Ферментех»", "7014071150",
      "Гончарова М. В."),
    C("INO-2691", "Производство стабильных изотопов",
      W("nuclear", "Кластер ядерных технологий"), SCI, W("Северск", "г. Северск"),
      W("completed", "завершен"), Dt("2020-03-01", "text"), Dt("2024-12-20", "text"),
      M("142.0", "plain"), M("80.0", "plain"), M("12.0", "plain"), M("50.0", "plain"),
      M("50.0", "plain"), M("0", "plain"), 26, 26, "АО «Сибирский химический комбинат»",
      "7024029499", "Рябов Е. Л."),
    C("INO-2690", "Станция переработки облепихи",
      W("wildlife", "кластер дикоросов"), IND, W("Томский район", "Томский р-н"),
      W("completed", "завершён"), Dt("2024-05-01", "text"), Dt("2026-08-31", "text"),
      M("48.0", "plain"), M("0", "plain"), M("6.0", "plain"), M("42.0", "plain"),
      M("42.0", "plain"), M("10.0", "plain"), 30, 30, "ООО «Облепиха Сибири»", "7014066213",
      "Соколов П. А.", note="Строка добавлена повторно",
      reject=("code used twice with different data", "B")),
    C("INO-2692", "Производство бытовой химии на основе нефтехимического сырья",
      W("petrochemical", "нефтехимия"), IND, W("Томский район", "Томский район, с. Богашёво"),
      W("in_progress", "реализация"), Dt("2025-02-01", "text"), Dt("2027-06-30", "q_ru_long"),
      M("415.5", "plain1"), M("0", "plain1"), M("15.5", "plain1"), M("400.0", "plain"),
      M("320.0", "plain"), M("150.0", "plain"), 65, 20, "ООО «Томскбытхим»", "7014073005",
      "Соколов П. А."),
    C("INO-2693", "Медицинские информационные системы для сельских ФАП",
      W("medtech_it", "Медицинская техника и ИТ"), W("innovation_business", "Технологические инновации, новые бизнесы"),
      W("Колпашево", "г. Колпашево"), W("in_progress", "Реализуется"),
      Dt("2025-03-01", "text"), Dt("2026-11-30", "text"),
      M("27.4", "sp1"), M("0", "plain"), M("12.4", "sp1"), M("15.0", "plain"),
      M("15.0", "plain"), M("9.0", "plain"), 12, 6, "ООО «МедИнфоСистемы»", "7017355410",
      "Гончарова М. В.", problems="Нет устойчивого интернета в 6 из 18 сёл"),
]


def csv_cell(spec):
    if spec is None:
        return ""
    if isinstance(spec, M):
        return money_cell(spec, "thous")
    if isinstance(spec, Dt):
        v, real = date_cell(spec)
        assert not real
        return str(v)
    v, _ = render(spec, "thous")
    return "" if v is None else str(v)


def make_csv():
    cols = CSV_COLS
    rows = CSV_ROWS
    check_sums(rows)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL,
                   lineterminator="\r\n")
    w.writerow([t for t, _s, _k in cols])
    records, rejected = [], []
    for i, r in enumerate(rows):
        spec = dict(r)
        spec["_npp"] = i + 1
        w.writerow([csv_cell(spec.get(k)) for _t, _s, k in cols])
        line = i + 2
        if r.get("_reject"):
            reason, col = r["_reject"]
            rejected.append({"sheet": None, "row": line, "reason": reason, "column": col,
                             "code": r["code"]})
        else:
            records.append(record(r, FIELDS))
    data = buf.getvalue().encode("cp1251")
    with open(os.path.join(HERE, "registry_cp1251.csv"), "wb") as f:
        f.write(data)
    exp = {
        "file": "registry_cp1251.csv",
        "refused": False,
        "fields": FIELDS,
        "record_count": len(records),
        "records": records,
        "rejected": rejected,
        "encoding": "cp1251",
        "delimiter": ";",
        "header_line": 1,
        "data_lines": [2, len(rows) + 1],
        "columns": columns_list(cols),
        "ignored_columns": ignored_list(cols, WHY),
        "value_spellings": spellings(rows),
        "notes": (
            "Registry export: Windows-1251, no BOM, CRLF, ';' separator, fields with ';' or '\"' "
            "quoted with inner quotes doubled. Line 1 is the header; one project per line. Amounts "
            "are in THOUSAND roubles (every money header says 'тыс. руб.'), written with a decimal "
            "comma, mostly without separators ('245000', '186500'), some with a plain or non-breaking "
            "space between thousands ('4 850 000'); given here in RUB million. Funding-source headers "
            "are flattened 'Источники финансирования: ФБ, тыс. руб.'. Dates are dd.mm.yyyy; some ends "
            "are a quarter ('IV кв. 2030', 'II квартал 2027') or a bare year ('2027'). Empty field = "
            "null; cluster '—' or empty = none. Rejected: line 8 (INO-2687) jobs 'около 120' is text "
            "in a number column; lines 10 and 13 both carry INO-2690 with different status and jobs "
            "(a code used twice with different data: both rejected). Ignored: '№ п/п', "
            "'Финансирование в 2026 году' (one-year slice), 'ИНН инициатора', 'Ответственный "
            "исполнитель' (people), 'Примечание' (remarks)."),
    }
    write_json("registry_cp1251.expected.json", exp)


def main():
    base = make_ministry()
    make_update(base)
    make_cluster_sheets()
    make_english()
    make_formulas()
    make_csv()
    print("written to", HERE)


if __name__ == "__main__":
    main()
