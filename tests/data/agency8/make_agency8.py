#!/usr/bin/env python3
"""Generator of the agency8 evaluation set (independent agency workbooks).

Run:  /work/main/.venv/bin/python tests/data/agency8/make_agency8.py
      (add --resave to re-save some files with LibreOffice into resaved/)

Deterministic: the same code always writes the same cells and the same
NAME.expected.json files.  Every file is built from canonical records (what a
careful clerk says the row means) and a per-file rendering of each field into
cells (units, text numbers, quarters, month names, ...).  After writing, the
script reads every workbook back with openpyxl (csv module for the CSV file)
and checks the cells against the expected records with its own small,
independent interpretation (self_check()).
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

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
NBSP = "\u00a0"

ALL_FIELDS = ["code", "name", "cluster", "work_area", "location", "status",
              "start_date", "end_date", "total_cost_mln", "federal_budget_mln",
              "regional_budget_mln", "extra_budgetary_mln",
              "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created",
              "lead_organization", "problems"]
MONEY = {"total_cost_mln", "federal_budget_mln", "regional_budget_mln",
         "extra_budgetary_mln", "extra_budgetary_confirmed_mln"}
DATES = {"start_date", "end_date"}

# --------------------------------------------------------------------------
# Canonical pools (my own wording)
# --------------------------------------------------------------------------
POOL = {
    "petrochemical": [
        ("Производство полиэтиленовых труб большого диаметра", "ООО «Томскполимер»"),
        ("Выпуск каталитических присадок к дизельному топливу", "АО «Сибхимпром»"),
        ("Модернизация установки газофракционирования", "ООО «Томскнефтехим»"),
        ("Линия переработки вторичного ПЭТ в гранулу", "ООО «ЭкоПласт Томск»"),
        ("Производство полимерных мембран для водоочистки", "ООО «Мембранные технологии»"),
        ("Выпуск метанольных присадок для зимнего топлива", "АО «Сибхимпром»"),
    ],
    "nuclear": [
        ("Участок изготовления медицинских изотопов", "АО «СХК»"),
        ("Производство фторсодержащих материалов высокой чистоты", "АО «СХК»"),
        ("Опытно-демонстрационный энергокомплекс (вспомогательные объекты)", "АО «ОДЭК»"),
        ("Цех бериллиевой бронзы для электротехники", "ООО «Северский металлург»"),
        ("Центр радиационной стерилизации медицинских изделий", "ООО «РадСтер»"),
        ("Производство тепловыделяющих сборок для исследовательских реакторов", "НИ ТПУ"),
    ],
    "timber": [
        ("Завод клеёной балки и стеновых панелей", "ООО «Асиновский ЛПК»"),
        ("Производство топливных пеллет из отходов лесопиления", "ООО «ТомЛесЭнерго»"),
        ("Цех мебельного щита из сибирской берёзы", "ООО «Берёзовый край»"),
        ("Производство бруса LVL", "ООО «Асиновский ЛПК»"),
        ("Глубокая переработка низкосортной древесины", "ООО «Лестехнологии»"),
        ("Комплекс сушки и строгания пиломатериалов", "ООО «ТомЛесЭнерго»"),
    ],
    "pharma": [
        ("Производство инфузионных растворов в полимерной таре", "АО «Томскфарм»"),
        ("Синтез активных фармацевтических субстанций", "ООО «СибФармСинтез»"),
        ("Платформа рекомбинантных белков", "СибГМУ"),
        ("Выпуск ветеринарных препаратов на основе пантов", "ООО «Алтайские панты Томск»"),
        ("Лаборатория доклинических испытаний по правилам GLP", "СибГМУ"),
        ("Производство пробиотических субстанций", "ООО «СибФармСинтез»"),
    ],
    "medtech_it": [
        ("Серийный выпуск портативных электрокардиографов", "ООО «КардиоТом»"),
        ("Платформа телемедицинских консультаций для сельских ФАПов", "ТУСУР"),
        ("Контрактное производство печатных плат", "АО «НПЦ Полюс»"),
        ("Системы машинного зрения для контроля качества", "ООО «Визион Сибирь»"),
        ("Производство имплантов с эффектом памяти формы", "ООО «Медтехника Сибири»"),
        ("Региональный центр обработки данных", "ТУСУР"),
    ],
    "wildlife": [
        ("Переработка брусники и клюквы в концентраты", "ООО «Дары Нарыма»"),
        ("Цех сублимационной сушки лесных ягод", "ООО «Сибирская ягода»"),
        ("Заготовка и переработка чаги", "ООО «Таёжный лекарь»"),
        ("Производство кедрового масла холодного отжима", "ООО «Кедровый дом»"),
        ("Комплекс переработки папоротника-орляка", "ООО «Дары Нарыма»"),
        ("Выпуск травяных сборов и фиточаёв", "ООО «Таёжный лекарь»"),
    ],
    "hard_to_recover": [
        ("Испытательный полигон технологий многостадийного ГРП", "ООО «Томская нефть»"),
        ("Освоение нефтяных оторочек Чкаловского месторождения", "ОАО «Томскнефть» ВНК"),
        ("Разработка доманиковых отложений (пилот)", "ООО «Газпромнефть-Восток»"),
        ("Цифровой керновый центр", "НИ ТПУ"),
        ("Пилотная закачка попутного газа в пласт", "ОАО «Томскнефть» ВНК"),
        ("Термогазовое воздействие на баженовскую свиту", "ООО «Томская нефть»"),
    ],
    None: [
        ("Реконструкция Лагерного сада с инфраструктурой", "Администрация города Томска"),
        ("Межвузовский студенческий кампус (II очередь)", "ТГУ"),
        ("Бизнес-инкубатор для малых инновационных компаний", "ООО «Инкубатор ТО»"),
        ("Система «умных» остановок общественного транспорта", "МКУ «Томск Смарт»"),
        ("Центр коллективного пользования научным оборудованием", "ТГУ"),
        ("Инжиниринговый центр для промышленных предприятий", "НИ ТПУ"),
    ],
}
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
CLUSTER_WA = {
    "petrochemical": "industry", "nuclear": "industry", "timber": "industry",
    "pharma": "innovation_business", "medtech_it": "innovation_business",
    "wildlife": "business_environment", "hard_to_recover": "science_education",
}
CLUSTER_LOC = {
    "petrochemical": ["Томск", "Томский район"],
    "nuclear": ["Северск"],
    "timber": ["Асино", "Томский район"],
    "pharma": ["Томск", "Северск"],
    "medtech_it": ["Томск"],
    "wildlife": ["Колпашево", "Томский район", "Асино"],
    "hard_to_recover": ["Стрежевой"],
    None: ["Томск", "Стрежевой", "Колпашево", "Северск"],
}
PROBLEMS = [
    "Задержка поставки импортного оборудования (санкционные ограничения)",
    "Не решён вопрос технологического присоединения к электросетям",
    "Требуется корректировка ПСД; повторная госэкспертиза",
    "Ожидается решение о предоставлении субсидии из областного бюджета",
    "Инвестор пересматривает график; запрошена отсрочка по соглашению",
    "Рост стоимости металлоконструкций на 30 %, поиск доп. финансирования",
]
PERSONS = ["Иванов И. П.", "Сафронова Е. А.", "Кузнецов Д. В.", "Ли А. С.",
           "Мартыненко О. Г.", "Белова Н. Н.", "Шарипов Р. Р.", "Орлова Т. М."]
CLUSTER_ORDER = ["petrochemical", "nuclear", "timber", "pharma", "medtech_it",
                 "wildlife", "hard_to_recover", None]


def qend(y, q):
    m = 3 * q
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def mend(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def r1(x):
    return round(x + 0.0, 1)


def make_base(seed, n, code_start, statuses=None):
    """n canonical records with every field; money in RUB mln (0.1 steps)."""
    rnd = random.Random(seed)
    out = []
    used = set()
    for i in range(n):
        cl = CLUSTER_ORDER[(i * 3 + seed) % len(CLUSTER_ORDER)]
        k = (i // len(CLUSTER_ORDER) + seed) % len(POOL[cl])
        while (cl, k) in used:
            k = (k + 1) % len(POOL[cl])
        used.add((cl, k))
        name, org = POOL[cl][k]
        if statuses:
            st = statuses[i % len(statuses)]
        else:
            st = rnd.choice(["planned", "in_progress", "in_progress", "completed", "suspended"])
        if st == "completed":
            start = dt.date(2019 + rnd.randint(0, 2), rnd.randint(1, 12), rnd.randint(1, 28))
            end = start + dt.timedelta(days=rnd.randint(400, 1400))
        elif st == "planned":
            start = dt.date(2025 + rnd.randint(0, 1), rnd.randint(1, 12), rnd.randint(1, 28))
            end = start + dt.timedelta(days=rnd.randint(500, 1500))
        else:
            start = dt.date(2021 + rnd.randint(0, 3), rnd.randint(1, 12), rnd.randint(1, 28))
            end = start + dt.timedelta(days=rnd.randint(700, 1800))
        fed = rnd.choice([0, 0, rnd.randint(50, 9000)])
        reg = rnd.choice([0, rnd.randint(5, 2500)])
        extra = rnd.randint(100, 60000)
        fed, reg, extra = fed / 10, reg / 10, extra / 10
        total = r1(fed + reg + extra)
        conf = r1(extra * rnd.choice([1, 0.8, 0.5, 0.35]))
        jp = rnd.randint(2, 180) * 5
        if st == "completed":
            jc = jp
        elif st == "planned":
            jc = None
        else:
            jc = int(jp * rnd.choice([0, 0.2, 0.5, 0.7]))
        loc = rnd.choice(CLUSTER_LOC[cl])
        wa = CLUSTER_WA.get(cl) or rnd.choice(["smart_city", "science_education", "business_environment"])
        prob = PROBLEMS[rnd.randrange(len(PROBLEMS))] if st in ("in_progress", "suspended") and rnd.random() < 0.6 else None
        out.append({
            "code": "INO-%04d" % (code_start + i), "name": name, "cluster": cl,
            "work_area": wa, "location": loc, "status": st,
            "start_date": start, "end_date": end, "total_cost_mln": total,
            "federal_budget_mln": fed, "regional_budget_mln": reg,
            "extra_budgetary_mln": extra, "extra_budgetary_confirmed_mln": conf,
            "jobs_planned": jp, "jobs_created": jc, "lead_organization": org,
            "problems": prob,
        })
    return out


# --------------------------------------------------------------------------
# Cell formatting helpers
# --------------------------------------------------------------------------
def ru_num(x, decimals=1, sep=NBSP):
    """Russian-style number text: thousands separated by sep, decimal comma."""
    neg = x < 0
    s = ("%.*f" % (decimals, abs(x)))
    if "." in s:
        ip, fp = s.split(".")
    else:
        ip, fp = s, ""
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = sep.join(groups) + ("," + fp if fp else "")
    return ("-" if neg else "") + out


def ddmmyyyy(d):
    return d.strftime("%d.%m.%Y")


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
MONTHS_RU = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль",
             "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def set_date(ws, ref, d, fmt="DD.MM.YYYY"):
    ws[ref] = dt.datetime(d.year, d.month, d.day)
    ws[ref].number_format = fmt


def iso(v):
    return v.isoformat() if isinstance(v, dt.date) else v


def expected_record(rec, fields):
    out = {}
    for f in fields:
        v = rec.get(f)
        if f in DATES and v is not None:
            v = v.isoformat()
        elif f in MONEY and v is not None:
            v = round(float(v), 6)
        out[f] = v
    return out


def write_expected(name, fields, records, rejected, columns, extra, notes, subdir=None):
    d = {"file": name, "refused": False, "fields": fields,
         "record_count": len(records),
         "records": [expected_record(r, fields) for r in records],
         "rejected": sorted(rejected, key=lambda x: (x["sheet"], x["row"])),
         "columns": columns}
    d.update(extra)
    d["notes"] = notes
    base = os.path.splitext(name)[0]
    path = os.path.join(HERE if subdir is None else os.path.join(HERE, subdir), base + ".expected.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return d


def title(ws, ref_range, text, bold=True, size=12):
    first = ref_range.split(":")[0]
    ws[first] = text
    ws[first].font = Font(bold=bold, size=size)
    if ":" in ref_range:
        ws.merge_cells(ref_range)


def fix_props(wb):
    wb.properties.creator = "agency8 generator"
    wb.properties.created = dt.datetime(2025, 10, 1, 9, 0, 0)
    wb.properties.modified = dt.datetime(2025, 10, 1, 9, 0, 0)


def normalise_zip(path):
    """Make the .xlsx bytes reproducible: fixed zip timestamps and a fixed 'modified' date."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2025-10-01T09:00:00Z</dcterms:modified>", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 10, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


