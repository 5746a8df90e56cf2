"""Generator of the third agency evaluation set (agency3).

Written from /work/shared/samples/README.md alone, WITHOUT reading the importer.
Deterministic (seeded).  Run with the project's venv:

    .venv/bin/python tests/data/agency3/make_agency3.py

Writes 8 workbooks with NAME.expected.json beside them, and three LibreOffice
re-saves (xls, ods, xlsx) into resaved/.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import random
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

OUT = Path(__file__).resolve().parent
SEED = 20261206
NBSP = "\u00a0"

ALL_FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date",
              "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
              "extra_budgetary_mln", "extra_budgetary_confirmed_mln", "jobs_planned",
              "jobs_created", "lead_organization", "problems"]

# --------------------------------------------------------------------------- pool

NAMES = {
    "petrochemical": ["Производство полипропиленовой плёнки БОПП", "Выпуск композитных труб для нефтепромысла",
                      "Установка глубокой переработки попутного газа", "Производство метанола малой мощности",
                      "Выпуск присадок к дизельному топливу", "Цех полимерных гранул вторичной переработки"],
    "nuclear": ["Производство стабильных изотопов", "Центр ядерной медицины", "Выпуск фторидных солей высокой чистоты",
                "Опытная установка рефабрикации топлива", "Производство радиационных датчиков",
                "Участок облучения полупроводников"],
    "timber": ["Завод клеёного бруса", "Производство топливных пеллет", "Лесопильный комплекс глубокой переработки",
               "Производство фанеры из берёзы", "Цех деревянного домостроения", "Производство древесного угля"],
    "pharma": ["Производство инфузионных растворов", "Выпуск субстанций из растительного сырья",
               "Линия стерильных лекарственных форм", "Производство ветеринарных препаратов",
               "Центр доклинических исследований", "Выпуск противовирусных дженериков"],
    "medtech_it": ["Платформа телемедицинских консультаций", "Производство титановых имплантатов",
                   "Центр обработки данных «Сибирь»", "Выпуск рентгеновских аппаратов",
                   "Система распознавания медицинских снимков", "Производство слуховых аппаратов"],
    "wildlife": ["Переработка кедрового ореха", "Производство ягодных экстрактов", "Сушка и фасовка грибов",
                 "Выпуск кедрового масла холодного отжима", "Производство чаги и чайных сборов",
                 "Заготовительный пункт дикоросов"],
    "hard_to_recover": ["Освоение палеозойских залежей", "Полигон испытаний технологий ТрИЗ",
                        "Многостадийный ГРП на баженовской свите", "Тепловые методы добычи высоковязкой нефти",
                        "Цифровой керновый центр", "Закачка попутного газа в пласт"],
    None: ["Строительство ледовой арены", "Интеллектуальная транспортная система", "Бизнес-инкубатор молодёжи",
           "Технопарк коллективного пользования", "Инжиниринговый центр", "Студенческий кампус (1 очередь)",
           "Модернизация городского освещения", "Центр поддержки экспорта"],
}
ORGS = {
    "petrochemical": ["ООО «Томскнефтехим»", "АО «Сибполимер»", "ООО «ТомскПластТрейд»"],
    "nuclear": ["АО «СХК»", "ООО «Изотопные технологии»", "АО «Сибирский химический комбинат»"],
    "timber": ["ООО «Асиновский ЛПК»", "ООО «Томлесдрев»", "АО «Чулымлес»"],
    "pharma": ["АО «Томскфарм»", "ООО «Сибфитофарм»", "ООО «Артлайф-Био»"],
    "medtech_it": ["ООО «Элеси-Мед»", "АО «НПФ «Микран»", "ООО «ТомскИТ»"],
    "wildlife": ["ООО «Кедр Сибири»", "ООО «Дары тайги»", "ООО «Сибирская ягода»"],
    "hard_to_recover": ["АО «Томскнефть»", "ООО «Газпромнефть-Восток»", "ООО «ТрИЗ-Сервис»"],
    None: ["ТГУ", "ТПУ", "ТУСУР", "Администрация Города Томска", "ОГБУ «Томский инновационный центр»"],
}
PROBLEMS = [None, None, None,
            "Нет решения по земельному участку",
            "Задержка поставки оборудования; подрядчик ООО \"Техмонтаж\" сорвал сроки",
            "Требуется подключение к сетям 10 кВ",
            "Не получено положительное заключение экспертизы",
            "Инвестор пересматривает объём вложений",
            "Ждём решения Минфина по субсидии «на НИОКР»"]
CLUSTERS = ["petrochemical", "nuclear", "timber", "pharma", "medtech_it", "wildlife", "hard_to_recover"]
WORK = ["industry", "science_education", "innovation_business", "smart_city", "business_environment"]
PLACES = ["Томск", "Северск", "Асино", "Стрежевой", "Колпашево", "Томский район"]
REPORT_DATE = dt.date(2023, 7, 1)
STATUSES = ["planned", "in_progress", "completed", "suspended"]


def project(rng: random.Random, cluster=None, *, money_unit=1, jobs_created=True):
    """A canonical project. money in 'tenths of a million' (x) -> mln = x/10."""
    name = rng.choice(NAMES[cluster])
    if rng.random() < 0.35:
        name += rng.choice([" (этап II)", " (2 очередь)", " (этап III)", " (расширение)"])
    start = dt.date(rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28))
    end = start + dt.timedelta(days=rng.randint(300, 2500))
    # status consistent with the report date (mid-2023)
    if start > REPORT_DATE:
        status = "planned"
    elif end < REPORT_DATE:
        status = rng.choices(["completed", "suspended"], [6, 1])[0]
    else:
        status = rng.choices(["in_progress", "suspended", "planned"], [8, 1, 1])[0]
    fed = rng.choice([0, 0, rng.randint(5, 4000)])
    reg = rng.choice([0, rng.randint(1, 900)])
    extra = rng.randint(20, 30000)
    conf = min(extra, rng.randint(0, extra))
    jp = rng.choice([15, 20, 35, 40, 60, 85, 120, 150, 210, 300, 450])
    jc = 0 if status == "planned" else (jp if status == "completed" else rng.randint(0, jp))
    return {
        "name": name, "cluster": cluster, "work_area": rng.choice(WORK),
        "location": rng.choice(PLACES), "status": status, "start": start, "end": end,
        "fed": fed, "reg": reg, "extra": extra, "conf": conf, "total": fed + reg + extra,
        "jp": jp, "jc": jc, "org": rng.choice(ORGS[cluster]), "problems": rng.choice(PROBLEMS),
    }


def mln(x):  # tenths -> float mln
    return round(x / 10, 3)


def ru_num(v: float, decimals=1, space=" "):
    s = f"{v:,.{decimals}f}".replace(",", "\x00").replace(".", ",").replace("\x00", space)
    return s


def iso(d):
    return None if d is None else d.isoformat()


def q_end(year, q):
    return {1: dt.date(year, 3, 31), 2: dt.date(year, 6, 30), 3: dt.date(year, 9, 30),
            4: dt.date(year, 12, 31)}[q]


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def write_expected(name, fields, records, rejected, columns, notes, **extra):
    for r in records:
        assert list(r) == fields, (name, list(r), fields)
    d = {"file": name, "refused": False, "fields": fields, "record_count": len(records),
         "records": records, "rejected": rejected, "columns": columns}
    d.update(extra)
    d["notes"] = notes
    stem = name.rsplit(".", 1)[0]
    (OUT / f"{stem}.expected.json").write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")
    return d


def rec(fields, **kw):
    return {f: kw[f] for f in fields}


def set_widths(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


DATE_FMT = "DD.MM.YYYY"

# =========================================================================== 1
# Federal ministry form


def f1_ministry(rng):
    name = "minprom_form2_2023.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Форма 2"
    cl_ru = {"petrochemical": "Нефтехимический кластер", "nuclear": "Кластер ядерных технологий",
             "timber": "Лесопромышленный кластер", "pharma": "Фармацевтический кластер",
             "medtech_it": "Кластер медицинской техники и информационных технологий",
             "wildlife": "Кластер дикоросов", "hard_to_recover": "Кластер трудноизвлекаемых запасов"}
    wa_ru = {"industry": "Передовая промышленность", "science_education": "Наука и образование",
             "innovation_business": "Технологические инновации, новые бизнесы",
             "smart_city": "Умный и удобный город", "business_environment": "Деловая среда"}
    loc_ru = {"Томск": "г. Томск", "Северск": "ЗАТО Северск", "Асино": "Асиновский район, г. Асино",
              "Стрежевой": "г. Стрежевой", "Колпашево": "г. Колпашево", "Томский район": "Томский район"}
    st_ru = {"planned": ["планируется", "Планируется к реализации"],
             "in_progress": ["реализуется", "Реализуется"],
             "completed": ["реализован", "завершён", "Завершен"],
             "suspended": ["приостановлен", "Приостановлен"]}
    ncol = 15
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = ("Приложение № 2 к письму Департамента станкостроения и инвестиционного машиностроения "
                "Минпромторга России от 14.03.2023 № 18734/12")
    ws["A1"].alignment = Alignment(horizontal="right")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = ("СВЕДЕНИЯ о ходе реализации инвестиционных проектов, включённых в программу развития "
                "инновационного территориального кластера «ИНО Томск»")
    ws["A2"].font = Font(bold=True)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws["A3"] = "(по состоянию на 01.01.2023)"
    H1, H2 = 5, 6
    singles = {1: "№ п/п", 2: "Код проекта в реестре¹", 3: "Наименование инвестиционного проекта",
               4: "Кластерная принадлежность", 5: "Приоритетное направление",
               6: "Место реализации (муниципальное образование)", 7: "Текущий статус",
               14: "Количество создаваемых рабочих мест, ед.",
               15: "Ответственный исполнитель (по согласованию)"}
    for c, t in singles.items():
        ws.cell(H1, c, t)
        ws.merge_cells(start_row=H1, start_column=c, end_row=H2, end_column=c)
    ws.cell(H1, 8, "Срок реализации")
    ws.merge_cells(start_row=H1, start_column=8, end_row=H1, end_column=9)
    ws.cell(H2, 8, "начало")
    ws.cell(H2, 9, "окончание")
    top = "Объём финансирования, млн рублей"
    ws.cell(H1, 10, top)
    ws.merge_cells(start_row=H1, start_column=10, end_row=H1, end_column=13)
    subs = ["всего", "в том числе за счёт средств федерального бюджета",
            "в том числе за счёт средств бюджета Томской области (по согласованию)²",
            "в том числе за счёт внебюджетных источников"]
    for i, s in enumerate(subs):
        ws.cell(H2, 10 + i, s)
    for r in (H1, H2):
        for c in range(1, ncol + 1):
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            ws.cell(r, c).font = Font(bold=True)
    for c in range(1, ncol + 1):
        ws.cell(7, c, c)
    fields = ["code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
              "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
              "jobs_planned", "lead_organization"]
    records, rejected = [], []
    row = 8
    n = 24
    bad = {5: "negative", 13: "end_before", 19: "unknown_cluster"}
    totals = [0.0] * 5
    for i in range(n):
        cl = rng.choice(CLUSTERS + [None, None])
        p = project(rng, cl)
        code = f"ИНО-ТО-{rng.choice([1, 2, 3])}.{i + 4:02d}"
        ws.cell(row, 1, i + 1)
        ws.cell(row, 2, code)
        ws.cell(row, 3, p["name"])
        clv = cl_ru[cl] if cl else rng.choice([None, "—"])
        if bad.get(i) == "unknown_cluster":
            clv = "Кластер космических технологий"
        ws.cell(row, 4, clv)
        ws.cell(row, 5, wa_ru[p["work_area"]])
        if p["location"] == "Асино":
            locv = rng.choice(["г. Асино", "Асиновский район, г. Асино"])
        else:
            locv = loc_ru[p["location"]]
        ws.cell(row, 6, locv)
        ws.cell(row, 7, rng.choice(st_ru[p["status"]]))
        start, end = p["start"], p["end"]
        if bad.get(i) == "end_before":
            end = start - dt.timedelta(days=200)
        for c, d in ((8, start), (9, end)):
            if rng.random() < 0.35:
                ws.cell(row, c, d.strftime("%d.%m.%Y"))
            else:
                ws.cell(row, c, dt.datetime(d.year, d.month, d.day)).number_format = DATE_FMT
        vals = [p["total"], p["fed"], p["reg"], p["extra"]]
        written = []
        for j, x in enumerate(vals):
            v = x / 10
            if bad.get(i) == "negative" and j == 2:
                v = -v if v else -12.5
            if rng.random() < 0.3:
                ws.cell(row, 10 + j, ru_num(v, 1, rng.choice([" ", NBSP])))
            else:
                ws.cell(row, 10 + j, v).number_format = "#,##0.0"
            written.append(v)
        ws.cell(row, 14, p["jp"])
        ws.cell(row, 15, p["org"])
        for j in range(4):
            totals[j] += written[j]
        totals[4] += p["jp"]
        if i in bad:
            kind = bad[i]
            reason, col = {"negative": ("negative amount", "L"), "end_before": ("end date before start date", "I"),
                           "unknown_cluster": (f"unknown cluster '{clv}'", "D")}[kind]
            rejected.append({"sheet": ws.title, "row": row, "reason": reason, "column": col, "code": code})
        else:
            records.append(rec(fields, code=code, name=p["name"], cluster=cl, work_area=p["work_area"],
                               location=p["location"], status=p["status"], start_date=iso(start),
                               end_date=iso(end), total_cost_mln=mln(p["total"]),
                               federal_budget_mln=mln(p["fed"]), regional_budget_mln=mln(p["reg"]),
                               extra_budgetary_mln=mln(p["extra"]), jobs_planned=p["jp"],
                               lead_organization=p["org"]))
        row += 1
    last = row - 1
    tot_row = row
    ws.cell(tot_row, 1, "Итого по программе")
    ws.merge_cells(start_row=tot_row, start_column=1, end_row=tot_row, end_column=7)
    for j in range(4):
        ws.cell(tot_row, 10 + j, round(totals[j], 1)).number_format = "#,##0.0"
    ws.cell(tot_row, 14, totals[4])
    ws.cell(tot_row + 2, 1, "¹ Код проекта указывается в соответствии с реестром проектов программы.")
    ws.cell(tot_row + 3, 1, "² Объёмы средств бюджета Томской области указываются по согласованию с "
                            "Администрацией Томской области.")
    ws.cell(tot_row + 4, 1, "Директор Департамента ____________ / И.О. Фамилия /")
    set_widths(ws, [6, 14, 44, 30, 28, 24, 16, 12, 12, 12, 14, 16, 14, 14, 30])
    wb.save(OUT / name)
    columns = [["№ п/п", None], ["Код проекта в реестре¹", "code"],
               ["Наименование инвестиционного проекта", "name"], ["Кластерная принадлежность", "cluster"],
               ["Приоритетное направление", "work_area"],
               ["Место реализации (муниципальное образование)", "location"], ["Текущий статус", "status"],
               ["Срок реализации / начало", "start_date"], ["Срок реализации / окончание", "end_date"],
               [f"{top} / {subs[0]}", "total_cost_mln"], [f"{top} / {subs[1]}", "federal_budget_mln"],
               [f"{top} / {subs[2]}", "regional_budget_mln"], [f"{top} / {subs[3]}", "extra_budgetary_mln"],
               ["Количество создаваемых рабочих мест, ед.", "jobs_planned"],
               ["Ответственный исполнитель (по согласованию)", "lead_organization"]]
    write_expected(name, fields, records, rejected, columns,
                   "Federal ministry form (Минпромторг style). Sheet 'Форма 2'. Title rows 1-3 (attachment "
                   "line, title, 'по состоянию на'), blank row 4, two-level merged header rows 5-6 with the "
                   "unit in the parent header ('Объём финансирования, млн рублей'), footnote marks ¹ ² in "
                   "header text. Row 7 numbers the columns. Data rows 8-31. Row 32 'Итого по программе' "
                   "(totals, not a project); rows 34-36 footnotes and a signature line. Column A '№ п/п' is "
                   "not imported. Some money cells are text '1 234,5' (space or NBSP). Some dates are "
                   "'dd.mm.yyyy' text. Cluster empty or '—' = null. 'Асиновский район, г. Асино' names the "
                   "town Асино. Rejected: a negative regional amount, end before start, an unknown cluster.",
                   header_rows=[H1, H2], data_rows=[8, last],
                   skipped_rows={"7": "column numbers", str(tot_row): "totals",
                                 str(tot_row + 2): "footnote", str(tot_row + 3): "footnote",
                                 str(tot_row + 4): "signature"})
    return name


# =========================================================================== 2
# Regional department clerk: one sheet per cluster, т.р.


def f2_clerk(rng):
    name = "oblast_klastery_tr.xlsx"
    sheets = [("Нефтехим", "petrochemical", "Нефтехимический кластер"),
              ("ЯТ", "nuclear", "Кластер ядерных технологий"),
              ("Лесопром", "timber", "Лесопромышленный кластер"),
              ("Фарма", "pharma", "Фармацевтический кластер"),
              ("Медтех-ИТ", "medtech_it", "Кластер медицинской техники и информационных технологий"),
              ("Дикоросы", "wildlife", "Кластер дикоросов"),
              ("ТрИЗ", "hard_to_recover", "Кластер трудноизвлекаемых запасов")]
    heads = ["код", "наим. проекта", "р-н / г.", "сост.", "нач.", "оконч.", "ст-ть, т.р.", "ФБ, т.р.",
             "ОБ, т.р.", "ВБИ, т.р.", "в т.ч. подтв. вн/бюдж., т.р.", "кол-во раб. мест (план)",
             "кол-во раб. мест (факт)", "отв. орг."]
    hfields = ["code", "name", "location", "status", "start_date", "end_date", "total_cost_mln",
               "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
               "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created", "lead_organization"]
    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date", "total_cost_mln",
              "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
              "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created", "lead_organization"]
    loc_w = {"Томск": ["г.Томск", "г. Томск", "Томск"], "Северск": ["Северск", "г. Северск"],
             "Асино": ["г. Асино", "Асино"], "Стрежевой": ["г. Стрежевой", "Стрежевой"],
             "Колпашево": ["г. Колпашево"], "Томский район": ["Томский р-н", "Томский р-н"]}
    st_w = {"planned": ["план.", "планир."], "in_progress": ["в работе", "строительство ведётся", "реализуется"],
            "completed": ["введён в экспл.", "завершен", "введен в эксплуатацию"],
            "suspended": ["приост.", "работы приостановлены"]}
    wb = Workbook()
    wb.remove(wb.active)
    records, rejected, sheet_info = [], [], []
    k = 0
    bad = {("ЯТ", 1): "text", ("Фарма", 2): "negative", ("ТрИЗ", 0): "text2"}
    for sname, ckey, full in sheets:
        ws = wb.create_sheet(sname)
        ws["A1"] = full
        ws["A1"].font = Font(bold=True)
        ws["A2"] = "перечень проектов ИНО Томск на 01.07.23, ден. показатели в т.р."
        for c, h in enumerate(heads, 1):
            ws.cell(4, c, h).font = Font(bold=True)
        nrows = rng.choice([3, 4, 4])
        r = 5
        drows = []
        for i in range(nrows):
            if i == 2 and sname in ("Лесопром", "Дикоросы"):
                r += 1  # spacer
            p = project(rng, ckey)
            k += 1
            code = f"ТО-{p['start'].year % 100}/{k + 40:03d}"
            th = [p["total"] * 100, p["fed"] * 100, p["reg"] * 100, p["extra"] * 100, p["conf"] * 100]
            # add odd thousands so that values are not round
            odd = rng.randint(0, 99)
            th[0] += odd
            th[3] += odd
            th[4] = min(th[4] + odd, th[3])
            end_cell = dt.datetime(p["end"].year, p["end"].month, p["end"].day)
            end_val = p["end"]
            if rng.random() < 0.3:
                q = (p["end"].month - 1) // 3 + 1
                end_cell = rng.choice([f"{ROMAN[q]} кв. {p['end'].year}", f"{q} кв. {p['end'].year}"])
                end_val = q_end(p["end"].year, q)
            cells = [code, p["name"], rng.choice(loc_w[p["location"]]), rng.choice(st_w[p["status"]]),
                     dt.datetime(p["start"].year, p["start"].month, p["start"].day), end_cell]
            cells += th + [p["jp"], p["jc"] if p["status"] != "planned" else None, p["org"]]
            kind = bad.get((sname, i))
            if kind == "text":
                cells[7] = "уточняется"
            elif kind == "text2":
                cells[12] = "~40"
            elif kind == "negative":
                cells[8] = -(th[2] or 1500)
            for c, v in enumerate(cells, 1):
                cell = ws.cell(r, c, v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "DD.MM.YY" if rng.random() < 0.5 else DATE_FMT
                elif isinstance(v, (int, float)) and 7 <= c <= 11:
                    cell.number_format = "#,##0"
            if kind:
                col, reason = {"text": ("H", "not a number: 'уточняется'"), "text2": ("M", "not a number: '~40'"),
                               "negative": ("I", "negative amount")}[kind]
                rejected.append({"sheet": sname, "row": r, "reason": reason, "column": col, "code": code})
            else:
                records.append(rec(fields, code=code, name=p["name"], cluster=ckey, location=p["location"],
                                   status=p["status"], start_date=iso(p["start"]), end_date=iso(end_val),
                                   total_cost_mln=round(th[0] / 1000, 3),
                                   federal_budget_mln=round(th[1] / 1000, 3),
                                   regional_budget_mln=round(th[2] / 1000, 3),
                                   extra_budgetary_mln=round(th[3] / 1000, 3),
                                   extra_budgetary_confirmed_mln=round(th[4] / 1000, 3),
                                   jobs_planned=p["jp"],
                                   jobs_created=p["jc"] if p["status"] != "planned" else None,
                                   lead_organization=p["org"]))
            drows.append(r)
            r += 1
        if sname == "Лесопром":
            ws.row_dimensions[drows[1]].hidden = True
        if sname == "Фарма":
            ws.column_dimensions["H"].hidden = True
        set_widths(ws, [10, 40, 14, 18, 11, 11, 12, 12, 12, 12, 14, 10, 10, 26])
        sheet_info.append({"sheet": sname, "cluster": ckey, "a1": full, "header_row": 4, "data_rows": drows})
    wb.save(OUT / name)
    columns = [[h, f] for h, f in zip(heads, hfields)]
    write_expected(name, fields, records, rejected, columns,
                   "Regional department clerk. One sheet per cluster with short sheet names (Нефтехим, ЯТ, "
                   "Лесопром, Фарма, Медтех-ИТ, Дикоросы, ТрИЗ); the full official cluster name is in A1 of each "
                   "sheet and gives the record's cluster. A2 is a title line. Header row 4, telegraphic "
                   "abbreviations; money in т.р. (= тыс. руб., thousand roubles) said in every money header; "
                   "converted to RUB million here. End dates partly as quarters ('IV кв. 2024', '3 кв. 2025' = "
                   "last day of quarter). Dates shown with format DD.MM.YY are real dates. Blank spacer row on "
                   "Лесопром and Дикоросы. Hidden row on Лесопром (second data row) and hidden column H (ФБ) on "
                   "Фарма: both are data. 'кол-во раб. мест (факт)' empty for planned projects = null. "
                   "Rejected: ФБ 'уточняется' (text), раб. мест (факт) '~40' (text), negative ОБ.",
                   sheets=sheet_info,
                   hidden={"row": {"sheet": "Лесопром", "row": sheet_info[2]["data_rows"][1]},
                           "column": {"sheet": "Фарма", "column": "H", "field": "federal_budget_mln"}})
    return name


# =========================================================================== 3
# Development institution, English (British), RUB bn


def f3_english(rng):
    name = "devfund_pipeline_en.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Pipeline"
    cl_en = {"petrochemical": ["Petrochemicals", "Petrochemical cluster"], "nuclear": ["Nuclear", "Nuclear technologies"],
             "timber": ["Timber", "Timber cluster"], "pharma": ["Pharmaceuticals", "Pharma"],
             "medtech_it": ["Medical equipment & IT", "Medical equipment and IT cluster"],
             "wildlife": ["Wildlife resources"], "hard_to_recover": ["Hard-to-recover reserves"]}
    wa_en = {"industry": "Advanced industry", "science_education": "Science and education",
             "innovation_business": "Technological innovation, new businesses", "smart_city": "Smart city",
             "business_environment": "Business environment"}
    loc_en = {"Томск": "Tomsk", "Северск": "Seversk", "Асино": "Asino", "Стрежевой": "Strezhevoy",
              "Колпашево": "Kolpashevo", "Томский район": "Tomsk District"}
    st_en = {"planned": ["Planned"], "in_progress": ["In progress", "In Progress"],
             "completed": ["Completed", "Complete"], "suspended": ["Suspended"]}
    ws["A1"] = "INO Tomsk — investment pipeline, position as at 30 June 2023"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Ref.", "Project", "Sponsor", "Cluster", "Focus area", "Location", "Phase", "Start",
             "Est. completion", "Capex (RUB bn)", "o/w federal (RUB bn)", "o/w regional (RUB bn)",
             "o/w private (RUB bn)", "Jobs (target)", "Jobs to date", "Issues / risks"]
    hf = ["code", "name", "lead_organization", "cluster", "work_area", "location", "status", "start_date",
          "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
          "jobs_planned", "jobs_created", "problems"]
    fields = [f for f in ALL_FIELDS if f in hf]
    for c, h in enumerate(heads, 1):
        ws.cell(3, c, h).font = Font(bold=True)
    issues_en = [None, None, "Land plot not yet allocated", "Sponsor revising scope; awaiting board decision",
                 "Grid connection (10 kV) delayed", "Equipment import licence pending"]
    records, rejected = [], []
    bad = {4: "cluster", 11: "end_before"}
    r = 4
    kinds = ["date", "quarter", "year_text", "year_num"]
    for i in range(20):
        cl = rng.choice(CLUSTERS + [None])
        p = project(rng, cl)
        code = f"INO-TMK-{i * 3 + 101}"
        if cl:
            clv = rng.choice(cl_en[cl])
        else:
            clv = rng.choice(["n/a", None])
        if bad.get(i) == "cluster":
            clv = "Aerospace cluster"
        kind = kinds[i % 4]
        e = p["end"]
        if kind == "date":
            endc, endv = dt.datetime(e.year, e.month, e.day), e
        elif kind == "quarter":
            q = (e.month - 1) // 3 + 1
            endc, endv = f"Q{q} {e.year}", q_end(e.year, q)
        elif kind == "year_text":
            endc, endv = str(e.year), dt.date(e.year, 12, 31)
        else:
            endc, endv = e.year, dt.date(e.year, 12, 31)
        if bad.get(i) == "end_before":
            endc, endv = f"Q1 {p['start'].year - 1}", None
        vals = [p["total"], p["fed"], p["reg"], p["extra"]]
        cells = [code, p["name"], p["org"], clv, wa_en[p["work_area"]], loc_en[p["location"]],
                 rng.choice(st_en[p["status"]]), dt.datetime(p["start"].year, p["start"].month, p["start"].day),
                 endc] + [x / 10000 for x in vals] + [p["jp"], p["jc"], rng.choice(issues_en)]
        for c, v in enumerate(cells, 1):
            cell = ws.cell(r, c, v)
            if isinstance(v, dt.datetime):
                cell.number_format = "DD MMM YYYY"
            elif 10 <= c <= 13:
                cell.number_format = "0.0000"
        if i in bad:
            rejected.append({"sheet": "Pipeline", "row": r,
                             "reason": "unknown cluster 'Aerospace cluster'" if bad[i] == "cluster"
                             else "end date before start date",
                             "column": "D" if bad[i] == "cluster" else "I", "code": code})
        else:
            records.append(rec(fields, code=code, name=p["name"], cluster=cl, work_area=p["work_area"],
                               location=p["location"], status=p["status"], start_date=iso(p["start"]),
                               end_date=iso(endv), total_cost_mln=mln(p["total"]),
                               federal_budget_mln=mln(p["fed"]), regional_budget_mln=mln(p["reg"]),
                               extra_budgetary_mln=mln(p["extra"]), jobs_planned=p["jp"], jobs_created=p["jc"],
                               lead_organization=p["org"], problems=cells[15]))
        r += 1
    set_widths(ws, [14, 44, 28, 26, 30, 16, 12, 13, 15, 12, 12, 12, 12, 10, 10, 40])
    notes = wb.create_sheet("Read me")
    for j, t in enumerate(["Notes on this pipeline", "Capex and its split are in RUB billion, nominal.",
                           "Est. completion: quarter or year where the sponsor has not fixed a date.",
                           "Cluster 'n/a' = project outside the cluster structure.",
                           "Prepared by the Investment Analytics team, Project Finance Directorate."], 1):
        notes.cell(j, 1, t)
    wb.save(OUT / name)
    columns = [[h, f] for h, f in zip(heads, hf)]
    write_expected(name, fields, records, rejected, columns,
                   "Development institution, English (British wording). Sheet 'Pipeline': title row 1, blank "
                   "row 2, header row 3, data rows 4-23. Sheet 'Read me' is text, not data. Money in RUB "
                   "billion (x1000 here). 'Sponsor' is the lead organisation; 'Phase' the status; 'Focus "
                   "area' the work area (English translations of the five work areas); 'Jobs to date' = "
                   "jobs created; 'Issues / risks' = problems. Est. completion: real date, 'Q3 2025' (quarter "
                   "end), year as text '2026' or as a number in a General cell (31 December). Cluster 'n/a' or "
                   "empty = null. Location in English ('Tomsk District' = Томский район). Rejected: unknown "
                   "cluster 'Aerospace cluster'; completion quarter before the start.",
                   data_sheet="Pipeline", header_row=3)
    return name


# =========================================================================== 4
# Municipal administration, wide sheet, тыс. рублей in the title


def f4_municipal(rng):
    name = "tomsk_rayon_reestr_wide.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Реестр"
    ws["A1"] = "Администрация Томского района"
    ws["A2"] = "Реестр инвестиционных проектов, реализуемых на территории района в рамках программы «ИНО Томск»"
    ws["A3"] = "(тыс. рублей)"
    heads = ["№ п/п", "Рег. номер", "Наименование проекта", "Населённый пункт", "Инициатор",
             "Стадия реализации", "Начало работ", "Завершение (план)", "Общая стоимость",
             "Федеральные средства", "Областные средства", "Местный бюджет", "Средства инвестора",
             "Стоимость земельного участка", "% исполнения", "Рабочих мест по проекту", "Создано рабочих мест",
             "Дата заключения соглашения", "Статус земельного участка", "Контактное лицо", "Телефон",
             "Проблемы, требующие решения", "Примечание"]
    hf = [None, "code", "name", "location", "lead_organization", "status", "start_date", "end_date",
          "total_cost_mln", "federal_budget_mln", "regional_budget_mln", None, "extra_budgetary_mln", None, None,
          "jobs_planned", "jobs_created", None, None, None, None, "problems", None]
    fields = [f for f in ALL_FIELDS if f in hf]
    for c, h in enumerate(heads, 1):
        ws.cell(5, c, h).font = Font(bold=True)
        ws.cell(5, c).alignment = Alignment(wrap_text=True)
    villages = ["с. Богашёво, Томский р-н", "д. Кисловка (Томский район)", "Томский район, с. Корнилово",
                "Томский район", "п. Зональная Станция, Томский р-н"]
    st_m = {"planned": ["планируется", "Планируется к строительству"],
            "in_progress": ["строительство ведётся", "реализуется"],
            "completed": ["введён в эксплуатацию", "Завершён"],
            "suspended": ["работы приостановлены"]}
    land = ["оформлен в аренду", "в собственности инвестора", "на стадии межевания", "предоставлен"]
    people = ["Иванова Н.П.", "Петров С.А.", "Ковалёва О.В.", "Сидоренко А.И."]
    records, rejected = [], []
    bad = {6: "text", 14: "end_before", 20: "negative"}
    r = 6
    for i in range(22):
        cl = rng.choice(CLUSTERS + [None])
        p = project(rng, cl)
        if rng.random() < 0.75:
            loc, locv = "Томский район", rng.choice(villages)
        else:
            loc, locv = "Томск", "г. Томск"
        code = f"ТР-{p['start'].year}-{i + 1:02d}"
        local = rng.choice([0, rng.randint(50, 3000)])
        th = [p["total"] * 100 + local, p["fed"] * 100, p["reg"] * 100, local, p["extra"] * 100]
        start, end = p["start"], p["end"]
        if bad.get(i) == "end_before":
            end = dt.date(start.year - 1, 3, 15)
        land_cost = rng.randint(200, 9000)
        agree = start - dt.timedelta(days=rng.randint(20, 200))
        pct = round(rng.uniform(0, 100), 1) if p["status"] != "planned" else 0
        cells = [i + 1, code, p["name"], locv, p["org"], rng.choice(st_m[p["status"]]),
                 dt.datetime(start.year, start.month, start.day), dt.datetime(end.year, end.month, end.day)]
        cells += [th[0], th[1], th[2], th[3], th[4], land_cost, pct, p["jp"], p["jc"],
                  dt.datetime(agree.year, agree.month, agree.day), rng.choice(land), rng.choice(people),
                  f"8 (3822) {rng.randint(40, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
                  p["problems"], rng.choice([None, None, "данные инициатора", "уточнить у инвестора"])]
        if bad.get(i) == "text":
            cells[8] = "ориентировочно 12 000"
        if bad.get(i) == "negative":
            cells[12] = -th[4]
        for c, v in enumerate(cells, 1):
            cell = ws.cell(r, c, v)
            if isinstance(v, dt.datetime):
                cell.number_format = DATE_FMT
            elif c in (9, 10, 11, 12, 13, 14) and isinstance(v, (int, float)):
                cell.number_format = "#,##0.0"
        if i in bad:
            col, reason = {"text": ("I", "not a number: 'ориентировочно 12 000'"),
                           "end_before": ("H", "end date before start date"),
                           "negative": ("M", "negative amount")}[bad[i]]
            rejected.append({"sheet": "Реестр", "row": r, "reason": reason, "column": col, "code": code})
        else:
            records.append(rec(fields, code=code, name=p["name"], location=loc, status=p["status"],
                               start_date=iso(start), end_date=iso(end), total_cost_mln=round(th[0] / 1000, 3),
                               federal_budget_mln=round(th[1] / 1000, 3),
                               regional_budget_mln=round(th[2] / 1000, 3),
                               extra_budgetary_mln=round(th[4] / 1000, 3), jobs_planned=p["jp"],
                               jobs_created=p["jc"], lead_organization=p["org"], problems=p["problems"]))
        r += 1
    ws.cell(r + 1, 1, "Примечание: показатели указаны по данным инициаторов проектов.")
    ws.cell(r + 2, 1, "Исп. Ковалёва О.В., тел. 8 (3822) 40-11-22")
    set_widths(ws, [5, 14, 40, 28, 26, 22, 12, 12, 12, 12, 12, 12, 12, 12, 9, 9, 9, 12, 20, 16, 18, 36, 20])
    wb.save(OUT / name)
    columns = [[h, f] for h, f in zip(heads, hf)]
    write_expected(name, fields, records, rejected, columns,
                   "Municipal administration (Администрация Томского района). One wide sheet 'Реестр'. Title "
                   "rows 1-3; row 3 '(тыс. рублей)' gives the money unit for the whole table (thousand roubles, "
                   "converted to RUB million here). Header row 5, data rows 6-27; rows 29-30 are a note and the "
                   "clerk's name. Columns that are NOT imported: № п/п, Местный бюджет (municipal budget), "
                   "Стоимость земельного участка (money of something else), % исполнения, Дата заключения "
                   "соглашения (a date of something else), Статус земельного участка (status of something "
                   "else), Контактное лицо, Телефон, Примечание. 'Общая стоимость' includes the municipal "
                   "budget and is taken as written. 'Средства инвестора' = extra-budgetary. Villages written "
                   "with the district ('с. Богашёво, Томский р-н') = Томский район. Rejected: total "
                   "'ориентировочно 12 000' (text), end before start, negative investor funds.",
                   header_row=5, data_rows=[6, 27])
    return name


# =========================================================================== 5
# Industrial park operator, CSV cp1251


def f5_csv(rng):
    name = "oez_rezidenty_cp1251.csv"
    heads = ["Шифр проекта", "Резидент", "Наименование проекта", "Кластер", "Площадка", "Статус",
             "Дата начала", "Дата ввода в эксплуатацию", "Объём инвестиций, млн руб.", "ФБ, млн руб.",
             "ОБ, млн руб.", "Частные инвестиции, млн руб.", "Рабочие места, план", "Рабочие места, факт",
             "Проблемы", "Комментарий управляющей компании"]
    hf = ["code", "lead_organization", "name", "cluster", "location", "status", "start_date", "end_date",
          "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln", "jobs_planned",
          "jobs_created", "problems", None]
    fields = [f for f in ALL_FIELDS if f in hf]
    cl_w = {"petrochemical": "нефтехимический", "nuclear": "ядерных технологий", "timber": "лесопромышленный",
            "pharma": "фармацевтический", "medtech_it": "медтехника и ИТ", "wildlife": "дикоросы",
            "hard_to_recover": "трудноизвлекаемых запасов"}
    loc_w = {"Томск": ["г. Томск, площадка «Южная»", "г. Томск, площадка «Северная»", "г. Томск"],
             "Северск": ["ЗАТО Северск"], "Томский район": ["Томский район"]}
    st_w = {"planned": ["планируется"], "in_progress": ["реализуется", "Реализуется"],
            "completed": ["проект завершён", "завершен"], "suspended": ["приостановлен"]}
    comments = [None, "резидент с 2016 г.", "договор аренды продлён", "помещение в технопарке; 120 кв. м"]
    lines = [heads]
    records, rejected = [], []
    bad = {3: "cluster", 9: "negative", 15: "text"}
    for i in range(19):
        cl = rng.choice(["petrochemical", "nuclear", "pharma", "medtech_it", "medtech_it", None])
        p = project(rng, cl)
        loc = rng.choice(["Томск", "Томск", "Томск", "Северск", "Томский район"])
        code = f"ОЭЗ-Р-{i * 7 + 103}"
        clv = cl_w[cl] if cl else rng.choice(["", "—"])
        if bad.get(i) == "cluster":
            clv = "аддитивных технологий"

        def num(x):
            v = x / 10
            return ru_num(v, 1, rng.choice(["", " "])) if v >= 1000 else ru_num(v, 1, "")
        money = [num(p["total"]), num(p["fed"]), num(p["reg"]), num(p["extra"])]
        if bad.get(i) == "negative":
            money[1] = "-" + money[1] if p["fed"] else "-3,5"
        if bad.get(i) == "text":
            money[0] = "см. бизнес-план"
        row = [code, p["org"], p["name"], clv, rng.choice(loc_w[loc]), rng.choice(st_w[p["status"]]),
               p["start"].strftime("%d.%m.%Y"), p["end"].strftime("%d.%m.%Y")] + money + [
               str(p["jp"]), str(p["jc"]) if p["status"] != "planned" else "", p["problems"] or "",
               rng.choice(comments) or ""]
        lines.append(row)
        line_no = len(lines)
        if i in bad:
            col, reason = {"cluster": ("D", "unknown cluster 'аддитивных технологий'"),
                           "negative": ("J", "negative amount"),
                           "text": ("I", "not a number: 'см. бизнес-план'")}[bad[i]]
            rejected.append({"sheet": None, "row": line_no, "reason": reason, "column": col, "code": code})
        else:
            records.append(rec(fields, code=code, name=p["name"], cluster=cl, location=loc, status=p["status"],
                               start_date=iso(p["start"]), end_date=iso(p["end"]), total_cost_mln=mln(p["total"]),
                               federal_budget_mln=mln(p["fed"]), regional_budget_mln=mln(p["reg"]),
                               extra_budgetary_mln=mln(p["extra"]), jobs_planned=p["jp"],
                               jobs_created=p["jc"] if p["status"] != "planned" else None,
                               lead_organization=p["org"], problems=p["problems"]))
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerows(lines)
    (OUT / name).write_bytes(buf.getvalue().encode("cp1251"))
    columns = [[h, f] for h, f in zip(heads, hf)]
    write_expected(name, fields, records, rejected, columns,
                   "Industrial-park operator (managing company of a special economic zone). CSV, cp1251, no "
                   "BOM, CRLF, ';' separator, quotes only where needed (doubled inside). Line 1 header, one "
                   "resident project per line. Decimal comma; amounts of 1000 and more sometimes with a plain "
                   "space as thousands separator ('12 345,6'). Dates dd.mm.yyyy. Cluster written as an adjective "
                   "or genitive ('нефтехимический', 'ядерных технологий', 'медтехника и ИТ'); empty or '—' = "
                   "null. Site 'г. Томск, площадка «Южная»' = Томск. 'Резидент' = lead organisation. "
                   "'Комментарий управляющей компании' is not imported. 'Рабочие места, факт' empty for planned "
                   "projects = null; empty 'Проблемы' = null. Rejected (line numbers): unknown cluster "
                   "'аддитивных технологий', negative federal amount, text 'см. бизнес-план' as the investment.",
                   encoding="cp1251", delimiter=";", header_line=1)
    return name


# =========================================================================== 6
# University reporting office, formulas, LibreOffice recalculation


def f6_university(rng, tmp):
    name = "tpu_niokr_formulas.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Проекты вуза"
    ws["A1"] = ("Отчёт управления научной деятельности ТПУ по проектам программы ИНО Томск "
                "(инновационная инфраструктура и НИОКР), 2023 г.")
    ws.merge_cells("A1:N1")
    heads = ["Шифр", "Тема / проект", "Стадия (по классификации вуза)", "Кластер", "Статус", "Начало",
             "Окончание", "ФБ (субсидия), млн руб.", "ОБ, млн руб.", "Средства индустриального партнёра, млн руб.",
             "Итого, млн руб.", "Рабочие места (план)", "Руководитель проекта", "Головная организация"]
    hf = ["code", "name", None, "cluster", "status", "start_date", "end_date", "federal_budget_mln",
          "regional_budget_mln", "extra_budgetary_mln", "total_cost_mln", "jobs_planned", None,
          "lead_organization"]
    fields = [f for f in ALL_FIELDS if f in hf]
    for c, h in enumerate(heads, 1):
        ws.cell(3, c, h).font = Font(bold=True)
    cl_u = {"medtech_it": ["медтехника и ИТ", "Кластер медицинской техники и информационных технологий"],
            "pharma": ["фарма", "Фармацевтический кластер"], "nuclear": ["Кластер ядерных технологий"],
            "hard_to_recover": ["ТрИЗ", "Кластер ТрИЗ"], "petrochemical": ["Нефтехимический кластер"]}
    stages = ["НИОКР", "ОКР завершены", "опытное производство", "НИР", "опытно-промышленные испытания"]
    st_u = {"planned": ["планируется"], "in_progress": ["выполняется", "реализуется"],
            "completed": ["выполнен", "завершён"], "suspended": ["приостановлен"]}
    heads_people = ["проф. Кузнецов А.В.", "доц. Мельникова Е.Г.", "д.т.н. Орлов П.С.", "к.х.н. Беляева И.Н."]
    orgs = ["НИ ТПУ", "ФГАОУ ВО «НИ ТПУ»", "ТПУ", "ТГУ", "СибГМУ"]
    records, rejected = [], []
    n = 16
    nocache_i = 9
    bad_end_i = 4
    r0 = 4
    for i in range(n):
        r = r0 + i
        cl = rng.choice(list(cl_u) + [None])
        p = project(rng, cl)
        code = f"ТПУ-НИОКР-{i + 21:03d}"
        clv = rng.choice(cl_u[cl]) if cl else None
        start, end = p["start"], p["end"]
        if i == bad_end_i:
            end = start - dt.timedelta(days=90)
        jp = p["jp"]
        jp_cell = jp
        if i % 4 == 1:
            a = rng.randint(1, jp - 1)
            jp_cell = f"={a}+{jp - a}"
        cells = [code, p["name"], rng.choice(stages[:2] if p["status"] == "planned" else stages), clv, rng.choice(st_u[p["status"]]),
                 dt.datetime(start.year, start.month, start.day), dt.datetime(end.year, end.month, end.day),
                 p["fed"] / 10, p["reg"] / 10, p["extra"] / 10, f"=SUM(H{r}:J{r})", jp_cell,
                 rng.choice(heads_people), rng.choice(orgs)]
        for c, v in enumerate(cells, 1):
            cell = ws.cell(r, c, v)
            if isinstance(v, dt.datetime):
                cell.number_format = DATE_FMT
            elif 8 <= c <= 11:
                cell.number_format = "#,##0.0"
        if i == nocache_i:
            rejected.append({"sheet": ws.title, "row": r, "reason": "formula without a cached value",
                             "column": "K", "code": code})
        elif i == bad_end_i:
            rejected.append({"sheet": ws.title, "row": r, "reason": "end date before start date",
                             "column": "G", "code": code})
        else:
            records.append(rec(fields, code=code, name=p["name"], cluster=cl, status=p["status"],
                               start_date=iso(start), end_date=iso(end), total_cost_mln=mln(p["total"]),
                               federal_budget_mln=mln(p["fed"]), regional_budget_mln=mln(p["reg"]),
                               extra_budgetary_mln=mln(p["extra"]), jobs_planned=jp, lead_organization=cells[13]))
    last = r0 + n - 1
    tr = last + 1
    ws.cell(tr, 1, "Итого")
    for c in "HIJKL":
        ws[f"{c}{tr}"] = f"=SUM({c}{r0}:{c}{last})"
    ws.cell(tr + 2, 1, "Стадии указаны по внутренней классификации вуза (НИР, НИОКР, ОКР, опытное производство).")
    set_widths(ws, [16, 44, 22, 26, 14, 12, 12, 12, 12, 14, 12, 10, 22, 18])
    src = Path(tmp) / "f6src" / name
    src.parent.mkdir(parents=True, exist_ok=True)
    wb.save(src)
    # recalculate and cache via LibreOffice
    outdir = Path(tmp) / "f6out"
    lo_convert(src, outdir, "xlsx:Calc MS Excel 2007 XML", tmp)
    data = strip_cached_value(outdir / name, ws.title, f"K{r0 + nocache_i}")
    (OUT / name).write_bytes(data)
    columns = [[h, f] for h, f in zip(heads, hf)]
    write_expected(name, fields, records, rejected, columns,
                   "University reporting office (research management of a university). Sheet 'Проекты вуза': "
                   "title row 1, header row 3, data rows 4-19, row 20 'Итого' with SUM formulas (not a "
                   "project), row 22 a note. 'Итого, млн руб.' (K) is =SUM(H:J) in every row and some "
                   "'Рабочие места (план)' are formulas like =12+23; cached values were stored by a LibreOffice "
                   "recalculation. The cached value of K13 was then removed: row 13 is rejected ('formula "
                   "without a cached value'). 'Стадия (по классификации вуза)' (НИОКР, ОКР завершены, опытное "
                   "производство ...) is the R&D stage, not the project status, and is not imported; "
                   "'Руководитель проекта' (a person) is not imported. Cluster 'фарма' = pharma, 'медтехника "
                   "и ИТ' = medtech_it, 'ТрИЗ' = hard_to_recover, empty = null. Status 'выполняется' = "
                   "in_progress, 'выполнен' = completed. Rejected: row 8 end before start; row 13 no cached value.",
                   header_row=3, totals_row=tr, formula_cells=f"K{r0}:K{last}, K{tr}, H{tr}:L{tr}, some L")
    return name


def strip_cached_value(path, sheet_title, ref):
    """Remove the <v> of cell ref in the (first) worksheet; return the new zip bytes."""
    zin = zipfile.ZipFile(path)
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    done = False
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "xl/worksheets/sheet1.xml":
            s = data.decode("utf-8")
            pat = re.compile(r'(<c r="%s"[^>]*>)(<f[^>]*>[^<]*</f>)<v>[^<]*</v>' % ref)
            s2, k = pat.subn(r"\1\2", s)
            assert k == 1, "cached value not found"
            # a cell of formula type t="str"/"n" without a value: drop a t= attribute if any
            data = s2.encode("utf-8")
            done = True
        zout.writestr(item, data)
    zout.close()
    assert done
    return out.getvalue()


def lo_convert(src, outdir, filt, tmp):
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    prof = Path(tmp) / "lo_profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--calc",
                    "--convert-to", filt, "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# =========================================================================== 7
# State corporation quarterly report, млрд руб. in the title, quarters as text


def f7_goscorp(rng):
    name = "goskorp_kvartal_mlrd.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Свод"
    ws["A1"] = "Отраслевой отчёт о реализации проектов в Томской области (ИНО Томск), III квартал 2023 г."
    ws["A2"] = "Стоимостные показатели — млрд руб., без НДС"
    ws.merge_cells("A1:N1")
    ws.merge_cells("A2:N2")
    H1, H2 = 4, 5
    singles = {1: "Идентификатор", 2: "Проект", 3: "Предприятие-исполнитель", 4: "Кластер", 5: "Площадка",
               6: "Стадия жизненного цикла", 7: "Статус реализации", 13: "Новые рабочие места (план), ед.",
               14: "Комментарий"}
    for c, t in singles.items():
        ws.cell(H1, c, t)
        ws.merge_cells(start_row=H1, start_column=c, end_row=H2, end_column=c)
    ws.cell(H1, 8, "Сроки")
    ws.merge_cells(start_row=H1, start_column=8, end_row=H1, end_column=9)
    ws.cell(H2, 8, "старт")
    ws.cell(H2, 9, "финиш")
    ws.cell(H1, 10, "Капитальные вложения")
    ws.merge_cells(start_row=H1, start_column=10, end_row=H1, end_column=12)
    ws.cell(H2, 10, "всего")
    ws.cell(H2, 11, "в т.ч. федеральный бюджет")
    ws.cell(H2, 12, "в т.ч. собственные и привлечённые средства")
    for r in (H1, H2):
        for c in range(1, 15):
            ws.cell(r, c).font = Font(bold=True)
            ws.cell(r, c).alignment = Alignment(wrap_text=True, horizontal="center")
    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date", "total_cost_mln",
              "federal_budget_mln", "extra_budgetary_mln", "jobs_planned", "lead_organization"]
    cl_g = {"nuclear": ["Кластер ядерных технологий", "ядерных технологий", "Ядерные технологии"],
            "medtech_it": ["Кластер медицинской техники и информационных технологий"],
            "pharma": ["Фармацевтический кластер"]}
    loc_g = {"Северск": ["ЗАТО Северск", "г. Северск"], "Томск": ["г. Томск"], "Томский район": ["Томский р-н"]}
    st_g = {"planned": ["планируется"], "in_progress": ["в реализации", "реализуется"],
            "completed": ["реализован"], "suspended": ["приостановлен"]}
    stage_by = {"planned": ["НИОКР", "проектирование"], "in_progress": ["ОКР завершены", "опытное производство"],
                "completed": ["серийное производство", "опытное производство"],
                "suspended": ["НИОКР", "ОКР завершены"]}
    orgs = ["АО «СХК»", "АО «ТВЭЛ»", "ООО «Изотоп-Томск»", "АО «Радиевый институт» (филиал)", "АО «НИКИЭТ»"]
    records, rejected = [], []
    bad = {3: "text", 12: "end_before"}
    r = 6
    for i in range(17):
        cl = rng.choice(["nuclear", "nuclear", "nuclear", "medtech_it", "pharma", None])
        p = project(rng, cl)
        loc = rng.choice(["Северск", "Северск", "Томск", "Томский район"])
        code = f"РА-ТО-{rng.randint(1, 9)}{i + 10:03d}"
        clv = rng.choice(cl_g[cl]) if cl else "—"
        qs = (p["start"].month - 1) // 3 + 1
        sv = q_end(p["start"].year, qs)
        sc = f"{ROMAN[qs]} кв. {p['start'].year}"
        if i % 3 == 0:
            ec, ev = dt.datetime(p["end"].year, p["end"].month, p["end"].day), p["end"]
        else:
            qe = (p["end"].month - 1) // 3 + 1
            ec, ev = rng.choice([f"{ROMAN[qe]} кв. {p['end'].year}", f"{ROMAN[qe]} квартал {p['end'].year}"]), \
                q_end(p["end"].year, qe)
            if ev <= sv:
                ev = q_end(p["end"].year + 1, qe)
                ec = f"{ROMAN[qe]} кв. {p['end'].year + 1}"
        if bad.get(i) == "end_before":
            ec, ev = f"II кв. {p['start'].year - 1}", None
        fed = p["fed"] + p["reg"]  # state corp reports only federal vs own funds
        total = fed + p["extra"]
        money = [total / 10000, fed / 10000, p["extra"] / 10000]
        cells = [code, p["name"], rng.choice(orgs), clv, rng.choice(loc_g[loc]), rng.choice(stage_by[p["status"]]),
                 rng.choice(st_g[p["status"]]), sc, ec] + money + [p["jp"],
                 rng.choice([None, "по данным предприятия", "скорректирован график"])]
        if bad.get(i) == "text":
            cells[10] = "по согл."
        for c, v in enumerate(cells, 1):
            cell = ws.cell(r, c, v)
            if isinstance(v, dt.datetime):
                cell.number_format = DATE_FMT
            elif 10 <= c <= 12 and isinstance(v, float):
                cell.number_format = "0.0000"
        if i in bad:
            col, reason = ("K", "not a number: 'по согл.'") if bad[i] == "text" else ("I", "end date before start date")
            rejected.append({"sheet": "Свод", "row": r, "reason": reason, "column": col, "code": code})
        else:
            records.append(rec(fields, code=code, name=p["name"], cluster=cl, location=loc, status=p["status"],
                               start_date=iso(sv), end_date=iso(ev), total_cost_mln=mln(total),
                               federal_budget_mln=mln(fed), extra_budgetary_mln=mln(p["extra"]),
                               jobs_planned=p["jp"], lead_organization=cells[2]))
        r += 1
    ws.cell(r, 1, "Итого")
    ws.cell(r, 10, round(sum(ws.cell(k, 10).value for k in range(6, r)), 4))
    ws.cell(r + 2, 1, "Стадия жизненного цикла указана по отраслевому классификатору.")
    set_widths(ws, [14, 42, 26, 28, 14, 20, 16, 12, 14, 12, 12, 14, 12, 24])
    wb.create_sheet("Пояснения")["A1"] = "Стоимостные показатели приведены в млрд руб. без НДС."
    wb.save(OUT / name)
    columns = [["Идентификатор", "code"], ["Проект", "name"], ["Предприятие-исполнитель", "lead_organization"],
               ["Кластер", "cluster"], ["Площадка", "location"], ["Стадия жизненного цикла", None],
               ["Статус реализации", "status"], ["Сроки / старт", "start_date"], ["Сроки / финиш", "end_date"],
               ["Капитальные вложения / всего", "total_cost_mln"],
               ["Капитальные вложения / в т.ч. федеральный бюджет", "federal_budget_mln"],
               ["Капитальные вложения / в т.ч. собственные и привлечённые средства", "extra_budgetary_mln"],
               ["Новые рабочие места (план), ед.", "jobs_planned"], ["Комментарий", None]]
    write_expected(name, fields, records, rejected, columns,
                   "State corporation sectoral quarterly report. Sheet 'Свод': title row 1, row 2 gives the unit "
                   "for the whole table ('млрд руб.': billion, x1000 here), blank row 3, two-level merged header "
                   "rows 4-5 (no column-number row), data rows 6-22, row 23 'Итого' (only the total column), "
                   "row 25 a note; sheet 'Пояснения' is text. Start is always a quarter as text ('I кв. 2020' "
                   "= 2020-03-31); finish a real date or a quarter ('IV кв. 2024', 'II квартал 2025'). "
                   "'Стадия жизненного цикла' (НИОКР, ОКР завершены, опытное производство ...) is not the status "
                   "and is not imported; 'Комментарий' is not imported. Own and raised funds = extra-budgetary. "
                   "Cluster '—' = null. Rejected: federal 'по согл.' (text), finish quarter before start.",
                   header_rows=[H1, H2], data_rows=[6, 22], totals_row=23)
    return name


# =========================================================================== 8
# Ministry of science and higher education: units row, years as numbers, duplicate code


def f8_minobr(rng):
    name = "minobr_meropriyatiya_god.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Мероприятия"
    ws["A1"] = "Министерство науки и высшего образования Российской Федерации"
    ws["A2"] = ("Перечень мероприятий (проектов), реализуемых с участием образовательных организаций высшего "
                "образования в рамках программы «ИНО Томск»")
    heads = ["Код мероприятия", "Наименование проекта", "Направление", "Муниципальное образование", "Статус",
             "Год начала", "Год окончания", "Стоимость проекта", "Средства федерального бюджета",
             "Средства областного бюджета", "Внебюджетные средства", "из них подтверждённые",
             "Рабочие места, план", "Рабочие места, факт", "Организация-исполнитель", "Риски и проблемы"]
    units = [None, None, None, None, None, "год", "год", "тыс. руб.", "тыс. руб.", "тыс. руб.", "тыс. руб.",
             "тыс. руб.", "ед.", "ед.", None, None]
    hf = ["code", "name", "work_area", "location", "status", "start_date", "end_date", "total_cost_mln",
          "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln", "extra_budgetary_confirmed_mln",
          "jobs_planned", "jobs_created", "lead_organization", "problems"]
    fields = [f for f in ALL_FIELDS if f in hf]
    for c, (h, u) in enumerate(zip(heads, units), 1):
        ws.cell(4, c, h).font = Font(bold=True)
        ws.cell(5, c, u).font = Font(italic=True)
    wa = {"industry": "Передовая промышленность", "science_education": "Наука и образование",
          "innovation_business": "Технологические инновации, новые бизнесы",
          "smart_city": "Умный и удобный город", "business_environment": "Деловая среда"}
    loc_m = {"Томск": ["г. Томск", "Городской округ «Город Томск»"], "Северск": ["ЗАТО Северск"],
             "Асино": ["г. Асино"], "Стрежевой": ["г.о. Стрежевой", "г. Стрежевой"],
             "Колпашево": ["г. Колпашево"], "Томский район": ["Томский район"]}
    st_m = {"planned": ["Планируется"], "in_progress": ["Реализуется"], "completed": ["Завершен", "Завершён"],
            "suspended": ["Приостановлен"]}
    orgs = ["ФГАОУ ВО «Национальный исследовательский Томский государственный университет»",
            "ФГАОУ ВО «Национальный исследовательский Томский политехнический университет»",
            "ФГБОУ ВО «ТУСУР»", "ФГБОУ ВО «СибГМУ» Минздрава России", "ФГБОУ ВО «ТГАСУ»"]
    records, rejected = [], []
    r = 6
    dup_code = None
    for i in range(21):
        p = project(rng, None)
        code = f"МОН-ИНО-{i + 11:03d}"
        sy, ey = p["start"].year, p["end"].year
        if ey == sy and rng.random() < 0.5:
            ey += 1
        if i == 7:
            ey = sy - 2
        if i == 16:
            code = dup_code
        if i == 3:
            dup_code = code
        th = [p["total"] * 100, p["fed"] * 100, p["reg"] * 100, p["extra"] * 100, p["conf"] * 100]
        cells = [code, p["name"], wa[p["work_area"]], rng.choice(loc_m[p["location"]]),
                 rng.choice(st_m[p["status"]]), sy, ey] + th + [p["jp"], p["jc"], rng.choice(orgs), p["problems"]]
        for c, v in enumerate(cells, 1):
            cell = ws.cell(r, c, v)
            if 8 <= c <= 12:
                cell.number_format = "#,##0"
        if i == 7:
            rejected.append({"sheet": ws.title, "row": r, "reason": "end date before start date",
                             "column": "G", "code": code})
        elif i in (3, 16):
            rejected.append({"sheet": ws.title, "row": r, "reason": "duplicate code with different data",
                             "column": "A", "code": code})
        else:
            records.append(rec(fields, code=code, name=p["name"], work_area=p["work_area"],
                               location=p["location"], status=p["status"], start_date=f"{sy}-12-31",
                               end_date=f"{ey}-12-31", total_cost_mln=round(th[0] / 1000, 3),
                               federal_budget_mln=round(th[1] / 1000, 3),
                               regional_budget_mln=round(th[2] / 1000, 3),
                               extra_budgetary_mln=round(th[3] / 1000, 3),
                               extra_budgetary_confirmed_mln=round(th[4] / 1000, 3),
                               jobs_planned=p["jp"], jobs_created=p["jc"], lead_organization=cells[14],
                               problems=p["problems"]))
        r += 1
    dup_rows = [x["row"] for x in rejected if x["column"] == "A"]
    for x in rejected:
        if x["column"] == "A":
            x["reason"] = f"duplicate code {dup_code} (rows {dup_rows[0]} and {dup_rows[1]} differ)"
    ws.cell(r + 1, 1, "Примечание. Год начала и год окончания указаны по паспортам мероприятий.")
    set_widths(ws, [14, 44, 30, 26, 14, 8, 8, 14, 14, 14, 14, 14, 9, 9, 40, 36])
    wb.save(OUT / name)
    columns = [[f"{h} / {u}" if u else h, f] for h, u, f in zip(heads, units, hf)]
    write_expected(name, fields, records, rejected, columns,
                   "Federal ministry of science and higher education list. Sheet 'Мероприятия': title rows 1-2, "
                   "header row 4, row 5 is a units row under the header (год, тыс. руб., ед.; it is part of the "
                   "header, not data), data rows 6-26, row 28 a note. Money in тыс. руб. (from the units row), "
                   "converted to RUB million. Start and end are bare years as numbers in General cells: "
                   "31 December of that year (also for the start, by the README rule). No cluster column. "
                   "Rejected: row 13 end year before start year; the code of row 9 is re-used on row 22 with "
                   "different data (both rejected).",
                   header_rows=[4, 5], data_rows=[6, 26])
    return name


# =========================================================================== main


def resave(tmp, name, filt, ext, suffix):
    src = OUT / name
    stem = name.rsplit(".", 1)[0]
    new_name = f"{stem}_lo_{suffix}.{ext}"
    work = Path(tmp) / f"rs_{suffix}"
    (work / "in").mkdir(parents=True, exist_ok=True)
    inp = work / "in" / f"{stem}_lo_{suffix}.xlsx"
    shutil.copy(src, inp)
    outdir = work / "out"
    lo_convert(inp, outdir, filt, tmp)
    dest = OUT / "resaved" / new_name
    dest.parent.mkdir(exist_ok=True)
    shutil.copy(outdir / new_name, dest)
    d = json.loads((OUT / f"{stem}.expected.json").read_text(encoding="utf-8"))
    d["file"] = new_name
    d["notes"] = (f"LibreOffice {suffix} re-save of {name} (soffice --headless --convert-to); same content "
                  f"and same expected result. " + d["notes"])
    (OUT / "resaved" / f"{stem}_lo_{suffix}.expected.json").write_text(
        json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main():
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory() as tmp:
        f1 = f1_ministry(random.Random(SEED + 1))
        f2 = f2_clerk(random.Random(SEED + 2))
        f3 = f3_english(random.Random(SEED + 3))
        f4_municipal(random.Random(SEED + 4))
        f5_csv(random.Random(SEED + 5))
        f6_university(random.Random(SEED + 6), tmp)
        f7_goscorp(random.Random(SEED + 7))
        f8_minobr(random.Random(SEED + 8))
        resave(tmp, f1, "xls:MS Excel 97", "xls", "xls")
        resave(tmp, f2, "ods:calc8", "ods", "ods")
        resave(tmp, f3, "xlsx:Calc MS Excel 2007 XML", "xlsx", "xlsx")
    del rng


if __name__ == "__main__":
    main()
