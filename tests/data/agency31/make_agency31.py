#!/usr/bin/env python3
"""Generator for evaluation set agency31 (INO Tomsk project-portfolio importer).

Writes six input files and one NAME.expected.json beside each, deterministically
(fixed zip entry times and document properties: two runs give identical bytes).

Every project is defined ONCE below with canonical values (money as Decimal in RUB
million, dates as datetime.date) plus a dict ``w`` of how the sender wrote a field
where that differs from the plain rendering.  The expected files repeat every
difference between a written cell and its canonical value under ``written_as``
(per project code: [[field, canonical, as written], ...]).

Run:  /work/main/.venv/bin/python make_agency31.py   (writes into this folder)
"""
import csv
import io
import json
import os
import re
import sys
import zipfile
from datetime import date, datetime
from decimal import Decimal

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
NBSP = "\u00a0"
D = Decimal

FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date",
          "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
          "extra_budgetary_mln", "extra_budgetary_confirmed_mln", "jobs_planned",
          "jobs_created", "lead_organization", "problems"]
MONEY = {"total_cost_mln", "federal_budget_mln", "regional_budget_mln",
         "extra_budgetary_mln", "extra_budgetary_confirmed_mln"}
DATES = {"start_date", "end_date"}
JOBS = {"jobs_planned", "jobs_created"}
ALIAS = {"cl": "cluster", "wa": "work_area", "loc": "location", "st": "status",
         "s": "start_date", "e": "end_date", "tot": "total_cost_mln",
         "fb": "federal_budget_mln", "ob": "regional_budget_mln",
         "vbi": "extra_budgetary_mln", "conf": "extra_budgetary_confirmed_mln",
         "jp": "jobs_planned", "jc": "jobs_created", "org": "lead_organization",
         "prob": "problems"}

# Russian canonical spellings used when a sender wrote an enum field plainly.
RU_CLUSTER = {"petrochemical": "Нефтехимический кластер", "nuclear": "Кластер ядерных технологий",
              "timber": "Лесопромышленный кластер", "pharma": "Фармацевтический кластер",
              "medtech_it": "Кластер медицинской техники и информационных технологий",
              "wildlife": "Кластер дикоросов", "hard_to_recover": "Кластер трудноизвлекаемых запасов"}
RU_AREA = {"industry": "Передовая промышленность", "science_education": "Наука и образование",
           "innovation_business": "Технологические инновации, новые бизнесы",
           "smart_city": "Умный и удобный город", "business_environment": "Деловая среда"}
RU_STATUS = {"planned": "планируется", "in_progress": "реализуется", "completed": "завершен",
             "suspended": "приостановлен"}


class P:
    """One project: canonical values, written forms ``w``, look-alike cells ``x``."""

    def __init__(self, code, name, w=None, x=None, bad=None, **kv):
        self.code = code
        self.v = {f: None for f in FIELDS}
        self.v["code"] = code
        self.v["name"] = name
        for k, val in kv.items():
            f = ALIAS.get(k, k)
            assert f in FIELDS, k
            if f in MONEY and val is not None:
                val = D(val)
            self.v[f] = val
        self.w = {ALIAS.get(k, k): val for k, val in (w or {}).items()}
        self.x = dict(x or {})
        self.bad = bad  # (field, reason) for rows that must be rejected

    def __getitem__(self, f):
        return self.v[f]


def dd(s):
    y, m, d_ = s.split("-")
    return date(int(y), int(m), int(d_))


def canon_json(f, val):
    if val is None:
        return None
    if f in MONEY:
        return float(val)
    if f in DATES:
        return val.isoformat()
    if f in JOBS:
        return int(val)
    return val


def num_cell(val, scale):
    """Canonical RUB million -> number as written in a column of the given unit."""
    if val is None:
        return None
    if scale == "thousand":
        q = val * 1000
    elif scale == "billion":
        q = val / 1000
    else:
        q = val
    if q == q.to_integral_value():
        return int(q)
    return float(q)


def default_written(p, f, scale, enum):
    val = p.v[f]
    if f in p.w:
        return p.w[f]
    if val is None:
        return None
    if f in MONEY:
        return num_cell(val, scale)
    if f in ("cluster", "work_area", "status"):
        return enum[f][val]
    return val


def written_differs(f, canon, written):
    cj = canon_json(f, canon)
    if isinstance(written, datetime):
        written = written.date()
    if isinstance(written, date):
        return written.isoformat() != cj
    if isinstance(written, (int, float)) and not isinstance(written, bool) and cj is not None \
            and not isinstance(cj, str):
        return abs(float(written) - float(cj)) > 1e-9
    return written != cj


def written_json(v):
    if isinstance(v, datetime):
        v = v.date()
    if isinstance(v, date):
        return "date " + v.isoformat()
    return v


# --------------------------------------------------------------------------- helpers
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HFONT = Font(name="Times New Roman", bold=True, size=10)
BFONT = Font(name="Times New Roman", size=10)
WRAPC = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAPL = Alignment(horizontal="left", vertical="top", wrap_text=True)


def write_header(ws, top, cols, levels):
    """cols: list of header paths (lists of strings). Writes merged multi-level header."""
    n = len(cols)
    for i in range(levels):
        j = 0
        while j < n:
            path = cols[j]
            if len(path) <= i:
                j += 1
                continue
            k = j
            while k + 1 < n and len(cols[k + 1]) > i and cols[k + 1][:i + 1] == path[:i + 1]:
                k += 1
            c = ws.cell(row=top + i, column=j + 1, value=path[i])
            if k > j:
                ws.merge_cells(start_row=top + i, start_column=j + 1, end_row=top + i, end_column=k + 1)
            elif len(path) == i + 1 and i < levels - 1:
                ws.merge_cells(start_row=top + i, start_column=j + 1, end_row=top + levels - 1,
                               end_column=j + 1)
            j = k + 1
    for i in range(levels):
        for j in range(n):
            c = ws.cell(row=top + i, column=j + 1)
            c.font = HFONT
            c.alignment = WRAPC
            c.border = BOX


def header_text(path):
    return " / ".join(path)


def save_xlsx(wb, path, creator, when):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = when
    wb.properties.modified = when
    buf = io.BytesIO()
    wb.save(buf)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              lambda m: m.group(1) + stamp.encode() + m.group(3), data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2016, 4, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def dump_json(obj, path):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(obj, ensure_ascii=False, indent=1))
        fh.write("\n")


def record(p, fields):
    return {f: canon_json(f, p.v[f]) for f in fields}


class Table:
    """Collects expected facts while rows are written."""

    def __init__(self, fields):
        self.fields = fields
        self.records = []
        self.rejected = []
        self.written_as = {}

    def note_written(self, p, f, written):
        if written_differs(f, p.v[f], written):
            self.written_as.setdefault(p.code, []).append(
                [f, canon_json(f, p.v[f]), written_json(written)])


# =========================================================================== FILE 1
# Clerk's copy-paste of a decree annex (Word -> Excel): ministry-summary shape,
# three-level merged header with hyphenation left from line wrapping, section rows
# «1. ...», «в том числе:», numbering «1.1», subtotals, grand total, footnotes.
F1_NAME = "a31_postanovlenie.xlsx"
T_FIN = "Объем финансиро-\nвания, тыс. рублей"
F1_COLS = [
    (["№ п/п"], "no"),
    (["Код про-\nекта"], "code"),
    (["Наименование про-\nекта"], "name"),
    (["Кластер"], "cluster"),
    (["Направле-\nние"], "work_area"),
    (["Место реали-\nзации"], "location"),
    (["Состояние реали-\nзации"], "status"),
    (["Сроки реали-\nзации", "начало"], "start_date"),
    (["Сроки реали-\nзации", "оконча-\nние"], "end_date"),
    ([T_FIN, "всего"], "total_cost_mln"),
    ([T_FIN, "в том числе:", "ФБ"], "federal_budget_mln"),
    ([T_FIN, "в том числе:", "ОБ"], "regional_budget_mln"),
    ([T_FIN, "в том числе:", "МБ"], "mb"),
    ([T_FIN, "в том числе:", "ВБИ"], "extra_budgetary_mln"),
    (["из них ВБИ, подтвержден-\nные соглашениями, тыс. рублей"], "extra_budgetary_confirmed_mln"),
    (["Рабочие места, ед.", "плани-\nруемые"], "jobs_planned"),
    (["Рабочие места, ед.", "создан-\nные"], "jobs_created"),
    (["Наименование инициатора (инвестора)"], "lead_organization"),
    (["Проблемные вопросы"], "problems"),
    (["Примечание"], "note"),
]

