#!/usr/bin/env python3
"""Deterministic generator of the agency22 evaluation set (no randomness).

Writes six input files and NAME.expected.json beside each, plus the expected
JSON of the three LibreOffice re-saves (resaved/, produced by resave_agency22.sh).

Written from /work/shared/samples/README.md and the sample workbooks only;
the importer, its tests and other agency sets were not read.
All organisations, people, phone numbers and numbers are invented.
"""
import calendar
import copy
import csv
import datetime as dtm
import json
import os
from decimal import Decimal as D

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
NBSP = "\u00a0"

ALL_FIELDS = ["code", "name", "cluster", "work_area", "location", "status",
              "start_date", "end_date", "total_cost_mln", "federal_budget_mln",
              "regional_budget_mln", "extra_budgetary_mln",
              "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created",
              "lead_organization", "problems"]
MONEY = {"total_cost_mln", "federal_budget_mln", "regional_budget_mln",
         "extra_budgetary_mln", "extra_budgetary_confirmed_mln"}


# --------------------------------------------------------------------------
# value helpers: each returns V(written cell value, canonical value)
# --------------------------------------------------------------------------
class V:
    def __init__(self, w, c):
        self.w, self.c = w, c


def ru(d, sep=NBSP):
    """Decimal -> Russian text: '1 234,5' (sep between thousands, comma)."""
    s = format(d, "f")
    neg = s.startswith("-")
    s = s.lstrip("-")
    ip, _, fp = s.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = sep.join(groups) + ("," + fp if fp else "")
    return ("-" if neg else "") + out


def num(d):
    d = D(d)
    return int(d) if d == d.to_integral_value() and "." not in str(d) else float(d)


def m(s, form="n", unit=D(1)):
    """money: s is the amount as written in the file's unit."""
    d = D(s)
    if form == "n":
        w = num(s)
    elif form == "nb":
        w = ru(d, NBSP)
    elif form == "sp":
        w = ru(d, " ")
    elif form == "dot":          # CSV, dot decimal
        w = s
    else:
        raise ValueError(form)
    return V(w, d * unit)


def T(unit_thousand_str, form="n"):
    return m(unit_thousand_str, form, D("0.001"))


def iso(y, mo, d):
    return "%04d-%02d-%02d" % (y, mo, d)


def dt(y, mo, d):
    return V(dtm.datetime(y, mo, d), iso(y, mo, d))


def tx(y, mo, d):
    return V("%02d.%02d.%04d" % (d, mo, y), iso(y, mo, d))


def isot(y, mo, d):
    return V(iso(y, mo, d), iso(y, mo, d))


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
QEND = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}


def qr(q, y, fmt):
    """quarter -> last day of the quarter; fmt uses {R} (roman), {q}, {y}."""
    mo, d = QEND[q]
    return V(fmt.format(R=ROMAN[q], q=q, y=y), iso(y, mo, d))


def hy(h, y, fmt):
    """half-year -> last day of the half-year."""
    mo, d = (6, 30) if h == 1 else (12, 31)
    return V(fmt.format(R=ROMAN[h], h=h, y=y), iso(y, mo, d))


MONTHS = {1: "январь", 2: "февраль", 3: "март", 4: "апрель", 5: "май",
          6: "июнь", 7: "июль", 8: "август", 9: "сентябрь", 10: "октябрь",
          11: "ноябрь", 12: "декабрь"}


def mo(month, y):
    """month name -> last day of that month."""
    last = calendar.monthrange(y, month)[1]
    return V("%s %d г." % (MONTHS[month], y), iso(y, month, last))


def yr(y, text=False):
    return V(str(y) if text else y, iso(y, 12, 31))


STATUS = {
    # in_progress
    "идёт реализация": "in_progress", "в стадии реализации": "in_progress",
    "реализуется (строительство цеха)": "in_progress",
    "реализация возобновлена": "in_progress", "начата реализация": "in_progress",
    "выполняется": "in_progress", "заём выдан, идёт реализация": "in_progress",
    "ИДЁТ РЕАЛИЗАЦИЯ": "in_progress", "в реализации": "in_progress",
    "работы ведутся": "in_progress",
    # completed
    "реализован, выход на проектную мощность": "completed",
    "Проект завершён": "completed", "завершён": "completed",
    "реализация завершена": "completed", "договор исполнен, отчёт принят": "completed",
    "проект завершён": "completed", "выполнен": "completed",
    "отчёт принят, проект завершён": "completed", "РЕАЛИЗАЦИЯ ЗАВЕРШЕНА": "completed",
    "ВЫПОЛНЕН": "completed", "завершён (введён в эксплуатацию)": "completed",
    "работы завершены": "completed",
    # planned
    "планируется к реализации": "planned", "планируемый": "planned",
    "договор на подписании": "planned",
    "одобрен экспертным советом, договор не заключён": "planned",
    "ПЛАНИРУЕТСЯ К РЕАЛИЗАЦИИ": "planned", "планируемый к реализации": "planned",
    "подготовительный этап": "planned", "запланирован": "planned",
    # suspended
    "приостановлен по инициативе резидента": "suspended",
    "реализация приостановлена": "suspended",
    "исполнение договора приостановлено": "suspended",
    "РЕАЛИЗАЦИЯ ПРИОСТАНОВЛЕНА": "suspended", "приостановлена реализация": "suspended",
    "работы приостановлены": "suspended",
    # genuinely ambiguous -> null
    "статус уточняется": None, "договор расторгнут": None, "НА СОГЛАСОВАНИИ": None,
    "—": None,
}


def st(w):
    return V(w, STATUS[w])


CLUSTER = {
    "фармацевтический": "pharma", "фармацевтика": "pharma", "Фармацевтика": "pharma",
    "фармацевтики": "pharma",
    "медтехника и ИТ": "medtech_it", "ИТ / медицинская техника": "medtech_it",
    "Кластер медтехники и ИТ": "medtech_it", "медтехники и ИТ": "medtech_it",
    "медицинская техника и ИТ": "medtech_it", "МедТех и ИТ": "medtech_it",
    "ИТ и медтехника": "medtech_it", "медтехника": "medtech_it",
    "медтехника и IT": "medtech_it",
    "ядерные технологии": "nuclear", "ядерных технологий": "nuclear",
    "Ядерные технологии": "nuclear", "ядерный": "nuclear",
    "нефтехимия": "petrochemical", "нефтехимический": "petrochemical",
    "Нефтехимия": "petrochemical", "нефтехим.": "petrochemical",
    "дикоросы": "wildlife", "дикоросов": "wildlife", "Дикоросы": "wildlife",
    "лесопромышленный": "timber", "лесопромышленный комплекс": "timber",
    "лесопром": "timber",
    "ТрИЗ": "hard_to_recover", "трудноизвлекаемые запасы": "hard_to_recover",
    "трудноизвлекаемых запасов": "hard_to_recover", "ТРИЗ": "hard_to_recover",
    "—": None, "не относится к кластерам": None, "вне кластеров": None, "": None,
}


def cl(w):
    return V(w if w != "" else None, CLUSTER[w])


LOCATION = {
    "г. Томск": "Томск", "Томск, пр. Академический": "Томск", "г.Томск": "Томск",
    "г. Томск, пл. «Северная»": "Томск", "Томск": "Томск", "Город Томск": "Томск",
    "Городской округ Томск": "Томск",
    "Томский р-н, д. Кузовлево": "Томский район", "Томский район": "Томский район",
    "Томский р-н": "Томский район", "Томский муниципальный район": "Томский район",
    "ЗАТО Северск": "Северск",
    "Асиновский район": "Асино", "Асиновский р-н": "Асино", "Асино": "Асино",
    "Асиновский муниципальный район": "Асино",
    "городской округ Стрежевой": "Стрежевой", "Стрежевой": "Стрежевой",
    "г. Стрежевой": "Стрежевой",
    "Колпашевский район": "Колпашево", "Колпашевский р-н": "Колпашево",
    "Колпашево": "Колпашево",
    # ambiguous: region-wide or two places -> null
    "Томская область (несколько площадок)": None, "Томская область": None,
    "Томск, Северск": None,
}


def loc(w):
    return V(w, LOCATION[w])


WORK_AREA = {
    "наука и образование": "science_education", "НАУКА И ОБРАЗОВАНИЕ": "science_education",
    "Наука, образование": "science_education",
    "Передовая промышленность": "industry", "передовая промышленность": "industry",
    "ПЕРЕДОВАЯ ПРОМЫШЛЕННОСТЬ": "industry", "Промышленность": "industry",
    "технологические инновации и новые бизнесы": "innovation_business",
    "Технологические инновации, новые бизнесы": "innovation_business",
    "Технологические инновации и новые бизнесы": "innovation_business",
    "технологические инновации, новые бизнесы": "innovation_business",
    "ТЕХНОЛОГИЧЕСКИЕ ИННОВАЦИИ, НОВЫЕ БИЗНЕСЫ": "innovation_business",
    "Новые бизнесы и технологические инновации": "innovation_business",
    "умный город": "smart_city", "УМНЫЙ ГОРОД": "smart_city",
    "УМНЫЙ И УДОБНЫЙ ГОРОД": "smart_city", "Городская среда (умный город)": "smart_city",
    "деловая среда": "business_environment", "ДЕЛОВАЯ СРЕДА": "business_environment",
    "Деловая среда": "business_environment",
}


def wa(w):
    return V(w, WORK_AREA[w])


def C(x):
    """canonical of a cell entry"""
    if isinstance(x, V):
        return x.c
    if isinstance(x, str):
        x = x.strip()
        return x if x else None
    return x


def W(x):
    return x.w if isinstance(x, V) else x


def jnum(v):
    if isinstance(v, D):
        return float(v)
    return v


def record(cols, row, fields):
    rec = {}
    for (hdr, field), cell in zip(cols, row):
        if field:
            rec[field] = C(cell)
    return {f: rec.get(f) for f in fields}


def fields_of(cols):
    present = {f for _, f in cols if f}
    return [f for f in ALL_FIELDS if f in present]


def dump_json(rec_list):
    return [{k: jnum(v) for k, v in r.items()} for r in rec_list]


def write_expected(path, obj):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def put(ws, r, c, v, datefmt="DD.MM.YYYY"):
    cell = ws.cell(row=r, column=c)
    val = W(v)
    cell.value = val
    if isinstance(val, str) and val.startswith("="):
        cell.data_type = "s"          # text that merely looks like a formula
    if isinstance(val, dtm.datetime):
        cell.number_format = datefmt
    return cell


def fix_props(wb):
    t = dtm.datetime(2026, 12, 1, 9, 0, 0)
    wb.properties.created = t
    wb.properties.modified = t
    wb.properties.creator = "agency22 generator"


def save_fixed(wb, path):
    """save, then rewrite the zip with fixed timestamps so the bytes are reproducible"""
    import io
    import re
    import zipfile
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>2026-12-01T09:00:00Z\2", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")
BOLD = Font(bold=True)

