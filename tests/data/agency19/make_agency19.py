#!/usr/bin/env python3
"""Generator of the agency19 evaluation set (workbooks from district administrations
and a regional development institute).

Deterministic: no random numbers, no clock.  Run with
    /work/main/.venv/bin/python tests/data/agency19/make_agency19.py
from anywhere; everything is written next to this script.  Each workbook gets
NAME.expected.json in the format of /work/shared/samples/README.md.  After writing,
every workbook is read back with openpyxl (csv module for the CSV) and the records
derived from the read-back cells are compared with the expected file (see verify()).

Written independently of the importer: only the samples' README (shapes, normalisation
rules, expected format) was used.
"""
import csv
import datetime as dt
import io
import json
import os
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

ALL_FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date",
              "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
              "extra_budgetary_mln", "extra_budgetary_confirmed_mln", "jobs_planned",
              "jobs_created", "lead_organization", "problems"]
MONEY = {"total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
         "extra_budgetary_confirmed_mln"}
JOBS = {"jobs_planned", "jobs_created"}
DATES = {"start_date", "end_date"}

# ---------------------------------------------------------------- vocabularies
# What a careful clerk makes of the words written in these files.
STATUS = {
    "ведутся работы": "in_progress", "реализуется": "in_progress",
    "в стадии реализации": "in_progress", "в работе": "in_progress",
    "завершено": "completed", "завершен": "completed", "реализован": "completed",
    "приостановлено": "suspended", "приостановлен": "suspended",
    "не начато": "planned", "не начат": "planned", "планируется": "planned",
    "ongoing": "in_progress", "in progress": "in_progress", "completed": "completed",
    "on hold": "suspended", "suspended": "suspended", "not started": "planned",
    "planned": "planned",
}
CLUSTER = {
    "лесопромышленный кластер": "timber", "кластер дикоросов": "wildlife",
    "кластер трудноизвлекаемых запасов": "hard_to_recover",
    "кластер ядерных технологий": "nuclear", "фармацевтический кластер": "pharma",
    "нефтехимический кластер": "petrochemical",
    "кластер медицинской техники и информационных технологий": "medtech_it",
    "timber": "timber", "timber industry": "timber", "wildlife resources": "wildlife",
    "nuclear technologies cluster": "nuclear", "nuclear tech": "nuclear",
    "pharmaceutical cluster": "pharma", "pharma": "pharma",
    "medical equipment and it cluster": "medtech_it", "petrochemical cluster": "petrochemical",
    "hard-to-recover reserves": "hard_to_recover",
    "": None, "—": None, "-": None, "n/a": None,
}
WORK_AREA = {
    "передовая промышленность": "industry", "наука и образование": "science_education",
    "технологические инновации, новые бизнесы": "innovation_business",
    "умный и удобный город": "smart_city", "деловая среда": "business_environment",
}
LOCATION = {
    "асиновский район": "Асино", "г. асино": "Асино", "асино": "Асино",
    "колпашевский район": "Колпашево", "г. колпашево": "Колпашево", "колпашево": "Колпашево",
    "с. тогур, колпашевский р-н": "Колпашево",
    "зато северск": "Северск", "г. северск": "Северск", "seversk": "Северск",
    "томский район": "Томский район", "томский р-н": "Томский район",
    "tomsk district": "Томский район",
    "г. томск": "Томск", "томск": "Томск", "tomsk": "Томск",
    "asino": "Асино", "kolpashevo": "Колпашево",
}

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
QEND = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}


def norm(s):
    return re.sub(r"\s+", " ", str(s).replace("ё", "е").replace("Ё", "Е")).strip().lower()


def date_iso(v):
    """A date cell as written in these files -> YYYY-MM-DD (or None)."""
    if v is None:
        return None
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, (int, float)):
        return "%04d-12-31" % int(v)
    s = str(v).strip()
    if s in ("", "—", "-"):
        return None
    m = re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4})", s)
    if m:
        return "%s-%s-%s" % (m.group(3), m.group(2), m.group(1))
    m = re.fullmatch(r"(IV|III|II|I)\s*кв\.\s*(\d{4})(?:\s*г\.)?", s)
    if m:
        q = ROMAN[m.group(1)]
        return "%s-%02d-%02d" % (m.group(2), *QEND[q])
    m = re.fullmatch(r"Q([1-4])\s*(\d{4})", s)
    if m:
        return "%s-%02d-%02d" % (m.group(2), *QEND[int(m.group(1))])
    m = re.fullmatch(r"([12])\s*полугодие\s*(\d{4})(?:\s*г\.)?", s)
    if m:
        return "%s-%s" % (m.group(2), "06-30" if m.group(1) == "1" else "12-31")
    m = re.fullmatch(r"H([12])\s*(\d{4})", s)
    if m:
        return "%s-%s" % (m.group(2), "06-30" if m.group(1) == "1" else "12-31")
    m = re.fullmatch(r"до конца (\d{4}) г\.", s)
    if m:
        return "%s-12-31" % m.group(1)
    m = re.fullmatch(r"(\d{4})\s*[-–]\s*(\d{4})(?:\s*гг?\.)?", s)
    if m:                                   # a range in the END column: its end
        return "%s-12-31" % m.group(2)
    m = re.fullmatch(r"(\d{4})(?:\s*г\.)?", s)
    if m:
        return "%s-12-31" % m.group(1)
    raise ValueError("unknown date form %r" % s)


class Bad(Exception):
    pass


def number(v):
    """A number cell -> float or None; Bad for text that is not a number."""
    if v is None:
        return None
    if isinstance(v, bool):
        raise Bad(v)
    if isinstance(v, (int, float)):
        return float(v)
    s = str(v).strip()
    if s in ("", "—", "-"):
        return None
    t = s.replace(NBSP, "").replace(" ", "").replace(",", ".")
    if not re.fullmatch(r"-?\d+(\.\d+)?", t):
        raise Bad(s)
    return float(t)


def money(v, factor):
    x = number(v)
    return None if x is None else round(x * factor, 4)


def jobs(v):
    x = number(v)
    return None if x is None else int(round(x))


def rus(x, nd=1, sep=NBSP):
    """1234567.8 -> '1 234 567,8' (Russian way, as text)."""
    s = ("%." + str(nd) + "f") % x
    ip, _, fp = s.partition(".")
    neg = ip.startswith("-")
    ip = ip.lstrip("-")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = sep.join(groups) + ("," + fp if fp else "")
    return ("-" if neg else "") + out


def D(y, m, d):
    return dt.datetime(y, m, d)


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def bold(ws, rows):
    for r in rows:
        for c in ws[r]:
            c.font = Font(bold=True)
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


def set_date_fmt(cell):
    cell.number_format = "DD.MM.YYYY"


# ======================================================================================
# 1. district_svod.xlsx - summary of the regional development institute
# ======================================================================================
SVOD_COLS = [
    # (top, sub, field)
    ("№ п/п", None, None),
    ("Код ИНО", None, "code"),
    ("Наименование проекта (объекта)", None, "name"),
    ("Муниципальное образование", None, "location"),
    ("Направление ИНО «Томск»", None, "work_area"),
    ("Кластер", None, "cluster"),
    ("Текущее состояние", None, "status"),
    ("Срок реализации", "начало", "start_date"),
    ("Срок реализации", "окончание", "end_date"),
    ("Объем фин-я проекта, тыс.руб.", "всего", "total_cost_mln"),
    ("Объем фин-я проекта, тыс.руб.", "ФБ", "federal_budget_mln"),
    ("Объем фин-я проекта, тыс.руб.", "ОБ", "regional_budget_mln"),
    ("Объем фин-я проекта, тыс.руб.", "МБ", None),
    ("Объем фин-я проекта, тыс.руб.", "внеб. ср-ва", "extra_budgetary_mln"),
    ("из них подтв. внеб. ср-ва (по соглашениям), тыс.руб.", None, "extra_budgetary_confirmed_mln"),
    ("в т.ч. фин-е на 2026 г., тыс.руб.", None, None),
    ("Освоено на отч. дату**, тыс.руб.", None, None),
    ("Кол-во раб. мест, ед.", "план", "jobs_planned"),
    ("Кол-во раб. мест, ед.", "факт", "jobs_created"),
    ("Инициатор проекта (орг-ция)", None, "lead_organization"),
    ("Ответственный от МО (ФИО, тел.)", None, None),
    ("Проблемные вопросы", None, "problems"),
    ("Примечание", None, None),
]
# rows: code, name, location, work_area, cluster, status, start, end,
#       FB, OB, MB, vneb, confirmed, slice2026, spent, jobs plan, jobs fact, lead, person,
#       problems, note     (money in thousand roubles; total = FB+OB+MB+vneb)
SVOD_S1 = [
    ("INO-1901", "Строительство завода OSB-плит в г. Асино (II очередь)", "Асиновский район",
     "Передовая промышленность", "Лесопромышленный кластер", "ведутся работы", D(2025, 3, 1),
     "IV кв. 2027", 0, 120000, 0, 4730000, 3900000, 1200000, 2310450.5, 350, 180,
     "ООО «Асиновский ЛПК»", "Петров А.В., 8(38241)2-11-05",
     "Задержка поставки оборудования (санкции), перенос пусконаладки", "данные инициатора"),
    ("INO-1902", "Производство топливных пеллет из отходов лесопиления", "Асиновский район",
     "Передовая промышленность", "Лесопромышленный кластер", "завершено", "15.04.2024",
     "30.09.2025", 0, 0, 3500, 186400, 186400, None, 189900, 42, 44,
     "ООО «ТомБиоТопливо»", "Петров А.В., 8(38241)2-11-05", None, None),
    ("INO-1903", "Глубокая переработка кедрового ореха и дикоросов в с. Тогур", "Колпашевский район",
     "Технологические инновации, новые бизнесы", "Кластер дикоросов", "ведутся работы",
     D(2025, 6, 10), "2 полугодие 2026", 0, 18500, 1500, 96300.8, 60000, 40200, 71350, 35, 12,
     "ООО «Сибирская ягода»", "Кузнецова Е.Н., 8(38254)5-34-17",
     "Нет подъездной дороги к площадке, требуется ремонт участка 2,3 км", None),
    ("INO-1904", "Реконструкция рыбоперерабатывающего цеха в г. Колпашево", "Колпашевский район",
     "Передовая промышленность", "—", "приостановлено", D(2024, 9, 1), "до конца 2028 г.",
     0, 0, 0, 58700, 0, 0, 12400, 28, 0, "ИП Мельников С.Г.",
     "Кузнецова Е.Н., 8(38254)5-34-17", "Инвестор приостановил финансирование", None),
    ("INO-1905", "Опытно-промышленная разработка трудноизвлекаемых запасов Чалкинского участка",
     "Колпашевский район", "Передовая промышленность", "Кластер трудноизвлекаемых запасов",
     "не начато", "01.02.2027", "2029", 0, 0, 0, 12450000, 0, 0, 0, 210, 0,
     "АО «Томскнефть-Восток»", "Кузнецова Е.Н., 8(38254)5-34-17", None,
     "срок начала уточняется"),
    ("INO-1906", "Производство изотопной продукции медицинского назначения", "ЗАТО Северск",
     "Наука и образование", "Кластер ядерных технологий", "ведутся работы", D(2024, 1, 15),
     D(2027, 6, 30), 950000, 300000, 0, 1125500, 1125500, 410000, 1634200, 160, 95,
     "АО «СХК»", "Лаптева О.И., 8(3823)77-23-41", None, None),
    ("INO-1907", "Создание технопарка высоких технологий ТОР «Северск» (3 этап)", "ЗАТО Северск",
     "Деловая среда", "—", "реализуется", "01.03.2025", "IV кв. 2027", 210000, 140500, 22000,
     0, 0, 95000, 188000.4, 0, 0, "АО «Технопарк Северск»",
     "Лаптева О.И., 8(3823)77-23-41", None, "рабочие места создают резиденты"),
    ("INO-1908", "Фармацевтическое производство инфузионных растворов", "ЗАТО Северск",
     "Передовая промышленность", "Фармацевтический кластер", "Не начато", "01.07.2026",
     "1 полугодие 2028", 0, 75000, 0, 1380250, 700000, 0, 0, 120, 0,
     "ООО «СибФармРаствор»", "Лаптева О.И., 8(3823)77-23-41",
     "Не подобран земельный участок с инженерной инфраструктурой", None),
    ("INO-1909", "Тепличный комплекс круглогодичного цикла в с. Корнилово", "Томский район",
     "Технологические инновации, новые бизнесы", "—", "ведутся работы", D(2025, 4, 1),
     D(2026, 12, 31), 0, 45000, 0, 2870000, 2870000, 1500000, 2011000, 240, 110,
     "ООО «Агрокомплекс Корнилово»", "Сафронов Д.М., 8(3822)40-55-12", None, None),
    ("INO-1910", "Завод по производству биополимерных упаковочных материалов", "Томский район",
     "Передовая промышленность", "Нефтехимический кластер", "ведутся работы", "01.08.2025",
     "2026-2028", 0, 0, 0, 3420000, 1200000, 600000, 350000, 185, 0,
     "ООО «ТомПолимер»", "Сафронов Д.М., 8(3822)40-55-12",
     "Дефицит электрической мощности на площадке (нужно 8 МВт)", None),
    ("INO-1911", "Центр обработки данных «Томск-Юг»", "г. Томск",
     "Технологические инновации, новые бизнесы", "Кластер медицинской техники и информационных технологий",
     "Ведутся работы ", D(2025, 2, 20), "III кв. 2027", 0, 0, 0, 1640300, 1640300, 380000,
     920000, 45, 10, "ООО «ДЦ Сибирь»", "—", None, None),
    ("INO-1912", "Производство древесно-полимерного композита", "Асиновский район",
     "Передовая промышленность", "Лесопромышленный кластер", "приостановлено", D(2023, 5, 1),
     -1, 0, -35000, 0, 410000, 120000, 0, 96500, 60, 14,
     "ООО «Асиновский ЛПК»", "Петров А.В., 8(38241)2-11-05", "Отказ банка в кредитовании",
     None),  # negative OB -> rejected
    ("INO-1913", "Модернизация производства фанеры с переходом на выпуск ЛВЛ-бруса",
     "Асиновский район", "Передовая промышленность", "Лесопромышленный кластер", "завершено",
     D(2022, 3, 1), D(2025, 11, 30), 0, 0, 0, 1950000, 1950000, 0, 1950000, 90, 96,
     "ООО «Асиновский фанерный комбинат»", "Петров А.В., 8(38241)2-11-05", None, None),
]
SVOD_S2 = [
    ("INO-1914", "Строительство школы на 1100 мест в мкр. «Южные ворота»", "Томский район",
     "Умный и удобный город", "—", "ведутся работы", D(2025, 5, 15), D(2027, 8, 31), 1450000,
     820000, 36000, 0, 0, 900000, 1320000.7, 95, 0, "МКУ «Управление капстроительства Томского района»",
     "Сафронов Д.М., 8(3822)40-55-12", None, None),
    ("INO-1915", "Физкультурно-оздоровительный комплекс с универсальным игровым залом, г. Асино",
     "Асиновский район", "Умный и удобный город", None, "завершено", "01.06.2024", "20.12.2025",
     0, 148300.6, 7800, 0, 0, 0, 156100.6, 12, 12, "Администрация Асиновского района",
     "Иванова Т.С., 8(38241)2-15-30", None, None),
    ("INO-1916", "Реконструкция водозабора и станции водоочистки г. Колпашево", "Колпашевский район",
     "Умный и удобный город", "", "ведутся работы", D(2025, 7, 1), "IV кв. 2026", 310000,
     95000, 12500, 0, 0, 280000, 201000, 0, 0, "МУП «Колпашевский водоканал»",
     "Кузнецова Е.Н., 8(38254)5-34-17", "Подрядчик отстает от графика на 2 мес.", None),
    ("INO-1917", "Инжиниринговый центр при колледже (подготовка кадров для ЛПК)",
     "Асиновский район", "Наука и образование", "Лесопромышленный кластер", "не начато",
     "01.09.2026", "2027 г.", 0, 62000, 0, 15000, 15000, 20000, 0, 18, 0,
     "ОГБПОУ «Асиновский техникум промышленной индустрии и сервиса»", "Иванова Т.С., 8(38241)2-15-30",
     None, None),
    ("INO-1918", "Цифровая платформа «Умный Северск»: видеоаналитика и учёт ресурсов",
     "ЗАТО Северск", "Умный и удобный город", "Кластер медицинской техники и информационных технологий",
     "ведутся работы", D(2025, 1, 10), "до конца 2027 г.", 0, 84500, 15500, 40000, 40000, 30000,
     61200, 25, 11, "МКУ «Цифровой Северск»", "Лаптева О.И., 8(3823)77-23-41", None, None),
    ("INO-1919", "Модульный фельдшерско-акушерский пункт в с. Новоникольское",
     "Асиновский район", "Умный и удобный город", "—", "завершено", D(2025, 2, 1),
     D(2025, 10, 15), 0, 18900, 900, 0, 0, 0, 19800, 3, 3, "ОГАУЗ «Асиновская РБ»",
     "Иванова Т.С., 8(38241)2-15-30", None, None),
    ("INO-1920", "Бизнес-инкубатор «Точка роста» в г. Колпашево", "Колпашевский район",
     "Деловая среда", "—", "приостановлено", D(2025, 3, 1), D(2024, 12, 31), 0, 24000, 3000,
     0, 0, 0, 5100, 8, 0, "МКУ «Агентство по развитию предпринимательства»",
     "Кузнецова Е.Н., 8(38254)5-34-17", "Не пройдена госэкспертиза ПСД", None),
    # end before start -> rejected
    ("INO-1921", "Центр культурного развития в ЗАТО Северск", "ЗАТО Северск",
     "Умный и удобный город", "—", "ведутся работы", "10.02.2025", "II кв. 2027", 380000,
     190000, 45000, 0, 0, 150000, 247700, 20, 0, "Администрация ЗАТО Северск",
     "Лаптева О.И., 8(3823)77-23-41", None, None),
    ("INO-1922", "Строительство полигона ТКО для Томского района", "Томский р-н",
     "Умный и удобный город", "—", "не начато", "01.04.2027", "2 полугодие 2028", 0, 0, 0,
     512000, 0, 0, 0, 30, 0, "ООО «ЭкоСибирь»", "Сафронов Д.М., 8(3822)40-55-12",
     "Общественные слушания не проведены", None),
]
# cells written as text the Russian way (field -> codes); the rest are real numbers
SVOD_TEXT_MONEY = {
    "INO-1901": {"total", "vneb"}, "INO-1903": {"vneb", "spent"}, "INO-1906": {"FB", "total"},
    "INO-1909": {"conf"}, "INO-1913": {"total", "vneb", "conf"}, "INO-1915": {"OB", "total"},
    "INO-1918": {"MB"}, "INO-1921": {"total"},
}


