#!/usr/bin/env python3
"""Generator of the agency17 evaluation set (independent of the importer).

Run:  /work/main/.venv/bin/python tests/data/agency17/make_agency17.py
Deterministic: fixed data tables and random.Random(17); no clock is read.
Writes the workbooks and NAME.expected.json beside this script; then (if
soffice is installed) re-saves two workbooks into resaved/ (.xls and .ods).
"""
import copy
import csv
import datetime as dt
import io
import json
import os
import random
import re
import shutil
import subprocess
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
RND = random.Random(17)
NBSP = "\u00a0"

FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
          "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
          "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created", "lead_organization", "problems"]

CLUSTER_RU = {
    "petrochemical": "Нефтехимический кластер",
    "nuclear": "Кластер ядерных технологий",
    "timber": "Лесопромышленный кластер",
    "pharma": "Фармацевтический кластер",
    "medtech_it": "Кластер медицинской техники и информационных технологий",
    "wildlife": "Кластер дикоросов",
    "hard_to_recover": "Кластер трудноизвлекаемых запасов",
}
WORK_AREA_RU = {
    "industry": "Передовая промышленность",
    "science_education": "Наука и образование",
    "innovation_business": "Технологические инновации, новые бизнесы",
    "smart_city": "Умный и удобный город",
    "business_environment": "Деловая среда",
}
STATUS_SPELL = {
    "planned": ["Планируется", "планируется", "ПЛАНИРУЕТСЯ "],
    "in_progress": ["реализуется", "Реализуется ", "В работе", "в работе"],
    "completed": ["завершён", "Завершен", "ЗАВЕРШЁН", "Реализован"],
    "suspended": ["Приостановлен", "приостановлен "],
}
LOCATIONS = ["Томск", "Северск", "Асино", "Стрежевой", "Колпашево", "Томский район"]

OBJECTS = {
    "petrochemical": ["производства полиэтиленовых труб большого диаметра", "производства метанола на площадке «Томскнефтехим»",
                      "выпуска полимерных композитов для дорожного строительства", "производства базовых масел",
                      "установки гидроочистки дизельного топлива"],
    "nuclear": ["производства радиофармпрепаратов на базе исследовательского реактора", "участка выпуска изотопной продукции",
                "центра ядерной медицины", "производства стабильных изотопов", "опытного участка по переработке фторсодержащих отходов"],
    "timber": ["производства плит МДФ", "цеха клееного бруса", "производства пеллет из отходов лесопиления",
               "завода деревянных домокомплектов", "линии лущёного шпона"],
    "pharma": ["участка инъекционных лекарственных форм", "производства субстанций противотуберкулёзных препаратов",
               "производства ветеринарных препаратов", "центра доклинических исследований"],
    "medtech_it": ["производства электрокардиостимуляторов", "региональной телемедицинской платформы",
                   "производства ортопедических имплантатов", "центра обработки данных", "лаборатории аддитивных технологий"],
    "wildlife": ["производства кедрового масла", "цеха ягодных концентратов", "линии переработки чаги",
                 "производства пищевых добавок из пихты", "пункта заготовки дикоросов в Колпашевском районе"],
    "hard_to_recover": ["опытно-промышленной разработки палеозойских залежей", "полигона испытаний гидроразрыва на баженовской свите",
                        "центра исследования керна", "испытаний технологии термогазового воздействия"],
    None: ["технопарка «Северский»", "студенческого кампуса мирового уровня", "системы интеллектуального уличного освещения",
           "бизнес-инкубатора для молодёжных стартапов", "многофункционального центра «Мой бизнес»", "инжинирингового центра"],
}
VERBS = ["Строительство", "Создание", "Организация", "Модернизация", "Расширение", "Развитие"]
ORGS = {
    "petrochemical": ["ООО «Томскнефтехим»", "АО «Томский завод полимеров»"],
    "nuclear": ["АО «Сибирский химический комбинат»", "ФГАОУ ВО НИ ТПУ"],
    "timber": ["ООО «Асиновский лесопромышленный комплекс»", "ООО «Томлесдрев»"],
    "pharma": ["АО «Фармстандарт-Томскхимфарм»", "ООО «Сибирская фармацевтическая компания»"],
    "medtech_it": ["АО «НПФ „Микран“»", "ООО «Элекард»", "ФГБОУ ВО СибГМУ Минздрава России"],
    "wildlife": ["ООО «Сибирские дикоросы»", "ООО «Томская кедровая компания»"],
    "hard_to_recover": ["АО «Томскнефть» ВНК", "ООО «Газпромнефть-Восток»"],
    None: ["Томский государственный университет", "ОГБУ «Томский областной инновационный центр»", "Администрация ЗАТО Северск"],
}
PERSONS = ["Иванова Е.С., (3822) 51-12-40", "Петров А.В.", "Кузнецова О.Н., доб. 214", "Семёнов Д.И.", "Белова М.А."]
PROBLEMS = ["Не решён вопрос подключения к электросетям", "Задержка поставки импортного оборудования",
            "Инвестор пересматривает сроки; требуется корректировка соглашения",
            "Отсутствует утверждённая проектно-сметная документация", "Нет решения по земельному участку"]

_used_names = set()


def make_name(cluster):
    while True:
        name = RND.choice(VERBS) + " " + RND.choice(OBJECTS[cluster])
        if name not in _used_names:
            _used_names.add(name)
            return name
        for stage in (" (этап II)", " (этап III)", " (2-я очередь)"):
            if name + stage not in _used_names:
                _used_names.add(name + stage)
                return name + stage


def r1(x):
    return round(x + 1e-9, 1)


def make_project(code, cluster="rand", with_muni=False):
    if cluster == "rand":
        cluster = RND.choice(list(CLUSTER_RU) + [None])
    status = RND.choice(["planned", "in_progress", "in_progress", "completed", "suspended"])
    y0 = RND.randint(2013, 2019)
    start = dt.date(y0, RND.randint(1, 12), RND.randint(1, 28))
    end = dt.date(y0 + RND.randint(1, 6), RND.randint(1, 12), RND.randint(1, 28))
    fed = r1(RND.choice([0.0, 0.0, RND.uniform(5, 900)]))
    reg = r1(RND.choice([0.0, RND.uniform(1, 300)]))
    ext = r1(RND.uniform(10, 6000))
    muni = r1(RND.choice([0.0, RND.uniform(0.5, 40)])) if with_muni else 0.0
    total = r1(fed + reg + ext + muni)
    conf = r1(ext * RND.choice([1.0, 0.5, 0.8, 0.25]))
    jp = RND.randrange(20, 1500, 5)
    jc = 0 if status == "planned" else (jp if status == "completed" else RND.randrange(0, jp, 1))
    return {
        "code": code, "name": make_name(cluster), "cluster": cluster,
        "work_area": RND.choice(list(WORK_AREA_RU)), "location": RND.choice(LOCATIONS), "status": status,
        "start_date": start.isoformat(), "end_date": end.isoformat(),
        "total_cost_mln": total, "federal_budget_mln": fed, "regional_budget_mln": reg,
        "extra_budgetary_mln": ext, "extra_budgetary_confirmed_mln": conf,
        "jobs_planned": jp, "jobs_created": jc,
        "lead_organization": RND.choice(ORGS[cluster]),
        "problems": RND.choice([None, None, None] + PROBLEMS),
        "_muni": muni,
    }


