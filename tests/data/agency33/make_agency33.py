#!/usr/bin/env python3
"""Generator of the agency33 evaluation set (INO Tomsk portfolio importer).

Writes six input files and their NAME.expected.json, deterministically:
  ino33_dnhvo_svod.xlsx        ministry-summary shape  (Департамент науки и высшего образования)
  ino33_oez_klastery.xlsx      cluster-sheets shape    (управляющая компания ОЭЗ ТВТ «Томск»)
  ino33_venture_tracker.xlsx   English tracker shape   (regional venture fund)
  ino33_krto_aktualizaciya.xlsx update of the summary  (АО «Корпорация развития Томской области»)
  ino33_tomrayon_export.csv    cp1251 ';' CSV export   (комитет по экономическому развитию Томского района)
  ino33_reestr_oshibki.xlsx    bad-rows register       (представительство федерального министерства)

Each project is defined once (canonical values: money Decimal RUB million, dates as date);
per file the sender's written form is derived from the canonical value plus explicit overrides.
Usage: python make_agency33.py   (writes next to this script)
"""
import csv
import io
import json
import os
import random
import re
import zipfile
from datetime import date, datetime
from decimal import Decimal as D

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime(2024, 10, 1, 9, 0, 0)
ZIP_DT = (2024, 10, 1, 9, 0, 0)
NBSP = "\u00a0"

MONEY = ["total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
         "extra_budgetary_confirmed_mln"]
ALL_FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
              "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
              "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created", "lead_organization",
              "problems"]

# ---------------------------------------------------------------------------------------------
# canonical projects
# ---------------------------------------------------------------------------------------------
P = {}      # code -> canonical dict (all fields; file decides which it carries)
W = {}      # code -> {field: written cell value} (overrides of the default rendering)
MB = {}     # code -> municipal money (mln), only for the ignored МБ columns
rng = random.Random(3333)


def fin(total, fed_share, reg_share, conf_share=None, mb=D("0")):
    """Split a total (mln, Decimal) into canonical budget parts."""
    total = D(total)
    fed = (total * D(str(fed_share))).quantize(D("0.1"))
    reg = (total * D(str(reg_share))).quantize(D("0.1"))
    extra = total - fed - reg - mb
    conf = None if conf_share is None else (extra * D(str(conf_share))).quantize(D("0.1"))
    return dict(total_cost_mln=total, federal_budget_mln=fed, regional_budget_mln=reg,
                extra_budgetary_mln=extra, extra_budgetary_confirmed_mln=conf, _mb=mb)