def svod_rows():
    """[(section_index, row_tuple)]"""
    return [(1, r) for r in SVOD_S1] + [(2, r) for r in SVOD_S2]


def svod_expected_record(r, fields):
    (code, name, loc, wa, cl, st, start, end, fb, ob, mb, vneb, conf, _sl, _sp, jp, jf, lead,
     _person, probl, _note) = r
    tot = fb + ob + mb + vneb
    rec = {"code": code, "name": name, "cluster": CLUSTER[norm(cl or "")],
           "work_area": WORK_AREA[norm(wa)], "location": LOCATION[norm(loc)],
           "status": STATUS[norm(st)], "start_date": date_iso(start), "end_date": date_iso(end),
           "total_cost_mln": round(tot / 1000, 4), "federal_budget_mln": round(fb / 1000, 4),
           "regional_budget_mln": round(ob / 1000, 4),
           "extra_budgetary_mln": round(vneb / 1000, 4),
           "extra_budgetary_confirmed_mln": round(conf / 1000, 4), "jobs_planned": jp,
           "jobs_created": jf, "lead_organization": lead, "problems": probl}
    return {f: rec[f] for f in fields}


def make_svod():
    name = "district_svod.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Свод МО"
    ncol = len(SVOD_COLS)
    last = get_column_letter(ncol)
    ws["A1"] = ("Сведения о ходе реализации проектов ИНО «Томск» на территориях "
                "муниципальных образований Томской области")
    ws["A2"] = "по состоянию на 01.10.2026"
    ws["A3"] = "Форма МО-ИНО (заполняется администрациями МО, свод — отдел мониторинга проектов)"
    for r in (1, 2, 3):
        ws.merge_cells("A%d:%s%d" % (r, last, r))
    # header rows 5-6
    c = 0
    while c < ncol:
        top, sub, _f = SVOD_COLS[c]
        col = c + 1
        if sub is None:
            ws.cell(5, col, top)
            ws.merge_cells(start_row=5, start_column=col, end_row=6, end_column=col)
            c += 1
        else:
            span = 1
            while c + span < ncol and SVOD_COLS[c + span][0] == top and SVOD_COLS[c + span][1]:
                span += 1
            ws.cell(5, col, top)
            ws.merge_cells(start_row=5, start_column=col, end_row=5, end_column=col + span - 1)
            for k in range(span):
                ws.cell(6, col + k, SVOD_COLS[c + k][1])
            c += span
    for col in range(1, ncol + 1):
        ws.cell(7, col, col)
    bold(ws, [5, 6, 7])
    row = 8
    layout = {"header_rows": [5, 6], "skipped_rows": {}, "data_rows": []}
    layout["skipped_rows"]["7"] = "column numbers"
    fields = [f for _t, _s, f in SVOD_COLS if f]
    fields = [f for f in ALL_FIELDS if f in fields]
    records, rejected = [], []
    n = 0
    sec_rows = {1: [], 2: []}

    def put_section(title):
        nonlocal row
        ws.cell(row, 1, title)
        ws.merge_cells("A%d:%s%d" % (row, last, row))
        ws.cell(row, 1).font = Font(bold=True)
        layout["skipped_rows"][str(row)] = "section row"
        row += 1

    def put_subtotal(label, rows_):
        nonlocal row
        ws.cell(row, 3, label)
        for col in range(10, 20):
            if col in (16, 17):
                continue
            s = 0.0
            for rr in rows_:
                v = number(ws.cell(rr, col).value)
                s += v or 0
            ws.cell(row, col, round(s, 1))
        ws.cell(row, 3).font = Font(bold=True)
        layout["skipped_rows"][str(row)] = "totals"
        row += 1

    put_section("Раздел 1. Инвестиционные (производственные) проекты")
    for sec, r in svod_rows():
        if sec == 2 and not sec_rows[2]:
            put_subtotal("Итого по разделу 1", sec_rows[1])
            layout["skipped_rows"][str(row)] = "blank row"
            row += 1
            put_section("Раздел 2. Социальные проекты")
        if r[0] == "INO-1908":      # a blank separator row inside section 1
            layout["skipped_rows"][str(row)] = "blank row"
            row += 1
        n += 1
        (code, nm, loc, wa, cl, st, start, end, fb, ob, mb, vneb, conf, sl, sp, jp, jf, lead,
         person, probl, note) = r
        tot = fb + ob + mb + vneb
        tm = SVOD_TEXT_MONEY.get(code, set())

        def m(v, key):
            if v is None:
                return None
            return rus(v / 1, 1) if key in tm else v
        vals = [n, code, nm, loc, wa, cl, st, start, end, m(tot, "total"), m(fb, "FB"),
                m(ob, "OB"), m(mb, "MB"), m(vneb, "vneb"), m(conf, "conf"), sl, m(sp, "spent"),
                jp, jf, lead, person, probl, note]
        if code == "INO-1904":
            vals[12] = "—"          # МБ as a dash
        for col, v in enumerate(vals, 1):
            cell = ws.cell(row, col, v)
            if isinstance(v, dt.datetime):
                set_date_fmt(cell)
        sec_rows[sec].append(row)
        layout["data_rows"].append(row)
        if code == "INO-1912":
            rejected.append({"sheet": ws.title, "row": row, "reason": "negative amount",
                             "column": "L", "code": code})
        elif code == "INO-1920":
            rejected.append({"sheet": ws.title, "row": row,
                             "reason": "end date before start date", "column": "I",
                             "code": code})
        else:
            records.append(svod_expected_record(r, fields))
        row += 1
    put_subtotal("Итого по разделу 2", sec_rows[2])
    ws.cell(row, 1, "Всего по МО")
    for col in range(10, 20):
        if col in (16, 17):
            continue
        s = 0.0
        for rr in sec_rows[1] + sec_rows[2]:
            s += number(ws.cell(rr, col).value) or 0
        ws.cell(row, col, round(s, 1))
    layout["skipped_rows"][str(row)] = "totals"
    row += 2
    ws.cell(row, 1, "* Гр. 10 = гр. 11 + гр. 12 + гр. 13 + гр. 14; МБ — средства местного бюджета.")
    layout["skipped_rows"][str(row)] = "footnote"
    row += 1
    ws.cell(row, 1, "** Освоено — кассовые расходы нарастающим итогом с начала реализации проекта.")
    layout["skipped_rows"][str(row)] = "footnote"
    ws.column_dimensions["C"].width = 48
    ws.freeze_panes = "D8"
    wb.save(os.path.join(HERE, name))
    cols = []
    for top, sub, f in SVOD_COLS:
        cols.append([top if sub is None else "%s / %s" % (top, sub), f])
    exp = {
        "file": name, "refused": False, "fields": fields, "record_count": len(records),
        "records": records, "rejected": rejected, "columns": cols,
        "sheet": ws.title, "header_rows": [5, 6], "column_numbers_row": 7,
        "data_rows": layout["data_rows"], "skipped_rows": layout["skipped_rows"],
        "money_unit": "thousand RUB (тыс.руб.)",
        "notes": (
            "Summary of the regional development institute built from district administrations' "
            "forms. One sheet 'Свод МО'. Title rows 1-3 (merged), row 4 empty, two-level merged "
            "header in rows 5-6 ('Срок реализации' over начало/окончание; 'Объем фин-я проекта, "
            "тыс.руб.' over всего/ФБ/ОБ/МБ/внеб. ср-ва; 'Кол-во раб. мест, ед.' over план/факт), "
            "row 7 numbers the columns 1..23. Section rows 'Раздел 1. ...' and 'Раздел 2. "
            "Социальные проекты', subtotal rows 'Итого по разделу 1/2', the 'Всего по МО' row, "
            "blank separator rows and two footnotes are not projects. All money is in thousand "
            "roubles (the header says тыс.руб.) and is given here in RUB million; some amounts "
            "are text written the Russian way ('4 850 000,0' with non-breaking spaces). "
            "Look-alike columns NOT imported: '№ п/п' (row number), 'МБ' (municipal budget; "
            "the total includes it), 'в т.ч. фин-е на 2026 г.' (one-year slice), 'Освоено на "
            "отч. дату' (spent to date), 'Ответственный от МО (ФИО, тел.)' (a person, not the "
            "organisation), 'Примечание'. 'факт' under 'Кол-во раб. мест' = jobs created. "
            "Statuses in municipal words: 'ведутся работы'/'реализуется' = in_progress, "
            "'завершено' = completed, 'приостановлено' = suspended, 'не начато' = planned. "
            "Territories are municipal districts: 'Асиновский район' -> Асино, 'Колпашевский "
            "район' -> Колпашево, 'ЗАТО Северск' -> Северск, 'Томский район'/'Томский р-н' -> "
            "Томский район, 'г. Томск' -> Томск. End dates given as periods: 'IV кв. 2027' -> "
            "2027-12-31, '2 полугодие 2026' -> 2026-12-31, '1 полугодие 2028' -> 2028-06-30, "
            "'до конца 2028 г.' -> 2028-12-31, '2026-2028' (a range in the end column) -> "
            "2028-12-31, '2029' / '2027 г.' -> 31 December. Cluster '—' or empty = null. "
            "Rejected: INO-1912 (negative regional budget -35 000) and INO-1920 (end 31.12.2024 "
            "before start 01.03.2025)."),
    }
    write_json(os.path.join(HERE, name.replace(".xlsx", ".expected.json")), exp)
    return exp