# Registry of what each file means; self_check() uses it.
BUILT = {}


# --------------------------------------------------------------------------
# Variant spellings used in the cells (clerk's own wording)
# --------------------------------------------------------------------------
STATUS_RU = {
    "planned": ["планируется", "Планируется", "планируется к реализации"],
    "in_progress": ["реализуется", "Реализуется ", "в стадии реализации", "РЕАЛИЗУЕТСЯ"],
    "completed": ["Завершён", "завершен", "реализован", "Завершен"],
    "suspended": ["приостановлен", "Приостановлен", "приостановлен "],
}
LOC_RU = {
    "Томск": ["г. Томск", "Томск", "г.Томск"],
    "Северск": ["ЗАТО Северск", "г. Северск"],
    "Асино": ["г. Асино", "Асино"],
    "Стрежевой": ["г. Стрежевой", "Стрежевой"],
    "Колпашево": ["г. Колпашево", "Колпашево"],
    "Томский район": ["Томский район", "Томский р-н"],
}
CLUSTER_VARIANTS = {
    "petrochemical": ["Нефтехимический кластер", "нефтехимический", "Нефтехимия"],
    "nuclear": ["Кластер ядерных технологий", "ядерных технологий", "Ядерные технологии"],
    "timber": ["Лесопромышленный кластер", "лесопромышленный", "Лесопромышленный"],
    "pharma": ["Фармацевтический кластер", "фармацевтический", "Фармацевтика"],
    "medtech_it": ["Кластер медицинской техники и информационных технологий",
                   "Медтехника и ИТ", "кластер медтехники и ИТ"],
    "wildlife": ["Кластер дикоросов", "дикоросов", "Дикоросы"],
    "hard_to_recover": ["Кластер трудноизвлекаемых запасов", "ТрИЗ", "Кластер ТрИЗ"],
}


def pick(lst, i):
    return lst[i % len(lst)]


# --------------------------------------------------------------------------
# File 1: units row under the header, amounts in тыс. руб.
# --------------------------------------------------------------------------
def build_units_row():
    fname = "a8_units_row.xlsx"
    sheet = "Форма 2-ИНО"
    n = 20
    recs = make_base(11, n, 801)
    rnd = random.Random(111)
    # amounts in thousand roubles with odd thousands (1 254 312,7 тыс. = 1254.3127 mln)
    for r in recs:
        fed_k = round(r["federal_budget_mln"] * 1000) + (rnd.randint(0, 99) if r["federal_budget_mln"] else 0)
        reg_k = round(r["regional_budget_mln"] * 1000) + (rnd.randint(0, 99) if r["regional_budget_mln"] else 0)
        ext_k = round(r["extra_budgetary_mln"] * 1000) + rnd.randint(0, 999) + rnd.choice([0, 0.5])
        mun_k = rnd.choice([0, 0, rnd.randint(100, 9000)])
        r["_k"] = (fed_k, reg_k, mun_k, ext_k)
        tot_k = fed_k + reg_k + mun_k + ext_k
        r["_tot_k"] = tot_k
        r["federal_budget_mln"] = fed_k / 1000
        r["regional_budget_mln"] = reg_k / 1000
        r["extra_budgetary_mln"] = ext_k / 1000
        r["total_cost_mln"] = tot_k / 1000
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    title(ws, "A1:Q1", "Мониторинг реализации проектов программы «ИНО Томск»", size=13)
    title(ws, "A2:Q2", "Департамент инвестиций Томской области; отчётный период: 9 месяцев 2025 г.", bold=False)
    headers = [
        ("№ п/п", None, None),
        ("Шифр проекта", None, "code"),
        ("Наименование инвестиционного проекта", None, "name"),
        ("Отраслевой кластер", None, "cluster"),
        ("Муниципальное образование", None, "location"),
        ("Текущее состояние", None, "status"),
        ("Начало реализации", "дата", "start_date"),
        ("Ввод в эксплуатацию (план)", "дата", "end_date"),
        ("Полная стоимость проекта", "тыс. руб.", "total_cost_mln"),
        ("Средства федерального бюджета", "тыс. руб.", "federal_budget_mln"),
        ("Средства областного бюджета", "тыс. руб.", "regional_budget_mln"),
        ("Средства местного бюджета", "тыс. руб.", None),
        ("Собственные и заёмные средства инициатора", "тыс. руб.", "extra_budgetary_mln"),
        ("Освоено на отчётную дату", "тыс. руб.", None),
        ("Техническая готовность объекта", "%", None),
        ("Новые рабочие места (план)", "ед.", "jobs_planned"),
        ("Инициатор проекта", None, "lead_organization"),
    ]
    for j, (h, u, f) in enumerate(headers, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, horizontal="center")
        if u:
            ws.cell(5, j, u).alignment = Alignment(horizontal="center")
    first = 6
    valid, rejected = [], []
    tots = [0, 0, 0, 0, 0, 0]
    for i, r in enumerate(recs):
        row = first + i
        fed_k, reg_k, mun_k, ext_k = r["_k"]
        cl = r["cluster"]
        ws.cell(row, 1, i + 1)
        ws.cell(row, 2, r["code"])
        ws.cell(row, 3, r["name"])
        ws.cell(row, 4, pick(CLUSTER_VARIANTS[cl], i) if cl else ("—" if i % 2 else None))
        ws.cell(row, 5, pick(LOC_RU[r["location"]], i))
        ws.cell(row, 6, pick(STATUS_RU[r["status"]], i))
        if i % 3 == 1:
            ws.cell(row, 7, ddmmyyyy(r["start_date"]))
        else:
            set_date(ws, "G%d" % row, r["start_date"])
        if i % 4 == 2:
            ws.cell(row, 8, ddmmyyyy(r["end_date"]))
        else:
            set_date(ws, "H%d" % row, r["end_date"])
        tot_k = r["_tot_k"]
        # text numbers in thousands with NBSP / space separators for some cells
        def put(col, val, text):
            if text:
                ws.cell(row, col, ru_num(val, 1 if val != int(val) else 0, NBSP if i % 2 else " "))
            else:
                ws.cell(row, col, val)
                ws.cell(row, col).number_format = "#,##0.0"
        put(9, tot_k, i % 5 == 3)
        put(10, fed_k, i % 6 == 4)
        put(11, reg_k, False)
        put(12, mun_k, False)
        put(13, ext_k, i % 4 == 1)
        spent = round(tot_k * {"planned": 0, "completed": 1.0}.get(r["status"], rnd.choice([0.15, 0.4, 0.8])))
        ws.cell(row, 14, spent)
        ws.cell(row, 15, {"completed": 100, "planned": 0}.get(r["status"], rnd.choice([12, 35, 60, 85])))
        ws.cell(row, 16, r["jobs_planned"])
        ws.cell(row, 17, r["lead_organization"])
        reject = None
        if i == 5:
            ws.cell(row, 11, -1500.0)
            reject = ("negative amount", "K")
        if i == 13:
            ws.cell(row, 13, "около 50 000")
            reject = ("not a number: 'около 50 000'", "M")
        if reject:
            rejected.append({"sheet": sheet, "row": row, "reason": reject[0], "column": reject[1], "code": r["code"]})
        else:
            valid.append((row, r))
            for k, v in enumerate([tot_k, fed_k, reg_k, mun_k, ext_k, spent]):
                tots[k] += v
    last = first + n - 1
    trow = last + 1
    ws.cell(trow, 1, "Итого")
    ws.merge_cells("A%d:C%d" % (trow, trow))
    ws.cell(trow, 1).font = Font(bold=True)
    for k, col in enumerate([9, 10, 11, 12, 13, 14]):
        ws.cell(trow, col, round(tots[k], 1))
    ws.cell(trow, 16, sum(r["jobs_planned"] for _, r in valid))
    frow = trow + 2
    ws.cell(frow, 1, "* Сведения представлены инициаторами проектов; техническая готовность — по оценке заказчика-застройщика.")
    ws.merge_cells("A%d:Q%d" % (frow, frow))
    for j, w in enumerate([6, 11, 48, 26, 20, 16, 12, 12, 14, 14, 14, 14, 16, 14, 10, 10, 30], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    fix_props(wb)
    wb.save(os.path.join(HERE, fname))
    normalise_zip(os.path.join(HERE, fname))

    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date",
              "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
              "extra_budgetary_mln", "jobs_planned", "lead_organization"]
    columns = [[h + (" / " + u if u else ""), f] for h, u, f in headers]
    notes = ("One sheet '%s'. Title rows 1-2 (merged), row 3 empty; header row 4 and, directly under it, a UNITS row 5 "
             "('дата', 'тыс. руб.', '%%', 'ед.') that is part of the header, not data. Amounts are in THOUSAND roubles "
             "(said only in the units row) and are given here in RUB million (1 254 312,7 тыс. = 1254.3127). Some amounts "
             "are text with a non-breaking or plain space as thousands separator. Dates are real dates or 'dd.mm.yyyy' "
             "text. Locations are written 'г. Томск', 'ЗАТО Северск', 'Томский р-н' and mean the canonical places. "
             "Empty or '—' cluster = no cluster. Look-alike columns NOT imported: '№ п/п', municipal budget "
             "('Средства местного бюджета'), money spent to date ('Освоено на отчётную дату'), a percentage "
             "('Техническая готовность объекта'). The total includes the municipal budget, so total != federal + "
             "regional + extra-budgetary for some rows; the total is taken as written. Row %d is the totals row "
             "('Итого', merged A:C) and row %d a footnote: not projects. Rejected: row 11 (negative regional budget "
             "-1500), row 19 (text 'около 50 000' in the extra-budgetary column)." % (sheet, trow, frow))
    extra = {"sheet": sheet, "header_rows": [4, 5], "units_row": 5, "data_rows": [first, last],
             "skipped_rows": {str(trow): "totals", str(frow): "footnote"}, "money_unit": "thousand RUB"}
    write_expected(fname, fields, [r for _, r in valid], rejected, columns, extra, notes)
    BUILT[fname] = {"kind": "xlsx", "sheet": sheet, "rows": valid, "rejected": rejected,
                    "cols": {get_column_letter(j): f for j, (h, u, f) in enumerate(headers, 1) if f},
                    "factor": {"total_cost_mln": 0.001, "federal_budget_mln": 0.001,
                               "regional_budget_mln": 0.001, "extra_budgetary_mln": 0.001},
                    "fields": fields}


