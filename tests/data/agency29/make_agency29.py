#!/usr/bin/env python3
"""Writes the agency29 evaluation workbooks and their *.expected.json.

Five senders not shown in the samples:
  * econ_ministry_q3.xlsx   - regional ministry of economic development, quarterly
                              «Информация о ходе реализации» (ministry_summary shape)
  * city_invest_dept.xlsx   - city administration, department of investment, one sheet per
                              cluster, thousand roubles said only in the title (cluster_sheets shape)
  * innovation_tracker.xlsx - innovation centre's English "portfolio tracker", RUB bn,
                              quarters / years as completion (agency_english shape)
  * econ_ministry_q4_update.xlsx - a clerk's re-typed update of econ_ministry_q3.xlsx
                              (by code, by name, new projects) (update_q2 shape)
  * export_1c.csv           - an export from a 1C-like accounting system, cp1251, ';',
                              decimal comma (csv_cp1251 shape)

Every project is written ONCE below: canonical values, plus a `w` dict of
"how the sender wrote it" for the fields whose written form differs from the
file's default rendering.  Money is Decimal.  Output bytes are deterministic
(fixed zip timestamps and document properties).

Run:  python make_agency29.py      (writes next to this script)
"""
import copy
import csv
import datetime as dt
import io
import json
import os
import re
import zipfile
from decimal import Decimal as D

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
NBSP = "\u00a0"
FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date",
          "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
          "extra_budgetary_mln", "extra_budgetary_confirmed_mln", "jobs_planned",
          "jobs_created", "lead_organization", "problems"]
MONEY = {"total_cost_mln", "federal_budget_mln", "regional_budget_mln",
         "extra_budgetary_mln", "extra_budgetary_confirmed_mln"}
FIXED_TIME = dt.datetime(2017, 1, 10, 9, 0, 0)


def d(s):
    return dt.date.fromisoformat(s)


def P(code, w=None, **kw):
    """A project: canonical values + written overrides (field -> as written)."""
    rec = {"code": code}
    rec.update(kw)
    return {"rec": rec, "w": w or {}}


# --------------------------------------------------------------------------------------
# Canonical value -> default written form, per sender
# --------------------------------------------------------------------------------------
MIN_CLUSTER = {"petrochemical": "Нефтехимический", "nuclear": "Ядерные технологии",
               "timber": "Лесопромышленный", "pharma": "Фармацевтический",
               "medtech_it": "Медтехника и ИТ", "wildlife": "Дикоросы",
               "hard_to_recover": "ТрИЗ", None: "—"}
MIN_WA = {"industry": "Передовая промышленность", "science_education": "Наука и образование",
          "innovation_business": "Технологические инновации, новые бизнесы",
          "smart_city": "Умный и удобный город", "business_environment": "Деловая среда"}
MIN_LOC = {"Томск": "г. Томск", "Северск": "ЗАТО Северск", "Стрежевой": "г.о. Стрежевой",
           "Асино": "г. Асино", "Колпашево": "г. Колпашево", "Томский район": "Томский р-н",
           None: ""}
MIN_STATUS = {"planned": "планируется", "in_progress": "реализуется",
              "completed": "завершён", "suspended": "приостановлен", None: ""}

# ======================================================================================
# 1. econ_ministry_q3.xlsx  (ministry of economic development, quarterly report form)
# ======================================================================================
MIN_PROJECTS = [
    P("INO-2901", name="Создание производства катализаторов нефтепереработки",
      cluster="petrochemical", work_area="industry", location="Томск", status="in_progress",
      start_date=d("2015-03-01"), end_date=d("2019-12-31"),
      federal_budget_mln=D("300.0"), regional_budget_mln=D("150.0"),
      extra_budgetary_mln=D("2000.0"), extra_budgetary_confirmed_mln=D("1500.0"),
      jobs_planned=320, jobs_created=140, lead_organization="ООО «Томскнефтехим»", problems=None,
      _mb=None, _spent=D("912.4"), _curator="Иванова Н. П.", _note="",
      w={"end_date": "IV кв. 2019"}),
    P("INO-2902", name="Модернизация производства полипропилена (этап II)",
      cluster="petrochemical", work_area="industry", location="Томский район",
      status="in_progress", start_date=d("2016-05-12"), end_date=d("2021-06-30"),
      federal_budget_mln=D("0.0"), regional_budget_mln=D("85.5"),
      extra_budgetary_mln=D("3410.0"), extra_budgetary_confirmed_mln=D("2800.0"),
      jobs_planned=210, jobs_created=35, lead_organization="ООО «Полипласт-Томск»",
      problems="Задержка поставки импортного оборудования",
      _mb=None, _spent=D("1204.0"), _curator="Петров А. В.", _note="по данным инициатора",
      w={"cluster": "НЕФТЕХИМИЧЕСКИЙ", "status": "Реализуется (с отставанием от графика)",
         "start_date": "12.05.2016", "federal_budget_mln": "0,0",
         "extra_budgetary_mln": "3" + NBSP + "410,0", "jobs_created": "35"}),
    P("INO-2903", name="Производство изотопной продукции для медицины",
      cluster="nuclear", work_area="science_education", location="Северск", status="planned",
      start_date=d("2017-04-01"), end_date=d("2022-12-31"),
      federal_budget_mln=D("1200.0"), regional_budget_mln=D("0.0"),
      extra_budgetary_mln=D("840.0"), extra_budgetary_confirmed_mln=None,
      jobs_planned=150, jobs_created=0, lead_organization="АО «Сибирский химический комбинат»",
      problems="Не определён источник федерального софинансирования",
      _mb=D("15.0"), _spent=D("0.0"), _curator="Петров А. В.", _note="",
      w={"status": "планируется к реализации", "end_date": 2022}),
    P("INO-2904", name="Центр ядерной медицины", cluster="nuclear",
      work_area="science_education", location="Томск", status="in_progress",
      start_date=d("2014-09-01"), end_date=d("2018-12-31"),
      federal_budget_mln=D("2100.0"), regional_budget_mln=D("450.0"),
      extra_budgetary_mln=D("1250.5"), extra_budgetary_confirmed_mln=D("1250.5"),
      jobs_planned=95, jobs_created=60, lead_organization="Томский НИМЦ", problems=None,
      _mb=None, _spent=D("2877.3"), _curator="Сидорова Е. А.", _note="",
      w={"cluster": "ядерные технологии", "status": "в стадии реализации",
         "start_date": "01.09.2014", "end_date": "31.12.2018",
         "federal_budget_mln": "2" + NBSP + "100,0"}),
    P("INO-2905", name="Лесопильное производство полного цикла", cluster="timber",
      work_area="industry", location="Асино", status="completed",
      start_date=d("2013-02-15"), end_date=d("2015-11-30"),
      federal_budget_mln=D("0.0"), regional_budget_mln=D("20.0"),
      extra_budgetary_mln=D("610.2"), extra_budgetary_confirmed_mln=D("610.2"),
      jobs_planned=400, jobs_created=412, lead_organization="ООО «Асино-Лес»", problems=None,
      _mb=D("4.5"), _spent=D("634.7"), _curator="Сидорова Е. А.", _note="проект завершён"),
    P("INO-2906", name="Выпуск клеёного бруса для домостроения", cluster="timber",
      work_area="industry", location="Томский район", status="completed",
      start_date=d("2014-03-03"), end_date=d("2016-03-31"),
      federal_budget_mln=D("0.0"), regional_budget_mln=D("0.0"),
      extra_budgetary_mln=D("188.8"), extra_budgetary_confirmed_mln=D("150.0"),
      jobs_planned=85, jobs_created=85, lead_organization="ООО «ТомЛесДрев»", problems=None,
      _mb=None, _spent=D("188.8"), _curator="Иванова Н. П.", _note="",
      w={"cluster": "лесопромышленный", "work_area": "передовая промышленность",
         "location": "д. Кисловка, Томский район", "status": "РЕАЛИЗОВАН",
         "start_date": "03.03.2014", "end_date": "I кв. 2016"}),
    P("INO-2907", name="Производство инфузионных растворов", cluster="pharma",
      work_area="innovation_business", location="Томск", status="suspended",
      start_date=d("2016-07-01"), end_date=d("2020-12-31"),
      federal_budget_mln=D("0.0"), regional_budget_mln=D("60.0"),
      extra_budgetary_mln=D("1140.0"), extra_budgetary_confirmed_mln=D("0.0"),
      jobs_planned=230, jobs_created=0, lead_organization="АО «Томскхимфарм»",
      problems="Не оформлен земельный участок; инвестор приостановил финансирование",
      _mb=None, _spent=D("12.5"), _curator="Петров А. В.", _note="",
      w={"status": "приостановлен до решения вопроса о земельном участке",
         "end_date": "31.12.2020", "extra_budgetary_mln": "1" + NBSP + "140,0"}),
    P("INO-2908", name="Противоопухолевые препараты на основе бетулина", cluster="pharma",
      work_area="science_education", location="Томск", status="in_progress",
      start_date=d("2015-10-15"), end_date=d("2019-09-30"),
      federal_budget_mln=D("96.4"), regional_budget_mln=D("12.0"),
      extra_budgetary_mln=D("44.6"), extra_budgetary_confirmed_mln=D("44.6"),
      jobs_planned=40, jobs_created=18, lead_organization="ТГУ", problems=None,
      _mb=None, _spent=D("61.0"), _curator="Сидорова Е. А.", _note="",
      w={"cluster": "фармацевтический", "federal_budget_mln": "96,4",
         "end_date": "III кв. 2019"}),
    P("INO-2909", name="Серийный выпуск имплантируемых кардиостимуляторов",
      cluster="medtech_it", work_area="industry", location="Томск", status="in_progress",
      start_date=d("2015-01-20"), end_date=d("2018-06-30"),
      federal_budget_mln=D("420.0"), regional_budget_mln=D("35.0"),
      extra_budgetary_mln=D("515.3"), extra_budgetary_confirmed_mln=D("402.0"),
      jobs_planned=120, jobs_created=74, lead_organization="ЗАО «Электропульс»", problems=None,
      _mb=None, _spent=D("701.2"), _curator="Иванова Н. П.", _note="",
      w={"status": "РЕАЛИЗУЕТСЯ"}),
    P("INO-2910", name="Региональная платформа телемедицины", cluster="medtech_it",
      work_area="smart_city", location="Томск", status="planned",
      start_date=d("2017-02-01"), end_date=d("2020-12-31"),
      federal_budget_mln=D("0.0"), regional_budget_mln=D("210.0"),
      extra_budgetary_mln=D("90.0"), extra_budgetary_confirmed_mln=D("30.0"),
      jobs_planned=25, jobs_created=0, lead_organization="ООО «Элекард-Мед»", problems=None,
      _mb=D("10.0"), _spent=D("0.0"), _curator="Петров А. В.", _note="заявка на конкурс",
      w={"work_area": "умный и удобный город", "start_date": "01.02.2017", "end_date": 2020}),
    # row after INO-2910 is the rejected row (unknown cluster), see MIN_REJECTED
    P("INO-2911", name="Глубокая переработка кедрового ореха", cluster="wildlife",
      work_area="industry", location="Колпашево", status="completed",
      start_date=d("2012-06-01"), end_date=d("2015-08-31"),
      federal_budget_mln=D("0.0"), regional_budget_mln=D("14.2"),
      extra_budgetary_mln=D("230.8"), extra_budgetary_confirmed_mln=D("230.8"),
      jobs_planned=60, jobs_created=64, lead_organization="ООО «Сибирский кедр»", problems=None,
      _mb=None, _spent=D("245.0"), _curator="Сидорова Е. А.", _note="",
      w={"status": "завершен", "regional_budget_mln": "14,2"}),
    P("INO-2912", name="Сублимационная сушка северных ягод", cluster="wildlife",
      work_area="innovation_business", location="Колпашево", status="in_progress",
      start_date=d("2016-04-04"), end_date=d("2018-12-31"),
      federal_budget_mln=D("0.0"), regional_budget_mln=D("8.0"),
      extra_budgetary_mln=D("72.5"), extra_budgetary_confirmed_mln=D("50.0"),
      jobs_planned=30, jobs_created=12, lead_organization="ООО «Таёжные дары»", problems=None,
      _mb=None, _spent=D("40.1"), _curator="Иванова Н. П.", _note="",
      w={"cluster": "дикоросы", "start_date": "04.04.2016", "end_date": 2018}),
    P("INO-2913", name="Опытная разработка палеозойских залежей", cluster="hard_to_recover",
      work_area="industry", location="Стрежевой", status="in_progress",
      start_date=d("2014-11-10"), end_date=d("2020-06-30"),
      federal_budget_mln=D("0.0"), regional_budget_mln=D("0.0"),
      extra_budgetary_mln=D("12450.0"), extra_budgetary_confirmed_mln=D("9800.0"),
      jobs_planned=180, jobs_created=120, lead_organization="ОАО «Томскнефть» ВНК",
      problems="Нет льготы по НДПИ для палеозоя",
      _mb=None, _spent=D("7310.0"), _curator="Петров А. В.", _note="",
      w={"extra_budgetary_mln": "12" + NBSP + "450,0",
         "extra_budgetary_confirmed_mln": "9 800,0", "end_date": "II кв. 2020"}),
    P("INO-2914", name="Полигон испытаний технологий добычи трудноизвлекаемой нефти",
      cluster="hard_to_recover", work_area="science_education", location="Стрежевой",
      status="planned", start_date=d("2017-06-01"), end_date=d("2023-12-31"),
      federal_budget_mln=D("1500.0"), regional_budget_mln=D("100.0"),
      extra_budgetary_mln=D("2400.0"), extra_budgetary_confirmed_mln=None,
      jobs_planned=70, jobs_created=0, lead_organization="ТПУ", problems=None,
      _mb=None, _spent=D("0.0"), _curator="Сидорова Е. А.", _note="",
      w={"status": "Планируется", "end_date": "31.12.2023"}),
    P("INO-2915", name="Бизнес-инкубатор «Технопарк-Север»", cluster=None,
      work_area="business_environment", location="Северск", status="in_progress",
      start_date=d("2015-05-15"), end_date=d("2017-12-31"),
      federal_budget_mln=D("45.0"), regional_budget_mln=D("30.0"),
      extra_budgetary_mln=D("0.0"), extra_budgetary_confirmed_mln=D("0.0"),
      jobs_planned=150, jobs_created=90, lead_organization="АО «Технопарк-Север»", problems=None,
      _mb=D("5.0"), _spent=D("55.0"), _curator="Иванова Н. П.", _note="",
      w={"end_date": "IV кв. 2017"}),
    P("INO-2916", name="Цифровая платформа поддержки экспортёров", cluster=None,
      work_area="business_environment", location=None, status=None,
      start_date=d("2016-09-01"), end_date=d("2018-12-31"),
      federal_budget_mln=D("0.0"), regional_budget_mln=D("18.0"),
      extra_budgetary_mln=D("0.0"), extra_budgetary_confirmed_mln=D("0.0"),
      jobs_planned=12, jobs_created=4, lead_organization="Центр поддержки экспорта Томской области",
      problems=None, _mb=None, _spent=D("6.3"), _curator="Петров А. В.",
      _note="статус уточняется у инициатора",
      w={"cluster": "", "location": "Томская область", "status": "уточняется",
         "start_date": "01.09.2016"}),
    P("INO-2917", name="Студенческий кампус мирового уровня", cluster=None,
      work_area="smart_city", location="Томск", status="planned",
      start_date=d("2018-01-01"), end_date=d("2024-12-31"),
      federal_budget_mln=D("5200.0"), regional_budget_mln=D("1300.0"),
      extra_budgetary_mln=D("8500.0"), extra_budgetary_confirmed_mln=D("1200.0"),
      jobs_planned=800, jobs_created=0, lead_organization="ТГУ",
      problems="Не решён вопрос концессионного соглашения",
      _mb=None, _spent=D("0.0"), _curator="Сидорова Е. А.", _note="",
      w={"federal_budget_mln": "5 200,0", "extra_budgetary_mln": "8" + NBSP + "500,0",
         "end_date": 2024}),
    P("INO-2918", name="Реконструкция набережной реки Томи", cluster=None,
      work_area="smart_city", location="Томск", status="completed",
      start_date=d("2013-05-01"), end_date=d("2016-09-30"),
      federal_budget_mln=D("0.0"), regional_budget_mln=D("410.0"),
      extra_budgetary_mln=D("120.0"), extra_budgetary_confirmed_mln=D("120.0"),
      jobs_planned=0, jobs_created=0, lead_organization="Администрация Города Томска",
      problems=None, _mb=D("215.0"), _spent=D("745.0"), _curator="Иванова Н. П.", _note="",
      w={"cluster": "", "status": "Завершён", "work_area": "Умный и удобный город ",
         "end_date": "30.09.2016"}),
]
for p in MIN_PROJECTS:
    r = p["rec"]
    r["total_cost_mln"] = (r["federal_budget_mln"] + r["regional_budget_mln"]
                           + (r["_mb"] or D(0)) + r["extra_budgetary_mln"])

