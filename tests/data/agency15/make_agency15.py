#!/usr/bin/env python3
"""Generator of the agency15 evaluation set (independently written).

Run:  /work/main/.venv/bin/python tests/data/agency15/make_agency15.py
Deterministic: the same workbooks and expected files on every run (fixed seed,
fixed timestamps inside the xlsx files).  Expected values are computed from the
canonical project data, never read back from the workbooks; `check()` at the end
reads every workbook back with openpyxl / csv and compares.
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
import sys
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
RESAVED = os.path.join(HERE, "resaved")
NBSP = "\u00a0"
ALL_FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date",
              "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
              "extra_budgetary_mln", "extra_budgetary_confirmed_mln", "jobs_planned",
              "jobs_created", "lead_organization", "problems"]

# --------------------------------------------------------------------------------------
# canonical vocabulary and this agency's own spellings
# --------------------------------------------------------------------------------------
CLUSTERS = ["petrochemical", "nuclear", "timber", "pharma", "medtech_it", "wildlife",
            "hard_to_recover"]
CLUSTER_RU = {  # adjectives and short names as a clerk would type them
    "petrochemical": ["нефтехимический", "Нефтехимия", "Нефтехимический кл."],
    "nuclear": ["ядерных технологий", "Ядерные технологии", "ядерный"],
    "timber": ["лесопромышленный", "Лесопромышленный кл.", "Лесопромышленный"],
    "pharma": ["фармацевтический", "Фармацевтика", "Фармацевтический кл."],
    "medtech_it": ["медтехники и ИТ", "Медтехника и ИТ", "медицинской техники и ИТ"],
    "wildlife": ["дикоросов", "Дикоросы", "дикоросы"],
    "hard_to_recover": ["ТрИЗ", "трудноизвлекаемых запасов", "Трудноизвлекаемые запасы"],
}
CLUSTER_EN = {
    "petrochemical": ["Petrochemicals", "petrochemical"],
    "nuclear": ["Nuclear", "nuclear technologies"],
    "timber": ["Timber & forestry", "timber"],
    "pharma": ["Pharmaceuticals", "pharmaceutical"],
    "medtech_it": ["Medtech & IT", "medical equipment & IT"],
    "wildlife": ["Wild-harvested products", "wildlife resources"],
    "hard_to_recover": ["Hard-to-recover oil", "hard-to-recover reserves"],
}
NO_CLUSTER_RU = ["—", "", "-", "—"]
NO_CLUSTER_EN = ["—", "", "n/a", "none"]

STATUSES = ["planned", "in_progress", "completed", "suspended"]
STATUS_RU = {
    "planned": ["к реализации не приступали", "планируется к реализации", "Планируется",
                "запланирован"],
    "in_progress": ["находится в стадии реализации", "реализуется", "в стадии реализации",
                    "Реализуется "],
    "completed": ["реализация завершена", "завершён", "Реализован", "проект завершен"],
    "suspended": ["работы приостановлены до 01.03.2026", "приостановлен",
                  "реализация приостановлена", "Приостановлен (до решения инвестора)"],
}
STATUS_EN = {
    "planned": ["Planned", "planned"],
    "in_progress": ["In progress", "in progress"],
    "completed": ["Completed", "completed"],
    "suspended": ["Suspended", "suspended"],
}
WORK_AREA_RU = {
    "industry": ["Передовая промышленность", "передовая промышленность"],
    "science_education": ["Наука и образование", "наука и образование"],
    "innovation_business": ["Технологические инновации, новые бизнесы",
                            "технологические инновации, новые бизнесы"],
    "smart_city": ["Умный и удобный город", "умный и удобный город"],
    "business_environment": ["Деловая среда", "деловая среда"],
}
WORK_AREA_EN = {
    "industry": "Advanced manufacturing",
    "science_education": "Science and education",
    "innovation_business": "Technological innovation, new businesses",
    "smart_city": "Smart and comfortable city",
    "business_environment": "Business environment",
}
LOCATIONS = ["Томск", "Северск", "Асино", "Стрежевой", "Колпашево", "Томский район"]
LOCATION_RU = {
    "Томск": ["г. Томск", "Томск", "г.Томск"],
    "Северск": ["ЗАТО Северск", "г. Северск", "Северск"],
    "Асино": ["г. Асино", "Асино"],
    "Стрежевой": ["г. Стрежевой", "Стрежевой"],
    "Колпашево": ["г. Колпашево", "Колпашево"],
    "Томский район": ["Томский р-н", "Томский район"],
}
LOCATION_EN = {"Томск": "Tomsk", "Северск": "Seversk", "Асино": "Asino",
               "Стрежевой": "Strezhevoy", "Колпашево": "Kolpashevo",
               "Томский район": "Tomsk District"}

NAMES = {
    "petrochemical": ["Производство полиэтиленовых труб большого диаметра",
                      "Выпуск композитной арматуры на площадке «Томскнефтехим»",
                      "Установка получения метанола из попутного газа",
                      "Производство полипропиленовой плёнки",
                      "Цех вторичной переработки полимеров"],
    "nuclear": ["Выпуск изотопной продукции для медицины в Северске",
                "Производство сцинтилляционных детекторов",
                "Участок переработки редкоземельного сырья",
                "Опытный комплекс дезактивации оборудования"],
    "timber": ["Завод клеёного бруса в Асино",
               "Производство топливных пеллет из отходов лесопиления",
               "Цех деревянного домостроения",
               "Выпуск фанеры повышенной влагостойкости"],
    "pharma": ["Производство инфузионных растворов",
               "Выпуск субстанций из пантов марала",
               "Участок фасовки лекарственных средств «ФармаТом»",
               "Производство ветеринарных препаратов"],
    "medtech_it": ["Выпуск портативных кардиомониторов",
                   "Платформа телемедицинских консультаций",
                   "Производство имплантатов из никелида титана",
                   "Центр обработки медицинских данных"],
    "wildlife": ["Переработка кедрового ореха в Колпашево",
                 "Заготовительный пункт ягод и грибов",
                 "Производство иван-чая и травяных сборов",
                 "Глубокая переработка берёзового сока"],
    "hard_to_recover": ["Опытный полигон освоения баженовской свиты",
                        "Технология разработки палеозойских залежей",
                        "Сервисный центр для трудноизвлекаемых запасов",
                        "Испытательный стенд для бурения горизонтальных скважин"],
    None: ["Студенческий кампус мирового уровня",
           "Инжиниринговый центр «Технопарк-2»",
           "Цифровая платформа поддержки экспортёров",
           "Благоустройство набережной реки Томи",
           "Центр коллективного пользования научным оборудованием",
           "Бизнес-инкубатор для студенческих стартапов",
           "Система «умного» освещения улиц"],
}
ORGS = ["ООО «СибПолимер»", "АО «Томский приборный завод»", "ТПУ", "ООО «ТомЛесДрев»",
        "АО «Сибирский химический комбинат»", "ООО «ФармаТом»", "ООО «Дикоросы Сибири»",
        "ОГАУ «Томский технопарк»", "ООО «Микран-Мед»", "АО «Томскнефть» ВНК",
        "Томский государственный университет", "ООО «Кедр-Инвест»"]
PEOPLE = ["Иванов И.И., зам. начальника департамента", "Петрова А.С., консультант",
          "Сидоренко В.П., начальник отдела", "Кузнецова Е.В., гл. специалист"]
PROBLEMS = [None, None, None, "Не оформлен земельный участок",
            "Задержка поставки импортного оборудования; ищется аналог",
            "Нет подключения к сетям теплоснабжения",
            "Инвестор пересматривает сроки финансирования",
            None]


def r1(x):
    return round(x + 1e-9, 1)


class Pool:
    """Makes canonical projects with unique codes and names."""

    def __init__(self, seed, first_code):
        self.rng = random.Random(seed)
        self.next = first_code
        self.used = set()

    def name(self, cluster):
        base = self.rng.choice(NAMES[cluster])
        name = base
        k = 2
        while name in self.used:
            name = "%s (%s очередь)" % (base, ["", "", "II", "III", "IV", "V", "VI"][k])
            k += 1
        self.used.add(name)
        return name

    def project(self, cluster="random", status=None, with_mun=False):
        rng = self.rng
        if cluster == "random":
            cluster = rng.choice(CLUSTERS + [None, None])
        code = "INO-%04d" % self.next
        self.next += 1
        status = status or rng.choice(STATUSES)
        start = dt.date(rng.randint(2018, 2024), rng.randint(1, 12), rng.randint(1, 28))
        end = dt.date(rng.randint(max(start.year + 1, 2025), 2030), rng.randint(1, 12),
                      rng.randint(1, 28))
        fed = r1(rng.choice([0, 0, rng.uniform(5, 2500)]))
        reg = r1(rng.choice([0, rng.uniform(1, 600)]))
        extra = r1(rng.uniform(10, 9000))
        mun = r1(rng.choice([0, 0, rng.uniform(0.5, 40)])) if with_mun else 0.0
        total = r1(fed + reg + extra + mun)
        conf = r1(extra * rng.choice([1, 1, 0.5, 0.25, 0.8]))
        jp = rng.randrange(10, 900, 5)
        jc = 0 if status == "planned" else (jp if status == "completed" else rng.randrange(0, jp, 5))
        return {
            "code": code, "name": self.name(cluster), "cluster": cluster,
            "work_area": rng.choice(list(WORK_AREA_RU)),
            "location": rng.choice(LOCATIONS), "status": status,
            "start_date": start.isoformat(), "end_date": end.isoformat(),
            "total_cost_mln": total, "federal_budget_mln": fed, "regional_budget_mln": reg,
            "extra_budgetary_mln": extra, "extra_budgetary_confirmed_mln": conf,
            "jobs_planned": jp, "jobs_created": jc,
            "lead_organization": rng.choice(ORGS), "problems": rng.choice(PROBLEMS),
            "_mun": mun,
        }


def iso(d):
    return dt.date.fromisoformat(d)


def q_end(year, q):
    return {1: dt.date(year, 3, 31), 2: dt.date(year, 6, 30), 3: dt.date(year, 9, 30),
            4: dt.date(year, 12, 31)}[q]


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def ru_money_text(x, decimals=1):
    """'1 234,5' with a plain or non-breaking space as thousands separator."""
    s = ("%.*f" % (decimals, x)).replace(".", ",")
    ip, _, fp = s.partition(",")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    sep = NBSP if int(x) % 2 else " "
    return sep.join(groups) + ("," + fp if fp else "")


def expected(fname, fields, records, rejected, columns, notes, **extra):
    recs = [{f: r[f] for f in fields} for r in records]
    out = {"file": fname, "refused": False, "fields": fields, "record_count": len(recs),
           "records": recs, "rejected": rejected}
    out.update(extra)
    out["columns"] = columns
    out["notes"] = notes
    with open(os.path.join(HERE, re.sub(r"\.[^.]+$", "", fname) + ".expected.json"), "w",
              encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return out


def fix_zip_times(path):
    """Rewrite the zip with fixed timestamps and docProps dates for determinism."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items:
            if n == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-10-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(n, (2025, 10, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def new_wb():
    wb = openpyxl.Workbook()
    wb.properties.creator = "agency15"
    t = dt.datetime(2025, 10, 1, 9, 0, 0)
    wb.properties.created = t
    wb.properties.modified = t
    return wb


def put_date(ws, cell, d, fmt="DD.MM.YYYY"):
    ws[cell] = dt.datetime(d.year, d.month, d.day)
    ws[cell].number_format = fmt


# --------------------------------------------------------------------------------------
# 1. ministry report form: svod_ministerstvo.xlsx
# --------------------------------------------------------------------------------------
def make_ministry():
    fname = "svod_ministerstvo.xlsx"
    pool = Pool(1501, 1501)
    rng = random.Random(11)
    projs = [pool.project(with_mun=True) for _ in range(22)]
    # names with «» and ё for the later update file's name matching
    projs[3]["name"] = "Производство медицинских изделий на площадке «Томский приборный завод»"
    projs[7]["name"] = "Переработка берёзового сока и живицы"
    projs[7]["cluster"] = "wildlife"
    projs[11]["name"] = "Технопарк «Академгородок»: второй пусковой комплекс"
    projs[11]["cluster"] = None
    projs[15]["name"] = "Выпуск лёгких композитных панелей"
    projs[15]["cluster"] = "petrochemical"
    projs[18]["name"] = "Центр ядерной медицины в Северске"
    projs[18]["cluster"] = "nuclear"
    wb = new_wb()
    ws = wb.active
    ws.title = "Форма 2-ИНО"
    heads = [  # (top, sub or None, field)
        ("№ п/п", None, None),
        ("Код (шифр) проекта", None, "code"),
        ("Проект (наименование)", None, "name"),
        ("Принадлежность к кластеру", None, "cluster"),
        ("Направление ИНО «Томск»", None, "work_area"),
        ("Территория реализации", None, "location"),
        ("Состояние реализации", None, "status"),
        ("Сроки реализации", "начало", "start_date"),
        ("Сроки реализации", "окончание", "end_date"),
        ("Объём финансирования проекта (в ценах соответствующих лет), млн руб.", "всего", "total_cost_mln"),
        ("Объём финансирования проекта (в ценах соответствующих лет), млн руб.", "ФБ", "federal_budget_mln"),
        ("Объём финансирования проекта (в ценах соответствующих лет), млн руб.", "ОБ", "regional_budget_mln"),
        ("Объём финансирования проекта (в ценах соответствующих лет), млн руб.", "МБ", None),
        ("Объём финансирования проекта (в ценах соответствующих лет), млн руб.", "ВИ", "extra_budgetary_mln"),
        ("Объём финансирования проекта (в ценах соответствующих лет), млн руб.", "в т.ч. в 2025 г.", None),
        ("из них ВИ, подтверждённые соглашениями, млн руб.", None, "extra_budgetary_confirmed_mln"),
        ("Освоено с начала реализации на отчётную дату, млн руб.", None, None),
        ("Кол-во рабочих мест, ед.", "план.", "jobs_planned"),
        ("Кол-во рабочих мест, ед.", "создано фактически", "jobs_created"),
        ("Организация — инициатор проекта", None, "lead_organization"),
        ("Куратор проекта (ФИО, должность)", None, None),
        ("Проблемные вопросы, риски", None, "problems"),
        ("Примечание", None, None),
    ]
    ncol = len(heads)
    last = get_column_letter(ncol)
    ws["A1"] = "Информация о ходе реализации проектов программы ИНО «Томск»"
    ws["A2"] = "(по состоянию на 01.10.2025)"
    ws["A3"] = "Стоимостные показатели — в ценах соответствующих лет, млн руб."
    for r in (1, 2, 3):
        ws.merge_cells("A%d:%s%d" % (r, last, r))
        ws["A%d" % r].alignment = Alignment(horizontal="center")
    ws["A1"].font = Font(bold=True, size=13)
    columns = []
    c = 1
    while c <= ncol:
        top, sub, _ = heads[c - 1]
        if sub is None:
            ws.cell(4, c, top)
            ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
            c += 1
        else:
            c2 = c
            while c2 + 1 <= ncol and heads[c2][0] == top and heads[c2][1] is not None:
                c2 += 1
            ws.cell(4, c, top)
            ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c2)
            for k in range(c, c2 + 1):
                ws.cell(5, k, heads[k - 1][1])
            c = c2 + 1
    for top, sub, f in heads:
        columns.append([top if sub is None else "%s / %s" % (top, sub), f])
    for k in range(1, ncol + 1):
        ws.cell(6, k, k)
        ws.column_dimensions[get_column_letter(k)].width = 14
    ws.column_dimensions["C"].width = 48
    # rejected rows: index in projs -> (reason, column)
    bad = {5: "neg", 13: "dates"}
    rejected = []
    records = []
    row = 7
    for i, p in enumerate(projs):
        q = copy.deepcopy(p)
        ws.cell(row, 1, i + 1)
        ws.cell(row, 2, q["code"])
        ws.cell(row, 3, q["name"] if i % 5 else q["name"] + " ")
        if q["cluster"]:
            v = CLUSTER_RU[q["cluster"]][i % 3]
        else:
            v = NO_CLUSTER_RU[i % 4]
        ws.cell(row, 4, v if v != "" else None)
        ws.cell(row, 5, WORK_AREA_RU[q["work_area"]][i % 2])
        ws.cell(row, 6, LOCATION_RU[q["location"]][i % len(LOCATION_RU[q["location"]])])
        ws.cell(row, 7, STATUS_RU[q["status"]][i % 4])
        # start: real date or 'dd.mm.yyyy г.' text
        sd = iso(q["start_date"])
        if i % 3 == 0:
            ws.cell(row, 8, sd.strftime("%d.%m.%Y") + " г.")
        else:
            put_date(ws, "H%d" % row, sd)
        # end: date, 'dd.mm.yyyy г.', 'N кв. YYYY', 'YYYY год'
        ed = iso(q["end_date"])
        kind = i % 4
        if i == 13:  # end before start: rejected
            ed = dt.date(sd.year - 1, 6, 30)
            q["end_date"] = ed.isoformat()
            put_date(ws, "I%d" % row, ed)
        elif kind == 0:
            put_date(ws, "I%d" % row, ed)
        elif kind == 1:
            ws.cell(row, 9, ed.strftime("%d.%m.%Y") + " г.")
        elif kind == 2:
            qq = (ed.month - 1) // 3 + 1
            ws.cell(row, 9, "%d кв. %d" % (qq, ed.year) if i % 8 == 2 else "%s кв. %d" % (ROMAN[qq], ed.year))
            q["end_date"] = q_end(ed.year, qq).isoformat()
        else:
            ws.cell(row, 9, "%d год" % ed.year)
            q["end_date"] = dt.date(ed.year, 12, 31).isoformat()
        money = [("total_cost_mln", 10), ("federal_budget_mln", 11), ("regional_budget_mln", 12),
                 ("_mun", 13), ("extra_budgetary_mln", 14)]
        for j, (f, col) in enumerate(money):
            x = q[f]
            if i == 5 and f == "extra_budgetary_mln":
                ws.cell(row, col, -x)
                continue
            if (i + j) % 3 == 0:
                ws.cell(row, col, ru_money_text(x))
            else:
                ws.cell(row, col, x)
        # one-year slice (not imported)
        ws.cell(row, 15, r1(q["total_cost_mln"] * 0.3))
        ws.cell(row, 16, q["extra_budgetary_confirmed_mln"])
        ws.cell(row, 17, r1(q["total_cost_mln"] * 0.55))
        ws.cell(row, 18, q["jobs_planned"])
        ws.cell(row, 19, q["jobs_created"])
        ws.cell(row, 20, q["lead_organization"])
        ws.cell(row, 21, PEOPLE[i % 4])
        ws.cell(row, 22, q["problems"])
        ws.cell(row, 23, "срок продлён" if i % 7 == 3 else None)
        if i == 5:
            rejected.append({"sheet": ws.title, "row": row, "reason": "negative amount",
                             "column": "N", "code": q["code"]})
        elif i == 13:
            rejected.append({"sheet": ws.title, "row": row, "reason": "end date before start date",
                             "column": "I", "code": q["code"]})
        else:
            records.append(q)
        row += 1
    last_data = row - 1
    ws.cell(row, 1, "Итого по перечню")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
    for col in (10, 11, 12, 13, 14, 16, 18, 19):
        letter = get_column_letter(col)
        tot = 0
        for i, p in enumerate(projs):
            key = {10: "total_cost_mln", 11: "federal_budget_mln", 12: "regional_budget_mln",
                   13: "_mun", 14: "extra_budgetary_mln", 16: "extra_budgetary_confirmed_mln",
                   18: "jobs_planned", 19: "jobs_created"}[col]
            tot += p[key]
        ws.cell(row, col, r1(tot) if isinstance(tot, float) else tot)
    totals_row = row
    foot = row + 2
    ws.cell(foot, 1, "Сокращения: ФБ — федеральный бюджет; ОБ — областной бюджет; МБ — бюджеты "
                     "муниципальных образований; ВИ — внебюджетные источники.")
    ws.merge_cells(start_row=foot, start_column=1, end_row=foot, end_column=ncol)
    ws.freeze_panes = "D7"
    path = os.path.join(HERE, fname)
    wb.save(path)
    fix_zip_times(path)
    notes = ("One sheet 'Форма 2-ИНО'. Title rows 1-3 (row 3 says the money unit: млн руб., also "
             "in the header). Two-level merged header rows 4-5 ('Сроки реализации' over "
             "начало/окончание; the financing group over всего/ФБ/ОБ/МБ/ВИ/'в т.ч. в 2025 г.'; "
             "'Кол-во рабочих мест, ед.' over план./создано фактически); row 6 numbers the "
             "columns. Data rows 7-%d; row %d is the totals row ('Итого по перечню', merged A:C), "
             "row %d a footnote with the abbreviations. Not imported: № п/п, МБ (municipal "
             "budget), 'в т.ч. в 2025 г.' (one-year slice of the cost), 'Освоено ... на отчётную "
             "дату' (money spent to date), the curator (a person), Примечание. ФБ/ОБ/ВИ are "
             "federal/regional/extra-budgetary; the total includes МБ, so it is not always "
             "ФБ+ОБ+ВИ. Clusters are adjectives or short names ('ядерных технологий', "
             "'Нефтехимия', 'ТрИЗ', 'дикоросов', 'медтехники и ИТ'); '—', '-' or empty = no "
             "cluster. Statuses are phrases: 'к реализации не приступали' = planned, "
             "'находится в стадии реализации' = in_progress, 'реализация завершена' = completed, "
             "'работы приостановлены до 01.03.2026' = suspended. Dates: real dates, "
             "'dd.mm.yyyy г.' text, 'IV кв. 2027' / '3 кв. 2026' (quarter's last day), "
             "'2027 год' (31 December). Money cells are partly text '1 234,5' (plain or "
             "non-breaking space). Some names carry a trailing space (trimmed). Row %d is "
             "rejected for a negative ВИ amount, row %d because its end date is before its "
             "start date." % (last_data, totals_row, foot, 7 + 5, 7 + 13))
    fields = list(ALL_FIELDS)
    exp = expected(fname, fields, records, rejected, columns, notes,
                   header_rows=[4, 5], data_rows=[7, last_data],
                   skipped_rows={"6": "column numbers", str(totals_row): "totals",
                                 str(foot): "footnote"})
    return projs, records, exp



# --------------------------------------------------------------------------------------
# 2. one sheet per cluster: klastery_listy.xlsx (amounts in thousand roubles)
# --------------------------------------------------------------------------------------
CLUSTER_SHEETS = [  # sheet name (short/adjective), full name in A1, cluster key
    ("Нефтехимический", "Нефтехимический кластер", "petrochemical"),
    ("Ядерные технологии", "Кластер ядерных технологий", "nuclear"),
    ("Лесопромышленный", "Лесопромышленный кластер", "timber"),
    ("Фармацевтический", "Фармацевтический кластер", "pharma"),
    ("Медтехника и ИТ", "Кластер медицинской техники и информационных технологий", "medtech_it"),
    ("Дикоросы", "Кластер дикоросов", "wildlife"),
    ("ТрИЗ", "Кластер трудноизвлекаемых запасов", "hard_to_recover"),
]


def make_cluster_sheets():
    fname = "klastery_listy.xlsx"
    pool = Pool(1502, 1601)
    wb = new_wb()
    wb.remove(wb.active)
    heads = [("№", None), ("Рег. № проекта", "code"), ("Название объекта инвестиций", "name"),
             ("Место реализации (МО)", "location"), ("Стадия реализации", "status"),
             ("Дата начала работ", "start_date"), ("Плановая дата завершения", "end_date"),
             ("Стоимость проекта, тыс.р.", "total_cost_mln"),
             ("в т.ч. внебюджетные ср-ва, тыс.р.", "extra_budgetary_mln"),
             ("Статус земельного участка", None),
             ("Создаваемые рабочие места, ед.", "jobs_planned"),
             ("Компания-инициатор", "lead_organization"),
             ("Готовность, %", None)]
    columns = [[h, f] for h, f in heads]
    records, rejected, sheets_info = [], [], []
    land = ["оформлен в аренду", "в собственности", "на стадии оформления", "не выделен"]
    counts = [3, 3, 3, 3, 3, 3, 3]
    n = 0
    for si, (sname, full, key) in enumerate(CLUSTER_SHEETS):
        ws = wb.create_sheet(sname)
        ws["A1"] = "%s — перечень инвестиционных проектов" % full
        ws["A1"].font = Font(bold=True)
        ws["A2"] = "по состоянию на 01.10.2025; стоимостные показатели — тыс. рублей"
        for c, (h, f) in enumerate(heads, 1):
            ws.cell(4, c, h).font = Font(bold=True)
            ws.column_dimensions[get_column_letter(c)].width = 16
        row = 5
        data_rows = []
        k = counts[si] + (1 if si in (2, 5) else 0)
        for j in range(k):
            if j == 2 and si % 2 == 0:
                row += 1  # blank spacer row
            p = pool.project(cluster=key)
            q = copy.deepcopy(p)
            n += 1
            ws.cell(row, 1, j + 1)
            ws.cell(row, 2, q["code"])
            ws.cell(row, 3, q["name"])
            locs = LOCATION_RU[q["location"]]
            ws.cell(row, 4, locs[n % len(locs)])
            ws.cell(row, 5, STATUS_RU[q["status"]][(n + 1) % 4])
            sd, ed = iso(q["start_date"]), iso(q["end_date"])
            put_date(ws, "F%d" % row, sd)
            bad_dates = (si == 3 and j == 1)
            if bad_dates:
                ed = dt.date(sd.year - 2, 11, 30)
                q["end_date"] = ed.isoformat()
                put_date(ws, "G%d" % row, ed)
            elif n % 3 == 0:
                ws.cell(row, 7, "%s кв. %d" % (ROMAN[(ed.month - 1) // 3 + 1], ed.year))
                q["end_date"] = q_end(ed.year, (ed.month - 1) // 3 + 1).isoformat()
            elif n % 3 == 1:
                ws.cell(row, 7, ed.strftime("%d.%m.%Y"))
            else:
                put_date(ws, "G%d" % row, ed)
            tot_k = int(round(q["total_cost_mln"] * 1000))
            ext_k = int(round(q["extra_budgetary_mln"] * 1000))
            if n % 4 == 0:
                ws.cell(row, 8, ru_money_text(tot_k, 0))
            else:
                ws.cell(row, 8, tot_k)
            ws.cell(row, 9, ext_k if n % 5 else ru_money_text(ext_k, 1))
            ws.cell(row, 10, land[n % 4])
            ws.cell(row, 11, q["jobs_planned"])
            ws.cell(row, 12, q["lead_organization"])
            ws.cell(row, 13, {"planned": 0, "completed": 100}.get(q["status"], 35 + n))
            q["cluster"] = key
            if bad_dates:
                rejected.append({"sheet": sname, "row": row, "reason": "end date before start date",
                                 "column": "G", "code": q["code"]})
            else:
                records.append(q)
            data_rows.append(row)
            row += 1
        sheets_info.append({"sheet": sname, "cluster": key, "header_row": 4,
                            "data_rows": data_rows})
    wb["Нефтехимический"].row_dimensions[6].hidden = True
    wb["Ядерные технологии"].column_dimensions["K"].hidden = True
    info = wb.create_sheet("Справочно")
    info["A1"] = "Перечень сформирован по данным инициаторов проектов."
    info["A2"] = "Стоимость указана в тысячах рублей с НДС."
    info["A3"] = "Готовность — доля выполненных работ, в процентах."
    path = os.path.join(HERE, fname)
    wb.save(path)
    fix_zip_times(path)
    notes = ("Seven cluster sheets plus a text sheet 'Справочно' (no project table, skipped). The "
             "record's cluster comes from the sheet: the sheet name is an adjective or short name "
             "('Нефтехимический', 'Ядерные технологии', 'Медтехника и ИТ', 'Дикоросы', 'ТрИЗ', ...) "
             "and cell A1 holds the full cluster name followed by '— перечень инвестиционных "
             "проектов'. Header row 4 on every sheet; row 2 says the money unit (тыс. рублей), the "
             "money headers say 'тыс.р.' as well: divided by 1,000 here. Some amounts are text "
             "('1 234 500', '845 300,0'). Blank spacer rows inside the data on some sheets. Row 6 "
             "on 'Нефтехимический' is hidden and column K (jobs) on 'Ядерные технологии' is hidden: "
             "both are data. Not imported: №, 'Статус земельного участка' (status of the land plot, "
             "not of the project), 'Готовность, %'. End dates: real dates, 'dd.mm.yyyy' text and "
             "'III кв. 2027' quarters (last day of the quarter). One row on 'Фармацевтический' is "
             "rejected: its end date is before its start date.")
    expected(fname, ["code", "name", "cluster", "location", "status", "start_date", "end_date",
                     "total_cost_mln", "extra_budgetary_mln", "jobs_planned", "lead_organization"],
             records, rejected, columns, notes, sheets=sheets_info,
             hidden={"row": {"sheet": "Нефтехимический", "row": 6},
                     "column": {"sheet": "Ядерные технологии", "column": "K",
                                "field": "jobs_planned"}},
             skipped_sheets=["Справочно"])
    return records


# --------------------------------------------------------------------------------------
# 3. quarterly update of svod_ministerstvo.xlsx: aktualizaciya_2kv.xlsx
# --------------------------------------------------------------------------------------
def variant_name(name, how):
    if how == "upper":
        return name.upper()
    if how == "quotes":
        return name.replace("«", '"').replace("»", '"')
    if how == "yo":
        return name.replace("ё", "е")
    if how == "spaces":
        return "  " + name.replace(" ", "  ", 1) + "  "
    if how == "lower_first":
        return name[0].lower() + name[1:]
    return name


def make_update(base_records):
    fname = "aktualizaciya_2kv.xlsx"
    state = {r["code"]: copy.deepcopy(r) for r in base_records}
    order = [r["code"] for r in base_records]
    by_code = {r["code"]: r for r in base_records}
    wb = new_wb()
    ws = wb.active
    ws.title = "Актуализация"
    ws["A1"] = "Уточнённые сведения по проектам ИНО «Томск» за II квартал 2026 г."
    ws["A2"] = "(денежные показатели — млн руб.)"
    heads = [("Код", "code"), ("Проект", "name"), ("Стадия", "status"),
             ("Полная стоимость", "total_cost_mln"), ("Средства ФБ", "federal_budget_mln"),
             ("Средства ОБ", "regional_budget_mln"), ("Внебюджетное фин-е", "extra_budgetary_mln"),
             ("Подтверждено ВИ", "extra_budgetary_confirmed_mln"),
             ("Создано рабочих мест", "jobs_created"),
             ("Профинансировано в I полугодии 2026 г.", None),
             ("Комментарий исполнителя", None)]
    carried = [f for _, f in heads if f]
    for c, (h, f) in enumerate(heads, 1):
        ws.cell(4, c, h).font = Font(bold=True)
    codes = order
    plan = [  # (code index in base records, action)
        (0, "status"), (1, "same"), (3, "money"), (5, "jobs"), (7, "status_jobs"),
        (9, "same"), (11, "money"), (13, "completed"),
    ]
    name_rows = [("Производство медицинских изделий на площадке «Томский приборный завод»", "quotes", "status"),
                 ("Переработка берёзового сока и живицы", "yo", "jobs"),
                 ("Технопарк «Академгородок»: второй пусковой комплекс", "upper", "same"),
                 ("Выпуск лёгких композитных панелей", "spaces", "money")]
    rng = random.Random(77)
    changed, matched, new_codes, rejected = [], [], [], []
    rows = []

    def apply(code, action):
        s = copy.deepcopy(state[code])
        if action == "status":
            s["status"] = {"planned": "in_progress", "in_progress": "completed",
                           "suspended": "in_progress", "completed": "completed"}[s["status"]]
            if s["status"] == "completed":
                s["jobs_created"] = s["jobs_planned"]
        elif action == "money":
            d = r1(s["extra_budgetary_mln"] * 0.1 + 12.5)
            s["extra_budgetary_mln"] = r1(s["extra_budgetary_mln"] + d)
            s["total_cost_mln"] = r1(s["total_cost_mln"] + d)
            s["extra_budgetary_confirmed_mln"] = r1(min(s["extra_budgetary_mln"],
                                                        s["extra_budgetary_confirmed_mln"] + d))
        elif action == "jobs":
            s["jobs_created"] = min(s["jobs_planned"], s["jobs_created"] + 25)
            if s["jobs_created"] == state[code]["jobs_created"]:
                s["jobs_created"] = max(0, s["jobs_created"] - 5)
        elif action == "status_jobs":
            s["status"] = "suspended" if s["status"] != "suspended" else "in_progress"
            s["jobs_created"] = s["jobs_created"] + 5 if s["jobs_created"] + 5 <= s["jobs_planned"] else s["jobs_created"]
        elif action == "completed":
            s["status"] = "completed"
            s["jobs_created"] = s["jobs_planned"]
        return s

    name_codes = {c for c in codes if state[c]["name"] in {n for n, _, _ in name_rows}}
    free = [c for c in codes if c not in name_codes]
    for idx, action in plan:
        code = free[idx]
        s = apply(code, action)
        rows.append(("code", code, s["name"], s, action))
    for name, how, action in name_rows:
        code = next(c for c in codes if state[c]["name"] == name)
        s = apply(code, action)
        rows.append(("name", code, variant_name(name, how), s, action, how))
    pool = Pool(1503, 1541)
    for k in range(3):
        p = pool.project(with_mun=False)
        s = {f: None for f in ALL_FIELDS}
        for f in carried:
            s[f] = p[f]
        rows.append(("new", p["code"], p["name"], s, "new"))
    # one rejected row: known code with a negative regional amount
    rej_code = free[15]
    rows.append(("reject", rej_code, state[rej_code]["name"], copy.deepcopy(state[rej_code]), "neg"))
    rng.shuffle(rows)
    r = 5
    for item in rows:
        kind, code, name_in_file, s, action = item[:5]
        ws.cell(r, 1, code if kind != "name" else None)
        ws.cell(r, 2, name_in_file)
        st = STATUS_RU[s["status"]][(r + 2) % 4]
        ws.cell(r, 3, st)
        for c, f in ((4, "total_cost_mln"), (5, "federal_budget_mln"), (6, "regional_budget_mln"),
                     (7, "extra_budgetary_mln"), (8, "extra_budgetary_confirmed_mln")):
            v = s[f]
            if kind == "reject" and f == "regional_budget_mln":
                v = -(v or 25.0)
            ws.cell(r, c, ru_money_text(v) if (r + c) % 4 == 0 and v >= 0 else v)
        ws.cell(r, 9, s["jobs_created"])
        ws.cell(r, 10, r1((s["total_cost_mln"] or 0) * 0.07))
        ws.cell(r, 11, "без изменений" if action == "same" else None)
        if kind == "reject":
            rejected.append({"sheet": ws.title, "row": r, "reason": "negative amount", "column": "F",
                             "code": code})
        else:
            if kind == "new":
                new_codes.append(code)
                state[code] = s
                order.append(code)
            else:
                if kind == "name":
                    s["name"] = by_code[code]["name"]  # keeps the stored name
                    matched.append({"code": code, "name_in_file": name_in_file,
                                    "difference": {"quotes": "«» quotes written as \"\"",
                                                   "yo": "ё written as е",
                                                   "upper": "upper case",
                                                   "spaces": "leading/double/trailing spaces"}[item[5]],
                                    "row": r})
                if any(s[f] != state[code][f] for f in ALL_FIELDS):
                    changed.append(code)
                state[code] = s
        r += 1
    path = os.path.join(HERE, fname)
    wb.save(path)
    fix_zip_times(path)
    final = [state[c] for c in order]
    notes = ("Import svod_ministerstvo.xlsx first, then this file; 'records' is the resulting state "
             "of all projects (the 20 imported from the base file plus 3 new ones). Title rows 1-2 "
             "(row 2 gives the unit: млн руб.; the money headers carry no unit), header row 4, data "
             "rows 5-%d. 8 rows carry a known code and are applied (the 'без изменений' rows re-send unchanged data), 4 rows have an empty code and are matched by "
             "name (quote style, ё/е, upper case, extra spaces); a name-matched project keeps its "
             "stored name. 3 rows carry new codes: their fields not in this file (cluster, work "
             "area, location, dates, planned jobs, organisation, problems) are null. Row %d "
             "(known code) is rejected for a negative ОБ amount and changes nothing. Not imported: "
             "'Профинансировано в I полугодии 2026 г.' (money of one half-year) and the comment "
             "column. Statuses are phrases ('находится в стадии реализации', 'реализация "
             "завершена', 'работы приостановлены до 01.03.2026', ...)." % (r - 1, rejected[0]["row"]))
    expected(fname, list(ALL_FIELDS), final, rejected, [[h, f] for h, f in heads], notes,
             base_file="svod_ministerstvo.xlsx", header_row=4, data_rows=[5, r - 1],
             changed_codes=sorted(set(changed)), new_codes=new_codes, matched_by_name=matched)



# --------------------------------------------------------------------------------------
# 4. English-language agency workbook: agency_en.xlsx (RUB billion, said in the title)
# --------------------------------------------------------------------------------------
def make_english():
    fname = "agency_en.xlsx"
    pool = Pool(1504, 1701)
    wb = new_wb()
    rd = wb.active
    rd.title = "Read me"
    rd["A1"] = "Tomsk INO programme: project pipeline submitted by the Investment Agency."
    rd["A2"] = "All money figures on the 'Pipeline' sheet are in RUB billion."
    rd["A3"] = "Expected completion is a date, a quarter or a year, as reported by the sponsor."
    ws = wb.create_sheet("Pipeline")
    ws["A1"] = "INO Tomsk pipeline, RUB billion (as of 1 October 2025)"
    ws["A1"].font = Font(bold=True)
    heads = [("Ref.", "code"), ("Project", "name"), ("Cluster", "cluster"),
             ("Focus area", "work_area"), ("Municipality", "location"), ("Stage", "status"),
             ("Launch", "start_date"), ("Expected completion", "end_date"),
             ("Total investment", "total_cost_mln"), ("of which federal", "federal_budget_mln"),
             ("of which regional", "regional_budget_mln"), ("of which private", "extra_budgetary_mln"),
             ("Spent to date", None), ("Jobs to be created", "jobs_planned"),
             ("Jobs created so far", "jobs_created"), ("Sponsor company", "lead_organization"),
             ("Project lead", None), ("Key issues", "problems"), ("Share of private funds, %", None)]
    for c, (h, f) in enumerate(heads, 1):
        ws.cell(3, c, h).font = Font(bold=True)
    leads = ["A. Ivanov", "M. Sokolova", "D. Petrov", "E. Kim"]
    records, rejected = [], []
    r = 4
    for i in range(19):
        p = pool.project()
        q = copy.deepcopy(p)
        ws.cell(r, 1, q["code"])
        ws.cell(r, 2, q["name"])
        if i == 9:
            ws.cell(r, 3, "Space industry")
        elif q["cluster"]:
            ws.cell(r, 3, CLUSTER_EN[q["cluster"]][i % 2])
        else:
            v = NO_CLUSTER_EN[i % 4]
            ws.cell(r, 3, v if v else None)
        ws.cell(r, 4, WORK_AREA_EN[q["work_area"]])
        ws.cell(r, 5, LOCATION_EN[q["location"]])
        ws.cell(r, 6, STATUS_EN[q["status"]][i % 2])
        sd, ed = iso(q["start_date"]), iso(q["end_date"])
        put_date(ws, "G%d" % r, sd, "YYYY-MM-DD")
        kind = i % 5
        if kind == 0:
            put_date(ws, "H%d" % r, ed, "D MMM YYYY")
        elif kind == 1:
            qq = (ed.month - 1) // 3 + 1
            ws.cell(r, 8, "Q%d %d" % (qq, ed.year))
            q["end_date"] = q_end(ed.year, qq).isoformat()
        elif kind == 2:
            ws.cell(r, 8, str(ed.year))
            q["end_date"] = dt.date(ed.year, 12, 31).isoformat()
        elif kind == 3:
            ws.cell(r, 8, ed.year)  # a whole number in a General cell
            q["end_date"] = dt.date(ed.year, 12, 31).isoformat()
        else:
            qq = (ed.month - 1) // 3 + 1
            ws.cell(r, 8, "%s кв. %d г." % (ROMAN[qq], ed.year))
            q["end_date"] = q_end(ed.year, qq).isoformat()
        for c, f in ((9, "total_cost_mln"), (10, "federal_budget_mln"),
                     (11, "regional_budget_mln"), (12, "extra_budgetary_mln")):
            bn = round(q[f] / 1000.0, 4)
            if f == "extra_budgetary_mln" and i in (4, 15):
                ws.cell(r, c, None)  # private funding unknown
                q[f] = None
                continue
            if f == "federal_budget_mln" and i == 13:
                ws.cell(r, c, "approx. 1.5")
                continue
            ws.cell(r, c, bn)
        ws.cell(r, 13, round(q["total_cost_mln"] * 0.4 / 1000.0, 4))
        ws.cell(r, 14, q["jobs_planned"])
        ws.cell(r, 15, q["jobs_created"])
        ws.cell(r, 16, q["lead_organization"])
        ws.cell(r, 17, leads[i % 4])
        ws.cell(r, 18, q["problems"])
        ws.cell(r, 19, round(100.0 * (p["extra_budgetary_mln"]) / p["total_cost_mln"], 1))
        if i == 9:
            rejected.append({"sheet": "Pipeline", "row": r, "reason": "unknown cluster 'Space industry'",
                             "column": "C", "code": q["code"]})
        elif i == 13:
            rejected.append({"sheet": "Pipeline", "row": r, "reason": "not a number: 'approx. 1.5'",
                             "column": "J", "code": q["code"]})
        else:
            records.append(q)
        r += 1
    path = os.path.join(HERE, fname)
    wb.save(path)
    fix_zip_times(path)
    notes = ("Sheet 'Read me' (first sheet) is text, not data. Data on sheet 'Pipeline': title row 1 "
             "says 'RUB billion' (the money headers carry no unit), header row 3, data rows 4-%d. "
             "Money converted from RUB billion to RUB million. Cluster: English variants "
             "('Petrochemicals', 'Timber & forestry', 'Medtech & IT', 'Wild-harvested products', "
             "'Hard-to-recover oil', ...); '—', 'n/a', 'none' or empty = no cluster. Focus area: "
             "the English names of the work areas. Municipality: English place names (Tomsk, "
             "Seversk, Asino, Strezhevoy, Kolpashevo, Tomsk District = Томский район). Expected "
             "completion: real dates, 'Q3 2027', 'IV кв. 2027 г.' (quarter's last day), a year as "
             "text or as a number (31 December). Two rows have an empty private funding cell "
             "(unknown, null). Not imported: 'Spent to date', 'Project lead' (a person), 'Share "
             "of private funds, %%'. Rejected: row %d (unknown cluster 'Space industry') and row %d "
             "(text 'approx. 1.5' in a money column)." % (r - 1, rejected[0]["row"], rejected[1]["row"]))
    carried = {f for _, f in heads if f}
    expected(fname, [f for f in ALL_FIELDS if f in carried], records, rejected,
             [[h, f] for h, f in heads], notes, data_sheet="Pipeline", header_row=3, skipped_sheets=["Read me"])


# --------------------------------------------------------------------------------------
# 5. CSV in Windows-1251: reestr_cp1251.csv
# --------------------------------------------------------------------------------------
WORK_AREA_CSV = {"industry": "Передовая промышленность", "science_education": "Наука и образование",
                 "innovation_business": "Технологические инновации, новые бизнесы",
                 "smart_city": "Умный и удобный город", "business_environment": "Деловая среда"}


def csv_num(x):
    return ("%.1f" % x).replace(".", ",")


def make_csv():
    fname = "reestr_cp1251.csv"
    pool = Pool(1505, 1801)
    heads = [("№", None), ("Рег. номер", "code"), ("Название проекта", "name"),
             ("Кластер (при наличии)", "cluster"), ("Приоритетное направление", "work_area"),
             ("Муниципальное образование", "location"), ("Текущий статус", "status"),
             ("Начало реализации", "start_date"), ("Завершение реализации", "end_date"),
             ("Общая стоимость, млн.руб", "total_cost_mln"), ("из них ФБ, млн.руб", "federal_budget_mln"),
             ("из них ОБ, млн.руб", "regional_budget_mln"), ("из них ВИ, млн.руб", "extra_budgetary_mln"),
             ("ВИ подтверждённые, млн.руб", "extra_budgetary_confirmed_mln"),
             ("Доля ОБ в стоимости, %", None),
             ("Количество рабочих мест, создаваемых в рамках проекта", "jobs_planned"),
             ("Созданные рабочие места", "jobs_created"), ("Инициатор", "lead_organization"),
             ("Проблемы реализации", "problems")]
    lines = [[h for h, _ in heads]]
    records, rejected = [], []
    for i in range(20):
        p = pool.project()
        q = copy.deepcopy(p)
        line_no = len(lines) + 1
        if q["cluster"]:
            cl = ["Нефтехимический кластер", "Кластер ядерных технологий", "Лесопромышленный кластер",
                  "Фармацевтический кластер", "Кластер медтехники и ИТ", "Кластер дикоросов",
                  "Кластер ТрИЗ"][CLUSTERS.index(q["cluster"])] if i % 2 else CLUSTER_RU[q["cluster"]][i % 3]
        else:
            cl = ["", "—"][i % 2]
        sd, ed = iso(q["start_date"]), iso(q["end_date"])
        if i % 4 == 1:
            qq = (ed.month - 1) // 3 + 1
            end_s = "%s кв. %d" % (ROMAN[qq], ed.year)
            q["end_date"] = q_end(ed.year, qq).isoformat()
        elif i % 4 == 3:
            end_s = "%d г." % ed.year
            q["end_date"] = dt.date(ed.year, 12, 31).isoformat()
        else:
            end_s = ed.strftime("%d.%m.%Y")
        start_s = sd.strftime("%d.%m.%Y") + (" г." if i % 3 == 0 else "")
        jp = str(q["jobs_planned"])
        if i == 7:
            jp = "250-300"
        tot = csv_num(q["total_cost_mln"])
        if i == 15:
            tot = "-" + tot
        fed = csv_num(q["federal_budget_mln"])
        conf = "" if i in (3, 12) else csv_num(q["extra_budgetary_confirmed_mln"])
        if i in (3, 12):
            q["extra_budgetary_confirmed_mln"] = None
        share = "%.1f" % (100.0 * q["regional_budget_mln"] / q["total_cost_mln"])
        row = [str(i + 1), q["code"], q["name"], cl, WORK_AREA_CSV[q["work_area"]],
               LOCATION_RU[q["location"]][i % len(LOCATION_RU[q["location"]])],
               STATUS_RU[q["status"]][(i + 3) % 4], start_s, end_s, tot, fed,
               csv_num(q["regional_budget_mln"]), csv_num(q["extra_budgetary_mln"]), conf,
               share.replace(".", ","), jp, str(q["jobs_created"]), q["lead_organization"],
               q["problems"] or ""]
        lines.append(row)
        if i == 7:
            rejected.append({"sheet": None, "row": line_no, "reason": "not a number: '250-300'",
                             "column": "P", "code": q["code"]})
        elif i == 15:
            rejected.append({"sheet": None, "row": line_no, "reason": "negative amount",
                             "column": "J", "code": q["code"]})
        else:
            records.append(q)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quotechar='"', lineterminator="\r\n",
                   quoting=csv.QUOTE_MINIMAL)
    w.writerows(lines)
    with open(os.path.join(HERE, fname), "wb") as fh:
        fh.write(buf.getvalue().encode("cp1251"))
    notes = ("Text file, Windows-1251, no BOM, CRLF, ';' separator, fields with ';' or '\"' quoted "
             "(inner quotes doubled). Line 1 is the header, one project per line after it. Numbers "
             "use a decimal comma; dates are 'dd.mm.yyyy' or 'dd.mm.yyyy г.'; end dates also as "
             "'II кв. 2027' (quarter's last day) and '2028 г.' (31 December). Clusters are full "
             "names, the sheet-style short names ('Кластер ТрИЗ', 'Кластер медтехники и ИТ') or "
             "bare adjectives ('лесопромышленный', 'Нефтехимия', 'ядерных технологий'); empty or "
             "'—' = no cluster. Jobs captions are a participle phrase ('Количество рабочих мест, "
             "создаваемых в рамках проекта' = planned) and 'Созданные рабочие места' (= created). "
             "Not imported: № and 'Доля ОБ в стоимости, %%'. Two empty 'ВИ подтверждённые' cells "
             "are null. Rejected: line %d ('250-300' in the jobs column) and line %d (negative "
             "total cost). 'row' numbers are line numbers." % (rejected[0]["row"], rejected[1]["row"]))
    expected(fname, list(ALL_FIELDS), records, rejected, [[h, f] for h, f in heads], notes,
             encoding="cp1251", delimiter=";", header_line=1)


# --------------------------------------------------------------------------------------
# 6. valid rows with bad rows mixed in: oshibki_stroki.xlsx
# --------------------------------------------------------------------------------------
def make_bad_rows():
    fname = "oshibki_stroki.xlsx"
    pool = Pool(1506, 1901)
    wb = new_wb()
    ws = wb.active
    ws.title = "Реестр"
    heads = [("Идентификатор проекта", "code"), ("Наименование", "name"),
             ("Кластерная принадлежность", "cluster"), ("Место реализации", "location"),
             ("Ход реализации", "status"), ("Старт", "start_date"), ("Финиш (план)", "end_date"),
             ("Бюджет проекта, млн ₽", "total_cost_mln"), ("Фед. средства, млн ₽", "federal_budget_mln"),
             ("Обл. средства, млн ₽", "regional_budget_mln"),
             ("Частные инвестиции, млн ₽", "extra_budgetary_mln"),
             ("Раб. места (план), чел.", "jobs_planned"), ("Риски и проблемы", "problems"),
             ("Исполнитель от ОИВ (ФИО)", None)]
    for c, (h, f) in enumerate(heads, 1):
        ws.cell(1, c, h).font = Font(bold=True)
    records, rejected = [], []
    r = 2
    dup_code = None
    long_name = ("Комплексный инвестиционный проект создания производства " +
                 "и инфраструктуры с объектами инженерного обеспечения, " * 11).strip()
    assert len(long_name) > 500
    people = ["Орлов К.Д.", "Белова Н.А.", "Захаров П.Р."]
    for i in range(18):
        if i == 6:  # a row of blank, formatted cells, one holding spaces
            for c in range(1, len(heads) + 1):
                ws.cell(r, c).number_format = "0.0"
            ws.cell(r, 2, "   ")
            blank_row = r
            r += 1
        p = pool.project()
        q = copy.deepcopy(p)
        if i == 2:
            dup_code = q["code"]
        if i == 12:
            q["code"] = dup_code  # same code, different data
        if i == 9:
            q["name"] = long_name
        if i == 4:
            q["problems"] = '=HYPERLINK("https://ino.tomsk.ru/p/1905";"карточка проекта")'
        vals = [q["code"], q["name"],
                (CLUSTER_RU[q["cluster"]][(i + 1) % 3] if q["cluster"] else NO_CLUSTER_RU[i % 4] or None),
                LOCATION_RU[q["location"]][0], STATUS_RU[q["status"]][(i + 2) % 4]]
        for c, v in enumerate(vals, 1):
            ws.cell(r, c, v)
        put_date(ws, "F%d" % r, iso(q["start_date"]))
        put_date(ws, "G%d" % r, iso(q["end_date"]))
        for c, f in ((8, "total_cost_mln"), (9, "federal_budget_mln"), (10, "regional_budget_mln"),
                     (11, "extra_budgetary_mln")):
            ws.cell(r, c, q[f] if (i + c) % 3 else ru_money_text(q[f]))
        ws.cell(r, 12, q["jobs_planned"])
        cell = ws.cell(r, 13)
        cell.value = q["problems"]
        if i == 4:
            cell.data_type = "s"
        ws.cell(r, 14, people[i % 3])
        if i in (2, 12):
            rejected.append({"sheet": ws.title, "row": r, "column": "A",
                             "reason": "duplicate code %s (rows %%s differ)" % dup_code, "code": dup_code})
        elif i == 9:
            rejected.append({"sheet": ws.title, "row": r, "column": "B",
                             "reason": "name too long (%d characters, limit 500)" % len(long_name),
                             "code": q["code"]})
        else:
            records.append(q)
        if i == 4:
            hyper_row = r
        r += 1
    dup_rows = [x["row"] for x in rejected if x["column"] == "A"]
    for x in rejected:
        if x["column"] == "A":
            x["reason"] = x["reason"] % " and ".join(map(str, dup_rows))
    path = os.path.join(HERE, fname)
    wb.save(path)
    fix_zip_times(path)
    notes = ("Header row 1, data rows 2-%d. Money in 'млн ₽' (RUB million) in every money header; "
             "some amounts are text '1 234,5'. Row %d is a row of blank formatted cells (the name "
             "cell holds only spaces): skipped silently, not rejected. Rows %d and %d carry the "
             "same code with different data: both rejected. Row %d has a name of %d characters "
             "(over the 500 limit): rejected. Row %d is valid; its problems text starts with "
             "'=HYPERLINK(' but is a plain string and must be imported as that text. Statuses are "
             "phrases ('к реализации не приступали', 'находится в стадии реализации', "
             "'реализация завершена', 'работы приостановлены до 01.03.2026' ...), clusters "
             "adjectives/short names. Not imported: 'Исполнитель от ОИВ (ФИО)' (a person)."
             % (r - 1, blank_row, dup_rows[0], dup_rows[1],
                next(x["row"] for x in rejected if x["column"] == "B"), len(long_name), hyper_row))
    expected(fname, ["code", "name", "cluster", "location", "status", "start_date", "end_date",
                     "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
                     "extra_budgetary_mln", "jobs_planned", "problems"],
             records, sorted(rejected, key=lambda x: x["row"]), [[h, f] for h, f in heads], notes,
             header_row=1, skipped_rows={str(blank_row): "blank row"}, name_length_limit=500)


# --------------------------------------------------------------------------------------
# 7. formulas with cached values: raschet_formuly.xlsx
# --------------------------------------------------------------------------------------
def make_formulas():
    fname = "raschet_formuly.xlsx"
    pool = Pool(1507, 2001)
    wb = new_wb()
    ws = wb.active
    ws.title = "Расчёт"
    ws["A1"] = "Расчёт полной стоимости проектов, млрд ₽"
    heads = [("Шифр", "code"), ("Наименование", "name"), ("Федеральные средства", "federal_budget_mln"),
             ("Областные средства", "regional_budget_mln"), ("Внебюджет", "extra_budgetary_mln"),
             ("Итого стоимость", "total_cost_mln"), ("Доля внебюджета, %", None),
             ("Рабочие места — всего по проекту", "jobs_planned")]
    for c, (h, f) in enumerate(heads, 1):
        ws.cell(2, c, h).font = Font(bold=True)
    cached = {}  # cell -> cached value (None = leave without a cached value)
    records, rejected = [], []
    r = 3
    n = 16
    for i in range(n):
        p = pool.project()
        q = copy.deepcopy(p)
        ws.cell(r, 1, q["code"])
        ws.cell(r, 2, q["name"])
        fb = round(q["federal_budget_mln"] / 1000, 4)
        rb = round(q["regional_budget_mln"] / 1000, 4)
        eb = round(q["extra_budgetary_mln"] / 1000, 4)
        ws.cell(r, 3, fb)
        ws.cell(r, 4, rb)
        ws.cell(r, 5, eb)
        ws.cell(r, 6, "=C%d+D%d+E%d" % (r, r, r) if i % 2 else "=SUM(C%d:E%d)" % (r, r))
        cached["F%d" % r] = None if i == 10 else round(fb + rb + eb, 4)
        q["total_cost_mln"] = r1((fb + rb + eb) * 1000)
        ws.cell(r, 7, "=IF(F%d=0,0,E%d/F%d*100)" % (r, r, r))
        cached["G%d" % r] = round(eb / (fb + rb + eb) * 100, 6) if i != 10 else 0
        if i % 4 == 1:
            a = q["jobs_planned"] - 15 if q["jobs_planned"] > 15 else 5
            ws.cell(r, 8, "=%d+%d" % (a, q["jobs_planned"] - a))
            cached["H%d" % r] = q["jobs_planned"]
        else:
            ws.cell(r, 8, q["jobs_planned"])
        if i == 10:
            rejected.append({"sheet": ws.title, "row": r, "reason": "formula without a cached value",
                             "column": "F", "code": q["code"]})
        else:
            records.append(q)
        r += 1
    tot = r
    ws.cell(tot, 2, "Всего")
    for c in range(3, 9):
        L = get_column_letter(c)
        if c == 7:
            continue
        ws.cell(tot, c, "=SUM(%s3:%s%d)" % (L, L, tot - 1))
    path = os.path.join(HERE, fname)
    wb.save(path)
    # write the cached values into the sheet XML
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    # totals' cached values
    sums = {}
    for c in range(3, 9):
        L = get_column_letter(c)
        if c == 7:
            continue
        s = 0
        for rr in range(3, tot):
            v = ws["%s%d" % (L, rr)].value
            if isinstance(v, str):
                v = cached.get("%s%d" % (L, rr)) or 0
            s += v
        sums["%s%d" % (L, tot)] = round(s, 4)
    cached.update(sums)
    out = []
    for name, data in items:
        if name == "xl/worksheets/sheet1.xml":
            text = data.decode("utf-8")

            text = re.sub(r'<c r="([A-Z]+\d+)"((?: [a-z]+="[^"]*")*)><f>([^<]*)</f><v\s*/?>(?:</v>)?</c>',
                          lambda m: fix_m(m, cached), text)
            data = text.encode("utf-8")
        out.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            z.writestr(name, data)
    fix_zip_times(path)
    nform = sum(1 for k in cached if k != "F%d" % rejected[0]["row"])
    notes = ("Title row 1 gives the unit: 'млрд ₽' (RUB billion, converted here to RUB million); "
             "header row 2; data rows 3-%d; row %d is the totals row ('Всего', SUM formulas with "
             "cached results; not a project). 'Итого стоимость' is a formula (=SUM(C:E) or "
             "=C+D+E) with a cached result, and some job counts are formulas such as '=120+15'. "
             "The total formula in row %d has no cached value: that row is rejected (formula "
             "without a cached value), never read as 0. 'Доля внебюджета, %%' is a formula "
             "percentage and is not imported." % (tot - 1, tot, rejected[0]["row"]))
    expected(fname, ["code", "name", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
                     "extra_budgetary_mln", "jobs_planned"], records, rejected,
             [[h, f] for h, f in heads], notes, header_row=2, totals_row=tot,
             formula_cells_with_cache=nform)


def fix_m(m, cached):
    ref, attrs, body = m.group(1), m.group(2), m.group(3)
    v = cached.get(ref, "MISSING")
    assert v != "MISSING", ref
    attrs = re.sub(r' t="[^"]*"', "", attrs)
    if v is None:
        return '<c r="%s"%s><f>%s</f></c>' % (ref, attrs, body)
    return '<c r="%s"%s><f>%s</f><v>%s</v></c>' % (ref, attrs, body, v)



# --------------------------------------------------------------------------------------
# LibreOffice re-saves and a read-back check
# --------------------------------------------------------------------------------------
RESAVES = [("svod_ministerstvo.xlsx", "xls"), ("klastery_listy.xlsx", "ods"),
           ("oshibki_stroki.xlsx", "xlsx")]


def resave():
    if not shutil.which("soffice"):
        print("soffice not found: resaved/ skipped")
        return
    os.makedirs(RESAVED, exist_ok=True)
    for src, ext in RESAVES:
        with tempfile.TemporaryDirectory() as tmp:
            prof = "file://" + os.path.join(tmp, "profile")
            subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless",
                            "--convert-to", ext, "--outdir", tmp, os.path.join(HERE, src)],
                           check=True, capture_output=True, timeout=180)
            out = os.path.join(tmp, re.sub(r"\.[^.]+$", "", src) + "." + ext)
            shutil.copy(out, os.path.join(RESAVED, os.path.basename(out)))
        exp = json.load(open(os.path.join(HERE, re.sub(r"\.[^.]+$", "", src) + ".expected.json"),
                             encoding="utf-8"))
        exp["file"] = "resaved/" + os.path.basename(out)
        exp["notes"] = ("Re-saved by LibreOffice (soffice --convert-to %s) from %s; same records "
                        "and rejected rows as the original. " % (ext, src)) + exp["notes"]
        with open(os.path.join(RESAVED, re.sub(r"\.[^.]+$", "", src) + ".expected.json"), "w",
                  encoding="utf-8") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
            fh.write("\n")


if __name__ == "__main__":
    base_projs, base_records, _ = make_ministry()
    make_cluster_sheets()
    make_update(base_records)
    make_english()
    make_csv()
    make_bad_rows()
    make_formulas()
    if "--no-resave" not in sys.argv:
        resave()