F1_SECTIONS = [
    ("1. Передовая промышленность", [
        P("INO-3101", "Производство полипропиленовой плёнки на площадке «Томскнефтехим»",
          cl="petrochemical", wa="industry", loc="Томск", st="in_progress",
          s=dd("2015-03-16"), e=dd("2019-12-31"), tot="2450.0", fb="0.0", ob="120.0",
          vbi="2330.0", conf="1800.0", jp=180, jc=45, org="ООО «Томскнефтехим»",
          w=dict(cl="нефтехимический", loc="г. Томск", st="реализуется", s="16.03.2015",
                 e="IV кв. 2019", tot="2" + NBSP + "450" + NBSP + "000,0", wa="передовая промышленность"),
          x=dict(mb=0, note="Соглашение № 14-с от 20.05.2015")),
        P("INO-3102", "Строительство завода по выпуску композитных труб",
          cl="petrochemical", wa="industry", loc="Северск", st="planned",
          s=dd("2016-06-01"), e=dd("2018-12-31"), tot="860.0", fb="0.0", ob="0.0",
          vbi="860.0", conf="0.0", jp=95, jc=0, org="АО «Сибкабель»",
          prob="Не определён земельный участок под размещение производства",
          w=dict(cl="Нефтехимический", loc="ЗАТО Северск", st="планируется к реализации", e=2018),
          x=dict(mb=0)),
        P("INO-3103", "Модернизация производства изотопной продукции",
          cl="nuclear", wa="industry", loc="Северск", st="in_progress",
          s=dd("2014-09-01"), e=dd("2020-06-30"), tot="3120.5", fb="1500.0", ob="0.0",
          vbi="1620.5", conf="1620.5", jp=240, jc=110, org="АО «Сибирский химический комбинат»",
          w=dict(cl="ядерных технологий", loc="г. Северск", st="в стадии реализации",
                 e="II кв. 2020", tot="3 120 500", vbi="1 620 500", conf="1 620 500"),
          x=dict(mb=0, note="Включён решением Совета от 12.02.2016")),
        P("INO-3104", "Производство металлических порошков для 3D-печати",
          cl=None, wa="industry", loc="Томск", st="planned",
          s=dd("2016-03-01"), e=dd("2018-12-31"), tot="150.0", fb="0.0", ob="10.0",
          vbi="140.0", conf="0.0", jp=35, jc=0, org="ООО «Порошковые технологии»",
          w=dict(cl="кластер аддитивных технологий", loc="г. Томск", e="IV кв. 2018"),
          x=dict(mb=0), bad=("cluster", "unknown cluster 'кластер аддитивных технологий'")),
        P("INO-3105", "Цех глубокой переработки древесины",
          cl="timber", wa="industry", loc="Асино", st="completed",
          s=dd("2012-04-02"), e=dd("2015-10-30"), tot="1275.0", fb="0.0", ob="75.0",
          vbi="1200.0", conf="1200.0", jp=320, jc=320, org="ООО «Томлесдрев»",
          w=dict(cl="лесопромышленный", loc="г. Асино", st="реализован", s="02.04.2012",
                 ob="75 000,0"),
          x=dict(mb=0)),
        P("INO-3106", "Производство фитопрепаратов из сибирского растительного сырья",
          cl="pharma", wa="industry", loc="Томский район", st="suspended",
          s=dd("2015-05-12"), e=dd("2018-09-30"), tot="410.0", fb="0.0", ob="30.0",
          vbi="375.0", conf="90.0", jp=60, jc=12, org="ООО «Сибфитофарм»",
          prob="Инвестор пересматривает финансовую модель проекта",
          w=dict(cl="фармацевтический", loc="Томский р-н, с. Богашёво", st="приостановлен",
                 e="III кв. 2018"),
          x=dict(mb=5)),
    ]),
    ("2. Наука и образование", [
        P("INO-3107", "Центр коллективного пользования «Нанотех»",
          cl=None, wa="science_education", loc="Томск", st="in_progress",
          s=dd("2015-02-01"), e=dd("2018-12-31"), tot="540.0", fb="300.0", ob="60.0",
          vbi="180.0", conf="180.0", jp=85, jc=40, org="Томский политехнический университет",
          w=dict(cl="—", loc="г. Томск, Академгородок", st="реализуется ", e="2018",
                 wa="наука и образование"),
          x=dict(mb=0)),
        P("INO-3108", "Строительство студенческого кампуса (первая очередь)",
          cl=None, wa="science_education", loc="Томск", st="planned",
          s=dd("2016-09-01"), e=dd("2021-12-31"), tot="6800.0", fb="4200.0", ob="900.0",
          vbi="1700.0", conf=None, jp=250, jc=0, org="Томский государственный университет",
          prob="Требуется включение объекта в федеральную адресную инвестиционную программу",
          w=dict(loc="Томск", st="Планируется", s="01.09.2016", e=2021,
                 tot="6" + NBSP + "800" + NBSP + "000", fb="4" + NBSP + "200" + NBSP + "000"),
          x=dict(mb=0, note="Софинансирование уточняется")),
        P("INO-3109", "Инжиниринговый центр радиоэлектроники ТУСУР",
          cl="medtech_it", wa="science_education", loc="Томск", st="completed",
          s=dd("2013-03-01"), e=dd("2015-12-31"), tot="215.0", fb="120.0", ob="25.0",
          vbi="70.0", conf="70.0", jp=45, jc=45, org="ТУСУР",
          w=dict(cl="медтехники и ИТ", loc="г.Томск", st="Завершён", e="IV кв. 2015"),
          x=dict(mb=0)),
    ]),
    ("3. Технологические инновации, новые бизнесы", [
        P("INO-3110", "Производство медицинских изделий из никелида титана",
          cl="medtech_it", wa="innovation_business", loc="Томск", st="in_progress",
          s=dd("2014-11-20"), e=dd("2019-03-31"), tot="380.0", fb="0.0", ob="40.0",
          vbi="340.0", conf="200.0", jp=70, jc=30, org="ООО «Медтех-Сибирь»",
          w=dict(cl="Медицинской техники и ИТ", loc="город Томск", st="реализуемый",
                 s="20.11.2014", e="I кв. 2019", wa="Технологические инновации и новые бизнесы"),
          x=dict(mb=0)),
        P("INO-3111", "Выпуск сублимированных ягод и грибов",
          cl="wildlife", wa="innovation_business", loc="Колпашево", st="planned",
          s=dd("2016-05-01"), e=dd("2018-12-31"), tot="150.0", fb="0.0", ob="0.0",
          vbi="150.0", conf="0.0", jp=40, jc=0, org="ООО «Дары Сибири»",
          w=dict(cl="дикоросов", loc="г. Колпашево", tot="ориентировочно 150 000", e=2018),
          x=dict(mb=0), bad=("total_cost_mln", "not a number: 'ориентировочно 150 000'")),
        P("INO-3112", "Завод по переработке кедрового ореха",
          cl="wildlife", wa="innovation_business", loc="Колпашево", st="planned",
          s=dd("2016-04-01"), e=dd("2017-12-31"), tot="96.0", fb="0.0", ob="6.0",
          vbi="88.0", conf="40.0", jp=55, jc=0, org="ООО «Сибирский кедр»",
          w=dict(cl="дикоросов", loc="г. Колпашево", st="планируемый", e=2017),
          x=dict(mb=2)),
        P("INO-3113", "Опытно-промышленная разработка баженовской свиты",
          cl="hard_to_recover", wa="innovation_business", loc="Стрежевой", st="in_progress",
          s=dd("2015-01-15"), e=dd("2022-12-31"), tot="12400.0", fb="0.0", ob="0.0",
          vbi="12400.0", conf="9500.0", jp=150, jc=60, org="ОАО «Томскнефть» ВНК",
          prob="Не приняты налоговые льготы для трудноизвлекаемых запасов",
          w=dict(cl="ТрИЗ", loc="г. Стрежевой", st="В стадии реализации", s="15.01.2015",
                 e="IV кв. 2022", tot="12" + NBSP + "400" + NBSP + "000,0",
                 vbi="12" + NBSP + "400" + NBSP + "000,0", conf="9 500 000,0"),
          x=dict(mb=0)),
    ]),
    ("4. Умный и удобный город", [
        P("INO-3114", "Интеллектуальная система управления дорожным движением",
          cl=None, wa="smart_city", loc="Томск", st="in_progress",
          s=dd("2015-07-01"), e=dd("2018-06-30"), tot="730.0", fb="0.0", ob="430.0",
          vbi="250.0", conf="250.0", jp=30, jc=18, org="Администрация Города Томска",
          w=dict(cl="-", loc="г. Томск", e="II кв. 2018", wa="Умный и удобный город "),
          x=dict(mb=50)),
        P("INO-3115", "Модернизация системы теплоснабжения ЗАТО Северск",
          cl=None, wa="smart_city", loc="Северск", st="completed",
          s=dd("2013-05-15"), e=dd("2016-01-31"), tot="1580.0", fb="600.0", ob="280.0",
          vbi="600.0", conf="600.0", jp=40, jc=40, org="ООО «Тепловые сети Северска»",
          w=dict(cl="—", loc="ЗАТО Северск", st="ЗАВЕРШЕН", s="15.05.2013"),
          x=dict(mb=100, note="Объект введён, акт от 29.01.2016")),
        P("INO-3116", "Энергоэффективный микрорайон «Зелёные горки»",
          cl=None, wa="smart_city", loc="Томский район", st="planned",
          s=dd("2016-08-01"), e=dd("2020-12-31"), tot="4300.0", fb="0.0", ob="350.0",
          vbi="3950.0", conf="1200.0", jp=210, jc=0, org="ГК «Зелёные горки»",
          w=dict(loc="Томский район, д. Кисловка", st="ПЛАНИРУЕТСЯ", e="2020"),
          x=dict(mb=0)),
    ]),
    ("5. Деловая среда", [
        P("INO-3117", "Технопарк для малых инновационных предприятий",
          cl=None, wa="business_environment", loc="Северск", st="in_progress",
          s=dd("2014-06-16"), e=dd("2017-09-30"), tot="260.0", fb="90.0", ob="70.0",
          vbi="90.0", conf="60.0", jp=120, jc=75, org="АО «Технопарк Северск»",
          w=dict(cl="—", loc="Северск", st="в работе", e="III кв. 2017"),
          x=dict(mb=10)),
        P("INO-3118", "Региональный центр поддержки экспорта",
          cl=None, wa="business_environment", loc="Томск", st="completed",
          s=dd("2014-02-03"), e=dd("2015-06-30"), tot="35.0", fb="20.0", ob="15.0",
          vbi="0.0", conf="0.0", jp=12, jc=12,
          org="Фонд развития малого и среднего предпринимательства Томской области",
          w=dict(cl="—", loc="Томск", st="завершено", s="03.02.2014", e="II кв. 2015",
                 vbi="0,0", conf="0,0"),
          x=dict(mb=0)),
    ]),
]


def check_sums(p, mb=D(0)):
    if p.bad:
        return
    tot = p["total_cost_mln"]
    parts = [p[f] for f in ("federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln")]
    if tot is not None and None not in parts:
        assert tot == sum(parts) + mb, (p.code, tot, parts, mb)
    if p["extra_budgetary_confirmed_mln"] is not None:
        assert p["extra_budgetary_confirmed_mln"] <= p["extra_budgetary_mln"], p.code
    if p["start_date"] and p["end_date"]:
        assert p["start_date"] < p["end_date"], p.code
    if p["jobs_created"] is not None and p["jobs_planned"] is not None:
        assert p["jobs_created"] <= p["jobs_planned"], p.code