# --------------------------------------------------------------------------
# File 2: header split over two rows WITHOUT merged cells
# --------------------------------------------------------------------------
def build_split_header():
    fname = "a8_split_header.xlsx"
    sheet = "Лист1"
    n = 20
    recs = make_base(23, n, 831)
    rnd = random.Random(222)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Перечень проектов ИНО «Томск» с участием Томского политехнического университета"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "(по состоянию на 01.07.2025)"
    headers = [  # (row 4 text, row 5 text, field)
        ("№", "п/п", None),
        ("Код", "проекта", "code"),
        ("Наименование", None, "name"),
        ("Кластер", None, "cluster"),
        ("Место", "реализации", "location"),
        ("Статус", "проекта", "status"),
        ("Дата", "начала", "start_date"),
        ("Дата", "завершения", "end_date"),
        ("Стоимость,", "млн руб.", "total_cost_mln"),
        ("в т.ч. ВБС,", "млн руб.", "extra_budgetary_mln"),
        ("из них подтв. ВБС,", "млн руб.", "extra_budgetary_confirmed_mln"),
        ("Доля ВБС,", "%", None),
        ("Раб. места", "(план)", "jobs_planned"),
        ("Раб. места", "(факт)", "jobs_created"),
        ("Руководитель", "проекта (ФИО)", None),
        ("Головная", "организация", "lead_organization"),
        ("Статус", "экспертизы ПСД", None),
    ]
    for j, (a, b, f) in enumerate(headers, 1):
        ws.cell(4, j, a).font = Font(bold=True)
        if b:
            ws.cell(5, j, b).font = Font(bold=True)
    first = 6
    valid, rejected = [], []
    expert = ["положительное заключение", "на экспертизе", "не требуется", "отрицательное, на доработке"]
    for i, r in enumerate(recs):
        row = first + i
        cl = r["cluster"]
        ws.cell(row, 1, i + 1)
        ws.cell(row, 2, r["code"])
        ws.cell(row, 3, r["name"])
        ws.cell(row, 4, pick(CLUSTER_VARIANTS[cl], i + 1) if cl else None)
        ws.cell(row, 5, r["location"] if i % 3 else pick(LOC_RU[r["location"]], i))
        ws.cell(row, 6, pick(STATUS_RU[r["status"]], i + 2))
        if i % 4 == 3:
            ws.cell(row, 7, ddmmyyyy(r["start_date"]))
        else:
            set_date(ws, "G%d" % row, r["start_date"])
        if i in (2, 9, 17):
            # a bare year as a number in a General cell = 31 December
            y = max(r["end_date"].year, r["start_date"].year + 1)
            r["end_date"] = dt.date(y, 12, 31)
            ws.cell(row, 8, y)
        elif i % 5 == 1:
            ws.cell(row, 8, ddmmyyyy(r["end_date"]))
        else:
            set_date(ws, "H%d" % row, r["end_date"])
        if i % 4 == 0:
            ws.cell(row, 9, ru_num(r["total_cost_mln"], 1, NBSP))
        else:
            ws.cell(row, 9, r["total_cost_mln"])
        ws.cell(row, 10, r["extra_budgetary_mln"])
        ws.cell(row, 11, r["extra_budgetary_confirmed_mln"] if i % 7 != 6 else None)
        if i % 7 == 6:
            r["extra_budgetary_confirmed_mln"] = None
        ws.cell(row, 12, round(100 * r["extra_budgetary_mln"] / r["total_cost_mln"], 1))
        ws.cell(row, 13, r["jobs_planned"])
        ws.cell(row, 14, r["jobs_created"])
        ws.cell(row, 15, pick(PERSONS, i))
        ws.cell(row, 16, r["lead_organization"])
        ws.cell(row, 17, pick(expert, i))
        reject = None
        if i == 7:
            bad = r["start_date"] - dt.timedelta(days=200)
            ws.cell(row, 8, ddmmyyyy(bad))
            ws.cell(row, 8).number_format = "General"
            reject = ("end date before start date", "H")
        if i == 15:
            ws.cell(row, 4, "Агропромышленный кластер")
            reject = ("unknown cluster 'Агропромышленный кластер'", "D")
        if reject:
            rejected.append({"sheet": sheet, "row": row, "reason": reject[0], "column": reject[1], "code": r["code"]})
        else:
            valid.append((row, r))
    last = first + n - 1
    frow = last + 2
    ws.cell(frow, 1, "Примечание: ВБС — внебюджетные средства; ПСД — проектно-сметная документация.")
    for j, w in enumerate([5, 11, 50, 22, 16, 16, 12, 12, 12, 12, 12, 8, 9, 9, 18, 26, 22], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    fix_props(wb)
    wb.save(os.path.join(HERE, fname))
    normalise_zip(os.path.join(HERE, fname))
    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date",
              "total_cost_mln", "extra_budgetary_mln", "extra_budgetary_confirmed_mln",
              "jobs_planned", "jobs_created", "lead_organization"]
    columns = [[a + (" / " + b if b else ""), f] for a, b, f in headers]
    notes = ("One sheet '%s'. Title rows 1-2, row 3 empty. The header is split over rows 4 and 5 WITHOUT merged "
             "cells: a heading's words continue in the cell below ('Дата' / 'начала', 'Дата' / 'завершения', "
             "'Стоимость,' / 'млн руб.'); two columns start with the same word 'Дата' and two with 'Раб. места', two "
             "with 'Статус'. Row 5 is header, not data. Data rows %d-%d, row %d is a footnote. Amounts RUB million; "
             "some totals are text with a non-breaking space ('1 234,5'). Three end dates are a bare year as a number "
             "in a General cell (= 31 December). Clusters are short variants ('Нефтехимия', 'ТрИЗ', 'дикоросов'); empty "
             "= no cluster. Not imported: '№ / п/п', 'Доля ВБС, / %%' (a percentage), 'Руководитель / проекта (ФИО)' "
             "(a person, not the organisation), 'Статус / экспертизы ПСД' (the status of the design documents' expert "
             "review, not of the project). Empty 'Раб. места / (факт)' and empty confirmed extra-budgetary cells are "
             "null. Rejected: row 13 (end date before start date), row 21 (unknown cluster 'Агропромышленный кластер')."
             % (sheet, first, last, frow))
    extra = {"sheet": sheet, "header_rows": [4, 5], "merged_header": False, "data_rows": [first, last],
             "skipped_rows": {str(frow): "footnote"}}
    write_expected(fname, fields, [r for _, r in valid], rejected, columns, extra, notes)
    BUILT[fname] = {"kind": "xlsx", "sheet": sheet, "rows": valid, "rejected": rejected,
                    "cols": {get_column_letter(j): f for j, (a, b, f) in enumerate(headers, 1) if f},
                    "factor": {}, "fields": fields}


