#!/usr/bin/env python3
"""Generator of the agency12 evaluation set (independent agency workbooks).

Deterministic: run with  /work/main/.venv/bin/python make_agency12.py
It writes every workbook and its NAME.expected.json beside this script, then
reads every workbook back with openpyxl / csv and checks that the expected
records are what the cells say (a self-check of this generator, not of the
importer).  LibreOffice re-saves are made by  make_agency12.py --resave.

Senders imitated (all invented):
  frp_svod.xlsx           regional industrial development fund, ministry-style summary,
                          3-level merged header, тыс. руб., section rows, totals, footnotes
  ria_crm_update.xlsx     regional investment agency, CRM export = quarterly update of frp_svod
  park_clusters.xlsx      industrial park management company, one sheet per cluster, млрд руб.
  ras_institute_en.xlsx   Academy of Sciences institute, English list, RUB m
  minfin_sources.csv      oblast ministry of finance, cp1251 CSV, money by source, тыс. руб.
  district_rejects.xlsx   district administration, bad rows mixed in
  msp_formulas.xlsx       SME corporation style table with formulas (cached values), тыс. руб. in title
"""
import calendar
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
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
NBSP = "\u00a0"

FIELDS_ALL = ["code", "name", "cluster", "work_area", "location", "status", "start_date",
              "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
              "extra_budgetary_mln", "extra_budgetary_confirmed_mln", "jobs_planned",
              "jobs_created", "lead_organization", "problems"]

# --------------------------------------------------------------------------- data pools
CLUSTERS = ["petrochemical", "nuclear", "timber", "pharma", "medtech_it", "wildlife",
            "hard_to_recover"]

PRODUCTS = {
    "petrochemical": ["полиэтиленовых труб большого диаметра", "базовых моторных масел",
                      "композитной стеклопластиковой арматуры", "полимерных гранул из вторичного сырья",
                      "термоусадочной плёнки", "пропиленгликоля", "смазочно-охлаждающих жидкостей",
                      "битумных вяжущих с полимерными добавками", "геосинтетических материалов",
                      "пенополиуретановых изделий"],
    "nuclear": ["изотопной продукции для ядерной медицины", "изделий из циркониевых сплавов",
                "установок радиационной стерилизации", "фторидных солей высокой чистоты",
                "детекторов ионизирующего излучения", "радиационно-стойкой электроники",
                "стабильных изотопов кремния", "источников гамма-излучения",
                "оборудования для дезактивации"],
    "timber": ["клеёного бруса", "топливных пеллет", "влагостойкой фанеры", "мебельного щита",
               "деревянных домокомплектов", "LVL-бруса", "биотоплива из отходов лесопиления",
               "древесно-полимерного композита", "погонажных изделий из кедра",
               "ориентированно-стружечных плит"],
    "pharma": ["инфузионных растворов", "противоопухолевых генериков", "ветеринарных вакцин",
               "фитопрепаратов из сибирского сырья", "субстанций антибиотиков",
               "пептидных лекарственных средств", "препаратов на основе пихтового масла",
               "радиофармпрепаратов для ПЭТ-диагностики", "стерильных глазных капель"],
    "medtech_it": ["имплантатов из пористого никелида титана", "портативных кардиографов",
                   "реабилитационных тренажёров", "цифровых рентгенодиагностических комплексов",
                   "биорезорбируемых хирургических нитей", "лазерных офтальмологических систем",
                   "аппаратов магнитотерапии", "носимых глюкометров"],
    "wildlife": ["кедрового масла холодного отжима", "ягодных концентратов",
                 "продуктов из чаги", "сублимированных ягод", "кедровой муки",
                 "грибных консервов", "брусничного экстракта", "иван-чая ферментированного",
                 "пищевых добавок из пихтовой хвои"],
    "hard_to_recover": ["оборудования для гидроразрыва пласта", "реагентов для повышения нефтеотдачи",
                        "керамического проппанта", "скважинных телеметрических датчиков",
                        "буровых растворов на углеводородной основе",
                        "насосно-компрессорных труб с защитным покрытием",
                        "внутрискважинного оборудования для горизонтальных скважин"],
}
VERBS = ["Производство", "Организация производства", "Строительство завода по выпуску",
         "Расширение производства", "Выпуск", "Модернизация производства",
         "Создание производства", "Локализация производства"]
SPECIAL_NAMES = {
    "medtech_it": ["Разработка платформы анализа медицинских изображений",
                   "Создание системы телемедицинских консультаций для районных больниц",
                   "Разработка медицинской информационной системы для поликлиник"],
    "hard_to_recover": ["Опытно-промышленная разработка баженовской свиты",
                        "Создание цифрового керн-центра",
                        "Освоение палеозойских залежей на юге области"],
}
NOCLUSTER_NAMES = [
    ("Строительство студенческого кампуса мирового уровня", "science_education"),
    ("Создание центра коллективного пользования «Нанотех»", "science_education"),
    ("Сеть городских коворкингов для технологических стартапов", "innovation_business"),
    ("Умные остановки общественного транспорта", "smart_city"),
    ("Цифровая платформа муниципальных услуг", "business_environment"),
    ("Реконструкция набережной реки Томи", "smart_city"),
    ("Инжиниринговый центр аддитивных технологий", "innovation_business"),
    ("Школа инженерного резерва «Кванториум-2»", "science_education"),
    ("Единое окно сопровождения инвесторов", "business_environment"),
    ("Интеллектуальная система управления уличным освещением", "smart_city"),
    ("Бизнес-инкубатор для студенческих команд", "innovation_business"),
    ("Научно-образовательный центр «Сибирская биоэкономика»", "science_education"),
    ("Система видеофиксации нарушений ПДД на въездах в город", "smart_city"),
    ("Региональный центр компетенций в сфере производительности труда", "business_environment"),
    ("Технопарк высоких технологий «Академгородок»", "innovation_business"),
    ("Строительство межвузовского общежития на 1000 мест", "science_education"),
    ("Модернизация городской системы теплоснабжения с цифровым учётом", "smart_city"),
    ("Центр поддержки экспорта малого бизнеса", "business_environment"),
]
CLUSTER_WORK_AREAS = {
    "petrochemical": ["industry"], "nuclear": ["industry", "science_education"],
    "timber": ["industry"], "pharma": ["industry", "innovation_business"],
    "medtech_it": ["innovation_business", "industry"], "wildlife": ["industry", "innovation_business"],
    "hard_to_recover": ["industry", "science_education"],
}
CLUSTER_LOCATIONS = {
    "petrochemical": ["Томск", "Томский район"], "nuclear": ["Северск", "Томск"],
    "timber": ["Асино", "Колпашево", "Томский район"], "pharma": ["Томск", "Томский район"],
    "medtech_it": ["Томск"], "wildlife": ["Колпашево", "Асино", "Томский район"],
    "hard_to_recover": ["Стрежевой", "Томск"],
}
ORGS = {
    "petrochemical": ["ООО «Сибполимер»", "АО «Томские трубы»", "ООО «Нефтехим-Сервис»", "ООО «ПолиКомпозит»"],
    "nuclear": ["АО «Сибирский химический комбинат»", "ООО «Изотоп-Сибирь»", "АО «СХК-Инжиниринг»"],
    "timber": ["ООО «Асиновский ЛПК»", "ООО «Кедр-Лес»", "АО «Томлесдрев»", "ООО «Чулымлес»"],
    "pharma": ["АО «Томскфарм»", "ООО «Сибирские лекарства»", "ООО «ФитоМед»"],
    "medtech_it": ["ООО «МИЦ Сибирь»", "ООО «ТомскМедТех»", "АО «Элекард-Мед»"],
    "wildlife": ["ООО «Дары Сибири»", "ООО «Таёжный продукт»", "СПК «Кедровый»"],
    "hard_to_recover": ["ООО «Стрежевской научный центр»", "АО «Томскнефтеразведка»", "ООО «ТрИЗ-Технологии»"],
    None: ["Томский государственный университет", "Томский политехнический университет",
           "ТУСУР", "Администрация Города Томска", "АНО «Центр развития бизнеса»",
           "ОГАУ «Технопарк»"],
}
PROBLEMS = [
    "Не завершено оформление земельного участка",
    "Задержка поставки импортного оборудования; ищут аналог",
    "Требуется подключение к сетям газоснабжения, ТУ не выданы",
    "Инвестор ожидает решения по льготному займу",
    "Отсутствует положительное заключение госэкспертизы",
    "Рост стоимости строительных материалов на 30 %",
    "Нет подъездной дороги к площадке",
    "Дефицит квалифицированных кадров",
]
PERSONS = ["Иванова Е.В.", "Петров С.А.", "Сидоренко А.Н.", "Кузнецова О.И.", "Морозов Д.Г.",
           "Белова Т.П.", "Андреев К.Ю."]
LOC_SUFFIX = {"Асино": " в Асино", "Северск": " в Северске", "Колпашево": " в Колпашеве",
              "Стрежевой": " в Стрежевом", "Томский район": " в Томском районе", "Томск": " в Томске"}

STATUS_KEYS = ["planned", "in_progress", "completed", "suspended"]