def make_f1():
    fields = FIELDS
    tab = Table(fields)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Приложение 1"
    ncol = len(F1_COLS)
    last = get_column_letter(ncol)
    titles = ["Приложение № 1", "к постановлению Администрации Томской области",
              "от 14.03.2016 № 87а", "ПЕРЕЧЕНЬ",
              "инвестиционных проектов, реализуемых в рамках инновационного территориального центра «ИНО Томск»"]
    for i, t in enumerate(titles, start=1):
        ws.cell(row=i, column=1, value=t)
        ws.merge_cells(f"A{i}:{last}{i}")
        ws.cell(row=i, column=1).alignment = Alignment(
            horizontal="right" if i <= 3 else "center", wrap_text=True)
        ws.cell(row=i, column=1).font = HFONT if i >= 4 else BFONT
    HTOP = 6
    write_header(ws, HTOP, [c[0] for c in F1_COLS], 3)
    r = HTOP + 3
    for j in range(ncol):  # column-number row
        c = ws.cell(row=r, column=j + 1, value=j + 1)
        c.alignment = WRAPC
        c.border = BOX
        c.font = BFONT
    skipped = {str(r): "column numbers"}
    r += 1
    first_data = r
    col_of = {key: j + 1 for j, (_, key) in enumerate(F1_COLS)}
    enum = {"cluster": RU_CLUSTER, "work_area": RU_AREA, "status": RU_STATUS}
    grand = {k: D(0) for k in ("total_cost_mln", "federal_budget_mln", "regional_budget_mln",
                                "mb", "extra_budgetary_mln", "extra_budgetary_confirmed_mln")}
    gjobs = {"jobs_planned": 0, "jobs_created": 0}
    projects = []
    for si, (title, plist) in enumerate(F1_SECTIONS, start=1):
        ws.cell(row=r, column=1, value=title).font = HFONT
        ws.merge_cells(f"A{r}:{last}{r}")
        skipped[str(r)] = "section heading"
        r += 1
        ws.cell(row=r, column=col_of["name"], value="в том числе:").font = BFONT
        skipped[str(r)] = "'в том числе:' row"
        r += 1
        sub = {k: D(0) for k in grand}
        sjobs = {"jobs_planned": 0, "jobs_created": 0}
        for pi, p in enumerate(plist, start=1):
            check_sums(p, D(p.x.get("mb", 0)))
            for j, (path, key) in enumerate(F1_COLS):
                if key == "no":
                    val = f"{si}.{pi}"
                elif key == "mb":
                    val = num_cell(D(p.x.get("mb", 0)), "thousand")
                elif key == "note":
                    val = p.x.get("note")
                else:
                    val = default_written(p, key, "thousand", enum)
                    tab.note_written(p, key, val) if not p.bad else None
                c = ws.cell(row=r, column=j + 1, value=val)
                c.border = BOX
                c.font = BFONT
                if isinstance(val, date):
                    c.number_format = "DD.MM.YYYY"
                elif isinstance(val, (int, float)) and (key in MONEY or key == "mb"):
                    c.number_format = "#,##0.0"
                c.alignment = WRAPL if key in ("name", "lead_organization", "problems", "note") \
                    else Alignment(vertical="top", wrap_text=True)
            if p.bad:
                f, reason = p.bad
                tab.rejected.append({"sheet": ws.title, "row": r, "reason": reason,
                                     "column": get_column_letter(col_of[f]), "code": p.code})
            else:
                tab.records.append(record(p, fields))
                projects.append(p)
                for k in sub:
                    sub[k] += D(p.x.get("mb", 0)) if k == "mb" else p[k] or D(0)
                for k in sjobs:
                    sjobs[k] += p[k]
            r += 1
        ws.cell(row=r, column=col_of["name"], value=f"Итого по разделу {si}:").font = HFONT
        for k, v in sub.items():
            c = ws.cell(row=r, column=col_of[k], value=num_cell(v, "thousand"))
            c.number_format = "#,##0.0"
            c.font = HFONT
            grand[k] += v
        for k, v in sjobs.items():
            ws.cell(row=r, column=col_of[k], value=v).font = HFONT
            gjobs[k] += v
        skipped[str(r)] = "section subtotal (Итого)"
        r += 1
    last_data = r - 1
    ws.cell(row=r, column=col_of["name"], value="ВСЕГО по перечню").font = HFONT
    for k, v in grand.items():
        c = ws.cell(row=r, column=col_of[k], value=num_cell(v, "thousand"))
        c.number_format = "#,##0.0"
        c.font = HFONT
    for k, v in gjobs.items():
        ws.cell(row=r, column=col_of[k], value=v).font = HFONT
    skipped[str(r)] = "grand total (ВСЕГО)"
    r += 2
    notes = ["* ФБ – федеральный бюджет; ОБ – областной бюджет; МБ – местный бюджет; "
             "ВБИ – внебюджетные источники.",
             "** Срок окончания указан в соответствии с паспортом проекта (дата, квартал или год ввода)."]
    for t in notes:
        ws.cell(row=r, column=1, value=t).font = BFONT
        ws.merge_cells(f"A{r}:{last}{r}")
        skipped[str(r)] = "footnote"
        r += 1
    widths = [6, 10, 38, 16, 18, 18, 14, 11, 11, 13, 12, 12, 10, 13, 14, 10, 10, 30, 30, 24]
    for j, wdt in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = wdt
    path = os.path.join(HERE, F1_NAME)
    save_xlsx(wb, path, "Иванова О.П.", datetime(2016, 3, 15, 10, 12, 0))
    cols = [[header_text(pth), key] for pth, key in F1_COLS if key in FIELDS]
    ign = [header_text(pth) for pth, key in F1_COLS if key not in FIELDS]
    exp = {
        "file": F1_NAME, "refused": False, "fields": fields,
        "record_count": len(tab.records), "records": tab.records, "rejected": tab.rejected,
        "sheet": ws.title,
        "columns": cols, "ignored_columns": ign,
        "header_rows": [HTOP, HTOP + 1, HTOP + 2], "data_rows": [first_data, last_data],
        "skipped_rows": skipped,
        "notes": ("Clerk's copy-paste of a decree annex into Excel. One sheet. Title rows 1-5 "
                  "(«Приложение № 1 к постановлению ...», «ПЕРЕЧЕНЬ ...»); three-level merged header in "
                  "rows 6-8 whose words still carry hyphens and line breaks from Word's line wrapping "
                  "(«Код про-\\nекта», «Наименование про-\\nекта»); row 9 numbers the columns. The table "
                  "is split into five sections: a heading row «1. Передовая промышленность» (merged across), "
                  "a row «в том числе:», project rows numbered «1.1», «1.2» in column A, and a subtotal "
                  "«Итого по разделу N:»; after the last section a grand total «ВСЕГО по перечню» and two "
                  "footnotes. None of these is a project. Money is in thousand roubles (said once, in the "
                  "top header cell «Объем финансирования, тыс. рублей» and in the confirmed-funds header) "
                  "and is given here in RUB million; several amounts are text with plain or non-breaking "
                  "spaces and a decimal comma. The «МБ» (municipal budget) column, the row numbers and "
                  "«Примечание» (a remark, not a problem) are not imported. Clusters are written as bare "
                  "adjectives or genitives («нефтехимический», «ядерных технологий», «дикоросов», «ТрИЗ»); "
                  "'—', '-' or an empty cell means no cluster. End dates are real dates, 'dd.mm.yyyy' text, "
                  "quarters («IV кв. 2019» = 2019-12-31) or bare years (text '2018' or the number 2021 = "
                  "31 December). INO-3108 has an empty confirmed-funds cell: unknown, null. Row of INO-3104 "
                  "is rejected (unknown cluster «кластер аддитивных технологий»); row of INO-3111 is "
                  "rejected (text 'ориентировочно 150 000' in the total). Empty «Проблемные вопросы» = null."),
        "written_as": tab.written_as,
    }
    dump_json(exp, os.path.join(HERE, F1_NAME.rsplit(".", 1)[0] + ".expected.json"))
    return projects, tab


# =========================================================================== FILE 2
# Cluster development centre, hurried: one sheet per cluster, short sheet names,
# the unit only in the title (thousand roubles, but one sheet in RUB million),
# a hidden row and a hidden column, spacer rows, a summary sheet with no project table.
F2_NAME = "a31_klastery.xlsx"
F2_COLS = [
    (["№"], "no"),
    (["Код ИНО"], "code"),
    (["Проект"], "name"),
    (["Муниципальное образование"], "location"),
    (["Стадия"], "status"),
    (["Дата старта"], "start_date"),
    (["Срок ввода объекта в эксплуатацию"], "end_date"),
    (["Стоимость, всего"], "total_cost_mln"),
    (["Освоено с начала реализации"], "spent"),
    (["Частные инвестиции"], "extra_budgetary_mln"),
    (["Новые рабочие места (план)"], "jobs_planned"),
    (["Новые рабочие места (факт)"], "jobs_created"),
    (["Инициатор"], "lead_organization"),
    (["Контактное лицо"], "contact"),
]
F2_FIELDS = ["code", "name", "cluster", "location", "status", "start_date", "end_date",
             "total_cost_mln", "extra_budgetary_mln", "jobs_planned", "jobs_created",
             "lead_organization"]

F2_SHEETS = [
    ("Нефтехим", "Нефтехимический кластер", "petrochemical", "thousand",
     "Перечень проектов кластера по состоянию на 01.04.2016, тыс. руб.", [
         P("INO-3122", "Установка производства метанола на площадке «Томскнефтехим»",
           loc="Томск", st="in_progress", s=dd("2014-10-01"), e=dd("2019-06-30"),
           tot="1840.0", vbi="1600.0", jp=75, jc=30, org="ООО «Томскнефтехим»",
           w=dict(loc="г. Томск", st="Реализуется", e="II кв. 2019"),
           x=dict(spent=900000, contact="Петров А.В., 8-913-800-12-34")),
         P("INO-3123", "Выпуск полимерных композитов для нефтесервиса",
           loc="Северск", st="planned", s=dd("2016-07-01"), e=dd("2018-12-31"),
           tot="240.5", vbi="230.0", jp=40, jc=0, org="ООО «Полимер-Томск»",
           w=dict(loc="ЗАТО Северск", st="планируется ", s="01.07.2016", e=2018,
                  tot="240 500"),
           x=dict(spent=0, contact="Ким Л.С.")),
     ]),
    ("Ядерные техн.", "Кластер ядерных технологий", "nuclear", "million",
     "Проекты кластера на 01.04.2016 (млн руб.)", [
         P("INO-3124", "Производство радиофармпрепаратов на базе циклотрона",
           loc="Томск", st="in_progress", s=dd("2015-02-16"), e=dd("2018-12-31"),
           tot="615.8", vbi="410.3", jp=50, jc=22, org="ТПУ",
           w=dict(loc="Томск", st="РЕАЛИЗУЕТСЯ", e="IV кв. 2018", vbi="410,3"),
           x=dict(spent=250.0, contact="Соколова Е.Н., (3822) 60-61-62")),
         P("INO-3125", "Опытное производство сверхпроводящих материалов",
           loc="Северск", st="suspended", s=dd("2014-05-05"), e=dd("2019-12-31"),
           tot="1210.0", vbi="980.0", jp=90, jc=10, org="АО «Сибирский химический комбинат»",
           w=dict(loc="г. Северск", st="Приостановлен ", s="05.05.2014", e=2019,
                  tot="1 210,0"),
           x=dict(spent=130.5, contact="")),
     ]),
    ("Лесопром", "Лесопромышленный кластер", "timber", "thousand",
     "Перечень проектов (тыс. рублей) на 01.04.2016", [
         P("INO-3126", "Производство пеллет из отходов лесопиления",
           loc="Асино", st="completed", s=dd("2013-06-01"), e=dd("2015-03-31"),
           tot="185.0", vbi="170.0", jp=45, jc=45, org="ООО «Асиновский ЛПК»",
           w=dict(loc="г. Асино", st="завершён", e="I кв. 2015"),
           x=dict(spent=185000, contact="Жуков И.И.")),
         P("INO-3127", "Завод по производству клеёного бруса",
           loc="Томский район", st="in_progress", s=dd("2015-09-01"), e=dd("2017-12-31"),
           tot="720.0", vbi="690.0", jp=110, jc=60, org="ООО «Томлесдрев»",
           w=dict(loc="Томский район (пос. Зональная Станция)", st="реализуется",
                  s="01.09.2015", e="2017", tot="720 000"),
           x=dict(spent=410000, contact="Жуков И.И.")),
     ]),
    ("Фарма", "Фармацевтический кластер", "pharma", "thousand",
     "Проекты на 01.04.2016, тыс. руб.", [
         P("INO-3128", "Производство инсулинов полного цикла",
           loc="Томск", st="planned", s=dd("2016-10-01"), e=dd("2020-12-31"),
           tot="3500.0", vbi="3300.0", jp=160, jc=0, org="АО «Томскфарм»",
           w=dict(loc="Томск", st="Планируется", e="IV кв. 2020"),
           x=dict(spent=0, contact="Белова М.А.")),
         P("INO-3129", "Расширение производства таблетированных форм",
           loc="Томск", st="in_progress", s=dd("2015-03-10"), e=dd("2017-06-30"),
           tot="128.4", vbi="128.4", jp=35, jc=20, org="ОАО «Томский фармзавод»",
           w=dict(loc="г. Томск", st="в работе", s="10.03.2015", e="II кв. 2017"),
           x=dict(spent=64200, contact="Белова М.А.")),
     ]),
    ("Медтех и ИТ", "Кластер медицинской техники и информационных технологий", "medtech_it",
     "thousand", "Перечень проектов, тыс. руб. (на 01.04.2016)", [
         P("INO-3130", "Серийный выпуск кардиомониторов",
           loc="Томск", st="in_progress", s=dd("2014-04-01"), e=dd("2018-03-31"),
           tot="310.0", vbi="280.0", jp=60, jc=35, org="ООО «Кардиотехника»",
           w=dict(loc="г. Томск", st="Реализуется", e="I кв. 2018"),
           x=dict(spent=150000, contact="Лазарев П.Д.")),
         P("INO-3131", "Центр разработки программного обеспечения для медицины",
           loc="Северск", st="completed", s=dd("2013-09-02"), e=dd("2015-12-15"),
           tot="42.3", vbi="42.3", jp=25, jc=25, org="ООО «Элекард-Мед»",
           w=dict(loc="ЗАТО Северск", st="Реализован", s="02.09.2013", tot="42 300",
                  vbi="42 300"),
           x=dict(spent=42300, contact="Лазарев П.Д.")),
     ]),
    ("Дикоросы", "Кластер дикоросов", "wildlife", "thousand",
     "Проекты кластера (тыс. руб.) по состоянию на 01.04.2016", [
         P("INO-3132", "Переработка дикорастущих ягод в Колпашево",
           loc="Колпашево", st="in_progress", s=dd("2015-06-15"), e=dd("2018-12-31"),
           tot="64.0", vbi="58.0", jp=30, jc=12, org="ООО «Сибирская ягода»",
           w=dict(loc="г. Колпашево", st="реализуется", e=2018),
           x=dict(spent=30000, contact="Гусева Т.Ф.")),
         P("INO-3133", "Производство чаги и иван-чая",
           loc="Томский район", st="planned", s=dd("2016-05-01"), e=dd("2017-09-30"),
           tot="18.5", vbi="18.5", jp=15, jc=0, org="КФХ «Таёжное»",
           w=dict(loc="Томский район, с. Турунтаево", st="Планируется", s="01.05.2016",
                  e="III кв. 2017", tot="18 500", vbi="18 500"),
           x=dict(spent=0, contact="Гусева Т.Ф.")),
         P("INO-3136", "Цех шоковой заморозки грибов",
           loc="Асино", st="planned", s=dd("2017-03-01"), e=dd("2016-11-30"),
           tot="22.0", vbi="22.0", jp=12, jc=0, org="ООО «Грибная лавка»",
           w=dict(loc="г. Асино", st="планируется"),
           x=dict(spent=0, contact="Гусева Т.Ф."),
           bad=("end_date", "end date before start date")),
     ]),
    ("ТрИЗ", "Кластер трудноизвлекаемых запасов", "hard_to_recover", "thousand",
     "Проекты на 01.04.2016, тыс. руб.", [
         P("INO-3134", "Освоение залежей высоковязкой нефти",
           loc="Стрежевой", st="in_progress", s=dd("2014-01-20"), e=dd("2021-12-31"),
           tot="8750.0", vbi="8750.0", jp=200, jc=90, org="ОАО «Томскнефть» ВНК",
           w=dict(loc="г. Стрежевой", st="в стадии реализации", e="IV кв. 2021"),
           x=dict(spent=3100000, contact="Орлов В.В.")),
         P("INO-3135", "Полигон испытаний технологий добычи трудноизвлекаемой нефти",
           loc="Стрежевой", st="planned", s=dd("2016-11-01"), e=dd("2020-12-31"),
           tot="2100.0", vbi="1900.0", jp=80, jc=0, org="ООО «Газпромнефть-Восток»",
           w=dict(loc="Томская обл., г. Стрежевой", st="планируется к реализации",
                  s="01.11.2016", e="2020", tot="2 100 000"),
           x=dict(spent=0, contact="Орлов В.В.")),
     ]),
]
F2_HIDDEN_ROW = ("Фарма", 7)
F2_HIDDEN_COL = ("Лесопром", "K")