# --------------------------------------------------------------------------
# File 3: merged two-level header with per-year money slices beside «Всего»,
#         completion as quarters / month names / '4Q2025'
# --------------------------------------------------------------------------
END_FORMS = ["q_rus_full", "month", "qcompact", "q_rus_short", "date", "q_arabic", "year_g",
             "month", "q_rus_full", "year_int", "qcompact", "ddmm"]


def render_period(kind, d):
    """Return (cell value, canonical date) for a completion period near date d."""
    q = (d.month - 1) // 3 + 1
    if kind == "q_rus_full":
        return "%s квартал %d" % (ROMAN[q], d.year), qend(d.year, q)
    if kind == "q_rus_short":
        return "%s кв. %d" % (ROMAN[q], d.year), qend(d.year, q)
    if kind == "q_arabic":
        return "%d кв. %d г." % (q, d.year), qend(d.year, q)
    if kind == "qcompact":
        return "%dQ%d" % (q, d.year), qend(d.year, q)
    if kind == "q_en":
        return "Q%d %d" % (q, d.year), qend(d.year, q)
    if kind == "month":
        return "%s %d" % (MONTHS_RU[d.month - 1], d.year), mend(d.year, d.month)
    if kind == "month_en":
        return "%s %d" % (MONTHS_EN[d.month - 1], d.year), mend(d.year, d.month)
    if kind == "year_g":
        return "%d г." % d.year, dt.date(d.year, 12, 31)
    if kind == "year_txt":
        return "%d" % d.year, dt.date(d.year, 12, 31)
    if kind == "year_int":
        return d.year, dt.date(d.year, 12, 31)
    if kind == "ddmm":
        return ddmmyyyy(d), d
    if kind == "date":
        return dt.datetime(d.year, d.month, d.day), d
    raise ValueError(kind)