# ======================================================================================
# 2. district_svod_upd.xlsx - update of district_svod.xlsx
# ======================================================================================
UPD_COLS = [
    ("№", None), ("Код ИНО", "code"), ("Наименование проекта", "name"),
    ("Состояние на 01.01.2027", "status"), ("Окончание (уточн.)", "end_date"),
    ("Стоимость всего, тыс.руб.", "total_cost_mln"),
    ("в т.ч. внеб. ср-ва, тыс.руб.", "extra_budgetary_mln"),
    ("Создано раб. мест (нарастающим итогом), ед.", "jobs_created"),
    ("% выполнения", None), ("Освоено с начала реализации, тыс.руб.", None),
    ("Комментарий МО", None),
]
# code (or None), name as written, status, end, total, vneb, jobs_created, pct, spent, comment
UPD_ROWS = [
    ("INO-1901", "Строительство завода OSB-плит в г. Асино (II очередь)", "ведутся работы",
     "I кв. 2028", 5120000, 5000000, 215, 62, 3120000, "рост стоимости оборудования"),
    ("INO-1902", "Производство топливных пеллет из отходов лесопиления", "завершено",
     "30.09.2025", 189900, 186400, 44, 100, 189900, None),           # unchanged
    (None, "глубокая переработка кедрового ореха и дикоросов в с. Тогур", "ведутся работы",
     "2 полугодие 2026", 116300.8, 96300.8, 21, 70, 88000, None),     # jobs 12 -> 21
    ("INO-1905", "Опытно-промышленная разработка трудноизвлекаемых запасов Чалкинского участка",
     "ведутся работы", "2029", 12450000, 12450000, 0, 3, 150000,
     "начаты работы 15.12.2026"),                                      # status changed
    (None, "Производство изотопной продукции медицинского назначения ", "завершено",
     D(2026, 12, 20), 2375500, 1125500, 160, 100, 2375500, None),    # matched by name, trailing sp
    ("INO-1907", "Создание технопарка высоких технологий ТОР «Северск» (3 этап)", "реализуется",
     "IV кв. 2027", "уточняется", 0, 0, 81, 301000, "ПСД на корректировке"),  # rejected
    ("INO-1909", "Тепличный комплекс круглогодичного цикла в с. Корнилово", "завершено",
     D(2026, 12, 28), 2915000, 2870000, 236, 100, 2915000, None),
    (None, "ЦЕНТР ОБРАБОТКИ ДАННЫХ \"ТОМСК-ЮГ\"", "ведутся работы", "III кв. 2027",
     1640300, 1640300, 10, 58, 1010000, None),                         # matched by name, unchanged
    ("INO-1913", "Модернизация производства фанеры с переходом на выпуск ЛВЛ-бруса", "завершено",
     D(2025, 11, 30), 1950000, 1950000, 96, 100, 1950000, None),     # unchanged
    ("INO-1914", "Строительство школы на 1100 мест в мкр. «Южные ворота»", "ведутся работы",
     D(2027, 8, 31), 2412000, 0, 0, 91, 1460000, "удорожание по итогам экспертизы"),
    (None, "Цифровая платформа «Умный Северск»: видеоаналитика и учет ресурсов",
     "приостановлено", "до конца 2027 г.", 140000, 40000, 11, 44, 61200,
     "нет софинансирования ОБ в 2027 г."),                            # ё->е, status changed
    ("INO-1922", "Строительство полигона ТКО для Томского района", "не начато",
     "2 полугодие 2029", 512000, 512000, 0, 0, 0, "перенос сроков"),   # end changed
    (None, "Модульный  фельдшерско-акушерский пункт в с. Новоникольское", "завершено",
     D(2025, 10, 15), 19800, 0, 3, 100, 19800, None),                # double space, unchanged
    ("INO-1923", "Производство мебельного щита из березы в г. Асино", "не начато",
     "IV кв. 2028", 268000, 268000, 0, 0, 0, "новый проект"),
    ("INO-1924", "Станция техобслуживания электробусов в ЗАТО Северск", "ведутся работы",
     "1 полугодие 2027", 96500.5, 40000, 6, 20, 21000, "новый проект"),
    ("INO-1925", "Сушильный комплекс для дикоросов в с. Тогур", "не начато", "2028",
     54000, 54000, 0, 0, 0, "новый проект"),
]


def make_update(base_exp):
    name = "district_svod_upd.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Актуализация"
    ws["A1"] = "Актуализация сведений по проектам ИНО «Томск» (МО Томской области), IV кв. 2026"
    ws["A2"] = "по состоянию на 01.01.2027; к своду от 01.10.2026"
    hdr = 4
    for i, (h, _f) in enumerate(UPD_COLS, 1):
        ws.cell(hdr, i, h)
        ws.cell(hdr + 1, i, i)
    bold(ws, [hdr, hdr + 1])
    state = {r["code"]: dict(r) for r in base_exp["records"]}
    order = [r["code"] for r in base_exp["records"]]
    by_norm = {}
    for r in base_exp["records"]:
        k = re.sub(r"\s+", " ", r["name"].lower().replace("ё", "е"))
        for q in "«»“”„\"":
            k = k.replace(q, '"')
        by_norm[k.strip()] = r["code"]
    changed, new, matched, rejected = [], [], [], []
    row = hdr + 2
    data_rows = []
    for i, r in enumerate(UPD_ROWS, 1):
        code, nm, st, end, tot, vneb, jc, pct, spent, comm = r
        vals = [i, code, nm, st, end, tot, vneb, jc, pct, spent, comm]
        if code == "INO-1924":
            vals[5] = rus(tot, 1)
        for col, v in enumerate(vals, 1):
            cell = ws.cell(row, col, v)
            if isinstance(v, dt.datetime):
                set_date_fmt(cell)
        data_rows.append(row)
        if tot == "уточняется":
            rejected.append({"sheet": ws.title, "row": row,
                             "reason": "not a number: 'уточняется'", "column": "F",
                             "code": code})
            row += 1
            continue
        upd = {"status": STATUS[norm(st)], "end_date": date_iso(end),
               "total_cost_mln": money(tot, 0.001), "extra_budgetary_mln": money(vneb, 0.001),
               "jobs_created": jc}
        if code is None:
            k = re.sub(r"\s+", " ", nm.lower().replace("ё", "е"))
            for q in "«»“”„\"":
                k = k.replace(q, '"')
            target = by_norm[k.strip()]
            diff = []
            if nm != nm.strip():
                diff.append("trailing space")
            if "  " in nm:
                diff.append("double space")
            if nm.isupper():
                diff.append("upper case")
            elif nm[0].islower():
                diff.append("first letter in lower case")
            if '"' in nm:
                diff.append("«» quotes written as \"\"")
            if "е" in nm and "ё" in state[target]["name"] and "ё" not in nm:
                diff.append("ё written as е")
            matched.append({"code": target, "name_in_file": nm, "difference": ", ".join(diff),
                            "row": row})
        else:
            target = code
        if target in state:
            before = dict(state[target])
            for k, v in upd.items():
                state[target][k] = v
            if code is not None:
                pass            # a known code: the stored name stays as the file says
            if state[target] != before and target not in changed:
                changed.append(target)
        else:
            rec = {f: None for f in ALL_FIELDS}
            rec.update(upd)
            rec["code"] = code
            rec["name"] = nm
            state[code] = rec
            order.append(code)
            new.append(code)
        row += 1
    row += 1
    ws.cell(row, 2, "Исп. Сафронов Д.М., отдел мониторинга, тел. 8(3822)40-55-12")
    foot = row
    ws.column_dimensions["C"].width = 60
    wb.save(os.path.join(HERE, name))
    records = [{f: state[c][f] for f in ALL_FIELDS} for c in order]
    exp = {
        "file": name, "refused": False, "fields": ALL_FIELDS, "record_count": len(records),
        "records": records, "rejected": rejected, "base_file": "district_svod.xlsx",
        "columns": [[h, f] for h, f in UPD_COLS], "header_row": hdr, "column_numbers_row": hdr + 1,
        "data_rows": data_rows, "skipped_rows": {str(hdr + 1): "column numbers",
                                                  str(foot): "footnote (executor)"},
        "changed_codes": sorted(changed), "new_codes": new, "matched_by_name": matched,
        "money_unit": "thousand RUB (тыс.руб.)",
        "notes": (
            "Import district_svod.xlsx first, then this file; 'records' is the resulting state of "
            "all projects (the 20 valid projects of the base, then the new ones in file order). "
            "Sheet 'Актуализация': title rows 1-2, header row 4, row 5 numbers the columns, data "
            "rows 6-21, a signature line below. Amounts in тыс.руб. (given here in RUB million). "
            "Rows with a code update that project; 5 rows have an empty code and are matched by "
            "name (lower case / upper case, ё written as е, «» written as \"\", a double space, "
            "a trailing space); a project matched by name keeps its stored name. INO-1923..1925 "
            "are new projects: the fields this file does not carry are null. The file carries "
            "status, end date (periods: 'I кв. 2028' -> 2028-03-31, '2 полугодие 2029' -> "
            "2029-12-31, '1 полугодие 2027' -> 2027-06-30, '2028' -> 2028-12-31), total cost, "
            "extra-budgetary funds and jobs created; every other field keeps its base value. "
            "Look-alikes NOT imported: '№', '% выполнения', 'Освоено с начала реализации' "
            "(spent to date), 'Комментарий МО'. Row 11 (INO-1907) has 'уточняется' as the cost: "
            "rejected, and the project keeps its base values. Re-sent unchanged: INO-1902, "
            "INO-1913, and the name-matched INO-1911 and INO-1919. NB for INO-1901 and "
            "INO-1914: the update gives the total and extra-budgetary funds only; federal/regional "
            "amounts keep their base values even where the parts no longer add up to the total."),
    }
    write_json(os.path.join(HERE, name.replace(".xlsx", ".expected.json")), exp)
    return exp