class Pool:
    """Hands out unique project descriptions."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.used = set()

    def project(self, cluster, loc=None):
        rng = self.rng
        fixed = loc
        for _ in range(1000):
            if cluster is None:
                name, wa = rng.choice(NOCLUSTER_NAMES)
                loc = fixed or rng.choice(["Томск", "Томск", "Северск", "Томский район", "Колпашево", "Стрежевой", "Асино"])
                if name in self.used:
                    name = name + LOC_SUFFIX[loc]
                org = rng.choice(ORGS[None])
            else:
                loc = fixed or rng.choice(CLUSTER_LOCATIONS[cluster])
                if cluster in SPECIAL_NAMES and rng.random() < 0.3:
                    name = rng.choice(SPECIAL_NAMES[cluster])
                else:
                    name = rng.choice(VERBS) + " " + rng.choice(PRODUCTS[cluster])
                if rng.random() < 0.35:
                    name += LOC_SUFFIX[loc]
                wa = rng.choice(CLUSTER_WORK_AREAS[cluster])
                org = rng.choice(ORGS[cluster])
            if name in self.used:
                continue
            self.used.add(name)
            return {"name": name, "cluster": cluster, "work_area": wa, "location": loc,
                    "lead_organization": org}
        raise RuntimeError("name pool exhausted")


def money_split(rng, lo=20, hi=40000, fed_p=0.5, reg_p=0.6):
    """Return total, fed, reg, extra in tenths of a million (ints); total = sum."""
    total = int(rng.uniform(lo, hi) * 10)
    fed = int(total * rng.uniform(0.05, 0.45)) if rng.random() < fed_p else 0
    reg = int(total * rng.uniform(0.02, 0.15)) if rng.random() < reg_p else 0
    extra = total - fed - reg
    return total, fed, reg, extra


def mln(t):
    return None if t is None else round(t / 10, 1)


# --------------------------------------------------------------------------- value rendering
def ru_num(x, decimals=1, sep=NBSP):
    s = f"{x:,.{decimals}f}"
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", sep)


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
MONTHS_RU_ABBR = {1: "янв.", 2: "февр.", 3: "мар.", 4: "апр.", 5: "мая", 6: "июн.", 7: "июл.",
                  8: "авг.", 9: "сент.", 10: "окт.", 11: "нояб.", 12: "дек."}
MONTHS_EN = {1: "Jan", 2: "Feb", 3: "Mar", 4: "Apr", 5: "May", 6: "Jun", 7: "Jul", 8: "Aug",
             9: "Sep", 10: "Oct", 11: "Nov", 12: "Dec"}


def last_day(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


class D:
    """A date cell: value written to the sheet, number format, expected ISO date."""

    def __init__(self, value, iso, fmt=None, kind=""):
        self.value, self.iso, self.fmt, self.kind = value, iso, fmt, kind


def d_real(d):
    return D(dt.datetime(d.year, d.month, d.day), d.isoformat(), "DD.MM.YYYY", "date")


def d_text(d):
    return D(d.strftime("%d.%m.%Y"), d.isoformat(), None, "dd.mm.yyyy text")


def d_quarter(q, y, style="ru"):
    iso = last_day(y, q * 3).isoformat()
    txt = {"ru": f"{ROMAN[q]} кв. {y}", "ru_tight": f"{ROMAN[q]} кв.{y}",
           "ru_g": f"{ROMAN[q]} квартал {y} г.", "en": f"Q{q} {y}"}[style]
    return D(txt, iso, None, "quarter")


def d_year_text(y, style="g"):
    txt = {"g": f"{y} г.", "bare": f"{y}", "tight": f"{y}г."}[style]
    return D(txt, f"{y}-12-31", None, "year text")


def d_year_num(y):
    return D(y, f"{y}-12-31", "General", "year number")


def d_month(m, y, style="ru"):
    txt = {"ru": f"{MONTHS_RU_ABBR[m]}{y}", "ru_sp": f"{MONTHS_RU_ABBR[m]} {y}",
           "en": f"{MONTHS_EN[m]} {y}"}[style]
    return D(txt, last_day(y, m).isoformat(), None, "month")


def rand_date(rng, y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


# --------------------------------------------------------------------------- workbook helpers
def put(ws, row, col, value, fmt=None, as_text=False):
    c = ws.cell(row=row, column=col)
    c.value = value
    if as_text and isinstance(value, str):
        c.data_type = "s"          # a string that starts with '=' stays a string
    if fmt:
        c.number_format = fmt
    elif isinstance(value, dt.datetime):
        c.number_format = "DD.MM.YYYY"
    return c


def write_expected(name, data):
    path = os.path.join(HERE, name + ".expected.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")


def rec_of(full, fields):
    return {k: full.get(k) for k in fields}


def pick_status(rng, weights=(2, 5, 3, 1)):
    return rng.choices(STATUS_KEYS, weights=weights)[0]


def dates_for_status(rng, status):
    """Start and end dates (date objects) coherent with the status (report date ~ 10.2025)."""
    if status == "completed":
        s = rand_date(rng, 2016, 2021)
        e = s + dt.timedelta(days=rng.randint(400, 1500))
        e = min(e, dt.date(2025, 6, 30))
    elif status == "planned":
        s = rand_date(rng, 2026, 2027)
        e = s + dt.timedelta(days=rng.randint(500, 1600))
    else:
        s = rand_date(rng, 2019, 2024)
        e = rand_date(rng, 2026, 2029)
    return s, e


def jobs_for(rng, status):
    plan = rng.choice(range(10, 800, 5))
    if status == "completed":
        created = plan if rng.random() < 0.6 else int(plan * rng.uniform(0.7, 1.0))
    elif status == "planned":
        created = 0
    else:
        created = int(plan * rng.uniform(0.0, 0.7))
    return plan, created


# ===================================================================================
# 1. frp_svod.xlsx — regional industrial development fund, ministry-style summary
# ===================================================================================
FRP_STATUS_SPELL = {
    "planned": ["планируется", "Планируется ", "планируемый", "ПЛАНИРУЕТСЯ"],
    "in_progress": ["реализуется", "Реализуется ", "в стадии реализации", "РЕАЛИЗУЕТСЯ", "Реализуемый"],
    "completed": ["завершен", "Завершён", "завершено", "реализован", "ЗАВЕРШЕН "],
    "suspended": ["приостановлен", "Приостановлен", "приостановлено"],
}
FRP_CLUSTER_SPELL = {
    "petrochemical": ["Нефтехимический кластер", "нефтехимический", "Нефтехимия"],
    "nuclear": ["Кластер ядерных технологий", "кластер ядерных технологий ", "Ядерные технологии"],
    "timber": ["Лесопромышленный кластер", "ЛЕСОПРОМЫШЛЕННЫЙ КЛАСТЕР", "лесопромышленный"],
    "pharma": ["Фармацевтический кластер", "фармацевтический кластер", "Фармацевтический"],
    "medtech_it": ["Кластер медицинской техники и информационных технологий", "Кластер медтехники и ИТ"],
    "wildlife": ["Кластер дикоросов", "кластер дикоросов", "Дикоросы"],
    "hard_to_recover": ["Кластер трудноизвлекаемых запасов", "кластер ТрИЗ", "Кластер ТРИЗ"],
    None: [None, "—", "-", None],
}
FRP_LOC_SPELL = {"Томск": ["г. Томск", "Томск", "Город Томск"], "Северск": ["ЗАТО Северск", "г. Северск"],
                 "Асино": ["г. Асино", "Асино"], "Стрежевой": ["г. Стрежевой", "Стрежевой"],
                 "Колпашево": ["г. Колпашево", "Колпашево"],
                 "Томский район": ["Томский район", "Томский район "]}
APPLICATION_STATUS = ["одобрен экспертным советом", "на экспертизе", "заём выдан", "заявка отозвана",
                      "не подавалась", "на доработке у заявителя"]

FRP_COLS = [  # (column header as written, canonical field or None)
    ("№ п/п", None),
    ("Код проекта в реестре ИНО", "code"),
    ("Наименование\nпроекта", "name"),
    ("Заявитель (инициатор проекта)", "lead_organization"),
    ("Куратор от Фонда", None),
    ("Кластер", "cluster"),
    ("Муниципальное образование", "location"),
    ("Статус проекта*", "status"),
    ("Статус заявки в Фонде", None),
    ("Срок реализации / начало", "start_date"),
    ("Срок реализации / окончание²", "end_date"),
    ("Стоимость проекта¹, тыс. руб. / всего", "total_cost_mln"),
    ("Стоимость проекта¹, тыс. руб. / в том числе: / федеральный бюджет", "federal_budget_mln"),
    ("Стоимость проекта¹, тыс. руб. / в том числе: / областной бюджет", "regional_budget_mln"),
    ("Стоимость проекта¹, тыс. руб. / в том числе: / внебюджетные средства", "extra_budgetary_mln"),
    ("Стоимость проекта¹, тыс. руб. / освоено на отчетную дату", None),
    ("Стоимость проекта¹, тыс. руб. / из них план на 2026 г.", None),
    ("Доля внебюджетных средств, %", None),
    ("Создание рабочих мест, чел. / план", "jobs_planned"),
    ("Создание рабочих мест, чел. / факт", "jobs_created"),
    ("Проблемные вопросы,\nриски", "problems"),
    ("Примечание", None),
]
FRP_FIELDS = ["code", "name", "cluster", "location", "status", "start_date", "end_date",
              "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
              "jobs_planned", "jobs_created", "lead_organization", "problems"]


def build_frp():
    rng = random.Random(1201)
    pool = Pool(12011)
    # plan of the 22 data rows: (section, status)
    sect1 = ["in_progress"] * 9 + ["completed"] * 3 + ["suspended"] * 2
    sect2 = ["planned"] * 8
    rng.shuffle(sect1)
    rows = []
    code_no = 1201
    clusters_cycle = CLUSTERS + [None] + CLUSTERS + [None, None] + CLUSTERS
    for i, st in enumerate(sect1 + sect2):
        p = pool.project(clusters_cycle[i])
        p["code"] = f"INO-{code_no}"
        code_no += 1
        p["status"] = st
        rows.append(p)
    # money and dates
    for i, p in enumerate(rows):
        total, fed, reg, extra = money_split(rng, 30, 9000)
        p["_t"] = (total, fed, reg, extra)
        s, e = dates_for_status(rng, p["status"])
        # start representation
        k = i % 5
        if k in (0, 2):
            p["_start"] = d_real(s)
        elif k in (1, 3):
            p["_start"] = d_text(s)
        else:
            p["_start"] = d_year_text(s.year, "g")
        # end representation: periods are the point of this file
        k = i % 6
        if k == 0:
            p["_end"] = d_quarter((e.month - 1) // 3 + 1, e.year, "ru")
        elif k == 1:
            p["_end"] = d_month(e.month, e.year, "ru")
        elif k == 2:
            p["_end"] = d_year_text(e.year, "g")
        elif k == 3:
            p["_end"] = d_real(e)
        elif k == 4:
            p["_end"] = d_text(e)
        else:
            p["_end"] = d_quarter((e.month - 1) // 3 + 1, e.year, "ru_tight")
        # year texts as start: the end must stay after 31 Dec of that year
        if p["_start"].iso > p["_end"].iso:
            p["_end"] = d_year_text(int(p["_start"].iso[:4]) + 1, "g")
        plan, created = jobs_for(rng, p["status"])
        p["jobs_planned"], p["jobs_created"] = plan, created
        p["problems"] = rng.choice(PROBLEMS) if rng.random() < 0.4 else None
    # special rows ------------------------------------------------------------
    reject = {}
    # (a) end date before start (section 1, row index 4)
    rows[4]["_start"] = d_text(dt.date(2024, 3, 15))
    rows[4]["_end"] = d_quarter(2, 2023, "ru")
    reject[4] = ("end date before start date", "K")
    # (b) negative amount written as text '-15 000,0' in regional budget (section 2, index 17)
    reject[17] = ("negative amount", "N")
    # extra-budgetary unknown ('—') on two rows
    dash_extra = {6, 19}
    # jobs created '—' for planned projects in section 2 (some)
    # ---------------------------------------------------------------------------
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Свод_ИНО"
    ncol = len(FRP_COLS)
    last = get_column_letter(ncol)
    put(ws, 1, 1, "Фонд развития промышленности Томской области")
    put(ws, 2, 1, "Сводная информация о ходе реализации проектов, заявленных в программу ИНО «Томск»")
    put(ws, 3, 1, "по состоянию на 01.10.2025")
    for r in (1, 2, 3):
        ws.merge_cells(f"A{r}:{last}{r}")
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
        ws.cell(r, 1).font = Font(bold=(r < 3))
    # header rows 5-7
    top = {1: "№ п/п", 2: "Код проекта в реестре ИНО", 3: "Наименование\nпроекта",
           4: "Заявитель (инициатор проекта)", 5: "Куратор от Фонда", 6: "Кластер",
           7: "Муниципальное образование", 8: "Статус проекта*", 9: "Статус заявки в Фонде",
           18: "Доля внебюджетных средств, %", 21: "Проблемные вопросы,\nриски", 22: "Примечание"}
    for c, v in top.items():
        put(ws, 5, c, v)
        ws.merge_cells(start_row=5, start_column=c, end_row=7, end_column=c)
    put(ws, 5, 10, "Срок реализации")
    ws.merge_cells(start_row=5, start_column=10, end_row=5, end_column=11)
    put(ws, 6, 10, "начало")
    ws.merge_cells(start_row=6, start_column=10, end_row=7, end_column=10)
    put(ws, 6, 11, "окончание²")
    ws.merge_cells(start_row=6, start_column=11, end_row=7, end_column=11)
    put(ws, 5, 12, "Стоимость проекта¹, тыс. руб.")
    ws.merge_cells(start_row=5, start_column=12, end_row=5, end_column=17)
    put(ws, 6, 12, "всего")
    ws.merge_cells(start_row=6, start_column=12, end_row=7, end_column=12)
    put(ws, 6, 13, "в том числе:")
    ws.merge_cells(start_row=6, start_column=13, end_row=6, end_column=15)
    put(ws, 7, 13, "федеральный бюджет")
    put(ws, 7, 14, "областной бюджет")
    put(ws, 7, 15, "внебюджетные средства")
    put(ws, 6, 16, "освоено на отчетную дату")
    ws.merge_cells(start_row=6, start_column=16, end_row=7, end_column=16)
    put(ws, 6, 17, "из них план на 2026 г.")
    ws.merge_cells(start_row=6, start_column=17, end_row=7, end_column=17)
    put(ws, 5, 19, "Создание рабочих мест, чел.")
    ws.merge_cells(start_row=5, start_column=19, end_row=5, end_column=20)
    put(ws, 6, 19, "план")
    ws.merge_cells(start_row=6, start_column=19, end_row=7, end_column=19)
    put(ws, 6, 20, "факт")
    ws.merge_cells(start_row=6, start_column=20, end_row=7, end_column=20)
    for r in (5, 6, 7):
        for c in range(1, ncol + 1):
            ws.cell(r, c).alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            ws.cell(r, c).font = Font(bold=True)
    for c in range(1, ncol + 1):
        put(ws, 8, c, c)
    ws.column_dimensions["C"].width = 48
    ws.column_dimensions["D"].width = 30

    expected, rejected, skipped = [], [], {"8": "column numbers"}
    r = 9
    put(ws, r, 1, "1. Проекты в стадии реализации")
    ws.merge_cells(f"A{r}:{last}{r}")
    skipped[str(r)] = "section heading"
    r += 1
    sums = [0] * 6
    n = 0
    for i, p in enumerate(rows):
        if i == len(sect1):
            put(ws, r, 1, "2. Проекты в стадии подготовки")
            ws.merge_cells(f"A{r}:{last}{r}")
            skipped[str(r)] = "section heading"
            r += 1
        n += 1
        total, fed, reg, extra = p["_t"]
        put(ws, r, 1, n)
        put(ws, r, 2, p["code"])
        put(ws, r, 3, p["name"])
        put(ws, r, 4, p["lead_organization"])
        put(ws, r, 5, PERSONS[i % len(PERSONS)])
        cl = FRP_CLUSTER_SPELL[p["cluster"]][i % len(FRP_CLUSTER_SPELL[p["cluster"]])]
        put(ws, r, 6, cl)
        put(ws, r, 7, FRP_LOC_SPELL[p["location"]][i % len(FRP_LOC_SPELL[p["location"]])])
        put(ws, r, 8, FRP_STATUS_SPELL[p["status"]][i % len(FRP_STATUS_SPELL[p["status"]])])
        put(ws, r, 9, APPLICATION_STATUS[i % len(APPLICATION_STATUS)])
        put(ws, r, 10, p["_start"].value, p["_start"].fmt)
        put(ws, r, 11, p["_end"].value, p["_end"].fmt)
        vals = [total, fed, reg, extra]
        extra_null = i in dash_extra
        for j, t in enumerate(vals):
            col = 12 + j
            if j == 3 and extra_null:
                put(ws, r, col, "—" if i == 6 else "-")
                continue
            if i == 17 and j == 2:
                put(ws, r, col, "-" + ru_num(15000.0, 1, " "))
                continue
            th = t * 100  # tenths of a million -> thousands
            mode = (i + j) % 4
            if mode == 0:
                put(ws, r, col, ru_num(th, 1, NBSP))
            elif mode == 1:
                put(ws, r, col, ru_num(th, 1, " "))
            else:
                put(ws, r, col, th, "#,##0.0")
        spent = int(total * (0.0 if p["status"] == "planned" else rng.uniform(0.1, 1.0))) * 100
        put(ws, r, 16, spent, "#,##0.0")
        put(ws, r, 17, int(total * rng.uniform(0, 0.3)) * 100, "#,##0.0")
        put(ws, r, 18, round(extra * 100.0 / total, 1) if not extra_null else None, "0.0")
        # jobs: some as text '1 200', created as '—' for planned projects
        plan, created = p["jobs_planned"], p["jobs_created"]
        put(ws, r, 19, plan if i % 7 else ru_num(plan, 0, " "))
        if p["status"] == "planned" and i % 2 == 0:
            put(ws, r, 20, "—")
            p["jobs_created"] = None
        else:
            put(ws, r, 20, created)
        put(ws, r, 21, p["problems"])
        put(ws, r, 22, "см. письмо Фонда" if i % 9 == 3 else None)
        full = dict(p)
        full.update(start_date=p["_start"].iso, end_date=p["_end"].iso,
                    total_cost_mln=mln(total), federal_budget_mln=mln(fed),
                    regional_budget_mln=mln(reg),
                    extra_budgetary_mln=None if extra_null else mln(extra))
        p["_row"] = r
        p["_full"] = full
        if i in reject:
            reason, col = reject[i]
            rejected.append({"sheet": ws.title, "row": r, "reason": reason, "column": col, "code": p["code"]})
        else:
            expected.append(rec_of(full, FRP_FIELDS))
            for j, t in enumerate(vals):
                sums[j] += t
        r += 1
    last_data = r - 1
    put(ws, r, 1, "ИТОГО")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    for j in range(4):
        put(ws, r, 12 + j, sums[j] * 100, "#,##0.0")
    skipped[str(r)] = "totals"
    r += 2
    put(ws, r, 1, "* Статус проекта указывается по данным инициатора; статус заявки — по данным Фонда.")
    skipped[str(r)] = "footnote"
    r += 1
    put(ws, r, 1, "¹ Стоимость проекта в текущих ценах, с НДС.  ² Квартал или месяц окончания — по графику проекта.")
    skipped[str(r)] = "footnote"
    r += 1
    put(ws, r, 1, "Исполнитель: отдел сопровождения проектов, тел. (3822) 00-00-00")
    skipped[str(r)] = "footnote"
    wb.save(os.path.join(HERE, "frp_svod.xlsx"))

    data = {
        "file": "frp_svod.xlsx", "refused": False, "fields": FRP_FIELDS,
        "record_count": len(expected), "records": expected, "rejected": rejected,
        "columns": [[h, f] for h, f in FRP_COLS],
        "sheet": ws.title, "header_rows": [5, 6, 7], "data_rows": [10, last_data],
        "skipped_rows": skipped,
        "notes": (
            "Regional industrial development fund's summary. Title rows 1-3; a three-level merged header in rows 5-7 "
            "(a three-level column is written 'top / middle / sub': 'Стоимость проекта¹, тыс. руб.' -> "
            "'в том числе:' -> 'федеральный бюджет' ...); row 8 numbers the columns. Rows 9 and 24 are section "
            "headings ('1. Проекты в стадии реализации', '2. Проекты в стадии подготовки') merged across the table: "
            "not projects, skipped. Totals row 'ИТОГО' and three footnote/signature lines below. Money is in тыс. руб. "
            "(said in the merged top header, with a footnote mark '¹'): divided by 1000. Money cells are real numbers "
            "or Russian-written text with NBSP or plain-space thousands and a decimal comma. 'Статус проекта*' is the "
            "project status; 'Статус заявки в Фонде' is the status of the fund application (another object) and is "
            "NOT imported. Not imported either: '№ п/п', 'Куратор от Фонда' (a person), 'освоено на отчетную дату' "
            "(money spent to date), 'из них план на 2026 г.' (one-year slice), 'Доля внебюджетных средств, %', "
            "'Примечание'. Dates: start as real dates, dd.mm.yyyy text or '2021 г.' (a year alone = 31 December); end "
            "as 'IV кв. 2026' / 'III кв.2027' (quarter -> last day), 'дек.2026' (a month -> the last day of that month, "
            "by the same convention as quarters and years), '2027 г.', real dates and text dates. A '—' or '-' in the "
            "extra-budgetary column = unknown (null). Job counts: some are text '1 200' (Russian thousands); a '—' in "
            "'факт' = null. Cluster spellings vary in case, short forms ('Нефтехимия', 'Дикоросы', 'кластер ТрИЗ') and "
            "trailing spaces; '—', '-' or empty = no cluster. Location 'г. Томск', 'ЗАТО Северск', 'Город Томск' -> "
            "canonical names. Statuses include word forms ('в стадии реализации', 'Реализуемый', 'планируемый', "
            "'завершено', 'реализован', 'приостановлено'). Rejected: one row whose end (II кв. 2023) is before its start "
            "(15.03.2024); one row with '-15 000,0' (a negative amount, not a dash) in the regional budget."),
    }
    write_expected("frp_svod", data)
    return rows, data


# ===================================================================================
# 2. ria_crm_update.xlsx — regional investment agency CRM export, update of frp_svod
# ===================================================================================
CRM_COLS = [
    ("ID", None),
    ("Код проекта (ИНО)", "code"),
    ("Наименование инвестпроекта", "name"),
    ("Компания-инициатор", "lead_organization"),
    ("Стадия сделки", None),
    ("Статус реализации", "status"),
    ("Объём инвестиций, млн ₽", "total_cost_mln"),
    ("Федеральные средства, млн ₽", "federal_budget_mln"),
    ("Региональные средства, млн ₽", "regional_budget_mln"),
    ("Частные инвестиции, млн ₽", "extra_budgetary_mln"),
    ("Рабочих мест (план)", "jobs_planned"),
    ("Создано рабочих мест", "jobs_created"),
    ("Ответственный", None),
    ("Дата изменения", None),
]
CRM_STATUS = {"planned": ["Планируется", "планируется"], "in_progress": ["Реализуется", "реализуется "],
              "completed": ["Завершён", "завершен"], "suspended": ["Приостановлен"]}
CRM_STAGES = ["Сопровождение", "Успешно реализована", "Переговоры", "Подготовка документов",
              "Отложена", "Соглашение подписано"]


def build_crm(frp_rows, frp_data):
    rng = random.Random(1251)
    base = {p["code"]: rec_of(p["_full"], FRP_FIELDS) for p in frp_rows
            if p["code"] not in {x["code"] for x in frp_data["rejected"]}}
    order = [p["code"] for p in frp_rows if p["code"] in base]
    state = {c: dict(base[c]) for c in order}
    valid = order[:]
    rng.shuffle(valid)
    yo = next(c for c in valid if "ё" in state[c]["name"])
    qu = next(c for c in valid if "«" in state[c]["name"])
    rest = [c for c in valid if c not in (yo, qu)]
    by_code_changed = rest[:8]
    by_code_same = rest[8:12]
    by_name = [rest[12], yo, rest[13], qu]
    reject_code = rest[14]
    rows = []  # each: dict(code_cell, name_cell, rec(updated values), kind)

    def update_values(rec, change):
        new = dict(rec)
        if change == "status":
            nxt = {"planned": "in_progress", "in_progress": "completed", "suspended": "in_progress",
                   "completed": "completed"}[rec["status"]]
            new["status"] = nxt
            if nxt == "completed" and rec["jobs_planned"]:
                new["jobs_created"] = rec["jobs_planned"]
        elif change == "money":
            t = int(round(rec["total_cost_mln"] * 10))
            delta = int(t * rng.uniform(0.03, 0.2))
            ex = rec["extra_budgetary_mln"]
            new["total_cost_mln"] = round((t + delta) / 10, 1)
            if ex is not None:
                new["extra_budgetary_mln"] = round((int(round(ex * 10)) + delta) / 10, 1)
            else:
                new["extra_budgetary_mln"] = round((t + delta) / 10 - rec["federal_budget_mln"]
                                                   - rec["regional_budget_mln"], 1)
        elif change == "jobs":
            plan = rec["jobs_planned"] or 0
            new["jobs_created"] = min(plan, (rec["jobs_created"] or 0) + max(5, plan // 4))
        elif change == "org":
            new["lead_organization"] = rec["lead_organization"].replace("ООО", "АО") \
                if "ООО" in rec["lead_organization"] else rec["lead_organization"] + " (правопреемник)"
        elif change == "fed":
            add = round(rec["total_cost_mln"] * 0.1, 1)
            new["federal_budget_mln"] = round(rec["federal_budget_mln"] + add, 1)
            new["total_cost_mln"] = round(rec["total_cost_mln"] + add, 1)
        return new

    changes = ["status", "money", "jobs", "status", "org", "fed", "money", "jobs"]
    for code, ch in zip(by_code_changed, changes):
        rows.append({"kind": "code", "code": code, "name_cell": state[code]["name"],
                     "rec": update_values(state[code], ch), "change": ch})
    for code in by_code_same:
        rows.append({"kind": "code", "code": code, "name_cell": state[code]["name"],
                     "rec": dict(state[code]), "change": None})
    name_variants = [
        lambda s: s.upper(), lambda s: s.replace("ё", "е") + "  ",
        lambda s: s.replace(" ", "  ", 1).lower(), lambda s: " " + s.replace("«", "\"").replace("»", "\""),
    ]
    name_diffs = ["upper case", "ё written as е (if any), two trailing spaces",
                  "lower case, a double space", "leading space, «» written as \"\" (if any)"]
    name_changes = ["status", "jobs", None, "money"]
    for k, code in enumerate(by_name):
        nm = state[code]["name"]
        v = name_variants[k](nm)
        rows.append({"kind": "name", "code": code, "name_cell": v,
                     "rec": update_values(state[code], name_changes[k]) if name_changes[k] else dict(state[code]),
                     "change": name_changes[k], "diff": name_diffs[k]})
    rows.append({"kind": "reject", "code": reject_code, "name_cell": state[reject_code]["name"],
                 "rec": dict(state[reject_code]), "change": None})
    # new projects
    pool = Pool(12511)
    pool.used.update(r["name"] for r in state.values())
    for k, cl in enumerate(["pharma", None, "timber"]):
        p = pool.project(cl)
        total, fed, reg, extra = money_split(rng, 50, 3000)
        st = ["planned", "in_progress", "planned"][k]
        plan, created = jobs_for(rng, st)
        rec = {f: None for f in FRP_FIELDS}
        rec.update(code=f"INO-{1251 + k}", name=p["name"], status=st, total_cost_mln=mln(total),
                   federal_budget_mln=mln(fed), regional_budget_mln=mln(reg), extra_budgetary_mln=mln(extra),
                   jobs_planned=plan, jobs_created=created, lead_organization=p["lead_organization"])
        rows.append({"kind": "new", "code": rec["code"], "name_cell": rec["name"], "rec": rec, "change": "new"})
    rng.shuffle(rows)

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Сделки"
    for c, (h, _) in enumerate(CRM_COLS, 1):
        put(ws, 1, c, h)
        ws.cell(1, c).font = Font(bold=True)
    changed, new_codes, matched, rejected = [], [], [], []
    for i, row in enumerate(rows):
        r = i + 2
        rec = row["rec"]
        put(ws, r, 1, 48210 + i * 7)
        put(ws, r, 2, None if row["kind"] == "name" else rec["code"])
        put(ws, r, 3, row["name_cell"])
        put(ws, r, 4, rec["lead_organization"])
        put(ws, r, 5, CRM_STAGES[i % len(CRM_STAGES)])
        put(ws, r, 6, CRM_STATUS[rec["status"]][i % len(CRM_STATUS[rec["status"]])])
        money = [rec["total_cost_mln"], rec["federal_budget_mln"], rec["regional_budget_mln"],
                 rec["extra_budgetary_mln"]]
        for j, v in enumerate(money):
            if row["kind"] == "reject" and j == 0:
                put(ws, r, 7, "уточняется")
                continue
            put(ws, r, 7 + j, v, "#,##0.0" if v is not None else None)
        put(ws, r, 11, rec["jobs_planned"])
        put(ws, r, 12, rec["jobs_created"])
        put(ws, r, 13, PERSONS[(i + 3) % len(PERSONS)])
        put(ws, r, 14, dt.datetime(2025, 7, 1 + i % 28, 9 + i % 8, (i * 13) % 60), "DD.MM.YYYY HH:MM")
        if row["kind"] == "reject":
            rejected.append({"sheet": ws.title, "row": r, "reason": "not a number: 'уточняется'",
                             "column": "G", "code": row["code"]})
            continue
        if row["kind"] == "new":
            new_codes.append(rec["code"])
            state[rec["code"]] = rec
            continue
        old = state[row["code"]]
        if row["kind"] == "name":
            rec = dict(rec)
            rec["name"] = old["name"]
            matched.append({"code": row["code"], "name_in_file": row["name_cell"],
                            "difference": row["diff"], "row": r})
        if rec != old:
            changed.append(row["code"])
        state[row["code"]] = rec
    for col, w in (("C", 55), ("D", 28), ("M", 18), ("N", 17)):
        ws.column_dimensions[col].width = w
    ws.auto_filter.ref = f"A1:N{len(rows) + 1}"
    ws.freeze_panes = "A2"
    wb.save(os.path.join(HERE, "ria_crm_update.xlsx"))
    # carried-field sanity: for these name variants do ё/quotes actually occur?
    for m in matched:
        orig = state[m["code"]]["name"]
        notes = []
        if m["name_in_file"] == orig.upper():
            notes.append("upper case")
        if m["name_in_file"].strip() != m["name_in_file"]:
            notes.append("leading/trailing spaces")
        if "  " in m["name_in_file"].strip():
            notes.append("double space")
        if "ё" in orig and "ё" not in m["name_in_file"] and "Ё" not in m["name_in_file"]:
            notes.append("ё written as е")
        if "«" in orig and "«" not in m["name_in_file"]:
            notes.append("«» written as \"\"")
        if m["name_in_file"].strip().replace("  ", " ") == orig.lower():
            notes.append("lower case")
        m["difference"] = ", ".join(notes)
    records = [state[c] for c in order] + [state[c] for c in new_codes]
    crm_fields = [f for _, f in CRM_COLS if f]
    data = {
        "file": "ria_crm_update.xlsx", "refused": False, "fields": FRP_FIELDS,
        "record_count": len(records), "records": records, "rejected": rejected,
        "base_file": "frp_svod.xlsx",
        "columns": [[h, f] for h, f in CRM_COLS],
        "file_fields": crm_fields,
        "header_row": 1, "data_rows": [2, len(rows) + 1],
        "changed_codes": sorted(changed), "new_codes": new_codes,
        "unchanged_codes_in_file": sorted(r["code"] for r in rows if r["kind"] in ("code", "name")
                                          and r["code"] not in changed),
        "matched_by_name": sorted(matched, key=lambda m: m["row"]),
        "notes": (
            "CRM export (Bitrix-style deal list) of the regional investment agency: an update of frp_svod.xlsx. Import "
            "frp_svod.xlsx first, then this file; 'records' is the resulting state of all projects, in the order of "
            "frp_svod.xlsx followed by the new projects. One header row, autofilter, frozen pane. 12 rows carry a known "
            "code (8 change status, money, jobs or the initiator's name; 4 are re-sent unchanged); 4 rows have an empty "
            "code and match a stored project by name (upper case, lower case, doubled/leading/trailing spaces, ё/е, "
            "quote style) - the stored name is kept; 3 rows carry codes not yet known (INO-1251..1253): new projects "
            "whose fields not in this file (cluster, location, dates, problems) are null. Money is 'млн ₽' (RUB "
            "million, the rouble sign instead of 'руб.'). Not imported: 'ID' (CRM record number), 'Стадия сделки' "
            "(the CRM pipeline stage of the deal, e.g. 'Успешно реализована' - not the project status), "
            "'Ответственный' (an agency employee), 'Дата изменения' (CRM timestamp, not a project date). One row "
            "is rejected: a known code with 'уточняется' in 'Объём инвестиций' (text in a number column); that "
            "project keeps its frp_svod values. Fields absent from this file (cluster, location, dates, problems) "
            "keep their stored values."),
    }
    write_expected("ria_crm_update", data)
    return data


# ===================================================================================
# 3. park_clusters.xlsx — industrial park management company, one sheet per cluster
# ===================================================================================
PARK_SHEETS = [
    ("Нефтехимия", "Нефтехимический кластер", "petrochemical", 4),
    ("Ядерные технологии", "Кластер ядерных технологий", "nuclear", 3),
    ("Лесопром", "Лесопромышленный кластер", "timber", 4),
    ("Фарма", "Фармацевтический кластер", "pharma", 3),
    ("Медтехника и IT", "Кластер медицинской техники и информационных технологий", "medtech_it", 3),
    ("Вне кластеров", None, None, 3),
]
PARK_COLS = [
    ("Код ИНО", "code"),
    ("Проект резидента", "name"),
    ("Резидент", "lead_organization"),
    ("Место реализации (МО)", "location"),
    ("Статус*", "status"),
    ("Год начала", "start_date"),
    ("Плановый срок завершения", "end_date"),
    ("Объём инвестиций¹,\nмлрд руб.", "total_cost_mln"),
    ("в т.ч. внебюджетные,\nмлрд руб.", "extra_budgetary_mln"),
    ("в т.ч. собственные средства резидента, млрд руб.", None),
    ("Освоено, млрд руб.", None),
    ("Рабочие места\n(план), чел.", "jobs_planned"),
    ("Контактное лицо", None),
]
PARK_FIELDS = ["code", "name", "cluster", "location", "status", "start_date", "end_date",
               "total_cost_mln", "extra_budgetary_mln", "jobs_planned", "lead_organization"]
PARK_STATUS = {"planned": ["Планируется", "планируется ", "ПЛАНИРУЕТСЯ"],
               "in_progress": ["Реализуется", "РЕАЛИЗУЕТСЯ", "реализуется  ", "В стадии реализации"],
               "completed": ["Завершен", "завершён", "Завершено"],
               "suspended": ["Приостановлен ", "приостановлен"]}
PARK_LOC = {"Томск": ["г.Томск", "Томск"], "Северск": ["Северск", "ЗАТО Северск"],
            "Асино": ["Асино", "г.Асино"], "Стрежевой": ["Стрежевой"], "Колпашево": ["Колпашево"],
            "Томский район": ["Томский район", "Томский р-н"]}


def build_park():
    rng = random.Random(1301)
    pool = Pool(13011)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    code_no = 1301
    expected, rejected, sheets_info = [], [], []
    hidden = {}
    k_global = 0
    for si, (sname, full, cl, n) in enumerate(PARK_SHEETS):
        ws = wb.create_sheet(sname)
        title = (f"{full}: инвестиционные проекты резидентов индустриального парка" if full
                 else "Проекты резидентов, не отнесённые к кластерам ИНО")
        put(ws, 1, 1, title)
        ws.cell(1, 1).font = Font(bold=True)
        put(ws, 2, 1, "УК «Индустриальный парк «Томская промышленная площадка»», данные на 30.09.2025")
        for c, (h, _) in enumerate(PARK_COLS, 1):
            put(ws, 4, c, h)
            ws.cell(4, c).font = Font(bold=True)
            ws.cell(4, c).alignment = Alignment(wrap_text=True)
        r = 5
        data_rows = []
        statuses = ["in_progress", "in_progress", "planned", "completed", "suspended", "in_progress"]
        sheet_status = sorted(statuses[(si + j) % len(statuses)] for j in range(n))
        prev = None
        for j, st in enumerate(sheet_status):
            if prev is not None and st != prev:
                r += 1  # blank spacer row between status groups
            prev = st
            p = pool.project(cl)
            p["code"] = f"INO-{code_no}"
            code_no += 1
            total, fed, reg, extra = money_split(rng, 100, 25000)
            s, e = dates_for_status(rng, st)
            start = d_year_num(s.year) if (k_global % 2 == 0) else d_year_text(s.year, ["g", "bare", "tight"][k_global % 3])
            kk = k_global % 5
            if kk == 0:
                end = d_quarter((e.month - 1) // 3 + 1, e.year, "ru")
            elif kk == 1:
                end = d_month(e.month, e.year, "ru_sp")
            elif kk == 2:
                end = d_year_text(e.year, "g")
            elif kk == 3:
                end = d_quarter((e.month - 1) // 3 + 1, e.year, "ru_g")
            else:
                end = d_real(e)
            if end.iso <= start.iso:
                end = d_year_text(int(start.iso[:4]) + 1, "g")
            plan, _ = jobs_for(rng, st)
            reason = None
            if sname == "Лесопром" and j == 1:
                start = d_year_num(2027)
                end = d_quarter(4, 2026, "ru")
                reason = ("end date before start date", "G")
            own = int(extra * rng.uniform(0.2, 0.9))
            vals = [total, extra, own, int(total * rng.uniform(0, 0.8)) if st != "planned" else 0]
            put(ws, r, 1, p["code"])
            put(ws, r, 2, p["name"])
            put(ws, r, 3, p["lead_organization"])
            put(ws, r, 4, PARK_LOC[p["location"]][k_global % len(PARK_LOC[p["location"]])])
            put(ws, r, 5, PARK_STATUS[st][k_global % len(PARK_STATUS[st])])
            put(ws, r, 6, start.value, start.fmt)
            put(ws, r, 7, end.value, end.fmt)
            for jj, t in enumerate(vals):
                bn = t / 10000
                if sname == "Фарма" and j == 0 and jj == 1:
                    put(ws, r, 8 + jj, ru_num(-bn, 4, " ").replace("-", "−") if False else -bn, "0.0000")
                    reason = ("negative amount", "I")
                    continue
                if (k_global + jj) % 3 == 0:
                    put(ws, r, 8 + jj, ru_num(bn, 4, " "))
                else:
                    put(ws, r, 8 + jj, bn, "0.0000")
            put(ws, r, 12, plan)
            put(ws, r, 13, PERSONS[k_global % len(PERSONS)] + ", +7 913 000-00-" + f"{k_global:02d}")
            full_rec = dict(p, status=st, start_date=start.iso, end_date=end.iso,
                            total_cost_mln=mln(total), extra_budgetary_mln=mln(extra), jobs_planned=plan)
            if reason:
                rejected.append({"sheet": sname, "row": r, "reason": reason[0], "column": reason[1],
                                 "code": p["code"]})
            else:
                expected.append(rec_of(full_rec, PARK_FIELDS))
            data_rows.append(r)
            r += 1
            k_global += 1
        put(ws, r, 2, "Итого по кластеру:" if full else "Итого:")
        ws.cell(r, 2).font = Font(bold=True)
        sheets_info.append({"sheet": sname, "cluster": cl, "header_row": 4, "data_rows": data_rows,
                            "totals_row": r})
        ws.column_dimensions["B"].width = 50
        ws.column_dimensions["C"].width = 28
        if sname == "Ядерные технологии":
            ws.row_dimensions[data_rows[1]].hidden = True
            hidden["row"] = {"sheet": sname, "row": data_rows[1]}
        if sname == "Лесопром":
            ws.column_dimensions["L"].hidden = True
            hidden["column"] = {"sheet": sname, "column": "L", "field": "jobs_planned"}
        if sname == "Нефтехимия":
            ws.column_dimensions["K"].hidden = True
            hidden["column_not_imported"] = {"sheet": sname, "column": "K", "header": "Освоено, млрд руб."}
    ws = wb.create_sheet("Пояснения")
    put(ws, 1, 1, "* Статус — по данным резидента на отчётную дату.")
    put(ws, 2, 1, "¹ Объём инвестиций указан в млрд рублей с НДС; собственные средства входят во внебюджетные.")
    put(ws, 3, 1, "Год начала — год заключения соглашения с управляющей компанией.")
    wb.save(os.path.join(HERE, "park_clusters.xlsx"))
    data = {
        "file": "park_clusters.xlsx", "refused": False, "fields": PARK_FIELDS,
        "record_count": len(expected), "records": expected, "rejected": rejected,
        "columns": [[h, f] for h, f in PARK_COLS],
        "sheets": sheets_info, "hidden": hidden,
        "notes_sheet": "Пояснения",
        "notes": (
            "Industrial park management company: one sheet per cluster, named by a short form ('Нефтехимия', "
            "'Лесопром', 'Фарма', 'Медтехника и IT', 'Ядерные технологии'); the full cluster name is in cell A1 as "
            "'<full cluster name>: инвестиционные проекты резидентов индустриального парка'. The record's cluster "
            "comes from the sheet. Sheet 'Вне кластеров' holds projects that belong to no cluster (A1 says 'не "
            "отнесённые к кластерам ИНО'): cluster null. Sheet 'Пояснения' is text, not data. On each sheet: title "
            "rows 1-2, header row 4 (line breaks inside headers), data from row 5, blank spacer rows between status "
            "groups, an 'Итого по кластеру:' / 'Итого:' row (label in column B, no numbers) at the end - skipped. "
            "Money in RUB billion ('млрд руб.' in the header) -> x1000; money cells are numbers or text '1,2345' "
            "with a decimal comma. 'Год начала' is a year only (a number in a General cell, or text '2021 г.', "
            "'2021', '2021г.') -> 31 December of that year. 'Плановый срок завершения': 'IV кв. 2026', 'IV квартал "
            "2026 г.', 'дек. 2026' (a month -> its last day), '2027 г.' and real dates. Not imported: 'в т.ч. "
            "собственные средства резидента' (only a part of the extra-budgetary money), 'Освоено' (spent to date; "
            "hidden on sheet 'Нефтехимия'), 'Контактное лицо' (a person with a phone). Hidden data: one row on "
            "'Ядерные технологии' and column L (jobs planned) on 'Лесопром' are hidden and are imported. Locations "
            "'г.Томск', 'ЗАТО Северск', 'Томский р-н' -> canonical names. Rejected: on 'Лесопром' a row that starts in "
            "2027 (31.12.2027) and ends IV кв. 2026; on 'Фарма' a row with a negative extra-budgetary amount."),
    }
    write_expected("park_clusters", data)
    return data


# ===================================================================================
# 4. ras_institute_en.xlsx — Academy of Sciences institute, English list
# ===================================================================================
RAS_COLS = [
    ("No.", None),
    ("INO ref.", "code"),
    ("Project title", "name"),
    ("Cluster", "cluster"),
    ("Thematic area", "work_area"),
    ("Stage", "status"),
    ("Kick-off", "start_date"),
    ("Completion (planned)", "end_date"),
    ("Total budget, RUB m", "total_cost_mln"),
    ("incl. federal grants, RUB m", "federal_budget_mln"),
    ("incl. regional subsidy, RUB m", "regional_budget_mln"),
    ("incl. industrial partner, RUB m", "extra_budgetary_mln"),
    ("2025 tranche, RUB m", None),
    ("Co-funding share, %", None),
    ("Principal investigator", None),
    ("Lead institution", "lead_organization"),
    ("Jobs / research positions (plan)", "jobs_planned"),
]
RAS_FIELDS = ["code", "name", "cluster", "work_area", "status", "start_date", "end_date",
              "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
              "jobs_planned", "lead_organization"]
RAS_CLUSTER = {"petrochemical": ["Petrochemical cluster", "petrochemicals"],
               "nuclear": ["Nuclear technologies cluster", "Nuclear technologies", "nuclear"],
               "timber": ["Timber cluster", "Timber industry"],
               "pharma": ["Pharmaceutical cluster", "pharmaceuticals"],
               "medtech_it": ["Medical equipment and IT cluster", "Medical equipment & IT"],
               "wildlife": ["Wildlife resources cluster", "wild plants"],
               "hard_to_recover": ["Hard-to-recover resources cluster", "Hard-to-recover reserves"],
               None: ["—", "n/a", None, "none"]}
RAS_WA = {"industry": "Advanced industry", "science_education": "Science and education",
          "innovation_business": "Technological innovations, new businesses",
          "smart_city": "Smart and comfortable city", "business_environment": "Business environment"}
RAS_STATUS = {"planned": ["Planned", "planned"], "in_progress": ["In progress", "in progress ", "IN PROGRESS"],
              "completed": ["Completed", "completed"], "suspended": ["Suspended", "suspended"]}
RAS_ORGS = ["Institute of Strength Physics and Materials Science SB RAS", "ИХН СО РАН",
            "Институт оптики атмосферы им. В.Е. Зуева СО РАН", "Tomsk Scientific Center SB RAS",
            "Институт мониторинга климатических и экологических систем СО РАН"]
RAS_PI = ["Prof. A. Sokolov", "Dr. E. Vlasova", "Д.В. Ершов, д.т.н.", "Dr. I. Markov", "N. Kim, PhD"]


def build_ras():
    rng = random.Random(1401)
    pool = Pool(14011)
    cl_seq = ["nuclear", "hard_to_recover", "medtech_it", None, "petrochemical", "pharma", "nuclear",
              None, "wildlife", "hard_to_recover", "timber", "medtech_it", None, "nuclear", "pharma",
              "petrochemical", None, "hard_to_recover", "medtech_it", "nuclear", "wildlife"]
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "Cover"
    put(cover, 1, 1, "Institute portfolio submitted to the INO Tomsk programme office")
    put(cover, 3, 1, "Prepared by: technology transfer office. Figures in RUB million unless stated otherwise.")
    put(cover, 4, 1, "Stage follows the programme's wording (planned / in progress / completed / suspended).")
    put(cover, 5, 1, "Completion: planned completion as a date, a quarter, a month or a year.")
    ws = wb.create_sheet("Project list")
    put(ws, 1, 1, "Joint R&D and technology projects with industrial partners (INO Tomsk), as of 1 October 2025")
    ws.cell(1, 1).font = Font(bold=True)
    for c, (h, _) in enumerate(RAS_COLS, 1):
        put(ws, 3, c, h)
        ws.cell(3, c).font = Font(bold=True)
    expected, rejected = [], []
    r = 4
    for i, cl in enumerate(cl_seq):
        p = pool.project(cl)
        if cl is not None and i % 3 == 0:
            p["work_area"] = "science_education"
        p["code"] = f"INO-{1401 + i}"
        st = pick_status(rng)
        total, fed, reg, extra = money_split(rng, 10, 1500, fed_p=0.8)
        s, e = dates_for_status(rng, st)
        start = d_real(s) if i % 3 else d_quarter((s.month - 1) // 3 + 1, s.year, "en")
        kk = i % 5
        end = [d_quarter((e.month - 1) // 3 + 1, e.year, "en"), d_year_text(e.year, "bare"),
               d_month(e.month, e.year, "en"), d_real(e), d_year_num(e.year)][kk]
        if end.iso < start.iso:
            end = d_year_num(int(start.iso[:4]) + 1)
        plan, _ = jobs_for(rng, st)
        plan = plan // 5 + 3
        reason = None
        cl_cell = RAS_CLUSTER[cl][i % len(RAS_CLUSTER[cl])]
        if i == 7:
            cl_cell = "Space instrumentation cluster"
            reason = ("unknown cluster 'Space instrumentation cluster'", "D")
        if i == 15:
            start = d_real(dt.date(2025, 2, 1))
            end = d_year_text(2024, "bare")
            reason = ("end date before start date", "H")
        put(ws, r, 1, i + 1)
        put(ws, r, 2, p["code"])
        put(ws, r, 3, p["name"])
        put(ws, r, 4, cl_cell)
        put(ws, r, 5, RAS_WA[p["work_area"]])
        put(ws, r, 6, RAS_STATUS[st][i % len(RAS_STATUS[st])])
        put(ws, r, 7, start.value, start.fmt if start.fmt != "DD.MM.YYYY" else "YYYY-MM-DD")
        put(ws, r, 8, end.value, end.fmt if end.fmt != "DD.MM.YYYY" else "YYYY-MM-DD")
        for j, t in enumerate([total, fed, reg, extra]):
            put(ws, r, 9 + j, t / 10, "#,##0.0")
        put(ws, r, 13, round(total / 10 * rng.uniform(0, 0.4), 1), "#,##0.0")
        put(ws, r, 14, round(extra * 100 / total, 1))
        put(ws, r, 15, RAS_PI[i % len(RAS_PI)])
        org = RAS_ORGS[i % len(RAS_ORGS)]
        put(ws, r, 16, org)
        put(ws, r, 17, plan)
        full = dict(p, status=st, start_date=start.iso, end_date=end.iso, total_cost_mln=mln(total),
                    federal_budget_mln=mln(fed), regional_budget_mln=mln(reg), extra_budgetary_mln=mln(extra),
                    jobs_planned=plan, lead_organization=org)
        if cl_cell in (None, "—", "n/a", "none"):
            full["cluster"] = None
        if reason:
            rejected.append({"sheet": ws.title, "row": r, "reason": reason[0], "column": reason[1],
                             "code": p["code"]})
        else:
            expected.append(rec_of(full, RAS_FIELDS))
        r += 1
    last_data = r - 1
    r += 1
    put(ws, r, 1, "Source: institute's technology transfer office; co-funding share = industrial partner / total.")
    ws.column_dimensions["C"].width = 55
    wb.save(os.path.join(HERE, "ras_institute_en.xlsx"))
    data = {
        "file": "ras_institute_en.xlsx", "refused": False, "fields": RAS_FIELDS,
        "record_count": len(expected), "records": expected, "rejected": rejected,
        "columns": [[h, f] for h, f in RAS_COLS],
        "data_sheet": "Project list", "header_row": 3, "data_rows": [4, last_data],
        "skipped_rows": {"1": "title", str(last_data + 2): "source note"},
        "notes": (
            "Academy of Sciences institute, English-language list. Sheet 'Cover' (first sheet!) is text; data is on "
            "'Project list': title in row 1, header row 3, data rows 4-24, a source note below. Money in RUB million "
            "('RUB m'). Cluster: English names and variants ('Nuclear technologies', 'petrochemicals', "
            "'pharmaceuticals', 'Medical equipment & IT', 'wild plants', 'Timber industry', 'Hard-to-recover "
            "reserves'); '—', 'n/a', 'none' or empty = no cluster. Thematic area written as the English translation "
            "of the work area ('Advanced industry' = industry, 'Science and education', 'Technological innovations, "
            "new businesses', 'Smart and comfortable city', 'Business environment'). Kick-off: real dates (shown "
            "YYYY-MM-DD) or 'Q1 2024' quarters (-> last day of the quarter). Completion: real dates, 'Q3 2027', a "
            "bare year as text '2027' or as a number 2027 in a General cell (-> 31 December), and 'Dec 2026' (a month "
            "-> its last day). Not imported: 'No.', '2025 tranche' (a one-year slice), 'Co-funding share, %', "
            "'Principal investigator' (a person). 'Lead institution' is partly in English, partly in Russian: text "
            "as written. 'Jobs / research positions (plan)' is the planned jobs count. Rejected: row 11 with the "
            "unknown cluster 'Space instrumentation cluster'; row 19 whose completion (2024 -> 31.12.2024) is before "
            "its kick-off (01.02.2025)."),
    }
    write_expected("ras_institute_en", data)
    return data


# ===================================================================================
# 5. minfin_sources.csv — oblast ministry of finance, cp1251 CSV, money by source
# ===================================================================================
MF_COLS = [
    ("№", None),
    ("Код проекта", "code"),
    ("Наименование проекта (мероприятия)", "name"),
    ("ГРБС", None),
    ("Инициатор проекта", "lead_organization"),
    ("Кластер", "cluster"),
    ("Направление", "work_area"),
    ("МО", "location"),
    ("Статус", "status"),
    ("Дата начала", "start_date"),
    ("Дата окончания", "end_date"),
    ("Всего по всем источникам, тыс. руб.", "total_cost_mln"),
    ("Федеральный бюджет, тыс. руб.", "federal_budget_mln"),
    ("Областной бюджет, тыс. руб.", "regional_budget_mln"),
    ("Местный бюджет, тыс. руб.", None),
    ("Внебюджетные источники всего, тыс. руб.", "extra_budgetary_mln"),
    ("в т.ч. привлечённые средства, тыс. руб.", None),
    ("в т.ч. собственные средства инициатора, тыс. руб.", None),
    ("Кассовое исполнение на 01.10.2025, тыс. руб.", None),
    ("Лимит 2026 г., тыс. руб.", None),
    ("Проблемные вопросы", "problems"),
    ("", None),
]
MF_FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
             "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
             "lead_organization", "problems"]
MF_CLUSTER = {"petrochemical": ["Нефтехимический кластер", "нефтехимический кластер"],
              "nuclear": ["Кластер ядерных технологий", "КЛАСТЕР ЯДЕРНЫХ ТЕХНОЛОГИЙ"],
              "timber": ["Лесопромышленный кластер"], "pharma": ["Фармацевтический кластер", "фармацевтический"],
              "medtech_it": ["Кластер медтехники и ИТ", "кластер медицинской техники и информационных технологий"],
              "wildlife": ["Кластер дикоросов", "кластер дикоросов "],
              "hard_to_recover": ["Кластер трудноизвлекаемых запасов", "Кластер ТрИЗ"],
              None: ["", "—", "-"]}
MF_WA = {"industry": ["Передовая промышленность", "передовая промышленность"],
         "science_education": ["Наука и образование", "наука и образование "],
         "innovation_business": ["Технологические инновации, новые бизнесы"],
         "smart_city": ["Умный и удобный город", "умный и удобный город"],
         "business_environment": ["Деловая среда"]}
MF_STATUS = {"planned": ["Планируется", "планируется"], "in_progress": ["Реализуется", "реализуется", "РЕАЛИЗУЕТСЯ"],
             "completed": ["Завершен", "завершён"], "suspended": ["Приостановлен", "приостановлен "]}
MF_LOC = {"Томск": ["г. Томск", "Томск"], "Северск": ["ЗАТО Северск", "Северск"], "Асино": ["Асиновский р-н, г. Асино", "Асино"],
          "Стрежевой": ["г. Стрежевой"], "Колпашево": ["Колпашево"], "Томский район": ["Томский район"]}
MF_GRBS = ["Департамент экономики Томской области", "Департамент промышленности и энергетики",
           "Департамент по науке и высшему образованию", "Департамент лесного хозяйства"]


def build_minfin():
    rng = random.Random(1501)
    pool = Pool(15011)
    cl_seq = ["timber", "petrochemical", None, "nuclear", "pharma", "wildlife", None, "medtech_it",
              "hard_to_recover", "timber", "pharma", None, "nuclear", "wildlife", "petrochemical",
              "medtech_it", None, "hard_to_recover", "timber", "pharma"]
    header = [h for h, _ in MF_COLS]
    lines = [header]
    expected, rejected = [], []
    for i, cl in enumerate(cl_seq):
        p = pool.project(cl)
        if p["location"] == "Асино" and i % 2 == 0:
            pass
        p["code"] = f"INO-{1501 + i}"
        st = pick_status(rng)
        s, e = dates_for_status(rng, st)
        start = d_text(s)
        kk = i % 5
        end = [d_text(e), d_quarter((e.month - 1) // 3 + 1, e.year, "ru"), d_text(e),
               d_year_text(e.year, "g"), d_text(e)][kk]
        if end.iso < start.iso:
            end = d_text(e)
        total, fed, reg, extra = money_split(rng, 20, 6000, fed_p=0.6, reg_p=0.8)
        mun = int(total * 0.03) if i % 4 == 1 else 0
        extra = extra - mun
        if extra < 0:
            extra, mun = extra + mun, 0
        attracted = int(extra * rng.uniform(0.3, 0.8))
        own = extra - attracted
        cash = int(total * rng.uniform(0.0, 0.6)) if st != "planned" else 0
        limit = int(total * rng.uniform(0.0, 0.2))
        money = [total, fed, reg, mun, extra, attracted, own, cash, limit]
        cells = [str(i + 1), p["code"], p["name"], MF_GRBS[i % 4], p["lead_organization"],
                 MF_CLUSTER[cl][i % len(MF_CLUSTER[cl])], MF_WA[p["work_area"]][i % len(MF_WA[p["work_area"]])],
                 MF_LOC[p["location"]][i % len(MF_LOC[p["location"]])],
                 MF_STATUS[st][i % len(MF_STATUS[st])], start.value, end.value]
        for j, t in enumerate(money):
            th = t * 100
            cells.append(ru_num(th, 1, "").replace("\u00a0", "") if True else "")
        probs = rng.choice(PROBLEMS) if i % 3 == 0 else ""
        if i == 4:
            probs = "Нет решения по тарифу; ждём ответа РЭК \"до конца года\""
        cells.append(probs)
        cells.append("")  # trailing separator -> an empty last column
        reason = None
        if i == 9:
            cells[13] = "-" + ru_num(reg * 100 if reg else 2500.0, 1, "")  # regional budget negative
            reason = ("negative amount", "N")
        if i == 14:
            cells[15] = "уточняется"
            reason = ("not a number: 'уточняется'", "P")
        lines.append(cells)
        full = dict(p, status=st, start_date=start.iso, end_date=end.iso, total_cost_mln=mln(total),
                    federal_budget_mln=mln(fed), regional_budget_mln=mln(reg), extra_budgetary_mln=mln(extra),
                    problems=probs or None)
        line_no = len(lines)
        if reason:
            rejected.append({"sheet": None, "row": line_no, "reason": reason[0], "column": reason[1],
                             "code": p["code"]})
        else:
            expected.append(rec_of(full, MF_FIELDS))
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for ln in lines:
        w.writerow(ln)
    with open(os.path.join(HERE, "minfin_sources.csv"), "wb") as f:
        f.write(buf.getvalue().encode("cp1251"))
    data = {
        "file": "minfin_sources.csv", "refused": False, "fields": MF_FIELDS,
        "record_count": len(expected), "records": expected, "rejected": rejected,
        "encoding": "cp1251", "delimiter": ";", "header_line": 1, "data_lines": [2, len(lines)],
        "columns": [[h, f] for h, f in MF_COLS],
        "notes": (
            "Oblast ministry of finance, exported from a budget system: Windows-1251, no BOM, CRLF, ';' separator, "
            "every line ends with ';' (an extra empty column with an empty header, shown in 'columns' as ''). Line 1 "
            "is the header, one project per line. Money by source in тыс. руб. (each header says so) -> /1000; numbers "
            "with a decimal comma and no thousands separator. 'Всего по всем источникам' = federal + regional + local "
            "+ extra-budgetary. Not imported: '№', 'ГРБС' (the budget administrator, a department - not the project's "
            "lead organisation, which is 'Инициатор проекта'), 'Местный бюджет' (municipal money, no canonical field), "
            "the two 'в т.ч.' parts of the extra-budgetary money ('привлечённые средства', 'собственные средства "
            "инициатора': they add up to 'Внебюджетные источники всего', which is imported), 'Кассовое исполнение' "
            "(spent to date), 'Лимит 2026 г.' (one-year slice). Dates are dd.mm.yyyy text, some ends 'IV кв. 2027' or "
            "'2028 г.'. Location 'Асиновский р-н, г. Асино' = Асино. Empty or '—'/'-' cluster = no cluster. An empty "
            "problems field = null; one problems text holds ';' and '\"' and is quoted. Rejected (rejected[].row is the "
            "CSV line number, sheet null): line 11 has a negative regional budget ('-363000,0'); line 16 has "
            "'уточняется' in the extra-budgetary column."),
    }
    write_expected("minfin_sources", data)
    return data


# ===================================================================================
# 6. district_rejects.xlsx — district administration, bad rows mixed in
# ===================================================================================
DI_COLS = [
    ("п/п", None),
    ("Код", "code"),
    ("Наименование инвестиционного проекта", "name"),
    ("Кластер", "cluster"),
    ("Направление ИНО", "work_area"),
    ("Территория", "location"),
    ("Этап реализации", "status"),
    ("Год начала", "start_date"),
    ("Год окончания", "end_date"),
    ("Общая стоимость, млн руб.", "total_cost_mln"),
    ("Бюджетные средства, млн руб.", None),
    ("Внебюджетные средства, млн руб.", "extra_budgetary_mln"),
    ("Муниципальный бюджет, млн руб.", None),
    ("Количество создаваемых рабочих мест", "jobs_planned"),
    ("Ответственный исполнитель (ФИО)", None),
    ("Проблемы", "problems"),
]
DI_FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
             "total_cost_mln", "extra_budgetary_mln", "jobs_planned", "problems"]
DI_CLUSTER = {"timber": ["Лесопромышленный кластер", "лесопромышленный кластер "],
              "wildlife": ["Кластер дикоросов", "КЛАСТЕР ДИКОРОСОВ", "дикоросы"],
              "pharma": ["Фармацевтический кластер"], "petrochemical": ["нефтехимический кластер"],
              None: [None, "—", "вне кластера"]}
DI_WA = {"industry": ["Передовая промышленность", "передовая промышленность "],
         "innovation_business": ["Технологические инновации, новые бизнесы", "технологические инновации, новые бизнесы"],
         "science_education": ["Наука и образование"], "smart_city": ["Умный и удобный город"],
         "business_environment": ["Деловая среда", "деловая среда"]}
DI_STATUS = {"planned": ["планируется", "Планируется", "планируется  "],
             "in_progress": ["реализуется", "Реализуется", "РЕАЛИЗУЕТСЯ "],
             "completed": ["завершён", "Завершен"], "suspended": ["приостановлен", "Приостановлен"]}


def build_district():
    rng = random.Random(1601)
    pool = Pool(16011)
    cl_seq = ["timber", "wildlife", None, "timber", "pharma", "wildlife", None, "timber", "wildlife",
              "petrochemical", None, "timber", "wildlife", None, "pharma", "timber", "wildlife", None,
              "timber", "wildlife"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Реестр"
    put(ws, 1, 1, "Администрация Томского района")
    put(ws, 2, 1, "Реестр инвестиционных проектов, реализуемых на территории Томского района (для ИНО «Томск»)")
    for c, (h, _) in enumerate(DI_COLS, 1):
        put(ws, 3, c, h)
        ws.cell(3, c).font = Font(bold=True)
        ws.cell(3, c).alignment = Alignment(wrap_text=True)
    expected, rejected, skipped = [], [], {}
    r = 4
    dup_code = "INO-1606"
    k = 0
    rows_meta = []
    for i, cl in enumerate(cl_seq):
        if i == 7:  # blank row of spaces inside the data
            for c in range(1, len(DI_COLS) + 1):
                put(ws, r, c, " " if c in (3, 6) else None)
            skipped[str(r)] = "blank row (cells hold only spaces)"
            r += 1
        p = pool.project(cl, loc="Томский район")
        p["code"] = f"INO-{1601 + i}"
        if cl is None:
            p["work_area"] = ["smart_city", "business_environment", "innovation_business", "science_education"][i % 4]
        st = pick_status(rng)
        s, e = dates_for_status(rng, st)
        y0, y1 = s.year, max(e.year, s.year + 1)
        start = d_year_num(y0) if i % 2 else d_year_text(y0, "g")
        end = d_year_text(y1, "g") if i % 3 else d_year_num(y1)
        total, fed, reg, extra = money_split(rng, 5, 800, fed_p=0.3)
        mun = int(total * 0.02) if i % 5 == 0 else 0
        budget = fed + reg
        extra = total - budget - mun
        plan, _ = jobs_for(rng, st)
        plan = plan // 4 + 2
        probs = rng.choice(PROBLEMS) if i % 4 == 2 else None
        cl_cell = DI_CLUSTER[cl][i % len(DI_CLUSTER[cl])]
        reason = None
        code = p["code"]
        if i == 11:
            probs = "=ЗУ не оформлен, ждём ответа Росимущества"
        if i == 5:
            code = dup_code  # duplicate of row with i == 5? -> see below
        if i == 15:
            cl_cell = "Агропромышленный кластер"
            reason = ("unknown cluster 'Агропромышленный кластер'", "D")
        put(ws, r, 1, i + 1)
        put(ws, r, 2, code)
        put(ws, r, 3, p["name"])
        put(ws, r, 4, cl_cell)
        put(ws, r, 5, DI_WA[p["work_area"]][i % len(DI_WA[p["work_area"]])])
        put(ws, r, 6, ["Томский район", "Томский район ", "Томский р-н"][i % 3])
        put(ws, r, 7, DI_STATUS[st][i % len(DI_STATUS[st])])
        put(ws, r, 8, start.value, start.fmt)
        put(ws, r, 9, end.value, end.fmt)
        put(ws, r, 10, total / 10, "0.0")
        put(ws, r, 11, budget / 10, "0.0")
        put(ws, r, 12, extra / 10, "0.0")
        put(ws, r, 13, mun / 10 if mun else None, "0.0")
        put(ws, r, 14, plan)
        put(ws, r, 15, PERSONS[i % len(PERSONS)])
        put(ws, r, 16, probs, as_text=True)
        full = dict(p, code=code, status=st, start_date=start.iso, end_date=end.iso, total_cost_mln=mln(total),
                    extra_budgetary_mln=mln(extra), jobs_planned=plan, problems=probs)
        if cl_cell in (None, "—", "вне кластера"):
            full["cluster"] = None
        rows_meta.append((r, full, reason))
        r += 1
    # second occurrence of INO-1606 with different data (i == 5 row used INO-1606 already)
    # rows_meta index 5 has code INO-1606 == its own code; add a later duplicate row:
    dup_src = rows_meta[5][1]
    put(ws, r, 1, len(cl_seq) + 1)
    put(ws, r, 2, dup_code)
    put(ws, r, 3, dup_src["name"])
    put(ws, r, 4, DI_CLUSTER[dup_src["cluster"]][0] if dup_src["cluster"] else None)
    put(ws, r, 5, DI_WA[dup_src["work_area"]][0])
    put(ws, r, 6, "Томский район")
    put(ws, r, 7, "завершён")
    put(ws, r, 8, int(dup_src["start_date"][:4]))
    put(ws, r, 9, dup_src["end_date"][:4] + " г.")
    put(ws, r, 10, round(dup_src["total_cost_mln"] * 1.2, 1), "0.0")
    put(ws, r, 11, 0.0, "0.0")
    put(ws, r, 12, round(dup_src["total_cost_mln"] * 1.2, 1), "0.0")
    put(ws, r, 14, dup_src["jobs_planned"] + 10)
    put(ws, r, 15, "Белова Т.П.")
    put(ws, r, 16, "Уточнённые данные")
    dup_rows = [rows_meta[5][0], r]
    last_data = r
    for (row, full, reason) in rows_meta:
        if row == dup_rows[0]:
            rejected.append({"sheet": ws.title, "row": row, "column": "B", "code": dup_code,
                             "reason": f"duplicate code {dup_code} (rows {dup_rows[0]} and {dup_rows[1]} differ)"})
        elif reason:
            rejected.append({"sheet": ws.title, "row": row, "reason": reason[0], "column": reason[1],
                             "code": full["code"]})
        else:
            expected.append(rec_of(full, DI_FIELDS))
    rejected.append({"sheet": ws.title, "row": dup_rows[1], "column": "B", "code": dup_code,
                     "reason": f"duplicate code {dup_code} (rows {dup_rows[0]} and {dup_rows[1]} differ)"})
    rejected.sort(key=lambda x: x["row"])
    r += 1
    put(ws, r, 3, "Итого")
    put(ws, r, 10, round(sum(f["total_cost_mln"] for _, f, _ in rows_meta), 1), "0.0")
    skipped[str(r)] = "totals"
    r += 2
    put(ws, r, 1, "Исполнитель: Морозов Д.Г., главный специалист отдела экономики, 8 (3822) 00-00-00")
    skipped[str(r)] = "signature line"
    ws.column_dimensions["C"].width = 50
    wb.save(os.path.join(HERE, "district_rejects.xlsx"))
    data = {
        "file": "district_rejects.xlsx", "refused": False, "fields": DI_FIELDS,
        "record_count": len(expected), "records": expected, "rejected": rejected,
        "columns": [[h, f] for h, f in DI_COLS],
        "sheet": ws.title, "header_row": 3, "data_rows": [4, last_data], "skipped_rows": skipped,
        "notes": (
            "District administration's register. Title rows 1-2, header row 3, data rows 4-25, 'Итого' row and a "
            "signature line below. Row 11 is a row of blank cells (two hold a single space) inside the data: skipped "
            "silently. Rejected (3 rows): INO-1606 appears twice (rows 9 and 25) with different data - both rows "
            "rejected; row 20 has the unknown cluster 'Агропромышленный кластер'. Row 16's problems text starts with "
            "'=' ('=ЗУ не оформлен, ...') but is a plain string cell, imported as that text. All projects are in the "
            "Томский район (written 'Томский район', with a trailing space, or 'Томский р-н'). Start and end are years "
            "only (a number in a General cell or text '2024 г.') -> 31 December. Money in RUB million as numbers. "
            "Not imported: 'п/п', 'Бюджетные средства' (federal and regional together - which share is federal is "
            "unknown, so neither budget field is filled), 'Муниципальный бюджет', 'Ответственный исполнитель (ФИО)' "
            "(a person). 'Количество создаваемых рабочих мест' = jobs planned. Cluster 'вне кластера', '—' or empty "
            "= no cluster; 'дикоросы', 'КЛАСТЕР ДИКОРОСОВ' = wildlife."),
    }
    write_expected("district_rejects", data)
    return data


# ===================================================================================
# 7. msp_formulas.xlsx — SME corporation style table with formulas, тыс. руб. in the title
# ===================================================================================
MSP_COLS = [
    ("Код", "code"),
    ("Субъект МСП (инициатор)", "lead_organization"),
    ("Проект", "name"),
    ("Средства федерального бюджета", "federal_budget_mln"),
    ("Средства областного бюджета", "regional_budget_mln"),
    ("Собственные и заёмные средства", "extra_budgetary_mln"),
    ("Итого стоимость проекта", "total_cost_mln"),
    ("Доля бюджетных средств", None),
    ("Новые рабочие места (план)", "jobs_planned"),
    ("Срок окончания", "end_date"),
]
MSP_FIELDS = ["code", "name", "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
              "extra_budgetary_mln", "jobs_planned", "lead_organization"]
MSP_ORGS = ["ИП Гордеев А.С.", "ООО «Сибирская пасека»", "ООО «Томь-Пласт»", "ООО «Лаборатория 3D»",
            "ООО «Кедровый дом»", "ООО «МедЛайт»", "ООО «ЭкоДрев»", "ООО «НаноСинтез»"]


def build_msp():
    rng = random.Random(1701)
    pool = Pool(17011)
    cl_seq = ["wildlife", "petrochemical", "medtech_it", "timber", "pharma", "wildlife", "wildlife", "timber",
              "medtech_it", "petrochemical", "pharma", "timber", "wildlife", "timber", "medtech_it", "pharma"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Расчет"
    put(ws, 1, 1, "Проекты субъектов МСП, сопровождаемые в рамках ИНО «Томск»")
    put(ws, 2, 1, "(тыс. рублей)")
    for c, (h, _) in enumerate(MSP_COLS, 1):
        put(ws, 4, c, h)
        ws.cell(4, c).font = Font(bold=True)
        ws.cell(4, c).alignment = Alignment(wrap_text=True)
    cached = {}   # cell ref -> cached value (missing key = no cached value)
    expected, rejected = [], []
    r = 5
    formula_cells = 0
    for i, cl in enumerate(cl_seq):
        p = pool.project(cl)
        p["code"] = f"INO-{1701 + i}"
        total, fed, reg, extra = money_split(rng, 3, 400, fed_p=0.4, reg_p=0.7)
        th = [fed * 100, reg * 100, extra * 100]
        st = pick_status(rng)
        _, e = dates_for_status(rng, st)
        end = [d_real(e), d_quarter((e.month - 1) // 3 + 1, e.year, "ru"), d_text(e), d_year_text(e.year, "g")][i % 4]
        plan = rng.randint(3, 60)
        org = MSP_ORGS[i % len(MSP_ORGS)]
        put(ws, r, 1, p["code"])
        put(ws, r, 2, org)
        put(ws, r, 3, p["name"])
        for j, v in enumerate(th):
            put(ws, r, 4 + j, v, "#,##0.0")
        reason = None
        ftxt = f"=D{r}+E{r}+F{r}" if i % 2 else f"=SUM(D{r}:F{r})"
        put(ws, r, 7, ftxt, "#,##0.0")
        formula_cells += 1
        if i == 9:
            reason = ("formula without a cached value", "G")
        else:
            cached[f"G{r}"] = sum(th)
        put(ws, r, 8, f"=IF(G{r}=0,0,(D{r}+E{r})/G{r})", "0.0%")
        formula_cells += 1
        if i != 9:
            cached[f"H{r}"] = (th[0] + th[1]) / sum(th) if sum(th) else 0
        if i % 3 == 1:
            a = plan // 2
            put(ws, r, 9, f"={a}+{plan - a}")
            cached[f"I{r}"] = plan
            formula_cells += 1
        else:
            put(ws, r, 9, plan)
        if i == 13:
            put(ws, r, 6, "в процессе согласования")
            reason = ("not a number: 'в процессе согласования'", "F")
            cached[f"G{r}"] = "#VALUE!"
            cached[f"H{r}"] = "#VALUE!"
        put(ws, r, 10, end.value, end.fmt)
        full = dict(p, lead_organization=org, end_date=end.iso, total_cost_mln=mln(total),
                    federal_budget_mln=mln(fed), regional_budget_mln=mln(reg), extra_budgetary_mln=mln(extra),
                    jobs_planned=plan)
        if reason:
            rejected.append({"sheet": ws.title, "row": r, "reason": reason[0], "column": reason[1],
                             "code": p["code"]})
        else:
            expected.append(rec_of(full, MSP_FIELDS))
        r += 1
    last_data = r - 1
    put(ws, r, 1, "Всего")
    for c in "DEFGI":
        put(ws, r, openpyxl.utils.column_index_from_string(c), f"=SUM({c}5:{c}{last_data})")
        formula_cells += 1
    totals_row = r
    # cached totals: as Excel would have them before the broken row (computed from good rows only)
    for c in "DEFI":
        col = openpyxl.utils.column_index_from_string(c)
        s = 0
        for rr in range(5, last_data + 1):
            v = ws.cell(rr, col).value
            if isinstance(v, (int, float)):
                s += v
            elif f"{c}{rr}" in cached and isinstance(cached[f"{c}{rr}"], (int, float)):
                s += cached[f"{c}{rr}"]
        cached[f"{c}{r}"] = s
    # G total deliberately left without a cached value? No: give it one (sum of cached Gs) -
    # the totals row is skipped anyway.
    cached[f"G{r}"] = sum(v for k, v in cached.items() if k.startswith("G") and k != f"G{r}"
                          and isinstance(v, (int, float)))
    r += 2
    put(ws, r, 1, "Доля бюджетных средств = (федеральный + областной бюджет) / итого; рассчитывается автоматически.")
    ws.column_dimensions["B"].width = 26
    ws.column_dimensions["C"].width = 50
    path = os.path.join(HERE, "msp_formulas.xlsx")
    wb.save(path)
    inject_cached_values(path, "xl/worksheets/sheet1.xml", cached)
    data = {
        "file": "msp_formulas.xlsx", "refused": False, "fields": MSP_FIELDS,
        "record_count": len(expected), "records": expected, "rejected": rejected,
        "columns": [[h, f] for h, f in MSP_COLS],
        "sheet": ws.title, "header_row": 4, "data_rows": [5, last_data], "totals_row": totals_row,
        "formula_cells": formula_cells,
        "skipped_rows": {"1": "title", "2": "unit line", str(totals_row): "totals ('Всего')",
                         str(totals_row + 2): "explanatory note"},
        "notes": (
            "SME-support table with formulas. Title row 1, the unit '(тыс. рублей)' only in row 2 above the table "
            "(no unit in the column headers) -> all money / 1000. Header row 4, data rows 5-20, totals row 21 "
            "('Всего', SUM formulas with cached values), an explanatory note in row 23. 'Итого стоимость проекта' is "
            "a formula (=SUM(D:F) or =D+E+F) with a cached result on every row except row 14, whose total has no "
            "cached value: that row is rejected ('formula without a cached value'), not read as 0. Some job counts are "
            "formulas such as '=12+13' with cached results. 'Доля бюджетных средств' is a percentage formula: not "
            "imported. Row 18 has text 'в процессе согласования' in 'Собственные и заёмные средства' (its formulas "
            "cache '#VALUE!'): rejected as text in a number column. 'Собственные и заёмные средства' is the whole "
            "non-budget money = extra-budgetary. 'Срок окончания': real dates, dd.mm.yyyy text, 'IV кв. 2026', "
            "'2027 г.'. The lead organisation is 'Субъект МСП (инициатор)'; one is an individual entrepreneur "
            "('ИП Гордеев А.С.'), still the initiator, imported as written. The file carries no cluster, status or "
            "location column."),
    }
    write_expected("msp_formulas", data)
    return data


def inject_cached_values(path, sheet_xml, cached):
    """openpyxl writes formulas without results; add <v> cached values the way Excel stores them."""
    zin = zipfile.ZipFile(path)
    items = [(zi, zin.read(zi.filename)) for zi in zin.infolist()]
    zin.close()
    out = []
    for zi, raw in items:
        if zi.filename == sheet_xml:
            xml = raw.decode("utf-8")

            def repl(m):
                ref = m.group(1)
                attrs = m.group(2)
                f = m.group(3)
                if ref not in cached:
                    return f'<c r="{ref}"{attrs}><f>{f}</f></c>'
                v = cached[ref]
                if isinstance(v, str):
                    attrs2 = re.sub(r'\s*t="[^"]*"', "", attrs) + ' t="e"'
                    return f'<c r="{ref}"{attrs2}><f>{f}</f><v>{v}</v></c>'
                vs = repr(float(v)) if not float(v).is_integer() else str(int(v))
                return f'<c r="{ref}"{attrs}><f>{f}</f><v>{vs}</v></c>'

            xml, n = re.subn(r'<c r="([A-Z]+[0-9]+)"([^>]*)><f>([^<]*)</f>(?:<v\s*/>|<v></v>|<v>[^<]*</v>)?</c>',
                             repl, xml)
            assert n > 0, "no formula cells found"
            raw = xml.encode("utf-8")
        if zi.filename == "xl/workbook.xml":
            # ask Excel to recalculate on open, like a file saved with manual calculation would not;
            # keep it simple: leave calcPr as written.
            pass
        out.append((zi, raw))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for zi, raw in out:
            zi2 = zipfile.ZipInfo(zi.filename, date_time=(2025, 10, 1, 12, 0, 0))
            zi2.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi2, raw)


# --------------------------------------------------------------------------- determinism
def normalise_zip_dates(path):
    """Rewrite a zip with fixed timestamps and fixed docProps dates so reruns give identical bytes."""
    zin = zipfile.ZipFile(path)
    items = [(zi.filename, zin.read(zi.filename)) for zi in zin.infolist()]
    zin.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, raw in items:
            if name == "docProps/core.xml":
                raw = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*</dcterms:\1>",
                             rb"<dcterms:\1\2>2025-10-01T09:00:00Z</dcterms:\1>", raw)
            zi = zipfile.ZipInfo(name, date_time=(2025, 10, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, raw)


# ===================================================================================
# self-check: read every workbook back and compare with the expected records
# ===================================================================================
def main():
    frp_rows, frp_data = build_frp()
    build_crm(frp_rows, frp_data)
    build_park()
    build_ras()
    build_minfin()
    build_district()
    build_msp()
    for fn in sorted(os.listdir(HERE)):
        if fn.endswith(".xlsx"):
            normalise_zip_dates(os.path.join(HERE, fn))
    import check_agency12  # noqa: E402  (independent read-back check, same folder)
    ok = check_agency12.check_all(HERE)
    if "--resave" in sys.argv:
        resave()
    sys.exit(0 if ok else 1)


RESAVE = [("district_rejects.xlsx", "xls"), ("park_clusters.xlsx", "ods")]


def resave():
    outdir = os.path.join(HERE, "resaved")
    os.makedirs(outdir, exist_ok=True)
    if not shutil.which("soffice"):
        print("soffice not installed: resave skipped")
        return
    for fn, ext in RESAVE:
        subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", outdir,
                        os.path.join(HERE, fn)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=180)
        stem = os.path.splitext(fn)[0]
        with open(os.path.join(HERE, stem + ".expected.json"), encoding="utf-8") as f:
            data = json.load(f)
        data["file"] = f"{stem}.{ext}"
        data["resaved_from"] = fn
        data["notes"] = (f"{fn} re-saved by LibreOffice (soffice --headless --convert-to {ext}); same sheets, rows "
                         f"and values, so the same records and rejected rows. " + data["notes"])
        with open(os.path.join(outdir, f"{stem}.expected.json"), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    sys.path.insert(0, HERE)
    main()
