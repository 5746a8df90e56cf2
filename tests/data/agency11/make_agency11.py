#!/usr/bin/env python3
"""Generator of the agency11 evaluation set (independent agency workbooks).

Run:  /work/main/.venv/bin/python tests/data/agency11/make_agency11.py

Deterministic: every value comes from hand-written lists and random.Random
with fixed seeds.  Writes the workbooks and NAME.expected.json next to this
file.  The LibreOffice re-saves in resaved/ are made by --resave (needs
soffice); they are committed as files, not regenerated on every run.

One workbook per shape of /work/shared/samples (ministry summary, cluster
sheets, update by code, English headers, cp1251 CSV, bad rows, formulas),
each written as if another agency had filled it in.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

OUT = Path(__file__).resolve().parent
NBSP = "\u00a0"

ALL_FIELDS = [
    "code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
    "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
    "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created", "lead_organization", "problems",
]


# --------------------------------------------------------------------------- helpers
def D(y, m, d):
    return dt.date(y, m, d)


def q_end(d: dt.date) -> dt.date:
    q = (d.month - 1) // 3 + 1
    m = q * 3
    last = {3: 31, 6: 30, 9: 30, 12: 31}[m]
    return D(d.year, m, last)


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def mln(t):
    """tenths of a million -> float million (None stays None)."""
    return None if t is None else round(t / 10.0, 1)


def ru_num(value, decimals=1, sep=NBSP):
    """1234.5 -> '1 234,5' (Russian way)."""
    neg = value < 0
    s = f"{abs(value):,.{decimals}f}"
    s = s.replace(",", "\u0001").replace(".", ",").replace("\u0001", sep)
    return ("-" if neg else "") + s


def ddmmyyyy(d):
    return d.strftime("%d.%m.%Y")


def iso(d):
    return None if d is None else d.isoformat()


def write_json(name, data):
    path = OUT / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def record(p, fields):
    out = {}
    for f in fields:
        v = p.get(f)
        if isinstance(v, dt.date):
            v = v.isoformat()
        out[f] = v
    return out


ASOF = D(2016, 10, 1)


def gen_project(rng, code, name, cluster, wa, loc, org, problems, status=None,
                scale=(200, 60000), asof=ASOF, with_mb=False):
    """A project's true values.  Money kept in tenths of a million (…_t)."""
    start = D(rng.randint(2012, 2018), rng.randint(1, 12), rng.randint(1, 28))
    end = D(start.year + rng.randint(1, 6), rng.randint(1, 12), rng.randint(1, 28))
    if status is None:
        if end < asof:
            status = "completed"
        elif start > asof:
            status = "planned"
        else:
            status = "in_progress"
    # force the dates to agree with a given status
    if status == "completed" and end >= asof:
        start = D(rng.randint(2011, 2013), rng.randint(1, 12), rng.randint(1, 28))
        end = D(start.year + rng.randint(1, 2), rng.randint(1, 12), rng.randint(1, 28))
    if status == "planned" and start <= asof:
        start = D(rng.randint(2017, 2018), rng.randint(1, 12), rng.randint(1, 28))
        end = D(start.year + rng.randint(1, 5), rng.randint(1, 12), rng.randint(1, 28))
    if status in ("in_progress", "suspended") and not (start <= asof <= end):
        start = D(rng.randint(2013, 2015), rng.randint(1, 12), rng.randint(1, 28))
        end = D(rng.randint(2017, 2021), rng.randint(1, 12), rng.randint(1, 28))
    total = rng.randint(*scale)
    fb = rng.choice([0, 0, int(total * rng.uniform(0.05, 0.35))])
    rb = rng.choice([0, int(total * rng.uniform(0.01, 0.12))])
    mb = rng.choice([0, 0, int(total * rng.uniform(0.005, 0.03))]) if with_mb else 0
    vbs = total - fb - rb - mb
    conf = rng.choice([vbs, int(vbs * rng.uniform(0.3, 0.95))])
    if status == "planned":
        conf = rng.choice([None, int(vbs * rng.uniform(0.0, 0.4))])
    spent = {"completed": total, "planned": 0}.get(status, int(total * rng.uniform(0.1, 0.8)))
    jp = rng.randint(2, 180) * 5
    jc = {"completed": jp, "planned": None}.get(status, int(jp * rng.uniform(0.05, 0.7)))
    return {
        "code": code, "name": name, "cluster": cluster, "work_area": wa, "location": loc,
        "status": status, "start_date": start, "end_date": end,
        "total_t": total, "fb_t": fb, "rb_t": rb, "mb_t": mb, "vbs_t": vbs, "conf_t": conf,
        "spent_t": spent, "jobs_planned": jp, "jobs_created": jc,
        "lead_organization": org, "problems": problems,
    }


def finish(p):
    """Derive the canonical money fields (RUB million) from the tenths."""
    p["total_cost_mln"] = mln(p["total_t"])
    p["federal_budget_mln"] = mln(p["fb_t"])
    p["regional_budget_mln"] = mln(p["rb_t"])
    p["extra_budgetary_mln"] = mln(p["vbs_t"])
    p["extra_budgetary_confirmed_mln"] = mln(p["conf_t"])
    return p