def build_years():
    fname = "a8_years.xlsx"
    sheet = "Финансирование"
    n = 21
    recs = make_base(37, n, 861, statuses=["in_progress", "planned", "in_progress", "completed",
                                           "in_progress", "suspended", "planned"])
    rnd = random.Random(333)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    title(ws, "A1:R1", "Объёмы и сроки финансирования проектов ИНО «Томск» на 2024–2026 годы", size=13)
    title(ws, "A2:R2", "Министерство экономического развития (свод по данным инициаторов)", bold=False)
    # two-level merged header rows 4-5
    top = [("№ п/п", None), ("Код", None), ("Проект", None), ("Кластер", None), ("Куратор (ФИО)", None),
           ("Срок реализации", ["начало", "окончание"]),
           ("Объём финансирования, млн руб.", ["Всего", 2024, 2025, 2026]),
           ("в том числе по источникам за весь период, млн руб.", ["ФБ", "ОБ", "МБ", "ВБИ"]),
           ("Освоено на 01.10.2025, млн руб.", None), ("Организация-инициатор", None), ("Примечание", None)]
    fields_of = {"Код": "code", "Проект": "name", "Кластер": "cluster",
                 "Срок реализации / начало": "start_date", "Срок реализации / окончание": "end_date",
                 "Объём финансирования, млн руб. / Всего": "total_cost_mln",
                 "в том числе по источникам за весь период, млн руб. / ФБ": "federal_budget_mln",
                 "в том числе по источникам за весь период, млн руб. / ОБ": "regional_budget_mln",
                 "в том числе по источникам за весь период, млн руб. / ВБИ": "extra_budgetary_mln",
                 "Организация-инициатор": "lead_organization"}
    columns = []
    col = 1
    colfield = {}
    for h, subs in top:
        if subs is None:
            ws.cell(4, col, h)
            ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
            columns.append([h, fields_of.get(h)])
            colfield[get_column_letter(col)] = fields_of.get(h)
            col += 1
        else:
            ws.cell(4, col, h)
            ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + len(subs) - 1)
            for s in subs:
                ws.cell(5, col, s)
                key = "%s / %s" % (h, s)
                columns.append([key, fields_of.get(key)])
                colfield[get_column_letter(col)] = fields_of.get(key)
                col += 1
    for rr in (4, 5):
        for c in range(1, col):
            ws.cell(rr, c).font = Font(bold=True)
            ws.cell(rr, c).alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    first = 6
    valid, rejected = [], []
    remarks = ["", "сроки уточняются", "см. письмо № 12-03/4471", "", "данные инициатора", ""]
    dup_row = None
    for i, r in enumerate(recs):
        row = first + i
        # start: real dates or dd.mm.yyyy text, always before 2024-07
        s = dt.date(2021 + i % 3, 1 + (i * 5) % 12, 1 + (i * 7) % 27)
        r["start_date"] = s
        endd = dt.date(2025 + rnd.randint(0, 2), rnd.randint(1, 12), 15)
        endd = {0: dt.date(2025, 8, 15), 1: dt.date(2026, 12, 15), 2: dt.date(2025, 11, 15)}.get(i, endd)
        kind = END_FORMS[i % len(END_FORMS)]
        cell_end, r["end_date"] = render_period(kind, endd)
        mun = rnd.choice([0, 0, rnd.randint(1, 300) / 10])
        total = r1(r["federal_budget_mln"] + r["regional_budget_mln"] + mun + r["extra_budgetary_mln"])
        r["total_cost_mln"] = total
        y24 = r1(total * rnd.choice([0.1, 0.2, 0.3]))
        y25 = r1(total * rnd.choice([0.2, 0.3]))
        y26 = r1(total * rnd.choice([0, 0.1, 0.25]))
        cl = r["cluster"]
        ws.cell(row, 1, i + 1)
        ws.cell(row, 2, r["code"])
        ws.cell(row, 3, r["name"])
        ws.cell(row, 4, CLUSTER_RU[cl] if cl else "—")
        ws.cell(row, 5, pick(PERSONS, i + 3))
        if i % 3 == 2:
            ws.cell(row, 6, ddmmyyyy(s))
        else:
            set_date(ws, "F%d" % row, s)
        c = ws.cell(row, 7, cell_end)
        if isinstance(cell_end, dt.datetime):
            c.number_format = "DD.MM.YYYY"
        ws.cell(row, 8, total)
        ws.cell(row, 9, y24)
        ws.cell(row, 10, y25)
        ws.cell(row, 11, y26)
        ws.cell(row, 12, r["federal_budget_mln"] if i % 5 != 2 else ru_num(r["federal_budget_mln"]))
        ws.cell(row, 13, r["regional_budget_mln"])
        ws.cell(row, 14, mun if mun else "-")
        ws.cell(row, 15, r["extra_budgetary_mln"])
        ws.cell(row, 16, r1(total * rnd.choice([0, 0.1, 0.35, 0.6])))
        ws.cell(row, 17, r["lead_organization"])
        ws.cell(row, 18, pick(remarks, i) or None)
        for cc in range(8, 17):
            if isinstance(ws.cell(row, cc).value, float):
                ws.cell(row, cc).number_format = "#,##0.0"
        r["_cells"] = {"G": cell_end, "kind": kind}
        reject = None
        if i == 4:
            ws.cell(row, 8, "1,2 млрд")
            reject = ("not a number: '1,2 млрд'", "H")
        if i == 10:
            dup_row = row
        if i == 16:
            ws.cell(row, 2, recs[10]["code"])
            reject = ("duplicate code %s (rows %d and %d differ)" % (recs[10]["code"], dup_row, row), "B")
            rejected.append({"sheet": sheet, "row": dup_row, "reason": reject[0], "column": "B",
                             "code": recs[10]["code"]})
            valid = [(rw, x) for rw, x in valid if rw != dup_row]
        if reject:
            rejected.append({"sheet": sheet, "row": row, "reason": reject[0], "column": reject[1],
                             "code": recs[10]["code"] if i == 16 else r["code"]})
        else:
            valid.append((row, r))
    last = first + n - 1
    trow = last + 1
    ws.cell(trow, 3, "Всего по программе")
    ws.cell(trow, 3).font = Font(bold=True)
    for cc in range(8, 17):
        s_ = 0.0
        for rw, _ in valid:
            v = ws.cell(rw, cc).value
            if isinstance(v, (int, float)):
                s_ += v
        ws.cell(trow, cc, round(s_, 1))
    frow = trow + 2
    ws.cell(frow, 1, "Справочно: ФБ — федеральный бюджет, ОБ — областной бюджет, МБ — местный бюджет, "
                     "ВБИ — внебюджетные источники.")
    for j, w in enumerate([5, 11, 46, 30, 16, 12, 16, 11, 9, 9, 9, 9, 9, 9, 10, 12, 28, 22], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    fix_props(wb)
    wb.save(os.path.join(HERE, fname))
    normalise_zip(os.path.join(HERE, fname))
    fields = ["code", "name", "cluster", "start_date", "end_date", "total_cost_mln",
              "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln", "lead_organization"]
    kinds = {}
    for _, r in valid:
        kinds.setdefault(r["_cells"]["kind"], []).append(
            r["_cells"]["G"] if not isinstance(r["_cells"]["G"], dt.datetime) else r["_cells"]["G"].date().isoformat())
    notes = ("One sheet '%s'. Title rows 1-2 (merged), header rows 4-5 merged two-level: 'Срок реализации' over "
             "начало/окончание; 'Объём финансирования, млн руб.' over 'Всего' and three YEAR columns whose sub-headers "
             "are the numbers 2024, 2025, 2026 — one-year slices of money, NOT the total, not imported; "
             "'в том числе по источникам за весь период, млн руб.' over ФБ/ОБ/МБ/ВБИ (federal, regional, municipal, "
             "extra-budgetary); МБ (municipal) is not imported; its empty value is written '-'. 'Всего' includes МБ. "
             "Data rows %d-%d; row %d 'Всего по программе' (in column C, no code) is the totals row and row %d a "
             "footnote. Completion ('окончание') is written as periods, each meaning the LAST day of the period: "
             "'III квартал 2025' -> 2025-09-30, 'II кв. 2027' -> 2027-06-30, '3 кв. 2027 г.' (arabic quarter number) "
             "-> 2027-09-30, '4Q2025' -> 2025-12-31, a month name 'декабрь 2026' -> 2026-12-31 (by analogy with "
             "quarters: the last day of the month), '2026 г.' -> 2026-12-31, a bare number 2027 in a General cell -> "
             "2027-12-31, and one 'dd.mm.yyyy' text (the real-date cells of this column are on rejected rows); "
             "key 'end_date_forms' lists the forms of the imported rows. Start "
             "dates are real dates or 'dd.mm.yyyy' text. Not imported: '№ п/п', 'Куратор (ФИО)' (a person), the "
             "year slices, МБ, 'Освоено на 01.10.2025' (spent to date), 'Примечание'. Cluster '—' = none. "
             "Rejected: row 10 ('1,2 млрд' as text in 'Всего' — text that is not a number rejects the row even though "
             "a reader could guess 1200), rows 16 and 22 (the same code %s with different data: both rejected)."
             % (sheet, first, last, trow, frow, recs[10]["code"]))
    extra = {"sheet": sheet, "header_rows": [4, 5], "data_rows": [first, last],
             "skipped_rows": {str(trow): "totals", str(frow): "footnote"},
             "year_slice_columns": ["I", "J", "K"], "end_date_forms": kinds}
    write_expected(fname, fields, [r for _, r in valid], rejected, columns, extra, notes)
    BUILT[fname] = {"kind": "xlsx", "sheet": sheet, "rows": valid, "rejected": rejected,
                    "cols": {k: v for k, v in colfield.items() if v}, "factor": {}, "fields": fields}


# --------------------------------------------------------------------------
# File 4: register with status and RAG colour in ONE column; RUB billion
# --------------------------------------------------------------------------
def build_status_rag():
    fname = "a8_status_rag.xlsx"
    sheet = "Реестр"
    n = 19
    recs = make_base(41, n, 891)
    rnd = random.Random(444)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    title(ws, "A1:N1", "Реестр инвестиционных проектов муниципальных образований (ИНО «Томск»), светофор на 01.10.2025")
    headers = [
        ("№", None), ("Рег. номер проекта", "code"), ("Наименование проекта (объекта)", "name"),
        ("Направление программы", "work_area"), ("Территория", "location"),
        ("Статус / светофор", None), ("Статус земельного участка", None),
        ("Инвестиции всего, млрд руб.", "total_cost_mln"),
        ("в т.ч. частные инвестиции, млрд руб.", "extra_budgetary_mln"),
        ("Инвестиции в 2025 г., млрд руб.", None),
        ("Создано рабочих мест", "jobs_created"),
        ("Проблемные вопросы / риски", "problems"),
        ("Контактное лицо", None),
        ("Срок ввода", "end_date"),
    ]
    for j, (h, f) in enumerate(headers, 1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True)
    rag_forms = {
        "in_progress": ["Реализуется / жёлтый", "зелёный", "жёлтый — риск сдвига сроков", "красный",
                        "реализуется (зел.)"],
        "completed": ["Завершён / зелёный", "зелёный", "введён, зелёный"],
        "planned": ["Планируется / —", "серый", "жёлтый"],
        "suspended": ["красный — работы остановлены", "красный", "Приостановлен / красный"],
    }
    land = ["оформлен в собственность", "в аренде на 49 лет", "на согласовании", "не требуется"]
    wa_forms = {"industry": ["Передовая промышленность", "передовая промышленность"],
                "science_education": ["Наука и образование", "наука и образование"],
                "innovation_business": ["Технологические инновации, новые бизнесы",
                                        "технологические инновации, новые бизнесы"],
                "smart_city": ["Умный и удобный город", "умный и удобный город"],
                "business_environment": ["Деловая среда", "деловая среда"]}
    first = 4
    valid, rejected = [], []
    for i, r in enumerate(recs):
        row = first + i
        # money in billions with 4 decimals (= 0.1 mln)
        tot_bn = round(r["total_cost_mln"] / 1000, 4)
        ext_bn = round(r["extra_budgetary_mln"] / 1000, 4)
        r["total_cost_mln"] = round(tot_bn * 1000, 1)
        r["extra_budgetary_mln"] = round(ext_bn * 1000, 1)
        ws.cell(row, 1, i + 1)
        ws.cell(row, 2, r["code"])
        ws.cell(row, 3, r["name"])
        ws.cell(row, 4, pick(wa_forms[r["work_area"]], i))
        ws.cell(row, 5, pick(LOC_RU[r["location"]], i + 1))
        ws.cell(row, 6, pick(rag_forms[r["status"]], i))
        ws.cell(row, 7, pick(land, i))
        if i % 4 == 1:
            ws.cell(row, 8, ru_num(tot_bn, 4))
        else:
            ws.cell(row, 8, tot_bn)
            ws.cell(row, 8).number_format = "0.0000"
        ws.cell(row, 9, ext_bn)
        ws.cell(row, 9).number_format = "0.0000"
        ws.cell(row, 10, round(tot_bn * rnd.choice([0.1, 0.25, 0.4]), 4))
        jc = r["jobs_created"]
        ws.cell(row, 11, jc)
        if r["problems"]:
            ws.cell(row, 12, r["problems"])
        else:
            ws.cell(row, 12, "—" if i % 2 else None)
        ws.cell(row, 13, "%s, тел. 8 (3822) 51-%02d-%02d" % (pick(PERSONS, i), 10 + i, 30 + i))
        e = r["end_date"]
        if i % 5 == 1:
            v, r["end_date"] = render_period("qcompact", e)
            ws.cell(row, 14, v)
        elif i % 5 == 3:
            v, r["end_date"] = render_period("year_txt", e)
            ws.cell(row, 14, v)
        elif i % 5 == 4:
            v, r["end_date"] = render_period("q_rus_short", e)
            ws.cell(row, 14, v)
        else:
            set_date(ws, "N%d" % row, e)
        reject = None
        if i == 3:
            ws.cell(row, 8, -0.35)
            reject = ("negative amount", "H")
        if i == 12:
            ws.cell(row, 9, "~0,4")
            reject = ("not a number: '~0,4'", "I")
        if reject:
            rejected.append({"sheet": sheet, "row": row, "reason": reject[0], "column": reject[1], "code": r["code"]})
        else:
            valid.append((row, r))
    last = first + n - 1
    for j, w in enumerate([5, 12, 48, 30, 16, 26, 22, 12, 12, 12, 10, 40, 30, 12], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    fix_props(wb)
    wb.save(os.path.join(HERE, fname))
    normalise_zip(os.path.join(HERE, fname))
    fields = ["code", "name", "work_area", "location", "end_date", "total_cost_mln",
              "extra_budgetary_mln", "jobs_created", "problems"]
    columns = [[h, f] for h, f in headers]
    notes = ("One sheet '%s'. Title row 1, row 2 empty, header row 3, data rows %d-%d. Money in RUB BILLION (said in "
             "each money header: 'млрд руб.'), given here in RUB million (0.0125 bn = 12.5 mln); some totals are text "
             "with a decimal comma ('1,2345'). 'Статус / светофор' mixes the project status and a RAG colour in one "
             "cell ('Реализуется / жёлтый', 'зелёный', 'жёлтый — риск сдвига сроков', 'серый', 'красный — работы "
             "остановлены'): for most rows it holds only a colour, which is not a status, so the column is ambiguous "
             "and is NOT imported — status is not a field of this file (neither is a RAG colour). 'Статус земельного "
             "участка' is the status of the land plot, not of the project: not imported. 'Инвестиции в 2025 г.' is a "
             "one-year slice: not imported. 'Контактное лицо' is a person with a phone: not imported. 'Создано "
             "рабочих мест' = jobs_created (empty = null). Problems '—' or empty = null. 'Срок ввода' -> end_date: "
             "real dates, '2Q2027'-style quarters (2027-06-30), 'III кв. 2024' (2024-09-30) and a bare year as text ('2028' = 31 December). "
             "Locations 'г. Томск', 'ЗАТО Северск', 'Томский р-н' are the canonical places; work areas in varying case. "
             "Rejected: row 7 (negative total -0.35 bn), row 16 (text '~0,4' in the private-investment column)."
             % (sheet, first, last))
    extra = {"sheet": sheet, "header_row": 3, "data_rows": [first, last], "money_unit": "billion RUB",
             "ambiguous_columns": {"Статус / светофор": "status and RAG colour mixed; not imported"}}
    write_expected(fname, fields, [r for _, r in valid], rejected, columns, extra, notes)
    BUILT[fname] = {"kind": "xlsx", "sheet": sheet, "rows": valid, "rejected": rejected,
                    "cols": {get_column_letter(j): f for j, (h, f) in enumerate(headers, 1) if f},
                    "factor": {"total_cost_mln": 1000, "extra_budgetary_mln": 1000}, "fields": fields}


# --------------------------------------------------------------------------
# File 5: English headers, statuses with reasons, English places and months
# --------------------------------------------------------------------------
STATUS_EN = {
    "planned": ["Planned", "Planned (design stage)", "planned"],
    "in_progress": ["In progress", "In progress – behind schedule", "in progress", "In Progress (construction)"],
    "completed": ["Completed", "Completed (commissioned Q2 2024)", "completed"],
    "suspended": ["On hold — awaiting funding", "Suspended: investor withdrew", "On hold"],
}
LOC_EN = {"Томск": "Tomsk", "Северск": "Seversk", "Асино": "Asino", "Стрежевой": "Strezhevoy",
          "Колпашево": "Kolpashevo", "Томский район": "Tomsk district"}
CLUSTER_EN = {
    "petrochemical": ["Petrochemical cluster", "Petrochemical"],
    "nuclear": ["Nuclear technologies cluster", "Nuclear technologies"],
    "timber": ["Timber cluster", "Timber"],
    "pharma": ["Pharmaceutical cluster", "Pharmaceutical"],
    "medtech_it": ["Medical equipment and IT cluster", "Medical equipment & IT"],
    "wildlife": ["Wildlife resources cluster", "Wildlife resources"],
    "hard_to_recover": ["Hard-to-recover resources cluster", "Hard-to-recover reserves"],
}


def build_english():
    fname = "a8_english.xlsx"
    sheet = "Pipeline"
    n = 20
    recs = make_base(53, n, 921)
    rnd = random.Random(555)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "INO Tomsk — project pipeline, status as of 30 Sep 2025 (prepared for the investment council)"
    ws["A1"].font = Font(bold=True, size=12)
    headers = [
        ("#", None), ("Project code", "code"), ("Project name", "name"), ("Cluster", "cluster"),
        ("Location", "location"), ("Status", "status"), ("Start", "start_date"),
        ("Target completion", "end_date"), ("Total capex, RUB mn", "total_cost_mln"),
        ("Federal funds, RUB mn", "federal_budget_mln"), ("Regional funds, RUB mn", "regional_budget_mln"),
        ("Private investment, RUB mn", "extra_budgetary_mln"), ("Spent to date, RUB mn", None),
        ("% complete", None), ("Jobs planned", "jobs_planned"), ("Project manager", None),
        ("Lead organisation", "lead_organization"), ("Issues", "problems"), ("Remarks", None),
    ]
    for j, (h, f) in enumerate(headers, 1):
        ws.cell(2, j, h).font = Font(bold=True)
    first = 3
    valid, rejected = [], []
    end_kinds = ["date", "qcompact", "q_en", "month_en", "year_int", "date", "year_txt", "qcompact"]
    pm = ["A. Ivanov", "E. Safronova", "D. Kuznetsov", "R. Sharipov", "T. Orlova"]
    remarks = [None, "figures to be confirmed", None, "see letter of 12.08.2025", None]
    for i, r in enumerate(recs):
        row = first + i
        cl = r["cluster"]
        ws.cell(row, 1, i + 1)
        ws.cell(row, 2, r["code"])
        ws.cell(row, 3, r["name"])
        ws.cell(row, 4, pick(CLUSTER_EN[cl], i) if cl else ("n/a" if i % 2 else None))
        ws.cell(row, 5, LOC_EN[r["location"]])
        ws.cell(row, 6, pick(STATUS_EN[r["status"]], i))
        set_date(ws, "G%d" % row, r["start_date"], "YYYY-MM-DD")
        kind = end_kinds[i % len(end_kinds)]
        v, r["end_date"] = render_period(kind, r["end_date"])
        c = ws.cell(row, 8, v)
        if isinstance(v, dt.datetime):
            c.number_format = "YYYY-MM-DD"
        ws.cell(row, 9, r["total_cost_mln"])
        ws.cell(row, 10, r["federal_budget_mln"])
        ws.cell(row, 11, r["regional_budget_mln"])
        if i % 6 == 5:
            r["extra_budgetary_mln"] = None
            ws.cell(row, 12, None)
        else:
            ws.cell(row, 12, r["extra_budgetary_mln"])
        ws.cell(row, 13, r1(r["total_cost_mln"] * rnd.choice([0, 0.2, 0.45, 1.0])))
        pc = ws.cell(row, 14, rnd.choice([0.0, 0.15, 0.5, 0.8, 1.0]))
        pc.number_format = "0%"
        ws.cell(row, 15, r["jobs_planned"])
        ws.cell(row, 16, pick(pm, i))
        ws.cell(row, 17, r["lead_organization"])
        ws.cell(row, 18, r["problems"])
        ws.cell(row, 19, pick(remarks, i))
        reject = None
        if i == 6:
            ws.cell(row, 9, "approx. 350")
            reject = ("not a number: 'approx. 350'", "I")
        if i == 14:
            ws.cell(row, 12, -25.0)
            reject = ("negative amount", "L")
        if reject:
            rejected.append({"sheet": sheet, "row": row, "reason": reject[0], "column": reject[1], "code": r["code"]})
        else:
            valid.append((row, r))
    last = first + n - 1
    rm = wb.create_sheet("Read me")
    rm["A1"] = "Amounts are in RUB million (RUB mn)."
    rm["A2"] = "Target completion: date, quarter (Q1 2026 / 1Q2026), month or year as reported by the initiator."
    rm["A3"] = "Status reasons after the dash are for information only."
    rm["A5"] = "Contact"
    rm["B5"] = "investment office, Tomsk"
    for j, w in enumerate([4, 12, 46, 28, 14, 30, 12, 16, 12, 12, 12, 12, 12, 10, 10, 14, 28, 40, 24], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    fix_props(wb)
    wb.save(os.path.join(HERE, fname))
    normalise_zip(os.path.join(HERE, fname))
    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date", "total_cost_mln",
              "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln", "jobs_planned",
              "lead_organization", "problems"]
    columns = [[h, f] for h, f in headers]
    notes = ("Data on sheet 'Pipeline' (title row 1, header row 2, data rows %d-%d); sheet 'Read me' is explanatory "
             "text, not data. English headers; amounts RUB million ('RUB mn'). Statuses are English with a reason "
             "appended: 'On hold — awaiting funding' / 'On hold' / 'Suspended: investor withdrew' = suspended, "
             "'In progress – behind schedule' = in_progress, 'Completed (commissioned Q2 2024)' = completed, "
             "'Planned (design stage)' = planned. Locations are English transliterations (Tomsk, Seversk, Asino, "
             "Strezhevoy, Kolpashevo, 'Tomsk district' = Томский район) and are given as the canonical Russian place "
             "names. Cluster: English names; empty or 'n/a' = none. Target completion: real dates, '1Q2026'-style and "
             "'Q3 2026'-style quarters (last day of the quarter), English month names 'December 2026' (last day of "
             "the month), a year as a number or as text (31 December). An empty private-investment cell is null. Not "
             "imported: '#', 'Spent to date, RUB mn' (money spent so far), '%% complete' (a percentage), 'Project "
             "manager' (a person), 'Remarks' (notes). Rejected: row 9 (text 'approx. 350' as total capex), row 17 "
             "(negative private investment -25)." % (first, last))
    extra = {"data_sheet": sheet, "header_row": 2, "data_rows": [first, last], "sheets": ["Pipeline", "Read me"]}
    write_expected(fname, fields, [r for _, r in valid], rejected, columns, extra, notes)
    BUILT[fname] = {"kind": "xlsx", "sheet": sheet, "rows": valid, "rejected": rejected,
                    "cols": {get_column_letter(j): f for j, (h, f) in enumerate(headers, 1) if f},
                    "factor": {}, "fields": fields}


# --------------------------------------------------------------------------
# File 6: CSV, Windows-1251, ';', clerk's abbreviations, quarters in text
# --------------------------------------------------------------------------
def build_csv():
    fname = "a8_abbrev_cp1251.csv"
    n = 19
    recs = make_base(67, n, 951)
    rnd = random.Random(666)
    header = ["№", "Код", "Наим. проекта", "Кластер", "Напр.", "МО", "Статус", "Нач.", "Оконч.",
              "Стоим., млн р.", "ФБ, млн р.", "ОБ, млн р.", "МБ, млн р.", "ВБИ, млн р.",
              "в т.ч. подтв. ВБИ, млн р.", "Раб. мест (план)", "Раб. мест (создано)", "Отв. орг.", "Примеч."]
    fmap = {"Код": "code", "Наим. проекта": "name", "Кластер": "cluster", "Напр.": "work_area", "МО": "location",
            "Статус": "status", "Нач.": "start_date", "Оконч.": "end_date", "Стоим., млн р.": "total_cost_mln",
            "ФБ, млн р.": "federal_budget_mln", "ОБ, млн р.": "regional_budget_mln",
            "ВБИ, млн р.": "extra_budgetary_mln", "в т.ч. подтв. ВБИ, млн р.": "extra_budgetary_confirmed_mln",
            "Раб. мест (план)": "jobs_planned", "Раб. мест (создано)": "jobs_created",
            "Отв. орг.": "lead_organization"}
    wa_abbr = {"industry": "Передовая промышленность", "science_education": "Наука и образование",
               "innovation_business": "Технологические инновации, новые бизнесы",
               "smart_city": "Умный и удобный город", "business_environment": "Деловая среда"}
    lines = [header]
    valid, rejected = [], []
    notes_col = ["", "данные за 1 полугодие", "", "уточн. по письму инициатора", ""]
    for i, r in enumerate(recs):
        line = i + 2
        cl = r["cluster"]
        mun = rnd.choice([0, 0, rnd.randint(1, 90) / 10])
        r["_mun"] = mun
        total = r1(r["federal_budget_mln"] + r["regional_budget_mln"] + mun + r["extra_budgetary_mln"])
        r["total_cost_mln"] = total
        if i % 4 == 2:
            v, r["end_date"] = render_period("q_rus_short", r["end_date"])
        elif i % 6 == 5:
            v, r["end_date"] = render_period("year_txt", r["end_date"])
        else:
            v = ddmmyyyy(r["end_date"])
        end_txt = v
        sep = NBSP if i % 2 else " "
        row = [str(i + 1), r["code"], r["name"],
               (pick(CLUSTER_VARIANTS[cl], i + 2) if cl else ("—" if i % 2 else "")),
               wa_abbr[r["work_area"]], pick(LOC_RU[r["location"]], i + 2),
               pick(STATUS_RU[r["status"]], i + 1), ddmmyyyy(r["start_date"]), end_txt,
               ru_num(total, 1, sep), ru_num(r["federal_budget_mln"], 1, sep),
               ru_num(r["regional_budget_mln"], 1, sep), ru_num(mun, 1, sep) if mun else "",
               ru_num(r["extra_budgetary_mln"], 1, sep), ru_num(r["extra_budgetary_confirmed_mln"], 1, sep),
               str(r["jobs_planned"]), "" if r["jobs_created"] is None else str(r["jobs_created"]),
               r["lead_organization"], pick(notes_col, i)]
        reject = None
        if i == 5:
            row[9] = "500-600"
            reject = ("not a number: '500-600'", "J")
        if i == 11:
            row[10] = "-12,5"
            reject = ("negative amount", "K")
        lines.append(row)
        if reject:
            rejected.append({"sheet": None, "row": line, "reason": reject[0], "column": reject[1], "code": r["code"]})
        else:
            valid.append((line, r))
    # totals line
    tot = ["", "", "Итого", "", "", "", "", "", ""]
    sums = [0.0] * 6
    for _, r in valid:
        sums[0] += r["total_cost_mln"]
        sums[1] += r["federal_budget_mln"]
        sums[2] += r["regional_budget_mln"]
        sums[3] += r["_mun"]
        sums[4] += r["extra_budgetary_mln"]
        sums[5] += r["extra_budgetary_confirmed_mln"]
    tot += [ru_num(s, 1, "") for s in sums] + ["", "", "", ""]
    lines.append(tot)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    for ln in lines:
        w.writerow(ln)
    with open(os.path.join(HERE, fname), "wb") as fh:
        fh.write(buf.getvalue().encode("cp1251"))
    fields = ["code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
              "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
              "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created", "lead_organization"]
    columns = [[h, fmap.get(h)] for h in header]
    for rj in rejected:
        rj["sheet"] = None
    tline = n + 2
    notes = ("CSV, Windows-1251 (cp1251), no BOM, CRLF, ';' separator, header on line 1 in clerk's abbreviations "
             "('Наим. проекта', 'Напр.' = work area, 'МО' = муниципальное образование = location, 'Нач.'/'Оконч.' = "
             "start/end, 'ФБ'/'ОБ'/'МБ'/'ВБИ' = federal/regional/municipal/extra-budgetary, 'млн р.' = RUB million, "
             "'Отв. орг.' = lead organisation). Data lines 2-%d; line %d is a totals line ('Итого' in the name column, "
             "no code): not a project. All numbers are text with a decimal comma and a space or a NON-BREAKING space "
             "(0xA0 in cp1251) as thousands separator ('12 500,0'). Dates 'dd.mm.yyyy'; some completions are quarters "
             "'IV кв. 2027' (last day of the quarter) or a bare year '2027' (31 December). 'Стоим.' includes МБ. "
             "Not imported: '№', 'МБ, млн р.' (municipal budget), 'Примеч.' (notes). Empty cluster or '—' = none; "
             "empty 'Раб. мест (создано)' = null. Rejected: line 7 ('500-600' — a range, not a number — in "
             "'Стоим.'), line 13 (negative federal budget '-12,5'). For the CSV 'sheet' is null and 'row' is the "
             "line number." % (n + 1, tline))
    extra = {"encoding": "cp1251", "delimiter": ";", "header_line": 1, "data_lines": [2, n + 1],
             "skipped_rows": {str(tline): "totals"}}
    write_expected(fname, fields, [r for _, r in valid], rejected, columns, extra, notes)
    BUILT[fname] = {"kind": "csv", "rows": valid, "rejected": rejected,
                    "cols": {get_column_letter(j): fmap.get(h) for j, h in enumerate(header, 1) if fmap.get(h)},
                    "factor": {}, "fields": fields}


# --------------------------------------------------------------------------
# File 7: cluster given by SECTION rows inside the table; hidden column;
#         column-number row; month names as completion
# --------------------------------------------------------------------------
def build_sections():
    fname = "a8_sections.xlsx"
    sheet = "Проекты по кластерам"
    n = 21
    recs = make_base(79, n, 981)
    order = {c: k for k, c in enumerate(CLUSTER_ORDER)}
    recs.sort(key=lambda r: order[r["cluster"]])
    rnd = random.Random(777)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    title(ws, "A1:K1", "Информация о реализации проектов ИНО «Томск» в разрезе кластеров")
    title(ws, "A2:K2", "Фонд развития промышленности Томской области, IV квартал 2025 г.", bold=False)
    headers = [("№ п/п", None), ("Код", "code"), ("Наименование проекта", "name"), ("Статус", "status"),
               ("Срок окончания", "end_date"), ("Стоимость, млн руб.", "total_cost_mln"),
               ("из них внебюджетные, млн руб.", "extra_budgetary_mln"),
               ("Профинансировано на 01.10.2025, млн руб.", None), ("Рабочие места, план", "jobs_planned"),
               ("Ответственная организация", "lead_organization"),
               ("Статус соглашения о сотрудничестве", None)]
    for j, (h, f) in enumerate(headers, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True)
        ws.cell(5, j, j)
    ws.column_dimensions["I"].hidden = True
    agreement = ["подписано", "на подписании", "расторгнуто", "подписано (доп. соглашение № 2)"]
    section_names = {c: ("%d. %s" % (k + 1, CLUSTER_RU[c])) for k, c in enumerate(CLUSTER_ORDER) if c}
    section_names[None] = "8. Проекты, не отнесённые к кластерам"
    row = 6
    valid, rejected, skipped = [], [], {"5": "column numbers"}
    sections = []
    cur = "__"
    num = 0
    group_rows = []

    def subtotal():
        nonlocal row
        if not group_rows:
            return
        ws.cell(row, 3, "Итого по кластеру")
        ws.cell(row, 3).font = Font(bold=True)
        ws.cell(row, 6, round(sum(x["total_cost_mln"] for x in group_rows), 1))
        ws.cell(row, 7, round(sum((x["extra_budgetary_mln"] or 0) for x in group_rows), 1))
        skipped[str(row)] = "subtotal"
        row += 1

    for i, r in enumerate(recs):
        if r["cluster"] != cur:
            subtotal()
            group_rows = []
            cur = r["cluster"]
            ws.cell(row, 1, section_names[cur])
            ws.cell(row, 1).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=11)
            sections.append({"row": row, "text": section_names[cur], "cluster": cur})
            skipped[str(row)] = "section heading (cluster)"
            row += 1
        num += 1
        kind = ["month", "date", "month", "q_rus_full", "ddmm", "month", "year_g"][i % 7]
        v, r["end_date"] = render_period(kind, r["end_date"])
        ws.cell(row, 1, num)
        ws.cell(row, 2, r["code"])
        ws.cell(row, 3, r["name"])
        ws.cell(row, 4, pick(STATUS_RU[r["status"]], i + 3))
        c = ws.cell(row, 5, v)
        if isinstance(v, dt.datetime):
            c.number_format = "DD.MM.YYYY"
        ws.cell(row, 6, r["total_cost_mln"])
        ws.cell(row, 7, r["extra_budgetary_mln"])
        ws.cell(row, 8, r1(r["total_cost_mln"] * rnd.choice([0.05, 0.3, 0.7])))
        ws.cell(row, 9, r["jobs_planned"])
        ws.cell(row, 10, r["lead_organization"])
        ws.cell(row, 11, pick(agreement, i))
        reject = None
        if i == 4:
            ws.cell(row, 6, "уточняется")
            reject = ("not a number: 'уточняется'", "F")
        if i == 15:
            ws.cell(row, 7, -40.0)
            reject = ("negative amount", "G")
        if reject:
            rejected.append({"sheet": sheet, "row": row, "reason": reject[0], "column": reject[1], "code": r["code"]})
        else:
            valid.append((row, r))
            group_rows.append(r)
        row += 1
    subtotal()
    trow = row
    ws.cell(trow, 3, "ИТОГО")
    ws.cell(trow, 6, round(sum(r["total_cost_mln"] for _, r in valid), 1))
    skipped[str(trow)] = "totals"
    for j, w in enumerate([6, 11, 50, 18, 16, 12, 12, 14, 10, 28, 26], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.column_dimensions["I"].hidden = True
    ref = wb.create_sheet("Справочно")
    ref["A1"] = "Кластеры программы ИНО «Томск»"
    for k, c in enumerate(CLUSTER_ORDER[:-1], 2):
        ref.cell(k, 1, k - 1)
        ref.cell(k, 2, CLUSTER_RU[c])
    fix_props(wb)
    wb.save(os.path.join(HERE, fname))
    normalise_zip(os.path.join(HERE, fname))
    fields = ["code", "name", "cluster", "status", "end_date", "total_cost_mln", "extra_budgetary_mln",
              "jobs_planned", "lead_organization"]
    columns = [[h, f] for h, f in headers]
    notes = ("Sheet '%s': title rows 1-2 (merged), header row 4, row 5 numbers the columns (1..11). The table has "
             "NO cluster column: the cluster is given by SECTION rows merged across the table ('1. Нефтехимический "
             "кластер' ... '7. Кластер трудноизвлекаемых запасов', '8. Проекты, не отнесённые к кластерам' = no "
             "cluster); every project row takes the cluster of the section above it. Section rows, 'Итого по "
             "кластеру' subtotal rows and the final 'ИТОГО' row are not projects (skipped, not rejected). Column I "
             "'Рабочие места, план' is HIDDEN and is still data (jobs_planned). 'Срок окончания' -> end_date: month "
             "names ('декабрь 2026' = last day of the month), quarters ('IV квартал 2024' = 2024-12-31), a year with 'г.' ('2027 г.' = 31 December), real dates "
             "and 'dd.mm.yyyy' text. Amounts RUB million. Not imported: '№ п/п', 'Профинансировано на 01.10.2025' "
             "(money paid to date), 'Статус соглашения о сотрудничестве' (the status of an agreement, not of the "
             "project). Sheet 'Справочно' is a list of clusters, not projects. Rejected: row %d (text 'уточняется' as "
             "the cost), row %d (negative extra-budgetary amount -40)."
             % (sheet, rejected[0]["row"], rejected[1]["row"]))
    extra = {"sheet": sheet, "header_row": 4, "column_numbers_row": 5, "sections": sections,
             "skipped_rows": skipped, "hidden": {"column": {"sheet": sheet, "column": "I", "field": "jobs_planned"}},
             "sheets": [sheet, "Справочно"]}
    write_expected(fname, fields, [r for _, r in valid], rejected, columns, extra, notes)
    BUILT[fname] = {"kind": "xlsx", "sheet": sheet, "rows": valid, "rejected": rejected,
                    "cols": {get_column_letter(j): f for j, (h, f) in enumerate(headers, 1) if f},
                    "factor": {}, "fields": fields, "sections": sections}


# --------------------------------------------------------------------------
# Self-check: read every file back and interpret the cells independently
# --------------------------------------------------------------------------
import re

_RU_MONTH = {m: k + 1 for k, m in enumerate(MONTHS_RU)}
_EN_MONTH = {m.lower(): k + 1 for k, m in enumerate(MONTHS_EN)}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _norm(s):
    return " ".join(str(s).replace("ё", "е").replace("Ё", "Е").split()).lower()


def chk_money(v, factor):
    if v is None or (isinstance(v, str) and v.strip() in ("", "—", "-")):
        return None
    if isinstance(v, (int, float)):
        return v * factor
    s = v.replace(NBSP, "").replace(" ", "")
    if not re.fullmatch(r"\d+(,\d+)?", s):
        raise ValueError("not a number %r" % v)
    return float(s.replace(",", ".")) * factor


def chk_date(v, fmt):
    if v is None:
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, int):
        assert fmt == "General", fmt
        return dt.date(v, 12, 31)
    s = v.strip()
    m = re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4})", s)
    if m:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(\d{4})( г\.)?", s)
    if m:
        return dt.date(int(m.group(1)), 12, 31)
    m = re.fullmatch(r"(I|II|III|IV) (квартал|кв\.) (\d{4})", s)
    if m:
        return qend(int(m.group(3)), _ROMAN[m.group(1)])
    m = re.fullmatch(r"([1-4]) кв\. (\d{4}) г\.", s)
    if m:
        return qend(int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"([1-4])Q(\d{4})", s) or re.fullmatch(r"Q([1-4]) (\d{4})", s)
    if m:
        return qend(int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"([а-яА-Яa-zA-Z]+) (\d{4})", s)
    if m:
        mo = _RU_MONTH.get(m.group(1).lower()) or _EN_MONTH[m.group(1).lower()]
        return mend(int(m.group(2)), mo)
    raise ValueError("date %r" % v)