# The rejected row: a cluster that is none of the seven.
MIN_REJECTED_ROW = {
    "code": "INO-2919", "name": "Технопарк аддитивных производств",
    "cluster_w": "Кластер аддитивных технологий", "work_area_w": "Передовая промышленность",
    "location_w": "ЗАТО Северск", "status_w": "планируется",
    "start": d("2017-03-01"), "end": d("2019-12-31"),
    "fb": D("0.0"), "ob": D("40.0"), "mb": None, "vbi": D("260.0"), "conf": D("0.0"),
    "jp": 45, "jc": 0, "lead": "ООО «Аддитех»", "problems": None, "spent": D("0.0"),
    "curator": "Петров А. В.", "note": ""}
MIN_REJECTED_AFTER = "INO-2910"

# (top header, sub header or None, field or None, why ignored)
MIN_COLS = [
    ("№\nп/п", None, None, "row number"),
    ("Наименование проекта", None, "name", None),
    ("Код (шифр)\nпроекта", None, "code", None),
    ("Кластер", None, "cluster", None),
    ("Направление\nИНО «Томск»", None, "work_area", None),
    ("Муниципальное образование", None, "location", None),
    ("Текущий статус", None, "status", None),
    ("Сроки реализации", "начало", "start_date", None),
    ("Сроки реализации", "окончание", "end_date", None),
    ("Объём финансирования, млн руб.", "всего", "total_cost_mln", None),
    ("Объём финансирования, млн руб.", "ФБ", "federal_budget_mln", None),
    ("Объём финансирования, млн руб.", "ОБ", "regional_budget_mln", None),
    ("Объём финансирования, млн руб.", "МБ", None,
     "municipal (local) budget: no canonical field; it is part of 'всего' but not imported"),
    ("Объём финансирования, млн руб.", "ВБИ", "extra_budgetary_mln", None),
    ("Объём финансирования, млн руб.", "из них ВБИ подтверждено", "extra_budgetary_confirmed_mln", None),
    ("Освоено на отчётную дату,\nмлн руб.", None, None,
     "money spent to date, not the project cost or a source of funding"),
    ("Рабочие места, ед.", "план", "jobs_planned", None),
    ("Рабочие места, ед.", "факт", "jobs_created", None),
    ("Исполнитель\n(ответственная организация)", None, "lead_organization", None),
    ("Куратор от министерства (ФИО)", None, None, "a person's name (ministry curator), not the lead organisation"),
    ("Проблемные вопросы", None, "problems", None),
    ("Примечание", None, None, "clerk's remarks about the data source, not problems of the project"),
]


def hdr_name(top, sub):
    return top if sub is None else f"{top} / {sub}"


def cell_fmt(ws, ref, v):
    c = ws[ref]
    if isinstance(v, D):
        c.value = float(v)
        c.number_format = "#,##0.0"
    elif isinstance(v, dt.date):
        c.value = dt.datetime(v.year, v.month, v.day)
        c.number_format = "DD.MM.YYYY"
    else:
        c.value = v
    return c


def written(p, field, default_map=None):
    """How the sender wrote this field: explicit override, else the default rendering."""
    if field in p["w"]:
        return p["w"][field]
    v = p["rec"].get(field)
    if default_map is not None:
        return default_map[v]
    return v


