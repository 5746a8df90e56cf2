#!/usr/bin/env python3
"""Generate the agency35 evaluation set: six agency files and their expected import results.

Every project is defined once below with canonical values (money as Decimal RUB million with
one decimal, dates as date, vocabulary as the export keys). Each project sits in one sender's
file; `w` holds how that sender wrote a field where it differs from the sender's default.
The update file re-sends projects of the summary file; its rows say what changed.

Running the script twice gives byte-identical files (fixed zip entry times and docProps dates).
Usage: python make_agency35.py   (writes next to this script)
"""
import csv
import io
import json
import os
import re
import zipfile
from datetime import date, datetime
from decimal import Decimal as D
from types import SimpleNamespace

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
          "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
          "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created", "lead_organization",
          "problems"]
MONEY = {"total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
         "extra_budgetary_confirmed_mln"}
DATES = {"start_date", "end_date"}
JOBS = {"jobs_planned", "jobs_created"}
ZIP_TIME = (2019, 10, 14, 9, 30, 0)
PROPS_TIME = "2019-10-14T09:30:00Z"


# --------------------------------------------------------------------------- sentinels
class Txt:
    """Write a number as Russian text: thousands separator `sep`, `dec` decimals, comma."""

    def __init__(self, sep, dec):
        self.sep, self.dec = sep, dec


NB = Txt("\u00a0", 1)   # '2 450 000,0' with non-breaking spaces
SP = Txt(" ", 1)        # '2 450 000,0' with plain spaces
SP0 = Txt(" ", 0)       # '2 450 000'
NO0 = Txt("", 1)        # '2450000,0'
DMY = "<dd.mm.yyyy>"     # date as text dd.mm.yyyy
DMYG = "<dd.mm.yyyy г.>"  # date as text dd.mm.yyyy г.


def ru_number(value, t):
    q = D(1).scaleb(-t.dec) if t.dec else D(1)
    v = value.quantize(q)
    s = f"{v:.{t.dec}f}"
    whole, _, frac = s.partition(".")
    neg = whole.startswith("-")
    whole = whole.lstrip("-")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = t.sep.join(groups)
    if frac:
        out += "," + frac
    out = ("-" if neg else "") + out
    # the README leaves 'x,ddd' ambiguous: never write it
    assert not re.search(r",\d{3}$", out), out
    return out


# --------------------------------------------------------------------------- projects
class P:
    def __init__(self, code, n, cl, wa, loc, st, s, e, fed, reg, ext, conf, jp, jc, org, prob, **w):
        fed, reg, ext = D(str(fed)), D(str(reg)), D(str(ext))
        self.v = {
            "code": code, "name": n, "cluster": cl, "work_area": wa, "location": loc,
            "status": st,
            "start_date": date.fromisoformat(s) if s else None,
            "end_date": date.fromisoformat(e) if e else None,
            "total_cost_mln": fed + reg + ext, "federal_budget_mln": fed,
            "regional_budget_mln": reg, "extra_budgetary_mln": ext,
            "extra_budgetary_confirmed_mln": D(str(conf)) if conf is not None else None,
            "jobs_planned": jp, "jobs_created": jc, "lead_organization": org, "problems": prob,
        }
        self.w = w
        for k in w:
            assert k in FIELDS, k

    @property
    def code(self):
        return self.v["code"]


# ---- 1. Департамент инвестиций: форма 2-ИНО (summary), reporting date 01.10.2019, тыс. руб.
SUMMARY = [
    P("INO-3501", "Создание производства полимерных труб большого диаметра", "petrochemical",
      "industry", "Томск", "in_progress", "2017-03-15", "2021-12-31", 0, 120.0, 2330.0, 1980.5,
      210, 85, "ООО «Томскнефтехим»", "Задержка поставки импортного экструзионного оборудования",
      cluster="Нефтехимический кластер", location="г. Томск", status="реализуется",
      end_date="IV кв. 2021", total_cost_mln=NB),
    P("INO-3502", "Модернизация производства изотопов медицинского назначения", "nuclear",
      "science_education", "Северск", "in_progress", "2016-09-01", "2020-06-30", 412.6, 38.0,
      296.3, 296.3, 140, 96, "АО «Сибирский химический комбинат»", None,
      cluster="Кластер ядерных технологий", location="ЗАТО Северск",
      status="в стадии реализации", start_date=DMY, end_date="I полугодие 2020 г.",
      federal_budget_mln=SP),
    P("INO-3503", "Строительство завода по производству древесных топливных гранул", "timber",
      "industry", "Асино", "completed", "2014-05-20", "2017-11-30", 0, 0, 684.2, 684.2, 120, 120,
      "ООО «Асиновский лесопромышленный парк»", None,
      cluster="лесопромышленный кластер", location="г. Асино", status="Завершён",
      start_date="20 мая 2014 г.", extra_budgetary_mln=NB, extra_budgetary_confirmed_mln=NB),
    P("INO-3504", "Организация производства инфузионных растворов в полимерной упаковке", "pharma",
      "industry", "Томск", "planned", "2020-03-01", "2023-12-31", 250.0, 45.0, 905.5, 300.0,
      180, 0, "АО «Фармстандарт-Томскхимфарм»",
      "Не определён источник федерального софинансирования",
      cluster="Фармацевтический кластер", location="г. Томск",
      status="планируется к реализации", start_date=DMY, end_date="«31» декабря 2023 г."),
    P("INO-3505", "Центр коллективного пользования «Биомедицинские технологии»", "medtech_it",
      "science_education", "Томск", "in_progress", "2018-02-12", "2021-09-30", 96.4, 12.0, 18.3,
      10.1, 45, 20, "ФГБОУ ВО СибГМУ Минздрава России", None,
      cluster="Кластер медицинской техники и ИТ", location="Томск", status="Реализуется",
      end_date="III квартал 2021 г.", total_cost_mln=SP),
    P("INO-3506", "Переработка кедрового ореха и производство масла холодного отжима", "wildlife",
      "innovation_business", "Колпашево", "suspended", "2015-06-01", "2019-12-31", 0, 8.5, 61.0,
      25.0, 60, 18, "ООО «Сибирский кедр»",
      "Инвестор приостановил финансирование до решения вопроса с сырьевой базой",
      cluster="Кластер дикоросов", work_area="Технологические инновации и новые бизнесы",
      location="г. Колпашево", status="приостановлен", end_date=DMYG),
    P("INO-3507", "Опытно-промышленная разработка баженовской свиты на Западно-Оленьем участке",
      "hard_to_recover", "industry", "Стрежевой", "in_progress", "2016-04-01", "2022-12-31", 0, 0,
      3875.4, 3875.4, 95, 60, "ОАО «Томскнефть» ВНК", None,
      cluster="ТрИЗ", location="г. Стрежевой", status="реализуется", end_date="IV кв. 2022",
      total_cost_mln=SP, extra_budgetary_mln=NB),
    P("INO-3508", "Создание бизнес-инкубатора в сфере креативных индустрий", None,
      "business_environment", "Томск", "completed", "2013-09-01", "2016-08-31", 34.0, 21.5, 4.5,
      4.5, 75, 75, "Фонд развития малого и среднего предпринимательства Томской области", None,
      cluster="—", location="Томск", status="завершен (объект введен в эксплуатацию)",
      start_date=DMY, end_date=DMY),
    P("INO-3509", "Внедрение интеллектуальной системы управления уличным освещением", None,
      "smart_city", "Северск", "planned", "2020-01-15", "2021-12-31", 0, 52.0, 138.7, 0.0, 12, 0,
      "Администрация ЗАТО Северск", None,
      cluster="", location="ЗАТО Северск", status="планируется",
      end_date="II полугодие 2021 г.", extra_budgetary_confirmed_mln=NB),
    P("INO-3510", "Расширение производства кабельной продукции с изоляцией из сшитого полиэтилена",
      "petrochemical", "industry", "Томск", "completed", "2012-07-02", "2015-03-31", 0, 15.0,
      1120.4, 1120.4, 150, 150, "АО «Сибкабель»", None,
      cluster="нефтехимический", location="г. Томск", status="Реализован", start_date=DMY,
      end_date="I кв. 2015"),
    P("INO-3511", "Производство радиофармпрепаратов на основе технеция-99м", "nuclear",
      "innovation_business", "Северск", "planned", "2020-09-01", "2024-06-30", 780.0, 60.0, 412.3,
      150.0, 70, 0, "АО «Сибирский химический комбинат»",
      "Требуется лицензия Ростехнадзора на эксплуатацию радиационного источника",
      cluster="ядерных технологий", work_area="Технологические инновации, новые бизнесы",
      location="ЗАТО Северск", status="Планируется", start_date="1 сентября 2020 г.",
      end_date=DMY, federal_budget_mln=NB, total_cost_mln=NB),
    P("INO-3512", "Инжиниринговый центр аддитивных технологий", None, "science_education", "Томск",
      "in_progress", "2017-10-02", "2020-12-31", 145.0, 30.5, 20.0, 20.0, 35, 28,
      "ФГАОУ ВО «Национальный исследовательский Томский политехнический университет»", None,
      cluster="", location="Томск", status="в стадии реализации", end_date="IV кв. 2020",
      regional_budget_mln=SP),
    P("INO-3513", "Создание лесного питомника с закрытой корневой системой", "timber",
      "innovation_business", "Колпашево", "completed", "2015-04-15", "2018-10-31", 0, 24.3, 96.0,
      96.0, 40, 38, "ООО «Томлесдрев»", None,
      cluster="Лесопромышленный", location="Колпашево", status="завершён",
      work_area="Технологические инновации, новые бизнесы", end_date=DMY),
    P("INO-3514", "Производство диагностических тест-систем для ветеринарии", "pharma",
      "innovation_business", "Томск", "suspended", "2016-02-01", "2019-06-30", 0, 5.2, 47.8, 12.0,
      30, 6, "ООО «Сибирский центр фармакологии и биотехнологии»",
      "Расторгнут договор аренды производственной площадки",
      cluster="фармацевтический кластер", work_area="Технологические инновации, новые бизнесы",
      location="г. Томск", status="Приостановлен", end_date="II кв. 2019"),
    P("INO-3515", "Производство микроволновых модулей для систем связи 5G", "medtech_it",
      "industry", "Томск", "in_progress", "2018-06-18", "2022-06-30", 320.0, 0, 905.0, 700.0,
      260, 140, "АО «НПФ «Микран»", None,
      cluster="Кластер медицинской техники и информационных технологий", location="г. Томск",
      status="реализуется", start_date=DMY, end_date=DMY, regional_budget_mln=NB),
    P("INO-3516", "Комплекс глубокой переработки дикорастущих ягод", "wildlife", "industry", "Асино",
      "planned", "2020-05-01", "2022-09-30", 0, 18.0, 212.4, 80.0, 55, 0, "ООО «Томские ягоды»",
      None,
      cluster="Кластер дикоросов", location="г.Асино", status="Планируется к реализации",
      end_date="III кв. 2022", total_cost_mln=SP),
    P("INO-3517", "Технологический полигон для испытаний методов увеличения нефтеотдачи",
      "hard_to_recover", "science_education", "Стрежевой", "in_progress", "2017-01-20",
      "2021-03-31", 190.0, 40.0, 615.6, 420.0, 50, 31, "ООО «Газпромнефть-Восток»",
      "Не завершено оформление прав на земельный участок под полигон",
      cluster="Кластер трудноизвлекаемых запасов нефти", location="г. Стрежевой",
      status="в работе", end_date="I кв. 2021", start_date=DMY),
    P("INO-3518", "Цифровая платформа поддержки экспортёров", None, "business_environment",
      "Томск", "in_progress", "2018-11-01", "2020-12-31", 22.0, 14.6, 0.0, 0.0, 15, 12,
      "АНО «Центр поддержки экспорта Томской области»", None,
      cluster="—", work_area="деловая среда", location="г. Томск", status="реализуется",
      extra_budgetary_mln=NB, extra_budgetary_confirmed_mln=SP),
    P("INO-3519", "Строительство технопарка в Стрежевом", None, "innovation_business", "Стрежевой",
      "planned", "2020-07-01", "2023-12-31", 300.0, 150.0, 480.0, 0.0, 120, 0,
      "Администрация городского округа Стрежевой", "Не утверждена проектно-сметная документация",
      cluster="", work_area="Технологические инновации и новые бизнесы",
      location="городской округ Стрежевой", status="планируется", end_date="IV кв. 2023",
      start_date=DMYG),
    P("INO-3520", "Создание центра обработки данных «Сибирь»", "medtech_it", "smart_city", "Северск",
      "completed", "2014-03-03", "2017-12-31", 0, 70.0, 540.8, 540.8, 65, 65, "ООО «Элекард»", None,
      cluster="медтехника и ИТ", location="г. Северск", status="Проект завершён",
      work_area="Умный город", end_date=DMY),
    P("INO-3521", "Программа подготовки инженерных кадров для нефтехимии", "petrochemical",
      "science_education", "Томск", "in_progress", "2018-09-01", "2021-08-31", 40.0, 25.0, 15.0,
      15.0, 0, 0, "Томский государственный университет", None,
      cluster="Нефтехимический кластер", location="Томск", status="Реализуется",
      start_date=DMYG, end_date="31 августа 2021 г."),
]