# ---------- cell renderers -------------------------------------------------
def ru_num(x, sep=" ", decimals=1):
    """1234.5 -> '1 234,5' (Russian writing, sep between thousands)."""
    s = f"{x:,.{decimals}f}".replace(",", "\x00").replace(".", ",").replace("\x00", sep)
    return s


def money_cell(x, i):
    """Vary the way a clerk writes an amount. Returns the cell value."""
    if x is None:
        return ["-", None, "—"][i % 3]
    k = i % 5
    if k == 1:
        return ru_num(x, " ")
    if k == 3:
        return ru_num(x, NBSP)
    if k == 4 and x == int(x):
        return int(x)
    return x


def date_cell(iso, i):
    if iso is None:
        return None
    d = dt.date.fromisoformat(iso)
    if i % 3 == 1:
        return d.strftime("%d.%m.%Y")
    return dt.datetime(d.year, d.month, d.day)


def status_cell(st, i):
    sp = STATUS_SPELL[st]
    return sp[i % len(sp)]


def cluster_cell(cl, i):
    if cl is None:
        return ["—", None, "n/a"][i % 3]
    ru = CLUSTER_RU[cl]
    return [ru, ru.upper(), ru.lower(), ru + " "][i % 4]


def public(rec, fields):
    return {f: rec[f] for f in fields}


def write_expected(name, data):
    with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def set_dates_fmt(cell):
    if isinstance(cell.value, dt.datetime):
        cell.number_format = "DD.MM.YYYY"


BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")


# ---------- 1. ministry_summary17.xlsx --------------------------------------
MIN_COLS = [  # (top, sub or None, field or None)
    ("№ п/п", None, None),
    ("Шифр мероприятия", None, "code"),
    ("Объект инвестиций", None, "name"),
    ("Отраслевой кластер", None, "cluster"),
    ("Приоритетное направление", None, "work_area"),
    ("Муниципальное образование", None, "location"),
    ("Стадия реализации", None, "status"),
    ("Сроки реализации", "начало", "start_date"),
    ("Сроки реализации", "окончание", "end_date"),
    ("Сметная стоимость и источники финансирования, млн рублей", "всего", "total_cost_mln"),
    ("Сметная стоимость и источники финансирования, млн рублей", "федеральный бюджет", "federal_budget_mln"),
    ("Сметная стоимость и источники финансирования, млн рублей", "областной бюджет", "regional_budget_mln"),
    ("Сметная стоимость и источники финансирования, млн рублей", "местный бюджет", None),
    ("Сметная стоимость и источники финансирования, млн рублей", "привлекаемые средства", "extra_budgetary_mln"),
    ("из них подтверждено соглашениями с инвесторами, млн рублей", None, "extra_budgetary_confirmed_mln"),
    ("Освоено с начала реализации, млн рублей", None, None),
    ("Новые рабочие места, ед.", "план", "jobs_planned"),
    ("Новые рабочие места, ед.", "факт", "jobs_created"),
    ("Головная организация", None, "lead_organization"),
    ("Куратор проекта (Ф.И.О.)", None, None),
    ("Риски и проблемные вопросы", None, "problems"),
]
MIN_NULL_WHY = {
    "№ п/п": "row number",
    "Сметная стоимость и источники финансирования, млн рублей / местный бюджет": "municipal budget, not a canonical field (it is part of 'всего')",
    "Освоено с начала реализации, млн рублей": "money spent to date, not the cost",
    "Куратор проекта (Ф.И.О.)": "a person (curator), not the lead organisation",
}


def col_key(top, sub):
    return f"{top} / {sub}" if sub else top