# ======================================================================================
# 3. kolpashevo_klastery.xlsx - one sheet per cluster, Колпашевский район
# ======================================================================================
KLP_COLS = [
    ("№ п/п", None), ("Код", "code"), ("Наименование проекта", "name"),
    ("Место реализации", "location"), ("Состояние", "status"),
    ("Начало реал-ции", "start_date"), ("Срок реализации", "end_date"),
    ("Стоимость, тыс.руб.", "total_cost_mln"), ("в т.ч. внеб., тыс.руб.", "extra_budgetary_mln"),
    ("в т.ч. МБ, тыс.руб.", None), ("Кол-во раб. мест (план), ед.", "jobs_planned"),
    ("Инвестор", "lead_organization"), ("Статус зем. участка", None),
]
KLP_SHEETS = [
    ("Лесопромышленный", "Лесопромышленный кластер", "timber", [
        [("INO-1931", "Лесопильный цех с сушильными камерами в с. Тогур", "с. Тогур, Колпашевский р-н",
          "ведутся работы", D(2025, 4, 1), "IV кв. 2026", 184500, 184500, 0, 38,
          "ООО «Тогурлес»", "оформлен в аренду"),
         ("INO-1932", "Производство клееного бруса для домостроения", "г. Колпашево",
          "ведутся работы ", "01.06.2025", "2026-2028", 412300.5, 380000, 0, 64,
          "ООО «КолпашевоДомСтрой»", "оформлен в собственность")],
        [("INO-1933", "Пункт глубокой переработки лесосечных отходов (щепа, брикеты)",
          "Колпашевский район", "не начато", "01.03.2027", "до конца 2028 г.", 96000, 90000,
          6000, 22, "ИП Гордеев В.П.", "на стадии межевания"),
         ("INO-1934", "Лесохимический участок по выпуску пихтового масла", "Колпашевский район",
          "Не начато", D(2027, 5, 1), "2028", 38700, 38700, 0, 9, "ООО «Пихта Нарыма»",
          "не оформлен")],
        [("INO-1935", "Модернизация лесовозной техники ЛПХ «Нарымское»", "Колпашевский район",
          "завершено", D(2024, 2, 1), D(2025, 8, 31), 73200, 73200, 0, 12,
          "АО «Нарымское ЛПХ»", "—"),
         ("INO-1947", "Лесной питомник с закрытой корневой системой", "Колпашевский район",
          "завершено", "01.04.2024", "15.09.2025", 28600.4, 21000, 1600.4, 7,
          "ОГАУ «Колпашевский лесхоз»", "оформлен в постоянное пользование")],
    ]),
    ("Дикоросы", "Кластер дикоросов", "wildlife", [
        [("INO-1936", "Заготовительный пункт дикоросов с шоковой заморозкой", "с. Тогур, Колпашевский р-н",
          "ведутся работы", D(2025, 7, 15), "2 полугодие 2026", 45600, 42000, 3600, 15,
          "СПоК «Нарымские дары»", "оформлен в аренду"),
         ("INO-1937", "Линия производства ягодных концентратов и морсов", "г. Колпашево",
          "ведутся работы", "20.03.2025", "IV кв. 2027", 132800, 120000, 0, 26,
          "ООО «Сибирская ягода»", "оформлен в аренду"),
         ("INO-1938", "Цех переработки кедрового ореха (масло, жмых)", "Колпашевский район",
          "ведутся работы", D(2025, 9, 1), "2027", 87400, 80000, 2400, 18,
          "ООО «Кедр Нарыма»", "оформлен в аренду")],
        [("INO-1939", "Производство сублимированных ягод и грибов", "г. Колпашево",
          "приостановлено", D(2024, 6, 1), "до конца 2027 г.", 64500, 64500, 0, 14,
          "ООО «Нарымские дары»", "оформлен в аренду"),
         ("INO-1938", "Цех переработки кедрового ореха (масло, жмых)", "Колпашевский район",
          "приостановлено", D(2025, 9, 1), "2028", 91400, 84000, 2400, 18,
          "ООО «Кедр Нарыма»", "оформлен в аренду")],       # duplicate code, other data
        [("INO-1940", "Сеть приёмных пунктов дикоросов в поселениях района", "Колпашевский район",
          "завершено", D(2023, 5, 1), "31.10.2025", 12800, 9800, 3000, 6,
          "СПоК «Нарымские дары»", "—")],
    ]),
    ("ТрИЗ", "Кластер трудноизвлекаемых запасов", "hard_to_recover", [
        [("INO-1941", "Испытательный полигон технологий добычи ТрИЗ (Колпашевский участок)",
          "Колпашевский район", "ведутся работы", D(2025, 1, 20), "IV кв. 2028", 2450000,
          2200000, 0, 75, "ООО «Нарым-Нефтегаз»", "лицензия получена"),
         ("INO-1942", "База сервисного обслуживания буровых бригад", "г. Колпашево",
          "ведутся работы", "01.02.2026", "1 полугодие 2027", 310000, 310000, 0, 48,
          "ООО «НарымСервис»", "оформлен в аренду")],
        [("INO-1943", "Строительство лабораторного корпуса керноисследований", "г. Колпашево",
          "не начато", "01.10.2026", "2027-2029", 185000, 150000, 5000, 20,
          "ООО «Нарым-Нефтегаз»", "на стадии межевания"),
         ("INO-1944", "Опытная закачка попутного газа в пласт", "Колпашевский район",
          "не начато", "01.03.2027", "IV кв. 2029", "-12 000", 0, 0, 10,
          "ООО «Нарым-Нефтегаз»", "—")],                   # negative total -> rejected
        [("INO-1945", "Цифровая модель месторождений Колпашевского района", "Колпашевский район",
          "завершено", D(2024, 3, 1), D(2025, 12, 20), 56400, 56400, 0, 8,
          "ООО «Нарым-Нефтегаз»", "—"),
         ("INO-1946", "Вахтовый посёлок на 120 мест", "Колпашевский район", "завершено",
          D(2024, 5, 1), D(2025, 11, 1), 240000, 240000, 0, 30, "ООО «НарымСервис»",
          "оформлен в аренду"),
         ("INO-1948", "Причал для отгрузки оборудования на р. Обь (г. Колпашево)", "г. Колпашево",
          "завершено", D(2024, 6, 1), "31.10.2025", 118000, 102000, 16000, 11,
          "ООО «НарымСервис»", "—")],
    ]),
]
KLP_HIDDEN_ROW = ("Дикоросы", "INO-1937")
KLP_HIDDEN_COL = ("ТрИЗ", "K")


def make_klp():
    name = "kolpashevo_klastery.xlsx"
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date",
              "total_cost_mln", "extra_budgetary_mln", "jobs_planned", "lead_organization"]
    records, rejected, sheets_info = [], [], []
    # find duplicate codes (different data) across the file
    seen = {}
    for sname, _full, _key, groups in KLP_SHEETS:
        for g in groups:
            for r in g:
                seen.setdefault(r[0], []).append(r)
    dup = {c for c, rs in seen.items() if len(rs) > 1 and any(x != rs[0] for x in rs)}
    dup_rows = {}
    hidden_row = None
    for sname, full, key, groups in KLP_SHEETS:
        ws = wb.create_sheet(sname)
        ws["A1"] = full
        ws["A2"] = "Перечень проектов Колпашевского района по состоянию на 01.10.2026 (тыс.руб.)"
        for i, (h, _f) in enumerate(KLP_COLS, 1):
            ws.cell(4, i, h)
            ws.cell(5, i, i)
        bold(ws, [4, 5])
        row = 6
        n = 0
        drows = []
        for gi, g in enumerate(groups):
            if gi:
                row += 1            # blank spacer between status groups
            for r in g:
                n += 1
                code, nm, loc, st, start, end, tot, vneb, mb, jp, lead, land = r
                vals = [n, code, nm, loc, st, start, end, tot, vneb, mb, jp, lead, land]
                for col, v in enumerate(vals, 1):
                    cell = ws.cell(row, col, v)
                    if isinstance(v, dt.datetime):
                        set_date_fmt(cell)
                drows.append(row)
                if (sname, code) == KLP_HIDDEN_ROW:
                    ws.row_dimensions[row].hidden = True
                    hidden_row = {"sheet": sname, "row": row}
                if code in dup:
                    dup_rows.setdefault(code, []).append((sname, row))
                elif isinstance(tot, str) and tot.startswith("-"):
                    rejected.append({"sheet": sname, "row": row, "reason": "negative amount",
                                     "column": "H", "code": code})
                else:
                    rec = {"code": code, "name": nm, "cluster": key,
                           "location": LOCATION[norm(loc)], "status": STATUS[norm(st)],
                           "start_date": date_iso(start), "end_date": date_iso(end),
                           "total_cost_mln": money(tot, 0.001),
                           "extra_budgetary_mln": money(vneb, 0.001), "jobs_planned": jp,
                           "lead_organization": lead}
                    records.append(rec)
                row += 1
        if sname == KLP_HIDDEN_COL[0]:
            ws.column_dimensions[KLP_HIDDEN_COL[1]].hidden = True
        ws.column_dimensions["C"].width = 55
        sheets_info.append({"sheet": sname, "cluster": key, "a1": full, "header_row": 4,
                            "column_numbers_row": 5, "data_rows": drows})
    for code, lst in dup_rows.items():
        rows_txt = " and ".join("%s!%d" % (s, r) for s, r in lst)
        for s, r in lst:
            rejected.append({"sheet": s, "row": r, "column": "B",
                             "reason": "duplicate code %s (rows %s differ)" % (code, rows_txt),
                             "code": code})
    ws = wb.create_sheet("Пояснения")
    ws["A1"] = "Пояснения к заполнению"
    ws["A2"] = "1. Суммы указываются в тыс.руб. с одним знаком после запятой."
    ws["A3"] = "2. Графа «в т.ч. МБ» — средства бюджета Колпашевского района."
    ws["A4"] = "3. Срок реализации — год, квартал или период (например, 2026-2028)."
    ws["A5"] = "Исполнитель: отдел экономики Администрации Колпашевского района"
    wb.save(os.path.join(HERE, name))
    order = {(s["sheet"], r): i for i, s in enumerate(sheets_info) for r in s["data_rows"]}
    rejected.sort(key=lambda x: ([s["sheet"] for s in sheets_info].index(x["sheet"]), x["row"]))
    exp = {
        "file": name, "refused": False, "fields": fields, "record_count": len(records),
        "records": records, "rejected": rejected,
        "columns": [[h, f] for h, f in KLP_COLS], "sheets": sheets_info,
        "non_data_sheets": ["Пояснения"],
        "hidden": {"row": hidden_row,
                   "column": {"sheet": KLP_HIDDEN_COL[0], "column": KLP_HIDDEN_COL[1],
                              "field": "jobs_planned"}},
        "money_unit": "thousand RUB (тыс.руб.)",
        "notes": (
            "Колпашевский район: one sheet per cluster, short sheet names ('Лесопромышленный', "
            "'Дикоросы', 'ТрИЗ') with the full cluster name in A1; the record's cluster comes "
            "from the sheet. Sheet 'Пояснения' is explanatory text, not data. On each data sheet: "
            "title rows 1-2, header row 4, row 5 numbers the columns (1..13), data from row 6 in "
            "status groups separated by blank rows. Amounts in тыс.руб. (given here in RUB "
            "million). 'Срок реализации' is the end date, written as a date or a period: "
            "'IV кв. 2026' -> 2026-12-31, '2026-2028' / '2027-2029' -> end of the last year, "
            "'до конца 2028 г.' -> 2028-12-31, '2 полугодие 2026' -> 2026-12-31, "
            "'1 полугодие 2027' -> 2027-06-30, a bare year -> 31 December. Places: 'г. "
            "Колпашево', 'Колпашевский район' and 'с. Тогур, Колпашевский р-н' are all "
            "Колпашево (the district's canonical place). Look-alikes NOT imported: '№ п/п', "
            "'в т.ч. МБ' (municipal budget), 'Статус зем. участка' (status of the land plot, "
            "not of the project). Row 8 on 'Дикоросы' is hidden and column K ('Кол-во раб. "
            "мест (план)') on 'ТрИЗ' is hidden: both are data. Rejected: INO-1938 appears on "
            "'Дикоросы' rows 8... with different data (status, end, cost) - both rows rejected "
            "(see 'rejected'); INO-1944 has a negative total ('-12 000', text) and is "
            "rejected."),
    }
    # fix the note with the real rows of the duplicate
    d = [x for x in rejected if x["code"] == "INO-1938"]
    exp["notes"] = exp["notes"].replace(
        "'Дикоросы' rows 8...", "'Дикоросы' rows %s" % " and ".join(str(x["row"]) for x in d))
    hr = hidden_row["row"]
    exp["notes"] = exp["notes"].replace("Row 8 on 'Дикоросы' is hidden",
                                        "Row %d on 'Дикоросы' is hidden" % hr)
    write_json(os.path.join(HERE, name.replace(".xlsx", ".expected.json")), exp)
    return exp