# ---- 2. АНО «Центр кластерного развития»: one sheet per cluster, млрд руб. (parent header)
CLUSTER_SHEETS = [  # (sheet name, cluster key, full name in A1, projects)
    ("Нефтехимия", "petrochemical", "Нефтехимический кластер Томской области", [
        P("INO-3522", "Производство полиэтиленовой плёнки для агропромышленного комплекса",
          "petrochemical", None, "Томск", "in_progress", "2017-05-10", "2020-12-31", 0, 10.0,
          340.5, None, 60, 41, "ООО «Томскнефтехим»", None,
          status="реализуется", end_date="IV кв.2020", start_date=DMY),
        P("INO-3523", "Выпуск композитной арматуры", "petrochemical", None, "Северск", "completed",
          "2014-02-17", "2016-05-30", 0, 0, 128.0, None, 45, 45, "ООО «Композит-Сибирь»", None,
          status="заверш.", location="г.Северск"),
        P("INO-3524", "Производство технических масел из попутного нефтяного газа",
          "petrochemical", None, "Стрежевой", "planned", "2020-04-01", "2022-12-31", 0, 50.0,
          1850.0, None, 130, 0, "ООО «СибНефтеХимТех»", None,
          status="план.", end_date="4 кв. 2022", total_cost_mln=Txt("", 1)),
    ]),
    ("Ядерные технологии", "nuclear", "Кластер ядерных технологий", [
        P("INO-3525", "Производство изотопа кремния-28 высокой чистоты", "nuclear", None, "Северск",
          "in_progress", "2016-11-01", "2020-10-31", 200.0, 0, 480.0, None, 40, 22,
          "АО «Сибирский химический комбинат»", None,
          status="в реал.", start_date=DMY, end_date=DMY),
        P("INO-3526", "Сервисный центр ремонта дозиметрического оборудования", "nuclear", None,
          "Томск", "completed", "2013-03-01", "2014-12-31", 0, 3.5, 21.0, None, 18, 18,
          "ООО «Дозиметрия»", None, status="Завершено", end_date="IV кв. 2014",
          location="г.Томск"),
    ]),
    ("ЛПК", "timber", "Лесопромышленный кластер", [
        P("INO-3527", "Лесопильный комплекс с сушильными камерами", "timber", None, "Асино",
          "in_progress", "2018-03-05", "2020-12-31", 0, 0, 512.0, None, 85, 60,
          "ООО «Асиновский лесопромышленный парк»", None,
          status="Реализуется ", end_date="2 п/г 2020", location="г. Асино"),
        P("INO-3528", "Производство топливных брикетов из опила", "timber", None, "Колпашево",
          "suspended", "2016-06-01", "2018-12-31", 0, 2.1, 35.4, None, 20, 7, "ООО «Кетский лес»",
          None, status="приост.", start_date=DMY, end_date=DMY),
    ]),
    ("Фарма", "pharma", "Фармацевтический кластер", [
        P("INO-3529", "Производство стерильных глазных капель", "pharma", None, "Томск", "planned",
          "2020-02-01", "2021-12-31", 0, 15.0, 160.0, None, 35, 0, "ООО «Артлайф»", None,
          status="ПЛАНИРУЕТСЯ", end_date=DMY),
        P("INO-3530", "Расширение производства фитопрепаратов", "pharma", None, "Томск",
          "in_progress", "2017-09-15", "2020-06-30", 25.0, 10.0, 245.3, None, 55, 40,
          "ООО «Артлайф»", None, status="в работе", end_date=DMY, start_date=DMY),
    ]),
    ("Медтехника и ИТ", "medtech_it",
     "Кластер медицинской техники и информационных технологий", [
        P("INO-3531", "Производство носимых кардиомониторов", "medtech_it", None, "Томск",
          "in_progress", "2018-01-22", "2021-03-31", 60.0, 0, 95.0, None, 70, 25,
          "ООО «Инкарт-Томск»", None, status="реализуется", end_date="I кв. 2021"),
        P("INO-3532", "Разработка платформы обработки медицинских изображений", "medtech_it", None,
          "Томск", "completed", "2015-09-01", "2018-08-31", 18.0, 6.0, 30.0, None, 30, 34, "ТУСУР",
          None, status="завершён", start_date=DMY),
    ]),
    ("Дикоросы", "wildlife", "Кластер дикоросов", [
        P("INO-3533", "Заготовительно-перерабатывающий пункт грибов и ягод", "wildlife", None,
          "Колпашево", "in_progress", "2018-07-01", "2020-09-30", 0, 4.0, 42.0, None, 25, 18,
          "ООО «Сибирская тайга»", None, status="в реал.", end_date="III кв. 2020",
          location="г. Колпашево"),
        P("INO-3534", "Производство чаги и иван-чая в фасованном виде", "wildlife", None, "Асино",
          "planned", "2020-06-01", "2021-05-31", 0, 0, 18.5, None, 12, 0, "ООО «Таёжные дары»", None,
          status="план.", start_date=DMY, end_date=DMY),
    ]),
    ("ТрИЗ", "hard_to_recover", "Кластер трудноизвлекаемых запасов", [
        P("INO-3535", "Испытание технологии гидроразрыва в низкопроницаемых коллекторах",
          "hard_to_recover", None, "Стрежевой", "completed", "2013-06-01", "2016-12-31", 0, 0,
          2205.5, None, 35, 35, "ОАО «Томскнефть» ВНК", None,
          status="заверш.", end_date="IV кв. 2016", extra_budgetary_mln=Txt(" ", 4)),
        P("INO-3536", "Цифровой двойник месторождения высоковязкой нефти", "hard_to_recover", None,
          "Томск", "in_progress", "2018-10-01", "2021-12-31", 120.0, 30.0, 250.0, None, 25, 15,
          "ТПУ", None, status="Реализуется", end_date=DMY),
    ]),
]