def _inv(d):
    out = {}
    for k, vs in d.items():
        for v in vs:
            out[_norm(v)] = k
    return out


_ST = _inv(STATUS_RU)
_ST.update(_inv(STATUS_EN))
_CL = _inv(CLUSTER_VARIANTS)
_CL.update(_inv(CLUSTER_EN))
_LOC = _inv(LOC_RU)
_LOC.update({_norm(v): k for k, v in LOC_EN.items()})
_LOC.update({_norm(k): k for k in LOC_RU})
_CL.update({_norm(v): k for k, v in CLUSTER_RU.items()})
_WA = {_norm(v): k for k, v in WORK_AREA_RU.items()}


def chk_value(field, v, fmt, factor):
    if field in MONEY:
        return chk_money(v, factor)
    if field in DATES:
        return chk_date(v, fmt)
    if isinstance(v, str) and v.strip() in ("", "—", "n/a"):
        return None
    if v is None:
        return None
    if field == "status":
        return _ST[_norm(v)]
    if field == "cluster":
        return _CL[_norm(v)]
    if field == "location":
        return _LOC[_norm(v)]
    if field == "work_area":
        return _WA[_norm(v)]
    if field in ("jobs_planned", "jobs_created"):
        return int(v)
    return str(v).strip()


def _same(field, a, b):
    if field in MONEY:
        if a is None or b is None:
            return a is None and b is None
        return abs(a - b) < 0.0005
    return a == b