# ======================================================================================
# 4. ird_english.xlsx - English list of the regional development corporation (RUB bn)
# ======================================================================================
ENG_COLS = [
    ("#", None), ("Project code", "code"), ("Project", "name"), ("Cluster", "cluster"),
    ("Municipality", "location"), ("Stage", "status"), ("Start", "start_date"),
    ("Completion", "end_date"), ("Total investment, RUB bn", "total_cost_mln"),
    ("incl. private, RUB bn", "extra_budgetary_mln"), ("Invested to date, RUB bn", None),
    ("Private share, %", None), ("New jobs (plan)", "jobs_planned"),
    ("Sponsor", "lead_organization"), ("Contact person", None),
]
# code, name, cluster, place, stage, start, completion, total bn, private bn, invested bn,
# jobs, sponsor, contact
ENG_ROWS = [
    ("INO-1951", "Wood pellet plant in Asino", "Timber industry", "Asino", "ongoing",
     D(2025, 4, 1), "Q4 2026", 0.2164, 0.2164, 0.1125, 46, "TomBioFuel LLC", "S. Orlov"),
    ("INO-1952", "Cedar nut processing hub (Kolpashevo)", "Wildlife resources", "Kolpashevo",
     "ongoing", D(2025, 6, 10), "H2 2026", 0.1163, 0.0963, 0.0714, 35, "Siberian Berry LLC",
     "E. Kuznetsova"),
    ("INO-1953", "Medical isotope production line", "Nuclear tech", "Seversk", "completed",
     D(2024, 1, 15), D(2026, 12, 20), 2.3755, 1.1255, 2.3755, 160, "SCC JSC", "O. Lapteva"),
    ("INO-1954", "Infusion solutions plant", "Pharma", "Seversk", "not started",
     D(2026, 7, 1), "H1 2028", 1.4553, 1.3803, None, 120, "SibPharmRastvor LLC", "O. Lapteva"),
    ("INO-1955", "Year-round greenhouse complex (Kornilovo)", "n/a", "Tomsk District",
     "ongoing", D(2025, 4, 1), D(2026, 12, 31), 2.915, 2.87, 2.011, 240,
     "Agrocomplex Kornilovo LLC", "D. Safronov"),
    ("INO-1956", "Biopolymer packaging plant", "Petrochemical cluster", "Tomsk District",
     "Ongoing ", D(2025, 8, 1), 2028, 3.42, 3.42, 0.35, 185, "TomPolymer LLC", "D. Safronov"),
    ("INO-1957", "Tomsk-South data centre", "Medical equipment and IT cluster", "Tomsk",
     "ongoing", D(2025, 2, 20), "Q3 2027", 1.6403, 1.6403, 0.92, 45, "DC Sibir LLC", None),
    ("INO-1958", "Fibreboard line retrofit", "Timber", "Asino", "on hold", D(2023, 5, 1),
     "2027", 0.41, 0.375, 0.0965, 60, "Asinovsky LPK LLC", "S. Orlov"),
    ("INO-1959", "Tight-oil test site (Kolpashevo block)", "Hard-to-recover reserves",
     "Kolpashevo", "ongoing", D(2025, 1, 20), "Q4 2028", 2.45, 2.2, 0.8, 75,
     "Narym-Neftegaz LLC", "I. Zotov"),
    ("INO-1960", "Seversk high-tech park, phase 3", "", "Seversk", "ongoing", D(2025, 3, 1),
     "IV кв. 2027", 0.3725, 0.0, 0.188, 0, "Technopark Seversk JSC", "O. Lapteva"),
    ("INO-1961", "Berry concentrate line", "Wildlife resources", "Kolpashevo", "ongoing",
     D(2025, 3, 20), "TBD", "TBD", 0.12, None, 26, "Siberian Berry LLC", "E. Kuznetsova"),
    # text in a number column -> rejected
    ("INO-1962", "LVL beam production (plywood mill upgrade)", "Timber industry", "Asino",
     "completed", D(2022, 3, 1), D(2025, 11, 30), 1.95, 1.95, 1.95, 90,
     "Asino Plywood Mill LLC", "S. Orlov"),
    ("INO-1963", "Oncology PET-centre equipment", "Nuclear technologies cluster", "Tomsk",
     "not started", D(2027, 1, 15), "Q1 2028", 0.8875, 0.45, None, 40,
     "Tomsk Regional Oncology Dispensary", "A. Belova"),
    ("INO-1964", "Smart Seversk: video analytics and metering", "n/a", "Seversk", "on hold",
     D(2025, 1, 10), "2027", 0.14, 0.04, 0.0612, 25, "Digital Seversk", "O. Lapteva"),
    ("INO-1965", "Solid waste landfill for Tomsk District", "—", "Tomsk District",
     "not started", D(2027, 4, 1), "H2 2028", 0.512, 0.512, None, 30, "EcoSibir LLC",
     "D. Safronov"),
    ("INO-1966", "Engineering centre at the Asino technical college", "Timber", "Asino",
     "not started", D(2026, 9, 1), D(2026, 3, 31), 0.077, 0.015, None, 18,
     "Asino Technical College", "T. Ivanova"),          # end before start -> rejected
    ("INO-1967", "Fish processing shop reconstruction", "", "Kolpashevo", "on hold",
     D(2024, 9, 1), "2028", 0.0587, 0.0587, 0.0124, 28, "S. Melnikov (sole trader)", None),
    ("INO-1968", "Generic drugs plant (tablets), phase I", "Pharmaceutical cluster", "Tomsk",
     "completed", D(2021, 6, 1), "Q2 2025", 3.108, 2.75, 3.108, 210, "Sibpharm JSC",
     "K. Romanov"),
    ("INO-1969", "Campus of the Tomsk Polytechnic in Seversk (design)", "Nuclear tech", "Seversk",
     "ongoing", D(2025, 10, 1), "2029", 0.65, None, 0.04, 15, "Tomsk Polytechnic University",
     "N. Gromov"),
    ("INO-1970", "Birch furniture board plant", "Timber industry", "Asino", "not started",
     D(2027, 2, 1), "Q4 2028", 0.268, 0.268, None, 55, "Asino Furniture LLC", "S. Orlov"),
]


def make_eng():
    name = "ird_english.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Projects"
    ws["A1"] = "Tomsk Region Development Corporation - INO Tomsk project pipeline (as of 1 Oct 2026)"
    hdr = 3
    for i, (h, _f) in enumerate(ENG_COLS, 1):
        ws.cell(hdr, i, h)
    bold(ws, [hdr])
    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date",
              "total_cost_mln", "extra_budgetary_mln", "jobs_planned", "lead_organization"]
    records, rejected = [], []
    row = hdr + 1
    for i, r in enumerate(ENG_ROWS, 1):
        code, nm, cl, pl, st, start, end, tot, priv, inv, jp, sp, contact = r
        share = None if (priv is None or isinstance(tot, str)) else round(priv / tot * 100, 1)
        vals = [i, code, nm, cl, pl, st, start, end, tot, priv, inv, share, jp, sp, contact]
        for col, v in enumerate(vals, 1):
            cell = ws.cell(row, col, v)
            if isinstance(v, dt.datetime):
                cell.number_format = "yyyy-mm-dd"
        if tot == "TBD":
            rejected.append({"sheet": "Projects", "row": row, "reason": "not a number: 'TBD'",
                             "column": "I", "code": code})
        elif code == "INO-1966":
            rejected.append({"sheet": "Projects", "row": row,
                             "reason": "end date before start date", "column": "H",
                             "code": code})
        else:
            records.append({"code": code, "name": nm, "cluster": CLUSTER[norm(cl)],
                            "location": LOCATION[norm(pl)], "status": STATUS[norm(st)],
                            "start_date": date_iso(start),
                            "end_date": date_iso(end.replace("H1", "1 полугодие").replace(
                                "H2", "2 полугодие") if isinstance(end, str) else end),
                            "total_cost_mln": money(tot, 1000),
                            "extra_budgetary_mln": money(priv, 1000), "jobs_planned": jp,
                            "lead_organization": sp})
        row += 1
    ws.column_dimensions["C"].width = 50
    ws2 = wb.create_sheet("Read me")
    ws2["A1"] = "About this list"
    ws2["A2"] = "Amounts are in billions of roubles (RUB bn). Completion: date, quarter, half-year (H1/H2) or year."
    ws2["A3"] = "Stage: ongoing / completed / on hold / not started."
    ws2["A4"] = "Invested to date is cumulative actual spending; private share = private / total."
    wb.save(os.path.join(HERE, name))
    exp = {
        "file": name, "refused": False, "fields": fields, "record_count": len(records),
        "records": records, "rejected": rejected, "data_sheet": "Projects",
        "non_data_sheets": ["Read me"], "header_row": hdr,
        "data_rows": [hdr + 1, hdr + len(ENG_ROWS)],
        "columns": [[h, f] for h, f in ENG_COLS], "money_unit": "RUB billion",
        "notes": (
            "English list by the regional development corporation. Data on sheet 'Projects': "
            "title row 1, header row 3, data rows 4-23; sheet 'Read me' is text. Money is in RUB "
            "billion (converted here to RUB million: 0.2164 bn = 216.4 mln). Stage: 'ongoing' = "
            "in_progress, 'on hold' = suspended, 'not started' = planned, 'completed'. "
            "Municipality: 'Tomsk District' = Томский район, 'Asino', 'Kolpashevo', 'Seversk', "
            "'Tomsk'. Cluster: free-text English variants ('Timber industry', 'Nuclear tech', "
            "'Pharma', 'Medical equipment and IT cluster', 'Hard-to-recover reserves', "
            "'Wildlife resources'); '', 'n/a', '—' = no cluster. Completion -> end_date: real "
            "dates; quarters ('Q4 2026' -> 2026-12-31, 'IV кв. 2027' -> 2027-12-31); half-years "
            "('H2 2026' -> 2026-12-31, 'H1 2028' -> 2028-06-30); years as text ('2027') or a "
            "number in a General cell (2028) -> 31 December. An empty private-funding cell is "
            "unknown (null). Look-alikes NOT imported: '#', 'Invested to date, RUB bn' (money "
            "spent to date), 'Private share, %', 'Contact person' (a person, not the sponsor). "
            "Rejected: row 14 (INO-1961) has 'TBD' as total investment (and as completion); row "
            "19 (INO-1966) ends 2026-03-31 before its start 2026-09-01."),
    }
    write_json(os.path.join(HERE, name.replace(".xlsx", ".expected.json")), exp)
    return exp


# ======================================================================================
# 5. asino_cp1251.csv - Асиновский район, Windows-1251 CSV, тыс.руб.
# ======================================================================================
CSV_COLS = [
    ("№ п/п", None), ("Код проекта ИНО", "code"), ("Наименование", "name"), ("Кластер", "cluster"),
    ("Направление", "work_area"), ("Территория", "location"), ("Статус", "status"),
    ("Дата начала", "start_date"), ("Дата окончания", "end_date"),
    ("Стоимость, тыс.руб.", "total_cost_mln"), ("ФБ, тыс.руб.", "federal_budget_mln"),
    ("ОБ, тыс.руб.", "regional_budget_mln"), ("МБ, тыс.руб.", None),
    ("Внеб. ср-ва, тыс.руб.", "extra_budgetary_mln"), ("Раб. места план, ед.", "jobs_planned"),
    ("Раб. места создано, ед.", "jobs_created"), ("Инициатор", "lead_organization"),
    ("Исп. от администрации (ФИО)", None), ("Проблемы; риски", "problems"),
]
# code, name, cluster, work area, place, status, start, end, FB, OB, MB, vneb (thousand),
# jobs plan, jobs created, initiator, person, problems ; total = sum
CSV_ROWS = [
    ("INO-1971", "Лесопильно-деревообрабатывающий комплекс в пос. Причулымский",
     "Лесопромышленный кластер", "Передовая промышленность", "Асиновский район", "ведутся работы",
     "01.03.2025", "IV кв. 2027", 0, 25000, 0, 612400.5, 85, 40, "ООО «Причулымлес»",
     "Орлов С.И.", "Нет ЛЭП 10 кВ до площадки"),
    ("INO-1972", "Цех по производству мебельного щита", "Лесопромышленный кластер",
     "Передовая промышленность", "г. Асино", "не начато", "01.04.2027", "до конца 2028 г.",
     0, 0, 0, 268000, 55, 0, "ООО «Асино-Мебель»", "Орлов С.И.", None),
    ("INO-1973", "Производство древесного угля и брикетов", "Лесопромышленный кластер",
     "Передовая промышленность", "Асиновский район", "завершено", "10.02.2024", "30.11.2025",
     0, 0, 0, 42750, 16, 16, "ИП Сорокин А.А.", "Орлов С.И.", None),
    ("INO-1974", "Реконструкция котельной с переводом на древесную щепу, г. Асино", "—",
     "Умный и удобный город", "г. Асино", "ведутся работы", "15.05.2025", "2 полугодие 2026",
     0, 86500, 4550, 0, 4, 0, "МУП «Асиновские тепловые сети»", "Иванова Т.С.",
     "Подрядчик ООО \"ТеплоМонтаж\" сорвал сроки; начислены пени"),
    ("INO-1975", "Сбор и переработка дикоросов (грибы, ягоды) в с. Ново-Кусково", "Кластер дикоросов",
     "Технологические инновации, новые бизнесы", "Асиновский район", "ведутся работы",
     "01.06.2025", "IV кв. 2026", 0, 8000, 0, 31200, 12, 7, "СПоК «Чулымские дары»",
     "Орлов С.И.", None),
    ("INO-1976", "Площадка промышленного парка «Асино»: инженерные сети", "", "Деловая среда",
     "г. Асино", "приостановлено", "01.08.2024", "IV кв. 2027", 0, 154000, 12000, 0, 0, 0,
     "Администрация Асиновского района", "Иванова Т.С.",
     "Не выделено софинансирование из ОБ; ПСД устарела"),
    ("INO-1977", "Производство клееных деревянных конструкций (CLT-панели)",
     "Лесопромышленный кластер", "Технологические инновации, новые бизнесы", "г. Асино",
     "не начато", "01.01.2027", "2029", 0, 0, 0, 1840000, 140, 0, "ООО «СибКЛТ»", "Орлов С.И.",
     None),
    ("INO-1978", "Центр опережающей профессиональной подготовки (деревообработка)",
     "Лесопромышленный кластер", "Наука и образование", "г. Асино", "ведутся работы",
     "01.09.2025", "31.08.2027", 45000, 18000, 0, 6500, 12, 5,
     "ОГБПОУ «Асиновский техникум промышленной индустрии и сервиса»", "Иванова Т.С.", None),
    ("INO-1979", "Модернизация молочно-товарной фермы с роботизированным доением", "—",
     "Технологические инновации, новые бизнесы", "Асиновский район", "завершено",
     "01.03.2024", "01.10.2025", 0, 21000, 0, 98000, 15, 15, "ООО «Агрофирма Асиновская»",
     "Орлов С.И.", None),
    ("INO-1980", "Выпуск топливных пеллет из отходов лесопиления (II очередь)",
     "Лесопромышленный кластер", "Передовая промышленность", "Асиновский район",
     "ведутся работы", "01.11.2025", "2 полугодие 2027", 0, 0, 0, 95000, 20, 0,
     "ООО «ТомБиоТопливо»", "Орлов С.И.", None),
    ("INO-1981", "Благоустройство набережной р. Чулым в г. Асино", "", "Умный и удобный город",
     "г. Асино", "завершено", "01.05.2025", "30.09.2025", 0, 36400, 1900, 0, 0, 0,
     "Администрация Асиновского городского поселения", "Иванова Т.С.", None),
    ("INO-1982", "Производство эфирных масел из хвойной лапки", "Кластер дикоросов",
     "Технологические инновации, новые бизнесы", "Асиновский район", "не начато", "01.05.2027",
     "IV кв. 2027", 0, 0, 0, 18600, 6, 0, "ООО «Хвоя Чулыма»", "Орлов С.И.", None),
    ("INO-1983", "Цифровой учёт лесозаготовок (система «Лес-онлайн»)",
     "Кластер медицинской техники и информационных технологий", "Деловая среда",
     "Асиновский район", "ведутся работы", "01.02.2026", "1 полугодие 2027", 0, 12500, 0, 7500,
     5, 2, "ООО «ЛесИТ»", "Орлов С.И.", None),
    ("INO-1984", "Строительство лыжероллерной трассы", "", "Умный и удобный город", "г. Асино",
     "ведутся работы", "01.06.2026", "IV кв. 2026", "уточняется", 14000, 600, 0, 0, 0,
     "Администрация Асиновского района", "Иванова Т.С.", None),      # not a number
    ("INO-1985", "Мини-завод по производству комбикормов", "—", "Передовая промышленность",
     "Асиновский район", "приостановлено", "01.09.2024", "2027", 0, 0, 0, 56300, 14, 3,
     "ООО «Чулымагро»", "Орлов С.И.", "Инвестор ищет кредитные средства"),
    ("INO-1986", "Сушильно-строгальный цех", "Лесопромышленный кластер",
     "Передовая промышленность", "г. Асино", "ведутся работы", "01.03.2025", "IV кв. 2026",
     0, 0, 0, 74000, 18, 9, "ООО «Причулымлес»", "Орлов С.И.", None),
    ("INO-1987", "Волонтёрский центр и коворкинг для молодёжи", "", "Деловая среда", "г. Асино",
     "завершено", "01.02.2025", "15.12.2025", 0, 4800, 700, 1200, 2, 2,
     "МАУ «Молодёжный центр Асино»", "Иванова Т.С.", None),
    ("INO-1986", "Сушильно-строгальный цех", "Лесопромышленный кластер",
     "Передовая промышленность", "г. Асино", "ведутся работы", "01.03.2025", "I кв. 2027",
     0, 0, 0, 81000, 18, 9, "ООО «Причулымлес»", "Орлов С.И.", None),  # duplicate, differs
    ("INO-1988", "Агротуристический комплекс «Чулымская заимка»", "—",
     "Технологические инновации, новые бизнесы", "Асиновский район", "не начато", "01.06.2027",
     "2 полугодие 2028", 0, 0, 0, 47500, 10, 0, "ИП Ковалёва М.Н.", "Орлов С.И.", None),
]
CSV_SPACE_THOUSANDS = {"INO-1977", "INO-1971", "INO-1979"}