def make_ministry():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Форма ИНО-1"
    ncol = len(MIN_COLS)
    last = get_column_letter(ncol)
    ws["A1"] = "Информация о ходе реализации проектов программы развития инновационного территориального центра «ИНО Томск»"
    ws["A2"] = "за 9 месяцев 2016 года (по состоянию на 01.10.2016)"
    ws["A3"] = "Департамент инвестиций Министерства экономического развития Томской области"
    for r in (1, 2, 3):
        ws.merge_cells(f"A{r}:{last}{r}")
        ws[f"A{r}"].font = Font(bold=(r == 1))
    H1, H2, NUMROW = 5, 6, 7
    # two-level header
    col = 1
    i = 0
    while i < ncol:
        top, sub, _, _ = MIN_COLS[i]
        if sub is None:
            ws.cell(H1, col, top)
            ws.merge_cells(start_row=H1, start_column=col, end_row=H2, end_column=col)
            i += 1
            col += 1
        else:
            j = i
            while j < ncol and MIN_COLS[j][0] == top and MIN_COLS[j][1] is not None:
                ws.cell(H2, col + (j - i), MIN_COLS[j][1])
                j += 1
            ws.cell(H1, col, top)
            ws.merge_cells(start_row=H1, start_column=col, end_row=H1, end_column=col + (j - i) - 1)
            col += j - i
            i = j
    for c in range(1, ncol + 1):
        ws.cell(H1, c).alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        ws.cell(H2, c).alignment = Alignment(wrap_text=True, horizontal="center")
        ws.cell(NUMROW, c, c)
        ws.column_dimensions[get_column_letter(c)].width = 14
    ws.column_dimensions["B"].width = 40
    row = NUMROW + 1
    rows_written = []
    rejected = []
    n = 0
    order = []
    for p in MIN_PROJECTS:
        order.append(("p", p))
        if p["rec"]["code"] == MIN_REJECTED_AFTER:
            order.append(("rej", MIN_REJECTED_ROW))
    totals = {k: D(0) for k in ("t", "fb", "ob", "mb", "vbi", "conf", "spent")}
    tj = [0, 0]
    for kind, p in order:
        n += 1
        if kind == "p":
            r = p["rec"]
            vals = [n, written(p, "name"), written(p, "code"), written(p, "cluster", MIN_CLUSTER),
                    written(p, "work_area", MIN_WA), written(p, "location", MIN_LOC),
                    written(p, "status", MIN_STATUS), written(p, "start_date"), written(p, "end_date"),
                    written(p, "total_cost_mln"), written(p, "federal_budget_mln"),
                    written(p, "regional_budget_mln"), r["_mb"], written(p, "extra_budgetary_mln"),
                    written(p, "extra_budgetary_confirmed_mln"), r["_spent"],
                    written(p, "jobs_planned"), written(p, "jobs_created"),
                    written(p, "lead_organization"), r["_curator"], written(p, "problems"),
                    r["_note"] or None]
            rows_written.append((row, p))
            add = [r["total_cost_mln"], r["federal_budget_mln"], r["regional_budget_mln"],
                   r["_mb"] or D(0), r["extra_budgetary_mln"], r["extra_budgetary_confirmed_mln"] or D(0),
                   r["_spent"]]
            tj[0] += r["jobs_planned"]
            tj[1] += r["jobs_created"]
        else:
            q = p
            tot = q["fb"] + q["ob"] + (q["mb"] or D(0)) + q["vbi"]
            vals = [n, q["name"], q["code"], q["cluster_w"], q["work_area_w"], q["location_w"],
                    q["status_w"], q["start"], q["end"], tot, q["fb"], q["ob"], q["mb"], q["vbi"],
                    q["conf"], q["spent"], q["jp"], q["jc"], q["lead"], q["curator"], q["problems"],
                    q["note"] or None]
            rejected.append({"sheet": ws.title, "row": row, "reason": "unknown cluster '%s'" % q["cluster_w"],
                             "column": "D", "code": q["code"]})
            add = [tot, q["fb"], q["ob"], q["mb"] or D(0), q["vbi"], q["conf"], q["spent"]]
            tj[0] += q["jp"]
            tj[1] += q["jc"]
        for k, a in zip(("t", "fb", "ob", "mb", "vbi", "conf", "spent"), add):
            totals[k] += a
        for c, v in enumerate(vals, 1):
            if v is None or v == "":
                continue
            cell_fmt(ws, f"{get_column_letter(c)}{row}", v)
        row += 1
    last_data = row - 1
    tot_row = row
    ws.cell(tot_row, 1, "Итого по программе")
    ws.merge_cells(start_row=tot_row, start_column=1, end_row=tot_row, end_column=3)
    for c, k in zip((10, 11, 12, 13, 14, 15, 16), ("t", "fb", "ob", "mb", "vbi", "conf", "spent")):
        cell_fmt(ws, f"{get_column_letter(c)}{tot_row}", totals[k])
    ws.cell(tot_row, 17, tj[0])
    ws.cell(tot_row, 18, tj[1])
    for c in range(1, ncol + 1):
        ws.cell(tot_row, c).font = Font(bold=True)
    fn1 = tot_row + 2
    ws.cell(fn1, 1, "Примечание: ФБ — федеральный бюджет; ОБ — областной бюджет; МБ — местный бюджет; "
                    "ВБИ — внебюджетные источники.")
    ws.cell(fn1 + 1, 1, "* Подтверждёнными считаются ВБИ, по которым заключены соглашения с инвесторами.")
    ws.merge_cells(start_row=fn1, start_column=1, end_row=fn1, end_column=ncol)
    ws.merge_cells(start_row=fn1 + 1, start_column=1, end_row=fn1 + 1, end_column=ncol)
    ws.freeze_panes = "C8"

    columns = [[hdr_name(t, s), f] for t, s, f, _ in MIN_COLS if f]
    ignored = [[hdr_name(t, s), why] for t, s, f, why in MIN_COLS if not f]
    recs = [canon(p["rec"], FIELDS) for _, p in rows_written]
    exp = {
        "file": "econ_ministry_q3.xlsx", "refused": False, "fields": FIELDS,
        "record_count": len(recs), "records": recs, "rejected": rejected,
        "sheet": ws.title, "columns": columns, "ignored_columns": ignored,
        "header_rows": [H1, H2], "data_rows": [NUMROW + 1, last_data],
        "skipped_rows": {str(1): "title", "2": "title (reporting period)", "3": "title (sender)",
                         str(H1): "header (top level)", str(H2): "header (second level)",
                         str(NUMROW): "column numbers", str(tot_row): "totals (Итого по программе)",
                         str(fn1): "footnote (abbreviations)", str(fn1 + 1): "footnote"},
        "written_as": written_pairs(MIN_PROJECTS),
        "notes": (
            "Regional ministry of economic development, quarterly 'Информация о ходе реализации'. "
            "One sheet 'Форма ИНО-1'. Title rows 1-3 (row 3 names the sender); two-level merged header "
            "rows 5-6 with line breaks in header cells; row 7 numbers the columns 1..22. Name comes "
            "BEFORE the code. Money in RUB million (unit in the parent header 'Объём финансирования, "
            "млн руб.' over всего/ФБ/ОБ/МБ/ВБИ/из них ВБИ подтверждено). 'МБ' (municipal budget) is part "
            "of 'всего' but has no canonical field; 'Освоено на отчётную дату' is spent-to-date money; "
            "'Куратор' is a person; '№ п/п' and 'Примечание' are not imported. Row %d has an unknown "
            "cluster 'Кластер аддитивных технологий' and is rejected. Row %d is 'Итого по программе' "
            "(totals), rows %d-%d footnotes. Statuses are written as phrases ('Реализуется (с "
            "отставанием от графика)', 'приостановлен до решения вопроса о земельном участке', 'в стадии "
            "реализации', 'планируется к реализации', 'РЕАЛИЗОВАН'); 'уточняется' fits no status -> null. "
            "Location 'Томская область' is no canonical place -> null; 'д. Кисловка, Томский район' -> "
            "Томский район; 'г.о. Стрежевой', 'ЗАТО Северск', 'г. Асино', 'Томский р-н'. End dates as real "
            "dates, dd.mm.yyyy text, quarters ('IV кв. 2019' -> 2019-12-31) and bare years as numbers in "
            "General cells (2022 -> 2022-12-31). Money text with NBSP or plain-space thousands and "
            "decimal comma. Cluster '—' or empty -> null." % (
                rejected[0]["row"], tot_row, fn1, fn1 + 1)),
    }
    return wb, exp


# --------------------------------------------------------------------------------------
def canon(r, fields):
    out = {}
    for f in fields:
        v = r.get(f)
        if isinstance(v, D):
            v = float(v.quantize(D("0.1")))
        elif isinstance(v, dt.date):
            v = v.isoformat()
        out[f] = v
    return out


def jsonable(v):
    if isinstance(v, D):
        return str(v)
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()[:10] if isinstance(v, dt.date) and not isinstance(v, dt.datetime) \
            else "real date " + v.isoformat()[:10]
    return v


def written_pairs(projects):
    """For each project: [field, canonical, as written] where the sender wrote it differently."""
    out = {}
    for p in projects:
        pairs = []
        for f, wv in p["w"].items():
            cv = p["rec"].get(f)
            cvj = canon({f: cv}, [f])[f]
            if isinstance(wv, int) and f in ("start_date", "end_date"):
                wv = "%d (number, General format)" % wv
            pairs.append([f, cvj, jsonable(wv)])
        if pairs:
            out[p["rec"]["code"]] = pairs
    return out


# ======================================================================================
# 2. city_invest_dept.xlsx  (city administration, department of investment)
# ======================================================================================
CITY_STATUS = {"planned": "Планируется", "in_progress": "В работе", "completed": "Реализован",
               "suspended": "приостановлен"}
CITY_LOC = {"Томск": "Томск", "Северск": "ЗАТО Северск", "Томский район": "Томский район",
            "Стрежевой": "Стрежевой", "Асино": "Асино", "Колпашево": "Колпашево"}
