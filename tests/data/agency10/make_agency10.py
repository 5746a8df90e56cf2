#!/usr/bin/env python3
"""Generator of the independent evaluation set `agency10`.

Run:  /work/main/.venv/bin/python tests/data/agency10/make_agency10.py
Deterministic (fixed seed, fixed workbook timestamps).  Writes the workbooks and
NAME.expected.json beside this script; `--resave` also converts some of them with
LibreOffice into resaved/ (with their own expected files).

Written without looking at the importer: the expected values are what a careful
clerk reads in each workbook, following /work/shared/samples/README.md.
"""
import csv
import datetime as dt
import io
import json
import os
import random
import shutil
import subprocess
import sys

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20241010)
FIXED_TIME = dt.datetime(2025, 1, 20, 9, 0, 0)

ALL_FIELDS = ["code", "name", "cluster", "work_area", "location", "status",
              "start_date", "end_date", "total_cost_mln", "federal_budget_mln",
              "regional_budget_mln", "extra_budgetary_mln",
              "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created",
              "lead_organization", "problems"]

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
LOCATIONS = ["Томск", "Северск", "Асино", "Стрежевой", "Колпашево", "Томский район"]

ORGS = [
    "ФГАОУ ВО «Национальный исследовательский Томский политехнический университет»",
    "ФГБОУ ВО «Томский государственный университет систем управления и радиоэлектроники»",
    "ОГБУ «Томский региональный центр развития бизнеса»",
    "АО «Особая экономическая зона технико-внедренческого типа «Томск»",
    "ООО «Сибирская лесная компания»",
    "АО «Сибирский химический комбинат»",
    "ООО «Томскнефтехим»",
    "ФГБОУ ВО «Сибирский государственный медицинский университет» Минздрава России",
    "Департамент промышленности и энергетики Томской области",
    "ООО «Дикоросы Сибири»",
    "Администрация ЗАТО Северск",
    "АО «Томскнефть» ВНК",
    "ФГБУН Томский национальный исследовательский медицинский центр РАН",
    "ООО «НПО Микран-Томск»",
]
PERSONS = ["Иванова Е.В., начальник отдела", "Петров С.А.", "Кузнецова О.Н.",
           "Смирнов Д.И., зам. директора", "Васильева Т.Г.", "Николаев А.П.",
           "Фёдорова М.С.", "Громов В.В.", "Белова Н.А."]

NAME_PARTS = [
    "Создание производства {x}", "Модернизация участка {x}", "Организация выпуска {x}",
    "Разработка и внедрение {x}", "Строительство цеха {x}", "Опытно-промышленное освоение {x}",
    "Расширение мощностей по выпуску {x}", "Создание инжинирингового центра {x}",
]
OBJECTS = [
    "полипропиленовых труб", "радиофармпрепаратов", "клееного бруса", "пеллет из отходов лесопиления",
    "сублимированных ягод", "медицинских изделий из титана", "систем телемедицины",
    "катализаторов нефтепереработки", "кедрового масла холодного отжима", "изотопной продукции",
    "программных комплексов для ЖКХ", "имплантатов с памятью формы", "фанеры повышенной влагостойкости",
    "биоактивных добавок из чаги", "оборудования для бурения горизонтальных скважин",
    "дженериков противоопухолевых препаратов", "композитных материалов", "беспилотных систем мониторинга",
    "цифровых двойников месторождений", "товаров из бересты", "ферментных препаратов",
    "интеллектуальных систем учёта тепла", "лабораторной диагностики", "метанола",
    "домостроительного комбината", "ионообменных мембран", "датчиков для нефтегазовой отрасли",
    "лекарственных трав", "смарт-остановок", "ветеринарных вакцин", "хвойной пасты",
    "электродов для медицины", "трубопроводной арматуры", "платформы «Умный город»",
    "технологий закачки газа в пласт", "древесно-полимерного композита", "рентгеновских трубок",
]
_used_names = set()


def new_name():
    while True:
        n = RNG.choice(NAME_PARTS).format(x=RNG.choice(OBJECTS))
        if n not in _used_names:
            _used_names.add(n)
            return n


def rdate(y0, y1):
    d0 = dt.date(y0, 1, 1).toordinal()
    d1 = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(RNG.randint(d0, d1))


def r1(x):
    return round(x, 1)


def money_split(total):
    """total (mln, 1 decimal) -> federal, regional, extra adding up to total."""
    f = r1(total * RNG.choice([0, 0, 0.1, 0.2, 0.3]))
    g = r1(total * RNG.choice([0.05, 0.1, 0.15]))
    e = r1(total - f - g)
    return f, g, e


def ru_num(x, decimals=1, sep="\u00a0"):
    """1234567.8 -> '1 234 567,8' (non-breaking space groups, decimal comma)."""
    s = f"{x:,.{decimals}f}"
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", sep)


def dmy(d):
    return d.strftime("%d.%m.%Y")


def iso(d):
    return d.isoformat() if d else None


def serial(d):
    return (d - dt.date(1899, 12, 30)).days


def fix_props(wb):
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.creator = "agency10"
    wb.properties.lastModifiedBy = "agency10"