def make_f2():
    tab = Table(F2_FIELDS)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    sheets_info = []
    totals = []
    for sname, full, ckey, unit, subtitle, plist in F2_SHEETS:
        ws = wb.create_sheet(sname)
        ws["A1"] = full
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = subtitle
        HR = 4
        for j, (path, key) in enumerate(F2_COLS, start=1):
            c = ws.cell(row=HR, column=j, value=path[0])
            c.font = Font(bold=True)
            c.alignment = WRAPC
        r = HR + 1
        rows = []
        tsum = D(0)
        for i, p in enumerate(plist):
            if i > 0:
                r += 1  # blank spacer row between projects
            p.v["cluster"] = ckey
            check_sums(p)
            for j, (path, key) in enumerate(F2_COLS, start=1):
                if key == "no":
                    val = i + 1
                elif key in ("spent", "contact"):
                    val = p.x.get(key)
                    if val == "":
                        val = None
                else:
                    val = default_written(p, key, unit, {"status": RU_STATUS})
                    if not p.bad:
                        tab.note_written(p, key, val)
                c = ws.cell(row=r, column=j, value=val)
                if isinstance(val, date):
                    c.number_format = "DD.MM.YYYY"
                elif isinstance(val, (int, float)) and key in MONEY | {"spent"}:
                    c.number_format = "#,##0" if unit == "thousand" else "#,##0.0"
            if p.bad:
                f, reason = p.bad
                col = [k for _, k in F2_COLS].index(f) + 1
                tab.rejected.append({"sheet": sname, "row": r, "reason": reason,
                                     "column": get_column_letter(col), "code": p.code})
            else:
                tab.records.append(record(p, F2_FIELDS))
                tsum += p["total_cost_mln"]
            rows.append(r)
            r += 1
        totals.append((full, len([p for p in plist if not p.bad]), tsum))
        for j, wdt in enumerate([4, 10, 42, 26, 14, 12, 16, 14, 14, 14, 12, 12, 30, 24], start=1):
            ws.column_dimensions[get_column_letter(j)].width = wdt
        info = {"sheet": sname, "cluster": ckey, "title_A1": full, "unit": unit,
                "header_row": HR, "data_rows": rows}
        if sname == F2_HIDDEN_ROW[0]:
            ws.row_dimensions[F2_HIDDEN_ROW[1]].hidden = True
            assert F2_HIDDEN_ROW[1] in rows
        if sname == F2_HIDDEN_COL[0]:
            ws.column_dimensions[F2_HIDDEN_COL[1]].hidden = True
        sheets_info.append(info)
    ws = wb.create_sheet("Итоги")
    ws["A1"] = "Сводные данные по кластерам"
    ws["A3"], ws["B3"], ws["C3"] = "Кластер", "Количество проектов", "Стоимость, тыс. руб."
    for i, (full, n, tsum) in enumerate(totals, start=4):
        ws.cell(row=i, column=1, value=full)
        ws.cell(row=i, column=2, value=n)
        ws.cell(row=i, column=3, value=num_cell(tsum, "thousand")).number_format = "#,##0"
    ws.column_dimensions["A"].width = 50
    path = os.path.join(HERE, F2_NAME)
    save_xlsx(wb, path, "ЦКР ТО", datetime(2016, 4, 5, 17, 48, 0))
    cols = [[header_text(pth), key] for pth, key in F2_COLS if key in FIELDS]
    ign = [header_text(pth) for pth, key in F2_COLS if key not in FIELDS]
    exp = {
        "file": F2_NAME, "refused": False, "fields": F2_FIELDS,
        "record_count": len(tab.records), "records": tab.records, "rejected": tab.rejected,
        "columns": cols, "ignored_columns": ign, "sheets": sheets_info,
        "not_data_sheets": ["Итоги"],
        "hidden": {"row": {"sheet": F2_HIDDEN_ROW[0], "row": F2_HIDDEN_ROW[1]},
                   "column": {"sheet": F2_HIDDEN_COL[0], "column": F2_HIDDEN_COL[1],
                              "field": "jobs_planned"}},
        "notes": ("One sheet per cluster, typed in a hurry by a cluster development centre. The sheet "
                  "names are short («Нефтехим», «Ядерные техн.», «Лесопром», «Фарма», «Медтех и ИТ», "
                  "«Дикоросы», «ТрИЗ»); cell A1 holds the full cluster name, and the record's cluster "
                  "comes from the sheet. The money unit is said ONLY in the title in A2, never in the "
                  "headers: thousand roubles on six sheets, but RUB million on sheet «Ядерные техн.». "
                  "Amounts are given here in RUB million. Header row 4; blank spacer rows between projects "
                  "are skipped. Row 7 of sheet «Фарма» is hidden and column K (jobs planned) of sheet "
                  "«Лесопром» is hidden: both are data. Sheet «Итоги» is a per-cluster summary without "
                  "codes or projects: not data. «Освоено с начала реализации» (spent to date), «№» and "
                  "«Контактное лицо» are not imported. «Частные инвестиции» is the extra-budgetary "
                  "amount; «Срок ввода объекта в эксплуатацию» is the end date (dates, 'dd.mm.yyyy' text, "
                  "quarters, years as text or number). Places carry prefixes or a village inside the "
                  "district («Томский район (пос. Зональная Станция)» = Томский район, «Томская обл., г. "
                  "Стрежевой» = Стрежевой). Row 9 of sheet «Дикоросы» (INO-3136) is rejected: it ends "
                  "(30.11.2016) before it starts (01.03.2017)."),
        "written_as": tab.written_as,
    }
    dump_json(exp, os.path.join(HERE, F2_NAME.rsplit(".", 1)[0] + ".expected.json"))


# =========================================================================== FILE 3
# Development corporation's investor deck turned into a table (English).
F3_NAME = "a31_investor_pipeline.xlsx"
F3_COLS = [
    (["#"], "no"),
    (["Project ref."], "code"),
    (["Project"], "name"),
    (["Sector"], "cluster"),
    (["Priority area"], "work_area"),
    (["Site"], "location"),
    (["Stage"], "status"),
    (["Start"], "start_date"),
    (["Target commissioning"], "end_date"),
    (["Total investment, RUB bn"], "total_cost_mln"),
    (["Federal funds, RUB m"], "federal_budget_mln"),
    (["Regional funds, RUB '000"], "regional_budget_mln"),
    (["Private capital, RUB bn"], "extra_budgetary_mln"),
    (["New jobs (target)"], "jobs_planned"),
    (["Sponsor"], "lead_organization"),
    (["Spent to date, RUB bn"], "spent"),
    (["% complete"], "pct"),
    (["RAG"], "rag"),
    (["IR contact"], "contact"),
]
F3_UNITS = {"total_cost_mln": "billion", "federal_budget_mln": "million",
            "regional_budget_mln": "thousand", "extra_budgetary_mln": "billion"}
F3_FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date",
             "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
             "extra_budgetary_mln", "jobs_planned", "lead_organization"]
EN_CLUSTER = {"petrochemical": "Petrochemicals", "nuclear": "Nuclear", "timber": "Timber",
              "pharma": "Pharmaceuticals", "medtech_it": "MedTech & IT", "wildlife": "Wild plants",
              "hard_to_recover": "Hard-to-recover oil reserves"}
EN_AREA = {"industry": "Advanced manufacturing", "science_education": "Science & education",
           "innovation_business": "Tech innovation & new business", "smart_city": "Smart city",
           "business_environment": "Business environment"}
EN_STATUS = {"planned": "Planned", "in_progress": "Ongoing", "completed": "Completed",
             "suspended": "On hold"}
EN_LOC = {"Томск": "Tomsk", "Северск": "Seversk", "Асино": "Asino", "Стрежевой": "Strezhevoy",
          "Колпашево": "Kolpashevo", "Томский район": "Tomsk District"}