def jobs(status, planned):
    created = {"planned": 0, "completed": planned, "suspended": planned // 5,
               "in_progress": planned * 2 // 5}[status]
    return planned, created


def proj(*args, **written):
    code, name, cluster, work_area, location, status, start, end, money, jp, lead = args[:11]
    money = dict(money)
    mb = money.pop("_mb")
    problems = args[11] if len(args) > 11 else None
    jp_, jc = jobs(status, jp)
    rec = dict(code=code, name=name, cluster=cluster, work_area=work_area, location=location,
               status=status, start_date=start, end_date=end, jobs_planned=jp_, jobs_created=jc,
               lead_organization=lead, problems=problems)
    rec.update(money)
    P[code] = rec
    MB[code] = mb
    W[code] = written


# ---- 1. ministry summary: Департамент науки и высшего образования Томской области (3301-3320)
S1 = []


def s1(*a, **k):
    proj(*a, **k)
    S1.append(a[0])


s1("INO-3301", "Создание инжинирингового центра аддитивных технологий", None, "science_education", "Томск",
   "in_progress", date(2021, 3, 15), date(2025, 12, 31), fin("1480.6", 0.35, 0.12, 0.6, D("12.0")), 140,
   "ФГАОУ ВО «Национальный исследовательский Томский политехнический университет»",
   cluster="—", location="г. Томск", status="реализуется (ведутся СМР)", end_date="IV кв. 2025")
s1("INO-3302", "Строительство межуниверситетского студенческого кампуса", None, "smart_city", "Томск",
   "in_progress", date(2022, 6, 1), date(2027, 12, 31), fin("18240.0", 0.48, 0.20, 0.8), 620,
   "АНО «Томский межвузовский кампус»", "Не завершена процедура изъятия земельного участка под 2-ю очередь",
   cluster="", status="Реализуется", start_date="01.06.2022", end_date=2027)
s1("INO-3303", "Центр радиофармацевтики полного цикла", "nuclear", "science_education", "Северск",
   "planned", date(2025, 2, 1), date(2028, 12, 31), fin("2310.4", 0.40, 0.10, 0.3), 95,
   "АО «Сибирский химический комбинат»",
   cluster="Ядерные технологии", work_area="наука и образование", location="г. Северск",
   status="планируется к реализации", end_date="31.12.2028")
s1("INO-3304", "Производство медицинских изделий из биорезорбируемых полимеров", "pharma", "industry",
   "Томский район", "completed", date(2019, 4, 10), date(2023, 11, 30), fin("642.8", 0.10, 0.05, 1.0), 85,
   "ООО «БиоМедПолимер»",
   cluster="Фармацевтический", location="Томский район (пос. Зональная Станция)", status="ЗАВЕРШЁН")
s1("INO-3305", "Опытно-промышленная установка облагораживания высоковязкой нефти", "hard_to_recover",
   "innovation_business", "Стрежевой", "in_progress", date(2022, 9, 12), date(2026, 6, 30),
   fin("3975.5", 0.0, 0.06, 0.5), 210, "ООО «Стрежевской НПЗ»",
   cluster="ТрИЗ", location="г. Стрежевой", status="Реализуется (I этап)", start_date="12.09.2022",
   end_date="II кв. 2026")
s1("INO-3306", "Лаборатория цифровых двойников лесных экосистем", "timber", "science_education", "Колпашево",
   "suspended", date(2020, 9, 1), date(2026, 12, 31), fin("96.3", 0.55, 0.20, 0.0), 18,
   "ФГБОУ ВО «Томский государственный архитектурно-строительный университет»",
   "Не выделено финансирование из федерального бюджета на 2024 год",
   cluster="лесопромышленный", work_area="Наука и образование ", location="г. Колпашево",
   status="приостановлен (нет финансирования из ФБ)", end_date="2026")
s1("INO-3307", "Научно-образовательный центр «Медицина будущего»", "medtech_it", "science_education", "Томск",
   "in_progress", date(2021, 1, 20), date(2025, 12, 31), fin("5120.0", 0.30, 0.15, 0.7, D("40.0")), 330,
   "ФГБОУ ВО «Сибирский государственный медицинский университет» Минздрава России",
   cluster="Медицинская техника и ИТ", status="в стадии реализации")
s1("INO-3308", "Технопарк высоких технологий в Северске", None, "innovation_business", "Северск",
   "completed", date(2017, 5, 5), date(2022, 8, 31), fin("2764.9", 0.25, 0.25, 1.0, D("55.5")), 410,
   "АО «Технопарк Северск»",
   work_area="Технологические инновации и новые бизнесы", location="ЗАТО Северск", status="Завершен",
   start_date="05.05.2017", end_date="31.08.2022")
s1("INO-3309", "Глубокая переработка кедрового ореха и дикоросов", "wildlife", "industry", "Асино",
   "planned", date(2025, 6, 1), date(2027, 3, 31), fin("412.7", 0.0, 0.08, 0.25), 120,
   "ООО «Сибирские дикоросы»",
   cluster="дикоросы", location="г. Асино", status="ПЛАНИРУЕТСЯ", end_date="I кв. 2027")
s1("INO-3310", "Центр компетенций по полимерным материалам на площадке «Томскнефтехим»", "petrochemical",
   "industry", "Томск", "in_progress", date(2022, 2, 14), date(2026, 9, 30), fin("868.0", 0.20, 0.10, 0.9),
   75, "ООО «Томскнефтехим»",
   cluster="нефтехимия", status="реализуется")
s1("INO-3311", "Цифровая платформа «Бизнес-навигатор Томской области»", None, "business_environment", "Томск",
   "completed", date(2020, 1, 10), date(2021, 12, 20), fin("58.4", 0.0, 1.0, None), 12,
   "ОГКУ «Центр цифровой трансформации Томской области»",
   cluster="—", location="г.Томск", status="завершён (введена в промышленную эксплуатацию)",
   start_date="10.01.2020")
s1("INO-3312", "Центр коллективного пользования «Геохимия природных вод»", "hard_to_recover",
   "science_education", "Томск", "in_progress", date(2023, 3, 1), date(2025, 12, 31),
   fin("187.2", 0.60, 0.10, 0.5), 22, "ФГАОУ ВО «Национальный исследовательский Томский государственный университет»",
   cluster="Кластер трудноизвлекаемых запасов", work_area="наука и образование", status="реализуется",
   end_date="IV кв. 2025")
s1("INO-3313", "Интеллектуальная система управления уличным освещением", None, "smart_city", "Стрежевой",
   "planned", date(2025, 4, 1), date(2026, 12, 31), fin("74.5", 0.0, 0.30, 0.0, D("7.4")), 6,
   "МКУ «Управление городского хозяйства»",
   cluster="", location="ГО Стрежевой", status="Планируется", end_date=2026)
s1("INO-3314", "Производство изотопной продукции медицинского назначения", "nuclear", "industry", "Северск",
   "in_progress", date(2020, 11, 11), date(2025, 6, 30), fin("6530.3", 0.15, 0.02, 0.85), 260,
   "АО «Сибирский химический комбинат»",
   cluster="ядерных технологий", status="Реализуется", end_date="II кв. 2025")
s1("INO-3315", "Бизнес-инкубатор студенческих технологических стартапов", None, "innovation_business", "Томск",
   "completed", date(2018, 9, 1), date(2021, 6, 30), fin("41.6", 0.0, 0.75, 1.0), 35,
   "ФГБОУ ВО «Томский государственный университет систем управления и радиоэлектроники»",
   cluster="—", work_area="Технологические инновации, новые бизнесы", status="завершен",
   end_date="30.06.2021")
s1("INO-3316", "Деревянное домостроение на основе CLT-панелей", "timber", "industry", "Асино",
   "suspended", date(2021, 7, 1), date(2025, 12, 31), fin("3184.0", 0.0, 0.05, 0.2), 290,
   "ООО «Асиновский ДОК»", "Инвестор пересматривает финансовую модель проекта",
   cluster="Лесопромышленный кластер", work_area="передовая промышленность", location="г. Асино",
   status="приостановлен")
s1("INO-3317", "Завод по производству фармацевтических субстанций", "pharma", "industry", "Томский район",
   "in_progress", date(2023, 10, 2), date(2027, 12, 31), fin("2950.0", 0.12, 0.04, 0.6), 180,
   "АО «Томскфармсинтез»",
   cluster="Фарма", location="Томский район, с. Богашёво", status="Реализуется (ПИР)",
   end_date="IV кв. 2027")
s1("INO-3318", "Центр обработки данных «Сибирь»", "medtech_it", "smart_city", "Томск",
   "planned", date(2025, 3, 15), date(2028, 12, 31), fin("1625.3", 0.0, 0.10, 0.4), 48,
   "ООО «Сибирские облачные технологии»",
   cluster="медтехника и ИТ", status="ПЛАНИРУЕТСЯ ", start_date="15.03.2025", end_date="2028")
s1("INO-3319", "Электронный документооборот для субъектов малого бизнеса", None, "business_environment",
   "Колпашево", "completed", date(2019, 2, 1), date(2020, 12, 31), fin("23.7", 0.0, 0.6, 1.0, D("2.3")), 4,
   "Администрация Колпашевского района",
   cluster="—", work_area="Деловая среда", status="Завершён")
s1("INO-3320", "Полигон испытаний технологий добычи трудноизвлекаемой нефти", "hard_to_recover",
   "innovation_business", "Стрежевой", "in_progress", date(2022, 5, 16), date(2026, 12, 31),
   fin("7412.8", 0.10, 0.03, 0.55), 340, "ООО «Газпромнефть-Восток»",
   "Требуется корректировка ПСД по замечаниям Главгосэкспертизы",
   cluster="трудноизвлекаемые запасы", location="г. Стрежевой", status="реализуется", end_date=2026)

# ---- 2. cluster sheets: управляющая компания ОЭЗ ТВТ «Томск» (3321-3335) ----------------------
S2_SHEETS = [  # (sheet name, A1 full cluster name, cluster key, codes)
    ("Нефтехимия", "Нефтехимический кластер", "petrochemical", []),
    ("Ядерные технологии", "Кластер ядерных технологий", "nuclear", []),
    ("Фарма", "Фармацевтический кластер", "pharma", []),
    ("Медтехника и ИТ", "Кластер медицинской техники и информационных технологий", "medtech_it", []),
    ("Лес и деревообработка", "Лесопромышленный кластер", "timber", []),
]


def s2(sheet_ix, *a, **k):
    a = list(a)
    a.insert(2, S2_SHEETS[sheet_ix][2])          # cluster from the sheet
    a.insert(3, None)                            # work area not carried
    proj(*a, **k)
    S2_SHEETS[sheet_ix][3].append(a[0])


s2(0, "INO-3321", "Производство полимерных труб большого диаметра", "Томск", "in_progress",
   date(2022, 3, 1), date(2025, 12, 31), fin("1236.4", 0, 0, None), 160, "ООО «ТомскПолимерТруба»",
   location="г. Томск, площадка «Томск-Север»", status="реализуется ")
s2(0, "INO-3322", "Выпуск катализаторов для нефтепереработки", "Томский район", "planned",
   date(2025, 1, 20), date(2027, 6, 30), fin("845.0", 0, 0, None), 90, "ООО «СибКатализ»",
   location="Томский район, пос. Заречный", status="Планируется", end_date="30.06.2027")
s2(0, "INO-3323", "Глубокая переработка попутного нефтяного газа", "Стрежевой", "completed",
   date(2016, 8, 1), date(2021, 3, 31), fin("4620.7", 0, 0, None), 210, "АО «Стрежевойнефтегазпереработка»",
   location="г. Стрежевой", status="ЗАВЕРШЕН", start_date="01.08.2016")
s2(1, "INO-3324", "Производство стабильных изотопов для медицины", "Северск", "in_progress",
   date(2021, 4, 12), date(2026, 3, 31), fin("2218.9", 0, 0, None), 140, "ООО «Изотопные технологии»",
   location="ЗАТО Северск", status="Реализуется (строительство корпуса)")
s2(1, "INO-3325", "Выпуск приборов радиационного контроля", "Томск", "suspended",
   date(2020, 2, 3), date(2025, 12, 31), fin("378.2", 0, 0, None), 55, "ООО «РадКонтроль»",
   location="г. Томск", status="приостановленный", end_date="31.12.2025")
s2(1, "INO-3326", "Центр облучения материалов на базе исследовательского реактора", "Томск", "planned",
   date(2025, 9, 1), date(2029, 12, 31), fin("1540.0", 0, 0, None), 60, "АО «НИИ ядерной физики»",
   location="Томск", status="планируется")
s2(2, "INO-3327", "Производство инъекционных лекарственных форм", "Томский район", "in_progress",
   date(2022, 7, 18), date(2025, 9, 30), fin("1975.6", 0, 0, None), 230, "ООО «ТомФарм»",
   location="Томский район, д. Кисловка", status="В работе")
s2(2, "INO-3328", "Выпуск биопрепаратов на основе бактериофагов", "Томск", "completed",
   date(2018, 3, 5), date(2022, 12, 15), fin("512.3", 0, 0, None), 75, "ООО «Фаговые технологии»",
   location="г. Томск", status="реализован", start_date="05.03.2018")
s2(2, "INO-3329", "Производство субстанций растительного происхождения", "Асино", "planned",
   date(2025, 5, 12), date(2028, 6, 30), fin("688.0", 0, 0, None), 110, "ООО «Асино-Фито»",
   location="г. Асино", status="ПЛАНИРУЕТСЯ")
s2(3, "INO-3330", "Производство имплантатов из никелида титана", "Томск", "in_progress",
   date(2021, 11, 1), date(2025, 12, 31), fin("436.5", 0, 0, None), 65, "ООО «Медико-инженерный центр сплавов»",
   location="г. Томск", status="Реализуется")
s2(3, "INO-3331", "Разработка отечественных медицинских информационных систем", "Томск", "completed",
   date(2019, 1, 15), date(2023, 6, 30), fin("214.8", 0, 0, None), 120, "ООО «Элекард-Мед»",
   location="г.Томск", status="Завершён (тиражирование в ЛПУ области)")
s2(3, "INO-3332", "Выпуск цифровых рентгенографических комплексов", "Северск", "in_progress",
   date(2023, 2, 20), date(2026, 12, 31), fin("958.1", 0, 0, None), 85, "ООО «Северский медприбор»",
   location="г. Северск", status="в стадии реализации", start_date="20.02.2023")
s2(4, "INO-3333", "Производство клеёного бруса и CLT-панелей", "Асино", "in_progress",
   date(2022, 4, 4), date(2026, 9, 30), fin("5310.0", 0, 0, None), 380, "ООО «Асиновский лесопромышленный комплекс»",
   location="г. Асино", status="реализуется")
s2(4, "INO-3334", "Биотопливный завод по выпуску древесных пеллет", "Колпашево", "completed",
   date(2017, 6, 1), date(2020, 10, 30), fin("742.6", 0, 0, None), 95, "ООО «Колпашевские пеллеты»",
   location="г. Колпашево", status="завершен")
s2(4, "INO-3335", "Лесопильно-деревообрабатывающий комбинат", "Томский район", "suspended",
   date(2021, 8, 16), date(2026, 12, 31), fin("2640.2", 0, 0, None), 260, "ООО «ТомЛесДрев»",
   location="с. Зоркальцево (Томский район)", status="ПРИОСТАНОВЛЕН (по инициативе инвестора)")
for _sheet in S2_SHEETS:  # extra_budgetary in the SEZ file: a share of the total, no budget split
    for _c in _sheet[3]:
        t = P[_c]["total_cost_mln"]
        e = (t * D("0.82")).quantize(D("0.1"))
        P[_c].update(federal_budget_mln=None, regional_budget_mln=None, extra_budgetary_mln=e)

# ---- 3. English tracker: regional venture fund (3336-3350) ----------------------------------
S3 = []


def s3(*a, **k):
    a = list(a)
    a.insert(3, None)  # work area not carried
    proj(*a, **k)
    S3.append(a[0])


s3("INO-3336", "Платформа компьютерного зрения для промышленной дефектоскопии", "medtech_it", "Томск",
   "in_progress", date(2022, 10, 3), date(2025, 12, 31), fin("186.4", 0.20, 0.0), 45, "ООО «Визионика»",
   cluster="MedTech & IT", status="In progress", end_date="Q4 2025")
s3("INO-3337", "Серийное производство беспилотных комплексов для лесного мониторинга", "timber", "Томск",
   "planned", date(2025, 3, 1), date(2027, 12, 31), fin("512.0", 0.30, 0.0), 70, "ООО «ЛесДрон»",
   cluster="Timber & forestry", status="Planned", end_date="2027")
s3("INO-3338", "Выпуск сенсоров для скважинной телеметрии", "hard_to_recover", "Стрежевой",
   "in_progress", date(2021, 6, 7), date(2025, 9, 30), fin("274.5", 0.15, 0.0), 38, "ООО «ГеоСенсор»",
   cluster="Hard-to-recover oil reserves", status="IN PROGRESS ", end_date="Q3 2025")
s3("INO-3339", "Разработка таргетных радиофармпрепаратов", "nuclear", "Северск",
   "planned", date(2025, 7, 15), date(2028, 12, 31), fin("940.8", 0.45, 0.0), 52, "ООО «РадиоФарм Инновации»",
   cluster="Nuclear technologies", status="planned (pipeline)", end_date=2028)
s3("INO-3340", "Биотехнологическая платформа синтеза пептидов", "pharma", "Томск",
   "completed", date(2018, 11, 12), date(2023, 4, 28), fin("132.7", 0.25, 0.0), 28, "ООО «ПептидЛаб»",
   cluster="Pharmaceuticals", status="Completed", start_date="12.11.2018")
s3("INO-3341", "Сервис цифровой логистики для малого бизнеса", None, "Томск",
   "suspended", date(2020, 4, 1), date(2025, 12, 31), fin("58.9", 0.0, 0.0), 15, "ООО «ЛогистикПро»",
   cluster="n/a", status="Suspended (investor exit)", end_date="2025")
s3("INO-3342", "Производство биоразлагаемой упаковки из полимеров", "petrochemical", "Томск",
   "in_progress", date(2023, 1, 16), date(2026, 6, 30), fin("318.0", 0.10, 0.0), 60, "ООО «ЭкоПолимер»",
   cluster="Petrochemicals", status="In Progress", end_date="Q2 2026")
s3("INO-3343", "Линия сублимационной сушки ягод и грибов", "wildlife", "Колпашево",
   "completed", date(2019, 5, 20), date(2022, 9, 30), fin("64.2", 0.0, 0.0), 22, "ООО «Таёжный продукт»",
   cluster="Wild-harvested products (wildlife resources)", status="completed ", end_date="Q3 2022")
s3("INO-3344", "Портативные аппараты ультразвуковой диагностики", "medtech_it", "Томск",
   "in_progress", date(2022, 2, 21), date(2025, 11, 15), fin("226.3", 0.35, 0.0), 40, "ООО «МедЭхо»",
   cluster="Medical devices and IT", status="In progress (scale-up)")
s3("INO-3345", "Цифровая платформа трансфера университетских технологий", None, "Томск",
   "in_progress", date(2021, 9, 1), date(2025, 12, 31), fin("44.8", 0.0, 0.0), 10, "ООО «ТехТрансфер»",
   cluster="", status="In progress", end_date="IV кв. 2025")
s3("INO-3346", "Композитные материалы на основе древесной щепы", "timber", "Асино",
   "planned", date(2025, 4, 14), date(2027, 12, 31), fin("390.5", 0.0, 0.0), 55, "ООО «ВудКомпозит»",
   cluster="Timber", status="Planned", start_date="14.04.2025", end_date=2027)
s3("INO-3347", "Технология изотопной маркировки нефтепродуктов", "nuclear", "Северск",
   "completed", date(2017, 10, 2), date(2021, 12, 31), fin("97.6", 0.50, 0.0), 14, "ООО «ИзоМарк»",
   cluster="nuclear", status="Completed (exit via trade sale)", end_date="31.12.2021")
s3("INO-3348", "Ферментированные продукты из дикоросов Сибири", "wildlife", "Томский район",
   "planned", date(2025, 10, 1), date(2027, 6, 30), fin("73.0", 0.0, 0.0), 25, "ООО «СибФерм»",
   cluster="Wildlife resources", status="Planned", end_date="Q2 2027")
s3("INO-3349", "Тест-системы для экспресс-диагностики инфекций", "pharma", "Томск",
   "in_progress", date(2023, 6, 5), date(2026, 3, 31), fin("158.2", 0.20, 0.0), 33, "ООО «ДиаТест»",
   cluster="Pharma & biotech", status="In progress", end_date="Q1 2026")
for _c in S3:  # the fund does not report regional money; private funds = total - federal
    p = P[_c]
    p["regional_budget_mln"] = None
    p["extra_budgetary_mln"] = p["total_cost_mln"] - p["federal_budget_mln"]

# ---- 5. CSV export: комитет по экономическому развитию администрации Томского района (3351-3366)
S5 = []


def s5(*a, **k):
    proj(*a, **k)
    S5.append(a[0])


s5("INO-3351", "Тепличный комплекс с досвечиванием в с. Турунтаево", None, "industry", "Томский район",
   "in_progress", date(2022, 5, 10), date(2025, 12, 31), fin("3240.0", 0.0, 0.05, 0.7, D("10.0")), 310,
   "ООО «Тепличный комбинат «Сибирский»", "Не обеспечено подключение к газораспределительной сети; срок — III кв. 2025",
   cluster="—", work_area="Передовая промышленность", location="с. Турунтаево, Томский район",
   status="реализуется (СМР)", end_date="IV кв. 2025")
s5("INO-3352", "Агропромышленный парк «Томский»", None, "business_environment", "Томский район",
   "planned", date(2025, 4, 1), date(2028, 12, 31), fin("1760.5", 0.20, 0.10, 0.1, D("25.0")), 180,
   "АО «Корпорация развития Томской области»",
   cluster="", work_area="Деловая среда", location="Томский р-н, пос. Мирный", status="планируется",
   end_date="2028")
s5("INO-3353", "Завод по глубокой переработке кедрового ореха", "wildlife", "industry", "Томский район",
   "in_progress", date(2023, 2, 1), date(2026, 6, 30), fin("684.3", 0.0, 0.10, 0.5), 95,
   "ООО «Кедровый край»",
   cluster="Кластер дикоросов", location="Томский район (с. Корнилово)", status="Реализуется ",
   end_date="II кв. 2026")
s5("INO-3354", "Производство сухих лекарственных сборов из дикоросов", "wildlife", "industry", "Томский район",
   "completed", date(2018, 6, 15), date(2021, 8, 31), fin("96.4", 0.0, 0.15, 1.0), 30,
   "ООО «Сибирские травы»",
   cluster="дикоросов", location="с. Мирное, Томский район", status="завершён")
s5("INO-3355", "Цифровая подстанция в Зональной Станции", None, "smart_city", "Томский район",
   "completed", date(2019, 3, 1), date(2020, 12, 25), fin("412.0", 0.0, 0.0, 1.0), 8,
   "ПАО «Россети Томск»",
   cluster="—", work_area="Умный и удобный город", location="пос. Зональная Станция (Томский район)",
   status="ЗАВЕРШЁН")
s5("INO-3356", "Лесоперерабатывающий комплекс в пос. Итатка", "timber", "industry", "Томский район",
   "suspended", date(2020, 7, 1), date(2025, 12, 31), fin("2180.7", 0.0, 0.03, 0.2), 240,
   "ООО «ИтаткаЛес»", "Арбитражный спор с подрядчиком; работы остановлены с 01.03.2024",
   cluster="лесопромышленный", location="Томский район, пос. Итатка",
   status="Приостановлен (судебное разбирательство)", end_date="2025")
s5("INO-3357", "Научно-производственный центр селекции сельскохозяйственных культур", None,
   "science_education", "Томский район", "in_progress", date(2021, 9, 1), date(2026, 12, 31),
   fin("356.8", 0.40, 0.15, 0.3), 45, "ФГБНУ «Сибирский НИИ сельского хозяйства и торфа»",
   cluster="—", work_area="Наука и образование", location="с. Кафтанчиково, Томский район",
   status="в стадии реализации", end_date=2026)
s5("INO-3358", "Фармацевтическое производство на площадке в Богашёве", "pharma", "industry", "Томский район",
   "planned", date(2025, 8, 1), date(2028, 6, 30), fin("1415.0", 0.10, 0.05, 0.3), 150,
   "ООО «Богашёвфарм»",
   cluster="Фармацевтический кластер", location="с. Богашёво, Томский район",
   status="Планируется к реализации", end_date="II кв. 2028")
s5("INO-3359", "Центр компетенций в сфере сельскохозяйственной кооперации", None, "business_environment",
   "Томский район", "completed", date(2019, 1, 15), date(2020, 12, 31), fin("18.6", 0.5, 0.3, None), 6,
   "ОГБУ «Томский областной центр поддержки предпринимательства»",
   cluster="—", work_area="Деловая среда", location="Томский район",
   status="Завершён", end_date="31.12.2020")
s5("INO-3360", "Опытное производство биоудобрений из торфа", None, "innovation_business", "Томский район",
   "in_progress", date(2022, 11, 14), date(2025, 12, 31), fin("148.9", 0.0, 0.2, 0.6), 26,
   "ООО «ТорфБиоТех»",
   cluster="", work_area="Технологические инновации, новые бизнесы", location="Томский р-н, с. Калтай",
   status="реализуемый", end_date="IV кв. 2025")
s5("INO-3361", "Логистический центр «Томск-Восток»", None, "business_environment", "Томск",
   "in_progress", date(2023, 4, 3), date(2026, 9, 30), fin("2875.0", 0.0, 0.0, 0.9), 220,
   "ООО «Сибирский логистический центр»",
   cluster="—", work_area="Деловая среда", location="г. Томск", status="реализуется",
   end_date="III кв. 2026")
s5("INO-3362", "Производство древесного угля и брикетов", "timber", "industry", "Томский район",
   "completed", date(2017, 3, 20), date(2019, 9, 30), fin("63.2", 0.0, 0.0, 1.0), 28,
   "ООО «Томуголь»",
   cluster="Лесопромышленный", location="пос. Копылово (Томский район)", status="завершен")
s5("INO-3363", "Умная система водоснабжения микрорайона «Южные ворота»", None, "smart_city",
   "Томский район", "planned", date(2025, 6, 2), date(2027, 12, 31), fin("534.6", 0.30, 0.30, 0.0, D("15.0")),
   12, "МУП «Томское районное водоснабжение»",
   cluster="", work_area="Умный и удобный город", location="Томский район, д. Лаврово",
   status="ПЛАНИРУЕТСЯ", end_date="2027")
s5("INO-3364", "Ветеринарный диагностический центр", "pharma", "science_education", "Томский район",
   "in_progress", date(2022, 8, 8), date(2025, 10, 31), fin("128.4", 0.25, 0.25, 0.4), 19,
   "ООО «ВетДиагностика»",
   cluster="фармацевтический", work_area="наука и образование", location="Томский район, с. Рыбалово",
   status="Реализуется")
s5("INO-3365", "Переработка попутного газа на Северном месторождении", "hard_to_recover", "industry",
   "Стрежевой", "planned", date(2025, 9, 1), date(2029, 12, 31), fin("9840.0", 0.0, 0.0, 0.1), 120,
   "ООО «Нефтегазовая компания «Северная»",
   cluster="ТрИЗ", location="г. Стрежевой", status="планируется", end_date=2029)
s5("INO-3366", "Центр молодёжного технологического предпринимательства", None, "innovation_business", "Томск",
   "suspended", date(2021, 2, 1), date(2025, 6, 30), fin("35.7", 0.0, 0.5, 0.0), 9,
   "АНО «Молодёжный бизнес-инкубатор»", "Не определён оператор площадки",
   cluster="—", work_area="Технологические инновации и новые бизнесы", location="Томск",
   status="приостановленный", end_date="II кв. 2025")

# ---- 6. bad-rows register: представительство федерального министерства (3370-3377 valid) -----
S6 = []


def s6(*a, **k):
    a = list(a)
    a.insert(3, None)  # no work area
    proj(*a, **k)
    S6.append(a[0])


s6("INO-3370", "Производство комплектующих для атомной энергетики", "nuclear", "Северск", "in_progress",
   date(2021, 5, 17), date(2026, 12, 31), fin("4120.0", 0.30, 0.05), 260, None, None,
   cluster="ядерные технологии", location="ЗАТО Северск", status="реализуется")
s6("INO-3371", "Завод по выпуску оборудования для бурения", "hard_to_recover", "Стрежевой", "planned",
   date(2025, 3, 10), date(2027, 12, 31), fin("2860.5", 0.20, 0.0), 190, None, None,
   cluster="Кластер ТрИЗ", location="ГО Стрежевой", status="Планируется")
s6("INO-3372", "Производство фанеры повышенной влагостойкости", "timber", "Асино", "completed",
   date(2016, 4, 1), date(2020, 11, 30), fin("1870.4", 0.10, 0.02), 310, None, None,
   cluster="Лесопромышленный", location="г. Асино", status="ЗАВЕРШЁН")
s6("INO-3373", "Выпуск полипропиленовой плёнки", "petrochemical", "Томск", "in_progress",
   date(2022, 9, 5), date(2025, 12, 31), fin("960.0", 0.0, 0.04), 140, None,
   "Не согласована точка подключения к электросетям",
   cluster="нефтехимический", location="МО «Город Томск»", status="В работе")
s6("INO-3374", "Серийный выпуск аппаратов искусственной вентиляции лёгких", "medtech_it", "Томск", "completed",
   date(2020, 4, 20), date(2022, 3, 31), fin("385.2", 0.50, 0.10), 120, None, None,
   cluster="Медтехника и ИТ", location="г. Томск", status="Завершен (госконтракт исполнен)")
s6("INO-3375", "Производство таблетированных форм антибиотиков", "pharma", "Томский район", "planned",
   date(2025, 11, 3), date(2028, 12, 31), fin("1250.0", 0.15, 0.05), 170, None, None,
   cluster="фарма", location="МО «Томский район»", status="ПЛАНИРУЕТСЯ")
s6("INO-3376", "Станкостроительное производство полного цикла", None, "Томск", "suspended",
   date(2019, 8, 12), date(2025, 12, 31), fin("2015.7", 0.40, 0.0), 230, None,
   "=HYPERLINK(\"https://minpromtorg.example/ino/3376\",\"Протокол от 12.08.2024\")",
   cluster="—", location="г. Томск", status="приостановлен")
s6("INO-3377", "Переработка дикоросов в Колпашевском районе", "wildlife", "Колпашево", "in_progress",
   date(2023, 5, 15), date(2026, 9, 30), fin("88.6", 0.0, 0.2), 40, None, None,
   cluster="дикоросы", location="г. Колпашево", status="Реализуется")

# ---- 4. update of the summary: АО «Корпорация развития Томской области» ----------------------
# new projects first (canonical; fields the update does not carry are null)
for _code, _name, _cl, _loc, _st, _money, _jp, _jc, _prob in [
    ("INO-3368", "Центр прототипирования электронных устройств", None, "Томск", "planned",
     fin("212.4", 0.0, 0.25, 0.4), 35, 0, None),
    ("INO-3369", "Производство тест-полосок для глюкометров", "medtech_it", "Северск", "in_progress",
     fin("364.0", 0.10, 0.05, 0.8), 70, 12, "Задержка поставки импортного оборудования"),
]:
    rec = dict(code=_code, name=_name, cluster=_cl, work_area=None, location=_loc, status=_st,
               start_date=None, end_date=None, jobs_planned=_jp, jobs_created=_jc,
               lead_organization=None, problems=_prob)
    rec.update({k: v for k, v in _money.items() if k != "_mb"})
    P[_code] = rec
    MB[_code] = D("0")
    W[_code] = {}

# rows of the update file: (code in file or "", name in file, stored code, changes, written overrides)
UPD = [
    ("INO-3302", None, "INO-3302", dict(extra_budgetary_mln=D("6556.8"),
                                       extra_budgetary_confirmed_mln=D("4750.0"), jobs_created=310), {}),
    ("INO-3305", None, "INO-3305", dict(jobs_created=130), dict(status="реализуется (II этап)")),
    ("INO-3306", None, "INO-3306", dict(status="in_progress", jobs_created=9,
                                       problems="Финансирование из ФБ подтверждено соглашением от 15.08.2024"),
     dict(status="Реализуется (возобновлён)")),
    ("INO-3309", None, "INO-3309", dict(status="in_progress", jobs_created=20), dict(status="В работе")),
    ("INO-3310", None, "INO-3310", {}, {}),
    ("", "ПРОИЗВОДСТВО МЕДИЦИНСКИХ ИЗДЕЛИЙ ИЗ БИОРЕЗОРБИРУЕМЫХ ПОЛИМЕРОВ", "INO-3304",
     dict(jobs_created=92, jobs_planned=92), {}),
    ("INO-3368", None, "INO-3368", {}, dict(status="Планируется")),
    ("INO-3314", None, "INO-3314", dict(status="completed", jobs_created=260), dict(status="Завершён")),
    ("", "Цифровая платформа \"Бизнес-навигатор Томской области\"", "INO-3311", {}, {}),
    ("INO-3319", None, "INO-3319", {}, {}),
    ("", "Завод  по производству фармацевтических  субстанций ", "INO-3317",
     dict(extra_budgetary_mln=D("2648.0"), extra_budgetary_confirmed_mln=D("1600.0")),
     {}),
    ("INO-3369", None, "INO-3369", {}, dict(status="реализуется", cluster="медтех и ИТ")),
]
UPD_MATCH_NOTE = {"INO-3304": "upper case", "INO-3311": "«» quotes written as \"\"",
                  "INO-3317": "double spaces, trailing space"}
UPD_FIELDS = ["code", "name", "cluster", "location", "status", "total_cost_mln", "federal_budget_mln",
              "regional_budget_mln", "extra_budgetary_mln", "extra_budgetary_confirmed_mln",
              "jobs_planned", "jobs_created", "problems"]

# ---------------------------------------------------------------------------------------------
# rendering helpers
# ---------------------------------------------------------------------------------------------
UNIT = {"mln": D("1"), "thou": D("1000"), "bn": D("0.001")}


def money_cell(x, unit):
    if x is None:
        return None
    v = x * UNIT[unit]
    v = v.normalize()
    return int(v) if v == v.to_integral_value() else float(v)


def ru_num(x, nbsp=True, decimals=1):
    """Russian text number: '1 234,5' with NBSP (or plain) thousands separator."""
    s = f"{x:,.{decimals}f}".replace(",", "\u2009").replace(".", ",")
    return s.replace("\u2009", NBSP if nbsp else " ")


def jv(v):
    """canonical JSON value"""
    if isinstance(v, D):
        return float(v)
    if isinstance(v, date):
        return v.isoformat()
    return v


def expected_record(code, fields):
    return {f: jv(P[code][f]) for f in fields}


def written_as_entry(code, field, written):
    can = jv(P[code][field])
    w = written
    if isinstance(w, datetime):
        w = w.date()
    if isinstance(w, date):
        w = w.isoformat()
    if w == can or (isinstance(w, (int, float)) and isinstance(can, (int, float)) and abs(w - can) < 1e-9):
        return None
    return [field, can, w]


def fix_zip(path, core_title):
    """Rewrite an xlsx with fixed entry times and fixed document properties."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"<dcterms:created[^>]*>[^<]*</dcterms:created>",
                              b'<dcterms:created xsi:type="dcterms:W3CDTF">2024-10-01T09:00:00Z</dcterms:created>', data)
                data = re.sub(rb"<dcterms:modified[^>]*>[^<]*</dcterms:modified>",
                              b'<dcterms:modified xsi:type="dcterms:W3CDTF">2024-10-01T09:00:00Z</dcterms:modified>', data)
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def new_wb(title, creator):
    wb = openpyxl.Workbook()
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.title = title
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    return wb


def put(ws, r, c, v, fmt=None):
    cell = ws.cell(row=r, column=c, value=v)
    if isinstance(v, str) and v.startswith("="):
        cell.data_type = "s"  # text that merely looks like a formula
    if isinstance(v, (date, datetime)):
        cell.number_format = fmt or "DD.MM.YYYY"
    elif fmt:
        cell.number_format = fmt
    return cell


def write_json(name, obj):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def base_expected(fname, fields, codes, columns, ignored, written_as, rejected, notes, **extra):
    recs = [expected_record(c, fields) for c in codes]
    d = {"file": fname, "refused": False, "fields": fields, "record_count": len(recs), "records": recs,
         "rejected": rejected}
    d.update(extra)
    d["columns"] = columns
    d["ignored_columns"] = ignored
    d["written_as"] = written_as
    d["notes"] = notes
    return d


RU = {
    "cluster": {"petrochemical": "Нефтехимический кластер", "nuclear": "Кластер ядерных технологий",
                "timber": "Лесопромышленный кластер", "pharma": "Фармацевтический кластер",
                "medtech_it": "Кластер медицинской техники и информационных технологий",
                "wildlife": "Кластер дикоросов", "hard_to_recover": "Кластер трудноизвлекаемых запасов",
                None: None},
    "status": {"planned": "планируется", "in_progress": "реализуется", "completed": "завершен",
               "suspended": "приостановлен"},
    "work_area": {"industry": "Передовая промышленность", "science_education": "Наука и образование",
                  "innovation_business": "Технологические инновации, новые бизнесы",
                  "smart_city": "Умный и удобный город", "business_environment": "Деловая среда"},
}


def wval(code, field, default):
    """written form: explicit override, else the canonical Russian name for vocabulary fields"""
    if field in W[code]:
        return W[code][field]
    if field in RU:
        return RU[field][default]
    return default


# ---------------------------------------------------------------------------------------------
# file 1: ministry summary
# ---------------------------------------------------------------------------------------------
F1 = "ino33_dnhvo_svod.xlsx"


def make_f1():
    wb = new_wb("Свод ИНО Томск", "Департамент науки и высшего образования Томской области")
    ws = wb.active
    ws.title = "Свод на 01.10.2024"
    # (top, sub, field or None, ignore reason)
    TOPF = "Объём финансирования проекта,\nтыс. рублей"
    cols = [
        ("№\nп/п", None, None, "row number"),
        ("Шифр проекта", None, "code", None),
        ("Наименование\nинвестиционного проекта", None, "name", None),
        ("Кластер\n(при наличии)", None, "cluster", None),
        ("Направление ИНО «Томск»", None, "work_area", None),
        ("Место реализации\n(муниципальное образование)", None, "location", None),
        ("Стадия реализации", None, "status", None),
        ("Сроки реализации", "начало", "start_date", None),
        ("Сроки реализации", "окончание", "end_date", None),
        (TOPF, "всего", "total_cost_mln", None),
        (TOPF, "в т.ч. ФБ", "federal_budget_mln", None),
        (TOPF, "ОБ", "regional_budget_mln", None),
        (TOPF, "МБ", None, "municipal budget (not a canonical field)"),
        (TOPF, "ВБИ", "extra_budgetary_mln", None),
        ("из ВБИ подтверждено соглашениями,\nтыс. рублей", None, "extra_budgetary_confirmed_mln", None),
        ("Количество создаваемых рабочих мест, ед.", "план", "jobs_planned", None),
        ("Количество создаваемых рабочих мест, ед.", "факт", "jobs_created", None),
        ("Ответственный исполнитель", None, "lead_organization", None),
        ("Контактное лицо\n(ФИО, телефон)", None, None, "contact person"),
        ("Готовность проекта, %", None, None, "percent complete"),
        ("Проблемные вопросы\nи риски реализации", None, "problems", None),
    ]
    n = len(cols)
    put(ws, 1, 1, "Департамент науки и высшего образования Томской области")
    put(ws, 2, 1, "СВОДНАЯ ИНФОРМАЦИЯ\nо ходе реализации проектов комплексной программы «ИНО Томск»")
    put(ws, 3, 1, "по состоянию на 01.10.2024")
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
    HR = 5
    c = 1
    while c <= n:
        top, sub = cols[c - 1][0], cols[c - 1][1]
        if sub is None:
            put(ws, HR, c, top)
            ws.merge_cells(start_row=HR, start_column=c, end_row=HR + 1, end_column=c)
            c += 1
        else:
            span = 1
            while c + span <= n and cols[c + span - 1][0] == top:
                span += 1
            put(ws, HR, c, top)
            if span > 1:
                ws.merge_cells(start_row=HR, start_column=c, end_row=HR, end_column=c + span - 1)
            for k in range(span):
                put(ws, HR + 1, c + k, cols[c + k - 1][1])
            c += span
    for cc in range(1, n + 1):
        put(ws, HR + 2, cc, cc)
        for rr in (HR, HR + 1):
            ws.cell(row=rr, column=cc).alignment = Alignment(wrap_text=True, vertical="center")
    r = HR + 3
    written, recs_rows = {}, {}
    text_money = {"INO-3302": ["total_cost_mln", "federal_budget_mln"], "INO-3307": ["total_cost_mln"],
                  "INO-3314": ["extra_budgetary_mln", "total_cost_mln"], "INO-3320": ["total_cost_mln"],
                  "INO-3316": ["regional_budget_mln"], "INO-3308": ["extra_budgetary_confirmed_mln"]}
    contacts = ["Иванова Е.П., 8 (3822) 51-12-34", "Петров А.С., +7 913 800-11-22", "Сидоренко О.В., доб. 214"]
    totals = {f: D("0") for f in MONEY}
    for i, code in enumerate(S1, 1):
        p = P[code]
        row = []
        for top, sub, field, ign in cols:
            if field is None:
                if "№" in top:
                    v = i
                elif sub == "МБ":
                    v = money_cell(MB[code], "thou")
                elif "Контакт" in top:
                    v = contacts[i % 3]
                else:
                    v = {"completed": 100, "planned": 0}.get(p["status"], 35 + (i * 7) % 50)
                row.append(v)
                continue
            if field in MONEY:
                v = money_cell(p[field], "thou")
                if field in text_money.get(code, []):
                    v = ru_num(p[field] * 1000, nbsp=(i % 2 == 0))
            elif field in ("start_date", "end_date"):
                v = wval(code, field, p[field])
            elif field in ("jobs_planned", "jobs_created"):
                v = p[field]
            else:
                v = wval(code, field, p[field])
            if field in MONEY and p[field] is None:
                v = None
            if field == "problems" and v is None:
                v = None
            row.append(v)
            e = written_as_entry(code, field, v)
            if e:
                written.setdefault(code, []).append(e)
        for cc, v in enumerate(row, 1):
            put(ws, r, cc, v)
        for f in MONEY:
            if p[f] is not None:
                totals[f] += p[f]
        recs_rows[code] = r
        r += 1
    last_data = r - 1
    # totals row
    put(ws, r, 1, "ИТОГО по программе")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    for cc, (top, sub, field, ign) in enumerate(cols, 1):
        if field in MONEY:
            put(ws, r, cc, money_cell(totals[field], "thou"))
    put(ws, r, 16, sum(P[c_]["jobs_planned"] for c_ in S1))
    put(ws, r, 17, sum(P[c_]["jobs_created"] for c_ in S1))
    tot_row = r
    fn_row = r + 2
    put(ws, fn_row, 1, "* ФБ — федеральный бюджет; ОБ — областной бюджет; МБ — местный бюджет; "
                       "ВБИ — внебюджетные источники. Графа 20 заполняется по данным исполнителя.")
    ws.merge_cells(start_row=fn_row, start_column=1, end_row=fn_row, end_column=n)
    put(ws, fn_row + 1, 1, "Исполнитель: отдел инновационного развития, тел. 8 (3822) 51-00-00")
    for cc in range(1, n + 1):
        ws.column_dimensions[get_column_letter(cc)].width = 14
    ws.column_dimensions["C"].width = 48
    path = os.path.join(OUT, F1)
    wb.save(path)
    fix_zip(path, "")

    def hdr(t, s):
        t = " ".join(t.split())
        return f"{t} / {s}" if s else t
    columns = [[hdr(t, s), f] for t, s, f, ign in cols if f]
    ignored = [[hdr(t, s), ign] for t, s, f, ign in cols if not f]
    notes = ("Sender: Департамент науки и высшего образования Томской области (ministry-summary shape). "
             "Sheet 'Свод на 01.10.2024'. Title rows 1-3 (merged; row 2 has a line break), row 4 empty; "
             "two-level merged header in rows 5-6; row 7 numbers the columns 1..21 and is not data; data rows "
             f"8-{last_data}; row {tot_row} 'ИТОГО по программе' is the totals row; rows {fn_row}-{fn_row + 1} are "
             "a footnote and a signature line. All money columns are in thousand roubles: the unit is in the merged "
             "top header ('Объём финансирования проекта, тыс. рублей') and in the confirmed-ВБИ header; expected "
             "values are RUB million. Some money cells are Russian text with a non-breaking or plain space as "
             "thousands separator. Header cells contain line breaks; in 'columns' runs of whitespace are shown as "
             "one space. The 'МБ' (municipal budget) sub-column, row numbers, contact person and percent complete "
             "are not imported. Cluster '', '—' = no cluster. The confirmed-ВБИ cell of INO-3311 is empty: unknown (null), not 0. End dates given as quarters mean the quarter's last "
             "day, bare years (text or a General-format number) mean 31 December. Start dates are full dates.")
    exp = base_expected(F1, ALL_FIELDS, S1, columns, ignored, written, [], notes,
                        header_rows=[HR, HR + 1], column_number_row=HR + 2, data_rows=[HR + 3, last_data],
                        skipped_rows={str(HR + 2): "column numbers", str(tot_row): "totals",
                                      str(fn_row): "footnote", str(fn_row + 1): "signature line"})
    write_json(F1.rsplit(".", 1)[0] + ".expected.json", exp)
    return exp


# ---------------------------------------------------------------------------------------------
# file 2: cluster sheets (SEZ management company), unit only in the title
# ---------------------------------------------------------------------------------------------
F2 = "ino33_oez_klastery.xlsx"
F2_FIELDS = ["code", "name", "cluster", "location", "status", "start_date", "end_date", "total_cost_mln",
             "extra_budgetary_mln", "jobs_planned", "lead_organization"]


def make_f2():
    wb = new_wb("Проекты резидентов ОЭЗ по кластерам", "АО «ОЭЗ ТВТ «Томск»")
    cols = [
        ("№ п/п", None, "row number"),
        ("Код проекта\nв реестре ИНО", "code", None),
        ("Проект", "name", None),
        ("Площадка (место реализации)", "location", None),
        ("Статус проекта", "status", None),
        ("Дата начала реализации", "start_date", None),
        ("Плановая дата завершения", "end_date", None),
        ("Стоимость проекта, всего", "total_cost_mln", None),
        ("в т.ч. внебюджетные источники\n(средства резидента)", "extra_budgetary_mln", None),
        ("Освоено с начала реализации", None, "spent to date"),
        ("Планируемое количество рабочих мест", "jobs_planned", None),
        ("Резидент (инициатор проекта)", "lead_organization", None),
        ("ИНН резидента", None, "tax number (INN)"),
    ]
    written, sheets_info = {}, []
    first = True
    inn = 7017000100
    order = []
    for sname, full, key, codes in S2_SHEETS:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sname
        put(ws, 1, 1, f"{full}")
        put(ws, 2, 1, "Перечень проектов резидентов ОЭЗ технико-внедренческого типа «Томск» "
                      "(по состоянию на 01.10.2024, тыс. руб.)")
        HR = 4
        for cc, (h, f, ign) in enumerate(cols, 1):
            put(ws, HR, cc, h).alignment = Alignment(wrap_text=True)
        r = HR + 1
        data_rows = []
        for i, code in enumerate(codes, 1):
            p = P[code]
            if i == 3:
                r += 1  # spacer row before the last project of each sheet
            row = []
            for h, f, ign in cols:
                if f is None:
                    if h.startswith("№"):
                        v = i
                    elif h.startswith("Освоено"):
                        v = money_cell((p["total_cost_mln"] * D("0.4")).quantize(D("0.1")), "thou")
                    else:
                        inn += 37
                        v = str(inn)
                    row.append(v)
                    continue
                if f == "cluster":
                    continue
                if f in MONEY:
                    v = money_cell(p[f], "thou")
                    if code in ("INO-3323", "INO-3333") and f == "total_cost_mln":
                        v = ru_num(p[f] * 1000, nbsp=True)
                else:
                    v = wval(code, f, p[f])
                row.append(v)
                e = written_as_entry(code, f, v)
                if e:
                    written.setdefault(code, []).append(e)
            for cc, v in enumerate(row, 1):
                put(ws, r, cc, v)
            data_rows.append(r)
            order.append(code)
            written.setdefault(code, []).append(["cluster", key, f"sheet '{sname}', A1 '{full}'"])
            r += 1
        info = {"sheet": sname, "cluster": key, "title_A1": full, "header_row": HR, "data_rows": data_rows}
        if sname == "Ядерные технологии":
            ws.row_dimensions[data_rows[1]].hidden = True
            info["hidden_row"] = data_rows[1]
        if sname == "Фарма":
            ws.column_dimensions["K"].hidden = True
            info["hidden_column"] = {"column": "K", "field": "jobs_planned"}
        put(ws, r + 1, 1, "Примечание: стоимостные показатели — по данным резидентов.")
        sheets_info.append(info)
    ws = wb.create_sheet("Справочно")
    put(ws, 1, 1, "Данные сформированы управляющей компанией ОЭЗ по отчётам резидентов.")
    put(ws, 2, 1, "Единица измерения стоимостных показателей указана в заголовке каждого листа.")
    path = os.path.join(OUT, F2)
    wb.save(path)
    fix_zip(path, "")
    columns = [[" ".join(h.split()), f] for h, f, ign in cols if f]
    ignored = [[" ".join(h.split()), ign] for h, f, ign in cols if not f]
    notes = ("Sender: управляющая компания ОЭЗ ТВТ «Томск» (cluster-sheets shape). One sheet per cluster with a "
             "short sheet name; cell A1 holds the full canonical cluster name, and the record's cluster comes from "
             "the sheet. The unit is ONLY in the title row 2 ('... тыс. руб.)'); money headers carry no unit; values "
             "are thousand roubles and are given here in RUB million. Header row 4, one spacer row before the last "
             "project of each sheet, a note line under each table, and a text-only sheet 'Справочно' (not data). On "
             "sheet 'Ядерные технологии' the second data row is hidden; on sheet 'Фарма' column K (jobs) is hidden: "
             "both are data. Not imported: № п/п, 'Освоено с начала реализации' (spent to date), 'ИНН резидента' "
             "(tax number, text of digits). Places are written with prefixes and inside the district (e.g. 'Томский "
             "район, пос. Заречный' = Томский район).")
    exp = base_expected(F2, F2_FIELDS, order, columns, ignored, written, [], notes, sheets=sheets_info,
                        unit_source="title row 2 of each sheet: тыс. руб.")
    write_json(F2.rsplit(".", 1)[0] + ".expected.json", exp)
    return exp


# ---------------------------------------------------------------------------------------------
# file 3: English tracker (venture fund)
# ---------------------------------------------------------------------------------------------
F3 = "ino33_venture_tracker.xlsx"
F3_FIELDS = ["code", "name", "cluster", "status", "start_date", "end_date", "total_cost_mln",
             "federal_budget_mln", "extra_budgetary_mln", "jobs_planned", "lead_organization"]


def make_f3():
    wb = new_wb("INO Tomsk portfolio tracker", "Tomsk Regional Venture Fund")
    ws = wb.active
    ws.title = "Portfolio"
    cols = [
        ("#", None, None, "row number"),
        ("INO ref.", "code", None, None),
        ("Project", "name", None, None),
        ("Sector", "cluster", None, None),
        ("Stage", "status", None, None),
        ("Start date", "start_date", None, None),
        ("Expected completion", "end_date", None, None),
        ("Total project cost,\nRUB m", "total_cost_mln", "mln", None),
        ("Federal grants,\nRUB '000", "federal_budget_mln", "thou", None),
        ("Private (extra-budgetary) funding,\nRUB bn", "extra_budgetary_mln", "bn", None),
        ("Jobs to be created (plan)", "jobs_planned", None, None),
        ("Portfolio company", "lead_organization", None, None),
        ("Fund's investment, RUB m", None, None, "the fund's own ticket, not a canonical field"),
        ("% complete", None, None, "percent complete"),
        ("Spent to date, RUB m", None, None, "spent to date"),
        ("Fund contact", None, None, "contact person"),
        ("Last updated", None, None, "date of data entry"),
    ]
    put(ws, 1, 1, "Tomsk Regional Venture Fund — INO Tomsk portfolio tracker")
    put(ws, 2, 1, "As of 30 September 2024. Amounts as stated in each column header.")
    HR = 4
    for cc, c in enumerate(cols, 1):
        put(ws, HR, cc, c[0]).alignment = Alignment(wrap_text=True)
    rows = list(S3)
    rows.insert(9, "INO-3350")  # rejected row: end date before start date
    written, rejected = {}, []
    contacts = ["A. Volkova", "D. Kim", "S. Orlov"]
    r = HR + 1
    for i, code in enumerate(rows, 1):
        row = []
        if code == "INO-3350":
            row = [i, code, "Мобильная лаборатория анализа почв", "Nuclear technologies", "Planned",
                   date(2026, 5, 1), date(2025, 12, 31), 84.5, 20000, 0.0645, 18, "ООО «АгроСкан»",
                   12.0, 0, 0.0, "D. Kim", datetime(2024, 9, 27, 0, 0)]
            rejected.append({"sheet": "Portfolio", "row": r, "reason": "end date before start date",
                             "column": "G", "code": code})
        else:
            p = P[code]
            for h, f, unit, ign in cols:
                if f is None:
                    if h == "#":
                        v = i
                    elif h.startswith("Fund's"):
                        v = float((p["total_cost_mln"] * D("0.15")).quantize(D("0.1")))
                    elif h.startswith("%"):
                        v = {"completed": 1.0, "planned": 0.0}.get(p["status"], 0.45)
                    elif h.startswith("Spent"):
                        v = float((p["total_cost_mln"] * D("0.3")).quantize(D("0.1")))
                    elif h.startswith("Fund contact"):
                        v = contacts[i % 3]
                    else:
                        v = datetime(2024, 9, 20 + i % 10)
                    row.append(v)
                    continue
                if f in MONEY:
                    v = money_cell(p[f], unit)
                else:
                    v = wval(code, f, p[f])
                row.append(v)
                e = written_as_entry(code, f, v)
                if e:
                    written.setdefault(code, []).append(e)
        for cc, v in enumerate(row, 1):
            cell = put(ws, r, cc, v, "YYYY-MM-DD" if isinstance(v, (date, datetime)) else None)
            if cols[cc - 1][0] == "% complete":
                cell.number_format = "0%"
        r += 1
    ws2 = wb.create_sheet("Notes")
    put(ws2, 1, 1, "Stage: as reported by the portfolio company.")
    put(ws2, 2, 1, "Expected completion: date, quarter or year as reported.")
    put(ws2, 3, 1, "Units differ by column: RUB m, RUB '000 (thousand) and RUB bn.")
    path = os.path.join(OUT, F3)
    wb.save(path)
    fix_zip(path, "")
    columns = [[" ".join(c[0].split()), c[1]] for c in cols if c[1]]
    ignored = [[" ".join(c[0].split()), c[3]] for c in cols if not c[1]]
    notes = ("Sender: Tomsk Regional Venture Fund (English-tracker shape). Sheet 'Portfolio': title rows 1-2, "
             "header row 4, data rows 5-19; sheet 'Notes' is text. Units differ per column: total in RUB m, federal "
             "grants in RUB '000 (thousand), private (extra-budgetary) funding in RUB bn; all given here in RUB "
             "million. Sectors are English free text ('Timber & forestry', 'Pharma & biotech', 'MedTech & IT', "
             "'Hard-to-recover oil reserves', ...); '' and 'n/a' mean no cluster. Stages are English with remarks in "
             "parentheses and odd case/trailing spaces. Completion: real dates, 'dd.mm.yyyy' text, quarters "
             "('Q3 2025', 'IV кв. 2025'), bare years as text and as General-format numbers. Row 14 (INO-3350) "
             "is rejected: its completion date is before its start date. Not imported: '#', the fund's own "
             "investment, '% complete', 'Spent to date', 'Fund contact', 'Last updated'. The fund does not report "
             "regional money, so regional_budget_mln is not a field of this file.")
    exp = base_expected(F3, F3_FIELDS, S3, columns, ignored, written, rejected, notes, data_sheet="Portfolio",
                        header_row=HR)
    write_json(F3.rsplit(".", 1)[0] + ".expected.json", exp)
    return exp


# ---------------------------------------------------------------------------------------------
# file 4: update of the summary (Корпорация развития)
# ---------------------------------------------------------------------------------------------
F4 = "ino33_krto_aktualizaciya.xlsx"


def make_f4():
    wb = new_wb("Актуализация ИНО Томск", "АО «Корпорация развития Томской области»")
    ws = wb.active
    ws.title = "Актуализация III кв."
    cols = [
        ("Код проекта", "code", None, None),
        ("Наименование проекта (как в своде)", "name", None, None),
        ("Кластер", "cluster", None, None),
        ("Место реализации", "location", None, None),
        ("Статус на отчётную дату", "status", None, None),
        ("Общая стоимость проекта, млн руб.", "total_cost_mln", "mln", None),
        ("Стоимость по предыдущему отчёту, млн руб.", None, None, "previous-report value"),
        ("Средства ФБ, млн руб.", "federal_budget_mln", "mln", None),
        ("Средства ОБ, млн руб.", "regional_budget_mln", "mln", None),
        ("Средства ВБИ, млн руб.", "extra_budgetary_mln", "mln", None),
        ("ВБИ подтверждённые, тыс. руб.", "extra_budgetary_confirmed_mln", "thou", None),
        ("Раб. места (план), ед.", "jobs_planned", None, None),
        ("Раб. места (создано), ед.", "jobs_created", None, None),
        ("Проблемные вопросы", "problems", None, None),
        ("Дата внесения сведений", None, None, "date of data entry"),
    ]
    put(ws, 1, 1, "АО «Корпорация развития Томской области»")
    put(ws, 2, 1, "Актуализация сведений о проектах ИНО «Томск» за III квартал 2024 г.")
    HR = 4
    for cc, c in enumerate(cols, 1):
        put(ws, HR, cc, c[0])
    # state before / after
    before = {c: dict(P[c]) for c in S1}
    state = {c: dict(v) for c, v in before.items()}
    written, matched, changed, new_codes = {}, [], [], []
    r = HR + 1
    for code_in_file, name_in_file, code, changes, wr in UPD:
        if code in state:
            old = state[code]
        else:
            old = None
        cur = dict(P[code]) if old is None else dict(old)
        cur.update(changes)
        if "extra_budgetary_mln" in changes:  # the total follows its parts (МБ is part of the total)
            cur["total_cost_mln"] = (cur["federal_budget_mln"] + cur["regional_budget_mln"] + MB[code]
                                     + cur["extra_budgetary_mln"])
        row = []
        for h, f, unit, ign in cols:
            if f is None:
                if h.startswith("Стоимость по предыдущему"):
                    v = float(before[code]["total_cost_mln"]) if code in before else None
                else:
                    v = datetime(2024, 10, 7 + (r % 3))
                row.append(v)
                continue
            if f == "code":
                v = code_in_file or None
            elif f == "name":
                v = name_in_file if name_in_file else cur["name"]
            elif f in MONEY:
                v = money_cell(cur[f], unit)
            elif f == "cluster":
                v = wr.get("cluster", {None: "—"}.get(cur["cluster"], None))
                if v is None:
                    v = {"petrochemical": "Нефтехимический кластер", "nuclear": "Кластер ядерных технологий",
                         "timber": "Лесопромышленный кластер", "pharma": "Фармацевтический кластер",
                         "medtech_it": "Кластер медицинской техники и информационных технологий",
                         "wildlife": "Кластер дикоросов",
                         "hard_to_recover": "Кластер трудноизвлекаемых запасов"}[cur["cluster"]]
            elif f == "status":
                v = wr.get("status", {"planned": "планируется", "in_progress": "реализуется",
                                      "completed": "завершен", "suspended": "приостановлен"}[cur["status"]])
            else:
                v = wr.get(f, cur[f])
            row.append(v)
        for cc, v in enumerate(row, 1):
            put(ws, r, cc, v)
            f = cols[cc - 1][1]
            if f and f != "code":
                can = jv(cur[f]) if (f != "name" or old is None) else old["name"]
                if f != "name" and old is not None:
                    can = jv(cur[f])
                w = v
                if not (w == can or (isinstance(w, (int, float)) and isinstance(can, (int, float))
                                     and abs(w - can) < 1e-9)):
                    written.setdefault(code, []).append([f, can, w])
        if old is None:
            new_codes.append(code)
            state[code] = cur
        else:
            if any(jv(cur[f]) != jv(old[f]) for f in UPD_FIELDS if f not in ("code", "name")):
                changed.append(code)
            cur["name"] = old["name"]
            state[code] = cur
        if not code_in_file:
            matched.append({"code": code, "name_in_file": name_in_file, "difference": UPD_MATCH_NOTE[code],
                            "row": r})
        r += 1
    last = r - 1
    put(ws, r + 1, 1, "Сведения представлены по проектам, по которым в III квартале произошли изменения.")
    path = os.path.join(OUT, F4)
    wb.save(path)
    fix_zip(path, "")
    # the canonical final state must agree with P for new projects
    codes = list(S1) + new_codes
    recs = [{f: jv(state[c][f]) for f in ALL_FIELDS} for c in codes]
    columns = [[c[0], c[1]] for c in cols if c[1]]
    ignored = [[c[0], c[3]] for c in cols if not c[1]]
    notes = ("Sender: АО «Корпорация развития Томской области» (update shape). Import ino33_dnhvo_svod.xlsx first, "
             "then this file; 'records' is the resulting state of all projects. Title rows 1-2, header row 4, data "
             f"rows 5-{last}, a note line below. 7 rows carry a known code (5 change status, jobs, costs or problems; "
             "INO-3310 and INO-3319 are re-sent unchanged); 3 rows have an empty code and are matched by name "
             "(upper case; \"\" instead of «»; doubled and trailing spaces) and keep their stored names; 2 rows "
             "carry new codes (INO-3368, INO-3369) whose fields absent from this file (work area, dates, lead "
             "organisation) are null. Money in RUB million except 'ВБИ подтверждённые, тыс. руб.' (thousand "
             "roubles, per-column unit). Not imported: 'Стоимость по предыдущему отчёту' (previous-report value) "
             "and 'Дата внесения сведений' (date of data entry). Fields not carried keep their values. Every "
             "carried field of a matched row is filled (no empty cell where the stored value is not null), so no "
             "empty-cell semantics are tested.")
    exp = {"file": F4, "refused": False, "fields": ALL_FIELDS, "record_count": len(recs), "records": recs,
           "rejected": [], "base_file": F1, "header_row": HR, "data_rows": [HR + 1, last],
           "changed_codes": sorted(changed), "new_codes": new_codes, "matched_by_name": matched,
           "columns": columns, "ignored_columns": ignored, "written_as": written, "notes": notes}
    write_json(F4.rsplit(".", 1)[0] + ".expected.json", exp)
    return exp


# ---------------------------------------------------------------------------------------------
# file 5: cp1251 CSV export (district committee)
# ---------------------------------------------------------------------------------------------
F5 = "ino33_tomrayon_export.csv"


def make_f5():
    cols = [
        ("№ п/п", None, "row number"),
        ("Код ИНО", "code", None),
        ("Наименование проекта (мероприятия)", "name", None),
        ("Отраслевой кластер", "cluster", None),
        ("Направление программы", "work_area", None),
        ("Населённый пункт / МО", "location", None),
        ("Текущий статус", "status", None),
        ("Дата начала (дд.мм.гггг)", "start_date", None),
        ("Срок окончания", "end_date", None),
        ("Общая стоимость, млн руб.", "total_cost_mln", None),
        ("в т.ч. ФБ, млн руб.", "federal_budget_mln", None),
        ("ОБ, млн руб.", "regional_budget_mln", None),
        ("МБ, млн руб.", None, "municipal budget"),
        ("ВБИ, млн руб.", "extra_budgetary_mln", None),
        ("ВБИ подтверждено, млн руб.", "extra_budgetary_confirmed_mln", None),
        ("Финансирование в 2024 г., млн руб.", None, "one year's slice"),
        ("Рабочие места: план", "jobs_planned", None),
        ("Рабочие места: факт", "jobs_created", None),
        ("Инициатор проекта", "lead_organization", None),
        ("Проблемные вопросы, требующие решения", "problems", None),
        ("Примечание", None, "remark, not a problem"),
    ]
    remarks = {"INO-3351": "Проект включён в перечень приоритетных", "INO-3357": "Ответственный — зам. главы района",
               "INO-3361": "Данные инициатора от 20.09.2024", "INO-3365": "Площадка за пределами района"}
    lines = [[c[0] for c in cols]]
    written, rejected = {}, []
    order = list(S5)
    order.insert(7, "INO-3367")
    thousand_sep = {"INO-3351", "INO-3356", "INO-3361", "INO-3365"}
    for i, code in enumerate(order, 1):
        line_no = i + 1
        if code == "INO-3367":
            lines.append([str(i), code, "Строительство картофелехранилища в с. Межениновка", "—",
                          "Передовая промышленность", "Томский район, с. Межениновка", "планируется",
                          "01.04.2025", "IV кв. 2026", "ориентировочно 150", "0,0", "15,0", "0,0", "135,0", "",
                          "", "25", "0", "ООО «Агро-Межениновка»", "", ""])
            rejected.append({"sheet": None, "row": line_no, "reason": "not a number: 'ориентировочно 150'",
                             "column": "J", "code": code})
            continue
        p = P[code]
        row = []
        for h, f, ign in cols:
            if f is None:
                if h.startswith("№"):
                    v = str(i)
                elif h.startswith("МБ"):
                    v = ru_num(MB[code], nbsp=False)
                elif h.startswith("Финансирование"):
                    v = ru_num((p["total_cost_mln"] * D("0.2")).quantize(D("0.1")), nbsp=False)
                else:
                    v = remarks.get(code, "")
                row.append(v)
                continue
            val = p[f]
            if f in MONEY:
                if val is None:
                    v = ""
                else:
                    v = ru_num(val, nbsp=False) if code in thousand_sep else f"{val:.1f}".replace(".", ",")
            elif f in ("start_date", "end_date"):
                w = wval(code, f, val)
                v = w.strftime("%d.%m.%Y") if isinstance(w, date) else str(w)
            elif f in ("jobs_planned", "jobs_created"):
                v = str(val)
            else:
                w = wval(code, f, val)
                v = "" if w is None else w
            row.append(v)
            e = written_as_entry(code, f, v)
            if e:
                written.setdefault(code, []).append(e)
        lines.append(row)
    buf = io.StringIO()
    wr = csv.writer(buf, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    for ln in lines:
        wr.writerow(ln)
    with open(os.path.join(OUT, F5), "wb") as f:
        f.write(buf.getvalue().encode("cp1251"))
    columns = [[c[0], c[1]] for c in cols if c[1]]
    ignored = [[c[0], c[2]] for c in cols if not c[1]]
    notes = ("Sender: комитет по экономическому развитию администрации Томского района (CSV export). Windows-1251, "
             "no BOM, CRLF, ';' separator, fields with ';' or '\"' quoted with doubled inner quotes. Line 1 is the "
             "header; one project per line. Numbers: decimal comma; four projects use a plain space as thousands "
             "separator ('3 240,0'). Start dates dd.mm.yyyy; end dates dd.mm.yyyy, quarters ('IV кв. 2025') or bare "
             "years ('2028'). Places are villages inside the district ('с. Турунтаево, Томский район', "
             "'Томский р-н, пос. Мирный') = Томский район, or towns with 'г.' prefix. Line 9 (INO-3367) is "
             "rejected: 'ориентировочно 150' in the total-cost column. Empty confirmed-ВБИ cells are unknown (null). "
             "Not imported: № п/п, МБ (municipal budget), 'Финансирование в 2024 г.' (one year's slice), "
             "'Примечание' (a remark, not a problem).")
    exp = base_expected(F5, ALL_FIELDS, S5, columns, ignored, written, rejected, notes, encoding="cp1251",
                        delimiter=";", header_line=1)
    write_json(F5.rsplit(".", 1)[0] + ".expected.json", exp)
    return exp


# ---------------------------------------------------------------------------------------------
# file 6: bad-rows register (federal ministry's regional representative)
# ---------------------------------------------------------------------------------------------
F6 = "ino33_reestr_oshibki.xlsx"
F6_FIELDS = ["code", "name", "cluster", "location", "status", "start_date", "end_date", "total_cost_mln",
             "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln", "jobs_planned", "problems"]


def make_f6():
    wb = new_wb("Реестр проектов", "Представительство Минпромторга России в Томской области")
    ws = wb.active
    ws.title = "Реестр"
    cols = [
        ("Код", "code", None),
        ("Наименование проекта", "name", None),
        ("Кластер", "cluster", None),
        ("Муниципальное образование (МО, ГО)", "location", None),
        ("Статус", "status", None),
        ("Начало реализации", "start_date", None),
        ("Окончание реализации", "end_date", None),
        ("Стоимость, млрд руб.", "total_cost_mln", None),
        ("ФБ, млрд руб.", "federal_budget_mln", None),
        ("ОБ, млрд руб.", "regional_budget_mln", None),
        ("ВБИ, млрд руб.", "extra_budgetary_mln", None),
        ("Рабочие места (план), чел.", "jobs_planned", None),
        ("Проблемы реализации", "problems", None),
        ("Дата внесения записи", None, "date of data entry"),
    ]
    for cc, c in enumerate(cols, 1):
        put(ws, 1, cc, c[0])
    long_name = ("Создание производственно-логистического комплекса по выпуску композитных материалов "
                 "с объектами инженерной, транспортной и социальной инфраструктуры, ")
    long_name = (long_name * 4).strip()
    assert 520 < len(long_name) < 700, len(long_name)
    BAD = {  # code -> (row cells except the ignored date, reason, column)
        "INO-3378": (["INO-3378", "Выпуск электротехнических изделий", "Кластер ядерных технологий", "г. Северск",
                      "реализуется", date(2021, 2, 1), date(2025, 12, 31), 0.5124, -0.0125, 0.0, 0.5249, 80, None],
                     "negative amount", "I"),
        "INO-3379": (["INO-3379", "Производство лакокрасочных материалов", "Нефтехимический кластер", "г. Томск",
                      "Планируется", date(2026, 3, 1), date(2024, 12, 31), 0.31, 0.0, 0.02, 0.29, 45, None],
                     "end date before start date", "G"),
        "INO-3380": (["INO-3380", "Сборка малых космических аппаратов", "Аэрокосмический кластер", "г. Томск",
                      "реализуется", date(2022, 4, 1), date(2027, 12, 31), 1.84, 0.9, 0.1, 0.84, 150, None],
                     "unknown cluster 'Аэрокосмический кластер'", "C"),
        "INO-3381a": (["INO-3381", "Производство пищевых добавок из пихты", "Кластер дикоросов", "г. Колпашево",
                       "планируется", date(2025, 6, 1), date(2027, 6, 30), 0.144, 0.0, 0.01, 0.134, 30, None],
                      "duplicate code INO-3381 (rows 7 and 13 differ)", "A"),
        "INO-3382": (["INO-3382", "Производство древесно-полимерного композита", "Лесопромышленный кластер",
                      "г. Асино", "реализуется", date(2022, 1, 10), date(2026, 12, 31), "уточняется", 0.0, 0.05,
                      0.6, 90, None], "not a number: 'уточняется'", "H"),
        "INO-3381b": (["INO-3381", "Производство пищевых добавок из пихты", "Кластер дикоросов", "г. Колпашево",
                       "реализуется", date(2024, 6, 1), date(2027, 6, 30), 0.166, 0.0, 0.01, 0.156, 35, None],
                      "duplicate code INO-3381 (rows 7 and 13 differ)", "A"),
        "INO-3383": (["INO-3383", long_name, "Нефтехимический кластер", "Томский район", "планируется",
                      date(2025, 2, 1), date(2028, 12, 31), 3.2, 0.5, 0.1, 2.6, 400, None],
                     f"name too long ({len(long_name)} characters, limit 500)", "B"),
    }
    order = ["INO-3370", "INO-3371", "INO-3378", "INO-3372", "INO-3379", "INO-3381a", "INO-3373", "BLANK",
             "INO-3380", "INO-3374", "INO-3382", "INO-3381b", "INO-3375", "INO-3376", "INO-3383", "INO-3377"]
    written, rejected, skipped = {}, [], {}
    r = 2
    rowmap = {}
    for code in order:
        rowmap[code] = r
        r += 1
    for code in order:
        r = rowmap[code]
        if code == "BLANK":
            for cc in range(1, len(cols) + 1):
                put(ws, r, cc, None)
            put(ws, r, 2, "  ")
            ws.cell(row=r, column=8).number_format = "0.0000"
            skipped[str(r)] = "blank row (one cell holds spaces)"
            continue
        if code in BAD:
            cells, reason, col = BAD[code]
            cells = cells + [datetime(2024, 9, 2)]
            for cc, v in enumerate(cells, 1):
                put(ws, r, cc, v)
            if code.startswith("INO-3381"):
                reason = f"duplicate code INO-3381 (rows {rowmap['INO-3381a']} and {rowmap['INO-3381b']} differ)"
            rejected.append({"sheet": "Реестр", "row": r, "reason": reason, "column": col, "code": cells[0]})
            continue
        p = P[code]
        for cc, (h, f, ign) in enumerate(cols, 1):
            if f is None:
                v = datetime(2024, 9, 2 + cc % 5)
            elif f in MONEY:
                v = money_cell(p[f], "bn")
            else:
                v = wval(code, f, p[f])
            put(ws, r, cc, v)
            if f:
                e = written_as_entry(code, f, v)
                if e:
                    written.setdefault(code, []).append(e)
    path = os.path.join(OUT, F6)
    wb.save(path)
    fix_zip(path, "")
    columns = [[c[0], c[1]] for c in cols if c[1]]
    ignored = [[c[0], c[2]] for c in cols if not c[1]]
    notes = ("Sender: представительство Минпромторга России в Томской области (bad-rows register shape). Sheet "
             "'Реестр', header row 1, data rows 2-17. Money in RUB billion (млрд руб. in every money header), given "
             "here in RUB million. 8 valid rows are imported; 7 rows are rejected: a negative federal amount (row 4), "
             "an end date before the start date (row 6), an unknown cluster 'Аэрокосмический кластер' (row 10), "
             "code INO-3381 on rows 7 and 13 with different data (both rejected), text 'уточняется' in the cost "
             "column (row 12), a name of more than 500 characters (row 16). Row 9 is blank (one cell holds spaces): "
             "skipped silently. Row 15's problems text starts with '=HYPERLINK(' but is a plain string and is "
             "imported as that text. 'Дата внесения записи' (date of data entry) is not imported. Lead organisation "
             "is not a field of this file.")
    exp = base_expected(F6, F6_FIELDS, S6, columns, ignored, written, rejected, notes, header_row=1,
                        skipped_rows=skipped, name_length_limit=500)
    rejected.sort(key=lambda x: x["row"])
    write_json(F6.rsplit(".", 1)[0] + ".expected.json", exp)
    return exp


def main():
    exps = [make_f1(), make_f2(), make_f3(), make_f4(), make_f5(), make_f6()]
    # sanity: money parts add up, end >= start
    for c, p in P.items():
        if p["start_date"] and p["end_date"]:
            assert p["end_date"] >= p["start_date"], c
        for f in MONEY:
            if p[f] is not None:
                assert p[f] >= 0, (c, f)
    used = sorted({r["code"] for e in exps for r in e["records"]} | {j["code"] for e in exps for j in e["rejected"]})
    assert all(re.fullmatch(r"INO-33\d\d", c) and "INO-3301" <= c <= "INO-3399" for c in used)
    print("wrote", len(exps), "files;", len(used), "codes")


if __name__ == "__main__":
    main()