# sheet name, full cluster name (cell A1), cluster key
CITY_SHEETS = [
    ("Нефтехимия", "Нефтехимический кластер", "petrochemical"),
    ("Ядерные технологии", "Кластер ядерных технологий", "nuclear"),
    ("Фарма", "Фармацевтический кластер", "pharma"),
    ("Медтехника и ИТ", "Кластер медицинской техники и информационных технологий", "medtech_it"),
    ("Лесопром", "Лесопромышленный кластер", "timber"),
    ("Дикоросы", "Кластер дикоросов", "wildlife"),
]
# money given in THOUSAND roubles (canonical in mln)
CITY_PROJECTS = {
    "Нефтехимия": [
        P("INO-2934", name="Производство высокооктановых компонентов топлива",
          lead_organization="ООО «Томскнефтехим»", location="Томск", status="in_progress",
          start_date=d("2015-04-01"), end_date=d("2019-12-31"),
          total_cost_mln=D("1875.4"), extra_budgetary_mln=D("1700.0"),
          extra_budgetary_confirmed_mln=D("1250.0"), jobs_planned=140, jobs_created=60,
          _inn="7024029499", _y2017=D("420.0"), _pct=35,
          w={"end_date": "IV кв. 2019", "total_cost_mln": "1" + NBSP + "875" + NBSP + "400"}),
        P("INO-2935", name="Участок вторичной переработки полимеров",
          lead_organization="ООО «ПолиЭко»", location="Северск", status="planned",
          start_date=d("2017-03-15"), end_date=d("2018-12-31"),
          total_cost_mln=D("96.3"), extra_budgetary_mln=D("96.3"),
          extra_budgetary_confirmed_mln=None, jobs_planned=35, jobs_created=0,
          _inn="7024041200", _y2017=D("40.0"), _pct=0,
          w={"location": "пос. Самусь (ЗАТО Северск)", "start_date": "15.03.2017", "end_date": 2018}),
        P("INO-2936", name="Выпуск композитных труб для нефтепромыслов",
          lead_organization="ЗАО «Композит-Томск»", location="Томский район", status="completed",
          start_date=d("2012-08-01"), end_date=d("2015-06-30"),
          total_cost_mln=D("640.0"), extra_budgetary_mln=D("590.0"),
          extra_budgetary_confirmed_mln=D("590.0"), jobs_planned=110, jobs_created=118,
          _inn="7014055321", _y2017=D("0.0"), _pct=100,
          w={"status": "ЗАВЕРШЁН", "end_date": "II кв. 2015"}),
    ],
    "Ядерные технологии": [
        P("INO-2937", name="Производство стабильных изотопов для медицины",
          lead_organization="АО «СХК»", location="Северск", status="in_progress",
          start_date=d("2014-02-10"), end_date=d("2020-12-31"),
          total_cost_mln=D("3120.5"), extra_budgetary_mln=D("1420.5"),
          extra_budgetary_confirmed_mln=D("1420.5"), jobs_planned=210, jobs_created=150,
          _inn="7024029499", _y2017=D("610.0"), _pct=62,
          w={"status": "в работе ", "start_date": "10.02.2014", "end_date": 2020}),
        P("INO-2938", name="Центр радиационной стерилизации",
          lead_organization="ООО «Стерион»", location="Томск", status="suspended",
          start_date=d("2016-01-11"), end_date=d("2019-06-30"),
          total_cost_mln=D("455.0"), extra_budgetary_mln=D("455.0"),
          extra_budgetary_confirmed_mln=D("0.0"), jobs_planned=45, jobs_created=0,
          _inn="7017366000", _y2017=D("0.0"), _pct=5,
          w={"status": "Приостановлен (поиск инвестора)", "location": "г. Томск",
             "end_date": "30.06.2019"}),
        P("INO-2939", name="Опытное производство сверхпроводящих материалов",
          lead_organization="ТПУ", location="Томск", status="planned",
          start_date=d("2017-09-01"), end_date=d("2021-12-31"),
          total_cost_mln=D("780.0"), extra_budgetary_mln=D("230.0"),
          extra_budgetary_confirmed_mln=D("100.0"), jobs_planned=60, jobs_created=0,
          _inn="7018007264", _y2017=D("55.0"), _pct=0,
          w={"end_date": "IV кв. 2021"}),
    ],
    "Фарма": [
        P("INO-2940", name="Производство генериков противовирусных препаратов",
          lead_organization="АО «Томскхимфарм»", location="Томск", status="in_progress",
          start_date=d("2015-07-01"), end_date=d("2018-12-31"),
          total_cost_mln=D("1210.0"), extra_budgetary_mln=D("1110.0"),
          extra_budgetary_confirmed_mln=D("800.0"), jobs_planned=170, jobs_created=95,
          _inn="7020000080", _y2017=D("300.0"), _pct=55,
          w={"start_date": "01.07.2015", "end_date": "31.12.2018"}),
        P("INO-2941", name="Лаборатория доклинических исследований",
          lead_organization="ООО «Биоиннова»", location="Томский район", status="completed",
          start_date=d("2013-03-01"), end_date=d("2016-03-31"),
          total_cost_mln=D("88.6"), extra_budgetary_mln=D("60.6"),
          extra_budgetary_confirmed_mln=D("60.6"), jobs_planned=25, jobs_created=27,
          _inn="7014061234", _y2017=D("0.0"), _pct=100,
          w={"location": "с. Зоркальцево, Томский р-н", "status": "завершен ",
             "end_date": "I кв. 2016"}),
        P("INO-2942", name="Выпуск фитопрепаратов из сибирского сырья",
          lead_organization="ООО «Сибфитофарм»", location="Асино", status="planned",
          start_date=d("2017-05-01"), end_date=d("2020-12-31"),
          total_cost_mln=D("250.0"), extra_budgetary_mln=D("200.0"),
          extra_budgetary_confirmed_mln=D("50.0"), jobs_planned=40, jobs_created=0,
          _inn="7002012345", _y2017=D("20.0"), _pct=0,
          w={"location": "г. Асино", "status": "планируется"}),
    ],
    "Медтехника и ИТ": [
        P("INO-2943", name="Производство цифровых рентгеновских систем",
          lead_organization="ЗАО «Медтехника-Сибирь»", location="Томск", status="in_progress",
          start_date=d("2016-02-01"), end_date=d("2019-09-30"),
          total_cost_mln=D("540.0"), extra_budgetary_mln=D("400.0"),
          extra_budgetary_confirmed_mln=D("380.0"), jobs_planned=80, jobs_created=30,
          _inn="7017123456", _y2017=D("150.0"), _pct=40,
          w={"end_date": "III кв. 2019", "status": "Реализуется"}),
        P("INO-2944", name="Центр обработки данных «Сибирь-Облако»",
          lead_organization="ООО «Облачные системы»", location="Томск", status="in_progress",
          start_date=d("2016-10-01"), end_date=d("2018-12-31"),
          total_cost_mln=D("1300.0"), extra_budgetary_mln=D("1300.0"),
          extra_budgetary_confirmed_mln=D("1300.0"), jobs_planned=50, jobs_created=20,
          _inn="7017400001", _y2017=D("700.0"), _pct=45,
          w={"start_date": "01.10.2016", "end_date": 2018,
             "total_cost_mln": "1 300 000", "extra_budgetary_mln": "1 300 000"}),
        P("INO-2945", name="Сервис электронной записи к врачу",
          lead_organization="ООО «Элекард-Мед»", location="Стрежевой", status="completed",
          start_date=d("2014-01-15"), end_date=d("2015-12-31"),
          total_cost_mln=D("12.4"), extra_budgetary_mln=D("12.4"),
          extra_budgetary_confirmed_mln=D("12.4"), jobs_planned=8, jobs_created=8,
          _inn="7017222333", _y2017=D("0.0"), _pct=100,
          w={"location": "г.о. Стрежевой", "end_date": "IV кв. 2015"}),
    ],
    "Лесопром": [
        P("INO-2946", name="Завод по производству пеллет",
          lead_organization="ООО «Асиновский ЛПК»", location="Асино", status="in_progress",
          start_date=d("2015-09-01"), end_date=d("2018-06-30"),
          total_cost_mln=D("320.0"), extra_budgetary_mln=D("300.0"),
          extra_budgetary_confirmed_mln=D("300.0"), jobs_planned=55, jobs_created=40,
          _inn="7002011111", _y2017=D("80.0"), _pct=70,
          w={"location": "г. Асино", "end_date": "II кв. 2018"}),
        P("INO-2947", name="Производство мебельного щита",
          lead_organization="ООО «Колпашевский ДОК»", location="Колпашево", status="planned",
          start_date=d("2017-01-10"), end_date=d("2019-12-31"),
          total_cost_mln=D("145.7"), extra_budgetary_mln=D("145.7"),
          extra_budgetary_confirmed_mln=None, jobs_planned=65, jobs_created=0,
          _inn="7007001234", _y2017=D("45.7"), _pct=0,
          w={"location": "г. Колпашево", "start_date": "10.01.2017", "end_date": 2019}),
    ],
    "Дикоросы": [
        P("INO-2948", name="Переработка дикорастущих ягод в Бакчаре",
          lead_organization="ООО «Бакчарские ягоды»", location=None, status="in_progress",
          start_date=d("2016-06-01"), end_date=d("2018-12-31"),
          total_cost_mln=D("64.0"), extra_budgetary_mln=D("60.0"),
          extra_budgetary_confirmed_mln=D("30.0"), jobs_planned=20, jobs_created=9,
          _inn="7003004321", _y2017=D("20.0"), _pct=40,
          w={"location": "с. Бакчар, Бакчарский район", "end_date": "IV кв. 2018"}),
        P("INO-2949", name="Цех производства кедрового масла",
          lead_organization="ООО «Кедровый край»", location="Томский район", status="completed",
          start_date=d("2013-04-01"), end_date=d("2014-12-31"),
          total_cost_mln=D("38.9"), extra_budgetary_mln=D("38.9"),
          extra_budgetary_confirmed_mln=D("38.9"), jobs_planned=15, jobs_created=15,
          _inn="7014999000", _y2017=D("0.0"), _pct=100,
          w={"location": "д. Лоскутово (Томский район)", "start_date": "01.04.2013",
             "end_date": 2014}),
    ],
}
CITY_FIELDS = ["code", "name", "cluster", "location", "status", "start_date", "end_date",
               "total_cost_mln", "extra_budgetary_mln", "extra_budgetary_confirmed_mln",
               "jobs_planned", "jobs_created", "lead_organization"]
CITY_COLS = [
    ("№", None, None, "row number"),
    ("Код проекта", None, "code", None),
    ("Наименование\nинвестиционного проекта", None, "name", None),
    ("Инициатор проекта", None, "lead_organization", None),
    ("ИНН инициатора", None, None, "taxpayer number (ИНН) of the initiator, not a project field"),
    ("Место реализации", None, "location", None),
    ("Статус", None, "status", None),
    ("Срок реализации", "начало", "start_date", None),
    ("Срок реализации", "окончание", "end_date", None),
    ("Объём инвестиций", "всего", "total_cost_mln", None),
    ("Объём инвестиций", "в т.ч. внебюджетные", "extra_budgetary_mln", None),
    ("Объём инвестиций", "из них подтверждено", "extra_budgetary_confirmed_mln", None),
    ("Объём инвестиций", "в т.ч. в 2017 году", None, "one year's slice (2017) of the investment, not the total"),
    ("Готовность, %", None, None, "a percentage of completion, not money or jobs"),
    ("Рабочие места, чел.", "план", "jobs_planned", None),
    ("Рабочие места, чел.", "создано", "jobs_created", None),
]
CITY_HIDDEN_ROW = ("Медтехника и ИТ", "INO-2944")
CITY_HIDDEN_COL = ("Фарма", "P")   # jobs_created column hidden on the pharma sheet


def thousands(v):
    """RUB million Decimal -> thousand roubles int."""
    t = v * 1000
    assert t == t.to_integral_value()
    return int(t)