def make_csv():
    name = "asino_cp1251.csv"
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL,
                   lineterminator="\r\n")
    w.writerow([h for h, _f in CSV_COLS])
    fields = [f for f in ALL_FIELDS if f in {f for _h, f in CSV_COLS if f}]
    codes = {}
    for r in CSV_ROWS:
        codes.setdefault(r[0], []).append(r)
    dup = {c for c, rs in codes.items() if len(rs) > 1 and any(x != rs[0] for x in rs)}
    dup_lines = {c: [] for c in dup}
    records, rejected = [], []
    for i, r in enumerate(CSV_ROWS, 1):
        line = i + 1
        (code, nm, cl, wa, pl, st, start, end, fb, ob, mb, vneb, jp, jc, lead, person,
         probl) = r
        sep = " " if code in CSV_SPACE_THOUSANDS else ""

        def t(x):
            return "" if x is None else (x if isinstance(x, str) else rus(x, 1, sep))
        tot = fb + ob + mb + vneb if not isinstance(fb, str) else None
        w.writerow([i, code, nm, cl, wa, pl, st, start, end,
                    t(tot) if tot is not None else "", t(fb), t(ob), t(mb), t(vneb), jp, jc,
                    lead, person, probl or ""])
        if code in dup:
            dup_lines[code].append(line)
            continue
        if isinstance(fb, str):
            rejected.append({"sheet": None, "row": line, "reason": "not a number: '%s'" % fb,
                             "column": "K", "code": code})
            continue
        rec = {"code": code, "name": nm, "cluster": CLUSTER[norm(cl)],
               "work_area": WORK_AREA[norm(wa)], "location": LOCATION[norm(pl)],
               "status": STATUS[norm(st)], "start_date": date_iso(start),
               "end_date": date_iso(end), "total_cost_mln": round(tot / 1000, 4),
               "federal_budget_mln": round(fb / 1000, 4),
               "regional_budget_mln": round(ob / 1000, 4),
               "extra_budgetary_mln": round(vneb / 1000, 4), "jobs_planned": jp,
               "jobs_created": jc, "lead_organization": lead, "problems": probl}
        records.append({f: rec[f] for f in fields})
    for c, lines in dup_lines.items():
        for ln in lines:
            rejected.append({"sheet": None, "row": ln, "column": "B",
                             "reason": "duplicate code %s (lines %s differ)" % (
                                 c, " and ".join(map(str, lines))), "code": c})
    rejected.sort(key=lambda x: x["row"])
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(buf.getvalue().encode("cp1251"))
    exp = {
        "file": name, "refused": False, "fields": fields, "record_count": len(records),
        "records": records, "rejected": rejected, "encoding": "cp1251", "delimiter": ";",
        "header_line": 1, "columns": [[h, f] for h, f in CSV_COLS],
        "money_unit": "thousand RUB (тыс.руб.)",
        "notes": (
            "Асиновский район. Text file, Windows-1251, no BOM, CRLF, ';' separator, fields with "
            "';' or '\"' quoted with inner quotes doubled - the last header itself, 'Проблемы; "
            "риски', is quoted because it contains ';'. Line 1 is the header; one project per "
            "line. Amounts in тыс.руб. (given here in RUB million), decimal comma; on lines 2, 8 "
            "and 10 the thousands are separated by a plain space ('612 400,5'). Dates dd.mm.yyyy; "
            "end dates also as periods ('IV кв. 2027', 'до конца 2028 г.', '2 полугодие 2026', "
            "'1 полугодие 2027', 'I кв. 2027', '2029'). Statuses: 'ведутся работы', 'завершено', "
            "'приостановлено', 'не начато'. Territories 'г. Асино' and 'Асиновский район' are "
            "both Асино. Empty or '—' cluster = no cluster. Look-alikes NOT imported: '№ п/п', "
            "'МБ, тыс.руб.' (municipal budget; the total includes it), 'Исп. от администрации "
            "(ФИО)' (a person). Rejected (CSV line numbers): INO-1986 on two lines with "
            "different end date and amounts (both rejected), and INO-1984 with 'уточняется' "
            "(and an empty total) in the money columns. 'sheet' is null for a CSV."),
    }
    write_json(os.path.join(HERE, name.replace(".csv", ".expected.json")), exp)
    return exp


# ======================================================================================
# 6. seversk_formulas.xlsx - ЗАТО Северск, formulas with cached values
# ======================================================================================
FRM_COLS = [
    ("Код", "code"), ("Наименование проекта", "name"), ("ФБ", "federal_budget_mln"),
    ("ОБ", "regional_budget_mln"), ("МБ", None), ("внеб.", "extra_budgetary_mln"),
    ("Всего фин-е", "total_cost_mln"), ("Кол-во раб. мест (план)", "jobs_planned"),
    ("в т.ч. фин-е 2026 г.", None), ("Примечание", None),
]
# code, name, FB, OB, MB, vneb, jobs (int or (formula, value)), slice2026, note   (RUB mln)
FRM_ROWS = [
    ("INO-1991", "Производство изотопов медицинского назначения (стабильные изотопы)", 150.0,
     42.5, 0, 310.8, 85, 120.0, None),
    ("INO-1992", "Модернизация ТЭЦ-ИНО: переход на газ", 0, 310.0, 25.0, 1240.5,
     ("=60+45", 105), 400.0, None),
    ("INO-1993", "Технопарк ТОР «Северск»: корпус №4", 210.0, 140.5, 22.0, 0, 0, 95.0,
     "рабочие места создают резиденты"),
    ("INO-1994", "Завод фторполимеров (опытная установка)", 0, 0, 0, 684.2, 70, 200.0, None),
    ("INO-1995", "Центр ядерной медицины: ПЭТ/КТ", 355.0, 120.0, 0, 45.5, ("=20+12", 32), 0,
     None),
    ("INO-1996", "Производство композитной арматуры", 0, 12.0, 0, 188.6, 38, 60.0, None),
    ("INO-1997", "Цифровая платформа «Умный Северск»", 0, 84.5, 15.5, 40.0, 25, 30.0, None),
    ("INO-1998", "Реконструкция очистных сооружений", 420.0, 180.0, 35.0, 0, 0, 150.0, None),
    ("INO-1999", "Производство радиофармпрепаратов на основе лютеция-177", 0, 55.0, 0, 912.4,
     ("=48+30", 78), 250.0, None),
    ("INO-2000", "Бизнес-инкубатор для резидентов ТОР", 0, 38.0, 4.0, 12.0, 9, 10.0, None),
    ("INO-2001", "Центр культурного развития", 190.0, 45.0, 0, 0, 20, 150.0, None),
    ("INO-2002", "Выпуск литий-ионных накопителей энергии", 0, 0, 0, 2150.0, 160, 600.0,
     "нет кэша: пересчитать"),         # total formula without cached value -> rejected
    ("INO-2003", "Станция техобслуживания электробусов", 0, 40.0, 0, 56.5, 6, 20.0, None),
    ("INO-2004", "Лаборатория аддитивных технологий", 0, 22.0, 0, 18.4, 12, 15.0, None),
    ("INO-2005", "Производство бериллиевой продукции (этап I)", 0, 0, 0, -48.0, 30, 0, None),
    # negative -> rejected
    ("INO-2006", "Спортивный комплекс с бассейном", 260.0, 95.0, 18.0, 0, ("=8+6", 14), 120.0,
     None),
    ("INO-2007", "Глубокая переработка отходов СХК (НИОКР)", 80.0, 0, 0, 120.0, 22, 40.0, None),
]
FRM_NOCACHE = "INO-2002"


