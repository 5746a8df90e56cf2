#!/usr/bin/env python3
"""Writes the agency28 evaluation set: six agency inputs and their *.expected.json.

Every project is written ONCE below, as canonical values together with "how the sender
wrote it": a categorical field is a pair (canonical key, text in the cell); money is an
M object (canonical RUB million as Decimal + the way it is written: real number, Russian
text with a non-breaking/plain space, or a raw non-number); a date is a W object
(canonical ISO date + real date / dd.mm.yyyy text / quarter / year as number / year as text).
The file writers only lay these out in the sender's shape and unit; the expected JSON is
built from the same canonical values.

Deterministic: fixed zip timestamps, fixed document properties, no randomness.
Run:  /work/main/.venv/bin/python make_agency28.py
"""

import csv
import datetime as dt
import io
import json
import os
import re
import zipfile
from decimal import Decimal as D

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
ZIP_TIME = (2017, 7, 3, 9, 0, 0)
CORE_TIME = "2017-07-03T09:00:00Z"
NBSP = "\u00a0"

FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date",
          "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
          "extra_budgetary_mln", "extra_budgetary_confirmed_mln", "jobs_planned",
          "jobs_created", "lead_organization", "problems"]
MONEY = [f for f in FIELDS if f.endswith("_mln")]
DATES = ["start_date", "end_date"]
JOBS = ["jobs_planned", "jobs_created"]
CATEG = ["cluster", "work_area", "location", "status"]
TEXT = ["code", "name", "lead_organization", "problems"]


# ----------------------------------------------------------------------------------------
# "How the sender wrote it" value objects
# ----------------------------------------------------------------------------------------
class M:
    """Money. mln: canonical RUB million (Decimal) or None (raw non-number text).
    how: num (real number) | nbsp / space (Russian text with that thousands separator) |
    plain (Russian text, no separator) | raw (text that is not a number)."""

    def __init__(self, mln, how="num", raw=None, dec=None):
        self.mln = None if mln is None else D(str(mln))
        self.how = how
        self.raw = raw
        self.dec = dec


def T(x, dec=None):
    return M(x, "nbsp", dec=dec)


def S(x, dec=None):
    return M(x, "space", dec=dec)


def PL(x, dec=None):
    return M(x, "plain", dec=dec)


def RAW(text):
    return M(None, "raw", raw=text)


class W:
    """Date. iso: canonical YYYY-MM-DD. how: date | text | quarter | year_num | year_text."""

    def __init__(self, iso, how, text=None, fmt=None):
        self.iso = iso
        self.how = how
        self.text = text
        self.fmt = fmt


def RD(iso, fmt=None):
    return W(iso, "date", fmt=fmt)


def TD(iso, pad=""):
    y, m, d = iso.split("-")
    return W(iso, "text", text=f"{pad}{d}.{m}.{y}{pad}")


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def QT(text):
    m = re.fullmatch(r"Q([1-4]) (\d{4})", text) or re.fullmatch(r"(I|II|III|IV) кв\. (\d{4})", text)
    q = int(m.group(1)) if m.group(1).isdigit() else _ROMAN[m.group(1)]
    y = int(m.group(2))
    last = {1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}[q]
    return W(f"{y}-{last}", "quarter", text=text)


def YN(y):
    return W(f"{y}-12-31", "year_num", text=y)


def YT(y):
    return W(f"{y}-12-31", "year_text", text=str(y))


class J:
    """Jobs written as Russian text (e.g. '1 250' with a non-breaking space)."""

    def __init__(self, n, text):
        self.n = n
        self.text = text


def canon(field, v):
    """Canonical value of a written spec."""
    if v is None:
        return None
    if field in MONEY:
        return None if v.mln is None else v.mln
    if field in DATES:
        return v.iso
    if field in JOBS:
        return v.n if isinstance(v, J) else int(v)
    if field in CATEG:
        return v[0]
    s = str(v).strip()
    return s or None


def money(v):
    if v is None or isinstance(v, M):
        return v
    return M(v)


def project(code, name, **kw):
    p = {"code": code, "name": name}
    for k, v in kw.items():
        if k in MONEY:
            v = money(v)
        if k in CATEG and v is not None and not isinstance(v, tuple):
            raise ValueError(f"{code}: {k} must be a (canonical, written) pair")
        p[k] = v
    return p


def ru_num(v, dec, sep):
    q = v.quantize(D(1).scaleb(-dec)) if dec else v.quantize(D(1))
    neg = q < 0
    s = f"{abs(q):f}"
    ip, _, fp = s.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = sep.join(groups)
    if dec:
        out += "," + fp
    return ("-" if neg else "") + out


def money_cell(m, per_mln, dec_text):
    """Value to put in the cell for money spec m, in a file whose unit is 1/per_mln mln."""
    if m is None:
        return None
    if m.how == "raw":
        return m.raw
    v = m.mln * per_mln
    if m.how == "num":
        if per_mln >= 1000 and v == v.to_integral_value():
            return int(v)
        return float(v)
    sep = {"nbsp": NBSP, "space": " ", "plain": ""}[m.how]
    return ru_num(v, dec_text if m.dec is None else m.dec, sep)


def date_cell(w):
    if w is None:
        return None
    if w.how == "date":
        return dt.datetime.fromisoformat(w.iso)
    return w.text


# ----------------------------------------------------------------------------------------
# Workbook helpers
# ----------------------------------------------------------------------------------------
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")
BOLD = Font(bold=True)


def new_wb(creator):
    wb = Workbook()
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    return wb


def put(ws, row, col, value, fmt=None, bold=False, wrap=False, border=False):
    c = ws.cell(row=row, column=col)
    c.value = value
    if fmt:
        c.number_format = fmt
    if bold:
        c.font = BOLD
    if wrap:
        c.alignment = WRAP
    if border:
        c.border = BOX
    return c