def build_ministry():
    recs = []
    for n in range(24):
        recs.append(make_project(f"INO-{1701 + n}", with_muni=True))
    # some genuine unknowns
    recs[3]["extra_budgetary_confirmed_mln"] = None
    recs[9]["jobs_created"] = None
    recs[14]["start_date"] = None
    recs[17]["extra_budgetary_confirmed_mln"] = None
    recs[20]["lead_organization"] = None
    recs[5]["status"] = "planned"; recs[5]["jobs_created"] = 0
    rejected_idx = {7: ("negative amount", "K"), 15: ("unknown cluster 'Агропромышленный кластер'", "D")}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Мониторинг"
    ncol = len(MIN_COLS)
    last = get_column_letter(ncol)
    ws["A1"] = "Мониторинг реализации мероприятий программы «Инновационный Томск» (ИНО «Томск»)"
    ws["A2"] = "по состоянию на 01.01.2017"
    ws["A1"].font = BOLD
    ws.merge_cells(f"A1:{last}1"); ws.merge_cells(f"A2:{last}2")
    ws["A3"] = "Форма 2-ИНО (годовая)"
    # header rows 4-5
    c = 1
    while c <= ncol:
        top, sub, _ = MIN_COLS[c - 1]
        if sub is None:
            ws.cell(4, c, top); ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
            c += 1
            continue
        c2 = c
        while c2 + 1 <= ncol and MIN_COLS[c2][0] == top and MIN_COLS[c2][1] is not None:
            c2 += 1
        ws.cell(4, c, top)
        ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c2)
        for k in range(c, c2 + 1):
            ws.cell(5, k, MIN_COLS[k - 1][1])
        c = c2 + 1
    for row in (4, 5):
        for k in range(1, ncol + 1):
            ws.cell(row, k).alignment = WRAP
            ws.cell(row, k).font = BOLD
    for k in range(1, ncol + 1):
        ws.cell(6, k, k)
    row = 7
    valid, rejected = [], []
    sums = [0.0] * 6
    for i, r in enumerate(recs):
        spent = r1((r["total_cost_mln"]) * RND.choice([0.0, 0.3, 0.55, 1.0]))
        fed = r["federal_budget_mln"]
        cl = cluster_cell(r["cluster"], i)
        if i in rejected_idx:
            if rejected_idx[i][1] == "K":
                fed = -12.5
            else:
                cl = "Агропромышленный кластер"
        wa = WORK_AREA_RU[r["work_area"]] + (" " if i % 7 == 2 else "")
        vals = [i + 1, r["code"], r["name"] + ("  " if i % 6 == 4 else ""), cl, wa, r["location"],
                status_cell(r["status"], i), date_cell(r["start_date"], i), date_cell(r["end_date"], i + 1),
                money_cell(r["total_cost_mln"], i),
                fed if i in rejected_idx and fed < 0 else money_cell(fed, i + 1),
                money_cell(r["regional_budget_mln"], i + 2), money_cell(r["_muni"], i + 3),
                money_cell(r["extra_budgetary_mln"], i + 4), money_cell(r["extra_budgetary_confirmed_mln"], i),
                money_cell(spent, i + 1),
                r["jobs_planned"] if i % 4 else ru_num(r["jobs_planned"], NBSP, 0),
                ("-" if r["jobs_created"] is None else r["jobs_created"]),
                r["lead_organization"], PERSONS[i % len(PERSONS)], r["problems"]]
        for k, v in enumerate(vals, 1):
            cell = ws.cell(row, k, v)
            set_dates_fmt(cell)
        if i in rejected_idx:
            rejected.append({"sheet": ws.title, "row": row, "reason": rejected_idx[i][0],
                             "column": rejected_idx[i][1], "code": r["code"]})
        else:
            valid.append(r)
        for j, f in enumerate(["total_cost_mln", "federal_budget_mln", "regional_budget_mln", "_muni", "extra_budgetary_mln"]):
            sums[j] += r[f] or 0
        row += 1
    last_data = row - 1
    ws.cell(row, 1, "Итого по программе")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
    for j in range(5):
        ws.cell(row, 10 + j, r1(sums[j]))
    for k in range(1, ncol + 1):
        ws.cell(row, k).font = BOLD
    totals_row = row
    foot = row + 2
    ws.cell(foot, 1, "* Сметная стоимость указана в текущих ценах; «-» — сведения не представлены. "
                     "Исполнитель: отдел мониторинга программ развития.")
    ws.merge_cells(start_row=foot, start_column=1, end_row=foot, end_column=ncol)
    ws.column_dimensions["C"].width = 50
    wb.save(os.path.join(HERE, "ministry_summary17.xlsx"))
    fields = list(FIELDS)
    cols = [[col_key(t, s), f] for t, s, f in MIN_COLS]
    exp = {
        "file": "ministry_summary17.xlsx", "refused": False, "fields": fields,
        "record_count": len(valid), "records": [public(r, fields) for r in valid], "rejected": rejected,
        "columns": cols, "header_rows": [4, 5], "data_rows": [7, last_data],
        "skipped_rows": {"3": "form caption", "6": "column numbers", str(totals_row): "totals", str(foot): "footnote"},
        "null_columns_why": MIN_NULL_WHY,
        "notes": ("One sheet 'Мониторинг'. Title rows 1-3 (row 3 is a form caption 'Форма 2-ИНО (годовая)'); two-level merged header "
                  "in rows 4-5 ('Сроки реализации' over начало/окончание, 'Сметная стоимость и источники финансирования, млн рублей' "
                  "over всего/федеральный/областной/местный/привлекаемые средства, 'Новые рабочие места, ед.' over план/факт); "
                  "row 6 numbers the columns 1..21. Data rows 7-%d; row %d is the totals row 'Итого по программе' and row %d a footnote. "
                  "'Шифр мероприятия' is the project code, 'Объект инвестиций' the name, 'Стадия реализации' the status, "
                  "'привлекаемые средства' the extra-budgetary money and 'из них подтверждено соглашениями' the confirmed part of it. "
                  "Look-alike columns mapped to null: № п/п (row number), местный бюджет (municipal budget; 'всего' includes it, so "
                  "всего != федеральный+областной+привлекаемые on rows with municipal money), 'Освоено с начала реализации' (money "
                  "spent to date), 'Куратор проекта (Ф.И.О.)' (a person). Money cells mix real numbers, text with a plain or "
                  "non-breaking space as thousands separator and a decimal comma ('1 234,5'), whole numbers; '-', '—' or an empty cell "
                  "means unknown (null); 0 is a real zero. Dates mix real dates and 'dd.mm.yyyy' text. jobs_planned is sometimes text "
                  "with a non-breaking space ('1 350'); jobs_created '-' is null. Statuses in varied case/ё, e.g. 'Реализован' = completed "
                  "(not in_progress), 'В работе' = in_progress. Cluster '—', 'n/a' or empty = no cluster; cluster names in upper/lower case "
                  "or with a trailing space. Some names and work areas carry trailing spaces (trimmed). Rejected: row %d (negative "
                  "federal budget -12.5) and row %d (unknown cluster 'Агропромышленный кластер').")
                 % (last_data, totals_row, foot, rejected[0]["row"], rejected[1]["row"]),
    }
    write_expected("ministry_summary17", exp)
    return valid, exp


# ---------- 2. cluster_sheets17.xlsx ----------------------------------------
CS_COLS = [
    ("Шифр", "code"), ("Объект инвестиций", "name"), ("Территория реализации", "location"),
    ("Текущее состояние", "status"), ("Начало работ", "start_date"), ("Ввод мощностей", "end_date"),
    ("Сметная стоимость, тыс. рублей", "total_cost_mln"), ("Привлекаемые средства, тыс. рублей", "extra_budgetary_mln"),
    ("Профинансировано в 2017 году, тыс. рублей", None), ("Планируемая численность работников, чел.", "jobs_planned"),
    ("Головной исполнитель", "lead_organization"), ("Доля частных инвестиций, %", None),
]
CS_SHEETS = [("Нефтехимический кластер", "petrochemical"), ("Лесопромышленный кластер", "timber"),
             ("Кластер дикоросов", "wildlife"), ("Кластер медтехники и ИТ", "medtech_it")]


def thousand_cell(mln, i):
    if mln is None:
        return "-"
    th = round(mln * 1000, 1)
    k = i % 4
    if k == 1:
        return ru_num(th, " ")
    if k == 2:
        return ru_num(th, NBSP, 0) if th == int(th) else ru_num(th, NBSP)
    return th