def make_city():
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    sheets_info = []
    all_recs = []
    ncol = len(CITY_COLS)
    for sname, full, key in CITY_SHEETS:
        ws = wb.create_sheet(sname)
        ws["A1"] = full
        ws["A1"].font = Font(bold=True)
        ws["A2"] = "Перечень инвестиционных проектов, реализуемых на территории Города Томска и Томской агломерации"
        ws["A3"] = "(тыс. рублей)"
        H1, H2 = 5, 6
        for c, (top, sub, _, _) in enumerate(CITY_COLS, 1):
            ws.cell(H1, c, top) if (c == 1 or CITY_COLS[c - 2][0] != top or sub is None) else None
            if sub is not None:
                ws.cell(H2, c, sub)
            ws.cell(H1, c).alignment = Alignment(wrap_text=True)
        # merges
        c = 1
        while c <= ncol:
            top, sub = CITY_COLS[c - 1][:2]
            if sub is None:
                ws.merge_cells(start_row=H1, start_column=c, end_row=H2, end_column=c)
                c += 1
            else:
                e = c
                while e + 1 <= ncol and CITY_COLS[e][0] == top:
                    e += 1
                ws.merge_cells(start_row=H1, start_column=c, end_row=H1, end_column=e)
                c = e + 1
        row = H2 + 1
        data_rows = []
        skipped = {}
        projs = CITY_PROJECTS[sname]
        for i, p in enumerate(projs):
            r = p["rec"]
            r["cluster"] = key
            if i == 2:   # blank spacer row before the third project
                skipped[str(row)] = "blank spacer row"
                row += 1
            vals = [i + 1, r["code"], r["name"], r["lead_organization"], r["_inn"],
                    written(p, "location", CITY_LOC) if r["location"] or "location" in p["w"] else None,
                    written(p, "status", CITY_STATUS), written(p, "start_date"), written(p, "end_date"),
                    p["w"].get("total_cost_mln", thousands(r["total_cost_mln"])),
                    p["w"].get("extra_budgetary_mln", thousands(r["extra_budgetary_mln"])),
                    (thousands(r["extra_budgetary_confirmed_mln"])
                     if r["extra_budgetary_confirmed_mln"] is not None else None),
                    thousands(r["_y2017"]), r["_pct"], r["jobs_planned"], r["jobs_created"]]
            for c, v in enumerate(vals, 1):
                if v is None:
                    continue
                cell = ws.cell(row, c)
                if isinstance(v, dt.date):
                    cell.value = dt.datetime(v.year, v.month, v.day)
                    cell.number_format = "DD.MM.YYYY"
                else:
                    cell.value = v
                    if c in (10, 11, 12, 13) and isinstance(v, int):
                        cell.number_format = "#,##0"
            if (sname, r["code"]) == CITY_HIDDEN_ROW:
                ws.row_dimensions[row].hidden = True
            data_rows.append(row)
            all_recs.append(canon(r, CITY_FIELDS))
            row += 1
        if sname == CITY_HIDDEN_COL[0]:
            ws.column_dimensions[CITY_HIDDEN_COL[1]].hidden = True
        ws.column_dimensions["C"].width = 42
        info = {"sheet": sname, "cluster": key, "a1": full, "header_rows": [H1, H2],
                "data_rows": data_rows,
                "skipped_rows": dict({"1": "title (cluster name)", "2": "title", "3": "title (unit: тыс. рублей)",
                                      str(H1): "header", str(H2): "header (second level)"}, **skipped)}
        sheets_info.append(info)
    ws = wb.create_sheet("Справочно")
    ws["A1"] = "Суммы указаны в тысячах рублей (см. строку 3 каждого листа)."
    ws["A2"] = "ИНН — идентификационный номер налогоплательщика инициатора проекта."
    ws["A3"] = "Готовность — доля выполненных работ по данным инициатора, %."
    ws["A4"] = "Подготовлено: Департамент инвестиций администрации Города Томска, январь 2017 г."
    ws.column_dimensions["A"].width = 90
    allp = [p for s, _, _ in CITY_SHEETS for p in CITY_PROJECTS[s]]
    exp = {
        "file": "city_invest_dept.xlsx", "refused": False, "fields": CITY_FIELDS,
        "record_count": len(all_recs), "records": all_recs, "rejected": [],
        "columns": [[hdr_name(t, s), f] for t, s, f, _ in CITY_COLS if f],
        "ignored_columns": [[hdr_name(t, s), why] for t, s, f, why in CITY_COLS if not f]
        + [["(sheet) Справочно", "notes sheet, no project table"]],
        "header_rows": [5, 6], "sheets": sheets_info, "non_data_sheets": ["Справочно"],
        "data_rows": {s["sheet"]: s["data_rows"] for s in sheets_info},
        "skipped_rows": {"%s!%s" % (s["sheet"], r): why for s in sheets_info
                         for r, why in s["skipped_rows"].items()},
        "hidden": {"row": {"sheet": CITY_HIDDEN_ROW[0], "code": CITY_HIDDEN_ROW[1],
                           "row": next(r for s in sheets_info if s["sheet"] == CITY_HIDDEN_ROW[0]
                                       for r in s["data_rows"][1:2])},
                   "column": {"sheet": CITY_HIDDEN_COL[0], "column": CITY_HIDDEN_COL[1],
                              "field": "jobs_created"}},
        "unit": "thousand roubles, said only in the title row 3 '(тыс. рублей)', never in a column header",
        "written_as": written_pairs(allp),
        "notes": (
            "City administration, department of investment: one sheet per cluster; the sheet names "
            "are abbreviations ('Нефтехимия', 'Фарма', 'Лесопром', ...) and cell A1 holds the full "
            "cluster name, from which the cluster comes. Amounts are in THOUSAND roubles, said only in the "
            "title row 3 '(тыс. рублей)' (the money headers 'Объём инвестиций / всего' carry no unit); "
            "given here in RUB million. Some amounts are text with NBSP or plain-space thousands "
            "('1 875 400'). Header: rows 5-6, two-level, parent 'Объём инвестиций' over всего / в т.ч. "
            "внебюджетные / из них подтверждено / в т.ч. в 2017 году (a one-year slice, ignored); "
            "'Рабочие места, чел.' over план / создано. 'ИНН инициатора', 'Готовность, %' and '№' are "
            "not imported. A blank spacer row precedes the third project on each sheet that has one. "
            "Row 8 on 'Медтехника и ИТ' (INO-2944) is hidden and column P (создано) on 'Фарма' is "
            "hidden: both are data. Sheet 'Справочно' is notes, not data. Locations: 'пос. Самусь "
            "(ЗАТО Северск)' -> Северск, 'с. Зоркальцево, Томский р-н' and 'д. Лоскутово (Томский "
            "район)' -> Томский район, 'с. Бакчар, Бакчарский район' is none of the canonical places "
            "-> null. Dates: real, dd.mm.yyyy text, quarters ('II кв. 2015' -> 2015-06-30), years as "
            "General numbers (2018 -> 2018-12-31)."),
    }
    return wb, exp


# ======================================================================================
# 3. innovation_tracker.xlsx  (innovation centre, English)
# ======================================================================================
TR_SECTOR = {"petrochemical": "Petrochemicals", "nuclear": "Nuclear technologies",
             "timber": "Timber & wood processing", "pharma": "Pharmaceuticals",
             "medtech_it": "Medical devices & IT", "wildlife": "Wildlife resources",
             "hard_to_recover": "Hard-to-recover oil", None: "n/a"}
TR_LOC = {"Томск": "Tomsk", "Северск": "Seversk", "Стрежевой": "Strezhevoy",
          "Томский район": "Tomsk district", "Асино": "Asino", "Колпашево": "Kolpashevo"}
TR_STAGE = {"planned": "Planned", "in_progress": "In progress", "completed": "Completed",
            "suspended": "Suspended"}
TR_FIELDS = ["code", "name", "cluster", "location", "status", "start_date", "end_date",
             "total_cost_mln", "extra_budgetary_mln", "jobs_planned", "jobs_created"]
TR_PROJECTS = [
    P("INO-2950", name="Smart grid pilot for Tomsk Academgorodok", cluster=None, location="Томск",
      status="in_progress", start_date=d("2016-03-01"), end_date=d("2018-12-31"),
      total_cost_mln=D("412.5"), extra_budgetary_mln=D("300.0"), jobs_planned=30, jobs_created=12,
      _spent=D("0.1500"), _owner="A. Kuznetsov", _pct=0.4, w={"end_date": "Q4 2018"}),
    P("INO-2951", name="Производство полимерных мембран", cluster="petrochemical", location="Томск",
      status="planned", start_date=d("2017-04-01"), end_date=d("2020-12-31"),
      total_cost_mln=D("1234.5"), extra_budgetary_mln=D("1000.0"), jobs_planned=90, jobs_created=0,
      _spent=D("0"), _owner="E. Morozova", _pct=0.0, w={"end_date": "2020"}),
    P("INO-2952", name="Radiopharmaceutical production line", cluster="nuclear", location="Северск",
      status="in_progress", start_date=d("2015-06-15"), end_date=d("2019-06-30"),
      total_cost_mln=D("2500.0"), extra_budgetary_mln=None, jobs_planned=140, jobs_created=70,
      _spent=D("1.1000"), _owner="I. Sokolov", _pct=0.55,
      w={"status": "In progress – behind schedule", "end_date": "II кв. 2019"}),
    P("INO-2953", name="Plywood mill modernisation", cluster="timber", location="Асино",
      status="completed", start_date=d("2013-01-10"), end_date=d("2015-10-20"),
      total_cost_mln=D("870.0"), extra_budgetary_mln=D("870.0"), jobs_planned=200, jobs_created=215,
      _spent=D("0.8700"), _owner="A. Kuznetsov", _pct=1.0, w={"status": "COMPLETED"}),
    P("INO-2954", name="Biotech incubator at the medical university", cluster="pharma",
      location="Томск", status="in_progress", start_date=d("2016-09-01"), end_date=d("2019-03-31"),
      total_cost_mln=D("156.4"), extra_budgetary_mln=D("56.4"), jobs_planned=45, jobs_created=20,
      _spent=D("0.0800"), _owner="E. Morozova", _pct=0.5, w={"end_date": "Q1 2019"}),
    P("INO-2955", name="Wearable cardio monitor", cluster="medtech_it", location="Томск",
      status="suspended", start_date=d("2015-11-01"), end_date=d("2018-06-30"),
      total_cost_mln=D("48.9"), extra_budgetary_mln=D("48.9"), jobs_planned=15, jobs_created=4,
      _spent=D("0.0120"), _owner="I. Sokolov", _pct=0.2,
      w={"status": "Suspended (funding review)"}),
    P("INO-2956", name="Lingonberry and cranberry processing plant", cluster="wildlife",
      location="Колпашево", status="planned", start_date=d("2017-06-01"), end_date=d("2021-12-31"),
      total_cost_mln=D("95.0"), extra_budgetary_mln=D("80.0"), jobs_planned=25, jobs_created=0,
      _spent=D("0"), _owner="A. Kuznetsov", _pct=0.0, w={"end_date": 2021}),
    P("INO-2957", name="Bazhenov formation test site", cluster="hard_to_recover",
      location="Стрежевой", status="in_progress", start_date=d("2014-05-05"), end_date=d("2020-12-31"),
      total_cost_mln=D("15600.0"), extra_budgetary_mln=D("14100.0"), jobs_planned=300,
      jobs_created=180, _spent=D("9.2000"), _owner="E. Morozova", _pct=0.6,
      w={"end_date": "IV кв. 2020"}),
    P("INO-2958", name="Tomsk district agro-IT hub", cluster=None, location="Томский район",
      status="planned", start_date=d("2017-02-01"), end_date=d("2019-12-31"),
      total_cost_mln=D("22.0"), extra_budgetary_mln=None, jobs_planned=10, jobs_created=0,
      _spent=D("0"), _owner="I. Sokolov", _pct=0.0,
      w={"cluster": "", "end_date": "2019", "status": "planned"}),
    P("INO-2959", name="Catalyst recycling unit", cluster="petrochemical", location="Томский район",
      status="completed", start_date=d("2012-04-01"), end_date=d("2014-09-30"),
      total_cost_mln=D("333.3"), extra_budgetary_mln=D("333.3"), jobs_planned=40, jobs_created=40,
      _spent=D("0.3333"), _owner="A. Kuznetsov", _pct=1.0,
      w={"cluster": "Petrochemistry", "end_date": "Q3 2014"}),
    P("INO-2960", name="Isotope separation R&D centre", cluster="nuclear", location="Северск",
      status="planned", start_date=d("2018-01-15"), end_date=d("2022-12-31"),
      total_cost_mln=D("5050.0"), extra_budgetary_mln=D("2000.0"), jobs_planned=120, jobs_created=0,
      _spent=D("0"), _owner="E. Morozova", _pct=0.0, w={"end_date": 2022}),
    P("INO-2961", name="Wood-plastic composite decking", cluster="timber", location="Асино",
      status="in_progress", start_date=d("2016-08-01"), end_date=d("2018-04-30"),
      total_cost_mln=D("61.7"), extra_budgetary_mln=D("61.7"), jobs_planned=35, jobs_created=22,
      _spent=D("0.0400"), _owner="I. Sokolov", _pct=0.65, w={"status": "in progress"}),
]
TR_COLS = [
    ("#", None, "row number"),
    ("Project ref.", "code", None),
    ("Project", "name", None),
    ("Sector", "cluster", None),
    ("Location", "location", None),
    ("Stage", "status", None),
    ("Start date", "start_date", None),
    ("Target completion", "end_date", None),
    ("Total cost,\nRUB bn", "total_cost_mln", None),
    ("of which private investment,\nRUB bn", "extra_budgetary_mln", None),
    ("Spent to date,\nRUB bn", None, "money spent so far, not the project cost"),
    ("Jobs (target)", "jobs_planned", None),
    ("Jobs (created to date)", "jobs_created", None),
    ("Project owner (contact person)", None, "a person's name, not the lead organisation"),
    ("% complete", None, "a percentage, not money or jobs"),
]