F3_PROJECTS = [
    P("INO-3137", "Polypropylene compounding line at Tomskneftekhim", cl="petrochemical",
      wa="industry", loc="Томск", st="in_progress", s=dd("2015-04-01"), e=dd("2018-12-31"),
      tot="1850.0", fb="0.0", ob="50.0", vbi="1800.0", jp=140, org="Tomskneftekhim LLC",
      w=dict(e="Q4 2018"), x=dict(spent=0.9, pct=0.45, rag="Green", contact="A. Petrova, +7 3822 51-00-01")),
    P("INO-3138", "Isotope production upgrade at SCC", cl="nuclear", wa="industry",
      loc="Северск", st="in_progress", s=dd("2014-06-01"), e=dd("2020-12-31"),
      tot="2900.0", fb="1200.0", ob="0.0", vbi="1700.0", jp=210,
      org="Siberian Chemical Combine JSC",
      w=dict(st="In progress", e=2020), x=dict(spent=1.4, pct=0.5, rag="Amber", contact="A. Petrova")),
    P("INO-3139", "Sawmill and CLT panel plant", cl="timber", wa="industry", loc="Асино",
      st="planned", s=dd("2016-05-01"), e=dd("2019-06-30"), tot="4200.0", fb="0.0",
      ob="150.0", vbi="4050.0", jp=350, org="Tomlesdrev LLC",
      w=dict(cl="Timber ", e="Q2 2019"), x=dict(spent=0.0, pct=0.0, rag="Green", contact="I. Sidorov")),
    P("INO-3140", "Generic drugs plant (phase II)", cl="pharma", wa="innovation_business",
      loc="Томский район", st="suspended", s=dd("2015-03-15"), e=dd("2019-12-31"),
      tot="960.0", fb="0.0", ob="40.0", vbi="920.0", jp=120, org="Tomskfarm JSC",
      w=dict(e="2019"), x=dict(spent=0.21, pct=0.2, rag="Red", contact="I. Sidorov")),
    P("INO-3141", "Medical imaging software hub", cl="medtech_it", wa="innovation_business",
      loc="Томск", st="completed", s=dd("2013-02-01"), e=dd("2015-11-30"), tot="85.0",
      fb="30.0", ob="5.0", vbi="50.0", jp=40, org="Sibmed Soft LLC",
      x=dict(spent=0.085, pct=1, rag="Green", contact="A. Petrova")),
    P("INO-3142", "Cedar nut processing plant", cl="wildlife", wa="industry", loc="Колпашево",
      st="in_progress", s=dd("2015-08-01"), e=dd("2017-09-30"), tot="124.0", fb="0.0",
      ob="4.0", vbi="120.0", jp=65, org="Siberian Cedar LLC",
      w=dict(e="Q3 2017", cl="wild plants"), x=dict(spent=0.06, pct=0.5, rag="Amber", contact="I. Sidorov")),
    P("INO-3143", "Bazhenov formation pilot development", cl="hard_to_recover",
      wa="innovation_business", loc="Стрежевой", st="in_progress", s=dd("2014-09-01"),
      e=dd("2021-12-31"), tot="15600.0", fb="0.0", ob="0.0", vbi="15600.0", jp=260,
      org="Tomskneft VNK OJSC", w=dict(e="Q4 2021", st="Ongoing "),
      x=dict(spent=6.2, pct=0.4, rag="Green", contact="A. Petrova")),
    P("INO-3144", "Smart street lighting", cl=None, wa="smart_city", loc="Томск",
      st="completed", s=dd("2014-04-01"), e=dd("2015-12-31"), tot="310.0", fb="0.0",
      ob="110.0", vbi="200.0", jp=15, org="Gorsvet Tomsk MUE",
      w=dict(cl="n/a", e="IV кв. 2015"), x=dict(spent=0.31, pct=1, rag="Green", contact="I. Sidorov")),
    P("INO-3145", "University campus (student housing PPP)", cl=None, wa="science_education",
      loc="Томск", st="planned", s=dd("2016-09-01"), e=dd("2022-12-31"), tot="7500.0",
      fb="3800.0", ob="1200.0", vbi="2500.0", jp=300, org="Tomsk State University",
      w=dict(cl="—", e=2022, st="PLANNED"), x=dict(spent=0.0, pct=0.0, rag="Amber", contact="A. Petrova")),
    P("INO-3146", "Export support one-stop shop", cl=None, wa="business_environment",
      loc="Томск", st="completed", s=dd("2014-03-01"), e=dd("2015-02-27"), tot="28.0",
      fb="18.0", ob="10.0", vbi="0.0", jp=10, org="SME Development Fund",
      w=dict(st="Completed "), x=dict(spent=0.028, pct=1, rag="Green", contact="")),
    P("INO-3147", "Radiopharmaceuticals pilot plant", cl="nuclear", wa="science_education",
      loc="Томск", st="in_progress", s=dd("2015-10-01"), e=dd("2018-03-31"), tot="450.0",
      fb="200.0", ob="30.0", vbi="220.0", jp=55, org="Tomsk Polytechnic University",
      w=dict(st="IN PROGRESS", e="Q1 2018", cl="Nuclear tech"),
      x=dict(spent=0.15, pct=0.3, rag="Amber", contact="I. Sidorov")),
    P("INO-3148", "Wooden house kits factory", cl="timber", wa="industry", loc="Томский район",
      st="in_progress", s=dd("2015-05-18"), e=dd("2017-12-31"), tot="380.0", fb="0.0",
      ob="20.0", vbi="360.0", jp=90, org="Tomsk House LLC",
      w=dict(e=2017, cl="Timber & wood processing"),
      x=dict(spent=0.19, pct=0.5, rag="Green", contact="I. Sidorov")),
    P("INO-3149", "Greenhouse complex", cl=None, wa="industry", loc="Томский район",
      st="planned", s=dd("2016-06-01"), e=dd("2018-12-31"), tot="2100.0", fb="0.0",
      ob="100.0", vbi="2000.0", jp=250, org="Sibir Agro LLC",
      w=dict(cl="Agribusiness", e="Q4 2018"), x=dict(spent=0.0, pct=0.0, rag="Amber", contact="A. Petrova"),
      bad=("cluster", "unknown cluster 'Agribusiness'")),
    P("INO-3150", "Data centre for fintech", cl="medtech_it", wa="business_environment",
      loc="Томск", st="planned", s=dd("2016-07-01"), e=dd("2019-12-31"), tot="1200.0",
      fb="0.0", ob="0.0", vbi="1200.0", jp=45, org="Tomsk Data LLC",
      w=dict(tot="c. 1.2", e="2019"), x=dict(spent=0.0, pct=0.0, rag="Red", contact="A. Petrova"),
      bad=("total_cost_mln", "not a number: 'c. 1.2'")),
]


def make_f3():
    tab = Table(F3_FIELDS)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Pipeline"
    ws["A1"] = "Tomsk Region Development Corporation — INO Tomsk investment pipeline"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Backup table to the investor presentation, April 2016"
    HR = 4
    for j, (path, key) in enumerate(F3_COLS, start=1):
        c = ws.cell(row=HR, column=j, value=path[0])
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = openpyxl.styles.PatternFill("solid", fgColor="1F4E79")
        c.alignment = WRAPC
    enum = {"cluster": EN_CLUSTER, "work_area": EN_AREA, "status": EN_STATUS}
    r = HR + 1
    first = r
    sums = {k: D(0) for k in F3_UNITS}
    for i, p in enumerate(F3_PROJECTS, start=1):
        if not p.bad:
            check_sums(p)
        for j, (path, key) in enumerate(F3_COLS, start=1):
            if key == "no":
                val = i
            elif key in ("spent", "pct", "rag", "contact"):
                val = p.x.get(key)
                if val == "":
                    val = None
            elif key == "location" and key not in p.w:
                val = EN_LOC[p["location"]]
            elif key == "cluster" and key not in p.w and p["cluster"] is None:
                val = None
            else:
                val = default_written(p, key, F3_UNITS.get(key), enum)
            if key in FIELDS and not p.bad:
                tab.note_written(p, key, val)
            c = ws.cell(row=r, column=j, value=val)
            if isinstance(val, date):
                c.number_format = "d mmm yyyy"
            elif key == "pct":
                c.number_format = "0%"
            elif isinstance(val, float) and F3_UNITS.get(key) == "billion" or key == "spent":
                c.number_format = "0.000"
        if p.bad:
            f, reason = p.bad
            col = [k for _, k in F3_COLS].index(f) + 1
            tab.rejected.append({"sheet": ws.title, "row": r, "reason": reason,
                                 "column": get_column_letter(col), "code": p.code})
        else:
            tab.records.append(record(p, F3_FIELDS))
            for k in sums:
                sums[k] += p[k]
        r += 1
    last = r - 1
    ws.cell(row=r, column=3, value="Total").font = Font(bold=True)
    for k, v in sums.items():
        col = [kk for _, kk in F3_COLS].index(k) + 1
        ws.cell(row=r, column=col, value=num_cell(v, F3_UNITS[k])).font = Font(bold=True)
    total_row = r
    r += 2
    ws.cell(row=r, column=1, value="Source: project sponsors; figures are unaudited and subject to change.")
    note_row = r
    for j, wdt in enumerate([4, 11, 44, 24, 28, 15, 13, 12, 14, 12, 12, 13, 12, 11, 30, 12, 10, 8, 28], start=1):
        ws.column_dimensions[get_column_letter(j)].width = wdt
    ws.freeze_panes = "D5"
    ws2 = wb.create_sheet("Disclaimer")
    for i, t in enumerate([
            "This table accompanies the investor presentation and is provided for information only.",
            "Figures are in RUB bn unless the column says otherwise (RUB m, RUB '000).",
            "Target commissioning: date, quarter or year as reported by the sponsor.",
            "RAG: Green = on track, Amber = at risk, Red = off track."], start=1):
        ws2.cell(row=i, column=1, value=t)
    path = os.path.join(HERE, F3_NAME)
    save_xlsx(wb, path, "TRDC IR team", datetime(2016, 4, 11, 8, 0, 0))
    cols = [[header_text(pth), key] for pth, key in F3_COLS if key in FIELDS]
    ign = [header_text(pth) for pth, key in F3_COLS if key not in FIELDS]
    exp = {
        "file": F3_NAME, "refused": False, "fields": F3_FIELDS,
        "record_count": len(tab.records), "records": tab.records, "rejected": tab.rejected,
        "data_sheet": "Pipeline", "columns": cols, "ignored_columns": ign,
        "header_row": HR, "data_rows": [first, last],
        "skipped_rows": {str(total_row): "totals (Total)", str(note_row): "source note"},
        "notes": ("A development corporation's investor deck turned into a table, in English. Sheet "
                  "'Pipeline': title rows 1-2, header row 4, data rows 5-18, a 'Total' row and a source "
                  "note below; sheet 'Disclaimer' is text, not data. Each money column states its own unit "
                  "and they differ: 'Total investment' and 'Private capital' in RUB bn, 'Federal funds' in "
                  "RUB m, 'Regional funds' in RUB '000 (thousand); all are given here in RUB million. "
                  "'Private capital' is the extra-budgetary amount. Sector = cluster in English variants "
                  "('Petrochemicals', 'Timber & wood processing', 'Wild plants', 'Hard-to-recover oil "
                  "reserves'); '', '—' and 'n/a' mean no cluster. Priority area = work area in English. "
                  "Site = place in English ('Tomsk District' = Томский район). Stage = status ('Ongoing', "
                  "'On hold', 'IN PROGRESS', trailing spaces). Target commissioning = end date: real "
                  "dates, quarters ('Q4 2018', 'IV кв. 2015'), years as text ('2019') or General-format "
                  "numbers (2020). Look-alike columns not imported: '#', 'Spent to date, RUB bn', "
                  "'% complete', 'RAG' (a colour rating, not a status) and 'IR contact'. Row 17 "
                  "(INO-3149) is rejected: sector 'Agribusiness' is no known cluster. Row 18 (INO-3150) "
                  "is rejected: 'c. 1.2' in the total is not a number."),
        "written_as": tab.written_as,
    }
    dump_json(exp, os.path.join(HERE, F3_NAME.rsplit(".", 1)[0] + ".expected.json"))


# =========================================================================== FILE 4
# Regional treasury (finance department) reconciliation: an update of FILE 1.
F4_NAME = "a31_sverka_kaznacheystvo.xlsx"
T4 = "Объем финансирования, млн руб."
F4_COLS = [
    (["№ п/п"], "no"),
    (["Код проекта (по реестру)"], "code"),
    (["Наименование объекта (проекта)"], "name"),
    (["Статус на отчетную дату"], "status"),
    (["КБК"], "kbk"),
    ([T4, "всего"], "total_cost_mln"),
    ([T4, "ФБ"], "federal_budget_mln"),
    ([T4, "ОБ"], "regional_budget_mln"),
    ([T4, "ВБИ"], "extra_budgetary_mln"),
    ([T4, "в т.ч. ВБИ подтвержд."], "extra_budgetary_confirmed_mln"),
    (["Кассовое исполнение на 01.07.2016, тыс. руб."], "spent"),
    (["Лимит ОБ на 2016 год, млн руб."], "limit"),
    (["Создано рабочих мест (факт)"], "jobs_created"),
    (["ИНН получателя"], "inn"),
]
F4_CARRIES = ["code", "name", "status", "total_cost_mln", "federal_budget_mln",
              "regional_budget_mln", "extra_budgetary_mln", "extra_budgetary_confirmed_mln",
              "jobs_created"]