def build_clusters():
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date",
              "total_cost_mln", "extra_budgetary_mln", "jobs_planned", "lead_organization"]
    valid, rejected, sheets_info = [], [], []
    code = 1731
    i = 0
    for s_idx, (sheet, cl) in enumerate(CS_SHEETS):
        ws = wb.create_sheet(sheet)
        ws["A1"] = CLUSTER_RU[cl]
        ws["A1"].font = BOLD
        ws["A2"] = "Перечень инвестиционных проектов кластера (суммы — в тыс. рублей)"
        for k, (h, _) in enumerate(CS_COLS, 1):
            ws.cell(4, k, h).font = BOLD
        row = 5
        data_rows = []
        # group by status with a blank spacer row between groups
        projs = [make_project(f"INO-{code + n}", cluster=cl) for n in range(5 if s_idx < 2 else 6)]
        code += len(projs)
        projs.sort(key=lambda p: ["in_progress", "planned", "completed", "suspended"].index(p["status"]))
        if s_idx == 3:
            projs[1]["extra_budgetary_mln"] = None
        prev = None
        for j, r in enumerate(projs):
            if prev is not None and r["status"] != prev:
                row += 1  # spacer
            prev = r["status"]
            total = r["total_cost_mln"]
            ext = r["extra_budgetary_mln"]
            # amounts in this file are to 1 000 roubles: take the thousands as the truth
            r["total_cost_mln"] = round(total, 4)
            start, end = r["start_date"], r["end_date"]
            bad = (s_idx == 2 and j == 2)
            if bad:  # commissioning before start of works
                end = dt.date(int(start[:4]) - 1, 6, 30).isoformat()
            vals = [r["code"], r["name"], r["location"] + (" " if j == 1 else ""), status_cell(r["status"], i),
                    date_cell(start, i), date_cell(end, i + 2), thousand_cell(total, i), thousand_cell(ext, i + 1),
                    thousand_cell(r1(total * 0.17), i + 2), r["jobs_planned"], r["lead_organization"],
                    round(100 * (ext or 0) / total, 1)]
            for k, v in enumerate(vals, 1):
                set_dates_fmt(ws.cell(row, k, v))
            if bad:
                rejected.append({"sheet": sheet, "row": row, "reason": "end date before start date", "column": "F",
                                 "code": r["code"]})
            else:
                rec = public(r, fields)
                valid.append(rec)
                data_rows.append(row)
            row += 1
            i += 1
        if s_idx == 0:
            hidden_row = data_rows[1]
            ws.row_dimensions[hidden_row].hidden = True
        if s_idx == 1:
            ws.column_dimensions["J"].hidden = True
        ws.column_dimensions["B"].width = 48
        sheets_info.append({"sheet": sheet, "cluster": cl, "header_row": 4, "data_rows": data_rows})
    # a note sheet at the end: no project table
    ns = wb.create_sheet("Пояснения")
    ns["A1"] = "Пояснения к заполнению"
    ns["A2"] = "Сметная стоимость указывается в тысячах рублей с одним знаком после запятой."
    ns["A3"] = "Доля частных инвестиций = привлекаемые средства / сметная стоимость × 100."
    wb.save(os.path.join(HERE, "cluster_sheets17.xlsx"))
    cols = [[h, f] for h, f in CS_COLS]
    exp = {
        "file": "cluster_sheets17.xlsx", "refused": False, "fields": fields, "record_count": len(valid),
        "records": valid, "rejected": rejected, "columns": cols, "sheets": sheets_info,
        "hidden": {"row": {"sheet": CS_SHEETS[0][0], "row": sheets_info[0]["data_rows"][1]},
                   "column": {"sheet": CS_SHEETS[1][0], "column": "J", "field": "jobs_planned"}},
        "skipped_sheets": ["Пояснения"],
        "null_columns_why": {"Профинансировано в 2017 году, тыс. рублей": "a one-year slice of money, not the cost",
                             "Доля частных инвестиций, %": "a percentage"},
        "notes": ("Four cluster sheets (the cluster comes from the sheet name and from the full cluster name in A1; "
                  "'Кластер медтехники и ИТ' = medtech_it), plus a sheet 'Пояснения' of explanatory text (no table, skipped). "
                  "Row 2 is a caption, row 3 empty, header row 4, data from row 5, blank spacer rows between status groups. "
                  "Amounts are in тыс. рублей (said in each money header) and are given here in RUB million (197 634,5 тыс. = 197.6345). "
                  "Money cells mix real numbers and text with plain or non-breaking spaces and a decimal comma; '-' = null. "
                  "'Ввод мощностей' (commissioning) is the end date, 'Начало работ' the start date, 'Привлекаемые средства' the "
                  "extra-budgetary money, 'Планируемая численность работников' the planned jobs. Look-alikes mapped to null: "
                  "'Профинансировано в 2017 году' (one-year slice) and 'Доля частных инвестиций, %%' (a percentage). "
                  "Row %d on sheet 'Нефтехимический кластер' (a project row) is hidden and column J (jobs) on 'Лесопромышленный кластер' is hidden: "
                  "both are data. Locations may carry a trailing space. Rejected: sheet 'Кластер дикоросов', the row whose "
                  "'Ввод мощностей' is before 'Начало работ'.") % sheets_info[0]["data_rows"][1],
    }
    write_expected("cluster_sheets17", exp)
    return valid, exp


# ---------- 3. update_q2_17.xlsx (update of ministry_summary17.xlsx) -------
UP_COLS = [
    ("Шифр мероприятия", "code"), ("Объект инвестиций", "name"), ("Отраслевой кластер", "cluster"),
    ("Муниципальное образование", "location"), ("Стадия реализации", "status"),
    ("Сметная стоимость, млн рублей", "total_cost_mln"), ("Федеральный бюджет, млн рублей", "federal_budget_mln"),
    ("Областной бюджет, млн рублей", "regional_budget_mln"), ("Привлекаемые средства, млн рублей", "extra_budgetary_mln"),
    ("из них подтверждено, млн рублей", "extra_budgetary_confirmed_mln"),
    ("Рабочие места (план), ед.", "jobs_planned"), ("Рабочие места (факт), ед.", "jobs_created"),
    ("Статус земельного участка", None), ("Примечание", None),
]
LAND = ["оформлен в аренду", "в собственности", "на согласовании", "не выделен"]