def bn(v):
    return float(v / 1000)


def make_tracker():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "INO Tomsk portfolio tracker — status as of 31 Dec 2016"
    ws["A1"].font = Font(bold=True)
    HR = 3
    for c, (h, _, _) in enumerate(TR_COLS, 1):
        ws.cell(HR, c, h).alignment = Alignment(wrap_text=True)
        ws.cell(HR, c).font = Font(bold=True)
    row = HR + 1
    for i, p in enumerate(TR_PROJECTS, 1):
        r = p["rec"]
        vals = [i, r["code"], r["name"], written(p, "cluster", TR_SECTOR),
                written(p, "location", TR_LOC), written(p, "status", TR_STAGE),
                r["start_date"], written(p, "end_date"),
                bn(r["total_cost_mln"]),
                bn(r["extra_budgetary_mln"]) if r["extra_budgetary_mln"] is not None else None,
                float(r["_spent"]), r["jobs_planned"], r["jobs_created"], r["_owner"], r["_pct"]]
        for c, v in enumerate(vals, 1):
            if v is None:
                continue
            cell = ws.cell(row, c)
            if isinstance(v, dt.date):
                cell.value = dt.datetime(v.year, v.month, v.day)
                cell.number_format = "d mmm yyyy"
            else:
                cell.value = v
                if c in (9, 10, 11):
                    cell.number_format = "0.0000"
                if c == 15:
                    cell.number_format = "0%"
        row += 1
    for c, wdt in zip("ABCDEFGHIJKLMNO", (4, 10, 44, 24, 14, 26, 12, 14, 10, 14, 10, 10, 12, 22, 10)):
        ws.column_dimensions[c].width = wdt
    notes = wb.create_sheet("Read me")
    notes["A1"] = "All money figures are in RUB billion."
    notes["A2"] = "Target completion: date, quarter or year as reported by the project team."
    notes["A3"] = "Spent to date and % complete are internal monitoring figures."
    notes["A4"] = "Compiled by the Tomsk innovation centre, project office."
    exp = {
        "file": "innovation_tracker.xlsx", "refused": False, "fields": TR_FIELDS,
        "record_count": len(TR_PROJECTS), "records": [canon(p["rec"], TR_FIELDS) for p in TR_PROJECTS],
        "rejected": [], "data_sheet": "Tracker", "non_data_sheets": ["Read me"],
        "columns": [[h, f] for h, f, _ in TR_COLS if f],
        "ignored_columns": [[h, why] for h, f, why in TR_COLS if not f],
        "header_row": HR, "header_rows": [HR], "data_rows": [HR + 1, row - 1],
        "skipped_rows": {"1": "title", "2": "blank", str(HR): "header"},
        "written_as": written_pairs(TR_PROJECTS),
        "notes": (
            "Innovation centre's English 'portfolio tracker'. Data on sheet 'Tracker', title row 1, "
            "header row 3 (headers with line breaks); sheet 'Read me' is text. Money in RUB billion "
            "('Total cost,\\nRUB bn'), converted to RUB million (1.2345 bn = 1234.5). Sector is an "
            "English cluster name ('Petrochemicals', 'Petrochemistry', 'Nuclear technologies', 'Timber & "
            "wood processing', 'Pharmaceuticals', 'Medical devices & IT', 'Wildlife resources', "
            "'Hard-to-recover oil'); 'n/a' or empty = no cluster. Location in English (Tomsk, Seversk, "
            "Strezhevoy, Asino, Kolpashevo, 'Tomsk district' = Томский район). Stage: 'In progress – "
            "behind schedule' = in_progress, 'Suspended (funding review)' = suspended, 'COMPLETED'. "
            "Target completion: real dates, quarters ('Q4 2018', 'II кв. 2019', 'IV кв. 2020'), years as "
            "text ('2020', '2019') and as General numbers (2021, 2022). Empty private investment = "
            "null. '#', 'Spent to date', 'Project owner (contact person)' and '% complete' are not "
            "imported."),
    }
    return wb, exp


# ======================================================================================
# 4. econ_ministry_q4_update.xlsx  (clerk's re-typed update of econ_ministry_q3.xlsx)
# ======================================================================================
UPD_FIELDS_CARRIED = ["code", "name", "status", "total_cost_mln", "federal_budget_mln",
                      "regional_budget_mln", "extra_budgetary_mln",
                      "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created", "problems"]
UPD_COLS = [
    ("Код", "code", None), ("Наименование", "name", None), ("Статус", "status", None),
    ("Стоимость всего, млн руб.", "total_cost_mln", None), ("ФБ", "federal_budget_mln", None),
    ("ОБ", "regional_budget_mln", None), ("ВБИ", "extra_budgetary_mln", None),
    ("в т.ч. подтв. ВБИ", "extra_budgetary_confirmed_mln", None),
    ("Раб. места (план)", "jobs_planned", None), ("Раб. места (факт)", "jobs_created", None),
    ("Проблемы", "problems", None),
    ("Прим.", None, "clerk's remark on what changed, not a project field"),
]
# each row: (code in file or None, name in file, changes {field: value}, written overrides, remark, diff)
UPD_ROWS = [
    ("INO-2901", None, {"jobs_created": 190, "extra_budgetary_confirmed_mln": D("1650.0")},
     {"extra_budgetary_confirmed_mln": "1 650,0"}, "уточнены данные", None),
    ("INO-2913", None, {}, {}, "без изменений", None),
    ("INO-2903", None, {"status": "in_progress", "extra_budgetary_confirmed_mln": D("300.0"),
                        "jobs_created": 10}, {"status": "в работе"}, "начата реализация", None),
    (None, "бизнес-инкубатор \"Технопарк-Север\"", {"jobs_created": 120}, {},
     "", "lower-case first letter and \"\" instead of «»"),
    ("INO-2907", None, {"status": "in_progress",
                        "problems": "Земельный участок оформлен 15.11.2016, финансирование возобновлено"},
     {"status": "Реализуется"}, "возобновлён", None),
    ("INO-2931", "Завод по переработке торфа", None, {}, "новый проект", None),
    ("INO-2909", None, {"total_cost_mln": D("1020.3"), "extra_budgetary_mln": D("565.3"),
                        "jobs_created": 96}, {"total_cost_mln": "1" + NBSP + "020,3"}, "", None),
    (None, "Цифровая платформа  поддержки экспортеров ", {"status": "in_progress", "jobs_created": 7},
     {"status": "реализуется"}, "статус уточнен", "ё written as е, double space, trailing space"),
    ("INO-2905", None, {}, {}, "", None),
    ("INO-2932", "Инжиниринговый центр композитных материалов", None, {}, "новый проект", None),
    ("INO-2902", None, {"jobs_created": 80, "problems": "Оборудование поставлено, идёт монтаж"},
     {"status": "реализуется"}, "", None),
    (None, "РЕКОНСТРУКЦИЯ НАБЕРЕЖНОЙ РЕКИ ТОМИ", {}, {"status": "завершен"}, "",
     "upper case"),
    ("INO-2917", None, {"status": "suspended",
                        "problems": "Не решён вопрос концессионного соглашения; проект приостановлен"},
     {"status": "ПРИОСТАНОВЛЕН"}, "", None),
    ("INO-2933", "Центр коллективного пользования «Нанотех»", None, {}, "новый проект", None),
]
UPD_NEW = {
    "INO-2931": dict(name="Завод по переработке торфа", status="planned",
                     total_cost_mln=D("450.0"), federal_budget_mln=D("0.0"),
                     regional_budget_mln=D("50.0"), extra_budgetary_mln=D("400.0"),
                     extra_budgetary_confirmed_mln=D("0.0"), jobs_planned=70, jobs_created=0,
                     problems=None, _w={"status": "Планируется"}),
    "INO-2932": dict(name="Инжиниринговый центр композитных материалов", status="in_progress",
                     total_cost_mln=D("98.6"), federal_budget_mln=D("40.0"),
                     regional_budget_mln=D("18.6"), extra_budgetary_mln=D("40.0"),
                     extra_budgetary_confirmed_mln=D("40.0"), jobs_planned=25, jobs_created=6,
                     problems="Нет помещения для размещения оборудования",
                     _w={"status": "в работе", "total_cost_mln": "98,6"}),
    "INO-2933": dict(name="Центр коллективного пользования «Нанотех»", status="planned",
                     total_cost_mln=D("210.0"), federal_budget_mln=D("150.0"),
                     regional_budget_mln=D("60.0"), extra_budgetary_mln=D("0.0"),
                     extra_budgetary_confirmed_mln=None, jobs_planned=15, jobs_created=0,
                     problems=None, _w={"status": "планируется"}),
}
UPD_STATUS = {"planned": "планируется", "in_progress": "реализуется", "completed": "завершен",
              "suspended": "приостановлен", None: None}