# ==========================================================================
# (1) ОЭЗ ТВТ «Томск»: register of residents' projects (ministry-summary shape)
# ==========================================================================
SEZ_COLS = [
    ("№ п/п", None),
    ("Шифр проекта", "code"),
    ("Наименование резидента", "lead_organization"),
    ("ИНН резидента", None),
    ("Наименование проекта резидента", "name"),
    ("Кластерная принадлежность", "cluster"),
    ("Место размещения", "location"),
    ("Стадия реализации", "status"),
    ("Период реализации / старт", "start_date"),
    ("Период реализации / завершение", "end_date"),
    ("Объём инвестиций по бизнес-плану / итого", "total_cost_mln"),
    ("Объём инвестиций по бизнес-плану / в т.ч. ФБ", "federal_budget_mln"),
    ("Объём инвестиций по бизнес-плану / ОБ", "regional_budget_mln"),
    ("Объём инвестиций по бизнес-плану / ВБИ (средства резидента)", "extra_budgetary_mln"),
    ("Освоено инвестиций нарастающим итогом", None),
    ("Рабочие места, чел. / по соглашению", "jobs_planned"),
    ("Рабочие места, чел. / факт", "jobs_created"),
    ("№ и дата соглашения о ведении ТВД", None),
    ("Риски и проблемные вопросы", "problems"),
]

# sections: (section title, subtotal title, rows); row = cols B..S
SEZ_SECTIONS = [
    ("Площадка «Южная» (г. Томск)", "Итого по площадке «Южная»", [
        ["INO-2201", "ООО «Биофарм-Синтез Т»", "7017100201",
         "Производство субстанций для противоопухолевых препаратов",
         cl("фармацевтический"), loc("г. Томск"), st("идёт реализация"),
         dt(2023, 3, 15), qr(4, 2027, "{R} кв. {y} г."),
         m("1240.5"), m("310.0", "nb"), m("95.5"), m("835.0"), 612.3, 85, 40,
         "№ 12-ТВД/22 от 14.11.2022", None],
        ["INO-2202", "ООО «Сибирские радиосистемы»", "7017100202",
         "Серийное производство модулей радиолокационной диагностики",
         cl("медтехника и ИТ"), loc("Томск, пр. Академический"),
         st("реализован, выход на проектную мощность"),
         tx(2021, 6, 1), dt(2024, 6, 30),
         m("486.2"), m("0"), m("48.6", "sp"), m("437.6"), 486.2, 60, 64,
         "№ 03-ТВД/21 от 20.04.2021", None],
        ["INO-2203", "ООО «Ядерные измерительные технологии»", "7017100203",
         "Разработка и выпуск детекторов ионизирующего излучения",
         cl("ядерные технологии"), loc("г.Томск"), st("в стадии реализации"),
         dt(2024, 2, 1), mo(12, 2027),
         m("2150.0", "nb"), m("700.0"), m("150.0"), m("1300.0", "nb"), 844.1, 120, 35,
         "№ 01-ТВД/24 от 22.01.2024",
         "Задержка поставки импортного оборудования (санкционные ограничения)"],
        ["INO-2204", "ООО «Томские цифровые решения»", "7017100204",
         "Платформа телемедицинских консультаций «ТелеДок»",
         cl("ИТ / медицинская техника"), loc("г. Томск"), st("планируется к реализации"),
         tx(2027, 3, 1), yr(2029),
         m("96.4"), m("0"), m("0"), m("96.4"), 0, 45, 0,
         "№ 09-ТВД/26 от 02.09.2026", None],
        ["INO-2205", "ООО «Кедровый продукт»", "7017100205",
         "Линия глубокой переработки кедрового ореха",
         cl("дикоросы"), loc("г. Томск"), st("приостановлен по инициативе резидента"),
         dt(2022, 9, 1), tx(2026, 9, 30),
         m("312.8"), m("0"), m("31.3"), m("281.5"), 120.0, 40, 12,
         "№ 07-ТВД/22 от 15.07.2022", "Резидент пересматривает бизнес-план"],
        ["INO-2206", "ООО «НефтеХимСинтез»", "7017100206",
         "Опытное производство катализаторов гидроочистки",
         cl("нефтехимия"), loc("г. Томск"), st("Проект завершён"),
         tx(2020, 4, 12), hy(2, 2023, "{R} полугодие {y}"),
         m("734.0"), m("220.0"), m("0"), m("514.0"), 734.0, 55, 58,
         "№ 02-ТВД/20 от 30.03.2020", None],
        ["INO-2207", "ООО «Медицинские имплантаты Сибири»", "7017100207",
         "Производство индивидуальных титановых имплантатов",
         cl("Кластер медтехники и ИТ"), loc("г. Томск"), st("статус уточняется"),
         dt(2025, 5, 20), qr(4, 2028, "{R} кв. {y}"),
         m("418.9"), m("0"), m("60.0"), m("358.9"), 37.5, 70, 0,
         "№ 05-ТВД/25 от 12.05.2025", None],
        ["INO-2208", "ООО «ФитоЛаб»", "7017100208",
         "Выпуск фитопрепаратов на основе сырья Томской области",
         cl("фармацевтика"), loc("г. Томск"), st("идёт реализация"),
         tx(2024, 1, 15), qr(3, 2026, "{q} квартал {y}"),
         m("158.7"), m("0"), m("15.9"), m("142.8"), 99.0, 30, 18,
         "№ 01-ТВД/23 от 28.12.2023", None],
    ]),
    ("Площадка «Северная» (г. Томск)", "Итого по площадке «Северная»", [
        ["INO-2209", "ООО «Лазерные системы Т»", "7017100209",
         "Производство волоконных лазеров для обработки металлов",
         cl("—"), loc("г. Томск, пл. «Северная»"), st("реализуется (строительство цеха)"),
         dt(2023, 7, 1), dt(2026, 12, 31),
         m("1025.4", "nb"), m("300.0"), m("0"), m("725.4"), 700.2, 90, 52,
         "№ 06-ТВД/23 от 19.06.2023", None],
        ["INO-2210", "ООО «ИзоМед»", "7017100210",
         "Радиофармпрепараты для ПЭТ-диагностики",
         cl("ядерных технологий"), loc("Томск"), st("планируемый"),
         tx(2027, 7, 1), yr(2030, text=True),
         m("2890.0", "sp"), m("1200.0", "nb"), m("300.0"), m("1390.0"), 0, 110, 0,
         "№ 10-ТВД/26 от 01.10.2026",
         "Не определён источник федерального софинансирования"],
        ["INO-2211", "ООО «СибЛесТех»", "7017100211",
         "Производство клееного бруса из лиственницы",
         cl("лесопромышленный"), loc("г. Томск"), st("реализация приостановлена"),
         dt(2022, 4, 4), hy(1, 2026, "{R} полугодие {y}"),
         m("264.0"), m("0"), m("26.4"), m("237.6"), 58.3, 48, 10,
         "№ 04-ТВД/22 от 01.04.2022", "Отсутствует подъездной путь к площадке"],
        ["INO-2212", "ООО «Керн Аналитика»", "7017100212",
         "Лаборатория анализа керна трудноизвлекаемых запасов",
         cl("ТрИЗ"), loc("г. Томск"), st("завершён"),
         tx(2021, 2, 1), dt(2023, 11, 30),
         m("187.5"), m("50.0"), m("20.0"), m("117.5"), 187.5, 25, 27,
         "№ 01-ТВД/21 от 25.01.2021", None],
        ["INO-2213", "ООО «Умные сети Томска»", "7017100213",
         "Система интеллектуального учёта электроэнергии",
         cl("не относится к кластерам"), loc("Томск"), st("в стадии реализации"),
         dt(2024, 10, 1), mo(6, 2027),
         m("143.2"), m("0"), m("0"), m("143.2"), 51.4, 22, 9,
         "№ 08-ТВД/24 от 23.09.2024", None],
        ["INO-2214", "ООО «Биоактивные добавки Сибири»", "7017100214",
         "Производство пищевых добавок из пантов марала",
         cl("дикоросов"), loc("г. Томск"), st("планируется к реализации"),
         tx(2027, 4, 1), qr(4, 2028, "{R} кв. {y} г."),
         m("77.0"), m("0"), m("7.7"), m("69.3"), 0, 18, 0,
         "№ 11-ТВД/26 от 16.11.2026", None],
    ]),
    ("Участки за пределами г. Томска", "Итого по участкам за пределами г. Томска", [
        ["INO-2215", "ООО «Полимерные композиты»", "7014100215",
         "Производство композитной арматуры",
         cl("нефтехимический"), loc("Томский р-н, д. Кузовлево"), st("идёт реализация"),
         dt(2024, 8, 15), tx(2026, 12, 31),
         m("356.0"), m("0"), m("35.6"), m("320.4"), 290.0, 65, 40,
         "№ 07-ТВД/24 от 05.08.2024", None],
        ["INO-2216", "ООО «Северский изотоп»", "7024100216",
         "Выпуск стабильных изотопов для медицины",
         cl("ядерные технологии"), loc("ЗАТО Северск"), st("реализация завершена"),
         tx(2019, 3, 10), yr(2022),
         m("1510.0", "nb"), m("600.0"), m("110.0"), m("800.0"), 1510.0, 95, 101,
         "№ 02-ТВД/19 от 01.03.2019", None],
        ["INO-2217", "ООО «ЛесХимПром»", "7002100217",
         "Переработка древесной зелени в хвойную пасту",
         cl("лесопромышленный"), loc("Асиновский район"),
         st("приостановлен по инициативе резидента"),
         dt(2023, 5, 5), qr(4, 2027, "{q} кв. {y}"),
         m("92.3"), m("0"), m("9.2"), m("83.1"), 15.0, 20, 3,
         "№ 05-ТВД/23 от 27.04.2023", "Отказ банка в кредитовании"],
        ["INO-2218", "ООО «ГеоТрИЗ»", "7017100218",
         "Опытная установка термохимического воздействия на пласт",
         cl("трудноизвлекаемые запасы"), loc("Томская область (несколько площадок)"),
         st("планируемый"),
         tx(2027, 9, 1), hy(2, 2029, "{R} полугодие {y}"),
         m("3120.0", "nb"), m("900.0"), m("0"), m("2220.0", "nb"), 0, 140, 0,
         "№ 12-ТВД/26 от 10.12.2026", None],
    ]),
]


