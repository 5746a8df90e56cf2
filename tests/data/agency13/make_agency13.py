#!/usr/bin/env python3
"""Generator of the agency13 evaluation set (independent agency workbooks).

Run:  /work/main/.venv/bin/python tests/data/agency13/make_agency13.py
Deterministic: fixed seeds, fixed workbook timestamps.  Writes the workbooks and
NAME.expected.json beside this script.  LibreOffice re-saves are made by
resave_agency13.sh (see README.md).
"""
import csv
import datetime as dt
import io
import json
import os
import random
import re
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
CANON = ["code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
         "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
         "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created", "lead_organization", "problems"]
NBSP = "\u00a0"
FIXED_TIME = dt.datetime(2016, 7, 15, 9, 0, 0)


# ---------------------------------------------------------------- helpers
def ru_num(v, nd=1, sep=NBSP):
    """1234.5 -> '1 234,5' (Russian way)."""
    s = f"{v:,.{nd}f}"
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", sep)


def ddmmyyyy(d):
    return d.strftime("%d.%m.%Y")


def iso(d):
    return None if d is None else d.isoformat()


def q_end(year, q):
    return {1: dt.date(year, 3, 31), 2: dt.date(year, 6, 30), 3: dt.date(year, 9, 30), 4: dt.date(year, 12, 31)}[q]


def r1(x):
    return round(x + 1e-9, 1)


def money_split(rng, lo, hi, fed_share=(0, 0.5), reg_share=(0, 0.25), zero_fed=False):
    total = r1(rng.uniform(lo, hi))
    fed = 0.0 if zero_fed else r1(total * rng.uniform(*fed_share))
    reg = r1(total * rng.uniform(*reg_share))
    extra = r1(total - fed - reg)
    if extra < 0:
        reg = r1(total - fed)
        extra = 0.0
    return total, fed, reg, extra