def self_check(path, info, exp):
    problems = []
    recs = exp["records"]
    if info["kind"] == "csv":
        with open(path, encoding="cp1251", newline="") as fh:
            lines = list(csv.reader(fh, delimiter=";"))
        get = lambda row, col: (lines[row - 1][openpyxl.utils.column_index_from_string(col) - 1] or None, "General")
    else:
        wb = openpyxl.load_workbook(path)
        ws = wb[info["sheet"]]
        get = lambda row, col: (ws["%s%d" % (col, row)].value, ws["%s%d" % (col, row)].number_format)
    assert len(recs) == len(info["rows"]), (len(recs), len(info["rows"]))
    for (row, _), er in zip(info["rows"], recs):
        got = {}
        for col, f in info["cols"].items():
            v, fmt = get(row, col)
            got[f] = chk_value(f, v, fmt, info["factor"].get(f, 1))
        if info.get("sections"):
            sec = [s for s in info["sections"] if s["row"] < row][-1]
            got["cluster"] = sec["cluster"]
        for f in exp["fields"]:
            ev = er[f]
            if f in DATES and ev is not None:
                ev = dt.date.fromisoformat(ev)
            if not _same(f, got.get(f, "MISSING"), ev):
                problems.append("%s row %d %s: cell says %r, expected %r" % (os.path.basename(path), row, f, got.get(f), ev))
        if set(er) != set(exp["fields"]):
            problems.append("keys differ row %d" % row)
    for rj in exp["rejected"]:
        v, _ = get(rj["row"], "B")
        if v != rj["code"]:
            problems.append("rejected row %d code %r != %r" % (rj["row"], v, rj["code"]))
    # every header in 'columns' must map to a field of the file or null
    mapped = {c[1] for c in exp["columns"] if c[1]}
    if mapped != set(exp["fields"]) - ({"cluster"} if info.get("sections") else set()):
        problems.append("columns map %s vs fields %s" % (sorted(mapped), exp["fields"]))
    return problems