# ---- 3. English-speaking co-investment fund: pipeline tracker, RUB bn / RUB '000
ENGLISH = [
    P("INO-3537", "Polypropylene film plant (BOPP line)", "petrochemical", None, "Томск",
      "in_progress", "2018-04-02", "2021-12-31", 0, 350.5, 3900.0, None, 160, 70,
      "Tomskneftekhim LLC", "Import licence for the Italian line is still pending",
      cluster="Petrochemicals", location="Tomsk", status="Ongoing", end_date="H2 2021"),
    P("INO-3538", "Zirconium alloy tubing for research reactors", "nuclear", None, "Северск",
      "planned", "2020-07-01", "2023-12-31", 1000.0, 250.0, 650.0, None, 90, 0,
      "Siberian Chemical Combine JSC", None,
      cluster="Nuclear", location="Seversk (ZATO)", status="Planned", start_date="1 Jul 2020",
      end_date="Q4 2023"),
    P("INO-3539", "Cross-laminated timber (CLT) panel mill", "timber", None, "Асино",
      "in_progress", "2017-03-15", "2020-09-30", 0, 270.0, 2480.0, None, 210, 150,
      "Asino Timber Park LLC", "Rail siding not yet connected",
      cluster="Forestry & wood processing", location="Asino", status="In progress",
      start_date="15 March 2017", end_date="Q3 2020"),
    P("INO-3540", "Generic oncology drugs production line", "pharma", None, "Томск", "planned",
      "2020-02-03", "2023-06-30", 200.0, 76.5, 600.0, None, 75, 0, "Tomskkhimfarm JSC", None,
      cluster="Pharmaceuticals", location="Tomsk", status="planned", end_date="H1 2023"),
    P("INO-3541", "Telemedicine hardware and software suite", "medtech_it", None, "Томск",
      "completed", "2015-01-10", "2017-12-31", 0, 25.0, 98.4, None, 40, 44, "Elecard LLC", None,
      cluster="Medical devices & IT", location="Tomsk", status="Completed",
      start_date="10 Jan 2015", end_date="31 Dec 2017"),
    P("INO-3542", "Freeze-dried berry and mushroom products", "wildlife", None, "Колпашево",
      "suspended", "2016-08-15", "2019-06-30", 0, 17.5, 70.0, None, 25, 9, "Siberian Taiga LLC",
      "Sponsor is looking for a new lender after the bank withdrew",
      cluster="Wild-harvest (berries, nuts, mushrooms)", location="Kolpashevo",
      status="On hold"),
    P("INO-3543", "Enhanced oil recovery pilot on Paleozoic deposits", "hard_to_recover", None,
      "Стрежевой", "in_progress", "2016-02-02", "2021-06-30", 0, 0, 6041.2, None, 120, 85,
      "Tomskneft VNK JSC", None,
      cluster="Hard-to-recover oil", location="Strezhevoy", status="Ongoing",
      start_date="2 Feb 2016", end_date="Q2 2021"),
    P("INO-3544", "Regional venture fund for deep-tech start-ups", None, None, "Томск",
      "in_progress", "2018-01-15", "2024-12-31", 0, 500.0, 500.0, None, 200, 35,
      "Tomsk Region Development Corporation", None,
      cluster="n/a", location="Tomsk", status="In progress", end_date="H2 2024"),
    P("INO-3545", "Smart-grid metering roll-out", None, None, "Северск", "completed", "2015-05-12",
      "2018-12-31", 0, 60.0, 250.7, None, 18, 18, "Seversk Municipal Utilities", None,
      cluster="", location="Seversk", status="Complete", end_date="Q4 2018"),
    P("INO-3546", "Rare-earth magnets pilot plant", "nuclear", None, "Северск", "suspended",
      "2016-10-20", "2020-03-31", 100.0, 52.1, 400.0, None, 55, 12, "Seversk Technopark LLC",
      "Feedstock supply contract with SCC not signed",
      cluster="Nuclear technologies", location="Seversk (ZATO)", status="Suspended",
      start_date="20 Oct 2016"),
    P("INO-3547", "Contract research organisation for preclinical trials", "pharma", None, "Томск",
      "completed", "2013-11-01", "2016-06-30", 60.0, 35.5, 120.3, None, 60, 64,
      "Siberian State Medical University", None,
      cluster="Pharma", location="Tomsk", status="Completed", end_date="30 Jun 2016"),
]

# ---- 4. Update of the summary, reporting date 01.01.2020, млн руб.
# (file code or '', project code, name as written or None, changes, how written)
UPDATE_ROWS = [
    ("INO-3501", "INO-3501", None,
     {"jobs_created": 110, "extra_budgetary_confirmed_mln": D("2100.0")},
     {"total_cost_mln": NB, "end_date": "IV кв. 2021", "status": "реализуется"}),
    ("INO-3502", "INO-3502", None,
     {"status": "completed", "end_date": date(2019, 12, 20), "jobs_created": 140},
     {"status": "завершен", "end_date": DMY}),
    ("", "INO-3505", "центр коллективного пользования “Биомедицинские технологии”",
     {"jobs_created": 32}, {"status": "реализ-ся", "end_date": "III кв. 2021"}),
    ("INO-3504", "INO-3504", None,
     {"status": "in_progress", "extra_budgetary_confirmed_mln": D("455.5")},
     {"status": "реализуется", "extra_budgetary_mln": SP}),
    ("INO-3548", "INO-3548", None, {}, {"status": "план.", "end_date": "IV кв. 2023"}),
    ("INO-3507", "INO-3507", None, {}, {"status": "реализуется", "end_date": "IV кв. 2022",
                                        "total_cost_mln": SP, "extra_budgetary_mln": SP}),
    ("INO-3509", "INO-3509", None, {"regional_budget_mln": D("60.0")},
     {"status": "план.", "end_date": DMY}),
    ("INO-3511", "INO-3511", None, {}, {"status": "планируется", "end_date": DMY}),
    ("", "INO-3516", "КОМПЛЕКС ГЛУБОКОЙ ПЕРЕРАБОТКИ ДИКОРАСТУЩИХ ЯГОД",
     {"status": "in_progress", "jobs_created": 10}, {"status": "реализуется"}),
    ("INO-3512", "INO-3512", None, {"jobs_created": 35}, {"status": "реализуется"}),
    ("INO-3514", "INO-3514", None,
     {"status": "in_progress", "end_date": date(2021, 6, 30),
      "problems": "Сдвиг сроков из-за смены производственной площадки"},
     {"status": "возобновлен, реализуется", "end_date": "II кв. 2021"}),
    ("INO-3549", "INO-3549", None, {}, {"status": "реализуется", "end_date": "III кв. 2021"}),
    ("INO-3515", "INO-3515", None,
     {"extra_budgetary_mln": D("1005.0"), "extra_budgetary_confirmed_mln": D("800.0")},
     {"status": "реализуется", "total_cost_mln": NB, "extra_budgetary_mln": NB}),
    ("", "INO-3520", "Создание  центра обработки данных \"Сибирь\" ", {},
     {"status": "завершен", "end_date": DMY}),
    ("INO-3517", "INO-3517", None, {}, {"status": "реализуется", "end_date": "I кв. 2021"}),
    ("", "INO-3518", "Цифровая платформа поддержки экспортеров", {"jobs_created": 15},
     {"status": "реализуется"}),
    ("INO-3519", "INO-3519", None,
     {"status": "suspended",
      "problems": "Не утверждена проектно-сметная документация; "
                  "средства областного бюджета перенесены на 2021 год"},
     {"status": "приостан.", "end_date": "IV кв. 2023"}),
    ("INO-3550", "INO-3550", None, {}, {"status": "реализуется", "end_date": DMY}),
    ("INO-3521", "INO-3521", None, {}, {"status": "реализуется", "end_date": DMY}),
]
UPDATE_NEW = [
    P("INO-3548", "Производство изделий из углепластика для авиастроения", None, None, "Томск",
      "planned", None, "2023-12-31", 0, 20.0, 310.0, 120.0, 85, 0, None, None),
    P("INO-3549", "Модернизация системы теплоснабжения с применением цифровых датчиков", None,
      None, "Колпашево", "in_progress", None, "2021-09-30", 110.0, 64.5, 12.0, 12.0, 10, 4, None,
      "Требуется увеличение лимитов областного бюджета"),
    P("INO-3550", "Производство пеллет из отходов лесопиления", None, None, "Асино",
      "in_progress", None, "2020-12-31", 0, 0, 145.3, 145.3, 35, 20, None, None),
]
UPDATE_LOCATION = {"Томск": "Томск", "Северск": "Северск", "Асино": "Асино",
                   "Колпашево": "г. Колпашево", "Стрежевой": "Стрежевой"}

# ---- 5. АИС «Мониторинг ИНО» export: cp1251 ';' CSV, CamelCase fields, тыс. руб.
CSV_PROJECTS = [
    P("INO-3551", "Производство модифицированных битумов", "petrochemical", "industry", "Томск",
      "in_progress", "2018-03-12", "2020-12-31", 0, 0, 260.0, 260.0, 40, 22,
      "ООО «Томский завод битумных материалов»", None,
      cluster="Нефтехимия", status="Реализация", total_cost_mln=NO0),
    P("INO-3552", "Лаборатория радиационных испытаний электронной компонентной базы", "nuclear",
      "science_education", "Северск", "completed", "2014-02-01", "2016-11-30", 88.0, 12.0, 15.5,
      15.5, 20, 20, "ООО «Северский технопарк»", None,
      cluster="Ядерные технологии", status="Завершен"),
    P("INO-3553", "Производство клеёного бруса и домокомплектов", "timber", "industry", "Асино",
      "in_progress", "2017-05-15", "2021-06-30", 0, 30.0, 870.0, 700.0, 150, 95,
      "ООО «Сибирский лес»", "Нет решения по подключению к электросетям; требуется 5 МВт",
      cluster="ЛПК", status="Реализация", total_cost_mln=NB),
    P("INO-3554", "Создание лаборатории биоэквивалентности", "pharma", "science_education", "Томск",
      "planned", "2020-03-01", "2021-12-31", 45.0, 5.0, 20.0, 0.0, 15, 0,
      "ФГБОУ ВО СибГМУ Минздрава России", None, cluster="Фармацевтика", status="Планирование"),
    P("INO-3555", "Разработка систем машинного зрения для промышленности", "medtech_it",
      "innovation_business", "Томск", "in_progress", "2018-09-10", "2021-08-31", 30.0, 10.0, 55.0,
      55.0, 45, 30, "ООО \"Техноком\"", None, cluster="МедТех и ИТ", status="Реализация"),
    P("INO-3556", "Производство пищевых добавок из пихтовой хвои", "wildlife",
      "innovation_business", "Колпашево", "suspended", "2016-04-20", "2019-12-31", 0, 3.0, 27.0,
      10.0, 14, 5, "ООО «Хвойные технологии»", "Инвестор вышел из проекта; ищется новый",
      cluster="Дикоросы", status="Приостановлен", location="Томская обл., г. Колпашево"),
    P("INO-3557", "Внедрение технологии многостадийного ГРП на трудноизвлекаемых запасах",
      "hard_to_recover", "industry", "Стрежевой", "completed", "2013-07-01", "2017-03-31", 0, 0,
      3120.0, 3120.0, 60, 60, "ОАО «Томскнефть» ВНК", None,
      cluster="ТрИЗ", status="Завершен", extra_budgetary_mln=NB,
      extra_budgetary_confirmed_mln=NB),
    P("INO-3558", "Городская платформа электронных услуг «Мой Томск»", None, "smart_city", "Томск",
      "in_progress", "2019-02-01", "2020-12-31", 0, 45.0, 5.0, 5.0, 10, 6,
      "Администрация Города Томска", None, cluster="", status="Реализация"),
    P("INO-3559", "Акселератор технологических стартапов", None, "business_environment", "Томск",
      "in_progress", "2017-10-01", "2020-09-30", 12.0, 18.0, 9.5, 9.5, 50, 38,
      "Томский государственный университет", None, cluster="—", status="Реализация"),
    P("INO-3560", "Модернизация котельных с переводом на древесное топливо", "timber",
      "smart_city", "Колпашево", "planned", "2020-05-01", "2022-10-31", 0, 60.0, 140.0, 0.0, 8, 0,
      "МУП «Тепловые сети Колпашево»", None, cluster="Лесопромышленный", status="Планирование"),
    P("INO-3561", "Центр компетенций по беспилотным авиасистемам", None, "science_education",
      "Томск", "planned", "2020-09-01", "2023-08-31", 150.0, 25.0, 75.0, 30.0, 40, 0, "ТУСУР",
      "Не определён оператор площадки", cluster="", status="Планирование"),
    P("INO-3562", "Выпуск гранулированных кормов с добавками из кедрового жмыха", "wildlife",
      "industry", "Асино", "completed", "2012-08-01", "2015-04-30", 0, 2.5, 47.5, 47.5, 22, 24,
      "ООО «Сибирский кедр»", None, cluster="Дикоросы", status="Завершен"),
]
CSV_WORK_AREA = {"industry": "Передовая пром-сть", "science_education": "Наука и образ.",
                 "innovation_business": "Технологич. инновации, нов. бизнесы",
                 "smart_city": "Умный город", "business_environment": "Деловая среда"}