def rand_date(rng, y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def record(fields, **kw):
    rec = {}
    for f in CANON:
        if f in fields:
            v = kw.get(f)
            if isinstance(v, dt.date):
                v = v.isoformat()
            rec[f] = v
    return rec


def new_wb():
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.creator = "agency13 generator"
    return wb


def put(ws, row, col, value, fmt=None, bold=False, wrap=False, formula=False):
    c = ws.cell(row=row, column=col)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    c.value = value
    if isinstance(value, dt.datetime):
        c.number_format = fmt or "DD.MM.YYYY"
    elif fmt:
        c.number_format = fmt
    if isinstance(value, str) and value.startswith("=") and not formula:
        c.data_type = "s"  # text that merely looks like a formula stays text
    if bold:
        c.font = Font(bold=True)
    if wrap:
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    return c


def _fix_zip(path):
    """Fixed timestamps inside the zip and in docProps/core.xml: byte-identical re-runs."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2016-07-15T09:00:00Z", data)
            zi = zipfile.ZipInfo(item.filename, date_time=(2016, 7, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def save_wb(wb, name):
    path = os.path.join(HERE, name)
    wb.save(path)
    _fix_zip(path)
    return path


def write_expected(name, data):
    stem = name.rsplit(".", 1)[0]
    out = {"file": name}
    out.update(data)
    with open(os.path.join(HERE, stem + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return out


def fields_of(columns):
    got = {f for _, f in columns if f}
    return [f for f in CANON if f in got]


# ======================================================================
# 1. Ministry of education and science: ministry_summary shape
# ======================================================================
EDU_FILE = "obrnauka_svod.xlsx"

# (name, cluster_written, cluster_key, work_area_written, wa_key, location_written, loc_key,
#  status_written, status_key, lead_org, person, problems, grant_status)
EDU_PROJECTS = [
    ("Научно-образовательный центр мирового уровня «Томск. Науки о жизни»", "—", None,
     "Наука и образование", "science_education", "г. Томск", "Томск", "реализуется", "in_progress",
     "ФГАОУ ВО «Национальный исследовательский Томский государственный университет»", "Кузнецов А.В.",
     None, "поддержана"),
    ("НИОКР: радиофармпрепараты на основе технеция-99m для ядерной медицины", "Ядерные технологии", "nuclear",
     "Наука и образование", "science_education", "ЗАТО Северск", "Северск", "Реализуется", "in_progress",
     "ФГАОУ ВО «Национальный исследовательский Томский политехнический университет»", "Чернов Е.С.",
     "Задержка поставки изотопного сырья", "на экспертизе"),
    ("Инжиниринговый центр аддитивных технологий", "", None,
     "Передовая промышленность", "industry", "г. Томск", "Томск", "завершен", "completed",
     "ФГАОУ ВО «Национальный исследовательский Томский политехнический университет»", "Орлова Н.П.",
     None, None),
    ("НИОКР «Имплантаты с биоактивным кальций-фосфатным покрытием»", "Медтехника и ИТ", "medtech_it",
     "Технологические инновации, новые бизнесы", "innovation_business", "г. Томск", "Томск",
     "В стадии реализации", "in_progress",
     "ИФПМ СО РАН", "Шаркеев Ю.П.", None, "поддержана"),
    ("Центр коллективного пользования научным оборудованием «Нанотех»", "—", None,
     "наука и образование", "science_education", "г. Томск", "Томск", "Завершён", "completed",
     "ФГБУН Томский научный центр СО РАН", "Лебедев К.Г.", None, None),
    ("НИОКР по технологиям повышения нефтеотдачи пластов с трудноизвлекаемыми запасами",
     "кластер ТрИЗ", "hard_to_recover",
     "Наука и образование", "science_education", "г. Стрежевой", "Стрежевой", "реализуется", "in_progress",
     "ФГБУН Институт химии нефти СО РАН", "Алтунина Л.К.",
     "Нет полигона для опытно-промышленных испытаний", "на доработке"),
    ("Студенческий технопарк «Политехник»", "", None,
     "Технологические инновации, новые бизнесы", "innovation_business", "г. Томск", "Томск",
     "планируется", "planned",
     "ФГАОУ ВО «Национальный исследовательский Томский политехнический университет»", "Гусев Д.А.",
     "Не определён источник софинансирования", "не подавалась"),
    ("Цифровая образовательная платформа «Открытый университет Сибири»", "—", None,
     "Умный и удобный город", "smart_city", "г. Томск", "Томск", "Реализуется ", "in_progress",
     "ФГБОУ ВО «Томский государственный университет систем управления и радиоэлектроники»",
     "Миронова Т.И.", None, None),
    ("Модернизация экспериментальных каналов исследовательского реактора ИРТ-Т",
     "Кластер ядерных технологий", "nuclear",
     "Наука и образование", "science_education", "г. Томск", "Томск", "приостановлен", "suspended",
     "ФГАОУ ВО «Национальный исследовательский Томский политехнический университет»", "Варлачёв В.А.",
     "Ожидается лицензия Ростехнадзора на изменение конструкции", "поддержана"),
    ("Разработка катализаторов нефтехимического синтеза", "нефтехимия", "petrochemical",
     "Передовая промышленность", "industry", "Томский район", "Томский район", "реализуется", "in_progress",
     "ФГБУН Институт химии нефти СО РАН", "Восмериков А.В.", None, "поддержана"),
    ("НИОКР: глубокая переработка дикорастущих ягод и грибов", "Дикоросы", "wildlife",
     "Передовая промышленность", "industry", "г. Колпашево", "Колпашево", "планируется", "planned",
     "ФГБОУ ВО «Томский государственный педагогический университет»", "Зайцева О.Л.", None, "на экспертизе"),
    ("Центр компетенций НТИ по технологиям беспроводной связи", "медтехника и IT", "medtech_it",
     "Технологические инновации, новые бизнесы", "innovation_business", "г. Томск", "Томск",
     "Реализуется", "in_progress",
     "ФГБОУ ВО «Томский государственный университет систем управления и радиоэлектроники»",
     "Шелупанов А.А.", None, "поддержана"),
    ("Лаборатория глубокой химической переработки древесины", "лесопромышленный", "timber",
     "Наука и образование", "science_education", "г. Асино", "Асино", "завершен", "completed",
     "ФГБОУ ВО «Томский государственный архитектурно-строительный университет»", "Пономарёв С.В.",
     None, None),
    ("Акселератор малых инновационных предприятий при вузах", "—", None,
     "Деловая среда", "business_environment", "г. Томск", "Томск", "реализуется", "in_progress",
     "ФГАОУ ВО «Национальный исследовательский Томский государственный университет»", "Белова Е.Ю.",
     "Низкая активность инвесторов", None),
    ("Центр доклинических и клинических исследований лекарственных средств", "фармацевтика", "pharma",
     "Наука и образование", "science_education", "г. Томск", "Томск", "Реализуется", "in_progress",
     "ФГБОУ ВО «Сибирский государственный медицинский университет» Минздрава России", "Огородова Л.М.",
     None, "поддержана"),
    ("НИОКР: отечественный низкопольный магнитно-резонансный томограф",
     "Кластер медицинской техники и ИТ", "medtech_it",
     "Технологические инновации, новые бизнесы", "innovation_business", "г. Томск", "Томск",
     "приостановлен", "suspended",
     "ФГБУН Томский НИМЦ РАН", "Усов В.Ю.", "Отсутствует индустриальный партнёр", "отклонена"),
    ("Студенческий кампус «Звёздный» для иностранных студентов", "", None,
     "Умный и удобный город", "smart_city", "г. Томск", "Томск", "планируется", "planned",
     "ФГАОУ ВО «Национальный исследовательский Томский государственный университет»", "Галажинский Э.В.",
     "Не оформлен земельный участок", None),
    ("Научно-образовательный центр «Ядерная медицина»", "ядерные технологии", "nuclear",
     "Наука и образование", "science_education", "ЗАТО Северск", "Северск", "завершён", "completed",
     "ФГАОУ ВО «Национальный исследовательский Томский политехнический университет»", "Пономарёва Н.А.",
     None, "поддержана"),
    ("Школа инженерного лидерства", "—", None,
     "Наука и образование", "science_education", "г. Томск", "Томск", "Реализуется", "in_progress",
     "ФГБОУ ВО «Томский государственный архитектурно-строительный университет»", "Власов В.А.", None, None),
    ("НИОКР: мобильная лаборатория контроля качества нефти", "Трудноизвлекаемые запасы", "hard_to_recover",
     "Передовая промышленность", "industry", "Томский р-н", "Томский район", "планируется", "planned",
     "ФГБУН Институт химии нефти СО РАН", "Петренко Т.В.", None, "на доработке"),
    # row to reject: unknown cluster
    ("Агробиотехнологический бизнес-инкубатор", "Агропромышленный кластер", "REJECT",
     "Технологические инновации, новые бизнесы", "innovation_business", "Томский район", "Томский район",
     "планируется", "planned", "ФГБОУ ВО «Томский сельскохозяйственный институт»", "Соколов И.Н.", None, None),
    ("Центр трансфера технологий и патентования", "—", None,
     "Деловая среда", "business_environment", "г. Томск", "Томск", "реализуется", "in_progress",
     "ФГБОУ ВО «Томский государственный университет систем управления и радиоэлектроники»",
     "Осипова М.В.", None, None),
]
EDU_REJECT_DATES_IDX = 11  # end date before start date
EDU_CODE0 = 1301


def build_edu():
    rng = random.Random(1301)
    wb = new_wb()
    ws = wb.active
    ws.title = "Свод НОК"
    ncol = 22
    put(ws, 1, 1, "Информация о ходе реализации проектов научно-образовательного комплекса "
                  "в рамках программы ИНО «Томск»", bold=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    put(ws, 2, 1, "Министерство образования и науки Томской области, по состоянию на 01.07.2016")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    # header rows 4-5
    single = {1: "№ п/п", 2: "Шифр проекта", 3: "Наименование проекта", 4: "Кластер ИНО",
              5: "Направление ИНО", 6: "Муниципальное образование", 7: "Стадия реализации",
              16: "Финансирование в 2016 г., млн.руб.",
              19: "Головная организация", 20: "Руководитель проекта (Ф.И.О.)",
              21: "Проблемные вопросы", 22: "Статус заявки на грант"}
    for c, t in single.items():
        put(ws, 4, c, t, bold=True, wrap=True)
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    groups = [(8, 9, "Срок реализации", ["начало", "окончание"]),
              (10, 15, "Объём финансирования, млн.руб.",
               ["всего", "федеральный бюджет", "областной бюджет", "внебюджетные источники",
                "из них внебюджетные, подтверждённые соглашениями", "освоено на отчётную дату"]),
              (17, 18, "Количество рабочих мест, ед.", ["планируется создать", "создано"])]
    for c0, c1, top, subs in groups:
        put(ws, 4, c0, top, bold=True, wrap=True)
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c1)
        for i, s in enumerate(subs):
            put(ws, 5, c0 + i, s, bold=True, wrap=True)
    for c in range(1, ncol + 1):
        put(ws, 6, c, c)
    columns = [["№ п/п", None], ["Шифр проекта", "code"], ["Наименование проекта", "name"],
               ["Кластер ИНО", "cluster"], ["Направление ИНО", "work_area"],
               ["Муниципальное образование", "location"], ["Стадия реализации", "status"],
               ["Срок реализации / начало", "start_date"], ["Срок реализации / окончание", "end_date"],
               ["Объём финансирования, млн.руб. / всего", "total_cost_mln"],
               ["Объём финансирования, млн.руб. / федеральный бюджет", "federal_budget_mln"],
               ["Объём финансирования, млн.руб. / областной бюджет", "regional_budget_mln"],
               ["Объём финансирования, млн.руб. / внебюджетные источники", "extra_budgetary_mln"],
               ["Объём финансирования, млн.руб. / из них внебюджетные, подтверждённые соглашениями",
                "extra_budgetary_confirmed_mln"],
               ["Объём финансирования, млн.руб. / освоено на отчётную дату", None],
               ["Финансирование в 2016 г., млн.руб.", None],
               ["Количество рабочих мест, ед. / планируется создать", "jobs_planned"],
               ["Количество рабочих мест, ед. / создано", "jobs_created"],
               ["Головная организация", "lead_organization"], ["Руководитель проекта (Ф.И.О.)", None],
               ["Проблемные вопросы", "problems"], ["Статус заявки на грант", None]]
    fields = fields_of(columns)
    records, rejected, base = [], [], []
    row = 7
    text_money = text_dates = year_ends = 0
    totals = [0.0] * 7
    for i, p in enumerate(EDU_PROJECTS):
        (name, cl_w, cl_k, wa_w, wa_k, loc_w, loc_k, st_w, st_k, lead, person, probl, grant) = p
        code = f"INO-{EDU_CODE0 + i}"
        total, fed, reg, extra = money_split(rng, 15, 2600, fed_share=(0.0, 0.6), reg_share=(0.02, 0.2),
                                             zero_fed=(i % 5 == 3))
        conf = r1(extra * rng.choice([1.0, 0.8, 0.55, 0.3]))
        spent = r1(total * rng.uniform(0.05, 0.9)) if st_k != "planned" else 0.0
        y2016 = r1(total * rng.uniform(0.05, 0.3))
        start = rand_date(rng, 2012, 2016)
        end = rand_date(rng, max(start.year + 1, 2016), 2021)
        if st_k == "completed":
            start = rand_date(rng, 2012, 2014)
            end = rand_date(rng, start.year + 1, 2015)
        jobs_p = rng.randrange(10, 400, 5)
        jobs_c = jobs_p if st_k == "completed" else (0 if st_k == "planned" else rng.randrange(0, jobs_p, 5))
        # cells
        put(ws, row, 1, i + 1)
        put(ws, row, 2, code)
        put(ws, row, 3, name)
        put(ws, row, 4, cl_w if cl_w else None)
        put(ws, row, 5, wa_w)
        put(ws, row, 6, loc_w)
        put(ws, row, 7, st_w)
        end_out = end
        if i == EDU_REJECT_DATES_IDX:
            end_out = start - dt.timedelta(days=200)
        if i % 3 == 0:
            put(ws, row, 8, ddmmyyyy(start)); text_dates += 1
        else:
            put(ws, row, 8, start)
        if i % 6 == 4 and i != EDU_REJECT_DATES_IDX:
            put(ws, row, 9, end.year, fmt="General"); year_ends += 1
            end_out = dt.date(end.year, 12, 31)
        elif i % 4 == 1:
            put(ws, row, 9, ddmmyyyy(end_out)); text_dates += 1
        else:
            put(ws, row, 9, end_out)
        monies = [total, fed, reg, extra, conf, spent, y2016]
        for j, v in enumerate(monies):
            col = 10 + j
            if (i + j) % 4 == 1 and j < 5:
                put(ws, row, col, ru_num(v, sep=NBSP if (i + j) % 8 == 1 else " ")); text_money += 1
            else:
                put(ws, row, col, v, fmt="#,##0.0")
            totals[j] += v
        put(ws, row, 17, jobs_p)
        put(ws, row, 18, jobs_c)
        put(ws, row, 19, lead)
        put(ws, row, 20, person)
        put(ws, row, 21, probl)
        put(ws, row, 22, grant)
        rec = record(fields, code=code, name=name, cluster=cl_k, work_area=wa_k, location=loc_k,
                     status=st_k, start_date=start, end_date=end_out, total_cost_mln=total,
                     federal_budget_mln=fed, regional_budget_mln=reg, extra_budgetary_mln=extra,
                     extra_budgetary_confirmed_mln=conf, jobs_planned=jobs_p, jobs_created=jobs_c,
                     lead_organization=lead, problems=probl)
        if cl_k == "REJECT":
            rejected.append({"sheet": ws.title, "row": row, "reason": f"unknown cluster '{cl_w}'",
                             "column": "D", "code": code})
        elif i == EDU_REJECT_DATES_IDX:
            rejected.append({"sheet": ws.title, "row": row, "reason": "end date before start date",
                             "column": "I", "code": code})
        else:
            records.append(rec)
        row += 1
    last_data = row - 1
    put(ws, row, 1, "Итого по разделу", bold=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
    for j, v in enumerate(totals):
        put(ws, row, 10 + j, r1(v), fmt="#,##0.0", bold=True)
    totals_row = row
    foot1 = row + 2
    put(ws, foot1, 1, "* Подтверждёнными считаются внебюджетные средства, по которым заключены соглашения "
                      "с инвесторами; освоение указано нарастающим итогом.")
    ws.merge_cells(start_row=foot1, start_column=1, end_row=foot1, end_column=ncol)
    put(ws, foot1 + 1, 1, "Исполнитель: Петрова А.С., тел. (3822) 51-00-00")
    for c, w in {1: 6, 2: 12, 3: 48, 4: 18, 5: 22, 6: 18, 7: 16, 19: 40, 21: 30, 22: 16}.items():
        ws.column_dimensions[get_column_letter(c)].width = w
    save_wb(wb, EDU_FILE)
    exp = write_expected(EDU_FILE, {
        "refused": False, "fields": fields, "record_count": len(records), "records": records,
        "rejected": rejected, "columns": columns, "sheet": ws.title, "header_rows": [4, 5],
        "data_rows": [7, last_data],
        "skipped_rows": {"6": "column numbers", str(totals_row): "totals ('Итого по разделу')",
                         str(foot1): "footnote", str(foot1 + 1): "footnote (clerk's name and phone)"},
        "notes": (
            "Regional ministry of education and science. One sheet 'Свод НОК'. Title rows 1-2 (row 3 empty); "
            "two-level merged header in rows 4-5, the unit 'млн.руб.' is in the merged top cell "
            "('Объём финансирования, млн.руб.'), so amounts are already RUB million; row 6 numbers the "
            f"columns 1..22. Data rows 7-{last_data}; row {totals_row} 'Итого по разделу' is the totals row, "
            f"rows {foot1}-{foot1 + 1} are footnotes. {text_money} money cells are text in the Russian way "
            "('1 234,5', NBSP or plain space); "
            f"{text_dates} date cells are 'dd.mm.yyyy' text; {year_ends} end dates are a bare year as a "
            "number in a General cell (= 31 December). Look-alike columns mapped to null: '№ п/п', "
            "'освоено на отчётную дату' (money spent to date), 'Финансирование в 2016 г.' (one-year slice), "
            "'Руководитель проекта (Ф.И.О.)' (a person, not the organisation), 'Статус заявки на грант' "
            "(status of a grant application, not of the project). Clusters written as short names / word "
            "forms ('Ядерные технологии', 'нефтехимия', 'Дикоросы', 'кластер ТрИЗ', 'Трудноизвлекаемые "
            "запасы', 'медтехника и IT', 'лесопромышленный', 'фармацевтика'); '—' or empty = no cluster. "
            "Locations written as 'г. Томск', 'ЗАТО Северск', 'Томский р-н'. Statuses include "
            "'В стадии реализации' (= in_progress) and a trailing space. Rejected: an unknown cluster "
            "('Агропромышленный кластер') and an end date before the start date."),
    })
    return exp, {r["code"]: r for r in records}


# ======================================================================
# 2. Update of the ministry file (update_q2 shape)
# ======================================================================
UPD_FILE = "obrnauka_utochnenie_2kv.xlsx"


def build_update(edu_exp, base):
    wb = new_wb()
    ws = wb.active
    ws.title = "Уточнение"
    put(ws, 1, 1, "Уточнённые сведения о проектах научно-образовательного комплекса за II квартал 2016 г.",
        bold=True)
    put(ws, 2, 1, "(млн.руб.)")
    hdr = ["Шифр проекта", "Наименование проекта", "Стадия реализации", "Объём финансирования, всего",
           "в т.ч. федеральный бюджет", "в т.ч. областной бюджет", "в т.ч. внебюджетные источники",
           "Создано рабочих мест, ед.", "Освоено с начала реализации", "Что изменилось"]
    fmap = ["code", "name", "status", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
            "extra_budgetary_mln", "jobs_created", None, None]
    for c, t in enumerate(hdr, 1):
        put(ws, 4, c, t, bold=True, wrap=True)
    columns = [[h, f] for h, f in zip(hdr, fmap)]
    state = {c: dict(r) for c, r in base.items()}
    order = list(base.keys())
    fields = list(edu_exp["fields"])
    codes = list(base.keys())

    def b(code):
        return base[code]

    # each update: (code_in_file, name_in_file, status_w, status_k, total, fed, reg, extra, jobs_c, spent, what)
    ups = []
    # --- by code, with changes
    c = codes[0]; o = b(c)
    ups.append((c, o["name"], "реализуется", "in_progress", o["total_cost_mln"], o["federal_budget_mln"],
                o["regional_budget_mln"], o["extra_budgetary_mln"], (o["jobs_created"] or 0) + 25, None,
                "созданы рабочие места"))
    c = codes[1]; o = b(c)
    ups.append((c, o["name"], "Завершён", "completed", o["total_cost_mln"], o["federal_budget_mln"],
                o["regional_budget_mln"], o["extra_budgetary_mln"], o["jobs_planned"], None,
                "проект завершён"))
    c = codes[5]; o = b(c)
    add = 120.0
    ups.append((c, o["name"], "реализуется", "in_progress", r1(o["total_cost_mln"] + add),
                o["federal_budget_mln"], o["regional_budget_mln"], r1(o["extra_budgetary_mln"] + add),
                o["jobs_created"], None, "увеличены внебюджетные средства"))
    c = codes[6]; o = b(c)
    ups.append((c, o["name"], "Реализуется", "in_progress", o["total_cost_mln"], o["federal_budget_mln"],
                o["regional_budget_mln"], o["extra_budgetary_mln"], 5, None, "начата реализация"))
    c = codes[8]; o = b(c)
    ups.append((c, o["name"], "реализуется", "in_progress", o["total_cost_mln"], o["federal_budget_mln"],
                o["regional_budget_mln"], o["extra_budgetary_mln"], o["jobs_created"], None,
                "возобновлён после получения лицензии"))
    c = codes[14]; o = b(c)
    ups.append((c, o["name"], "Реализуется", "in_progress", r1(o["total_cost_mln"] - 30.0),
                o["federal_budget_mln"], r1(o["regional_budget_mln"] - 30.0), o["extra_budgetary_mln"],
                o["jobs_created"], None, "сокращено областное финансирование"))
    # --- by code, unchanged
    for k in (2, 4, 17):
        c = codes[k]; o = b(c)
        stw = {"completed": "завершен", "in_progress": "реализуется", "planned": "планируется",
               "suspended": "приостановлен"}[o["status"]]
        ups.append((c, o["name"], stw, o["status"], o["total_cost_mln"], o["federal_budget_mln"],
                    o["regional_budget_mln"], o["extra_budgetary_mln"], o["jobs_created"], None, "без изменений"))
    # --- rejected: text in a number column (code known; project keeps its values)
    c = codes[9]; o = b(c)
    ups.append((c, o["name"], "реализуется", "in_progress", "уточняется", o["federal_budget_mln"],
                o["regional_budget_mln"], o["extra_budgetary_mln"], 40, None, "объём уточняется"))
    # --- by name (empty code)
    by_name = []
    c = codes[3]; o = b(c)
    nm = o["name"].replace("«", '"').replace("»", '"')
    ups.append((None, nm, "реализуется", "in_progress", o["total_cost_mln"], o["federal_budget_mln"],
                o["regional_budget_mln"], o["extra_budgetary_mln"], (o["jobs_created"] or 0) + 10, None,
                "созданы рабочие места"))
    by_name.append((c, nm, "«» quotes written as \"\""))
    c = codes[12]; o = b(c)
    nm = o["name"].upper()
    ups.append((None, nm, {"completed": "завершен", "in_progress": "реализуется", "planned": "планируется",
                           "suspended": "приостановлен"}[o["status"]], o["status"], o["total_cost_mln"], o["federal_budget_mln"],
                o["regional_budget_mln"], o["extra_budgetary_mln"], o["jobs_created"], None, "без изменений"))
    by_name.append((c, nm, "upper case"))
    c = codes[18]; o = b(c)
    nm = "  " + o["name"].replace(" ", "  ", 1) + " "
    ups.append((None, nm, "Приостановлен", "suspended", o["total_cost_mln"], o["federal_budget_mln"],
                o["regional_budget_mln"], o["extra_budgetary_mln"], o["jobs_created"], None,
                "приостановлен: нет финансирования"))
    by_name.append((c, nm, "leading spaces, a double space, trailing space"))
    c = [x for x in codes if "Звёздный" in base[x]["name"]][0]; o = b(c)
    nm = o["name"].replace("«", "“").replace("»", "”").replace("ё", "е")
    ups.append((None, nm, "приостановлен", "suspended", r1(o["total_cost_mln"] + 55.5),
                r1(o["federal_budget_mln"] + 55.5), o["regional_budget_mln"], o["extra_budgetary_mln"],
                o["jobs_created"], None, "выделены средства ФЦП"))
    by_name.append((c, nm, "«» written as “”, ё written as е"))
    # --- new codes
    news = [("INO-1331", "НИОКР: сверхпроводящие кабели для медицинской техники", "планируется", "planned",
             310.0, 0.0, 25.0, 285.0, 0),
            ("INO-1332", "Региональный центр выявления и поддержки одарённых детей", "реализуется", "in_progress",
             "1 048,6", 600.0, 248.6, 200.0, 35),
            ("INO-1333", "Центр подготовки кадров для ядерной отрасли", "Планируется", "planned",
             95.4, 40.0, 15.4, 40.0, None)]
    for n in news:
        ups.append((n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], None, "новый проект"))
    # order in the file: shuffle deterministically
    rng = random.Random(1302)
    rng.shuffle(ups)
    row = 5
    changed, new_codes, matched, rejected = [], [], [], []
    name_rows = {}
    for u in ups:
        code, nm, stw, stk, tot, fed, reg, ext, jc, spent, what = u
        put(ws, row, 1, code)
        put(ws, row, 2, nm)
        put(ws, row, 3, stw)
        for j, v in enumerate([tot, fed, reg, ext]):
            put(ws, row, 4 + j, v, fmt="#,##0.0" if not isinstance(v, str) else None)
        put(ws, row, 8, jc)
        spent_v = None if not isinstance(tot, (int, float)) else r1(tot * 0.4)
        put(ws, row, 9, spent_v, fmt="#,##0.0")
        put(ws, row, 10, what)
        totv = tot
        if isinstance(tot, str) and tot != "уточняется":
            totv = float(tot.replace(" ", "").replace(NBSP, "").replace(",", "."))
        if tot == "уточняется":
            rejected.append({"sheet": ws.title, "row": row, "reason": "not a number: 'уточняется'",
                             "column": "D", "code": code})
            row += 1
            continue
        vals = {"status": stk, "total_cost_mln": totv, "federal_budget_mln": fed, "regional_budget_mln": reg,
                "extra_budgetary_mln": ext, "jobs_created": jc}
        if code is None:
            target = [m for m in by_name if m[1] == nm][0]
            code_t = target[0]
            matched.append({"code": code_t, "name_in_file": nm, "difference": target[2], "row": row})
        else:
            code_t = code
        if code_t in state:
            old = state[code_t]
            new = dict(old)
            new.update(vals)
            if new != old:
                changed.append(code_t)
            state[code_t] = new
        else:
            new = {f: None for f in fields}
            new.update(vals)
            new["code"] = code_t
            new["name"] = nm
            state[code_t] = record(fields, **new)
            order.append(code_t)
            new_codes.append(code_t)
        row += 1
    ws.column_dimensions["B"].width = 60
    save_wb(wb, UPD_FILE)
    records = [state[c] for c in order]
    write_expected(UPD_FILE, {
        "refused": False, "fields": fields, "record_count": len(records), "records": records,
        "rejected": rejected, "base_file": EDU_FILE, "columns": columns, "sheet": ws.title,
        "header_row": 4, "data_rows": [5, row - 1],
        "changed_codes": sorted(set(changed)), "new_codes": new_codes,
        "matched_by_name": sorted(matched, key=lambda m: m["row"]),
        "notes": (
            f"Import {EDU_FILE} first, then this file; 'records' is the resulting state of all projects "
            "(the two rows rejected in the base file never entered the portfolio). Title rows 1-2; row 2 "
            "'(млн.руб.)' gives the unit for the whole table; header row 4 (single level, the budget columns "
            "are 'в т.ч. …' without a unit); "
            f"data rows 5-{row - 1}. 10 rows carry a known code (6 change status, money or jobs; 3 are "
            "re-sent unchanged; 1 is rejected, see below); 4 rows have an empty code and are matched by "
            "name (quotes \"\" and “” for «», ё written as е, upper case, leading/double/trailing spaces; "
            "3 of them with changes) and keep the stored name; "
            "3 rows carry new codes INO-1331..1333: new projects whose fields absent from this file "
            "(cluster, work area, location, dates, jobs planned, confirmed extra-budgetary, lead "
            "organisation, problems) are null; INO-1332's total is the text '1 048,6'. One row is rejected: "
            "its total is the text 'уточняется'; that project keeps the values of the base file. "
            "'Освоено с начала реализации' (spent to date) and 'Что изменилось' (a comment) are not "
            "imported."),
    })


# @@MORE@@
# ======================================================================
# 3. Forestry department: cluster_sheets shape
# ======================================================================
FOR_FILE = "leshoz_klastery.xlsx"
ST_FOR = [("реализуется", "in_progress"), ("Реализуется", "in_progress"), ("в стадии реализации", "in_progress"),
          ("завершён", "completed"), ("Завершен", "completed"), ("ПЛАНИРУЕТСЯ", "planned"),
          ("планируется ", "planned"), ("приостановлен", "suspended")]
FOR_SHEETS = [
    ("ЛПК", "Лесопромышленный кластер Томской области", "timber", "тыс. куб. м", [
        ("Производство плит МДФ (второй пусковой комплекс)", "г. Асино", "Асино", "ООО «Асиновский ЛПК»"),
        ("Лесопильно-деревообрабатывающий комбинат", "Асино", "Асино", "ООО «Сибирская лесная компания»"),
        ("Производство топливных пеллет из отходов лесопиления", "Томский район", "Томский район",
         "ООО «ТомскЛесИнвест»"),
        ("Цех клеёного бруса и CLT-панелей", "г. Томск", "Томск", "АО «Томский лес»"),
        ("Лесной терминал с сушильным комплексом", "г. Асино", "Асино", "ООО «Асиновский ЛПК»"),
        ("Производство фанеры из берёзового шпона", "Колпашево", "Колпашево", "ООО «Нарымлес»"),
        ("Домостроительный комбинат (деревянное домостроение)", "Томский р-н", "Томский район",
         "ООО «Сибирский дом»"),
        ("Производство древесного угля и топливных брикетов", "г. Колпашево", "Колпашево", "ООО «Нарымлес»"),
        ("Биотопливная котельная на древесных отходах", "г. Асино", "Асино", "МУП «Асиновские тепловые сети»"),
        ("Лесной питомник сеянцев с закрытой корневой системой", "Томский район", "Томский район",
         "ОГАУ «Томсклес»"),
        ("Производство оцилиндрованного бревна и погонажа", "Колпашево", "Колпашево", "ИП Сафонов И.Г."),
        ("Цех лущения шпона", "г. Асино", "Асино", "ООО «Сибирская лесная компания»"),
    ]),
    ("Дикоросы", "Кластер дикоросов (недревесные лесные ресурсы)", "wildlife", "т", [
        ("Переработка кедрового ореха с получением масла холодного отжима", "г. Томск", "Томск",
         "ООО «Сибирский кедр»"),
        ("Заготовительный пункт дикорастущих ягод", "г. Колпашево", "Колпашево", "ПО «Нарымские дары»"),
        ("Производство экстрактов из чаги", "Томский район", "Томский район", "ООО «СибФитоТех»"),
        ("Линия шоковой заморозки ягод", "Асино", "Асино", "ООО «Таёжные ягоды»"),
        ("Производство джемов и конфитюров из лесных ягод", "г. Томск", "Томск", "ООО «Сибирская ягода»"),
        ("Переработка пихтовой лапки: эфирное масло и хвойная паста", "Томский р-н", "Томский район",
         "ООО «Пихта-Томск»"),
        ("Сублимационная сушка ягод и грибов", "г. Томск", "Томск", "ООО «Сибирский кедр»"),
        ("Пищевые добавки на основе кедровой живицы", "Колпашево", "Колпашево", "ООО «Живица Нарыма»"),
        ("Цех переработки брусники и клюквы", "г. Асино", "Асино", "ПО «Нарымские дары»"),
    ]),
]
FOR_HIDDEN_ROW = ("ЛПК", 8)
FOR_HIDDEN_COL = ("Дикоросы", "I")
FOR_NEGATIVE = ("ЛПК", 5)  # index in list


def build_forest():
    rng = random.Random(1340)
    wb = new_wb()
    wb.remove(wb.active)
    hdr = ["№ п/п", "Код проекта", "Наименование инвестиционного проекта", "Место реализации",
           "Состояние реализации", "Дата начала", "Окончание реализации", "Стоимость проекта",
           "Внебюджетные средства (средства инвестора)", "Господдержка в 2016 г.", "Объём заготовки",
           "Создаваемые рабочие места", "Инициатор проекта (инвестор)", "Статус лесного участка", "Примечание"]
    fmap = [None, "code", "name", "location", "status", "start_date", "end_date", "total_cost_mln",
            "extra_budgetary_mln", None, None, "jobs_planned", "lead_organization", None, None]
    fields = ["code", "name", "cluster"] + [f for f in CANON if f in fmap and f not in ("code", "name")]
    fields = [f for f in CANON if f in fields]
    records, rejected, sheets_info = [], [], []
    columns = None
    code_n = 1341
    k = 0
    text_cells = quarter_cells = year_cells = 0
    for sname, full, ckey, vol_unit, projects in FOR_SHEETS:
        ws = wb.create_sheet(sname)
        units = ["Ед. изм.", "", "", "", "", "", "", "тыс.руб", "тыс.руб", "тыс.руб", vol_unit, "чел.", "", "", ""]
        put(ws, 1, 1, full, bold=True)
        put(ws, 2, 1, "Перечень инвестиционных проектов, курируемых департаментом лесного хозяйства, "
                      "по состоянию на 01.07.2016")
        for c, t in enumerate(hdr, 1):
            put(ws, 4, c, t, bold=True, wrap=True)
            put(ws, 5, c, units[c - 1] or None)
        cols = []
        for h, u, f in zip(hdr, units, fmap):
            cols.append([f"{h} / {u}" if u and h != "№ п/п" else h, f])
        if columns is None:
            columns = cols
        else:
            columns_w = cols
        row = 6
        data_rows = []
        for i, (name, loc_w, loc_k, lead) in enumerate(projects):
            if i and i % 4 == 0:
                row += 1  # blank spacer row
            code = f"INO-{code_n}"; code_n += 1
            st_w, st_k = ST_FOR[(k * 3 + i) % len(ST_FOR)]
            k += 1
            total = r1(rng.uniform(8, 1900))
            extra = r1(total * rng.choice([1.0, 0.9, 0.75, 0.6]))
            support = r1((total - extra) * 0.3)
            start = rand_date(rng, 2012, 2016)
            if st_k == "completed":
                start = rand_date(rng, 2011, 2013)
                end = rand_date(rng, 2014, 2015)
                end_cell = end
            else:
                y = rng.randint(max(start.year + 1, 2017), 2021)
                mode = i % 3
                if mode == 0:
                    q = rng.randint(1, 4)
                    end = q_end(y, q)
                    end_cell = f"{['I', 'II', 'III', 'IV'][q - 1]} кв. {y}"; quarter_cells += 1
                elif mode == 1:
                    end = dt.date(y, 12, 31)
                    end_cell = f"{y} г." if i % 2 else str(y); year_cells += 1
                else:
                    end = rand_date(rng, y, y)
                    end_cell = end
            jobs = rng.randrange(5, 260, 1)
            volume = r1(rng.uniform(10, 400))
            put(ws, row, 1, i + 1)
            put(ws, row, 2, code)
            put(ws, row, 3, name)
            put(ws, row, 4, loc_w)
            put(ws, row, 5, st_w)
            put(ws, row, 6, start)
            put(ws, row, 7, end_cell)
            extra_cell = round(extra * 1000)
            if (sname, i) == FOR_NEGATIVE:
                extra_cell = -extra_cell
            for col, v in ((8, round(total * 1000)), (9, extra_cell), (10, round(support * 1000))):
                if (i + col) % 5 == 0 and v >= 0:
                    put(ws, row, col, ru_num(v, 1, sep=" ")); text_cells += 1
                else:
                    put(ws, row, col, v, fmt="#,##0")
            put(ws, row, 11, volume, fmt="0.0")
            put(ws, row, 12, jobs)
            put(ws, row, 13, lead)
            put(ws, row, 14, ["в аренде", "оформляется", "в аренде", "торги не проведены"][i % 4])
            put(ws, row, 15, "Проект включён в перечень приоритетных" if i % 5 == 2 else None)
            if (sname, i) == FOR_NEGATIVE:
                rejected.append({"sheet": sname, "row": row, "reason": "negative amount", "column": "I",
                                 "code": code})
            else:
                records.append(record(fields, code=code, name=name, cluster=ckey, location=loc_k, status=st_k,
                                      start_date=start, end_date=end, total_cost_mln=total,
                                      extra_budgetary_mln=extra, jobs_planned=jobs, lead_organization=lead))
            data_rows.append(row)
            row += 1
        put(ws, row + 1, 1, "Исполнитель: отдел использования лесов, т. 8 (3822) 90-00-00")
        ws.column_dimensions["C"].width = 55
        ws.column_dimensions["M"].width = 32
        sheets_info.append({"sheet": sname, "cluster": ckey, "title_A1": full, "header_rows": [4, 5],
                            "unit_row": 5, "data_rows": data_rows, "footnote_row": row + 1})
    ws_l = wb["ЛПК"]
    ws_l.row_dimensions[FOR_HIDDEN_ROW[1]].hidden = True
    wb["Дикоросы"].column_dimensions[FOR_HIDDEN_COL[1]].hidden = True
    notes = wb.create_sheet("Справочно")
    for r, t in enumerate([
            "Стоимость проектов и внебюджетные средства указаны в тыс. руб. по данным инвесторов.",
            "Объём заготовки: для ЛПК - древесина, тыс. куб. м в год; для дикоросов - тонн в год.",
            "Господдержка в 2016 г. - субсидии и гранты из областного бюджета на текущий год.",
            "Сведения подготовлены департаментом лесного хозяйства Томской области."], 1):
        put(notes, r, 1, t)
    save_wb(wb, FOR_FILE)
    columns_out = {"ЛПК": columns, "Дикоросы": columns_w}
    write_expected(FOR_FILE, {
        "refused": False, "fields": fields, "record_count": len(records), "records": records,
        "rejected": rejected, "columns": columns_out["ЛПК"], "columns_by_sheet": columns_out,
        "sheets": sheets_info,
        "hidden": {"row": {"sheet": FOR_HIDDEN_ROW[0], "row": FOR_HIDDEN_ROW[1]},
                   "column": {"sheet": FOR_HIDDEN_COL[0], "column": FOR_HIDDEN_COL[1],
                              "field": "extra_budgetary_mln"}},
        "notes": (
            "Regional forestry department; one sheet per cluster, the cluster comes from the sheet: sheet "
            "'ЛПК' (A1 'Лесопромышленный кластер Томской области') = timber, sheet 'Дикоросы' (A1 'Кластер "
            "дикоросов (недревесные лесные ресурсы)') = wildlife; sheet 'Справочно' is explanatory text, not "
            "data. Header row 4 and a separate unit row 5 ('Ед. изм.' in column A; 'тыс.руб' without dots "
            "under the money columns, 'чел.' under jobs, 'тыс. куб. м' / 'т' under the harvest volume); the "
            "columns are written here as 'header / unit'. Money in thousand roubles, given here in RUB "
            f"million; {text_cells} money cells are text with a space as thousands separator and a decimal "
            "comma ('125 400,0'). Blank spacer rows inside the data and a clerk's footnote under each table "
            "are skipped. 'Окончание реализации' mixes real dates, quarters ('III кв. 2019' = 2019-09-30; "
            f"{quarter_cells} cells) and bare years as text ('2019' or '2019 г.' = 31 December; {year_cells} "
            "cells). Look-alike columns mapped to null: '№ п/п', 'Господдержка в 2016 г.' (one-year "
            "slice of state support), 'Объём заготовки' (a harvest volume in тыс. куб. м or tonnes - not "
            "money despite 'тыс.'), 'Статус лесного участка' (status of the forest plot lease, not of the "
            "project), 'Примечание'. Row 8 on 'ЛПК' is hidden and column I (extra-budgetary) on "
            "'Дикоросы' is hidden: both are data. One row is rejected: a negative extra-budgetary amount. "
            "One lead organisation is an individual entrepreneur ('ИП Сафонов И.Г.'), imported as written."),
    })


# ======================================================================
# 4. Oil company's regional office: agency_english shape
# ======================================================================
OIL_FILE = "oil_ro_portfolio.xlsx"
OIL_PROJECTS = [
    # name, cluster_w, cluster_k, loc_w, loc_k, status_w, status_k, operator, jv, problems
    ("APG utilisation unit at Strezhevoy field cluster", "Hard-to-recover reserves", "hard_to_recover",
     "Strezhevoy", "Стрежевой", "In execution", "in_progress", "Tomskneft VNK", "Gazprom Neft", None),
    ("Pilot polymer flooding, Sovetskoye field", "hard-to-recover", "hard_to_recover", "Strezhevoy",
     "Стрежевой", "Completed", "completed", "Tomskneft VNK", None, None),
    ("Bazhenov formation test site (horizontal wells, multistage frac)", "Hard-to-recover resources cluster",
     "hard_to_recover", "Kolpashevo", "Колпашево", "Planned (pre-FID)", "planned", "Tomskneft VNK",
     "Gazprom Neft", "Tax incentive for Bazhenov production not yet approved"),
    ("Gas processing plant debottlenecking", "Petrochemical", "petrochemical", "Tomsk district", "Томский район",
     "In execution", "in_progress", "Tomskneftekhim LLC", "SIBUR", None),
    ("Polypropylene line #3", "Petrochemicals", "petrochemical", "Tomsk", "Томск", "On hold", "suspended",
     "Tomskneftekhim LLC", "SIBUR", "FID postponed: market conditions"),
    ("Digital oilfield: remote well monitoring", "n/a", None, "Strezhevoy", "Стрежевой", "completed",
     "completed", "Tomskneft VNK", None, None),
    ("Oil sludge recycling facility", "", None, "Strezhevoy", "Стрежевой", "In progress", "in_progress",
     "Tomskneft VNK", None, "Environmental permit pending"),
    ("Methanol plant feasibility & FEED", "petrochemical cluster", "petrochemical", "Tomsk district",
     "Томский район", "Planned", "planned", "Tomskneftekhim LLC", "Sibmetakhim", None),
    ("Field camp modular housing upgrade", "n/a", None, "Kolpashevo", "Колпашево", "Completed", "completed",
     "Tomskneft VNK", None, None),
    ("Core research laboratory with TPU", "Hard-to-recover reserves", "hard_to_recover", "Tomsk", "Томск",
     "In execution", "in_progress", "Tomskneft VNK", "Tomsk Polytechnic University", None),
    ("Low-permeability reservoirs: hydraulic fracturing fleet", "Hard-to-recover reserves", "hard_to_recover",
     "Strezhevoy", "Стрежевой", "in execution", "in_progress", "Tomskneft VNK", "Gazprom Neft", None),
    ("Butyl rubber compounding unit", "Petrochemical", "petrochemical", "Tomsk", "Томск", "Planned",
     "planned", "Tomskneftekhim LLC", None, "Feedstock contract under negotiation"),
    ("Associated gas power station 24 MW", "", None, "Strezhevoy", "Стрежевой", "On hold", "suspended",
     "Tomskneft VNK", "Inter RAO", "Grid connection agreement not signed"),
    ("Pipeline corrosion monitoring system", "n/a", None, "Kolpashevo", "Колпашево", "In execution",
     "in_progress", "Tomskneft VNK", None, None),
    ("Paleozoic deposits exploration programme", "Hard-to-recover", "hard_to_recover", "Tomsk district",
     "Томский район", "Planned (pre-FID)", "planned", "Tomskneft VNK", "Gazprom Neft", None),
    ("Catalyst regeneration shop", "Petrochemicals", "petrochemical", "Tomsk", "Томск", "Completed",
     "completed", "Tomskneftekhim LLC", None, None),
    ("Water treatment for reservoir pressure maintenance", "", None, "Strezhevoy", "Стрежевой",
     "In execution", "in_progress", "Tomskneft VNK", None, None),
    ("Training centre for drilling crews", "n/a", None, "Strezhevoy", "Стрежевой", "Completed", "completed",
     "Tomskneft VNK", None, None),
]
OIL_DUP = (6, 13)  # the project at index 6 appears again after index 13 with different CAPEX


def build_oil():
    rng = random.Random(1360)
    wb = new_wb()
    ws = wb.active
    ws.title = "Tomsk RO portfolio"
    hdr = ["Project code", "Project name", "INO cluster", "Asset location", "Project status", "FID",
           "Construction start", "COD", "CAPEX, RUB bn", "Federal funding, RUB bn", "Regional funding, RUB bn",
           "Private funding (company + JV), RUB bn", "CAPEX 2016, RUB bn", "Spent to date, RUB bn",
           "JV partner", "JV share, %", "Operator", "Project manager", "Jobs (plan)", "Key issues"]
    fmap = ["code", "name", "cluster", "location", "status", None, "start_date", "end_date", "total_cost_mln",
            "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln", None, None, None, None,
            "lead_organization", None, "jobs_planned", "problems"]
    for c, t in enumerate(hdr, 1):
        put(ws, 1, c, t, bold=True)
    columns = [[h, f] for h, f in zip(hdr, fmap)]
    fields = fields_of(columns)
    managers = ["A. Volkov", "I. Smirnova", "D. Kozlov", "P. Novikova", "S. Morozov"]
    rows = []
    for i, p in enumerate(OIL_PROJECTS):
        rows.append((i, p, False))
        if i == OIL_DUP[1]:
            rows.append((OIL_DUP[0], OIL_PROJECTS[OIL_DUP[0]], True))
    gen = {}
    for i, p in enumerate(OIL_PROJECTS):
        total = r1(rng.uniform(40, 9000))
        fed = 0.0
        reg = r1(total * rng.choice([0, 0, 0.02, 0.05]))
        extra = r1(total - fed - reg)
        st_k = p[6]
        start = rand_date(rng, 2011, 2016)
        fid = start - dt.timedelta(days=rng.randint(60, 400))
        if st_k == "completed":
            start = rand_date(rng, 2011, 2013)
            fid = start - dt.timedelta(days=rng.randint(60, 400))
        y = rng.randint(start.year + 1, 2022) if st_k != "completed" else rng.randint(start.year + 1, 2015)
        q = rng.randint(1, 4)
        mode = i % 5
        if mode == 0 or st_k == "completed":
            end = rand_date(rng, y, y); cod = end
        elif mode == 1:
            end = q_end(y, q); cod = f"Q{q} {y}"
        elif mode == 2:
            end = q_end(y, q); cod = f"{q}Q{y}"
        elif mode == 3:
            end = dt.date(y, 12, 31); cod = str(y)
        else:
            end = dt.date(y, 12, 31); cod = y
        if st_k == "planned":
            start_cell = None if i % 2 else start
            fid_cell = None
        else:
            start_cell = start
            fid_cell = fid
        gen[i] = dict(total=total, fed=fed, reg=reg, extra=extra, start=start if start_cell else None,
                      start_cell=start_cell, fid=fid_cell, end=end, cod=cod,
                      jobs=rng.randrange(10, 600, 5), y16=r1(total * 0.2),
                      spent=r1(total * rng.uniform(0.1, 0.9)) if st_k != "planned" else 0.0,
                      share=rng.choice([25, 49, 50, 30]))
    records, rejected = [], []
    row = 2
    dup_rows = []
    for i, p, is_dup in rows:
        name, cl_w, cl_k, loc_w, loc_k, st_w, st_k, oper, jv, probl = p
        g = dict(gen[i])
        if is_dup:
            g["total"] = r1(g["total"] + 350.0)
            g["extra"] = r1(g["extra"] + 350.0)
        code = f"INO-{1451 + i}"
        vals = [code, name, cl_w, loc_w, st_w, g["fid"], g["start_cell"], g["cod"],
                g["total"] / 1000, g["fed"] / 1000, g["reg"] / 1000, g["extra"] / 1000, g["y16"] / 1000,
                g["spent"] / 1000, jv, g["share"] if jv else None, oper, managers[i % 5], g["jobs"], probl]
        for c, v in enumerate(vals, 1):
            fmt = "0.0000" if 9 <= c <= 14 else ("yyyy-mm-dd" if isinstance(v, dt.date) else None)
            if c == 8 and isinstance(v, int):
                fmt = "General"
            put(ws, row, c, v, fmt=fmt)
        if i == OIL_DUP[0]:
            dup_rows.append(row)
        else:
            records.append(record(fields, code=code, name=name, cluster=cl_k, location=loc_k, status=st_k,
                                  start_date=g["start"], end_date=g["end"], total_cost_mln=g["total"],
                                  federal_budget_mln=g["fed"], regional_budget_mln=g["reg"],
                                  extra_budgetary_mln=g["extra"], jobs_planned=g["jobs"],
                                  lead_organization=oper, problems=probl))
        row += 1
    dcode = f"INO-{1451 + OIL_DUP[0]}"
    for r in dup_rows:
        rejected.append({"sheet": ws.title, "row": r, "column": "A",
                         "reason": f"duplicate code {dcode} (rows {dup_rows[0]} and {dup_rows[1]} differ)",
                         "code": dcode})
    ws.column_dimensions["B"].width = 55
    g2 = wb.create_sheet("Abbreviations")
    for r, t in enumerate([
            "CAPEX - capital expenditure, RUB bn, nominal, VAT excluded",
            "FID - final investment decision (date of the Board decision)",
            "COD - commercial operation date (planned or actual); a quarter or a year where no exact date yet",
            "JV - joint venture; JV partner - co-investor; JV share - partner's equity share, %",
            "RO - regional office (Tomsk)",
            "Figures: company data as of 30.06.2016; not audited."], 1):
        put(g2, r, 1, t)
    save_wb(wb, OIL_FILE)
    write_expected(OIL_FILE, {
        "refused": False, "fields": fields, "record_count": len(records), "records": records,
        "rejected": rejected, "data_sheet": ws.title, "header_row": 1, "columns": columns,
        "notes": (
            "Oil company's regional office. Data on sheet 'Tomsk RO portfolio' (header row 1); sheet "
            "'Abbreviations' is a glossary, not data. Money is in RUB bn (converted here to RUB million). "
            "Corporate abbreviations: 'CAPEX' = total cost; 'COD' (commercial operation date) = end_date; "
            "'Construction start' = start_date; 'FID' (final investment decision date) is NOT the start of "
            "the project and is mapped to null; 'Operator' = lead organisation; 'JV partner' (a "
            "co-investor, not the lead) and 'JV share, %' are null; 'Project manager' (a person) is null; "
            "'CAPEX 2016' (one-year slice) and 'Spent to date' are null. COD cells: real dates, 'Q3 2019', "
            "'3Q2019' (= 2019-09-30), a year as text ('2020') and as a number in a General cell (2021) = "
            "31 December. Planned projects may have no construction start (null). Clusters in English "
            "variants ('Hard-to-recover reserves', 'hard-to-recover', 'Petrochemicals', 'petrochemical "
            "cluster'); '' or 'n/a' = no cluster. Locations transliterated ('Strezhevoy', 'Kolpashevo', "
            "'Tomsk district' = Томский район). Statuses: 'In execution' / 'In progress' = in_progress, "
            "'Planned (pre-FID)' / 'Planned' = planned, 'On hold' = suspended, 'Completed' = completed. "
            f"Rejected: code {dcode} appears on rows {dup_rows[0]} and {dup_rows[1]} with different CAPEX "
            "and private funding; both rows are rejected. Federal funding is 0.0 on every row (a real zero, "
            "not empty)."),
    })
# ======================================================================
# 5. Regional statistics-style CSV export (csv_cp1251 shape)
# ======================================================================
CSV_FILE = "stat_vygruzka_cp1251.csv"
CSV_PROJECTS = [
    # name, cluster_w, cluster_k, wa_w, wa_k, mo_w, loc_k, oktmo, status_w, status_k, org, problems
    ("Производство радиофармпрепаратов; этап 2", "Кластер ядерных технологий", "nuclear",
     "Передовая промышленность", "industry", "ЗАТО Северск", "Северск", "69741000", "Реализуется",
     "in_progress", "АО «Сибирский химический комбинат»", None),
    ("Модернизация производства полиэтиленовых труб", "Нефтехимический кластер", "petrochemical",
     "Передовая промышленность", "industry", "г. Томск", "Томск", "69701000", "Завершен", "completed",
     "ООО «Томский завод полимерных труб»", None),
    ("Технопарк «Томь-Инновации»", "", None, "Технологические инновации, новые бизнесы",
     "innovation_business", "г. Томск", "Томск", "69701000", "Реализуется", "in_progress",
     "АО «Томская региональная инвестиционная компания»", "Подрядчик ООО \"СтройТех\" нарушил сроки"),
    ("Производство генно-инженерного инсулина", "Фармацевтический кластер", "pharma",
     "Передовая промышленность", "industry", "Томский район", "Томский район", "69654000", "Планируется",
     "planned", "ООО «Фарм-Сибирь»", None),
    ("Производство березового сока и сиропов", "Кластер дикоросов", "wildlife",
     "Передовая промышленность", "industry", "г. Асино", "Асино", "69608101", "Реализуется", "in_progress",
     "ООО «Сибирский берёзовый сок»", None),
    ("Умная система управления уличным освещением", "", None, "Умный и удобный город", "smart_city",
     "г. Томск", "Томск", "69701000", "Завершен", "completed", "МБУ «Томсквет»", None),
    ("Цифровая платформа муниципальных услуг; 2 очередь", "Кластер медицинской техники и информационных "
     "технологий", "medtech_it", "Деловая среда", "business_environment", "г. Томск", "Томск", "69701000",
     "Приостановлен", "suspended", "ООО «Элекард»", "Не выделены средства областного бюджета; ждём решения"),
    ("Завод по производству ОСП", "Лесопромышленный кластер", "timber", "Передовая промышленность",
     "industry", "г. Асино", "Асино", "69608101", "Реализуется", "in_progress", "ООО «Асиновский ЛПК»", None),
    ("Опытно-промышленная разработка баженовской свиты", "Кластер трудноизвлекаемых запасов",
     "hard_to_recover", "Передовая промышленность", "industry", "г. Стрежевой", "Стрежевой", "69710000",
     "Реализуется", "in_progress", "АО «Томскнефть» ВНК", None),
    ("Бизнес-инкубатор в Колпашево", "", None, "Деловая среда", "business_environment", "г. Колпашево",
     "Колпашево", "69632101", "Планируется", "planned", "МБУ «Колпашевский бизнес-инкубатор»", None),
    ("Производство медицинских рентгеновских аппаратов", "Кластер медицинской техники и информационных "
     "технологий", "medtech_it", "Передовая промышленность", "industry", "г. Томск", "Томск", "69701000",
     "Реализуется", "in_progress", "АО «НИИПП»", None),
    ("Реконструкция набережной р. Томи", "", None, "Умный и удобный город", "smart_city", "г. Томск",
     "Томск", "69701000", "Реализуется", "in_progress", "Администрация Города Томска", None),
    ("Производство субстанций для фармацевтики", "Фармацевтический кластер", "pharma",
     "Передовая промышленность", "industry", "г. Томск", "Томск", "69701000", "Реализуется", "in_progress",
     "ООО «Томскхимфарм»", None),
    ("Производство редкоземельных металлов", "Кластер ядерных технологий", "nuclear",
     "Передовая промышленность", "industry", "ЗАТО Северск", "Северск", "69741000", "Планируется", "planned",
     "АО «Сибирский химический комбинат»", None),
    ("Глубокая переработка кедрового ореха", "Кластер дикоросов", "wildlife", "Передовая промышленность",
     "industry", "Томский район", "Томский район", "69654000", "Завершен", "completed",
     "ООО «Сибирский кедр»", None),
    ("Агрегатор перевозок «Томск-Такси»", "", None, "Умный и удобный город", "smart_city", "г. Томск", "Томск",
     "69701000", "Реализуется", "in_progress", "ООО «Томские транспортные системы»", None),
    ("Центр прототипирования", "", None, "Технологические инновации, новые бизнесы", "innovation_business",
     "г. Томск", "Томск", "69701000", "Реализуется", "in_progress", "ООО «Центр прототипирования»", None),
    ("Производство катализаторов", "Нефтехимический кластер", "petrochemical", "Передовая промышленность",
     "industry", "г. Томск", "Томск", "69701000", "Реализуется", "in_progress", "ООО «Томскнефтехим»", None),
    ("Производство композитной арматуры", "Нефтехимический кластер", "petrochemical",
     "Передовая промышленность", "industry", "ЗАТО Северск", "Северск", "69741000", "Приостановлен",
     "suspended", "ООО «Композит-Северск»", None),
    ("Мониторинг пассажирского транспорта ГЛОНАСС", "", None, "Умный и удобный город", "smart_city",
     "г. Томск", "Томск", "69701000", "Завершен", "completed", "МКУ «Томский транспорт»", None),
]
CSV_TEXT_NUM = 9    # 'уточняется' in the federal budget
CSV_BAD_DATES = 15  # end before start


def build_csv():
    rng = random.Random(1380)
    hdr = ["п/п", "Код проекта ИНО", "Полное наименование проекта", "Принадлежность к кластеру",
           "Приоритетное направление", "Муниципальное образование", "Код ОКТМО", "Статус проекта",
           "Дата начала реализации", "Дата завершения реализации", "Стоимость проекта всего, тыс.руб.",
           "в т.ч. федеральный бюджет, тыс.руб.", "областной бюджет, тыс.руб.", "местные бюджеты, тыс.руб.",
           "внебюджетные средства, тыс.руб.", "из них подтвержденные, тыс.руб.",
           "Профинансировано на отчетную дату, тыс.руб.", "Рабочие места, план (ед.)",
           "Рабочие места, факт (ед.)", "Организация-инициатор", "Проблемы реализации", "Отчетный период"]
    fmap = [None, "code", "name", "cluster", "work_area", "location", None, "status", "start_date", "end_date",
            "total_cost_mln", "federal_budget_mln", "regional_budget_mln", None, "extra_budgetary_mln",
            "extra_budgetary_confirmed_mln", None, "jobs_planned", "jobs_created", "lead_organization",
            "problems", None]
    columns = [[h, f] for h, f in zip(hdr, fmap)]
    fields = fields_of(columns)
    lines = [hdr]
    records, rejected = [], []

    def th(v):  # thousand roubles, decimal comma, no separator
        return ru_num(v, 1, sep="")

    for i, p in enumerate(CSV_PROJECTS):
        (name, cl_w, cl_k, wa_w, wa_k, mo_w, loc_k, oktmo, st_w, st_k, org, probl) = p
        code = f"INO-{1381 + i}"
        total_k = rng.randrange(5000, 3000000, 100) / 1.0  # thousand roubles, multiple of 100 -> 0.1 mln
        fed_k = round(total_k * rng.choice([0, 0, 0.1, 0.3]), -2)
        reg_k = round(total_k * rng.choice([0, 0.05, 0.1]), -2)
        loc_b = round(total_k * rng.choice([0, 0, 0.02]), -2)
        ext_k = total_k - fed_k - reg_k - loc_b
        conf_k = round(ext_k * rng.choice([1.0, 0.5, 0.0]), -2)
        spent_k = round(total_k * rng.uniform(0.0, 0.8), -2) if st_k != "planned" else 0.0
        start = rand_date(rng, 2012, 2016)
        end = rand_date(rng, start.year + 1, 2020)
        if st_k == "completed":
            start = rand_date(rng, 2012, 2013); end = rand_date(rng, 2014, 2015)
        jp = rng.randrange(5, 500)
        jc = jp if st_k == "completed" else (None if st_k == "planned" else rng.randrange(0, jp))
        end_w = end
        if i == CSV_BAD_DATES:
            end_w = dt.date(start.year - 1, 12, 15)
        fed_w = th(fed_k)
        if i == CSV_TEXT_NUM:
            fed_w = "уточняется"
        line = [str(i + 1), code, name, cl_w if cl_w else ("—" if i % 2 else ""), wa_w, mo_w, oktmo, st_w,
                ddmmyyyy(start), ddmmyyyy(end_w), th(total_k), fed_w, th(reg_k), th(loc_b), th(ext_k),
                th(conf_k), th(spent_k), str(jp), "" if jc is None else str(jc), org, probl or "",
                "2 квартал 2016"]
        lines.append(line)
        lineno = len(lines)
        if i == CSV_TEXT_NUM:
            rejected.append({"sheet": None, "row": lineno, "reason": "not a number: 'уточняется'",
                             "column": "в т.ч. федеральный бюджет, тыс.руб.", "code": code})
        elif i == CSV_BAD_DATES:
            rejected.append({"sheet": None, "row": lineno, "reason": "end date before start date",
                             "column": "Дата завершения реализации", "code": code})
        else:
            records.append(record(fields, code=code, name=name, cluster=cl_k, work_area=wa_k, location=loc_k,
                                  status=st_k, start_date=start, end_date=end, total_cost_mln=r1(total_k / 1000),
                                  federal_budget_mln=r1(fed_k / 1000), regional_budget_mln=r1(reg_k / 1000),
                                  extra_budgetary_mln=r1(ext_k / 1000),
                                  extra_budgetary_confirmed_mln=r1(conf_k / 1000), jobs_planned=jp,
                                  jobs_created=jc, lead_organization=org, problems=probl))
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    for l in lines:
        w.writerow(l)
    with open(os.path.join(HERE, CSV_FILE), "wb") as f:
        f.write(buf.getvalue().encode("cp1251"))
    write_expected(CSV_FILE, {
        "refused": False, "fields": fields, "record_count": len(records), "records": records,
        "rejected": rejected, "encoding": "cp1251", "delimiter": ";", "header_line": 1, "columns": columns,
        "notes": (
            "Regional statistics-style export: Windows-1251, no BOM, CRLF, ';' separator, fields with ';' or "
            "'\"' quoted with inner quotes doubled (two names contain ';'). Line 1 is the header; one project "
            "per line. Money in thousand roubles ('тыс.руб.' in every money header; decimal comma, no "
            "thousands separator), given here in RUB million. The total includes 'местные бюджеты' "
            "(municipal budget), which is not imported. Dates dd.mm.yyyy. Look-alike columns mapped to "
            "null: 'п/п' (row number), 'Код ОКТМО' (a territory code), 'местные бюджеты', 'Профинансировано "
            "на отчетную дату' (spent to date), 'Отчетный период' ('2 квартал 2016' - a quarter, but the "
            "report period, not a project date). Empty cluster or '—' = no cluster. Municipalities written "
            "as 'г. Томск', 'ЗАТО Северск', 'Томский район'. Empty 'Рабочие места, факт' = null. Rejected: "
            "line with 'уточняется' in the federal budget (text, not a number) and a line whose end date "
            "is before its start date. 'row' numbers are CSV line numbers."),
    })


# ======================================================================
# 6. City capital construction department: bad_rows shape
# ======================================================================
KS_FILE = "kapstroy_obekty.xlsx"
KS_OBJECTS = [
    # name, address, mo_w, loc_k, wa_w, wa_k, kind, status_w, status_k, builder, curator, problems, expertise
    ("Общеобразовательная школа на 1100 мест в мкр. «Северный парк»", "г. Томск, ул. Нарановича, 10",
     "Город Томск", "Томск", "Умный и удобный город", "smart_city", "строительство", "ведётся строительство",
     "in_progress", "МБУ «Управление капитального строительства г. Томска»", "Ращупкин С.В.", None,
     "получено"),
    ("Детский сад на 220 мест по ул. Славского", "г. Томск, ул. Славского, 26", "г. Томск", "Томск",
     "Умный и удобный город", "smart_city", "строительство", "введён в эксплуатацию", "completed",
     "МБУ «Управление капитального строительства г. Томска»", "Ращупкин С.В.", None, "получено"),
    ("Реконструкция Коммунального моста через р. Томь (2 этап)", "г. Томск, пр. Ленина — Коммунальный мост",
     "Город Томск", "Томск", "Умный и удобный город", "smart_city", "реконструкция", "работы приостановлены",
     "suspended", "ОГКУ «Томскавтодор»", "Лавриненко К.А.",
     "=HYPERLINK(\"http://admin.tomsk.ru/pgs/most\";\"Решение суда по подрядчику\")", "получено"),
    ("Бизнес-инкубатор «Технопарк на Вершинина»", "г. Томск, ул. Вершинина, 39", "г. Томск", "Томск",
     "Деловая среда", "business_environment", "реконструкция", "Ведется строительство", "in_progress",
     "ООО «ТомскСтройИнвест»", "Иванова Л.Н.", None, "получено"),
    ("Крытый ледовый каток с искусственным льдом", "г. Томск, ул. Королёва, 4", "Город Томск", "Томск",
     "Умный и удобный город", "smart_city", "строительство", "планируется к строительству", "planned",
     "МБУ «Управление капитального строительства г. Томска»", "Ращупкин С.В.",
     "Нет положительного заключения госэкспертизы", "не получено"),
    ("Многоуровневая парковка у железнодорожного вокзала Томск-I", "г. Томск, пр. Кирова, 70",
     "г. Томск", "Томск", "Умный и удобный город", "smart_city", "строительство", "ведётся строительство",
     "in_progress", "ООО «Парковки Сибири»", "Лавриненко К.А.", None, "получено"),
    ("Поликлиника на 500 посещений в смену в мкр. «Радонежский»", "г. Томск, мкр. Радонежский",
     "Город Томск", "Томск", "Умный и удобный город", "smart_city", "строительство",
     "планируется к строительству", "planned", "ОГКУ «Облстройзаказчик»", "Котова Е.Е.", None, "на экспертизе"),
    ("Водозабор подземных вод, 3 очередь", "Томский район, с. Зоркальцево", "Томский район", "Томский район",
     "Умный и удобный город", "smart_city", "строительство", "введён в эксплуатацию", "completed",
     "ООО «Томскводоканал»", "Котова Е.Е.", None, "получено"),
    ("Дорога на ул. Ивана Черных (продолжение)", "г. Томск, ул. Ивана Черных", "г. Томск", "Томск",
     "Умный и удобный город", "smart_city", "строительство", "ведётся строительство", "in_progress",
     "ОГКУ «Томскавтодор»", "Лавриненко К.А.", "Несвоевременное изъятие земельных участков", "получено"),
    ("Центр технологического предпринимательства «Фабрика»", "г. Томск, ул. Шевченко, 62", "г. Томск",
     "Томск", "Технологические инновации, новые бизнесы", "innovation_business", "реконструкция",
     "Введен в эксплуатацию", "completed", "ООО «ТомскСтройИнвест»", "Иванова Л.Н.", None, "получено"),
    ("Реконструкция стадиона «Труд»", "г. Томск, ул. Бакунина, 1", "Город Томск", "Томск",
     "Умный и удобный город", "smart_city", "реконструкция", "работы приостановлены", "suspended",
     "МБУ «Управление капитального строительства г. Томска»", "Ращупкин С.В.",
     "Расторгнут контракт с генподрядчиком", "получено"),
    ("Очистные сооружения ливневой канализации", "г. Томск, пер. Большой Подгорный", "г. Томск", "Томск",
     "Умный и удобный город", "smart_city", "строительство", "ведётся строительство", "in_progress",
     "ООО «Томскводоканал»", "Котова Е.Е.", None, "получено"),
    ("Пешеходная зона «Новособорная площадь — Ленина»", "г. Томск, пл. Новособорная", "Город Томск", "Томск",
     "Умный и удобный город", "smart_city", "благоустройство", "Введён в эксплуатацию", "completed",
     "МБУ «Томсквет»", "Иванова Л.Н.", None, "не требуется"),
    ("Школа на 825 мест в мкр. «Южные ворота»", "Томский район, мкр. Южные ворота", "Томский район",
     "Томский район", "Умный и удобный город", "smart_city", "строительство", "ведётся строительство",
     "in_progress", "ОГКУ «Облстройзаказчик»", "Котова Е.Е.", None, "получено"),
    ("Инженерная инфраструктура ОЭЗ ТВТ, площадка «Академическая»", "г. Томск, пр. Развития",
     "г. Томск", "Томск", "Технологические инновации, новые бизнесы", "innovation_business", "строительство",
     "ведётся строительство", "in_progress", "АО «ОЭЗ ТВТ «Томск»", "Лавриненко К.А.", None, "получено"),
    ("Городской центр обработки данных", "г. Томск, ул. Карла Маркса, 34", "Город Томск", "Томск",
     "Умный и удобный город", "smart_city", "реконструкция", "планируется к строительству", "planned",
     "МКУ «Томский информационный центр»", "Иванова Л.Н.", None, "на экспертизе"),
    ("Блочно-модульная котельная в мкр. «Солнечная долина»", "Томский район, д. Кисловка", "Томский район",
     "Томский район", "Умный и удобный город", "smart_city", "строительство", "введён в эксплуатацию",
     "completed", "ООО «Томская энергетическая компания»", "Котова Е.Е.", None, "получено"),
    ("Спортивный комплекс с универсальным игровым залом", "г. Томск, ул. Сибирская, 102", "г. Томск", "Томск",
     "Умный и удобный город", "smart_city", "строительство", "ведётся строительство", "in_progress",
     "МБУ «Управление капитального строительства г. Томска»", "Ращупкин С.В.", None, "получено"),
    # rejected rows
    ("Реконструкция Дома учёных", "г. Томск, пр. Ленина, 31", "г. Томск", "Томск", "Наука и образование",
     "science_education", "реконструкция", "ведётся строительство", "in_progress", "ООО «ТомскСтройИнвест»",
     "Иванова Л.Н.", None, "получено"),
    ("Трамвайное депо (реконструкция)", "г. Томск, ул. Мокрушина, 1", "Город Томск", "Томск",
     "Умный и удобный город", "smart_city", "реконструкция", "ведётся строительство", "in_progress",
     "МП «Трамвайно-троллейбусное управление»", "Лавриненко К.А.", None, "получено"),
    ("Лыжероллерная трасса в Лагерном саду", "г. Томск, Лагерный сад", "г. Томск", "Томск",
     "Умный и удобный город", "smart_city", "строительство", "планируется к строительству", "planned",
     "МБУ «Управление капитального строительства г. Томска»", "Ращупкин С.В.", None, "не получено"),
]
KS_BAD = {18: "negative", 19: "dates", 20: "text"}
KS_BLANK_AFTER = 6  # a row of formatted blank cells after the 7th object


def build_ks():
    rng = random.Random(1400)
    wb = new_wb()
    ws = wb.active
    ws.title = "Объекты КС"
    hdr = ["Код ИНО", "Наименование объекта капитального строительства", "Адрес объекта",
           "Муниципальное образование", "Направление", "Вид работ", "Состояние", "Начало строительства",
           "Ввод в эксплуатацию", "Сметная стоимость, т.р.", "Федеральный бюджет, т.р.", "Областной бюджет, т.р.",
           "Бюджет муниципального образования «Город Томск», т.р.", "Внебюджетные средства, т.р.",
           "Техническая готовность, %", "Мощность объекта", "Застройщик (технический заказчик)",
           "Куратор от администрации", "Проблемы (причины отставания)", "Заключение госэкспертизы"]
    fmap = ["code", "name", None, "location", "work_area", None, "status", "start_date", "end_date",
            "total_cost_mln", "federal_budget_mln", "regional_budget_mln", None, "extra_budgetary_mln", None, None,
            "lead_organization", None, "problems", None]
    for c, t in enumerate(hdr, 1):
        put(ws, 1, c, t, bold=True, wrap=True)
    columns = [[h, f] for h, f in zip(hdr, fmap)]
    fields = fields_of(columns)
    capacity = ["1100 мест", "220 мест", "4 полосы", "2 400 кв. м", "3 000 зрителей", "600 машино-мест",
                "500 посещений в смену", "15 тыс. куб. м/сут", "1,2 км", "5 500 кв. м"]
    records, rejected = [], []
    row = 2
    blank_row = None
    qcells = ycells = 0
    for i, o in enumerate(KS_OBJECTS):
        (name, addr, mo_w, loc_k, wa_w, wa_k, kind, st_w, st_k, builder, curator, probl, expert) = o
        code = f"INO-{1401 + i}"
        total = r1(rng.uniform(30, 2500))
        fed = r1(total * rng.choice([0, 0, 0.3, 0.5]))
        reg = r1(total * rng.choice([0.1, 0.3, 0.4]))
        mun = r1(total * rng.choice([0, 0.05, 0.1]))
        extra = r1(total - fed - reg - mun)
        if extra < 0:
            mun = 0.0; extra = r1(total - fed - reg)
        ready = {"completed": 100, "planned": 0}.get(st_k, rng.randrange(10, 95))
        start = rand_date(rng, 2013, 2016)
        if st_k == "completed":
            start = rand_date(rng, 2012, 2013)
        y = rng.randint(start.year + 1, 2016 if st_k == "completed" else 2020)
        q = rng.randint(1, 4)
        m = i % 4
        if st_k == "completed" or m == 0:
            end = rand_date(rng, y, y); end_cell = end
        elif m == 1:
            end = q_end(y, q); end_cell = f"{['I', 'II', 'III', 'IV'][q - 1]} кв. {y}"; qcells += 1
        elif m == 2:
            end = q_end(y, q); end_cell = f"{q} кв. {y} г."; qcells += 1
        else:
            end = dt.date(y, 12, 31); end_cell = f"{y}"; ycells += 1
        start_cell = start if i % 3 else ddmmyyyy(start)
        bad = KS_BAD.get(i)
        if bad == "dates":
            end_cell = dt.date(start.year - 1, 10, 1)
        vals = [code, name, addr, mo_w, wa_w, kind, st_w, start_cell, end_cell, total * 1000, fed * 1000,
                reg * 1000, mun * 1000, extra * 1000, ready, capacity[i % len(capacity)], builder, curator,
                probl, expert]
        if bad == "negative":
            vals[11] = -vals[11] if vals[11] else -1500.0
        if bad == "text":
            vals[9] = "по результатам экспертизы"
        for c, v in enumerate(vals, 1):
            if isinstance(v, float):
                v = round(v, 1)
                put(ws, row, c, v, fmt="#,##0.0")
            else:
                put(ws, row, c, v)
        if bad == "negative":
            rejected.append({"sheet": ws.title, "row": row, "reason": "negative amount", "column": "L",
                             "code": code})
        elif bad == "dates":
            rejected.append({"sheet": ws.title, "row": row, "reason": "end date before start date",
                             "column": "I", "code": code})
        elif bad == "text":
            rejected.append({"sheet": ws.title, "row": row,
                             "reason": "not a number: 'по результатам экспертизы'", "column": "J", "code": code})
        else:
            records.append(record(fields, code=code, name=name, work_area=wa_k, location=loc_k, status=st_k,
                                  start_date=start, end_date=end, total_cost_mln=total, federal_budget_mln=fed,
                                  regional_budget_mln=reg, extra_budgetary_mln=extra,
                                  lead_organization=builder, problems=probl))
        row += 1
        if i == KS_BLANK_AFTER:
            blank_row = row
            for c in range(1, len(hdr) + 1):
                put(ws, row, c, " " if c == 2 else None, fmt="#,##0.0")
            row += 1
    ws.column_dimensions["B"].width = 60
    save_wb(wb, KS_FILE)
    write_expected(KS_FILE, {
        "refused": False, "fields": fields, "record_count": len(records), "records": records,
        "rejected": rejected, "sheet": ws.title, "header_row": 1, "data_rows": [2, row - 1],
        "skipped_rows": {str(blank_row): "blank row (formatted cells, one holding a single space)"},
        "columns": columns,
        "notes": (
            "City administration's department of capital construction. One sheet, header row 1. Money in "
            "'т.р.' (тысяч рублей) - thousand roubles - given here in RUB million. 'Сметная стоимость' is "
            "the total cost; it includes 'Бюджет муниципального образования «Город Томск»' (municipal budget), "
            "which is not imported. 'Ввод в эксплуатацию' (commissioning) = end_date: real dates, 'IV кв. "
            f"2018', '2 кв. 2019 г.' (quarters; {qcells} cells) and bare years as text ({ycells} cells). "
            "'Начало строительства' = start_date (real dates and dd.mm.yyyy text). Statuses are the "
            "construction stage: 'ведётся строительство' = in_progress, 'введён в эксплуатацию' = completed, "
            "'работы приостановлены' = suspended, 'планируется к строительству' = planned. Look-alike "
            "columns mapped to null: 'Адрес объекта' (street address; the place is "
            "'Муниципальное образование': 'Город Томск' / 'г. Томск' = Томск), 'Вид работ', 'Техническая "
            "готовность, %' (a percentage), 'Мощность объекта', 'Куратор от администрации' (a person), "
            "'Заключение госэкспертизы' (status of the state expertise, not of the project). The object "
            "'Реконструкция Коммунального моста' has problems text beginning with '=HYPERLINK(' stored as a "
            f"plain string: import it unchanged. Row {blank_row} is a row of blank formatted cells (one "
            "holds a space): skipped silently. Rejected: a negative regional budget, an end date before the "
            "start date, and text 'по результатам экспертизы' in the cost column."),
    })
# ======================================================================
# 7. Regional health department: formulas shape
# ======================================================================
MED_FILE = "zdrav_medoborudovanie.xlsx"
MED_PROJECTS = [
    ("Ангиографический комплекс для регионального сосудистого центра", "ОГАУЗ «Томская областная клиническая "
     "больница»", "Реализуется", "in_progress"),
    ("Компьютерный томограф 128 срезов", "ОГАУЗ «Городская клиническая больница № 3 им. Б.И. Альперовича»",
     "Завершено", "completed"),
    ("Линейный ускоритель для лучевой терапии", "ОГАУЗ «Томский областной онкологический диспансер»",
     "реализуется", "in_progress"),
    ("Цифровые флюорографы для районных больниц", "ОГБУЗ «Колпашевская районная больница»", "Завершено",
     "completed"),
    ("Роботизированный хирургический комплекс", "ФГБОУ ВО «СибГМУ» Минздрава России", "Планируется",
     "planned"),
    ("Оборудование для ПЭТ-центра (циклотрон и ПЭТ/КТ)", "ФГБУН Томский НИМЦ РАН", "Реализуется",
     "in_progress"),
    ("Телемедицинские комплексы для ФАПов", "ОГБУЗ «Асиновская районная больница»", "Приостановлено",
     "suspended"),
    ("Аппараты ИВЛ для неонатологии", "ОГАУЗ «Областной перинатальный центр»", "Завершено", "completed"),
    ("МРТ 1,5 Тл для межрайонного центра", "ОГБУЗ «Стрежевская городская больница»", "Реализуется",
     "in_progress"),
    ("Лабораторный комплекс ПЦР-диагностики", "ОГБУЗ «Центр по профилактике и борьбе со СПИД»", "Планируется",
     "planned"),
    ("Передвижной маммографический комплекс", "ОГАУЗ «Томский областной онкологический диспансер»",
     "Реализуется", "in_progress"),
    ("Оборудование для центра ядерной медицины (ОФЭКТ/КТ)", "ОГБУЗ «Северская клиническая больница» ФМБА",
     "реализуется", "in_progress"),
    ("Литотриптер для урологического отделения", "ОГАУЗ «Городская клиническая больница № 3 им. Б.И. "
     "Альперовича»", "Завершено", "completed"),
    ("Система архивации медицинских изображений (PACS)", "ОГБУ «Медицинский информационно-аналитический "
     "центр»", "Реализуется", "in_progress"),
    ("Реанимобили класса С", "ОГБУЗ «Станция скорой медицинской помощи»", "Завершено", "completed"),
    ("Гибридная операционная кардиоцентра", "НИИ кардиологии Томского НИМЦ", "Планируется", "planned"),
    ("Эндоскопические стойки экспертного класса", "ОГБУЗ «Томская районная больница»", "Реализуется",
     "in_progress"),
]
MED_NO_CACHE_TOTAL = 9      # index: total formula without a cached value -> rejected
MED_NO_CACHE_SHARE = 3      # index: percentage formula without cached value -> row still valid
MED_JOB_FORMULA = (1, 5, 12, 14)


def _inject_cached(path, cached):
    """Give formula cells cached values (openpyxl writes formulas without them)."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename in cached:
                xml = data.decode("utf-8")
                vals = cached[item.filename]

                def repl(m):
                    ref = m.group(1)
                    if ref in vals and vals[ref] is not None:
                        v = vals[ref]
                        v = repr(float(v)) if isinstance(v, float) else str(v)
                        if v.endswith(".0"):
                            v = v[:-2]
                        return f'<c r="{ref}"{m.group(2)}><f>{m.group(3)}</f><v>{v}</v></c>'
                    return f'<c r="{ref}"{m.group(2)}><f>{m.group(3)}</f></c>'
                xml = re.sub(r'<c r="([A-Z]+\d+)"([^>]*)><f>([^<]*)</f>(?:<v\s*/>|<v>[^<]*</v>)?</c>', repl, xml)
                data = xml.encode("utf-8")
            zi = zipfile.ZipInfo(item.filename, date_time=(2016, 7, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def build_med():
    rng = random.Random(1430)
    wb = new_wb()
    ws = wb.active
    ws.title = "Оснащение"
    put(ws, 1, 1, "Реализация проектов по оснащению медицинских организаций оборудованием в рамках ИНО «Томск»",
        bold=True)
    put(ws, 2, 1, "Департамент здравоохранения Томской области; тыс. рублей")
    hdr = ["№", "Код проекта в реестре ИНО", "Наименование проекта (закупаемое оборудование)",
           "Ответственное учреждение", "Статус", "Срок поставки и ввода", "Федеральный бюджет", "Областной бюджет",
           "Внебюджетные средства", "Всего", "Доля областного бюджета, %", "Рабочие места (план)",
           "Кассовое исполнение на 01.10.2016"]
    fmap = [None, "code", "name", "lead_organization", "status", "end_date", "federal_budget_mln",
            "regional_budget_mln", "extra_budgetary_mln", "total_cost_mln", None, "jobs_planned", None]
    for c, t in enumerate(hdr, 1):
        put(ws, 4, c, t, bold=True, wrap=True)
    columns = [[h, f] for h, f in zip(hdr, fmap)]
    fields = fields_of(columns)
    cached = {}
    records, rejected = [], []
    row = 5
    first = row
    nform = 0
    qcells = 0
    for i, (name, org, st_w, st_k) in enumerate(MED_PROJECTS):
        code = f"INO-{1431 + i}"
        fed = rng.randrange(0, 90000, 100) if i % 3 else 0
        reg = rng.randrange(1000, 60000, 100)
        ext = rng.randrange(0, 20000, 100) if i % 4 == 1 else 0
        total = fed + reg + ext
        if st_k == "completed":
            end = rand_date(rng, 2014, 2015); end_cell = end
        else:
            y = rng.randint(2016, 2019); q = rng.randint(1, 4)
            if i % 3 == 0:
                end = q_end(y, q); end_cell = f"{['I', 'II', 'III', 'IV'][q - 1]} кв. {y} г."; qcells += 1
            elif i % 3 == 1:
                end = dt.date(y, 12, 31); end_cell = y
            else:
                end = rand_date(rng, y, y); end_cell = ddmmyyyy(end)
        jobs = rng.randrange(2, 40)
        spent = round(total * rng.uniform(0, 0.9), -2) if st_k != "planned" else 0
        put(ws, row, 1, i + 1)
        put(ws, row, 2, code)
        put(ws, row, 3, name)
        put(ws, row, 4, org)
        put(ws, row, 5, st_w)
        put(ws, row, 6, end_cell, fmt="General" if isinstance(end_cell, int) else None)
        put(ws, row, 7, fed, fmt="#,##0.0")
        put(ws, row, 8, reg, fmt="#,##0.0")
        put(ws, row, 9, ext, fmt="#,##0.0")
        ftxt = f"=G{row}+H{row}+I{row}" if i % 2 else f"=SUM(G{row}:I{row})"
        put(ws, row, 10, ftxt, fmt="#,##0.0", formula=True); nform += 1
        cached[f"J{row}"] = None if i == MED_NO_CACHE_TOTAL else total
        put(ws, row, 11, f"=IF(J{row}=0,0,ROUND(H{row}/J{row}*100,1))", fmt="0.0", formula=True); nform += 1
        cached[f"K{row}"] = None if i in (MED_NO_CACHE_SHARE, MED_NO_CACHE_TOTAL) else round(reg / total * 100, 1)
        if i in MED_JOB_FORMULA:
            a = jobs // 2
            put(ws, row, 12, f"={a}+{jobs - a}", formula=True); nform += 1
            cached[f"L{row}"] = jobs
        else:
            put(ws, row, 12, jobs)
        put(ws, row, 13, spent, fmt="#,##0.0")
        if i == MED_NO_CACHE_TOTAL:
            rejected.append({"sheet": ws.title, "row": row, "reason": "formula without a cached value",
                             "column": "J", "code": code})
        else:
            records.append(record(fields, code=code, name=name, lead_organization=org, status=st_k, end_date=end,
                                  federal_budget_mln=r1(fed / 1000), regional_budget_mln=r1(reg / 1000),
                                  extra_budgetary_mln=r1(ext / 1000), total_cost_mln=r1(total / 1000),
                                  jobs_planned=jobs))
        row += 1
    last = row - 1
    tot_row = row
    put(ws, tot_row, 3, "Итого", bold=True)
    for col in "GHIJLM":
        put(ws, tot_row, openpyxl.utils.column_index_from_string(col), f"=SUM({col}{first}:{col}{last})",
            fmt="#,##0.0", formula=True); nform += 1
        # the J total depends on a cell without a cached value: no cached value either
        if col == "J":
            cached[f"J{tot_row}"] = None
        else:
            s = 0
            for r in range(first, last + 1):
                v = ws[f"{col}{r}"].value
                s += cached[f"{col}{r}"] if isinstance(v, str) and v.startswith("=") else v
            cached[f"{col}{tot_row}"] = s
    put(ws, tot_row + 2, 1, "Примечание: доля областного бюджета рассчитана от общего объёма финансирования; "
                            "кассовое исполнение - по данным казначейства.")
    ws.column_dimensions["C"].width = 55
    ws.column_dimensions["D"].width = 45
    path = save_wb(wb, MED_FILE)
    _inject_cached(path, {"xl/worksheets/sheet1.xml": cached})
    missing = sorted(k for k, v in cached.items() if v is None)
    write_expected(MED_FILE, {
        "refused": False, "fields": fields, "record_count": len(records), "records": records,
        "rejected": rejected, "sheet": ws.title, "header_row": 4, "data_rows": [first, last],
        "totals_row": tot_row, "skipped_rows": {str(tot_row): "totals ('Итого', SUM formulas)",
                                                str(tot_row + 2): "footnote"},
        "formula_cells": nform, "formula_cells_without_cached_value": missing,
        "columns": columns,
        "notes": (
            "Regional health department, medical equipment projects. Title rows 1-2; the unit is only in the "
            "title ('Департамент здравоохранения Томской области; тыс. рублей'), the money headers carry no "
            "unit: amounts are thousand roubles, given here in RUB million. Header row 4, data rows "
            f"{first}-{last}, row {tot_row} 'Итого' (SUM formulas; not a project), row {tot_row + 2} a "
            f"footnote. {nform} formula cells: 'Всего' (J) in every row (=G+H+I or =SUM(G:I)), 'Доля "
            "областного бюджета, %' (K), four job counts (L, e.g. '=6+7') and the totals row; the importer "
            "must read the cached results. "
            f"J{first + MED_NO_CACHE_TOTAL} has no cached value: that row is rejected (formula without a "
            f"cached value), not read as 0. K{first + MED_NO_CACHE_SHARE} (the percentage) has no cached value "
            "either, but the percentage column is not imported, so that row is valid. The totals row's J "
            "has no cached value too; the totals row is skipped, not rejected. 'Срок поставки и ввода' "
            "(delivery and commissioning) = end_date: real dates, 'dd.mm.yyyy' text, quarters ('II кв. "
            "2017 г.') and bare years as numbers in General cells (= 31 December). 'Ответственное "
            "учреждение' (the responsible medical institution) = lead organisation. Look-alikes mapped to "
            "null: '№', 'Доля областного бюджета, %', 'Кассовое исполнение на 01.10.2016' (money spent to "
            "date). Statuses in neuter forms: 'Завершено', 'Приостановлено'."),
    })


# ======================================================================
# LibreOffice re-saves (run with --resave; skipped if soffice is missing)
# ======================================================================
RESAVES = [(EDU_FILE, "xls"), (FOR_FILE, "ods"), (OIL_FILE, "ods")]


def resave():
    import shutil
    import subprocess
    import tempfile
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found: re-saves skipped")
        return
    outdir = os.path.join(HERE, "resaved")
    os.makedirs(outdir, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        for src, ext in RESAVES:
            subprocess.run([soffice, "--headless", "--convert-to", ext, "--outdir", outdir,
                            os.path.join(HERE, src)], check=True, env=dict(os.environ, HOME=home),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
            stem = src.rsplit(".", 1)[0]
            with open(os.path.join(HERE, stem + ".expected.json"), encoding="utf-8") as f:
                exp = json.load(f)
            exp["file"] = f"{stem}.{ext}"
            exp["resaved_from"] = src
            exp["notes"] = (f"{src} opened in LibreOffice Calc and saved as .{ext} (no edits); the same "
                            "records, rejected rows, rows, sheets and hidden rows/columns as the original. "
                            + exp["notes"])
            with open(os.path.join(outdir, stem + ".expected.json"), "w", encoding="utf-8") as f:
                json.dump(exp, f, ensure_ascii=False, indent=1)
                f.write("\n")


if __name__ == "__main__":
    edu_exp, base = build_edu()
    build_update(edu_exp, base)
    build_forest()
    build_oil()
    build_csv()
    build_ks()
    build_med()
    import sys
    if "--resave" in sys.argv:
        resave()
    print("done")