BUILDERS = [build_units_row, build_split_header, build_years, build_status_rag, build_english, build_csv,
            build_sections]

RESAVE = [("a8_units_row.xlsx", "xls"), ("a8_years.xlsx", "ods"), ("a8_status_rag.xlsx", "xlsx")]


def resave():
    out = os.path.join(HERE, "resaved")
    if not shutil.which("soffice"):
        print("soffice not installed: resaved/ skipped")
        return
    os.makedirs(out, exist_ok=True)
    tmp = "/tmp/agency8_resave"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    for src, ext in RESAVE:
        # convert from a copy with a different stem so that an .xlsx -> .xlsx re-save does not overwrite
        stem = os.path.splitext(src)[0]
        cp = os.path.join(tmp, stem + "_lo." + src.rsplit(".", 1)[1])
        shutil.copy(os.path.join(HERE, src), cp)
        conv = os.path.join(tmp, "converted")
        os.makedirs(conv, exist_ok=True)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/agency8_lo_profile",
                        "--convert-to", ext, "--outdir", conv, cp], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        res = os.path.join(conv, stem + "_lo." + ext)
        target = stem + "_lo." + ext
        shutil.copy(res, os.path.join(out, target))
        with open(os.path.join(HERE, stem + ".expected.json"), encoding="utf-8") as fh:
            d = json.load(fh)
        d["file"] = target
        d["resaved_from"] = src
        d["notes"] = ("%s re-saved by LibreOffice (soffice --headless --convert-to %s); same records and rejected "
                      "rows as %s. " % (src, ext, src)) + d["notes"]
        with open(os.path.join(out, stem + "_lo.expected.json"), "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        # verify: convert the re-saved file back to xlsx and run the same cell check
        back = os.path.join(tmp, "back")
        os.makedirs(back, exist_ok=True)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/agency8_lo_profile",
                        "--convert-to", "xlsx", "--outdir", back, os.path.join(out, target)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        probs = self_check(os.path.join(back, stem + "_lo.xlsx"), BUILT[src], d)
        print("resaved/%s: %d records, %d rejected, %s" % (target, d["record_count"], len(d["rejected"]),
                                                          "OK" if not probs else "PROBLEMS"))
        for p in probs:
            print("   ", p)


def main():
    bad = 0
    for b in BUILDERS:
        b()
    for fname, info in BUILT.items():
        with open(os.path.join(HERE, os.path.splitext(fname)[0] + ".expected.json"), encoding="utf-8") as fh:
            exp = json.load(fh)
        probs = self_check(os.path.join(HERE, fname), info, exp)
        bad += len(probs)
        print("%s: %d records, %d rejected, %d fields, %s" % (fname, exp["record_count"], len(exp["rejected"]),
                                                             len(exp["fields"]), "OK" if not probs else "PROBLEMS"))
        for p in probs:
            print("   ", p)
    if "--resave" in sys.argv:
        resave()
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