CSV_LOCATION = {"Томск": "г. Томск", "Северск": "ЗАТО Северск", "Асино": "г. Асино",
                "Колпашево": "г. Колпашево", "Стрежевой": "г.о. Стрежевой"}

# ---- 6. ОГБУ «Томский областной инновационный центр»: application register with bad rows
LONG_NAME = (
    "Создание и развитие на территории Томской области многофункционального "
    "научно-производственного комплекса полного цикла по разработке, испытаниям и серийному "
    "выпуску изделий медицинского назначения, включая: строительство производственного корпуса "
    "площадью 12 тыс. кв. м с чистыми помещениями классов B, C и D; создание испытательной "
    "лаборатории, аккредитованной в национальной системе аккредитации; организацию "
    "центра подготовки и повышения квалификации инженерных кадров совместно с вузами "
    "Томска; создание инженерной и транспортной инфраструктуры (подъездные пути, "
    "подстанция 10 кВ, сети водоснабжения и водоотведения); приобретение и монтаж "
    "технологического оборудования отечественного и импортного производства; вывод на рынок "
    "не менее 40 наименований продукции с последующим экспортом в страны ЕАЭС и Юго-Восточной "
    "Азии в рамках реализации комплексной программы «Инновационный научно-образовательный Томск»"
)
assert len(LONG_NAME) > 500, len(LONG_NAME)

# Rows of the register, in file order; 'reject' = (reason, column field) for bad rows.
BAD_ROWS = [
    ("row", P("INO-3563", "Производство светодиодных фитосветильников для теплиц", "medtech_it",
              None, "Томск", "in_progress", "2018-03-01", "2020-12-31", 0, 10.0, 85.0, None, 30,
              None, None, None, cluster="МедТех и ИТ", status="в работе",
              location="г. Томск", end_date=DMY), None),
    ("row", P("INO-3564", "Цех по производству деревянных окон со стеклопакетами", "timber", None,
              "Асино", "completed", "2014-04-01", "2015-10-31", 0, 0, 42.3, None, 28, None, None,
              None, cluster="лесопромышленный", status="завершён", start_date=DMY), None),
    ("row", P("INO-3565", "Производство полиамидных нитей", "petrochemical", None, "Томск",
              "planned", "2020-01-01", "2022-12-31", 0, -45.2, 300.0, None, 55, None, None, None,
              cluster="Нефтехимия", status="планируется", location="г. Томск"),
     ("negative amount", "regional_budget_mln")),
    ("row", P("INO-3566", "Производство радиационно-модифицированных полимеров", "nuclear", None,
              "Северск", "in_progress", "2017-06-01", "2021-06-30", 60.0, 0, 140.0, None, 35, None,
              None, "Ожидается решение Госкорпорации «Росатом» о финансировании второй очереди",
              cluster="ядерный", status="реализуется", location="ЗАТО Северск",
              end_date=DMY, total_cost_mln=SP), None),
    ("blank", None, None),
    ("row", P("INO-3567", "Производство экстрактов лекарственных растений", "wildlife", None,
              "Колпашево", "planned", "2021-06-01", "2019-12-31", 0, 5.0, 25.0, None, 18, None,
              None, None, cluster="Дикоросы", status="Планируется", start_date=DMY,
              end_date=DMY),
     ("end date before start date", "end_date")),
    ("row", P("INO-3568", "Опытная разработка доманиковых отложений", "hard_to_recover", None,
              "Стрежевой", "planned", "2020-03-01", "2024-12-31", 0, 0, 1540.0, None, 70, None,
              None, None, cluster="Кластер ТрИЗ", status="планируется",
              total_cost_mln=NB, extra_budgetary_mln=NB), None),
    ("row", P("INO-3569", "Арт-кластер в исторической части города", "Кластер креативных индустрий",
              None, "Томск", "planned", "2020-05-01", "2022-12-31", 0, 40.0, 60.0, None, 90, None,
              None, None, cluster="Кластер креативных индустрий", status="планируется"),
     ("unknown cluster 'Кластер креативных индустрий'", "cluster")),
    ("row", P("INO-3570", "Производство лиофилизированных пробиотиков", "pharma", None, "Томск",
              "planned", "2020-04-01", "2022-03-31", 20.0, 5.0, 65.0, None, 25, None, None, None,
              cluster="Фармацевтика", status="Планируется", end_date=DMY), None),
    ("row", P("INO-3571", "Производство модульных домов из CLT-панелей", "timber", None, "Асино",
              "planned", "2020-06-01", "2023-06-30", 0, 50.0, 400.0, None, 80, None, None, None,
              cluster="ЛПК", status="планируется"),
     ("duplicate code INO-3571 (rows 13 and 16 differ)", "code")),
    ("row", P("INO-3572", "Технопарк полимерных материалов", "petrochemical", None, "Томск",
              "planned", "2020-10-01", "2024-12-31", 100.0, 100.0, 800.0, None, 150, None, None,
              None, cluster="нефтехимический", status="планируется",
              jobs_planned="не менее 150"),
     ("not a number: 'не менее 150'", "jobs_planned")),
    ("row", P("INO-3573", "Агробиотехнологический парк", None, None, "Томск", "planned",
              "2020-09-01", "2023-12-31", 100.0, 50.0, 250.0, None, 60, None, None,
              "Не выбран земельный участок",
              cluster="—", status="планируется", location="г. Томск", start_date=DMY), None),
    ("row", P("INO-3571", "Производство модульных домов из CLT-панелей", "timber", None, "Асино",
              "in_progress", "2020-06-01", "2023-06-30", 0, 50.0, 470.0, None, 80, None, None,
              None, cluster="ЛПК", status="реализуется"),
     ("duplicate code INO-3571 (rows 13 and 16 differ)", "code")),
    ("row", P("INO-3574", "Завод по производству этилена", "petrochemical", None, "Томск",
              "planned", "2021-01-01", "2026-12-31", 0, 200.0, 1000.0, None, 400, None, None, None,
              cluster="Нефтехимия", status="планируется", total_cost_mln="1,2 млрд"),
     ("not a number: '1,2 млрд'", "total_cost_mln")),
    ("row", P("INO-3575", LONG_NAME, "medtech_it", None, "Томск", "planned", "2021-01-01",
              "2025-12-31", 500.0, 150.0, 1350.0, None, 600, None, None, None,
              cluster="МедТех и ИТ", status="планируется"),
     (f"name too long ({len(LONG_NAME)} characters, limit 500)", "name")),
    ("row", P("INO-3576", "Выпуск одноразовых медицинских изделий из полипропилена", "medtech_it",
              None, "Северск", "in_progress", "2018-11-01", "2020-12-31", 0, 8.0, 112.0, None, 45,
              None, None, None, cluster="Медтехника и ИТ", status="реализуется",
              location="ЗАТО Северск", start_date=DMY), None),
    ("row", P("INO-3577", "Кедровый питомник и плантация кедра сибирского", "wildlife", None,
              "Колпашево", "in_progress", "2016-05-15", "2025-12-31", 0, 12.0, 36.0, None, 15,
              None, None, None, cluster="Дикоросы", status="в работе", end_date=DMY), None),
]


