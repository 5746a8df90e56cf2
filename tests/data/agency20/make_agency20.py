#!/usr/bin/env python3
"""Generator of the agency20 evaluation set (independent of the importer).

Run:  /work/main/.venv/bin/python tests/data/agency20/make_agency20.py

Deterministic: fixed random seed, fixed timestamps.  Writes the workbooks and
their NAME.expected.json next to this script.  Half of the files are a federal
ministry's monitoring form ("Сведения о ходе реализации ..."), half an
investor's analyst's own spreadsheet (English/Russian mixed).
"""
import csv
import datetime as dt
import io
import json
import random
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

OUT = Path(__file__).resolve().parent
NBSP = "\u00a0"
FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
          "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
          "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created", "lead_organization", "problems"]
FIXED_TIME = dt.datetime(2026, 4, 6, 9, 0, 0)

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
# how a ministry clerk names the municipality
MO_RU = {"Томск": "г. Томск", "Северск": "ЗАТО Северск", "Асино": "г. Асино",
         "Стрежевой": "г. Стрежевой", "Колпашево": "г. Колпашево", "Томский район": "Томский район"}
OKTMO = {"Томск": "69701000", "Северск": "69741000", "Асино": "69608101",
         "Стрежевой": "69710000", "Колпашево": "69636101", "Томский район": "69654000"}


def ordered(rec, fields):
    return {f: rec.get(f) for f in fields}


def ru_num(x, nbsp=True, decimals=1):
    """1234.5 -> '1 234,5' (NBSP or plain space as thousands separator)."""
    s = f"{x:,.{decimals}f}"
    sep = NBSP if nbsp else " "
    return s.replace(",", "\u2009").replace(".", ",").replace("\u2009", sep)


def ru_num_plain(x, decimals=1):
    return f"{x:.{decimals}f}".replace(".", ",")


def iso(d):
    return d.isoformat() if d else None


def dmy(d):
    return d.strftime("%d.%m.%Y")


def quarter_end(y, q):
    return {1: dt.date(y, 3, 31), 2: dt.date(y, 6, 30), 3: dt.date(y, 9, 30), 4: dt.date(y, 12, 31)}[q]


def money_parts(rng, total_range, fed_share=0.3, reg_share=0.1, mun=False):
    """Amounts in tenths of RUB million (ints) so that sums are exact."""
    total = rng.randint(*total_range)
    fed = int(total * rng.uniform(0, fed_share)) if rng.random() < 0.75 else 0
    reg = int(total * rng.uniform(0.02, reg_share)) if rng.random() < 0.8 else 0
    m = int(total * rng.uniform(0.005, 0.03)) if (mun and rng.random() < 0.5) else 0
    extra = total - fed - reg - m
    return total, fed, reg, m, extra


def save_wb(wb, path):
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.creator = "agency20"
    wb.save(path)
    normalise_zip(path)