def make_formulas():
    name = "seversk_formulas.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Фин-е"
    ws["A1"] = "Финансирование проектов ИНО «Томск» на территории ЗАТО Северск, млн руб."
    hdr = 3
    for i, (h, _f) in enumerate(FRM_COLS, 1):
        ws.cell(hdr, i, h)
    bold(ws, [hdr])
    cached = {}     # cell ref -> cached value (None: leave without a cached value)
    fields = ["code", "name", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
              "extra_budgetary_mln", "jobs_planned"]
    records, rejected = [], []
    row = hdr + 1
    first = row
    for r in FRM_ROWS:
        code, nm, fb, ob, mb, vn, jp, sl, note = r
        ws.cell(row, 1, code)
        ws.cell(row, 2, nm)
        ws.cell(row, 3, fb)
        ws.cell(row, 4, ob)
        ws.cell(row, 5, mb)
        ws.cell(row, 6, vn)
        f = ("=C%d+D%d+E%d+F%d" % ((row,) * 4)) if row % 2 else "=SUM(C%d:F%d)" % (row, row)
        ws.cell(row, 7, f)
        tot = round(fb + ob + mb + vn, 4)
        cached["G%d" % row] = None if code == FRM_NOCACHE else tot
        if isinstance(jp, tuple):
            ws.cell(row, 8, jp[0])
            cached["H%d" % row] = jp[1]
            jv = jp[1]
        else:
            ws.cell(row, 8, jp)
            jv = jp
        ws.cell(row, 9, sl)
        ws.cell(row, 10, note)
        if code == FRM_NOCACHE:
            rejected.append({"sheet": ws.title, "row": row,
                             "reason": "formula without a cached value", "column": "G",
                             "code": code})
        elif vn < 0:
            rejected.append({"sheet": ws.title, "row": row, "reason": "negative amount",
                             "column": "F", "code": code})
        else:
            records.append({"code": code, "name": nm, "total_cost_mln": tot,
                            "federal_budget_mln": float(fb), "regional_budget_mln": float(ob),
                            "extra_budgetary_mln": float(vn), "jobs_planned": jv})
        row += 1
    last = row - 1
    ws.cell(row, 2, "Итого")
    for col in "CDEFGHI":
        ws["%s%d" % (col, row)] = "=SUM(%s%d:%s%d)" % (col, first, col, last)
    # cached totals as Excel would show them (the uncached G cell counts as 0 in Excel's view;
    # we leave the totals cell G uncached as well, since its input has no value)
    for col, idx in zip("CDEF", (2, 3, 4, 5)):
        cached["%s%d" % (col, row)] = round(sum(r[idx] for r in FRM_ROWS), 4)
    cached["G%d" % row] = None
    cached["H%d" % row] = sum(r[6][1] if isinstance(r[6], tuple) else r[6] for r in FRM_ROWS)
    cached["I%d" % row] = round(sum(r[7] for r in FRM_ROWS), 4)
    totals_row = row
    ws.column_dimensions["B"].width = 55
    path = os.path.join(HERE, name)
    wb.save(path)
    patch_cached(path, "xl/worksheets/sheet1.xml", cached)
    nform = sum(1 for _ in cached)
    exp = {
        "file": name, "refused": False, "fields": fields, "record_count": len(records),
        "records": records, "rejected": rejected, "header_row": hdr,
        "data_rows": [first, last], "totals_row": totals_row,
        "columns": [[h, f] for h, f in FRM_COLS], "formula_cells": nform,
        "money_unit": "RUB million (said in the title row)",
        "notes": (
            "ЗАТО Северск. Sheet 'Фин-е': title row 1 says 'млн руб.' for the whole table; "
            "header row 3 with bare abbreviations ФБ / ОБ / МБ / внеб.; data rows 4-20; row 21 "
            "is the totals row ('Итого', SUM formulas; not a project). 'Всего фин-е' is a formula "
            "(=C+D+E+F or =SUM(C:F), including the municipal budget МБ) stored with its cached "
            "result; four job counts are formulas such as '=60+45' with cached results. An "
            "importer reads the cached results. Row 15 (INO-2002): the total formula has no "
            "cached value -> rejected ('formula without a cached value'), never read as 0. Row 18 "
            "(INO-2005): negative extra-budgetary amount -> rejected. Look-alikes NOT imported: "
            "'МБ' (municipal budget), 'в т.ч. фин-е 2026 г.' (one-year slice), 'Примечание'. "
            "The totals row's G cell has no cached value either (it is not a project anyway)."),
    }
    write_json(os.path.join(HERE, name.replace(".xlsx", ".expected.json")), exp)
    return exp