def set_widths(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")

# Russian spellings used by this set's clerks (NOT the samples' spellings)
CLUSTER_RU = {
    "petrochemical": ["Нефтехимический", "нефтехимический кластер", "Нефтехимия"],
    "nuclear": ["Кластер ядерных технологий", "ядерных технологий", "Ядерные технологии"],
    "timber": ["Лесопромышленный", "лесопромышленный кластер"],
    "pharma": ["Фармацевтический", "Фармацевтика"],
    "medtech_it": ["Медтехника и ИТ", "Кластер медицинской техники и информационных технологий"],
    "wildlife": ["Дикоросы", "кластер дикоросов"],
    "hard_to_recover": ["ТрИЗ", "Трудноизвлекаемые запасы"],
    None: ["—", "", "-"],
}
WORK_AREA_RU = {
    "industry": ["Передовая промышленность", "передовая промышленность"],
    "science_education": ["Наука и образование", "НАУКА И ОБРАЗОВАНИЕ"],
    "innovation_business": ["Технологические инновации, новые бизнесы",
                            "технологические инновации, новые бизнесы"],
    "smart_city": ["Умный и удобный город"],
    "business_environment": ["Деловая среда", "деловая среда"],
}
LOC_GOROD = {
    "Томск": "г. Томск", "Северск": "ЗАТО Северск", "Асино": "г. Асино",
    "Стрежевой": "г. Стрежевой", "Колпашево": "г. Колпашево", "Томский район": "Томский район",
}


class Cycler:
    def __init__(self):
        self.n = {}

    def pick(self, key, options):
        i = self.n.get(key, 0)
        self.n[key] = i + 1
        return options[i % len(options)]


# =========================================================================== file 1
# Regional department of economic development: ministry-summary shape.
F1 = "econ_dept_svod.xlsx"
F1_PROJECTS = [
    # name, cluster, work area, location, organisation, problems, status
    ("Строительство лесопильно-деревообрабатывающего комплекса в г. Асино", "timber", "industry",
     "Асино", "ООО «Асиновский лесопромышленный комплекс»", None, None),
    ("Создание центра ядерной медицины на базе Северского биофизического научного центра", "nuclear",
     "science_education", "Северск", "ФГБУН «Северский биофизический научный центр» ФМБА России",
     "Не определён источник софинансирования закупки циклотрона", None),
    ("Производство полимерных труб большого диаметра", "petrochemical", "industry", "Томск",
     "ООО «Томскполимер»", None, None),
    ("Внедрение интеллектуальной системы управления уличным освещением", None, "smart_city", "Томск",
     "МБУ «Центр городского освещения»", "Задержка конкурсных процедур по выбору подрядчика", None),
    ("Организация глубокой переработки кедрового ореха", "wildlife", "innovation_business",
     "Томский район", "ООО «Сибирский кедр»", None, None),
    ("Опытно-промышленная разработка палеозойских отложений Нюрольской впадины", "hard_to_recover",
     "industry", "Стрежевой", "АО «Томскнефть» ВНК", "Не принято решение о налоговых льготах для ТрИЗ",
     "suspended"),
    ("Выпуск генериков противотуберкулёзных препаратов", "pharma", "industry", "Томск",
     "АО «Томскхимфарм»", None, None),
    ("Строительство межвузовского студенческого кампуса", None, "science_education", "Томск",
     "ФГАОУ ВО «Национальный исследовательский Томский государственный университет»",
     "Не завершено оформление земельного участка", "planned"),
    ("Производство имплантатов из пористого никелида титана", "medtech_it", "innovation_business",
     "Томск", "ООО «Титан-Мед»", None, None),
    ("Центр поддержки экспорта Томской области", None, "business_environment", "Томск",
     "АНО «Центр поддержки экспорта Томской области»", None, "completed"),
    ("Линия сублимационной сушки дикорастущих ягод", "wildlife", "industry", "Колпашево",
     "ООО «Колпашевские дикоросы»", "Нехватка сырья в неурожайный год", None),
    ("Производство древесных топливных гранул (пеллет)", "timber", "industry", "Асино",
     "ООО «Томлесинвест»", None, "completed"),
    ("Выпуск изотопной продукции медицинского назначения", "nuclear", "industry", "Северск",
     "АО «Сибирский химический комбинат»", None, None),
    ("Платформа телемедицинских консультаций для районов области", "medtech_it", "smart_city",
     "Колпашево", "ООО «ТелеМед Сибирь»", None, "in_progress"),
    ("Модернизация установки пиролиза углеводородного сырья", "petrochemical", "industry", "Томск",
     "ООО «Томский завод полимеров»", None, "planned"),
    ("Создание бизнес-инкубатора «Технопарк-Север»", None, "business_environment", "Стрежевой",
     "Администрация городского округа Стрежевой", None, None),
    ("Испытательный полигон технологий добычи баженовской нефти", "hard_to_recover",
     "science_education", "Томский район", "ФГАОУ ВО НИ ТПУ",
     "Задержка оформления лицензии на участок недр", "in_progress"),
    ("Производство фитопрепаратов на основе сибирских лекарственных растений", "pharma",
     "innovation_business", "Томский район", "ООО «Сибфитофарм»", None, None),
    ("Реконструкция набережной реки Томи с созданием общественного пространства", None, "smart_city",
     "Томск", "Администрация Города Томска", None, "in_progress"),
    ("Выпуск клеёных деревянных конструкций", "timber", "industry", "Томский район",
     "ООО «Томский домостроительный комбинат»", None, "completed"),
    ("Разработка отечественных ультразвуковых сканеров", "medtech_it", "science_education", "Томск",
     "ООО «Медицинские диагностические системы»", None, "in_progress"),
    ("Производство литий-ионных аккумуляторов «Северская батарея»", "nuclear", "innovation_business",
     "Северск", "ООО «Северские накопители энергии»", "Не определён якорный потребитель продукции",
     "planned"),
]
F1_STATUS = {
    "in_progress": ["реализуется", "в стадии реализации", "Реализуется"],
    "completed": ["реализация завершена", "Завершён"],
    "planned": ["планируется к реализации", "Планируется"],
    "suspended": ["реализация приостановлена"],
}
F1_REJECT = {7: "negative", 16: "end_before_start"}   # 1-based project index in the list


def f1_projects():
    rng = random.Random(1101)
    out = []
    for i, (name, cl, wa, loc, org, prob, st) in enumerate(F1_PROJECTS, 1):
        p = gen_project(rng, f"INO-{1100 + i}", name, cl, wa, loc, org, prob, status=st, with_mb=True)
        out.append(p)
    return out


def make_f1():
    projects = f1_projects()
    cyc = Cycler()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Мониторинг ИНО"
    ncol = 22
    last = get_column_letter(ncol)
    ws["A1"] = ("Информация о ходе реализации инвестиционных проектов (мероприятий), "
                "включённых в перечень проектов ИНО «Томск»")
    ws["A1"].font = BOLD
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = "Департамент экономики Администрации Томской области — по состоянию на 01.10.2016"
    ws.merge_cells(f"A2:{last}2")
    ws["A3"] = "(форма ежеквартального мониторинга)"
    ws.merge_cells(f"A3:{last}3")
    single = {  # col -> header text (merged over rows 4-5)
        1: "№ п/п", 2: "Шифр проекта", 3: "Наименование инвестиционного проекта (мероприятия)",
        4: "Принадлежность к кластеру", 5: "Направление программы ИНО «Томск»",
        6: "Место реализации (муниципальное образование)", 7: "Стадия реализации",
        15: "из них ВБС, подтверждённые соглашениями, млн руб.",
        16: "Освоено с начала реализации, млн руб.",
        19: "Организация — ответственный исполнитель", 20: "Контактное лицо (ФИО, телефон)",
        21: "Проблемные вопросы и риски", 22: "Примечание",
    }
    groups = [  # (first col, last col, top text, subs)
        (8, 9, "Сроки реализации", ["начало", "окончание"]),
        (10, 14, "Объём финансирования, млн руб.", ["всего", "ФБ", "РБ", "МБ", "ВБС"]),
        (17, 18, "Кол-во рабочих мест, ед.", ["план", "факт"]),
    ]
    for c, text in single.items():
        ws.cell(4, c, text)
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    for c1, c2, top, subs in groups:
        ws.cell(4, c1, top)
        ws.merge_cells(start_row=4, start_column=c1, end_row=4, end_column=c2)
        for k, s in enumerate(subs):
            ws.cell(5, c1 + k, s)
    for r in (4, 5):
        for c in range(1, ncol + 1):
            ws.cell(r, c).font = BOLD
            ws.cell(r, c).alignment = WRAP
    for c in range(1, ncol + 1):
        ws.cell(6, c, c)
        ws.cell(6, c).alignment = Alignment(horizontal="center")
    columns = [["№ п/п", None], ["Шифр проекта", "code"],
               ["Наименование инвестиционного проекта (мероприятия)", "name"],
               ["Принадлежность к кластеру", "cluster"],
               ["Направление программы ИНО «Томск»", "work_area"],
               ["Место реализации (муниципальное образование)", "location"],
               ["Стадия реализации", "status"],
               ["Сроки реализации / начало", "start_date"],
               ["Сроки реализации / окончание", "end_date"],
               ["Объём финансирования, млн руб. / всего", "total_cost_mln"],
               ["Объём финансирования, млн руб. / ФБ", "federal_budget_mln"],
               ["Объём финансирования, млн руб. / РБ", "regional_budget_mln"],
               ["Объём финансирования, млн руб. / МБ", None],
               ["Объём финансирования, млн руб. / ВБС", "extra_budgetary_mln"],
               ["из них ВБС, подтверждённые соглашениями, млн руб.", "extra_budgetary_confirmed_mln"],
               ["Освоено с начала реализации, млн руб.", None],
               ["Кол-во рабочих мест, ед. / план", "jobs_planned"],
               ["Кол-во рабочих мест, ед. / факт", "jobs_created"],
               ["Организация — ответственный исполнитель", "lead_organization"],
               ["Контактное лицо (ФИО, телефон)", None],
               ["Проблемные вопросы и риски", "problems"],
               ["Примечание", None]]

    contacts = ["Иванова Н.С., 8 (3822) 51-40-12", "Кузнецов А.П., 8 (3822) 90-11-07",
                "Смирнова О.В., 8 (3822) 56-33-80", ""]
    notes_pool = ["", "", "Включён в перечень в 2015 г.", "", "Уточняются объёмы ВБС", ""]
    records, rejected = [], []
    text_money = text_dates = 0
    end_kinds = []
    r = 7
    sums = [0] * 7
    for i, p in enumerate(projects, 1):
        row = r
        bad = F1_REJECT.get(i)
        # --- end date rendering (period kinds change the true end date)
        kind = ["date", "text", "date", "quarter", "text", "year_text", "date", "year_num"][i % 8]
        if p["status"] == "completed" and kind in ("quarter", "year_text", "year_num"):
            kind = "text"
        if bad == "end_before_start":
            p["end_date"] = D(p["start_date"].year - 1, 11, 30)
            kind = "text"
        if kind == "quarter":
            p["end_date"] = q_end(p["end_date"])
            end_cell = f"{ROMAN[quarter_of(p['end_date'])]} кв. {p['end_date'].year}"
        elif kind == "year_text":
            p["end_date"] = D(p["end_date"].year, 12, 31)
            end_cell = f"{p['end_date'].year}"
        elif kind == "year_num":
            p["end_date"] = D(p["end_date"].year, 12, 31)
            end_cell = p["end_date"].year
        elif kind == "text":
            end_cell = ddmmyyyy(p["end_date"])
        else:
            end_cell = p["end_date"]
        end_kinds.append(kind)
        if bad == "negative":
            p["rb_t"] = -p["rb_t"] if p["rb_t"] else -125
            p["vbs_t"] = p["total_t"] - p["fb_t"] - p["rb_t"] - p["mb_t"]
        finish(p)
        ws.cell(row, 1, i)
        ws.cell(row, 2, p["code"])
        ws.cell(row, 3, p["name"])
        ws.cell(row, 4, cyc.pick(("cl", p["cluster"]), CLUSTER_RU[p["cluster"]]))
        ws.cell(row, 5, cyc.pick(("wa", p["work_area"]), WORK_AREA_RU[p["work_area"]]))
        ws.cell(row, 6, LOC_GOROD[p["location"]])
        ws.cell(row, 7, cyc.pick(("st", p["status"]), F1_STATUS[p["status"]]))
        if i % 3 == 1:
            ws.cell(row, 8, ddmmyyyy(p["start_date"]))
            text_dates += 1
        else:
            ws.cell(row, 8, p["start_date"]).number_format = "DD.MM.YYYY"
        c = ws.cell(row, 9, end_cell)
        if isinstance(end_cell, dt.date):
            c.number_format = "DD.MM.YYYY"
        elif isinstance(end_cell, str) and kind == "text":
            text_dates += 1
        money = [p["total_t"], p["fb_t"], p["rb_t"], p["mb_t"], p["vbs_t"]]
        for k, t in enumerate(money):
            col = 10 + k
            if (i + k) % 4 == 0:
                ws.cell(row, col, ru_num(t / 10, 1, NBSP if (i + k) % 8 == 0 else " "))
                text_money += 1
            else:
                ws.cell(row, col, t / 10).number_format = "#,##0.0"
        if p["conf_t"] is None:
            ws.cell(row, 15, "—")
        else:
            ws.cell(row, 15, p["conf_t"] / 10).number_format = "#,##0.0"
        ws.cell(row, 16, p["spent_t"] / 10).number_format = "#,##0.0"
        ws.cell(row, 17, p["jobs_planned"])
        ws.cell(row, 18, "—" if p["jobs_created"] is None else p["jobs_created"])
        ws.cell(row, 19, p["lead_organization"])
        ws.cell(row, 20, contacts[i % len(contacts)] or None)
        ws.cell(row, 21, p["problems"])
        ws.cell(row, 22, notes_pool[i % len(notes_pool)] or None)
        for k, t in enumerate([p["total_t"], p["fb_t"], p["rb_t"], p["mb_t"], p["vbs_t"],
                               p["conf_t"] or 0, p["spent_t"]]):
            sums[k] += t
        if bad == "negative":
            rejected.append({"sheet": ws.title, "row": row, "reason": "negative amount",
                             "column": "L", "code": p["code"]})
        elif bad == "end_before_start":
            rejected.append({"sheet": ws.title, "row": row, "reason": "end date before start date",
                             "column": "I", "code": p["code"]})
        else:
            records.append(record(p, ALL_FIELDS))
        r += 1
    totals_row = r
    ws.cell(totals_row, 3, "ВСЕГО по перечню:")
    ws.cell(totals_row, 3).font = BOLD
    for k in range(7):
        ws.cell(totals_row, 10 + k, sums[k] / 10).number_format = "#,##0.0"
    ws.cell(totals_row, 17, sum(p["jobs_planned"] for p in projects))
    ws.cell(totals_row, 18, sum(p["jobs_created"] or 0 for p in projects))
    fn1 = totals_row + 2
    ws.cell(fn1, 1, "Примечание: ФБ — федеральный бюджет; РБ — областной бюджет; МБ — местные "
                    "бюджеты; ВБС — внебюджетные средства (средства инициаторов и инвесторов).")
    ws.merge_cells(start_row=fn1, start_column=1, end_row=fn1, end_column=ncol)
    ws.cell(fn1 + 1, 1, "Исполнитель: Петрова Е.В., ведущий специалист отдела инвестиций, "
                        "тел. 8 (3822) 51-23-45")
    ws.merge_cells(start_row=fn1 + 1, start_column=1, end_row=fn1 + 1, end_column=ncol)
    set_widths(ws, [6, 12, 48, 22, 26, 20, 20, 12, 12] + [12] * 7 + [10, 10, 36, 26, 36, 22])
    ws.freeze_panes = "C7"
    wb.save(OUT / F1)

    exp = {
        "file": F1, "refused": False, "fields": ALL_FIELDS, "record_count": len(records),
        "records": records, "rejected": rejected, "columns": columns,
        "sheet": ws.title, "header_rows": [4, 5], "data_rows": [7, totals_row - 1],
        "skipped_rows": {"6": "column numbers", str(totals_row): "totals (ВСЕГО по перечню)",
                         str(fn1): "footnote (abbreviations)", str(fn1 + 1): "footnote (executor)"},
        "agency": "Департамент экономики Администрации Томской области (regional department of "
                  "economic development)",
        "notes": (
            "Shape of ministry_summary. One sheet; title rows 1-3 (merged across the table); "
            "two-level merged header in rows 4-5: 'Сроки реализации' over начало/окончание, "
            "'Объём финансирования, млн руб.' over всего/ФБ/РБ/МБ/ВБС (ФБ = federal, РБ = "
            "regional (областной) budget, МБ = municipal budget -> not imported, ВБС = "
            "extra-budgetary), 'Кол-во рабочих мест, ед.' over план/факт (факт = jobs created). "
            "Row 6 numbers the columns 1..22. Totals row reads 'ВСЕГО по перечню:' in the NAME "
            "column (no code) - not a project. Two footnote rows below (abbreviations; executor "
            "with a phone number). Amounts are RUB million; total = ФБ+РБ+МБ+ВБС, so total is "
            f"not the sum of the imported sources where МБ > 0. {text_money} money cells are "
            "text with a decimal comma and a plain or non-breaking space as thousands separator. "
            "Start dates: real dates or 'dd.mm.yyyy' text. End dates: real dates, 'dd.mm.yyyy' "
            "text, 'IV кв. 2019'-style quarters (-> last day of the quarter), a bare year as text "
            "'2020' or as a General-format number (-> 31 December). Cluster in short or genitive "
            "forms ('Нефтехимический', 'ядерных технологий', 'ТрИЗ', 'Дикоросы', 'Медтехника и "
            "ИТ'); '—', '-' or empty = no cluster. Location written 'г. Томск', 'ЗАТО Северск', "
            "'г. Асино' ... = the canonical place. Status as phrases: 'в стадии реализации', "
            "'реализация завершена', 'планируется к реализации', 'реализация приостановлена'. "
            "'—' in the confirmed-ВБС or jobs-факт column = null. Look-alike columns not imported: "
            "№ п/п, МБ, 'Освоено с начала реализации' (money spent to date), 'Контактное лицо' (a "
            "person), 'Примечание'. Rejected: one row with a negative РБ amount, one row whose "
            "end date is before its start date."
        ),
    }
    write_json(F1.replace(".xlsx", ".expected.json"), exp)
    return projects, records


# =========================================================================== file 2
# Update of file 1 by the same department (year-end actualisation), amounts in тыс. руб.
F2 = "econ_dept_update_2016.xlsx"


def make_f2(base_records):
    base = {r["code"]: dict(r) for r in base_records}
    order = [r["code"] for r in base_records]
    rng = random.Random(1102)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Актуализация 2016"
    ws["A1"] = "Актуализированные сведения о проектах перечня ИНО «Томск» (итоги 2016 года)"
    ws["A1"].font = BOLD
    ws["A2"] = "по состоянию на 01.01.2017"
    headers = ["Шифр", "Наименование проекта (мероприятия)", "Текущая стадия",
               "Стоимость проекта, тыс. руб.", "ФБ, тыс. руб.", "РБ, тыс. руб.", "ВБС, тыс. руб.",
               "Рабочие места: создано нарастающим итогом, ед.", "Рабочие места: план, ед.",
               "Статус земельного участка", "Освоено в 2016 году, тыс. руб.", "Комментарий"]
    fieldmap = ["code", "name", "status", "total_cost_mln", "federal_budget_mln",
                "regional_budget_mln", "extra_budgetary_mln", "jobs_created", "jobs_planned",
                None, None, None]
    for c, h in enumerate(headers, 1):
        ws.cell(4, c, h).font = BOLD
        ws.cell(4, c).alignment = WRAP
    status_words = {"in_progress": ["В стадии реализации", "реализуется"],
                    "completed": ["Завершён", "завершен"],
                    "planned": ["Планируется"], "suspended": ["Реализация приостановлена"]}
    land = ["в аренде", "оформлен в собственность", "на стадии оформления", "—"]
    cyc = Cycler()

    # (kind, code or None, name as written, changes)
    def ch(code, **kw):
        return kw

    plan = [
        ("code", "INO-1103", None, {"status": "completed", "jobs_created": "=jp"}),
        ("code", "INO-1101", None, {}),
        ("code", "INO-1108", None, {"status": "in_progress", "jobs_created": 40,
                                    "extra_plus": 1500}),
        ("name", None, "Линия  сублимационной сушки дикорастущих ягод ", {"total_minus_vbs": 15}),
        ("code", "INO-1113", None, {"total_minus_vbs": 2300}),
        ("new", "INO-1123", "Производство биоразлагаемой упаковки из древесной целлюлозы",
         {"status": "planned", "total_t": 8425, "fb_t": 0, "rb_t": 250, "vbs_t": 8175,
          "jobs_planned": 140, "jobs_created": 0}),
        ("code", "INO-1106", None, {"status": "in_progress", "jobs_created": "+25"}),
        ("code", "INO-1110", None, {}),
        ("name", None, "РЕКОНСТРУКЦИЯ НАБЕРЕЖНОЙ РЕКИ ТОМИ С СОЗДАНИЕМ ОБЩЕСТВЕННОГО ПРОСТРАНСТВА",
         {"status": "completed", "jobs_created": "=jp"}),
        ("reject", "INO-1105", None, {"jobs_planned_text": "уточняется"}),
        ("code", "INO-1115", None, {"fb_plus": 3200, "jobs_planned": "+60"}),
        ("code", "INO-1117", None, {"status": "suspended"}),
        ("name", None, 'Производство литий-ионных аккумуляторов "Северская батарея"',
         {"status": "in_progress", "jobs_created": 0}),
        ("code", "INO-1109", None, {"jobs_created": "+30"}),
        ("name", None, "Выпуск клееных деревянных конструкций", {"jobs_planned": "+20",
                                                                  "jobs_created": "+20"}),
        ("code", "INO-1121", None, {"rb_plus": 450}),
        ("code", "INO-1112", None, {}),
        ("new", "INO-1124", "Цифровая платформа муниципальных услуг «Мой район»",
         {"status": "in_progress", "total_t": 463, "fb_t": 120, "rb_t": 95, "vbs_t": 248,
          "jobs_planned": 25, "jobs_created": 8}),
        ("code", "INO-1118", None, {"jobs_created": "+35"}),
    ]
    by_name = {r["name"]: r["code"] for r in base_records}

    def norm(s):
        s = s.lower().replace("ё", "е")
        for q in "«»“”„\"":
            s = s.replace(q, '"')
        return " ".join(s.split())

    norm_names = {norm(n): c for n, c in by_name.items()}
    changed, new_codes, matched, rejected = [], [], [], []
    new_records = []
    row = 5
    land_i = 0
    for kind, code, name_written, chg in plan:
        if kind == "name":
            code_found = norm_names[norm(name_written)]
            cur = base[code_found]
        elif kind == "new":
            cur = {f: None for f in ALL_FIELDS}
            cur["code"] = code
            cur["name"] = name_written
        else:
            cur = base[code]
        before = json.dumps(cur, sort_keys=True, ensure_ascii=False)
        new = dict(cur)
        t = {k: (None if new[f] is None else round(new[f] * 10)) for k, f in
             [("total_t", "total_cost_mln"), ("fb_t", "federal_budget_mln"),
              ("rb_t", "regional_budget_mln"), ("vbs_t", "extra_budgetary_mln")]}
        if kind == "new":
            for k in ("total_t", "fb_t", "rb_t", "vbs_t"):
                t[k] = chg[k]
            new["status"] = chg["status"]
            new["jobs_planned"] = chg["jobs_planned"]
            new["jobs_created"] = chg["jobs_created"]
        else:
            if "status" in chg:
                new["status"] = chg["status"]
            if "extra_plus" in chg:
                t["vbs_t"] += chg["extra_plus"]
                t["total_t"] += chg["extra_plus"]
            if "fb_plus" in chg:
                t["fb_t"] += chg["fb_plus"]
                t["total_t"] += chg["fb_plus"]
            if "rb_plus" in chg:
                t["rb_t"] += chg["rb_plus"]
                t["total_t"] += chg["rb_plus"]
            if "total_minus_vbs" in chg:
                t["vbs_t"] -= chg["total_minus_vbs"]
                t["total_t"] -= chg["total_minus_vbs"]
            for jf in ("jobs_created", "jobs_planned"):
                v = chg.get(jf)
                if v == "=jp":
                    new[jf] = new["jobs_planned"]
                elif isinstance(v, str) and v.startswith("+"):
                    new[jf] = (new[jf] or 0) + int(v[1:])
                elif isinstance(v, int):
                    new[jf] = v
            if new["jobs_created"] is None:
                new["jobs_created"] = 0   # the update states 0 created for planned projects
        new["total_cost_mln"] = mln(t["total_t"])
        new["federal_budget_mln"] = mln(t["fb_t"])
        new["regional_budget_mln"] = mln(t["rb_t"])
        new["extra_budgetary_mln"] = mln(t["vbs_t"])
        # write the row
        ws.cell(row, 1, None if kind == "name" else new["code"])
        ws.cell(row, 2, name_written if name_written else new["name"])
        ws.cell(row, 3, cyc.pick(new["status"], status_words[new["status"]]))
        for k, key in enumerate(["total_t", "fb_t", "rb_t", "vbs_t"]):
            th = t[key] * 100  # thousand roubles
            if (row + k) % 5 == 0:
                ws.cell(row, 4 + k, ru_num(th, 0, NBSP))
            else:
                ws.cell(row, 4 + k, th).number_format = "#,##0"
        ws.cell(row, 8, new["jobs_created"])
        if kind == "reject":
            ws.cell(row, 9, chg["jobs_planned_text"])
        else:
            ws.cell(row, 9, new["jobs_planned"])
        ws.cell(row, 10, land[land_i % len(land)])
        land_i += 1
        ws.cell(row, 11, int(t["total_t"] * 100 * rng.uniform(0.0, 0.3)) // 100 * 100).number_format = "#,##0"
        ws.cell(row, 12, {"new": "новый проект, включён в перечень в IV квартале",
                          "name": "шифр не указан инициатором"}.get(kind))
        if kind == "reject":
            rejected.append({"sheet": ws.title, "row": row,
                             "reason": "not a number: 'уточняется'", "column": "I",
                             "code": code})
        elif kind == "new":
            new_codes.append(code)
            new_records.append(new)
        elif (new["extra_budgetary_confirmed_mln"] or 0) > (new["extra_budgetary_mln"] or 0) + 1e-9:
            # Amended by the importer's maintainers after the set's first measurement: the row lowers the
            # extra-budgetary total below the confirmed part stored from the base file; the program never stores
            # a state whose parts exceed their whole, so the row is rejected and the project keeps its values.
            rejected.append({"sheet": ws.title, "row": row,
                             "reason": "confirmed extra-budgetary funds exceed the extra-budgetary total",
                             "column": "G", "code": new["code"]})
        else:
            after = json.dumps(new, sort_keys=True, ensure_ascii=False)
            if after != before:
                changed.append(new["code"])
            base[new["code"]] = new
            if kind == "name":
                diffs = {
                    "Линия  сублимационной сушки дикорастущих ягод ": "double space, trailing space",
                    "РЕКОНСТРУКЦИЯ НАБЕРЕЖНОЙ РЕКИ ТОМИ С СОЗДАНИЕМ ОБЩЕСТВЕННОГО ПРОСТРАНСТВА":
                        "upper case",
                    'Производство литий-ионных аккумуляторов "Северская батарея"':
                        "«» quotes written as \"\"",
                    "Выпуск клееных деревянных конструкций": "ё written as е",
                }
                matched.append({"code": new["code"], "name_in_file": name_written,
                                "difference": diffs[name_written], "row": row})
        row += 1
    set_widths(ws, [11, 60, 22, 16, 14, 14, 16, 18, 14, 24, 18, 34])
    wb.save(OUT / F2)
    final = [base[c] for c in order] + new_records
    exp = {
        "file": F2, "refused": False, "fields": ALL_FIELDS, "record_count": len(final),
        "records": final, "rejected": rejected, "base_file": F1,
        "columns": [[h, f] for h, f in zip(headers, fieldmap)],
        "header_row": 4, "data_rows": [5, row - 1],
        "changed_codes": sorted(set(changed)), "new_codes": new_codes, "matched_by_name": matched,
        "agency": "Департамент экономики Администрации Томской области (year-end update)",
        "notes": (
            f"Shape of update_q2. Import {F1} first, then this file; 'records' is the resulting "
            "state of all projects (base order, then the new projects in file order). Title rows "
            "1-2, header row 4, data rows 5-" + str(row - 1) + ". Amounts are in THOUSAND roubles "
            "(тыс. руб. in every money header) and are given here in RUB million; some are text "
            "with a non-breaking space as thousands separator. ФБ/РБ/ВБС = federal / regional / "
            "extra-budgetary. Jobs columns are in the order 'создано' (created) then 'план' "
            "(planned). Rows with a code update that project (some re-sent unchanged). Four rows "
            "have an empty 'Шифр' and are matched by name (double/trailing space, upper case, "
            "\"\" instead of «», е instead of ё); a matched project keeps its stored name. Two "
            "codes are new (INO-1123, INO-1124): their fields absent from this file (cluster, "
            "work area, location, dates, confirmed ВБС, organisation, problems) are null. The row "
            "for INO-1105 has 'уточняется' in the jobs-plan column: rejected, INO-1105 keeps its "
            "earlier values. Note INO-1107 and INO-1116 were rejected in the base file, so they "
            "are not in the database (this file does not mention them). Not imported: 'Статус "
            "земельного участка' (status of another object, the land plot), 'Освоено в 2016 году' "
            "(one-year slice of money spent), 'Комментарий'. Fields this file does not carry "
            "keep their earlier values. The update states 0 jobs created for projects whose "
            "base value was '—' (null)."
        ),
    }
    write_json(F2.replace(".xlsx", ".expected.json"), exp)


# =========================================================================== file 3
# Regional cluster development centre: one sheet per cluster, money in тыс. руб. (title only).
F3 = "cluster_centre_registry.xlsx"
F3_SHEETS = [
    ("Нефтехимия", "petrochemical", "Нефтехимический кластер", [
        ("Производство пропиленгликоля из попутного газа", "Томск", "ООО «Томскгазхим»", None),
        ("Выпуск полимерно-битумных вяжущих для дорожного строительства", "Томский район",
         "ООО «Сибирские битумы»", None),
        ("Производство полиэтиленовой термоусадочной плёнки", "Северск", "АО «Северскпласт»", None),
    ]),
    ("Ядерные технологии", "nuclear", "Кластер ядерных технологий", [
        ("Производство радиационно-стойкой электроники", "Северск", "АО «СХК»", None),
        ("Центр радиационной стерилизации медицинских изделий", "Северск",
         "ООО «Северский центр стерилизации»", None),
        ("Выпуск фторорганических продуктов для микроэлектроники", "Северск",
         "ООО «Фтор-Технологии»", None),
    ]),
    ("Лесопромышленный", "timber", "Лесопромышленный кластер", [
        ("Строительство завода древесно-волокнистых плит", "Асино", "ООО «Асино-ДВП»", None),
        ("Производство деревянных окон со стеклопакетами", "Томск", "ООО «Томские окна»", None),
        ("Переработка лесосечных отходов в биотопливо", "Колпашево", "ООО «Колпашевский лес»", None),
    ]),
    ("Фармацевтика", "pharma", "Фармацевтический кластер", [
        ("Производство инсулиновых препаратов полного цикла", "Томск", "АО «Томскфарм»", None),
        ("Создание центра доклинических исследований", "Томск", "ФГБОУ ВО СибГМУ Минздрава России",
         "reject_negative"),
        ("Выпуск ветеринарных вакцин", "Томский район", "ООО «Сибвет»", None),
        ("Производство стерильных инфузионных растворов", "Северск", "ООО «Инфузия-Сибирь»", None),
    ]),
    ("Медтехника и ИТ", "medtech_it", "Кластер медицинской техники и информационных технологий", [
        ("Серийный выпуск аппаратов ИВЛ", "Томск", "АО «НПЦ «Полюс»", None),
        ("Региональная платформа электронных медицинских карт", "Томск", "ООО «Элекард-Мед»", None),
        ("Производство слуховых имплантатов", "Томск", "ООО «Сонар-Мед»", None),
    ]),
    ("Дикоросы", "wildlife", "Кластер дикоросов", [
        ("Завод по переработке клюквы и брусники", "Колпашево", "ООО «Нарымские ягоды»", None),
        ("Производство кедрового масла холодного отжима", "Томский район", "ООО «Кедровый дом»", None),
        ("Заготовительный центр грибов и ягод в Асиновском районе", "Асино",
         "ООО «Таёжный урожай»", None),
    ]),
    ("ТрИЗ", "hard_to_recover", "Кластер трудноизвлекаемых запасов", [
        ("Разработка технологии термогазового воздействия на пласт", "Стрежевой",
         "ООО «Газпромнефть-Восток»", None),
        ("Опытный участок добычи высоковязкой нефти", "Стрежевой", "АО «Томскнефть» ВНК",
         "reject_text"),
        ("Центр керновых исследований", "Томск", "ФГАОУ ВО НИ ТПУ", None),
        ("Пилотная установка гидроразрыва для низкопроницаемых коллекторов", "Стрежевой",
         "ООО «Стрежевой нефтесервис»", None),
    ]),
]
F3_STATUS = {
    "in_progress": ["Реализуется ", "в реализации", "РЕАЛИЗУЕТСЯ"],
    "completed": ["завершён", "Проект завершён", "ЗАВЕРШЕН"],
    "planned": ["Планируется ", "запланирован"],
    "suspended": ["приостановлен", "Приостановлен (заморожен)"],
}


def make_f3():
    rng = random.Random(1103)
    cyc = Cycler()
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    headers = ["№", "Код в перечне ИНО", "Проект", "Территория", "Состояние", "Дата старта",
               "Плановое завершение", "Общий бюджет проекта", "из него частные инвестиции",
               "Освоено на отчётную дату", "Новые рабочие места (план), чел.",
               "Инициатор (компания)", "Руководитель проекта"]
    fmap = [None, "code", "name", "location", "status", "start_date", "end_date", "total_cost_mln",
            "extra_budgetary_mln", None, "jobs_planned", "lead_organization", None]
    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date",
              "total_cost_mln", "extra_budgetary_mln", "jobs_planned", "lead_organization"]
    people = ["Орлов Д.А.", "Белова М.И.", "Гречко С.Н.", "Шульц В.В.", "Ким Е.Р."]
    records, rejected, sheets_meta = [], [], []
    code_n = 1130
    status_plan = ["in_progress", "in_progress", "completed", "planned", "suspended"]
    for s_i, (sheet, cl, full, projs) in enumerate(F3_SHEETS):
        ws = wb.create_sheet(sheet)
        ws["A1"] = f"{full} — реестр проектов участников кластера"
        ws["A1"].font = BOLD
        ws["A2"] = "по состоянию на 01.07.2016; стоимостные показатели — в тыс. рублей"
        for c, h in enumerate(headers, 1):
            ws.cell(4, c, h).font = BOLD
            ws.cell(4, c).alignment = WRAP
        plist = []
        for k, (name, loc, org, flag) in enumerate(projs):
            code_n += 1
            st = status_plan[(s_i + k) % len(status_plan)]
            p = gen_project(rng, f"INO-{code_n}", name, cl, None, loc, org, None, status=st,
                            scale=(50, 30000), asof=D(2016, 7, 1))
            p["flag"] = flag
            plist.append(p)
        # group rows by status, blank spacer row between groups
        order = ["in_progress", "planned", "completed", "suspended"]
        plist.sort(key=lambda p: order.index(p["status"]))
        row = 5
        data_rows = []
        prev = None
        n = 0
        for p in plist:
            if prev is not None and p["status"] != prev:
                row += 1  # spacer
            prev = p["status"]
            n += 1
            finish(p)
            ws.cell(row, 1, n)
            ws.cell(row, 2, p["code"])
            ws.cell(row, 3, p["name"])
            ws.cell(row, 4, p["location"])
            ws.cell(row, 5, cyc.pick(p["status"], F3_STATUS[p["status"]]))
            ws.cell(row, 6, p["start_date"]).number_format = "DD.MM.YYYY"
            ws.cell(row, 7, p["end_date"]).number_format = "DD.MM.YYYY"
            total_th = p["total_t"] * 100
            vbs_th = p["vbs_t"] * 100
            if p["flag"] == "reject_text":
                ws.cell(row, 8, "по итогам ГРР")
            elif (row + s_i) % 4 == 0:
                ws.cell(row, 8, ru_num(total_th, 0, NBSP))
            else:
                ws.cell(row, 8, total_th).number_format = "#,##0"
            if p["flag"] == "reject_negative":
                ws.cell(row, 9, -vbs_th).number_format = "#,##0"
            else:
                ws.cell(row, 9, vbs_th).number_format = "#,##0"
            ws.cell(row, 10, p["spent_t"] * 100).number_format = "#,##0"
            ws.cell(row, 11, p["jobs_planned"])
            ws.cell(row, 12, p["lead_organization"])
            ws.cell(row, 13, people[(s_i + n) % len(people)])
            if p["flag"] == "reject_negative":
                rejected.append({"sheet": sheet, "row": row, "reason": "negative amount",
                                 "column": "I", "code": p["code"]})
            elif p["flag"] == "reject_text":
                rejected.append({"sheet": sheet, "row": row,
                                 "reason": "not a number: 'по итогам ГРР'", "column": "H",
                                 "code": p["code"]})
            else:
                records.append(record(p, fields))
            data_rows.append(row)
            row += 1
        set_widths(ws, [5, 14, 56, 16, 22, 12, 14, 16, 16, 16, 14, 34, 18])
        sheets_meta.append({"sheet": sheet, "cluster": cl, "a1": ws["A1"].value,
                            "header_row": 4, "data_rows": data_rows})
    # hidden row on the first sheet, hidden column K (jobs) on the third
    first = wb[F3_SHEETS[0][0]]
    hidden_row = sheets_meta[0]["data_rows"][1]
    first.row_dimensions[hidden_row].hidden = True
    third = wb[F3_SHEETS[2][0]]
    third.column_dimensions["K"].hidden = True
    # a summary sheet that holds no project table
    sv = wb.create_sheet("Свод")
    sv["A1"] = "Сводные показатели по кластерам (тыс. руб.)"
    sv["A1"].font = BOLD
    sv.append([])
    sv.append(["Кластер", "Кол-во проектов", "Общий бюджет, тыс. руб."])
    for sheet, cl, full, projs in F3_SHEETS:
        tot = sum(r["total_cost_mln"] for r in records if r["cluster"] == cl)
        sv.append([full, len(projs), round(tot * 1000)])
    sv.append(["Итого", sum(len(x[3]) for x in F3_SHEETS),
               round(sum(r["total_cost_mln"] for r in records) * 1000)])
    set_widths(sv, [60, 16, 24])
    wb.save(OUT / F3)
    exp = {
        "file": F3, "refused": False, "fields": fields, "record_count": len(records),
        "records": records, "rejected": rejected,
        "columns": [[h, f] for h, f in zip(headers, fmap)],
        "sheets": sheets_meta,
        "skipped_sheets": ["Свод"],
        "hidden": {"row": {"sheet": F3_SHEETS[0][0], "row": hidden_row},
                   "column": {"sheet": F3_SHEETS[2][0], "column": "K", "field": "jobs_planned"}},
        "agency": "АНО «Центр кластерного развития Томской области» (regional cluster centre)",
        "notes": (
            "Shape of cluster_sheets. One sheet per cluster with SHORT sheet names ('Нефтехимия', "
            "'Ядерные технологии', 'Лесопромышленный', 'Фармацевтика', 'Медтехника и ИТ', "
            "'Дикоросы', 'ТрИЗ'); the full cluster name is at the start of cell A1 "
            "('<full name> — реестр проектов участников кластера'); the record's cluster comes "
            "from the sheet. The money unit is stated ONLY in the title row A2 ('стоимостные "
            "показатели — в тыс. рублей'); the money headers carry no unit. Amounts are therefore "
            "thousand roubles and are given here in RUB million. Header row 4 on every sheet, a "
            "blank spacer row between status groups. Statuses in varied forms and case with "
            "trailing spaces ('Реализуется ', 'в реализации', 'Проект завершён', 'ЗАВЕРШЕН', "
            "'запланирован', 'Приостановлен (заморожен)'). A row of the first sheet is hidden "
            "and column K (jobs) of the third sheet is hidden: still data. Sheet 'Свод' is a "
            "per-cluster summary (cluster names, counts, sums), not a project table: skipped. "
            "Not imported: '№', 'Освоено на отчётную дату' (spent to date), 'Руководитель "
            "проекта' (a person; the organisation is 'Инициатор (компания)'). Rejected: a "
            "negative private-investment amount (sheet 'Фармацевтика') and the text 'по итогам "
            "ГРР' in the budget column (sheet 'ТрИЗ')."
        ),
    }
    write_json(F3.replace(".xlsx", ".expected.json"), exp)


# =========================================================================== file 4
# State corporation's regional branch: English headers, RUB bn, quarters/years as completion.
F4 = "statecorp_branch_en.xlsx"
F4_PROJECTS = [
    # name, cluster cell, cluster key, stage cell, status, lead entity
    ("Опытно-демонстрационный энергокомплекс (инфраструктура площадки)", "Nuclear", "nuclear",
     "In progress", "in_progress", "АО «СХК»"),
    ("Производство стабильных изотопов для медицины", "Nuclear technologies", "nuclear",
     "Ongoing", "in_progress", "АО «СХК»"),
    ("Центр компетенций по аддитивным технологиям", "n/a", None, "Planned", "planned",
     "ООО «Северский аддитивный центр»"),
    ("Переработка попутного газа в метанол", "Petrochemicals", "petrochemical", "Completed",
     "completed", "ООО «Томскгазхим»"),
    ("Выпуск радиофармпрепаратов на основе технеция-99m", "nuclear technologies", "nuclear",
     "On hold", "suspended", "ООО «Изотоп-Сибирь»"),
    ("Серверный центр для суперкомпьютерных расчётов", "Medical equipment & IT", "medtech_it",
     "In progress", "in_progress", "ООО «Северский ЦОД»"),
    ("Производство композитных баллонов высокого давления", "Petrochemical", "petrochemical",
     "planned", "planned", "АО «Сибкомпозит»"),
    ("Лесохимический комплекс по выпуску канифоли", "Timber industry", "timber", "Completed",
     "completed", "ООО «Лесохим»"),
    ("Производство дозиметрического оборудования", "Medtech and IT", "medtech_it", "ongoing",
     "in_progress", "АО «Дозиметрия»"),
    ("Космическая связь для удалённых месторождений", "Space industry", "UNKNOWN", "Planned",
     "planned", "ООО «Сибирь-Спутник»"),
    ("Производство препаратов для ядерной медицины (диагностика)", "Pharmaceuticals", "pharma",
     "In progress", "in_progress", "АО «Медрадиофарм»"),
    ("Установка для очистки пластовых вод", "Hard-to-recover hydrocarbons", "hard_to_recover",
     "Completed", "completed", "ООО «Стрежевской водоканал»"),
    ("Технопарк для резидентов ЗАТО", "—", None, "In progress", "in_progress",
     "АО «Технопарк Северск»"),
    ("Производство экстрактов пихты", "Wild plants", "wildlife", "Planned", "planned",
     "ООО «Пихтовые технологии»"),
    ("Модернизация сублиматного производства", "Nuclear", "nuclear", "Completed", "completed",
     "АО «СХК»"),
    ("Утилизация отходов переработки урана", "Nuclear", "nuclear", "In progress", "in_progress",
     "ФГУП «НО РАО»"),
    ("Литиевые накопители для горнодобывающей техники", "", None, "On hold", "suspended",
     "ООО «Литий-Энерго»"),
    ("Производство нейтронных генераторов для каротажа", "Hard-to-recover hydrocarbons",
     "hard_to_recover", "Planned", "planned", "ООО «Геонейтрон»"),
    ("Выпуск изделий из бериллиевой бронзы", "Nuclear", "nuclear", "in progress", "in_progress",
     "АО «СХК»"),
    ("Бизнес-инкубатор для атомных стартапов", "n/a", None, "Ongoing", "in_progress",
     "АНО «Атом-Инкубатор»"),
]
F4_TBC_INDEX = 15  # 1-based: capex 'TBC' -> rejected


def make_f4():
    rng = random.Random(1104)
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Siberian branch — investment portfolio report to the INO Tomsk programme office"
    cover["A1"].font = BOLD
    cover["A3"] = "Reporting date: 1 July 2017"
    cover["A4"] = "All money figures are in RUB billion (bn), VAT excluded."
    cover["A5"] = "Data are on sheet 'Portfolio'. Completion is the planned commissioning date, " \
                  "quarter or year."
    ws = wb.create_sheet("Portfolio")
    ws["A1"] = "Investment projects of the branch and its partners (as at 1 July 2017)"
    ws["A1"].font = BOLD
    headers = ["#", "Project code", "Project name", "Cluster", "Stage", "Capex total, RUB bn",
               "incl. private capital, RUB bn", "Spent to date, RUB bn", "New jobs (target)",
               "Delivery confidence", "Completion (planned)", "Lead entity", "Project manager",
               "Comments"]
    fmap = [None, "code", "name", "cluster", "status", "total_cost_mln", "extra_budgetary_mln",
            None, "jobs_planned", None, "end_date", "lead_organization", None, None]
    fields = ["code", "name", "cluster", "status", "end_date", "total_cost_mln",
              "extra_budgetary_mln", "jobs_planned", "lead_organization"]
    for c, h in enumerate(headers, 1):
        ws.cell(3, c, h).font = BOLD
    conf = ["High", "Medium", "Low", "Medium", "High"]
    managers = ["A. Volkov", "E. Lebedeva", "S. Romanov", "N. Kovaleva"]
    comments = [None, "capex re-estimated in Q2", None, None, "awaiting state expertise", None]
    records, rejected, end_kinds = [], [], {}
    asof = D(2017, 7, 1)
    for i, (name, cl_cell, cl, stage, st, org) in enumerate(F4_PROJECTS, 1):
        row = 3 + i
        p = gen_project(rng, f"INO-{1160 + i}", name, None if cl == "UNKNOWN" else cl, None, None,
                        org, None, status=st, scale=(30, 90000), asof=asof)
        kind = ["date", "quarter_en", "year_text", "date", "quarter_ru", "year_num", "date",
                "quarter_en"][i % 8]
        e = p["end_date"]
        if kind == "quarter_en":
            p["end_date"] = q_end(e)
            cell = f"Q{quarter_of(e)} {e.year}"
        elif kind == "quarter_ru":
            p["end_date"] = q_end(e)
            cell = f"{ROMAN[quarter_of(e)]} кв. {e.year}"
        elif kind == "year_text":
            p["end_date"] = D(e.year, 12, 31)
            cell = str(e.year)
        elif kind == "year_num":
            p["end_date"] = D(e.year, 12, 31)
            cell = e.year
        else:
            cell = e
        end_kinds[kind] = end_kinds.get(kind, 0) + 1
        if i % 5 == 3:
            p["vbs_t"] = None   # private capital not reported
        finish(p)
        ws.cell(row, 1, i)
        ws.cell(row, 2, p["code"])
        ws.cell(row, 3, name)
        ws.cell(row, 4, cl_cell)
        ws.cell(row, 5, stage)
        if i == F4_TBC_INDEX:
            ws.cell(row, 6, "TBC")
        else:
            ws.cell(row, 6, p["total_t"] / 10000).number_format = "0.0000"
        if p["vbs_t"] is not None:
            ws.cell(row, 7, p["vbs_t"] / 10000).number_format = "0.0000"
        ws.cell(row, 8, p["spent_t"] / 10000).number_format = "0.0000"
        ws.cell(row, 9, p["jobs_planned"])
        ws.cell(row, 10, conf[i % len(conf)])
        c = ws.cell(row, 11, cell)
        if isinstance(cell, dt.date):
            c.number_format = "d mmm yyyy"
        ws.cell(row, 12, org)
        ws.cell(row, 13, managers[i % len(managers)])
        ws.cell(row, 14, comments[i % len(comments)])
        if cl == "UNKNOWN":
            rejected.append({"sheet": "Portfolio", "row": row,
                             "reason": "unknown cluster 'Space industry'", "column": "D",
                             "code": p["code"]})
        elif i == F4_TBC_INDEX:
            rejected.append({"sheet": "Portfolio", "row": row, "reason": "not a number: 'TBC'",
                             "column": "F", "code": p["code"]})
        else:
            records.append(record(p, fields))
    set_widths(ws, [4, 12, 56, 26, 12, 14, 14, 14, 12, 12, 14, 30, 14, 26])
    gl = wb.create_sheet("Glossary")
    gl.append(["Term", "Meaning"])
    gl.append(["Capex total", "Full investment cost of the project"])
    gl.append(["Private capital", "Extra-budgetary funds of investors"])
    gl.append(["Delivery confidence", "Branch's assessment: High / Medium / Low"])
    gl.append(["Completion", "Date, quarter (Q3 2019 or III кв. 2019) or year"])
    wb.save(OUT / F4)
    exp = {
        "file": F4, "refused": False, "fields": fields, "record_count": len(records),
        "records": records, "rejected": rejected,
        "columns": [[h, f] for h, f in zip(headers, fmap)],
        "data_sheet": "Portfolio", "header_row": 3, "data_rows": [4, 3 + len(F4_PROJECTS)],
        "skipped_sheets": ["Cover", "Glossary"],
        "agency": "Siberian branch of a state corporation (English-language report)",
        "notes": (
            "Shape of agency_english. Three sheets: 'Cover' (text), 'Portfolio' (data: title row "
            "1, header row 3, data rows 4-23) and 'Glossary' (a two-column term/meaning table, not "
            "projects). English headers; money in RUB billion ('RUB bn' in the header), converted "
            "here to RUB million. Stage -> status: 'In progress'/'Ongoing' = in_progress, "
            "'Completed' = completed, 'Planned' = planned, 'On hold' = suspended (case varies). "
            "Cluster as English variants ('Nuclear', 'Petrochemicals', 'Timber industry', "
            "'Pharmaceuticals', 'Medical equipment & IT', 'Medtech and IT', 'Wild plants', "
            "'Hard-to-recover hydrocarbons'); 'n/a', '—' or empty = no cluster. Completion -> "
            f"end_date: {end_kinds.get('date', 0)} real dates, {end_kinds.get('quarter_en', 0)} "
            f"'Q3 2019'-style quarters, {end_kinds.get('quarter_ru', 0)} 'III кв. 2019'-style "
            f"quarters (last day of the quarter), {end_kinds.get('year_text', 0)} years as text "
            f"and {end_kinds.get('year_num', 0)} years as General-format numbers (31 December). "
            "An empty private-capital cell is unknown (null). Not imported: '#', 'Spent to date' "
            "(money spent), 'Delivery confidence' (High/Medium/Low, not a canonical field), "
            "'Project manager' (a person), 'Comments'. Rejected: 'Space industry' (unknown "
            "cluster) and 'TBC' in the capex column."
        ),
    }
    write_json(F4.replace(".xlsx", ".expected.json"), exp)


# =========================================================================== file 5
# Municipal district administration: CSV, cp1251, ';', decimal comma, тыс. руб.
F5 = "kolpashevo_district.csv"
F5_PROJECTS = [
    ("Строительство цеха переработки дикорастущих ягод в г. Колпашево", "Дикоросы", "wildlife",
     "industry", "г. Колпашево", "Колпашево", "ООО «Нарымские дикоросы»",
     "Нет подъездной дороги к площадке; требуется решение «Томскавтодора»"),
    ("Лесозаготовительный комплекс «Тогур»", "Лесопромышленный", "timber", "industry",
     "Колпашево", "Колпашево", "ООО «Тогурлес»", None),
    ("Модернизация рыбоперерабатывающего цеха", "—", None, "innovation_business", "г. Колпашево",
     "Колпашево", "ООО «Обская рыба»", None),
    ("Создание многофункционального центра поддержки предпринимательства", "", None,
     "business_environment", "Колпашево", "Колпашево",
     "МКУ «Агентство по развитию предпринимательства Колпашевского района»", None),
    ("Производство топливных брикетов из опила", "лесопромышленный кластер", "timber",
     "industry", "Колпашево", "Колпашево", "ИП Глава КФХ Сидоров П.П.", None),
    ("Реконструкция районной котельной с переводом на местные виды топлива", "—", None,
     "smart_city", "г. Колпашево", "Колпашево", "МУП «Колпашевская теплосеть»",
     'Подрядчик ООО "ТеплоМонтаж" не приступил к работам'),
    ("Заготовка и переработка кедрового ореха", "Дикоросы", "wildlife", "industry",
     "Томский район", "Томский район", "ООО «Кедр Нарыма»", None),
    ("Цифровая школа: оснащение районных школ оборудованием для робототехники", "", None,
     "science_education", "Колпашево", "Колпашево", "МКУ «Управление образования»", None),
    ("Производство пищевых экстрактов из чаги", "Фармацевтический", "pharma",
     "innovation_business", "г. Колпашево", "Колпашево", "ООО «Чага-Нарым»", None),
    ("Строительство причала для грузовых судов", "—", None, "business_environment",
     "Колпашево", "Колпашево", "ООО «Колпашевский речной порт»",
     "Не согласована документация с Росморречфлотом; срок — до конца года"),
    ("Молочно-товарная ферма на 400 голов", "", None, "industry", "Колпашево", "Колпашево",
     "СПК «Новосёловский»", None),
    ("Система видеонаблюдения «Безопасный город»", "", None, "smart_city", "г. Колпашево",
     "Колпашево", "Администрация Колпашевского городского поселения", None),
    ("Глубокая переработка древесины: выпуск погонажных изделий", "Лесопромышленный", "timber",
     "industry", "Колпашево", "Колпашево", "ООО «Тогурлес»", None),
    ("Телемедицинский пункт в с. Новосёлово", "Медтехника и ИТ", "medtech_it", "smart_city",
     "Колпашево", "Колпашево", "ОГАУЗ «Колпашевская РБ»", None),
    ("Сушильный комплекс для грибов и ягод", "Дикоросы", "wildlife", "industry",
     "Колпашево", "Колпашево", "ООО «Таёжные дары»", "reject_text"),
    ("Туристический комплекс «Нарымская заимка»", "", None, "business_environment",
     "Колпашево", "Колпашево", "ООО «Нарым-Тур»", None),
    ("Цех по производству пеллет в с. Тогур", "Лесопромышленный", "timber", "industry",
     "Колпашево", "Колпашево", "ООО «Тогур-Пеллет»", "reject_dates"),
    ("Переработка сапропеля на удобрения", "", None, "innovation_business", "Томский район",
     "Томский район", "ООО «Сапропель-Сибирь»", None),
]
F5_STATUS = {"in_progress": ["реализуется", "в стадии реализации"],
             "completed": ["реализован", "завершен"],
             "planned": ["планируется", "предполагается к реализации"],
             "suspended": ["приостановлен"]}
F5_WA = {"industry": "Передовая промышленность", "science_education": "Наука и образование",
         "innovation_business": "Технологические инновации, новые бизнесы",
         "smart_city": "Умный и удобный город", "business_environment": "Деловая среда"}


def make_f5():
    rng = random.Random(1105)
    cyc = Cycler()
    header = ["№ п/п", "Код проекта ИНО", "Наименование мероприятия (проекта)",
              "Отраслевой кластер", "Направление ИНО", "Поселение (МО)", "Состояние реализации",
              "Дата начала реализации", "Дата завершения реализации",
              "Полная стоимость, тыс.руб.", "в т.ч. ФБ, тыс.руб.", "в т.ч. ОБ, тыс.руб.",
              "в т.ч. МБ, тыс.руб.", "в т.ч. ВБС, тыс.руб.", "Выполнение, %",
              "Кол-во раб. мест (план), ед.", "Кол-во созданных раб. мест, ед.",
              "Ответственный исполнитель", "Ответственный специалист администрации",
              "Проблемные вопросы / риски"]
    fmap = [None, "code", "name", "cluster", "work_area", "location", "status", "start_date",
            "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln", None,
            "extra_budgetary_mln", None, "jobs_planned", "jobs_created", "lead_organization",
            None, "problems"]
    fields = ["code", "name", "cluster", "work_area", "location", "status", "start_date",
              "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
              "extra_budgetary_mln", "jobs_planned", "jobs_created", "lead_organization",
              "problems"]
    staff = ["Зайцева Л.М.", "Гусев Р.А.", "Зайцева Л.М.", "Мельник Т.О."]
    lines = [header]
    records, rejected = [], []
    st_cycle = ["in_progress", "completed", "planned", "in_progress", "suspended", "completed"]
    for i, (name, cl_cell, cl, wa, loc_cell, loc, org, prob) in enumerate(F5_PROJECTS, 1):
        line_no = i + 1
        flag = prob if prob in ("reject_text", "reject_dates") else None
        p = gen_project(rng, f"INO-{1180 + i}", name, cl, wa, loc, org,
                        None if flag else prob, status=st_cycle[i % len(st_cycle)],
                        scale=(5, 4000), with_mb=True)
        end_cell = ddmmyyyy(p["end_date"])
        if i == 4:
            p["end_date"] = D(p["end_date"].year, 12, 31)
            end_cell = str(p["end_date"].year)
        if i == 11:
            p["end_date"] = q_end(p["end_date"])
            end_cell = f"{ROMAN[quarter_of(p['end_date'])]} кв. {p['end_date'].year}"
        if flag == "reject_dates":
            p["end_date"] = D(p["start_date"].year - 1, 3, 15)
            end_cell = ddmmyyyy(p["end_date"])
        finish(p)

        def th(t, k):
            v = t * 100  # thousand roubles, whole number
            if v >= 1000 and (i + k) % 3 == 0:
                return ru_num(v, 1, " ")
            if (i + k) % 3 == 1:
                return ru_num(v, 1, "")
            return str(v)

        pct = "100" if p["status"] == "completed" else (
            "0" if p["status"] == "planned" else ru_num(rng.uniform(10, 90), 1, ""))
        total_cell = th(p["total_t"], 0)
        if flag == "reject_text":
            total_cell = "ориентировочно " + ru_num(p["total_t"] * 100, 0, " ")
        lines.append([
            str(i), p["code"], name, cl_cell, F5_WA[wa], loc_cell,
            cyc.pick(p["status"], F5_STATUS[p["status"]]),
            ddmmyyyy(p["start_date"]), end_cell,
            total_cell, th(p["fb_t"], 1), th(p["rb_t"], 2), th(p["mb_t"], 3), th(p["vbs_t"], 4),
            pct, str(p["jobs_planned"]),
            "" if p["jobs_created"] is None else str(p["jobs_created"]),
            org, staff[i % len(staff)], p["problems"] or "",
        ])
        if flag == "reject_text":
            rejected.append({"sheet": None, "row": line_no,
                             "reason": f"not a number: '{total_cell}'", "column": "J",
                             "code": p["code"]})
        elif flag == "reject_dates":
            rejected.append({"sheet": None, "row": line_no, "reason": "end date before start date",
                             "column": "I", "code": p["code"]})
        else:
            records.append(record(p, fields))
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL,
                   lineterminator="\r\n")
    for ln in lines:
        w.writerow(ln)
    (OUT / F5).write_bytes(buf.getvalue().encode("cp1251"))
    exp = {
        "file": F5, "refused": False, "fields": fields, "record_count": len(records),
        "records": records, "rejected": rejected,
        "columns": [[h, f] for h, f in zip(header, fmap)],
        "encoding": "cp1251", "delimiter": ";", "header_line": 1,
        "data_lines": [2, len(lines)],
        "agency": "Администрация Колпашевского района (municipal district administration)",
        "notes": (
            "Shape of csv_cp1251. Windows-1251, no BOM, CRLF, ';' separator, fields with ';' or "
            "'\"' quoted with doubled inner quotes. Line 1 is the header; one project per line. "
            "Amounts are in THOUSAND roubles ('тыс.руб.' in the headers) and are given here in "
            "RUB million; numbers are written '12500', '12500,0' or '12 500,0' (plain space as "
            "thousands separator, decimal comma). 'в т.ч. МБ' is the municipal budget: not "
            "imported; total includes it. 'Выполнение, %' (a percentage), '№ п/п' and "
            "'Ответственный специалист администрации' (a person) are not imported. Dates are "
            "dd.mm.yyyy; one end date is a bare year '20xx' (31 December) and one a quarter "
            "'IV кв.'-style (last day of the quarter). Location 'г. Колпашево' or 'Колпашево' = "
            "Колпашево. Cluster in short forms ('Дикоросы', 'Лесопромышленный', "
            "'Фармацевтический', 'Медтехника и ИТ'); '—' or empty = no cluster. An empty "
            "created-jobs field = null. One lead organisation is an individual entrepreneur "
            "(ИП Глава КФХ ...) written in the organisation column: imported as written. 'row' "
            "numbers are line numbers. Rejected: line with 'ориентировочно …' in the total, line "
            "whose end date is before its start date."
        ),
    }
    write_json(F5.replace(".csv", ".expected.json"), exp)