def make_sez():
    fname = "sez_register.xlsx"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Реестр резидентов"
    ncol = len(SEZ_COLS)
    last = get_column_letter(ncol)
    ws["A1"] = "Акционерное общество «Особая экономическая зона технико-внедренческого типа «Томск»»"
    ws["A2"] = "РЕЕСТР проектов резидентов ОЭЗ ТВТ «Томск», реализуемых в рамках ИНО «Томск»"
    ws["A3"] = "по состоянию на 01.10.2026 г. (в млн. рублей, если не указано иное)"
    for r in (1, 2, 3):
        ws.merge_cells("A%d:%s%d" % (r, last, r))
    ws["A2"].font = BOLD
    # two-level header rows 5-6
    groups = {9: ("Период реализации", 10), 11: ("Объём инвестиций по бизнес-плану", 14),
              16: ("Рабочие места, чел.", 17)}
    c = 1
    while c <= ncol:
        if c in groups:
            top, end = groups[c]
            ws.cell(5, c, top)
            ws.merge_cells(start_row=5, start_column=c, end_row=5, end_column=end)
            for k in range(c, end + 1):
                ws.cell(6, k, SEZ_COLS[k - 1][0].split(" / ")[1])
            c = end + 1
        else:
            ws.cell(5, c, SEZ_COLS[c - 1][0])
            ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
            c += 1
    for row in ws.iter_rows(min_row=5, max_row=6):
        for cell in row:
            cell.alignment = WRAP
            cell.font = BOLD
    for k in range(1, ncol + 1):
        ws.cell(7, k, k)
    r = 8
    n = 0
    records, data_rows, skipped = [], [], {"7": "column numbers"}
    grand = [D(0)] * 7
    sub_rows = []
    for sec_title, sub_title, rows in SEZ_SECTIONS:
        ws.cell(r, 1, sec_title).font = BOLD
        ws.merge_cells("A%d:%s%d" % (r, last, r))
        skipped[str(r)] = "section row"
        r += 1
        sub = [D(0)] * 7
        for row in rows:
            n += 1
            full = [n] + row
            for k, v in enumerate(full, start=1):
                put(ws, r, k, v)
            records.append(record(SEZ_COLS, full, fields_of(SEZ_COLS)))
            data_rows.append(r)
            # columns K..Q (11..17) numeric for subtotals
            for i, k in enumerate(range(11, 18)):
                v = full[k - 1]
                val = C(v) if isinstance(v, V) else D(str(v))
                sub[i] += D(str(val))
            r += 1
        ws.cell(r, 1, sub_title).font = BOLD
        ws.merge_cells("A%d:I%d" % (r, r))
        for i, k in enumerate(range(11, 18)):
            ws.cell(r, k, num(str(sub[i])))
            grand[i] += sub[i]
        skipped[str(r)] = "subtotal"
        sub_rows.append(r)
        r += 1
    ws.cell(r, 1, "ВСЕГО по ОЭЗ ТВТ «Томск»").font = BOLD
    ws.merge_cells("A%d:I%d" % (r, r))
    for i, k in enumerate(range(11, 18)):
        ws.cell(r, k, num(str(grand[i])))
    skipped[str(r)] = "grand total"
    total_row = r
    r += 2
    ws.cell(r, 1, "* ФБ — федеральный бюджет, ОБ — областной бюджет, ВБИ — внебюджетные "
                  "источники (собственные и заёмные средства резидента). Сроки указаны "
                  "по соглашениям об осуществлении технико-внедренческой деятельности.")
    ws.merge_cells("A%d:%s%d" % (r, last, r))
    skipped[str(r)] = "footnote"
    r += 2
    ws.cell(r, 1, "Генеральный директор АО «ОЭЗ ТВТ «Томск»»  ______________  А.В. Сомов")
    ws.merge_cells("A%d:%s%d" % (r, last, r))
    skipped[str(r)] = "signature"
    r += 1
    ws.cell(r, 1, "Исп.: Ершова Н.П., тел. (3822) 00-47-15")
    ws.merge_cells("A%d:%s%d" % (r, last, r))
    skipped[str(r)] = "signature (executor)"
    widths = [6, 12, 30, 13, 45, 20, 24, 26, 12, 14, 12, 12, 12, 14, 14, 11, 9, 24, 40]
    for k, wdt in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(k)].width = wdt
    save_fixed(wb, os.path.join(HERE, fname))
    exp = {
        "file": fname, "refused": False, "fields": fields_of(SEZ_COLS),
        "record_count": len(records), "records": dump_json(records), "rejected": [],
        "columns": [list(x) for x in SEZ_COLS],
        "sheet": "Реестр резидентов",
        "title_rows": [1, 2, 3],
        "header_rows": [5, 6],
        "data_rows": data_rows,
        "skipped_rows": skipped,
        "notes": (
            "Register of SEZ residents' projects. Title rows 1-3 (row 3 says the unit: "
            "'в млн. рублей, если не указано иное', so money is RUB million; the money "
            "headers carry no unit). Two-level merged header rows 5-6; row 7 numbers the "
            "columns 1..19. Three section rows (site names) start the groups; each group ends "
            "with an 'Итого по ...' subtotal; 'ВСЕГО по ОЭЗ' is the grand total; a footnote "
            "and two signature rows follow. None of these are projects. Resident company -> "
            "lead_organization. 'Освоено инвестиций нарастающим итогом' (spent to date), "
            "ИНН, the agreement number and № п/п are not imported. Status 'статус "
            "уточняется' and location 'Томская область (несколько площадок)' are not a "
            "status/place: null. 'не относится к кластерам' and '—' = no cluster. "
            "'Асиновский район' -> Асино, 'Томский р-н, д. Кузовлево' -> Томский район, "
            "'ЗАТО Северск' -> Северск. Periods in 'завершение' mean the last day of the "
            "period (quarter, half-year, month 'декабрь 2027 г.', bare year as number or text)."),
    }
    write_expected(os.path.join(HERE, "sez_register.expected.json"), exp)
    return exp


# ==========================================================================
# (3) update of (1) a quarter later, amounts in тыс. рублей
# ==========================================================================
UPD_COLS = [
    ("Шифр проекта", "code"),
    ("Наименование проекта", "name"),
    ("Стадия реализации", "status"),
    ("Плановый срок завершения", "end_date"),
    ("Объём инвестиций, тыс. рублей / всего", "total_cost_mln"),
    ("Объём инвестиций, тыс. рублей / ФБ", "federal_budget_mln"),
    ("Объём инвестиций, тыс. рублей / ОБ", "regional_budget_mln"),
    ("Объём инвестиций, тыс. рублей / ВБИ", "extra_budgetary_mln"),
    ("Освоено за 2026 год, тыс. рублей", None),
    ("Рабочие места / по соглашению", "jobs_planned"),
    ("Рабочие места / создано на отчётную дату", "jobs_created"),
]

# (row cells, kind, note)  kind: code / name:<difference> / new
UPD_ROWS = [
    (["INO-2201", "Производство субстанций для противоопухолевых препаратов",
      st("идёт реализация"), qr(4, 2027, "{R} кв. {y} г."),
      T("1315500", "nb"), T("310000"), T("95500"), T("910000", "nb"), T("188400"), 85, 52],
     "code", None),
    ([None, "СЕРИЙНОЕ ПРОИЗВОДСТВО МОДУЛЕЙ РАДИОЛОКАЦИОННОЙ ДИАГНОСТИКИ",
      st("реализован, выход на проектную мощность"), dt(2024, 6, 30),
      T("486200"), T("0"), T("48600"), T("437600"), T("0"), 60, 66],
     "name", "upper case"),
    (["INO-2203", "Разработка и выпуск детекторов ионизирующего излучения",
      st("в стадии реализации"), mo(12, 2027),
      T("2150000", "nb"), T("700000"), T("150000"), T("1300000"), T("402500"), 120, 35],
     "code", None),
    (["INO-2205", "Линия глубокой переработки кедрового ореха",
      st("реализация возобновлена"), tx(2026, 9, 30),
      T("312800"), T("0"), T("31300"), T("281500"), T("18000"), 40, 15],
     "code", None),
    (["INO-2219", "Производство биоразлагаемой упаковки из древесных отходов",
      st("планируется к реализации"), yr(2028, text=True),
      T("214600", "sp"), T("0"), T("21500"), T("193100"), T("0"), 38, 0],
     "new", None),
    ([None, "Платформа телемедицинских консультаций \"ТелеДок\"",
      st("планируется к реализации"), yr(2029),
      T("104000"), T("0"), T("0"), T("104000"), T("0"), 45, 0],
     "name", "«» quotes written as \"\""),
    (["INO-2207", "Производство индивидуальных титановых имплантатов",
      st("идёт реализация"), qr(4, 2028, "{R} кв. {y}"),
      T("418900"), T("0"), T("60000"), T("358900"), T("55100"), 70, 6],
     "code", None),
    (["INO-2210", "Радиофармпрепараты для ПЭТ-диагностики",
      st("начата реализация"), qr(4, 2030, "{R} кв. {y}"),
      T("2890000", "nb"), T("1200000"), T("300000"), T("1390000"), T("12000"), 110, 0],
     "code", None),
    ([None, "Система интеллектуального учета электроэнергии",
      st("в стадии реализации"), mo(6, 2027),
      T("143200"), T("0"), T("0"), T("143200"), T("20300"), 22, 14],
     "name", "ё written as е"),
    (["INO-2220", "Центр обработки данных для научных вычислений",
      st("идёт реализация"), hy(2, 2027, "{R} полугодие {y}"),
      T("1870450", "nb"), T("600000"), T("270450"), T("1000000"), T("350000"), 35, 10],
     "new", None),
    (["INO-2214", "Производство пищевых добавок из пантов марала",
      st("планируется к реализации"), hy(2, 2029, "{R} полугодие {y}"),
      T("77000"), T("0"), T("7700"), T("69300"), T("0"), 18, 0],
     "code", None),
    ([None, "Производство  композитной  арматуры ",
      st("идёт реализация"), tx(2026, 12, 31),
      T("356000"), T("0"), T("35600"), T("320400"), T("140000"), 65, 40],
     "name", "double spaces, trailing space"),
    (["INO-2216", "Выпуск стабильных изотопов для медицины",
      st("реализация завершена"), yr(2022),
      T("1510000", "nb"), T("600000"), T("110000"), T("800000"), T("0"), 95, 101],
     "code", None),
    (["INO-2221", "Сервис цифровой диагностики оборудования АЭС",
      st("планируемый"), mo(12, 2028),
      T("64250"), T("0"), T("6425"), T("57825"), T("0"), 14, 0],
     "new", None),
]


def norm_name(s):
    s = s.lower().replace("ё", "е")
    for q in "«»“”„":
        s = s.replace(q, '"')
    return " ".join(s.split())


