#!/usr/bin/env python3
"""Generate the agency4 evaluation workbooks and their expected import results.

Written from /work/shared/samples/README.md and the shapes of the sample workbooks only,
without reading the importer. Deterministic: the same seed gives the same files
(except the zip timestamps inside the LibreOffice re-saves).

    .venv/bin/python tests/data/agency4/make_agency4.py [--no-resave]
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
SEED = 20261206
NBSP = "\u00a0"

FIELDS = [
    "code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
    "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
    "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created", "lead_organization",
    "problems",
]
MONEY = ["total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
         "extra_budgetary_confirmed_mln"]

# --------------------------------------------------------------------------------------
# invented Tomsk-region projects
# --------------------------------------------------------------------------------------

TOPICS = {
    "petrochemical": ["{V} производства полиэтиленовой плёнки",
                      "{V} производства бутадиенового каучука", "Строительство установки пиролиза",
                      "{V} производства полимерных труб",
                      "{V} производства присадок к моторным топливам",
                      "{V} выпуска композитных баллонов"],
    "nuclear": ["{V} производства медицинских изотопов",
                "{V} производства тепловыделяющих сборок",
                "Создание центра радиационной стерилизации", "{V} производства ниобиевых сплавов",
                "Строительство линии переработки фторидов",
                "Сооружение опытного реактора малой мощности"],
    "timber": ["{V} лесопильного производства", "{V} производства пеллет",
               "{V} производства клеёной балки", "{V} производства LVL-бруса",
               "Строительство завода модульных деревянных домов",
               "{V} производства древесноволокнистых плит"],
    "pharma": ["{V} производства инсулиновых препаратов",
               "{V} производства противовирусных субстанций",
               "{V} производства ветеринарных вакцин", "{V} производства инфузионных растворов",
               "Создание лаборатории доклинических исследований",
               "{V} производства пептидных препаратов"],
    "medtech_it": ["{V} производства рентгеновских аппаратов", "Развитие платформы телемедицины",
                   "{V} производства слуховых имплантов", "Строительство центра обработки данных",
                   "{V} производства микроволновых модулей",
                   "Внедрение системы цифровой диагностики"],
    "wildlife": ["{V} переработки кедрового ореха", "{V} производства ягодных экстрактов",
                 "{V} переработки берёзового сока", "Заготовка лекарственных трав",
                 "{V} производства продукции из чаги", "{V} цеха сушки лесных грибов"],
    "hard_to_recover": ["Опытная разработка баженовской свиты",
                        "Освоение трудноизвлекаемых запасов нефти",
                        "Испытания технологии многостадийного гидроразрыва",
                        "Добыча высоковязкой нефти", "Создание полигона геологоразведки",
                        "Освоение палеозойских залежей"],
    None: ["Строительство городского технопарка", "Создание бизнес-инкубатора",
           "Строительство студенческого кампуса", "Внедрение системы умного освещения",
           "Создание инжинирингового центра", "Развитие центра коллективного пользования"],
}
VERBS = ["Организация", "Расширение", "Модернизация", "Запуск"]
LEADS = {
    "petrochemical": ["ООО «Томскнефтехим»", "АО «Сибкабель»", "ООО «Полимер-Томск»"],
    "nuclear": ["АО «СХК»", "АО «ТВЭЛ»", "ФГУП «ПСЗ»", "ООО «Изотоп-Северск»"],
    "timber": ["ООО «Асиновский ЛПК»", "ООО «Томлесдрев»", "ООО «Сибирский лес»"],
    "pharma": ["АО «Фармстандарт-Томскхимфарм»", "ООО «Артлайф»", "ООО «Томские вакцины»"],
    "medtech_it": ["АО «НПФ «Микран»", "ООО «Элекард»", "АО «ЭлеСи»", "ТУСУР"],
    "wildlife": ["ООО «Сибирская ягода»", "ООО «Кедровый дом»", "ООО «Таёжные дары»"],
    "hard_to_recover": ["ОАО «Томскнефть» ВНК", "ООО «Газпромнефть-Восток»", "АО «ТомскНИПИнефть»"],
    None: ["Томский политехнический университет", "Томский государственный университет",
           "Администрация г. Томска", "АНО «Технопарк Томской области»"],
}
PROBLEMS = [
    "Не решён вопрос с земельным участком",
    "Задержка поставки импортного оборудования",
    "Требуется корректировка проектно-сметной документации",
    "Инвестор не подтвердил финансирование на 2026 г.",
    "Ожидается заключение государственной экспертизы",
]
WORK_AREAS = ["industry", "science_education", "innovation_business", "smart_city",
              "business_environment"]
LOCATIONS = ["Томск", "Северск", "Асино", "Стрежевой", "Колпашево", "Томский район"]
PLACE_OF = {"petrochemical": ["Томск", "Томский район", "Северск"],
            "nuclear": ["Северск", "Томск"], "timber": ["Асино", "Томский район", "Колпашево"],
            "pharma": ["Томск", "Северск"], "medtech_it": ["Томск"],
            "wildlife": ["Колпашево", "Асино", "Томский район"],
            "hard_to_recover": ["Стрежевой"], None: LOCATIONS}
PLACE_SUFFIX = {"Томск": "в Томске", "Северск": "в Северске", "Асино": "в Асино",
                "Стрежевой": "в Стрежевом", "Колпашево": "в Колпашеве",
                "Томский район": "в Томском районе"}


def qend(y: int, q: int) -> dt.date:
    m = 3 * q
    return dt.date(y, m, calendar.monthrange(y, m)[1])


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.used_names: set[str] = set()

    def project(self, code: str, cluster="?", *, status=None, end_kind="date",
                start_kind="date", with_sources=True) -> dict:
        r = self.r
        if cluster == "?":
            cluster = r.choice(list(TOPICS))
        loc = r.choice(PLACE_OF[cluster])
        for _ in range(100):
            name = r.choice(TOPICS[cluster]).replace("{V}", r.choice(VERBS))
            if r.random() < 0.35:
                name += " " + PLACE_SUFFIX[loc]
            if r.random() < 0.15:
                name += f" (этап {r.choice(['I', 'II', 'III'])})"
            if name not in self.used_names:
                break
        self.used_names.add(name)
        # dates
        sy = r.randint(2018, 2024)
        start = dt.date(sy, r.randint(1, 12), r.randint(1, 28))
        if start_kind == "year":
            start = dt.date(sy, 12, 31)
        elif start_kind == "quarter":
            start = qend(sy, r.randint(1, 4))
        ey = sy + r.randint(1, 6)
        end = dt.date(ey, r.randint(1, 12), r.randint(1, 28))
        if end_kind == "year":
            end = dt.date(ey, 12, 31)
        elif end_kind == "quarter":
            end = qend(ey, r.randint(1, 4))
        if status is None:
            if end < dt.date(2025, 6, 1):
                status = r.choice(["completed", "completed", "suspended"])
            elif start > dt.date(2025, 6, 1):
                status = "planned"
            else:
                status = r.choice(["in_progress", "in_progress", "in_progress", "suspended",
                                   "planned"])
        # money in tenths of a million
        total = int(round(10 ** r.uniform(1.3, 4.2), 1) * 10)
        fed = int(total * r.choice([0, 0, 0.1, 0.2, 0.3, 0.35]))
        reg = int(total * r.choice([0, 0.05, 0.1, 0.15]))
        extra = total - fed - reg
        conf = int(extra * r.choice([0, 0.3, 0.6, 1.0]))
        jp = r.randint(2, 300) * 5
        if status == "completed":
            jc = jp
        elif status == "planned":
            jc = 0
        else:
            jc = r.randint(0, jp)
        p = {
            "code": code, "name": name, "cluster": cluster, "work_area": r.choice(WORK_AREAS),
            "location": loc, "status": status, "start_date": start, "end_date": end,
            "total_cost_mln": total, "federal_budget_mln": fed, "regional_budget_mln": reg,
            "extra_budgetary_mln": extra, "extra_budgetary_confirmed_mln": conf,
            "jobs_planned": jp, "jobs_created": jc,
            "lead_organization": r.choice(LEADS[cluster]),
            "problems": r.choice(PROBLEMS) if status in ("suspended", "in_progress")
            and r.random() < 0.5 else None,
            "_end_kind": end_kind, "_start_kind": start_kind,
        }
        return p


# --------------------------------------------------------------------------------------
# cell renderers
# --------------------------------------------------------------------------------------

def group(intpart: int, sep: str) -> str:
    s = f"{intpart:,}"
    return s.replace(",", sep)


def money_value(tenths: int, unit: str) -> float | int:
    if unit == "thous":
        return tenths * 100
    if unit == "bn":
        return round(tenths / 10000, 4)
    return round(tenths / 10, 1)


def money_text(tenths: int, unit: str, sep: str = NBSP) -> str:
    """A Russian-written number: thousands separated, decimal comma."""
    if unit == "thous":
        v = tenths * 100
        return group(v, sep)
    if unit == "bn":
        s = f"{tenths / 10000:.4f}".rstrip("0")
        if s.endswith("."):
            s += "0"
        a, b = s.split(".")
        return group(int(a), sep) + "," + b
    a, b = divmod(tenths, 10)
    return group(a, sep) + "," + str(b)


def ddmmyyyy(d: dt.date) -> str:
    return d.strftime("%d.%m.%Y")


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def quarter_text(d: dt.date, style: str) -> str:
    q = (d.month - 1) // 3 + 1
    return {"roman": f"{ROMAN[q]} кв. {d.year}",
            "roman_g": f"{ROMAN[q]} кв. {d.year} г.",
            "arabic_g": f"{q} кв. {d.year} г.",
            "arabic": f"{q} квартал {d.year}",
            "q": f"Q{q} {d.year}"}[style]


def iso(v):
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


# --------------------------------------------------------------------------------------
# a file under construction
# --------------------------------------------------------------------------------------

class Out:
    def __init__(self, file: str, fields: list[str]) -> None:
        self.file = file
        self.fields = [f for f in FIELDS if f in fields]
        self.records: list[dict] = []
        self.rejected: list[dict] = []
        self.columns: list[list] = []
        self.extra: dict = {}
        self.notes = ""

    def record(self, p: dict) -> None:
        rec = {}
        for f in self.fields:
            v = p.get(f)
            if f in MONEY and v is not None:
                v = round(v / 10, 1)
            rec[f] = iso(v)
        self.records.append(rec)

    def reject(self, sheet, row, reason, column, code) -> None:
        self.rejected.append({"sheet": sheet, "row": row, "reason": reason, "column": column,
                              "code": code})

    def dump(self, path: Path | None = None, file: str | None = None) -> None:
        d = {"file": file or self.file, "refused": False, "fields": self.fields,
             "record_count": len(self.records), "records": self.records,
             "rejected": self.rejected, "columns": self.columns}
        d.update(self.extra)
        d["notes"] = self.notes
        path = path or HERE / (Path(self.file).stem + ".expected.json")
        path.write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def wrap(ws, row, ncols):
    for c in range(1, ncols + 1):
        ws.cell(row, c).alignment = Alignment(wrap_text=True, vertical="center",
                                              horizontal="center")
        ws.cell(row, c).font = Font(bold=True)


def set_widths(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


DATEFMT = "DD.MM.YYYY"
NUMFMT = "#,##0.0"


def put(ws, row, col, value):
    if isinstance(value, str) and value == "":
        value = None
    c = ws.cell(row, col, value)
    if isinstance(value, (dt.date, dt.datetime)):
        c.number_format = DATEFMT
    return c


def todt(d: dt.date) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day)


FIXED_TIME = "2025-10-14T09:00:00Z"


def save(wb, path: Path, author: str) -> None:
    """Save, then rewrite the zip with fixed timestamps so that reruns give identical bytes."""
    wb.properties.creator = author
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, raw in items:
            data = raw
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                              rb"\g<1>" + FIXED_TIME.encode(), raw)
            info = zipfile.ZipInfo(name, date_time=(2025, 10, 14, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def letter(i: int) -> str:
    return get_column_letter(i)


# --------------------------------------------------------------------------------------
# 1. ministry form: title rows, unit in a note row, merged two-level header,
#    column numbers, totals, footnotes; amounts in thousands said only in «(тыс. рублей)»
# --------------------------------------------------------------------------------------

CLUSTER_RU = {
    "petrochemical": "Нефтехимический кластер", "nuclear": "Кластер ядерных технологий",
    "timber": "Лесопромышленный кластер", "pharma": "Фармацевтический кластер",
    "medtech_it": "Кластер медицинской техники и информационных технологий",
    "wildlife": "Кластер дикоросов", "hard_to_recover": "Кластер трудноизвлекаемых запасов",
}
WA_RU = {"industry": "Передовая промышленность", "science_education": "Наука и образование",
         "innovation_business": "Технологические инновации, новые бизнесы",
         "smart_city": "Умный и удобный город", "business_environment": "Деловая среда"}


def make_ministry(g: Gen) -> Out:
    out = Out("a4_ministry_form.xlsx", FIELDS)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Форма 2-ИНО"
    heads = [
        ("№\nп/п", None, None), ("Код\nпроекта¹", None, "code"),
        ("Наименование\nпроекта", None, "name"), ("Кластер", None, "cluster"),
        ("Направление:", None, "work_area"), ("Место\nреализации", None, "location"),
        ("Статус\nпроекта", None, "status"), ("Дата\nначала", None, "start_date"),
        ("Дата\nокончания", None, "end_date"),
        ("Стоимость проекта", "всего", "total_cost_mln"),
        ("Стоимость проекта", "ФБ*", "federal_budget_mln"),
        ("Стоимость проекта", "ОБ*", "regional_budget_mln"),
        ("Стоимость проекта", "внебюд-\nжетные средства", "extra_budgetary_mln"),
        ("Освоено на отчётную дату", None, None),
        ("в т.ч. подтверждённые внебюджетные средства²", None, "extra_budgetary_confirmed_mln"),
        ("План финансирования на 2026 год", None, None),
        ("Рабочие места, ед.", "план", "jobs_planned"),
        ("Рабочие места, ед.", "факт (созданы)", "jobs_created"),
        ("Рабочие места, ед.", "сохранены", None),
        ("Ответственный исполнитель", None, "lead_organization"),
        ("Проблемные вопросы", None, "problems"),
        ("Примечание", None, None),
    ]
    n = len(heads)
    ws.cell(1, 1, "Сведения о ходе реализации проектов программы ИНО «Томск» за 9 месяцев 2025 года")
    ws.cell(1, 1).font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws.cell(2, 1, "Департамент по научно-технологическому развитию Томской области")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
    ws.cell(3, 1, "(тыс. рублей)")
    ws.cell(3, 1).alignment = Alignment(horizontal="right")
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=n)
    # header rows 5-6
    col = 1
    while col <= n:
        top, sub, _ = heads[col - 1]
        if sub is None:
            ws.cell(5, col, top)
            ws.merge_cells(start_row=5, start_column=col, end_row=6, end_column=col)
            col += 1
        else:
            span = [i for i in range(col, n + 1) if heads[i - 1][0] == top]
            ws.cell(5, col, top)
            ws.merge_cells(start_row=5, start_column=span[0], end_row=5, end_column=span[-1])
            for i in span:
                ws.cell(6, i, heads[i - 1][1])
            col = span[-1] + 1
    wrap(ws, 5, n)
    wrap(ws, 6, n)
    for i in range(1, n + 1):
        ws.cell(7, i, i)
    set_widths(ws, [5, 11, 40, 22, 22, 14, 14, 12, 12] + [13] * 10 + [26, 30, 20])
    out.columns = [[(t if s is None else f"{t} / {s}"), f] for t, s, f in heads]

    r = g.r
    projects = []
    for k in range(24):
        projects.append(g.project(f"INO-41{k + 1:02d}"))
    # quirks
    statuses = {"planned": ["планируется", "Планируется", "планируется к реализации"],
                "in_progress": ["реализуется", "Реализуется", "в стадии реализации"],
                "completed": ["завершён", "Завершен", "реализован"],
                "suspended": ["приостановлен", "Приостановлен", "приостановлена"]}
    dash_rows = {3, 9, 15}          # federal budget written as a dash: none
    status_dash = {12}              # status «—»: unknown
    reject = {7: ("negative", "extra_budgetary_mln"), 18: ("end_before_start", "end_date")}
    row = 8
    first = row
    tot = [0] * 5
    for k, p in enumerate(projects):
        if k in dash_rows:
            p["federal_budget_mln"] = None
        if k in status_dash:
            p["status"] = None
        rej = reject.get(k)
        vals = {}
        vals["code"] = p["code"]
        vals["name"] = p["name"]
        vals["cluster"] = CLUSTER_RU[p["cluster"]] if p["cluster"] else r.choice(["", "—"])
        vals["work_area"] = WA_RU[p["work_area"]]
        vals["location"] = p["location"]
        vals["status"] = r.choice(statuses[p["status"]]) if p["status"] else "—"
        s, e = p["start_date"], p["end_date"]
        if rej and rej[0] == "end_before_start":
            e = s - dt.timedelta(days=200)
        vals["start_date"] = ddmmyyyy(s) if k % 3 == 0 else todt(s)
        vals["end_date"] = ddmmyyyy(e) if k % 4 == 1 else todt(e)
        for f in MONEY:
            t = p[f]
            if t is None:
                vals[f] = "—" if k != 9 else "-"
                continue
            if rej and rej[0] == "negative" and f == rej[1]:
                vals[f] = -money_value(t, "thous")
                continue
            if (k + MONEY.index(f)) % 4 == 0:
                vals[f] = money_text(t, "thous", NBSP if k % 2 else " ")
            else:
                vals[f] = money_value(t, "thous")
        vals["jobs_planned"] = p["jobs_planned"]
        vals["jobs_created"] = p["jobs_created"]
        vals["lead_organization"] = p["lead_organization"]
        vals["problems"] = p["problems"] or ""
        # decoys
        spent = int((p["total_cost_mln"] or 0) * r.uniform(0.1, 0.9)) * 100
        plan26 = int((p["total_cost_mln"] or 0) * r.uniform(0.05, 0.3)) * 100
        saved = r.randint(0, 40) * 5
        note = r.choice(["", "", "Соглашение от 12.02.2024 № 45", "Данные инициатора",
                         "см. письмо ДНТР"])
        for c, (_, _, f) in enumerate(heads, 1):
            v = vals[f] if f is not None else {1: k + 1, 14: spent, 16: plan26, 19: saved,
                                               22: note}[c]
            cell = put(ws, row, c, v if v != "" else None)
            if isinstance(v, (int, float)) and 10 <= c <= 16:
                cell.number_format = "#,##0"
        if rej:
            if rej[0] == "negative":
                out.reject(ws.title, row, "negative amount",
                           letter(13), p["code"])
            else:
                out.reject(ws.title, row, "end date before start date", letter(9), p["code"])
        else:
            out.record(p)
            for i, f in enumerate(MONEY):
                tot[i] += p[f] or 0
        row += 1
    last = row - 1
    ws.cell(row, 1, "Итого по программе")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
    for i in range(len(MONEY)):
        c = [10, 11, 12, 13, 15][i]
        ws.cell(row, c, tot[i] * 100).number_format = "#,##0"
    ws.cell(row, 1).font = Font(bold=True)
    totals_row = row
    ws.cell(row + 2, 1, "¹ Код проекта присваивается при включении в реестр ИНО «Томск».")
    ws.cell(row + 3, 1, "* ФБ — федеральный бюджет, ОБ — областной бюджет.")
    ws.cell(row + 4, 1, "² По заключённым соглашениям с инвесторами.")
    for rr in (row + 2, row + 3, row + 4):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=n)
    ws.freeze_panes = "D8"
    save(wb, HERE / out.file, "Департамент НТР")
    out.extra = {"header_rows": [5, 6], "data_rows": [first, last],
                 "skipped_rows": {"3": "unit note «(тыс. рублей)»", "7": "column numbers",
                                  str(totals_row): "totals",
                                  str(totals_row + 2): "footnote",
                                  str(totals_row + 3): "footnote",
                                  str(totals_row + 4): "footnote"}}
    t0, t2, t4 = totals_row, totals_row + 2, totals_row + 4
    out.notes = (
        "Ministry form. Title rows 1-2; row 3 is a note «(тыс. рублей)» that gives the unit of "
        "every money column (no money header states a unit), so all amounts are thousands of "
        "roubles and are given here in RUB million. Two-level merged header in rows 5-6: "
        "'Стоимость проекта' spans всего / ФБ* / ОБ* / «внебюд-\\nжетные средства» (hyphen broken "
        "across lines), 'Рабочие места, ед.' spans план / факт (созданы) / сохранены. Row 7 numbers "
        "the columns. Columns that must not be imported: № п/п, 'Освоено на отчётную дату' "
        "(money spent), 'План финансирования на 2026 год', 'сохранены' (jobs saved, not created), "
        "'Примечание'. Header cells hold line breaks, footnote marks (¹ * ²) and a trailing "
        "colon. Some amounts are text in thousands with plain or no-break spaces "
        "('1 234 500'); a federal budget written '—' or '-' means none (null). Status '—' "
        "is unknown (null). Cluster '' or '—' means no cluster. Dates: real dates or "
        f"'dd.mm.yyyy' text. Row {t0} is the totals row ('Итого по программе'), rows {t2}-{t4} are "
        "footnotes. Two rows are rejected: a negative extra-budgetary amount and an end date "
        "before the start date.")
    out.dump()
    return out


# --------------------------------------------------------------------------------------
# 2. one sheet per cluster, thousands said as «т.р.» in headers or «тыс.руб» under the title
# --------------------------------------------------------------------------------------

def make_cluster_tabs(g: Gen) -> Out:
    out = Out("a4_cluster_tabs.xlsx", ["code", "name", "cluster", "location", "status",
                                       "start_date", "end_date", "total_cost_mln",
                                       "extra_budgetary_mln", "jobs_planned",
                                       "lead_organization"])
    r = g.r
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    sheets = [
        ("Нефтехимия", "petrochemical", "Нефтехимический кластер: проекты", "hdr"),
        ("Ядерные технологии", "nuclear", "КЛАСТЕР ЯДЕРНЫХ ТЕХНОЛОГИЙ", "note"),
        ("ЛПК", "timber", "Лесопромышленный кластер — реестр проектов", "hdr"),
        ("Фарма", "pharma", "Фармацевтический кластер", "note"),
        ("Медтехника и ИТ", "medtech_it",
         "Кластер медицинской техники и информационных технологий", "hdr"),
        ("ТрИЗ", "hard_to_recover", "Кластер трудноизвлекаемых запасов", "note"),
    ]
    place = {"Томск": ["г. Томск", "Томск", "г.Томск"], "Северск": ["ЗАТО Северск", "г. Северск"],
             "Асино": ["г. Асино", "Асино"], "Стрежевой": ["г. Стрежевой", "Стрежевой"],
             "Колпашево": ["г. Колпашево"], "Томский район": ["Томский р-н", "Томский район"]}
    stat = {"planned": ["планируется", "Планируемый", "ПЛАНИРУЕТСЯ"],
            "in_progress": ["реализуется", "Реализуется ", "в реализации"],
            "completed": ["завершен", "Завершён", "завершено"],
            "suspended": ["приостановлен", "Приостановлено"]}
    sheet_info = []
    dup_code = "INO-4299"
    codes_iter = iter(range(4201, 4299))
    for si, (sname, cl, a1, unitmode) in enumerate(sheets):
        ws = wb.create_sheet(sname)
        ws.cell(1, 1, a1).font = Font(bold=True)
        ws.cell(2, 1, "по состоянию на 01.10.2025" + ("; тыс.руб" if unitmode == "note" else ""))
        u = ", т.р." if unitmode == "hdr" else ""
        heads = [("Код", "code"), ("Проект", "name"), ("Место реализации", "location"),
                 ("Статус", "status"), ("Начало\n(год)", "start_date"),
                 ("Окончание", "end_date"), (f"Стоимость{u}", "total_cost_mln"),
                 (f"в т.ч. внебюд-\nжетные{u}", "extra_budgetary_mln"),
                 (f"Израсходовано{u}", None), ("Раб. места\n(план)", "jobs_planned"),
                 ("Раб. места\n(сохранённые)", None), ("Исполнитель", "lead_organization"),
                 ("ИНН исполнителя", None)]
        for c, (h, _) in enumerate(heads, 1):
            ws.cell(4, c, h)
        wrap(ws, 4, len(heads))
        set_widths(ws, [11, 44, 16, 15, 10, 14, 14, 14, 14, 11, 13, 30, 14])
        if si == 0:
            out.columns = [[h.replace(", т.р.", ", т.р."), f] for h, f in heads]
        nrows = [4, 4, 4, 3, 3, 4][si]
        row = 5
        data_rows = []
        for j in range(nrows):
            end_kind = r.choice(["date", "quarter", "quarter"])
            p = g.project(f"INO-{next(codes_iter)}", cl, start_kind="year", end_kind=end_kind)
            p["cluster"] = cl
            rej = None
            if si == 2 and j == 1:
                rej = "text"
            if si == 4 and j == 2:
                p["code"] = dup_code
                rej = "dup"
            if si == 0 and j == 3:
                p["code"] = dup_code
                rej = "dup"
            sy = p["start_date"].year
            vals = {
                "code": p["code"], "name": p["name"],
                "location": r.choice(place[p["location"]]),
                "status": r.choice(stat[p["status"]]),
                "start_date": f"{sy} г." if j % 2 else sy,
                "end_date": (todt(p["end_date"]) if end_kind == "date" else
                             quarter_text(p["end_date"], r.choice(["roman", "roman_g",
                                                                    "arabic_g"]))),
                "jobs_planned": p["jobs_planned"], "lead_organization": p["lead_organization"],
            }
            for f in ("total_cost_mln", "extra_budgetary_mln"):
                if (j + si) % 3 == 0:
                    vals[f] = money_text(p[f], "thous", NBSP)
                else:
                    vals[f] = money_value(p[f], "thous")
            if rej == "text":
                vals["total_cost_mln"] = "ориент. 350 000"
            spent = int(p["total_cost_mln"] * r.uniform(0.05, 0.8)) * 100
            for c, (h, f) in enumerate(heads, 1):
                if f:
                    v = vals[f]
                elif h.startswith("Израсх"):
                    v = spent
                elif h.startswith("Раб"):
                    v = r.randint(0, 30) * 5
                else:
                    v = str(7017000000 + r.randint(10000, 99999))
                put(ws, row, c, v)
            if rej == "text":
                out.reject(sname, row, "not a number: 'ориент. 350 000'", "G", p["code"])
            elif rej == "dup":
                out.reject(sname, row, f"duplicate code {dup_code} (rows differ)", "A", dup_code)
            else:
                out.record(p)
            data_rows.append(row)
            row += 1
            if j == 1 and si in (1, 3):
                row += 1  # blank spacer row
        if si == 1:
            ws.row_dimensions[6].hidden = True
        if si == 3:
            ws.column_dimensions["E"].hidden = True
        ws.column_dimensions["M"].hidden = si in (0, 2)
        sheet_info.append({"sheet": sname, "cluster": cl, "header_row": 4,
                           "data_rows": data_rows,
                           "unit": "header 'т.р.'" if unitmode == "hdr" else
                           "cell A2 '...; тыс.руб'"})
    ws = wb.create_sheet("Справка")
    ws.cell(1, 1, "Справочно")
    ws.cell(2, 1, "Суммы указаны в тысячах рублей (т.р.).")
    ws.cell(3, 1, "Срок начала указан годом, срок окончания — датой или кварталом.")
    ws.cell(4, 1, "Кластер дикоросов: проекты на стадии отбора, в реестр не включены.")
    save(wb, HERE / out.file, "Инвестагентство")
    out.extra = {"sheets": sheet_info,
                 "hidden": {"row": {"sheet": "Ядерные технологии", "row": 6},
                            "column": {"sheet": "Фарма", "column": "E", "field": "start_date"},
                            "also": "column M (ИНН) hidden on 'Нефтехимия' and 'ЛПК'"}}
    out.notes = (
        "One sheet per cluster; the sheet names are abbreviations ('Нефтехимия', 'Ядерные "
        "технологии', 'ЛПК', 'Фарма', 'Медтехника и ИТ', 'ТрИЗ') and cell A1 holds the cluster's "
        "full name in a title (all capitals on one sheet). Amounts are thousands of roubles, "
        "said as ', т.р.' in the headers on three sheets and only as '; тыс.руб' at the end of "
        "cell A2 (under the title) on the other three; given here in RUB million. The header "
        "row (4) is the same on every sheet except for the unit. Start is a year only (a number "
        "or '2021 г.'), meaning 31 December; end is a date or a quarter ('IV кв. 2025', "
        "'III кв. 2026 г.', '4 кв. 2025 г.') meaning the quarter's last day. Not imported: "
        "'Израсходовано' (money spent), 'Раб. места (сохранённые)' (jobs saved), 'ИНН "
        "исполнителя'. Places carry type words ('г. Томск', 'ЗАТО Северск', 'Томский р-н'). "
        "Statuses vary in word form and case. Hidden row 6 on 'Ядерные технологии' and hidden "
        "column E on 'Фарма' are data. Blank spacer rows on 'Ядерные технологии' and 'Фарма'. "
        "Sheet 'Справка' is text, not data. Rejected: one text amount 'ориент. 350 000' and "
        "the code INO-4299 used on two sheets with different data (both rows).")
    out.dump()
    return out


# --------------------------------------------------------------------------------------
# 3. English tracker: title says RUB bn, some columns say their own unit (RUB mn, RUB '000)
# --------------------------------------------------------------------------------------

def make_english(g: Gen) -> Out:
    out = Out("a4_tracker_en.xlsx", ["code", "name", "cluster", "location", "status",
                                     "start_date", "end_date", "total_cost_mln",
                                     "federal_budget_mln", "extra_budgetary_mln",
                                     "jobs_planned", "jobs_created", "lead_organization",
                                     "problems"])
    r = g.r
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws.cell(1, 1, "INO Tomsk — project tracker, Q3 2025 (amounts in RUB bn unless stated)")
    ws.cell(1, 1).font = Font(bold=True)
    heads = [("Code / Код", "code"), ("Project", "name"), ("Cluster", "cluster"),
             ("Location", "location"), ("Status", "status"), ("Start", "start_date"),
             ("Completion", "end_date"), ("Total budget", "total_cost_mln"),
             ("Federal funds (RUB mn)", "federal_budget_mln"),
             ("Private funding, RUB '000", "extra_budgetary_mln"),
             ("Spent to date", None), ("% complete", None),
             ("Jobs — plan", "jobs_planned"), ("Jobs — created", "jobs_created"),
             ("Jobs retained", None), ("Last report", None),
             ("Lead organisation", "lead_organization"), ("Issues", "problems")]
    for c, (h, _) in enumerate(heads, 1):
        ws.cell(3, c, h).font = Font(bold=True)
    out.columns = [[h, f] for h, f in heads]
    set_widths(ws, [12, 46, 18, 14, 12, 11, 12, 12, 12, 14, 11, 10, 10, 10, 10, 11, 30, 30])
    cl_en = {"petrochemical": ["Petrochemicals", "petrochemical"],
             "nuclear": ["Nuclear", "Nuclear technologies"],
             "timber": ["Timber industry", "Timber"],
             "pharma": ["Pharmaceuticals", "Pharma"],
             "medtech_it": ["Medtech & IT", "Medical equipment and IT"],
             "wildlife": ["Wildlife resources", "Wild plants"],
             "hard_to_recover": ["Hard-to-recover reserves", "Hard-to-recover"],
             None: ["", "n/a", "—"]}
    loc_en = {"Томск": "Tomsk", "Северск": "Seversk", "Асино": "Asino",
              "Стрежевой": "Strezhevoy", "Колпашево": "Kolpashevo",
              "Томский район": "Tomsk district"}
    st_en = {"planned": ["Planned", "planned"], "in_progress": ["In progress", "in progress"],
             "completed": ["Completed", "completed"], "suspended": ["Suspended", "suspended"]}
    row = 4
    first = row
    for k in range(22):
        start_kind = ["date", "year", "quarter"][k % 3]
        end_kind = ["quarter", "date", "year", "quarter"][k % 4]
        p = g.project(f"INO-43{k + 1:02d}", start_kind=start_kind, end_kind=end_kind)
        rej = {6: "end_before_start", 15: "cluster"}.get(k)
        s, e = p["start_date"], p["end_date"]
        if start_kind == "date":
            sv = todt(s)
        elif start_kind == "year":
            sv = s.year if k % 2 else str(s.year)
        else:
            sv = quarter_text(s, "q")
        if rej == "end_before_start":
            e = qend(s.year - 1, 4)
            end_kind = "quarter"
        if end_kind == "date":
            ev = todt(e) if k % 2 else ddmmyyyy(e)
        elif end_kind == "year":
            ev = e.year if k % 2 else f"{e.year} г."
        else:
            ev = quarter_text(e, ["q", "roman", "arabic_g"][k % 3])
        cl = r.choice(cl_en[p["cluster"]])
        if rej == "cluster":
            cl = "Space cluster"
        if k == 10:
            p["problems"] = None
        vals = {"code": p["code"], "name": p["name"], "cluster": cl,
                "location": loc_en[p["location"]], "status": r.choice(st_en[p["status"]]),
                "start_date": sv, "end_date": ev,
                "total_cost_mln": money_value(p["total_cost_mln"], "bn"),
                "federal_budget_mln": money_value(p["federal_budget_mln"], "mln"),
                "extra_budgetary_mln": money_value(p["extra_budgetary_mln"], "thous"),
                "jobs_planned": p["jobs_planned"], "jobs_created": p["jobs_created"],
                "lead_organization": p["lead_organization"], "problems": p["problems"]}
        if k in (3, 12):
            vals["federal_budget_mln"] = None
            p["federal_budget_mln"] = None
        spent = round(p["total_cost_mln"] * r.uniform(0.05, 0.9) / 10000, 4)
        pct = r.randint(0, 100) / 100
        for c, (h, f) in enumerate(heads, 1):
            if f:
                v = vals[f]
            else:
                v = {"Spent to date": spent, "% complete": pct,
                     "Jobs retained": r.randint(0, 50),
                     "Last report": todt(dt.date(2025, r.randint(7, 9), r.randint(1, 28)))}[h]
            cell = put(ws, row, c, v)
            if h == "% complete":
                cell.number_format = "0%"
            if h == "Total budget":
                cell.number_format = "0.0000"
        if rej == "end_before_start":
            out.reject(ws.title, row, "end date before start date", "G", p["code"])
        elif rej == "cluster":
            out.reject(ws.title, row, "unknown cluster 'Space cluster'", "C", p["code"])
        else:
            out.record(p)
        row += 1
    last = row - 1
    ws.freeze_panes = "C4"
    ws2 = wb.create_sheet("Read me")
    ws2.cell(1, 1, "Amounts are in RUB bn unless the column says otherwise.")
    ws2.cell(2, 1, "Start / Completion: a date, a quarter or a year as reported by the initiator.")
    ws2.cell(3, 1, "Jobs retained: existing jobs kept, not counted as new.")
    save(wb, HERE / out.file, "Project office")
    out.extra = {"data_sheet": "Tracker", "header_row": 3, "data_rows": [first, last]}
    out.notes = (
        "English tracker. Row 1 is a title saying the amounts are 'in RUB bn unless stated'; "
        "header row 3. 'Total budget' states no unit and takes the title's RUB bn; 'Federal "
        "funds (RUB mn)' is in millions and 'Private funding, RUB '000' in thousands: each "
        "column's own unit wins over the title's. Not imported: 'Spent to date', '% complete', "
        "'Jobs retained' (kept, not created), 'Last report'. Code header is bilingual 'Code / "
        "Код'. Clusters, statuses and places in English ('Tomsk district' = Томский район). "
        "Start: date, year (number or text) or 'Q1 2022'; Completion: date (real or "
        "dd.mm.yyyy text), year (number or '2027 г.'), quarter ('Q4 2025', 'IV кв. 2025', "
        "'4 кв. 2025 г.'). Year = 31 December, quarter = its last day. Two empty federal cells "
        "are null. Sheet 'Read me' is text. Rejected: an end before the start and the unknown "
        "cluster 'Space cluster'.")
    out.dump()
    return out


# --------------------------------------------------------------------------------------
# 4. CSV cp1251 ';' decimal comma; thousands with spaces, units «т.р.» / «тыс.руб»
# --------------------------------------------------------------------------------------

def csv_field(v) -> str:
    s = "" if v is None else str(v)
    if any(ch in s for ch in ';"\r\n'):
        s = '"' + s.replace('"', '""') + '"'
    return s


def make_csv(g: Gen) -> Out:
    out = Out("a4_export_1251.csv", FIELDS)
    r = g.r
    heads = [("Код", "code"), ("Наименование", "name"), ("Кластер", "cluster"),
             ("Направление", "work_area"), ("Место реализации", "location"),
             ("Статус", "status"), ("Начало", "start_date"), ("Окончание", "end_date"),
             ("Стоимость, т.р.", "total_cost_mln"), ("ФБ, т.р.", "federal_budget_mln"),
             ("ОБ, т.р.", "regional_budget_mln"), ("Внебюджет, тыс.руб", "extra_budgetary_mln"),
             ("в т.ч. подтверждено, тыс.руб", "extra_budgetary_confirmed_mln"),
             ("Освоено, т.р.", None), ("Раб. места план", "jobs_planned"),
             ("Раб. места факт", "jobs_created"), ("ИНН", None),
             ("Исполнитель", "lead_organization"), ("Проблемы", "problems"),
             ("Примечание", None)]
    out.columns = [[h, f] for h, f in heads]
    cl_var = {"petrochemical": ["Нефтехимический кластер", "нефтехимический"],
              "nuclear": ["Кластер ядерных технологий", "ядерных технологий"],
              "timber": ["Лесопромышленный кластер", "лесопромышленный"],
              "pharma": ["Фармацевтический кластер", "фармацевтический"],
              "medtech_it": ["Кластер медицинской техники и информационных технологий"],
              "wildlife": ["Кластер дикоросов", "дикоросы"],
              "hard_to_recover": ["Кластер трудноизвлекаемых запасов", "ТрИЗ"],
              None: ["", "—"]}
    stat = {"planned": ["Планируется", "планируется"], "in_progress": ["Реализуется", "реализуется"],
            "completed": ["Завершён", "Завершено"], "suspended": ["Приостановлен", "приостановлен"]}
    lines = [";".join(csv_field(h) for h, _ in heads)]
    for k in range(20):
        end_kind = ["date", "quarter", "year", "date"][k % 4]
        p = g.project(f"INO-44{k + 1:02d}", end_kind=end_kind)
        rej = {5: "neg", 11: "text"}.get(k)
        line_no = len(lines) + 1
        if k in (2, 8, 14):
            p["regional_budget_mln"] = None
        if k == 17:
            p["extra_budgetary_confirmed_mln"] = None
        vals = {"code": p["code"], "name": p["name"], "cluster": r.choice(cl_var[p["cluster"]]),
                "work_area": WA_RU[p["work_area"]], "location": p["location"],
                "status": r.choice(stat[p["status"]]), "start_date": ddmmyyyy(p["start_date"]),
                "jobs_planned": p["jobs_planned"], "jobs_created": p["jobs_created"],
                "lead_organization": p["lead_organization"], "problems": p["problems"]}
        e = p["end_date"]
        vals["end_date"] = (ddmmyyyy(e) if end_kind == "date" else
                            quarter_text(e, "arabic_g") if end_kind == "quarter" else
                            f"{e.year} г.")
        for f in MONEY:
            t = p[f]
            if t is None:
                vals[f] = "—" if k != 14 else "-"
            elif k % 2:
                vals[f] = money_text(t, "thous", NBSP) + ",0"
            else:
                vals[f] = money_text(t, "thous", " ")
        if rej == "neg":
            vals["federal_budget_mln"] = "-" + money_text(max(p["federal_budget_mln"], 1234), "thous", " ")
        if rej == "text":
            vals["total_cost_mln"] = "уточняется"
        spent = money_text(int(p["total_cost_mln"] * r.uniform(0.1, 0.7)), "thous", " ")
        inn = str(7000000000 + r.randint(10 ** 7, 10 ** 8))
        note = r.choice(["", "", "данные на 01.10.2025", "Примечание: см. письмо"])
        row = []
        for h, f in heads:
            v = vals.get(f) if f else {"Освоено, т.р.": spent, "ИНН": inn, "Примечание": note}[h]
            row.append(csv_field(v))
        lines.append(";".join(row))
        if rej == "neg":
            out.reject(None, line_no, "negative amount", "J", p["code"])
        elif rej == "text":
            out.reject(None, line_no, "not a number: 'уточняется'", "I", p["code"])
        else:
            out.record(p)
    data = ("\r\n".join(lines) + "\r\n").encode("cp1251")
    (HERE / out.file).write_bytes(data)
    out.extra = {"encoding": "cp1251", "delimiter": ";", "header_line": 1}
    out.notes = (
        "CSV, Windows-1251, ';' separator, CRLF, header on line 1. Amounts are thousands of "
        "roubles, said as ', т.р.' or ', тыс.руб' in each money header; written with plain or "
        "no-break spaces between thousands, some with ',0' ('12 345 600,0'); given here in RUB "
        "million. A regional budget or confirmed amount written '—' or '-' is none (null). "
        "Start dates dd.mm.yyyy; end dates dd.mm.yyyy, '4 кв. 2026 г.' (quarter's last day) "
        "or '2027 г.' (31 December). Not imported: 'Освоено, т.р.' (spent), 'ИНН', "
        "'Примечание'. Clusters partly as adjectives only ('лесопромышленный', 'ядерных "
        "технологий', 'дикоросы', 'ТрИЗ'). Rejected: a negative federal amount and the text "
        "'уточняется' in the cost column ('row' = line number; 'sheet' is null for a CSV).")
    out.dump()
    return out


# --------------------------------------------------------------------------------------
# 5. own shape: ALL-CAPS headers with colons and footnote marks, money columns mixing
#    «МЛН. РУБ.» and «RUB mn», cluster/status/work-area abbreviations; name too long
# --------------------------------------------------------------------------------------

def make_caps(g: Gen) -> Out:
    out = Out("a4_caps_registry.xlsx", ["code", "name", "cluster", "work_area", "location",
                                        "status", "start_date", "end_date", "total_cost_mln",
                                        "federal_budget_mln", "regional_budget_mln",
                                        "extra_budgetary_mln", "extra_budgetary_confirmed_mln",
                                        "lead_organization"])
    r = g.r
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "РЕЕСТР"
    heads = [("КОД / CODE:", "code"), ("НАИМЕНОВАНИЕ ПРОЕКТА:", "name"), ("КЛАСТЕР*:", "cluster"),
             ("НАПРАВЛЕНИЕ:", "work_area"), ("МЕСТО РЕАЛИЗАЦИИ:", "location"),
             ("СТАТУС:", "status"), ("СРОК НАЧАЛА:", "start_date"),
             ("СРОК ОКОНЧАНИЯ:", "end_date"),
             ("СТОИМОСТЬ\nПРОЕКТА,\nМЛН. РУБ.:", "total_cost_mln"),
             ("ФБ**, МЛН. РУБ.", "federal_budget_mln"), ("ОБ**, МЛН. РУБ.", "regional_budget_mln"),
             ("ВНЕБЮДЖЕТНЫЕ\nИСТОЧНИКИ,\nМЛН. РУБ.", "extra_budgetary_mln"),
             ("В Т.Ч. ПОДТВЕРЖДЕНО\nСОГЛАШЕНИЯМИ, RUB mn", "extra_budgetary_confirmed_mln"),
             ("ПЛАН НА 2026 Г.,\nМЛН. РУБ.", None), ("% ИСПОЛНЕНИЯ:", None),
             ("ОТВЕТСТВЕННАЯ ОРГАНИЗАЦИЯ:", "lead_organization"), ("ИНН:", None)]
    ws.cell(1, 1, "РЕЕСТР ПРОЕКТОВ ИННОВАЦИОННОГО ТЕРРИТОРИАЛЬНОГО ЦЕНТРА «ИНО ТОМСК»")
    ws.cell(1, 1).font = Font(bold=True)
    for c, (h, _) in enumerate(heads, 1):
        ws.cell(2, c, h)
    wrap(ws, 2, len(heads))
    out.columns = [[h, f] for h, f in heads]
    set_widths(ws, [12, 48, 18, 20, 18, 14, 12, 14, 14, 12, 12, 14, 16, 14, 10, 30, 14])
    cl = {"petrochemical": ["НЕФТЕХИМИЯ", "Нефтехимический"], "nuclear": ["ЯДЕРНЫЕ ТЕХНОЛОГИИ",
                                                                            "Ядерный"],
          "timber": ["ЛПК", "Лесопромышленный"], "pharma": ["ФАРМА", "Фармацевтический"],
          "medtech_it": ["МЕДТЕХНИКА И ИТ", "Медтехника и ИТ"],
          "wildlife": ["ДИКОРОСЫ", "Дикоросы"], "hard_to_recover": ["ТРИЗ", "ТрИЗ"],
          None: ["—", "-", ""]}
    wa = {"industry": "ПЕРЕДОВАЯ ПРОМЫШЛЕННОСТЬ", "science_education": "НАУКА И ОБРАЗОВАНИЕ",
          "innovation_business": "ТЕХНОЛОГИЧЕСКИЕ ИННОВАЦИИ, НОВЫЕ БИЗНЕСЫ",
          "smart_city": "УМНЫЙ И УДОБНЫЙ ГОРОД", "business_environment": "ДЕЛОВАЯ СРЕДА"}
    loc = {"Томск": "г. Томск", "Северск": "ЗАТО Северск", "Асино": "г. Асино",
           "Стрежевой": "г. Стрежевой", "Колпашево": "г. Колпашево",
           "Томский район": "Томский муниципальный район"}
    stat = {"planned": ["ПЛАНИРУЕТСЯ", "Планируется"], "in_progress": ["РЕАЛИЗУЕТСЯ", "В РАБОТЕ"],
            "completed": ["ЗАВЕРШЁН", "ЗАВЕРШЕНО"], "suspended": ["ПРИОСТАНОВЛЕН", "ПРИОСТАНОВЛЕНО"]}
    row = 3
    for k in range(20):
        p = g.project(f"INO-45{k + 1:02d}", end_kind=["date", "date", "quarter"][k % 3])
        rej = {4: "long", 13: "cluster"}.get(k)
        if k == 8:
            p["extra_budgetary_confirmed_mln"] = None
        e = p["end_date"]
        vals = {"code": p["code"], "name": p["name"], "cluster": r.choice(cl[p["cluster"]]),
                "work_area": wa[p["work_area"]], "location": loc[p["location"]],
                "status": r.choice(stat[p["status"]]),
                "start_date": ddmmyyyy(p["start_date"]) if k % 2 else todt(p["start_date"]),
                "end_date": (quarter_text(e, "roman_g") if p["_end_kind"] == "quarter"
                             else ddmmyyyy(e)),
                "lead_organization": p["lead_organization"]}
        for f in MONEY:
            t = p[f]
            vals[f] = ("—" if t is None else money_text(t, "mln", NBSP) if k % 3 == 1
                       else money_value(t, "mln"))
        if rej == "long":
            vals["name"] = (p["name"] + ". " + "Проект предусматривает " +
                            "создание производственной площадки, закупку оборудования, "
                            "подготовку кадров и выход на проектную мощность; " * 8).strip()
            assert len(vals["name"]) > 500
        if rej == "cluster":
            vals["cluster"] = "АГРОПРОМЫШЛЕННЫЙ"
        for c, (h, f) in enumerate(heads, 1):
            if f:
                v = vals[f]
            elif h.startswith("ПЛАН"):
                v = round(p["total_cost_mln"] * r.uniform(0.05, 0.3) / 10, 1)
            elif h.startswith("%"):
                v = f"{r.randint(0, 100)}%"
            else:
                v = str(7000000000 + r.randint(10 ** 7, 10 ** 8))
            put(ws, row, c, v if v != "" else None)
        if rej == "long":
            out.reject(ws.title, row, f"name too long ({len(vals['name'])} characters, limit 500)",
                       "B", p["code"])
        elif rej == "cluster":
            out.reject(ws.title, row, "unknown cluster 'АГРОПРОМЫШЛЕННЫЙ'", "C", p["code"])
        else:
            out.record(p)
        row += 1
    last = row - 1
    ws.cell(row + 1, 1, "* КЛАСТЕР — ПО ПЕРЕЧНЮ КЛАСТЕРОВ ИНО «ТОМСК».")
    ws.cell(row + 2, 1, "** ФБ — ФЕДЕРАЛЬНЫЙ БЮДЖЕТ, ОБ — ОБЛАСТНОЙ БЮДЖЕТ.")
    save(wb, HERE / out.file, "Реестр ИТЦ")
    out.extra = {"header_row": 2, "data_rows": [3, last],
                 "skipped_rows": {str(row + 1): "footnote", str(row + 2): "footnote"}}
    out.notes = (
        "Registry in capitals. Title row 1, header row 2: every header in capitals with a "
        "trailing colon, line breaks or footnote marks ('КЛАСТЕР*:', 'ФБ**, МЛН. РУБ.'); the "
        "code header is bilingual 'КОД / CODE:'. Money headers say 'МЛН. РУБ.' or 'RUB mn' "
        "(millions, as given). Clusters as capitals and abbreviations ('ЛПК' = timber, 'ТРИЗ' = "
        "hard_to_recover, 'ФАРМА', 'ДИКОРОСЫ', 'МЕДТЕХНИКА И ИТ', 'Ядерный'); '—', '-' or empty "
        "= none. Status capitals incl. 'ЗАВЕРШЕНО', 'ПРИОСТАНОВЛЕНО', 'В РАБОТЕ'. Places with "
        "type words ('ЗАТО Северск', 'Томский муниципальный район'). End dates dd.mm.yyyy or "
        "'IV кв. 2026 г.'. Not imported: 'ПЛАН НА 2026 Г.', '% ИСПОЛНЕНИЯ:' (text '45%'), "
        "'ИНН:'. One confirmed amount is '—' (null). Rejected: a name over 500 characters and "
        "the unknown cluster 'АГРОПРОМЫШЛЕННЫЙ'. Two footnote rows below the table.")
    out.dump()
    return out


# --------------------------------------------------------------------------------------
# 6. own shape: three-level header; «в млрд рублей» in the top merged parent; per-year
#    columns beside the whole-period ones must not be imported
# --------------------------------------------------------------------------------------

def make_three_level(g: Gen) -> Out:
    out = Out("a4_three_level.xlsx", ["code", "name", "cluster", "location", "status",
                                      "start_date", "end_date", "total_cost_mln",
                                      "federal_budget_mln", "regional_budget_mln",
                                      "extra_budgetary_mln", "extra_budgetary_confirmed_mln",
                                      "jobs_planned", "jobs_created", "problems"])
    r = g.r
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Свод"
    ws.cell(1, 1, "Информация о финансировании проектов ИНО «Томск»")
    ws.cell(1, 1).font = Font(bold=True)
    ws.cell(2, 1, "на 01.10.2025")
    top = "Объём финансирования, в млрд рублей"
    mid1, mid2 = "Всего за период реализации", "в том числе в 2025 году"
    subs = ["всего", "федеральный бюджет", "областной бюджет", "внебюджетные источники"]
    single = [("Код", "code"), ("Название проекта", "name"), ("Кластер", "cluster"),
              ("Место реализации", "location"), ("Статус", "status"),
              ("Начало реализации", "start_date"), ("Завершение", "end_date")]
    for c, (h, _) in enumerate(single, 1):
        ws.cell(4, c, h)
        ws.merge_cells(start_row=4, start_column=c, end_row=6, end_column=c)
    c0 = len(single) + 1           # H
    ws.cell(4, c0, top)
    ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 7)
    ws.cell(5, c0, mid1)
    ws.merge_cells(start_row=5, start_column=c0, end_row=5, end_column=c0 + 3)
    ws.cell(5, c0 + 4, mid2)
    ws.merge_cells(start_row=5, start_column=c0 + 4, end_row=5, end_column=c0 + 7)
    for i, s in enumerate(subs + subs):
        ws.cell(6, c0 + i, s)
    cc = c0 + 8                    # P
    ws.cell(4, cc, "Подтверждённые внебюджетные средства, млн руб.")
    ws.merge_cells(start_row=4, start_column=cc, end_row=6, end_column=cc)
    ws.cell(4, cc + 1, "Рабочие места")
    ws.merge_cells(start_row=4, start_column=cc + 1, end_row=5, end_column=cc + 3)
    for i, s in enumerate(["план", "создано", "сохранено"]):
        ws.cell(6, cc + 1 + i, s)
    ws.cell(4, cc + 4, "Проблемы и риски")
    ws.merge_cells(start_row=4, start_column=cc + 4, end_row=6, end_column=cc + 4)
    ncol = cc + 4
    for rr in (4, 5, 6):
        wrap(ws, rr, ncol)
    set_widths(ws, [11, 44, 28, 14, 14, 12, 13] + [11] * 8 + [14, 9, 9, 9, 34])
    fmap = dict(zip(subs, ["total_cost_mln", "federal_budget_mln", "regional_budget_mln",
                           "extra_budgetary_mln"], strict=True))
    out.columns = ([[h, f] for h, f in single] +
                   [[f"{top} / {mid1} / {s}", fmap[s]] for s in subs] +
                   [[f"{top} / {mid2} / {s}", None] for s in subs] +
                   [["Подтверждённые внебюджетные средства, млн руб.",
                     "extra_budgetary_confirmed_mln"],
                    ["Рабочие места / план", "jobs_planned"],
                    ["Рабочие места / создано", "jobs_created"],
                    ["Рабочие места / сохранено", None], ["Проблемы и риски", "problems"]])
    stat = {"planned": ["планируется", "Планируется"], "in_progress": ["реализуется", "Реализуется"],
            "completed": ["завершен", "реализован"], "suspended": ["приостановлен", "Приостановлен"]}
    row = 7
    for k in range(18):
        p = g.project(f"INO-46{k + 1:02d}", start_kind="year", end_kind="quarter")
        rej = {5: "end_before_start", 12: "text"}.get(k)
        s, e = p["start_date"], p["end_date"]
        if rej == "end_before_start":
            e = qend(s.year - 1, 3)
        vals = {"code": p["code"], "name": p["name"],
                "cluster": CLUSTER_RU[p["cluster"]] if p["cluster"] else "",
                "location": p["location"], "status": r.choice(stat[p["status"]]),
                "start_date": f"{s.year} г.",
                "end_date": quarter_text(e, ["roman", "roman_g", "arabic_g", "q"][k % 4]),
                "extra_budgetary_confirmed_mln": money_value(p["extra_budgetary_confirmed_mln"],
                                                             "mln"),
                "jobs_planned": p["jobs_planned"], "jobs_created": p["jobs_created"],
                "problems": p["problems"]}
        if k in (2, 9):
            p["status"] = None
            vals["status"] = "—"
        for c, (_h, f) in enumerate(single, 1):
            put(ws, row, c, vals[f] or None)
        for i, f in enumerate(fmap.values()):
            t = p[f]
            v = money_text(t, "bn", NBSP) if k % 5 == 3 else money_value(t, "bn")
            if f == "federal_budget_mln" and t == 0 and k % 2:
                v = "—"
                p[f] = None
            ws.cell(row, c0 + i, v)
            y = int(t * r.uniform(0.0, 0.4)) if s.year <= 2025 <= e.year else 0
            ws.cell(row, c0 + 4 + i, money_value(y, "bn"))
        if rej == "text":
            ws.cell(row, c0 + 2, "по запросу")
        ws.cell(row, cc, vals["extra_budgetary_confirmed_mln"])
        ws.cell(row, cc + 1, vals["jobs_planned"])
        ws.cell(row, cc + 2, vals["jobs_created"])
        ws.cell(row, cc + 3, r.randint(0, 20) * 5)
        ws.cell(row, cc + 4, vals["problems"])
        if rej == "end_before_start":
            out.reject(ws.title, row, "end date before start date", "G", p["code"])
        elif rej == "text":
            out.reject(ws.title, row, "not a number: 'по запросу'", letter(c0 + 2), p["code"])
        else:
            out.record(p)
        row += 1
    last = row - 1
    ws.cell(row, 1, "ИТОГО")
    ws.freeze_panes = "C7"
    save(wb, HERE / out.file, "Минфин ТО")
    out.extra = {"header_rows": [4, 6], "data_rows": [7, last],
                 "skipped_rows": {str(row): "totals ('ИТОГО', no sums)"}}
    out.notes = (
        "Three-level merged header in rows 4-6: 'Объём финансирования, в млрд рублей' (the "
        "unit said only in this top parent) spans 'Всего за период реализации' and 'в том "
        "числе в 2025 году', each over всего / федеральный бюджет / областной бюджет / "
        "внебюджетные источники. Only the whole-period columns are the project's amounts; the "
        "2025 columns are a year's share and are not imported (null in columns). Amounts in "
        "RUB bn are given here in RUB million. 'Подтверждённые внебюджетные средства, млн руб.' "
        "is in millions (its own unit). 'Рабочие места' spans план / создано / сохранено "
        "(saved, not imported). Start is 'YYYY г.' (31 December); end a quarter written "
        "'IV кв. 2025', 'IV кв. 2025 г.', '4 кв. 2025 г.' or 'Q4 2025' (last day). A zero "
        "federal amount is sometimes written '—' (null). Status '—' is null. Row after the "
        "data is 'ИТОГО' with no sums. Rejected: end quarter before the start year and the "
        "text 'по запросу' in the regional budget.")
    out.dump()
    return out


# --------------------------------------------------------------------------------------
# 7. own shape: cover sheet + monitoring sheet, unit «млн. руб.» in the sheet title only,
#    reference sheet, jobs created before jobs planned, last-report date, % done, note
# --------------------------------------------------------------------------------------

def make_monitoring(g: Gen) -> Out:
    out = Out("a4_monitoring.xlsx", ["code", "name", "cluster", "work_area", "location",
                                     "status", "start_date", "end_date", "total_cost_mln",
                                     "extra_budgetary_mln", "jobs_planned", "jobs_created",
                                     "lead_organization", "problems"])
    r = g.r
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Титульный лист"
    cov.cell(2, 2, "ОТЧЁТ")
    cov.cell(3, 2, "о мониторинге реализации проектов ИНО «Томск»")
    cov.cell(4, 2, "за III квартал 2025 г.")
    cov.cell(7, 2, "Исполнитель: отдел проектного управления")
    cov.cell(8, 2, "Дата: 14.10.2025")
    ws = wb.create_sheet("Мониторинг")
    ws.cell(1, 1, "Мониторинг реализации проектов ИНО «Томск», млн. руб.")
    ws.cell(1, 1).font = Font(bold=True)
    ws.cell(2, 1, "за III квартал 2025 г.")
    heads = [("Код\nпроекта", "code"), ("Наименование\nпроекта", "name"), ("Кластер", "cluster"),
             ("Направ-\nление", "work_area"), ("Муниципальное\nобразование", "location"),
             ("Стадия", "status"), ("Срок\nначала", "start_date"),
             ("Срок\nзавершения", "end_date"), ("Стоимость\nпроекта", "total_cost_mln"),
             ("в т.ч.\nвнебюд-\nжетные", "extra_budgetary_mln"),
             ("Рабочие места\n(создано)", "jobs_created"),
             ("Рабочие места\n(план)", "jobs_planned"),
             ("Дата последнего отчёта", None), ("% выполнения", None),
             ("Исполнитель", "lead_organization"), ("Проблемные\nвопросы", "problems"),
             ("Примечание", None)]
    for c, (h, _) in enumerate(heads, 1):
        ws.cell(4, c, h)
    wrap(ws, 4, len(heads))
    out.columns = [[h, f] for h, f in heads]
    set_widths(ws, [11, 44, 16, 22, 18, 14, 9, 14, 12, 11, 12, 12, 13, 10, 30, 32, 22])
    cl = {"petrochemical": ["Нефтехимия", "нефтехимический"], "nuclear": ["Ядерные технологии"],
          "timber": ["ЛПК", "Лесопромышленный"], "pharma": ["Фарма", "Фармацевтика"],
          "medtech_it": ["Медтехника и ИТ"], "wildlife": ["Дикоросы"],
          "hard_to_recover": ["ТрИЗ"], None: ["", "—", "вне кластеров"]}
    wa = {"industry": ["Передовая промышленность"], "science_education": ["Наука и образование"],
          "innovation_business": ["Технологические инновации, новые бизнесы"],
          "smart_city": ["Умный и удобный город"], "business_environment": ["Деловая среда"]}
    loc = {"Томск": ["Город Томск", "г. Томск"], "Северск": ["ЗАТО Северск"],
           "Асино": ["Асино"], "Стрежевой": ["Городской округ Стрежевой"],
           "Колпашево": ["Колпашево"], "Томский район": ["Томский район"]}
    stat = {"planned": ["планируется"], "in_progress": ["реализация", "реализуется"],
            "completed": ["завершён", "реализован"], "suspended": ["приостановлен"]}
    row = 5
    for k in range(24):
        end_kind = ["quarter", "date", "year", "quarter"][k % 4]
        p = g.project(f"INO-47{k + 1:02d}", start_kind="year", end_kind=end_kind)
        rej = {8: "neg", 19: "dup", 3: "dup"}.get(k)
        if rej == "dup":
            p["code"] = "INO-4777"
        if k == 20:
            p["status"] = None
        e = p["end_date"]
        if end_kind == "quarter":
            ev = quarter_text(e, "arabic_g" if k % 8 == 0 else "q")
        elif end_kind == "year":
            ev = f"{e.year} г."
        else:
            ev = todt(e)
        clv = r.choice(cl[p["cluster"]])
        if clv == "вне кластеров":
            clv = "—"
        vals = {"code": p["code"], "name": p["name"], "cluster": clv,
                "work_area": r.choice(wa[p["work_area"]]),
                "location": r.choice(loc[p["location"]]),
                "status": r.choice(stat[p["status"]]) if p["status"] else "-",
                "start_date": p["start_date"].year, "end_date": ev,
                "total_cost_mln": (money_text(p["total_cost_mln"], "mln", NBSP) if k % 3 == 0
                                   else money_value(p["total_cost_mln"], "mln")),
                "extra_budgetary_mln": money_value(p["extra_budgetary_mln"], "mln"),
                "jobs_planned": p["jobs_planned"], "jobs_created": p["jobs_created"],
                "lead_organization": p["lead_organization"], "problems": p["problems"]}
        if rej == "neg":
            vals["extra_budgetary_mln"] = -vals["extra_budgetary_mln"] - 1
        for c, (h, f) in enumerate(heads, 1):
            if f:
                v = vals[f]
            elif h.startswith("Дата"):
                v = todt(dt.date(2025, r.randint(7, 10), r.randint(1, 28)))
            elif h.startswith("%"):
                v = r.randint(0, 100) / 100
            else:
                v = r.choice([None, None, "Отчёт представлен с опозданием",
                              "Изменён состав участников"])
            cell = put(ws, row, c, v)
            if h.startswith("%"):
                cell.number_format = "0%"
        if rej == "neg":
            out.reject(ws.title, row, "negative amount", "J", p["code"])
        elif rej == "dup":
            out.reject(ws.title, row, "duplicate code INO-4777 (rows differ)", "A", p["code"])
        else:
            out.record(p)
        row += 1
    last = row - 1
    ws.cell(row + 1, 1, "Примечание: сведения представлены исполнителями проектов.")
    ref = wb.create_sheet("Справочники")
    ref.cell(1, 1, "Стадия")
    ref.cell(1, 3, "Кластер")
    for i, s in enumerate(["планируется", "реализация", "приостановлен", "завершён"], 2):
        ref.cell(i, 1, s)
    for i, s in enumerate(["Нефтехимия", "Ядерные технологии", "ЛПК", "Фарма", "Медтехника и ИТ",
                           "Дикоросы", "ТрИЗ"], 2):
        ref.cell(i, 3, s)
    save(wb, HERE / out.file, "Проектный офис")
    out.extra = {"data_sheet": "Мониторинг", "header_row": 4, "data_rows": [5, last],
                 "skipped_rows": {str(row + 1): "note"},
                 "other_sheets": {"Титульный лист": "cover text",
                                  "Справочники": "lists of stages and cluster names, no projects"}}
    out.notes = (
        "Three sheets: a cover sheet, the data sheet 'Мониторинг' and a sheet of reference "
        "lists ('Справочники', no projects). On 'Мониторинг' the unit is said only in the title "
        "in A1 ('..., млн. руб.'): amounts are millions as given. Header row 4 with line "
        "breaks and a hyphen-broken 'Направ-\\nление' / 'внебюд-\\nжетные'. Jobs 'создано' "
        "comes before 'план'. Start is a bare year as a number (31 December); end a quarter "
        "('4 кв. 2025 г.', 'Q4 2025'), a year ('2027 г.') or a date. Clusters abbreviated "
        "('ЛПК', 'ТрИЗ', 'Фарма', 'Фармацевтика', 'Нефтехимия', 'Дикоросы', 'Медтехника и ИТ'); "
        "'—' or empty = none. Status 'реализация' = in_progress; '-' = unknown (null). Places "
        "as municipality names ('Город Томск', 'ЗАТО Северск', 'Городской округ Стрежевой'). "
        "Not imported: 'Дата последнего отчёта', '% выполнения', 'Примечание'. Rejected: a "
        "negative extra-budgetary amount and the code INO-4777 on two rows with different "
        "data (both).")
    out.dump()
    return out


# --------------------------------------------------------------------------------------
# 8. own shape: a 1C-style export where every cell is text; two-level header with the unit
#    in merged parents («Финансирование, тыс.руб» over sources, «млн. руб» single column)
# --------------------------------------------------------------------------------------

def make_text_export(g: Gen) -> Out:
    out = Out("a4_text_export.xlsx", ["code", "name", "cluster", "location", "status",
                                      "start_date", "end_date", "total_cost_mln",
                                      "federal_budget_mln", "regional_budget_mln",
                                      "extra_budgetary_mln", "jobs_planned", "jobs_created",
                                      "lead_organization"])
    r = g.r
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "TDSheet"
    heads = [("Код / Code", None, "code"), ("Проект", None, "name"),
             ("Кластер", None, "cluster"), ("Площадка", None, "location"),
             ("Состояние", None, "status"), ("Начало", None, "start_date"),
             ("Окончание", None, "end_date"),
             ("Стоимость проекта, млн. руб", None, "total_cost_mln"),
             ("Финансирование (тыс.руб)", "Федеральный бюджет", "federal_budget_mln"),
             ("Финансирование (тыс.руб)", "Областной бюджет", "regional_budget_mln"),
             ("Финансирование (тыс.руб)", "Внебюджетные источники", "extra_budgetary_mln"),
             ("Финансирование (тыс.руб)", "Профинансировано на 01.10.2025", None),
             ("Рабочие места", "план", "jobs_planned"),
             ("Рабочие места", "факт", "jobs_created"),
             ("Рабочие места", "сохранено", None),
             ("Организация", None, "lead_organization")]
    n = len(heads)
    col = 1
    while col <= n:
        t, s, _ = heads[col - 1]
        if s is None:
            ws.cell(1, col, t)
            ws.merge_cells(start_row=1, start_column=col, end_row=2, end_column=col)
            col += 1
        else:
            span = [i for i in range(col, n + 1) if heads[i - 1][0] == t]
            ws.cell(1, col, t)
            ws.merge_cells(start_row=1, start_column=span[0], end_row=1, end_column=span[-1])
            for i in span:
                ws.cell(2, i, heads[i - 1][1])
            col = span[-1] + 1
    wrap(ws, 1, n)
    wrap(ws, 2, n)
    set_widths(ws, [11, 46, 24, 16, 14, 11, 14, 13, 13, 13, 13, 14, 9, 9, 10, 30])
    out.columns = [[(t if s is None else f"{t} / {s}"), f] for t, s, f in heads]
    cl = {"petrochemical": ["Нефтехимический кластер", "Petrochemical cluster"],
          "nuclear": ["Кластер ядерных технологий", "ядерных технологий"],
          "timber": ["Лесопромышленный кластер", "ЛЕСОПРОМЫШЛЕННЫЙ КЛАСТЕР"],
          "pharma": ["Фармацевтический кластер", "Pharmaceutical cluster"],
          "medtech_it": ["Кластер медицинской техники и информационных технологий",
                         "Кластер медтехники и ИТ"],
          "wildlife": ["Кластер дикоросов", "Wildlife resources cluster"],
          "hard_to_recover": ["Кластер трудноизвлекаемых запасов", "Кластер ТрИЗ"],
          None: ["", "—"]}
    loc = {"Томск": ["Томск, ул. Никитина, 15", "г. Томск"], "Северск": ["Северск", "г. Северск"],
           "Асино": ["Асино", "г. Асино"], "Стрежевой": ["Стрежевой"],
           "Колпашево": ["Колпашево"], "Томский район": ["Томский район",
                                                         "с. Кафтанчиково, Томский район"]}
    stat = {"planned": ["Планируется"], "in_progress": ["Реализуется", "В работе"],
            "completed": ["Завершен"], "suspended": ["Приостановлен"]}
    row = 3
    for k in range(20):
        end_kind = ["date", "quarter"][k % 2]
        p = g.project(f"INO-48{k + 1:02d}", end_kind=end_kind)
        rej = {7: "text", 15: "neg"}.get(k)
        if k in (4, 11):
            p["regional_budget_mln"] = None
        if k == 13:
            p["jobs_created"] = None
        e = p["end_date"]
        vals = {"code": p["code"], "name": p["name"], "cluster": r.choice(cl[p["cluster"]]),
                "location": r.choice(loc[p["location"]]), "status": r.choice(stat[p["status"]]),
                "start_date": ddmmyyyy(p["start_date"]),
                "end_date": ddmmyyyy(e) if end_kind == "date" else quarter_text(e, "roman"),
                "total_cost_mln": money_text(p["total_cost_mln"], "mln", NBSP if k % 2 else " "),
                "jobs_planned": group(p["jobs_planned"], NBSP),
                "jobs_created": ("" if p["jobs_created"] is None
                                 else group(p["jobs_created"], NBSP)),
                "lead_organization": "  " + p["lead_organization"] + " "}
        for f in ("federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln"):
            t = p[f]
            vals[f] = "—" if t is None else money_text(t, "thous", NBSP) + ",00"
        if rej == "text":
            vals["extra_budgetary_mln"] = "см. приложение"
        if rej == "neg":
            vals["federal_budget_mln"] = "-" + money_text(p["total_cost_mln"] // 3 + 10,
                                                          "thous", NBSP) + ",00"
        paid = money_text(int(p["total_cost_mln"] * r.uniform(0.05, 0.6)), "thous", NBSP) + ",00"
        for c, (_t, s, f) in enumerate(heads, 1):
            if f:
                v = vals[f]
            elif s and s.startswith("Профинанс"):
                v = paid
            else:
                v = str(r.randint(0, 30) * 5)
            cell = ws.cell(row, c, v if v != "" else None)
            cell.number_format = "@"
        if rej == "text":
            out.reject(ws.title, row, "not a number: 'см. приложение'", "K", p["code"])
        elif rej == "neg":
            out.reject(ws.title, row, "negative amount", "I", p["code"])
        else:
            out.record(p)
        row += 1
    last = row - 1
    save(wb, HERE / out.file, "1С:Предприятие")
    out.extra = {"header_rows": [1, 2], "data_rows": [3, last]}
    out.notes = (
        "A 1C-style export (sheet 'TDSheet'): every data cell is a text cell, numbers and "
        "jobs included. Two-level merged header in rows 1-2. 'Стоимость проекта, млн. руб' is "
        "millions ('1 234,5'); the parent 'Финансирование (тыс.руб)' gives thousands to the "
        "budgets under it ('12 345 600,00'); its 'Профинансировано на 01.10.2025' (paid so far) "
        "and 'Рабочие места / сохранено' are not imported. Jobs as text with no-break spaces "
        "('1 250'); one empty jobs-created cell is null; a regional budget '—' is null. Code "
        "header 'Код / Code'. Clusters in Russian, English, capitals or 'ядерных технологий'. "
        "Places sometimes with an address or a village ('Томск, ул. Никитина, 15', "
        "'с. Кафтанчиково, Томский район'). Organisation names carry surrounding spaces "
        "(trimmed). End dates 'dd.mm.yyyy' or 'II кв. 2026'. Rejected: the text 'см. "
        "приложение' in a budget and a negative federal amount.")
    out.dump()
    return out


# --------------------------------------------------------------------------------------
# LibreOffice re-saves
# --------------------------------------------------------------------------------------

RESAVE = [("a4_ministry_form", "xls", "xls:MS Excel 97"),
          ("a4_tracker_en", "ods", "ods"),
          ("a4_three_level", "xlsx", "xlsx:Calc MS Excel 2007 XML")]


def resave(outs: dict[str, Out]) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice missing: apt-get install -y libreoffice-calc-nogui", file=sys.stderr)
        sys.exit(1)
    dest = HERE / "resaved"
    dest.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        for stem, ext, filt in RESAVE:
            od = Path(tmp) / ext
            od.mkdir()
            subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", filt, "--outdir", str(od),
                            str(HERE / f"{stem}.xlsx")], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
            name = f"{stem}_lo_{ext}.{ext}"
            shutil.move(str(od / f"{stem}.{ext}"), str(dest / name))
            o = outs[stem]
            saved_notes = o.notes
            o.notes = (f"{stem}.xlsx re-saved by LibreOffice Calc as .{ext}; the expected "
                       f"result is that of the original. " + saved_notes)
            o.dump(dest / f"{stem}_lo_{ext}.expected.json", name)
            o.notes = saved_notes


def main() -> None:
    g = Gen(SEED)
    outs = {}
    for fn in (make_ministry, make_cluster_tabs, make_english, make_csv, make_caps,
               make_three_level, make_monitoring, make_text_export):
        o = fn(g)
        outs[Path(o.file).stem] = o
        nvals = len(o.records) * len(o.fields)
        print(f"{o.file}: {len(o.records)} records, {len(o.rejected)} rejected, {nvals} values")
    if "--no-resave" not in sys.argv:
        resave(outs)


if __name__ == "__main__":
    os.chdir(HERE)
    main()