# --------------------------------------------------------------------------- helpers
def jv(value):
    """Canonical value as it appears in the expected JSON."""
    if isinstance(value, D):
        return float(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def col(top, sub=None, field=None, unit=D(1), why=None, ign=None):
    return {"top": top, "sub": sub, "field": field, "unit": unit, "why": why, "ign": ign}


def header_text(c):
    return c["top"] if c["sub"] is None else f"{c['top']} / {c['sub']}"


def written(value, field, how, unit, default):
    """The cell value the sender wrote for a canonical `value` of `field`."""
    if how is None:
        how = default
    if isinstance(how, Txt):
        if field in MONEY:
            return ru_number(value * unit, how)
        return ru_number(D(value), how)
    if how == DMY:
        return value.strftime("%d.%m.%Y")
    if how == DMYG:
        return value.strftime("%d.%m.%Y") + " г."
    if how == "num":
        if value is None:
            return None
        if field in MONEY:
            v = value * unit
            return int(v) if v == v.to_integral_value() else float(v)
        return value
    if how == "date":
        return value
    if how == "same":
        return value
    return how  # literal text as written


def written_repr(x):
    if isinstance(x, (date, datetime)):
        return x.date().isoformat() if isinstance(x, datetime) else x.isoformat()
    return x


def differs(canon, wrote):
    if wrote is None or wrote == "":
        return canon is not None
    if isinstance(wrote, (int, float)) and not isinstance(wrote, bool):
        return not (isinstance(canon, (int, float)) and abs(canon - wrote) < 1e-9)
    return str(canon) != str(written_repr(wrote))


THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")


def write_header(ws, r, cols, two_level, first_col=1):
    """Write a one- or two-level header starting at row r; merge like a clerk would."""
    i = 0
    while i < len(cols):
        c = cols[i]
        x = first_col + i
        if not two_level:
            cell = ws.cell(r, x, c["top"])
            cell.font, cell.alignment, cell.border = HEAD, WRAP, BOX
            i += 1
            continue
        if c["sub"] is None:
            cell = ws.cell(r, x, c["top"])
            cell.font, cell.alignment, cell.border = HEAD, WRAP, BOX
            ws.cell(r + 1, x).border = BOX
            ws.merge_cells(start_row=r, start_column=x, end_row=r + 1, end_column=x)
            i += 1
            continue
        j = i
        while j + 1 < len(cols) and cols[j + 1]["top"] == c["top"] and cols[j + 1]["sub"]:
            j += 1
        cell = ws.cell(r, x, c["top"])
        cell.font, cell.alignment, cell.border = HEAD, WRAP, BOX
        for k in range(i, j + 1):
            sc = ws.cell(r + 1, first_col + k, cols[k]["sub"])
            sc.font, sc.alignment, sc.border = HEAD, WRAP, BOX
        if j > i:
            ws.merge_cells(start_row=r, start_column=x, end_row=r, end_column=first_col + j)
        i = j + 1


def style_cell(cell, value):
    cell.border = BOX
    if isinstance(value, date):
        cell.number_format = "DD.MM.YYYY"
    elif isinstance(value, float):
        cell.number_format = "0.0000" if abs(value) < 100 and value != round(value, 1) else "#,##0.0"
    elif isinstance(value, int):
        cell.number_format = "#,##0" if abs(value) >= 1000 else "0"
    if isinstance(value, str) and len(value) > 40:
        cell.alignment = Alignment(wrap_text=True, vertical="top")


class Table:
    """Collects the expected-result facts while rows are written."""

    def __init__(self, cols):
        self.cols = cols
        self.fields = [f for f in FIELDS if any(c["field"] == f for c in cols)]
        self.written_as = {}

    def columns(self):
        return [[header_text(c), c["field"]] for c in self.cols if c["field"]]

    def ignored(self):
        return [[header_text(c), c["why"]] for c in self.cols if not c["field"]]

    def row_values(self, p, state, defaults, w, index, extra_written=None):
        """Cell values for one project row; records how fields were written."""
        out = []
        notes = list(extra_written or [])
        for c in self.cols:
            f = c["field"]
            if f is None:
                out.append(c["ign"](p, index) if c["ign"] else None)
                continue
            canon = state[f]
            how = w.get(f)
            if how is None and canon is not None and f in ("status", "cluster", "work_area"):
                raise AssertionError(f"{state['code']}: say how {f} is written")
            if canon is None and how is None:
                out.append(None)
                continue
            if how is not None and not isinstance(how, Txt) and how not in (DMY, DMYG):
                val = how
            else:
                val = written(canon, f, how, c["unit"], defaults.get(f, "same"))
            out.append(val)
            if differs(jv(canon), val):
                notes.append([f, jv(canon), written_repr(val)])
        if notes:
            self.written_as[state["code"]] = notes
        return out


def record(state, fields):
    return {f: jv(state[f]) for f in fields}


def save_xlsx(wb, path, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = datetime(2019, 10, 14, 9, 30, 0)
    wb.properties.modified = datetime(2019, 10, 14, 9, 30, 0)
    raw = io.BytesIO()
    wb.save(raw)
    zin = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                              rb"\g<1>" + PROPS_TIME.encode(), data)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o100644 << 16
            zi.create_system = 3
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def expected(fname, table, records, rejected, extra, notes):
    obj = {"file": fname, "refused": False, "fields": table.fields,
           "record_count": len(records), "records": records, "rejected": rejected,
           "columns": table.columns(), "ignored_columns": table.ignored(),
           "written_as": table.written_as}
    obj.update(extra)
    obj["notes"] = notes
    return obj


CURATORS = ["Петров А. С.", "Иванова Е. В.", "Сидоренко П. П.", "Ким О. Л.", "Гусев Д. А."]


def pct_ready(p, i):
    return {"completed": 100, "in_progress": 35 + (i * 7) % 50, "planned": 0,
            "suspended": 20 + i % 15}[p.v["status"]]


# --------------------------------------------------------------------------- file 1
SUMMARY_FILE = "dept_invest_form2.xlsx"
THOUSAND = D(1000)
BILLION = D("0.001")


def summary_cols():
    def slice2019(p, i):
        if p.v["status"] != "in_progress":
            return 0
        return int((p.v["total_cost_mln"] * THOUSAND * D("0.3")).quantize(D(100)))

    def spent(p, i):
        share = {"completed": D(1), "in_progress": D("0.55"), "planned": D(0),
                 "suspended": D("0.3")}[p.v["status"]]
        return int((p.v["total_cost_mln"] * THOUSAND * share).quantize(D(100)))

    def jobs_prev(p, i):
        return max(0, p.v["jobs_created"] - (i % 4) * 5) if p.v["status"] != "completed" \
            else p.v["jobs_created"]

    def note(p, i):
        return {3: "данные уточняются инициатором", 6: "письмо инвестора от 12.08.2019 № 115",
                13: "перенос сроков согласован протоколом от 05.07.2019 № 7",
                18: "ПСД на экспертизе"}.get(i)

    return [
        col("№ п/п", why="row number (№ п/п), not a project field", ign=lambda p, i: i),
        col("Код проекта\nв реестре ИНО", field="code"),
        col("Наименование\nинвестиционного проекта", field="name"),
        col("Кластер²", field="cluster"),
        col("Направление\nИНО «Томск»", field="work_area"),
        col("Место реализации\n(муниципальное образование)", field="location"),
        col("Стадия реализации", field="status"),
        col("Срок реализации", "начало", "start_date"),
        col("Срок реализации", "окончание³", "end_date"),
        col("Объём финансирования проекта", "всего", "total_cost_mln", THOUSAND),
        col("Объём финансирования проекта", "в т.ч. в 2019 году",
            why="one year's slice (2019 only), not the project cost", ign=slice2019),
        col("Объём финансирования проекта", "федеральный бюджет", "federal_budget_mln", THOUSAND),
        col("Объём финансирования проекта", "областной бюджет", "regional_budget_mln", THOUSAND),
        col("Внебюджетные источники", "всего", "extra_budgetary_mln", THOUSAND),
        col("Внебюджетные источники", "из них подтверждённые\nсоглашениями*",
            "extra_budgetary_confirmed_mln", THOUSAND),
        col("Освоено с начала\nреализации\n(нарастающим итогом)",
            why="money spent to date, not the project cost", ign=spent),
        col("Количество рабочих мест, ед.", "план", "jobs_planned"),
        col("Количество рабочих мест, ед.", "факт", "jobs_created"),
        col("Количество рабочих мест, ед.", "факт на 01.07.2019\n(справочно)",
            why="previous report's value (01.07.2019), not the current jobs created",
            ign=jobs_prev),
        col("Ответственная организация\n(инициатор проекта)", field="lead_organization"),
        col("Куратор проекта от ИОГВ\n(Ф.И.О.)",
            why="a person's name (curator), not the lead organisation",
            ign=lambda p, i: CURATORS[i % len(CURATORS)]),
        col("Проблемные вопросы,\nтребующие решения", field="problems"),
        col("Степень готовности, %", why="percentage of readiness, not a field", ign=pct_ready),
        col("Примечание", why="note, not the problems field", ign=note),
    ]


SUMMARY_WORK_AREA = {"industry": "Передовая промышленность", "science_education": "Наука и образование",
                     "innovation_business": "Технологические инновации, новые бизнесы",
                     "smart_city": "Умный и удобный город", "business_environment": "Деловая среда"}


def build_summary():
    cols = summary_cols()
    t = Table(cols)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Форма 2-ИНО"
    n = len(cols)
    ws.cell(1, 1, "Приложение № 2 к письму Департамента инвестиций Томской области "
                  "от 07.10.2019 № 52-1187")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws.cell(1, 1).alignment = Alignment(horizontal="right")
    ws.cell(2, 1, "СВЕДЕНИЯ\nо ходе реализации инвестиционных проектов комплексной программы "
                  "ИНО «Томск»¹ по состоянию на 01.10.2019")
    ws.cell(2, 1).font = HEAD
    ws.cell(2, 1).alignment = Alignment(horizontal="center", wrap_text=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
    ws.row_dimensions[2].height = 32
    ws.cell(3, 1, "(тыс. рублей)")
    ws.cell(3, 1).alignment = Alignment(horizontal="right")
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=n)
    write_header(ws, 5, cols, True)
    for x in range(1, n + 1):
        c = ws.cell(7, x, x)
        c.alignment, c.border = Alignment(horizontal="center"), BOX
    defaults = {f: "num" for f in MONEY | JOBS}
    defaults.update({"start_date": "date", "end_date": "date"})
    records = []
    r = 8
    for i, p in enumerate(SUMMARY, start=1):
        w = dict(p.w)
        w.setdefault("work_area", SUMMARY_WORK_AREA[p.v["work_area"]])
        vals = t.row_values(p, p.v, defaults, w, i)
        for x, v in enumerate(vals, start=1):
            cell = ws.cell(r, x, v)
            style_cell(cell, v)
        records.append(record(p.v, t.fields))
        r += 1
    last = r - 1
    # totals row
    ws.cell(r, 1, "ИТОГО")
    ws.cell(r, 1).font = HEAD
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    for x, c in enumerate(cols, start=1):
        f = c["field"]
        if f in MONEY:
            tot = sum((p.v[f] for p in SUMMARY), D(0)) * THOUSAND
            v = int(tot)
        elif f in JOBS:
            v = sum(p.v[f] for p in SUMMARY)
        elif c["ign"] is not None and x in (11, 16):
            v = sum(c["ign"](p, i) for i, p in enumerate(SUMMARY, start=1))
        else:
            continue
        cell = ws.cell(r, x, v)
        style_cell(cell, v)
        cell.font = HEAD
    totals = r
    foot = [
        "¹ ИНО «Томск» — комплексная программа «Инновационный научно-образовательный Томск».",
        "² Указывается при отнесении проекта к одному из территориальных кластеров Томской области.",
        "³ Для проектов без утверждённого графика указывается плановый квартал (полугодие) "
        "завершения.",
        "* По заключённым соглашениям с инвесторами.",
    ]
    for k, text in enumerate(foot):
        ws.cell(totals + 2 + k, 1, text)
    widths = [6, 12, 44, 22, 22, 20, 18, 12, 14, 14, 12, 14, 14, 14, 16, 16, 9, 9, 12, 34, 18,
              40, 11, 30]
    for x, wdt in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(x)].width = wdt
    ws.freeze_panes = "D8"
    save_xlsx(wb, os.path.join(HERE, SUMMARY_FILE), "Департамент инвестиций Томской области")
    skipped = {"7": "column numbers", str(totals): "totals (ИТОГО)"}
    for k in range(len(foot)):
        skipped[str(totals + 2 + k)] = "footnote"
    obj = expected(
        SUMMARY_FILE, t, records, [],
        {"header_rows": [5, 6], "data_rows": [8, last], "skipped_rows": skipped,
         "units": "тыс. рублей (title row 3), converted to RUB million"},
        "Департамент инвестиций, form 2-ИНО as of 01.10.2019. One sheet 'Форма 2-ИНО'. Title rows "
        "1-3; the unit is said only in title row 3 '(тыс. рублей)', so every money column is in "
        "thousand roubles (given here in RUB million). Two-level merged header in rows 5-6 with "
        "footnote marks (²,³,*) and line breaks inside header cells; row 7 numbers the columns; "
        f"data rows 8-{last}; row {totals} is the totals row (ИТОГО) and rows {totals + 2}-"
        f"{totals + 1 + len(foot)} are footnotes. Look-alike columns not imported: № п/п, "
        "'в т.ч. в 2019 году' (one year's slice under the financing parent), money spent to "
        "date, jobs 'факт на 01.07.2019 (справочно)' (previous report), the curator's name, a "
        "readiness percentage and a note. 'Внебюджетные источники / из них подтверждённые' is "
        "the confirmed extra-budgetary amount. End dates are real dates, dd.mm.yyyy text (with "
        "or without ' г.'), quarters (IV кв. 2021 -> 2021-12-31), half-years (I полугодие 2020 "
        "-> 2020-06-30, II полугодие 2021 -> 2021-12-31) or a day with a month name "
        "('«31» декабря 2023 г.'). Places carry prefixes (г., ЗАТО, городской округ). "
        "Empty or '—' cluster = no cluster.")
    write_json(os.path.join(HERE, SUMMARY_FILE.replace(".xlsx", ".expected.json")), obj)
    return {p.code: dict(p.v) for p in SUMMARY}