# Update rows: (code written, name written, canonical new values, written forms, extras,
# matched-by-name difference or None, bad)
U = dict
F4_ROWS = [
    U(code="INO-3103", set=dict(tot="3190.5", vbi="1690.5", conf="1690.5"), w=dict(st="реализуется")),
    U(code="INO-3105", set={}, w=dict(st="Реализован", tot="1 275,0")),
    U(code=None, name='Центр коллективного пользования "Нанотех"', match="INO-3107",
      diff='«» quotes written as ""', set=dict(jc=55), w=dict(st="в стадии реализации")),
    U(code="INO-3101", set=dict(conf="2100.0", jc=70), w=dict(st="Реализуется", tot="2" + NBSP + "450,0")),
    U(code="INO-3119", new=P("INO-3119", "Логистический центр «Томск-Восток»", st="planned",
                             tot="520.0", fb="0.0", ob="20.0", vbi="500.0", conf="100.0", jc=0),
      w=dict(st="планируется")),
    U(code="INO-3108", set=dict(st="in_progress", conf="500.0", jc=15), w=dict(st="в работе")),
    U(code="INO-3110", set={}, w=dict(st="реализуется", ob="около 40"),
      bad=("regional_budget_mln", "not a number: 'около 40'")),
    U(code="INO-3113", set=dict(conf="10300.0", jc=85), w=dict(st="реализуется", tot="12 400,0")),
    U(code=None, name="ЗАВОД ПО ПЕРЕРАБОТКЕ КЕДРОВОГО ОРЕХА", match="INO-3112", diff="upper case",
      set=dict(st="in_progress", jc=10), w=dict(st="Реализуется")),
    U(code="INO-3117", set={}, w=dict(st="в работе")),
    U(code="INO-3114", set=dict(st="completed", jc=30), w=dict(st="Реализован")),
    U(code="INO-3120", new=P("INO-3120", "Производство биоразлагаемой упаковки", st="in_progress",
                             tot="75.0", fb="0.0", ob="5.0", vbi="70.0", conf="70.0", jc=8),
      w=dict(st="реализуется")),
    U(code=None, name="Энергоэффективный микрорайон «Зеленые горки»", match="INO-3116",
      diff="ё written as е", set={}, w=dict(st="планируется")),
    U(code="INO-3102", set=dict(fb="150.0", tot="1010.0"), w=dict(st="Планируется")),
    U(code="INO-3106", set=dict(st="in_progress", jc=20), w=dict(st="реализуется")),
    U(code=None, name="Модернизация  системы теплоснабжения ЗАТО Северск ", match="INO-3115",
      diff="double space, trailing space", set=dict(ob="300.0", tot="1600.0"), w=dict(st="Завершен")),
    U(code="INO-3109", set={}, w=dict(st="завершён")),
    U(code="INO-3121", new=P("INO-3121", "Центр обработки данных «Сибирь»", st="planned",
                             tot="1450.0", fb="0.0", ob="0.0", vbi="1450.0", conf=None, jc=0),
      w=dict(st="Планируется")),
    U(code="INO-3118", set={}, w=dict(st="завершено", vbi="0,0")),
]


def make_f4(base_projects):
    base = {p.code: p for p in base_projects}
    order = [p.code for p in base_projects]
    state = {c: dict(base[c].v) for c in order}
    tab = Table(FIELDS)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Сверка"
    ncol = len(F4_COLS)
    last = get_column_letter(ncol)
    for i, t in enumerate(["Департамент финансов Томской области",
                           "Сверка данных о финансировании проектов ИНО «Томск»",
                           "по состоянию на 01.07.2016"], start=1):
        ws.cell(row=i, column=1, value=t).font = HFONT
        ws.merge_cells(f"A{i}:{last}{i}")
    HTOP = 5
    write_header(ws, HTOP, [c[0] for c in F4_COLS], 2)
    r = HTOP + 2
    first = r
    changed, new_codes, by_name = [], [], []
    keys = [k for _, k in F4_COLS]
    for n, row in enumerate(F4_ROWS, start=1):
        if "new" in row:
            p = row["new"]
            p.w = {ALIAS.get(k, k): v for k, v in row["w"].items()}
            check_sums(p)
        else:
            code = row["code"] or row["match"]
            bp = base[code]
            vals = dict(state[code])
            for k, v in row["set"].items():
                f = ALIAS.get(k, k)
                vals[f] = D(v) if f in MONEY and v is not None else v
            p = P(code, bp["name"])
            p.v = vals
            p.w = {ALIAS.get(k, k): v for k, v in row["w"].items()}
            if row["code"] is None:
                p.w["code"] = None
                p.w["name"] = row["name"]
            p.bad = row.get("bad")
            check_sums(p, D(bp.x.get("mb", 0)))
        for j, key in enumerate(keys, start=1):
            if key == "no":
                val = n
            elif key == "kbk":
                val = "812 0412 15201" + p.code[-4:] + " 810"
            elif key == "spent":
                val = num_cell((p["total_cost_mln"] or D(0)) * D("0.35"), "thousand") \
                    if p["status"] != "planned" else 0
            elif key == "limit":
                val = num_cell((p["regional_budget_mln"] or D(0)) / 4, "million") \
                    if p["regional_budget_mln"] else None
                if isinstance(val, float):
                    val = round(val, 2)
            elif key == "inn":
                val = "70" + str(17000000 + int(p.code[-4:]) * 97)
            else:
                val = default_written(p, key, "million", {"status": RU_STATUS})
                if not p.bad:
                    tab.note_written(p, key, val)
            c = ws.cell(row=r, column=j, value=val)
            c.border = BOX
            if isinstance(val, (int, float)) and key in MONEY | {"spent", "limit"}:
                c.number_format = "#,##0.0"
        if p.bad:
            f, reason = p.bad
            tab.rejected.append({"sheet": ws.title, "row": r, "reason": reason,
                                 "column": get_column_letter(keys.index(f) + 1), "code": p.code})
        elif "new" in row:
            new_codes.append(p.code)
            order.append(p.code)
            state[p.code] = {f: (p.v[f] if f in F4_CARRIES else None) for f in FIELDS}
        else:
            before = state[p.code]
            after = dict(before)
            for f in F4_CARRIES:
                if f in ("code", "name"):
                    continue
                after[f] = p.v[f]
            if after != before:
                changed.append(p.code)
            state[p.code] = after
            if row["code"] is None:
                by_name.append({"code": p.code, "name_in_file": row["name"],
                                "difference": row["diff"], "row": r})
        r += 1
    lastrow = r - 1
    ws.cell(row=r, column=3, value="Итого").font = HFONT
    skipped = {str(r): "totals (Итого)"}
    for f in ("total_cost_mln", "federal_budget_mln", "extra_budgetary_mln"):
        s = sum((state[c][f] or D(0)) for c in order)
        ws.cell(row=r, column=keys.index(f) + 1, value=float(s)).number_format = "#,##0.0"
    r += 2
    ws.cell(row=r, column=1, value="Исполнитель: Сидорова Е.В., тел. (3822) 51-23-45")
    ws.merge_cells(f"A{r}:{last}{r}")
    skipped[str(r)] = "signature line"
    for j, wdt in enumerate([5, 12, 46, 16, 24, 12, 11, 11, 11, 13, 16, 13, 12, 14], start=1):
        ws.column_dimensions[get_column_letter(j)].width = wdt
    path = os.path.join(HERE, F4_NAME)
    save_xlsx(wb, path, "Казначейство ДФ ТО", datetime(2016, 7, 6, 14, 30, 0))
    records = [{f: canon_json(f, state[c][f]) for f in FIELDS} for c in order]
    cols = [[header_text(pth), key] for pth, key in F4_COLS if key in FIELDS]
    ign = [header_text(pth) for pth, key in F4_COLS if key not in FIELDS]
    exp = {
        "file": F4_NAME, "refused": False, "fields": FIELDS,
        "record_count": len(records), "records": records, "rejected": tab.rejected,
        "base_file": F1_NAME, "columns": cols, "ignored_columns": ign,
        "header_rows": [HTOP, HTOP + 1], "data_rows": [first, lastrow], "skipped_rows": skipped,
        "changed_codes": sorted(changed), "new_codes": new_codes,
        "matched_by_name": sorted(by_name, key=lambda m: m["code"]),
        "notes": ("Import a31_postanovlenie.xlsx first, then this file; 'records' is the resulting "
                  "state of all projects (the 16 of the base file in their order, then the new ones). "
                  "A regional treasury's reconciliation: title rows 1-3, two-level header in rows 5-6 "
                  "(the unit 'млн руб.' only in the merged parent «Объем финансирования, млн руб.», "
                  "children «всего», «ФБ», «ОБ», «ВБИ», «в т.ч. ВБИ подтвержд.»), data rows 7-25, a "
                  "totals row and a signature line. The file carries code, name, status, the five "
                  "money fields and jobs created; everything else keeps its earlier value. 15 rows carry "
                  "a code: 11 known codes (7 change something, 4 are re-sent unchanged), 3 codes not "
                  "yet known (INO-3119..3121: new projects whose absent fields — cluster, work area, "
                  "place, dates, jobs planned, lead organisation, problems — are null; INO-3121 has an "
                  "empty confirmed-funds cell, also null), and row 13 (INO-3110) is rejected for "
                  "'около 40' in «ОБ», so INO-3110 keeps its base values. 4 rows have an empty code and "
                  "are matched by name (quote style, upper case, ё/е, double and trailing spaces); a "
                  "project matched by name keeps its stored name. Look-alike columns not imported: "
                  "«№ п/п», «КБК» (a budget classification code, not the project code), «Кассовое "
                  "исполнение ...» (spent to date, thousand roubles), «Лимит ОБ на 2016 год» (one year's "
                  "slice of the regional budget, not the project's regional funding) and «ИНН "
                  "получателя» (tax number). The treasury leaves MB (municipal) out, so a total may "
                  "exceed ФБ+ОБ+ВБИ (INO-3114, INO-3115, INO-3117)."),
        "written_as": tab.written_as,
    }
    dump_json(exp, os.path.join(HERE, F4_NAME.rsplit(".", 1)[0] + ".expected.json"))