def save_wb(wb, fname):
    """Save and rewrite the zip with fixed entry times, so that reruns give identical bytes."""
    import zipfile
    path = os.path.join(HERE, fname)
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>" + stamp + rb"\g<2>", data)
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def save_expected(name, exp):
    path = os.path.join(HERE, os.path.splitext(name)[0] + ".expected.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def make_expected(file, fields, records, rejected, columns, notes, **layout):
    recs = [{k: r.get(k) for k in fields} for r in records]
    exp = {"file": file, "refused": False, "fields": fields, "record_count": len(recs),
           "records": recs, "rejected": rejected, "columns": columns}
    exp.update(layout)
    exp["notes"] = notes
    return exp


BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


# ---------------------------------------------------------------------------
# 1. plan_fakt_pairs.xlsx - every project on two rows: «план» and «факт»
# ---------------------------------------------------------------------------
def file_plan_fakt():
    fname = "plan_fakt_pairs.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Мониторинг 9 мес."
    ws["A1"] = "Мониторинг реализации проектов программы «ИНО Томск» за 9 месяцев 2024 года"
    ws["A2"] = "(плановые значения и фактическое исполнение нарастающим итогом с начала реализации)"
    ws.merge_cells("A1:J1")
    ws.merge_cells("A2:J2")
    heads = ["№ п/п", "Шифр проекта", "Наименование мероприятия (проекта)", "Исполнитель",
             "Состояние", "Показатель", "Финансирование, млн руб.", "Рабочие места, ед.",
             "Срок ввода в эксплуатацию", "Примечание"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.alignment = CENTER
    statuses = [("реализуется", "in_progress"), ("Реализуется", "in_progress"),
                ("завершён", "completed"), ("ЗАВЕРШЕН", "completed"),
                ("планируется", "planned"), ("приостановлен", "suspended")]
    n = 17
    row = 5
    records, rejected = [], []
    bad = {6: "text", 12: "negative"}
    for i in range(n):
        code = f"МП-24-{101 + i:03d}"
        name = new_name()
        org = ORGS[i % len(ORGS)]
        st_txt, st = statuses[RNG.randrange(len(statuses))]
        total = r1(RNG.uniform(15, 2400))
        spent = r1(total * RNG.uniform(0.05, 0.9)) if st != "planned" else 0.0
        jobs_p = RNG.randint(5, 320)
        jobs_c = jobs_p if st == "completed" else (0 if st == "planned" else RNG.randint(0, jobs_p))
        end = rdate(2024, 2028) if st != "completed" else rdate(2022, 2024)
        note = RNG.choice([None, None, "перенос срока по заявке инвестора",
                           "данные уточняются", None])
        # plan row
        ws.cell(row=row, column=1, value=i + 1)
        ws.cell(row=row, column=2, value=code)
        ws.cell(row=row, column=3, value=name)
        ws.cell(row=row, column=4, value=org)
        ws.cell(row=row, column=5, value=st_txt)
        ws.cell(row=row, column=6, value="план")
        rec = {"code": code, "name": name, "lead_organization": org, "status": st,
               "total_cost_mln": total, "jobs_planned": jobs_p, "jobs_created": jobs_c,
               "end_date": iso(end)}
        if bad.get(i) == "text":
            ws.cell(row=row, column=7, value="ок. 300")
            rejected.append({"sheet": ws.title, "row": row, "reason": "not a number: 'ок. 300'",
                             "column": "G", "code": code})
        elif bad.get(i) == "negative":
            ws.cell(row=row, column=7, value=-total)
            rejected.append({"sheet": ws.title, "row": row, "reason": "negative amount",
                             "column": "G", "code": code})
        else:
            ws.cell(row=row, column=7, value=total if i % 3 else ru_num(total))
            records.append(rec)
        ws.cell(row=row, column=8, value=jobs_p)
        c = ws.cell(row=row, column=9, value=end if i % 4 else dmy(end))
        if isinstance(c.value, dt.date):
            c.number_format = "DD.MM.YYYY"
        ws.cell(row=row, column=10, value=note)
        # fact row
        ws.cell(row=row + 1, column=6, value="факт")
        ws.cell(row=row + 1, column=7, value=spent)
        ws.cell(row=row + 1, column=8, value=jobs_c)
        for col in (1, 2, 3, 4, 5, 10):
            ws.merge_cells(start_row=row, start_column=col, end_row=row + 1, end_column=col)
        row += 2
    last = row - 1
    ws.cell(row=row, column=2, value="Итого по программе")
    ws.merge_cells(start_row=row, start_column=2, end_row=row + 1, end_column=5)
    ws.cell(row=row, column=6, value="план")
    ws.cell(row=row + 1, column=6, value="факт")
    ws.cell(row=row, column=7, value=f"=SUMIF(F5:F{last},\"план\",G5:G{last})")
    ws.cell(row=row + 1, column=7, value=f"=SUMIF(F5:F{last},\"факт\",G5:G{last})")
    totals = row
    ws.cell(row=row + 3, column=1,
            value="Строка «факт»: освоено средств и создано рабочих мест на 01.10.2024.")
    for col, w in zip("ABCDEFGHIJ", [6, 13, 48, 40, 14, 11, 16, 12, 14, 30]):
        ws.column_dimensions[col].width = w
    fix_props(wb)
    save_wb(wb, fname)
    fields = ["code", "name", "status", "end_date", "total_cost_mln", "jobs_planned",
              "jobs_created", "lead_organization"]
    columns = [["№ п/п", None], ["Шифр проекта", "code"],
               ["Наименование мероприятия (проекта)", "name"], ["Исполнитель", "lead_organization"],
               ["Состояние", "status"], ["Показатель", None],
               ["Финансирование, млн руб.", "total_cost_mln"],
               ["Рабочие места, ед.", "jobs_planned"],
               ["Срок ввода в эксплуатацию", "end_date"], ["Примечание", None]]
    notes = (f"Each project takes two rows: a «план» row (row 5, 7, 9, ...) and a «факт» row under it. "
             f"Columns A-E and J are merged vertically over the pair, so code, name, organisation and "
             f"status are only in the top (plan) row. From the plan row: total_cost_mln (column G) and "
             f"jobs_planned (column H) and end_date (column I). From the fact row: jobs_created (column H). "
             f"The fact row's money (column G) is money spent to date and is NOT imported; it is not a "
             f"second project and not a duplicate code. Title rows 1-2, header row 4, data rows 5-{last}; "
             f"rows {totals}-{totals + 1} are the programme totals (plan/fact SUMIF formulas), row "
             f"{totals + 3} a footnote. 'Примечание' is a free note (not problems) and is not imported. "
             f"Some amounts are Russian-style text ('1 234,5'), some end dates are 'dd.mm.yyyy' text. "
             f"Rejected: the plan row of {rejected[0]['code']} holds 'ок. 300' in the money column, and "
             f"the plan row of {rejected[1]['code']} a negative amount; the row reported is the plan "
             f"(top) row of the pair, where the bad cell is - the fact row under it belongs to the same "
             f"rejected project and is neither imported nor reported separately.")
    exp = make_expected(fname, fields, records, rejected, columns, notes,
                        header_row=4, data_rows=[5, last], row_pairs="plan row + fact row per project",
                        pair_columns={"Рабочие места, ед.": {"план": "jobs_planned", "факт": "jobs_created"},
                                      "Финансирование, млн руб.": {"план": "total_cost_mln", "факт": None}},
                        skipped_rows={str(totals): "totals (plan)", str(totals + 1): "totals (fact)",
                                      str(totals + 3): "footnote"})
    save_expected(fname, exp)
    return fname


# ---------------------------------------------------------------------------
# 2. paged_print.xlsx - header repeated after every 20 rows, statuses in English capitals
# ---------------------------------------------------------------------------
EN_STATUS = [("ON TRACK", "in_progress"), ("DELAYED", "in_progress"), ("COMPLETE", "completed"),
             ("NOT STARTED", "planned"), ("ON HOLD", "suspended")]


def file_paged():
    fname = "paged_print.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Реестр"
    ws["A1"] = "Реестр проектов ИНО Томск - версия для печати (альбомная ориентация, 20 строк на лист)"
    ws.merge_cells("A1:M1")
    heads = ["№", "Код", "Проект", "Кластер", "Статус (status)", "Старт", "Финиш",
             "Бюджет проекта, млн ₽", "в т.ч. ОБ, млн ₽", "Профинансировано на 01.10.2024, млн ₽",
             "Готовность, %", "Куратор проекта", "Организация-инициатор"]

    def put_header(r):
        for c, h in enumerate(heads, 1):
            cell = ws.cell(row=r, column=c, value=h)
            cell.font = BOLD
            cell.alignment = CENTER

    put_header(3)
    clusters = list(CLUSTER_RU)
    records, rejected = [], []
    header_rows = [3]
    row = 4
    n_data = 24
    page_pos = 0
    for i in range(n_data):
        if page_pos == 20:
            ws.cell(row=row, column=1, value="— стр. 2 —")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=13)
            row += 1
            put_header(row)
            header_rows.append(row)
            row += 1
            page_pos = 0
        code = f"TSK-{4010 + i * 3}"
        name = new_name()
        cl = RNG.choice(clusters + [None])
        st_txt, st = EN_STATUS[i % len(EN_STATUS)]
        start = rdate(2019, 2023)
        end = start + dt.timedelta(days=RNG.randint(300, 2200))
        total = r1(RNG.uniform(40, 5200))
        reg = r1(total * RNG.choice([0.0, 0.05, 0.12]))
        paid = r1(total * RNG.uniform(0.1, 0.8))
        pct = RNG.randint(5, 100)
        org = RNG.choice(ORGS)
        cl_cell = CLUSTER_RU[cl] if cl else RNG.choice([None, "—"])
        rec = {"code": code, "name": name, "cluster": cl, "status": st, "start_date": iso(start),
               "end_date": iso(end), "total_cost_mln": total, "regional_budget_mln": reg,
               "lead_organization": org}
        if i == 9:
            cl_cell = "Кластер агробиотехнологий"
            rejected.append({"sheet": ws.title, "row": row, "column": "D", "code": code,
                             "reason": "unknown cluster 'Кластер агробиотехнологий'"})
            rec = None
        elif i == 21:
            end = start - dt.timedelta(days=200)
            rejected.append({"sheet": ws.title, "row": row, "column": "G", "code": code,
                             "reason": "end date before start date"})
            rec = None
        vals = [i + 1, code, name, cl_cell, st_txt if i % 7 else st_txt.title(), start,
                end if i % 3 else dmy(end), total, reg, paid, pct / 100.0,
                RNG.choice(PERSONS), org]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=row, column=c, value=v)
            if isinstance(v, dt.date):
                cell.number_format = "DD.MM.YYYY"
        ws.cell(row=row, column=11).number_format = "0%"
        if rec:
            records.append(rec)
        row += 1
        page_pos += 1
    ws.cell(row=row, column=3, value="ИТОГО")
    ws.cell(row=row, column=8, value=f"=SUM(H4:H{row - 1})")
    totals = row
    ws.print_title_rows = "3:3"
    fix_props(wb)
    save_wb(wb, fname)
    fields = ["code", "name", "cluster", "status", "start_date", "end_date", "total_cost_mln",
              "regional_budget_mln", "lead_organization"]
    columns = [["№", None], ["Код", "code"], ["Проект", "name"], ["Кластер", "cluster"],
               ["Статус (status)", "status"], ["Старт", "start_date"], ["Финиш", "end_date"],
               ["Бюджет проекта, млн ₽", "total_cost_mln"], ["в т.ч. ОБ, млн ₽", "regional_budget_mln"],
               ["Профинансировано на 01.10.2024, млн ₽", None], ["Готовность, %", None],
               ["Куратор проекта", None], ["Организация-инициатор", "lead_organization"]]
    notes = (f"A print-ready register: the header (row 3) is repeated as row {header_rows[1]} after 20 data "
             f"rows, preceded by a page marker row '— стр. 2 —' (row {header_rows[1] - 1}); the repeated "
             f"header and the marker are not data. Row {totals} is the ИТОГО row. Statuses are English "
             f"capitals (a few in Title case): ON TRACK and DELAYED = in_progress (a delayed project is "
             f"still being carried out, it is not suspended), COMPLETE = completed, NOT STARTED = planned, "
             f"ON HOLD = suspended. 'ОБ' = областной бюджет (regional budget). Look-alike columns not "
             f"imported: money paid to date ('Профинансировано на 01.10.2024'), a percentage "
             f"('Готовность, %'), a person ('Куратор проекта') next to the organisation column. Cluster: "
             f"full Russian names; empty or '—' = null. Finish dates are partly real dates, partly "
             f"'dd.mm.yyyy' text. Rejected: an unknown cluster and an end date before the start date.")
    exp = make_expected(fname, fields, records, rejected, columns, notes,
                        header_rows=header_rows, repeated_header_rows=header_rows[1:],
                        skipped_rows={str(header_rows[1] - 1): "page marker",
                                      str(header_rows[1]): "repeated header", str(totals): "totals"})
    save_expected(fname, exp)
    return fname