def make_update(base):
    fname = "sez_register_q4.xlsx"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Реестр на 01.01.2027"
    ncol = len(UPD_COLS)
    last = get_column_letter(ncol)
    ws["A1"] = "АО «ОЭЗ ТВТ «Томск»»"
    ws["A2"] = ("Актуализированный реестр проектов резидентов ОЭЗ ТВТ «Томск» "
                "по состоянию на 01.01.2027 г. (IV квартал 2026 г.)")
    ws.merge_cells("A1:%s1" % last)
    ws.merge_cells("A2:%s2" % last)
    groups = {5: ("Объём инвестиций, тыс. рублей", 8), 10: ("Рабочие места", 11)}
    c = 1
    while c <= ncol:
        if c in groups:
            top, end = groups[c]
            ws.cell(4, c, top)
            ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=end)
            for k in range(c, end + 1):
                ws.cell(5, k, UPD_COLS[k - 1][0].split(" / ")[1])
            c = end + 1
        else:
            ws.cell(4, c, UPD_COLS[c - 1][0])
            ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
            c += 1
    for row in ws.iter_rows(min_row=4, max_row=5):
        for cell in row:
            cell.alignment = WRAP
            cell.font = BOLD
    state = {r["code"]: dict(r) for r in base["_records_dec"]}
    order = [r["code"] for r in base["_records_dec"]]
    upd_fields = [f for _, f in UPD_COLS if f]
    changed, new_codes, matched = set(), [], []
    r = 6
    sums = [D(0)] * 7
    for cells, kind, diff in UPD_ROWS:
        for k, v in enumerate(cells, start=1):
            put(ws, r, k, v)
        vals = {f: C(v) for (_, f), v in zip(UPD_COLS, cells) if f}
        for i, k in enumerate(range(5, 12)):
            v = cells[k - 1]
            sums[i] += D(str(C(v) * 1000 if isinstance(v, V) else v))
        if kind == "code":
            code = vals["code"]
            assert code in state and state[code]["name"] == vals["name"]
        elif kind == "name":
            hits = [c2 for c2 in order if norm_name(state[c2]["name"]) == norm_name(cells[1])]
            assert len(hits) == 1, cells[1]
            code = hits[0]
            assert state[code]["name"] != cells[1]
            matched.append({"code": code, "name_in_file": cells[1], "difference": diff, "row": r})
        else:
            code = vals["code"]
            assert code not in state
            state[code] = {f: None for f in base["fields"]}
            state[code]["code"] = code
            order.append(code)
            new_codes.append(code)
        for f in upd_fields:
            if f == "code":
                continue
            if f == "name" and kind == "name":
                continue               # matched by name keeps its stored name
            if state[code][f] != vals[f] and kind != "new":
                changed.add(code)
            state[code][f] = vals[f]
        r += 1
    last_data = r - 1
    ws.cell(r, 1, "ВСЕГО").font = BOLD
    for i, k in enumerate(range(5, 12)):
        ws.cell(r, k, num(str(sums[i])))
    total_row = r
    r += 2
    ws.cell(r, 1, "Строки без шифра — проекты, по которым шифр в реестре ИНО не присвоен "
                  "на дату представления; идентифицировать по наименованию.")
    ws.merge_cells("A%d:%s%d" % (r, last, r))
    foot_row = r
    r += 2
    ws.cell(r, 1, "Заместитель генерального директора  ______________  Р.Г. Киреев")
    ws.merge_cells("A%d:%s%d" % (r, last, r))
    sign_row = r
    widths = [12, 50, 26, 16, 14, 12, 12, 14, 14, 12, 14]
    for k, wdt in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(k)].width = wdt
    save_fixed(wb, os.path.join(HERE, fname))
    records = [state[c2] for c2 in order]
    exp = {
        "file": fname, "refused": False, "fields": base["fields"],
        "record_count": len(records), "records": dump_json(records), "rejected": [],
        "base_file": base["file"],
        "columns": [list(x) for x in UPD_COLS],
        "header_rows": [4, 5],
        "data_rows": [6, last_data],
        "skipped_rows": {str(total_row): "totals", str(foot_row): "footnote",
                         str(sign_row): "signature"},
        "changed_codes": sorted(changed),
        "new_codes": new_codes,
        "matched_by_name": matched,
        "notes": (
            "Import sez_register.xlsx first, then this file; 'records' is the resulting "
            "state of all projects (base order, then new projects in file order). Same "
            "sender a quarter later, but money is now in thousand roubles ('Объём "
            "инвестиций, тыс. рублей' in the merged parent header; divide by 1,000). Title "
            "rows 1-2, header rows 4-5 (two-level, no column-number row), data rows 6-19, "
            "'ВСЕГО' totals row, a footnote and a signature row. 7 rows carry a known code "
            "(5 change something, INO-2203 and INO-2216 are re-sent unchanged; INO-2210's end "
            "'2030' is now written 'IV кв. 2030' = the same date). 4 rows have an empty code "
            "and are matched by name (upper case; «» written as \"\"; ё written as е; double "
            "and trailing spaces); they keep their stored names; INO-2215 is re-sent "
            "unchanged. 3 rows carry new codes: new projects, whose cluster, location, "
            "start date, lead organisation and problems are null. 'Освоено за 2026 год' is a "
            "one-year slice of spending and is not imported. 'реализация возобновлена' and "
            "'начата реализация' = in_progress."),
    }
    write_expected(os.path.join(HERE, "sez_register_q4.expected.json"), exp)
    return exp


# ==========================================================================
# (2) Фонд содействия инновациям / ФРП: supported projects, тыс. руб.
# ==========================================================================
FUND_COLS = [
    ("№ заявки", None),
    ("Фонд", None),
    ("Программа (конкурс)", None),
    ("Код проекта ИНО", "code"),
    ("Тема (наименование) проекта", "name"),
    ("Получатель поддержки", "lead_organization"),
    ("ИНН получателя", None),
    ("ОКВЭД 2", None),
    ("Кластер ИНО", "cluster"),
    ("Направление ИНО «Томск»", "work_area"),
    ("Муниципальное образование", "location"),
    ("Бюджет проекта, тыс.руб", "total_cost_mln"),
    ("Сумма гранта (займа) по договору, тыс. руб.", "federal_budget_mln"),
    ("Софинансирование из ОБ, тыс. руб.", "regional_budget_mln"),
    ("Собственные средства получателя (тыс. руб.)", "extra_budgetary_mln"),
    ("Выплачено (выдано) Фондом на 01.10.2026, тыс. руб.", None),
    ("Транш 2026 г., тыс.руб", None),
    ("Ставка по займу, % годовых", None),
    ("№ договора", None),
    ("Дата договора", None),
    ("Окончание реализации проекта", "end_date"),
    ("Статус проекта", "status"),
    ("Новые рабочие места (обязательство), ед.", "jobs_planned"),
    ("Куратор от Фонда, телефон", None),
]

FUND_ROWS = [
    ["С1-187204", "ФСИ", "Старт-1", "INO-2231",
     "Разработка биосенсора для экспресс-диагностики сепсиса", "ООО «СепсисТест»",
     "7017200231", "72.19", cl("фармацевтический"), wa("наука и образование"),
     loc("Город Томск"), T("4000"), T("4000"), T("0"), T("0"), 2000, 2000, "—",
     "4000ГС1/87204", dt(2025, 6, 10), mo(6, 2026), st("выполняется"), 3,
     "Михеева О.А., +7 (495) 000-12-34"],
    ["ФРП-ПР-2024-031", "ФРП", "Проекты развития", "INO-2232",
     "Модернизация производства фанеры повышенной влагостойкости",
     "АО «Асиновский деревообрабатывающий комбинат»", "7002200232", "16.21",
     cl("лесопромышленный"), wa("Передовая промышленность"), loc("Асиновский район"),
     T("312500.0", "nb"), T("250000"), T("0"), T("62500"), 250000, 0, 1,
     "ДЗ-31/24", dt(2024, 7, 2), qr(4, 2026, "{R} кв. {y}"),
     st("заём выдан, идёт реализация"), 45, "Гусев П.В., +7 (495) 000-55-01"],
    ["С2-160877", "ФСИ", "Старт-2", "INO-2233",
     "Программный комплекс анализа медицинских изображений", "ООО «ВизиМед»",
     "7017200233", "62.01", cl("медтехники и ИТ"),
     wa("технологические инновации и новые бизнесы"), loc("г. Томск"),
     T("10000"), T("5000"), T("0"), T("5000"), 5000, 0, "—",
     "5000ГС2/60877", dt(2023, 9, 1), tx(2025, 3, 31),
     st("договор исполнен, отчёт принят"), 6, "Михеева О.А., +7 (495) 000-12-34"],
    ["Р-2-145002", "ФСИ", "Развитие-НТИ", "INO-2234",
     "Производство ферментных препаратов для кормопроизводства", "ООО «Энзим Сибири»",
     "7014200234", "21.20", cl("фармацевтики"), wa("передовая промышленность"),
     loc("Томский район"), T("40000", "sp"), T("20000"), T("0"), T("20000"), 12000, 8000,
     "—", "20000ГР/145002", dt(2025, 2, 14), hy(2, 2027, "{R} полугодие {y}"),
     st("исполнение договора приостановлено"), 14, "Ларина Т.С., +7 (495) 000-33-70"],
    ["ФРП-КП-2025-007", "ФРП", "Комплектующие изделия", "INO-2235",
     "Выпуск насосных агрегатов для добычи высоковязкой нефти",
     "ООО «Стрежевской насосный завод»", "7022200235", "28.13",
     cl("трудноизвлекаемых запасов"), wa("Передовая промышленность"),
     loc("городской округ Стрежевой"), T("180000"), T("100000"), T("20000"), T("60000"),
     0, 50000, 3, "—", None, yr(2028), st("договор на подписании"), 38,
     "Гусев П.В., +7 (495) 000-55-01"],
    ["С1-191318", "ФСИ", "Старт-1", "INO-2236",
     "Сублимированные продукты из дикоросов для спортивного питания",
     "ООО «ТаёжнаяСила»", "7007200236", "10.39", cl("дикоросов"),
     wa("Технологические инновации, новые бизнесы"), loc("Колпашевский район"),
     T("4000"), T("4000"), T("0"), T("0"), 4000, 0, "—", "4000ГС1/91318",
     dt(2024, 5, 20), yr(2025, text=True), st("проект завершён"), 2,
     "Михеева О.А., +7 (495) 000-12-34"],
    ["У-20-52211", "ФСИ", "УМНИК", "INO-2237",
     "Алгоритмы предиктивного обслуживания городского транспорта",
     "Лосев Андрей Дмитриевич (физлицо)", None, None, cl("—"), wa("умный город"),
     loc("г. Томск"), T("500"), T("500"), T("0"), T("0"), 500, 0, "—", "500ГУ/52211",
     dt(2022, 12, 1), tx(2024, 11, 30), st("выполнен"), 1,
     "Ларина Т.С., +7 (495) 000-33-70"],
    ["ФРП-ПР-2023-112", "ФРП", "Проекты развития", "INO-2238",
     "Организация производства радиационно стойкой электроники",
     "АО «СевРадЭлектроника»", "7024200238", "26.11", cl("ядерных технологий"),
     wa("передовая промышленность"), loc("ЗАТО Северск"),
     T("1000000.0", "nb"), T("500000.0", "nb"), T("0"), T("500000.0", "nb"), 500000, 0, 1,
     "ДЗ-112/23", dt(2023, 11, 28), qr(4, 2027, "{R} квартал {y} г."),
     st("выполняется"), 120, "Гусев П.В., +7 (495) 000-55-01"],
    ["К-1-120045", "ФСИ", "Коммерциализация", "INO-2239",
     "Производство полимерных добавок для буровых растворов", "ООО «ПолиДрилл»",
     "7014200239", "20.59", cl("нефтехимия"),
     wa("Технологические инновации и новые бизнесы"), loc("Томский р-н"),
     T("35000"), T("15000"), T("5000"), T("15000"), 15000, 0, "—", "15000ГК/120045",
     dt(2024, 3, 11), mo(12, 2026), st("выполняется"), 12,
     "Ларина Т.С., +7 (495) 000-33-70"],
    ["С1-190777", "ФСИ", "Старт-1", "INO-2240",
     "Носимый монитор сердечного ритма для реабилитации", "ООО «КардиоТрек»",
     "7017200240", "26.60", cl("медицинская техника и ИТ"), wa("наука и образование"),
     loc("Город Томск"), T("4000"), T("4000"), T("0"), T("0"), 2400, 1600, "—",
     "4000ГС1/90777", dt(2024, 12, 5), hy(1, 2026, "{R} полугодие {y}"),
     st("договор расторгнут"), 2, "Михеева О.А., +7 (495) 000-12-34"],
    ["ФРП-Л-2024-019", "ФРП", "Лизинговые проекты", "INO-2241",
     "Лазерная резка и гибка металлоконструкций", "ООО «ТомМеталлТех»", "7017200241",
     "25.11", cl("вне кластеров"), wa("передовая промышленность"), loc("г. Томск"),
     T("95000"), T("50000"), T("0"), T("45000"), 50000, 0, 3, "ДЗ-19/24",
     dt(2024, 4, 18), tx(2025, 12, 31), st("заём выдан, идёт реализация"), 20,
     "Гусев П.В., +7 (495) 000-55-01"],
    ["С2-171500", "ФСИ", "Старт-2", "INO-2242",
     "Экстракты чаги для функционального питания", "ООО «ЧагаПро»", "7002200242",
     "10.89", cl("дикоросы"), wa("технологические инновации, новые бизнесы"),
     loc("Асино"), T("8000"), T("5000"), T("0"), T("3000"), 5000, 0, "—",
     "5000ГС2/71500", dt(2024, 2, 1), qr(4, 2025, "{R} кв. {y}"),
     st("отчёт принят, проект завершён"), 4, "Ларина Т.С., +7 (495) 000-33-70"],
    ["Р-1-150330", "ФСИ", "Развитие-Цифровые технологии", "INO-2243",
     "Цифровая платформа мониторинга лесных пожаров", "ООО «ЛесМонитор»",
     "7017200243", "62.01", cl("лесопромышленный"), wa("наука и образование"),
     loc("Томская область"), T("30000"), T("15000"), T("0"), T("15000"), 7500, 7500,
     "—", "15000ГР/150330", dt(2025, 8, 20), yr(2027), st("выполняется"), 10,
     "Михеева О.А., +7 (495) 000-12-34"],
    ["ФРП-ПР-2026-004", "ФРП", "Проекты развития", "INO-2244",
     "Производство импортозамещающих фармсубстанций", "АО «ТомскФармСинтез»",
     "7014200244", "21.10", cl("фармацевтический"), wa("Передовая промышленность"),
     loc("Томский район"), T("620000", "sp"), T("400000"), T("20000"), T("200000"), 0,
     200000, 1, "—", None, hy(2, 2029, "{R} полугодие {y}"),
     st("одобрен экспертным советом, договор не заключён"), 85,
     "Гусев П.В., +7 (495) 000-55-01"],
    ["С1-193002", "ФСИ", "Старт-1", "INO-2245",
     "Сервис онлайн-регистрации МСП в едином окне", "ООО «БизнесОкно»", "7017200245",
     "63.11", cl("—"), wa("деловая среда"), loc("г. Томск"),
     T("4000"), T("4000"), T("0"), T("0"), 0, 2000, "—", "—", None, mo(3, 2027),
     st("договор на подписании"), 3, "Ларина Т.С., +7 (495) 000-33-70"],
    ["К-2-131415", "ФСИ", "Коммерциализация", "INO-2246",
     "Малосерийный выпуск дозиметров для населения", "ООО «ДозКонтроль»",
     "7024200246", "26.51", cl("ядерные технологии"), wa("передовая промышленность"),
     loc("ЗАТО Северск"), T("45500"), T("20000"), T("5500"), T("20000"), 20000, 0, "—",
     "20000ГК/131415", dt(2023, 10, 2), tx(2025, 9, 30), st("проект завершён"), 9,
     "Михеева О.А., +7 (495) 000-12-34"],
]