def patch_cached(path, member, cached):
    """Write cached values into formula cells (openpyxl writes <v /> ) or drop them."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    out = []
    for info, data in items:
        if info.filename == member:
            x = data.decode("utf-8")
            for ref, val in cached.items():
                pat = re.compile(r'(<c r="%s"[^>]*>)(<f>[^<]*</f>)<v\s*/>' % ref)
                if not pat.search(x):
                    raise RuntimeError("formula cell %s not found" % ref)
                if val is None:
                    x = pat.sub(lambda m: m.group(1) + m.group(2), x)
                else:
                    v = repr(float(val)) if isinstance(val, float) else str(val)
                    if v.endswith(".0"):
                        v = v[:-2]
                    x = pat.sub(lambda m: m.group(1) + m.group(2) + "<v>%s</v>" % v, x)
            data = x.encode("utf-8")
        out.append((info, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in out:
            z.writestr(info, data)


# ======================================================================================
# 7. tomsky_rayon_bad.xlsx - Томский район, valid rows with bad rows mixed in
# ======================================================================================
BAD_COLS = [
    ("Код проекта", "code"), ("Наименование", "name"), ("Кластер", "cluster"),
    ("Территория (поселение)", "location"), ("Состояние", "status"), ("Начало", "start_date"),
    ("Окончание", "end_date"), ("Стоимость (млн. руб.)", "total_cost_mln"),
    ("ФБ (млн. руб.)", "federal_budget_mln"), ("ОБ (млн. руб.)", "regional_budget_mln"),
    ("Внебюджет (млн. руб.)", "extra_budgetary_mln"), ("Раб. места (план)", "jobs_planned"),
    ("Доля софинансирования МО, %", None), ("Проблемные вопросы", "problems"),
]
LONG_NAME = ("Комплексное развитие территории индустриального парка «Томский» в границах "
             "Заречного сельского поселения Томского района, включая строительство "
             "внутриплощадочных сетей тепло-, водо-, газо- и электроснабжения, канализации, "
             "автомобильных дорог общего пользования местного значения, подъездных путей, "
             "площадок для размещения резидентов, административно-бытового корпуса, "
             "контрольно-пропускного пункта, очистных сооружений ливневой канализации, "
             "трансформаторной подстанции 110/10 кВ с распределительными сетями, а также "
             "благоустройство и озеленение территории, устройство наружного освещения, "
             "систем видеонаблюдения и охраны периметра, подготовку документации по "
             "планировке территории и проектно-сметной документации, проведение "
             "государственной экспертизы и получение разрешений на строительство и ввод "
             "объектов в эксплуатацию (по этапам 1-3)")
# code, name, cluster, place, status, start, end, total, FB, OB, vneb, jobs, pct, problems
BAD_ROWS = [
    ("INO-2011", "Тепличный комбинат «Сибирская зелень» (2 очередь)", "—", "Томский район",
     "ведутся работы", D(2025, 3, 1), D(2027, 6, 30), 1840.5, 0, 40.0, 1800.5, 160, 0, None),
    ("INO-2012", "Производство лекарственных средств растительного происхождения",
     "Фармацевтический кластер", "с. Богашево, Томский р-н", "не начато", D(2026, 10, 1),
     "IV кв. 2028", 655.0, 120.0, 35.0, 500.0, 85, 0, None),
    ("INO-2013", "Переработка молока и выпуск сыров (ООО «Межениновское»)", "—",
     "Томский район", "завершено", D(2023, 4, 1), D(2025, 9, 30), 412.8, 0, 62.0, 350.8, 48,
     0, None),
    ("INO-2014", "Логистический комплекс «Северный» (Томский район)", "",
     "Томский район", "ведутся работы", D(2025, 5, 20), D(2026, 12, 15), 980.0, 0, 0, 980.0,
     120, 0, None),
    ("INO-2015", "Свиноводческий комплекс полного цикла", "Агропромышленный кластер",
     "Томский район", "ведутся работы", D(2024, 8, 1), D(2027, 12, 31), 3200.0, 0, 150.0,
     3050.0, 210, 0, None),                   # unknown cluster -> rejected
    ("INO-2016", "Производство сборных железобетонных конструкций", "—", "Томский р-н",
     "приостановлено", D(2024, 2, 1), D(2026, 11, 30), 544.0, 0, 0, 544.0, 70, 0,
     "Банк отозвал кредитное решение"),
    None,                                      # a blank formatted row with a space
    ("INO-2017", "Завод по розливу минеральной воды «Чажемто-Томск»", "—", "Томский район",
     "ведутся работы", D(2025, 6, 1), "2 полугодие 2026", 318.5, 0, 0, 318.5, 45, 0,
     '=HYPERLINK("https://tomskinvest.example/ino/2017";"Протокол совещания от 12.09.2026")'),
    ("INO-2018", "Школа на 825 мест в с. Корнилово", "—", "с. Корнилово, Томский район",
     "ведутся работы", D(2025, 4, 15), D(2026, 8, 31), 1215.0, 890.0, 325.0, 0, 70, 0, None),
    ("INO-2019", LONG_NAME, "—", "Томский район", "не начато", D(2027, 1, 1), "2029", 2750.0,
     1200.0, 550.0, 1000.0, 900, 5.0, None),      # name > 500 chars -> rejected
    ("INO-2020", "Производство экстрактов чаги и лекарственных трав", "Кластер дикоросов",
     "Томский район", "ведутся работы", D(2025, 7, 1), "до конца 2027 г.", 96.4, 0, 6.0, 90.4,
     22, 0, None),
    ("INO-2021", "Инновационный агрокластер ТГУ в с. Тимирязевское", "—", "Томский район",
     "не начато", D(2027, 3, 1), D(2029, 12, 1), 1480.0, "300 (оценка)", 180.0, 1000.0, 60,
     0, None),                                  # not a number -> rejected
    ("INO-2022", "Газификация д. Кисловка и мкр. «Радонежский»", "—", "Томский район",
     "завершено", D(2024, 5, 1), D(2025, 12, 20), 268.0, 0, 214.0, 54.0, 0, 12.0, None),
    ("INO-2023", "Центр переработки древесных отходов в с. Мельниково",
     "Лесопромышленный кластер", "Томский район", "ведутся работы", D(2025, 9, 1),
     "IV кв. 2026", 74.6, 0, 0, 74.6, 18, 0, None),
    ("INO-2024", "Биотехнологический центр кормовых добавок", "Фармацевтический кластер",
     "Томский район", "не начато", D(2026, 11, 1), "1 полугодие 2028", 560.0, 0, 60.0, 500.0,
     55, 0, "Требуется перевод земель сельхозназначения"),
    ("INO-2025", "Реконструкция автодороги Томск - Самусь (участок 12 км)", "—", "Томский район",
     "ведутся работы", D(2025, 5, 1), D(2026, 10, 31), 1690.0, 1200.0, 490.0, 0, 0, 0, None),
    ("INO-2026", "Ветеринарная лаборатория (ПЦР-диагностика)", "",
     "г. Томск", "завершено", D(2024, 6, 1), D(2025, 6, 30), 48.3, 0, 48.3, 0, 7, 0, None),
    ("INO-2027", "Спортивно-оздоровительный комплекс в пос. Зональная Станция", "—",
     "Томский район", "ведутся работы", D(2025, 8, 1), "IV кв. 2026", 420.0, 0, 380.0, 0, 15,
     9.5, "Удорожание металлоконструкций на 18 %"),
    ("INO-2028", "Завод по производству утеплителя из макулатуры", "—", "Томский район",
     "не начато", D(2027, 2, 1), "2028", 186.0, 0, 0, 186.0, 30, 0, None),
]


def make_bad():
    name = "tomsky_rayon_bad.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Томский район"
    ws["A1"] = "Администрация Томского района: мониторинг проектов ИНО «Томск» (млн. руб.), на 01.10.2026"
    ws.merge_cells("A1:N1")
    hdr = 2
    for i, (h, _f) in enumerate(BAD_COLS, 1):
        ws.cell(hdr, i, h)
    bold(ws, [hdr])
    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date",
              "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
              "extra_budgetary_mln", "jobs_planned", "problems"]
    records, rejected, skipped = [], [], {}
    row = hdr + 1
    for r in BAD_ROWS:
        if r is None:
            for col in range(1, len(BAD_COLS) + 1):
                ws.cell(row, col).number_format = "#,##0.0"
                ws.cell(row, col).font = Font(italic=True)
            ws.cell(row, 2, " ")
            skipped[str(row)] = "blank row (formatted cells, one holding a space)"
            row += 1
            continue
        code, nm, cl, pl, st, start, end, tot, fb, ob, vn, jp, pct, probl = r
        vals = [code, nm, cl, pl, st, start, end, tot, fb, ob, vn, jp, pct, probl]
        for col, v in enumerate(vals, 1):
            cell = ws.cell(row, col, v)
            if isinstance(v, dt.datetime):
                set_date_fmt(cell)
            if col == 14 and isinstance(v, str) and v.startswith("="):
                cell.data_type = "s"        # a string that only looks like a formula
        if cl == "Агропромышленный кластер":
            rejected.append({"sheet": ws.title, "row": row,
                             "reason": "unknown cluster 'Агропромышленный кластер'",
                             "column": "C", "code": code})
        elif len(nm) > 500:
            rejected.append({"sheet": ws.title, "row": row,
                             "reason": "name too long (%d characters, limit 500)" % len(nm),
                             "column": "B", "code": code})
        elif isinstance(fb, str):
            rejected.append({"sheet": ws.title, "row": row,
                             "reason": "not a number: '%s'" % fb, "column": "I", "code": code})
        else:
            records.append({"code": code, "name": nm, "cluster": CLUSTER[norm(cl)],
                            "location": LOCATION[norm(pl)],
                            "status": STATUS[norm(st)], "start_date": date_iso(start),
                            "end_date": date_iso(end), "total_cost_mln": float(tot),
                            "federal_budget_mln": float(fb), "regional_budget_mln": float(ob),
                            "extra_budgetary_mln": float(vn), "jobs_planned": jp,
                            "problems": probl})
        row += 1
    ws.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, name))
    exp = {
        "file": name, "refused": False, "fields": fields, "record_count": len(records),
        "records": records, "rejected": rejected, "header_row": hdr,
        "data_rows": [hdr + 1, row - 1], "skipped_rows": skipped, "name_length_limit": 500,
        "columns": [[h, f] for h, f in BAD_COLS],
        "notes": (
            "Томский район. Sheet 'Томский район': merged title row 1 (says млн. руб.), header "
            "row 2, data rows 3-%d. Amounts in RUB million ('млн. руб.' with the old-style "
            "dot). Territories: 'Томский район', 'Томский р-н', 'с. Богашево, Томский р-н', 'с. "
            "Корнилово, Томский район' -> Томский район; 'г. Томск' -> Томск. Rejected: "
            "unknown cluster 'Агропромышленный кластер' (INO-2015), a name of %d characters "
            "(INO-2019), text '300 (оценка)' in the ФБ column (INO-2021). The row of formatted "
            "blank cells (one holding a single space) is skipped silently. INO-2017's problems "
            "cell is a plain string starting with '=HYPERLINK(' and is imported as that text. "
            "'Доля софинансирования МО, %%' is a percentage: NOT imported. End dates also as "
            "periods ('IV кв. 2028', '2 полугодие 2026', 'до конца 2027 г.', '1 полугодие 2028', "
            "'2028', '2029')." % (row - 1, len(LONG_NAME))),
    }
    write_json(os.path.join(HERE, name.replace(".xlsx", ".expected.json")), exp)
    return exp


# ======================================================================================
# read-back check
# ======================================================================================
def header_map(ws, hdr_rows):
    """column index -> header as written (two-level as 'top / sub')."""
    merged_top = {}
    for rng in ws.merged_cells.ranges:
        if rng.min_row == hdr_rows[0]:
            for c in range(rng.min_col, rng.max_col + 1):
                merged_top[c] = ws.cell(rng.min_row, rng.min_col).value
    out = {}
    for c in range(1, ws.max_column + 1):
        top = merged_top.get(c, ws.cell(hdr_rows[0], c).value)
        sub = ws.cell(hdr_rows[1], c).value if len(hdr_rows) > 1 else None
        if top is None:
            continue
        out[c] = top if sub is None else "%s / %s" % (top, sub)
    return out


def derive(ws, hdr_rows, rows, colmap, factor, extra=None):
    hm = header_map(ws, hdr_rows)
    recs = []
    for r in rows:
        rec = {}
        for c, h in hm.items():
            f = colmap[h]
            if f is None:
                continue
            v = ws.cell(r, c).value
            if isinstance(v, str) and f not in ("name", "problems", "lead_organization", "code"):
                v = v.strip()
            if f in MONEY:
                rec[f] = money(v, factor)
            elif f in JOBS:
                rec[f] = jobs(v)
            elif f in DATES:
                if isinstance(v, str):
                    v = v.replace("H1 ", "1 полугодие ").replace("H2 ", "2 полугодие ")
                rec[f] = date_iso(v)
            elif f == "status":
                rec[f] = STATUS[norm(v)]
            elif f == "cluster":
                rec[f] = CLUSTER[norm(v or "")]
            elif f == "work_area":
                rec[f] = WORK_AREA[norm(v)]
            elif f == "location":
                rec[f] = LOCATION[norm(v)]
            else:
                rec[f] = v.strip() if isinstance(v, str) else v
        if extra:
            rec.update(extra)
        recs.append(rec)
    return recs


def same(a, b):
    if set(a) != set(b):
        return False
    for k in a:
        x, y = a[k], b[k]
        if isinstance(x, float) or isinstance(y, float):
            if x is None or y is None or abs(x - y) > 0.0005:
                return False
        elif x != y:
            return False
    return True


def check(name, got, exp):
    rej = {(x["sheet"], x["row"]) for x in exp["rejected"]}
    got = [g for (key, g) in got if key not in rej]
    assert len(got) == len(exp["records"]), (name, len(got), len(exp["records"]))
    for g, e in zip(got, exp["records"]):
        if not same(g, e):
            raise AssertionError("%s: %s\n got %s\n exp %s" % (name, e["code"], g, e))
    for rec in exp["records"]:
        assert list(rec) == exp["fields"], (name, rec["code"])
    print("verified %-28s %2d records, %d rejected" % (name, len(got), len(exp["rejected"])))


def nonblank_rows(ws, first, last, skip):
    out = []
    for r in range(first, last + 1):
        vals = [ws.cell(r, c).value for c in range(1, ws.max_column + 1)]
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in vals):
            continue
        if str(r) in skip:
            continue
        out.append(r)
    return out


def verify(d, base_dir=HERE, suffix=""):
    def load(n, **kw):
        return openpyxl.load_workbook(os.path.join(base_dir, n), **kw)
    # 1 svod
    e = d["svod"]
    ws = load("district_svod.xlsx" + suffix)["Свод МО"] if not suffix else None
    if ws is not None:
        cm = dict(e["columns"])
        rows = nonblank_rows(ws, 8, ws.max_row, e["skipped_rows"])
        assert rows == e["data_rows"], (rows, e["data_rows"])
        got = [(("Свод МО", r), g) for r, g in zip(rows, derive(ws, [5, 6], rows, cm, 0.001))
               if ("Свод МО", r) not in {(x["sheet"], x["row"]) for x in e["rejected"]}]
        check("district_svod.xlsx", got, e)
    # 3 kolpashevo
    e = d["klp"]
    wb = load("kolpashevo_klastery.xlsx")
    cm = dict(e["columns"])
    got = []
    for s in e["sheets"]:
        ws = wb[s["sheet"]]
        assert ws["A1"].value == s["a1"]
        rows = nonblank_rows(ws, 6, ws.max_row, {})
        assert rows == s["data_rows"], (rows, s)
        got += [((s["sheet"], r), g) for r, g in
                zip(rows, derive(ws, [4], rows, cm, 0.001, {"cluster": s["cluster"]}))]
    check("kolpashevo_klastery.xlsx", [(k, {f: g[f] for f in e["fields"]}) for k, g in got], e)
    hr = e["hidden"]["row"]
    assert wb[hr["sheet"]].row_dimensions[hr["row"]].hidden
    assert wb["ТрИЗ"].column_dimensions["K"].hidden
    # 4 english
    e = d["eng"]
    ws = load("ird_english.xlsx")["Projects"]
    rows = nonblank_rows(ws, 4, ws.max_row, {})
    rej = {(x["sheet"], x["row"]) for x in e["rejected"]}
    ok_rows = [r for r in rows if ("Projects", r) not in rej]
    got = [(("Projects", r), g) for r, g in
           zip(ok_rows, derive(ws, [3], ok_rows, dict(e["columns"]), 1000))]
    check("ird_english.xlsx", got, e)
    # 5 csv
    e = d["csv"]
    with open(os.path.join(HERE, "asino_cp1251.csv"), "rb") as f:
        raw = f.read()
    assert b"\r\n" in raw and not raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(raw.decode("cp1251"), newline=""), delimiter=";"))
    hdr = lines[0]
    assert hdr == [h for h, _f in e["columns"]], hdr
    cm = dict(e["columns"])
    rej = {x["row"] for x in e["rejected"]}
    got = []
    for ln, vals in enumerate(lines[1:], 2):
        if ln in rej:
            continue
        rec = {}
        for h, v in zip(hdr, vals):
            f = cm[h]
            if f is None:
                continue
            v = v if v != "" else None
            if f in MONEY:
                rec[f] = money(v, 0.001)
            elif f in JOBS:
                rec[f] = jobs(v)
            elif f in DATES:
                rec[f] = date_iso(v)
            elif f == "status":
                rec[f] = STATUS[norm(v)]
            elif f == "cluster":
                rec[f] = CLUSTER[norm(v or "")]
            elif f == "work_area":
                rec[f] = WORK_AREA[norm(v)]
            elif f == "location":
                rec[f] = LOCATION[norm(v)]
            else:
                rec[f] = v
        got.append(((None, ln), rec))
    check("asino_cp1251.csv", got, e)
    # 6 formulas (cached values)
    e = d["frm"]
    ws = load("seversk_formulas.xlsx", data_only=True)["Фин-е"]
    wsf = load("seversk_formulas.xlsx")["Фин-е"]
    rows = list(range(e["data_rows"][0], e["data_rows"][1] + 1))
    nocache = [r for r in rows if ws.cell(r, 7).value is None]
    assert [(x["row"]) for x in e["rejected"] if "cached" in x["reason"]] == nocache, nocache
    assert str(wsf.cell(rows[0], 7).value).startswith("=")
    rej = {(x["sheet"], x["row"]) for x in e["rejected"]}
    ok_rows = [r for r in rows if ("Фин-е", r) not in rej]
    got = [(("Фин-е", r), g) for r, g in zip(ok_rows, derive(ws, [3], ok_rows,
                                                                 dict(e["columns"]), 1))]
    check("seversk_formulas.xlsx", got, e)
    # 7 bad rows
    e = d["bad"]
    ws = load("tomsky_rayon_bad.xlsx")["Томский район"]
    rows = nonblank_rows(ws, 3, ws.max_row, {})
    rej = {(x["sheet"], x["row"]) for x in e["rejected"]}
    ok_rows = [r for r in rows if ("Томский район", r) not in rej]
    got = derive(ws, [2], ok_rows, dict(e["columns"]), 1)
    for g in got:       # 'с. Корнилово, Томский район' etc.: the district
        pass
    got = [(("Томский район", r), g) for r, g in zip(ok_rows, got)]
    check("tomsky_rayon_bad.xlsx", got, e)
    verify_update(d, load)
    c = ws.cell(e["records"][0] and [r for r in ok_rows if ws.cell(r, 1).value == "INO-2017"][0],
                14)
    assert c.data_type == "s" and c.value.startswith("=HYPERLINK("), c.data_type


def verify_update(d, load):
    e = d["upd"]
    ws = load("district_svod_upd.xlsx")["Актуализация"]
    hm = {c: ws.cell(e["header_row"], c).value for c in range(1, ws.max_column + 1)}
    assert [hm[c] for c in sorted(hm)] == [h for h, _f in e["columns"]]
    final = {r["code"]: r for r in e["records"]}
    byname = {m["row"]: m["code"] for m in e["matched_by_name"]}
    rej = {x["row"] for x in e["rejected"]}
    rows = nonblank_rows(ws, e["header_row"] + 2, ws.max_row, e["skipped_rows"])
    assert rows == e["data_rows"], rows
    for r in rows:
        if r in rej:
            continue
        g = derive(ws, [e["header_row"]], [r], dict(e["columns"]), 0.001)[0]
        code = g.pop("code") or byname[r]
        nm = g.pop("name")
        t = final[code]
        assert same(g, {k: t[k] for k in g}), (r, g, t)
        if r in byname:
            assert t["name"] != ws.cell(r, 3).value, r      # stored name kept
    print("verified %-28s %2d records after update" % ("district_svod_upd.xlsx", len(final)))


LOCATION.update({"с. богашево, томский р-н": "Томский район",
                 "с. корнилово, томский район": "Томский район"})


# ======================================================================================
# LibreOffice re-saves
# ======================================================================================
RESAVE = [("district_svod.xlsx", "xls"), ("kolpashevo_klastery.xlsx", "ods"),
          ("ird_english.xlsx", "xlsx")]


def resave():
    out = os.path.join(HERE, "resaved")
    if not shutil.which("soffice"):
        print("soffice not installed: resaved/ skipped")
        return
    os.makedirs(out, exist_ok=True)
    tmp = "/tmp/agency19_resave"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    for src, fmt in RESAVE:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/agency19_lo_profile",
                        "--headless", "--convert-to", fmt, "--outdir", tmp,
                        os.path.join(HERE, src)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=180)
        base = os.path.splitext(src)[0]
        produced = os.path.join(tmp, base + "." + fmt)
        target_name = base + ("_lo" if fmt == "xlsx" else "") + "." + fmt
        shutil.copyfile(produced, os.path.join(out, target_name))
        with open(os.path.join(HERE, base + ".expected.json"), encoding="utf-8") as f:
            exp = json.load(f)
        exp["file"] = target_name
        exp["resaved_from"] = src
        exp["notes"] = ("Re-saved by LibreOffice (soffice --headless --convert-to %s) from %s: "
                        "same sheets, rows and cells, so the same records and rejected rows. "
                        % (fmt, src)) + exp["notes"]
        write_json(os.path.join(out, base + ("_lo" if fmt == "xlsx" else "") + ".expected.json"),
                   exp)
        print("resaved", target_name)


def verify_resaved():
    """Convert the re-saved files back to xlsx in /tmp and re-run the read-back on them."""
    out = os.path.join(HERE, "resaved")
    if not os.path.isdir(out):
        return
    tmp = "/tmp/agency19_back"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    for src, fmt in RESAVE:
        base = os.path.splitext(src)[0]
        f = os.path.join(out, base + ("_lo" if fmt == "xlsx" else "") + "." + fmt)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/agency19_lo_profile",
                        "--headless", "--convert-to", "xlsx", "--outdir", tmp, f], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    return tmp


def main():
    d = {}
    d["svod"] = make_svod()
    d["upd"] = make_update(d["svod"])
    d["klp"] = make_klp()
    d["eng"] = make_eng()
    d["csv"] = make_csv()
    d["frm"] = make_formulas()
    d["bad"] = make_bad()
    verify(d)
    if "--no-resave" not in sys.argv:
        resave()


if __name__ == "__main__":
    main()