# ---------------------------------------------------------------------------
# 3. cluster_merged.xlsx - column A merged over each cluster's projects
# ---------------------------------------------------------------------------
def file_cluster_merged():
    fname = "cluster_merged.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Проекты по кластерам"
    ws["A1"] = "Перечень проектов, реализуемых участниками территориальных кластеров Томской области"
    ws.merge_cells("A1:K1")
    heads = ["Кластер", "Код", "Наименование проекта", "Территория", "Направление ИНО", "Стадия",
             "Инвестиции всего, млн руб.", "Федеральные средства, млн руб.",
             "Средства муниципального бюджета, млн руб.", "Частные инвестиции, млн руб.",
             "Создание рабочих мест (план), чел."]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=2, column=c, value=h)
        cell.font = BOLD
        cell.alignment = CENTER
    loc_spell = {"Томск": ["г. Томск", "Томск", "г.Томск"], "Северск": ["ЗАТО Северск", "г. Северск"],
                 "Асино": ["г. Асино"], "Стрежевой": ["г. Стрежевой"], "Колпашево": ["г. Колпашево"],
                 "Томский район": ["Томский район", "Томский р-н"]}
    st_ru = [("Реализация", "in_progress"), ("реализуется", "in_progress"), ("Завершён", "completed"),
             ("Планируется", "planned"), ("Приостановлен", "suspended")]
    groups = [("Нефтехимический кластер", "petrochemical", 3),
              ("Кластер ядерных технологий", "nuclear", 3),
              ("Лесопромышленный кластер", "timber", 3),
              ("Фармацевтический кластер", "pharma", 2),
              ("Кластер медицинской техники и информационных технологий", "medtech_it", 3),
              ("Кластер дикоросов", "wildlife", 2),
              ("Кластер трудноизвлекаемых запасов", "hard_to_recover", 2),
              ("Кластер новых материалов", "UNKNOWN", 1),
              ("—", None, 2)]
    records, rejected, group_rows, subtotal_rows = [], [], [], []
    row = 3
    k = 0
    for gname, gkey, size in groups:
        first = row
        for j in range(size):
            code = f"КЛ-{k + 1:02d}/24"
            name = new_name()
            loc = RNG.choice(LOCATIONS)
            wa = RNG.choice(list(WORK_AREA_RU))
            st_txt, st = RNG.choice(st_ru)
            total = r1(RNG.uniform(30, 3000))
            fed, _reg, ext = money_split(total)
            mun = r1(total * RNG.choice([0, 0.01, 0.02]))
            jobs = RNG.randint(3, 400)
            rec = {"code": code, "name": name, "cluster": gkey, "location": loc, "work_area": wa,
                   "status": st, "total_cost_mln": total, "federal_budget_mln": fed,
                   "extra_budgetary_mln": ext, "jobs_planned": jobs}
            fed_cell = fed
            if gkey == "UNKNOWN":
                rejected.append({"sheet": ws.title, "row": row, "column": "A", "code": code,
                                 "reason": "unknown cluster 'Кластер новых материалов'"})
                rec = None
            elif k == 13:
                fed_cell = -fed if fed else -12.5
                rejected.append({"sheet": ws.title, "row": row, "column": "H", "code": code,
                                 "reason": "negative amount"})
                rec = None
            if j == 0:
                ws.cell(row=row, column=1, value=gname)
            vals = [code, name, RNG.choice(loc_spell[loc]), WORK_AREA_RU[wa], st_txt, total,
                    fed_cell, mun, ext, jobs]
            for c, v in enumerate(vals, 2):
                ws.cell(row=row, column=c, value=v)
            if rec:
                records.append(rec)
            row += 1
            k += 1
        if size > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
        ws.cell(row=first, column=1).alignment = Alignment(vertical="center", wrap_text=True)
        group_rows.append({"cluster_cell": gname, "cluster": gkey if gkey != "UNKNOWN" else "unknown",
                           "rows": [first, row - 1]})
        ws.cell(row=row, column=3, value="Итого по кластеру:").font = BOLD
        ws.cell(row=row, column=7, value=f"=SUM(G{first}:G{row - 1})")
        ws.cell(row=row, column=11, value=f"=SUM(K{first}:K{row - 1})")
        subtotal_rows.append(row)
        row += 1
    ws.cell(row=row, column=3, value="Всего по кластерам").font = BOLD
    grand = row
    for col, w in zip("ABCDEFGHIJK", [30, 11, 46, 16, 30, 14, 14, 14, 14, 14, 12]):
        ws.column_dimensions[col].width = w
    fix_props(wb)
    save_wb(wb, fname)
    fields = ["code", "name", "cluster", "work_area", "location", "status", "total_cost_mln",
              "federal_budget_mln", "extra_budgetary_mln", "jobs_planned"]
    columns = [["Кластер", "cluster"], ["Код", "code"], ["Наименование проекта", "name"],
               ["Территория", "location"], ["Направление ИНО", "work_area"], ["Стадия", "status"],
               ["Инвестиции всего, млн руб.", "total_cost_mln"],
               ["Федеральные средства, млн руб.", "federal_budget_mln"],
               ["Средства муниципального бюджета, млн руб.", None],
               ["Частные инвестиции, млн руб.", "extra_budgetary_mln"],
               ["Создание рабочих мест (план), чел.", "jobs_planned"]]
    notes = (f"Header row 2. Column A (cluster) is merged vertically over each cluster's project rows, so "
             f"the cluster name is only in the first row of its group and applies to every row of the "
             f"merge. After each group comes a subtotal row 'Итого по кластеру:' (rows "
             f"{', '.join(map(str, subtotal_rows))}) and at the end 'Всего по кластерам' (row {grand}); "
             f"these are not projects. The last group is '—' = no cluster (null). Territories are written "
             f"'г. Томск', 'ЗАТО Северск', 'Томский р-н' and are given as the canonical place names. "
             f"'Стадия' holds the status ('Реализация' = in_progress). Municipal budget money is a "
             f"look-alike column and is not imported (regional_budget_mln is not in this file). "
             f"Rejected: the only project of the group 'Кластер новых материалов' (unknown cluster) and "
             f"one row with a negative federal amount.")
    exp = make_expected(fname, fields, records, rejected, columns, notes, header_row=2,
                        cluster_groups=group_rows,
                        skipped_rows={**{str(r): "cluster subtotal" for r in subtotal_rows},
                                      str(grand): "grand total"})
    save_expected(fname, exp)
    return fname


