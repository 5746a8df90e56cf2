"""Generate the independent agency evaluation set for the INO Desktop importer.

Run from the repository root:

    .venv/bin/python tests/data/agency/make_agency.py

Writes 12 workbooks (6 ``dev_*``, 6 ``holdout_*``) and one ``NAME.expected.json`` each into
this directory, following the shapes and the normalisation rules of
``/work/shared/samples/README.md``. When LibreOffice (``soffice``) is installed it also
re-saves 4 of the xlsx files as .xls, .ods and .xlsx into ``resaved/`` with matching
expected files.

Everything is seeded: running the script twice gives the same cell contents and the same
expected results. The header wordings and value spellings here were written independently
of the importer's vocabulary.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

OUT = Path(__file__).resolve().parent
FIXED_TIME = dt.datetime(2024, 7, 1, 9, 0, 0)
NBSP = "\u00a0"

ALL_FIELDS = [
    "code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
    "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
    "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created", "lead_organization",
    "problems",
]
MONEY = {"total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
         "extra_budgetary_confirmed_mln"}
JOBS = {"jobs_planned", "jobs_created"}

# --------------------------------------------------------------------------------------
# Invented project portfolio material (Tomsk region)
# --------------------------------------------------------------------------------------

CLUSTER_KEYS = ["petrochemical", "nuclear", "timber", "pharma", "medtech_it", "wildlife",
                "hard_to_recover"]

ACTIONS = ["Производство", "Организация производства", "Расширение производства",
           "Строительство завода по выпуску", "Модернизация производства",
           "Создание производства", "Запуск линии по выпуску"]

OBJECTS = {
    "petrochemical": ["полипропиленовой плёнки", "метанола из попутного нефтяного газа",
                      "полимерных труб большого диаметра", "битумных эмульсий",
                      "присадок к дизельному топливу", "карбамидоформальдегидных смол",
                      "пластиковой тары для пищевой промышленности", "синтетических каучуков"],
    "nuclear": ["радиофармпрепаратов", "стабильных изотопов", "высокочистого фтористого водорода",
                "дозиметрической аппаратуры", "редкоземельных металлов", "циркониевых сплавов",
                "изотопной продукции для медицины", "защитных контейнеров для РАО"],
    "timber": ["клеёного бруса", "берёзовой фанеры", "топливных пеллет из древесных отходов",
               "ориентированно-стружечных плит", "деревянных домокомплектов", "мебельного щита",
               "древесного угля", "погонажных изделий из кедра"],
    "pharma": ["инъекционных лекарственных форм", "субстанций на основе пантов",
               "ветеринарных препаратов", "пробиотиков", "дженериков противоопухолевых средств",
               "инфузионных растворов", "таблетированных лекарственных средств",
               "биологически активных добавок"],
    "medtech_it": ["кардиостимуляторов", "ортопедических имплантатов", "микроволновых модулей",
                   "светодиодных светильников", "электронных компонентов",
                   "аппаратов ультразвуковой диагностики", "навигационного оборудования",
                   "слуховых аппаратов"],
    "wildlife": ["кедрового масла", "ягодных экстрактов", "сублимированных ягод",
                 "травяных чаёв", "грибных консервов", "берёзового сока", "кедрового ореха",
                 "морсов из таёжных ягод"],
}

SPECIAL_NAMES = {
    "hard_to_recover": ["Опытная разработка запасов баженовской свиты",
                        "Полигон испытания технологий добычи трудноизвлекаемой нефти",
                        "Разработка технологий многостадийного гидроразрыва пласта",
                        "Создание цифрового кернового центра",
                        "Производство химреагентов для нефтедобычи",
                        "Сервисный центр по ремонту бурового оборудования",
                        "Внедрение технологии термогазового воздействия на пласт",
                        "Разработка палеозойских залежей Нюрольской впадины"],
    "smart_city": ["Интеллектуальная транспортная система города Томска",
                   "Цифровая платформа «Умный Томск»",
                   "Реконструкция набережной реки Томи",
                   "Система «Безопасный город» в ЗАТО Северск",
                   "Энергоэффективное уличное освещение",
                   "Цифровой двойник городской инфраструктуры",
                   "Единый диспетчерский центр ЖКХ"],
    "science_education": ["Межвузовский студенческий кампус",
                          "Центр коллективного пользования научным оборудованием",
                          "Инженерная школа для одарённых детей",
                          "Центр компетенций в области искусственного интеллекта",
                          "Технологический лицей при политехническом университете",
                          "Научно-образовательный центр мирового уровня «Томская долина»"],
    "business_environment": ["Цифровая платформа поддержки экспортёров",
                             "Центр «Мой бизнес»",
                             "Региональный фонд венчурных инвестиций",
                             "Бизнес-инкубатор для малых инновационных компаний",
                             "Промышленный технопарк «Северск»",
                             "Единое окно для инвесторов"],
    "innovation_business": ["Акселератор технологических стартапов",
                             "Центр прототипирования и опытного производства",
                             "Инжиниринговый центр в сфере новых материалов",
                             "Технопарк высоких технологий"],
}

ORGS = {
    "petrochemical": ["ООО «Томский завод полимеров»", "АО «Сибирская нефтехимическая компания»",
                      "ООО «ПолиТом»", "ООО «Химпром-Томск»"],
    "nuclear": ["АО «Северский химический завод»", "ООО «Изотоп-Сибирь»",
                "АО «Сибирский изотопный центр»", "ООО «НПП «Радиофарм»"],
    "timber": ["ООО «Асиновский лесопромышленный комплекс»", "ООО «Томлесинвест»",
               "АО «Сибирская древесина»", "ООО «Кедр-Асино»"],
    "pharma": ["ООО «Томфармация»", "АО «Сибирский фармацевтический завод»", "ООО «БиоТомск»",
               "ООО «НПО «Панторос»"],
    "medtech_it": ["ООО «Томские медицинские системы»", "АО «НПФ «Сибирский микромодуль»",
                   "ООО «ТелеМед-Томск»", "ООО «Сибирские цифровые решения»"],
    "wildlife": ["ООО «Таёжный дар»", "ООО «Томская ягода»", "ООО «Кедровый край»",
                 "ООО «Нарымские дикоросы»"],
    "hard_to_recover": ["ООО «Томскнефтесервис»", "АО «Стрежевская нефтяная компания»",
                        "ООО «ТрИЗ-Технологии»", "ООО «Центр керна»"],
    None: ["Администрация Города Томска", "Томский политехнический университет",
           "Томский государственный университет", "ТУСУР",
           "ОГАУ «Центр поддержки предпринимательства»",
           "АНО «Агентство развития Томской области»", "Администрация ЗАТО Северск"],
}

LOCS = {
    "petrochemical": ["Томск", "Томский район", "Северск"],
    "nuclear": ["Северск", "Северск", "Томск"],
    "timber": ["Асино", "Асино", "Колпашево", "Томский район"],
    "pharma": ["Томск", "Томский район"],
    "medtech_it": ["Томск", "Томск", "Северск"],
    "wildlife": ["Колпашево", "Асино", "Томский район"],
    "hard_to_recover": ["Стрежевой", "Стрежевой", "Томск"],
    None: ["Томск", "Северск", "Асино", "Стрежевой", "Колпашево", "Томский район"],
}
LOC_PREP = {"Томск": "в Томске", "Северск": "в Северске", "Асино": "в Асино",
            "Стрежевой": "в Стрежевом", "Колпашево": "в Колпашеве",
            "Томский район": "в Томском районе"}

PROBLEMS = [
    "Не завершена процедура предоставления земельного участка",
    "Требуется подключение к сетям газоснабжения; заявка в ГРО не рассмотрена",
    "Задержка поставки импортного оборудования",
    "Инвестор ожидает решения о предоставлении субсидии из областного бюджета",
    "Отсутствует положительное заключение государственной экспертизы",
    "Рост стоимости строительных материалов, требуется корректировка сметы",
    "Не определён источник софинансирования из федерального бюджета",
    "Нехватка квалифицированных кадров (инженеры-технологи)",
    "Не согласована схема транспортной развязки с «Томскавтодором»",
]

REPORT_DATE = dt.date(2024, 7, 1)


def _rand_date(rng, y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def gen_projects(rng, n, clusters, none_share=0.2, code_start=1, statuses=None):
    """n projects with all canonical fields, consistent (parts <= total, end >= start)."""
    used_names = set()
    codes = set()
    code = code_start
    out = []
    for i in range(n):
        code += rng.randint(1, 9)
        if clusters is None or rng.random() < none_share:
            cluster = None
        else:
            cluster = clusters[i % len(clusters)] if rng.random() < 0.6 else rng.choice(clusters)
        if cluster is None:
            area = rng.choice(["smart_city", "science_education", "business_environment",
                               "innovation_business"])
        else:
            area = rng.choice(["industry", "industry", "industry", "innovation_business"])
        loc = rng.choice(LOCS[cluster])
        # name
        for attempt in range(50):
            if cluster in OBJECTS:
                name = f"{rng.choice(ACTIONS)} {rng.choice(OBJECTS[cluster])}"
            else:
                key = cluster if cluster == "hard_to_recover" else area
                name = rng.choice(SPECIAL_NAMES[key])
            r = rng.random()
            if r < 0.2:
                name = f"{name} {LOC_PREP[loc]}"
            elif r < 0.3:
                name = f"{name} (этап {rng.choice(['I', 'II', 'III'])})"
            if name not in used_names:
                break
        used_names.add(name)
        status = (statuses[i] if statuses else
                  rng.choice(["planned", "in_progress", "in_progress", "in_progress",
                              "completed", "completed", "suspended"]))
        if status == "completed":
            start = _rand_date(rng, 2012, 2019)
            end = start + dt.timedelta(days=rng.randint(300, 1800))
            if end > REPORT_DATE:
                end = REPORT_DATE - dt.timedelta(days=rng.randint(20, 400))
        elif status == "in_progress":
            start = _rand_date(rng, 2016, 2023)
            end = _rand_date(rng, 2024, 2028)
        elif status == "planned":
            start = _rand_date(rng, 2024, 2026)
            end = start + dt.timedelta(days=rng.randint(400, 2000))
        else:
            start = _rand_date(rng, 2014, 2021)
            end = _rand_date(rng, 2022, 2027)
        # money (RUB million, 0.1 precision)
        size = rng.random()
        if size < 0.4:
            total = rng.uniform(15, 300)
        elif size < 0.8:
            total = rng.uniform(300, 3000)
        else:
            total = rng.uniform(3000, 25000)
        total = round(total, 1)
        fed = 0.0 if rng.random() < 0.5 else round(total * rng.uniform(0.05, 0.35), 1)
        reg = 0.0 if rng.random() < 0.4 else round(total * rng.uniform(0.02, 0.2), 1)
        rest = round(total - fed - reg, 1)
        extra = rest if rng.random() < 0.8 else round(rest * 0.9, 1)
        extra = max(extra, 0.0)
        r = rng.random()
        if r < 0.3:
            conf = extra
        elif r < 0.4:
            conf = None
        else:
            conf = round(extra * rng.uniform(0.2, 0.95), 1)
        if status == "planned" and conf is not None and rng.random() < 0.5:
            conf = 0.0
        jp = rng.randrange(10, 1500, 5)
        if status == "completed":
            jc = jp if rng.random() < 0.6 else int(jp * rng.uniform(0.7, 1.0))
        elif status == "planned":
            jc = None if rng.random() < 0.6 else 0
        else:
            jc = int(jp * rng.uniform(0.0, 0.8))
        out.append({
            "code": f"INO-{code:04d}",
            "name": name,
            "cluster": cluster,
            "work_area": area,
            "location": loc,
            "status": status,
            "start_date": start,
            "end_date": end,
            "total_cost_mln": total,
            "federal_budget_mln": fed,
            "regional_budget_mln": reg,
            "extra_budgetary_mln": extra,
            "extra_budgetary_confirmed_mln": conf,
            "jobs_planned": jp,
            "jobs_created": jc,
            "lead_organization": rng.choice(ORGS[cluster]),
            "problems": rng.choice(PROBLEMS) if rng.random() < 0.35 else None,
        })
        codes.add(code)
    return out


# --------------------------------------------------------------------------------------
# Value spellings (written for this evaluation set)
# --------------------------------------------------------------------------------------

STATUS_RU_A = {  # official phrases
    "planned": ["Планируется к реализации", "планируется к реализации", "Планируется"],
    "in_progress": ["в стадии реализации", "В стадии реализации", "Реализуется "],
    "completed": ["реализация завершена", "Реализация завершена", "Завершён"],
    "suspended": ["Приостановлена", "реализация приостановлена"],
}
STATUS_RU_B = {  # short forms, capitals, trailing spaces
    "planned": ["ПЛАНИРУЕТСЯ", "планируется ", "Запланирован"],
    "in_progress": ["РЕАЛИЗУЕТСЯ", "в процессе реализации", "Реализация"],
    "completed": ["ЗАВЕРШЕН", "Выполнен", "реализован "],
    "suspended": ["приостановлен", "ПРИОСТАНОВЛЕН", "Заморожен"],
}
STATUS_EN = {
    "planned": ["Planned", "planned", "Not started yet"],
    "in_progress": ["In progress", "Ongoing", "Under implementation"],
    "completed": ["Completed", "completed ", "Finished"],
    "suspended": ["Suspended", "On hold"],
}
CLUSTER_RU_ADJ = {
    "petrochemical": ["нефтехимический", "Нефтехимия"],
    "nuclear": ["ядерный", "Ядерные технологии"],
    "timber": ["лесная промышленность", "Лесопромышленный"],
    "pharma": ["Фарма", "фармацевтика"],
    "medtech_it": ["Медтехника и ИТ", "медицинская техника и IT"],
    "wildlife": ["Дикоросы", "дикоросы"],
    "hard_to_recover": ["ТрИЗ", "трудноизвлекаемые запасы"],
    None: ["—", None],
}
CLUSTER_RU_FULL = {
    "petrochemical": ["Нефтехимический кластер", "нефтехимический кластер"],
    "nuclear": ["Кластер ядерных технологий", "кластер ядерных технологий"],
    "timber": ["Лесопромышленный кластер", "ЛЕСОПРОМЫШЛЕННЫЙ КЛАСТЕР"],
    "pharma": ["Фармацевтический кластер"],
    "medtech_it": ["Кластер медицинской техники и информационных технологий",
                   "Кластер медтехники и ИТ"],
    "wildlife": ["Кластер дикоросов"],
    "hard_to_recover": ["Кластер трудноизвлекаемых запасов", "Кластер ТрИЗ"],
    None: ["—", None],
}
CLUSTER_EN = {
    "petrochemical": ["Petrochemicals", "Petrochemical"],
    "nuclear": ["Nuclear", "Nuclear tech"],
    "timber": ["Timber", "Forestry & timber"],
    "pharma": ["Pharmaceuticals", "Pharma"],
    "medtech_it": ["IT & Medtech", "Medical devices & IT"],
    "wildlife": ["Wild plants", "Wildlife"],
    "hard_to_recover": ["Hard-to-recover oil", "Hard-to-recover reserves"],
    None: ["n/a", None, "—"],
}
AREA_RU_A = {
    "industry": ["Передовая промышленность", "передовая промышленность"],
    "science_education": ["Наука и образование", "наука, образование"],
    "innovation_business": ["Технологические инновации и новые бизнесы",
                            "Технологические инновации, новые бизнесы"],
    "smart_city": ["Умный и удобный город", "Умный город"],
    "business_environment": ["Деловая среда", "Развитие деловой среды"],
}
AREA_RU_B = {
    "industry": ["Промышленность", "Передовое производство"],
    "science_education": ["Наука/образование", "Образование и наука"],
    "innovation_business": ["Новые бизнесы", "Технологические инновации"],
    "smart_city": ["Умный город", "Удобный (умный) город"],
    "business_environment": ["Деловая среда", "деловая среда"],
}
AREA_EN = {
    "industry": ["Advanced manufacturing", "Advanced industry"],
    "science_education": ["Science & education", "Research and education"],
    "innovation_business": ["Tech innovation & new businesses", "New businesses"],
    "smart_city": ["Smart city", "Smart and comfortable city"],
    "business_environment": ["Business environment", "Business climate"],
}


def ru_number(x, decimals=1, sep=" "):
    """'1 234 567,8' (Russian style)."""
    s = f"{abs(x):,.{decimals}f}".replace(",", "\x00").replace(".", ",").replace("\x00", sep)
    return ("-" if x < 0 else "") + s


# --------------------------------------------------------------------------------------
# Column model and rendering
# --------------------------------------------------------------------------------------

class Col:
    def __init__(self, top, field=None, sub=None, kind=None, **opts):
        self.top = top
        self.sub = sub
        self.field = field
        self.kind = kind or _default_kind(field)
        self.opts = opts

    @property
    def header(self):
        return f"{self.top} / {self.sub}" if self.sub else self.top


def _default_kind(field):
    if field in MONEY:
        return "money"
    if field in JOBS:
        return "jobs"
    if field in ("start_date", "end_date"):
        return "date"
    if field in ("status", "cluster", "work_area"):
        return "vocab"
    if field is None:
        return "unmapped"
    return "text"


def quarter_end(d):
    q = (d.month - 1) // 3 + 1
    month = q * 3
    last = {3: 31, 6: 30, 9: 30, 12: 31}[month]
    return dt.date(d.year, month, last), q


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def render(col, rec, rng, csv=False, ctx=None):
    """Return (cell value, number format) for this column and record; may adjust rec for
    period-style dates (the expected value follows what is written)."""
    f = col.field
    o = col.opts
    if f and f in rec.get("_bad", {}):
        return rec["_bad"][f], None
    if col.kind == "unmapped":
        return o["fn"](rec, rng, ctx), o.get("numfmt")
    v = rec.get(f)
    if col.kind == "text":
        if v is None:
            return None, None
        if o.get("pad") and rng.random() < o["pad"]:
            return v + rng.choice([" ", "  "]), None
        return v, None
    if col.kind == "vocab":
        variants = o["vocab"][v]
        return rng.choice(variants), None
    if col.kind == "money":
        if v is None:
            return None, None
        unit = o.get("unit", "mln")
        if unit == "tys":
            x = int(round(v * 1000))
            dec = o.get("dec", 0)
            fmt = "#,##0" if dec == 0 else "#,##0.0"
        elif unit == "bn":
            x = round(v / 1000, 4)
            dec = 4
            fmt = "0.0000"
        else:
            x = v
            dec = 1
            fmt = "#,##0.0"
        if csv:
            return ru_number(x, dec, o.get("sep", "")), None
        if rng.random() < o.get("text", 0.0):
            return ru_number(x, dec, rng.choice([NBSP, " "])), None
        return x, fmt
    if col.kind == "jobs":
        if v is None:
            return None, None
        if csv:
            return str(v), None
        return v, "General"
    if col.kind == "date":
        if v is None:
            return None, None
        if csv:
            return v.strftime("%d.%m.%Y"), None
        if rng.random() < o.get("text", 0.0):
            return v.strftime("%d.%m.%Y"), None
        return dt.datetime(v.year, v.month, v.day), o.get("datefmt", "DD.MM.YYYY")
    if col.kind == "period":
        # end date as a date, a quarter or a bare year; the expected value follows
        styles = o["styles"]
        style = rng.choice(styles)
        if style == "date":
            return dt.datetime(v.year, v.month, v.day), o.get("datefmt", "DD.MM.YYYY")
        if style.startswith("q"):
            qe, q = quarter_end(v)
            rec[f] = qe
            if style == "q_en":
                return f"Q{q} {v.year}", None
            if style == "q_ru":
                return f"{ROMAN[q]} кв. {v.year}", None
            if style == "q_ru_long":
                return f"{q} квартал {v.year}", None
        if style == "year_text":
            rec[f] = dt.date(v.year, 12, 31)
            return str(v.year), None
        if style == "year_num":
            rec[f] = dt.date(v.year, 12, 31)
            return v.year, "General"
        raise ValueError(style)
    raise ValueError(col.kind)


def expected_value(field, v):
    if isinstance(v, dt.date):
        return v.isoformat()
    if field in MONEY and v is not None:
        return round(float(v), 1)
    return v


def expected_records(recs, fields):
    out = []
    for r in recs:
        if r.get("_reject"):
            continue
        out.append({f: expected_value(f, r[f]) for f in fields})
    return out


def write_expected(name, fields, recs, columns, rejected, notes, **extra):
    data = {
        "file": name,
        "refused": False,
        "fields": fields,
        "record_count": len(expected_records(recs, fields)),
        "records": expected_records(recs, fields),
        "rejected": rejected,
        "columns": columns,
    }
    data.update(extra)
    data["notes"] = notes
    stem = name.rsplit(".", 1)[0]
    (OUT / f"{stem}.expected.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return data


def fields_of(cols, extra=()):
    fs = {c.field for c in cols if c.field} | set(extra)
    return [f for f in ALL_FIELDS if f in fs]


def columns_of(cols):
    return [[c.header, c.field] for c in cols if c.field]


BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")


def write_header(ws, row, cols, two_level):
    """Write a one- or two-level header starting at row; merges like a report form."""
    if not two_level:
        for j, c in enumerate(cols, 1):
            cell = ws.cell(row, j, c.top)
            cell.font = BOLD
            cell.alignment = WRAP
        return row + 1
    j = 1
    while j <= len(cols):
        c = cols[j - 1]
        if c.sub is None:
            ws.cell(row, j, c.top).alignment = WRAP
            ws.merge_cells(start_row=row, start_column=j, end_row=row + 1, end_column=j)
            j += 1
            continue
        k = j
        while k + 1 <= len(cols) and cols[k].sub is not None and cols[k].top == c.top:
            k += 1
        ws.cell(row, j, c.top).alignment = WRAP
        if k > j:
            ws.merge_cells(start_row=row, start_column=j, end_row=row, end_column=k)
        for m in range(j, k + 1):
            ws.cell(row + 1, m, cols[m - 1].sub).alignment = WRAP
        j = k + 1
    for r in (row, row + 1):
        for m in range(1, len(cols) + 1):
            ws.cell(r, m).font = BOLD
    return row + 2


def write_rows(ws, row, cols, recs, rng, sheet, rejected, ctx=None, spacer_after=()):
    """Data rows; returns next free row. Records rejected on purpose go to `rejected`."""
    rows = []
    for i, rec in enumerate(recs):
        ctx = dict(ctx or {}, index=i + 1)
        for j, c in enumerate(cols, 1):
            v, fmt = render(c, rec, rng, ctx=ctx)
            cell = ws.cell(row, j, v)
            if fmt and v is not None and not isinstance(v, str):
                cell.number_format = fmt
        if rec.get("_reject"):
            reason, field = rec["_reject"]
            colno = next(j for j, c in enumerate(cols, 1) if c.field == field)
            rejected.append({"sheet": sheet, "row": row, "reason": reason,
                             "column": get_column_letter(colno), "code": rec["code"]})
        rows.append(row)
        row += 1
        if i in spacer_after:
            row += 1
    return row, rows


def write_totals(ws, row, cols, recs, label_col, label, unitconv):
    ws.cell(row, label_col, label).font = BOLD
    for j, c in enumerate(cols, 1):
        if c.field in MONEY or c.field in JOBS:
            vals = [r[c.field] for r in recs if r.get(c.field) is not None
                    and not r.get("_reject")]
            s = sum(vals)
            if c.field in MONEY:
                s = unitconv(c, s)
            cell = ws.cell(row, j, s)
            cell.font = BOLD


def conv_for_totals(c, s_mln):
    unit = c.opts.get("unit", "mln")
    if unit == "tys":
        return int(round(s_mln * 1000))
    if unit == "bn":
        return round(s_mln / 1000, 4)
    return round(s_mln, 1)


def new_wb():
    wb = openpyxl.Workbook()
    wb.properties.creator = "Минэкономразвития Томской области"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    return wb


def set_widths(ws, cols, width=18):
    for j, c in enumerate(cols, 1):
        ws.column_dimensions[get_column_letter(j)].width = 40 if c.field == "name" else width


def num_col(label="№ п/п"):
    return Col(label, None, fn=lambda rec, rng, ctx: ctx["index"])


# --------------------------------------------------------------------------------------
# The 12 files
# --------------------------------------------------------------------------------------

def f_dev_minfin_svod():
    """Ministry summary: title rows, merged two-level header, numbering row, totals,
    footnote; amounts in тыс. рублей said in the parent header."""
    name = "dev_minfin_svod.xlsx"
    rng = random.Random(101)
    recs = gen_projects(rng, 22, CLUSTER_KEYS, 0.25, code_start=100)
    M = dict(unit="tys", text=0.25, dec=1)
    cols = [
        num_col(),
        Col("Шифр проекта", "code"),
        Col("Наименование инвестиционного проекта", "name", pad=0.15),
        Col("Инициатор проекта (ответственная организация)", "lead_organization"),
        Col("Принадлежность к кластеру", "cluster", vocab=CLUSTER_RU_ADJ),
        Col("Направление программы", "work_area", vocab=AREA_RU_A),
        Col("Муниципальное образование", "location"),
        Col("Текущее состояние", "status", vocab=STATUS_RU_A),
        Col("Срок реализации", "start_date", sub="начало", text=0.3),
        Col("Срок реализации", "end_date", sub="окончание", text=0.3),
        Col("Объем финансирования, тыс. рублей", "total_cost_mln", sub="всего", **M),
        Col("Объем финансирования, тыс. рублей", "federal_budget_mln",
            sub="за счет средств федерального бюджета", **M),
        Col("Объем финансирования, тыс. рублей", "regional_budget_mln",
            sub="за счет средств областного бюджета", **M),
        Col("Объем финансирования, тыс. рублей", "extra_budgetary_mln",
            sub="за счет внебюджетных источников", **M),
        Col("в т.ч. внебюджетные средства, подтвержденные соглашениями, тыс. рублей",
            "extra_budgetary_confirmed_mln", **M),
        Col("Количество рабочих мест, ед.", "jobs_planned", sub="создаваемых (план)"),
        Col("Количество рабочих мест, ед.", "jobs_created", sub="созданных (факт)"),
        Col("Проблемные вопросы, требующие решения", "problems"),
    ]
    wb = new_wb()
    ws = wb.active
    ws.title = "Свод"
    n = len(cols)
    titles = ["Департамент по научно-технологическому развитию и инновационной политике Томской области",
              "Сводная информация о ходе реализации инвестиционных проектов программы «ИНО Томск»",
              "по состоянию на 01.07.2024"]
    for i, t in enumerate(titles, 1):
        ws.cell(i, 1, t).font = BOLD
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=n)
    r = write_header(ws, 5, cols, True)
    for j in range(1, n + 1):
        ws.cell(r, j, j)
    r += 1
    rejected = []
    r, rows = write_rows(ws, r, cols, recs, rng, ws.title, rejected)
    write_totals(ws, r, cols, recs, 1, "Итого", conv_for_totals)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(r + 2, 1, "* Суммы указаны в тыс. рублей; подтвержденные внебюджетные средства — "
                      "по заключенным соглашениям с инвесторами.")
    ws.merge_cells(start_row=r + 2, start_column=1, end_row=r + 2, end_column=n)
    ws.cell(r + 3, 1, "Исп. Петрова Е.В., тел. 8 (3822) 51-04-17")
    set_widths(ws, cols)
    wb.save(OUT / name)
    fields = fields_of(cols)
    write_expected(name, fields, recs, columns_of(cols), rejected,
                   "Ministry summary form on sheet 'Свод'. Title rows 1-3, row 4 empty; "
                   "two-level merged header in rows 5-6 (money parent 'Объем финансирования, "
                   "тыс. рублей' with sub-columns; dates under 'Срок реализации'); row 7 numbers "
                   "the columns; data rows 8-29; row 30 'Итого' (totals, not a project); rows 32-33 "
                   "footnote and executor line. Amounts are in thousand roubles (unit in the parent "
                   "header and in the confirmed column header), expected in RUB million. Some money "
                   "cells are Russian-style text ('1 234 500,0', NBSP or space), some dates "
                   "'dd.mm.yyyy' text. Cluster as adjectives / short names, '—' or empty = none. "
                   "Column A '№ п/п' is not a field. Some names carry trailing spaces (trimmed).",
                   header_rows=[5, 6], data_rows=[rows[0], rows[-1]],
                   skipped_rows={"7": "column numbers", str(r): "totals",
                                 str(r + 2): "footnote", str(r + 3): "executor line"},
                   unmapped_columns=["№ п/п"], split="dev", shape="ministry_summary")


def f_holdout_minek_svod():
    name = "holdout_minek_forma1.xlsx"
    rng = random.Random(202)
    recs = gen_projects(rng, 18, CLUSTER_KEYS, 0.2, code_start=300)
    M = dict(unit="mln", text=0.3)
    cols = [
        num_col("№"),
        Col("Код ИНО", "code"),
        Col("Проект (наименование)", "name"),
        Col("Кластер", "cluster", vocab=CLUSTER_RU_ADJ),
        Col("Место реализации проекта", "location"),
        Col("Стадия реализации", "status", vocab=STATUS_RU_B),
        Col("Сроки реализации проекта", "start_date", sub="дата начала", text=0.4),
        Col("Сроки реализации проекта", "end_date", sub="дата завершения", text=0.4),
        Col("Стоимость проекта, млн руб.", "total_cost_mln", sub="Всего", **M),
        Col("Стоимость проекта, млн руб.", "federal_budget_mln", sub="ФБ", **M),
        Col("Стоимость проекта, млн руб.", "regional_budget_mln", sub="ОБ", **M),
        Col("Стоимость проекта, млн руб.", "extra_budgetary_mln", sub="ВБИ", **M),
        Col("Рабочие места (план), чел.", "jobs_planned"),
        Col("Организация – инициатор проекта", "lead_organization"),
        Col("Проблемы / риски", "problems"),
    ]
    wb = new_wb()
    ws = wb.active
    ws.title = "Форма 1"
    n = len(cols)
    ws.cell(1, n, "Приложение 1 к письму № 45-12/318")
    ws.cell(2, 1, "Мониторинг реализации проектов ИНО «Томск»").font = BOLD
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
    ws.cell(3, 1, "Форма 1. Сведения о проектах (II квартал 2024 г.)")
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=n)
    r = write_header(ws, 5, cols, True)
    for j in range(1, n + 1):
        ws.cell(r, j, j)
    r += 1
    rejected = []
    r, rows = write_rows(ws, r, cols, recs, rng, ws.title, rejected)
    write_totals(ws, r, cols, recs, 2, "ИТОГО по программе:", conv_for_totals)
    ws.cell(r + 2, 1, "Примечание: ФБ – федеральный бюджет, ОБ – областной бюджет, "
                      "ВБИ – внебюджетные источники.")
    set_widths(ws, cols)
    wb.save(OUT / name)
    fields = fields_of(cols)
    write_expected(name, fields, recs, columns_of(cols), rejected,
                   "Ministry form 'Форма 1'. Row 1 is an appendix note in the last column, rows 2-3 "
                   "titles, row 4 empty; two-level merged header rows 5-6 with abbreviations "
                   "(ФБ, ОБ, ВБИ under 'Стоимость проекта, млн руб.'); row 7 numbers the columns; "
                   "data rows 8-25; row 26 'ИТОГО по программе:' (label in column B) is totals; "
                   "row 28 a note. Amounts in RUB million; ~30% written as Russian-style text. "
                   "Statuses in capitals / short forms / trailing spaces ('Заморожен' = suspended, "
                   "'Выполнен' = completed). Column A '№' is not a field.",
                   header_rows=[5, 6], data_rows=[rows[0], rows[-1]],
                   skipped_rows={"1": "appendix note", "7": "column numbers", str(r): "totals",
                                 str(r + 2): "footnote"},
                   unmapped_columns=["№"], split="holdout", shape="ministry_summary")


def _cluster_sheet_file(name, seed, code_start, sheets, cols, per_sheet, notes, split,
                        title_fmt, hidden=None, extra_sheet=None, status_list=None):
    rng = random.Random(seed)
    wb = new_wb()
    wb.remove(wb.active)
    all_recs = []
    rejected = []
    sheet_info = []
    code = code_start
    for si, (sheet_name, cluster, full) in enumerate(sheets):
        recs = gen_projects(rng, per_sheet, [cluster], 0.0, code_start=code)
        code = int(recs[-1]["code"][4:]) + 3
        ws = wb.create_sheet(sheet_name)
        ws.cell(1, 1, title_fmt.format(full=full)).font = BOLD
        ws.cell(2, 1, "по состоянию на 01.07.2024")
        r = write_header(ws, 4, cols, False)
        spacer = {1} if si % 2 == 0 else set()
        r, rows = write_rows(ws, r, cols, recs, rng, sheet_name, rejected, spacer_after=spacer)
        sheet_info.append({"sheet": sheet_name, "cluster": cluster, "header_row": 4,
                           "data_rows": rows})
        all_recs.extend(recs)
        set_widths(ws, cols)
        if hidden and hidden[0] == sheet_name:
            ws.row_dimensions[rows[hidden[1]]].hidden = True
            hidden = (sheet_name, rows[hidden[1]])
    if extra_sheet:
        ws = wb.create_sheet(extra_sheet[0])
        for i, line in enumerate(extra_sheet[1], 1):
            ws.cell(i, 1, line)
    return wb, all_recs, rejected, sheet_info, hidden


def f_dev_klastery():
    name = "dev_klastery_tys_rub.xlsx"
    M = dict(unit="tys", text=0.0)
    cols = [
        Col("Рег. № проекта", "code"),
        Col("Название", "name"),
        Col("Территория", "location"),
        Col("Статус реализации", "status", vocab=STATUS_RU_A),
        Col("Начало реализации", "start_date"),
        Col("Плановый срок завершения", "end_date"),
        Col("Полная стоимость, тыс. руб.", "total_cost_mln", **M),
        Col("Частные инвестиции, тыс. руб.", "extra_budgetary_mln", **M),
        Col("Кол-во раб. мест (план)", "jobs_planned"),
        Col("Кол-во раб. мест (факт)", "jobs_created"),
        Col("Компания-инициатор", "lead_organization"),
    ]
    sheets = [("Нефтехимия", "petrochemical", "Нефтехимический кластер"),
              ("Ядерные технологии", "nuclear", "Кластер ядерных технологий"),
              ("ЛПК", "timber", "Лесопромышленный кластер"),
              ("Фармацевтика", "pharma", "Фармацевтический кластер"),
              ("Дикоросы", "wildlife", "Кластер дикоросов")]
    wb, recs, rejected, info, hidden = _cluster_sheet_file(
        name, 303, 400, sheets, cols, 4, "", "dev", "{full}", hidden=("ЛПК", 2))
    # one deliberate invalid row: end date before start (sheet 'Фармацевтика', 3rd project)
    bad = next(r for r in recs if r["cluster"] == "pharma" and r["status"] != "planned")
    # rewrite that row: completion earlier than start
    ws = wb["Фармацевтика"]
    idx = [r for r in recs if r["cluster"] == "pharma"].index(bad)
    row = info[3]["data_rows"][idx]
    bad_end = bad["start_date"] - dt.timedelta(days=400)
    ws.cell(row, 6, dt.datetime(bad_end.year, bad_end.month, bad_end.day)).number_format = "DD.MM.YYYY"
    bad["_reject"] = ("end date before start date", "end_date")
    rejected.append({"sheet": "Фармацевтика", "row": row, "reason": "end date before start date",
                     "column": "F", "code": bad["code"]})
    wb.save(OUT / name)
    fields = fields_of(cols, ["cluster"])
    write_expected(name, fields, recs, columns_of(cols), rejected,
                   "One sheet per cluster; the sheet names are short ('Нефтехимия', 'Ядерные "
                   "технологии', 'ЛПК', 'Фармацевтика', 'Дикоросы') and cell A1 holds the full "
                   "cluster name; the record's cluster comes from the sheet. Row 2 is an 'as of' "
                   "line, header row 4, data from row 5; blank spacer rows inside some sheets. "
                   "Amounts in тыс. руб. (said in the headers), expected in RUB million; "
                   "'Частные инвестиции' = extra-budgetary. Row hidden on sheet 'ЛПК' is data. "
                   "One row on sheet 'Фармацевтика' ends before it starts and is rejected.",
                   sheets=info, hidden={"row": {"sheet": hidden[0], "row": hidden[1]}},
                   split="dev", shape="cluster_sheets")


def f_holdout_klastery():
    name = "holdout_klastery_reestr.xlsx"
    M = dict(unit="tys", text=0.35, dec=0)
    cols = [
        num_col("№ п/п"),
        Col("Идентификатор", "code"),
        Col("Наименование проекта", "name"),
        Col("Населённый пункт / район", "location"),
        Col("Состояние", "status", vocab=STATUS_RU_B),
        Col("Дата старта", "start_date", text=0.3),
        Col("Дата ввода в эксплуатацию", "end_date", text=0.3),
        Col("Инвестиции всего, тыс. руб.", "total_cost_mln", **M),
        Col("в т.ч. ФБ, тыс. руб.", "federal_budget_mln", **M),
        Col("в т.ч. ОБ, тыс. руб.", "regional_budget_mln", **M),
        Col("в т.ч. внебюдж. ист., тыс. руб.", "extra_budgetary_mln", **M),
        Col("Рабочие места, план", "jobs_planned"),
        Col("Инициатор", "lead_organization"),
    ]
    sheets = [("ТрИЗ", "hard_to_recover", "Кластер трудноизвлекаемых запасов"),
              ("Медтехника и ИТ", "medtech_it",
               "Кластер медицинской техники и информационных технологий"),
              ("Фарма", "pharma", "Фармацевтический кластер"),
              ("Лесной", "timber", "Лесопромышленный кластер"),
              ("Ядерный", "nuclear", "Кластер ядерных технологий"),
              ("Нефтехим", "petrochemical", "Нефтехимический кластер")]
    wb, recs, rejected, info, hidden = _cluster_sheet_file(
        name, 404, 520, sheets, cols, 3, "", "holdout", "{full} — реестр проектов",
        hidden=("Фарма", 1),
        extra_sheet=("Справочно", ["Суммы указаны в тысячах рублей.",
                                   "Источник: данные инициаторов проектов.",
                                   "Сокращения: ФБ — федеральный бюджет, ОБ — областной бюджет."]))
    wb.save(OUT / name)
    fields = fields_of(cols, ["cluster"])
    write_expected(name, fields, recs, columns_of(cols), rejected,
                   "One sheet per cluster with short sheet names ('ТрИЗ', 'Медтехника и ИТ', "
                   "'Фарма', 'Лесной', 'Ядерный', 'Нефтехим'); A1 holds the full cluster name + "
                   "' — реестр проектов'; the cluster comes from the sheet. Header row 4, data from "
                   "row 5, blank spacer rows inside some sheets. Amounts in тыс. руб. (headers), "
                   "some as text '1 234 500' with NBSP/space; expected in RUB million. Column A "
                   "'№ п/п' is not a field. A hidden row on sheet 'Фарма' is data. Sheet "
                   "'Справочно' is explanatory text, not a project table. 'Дата ввода в "
                   "эксплуатацию' is the end date.",
                   sheets=info, hidden={"row": {"sheet": hidden[0], "row": hidden[1]}},
                   unmapped_columns=["№ п/п"], split="holdout", shape="cluster_sheets")


def f_dev_english():
    name = "dev_agency_english.xlsx"
    rng = random.Random(505)
    recs = gen_projects(rng, 16, CLUSTER_KEYS, 0.2, code_start=600)
    B = dict(unit="bn")
    cols = [
        Col("Project code", "code"),
        Col("Project", "name"),
        Col("Sector", "cluster", vocab=CLUSTER_EN),
        Col("Focus area", "work_area", vocab=AREA_EN),
        Col("Site", "location"),
        Col("Stage", "status", vocab=STATUS_EN),
        Col("Launch date", "start_date", datefmt="d mmm yyyy"),
        Col("Expected completion", "end_date", kind="period", datefmt="d mmm yyyy",
            styles=["date", "date", "q_en", "q_en", "q_ru", "year_text", "year_num"]),
        Col("Total investment, RUB bn", "total_cost_mln", **B),
        Col("Federal funds, RUB bn", "federal_budget_mln", **B),
        Col("Private investment, RUB bn", "extra_budgetary_mln", **B),
        Col("New jobs (target)", "jobs_planned"),
        Col("Sponsor", "lead_organization"),
    ]
    wb = new_wb()
    ws = wb.active
    ws.title = "Portfolio"
    r = write_header(ws, 1, cols, False)
    rejected = []
    r, rows = write_rows(ws, r, cols, recs, rng, ws.title, rejected)
    set_widths(ws, cols)
    ws2 = wb.create_sheet("Read me")
    for i, line in enumerate(["All money figures are in RUB billion.",
                              "Expected completion: date, quarter or year as reported by the sponsor.",
                              "Sector 'n/a' = project outside the clusters.",
                              "Prepared by the Tomsk Region Investment Agency."], 1):
        ws2.cell(i, 1, line)
    wb.save(OUT / name)
    fields = fields_of(cols)
    write_expected(name, fields, recs, columns_of(cols), rejected,
                   "English agency workbook: data on sheet 'Portfolio', header row 1, data rows "
                   "2-17; sheet 'Read me' is text. Money in RUB billion (4 decimals), expected in "
                   "RUB million. 'Sector' = cluster in English ('n/a', '—' or empty = none); 'Focus "
                   "area' = work area; 'Stage' = status. Expected completion is a real date, a "
                   "quarter ('Q3 2026', 'IV кв. 2025': last day of the quarter) or a bare year "
                   "(text or General-format number: 31 December).",
                   data_sheet="Portfolio", header_row=1, split="dev", shape="english")


def f_holdout_english():
    name = "holdout_tracker_english.xlsx"
    rng = random.Random(606)
    recs = gen_projects(rng, 15, CLUSTER_KEYS, 0.2, code_start=700)
    B = dict(unit="bn", text=0.0)
    cols = [
        Col("ID", "code"),
        Col("Project name", "name"),
        Col("Cluster", "cluster", vocab=CLUSTER_EN),
        Col("Location", "location"),
        Col("Status", "status", vocab=STATUS_EN),
        Col("Start", "start_date", datefmt="yyyy-mm-dd"),
        Col("Completion (quarter/year)", "end_date", kind="period", datefmt="yyyy-mm-dd",
            styles=["q_en", "q_en", "q_ru", "q_ru_long", "year_text", "year_num", "date"]),
        Col("Cost (RUB billion)", "total_cost_mln", **B),
        Col("incl. regional budget (RUB billion)", "regional_budget_mln", **B),
        Col("incl. extra-budgetary sources (RUB billion)", "extra_budgetary_mln", **B),
        Col("confirmed private funds (RUB bn)", "extra_budgetary_confirmed_mln", **B),
        Col("Jobs planned", "jobs_planned"),
        Col("Jobs created", "jobs_created"),
        Col("Lead organisation", "lead_organization"),
        Col("Issues", "problems"),
    ]
    # deliberate invalid row: a cluster that is none of the seven
    bad = recs[9]
    bad["_bad"] = {"cluster": "Aerospace"}
    bad["_reject"] = ("unknown cluster 'Aerospace'", "cluster")
    wb = new_wb()
    ws = wb.active
    ws.title = "Data"
    ws.cell(1, 1, "Ministry of Economic Development of Tomsk Region — INO Tomsk project tracker").font = BOLD
    r = write_header(ws, 3, cols, False)
    rejected = []
    r, rows = write_rows(ws, r, cols, recs, rng, ws.title, rejected)
    ws.cell(r + 1, 1, "Source: project initiators; figures as of 1 July 2024.")
    set_widths(ws, cols)
    wb.save(OUT / name)
    fields = fields_of(cols)
    write_expected(name, fields, recs, columns_of(cols), rejected,
                   "English tracker on sheet 'Data': title row 1, header row 3, data rows 4-18, a "
                   "source line below. Money in RUB billion, expected in RUB million. Completion as "
                   "quarter ('Q2 2025', 'III кв. 2026', '4 квартал 2027': last day of quarter), bare "
                   "year (text or number: 31 December) or a real date. One row has cluster "
                   "'Aerospace' (none of the seven clusters) and is rejected.",
                   data_sheet="Data", header_row=3,
                   skipped_rows={"1": "title", str(r + 1): "source line"},
                   split="holdout", shape="english")


def _write_csv(name, header, lines):
    def q(s):
        if s is None:
            return ""
        s = str(s)
        if ";" in s or '"' in s:
            return '"' + s.replace('"', '""') + '"'
        return s
    text = "\r\n".join(";".join(q(x) for x in line) for line in [header] + lines) + "\r\n"
    (OUT / name).write_bytes(text.encode("cp1251"))


def _csv_rows(cols, recs, rng, rejected, sheet):
    lines = []
    for i, rec in enumerate(recs):
        line = [render(c, rec, rng, csv=True, ctx={"index": i + 1})[0] for c in cols]
        lines.append(line)
        if rec.get("_reject"):
            reason, field = rec["_reject"]
            colno = next(j for j, c in enumerate(cols, 1) if c.field == field)
            rejected.append({"sheet": sheet, "row": i + 2, "reason": reason,
                             "column": get_column_letter(colno), "code": rec["code"]})
    return lines


def f_dev_csv():
    name = "dev_reestr_cp1251.csv"
    rng = random.Random(707)
    recs = gen_projects(rng, 20, CLUSTER_KEYS, 0.2, code_start=800)
    M = dict(unit="tys", dec=1, sep="")
    cols = [
        Col("Шифр", "code"),
        Col("Наименование проекта", "name"),
        Col("Кластер", "cluster", vocab=CLUSTER_RU_FULL),
        Col("Направление деятельности", "work_area", vocab=AREA_RU_B),
        Col("Территория реализации", "location"),
        Col("Статус проекта", "status", vocab=STATUS_RU_A),
        Col("Дата начала реализации", "start_date"),
        Col("Дата окончания реализации", "end_date"),
        Col("Общая стоимость, тыс. руб.", "total_cost_mln", **M),
        Col("ФБ, тыс. руб.", "federal_budget_mln", **M),
        Col("ОБ, тыс. руб.", "regional_budget_mln", **M),
        Col("ВБИ, тыс. руб.", "extra_budgetary_mln", **M),
        Col("Кол-во создаваемых рабочих мест", "jobs_planned"),
        Col("Создано рабочих мест (факт)", "jobs_created"),
        Col("Инициатор проекта", "lead_organization"),
    ]
    rejected = []
    lines = _csv_rows(cols, recs, rng, rejected, "dev_reestr_cp1251")
    _write_csv(name, [c.top for c in cols], lines)
    fields = fields_of(cols)
    write_expected(name, fields, recs, columns_of(cols), rejected,
                   "CSV, Windows-1251, ';' separator, CRLF, no BOM; line 1 header, one project per "
                   "line. Amounts in тыс. руб. (said in the headers: 'Общая стоимость', 'ФБ', 'ОБ', "
                   "'ВБИ'), decimal comma, no thousands separator; expected in RUB million. Dates "
                   "dd.mm.yyyy. Cluster as full or short Russian names; '—' or empty = none. Empty "
                   "field = null.",
                   encoding="cp1251", delimiter=";", header_line=1, split="dev", shape="csv")


def f_holdout_csv():
    name = "holdout_monitoring_cp1251.csv"
    rng = random.Random(808)
    recs = gen_projects(rng, 16, CLUSTER_KEYS, 0.2, code_start=900)
    for r in recs[:5]:
        if r["problems"] is None:
            r["problems"] = "Проект «на паузе»; ждём решения \"Газпром газораспределение Томск\""
            break
    M = dict(unit="mln", sep=" ")
    cols = [
        Col("Код проекта (ID)", "code"),
        Col("Название инвестиционного проекта", "name"),
        Col("Кластерная принадлежность", "cluster", vocab=CLUSTER_RU_ADJ),
        Col("Место реализации", "location"),
        Col("Стадия", "status", vocab=STATUS_RU_B),
        Col("Начало", "start_date"),
        Col("Окончание", "end_date"),
        Col("Стоимость проекта, млн руб.", "total_cost_mln", **M),
        Col("Внебюджетные средства, млн руб.", "extra_budgetary_mln", **M),
        Col("в т.ч. подтвержденные, млн руб.", "extra_budgetary_confirmed_mln", **M),
        Col("Плановое количество рабочих мест", "jobs_planned"),
        Col("Организация-инициатор", "lead_organization"),
        Col("Проблемные вопросы и риски", "problems"),
    ]
    bad = recs[11]
    bad["_bad"] = {"extra_budgetary_mln": ru_number(-bad["extra_budgetary_mln"] - 12.5, 1, " ")}
    bad["_reject"] = ("negative amount", "extra_budgetary_mln")
    rejected = []
    lines = _csv_rows(cols, recs, rng, rejected, "holdout_monitoring_cp1251")
    _write_csv(name, [c.top for c in cols], lines)
    fields = fields_of(cols)
    write_expected(name, fields, recs, columns_of(cols), rejected,
                   "CSV, Windows-1251, ';' separator, CRLF; line 1 header. Amounts in RUB million "
                   "with decimal comma and a space as thousands separator ('12 345,6'); fields with "
                   "';' or '\"' are quoted with inner quotes doubled. 'в т.ч. подтвержденные' "
                   "follows 'Внебюджетные средства' and is the confirmed extra-budgetary amount. "
                   "Line 13 has a negative extra-budgetary amount and is rejected.",
                   encoding="cp1251", delimiter=";", header_line=1, split="holdout", shape="csv")


def f_holdout_mlrd():
    name = "holdout_perechen_mlrd.xlsx"
    rng = random.Random(909)
    recs = gen_projects(rng, 14, CLUSTER_KEYS, 0.2, code_start=1000)
    B = dict(unit="bn", text=0.3)
    cols = [
        Col("Идентификатор проекта", "code"),
        Col("Наименование", "name"),
        Col("Кластер", "cluster", vocab=CLUSTER_RU_FULL),
        Col("Направление ИНО", "work_area", vocab=AREA_RU_A),
        Col("Место реализации", "location"),
        Col("Статус", "status", vocab=STATUS_RU_A),
        Col("Дата начала", "start_date", text=0.2),
        Col("Дата окончания", "end_date", text=0.2),
        Col("Стоимость проекта", "total_cost_mln", **B),
        Col("Федеральный бюджет", "federal_budget_mln", **B),
        Col("Областной бюджет", "regional_budget_mln", **B),
        Col("Внебюджетные источники", "extra_budgetary_mln", **B),
        Col("Количество рабочих мест", "jobs_planned"),
    ]
    wb = new_wb()
    ws = wb.active
    ws.title = "Перечень"
    n = len(cols)
    ws.cell(1, 1, "Перечень проектов программы ИНО «Томск»").font = BOLD
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws.cell(2, 1, "(объемы финансирования — в млрд руб.)")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
    r = write_header(ws, 4, cols, False)
    rejected = []
    r, rows = write_rows(ws, r, cols, recs, rng, ws.title, rejected)
    write_totals(ws, r, cols, recs, 1, "Итого", conv_for_totals)
    set_widths(ws, cols)
    wb.save(OUT / name)
    fields = fields_of(cols)
    write_expected(name, fields, recs, columns_of(cols), rejected,
                   "Title rows 1-2; the unit is said only in the title ('объемы финансирования — в "
                   "млрд руб.'), the money headers carry no unit. Header row 4, data rows 5-18, "
                   "row 19 'Итого'. Money in RUB billion (some as text '1,2345'), expected in RUB "
                   "million. 'Количество рабочих мест' = planned jobs.",
                   header_row=4, data_rows=[rows[0], rows[-1]],
                   skipped_rows={"1": "title", "2": "title (unit)", str(r): "totals"},
                   split="holdout", shape="unit_in_title")


def f_dev_istochniki():
    name = "dev_istochniki_finansirovaniya.xlsx"
    rng = random.Random(1111)
    recs = gen_projects(rng, 18, CLUSTER_KEYS, 0.2, code_start=1100)
    M = dict(unit="mln", text=0.15)
    top = "Источники финансирования, млн руб."
    cols = [
        Col("Код проекта", "code"),
        Col("Наименование", "name"),
        Col("Кластер", "cluster", vocab=CLUSTER_RU_ADJ),
        Col("Муниципальное образование", "location"),
        Col("Статус", "status", vocab=STATUS_RU_A),
        Col("Период реализации", "start_date", sub="с"),
        Col("Период реализации", "end_date", sub="по"),
        Col(top, "total_cost_mln", sub="всего", **M),
        Col(top, "federal_budget_mln", sub="ФБ", **M),
        Col(top, "regional_budget_mln", sub="ОБ", **M),
        Col(top, "extra_budgetary_mln", sub="внебюджетные", **M),
        Col(top, "extra_budgetary_confirmed_mln", sub="из них подтверждено", **M),
        Col("Рабочие места", "jobs_planned", sub="план"),
        Col("Рабочие места", "jobs_created", sub="факт"),
        Col("Ответственная организация", "lead_organization"),
    ]
    wb = new_wb()
    ws = wb.active
    ws.title = "Проекты"
    ws.cell(1, 1, "Информация о финансировании проектов ИНО «Томск»").font = BOLD
    r = write_header(ws, 3, cols, True)
    rejected = []
    r, rows = write_rows(ws, r, cols, recs, rng, ws.title, rejected)
    set_widths(ws, cols)
    wb.save(OUT / name)
    fields = fields_of(cols)
    write_expected(name, fields, recs, columns_of(cols), rejected,
                   "Title row 1; two-level merged header rows 3-4: 'Период реализации / с, по', "
                   "'Источники финансирования, млн руб. / всего, ФБ, ОБ, внебюджетные, из них "
                   "подтверждено', 'Рабочие места / план, факт'. Data rows 5-22. Amounts RUB "
                   "million, some as Russian-style text.",
                   header_rows=[3, 4], data_rows=[rows[0], rows[-1]],
                   split="dev", shape="parent_headers")


def f_holdout_istochniki():
    name = "holdout_istochniki_rabochie_mesta.xlsx"
    rng = random.Random(1212)
    recs = gen_projects(rng, 16, CLUSTER_KEYS, 0.2, code_start=1200)
    M = dict(unit="tys", text=0.2, dec=0)
    cols = [
        Col("Код", "code"),
        Col("Проект", "name"),
        Col("Направление", "work_area", vocab=AREA_RU_B),
        Col("Кластер", "cluster", vocab=CLUSTER_RU_FULL),
        Col("Статус", "status", vocab=STATUS_RU_B),
        Col("Дата начала", "start_date", text=0.25),
        Col("Дата окончания", "end_date", text=0.25),
        Col("Общая стоимость, тыс. руб.", "total_cost_mln", **M),
        Col("Источники финансирования, тыс. руб.", "federal_budget_mln",
            sub="федеральный бюджет", **M),
        Col("Источники финансирования, тыс. руб.", "regional_budget_mln",
            sub="областной бюджет", **M),
        Col("Внебюджетные источники, тыс. руб.", "extra_budgetary_mln", sub="всего", **M),
        Col("Внебюджетные источники, тыс. руб.", "extra_budgetary_confirmed_mln",
            sub="из них подтверждено", **M),
        Col("Рабочие места, ед.", "jobs_planned", sub="план"),
        Col("Рабочие места, ед.", "jobs_created", sub="факт"),
        Col("Место реализации", "location"),
    ]
    bad = next(r for r in recs[6:] if r["status"] in ("in_progress", "suspended"))
    wrong_end = bad["start_date"] - dt.timedelta(days=550)
    bad["_bad"] = {"end_date": dt.datetime(wrong_end.year, wrong_end.month, wrong_end.day)}
    bad["_reject"] = ("end date before start date", "end_date")
    wb = new_wb()
    ws = wb.active
    ws.title = "Лист1"
    r = write_header(ws, 2, cols, True)
    ws.cell(1, 1, "Сведения о проектах (источники финансирования и рабочие места)")
    rejected = []
    r, rows = write_rows(ws, r, cols, recs, rng, ws.title, rejected)
    for rr in rows:  # the bad end date as a real date
        c = ws.cell(rr, 7)
        if isinstance(c.value, dt.datetime):
            c.number_format = "DD.MM.YYYY"
    write_totals(ws, r, cols, recs, 1, "Всего", conv_for_totals)
    set_widths(ws, cols)
    wb.save(OUT / name)
    fields = fields_of(cols)
    write_expected(name, fields, recs, columns_of(cols), rejected,
                   "Title row 1; two-level merged header rows 2-3: 'Источники финансирования, тыс. "
                   "руб. / федеральный бюджет, областной бюджет', 'Внебюджетные источники, тыс. руб. "
                   "/ всего, из них подтверждено', 'Рабочие места, ед. / план, факт'; the total cost "
                   "is a separate single column. Data rows 4-19; row 20 'Всего' is the totals row. "
                   "Amounts in тыс. руб., expected in RUB million. One row ends before it starts "
                   "and is rejected.",
                   header_rows=[2, 3], data_rows=[rows[0], rows[-1]],
                   skipped_rows={"1": "title", str(r): "totals"},
                   split="holdout", shape="parent_headers")


def f_dev_wide():
    name = "dev_monitoring_wide.xlsx"
    rng = random.Random(1313)
    recs = gen_projects(rng, 20, CLUSTER_KEYS, 0.2, code_start=1250)
    M = dict(unit="mln", text=0.1)
    people = ["Смирнов А.В., 8 (3822) 51-33-10", "Кузнецова О.Н., +7 913 812-44-05",
              "Попов Д.С., 8 (3822) 90-12-77", "Лебедева И.А., доб. 214",
              "Васильев П.Г., 8 (38241) 2-15-60"]
    remarks = ["Данные уточняются", "Информация инициатора", "Включен в ИПР",
               None, None, "Требуется актуализация паспорта"]
    cols = [
        num_col("№ п/п"),
        Col("Код проекта в реестре ИНО", "code"),
        Col("Наименование проекта", "name"),
        Col("Кластер", "cluster", vocab=CLUSTER_RU_ADJ),
        Col("Направление ИНО", "work_area", vocab=AREA_RU_A),
        Col("Локализация", "location"),
        Col("Статус", "status", vocab=STATUS_RU_B),
        Col("Дата начала работ", "start_date", text=0.2),
        Col("Дата завершения работ", "end_date", text=0.2),
        Col("% выполнения", None, fn=lambda rec, rng, ctx: round(rng.uniform(0, 1), 2), numfmt="0%"),
        Col("Стоимость, млн руб.", "total_cost_mln", **M),
        Col("ФБ, млн руб.", "federal_budget_mln", **M),
        Col("ОБ, млн руб.", "regional_budget_mln", **M),
        Col("Внебюджетные источники, млн руб.", "extra_budgetary_mln", **M),
        Col("Подтверждено внебюджетных средств, млн руб.", "extra_budgetary_confirmed_mln", **M),
        Col("Количество создаваемых рабочих мест", "jobs_planned"),
        Col("Создано рабочих мест (факт)", "jobs_created"),
        Col("Организация-заявитель", "lead_organization"),
        Col("Ответственный исполнитель (ФИО, телефон)", None,
            fn=lambda rec, rng, ctx: rng.choice(people)),
        Col("Проблемные вопросы", "problems"),
        Col("Примечание", None, fn=lambda rec, rng, ctx: rng.choice(remarks)),
        Col("Дата актуализации", None,
            fn=lambda rec, rng, ctx: dt.datetime(2024, 6, rng.randint(3, 28)), numfmt="DD.MM.YYYY"),
        Col("Ссылка на паспорт проекта", None,
            fn=lambda rec, rng, ctx: f"https://ino.tomsk.example/projects/{rec['code'].lower()}"),
    ]
    bad = recs[13]
    bad["_bad"] = {"jobs_planned": "около 300"}
    bad["_reject"] = ("not a number: 'около 300'", "jobs_planned")
    wb = new_wb()
    ws = wb.active
    ws.title = "Мониторинг"
    ws.cell(1, 1, "Ежеквартальный мониторинг проектов ИНО «Томск» (II кв. 2024)").font = BOLD
    r = write_header(ws, 2, cols, False)
    rejected = []
    r, rows = write_rows(ws, r, cols, recs, rng, ws.title, rejected)
    ws.freeze_panes = "D3"
    set_widths(ws, cols)
    wb.save(OUT / name)
    fields = fields_of(cols)
    write_expected(name, fields, recs, columns_of(cols), rejected,
                   "Wide monitoring sheet: title row 1, header row 2, data rows 3-22. Besides the "
                   "17 fields it has columns that must stay unmapped: '№ п/п', '% выполнения', "
                   "'Ответственный исполнитель (ФИО, телефон)', 'Примечание', 'Дата актуализации', "
                   "'Ссылка на паспорт проекта'. Amounts RUB million. Row 16 has 'около 300' in the "
                   "planned-jobs column and is rejected.",
                   header_row=2, data_rows=[rows[0], rows[-1]],
                   unmapped_columns=[c.top for c in cols if c.field is None],
                   split="dev", shape="wide_extra_columns")


# --------------------------------------------------------------------------------------
# LibreOffice re-saves
# --------------------------------------------------------------------------------------

RESAVE = ["dev_minfin_svod.xlsx", "dev_istochniki_finansirovaniya.xlsx",
          "holdout_klastery_reestr.xlsx", "holdout_perechen_mlrd.xlsx"]
TARGETS = [("xls", "xls:MS Excel 97", "_lo_xls"), ("ods", "ods", "_lo_ods"),
           ("xlsx", "xlsx:Calc MS Excel 2007 XML", "_lo_xlsx")]


def resave():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    dest = OUT / "resaved"
    if not soffice:
        print("soffice not found: resaved/ not (re)generated")
        return
    dest.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        for src in RESAVE:
            stem = src.rsplit(".", 1)[0]
            expected = json.loads((OUT / f"{stem}.expected.json").read_text(encoding="utf-8"))
            for ext, filt, suffix in TARGETS:
                outdir = Path(tmp) / ext
                outdir.mkdir(exist_ok=True)
                subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                                "--convert-to", filt, "--outdir", str(outdir), str(OUT / src)],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               timeout=300)
                produced = outdir / f"{stem}.{ext}"
                new_name = f"{stem}{suffix}.{ext}"
                shutil.move(str(produced), dest / new_name)
                exp = copy.deepcopy(expected)
                exp["file"] = new_name
                exp["resaved_from"] = src
                exp["notes"] = (f"{src} re-saved by LibreOffice Calc as .{ext}; same expected "
                                f"result. " + exp["notes"])
                (dest / f"{stem}{suffix}.expected.json").write_text(
                    json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
                print("resaved", new_name)


def main():
    for fn in [f_dev_minfin_svod, f_holdout_minek_svod, f_dev_klastery, f_holdout_klastery,
               f_dev_english, f_holdout_english, f_dev_csv, f_holdout_csv, f_holdout_mlrd,
               f_dev_istochniki, f_holdout_istochniki, f_dev_wide]:
        fn()
        print("wrote", fn.__name__)
    resave()


if __name__ == "__main__":
    main()