def make_fund():
    fname = "fund_support.xlsx"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Поддержка ФСИ и ФРП"
    ncol = len(FUND_COLS)
    last = get_column_letter(ncol)
    ws["A1"] = ("Перечень проектов ИНО «Томск», получивших поддержку Фонда содействия "
                "инновациям (ФСИ) и Фонда развития промышленности (ФРП)")
    ws["A2"] = "Томская область, договоры 2022–2026 гг."
    ws.merge_cells("A1:%s1" % last)
    ws.merge_cells("A2:%s2" % last)
    for k, (h, _) in enumerate(FUND_COLS, start=1):
        cell = ws.cell(3, k, h)
        cell.alignment = WRAP
        cell.font = BOLD
    records = []
    r = 4
    sums = {k: D(0) for k in range(12, 18)}
    for row in FUND_ROWS:
        assert len(row) == ncol
        for k, v in enumerate(row, start=1):
            put(ws, r, k, v)
        for k in sums:
            v = row[k - 1]
            sums[k] += (C(v) * 1000) if isinstance(v, V) else D(str(v))
        records.append(record(FUND_COLS, row, fields_of(FUND_COLS)))
        r += 1
    last_data = r - 1
    ws.cell(r, 1, "Итого по перечню:").font = BOLD
    ws.merge_cells("A%d:K%d" % (r, r))
    for k, s in sums.items():
        ws.cell(r, k, num(str(s)))
    total_row = r
    r += 2
    ws.cell(r, 1, "Источник: данные ФСИ и ФРП; суммы — в тыс. рублей. Займы ФРП — "
                  "льготные займы под 1–3 % годовых.")
    ws.merge_cells("A%d:%s%d" % (r, last, r))
    foot = r
    for k in range(1, ncol + 1):
        ws.column_dimensions[get_column_letter(k)].width = 16
    ws.column_dimensions["E"].width = 48
    save_fixed(wb, os.path.join(HERE, fname))
    exp = {
        "file": fname, "refused": False, "fields": fields_of(FUND_COLS),
        "record_count": len(records), "records": dump_json(records), "rejected": [],
        "columns": [list(x) for x in FUND_COLS],
        "title_rows": [1, 2],
        "header_row": 3,
        "data_rows": [4, last_data],
        "skipped_rows": {str(total_row): "totals", str(foot): "footnote"},
        "notes": (
            "Fund-support list, one header row (row 3), data rows 4-19, 'Итого по перечню:' "
            "totals row, a source footnote. All money is in thousand roubles ('тыс.руб', "
            "'тыс. руб.', '(тыс. руб.)' in each header) and is given here in RUB million. "
            "The programme code is 'Код проекта ИНО'; the application number '№ заявки' and "
            "the contract number are not codes. The fund's grant or loan under the contract "
            "(ФСИ grants and ФРП loans are both federal development-institution money) -> "
            "federal_budget_mln; 'Выплачено (выдано) ... на 01.10.2026' (paid to date), "
            "'Транш 2026 г.' (one-year slice), the loan rate, the contract date, ИНН, ОКВЭД "
            "and the curator's phone are not imported. There is no start-date column; the "
            "contract date is not the project start. 'договор на подписании' and "
            "'одобрен экспертным советом, договор не заключён' = planned; 'договор "
            "расторгнут' is none of the four statuses: null. 'Томская область' is not one "
            "place: null. Municipal districts map to their centres (Асиновский район -> "
            "Асино, Колпашевский район -> Колпашево)."),
    }
    write_expected(os.path.join(HERE, "fund_support.expected.json"), exp)
    return exp


# ==========================================================================
# (4) Департамент финансов: budget-centric sheet, unit row under header
# ==========================================================================
FIN_COLS = [
    ("1. КОД\nПРОЕКТА", "code"),
    ("2. КБК", None),
    ("3. Наименование", "name"),
    ("4. ГРБС", None),
    ("5. НАПРАВЛЕНИЕ\nИНО", "work_area"),
    ("6. СТАТУС\nПРОЕКТА", "status"),
    ("7. ОБЩАЯ\nСТОИМОСТЬ", "total_cost_mln"),
    ("8. ФБ", "federal_budget_mln"),
    ("9. ОБ\n(бюджетные ассигнования)", "regional_budget_mln"),
    ("10. МБ", None),
    ("11. ВБИ", "extra_budgetary_mln"),
    ("12. ЛИМИТЫ БО\nНА 2026 ГОД", None),
    ("13. КАССОВОЕ\nИСПОЛНЕНИЕ\nНА 01.10.2026", None),
    ("14. % КАССОВОГО\nИСПОЛНЕНИЯ", None),
    ("15. СРОК\nЗАВЕРШЕНИЯ", "end_date"),
]

DP = "Департамент промышленности и энергетики"
DN = "Департамент по науке и высшему образованию"
DE = "Департамент экономики"
DC = "Департамент информационной политики и цифровизации"
FIN_ROWS = [
    ["INO-2251", "807 0412 1520140010 244",
     "Создание инжинирингового центра аддитивных технологий", DP,
     wa("ПЕРЕДОВАЯ ПРОМЫШЛЕННОСТЬ"), st("ИДЁТ РЕАЛИЗАЦИЯ"),
     m("640.0"), m("300.0"), m("120.0"), 20.0, m("200.0"), 45.0, 30.2, 67.1, yr(2027)],
    ["INO-2252", "812 0706 1610240020 464",
     "Строительство межвузовского кампуса (2-я очередь)", DN,
     wa("НАУКА И ОБРАЗОВАНИЕ"), st("ПЛАНИРУЕТСЯ К РЕАЛИЗАЦИИ"),
     m("15400.0", "nb"), m("9800.0", "nb"), m("2600.0", "nb"), 0, m("3000.0", "nb"),
     1200.0, 0, 0, yr(2029, text=True)],
    ["INO-2253", "815 0410 1730340030 244",
     "Модернизация системы управления дорожным движением", DC,
     wa("УМНЫЙ ГОРОД"), st("РЕАЛИЗАЦИЯ ЗАВЕРШЕНА"),
     m("412.5"), m("200.0"), m("150.0"), 62.5, m("0"), 0, 0, "—",
     qr(4, 2025, "{R} квартал {y}")],
    ["INO-2254", "808 0412 1540440040 632",
     "Региональный центр поддержки экспорта высокотехнологичной продукции", DE,
     wa("ДЕЛОВАЯ СРЕДА"), st("ИДЁТ РЕАЛИЗАЦИЯ"),
     m("58.3"), m("0"), m("58.3"), 0, m("0"), 12.0, 9.1, 75.8,
     qr(4, 2026, "{q} кв. {y} г.")],
    ["INO-2255", "808 0411 1540540050 811",
     "Субсидирование НИОКР малых инновационных предприятий", DE,
     wa("ТЕХНОЛОГИЧЕСКИЕ ИННОВАЦИИ, НОВЫЕ БИЗНЕСЫ"), st("ИДЁТ РЕАЛИЗАЦИЯ"),
     m("250.0"), m("0"), m("150.0"), 0, m("100.0"), 50.0, 22.5, 45.0, yr(2028)],
    ["INO-2256", "807 0412 1520640060 464",
     "Создание технопарка в сфере высоких технологий в ЗАТО Северск", DP,
     wa("ПЕРЕДОВАЯ ПРОМЫШЛЕННОСТЬ"), st("РЕАЛИЗАЦИЯ ПРИОСТАНОВЛЕНА"),
     m("1830.0", "nb"), m("1000.0", "nb"), m("330.0"), 0, m("500.0"), 0, 0, "—",
     hy(2, 2028, "{R} полугодие {y}")],
    ["INO-2257", "815 0410 1730740070 242",
     "Цифровая платформа «Открытый регион»", DC,
     wa("УМНЫЙ И УДОБНЫЙ ГОРОД"), st("ВЫПОЛНЕН"),
     m("96.0"), m("0"), m("86.0"), 10.0, m("0"), 0, 0, 100, dt(2024, 12, 20)],
    ["INO-2258", "812 0110 1610840080 612",
     "Центр коллективного пользования «Биомедицинские технологии»", DN,
     wa("НАУКА И ОБРАЗОВАНИЕ"), st("ИДЁТ РЕАЛИЗАЦИЯ"),
     m("720.4"), m("500.0"), m("120.4"), 0, m("100.0"), 80.0, 60.0, 75.0,
     tx(2026, 12, 31)],
    ["INO-2259", "812 0709 1610940090 612",
     "Грантовая поддержка студенческих технологических стартапов", DN,
     wa("ТЕХНОЛОГИЧЕСКИЕ ИННОВАЦИИ, НОВЫЕ БИЗНЕСЫ"), st("ПЛАНИРУЕТСЯ К РЕАЛИЗАЦИИ"),
     m("30.0"), m("0"), m("30.0"), 0, m("0"), 10.0, 0, 0, yr(2027, text=True)],
    ["INO-2260", "808 0412 1541040100 464",
     "Строительство инженерной инфраструктуры индустриального парка «Томск-Восток»", DE,
     wa("ДЕЛОВАЯ СРЕДА"), st("ИДЁТ РЕАЛИЗАЦИЯ"),
     m("2345.6", "nb"), m("1200.0", "sp"), m("645.6"), 100.0, m("400.0"), 300.0, 210.0,
     70.0, qr(4, 2027, "{R} кв. {y}")],
    ["INO-2261", "812 0709 1611140110 612",
     "Софинансирование проекта «Школа инженеров будущего»", DN,
     wa("НАУКА И ОБРАЗОВАНИЕ"), st("НА СОГЛАСОВАНИИ"),
     m("64.8"), m("0"), m("44.8"), 20.0, m("0"), 0, 0, "—", yr(2026)],
    ["INO-2262", "808 0412 1541240120 811",
     "Развитие сети коворкингов в муниципальных образованиях", DE,
     wa("ДЕЛОВАЯ СРЕДА"), st("РЕАЛИЗАЦИЯ ЗАВЕРШЕНА"),
     m("18.9"), m("0"), m("12.9"), 6.0, m("0"), 0, 0, 100,
     qr(1, 2025, "{R} квартал {y}")],
    ["INO-2263", "815 0314 1731340130 244",
     "Создание системы «Безопасный город» в г. Стрежевом", DC,
     wa("УМНЫЙ ГОРОД"), st("ИДЁТ РЕАЛИЗАЦИЯ"),
     m("132.0"), m("0"), m("82.0"), 50.0, m("0"), 40.0, 33.0, 82.5,
     qr(3, 2026, "{q} кв. {y}")],
    ["INO-2264", "807 0412 1521440140 811",
     "Модернизация опытного производства катализаторов", DP,
     wa("ПЕРЕДОВАЯ ПРОМЫШЛЕННОСТЬ"), st("ПЛАНИРУЕТСЯ К РЕАЛИЗАЦИИ"),
     m("505.0"), m("0"), m("50.0"), 0, m("455.0"), 0, 0, "—", yr(2029)],
    ["INO-2265", "808 0412 1541540150 632",
     "Центр технологического предпринимательства «Старт-Хаб»", DE,
     wa("ТЕХНОЛОГИЧЕСКИЕ ИННОВАЦИИ, НОВЫЕ БИЗНЕСЫ"), st("РЕАЛИЗАЦИЯ ЗАВЕРШЕНА"),
     m("27.5"), m("10.0"), m("17.5"), 0, m("0"), 0, 0, 100, mo(12, 2024)],
]