# ---------------------------------------------------------------------------
# 4. form_numbered_units.xlsx - two-level header + units row + numbering row, periods
# ---------------------------------------------------------------------------
def file_form_units():
    fname = "form_numbered_units.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Форма 2"
    ws["N1"] = "Приложение 2 к письму от 14.01.2025 № 02-15/118"
    ws["A2"] = "Сведения о ходе реализации проектов комплексной программы «ИНО Томск»"
    ws["A3"] = "по состоянию на 01.01.2025"
    ws.merge_cells("A2:Q2")
    ws.merge_cells("A3:Q3")
    # header rows 5-6, units row 7, numbering row 8
    top = {1: "№ п/п", 2: "Код проекта", 3: "Наименование проекта", 4: "Сроки реализации",
           5: "Статус реализации", 6: "Объём финансирования", 13: "Рабочие места",
           15: "Ответственный исполнитель (организация)", 16: "Контактное лицо",
           17: "Проблемные вопросы и риски"}
    sub = {6: "всего", 7: "федеральный бюджет", 8: "областной бюджет", 9: "местный бюджет",
           10: "внебюджетные источники", 11: "из них подтверждено соглашениями",
           12: "в т.ч. на 2025 год", 13: "план", 14: "факт"}
    units = {4: "гг.", 6: "тыс. руб.", 7: "тыс. руб.", 8: "тыс. руб.", 9: "тыс. руб.",
             10: "тыс. руб.", 11: "тыс. руб.", 12: "тыс. руб.", 13: "ед.", 14: "ед."}
    for c, h in top.items():
        ws.cell(row=5, column=c, value=h)
    for c, h in sub.items():
        ws.cell(row=6, column=c, value=h)
    for c, u in units.items():
        ws.cell(row=7, column=c, value=u)
    for c in range(1, 18):
        ws.cell(row=8, column=c, value=c)
        for r in (5, 6, 7, 8):
            ws.cell(row=r, column=c).alignment = CENTER
            ws.cell(row=r, column=c).font = BOLD if r < 7 else Font(italic=True)
    ws.merge_cells("F5:L5")
    ws.merge_cells("M5:N5")
    for c in (1, 2, 3, 4, 5, 15, 16, 17):
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    st_ru = [("реализуется", "in_progress"), ("Реализуется", "in_progress"), ("завершен", "completed"),
             ("Реализован", "completed"), ("планируется", "planned"), ("приостановлен", "suspended")]
    records, rejected = [], []
    row = 9
    n = 20
    for i in range(n):
        code = f"ТО-{2023 + i % 2}-{17 + i * 2:03d}"
        name = new_name()
        y0 = RNG.randint(2020, 2024)
        y1 = y0 + RNG.randint(0, 4)
        style = i % 4
        if style == 0:
            period = f"с {y0} по {y1}"
        elif style == 1:
            period = f"{y0}–{y1}"
        elif style == 2:
            period = f"с {y0} г. по {y1} г."
        else:
            period = f"{y0}-{y1} гг."
        st_txt, st = RNG.choice(st_ru)
        tot_k = RNG.randint(8_000, 4_500_000) + RNG.choice([0, 0.5, 0.3, 0.7])
        fed_k = round(tot_k * RNG.choice([0, 0.2, 0.35]), 1)
        reg_k = round(tot_k * RNG.choice([0.05, 0.1]), 1)
        mun_k = round(tot_k * RNG.choice([0, 0.01]), 1)
        ext_k = round(tot_k - fed_k - reg_k - mun_k, 1)
        conf_k = round(ext_k * RNG.choice([0, 0.5, 1.0]), 1)
        slice_k = round(tot_k * 0.2, 1)
        jp = RNG.randint(0, 250)
        jc = jp if st == "completed" else RNG.randint(0, jp)
        org = RNG.choice(ORGS)
        prob = RNG.choice([None, None, "Задержка поставки импортного оборудования",
                           "Не завершена процедура отвода земельного участка",
                           "Рост стоимости строительно-монтажных работ"])
        mln = lambda v: round(v / 1000.0, 4)
        rec = {"code": code, "name": name, "start_date": f"{y0}-01-01", "end_date": f"{y1}-12-31",
               "status": st, "total_cost_mln": mln(tot_k), "federal_budget_mln": mln(fed_k),
               "regional_budget_mln": mln(reg_k), "extra_budgetary_mln": mln(ext_k),
               "extra_budgetary_confirmed_mln": mln(conf_k), "jobs_planned": jp, "jobs_created": jc,
               "lead_organization": org, "problems": prob}
        fed_cell = fed_k if i % 3 else ru_num(fed_k, sep=" ")
        if i == 7:
            fed_cell = "уточняется"
            rejected.append({"sheet": ws.title, "row": row, "column": "G", "code": code,
                             "reason": "not a number: 'уточняется'"})
            rec = None
        elif i == 15:
            period = f"с {y1 + 2} по {y0}"
            rejected.append({"sheet": ws.title, "row": row, "column": "D", "code": code,
                             "reason": "end date before start date"})
            rec = None
        vals = [i + 1, code, name, period, st_txt, tot_k if i % 2 else ru_num(tot_k), fed_cell, reg_k,
                mun_k, ext_k, conf_k, slice_k, jp, jc, org, RNG.choice(PERSONS), prob]
        for c, v in enumerate(vals, 1):
            ws.cell(row=row, column=c, value=v)
        if rec:
            records.append(rec)
        row += 1
    last = row - 1
    ws.cell(row=row, column=3, value="ВСЕГО по программе")
    for c in range(6, 15):
        L = get_column_letter(c)
        ws.cell(row=row, column=c, value=f"=SUM({L}9:{L}{last})")
    totals = row
    ws.cell(row=row + 2, column=1, value="* Сведения о рабочих местах приводятся нарастающим итогом.")
    ws.cell(row=row + 3, column=1, value="Исполнитель: Громов В.В., тел. (3822) 51-00-00")
    fix_props(wb)
    save_wb(wb, fname)
    fields = ["code", "name", "status", "start_date", "end_date", "total_cost_mln", "federal_budget_mln",
              "regional_budget_mln", "extra_budgetary_mln", "extra_budgetary_confirmed_mln",
              "jobs_planned", "jobs_created", "lead_organization", "problems"]
    columns = [["№ п/п", None], ["Код проекта", "code"], ["Наименование проекта", "name"],
               ["Сроки реализации", "start_date+end_date"], ["Статус реализации", "status"],
               ["Объём финансирования / всего", "total_cost_mln"],
               ["Объём финансирования / федеральный бюджет", "federal_budget_mln"],
               ["Объём финансирования / областной бюджет", "regional_budget_mln"],
               ["Объём финансирования / местный бюджет", None],
               ["Объём финансирования / внебюджетные источники", "extra_budgetary_mln"],
               ["Объём финансирования / из них подтверждено соглашениями", "extra_budgetary_confirmed_mln"],
               ["Объём финансирования / в т.ч. на 2025 год", None],
               ["Рабочие места / план", "jobs_planned"], ["Рабочие места / факт", "jobs_created"],
               ["Ответственный исполнитель (организация)", "lead_organization"],
               ["Контактное лицо", None], ["Проблемные вопросы и риски", "problems"]]
    notes = ("Title rows 1-3 (row 1 is a right-hand 'Приложение' note in column N). Two-level merged "
             "header in rows 5-6; row 7 is a UNITS row ('гг.', 'тыс. руб.', 'ед.') and row 8 numbers the "
             "columns 1..17; neither is data. The money unit is only in the units row: every money column "
             "is in тыс. руб. (thousand roubles) and is given here in RUB million (value / 1000). Some "
             "amounts are Russian-style text ('1 234 567,5' with plain or non-breaking spaces). "
             "'Сроки реализации' is a period of years written 'с 2023 по 2026', '2021–2024' (en dash), "
             "'с 2022 г. по 2025 г.', '2020-2023 гг.': it fills BOTH dates; the start is read as 1 January "
             "of the first year and the end as 31 December of the last year (a period 'from year A to "
             "year B' covers whole years; the samples' 'a year alone = 31 December' is applied to the "
             "end). An importer that cannot split a period should at least give the end date. Look-alike "
             "columns not imported: row number, local (municipal) budget, a one-year slice "
             "'в т.ч. на 2025 year', the contact person. Rejected: 'уточняется' in the federal column, and "
             "a period whose end year is before its start year. Totals row 'ВСЕГО по программе' and the "
             "footnote/'Исполнитель' lines below are not projects.").replace("2025 year", "2025 год")
    exp = make_expected(fname, fields, records, rejected, columns, notes, header_rows=[5, 6],
                        units_row=7, data_rows=[9, last],
                        skipped_rows={"7": "units row", "8": "column numbers", str(totals): "totals",
                                      str(totals + 2): "footnote", str(totals + 3): "signature"},
                        money_unit="тыс. руб. (from the units row)")
    save_expected(fname, exp)
    return fname


