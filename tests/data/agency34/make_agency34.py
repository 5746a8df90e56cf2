#!/usr/bin/env python3
"""Generate the agency34 evaluation set: six agency files and their expected import results.

Every project is defined once, with canonical values (money as Decimal RUB million with one
decimal, dates as ``date``, vocabulary as the keys the samples' expected files use).  Each file
then says, per project, how its sender wrote a field where that differs from the file's usual
spelling.  The expected JSON is computed from the canonical values, never from the written
cells, and ``written_as`` records every cell whose written form differs from the canonical one.

Run:  /work/main/.venv/bin/python make_agency34.py
The output is deterministic: fixed zip entry times and fixed docProps dates.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent

FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
          "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
          "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created", "lead_organization",
          "problems"]
MONEY = {"total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
         "extra_budgetary_confirmed_mln"}
DATES = {"start_date", "end_date"}
JOBS = {"jobs_planned", "jobs_created"}
VOCAB = {"cluster", "work_area", "location", "status"}

STATUS_KEYS = {"planned", "in_progress", "completed", "suspended"}
CLUSTER_KEYS = {"petrochemical", "nuclear", "timber", "pharma", "medtech_it", "wildlife",
                "hard_to_recover"}
WORK_AREA_KEYS = {"industry", "science_education", "innovation_business", "smart_city",
                  "business_environment"}
PLACES = {"Томск", "Северск", "Асино", "Стрежевой", "Колпашево", "Томский район"}

FIXED_ZIP_TIME = (2023, 10, 2, 9, 0, 0)
FIXED_W3C = "2023-10-02T09:00:00Z"


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def M(s: str) -> Decimal:
    v = Decimal(s)
    assert v == v.quantize(Decimal("0.1")), s
    return v.quantize(Decimal("0.1"))


# ---------------------------------------------------------------------------------------------
# Canonical projects
# ---------------------------------------------------------------------------------------------

PROJECTS: dict[str, dict] = {}


def project(code, name, cluster=None, work_area=None, location=None, status=None, start=None,
            end=None, total=None, fed=None, reg=None, extra=None, conf=None, jp=None, jc=None,
            org=None, problems=None, local=None, spent=None):
    """Define a project once.  ``local`` (municipal budget) and ``spent`` are not canonical
    fields: they feed look-alike columns that must not be imported."""
    assert code not in PROJECTS, code
    assert re.fullmatch(r"INO-34\d\d", code) and "INO-3401" <= code <= "INO-3499", code
    p = {"code": code, "name": name, "cluster": cluster, "work_area": work_area,
         "location": location, "status": status,
         "start_date": D(start) if start else None, "end_date": D(end) if end else None,
         "total_cost_mln": M(total) if total is not None else None,
         "federal_budget_mln": M(fed) if fed is not None else None,
         "regional_budget_mln": M(reg) if reg is not None else None,
         "extra_budgetary_mln": M(extra) if extra is not None else None,
         "extra_budgetary_confirmed_mln": M(conf) if conf is not None else None,
         "jobs_planned": jp, "jobs_created": jc, "lead_organization": org, "problems": problems,
         "_local": M(local) if local is not None else None,
         "_spent": M(spent) if spent is not None else None}
    assert cluster is None or cluster in CLUSTER_KEYS, (code, cluster)
    assert work_area is None or work_area in WORK_AREA_KEYS, (code, work_area)
    assert location is None or location in PLACES, (code, location)
    assert status is None or status in STATUS_KEYS, (code, status)
    if p["start_date"] and p["end_date"]:
        assert p["start_date"] < p["end_date"], code
    parts = [p[k] for k in ("federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln")]
    if p["total_cost_mln"] is not None and all(x is not None for x in parts):
        assert sum(parts) + (p["_local"] or 0) == p["total_cost_mln"], code
    if p["extra_budgetary_confirmed_mln"] is not None and p["extra_budgetary_mln"] is not None:
        assert p["extra_budgetary_confirmed_mln"] <= p["extra_budgetary_mln"], code
    if jp is not None and jc is not None:
        assert jc <= jp, code
        if status == "planned":
            assert jc == 0, code
        if status == "completed":
            assert jc == jp, code
    PROJECTS[code] = p
    return p


# --- 1. Ministry summary (Минэкономразвития России), INO-3401 .. INO-3420 --------------------
project("INO-3401", "Строительство завода по производству полиэтилентерефталата",
        "petrochemical", "industry", "Томск", "in_progress", "2021-04-12", "2025-12-31",
        "8450.0", "1200.0", "350.0", "6900.0", "5100.0", 420, 180, "ООО «Томскнефтехим»",
        "Задержка поставки компрессорного оборудования из-за санкционных ограничений",
        spent="3980.0")
project("INO-3402", "Модернизация производства метанола на площадке «Томскнефтехим»",
        "petrochemical", "industry", "Томск", "completed", "2018-03-01", "2022-11-30",
        "3120.4", "0.0", "212.4", "2908.0", "2908.0", 150, 150, "ООО «Томскнефтехим»", None,
        spent="3120.4")
project("INO-3403", "Создание опытно-промышленного производства изотопа никель-63", "nuclear",
        "innovation_business", "Северск", "in_progress", "2020-09-15", "2024-12-31",
        "1875.6", "640.0", "85.6", "1150.0", "900.0", 65, 22,
        "АО «Сибирский химический комбинат»",
        "Не завершено лицензирование производственной площадки в Ростехнадзоре", spent="1012.3")
project("INO-3404", "Строительство центра ядерной медицины", "nuclear", "science_education",
        "Томск", "planned", "2024-03-01", "2027-12-31", "6280.0", "4100.0", "780.0", "1400.0",
        "0.0", 240, 0,
        "ФГАОУ ВО «Национальный исследовательский Томский политехнический университет»",
        "Не определён источник внебюджетного финансирования", spent="0.0")
project("INO-3405", "Завод по производству фанеры и шпона", "timber", "industry", "Асино",
        "in_progress", "2019-06-20", "2024-06-30", "4560.0", "0.0", "160.0", "4400.0", "3800.0",
        380, 310, "ООО «Сибирская лесная компания»", None, spent="3870.5")
project("INO-3406", "Производство топливных пеллет из отходов деревообработки", "timber",
        "innovation_business", "Колпашево", "suspended", "2020-02-10", "2023-12-31", "312.8",
        "0.0", "18.8", "294.0", "120.0", 45, 12, "ООО «Колпашевский лесной терминал»",
        "Инвестор приостановил финансирование; ведутся переговоры о смене инвестора",
        spent="96.4")
project("INO-3407", "Выпуск инфузионных растворов в полимерной упаковке", "pharma", "industry",
        "Томск", "in_progress", "2021-01-18", "2024-09-30", "1340.0", "300.0", "40.0", "1000.0",
        "1000.0", 110, 64, "ООО «Томскхимфарм»", None, spent="805.0")
project("INO-3408", "Клинические исследования отечественного противотуберкулёзного препарата",
        "pharma", "science_education", "Томск", "completed", "2017-05-01", "2022-03-31",
        "486.3", "250.0", "36.3", "200.0", "200.0", 18, 18,
        "ФГБОУ ВО «Сибирский государственный медицинский университет» Минздрава России", None,
        spent="486.3")
project("INO-3409", "Серийное производство цифровых рентгеновских аппаратов", "medtech_it",
        "industry", "Томск", "in_progress", "2022-02-01", "2025-12-31", "920.5", "0.0", "120.5",
        "800.0", "650.0", 95, 40, "ООО «Медицинские технологии Сибири»",
        "1. Рост стоимости электронных компонентов более чем на 30 %.\n"
        "2. Не получено регистрационное удостоверение Росздравнадзора.", spent="402.7")
project("INO-3410", "Центр обработки данных «Томск-ЦОД»", "medtech_it", "smart_city", "Томск",
        "planned", "2024-01-15", "2026-06-30", "2750.0", "0.0", "500.0", "2250.0", "300.0", 60, 0,
        "ООО «Томские облачные сервисы»", None, spent="0.0")
project("INO-3411", "Глубокая переработка кедрового ореха", "wildlife", "industry",
        "Томский район", "in_progress", "2020-07-01", "2024-12-31", "640.0", "0.0", "40.0",
        "600.0", "480.0", 85, 51, "ООО «Сибирский кедр»", None, spent="512.0")
project("INO-3412", "Производство ягодных экстрактов и концентратов", "wildlife",
        "innovation_business", "Колпашево", "completed", "2018-09-01", "2021-10-15", "205.7",
        "35.0", "10.7", "160.0", "160.0", 40, 40, "ООО «Нарымские дары»", None, spent="205.7")
project("INO-3413", "Опытная разработка баженовской свиты методом термогазового воздействия",
        "hard_to_recover", "innovation_business", "Стрежевой", "in_progress", "2019-04-01",
        "2026-12-31", "12400.0", "2400.0", "0.0", "10000.0", "7500.0", 210, 95,
        "ОАО «Томскнефть» ВНК",
        "Не утверждены налоговые льготы по НДД для участков с трудноизвлекаемыми запасами",
        spent="6120.0")
project("INO-3414", "Полигон испытаний технологий добычи трудноизвлекаемой нефти",
        "hard_to_recover", "science_education", "Стрежевой", "planned", "2024-05-01",
        "2028-12-31", "3600.0", "1500.0", "100.0", "2000.0", "0.0", 70, 0,
        "ФГАОУ ВО «Национальный исследовательский Томский государственный университет»", None,
        spent="0.0")
project("INO-3415", "Создание межуниверситетского студенческого кампуса", None,
        "science_education", "Томск", "in_progress", "2021-09-01", "2026-12-31", "14500.0",
        "9800.0", "1200.0", "3500.0", "3500.0", 500, 120, "ОГКУ «Облстройзаказчик»",
        "Требуется перераспределение лимитов федерального финансирования на 2024 год",
        spent="5230.0")
project("INO-3416", "Программа «Деревянный Томск»: реставрация объектов деревянного зодчества",
        None, "smart_city", "Томск", "in_progress", "2019-10-01", "2025-12-31", "1150.0", "0.0",
        "650.0", "500.0", "350.0", 30, 14, "Администрация Города Томска", None, spent="610.0")
project("INO-3417", "Цифровая платформа поддержки малого и среднего предпринимательства", None,
        "business_environment", "Томск", "completed", "2019-02-01", "2022-12-20", "96.4", "0.0",
        "96.4", "0.0", "0.0", 12, 12,
        "Департамент развития предпринимательства и реального сектора экономики Томской области",
        None, spent="96.4")
project("INO-3418", "Создание промышленного технопарка «Северский»", None,
        "business_environment", "Северск", "planned", "2023-10-01", "2026-12-31", "1980.0",
        "900.0", "180.0", "900.0", "250.0", 300, 0,
        "АО «Особая экономическая зона технико-внедренческого типа «Томск»»",
        "Не определён якорный резидент технопарка", spent="0.0")
project("INO-3419", "Интеллектуальная система управления дорожным движением", None,
        "smart_city", "Томск", "suspended", "2020-05-01", "2024-12-31", "740.0", "320.0",
        "420.0", "0.0", "0.0", 25, 8, "Администрация Города Томска",
        "Расторгнут контракт с подрядчиком, проводится повторный конкурс", spent="188.6")
project("INO-3420", "Производство композитных насосно-компрессорных труб", "petrochemical",
        "industry", "Стрежевой", "planned", "2024-02-01", "2026-03-31", "530.0", "0.0", "30.0",
        "500.0", "100.0", 80, 0, "ООО «Стрежевской завод композитных труб»", None, spent="0.0")

# --- 4. New projects first sent in the quarterly update, INO-3421 .. INO-3424 ----------------
# Only the fields the update file carries are known; the rest stay None (null).
project("INO-3421", "Производство катализаторов для нефтепереработки", "petrochemical",
        status="planned", total="1450.0", fed="0.0", reg="50.0", extra="1400.0", conf="200.0",
        jp=85, jc=0, problems=None)
project("INO-3422", "Центр компетенций по беспилотным авиационным системам", None,
        status="planned", total="780.0", fed="300.0", reg="80.0", extra="400.0", conf="100.0",
        jp=40, jc=0, problems="Не определён земельный участок под испытательный полигон")
project("INO-3423", "Выпуск биологически активных добавок из чаги", "wildlife",
        status="in_progress", total="96.0", fed="0.0", reg="6.0", extra="90.0", conf="90.0",
        jp=20, jc=6, problems=None)
project("INO-3424", "Производство стабильных изотопов для медицины", "nuclear",
        status="in_progress", total="2100.0", fed="700.0", reg="100.0", extra="1300.0",
        conf="1300.0", jp=60, jc=15, problems=None)

# --- 2. Cluster development centre, one sheet per cluster, INO-3425 .. INO-3438 -------------
project("INO-3425", "Производство полипропиленовых труб большого диаметра", "petrochemical",
        location="Томск", status="in_progress", start="2021-03-15", end="2024-06-30",
        total="780.0", extra="700.0", jp=120, jc=70, org="ООО «Томский завод полимерных труб»")
project("INO-3426", "Выпуск высокопрочной полимерной плёнки", "petrochemical",
        location="Томский район", status="planned", start="2024-04-01", end="2026-12-31",
        total="1450.0", extra="1450.0", jp=90, jc=0, org="АО «Сибполимер»")
project("INO-3427", "Производство литий-ионных накопителей энергии на площадке СХК", "nuclear",
        location="Северск", status="in_progress", start="2022-01-10", end="2025-12-31",
        total="2300.0", extra="1800.0", jp=150, jc=45,
        org="АО «Сибирский химический комбинат»")
project("INO-3428", "Центр радиационных технологий обработки материалов", "nuclear",
        location="Томск", status="completed", start="2018-06-01", end="2022-08-31",
        total="410.5", extra="210.5", jp=35, jc=35, org="ООО «Радиационные технологии»")
project("INO-3429", "Деревообрабатывающий комбинат по выпуску клеёного бруса", "timber",
        location="Асино", status="in_progress", start="2020-11-01", end="2024-12-31",
        total="1650.0", extra="1500.0", jp=220, jc=180, org="ООО «Томлесдрев»")
project("INO-3430", "Лесопильное производство полного цикла", "timber",
        location="Колпашево", status="suspended", start="2019-08-01", end="2023-12-31",
        total="260.0", extra="260.0", jp=60, jc=20, org="ООО «Северный лес»")
project("INO-3431", "Производство лекарственных средств на основе растительного сырья", "pharma",
        location="Томск", status="in_progress", start="2021-06-01", end="2024-12-31",
        total="540.0", extra="400.0", jp=55, jc=30, org="ООО «Фитофарм Томск»")
project("INO-3432", "Фармацевтический завод полного цикла", "pharma",
        location="Северск", status="planned", start="2024-07-01", end="2027-12-31",
        total="3900.0", extra="3200.0", jp=210, jc=0,
        org="ООО «Северская фармацевтическая компания»")
project("INO-3433", "Производство имплантатов из никелида титана", "medtech_it",
        location="Томск", status="completed", start="2017-03-01", end="2021-12-31",
        total="185.0", extra="120.0", jp=40, jc=40,
        org="ООО «НИИ медицинских материалов и имплантатов с памятью формы»")
project("INO-3434", "Разработка платформы телемедицинских консультаций", "medtech_it",
        location="Томск", status="in_progress", start="2022-05-16", end="2024-11-30",
        total="96.8", extra="60.0", jp=25, jc=18, org="ООО «ТелеМед Сибирь»")
project("INO-3435", "Переработка дикорастущих грибов и ягод", "wildlife",
        location="Томский район", status="in_progress", start="2021-08-01", end="2024-09-30",
        total="150.0", extra="135.0", jp=45, jc=30, org="ООО «Таёжный урожай»")
project("INO-3436", "Заготовительный пункт дикоросов", "wildlife",
        location="Колпашево", status="completed", start="2019-05-01", end="2021-09-30",
        total="42.6", extra="42.6", jp=15, jc=15, org="СПоК «Нарымские дары»")
project("INO-3437", "Освоение палеозойских отложений Останинской группы месторождений",
        "hard_to_recover", location="Стрежевой", status="in_progress", start="2020-01-20",
        end="2027-12-31", total="18500.0", extra="18500.0", jp=300, jc=140,
        org="ООО «Газпромнефть-Восток»")
project("INO-3438", "Пилотное применение многостадийного гидроразрыва на юрских пластах",
        "hard_to_recover", location="Стрежевой", status="planned", start="2024-01-01",
        end="2025-12-31", total="2750.5", extra="2750.5", jp=40, jc=0,
        org="ОАО «Томскнефть» ВНК")

# --- 3. English-speaking co-investment fund, INO-3440 .. INO-3450 -----------------------------
project("INO-3440", "Строительство завода по выпуску биоразлагаемых полимеров", "petrochemical",
        "industry", "Томск", "in_progress", "2022-03-01", "2025-09-30", "2100.0", "0.0", "100.0",
        "2000.0", "1500.0", 130, 40, "Tomskneftekhim LLC",
        "Feedstock supply contract not yet signed")
project("INO-3441", "Опытное производство радиоизотопных источников тепла", "nuclear",
        "innovation_business", "Северск", "planned", "2024-02-01", "2026-12-31", "1340.0",
        "900.0", "40.0", "400.0", "0.0", 50, 0, "АО «Сибирский химический комбинат»", None)
project("INO-3442", "Производство древесно-полимерного композита", "timber", "industry",
        "Асино", "completed", "2018-04-16", "2022-06-30", "388.2", "0.0", "28.2", "360.0",
        "360.0", 70, 70, "ООО «ДПК Сибирь»", None)
project("INO-3443", "Выпуск ветеринарных вакцин", "pharma", "industry", "Томск", "suspended",
        "2020-10-01", "2024-12-31", "760.0", "200.0", "60.0", "500.0", "150.0", 60, 12,
        "ООО «Сибирские биопрепараты»", "Co-investor withdrew; search for a new investor")
project("INO-3444", "Производство аппаратов ИВЛ для неонатологии", "medtech_it", "industry",
        "Томск", "in_progress", "2021-11-01", "2024-12-31", "420.0", "150.0", "20.0", "250.0",
        "250.0", 45, 30, "ООО «НеоМед»", None)
project("INO-3445", "Цифровая платформа «Умный дом» для управляющих компаний", None,
        "smart_city", "Томск", "in_progress", "2022-04-01", "2024-03-31", "58.5", "0.0", "18.5",
        "40.0", "40.0", 14, 10, "ООО «Умные системы ЖКХ»", None)
project("INO-3446", "Сортировка и глубокая переработка клюквы и брусники", "wildlife",
        "industry", "Колпашево", "completed", "2017-09-01", "2020-12-31", "128.0", "20.0", "8.0",
        "100.0", "100.0", 30, 30, "ООО «Нарымская ягода»", None)
project("INO-3447", "Испытательный центр керна трудноизвлекаемых запасов", "hard_to_recover",
        "science_education", "Стрежевой", "in_progress", "2021-02-15", "2024-12-31", "890.0",
        "300.0", "90.0", "500.0", "500.0", 40, 25, "ООО «ТомскНИПИнефть»",
        "Import substitution of core analysis equipment delays commissioning")
project("INO-3448", "Бизнес-инкубатор для технологических стартапов", None,
        "business_environment", "Томск", "completed", "2019-03-01", "2021-12-31", "74.3", "30.0",
        "44.3", "0.0", "0.0", 20, 20, "Tomsk Region Business Support Centre", None)
project("INO-3449", "Производство модульных домов из CLT-панелей", "timber",
        "innovation_business", "Томский район", "planned", "2024-06-01", "2026-06-30", "1200.0",
        "0.0", "0.0", "1200.0", "300.0", 110, 0, "ООО «Сибирский деревянный дом»",
        "Land plot lease not yet registered")
project("INO-3450", "Производство контрастных веществ для МРТ", "pharma", "industry", "Северск",
        "planned", "2024-03-01", "2026-12-31", "540.0", "0.0", "40.0", "500.0", "200.0", 45, 0,
        "ООО «Изотоп-Фарм»", None)

# --- 5. Regional development corporation, CRM export (CSV), INO-3455 .. INO-3465 -------------
project("INO-3455", "Производство медицинских изделий из биорезорбируемых полимеров",
        "medtech_it", "innovation_business", "Томск", "in_progress", "2021-05-12", "2024-12-31",
        "640.0", "100.0", "40.0", "500.0", "420.0", 60, 25, "ООО «БиоПолимед»", None, local="0.0")
project("INO-3456", "Лаборатория аддитивных технологий для атомной отрасли", "nuclear",
        "science_education", "Северск", "in_progress", "2022-02-01", "2025-06-30", "455.5",
        "200.0", "55.5", "200.0", "200.0", 30, 12, "ФГАОУ ВО «НИ ТПУ»",
        "Поставка 3D-принтера перенесена на 2024 г.; поставщик ООО \"АддиТех\" ссылается на "
        "логистику", local="0.0")
project("INO-3457", "Биотехнологический комплекс по переработке древесной зелени", "timber",
        "industry", "Асино", "planned", "2024-04-01", "2026-12-31", "980.0", "0.0", "80.0",
        "900.0", "150.0", 75, 0, "ООО «Сибирская хвоя»", None, local="0.0")
project("INO-3458", "Благоустройство набережной реки Томи с цифровой инфраструктурой", None,
        "smart_city", "Томск", "in_progress", "2021-06-01", "2024-10-31", "1320.0", "600.0",
        "420.0", "0.0", "0.0", 15, 10, "Администрация Города Томска", None, local="300.0")
project("INO-3459", "Центр коллективного пользования «Фармацевтические технологии»", "pharma",
        "science_education", "Томск", "completed", "2018-11-01", "2022-12-31", "265.0", "150.0",
        "15.0", "100.0", "100.0", 22, 22, "ФГБОУ ВО СибГМУ Минздрава России", None, local="0.0")
project("INO-3460", "Производство присадок к дизельному топливу", "petrochemical", "industry",
        "Томский район", "in_progress", "2020-03-15", "2024-03-31", "1560.0", "0.0", "60.0",
        "1500.0", "1500.0", 95, 70, "ООО «Сибирские присадки»", None, local="0.0")
project("INO-3461", "Цифровой двойник месторождений с трудноизвлекаемыми запасами",
        "hard_to_recover", "innovation_business", "Стрежевой", "in_progress", "2022-07-01",
        "2025-12-31", "690.0", "0.0", "0.0", "690.0", "690.0", 20, 8, "ОАО «Томскнефть» ВНК",
        None, local="0.0")
project("INO-3462", "Муниципальный бизнес-инкубатор", None, "business_environment",
        "Колпашево", "completed", "2019-04-01", "2020-12-31", "38.6", "0.0", "20.0", "0.0",
        "0.0", 10, 10, "МКУ «Агентство по развитию предпринимательства»", None, local="18.6")
project("INO-3463", "Завод по глубокой переработке древесины (этап II)", "timber", "industry",
        "Асино", "suspended", "2019-01-15", "2024-12-31", "5200.0", "500.0", "200.0", "4500.0",
        "2100.0", 400, 150, "ООО «Асиновский ЛПК»",
        "Спор с инвестором по условиям СЗПК; работы приостановлены до решения арбитражного суда",
        local="0.0")
project("INO-3464", "Производство противовирусного препарата на основе бетулина", "pharma",
        "industry", "Томский район", "planned", "2024-01-10", "2025-09-30", "310.0", "0.0",
        "10.0", "300.0", "60.0", 28, 0, "ООО «Береста Фарм»", None, local="0.0")
project("INO-3465", "Детский технопарк «Кванториум» с ИТ-кубом", "medtech_it",
        "science_education", "Северск", "completed", "2019-09-01", "2021-08-31", "152.4", "80.0",
        "32.4", "30.0", "30.0", 18, 18, "МАУ «Центр развития образования»", None, local="10.0")

# --- 6. Municipal register with bad rows: valid projects INO-3470 .. INO-3477 ----------------
project("INO-3470", "Строительство тепличного комплекса с досвечиванием", None,
        location="Томский район", status="in_progress", start="2021-09-01", end="2024-12-31",
        total="2400.0", fed="0.0", reg="150.0", extra="2250.0", jp=180)
project("INO-3471", "Лесоперерабатывающее производство", "timber", location="Асино",
        status="completed", start="2018-05-01", end="2021-11-30", total="760.0", fed="0.0",
        reg="60.0", extra="700.0", jp=140)
project("INO-3472", "Пункт приёма и переработки кедрового ореха", "wildlife",
        location="Колпашево", status="in_progress", start="2022-06-01", end="2024-09-30",
        total="48.5", fed="0.0", reg="8.5", extra="40.0", jp=18,
        problems="- нет подключения к электросетям; - не оформлен земельный участок")
project("INO-3473", "Производство радиационно-модифицированных полимеров", "nuclear",
        location="Северск", status="planned", start="2024-02-01", end="2025-12-31",
        total="120.0", fed="0.0", reg="20.0", extra="100.0", jp=25)
project("INO-3474", "Реконструкция котельной с переводом на древесные пеллеты", "timber",
        location="Колпашево", status="completed", start="2019-07-01", end="2020-10-30",
        total="86.2", fed="40.0", reg="16.2", extra="30.0", jp=12)
project("INO-3475", "Строительство базы сервисного обслуживания нефтепромыслов",
        "hard_to_recover", location="Стрежевой", status="in_progress", start="2021-03-01",
        end="2024-12-31", total="1350.0", fed="0.0", reg="0.0", extra="1350.0", jp=90)
project("INO-3476", "Коворкинг-центр для предпринимателей", None, location="Стрежевой",
        status="completed", start="2020-02-01", end="2021-06-30", total="24.8", fed="0.0",
        reg="12.4", extra="12.4", jp=8)
project("INO-3477", "Производство биологически активных субстанций из пантов марала", "pharma",
        location="Томский район", status="suspended", start="2020-08-01", end="2024-06-30",
        total="330.0", fed="30.0", reg="0.0", extra="300.0", jp=40,
        problems="Инвестор заявил о выходе из проекта")

# ---------------------------------------------------------------------------------------------
# Rendering helpers: canonical value -> cell as the sender wrote it
# ---------------------------------------------------------------------------------------------

NBSP = "\u00a0"
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
UNIT_FACTOR = {"thousand": Decimal(1000), "million": Decimal(1), "billion": Decimal("0.001")}


def ru_number(x: Decimal, sep: str = NBSP, min_dec: int = 1) -> str:
    """Decimal -> Russian text: decimal comma, thousands separated by ``sep``."""
    sign = "-" if x < 0 else ""
    s = format(abs(x), "f")
    ip, _, fr = s.partition(".")
    fr = fr.rstrip("0")
    if len(fr) < min_dec:
        fr = fr.ljust(min_dec, "0")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = sign + sep.join(groups)
    return out + ("," + fr if fr else "")


def money_cell(v: Decimal, unit: str, mode):
    x = v * UNIT_FACTOR[unit]
    if mode is None:
        if unit == "thousand":
            assert x == x.to_integral_value()
            return int(x)
        return float(x)
    if mode == "T":       # Russian text, non-breaking space between thousands
        return ru_number(x, NBSP)
    if mode == "TS":      # Russian text, plain space between thousands
        return ru_number(x, " ")
    if mode == "TN":      # Russian text, no thousands separator
        return ru_number(x, "")
    if mode == "TN0":     # Russian text, no separator, no decimals when whole
        return ru_number(x, "", 0)
    if mode == "TS0":
        return ru_number(x, " ", 0)
    raise ValueError(mode)


def quarter_of(v: dt.date) -> int:
    q = (v.month - 1) // 3 + 1
    last = dt.date(v.year, 12, 31) if q == 4 else \
        dt.date(v.year, 3 * q + 1, 1) - dt.timedelta(days=1)
    assert v == last, f"{v} is not a quarter end"
    return q


def date_cell(v: dt.date, mode):
    if mode is None:
        return v
    if mode == "D":
        return v.strftime("%d.%m.%Y")
    if mode == "DG":
        return v.strftime("%d.%m.%Y") + " г."
    if mode == "Q":
        return f"{ROMAN[quarter_of(v)]} кв. {v.year}"
    if mode == "QW":
        return f"{ROMAN[quarter_of(v)]} квартал {v.year} г."
    if mode == "QA":
        return f"{quarter_of(v)} кв. {v.year}"
    if mode == "QE":
        return f"Q{quarter_of(v)} {v.year}"
    if mode == "MR":
        return f"{v.day} {RU_MONTHS_GEN[v.month - 1]} {v.year} г."
    if mode == "ME":
        return f"{v.day} {EN_MONTHS[v.month - 1]} {v.year}"
    raise ValueError(mode)


def canon_json(field, v):
    if v is None:
        return None
    if field in MONEY:
        return float(v)
    if field in DATES:
        return v.isoformat()
    return v


def written_json(cell):
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return cell


def differs(field, canon, cell, is_csv) -> bool:
    if cell is None or cell == "":
        return canon is not None
    if is_csv:
        if canon is None:
            return True
        if isinstance(canon, int) and not isinstance(canon, bool):
            return cell != str(canon)
        return cell != str(canon)
    wj = written_json(cell)
    if canon is None:
        return True
    if isinstance(canon, str):
        return not (isinstance(wj, str) and wj == canon and
                    (field not in DATES or isinstance(cell, dt.date)))
    # numeric canonical
    if isinstance(cell, str) or isinstance(cell, bool):
        return True
    return float(cell) != float(canon)


class Renderer:
    """Turns a canonical project into the cells of one file."""

    def __init__(self, vocab: dict, units: dict, money_mode=None, date_mode=None,
                 jobs_mode=None, is_csv=False):
        self.vocab = vocab          # field -> {key or None: spelling}
        self.units = units          # money field -> unit
        self.money_mode = money_mode
        self.date_mode = date_mode
        self.jobs_mode = jobs_mode
        self.is_csv = is_csv

    def cell(self, p, field, over):
        v = p[field]
        if field in over and not isinstance(over[field], Mode):
            return over[field]
        mode = over[field].m if field in over else None
        if field in VOCAB:
            return self.vocab[field][v]
        if v is None:
            return "" if self.is_csv else None
        if field in MONEY:
            return money_cell(v, self.units[field], mode if mode is not None else self.money_mode)
        if field in DATES:
            return date_cell(v, mode if mode is not None else self.date_mode)
        if field in JOBS:
            m = mode if mode is not None else self.jobs_mode
            return str(v) if (m == "T" or self.is_csv) else v
        return v

    def render(self, p, fields, over):
        cells, wa = {}, []
        for f in fields:
            c = self.cell(p, f, over)
            cells[f] = c
            cj = canon_json(f, p[f])
            if differs(f, cj, c, self.is_csv):
                wa.append([f, cj, written_json(c)])
        return cells, wa


class Mode:
    """Per-cell rendering mode override (e.g. money as Russian text, a date as a quarter)."""

    def __init__(self, m):
        self.m = m


T, TS, TN, TN0, TS0 = Mode("T"), Mode("TS"), Mode("TN"), Mode("TN0"), Mode("TS0")
DTXT, DG, Q, QW, QA, QE, MR, ME = (Mode("D"), Mode("DG"), Mode("Q"), Mode("QW"), Mode("QA"),
                                   Mode("QE"), Mode("MR"), Mode("ME"))


def record(p, fields):
    return {f: canon_json(f, p[f]) for f in fields}


# ---------------------------------------------------------------------------------------------
# Workbook helpers
# ---------------------------------------------------------------------------------------------

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HFILL = PatternFill("solid", fgColor="DDE6F0")


def style_header(c):
    c.font = Font(bold=True, size=10)
    c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    c.border = BORDER
    c.fill = HFILL


def write_two_level_header(ws, row, cols):
    """cols: list of dicts with 'top', optional 'sub'.  Writes rows ``row`` and ``row+1``;
    top-only columns are merged vertically, groups are merged horizontally."""
    n = len(cols)
    j = 0
    while j < n:
        c = cols[j]
        col = j + 1
        if c.get("sub") is None:
            ws.cell(row, col, c["top"])
            ws.merge_cells(start_row=row, start_column=col, end_row=row + 1, end_column=col)
            style_header(ws.cell(row, col))
            style_header(ws.cell(row + 1, col))
            j += 1
            continue
        k = j
        while k + 1 < n and cols[k + 1].get("sub") is not None and cols[k + 1]["top"] == c["top"]:
            k += 1
        ws.cell(row, col, c["top"])
        if k > j:
            ws.merge_cells(start_row=row, start_column=col, end_row=row, end_column=k + 1)
        for t in range(j, k + 1):
            style_header(ws.cell(row, t + 1))
            ws.cell(row + 1, t + 1, cols[t]["sub"])
            style_header(ws.cell(row + 1, t + 1))
        j = k + 1


def write_one_level_header(ws, row, cols):
    for j, c in enumerate(cols, start=1):
        ws.cell(row, j, c["top"])
        style_header(ws.cell(row, j))


def header_text(c):
    return f"{c['top']} / {c['sub']}" if c.get("sub") else c["top"]


def columns_json(cols):
    return [[header_text(c), c["field"]] for c in cols if c.get("field")]


def ignored_json(cols):
    return [[header_text(c), c["why"]] for c in cols if not c.get("field")]


def fmt_for(field, unit=None):
    if field in DATES:
        return "DD.MM.YYYY"
    if field in MONEY:
        return "#,##0" if unit == "thousand" else ("0.0000" if unit == "billion" else "#,##0.0")
    if field in JOBS:
        return "0"
    return None


def put_row(ws, r, values, fmts, border=True, wrap_cols=()):
    for j, v in enumerate(values, start=1):
        if v is None or v == "":
            if border:
                ws.cell(r, j).border = BORDER
            continue
        c = ws.cell(r, j, v)
        if border:
            c.border = BORDER
        f = fmts[j - 1]
        if f and not isinstance(v, str):
            c.number_format = f
        if j in wrap_cols:
            c.alignment = Alignment(wrap_text=True, vertical="top")


def save_deterministic(wb, path: Path, creator: str):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = dt.datetime(2023, 10, 2, 9, 0, 0)
    wb.properties.modified = dt.datetime(2023, 10, 2, 9, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>" + FIXED_W3C + r"\2",
                             txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>" + FIXED_W3C + r"\2",
                             txt)
                data = txt.encode("utf-8")
            if info.filename.startswith("xl/worksheets/sheet"):
                # openpyxl omits xml:space="preserve" on whitespace-only strings
                data = re.sub(rb"<t>(\s+)</t>", rb'<t xml:space="preserve">\1</t>', data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def write_expected(name: str, obj: dict):
    (HERE / f"{name}.expected.json").write_text(
        json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def fields_of(cols, extra=()):
    fs = {c["field"] for c in cols if c.get("field")} | set(extra)
    return [f for f in FIELDS if f in fs]


# ---------------------------------------------------------------------------------------------
# File 1: ministry summary
# ---------------------------------------------------------------------------------------------

SUMMARY_FILE = "minek_monitoring.xlsx"

SUMMARY_COLS = [
    {"top": "№ п/п", "why": "row number (№ п/п), not the project code"},
    {"top": "Код проекта", "field": "code"},
    {"top": "Наименование проекта", "field": "name"},
    {"top": "Кластер", "field": "cluster"},
    {"top": "Направление", "field": "work_area"},
    {"top": "Муниципальное образование", "field": "location"},
    {"top": "Стадия реализации", "field": "status"},
    {"top": "Срок реализации", "sub": "начало", "field": "start_date"},
    {"top": "Срок реализации", "sub": "окончание", "field": "end_date"},
    {"top": "Объём финансирования", "sub": "всего", "field": "total_cost_mln"},
    {"top": "Объём финансирования", "sub": "в т.ч. федеральный бюджет",
     "field": "federal_budget_mln"},
    {"top": "Объём финансирования", "sub": "в т.ч. областной бюджет",
     "field": "regional_budget_mln"},
    {"top": "Объём финансирования", "sub": "в т.ч. внебюджетные источники",
     "field": "extra_budgetary_mln"},
    {"top": "Объём финансирования", "sub": "из них подтверждённые внебюджетные",
     "field": "extra_budgetary_confirmed_mln"},
    {"top": "Освоено с начала реализации",
     "why": "amount spent to date (a money look-alike), not a canonical field"},
    {"top": "% освоения", "why": "percentage spent, not an amount"},
    {"top": "Рабочие места, ед.", "sub": "план", "field": "jobs_planned"},
    {"top": "Рабочие места, ед.", "sub": "факт", "field": "jobs_created"},
    {"top": "Ответственный исполнитель (организация)", "field": "lead_organization"},
    {"top": "Руководитель проекта (ФИО)",
     "why": "a person's name; the lead organisation is the 'Ответственный исполнитель' column"},
    {"top": "Проблемные вопросы", "field": "problems"},
    {"top": "Примечание", "why": "free note, not the problems field"},
]

SUMMARY_VOCAB = {
    "status": {"planned": "планируется", "in_progress": "реализуется", "completed": "завершён",
               "suspended": "приостановлен"},
    "cluster": {"petrochemical": "Нефтехимический", "nuclear": "Ядерных технологий",
                "timber": "Лесопромышленный", "pharma": "Фармацевтический",
                "medtech_it": "Медицинской техники и ИТ", "wildlife": "Дикоросов",
                "hard_to_recover": "ТрИЗ", None: "—"},
    "work_area": {"industry": "Передовая промышленность",
                  "science_education": "Наука и образование",
                  "innovation_business": "Технологические инновации, новые бизнесы",
                  "smart_city": "Умный и удобный город",
                  "business_environment": "Деловая среда"},
    "location": {"Томск": "г. Томск", "Северск": "ЗАТО Северск", "Асино": "г. Асино",
                 "Стрежевой": "г. Стрежевой", "Колпашево": "г. Колпашево",
                 "Томский район": "Томский район"},
}
SUMMARY_UNITS = {f: "thousand" for f in MONEY}

# per project: overrides (how this sender wrote a field where it differs from its usual way)
SUMMARY_ROWS = [
    ("INO-3401", {"end_date": Q, "total_cost_mln": T, "extra_budgetary_mln": T},
     "Иванов Сергей Петрович", "паспорт проекта утверждён 12.05.2021"),
    ("INO-3402", {"start_date": DTXT, "end_date": DTXT, "status": "Завершен"},
     "Кравченко Олег Викторович", None),
    ("INO-3403", {"cluster": "ядерных технологий", "status": "в стадии реализации",
                  "federal_budget_mln": TS, "jobs_created": Mode("T")},
     "Лебедев Андрей Николаевич", None),
    ("INO-3404", {"location": "г.Томск", "status": "планируется к реализации",
                  "end_date": QW, "total_cost_mln": T, "federal_budget_mln": T},
     "Чернов Павел Игоревич", "ожидается решение Минздрава России"),
    ("INO-3405", {"end_date": DTXT, "extra_budgetary_mln": TN},
     "Орлова Марина Сергеевна", None),
    ("INO-3406", {"status": "реализация приостановлена", "start_date": DG},
     "Субботин Илья Андреевич", "сведения представлены инициатором 28.06.2023"),
    ("INO-3407", {"cluster": "Фармацевтический кластер", "status": "Реализуется",
                  "end_date": QA}, "Гусева Татьяна Олеговна", None),
    ("INO-3408", {"status": "Реализован", "end_date": DTXT, "total_cost_mln": T},
     "Васильев Константин Юрьевич", None),
    ("INO-3409", {"cluster": "медицинской техники и ИТ", "end_date": DTXT},
     "Миронов Денис Александрович", None),
    ("INO-3410", {"work_area": "Умный город", "start_date": DTXT, "end_date": DTXT},
     "Захарова Елена Викторовна", None),
    ("INO-3411", {"cluster": "Кластер «Дикоросы»", "location": "Томский р-н",
                  "lead_organization": "ООО «Сибирский кедр» "},
     "Фёдоров Николай Иванович", None),
    ("INO-3412", {"work_area": "Технологические инновации и новые бизнесы", "status": "завершен",
                  "start_date": DTXT}, "Белова Ирина Петровна", None),
    ("INO-3413", {"cluster": "ТРИЗ", "total_cost_mln": T, "extra_budgetary_mln": T,
                  "extra_budgetary_confirmed_mln": T}, "Соколов Виталий Павлович",
     "в т.ч. средства по СЗПК"),
    ("INO-3414", {"cluster": "трудноизвлекаемых запасов", "end_date": Q},
     "Никитин Роман Сергеевич", None),
    ("INO-3415", {"cluster": None, "work_area": "Наука, образование", "total_cost_mln": T,
                  "federal_budget_mln": T}, "Попов Алексей Геннадьевич", None),
    ("INO-3416", {"cluster": "", "start_date": DTXT}, "Морозова Анна Дмитриевна", None),
    ("INO-3417", {"cluster": "-", "end_date": DTXT}, "Ковалёв Михаил Евгеньевич",
     "проект завершён, отчёт принят"),
    ("INO-3418", {"location": "Северск", "start_date": DTXT},
     "Зайцев Юрий Борисович", None),
    ("INO-3419", {"cluster": "—", "status": "Приостановлен", "end_date": Q},
     "Тарасов Виктор Алексеевич", None),
    ("INO-3420", {"end_date": Q, "jobs_planned": Mode("T")}, "Ефимов Степан Олегович", None),
]


def build_summary():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Свод"
    cols = SUMMARY_COLS
    ncol = len(cols)
    ws.cell(1, 1, "Министерство экономического развития Российской Федерации").font = \
        Font(bold=True, size=12)
    ws.cell(2, 1, "Сведения о ходе реализации проектов комплексной программы «ИНО Томск»") \
        .font = Font(bold=True, size=12)
    ws.cell(3, 1, "по состоянию на 01.07.2023")
    ws.cell(4, ncol, "(тыс. рублей)").alignment = Alignment(horizontal="right")
    write_two_level_header(ws, 5, cols)
    for j in range(1, ncol + 1):
        c = ws.cell(7, j, j)
        c.alignment = Alignment(horizontal="center")
        c.font = Font(italic=True, size=8)
        c.border = BORDER
    rend = Renderer(SUMMARY_VOCAB, SUMMARY_UNITS)
    fields = fields_of(cols)
    fmts = [fmt_for(c.get("field"), "thousand") for c in cols]
    fmts[14] = "#,##0"
    fmts[15] = "0.0"
    records, written = [], {}
    r = 8
    totals = {f: Decimal(0) for f in MONEY}
    jobs_tot = {"jobs_planned": 0, "jobs_created": 0}
    spent_tot = Decimal(0)
    for i, (code, over, person, note) in enumerate(SUMMARY_ROWS, start=1):
        p = PROJECTS[code]
        cells, wa = rend.render(p, fields, over)
        spent = p["_spent"]
        pct = float((spent / p["total_cost_mln"] * 100).quantize(Decimal("0.1")))
        row = []
        for c in cols:
            f = c.get("field")
            if f:
                row.append(cells[f])
            elif c["top"] == "№ п/п":
                row.append(i)
            elif c["top"].startswith("Освоено"):
                row.append(int(spent * 1000))
            elif c["top"].startswith("%"):
                row.append(pct)
            elif c["top"].startswith("Руководитель"):
                row.append(person)
            else:
                row.append(note)
        put_row(ws, r, row, fmts, wrap_cols=(3, 19, 21))
        records.append(record(p, fields))
        if wa:
            written[code] = wa
        for f in MONEY:
            totals[f] += p[f]
        for f in jobs_tot:
            jobs_tot[f] += p[f]
        spent_tot += spent
        r += 1
    last_data = r - 1
    # totals row
    tot = []
    for c in cols:
        f = c.get("field")
        if c["top"] == "№ п/п":
            tot.append("Итого")
        elif f in MONEY:
            tot.append(int(totals[f] * 1000))
        elif f in JOBS:
            tot.append(jobs_tot[f])
        elif c["top"].startswith("Освоено"):
            tot.append(int(spent_tot * 1000))
        else:
            tot.append(None)
    put_row(ws, r, tot, fmts)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    for j in range(1, ncol + 1):
        ws.cell(r, j).font = Font(bold=True)
    totals_row = r
    ws.cell(r + 2, 1, "* Объём внебюджетных источников указан по данным инициаторов проектов; "
                      "подтверждёнными считаются средства, предусмотренные заключёнными "
                      "соглашениями.")
    ws.cell(r + 3, 1, "Исполнитель: Смирнова О.В., тел. +7 (495) 870-70-70, доб. 2245")
    widths = [6, 12, 42, 20, 26, 18, 18, 12, 12, 14, 14, 14, 14, 14, 14, 9, 9, 9, 34, 26, 44, 26]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "D8"
    save_deterministic(wb, HERE / SUMMARY_FILE, "Минэкономразвития России")
    exp = {
        "file": SUMMARY_FILE, "refused": False, "fields": fields,
        "record_count": len(records), "records": records, "rejected": [],
        "columns": columns_json(cols), "ignored_columns": ignored_json(cols),
        "written_as": written,
        "header_rows": [5, 6], "data_rows": [8, last_data],
        "skipped_rows": {"4": "unit line of the title ('(тыс. рублей)')",
                         "7": "column numbers", str(totals_row): "totals ('Итого')",
                         str(totals_row + 2): "footnote", str(totals_row + 3): "footnote"},
        "unit": "thousand roubles, stated once in the title area (row 4, '(тыс. рублей)'), "
                "not in the column headers",
        "notes": (
            "Federal ministry monitoring form (one sheet 'Свод'). Title rows 1-3 and a unit line "
            "'(тыс. рублей)' in row 4 at the right: every amount in the table is in thousand "
            "roubles although no column header says so; values here are RUB million. "
            "Two-level merged header in rows 5-6 (parents 'Срок реализации', 'Объём "
            "финансирования', 'Рабочие места, ед.' over children начало/окончание, всего/в т.ч. "
            "..., план/факт). Row 7 numbers the columns. Data rows 8-%d, row %d is the totals "
            "row ('Итого', merged A:I), rows %d-%d are a footnote and the clerk's contact. "
            "Look-alike columns not imported: '№ п/п', 'Освоено с начала реализации' (money "
            "spent, not a canonical field), '%% освоения', 'Руководитель проекта (ФИО)' (a "
            "person; the organisation is 'Ответственный исполнитель (организация)'), "
            "'Примечание'. 'Стадия реализации' is the status ('в стадии реализации', "
            "'реализация приостановлена', 'Реализован', 'планируется к реализации'); the "
            "cluster is written as an adjective or genitive ('Ядерных технологий', "
            "'Дикоросов', 'ТрИЗ'); '—', '-' and an empty cell mean no cluster. Places carry "
            "prefixes ('г. Томск', 'г.Томск', 'ЗАТО Северск', 'Томский р-н'). End dates are "
            "real dates, 'dd.mm.yyyy' text or quarters ('IV кв. 2025', 'I квартал 2026 г.', "
            "'3 кв. 2024' = last day of the quarter). Some amounts are text ('8 450 000,0' with "
            "non-breaking or plain spaces, '4400000,0'); one jobs cell is text. One problems "
            "cell holds two numbered lines separated by a line break (kept as written); one "
            "organisation has a trailing space (trimmed)."
            % (last_data, totals_row, totals_row + 2, totals_row + 3)),
    }
    write_expected(SUMMARY_FILE.rsplit(".", 1)[0], exp)
    return {rec["code"]: rec for rec in records}, [rec["code"] for rec in records]


# ---------------------------------------------------------------------------------------------
# File 4: quarterly update of the ministry summary
# ---------------------------------------------------------------------------------------------

UPDATE_FILE = "minek_monitoring_q3.xlsx"

UPDATE_COLS = [
    {"top": "№", "why": "row number, not the project code"},
    {"top": "Код проекта", "field": "code"},
    {"top": "Наименование проекта", "field": "name"},
    {"top": "Кластер", "field": "cluster"},
    {"top": "Статус реализации", "field": "status"},
    {"top": "Стоимость по предыдущему отчёту (на 01.07.2023), млрд руб.",
     "why": "previous-report value; the current total is 'Объём финансирования / всего'"},
    {"top": "Объём финансирования, млрд руб.", "sub": "всего", "field": "total_cost_mln"},
    {"top": "Объём финансирования, млрд руб.", "sub": "ФБ", "field": "federal_budget_mln"},
    {"top": "Объём финансирования, млрд руб.", "sub": "ОБ", "field": "regional_budget_mln"},
    {"top": "Объём финансирования, млрд руб.", "sub": "ВБИ", "field": "extra_budgetary_mln"},
    {"top": "Объём финансирования, млрд руб.", "sub": "в т.ч. подтверждённые ВБИ",
     "field": "extra_budgetary_confirmed_mln"},
    {"top": "Рабочие места", "sub": "план", "field": "jobs_planned"},
    {"top": "Рабочие места", "sub": "создано", "field": "jobs_created"},
    {"top": "Проблемные вопросы", "field": "problems"},
    {"top": "Дата внесения изменений", "why": "date the row was edited (data entry date)"},
]

UPDATE_VOCAB = {
    "status": {"planned": "планируется", "in_progress": "реализуется", "completed": "завершено",
               "suspended": "приостановлено"},
    "cluster": {"petrochemical": "нефтехимия", "nuclear": "ядерные технологии",
                "timber": "лесопромышленный", "pharma": "фармацевтика",
                "medtech_it": "медтехника и ИТ", "wildlife": "дикоросы",
                "hard_to_recover": "ТрИЗ", None: "—"},
}
UPDATE_UNITS = {f: "billion" for f in MONEY}

# (code in file or "" , changes to canonical values, overrides, name as written or None, edit date)
UPDATE_ROWS = [
    ("INO-3401", {"extra_budgetary_confirmed_mln": "5600.0", "jobs_created": 215}, {},
     None, "03.10.2023"),
    ("INO-3402", {}, {"total_cost_mln": T}, None, "02.10.2023"),
    ("INO-3403", {"jobs_created": 30}, {"status": "в стадии реализации"}, None, "03.10.2023"),
    ("", {"jobs_created": 340}, {}, "завод по производству фанеры и шпона", "04.10.2023"),
    ("INO-3404", {"extra_budgetary_confirmed_mln": "600.0",
                  "problems": "Внебюджетное финансирование подтверждено частично (соглашение "
                              "с АО «ТВЭЛ» от 14.08.2023)"}, {}, None, "04.10.2023"),
    ("INO-3406", {"status": "in_progress", "jobs_created": 20,
                  "problems": "Новый инвестор определён, финансирование возобновлено с "
                              "01.09.2023"}, {}, None, "05.10.2023"),
    ("INO-3407", {"jobs_created": 90}, {"cluster": "Фармацевтический кластер"}, None,
     "05.10.2023"),
    ("", {}, {}, "Клинические исследования отечественного противотуберкулезного препарата",
     "05.10.2023"),
    ("INO-3409", {"total_cost_mln": "985.3", "extra_budgetary_mln": "864.8",
                  "extra_budgetary_confirmed_mln": "700.0"},
     {"total_cost_mln": T, "regional_budget_mln": T}, None, "06.10.2023"),
    ("", {"extra_budgetary_confirmed_mln": "450.0"}, {},
     "Центр обработки данных “Томск-ЦОД”", "06.10.2023"),
    ("", {"jobs_created": 60}, {}, "Глубокая переработка  кедрового ореха ", "06.10.2023"),
    ("INO-3412", {}, {"status": "Завершен"}, None, "09.10.2023"),
    ("INO-3413", {"jobs_created": 110, "status": "in_progress"}, {"status": "Реализуется"},
     None, "09.10.2023"),
    ("", {"jobs_created": 16, "extra_budgetary_confirmed_mln": "420.0"}, {"cluster": ""},
     "Программа \"Деревянный Томск\": реставрация объектов деревянного зодчества",
     "09.10.2023"),
    ("INO-3417", {}, {"cluster": ""}, None, "10.10.2023"),
    ("INO-3419", {}, {}, None, "10.10.2023"),
    ("INO-3421", {}, {"total_cost_mln": T}, None, "10.10.2023"),
    ("INO-3422", {}, {}, None, "11.10.2023"),
    ("INO-3423", {}, {"cluster": "Дикоросы"}, None, "11.10.2023"),
    ("INO-3424", {}, {}, None, "11.10.2023"),
]

NAME_DIFF = {
    "INO-3405": "first letter in lower case",
    "INO-3408": "ё written as е",
    "INO-3410": "«» quotes written as “”",
    "INO-3411": "double space, trailing space",
    "INO-3416": "«» quotes written as \"\"",
}


def norm_name(s: str) -> str:
    s = s.lower().replace("ё", "е")
    for q in "«»“”„":
        s = s.replace(q, '"')
    return re.sub(r"\s+", " ", s).strip()


def build_update(base: dict, base_order: list):
    cols = UPDATE_COLS
    fields_file = fields_of(cols)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "III кв. 2023"
    ws.cell(1, 1, "Актуализация сведений о проектах комплексной программы «ИНО Томск»").font = \
        Font(bold=True, size=12)
    ws.cell(2, 1, "за III квартал 2023 г. (по состоянию на 01.10.2023)")
    write_two_level_header(ws, 4, cols)
    rend = Renderer(UPDATE_VOCAB, UPDATE_UNITS)
    fmts = [fmt_for(c.get("field"), "billion") for c in cols]
    fmts[5] = "0.0000"
    state = {code: dict(rec) for code, rec in base.items()}
    order = list(base_order)
    new_codes, matched, written = [], [], {}
    by_norm = {norm_name(rec["name"]): code for code, rec in base.items()}
    r = 6
    for i, (code_in_file, changes, over, name_written, edited) in enumerate(UPDATE_ROWS, 1):
        if code_in_file:
            code = code_in_file
        else:
            code = by_norm[norm_name(name_written)]
        p = dict(PROJECTS[code])
        for f, v in changes.items():
            p[f] = M(v) if f in MONEY else v
        # invariants after the change
        parts = [p[k] for k in ("federal_budget_mln", "regional_budget_mln",
                                "extra_budgetary_mln")]
        assert sum(parts) == p["total_cost_mln"], code
        assert p["extra_budgetary_confirmed_mln"] <= p["extra_budgetary_mln"], code
        PROJECTS_UPDATED[code] = p
        over = dict(over)
        if not code_in_file:
            over["code"] = None
            over["name"] = name_written
        cells, wa = rend.render(p, fields_file, over)
        if not code_in_file:
            wa = [w for w in wa if w[0] != "code"]
        prev = base[code]["total_cost_mln"] if code in base else None
        row = []
        for c in cols:
            f = c.get("field")
            if f:
                row.append(cells[f])
            elif c["top"] == "№":
                row.append(i)
            elif c["top"].startswith("Стоимость по предыдущему"):
                row.append(float(Decimal(str(prev)) / 1000) if prev is not None else None)
            else:
                row.append(edited)
        put_row(ws, r, row, fmts, wrap_cols=(3, 14))
        if wa:
            written.setdefault(code, []).extend(wa)
        if code in state:
            rec = state[code]
            for f in fields_file:
                if f in ("code", "name"):
                    continue
                rec[f] = canon_json(f, p[f])
            if not code_in_file:
                matched.append({"code": code, "name_in_file": name_written,
                                "difference": NAME_DIFF[code], "row": r})
            else:
                assert p["name"] == rec["name"]
        else:
            state[code] = {f: canon_json(f, p[f]) if f in fields_file else None for f in FIELDS}
            order.append(code)
            new_codes.append(code)
        r += 1
    last = r - 1
    widths = [5, 12, 44, 20, 18, 16, 11, 11, 11, 11, 13, 9, 9, 44, 14]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "D6"
    save_deterministic(wb, HERE / UPDATE_FILE, "Минэкономразвития России")
    records = [state[c] for c in order]
    changed = sorted(c for c in base if state[c] != base[c])
    assert sorted(new_codes) == new_codes
    exp = {
        "file": UPDATE_FILE, "refused": False, "fields": list(FIELDS),
        "record_count": len(records), "records": records, "rejected": [],
        "base_file": SUMMARY_FILE,
        "columns": columns_json(cols), "ignored_columns": ignored_json(cols),
        "written_as": written,
        "changed_codes": changed, "new_codes": new_codes, "matched_by_name": matched,
        "header_rows": [4, 5], "data_rows": [6, last],
        "notes": (
            "Quarterly update of %s from the same ministry; import %s first, then this file; "
            "'records' is the resulting state of all projects. Sheet 'III кв. 2023', title rows "
            "1-2, two-level header rows 4-5, data rows 6-%d. Amounts are in RUB billion (said "
            "in the parent header 'Объём финансирования, млрд руб.'; children ФБ / ОБ / ВБИ / "
            "в т.ч. подтверждённые ВБИ) and are given here in RUB million. %d rows carry a "
            "known code, %d rows have an empty code and are matched by name (letter case, ё/е, "
            "quote style «» “” \"\", repeated and trailing spaces ignored; the stored name is "
            "kept), %d rows carry codes not yet known: new projects whose fields absent from "
            "this file (work area, place, dates, lead organisation) are null. Fields this file "
            "does not carry keep their earlier values. Not imported: '№', 'Стоимость по "
            "предыдущему отчёту (на 01.07.2023), млрд руб.' (the previous report's total, "
            "a look-alike of the total) and 'Дата внесения изменений'."
            % (SUMMARY_FILE, SUMMARY_FILE, last,
               sum(1 for x in UPDATE_ROWS if x[0] and x[0] in base),
               sum(1 for x in UPDATE_ROWS if not x[0]), len(new_codes))),
    }
    write_expected(UPDATE_FILE.rsplit(".", 1)[0], exp)
    return exp


PROJECTS_UPDATED: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# File 2: cluster development centre, one sheet per cluster
# ---------------------------------------------------------------------------------------------

CLUSTER_FILE = "ckr_klastery.xlsx"


def cluster_cols(unit_word):
    return [
        {"top": "№ п/п", "why": "row number, not the project code"},
        {"top": "Код ИНО", "field": "code"},
        {"top": "Наименование проекта", "field": "name"},
        {"top": "Место реализации", "field": "location"},
        {"top": "Статус", "field": "status"},
        {"top": "Сроки реализации", "sub": "начало", "field": "start_date"},
        {"top": "Сроки реализации", "sub": "завершение", "field": "end_date"},
        {"top": f"Инвестиции, {unit_word}", "sub": "всего", "field": "total_cost_mln"},
        {"top": f"Инвестиции, {unit_word}", "sub": "в т.ч. внебюджетные",
         "field": "extra_budgetary_mln"},
        {"top": "Рабочие места", "sub": "план", "field": "jobs_planned"},
        {"top": "Рабочие места", "sub": "создано", "field": "jobs_created"},
        {"top": "Компания-инициатор", "field": "lead_organization"},
        {"top": "Контактное лицо (ФИО, тел.)",
         "why": "a person and a phone number, not the lead organisation"},
        {"top": "Готовность, %", "why": "percentage of readiness"},
    ]


CLUSTER_VOCAB = {
    "status": {"planned": "планируется", "in_progress": "реализуется", "completed": "реализован",
               "suspended": "приостановлен"},
    "location": {"Томск": "г. Томск", "Северск": "г. Северск", "Асино": "г. Асино",
                 "Стрежевой": "г. Стрежевой", "Колпашево": "г. Колпашево",
                 "Томский район": "Томский р-н"},
}

# sheet name, A1 title, cluster key, unit, [(code, overrides, contact, readiness)]
CLUSTER_SHEETS = [
    ("Нефтехимия", "Нефтехимический кластер Томской области", "petrochemical", "million", [
        ("INO-3425", {"status": "идёт реализация", "start_date": MR, "end_date": Q},
         "Сорокин А.В., +7 (3822) 70-11-45", 0.55),
        ("INO-3426", {"status": "запланирован", "location": "Томский район"},
         "Дмитриева Л.Н., +7 (3822) 70-11-52", 0.0),
    ]),
    ("Ядерные технологии", "Кластер ядерных технологий Томской области", "nuclear", "million", [
        ("INO-3427", {"location": "ЗАТО Северск", "total_cost_mln": T},
         "Гришин П.С., +7 (3823) 52-40-10", 0.3),
        ("INO-3428", {"status": "Завершено", "end_date": DTXT},
         "Антонова В.К., +7 (3822) 42-18-00", 1.0),
    ]),
    ("ЛПК", "Лесопромышленный кластер Томской области", "timber", "million", [
        ("INO-3429", {"total_cost_mln": T, "extra_budgetary_mln": T, "status": "Реализуется"},
         "Петров Г.А., +7 (38241) 2-15-60", 0.8),
        ("INO-3430", {"status": "Приостановлено", "location": "Колпашево"},
         "Рябов Е.И., +7 (38254) 5-33-21", 0.25),
    ]),
    ("Фарма", "Фармацевтический кластер Томской области", "pharma", "million", [
        ("INO-3431", {"start_date": DTXT, "end_date": DTXT, "location": "Томск"},
         "Николаева С.Ю., +7 (3822) 90-22-31", 0.6),
        ("INO-3432", {"status": "планируется к реализации", "end_date": QW,
                      "total_cost_mln": TS},
         "Волков Д.М., +7 (3823) 77-01-02", 0.0),
    ]),
    ("Медтехника и ИТ",
     "Кластер медицинской техники и информационных технологий Томской области",
     "medtech_it", "million", [
         ("INO-3433", {"status": "Реализован", "start_date": MR},
          "Кузьмин О.П., +7 (3822) 41-39-39", 1.0),
         ("INO-3434", {"status": "в процессе реализации", "end_date": DTXT,
                       "jobs_created": Mode("T")},
          "Медведева Ю.А., +7 (3822) 93-00-14", 0.7),
     ]),
    ("Дикоросы", "Кластер дикоросов Томской области", "wildlife", "million", [
        ("INO-3435", {"location": "с. Кафтанчиково, Томский р-н", "end_date": QA},
         "Ершов В.В., +7 (3822) 96-44-70", 0.65),
        ("INO-3436", {"status": "завершён", "start_date": DTXT, "end_date": DTXT},
         "Семёнова Н.Г., +7 (38254) 4-10-08", 1.0),
    ]),
    ("ТрИЗ", "Кластер трудноизвлекаемых запасов нефти Томской области", "hard_to_recover",
     "billion", [
         ("INO-3437", {"status": "идет реализация", "location": "Стрежевой"},
          "Макаров И.Л., +7 (38259) 6-20-20", 0.45),
         ("INO-3438", {"status": "Планируется", "extra_budgetary_mln": T},
          "Осипов К.Р., +7 (38259) 6-21-11", 0.0),
     ]),
]


def build_clusters():
    wb = openpyxl.Workbook()
    summary_ws = wb.active
    summary_ws.title = "Свод"
    cols_m = cluster_cols("млн руб.")
    fields = fields_of(cols_m, extra=["cluster"])
    file_fields = [f for f in fields if f != "cluster"]
    records, written, sheets_info = [], {}, []
    svod = []
    for sheet, title, ckey, unit, rows in CLUSTER_SHEETS:
        unit_word = "млн руб." if unit == "million" else "млрд руб."
        cols = cluster_cols(unit_word)
        ws = wb.create_sheet(sheet)
        ws.cell(1, 1, title).font = Font(bold=True, size=12)
        ws.cell(2, 1, "Перечень инвестиционных проектов участников кластера по состоянию на "
                      "01.07.2023")
        write_two_level_header(ws, 4, cols)
        rend = Renderer(CLUSTER_VOCAB, {f: unit for f in MONEY})
        fmts = [fmt_for(c.get("field"), unit) for c in cols]
        fmts[13] = "0%"
        r = 6
        data_rows = []
        tot = {"total_cost_mln": Decimal(0), "extra_budgetary_mln": Decimal(0), "jp": 0}
        for i, (code, over, contact, ready) in enumerate(rows, start=1):
            p = PROJECTS[code]
            assert p["cluster"] == ckey
            cells, wa = rend.render(p, file_fields, over)
            row = []
            for c in cols:
                f = c.get("field")
                if f:
                    row.append(cells[f])
                elif c["top"].startswith("№"):
                    row.append(i)
                elif c["top"].startswith("Контактное"):
                    row.append(contact)
                else:
                    row.append(ready)
            put_row(ws, r, row, fmts, wrap_cols=(3, 12))
            data_rows.append(r)
            rec = record(p, fields)
            records.append(rec)
            if wa:
                written[code] = wa
            tot["total_cost_mln"] += p["total_cost_mln"]
            tot["extra_budgetary_mln"] += p["extra_budgetary_mln"]
            tot["jp"] += p["jobs_planned"]
            r += 1
        trow = [None] * len(cols)
        trow[2] = "Итого по кластеру"
        trow[7] = money_cell(tot["total_cost_mln"], unit, None)
        trow[8] = money_cell(tot["extra_budgetary_mln"], unit, None)
        trow[9] = tot["jp"]
        put_row(ws, r, trow, fmts)
        ws.cell(r, 3).font = Font(bold=True)
        info = {"sheet": sheet, "cluster": ckey, "title_A1": title, "header_rows": [4, 5],
                "data_rows": data_rows, "totals_row": r,
                "unit": unit}
        sheets_info.append(info)
        svod.append((title, len(rows), tot["total_cost_mln"], tot["extra_budgetary_mln"],
                     tot["jp"]))
        widths = [5, 11, 42, 24, 22, 16, 16, 12, 12, 9, 9, 34, 30, 10]
        for j, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(j)].width = w
    # hidden row and hidden column are data
    wb["ЛПК"].row_dimensions[7].hidden = True
    wb["Фарма"].column_dimensions["K"].hidden = True
    # summary sheet (no project table)
    s = summary_ws
    s.cell(1, 1, "Сводная информация по кластерам Томской области").font = Font(bold=True,
                                                                                  size=12)
    s.cell(2, 1, "по состоянию на 01.07.2023")
    hdr = ["Кластер", "Количество проектов, ед.", "Инвестиции, млн руб.",
           "в т.ч. внебюджетные, млн руб.", "Рабочие места (план)"]
    for j, h in enumerate(hdr, start=1):
        s.cell(4, j, h)
        style_header(s.cell(4, j))
    rr = 5
    for title, n, t, e, jp in svod:
        put_row(s, rr, [title, n, float(t), float(e), jp], [None, "0", "#,##0.0", "#,##0.0",
                                                             "0"])
        rr += 1
    put_row(s, rr, ["Итого", sum(x[1] for x in svod), float(sum(x[2] for x in svod)),
                    float(sum(x[3] for x in svod)), sum(x[4] for x in svod)],
            [None, "0", "#,##0.0", "#,##0.0", "0"])
    for j, w in enumerate([62, 14, 16, 18, 14], start=1):
        s.column_dimensions[get_column_letter(j)].width = w
    # explanatory sheet
    n = wb.create_sheet("Справочно")
    notes = [
        "Источник: данные специализированных организаций кластеров, свод ЦКР Томской области.",
        "Суммы указаны в млн руб., по кластеру ТрИЗ — в млрд руб. (см. заголовки граф).",
        "Графа «Готовность, %» заполняется по оценке инициатора проекта.",
        "Контакт: отдел мониторинга ЦКР, monitoring@ckr-tomsk.example, +7 (3822) 70-11-00.",
    ]
    for i, t in enumerate(notes, start=1):
        n.cell(i, 1, t)
    n.column_dimensions["A"].width = 100
    save_deterministic(wb, HERE / CLUSTER_FILE, "ЦКР Томской области")
    exp = {
        "file": CLUSTER_FILE, "refused": False, "fields": fields,
        "record_count": len(records), "records": records, "rejected": [],
        "columns": columns_json(cols_m), "ignored_columns": ignored_json(cols_m),
        "written_as": written,
        "sheets": sheets_info,
        "non_data_sheets": {"Свод": "per-cluster totals, no project table",
                            "Справочно": "explanatory text"},
        "hidden": {"row": {"sheet": "ЛПК", "row": 7},
                   "column": {"sheet": "Фарма", "column": "K", "field": "jobs_created"}},
        "notes": (
            "Regional cluster development centre: one sheet per cluster, named by a short name "
            "('Нефтехимия', 'Ядерные технологии', 'ЛПК', 'Фарма', 'Медтехника и ИТ', "
            "'Дикоросы', 'ТрИЗ'); cell A1 of each holds the full cluster name ('Лесопромышленный "
            "кластер Томской области', ...). The record's cluster comes from the sheet. The "
            "first sheet 'Свод' holds per-cluster totals (no codes, no project rows) and the "
            "last sheet 'Справочно' is explanatory text: neither is imported. On every cluster "
            "sheet: title rows 1-2, two-level header rows 4-5 ('Сроки реализации' / начало, "
            "завершение; 'Инвестиции, млн руб.' / всего, в т.ч. внебюджетные; 'Рабочие места' "
            "/ план, создано), data from row 6, then a totals row 'Итого по кластеру'. Sheet "
            "'ТрИЗ' gives amounts in RUB billion ('Инвестиции, млрд руб.'), all others in RUB "
            "million; values here are RUB million. Row 7 of sheet 'ЛПК' is hidden and column K "
            "(jobs created) of sheet 'Фарма' is hidden: both are data. Statuses are written "
            "'идёт реализация', 'идет реализация', 'в процессе реализации', 'реализован', "
            "'Завершено', 'запланирован', 'планируется к реализации', 'Приостановлено'. Dates "
            "are real dates, 'dd.mm.yyyy' text, Russian month names ('15 марта 2021 г.') or "
            "quarters ('II кв. 2024', 'IV квартал 2027 г.', '3 кв. 2024'). Places: 'г. Томск', "
            "'ЗАТО Северск', 'Томский р-н', 'с. Кафтанчиково, Томский р-н' (a village of the "
            "Томский район). Not imported: '№ п/п', 'Контактное лицо (ФИО, тел.)' (a person, "
            "not the organisation), 'Готовность, %'."),
    }
    write_expected(CLUSTER_FILE.rsplit(".", 1)[0], exp)
    return exp


# ---------------------------------------------------------------------------------------------
# File 3: English-speaking fund's tracker
# ---------------------------------------------------------------------------------------------

ENGLISH_FILE = "fund_tracker.xlsx"

ENGLISH_COLS = [
    {"top": "#", "why": "row number"},
    {"top": "Project ref.", "field": "code"},
    {"top": "Project name", "field": "name"},
    {"top": "Cluster", "field": "cluster"},
    {"top": "INO workstream", "field": "work_area"},
    {"top": "Location", "field": "location"},
    {"top": "Status", "field": "status"},
    {"top": "Timeline", "sub": "Start", "field": "start_date"},
    {"top": "Timeline", "sub": "Completion", "field": "end_date"},
    {"top": "Funding, RUB m", "sub": "Total", "field": "total_cost_mln"},
    {"top": "Funding, RUB m", "sub": "Federal budget", "field": "federal_budget_mln"},
    {"top": "Funding, RUB m", "sub": "Regional budget", "field": "regional_budget_mln"},
    {"top": "Funding, RUB m", "sub": "Private (extra-budgetary)",
     "field": "extra_budgetary_mln"},
    {"top": "Confirmed private funding, RUB '000", "field": "extra_budgetary_confirmed_mln"},
    {"top": "Total at last report, RUB m",
     "why": "previous-report value; the current total is 'Funding, RUB m / Total'"},
    {"top": "Disbursed, %", "why": "percentage"},
    {"top": "Jobs", "sub": "Target", "field": "jobs_planned"},
    {"top": "Jobs", "sub": "Created to date", "field": "jobs_created"},
    {"top": "Lead organisation", "field": "lead_organization"},
    {"top": "Project manager", "why": "a person's name, not the lead organisation"},
    {"top": "Issues & risks", "field": "problems"},
    {"top": "Last updated", "why": "date the row was last edited (data entry date)"},
    {"top": "Comments", "why": "free comment, not the problems field"},
]

ENGLISH_VOCAB = {
    "status": {"planned": "Planned", "in_progress": "Ongoing", "completed": "Completed",
               "suspended": "On hold"},
    "cluster": {"petrochemical": "Petrochemicals", "nuclear": "Nuclear",
                "timber": "Forestry & wood processing", "pharma": "Pharmaceuticals",
                "medtech_it": "MedTech & IT", "wildlife": "Wild-harvested products",
                "hard_to_recover": "Hard-to-recover oil", None: "n/a"},
    "work_area": {"industry": "Advanced manufacturing",
                  "science_education": "Science & education",
                  "innovation_business": "Tech innovation & new businesses",
                  "smart_city": "Smart city", "business_environment": "Business environment"},
    "location": {"Томск": "Tomsk", "Северск": "Seversk", "Асино": "Asino",
                 "Стрежевой": "Strezhevoy", "Колпашево": "Kolpashevo",
                 "Томский район": "Tomsky District"},
}
ENGLISH_UNITS = {f: "million" for f in MONEY}
ENGLISH_UNITS["extra_budgetary_confirmed_mln"] = "thousand"

ENGLISH_ROWS = [
    ("INO-3440", {"end_date": QE}, "2100.0", 0.22, "A. Petrov", dt.date(2023, 9, 28),
     "Offtake agreement under negotiation"),
    ("INO-3441", {"status": "Pipeline"}, "1340.0", 0.0, "M. Ivanova", dt.date(2023, 9, 14),
     None),
    ("INO-3442", {"status": "Complete", "end_date": ME}, "388.2", 1.0, "D. Smirnov",
     dt.date(2023, 8, 30), None),
    ("INO-3443", {"cluster": "Pharma", "status": "Suspended"}, "760.0", 0.31, "O. Kuznetsova",
     dt.date(2023, 9, 21), "Board review scheduled for November"),
    ("INO-3444", {"status": "In progress", "start_date": ME}, "395.0", 0.64, "S. Volkov",
     dt.date(2023, 9, 25), "Budget increased after re-tender"),
    ("INO-3445", {"cluster": "—", "work_area": "Smart & liveable city", "end_date": QE},
     "58.5", 0.8, "E. Sokolova", dt.date(2023, 9, 29), None),
    ("INO-3446", {"location": "Kolpashevo town", "end_date": DTXT}, "128.0", 1.0, "I. Popov",
     dt.date(2023, 7, 3), None),
    ("INO-3447", {"cluster": "Unconventional oil (hard-to-recover reserves)",
                  "status": "Under implementation"}, "890.0", 0.47, "N. Lebedeva",
     dt.date(2023, 9, 27), None),
    ("INO-3448", {"cluster": "", "status": "Completed"}, "74.3", 1.0, "P. Kozlov",
     dt.date(2023, 6, 15), "Final report accepted"),
    ("INO-3449", {"cluster": "Timber", "end_date": QE, "location": "Tomsky District"},
     "1200.0", 0.0, "V. Novikov", dt.date(2023, 9, 12), None),
    ("INO-3450", {"work_area": "Advanced industry", "status": "planned"}, "560.0", 0.0,
     "T. Morozova", dt.date(2023, 9, 18), "Scope reduced"),
]


def build_english():
    wb = openpyxl.Workbook()
    readme = wb.active
    readme.title = "Read me"
    lines = [
        "INO Tomsk co-investment portfolio — quarterly tracker",
        "Prepared by the fund's portfolio team for the Investment Committee.",
        "Funding columns are in RUB million; confirmed private funding is in RUB thousand "
        "('000).",
        "Completion: planned completion date or quarter (quarter = its last day).",
        "Status values and clusters: see sheet 'Lists'.",
    ]
    for i, t in enumerate(lines, start=1):
        readme.cell(i, 1, t)
    readme.column_dimensions["A"].width = 100
    ws = wb.create_sheet("Portfolio")
    cols = ENGLISH_COLS
    ws.cell(1, 1, "INO Tomsk — co-investment portfolio tracker").font = Font(bold=True, size=12)
    ws.cell(2, 1, "Reporting date: 30 September 2023")
    write_two_level_header(ws, 4, cols)
    rend = Renderer(ENGLISH_VOCAB, ENGLISH_UNITS)
    fields = fields_of(cols)
    fmts = []
    for c in cols:
        f = c.get("field")
        if f in DATES:
            fmts.append("d mmm yyyy")
        elif f == "extra_budgetary_confirmed_mln":
            fmts.append("#,##0")
        elif f in MONEY:
            fmts.append("#,##0.0")
        else:
            fmts.append(fmt_for(f))
    fmts[14] = "#,##0.0"
    fmts[15] = "0%"
    fmts[21] = "d mmm yyyy"
    records, written = [], {}
    r = 6
    for i, (code, over, prev, disb, pm, upd, comment) in enumerate(ENGLISH_ROWS, start=1):
        p = PROJECTS[code]
        cells, wa = rend.render(p, fields, over)
        row = []
        for c in cols:
            f = c.get("field")
            if f:
                row.append(cells[f])
            else:
                row.append({"#": i, "Total at last report, RUB m": float(M(prev)),
                            "Disbursed, %": disb, "Project manager": pm,
                            "Last updated": upd, "Comments": comment}[c["top"]])
        put_row(ws, r, row, fmts, wrap_cols=(3, 19, 21))
        records.append(record(p, fields))
        if wa:
            written[code] = wa
        r += 1
    last = r - 1
    widths = [4, 11, 44, 22, 24, 14, 16, 12, 12, 10, 10, 10, 12, 14, 12, 10, 8, 8, 30, 16, 40,
              12, 30]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "D6"
    lists = wb.create_sheet("Lists")
    lv = [("Status", "Cluster", "INO workstream"),
          ("Planned", "Petrochemicals", "Advanced manufacturing"),
          ("Pipeline", "Nuclear", "Science & education"),
          ("Ongoing", "Forestry & wood processing", "Tech innovation & new businesses"),
          ("In progress", "Pharmaceuticals", "Smart city"),
          ("Under implementation", "MedTech & IT", "Business environment"),
          ("Completed", "Wild-harvested products", None),
          ("On hold", "Hard-to-recover oil", None),
          ("Suspended", "n/a", None)]
    for i, row in enumerate(lv, start=1):
        for j, v in enumerate(row, start=1):
            if v is not None:
                lists.cell(i, j, v)
    for j in range(1, 4):
        lists.column_dimensions[get_column_letter(j)].width = 30
    save_deterministic(wb, HERE / ENGLISH_FILE, "Portfolio team")
    exp = {
        "file": ENGLISH_FILE, "refused": False, "fields": fields,
        "record_count": len(records), "records": records, "rejected": [],
        "data_sheet": "Portfolio",
        "columns": columns_json(cols), "ignored_columns": ignored_json(cols),
        "written_as": written,
        "header_rows": [4, 5], "data_rows": [6, last],
        "non_data_sheets": {"Read me": "explanatory text", "Lists": "drop-down value lists"},
        "notes": (
            "English-speaking co-investment fund's tracker. Data on sheet 'Portfolio' (title "
            "rows 1-2, two-level header rows 4-5, data rows 6-%d); 'Read me' is explanatory text "
            "and 'Lists' holds the drop-down lists (a table of vocabulary, not projects): "
            "neither is imported. Two units in one table: the parent header 'Funding, RUB m' "
            "(Total / Federal budget / Regional budget / Private (extra-budgetary)) is RUB "
            "million, 'Confirmed private funding, RUB '000' is RUB thousand (given here in RUB "
            "million). Not imported: '#', 'Total at last report, RUB m' (previous report's "
            "total), 'Disbursed, %%', 'Project manager' (a person), 'Last updated' (entry date), "
            "'Comments'. Status in English ('Ongoing', 'In progress', 'Under implementation', "
            "'Pipeline', 'Planned', 'planned', 'Complete', 'Completed', 'On hold', "
            "'Suspended'); clusters as English sector names ('Petrochemicals', 'Forestry & "
            "wood processing', 'Wild-harvested products', 'Hard-to-recover oil', "
            "'Unconventional oil (hard-to-recover reserves)'); 'n/a', '—' and an empty cell "
            "mean no cluster. Workstream = work area in English ('Advanced manufacturing', "
            "'Advanced industry' = industry; 'Smart & liveable city' = smart_city). Places in "
            "Latin script ('Tomsk', 'Seversk', 'Kolpashevo town', 'Tomsky District' = Томский "
            "район). Dates are real dates (shown 'd mmm yyyy'), English month-name text "
            "('30 June 2022'), 'dd.mm.yyyy' text or quarters ('Q3 2025' = 2025-09-30). "
            "Project names are in Russian; lead organisations and issues are partly English; "
            "text is imported as written." % last),
    }
    write_expected(ENGLISH_FILE.rsplit(".", 1)[0], exp)
    return exp


# ---------------------------------------------------------------------------------------------
# File 5: development corporation CRM export, CSV cp1251 ';'
# ---------------------------------------------------------------------------------------------

CSV_FILE = "korp_crm_export.csv"

CSV_COLS = [
    {"top": "№ п/п", "why": "row number, not the project code"},
    {"top": "Код проекта", "field": "code"},
    {"top": "Наименование", "field": "name"},
    {"top": "Кластер", "field": "cluster"},
    {"top": "Направление", "field": "work_area"},
    {"top": "Территория", "field": "location"},
    {"top": "Стадия", "field": "status"},
    {"top": "Дата начала", "field": "start_date"},
    {"top": "Дата завершения (план)", "field": "end_date"},
    {"top": "Стоимость, тыс. руб.", "field": "total_cost_mln"},
    {"top": "ФБ, тыс. руб.", "field": "federal_budget_mln"},
    {"top": "ОБ, тыс. руб.", "field": "regional_budget_mln"},
    {"top": "МБ, тыс. руб.", "why": "municipal (local) budget: no canonical field"},
    {"top": "ВБИ, тыс. руб.", "field": "extra_budgetary_mln"},
    {"top": "ВБИ подтв., тыс. руб.", "field": "extra_budgetary_confirmed_mln"},
    {"top": "Кол-во раб. мест (план)", "field": "jobs_planned"},
    {"top": "Кол-во раб. мест (факт)", "field": "jobs_created"},
    {"top": "Инициатор", "field": "lead_organization"},
    {"top": "Проблемы", "field": "problems"},
    {"top": "Дата ввода", "why": "date the record was entered in the CRM (data entry date)"},
    {"top": "Ответственный сотрудник", "why": "a person's name (corporation staff member)"},
]

CSV_VOCAB = {
    "status": {"planned": "Планирование", "in_progress": "Реализация", "completed": "Завершен",
               "suspended": "Приостановлен"},
    "cluster": {"petrochemical": "Нефтехимический", "nuclear": "Ядерные технологии",
                "timber": "ЛПК", "pharma": "Фармацевтика",
                "medtech_it": "Медтехника и ИТ", "wildlife": "Дикоросы",
                "hard_to_recover": "ТрИЗ", None: ""},
    "work_area": {"industry": "Передовая промышленность",
                  "science_education": "Наука и образование",
                  "innovation_business": "Технологические инновации, новые бизнесы",
                  "smart_city": "Умный и удобный город",
                  "business_environment": "Деловая среда"},
    "location": {"Томск": "г. Томск", "Северск": "ЗАТО Северск", "Асино": "г. Асино",
                 "Стрежевой": "г.о. Стрежевой", "Колпашево": "г. Колпашево",
                 "Томский район": "Томский муниципальный район"},
}
CSV_UNITS = {f: "thousand" for f in MONEY}

CSV_ROWS = [
    ("INO-3455", {}, "14.03.2023 10:12", "Гаврилова К.С."),
    ("INO-3456", {"work_area": "Наука, образование", "total_cost_mln": TS}, "02.02.2022 16:40",
     "Гаврилова К.С."),
    ("INO-3457", {"status": "Планируется", "cluster": "Лесопромышленный"}, "19.06.2023 09:05",
     "Тихонов А.Р."),
    ("INO-3458", {"cluster": "—", "total_cost_mln": TS0}, "07.06.2021 11:30", "Тихонов А.Р."),
    ("INO-3459", {"status": "Завершён", "work_area": "наука и образование"}, "20.12.2018 15:00",
     "Гаврилова К.С."),
    ("INO-3460", {"location": "Томский р-н", "extra_budgetary_mln": TS}, "16.03.2020 12:45",
     "Ларионов П.Е."),
    ("INO-3461", {}, "05.07.2022 14:20", "Ларионов П.Е."),
    ("INO-3462", {"cluster": "-", "location": "г. Колпашево"}, "03.04.2019 10:00",
     "Тихонов А.Р."),
    ("INO-3463", {"status": "Приостановлено", "total_cost_mln": TN0}, "21.01.2019 17:15",
     "Ларионов П.Е."),
    ("INO-3464", {"location": "с. Богашёво, Томский р-н"}, "11.09.2023 09:30",
     "Гаврилова К.С."),
    ("INO-3465", {"cluster": "медтехника и IT", "status": "Завершено"}, "02.09.2019 13:10",
     "Тихонов А.Р."),
]


def build_csv():
    cols = CSV_COLS
    fields = fields_of(cols)
    rend = Renderer(CSV_VOCAB, CSV_UNITS, money_mode="TN", date_mode="D", is_csv=True)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL,
                   lineterminator="\r\n")
    w.writerow([c["top"] for c in cols])
    records, written = [], {}
    for i, (code, over, entered, staff) in enumerate(CSV_ROWS, start=1):
        p = PROJECTS[code]
        cells, wa = rend.render(p, fields, over)
        row = []
        for c in cols:
            f = c.get("field")
            if f:
                row.append(cells[f])
            elif c["top"] == "№ п/п":
                row.append(str(i))
            elif c["top"].startswith("МБ"):
                row.append(money_cell(p["_local"], "thousand", "TN"))
            elif c["top"] == "Дата ввода":
                row.append(entered)
            else:
                row.append(staff)
        w.writerow(row)
        records.append(record(p, fields))
        if wa:
            written[code] = wa
    data = buf.getvalue().encode("cp1251")
    (HERE / CSV_FILE).write_bytes(data)
    exp = {
        "file": CSV_FILE, "refused": False, "fields": fields,
        "record_count": len(records), "records": records, "rejected": [],
        "encoding": "cp1251", "delimiter": ";", "header_line": 1,
        "columns": columns_json(cols), "ignored_columns": ignored_json(cols),
        "written_as": written,
        "data_lines": [2, len(records) + 1],
        "notes": (
            "CRM export of a regional development corporation: text file, Windows-1251 "
            "(cp1251), no byte-order mark, CRLF line ends, ';' separator; fields containing "
            "';' or '\"' are enclosed in double quotes with inner quotes doubled. Line 1 is the "
            "header (abbreviated: ФБ / ОБ / ВБИ / ВБИ подтв.), one project per line after it. "
            "Amounts are in thousand roubles ('тыс. руб.' in every money header; given here in "
            "RUB million) with a decimal comma ('640000,0'), some with a plain-space thousands "
            "separator ('1 320 000', '1 500 000,0') or none ('5200000'). Dates are "
            "dd.mm.yyyy. Stage ('Стадия') is the status in CRM wording: 'Планирование' / "
            "'Планируется' = planned, 'Реализация' = in progress, 'Завершен' / 'Завершён' / "
            "'Завершено' = completed, 'Приостановлен' / 'Приостановлено' = suspended. Cluster "
            "empty, '—' or '-' = no cluster. 'Территория' is the place ('г.о. Стрежевой', "
            "'Томский муниципальный район', 'с. Богашёво, Томский р-н' = Томский район). Not "
            "imported: '№ п/п', 'МБ, тыс. руб.' (municipal budget: the total includes it, so "
            "ФБ + ОБ + ВБИ may be less than the total), 'Дата ввода' (entry timestamp), "
            "'Ответственный сотрудник' (a person). 'row' numbers for a CSV are line numbers."),
    }
    write_expected(CSV_FILE.rsplit(".", 1)[0], exp)
    return exp


# ---------------------------------------------------------------------------------------------
# File 6: municipal register with rows that must be rejected
# ---------------------------------------------------------------------------------------------

BAD_FILE = "mo_reestr.xlsx"
BAD_SHEET = "Реестр"

BAD_COLS = [
    {"top": "Рег. № в реестре",
     "why": "the register's own number (e.g. 'МР-2023/014'), not the INO project code"},
    {"top": "Код ИНО", "field": "code"},
    {"top": "Наименование инвестиционного проекта", "field": "name"},
    {"top": "Кластер", "field": "cluster"},
    {"top": "Населённый пункт", "field": "location"},
    {"top": "Статус", "field": "status"},
    {"top": "Начало реализации", "field": "start_date"},
    {"top": "Окончание реализации", "field": "end_date"},
    {"top": "Объём инвестиций, млн. руб.", "field": "total_cost_mln"},
    {"top": "в т.ч. ФБ, млн. руб.", "field": "federal_budget_mln"},
    {"top": "в т.ч. ОБ, млн. руб.", "field": "regional_budget_mln"},
    {"top": "в т.ч. внебюджетные средства, млн. руб.", "field": "extra_budgetary_mln"},
    {"top": "Доля внебюджетных средств, %", "why": "percentage"},
    {"top": "Планируемое кол-во рабочих мест", "field": "jobs_planned"},
    {"top": "Проблемные вопросы", "field": "problems"},
    {"top": "Ответственный от администрации (ФИО)", "why": "a person's name"},
    {"top": "Дата включения в реестр", "why": "date the row entered the register"},
]

BAD_VOCAB = {
    "status": {"planned": "планируется", "in_progress": "реализуется", "completed": "реализован",
               "suspended": "приостановлен"},
    "cluster": {"petrochemical": "Нефтехимический кластер",
                "nuclear": "Кластер ядерных технологий", "timber": "Лесопромышленный кластер",
                "pharma": "Фармацевтический кластер",
                "medtech_it": "Кластер медицинской техники и ИТ",
                "wildlife": "Кластер дикоросов", "hard_to_recover": "Кластер ТрИЗ", None: "—"},
    "location": {"Томск": "г. Томск", "Северск": "г. Северск", "Асино": "г. Асино",
                 "Стрежевой": "г. Стрежевой", "Колпашево": "г. Колпашево",
                 "Томский район": "Томский р-н"},
}
BAD_UNITS = {f: "million" for f in MONEY}

LONG_NAME = (
    "Создание производства по глубокой переработке низкосортной древесины и отходов "
    "лесозаготовки с выпуском топливных брикетов, древесного угля и технологической щепы. "
    "Проект предусматривает строительство цеха окорки и измельчения, сушильного комплекса "
    "производительностью 40 тыс. тонн в год, линии брикетирования и пиролизной установки, "
    "а также устройство подъездных путей, складов готовой продукции и сетей инженерно-"
    "технического обеспечения; сбыт продукции планируется на внутреннем рынке Томской "
    "области и на экспорт в Республику Казахстан и Китайскую Народную Республику через "
    "логистический центр в г. Томске с привлечением субсидий на компенсацию затрат по "
    "транспортировке продукции.")
assert len(LONG_NAME) > 500

# rejected rows: (code, canonical-ish project, overrides, reason, column letter)
BAD_REJECTS = {
    "INO-3478": dict(name="Производство строительных материалов из золошлаковых отходов",
                     cluster=None, location="Северск", status="planned",
                     start="2024-03-01", end="2026-06-30", total="310.0", fed="-12.5",
                     reg="22.5", extra="300.0", jp=45),
    "INO-3479": dict(name="Расширение производства кедрового масла", cluster="wildlife",
                     location="Томский район", status="in_progress", start="2022-03-15",
                     end="2021-11-30", total="64.0", fed="0.0", reg="4.0", extra="60.0", jp=12),
    "INO-3480": dict(name="Агротехнопарк «Сибирская нива»", cluster="UNKNOWN",
                     location="Томский район", status="planned", start="2024-05-01",
                     end="2027-12-31", total="1250.0", fed="400.0", reg="100.0",
                     extra="750.0", jp=160),
    "INO-3481a": dict(name="Цех по производству топливных брикетов", cluster="timber",
                      location="Асино", status="in_progress", start="2022-08-01",
                      end="2024-12-31", total="56.0", fed="0.0", reg="6.0", extra="50.0",
                      jp=14),
    "INO-3481b": dict(name="Цех по производству топливных брикетов", cluster="timber",
                      location="Асино", status="in_progress", start="2022-08-01",
                      end="2024-12-31", total="65.0", fed="0.0", reg="6.0", extra="59.0",
                      jp=14),
    "INO-3482": dict(name="Производство изделий из стеклопластика", cluster="petrochemical",
                     location="Томск", status="planned", start="2024-01-15", end="2025-12-31",
                     total="TEXT", fed="0.0", reg="0.0", extra="180.0", jp=30),
    "INO-3483": dict(name=LONG_NAME, cluster="timber", location="Асино", status="planned",
                     start="2024-06-01", end="2027-06-30", total="890.0", fed="0.0",
                     reg="90.0", extra="800.0", jp=120),
    "INO-3484": dict(name="Мини-завод по производству сыров", cluster=None,
                     location="Томский район", status="planned", start="2023-10-01",
                     end="2023-06-30", total="95.0", fed="0.0", reg="15.0", extra="80.0", jp=22),
    "INO-3485": dict(name="Линия розлива минеральной воды", cluster=None,
                     location="Колпашево", status="in_progress", start="2022-04-01",
                     end="2024-12-31", total="210.0", fed="0.0", reg="10.0",
                     extra="PAREN", jp=26),
}

# sheet layout: title rows 1-2, header row 4, column numbers row 5, data from row 6.
# entries: ("ok", code, overrides) | ("bad", key, overrides, reason, column) | ("blank",)
BAD_LAYOUT = [
    ("ok", "INO-3470", {"cluster": "—", "location": "Томский р-н", "start_date": DTXT}),
    ("ok", "INO-3471", {"status": "Реализован", "end_date": DTXT}),
    ("bad", "INO-3478", {}, "negative amount", "J"),
    ("ok", "INO-3472", {"end_date": Q}),
    ("bad", "INO-3479", {"start_date": DTXT, "end_date": DTXT}, "end date before start date",
     "H"),
    ("blank",),
    ("bad", "INO-3480", {"cluster": "Агропромышленный кластер"},
     "unknown cluster 'Агропромышленный кластер'", "D"),
    ("ok", "INO-3473", {"location": "ЗАТО Северск", "total_cost_mln": T}),
    ("bad", "INO-3481a", {}, "duplicate code INO-3481 (rows {a} and {b} differ)", "B"),
    ("bad", "INO-3482", {"total_cost_mln": "уточняется"}, "not a number: 'уточняется'", "I"),
    ("ok", "INO-3474", {"status": "завершён", "start_date": DTXT}),
    ("bad", "INO-3483", {}, f"name too long ({len(LONG_NAME)} characters, limit 500)", "C"),
    ("bad", "INO-3484", {"start_date": DTXT, "end_date": Q},
     "end date before start date (II кв. 2023 = 2023-06-30)", "H"),
    ("ok", "INO-3475", {"cluster": "ТрИЗ"}),
    ("bad", "INO-3481b", {}, "duplicate code INO-3481 (rows {a} and {b} differ)", "B"),
    ("bad", "INO-3485", {"extra_budgetary_mln": "(125,0)"},
     "not a number: '(125,0)' (accounting-style negative)", "L"),
    ("ok", "INO-3476", {"cluster": "нет", "status": "Завершен"}),
    ("ok", "INO-3477", {"status": "Приостановлен", "location": "с. Кафтанчиково, Томский р-н"}),
]


def bad_project(key, spec):
    """A canonical-like dict for a rejected row (never registered in PROJECTS)."""
    code = key[:8]
    p = {f: None for f in FIELDS}
    p.update(code=code, name=spec["name"], location=spec["location"], status=spec["status"],
             start_date=D(spec["start"]), end_date=D(spec["end"]), jobs_planned=spec["jp"],
             problems=None)
    p["cluster"] = spec["cluster"] if spec["cluster"] != "UNKNOWN" else None
    for f, k in (("total_cost_mln", "total"), ("federal_budget_mln", "fed"),
                 ("regional_budget_mln", "reg"), ("extra_budgetary_mln", "extra")):
        v = spec[k]
        p[f] = Decimal(v) if v not in ("TEXT", "PAREN") else Decimal("1.0")
    return p


def build_bad():
    cols = BAD_COLS
    fields = fields_of(cols)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = BAD_SHEET
    ws.cell(1, 1, "Реестр инвестиционных проектов, реализуемых на территории муниципальных "
                  "образований Томской области").font = Font(bold=True, size=12)
    ws.cell(2, 1, "по состоянию на 01.09.2023")
    write_one_level_header(ws, 4, cols)
    for j in range(1, len(cols) + 1):
        c = ws.cell(5, j, j)
        c.alignment = Alignment(horizontal="center")
        c.font = Font(italic=True, size=8)
        c.border = BORDER
    rend = Renderer(BAD_VOCAB, BAD_UNITS)
    fmts = [fmt_for(c.get("field"), "million") for c in cols]
    fmts[12] = "0.0"
    # rows of the duplicate code
    rows_of = {}
    r = 6
    for ent in BAD_LAYOUT:
        if ent[0] == "bad":
            rows_of.setdefault(ent[1][:8], []).append(r)
        r += 1
    dup_rows = rows_of["INO-3481"]
    records, written, rejected, skipped = [], {}, [], {}
    reg_no = 0
    r = 6
    persons = ["Белоусова Н.А.", "Куликов С.В.", "Ершова Т.М.", "Панов Д.И."]
    for ent in BAD_LAYOUT:
        if ent[0] == "blank":
            for j in range(1, len(cols) + 1):
                ws.cell(r, j).border = BORDER
            ws.cell(r, 3, "  ")
            skipped[str(r)] = "blank row (formatted cells, one holding spaces)"
            r += 1
            continue
        reg_no += 1
        if ent[0] == "ok":
            _, code, over = ent
            p = PROJECTS[code]
        else:
            _, key, over, reason, col = ent
            p = bad_project(key, BAD_REJECTS[key])
            code = p["code"]
            over = dict(over)
            spec = BAD_REJECTS[key]
            if spec["cluster"] == "UNKNOWN":
                assert "cluster" in over
        cells, wa = rend.render(p, fields, over)
        share = None
        if p["total_cost_mln"] and isinstance(cells["total_cost_mln"], (int, float)) and \
                p["extra_budgetary_mln"] is not None and ent[0] == "ok":
            share = float((p["extra_budgetary_mln"] / p["total_cost_mln"] * 100)
                          .quantize(Decimal("0.1")))
        row = []
        for c in cols:
            f = c.get("field")
            if f:
                row.append(cells[f])
            elif c["top"].startswith("Рег."):
                row.append(f"МР-2023/{reg_no:03d}")
            elif c["top"].startswith("Доля"):
                row.append(share)
            elif c["top"].startswith("Ответственный"):
                row.append(persons[reg_no % len(persons)])
            else:
                row.append(dt.date(2023, 1 + reg_no % 8, 10 + reg_no))
        fm = list(fmts)
        fm[16] = "DD.MM.YYYY"
        put_row(ws, r, row, fm, wrap_cols=(3, 15))
        if ent[0] == "ok":
            records.append(record(p, fields))
            if wa:
                written[code] = wa
        else:
            rejected.append({"sheet": BAD_SHEET, "row": r,
                             "reason": reason.format(a=dup_rows[0], b=dup_rows[1]),
                             "column": col, "code": code})
        r += 1
    last = r - 1
    tot_row = r
    tot = [None] * len(cols)
    tot[2] = "ИТОГО:"
    ok_codes = [e[1] for e in BAD_LAYOUT if e[0] == "ok"]
    for j, f in ((8, "total_cost_mln"), (9, "federal_budget_mln"), (10, "regional_budget_mln"),
                 (11, "extra_budgetary_mln")):
        tot[j] = float(sum(PROJECTS[c][f] for c in ok_codes))
    tot[13] = sum(PROJECTS[c]["jobs_planned"] for c in ok_codes)
    put_row(ws, tot_row, tot, fmts)
    ws.cell(tot_row, 3).font = Font(bold=True)
    ws.cell(tot_row + 2, 1, "Примечание: итоговая строка рассчитана по проектам, прошедшим "
                            "проверку (без проектов с замечаниями).")
    skipped[str(5)] = "column numbers"
    skipped[str(tot_row)] = "totals ('ИТОГО:')"
    skipped[str(tot_row + 2)] = "footnote"
    widths = [14, 11, 46, 26, 26, 15, 13, 13, 13, 11, 11, 14, 11, 12, 40, 24, 13]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "D6"
    save_deterministic(wb, HERE / BAD_FILE, "Администрация Томской области")
    rejected.sort(key=lambda x: x["row"])
    exp = {
        "file": BAD_FILE, "refused": False, "fields": fields,
        "record_count": len(records), "records": records, "rejected": rejected,
        "columns": columns_json(cols), "ignored_columns": ignored_json(cols),
        "written_as": written,
        "header_row": 4, "data_rows": [6, last],
        "skipped_rows": dict(sorted(skipped.items(), key=lambda kv: int(kv[0]))),
        "name_length_limit": 500,
        "notes": (
            "Register of investment projects kept for the municipalities. Sheet 'Реестр': title "
            "rows 1-2, header row 4, row 5 numbers the columns, data rows 6-%d, row %d is the "
            "totals row ('ИТОГО:'), row %d a note. Amounts are RUB million ('млн. руб.' with a "
            "dot). %d valid rows are imported; %d rows are rejected, each listed with its Excel "
            "row and reason: a negative federal amount (-12.5), an end date before the start "
            "date (both dd.mm.yyyy text), an end quarter before the start date ('II кв. 2023' "
            "= 2023-06-30 < 01.10.2023), an unknown cluster ('Агропромышленный кластер'), a "
            "code used on two rows with different data (rows %d and %d, both rejected), text in "
            "the total column ('уточняется'), an accounting-style negative '(125,0)' in a money "
            "column (not a number written the Russian way; rejected whether read as text or as "
            "a negative), a name of %d characters (limit 500). Row %d is a row of formatted "
            "blank cells, one holding spaces: skipped silently. The first column 'Рег. № в "
            "реестре' ('МР-2023/001', ...) is the register's own number, not the code: the "
            "code is 'Код ИНО'. Also not imported: 'Доля внебюджетных средств, %%', "
            "'Ответственный от администрации (ФИО)', 'Дата включения в реестр'. Cluster '—' "
            "and 'нет' mean no cluster. One problems text starts with '- ' (a dash list) and "
            "is imported as written."
            % (last, tot_row, tot_row + 2, len(records), len(rejected), dup_rows[0],
               dup_rows[1], len(LONG_NAME), int(next(iter(k for k, v in skipped.items()
                                                          if v.startswith("blank")))))),
    }
    write_expected(BAD_FILE.rsplit(".", 1)[0], exp)
    return exp


def main():
    base, order = build_summary()
    build_update(base, order)
    build_clusters()
    build_english()
    build_csv()
    build_bad()
    codes = set()
    total_fields = 0
    for f in sorted(HERE.glob("*.expected.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        codes |= {r["code"] for r in d["records"]} | {r["code"] for r in d["rejected"]}
        total_fields += len(d["fields"]) * d["record_count"]
        print(f"{d['file']:28s} records={d['record_count']:3d} rejected={len(d['rejected'])} "
              f"fields={len(d['fields'])} fxr={len(d['fields']) * d['record_count']}")
    print(f"distinct codes: {len(codes)}; field values: {total_fields}")


if __name__ == "__main__":
    main()