def make_fin():
    fname = "findep_budget.xlsx"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "ИНО_бюджет"
    ncol = len(FIN_COLS)
    last = get_column_letter(ncol)
    ws["A1"] = "ДЕПАРТАМЕНТ ФИНАНСОВ ТОМСКОЙ ОБЛАСТИ"
    ws["A2"] = ("Сведения о бюджетных ассигнованиях на реализацию проектов ИНО «Томск» "
                "(период реализации 2024–2029 гг.)")
    ws.merge_cells("A1:%s1" % last)
    ws.merge_cells("A2:%s2" % last)
    for k, (h, _) in enumerate(FIN_COLS, start=1):
        cell = ws.cell(4, k, h)
        cell.alignment = WRAP
        cell.font = BOLD
    ws.row_dimensions[4].height = 48
    for k in range(7, 14):
        ws.cell(5, k, "млн руб.").alignment = WRAP
    ws.cell(5, 14, "%").alignment = WRAP
    r = 6
    records = []
    sums = {k: D(0) for k in range(7, 14)}
    for row in FIN_ROWS:
        assert len(row) == ncol
        # total = ФБ + ОБ + МБ + ВБИ
        assert C(row[6]) == C(row[7]) + C(row[8]) + D(str(row[9])) + C(row[10]), row[0]
        for k, v in enumerate(row, start=1):
            put(ws, r, k, v)
        for k in sums:
            v = row[k - 1]
            sums[k] += C(v) if isinstance(v, V) else D(str(v))
        records.append(record(FIN_COLS, row, fields_of(FIN_COLS)))
        r += 1
    last_data = r - 1
    ws.cell(r, 1, "ИТОГО").font = BOLD
    ws.merge_cells("A%d:F%d" % (r, r))
    for k, s in sums.items():
        ws.cell(r, k, num(str(s)))
    total_row = r
    r += 2
    ws.cell(r, 1, "Примечание: ФБ — федеральный бюджет; ОБ — областной бюджет; МБ — "
                  "местные бюджеты; ВБИ — внебюджетные источники; БО — бюджетные "
                  "обязательства; ГРБС — главный распорядитель бюджетных средств.")
    ws.merge_cells("A%d:%s%d" % (r, last, r))
    foot = r
    widths = [12, 26, 50, 30, 22, 22, 12, 10, 14, 8, 10, 12, 14, 12, 14]
    for k, wdt in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(k)].width = wdt
    save_fixed(wb, os.path.join(HERE, fname))
    exp = {
        "file": fname, "refused": False, "fields": fields_of(FIN_COLS),
        "record_count": len(records), "records": dump_json(records), "rejected": [],
        "columns": [list(x) for x in FIN_COLS],
        "title_rows": [1, 2],
        "header_row": 4,
        "unit_row": 5,
        "data_rows": [6, last_data],
        "skipped_rows": {"5": "unit row ('млн руб.' under the money columns)",
                         str(total_row): "totals", str(foot): "footnote"},
        "notes": (
            "Finance-department sheet. Title rows 1-2; header row 4 in ALL CAPS with line "
            "breaks inside the cells and numbered '1. ', '2. ', ... ('3. Наименование' is "
            "the name); row 5 holds only the unit ('млн руб.', '%') under the header and is "
            "not data. Money is RUB million. ФБ -> federal, 'ОБ (бюджетные ассигнования)' -> "
            "regional, ВБИ -> extra-budgetary. МБ (municipal budgets) has no canonical field "
            "and is not imported, so the total can exceed ФБ+ОБ+ВБИ. КБК, ГРБС, 'ЛИМИТЫ БО "
            "НА 2026 ГОД' (one-year limit), 'КАССОВОЕ ИСПОЛНЕНИЕ' (spent to date) and "
            "'% КАССОВОГО ИСПОЛНЕНИЯ' are not imported. 'НА СОГЛАСОВАНИИ' is not a project "
            "status (it is the budget approval stage): null. 'ВЫПОЛНЕН' = completed. "
            "'УМНЫЙ ГОРОД' = smart_city. End dates: bare years (numbers and text), quarters, "
            "a half-year, a month, a dd.mm.yyyy text and one real date."),
    }
    write_expected(os.path.join(HERE, "findep_budget.expected.json"), exp)
    return exp


# ==========================================================================
# (5) CSV from an «Электронный бюджет»-style system: UTF-8 BOM, ',', dots, ISO
# ==========================================================================
EB_COLS = [
    ("id", None),
    ("project_code", "code"),
    ("Наименование проекта", "name"),
    ("klaster", "cluster"),
    ("napravlenie", "work_area"),
    ("municipalitet", "location"),
    ("status_name", "status"),
    ("data_nachala", "start_date"),
    ("data_okonchaniya", "end_date"),
    ("Стоимость всего, млн руб.", "total_cost_mln"),
    ("fb_mln_rub", "federal_budget_mln"),
    ("Объём ОБ, млн ₽", "regional_budget_mln"),
    ("vnebudzhet_mln_rub", "extra_budgetary_mln"),
    ("vnebudzhet_podtv_mln_rub", "extra_budgetary_confirmed_mln"),
    ("jobs_plan", "jobs_planned"),
    ("jobs_fact", "jobs_created"),
    ("otvetstvennaya_organizaciya", "lead_organization"),
    ("inn", None),
    ("kurator_phone", None),
    ("created_at", None),
    ("problemy", "problems"),
]


def dm(s):
    return m(s, "dot")


def J(n):
    return V(str(n), n)