# ---------------------------------------------------------------------------
# 5. thousand_format.xlsx - unit only in the number format, serial dates as text, hidden sheet
# ---------------------------------------------------------------------------
def file_thousand_format():
    fname = "thousand_format.xlsx"
    wb = openpyxl.Workbook()
    arch = wb.active
    arch.title = "Архив 2022"
    ws = wb.create_sheet("Сводка")
    info = wb.create_sheet("Пояснения")
    heads = ["ID", "Проект", "Кластер", "Статус", "Дата начала", "Дата завершения",
             "Полная стоимость", "Из них внебюджет", "Освоено на отчётную дату",
             "Муниципальный бюджет", "Рабочие места (план)", "Головная организация"]
    FMT = '#,##0.0" тыс. ₽"'
    for s in (arch, ws):
        for c, h in enumerate(heads, 1):
            s.cell(row=1, column=c, value=h).font = BOLD
    st_ru = [("реализуется", "in_progress"), ("завершён", "completed"), ("планируется", "planned"),
             ("приостановлен", "suspended"), ("Реализуется", "in_progress")]
    records, rejected = [], []
    n = 19
    for i in range(n):
        r = i + 2
        code = f"P10-{i + 1:03d}"
        name = new_name()
        cl = RNG.choice(list(CLUSTER_RU))
        st_txt, st = RNG.choice(st_ru)
        start = rdate(2020, 2023)
        end = start + dt.timedelta(days=RNG.randint(200, 1800))
        tot_k = RNG.randint(1_500, 2_900_000) + RNG.choice([0, 0.4, 0.8])
        ext_k = round(tot_k * RNG.choice([0.3, 0.6, 0.9]), 1)
        spent_k = round(tot_k * RNG.uniform(0.1, 0.7), 1)
        mun_k = round(tot_k * 0.01, 1) if i % 5 == 0 else None
        jobs = RNG.randint(0, 180)
        org = RNG.choice(ORGS)
        rec = {"code": code, "name": name, "cluster": cl, "status": st, "start_date": iso(start),
               "end_date": iso(end), "total_cost_mln": round(tot_k / 1000, 4),
               "extra_budgetary_mln": round(ext_k / 1000, 4), "jobs_planned": jobs,
               "lead_organization": org}
        tot_cell = tot_k
        if i == 5:
            tot_cell = -tot_k
            rejected.append({"sheet": "Сводка", "row": r, "column": "G", "code": code,
                             "reason": "negative amount"})
            rec = None
        elif i == 14:
            end = start - dt.timedelta(days=45)
            rejected.append({"sheet": "Сводка", "row": r, "column": "F", "code": code,
                             "reason": "end date before start date"})
            rec = None
        # start: serial number as TEXT in most rows, real date in others
        start_cell = str(serial(start)) if i % 3 != 2 else start
        end_cell = str(serial(end)) if i % 2 == 0 else end
        vals = [code, name, CLUSTER_RU[cl], st_txt, start_cell, end_cell, tot_cell, ext_k, spent_k,
                mun_k, jobs, org]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, dt.date):
                cell.number_format = "DD.MM.YYYY"
            elif isinstance(v, str) and c in (5, 6):
                cell.number_format = "@"
            if c in (7, 8, 9, 10):
                cell.number_format = FMT
        if rec:
            records.append(rec)
        # archive sheet: same codes, old (2022) values, different statuses
        if i < 15:
            avals = [code, name, CLUSTER_RU[cl], "планируется", dt.date(2022, 1, 1), dt.date(2022, 12, 31),
                     round(tot_k * 0.8, 1), round(ext_k * 0.5, 1), 0, None, jobs + 10, org]
            for c, v in enumerate(avals, 1):
                cell = arch.cell(row=r, column=c, value=v)
                if c in (7, 8, 9, 10):
                    cell.number_format = FMT
    arch.sheet_state = "hidden"
    info["A1"] = "Пояснения к сводке"
    info["A2"] = "Суммы указаны в тысячах рублей (см. формат ячеек)."
    info["A3"] = "Даты выгружены из учётной системы в виде порядковых номеров дней."
    info["A4"] = "Лист «Архив 2022» содержит данные прошлого года и не актуален."
    wb.active = 1
    for col, w in zip("ABCDEFGHIJKL", [10, 46, 40, 14, 12, 14, 20, 20, 20, 18, 12, 40]):
        ws.column_dimensions[col].width = w
    fix_props(wb)
    save_wb(wb, fname)
    fields = ["code", "name", "cluster", "status", "start_date", "end_date", "total_cost_mln",
              "extra_budgetary_mln", "jobs_planned", "lead_organization"]
    columns = [["ID", "code"], ["Проект", "name"], ["Кластер", "cluster"], ["Статус", "status"],
               ["Дата начала", "start_date"], ["Дата завершения", "end_date"],
               ["Полная стоимость", "total_cost_mln"], ["Из них внебюджет", "extra_budgetary_mln"],
               ["Освоено на отчётную дату", None], ["Муниципальный бюджет", None],
               ["Рабочие места (план)", "jobs_planned"], ["Головная организация", "lead_organization"]]
    notes = ("Three sheets: 'Архив 2022' (FIRST in the workbook, HIDDEN, last year's values for 15 of the "
             "same codes) must be ignored; 'Сводка' (active, header row 1, data rows 2-20) is the data; "
             "'Пояснения' is text. The money headers carry no unit: the unit is only in the cells' number "
             "format '#,##0.0\" тыс. ₽\"' (shown in Russian Excel as '1 234,5 тыс. ₽'), so the amounts "
             "are thousand roubles and are given here in RUB million (value / 1000). Most dates are Excel "
             "serial day numbers stored as TEXT in text-formatted cells ('44927' = 2023-01-01); the others "
             "are real dates. Look-alikes not imported: money spent to date ('Освоено на отчётную дату') "
             "and the municipal budget. Rejected: a negative total and an end date before the start.")
    exp = make_expected(fname, fields, records, rejected, columns, notes, data_sheet="Сводка",
                        header_row=1, data_rows=[2, n + 1],
                        sheets=[{"sheet": "Архив 2022", "hidden": True, "data": False},
                                {"sheet": "Сводка", "hidden": False, "data": True},
                                {"sheet": "Пояснения", "hidden": False, "data": False}],
                        money_unit="тыс. руб. (number format only)")
    save_expected(fname, exp)
    return fname