def build_update(base):
    state = {r["code"]: dict(r) for r in base}
    order = [r["code"] for r in base]
    carried = [f for _, f in UP_COLS if f]
    rows = []  # (file dict, kind, matched code, difference)
    changed, matched, new_codes = [], [], []
    by_code = [base[i] for i in (1, 3, 6, 8, 11, 13, 16, 19)]
    for n, r in enumerate(by_code):
        new = dict(r)
        if n < 5:
            if n % 2 == 0 and r["status"] != "completed":
                new["status"] = "completed" if r["status"] == "in_progress" else "in_progress"
                new["jobs_created"] = new["jobs_planned"] if new["status"] == "completed" else (r["jobs_created"] or 0) + 15
            elif n % 2 == 0:
                new["extra_budgetary_confirmed_mln"] = r["extra_budgetary_mln"]
            else:
                delta = r1(37.4 + 11 * n)
                new["extra_budgetary_mln"] = r1(r["extra_budgetary_mln"] + delta)
                new["total_cost_mln"] = r1(r["total_cost_mln"] + delta)
                new["extra_budgetary_confirmed_mln"] = r1(new["extra_budgetary_mln"] * 0.5)
                new["jobs_planned"] = r["jobs_planned"] + 40
            changed.append(r["code"])
        rows.append((new, "code", r["code"], None))
    # name-matched rows (empty code)
    nm = [base[i] for i in (2, 10, 12, 18)]
    diffs = []
    for n, r in enumerate(nm):
        nm_name = r["name"]
        if "«" in nm_name:
            fname, d = nm_name.replace("«", '"').replace("»", '"'), "«» quotes written as \"\""
        elif n == 0:
            fname, d = nm_name.upper(), "upper case"
        elif n == 1:
            fname, d = nm_name[0].lower() + nm_name[1:], "first letter in lower case"
        elif n == 2:
            fname, d = nm_name.replace(" ", "  ", 1) + " ", "double space, trailing space"
        else:
            fname, d = " " + nm_name.replace("ё", "е"), "ё written as е, leading space"
        new = dict(r)
        if n != 3:
            new["status"] = "suspended" if r["status"] != "suspended" else "in_progress"
            new["jobs_created"] = 0 if new["status"] == "suspended" and r["jobs_created"] is None else r["jobs_created"]
            new["regional_budget_mln"] = r1(r["regional_budget_mln"] + 5.0)
            new["total_cost_mln"] = r1(r["total_cost_mln"] + 5.0)
            changed.append(r["code"])
        rows.append((dict(new, name=fname, code=None), "name", r["code"], d))
        new["name"] = r["name"]
        state[r["code"]] = new
    for new, kind, code, d in rows:
        if kind == "code":
            state[code] = new
    # new projects
    news = [make_project(f"INO-{1795 + n}") for n in range(3)]
    for p in news:
        rows.append((p, "new", p["code"], None))
        new_codes.append(p["code"])
        st = {f: None for f in FIELDS}
        for f in carried:
            st[f] = p[f]
        state[p["code"]] = st
        order.append(p["code"])
    # a rejected row: a known code with text in a number column; the project keeps its values
    rej_base = base[5]
    rows.insert(6, (dict(rej_base, jobs_created="уточняется"), "rejected", rej_base["code"], None))
    # interleave deterministically
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Актуализация II кв."
    ws["A1"] = "Актуализированные сведения о мероприятиях ИНО «Томск»"
    ws["A2"] = "за II квартал 2017 г. (к форме 2-ИНО)"
    for k, (h, _) in enumerate(UP_COLS, 1):
        ws.cell(4, k, h).font = BOLD
    rejected, mbn = [], []
    for i, (p, kind, code, d) in enumerate(rows):
        row = 5 + i
        vals = [p["code"] if kind != "name" else None, p["name"], cluster_cell(p["cluster"], i) if p["cluster"] else "—",
                p["location"], status_cell(p["status"], i + 1), money_cell(p["total_cost_mln"], i),
                money_cell(p["federal_budget_mln"], i + 2), money_cell(p["regional_budget_mln"], i + 4),
                p["extra_budgetary_mln"], p["extra_budgetary_confirmed_mln"] if p["extra_budgetary_confirmed_mln"] is not None else None,
                p["jobs_planned"], p["jobs_created"], LAND[i % 4], ("повторно" if kind == "code" and code not in changed else None)]
        for k, v in enumerate(vals, 1):
            ws.cell(row, k, v)
        if kind == "rejected":
            rejected.append({"sheet": ws.title, "row": row, "reason": "not a number: 'уточняется'", "column": "L", "code": code})
        if kind == "name":
            mbn.append({"code": code, "name_in_file": p["name"], "difference": d, "row": row})
    ws.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, "update_q2_17.xlsx"))
    base_map = {r["code"]: r for r in base}
    assert sorted(changed) == sorted(c for c in base_map if any(state[c][f] != base_map[c][f] for f in FIELDS)), changed
    order_sorted = sorted(order)
    recs = [{f: state[c][f] for f in FIELDS} for c in order_sorted]
    exp = {
        "file": "update_q2_17.xlsx", "base_file": "ministry_summary17.xlsx", "refused": False, "fields": list(FIELDS),
        "record_count": len(recs), "records": recs, "rejected": rejected,
        "columns": [[h, f] for h, f in UP_COLS], "header_row": 4, "data_rows": [5, 4 + len(rows)],
        "changed_codes": sorted(changed), "new_codes": new_codes, "matched_by_name": mbn,
        "null_columns_why": {"Статус земельного участка": "the status of the land plot, not of the project",
                             "Примечание": "a clerk's note ('повторно' = re-sent), not problems"},
        "notes": ("Import ministry_summary17.xlsx first, then this file; 'records' is the resulting state of all projects "
                  "(sorted by code). Title rows 1-2, header row 4, data rows 5-%d. %d rows carry a known code (%d of them change "
                  "status, jobs or costs; the others are re-sent unchanged, marked 'повторно' in 'Примечание'). 4 rows have an empty "
                  "code and are matched by name (upper case, first letter lower case, «» written as \"\", double/trailing or "
                  "a leading space, е for ё); a matched project keeps its stored name. 3 rows carry new codes INO-1795..1797: new "
                  "projects whose fields absent here (work area, dates, lead organisation, problems) are null. Row %d carries a "
                  "known code but 'уточняется' in 'Рабочие места (факт)': rejected, and that project keeps its values from the "
                  "base file. 'Статус земельного участка' is the status of another object (the land plot) and 'Примечание' a note: "
                  "both map to null. Cluster '—' means no cluster (the stored value is already null).")
                 % (4 + len(rows), len(by_code), 5, rejected[0]["row"]),
    }
    write_expected("update_q2_17", exp)
    return exp


# ---------- 4. agency_english17.xlsx ----------------------------------------
EN_COLS = [("#", None), ("Project code", "code"), ("Project name", "name"), ("Cluster", "cluster"),
           ("Total investment, RUB bn", "total_cost_mln"), ("Non-budget funding, RUB bn", "extra_budgetary_mln"),
           ("Disbursed to date, RUB bn", None), ("Planned headcount", "jobs_planned"),
           ("Commissioning", "end_date"), ("Contact person", None)]
EN_CLUSTER = {"petrochemical": ["Petrochemical cluster", "petrochemistry"], "nuclear": ["Nuclear technologies cluster", "Nuclear Tech"],
              "timber": ["Timber cluster", "timber industry"], "pharma": ["Pharmaceutical cluster", "Pharma"],
              "medtech_it": ["Medical equipment and IT cluster", "IT & Medical Devices"],
              "wildlife": ["Wildlife resources cluster", "Wild plants"],
              "hard_to_recover": ["Hard-to-recover resources cluster", "Hard-to-recover reserves"]}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
QEND = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}