# =========================================================================== file 6
# University project office: flat table with bad rows mixed in.
F6 = "university_project_office.xlsx"
F6_PROJECTS = [
    ("Инжиниринговый центр аддитивных технологий", "—", None, "Томск", "Идёт реализация",
     "in_progress", "ФГАОУ ВО НИ ТПУ", None),
    ("Разработка сцинтилляционных детекторов для досмотровой техники", "Ядерные технологии",
     "nuclear", "Северск", "идет реализация", "in_progress", "ФГАОУ ВО НИ ТПУ", None),
    ("Лаборатория биосовместимых покрытий для имплантатов", "ИТ и медтехника", "medtech_it",
     "Томск", "Проект завершён", "completed", "ФГАОУ ВО НИ ТГУ", None),
    ("Технологии цифрового керна для месторождений ТрИЗ", "Трудноизвлекаемые запасы",
     "hard_to_recover", "Томск", "Запланирован", "planned", "ФГАОУ ВО НИ ТПУ",
     "Нет индустриального партнёра на второй этап"),
    ("Центр коллективного пользования «Фармбиотест»", "Фармацевтика", "pharma", "Томск",
     "Идёт реализация", "in_progress", "ФГБОУ ВО СибГМУ Минздрава России", None),
    ("Опытное производство наноструктурных порошков", "Нефтехимия", "petrochemical",
     "Томский район", "приостановлен", "suspended", "ФГБУН ИФПМ СО РАН",
     "=ГИПЕРССЫЛКА(\"http://tpu.ru/docs/protocol-12.pdf\";\"Протокол № 12\")"),
    ("Студенческий бизнес-инкубатор «Дрожжи»", "—", None, "Томск", "Проект завершён",
     "completed", "ФГАОУ ВО НИ ТГУ", None),
    ("Технология переработки древесной зелени в хвойную пасту", "Лесопромышленный", "timber",
     "Асино", "Идёт реализация", "in_progress", "ФГБОУ ВО ТГАСУ", "dup_a"),
    ("Микроволновая сушка пищевого сырья из дикоросов", "Дикоросы", "wildlife", "Колпашево",
     "Запланирован", "planned", "ФГАОУ ВО НИ ТПУ", None),
    ("Программно-аппаратный комплекс телеметрии для карет скорой помощи",
     "ИТ и медтехника", "medtech_it", "Томск", "идет реализация", "in_progress",
     "ФГБОУ ВО ТУСУР", None),
    ("LONGNAME", "Нефтехимия", "petrochemical", "Томск", "Запланирован", "planned",
     "ФГАОУ ВО НИ ТПУ", "long"),
    ("Школа инженерного лидерства для малых городов области", "", None, "Стрежевой",
     "Идёт реализация", "in_progress", "ФГАОУ ВО НИ ТПУ", None),
    ("Платформа открытых данных о городской среде", "", None, "Томск", "Проект завершён",
     "completed", "ФГБОУ ВО ТУСУР", "Сайт проекта: http://opendata.tomsk.example"),
    ("Реагенты для повышения нефтеотдачи пластов", "Трудноизвлекаемые запасы",
     "hard_to_recover", "Стрежевой", "Идёт реализация", "in_progress", "ФГБУН ИХН СО РАН", None),
    ("Прототип мобильного рентгеновского комплекса", "ИТ и медтехника", "medtech_it", "Томск",
     "Запланирован", "planned", "ФГАОУ ВО НИ ТПУ", "dup_b"),
    ("Технологии криоконсервации растительного сырья", "Дикоросы", "wildlife", "Томский район",
     "Проект завершён", "completed", "ФГАОУ ВО НИ ТГУ", None),
    ("Материалы для радиационной защиты на основе вольфрама", "Ядерные технологии", "nuclear",
     "Северск", "Идёт реализация", "in_progress", "ФГАОУ ВО НИ ТПУ", None),
    ("Учебно-научный полигон «Умный квартал»", "", None, "Томск", "Запланирован", "planned",
     "ФГБОУ ВО ТГАСУ", None),
    ("Синтез активных фармацевтических субстанций малыми сериями", "Фармацевтика", "pharma",
     "Томск", "Идёт реализация", "in_progress", "ФГАОУ ВО НИ ТПУ", None),
    ("Малотоннажная химия: производство катализаторов", "Нефтехимия", "petrochemical",
     "Томск", "Проект завершён", "completed", "ФГАОУ ВО НИ ТГУ", None),
]