# --------------------------------------------------------------------------- file 2
CLUSTER_FILE = "cluster_center_registry.xlsx"


def cluster_cols():
    def share(p, i):
        return round(float(p.v["extra_budgetary_mln"] / p.v["total_cost_mln"] * 100), 1)

    contacts = ["Лебедев К. И., 8-913-800-11-22", "Орлова Н. А.", "Захаров В. В.",
                "Тихонова М. С., доб. 214", "Белов Р. Р."]
    return [
        col("№", why="row number, not a project field", ign=lambda p, i: i),
        col("Код", field="code"),
        col("Наим. проекта", field="name"),
        col("Место реал", field="location"),
        col("Статус", field="status"),
        col("Сроки", "нач.", "start_date"),
        col("Сроки", "оконч.", "end_date"),
        col("Стоимость, млрд руб.", "всего", "total_cost_mln", BILLION),
        col("Стоимость, млрд руб.", "в т.ч. внебюдж.", "extra_budgetary_mln", BILLION),
        col("Доля внебюдж., %", why="percentage (share of extra-budgetary funds)", ign=share),
        col("Раб места", "план", "jobs_planned"),
        col("Раб места", "факт", "jobs_created"),
        col("Инициатор", field="lead_organization"),
        col("Контактное лицо", why="a person's name and phone, not the lead organisation",
            ign=lambda p, i: contacts[i % len(contacts)]),
        col("Дата внес.", why="date the row was entered (hidden column O), not a project date",
            ign=lambda p, i: date(2019, 9, 2 + i)),
    ]


def build_clusters():
    cols = cluster_cols()
    t = Table(cols)
    t.fields = [f for f in FIELDS if f == "cluster" or any(c["field"] == f for c in cols)]
    wb = openpyxl.Workbook()
    summary = wb.active
    summary.title = "Свод"
    summary.cell(1, 1, "Свод по кластерам (справочно)").font = HEAD
    summary.cell(2, 1, "данные на 01.10.2019")
    for x, h in enumerate(["Кластер", "Кол-во проектов", "Стоимость, млрд руб."], start=1):
        c = summary.cell(4, x, h)
        c.font, c.border = HEAD, BOX
    r = 5
    for sheet, key, full, projects in CLUSTER_SHEETS:
        summary.cell(r, 1, full).border = BOX
        summary.cell(r, 2, len(projects)).border = BOX
        v = float(sum((p.v["total_cost_mln"] for p in projects), D(0)) * BILLION)
        c = summary.cell(r, 3, v)
        style_cell(c, v)
        r += 1
    summary.column_dimensions["A"].width = 58
    summary.column_dimensions["B"].width = 16
    summary.column_dimensions["C"].width = 22
    defaults = {f: "num" for f in MONEY | JOBS}
    defaults.update({"start_date": "date", "end_date": "date"})
    records, sheets_info = [], []
    hidden_row = None
    index = 0
    for sheet, key, full, projects in CLUSTER_SHEETS:
        ws = wb.create_sheet(sheet)
        ws.cell(1, 1, full).font = Font(bold=True, size=12)
        ws.cell(2, 1, "Перечень проектов участников кластера, данные на 01.10.2019")
        write_header(ws, 3, cols, True)
        r = 5
        rows = []
        for k, p in enumerate(projects):
            index += 1
            if k == 1 and sheet in ("Нефтехимия", "ЛПК", "Дикоросы"):
                r += 1  # blank spacer row
            state = dict(p.v)
            state["cluster"] = key
            vals = t.row_values(p, state, defaults, p.w, index,
                                [["cluster", key, f"sheet '{sheet}' (A1: {full})"]])
            for x, v in enumerate(vals, start=1):
                style_cell(ws.cell(r, x, v), v)
            records.append(record(state, t.fields))
            rows.append(r)
            if sheet == "Фарма" and k == 1:
                ws.row_dimensions[r].hidden = True
                hidden_row = {"sheet": sheet, "row": r, "code": p.code}
            r += 1
        ws.column_dimensions["O"].hidden = True
        for x, wdt in enumerate([5, 10, 46, 14, 13, 11, 11, 10, 11, 10, 8, 8, 30, 26, 11],
                                start=1):
            if x != 15:
                ws.column_dimensions[get_column_letter(x)].width = wdt
        sheets_info.append({"sheet": sheet, "cluster": key, "a1": full, "header_rows": [3, 4],
                            "data_rows": rows})
    save_xlsx(wb, os.path.join(HERE, CLUSTER_FILE), "АНО «Центр кластерного развития»")
    obj = expected(
        CLUSTER_FILE, t, records, [],
        {"sheets": sheets_info, "skipped_sheets": {"Свод": "summary by cluster, no project table"},
         "hidden": {"row": hidden_row, "column": {"sheet": "every cluster sheet", "column": "O",
                                                  "header": "Дата внес.", "imported": False}}},
        "АНО «Центр кластерного развития»: first sheet 'Свод' is a summary by cluster (no codes, "
        "no project rows) and is not data. Then one sheet per cluster, named by a short name "
        "(Нефтехимия, Ядерные технологии, ЛПК, Фарма, Медтехника и ИТ, Дикоросы, ТрИЗ); the "
        "full cluster name is in A1 and the record's cluster comes from the sheet. Two-level "
        "header in rows 3-4 with telegraphic cut words, with and without dots (Наим., Место "
        "реал, нач., оконч., внебюдж., Раб места); "
        "data from row 5, with blank spacer rows. Money is in RUB billion, said only in the "
        "parent header 'Стоимость, млрд руб.' over 'всего' and 'в т.ч. внебюдж.' (0.3505 bn = "
        "350.5 mln); two money cells are text with a decimal comma. Statuses are abbreviated "
        "(заверш., план., приост., в реал.) or in upper case / with a trailing space. End dates "
        "include 'IV кв.2020' (no space), '4 кв. 2022' and a half-year '2 п/г 2020' "
        "(-> 2020-12-31). Row 6 on sheet 'Фарма' is hidden and is data. Column O 'Дата внес.' "
        "(date of data entry) is hidden on every cluster sheet and is not imported; neither are "
        "'№', the percentage and the contact person.")
    write_json(os.path.join(HERE, CLUSTER_FILE.replace(".xlsx", ".expected.json")), obj)


# --------------------------------------------------------------------------- file 3
ENGLISH_FILE = "fund_pipeline_en.xlsx"


def english_cols():
    leads = ["A. Volkov", "M. Hughes", "E. Smirnova", "J. Peters", "O. Fedorova"]

    def disbursed(p, i):
        share = {"completed": D(1), "in_progress": D("0.4"), "planned": D(0),
                 "suspended": D("0.2")}[p.v["status"]]
        return float((p.v["total_cost_mln"] * share).quantize(D("0.1")))

    def fy2020(p, i):
        if p.v["status"] in ("completed", "suspended"):
            return None
        return float((p.v["total_cost_mln"] * D("0.25")).quantize(D("0.1")))

    comments = {2: "Figures per sponsor's letter of 12 Sep 2019", 5: "Site visit done in August",
                8: "Co-investment committee on 21 Nov 2019"}
    return [
        col("#", why="row number, not a project field", ign=lambda p, i: i),
        col("INO ref.", field="code"),
        col("Project", field="name"),
        col("Sector", field="cluster"),
        col("Location", field="location"),
        col("Stage", field="status"),
        col("Start", field="start_date"),
        col("Expected completion", field="end_date"),
        col("Funding", "Total, млрд руб.", "total_cost_mln", BILLION),
        col("Funding", "Private (RUB '000)", "extra_budgetary_mln", THOUSAND),
        col("Funding", "Disbursed to date (RUB m)",
            why="money spent to date, not the project cost", ign=disbursed),
        col("Funding", "FY2020, млн руб.",
            why="one year's slice (FY2020), not the project cost", ign=fy2020),
        col("Jobs", "target", "jobs_planned"),
        col("Jobs", "created", "jobs_created"),
        col("Project sponsor", field="lead_organization"),
        col("Project lead", why="a person's name, not the lead organisation",
            ign=lambda p, i: leads[i % len(leads)]),
        col("Key issues", field="problems"),
        col("% complete", why="percentage of completion, not a field",
            ign=lambda p, i: pct_ready(p, i) / 100),
        col("Last updated", why="date the row was last edited, not a project date",
            ign=lambda p, i: date(2019, 9, 10 + i)),
        col("Comments", why="free comment, not the problems field",
            ign=lambda p, i: comments.get(i)),
    ]