def finalize_xlsx(path, patches=None):
    """Rewrite the zip with fixed timestamps and fixed core properties (deterministic bytes);
    apply XML patches (used for cached formula results)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*", r"\g<1>" + CORE_TIME, s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*", r"\g<1>" + CORE_TIME, s)
                data = s.encode("utf-8")
            if patches and name in patches:
                data = patches[name](data)
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def write_json(name, obj):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def jval(field, v):
    if v is None:
        return None
    if field in MONEY:
        return float(v)
    return v


def record(p, fields):
    return {f: jval(f, canon(f, p.get(f))) for f in fields}


def spellings(projects, fields):
    out = {}
    for f in fields:
        if f not in CATEG:
            continue
        seen = {}
        for p in projects:
            v = p.get(f)
            if v is None:
                continue
            seen.setdefault(v[1], v[0])
        out[f] = [[w, c] for w, c in seen.items()]
    return out


def rej(sheet, row, reason, column, code):
    return {"sheet": sheet, "row": row, "reason": reason, "column": column, "code": code}


# ========================================================================================
# 1. deputy_governor_svod.xlsx  (shape of ministry_summary.xlsx)
#    Sender: the office of the deputy governor — long official phrasing, Word hyphenation.
# ========================================================================================
F1_FILE = "deputy_governor_svod.xlsx"
F1_SHEET = "Свод ИНО"

# x = ignored look-alike columns: ИНН, МБ (municipal budget, mln), spent-to-date (mln),
#     person, remark.  pct is computed = spent / total.
F1 = [
    project("INO-2801", "Создание инжинирингового центра радиоэлектроники и приборостроения на базе ТУСУР",
            lead_organization="ФГБОУ ВО «Томский государственный университет систем управления и радиоэлектроники»",
            cluster=("medtech_it", "Кластер медицинской техники и информационных технологий"),
            work_area=("science_education", "Наука и образование"),
            location=("Томск", "г. Томск"),
            status=("in_progress", "Реализуется (с отставанием от графика)"),
            start_date=RD("2015-03-02"), end_date=QT("IV кв. 2019"),
            total_cost_mln="1840.5", federal_budget_mln="620.0", regional_budget_mln="310.2",
            extra_budgetary_mln="910.3", extra_budgetary_confirmed_mln="455.0",
            jobs_planned=140, jobs_created=62,
            problems="Задержка поставки импортного испытательного оборудования",
            x=dict(inn="7021000043", mun="0.0", spent="1102.4", person="Смирнов И.В., начальник отдела",
                   remark=None)),
    project("INO-2802", "Производство полиэтиленовых труб большого диаметра на площадке ТНХК",
            lead_organization="ООО «Томскнефтехим»",
            cluster=("petrochemical", "Нефтехимический"),
            work_area=("industry", "Передовая промышленность"),
            location=("Томск", "г. Томск, Кузовлевский тракт, 2"),
            status=("planned", "Планируется к реализации"),
            start_date=TD("2018-06-01"), end_date=YN(2021),
            total_cost_mln=T("4250.0"), federal_budget_mln="0.0", regional_budget_mln="150.0",
            extra_budgetary_mln="4100.0", extra_budgetary_confirmed_mln="1200.0",
            jobs_planned=210, jobs_created=0, problems=None,
            x=dict(inn="7017004465", mun="0.0", spent="0.0", person="Петрова А.С., консультант",
                   remark="Инвестиционное соглашение на подписании")),
    project("INO-2803", "Реконструкция исторического квартала «Деревянный Томск» (2-я очередь)",
            lead_organization="Департамент архитектуры и строительства Томской области",
            cluster=("none", "—"),
            work_area=("smart_city", "Умный и удобный город"),
            location=("Томск", "Томск"),
            status=("in_progress", "Реализуется"),
            start_date=RD("2016-04-15"), end_date=QT("III кв. 2020"),
            total_cost_mln="986.4", federal_budget_mln="410.0", regional_budget_mln="296.4",
            extra_budgetary_mln="200.0", extra_budgetary_confirmed_mln="200.0",
            jobs_planned=35, jobs_created=12,
            problems="Требуется корректировка проектно-сметной документации по объектам культурного наследия",
            x=dict(inn="7017123680", mun="80.0", spent="512.7", person="Петрова А.С., консультант",
                   remark=None)),
    project("INO-2804", "Строительство завода по производству радиофармпрепаратов в ЗАТО Северск",
            lead_organization="АО «Сибирский химический комбинат»",
            cluster=("nuclear", "Кластер ядерных технологий"),
            work_area=("industry", "передовая промышленность"),
            location=("Северск", "ЗАТО Северск"),
            status=("suspended", "Приостановлен до решения суда"),
            start_date=RD("2014-09-01"), end_date=TD("2019-06-30"),
            total_cost_mln="2310.8", federal_budget_mln="1100.0", regional_budget_mln="0.0",
            extra_budgetary_mln="1210.8", extra_budgetary_confirmed_mln="610.0",
            jobs_planned=180, jobs_created=45,
            problems="Судебный спор с генподрядчиком ООО «СтройМонтаж» о расторжении контракта",
            x=dict(inn="7024029499", mun="0.0", spent="704.3", person="Смирнов И.В., начальник отдела",
                   remark="Арбитражный суд Томской области, дело № А67-1234/2016")),
    project("INO-2805", "Опытно-промышленная разработка палеозойских залежей Южно-Майского месторождения",
            lead_organization="ОАО «Томскнефть» ВНК",
            cluster=("hard_to_recover", "ТрИЗ"),
            work_area=("innovation_business", "Технологические инновации, новые бизнесы"),
            location=("Стрежевой", "г.о. Стрежевой"),
            status=("in_progress", "На стадии реализации"),
            start_date=RD("2013-02-11"), end_date=YT(2022),
            total_cost_mln=S("12480.0"), federal_budget_mln="0.0", regional_budget_mln="0.0",
            extra_budgetary_mln=S("12480.0"), extra_budgetary_confirmed_mln="9800.0",
            jobs_planned=95, jobs_created=40, problems=None,
            x=dict(inn="7022000310", mun="0.0", spent="6120.5", person="Ким Е.Ю., главный специалист",
                   remark=None)),
    project("INO-2806", "Производство клеёного бруса и деревянных домокомплектов",
            lead_organization="ООО «Томлесдрев»",
            cluster=("timber", "ЛПК"),
            work_area=("industry", "Передовая промышленность"),
            location=("Асино", "г. Асино"),
            status=("completed", "Завершён, введён в эксплуатацию"),
            start_date=RD("2012-05-14"), end_date=RD("2015-11-30"),
            total_cost_mln="1465.2", federal_budget_mln="0.0", regional_budget_mln="95.0",
            extra_budgetary_mln="1370.2", extra_budgetary_confirmed_mln="1370.2",
            jobs_planned=320, jobs_created=335, problems=None,
            x=dict(inn="7002012345", mun="0.0", spent="1465.2", person="Ким Е.Ю., главный специалист",
                   remark="Выход на проектную мощность в 2016 г.")),
    project("INO-2807", "Центр доклинических исследований лекарственных средств СибГМУ",
            lead_organization="ФГБОУ ВО СибГМУ Минздрава России",
            cluster=("pharma", "Фармацевтический кластер"),
            work_area=("science_education", "наука и образование"),
            location=("Томск", "г.Томск"),
            status=("planned", "Планируется"),
            start_date=TD("2018-01-09"), end_date=QT("IV кв. 2020"),
            total_cost_mln="312.6", federal_budget_mln="150.0", regional_budget_mln="62.6",
            extra_budgetary_mln="100.0", extra_budgetary_confirmed_mln="0.0",
            jobs_planned=48, jobs_created=0,
            problems="Не определён источник федерального софинансирования",
            x=dict(inn="7018013613", mun="0.0", spent="0.0", person="Петрова А.С., консультант",
                   remark=None)),
    project("INO-2808", "Глубокая переработка кедрового ореха и дикорастущих ягод",
            lead_organization="ООО «Сибирский кедр»",
            cluster=("wildlife", "Кластер дикоросов"),
            work_area=("industry", "Передовая промышленность"),
            location=("Томский район", "с. Тимирязевское Томского района"),
            status=("in_progress", "Реализуется"),
            start_date=RD("2015-07-20"), end_date=TD("2018-12-31"),
            total_cost_mln=PL("245.9"), federal_budget_mln="0.0", regional_budget_mln="12.5",
            extra_budgetary_mln="230.0", extra_budgetary_confirmed_mln="180.0",
            jobs_planned=85, jobs_created=50, problems=None,
            x=dict(inn="7014045566", mun="3.4", spent="160.0", person="Ким Е.Ю., главный специалист",
                   remark=None)),
    project("INO-2809", "Создание городской системы видеоаналитики и фотовидеофиксации «Безопасный город»",
            lead_organization="ОГКУ «Центр информационных технологий Томской области»",
            cluster=("medtech_it", "Медтехника и ИТ"),
            work_area=("smart_city", "Умный город"),
            location=("Томск", "город Томск"),
            status=("in_progress", "реализуется"),
            start_date=RD("2016-02-01"), end_date=RD("2018-12-20"),
            total_cost_mln="678.0", federal_budget_mln="0.0", regional_budget_mln="420.0",
            extra_budgetary_mln="200.0", extra_budgetary_confirmed_mln="200.0",
            jobs_planned=20, jobs_created=20,
            problems="Отсутствует положительное заключение государственной экспертизы",
            x=dict(inn="7017399876", mun="58.0", spent="390.0", person="Смирнов И.В., начальник отдела",
                   remark=None)),
    project("INO-2810", "Строительство завода ориентированно-стружечных плит (OSB)",
            lead_organization="ООО «Сибирская лесная компания»",
            cluster=("timber", "Лесопромышленный кластер"),
            work_area=("industry", "Передовая промышленность"),
            location=("Асино", "Асино"),
            status=("planned", "Планируется (поиск соинвестора)"),
            start_date=TD("2019-03-01"), end_date=QT("II кв. 2022"),
            total_cost_mln=T("7850.0"), federal_budget_mln="0.0", regional_budget_mln="0.0",
            extra_budgetary_mln=T("7850.0"), extra_budgetary_confirmed_mln=T("2500.0"),
            jobs_planned=430, jobs_created=0,
            problems="Необходимо строительство подъездного железнодорожного пути",
            x=dict(inn="7002017788", mun="0.0", spent="0.0", person="Ким Е.Ю., главный специалист",
                   remark=None)),
    project("INO-2811", "Производство имплантатов из никелида титана для травматологии и ортопедии",
            lead_organization="ООО «НИИ медицинских материалов и имплантатов с памятью формы»",
            cluster=("medtech_it", "Кластер медицинской техники и информационных технологий"),
            work_area=("innovation_business", "технологические инновации и новые бизнесы"),
            location=("Томск", "Томск"),
            status=("completed", "Реализован"),
            start_date=RD("2013-10-01"), end_date=QT("I кв. 2016"),
            total_cost_mln="96.3", federal_budget_mln="30.0", regional_budget_mln="10.0",
            extra_budgetary_mln="56.3", extra_budgetary_confirmed_mln="56.3",
            jobs_planned=40, jobs_created=44, problems=None,
            x=dict(inn="7017055512", mun="0.0", spent="96.3", person="Петрова А.С., консультант",
                   remark=None)),
    project("INO-2812", "Инновационный полигон испытания технологий добычи трудноизвлекаемой нефти",
            lead_organization="ФГАОУ ВО НИ ТПУ",
            cluster=("hard_to_recover", "Кластер трудноизвлекаемых запасов"),
            work_area=("science_education", "Наука и образование"),
            location=("Томский район", "Томский р-н"),
            status=("in_progress", "Реализуется"),
            start_date=RD("2016-09-01"), end_date=TD("2021-08-31"),
            total_cost_mln="3120.0", federal_budget_mln=T("1500.0"), regional_budget_mln="220.0",
            extra_budgetary_mln=T("1400.0"), extra_budgetary_confirmed_mln="700.0",
            jobs_planned=60, jobs_created=18, problems=None,
            x=dict(inn="7018007264", mun="0.0", spent="980.0", person="Ким Е.Ю., главный специалист",
                   remark=None)),
    project("INO-2813", "Производство метанола и формалина (модернизация)",
            lead_organization="ООО «Томскнефтехим»",
            cluster=("petrochemical", "Нефтехимический кластер"),
            work_area=("industry", "Передовая промышленность"),
            location=("Томск", "г. Томск"),
            status=("completed", "Реализация завершена"),
            start_date=RD("2012-04-02"), end_date=RD("2014-12-25"),
            total_cost_mln="5230.7", federal_budget_mln="0.0", regional_budget_mln="0.0",
            extra_budgetary_mln="5230.7", extra_budgetary_confirmed_mln="5230.7",
            jobs_planned=150, jobs_created=150, problems=None,
            x=dict(inn="7017004465", mun="0.0", spent="5230.7", person="Петрова А.С., консультант",
                   remark=None)),
    project("INO-2814", "Бизнес-инкубатор для малых инновационных предприятий в Колпашеве",
            lead_organization="Фонд развития малого и среднего предпринимательства Томской области",
            cluster=None,
            work_area=("business_environment", "Деловая среда"),
            location=("Колпашево", "г. Колпашево"),
            status=("suspended", "Приостановлен"),
            start_date=TD("2015-05-18"), end_date=RD("2018-05-31"),
            total_cost_mln="58.4", federal_budget_mln="25.0", regional_budget_mln="20.0",
            extra_budgetary_mln="10.0", extra_budgetary_confirmed_mln="10.0",
            jobs_planned=25, jobs_created=6,
            problems="Финансирование из областного бюджета на 2017 год не предусмотрено",
            x=dict(inn="7017290011", mun="3.4", spent="21.3", person="Смирнов И.В., начальник отдела",
                   remark=None)),
    project("INO-2815", "Организация производства изотопной продукции медицинского назначения",
            lead_organization="АО «СХК»",
            cluster=("nuclear", "Ядерные технологии"),
            work_area=("innovation_business", "Технологические инновации, новые бизнесы"),
            location=("Северск", "г. Северск"),
            status=("planned", "Планируется"),
            start_date=TD("2018-01-01"), end_date=YN(2023),
            total_cost_mln="1890.0", federal_budget_mln="900.0", regional_budget_mln="90.0",
            extra_budgetary_mln="900.0", extra_budgetary_confirmed_mln="300.0",
            jobs_planned=75, jobs_created=0, problems=None,
            x=dict(inn="7024029499", mun="0.0", spent="0.0", person="Смирнов И.В., начальник отдела",
                   remark=None)),
    project("INO-2816", "Площадка промышленного освоения кедровой продукции в Каргасокском районе",
            lead_organization="ООО «Сибирская тайга»",
            cluster=("wildlife", "Дикоросы"),
            work_area=("industry", "Передовая промышленность"),
            location=(None, "Каргасокский район"),
            status=("in_progress", "В работе"),
            start_date=RD("2016-06-01"), end_date=QT("III кв. 2019"),
            total_cost_mln="134.5", federal_budget_mln="0.0", regional_budget_mln="9.5",
            extra_budgetary_mln="125.0", extra_budgetary_confirmed_mln="40.0",
            jobs_planned=55, jobs_created=20, problems=None,
            x=dict(inn="7006002233", mun="0.0", spent="60.0", person="Ким Е.Ю., главный специалист",
                   remark=None)),
    project("INO-2817", "Открытие цифрового бизнес-центра для стартапов «Точка кипения — Томск»",
            lead_organization="АНО «Агентство инновационного развития Томской области»",
            cluster=("none", "—"),
            work_area=("business_environment", "ДЕЛОВАЯ СРЕДА"),
            location=("Томск", "г. Томск"),
            status=("completed", "Завершён"),
            start_date=RD("2016-11-01"), end_date=RD("2017-03-15"),
            total_cost_mln="42.0", federal_budget_mln="0.0", regional_budget_mln="30.0",
            extra_budgetary_mln="12.0", extra_budgetary_confirmed_mln="12.0",
            jobs_planned=15, jobs_created=15, problems=None,
            x=dict(inn="7017401122", mun="0.0", spent="42.0", person="Петрова А.С., консультант",
                   remark=None)),
    project("INO-2818", "Фармацевтическое производство инфузионных растворов «Томские растворы»",
            lead_organization="ООО «Артлайф»",
            cluster=("pharma", "Фарма"),
            work_area=("industry", "Передовая промышленность"),
            location=("Томский район", "Томский район, д. Кисловка"),
            status=("in_progress", "Реализуется (с отставанием)"),
            start_date=TD("2017-02-01"), end_date=QT("II кв. 2020"),
            total_cost_mln=T("2640.0"), federal_budget_mln="0.0", regional_budget_mln="140.0",
            extra_budgetary_mln=T("2500.0"), extra_budgetary_confirmed_mln=T("1000.0"),
            jobs_planned=160, jobs_created=30,
            problems="Длительное согласование технических условий\nна технологическое присоединение к электросетям",
            x=dict(inn="7017067543", mun="0.0", spent="700.0", person="Ким Е.Ю., главный специалист",
                   remark=None)),
    project("INO-2819", "Строительство студенческого кампуса мирового уровня (I очередь)",
            lead_organization="Администрация Томской области",
            cluster=None,
            work_area=("science_education", "Наука и образование"),
            location=("Томск", "Томск"),
            status=(None, "Отменён (исключён из перечня)"),
            start_date=RD("2017-06-01"), end_date=YT(2024),
            total_cost_mln=T("21000.0"), federal_budget_mln=T("12000.0"), regional_budget_mln=T("3000.0"),
            extra_budgetary_mln=T("6000.0"), extra_budgetary_confirmed_mln="0.0",
            jobs_planned=J(1200, "1" + NBSP + "200"), jobs_created=0,
            problems="Исключён из перечня приоритетных проектов решением Совета ИНО «Томск»",
            x=dict(inn="7017050560", mun="0.0", spent="0.0", person="Смирнов И.В., начальник отдела",
                   remark="Протокол Совета от 14.12.2016 № 4")),
    project("INO-2820", "Производство берёзового сока и сиропов «Сибирская берёза»",
            lead_organization="ООО «Томские ягоды»",
            cluster=("wildlife", "Кластер дикоросов"),
            work_area=("industry", "Передовая промышленность"),
            location=("Колпашево", "Колпашево"),
            status=("in_progress", "Реализуется"),
            start_date=RD("2016-08-15"), end_date=RD("2018-10-31"),
            total_cost_mln="77.7", federal_budget_mln="0.0", regional_budget_mln="7.7",
            extra_budgetary_mln="70.0", extra_budgetary_confirmed_mln="70.0",
            jobs_planned=30, jobs_created=22, problems=None,
            x=dict(inn="7007011890", mun="0.0", spent="52.0", person="Ким Е.Ю., главный специалист",
                   remark=None)),
    # rejected: end date (31.12.2017) before start date (01.09.2018)
    project("INO-2821", "Модернизация производства кабельной продукции на площадке «Сибкабель»",
            lead_organization="АО «Сибкабель»",
            cluster=("none", "—"),
            work_area=("industry", "Передовая промышленность"),
            location=("Томск", "г. Томск"),
            status=("planned", "Планируется"),
            start_date=TD("2018-09-01"), end_date=TD("2017-12-31"),
            total_cost_mln="530.0", federal_budget_mln="0.0", regional_budget_mln="30.0",
            extra_budgetary_mln="500.0", extra_budgetary_confirmed_mln="150.0",
            jobs_planned=125, jobs_created=0, problems=None,
            x=dict(inn="7017001234", mun="0.0", spent="0.0", person="Петрова А.С., консультант",
                   remark="Сроки уточняются инициатором"),
            reject=("end date before start date", "K")),
]
# cluster ("none", "—") means the sender wrote a dash: canonical null
for _p in F1:
    if _p.get("cluster") and _p["cluster"][0] == "none":
        _p["cluster"] = (None, _p["cluster"][1])

# order of the rows in the file (the rejected INO-2821 sits between 2815 and 2816),
# with a blank row after the 10th project
F1_ORDER = ["INO-28%02d" % i for i in range(1, 11)] + [None] + \
           ["INO-28%02d" % i for i in range(11, 16)] + ["INO-2821"] + \
           ["INO-28%02d" % i for i in range(16, 21)]

F1_COLS = [  # (letter, header path, field or None, why ignored)
    ("A", ("№\nп/п",), None, "row number"),
    ("B", ("Код проекта\n(по реестру)",), "code", None),
    ("C", ("Полное наименование инвести-\nционного проекта (объекта)",), "name", None),
    ("D", ("Инициатор проекта\n(ответственная организация)",), "lead_organization", None),
    ("E", ("ИНН инициатора",), None, "taxpayer number (ИНН) of the initiator, not a project field"),
    ("F", ("Кластер",), "cluster", None),
    ("G", ("Направление Программы\nИНО «Томск»",), "work_area", None),
    ("H", ("Место реализации\n(муниципальное образование)",), "location", None),
    ("I", ("Статус реализации\nпроекта",), "status", None),
    ("J", ("Срок реали-\nзации", "начало"), "start_date", None),
    ("K", ("Срок реали-\nзации", "окончание"), "end_date", None),
    ("L", ("Плановый объём финансирования за весь период реализации, млн руб.", "всего"), "total_cost_mln", None),
    ("M", ("Плановый объём финансирования за весь период реализации, млн руб.", "ФБ*"), "federal_budget_mln", None),
    ("N", ("Плановый объём финансирования за весь период реализации, млн руб.", "ОБ*"), "regional_budget_mln", None),
    ("O", ("Плановый объём финансирования за весь период реализации, млн руб.", "МБ*"), None,
     "municipal budget (МБ = бюджеты муниципальных образований, footnote *): no canonical field; it is part of «всего»"),
    ("P", ("Плановый объём финансирования за весь период реализации, млн руб.", "ВБИ*"), "extra_budgetary_mln", None),
    ("Q", ("Плановый объём финансирования за весь период реализации, млн руб.", "из них ВБИ подтвер-\nждено"),
     "extra_budgetary_confirmed_mln", None),
    ("R", ("Освоено с начала реализации**, млн руб.",), None,
     "money spent to date (cumulative, footnote **), not the planned cost"),
    ("S", ("Уровень освоения, %",), None, "a percentage (spent / planned), not an amount"),
    ("T", ("Количество создаваемых рабочих мест, ед.", "план"), "jobs_planned", None),
    ("U", ("Количество создаваемых рабочих мест, ед.", "факт"), "jobs_created", None),
    ("V", ("Ответственный за мониторинг\n(Ф.И.О., должность)",), None,
     "a responsible official's name and post, not the lead organisation"),
    ("W", ("Проблемные вопросы, требующие решения на уровне Администрации Томской области",), "problems", None),
    ("X", ("Примечание",), None, "free remarks, not the problems column"),
]


def header_str(path):
    return " / ".join(path)


def build_f1():
    wb = new_wb("Аппарат заместителя Губернатора Томской области")
    ws = wb.active
    ws.title = F1_SHEET
    ncol = len(F1_COLS)
    last = get_column_letter(ncol)
    put(ws, 1, 1, "Аппарат заместителя Губернатора Томской области по научно-образовательному "
                  "комплексу и инновационной политике", bold=True)
    put(ws, 2, 1, "СВОДНАЯ ИНФОРМАЦИЯ\nо ходе реализации инвестиционных проектов, включённых в перечень "
                  "проектов комплексной программы ИНО «Томск»", bold=True, wrap=True)
    put(ws, 3, 1, "по состоянию на 01.04.2017")
    for r in (1, 2, 3):
        ws.merge_cells(f"A{r}:{last}{r}")
    ws.row_dimensions[2].height = 32
    # two-level header rows 5-6
    tops = {}
    for i, (letter, path, field, why) in enumerate(F1_COLS, start=1):
        if len(path) == 1:
            put(ws, 5, i, path[0], wrap=True, border=True, bold=True)
            ws.cell(row=6, column=i).border = BOX
            ws.merge_cells(f"{letter}5:{letter}6")
        else:
            tops.setdefault(path[0], []).append(i)
            put(ws, 6, i, path[1], wrap=True, border=True, bold=True)
    for text, cols in tops.items():
        put(ws, 5, cols[0], text, wrap=True, border=True, bold=True)
        ws.merge_cells(start_row=5, start_column=cols[0], end_row=5, end_column=cols[-1])
    for i in range(1, ncol + 1):
        put(ws, 7, i, i, border=True)
    ws.row_dimensions[5].height = 45
    ws.row_dimensions[6].height = 45
    for i, w in enumerate([5, 12, 48, 34, 13, 22, 24, 24, 22, 12, 12, 11, 10, 10, 8, 10, 11, 12, 9, 9, 9,
                           24, 40, 24], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w

    by_code = {p["code"]: p for p in F1}
    row = 8
    num = 0
    data_rows, rejected, rows_of = [], [], {}
    sums = {k: D(0) for k in ("L", "M", "N", "O", "P", "Q", "R", "T", "U")}
    skipped = {"1": "title", "2": "title", "3": "title (report date)", "4": "empty",
               "5": "header (top level)", "6": "header (second level)", "7": "column numbers"}
    for code in F1_ORDER:
        if code is None:
            for i in range(1, ncol + 1):
                ws.cell(row=row, column=i).border = BOX
            skipped[str(row)] = "blank row inside the table"
            row += 1
            continue
        p = by_code[code]
        num += 1
        x = p["x"]
        vals = {
            "A": num, "B": p["code"], "C": p["name"], "D": p["lead_organization"], "E": x["inn"],
            "F": p["cluster"][1] if p.get("cluster") else None,
            "G": p["work_area"][1], "H": p["location"][1], "I": p["status"][1],
            "J": date_cell(p["start_date"]), "K": date_cell(p["end_date"]),
            "L": money_cell(p["total_cost_mln"], 1, 1), "M": money_cell(p["federal_budget_mln"], 1, 1),
            "N": money_cell(p["regional_budget_mln"], 1, 1), "O": float(D(x["mun"])),
            "P": money_cell(p["extra_budgetary_mln"], 1, 1),
            "Q": money_cell(p["extra_budgetary_confirmed_mln"], 1, 1),
            "R": float(D(x["spent"])),
            "S": float((D(x["spent"]) / p["total_cost_mln"].mln).quantize(D("0.001"))),
            "T": p["jobs_planned"].text if isinstance(p["jobs_planned"], J) else p["jobs_planned"],
            "U": p["jobs_created"], "V": x["person"], "W": p["problems"], "X": x["remark"],
        }
        # sanity: всего = ФБ + ОБ + МБ + ВБИ
        assert p["total_cost_mln"].mln == (p["federal_budget_mln"].mln + p["regional_budget_mln"].mln +
                                           D(x["mun"]) + p["extra_budgetary_mln"].mln), code
        for i, (letter, path, field, why) in enumerate(F1_COLS, start=1):
            v = vals[letter]
            fmt = None
            if letter in "JK" and isinstance(v, dt.datetime):
                fmt = "DD.MM.YYYY"
            elif letter in "LMNOPQR" and isinstance(v, float):
                fmt = "#,##0.0"
            elif letter == "S":
                fmt = "0.0%"
            c = put(ws, row, i, v, fmt=fmt, border=True)
            if letter in "CDWV":
                c.alignment = Alignment(wrap_text=True, vertical="top")
        sums["L"] += p["total_cost_mln"].mln
        sums["M"] += p["federal_budget_mln"].mln
        sums["N"] += p["regional_budget_mln"].mln
        sums["O"] += D(x["mun"])
        sums["P"] += p["extra_budgetary_mln"].mln
        sums["Q"] += p["extra_budgetary_confirmed_mln"].mln
        sums["R"] += D(x["spent"])
        sums["T"] += canon("jobs_planned", p["jobs_planned"])
        sums["U"] += canon("jobs_created", p["jobs_created"])
        data_rows.append(row)
        rows_of[code] = row
        if "reject" in p:
            reason, col = p["reject"]
            rejected.append(rej(F1_SHEET, row, reason, col, code))
        row += 1
    # totals row: «Итого по перечню» in the name column
    put(ws, row, 3, "Итого по перечню", bold=True, border=True)
    for letter, v in sums.items():
        col = ord(letter) - 64
        put(ws, row, col, float(v) if letter not in "TU" else int(v),
            fmt="#,##0.0" if letter not in "TU" else None, bold=True, border=True)
    put(ws, row, 19, float((sums["R"] / sums["L"]).quantize(D("0.001"))), fmt="0.0%", bold=True, border=True)
    skipped[str(row)] = "totals (Итого по перечню)"
    totals_row = row
    row += 1
    skipped[str(row)] = "empty"
    row += 1
    notes = ["* ФБ – федеральный бюджет; ОБ – областной бюджет; МБ – бюджеты муниципальных образований; "
             "ВБИ – внебюджетные источники.",
             "** Освоение – фактически профинансировано с начала реализации проекта нарастающим итогом.",
             "Исп. Петрова А.С., тел. (3822) 51-00-00"]
    for t in notes:
        put(ws, row, 1, t)
        ws.merge_cells(f"A{row}:{last}{row}")
        skipped[str(row)] = "footnote" if t.startswith("*") else "executor line below the table"
        row += 1
    ws.freeze_panes = "C8"
    path = os.path.join(HERE, F1_FILE)
    wb.save(path)
    finalize_xlsx(path)

    fields = list(FIELDS)
    good = [by_code[c] for c in F1_ORDER if c and "reject" not in by_code[c]]
    money_text = sum(1 for p in good + [by_code["INO-2821"]] for f in MONEY
                     if p.get(f) is not None and p[f].how != "num")
    date_kinds = {}
    for p in [by_code[c] for c in F1_ORDER if c]:
        for f in DATES:
            date_kinds[p[f].how] = date_kinds.get(p[f].how, 0) + 1
    exp = {
        "file": F1_FILE, "refused": False, "fields": fields, "record_count": len(good),
        "records": [record(p, fields) for p in good],
        "rejected": rejected,
        "sheet": F1_SHEET,
        "columns": [[header_str(path), field] for _, path, field, _ in F1_COLS if field],
        "ignored_columns": [[header_str(path), why] for _, path, field, why in F1_COLS if not field],
        "header_rows": [5, 6], "data_rows": data_rows, "totals_row": totals_row,
        "skipped_rows": skipped,
        "spellings": spellings(good, fields),
        "date_cells": date_kinds, "money_text_cells": money_text,
        "sender": "office of the deputy governor (official report form)",
        "notes": ("One sheet 'Свод ИНО'. Title rows 1-3 (merged; the report date 01.04.2017 is in row 3), "
                  "row 4 empty. Two-level merged header in rows 5-6: single-level headers are merged "
                  "vertically; 'Срок реализации' (начало/окончание), 'Плановый объём финансирования за "
                  "весь период реализации, млн руб.' (всего/ФБ/ОБ/МБ/ВБИ/из них ВБИ подтверждено) and "
                  "'Количество создаваемых рабочих мест, ед.' (план/факт) are parents. Headers carry "
                  "Word line breaks and hyphenation ('инвести-\\nционного', 'реали-\\nзации', "
                  "'подтвер-\\nждено'). Row 7 numbers the columns 1..24. Data rows 8-29 with a blank "
                  "bordered row 18 inside the table; row 30 'Итого по перечню' (in the name column C, "
                  "columns A-B empty); rows 32-34 footnotes and the executor line. Amounts are RUB million "
                  "(unit in the parent header); some are Russian text ('4 250,0' with a non-breaking "
                  "space, '12 480,0' with a plain space, '245,9'). 'всего' includes the municipal budget "
                  "МБ, which is not imported, so всего ≠ ФБ+ОБ+ВБИ for some rows: take всего as written. "
                  "Dates: real dates, 'dd.mm.yyyy' text, quarters 'IV кв. 2019' (-> last day of the "
                  "quarter), years as a General number (2021 -> 2021-12-31) or as text ('2022'). "
                  "Statuses are phrases with remarks ('Реализуется (с отставанием от графика)', "
                  "'Завершён, введён в эксплуатацию', 'Приостановлен до решения суда', 'Реализация "
                  "завершена', 'На стадии реализации', 'Планируется (поиск соинвестора)'); "
                  "'Отменён (исключён из перечня)' fits no status -> null (INO-2819). Places: 'г. Томск, "
                  "Кузовлевский тракт, 2' -> Томск, 'с. Тимирязевское Томского района' and 'Томский район, "
                  "д. Кисловка' -> Томский район, 'г.о. Стрежевой' -> Стрежевой, 'ЗАТО Северск' -> Северск; "
                  "'Каргасокский район' is none of the canonical places -> null (INO-2816). Cluster '—' or "
                  "empty -> null; 'ЛПК', 'ТрИЗ', 'Медтехника и ИТ', 'Фарма', 'Дикоросы', 'Ядерные "
                  "технологии', 'Нефтехимический' are the known clusters. Jobs 'факт' -> jobs_created. "
                  "Row 24 (INO-2821) is rejected: окончание 31.12.2017 is before начало 01.09.2018."),
    }
    write_json("deputy_governor_svod.expected.json", exp)
    return {p["code"]: record(p, FIELDS) for p in good}, exp


# ========================================================================================
# 2. devcorp_cluster_sheets.xlsx  (shape of cluster_sheets.xlsx)
#    Sender: the regional development corporation — one sheet per cluster, тыс. руб.
# ========================================================================================
F2_FILE = "devcorp_cluster_sheets.xlsx"

F2_HEAD = [  # (letter, header with units, header without units (Фарма sheet), field, why)
    ("A", "№", "№", None, "row number within the sheet"),
    ("B", "Шифр\nпроекта", "Шифр\nпроекта", "code", None),
    ("C", "Наименование проекта", "Наименование проекта", "name", None),
    ("D", "Компания-\nинициатор", "Компания-\nинициатор", "lead_organization", None),
    ("E", "Территория\nреализации", "Территория\nреализации", "location", None),
    ("F", "Стадия\nреализации", "Стадия\nреализации", "status", None),
    ("G", "Начало\nреализации", "Начало\nреализации", "start_date", None),
    ("H", "Завершение\nреализации", "Завершение\nреализации", "end_date", None),
    ("I", "Бюджет проекта,\nтыс. руб.", "Бюджет проекта", "total_cost_mln", None),
    ("J", "Частные инвестиции\n(ВБС), тыс. руб.", "Частные инвестиции\n(ВБС)", "extra_budgetary_mln", None),
    ("K", "Господдержка\n(ФБ + ОБ), тыс. руб.", "Господдержка\n(ФБ + ОБ)", None,
     "state support = federal + regional budget combined; there is no canonical field for the sum"),
    ("L", "Проинвестировано\nна 01.07.2017, тыс. руб.", "Проинвестировано\nна 01.07.2017", None,
     "money invested to date, not the project cost"),
    ("M", "Рабочие места\n(план), чел.", "Рабочие места\n(план), чел.", "jobs_planned", None),
    ("N", "Куратор проекта\nв Корпорации", "Куратор проекта\nв Корпорации", None,
     "the corporation's curator (a person), not the lead organisation"),
]


def p2(code, name, org, loc, status, start, end, total, extra, jobs, invested, curator, reject=None):
    p = project(code, name, lead_organization=org, location=loc, status=status, start_date=start,
                end_date=end, total_cost_mln=total, extra_budgetary_mln=extra, jobs_planned=jobs)
    p["x"] = dict(invested=D(invested), curator=curator)
    if reject:
        p["reject"] = reject
    return p


F2_SHEETS = [
    {"sheet": "Нефтехимия", "a1": "Нефтехимический кластер", "cluster": "petrochemical",
     "rows": [
         p2("INO-2830", "Производство биаксиально-ориентированной полипропиленовой плёнки", "ООО «Томскнефтехим»",
            ("Томск", "г. Томск"), ("in_progress", "реализуется"), RD("2016-03-01"), RD("2019-12-31"),
            "3450.0", "3200.0", 190, "1210000", "Лебедев К.А."),
         p2("INO-2831", "Выпуск синтетических моторных масел", "ООО «ТомскНефтеПродукт»",
            ("Томский район", "Томский р-н, п. Светлый"), ("planned", "Запланирован"), RD("2018-05-01"),
            RD("2021-04-30"), T("820.5", dec=0), "800.0", 70, "0", "Лебедев К.А."),
         None,
         p2("INO-2832", "Строительство установки производства карбамидных смол", "ООО «Томскнефтехим»",
            ("Томск", "Томск"), ("completed", "завершен"), TD("2012-09-10"), TD("2015-06-30"),
            "960.0", "960.0", 60, "960000", "Лебедев К.А."),
     ]},
    {"sheet": "Ядерные технологии", "a1": "Кластер ядерных технологий", "cluster": "nuclear",
     "rows": [
         p2("INO-2833", "Опытно-демонстрационный энергокомплекс «Прорыв» (БРЕСТ-ОД-300)", "АО «СХК»",
            ("Северск", "ЗАТО Северск"), ("in_progress", "Реализуется"), RD("2012-01-01"), RD("2025-12-31"),
            T("64700.0", dec=0), "0.0", J(1500, "1" + NBSP + "500"), "21400000", "Орлова Н.В."),
         None,
         p2("INO-2834", "Производство фторидных соединений высокой чистоты", "АО «СХК»",
            ("Северск", "г. Северск"), ("suspended", "приостановлен (поиск нового инвестора)"),
            RD("2015-04-01"), RD("2020-12-31"), T("1240.0", dec=0), "900.0", 120, "310000", "Орлова Н.В."),
     ]},
    {"sheet": "ЛПК", "a1": "Лесопромышленный кластер", "cluster": "timber",
     "rows": [
         p2("INO-2835", "Китайско-российский лесопромышленный парк (деревообработка)",
            "ООО «Российско-китайская лесная компания»", ("Асино", "г. Асино"), ("in_progress", "В работе"),
            RD("2014-06-01"), RD("2020-12-31"), "15600.0", "15000.0", 850, "6700000", "Гусев П.П."),
         p2("INO-2836", "Производство древесных топливных гранул (пеллет)", "ООО «Томлесдрев»",
            ("Асино", "Асино"), ("completed", "Завершён — выход на проектную мощность"), RD("2013-03-15"),
            RD("2015-09-30"), "410.0", "410.0", 45, "410000", "Гусев П.П."),
         None,
         p2("INO-2837", "Лесопильный комплекс в Тегульдетском районе", "ООО «Чулымлес»",
            (None, "Тегульдетский район"), ("planned", "планируется"), RD("2018-04-01"), RD("2020-10-31"),
            RAW("в стадии оценки"), "0.0", 90, "0", "Гусев П.П.",
            reject=("text in a number column ('в стадии оценки')", "I")),
         p2("INO-2838", "Производство мебельного щита из сибирской сосны", "ООО «Сибирская лесная компания»",
            ("Томский район", "Томский район"), ("planned", "планируется"), TD("2018-09-01"),
            TD("2020-08-31"), S("215.4", dec=1), S("215.4", dec=1), 60, "0", "Гусев П.П."),
     ]},
    {"sheet": "Фарма", "a1": "Фармацевтический кластер", "cluster": "pharma", "units_in_title": True,
     "rows": [
         p2("INO-2839", "Производство субстанций на основе пантов марала", "ООО «Пантопроект»",
            ("Колпашево", "г. Колпашево"), ("in_progress", "реализуется "), RD("2016-01-15"),
            RD("2018-12-31"), "185.0", "160.0", 40, "120000", "Орлова Н.В."),
         p2("INO-2840", "Выпуск генерических противоопухолевых препаратов", "ЗАО «Сибирский фармзавод»",
            ("Томск", "г. Томск, ул. Елизаровых, 79"), ("planned", "Планируется"), RD("2018-03-01"),
            RD("2022-12-31"), "2900.0", "2700.0", 210, "0", "Орлова Н.В."),
     ]},
    {"sheet": "Медтехника и ИТ", "a1": "Кластер медицинской техники и информационных технологий",
     "cluster": "medtech_it",
     "rows": [
         p2("INO-2841", "Серийное производство цифровых рентгеновских аппаратов",
            "ООО «НПК «Медицинская техника»»", ("Томск", "Томск"), ("in_progress", "Реализуется"),
            RD("2015-10-01"), RD("2018-12-31"), "360.0", "300.0", 90, "250000", "Лебедев К.А."),
         None,
         p2("INO-2842", "Центр обработки данных «Томск-ИТ»", "ООО «Элекард»",
            ("Северск", "ЗАТО г. Северск"), ("completed", "Реализован"), RD("2014-02-01"), RD("2016-11-30"),
            "720.0", "720.0", 35, "720000", "Лебедев К.А."),
         p2("INO-2843", "Разработка и производство кардиостимуляторов нового поколения",
            "ООО «Кардиоэлектроника»", ("Томск", "г. Томск"), ("planned", "Запланирован"), TD("2019-01-10"),
            TD("2021-12-31"), "150.0", "120.0", 55, "0", "Лебедев К.А."),
     ]},
    {"sheet": "Дикоросы", "a1": "Кластер дикоросов", "cluster": "wildlife",
     "rows": [
         p2("INO-2844", "Фабрика сублимированных ягод и грибов «Таёжная кладовая»", "ООО «Сибирская тайга»",
            ("Томский район", "с. Тимирязевское (Томский р-н)"), ("in_progress", "реализуется"),
            RD("2016-05-01"), RD("2018-08-31"), "96.0", "90.0", 48, "61000", "Гусев П.П."),
         p2("INO-2845", "Заготовительно-перерабатывающий комплекс дикоросов", "ООО «Томские ягоды»",
            (None, "Томская область"), ("completed", "ЗАВЕРШЁН"), RD("2013-06-01"), RD("2014-10-31"),
            "54.3", "54.3", 30, "54300", "Гусев П.П."),
     ]},
    {"sheet": "ТрИЗ", "a1": "Кластер трудноизвлекаемых запасов", "cluster": "hard_to_recover",
     "rows": [
         p2("INO-2846", "Разработка технологий добычи нефти баженовской свиты", "ООО «Газпромнефть-Восток»",
            ("Стрежевой", "г. Стрежевой"), ("in_progress", "Реализуется"), RD("2014-01-01"), RD("2020-12-31"),
            "8200.0", "8200.0", 120, "4100000", "Орлова Н.В."),
         None,
         p2("INO-2847", "Полигон испытания технологий добычи ТрИЗ «Томская нефть»", "ФГАОУ ВО НИ ТПУ",
            ("Стрежевой", "городской округ Стрежевой"), ("planned", "Планируется"), RD("2018-07-01"),
            RD("2023-06-30"), "4300.0", "3500.0", 80, "0", "Орлова Н.В."),
         p2("INO-2848", "Освоение низкопроницаемых коллекторов Западно-Лугинецкого месторождения",
            "ООО «Газпромнефть-Восток»", (None, "Парабельский район"), ("suspended", "Приостановлен"),
            RD("2015-02-01"), RD("2019-12-31"), "2750.0", "2750.0", 65, "900000", "Орлова Н.В."),
     ]},
]
F2_HIDDEN_ROW = ("Фарма", "INO-2839")
F2_HIDDEN_COL = ("ТрИЗ", "J")


def build_f2():
    wb = new_wb("АО «Корпорация развития Томской области»")
    ws0 = wb.active
    ws0.title = "Титул"
    for i, t in enumerate(["АО «Корпорация развития Томской области»",
                           "Реестр инвестиционных проектов кластеров ИНО «Томск»",
                           "Данные на 01.07.2017",
                           "Суммы — в тысячах рублей.",
                           "Каждый кластер — на отдельном листе; в ячейке A1 листа указано полное наименование кластера.",
                           "Контакт: отдел сопровождения проектов, тел. (3822) 90-00-00"], start=1):
        put(ws0, i, 1, t, bold=(i == 1))
    ws0.column_dimensions["A"].width = 90
    sheets_meta, records, rejected = [], [], []
    all_good = []
    for sh in F2_SHEETS:
        ws = wb.create_sheet(sh["sheet"])
        t_units = sh.get("units_in_title", False)
        put(ws, 1, 1, sh["a1"], bold=True)
        put(ws, 2, 1, "Реестр инвестиционных проектов на 01.07.2017" + (" (тыс. рублей)" if t_units else ""))
        heads = []
        for i, (letter, h, h_nounit, field, why) in enumerate(F2_HEAD, start=1):
            text = h_nounit if t_units else h
            heads.append((letter, text, field, why))
            put(ws, 4, i, text, bold=True, wrap=True, border=True)
        ws.row_dimensions[4].height = 45
        for i, w in enumerate([5, 11, 50, 34, 28, 26, 12, 12, 14, 14, 14, 15, 11, 18], start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
        row, num = 5, 0
        data_rows, skipped = [], {"1": "title (cluster name)", "2": "title", "3": "empty", "4": "header"}
        sum_t = sum_e = sum_k = sum_l = D(0)
        sum_j = 0
        for p in sh["rows"]:
            if p is None:
                skipped[str(row)] = "blank spacer row"
                row += 1
                continue
            num += 1
            x = p["x"]
            total_m = p["total_cost_mln"]
            gov = None if total_m.mln is None else int((total_m.mln - p["extra_budgetary_mln"].mln) * 1000)
            vals = [num, p["code"], p["name"], p["lead_organization"], p["location"][1], p["status"][1],
                    date_cell(p["start_date"]), date_cell(p["end_date"]),
                    money_cell(total_m, 1000, 0), money_cell(p["extra_budgetary_mln"], 1000, 0),
                    gov, int(x["invested"]),
                    p["jobs_planned"].text if isinstance(p["jobs_planned"], J) else p["jobs_planned"],
                    x["curator"]]
            for i, v in enumerate(vals, start=1):
                fmt = None
                if isinstance(v, dt.datetime):
                    fmt = "DD.MM.YYYY"
                elif i in (9, 10, 11, 12) and isinstance(v, (int, float)):
                    fmt = "#,##0"
                put(ws, row, i, v, fmt=fmt, border=True)
            data_rows.append(row)
            if total_m.mln is not None:
                sum_t += total_m.mln
                sum_k += total_m.mln - p["extra_budgetary_mln"].mln
            sum_e += p["extra_budgetary_mln"].mln
            sum_l += x["invested"]
            sum_j += canon("jobs_planned", p["jobs_planned"])
            if (sh["sheet"], p["code"]) == F2_HIDDEN_ROW:
                ws.row_dimensions[row].hidden = True
                hidden_row = row
            p["cluster"] = (sh["cluster"], f"sheet '{sh['sheet']}', A1 '{sh['a1']}'")
            if "reject" in p:
                reason, col = p["reject"]
                rejected.append(rej(sh["sheet"], row, reason, col, p["code"]))
            else:
                all_good.append(p)
            row += 1
        put(ws, row, 3, "Итого по кластеру", bold=True, border=True)
        for col, v in ((9, int(sum_t * 1000)), (10, int(sum_e * 1000)), (11, int(sum_k * 1000)),
                       (12, int(sum_l)), (13, sum_j)):
            put(ws, row, col, v, fmt="#,##0", bold=True, border=True)
        skipped[str(row)] = "totals (Итого по кластеру)"
        meta = {"sheet": sh["sheet"], "cluster": sh["cluster"], "a1": sh["a1"], "header_row": 4,
                "data_rows": data_rows, "skipped_rows": skipped,
                "units": "тыс. рублей in the title row 2 only" if t_units else "тыс. руб. in each money header",
                "columns": [[h, f] for _, h, f, _ in heads if f],
                "ignored_columns": [[h, why] for _, h, f, why in heads if not f]}
        sheets_meta.append(meta)
        if sh["sheet"] == F2_HIDDEN_COL[0]:
            ws.column_dimensions[F2_HIDDEN_COL[1]].hidden = True
    wb.active = 1
    path = os.path.join(HERE, F2_FILE)
    wb.save(path)
    finalize_xlsx(path)

    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date", "total_cost_mln",
              "extra_budgetary_mln", "jobs_planned", "lead_organization"]
    cols_main = [[h, f] for _, h, _, f, _ in F2_HEAD if f]
    cols_pharma = [[h, f] for _, _, h, f, _ in F2_HEAD if f and h not in [c[0] for c in cols_main]]
    exp = {
        "file": F2_FILE, "refused": False, "fields": fields, "record_count": len(all_good),
        "records": [record(p, fields) for p in all_good],
        "rejected": rejected,
        "columns": cols_main + cols_pharma,
        "ignored_columns": [[h, why] for _, h, _, f, why in F2_HEAD if not f] +
                           [[h, why] for _, h0, h, f, why in F2_HEAD if not f and h != h0],
        "header_rows": {m["sheet"]: [4] for m in sheets_meta},
        "data_rows": {m["sheet"]: m["data_rows"] for m in sheets_meta},
        "skipped_rows": {m["sheet"]: m["skipped_rows"] for m in sheets_meta},
        "sheets": sheets_meta,
        "skipped_sheets": [["Титул", "cover sheet with text only, no project table"]],
        "hidden": {"row": {"sheet": F2_HIDDEN_ROW[0], "row": hidden_row, "code": F2_HIDDEN_ROW[1]},
                   "column": {"sheet": F2_HIDDEN_COL[0], "column": F2_HIDDEN_COL[1],
                              "field": "extra_budgetary_mln"}},
        "spellings": spellings(all_good, ["location", "status"]),
        "sender": "regional development corporation (registry per cluster)",
        "notes": ("Eight sheets: 'Титул' is a cover sheet of text (not data); then one sheet per cluster, "
                  "named by abbreviation ('Нефтехимия', 'Ядерные технологии', 'ЛПК', 'Фарма', 'Медтехника и "
                  "ИТ', 'Дикоросы', 'ТрИЗ') with the full cluster name in A1; the record's cluster comes from "
                  "the sheet. Header row 4 on every sheet (line breaks in the headers), data from row 5, blank "
                  "spacer rows, and an 'Итого по кластеру' totals row (in column C) at the end of each sheet. "
                  "Amounts are in thousand roubles: said in each money header ('Бюджет проекта,\\nтыс. руб.') "
                  "except on sheet 'Фарма', whose headers have no unit and whose title row 2 says "
                  "'(тыс. рублей)'. Money: real numbers (#,##0) and Russian text with a non-breaking space "
                  "('64 700 000', '1 240 000', '820 500') or a plain space and decimal comma ('215 400,0'). "
                  "'Господдержка (ФБ + ОБ)' is federal + regional combined and is not imported (no field for "
                  "the sum); 'Проинвестировано на 01.07.2017' is spent-to-date. Row 5 on sheet 'Фарма' "
                  "(INO-2839) is hidden and column J (private investment = extra_budgetary) on sheet 'ТрИЗ' is "
                  "hidden: both are data. Places: 'Томская область' and 'Тегульдетский район', 'Парабельский "
                  "район' are none of the canonical places -> null. Statuses: 'Запланирован' -> planned, "
                  "'Завершён — выход на проектную мощность' -> completed, 'приостановлен (поиск нового "
                  "инвестора)' -> suspended, 'реализуется ' (trailing space) -> in_progress. Jobs '1 500' "
                  "(text with a non-breaking space) -> 1500. Sheet 'ЛПК' row 8 (INO-2837) is rejected: the "
                  "budget cell holds the text 'в стадии оценки'."),
    }
    write_json("devcorp_cluster_sheets.expected.json", exp)


# ========================================================================================
# 3. bank_pf_pipeline.xlsx  (shape of agency_english.xlsx)
#    Sender: a bank's project-finance desk — English headers, RUB bn, COD as quarter/year.
# ========================================================================================
F3_FILE = "bank_pf_pipeline.xlsx"
F3_SHEET = "Pipeline"
F3_HEAD = [
    ("A", "Deal ref", None, "the bank's internal deal reference, not the INO project code"),
    ("B", "INO project code", "code", None),
    ("C", "Project", "name", None),
    ("D", "Sponsor / borrower", "lead_organization", None),
    ("E", "Sector (INO cluster)", "cluster", None),
    ("F", "Stage", "status", None),
    ("G", "Construction start", "start_date", None),
    ("H", "Completion (COD)", "end_date", None),
    ("I", "Total capex\n(RUB bn)", "total_cost_mln", None),
    ("J", "Public funding,\nfed. + reg. (RUB bn)", None,
     "federal + regional budget combined; no canonical field for the sum"),
    ("K", "Private funding\n(RUB bn)", "extra_budgetary_mln", None),
    ("L", "of which committed\n(RUB bn)", "extra_budgetary_confirmed_mln", None),
    ("M", "Bank exposure\n(RUB m)", None, "the bank's own loan exposure, not a project funding source"),
    ("N", "Jobs (plan)", "jobs_planned", None),
    ("O", "Project IRR, %", None, "a percentage (internal rate of return)"),
    ("P", "RM", None, "relationship manager (a person)"),
]


def p3(ref, code, name, sponsor, sector, stage, start, end, total, private, committed, jobs, exposure, irr, rm,
       reject=None):
    p = project(code, name, lead_organization=sponsor, cluster=sector, status=stage, start_date=start,
                end_date=end, total_cost_mln=total, extra_budgetary_mln=private,
                extra_budgetary_confirmed_mln=committed, jobs_planned=jobs)
    p["x"] = dict(ref=ref, exposure=exposure, irr=irr, rm=rm)
    if reject:
        p["reject"] = reject
    return p


F3 = [
    p3("PF-2016/014", "INO-2851", "Polypropylene compounding line, Tomskneftekhim site", "Tomskneftekhim LLC",
       ("petrochemical", "Petrochemicals"), ("in_progress", "In progress"), RD("2016-04-01", "d mmm yyyy"),
       QT("Q4 2019"), "2450.0", "2300.0", "1800.0", 140, 950, 0.142, "A. Volkov"),
    p3("PF-2017/003", "INO-2852", "Строительство завода МДФ-плит", "ООО «Томлесдрев»",
       ("timber", "Timber & forestry"), ("planned", "Planned"), QT("Q2 2018"), YN(2021),
       "6200.0", "6200.0", "2000.0", 380, 3100, 0.167, "A. Volkov"),
    p3("PF-2015/022", "INO-2853", "Isotope production line for nuclear medicine", "JSC Siberian Chemical Combine",
       ("nuclear", "Nuclear tech"), ("suspended", "On hold"), RD("2015-09-01", "d mmm yyyy"), YT(2020),
       "1100.0", "400.0", "100.0", 65, 0, 0.118, "I. Sokolova"),
    p3("PF-2012/007", "INO-2854", "Технопарк «Академический»", "Tomsk SEZ JSC",
       (None, "n/a"), ("completed", "Completed"), RD("2012-03-01", "yyyy-mm-dd"), RD("2016-12-31", "yyyy-mm-dd"),
       "3050.0", "1200.0", "1200.0", 220, 0, 0.095, "I. Sokolova"),
    p3("PF-2017/011", "INO-2855", "Berry and mushroom freeze-drying plant", "Siberian Taiga LLC",
       ("wildlife", "Wildlife resources"), ("in_progress", "In progress – behind schedule"), QT("I кв. 2017"),
       QT("IV кв. 2018"), "87.5", "80.0", "50.0", 35, 60, 0.21, "A. Volkov"),
    p3("PF-2014/019", "INO-2856", "Bazhenov formation pilot development", "Gazpromneft-Vostok LLC",
       ("hard_to_recover", "Hard-to-recover reserves"), ("in_progress", "In progress"),
       RD("2014-07-01", "d mmm yyyy"), YN(2022), "9800.0", "9800.0", "7500.0", 110, 4500, 0.155, "I. Sokolova"),
    p3("PF-2018/002", "INO-2857", "Pharmaceutical plant for infusion solutions", "Artlife LLC",
       ("pharma", "Pharma"), ("planned", "Planned"), RD("2018-02-01", "d mmm yyyy"), QT("Q3 2021"),
       "1750.0", "1600.0", None, 150, 800, 0.173, "A. Volkov"),
    p3("PF-2013/031", "INO-2858", "Digital X-ray detector manufacturing", "Micran JSC",
       ("medtech_it", "Medical equipment & IT"), ("completed", "Completed, commissioned"),
       RD("2013-05-15", "yyyy-mm-dd"), RD("2015-10-30", "yyyy-mm-dd"), "420.0", "390.0", "390.0", 60, 0, 0.188,
       "I. Sokolova"),
    # rejected: completion 2018 (31 Dec 2018) is before construction start Q3 2019 (30 Sep 2019)
    p3("PF-2017/027", "INO-2859", "Glulam production expansion", "Tomlesdrev LLC",
       ("timber", "Timber"), ("planned", "Planned"), QT("Q3 2019"), YN(2018),
       "640.0", "600.0", "0.0", 75, 300, 0.139, "A. Volkov",
       reject=("end date before start date", "H")),
    p3("PF-2017/030", "INO-2860", "Nickel-titanium implants production scale-up", "MIC SMP LLC",
       ("medtech_it", "MedTech / IT"), ("planned", "Planned"), QT("Q1 2018"), QT("Q4 2020"),
       "215.0", "200.0", "50.0", 45, 100, 0.201, "I. Sokolova"),
    p3("PF-2011/004", "INO-2861", "Methanol unit debottlenecking", "Tomskneftekhim LLC",
       ("petrochemical", "Petrochemistry"), ("completed", "Completed"), RD("2011-09-01", "d mmm yyyy"), YT(2014),
       "2900.0", "2900.0", "2900.0", 40, 0, 0.128, "A. Volkov"),
    p3("PF-2016/020", "INO-2862", "Radiopharmaceutical production, Seversk", "JSC SCC",
       ("nuclear", "Nuclear technologies cluster"), ("in_progress", "In progress"),
       RD("2016-10-01", "d mmm yyyy"), RD("2019-12-31", "d mmm yyyy"), "670.0", "200.0", "200.0", 50, 150, 0.11,
       "I. Sokolova"),
    p3("PF-2014/012", "INO-2863", "Cedar nut processing complex", "Siberian Cedar LLC",
       ("wildlife", "wild plants"), ("suspended", "Suspended"), RD("2014-08-01", "d mmm yyyy"), YN(2018),
       "130.0", "130.0", "0.0", 25, 0, 0.09, "A. Volkov"),
    p3("PF-2015/003", "INO-2864", "Smart-grid metering for Tomsk", "Tomsk Distribution Company JSC",
       (None, "—"), ("in_progress", "In progress"), RD("2015-01-15", "d mmm yyyy"), QT("Q2 2019"),
       "1300.0", "1000.0", "750.0", 30, 500, 0.131, "I. Sokolova"),
    p3("PF-2016/008", "INO-2865", "Oriented strand board (OSB) mill", "Siberian Timber Co",
       ("timber", "Timber cluster"), ("suspended", "On hold"), RD("2016-05-01", "d mmm yyyy"),
       QT("IV кв. 2021"), "12450.0", "12450.0", "3000.0", 520, 6000, 0.149, "A. Volkov"),
    p3("PF-2018/005", "INO-2866", "Low-permeability reservoirs pilot, Strezhevoy", "Tomskneft VNK OJSC",
       ("hard_to_recover", "Hard-to-recover resources cluster"), ("planned", "Planned"), QT("Q1 2019"),
       YT(2023), "5600.0", "5600.0", None, 90, 2500, 0.162, "I. Sokolova"),
    p3("PF-2016/017", "INO-2867", "Drug-safety preclinical research centre", "SibGMU",
       ("pharma", "Pharmaceuticals"), ("in_progress", "in progress"), RD("2016-09-01", "d mmm yyyy"),
       RD("2019-08-31", "d mmm yyyy"), "312.6", "100.0", "50.0", 48, 0, 0.07, "A. Volkov"),
]


def build_f3():
    wb = new_wb("Project Finance desk")
    ws0 = wb.active
    ws0.title = "Read me"
    for i, t in enumerate([
            "Tomsk INO pipeline — Project Finance desk, Siberian branch",
            "All amounts in RUB bn unless the column says otherwise (Bank exposure is in RUB m).",
            "INO project code = code assigned by the INO Tomsk programme office; Deal ref = our internal reference.",
            "Completion (COD) = commercial operation date: a date, a quarter (Q3 2019 / III кв. 2019) or a year.",
            "Public funding = federal + regional budget combined (not split in our systems).",
            "Stage as per the last monitoring call; Sector = INO cluster of the project, n/a if none.",
            "Data as of 30 June 2017. Prepared by A. Volkov, RM."], start=1):
        put(ws0, i, 1, t)
    ws0.column_dimensions["A"].width = 100
    ws = wb.create_sheet(F3_SHEET)
    for i, (letter, h, f, why) in enumerate(F3_HEAD, start=1):
        put(ws, 1, i, h, bold=True, wrap=True)
    ws.row_dimensions[1].height = 32
    for i, w in enumerate([12, 10, 48, 30, 30, 28, 14, 14, 11, 13, 11, 13, 11, 9, 10, 11], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    data_rows, rejected, good = [], [], []
    for r, p in enumerate(F3, start=2):
        x = p["x"]
        public = p["total_cost_mln"].mln - p["extra_budgetary_mln"].mln
        vals = [x["ref"], p["code"], p["name"], p["lead_organization"], p["cluster"][1], p["status"][1],
                date_cell(p["start_date"]), date_cell(p["end_date"]),
                money_cell(p["total_cost_mln"], D("0.001"), 4), float(public / 1000),
                money_cell(p["extra_budgetary_mln"], D("0.001"), 4),
                money_cell(p.get("extra_budgetary_confirmed_mln"), D("0.001"), 4),
                x["exposure"], p["jobs_planned"], x["irr"], x["rm"]]
        for i, v in enumerate(vals, start=1):
            fmt = None
            if isinstance(v, dt.datetime):
                w = p["start_date"] if i == 7 else p["end_date"]
                fmt = w.fmt or "d mmm yyyy"
            elif i in (9, 10, 11, 12) and v is not None:
                fmt = "0.0000"
            elif i == 13:
                fmt = "#,##0"
            elif i == 15:
                fmt = "0.0%"
            put(ws, r, i, v, fmt=fmt)
        data_rows.append(r)
        if "reject" in p:
            reason, col = p["reject"]
            rejected.append(rej(F3_SHEET, r, reason, col, p["code"]))
        else:
            good.append(p)
    ws.freeze_panes = "C2"
    path = os.path.join(HERE, F3_FILE)
    wb.save(path)
    finalize_xlsx(path)

    fields = ["code", "name", "cluster", "status", "start_date", "end_date", "total_cost_mln",
              "extra_budgetary_mln", "extra_budgetary_confirmed_mln", "jobs_planned", "lead_organization"]
    kinds = {}
    for p in F3:
        w = p["end_date"]
        kinds.setdefault(w.how, []).append(w.text if w.how != "date" else w.iso)
    exp = {
        "file": F3_FILE, "refused": False, "fields": fields, "record_count": len(good),
        "records": [record(p, fields) for p in good],
        "rejected": rejected,
        "data_sheet": F3_SHEET,
        "columns": [[h, f] for _, h, f, _ in F3_HEAD if f],
        "ignored_columns": [[h, why] for _, h, f, why in F3_HEAD if not f],
        "header_rows": [1], "data_rows": data_rows, "skipped_rows": {"1": "header"},
        "skipped_sheets": [["Read me", "explanatory text, not data"]],
        "completion_cells": kinds,
        "spellings": spellings(good, ["cluster", "status"]),
        "sender": "a bank's project-finance desk (English)",
        "notes": ("Sheet 'Read me' (first) is explanatory text; data on sheet 'Pipeline', header row 1 (two "
                  "headers with a line break), data rows 2-18. Money is in RUB bn (header '(RUB bn)'), "
                  "converted here to RUB million (0.0875 bn = 87.5 mln). 'Bank exposure (RUB m)', 'Public "
                  "funding, fed. + reg.', 'Project IRR, %', 'RM' and 'Deal ref' are not imported. Sector is "
                  "the INO cluster in English variants ('Petrochemicals', 'Timber & forestry', 'Nuclear "
                  "tech', 'Medical equipment & IT', 'MedTech / IT', 'wild plants', ...); 'n/a' and '—' mean "
                  "no cluster. Stage: 'On hold' and 'Suspended' -> suspended, 'In progress – behind "
                  "schedule' -> in_progress, 'Completed, commissioned' -> completed. Construction start and "
                  "Completion (COD): real dates (formats 'd mmm yyyy' and 'yyyy-mm-dd'), quarters ('Q4 2019', "
                  "'IV кв. 2018' -> last day of the quarter), years as a General number (2021) or text "
                  "('2020') -> 31 December. An empty 'of which committed' cell is unknown (null). Row 10 "
                  "(INO-2859) is rejected: completion 2018 (-> 2018-12-31) is before construction start "
                  "Q3 2019 (-> 2019-09-30)."),
    }
    write_json("bank_pf_pipeline.expected.json", exp)


# ========================================================================================
# 4. terr_body_update_q2.xlsx  (shape of update_q2.xlsx; update of deputy_governor_svod.xlsx)
#    Sender: a federal ministry's territorial body — monitoring for Q2, units in the title.
# ========================================================================================
F4_FILE = "terr_body_update_q2.xlsx"
F4_SHEET = "Мониторинг 2 кв."
F4_HEAD = [
    ("A", "№", None, "row number"),
    ("B", "Код", "code", None),
    ("C", "Наименование", "name", None),
    ("D", "Кластер ИНО", "cluster", None),
    ("E", "Муниципальное\nобразование", "location", None),
    ("F", "Статус\nна 01.07.2017", "status", None),
    ("G", "Стоимость\nпроекта", "total_cost_mln", None),
    ("H", "ФБ", "federal_budget_mln", None),
    ("I", "ОБ", "regional_budget_mln", None),
    ("J", "ВБИ", "extra_budgetary_mln", None),
    ("K", "ВБИ\nподтв.", "extra_budgetary_confirmed_mln", None),
    ("L", "Раб. места\n(план)", "jobs_planned", None),
    ("M", "Раб. места\n(создано)", "jobs_created", None),
    ("N", "Дата\nактуализации", None, "date the row was last checked by the sender, not a project date"),
    ("O", "Изм. стоимости\nк I кв., %", None, "a percentage change of cost since Q1"),
    ("P", "Комментарий\nтерр. органа", None, "the sender's remarks, not the problems field"),
]
F4_CARRIED = ["code", "name", "cluster", "location", "status", "total_cost_mln", "federal_budget_mln",
              "regional_budget_mln", "extra_budgetary_mln", "extra_budgetary_confirmed_mln", "jobs_planned",
              "jobs_created"]

# Each update row: how it identifies the project ('code' / 'name' / 'new'), the code written
# (None or spaces for a name match), the name written, and the written values of the carried
# fields. 'changes' lists the canonical fields whose values differ from the base file.
F4_ROWS = [
    dict(by="code", code="INO-2802", name="Производство полиэтиленовых труб большого диаметра на площадке ТНХК",
         cluster=("petrochemical", "Нефтехимический кластер"), location=("Томск", "г. Томск"),
         status=("in_progress", "Реализуется"), money=("4250.0", "0.0", "150.0", "4100.0", "1200.0"),
         jobs=(210, 0), checked="2017-06-28", pct="0.0", comment="Начато строительство", changes=["status"]),
    dict(by="name", code=None, base="INO-2803",
         name="Реконструкция исторического квартала \"Деревянный Томск\" (2-я очередь)",
         difference="«» quotes written as \"\"",
         cluster=(None, "—"), location=("Томск", "Томск"), status=("in_progress", "реализуется"),
         money=("986.4", "410.0", "296.4", "200.0", "200.0"), jobs=(35, 20), checked="2017-06-30", pct="0.0",
         comment="Код в отчёте не указан", changes=["jobs_created"]),
    dict(by="code", code="INO-2801",
         name="Создание инжинирингового центра радиоэлектроники и приборостроения на базе ТУСУР",
         cluster=("medtech_it", "Кластер медтехники и ИТ"), location=("Томск", "Томск"),
         status=("in_progress", "реализуется"), money=("1840.5", "620.0", "310.2", "910.3", "520.0"),
         jobs=(140, 80), checked="2017-06-30", pct="0.0", comment=None,
         changes=["extra_budgetary_confirmed_mln", "jobs_created"]),
    dict(by="new", code="INO-2824", name="Создание центра компетенций по аддитивным технологиям",
         cluster=("medtech_it", "Кластер медтехники и ИТ"), location=("Томск", "г. Томск"),
         status=("planned", "Планируется"), money=("150.0", "50.0", "20.0", "80.0", "0.0"), jobs=(25, 0),
         checked="2017-07-03", pct=None, comment="Новый проект, включён в перечень 15.06.2017"),
    dict(by="code", code="INO-2804", name="Строительство завода по производству радиофармпрепаратов в ЗАТО Северск",
         cluster=("nuclear", "Ядерные технологии"), location=("Северск", "Северск (ЗАТО)"),
         status=("suspended", "приостановлен"), money=("2310.8", "1100.0", "0.0", "1210.8", "610.0"),
         jobs=(180, 45), checked="2017-06-20", pct="0.0", comment="Без изменений", changes=[]),
    dict(by="name", code=" ", base="INO-2811",
         name="Производство имплантатов  из никелида титана для травматологии и ортопедии ",
         difference="double space inside, trailing space; the code cell holds a single space",
         cluster=("medtech_it", "Кластер медицинской техники и информационных технологий"),
         location=("Томск", "Томск"), status=("completed", "Реализован"),
         money=("96.3", "30.0", "10.0", "56.3", "56.3"), jobs=(40, 44), checked="2017-06-20", pct="0.0",
         comment="Без изменений", changes=[]),
    dict(by="code", code="INO-2807", name="Центр доклинических исследований лекарственных средств СибГМУ",
         cluster=("pharma", "Фармацевтический кластер"), location=("Томск", "г. Томск"),
         status=("planned", "Планируется"), money=("340.0", "150.0", "90.0", "100.0", "0.0"), jobs=(48, 0),
         checked="2017-06-29", pct="8.8", comment="Увеличено софинансирование из ОБ",
         changes=["total_cost_mln", "regional_budget_mln"]),
    dict(by="code", code="INO-2806", name="Производство клеёного бруса и деревянных домокомплектов",
         cluster=("timber", "Лесопромышленный кластер"), location=("Асино", "Асино"),
         status=("completed", "ЗАВЕРШЕН"), money=("1465.2", "0.0", "95.0", "1370.2", "1370.2"), jobs=(320, 335),
         checked="2017-06-20", pct="0.0", comment="Без изменений", changes=[]),
    dict(by="name", code=None, base="INO-2808", name="ГЛУБОКАЯ ПЕРЕРАБОТКА КЕДРОВОГО ОРЕХА И ДИКОРАСТУЩИХ ЯГОД",
         difference="upper case",
         cluster=("wildlife", "Кластер дикоросов"), location=("Томский район", "Томский р-н"),
         status=("completed", "Завершён"), money=("245.9", "0.0", "12.5", "230.0", "180.0"), jobs=(85, 85),
         checked="2017-06-27", pct="0.0", comment="Объект введён в эксплуатацию",
         changes=["status", "jobs_created"]),
    dict(by="code", code="INO-2810", name="Строительство завода ориентированно-стружечных плит (OSB)",
         cluster=("timber", "ЛПК"), location=("Асино", "г. Асино"),
         status=("planned", "Планируется"), money=(T("7850.0"), "0.0", "0.0", T("7850.0"), T("3100.0")),
         jobs=(430, 0), checked="2017-06-26", pct="0.0", comment="Подписано соглашение с соинвестором",
         changes=["extra_budgetary_confirmed_mln"]),
    dict(by="new", code="INO-2821", name="Модернизация производства кабельной продукции на площадке «Сибкабель»",
         cluster=(None, "—"), location=("Томск", "г. Томск"), status=("planned", "Планируется"),
         money=("530.0", "0.0", "30.0", "500.0", "150.0"), jobs=(125, 0), checked="2017-06-30", pct=None,
         comment="Сроки уточнены инициатором"),
    dict(by="code", code="INO-2812", name="Инновационный полигон испытания технологий добычи трудноизвлекаемой нефти",
         cluster=("hard_to_recover", "ТрИЗ"), location=("Томский район", "Томский район"),
         status=("in_progress", "Реализуется"), money=("3120.0", T("1500.0"), "220.0", T("1400.0"), "700.0"),
         jobs=(60, 25), checked="2017-06-30", pct="0.0", comment=None, changes=["jobs_created"]),
    dict(by="code", code="INO-2814", name="Бизнес-инкубатор для малых инновационных предприятий в Колпашеве",
         cluster=None, location=("Колпашево", "Колпашево"), status=("in_progress", "Реализуется (возобновлён)"),
         money=("58.4", "25.0", "20.0", "10.0", "10.0"), jobs=(25, 6), checked="2017-06-22", pct="0.0",
         comment="Финансирование восстановлено", changes=["status"]),
    dict(by="code", code="INO-2815", name="Организация производства изотопной продукции медицинского назначения",
         cluster=("nuclear", "Кластер ядерных технологий"), location=("Северск", "ЗАТО Северск"),
         status=("suspended", "Приостановлен"), money=("1890.0", "900.0", "90.0", "900.0", "300.0"), jobs=(75, 0),
         checked="2017-06-22", pct="0.0", comment="Инициатор пересматривает сроки", changes=["status"]),
    dict(by="name", code=None, base="INO-2820",
         name="производство березового сока и сиропов „Сибирская береза“",
         difference="ё written as е, „“ quotes instead of «», first letter in lower case",
         cluster=("wildlife", "Дикоросы"), location=("Колпашево", "г. Колпашево"),
         status=("completed", "завершён"), money=("77.7", "0.0", "7.7", "70.0", "70.0"), jobs=(30, 30),
         checked="2017-06-21", pct="0.0", comment="Введён в эксплуатацию", changes=["status", "jobs_created"]),
    dict(by="code", code="INO-2818", name="Фармацевтическое производство инфузионных растворов «Томские растворы»",
         cluster=("pharma", "Фарма"), location=("Томский район", "Томский район"),
         status=("in_progress", "Реализуется"), money=("2640.0", "0.0", "140.0", "2500.0", "1000.0"),
         jobs=(160, 30), checked="2017-06-23", pct="0.0", comment="Без изменений", changes=[]),
    dict(by="new", code="INO-2825", name="Опытное производство кормовых добавок из кедрового жмыха",
         cluster=("wildlife", "Кластер дикоросов"), location=("Томский район", "Томский р-н"),
         status=("in_progress", "Реализуется"), money=("38.0", "0.0", "8.0", "30.0", "30.0"), jobs=(14, 6),
         checked="2017-07-03", pct=None, comment="Новый проект"),
]
F4_MONEY = ["total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
            "extra_budgetary_confirmed_mln"]


def norm_name(s):
    s = s.lower().replace("ё", "е")
    for q in "«»“”„":
        s = s.replace(q, '"')
    return re.sub(r"\s+", " ", s).strip()


def build_f4(base):
    wb = new_wb("Межрегиональное территориальное управление")
    ws = wb.active
    ws.title = F4_SHEET
    put(ws, 1, 1, "Межрегиональное территориальное управление: результаты мониторинга реализации проектов "
                  "ИНО «Томск» за II квартал 2017 года", bold=True)
    put(ws, 2, 1, "(млн рублей)")
    for i, (letter, h, f, why) in enumerate(F4_HEAD, start=1):
        put(ws, 4, i, h, bold=True, wrap=True, border=True)
    ws.row_dimensions[4].height = 32
    for i, w in enumerate([5, 10, 55, 30, 20, 22, 11, 9, 9, 9, 9, 9, 9, 12, 12, 30], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    assert [f for _, _, f, _ in F4_HEAD if f] == F4_CARRIED
    state = {c: dict(r) for c, r in base.items()}
    order = list(base.keys())
    changed, new_codes, matched = [], [], []
    data_rows = []
    spell = {"cluster": {}, "location": {}, "status": {}}
    for n, u in enumerate(F4_ROWS, start=1):
        r = 4 + n
        money_specs = [money(m) for m in u["money"]]
        vals = [n, u["code"], u["name"], u["cluster"][1] if u["cluster"] else None, u["location"][1],
                u["status"][1]] + [money_cell(m, 1, 1) for m in money_specs] + \
               [u["jobs"][0], u["jobs"][1], dt.datetime.fromisoformat(u["checked"]),
                None if u["pct"] is None else float(D(u["pct"]) / 100), u["comment"]]
        for i, v in enumerate(vals, start=1):
            fmt = None
            if isinstance(v, dt.datetime):
                fmt = "DD.MM.YYYY"
            elif 7 <= i <= 11 and isinstance(v, float):
                fmt = "#,##0.0"
            elif i == 15:
                fmt = "0.0%"
            put(ws, r, i, v, fmt=fmt, border=True)
        data_rows.append(r)
        for f in ("cluster", "location", "status"):
            if u[f] is not None:
                spell[f].setdefault(u[f][1], u[f][0])
        incoming = {
            "cluster": u["cluster"][0] if u["cluster"] else None,
            "location": u["location"][0], "status": u["status"][0],
            "jobs_planned": u["jobs"][0], "jobs_created": u["jobs"][1],
        }
        for f, m in zip(F4_MONEY, money_specs):
            incoming[f] = float(m.mln)
        if u["by"] == "new":
            rec = {f: None for f in FIELDS}
            rec.update(incoming)
            rec["code"] = u["code"]
            rec["name"] = u["name"].strip()
            assert u["code"] not in state
            state[u["code"]] = rec
            order.append(u["code"])
            new_codes.append(u["code"])
            continue
        if u["by"] == "code":
            code = u["code"]
            assert state[code]["name"] == u["name"].strip(), code
        else:
            code = u["base"]
            hits = [c for c, rr in state.items() if norm_name(rr["name"]) == norm_name(u["name"])]
            assert hits == [code], (u["name"], hits)
            assert (u["code"] or "").strip() == ""
            matched.append({"code": code, "name_in_file": u["name"], "difference": u["difference"], "row": r})
        old = state[code]
        diff = sorted(f for f, v in incoming.items() if old[f] != v)
        assert diff == sorted(u["changes"]), (code, diff, u["changes"])
        old.update(incoming)
        if diff:
            changed.append(code)
    last_row = data_rows[-1]
    put(ws, last_row + 2, 1, "Примечание: строки без кода сопоставлены по наименованию проекта; "
                             "стоимость и источники финансирования — в млн рублей.")
    path = os.path.join(HERE, F4_FILE)
    wb.save(path)
    finalize_xlsx(path)

    skipped = {"1": "title", "2": "title (unit: млн рублей)", "3": "empty", "4": "header",
               str(last_row + 1): "empty", str(last_row + 2): "note below the table"}
    exp = {
        "file": F4_FILE, "refused": False, "fields": list(FIELDS), "record_count": len(order),
        "records": [state[c] for c in order],
        "rejected": [],
        "base_file": F1_FILE,
        "sheet": F4_SHEET,
        "columns": [[h, f] for _, h, f, _ in F4_HEAD if f],
        "ignored_columns": [[h, why] for _, h, f, why in F4_HEAD if not f],
        "header_rows": [4], "data_rows": data_rows, "skipped_rows": skipped,
        "changed_codes": sorted(changed), "new_codes": new_codes, "matched_by_name": matched,
        "unchanged_by_code": [u["code"] for u in F4_ROWS if u["by"] == "code" and not u["changes"]],
        "spellings": {f: [[w, c] for w, c in d.items()] for f, d in spell.items()},
        "sender": "a federal ministry's territorial body (quarterly monitoring)",
        "notes": ("Import deputy_governor_svod.xlsx first (20 projects; its row for INO-2821 is rejected), then "
                  "this file; 'records' is the resulting state of all 23 projects (base order, then new "
                  "projects in file order). One sheet, title rows 1-2 (row 2 '(млн рублей)' is the only "
                  "place the unit is given: the money headers 'Стоимость проекта', 'ФБ', 'ОБ', 'ВБИ', 'ВБИ "
                  "подтв.' have no unit), header row 4, data rows 5-21, a note in row 23. 10 rows carry a "
                  "known code: 7 change status, jobs or money; INO-2804, INO-2806 and INO-2818 are re-sent "
                  "unchanged although cluster, place and status are spelled differently ('Ядерные "
                  "технологии', 'Северск (ЗАТО)', 'приостановлен', 'ЗАВЕРШЕН', 'Томский район'...). 4 rows "
                  "have no code (empty, or a single space in row 10) and are matched by name (quotes, ё/е, "
                  "case, double and trailing spaces); the matched project keeps its stored name; 3 of them "
                  "change. 3 rows carry unknown codes and add projects: INO-2824, INO-2825 and INO-2821 "
                  "(INO-2821 was rejected in the base file, so it is not known and is added as new). New projects have null work_area, dates, lead_organization "
                  "and problems (not carried by this file). Fields this file does not carry keep their "
                  "earlier values. 'Дата актуализации' (dates), 'Изм. стоимости к I кв., %' and "
                  "'Комментарий терр. органа' are not imported."),
    }
    write_json("terr_body_update_q2.expected.json", exp)


# ========================================================================================
# 5. foundation_formulas.xlsx  (shape of formulas.xlsx)
#    Sender: a research foundation — grant calculation sheet, тыс. руб. in the title,
#    totals, jobs and end dates as formulas with cached results; one without a cache.
# ========================================================================================
F5_FILE = "foundation_formulas.xlsx"
F5_SHEET = "Смета"
F5_HEAD = [
    ("A", "Шифр", "code", None),
    ("B", "Тема (наименование проекта)", "name", None),
    ("C", "Грантополучатель\n(ведущая организация)", "lead_organization", None),
    ("D", "Начало работ", "start_date", None),
    ("E", "Окончание работ", "end_date", None),
    ("F", "Средства федерального бюджета", "federal_budget_mln", None),
    ("G", "Средства областного бюджета", "regional_budget_mln", None),
    ("H", "Внебюджетные средства\n(софинансирование индустриального партнёра)", "extra_budgetary_mln", None),
    ("I", "Итого по проекту", "total_cost_mln", None),
    ("J", "Доля внебюджетных средств, %", None, "a percentage (formula H/(F+G+H)), not an amount"),
    ("K", "Планируемое количество рабочих мест", "jobs_planned", None),
    ("L", "Научный руководитель", None, "the scientific supervisor (a person), not the lead organisation"),
]


def edate_minus_1(start_iso, months):
    d = dt.date.fromisoformat(start_iso)
    m = d.month - 1 + months
    y, m = d.year + m // 12, m % 12 + 1
    return (dt.date(y, m, d.day) - dt.timedelta(days=1)).isoformat()


def p5(code, name, org, start, end, fed, reg, extra, jobs, sup, total_formula="SUM", name_formula=None,
       jobs_formula=None, uncached=False):
    """fed/reg/extra in thousand roubles (as written); end: ISO date or ('EDATE', months)."""
    fed, reg, extra = D(fed), D(reg), D(extra)
    end_iso = edate_minus_1(start, end[1]) if isinstance(end, tuple) else end
    p = project(code, name, lead_organization=org, start_date=RD(start), end_date=RD(end_iso),
                federal_budget_mln=fed / 1000, regional_budget_mln=reg / 1000, extra_budgetary_mln=extra / 1000,
                total_cost_mln=(fed + reg + extra) / 1000, jobs_planned=jobs)
    p["x"] = dict(th=(fed, reg, extra), end=end, sup=sup, total_formula=total_formula,
                  name_formula=name_formula, jobs_formula=jobs_formula, uncached=uncached)
    if uncached:
        p["reject"] = ("formula without a cached value", "I")
    return p


F5 = [
    p5("INO-2870", "Разработка технологии получения биоразлагаемых полимеров из растительного сырья",
       "ФГАОУ ВО «Национальный исследовательский Томский государственный университет»", "2016-09-01",
       ("EDATE", 36), "45000", "15000", "30000", 25, "Иванов П.С., д.х.н."),
    p5("INO-2871", "Создание линии по производству наноструктурированных керамических мембран", "ИФПМ СО РАН",
       "2017-01-09", "2019-12-20", "30000", "10000", "60000", 20, "Кулков С.Н., д.ф.-м.н.",
       total_formula="PLUS", jobs_formula="12+8"),
    p5("INO-2872", "Технология глубокой переработки торфа в кормовые добавки", "ООО «Сибирский торф»",
       "2016-03-01", ("EDATE", 24), "0", "8500", "12500", 14, "Сафронов В.А., к.т.н."),
    p5("INO-2873", "Разработка биосовместимых имплантатов с эффектом памяти формы (этап II)",
       "ООО «НИИ ММИ ПФ»", "2017-04-01", "2020-03-31", "20000", "5000", "25000", 18, "Гюнтер В.Э., д.т.н.",
       name_formula='"Разработка биосовместимых имплантатов с эффектом памяти формы (этап "&"II)"'),
    p5("INO-2874", "Цифровая платформа телемедицины для отдалённых районов", "ФГБОУ ВО «ТУСУР»", "2016-11-15",
       ("EDATE", 30), "12500", "12500", "5000", 15, "Шелупанов А.А., д.т.н.", total_formula="PLUS",
       jobs_formula="5*3"),
    p5("INO-2875", "Разработка катализаторов для нефтехимии на основе цеолитов", "ИХН СО РАН", "2015-10-01",
       "2018-09-30", "37800", "0", "42200", 30, "Восмериков А.В., д.х.н."),
    p5("INO-2876", "Экспериментальная технология добычи нефти из низкопроницаемых коллекторов", "ФГАОУ ВО НИ ТПУ",
       "2016-02-01", ("EDATE", 48), "60000", "20000", "120000", 40, "Краснов Л.И., к.г.-м.н."),
    p5("INO-2877", "Биотехнология переработки пантов и лекарственных трав", "ООО «Пантопроект»", "2017-06-01",
       "2019-05-31", "9000", "3000", "8000", 12, "Зуев Д.О., к.б.н.", uncached=True),
    p5("INO-2878", "Радиационно-стойкая электроника для атомной отрасли", "АО «НПЦ «Полюс»»", "2017-02-01",
       ("EDATE", 36), "50000", "0", "50000", 35, "Юдин В.Н., к.т.н.", total_formula="PLUS",
       jobs_formula="20+15"),
    p5("INO-2879", "Интеллектуальная система учёта энергоресурсов «Умный квартал»", "ООО «Томская сетевая компания»",
       "2016-05-16", "2018-12-28", "0", "14000", "21000", 9, "Лукьянов Б.Г."),
    p5("INO-2880", "Сорбенты на основе кедровой скорлупы", "ООО «Сибирский кедр»", "2017-03-01", ("EDATE", 24),
       "7500", "2500", "10000", 11, "Мельникова Т.В., к.х.н."),
    p5("INO-2881", "Малотоннажная химия: производство реактивов особой чистоты", "ООО «Томские реактивы»",
       "2016-07-01", "2019-06-30", "25300", "4700", "30000", 22, "Егоров Н.Б., к.х.н."),
]


def excel_serial(iso):
    return (dt.date.fromisoformat(iso) - dt.date(1899, 12, 30)).days


def fmt_num(v):
    v = D(v)
    if v == v.to_integral_value():
        return str(int(v))
    return repr(float(v))


def build_f5():
    wb = new_wb("Фонд поддержки научных и инновационных проектов Томской области")
    ws = wb.active
    ws.title = F5_SHEET
    put(ws, 1, 1, "Фонд поддержки научных и инновационных проектов Томской области", bold=True)
    put(ws, 2, 1, "Расчёт финансирования проектов ИНО «Томск» на 2017 год и плановый период, тыс. руб.")
    for i, (letter, h, f, why) in enumerate(F5_HEAD, start=1):
        put(ws, 4, i, h, bold=True, wrap=True, border=True)
    ws.row_dimensions[4].height = 45
    for i, w in enumerate([10, 55, 36, 12, 12, 14, 14, 20, 13, 12, 13, 24], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    cache = {}       # cell -> (value text, is_str)
    uncached = []
    formula_cells = []
    data_rows, rejected, good = [], [], []
    first = 5
    for n, p in enumerate(F5, start=0):
        r = first + n
        x = p["x"]
        fed, reg, extra = x["th"]
        # A, B
        put(ws, r, 1, p["code"], border=True)
        if x["name_formula"]:
            put(ws, r, 2, "=" + x["name_formula"], border=True)
            cache[f"B{r}"] = (p["name"], True)
            formula_cells.append(f"B{r}")
        else:
            put(ws, r, 2, p["name"], border=True)
        put(ws, r, 3, p["lead_organization"], border=True)
        put(ws, r, 4, dt.datetime.fromisoformat(p["start_date"].iso), fmt="DD.MM.YYYY", border=True)
        if isinstance(x["end"], tuple):
            put(ws, r, 5, f"=EDATE(D{r},{x['end'][1]})-1", fmt="DD.MM.YYYY", border=True)
            cache[f"E{r}"] = (str(excel_serial(p["end_date"].iso)), False)
            formula_cells.append(f"E{r}")
        else:
            put(ws, r, 5, dt.datetime.fromisoformat(p["end_date"].iso), fmt="DD.MM.YYYY", border=True)
        for col, v in ((6, fed), (7, reg), (8, extra)):
            put(ws, r, col, int(v), fmt="#,##0", border=True)
        f = f"=SUM(F{r}:H{r})" if x["total_formula"] == "SUM" else f"=F{r}+G{r}+H{r}"
        put(ws, r, 9, f, fmt="#,##0", border=True)
        formula_cells.append(f"I{r}")
        if x["uncached"]:
            uncached.append(f"I{r}")
        else:
            cache[f"I{r}"] = (fmt_num(fed + reg + extra), False)
        put(ws, r, 10, f"=H{r}/(F{r}+G{r}+H{r})", fmt="0.0%", border=True)
        cache[f"J{r}"] = (repr(float(extra / (fed + reg + extra))), False)
        formula_cells.append(f"J{r}")
        if x["jobs_formula"]:
            put(ws, r, 11, "=" + x["jobs_formula"], border=True)
            cache[f"K{r}"] = (str(p["jobs_planned"]), False)
            formula_cells.append(f"K{r}")
        else:
            put(ws, r, 11, p["jobs_planned"], border=True)
        put(ws, r, 12, x["sup"], border=True)
        data_rows.append(r)
        if "reject" in p:
            reason, col = p["reject"]
            rejected.append(rej(F5_SHEET, r, reason, col, p["code"]))
        else:
            good.append(p)
    last = first + len(F5) - 1
    tr = last + 1
    put(ws, tr, 2, "Итого", bold=True, border=True)
    tot = {}
    for col, letter in ((6, "F"), (7, "G"), (8, "H"), (9, "I"), (11, "K")):
        put(ws, tr, col, f"=SUM({letter}{first}:{letter}{last})", fmt="#,##0", bold=True, border=True)
        formula_cells.append(f"{letter}{tr}")
    sums = [sum(p["x"]["th"][i] for p in F5) for i in range(3)]
    cache[f"F{tr}"] = (fmt_num(sums[0]), False)
    cache[f"G{tr}"] = (fmt_num(sums[1]), False)
    cache[f"H{tr}"] = (fmt_num(sums[2]), False)
    cache[f"I{tr}"] = (fmt_num(sum(sums)), False)
    cache[f"K{tr}"] = (str(sum(p["jobs_planned"] for p in F5)), False)
    note_row = tr + 2
    put(ws, note_row, 1, "Примечание: суммы указаны в тысячах рублей; итоговые графы и доля софинансирования "
                         "рассчитываются формулами.")
    ws.merge_cells(f"A{note_row}:L{note_row}")
    path = os.path.join(HERE, F5_FILE)
    wb.save(path)

    def patch(data):
        s = data.decode("utf-8")
        for ref, (val, is_str) in cache.items():
            pat = re.compile(r'<c r="%s"([^>]*)><f>(.*?)</f><v\s*/>' % ref)
            m = pat.search(s)
            assert m, ref
            attrs = m.group(1)
            if is_str:
                attrs = re.sub(r'\s*t="[^"]*"', "", attrs) + ' t="str"'
                val = val.replace("&", "&amp;").replace("<", "&lt;")
            s = s[:m.start()] + f'<c r="{ref}"{attrs}><f>{m.group(2)}</f><v>{val}</v>' + s[m.end():]
        for ref in uncached:
            pat = re.compile(r'(<c r="%s"[^>]*><f>.*?</f>)<v\s*/>' % ref)
            s, k = pat.subn(r"\1", s)
            assert k == 1, ref
        assert "<v />" not in s and "<v/>" not in s
        return s.encode("utf-8")

    finalize_xlsx(path, {"xl/worksheets/sheet1.xml": patch})
    fields = ["code", "name", "start_date", "end_date", "total_cost_mln", "federal_budget_mln",
              "regional_budget_mln", "extra_budgetary_mln", "jobs_planned", "lead_organization"]
    exp = {
        "file": F5_FILE, "refused": False, "fields": fields, "record_count": len(good),
        "records": [record(p, fields) for p in good],
        "rejected": rejected,
        "sheet": F5_SHEET,
        "columns": [[h, f] for _, h, f, _ in F5_HEAD if f],
        "ignored_columns": [[h, why] for _, h, f, why in F5_HEAD if not f],
        "header_rows": [4], "data_rows": data_rows, "totals_row": tr,
        "skipped_rows": {"1": "title", "2": "title (unit: тыс. руб.)", "3": "empty", "4": "header",
                         str(tr): "totals (Итого, SUM formulas)", str(tr + 1): "empty",
                         str(note_row): "note below the table"},
        "formula_cells": formula_cells, "formula_cells_without_cache": uncached,
        "sender": "a research foundation (grant calculation sheet)",
        "notes": ("One sheet 'Смета'. Title rows 1-2; the unit 'тыс. руб.' is only in the title (row 2), so all "
                  "amounts are thousand roubles (given here in RUB million). Header row 4, data rows 5-16, row 17 "
                  "'Итого' (in column B) with SUM formulas, row 19 a note merged over A:L (it starts in the code column). Formulas with cached results: "
                  "'Итого по проекту' in every row (SUM(F:H) or F+G+H), 'Доля внебюджетных средств, %' (not "
                  "imported), 'Окончание работ' in six rows as =EDATE(D,n)-1 with a date format (the cached "
                  "serial is a date), jobs in three rows (=12+8, =5*3, =20+15), and the name in row 8 as a "
                  "string formula (=\"...(этап \"&\"II)\", cached text). Row 12 (INO-2877): the 'Итого по "
                  "проекту' formula has no cached value -> the row is rejected ('formula without a cached "
                  "value'), never read as 0. 'Научный руководитель' is a person, not the lead organisation."),
    }
    write_json("foundation_formulas.expected.json", exp)


# ========================================================================================
# 6. clerk_export_cp1251.csv  (shape of csv_cp1251.csv)
#    Sender: a clerk in a hurry — terse lower-case headers, abbreviations, cp1251, ';'.
# ========================================================================================
F6_FILE = "clerk_export_cp1251.csv"
F6_HEAD = [
    ("№", None, "row number"),
    ("код", "code", None),
    ("наименование", "name", None),
    ("кластер", "cluster", None),
    ("направл.", "work_area", None),
    ("где", "location", None),
    ("статус", "status", None),
    ("нач.", "start_date", None),
    ("оконч.", "end_date", None),
    ("всего, млн", "total_cost_mln", None),
    ("ФБ", "federal_budget_mln", None),
    ("ОБ", "regional_budget_mln", None),
    ("ВБИ", "extra_budgetary_mln", None),
    ("в т.ч. 2017 г.", None, "a one-year slice (2017) of the total, not the total cost"),
    ("раб. места (план)", "jobs_planned", None),
    ("организация", "lead_organization", None),
    ("проблемы", "problems", None),
    ("отв. (ФИО)", None, "the responsible clerk's name"),
    ("ИНН", None, "taxpayer number of the organisation"),
]


def p6(code, name, cluster, work, loc, status, start, end, total, fed, reg, extra, y2017, jobs, org, problems,
       person, inn, reject=None):
    p = project(code, name, cluster=cluster, work_area=work, location=loc, status=status, start_date=start,
                end_date=end, total_cost_mln=total, federal_budget_mln=fed, regional_budget_mln=reg,
                extra_budgetary_mln=extra, jobs_planned=jobs, lead_organization=org, problems=problems)
    p["x"] = dict(y2017=y2017, person=person, inn=inn)
    if reject:
        p["reject"] = reject
    return p


F6 = [
    p6("INO-2885", "Модернизация производства бутилкаучука", ("petrochemical", "нефтехим"),
       ("industry", "промышленность"), ("Томск", "г Томск"), ("in_progress", "реализуется"), TD("2016-03-01"),
       QT("III кв. 2018"), PL("1250.0"), PL("0.0"), PL("50.0"), PL("1200.0"), "400,0", "85",
       "ООО «Томскнефтехим»", "", "Кузнецова", "7017004465"),
    p6("INO-2886", "Лаборатория аддитивных технологий ТПУ", (None, "-"), ("science_education", "наука и образование"),
       ("Томск", "Томск"), ("in_progress", "в работе"), TD("2016-09-15"), YT(2019), PL("96.5"), PL("60.0"),
       PL("20.0"), PL("16.5"), "30,0", "12", "ТПУ", "Нужно согласовать передачу помещения; ждём ответа ректората",
       "Кузнецова", "7018007264"),
    p6("INO-2887", "Выпуск пеллет из отходов лесопиления", ("timber", "ЛПК"), ("industry", "промышленность"),
       ("Асино", "Асино"), ("completed", "завершен"), TD("2014-04-01"), TD("2015-11-30"), PL("180.0"), PL("0"),
       PL("0"), PL("180.0"), "0", "40", "ООО «Лесинвест»", "", "Кузнецова", "7002019911"),
    p6("INO-2888", "Фитопрепараты из сибирских трав", ("pharma", "фарма"),
       ("innovation_business", "инновации и новые бизнесы"), ("Томский район", "Томский р-н"),
       ("planned", "планируется"), QT("III кв. 2018"), YT(2021), PL("64.3"), PL("20.0"), PL("4.3"), PL("40.0"),
       "0", "22", "ООО «Фитофарм»", "", "Кузнецова", "7014051122"),
    p6("INO-2889", "Испытательный центр беспилотных авиационных систем", ("UNKNOWN", "Аэрокосмический кластер"),
       ("science_education", "наука и образование"), ("Томск", "Томск"), ("planned", "планируется"),
       TD("2018-01-15"), YT(2020), PL("310.0"), PL("100.0"), PL("10.0"), PL("200.0"), "0", "25",
       "ФГБОУ ВО «ТУСУР»", "", "Кузнецова", "7021000043", reject=("unknown cluster", "D")),
    p6("INO-2890", "Переработка дикоросов в Колпашеве", ("wildlife", "дикоросы"), ("industry", "промышленность"),
       ("Колпашево", "Колпашево"), ("in_progress", "РЕАЛИЗУЕТСЯ"), TD("2016-05-10"), TD("2018-12-31"),
       T("1234.5"), PL("0.0"), PL("34.5"), PL("1200.0"), "300,0", "60", "ООО «Северные дары»", "",
       "Кузнецова", "7007012222"),
    None,  # blank line of separators
    p6("INO-2891", "Технопарк «Северск-Инновации»", (None, "нет"), ("business_environment", "деловая среда"),
       ("Северск", "Северск"), ("in_progress", "реализуется"), TD("2016-02-01", pad=" "), QT("Q4 2019"),
       PL("420.0"), PL("200.0"), PL("100.0"), PL("120.0"), "80,0", "30", "АО «ОЭЗ ТВТ «Томск»»", "",
       "Кузнецова", "7017107001"),
    p6("INO-2892", "Реконструкция котельной с переводом на древесную щепу", ("timber", "ЛПК"),
       ("smart_city", "умный город"), ("Колпашево", "Колпашево"), ("planned", "планируется"), TD("2018-05-01"),
       TD("2019-10-31"), PL("85.0"), PL("0.0"), PL("-15.0"), PL("100.0"), "0", "6", "МУП «Колпашевские тепловые сети»",
       "", "Кузнецова", "7007013333", reject=("negative amount", "L")),
    p6("INO-2893", "Цифровой двойник месторождения", ("hard_to_recover", "ТрИЗ"),
       ("innovation_business", "инновации и новые бизнесы"), ("Стрежевой", "Стрежевой"),
       ("in_progress", "реализуется"), TD("2016-07-01"), QT("IV кв. 2019"), PL("310.0"), PL("0.0"), PL("10.0"),
       PL("300.0"), "100,0", "25", "ОАО «Томскнефть» ВНК", "Задержка с доступом к геологическим данным",
       "Кузнецова", "7022000310"),
    p6("INO-2894", "Медицинские 3D-модели для хирургического планирования", ("medtech_it", "медтех и ИТ"),
       ("science_education", "наука и образование"), ("Томск", "г. Томск"), ("completed", "завершен"),
       TD("2014-09-01"), TD("2016-08-31"), PL("18.2"), PL("10.0"), PL("3.2"), PL("5.0"), "0", "8",
       "СибГМУ", "", "Кузнецова", "7018013613"),
    p6("INO-2895", "Производство изотопов для промышленной дефектоскопии", ("nuclear", "ядерный"),
       ("industry", "промышленность"), ("Северск", "Северск"), ("planned", "планируется"), TD("2018-03-01"),
       YT(2021), PL("260.0"), PL("100.0"), PL("0.0"), RAW("уточняется"), "0", "30", "АО «СХК»", "",
       "Кузнецова", "7024029499", reject=("text in a number column ('уточняется')", "M")),
    p6("INO-2896", "Экологический мониторинг Томской агломерации", None, (None, "экология"),
       ("Томский район", "Томский р-н"), ("in_progress", "реализуется"), TD("2016-04-01"), TD("2018-03-31"),
       PL("45.0"), PL("0.0"), PL("45.0"), PL("0.0"), "15,0", "4", "ОГБУ «Облкомприрода»", "", "Кузнецова",
       "7017088000"),
    p6("INO-2897", "Производство пектина из кедровой хвои", ("wildlife", "дикоросы"), ("industry", "промышленность"),
       (None, "Кедровый"), ("suspended", "приостановлен"), TD("2015-06-01"), YT(2018), PL("75.0"), PL("0.0"),
       PL("5.0"), PL("70.0"), "0", "20", "ООО «Кедровит»", "Инвестор вышел из проекта", "Кузнецова", "7006004444"),
    p6("INO-2898", "Радиационная стерилизация медицинских изделий", ("nuclear", "ядерный"),
       ("industry", "промышленность"), ("Северск", "Северск"), ("planned", "планируется"), TD("2018-01-01"),
       YT(2020), PL("140.0"), PL("70.0"), PL("0.0"), PL("70.0"), "0", "18", "АО «СХК»", "", "Кузнецова",
       "7024029499"),
    p6("INO-2899", "Городская система «Умный транспорт»", (None, "-"), ("smart_city", "умный город"),
       ("Томск", "Томск"), ("in_progress", "в работе"), TD("2016-03-01"), TD("2017-12-31"), PL("230.0"), PL("0.0"),
       PL("150.0"), PL("80.0"), "120,0", "10", "МКУ «Томск-Транспорт»", "Подрядчик ООО \"Транзит\" сорвал сроки",
       "Кузнецова", "7017099999"),
]


def build_f6():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow([h for h, _, _ in F6_HEAD])
    line = 1
    data_lines, rejected, good, skipped = [], [], [], {"1": "header"}
    num = 0
    sums = [D(0)] * 4
    sum_j = 0
    for p in F6:
        line += 1
        if p is None:
            w.writerow([""] * len(F6_HEAD))
            skipped[str(line)] = "blank line (separators only)"
            continue
        num += 1
        x = p["x"]
        vals = [str(num), p["code"], p["name"], p["cluster"][1] if p["cluster"] else "",
                p["work_area"][1], p["location"][1], p["status"][1], date_cell(p["start_date"]),
                date_cell(p["end_date"])] + \
               [money_cell(p[f], 1, 1) for f in ("total_cost_mln", "federal_budget_mln", "regional_budget_mln",
                                                 "extra_budgetary_mln")] + \
               [x["y2017"], p["jobs_planned"], p["lead_organization"], p["problems"], x["person"], x["inn"]]
        w.writerow(["" if v is None else v for v in vals])
        data_lines.append(line)
        for i, f in enumerate(("total_cost_mln", "federal_budget_mln", "regional_budget_mln",
                               "extra_budgetary_mln")):
            if p[f].mln is not None:
                sums[i] += p[f].mln
        sum_j += int(p["jobs_planned"])
        if "reject" in p:
            reason, col = p["reject"]
            rejected.append(rej(None, line, reason, col, p["code"]))
        else:
            good.append(p)
    line += 1
    w.writerow(["", "", "ИТОГО", "", "", "", "", "", ""] + [ru_num(s, 1, "") for s in sums] +
               ["", str(sum_j), "", "", "", ""])
    skipped[str(line)] = "totals (ИТОГО)"
    line += 1
    w.writerow(["выгрузка из реестра 03.07.2017, данные не сверены"] + [""] * (len(F6_HEAD) - 1))
    skipped[str(line)] = "note below the table"
    data = buf.getvalue().encode("cp1251")
    with open(os.path.join(HERE, F6_FILE), "wb") as f:
        f.write(data)
    fields = ["code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
              "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
              "jobs_planned", "lead_organization", "problems"]
    exp = {
        "file": F6_FILE, "refused": False, "fields": fields, "record_count": len(good),
        "records": [record(p, fields) for p in good],
        "rejected": rejected,
        "encoding": "cp1251", "delimiter": ";", "line_end": "CRLF",
        "columns": [[h, f] for h, f, _ in F6_HEAD if f],
        "ignored_columns": [[h, why] for h, f, why in F6_HEAD if not f],
        "header_rows": [1], "data_rows": data_lines, "skipped_rows": skipped,
        "spellings": spellings(good, ["cluster", "work_area", "location", "status"]),
        "sender": "a clerk in a hurry (CSV export)",
        "notes": ("Windows-1251, no BOM, CRLF, ';' separator, fields with ';' or '\"' quoted with inner quotes "
                  "doubled. Line 1 is the header (terse, lower case: 'нач.', 'оконч.', 'где', 'направл.'). "
                  "'row' numbers are line numbers. Line 8 is a blank line of separators (skipped), line 18 "
                  "'ИТОГО' totals (in the name column) and line 19 a note: not projects. Amounts are RUB "
                  "million ('всего, млн'; ФБ/ОБ/ВБИ have no unit -> million), decimal comma, one value "
                  "'1 234,5' with a non-breaking space. 'в т.ч. 2017 г.' is a one-year slice and not imported. "
                  "Dates dd.mm.yyyy (one with surrounding spaces), quarters 'III кв. 2018', 'Q4 2019', years "
                  "'2019'. Clusters in clerk's shorthand: 'нефтехим', 'ЛПК', 'фарма', 'дикоросы', 'ТрИЗ', "
                  "'медтех и ИТ', 'ядерный'; '-', 'нет' and empty mean no cluster. Work area 'экология' fits "
                  "none -> null; place 'Кедровый' (a town not in the list) -> null. Rejected: line 6 "
                  "(INO-2889, unknown cluster 'Аэрокосмический кластер'), line 10 (INO-2892, ОБ '-15,0' is "
                  "negative), line 13 (INO-2895, ВБИ 'уточняется' is not a number). For a CSV, 'sheet' in "
                  "'rejected' is null."),
    }
    write_json("clerk_export_cp1251.expected.json", exp)


def main():
    base, _ = build_f1()
    build_f2()
    build_f3()
    build_f4(base)
    build_f5()
    build_f6()
    print("written to", HERE)


if __name__ == "__main__":
    main()