E = V("", None)
EB_ROWS = [
    ["100481", "INO-2271", "Производство трековых мембран, ионных фильтров",
     cl("Ядерные технологии"), wa("Промышленность"), loc("ЗАТО Северск"), st("в реализации"),
     isot(2024, 4, 1), isot(2027, 12, 31), dm("820.5"), dm("300.0"), dm("70.5"), dm("450.0"),
     dm("300.0"), J(60), J(22), "АО \"Северские мембраны\"", "7024300271",
     "+7 (3823) 00-11-22", "2026-09-30T10:15:00", E],
    ["100482", "INO-2272", "Разработка «зелёного» метанола из попутного нефтяного газа",
     cl("Нефтехимия"), wa("Новые бизнесы и технологические инновации"),
     loc("Томский муниципальный район"), st("планируемый к реализации"),
     isot(2027, 1, 15), isot(2030, 6, 30), dm("4150.0"), dm("1000.0"), dm("150.0"),
     dm("3000.0"), E, J(210), J(0), "ООО \"ТомскМетанолТех\"", "7014300272",
     "+7 (3822) 00-90-14", "2026-09-30T10:15:02",
     "Требуется включение в схему газоснабжения, уточнение ТЭО"],
    ["100483", "INO-2273", "Завод древесных плит OSB, 2-я линия",
     cl("лесопромышленный комплекс"), wa("Промышленность"),
     loc("Асиновский муниципальный район"), st("в реализации"),
     isot(2023, 6, 1), isot(2026, 12, 31), dm("5600.0"), dm("0.0"), dm("200.0"),
     dm("5400.0"), dm("5100.0"), J(180), J(150), "ООО \"Асиновские плиты\"", "7002300273",
     "+7 (38241) 0-00-73", "2026-09-30T10:15:03", E],
    ["100484", "INO-2274", "Производство ветеринарных вакцин",
     cl("Фармацевтика"), wa("Промышленность"), loc("Городской округ Томск"),
     st("завершён (введён в эксплуатацию)"), isot(2020, 2, 10), isot(2024, 10, 31),
     dm("990.0"), dm("250.0"), dm("40.0"), dm("700.0"), dm("700.0"), J(75), J(78),
     "АО \"ВетБиоТом\"", "7017300274", "+7 (3822) 00-31-74", "2026-09-30T10:15:04", E],
    ["100485", "INO-2275", "Цифровой двойник городской теплосети",
     cl(""), wa("Городская среда (умный город)"), loc("Городской округ Томск"),
     st("в реализации"), isot(2025, 3, 1), isot(2026, 11, 30), dm("210.0"), dm("0.0"),
     dm("105.0"), dm("105.0"), dm("60.0"), J(15), J(6), "ООО \"ТеплоЦифра\"",
     "7017300275", "+7 (3822) 00-18-05", "2026-09-30T10:15:05",
     "Нет доступа к данным ресурсоснабжающей организации; согласование с "
     "\"Томскими тепловыми сетями\" затянуто"],
    ["100486", "INO-2276", "Переработка брусники и клюквы, сублимация",
     cl("Дикоросы"), wa("Промышленность"), loc("Колпашевский р-н"),
     st("приостановлена реализация"), isot(2022, 8, 1), isot(2025, 8, 31), dm("145.6"),
     dm("0.0"), dm("14.6"), dm("131.0"), dm("40.0"), J(35), J(12),
     "ООО \"Нарымские ягоды\"", "7007300276", "+7 (38254) 0-12-76",
     "2026-09-30T10:15:06", "Недостаток сырья, неурожай 2024 г."],
    ["100487", "INO-2277", "Полигон испытаний технологий добычи баженовской нефти",
     cl("ТрИЗ"), wa("Наука, образование"), loc("Стрежевой"), st("в реализации"),
     isot(2024, 9, 1), isot(2028, 12, 31), dm("7300.0"), dm("2000.0"), dm("300.0"),
     dm("5000.0"), dm("1500.0"), J(260), J(40), "ООО \"БаженТест\"", "7022300277",
     "+7 (38259) 0-77-01", "2026-09-30T10:15:07", E],
    ["100488", "INO-2278", "Бизнес-инкубатор для ИТ-стартапов, г. Томск",
     cl("МедТех и ИТ"), wa("Деловая среда"), loc("Городской округ Томск"),
     st("завершён (введён в эксплуатацию)"), isot(2021, 1, 20), isot(2023, 12, 15),
     dm("64.2"), dm("20.0"), dm("44.2"), dm("0.0"), dm("0.0"), J(12), J(14),
     "ОГАУ \"Томский инкубатор\"", "7017300278", "+7 (3822) 00-42-78",
     "2026-09-30T10:15:08", E],
    ["100489", "INO-2279", "Производство диагностических тест-систем",
     cl("Фармацевтика"), wa("Новые бизнесы и технологические инновации"),
     loc("Городской округ Томск"), st("в реализации"), isot(2025, 5, 12), E,
     dm("118.3"), dm("0.0"), dm("18.3"), dm("100.0"), dm("100.0"), J(28), J(10),
     "ООО \"ТестДиаг\"", "7017300279", "+7 (3822) 00-51-79", "2026-09-30T10:15:09", E],
    ["100490", "INO-2280", "Центр ядерной медицины, 2-я очередь",
     cl("Ядерные технологии"), wa("Наука, образование"), loc("Томск, Северск"),
     st("планируемый к реализации"), isot(2026, 10, 1), isot(2029, 12, 31),
     dm("3400.0"), dm("1800.0"), dm("600.0"), dm("1000.0"), dm("0.0"), J(90), J(0),
     "ФГБУ \"НИИ ядерной медицины\" (вымышл.)", "7017300280", "+7 (3822) 00-60-80",
     "2026-09-30T10:15:10", "Не утверждена проектная документация"],
    ["100491", "INO-2281", "Малотоннажная химия: присадки к моторному топливу",
     cl("Нефтехимия"), wa("Промышленность"), loc("Томский муниципальный район"),
     st("в реализации"), isot(2024, 2, 1), isot(2026, 12, 31), dm("402.7"), dm("0.0"),
     dm("40.3"), dm("362.4"), dm("362.4"), J(32), J(25), "ООО \"ПрисадкаХим\"",
     "7014300281", "+7 (3822) 00-70-81", "2026-09-30T10:15:11", E],
    ["100492", "INO-2282", "Роботизированный склад лекарственных средств",
     cl("МедТех и ИТ"), wa("Новые бизнесы и технологические инновации"),
     loc("Городской округ Томск"), st("планируемый к реализации"), isot(2027, 3, 1),
     isot(2028, 9, 30), dm("88.8"), dm("0.0"), dm("0.0"), dm("88.8"), E, J(20), J(0),
     "ООО \"ФармЛогистик\"", "7017300282", "+7 (3822) 00-82-82", "2026-09-30T10:15:12", E],
    ["100493", "INO-2283", "Геномная селекция соболя и лисицы",
     cl("Дикоросы"), wa("Наука, образование"), loc("Томский муниципальный район"),
     st("завершён (введён в эксплуатацию)"), isot(2019, 3, 1), isot(2022, 12, 31),
     dm("52.0"), dm("26.0"), dm("6.0"), dm("20.0"), dm("20.0"), J(8), J(8),
     "ООО \"СибЗвероГен\"", "7014300283", "+7 (3822) 00-93-83", "2026-09-30T10:15:13", E],
    ["100494", "INO-2284", "Сервис «Инвестор-онлайн»",
     cl(""), wa("Деловая среда"), loc("Городской округ Томск"), E, isot(2025, 11, 1),
     isot(2026, 6, 30), dm("12.5"), dm("0.0"), dm("12.5"), dm("0.0"), E, J(3), E,
     "АНО \"Центр инвестиций ТО\" (вымышл.)", "7017300284", "+7 (3822) 00-04-84",
     "2026-09-30T10:15:14", E],
]


def make_csv():
    fname = "eb_export.csv"
    path = os.path.join(HERE, fname)
    records = []
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=",", quotechar='"', quoting=csv.QUOTE_MINIMAL,
                       lineterminator="\r\n")
        w.writerow([h for h, _ in EB_COLS])
        for row in EB_ROWS:
            assert len(row) == len(EB_COLS)
            out = []
            for v in row:
                x = W(v)
                out.append("" if x is None else str(x))
            w.writerow(out)
            records.append(record(EB_COLS, row, fields_of(EB_COLS)))
    exp = {
        "file": fname, "refused": False, "fields": fields_of(EB_COLS),
        "record_count": len(records), "records": dump_json(records), "rejected": [],
        "columns": [list(x) for x in EB_COLS],
        "encoding": "utf-8-sig (UTF-8 with byte-order mark)",
        "delimiter": ",",
        "decimal": ".",
        "line_end": "CRLF",
        "header_line": 1,
        "data_lines": [2, 1 + len(records)],
        "notes": (
            "CSV export of an 'Электронный бюджет'-style system: UTF-8 with BOM, comma "
            "separator, CRLF, fields with ',' or '\"' quoted (inner quotes doubled). Column "
            "names are transliterated snake_case mixed with Russian ('Наименование проекта', "
            "'Стоимость всего, млн руб.', 'Объём ОБ, млн ₽'). Numbers use a dot decimal "
            "('820.5'); money is RUB million (mln in every money header). Dates are ISO "
            "'YYYY-MM-DD'. 'id' (database id), 'inn', 'kurator_phone' (curator's phone) and "
            "'created_at' (record timestamp, an ISO date-time) are not imported. Empty field "
            "= null (INO-2272/INO-2282/INO-2284 confirmed extra-budgetary, INO-2279 end date, "
            "INO-2284 status and jobs_fact). 'Томск, Северск' names two places: null. "
            "Municipal names map to places: 'Городской округ Томск' -> Томск, 'Томский "
            "муниципальный район' -> Томский район, 'Асиновский муниципальный район' -> "
            "Асино, 'Колпашевский р-н' -> Колпашево. 'row' numbers are line numbers."),
    }
    write_expected(os.path.join(HERE, "eb_export.expected.json"), exp)
    return exp


# ==========================================================================
# (6) technopark workbook with bad rows
# ==========================================================================
TP_COLS = [
    ("№", None),
    ("Код ИНО", "code"),
    ("Проект", "name"),
    ("Кластер", "cluster"),
    ("Размещение", "location"),
    ("Состояние", "status"),
    ("Начало работ", "start_date"),
    ("Ввод в эксплуатацию", "end_date"),
    ("Стоимость (млн ₽)", "total_cost_mln"),
    ("Фед. средства (млн ₽)", "federal_budget_mln"),
    ("Обл. средства (млн ₽)", "regional_budget_mln"),
    ("Частные инвестиции (млн ₽)", "extra_budgetary_mln"),
    ("Готовность, %", None),
    ("Рабочие места, план", "jobs_planned"),
    ("ID в CRM", None),
    ("Резидент", "lead_organization"),
    ("Комментарий / проблемы", "problems"),
]

LONG_NAME = ("Создание и последующее развитие на территории технопарка комплексного "
             "производственно-технологического участка по выпуску, испытаниям, "
             "сертификации и сервисному обслуживанию ") * 5
LONG_NAME = LONG_NAME.strip()
HYPER = ('=HYPERLINK("https://docs.example.ru/technopark/2298";'
         '"Письмо резидента о переносе сроков")')