# ---------------------------------------------------------------------------
# 6. export_ais.csv - cp1251 CSV with a title line, English-capital statuses, periods
# ---------------------------------------------------------------------------
def file_csv():
    fname = "export_ais.csv"
    lines = [["Выгрузка из АИС «Мониторинг проектов» от 15.01.2025 10:42"], []]
    header = ["Код", "Название", "Кластер", "Статус", "Период реализации", "Стоимость, млн руб.",
              "Внебюджет, млн руб.", "Доля софинансирования, %", "Ответственный",
              "Организация-заявитель", "Проблемы"]
    lines.append(header)
    records, rejected = [], []
    n = 17
    en_cluster = {"petrochemical": "Petrochemical cluster", "nuclear": "Nuclear technologies cluster",
                  "timber": "Timber cluster", "pharma": "Pharmaceutical cluster",
                  "medtech_it": "Medical equipment and IT cluster", "wildlife": "Wildlife resources cluster",
                  "hard_to_recover": "Hard-to-recover resources cluster"}
    for i in range(n):
        line_no = len(lines) + 1
        code = f"AIS-{7700 + i * 11}"
        name = new_name()
        if i == 4:
            name = name + "; этап 2 («пилот»)"
        cl = RNG.choice(list(CLUSTER_RU) + [None])
        cl_txt = (CLUSTER_RU[cl] if i % 2 else en_cluster[cl]) if cl else RNG.choice(["", "—"])
        st_txt, st = EN_STATUS[(i * 3) % len(EN_STATUS)]
        y0 = RNG.randint(2019, 2024)
        y1 = y0 + RNG.randint(1, 4)
        period = f"с {y0} по {y1}" if i % 2 else f"{y0}-{y1}"
        total = r1(RNG.uniform(5, 900))
        ext = r1(total * RNG.choice([0.4, 0.7, 1.0]))
        ext_txt = ru_num(ext, sep="") if i % 6 else "—"
        share = RNG.randint(10, 90)
        prob = RNG.choice(["", "", "Нет подтверждения софинансирования от инвестора"])
        rec = {"code": code, "name": name, "cluster": cl, "status": st, "start_date": f"{y0}-01-01",
               "end_date": f"{y1}-12-31", "total_cost_mln": total,
               "extra_budgetary_mln": ext if i % 6 else None, "lead_organization": None,
               "problems": prob or None}
        org = RNG.choice(ORGS)
        rec["lead_organization"] = org
        tot_txt = ru_num(total, sep="")
        if i == 10:
            tot_txt = "по согласованию"
            rejected.append({"sheet": None, "row": line_no, "column": "F", "code": code,
                             "reason": "not a number: 'по согласованию'"})
            rec = None
        lines.append([code, name, cl_txt, st_txt, period, tot_txt, ext_txt, f"{share}%",
                      RNG.choice(PERSONS), org, prob])
        if rec:
            records.append(rec)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    for l in lines:
        w.writerow(l)
    with open(os.path.join(HERE, fname), "wb") as fh:
        fh.write(buf.getvalue().encode("cp1251"))
    fields = ["code", "name", "cluster", "status", "start_date", "end_date", "total_cost_mln",
              "extra_budgetary_mln", "lead_organization", "problems"]
    columns = [["Код", "code"], ["Название", "name"], ["Кластер", "cluster"], ["Статус", "status"],
               ["Период реализации", "start_date+end_date"], ["Стоимость, млн руб.", "total_cost_mln"],
               ["Внебюджет, млн руб.", "extra_budgetary_mln"], ["Доля софинансирования, %", None],
               ["Ответственный", None], ["Организация-заявитель", "lead_organization"],
               ["Проблемы", "problems"]]
    notes = ("CSV, Windows-1251, ';' separator, CRLF. Line 1 is an export title ('Выгрузка из АИС ...'), "
             "line 2 is empty, line 3 is the header; data lines 4-20. Decimal comma, no thousands "
             "separator. Clusters alternate between the Russian and the English canonical names; empty or "
             "'—' = null. Statuses are English capitals (ON TRACK/DELAYED = in_progress, COMPLETE = "
             "completed, NOT STARTED = planned, ON HOLD = suspended). 'Период реализации' ('с 2021 по "
             "2024' or '2021-2024') fills start_date = 1 January of the first year and end_date = 31 "
             "December of the last year. A '—' extra-budgetary amount is unknown (null). One name contains "
             "';' and quotes and is enclosed in double quotes. Look-alikes not imported: a percentage and a "
             "person ('Ответственный'). Rejected: line with 'по согласованию' in the cost column. 'row' is "
             "the CSV line number; 'sheet' is null.")
    exp = make_expected(fname, fields, records, rejected, columns, notes, encoding="cp1251",
                        delimiter=";", header_line=3, skipped_rows={"1": "export title", "2": "empty"})
    save_expected(fname, exp)
    return fname