# =========================================================================== FILE 5
# Export from a monitoring system: cp1251, ';', machine-like headers, thousand roubles.
F5_NAME = "a31_monitoring_vygruzka.csv"
F5_COLS = [
    ("ID_ЗАП", "id"), ("КОД_ПРОЕКТА", "code"), ("НАИМ_ПРОЕКТА", "name"), ("КЛАСТЕР", "cluster"),
    ("НАПРАВЛ_ИНО", "work_area"), ("МЕСТО_РЕАЛИЗ", "location"), ("СТАТУС_ТЕК", "status"),
    ("ДАТА_НАЧ", "start_date"), ("СРОК_ВВОДА", "end_date"),
    ("СТОИМ_ВСЕГО_ТЫС_РУБ", "total_cost_mln"), ("ФБ_ТЫС_РУБ", "federal_budget_mln"),
    ("ОБ_ТЫС_РУБ", "regional_budget_mln"), ("ВБИ_ТЫС_РУБ", "extra_budgetary_mln"),
    ("ВБИ_ПОДТВ_ТЫС_РУБ", "extra_budgetary_confirmed_mln"), ("РАБ_МЕСТ_ПЛАН", "jobs_planned"),
    ("РАБ_МЕСТ_ФАКТ", "jobs_created"), ("ИНИЦИАТОР_НАИМ", "lead_organization"),
    ("ИНИЦИАТОР_ИНН", "inn"), ("ПРОБЛ_ВОПРОСЫ", "problems"), ("ГОТОВНОСТЬ_ПРОЦ", "pct"),
    ("ОТВ_ИСП_ФИО", "contact"), ("ДАТА_ВЫГРУЗКИ", "export_date"),
]
F5_PROJECTS = [
    P("INO-3151", "Производство бутадиен-стирольного каучука", cl="petrochemical", wa="industry",
      loc="Томск", st="in_progress", s=dd("2014-08-01"), e=dd("2019-12-31"), tot="5400.0",
      fb="0.0", ob="200.0", vbi="5200.0", conf="4000.0", jp=260, jc=120, org="ООО «Томскнефтехим»",
      w=dict(cl="Нефтехимия", loc="г. Томск", st="РЕАЛИЗУЕТСЯ", e="IV кв. 2019"),
      x=dict(pct="45", contact="Кузнецов А.А.")),
    P("INO-3152", "Центр ядерной медицины", cl="nuclear", wa="science_education", loc="Томск",
      st="planned", s=dd("2016-09-15"), e=dd("2020-12-31"), tot="2350.0", fb="1400.0",
      ob="350.0", vbi="600.0", conf="0.0", jp=130, jc=0, org="Томский НИМЦ",
      prob="Не определён источник федерального софинансирования",
      w=dict(cl="ЯДЕРНЫЕ ТЕХНОЛОГИИ", wa="НАУКА И ОБРАЗОВАНИЕ", st="ПЛАНИРУЕТСЯ", e="2020"),
      x=dict(pct="0", contact="Кузнецов А.А.")),
    P("INO-3153", "Лесоперерабатывающий комплекс в Асино (вторая очередь)", cl="timber",
      wa="industry", loc="Асино", st="in_progress", s=dd("2015-04-01"), e=dd("2018-06-30"),
      tot="3150.0", fb="0.0", ob="150.0", vbi="3000.0", conf="3000.0", jp=400, jc=250,
      org="ООО «Асино-Лес»",
      prob="Задержка подключения к электросетям; требуется строительство подстанции",
      w=dict(cl="Лесопром", loc="г. Асино", st="Реализуется", e="II кв. 2018"),
      x=dict(pct="60", contact="Морозова Н.И.")),
    P("INO-3154", "Производство вакцин для ветеринарии", cl="pharma", wa="innovation_business",
      loc="Томский район", st="suspended", s=dd("2014-12-01"), e=dd("2018-12-31"), tot="690.0",
      fb="100.0", ob="40.0", vbi="550.0", conf="120.0", jp=85, jc=15, org='ООО "Ветбиопром"',
      prob="Отказ банка в кредитовании",
      w=dict(cl="Фармацевтика", wa="Технологические инновации и новые бизнесы", loc="Томский р-н",
             st="ПРИОСТАНОВЛЕН", e="31.12.2018"),
      x=dict(pct="20", contact="Морозова Н.И.")),
    P("INO-3155", "Цифровая платформа телемедицины", cl="medtech_it", wa="innovation_business",
      loc="Томск", st="completed", s=dd("2013-10-01"), e=dd("2015-09-30"), tot="145.5",
      fb="60.0", ob="15.5", vbi="70.0", conf="70.0", jp=50, jc=50, org="ООО «ТелеМед Сибирь»",
      w=dict(cl="Медтехника и ИТ", loc="г. Томск", st="ЗАВЕРШЕН", e="III кв. 2015"),
      x=dict(pct="100", contact="Кузнецов А.А.")),
    P("INO-3156", "Заготовка и переработка брусники и клюквы", cl="wildlife", wa="industry",
      loc="Колпашево", st="in_progress", s=dd("2015-07-01"), e=dd("2017-12-31"), tot="52.0",
      fb="0.0", ob="2.0", vbi="50.0", conf="50.0", jp=28, jc=20, org="ООО «Северные ягоды»",
      w=dict(cl="Дикоросы", loc="г. Колпашево", st="реализуется", e="2017"),
      x=dict(pct="70", contact="")),
    P("INO-3157", "Разработка низкопроницаемых коллекторов", cl="hard_to_recover", wa="industry",
      loc="Стрежевой", st="planned", s=dd("2016-12-01"), e=dd("2023-12-31"), tot="9800.0",
      fb="0.0", ob="0.0", vbi="9800.0", conf="2500.0", jp=180, jc=0, org="ОАО «Томскнефть» ВНК",
      w=dict(cl="ТрИЗ", loc="г. Стрежевой", st="планируется", e="IV кв. 2023"),
      x=dict(pct="0", contact="Морозова Н.И.")),
    P("INO-3158", "Умная система сбора твёрдых коммунальных отходов", cl=None, wa="smart_city",
      loc="Северск", st="in_progress", s=dd("2015-11-01"), e=dd("2017-12-31"), tot="88.0",
      fb="0.0", ob="28.0", vbi="60.0", conf="60.0", jp=22, jc=10, org="МУП «Спецавтохозяйство»",
      w=dict(cl="", wa="Умный город", loc="ЗАТО Северск", st="РЕАЛИЗУЕТСЯ", e="31.12.2017"),
      x=dict(pct="50", contact="Кузнецов А.А.")),
    P("INO-3159", "Бизнес-инкубатор «Старт»", cl=None, wa="business_environment",
      loc="Томский район", st="completed", s=dd("2013-04-01"), e=dd("2014-12-31"), tot="24.0",
      fb="10.0", ob="14.0", vbi="0.0", conf="0.0", jp=18, jc=18,
      org="Администрация Томского района",
      w=dict(cl="—", loc="Томский р-н, пос. Светлый", st="Завершен", e="2014"),
      x=dict(pct="100", contact="")),
    P("INO-3160", "Модернизация производства кабельной продукции", cl="petrochemical",
      wa="industry", loc="Томск", st="in_progress", s=dd("2015-02-01"), e=dd("2018-12-31"),
      tot="1120.0", fb="0.0", ob="0.0", vbi="1120.0", conf="900.0", jp=70, jc=40,
      org="АО «Сибкабель»",
      w=dict(cl="нефтехимический кластер", loc="г. Томск", st="РЕАЛИЗУЕТСЯ", e="2018"),
      x=dict(pct="55", contact="Морозова Н.И.")),
    P("INO-3161", "Производство древесных топливных брикетов", cl="timber", wa="industry",
      loc="Асино", st="planned", s=dd("2016-06-01"), e=dd("2015-12-31"), tot="45.0", fb="0.0",
      ob="0.0", vbi="45.0", conf="0.0", jp=20, jc=0, org="ООО «ЭкоТопливо»",
      w=dict(cl="Лесопром", loc="г. Асино", st="ПЛАНИРУЕТСЯ", e="31.12.2015"),
      x=dict(pct="0", contact=""), bad=("end_date", "end date before start date")),
    P("INO-3162", "Тепличный комбинат в Томском районе", cl=None, wa="industry",
      loc="Томский район", st="planned", s=dd("2016-04-01"), e=dd("2018-12-31"), tot="1900.0",
      fb="0.0", ob="100.0", vbi="1800.0", conf="0.0", jp=300, jc=0, org="ООО «Агро-Томск»",
      w=dict(cl="Агропромышленный кластер", loc="Томский р-н", st="ПЛАНИРУЕТСЯ", e="IV кв. 2018"),
      x=dict(pct="0", contact="Кузнецов А.А."), bad=("cluster", "unknown cluster 'Агропромышленный кластер'")),
]
F5_BLANK_AFTER = "INO-3156"  # an all-empty line (only separators) follows this project


def csv_num(v):
    """Thousand-rouble text with a decimal comma, as the export writes it."""
    if v is None:
        return ""
    q = v * 1000
    return f"{q:.1f}".replace(".", ",")


def make_f5():
    tab = Table(FIELDS)
    buf = io.StringIO()
    wr = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    wr.writerow([h for h, _ in F5_COLS])
    line = 2
    first = line
    blank = None
    for n, p in enumerate(F5_PROJECTS, start=1):
        if not p.bad:
            check_sums(p)
        row = []
        for h, key in F5_COLS:
            if key == "id":
                val = str(100400 + n * 7)
            elif key == "inn":
                val = "70" + str(17100000 + int(p.code[-4:]) * 31)
            elif key in ("pct", "contact"):
                val = p.x.get(key, "")
            elif key == "export_date":
                val = "05.04.2016 03:00:12"
            elif key in p.w:
                val = p.w[key]
            elif key in MONEY:
                val = csv_num(p[key])
            elif key in DATES:
                val = p[key].strftime("%d.%m.%Y")
            elif key in ("cluster", "work_area", "status"):
                val = {"cluster": RU_CLUSTER, "work_area": RU_AREA, "status": RU_STATUS}[key].get(p[key], "") \
                    if p[key] else ""
            elif p[key] is None:
                val = ""
            else:
                val = str(p[key])
            if key in FIELDS and not p.bad:
                tab.note_written(p, key, val if val != "" else None)
            row.append(val)
        wr.writerow(row)
        if p.bad:
            f, reason = p.bad
            tab.rejected.append({"sheet": None, "row": line, "reason": reason,
                                 "column": [h for h, k in F5_COLS if k == f][0], "code": p.code})
        else:
            tab.records.append(record(p, FIELDS))
        line += 1
        if p.code == F5_BLANK_AFTER:
            wr.writerow([""] * len(F5_COLS))
            blank = line
            line += 1
    last = line - 1
    wr.writerow(["Всего записей: %d" % len(F5_PROJECTS)] + [""] * (len(F5_COLS) - 1))
    footer = line
    data = buf.getvalue().encode("cp1251")
    with open(os.path.join(HERE, F5_NAME), "wb") as fh:
        fh.write(data)
    exp = {
        "file": F5_NAME, "refused": False, "fields": FIELDS,
        "record_count": len(tab.records), "records": tab.records, "rejected": tab.rejected,
        "encoding": "cp1251", "delimiter": ";", "header_line": 1,
        "columns": [[h, k] for h, k in F5_COLS if k in FIELDS],
        "ignored_columns": [h for h, k in F5_COLS if k not in FIELDS],
        "data_lines": [first, last],
        "skipped_lines": {str(blank): "line of empty fields", str(footer): "record count footer"},
        "notes": ("Export from a monitoring system: Windows-1251, no BOM, CRLF, ';' separator, "
                  "fields with ';' or '\"' quoted with inner quotes doubled. Line 1 holds machine-like "
                  "headers in capitals with underscores and abbreviations (НАИМ_ПРОЕКТА, МЕСТО_РЕАЛИЗ, "
                  "СРОК_ВВОДА = end date, РАБ_МЕСТ_ПЛАН / РАБ_МЕСТ_ФАКТ, ВБИ_ПОДТВ_ТЫС_РУБ = confirmed "
                  "extra-budgetary). Every money column is in thousand roubles (ТЫС_РУБ in the header) "
                  "written as '5400000,0'; given here in RUB million. Not imported: ID_ЗАП (record id), "
                  "ИНИЦИАТОР_ИНН (tax number), ГОТОВНОСТЬ_ПРОЦ (percent complete), ОТВ_ИСП_ФИО (contact "
                  "person), ДАТА_ВЫГРУЗКИ (export time). СРОК_ВВОДА holds dd.mm.yyyy, quarters ('IV кв. "
                  "2019') or years ('2020'). Line %d is a line of empty fields and the last line, %d "
                  "('Всего записей: 12'), is a footer: both skipped. Empty field = null (no problems; "
                  "empty cluster or '—' = no cluster). CSV has no sheets: 'sheet' is null in 'rejected', "
                  "match on the line number. Line %d (INO-3161) is rejected: end 31.12.2015 before start "
                  "01.06.2016; line %d (INO-3162) is rejected: 'Агропромышленный кластер' is no known "
                  "cluster." % (blank, footer, tab.rejected[0]["row"], tab.rejected[1]["row"])),
        "written_as": tab.written_as,
    }
    dump_json(exp, os.path.join(HERE, F5_NAME.rsplit(".", 1)[0] + ".expected.json"))


# =========================================================================== FILE 6
# Chamber of commerce survey: ministry-summary shape, two-level header, RUB billion,
# column-number row, totals, footnotes, own/borrowed funds breakdown (not imported).
F6_NAME = "a31_tpp_anketa.xlsx"
T6 = "Объем инвестиций, млрд руб."
F6_COLS = [
    (["№ анкеты"], "no"),
    (["Код проекта в реестре ИНО"], "code"),
    (["Название проекта (кратко)"], "name"),
    (["Отрасль (кластер)"], "cluster"),
    (["Территория реализации"], "location"),
    (["Этап реализации проекта"], "status"),
    (["Период реализации", "с"], "start_date"),
    (["Период реализации", "по"], "end_date"),
    ([T6, "всего"], "total_cost_mln"),
    ([T6, "ВБИ"], "extra_budgetary_mln"),
    ([T6, "в т.ч. собств. ср-ва"], "own"),
    ([T6, "в т.ч. привлеч. ср-ва"], "borrowed"),
    ([T6, "ВБИ подтверждённые"], "extra_budgetary_confirmed_mln"),
    (["Рабочие места", "план"], "jobs_planned"),
    (["Рабочие места", "факт"], "jobs_created"),
    (["Наименование инициатора (инвестора)"], "lead_organization"),
    (["Основные барьеры и проблемы"], "problems"),
    (["Контактное лицо (ФИО, телефон)"], "contact"),
    (["ИНН инициатора"], "inn"),
]
F6_FIELDS = ["code", "name", "cluster", "location", "status", "start_date", "end_date",
             "total_cost_mln", "extra_budgetary_mln", "extra_budgetary_confirmed_mln",
             "jobs_planned", "jobs_created", "lead_organization", "problems"]
