#!/usr/bin/env python3
"""Generator of the agency7 evaluation set (written independently of the importer).

Run:  /work/main/.venv/bin/python tests/data/agency7/make_agency7.py
Writes the workbooks, NAME.expected.json beside each, and (if LibreOffice is
installed) re-saved copies in resaved/.  Deterministic: the same bytes of data
every run (xlsx zip timestamps aside).

Every workbook is rendered from canonical records (money in tenths of RUB
million as integers, dates as datetime.date), so the expected JSON is the
canonical data, and check() reads every workbook back with openpyxl / csv and
re-derives each expected value from the cells with a small rule-based reader.
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

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
NBSP = "\u00a0"
FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
          "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
          "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created", "lead_organization", "problems"]
MONEY = {"total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
         "extra_budgetary_confirmed_mln"}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
CLUSTERS = ["petrochemical", "nuclear", "timber", "pharma", "medtech_it", "wildlife", "hard_to_recover"]
WORK_AREAS = ["industry", "science_education", "innovation_business", "smart_city", "business_environment"]

# ---------------------------------------------------------------- name pools
NAMES = {
    "petrochemical": ["Производство полиэтиленовых труб большого диаметра", "Выпуск метанола из попутного нефтяного газа",
                      "Производство композитных полимерных материалов", "Организация выпуска геосинтетических материалов",
                      "Установка глубокой переработки пропан-бутановой фракции", "Производство полимерной упаковки для пищевой промышленности"],
    "nuclear": ["Центр ядерной медицины", "Производство изотопной продукции медицинского назначения",
                "Опытно-демонстрационный энергокомплекс на быстрых нейтронах", "Разделение стабильных изотопов кремния",
                "Производство сверхпроводящих материалов", "Радиационный центр стерилизации медицинских изделий"],
    "timber": ["Лесопильный комплекс глубокой переработки древесины", "Производство топливных пеллет из отходов лесопиления",
               "Завод клеёной балки LVL", "Производство древесно-полимерного композита", "Цех деревянного домостроения",
               "Производство хвойно-витаминной муки"],
    "pharma": ["Производство инфузионных растворов", "Выпуск субстанций на основе пихтового масла",
               "Производство иммунобиологических препаратов", "Опытное производство воспроизведённых лекарственных средств",
               "Участок фасовки противотуберкулёзных препаратов", "Производство ветеринарных препаратов"],
    "medtech_it": ["Производство кардиомониторов с удалённым доступом", "Центр обработки данных «Томск-ЦОД»",
                   "Производство микрофокусных рентгеновских трубок", "Платформа телемедицины для сельских ФАП",
                   "Производство кохлеарных имплантатов", "Разработка систем машинного зрения для промышленности"],
    "wildlife": ["Комплекс переработки кедрового ореха", "Производство ягодных экстрактов",
                 "Заготовительно-перерабатывающий пункт дикоросов", "Линия сублимационной сушки ягод",
                 "Производство экстрактов чаги", "Цех глубокой заморозки лесных ягод"],
    "hard_to_recover": ["Полигон испытания технологий добычи палеозойской нефти", "Опытные скважины на отложениях баженовской свиты",
                        "Технология многостадийного гидроразрыва в низкопроницаемых коллекторах", "Цифровой керновый центр",
                        "Пилотная закачка попутного газа в пласт", "Испытания внутрипластового горения"],
    None: ["Межвузовский студенческий кампус", "Реконструкция Лагерного сада", "Бизнес-инкубатор для молодых предпринимателей",
           "Цифровая платформа муниципальных услуг", "Технопарк «Академический»", "Школа на 1100 мест в мкр. «Северный парк»",
           "Инжиниринговый центр приборостроения", "Благоустройство набережной реки Томи", "Центр коллективного пользования оборудованием",
           "Индустриальный парк «Томская агломерация»", "Коворкинг-центр для IT-стартапов"],
}
ORGS = {
    "petrochemical": ["ООО «Томскнефтехим»", "АО «Полимер-Сибирь»", "ООО «Сибгеосинтетик»"],
    "nuclear": ["АО «Сибирский химический комбинат»", "ООО «Изотоп-Северск»", "АО «Прорыв»"],
    "timber": ["ООО «Асиновский ЛПК»", "ООО «ТомЛесДрев»", "АО «Сибирская древесина»"],
    "pharma": ["ООО «Томскфарм»", "АО «Сибфарма»", "ООО «Пихтовые технологии»"],
    "medtech_it": ["ООО «Микран-Мед»", "АО «Элекард-Томск»", "ООО «Кардиотех»"],
    "wildlife": ["ООО «Кедровый край»", "ООО «Сибирская ягода»", "ООО «Дары тайги»"],
    "hard_to_recover": ["ООО «Томскнефть-Инновации»", "АО «Васюганнефть»", "ООО «ТрИЗ-Сервис»"],
    None: ["Томский государственный университет", "Администрация Томского района", "ТУСУР", "ОГКУ «Томскинвест»",
           "ООО «Агломерация-Девелопмент»"],
}
PEOPLE = ["Смирнова Е.В.", "Кузнецов А.А.", "Петров И.С.", "Власова Н.Г.", "Орлов Д.М.", "Фёдорова О.Ю.", "Зайцев П.Р."]
PROBLEMS = ["Не завершено оформление земельного участка", "Требуется подключение к сетям электроснабжения (15 МВт)",
            "Инвестор ожидает решения о предоставлении субсидии", "Сдвиг сроков поставки импортного оборудования",
            "Нет подъездной дороги к площадке", "Не подтверждено софинансирование из федерального бюджета",
            "Замечания госэкспертизы к проектной документации"]


def qend(y, q):
    return {1: dt.date(y, 3, 31), 2: dt.date(y, 6, 30), 3: dt.date(y, 9, 30), 4: dt.date(y, 12, 31)}[q]


def ru_num(x, decimals=1, sep=NBSP):
    """Russian-style text number: thousands separated by sep, decimal comma."""
    s = f"{x:,.{decimals}f}".replace(",", "\u0001").replace(".", ",").replace("\u0001", sep)
    return s


class Rec:
    """One canonical record plus the raw pieces the renderers need."""

    def __init__(self, **kw):
        self.__dict__.update(kw)


def make_money(rng, big=False, fed=True, mun=False, zero_fed_prob=0.35):
    scale = rng.choice([150, 400, 1200, 3000, 9000]) if not big else rng.choice([2500, 9000, 30000])
    ext = rng.randint(scale // 3, scale) * 10 // 10
    f = 0
    if fed:
        f = 0 if rng.random() < zero_fed_prob else rng.randint(1, max(2, scale // 3))
    r = rng.randint(0, max(1, scale // 6))
    m = rng.randint(0, max(1, scale // 20)) if mun else 0
    return dict(fed=f, reg=r, mun=m, ext=ext, total=f + r + m + ext)


def mk_date(rng, kind, year):
    if kind == "date":
        d = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        return ("date", d), d
    if kind == "year":
        return ("year", year), dt.date(year, 12, 31)
    if kind == "quarter":
        q = rng.randint(1, 4)
        return ("quarter", (year, q)), qend(year, q)
    raise ValueError(kind)


def base_records(rng, codes, statuses, clusters, locations, date_kinds, mun=False, fed=True, big=False):
    """Canonical records. statuses/clusters/locations: lists of keys drawn in order (cycled)."""
    recs = []
    used = set()
    for i, code in enumerate(codes):
        cl = clusters[i % len(clusters)]
        pool = [n for n in NAMES[cl] if n not in used]
        name = rng.choice(pool)
        used.add(name)
        st = statuses[i % len(statuses)]
        y0 = {"completed": rng.randint(2013, 2017), "in_progress": rng.randint(2017, 2021),
              "planned": rng.randint(2022, 2024), "suspended": rng.randint(2016, 2020)}[st]
        sk, ek = rng.choice(date_kinds), rng.choice(date_kinds)
        s_raw, s = mk_date(rng, sk, y0)
        e_raw, e = mk_date(rng, ek, y0 + rng.randint(1, 5))
        assert e >= s
        mo = make_money(rng, big=big, fed=fed, mun=mun)
        jp = rng.choice([15, 40, 60, 120, 250, 400, 35, 80])
        jc = {"completed": jp, "in_progress": rng.randint(0, jp), "planned": 0, "suspended": rng.randint(0, jp // 2)}[st]
        conf = rng.randint(0, mo["ext"])
        recs.append(Rec(code=code, name=name, cluster=cl, work_area=rng.choice(WORK_AREAS), location=locations[i % len(locations)],
                        status=st, s_raw=s_raw, e_raw=e_raw, start=s, end=e, money=mo, conf=conf,
                        jobs_planned=jp, jobs_created=jc, org=rng.choice(ORGS[cl]),
                        person=rng.choice(PEOPLE), problems=rng.choice(PROBLEMS) if rng.random() < 0.5 else None,
                        reject=None))
    return recs


def canon(rec, fields, overrides=None):
    mo = rec.money
    full = {
        "code": rec.code, "name": rec.name, "cluster": rec.cluster, "work_area": rec.work_area,
        "location": rec.location, "status": rec.status,
        "start_date": rec.start.isoformat() if rec.start else None, "end_date": rec.end.isoformat() if rec.end else None,
        "total_cost_mln": mo["total"] / 10, "federal_budget_mln": None if mo["fed"] is None else mo["fed"] / 10,
        "regional_budget_mln": None if mo["reg"] is None else mo["reg"] / 10,
        "extra_budgetary_mln": None if mo["ext"] is None else mo["ext"] / 10,
        "extra_budgetary_confirmed_mln": None if rec.conf is None else rec.conf / 10,
        "jobs_planned": rec.jobs_planned, "jobs_created": rec.jobs_created, "lead_organization": rec.org,
        "problems": rec.problems,
    }
    full.update(getattr(rec, "override", {}) or {})
    if overrides:
        full.update(overrides)
    return {f: full[f] for f in fields}


def write_expected(name, exp):
    with open(os.path.join(HERE, os.path.splitext(name)[0] + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def build_expected(fname, recs, fields, columns, rejected, notes, **layout):
    records = [canon(r, fields) for r in recs if not r.reject]
    exp = {"file": fname, "refused": False, "fields": fields, "record_count": len(records), "records": records,
           "rejected": rejected, "columns": columns}
    exp.update(layout)
    exp["notes"] = notes
    return exp


# A column spec: (top, sub, field, render)  render(rec) -> value or (value, number_format)
def put(ws, row, col, v):
    c = ws.cell(row=row, column=col)
    if isinstance(v, tuple):
        c.value, c.number_format = v
    else:
        c.value = v
    return c


def write_table(ws, specs, hdr_row, two_level, recs, first_data_row, numbers_row=False, rownum_of=None):
    """Write header (one or two levels, merging the top over subs) and records. Returns columns list."""
    columns = []
    col = 1
    i = 0
    while i < len(specs):
        top, sub, field, _ = specs[i]
        if two_level and sub is not None:
            j = i
            while j < len(specs) and specs[j][0] == top and specs[j][1] is not None:
                j += 1
            ws.cell(row=hdr_row, column=col, value=top)
            if j - i > 1:
                ws.merge_cells(start_row=hdr_row, start_column=col, end_row=hdr_row, end_column=col + j - i - 1)
            for k in range(i, j):
                ws.cell(row=hdr_row + 1, column=col + k - i, value=specs[k][1])
                columns.append([f"{top} / {specs[k][1]}", specs[k][2]])
            col += j - i
            i = j
        else:
            ws.cell(row=hdr_row, column=col, value=top)
            if two_level:
                ws.merge_cells(start_row=hdr_row, start_column=col, end_row=hdr_row + 1, end_column=col)
            columns.append([top, field])
            col += 1
            i += 1
    last_hdr = hdr_row + (1 if two_level else 0)
    for r in range(hdr_row, last_hdr + 1):
        for c in range(1, len(specs) + 1):
            ws.cell(row=r, column=c).font = Font(bold=True)
            ws.cell(row=r, column=c).alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    if numbers_row:
        for c in range(1, len(specs) + 1):
            ws.cell(row=last_hdr + 1, column=c, value=c).alignment = Alignment(horizontal="center")
    r = first_data_row
    for rec in recs:
        if getattr(rec, "skip_before", None):
            r = rec.skip_before(ws, r)
        rec.row = r
        for c, (_, _, _, render) in enumerate(specs, start=1):
            v = render(rec)
            if v is None or v == "":
                if v == "":
                    ws.cell(row=r, column=c, value=None)
                continue
            put(ws, r, c, v)
        r += 1
    for c in range(1, len(specs) + 1):
        ws.column_dimensions[get_column_letter(c)].width = 16
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 40
    return columns, r


def col_letter(specs, field):
    for i, s in enumerate(specs, start=1):
        if s[2] == field:
            return get_column_letter(i)
    raise KeyError(field)


# ====================================================================================
# 1. district_register.xlsx - a district administration's register of sites & projects
# ====================================================================================
D_LOC = {
    "Томский район": ["МР «Томский район», Богашевское с/п, с. Богашево", "Томский МР, Зональненское сельское поселение",
                      "МО «Томский район», Корниловское с/п, с. Корнилово", "Томский МР, Моряковское с/п, с. Моряковский Затон",
                      "МО «Томский район», Зоркальцевское с/п", "Томский МР, Мирненское с/п, п. Мирный"],
    "Томск": ["МО «Город Томск»", "ГО «Город Томск», Кировский р-н"],
    "Северск": ["ЗАТО Северск", "ЗАТО Северск, п. Самусь"],
    "Асино": ["Асиновский МР, г. Асино", "МО «Асиновское городское поселение»"],
    "Колпашево": ["Колпашевский МР, г. Колпашево", "МО «Колпашевское городское поселение»"],
    "Стрежевой": ["МО «Городской округ Стрежевой»"],
}
D_CL = {"petrochemical": ["Нефтехимия"], "nuclear": ["ядерные технологии"], "timber": ["Лесопромышленный", "лесопромышленный комплекс"],
        "pharma": ["Фармацевтика"], "medtech_it": ["Медтехника и ИТ"], "wildlife": ["Дикоросы", "переработка дикоросов"],
        "hard_to_recover": ["ТрИЗ"], None: ["—", None, "нет"]}
D_ST = {"planned": ["Планируется к реализации", "планируется (поиск инвестора)"],
        "in_progress": ["Реализуется", "на стадии реализации", "В стадии строительства"],
        "completed": ["Реализован", "Проект реализован", "реализация завершена"],
        "suspended": ["Реализация приостановлена", "приостановлен"]}
LAND = ["в собственности инициатора", "в аренде на 49 лет", "оформляется", "в муниципальной собственности", "не сформирован"]


def district_register(rng):
    fname = "district_register.xlsx"
    codes = [f"INO-71{i:02d}" for i in range(1, 22)]
    locs = ["Томский район", "Томск", "Томский район", "Северск", "Асино", "Томский район", "Колпашево", "Томск",
            "Стрежевой", "Томский район", "Северск"]
    recs = base_records(rng, codes, ["in_progress", "planned", "completed", "in_progress", "suspended", "planned", "completed"],
                        ["timber", None, "wildlife", "petrochemical", "nuclear", "pharma", None, "medtech_it", "hard_to_recover",
                         "timber", "wildlife", None], locs, ["year", "year", "quarter", "date"], mun=True)
    # rejected rows
    rj = recs[6]
    rj.reject = "negative"
    rj2 = recs[14]
    rj2.reject = "end_before_start"
    s_raw, s = ("year", 2022), dt.date(2022, 12, 31)
    rj2.s_raw, rj2.start, rj2.e_raw, rj2.end = s_raw, s, ("year", 2020), dt.date(2020, 12, 31)

    counters = {}

    def pick(d, key, rec):
        opts = d[key]
        k = (id(d), key)
        counters[k] = counters.get(k, -1) + 1
        return opts[counters[k] % len(opts)]

    for rec in recs:
        rec.loc_raw = pick(D_LOC, rec.location, rec)
        rec.cl_raw = pick(D_CL, rec.cluster, rec)
        rec.st_raw = pick(D_ST, rec.status, rec)

    def ddate(raw, rec):
        kind, v = raw
        if kind == "year":
            return v if rec.code[-1] in "02468" else f"{v} г."
        if kind == "quarter":
            return f"{ROMAN[v[1]]} квартал {v[0]}"
        return (dt.datetime(v.year, v.month, v.day), "DD.MM.YYYY")

    def thous(key):
        def f(rec):
            v = rec.money[key] * 100  # tenths of mln -> thousand roubles
            if rec.reject == "negative" and key == "reg":
                return (-v if v else -1500, "#,##0")
            if rec.code in ("INO-7104", "INO-7111", "INO-7117") and key in ("total", "ext"):
                return ru_num(v, 0)  # text with non-breaking space thousands
            if key == "fed" and v == 0 and rec.code[-1] in "13579":
                return "-"  # a dash in fed = unknown (null)
            return (v, "#,##0")
        return f

    for rec in recs:
        if rec.money["fed"] == 0 and rec.code[-1] in "13579":
            rec.override = {"federal_budget_mln": None}
    rj.money_neg = True

    specs = [
        ("№ п/п", None, None, lambda r: r.n),
        ("Идентификатор проекта в ИНО «Томск»", None, "code", lambda r: r.code),
        ("Наименование инвестиционного проекта (инвестиционной площадки)", None, "name", lambda r: r.name),
        ("Местоположение (муниципальное образование, поселение)", None, "location", lambda r: r.loc_raw),
        ("Отраслевая принадлежность (кластер)", None, "cluster", lambda r: r.cl_raw),
        ("Инициатор проекта (инвестор)", None, "lead_organization", lambda r: r.org),
        ("Контактное лицо (Ф.И.О., должность, телефон)", None, None, lambda r: f"{r.person}, директор, 8 (3822) 90-{r.n:02d}-{r.n + 11:02d}"),
        ("Сроки реализации", "начало", "start_date", lambda r: ddate(r.s_raw, r)),
        ("Сроки реализации", "окончание", "end_date", lambda r: ddate(r.e_raw, r)),
        ("Объем инвестиций, тыс. рублей", "всего", "total_cost_mln", thous("total")),
        ("Объем инвестиций, тыс. рублей", "в т.ч. федеральный бюджет", "federal_budget_mln", thous("fed")),
        ("Объем инвестиций, тыс. рублей", "областной бюджет", "regional_budget_mln", thous("reg")),
        ("Объем инвестиций, тыс. рублей", "бюджет МО (местный бюджет)", None, thous("mun")),
        ("Объем инвестиций, тыс. рублей", "внебюджетные источники", "extra_budgetary_mln", thous("ext")),
        ("Количество создаваемых рабочих мест, ед.", None, "jobs_planned", lambda r: r.jobs_planned),
        ("Стадия реализации проекта", None, "status", lambda r: r.st_raw),
        ("Статус земельного участка", None, None, lambda r: LAND[r.n % len(LAND)]),
        ("Сдерживающие факторы, проблемные вопросы", None, "problems", lambda r: r.problems),
        ("Примечание", None, None, lambda r: "данные инициатора" if r.n % 4 == 0 else None),
    ]
    for n, rec in enumerate(recs, start=1):
        rec.n = n
    wb = Workbook()
    ws = wb.active
    ws.title = "Реестр"
    ws["A1"] = "Администрация Томского района"
    ws["A2"] = ("РЕЕСТР инвестиционных проектов и инвестиционных площадок Томского района и муниципальных образований — "
                "участников соглашения о развитии Томской агломерации")
    ws["A3"] = "по состоянию на 01.07.2023"
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(specs))
        ws.cell(row=r, column=1).alignment = Alignment(horizontal="center")
    columns, nxt = write_table(ws, specs, 5, True, recs, 8, numbers_row=True)
    # hidden data row
    hidden_rec = recs[9]
    ws.row_dimensions[hidden_rec.row].hidden = True
    total_row = nxt
    ws.cell(row=total_row, column=1, value="Итого по реестру")
    ws.merge_cells(start_row=total_row, start_column=1, end_row=total_row, end_column=3)
    tcol = [i for i, s in enumerate(specs, start=1) if s[0].startswith("Объем инвестиций")]
    keys = ["total", "fed", "reg", "mun", "ext"]
    for c, k in zip(tcol, keys):
        ws.cell(row=total_row, column=c, value=sum(r.money[k] * 100 for r in recs if not r.reject)).number_format = "#,##0"
    ws.cell(row=total_row, column=15, value=sum(r.jobs_planned for r in recs if not r.reject))
    foot_row = total_row + 2
    ws.cell(row=foot_row, column=1, value="* Объемы инвестиций указаны в ценах соответствующих лет по данным инициаторов; "
                                           "«-» — сведения не представлены.")
    ws.cell(row=foot_row + 1, column=1, value="Исп. Власова Н.Г., отдел экономического развития, 8 (3822) 40-00-00")
    wb.save(os.path.join(HERE, fname))

    rejected = [
        {"sheet": "Реестр", "row": rj.row, "reason": "negative amount", "column": col_letter(specs, "regional_budget_mln"), "code": rj.code},
        {"sheet": "Реестр", "row": rj2.row, "reason": "end date before start date (2022 -> 2020)", "column": col_letter(specs, "end_date"), "code": rj2.code},
    ]
    rejected.sort(key=lambda x: x["row"])
    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date", "total_cost_mln",
              "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln", "jobs_planned", "lead_organization", "problems"]
    notes = ("One sheet 'Реестр' from a district administration. Title rows 1-3 (administration, register title, "
             "'по состоянию на'); two-level merged header in rows 5-6 ('Сроки реализации' / начало, окончание; "
             "'Объем инвестиций, тыс. рублей' / всего, в т.ч. федеральный бюджет, областной бюджет, бюджет МО, "
             "внебюджетные источники); row 7 numbers the columns; data rows 8-%d; row %d is the totals row "
             "('Итого по реестру'); rows %d-%d are a footnote and the clerk's signature line. Amounts are in THOUSAND "
             "roubles (said in the top header) and are given here in RUB million; three rows hold total and "
             "extra-budgetary amounts as text with a non-breaking-space thousands separator. A '-' in the federal "
             "column means not reported (null), a real 0 is 0.0. Places are written as municipal formations and "
             "settlements ('МР «Томский район», Богашевское с/п, с. Богашево' = Томский район; 'ГО «Город Томск», "
             "Кировский р-н' = Томск - Кировский район is a district of the city, not of the region; 'ЗАТО Северск, "
             "п. Самусь' = Северск; 'Асиновский МР, г. Асино' and 'МО «Асиновское городское поселение»' = Асино; "
             "'МО «Колпашевское городское поселение»' = Колпашево; 'МО «Городской округ Стрежевой»' = Стрежевой). "
             "Clusters as short forms ('Нефтехимия', 'ядерные технологии', 'Лесопромышленный', 'лесопромышленный "
             "комплекс', 'Фармацевтика', 'Медтехника и ИТ', 'Дикоросы', 'переработка дикоросов', 'ТрИЗ'); '—', an "
             "empty cell and 'нет' mean no cluster (null). Stages as phrases: 'Планируется к реализации', "
             "'планируется (поиск инвестора)' = planned; 'Реализуется', 'на стадии реализации', 'В стадии "
             "строительства' = in_progress; 'Реализован', 'Проект реализован', 'реализация завершена' = completed; "
             "'Реализация приостановлена', 'приостановлен' = suspended. Dates are years (a number, or text '2021 г.': "
             "31 December), quarters written 'III квартал 2020' (last day of the quarter) or real dates. Not imported "
             "(null): '№ п/п'; the contact person (a person, not the initiator organisation); 'бюджет МО (местный "
             "бюджет)' (municipal money, not a canonical field; 'всего' includes it, so всего is not the sum of the "
             "three imported parts); 'Статус земельного участка' (status of the land plot, not of the project); "
             "'Примечание'. Row %d is hidden and is imported. Rejected: row %d (negative regional amount), row %d "
             "(end year 2020 before start year 2022)." % (nxt - 1, total_row, foot_row, foot_row + 1, hidden_rec.row, rj.row, rj2.row))
    exp = build_expected(fname, recs, fields, columns, rejected, notes, sheet="Реестр", header_rows=[5, 6],
                         data_rows=[8, nxt - 1],
                         skipped_rows={"7": "column numbers", str(total_row): "totals", str(foot_row): "footnote",
                                       str(foot_row + 1): "signature line"},
                         hidden={"row": hidden_rec.row}, units={"money": "thousand roubles"})
    write_expected(fname, exp)
    return exp, specs


# ====================================================================================
# 2. ministry_monitoring.xlsx - a federal ministry's monitoring form for a state programme
# ====================================================================================
M_ST = {"planned": ["Реализация не начата (планируется)", "планируется"],
        "in_progress": ["реализуется", "Реализуется с отклонением от графика", "реализуется в соответствии с планом"],
        "completed": ["Завершено", "реализация завершена"],
        "suspended": ["Приостановлено", "реализация приостановлена"]}
M_ORG = {None: ["Департамент по научно-технологическому развитию Томской области", "ФГАОУ ВО «Национальный исследовательский Томский государственный университет»",
                "ФГАОУ ВО «Национальный исследовательский Томский политехнический университет»"]}
M_COEX = ["Администрация ЗАТО Северск", "Департамент экономики Томской области", "АНО «Центр развития кластеров»", "—",
          "Департамент промышленности и энергетики Томской области"]
M_KS = ["наступило", "не наступило", "наступило с нарушением срока"]


def ministry_monitoring(rng):
    fname = "ministry_monitoring.xlsx"
    codes = [f"INO-72{i:02d}" for i in range(1, 24)]
    recs = base_records(rng, codes, ["in_progress", "in_progress", "completed", "planned", "suspended", "in_progress"],
                        ["nuclear", "pharma", None, "medtech_it", "petrochemical", "timber", "hard_to_recover", None],
                        ["Томск", "Северск", "Томск", "Томский район", "Стрежевой", "Асино", "Томск", "Колпашево"],
                        ["date", "date", "quarter"], fed=True, big=True)
    for r in recs:
        if r.cluster is None:
            r.org = M_ORG[None][int(r.code[-2:]) % 3]
    # rejections: text in money; duplicate code with different data (both rows)
    r_txt = recs[4]
    r_txt.reject = "text"
    dup_a, dup_b = recs[9], recs[17]
    dup_b.code = dup_a.code
    dup_a.reject = dup_b.reject = "dup"
    counters = {}

    def pick(d, key):
        k = (id(d), key)
        counters[k] = counters.get(k, -1) + 1
        return d[key][counters[k] % len(d[key])]

    for r in recs:
        r.st_raw = pick(M_ST, r.status)

    def mdate(raw, rec):
        kind, v = raw
        if kind == "quarter":
            return f"{ROMAN[v[1]]} квартал {v[0]} г."
        if int(rec.code[-2:]) % 2:
            return v.strftime("%d.%m.%Y")
        return (dt.datetime(v.year, v.month, v.day), "DD.MM.YYYY")

    def th(key):
        def f(rec):
            if rec.reject == "text" and key == "fed":
                return "уточняется"
            v = rec.money[key] * 100
            if int(rec.code[-2:]) % 3 == 0:
                return ru_num(v, 1, sep=" ")  # '1 234 500,0' as text, plain space
            return (v, "#,##0.0")
        return f

    def year_plan(rec):
        return (round(rec.money["total"] * 100 * 0.3, 1), "#,##0.0")

    def year_fact(rec):
        return (round(rec.money["total"] * 100 * 0.3 * (0.2 + 0.1 * (rec.idx % 7)), 1), "#,##0.0")

    def cum(rec):
        return (round(rec.money["total"] * 100 * 0.55, 1), "#,##0.0")

    specs = [
        ("№ п/п", None, None, lambda r: r.num),
        ("Наименование структурного элемента (мероприятия, проекта)", None, "name", lambda r: r.name),
        ("Код проекта", None, "code", lambda r: r.code),
        ("Ответственный исполнитель", None, "lead_organization", lambda r: r.org),
        ("Соисполнитель", None, None, lambda r: M_COEX[r.idx % len(M_COEX)]),
        ("Ф.И.О. должностного лица, ответственного за представление сведений", None, None, lambda r: r.person),
        ("Плановый срок", "начала реализации", "start_date", lambda r: mdate(r.s_raw, r)),
        ("Плановый срок", "окончания реализации", "end_date", lambda r: mdate(r.e_raw, r)),
        ("Объем финансирования на весь период реализации", "всего", "total_cost_mln", th("total")),
        ("Объем финансирования на весь период реализации", "федеральный бюджет", "federal_budget_mln", th("fed")),
        ("Объем финансирования на весь период реализации", "бюджет субъекта Российской Федерации", "regional_budget_mln", th("reg")),
        ("Объем финансирования на весь период реализации", "внебюджетные источники", "extra_budgetary_mln", th("ext")),
        ("Отчетный период (2021 год)", "план", None, year_plan),
        ("Отчетный период (2021 год)", "кассовое исполнение", None, year_fact),
        ("Кассовое исполнение с начала реализации (нарастающим итогом)", None, None, cum),
        ("Уровень исполнения, %", None, None, lambda r: (round(100 * (0.2 + 0.1 * (r.idx % 7)), 1), "0.0")),
        ("Количество созданных рабочих мест, ед.", "план на весь период", "jobs_planned", lambda r: r.jobs_planned),
        ("Количество созданных рабочих мест, ед.", "факт на отчетную дату", "jobs_created", lambda r: r.jobs_created),
        ("Статус реализации", None, "status", lambda r: r.st_raw),
        ("Статус контрольного события", None, None, lambda r: M_KS[r.idx % 3]),
        ("Причины отклонений, проблемные вопросы и предложения по их решению", None, "problems", lambda r: r.problems),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Форма 2"
    ncol = len(specs)
    ws.cell(row=1, column=ncol - 3, value="Приложение № 2 к письму Минэкономразвития России от 12.07.2021 № 21345-ПК/Д19и")
    ws["A2"] = ("ОТЧЕТ о ходе реализации мероприятий государственной программы Российской Федерации "
                "«Экономическое развитие и инновационная экономика» в части проектов ИНО «Томск»")
    ws["A3"] = "за отчетный период: январь – июнь 2021 г."
    ws.cell(row=4, column=ncol, value="(тыс. рублей)")
    ws.cell(row=4, column=ncol).alignment = Alignment(horizontal="right")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    # sections: a section heading row before the first record and before record 12
    sec1 = "Основное мероприятие 5.1 «Развитие инновационных кластеров»"
    sec2 = "Основное мероприятие 5.2 «Развитие научно-образовательной инфраструктуры»"
    section_rows = {}

    def sect(text):
        def f(ws_, r):
            ws_.cell(row=r, column=1, value=text)
            ws_.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws_.cell(row=r, column=1).font = Font(bold=True, italic=True)
            section_rows[str(r)] = "section heading"
            return r + 1
        return f

    recs[0].skip_before = sect(sec1)
    recs[12].skip_before = sect(sec2)
    for n, r in enumerate(recs, start=1):
        r.num = f"5.{1 if n <= 12 else 2}.{n if n <= 12 else n - 12}"
        r.idx = n
    columns, nxt = write_table(ws, specs, 6, True, recs, 9, numbers_row=True)
    total_row = nxt
    ws.cell(row=total_row, column=2, value="Всего по государственной программе в части ИНО «Томск»")
    for c, k in zip(range(9, 13), ["total", "fed", "reg", "ext"]):
        ws.cell(row=total_row, column=c, value=sum(r.money[k] * 100 for r in recs if not r.reject)).number_format = "#,##0.0"
    foot = total_row + 2
    ws.cell(row=foot, column=1, value="Примечание: графы 13-16 заполняются по данным кассового исполнения; графа 20 — "
                                      "в соответствии с детальным планом-графиком.")
    ws.cell(row=foot + 2, column=2, value="Заместитель директора Департамента")
    ws.cell(row=foot + 2, column=8, value="Орлов Д.М.")
    wb.save(os.path.join(HERE, fname))
    rejected = sorted([
        {"sheet": "Форма 2", "row": r_txt.row, "reason": "not a number: 'уточняется'", "column": col_letter(specs, "federal_budget_mln"), "code": r_txt.code},
        {"sheet": "Форма 2", "row": dup_a.row, "reason": f"duplicate code {dup_a.code} (rows {dup_a.row} and {dup_b.row} differ)", "column": "C", "code": dup_a.code},
        {"sheet": "Форма 2", "row": dup_b.row, "reason": f"duplicate code {dup_a.code} (rows {dup_a.row} and {dup_b.row} differ)", "column": "C", "code": dup_a.code},
    ], key=lambda x: x["row"])
    fields = ["code", "name", "status", "start_date", "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
              "extra_budgetary_mln", "jobs_planned", "jobs_created", "lead_organization", "problems"]
    notes = ("Federal ministry monitoring form, sheet 'Форма 2'. Rows 1-4 are title rows: row 1 the attachment line "
             "(right), rows 2-3 the report title and 'за отчетный период', row 4 holds only '(тыс. рублей)' at the "
             "right edge - the unit of ALL money columns, which say nothing about the unit themselves: amounts are in "
             "THOUSAND roubles and are given here in RUB million. Two-level merged header rows 6-7; row 8 numbers the "
             "columns; rows %s are section headings ('Основное мероприятие 5.x ...', merged across, no code) and are not "
             "projects. Row %d is the totals row ('Всего по государственной программе ...'); a note and a signature "
             "block follow. The code is in column C (after the name); column A holds hierarchical item numbers "
             "('5.1.3') and is not the code. 'Ответственный исполнитель' is the lead organisation (organisations, "
             "written in full); 'Соисполнитель' (co-executor) and the official's name are not imported. Plan dates "
             "only ('Плановый срок'): real dates, 'dd.mm.yyyy' text, and 'II квартал 2023 г.' (last day of the "
             "quarter). Whole-period money ('на весь период реализации': всего, федеральный бюджет, бюджет субъекта "
             "Российской Федерации = regional, внебюджетные источники) is imported; the reporting-period plan and "
             "cash execution (a one-year slice), the cumulative cash execution (money spent to date) and 'Уровень "
             "исполнения, %%' are NOT imported. Every third row writes its amounts as text '1 234 500,0' (plain space, "
             "decimal comma). Jobs: план на весь период = jobs_planned, факт на отчетную дату = jobs_created. Status "
             "phrases: 'Реализация не начата (планируется)', 'планируется' = planned; 'реализуется', 'Реализуется с "
             "отклонением от графика', 'реализуется в соответствии с планом' = in_progress; 'Завершено', 'реализация "
             "завершена' = completed; 'Приостановлено', 'реализация приостановлена' = suspended. 'Статус контрольного "
             "события' is the status of a milestone, not of the project: not imported. Rejected: row %d (federal "
             "budget 'уточняется' is not a number); rows %d and %d carry the same code %s with different data (both "
             "rejected)." % (", ".join(section_rows), total_row, r_txt.row, dup_a.row, dup_b.row, dup_a.code))
    exp = build_expected(fname, recs, fields, columns, rejected, notes, sheet="Форма 2", header_rows=[6, 7],
                         data_rows=[9, nxt - 1],
                         skipped_rows=dict({"8": "column numbers", str(total_row): "totals", str(foot): "note",
                                            str(foot + 2): "signature"}, **section_rows),
                         units={"money": "thousand roubles (title row 4)"})
    write_expected(fname, exp)
    return exp, specs


# ====================================================================================
# 3. naukograd_plan.xlsx - a science-city development plan table
# ====================================================================================
N_WA = {"industry": ["Передовая промышленность", "передовая промышленность"],
        "science_education": ["Наука и образование", "наука и образование"],
        "innovation_business": ["Технологические инновации и новые бизнесы", "технологические инновации, новые бизнесы"],
        "smart_city": ["Умный и удобный город", "умный, удобный город"],
        "business_environment": ["Деловая среда", "деловая среда"]}
N_CL = {"petrochemical": ["нефтехимия"], "nuclear": ["ядерные технологии"], "timber": ["лесопромышленный"],
        "pharma": ["фармацевтика"], "medtech_it": ["медицинская техника и ИТ"], "wildlife": ["дикоросы"],
        "hard_to_recover": ["трудноизвлекаемые запасы"], None: ["—", None]}
N_ST = {"planned": ["запланировано", "Не начато"], "in_progress": ["выполняется", "Выполняется"],
        "completed": ["выполнено", "Выполнено"], "suspended": ["приостановлено"]}
RAG = ["зелёный", "жёлтый", "красный"]


def naukograd_plan(rng):
    fname = "naukograd_plan.xlsx"
    codes = [f"INO-73{i:02d}" for i in range(1, 21)]
    recs = base_records(rng, codes, ["in_progress", "planned", "completed", "in_progress", "suspended"],
                        ["nuclear", "medtech_it", None, "pharma", "hard_to_recover", None, "medtech_it", "nuclear", "petrochemical"],
                        ["Томск", "Томск", "Северск", "Томский район", "Томск"], ["year", "quarter", "year"], mun=True)
    counters = {}

    def pick(d, key):
        k = (id(d), key)
        counters[k] = counters.get(k, -1) + 1
        return d[key][counters[k] % len(d[key])]

    for r in recs:
        r.wa_raw = pick(N_WA, r.work_area)
        r.cl_raw = pick(N_CL, r.cluster)
        r.st_raw = pick(N_ST, r.status)
    r_cl = recs[7]
    r_cl.reject = "cluster"
    r_cl.cl_raw = "Аэрокосмический кластер"
    r_end = recs[15]
    r_end.reject = "end_before_start"
    r_end.s_raw, r_end.start = ("quarter", (2024, 3)), qend(2024, 3)
    r_end.e_raw, r_end.end = ("quarter", (2023, 4)), qend(2023, 4)

    def ndate(raw, rec):
        kind, v = raw
        if kind == "year":
            return v  # number in a General cell
        return f"{ROMAN[v[1]]} кв. {v[0]}"

    def mln(key):
        def f(rec):
            return (rec.money[key] / 10, "0.0")
        return f

    def slice_(y):
        def f(rec):
            return (round(rec.money["total"] / 10 * {2021: 0.2, 2022: 0.3, 2023: 0.25}[y], 1), "0.0")
        return f

    specs = [
        ("Шифр проекта (ИНО)", None, "code", lambda r: r.code),
        ("Наименование мероприятия (проекта)", None, "name", lambda r: r.name),
        ("Направление Программы", None, "work_area", lambda r: r.wa_raw),
        ("Специализация (кластер)", None, "cluster", lambda r: r.cl_raw),
        ("Организация-исполнитель", None, "lead_organization", lambda r: r.org),
        ("Ответственный от администрации", None, None, lambda r: f"{r.person}, заместитель Мэра"),
        ("Начало реализации", None, "start_date", lambda r: ndate(r.s_raw, r)),
        ("Завершение реализации", None, "end_date", lambda r: ndate(r.e_raw, r)),
        ("Стоимость проекта, млн руб.", "всего", "total_cost_mln", mln("total")),
        ("Стоимость проекта, млн руб.", "ФБ", "federal_budget_mln", mln("fed")),
        ("Стоимость проекта, млн руб.", "ОБ", "regional_budget_mln", mln("reg")),
        ("Стоимость проекта, млн руб.", "МБ", None, mln("mun")),
        ("Стоимость проекта, млн руб.", "ВБС", "extra_budgetary_mln", mln("ext")),
        ("в том числе по годам, млн руб.", "2021", None, slice_(2021)),
        ("в том числе по годам, млн руб.", "2022", None, slice_(2022)),
        ("в том числе по годам, млн руб.", "2023", None, slice_(2023)),
        ("Создание рабочих мест (чел.)", None, "jobs_planned", lambda r: r.jobs_planned),
        ("Отметка о выполнении", None, "status", lambda r: r.st_raw),
        ("Оценка рисков (светофор)", None, None, lambda r: RAG[int(r.code[-2:]) % 3]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "План мероприятий"
    ws["A1"] = ("План мероприятий (инвестиционных проектов) Комплексной программы развития г. Томска как наукограда "
                "Российской Федерации на 2021–2025 годы")
    ws["A2"] = "Раздел III. Развитие научно-производственного комплекса наукограда"
    ws.merge_cells("A1:S1")
    ws.merge_cells("A2:S2")
    columns, nxt = write_table(ws, specs, 4, True, recs, 6)
    # hide the ВБС column (extra-budgetary): hidden but data
    hid_col = col_letter(specs, "extra_budgetary_mln")
    ws.column_dimensions[hid_col].hidden = True
    ws.cell(row=nxt + 1, column=1, value="Сокращения: ФБ — федеральный бюджет; ОБ — областной бюджет; МБ — бюджет "
                                         "городского округа; ВБС — внебюджетные средства.")
    # indicators sheet: no project table
    ws2 = wb.create_sheet("Целевые показатели")
    ws2.append(["Наименование целевого показателя", "Ед. изм.", "2021", "2022", "2023", "2024", "2025"])
    for row in [["Объем отгруженной инновационной продукции", "млрд руб.", 41.2, 44.0, 47.5, 51.0, 55.3],
                ["Численность исследователей", "чел.", 6120, 6200, 6300, 6400, 6500],
                ["Число малых инновационных предприятий", "ед.", 412, 430, 445, 460, 480],
                ["Доля внебюджетных средств в затратах на исследования", "%", 38.5, 40, 41, 42, 43]]:
        ws2.append(row)
    wb.save(os.path.join(HERE, fname))
    rejected = sorted([
        {"sheet": "План мероприятий", "row": r_cl.row, "reason": "unknown cluster 'Аэрокосмический кластер'", "column": "D", "code": r_cl.code},
        {"sheet": "План мероприятий", "row": r_end.row, "reason": "end date before start date (III кв. 2024 -> IV кв. 2023)", "column": "H", "code": r_end.code},
    ], key=lambda x: x["row"])
    fields = ["code", "name", "cluster", "work_area", "status", "start_date", "end_date", "total_cost_mln",
              "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln", "jobs_planned", "lead_organization"]
    notes = ("Science-city (наукоград) development plan. Sheet 'План мероприятий': title rows 1-2, two-level merged "
             "header rows 4-5, data rows 6-%d, an abbreviations line in row %d (not a project). Sheet 'Целевые "
             "показатели' is a table of programme indicators by year, not projects: nothing is imported from it. "
             "Money in RUB million ('Стоимость проекта, млн руб.' / всего, ФБ = federal, ОБ = regional, МБ = municipal "
             "(not imported), ВБС = extra-budgetary). Column %s (ВБС) is HIDDEN and is imported. 'в том числе по годам' "
             "/ 2021, 2022, 2023 are one-year slices (sub-headers are bare years): not imported. Start/end are bare "
             "years as numbers in General cells (31 December) or quarters 'II кв. 2024' (last day). Work areas "
             "('Направление Программы') in varying case and punctuation ('технологические инновации, новые бизнесы', "
             "'умный, удобный город'). Clusters ('Специализация (кластер)') as short forms: 'ядерные технологии', "
             "'медицинская техника и ИТ', 'фармацевтика', 'трудноизвлекаемые запасы', 'нефтехимия'; '—' or empty = "
             "no cluster. 'Отметка о выполнении' is the project status in neuter word forms: 'запланировано', 'Не "
             "начато' = planned; 'выполняется' = in_progress; 'выполнено' = completed; 'приостановлено' = suspended. "
             "'Оценка рисков (светофор)' (RAG colour) and 'Ответственный от администрации' (a person) are not "
             "imported; the executing organisation is 'Организация-исполнитель'. No location column. Rejected: row "
             "%d (unknown cluster 'Аэрокосмический кластер'), row %d (end IV кв. 2023 before start III кв. 2024)."
             % (nxt - 1, nxt + 1, hid_col, r_cl.row, r_end.row))
    exp = build_expected(fname, recs, fields, columns, rejected, notes, data_sheet="План мероприятий",
                         header_rows=[4, 5], data_rows=[6, nxt - 1], skipped_rows={str(nxt + 1): "abbreviations note"},
                         sheets_without_projects=["Целевые показатели"],
                         hidden={"column": {"sheet": "План мероприятий", "column": hid_col, "field": "extra_budgetary_mln"}})
    write_expected(fname, exp)
    return exp, specs


# ====================================================================================
# 4. bank_pipeline.xlsx - a bank's project-finance list in English
# ====================================================================================
EN_NAMES = {
    "timber": ["Asino sawmill and glulam plant", "Wood pellet plant (sawmill residues)", "LVL beam plant", "Prefab timber housing line"],
    "nuclear": ["Seversk nuclear medicine centre", "Medical isotopes production line", "Stable isotope separation plant"],
    "petrochemical": ["Polyethylene pipe plant", "Associated-gas-to-methanol unit", "Polymer packaging film line"],
    "pharma": ["Infusion solutions plant", "Fir-oil API production", "Veterinary drugs plant"],
    "medtech_it": ["Tomsk Tier III data centre", "X-ray tube production", "Remote cardiac monitoring devices"],
    "wildlife": ["Pine-nut processing complex", "Freeze-dried berries line"],
    "hard_to_recover": ["Bazhenov pilot wells programme", "Multi-stage frac technology pilot", "Core analysis centre"],
    None: ["Student campus PPP (Tomsk)", "Industrial park 'Tomsk Agglomeration'", "Riverside district redevelopment"],
}
EN_SPONSOR = {"timber": "Asino Timber Holding JSC", "nuclear": "Siberian Chemical Combine JSC", "petrochemical": "Tomskneftekhim LLC",
              "pharma": "Sibfarma JSC", "medtech_it": "Elecard-Tomsk JSC", "wildlife": "Taiga Gifts LLC",
              "hard_to_recover": "Tomskneft Innovations LLC", None: "Tomsk Agglomeration Development LLC"}
EN_CL = {"timber": "Timber processing", "nuclear": "Nuclear technologies", "petrochemical": "Petrochemicals",
         "pharma": "Pharmaceuticals", "medtech_it": "Medical devices & IT", "wildlife": "Wild-harvest products",
         "hard_to_recover": "Hard-to-recover oil", None: "n/a"}
EN_LOC = {"Томск": ["Tomsk", "Tomsk city"], "Северск": ["Seversk (ZATO)"], "Асино": ["Asino"], "Томский район": ["Tomsk district"],
          "Стрежевой": ["Strezhevoy"], "Колпашево": ["Kolpashevo"]}
EN_ST = {"planned": ["Planned (pre-FID)", "Planned"], "in_progress": ["Under construction", "In progress"],
         "completed": ["Completed – operating", "Completed"], "suspended": ["On hold", "Suspended"]}


def bank_pipeline(rng):
    fname = "bank_pipeline.xlsx"
    codes = [f"INO-74{i:02d}" for i in range(1, 20)]
    clusters = ["timber", "nuclear", "petrochemical", "medtech_it", None, "pharma", "hard_to_recover", "timber", "wildlife", "nuclear"]
    recs = base_records(rng, codes, ["in_progress", "planned", "completed", "in_progress", "suspended", "planned"],
                        clusters, ["Асино", "Северск", "Томск", "Томск", "Томский район", "Томск", "Стрежевой", "Асино",
                                   "Колпашево", "Северск"], ["date", "quarter", "year"], big=True)
    used = set()
    counters = {}

    def pick(d, key):
        k = (id(d), key)
        counters[k] = counters.get(k, -1) + 1
        return d[key][counters[k] % len(d[key])]

    for r in recs:
        pool = [n for n in EN_NAMES[r.cluster] if n not in used] or EN_NAMES[r.cluster]
        r.name = pool[0] if pool[0] not in used else pool[0] + " (phase 2)"
        if r.name in used:
            r.name += " II"
        used.add(r.name)
        r.org = EN_SPONSOR[r.cluster]
        r.loc_raw = pick(EN_LOC, r.location)
        r.st_raw = pick(EN_ST, r.status)
        r.problems = rng.choice([None, None, "Grid connection (15 MW) not yet contracted", "Land lease pending",
                                 "Import equipment delivery delayed 2 quarters", "Federal co-funding agreement not signed"])
        r.deal = f"PF-{20 + int(r.code[-2:]) % 4}-{int(r.code[-2:]) * 7:03d}"
    r_txt = recs[5]
    r_txt.reject = "text"
    r_end = recs[12]
    r_end.reject = "end_before_start"
    r_end.s_raw, r_end.start = ("date", dt.date(2022, 6, 1)), dt.date(2022, 6, 1)
    r_end.e_raw, r_end.end = ("quarter", (2021, 4)), qend(2021, 4)

    def edate(raw, rec, start):
        kind, v = raw
        if kind == "date":
            return (dt.datetime(v.year, v.month, v.day), "d mmm yyyy" if not start else "dd/mm/yyyy")
        if kind == "quarter":
            return f"Q{v[1]} {v[0]}"
        return str(v) if int(rec.code[-2:]) % 2 else v

    specs = [
        ("Deal ref.", None, None, lambda r: r.deal),
        ("INO code", None, "code", lambda r: r.code),
        ("Project", None, "name", lambda r: r.name),
        ("Sponsor", None, "lead_organization", lambda r: r.org),
        ("Borrower (SPV)", None, None, lambda r: f"{r.name.split()[0]} SPV LLC"),
        ("Location", None, "location", lambda r: r.loc_raw),
        ("INO cluster", None, "cluster", lambda r: EN_CL[r.cluster]),
        ("Stage", None, "status", lambda r: r.st_raw),
        ("Construction start", None, "start_date", lambda r: edate(r.s_raw, r, True)),
        ("COD", None, "end_date", lambda r: edate(r.e_raw, r, False)),
        ("Total project cost (RUB bn)", None, "total_cost_mln", lambda r: (r.money["total"] / 10000, "0.0000")),
        ("Federal co-funding", None, "federal_budget_mln",
         lambda r: "TBC" if r.reject == "text" else (r.money["fed"] / 10, "#,##0.0")),
        ("Regional co-funding", None, "regional_budget_mln", lambda r: (r.money["reg"] / 10, "#,##0.0")),
        ("Private funding (equity + debt)", None, "extra_budgetary_mln", lambda r: (r.money["ext"] / 10, "#,##0.0")),
        ("Facility amount", None, None, lambda r: (round(r.money["ext"] / 10 * 0.7, 1), "#,##0.0")),
        ("Drawn to date", None, None, lambda r: (round(r.money["ext"] / 10 * 0.3, 1), "#,##0.0") if r.status != "planned" else 0),
        ("Tenor (yrs)", None, None, lambda r: 7 + int(r.code[-2:]) % 6),
        ("Min DSCR (x)", None, None, lambda r: (1.2 + (int(r.code[-2:]) % 5) / 10, "0.00")),
        ("New jobs at full operation", None, "jobs_planned", lambda r: r.jobs_planned),
        ("RAG", None, None, lambda r: ["Green", "Amber", "Red"][int(r.code[-2:]) % 3]),
        ("Relationship manager", None, None, lambda r: ["A. Kuznetsov", "E. Smirnova", "D. Orlov"][int(r.code[-2:]) % 3]),
        ("Key issues", None, "problems", lambda r: r.problems),
    ]
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Summary"
    ws0.append(["Exposure by INO cluster"])
    ws0.append([])
    ws0.append(["INO cluster", "Deals", "Total project cost (RUB bn)", "Facility amount (RUB m)"])
    for key in ["timber", "nuclear", "petrochemical", "pharma", "medtech_it", "wildlife", "hard_to_recover", None]:
        sel = [r for r in recs if r.cluster == key]
        ws0.append([EN_CL[key], len(sel), round(sum(r.money["total"] for r in sel) / 10000, 4),
                    round(sum(r.money["ext"] / 10 * 0.7 for r in sel), 1)])
    ws0.append(["Total", len(recs), round(sum(r.money["total"] for r in recs) / 10000, 4), None])
    ws = wb.create_sheet("Pipeline")
    ws["A1"] = "Project Finance — Tomsk region pipeline (deals co-funded under INO Tomsk)"
    ws["A2"] = "As of 30 Sep 2023. Amounts in RUB m unless stated otherwise."
    ws["A1"].font = Font(bold=True, size=13)
    columns, nxt = write_table(ws, specs, 4, False, recs, 5)
    ws3 = wb.create_sheet("Definitions")
    for line in ["COD - commercial operation date (expected, or actual for operating assets).",
                 "Facility amount - senior debt committed by the bank; Drawn to date - disbursed to date.",
                 "Min DSCR - minimum projected debt service coverage ratio over the tenor.",
                 "Private funding - sponsor equity plus all debt (bank and other lenders).",
                 "RAG - internal watch-list colour, not the project stage."]:
        ws3.append([line])
    wb.save(os.path.join(HERE, fname))
    rejected = sorted([
        {"sheet": "Pipeline", "row": r_txt.row, "reason": "not a number: 'TBC'", "column": col_letter(specs, "federal_budget_mln"), "code": r_txt.code},
        {"sheet": "Pipeline", "row": r_end.row, "reason": "end date before start date (COD Q4 2021 < start 2022-06-01)", "column": col_letter(specs, "end_date"), "code": r_end.code},
    ], key=lambda x: x["row"])
    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date", "total_cost_mln",
              "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln", "jobs_planned", "lead_organization", "problems"]
    notes = ("A bank's project-finance pipeline in English. Three sheets: 'Summary' (first sheet, active) is an "
             "exposure-by-cluster pivot with a Total row - not projects; 'Pipeline' holds the data; 'Definitions' is "
             "text. Pipeline: title rows 1-2 (row 2 says 'Amounts in RUB m unless stated otherwise'), header row 4, data "
             "rows 5-%d. 'Deal ref.' is the bank's own reference (PF-..), not the project code; 'INO code' is the code. "
             "'Total project cost (RUB bn)' is in billions (x1000); the co-funding and private-funding columns carry no "
             "unit and follow the title (RUB million). 'Sponsor' is the lead organisation (project owner / initiator); "
             "'Borrower (SPV)' is a special-purpose company and is not imported. 'Construction start' = start_date "
             "(real dates); 'COD' (commercial operation date) = end_date: real dates, quarters 'Q1 2028', or a year "
             "as text or as a number (31 December). 'Stage': 'Planned (pre-FID)', 'Planned' = planned; 'Under "
             "construction', 'In progress' = in_progress; 'Completed – operating', 'Completed' = completed; 'On hold', "
             "'Suspended' = suspended. Clusters in English phrases ('Timber processing', 'Medical devices & IT', "
             "'Wild-harvest products', 'Hard-to-recover oil', ...); 'n/a' = none. Location in English ('Tomsk city' = "
             "Томск, 'Seversk (ZATO)' = Северск, 'Tomsk district' = Томский район, 'Strezhevoy' = Стрежевой). Not "
             "imported: Facility amount (loan, not project cost), Drawn to date (spent to date), Tenor, Min DSCR, RAG "
             "(watch-list colour), Relationship manager (a person). Project names are in English and are kept as "
             "written. Rejected: row %d ('TBC' in Federal co-funding), row %d (COD Q4 2021 before construction start "
             "2022-06-01)." % (nxt - 1, r_txt.row, r_end.row))
    exp = build_expected(fname, recs, fields, columns, rejected, notes, data_sheet="Pipeline", header_row=4,
                         data_rows=[5, nxt - 1], sheets_without_projects=["Summary", "Definitions"],
                         units={"total_cost_mln": "RUB bn", "other money": "RUB m (title row 2)"})
    write_expected(fname, exp)
    return exp, specs


# ====================================================================================
# 5. rdc_export.csv - a regional development corporation's CRM export
# ====================================================================================
C_LOC = {"Томск": ["г. Томск"], "Томский район": ["Томский р-н"], "Северск": ["ЗАТО Северск"], "Асино": ["г. Асино"],
         "Стрежевой": ["г. Стрежевой"], "Колпашево": ["г. Колпашево"]}
C_CL = {"petrochemical": "Нефтехимический", "nuclear": "Ядерные технологии", "timber": "Лесная и деревообрабатывающая (лесопромышленный кластер)",
        "pharma": "Фармацевтический", "medtech_it": "Медтехника и IT", "wildlife": "Дикоросы", "hard_to_recover": "Трудноизвлекаемые запасы нефти",
        None: ""}
C_WA = {"industry": "Передовая промышленность", "science_education": "Наука и образование",
        "innovation_business": "Технологические инновации и новые бизнесы", "smart_city": "Умный и удобный город",
        "business_environment": "Деловая среда"}
C_ST = {"planned": ["Подготовка (планируется)"], "in_progress": ["Реализация"], "completed": ["Завершен", "Завершён"],
        "suspended": ["Приостановлен"]}
C_APP = ["одобрена", "на рассмотрении", "отклонена", "не подавалась"]


def rdc_export(rng):
    fname = "rdc_export.csv"
    codes = [f"INO-75{i:02d}" for i in range(1, 23)]
    recs = base_records(rng, codes, ["in_progress", "planned", "completed", "in_progress", "suspended", "completed"],
                        ["timber", "pharma", "wildlife", None, "petrochemical", "medtech_it", "hard_to_recover", "nuclear"],
                        ["Асино", "Томск", "Колпашево", "Томский район", "Томск", "Северск", "Стрежевой", "Северск", "Томск"],
                        ["date"], big=False)
    counters = {}

    def pick(d, key):
        k = (id(d), key)
        counters[k] = counters.get(k, -1) + 1
        return d[key][counters[k] % len(d[key])]

    # amounts in roubles, with kopecks-free odd values: canonical = roubles / 1e6
    for r in recs:
        r.rub = {k: r.money[k] * 100000 + (rng.randint(0, 99) * 1000 if r.money[k] else 0) for k in ("fed", "reg", "ext")}
        r.rub["total"] = r.rub["fed"] + r.rub["reg"] + r.rub["ext"]
        r.rub_conf = min(r.conf * 100000, r.rub["ext"])
        r.override = {"total_cost_mln": r.rub["total"] / 1e6, "federal_budget_mln": r.rub["fed"] / 1e6,
                      "regional_budget_mln": r.rub["reg"] / 1e6, "extra_budgetary_mln": r.rub["ext"] / 1e6,
                      "extra_budgetary_confirmed_mln": r.rub_conf / 1e6}
        r.st_raw = pick(C_ST, r.status)
        r.loc_raw = pick(C_LOC, r.location)
        r.crm = 10234 + int(r.code[-2:]) * 17
        if r.status == "planned":
            r.jobs_created = None
            r.override["jobs_created"] = None
    r_cl = recs[8]
    r_cl.reject = "cluster"
    r_neg = recs[16]
    r_neg.reject = "negative"

    def rub(v):
        return f"{v},00"

    header = ["ID", "Код ИНО", "Наименование проекта", "Инициатор", "Менеджер проекта", "Муниципальное образование",
              "Отрасль / кластер", "Направление ИНО", "Этап", "Статус заявки на поддержку", "Дата начала",
              "Дата завершения (план)", "Объем инвестиций, руб.", "ФБ, руб.", "ОБ, руб.", "Частные инвестиции, руб.",
              "Подтверждено частных инвестиций, руб.", "Освоено на дату выгрузки, руб.", "Доля частных инвестиций, %",
              "Рабочих мест (план)", "Рабочих мест (факт)", "Риски и проблемы", "Комментарий менеджера"]
    fieldmap = [None, "code", "name", "lead_organization", None, "location", "cluster", "work_area", "status", None,
                "start_date", "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
                "extra_budgetary_confirmed_mln", None, None, "jobs_planned", "jobs_created", "problems", None]
    rows = []
    for i, r in enumerate(recs):
        cl = "Агропромышленный кластер" if r.reject == "cluster" else C_CL[r.cluster]
        ext = -r.rub["ext"] if r.reject == "negative" else r.rub["ext"]
        probs = r.problems
        if probs and i % 3 == 0:
            probs = probs + "; инвестор просит перенести срок на 2025 г."
        r.problems = probs
        rows.append([str(r.crm), r.code, r.name, r.org, r.person, r.loc_raw, cl, C_WA[r.work_area], r.st_raw, C_APP[i % 4],
                     r.start.strftime("%d.%m.%Y"), r.end.strftime("%d.%m.%Y"), rub(r.rub["total"]), rub(r.rub["fed"]),
                     rub(r.rub["reg"]), rub(ext), rub(r.rub_conf), rub(r.rub["ext"] * 4 // 10),
                     ru_num(100 * r.rub["ext"] / r.rub["total"], 1, sep="") if r.rub["total"] else "0,0",
                     str(r.jobs_planned), "" if r.jobs_created is None else str(r.jobs_created), probs or "",
                     "позвонить инициатору" if i % 5 == 0 else ""])
        r.row = i + 2
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(header)
    for row in rows:
        w.writerow(row)
    with open(os.path.join(HERE, fname), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(buf.getvalue())
    columns = [[h, f] for h, f in zip(header, fieldmap)]
    rejected = [
        {"sheet": None, "row": r_cl.row, "reason": "unknown cluster 'Агропромышленный кластер'", "column": "Отрасль / кластер", "code": r_cl.code},
        {"sheet": None, "row": r_neg.row, "reason": "negative amount", "column": "Частные инвестиции, руб.", "code": r_neg.code},
    ]
    fields = [f for f in FIELDS if f in fieldmap]
    notes = ("CSV export from a regional development corporation's CRM: UTF-8 WITH a byte-order mark, ';' separator, "
             "CRLF line ends, fields containing ';' or '\"' quoted. Line 1 is the header; one project per line. Money is "
             "in ROUBLES ('руб.' in every money header), written like '111215000,00' (decimal comma, no separator): given "
             "here in RUB million with full precision (111215000,00 = 111.215 mln). Dates dd.mm.yyyy. 'ID' is the CRM's numeric id, not "
             "the project code ('Код ИНО'). 'Менеджер проекта' (a person), 'Статус заявки на поддержку' (status of the "
             "support application, not of the project), 'Освоено на дату выгрузки' (spent to date), 'Доля частных "
             "инвестиций, %%' and 'Комментарий менеджера' are not imported. 'Этап': 'Подготовка (планируется)' = "
             "planned, 'Реализация' = in_progress, 'Завершен'/'Завершён' = completed, 'Приостановлен' = suspended. "
             "Clusters ('Отрасль / кластер'): 'Лесная и деревообрабатывающая (лесопромышленный кластер)' = timber, "
             "'Трудноизвлекаемые запасы нефти' = hard_to_recover, 'Медтехника и IT' = medtech_it, 'Ядерные технологии' "
             "= nuclear, 'Нефтехимический', 'Фармацевтический', 'Дикоросы'; empty = none. Places: 'г. Томск', 'Томский "
             "р-н', 'ЗАТО Северск', 'г. Асино' ... Planned projects have an empty 'Рабочих мест (факт)' = null (not 0). "
             "Rejected (line numbers): line %d (unknown cluster 'Агропромышленный кластер'), line %d (negative private "
             "investment)." % (r_cl.row, r_neg.row))
    exp = build_expected(fname, recs, fields, columns, rejected, notes, encoding="utf-8-sig", delimiter=";", header_line=1,
                         units={"money": "roubles"})
    write_expected(fname, exp)
    return exp, header


# ====================================================================================
# 6. quick_summary.xlsx - a clerk's quick summary: abbreviations and typos
# ====================================================================================
LAT = str.maketrans({"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x"})
Q_ST = {"planned": ["планируется", "Планир."], "in_progress": ["реализуетcя", "в  работе", "Реализуеться"],
        "completed": ["Завершён", "завершен", "заверш."], "suspended": ["приостановлен", "Приостан."]}
Q_CL = {"petrochemical": "Нефтехим", "nuclear": "ядерн. техн.", "timber": "лесопром", "pharma": "фарма",
        "medtech_it": "медтех/ИТ", "wildlife": "дикоросы", "hard_to_recover": "ТРИЗ", None: ""}
Q_WA = {"industry": "Передовая пром-ть", "science_education": "Наука и обр.", "innovation_business": "Техн. инновации, нов. бизнесы",
        "smart_city": "Умный город", "business_environment": "Дел. среда"}
Q_LOC = {"Томск": ["Томск", "г.Томск"], "Томский район": ["Томский  р-н", "Томский р-н"], "Северск": ["Северск"],
         "Асино": ["Асино"], "Стрежевой": ["Стрежевой"], "Колпашево": ["Колпашево"]}


def quick_summary(rng):
    fname = "quick_summary.xlsx"
    codes = [f"INO-76{i:02d}" for i in range(1, 19)]
    recs = base_records(rng, codes, ["in_progress", "completed", "planned", "in_progress", "suspended", "completed", "in_progress"],
                        ["pharma", "timber", None, "nuclear", "wildlife", "medtech_it", "hard_to_recover", "petrochemical"],
                        ["Томск", "Асино", "Томский район", "Северск", "Колпашево", "Томск", "Стрежевой", "Томский район"],
                        ["date", "date", "year", "quarter"])
    counters = {}

    def pick(d, key):
        k = (id(d), key)
        counters[k] = counters.get(k, -1) + 1
        return d[key][counters[k] % len(d[key])]

    for i, r in enumerate(recs):
        r.st_raw = pick(Q_ST, r.status)
        r.loc_raw = pick(Q_LOC, r.location)
        r.n = i + 1
    # a name with a doubled space and a Latin letter (kept as written), a code with trailing space
    recs[3].name = recs[3].name.replace(" ", "  ", 1)
    recs[10].name = recs[10].name.replace("о", "o", 1)  # Latin o inside a Russian word: text as written
    r_jobs = recs[6]
    r_jobs.reject = "text"
    r_neg = recs[13]
    r_neg.reject = "negative"

    def qdate(raw, rec):
        kind, v = raw
        if kind == "year":
            return f"{v} г." if rec.n % 2 else f"{v}г."
        if kind == "quarter":
            return f"{v[1]} кв. {v[0]}" if rec.n % 2 else f"{v[1]} кв {v[0]}"
        if rec.n % 3 == 0:
            return (dt.datetime(v.year, v.month, v.day), "DD.MM.YY")
        return v.strftime("%d.%m.%Y")

    def mln(key):
        def f(r):
            v = r.money[key]
            if r.reject == "negative" and key == "ext":
                return -v / 10
            if r.n % 2 == 0:
                return ru_num(v / 10, 1, sep=NBSP if r.n % 4 == 0 else " ")
            return (v / 10, "0.0")
        return f

    specs = [
        ("№", None, None, lambda r: r.n),
        ("Код", None, "code", lambda r: r.code + " " if r.n % 5 == 0 else r.code),
        ("Наим-е пр-та", None, "name", lambda r: r.name),
        ("Kластер", None, "cluster", lambda r: Q_CL[r.cluster] or None),
        ("Напрaвл.", None, "work_area", lambda r: Q_WA[r.work_area]),
        ("Мун. обр.", None, "location", lambda r: r.loc_raw),
        ("Cтатус", None, "status", lambda r: r.st_raw),
        ("Нач.", None, "start_date", lambda r: qdate(r.s_raw, r)),
        ("Оконч.", None, "end_date", lambda r: qdate(r.e_raw, r)),
        ("Ст-ть, млн", None, "total_cost_mln", mln("total")),
        ("ФБ", None, "federal_budget_mln", mln("fed")),
        ("ОБ", None, "regional_budget_mln", mln("reg")),
        ("ОБ-2024", None, None, lambda r: (round(r.money["reg"] / 10 * 0.4, 1), "0.0")),
        ("ВнБ", None, "extra_budgetary_mln", mln("ext")),
        ("Освоено", None, None, lambda r: (round(r.money["total"] / 10 * 0.5, 1), "0.0")),
        ("% гот.", None, None, lambda r: ({"completed": 1.0, "planned": 0.0}.get(r.status, (r.n % 9 + 1) / 10), "0%")),
        ("РМ план", None, "jobs_planned", lambda r: f"~{r.jobs_planned}" if r.reject == "text" else r.jobs_planned),
        ("РМ факт", None, "jobs_created", lambda r: r.jobs_created),
        ("Отв. орг-ция", None, "lead_organization", lambda r: r.org),
        ("Куратор", None, None, lambda r: r.person),
        ("Проблемы", None, "problems", lambda r: r.problems),
        ("Прим.", None, None, lambda r: "уточнить у ДПиЭ" if r.n % 4 == 1 else None),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    columns, nxt = write_table(ws, specs, 1, False, recs, 2)
    wb.save(os.path.join(HERE, fname))
    rejected = [
        {"sheet": "Лист1", "row": r_jobs.row, "reason": "not a number: '~%d'" % r_jobs.jobs_planned, "column": "Q", "code": r_jobs.code},
        {"sheet": "Лист1", "row": r_neg.row, "reason": "negative amount", "column": "N", "code": r_neg.code},
    ]
    fields = ["code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date", "total_cost_mln",
              "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln", "jobs_planned", "jobs_created",
              "lead_organization", "problems"]
    notes = ("A clerk's quick summary: sheet 'Лист1', header row 1, data rows 2-%d, no title, no totals. Headers are "
             "abbreviated and carry typos: 'Kластер' starts with a LATIN K, 'Cтатус' with a LATIN C, 'Напрaвл.' has a "
             "LATIN a; 'Наим-е пр-та' = name, 'Мун. обр.' = location, 'Нач.'/'Оконч.' = start/end, 'Ст-ть, млн' = "
             "total, 'ФБ'/'ОБ'/'ВнБ' = federal/regional/extra-budgetary, 'РМ план'/'РМ факт' = jobs planned/created, "
             "'Отв. орг-ция' = lead organisation. Not imported: '№', 'ОБ-2024' (regional money for one year), "
             "'Освоено' (spent to date), '%% гот.' (a percentage), 'Куратор' (a person), 'Прим.' (notes). Money is RUB "
             "million; every second row writes it as text with a decimal comma and a plain or non-breaking space. "
             "Statuses with typos and abbreviations: 'реализуетcя' (Latin c), 'Реализуеться', 'в  работе' (doubled "
             "space) = in_progress; 'Завершён', 'завершен', 'заверш.' = completed; 'планируется', 'Планир.' = planned; "
             "'приостановлен', 'Приостан.' = suspended. Clusters abbreviated ('Нефтехим', 'ядерн. техн.', 'лесопром', "
             "'фарма', 'медтех/ИТ', 'дикоросы', 'ТРИЗ'; empty = none); work areas abbreviated ('Передовая пром-ть', "
             "'Наука и обр.', 'Техн. инновации, нов. бизнесы', 'Дел. среда'). Places 'г.Томск', 'Томский  р-н' "
             "(doubled space). Dates: 'dd.mm.yyyy' text, real dates shown as DD.MM.YY, years written '2021 г.' or "
             "'2021г.' (31 December), quarters '3 кв. 2022' / '3 кв 2022' with an Arabic digit (last day of quarter). "
             "Codes in rows 6, 11, 16 have a trailing space (trimmed). The name in row %d has a doubled space and the "
             "name in row %d a Latin 'o' inside a Russian word: names are kept exactly as written. Rejected: row %d "
             "(jobs '~%d' is not a number), row %d (negative extra-budgetary amount)."
             % (nxt - 1, recs[3].row, recs[10].row, r_jobs.row, r_jobs.jobs_planned, r_neg.row))
    exp = build_expected(fname, recs, fields, columns, rejected, notes, sheet="Лист1", header_row=1, data_rows=[2, nxt - 1])
    write_expected(fname, exp)
    return exp, specs


# ====================================================================================
# check: read every workbook back and re-derive the expected values from the cells
# ====================================================================================
import re

STATUS_ALL = {}
for d in (D_ST, M_ST, N_ST, EN_ST, C_ST, Q_ST):
    for k, vs in d.items():
        for v in vs:
            STATUS_ALL[v] = k
CLUSTER_ALL = {}
for d in (D_CL, N_CL):
    for k, vs in d.items():
        for v in vs:
            CLUSTER_ALL[v] = k
for d in (EN_CL, C_CL, Q_CL):
    for k, v in d.items():
        CLUSTER_ALL[v] = k
LOC_ALL = {}
for d in (D_LOC, EN_LOC, C_LOC, Q_LOC):
    for k, vs in d.items():
        for v in vs:
            LOC_ALL[v] = k
WA_ALL = {}
for d in (N_WA,):
    for k, vs in d.items():
        for v in vs:
            WA_ALL[v] = k
for d in (C_WA, Q_WA):
    for k, v in d.items():
        WA_ALL[v] = k


def p_money(v, factor):
    if v is None or (isinstance(v, str) and v.strip() in ("", "-", "—")):
        return None
    if isinstance(v, str):
        v = float(v.replace(NBSP, "").replace(" ", "").replace(",", "."))
    return round(v * factor, 6)


def p_date(v):
    if v is None:
        return None
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, int):
        return f"{v}-12-31"
    s = v.strip()
    m = re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4})", s)
    if m:
        return f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
    m = re.fullmatch(r"(\d{4})\s*г?\.?", s)
    if m:
        return f"{m.group(1)}-12-31"
    m = re.fullmatch(r"(I|II|III|IV|[1-4]) (?:квартал|кв\.?) (\d{4})(?: г\.)?", s) or re.fullmatch(r"Q([1-4]) (\d{4})", s)
    if m:
        q = {"I": 1, "II": 2, "III": 3, "IV": 4}.get(m.group(1)) or int(m.group(1))
        return qend(int(m.group(2)), q).isoformat()
    raise ValueError(s)


def reader(field, unit):
    if field in MONEY:
        return lambda v: p_money(v, unit)
    if field in ("start_date", "end_date"):
        return p_date
    if field in ("jobs_planned", "jobs_created"):
        return lambda v: None if v in (None, "") else int(v)
    if field == "status":
        return lambda v: STATUS_ALL[v]
    if field == "cluster":
        return lambda v: CLUSTER_ALL.get(v if v is not None else None, "??" if v else None)
    if field == "location":
        return lambda v: LOC_ALL[v]
    if field == "work_area":
        return lambda v: WA_ALL[v]
    return lambda v: None if v in (None, "") else str(v).strip()


def check_xlsx(path, exp, sheet, units):
    wb = load_workbook(path, data_only=True)
    ws = wb[sheet]
    cols = exp["columns"]
    byrow = {}
    for rec in exp["records"]:
        pass
    # locate rows by code in the code column
    code_col = [i for i, (h, f) in enumerate(cols, start=1) if f == "code"][0]
    rows = {}
    for r in range(1, ws.max_row + 1):
        v = ws.cell(row=r, column=code_col).value
        if isinstance(v, str) and v.strip().startswith("INO-"):
            rows.setdefault(v.strip(), []).append(r)
    rej_rows = {x["row"] for x in exp["rejected"]}
    n_ok = 0
    for rec in exp["records"]:
        rr = [r for r in rows[rec["code"]] if r not in rej_rows]
        assert len(rr) == 1, (rec["code"], rr)
        r = rr[0]
        for c, (h, f) in enumerate(cols, start=1):
            if f is None:
                continue
            got = reader(f, units.get(f, 1))(ws.cell(row=r, column=c).value)
            want = rec[f]
            if isinstance(want, float) or isinstance(got, float):
                ok = got is not None and want is not None and abs(got - want) < 0.0005
                ok = ok or (got is None and want is None)
            else:
                ok = got == want
            assert ok, (path, rec["code"], f, got, want)
        n_ok += 1
    total_coded = sum(len(v) for v in rows.values())
    assert total_coded == len(exp["records"]) + len(exp["rejected"]), (path, total_coded)
    for x in exp["rejected"]:
        assert ws.cell(row=x["row"], column=code_col).value.strip() == x["code"], x
    return n_ok


def check_csv(path, exp):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        data = list(csv.reader(fh, delimiter=";"))
    hdr = data[0]
    assert [c[0] for c in exp["columns"]] == hdr
    rej = {x["row"] for x in exp["rejected"]}
    recs = iter(exp["records"])
    n = 0
    for line, row in enumerate(data[1:], start=2):
        if line in rej:
            continue
        rec = next(recs)
        for (h, f), v in zip(exp["columns"], row):
            if f is None:
                continue
            got = reader(f, 1e-6)(v if v != "" else None)
            want = rec[f]
            if isinstance(want, float):
                assert got is not None and abs(got - want) < 1e-6, (rec["code"], f, got, want)
            else:
                assert got == want, (rec["code"], f, got, want)
        n += 1
    assert n == exp["record_count"]
    with open(path, "rb") as fh:
        raw = fh.read()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    return n


def resave(src, fmt, exp, sub="resaved"):
    """Re-save with LibreOffice into resaved/; same records, own expected file."""
    if not shutil.which("soffice"):
        print("soffice not found: skipping", src)
        return None
    outdir = os.path.join(HERE, sub)
    os.makedirs(outdir, exist_ok=True)
    tmp = f"/tmp/agency7_resave_{fmt}"
    os.makedirs(tmp, exist_ok=True)
    base = os.path.splitext(src)[0]
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file:///tmp/agency7_lo_profile",
                    "--convert-to", fmt, "--outdir", tmp, os.path.join(HERE, src)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = f"{base}.{fmt}"
    shutil.move(os.path.join(tmp, out), os.path.join(outdir, out))
    e = dict(exp)
    e["file"] = out
    e["resaved_from"] = src
    e["notes"] = (f"{src} re-saved by LibreOffice {fmt.upper()} export (same sheets, cells, hidden rows/columns and "
                  f"records as the original). " + exp["notes"])
    with open(os.path.join(outdir, base + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(e, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return os.path.join(outdir, out)


def main():
    results = {}
    results["district_register.xlsx"] = district_register(random.Random(71))
    results["ministry_monitoring.xlsx"] = ministry_monitoring(random.Random(72))
    results["naukograd_plan.xlsx"] = naukograd_plan(random.Random(73))
    results["bank_pipeline.xlsx"] = bank_pipeline(random.Random(74))
    results["rdc_export.csv"] = rdc_export(random.Random(75))
    results["quick_summary.xlsx"] = quick_summary(random.Random(76))
    units = {
        "district_register.xlsx": ("Реестр", {f: 0.001 for f in MONEY}),
        "ministry_monitoring.xlsx": ("Форма 2", {f: 0.001 for f in MONEY}),
        "naukograd_plan.xlsx": ("План мероприятий", {}),
        "bank_pipeline.xlsx": ("Pipeline", {"total_cost_mln": 1000}),
        "quick_summary.xlsx": ("Лист1", {}),
    }
    for name, (exp, _) in results.items():
        if name.endswith(".csv"):
            n = check_csv(os.path.join(HERE, name), exp)
        else:
            sheet, u = units[name]
            n = check_xlsx(os.path.join(HERE, name), exp, sheet, u)
        print(f"{name}: {n} records, {len(exp['rejected'])} rejected - checked")
    if "--no-resave" not in sys.argv:
        for src, fmt in [("district_register.xlsx", "xls"), ("naukograd_plan.xlsx", "ods"), ("quick_summary.xlsx", "xlsx")]:
            path = resave(src, fmt, results[src][0])
            if path and fmt == "xlsx":
                sheet, u = units[src]
                print("resaved", path, check_xlsx(path, results[src][0], sheet, u), "records - checked")
            elif path:
                # read the LibreOffice copy back: convert it to xlsx in /tmp and check it like the original
                tmp = "/tmp/agency7_back"
                os.makedirs(tmp, exist_ok=True)
                subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/agency7_lo_profile",
                                "--convert-to", "xlsx", "--outdir", tmp, path], check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                back = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
                sheet, u = units[src]
                n = check_xlsx(back, results[src][0], sheet, u)
                wb = load_workbook(back)
                exp = results[src][0]
                h = exp.get("hidden", {})
                if "row" in h and isinstance(h["row"], int):
                    assert wb[sheet].row_dimensions[h["row"]].hidden, "hidden row lost"
                if "column" in h:
                    assert wb[sheet].column_dimensions[h["column"]["column"]].hidden, "hidden column lost"
                print("resaved", path, n, "records - checked via xlsx round trip")


if __name__ == "__main__":
    main()