def make_f6():
    rng = random.Random(1106)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Портфель проектов"
    headers = ["Код ИНО", "Проект (наименование)", "Кластерная принадлежность",
               "Площадка реализации", "Статус проекта", "Старт", "Финиш (план)",
               "Бюджет проекта, млн руб.", "ФБ, млн руб.", "ОБ, млн руб.",
               "Внебюджетные средства (индустриальные партнёры), млн руб.",
               "Доля внебюджетного софинансирования, %", "Плановое кол-во рабочих мест",
               "Руководитель проекта (ФИО)", "Риски и проблемы"]
    fmap = ["code", "name", "cluster", "location", "status", "start_date", "end_date",
            "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
            None, "jobs_planned", None, "problems"]
    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date",
              "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
              "extra_budgetary_mln", "jobs_planned", "problems"]
    for c, h in enumerate(headers, 1):
        ws.cell(1, c, h).font = BOLD
        ws.cell(1, c).alignment = WRAP
    leaders = ["проф. Ткаченко И.В.", "к.т.н. Лаптев Д.С.", "д.х.н. Соколова А.Е.",
               "Миронов К.П."]
    long_name = ("Комплексный проект «Передовые производственные технологии для предприятий "
                 "Томской области»: ")
    chunk = ("разработка, испытания и внедрение технологий малотоннажной химии, аддитивного "
             "производства и цифрового моделирования технологических процессов на площадках "
             "индустриальных партнёров университета; ")
    while len(long_name) < 640:
        long_name += chunk
    long_name = long_name[:640].rstrip()
    records, rejected = [], []
    row = 2
    blank_row = None
    code_n = 1200
    dup_code = None
    dup_rows = []
    for i, (name, cl_cell, cl, loc, st_cell, st, org, extra) in enumerate(F6_PROJECTS, 1):
        if i == 7:  # a formatted blank row inside the data
            blank_row = row
            for c in range(1, 16):
                ws.cell(row, c).number_format = "0.0"
            ws.cell(row, 3, " ")
            row += 1
        code_n += 1
        code = f"INO-{code_n}"
        if extra == "dup_b":
            code = dup_code
            code_n -= 1
        if name == "LONGNAME":
            name = long_name
        prob = None if extra in ("dup_a", "dup_b", "long") else extra
        p = gen_project(rng, code, name, cl, None, loc, org, prob, status=st,
                        scale=(10, 3000), asof=D(2017, 1, 1))
        if extra == "dup_a":
            dup_code = code
        finish(p)
        ws.cell(row, 1, code)
        ws.cell(row, 2, name)
        ws.cell(row, 3, cl_cell or None)
        ws.cell(row, 4, loc)
        ws.cell(row, 5, st_cell)
        ws.cell(row, 6, p["start_date"]).number_format = "DD.MM.YYYY"
        ws.cell(row, 7, p["end_date"]).number_format = "DD.MM.YYYY"
        ws.cell(row, 8, p["total_t"] / 10).number_format = "0.0"
        ws.cell(row, 9, p["fb_t"] / 10).number_format = "0.0"
        ws.cell(row, 10, p["rb_t"] / 10).number_format = "0.0"
        ws.cell(row, 11, p["vbs_t"] / 10).number_format = "0.0"
        ws.cell(row, 12, round(100 * p["vbs_t"] / p["total_t"], 1))
        ws.cell(row, 13, p["jobs_planned"])
        ws.cell(row, 14, leaders[i % len(leaders)])
        c = ws.cell(row, 15, prob)
        if prob and prob.startswith("="):
            c.data_type = "s"   # a string that looks like a formula: text, not a formula
        if extra in ("dup_a", "dup_b"):
            dup_rows.append(row)
            rejected.append({"sheet": ws.title, "row": row, "column": "A", "code": code,
                             "reason": None})
        elif extra == "long":
            rejected.append({"sheet": ws.title, "row": row, "column": "B", "code": code,
                             "reason": f"name too long ({len(long_name)} characters, limit 500)"})
        else:
            records.append(record(p, fields))
        row += 1
    for rj in rejected:
        if rj["reason"] is None:
            rj["reason"] = (f"duplicate code {dup_code} (rows {dup_rows[0]} and {dup_rows[1]} "
                            "differ)")
    rejected.sort(key=lambda x: x["row"])
    set_widths(ws, [11, 60, 22, 16, 18, 12, 12, 12, 10, 10, 18, 14, 12, 22, 40])
    wb.save(OUT / F6)
    hyper_row = 2 + 5 + (1 if blank_row and blank_row <= 2 + 5 else 0)
    exp = {
        "file": F6, "refused": False, "fields": fields, "record_count": len(records),
        "records": records, "rejected": rejected,
        "columns": [[h, f] for h, f in zip(headers, fmap)],
        "header_row": 1, "data_rows": [2, row - 1],
        "skipped_rows": {str(blank_row): "blank row (formatted cells, one holding a space)"},
        "name_length_limit": 500,
        "agency": "Проектный офис университета (university project office)",
        "notes": (
            "Shape of bad_rows. One sheet, header row 1. Row " + str(blank_row) + " is a row of "
            "formatted empty cells, one holding a single space: skipped, not rejected. The "
            "'Риски и проблемы' cell of project 'Опытное производство наноструктурных порошков' "
            "(row " + str(hyper_row) + ") is a STRING that starts with '=ГИПЕРССЫЛКА(' (Russian "
            "Excel's HYPERLINK): text, imported unchanged, never evaluated. Status spellings "
            "'Идёт реализация'/'идет реализация' (in_progress), 'Проект завершён' (completed), "
            "'Запланирован' (planned), 'приостановлен' (suspended). Cluster short forms "
            "('Ядерные технологии', 'ИТ и медтехника', 'Трудноизвлекаемые запасы', "
            "'Нефтехимия', 'Фармацевтика', 'Лесопромышленный', 'Дикоросы'); '—' or empty = "
            "none. 'ОБ' = областной (regional) budget. Amounts RUB million. Not imported: "
            "'Доля внебюджетного софинансирования, %' (a percentage), 'Руководитель проекта "
            "(ФИО)' (a person). Rejected: code " + str(dup_code) + " on two rows with different "
            "data (both rows), and a name of " + str(len(long_name)) + " characters (limit 500)."
        ),
    }
    write_json(F6.replace(".xlsx", ".expected.json"), exp)