def build_english():
    cols = english_cols()
    t = Table(cols)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Pipeline"
    ws.cell(1, 1, "INO Tomsk co-investment pipeline").font = Font(bold=True, size=13)
    ws.cell(2, 1, "Reporting date: 30 September 2019")
    write_header(ws, 4, cols, True)
    defaults = {f: "num" for f in MONEY | JOBS}
    defaults.update({"start_date": "date", "end_date": "date"})
    records = []
    r = 6
    for i, p in enumerate(ENGLISH, start=1):
        vals = t.row_values(p, p.v, defaults, p.w, i)
        for x, v in enumerate(vals, start=1):
            cell = ws.cell(r, x, v)
            style_cell(cell, v)
            if cols[x - 1]["top"] == "% complete":
                cell.number_format = "0%"
            if cols[x - 1]["sub"] == "Total, млрд руб.":
                cell.number_format = "0.0000"
        records.append(record(p.v, t.fields))
        r += 1
    last = r - 1
    for x, wdt in enumerate([4, 10, 44, 26, 15, 12, 14, 14, 12, 14, 14, 14, 8, 8, 32, 13, 40,
                             10, 12, 36], start=1):
        ws.column_dimensions[get_column_letter(x)].width = wdt
    notes = wb.create_sheet("Read me")
    for k, line in enumerate([
            "How to read the tracker",
            "Funding: total in RUB bn (млрд руб.); private co-funding in RUB thousand ('000); "
            "disbursements and FY2020 allocations in RUB m.",
            "Expected completion: a date, or a quarter (Q1-Q4) or half-year (H1/H2) when the "
            "sponsor has not fixed a date.",
            "Sector 'n/a' = the project is outside the regional clusters.",
            "Prepared by the fund's portfolio team; not for distribution."], start=1):
        notes.cell(k, 1, line)
    notes.column_dimensions["A"].width = 110
    save_xlsx(wb, os.path.join(HERE, ENGLISH_FILE), "Portfolio team")
    obj = expected(
        ENGLISH_FILE, t, records, [],
        {"data_sheet": "Pipeline", "skipped_sheets": {"Read me": "explanatory text"},
         "header_rows": [4, 5], "data_rows": [6, last]},
        "An English-speaking co-investment fund's tracker. Data on sheet 'Pipeline': title rows "
        "1-2, two-level header in rows 4-5 (parents 'Funding' and 'Jobs'), data rows 6-"
        f"{last}; sheet 'Read me' is text. Units differ by column and are said in the sub-header:"
        " English headers with Russian or English units: 'Total, млрд руб.' (x1000), 'Private "
        "(RUB '000)' (/1000); 'Disbursed to date (RUB m)' and 'FY2020, млн руб.' are not "
        "imported (money spent, one year's slice). "
        "Sectors are English (Petrochemicals, Nuclear, Forestry & wood processing, "
        "Pharmaceuticals, Medical devices & IT, Wild-harvest (berries, nuts, mushrooms), "
        "Hard-to-recover oil); 'n/a' or empty = no cluster. Locations are transliterated "
        "(Tomsk, Seversk (ZATO), Asino, Kolpashevo, Strezhevoy) and stored as the Russian "
        "canonical names. Stages: Ongoing / In progress -> in_progress, Planned, Completed / "
        "Complete, On hold / Suspended. Dates are real dates or text with an English month "
        "name ('15 March 2017', '1 Jul 2020'); completion may be a quarter (Q3 2020 -> "
        "2020-09-30) or a half-year (H1 2023 -> 2023-06-30, H2 2021 -> 2021-12-31). 'Key "
        "issues' is the problems field; 'Comments', 'Project lead' (a person), '% complete' and "
        "'Last updated' are not imported. Project names and sponsors are in English and are "
        "stored as written.")
    write_json(os.path.join(HERE, ENGLISH_FILE.replace(".xlsx", ".expected.json")), obj)


# --------------------------------------------------------------------------- file 4
UPDATE_FILE = "dept_invest_update_q4.xlsx"


def norm_name(s):
    s = s.lower().replace("ё", "е")
    for q in "«»“”„\"":
        s = s.replace(q, '"')
    return re.sub(r"\s+", " ", s).strip()


def build_update(base):
    prev_cost = {}

    def prev(p, i):
        return prev_cost.get(i)

    cols = [
        col("№ п/п", why="row number, not a project field", ign=lambda p, i: i),
        col("Код", field="code"),
        col("Наименование проекта", field="name"),
        col("МО", field="location"),
        col("Статус на отчётную дату", field="status"),
        col("Срок завершения (прогноз)", field="end_date"),
        col("Стоимость по пред. отчёту, млн руб.",
            why="previous report's cost, not the current value", ign=prev),
        col("Стоимость (актуал.), млн руб.", field="total_cost_mln"),
        col("ФБ, млн руб.", field="federal_budget_mln"),
        col("ОБ, млн руб.", field="regional_budget_mln"),
        col("ВБС, млн руб.", field="extra_budgetary_mln"),
        col("в т.ч. подтв. ВБС, млн руб.", field="extra_budgetary_confirmed_mln"),
        col("Раб. места, план", field="jobs_planned"),
        col("Раб. места, факт (нараст. итогом)", field="jobs_created"),
        col("Проблемы / риски", field="problems"),
        col("Дата актуализации", why="date the row was updated, not a project date",
            ign=lambda p, i: date(2019, 12, 16 + i % 10)),
    ]
    t = Table(cols)
    new_by_code = {p.code: p for p in UPDATE_NEW}
    state = {c: dict(v) for c, v in base.items()}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IV кв. 2019"
    ws.cell(1, 1, "Актуализированные сведения по проектам ИНО «Томск» за IV квартал 2019 г.").font = HEAD
    ws.cell(2, 1, "по состоянию на 01.01.2020")
    write_header(ws, 4, cols, False)
    defaults = {f: "num" for f in MONEY | JOBS}
    defaults["end_date"] = "date"
    changed, matched, new_codes = [], [], []
    r = 5
    for i, (file_code, code, name_in_file, changes, w) in enumerate(UPDATE_ROWS, start=1):
        if code in new_by_code:
            assert file_code == code
            p = new_by_code[code]
            cur = dict(p.v)
            new_codes.append(code)
        else:
            cur = dict(state[code])
            before = dict(cur)
            for f, v in changes.items():
                cur[f] = v
            cur["total_cost_mln"] = (cur["federal_budget_mln"] + cur["regional_budget_mln"]
                                     + cur["extra_budgetary_mln"])
            if any(cur[f] != before[f] for f in FIELDS):
                changed.append(code)
            else:
                assert not changes
            prev_cost[i] = float(before["total_cost_mln"])
        w = dict(w)
        w["location"] = UPDATE_LOCATION[cur["location"]]
        if not file_code:
            assert norm_name(name_in_file) == norm_name(cur["name"]), name_in_file
            w["name"] = name_in_file
            w["code"] = ""
            diff = {"INO-3505": "first letter in lower case; «» written as “”",
                    "INO-3516": "upper case",
                    "INO-3520": "double space, \"\" instead of «», trailing space",
                    "INO-3518": "ё written as е"}[code]
            matched.append({"code": code, "name_in_file": name_in_file, "difference": diff,
                            "row": r})

        vals = t.row_values(SimpleNamespace(v=cur, code=code), cur, defaults, w, i)
        if not file_code:
            # the stored name and code are kept: they are not 'written as' differences
            t.written_as[code] = [x for x in t.written_as.get(code, [])
                                  if x[0] not in ("code", "name")]
            if not t.written_as[code]:
                del t.written_as[code]
        for x, v in enumerate(vals, start=1):
            style_cell(ws.cell(r, x, v), v)
        state[code] = cur
        r += 1
    last = r - 1
    ws.cell(r + 1, 1, "Примечание: графы 7 и 8 — по данным инициаторов проектов; ВБС — "
                      "внебюджетные средства; МО — муниципальное образование.")
    for x, wdt in enumerate([6, 10, 52, 13, 16, 14, 14, 14, 10, 10, 10, 12, 10, 14, 44, 13],
                            start=1):
        ws.column_dimensions[get_column_letter(x)].width = wdt
    save_xlsx(wb, os.path.join(HERE, UPDATE_FILE), "Департамент инвестиций Томской области")
    order = list(base) + sorted(new_codes)
    records = [record(state[c], FIELDS) for c in order]
    t.fields = list(FIELDS)
    obj = expected(
        UPDATE_FILE, t, records, [],
        {"base_file": SUMMARY_FILE, "header_row": 4, "data_rows": [5, last],
         "skipped_rows": {str(last + 2): "footnote"},
         "changed_codes": sorted(changed), "new_codes": sorted(new_codes),
         "matched_by_name": matched},
        f"Import {SUMMARY_FILE} first, then this file; 'records' is the resulting state of all "
        "projects (base order, then the new codes). One sheet 'IV кв. 2019', title rows 1-2, "
        f"one-level header in row 4, data rows 5-{last}, footnote in row {last + 2}. Money is "
        "in RUB million here (the base file was in thousand roubles). Header wording differs "
        "from the base: МО = location, ВБС = extra-budgetary, 'в т.ч. подтв. ВБС' = confirmed, "
        "'Раб. места, факт (нараст. итогом)' = jobs created. 'Стоимость по пред. отчёту' (the "
        "previous report's cost, left of the current cost) and 'Дата актуализации' are not "
        f"imported. {len(UPDATE_ROWS) - len(matched) - len(new_codes)} rows carry a known code "
        "(8 change values, 4 are re-sent unchanged); 4 rows have an empty code and are matched "
        "by name (lower-case first letter with “” quotes, upper case, double/trailing space with "
        "\"\" quotes, ё written as е; 3 of them change values) and keep their stored name; 3 rows "
        "carry new codes: new projects whose fields absent from this file (cluster, work area, "
        "start date, lead organisation) are null. Statuses are cut ('реализ-ся', 'план.', "
        "'приостан.') or a phrase ('возобновлен, реализуется' = in_progress). End dates are "
        "real dates, dd.mm.yyyy text or quarters. Fields this file does not carry keep their "
        "earlier values.")
    write_json(os.path.join(HERE, UPDATE_FILE.replace(".xlsx", ".expected.json")), obj)


# --------------------------------------------------------------------------- file 5
CSV_FILE = "ais_monitoring_export.csv"


