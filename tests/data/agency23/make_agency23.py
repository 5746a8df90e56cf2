#!/usr/bin/env python3
"""Deterministic generator of the agency23 evaluation set (no randomness).

Writes 6 input files and one <stem>.expected.json per file into this folder.
All organisations, people, phone numbers and figures are invented.
Run:  /work/main/.venv/bin/python make_agency23.py
"""
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


# ----------------------------------------------------------------- helpers
def ru(d, sep=NBSP):
    """Decimal -> Russian text: thousands separated by sep, decimal comma."""
    s = "{:,}".format(d)
    return s.replace(",", "\u0001").replace(".", ",").replace("\u0001", sep)


def num(d):
    """Decimal -> cell number (int when whole, else float)."""
    return int(d) if d == d.to_integral_value() else float(d)


def jmoney(d):
    return None if d is None else float(d)


def iso(x):
    return None if x is None else x.isoformat()


def ordered(rec, fields):
    return {f: rec.get(f) for f in fields}


def write_json(stem, obj):
    with open(os.path.join(HERE, stem + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def date_cell(ws, ref, d):
    ws[ref] = d
    ws[ref].number_format = "DD.MM.YYYY"


FIXED_TIME = dt.datetime(2025, 10, 15, 9, 0, 0)


def save(wb, filename):
    """Save with fixed document and zip timestamps so that the bytes are reproducible."""
    wb.properties.creator = "agency23 generator"
    wb.properties.created = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(os.path.join(HERE, filename), "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2025-10-15T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 10, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, data)


def mk_fields(present):
    return [f for f in FIELDS if f in present]


# ======================================================================
# File 1: ГИСП export, wide ministry summary, three-level header, тыс. руб.
# ======================================================================
F1 = "gisp_promproekty.xlsx"
# Period cells written as text and the date they stand for
# (quarter / half-year / bare year -> last day of the period).
F1_ROWS = [
    # group, code, name, org, inn, okved, cluster(as written, key), location(as written, key),
    # status(as written, key), start, end(written, date), [ФБ, ОБ, МБ, ВБИ, ВБИ подтв., освоено] тыс.,
    # jobs plan, jobs created, % готовности, problems
    ("Томск", "INO-2301", "Выпуск полиолефиновых композиций на площадке «Томскнефтехим»",
     "ООО «Полимер-Композит Томск»", "7017123450", "20.16", ("Нефтехимия", "petrochemical"),
     ("г. Томск", "Томск"), ("Реализация (инвестиционная стадия)", "in_progress"),
     dt.date(2023, 3, 1), ("IV кв. 2026", dt.date(2026, 12, 31)),
     ["120000", "45500", None, "834500", "600000", "412300.5"], 140, 35, 48, None),
    ("Томск", "INO-2302", "Производство радиофармпрепаратов для ПЭТ-диагностики",
     "АО «ТомИзотоп-Фарм»", "7017000221", "21.20", ("Ядерные технологии", "nuclear"),
     ("г.Томск", "Томск"), ("Проект реализован", "completed"),
     "14.05.2021", (dt.date(2024, 11, 29), dt.date(2024, 11, 29)),
     ["250000", "80000", "5000", "365000", "365000", "700000"], 60, 60, 100, None),
    ("Томск", "INO-2303", "Цех стерильных инфузионных растворов",
     "ООО «СибИнфуз»", "7017333447", "21.20", ("Фармацевтика", "pharma"),
     ("Город Томск", "Томск"), ("Планируется к реализации", "planned"),
     dt.date(2025, 9, 1), ("2028", dt.date(2028, 12, 31)),
     [None, "30000", None, "1170000", "150000", "0"], 210, 0, 0,
     "Не определён земельный участок под расширение"),
    ("Томск", "INO-2304", "Серийное производство аппаратов ИВЛ для новорождённых",
     "ООО «Медикон-Томск»", "7017555009", "32.50", ("Медицинская техника, ИТ", "medtech_it"),
     ("Томск г", "Томск"), ("Идёт реализация", "in_progress"),
     "01.02.2024", ("II полугодие 2026", dt.date(2026, 12, 31)),
     ["95000", "20000", None, "118750.4", "60000", "97000"], 85, 12, 41, None),
    ("Томск", "INO-2305", "Завод сухих экстрактов из кедрового ореха",
     "ООО «Кедровый край»", "7017888120", "10.39", ("Дикоросы", "wildlife"),
     ("г. Томск", "Томск"), ("Эксплуатационная стадия", "completed"),
     dt.date(2020, 6, 15), ("31.12.2023", dt.date(2023, 12, 31)),
     ["0", "12000", "3000", "146000", "146000", "161000"], 48, 52, 100, None),
    ("Северск", "INO-2306", "Опытное производство изотопа никель-63",
     "АО «Северский изотопный завод»", "7024001187", "24.46", ("Ядерные технологии", "nuclear"),
     ("ЗАТО Северск", "Северск"), ("Реализация приостановлена", "suspended"),
     "10.10.2022", ("2027", dt.date(2027, 12, 31)),
     ["310000", None, None, "190000", "0", "88000"], 70, 0, 15,
     "Приостановлено до получения лицензии Ростехнадзора"),
    ("Северск", "INO-2307", "Производство каталитических систем для нефтехимии",
     "ООО «Катализ-Северск»", "7024044551", "20.59", ("Нефтехимия", "petrochemical"),
     ("ЗАТО г. Северск", "Северск"), ("Прединвестиционная стадия", "planned"),
     dt.date(2026, 1, 20), ("I полугодие 2029", dt.date(2029, 6, 30)),
     [None, None, None, "2450000", None, "0"], 120, 0, 0, None),
    ("Северск", "INO-2308", "Центр обработки данных «Северный»",
     "ООО «ДатаЦентр Северск»", "7024077300", "63.11", ("—", None),
     ("ЗАТО Северск", "Северск"), ("Реализация (инвестиционная стадия)", "in_progress"),
     "03.04.2023", ("III кв. 2025", dt.date(2025, 9, 30)),
     ["0", "40000", None, "560000", "300000", "411000"], 25, 10, 73, None),
    ("Асино", "INO-2309", "Завод клеёного бруса и CLT-панелей",
     "ООО «Асиновский лесной терминал»", "7002100456", "16.23", ("ЛПК", "timber"),
     ("Асиновский р-н, г. Асино", "Асино"), ("Идёт реализация", "in_progress"),
     dt.date(2022, 8, 8), ("IV кв. 2025", dt.date(2025, 12, 31)),
     ["150000", "60000", "2500", "1987500", "1200000", "1650000"], 260, 140, 83, None),
    ("Асино", "INO-2310", "Пеллетный завод на отходах лесопиления",
     "ООО «ТомПеллет»", "7002100987", "16.29", ("ЛПК", "timber"),
     ("г. Асино", "Асино"), ("Проект реализован", "completed"),
     "05.03.2019", ("20.12.2021", dt.date(2021, 12, 20)),
     [None, "15000", None, "283400", "283400", "298400"], 40, 44, 100, None),
    ("Асино", "INO-2311", "Переработка дикоросов «Таёжная кладовая»",
     "ООО «Таёжная кладовая»", "7002111777", "10.39", ("Дикоросы", "wildlife"),
     ("Асиновский р-н, г. Асино", "Асино"), ("Планируется к реализации", "planned"),
     "01.07.2025", ("2027", dt.date(2027, 12, 31)),
     ["0", "8000", None, "92000", "20000", "0"], 30, 0, 0, None),
    ("Стрежевой", "INO-2312", "Технология закачки CO2 для доизвлечения нефти",
     "АО «Стрежевской нефтесервис»", "7022009991", "09.10", ("ТрИЗ", "hard_to_recover"),
     ("городской округ Стрежевой", "Стрежевой"), ("Реализация (инвестиционная стадия)", "in_progress"),
     dt.date(2023, 5, 16), ("II кв. 2027", dt.date(2027, 6, 30)),
     ["400000", None, None, "3600000", "3000000", "1520000"], 90, 30, 38, None),
    ("Стрежевой", "INO-2313", "Полигон испытаний оборудования для баженовской свиты",
     "ООО «Баженов-Тест»", "7022012345", "71.20", ("ТрИЗ", "hard_to_recover"),
     ("городской округ Стрежевой", "Стрежевой"), ("Реализация приостановлена", "suspended"),
     "12.12.2021", ("31.12.2026", dt.date(2026, 12, 31)),
     ["180000", "20000", None, "300000", "100000", "145000"], 35, 8, 29,
     "Инвестор пересматривает финансовую модель"),
    ("Томский район", "INO-2314", "Тепличный комбинат лекарственных растений",
     "ООО «ФитоАгро Томск»", "7014066660", "01.28", ("Фармацевтика", "pharma"),
     ("Томский муниципальный район", "Томский район"), ("Идёт реализация", "in_progress"),
     dt.date(2024, 4, 1), ("2026", dt.date(2026, 12, 31)),
     ["0", "55000", "1200", "743800", "500000", "390000"], 110, 20, 52, None),
    ("Томский район", "INO-2315", "Производство МРТ-совместимых имплантов",
     "ООО «ИмплантТех»", "7014099001", "32.50", ("Медицинская техника, ИТ", "medtech_it"),
     ("Томский р-н, с. Богашево", "Томский район"), ("Прединвестиционная стадия", "planned"),
     "15.01.2026", ("IV кв. 2028", dt.date(2028, 12, 31)),
     [None, None, None, "415000", None, "0"], 55, 0, 0, None),
    ("Томский район", "INO-2316", "Лесохимический комплекс (этап I)",
     "ООО «Томлесхим»", "7014012121", "20.14", ("ЛПК", "timber"),
     ("Верхнекетский район", None), ("Проект реализован", "completed"),
     dt.date(2018, 2, 2), ("31.10.2022", dt.date(2022, 10, 31)),
     ["60000", "20000", None, "520000", "520000", "600000"], 75, 75, 100, None),
]
F1_GROUP_TITLE = {"Томск": "Итого по муниципальному образованию «Город Томск»",
                  "Северск": "Итого по ЗАТО Северск",
                  "Асино": "Итого по Асиновскому району",
                  "Стрежевой": "Итого по городскому округу Стрежевой",
                  "Томский район": "Итого по Томскому району и прочим МО"}

# column letters of file 1 (22 columns)
F1_COLS = [
    ("A", "№ п/п", None),
    ("B", "Идентификатор проекта в ГИСП", None),
    ("C", "Код проекта ИНО", "code"),
    ("D", "Наименование инвестиционного проекта", "name"),
    ("E", "Инициатор проекта", "lead_organization"),
    ("F", "ИНН инициатора", None),
    ("G", "ОКВЭД 2 (основной)", None),
    ("H", "Отраслевая принадлежность", "cluster"),
    ("I", "Муниципальное образование", "location"),
    ("J", "Стадия реализации", "status"),
    ("K", "Сроки реализации / начало", "start_date"),
    ("L", "Сроки реализации / окончание", "end_date"),
    ("M", "Полная стоимость проекта, тыс. руб.", "total_cost_mln"),
    ("N", "Источники финансирования, тыс. руб. / бюджетные / ФБ", "federal_budget_mln"),
    ("O", "Источники финансирования, тыс. руб. / бюджетные / ОБ", "regional_budget_mln"),
    ("P", "Источники финансирования, тыс. руб. / бюджетные / МБ", None),
    ("Q", "Источники финансирования, тыс. руб. / внебюджетные (ВБИ)", "extra_budgetary_mln"),
    ("R", "Источники финансирования, тыс. руб. / из них ВБИ, подтверждённые соглашениями", "extra_budgetary_confirmed_mln"),
    ("S", "Освоено с начала реализации, тыс. руб.", None),
    ("T", "Рабочие места, ед. / по проекту", "jobs_planned"),
    ("U", "Рабочие места, ед. / создано на отчётную дату", "jobs_created"),
    ("V", "Готовность, %", None),
    ("W", "Проблемные вопросы, риски", "problems"),
]


def f1_base_records():
    """Canonical records of file 1 (values in RUB million)."""
    out = []
    for r in F1_ROWS:
        (_g, code, name, org, _inn, _okv, cl, loc, st, start, end, money, jp, jc, _pct, prob) = r
        fb, ob, mb, vbi, conf, _sp = [None if x is None else D(x) for x in money]
        total = sum(x for x in (fb, ob, mb, vbi) if x is not None)
        out.append({
            "code": code, "name": name, "cluster": cl[1], "location": loc[1], "status": st[1],
            "start_date": start if isinstance(start, dt.date) else dt.datetime.strptime(start, "%d.%m.%Y").date(),
            "end_date": end[1],
            "total_cost_mln": total / 1000, "federal_budget_mln": None if fb is None else fb / 1000,
            "regional_budget_mln": None if ob is None else ob / 1000,
            "extra_budgetary_mln": vbi / 1000,
            "extra_budgetary_confirmed_mln": None if conf is None else conf / 1000,
            "jobs_planned": jp, "jobs_created": jc, "lead_organization": org, "problems": prob,
            "_total_th": total,
        })
    return out


def make_f1():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Выгрузка ГИСП"
    ws["A1"] = "Государственная информационная система промышленности (ГИСП)"
    ws["A2"] = "Реестр промышленных инвестиционных проектов, реализуемых на территории Томской области"
    ws["A3"] = "по состоянию на 01.01.2025 (стоимостные показатели — в тысячах рублей)"
    for r in (1, 2, 3):
        ws.merge_cells(f"A{r}:W{r}")
    # three-level header, rows 5-7
    single = {"A": "№ п/п", "B": "Идентификатор проекта в ГИСП", "C": "Код проекта ИНО",
              "D": "Наименование инвестиционного проекта", "E": "Инициатор проекта",
              "F": "ИНН инициатора", "G": "ОКВЭД 2 (основной)", "H": "Отраслевая принадлежность",
              "I": "Муниципальное образование", "J": "Стадия реализации",
              "M": "Полная стоимость проекта, тыс. руб.",
              "S": "Освоено с начала реализации, тыс. руб.", "V": "Готовность, %",
              "W": "Проблемные вопросы, риски"}
    for col, text in single.items():
        ws[f"{col}5"] = text
        ws.merge_cells(f"{col}5:{col}7")
    ws["K5"] = "Сроки реализации"
    ws.merge_cells("K5:L5")
    ws["K6"] = "начало"
    ws.merge_cells("K6:K7")
    ws["L6"] = "окончание"
    ws.merge_cells("L6:L7")
    ws["N5"] = "Источники финансирования, тыс. руб."
    ws.merge_cells("N5:R5")
    ws["N6"] = "бюджетные"
    ws.merge_cells("N6:P6")
    ws["N7"], ws["O7"], ws["P7"] = "ФБ", "ОБ", "МБ"
    ws["Q6"] = "внебюджетные (ВБИ)"
    ws.merge_cells("Q6:Q7")
    ws["R6"] = "из них ВБИ, подтверждённые соглашениями"
    ws.merge_cells("R6:R7")
    ws["T5"] = "Рабочие места, ед."
    ws.merge_cells("T5:U5")
    ws["T6"] = "по проекту"
    ws.merge_cells("T6:T7")
    ws["U6"] = "создано на отчётную дату"
    ws.merge_cells("U6:U7")
    for c in range(1, 24):
        ws.cell(8, c, c)
        for r in (5, 6, 7):
            ws.cell(r, c).alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            ws.cell(r, c).font = Font(bold=True)
    recs = f1_base_records()
    row = 9
    data_rows, skipped = [], {"4": "blank row", "8": "column numbers"}
    text_money = 0
    text_dates = 0
    group = None
    gsum = None
    grand = [D(0)] * 7
    n = 0

    def flush(g, s):
        nonlocal row
        ws.cell(row, 1, None)
        ws.cell(row, 4, F1_GROUP_TITLE[g])
        ws.cell(row, 4).font = Font(bold=True)
        for i, c in enumerate((13, 14, 15, 16, 17, 18, 19)):
            ws.cell(row, c, num(s[i]))
        ws.cell(row, 20, s[7])
        ws.cell(row, 21, s[8])
        skipped[str(row)] = "subtotal"
        row += 1

    for r, rec in zip(F1_ROWS, recs):
        (g, code, name, org, inn, okv, cl, loc, st, start, end, money, jp, jc, pct, prob) = r
        if g != group:
            if group is not None:
                flush(group, gsum)
            group = g
            gsum = [D(0)] * 7 + [0, 0]
        n += 1
        ws.cell(row, 1, n)
        ws.cell(row, 2, "ГИСП-70-%06d" % (4100 + n * 37))
        ws.cell(row, 3, code)
        ws.cell(row, 4, name)
        ws.cell(row, 5, org)
        ws.cell(row, 6, inn)
        ws.cell(row, 7, okv)
        ws.cell(row, 8, cl[0])
        ws.cell(row, 9, loc[0])
        ws.cell(row, 10, st[0])
        if isinstance(start, dt.date):
            date_cell(ws, f"K{row}", start)
        else:
            ws.cell(row, 11, start)
            text_dates += 1
        if isinstance(end[0], dt.date):
            date_cell(ws, f"L{row}", end[0])
        else:
            ws.cell(row, 12, end[0])
        vals = [rec["_total_th"]] + [None if x is None else D(x) for x in money]
        for i, v in enumerate(vals):
            c = 13 + i
            if v is None:
                continue
            if (n + i) % 3 == 0 and v >= 1000:
                ws.cell(row, c, ru(v, NBSP if (n % 2) else " "))
                text_money += 1
            else:
                ws.cell(row, c, num(v))
            gsum[i] += v
            grand[i] += v
        ws.cell(row, 20, jp)
        ws.cell(row, 21, jc)
        gsum[7] += jp
        gsum[8] += jc
        ws.cell(row, 22, pct)
        ws.cell(row, 23, prob)
        data_rows.append(row)
        row += 1
    flush(group, gsum)
    ws.cell(row, 4, "ВСЕГО по Томской области")
    for i, c in enumerate((13, 14, 15, 16, 17, 18, 19)):
        ws.cell(row, c, num(grand[i]))
    skipped[str(row)] = "totals"
    row += 2
    ws.cell(row, 1, "Примечание: ФБ — федеральный бюджет, ОБ — областной бюджет, МБ — местный бюджет, "
                    "ВБИ — внебюджетные источники. Данные сформированы автоматически.")
    ws.merge_cells(f"A{row}:W{row}")
    skipped[str(row - 1)] = "blank row"
    skipped[str(row)] = "footnote"
    for c, w in zip("ABCDEFGHIJKLMNOPQRSTUVW", [5, 16, 11, 44, 30, 12, 9, 18, 22, 24, 12, 14] + [14] * 11):
        ws.column_dimensions[c].width = w
    ws2 = wb.create_sheet("Справка")
    ws2["A1"] = "Выгрузка сформирована в ГИСП по запросу департамента промышленности."
    ws2["A2"] = "Коды проектов ИНО проставлены вручную сотрудником проектного офиса."
    save(wb, F1)

    fields = mk_fields({f for _c, _h, f in F1_COLS if f})
    records = []
    for rec in recs:
        out = dict(rec)
        for k in ("start_date", "end_date"):
            out[k] = iso(out[k])
        for k in MONEY:
            if k in out:
                out[k] = jmoney(out[k])
        records.append(ordered(out, fields))
    write_json("gisp_promproekty", {
        "file": F1, "refused": False, "fields": fields, "record_count": len(records),
        "records": records, "rejected": [],
        "columns": [[h, f] for _c, h, f in F1_COLS],
        "data_sheet": "Выгрузка ГИСП",
        "header_rows": [5, 6, 7],
        "data_rows": data_rows,
        "skipped_rows": dict(sorted(skipped.items(), key=lambda kv: int(kv[0]))),
        "sheets": [{"sheet": "Выгрузка ГИСП", "data": True}, {"sheet": "Справка", "data": False}],
        "notes": ("ГИСП export of industrial projects. Title rows 1-3 (row 3 says the amounts are in "
                  "thousand roubles; every money header repeats 'тыс. руб.'). Three-level merged header in rows "
                  "5-7: 'Источники финансирования, тыс. руб.' -> 'бюджетные' -> 'ФБ' / 'ОБ' / 'МБ', written "
                  "as 'top / middle / sub'. Row 8 numbers the columns 1..23. Projects are grouped by "
                  "municipality; each group ends with an 'Итого по ...' subtotal row, then a 'ВСЕГО по Томской "
                  "области' grand total and a footnote: none of them is a project. Amounts converted to RUB "
                  "million (÷1000); %d money cells are text with a space or non-breaking space as thousands "
                  "separator and a decimal comma; %d start dates are dd.mm.yyyy text. End dates are dates, "
                  "dd.mm.yyyy text, quarters ('IV кв. 2026' -> 2026-12-31), half-years ('II полугодие 2026' "
                  "-> 2026-12-31, 'I полугодие 2029' -> 2029-06-30) or bare years as text ('2027' -> "
                  "2027-12-31). ФБ = federal_budget, ОБ (областной) = regional_budget, ВБИ = extra_budgetary. "
                  "Not imported: № п/п, the ГИСП identifier, ИНН, ОКВЭД, 'МБ' (municipal budget: no canonical "
                  "field; it is part of the total), 'Освоено с начала реализации' (spent to date) and "
                  "'Готовность, %%'. Cluster given as a branch word ('Нефтехимия', 'ЛПК', 'ТрИЗ', "
                  "'Медицинская техника, ИТ'); '—' = no cluster. 'Эксплуатационная стадия' (in operation) = "
                  "completed, 'Прединвестиционная стадия' = planned. 'Верхнекетский район' is not one of the "
                  "canonical places -> location null. Sheet 'Справка' is text, not data." % (text_money, text_dates)),
    })
    return recs, fields


# ======================================================================
# File 2: startup studio residents, bilingual, one sheet
# ======================================================================
F2 = "startup_residents.xlsx"
F2_COLS = [
    ("#", None), ("Код проекта / Project code", "code"), ("Project name / Наименование", "name"),
    ("Резидент (компания) / Resident company", "lead_organization"), ("ОГРН", None),
    ("Cluster / Кластер", "cluster"), ("Status / Статус", "status"), ("Start / Начало", "start_date"),
    ("Completion / Завершение (план)", "end_date"), ("Стоимость / Cost, RUB m", "total_cost_mln"),
    ("Federal grant / Грант ФБ, RUB m", "federal_budget_mln"),
    ("Regional support / Поддержка ОБ, млн руб.", "regional_budget_mln"),
    ("Private investment / ВБИ, RUB m", "extra_budgetary_mln"),
    ("Jobs planned / Рабочие места (план)", "jobs_planned"),
    ("Spent to date / Освоено, RUB m", None), ("Contact phone / Тел.", None),
    ("Issues / Проблемы", "problems"),
]
# (code, name, org, cluster (written,key), status (written,key), start (cell, date),
#  end (cell, date), total, fb, ob, vbi (Decimal str, '' = empty; 'T' prefix = text cell), jobs, spent, problems)
F2_ROWS = [
    ("INO-2341", "AI-assisted ultrasound screening platform", "ООО «Сонотек Лаб»",
     ("IT & medtech", "medtech_it"), ("In progress", "in_progress"),
     (dt.date(2024, 2, 1), dt.date(2024, 2, 1)), ("Q4 2026", dt.date(2026, 12, 31)),
     "48.5", "20", "0", "28.5", 25, "31.2", None),
    ("INO-2342", "Платформа цифровых двойников для буровых / Digital twins for drilling",
     "ООО «Керн-Цифра»", ("Hard-to-recover oil", "hard_to_recover"), ("реализуется", "in_progress"),
     ("15.03.2024", dt.date(2024, 3, 15)), ("H2 2027", dt.date(2027, 12, 31)),
     "T112,0", "T40,0", "", "T72,0", 30, "20,4", None),
    ("INO-2343", "Biodegradable packaging from birch bark", "ООО «БерестаПак»",
     ("Timber / ЛПК", "timber"), ("Planned", "planned"),
     (dt.date(2025, 10, 1), dt.date(2025, 10, 1)), ("2028", dt.date(2028, 12, 31)),
     "36", "", "6", "30", 18, None, None),
    ("INO-2344", "Экспресс-тесты на основе аптамеров", "ООО «Аптамер Диагностика»",
     ("Pharmaceuticals", "pharma"), ("Completed", "completed"),
     ("01.06.2021", dt.date(2021, 6, 1)), (dt.date(2024, 5, 31), dt.date(2024, 5, 31)),
     "T1 250,0", "T500,0", "100", "650", 42, "1 250,0", None),
    ("INO-2345", "Compact neutron source for materials testing", "ООО «Нейтрон-Т»",
     ("Nuclear", "nuclear"), ("on hold", "suspended"),
     (dt.date(2023, 9, 4), dt.date(2023, 9, 4)), (2027, dt.date(2027, 12, 31)),
     "210", "150", "", "60", 15, "44.7", "Export licence pending / ждём лицензию на экспорт"),
    ("INO-2346", "Сублимированные ягодные снеки / Freeze-dried berry snacks", "ООО «Ягодный Север»",
     ("дикоросы", "wildlife"), ("в стадии планирования", "planned"),
     ("01.04.2026", dt.date(2026, 4, 1)), ("III кв. 2027", dt.date(2027, 9, 30)),
     "T18,4", "", "T2,4", "T16,0", 12, None, None),
    ("INO-2347", "Polymer additives from associated gas", "ООО «ПНГ-Хим»",
     ("Petrochem", "petrochemical"), ("ongoing", "in_progress"),
     (dt.date(2024, 7, 10), dt.date(2024, 7, 10)), ("Q2 2026", dt.date(2026, 6, 30)),
     "320", "100", "20", "200", 40, "97,5", None),
    ("INO-2348", "Телемедицинский модуль для ФАПов", "ООО «ТелеМед Сибирь»",
     ("медтехника/ИТ", "medtech_it"), ("завершен", "completed"),
     ("10.01.2022", dt.date(2022, 1, 10)), ("31.12.2024", dt.date(2024, 12, 31)),
     "T24,0", "T12,0", "T0,0", "T12,0", 10, "24,0", None),
    ("INO-2349", "Smart-grid analytics SaaS", "ООО «Гридекс»",
     ("n/a", None), ("In progress", "in_progress"),
     (dt.date(2025, 1, 15), dt.date(2025, 1, 15)), ("2026", dt.date(2026, 12, 31)),
     "9.8", "", "", "9.8", 8, "3.1", None),
    ("INO-2350", "Radiopharmaceutical synthesis module", "ООО «РадиоСинтез»",
     ("ядерный", "nuclear"), ("приостановлен до 2026 г.", "suspended"),
     ("20.11.2023", dt.date(2023, 11, 20)), ("Q4 2027", dt.date(2027, 12, 31)),
     "75", "T30,0", "5", "40", 14, None, "Нет площадки с лицензией на работу с источниками"),
    ("INO-2351", "Кедровое масло холодного отжима премиум-класса", "ООО «Кедр-Эко»",
     ("Wildlife resources", "wildlife"), ("Закрыт (отказ резидента)", None),
     (dt.date(2022, 5, 5), dt.date(2022, 5, 5)), ("2024", dt.date(2024, 12, 31)),
     "6.5", "", "1.5", "5", 6, "0.9", "Resident left the programme / резидент вышел из программы"),
    ("INO-2352", "Drone-based forest inventory service", "ООО «ЛесДрон»",
     ("—", None), ("Planned", "planned"),
     ("01.09.2026", dt.date(2026, 9, 1)), ("H1 2028", dt.date(2028, 6, 30)),
     "14", "5", "", "9", 9, None, None),
    ("INO-2353", "Генотерапевтический препарат для ветеринарии", "ООО «ВетГен»",
     ("фарма", "pharma"), ("Реализуется", "in_progress"),
     (dt.date(2023, 12, 1), dt.date(2023, 12, 1)), ("IV кв. 2026", dt.date(2026, 12, 31)),
     "T86,3", "T40,0", "T6,3", "T40,0", 22, "T51,0", None),
    ("INO-2354", "Smart catalyst for polypropylene / Катализатор для полипропилена", "ООО «КатаЛаб»",
     ("нефтехимический", "petrochemical"), ("Done", "completed"),
     ("02.02.2021", dt.date(2021, 2, 2)), (dt.date(2023, 10, 16), dt.date(2023, 10, 16)),
     "27.5", "10", "2.5", "15", 11, "27.5", None),
]


def make_f2():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Residents_Резиденты"
    ws["A1"] = "Startup Studio «Томский акселератор» — резиденты и проекты / Residents' projects (as of 01.10.2025)"
    ws.merge_cells("A1:Q1")
    for i, (h, _f) in enumerate(F2_COLS, 1):
        ws.cell(2, i, h).font = Font(bold=True)
        ws.cell(2, i).alignment = Alignment(wrap_text=True)
    recs = []
    text_money = 0
    for n, r in enumerate(F2_ROWS, 1):
        (code, name, org, cl, st, start, end, tot, fb, ob, vbi, jobs, spent, prob) = r
        row = n + 2
        ws.cell(row, 1, n)
        ws.cell(row, 2, code)
        ws.cell(row, 3, name)
        ws.cell(row, 4, org)
        ws.cell(row, 5, "11270170%05d" % (n * 131))
        ws.cell(row, 6, cl[0])
        ws.cell(row, 7, st[0])
        for col, (cell, _d) in ((8, start), (9, end)):
            if isinstance(cell, dt.date):
                date_cell(ws, f"{get_column_letter(col)}{row}", cell)
            else:
                ws.cell(row, col, cell)
        money = {}
        for col, key, s in ((10, "total_cost_mln", tot), (11, "federal_budget_mln", fb),
                            (12, "regional_budget_mln", ob), (13, "extra_budgetary_mln", vbi)):
            if s == "":
                money[key] = None
                continue
            if s.startswith("T"):
                ws.cell(row, col, s[1:])
                text_money += 1
                money[key] = D(s[1:].replace(" ", "").replace(NBSP, "").replace(",", "."))
            else:
                money[key] = D(s)
                ws.cell(row, col, num(D(s)))
        ws.cell(row, 14, jobs)
        if spent is not None:
            ws.cell(row, 15, spent[1:] if spent.startswith("T") else (spent if "," in spent else num(D(spent))))
        ws.cell(row, 16, "+7 (3822) 55-%02d-%02d" % (10 + n, 30 + n))
        ws.cell(row, 17, prob)
        rec = {"code": code, "name": name, "cluster": cl[1], "status": st[1],
               "start_date": iso(start[1]), "end_date": iso(end[1]),
               "jobs_planned": jobs, "lead_organization": org, "problems": prob}
        for k, v in money.items():
            rec[k] = jmoney(v)
        recs.append(rec)
    ws.freeze_panes = "C3"
    for c, w in zip("ABCDEFGHIJKLMNOPQ", [4, 12, 48, 30, 16, 18, 22, 12, 14, 12, 12, 12, 12, 10, 12, 18, 40]):
        ws.column_dimensions[c].width = w
    save(wb, F2)
    fields = mk_fields({f for _h, f in F2_COLS if f})
    records = [ordered(r, fields) for r in recs]
    write_json("startup_residents", {
        "file": F2, "refused": False, "fields": fields, "record_count": len(records),
        "records": records, "rejected": [],
        "columns": [[h, f] for h, f in F2_COLS],
        "data_sheet": "Residents_Резиденты", "header_row": 2, "data_rows": [3, 16],
        "skipped_rows": {"1": "title"},
        "notes": ("Startup studio list of residents' projects; English and Russian mixed in one sheet. Title "
                  "row 1, bilingual header row 2 ('Стоимость / Cost, RUB m'), data rows 3-16. Amounts are "
                  "RUB million ('RUB m', 'млн руб.'); %d money cells are text with a decimal comma. Cluster as "
                  "English or Russian short forms and adjectives ('IT & medtech', 'медтехника/ИТ', 'Petrochem', "
                  "'нефтехимический', 'ядерный', 'фарма', 'Timber / ЛПК', 'Hard-to-recover oil'); 'n/a' and '—' = "
                  "no cluster. Status as English words and Russian phrases ('on hold', 'ongoing', 'Done', "
                  "'в стадии планирования', 'приостановлен до 2026 г.'); 'Закрыт (отказ резидента)' (closed, "
                  "the resident withdrew) is neither completed nor suspended -> status null. Completion: dates, "
                  "'Q4 2026' and 'III кв. 2027' -> quarter end, 'H2 2027' -> 2027-12-31, 'H1 2028' -> "
                  "2028-06-30, bare year as text or as a General-format number -> 31 December. Not imported: "
                  "'#', ОГРН, 'Spent to date / Освоено' and the phone column. Empty money cells are null."
                  % text_money),
    })


# ======================================================================
# File 3: update of file 1, half a year later, млн руб.
# ======================================================================
F3 = "gisp_aktualizaciya.xlsx"
F3_COLS = [
    ("Код ИНО", "code"), ("Наименование проекта", "name"), ("Стадия", "status"),
    ("Полная стоимость (млн руб.)", "total_cost_mln"), ("ФБ (млн руб.)", "federal_budget_mln"),
    ("ОБ (млн руб.)", "regional_budget_mln"), ("ВБИ (млн руб.)", "extra_budgetary_mln"),
    ("Создано рабочих мест нарастающим итогом", "jobs_created"),
    ("Освоено за I полугодие 2025 г., млн руб.", None),
    ("Телефон ответственного", None),
]
KEEP = "без изменений"
DASH = "—"
# Each row: code cell, name cell, status cell, total, fb, ob, vbi, jobs_created, spent slice,
# difference note for a name-matched row.  Values: Decimal strings (RUB mln), KEEP, DASH, None (empty).
F3_ROWS = [
    ("INO-2301", "Выпуск полиолефиновых композиций на площадке «Томскнефтехим»",
     "Реализация (инвестиционная стадия)", "1100", "120", "45,5", "934,5", 58, "96,2", None),
    ("INO-2303", "Цех стерильных инфузионных растворов",
     "Реализация (инвестиционная стадия)", KEEP, KEEP, KEEP, KEEP, 15, "40,0", None),
    ("INO-2306", "Опытное производство изотопа никель-63",
     "Реализация возобновлена", "500", "310", DASH, "190", 12, "12,0", None),
    ("INO-2310", "Пеллетный завод на отходах лесопиления",
     "Проект реализован", "298,4", DASH, "15", "283,4", 44, DASH, None),
    ("INO-2312", "Технология закачки CO2 для доизвлечения нефти",
     KEEP, "4 150,0", "400", KEEP, "3 750,0", 41, "310,5", None),
    ("INO-2308", "Центр обработки данных «Северный»",
     "Реализация (инвестиционная стадия)", "600", "0", "40", "560", 10, "55,0", None),
    (None, "Завод клеёного бруса и CLT-панелей".upper(),
     "Эксплуатационная стадия", KEEP, KEEP, KEEP, KEEP, 262, "210,0", "upper case (ё kept)"),
    (None, "Производство радиофармпрепаратов для ПЭТ-диагностики", KEEP,
     "700", "250", "80", "365", 64, DASH, "none: written exactly as stored, only the code cell is empty"),
    (None, "Лесохимический  комплекс (этап I) ", "Проект реализован",
     "600", "60", "20", "520", 75, DASH, "double space, trailing space"),
    (None, 'переработка дикоросов "Таежная кладовая"', "Реализация (инвестиционная стадия)",
     KEEP, KEEP, KEEP, KEEP, 5, "3,5", "first letter lower case, ё written as е, «» written as \"\""),
    ("INO-2317", "Производство литий-ионных ячеек для спецтехники",
     "Прединвестиционная стадия", "3 200,0", "800", "100", "2 300,0", 0, DASH, None),
    ("INO-2318", "Модернизация производства шпона (этап II)",
     "Идёт реализация", "410", DASH, "10", "400", 20, "35,0", None),
    ("INO-2319", "Цифровая платформа «Промышленный Томск»",
     "Планируется к реализации", "57,5", "0", "57,5", "0", DASH, DASH, None),
]
F3_STATUS = {"Реализация (инвестиционная стадия)": "in_progress", "Реализация возобновлена": "in_progress",
             "Проект реализован": "completed", "Эксплуатационная стадия": "completed",
             "Реализация приостановлена": "suspended", "Прединвестиционная стадия": "planned",
             "Идёт реализация": "in_progress", "Планируется к реализации": "planned"}


def make_f3(base_recs, base_fields):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Актуализация 01.07.2025"
    ws["A1"] = "Актуализация сведений о промышленных проектах (выгрузка ГИСП)"
    ws["A2"] = "по состоянию на 01.07.2025; в отличие от предыдущей выгрузки суммы — в млн рублей"
    for i, (h, _f) in enumerate(F3_COLS, 1):
        ws.cell(4, i, h).font = Font(bold=True)
    state = {}
    order = []
    for r in base_recs:
        rec = {k: r.get(k) for k in base_fields}
        state[r["code"]] = rec
        order.append(r["code"])
    changed, new, by_name = [], [], []
    for n, r in enumerate(F3_ROWS):
        row = 5 + n
        code, name, st, tot, fb, ob, vbi, jc, spent, diff = r
        cells = [code, name, st, tot, fb, ob, vbi, jc, spent, "8-913-8%02d-%02d-%02d" % (10 + n, 20 + n, 40 + n)]
        for i, v in enumerate(cells, 1):
            if v is None:
                continue
            if i in (4, 5, 6, 7) and v not in (KEEP, DASH) and "," not in v and " " not in v:
                ws.cell(row, i, num(D(v)))
            else:
                ws.cell(row, i, v)
        # apply
        if code is None:
            def norm(x):
                x = x.lower().replace("ё", "е")
                for q in "«»“”„":
                    x = x.replace(q, '"')
                return " ".join(x.split())
            hits = [c for c in order if norm(state[c]["name"]) == norm(name)]
            assert len(hits) == 1, name
            target = hits[0]
            by_name.append({"code": target, "name_in_file": name, "difference": diff, "row": row})
        else:
            target = code
        if target not in state:
            state[target] = {k: None for k in base_fields}
            state[target]["code"] = target
            state[target]["name"] = name
            order.append(target)
            new.append(target)
        rec = state[target]
        before = dict(rec)
        upd = {"status": st, "total_cost_mln": tot, "federal_budget_mln": fb,
               "regional_budget_mln": ob, "extra_budgetary_mln": vbi, "jobs_created": jc}
        for k, v in upd.items():
            if v in (KEEP, DASH):
                continue  # keep the stored value (a new project: stays null)
            if v is None:
                rec[k] = None
            elif k == "status":
                rec[k] = F3_STATUS[v]
            elif k == "jobs_created":
                rec[k] = v
            else:
                rec[k] = D(v.replace(" ", "").replace(",", "."))
        if target not in new and rec != before:
            changed.append(target)
    ws.column_dimensions["B"].width = 60
    save(wb, F3)
    records = []
    for c in order:
        rec = dict(state[c])
        for k in ("start_date", "end_date"):
            if isinstance(rec.get(k), dt.date):
                rec[k] = rec[k].isoformat()
        for k in MONEY:
            if k in rec and rec[k] is not None:
                rec[k] = float(rec[k])
        records.append(ordered(rec, base_fields))
    write_json("gisp_aktualizaciya", {
        "file": F3, "refused": False, "fields": base_fields, "record_count": len(records),
        "records": records, "rejected": [], "base_file": F1,
        "columns": [[h, f] for h, f in F3_COLS],
        "data_sheet": "Актуализация 01.07.2025", "header_row": 4, "data_rows": [5, 17],
        "changed_codes": sorted(changed), "new_codes": new, "matched_by_name": by_name,
        "notes": ("Update of gisp_promproekty.xlsx half a year later: import that file first, then this one; "
                  "'records' is the resulting state of all projects (the 16 of the base file in base-file "
                  "order, then the 3 new ones). Title rows 1-2 (row 2 says the units changed: amounts are now "
                  "RUB million, and each money header says 'млн руб.'), header row 4, data rows 5-17. 6 rows "
                  "carry a known code (4 of them change something; INO-2310 and INO-2308 are re-sent unchanged), "
                  "4 rows have an empty code and are matched by name (upper case; double and trailing space; "
                  "lower-case first letter with ё as е and \"\" for «»; one written exactly as stored), 3 rows carry new codes INO-2317..2319 "
                  "whose fields absent from this file (cluster, location, dates, confirmed extra-budgetary, "
                  "planned jobs, lead organisation, problems) are null. A cell 'без изменений' means 'no "
                  "change': the stored value is kept. A cell '—' means 'nothing reported': the stored value is "
                  "kept as well (for a new project it stays null). 'Реализация возобновлена' (resumed) = "
                  "in_progress. Projects matched by name keep their stored names. Not imported: the one-half-year slice "
                  "'Освоено за I полугодие 2025 г.' and the phone column."),
    })


# ======================================================================
# File 4: district list, one sheet per work area (work area only in sheet name + title row)
# ======================================================================
F4 = "tomskiy_rayon_napravleniya.xlsx"
F4_COLS = [
    ("№ п/п", None), ("Код", "code"), ("Наименование проекта (объекта)", "name"),
    ("Инициатор", "lead_organization"), ("Местоположение", "location"), ("Состояние", "status"),
    ("Начало", "start_date"), ("Ввод в эксплуатацию", "end_date"),
    ("Объём инвестиций — всего", "total_cost_mln"), ("из них: областной бюджет", "regional_budget_mln"),
    ("из них: средства инвестора", "extra_budgetary_mln"), ("Новые рабочие места, ед.", "jobs_planned"),
    ("Кадастровый № земельного участка", None), ("Проблемные вопросы, барьеры", "problems"),
]
F4_SHEETS = [
    ("1 Пром-сть", "Направление «Передовая промышленность»", "industry"),
    ("2 Наука и образование", "Направление «Наука и образование»", "science_education"),
    ("3 Техинновации", "Направление «Технологические инновации и новые бизнесы»", "innovation_business"),
    ("4 Умный город", "Направление «Умный, удобный город»", "smart_city"),
    ("5 Деловая среда", "Направление «Деловая среда»", "business_environment"),
]
# per sheet: rows (code, name, org, location(written,key), status(written,key), start, end(written,date),
#  total, ob, investor (thousand roubles; None = empty), jobs, cadastre, problems)
F4_DATA = [
    [
        ("INO-2361", "Завод по производству газобетонных блоков", "ООО «СибГазоБлок»",
         ("Томский р-н, с. Корнилово", "Томский район"), ("строительство ведётся", "in_progress"),
         dt.date(2024, 5, 20), ("IV квартал 2026", dt.date(2026, 12, 31)), "640000", "0", "640000", 85,
         "70:14:0300092:1124", None),
        ("INO-2362", "Комбикормовый завод «Зональный»", "ООО «Агрокорм Томск»",
         ("п. Зональная Станция, Томский район", "Томский район"), ("введён в эксплуатацию", "completed"),
         "12.04.2021", ("2023 г.", dt.date(2023, 12, 31)), "412500", "12500", "400000", 60,
         "70:14:0100008:560", None),
        ("INO-2363", "Производство металлоконструкций для опор ЛЭП", "ООО «ТомСтальКонструкция»",
         ("ЗАТО Северск", "Северск"), ("проектирование", "planned"),
         dt.date(2026, 3, 1), ("2 кв. 2027", dt.date(2027, 6, 30)), "275000", None, "275000", 40,
         None, "Нет свободных мощностей электросетей"),
    ],
    [
        ("INO-2364", "Агробиостанция Томского аграрного колледжа", "ОГБПОУ «Томский аграрный колледж»",
         ("Томский муниципальный район, с. Тимирязевское", "Томский район"), ("реализуется", "in_progress"),
         dt.date(2024, 9, 1), ("1-е полугодие 2026", dt.date(2026, 6, 30)), "98400", "78400", "20000", 12,
         None, None),
        ("INO-2365", "Полигон испытаний агродронов", "ООО «АгроДрон Лаб»",
         ("Томский р-н, д. Кисловка", "Томский район"), ("на паузе", "suspended"),
         "01.11.2023", ("2026 г.", dt.date(2026, 12, 31)), "21000", "6000", "15000", 7,
         "70:14:0200036:77", "Спор о границах участка с лесфондом"),
        ("INO-2366", "Научно-образовательный центр семеноводства", "ФГБНУ «Сибирский НИИ семеноводства»",
         ("Шегарский район", None), ("планируется", "planned"),
         dt.date(2026, 1, 15), ("IV квартал 2028", dt.date(2028, 12, 31)), "150000", "50000", "100000", 25,
         None, None),
    ],
    [
        ("INO-2367", "Производство биоудобрений из торфа", "ООО «ТорфБиоТех»",
         ("Томский р-н, с. Богашево", "Томский район"), ("реализован", "completed"),
         dt.date(2020, 7, 1), ("2022 г.", dt.date(2022, 12, 31)), "56300", "0", "56300", 18,
         "70:14:0311002:45", None),
        ("INO-2368", "Фабрика клеточных технологий для животноводства", "ООО «БиоКлетка»",
         ("Томский р-н, п. Мирный", "Томский район"), ("строительство ведётся", "in_progress"),
         "15.06.2024", ("3 кв. 2026", dt.date(2026, 9, 30)), "187000", "25000", "162000", 30,
         None, None),
        ("INO-2369", "Линия переработки облепихи", "ООО «Облепиховый край»",
         ("Томский р-н, с. Батурино", "Томский район"), ("инвестиционная идея", None),
         None, (None, None), "35000", None, "35000", 9, None,
         "Инициатор ищет соинвестора; сроки не определены"),
    ],
    [
        ("INO-2370", "Умное освещение улиц сельских поселений", "МКУ «Управление ЖКХ Томского района»",
         ("Томский муниципальный район", "Томский район"), ("реализуется", "in_progress"),
         dt.date(2025, 4, 1), ("2025 г.", dt.date(2025, 12, 31)), "42000", "30000", "12000", 0,
         None, None),
        ("INO-2371", "Цифровая платформа обращений жителей «Мой район»", "ООО «ГородЦифра»",
         ("Томский р-н (вся территория)", "Томский район"), ("реализован", "completed"),
         "01.03.2022", ("31.08.2023", dt.date(2023, 8, 31)), "8750", "8750", "0", 3,
         None, None),
        ("INO-2372", "Модульные очистные сооружения с телеметрией", "ООО «АкваМодуль»",
         ("Томский р-н, с. Малиновка", "Томский район"), ("проектирование", "planned"),
         dt.date(2026, 6, 1), ("IV квартал 2027", dt.date(2027, 12, 31)), "120000", "60000", "60000", 5,
         None, None),
    ],
    [
        ("INO-2373", "Индустриальный парк «Томский» (этап II)", "АО «Корпорация развития Томского района»",
         ("Томский р-н, д. Лоскутово", "Томский район"), ("строительство ведётся", "in_progress"),
         dt.date(2023, 8, 14), ("2027 г.", dt.date(2027, 12, 31)), "1350000", "350000", "1000000", 150,
         "70:14:0100040:2931", "Задержка подключения к газу"),
        ("INO-2374", "Центр поддержки фермеров «Одно окно»", "МАУ «Бизнес-инкубатор Томского района»",
         ("г. Томск (офис), услуги — по району", None), ("введён в эксплуатацию", "completed"),
         "10.01.2022", ("4 кв. 2022", dt.date(2022, 12, 31)), "4200", "4200", None, 4,
         None, None),
    ],
]


def make_f4():
    wb = openpyxl.Workbook()
    first = True
    recs = []
    sheets = []
    for (sname, title, wa), rows in zip(F4_SHEETS, F4_DATA):
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sname
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Инвестиционные проекты муниципального образования «Томский район» (стоимостные показатели — тыс. рублей)"
        for i, (h, _f) in enumerate(F4_COLS, 1):
            ws.cell(4, i, h).font = Font(bold=True)
        drows = []
        for n, r in enumerate(rows, 1):
            (code, name, org, loc, st, start, end, tot, ob, inv, jobs, cad, prob) = r
            row = 4 + n
            ws.cell(row, 1, n)
            ws.cell(row, 2, code)
            ws.cell(row, 3, name)
            ws.cell(row, 4, org)
            ws.cell(row, 5, loc[0])
            ws.cell(row, 6, st[0])
            if isinstance(start, dt.date):
                date_cell(ws, f"G{row}", start)
            elif start is not None:
                ws.cell(row, 7, start)
            if isinstance(end[0], dt.date):
                date_cell(ws, f"H{row}", end[0])
            elif end[0] is not None:
                ws.cell(row, 8, end[0])
            for col, v in ((9, tot), (10, ob), (11, inv)):
                if v is not None:
                    ws.cell(row, col, num(D(v)) if (n + col) % 2 else ru(D(v), " "))
            ws.cell(row, 12, jobs)
            ws.cell(row, 13, cad)
            ws.cell(row, 14, prob)
            drows.append(row)
            sd = start if isinstance(start, dt.date) else (
                None if start is None else dt.datetime.strptime(start, "%d.%m.%Y").date())
            recs.append({"code": code, "name": name, "work_area": wa, "location": loc[1], "status": st[1],
                         "start_date": iso(sd), "end_date": iso(end[1]),
                         "total_cost_mln": float(D(tot) / 1000),
                         "regional_budget_mln": None if ob is None else float(D(ob) / 1000),
                         "extra_budgetary_mln": None if inv is None else float(D(inv) / 1000),
                         "jobs_planned": jobs, "lead_organization": org, "problems": prob})
        ws.column_dimensions["C"].width = 50
        sheets.append({"sheet": sname, "work_area": wa, "title_A1": title, "header_row": 4, "data_rows": drows})
    ws = wb.create_sheet("Пояснения")
    ws["A1"] = "Пояснения к таблицам"
    ws["A2"] = "Стоимостные показатели приведены в тысячах рублей с учётом НДС."
    ws["A3"] = "Контактное лицо: отдел экономического развития, тел. (3822) 00-00-00."
    save(wb, F4)
    fields = mk_fields({f for _h, f in F4_COLS if f} | {"work_area"})
    records = [ordered(r, fields) for r in recs]
    write_json("tomskiy_rayon_napravleniya", {
        "file": F4, "refused": False, "fields": fields, "record_count": len(records),
        "records": records, "rejected": [],
        "columns": [[h, f] for h, f in F4_COLS],
        "sheets": sheets + [{"sheet": "Пояснения", "data": False}],
        "notes": ("A municipal district's list (the samples README describes no vertical parameter|value "
                  "card layout, so the list form was chosen): one sheet per work area; the work area is only in "
                  "the sheet name ('1 Пром-сть', '3 Техинновации', '4 Умный город', ...) and the title in A1 "
                  "('Направление «Умный, удобный город»', '... «Технологические инновации и новые бизнесы»'). "
                  "Row 2 of every sheet is a title that alone says the amounts are in thousand roubles "
                  "('тыс. рублей'); headers carry no unit. Header row 4, data from row 5. Amounts converted to "
                  "RUB million (÷1000); about half of them are text with a plain space as thousands separator. "
                  "Location as a settlement of Томский район ('Томский р-н, с. Корнилово', 'п. Зональная "
                  "Станция, Томский район') -> Томский район; 'ЗАТО Северск' -> Северск; 'Шегарский район' and "
                  "'г. Томск (офис), услуги — по району' -> null (not a canonical place / two places). Status "
                  "phrases: 'строительство ведётся' = in_progress, 'введён в эксплуатацию' = completed, "
                  "'проектирование' = planned, 'на паузе' = suspended; 'инвестиционная идея' -> null. "
                  "'Ввод в эксплуатацию' -> end_date: quarter ('IV квартал 2026', '2 кв. 2027'), half-year "
                  "('1-е полугодие 2026' -> 2026-06-30), bare year with 'г.' ('2023 г.' -> 2023-12-31). Not "
                  "imported: № п/п and the cadastral number. Sheet 'Пояснения' is text, not data."),
    })


# ======================================================================
# File 5: bank CSV, UTF-16 LE with BOM, tab, decimal comma, dd.mm.yy, '1,2 млрд'
# ======================================================================
F5 = "bank_proektnoe_finansirovanie.csv"
F5_HEAD = [
    ("№ кредитной сделки", None), ("Заёмщик", "lead_organization"), ("ИНН", None),
    ("Код проекта ИНО", "code"), ("Наименование проекта", "name"), ("Отрасль", "cluster"),
    ("Место реализации", "location"), ("Статус проекта", "status"),
    ("Начало проекта", "start_date"), ("Окончание (план)", "end_date"),
    ("Полная стоимость, млн руб. (если не указано иное)", "total_cost_mln"),
    ("Господдержка ФБ", "federal_budget_mln"), ("Господдержка РБ", "regional_budget_mln"),
    ("ВБС (собственные + заёмные)", "extra_budgetary_mln"), ("Лимит кредита", None),
    ("Выборка на 01.09.25", None), ("Раб. места (план)", "jobs_planned"),
    ("Телефон менеджера", None),
]
# money written -> Decimal mln (None = null)
MW = {"1,2 млрд": D("1200"), "350 млн": D("350"), "85,5 млн": D("85.5"), "12 500 тыс.": D("12.5"),
      "−": None, "0": D("0"), "640,0": D("640"), "2,05 млрд руб.": D("2050"), "150 млн руб.": D("150"),
      "264,5": D("264.5"), "1 050 млн": D("1050"), "0,8 млрд": D("800"), "400 млн": D("400"),
      "45 млн": D("45"), "20 млн": D("20"), "1,5 млрд": D("1500"), "98,7": D("98.7"), "3,3": D("3.3"),
      "15": D("15"), "500 тыс.": D("0.5"), "2,8 млн": D("2.8"), "60 млн": D("60"), "30,5 млн": D("30.5"),
      "1 150 млн": D("1150"), "250 млн": D("250"), "900 млн": D("900"), "100 млн": D("100"),
      "700 млн": D("700"), "9,5": D("9.5"), "75 млн": D("75"), "5": D("5"), "70 млн": D("70"),
      "40 млн": D("40"), "210 млн": D("210"), "35 млн": D("35"), "175 млн": D("175"), "1 млрд": D("1000"),
      "1,85 млрд": D("1850"), "1,7 млрд": D("1700"), "300 млн": D("300"), "600 млн": D("600"),
      "80 млн": D("80"), "50 млн": D("50"), "230 млн": D("230"), "10,5": D("10.5"), "2": D("2"),
      "255 млн": D("255"), "25 млн": D("25"), "59,5 млн": D("59.5"), "150 млн": D("150")}
F5_ST = {"реализуется": "in_progress", "завершён": "completed", "инвестиционная фаза": "in_progress",
         "прединвестиционная стадия": "planned", "Приостановлен (реструктуризация)": "suspended",
         "Проект завершен, кредит погашается": "completed", "планируется": "planned"}
F5_CL = {"Нефтехимия": "petrochemical", "Деревообработка": "timber", "Лесопереработка": "timber",
         "Фармацевтика": "pharma", "Медтехника": "medtech_it", "ИТ / медтехника": "medtech_it",
         "Атомная отрасль": "nuclear", "Нефтедобыча (ТрИЗ)": "hard_to_recover",
         "Переработка дикоросов": "wildlife", "−": None, "": None}
F5_LOC = {"г. Томск": "Томск", "Томская обл., г. Томск": "Томск", "Томская обл., г. Северск": "Северск",
          "Асиновский р-н, г. Асино": "Асино", "г. Колпашево": "Колпашево", "Томская обл., Томский р-н": "Томский район",
          "г. Стрежевой": "Стрежевой", "Томская область": None, "Кемеровская обл., г. Юрга": None}
F5_ROWS = [
    # deal, borrower, inn, code, name, branch, place, status, start, end, total, fb, rb, vbs, limit, drawn, jobs
    ("ПФ-2023/0141", "ООО «Томская смоляная компания»", "7017400001", "INO-2381",
     "Производство эпоксидных смол", "Нефтехимия", "г. Томск", "реализуется", "15.03.23", "30.06.26",
     "1,2 млрд", "−", "150 млн", "1 050 млн", "900 млн", "610 млн", 120),
    ("ПФ-2022/0077", "ООО «Сибирская фанера»", "7002400002", "INO-2382",
     "Фанерный комбинат; линия ламинирования", "Деревообработка", "Асиновский р-н, г. Асино", "завершён",
     "01.02.22", "20.12.24", "350 млн", "0", "−", "350 млн", "250 млн", "250 млн", 90),
    ("ПФ-2024/0019", "ООО «ФармЭкстракт»", "7017400003", "INO-2383",
     "Цех твёрдых лекарственных форм", "Фармацевтика", "Томская обл., г. Северск", "инвестиционная фаза",
     "10.06.24", "31.12.27", "2,05 млрд руб.", "400 млн", "150 млн руб.", "1,5 млрд", "1 млрд", "300 млн", 140),
    ("ПФ-2024/0044", "ООО «МедТехПрибор»", "7017400004", "INO-2384",
     "Производство портативных ЭКГ-регистраторов", "Медтехника", "г. Томск", "прединвестиционная стадия",
     "01.12.25", "31.12.27", "85,5 млн", "20 млн", "−", "60 млн", "45 млн", "−", 35),
    ("ПФ-2021/0203", 'ООО "Таёжный дар"', "7007400005", "INO-2385",
     "Цех глубокой заморозки ягод", "Переработка дикоросов", "г. Колпашево", "Проект завершен, кредит погашается",
     "05.04.21", "30.09.23", "98,7", "−", "3,3", "", "70 млн", "70 млн", 28),
    ("ПФ-2023/0310", "АО «ТомАтомСервис»", "7024400006", "INO-2386",
     "Сервисный центр для изотопного оборудования", "Атомная отрасль", "Томская обл., г. Северск",
     "Приостановлен (реструктуризация)", "20.09.23", "31.12.26", "640,0", "264,5", "−", "400 млн", "300 млн",
     "175 млн", 50),
    ("ПФ-2024/0101", "ООО «Васюган-Ресурс»", "7022400007", "INO-2387",
     "Пилотная разработка трудноизвлекаемых запасов", "Нефтедобыча (ТрИЗ)", "г. Стрежевой", "реализуется",
     "01.07.24", "31.12.28", "1,85 млрд", "−", "−", "1,7 млрд", "1 млрд", "230 млн", 60),
    ("ПФ-2025/0005", "ООО «Дата-Лес»", "7017400008", "INO-2388",
     "Система мониторинга лесозаготовок", "ИТ / медтехника", "Томская область", "планируется",
     "01.03.26", "31.12.26", "12 500 тыс.", "−", "2", "10,5", "−", "−", 6),
    ("ПФ-2022/0150", "ООО «Кольпаш-Лес»", "7007400009", "INO-2389",
     "Лесопильный цех с сушильными камерами", "Лесопереработка", "г. Колпашево", "реализуется",
     "11.11.22", "30.06.25", "264,5", "0", "9,5", "255 млн", "210 млн", "210 млн", 45),
    ("ПФ-2025/0031", "ООО «Полимер-Пак»", "7017400010", "INO-2390",
     "Производство полимерной тары", "Нефтехимия", "Томская обл., г. Томск", "инвестиционная фаза",
     "01.04.25", "31.03.27", "0,8 млрд", "100 млн", "−", "700 млн", "600 млн", "80 млн", 75),
    ("ПФ-2023/0099", "ООО «Био-Сфера»", "7017400011", "INO-2391",
     "Лаборатория биоаналитики полного цикла", "−", "Кемеровская обл., г. Юрга", "завершён",
     "01.02.23", "31.12.24", "45 млн", "15", "5", "25 млн",
     "40 млн", "35 млн", 12),
    ("ПФ-2024/0222", "ООО «Сибирские пеллеты»", "7014400012", "INO-2392",
     "Пеллетный завод в Томском районе", "Деревообработка", "Томская обл., Томский р-н", "реализуется",
     "15.05.24", "31.12.25", "150 млн руб.", "−", "−", "150 млн руб.", "100 млн", "100 млн", 30),
    ("ПФ-2025/0040", "ООО «Спецлекарство»", "7017400013", "INO-2393",
     "Производство стерильных глазных капель", "Фармацевтика", "г. Томск", "планируется",
     "01.09.25", "31.12.27", "600 млн", "300 млн", "−", "300 млн", "230 млн", "−", 50),
    ("ПФ-2024/0077", "ООО «ИмпульсМед»", "7017400014", "INO-2394",
     "Выпуск аппаратов магнитотерапии", "Медтехника", "г. Томск", "реализуется",
     "20.02.24", "30.06.26", "60 млн", "−", "500 тыс.", "59,5 млн",
     "40 млн", "30,5 млн", 22),
]


def make_f5():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Портфель проектного финансирования: Томская область"])
    w.writerow(["Дата выгрузки: 01.09.25; суммы в млн руб., если в ячейке не указано иное"])
    w.writerow([h for h, _f in F5_HEAD])
    recs = []
    for n, r in enumerate(F5_ROWS):
        (deal, borrower, inn, code, name, branch, place, status, s, e, tot, fb, rb, vbs, lim, drawn, jobs) = r
        phone = "+7 913 1%02d-%02d-%02d" % (n, 40 + n, 60 + n)
        w.writerow([deal, borrower, inn, code, name, branch, place, status, s, e, tot, fb, rb, vbs,
                    lim, drawn, str(jobs), phone])

        def mv(x):
            return None if x == "" else (None if MW[x] is None else float(MW[x]))

        def dd(x):
            return dt.datetime.strptime(x, "%d.%m.%y").date().isoformat()

        recs.append({"code": code, "name": name, "cluster": F5_CL[branch], "location": F5_LOC[place],
                     "status": F5_ST[status], "start_date": dd(s), "end_date": dd(e),
                     "total_cost_mln": mv(tot), "federal_budget_mln": mv(fb), "regional_budget_mln": mv(rb),
                     "extra_budgetary_mln": mv(vbs), "jobs_planned": jobs, "lead_organization": borrower})
    w.writerow(["Итого сделок: %d" % len(F5_ROWS)])
    data = buf.getvalue()
    with open(os.path.join(HERE, F5), "wb") as fh:
        fh.write(data.encode("utf-16"))  # BOM + little-endian on this platform
    fields = mk_fields({f for _h, f in F5_HEAD if f})
    records = [ordered(r, fields) for r in recs]
    write_json("bank_proektnoe_finansirovanie", {
        "file": F5, "refused": False, "fields": fields, "record_count": len(records),
        "records": records, "rejected": [],
        "encoding": "utf-16", "bom": "FF FE (UTF-16 little-endian)", "delimiter": "\t", "line_end": "CRLF",
        "header_line": 3, "data_lines": [4, 3 + len(F5_ROWS)],
        "skipped_rows": {"1": "title", "2": "title", str(4 + len(F5_ROWS)): "totals ('Итого сделок')"},
        "columns": [[h, f] for h, f in F5_HEAD],
        "notes": ("Bank project-finance desk export: UTF-16 little-endian text with a byte-order mark, tab "
                  "separator, CRLF line ends. Lines 1-2 are titles (line 2 says amounts are in RUB million "
                  "unless the cell says otherwise), line 3 is the header, lines 4-17 one project each, line 18 "
                  "'Итого сделок: 14' is a count line, not a project. Amounts carry their own unit in many "
                  "cells: '1,2 млрд' = 1200, '2,05 млрд руб.' = 2050, '350 млн' = 350, '12 500 тыс.' = 12.5, "
                  "'500 тыс.' = 0.5; bare numbers ('264,5', '15') are RUB million as the header says. '−' "
                  "(U+2212 minus sign standing alone) means 'none / not given' and is null, like an empty "
                  "field; it is not a negative number. Dates are dd.mm.yy (two-digit year = 20yy). ФБ = "
                  "federal, РБ (региональный бюджет) = regional, ВБС (внебюджетные средства) = "
                  "extra_budgetary. Cluster from the bank's branch name ('Деревообработка', 'Лесопереработка' "
                  "= timber; 'Атомная отрасль' = nuclear; 'Нефтедобыча (ТрИЗ)' = hard_to_recover; 'ИТ / "
                  "медтехника' = medtech_it); '−' = no cluster. 'инвестиционная фаза' = in_progress, "
                  "'прединвестиционная стадия' = planned, 'Проект завершен, кредит погашается' = completed, "
                  "'Приостановлен (реструктуризация)' = suspended. 'Томская область' (no single place) and a "
                  "place outside the region -> location null. Not imported: deal number, ИНН, credit limit, "
                  "'Выборка на 01.09.25' (drawn to date) and the manager's phone."),
    })


# ======================================================================
# File 6: development corporation register with bad rows
# ======================================================================
F6 = "korporaciya_reestr.xlsx"
SHEET6 = "Реестр проектов"
F6_COLS = [
    ("ID строки", None), ("Шифр проекта", "code"), ("Наименование", "name"),
    ("Кластерная принадлежность", "cluster"), ("Направление ИНО", "work_area"), ("МО", "location"),
    ("Стадия", "status"), ("Начало реализации", "start_date"), ("Завершение", "end_date"),
    ("Бюджет проекта, млн руб.", "total_cost_mln"), ("в т.ч. ФБ", "federal_budget_mln"),
    ("в т.ч. ОБ", "regional_budget_mln"), ("в т.ч. ВБИ", "extra_budgetary_mln"),
    ("Раб. места план", "jobs_planned"), ("Раб. места факт", "jobs_created"), ("ОКВЭД", None),
    ("Ответственный исполнитель", "lead_organization"), ("Риски", "problems"),
    ("Освоение в 2025 г., млн руб.", None), ("% выполнения", None),
]
F6_CL = {"Нефтехимический": "petrochemical", "Ядерный": "nuclear", "Лесопромышленный": "timber",
         "Фармацевтический": "pharma", "Медтехника и ИТ": "medtech_it", "Дикоросы": "wildlife",
         "ТрИЗ": "hard_to_recover", "": None, "нет": None}
F6_WA = {"Передовая промышленность (производство)": "industry", "Наука/образование": "science_education",
         "Технологические инновации и новый бизнес": "innovation_business", "Умный город": "smart_city",
         "Деловая среда": "business_environment", "Промышленность": "industry"}
F6_LOC = {"г. Томск": "Томск", "Северск": "Северск", "г.о. Стрежевой": "Стрежевой",
          "Колпашевский р-н, г. Колпашево": "Колпашево", "Томский р-он": "Томский район",
          "Асино": "Асино", "Кожевниковский р-н": None}
F6_ST = {"в реализации": "in_progress", "реализация завершена": "completed",
         "в проработке": "planned", "заморожен": "suspended", "Реализуется": "in_progress"}
LONG_NAME = ("Создание и развитие межотраслевого инжинирингового центра коллективного пользования "
             "для малых и средних предприятий Томской области, включая " +
             ", ".join("лабораторию №%d по направлению %s" % (i, t) for i, t in enumerate(
                 ["аддитивных технологий", "испытаний материалов", "метрологии", "промышленного дизайна",
                  "прототипирования электроники", "химического анализа", "неразрушающего контроля",
                  "цифрового моделирования", "сертификации продукции", "обучения персонала",
                  "энергоаудита", "робототехники"], 1)) +
             ", а также площадку для демонстрации продукции и коворкинг для инженерных команд")
# rows: row number, values by column letter B..T (A = row id is auto). bad: (reason, column letter)
F6_ROWS = [
    ("INO-2401", "Завод по выпуску полиэтиленовых труб", "Нефтехимический",
     "Передовая промышленность (производство)", "г. Томск", "в реализации", dt.date(2024, 3, 1),
     dt.date(2026, 12, 31), 820, 0, "60", 760, 95, 40, "22.21", "ООО «ТрубПласт-Т»", None, 210.5, 55, None),
    ("INO-2402", "Участок производства медицинских изотопов", "Ядерный", "Наука/образование", "Северск",
     "в проработке", "01.02.2026", "31.12.2028", "1 340,0", 900, 100, 340, 60, 0, "24.46",
     "АО «СибИзотоп»", None, 0, 0, None),
    ("INO-2403", "Производство OSB-плит", "Лесопромышленный", "Промышленность", "Асино", "в реализации",
     dt.date(2023, 6, 1), dt.date(2026, 9, 30), 2400, "см. примечание", 100, 2000, 220, 110, "16.21",
     "ООО «ОСБ Сибирь»", None, 600, 48, ("not a number: 'см. примечание'", "K")),
    ("INO-2404", "Линия фасовки фиточаёв", "Дикоросы", "Технологические инновации и новый бизнес",
     "Колпашевский р-н, г. Колпашево", "реализация завершена", dt.date(2021, 4, 1), dt.date(2022, 12, 15),
     46.3, 0, 6.3, 40, 18, 18, "10.83", "ООО «Фиточай Колпашево»", None, 0, 100, None),
    ("INO-2405", "Опытно-промышленная установка термогазового воздействия на пласт", "ТрИЗ",
     "Передовая промышленность (производство)", "г.о. Стрежевой", "заморожен", dt.date(2022, 9, 1),
     dt.date(2025, 12, 31), "3 500,0", 500, None, "3 000,0", 40, 5, "09.10", "ООО «ТермоПласт-Нефть»",
     "Инвестор приостановил финансирование", 0, 20, None),
    (None,),  # blank row (cells with spaces only)
    ("INO-2406", "Цех упаковки лекарственных средств", "Фармацевтический", "Технологические инновации и новый бизнес",
     "г. Томск", "в реализации", dt.date(2024, 10, 1), dt.date(2023, 12, 31), 150, 50, 0, 100, 30, 0, "21.20",
     "ООО «ФармУпак»", None, 20, 10, ("end date before start date", "I")),
    ("INO-2407", "Платформа телемедицинских консультаций для районов", "Медтехника и ИТ", "Умный город",
     "Томский р-он", "Реализуется", "15.01.2025", "IV кв. 2026", 64.8, "0,0", 20.8, 44, 14, 6, "62.01",
     "ООО «ТелеДок Томск»", None, 18.2, 35, None),
    ("INO-2408", "Агрокомплекс по выращиванию ягод в закрытом грунте", "Агропромышленный кластер",
     "Технологические инновации и новый бизнес", "Томский р-он", "в проработке", dt.date(2026, 4, 1),
     dt.date(2028, 12, 31), 300, 0, 50, 250, 45, 0, "01.25", "ООО «ЯгодаАгро»", None, 0, 0,
     ("unknown cluster 'Агропромышленный кластер'", "D")),
    ("INO-2409", LONG_NAME, "", "Деловая среда", "г. Томск", "в проработке", dt.date(2026, 1, 1),
     dt.date(2027, 12, 31), 180, 60, 60, 60, 25, 0, "71.12", "АО «Корпорация развития Томской области»",
     None, 0, 0, ("name too long (%d characters, limit 500)" % len(LONG_NAME), "C")),
    ("INO-2410", "Бизнес-инкубатор «Северная звезда»", "нет", "Деловая среда", "Северск",
     "реализация завершена", dt.date(2020, 2, 1), dt.date(2022, 6, 30), 95, 30, 35, 30, 20, 22, "68.20",
     "МАУ «Центр поддержки предпринимательства Северска»", None, 0, 100, None),
    ("INO-2411", "Сушильный комплекс для древесины", "Лесопромышленный", "Промышленность",
     "Кожевниковский р-н", "в реализации", dt.date(2024, 8, 1), "2026", "около 400", 0, 50, 350, 35, 10,
     "16.10", "ООО «Кожевниково-Лес»", None, 120, 30, ("not a number: 'около 400'", "J")),
    ("INO-2412", "Центр компетенций по нефтехимическому инжинирингу", "Нефтехимический", "Наука/образование",
     "г. Томск", "в реализации", dt.date(2024, 2, 1), dt.date(2026, 6, 30), 210, 110, 20, 80, 30, 12,
     "71.12", "ФГАОУ ВО «Томский инженерный университет» (вымышл.)", None, 40, 45,
     ("duplicate code INO-2412 (rows 16 and 19 differ)", "B")),
    ("INO-2413", "Школа технологического предпринимательства", "", "Деловая среда", "г. Томск", "Реализуется",
     dt.date(2025, 9, 1), dt.date(2027, 8, 31), 12.6, 0, 12.6, 0, 4, 2, "85.41",
     "АНО «Томский центр предпринимательства»", None, 3.1, 25, None),
    ("INO-2414", "Фабрика кедровой пасты", "Дикоросы", "Промышленность", "г. Томск", "в проработке",
     "01.06.2026", "2 полугодие 2027", 38, 0, 8, 30, 15, 0, "10.39", "ООО «Кедровая паста»", None, 0, 0, None),
    ("INO-2412", "Центр компетенций по нефтехимическому инжинирингу", "Нефтехимический", "Наука/образование",
     "г. Томск", "в реализации", dt.date(2024, 2, 1), dt.date(2026, 12, 31), 260, 110, 20, 130, 30, 12,
     "71.12", "ФГАОУ ВО «Томский инженерный университет» (вымышл.)", None, 40, 45,
     ("duplicate code INO-2412 (rows 16 and 19 differ)", "B")),
    ("INO-2415", "Городская сеть зарядных станций для электробусов", "", "Умный город", "г. Томск",
     "в проработке", dt.date(2026, 5, 1), "IV кв. 2027", 440, 0, 140, 300, 12, 0, "35.12",
     "ООО «Электробус Сервис»", "Нет тарифного решения на электроэнергию", 0, 0, None),
    ("INO-2416", "Производство ферментированных напитков из иван-чая", "Дикоросы",
     "Технологические инновации и новый бизнес", "Томский р-он", "реализация завершена",
     dt.date(2022, 3, 10), dt.date(2024, 3, 10), "27,5", 0, "2,5", 25, 10, 11, "11.07",
     "ООО «Иван-чай Сибири»", None, 0, 100, None),
]


def _date_or_text(ws, ref, v):
    if isinstance(v, dt.date):
        date_cell(ws, ref, v)
    else:
        ws[ref] = v


def _parse_date6(v):
    if isinstance(v, dt.date):
        return v
    if v == "IV кв. 2026":
        return dt.date(2026, 12, 31)
    if v == "IV кв. 2027":
        return dt.date(2027, 12, 31)
    if v == "2 полугодие 2027":
        return dt.date(2027, 12, 31)
    if v == "2026":
        return dt.date(2026, 12, 31)
    return dt.datetime.strptime(v, "%d.%m.%Y").date()


def _money6(v):
    if v is None:
        return None
    if isinstance(v, str):
        return D(v.replace(" ", "").replace(NBSP, "").replace(",", "."))
    return D(str(v))


def make_f6():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET6
    ws["A1"] = "АО «Корпорация развития Томской области» (наименование вымышлено): реестр проектов ИНО «Томск»"
    ws["A2"] = "Сводка для проектного офиса, редакция от 15.10.2025"
    for i, (h, _f) in enumerate(F6_COLS, 1):
        ws.cell(3, i, h).font = Font(bold=True)
    recs, rejected, skipped = [], [], {}
    row = 4
    valid_rows = []
    tot = D(0)
    for r in F6_ROWS:
        if len(r) == 1:
            for c in (1, 3, 10):
                ws.cell(row, c, " " if c != 10 else "  ")
            skipped[str(row)] = "blank row (cells hold only spaces)"
            row += 1
            continue
        (code, name, cl, wa, loc, st, s, e, total, fb, ob, vbi, jp, jc, okved, org, prob, slice_, pct, bad) = r
        ws.cell(row, 1, "R-%03d" % (row * 7))
        ws.cell(row, 2, code)
        ws.cell(row, 3, name)
        ws.cell(row, 4, cl if cl else None)
        ws.cell(row, 5, wa)
        ws.cell(row, 6, loc)
        ws.cell(row, 7, st)
        _date_or_text(ws, f"H{row}", s)
        _date_or_text(ws, f"I{row}", e)
        for col, v in ((10, total), (11, fb), (12, ob), (13, vbi)):
            if v is not None:
                ws.cell(row, col, v)
        ws.cell(row, 14, jp)
        ws.cell(row, 15, jc)
        ws.cell(row, 16, okved)
        ws.cell(row, 17, org)
        ws.cell(row, 18, prob)
        ws.cell(row, 19, slice_)
        ws.cell(row, 20, pct)
        if bad:
            rejected.append({"sheet": SHEET6, "row": row, "reason": bad[0], "column": bad[1], "code": code})
        else:
            valid_rows.append(row)
            recs.append({"code": code, "name": name, "cluster": F6_CL[cl], "work_area": F6_WA[wa],
                         "location": F6_LOC[loc], "status": F6_ST[st],
                         "start_date": iso(_parse_date6(s)), "end_date": iso(_parse_date6(e)),
                         "total_cost_mln": jmoney(_money6(total)), "federal_budget_mln": jmoney(_money6(fb)),
                         "regional_budget_mln": jmoney(_money6(ob)), "extra_budgetary_mln": jmoney(_money6(vbi)),
                         "jobs_planned": jp, "jobs_created": jc, "lead_organization": org, "problems": prob})
            tot += _money6(total)
        row += 1
    ws.cell(row, 3, "Итого по реестру (без учёта строк с ошибками)")
    ws.cell(row, 10, float(tot))
    skipped[str(row)] = "totals"
    ws.column_dimensions["C"].width = 50
    save(wb, F6)
    # duplicate rows: fill in the real row numbers
    dup = [x for x in rejected if x["code"] == "INO-2412"]
    assert len(dup) == 2
    for x in dup:
        x["reason"] = "duplicate code INO-2412 (rows %d and %d differ)" % (dup[0]["row"], dup[1]["row"])
    fields = mk_fields({f for _h, f in F6_COLS if f})
    records = [ordered(r, fields) for r in recs]
    write_json("korporaciya_reestr", {
        "file": F6, "refused": False, "fields": fields, "record_count": len(records),
        "records": records, "rejected": rejected,
        "columns": [[h, f] for h, f in F6_COLS],
        "data_sheet": SHEET6, "header_row": 3, "valid_rows": valid_rows,
        "skipped_rows": skipped, "name_length_limit": 500,
        "notes": ("Development corporation register. Title rows 1-2, header row 3, data from row 4. %d valid "
                  "rows are imported; %d rows are rejected with sheet/row/column: text 'см. примечание' in the "
                  "ФБ column, an end date before the start date, an unknown cluster 'Агропромышленный "
                  "кластер', a %d-character name (limit 500), text 'около 400' in the budget column, and the "
                  "code INO-2412 on two rows with different data (both rejected). Row 9 holds only spaces "
                  "(skipped silently); the last row is an 'Итого' total. Amounts RUB million; some are text "
                  "'1 340,0'. Cluster as adjectives ('Нефтехимический', 'Ядерный', 'Лесопромышленный'), "
                  "'Медтехника и ИТ', 'Дикоросы', 'ТрИЗ'; empty or 'нет' = no cluster. Work area as 'Наука/"
                  "образование', 'Промышленность', 'Умный город', 'Технологические инновации и новый бизнес'. "
                  "Statuses 'в реализации', 'в проработке' (planned), 'заморожен' (suspended), 'реализация "
                  "завершена'. 'Кожевниковский р-н' is not a canonical place (null). Not imported: 'ID строки', "
                  "ОКВЭД, the one-year slice 'Освоение в 2025 г.' and '%% выполнения'."
                  % (len(records), len(rejected), len(LONG_NAME))),
    })


if __name__ == "__main__":
    base, base_fields = make_f1()
    make_f2()
    make_f3(base, base_fields)
    make_f4()
    make_f5()
    make_f6()
    print("written to", HERE)