def norm_name(s):
    s = s.lower().replace("ё", "е")
    for q in "«»“”„":
        s = s.replace(q, '"')
    return re.sub(r"\s+", " ", s).strip()


def make_update(base_exp):
    base = {r["code"]: copy.deepcopy(r) for r in base_exp["records"]}
    base_dec = {p["rec"]["code"]: p["rec"] for p in MIN_PROJECTS}
    by_name = {norm_name(r["name"]): c for c, r in base.items()}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Лист1"
    ws["A1"] = "Актуализация на 01.01.2017 (к форме ИНО-1 за 9 мес.)"
    HR = 2
    for c, (h, _, _) in enumerate(UPD_COLS, 1):
        ws.cell(HR, c, h).font = Font(bold=True)
    row = HR + 1
    state = copy.deepcopy(base)
    changed, new, matched = [], [], []
    for code, fname, changes, wover, remark, diff in UPD_ROWS:
        if changes is None:     # new project
            spec = UPD_NEW[code]
            rec = {f: None for f in FIELDS}
            rec["code"] = code
            for f in UPD_FIELDS_CARRIED[1:]:
                rec[f] = spec[f]
            wover = spec["_w"]
            state[code] = canon(rec, FIELDS)
            new.append(code)
            src = rec
        else:
            if code is None:
                target = by_name[norm_name(fname)]
                matched.append({"code": target, "name_in_file": fname, "difference": diff, "row": row})
            else:
                target = code
            src = {f: base_dec[target].get(f) for f in FIELDS}
            for f, v in changes.items():
                src[f] = v
            newc = canon(src, FIELDS)
            newc["name"] = state[target]["name"]
            # empty-cell safety: every carried field written must be equal to the new state
            if newc != state[target]:
                changed.append(target)
            state[target] = newc
        vals = []
        for h, f, _ in UPD_COLS:
            if f is None:
                vals.append(remark or None)
            elif f == "code":
                vals.append(code)
            elif f == "name":
                vals.append(fname if fname is not None else src["name"])
            elif f in wover:
                vals.append(wover[f])
            elif f == "status":
                vals.append(UPD_STATUS[src["status"]])
            else:
                vals.append(src[f])
        for c, v in enumerate(vals, 1):
            if v is None:
                continue
            cell = ws.cell(row, c)
            if isinstance(v, D):
                cell.value = float(v)
                cell.number_format = "0.0"
            else:
                cell.value = v
        row += 1
    # carried fields that are null in the new state must have been null before (no emptied cells)
    ws.column_dimensions["B"].width = 50
    ws.column_dimensions["K"].width = 50
    order = [p["rec"]["code"] for p in MIN_PROJECTS] + new
    exp = {
        "file": "econ_ministry_q4_update.xlsx", "refused": False, "fields": FIELDS,
        "record_count": len(order), "records": [state[c] for c in order], "rejected": [],
        "base_file": "econ_ministry_q3.xlsx",
        "columns": [[h, f] for h, f, _ in UPD_COLS if f],
        "ignored_columns": [[h, why] for h, f, why in UPD_COLS if not f],
        "header_row": HR, "header_rows": [HR], "data_rows": [HR + 1, row - 1],
        "skipped_rows": {"1": "title"},
        "changed_codes": sorted(set(changed)), "new_codes": new, "matched_by_name": matched,
        "not_carried": [f for f in FIELDS if f not in UPD_FIELDS_CARRIED],
        "notes": (
            "A clerk's re-typed update of econ_ministry_q3.xlsx: import that file first, then this one; "
            "'records' is the resulting state of all %d projects (base file order, then new ones). "
            "Title row 1, header row 2 (short headers: 'ФБ', 'ОБ', 'ВБИ', 'в т.ч. подтв. ВБИ' with no "
            "unit = RUB million by default; 'Стоимость всего, млн руб.'). Data rows 3-%d. Rows with a "
            "known code update it (some are re-sent unchanged); rows with an empty code are matched by "
            "name (case, ё/е, quote style, repeated/trailing spaces) and keep their stored name; "
            "INO-2931..2933 are new, their cluster, work area, location, dates and lead organisation "
            "(not carried) are null. Fields not carried keep their values. The row for INO-2919 "
            "(rejected in the base file) is not re-sent. 'Прим.' is a remark column, not imported. "
            "Every carried cell is filled where the project has a value, so no stored value is emptied."
            % (len(order), row - 1)),
    }
    return wb, exp


# ======================================================================================
# 5. export_1c.csv  (1C-like accounting export, cp1251)
# ======================================================================================
CSV_CLUSTER = {"petrochemical": "Нефтехимический кластер", "nuclear": "Кластер ядерных технологий",
               "timber": "Лесопромышленный кластер", "pharma": "Фармацевтический кластер",
               "medtech_it": "Кластер медтехники и ИТ", "wildlife": "Кластер дикоросов",
               "hard_to_recover": "Кластер ТрИЗ", None: ""}
CSV_WA = MIN_WA
CSV_LOC = {"Томск": "Томская обл., г. Томск", "Северск": "Томская обл., ЗАТО Северск",
           "Стрежевой": "Томская обл., г. Стрежевой", "Асино": "Томская обл., г. Асино",
           "Колпашево": "Томская обл., г. Колпашево", "Томский район": "Томская обл., Томский р-н",
           None: ""}
CSV_STATUS = {"planned": "Планируется", "in_progress": "Реализуется", "completed": "Завершен",
              "suspended": "Приостановлен", None: ""}
CSV_PROJECTS = [
    P("INO-2962", name="Производство катализаторов риформинга", cluster="petrochemical",
      work_area="industry", location="Томск", status="in_progress",
      start_date=d("2015-02-02"), end_date=d("2019-12-20"), total_cost_mln=D("1540.0"),
      federal_budget_mln=D("0.0"), regional_budget_mln=D("40.0"), extra_budgetary_mln=D("1500.0"),
      extra_budgetary_confirmed_mln=D("1200.0"), jobs_planned=110, jobs_created=45,
      lead_organization="ООО \"Катализ-Т\"", problems=None,
      _person="Смирнов Олег Игоревич", _inn="7017111222", _ytd=D("210.5"),
      w={"total_cost_mln": "1" + NBSP + "540,0"}),
    P("INO-2963", name="Модуль переработки отработанного ядерного топлива (НИОКР)", cluster="nuclear",
      work_area="science_education", location="Северск", status="planned",
      start_date=d("2017-07-01"), end_date=d("2023-12-31"), total_cost_mln=D("6800.0"),
      federal_budget_mln=D("6000.0"), regional_budget_mln=D("0.0"), extra_budgetary_mln=D("800.0"),
      extra_budgetary_confirmed_mln=None, jobs_planned=90, jobs_created=None,
      lead_organization="АО \"СХК\"", problems="Ожидается решение Госкорпорации; сроки сдвинуты",
      _person="Ким Анна Сергеевна", _inn="7024029499", _ytd=D("0,0".replace(",", ".")),
      w={"total_cost_mln": "6 800,0", "federal_budget_mln": "6 000,0"}),
    P("INO-2964", name="Деревообрабатывающий комбинат (2 очередь)", cluster="timber",
      work_area="industry", location="Асино", status="in_progress",
      start_date=d("2016-01-15"), end_date=d("2018-10-31"), total_cost_mln=D("2210.4"),
      federal_budget_mln=D("300.0"), regional_budget_mln=D("110.4"), extra_budgetary_mln=D("1800.0"),
      extra_budgetary_confirmed_mln=D("1800.0"), jobs_planned=350, jobs_created=210,
      lead_organization="ООО \"ТомЛесИнвест\"", problems=None,
      _person="Смирнов Олег Игоревич", _inn="7002022222", _ytd=D("520.0")),
    P("INO-2965", name="Производство субстанций для антибиотиков", cluster="pharma",
      work_area="innovation_business", location="Томск", status="suspended",
      start_date=d("2015-06-01"), end_date=d("2019-06-01"), total_cost_mln=D("890.0"),
      federal_budget_mln=D("0.0"), regional_budget_mln=D("0.0"), extra_budgetary_mln=D("890.0"),
      extra_budgetary_confirmed_mln=D("120.0"), jobs_planned=75, jobs_created=0,
      lead_organization="ЗАО \"ФармСинтез-Томск\"",
      problems="Инвестор пересматривает бизнес-план: \"рынок сузился\"",
      _person="Ким Анна Сергеевна", _inn="7017333444", _ytd=D("0.0")),
    P("INO-2966", name="Программно-аппаратный комплекс для УЗИ", cluster="medtech_it",
      work_area="innovation_business", location="Томский район", status="completed",
      start_date=d("2013-09-01"), end_date=d("2016-05-31"), total_cost_mln=D("72.3"),
      federal_budget_mln=D("20.0"), regional_budget_mln=D("2.3"), extra_budgetary_mln=D("50.0"),
      extra_budgetary_confirmed_mln=D("50.0"), jobs_planned=22, jobs_created=24,
      lead_organization="ООО \"Сономед\"", problems=None,
      _person="Лебедев Павел Андреевич", _inn="7014044555", _ytd=D("0.0"),
      w={"location": "Томская обл., Томский р-н, с. Богашёво", "status": "Завершён"}),
    P("INO-2967", name="Заготовка и глубокая переработка грибов", cluster="wildlife",
      work_area="industry", location="Колпашево", status="in_progress",
      start_date=d("2016-05-10"), end_date=d("2018-09-30"), total_cost_mln=D("33.8"),
      federal_budget_mln=D("0.0"), regional_budget_mln=D("3.8"), extra_budgetary_mln=D("30.0"),
      extra_budgetary_confirmed_mln=D("30.0"), jobs_planned=18, jobs_created=11,
      lead_organization="ИП Глава КФХ Назаров", problems=None,
      _person="Лебедев Павел Андреевич", _inn="700700123456", _ytd=D("12.1"),
      w={"cluster": "кластер дикоросов"}),
    P("INO-2968", name="Технологии добычи из низкопроницаемых коллекторов", cluster="hard_to_recover",
      work_area="industry", location="Стрежевой", status="in_progress",
      start_date=d("2014-03-01"), end_date=d("2021-12-31"), total_cost_mln=D("9450.0"),
      federal_budget_mln=D("0.0"), regional_budget_mln=D("0.0"), extra_budgetary_mln=D("9450.0"),
      extra_budgetary_confirmed_mln=D("7000.0"), jobs_planned=260, jobs_created=140,
      lead_organization="ОАО \"Томскнефть\" ВНК", problems=None,
      _person="Смирнов Олег Игоревич", _inn="7022000310", _ytd=D("1320.0"),
      w={"total_cost_mln": "9" + NBSP + "450,0", "extra_budgetary_mln": "9 450,0",
         "extra_budgetary_confirmed_mln": "7" + NBSP + "000,0"}),
    P("INO-2969", name="Коворкинг-центр для молодых предпринимателей", cluster=None,
      work_area="business_environment", location="Северск", status="completed",
      start_date=d("2014-10-01"), end_date=d("2015-12-31"), total_cost_mln=D("15.5"),
      federal_budget_mln=D("5.0"), regional_budget_mln=D("5.5"), extra_budgetary_mln=D("5.0"),
      extra_budgetary_confirmed_mln=D("5.0"), jobs_planned=40, jobs_created=52,
      lead_organization="МАУ \"Бизнес-инкубатор Северск\"", problems=None,
      _person="Ким Анна Сергеевна", _inn="7024035555", _ytd=D("0.0"),
      w={"cluster": "—"}),
    P("INO-2970", name="Умные остановки общественного транспорта", cluster=None,
      work_area="smart_city", location="Томск", status="planned",
      start_date=d("2017-04-01"), end_date=d("2018-12-31"), total_cost_mln=D("60.0"),
      federal_budget_mln=None, regional_budget_mln=D("30.0"), extra_budgetary_mln=D("30.0"),
      extra_budgetary_confirmed_mln=None, jobs_planned=5, jobs_created=None,
      lead_organization="Администрация Города Томска", problems=None,
      _person="Лебедев Павел Андреевич", _inn="7017004461", _ytd=D("0.0"),
      w={"work_area": "Умный и удобный город"}),
    P("INO-2971", name="Научно-образовательный центр «Инженерия будущего»", cluster=None,
      work_area="science_education", location="Томск", status="in_progress",
      start_date=d("2016-09-01"), end_date=d("2020-08-31"), total_cost_mln=D("1100.0"),
      federal_budget_mln=D("700.0"), regional_budget_mln=D("200.0"), extra_budgetary_mln=D("200.0"),
      extra_budgetary_confirmed_mln=D("100.0"), jobs_planned=150, jobs_created=40,
      lead_organization="ТПУ", problems="Задержка проектирования; нужен перенос срока",
      _person="Смирнов Олег Игоревич", _inn="7018007264", _ytd=D("260.0"),
      w={"work_area": "наука и образование", "total_cost_mln": "1 100,0"}),
]
# rejected lines: (insert after code, row dict of written cells, reason, column letter)
CSV_REJECTED = [
    ("INO-2964", {"code": "INO-2972", "name": "Мини-ТЭЦ на древесных отходах",
                  "cluster": "Лесопромышленный кластер", "work_area": "Передовая промышленность",
                  "location": "Томская обл., г. Асино", "status": "Планируется",
                  "start_date": "01.06.2017", "end_date": "31.12.2019", "total_cost_mln": "310,0",
                  "federal_budget_mln": "уточняется", "regional_budget_mln": "10,0",
                  "extra_budgetary_mln": "300,0", "extra_budgetary_confirmed_mln": "",
                  "jobs_planned": "20", "jobs_created": "0", "lead_organization": "ООО \"ТеплоЛес\"",
                  "problems": "", "_person": "Лебедев Павел Андреевич", "_inn": "7002033333",
                  "_ytd": "0,0"},
     "not a number: 'уточняется'", "federal_budget_mln"),
    ("INO-2969", {"code": "INO-2973", "name": "Сеть центров прототипирования",
                  "cluster": "", "work_area": "Технологические инновации, новые бизнесы",
                  "location": "Томская обл., г. Томск", "status": "Реализуется",
                  "start_date": "01.03.2016", "end_date": "31.12.2015", "total_cost_mln": "45,0",
                  "federal_budget_mln": "0,0", "regional_budget_mln": "15,0",
                  "extra_budgetary_mln": "30,0", "extra_budgetary_confirmed_mln": "30,0",
                  "jobs_planned": "30", "jobs_created": "8", "lead_organization": "АНО \"Фаблаб\"",
                  "problems": "", "_person": "Ким Анна Сергеевна", "_inn": "7017555666",
                  "_ytd": "3,0"},
     "end date before start date", "end_date"),
]
CSV_COLS = [
    ("№", None, "row number of the export"),
    ("Код", "code", None), ("Наименование", "name", None), ("Кластер", "cluster", None),
    ("Направление", "work_area", None), ("Территория", "location", None),
    ("Состояние", "status", None), ("Дата начала", "start_date", None),
    ("Дата окончания", "end_date", None), ("Сумма всего, млн руб.", "total_cost_mln", None),
    ("в т.ч. ФБ, млн руб.", "federal_budget_mln", None),
    ("в т.ч. ОБ, млн руб.", "regional_budget_mln", None),
    ("в т.ч. ВБИ, млн руб.", "extra_budgetary_mln", None),
    ("ВБИ подтверждено, млн руб.", "extra_budgetary_confirmed_mln", None),
    ("Раб. места план, ед.", "jobs_planned", None), ("Раб. места факт, ед.", "jobs_created", None),
    ("Ответственная организация", "lead_organization", None),
    ("Ответственный исполнитель (ФИО)", None, "a person's name, not the lead organisation"),
    ("ИНН организации", None, "taxpayer number (ИНН), not a project field"),
    ("Проблемные вопросы", "problems", None),
    ("Освоено с начала года, млн руб.", None, "spent in the current year only (year-to-date), not the cost"),
]