def build_csv():
    curators = ["Морозова Т. Г.", "Ершов С. Н.", "Кравец И. О.", "Петров А. С."]

    def spent(p, i):
        share = {"completed": D(1), "in_progress": D("0.5"), "planned": D(0),
                 "suspended": D("0.3")}[p.v["status"]]
        return ru_number(p.v["total_cost_mln"] * THOUSAND * share, Txt("", 1))

    def y2020(p, i):
        if p.v["status"] not in ("in_progress", "planned"):
            return "0,0"
        return ru_number(p.v["total_cost_mln"] * THOUSAND * D("0.2"), Txt("", 1))

    comments = {1: "выгрузка без корректировок", 4: "данные инициатора",
                9: "см. письмо от 03.10.2019 № 41"}
    cols = [
        col("НомерСтроки", why="row number, not a project field", ign=lambda p, i: str(i)),
        col("КодПроекта", field="code"),
        col("НаименованиеПроекта", field="name"),
        col("Кластер", field="cluster"),
        col("НаправлениеИНО", field="work_area"),
        col("МуниципальноеОбразование", field="location"),
        col("СтатусПроекта", field="status"),
        col("ДатаНачала", field="start_date"),
        col("ДатаОкончания", field="end_date"),
        col("СтоимостьВсего_тыс_руб", field="total_cost_mln", unit=THOUSAND),
        col("ФБ_тыс_руб", field="federal_budget_mln", unit=THOUSAND),
        col("ОБ_тыс_руб", field="regional_budget_mln", unit=THOUSAND),
        col("ВнебюджетВсего_тыс_руб", field="extra_budgetary_mln", unit=THOUSAND),
        col("ВнебюджетПодтв_тыс_руб", field="extra_budgetary_confirmed_mln", unit=THOUSAND),
        col("Финансирование2020_тыс_руб", why="one year's slice (2020), not the project cost",
            ign=y2020),
        col("ОсвоеноНаДату_тыс_руб", why="money spent to date, not the project cost", ign=spent),
        col("РабМестПлан", field="jobs_planned"),
        col("РабМестФакт", field="jobs_created"),
        col("ОтветственнаяОрганизация", field="lead_organization"),
        col("КураторФИО", why="a person's name (curator), not the lead organisation",
            ign=lambda p, i: curators[i % len(curators)]),
        col("ПроблемныеВопросы", field="problems"),
        col("Комментарий", why="free comment, not the problems field",
            ign=lambda p, i: comments.get(i)),
        col("ДатаВводаДанных", why="date of data entry, not a project date",
            ign=lambda p, i: f"{(i % 9) + 1:02d}.10.2019"),
    ]
    t = Table(cols)
    defaults = {f: NO0 for f in MONEY}
    defaults.update({f: "same" for f in JOBS})
    defaults.update({"start_date": DMY, "end_date": DMY})
    out = io.StringIO()
    wr = csv.writer(out, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL,
                    lineterminator="\r\n")
    wr.writerow([header_text(c) for c in cols])
    records = []
    for i, p in enumerate(CSV_PROJECTS, start=1):
        w = dict(p.w)
        w.setdefault("work_area", CSV_WORK_AREA[p.v["work_area"]])
        w.setdefault("location", CSV_LOCATION[p.v["location"]])
        vals = t.row_values(p, p.v, defaults, w, i)
        wr.writerow(["" if v is None else str(v) for v in vals])
        records.append(record(p.v, t.fields))
    data = out.getvalue().encode("cp1251")
    with open(os.path.join(HERE, CSV_FILE), "wb") as fh:
        fh.write(data)
    obj = expected(
        CSV_FILE, t, records, [],
        {"encoding": "cp1251", "delimiter": ";", "header_line": 1,
         "data_lines": [2, len(CSV_PROJECTS) + 1]},
        "Export of the regional monitoring system (АИС «Мониторинг ИНО»): Windows-1251, no BOM, "
        "CRLF, ';' separator, fields with ';' or '\"' in double quotes with inner quotes doubled "
        "(ООО \"Техноком\"). Line 1 is the header with CamelCase field names; money columns "
        "end in '_тыс_руб' (thousand roubles, given here in RUB million). Numbers use a decimal "
        "comma, mostly without a thousands separator ('260000,0'), two with non-breaking spaces "
        "('900\u00a0000,0'). Dates dd.mm.yyyy. Values come from the system's short reference "
        "lists: statuses as stage nouns (Реализация = in_progress, Планирование = planned, "
        "Завершен, Приостановлен); clusters as short names (Нефтехимия, Ядерные технологии, ЛПК,"
        " Фармацевтика, МедТех и ИТ, Дикоросы, ТрИЗ, Лесопромышленный; empty or '—' = none); "
        "work areas cut ('Передовая пром-сть', 'Наука и образ.', 'Технологич. инновации, нов. "
        "бизнесы', 'Умный город'); places with prefixes (г., ЗАТО, г.о.; one 'Томская обл., г. "
        "Колпашево' = Колпашево, not Томск). Not imported: "
        "НомерСтроки, Финансирование2020 (one year), ОсвоеноНаДату (spent), КураторФИО (a "
        "person), Комментарий, ДатаВводаДанных. 'row' numbers for a CSV are line numbers.")
    write_json(os.path.join(HERE, CSV_FILE.replace(".csv", ".expected.json")), obj)


# --------------------------------------------------------------------------- file 6
BAD_FILE = "innovation_center_applications.xlsx"


def build_bad():
    executors = ["Соколова А. А., 56-12-40", "Громов П. Е., 56-12-41", "Соколова А. А., 56-12-40"]
    notes_ = {3: "заявка принята 02.09.2019", 8: "требуется доработка бизнес-плана",
              12: "повторная подача"}
    cols = [
        col("№", why="row number, not a project field", ign=lambda p, i: i),
        col("Код проекта", field="code"),
        col("Проект", field="name"),
        col("Кластер", field="cluster"),
        col("Территория", field="location"),
        col("Статус проекта", field="status"),
        col("Начало реализации", field="start_date"),
        col("Завершение реализации", field="end_date"),
        col("Полная стоимость, млн руб.", field="total_cost_mln"),
        col("в т.ч. ФБ", field="federal_budget_mln"),
        col("в т.ч. ОБ", field="regional_budget_mln"),
        col("в т.ч. средства инвестора", field="extra_budgetary_mln"),
        col("Новые рабочие места (план), чел.", field="jobs_planned"),
        col("Риски и проблемы", field="problems"),
        col("Примечание", why="note, not the problems field", ign=lambda p, i: notes_.get(i)),
        col("Исполнитель (ФИО, тел.)", why="a person's name and phone, not a project field",
            ign=lambda p, i: executors[i % len(executors)]),
    ]
    t = Table(cols)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Реестр"
    ws.cell(1, 1, "Реестр заявок на включение проектов в программу ИНО «Томск»").font = HEAD
    ws.cell(2, 1, "ОГБУ «Томский областной инновационный центр», сформирован 14.10.2019")
    write_header(ws, 3, cols, False)
    defaults = {f: "num" for f in MONEY | JOBS}
    defaults.update({"start_date": "date", "end_date": "date"})
    records, rejected, skipped = [], [], {}
    r = 4
    n = 0
    letters = {c["field"]: get_column_letter(x) for x, c in enumerate(cols, start=1) if c["field"]}
    for kind, p, reject in BAD_ROWS:
        if kind == "blank":
            for x in range(1, len(cols) + 1):
                ws.cell(r, x).border = BOX
            ws.cell(r, 3, " ")
            ws.cell(r, 9, "  ")
            skipped[str(r)] = "blank row (cells hold only spaces)"
            r += 1
            continue
        n += 1
        save = dict(t.written_as)
        vals = t.row_values(p, p.v, defaults, p.w, n)
        for x, v in enumerate(vals, start=1):
            style_cell(ws.cell(r, x, v), v)
        if reject:
            t.written_as = save  # rejected rows are not records
            reason, field = reject
            rejected.append({"sheet": "Реестр", "row": r, "reason": reason,
                             "column": letters[field], "code": p.code})
        else:
            records.append(record(p.v, t.fields))
        r += 1
    last = r - 1
    ws.cell(r + 1, 1, "Реестр сформирован по заявкам, поступившим до 10.10.2019.")
    skipped[str(r + 1)] = "footnote"
    for x, wdt in enumerate([5, 11, 50, 24, 14, 14, 12, 12, 13, 10, 10, 12, 12, 40, 24, 24],
                            start=1):
        ws.column_dimensions[get_column_letter(x)].width = wdt
    save_xlsx(wb, os.path.join(HERE, BAD_FILE), "ОГБУ «Томский областной инновационный центр»")
    obj = expected(
        BAD_FILE, t, records, rejected,
        {"header_row": 3, "data_rows": [4, last], "skipped_rows": skipped,
         "name_length_limit": 500},
        "Application register of a regional innovation centre. Sheet 'Реестр', title rows 1-2, "
        f"header row 3, data rows 4-{last}. {len(records)} valid rows are imported; "
        f"{len(rejected)} rows are rejected: a negative regional-budget amount (row 6), an end "
        "date before the start date (row 9, both dd.mm.yyyy text), an unknown cluster 'Кластер "
        "креативных индустрий' (row 11), code INO-3571 on rows 13 and 16 with different data "
        "(both rejected), text in a number column ('не менее 150' jobs, row 14; '1,2 млрд' "
        "total cost, row 17 - text with a unit word is not a number), and a name of "
        f"{len(LONG_NAME)} characters (row 18; limit 500). Row 8 holds only spaces in bordered "
        f"cells and is skipped silently; row {r + 1} is a footnote. Units: 'Полная стоимость, "
        "млн руб.'; the 'в т.ч. ФБ / ОБ / средства инвестора' columns carry no unit and are RUB "
        "million too ('средства инвестора' = extra-budgetary). Not imported: №, Примечание, "
        "Исполнитель (a person's name and phone).")
    write_json(os.path.join(HERE, BAD_FILE.replace(".xlsx", ".expected.json")), obj)


def main():
    codes = [p.code for p in SUMMARY] + [p.code for _, _, _, ps in CLUSTER_SHEETS for p in ps] \
        + [p.code for p in ENGLISH] + [p.code for p in UPDATE_NEW] \
        + [p.code for p in CSV_PROJECTS] + sorted({p.code for k, p, _ in BAD_ROWS if p})
    assert len(codes) == len(set(codes)), "a code is used twice"
    assert all(re.fullmatch(r"INO-35\d\d", c) and "INO-3501" <= c <= "INO-3599" for c in codes)
    base = build_summary()
    build_clusters()
    build_english()
    build_update(base)
    build_csv()
    build_bad()
    print(f"{len(codes)} project codes, {codes[0]}..{max(codes)}")


if __name__ == "__main__":
    main()