# =========================================================================== file 7
# Municipal (closed town) investment department: calculation table with formulas, тыс. руб. in title.
F7 = "seversk_financing_formulas.xlsx"
F7_NAMES = [
    "Производство изделий из фторопластов", "Центр обработки промышленных данных",
    "Реконструкция промышленной площадки под индустриальный парк",
    "Производство медицинских изотопов йод-125", "Выпуск композитных опор ЛЭП",
    "Комплекс по переработке лома цветных металлов", "Цех нанесения износостойких покрытий",
    "Строительство логистического центра ТОСЭР «Северск»", "Производство эндопротезов суставов",
    "Завод по выпуску теплоизоляционных материалов", "Производство светодиодных светильников",
    "Лаборатория неразрушающего контроля", "Тепличный комплекс на сбросном тепле",
    "Выпуск пищевой упаковки из полипропилена", "Производство циркониевых изделий",
    "Ремонтно-механический цех для атомной отрасли",
]
F7_NOCACHE = 9      # 1-based: total formula without cached value
F7_NEGATIVE = 13    # 1-based: negative regional budget


def make_f7():
    rng = random.Random(1107)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Расчёт"
    ws["A1"] = ("Расчёт объёмов финансирования проектов ИНО «Томск» на территории "
                "ЗАТО Северск, тыс. рублей")
    ws["A1"].font = BOLD
    ws["A2"] = "отдел инвестиций Администрации ЗАТО Северск"
    headers = ["Шифр ИНО", "Наименование проекта", "Средства федерального бюджета",
               "Средства областного бюджета", "Средства бюджета ЗАТО Северск",
               "Привлечённые внебюджетные средства", "Итого по проекту",
               "Доля внебюджетных средств, %", "в т.ч. на 2017 год", "Рабочие места, план"]
    fmap = ["code", "name", "federal_budget_mln", "regional_budget_mln", None,
            "extra_budgetary_mln", "total_cost_mln", None, None, "jobs_planned"]
    fields = ["code", "name", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
              "extra_budgetary_mln", "jobs_planned"]
    HR = 4
    for c, h in enumerate(headers, 1):
        ws.cell(HR, c, h).font = BOLD
        ws.cell(HR, c).alignment = WRAP
    cached = {}   # coordinate -> cached value
    nocache = set()
    records, rejected = [], []
    first = HR + 1
    n = len(F7_NAMES)
    sums = [0] * 6
    formula_count = 0
    for i, name in enumerate(F7_NAMES, 1):
        r = HR + i
        code = f"INO-{1220 + i}"
        total = rng.randint(30, 9000) * 100          # thousand roubles, multiple of 100
        fb = rng.choice([0, rng.randint(0, total // 300) * 100])
        rb = rng.choice([0, rng.randint(0, total // 1000) * 100])
        mb = rng.choice([0, 0, rng.randint(0, total // 2000) * 100])
        vbs = total - fb - rb - mb
        if i == F7_NEGATIVE:
            rb = -rb if rb else -1500
            vbs = total - fb - rb - mb
        jp = rng.randint(2, 90) * 5
        ws.cell(r, 1, code)
        ws.cell(r, 2, name)
        if i % 4 == 2 and fb > 0:
            part = fb // 2 // 100 * 100
            ws.cell(r, 3, f"={part}+{fb - part}")
            cached[f"C{r}"] = fb
            formula_count += 1
        else:
            ws.cell(r, 3, fb)
        ws.cell(r, 4, rb)
        ws.cell(r, 5, mb)
        ws.cell(r, 6, vbs)
        ws.cell(r, 7, f"=SUM(C{r}:F{r})" if i % 2 else f"=C{r}+D{r}+E{r}+F{r}")
        ws.cell(r, 8, f"=ROUND(F{r}/G{r}*100,1)")
        formula_count += 2
        if i == F7_NOCACHE:
            nocache.update({f"G{r}", f"H{r}"})
        else:
            cached[f"G{r}"] = total
            cached[f"H{r}"] = round(vbs / total * 100, 1)
        ws.cell(r, 9, rng.randint(0, total // 500) * 100)
        if i % 5 == 0:
            a = jp // 2 // 5 * 5
            ws.cell(r, 10, f"={a}+{jp - a}")
            cached[f"J{r}"] = jp
            formula_count += 1
        else:
            ws.cell(r, 10, jp)
        for col in range(3, 10):
            ws.cell(r, col).number_format = "#,##0"
        ws.cell(r, 8).number_format = "0.0"
        for k, v in enumerate([fb, rb, mb, vbs, total, 0]):
            sums[k] += v
        if i == F7_NOCACHE:
            rejected.append({"sheet": ws.title, "row": r, "reason": "formula without a cached value",
                             "column": "G", "code": code})
        elif i == F7_NEGATIVE:
            rejected.append({"sheet": ws.title, "row": r, "reason": "negative amount",
                             "column": "D", "code": code})
        else:
            records.append({"code": code, "name": name, "total_cost_mln": round(total / 1000, 1),
                            "federal_budget_mln": round(fb / 1000, 1),
                            "regional_budget_mln": round(rb / 1000, 1),
                            "extra_budgetary_mln": round(vbs / 1000, 1), "jobs_planned": jp})
    last = HR + n
    tr = last + 1
    ws.cell(tr, 2, "Итого по ЗАТО Северск")
    ws.cell(tr, 2).font = BOLD
    for col, letter in zip(range(3, 8), "CDEFG"):
        ws.cell(tr, col, f"=SUM({letter}{first}:{letter}{last})").number_format = "#,##0"
        cached[f"{letter}{tr}"] = sums[col - 3]
        formula_count += 1
    ws.cell(tr, 10, f"=SUM(J{first}:J{last})")
    jsum = 0
    for r in range(first, last + 1):
        v = ws.cell(r, 10).value
        jsum += cached[f"J{r}"] if isinstance(v, str) else v
    cached[f"J{tr}"] = jsum
    formula_count += 1
    ws.cell(tr + 2, 1, "Справочно: строка «Итого по проекту» рассчитывается автоматически; "
                       "при изменении источников пересчитайте книгу.")
    set_widths(ws, [11, 56, 14, 14, 14, 16, 14, 12, 12, 12])
    tmp = io.BytesIO()
    wb.save(tmp)
    # put the cached values into the sheet XML (openpyxl writes formulas without them)
    zin = zipfile.ZipFile(io.BytesIO(tmp.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                xml = data.decode("utf-8")

                def repl(m):
                    ref = m.group(2)
                    if ref in cached:
                        return f"{m.group(1)}<f>{m.group(3)}</f><v>{cached[ref]}</v></c>"
                    assert ref in nocache, ref
                    return f"{m.group(1)}<f>{m.group(3)}</f></c>"

                xml, k = re.subn(r'(<c r="([A-Z]+\d+)"[^>]*>)<f>(.*?)</f><v\s*/></c>', repl, xml)
                assert k == len(cached) + len(nocache), (k, len(cached), len(nocache))
                data = xml.encode("utf-8")
            zout.writestr(item, data)
    (OUT / F7).write_bytes(out.getvalue())
    exp = {
        "file": F7, "refused": False, "fields": fields, "record_count": len(records),
        "records": records, "rejected": rejected,
        "columns": [[h, f] for h, f in zip(headers, fmap)],
        "header_row": HR, "data_rows": [first, last], "totals_row": tr,
        "skipped_rows": {str(tr): "totals (Итого по ЗАТО Северск)", str(tr + 2): "note"},
        "formula_cells": formula_count,
        "agency": "Администрация ЗАТО Северск, отдел инвестиций (municipal administration)",
        "notes": (
            "Shape of formulas. Title row 1 says the unit: 'тыс. рублей' — all amounts are "
            "thousand roubles (the headers carry no unit) and are given here in RUB million. "
            f"Header row {HR}; data rows {first}-{last}; row {tr} is the totals row ('Итого по "
            "ЗАТО Северск', SUM formulas), row " + str(tr + 2) + " a note. 'Итого по проекту' = "
            "SUM of the four sources incl. the town budget (formula with cached result); "
            "'Доля внебюджетных средств, %' is a ROUND formula (percentage, not imported); a "
            "few federal-budget and job cells are formulas like '=1200+3400' with cached "
            f"results ({formula_count} formula cells in all). 'Средства бюджета ЗАТО Северск' "
            "(municipal budget) and 'в т.ч. на 2017 год' (one-year slice) are not imported. "
            f"Row {HR + F7_NOCACHE}: the total formula has no cached value -> rejected "
            f"('formula without a cached value'), never read as 0. Row {HR + F7_NEGATIVE}: a "
            "negative regional-budget amount -> rejected."
        ),
    }
    write_json(F7.replace(".xlsx", ".expected.json"), exp)


# =========================================================================== resaves
RESAVES = [(F1, "xls"), (F3, "ods")]


def resave():
    """Re-save two workbooks with LibreOffice into resaved/ and write their expected files."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    rdir = OUT / "resaved"
    rdir.mkdir(exist_ok=True)
    for name, fmt in RESAVES:
        if soffice:
            subprocess.run([soffice, "--headless", "--convert-to", fmt, "--outdir", str(rdir),
                            str(OUT / name)], check=True, capture_output=True, timeout=180)
        new = name.rsplit(".", 1)[0] + "." + fmt
        exp = json.loads((OUT / (name.rsplit(".", 1)[0] + ".expected.json")).read_text("utf-8"))
        exp["file"] = new
        exp["resaved_from"] = name
        exp["notes"] = (f"LibreOffice re-save of {name} as .{fmt} (same records, same rows). "
                        + exp["notes"])
        (rdir / (name.rsplit(".", 1)[0] + ".expected.json")).write_text(
            json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main():
    _, base_records = make_f1()
    make_f2(base_records)
    make_f3()
    make_f4()
    make_f5()
    make_f6()
    make_f7()
    if "--resave" in sys.argv:
        resave()


if __name__ == "__main__":
    main()