def normalise_zip(path, patch=None):
    """Rewrite the zip with fixed timestamps (deterministic bytes); optionally patch members."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if patch and name in patch:
                data = patch[name](data)
            if name == "docProps/core.xml":  # openpyxl stamps 'modified' with the current time
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>2026-04-06T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 4, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def write_expected(name, exp):
    (OUT / f"{name}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")


BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")

# ---------------------------------------------------------------------------
# 1. Federal ministry form, I quarter: merged two-level header
# ---------------------------------------------------------------------------
Q1_PROJECTS = [
    # code, name, cluster, work_area, location, status_written, status, start, end-spec, lead org
    ("INO-0601", "Строительство производственного корпуса радиофармпрепаратов в Северске", "nuclear", "industry",
     "Северск", "реализуется", "in_progress", dt.date(2025, 3, 17), ("date", dt.date(2027, 11, 30)),
     "АО «Сибирский химический комбинат»"),
    ("INO-0602", "Создание центра ядерной медицины на базе Томского политехнического университета", "nuclear",
     "science_education", "Томск", "Реализуется", "in_progress", dt.date(2024, 9, 2), ("text", dt.date(2026, 12, 25)),
     "ФГАОУ ВО «Национальный исследовательский Томский политехнический университет»"),
    ("INO-0603", "Модернизация лесопильного производства в г. Асино", "timber", "industry", "Асино",
     "завершено", "completed", dt.date(2023, 5, 15), ("date", dt.date(2025, 12, 20)), "ООО «Асиновский ЛПК»"),
    ("INO-0604", "Производство топливных пеллет из отходов лесопиления", "timber", "industry", "Колпашево",
     "планируется", "planned", dt.date(2026, 6, 1), ("quarter_ru", 2027, 4), "ООО «Кеть-Биотопливо»"),
    ("INO-0605", "Завод по глубокой переработке кедрового ореха", "wildlife", "industry", "Томский район",
     "реализуется ", "in_progress", dt.date(2025, 4, 10), ("year_num", 2027), "ООО «Сибирский кедровый дом»"),
    ("INO-0606", "Цех сублимационной сушки ягод и грибов", "wildlife", "innovation_business", "Колпашево",
     "реализуется", "in_progress", dt.date(2025, 8, 1), ("text", dt.date(2026, 10, 31)), "ООО «Нарымские дары»"),
    ("INO-0607", "Опытный полигон по разработке трудноизвлекаемых запасов нефти", "hard_to_recover", "industry",
     "Стрежевой", "реализуется", "in_progress", dt.date(2024, 2, 1), ("date", dt.date(2028, 12, 1)),
     "АО «Томскнефть» ВНК"),
    ("INO-0608", "Центр исследований цифрового керна", "hard_to_recover", "science_education", "Томск",
     "Завершено", "completed", dt.date(2023, 9, 1), ("text", dt.date(2025, 11, 28)),
     "ООО «Томский нефтяной инжиниринг»"),
    ("INO-0609", "Производство полиэтиленовых труб большого диаметра", "petrochemical", "industry", "Томск",
     "приостановлено", "suspended", dt.date(2024, 6, 3), ("year_text_g", 2029), "ООО «Томскнефтехим»"),
    ("INO-0610", "Выпуск метанола из попутного нефтяного газа", "petrochemical", "industry", "Стрежевой",
     "планируется", "planned", dt.date(2026, 9, 1), ("quarter_word", 2028, 3), "ООО «Стрежевской ГПЗ»"),
    ("INO-0611", "Производство готовых лекарственных форм противовирусных препаратов", "pharma", "industry",
     "Томский район", "реализуется", "in_progress", dt.date(2025, 1, 20), ("date", dt.date(2027, 6, 30)),
     "АО «Томский фармацевтический завод»"),
    ("INO-0612", "Центр доклинических исследований «БиоТом»", "pharma", "science_education", "Томск",
     "реализуется", "in_progress", dt.date(2025, 2, 14), ("text", dt.date(2026, 12, 15)),
     "ФГБОУ ВО «Сибирский государственный медицинский университет» Минздрава России"),
    ("INO-0613", "Разработка и серийный выпуск носимых кардиомониторов", "medtech_it", "innovation_business", "Томск",
     "реализуется", "in_progress", dt.date(2025, 5, 5), ("date", dt.date(2027, 3, 31)), "ООО «Кардиотех»"),
    ("INO-0614", "Платформа «Умный двор» для управляющих компаний", None, "smart_city", "Томск",
     "завершено", "completed", dt.date(2024, 3, 1), ("date", dt.date(2025, 10, 15)),
     "МКУ «Томск – умный город»"),
    ("INO-0615", "Интеллектуальная система управления светофорными объектами", "—", "smart_city", "Томск",
     "планируется", "planned", dt.date(2026, 7, 1), ("year_num", 2028), "Департамент дорожной деятельности администрации Города Томска"),
    ("INO-0616", "Региональный центр поддержки экспорта: расширение услуг", None, "business_environment", "Томск",
     "реализуется", "in_progress", dt.date(2025, 1, 9), ("text", dt.date(2026, 12, 31)),
     "АНО «Центр поддержки экспорта Томской области»"),
    ("INO-0617", "Технопарк «Северский» (второй производственный корпус)", "nuclear", "business_environment",
     "Северск", "Реализуется", "in_progress", dt.date(2024, 11, 11), ("date", dt.date(2027, 9, 1)),
     "АО «ОЭЗ ТВТ «Томск»"),
    ("INO-0618", "Студенческий технопарк радиоэлектроники", "medtech_it", "science_education", "Томск",
     "планируется", "planned", dt.date(2026, 9, 1), ("quarter_ru", 2027, 2),
     "ФГБОУ ВО «Томский государственный университет систем управления и радиоэлектроники»"),
    ("INO-0619", "Производство изделий из титановых сплавов методом аддитивных технологий", None, "industry",
     "Северск", "приостановлено", "suspended", dt.date(2024, 4, 15), ("date", dt.date(2026, 12, 31)),
     "ООО «Северские аддитивные технологии»"),
    ("INO-0620", "Производство напитков и сиропов из берёзового сока", "wildlife", "innovation_business",
     "Томский район", "реализуется", "in_progress", dt.date(2025, 3, 3), ("text", dt.date(2026, 9, 30)),
     "ООО «Берёзовый край»"),
    ("INO-0621", "Реконструкция набережной реки Томи с цифровой навигацией", "—", "smart_city", "Томск",
     "реализуется", "in_progress", dt.date(2024, 5, 20), ("date", dt.date(2027, 10, 1)),
     "Администрация Города Томска"),
    ("INO-0622", "Муниципальный бизнес-инкубатор в Колпашево", None, "business_environment", "Колпашево",
     "Завершено", "completed", dt.date(2023, 4, 1), ("date", dt.date(2025, 6, 30)),
     "Администрация Колпашевского района"),
    # rejected rows (see Q1_REJECT)
    ("INO-0623", "Производство плит OSB (этап II)", "timber", "industry", "Асино",
     "планируется", "planned", dt.date(2027, 3, 1), ("date", dt.date(2026, 12, 1)), "ООО «Асиновский ЛПК»"),
    ("INO-0624", "Центр обработки данных «Сибирь-2»", "medtech_it", "smart_city", "Томск",
     "планируется", "planned", dt.date(2026, 5, 1), ("date", dt.date(2028, 6, 30)), "ООО «Томские облачные сервисы»"),
]
# rows placed at these positions within the data block (0-based) instead of the end
Q1_ORDER = ["INO-0601", "INO-0602", "INO-0603", "INO-0604", "INO-0605", "INO-0606", "INO-0623", "INO-0607",
            "INO-0608", "INO-0609", "INO-0610", "INO-0611", "INO-0612", "INO-0613", "INO-0614", "INO-0624",
            "INO-0615", "INO-0616", "INO-0617", "INO-0618", "INO-0619", "INO-0620", "INO-0621", "INO-0622"]
OKVED = {"nuclear": "24.46", "timber": "16.10", "wildlife": "10.39", "hard_to_recover": "06.10",
         "petrochemical": "20.16", "pharma": "21.20", "medtech_it": "26.60", None: "84.11", "—": "72.19"}
CONTACTS = ["Смирнова Е.А., (3822) 51-42-10", "Петров И.В., 8-913-825-14-03", "Кузнецова О.Н., (3822) 90-11-27",
            "Ильин Д.С., (38241) 2-15-60", "Гаврилова М.П., (3823) 54-02-11", "Тихонов А.А., (3822) 70-33-45"]
PERMIT = ["получено", "не требуется", "на государственной экспертизе", "в работе", "получено", "не требуется"]
PROBLEMS_Q1 = {
    "INO-0601": "Задержка поставки импортного циклотрона; ведется поиск альтернативного поставщика",
    "INO-0604": "Не оформлен земельный участок под площадку",
    "INO-0607": "—",
    "INO-0609": "Инвестор приостановил финансирование до пересмотра бизнес-плана",
    "INO-0610": "Требуется включение в схему территориального планирования",
    "INO-0613": "Регистрационное удостоверение Росздравнадзора ожидается во II квартале",
    "INO-0619": "Банк отказал в кредите; проект приостановлен",
    "INO-0621": "—",
}
NOTES_Q1 = {"INO-0602": "данные уточнены 25.03.2026", "INO-0605": "см. письмо от 12.03.2026 № 14-07/311",
            "INO-0614": "объект введен", "INO-0617": "по данным ОЭЗ"}


def end_cell(spec):
    """Return (cell value, number_format or None, canonical date) for an end-date spec."""
    kind = spec[0]
    if kind == "date":
        return dt.datetime.combine(spec[1], dt.time()), "DD.MM.YYYY", spec[1]
    if kind == "text":
        return dmy(spec[1]), None, spec[1]
    if kind == "quarter_ru":
        y, q = spec[1], spec[2]
        return f"{['I', 'II', 'III', 'IV'][q - 1]} кв. {y}", None, quarter_end(y, q)
    if kind == "quarter_word":
        y, q = spec[1], spec[2]
        return f"{['I', 'II', 'III', 'IV'][q - 1]} квартал {y} г.", None, quarter_end(y, q)
    if kind == "quarter_en":
        y, q = spec[1], spec[2]
        return f"Q{q} {y}", None, quarter_end(y, q)
    if kind == "year_num":
        return spec[1], "General", dt.date(spec[1], 12, 31)
    if kind == "year_text":
        return str(spec[1]), None, dt.date(spec[1], 12, 31)
    if kind == "year_text_g":
        return f"{spec[1]} г.", None, dt.date(spec[1], 12, 31)
    raise ValueError(kind)


def build_q1(rng):
    name = "fed_svedeniya_2026q1.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Форма 1-ИНО"
    ncol = 29
    ws["A1"] = "Сведения о ходе реализации мероприятий (объектов) программы «ИНО Томск»"
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "по состоянию на 01.04.2026 (I квартал 2026 года)"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A3"] = "Ответственный исполнитель программы: Департамент инвестиций Томской области"
    ws["A1"].font = Font(bold=True, size=13)
    single = [  # (col, header, field)
        (1, "№ п/п", None), (2, "Код мероприятия", "code"), (3, "Наименование мероприятия (объекта)", "name"),
        (4, "Кластер", "cluster"), (5, "Направление", "work_area"), (6, "Муниципальное образование", "location"),
        (7, "Код ОКТМО", None), (8, "Код по ОКВЭД", None), (9, "Ответственный исполнитель", "lead_organization"),
        (10, "Контактное лицо (Ф.И.О., телефон)", None),
        (13, "Статус мероприятия", "status"), (14, "Статус разрешения на строительство", None),
        (24, "Освоено на отч. дату, млн рублей", None), (25, "Степень готовности, %", None),
        (28, "Проблемные вопросы", "problems"), (29, "Примечание", None),
    ]
    groups = [  # (first col, top, [(sub, field)])
        (11, "Сроки реализации", [("начало", "start_date"), ("плановый срок ввода", "end_date")]),
        (15, "Объем финансового обеспечения, млн рублей",
         [("всего", "total_cost_mln"), ("из них: средства федерального бюджета", "federal_budget_mln"),
          ("средства областного бюджета", "regional_budget_mln"), ("средства местных бюджетов", None),
          ("внебюджетные источники", "extra_budgetary_mln"),
          ("из них внебюджетные, подтвержденные соглашениями", "extra_budgetary_confirmed_mln")]),
        (21, "в том числе по годам, млн рублей", [("2026 год", None), ("2027 год", None), ("2028 год", None)]),
        (26, "Количество создаваемых рабочих мест, ед.", [("план", "jobs_planned"), ("факт", "jobs_created")]),
    ]
    columns = {}
    for c, h, f in single:
        ws.cell(4, c, h)
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
        columns[c] = (h, f)
    for c0, top, subs in groups:
        ws.cell(4, c0, top)
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + len(subs) - 1)
        for i, (sub, f) in enumerate(subs):
            ws.cell(5, c0 + i, sub)
            columns[c0 + i] = (f"{top} / {sub}", f)
    for r in (4, 5):
        for c in range(1, ncol + 1):
            ws.cell(r, c).font = BOLD
            ws.cell(r, c).alignment = WRAP
    for c in range(1, ncol + 1):
        ws.cell(6, c, c)
        ws.cell(6, c).alignment = Alignment(horizontal="center")
    ws.column_dimensions["C"].width = 48
    ws.column_dimensions["I"].width = 36

    by_code = {p[0]: p for p in Q1_PROJECTS}
    records, rejected, text_money, text_dates = [], [], 0, 0
    sums = {c: 0 for c in range(15, 25)}
    state = {}
    r = 7
    for i, code in enumerate(Q1_ORDER):
        (code, pname, cl, wa, loc, st_w, st, start, endspec, lead) = by_code[code]
        total, fed, reg, mun, extra = money_parts(rng, (150, 48000), mun=True)
        conf = int(extra * rng.choice([1, 1, 0.8, 0.55, 0.3, 0]))
        jp = rng.randrange(10, 400, 5)
        jc = 0 if st == "planned" else (jp if st == "completed" else rng.randrange(0, jp, 1))
        y26 = int(total * rng.uniform(0.1, 0.35))
        y27 = int(total * rng.uniform(0.05, 0.3)) if endspec[-1] != 2026 else 0
        y28 = int(total * rng.uniform(0, 0.15))
        spent = int(total * rng.uniform(0.05, 0.9)) if st != "planned" else 0
        ready = 100 if st == "completed" else (0 if st == "planned" else rng.randrange(5, 95, 5))
        vals = {1: i + 1, 2: code, 3: pname,
                4: (CLUSTER_RU.get(cl, cl) if cl else None), 5: WORK_AREA_RU[wa], 6: MO_RU[loc],
                7: OKTMO[loc], 8: OKVED[cl], 9: lead, 10: CONTACTS[i % len(CONTACTS)],
                13: st_w, 14: PERMIT[i % len(PERMIT)], 24: spent / 10, 25: ready,
                26: jp, 27: jc, 28: PROBLEMS_Q1.get(code), 29: NOTES_Q1.get(code)}
        if cl == "petrochemical" and i % 2:
            vals[4] = "Нефтехимический"
        # start date: every third as text
        if i % 3 == 1:
            vals[11] = dmy(start)
            text_dates += 1
        else:
            vals[11] = dt.datetime.combine(start, dt.time())
        ev, efmt, end = end_cell(endspec)
        if isinstance(ev, str):
            text_dates += 1
        vals[12] = ev
        money = {15: total, 16: fed, 17: reg, 18: mun, 19: extra, 20: conf, 21: y26, 22: y27, 23: y28}
        for c, v in money.items():
            if i % 4 == 2 and c in (15, 19) or i % 5 == 3 and c in (16, 20):
                vals[c] = ru_num(v / 10, nbsp=(i % 2 == 0))
                if c in (15, 16, 19, 20):
                    text_money += 1
            elif c in (18, 21, 22, 23) and v == 0:
                vals[c] = "—" if c == 18 else 0
            else:
                vals[c] = v / 10
        reject = None
        if code == "INO-0623":
            reject = {"sheet": ws.title, "row": r, "reason": "end date before start date",
                      "column": "L", "code": code}
        if code == "INO-0624":
            vals[16] = "уточняется"
            reject = {"sheet": ws.title, "row": r, "reason": "not a number: 'уточняется'",
                      "column": "P", "code": code}
        for c, v in vals.items():
            cell = ws.cell(r, c, v)
            if isinstance(v, dt.datetime):
                cell.number_format = "DD.MM.YYYY"
            elif isinstance(v, float):
                cell.number_format = "#,##0.0"
        if efmt == "General":
            ws.cell(r, 12).number_format = "General"
        for c in range(15, 25):
            if isinstance(vals.get(c), float):
                sums[c] += round(vals[c] * 10)
        if reject:
            rejected.append(reject)
        else:
            prob = PROBLEMS_Q1.get(code)
            rec = {"code": code, "name": pname, "cluster": cl if cl in CLUSTER_RU else None, "work_area": wa,
                   "location": loc, "status": st, "start_date": iso(start), "end_date": iso(end),
                   "total_cost_mln": total / 10, "federal_budget_mln": fed / 10, "regional_budget_mln": reg / 10,
                   "extra_budgetary_mln": extra / 10, "extra_budgetary_confirmed_mln": conf / 10,
                   "jobs_planned": jp, "jobs_created": jc, "lead_organization": lead,
                   "problems": None if prob in (None, "—") else prob}
            records.append(ordered(rec, FIELDS))
            state[code] = rec
        r += 1
    last = r - 1
    ws.cell(r, 3, "Итого по программе")
    ws.cell(r, 3).font = BOLD
    for c in range(15, 25):
        ws.cell(r, c, sums[c] / 10).number_format = "#,##0.0"
    ws.cell(r + 2, 1, "* Объем финансового обеспечения указывается с учетом средств местных бюджетов; "
                      "графы 21-23 заполняются в соответствии с утвержденным графиком финансирования.")
    ws.cell(r + 3, 1, "Руководитель ответственного исполнителя ______________ / ________________ /")
    ws.freeze_panes = "D7"
    save_wb(wb, OUT / name)
    exp = {
        "file": name, "refused": False, "fields": FIELDS, "record_count": len(records), "records": records,
        "rejected": rejected,
        "columns": [[columns[c][0], columns[c][1]] for c in sorted(columns)],
        "header_rows": [4, 5], "data_rows": [7, last],
        "skipped_rows": {"6": "column numbers", str(r): "totals", str(r + 2): "footnote", str(r + 3): "signature line"},
        "notes": (
            "Federal-ministry style monitoring form on one sheet 'Форма 1-ИНО'. Title rows 1-3 (row 3 names the "
            "programme's responsible body, not a project's). Two-level merged header in rows 4-5 (single columns "
            "merged vertically, groups 'Сроки реализации', 'Объем финансового обеспечения, млн рублей', 'в том числе "
            "по годам, млн рублей', 'Количество создаваемых рабочих мест, ед.'); row 6 numbers the columns 1-29. "
            f"Data rows 7-{last}; row {r} 'Итого по программе' is the totals row; rows {r + 2}-{r + 3} are a footnote "
            "and a signature line. Look-alike columns that are NOT imported: '№ п/п'; 'Код ОКТМО' (municipality code, "
            "the place comes from 'Муниципальное образование'); 'Код по ОКВЭД' (an activity code, not the project "
            "code — the code is 'Код мероприятия'); 'Контактное лицо' (a person); 'Статус разрешения на "
            "строительство' (status of a permit, not of the project; it even contains 'в работе'); 'средства местных "
            "бюджетов' (municipal budget, no canonical field; therefore total = federal + regional + municipal + "
            "extra-budgetary, not the sum of the imported parts); the one-year slices '2026 год', '2027 год', "
            "'2028 год'; 'Освоено на отч. дату' (money spent to date); 'Степень готовности, %'; 'Примечание'. "
            "Places are written as municipalities: 'г. Томск' = Томск, 'ЗАТО Северск' = Северск, 'г. Асино' = Асино, "
            "'г. Стрежевой' = Стрежевой, 'г. Колпашево' = Колпашево. Statuses are the neuter forms of a 'мероприятие': "
            "'реализуется' = in_progress, 'завершено' = completed, 'планируется' = planned, 'приостановлено' = "
            "suspended (one with a trailing space). Cluster: full names; 'Нефтехимический' (short) = petrochemical; "
            "empty or '—' = no cluster. Work area: the full Russian names. "
            f"{text_money} money cells of the imported columns are text such as '1 234,5' (NBSP or plain space, "
            f"decimal comma); {text_dates} start/end cells are text. 'плановый срок ввода' -> end_date: real dates, "
            "'dd.mm.yyyy' text, 'IV кв. 2027' / 'II кв. 2027' (quarter end), 'III квартал 2028 г.' (2028-09-30), "
            "a year as a number in a General cell (2027, 2028 -> 31 December) and '2029 г.' (year as text with "
            "'г.' -> 2029-12-31). 'Проблемные вопросы' of '—' is null. Rejected: row of INO-0623 (плановый срок "
            "ввода 01.12.2026 before the start 01.03.2027) and row of INO-0624 (federal budget 'уточняется', text in a "
            "number column)."),
    }
    write_expected(name, exp)
    return state, [c for c in Q1_ORDER if c in state]


# ---------------------------------------------------------------------------
# 2. Update of file 1 (II quarter): by code, by name, new codes
# ---------------------------------------------------------------------------
def build_q2(state, base_order):
    name = "fed_svedeniya_2026q2.xlsx"
    base = "fed_svedeniya_2026q1.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "II квартал 2026"
    ws["A1"] = "Сведения о ходе реализации мероприятий (объектов) программы «ИНО Томск» — актуализация"
    ws["A2"] = "по состоянию на 01.07.2026 (II квартал 2026 года); изменившиеся и новые мероприятия"
    headers = [("Код мероприятия", "code"), ("Наименование мероприятия (объекта)", "name"),
               ("Статус мероприятия", "status"), ("Плановый срок ввода", "end_date"),
               ("Объем финансового обеспечения, всего, млн рублей", "total_cost_mln"),
               ("из них: средства федерального бюджета, млн рублей", "federal_budget_mln"),
               ("Освоено на отч. дату, млн рублей", None), ("Степень готовности, %", None),
               ("Количество рабочих мест, факт", "jobs_created")]
    for c, (h, f) in enumerate(headers, 1):
        ws.cell(4, c, h).font = BOLD
        ws.cell(4, c).alignment = WRAP
    ws.column_dimensions["B"].width = 50
    S = {k: dict(v) for k, v in state.items()}
    changed, new_codes, matched = [], [], []
    # rows: (code in file or None, name in file, status written, status, end cell spec, total, fed, spent, ready, jobs)
    rows = []

    def known(code, status_w=None, status=None, endspec=None, total=None, fed=None, jc=None, name_in_file=None,
              diff=None, spent=None, ready=None):
        p = S[code]
        st_w = status_w or {"planned": "планируется", "in_progress": "реализуется", "completed": "завершено",
                            "suspended": "приостановлено"}[p["status"]]
        new = dict(p)
        if status:
            new["status"] = status
        if endspec:
            new["end_date"] = iso(end_cell(endspec)[2])
        if total is not None:
            new["total_cost_mln"] = total
        if fed is not None:
            new["federal_budget_mln"] = fed
        if jc is not None:
            new["jobs_created"] = jc
        es = endspec or ("date", dt.date.fromisoformat(p["end_date"]))
        rows.append(dict(code=None if name_in_file else code, name=name_in_file or p["name"], st_w=st_w,
                         endspec=es, total=new["total_cost_mln"], fed=new["federal_budget_mln"],
                         spent=spent if spent is not None else round(new["total_cost_mln"] * 0.4, 1),
                         ready=ready if ready is not None else 40, jc=new["jobs_created"], target=code, diff=diff))
        if new != p:
            changed.append(code)
        S[code] = new

    known("INO-0601", jc=S["INO-0601"]["jobs_created"] + 12, ready=55)
    known("INO-0604", status_w="Реализуется", status="in_progress", ready=10)
    known("INO-0611", ready=70)  # re-sent unchanged
    known("INO-0609", status_w="реализуется", status="in_progress",
          endspec=("quarter_ru", 2029, 2), ready=35)
    known("INO-0606", status_w="завершено", status="completed", endspec=("text", dt.date(2026, 6, 26)),
          jc=S["INO-0606"]["jobs_planned"], ready=100)
    known("INO-0613", total=round(S["INO-0613"]["total_cost_mln"] + 48.6, 1), ready=60)
    known("INO-0617", ready=45)  # unchanged
    # name-matched rows (empty code)
    known("INO-0620", name_in_file="Производство напитков и сиропов из березового сока",
          diff="ё written as е", jc=S["INO-0620"]["jobs_created"] + 7, ready=65)
    known("INO-0612", name_in_file="Центр доклинических исследований \"БиоТом\"", diff="«» quotes written as \"\"",
          ready=80)
    known("INO-0616", name_in_file="РЕГИОНАЛЬНЫЙ ЦЕНТР ПОДДЕРЖКИ ЭКСПОРТА: РАСШИРЕНИЕ УСЛУГ", diff="upper case",
          status_w="завершено", status="completed", endspec=("text", dt.date(2026, 6, 30)), ready=100)
    known("INO-0605", name_in_file="Завод  по глубокой переработке кедрового ореха ", diff="double space, trailing space",
          fed=round(S["INO-0605"]["federal_budget_mln"] + 120.0, 1), total=round(S["INO-0605"]["total_cost_mln"] + 120.0, 1),
          ready=50)
    # new projects
    news = [("INO-0625", "Линия розлива минеральной воды «Чажемто»", "планируется", "planned", ("year_num", 2028),
             412.7, 0.0, 0),
            ("INO-0626", "Опытное производство сорбентов для ядерной медицины", "реализуется", "in_progress",
             ("text", dt.date(2027, 12, 20)), 286.4, 95.0, 14),
            ("INO-0627", "Цифровая платформа мониторинга лесных пожаров", "планируется", "planned",
             ("quarter_ru", 2027, 3), 58.3, 20.5, 0)]
    for code, pname, st_w, st, es, total, fed, jc in news:
        rows.append(dict(code=code, name=pname, st_w=st_w, endspec=es, total=total, fed=fed,
                         spent=0.0 if st == "planned" else round(total * 0.15, 1), ready=0 if st == "planned" else 15,
                         jc=jc, target=code, diff=None))
        rec = {f: None for f in FIELDS}
        rec.update(code=code, name=pname, status=st, end_date=iso(end_cell(es)[2]), total_cost_mln=total,
                   federal_budget_mln=fed, jobs_created=jc)
        S[code] = rec
        new_codes.append(code)
    # rejected row: known code, total written as text
    rows.insert(9, dict(code="INO-0621", name=S["INO-0621"]["name"], st_w="реализуется",
                        endspec=("date", dt.date(2027, 12, 1)), total="уточняется по итогам экспертизы",
                        fed=S["INO-0621"]["federal_budget_mln"], spent=210.0, ready=30,
                        jc=S["INO-0621"]["jobs_created"], target="INO-0621", diff=None, reject=True))
    rejected = []
    r = 5
    for i, row in enumerate(rows):
        ev, efmt, _ = end_cell(row["endspec"])
        total = row["total"]
        if isinstance(total, float) and i % 3 == 1:
            total = ru_num(total, nbsp=True)
        vals = [row["code"], row["name"], row["st_w"], ev, total, row["fed"], row["spent"], row["ready"], row["jc"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            if isinstance(v, dt.datetime):
                cell.number_format = "DD.MM.YYYY"
            elif isinstance(v, float):
                cell.number_format = "0.0"
        if row.get("reject"):
            rejected.append({"sheet": ws.title, "row": r, "reason": "not a number: 'уточняется по итогам экспертизы'",
                             "column": "E", "code": row["target"]})
        if row["diff"]:
            matched.append({"code": row["target"], "name_in_file": row["name"], "difference": row["diff"], "row": r})
        r += 1
    last = r - 1
    ws.cell(r + 1, 1, "Примечание: мероприятия без кода указаны по наименованию в соответствии с формой за I квартал.")
    save_wb(wb, OUT / name)
    final = [ordered(S[c], FIELDS) for c in base_order] + [ordered(S[c], FIELDS) for c in new_codes]
    exp = {
        "file": name, "refused": False, "fields": FIELDS, "record_count": len(final), "records": final,
        "rejected": rejected, "base_file": base,
        "columns": [[h, f] for h, f in headers],
        "changed_codes": sorted(changed), "new_codes": new_codes, "matched_by_name": matched,
        "header_row": 4, "data_rows": [5, last], "skipped_rows": {str(r + 1): "note below the table"},
        "notes": (
            f"Import {base} first, then this file; 'records' is the resulting state of all projects (the two rows "
            f"rejected in {base}, INO-0623 and INO-0624, were never stored). Title rows 1-2, header row 4, data rows "
            f"5-{last}, a note in row {r + 1}. 7 rows carry a known code (5 change status, end date, cost or jobs; "
            "INO-0611 and INO-0617 are re-sent unchanged). 4 rows have an empty code and are matched by name "
            "(ё/е, «» vs \"\", upper case, double and trailing space); the project keeps its stored name. 3 rows carry "
            "new codes INO-0625..0627: new projects whose fields absent here (cluster, work area, place, start date, "
            "regional/extra-budgetary money, planned jobs, organisation, problems) are null. The row of INO-0621 "
            "is rejected: its total is the text 'уточняется по итогам экспертизы'; INO-0621 keeps its I-quarter "
            "values. 'Освоено на отч. дату' (spent to date) and 'Степень готовности, %' are not imported. For "
            "INO-0605 both the total and the federal budget grow by 120.0; for INO-0613 only the total changes. "
            "'Плановый срок ввода': dates, 'dd.mm.yyyy' text, 'II кв. 2029', 'III кв. 2027', a year as a number "
            "(2028 -> 2028-12-31). Totals written as text '1 234,5' in some rows."),
    }
    write_expected(name, exp)



# ---------------------------------------------------------------------------
# 3. Ministry form split into one sheet per cluster, thousand roubles
# ---------------------------------------------------------------------------
CLUSTER_SHEETS = [
    ("Фармацевтический кластер", "pharma", [
        ("INO-0701", "Производство субстанций для онкологических препаратов", "Томский район", "АО «Томскхимфарм»",
         "реализуется", "in_progress", dt.date(2025, 2, 3), ("date", dt.date(2027, 12, 15))),
        ("INO-0702", "Центр контрактной разработки лекарственных средств", "г. Томск", "ООО «ФармЛабСибирь»",
         "планируется", "planned", dt.date(2026, 10, 1), ("quarter_ru", 2028, 4)),
        ("INO-0703", "Участок производства иммунобиологических препаратов", "г. Томск",
         "АО «НПО «Микроген» (филиал в г. Томск)", "завершено", "completed", dt.date(2023, 3, 1),
         ("text", dt.date(2025, 11, 20))),
        ("INO-0704", "Производство ветеринарных препаратов на основе пантов марала", "г. Колпашево",
         "ООО «Нарымский марал»", "Реализуется", "in_progress", dt.date(2025, 6, 16), ("year_num", 2027)),
    ]),
    ("Кластер ядерных технологий", "nuclear", [
        ("INO-0705", "Опытно-демонстрационный энергокомплекс: модуль переработки", "ЗАТО Северск",
         "АО «Опытно-демонстрационный центр»", "реализуется", "in_progress", dt.date(2024, 1, 15),
         ("date", dt.date(2029, 6, 30))),
        ("INO-0706", "Производство стабильных изотопов для медицины", "ЗАТО Северск", "АО «СХК»",
         "реализуется", "in_progress", dt.date(2025, 4, 1), ("text", dt.date(2027, 4, 30))),
        ("INO-0707", "Установка радиационной стерилизации медицинских изделий", "г. Томск", "ООО «Томская стерилизация»",
         "приостановлено", "suspended", dt.date(2024, 8, 19), ("date", dt.date(2026, 12, 31))),
        ("INO-0708", "Инжиниринговый центр ядерного приборостроения", "г. Томск", "ФГАОУ ВО НИ ТПУ",
         "планируется", "planned", dt.date(2026, 11, 2), ("quarter_ru", 2028, 2)),
    ]),
    ("Лесопромышленный кластер", "timber", [
        ("INO-0709", "Производство клееного бруса и домокомплектов", "г. Асино", "ООО «Асино Тимбер»",
         "реализуется", "in_progress", dt.date(2025, 5, 12), ("date", dt.date(2026, 12, 20))),
        ("INO-0710", "Лесохимическое производство: скипидар и канифоль", "Томский район", "ООО «ЛесХимТом»",
         "планируется", "planned", dt.date(2026, 8, 1), ("year_num", 2028)),
        ("INO-0711", "Заготовительный комплекс в Верхнекетском районе (площадка Асино)", "г. Асино",
         "ООО «Кетьлес»", "завершено", "completed", dt.date(2023, 6, 1), ("text", dt.date(2025, 9, 30))),
        ("INO-0712", "Производство древесного угля для металлургии", "г. Колпашево", "ООО «Колпашевский углежог»",
         "реализуется", "in_progress", dt.date(2025, 3, 20), ("date", dt.date(2026, 11, 30))),
        ("INO-0721", "Цех производства погонажных изделий", "г. Асино", "ООО «Асино Тимбер»",
         "реализуется", "in_progress", dt.date(2025, 7, 1), ("date", dt.date(2026, 12, 1))),  # rejected: negative
    ]),
    ("Кластер дикоросов", "wildlife", [
        ("INO-0713", "Комплекс глубокой заморозки дикоросов", "г. Колпашево", "ООО «Северные ягоды»",
         "реализуется", "in_progress", dt.date(2025, 4, 7), ("text", dt.date(2026, 10, 15))),
        ("INO-0714", "Производство пищевых экстрактов из чаги", "Томский район", "ООО «Чага Сибири»",
         "планируется", "planned", dt.date(2026, 9, 1), ("quarter_ru", 2027, 3)),
        ("INO-0715", "Логистический центр заготовки кедрового ореха", "Томский район", "СПК «Кедровый»",
         "завершено", "completed", dt.date(2024, 2, 1), ("date", dt.date(2025, 8, 29))),
        ("INO-0716", "Производство функциональных продуктов из брусники и клюквы", "г. Томск",
         "ООО «Томские ягоды»", "Реализуется", "in_progress", dt.date(2025, 1, 13), ("date", dt.date(2027, 2, 26))),
    ]),
    ("Медтехника и ИТ", "medtech_it", [
        ("INO-0717", "Серийное производство аппаратов искусственной вентиляции легких", "г. Томск",
         "ООО «ТомМедТех»", "реализуется", "in_progress", dt.date(2025, 2, 25), ("date", dt.date(2026, 12, 25))),
        ("INO-0718", "Региональная платформа телемедицинских консультаций", "г. Томск",
         "ОГБУЗ «Медицинский информационно-аналитический центр»", "завершено", "completed",
         dt.date(2024, 1, 10), ("text", dt.date(2025, 12, 1))),
        ("INO-0719", "Производство электронных компонентов для медицинской техники", "ЗАТО Северск",
         "АО «НПЦ «Полюс»", "планируется", "planned", dt.date(2026, 7, 15), ("quarter_ru", 2028, 1)),
        ("INO-0720", "Центр компетенций искусственного интеллекта в медицине", "г. Томск",
         "ФГБОУ ВО СибГМУ Минздрава России", "реализуется", "in_progress", dt.date(2025, 9, 1), ("year_num", 2027)),
    ]),
]
MO_TO_LOC = {v: k for k, v in MO_RU.items()}


def build_clusters(rng):
    name = "fed_po_klasteram.xlsx"
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    headers = [("№ п/п", None), ("Код проекта", "code"), ("Наименование мероприятия (объекта)", "name"),
               ("Муниципальное образование", "location"), ("Ответственный исполнитель", "lead_organization"),
               ("Статус", "status"), ("Дата начала", "start_date"), ("Плановый срок ввода", "end_date"),
               ("Объем финансового обеспечения, всего, тыс. рублей", "total_cost_mln"),
               ("из них: внебюджетные источники, тыс. рублей", "extra_budgetary_mln"),
               ("Освоено на отч. дату, тыс. рублей", None), ("Степень готовности, %", None),
               ("Количество рабочих мест (план), ед.", "jobs_planned")]
    records, rejected, sheets_info = [], [], []
    hidden = {}
    text_money = 0
    for si, (sheet, cl, projects) in enumerate(CLUSTER_SHEETS):
        ws = wb.create_sheet(sheet)
        ws["A1"] = CLUSTER_RU[cl]
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Сведения о ходе реализации мероприятий (объектов) по состоянию на 01.04.2026"
        for c, (h, f) in enumerate(headers, 1):
            ws.cell(4, c, h).font = BOLD
            ws.cell(4, c).alignment = WRAP
            ws.cell(5, c, str(c))
            ws.cell(5, c).alignment = Alignment(horizontal="center")
        ws.column_dimensions["C"].width = 52
        ws.column_dimensions["E"].width = 34
        r = 6
        rows = []
        for i, (code, pname, mo, lead, st_w, st, start, endspec) in enumerate(projects):
            total_k = rng.randrange(40_000, 3_500_000, 100)  # thousand roubles, multiple of 100
            if i == 1:
                total_k += rng.randrange(1, 99)  # a few with finer digits
            extra_k = int(total_k * rng.uniform(0.45, 1.0) / 100) * 100
            spent_k = 0 if st == "planned" else int(total_k * rng.uniform(0.1, 0.95))
            ready = 100 if st == "completed" else (0 if st == "planned" else rng.randrange(5, 95, 5))
            jp = rng.randrange(15, 300, 5)
            ev, efmt, end = end_cell(endspec)
            start_v = dmy(start) if i % 2 else dt.datetime.combine(start, dt.time())
            tot_v = total_k
            if (si + i) % 3 == 0:
                tot_v = ru_num(total_k, nbsp=True, decimals=0) if i % 2 == 0 else ru_num(total_k, nbsp=False)
                text_money += 1
            vals = [i + 1, code, pname, mo, lead, st_w, start_v, ev, tot_v, extra_k, spent_k, ready, jp]
            rec = None
            if code == "INO-0721":
                vals[9] = -extra_k
                rejected.append({"sheet": sheet, "row": r, "reason": "negative amount", "column": "J", "code": code})
            else:
                rec = {"code": code, "name": pname, "cluster": cl, "location": MO_TO_LOC[mo], "status": st,
                       "start_date": iso(start), "end_date": iso(end), "total_cost_mln": round(total_k / 1000, 4),
                       "extra_budgetary_mln": round(extra_k / 1000, 4), "jobs_planned": jp,
                       "lead_organization": lead}
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "DD.MM.YYYY"
                elif isinstance(v, (int, float)) and c in (9, 10, 11):
                    cell.number_format = "#,##0"
            if efmt == "General":
                ws.cell(r, 8).number_format = "General"
            rows.append(r)
            if rec:
                records.append(rec)
            r += 1
        if si == 0:
            ws.row_dimensions[7].hidden = True
            hidden["row"] = {"sheet": sheet, "row": 7, "code": projects[1][0]}
        if si == 2:
            ws.column_dimensions["J"].hidden = True
            hidden["column"] = {"sheet": sheet, "column": "J", "field": "extra_budgetary_mln"}
        ws.cell(r + 1, 1, "Исполнитель: отдел мониторинга, тел. (3822) 51-00-00")
        sheets_info.append({"sheet": sheet, "cluster": cl, "header_row": 4, "column_numbers_row": 5,
                            "data_rows": rows})
    ws = wb.create_sheet("Пояснения")
    ws["A1"] = "Пояснения к заполнению"
    ws["A2"] = "1. Объемы финансового обеспечения указываются в тысячах рублей."
    ws["A3"] = "2. Графа 11 «Освоено на отч. дату» — кассовые расходы нарастающим итогом с начала реализации."
    ws["A4"] = "3. Графа 12 — степень строительной готовности объекта по данным ответственного исполнителя."
    ws["A5"] = "4. Кластер определяется листом, на котором указано мероприятие."
    save_wb(wb, OUT / name)
    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date", "total_cost_mln",
              "extra_budgetary_mln", "jobs_planned", "lead_organization"]
    recs = [ordered(x, fields) for x in records]
    exp = {
        "file": name, "refused": False, "fields": fields, "record_count": len(recs), "records": recs,
        "rejected": rejected, "columns": [[h, f] for h, f in headers], "sheets": sheets_info, "hidden": hidden,
        "notes": (
            "Ministry form split into one sheet per cluster (5 sheets) plus a text sheet 'Пояснения' that holds no "
            "project table. The record's cluster comes from the sheet: sheet names are the cluster names except "
            "'Медтехника и ИТ', whose cell A1 gives the full name 'Кластер медицинской техники и информационных "
            "технологий' (A1 holds the full cluster name on every sheet). Title rows 1-2, header row 4, row 5 numbers "
            "the columns ('1'..'13', written as text); data from row 6; a contact line under each table. Amounts are in "
            "тыс. рублей (said in every money header) and are given here in RUB million (1 254 300 тыс. = 1254.3). "
            f"{text_money} totals are text ('1 254 300' with NBSP, or '2 422 402,0' with plain spaces and a decimal "
            "comma). Not imported: '№ п/п', 'Освоено на отч. дату, тыс. рублей' (spent to date), 'Степень "
            "готовности, %'. Municipality names map to places ('г. Томск' = Томск, 'ЗАТО Северск' = Северск, ...). "
            "'Плановый срок ввода' -> end_date: dates, 'dd.mm.yyyy' text, 'IV кв. 2028' etc. (quarter end), a year "
            "as a number in a General cell (31 December). Row 7 on 'Фармацевтический кластер' is hidden and column J "
            "(extra-budgetary) on 'Лесопромышленный кластер' is hidden: hidden rows and columns are data. Rejected: "
            "INO-0721 on 'Лесопромышленный кластер' (negative extra-budgetary amount, in the hidden column J)."),
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 4. Ministry information-system export: CSV, cp1251, ';', decimal comma
# ---------------------------------------------------------------------------
CSV_PROJECTS = [
    ("INO-0801", "Производство композитных материалов на основе базальтового волокна", "—", "industry", "Томск",
     "реализуется", dt.date(2025, 3, 1), ("text", dt.date(2027, 5, 31)), "ООО «Базальт-Томск»",
     "Не определен поставщик электроэнергии; ТУ на присоединение не выданы"),
    ("INO-0802", "Центр коллективного пользования «Наноматериалы»", "medtech_it", "science_education", "Томск",
     "реализуется", dt.date(2024, 9, 1), ("text", dt.date(2026, 12, 31)), "ФГАОУ ВО «НИ ТГУ»", None),
    ("INO-0803", "Строительство завода по выпуску полимерных пленок", "petrochemical", "industry", "Томск",
     "планируется", dt.date(2026, 8, 3), ("quarter_ru", 2028, 4), "ООО «Сибур Томскнефтехим»",
     "Ожидается решение о предоставлении субсидии; \"дорожная карта\" на согласовании"),
    ("INO-0804", "Скважинная добыча трудноизвлекаемой нефти: пилотный участок", "hard_to_recover", "industry",
     "Стрежевой", "реализуется", dt.date(2024, 4, 15), ("text", dt.date(2028, 12, 31)), "АО «Томскнефть» ВНК", None),
    ("INO-0805", "Производство медицинских изделий из полимеров", "medtech_it", "industry", "Северск",
     "завершено", dt.date(2023, 5, 10), ("text", dt.date(2025, 10, 31)), "ООО «Северский медпластик»", None),
    ("INO-0806", "Переработка лекарственных трав Нарыма", "wildlife", "innovation_business", "Колпашево",
     "планируется", dt.date(2026, 6, 1), ("year_text", 2027), "ИП глава КФХ Осипов Н.П.", None),
    ("INO-0807", "Комплекс по производству топливных брикетов", "timber", "industry", "Асино",
     "приостановлено", dt.date(2024, 10, 1), ("text", dt.date(2026, 9, 30)), "ООО «ТомБрикет»",
     "Финансирование приостановлено банком"),
    ("INO-0808", "Умная система учета тепловой энергии", "—", "smart_city", "Северск",
     "реализуется", dt.date(2025, 1, 15), ("text", dt.date(2026, 12, 15)), "АО «Северский водоканал»", None),
    ("INO-0809", "Томский центр кибербезопасности", "medtech_it", "business_environment", "Томск",
     "реализуется", dt.date(2025, 4, 1), ("quarter_ru", 2026, 4), "ФГБОУ ВО «ТУСУР»", None),
    ("INO-0810", "Фармацевтическое производство инфузионных растворов", "pharma", "industry", "Томский район",
     "реализуется", dt.date(2024, 12, 2), ("text", dt.date(2027, 7, 1)), "ООО «Томские инфузии»", None),
    ("INO-0811", "Агротехнопарк «Томское село»", "", "innovation_business", "Томский район",
     "планируется", dt.date(2026, 5, 15), ("year_text", 2029), "АНО «Агротехнопарк»", None),
    ("INO-0812", "Испытательный центр ядерных материалов", "nuclear", "science_education", "Северск",
     "завершено", dt.date(2022, 11, 1), ("text", dt.date(2025, 12, 19)), "АО «СХК»", None),
    ("INO-0813", "Производство мебельного щита из березы", "timber", "industry", "Колпашево",
     "реализуется", dt.date(2025, 7, 7), ("quarter_ru", 2027, 1), "ООО «Колпашевская мебельная фабрика»", None),
    ("INO-0814", "Городская платформа «Активный горожанин»", "—", "smart_city", "Томск",
     "завершено", dt.date(2024, 2, 1), ("text", dt.date(2025, 5, 30)), "МКУ «Томск – умный город»", None),
    ("INO-0815", "Производство соков прямого отжима из облепихи", "wildlife", "industry", "Асино",
     "реализуется", dt.date(2025, 5, 20), ("text", dt.date(2026, 11, 1)), "ООО «Асиновские сады»", None),
    ("INO-0816", "Центр испытаний беспилотных авиационных систем", "medtech_it", "science_education", "Томский район",
     "планируется", dt.date(2026, 10, 1), ("quarter_ru", 2027, 4), "ФГБОУ ВО «ТУСУР»", None),
]
STATUS_KEY = {"реализуется": "in_progress", "планируется": "planned", "завершено": "completed",
              "приостановлено": "suspended"}


def build_csv(rng):
    name = "fed_vygruzka_cp1251.csv"
    header = [("№ п/п", None), ("Код мероприятия", "code"), ("Наименование мероприятия (объекта)", "name"),
              ("Кластер", "cluster"), ("Направление", "work_area"), ("Муниципальное образование", "location"),
              ("Код ОКТМО", None), ("Статус", "status"), ("Дата начала", "start_date"),
              ("Плановый срок ввода", "end_date"),
              ("Объем финансового обеспечения, всего, млн руб.", "total_cost_mln"),
              ("из них: средства федерального бюджета, млн руб.", "federal_budget_mln"),
              ("средства областного бюджета, млн руб.", "regional_budget_mln"),
              ("средства местных бюджетов, млн руб.", None),
              ("внебюджетные источники, млн руб.", "extra_budgetary_mln"),
              ("Освоено на отч. дату, млн руб.", None), ("Степень готовности, %", None),
              ("Ответственный исполнитель", "lead_organization"), ("Проблемные вопросы", "problems")]
    fields = ["code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
              "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
              "lead_organization", "problems"]
    lines, records, rejected = [], [], []
    dup_line = None
    for i, (code, pname, cl, wa, loc, st_w, start, endspec, lead, prob) in enumerate(CSV_PROJECTS):
        total, fed, reg, mun, extra = money_parts(rng, (200, 30000), mun=True)
        spent = 0 if st_w == "планируется" else int(total * rng.uniform(0.1, 0.9))
        ready = {"завершено": 100, "планируется": 0}.get(st_w, rng.randrange(5, 95, 5))
        ev, _, end = end_cell(endspec)
        row = [str(i + 1), code, pname, CLUSTER_RU.get(cl, cl) if cl else "",
               WORK_AREA_RU[wa], MO_RU[loc], OKTMO[loc], st_w, dmy(start),
               str(ev), ru_num_plain(total / 10), ru_num_plain(fed / 10), ru_num_plain(reg / 10),
               ru_num_plain(mun / 10) if mun else "", ru_num_plain(extra / 10), ru_num_plain(spent / 10),
               str(ready), lead, prob or ""]
        lines.append(row)
        records.append(ordered({"code": code, "name": pname, "cluster": cl if cl in CLUSTER_RU else None,
                                "work_area": wa, "location": loc, "status": STATUS_KEY[st_w],
                                "start_date": iso(start), "end_date": iso(end), "total_cost_mln": total / 10,
                                "federal_budget_mln": fed / 10, "regional_budget_mln": reg / 10,
                                "extra_budgetary_mln": extra / 10, "lead_organization": lead,
                                "problems": prob}, fields))
        if code == "INO-0807":
            # the same code sent twice in the export: second copy with a different total -> both rejected
            dup = list(row)
            dup[0] = str(i + 2)
            dup[10] = ru_num_plain((total + 1500) / 10)
            dup[14] = ru_num_plain((extra + 1500) / 10)
            dup[7] = "реализуется"
            lines.append(dup)
            records.pop()
            dup_line = len(lines) + 1  # line number of the duplicate (header is line 1)
            first_line = dup_line - 1
    # renumber the № column after the inserted duplicate
    for i, row in enumerate(lines):
        row[0] = str(i + 1)
    rejected = [{"sheet": None, "row": first_line, "column": "B",
                 "reason": f"duplicate code INO-0807 (lines {first_line} and {dup_line} differ)", "code": "INO-0807"},
                {"sheet": None, "row": dup_line, "column": "B",
                 "reason": f"duplicate code INO-0807 (lines {first_line} and {dup_line} differ)", "code": "INO-0807"}]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow([h for h, _ in header])
    for row in lines:
        w.writerow(row)
    (OUT / name).write_bytes(buf.getvalue().encode("cp1251"))
    exp = {
        "file": name, "refused": False, "fields": fields, "record_count": len(records), "records": records,
        "rejected": rejected, "encoding": "cp1251", "delimiter": ";", "header_line": 1,
        "columns": [[h, f] for h, f in header],
        "notes": (
            "Export of the ministry's monitoring system: Windows-1251 text, no BOM, CRLF, ';' separator, fields "
            "with ';' or '\"' quoted with inner quotes doubled. Line 1 is the header; one project per line. Numbers "
            "with a decimal comma ('1234,5'), dates 'dd.mm.yyyy'. 'Плановый срок ввода' -> end_date: 'dd.mm.yyyy', "
            "'IV кв. 2028' (quarter end), '2027' (a bare year -> 31 December). Empty or '—' cluster = no cluster; "
            "an empty 'Проблемные вопросы' is null. Not imported: '№ п/п', 'Код ОКТМО', 'средства местных "
            "бюджетов' (municipal budget; total = federal + regional + municipal + extra-budgetary), 'Освоено на "
            "отч. дату' (spent to date), 'Степень готовности, %'. 'Муниципальное образование' is written as "
            "'г. Томск', 'ЗАТО Северск', 'г. Асино', 'г. Стрежевой', 'г. Колпашево', 'Томский район'. "
            f"Rejected: INO-0807 appears on lines {first_line} and {dup_line} with different data (total, "
            "extra-budgetary and status differ): both lines are rejected. The 'row' of a rejected CSV line is its "
            "line number; 'sheet' is null."),
    }
    write_expected(name, exp)



# ---------------------------------------------------------------------------
# 5. Investor's analyst: pipeline list, English/Russian mixed
# ---------------------------------------------------------------------------
INV_PROJECTS = [
    # code, name, cluster written, cluster key, site, stage written, status, RAG, start, go-live spec, company, issue
    ("INO-0901", "Greenfield MDF plant / Завод МДФ в Асино", "Timber", "timber", "Асино", "In progress",
     "in_progress", "G", dt.date(2025, 4, 1), ("quarter_en", 2027, 3), "ООО «Асино МДФ»", None),
    ("INO-0902", "Кедровое масло холодного отжима", "Wild plants", "wildlife", "Томский район", "Planned",
     "planned", "A", dt.date(2026, 9, 1), ("year_text", 2028), "ООО «Кедр-Инвест»",
     "Awaiting land lease decision (аренда лесного участка)"),
    ("INO-0903", "Polypropylene compounding line", "Petrochemistry", "petrochemical", "Томск", "In progress",
     "in_progress", "R", dt.date(2024, 11, 15), ("date", dt.date(2027, 2, 28)), "ООО «Томск Компаунд»",
     "Equipment delayed at customs; 3-month slip"),
    ("INO-0904", "Radiopharma packaging site", "Nuclear", "nuclear", "Северск", "Completed", "completed", "G",
     dt.date(2023, 8, 1), ("date", dt.date(2025, 11, 14)), "ООО «Изотоп-Пак»", None),
    ("INO-0905", "Производство дженериков (твердые формы)", "Pharma", "pharma", "Томский район", "In progress",
     "in_progress", "A", dt.date(2025, 2, 10), ("quarter_ru", 2027, 4), "ООО «ТомФарм Дженерикс»",
     "GMP inspection scheduled for Q3"),
    ("INO-0906", "Data centre Tier III «Томь»", "Medtech & IT", "medtech_it", "Томск", "On hold", "suspended", "R",
     dt.date(2024, 6, 1), ("year_num", 2028), "ООО «ДЦ Томь»", "Power connection: grid capacity not confirmed"),
    ("INO-0907", "Biochar from sawmill residue", "timber industry", "timber", "Колпашево", "Planned", "planned", "A",
     dt.date(2026, 11, 1), ("quarter_en", 2028, 2), "ООО «Нарым Биоуголь»", None),
    ("INO-0908", "EOR pilot, Bazhenov formation", "Hard-to-recover", "hard_to_recover", "Стрежевой", "in progress ",
     "in_progress", "G", dt.date(2024, 3, 1), ("date", dt.date(2028, 12, 31)), "ООО «Баженов Технологии»", None),
    ("INO-0909", "Smart parking Tomsk (pilot)", "n/a", None, "Томск", "Completed", "completed", "G",
     dt.date(2024, 5, 15), ("date", dt.date(2025, 9, 1)), "ООО «Умная парковка»", None),
    ("INO-0910", "Ягодный кластер: шоковая заморозка", "Wildlife resources", "wildlife", "Колпашево", "реализуется",
     "in_progress", "A", dt.date(2025, 6, 2), ("quarter_en", 2026, 4), "ООО «Нарымские дары»",
     "Сезонность загрузки; нужен оборотный кредит"),
    ("INO-0911", "Surgical instruments plant", "IT & medical devices", "medtech_it", "Томск", "Planned", "planned",
     "G", dt.date(2026, 7, 1), ("year_num", 2029), "ООО «Томск Хирургия»", None),
    ("INO-0912", "Coworking & accelerator «Точка роста»", "", None, "Томск", "In progress", "in_progress", "G",
     dt.date(2025, 1, 20), ("date", dt.date(2026, 8, 31)), "ООО «Точка роста»", None),
    ("INO-0913", "Isotope enrichment: stable Zn-68", "Nuclear technologies cluster", "nuclear", "Северск",
     "In progress", "in_progress", "A", dt.date(2025, 3, 3), ("quarter_ru", 2027, 2), "АО «Изотопные технологии»",
     "Export licence pending"),
    ("INO-0914", "Wood pellets export terminal", "Timber", "timber", "Асино", "On hold", "suspended", "R",
     dt.date(2024, 9, 1), ("year_text", 2027), "ООО «Асино Пеллет»", "Off-taker withdrew; looking for new buyer"),
    ("INO-0915", "Antiviral API synthesis", "Pharma", "pharma", "Томск", "Planned", "planned", "G",
     dt.date(2026, 10, 5), ("quarter_en", 2028, 4), "ООО «Синтез-Томск»", None),
    ("INO-0916", "Aerial survey drones: assembly", "Aerospace", "UNKNOWN", "Томский район", "Planned", "planned", "A",
     dt.date(2026, 8, 1), ("year_num", 2028), "ООО «Сибирские беспилотники»", None),  # rejected: unknown cluster
    ("INO-0917", "Cranberry juice concentrate", "wild plants", "wildlife", "Томский район", "In progress",
     "in_progress", "G", dt.date(2025, 5, 12), ("date", dt.date(2026, 10, 30)), "ООО «Болотная ягода»", None),
    ("INO-0918", "Methanol-to-olefins feasibility + FEED", "Petrochemistry", "petrochemical", "Томск", "Planned",
     "planned", "A", dt.date(2026, 6, 1), ("year_text", 2029), "ООО «Томскнефтехим»", None),  # rejected: TBD
    ("INO-0919", "Telemedicine kiosks for rural clinics", "Medtech & IT", "medtech_it", "Колпашево", "Completed",
     "completed", "G", dt.date(2024, 2, 1), ("date", dt.date(2025, 12, 12)), "ООО «ТелеМед Сибирь»", None),
    ("INO-0920", "Heavy-oil upgrading unit", "Hard-to-recover reserves", "hard_to_recover", "Стрежевой",
     "In progress", "in_progress", "A", dt.date(2025, 1, 9), ("quarter_en", 2027, 1), "ООО «Стрежевой Апгрейд»",
     "Sub-federal co-financing agreement not yet signed"),
]
OWNERS = ["А. Соколов", "M. Ivanova", "Д. Ли", "S. Petrov", "Е. Гусева", "K. Orlov"]
COMMENTS = {"INO-0901": "see IC memo 14/02", "INO-0906": "board to decide in May", "INO-0913": "upside case",
            "INO-0918": "numbers from 2025 model"}


def build_pipeline(rng):
    name = "inv_pipeline.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Pipeline"
    ws["A1"] = "INO Tomsk — investment pipeline (analyst working file)"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "RUB m unless stated · cut-off 31.03.2026 · do not forward"
    headers = [("#", None), ("Project ID", "code"), ("Project / Проект", "name"), ("Cluster", "cluster"),
               ("Site", "location"), ("Stage", "status"), ("Статус (R/A/G)", None), ("Start", "start_date"),
               ("Go-live", "end_date"), ("Capex, RUB m", "total_cost_mln"), ("2026", None), ("2027", None),
               ("2028", None), ("Federal support, RUB m", "federal_budget_mln"),
               ("Sub-federal co-financing, RUB m", "regional_budget_mln"), ("Own funds, RUB m", None),
               ("Bank loan, RUB m", None), ("Private, total RUB m", "extra_budgetary_mln"),
               ("Spent to date, RUB m", None), ("FTE (target)", "jobs_planned"), ("FTE hired", "jobs_created"),
               ("Owner", None), ("Company", "lead_organization"), ("Key issues", "problems"), ("Comments", None)]
    for c, (h, f) in enumerate(headers, 1):
        v = int(h) if h.isdigit() else h
        ws.cell(3, c, v).font = BOLD
    ws.column_dimensions["C"].width = 44
    records, rejected = [], []
    r = 4
    for i, (code, pname, cl_w, cl, site, st_w, st, rag, start, gl, company, issue) in enumerate(INV_PROJECTS):
        fed = rng.choice([0, 0, rng.randint(50, 1500)])
        sub = rng.choice([0, rng.randint(10, 400)])
        own = rng.randint(100, 3000)
        loan = rng.choice([0, rng.randint(200, 5000)])
        priv = own + loan
        capex = fed + sub + priv  # tenths
        y26 = int(capex * rng.uniform(0.1, 0.4))
        y27 = int(capex * rng.uniform(0.1, 0.4))
        y28 = int(capex * rng.uniform(0.0, 0.2))
        spent = 0 if st == "planned" else (capex if st == "completed" else int(capex * rng.uniform(0.05, 0.7)))
        fte = rng.randrange(12, 260, 2)
        hired = 0 if st == "planned" else (fte if st == "completed" else rng.randrange(0, fte))
        ev, efmt, end = end_cell(gl)
        start_v = dmy(start) if i % 4 == 3 else dt.datetime.combine(start, dt.time())
        vals = [i + 1, code, pname, cl_w or None, site, st_w, rag, start_v, ev, capex / 10, y26 / 10, y27 / 10,
                y28 / 10, fed / 10, sub / 10, own / 10, loan / 10, priv / 10, spent / 10, fte, hired,
                OWNERS[i % len(OWNERS)], company, issue, COMMENTS.get(code)]
        if code == "INO-0918":
            vals[13] = "TBD"
            rejected.append({"sheet": "Pipeline", "row": r, "reason": "not a number: 'TBD'", "column": "N",
                             "code": code})
        elif code == "INO-0916":
            rejected.append({"sheet": "Pipeline", "row": r, "reason": "unknown cluster 'Aerospace'", "column": "D",
                             "code": code})
        else:
            records.append(ordered({"code": code, "name": pname, "cluster": cl, "location": site, "status": st,
                                    "start_date": iso(start), "end_date": iso(end), "total_cost_mln": capex / 10,
                                    "federal_budget_mln": fed / 10, "regional_budget_mln": sub / 10,
                                    "extra_budgetary_mln": priv / 10, "jobs_planned": fte, "jobs_created": hired,
                                    "lead_organization": company, "problems": issue},
                                   ["code", "name", "cluster", "location", "status", "start_date", "end_date",
                                    "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
                                    "extra_budgetary_mln", "jobs_planned", "jobs_created", "lead_organization",
                                    "problems"]))
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            if isinstance(v, dt.datetime):
                cell.number_format = "DD-MMM-YY"
            elif isinstance(v, float):
                cell.number_format = "#,##0.0"
        if efmt == "General":
            ws.cell(r, 9).number_format = "General"
        r += 1
    last = r - 1
    ws.freeze_panes = "D4"
    ws2 = wb.create_sheet("Read me")
    for k, line in enumerate([
            "How to read this file",
            "Capex = federal support + sub-federal co-financing + own funds + bank loan.",
            "2026/2027/2028 = capex phasing by year (RUB m); Spent to date = cash out as of cut-off.",
            "RAG: R = off track, A = at risk, G = on track (analyst's view, not the project stage).",
            "Owner = our deal team member; Company = project SPV / sponsor.",
            "Go-live: quarter (Q3 2027) or year where no date is fixed yet."], 1):
        ws2.cell(k, 1, line)
    save_wb(wb, OUT / name)
    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date", "total_cost_mln",
              "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln", "jobs_planned", "jobs_created",
              "lead_organization", "problems"]
    exp = {
        "file": name, "refused": False, "fields": fields, "record_count": len(records), "records": records,
        "rejected": rejected, "data_sheet": "Pipeline", "header_row": 3, "data_rows": [4, last],
        "columns": [[h, f] for h, f in headers],
        "notes": (
            "Investor analyst's own sheet 'Pipeline' (title rows 1-2, header row 3, data rows "
            f"4-{last}); sheet 'Read me' is explanatory text, not data. Amounts are RUB m. Headers mix English "
            "and Russian. Stage -> status: 'In progress' / 'in progress ' / 'реализуется' = in_progress, 'Planned' = "
            "planned, 'Completed' = completed, 'On hold' = suspended. 'Статус (R/A/G)' is the analyst's RAG rating, "
            "not the project status: not imported. Go-live -> end_date: dates, 'Q3 2027' etc. (quarter end), "
            "'IV кв. 2027', '2028' as text and 2028/2029 as numbers in General cells (31 December). Capex -> "
            "total_cost_mln; the three columns headed 2026, 2027, 2028 right beside it are one-year capex phasing "
            "(header cells are the numbers 2026-2028) and are NOT imported. 'Private, total' = own funds + bank loan "
            "-> extra_budgetary_mln; 'Own funds' and 'Bank loan' are its parts and are not imported on their own. "
            "'Sub-federal co-financing' = the regional (oblast) budget; 'Federal support' = federal budget. "
            "'Spent to date' not imported. 'FTE (target)' -> jobs_planned, 'FTE hired' -> jobs_created. 'Owner' is a "
            "person (deal-team member), not the organisation: not imported; 'Company' -> lead_organization. "
            "'Comments' not imported; 'Key issues' -> problems. Cluster variants: 'Timber', 'timber industry', "
            "'Wild plants', 'wild plants', 'Wildlife resources', 'Petrochemistry', 'Nuclear', 'Nuclear technologies "
            "cluster', 'Pharma', 'Medtech & IT', 'IT & medical devices', 'Hard-to-recover', 'Hard-to-recover "
            "reserves'; '' and 'n/a' = no cluster. Rejected: INO-0916 (unknown cluster 'Aerospace') and INO-0918 "
            "('TBD' in Federal support)."),
    }
    write_expected(name, exp)



# ---------------------------------------------------------------------------
# 6. Investor's capex model: formulas with cached values, one without
# ---------------------------------------------------------------------------
MODEL_PROJECTS = [
    ("INO-0951", "Birch plywood line №2", ("quarter_en", 2027, 2)),
    ("INO-0952", "Кедровый орех: линия шелушения", ("year_num", 2027)),
    ("INO-0953", "PET recycling plant", ("date", dt.date(2027, 10, 1))),
    ("INO-0954", "Radiotracer production (F-18)", ("quarter_en", 2026, 4)),
    ("INO-0955", "Генерики: инъекционные формы", ("date", dt.date(2028, 3, 31))),
    ("INO-0956", "Edge data centre Seversk", ("year_text", 2028)),   # rejected: negative sub-federal
    ("INO-0957", "Blueberry freeze-drying", ("date", dt.date(2026, 11, 15))),
    ("INO-0958", "Oil sludge treatment unit", ("quarter_ru", 2027, 3)),
    ("INO-0959", "Endoscope assembly", ("date", dt.date(2027, 6, 1))),
    ("INO-0960", "Timber-frame house kits", ("quarter_en", 2027, 1)),   # rejected: formula without cache
    ("INO-0961", "Veterinary vaccines fill & finish", ("year_num", 2029)),
    ("INO-0962", "Smart lighting Kolpashevo", ("date", dt.date(2026, 9, 30))),
    ("INO-0963", "Core-lab expansion", ("quarter_en", 2028, 1)),
    ("INO-0964", "Лиственница: сушильный комплекс", ("date", dt.date(2027, 12, 20))),
    ("INO-0965", "Pharma cold-chain warehouse", ("year_text", 2027)),
]


def build_model(rng):
    name = "inv_capex_model.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Capex model"
    ws["A1"] = "Capex model — INO portfolio (RUB m), base case v7"
    ws["A1"].font = Font(bold=True)
    headers = [("ID", "code"), ("Project", "name"), ("Own funds", None), ("Bank loan", None),
               ("Private total", "extra_budgetary_mln"), ("Sub-federal co-financing", "regional_budget_mln"),
               ("Federal grant", "federal_budget_mln"), ("Capex, RUB m", "total_cost_mln"), ("2026", None),
               ("2027", None), ("2028", None), ("Освоено на отч. дату", None), ("FTE (at full capacity)", "jobs_planned"),
               ("RAG", None), ("Go-live", "end_date")]
    for c, (h, f) in enumerate(headers, 1):
        ws.cell(2, c, int(h) if h.isdigit() else h).font = BOLD
    ws.column_dimensions["B"].width = 36
    cached = {}   # cell ref -> cached value (None = no cached value)
    records, rejected = [], []
    fields = ["code", "name", "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
              "extra_budgetary_mln", "jobs_planned"]
    r = 3
    formula_cells = 0
    sums = {c: 0 for c in "CDEFGHIJKL"}
    for i, (code, pname, gl) in enumerate(MODEL_PROJECTS):
        own = rng.randint(200, 4000)
        loan = rng.choice([0, rng.randint(500, 6000)])
        sub = rng.choice([0, rng.randint(20, 600)])
        fed = rng.choice([0, 0, rng.randint(100, 2000)])
        if code == "INO-0956":
            sub = -125
        priv = own + loan
        capex = priv + sub + fed
        y26 = int(capex * rng.uniform(0.15, 0.4))
        y27 = int(capex * rng.uniform(0.15, 0.4))
        y28 = capex - y26 - y27 if i % 3 == 0 else int(capex * rng.uniform(0.0, 0.2))
        spent = int(capex * rng.uniform(0.0, 0.5))
        fte_a, fte_b = rng.randrange(20, 200, 5), rng.randrange(0, 60, 5)
        fte = fte_a + fte_b
        ev, efmt, end = end_cell(gl)
        ws.cell(r, 1, code)
        ws.cell(r, 2, pname)
        ws.cell(r, 3, own / 10)
        ws.cell(r, 4, loan / 10)
        ws.cell(r, 5, f"=C{r}+D{r}")
        cached[f"E{r}"] = priv / 10
        ws.cell(r, 6, sub / 10)
        ws.cell(r, 7, fed / 10)
        ws.cell(r, 8, f"=SUM(E{r}:G{r})" if i % 2 else f"=E{r}+F{r}+G{r}")
        cached[f"H{r}"] = None if code == "INO-0960" else capex / 10
        ws.cell(r, 9, y26 / 10)
        ws.cell(r, 10, y27 / 10)
        if i % 3 == 0:
            ws.cell(r, 11, f"=H{r}-I{r}-J{r}")
            cached[f"K{r}"] = round(capex / 10 - y26 / 10 - y27 / 10, 1)
        else:
            ws.cell(r, 11, y28 / 10)
        ws.cell(r, 12, spent / 10)
        if i % 4 == 1:
            ws.cell(r, 13, f"={fte_a}+{fte_b}")
            cached[f"M{r}"] = fte
        else:
            ws.cell(r, 13, fte)
        ws.cell(r, 14, ["G", "A", "R", "G", "A"][i % 5])
        ws.cell(r, 15, ev)
        if isinstance(ev, dt.datetime):
            ws.cell(r, 15).number_format = "DD.MM.YYYY"
        for c in range(3, 13):
            ws.cell(r, c).number_format = "#,##0.0"
        for c, v in zip("CDEFGHIJKL", [own, loan, priv, sub, fed, capex, y26, y27, capex - y26 - y27 if i % 3 == 0 else y28, spent]):
            sums[c] += v
        if code == "INO-0960":
            rejected.append({"sheet": ws.title, "row": r, "reason": "formula without a cached value", "column": "H",
                             "code": code})
        elif code == "INO-0956":
            rejected.append({"sheet": ws.title, "row": r, "reason": "negative amount", "column": "F", "code": code})
        else:
            records.append(ordered({"code": code, "name": pname, "end_date": iso(end), "total_cost_mln": capex / 10,
                                    "federal_budget_mln": fed / 10, "regional_budget_mln": sub / 10,
                                    "extra_budgetary_mln": priv / 10, "jobs_planned": fte}, fields))
        r += 1
    last = r - 1
    ws.cell(r, 2, "Total").font = BOLD
    for c in "CDEFGHIJKL":
        ws[f"{c}{r}"] = f"=SUM({c}3:{c}{last})"
        cached[f"{c}{r}"] = round(sums[c] / 10, 1)
        ws[f"{c}{r}"].number_format = "#,##0.0"
    ws[f"M{r}"] = f"=SUM(M3:M{last})"
    ws.cell(r + 2, 1, "Phasing 2026-2028 per latest sponsor submissions; FX 1 USD = 90 RUB.")
    formula_cells = len(cached) + 1
    # cached value of the FTE total
    total_fte = 0
    for rr in range(3, last + 1):
        v = ws.cell(rr, 13).value
        total_fte += cached[f"M{rr}"] if isinstance(v, str) else v
    cached[f"M{r}"] = total_fte
    save_wb(wb, OUT / name)

    def patch(data):
        xml = data.decode("utf-8")
        def rep(m):
            ref, attrs, f = m.group(1), m.group(2), m.group(3)
            if ref not in cached:
                raise KeyError(ref)
            v = cached[ref]
            if v is None:
                return f'<c r="{ref}"{attrs}><f>{f}</f></c>'
            return f'<c r="{ref}"{attrs}><f>{f}</f><v>{v}</v></c>'
        xml2, n = re.subn(r'<c r="([A-Z]+\d+)"([^>]*)><f>([^<]*)</f><v\s*/></c>', rep, xml)
        assert n == len(cached), (n, len(cached))
        return xml2.encode("utf-8")
    normalise_zip(OUT / name, {"xl/worksheets/sheet1.xml": patch})
    exp = {
        "file": name, "refused": False, "fields": fields, "record_count": len(records), "records": records,
        "rejected": rejected, "header_row": 2, "data_rows": [3, last], "totals_row": r,
        "formula_cells": len(cached), "columns": [[h, f] for h, f in headers],
        "notes": (
            "Investor's capex model, one sheet 'Capex model'. Title row 1 says the unit (RUB m); header row 2; data "
            f"rows 3-{last}; row {r} 'Total' is the totals row (SUM formulas, not a project); row {r + 2} is a note. "
            "'Private total' is a formula =own+loan (-> extra_budgetary_mln) and 'Capex, RUB m' a formula "
            "=E+F+G or =SUM(E:G) (-> total_cost_mln); some 'FTE (at full capacity)' cells are formulas such as "
            "=120+35 and some '2028' cells =H-I-J. All formulas carry cached results except the capex of "
            f"INO-0960: that row is rejected ('formula without a cached value'), never read as 0. {len(cached)} formula "
            "cells in all. Not imported: 'Own funds', 'Bank loan' (parts of the private total), the one-year phasing "
            "columns headed 2026, 2027, 2028 (numbers as headers), 'Освоено на отч. дату' (spent to date), 'RAG' "
            "(analyst's rating, not the status). 'Sub-federal co-financing' = regional budget; 'Federal grant' = "
            "federal budget. Go-live -> end_date: dates, 'Q2 2027' (quarter end), 'III кв. 2027', '2027' as text and "
            "2027/2029 as numbers in General cells (31 December). Also rejected: INO-0956 with a negative "
            "sub-federal co-financing (-12.5)."),
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 7. Investor's list with bad rows mixed in
# ---------------------------------------------------------------------------
BAD_PROJECTS = [
    ("INO-0971", "Sawmill digitalisation (scanning, optimisation)", "Timber", "timber", "Асино", "In progress",
     "in_progress", dt.date(2025, 3, 1), ("date", dt.date(2026, 12, 1)), None),
    ("INO-0972", "  Экстракция пихтового масла  ", "Wildlife", "wildlife", "Колпашево", "Planned", "planned",
     dt.date(2026, 8, 15), ("quarter_en", 2027, 4), "Нужна лицензия на заготовку"),
    ("INO-0973", "Catalyst regeneration unit", "Petrochemistry", "petrochemical", "Томск", "In progress",
     "in_progress", dt.date(2024, 10, 1), ("date", dt.date(2027, 4, 30)), None),
    ("INO-0974", "Cyclotron centre #2", "Nuclear", "nuclear", "Северск", "Completed", "completed",
     dt.date(2023, 2, 1), ("date", dt.date(2025, 12, 26)), None),  # rejected: go-live before start? no -> valid
    ("INO-0975", "Biosimilars scale-up", "Pharma", "pharma", "Томский район", "In progress", "in_progress",
     dt.date(2025, 6, 1), ("date", dt.date(2024, 12, 31)), None),  # rejected: go-live before start
    ("INO-0976", "Hospital IT: single EMR rollout", "Medtech & IT", "medtech_it", "Томск", "In progress",
     "in_progress", dt.date(2025, 1, 15), ("quarter_en", 2026, 4),
     '=HYPERLINK("https://ino.tomsk.example/issues/976";"см. трекер")'),
    ("INO-0977", "Shale core analytics JV", "Hard-to-recover", "hard_to_recover", "Стрежевой", "Planned", "planned",
     dt.date(2026, 9, 1), ("year_num", 2028), None),
    ("INO-0978", "Mushroom processing (porcini, chanterelle)", "wild plants", "wildlife", "Томский район",
     "Completed", "completed", dt.date(2024, 4, 1), ("date", dt.date(2025, 10, 10)), None),
    ("INO-0979", "Glulam beams for export", "timber industry", "timber", "Асино", "In progress", "in_progress",
     dt.date(2025, 5, 5), ("date", dt.date(2027, 5, 5)), None),  # rejected: negative capex
    ("INO-0980", "Tomsk open data platform", "n/a", None, "Томск", "Completed", "completed", dt.date(2024, 1, 10),
     ("date", dt.date(2025, 7, 1)), None),
    ("INO-0981", "Polymer pipe fittings", "Petrochemistry", "petrochemical", "Томск", "Planned", "planned",
     dt.date(2026, 10, 1), ("quarter_en", 2028, 3), "Off-take agreement under negotiation"),
    ("INO-0982", "Medical isotope logistics hub", "Nuclear", "nuclear", "Северск", "In progress", "in_progress",
     dt.date(2025, 2, 20), ("date", dt.date(2026, 11, 30)), None),  # rejected: '~450' FTE
    ("INO-0983", "Phytopreparations from Siberian herbs", "Pharma", "pharma", "Томск", "On hold", "suspended",
     dt.date(2024, 7, 1), ("year_text", 2027), "Sponsor refinancing; paused until Q3"),
    ("INO-0984", "Wood-plastic composite decking", "Timber", "timber", "Колпашево", "In progress", "in_progress",
     dt.date(2025, 4, 14), ("date", dt.date(2026, 10, 20)), None),
    ("INO-0985", "Digital twin of the oil field", "Hard-to-recover", "hard_to_recover", "Стрежевой", "In progress",
     "in_progress", dt.date(2025, 1, 9), ("quarter_ru", 2027, 2), None),
    ("INO-0986", "Agritech greenhouse (LED)", "", None, "Томский район", "Planned", "planned", dt.date(2026, 6, 1),
     ("year_num", 2027), None),
    ("INO-0987", "Телемедицинская сеть ФАПов", "IT & medical devices", "medtech_it", "Колпашево", "Completed",
     "completed", dt.date(2024, 3, 1), ("date", dt.date(2025, 11, 28)), None),
    ("INO-0988", "Sea-buckthorn oil CO2 extraction", "Wildlife resources", "wildlife", "Асино", "In progress",
     "in_progress", dt.date(2025, 7, 1), ("date", dt.date(2027, 1, 31)), None),
]


def build_bad(rng):
    name = "inv_bad_rows.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Projects"
    headers = [("Project ID", "code"), ("Наименование / Name", "name"), ("Cluster", "cluster"), ("Site", "location"),
               ("Stage", "status"), ("RAG", None), ("Start", "start_date"), ("Go-live", "end_date"),
               ("Capex, RUB m", "total_cost_mln"), ("Federal support, RUB m", "federal_budget_mln"),
               ("Sub-federal co-financing, RUB m", "regional_budget_mln"), ("Own funds, RUB m", None),
               ("Bank loan, RUB m", None), ("Private total, RUB m", "extra_budgetary_mln"),
               ("Spent to date, RUB m", None), ("FTE (target)", "jobs_planned"), ("Owner", None),
               ("Key issues", "problems")]
    for c, (h, f) in enumerate(headers, 1):
        ws.cell(1, c, h).font = BOLD
    ws.column_dimensions["B"].width = 44
    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date", "total_cost_mln",
              "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln", "jobs_planned", "problems"]
    records, rejected = [], []
    r = 2
    blank_row = None
    for i, (code, pname, cl_w, cl, site, st_w, st, start, gl, issue) in enumerate(BAD_PROJECTS):
        if i == 7:
            # a row of formatted blank cells, one holding a single space: skipped silently
            blank_row = r
            for c in range(1, len(headers) + 1):
                ws.cell(r, c).number_format = "#,##0.0"
            ws.cell(r, 2, " ")
            r += 1
        fed = rng.choice([0, rng.randint(50, 900)])
        sub = rng.choice([0, rng.randint(10, 300)])
        own = rng.randint(100, 2500)
        loan = rng.choice([0, rng.randint(200, 3000)])
        priv = own + loan
        capex = fed + sub + priv
        spent = 0 if st == "planned" else int(capex * rng.uniform(0.1, 0.9))
        fte = rng.randrange(10, 300, 5)
        ev, efmt, end = end_cell(gl)
        vals = [code, pname, cl_w or None, site, st_w, ["G", "A", "R"][i % 3],
                dt.datetime.combine(start, dt.time()) if i % 3 else dmy(start), ev, capex / 10, fed / 10, sub / 10,
                own / 10, loan / 10, priv / 10, spent / 10, fte, OWNERS[(i + 2) % len(OWNERS)], issue]
        rej = None
        if code == "INO-0975":
            rej = {"sheet": "Projects", "row": r, "reason": "end date before start date", "column": "H", "code": code}
        elif code == "INO-0979":
            vals[8] = -capex / 10
            rej = {"sheet": "Projects", "row": r, "reason": "negative amount", "column": "I", "code": code}
        elif code == "INO-0982":
            vals[15] = "~450"
            rej = {"sheet": "Projects", "row": r, "reason": "not a number: '~450'", "column": "P", "code": code}
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            if isinstance(v, str) and v.startswith("="):
                cell.data_type = "s"  # text that merely looks like a formula
            if isinstance(v, dt.datetime):
                cell.number_format = "DD.MM.YYYY"
            elif isinstance(v, float):
                cell.number_format = "#,##0.0"
        if efmt == "General":
            ws.cell(r, 8).number_format = "General"
        if rej:
            rejected.append(rej)
        else:
            records.append(ordered({"code": code, "name": pname.strip(), "cluster": cl, "location": site,
                                    "status": st, "start_date": iso(start), "end_date": iso(end),
                                    "total_cost_mln": capex / 10, "federal_budget_mln": fed / 10,
                                    "regional_budget_mln": sub / 10, "extra_budgetary_mln": priv / 10,
                                    "jobs_planned": fte, "problems": issue}, fields))
        r += 1
    save_wb(wb, OUT / name)
    hyper_row = next(rr for rr in range(2, r) if ws.cell(rr, 1).value == "INO-0976")
    exp = {
        "file": name, "refused": False, "fields": fields, "record_count": len(records), "records": records,
        "rejected": rejected, "header_row": 1, "data_rows": [2, r - 1],
        "skipped_rows": {str(blank_row): "blank row"}, "columns": [[h, f] for h, f in headers],
        "notes": (
            f"Investor's flat list on sheet 'Projects', header row 1, data rows 2-{r - 1}. Row {blank_row} is a row "
            "of formatted blank cells (one holding a single space): skipped silently, not rejected. Three rows are "
            "rejected: INO-0975 (go-live 31.12.2024 before the start 01.06.2025), INO-0979 (negative capex), "
            "INO-0982 (FTE (target) written '~450', text in a number column). The name of INO-0972 has leading and "
            f"trailing spaces (trimmed). Row {hyper_row} (INO-0976) is valid: its 'Key issues' text starts with "
            "'=HYPERLINK(' but is a plain string and is imported unchanged. Amounts RUB m. Not imported: 'RAG' "
            "(rating, not status), 'Own funds' and 'Bank loan' (parts of 'Private total'), 'Spent to date', 'Owner' "
            "(a person). Stage 'On hold' = suspended. Go-live: dates, 'Q4 2027' (quarter end), 'II кв. 2027', "
            "'2027' as text and 2027/2028 as numbers in General cells (31 December). Start: real dates and "
            "'dd.mm.yyyy' text."),
    }
    write_expected(name, exp)



# ---------------------------------------------------------------------------
# Re-saved copies (LibreOffice), same records
# ---------------------------------------------------------------------------
RESAVE = [("fed_svedeniya_2026q1.xlsx", "xls", "xls:MS Excel 97"),
          ("fed_po_klasteram.xlsx", "xls", "xls:MS Excel 97"),
          ("inv_pipeline.xlsx", "ods", "ods")]


def resave():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found: resaved/ skipped")
        return
    dest = OUT / "resaved"
    dest.mkdir(exist_ok=True)
    profile = Path("/tmp/agency20_lo_profile")
    for src, ext, filt in RESAVE:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", filt,
                        "--outdir", str(dest), str(OUT / src)], check=True, capture_output=True, timeout=180)
        new = Path(src).stem + "." + ext
        exp = json.loads((OUT / f"{src}.expected.json").read_text(encoding="utf-8"))
        exp["file"] = new
        exp["resaved_from"] = src
        exp["notes"] = (f"{src} opened and saved again by LibreOffice Calc as .{ext}; same sheets, rows, cells and "
                        "expected records as the original. " + exp["notes"])
        (dest / f"{new}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8")


if __name__ == "__main__":
    rng = random.Random(20)
    state, order = build_q1(rng)
    build_q2(state, order)
    build_clusters(rng)
    build_csv(rng)
    build_pipeline(rng)
    build_model(rng)
    build_bad(rng)
    resave()