# (cells B..Q, reject) reject = (reason, column letter) or None; None row = blank
TP_ROWS = [
    (["INO-2291", "Производство электроники для беспилотных систем", cl("ИТ и медтехника"),
      loc("г. Томск"), st("работы ведутся"), dt(2024, 2, 1), qr(4, 2026, "{R} кв. {y}"),
      m("210.0"), m("0"), m("21.0"), m("189.0"), 64, 40, "crm-00417", "ООО «ДронТех»",
      None], None),
    (["INO-2292", "Опытное производство лекарственных форм пролонгированного действия",
      cl("фармацевтический"), loc("Томск"), st("подготовительный этап"),
      tx(2026, 12, 1), yr(2028, text=True), m("156.0", "sp"), m("50.0"), m("16.0"),
      m("90.0"), 0, 25, "crm-00422", "ООО «ПролонгФарм»", None], None),
    (["INO-2293", "Участок механообработки деталей нефтехимического оборудования",
      cl("нефтехимический"), loc("Томский р-н"), st("работы ведутся"), dt(2025, 3, 3),
      tx(2026, 12, 31), "ориентировочно 300", m("0"), m("30.0"), m("270.0"), 10, 22,
      "crm-00430", "ООО «МехОбработка»", None],
     ("not a number: 'ориентировочно 300'", "I")),
    (["INO-2294", "Лаборатория неразрушающего контроля", cl("ядерный"),
      loc("ЗАТО Северск"), st("работы ведутся"), dt(2025, 1, 15), mo(12, 2026),
      m("48.0"), m("0"), m("8.0"), m("40.0"), 55, 12, "crm-00433",
      "ООО «Контроль-Атом»", None], None),
    (["INO-2295", "Производство литий-ионных аккумуляторных сборок", cl("—"),
      loc("г. Томск"), st("запланирован"), tx(2026, 9, 1), tx(2025, 6, 30),
      m("88.0"), m("0"), m("8.8"), m("79.2"), 0, 30, "crm-00441", "ООО «АккуСиб»", None],
     ("end date before start date", "H")),
    None,   # blank row (one cell holds a single space)
    (["INO-2296", "Производство пеллет из отходов деревообработки", cl("лесопром"),
      loc("Асиновский р-н"), st("работы завершены"), dt(2022, 5, 1), dt(2024, 4, 30),
      m("74.5"), m("0"), m("7.5"), m("67.0"), 100, 18, "crm-00302", "ООО «ЭкоПеллет»",
      None], None),
    (["INO-2297", "Студия разработки компьютерных игр", "Кластер креативных индустрий",
      loc("г. Томск"), st("работы ведутся"), dt(2025, 2, 1), tx(2026, 6, 30), m("12.0"),
      m("0"), m("2.0"), m("10.0"), 50, 15, "crm-00450", "ООО «ГеймЛаб»", None],
     ("unknown cluster 'Кластер креативных индустрий'", "D")),
    (["INO-2298", "Сборка медицинских кроватей с электроприводом", cl("медтехника"),
      loc("г. Томск"), st("работы приостановлены"), dt(2023, 3, 1),
      hy(2, 2026, "{R} полугодие {y}"), m("33.3"), m("0"), m("3.3"), m("30.0"), 40, 15,
      "crm-00377", "ООО «МедКровать»", HYPER], None),
    (["INO-2299", LONG_NAME, cl("ядерный"), loc("ЗАТО Северск"), st("запланирован"),
      tx(2027, 1, 10), yr(2029), m("540.0"), m("200.0"), m("40.0"), m("300.0"), 0, 60,
      "crm-00455", "ООО «СевТехКомплекс»", None],
     ("name too long (%d characters, limit 500)" % len(LONG_NAME), "C")),
    (["INO-2300", "Производство питьевой воды с кедровым экстрактом", cl("дикоросы"),
      loc("Томский район"), st("работы ведутся"), dt(2024, 6, 1), yr(2026), m("22.0"),
      m("0"), m("2.0"), m("20.0"), 80, 9, "crm-00390", "ООО «Кедровая вода»", None],
     None),     # hidden row
    (["INO-2301", "Выпуск светодиодных фитосветильников", cl("ИТ и медтехника"),
      loc("г. Томск"), st("работы ведутся"), dt(2024, 9, 9), tx(2026, 3, 31), m("25.0"),
      m("0"), "-12,5", m("37.5"), 70, 8, "crm-00402", "ООО «ФитоСвет»", None],
     ("negative amount", "K")),
    (["INO-2302", "Производство модульных чистых помещений", cl("фармацевтический"),
      loc("г. Томск"), st("работы ведутся"), dt(2024, 10, 1), tx(2026, 10, 31),
      m("64.0"), m("0"), m("6.4"), m("57.6"), 45, 20, "crm-00409", "ООО «ЧистоМод»", None],
     ("duplicate code INO-2302 (rows 16 and 19 differ)", "B")),
    (["INO-2303", "Центр прототипирования для резидентов технопарка", cl("—"),
      loc("г. Томск"), st("запланирован"), tx(2027, 3, 1), hy(1, 2028, "{R} полугодие {y}"),
      m("41.0"), m("20.0"), m("21.0"), m("0"), 0, 6, "crm-00460",
      "ООО «УК «Технопарк «Томская долина»»", None], None),
    (["INO-2304", "Производство биоудобрений из торфа", cl("дикоросы"),
      loc("Колпашево"), st("работы ведутся"), dt(2025, 5, 5), tx(2027, 5, 31), m("15.0"),
      m("0"), m("1.5"), m("13.5"), 20, "до 40", "crm-00462", "ООО «ТорфБио»", None],
     ("not a number: 'до 40'", "N")),
    (["INO-2302", "Производство модульных чистых помещений", cl("фармацевтический"),
      loc("г. Томск"), st("работы ведутся"), dt(2024, 10, 1), tx(2026, 10, 31),
      m("71.5"), m("0"), m("6.4"), m("65.1"), 45, 20, "crm-00409", "ООО «ЧистоМод»", None],
     ("duplicate code INO-2302 (rows 16 and 19 differ)", "B")),
    (["INO-2305", "Производство термостойких полимерных труб", cl("нефтехим."),
      loc("Томский р-н"), st("работы завершены"), tx(2021, 2, 10),
      qr(1, 2023, "{q} кв. {y}"), m("128.6"), m("30.0"), m("8.6"), m("90.0"), 100, 30,
      "crm-00288", "ООО «ТермоТруба»", None], None),
    (["INO-2306", "Испытательный стенд для оборудования добычи ТрИЗ", cl("ТРИЗ"),
      loc("г. Стрежевой"), st("работы ведутся"), dt(2025, 4, 1),
      qr(3, 2027, "{q} кв. {y}"), m("260.0"), m("80.0"), m("30.0"), m("150.0"), 20, 24,
      "crm-00470", "ООО «СтрежТест»", None], None),
    (["INO-2307", "Мини-завод пищевых ароматизаторов", cl(""), loc("Колпашево"),
      st("запланирован"), tx(2027, 2, 1), yr(2028), m("19.9"), m("0"), m("0"),
      m("19.9"), 0, 7, "crm-00474", "ООО «АромаНарым»", None], None),
    (["INO-2308", "Сервис 3D-печати анатомических моделей", cl("медтехника и IT"),
      loc("г. Томск"), st("—"), dt(2025, 9, 1), None, m("5.6"), m("0"), m("0"),
      m("5.6"), 35, 4, "crm-00481", "ООО «Анатом3D»", None], None),
    (["INO-2309", "Производство ветеринарных препаратов на основе пантов",
      cl("фармацевтический"), loc("Томский район"), st("работы ведутся"),
      dt(2024, 11, 11), tx(2027, 12, 31), m("1120.0", "nb"), m("400.0"), m("120.0"),
      m("600.0"), 15, 45, "crm-00486", "ООО «ПантоВет»", None], None),
]
TP_HIDDEN_CODE = "INO-2300"


def make_tp():
    fname = "technopark.xlsx"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    sheet = "Резиденты"
    ws.title = sheet
    ncol = len(TP_COLS)
    last = get_column_letter(ncol)
    ws["A1"] = "Технопарк «Томская долина» (ООО «УК «Технопарк «Томская долина»»)"
    ws["A2"] = "Сведения о проектах резидентов, включённых в ИНО «Томск», на 01.11.2026"
    ws.merge_cells("A1:%s1" % last)
    ws.merge_cells("A2:%s2" % last)
    for k, (h, _) in enumerate(TP_COLS, start=1):
        cell = ws.cell(3, k, h)
        cell.font = BOLD
        cell.alignment = WRAP
    r = 4
    n = 0
    records, rejected, skipped = [], [], {}
    hidden_row = None
    for item in TP_ROWS:
        if item is None:
            ws.cell(r, 3, " ")
            skipped[str(r)] = "blank row (one cell holds a single space)"
            r += 1
            continue
        cells, rej = item
        n += 1
        full = [n] + cells
        assert len(full) == ncol
        for k, v in enumerate(full, start=1):
            put(ws, r, k, v)
        if cells[0] == TP_HIDDEN_CODE:
            ws.row_dimensions[r].hidden = True
            hidden_row = r
        if rej:
            rejected.append({"sheet": sheet, "row": r, "reason": rej[0], "column": rej[1],
                             "code": cells[0]})
        else:
            records.append(record(TP_COLS, full, fields_of(TP_COLS)))
        r += 1
    last_data = r - 1
    r += 1
    ws.cell(r, 1, "Данные представлены управляющей компанией технопарка; «ID в CRM» — "
                  "номер карточки резидента во внутренней системе.")
    ws.merge_cells("A%d:%s%d" % (r, last, r))
    skipped[str(r)] = "footnote"
    ws2 = wb.create_sheet("Справочно")
    ws2["A1"] = "Пояснения к листу «Резиденты»"
    ws2["A2"] = "Стоимость и источники — в млн рублей (₽), по данным резидентов."
    ws2["A3"] = "«Ввод в эксплуатацию» — плановый срок завершения проекта."
    ws2["A4"] = "Готовность, % — оценка управляющей компании."
    for k in range(1, ncol + 1):
        ws.column_dimensions[get_column_letter(k)].width = 15
    ws.column_dimensions["C"].width = 50
    save_fixed(wb, os.path.join(HERE, fname))
    # the two duplicate rows really are rows 17 and 20
    dups = [x["row"] for x in rejected if x["reason"].startswith("duplicate")]
    assert dups == [16, 19], dups
    rejected.sort(key=lambda x: x["row"])
    exp = {
        "file": fname, "refused": False, "fields": fields_of(TP_COLS),
        "record_count": len(records), "records": dump_json(records), "rejected": rejected,
        "columns": [list(x) for x in TP_COLS],
        "data_sheet": sheet,
        "sheets": [{"sheet": sheet, "header_row": 3, "data_rows": [4, last_data]},
                   {"sheet": "Справочно", "data": False}],
        "title_rows": [1, 2],
        "header_row": 3,
        "skipped_rows": skipped,
        "hidden": {"row": {"sheet": sheet, "row": hidden_row, "code": TP_HIDDEN_CODE}},
        "name_length_limit": 500,
        "notes": (
            "Technopark workbook. Sheet 'Резиденты': title rows 1-2, header row 3, data "
            "rows 4-24, a footnote; sheet 'Справочно' is explanatory text, not data. Money "
            "is RUB million ('(млн ₽)'). 12 rows are imported, 8 are rejected: text in a "
            "money column ('ориентировочно 300', row 6), end before start (row 8), unknown "
            "cluster 'Кластер креативных индустрий' (row 11), a name of %d characters "
            "(row 13), a negative amount written as text '-12,5' (row 15), code INO-2302 on "
            "rows 16 and 19 with different money (both rejected), text in the jobs column "
            "('до 40', row 18). Row 9 is blank except one cell holding a single space: "
            "skipped. Row 14 is hidden and is data. Row 12's comment is a plain string "
            "starting with '=HYPERLINK(': text, imported unchanged (not rejected). 'Ввод в "
            "эксплуатацию' -> end_date; 'Готовность, %%', 'ID в CRM' and '№' are not "
            "imported. 'работы ведутся' = in_progress, 'подготовительный этап' and "
            "'запланирован' = planned, 'работы завершены' = completed, 'работы "
            "приостановлены' = suspended, '—' = null. 'медтехника' alone = medtech_it." %
            len(LONG_NAME)),
    }
    write_expected(os.path.join(HERE, "technopark.expected.json"), exp)
    return exp


# ==========================================================================
# re-saves (made by resave_agency22.sh): expected = the original's, new name
# ==========================================================================
RESAVES = [("sez_register.xlsx", "sez_register.xls"),
           ("findep_budget.xlsx", "findep_budget.ods"),
           ("technopark.xlsx", "technopark.xlsx")]


def make_resaved_expected(exps):
    out = os.path.join(HERE, "resaved")
    os.makedirs(out, exist_ok=True)
    for src, dst in RESAVES:
        exp = copy.deepcopy(exps[src])
        exp.pop("_records_dec", None)
        exp["file"] = dst
        exp["resaved_from"] = src
        exp["notes"] = ("LibreOffice re-save of %s (resave_agency22.sh); the content and the "
                        "expected import are the same as the original's. " % src) + exp["notes"]
        stem = dst.rsplit(".", 1)[0]
        write_expected(os.path.join(out, stem + ".expected.json"), exp)


def main():
    sez = make_sez()
    # keep Decimal records of the base for the update
    sez["_records_dec"] = []
    for sec in SEZ_SECTIONS:
        for row in sec[2]:
            sez["_records_dec"].append(record(SEZ_COLS, [0] + row, sez["fields"]))
    exps = {"sez_register.xlsx": sez}
    make_update(sez)
    exps["fund_support.xlsx"] = make_fund()
    exps["findep_budget.xlsx"] = make_fin()
    make_csv()
    exps["technopark.xlsx"] = make_tp()
    make_resaved_expected(exps)
    print("written to", HERE)


if __name__ == "__main__":
    main()