def build_english():
    fields = ["code", "name", "cluster", "end_date", "total_cost_mln", "extra_budgetary_mln", "jobs_planned"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Read me"
    ws["A1"] = "Tomsk INO programme - investment projects, reporting template for partner agencies"
    ws["A2"] = "All money figures are in billions of roubles (RUB bn). 'Commissioning' may be a date, a quarter or a year."
    ws["A3"] = "Disbursed to date = money actually paid out since the start; it is not the budget."
    ds = wb.create_sheet("Portfolio")
    for k, (h, _) in enumerate(EN_COLS, 1):
        ds.cell(1, k, h).font = BOLD
    valid, rejected, kinds = [], [], []
    for i in range(20):
        r = make_project(f"INO-{1751 + i}")
        r["total_cost_mln"] = r1(r["total_cost_mln"])
        y = int(r["end_date"][:4])
        k = i % 5
        if k in (0, 3):
            cell = dt.datetime.fromisoformat(r["end_date"])
            kinds.append("date")
        elif k == 1:
            q = 1 + i % 4
            cell = f"Q{q} {y}"
            r["end_date"] = dt.date(y, *QEND[q]).isoformat(); kinds.append("quarter")
        elif k == 2:
            q = 1 + (i // 5) % 4
            cell = f"{ROMAN[q]} кв. {y}"
            r["end_date"] = dt.date(y, *QEND[q]).isoformat(); kinds.append("quarter")
        else:
            cell = str(y) if i % 2 else y
            r["end_date"] = f"{y}-12-31"; kinds.append("year as text" if i % 2 else "year as a number")
        if r["cluster"] is None:
            cl = ["n/a", None, "—"][i % 3]
        else:
            cl = EN_CLUSTER[r["cluster"]][i % 2]
        name = r["name"]
        bad = (i == 12)
        if bad:
            name = (name + ". " + "Пояснение: проект предусматривает поэтапное создание мощностей, подготовку площадки, "
                    "закупку оборудования и обучение персонала; ") * 6
            name = name.strip()
        vals = [i + 1, r["code"], name, cl, round(r["total_cost_mln"] / 1000, 4),
                round(r["extra_budgetary_mln"] / 1000, 4) if i % 7 != 5 else None,
                round(r["total_cost_mln"] * 0.4 / 1000, 4), r["jobs_planned"], cell, PERSONS[i % 5]]
        if i % 7 == 5:
            r["extra_budgetary_mln"] = None
        else:
            r["extra_budgetary_mln"] = round(r["extra_budgetary_mln"] / 1000, 4) * 1000
        r["total_cost_mln"] = round(r["total_cost_mln"] / 1000, 4) * 1000
        for kk, v in enumerate(vals, 1):
            c = ds.cell(i + 2, kk, v)
            if isinstance(v, dt.datetime):
                c.number_format = "YYYY-MM-DD"
        if bad:
            assert len(name) > 500
            rejected.append({"sheet": "Portfolio", "row": i + 2, "reason": f"name too long ({len(name)} characters, limit 500)",
                             "column": "C", "code": r["code"]})
        else:
            valid.append(public(r, fields))
    for rec in valid:
        for f in ("total_cost_mln", "extra_budgetary_mln"):
            if rec[f] is not None:
                rec[f] = round(rec[f], 4)
    ds.column_dimensions["C"].width = 50
    wb.save(os.path.join(HERE, "agency_english17.xlsx"))
    exp = {
        "file": "agency_english17.xlsx", "refused": False, "fields": fields, "record_count": len(valid),
        "records": valid, "rejected": rejected, "data_sheet": "Portfolio", "header_row": 1,
        "columns": [[h, f] for h, f in EN_COLS],
        "null_columns_why": {"#": "row number", "Disbursed to date, RUB bn": "money spent to date",
                             "Contact person": "a person, not the lead organisation"},
        "notes": ("The first sheet 'Read me' is explanatory text (no table); data are on sheet 'Portfolio', header row 1. "
                  "Money in RUB bn, given here in RUB million (1.2345 bn = 1234.5). 'Commissioning' is the end date: real dates, "
                  "quarters 'Q3 2019' / 'II кв. 2020' (last day of the quarter), a year as text '2021' or as a number 2021 in a "
                  "General cell (31 December). Cluster spelled in English, full or short ('Nuclear Tech', 'Wild plants', "
                  "'IT & Medical Devices', 'petrochemistry'); 'n/a', '—' or empty = no cluster. An empty 'Non-budget funding' is "
                  "unknown (null). Look-alikes mapped to null: '#', 'Disbursed to date' (money spent to date) and 'Contact person'. "
                  "Row 14 is rejected: its name is longer than 500 characters. Commissioning kinds by data row: "
                  + ", ".join(kinds) + "."),
    }
    write_expected("agency_english17", exp)
    return exp


# ---------- 5. csv_cp1251_17.csv --------------------------------------------
CSV_COLS = [("Шифр", "code"), ("Наименование мероприятия", "name"), ("Кластер", "cluster"),
            ("Направление программы", "work_area"), ("Населённый пункт", "location"), ("Состояние", "status"),
            ("Дата начала", "start_date"), ("Плановая дата завершения", "end_date"),
            ("Сметная стоимость, млн руб.", "total_cost_mln"), ("Средства федерального бюджета, млн руб.", "federal_budget_mln"),
            ("Средства областного бюджета, млн руб.", "regional_budget_mln"), ("Средства местного бюджета, млн руб.", None),
            ("Привлекаемые средства, млн руб.", "extra_budgetary_mln"), ("Рабочие места, план", "jobs_planned"),
            ("Рабочие места, создано", "jobs_created"), ("Исполнитель", "lead_organization"),
            ("Проблемы реализации", "problems"), ("Примечание", None)]


def csv_money(x):
    if x is None:
        return ""
    return f"{x:.1f}".replace(".", ",")


def build_csv():
    fields = [f for _, f in CSV_COLS if f]
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow([h for h, _ in CSV_COLS])
    valid, rejected = [], []
    notes_txt = ["", "данные уточняются", "н/д", "", "см. письмо от 12.03.2017 № 01-15/344", ""]
    for i in range(20):
        r = make_project(f"INO-{1771 + i}", with_muni=True)
        if i == 4:
            r["problems"] = 'Подрядчик ООО "СибСтрой" сорвал сроки; требуется новый конкурс'
        if i == 9:
            r["name"] = r["name"] + " (г. Томск; 2-й этап)"
        if i == 11:
            r["jobs_created"] = None
        cl = cluster_cell(r["cluster"], i) if r["cluster"] else ["—", ""][i % 2]
        start, end = r["start_date"], r["end_date"]
        bad = None
        if i == 7:
            cl, bad = "Агропромышленный кластер", ("unknown cluster 'Агропромышленный кластер'", "C")
        if i == 15:
            end, bad = f"{int(start[:4]) - 2}-03-01", ("end date before start date", "H")
        d = lambda iso: dt.date.fromisoformat(iso).strftime("%d.%m.%Y") if iso else ""
        row = [r["code"], r["name"], cl, WORK_AREA_RU[r["work_area"]], r["location"], status_cell(r["status"], i),
               d(start), d(end), csv_money(r["total_cost_mln"]), csv_money(r["federal_budget_mln"]),
               csv_money(r["regional_budget_mln"]), csv_money(r["_muni"]), csv_money(r["extra_budgetary_mln"]),
               r["jobs_planned"], "" if r["jobs_created"] is None else r["jobs_created"],
               r["lead_organization"], r["problems"] or "", notes_txt[i % 6]]
        w.writerow(row)
        line = i + 2
        if bad:
            rejected.append({"sheet": None, "row": line, "reason": bad[0], "column": bad[1], "code": r["code"]})
        else:
            valid.append(public(r, fields))
    with open(os.path.join(HERE, "csv_cp1251_17.csv"), "wb") as fh:
        fh.write(out.getvalue().encode("cp1251"))
    exp = {
        "file": "csv_cp1251_17.csv", "refused": False, "fields": fields, "record_count": len(valid), "records": valid,
        "rejected": rejected, "encoding": "cp1251", "delimiter": ";", "header_line": 1,
        "columns": [[h, f] for h, f in CSV_COLS],
        "null_columns_why": {"Средства местного бюджета, млн руб.": "municipal budget",
                             "Примечание": "a clerk's note ('н/д', references to letters), not problems"},
        "notes": ("Windows-1251 text, no BOM, CRLF, ';' separator, fields with ';' or '\"' quoted with doubled inner quotes "
                  "(one name contains '; ', one problems text contains quotes and ';'). Header line 1 ('Населённый пункт' with ё). "
                  "Numbers with a decimal comma, no thousands separator; dates dd.mm.yyyy. Empty field = null; cluster '—' or empty "
                  "= no cluster; clusters in varied case. Statuses as in the other files ('Реализован' = completed). "
                  "'Сметная стоимость' (total) includes 'Средства местного бюджета', which is not imported (null). 'Примечание' holds "
                  "'н/д' and references and is not problems (null). Rejected lines: %d (unknown cluster 'Агропромышленный кластер') "
                  "and %d (planned completion before the start). 'row' is the line number.") % (rejected[0]["row"], rejected[1]["row"]),
    }
    write_expected("csv_cp1251_17", exp)
    return exp


# ---------- 6. bad_rows17.xlsx ----------------------------------------------
BR_COLS = [("Идентификатор проекта", "code"), ("Проект", "name"), ("Принадлежность к кластеру", "cluster"),
           ("Статус проекта", "status"), ("Начало", "start_date"), ("Завершение", "end_date"),
           ("Полная стоимость, млн руб.", "total_cost_mln"), ("Внебюджетные инвестиции, млн руб.", "extra_budgetary_mln"),
           ("Исполнено за 2018 г., млн руб.", None), ("Численность персонала (план), чел.", "jobs_planned"),
           ("Проблемы и риски", "problems"), ("Доля софинансирования, %", None), ("Примечание", None)]


def build_bad_rows():
    fields = [f for _, f in BR_COLS if f]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Реестр проектов"
    for k, (h, _) in enumerate(BR_COLS, 1):
        ws.cell(1, k, h).font = BOLD
    projs = [make_project(f"INO-{1801 + n}") for n in range(18)]
    projs[3]["problems"] = '=HYPERLINK("http://ino.tomsk.ru/docs/1804.pdf";"протокол совещания")'
    projs[8]["extra_budgetary_mln"] = 0.0
    projs[11]["problems"] = None
    # row layout: header 1, rows 2.. ; blank row inserted after the 7th project; duplicate appended late
    rows = []
    for n, p in enumerate(projs):
        rows.append(("p", p))
        if n == 6:
            rows.append(("blank", None))
        if n == 13:
            dup = dict(p, total_cost_mln=r1(p["total_cost_mln"] + 100.0), extra_budgetary_mln=r1(p["extra_budgetary_mln"] + 100.0))
            dup_of = p["code"]
    rows.insert(17, ("dup", dup))
    valid, rejected = [], []
    dup_rows = []
    txt_bad = projs[10]["code"]
    for i, (kind, p) in enumerate(rows):
        row = i + 2
        if kind == "blank":
            for k in range(1, len(BR_COLS) + 1):
                c = ws.cell(row, k)
                c.number_format = "#,##0.0"
            ws.cell(row, 2, " ")
            blank_row = row
            continue
        tot = money_cell(p["total_cost_mln"], i)
        ext = "0" if p["extra_budgetary_mln"] == 0.0 else money_cell(p["extra_budgetary_mln"], i + 1)
        if p["code"] == txt_bad:
            tot = "около 40"
        jp = p["jobs_planned"] if i % 3 else str(p["jobs_planned"])
        vals = [p["code"] + (" " if i % 5 == 3 else ""), p["name"], cluster_cell(p["cluster"], i),
                status_cell(p["status"], i + 2), date_cell(p["start_date"], i), date_cell(p["end_date"], i),
                tot, ext, money_cell(r1(p["total_cost_mln"] * 0.2), i + 1), jp, p["problems"],
                round(100 * p["extra_budgetary_mln"] / p["total_cost_mln"], 1), ["н/д", None, "уточнено", None][i % 4]]
        for k, v in enumerate(vals, 1):
            c = ws.cell(row, k)
            c.value = v
            if k == 11 and isinstance(v, str) and v.startswith("="):
                c.data_type = "s"
            set_dates_fmt(c)
        if p["code"] == dup_of:
            dup_rows.append(row)
        elif p["code"] == txt_bad:
            rejected.append({"sheet": ws.title, "row": row, "reason": "not a number: 'около 40'", "column": "G", "code": p["code"]})
        else:
            valid.append(public(p, fields))
    for row in dup_rows:
        rejected.append({"sheet": ws.title, "row": row, "column": "A",
                         "reason": f"duplicate code {dup_of} (rows {dup_rows[0]} and {dup_rows[1]} differ)", "code": dup_of})
    rejected.sort(key=lambda x: x["row"])
    ws.column_dimensions["B"].width = 50
    path = os.path.join(HERE, "bad_rows17.xlsx")
    wb.save(path)
    hyper_row = 2 + [i for i, (k, p) in enumerate(rows) if p is projs[3]][0]
    exp = {
        "file": "bad_rows17.xlsx", "refused": False, "fields": fields, "record_count": len(valid), "records": valid,
        "rejected": rejected, "header_row": 1, "skipped_rows": {str(blank_row): "blank row"},
        "columns": [[h, f] for h, f in BR_COLS],
        "null_columns_why": {"Исполнено за 2018 г., млн руб.": "a one-year slice of money (spent in 2018)",
                             "Доля софинансирования, %": "a percentage", "Примечание": "a note ('н/д', 'уточнено'), not problems"},
        "notes": ("Sheet 'Реестр проектов', header row 1. Rejected: rows %d and %d carry the same code %s with different cost "
                  "(both rejected), row %d has 'около 40' in 'Полная стоимость'. Row %d is a row of formatted empty cells with one "
                  "cell holding a single space: skipped silently. Row %d's 'Проблемы и риски' is a string starting with "
                  "'=HYPERLINK(' stored as text (not a formula): imported unchanged. Some codes carry a trailing space (trimmed). "
                  "'0' as text in 'Внебюджетные инвестиции' is a real zero (0.0), not null. Some planned headcounts are numbers "
                  "stored as text ('150'). Look-alikes mapped to null: 'Исполнено за 2018 г.' (one-year slice of money), "
                  "'Доля софинансирования, %%' (percentage), 'Примечание' (a note).")
                 % (dup_rows[0], dup_rows[1], dup_of, [r["row"] for r in rejected if "около" in r["reason"]][0], blank_row, hyper_row),
    }
    write_expected("bad_rows17", exp)
    return exp


# ---------- 7. formulas17.xlsx ----------------------------------------------
FO_COLS = [("№", None), ("Шифр", "code"), ("Наименование мероприятия", "name"), ("Федеральные средства", "federal_budget_mln"),
           ("Областные средства", "regional_budget_mln"), ("Частные инвестиции", "extra_budgetary_mln"),
           ("Итого по проекту", "total_cost_mln"), ("Доля областных средств, %", None),
           ("Численность занятых (план)", "jobs_planned")]


def fmt_v(x):
    if isinstance(x, float) and x == int(x):
        return str(int(x))
    return repr(x)


def build_formulas():
    fields = ["code", "name", "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln", "jobs_planned"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Расчет"
    ws["A1"] = "Расчёт потребности в финансировании мероприятий ИНО «Томск», млн руб."
    for k, (h, _) in enumerate(FO_COLS, 1):
        ws.cell(3, k, h).font = BOLD
    cached = {}  # cell ref -> value
    valid, rejected = [], []
    no_cache_row = 11
    n = 14
    for i in range(n):
        p = make_project(f"INO-{1831 + i}")
        row = 4 + i
        p["total_cost_mln"] = r1(p["federal_budget_mln"] + p["regional_budget_mln"] + p["extra_budgetary_mln"])
        vals = [i + 1, p["code"], p["name"], p["federal_budget_mln"], p["regional_budget_mln"], p["extra_budgetary_mln"],
                f"=D{row}+E{row}+F{row}" if i % 2 else f"=SUM(D{row}:F{row})",
                f"=ROUND(E{row}/G{row}*100,1)", p["jobs_planned"]]
        if i % 4 == 1:
            a = p["jobs_planned"] - 35
            vals[8] = f"={a}+35"
            cached[f"I{row}"] = p["jobs_planned"]
        for k, v in enumerate(vals, 1):
            ws.cell(row, k, v)
        tot = round(p["federal_budget_mln"] + p["regional_budget_mln"] + p["extra_budgetary_mln"], 4)
        if row != no_cache_row:
            cached[f"G{row}"] = tot
        cached[f"H{row}"] = round(100 * p["regional_budget_mln"] / tot, 1) if row != no_cache_row else None
        if row == no_cache_row:
            rejected.append({"sheet": ws.title, "row": row, "reason": "formula without a cached value", "column": "G",
                             "code": p["code"]})
        else:
            valid.append(public(p, fields))
        last = row
    trow = last + 1
    ws.cell(trow, 3, "Всего")
    for col in "DEFGI":
        ws[f"{col}{trow}"] = f"=SUM({col}4:{col}{last})"
    wb.save(os.path.join(HERE, "formulas17.xlsx"))
    # put the cached results into the sheet XML (as Excel would have stored them)
    # totals: computed from the cached / literal values (G of the no-cache row counts as 0 in a stale total? no:
    # Excel could not have a cached total either; leave the G total without a cached value too)
    vals_by_col = {c: 0.0 for c in "DEFI"}
    for rr in range(4, trow):
        for c in "DEFI":
            v = ws[f"{c}{rr}"].value
            vals_by_col[c] += cached[f"{c}{rr}"] if isinstance(v, str) else v
    for c in "DEFI":
        cached[f"{c}{trow}"] = round(vals_by_col[c], 4)
    path = os.path.join(HERE, "formulas17.xlsx")
    zin = zipfile.ZipFile(path)
    items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    nform = 0
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in items:
            if info.filename == "xl/worksheets/sheet1.xml":
                xml = data.decode("utf-8")

                def repl(m):
                    nonlocal nform
                    ref, attrs, f = m.group(1), m.group(2), m.group(3)
                    v = cached.get(ref)
                    nform += 1
                    if v is None:
                        return f'<c r="{ref}"{attrs}><f>{f}</f></c>'
                    return f'<c r="{ref}"{attrs}><f>{f}</f><v>{fmt_v(v)}</v></c>'
                xml = re.sub(r'<c r="([A-Z]+\d+)"([^>]*)><f>([^<]*)</f><v\s*/></c>', repl, xml)
                xml = re.sub(r'<c r="([A-Z]+\d+)"([^>]*)><f>([^<]*)</f><v></v></c>', repl, xml)
                data = xml.encode("utf-8")
            zout.writestr(info, data)
    exp = {
        "file": "formulas17.xlsx", "refused": False, "fields": fields, "record_count": len(valid), "records": valid,
        "rejected": rejected, "header_row": 3, "totals_row": trow,
        "columns": [[h, f] for h, f in FO_COLS],
        "null_columns_why": {"№": "row number", "Доля областных средств, %": "a percentage (a formula)"},
        "notes": ("Sheet 'Расчет'; row 1 is the title, which says the unit (млн руб.) for all money columns; header row 3; data rows "
                  "4-%d; row %d 'Всего' is the totals row (SUM formulas; not a project). 'Итого по проекту' (total) is a formula "
                  "(=SUM(D:F) or =D+E+F) with a cached result, as are 'Доля областных средств, %%' (null column) and a few planned "
                  "headcounts (='N'+35). %d formula cells in all. Row %d's total has no cached value (and so have its share and "
                  "the column total G that depends on it): that row is rejected, not read as 0. 'Частные инвестиции' is the "
                  "extra-budgetary money.") % (last, trow, nform, no_cache_row),
    }
    write_expected("formulas17", exp)
    return exp


# ---------- re-save with LibreOffice ----------------------------------------
def resave(src, ext):
    out = os.path.join(HERE, "resaved")
    os.makedirs(out, exist_ok=True)
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice not found: resaved/ skipped")
        return
    prof = "file:///tmp/a17_lo_profile"
    subprocess.run([soffice, f"-env:UserInstallation={prof}", "--headless", "--convert-to", ext, "--outdir", out,
                    os.path.join(HERE, src)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    base = os.path.splitext(src)[0]
    with open(os.path.join(HERE, base + ".expected.json"), encoding="utf-8") as fh:
        exp = json.load(fh)
    exp["file"] = base + "." + ext
    exp["resaved_from"] = src
    exp["notes"] = (f"{src} re-saved by LibreOffice as .{ext}; same sheets, rows and records. " + exp["notes"])
    with open(os.path.join(out, base + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main():
    base, _ = build_ministry()
    build_clusters()
    build_update(base)
    build_english()
    build_csv()
    build_bad_rows()
    build_formulas()
    resave("ministry_summary17.xlsx", "xls")
    resave("cluster_sheets17.xlsx", "ods")


if __name__ == "__main__":
    main()