def rus_money(v):
    if v is None:
        return ""
    s = "%.1f" % v
    return s.replace(".", ",")


def make_csv():
    lines = [[h for h, _, _ in CSV_COLS]]
    order = []
    for p in CSV_PROJECTS:
        order.append(("p", p))
        for after, rr, reason, col in CSV_REJECTED:
            if after == p["rec"]["code"]:
                order.append(("rej", (rr, reason, col)))
    rejected = []
    recs = []
    data_lines = []
    tot = {f: D(0) for f in MONEY}
    for n, (kind, p) in enumerate(order, 1):
        line_no = n + 1
        if kind == "p":
            r = p["rec"]
            row = [str(n)]
            for h, f, _ in CSV_COLS[1:]:
                if f is None:
                    v = {"Ответственный исполнитель (ФИО)": r["_person"], "ИНН организации": r["_inn"],
                         "Освоено с начала года, млн руб.": rus_money(r["_ytd"])}[h]
                elif f in p["w"]:
                    v = p["w"][f]
                elif f == "cluster":
                    v = CSV_CLUSTER[r[f]]
                elif f == "work_area":
                    v = CSV_WA[r[f]]
                elif f == "location":
                    v = CSV_LOC[r[f]]
                elif f == "status":
                    v = CSV_STATUS[r[f]]
                elif f in ("start_date", "end_date"):
                    v = r[f].strftime("%d.%m.%Y")
                elif f in MONEY:
                    v = rus_money(r[f])
                    if r[f] is not None:
                        tot[f] += r[f]
                elif r.get(f) is None:
                    v = ""
                else:
                    v = str(r[f])
                row.append(v)
            recs.append(canon(r, FIELDS))
            data_lines.append(line_no)
        else:
            rr, reason, col = p
            row = [str(n)]
            for h, f, _ in CSV_COLS[1:]:
                key = f if f else {"Ответственный исполнитель (ФИО)": "_person", "ИНН организации": "_inn",
                                   "Освоено с начала года, млн руб.": "_ytd"}[h]
                row.append(rr[key])
            colidx = [f for _, f, _ in CSV_COLS].index(col)
            rejected.append({"sheet": None, "row": line_no, "reason": reason,
                             "column": CSV_COLS[colidx][0], "code": rr["code"]})
        lines.append(row)
    total_line = ["Итого", "", "", "", "", "", "", "", ""] + \
        [rus_money(tot[f]) for f in ("total_cost_mln", "federal_budget_mln", "regional_budget_mln",
                                     "extra_budgetary_mln", "extra_budgetary_confirmed_mln")] + \
        [""] * (len(CSV_COLS) - 14)
    lines.append(total_line)
    buf = io.StringIO()
    wr = csv.writer(buf, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    for ln in lines:
        wr.writerow(ln)
    data = buf.getvalue().encode("cp1251")
    exp = {
        "file": "export_1c.csv", "refused": False, "fields": FIELDS, "record_count": len(recs),
        "records": recs, "rejected": rejected, "encoding": "cp1251", "delimiter": ";",
        "header_line": 1, "header_rows": [1], "data_rows": [2, len(lines) - 1],
        "skipped_rows": {str(len(lines)): "totals (Итого)"},
        "columns": [[h, f] for h, f, _ in CSV_COLS if f],
        "ignored_columns": [[h, why] for h, f, why in CSV_COLS if not f],
        "written_as": written_pairs(CSV_PROJECTS),
        "notes": (
            "Export from a 1C-like system: cp1251, no BOM, CRLF, ';' separator, fields with ';' or '\"' "
            "quoted with inner quotes doubled (organisation names such as ООО \"Катализ-Т\"). Line 1 is "
            "the header, last line 'Итого' is totals (skipped). Decimal comma; some amounts have NBSP or "
            "plain-space thousands ('9 450,0'). Territory is written 'Томская обл., г. Томск', "
            "'Томская обл., ЗАТО Северск', 'Томская обл., Томский р-н, с. Богашёво' (= Томский район). "
            "Empty cluster or '—' = null; 'кластер дикоросов' in lower case. Line %d is rejected "
            "(федеральный бюджет 'уточняется' is text, not a number); line %d is rejected (end date "
            "31.12.2015 before start 01.03.2016). '№', 'Ответственный исполнитель (ФИО)', 'ИНН "
            "организации' and 'Освоено с начала года' are not imported. Empty numeric field = null."
            % (rejected[0]["row"], rejected[1]["row"])),
    }
    return data, exp


# ======================================================================================
def save_xlsx(wb, path):
    wb.properties.creator = "agency29"
    wb.properties.lastModifiedBy = "agency29"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    bio = io.BytesIO()
    wb.save(bio)
    zin = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2017-01-10T09:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2017, 1, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def dump(exp, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    wb, e_min = make_ministry()
    save_xlsx(wb, os.path.join(HERE, "econ_ministry_q3.xlsx"))
    dump(e_min, os.path.join(HERE, "econ_ministry_q3.expected.json"))
    wb, e = make_city()
    save_xlsx(wb, os.path.join(HERE, "city_invest_dept.xlsx"))
    dump(e, os.path.join(HERE, "city_invest_dept.expected.json"))
    wb, e = make_tracker()
    save_xlsx(wb, os.path.join(HERE, "innovation_tracker.xlsx"))
    dump(e, os.path.join(HERE, "innovation_tracker.expected.json"))
    wb, e = make_update(e_min)
    save_xlsx(wb, os.path.join(HERE, "econ_ministry_q4_update.xlsx"))
    dump(e, os.path.join(HERE, "econ_ministry_q4_update.expected.json"))
    data, e = make_csv()
    with open(os.path.join(HERE, "export_1c.csv"), "wb") as f:
        f.write(data)
    dump(e, os.path.join(HERE, "export_1c.expected.json"))
    print("written to", HERE)


if __name__ == "__main__":
    main()
