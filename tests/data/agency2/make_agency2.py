#!/usr/bin/env python3
"""Write the agency2 evaluation set: 8 agency workbooks with their expected import results.

Independent of the importer: written from /work/shared/samples/README.md (the shapes and the
normalisation rules) only. Deterministic: the same seed gives the same tables and the same
expected files. Run with any Python that has openpyxl:

    python tests/data/agency2/make_agency2.py

When LibreOffice (`soffice`) is on the PATH, three of the workbooks are also re-saved by it as
.xls, .ods and .xlsx into resaved/, each with a matching expected file.
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
import tempfile
from decimal import Decimal as D

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261206
NBSP = "\u00a0"

FIELD_ORDER = ["code", "name", "cluster", "work_area", "location", "status", "start_date",
               "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
               "extra_budgetary_mln", "extra_budgetary_confirmed_mln", "jobs_planned",
               "jobs_created", "lead_organization", "problems"]
MONEY = ["total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
         "extra_budgetary_confirmed_mln"]

# ---------------------------------------------------------------- catalogue (invented)
NAMES = {
    "petrochemical": ["Производство полимерных труб большого диаметра",
                      "Выпуск полиэтиленовой плёнки для сельского хозяйства",
                      "Установка глубокой переработки попутного нефтяного газа",
                      "Производство присадок к моторным топливам",
                      "Модернизация установки пиролиза углеводородов",
                      "Выпуск композитных опор линий электропередачи"],
    "nuclear": ["Линия выпуска стабильных изотопов", "Центр протонной терапии",
                "Радиационная стерилизация медицинских изделий",
                "Производство детекторов ионизирующих излучений",
                "Переработка обеднённого гексафторида урана",
                "Участок изготовления источников для брахитерапии"],
    "timber": ["Завод древесных топливных гранул", "Цех лущёного шпона",
               "Лесопильный комплекс с сушильными камерами",
               "Производство погонажных изделий из кедра",
               "Комбинат деревянного домостроения", "Производство плит МДФ"],
    "pharma": ["Производство противовирусных препаратов", "Участок блистерной упаковки таблеток",
               "Лаборатория исследований биоэквивалентности", "Выпуск ветеринарных препаратов",
               "Производство медицинских газов", "Синтез активных фармацевтических субстанций"],
    "medtech_it": ["Серийный выпуск носимых кардиомониторов",
                   "Платформа телемедицинских консультаций",
                   "Производство кохлеарных имплантов", "Центр обработки данных «Сибирь-Облако»",
                   "Выпуск контроллеров для интеллектуальных счётчиков",
                   "Система ИИ-диагностики рентгеновских снимков"],
    "wildlife": ["Цех шоковой заморозки лесных ягод", "Переработка кедрового ореха",
                 "Производство ферментированного иван-чая", "Выпуск экстрактов чаги",
                 "Сеть заготовительных пунктов дикоросов", "Производство джемов из таёжных ягод"],
    "hard_to_recover": ["Опытный участок добычи из доюрских отложений",
                        "Испытания многостадийного гидроразрыва пласта",
                        "Полигон термогазового воздействия на пласт", "Цифровой керновый центр",
                        "Освоение залежей тюменской свиты",
                        "Опытно-промышленная добыча трудноизвлекаемой нефти Васюгана"],
    None: ["Бизнес-инкубатор студенческих стартапов", "Единое окно поддержки экспортёров",
           "Интеллектуальное управление светофорами", "Инжиниринговый центр приборостроения",
           "Школа технологического предпринимательства",
           "Цифровая платформа муниципальных услуг", "Межвузовский студенческий кампус",
           "Центр коллективного пользования научным оборудованием"],
}
ORGS = {
    "petrochemical": ["ООО «Томскполимер»", "АО «Сибирская нефтехимия»", "ООО «ТомПолиТруб»"],
    "nuclear": ["АО «Северский изотопный завод»", "ООО «Изотоп-Сибирь»",
                "Томский политехнический университет"],
    "timber": ["ООО «Асиновский ЛПК»", "АО «Томская лесная компания»", "ООО «Кедр-Деталь»"],
    "pharma": ["ООО «Томфарм»", "АО «Сибирские биотехнологии»",
               "ФГБОУ ВО СибГМУ Минздрава России"],
    "medtech_it": ["АО «Томские медицинские приборы»", "ООО «Кардиосистемы»", "ООО «СибДата»",
                   "ТУСУР"],
    "wildlife": ["ООО «Таёжный урожай»", "ООО «Кедровый край»", "АО «Сибирские дикоросы»"],
    "hard_to_recover": ["ООО «Томская нефтесервисная компания»", "АО «Васюганнефть»",
                        "Томский политехнический университет"],
    None: ["Томский государственный университет", "ТУСУР", "ТГАСУ",
           "АНО «Центр развития предпринимательства»", "ОГАУ «Томский технопарк»"],
}
LOCS = {
    "petrochemical": ["Томск", "Северск", "Томский район"],
    "nuclear": ["Северск", "Томск"],
    "timber": ["Асино", "Колпашево", "Томский район"],
    "pharma": ["Томск", "Томский район"],
    "medtech_it": ["Томск", "Северск"],
    "wildlife": ["Колпашево", "Асино", "Томский район", "Томск"],
    "hard_to_recover": ["Стрежевой", "Томск", "Колпашево"],
    None: ["Томск", "Северск", "Стрежевой", "Асино", "Колпашево"],
}
AREAS = {
    "petrochemical": ["industry", "innovation_business"],
    "nuclear": ["industry", "science_education"],
    "timber": ["industry", "innovation_business"],
    "pharma": ["industry", "innovation_business", "science_education"],
    "medtech_it": ["innovation_business", "industry", "smart_city"],
    "wildlife": ["industry", "innovation_business"],
    "hard_to_recover": ["science_education", "industry"],
    None: ["smart_city", "business_environment", "science_education"],
}
PROBLEMS = ["Задержка поставки импортного оборудования",
            "Не завершено оформление прав на земельный участок",
            "Требуется корректировка проектно-сметной документации",
            "Нет технической возможности подключения к сетям газоснабжения",
            "Инвестор пересматривает график финансирования, решение ожидается до конца года",
            "Дефицит квалифицированных инженерных кадров",
            "Рост стоимости металлоконструкций более чем на 30 %"]

# ---------------------------------------------------------------- spellings (my own)
CLUSTER_RU = {
    "petrochemical": ["Нефтехимия", "нефтехимический"],
    "nuclear": ["Ядерные технологии", "ядерный"],
    "timber": ["Лесопромышленный", "ЛПК"],
    "pharma": ["Фармацевтика", "фармацевтический"],
    "medtech_it": ["Медтехника и ИТ", "медицинская техника и IT"],
    "wildlife": ["Дикоросы", "дикоросы"],
    "hard_to_recover": ["ТрИЗ", "Трудноизвлекаемые запасы"],
}
CLUSTER_EN = {
    "petrochemical": ["Petrochemicals"], "nuclear": ["Nuclear"],
    "timber": ["Forestry & timber"], "pharma": ["Pharmaceuticals"],
    "medtech_it": ["Medtech & IT"], "wildlife": ["Wild-harvest products"],
    "hard_to_recover": ["Hard-to-recover oil"],
}
NO_CLUSTER_RU = ["", "—"]
STATUS_RU = {
    "planned": ["Планируемый", "на стадии планирования", "планируется к реализации"],
    "in_progress": ["Реализация", "в стадии реализации", "реализуемый", "идёт реализация"],
    "completed": ["Завершено", "реализация завершена", "проект реализован", "завершённый"],
    "suspended": ["Приостановлено", "реализация приостановлена", "приостановленный"],
}
STATUS_EN = {"planned": ["Planning stage", "Pre-implementation"],
             "in_progress": ["Ongoing", "Under way", "In implementation"],
             "completed": ["Complete", "Finished"],
             "suspended": ["On hold", "Paused"]}
AREA_RU = {"industry": ["Промышленность", "передовая промышленность"],
           "science_education": ["Наука, образование"],
           "innovation_business": ["Новые бизнесы", "Технологические инновации и новые бизнесы"],
           "smart_city": ["Умный город"],
           "business_environment": ["Бизнес-среда", "деловая среда"]}
LOC_RU = {"Томск": ["г. Томск", "Томск"], "Северск": ["ЗАТО Северск", "г. Северск"],
          "Асино": ["г. Асино", "Асино"], "Стрежевой": ["г. Стрежевой"],
          "Колпашево": ["Колпашево", "г. Колпашево"],
          "Томский район": ["Томский р-н", "Томский район"]}
LOC_EN = {"Томск": "Tomsk", "Северск": "Seversk", "Асино": "Asino", "Стрежевой": "Strezhevoy",
          "Колпашево": "Kolpashevo", "Томский район": "Tomsk district"}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


# ---------------------------------------------------------------- helpers
def qend(year, q):
    month = 3 * q
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def ru_num(value, decimals, sep=NBSP):
    """Russian spelling of a number: thousands by (non-breaking) space, decimal comma."""
    value = D(value)
    s = f"{abs(value):,.{decimals}f}".replace(",", "\u2009").replace(".", ",")
    s = s.replace("\u2009", sep)
    return ("-" if value < 0 else "") + s


def fnum(x):
    return None if x is None else float(round(D(x), 4))


class Project(dict):
    pass


class Gen:
    """Invents projects; money granularity follows the unit the file writes."""

    def __init__(self, rng, code_fmt, first, grain, asof):
        self.rng, self.code_fmt, self.no, self.grain = rng, code_fmt, first, D(grain)
        self.asof = asof                     # the report date: statuses agree with it
        self.used_names = set()

    def money(self, lo, hi):
        r = self.rng
        val = D(10) ** D(str(round(r.uniform(lo, hi), 3)))
        return val.quantize(self.grain)

    def project(self, cluster="any", status=None, municipal=False):
        r = self.rng
        if cluster == "any":
            cluster = r.choice(list(NAMES))
        name = r.choice(NAMES[cluster])
        loc = r.choice(LOCS[cluster])
        if name in self.used_names:
            for extra in [f" в {loc_prep(loc)}", " (II очередь)", " (этап 2)", " (расширение)"]:
                if name + extra not in self.used_names:
                    name = name + extra
                    break
        self.used_names.add(name)
        start = dt.date(r.randint(2012, self.asof.year + 1), r.randint(1, 12), r.randint(1, 28))
        end = start + dt.timedelta(days=r.randint(300, 2200))
        if status is None:
            if end < self.asof:
                status = "completed" if r.random() < 0.85 else "suspended"
            elif start > self.asof:
                status = "planned"
            else:
                status = "in_progress" if r.random() < 0.8 else "suspended"
        total = self.money(1.2, 3.9)
        fed = D(0) if r.random() < 0.4 else (total * D(str(round(r.uniform(0.1, 0.45), 2)))).quantize(self.grain)
        reg = D(0) if r.random() < 0.3 else (total * D(str(round(r.uniform(0.02, 0.15), 2)))).quantize(self.grain)
        mun = D(0)
        if municipal and r.random() < 0.6:
            mun = (total * D(str(round(r.uniform(0.01, 0.05), 2)))).quantize(self.grain)
        extra = total - fed - reg - mun
        conf = None if r.random() < 0.15 else (extra * D(str(round(r.uniform(0.3, 1.0), 2)))).quantize(self.grain)
        jp = r.randrange(10, 1600, 5)
        jc = {"planned": 0, "completed": jp}.get(status) if status in ("planned", "completed") \
            else int(jp * r.uniform(0.1, 0.8))
        p = Project(code=self.code_fmt.format(self.no), name=name, cluster=cluster,
                    work_area=r.choice(AREAS[cluster]), location=loc, status=status,
                    start_date=start, end_date=end, total_cost_mln=total,
                    federal_budget_mln=fed, regional_budget_mln=reg, extra_budgetary_mln=extra,
                    extra_budgetary_confirmed_mln=conf, jobs_planned=jp, jobs_created=jc,
                    lead_organization=r.choice(ORGS[cluster]),
                    problems=None if r.random() < 0.55 else r.choice(PROBLEMS))
        p["municipal"] = mun
        self.no += 1
        return p


def loc_prep(loc):
    return {"Томск": "Томске", "Северск": "Северске", "Асино": "Асино", "Стрежевой": "Стрежевом",
            "Колпашево": "Колпашеве", "Томский район": "Томском районе"}[loc]


def record(p, fields):
    out = {}
    for f in fields:
        v = p.get(f)
        if f in MONEY:
            v = fnum(v)
        elif isinstance(v, dt.date):
            v = v.isoformat()
        out[f] = v
    return out


def set_end_form(p, rng, forms, lang="ru"):
    """Choose how the end date is written; the expected end date follows the form."""
    form = rng.choices(list(forms), list(forms.values()))[0]
    end = p["end_date"]
    if form == "quarter":
        q = (end.month - 1) // 3 + 1
        p["end_date"] = qend(end.year, q)
        if lang == "en":
            p["end_w"] = (f"Q{q} {end.year}", "General")
        else:
            p["end_w"] = (rng.choice([f"{ROMAN[q]} кв. {end.year}", f"{q} кв. {end.year}",
                                      f"{ROMAN[q]} квартал {end.year} г.",
                                      f"{q} квартал {end.year}"]), "General")
    elif form == "year_text":
        p["end_date"] = dt.date(end.year, 12, 31)
        p["end_w"] = (str(end.year) if lang == "en" else rng.choice([str(end.year), f"{end.year} г."]),
                      "General")
    elif form == "year_num":
        p["end_date"] = dt.date(end.year, 12, 31)
        p["end_w"] = (end.year, "General")
    elif form == "text":
        p["end_w"] = (end.strftime("%d.%m.%Y"), "General")
    else:
        p["end_w"] = (end, "DD.MM.YYYY" if lang == "ru" else "d mmm yyyy")
    if p["end_date"] < p["start_date"]:       # a quarter or year cannot end before the start
        p["end_date"] = p["start_date"] + dt.timedelta(days=400)
        p["end_w"] = (p["end_date"], "DD.MM.YYYY" if lang == "ru" else "d mmm yyyy")


def make_end_before_start(p, rng, lang="ru"):
    bad = p["start_date"] - dt.timedelta(days=rng.randint(60, 700))
    p["end_date"] = bad
    if lang == "en":
        p["end_w"] = (bad, "d mmm yyyy")
    else:
        p["end_w"] = (bad.strftime("%d.%m.%Y"), "General") if rng.random() < 0.5 else (bad, "DD.MM.YYYY")


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")


def put(ws, row, col, value, fmt=None, border=True, bold=False, wrap=False):
    c = ws.cell(row=row, column=col, value=value)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    if bold:
        c.font = BOLD
    if wrap:
        c.alignment = WRAP
    return c


class Sheet:
    """A table on a sheet: columns are (header, field, writer)."""

    def __init__(self, ws, cols, first_col=1):
        self.ws, self.cols, self.first_col = ws, cols, first_col

    def letter(self, field):
        for i, (_, f, _) in enumerate(self.cols):
            if f == field:
                return get_column_letter(self.first_col + i)
        raise KeyError(field)

    def write(self, row, p):
        for i, (_, f, w) in enumerate(self.cols):
            v = w(p)
            if v is None:
                value, fmt = None, None
            elif isinstance(v, tuple):
                value, fmt = v
            else:
                value, fmt = v, None
            put(self.ws, row, self.first_col + i, value, fmt)


def write_expected(name, data):
    with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def expected(file, fields, records, rejected, columns, notes, **extra):
    assert len({r["code"] for r in records}) == len(records), file
    for r in records:
        assert list(r) == fields, (file, r)
    d = {"file": file, "refused": False, "fields": fields, "record_count": len(records),
         "records": records, "rejected": rejected,
         "columns": [[h, f] for h, f in columns]}
    d.update(extra)
    d["notes"] = notes
    return d


def ordered(fields):
    return [f for f in FIELD_ORDER if f in fields]


def reject(sheet, row, reason, column, code):
    return {"sheet": sheet, "row": row, "reason": reason, "column": column, "code": code}


# ---------------------------------------------------------------- common writers
def w_money(field, factor, rng, text_share=0.0, decimals=1, sep_choices=(NBSP, " ")):
    """factor: written = mln / factor (1000 for billions, 0.001 for thousands)."""
    fmt = {D("0.001"): "#,##0", D(1): "#,##0.0", D(1000): "0.0000"}[D(str(factor))]

    def w(p):
        if ("w_" + field) in p:
            return p["w_" + field]
        v = p[field]
        if v is None:
            return None
        written = (D(v) / D(str(factor))).normalize()
        if rng.random() < text_share:
            return (ru_num(written, decimals, rng.choice(sep_choices)), "General")
        if written == written.to_integral_value():
            return (int(written), fmt)
        return (float(written), fmt)
    return w


def w_date_start(rng, text_share, fmt="DD.MM.YYYY"):
    def w(p):
        if "start_w" not in p:
            d = p["start_date"]
            p["start_w"] = (d.strftime("%d.%m.%Y"), "General") if rng.random() < text_share else (d, fmt)
        return p["start_w"]
    return w


def w_jobs(field, rng, text_share=0.0):
    def w(p):
        if ("w_" + field) in p:
            return p["w_" + field]
        v = p[field]
        if v is None:
            return None
        if v >= 1000 and rng.random() < text_share:
            return (ru_num(v, 0, rng.choice([NBSP, " "])), "General")
        return (v, "General")
    return w


def w_plain(field):
    return lambda p: p.get("w_" + field, p[field])


def w_choice(field, table, rng, none_values=("",)):
    def w(p):
        if ("w_" + field) in p:
            return p["w_" + field]
        v = p[field]
        if v is None:
            s = rng.choice(none_values)
            return s if s != "" else None
        return rng.choice(table[v])
    return w


def finish_sheet(ws, widths):
    for i, wdt in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = wdt


# ================================================================ 1. ministry report form
def file_ministry_form(rng):
    name = "dept_report_form"
    sheet = "Форма 2-ИНО"
    g = Gen(rng, "INO-{:04d}", 2101, "0.001", dt.date(2019, 7, 1))
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    money = lambda f: w_money(f, D("0.001"), rng, text_share=0.25, decimals=0)
    cols = [
        ("№ п/п", None, None),
        ("Шифр проекта", "code", w_plain("code")),
        ("Наименование проекта (мероприятия)", "name", w_plain("name")),
        ("Принадлежность к кластеру", "cluster", w_choice("cluster", CLUSTER_RU, rng, NO_CLUSTER_RU)),
        ("Направление программы ИНО", "work_area", w_choice("work_area", AREA_RU, rng)),
        ("Муниципальное образование", "location", w_choice("location", LOC_RU, rng)),
        ("Текущее состояние", "status", w_choice("status", STATUS_RU, rng)),
        (("Срок реализации", "начало"), "start_date", w_date_start(rng, 0.4)),
        (("Срок реализации", "завершение"), "end_date", lambda p: p["end_w"]),
        (("Объём финансирования, тыс. рублей", "всего"), "total_cost_mln", money("total_cost_mln")),
        (("Объём финансирования, тыс. рублей", "ФБ"), "federal_budget_mln", money("federal_budget_mln")),
        (("Объём финансирования, тыс. рублей", "ОБ"), "regional_budget_mln", money("regional_budget_mln")),
        (("Объём финансирования, тыс. рублей", "ВБИ"), "extra_budgetary_mln", money("extra_budgetary_mln")),
        ("из них ВБИ, подтверждённые соглашениями, тыс. рублей", "extra_budgetary_confirmed_mln",
         money("extra_budgetary_confirmed_mln")),
        (("Количество рабочих мест, ед.", "по плану"), "jobs_planned", w_jobs("jobs_planned", rng, 0.5)),
        (("Количество рабочих мест, ед.", "фактически"), "jobs_created", w_jobs("jobs_created", rng, 0.5)),
        ("Организация-исполнитель", "lead_organization", w_plain("lead_organization")),
        ("Проблемы, риски реализации", "problems", w_plain("problems")),
    ]
    # the № column writer needs the running number
    counter = {"n": 0}

    def w_no(p):
        counter["n"] += 1
        return counter["n"]
    cols[0] = (cols[0][0], None, w_no)
    t = Sheet(ws, cols)
    ncol = len(cols)
    last = get_column_letter(ncol)
    ws["A1"] = "Приложение № 2 к приказу Департамента инвестиций Томской области от 15.01.2019 № 7"
    ws["A1"].alignment = Alignment(horizontal="right")
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = "ОТЧЁТ о ходе реализации проектов комплексной программы ИНО «Томск»"
    ws["A2"].font = BOLD
    ws.merge_cells(f"A2:{last}2")
    ws["A3"] = "за I полугодие 2019 года (нарастающим итогом с начала реализации)"
    ws.merge_cells(f"A3:{last}3")
    # header rows 5-6
    i = 0
    while i < ncol:
        h = cols[i][0]
        c = i + 1
        if isinstance(h, tuple):
            j = i
            while j + 1 < ncol and isinstance(cols[j + 1][0], tuple) and cols[j + 1][0][0] == h[0]:
                j += 1
            put(ws, 5, c, h[0], bold=True, wrap=True)
            for k in range(i, j + 1):
                put(ws, 6, k + 1, cols[k][0][1], bold=True, wrap=True)
            if j > i:
                ws.merge_cells(start_row=5, start_column=c, end_row=5, end_column=j + 1)
            i = j + 1
        else:
            put(ws, 5, c, h, bold=True, wrap=True)
            put(ws, 6, c, None)
            ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
            i += 1
    for c in range(1, ncol + 1):
        put(ws, 7, c, c, wrap=True)
    plan = ["ok"] * 22
    plan[6] = "negative"
    plan[15] = "end_before_start"
    records, rejected = [], []
    row = 8
    fields = ordered([f for _, f, _ in cols if f])
    totals = {f: D(0) for f in MONEY}
    for kind in plan:
        p = g.project()
        set_end_form(p, rng, {"date": 5, "text": 3})
        if kind == "negative":
            p["w_regional_budget_mln"] = (-int(rng.randrange(500, 5000, 100)), "#,##0")
            rejected.append(reject(sheet, row, "negative amount", t.letter("regional_budget_mln"), p["code"]))
        elif kind == "end_before_start":
            make_end_before_start(p, rng)
            rejected.append(reject(sheet, row, "end date before start date", t.letter("end_date"), p["code"]))
        else:
            records.append(record(p, fields))
            for f in MONEY:
                totals[f] += p[f] or 0
        t.write(row, p)
        row += 1
    data_rows = [8, row - 1]
    put(ws, row, 1, "ВСЕГО по программе", bold=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
    for f in MONEY:
        put(ws, row, cols.index(next(c for c in cols if c[1] == f)) + 1,
            int(totals[f] * 1000), "#,##0", bold=True)
    totals_row = row
    row += 2
    ws.cell(row=row, column=1, value="* ФБ — федеральный бюджет; ОБ — областной бюджет; ВБИ — внебюджетные "
            "источники (средства инвесторов). Подтверждёнными считаются ВБИ, по которым заключены соглашения.")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
    footnote_row = row
    ws.cell(row=row + 1, column=1, value="Исполнитель: Петрова А. В., тел. (3822) 51-00-00")
    finish_sheet(ws, [6, 12, 40, 18, 22, 18, 18, 12, 12, 14, 12, 12, 14, 16, 10, 10, 30, 40])
    ws.freeze_panes = "C8"
    wb.save(os.path.join(HERE, name + ".xlsx"))
    columns = []
    for h, f, _ in cols:
        columns.append((" / ".join(h) if isinstance(h, tuple) else h, f))
    columns[0] = ("№ п/п", None)
    notes = ("Ministry (department) report form, sheet 'Форма 2-ИНО'. Title rows 1-3 (an annex line, the "
             "form's title, the period); two-level merged header in rows 5-6: dates under 'Срок реализации', "
             "money under 'Объём финансирования, тыс. рублей' (всего / ФБ / ОБ / ВБИ), jobs under 'Количество "
             "рабочих мест, ед.' (по плану / фактически); row 7 numbers the columns 1-18. Data rows 8-29. "
             f"Row {totals_row} is the totals row ('ВСЕГО по программе'), row {footnote_row} a footnote and "
             f"row {footnote_row + 1} the name of the person who filled in the form: none is a project. "
             "All money is in thousand roubles (the unit is in the parent header and in the confirmed "
             "column's header) and given here in RUB million; some money cells are text such as "
             "'12 345' with a plain or non-breaking space. Jobs of 1,000 and more are sometimes text "
             "'1 250'. Dates: real dates or 'dd.mm.yyyy' text. Cluster by short name or adjective "
             "('Нефтехимия', 'ЛПК', 'ТрИЗ', 'ядерный'); empty or '—' = no cluster. Locations with "
             "prefixes ('г. Томск', 'ЗАТО Северск', 'Томский р-н'). Column A (№ п/п) is not imported. "
             "Rejected: a negative regional budget (ОБ) and an end date before the start date.")
    write_expected(name, expected(name + ".xlsx", fields, records, rejected, columns, notes,
                                  sheet=sheet, header_rows=[5, 6], data_rows=data_rows,
                                  skipped_rows={"7": "column numbers", str(totals_row): "totals",
                                                str(footnote_row): "footnote",
                                                str(footnote_row + 1): "signature line"},
                                  money_unit="thousand"))
    return name


# ================================================================ 2. one sheet per cluster
def file_cluster_sheets(rng):
    name = "cluster_tabs_thousands"
    g = Gen(rng, "INO-{:04d}", 2201, "0.001", dt.date(2020, 4, 1))
    sheets = [("Нефтехимия", "petrochemical", "Проекты нефтехимического кластера"),
              ("Ядерные технологии", "nuclear", "Проекты кластера ядерных технологий"),
              ("ЛПК", "timber", "Проекты лесопромышленного кластера"),
              ("Фармацевтика", "pharma", "Проекты фармацевтического кластера"),
              ("Медтехника и ИТ", "medtech_it",
               "Проекты кластера медицинской техники и информационных технологий"),
              ("Дикоросы", "wildlife", "Проекты кластера дикоросов"),
              ("ТрИЗ", "hard_to_recover", "Проекты кластера трудноизвлекаемых запасов")]
    money = lambda f: w_money(f, D("0.001"), rng, text_share=0.15, decimals=0)
    cols = [
        ("Код в реестре ИНО", "code", w_plain("code")),
        ("Проект (наименование)", "name", w_plain("name")),
        ("Населённый пункт", "location", w_choice("location", LOC_RU, rng)),
        ("Состояние реализации", "status", w_choice("status", STATUS_RU, rng)),
        ("Дата старта", "start_date", w_date_start(rng, 0.0)),
        ("Дата завершения (план)", "end_date", lambda p: p["end_w"]),
        ("Инвестиции, всего", "total_cost_mln", money("total_cost_mln")),
        ("в т.ч. средства частных инвесторов", "extra_budgetary_mln", money("extra_budgetary_mln")),
        ("Кол-во новых рабочих мест (план)", "jobs_planned", w_jobs("jobs_planned", rng)),
        ("Ведущая организация", "lead_organization", w_plain("lead_organization")),
    ]
    fields = ordered(["cluster"] + [f for _, f, _ in cols])
    wb = Workbook()
    wb.remove(wb.active)
    records, rejected, sheet_info = [], [], []
    counts = [4, 4, 4, 3, 4, 3, 3]
    defects = {(2, 1): "text_number", (4, 2): "end_before_start"}
    hidden_row = hidden_col = None
    for si, ((title, cl, a1), n) in enumerate(zip(sheets, counts)):
        ws = wb.create_sheet(title)
        t = Sheet(ws, cols)
        ws["A1"] = a1
        ws["A1"].font = BOLD
        ws["A2"] = "по состоянию на 01.04.2020; денежные показатели — в тыс. рублей"
        for c, (h, _, _) in enumerate(cols, start=1):
            put(ws, 4, c, h, bold=True, wrap=True)
        row, data_rows = 5, []
        tot = D(0)
        for k in range(n):
            p = g.project(cluster=cl)
            set_end_form(p, rng, {"date": 1})
            kind = defects.get((si, k))
            if kind == "text_number":
                p["w_total_cost_mln"] = ("в стадии уточнения", "General")
                rejected.append(reject(title, row, "not a number: 'в стадии уточнения'",
                                       t.letter("total_cost_mln"), p["code"]))
            elif kind == "end_before_start":
                make_end_before_start(p, rng)
                p["end_w"] = (p["end_date"], "DD.MM.YYYY")
                rejected.append(reject(title, row, "end date before start date", t.letter("end_date"),
                                       p["code"]))
            else:
                records.append(record(p, fields))
                tot += p["total_cost_mln"]
            t.write(row, p)
            data_rows.append(row)
            row += 1
            if k == 1 and si % 2 == 0:          # a blank spacer row inside the table
                row += 1
        put(ws, row, 1, "Итого по кластеру:", bold=True)
        put(ws, row, 7, int(tot * 1000), "#,##0", bold=True)
        sheet_info.append({"sheet": title, "cluster": cl, "header_row": 4, "data_rows": data_rows,
                           "totals_row": row})
        if si == 0:
            hidden_row = data_rows[1]
            ws.row_dimensions[hidden_row].hidden = True
        if si == 4:
            ws.column_dimensions["I"].hidden = True
            hidden_col = "I"
        finish_sheet(ws, [14, 48, 16, 22, 12, 14, 14, 16, 12, 34])
    wb.save(os.path.join(HERE, name + ".xlsx"))
    notes = ("One sheet per cluster, sheet names are short names ('Нефтехимия', 'Ядерные технологии', 'ЛПК', "
             "'Фармацевтика', 'Медтехника и ИТ', 'Дикоросы', 'ТрИЗ'); cell A1 names the cluster in the "
             "genitive ('Проекты лесопромышленного кластера'); the record's cluster comes from the sheet. "
             "There is no cluster column. Header row 4. The unit is said only in the title row 2 ('денежные "
             "показатели — в тыс. рублей'): money is in thousand roubles, given here in RUB million. "
             "'в т.ч. средства частных инвесторов' is the extra-budgetary money. Some money cells are text "
             "'12 345'. A blank spacer row inside the table on sheets 1, 3, 5, 7; the last row of each sheet "
             "('Итого по кластеру:') is a totals row, not a project. Row 6 on sheet 'Нефтехимия' is hidden "
             "and column I (jobs) on sheet 'Медтехника и ИТ' is hidden: both are data. Rejected: text "
             "'в стадии уточнения' in the investment column, an end date before the start date.")
    write_expected(name, expected(name + ".xlsx", fields, records, rejected,
                                  [(h, f) for h, f, _ in cols], notes, sheets=sheet_info,
                                  hidden={"row": {"sheet": "Нефтехимия", "row": hidden_row},
                                          "column": {"sheet": "Медтехника и ИТ", "column": hidden_col,
                                                     "field": "jobs_planned"}},
                                  money_unit="thousand (title)"))
    return name


# ================================================================ 3. English agency tracker
def file_english(rng):
    name = "agency_tracker_en"
    sheet = "Tracker"
    g = Gen(rng, "INO-{:04d}", 2301, "0.1", dt.date(2020, 9, 30))
    money = lambda f: w_money(f, D(1000), rng)
    desks = ["I. Smirnova", "A. Volkov", "D. Kuznetsova"]
    cols = [
        ("Project code", "code", w_plain("code")),
        ("Project", "name", w_plain("name")),
        ("Sector", "cluster", w_choice("cluster", CLUSTER_EN, rng, ("", "n/a"))),
        ("Municipality", "location", lambda p: LOC_EN[p["location"]]),
        ("Stage", "status", w_choice("status", STATUS_EN, rng)),
        ("Kick-off", "start_date", w_date_start(rng, 0.0, "d mmm yyyy")),
        ("Target completion", "end_date", lambda p: p["end_w"]),
        ("Total project cost (RUB billion)", "total_cost_mln", money("total_cost_mln")),
        ("Federal funding (RUB billion)", "federal_budget_mln", money("federal_budget_mln")),
        ("Regional funding (RUB billion)", "regional_budget_mln", money("regional_budget_mln")),
        ("Private co-financing (RUB billion)", "extra_budgetary_mln", money("extra_budgetary_mln")),
        ("New jobs – target", "jobs_planned", w_jobs("jobs_planned", rng)),
        ("New jobs – to date", "jobs_created", w_jobs("jobs_created", rng)),
        ("Lead company / university", "lead_organization", w_plain("lead_organization")),
        ("Agency desk officer", None, lambda p: rng.choice(desks)),
        ("Last updated", None, lambda p: (dt.date(2020, 9, rng.randint(1, 30)), "d mmm yyyy")),
    ]
    fields = ordered([f for _, f, _ in cols if f])
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    t = Sheet(ws, cols)
    ws["A1"] = "INO Tomsk programme — project tracker (status as of 30 September 2020)"
    ws["A1"].font = BOLD
    for c, (h, _, _) in enumerate(cols, start=1):
        put(ws, 2, c, h, bold=True, wrap=True)
    plan = ["ok"] * 20
    plan[4] = "unknown_cluster"
    plan[11] = "text_number"
    plan[17] = "end_before_start"
    records, rejected = [], []
    row = 3
    forms = {"date": 6, "quarter": 6, "year_text": 2, "year_num": 2}
    for kind in plan:
        p = g.project()
        set_end_form(p, rng, forms, lang="en")
        if kind == "unknown_cluster":
            p["w_cluster"] = "Aerospace"
            rejected.append(reject(sheet, row, "unknown cluster 'Aerospace'", t.letter("cluster"), p["code"]))
        elif kind == "text_number":
            p["w_total_cost_mln"] = ("approx. 1.2", "General")
            rejected.append(reject(sheet, row, "not a number: 'approx. 1.2'", t.letter("total_cost_mln"),
                                   p["code"]))
        elif kind == "end_before_start":
            q = (p["start_date"].month - 1) // 3 + 1
            y = p["start_date"].year - 1
            p["end_date"] = qend(y, q)
            p["end_w"] = (f"Q{q} {y}", "General")
            rejected.append(reject(sheet, row, "end date before start date", t.letter("end_date"), p["code"]))
        else:
            records.append(record(p, fields))
        t.write(row, p)
        row += 1
    data_rows = [3, row - 1]
    ws2 = wb.create_sheet("Read me")
    ws2["A1"] = "All money columns are in RUB billion (1 = one billion roubles)."
    ws2["A2"] = "Target completion: the date, quarter or year the project initiator reports."
    ws2["A3"] = "Stage follows the agency's pipeline: Planning stage / Pre-implementation, Ongoing, Complete, On hold."
    ws2["A4"] = "Sector n/a: the project is not part of any of the seven clusters."
    finish_sheet(ws, [12, 48, 22, 16, 16, 13, 16, 14, 14, 14, 14, 10, 10, 34, 16, 13])
    wb.save(os.path.join(HERE, name + ".xlsx"))
    notes = ("English agency tracker. Sheet 'Tracker': title in row 1, header row 2, data rows 3-22; sheet "
             "'Read me' is explanatory text. Money in RUB billion (said in each header), given here in RUB "
             "million. Sector = cluster in English ('Petrochemicals', 'Nuclear', 'Forestry & timber', "
             "'Pharmaceuticals', 'Medtech & IT', 'Wild-harvest products', 'Hard-to-recover oil'); '' or 'n/a' "
             "= no cluster. Municipality in English transliteration, stored as the canonical Russian place "
             "name. Stage = status ('Planning stage'/'Pre-implementation', 'Ongoing'/'Under way'/'In implementation', "
             "'Complete'/'Finished', 'On hold'/'Paused'). Target completion -> end_date: real dates, quarters "
             "'Q3 2021' (last day of the quarter), years as text '2022' or as a number in a General cell "
             "(31 December). 'Agency desk officer' (a person) and 'Last updated' (a date of the row, not of "
             "the project) are not imported. Rejected: sector 'Aerospace' (unknown cluster), 'approx. 1.2' in "
             "the total cost, a target completion quarter ending before the kick-off date.")
    write_expected(name, expected(name + ".xlsx", fields, records, rejected,
                                  [(h, f) for h, f, _ in cols], notes, data_sheet=sheet, header_row=2,
                                  data_rows=data_rows, money_unit="billion"))
    return name


# ================================================================ 4. wide monitoring sheet
def file_monitoring(rng):
    name = "monitoring_wide"
    sheet = "Мониторинг"
    g = Gen(rng, "INO-{:04d}", 2401, "0.1", dt.date(2021, 11, 1))
    money = lambda f: w_money(f, D(1), rng, text_share=0.2)
    people = ["Иванова Е. С.", "Сидоров П. А.", "Ким Д. В.", "Лаптева О. Н.", "Гурьев С. М."]
    permit = ["получено", "не требуется", "на рассмотрении", "приостановлено", "в работе"]
    procurement = ["закупка завершена", "конкурс объявлен", "не начата", "приостановлена",
                   "заключён договор"]
    remarks = [None, None, "данные инициатора", "уточнить объём ВБИ", "перенос сроков согласован"]
    counter = {"n": 0}

    def w_no(p):
        counter["n"] += 1
        return counter["n"]

    def side(p, key, fn):
        if key not in p:
            p[key] = fn(p)
        return p[key]

    def equipment(p):
        return side(p, "equip", lambda p: (float((p["total_cost_mln"] * D(str(round(rng.uniform(0.2, 0.6), 2)))).quantize(D("0.1"))), "#,##0.0"))

    def spent(p):
        def f(p):
            share = {"planned": 0, "completed": 1}.get(p["status"], round(rng.uniform(0.1, 0.9), 2))
            return D(str(share)) * p["total_cost_mln"]
        v = side(p, "spent", f)
        return (float(v.quantize(D("0.1"))), "#,##0.0")

    def percent(p):
        spent(p)
        return (float((p["spent"] / p["total_cost_mln"] * 100).quantize(D("0.1"))), "0.0")

    cols = [
        ("№ п/п", None, w_no),
        ("Код ИНО", "code", w_plain("code")),
        ("Проект", "name", w_plain("name")),
        ("Кластер ИНО", "cluster", w_choice("cluster", CLUSTER_RU, rng, NO_CLUSTER_RU)),
        ("Направление (блок) программы", "work_area", w_choice("work_area", AREA_RU, rng)),
        ("Территория реализации", "location", w_choice("location", LOC_RU, rng)),
        ("Статус разрешения на строительство", None, lambda p: rng.choice(permit)),
        ("Стадия проекта", "status", w_choice("status", STATUS_RU, rng)),
        ("Начало реализации", "start_date", w_date_start(rng, 0.3)),
        ("Окончание реализации", "end_date", lambda p: p["end_w"]),
        ("Общая стоимость, млн руб.", "total_cost_mln", money("total_cost_mln")),
        ("Средства ФБ, млн руб.", "federal_budget_mln", money("federal_budget_mln")),
        ("Средства ОБ, млн руб.", "regional_budget_mln", money("regional_budget_mln")),
        ("Средства МБ (местный бюджет), млн руб.", None,
         lambda p: (float(p["municipal"]), "#,##0.0")),
        ("Внебюджетные средства, млн руб.", "extra_budgetary_mln", money("extra_budgetary_mln")),
        ("в т.ч. подтверждено соглашениями, млн руб.", "extra_budgetary_confirmed_mln",
         money("extra_budgetary_confirmed_mln")),
        ("Стоимость оборудования, млн руб.", None, equipment),
        ("Освоено на отчётную дату, млн руб.", None, spent),
        ("% исполнения", None, percent),
        ("Статус закупки оборудования", None, lambda p: rng.choice(procurement)),
        ("Новые рабочие места: план", "jobs_planned", w_jobs("jobs_planned", rng)),
        ("Новые рабочие места: факт", "jobs_created", w_jobs("jobs_created", rng)),
        ("Головная организация", "lead_organization", w_plain("lead_organization")),
        ("Контактное лицо", None, lambda p: rng.choice(people)),
        ("Телефон", None, lambda p: f"+7 (3822) {rng.randint(20, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"),
        ("Риски и проблемы", "problems", w_plain("problems")),
        ("Примечание", None, lambda p: rng.choice(remarks)),
    ]
    fields = ordered([f for _, f, _ in cols if f])
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    t = Sheet(ws, cols)
    ws["A1"] = "Мониторинг реализации проектов ИНО «Томск» (ежемесячный)"
    ws["A1"].font = BOLD
    ws["A2"] = "по состоянию на 01.11.2021"
    for c, (h, _, _) in enumerate(cols, start=1):
        put(ws, 3, c, h, bold=True, wrap=True)
    plan = ["ok"] * 24
    plan[3] = "negative"
    plan[9] = "unknown_cluster"
    plan[18] = "text_jobs"
    records, rejected = [], []
    row = 4
    for kind in plan:
        p = g.project(municipal=True)
        set_end_form(p, rng, {"date": 4, "text": 2, "quarter": 1})
        if kind == "negative":
            p["w_federal_budget_mln"] = (-round(float(p["total_cost_mln"]) * 0.2, 1), "#,##0.0")
            rejected.append(reject(sheet, row, "negative amount", t.letter("federal_budget_mln"), p["code"]))
        elif kind == "unknown_cluster":
            p["w_cluster"] = "Агропромышленный"
            rejected.append(reject(sheet, row, "unknown cluster 'Агропромышленный'", t.letter("cluster"),
                                   p["code"]))
        elif kind == "text_jobs":
            p["w_jobs_planned"] = ("около 40", "General")
            rejected.append(reject(sheet, row, "not a number: 'около 40'", t.letter("jobs_planned"),
                                   p["code"]))
        else:
            records.append(record(p, fields))
        t.write(row, p)
        row += 1
    data_rows = [4, row - 1]
    ws.auto_filter.ref = f"A3:{get_column_letter(len(cols))}{row - 1}"
    ws.freeze_panes = "D4"
    finish_sheet(ws, [6, 11, 44] + [16] * (len(cols) - 3))
    wb.save(os.path.join(HERE, name + ".xlsx"))
    notes = ("Wide monthly monitoring sheet 'Мониторинг': title rows 1-2, header row 3 (autofilter), data rows "
             "4-27, 27 columns. Not imported: № п/п; permit status ('Статус разрешения на строительство', whose "
             "values include 'приостановлено' and 'в работе'); municipal budget (МБ); equipment cost; money "
             "spent to date ('Освоено'); % исполнения; procurement status (values such as 'приостановлена'); "
             "contact person; phone; remarks ('Примечание'). The "
             "project status is 'Стадия проекта'. Because of the municipal budget, total = ФБ + ОБ + МБ + "
             "внебюджетные. Money in RUB million, some cells as text '1 234,5'. Dates: real, 'dd.mm.yyyy' "
             "text or a quarter ('III кв. 2019', '3 квартал 2019', 'II квартал 2020 г.') as the quarter's "
             "last day. Rejected: a negative federal amount, cluster 'Агропромышленный', 'около 40' in the "
             "planned jobs.")
    write_expected(name, expected(name + ".xlsx", fields, records, rejected,
                                  [(h, f) for h, f, _ in cols], notes, sheet=sheet, header_row=3,
                                  data_rows=data_rows, money_unit="million"))
    return name


# ================================================================ 5. CSV cp1251
def file_csv(rng):
    name = "svod_regions_cp1251"
    g = Gen(rng, "INO-{:04d}", 2501, "0.1", dt.date(2020, 1, 1))
    header = ["Шифр", "Наим. проекта", "Отрасль (кластер)", "Нас. пункт", "Состояние",
              "Нач. реализации", "Оконч. реализации", "Стоим. проекта, млрд руб.", "ФБ, млрд руб.",
              "ОБ, млрд руб.", "ВБИ, млрд руб.", "Кол-во раб. мест (план)", "Кол-во раб. мест (факт)",
              "Орг.-исполнитель", "Проблемы"]
    fmap = ["code", "name", "cluster", "location", "status", "start_date", "end_date",
            "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
            "jobs_planned", "jobs_created", "lead_organization", "problems"]
    fields = ordered(fmap)

    def bn(v):
        if v is None:
            return ""
        s = f"{(D(v) / 1000):.4f}".rstrip("0")
        if s.endswith("."):
            s += "0"
        return s.replace(".", ",")

    lines, records, rejected = [], [], []
    plan = ["ok"] * 20
    plan[5] = "text_number"
    plan[12] = "end_before_start"
    plan[16] = "unknown_cluster"
    quote_problem = ('Поставщик ООО "Сибэнергомаш" сорвал сроки; требуется замена подрядчика')
    lineno = 2
    for i, kind in enumerate(plan):
        p = g.project()
        set_end_form(p, rng, {"text": 5, "quarter": 2, "year_text": 1})
        if i == 2:
            p["problems"] = quote_problem
        start = p["start_date"].strftime("%d.%m.%Y")
        end = p["end_w"][0] if isinstance(p["end_w"][0], str) else p["end_w"][0].strftime("%d.%m.%Y")
        cl = "" if p["cluster"] is None else rng.choice(CLUSTER_RU[p["cluster"]])
        if p["cluster"] is None and rng.random() < 0.5:
            cl = "—"
        total = bn(p["total_cost_mln"])
        if kind == "text_number":
            total = "в стадии уточнения"
            rejected.append(reject(None, lineno, "not a number: 'в стадии уточнения'", "H", p["code"]))
        elif kind == "end_before_start":
            bad = p["start_date"] - dt.timedelta(days=rng.randint(100, 500))
            end = bad.strftime("%d.%m.%Y")
            rejected.append(reject(None, lineno, "end date before start date", "G", p["code"]))
        elif kind == "unknown_cluster":
            cl = "Кластер возобновляемой энергетики"
            rejected.append(reject(None, lineno, "unknown cluster 'Кластер возобновляемой энергетики'", "C",
                                   p["code"]))
        else:
            records.append(record(p, fields))
        lines.append([p["code"], p["name"], cl, rng.choice(LOC_RU[p["location"]]),
                      rng.choice(STATUS_RU[p["status"]]), start, end, total,
                      bn(p["federal_budget_mln"]), bn(p["regional_budget_mln"]),
                      bn(p["extra_budgetary_mln"]), str(p["jobs_planned"]), str(p["jobs_created"]),
                      p["lead_organization"], p["problems"] or ""])
        lineno += 1
    buf = io.StringIO()
    wr = csv.writer(buf, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    wr.writerow(header)
    wr.writerows(lines)
    with open(os.path.join(HERE, name + ".csv"), "wb") as fh:
        fh.write(buf.getvalue().encode("cp1251"))
    notes = ("CSV, Windows-1251, no BOM, CRLF, ';' separator, fields with ';' or '\"' quoted with inner quotes "
             "doubled (line 4). Line 1 is the header with abbreviated wordings ('Наим. проекта', 'Нас. пункт', "
             "'Кол-во раб. мест (план)', 'ФБ'/'ОБ'/'ВБИ'). Money in RUB billion with a decimal comma "
             "('0,0452' = 45.2 mln), given here in RUB million. Dates 'dd.mm.yyyy'; some end dates are "
             "quarters ('III кв. 2019', '2 квартал 2020') or years ('2021', '2021 г.'). Status as adjectives "
             "and phrases. Empty or '—' cluster = no cluster. 'row' is the line number; 'sheet' is null for "
             "a CSV file. Rejected: 'в стадии уточнения' as the cost (line 7), an end before the start "
             "(line 14), cluster 'Кластер возобновляемой энергетики' (line 18).")
    write_expected(name, expected(name + ".csv", fields, records, rejected, list(zip(header, fmap)), notes,
                                  encoding="cp1251", delimiter=";", header_line=1,
                                  data_lines=[2, lineno - 1], money_unit="billion"))
    return name


# ================================================================ 6. register with other codes
def file_register(rng):
    name = "register_other_codes"
    sheet = "Реестр"
    g = Gen(rng, "ТО-ИНО/{:03d}", 31, "0.1", dt.date(2018, 2, 12))
    cols = [
        ("Рег. № проекта", "code", lambda p: p.get("code_w", p["code"])),
        ("Полное наименование проекта", "name", w_plain("name")),
        ("Кластерная принадлежность", "cluster",
         w_choice("cluster", {k: [v[0]] for k, v in CLUSTER_RU.items()}, rng, ("", "—"))),
        ("Город (район)", "location", w_choice("location", LOC_RU, rng)),
        ("Дата включения в реестр", None, lambda p: (p["reg_date"], "DD.MM.YYYY")),
        ("Состояние проекта", "status", w_choice("status", STATUS_RU, rng)),
        ("Срок начала", "start_date", w_date_start(rng, 1.0)),
        ("Срок окончания", "end_date", lambda p: p["end_w"]),
        ("Полная стоимость, млн руб.", "total_cost_mln", w_money("total_cost_mln", D(1), rng, 0.3)),
        ("Ответственный исполнитель (организация)", "lead_organization", w_plain("lead_organization")),
    ]
    fields = ordered([f for _, f, _ in cols if f])
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    t = Sheet(ws, cols)
    ws["A1"] = "Реестр инвестиционных проектов, включённых в комплексную программу ИНО «Томск»"
    ws["A1"].font = BOLD
    ws["A2"] = "(выписка; сформирована 12.02.2018)"
    for c, (h, _, _) in enumerate(cols, start=1):
        put(ws, 4, c, h, bold=True, wrap=True)
    plan = ["ok"] * 22
    plan[7] = "dup1"
    plan[14] = "dup2"
    plan[19] = "unknown_cluster"
    records, rejected = [], []
    row = 5
    dup_code, dup_row = None, None
    for i, kind in enumerate(plan):
        p = g.project()
        # codes carry a year: ТО-ИНО/<yy>-<nnn>
        yy = p["start_date"].year % 100
        p["code"] = f"ТО-ИНО/{yy:02d}-{g.no - 1:03d}"
        p["reg_date"] = p["start_date"] - dt.timedelta(days=rng.randint(30, 200))
        set_end_form(p, rng, {"quarter": 5, "year_num": 2, "date": 2})
        if i % 5 == 2:
            p["code_w"] = f"  {p['code']} "          # surrounding spaces: trimmed
        if kind == "dup1":
            p.pop("code_w", None)
            dup_code, dup_row = p["code"], row
            dup_first = p
        elif kind == "dup2":
            # the same project sent again with another cost and state: different data
            p = Project(dup_first)
            p.pop("start_w", None)
            p["total_cost_mln"] = (p["total_cost_mln"] * D("1.15")).quantize(D("0.1"))
            p["status"] = "suspended" if p["status"] != "suspended" else "in_progress"
            msg = f"duplicate code {dup_code} (rows {dup_row} and {row} differ)"
            rejected.append(reject(sheet, dup_row, msg, "A", dup_code))
            rejected.append(reject(sheet, row, msg, "A", dup_code))
        elif kind == "unknown_cluster":
            p["w_cluster"] = "Аэрокосмический кластер"
            rejected.append(reject(sheet, row, "unknown cluster 'Аэрокосмический кластер'", t.letter("cluster"),
                                   p["code"]))
        else:
            records.append(record(p, fields))
        t.write(row, p)
        row += 1
    rejected.sort(key=lambda r: r["row"])
    data_rows = [5, row - 1]
    ws.cell(row=row + 1, column=1, value="Примечание. Рег. № присваивается при включении проекта в реестр: "
            "ТО-ИНО/<год начала>-<порядковый номер>.")
    finish_sheet(ws, [18, 50, 22, 16, 14, 24, 12, 18, 14, 38])
    wb.save(os.path.join(HERE, name + ".xlsx"))
    notes = ("A register extract, sheet 'Реестр': title rows 1-2, header row 4, data rows 5-26, a note in row "
             f"{row + 1}. Project codes are the register's own numbers 'ТО-ИНО/16-035' (Cyrillic, a slash "
             "and a year), stored as written; some code cells have surrounding spaces, trimmed. 'Дата "
             "включения в реестр' is the date of registration, not a project date: not imported. 'Срок "
             "начала' is 'dd.mm.yyyy' text; 'Срок окончания' is a quarter ('IV кв. 2019', '3 квартал 2020', "
             "...), a year as a number in a General cell, or a date. Cluster as an adjective "
             "('Лесопромышленный', 'Фармацевтика', 'ТрИЗ'); empty or '—' = none. Money in RUB million. "
             f"Rejected: the code {dup_code} on two rows with different data (both rows), cluster "
             "'Аэрокосмический кластер'.")
    write_expected(name, expected(name + ".xlsx", fields, records, rejected,
                                  [(h, f) for h, f, _ in cols], notes, sheet=sheet, header_row=4,
                                  data_rows=data_rows, money_unit="million"))
    return name


# ================================================================ 7. sections, offset table, cover sheet
def file_sections(rng):
    name = "perechen_sections_bn"
    sheet = "Перечень"
    g = Gen(rng, "INO-{:04d}", 2701, "0.1", dt.date(2020, 1, 1))
    money = lambda f: w_money(f, D(1000), rng, text_share=0.3, decimals=4)

    def state_support(p):
        return (float((p["federal_budget_mln"] + p["regional_budget_mln"]) / 1000), "0.0000")
    cols = [
        ("Идентификатор проекта", "code", w_plain("code")),
        ("Наименование", "name", w_plain("name")),
        ("Кластер (при наличии)", "cluster", w_choice("cluster", CLUSTER_RU, rng, ("", "—"))),
        ("Локация", "location", w_choice("location", LOC_RU, rng)),
        ("Статус реализации", "status", w_choice("status", STATUS_RU, rng)),
        ("Старт", "start_date", w_date_start(rng, 0.2)),
        ("Плановый срок окончания", "end_date", lambda p: p["end_w"]),
        ("Бюджет проекта", "total_cost_mln", money("total_cost_mln")),
        ("в т.ч. господдержка (ФБ+ОБ)", None, state_support),
        ("Частные инвестиции", "extra_budgetary_mln", money("extra_budgetary_mln")),
        ("Плановая численность новых рабочих мест", "jobs_planned", w_jobs("jobs_planned", rng)),
        ("Головной исполнитель", "lead_organization", w_plain("lead_organization")),
    ]
    fields = ordered([f for _, f, _ in cols if f])
    wb = Workbook()
    cover = wb.active
    cover.title = "Титул"
    cover["B3"] = "ПЕРЕЧЕНЬ"
    cover["B4"] = "проектов комплексной программы «ИНО Томск»,"
    cover["B5"] = "сгруппированных по направлениям программы"
    cover["B8"] = "Томск, 2020"
    ws = wb.create_sheet(sheet)
    t = Sheet(ws, cols, first_col=2)
    ws["B1"] = "Перечень проектов по направлениям программы"
    ws["B1"].font = BOLD
    ws["B2"] = "(объёмы финансирования — млрд рублей)"
    for c, (h, _, _) in enumerate(cols, start=2):
        put(ws, 4, c, h, bold=True, wrap=True)
    sections = [("1. Передовая промышленность", "industry", 5),
                ("2. Наука и образование", "science_education", 4),
                ("3. Технологические инновации, новые бизнесы", "innovation_business", 4),
                ("4. Умный и удобный город", "smart_city", 3),
                ("5. Деловая среда", "business_environment", 3)]
    cl_for = {"industry": ["petrochemical", "timber", "nuclear", "wildlife"],
              "science_education": ["nuclear", "hard_to_recover", None],
              "innovation_business": ["medtech_it", "pharma", "wildlife"],
              "smart_city": [None, "medtech_it"], "business_environment": [None]}
    records, rejected, section_rows = [], [], []
    row = 5
    ncols = len(cols)
    n = 0
    for title, area, count in sections:
        put(ws, row, 2, title, bold=True)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=1 + ncols)
        section_rows.append(row)
        row += 1
        for k in range(count):
            p = g.project(cluster=rng.choice(cl_for[area]))
            p["work_area"] = area
            set_end_form(p, rng, {"year_num": 3, "date": 2, "year_text": 1})
            n += 1
            if n == 4:
                p["w_extra_budgetary_mln"] = (-0.015, "0.0000")
                rejected.append(reject(sheet, row, "negative amount", t.letter("extra_budgetary_mln"), p["code"]))
            elif n == 12:
                p["w_cluster"] = "Кластер креативных индустрий"
                rejected.append(reject(sheet, row, "unknown cluster 'Кластер креативных индустрий'",
                                       t.letter("cluster"), p["code"]))
            else:
                records.append(record(p, fields))
            t.write(row, p)
            row += 1
    put(ws, row, 2, "Всего по перечню", bold=True)
    totals_row = row
    put(ws, row, 9, float(sum(D(str(r["total_cost_mln"])) for r in records) / 1000), "0.0000", bold=True)
    finish_sheet(ws, [3, 14, 48, 18, 16, 22, 12, 14, 12, 14, 12, 14, 34])
    wb.save(os.path.join(HERE, name + ".xlsx"))
    notes = ("A list of projects grouped by programme direction. Sheet 'Титул' is a cover page (text only). "
             "Sheet 'Перечень': the table starts in column B; title rows 1-2, the unit only in the title row 2 "
             "('объёмы финансирования — млрд рублей'): money in RUB billion, given here in RUB million, some "
             "cells as text '0,0452'. Header row 4. Section rows (a merged cell such as '1. Передовая "
             f"промышленность') in rows {', '.join(map(str, section_rows))} are headings, not projects, and "
             "are skipped; the work area is not imported from this file (no column carries it). "
             f"Row {totals_row} ('Всего по перечню') is the totals row. 'в т.ч. господдержка (ФБ+ОБ)' is the "
             "sum of two budgets and fills no field. End dates are mostly years (a number in a General cell "
             "or text '2023 г.', 31 December). Rejected: a negative private investment and cluster "
             "'Кластер креативных индустрий'.")
    write_expected(name, expected(name + ".xlsx", fields, records, rejected,
                                  [(h, f) for h, f, _ in cols], notes, data_sheet=sheet, header_row=4,
                                  first_column="B", section_rows=section_rows, totals_row=totals_row,
                                  money_unit="billion (title)"))
    return name


# ================================================================ 8. header with a units row
def file_units_row(rng):
    name = "invest_map_units_row"
    sheet = "Инвестпроекты"
    g = Gen(rng, "INO-{:04d}", 2801, "0.001", dt.date(2020, 6, 1))
    cols = [
        (("Код по программе", None), "code", w_plain("code")),
        (("Наименование инвестиционного проекта", None), "name", w_plain("name")),
        (("Отраслевой кластер", None), "cluster", w_choice("cluster", CLUSTER_RU, rng, ("",))),
        (("Направление ИНО «Томск»", None), "work_area", w_choice("work_area", AREA_RU, rng)),
        (("Этап реализации", None), "status", w_choice("status", STATUS_RU, rng)),
        (("Начало проекта", "дд.мм.гггг"), "start_date", w_date_start(rng, 0.5)),
        (("Завершение проекта", "дд.мм.гггг"), "end_date", lambda p: p["end_w"]),
        (("Стоимость проекта", "тыс. руб."), "total_cost_mln", w_money("total_cost_mln", D("0.001"), rng, 0.2, 0)),
        (("Федеральные средства", "млн руб."), "federal_budget_mln", w_money("federal_budget_mln", D(1), rng, 0.2)),
        (("Областные средства", "млн руб."), "regional_budget_mln", w_money("regional_budget_mln", D(1), rng, 0.2)),
        (("Средства инвестора", "тыс. руб."), "extra_budgetary_mln",
         w_money("extra_budgetary_mln", D("0.001"), rng, 0.2, 0)),
        (("Создаваемые рабочие места (план)", "чел."), "jobs_planned", w_jobs("jobs_planned", rng)),
        (("Инициатор проекта", None), "lead_organization", w_plain("lead_organization")),
    ]
    fields = ordered([f for _, f, _ in cols if f])
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    t = Sheet(ws, cols)
    ws["A1"] = "Инвестиционная карта: проекты программы ИНО «Томск» (данные АРИ ТО)"
    ws["A1"].font = BOLD
    for c, ((top, unit), _, _) in enumerate(cols, start=1):
        put(ws, 3, c, top, bold=True, wrap=True)
        put(ws, 4, c, unit, wrap=True)
        if unit is None:
            ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    plan = ["ok"] * 18
    plan[2] = "text_number"
    plan[9] = "end_before_start"
    plan[13] = "negative"
    records, rejected = [], []
    row = 5
    for kind in plan:
        p = g.project()
        # rounding the million columns: keep the federal and regional parts at 0.1 mln
        for f in ("federal_budget_mln", "regional_budget_mln"):
            v = p[f].quantize(D("0.1"))
            p["extra_budgetary_mln"] += p[f] - v
            p[f] = v
        set_end_form(p, rng, {"date": 2, "text": 1})
        if kind == "text_number":
            p["w_total_cost_mln"] = ("по запросу", "General")
            rejected.append(reject(sheet, row, "not a number: 'по запросу'", t.letter("total_cost_mln"), p["code"]))
        elif kind == "end_before_start":
            make_end_before_start(p, rng)
            rejected.append(reject(sheet, row, "end date before start date", t.letter("end_date"), p["code"]))
        elif kind == "negative":
            p["w_extra_budgetary_mln"] = (-12500, "#,##0")
            rejected.append(reject(sheet, row, "negative amount", t.letter("extra_budgetary_mln"), p["code"]))
        else:
            records.append(record(p, fields))
        t.write(row, p)
        row += 1
    data_rows = [5, row - 1]
    hidden = [8, 16]
    for r in hidden:
        ws.row_dimensions[r].hidden = True
    ws.cell(row=row + 1, column=1, value="Источник: данные инициаторов проектов, обработка АРИ ТО. "
            "Стоимость и средства инвестора — в тыс. руб., бюджетные средства — в млн руб.")
    finish_sheet(ws, [11, 48, 20, 22, 22, 12, 12, 14, 12, 12, 14, 10, 34])
    wb.save(os.path.join(HERE, name + ".xlsx"))
    columns = [(" / ".join(x for x in h if x), f) for h, f, _ in cols]
    notes = ("An investment map from a regional development agency, sheet 'Инвестпроекты'. Title row 1; header "
             "row 3 with a units row 4 under it (two-level: 'Стоимость проекта / тыс. руб.'; text columns merged "
             "over rows 3-4). Units differ by column: total cost and investor money in thousand roubles, "
             "federal and regional money in RUB million, jobs in persons ('чел.'); all money given here in "
             "RUB million. 'Средства инвестора' is the extra-budgetary money. 'Инициатор проекта' is the lead organisation. Rows 8 and 16 "
             f"are hidden and are data. Row {row + 1} is a source note. Rejected: 'по запросу' as the cost, an "
             "end date before the start date, a negative investor amount.")
    write_expected(name, expected(name + ".xlsx", fields, records, rejected, columns, notes, sheet=sheet,
                                  header_rows=[3, 4], data_rows=data_rows, hidden_rows=hidden,
                                  money_unit="per column (units row)"))
    return name


# ================================================================ LibreOffice re-saves
RESAVE = ["dept_report_form", "cluster_tabs_thousands", "agency_tracker_en"]


def resave():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found: resaved/ left as it is")
        return []
    out = os.path.join(HERE, "resaved")
    os.makedirs(out, exist_ok=True)
    made = []
    for stem in RESAVE:
        for ext, filt in (("xls", "xls:MS Excel 97"), ("ods", "ods"), ("xlsx", "xlsx:Calc MS Excel 2007 XML")):
            with tempfile.TemporaryDirectory() as tmp:
                src = os.path.join(tmp, "in", stem + ".xlsx")
                os.makedirs(os.path.dirname(src))
                shutil.copy(os.path.join(HERE, stem + ".xlsx"), src)
                env = dict(os.environ, HOME=tmp)
                subprocess.run([soffice, "--headless", "--norestore",
                                f"-env:UserInstallation=file://{tmp}/profile",
                                "--convert-to", filt, "--outdir", os.path.join(tmp, "out"), src],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env=env, timeout=180)
                newname = f"{stem}_lo_{ext}.{ext}"
                shutil.copy(os.path.join(tmp, "out", f"{stem}.{ext}"), os.path.join(out, newname))
            with open(os.path.join(HERE, stem + ".expected.json"), encoding="utf-8") as fh:
                exp = json.load(fh)
            exp["file"] = newname
            exp["notes"] = (f"{stem}.xlsx opened and re-saved by LibreOffice Calc as .{ext}; same content and "
                            "same expected result. " + exp["notes"])
            with open(os.path.join(out, f"{stem}_lo_{ext}.expected.json"), "w",
                      encoding="utf-8") as fh:
                json.dump(exp, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
            made.append(newname)
    return made


def main():
    rng = random.Random(SEED)
    names = [file_ministry_form(rng), file_cluster_sheets(rng), file_english(rng), file_monitoring(rng),
             file_csv(rng), file_register(rng), file_sections(rng), file_units_row(rng)]
    total = 0
    for n in names:
        fname = [f for f in os.listdir(HERE) if f.startswith(n + ".") and not f.endswith(".json")][0]
        with open(os.path.join(HERE, n + ".expected.json"), encoding="utf-8") as fh:
            e = json.load(fh)
        values = e["record_count"] * len(e["fields"])
        total += values
        print(f"{fname:36s} records {e['record_count']:3d}  rejected {len(e['rejected'])}  field values {values}")
    print("total expected field values:", total)
    if "--no-resave" not in sys.argv:
        for f in resave():
            print("resaved/" + f)


if __name__ == "__main__":
    main()