# ---------------------------------------------------------------------------
def resave(made):
    """Convert with LibreOffice into resaved/: plan_fakt_pairs -> xls, cluster_merged -> ods,
    thousand_format -> xls."""
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice not found: resaved/ skipped")
        return []
    out = os.path.join(HERE, "resaved")
    os.makedirs(out, exist_ok=True)
    done = []
    for src, fmt in [("plan_fakt_pairs.xlsx", "xls"), ("cluster_merged.xlsx", "ods"),
                     ("thousand_format.xlsx", "xls")]:
        subprocess.run([soffice, "--headless", "--convert-to", fmt, "--outdir", out,
                        os.path.join(HERE, src)], check=True, capture_output=True, timeout=180)
        new = os.path.splitext(src)[0] + "." + fmt
        with open(os.path.join(HERE, os.path.splitext(src)[0] + ".expected.json"), encoding="utf-8") as fh:
            exp = json.load(fh)
        exp["file"] = new
        exp["notes"] = (f"{src} re-saved by LibreOffice as .{fmt} (same records, rows and rejections). "
                        + exp["notes"])
        exp["resaved_from"] = src
        with open(os.path.join(out, os.path.splitext(new)[0] + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        done.append(new)
    return done


def main():
    made = [file_plan_fakt(), file_paged(), file_cluster_merged(), file_form_units(),
            file_thousand_format(), file_csv()]
    print("written:", ", ".join(made))
    if "--resave" in sys.argv:
        print("resaved:", ", ".join(resave(made)))


if __name__ == "__main__":
    main()