F6_PROJECTS = [
    P("INO-3163", "Производство полиэтиленовых труб", cl="petrochemical", loc="Томск",
      st="in_progress", s=dd("2015-05-01"), e=dd("2018-12-31"), tot="245.0", vbi="245.0",
      conf="200.0", jp=60, jc=25, org="ООО «ТомскПласт»", prob="Высокая стоимость кредитов",
      w=dict(cl="Нефтехимический", loc="Томск", st="Проект реализуется", e="IV кв. 2018"),
      x=dict(own="0.1", borrowed="0.145", contact="Рябов С.С., 8-913-111-22-33")),
    P("INO-3164", "Клиника ядерной медицины", cl="nuclear", loc="Северск", st="planned",
      s=dd("2016-06-01"), e=dd("2019-12-31"), tot="1120.0", vbi="720.0", conf="0.0", jp=95,
      jc=0, org="АО «Русатом Хэлскеа»", prob="Не решён вопрос о площадке",
      w=dict(cl="ядерные технологии", loc="г. Северск", st="на стадии планирования",
             s="01.06.2016", e=2019, tot="1,12", conf="0,0"),
      x=dict(own="0.2", borrowed="0.52", contact="Лебедева А.О.")),
    P("INO-3165", "Лесозаготовительный комплекс полного цикла", cl="timber", loc="Асино",
      st="completed", s=dd("2012-03-01"), e=dd("2014-12-31"), tot="780.0", vbi="780.0",
      conf="780.0", jp=210, jc=210, org="ООО «Сибирский лес»",
      w=dict(cl="лесопромышленный", loc="Асино", st="Реализован полностью", e="2014"),
      x=dict(own="0.3", borrowed="0.48", contact="Юдин К.Г.")),
    P("INO-3166", "Выпуск экстрактов лекарственных трав", cl="pharma", loc="Томский район",
      st="in_progress", s=dd("2015-09-01"), e=dd("2017-06-30"), tot="92.5", vbi="92.5",
      conf="60.0", jp=30, jc=18, org="ООО «Травы Сибири»", prob="Нехватка квалифицированных кадров",
      w=dict(cl="фармацевтика", loc="Томский район, с. Корнилово", st="реализуется",
             s="01.09.2015", e="II кв. 2017", tot="0,0925", vbi="0,0925"),
      x=dict(own="0.05", borrowed="0.0425", contact="Павлова И.Р.")),
    P("INO-3167", "Производство ультразвуковых датчиков", cl="medtech_it", loc="Томск",
      st="suspended", s=dd("2014-11-01"), e=dd("2018-03-31"), tot="58.0", vbi="58.0",
      conf="30.0", jp=20, jc=6, org="ООО «Сонотех»",
      prob="Санкционные ограничения на поставку комплектующих",
      w=dict(cl="медтехника и ИТ", loc="г. Томск", st="Реализация приостановлена", e="I кв. 2018"),
      x=dict(own="0.058", borrowed="0", contact="Фомин Д.Е.")),
    P("INO-3168", "Фабрика по переработке кедрового ореха и ягод", cl="wildlife", loc="Колпашево",
      st="in_progress", s=dd("2015-03-15"), e=dd("2017-12-31"), tot="135.0", vbi="130.0",
      conf="100.0", jp=45, jc=30, org="ООО «Нарымские дикоросы»",
      w=dict(cl="дикоросы", loc="г. Колпашево", st="в процессе реализации", s="15.03.2015",
             e=2017),
      x=dict(own="0.05", borrowed="0.08", contact="Зайцева О.В.")),
    P("INO-3169", "Технология закачки CO2 для повышения нефтеотдачи", cl="hard_to_recover",
      loc="Стрежевой", st="planned", s=dd("2017-01-10"), e=dd("2021-12-31"), tot="3400.0",
      vbi="3400.0", conf="1500.0", jp=120, jc=0, org="ООО «Газпромнефть-Восток»",
      prob="Требуется изменение налогового режима для ТрИЗ",
      w=dict(cl="трудноизвлекаемые запасы", loc="Стрежевой", st="Планируется", e="IV кв. 2021"),
      x=dict(own="1.4", borrowed="2.0", contact="Ершов М.Н.")),
    P("INO-3170", "IT-парк для стартапов", cl=None, loc="Томск", st="completed",
      s=dd("2013-01-15"), e=dd("2015-06-30"), tot="210.0", vbi="150.0", conf="150.0", jp=80,
      jc=80, org="ООО «ИТ-Парк Томск»",
      w=dict(cl="—", loc="Томск", st="завершён", s="15.01.2013", e="II кв. 2015"),
      x=dict(own="0.15", borrowed="0", contact="Рябов С.С.")),
    P("INO-3171", "Завод по производству биотоплива", cl="timber", loc="Асино", st="planned",
      s=dd("2016-08-01"), e=dd("2019-12-31"), tot="1750.0", vbi="1750.0", conf="0.0", jp=140,
      jc=0, org="ООО «БиоТопливо Сибири»",
      w=dict(cl="лесопромышленный", loc="г. Асино", st="Планируется", tot="от 1,5 до 2", e=2019),
      x=dict(own="0.5", borrowed="1.25", contact="Юдин К.Г."),
      bad=("total_cost_mln", "not a number: 'от 1,5 до 2'")),
    P("INO-3172", "Лаборатория геномных исследований", cl=None, loc="Томск", st="in_progress",
      s=dd("2015-04-01"), e=dd("2017-12-31"), tot="48.0", vbi="-50.0", conf="0.0", jp=25,
      jc=10, org="ООО «ГеноТех»",
      w=dict(cl="—", loc="Томск", st="реализуется", e="IV кв. 2017"),
      x=dict(own="0.0", borrowed="0.0", contact="Фомин Д.Е."),
      bad=("extra_budgetary_mln", "negative amount")),
]


def make_f6():
    tab = Table(F6_FIELDS)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Свод анкет"
    ncol = len(F6_COLS)
    last = get_column_letter(ncol)
    for i, t in enumerate(["Союз «Томская торгово-промышленная палата»",
                           "Результаты анкетирования инициаторов проектов ИНО «Томск»",
                           "(по анкетам, поступившим до 15.04.2016)"], start=1):
        ws.cell(row=i, column=1, value=t).font = HFONT
        ws.merge_cells(f"A{i}:{last}{i}")
        ws.cell(row=i, column=1).alignment = Alignment(horizontal="center")
    HTOP = 5
    write_header(ws, HTOP, [c[0] for c in F6_COLS], 2)
    r = HTOP + 2
    for j in range(ncol):
        ws.cell(row=r, column=j + 1, value=j + 1).alignment = WRAPC
    skipped = {str(r): "column numbers"}
    r += 1
    first = r
    keys = [k for _, k in F6_COLS]
    enum = {"status": RU_STATUS, "cluster": RU_CLUSTER}
    sums = {"total_cost_mln": D(0), "extra_budgetary_mln": D(0), "extra_budgetary_confirmed_mln": D(0)}
    for n, p in enumerate(F6_PROJECTS, start=1):
        if not p.bad:
            assert p["extra_budgetary_mln"] == D(p.x["own"]) * 1000 + D(p.x["borrowed"]) * 1000, p.code
            check_sums(p)
        for j, key in enumerate(keys, start=1):
            if key == "no":
                val = 30 + n * 3
            elif key in ("own", "borrowed"):
                val = float(D(p.x[key]))
            elif key == "contact":
                val = p.x["contact"]
            elif key == "inn":
                val = "70" + str(17200000 + int(p.code[-4:]) * 53)
            else:
                val = default_written(p, key, "billion", enum)
                if not p.bad:
                    tab.note_written(p, key, val)
            c = ws.cell(row=r, column=j, value=val)
            c.border = BOX
            if isinstance(val, date):
                c.number_format = "DD.MM.YYYY"
            elif isinstance(val, float):
                c.number_format = "0.000"
        if p.bad:
            f, reason = p.bad
            tab.rejected.append({"sheet": ws.title, "row": r, "reason": reason,
                                 "column": get_column_letter(keys.index(f) + 1), "code": p.code})
        else:
            tab.records.append(record(p, F6_FIELDS))
            for k in sums:
                sums[k] += p[k]
        r += 1
    lastrow = r - 1
    ws.cell(row=r, column=3, value="Итого по анкетам").font = HFONT
    for k, v in sums.items():
        ws.cell(row=r, column=keys.index(k) + 1, value=num_cell(v, "billion")).number_format = "0.000"
    skipped[str(r)] = "totals (Итого)"
    r += 2
    for t in ["* Данные приведены по анкетам инициаторов; палата не проверяла их достоверность.",
              "** собств. ср-ва — собственные средства инициатора; привлеч. ср-ва — кредиты и займы."]:
        ws.cell(row=r, column=1, value=t)
        ws.merge_cells(f"A{r}:{last}{r}")
        skipped[str(r)] = "footnote"
        r += 1
    for j, wdt in enumerate([8, 12, 36, 18, 24, 20, 11, 11, 10, 10, 10, 10, 11, 8, 8, 28, 30, 26, 13], start=1):
        ws.column_dimensions[get_column_letter(j)].width = wdt
    path = os.path.join(HERE, F6_NAME)
    save_xlsx(wb, path, "ТПП", datetime(2016, 4, 18, 11, 5, 0))
    cols = [[header_text(pth), key] for pth, key in F6_COLS if key in FIELDS]
    ign = [header_text(pth) for pth, key in F6_COLS if key not in FIELDS]
    exp = {
        "file": F6_NAME, "refused": False, "fields": F6_FIELDS,
        "record_count": len(tab.records), "records": tab.records, "rejected": tab.rejected,
        "sheet": ws.title, "columns": cols, "ignored_columns": ign,
        "header_rows": [HTOP, HTOP + 1], "data_rows": [first, lastrow], "skipped_rows": skipped,
        "notes": ("A chamber of commerce survey summary in the ministry-summary shape: title rows 1-3, "
                  "two-level merged header in rows 5-6, row 7 numbers the columns, data rows 8-17, an "
                  "'Итого по анкетам' totals row and two footnotes. Money is in RUB billion, said only in "
                  "the merged parent «Объем инвестиций, млрд руб.» (children «всего», «ВБИ», «ВБИ "
                  "подтверждённые»); given here in RUB million (0,0925 bn = 92.5 mln). The own/borrowed "
                  "breakdown («в т.ч. собств. ср-ва», «в т.ч. привлеч. ср-ва») is not a canonical field "
                  "and is not imported; nor are «№ анкеты», the contact person and the tax number. Dates "
                  "sit under «Период реализации» with the children «с» (start) and «по» (end); end dates "
                  "are quarters, years (text or number) or real dates. Statuses are phrases («Проект "
                  "реализуется», «на стадии планирования», «Реализован полностью», «Реализация "
                  "приостановлена», «в процессе реализации»). Row 16 (INO-3171) is rejected: 'от 1,5 до 2' "
                  "is not a number; row 17 (INO-3172) is rejected: negative ВБИ (-0.05 bn). Empty "
                  "«Основные барьеры и проблемы» = null."),
        "written_as": tab.written_as,
    }
    dump_json(exp, os.path.join(HERE, F6_NAME.rsplit(".", 1)[0] + ".expected.json"))


def main():
    base, _ = make_f1()
    make_f2()
    make_f3()
    make_f4(base)
    make_f5()
    make_f6()


if __name__ == "__main__":
    main()
