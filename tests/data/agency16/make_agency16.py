#!/usr/bin/env python3
"""Generator of the agency16 evaluation set (independent of the importer).

Run:  /work/main/.venv/bin/python tests/data/agency16/make_agency16.py
Writes the workbooks and NAME.expected.json next to this script. Deterministic.
Senders who mix languages and systems: a Kazakh partner writing English with
Russian terms in brackets, the federal ministry of digital development, a
consortium of universities, a regional development corporation exporting from
1C, an SME support centre, a municipal district of the north.
"""
import csv
import datetime as dt
import io
import json
import os
import random
import re
import shutil
import subprocess
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
RS = os.path.join(HERE, "resaved")
NBSP = "\u00a0"
ALL_FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
              "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
              "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created", "lead_organization", "problems"]

R = random.Random(1616)

MONTHS_RU = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
             "октябрь", "ноябрь", "декабрь"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


# ----------------------------------------------------------------- helpers
def d(s):
    return dt.date.fromisoformat(s)


def month_end(y, m):
    if m == 12:
        return dt.date(y, 12, 31)
    return dt.date(y, m + 1, 1) - dt.timedelta(days=1)


def ru_num(x, sep=" ", decimals=1):
    """Russian way: decimal comma, thousands separated by sep."""
    s = f"{x:,.{decimals}f}"
    s = s.replace(",", "\x00").replace(".", ",").replace("\x00", sep)
    return s


def write_date(v, style):
    """Return the cell value for date v (a date) written in `style`."""
    if v is None:
        return None
    if style == "date":
        return v
    if style == "dmy":
        return v.strftime("%d.%m.%Y")
    y, m = v.year, v.month
    if style in ("month_ru", "month_ru_g", "month_en", "mon_en", "mon_en_num"):
        assert v == month_end(y, m), (v, style)
        if style == "month_ru":
            return f"{MONTHS_RU[m - 1]} {y}"
        if style == "month_ru_g":
            return f"{MONTHS_RU[m - 1].capitalize()} {y} г."
        if style == "month_en":
            return f"{MONTHS_EN[m - 1]} {y}"
        if style == "mon_en":
            return f"{MONTHS_EN[m - 1][:3]}-{y}"
        if style == "mon_en_num":
            return f"{MONTHS_EN[m - 1][:3]} {y}"
    q = (m - 1) // 3 + 1
    if style.startswith("q_"):
        assert v == month_end(y, q * 3), (v, style)
        return {"q_slash": f"Q{q}/{y}", "q_en": f"Q{q} {y}", "q_ru": f"{['I', 'II', 'III', 'IV'][q - 1]} кв. {y}",
                "q_ru2": f"{q} квартал {y} г.", "q_ru3": f"{q} кв. {y}"}[style]
    if style.startswith("y_"):
        assert (m, v.day) == (12, 31), (v, style)
        return {"y_num": y, "y_text": str(y), "y_g": f"{y} г."}[style]
    raise ValueError(style)


def money_cell(v, unit, style):
    """v in RUB million; unit of the column: mln / thou / bn. Returns the cell value."""
    if v is None:
        return None
    k = {"mln": 1, "thou": 1000, "bn": 0.001}[unit]
    x = round(v * k, 6)
    if style == "num":
        return x
    dec = {"mln": 1, "thou": 0, "bn": 4}[unit]
    if unit == "bn":
        dec = len(repr(x).split(".")[1]) if "." in repr(x) else 1
    if unit == "thou" and abs(x - round(x)) > 1e-9:
        dec = 1
    if style == "ru":
        return ru_num(x, " ", dec)
    if style == "ru_nbsp":
        return ru_num(x, NBSP, dec)
    if style == "ru_plain":
        return ru_num(x, "", dec)
    raise ValueError(style)


def rec_of(fields, r):
    out = {}
    for f in fields:
        v = r.get(f)
        if isinstance(v, dt.date):
            v = v.isoformat()
        if isinstance(v, float):
            v = round(v, 4)
        out[f] = v
    return out


def write_expected(name, data):
    with open(os.path.join(HERE, name.rsplit(".", 1)[0] + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def split_money(total, parts):
    """Split total into len(parts) shares by weights, rounded to 0.1, sum exact."""
    s = sum(parts)
    vals = [round(total * p / s, 1) for p in parts[:-1]]
    vals.append(round(total - sum(vals), 1))
    return vals


def patch_cached(path, cached, uncached):
    """Give formula cells a cached value (<v>) or none at all.
    cached: {(sheet_index, 'F7'): value}; uncached: {(sheet_index, 'F13')}"""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            m = re.match(r"xl/worksheets/sheet(\d+)\.xml$", item.filename)
            if m:
                idx = int(m.group(1)) - 1
                text = data.decode("utf-8")

                def repl(mo):
                    ref = mo.group(1)
                    if (idx, ref) in uncached:
                        return f'<c r="{ref}"{mo.group(2)}><f>{mo.group(3)}</f></c>'
                    val = cached[(idx, ref)]
                    return f'<c r="{ref}"{mo.group(2)}><f>{mo.group(3)}</f><v>{val}</v></c>'
                text, n = re.subn(r'<c r="([A-Z]+\d+)"([^>]*)><f>([^<]*)</f><v\s*/></c>', repl, text)
                data = text.encode("utf-8")
            zout.writestr(item, data)
    os.replace(tmp, path)
    normalise_zip(path)


def save(wb, path):
    """Save with fixed document properties so that reruns give the same content."""
    stamp = dt.datetime(2025, 7, 1, 9, 0, 0)
    wb.properties.creator = "agency16"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.save(path)
    normalise_zip(path)


def normalise_zip(path):
    """Fixed zip entry times and a fixed 'modified' stamp (openpyxl writes the current time)."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-07-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 7, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = item.external_attr
            zout.writestr(zi, data)
    os.replace(tmp, path)


BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")


# ================================================================ 1. ministry of digital development summary
SUMMARY = "mintsifry_summary.xlsx"

SUM_ROWS = [
    # code, name, cluster_written, cluster, work_area_written, wa, loc_written, loc, status_written, status,
    # start, start_style, end, end_style, total, fed_share, reg_share, money_style, jobs_plan, jobs_made,
    # lead, problems
    ("INO-1601", "Региональная платформа телемедицины для северных районов", "Кластер медицинской техники и информационных технологий", "medtech_it",
     "Умный и удобный город", "smart_city", "г. Стрежевой", "Стрежевой", "Реализуется", "in_progress",
     "2023-03-01", "date", "2026-12-31", "month_ru", 412.6, 3, 2, "num", 35, 12,
     "ОГАУЗ «Томский областной медицинский информационно-аналитический центр»", None),
    ("INO-1602", "Цифровой двойник установки пиролиза на площадке «Томскнефтехим»", "Нефтехимический кластер", "petrochemical",
     "Передовая промышленность", "industry", "Томск", "Томск", "в работе", "in_progress",
     "2022-09-15", "dmy", "2025-12-31", "q_slash", 1265.4, 0, 1, "ru_nbsp", 60, 41,
     "ООО «Томскнефтехим»", "Санкционные ограничения на поставку ПО АСУ ТП; переход на отечественную платформу"),
    ("INO-1603", "Центр обработки данных «Сибирь-2» (ЦОД Tier III)", "—", None,
     "Технологические инновации, новые бизнесы", "innovation_business", "Томский район", "Томский район", "Планируется", "planned",
     "2025-10-01", "date", "2028-12-31", "y_num", 3480.0, 1, 1, "num", 120, None,
     "АО «Томская цифровая инфраструктура»", "Не определён источник электроснабжения 20 МВт"),
    ("INO-1604", "Внедрение ГИС ЖКХ и цифрового паспорта многоквартирных домов", None, None,
     "Умный и удобный город", "smart_city", "Колпашево", "Колпашево", "Завершён", "completed",
     "2021-02-01", "date", "2023-11-30", "date", 58.3, 0, 3, "num", 8, 8,
     "МКУ «Колпашевский информационный центр»", None),
    ("INO-1605", "Платформа анализа керна с машинным обучением", "Кластер трудноизвлекаемых запасов", "hard_to_recover",
     "Наука и образование", "science_education", "Томск", "Томск", "реализуется", "in_progress",
     "2024-01-10", "dmy", "2027-12-31", "mon_en", 236.8, 2, 1, "ru", 22, 9,
     "Томский политехнический университет", None),
    ("INO-1606", "Система «Безопасный город» в Северске (видеоаналитика)", "n/a", None,
     "Умный и удобный город", "smart_city", "Северск", "Северск", "Реализуется", "in_progress",
     "2023-06-01", "date", "2026-06-30", "q_ru", 890.2, 1, 2, "num", 15, 15,
     "Администрация ЗАТО Северск", "Задержка поставки серверного оборудования"),
    ("INO-1607", "Отечественная МИС для онкодиспансера", "Medical equipment and IT cluster", "medtech_it",
     "Технологические инновации, новые бизнесы", "innovation_business", "Томск", "Томск", "Completed", "completed",
     "2020-04-01", "dmy", "2022-12-20", "dmy", 74.9, 1, 1, "num", 12, 14,
     "ООО «Элекард-Мед»", None),
    ("INO-1608", "Цифровая платформа мониторинга лесных пожаров «ЛесКонтроль»", "Лесопромышленный кластер", "timber",
     "Умный и удобный город", "smart_city", "Асино", "Асино", "Приостановлен", "suspended",
     "2022-05-01", "date", "2025-09-30", "q_slash", 167.5, 2, 2, "ru_nbsp", 10, 4,
     "ОГКУ «Томская база авиационной охраны лесов»", "Приостановлено до решения о финансировании из ФБ"),
    ("INO-1609", "Облачная бухгалтерия для малого бизнеса северных территорий", "", None,
     "Деловая среда", "business_environment", "Стрежевой", "Стрежевой", "Планируется", "planned",
     "2025-09-01", "dmy", "2026-12-31", "month_ru", 18.4, 0, 1, "num", 6, None,
     "ООО «Северный бизнес-сервис»", None),
    ("INO-1610", "Цифровой двойник реакторной установки", "Кластер ядерных технологий", "nuclear",
     "Передовая промышленность", "industry", "Северск", "Северск", "в работе", "in_progress",
     "2021-11-15", "date", "2027-06-30", "q_ru", 2150.7, 4, 1, "ru", 85, 47,
     "АО «Сибирский химический комбинат»", None),
    ("INO-1611", "Электронный документооборот медицинских организаций области", "IT & medtech", "medtech_it",
     "Деловая среда", "business_environment", "Томск", "Томск", "Завершен", "completed",
     "2019-03-01", "date", "2021-12-31", "y_text", 96.0, 1, 3, "num", 4, 4,
     "Департамент здравоохранения Томской области", None),
    ("INO-1612", "Платформа прослеживаемости дикоросов (маркировка)", "Кластер дикоросов", "wildlife",
     "Технологические инновации, новые бизнесы", "innovation_business", "Колпашево", "Колпашево", "Реализуется", "in_progress",
     "2024-04-01", "dmy", "2026-03-31", "q_slash", 41.2, 0, 2, "ru_nbsp", 9, 3,
     "ООО «Сибирские дикоросы»", "Нет оператора маркировки в районе"),
    ("INO-1613", "Цифровая трансформация фармпроизводства (GMP-учёт)", "Фармацевтический кластер", "pharma",
     "Передовая промышленность", "industry", "Томск", "Томск", "Планируется", "planned",
     "2025-07-01", "date", "2027-12-31", "y_num", 310.5, 1, 1, "num", 26, None,
     "АО «Фармстандарт-Томскхимфарм»", None),
    ("INO-1614", "Умный квартал «Северный парк» (IoT-учёт ресурсов)", "—", None,
     "Умный и удобный город", "smart_city", "Томск", "Томск", "в работе", "in_progress",
     "2023-08-20", "dmy", "2026-09-30", "q_ru", 520.0, 1, 3, "ru", 18, 7,
     "ООО «Томские интеллектуальные сети»", None),
    ("INO-1615", "Кадровая платформа IT-специалистов «Цифровые кадры Томска»", None, None,
     "Наука и образование", "science_education", "Томск", "Томск", "Реализуется", "in_progress",
     "2024-02-01", "date", "2026-12-31", "mon_en", 64.8, 2, 1, "num", 5, 5,
     "Томский государственный университет систем управления и радиоэлектроники", None),
    ("INO-1616", "Интеллектуальная транспортная система г. Томска", "n/a", None,
     "Умный и удобный город", "smart_city", "Томск", "Томск", "Реализуется", "in_progress",
     "2022-03-01", "dmy", "2025-12-31", "dmy", 1874.3, 3, 2, "ru_nbsp", 30, 22,
     "Департамент транспорта, дорожной деятельности и связи Томской области", "Требуется корректировка ПСД"),
    ("INO-1617", "Спутниковый интернет для отдалённых сёл Колпашевского района", "", None,
     "Деловая среда", "business_environment", "Колпашево", "Колпашево", "Завершён", "completed",
     "2021-06-01", "date", "2023-09-30", "date", 27.6, 1, 1, "num", 2, 2,
     "Администрация Колпашевского района", None),
    ("INO-1618", "Роботизированная аптека на базе СибГМУ", "Pharmaceutical cluster", "pharma",
     "Наука и образование", "science_education", "Томск", "Томск", "Планируется", "planned",
     "2026-01-15", "dmy", "2027-12-31", "month_ru", 45.0, 1, 0, "num", 7, None,
     "ФГБОУ ВО «Сибирский государственный медицинский университет»", None),
    # row to be rejected: end date before start date
    ("INO-1619", "Система предиктивной аналитики для сетевой компании", "—", None,
     "Передовая промышленность", "industry", "Томский район", "Томский район", "Реализуется", "in_progress",
     "2024-05-01", "dmy", "2023-12-31", "dmy", 77.7, 0, 1, "num", 6, 2,
     "ПАО «Россети Томск»", None),
    ("INO-1620", "Геоинформационная система месторождений ТрИЗ", "Кластер ТрИЗ", "hard_to_recover",
     "Передовая промышленность", "industry", "Стрежевой", "Стрежевой", "в работе", "in_progress",
     "2023-01-09", "date", "2026-12-31", "q_slash", 655.9, 0, 1, "ru", 14, 10,
     "ООО «Газпромнефть-Восток»", None),
    # row to be rejected: unknown cluster
    ("INO-1621", "Цифровой полигон беспилотных авиасистем", "Кластер цифровой экономики", None,
     "Технологические инновации, новые бизнесы", "innovation_business", "Томский район", "Томский район", "Планируется", "planned",
     "2025-11-01", "date", "2028-12-31", "y_num", 980.0, 2, 1, "num", 40, None,
     "АНО «Томский БАС-центр»", None),
    ("INO-1622", "Цифровая платформа поддержки экспорта «Томск-Экспорт онлайн»", None, None,
     "Деловая среда", "business_environment", "Томск", "Томск", "Завершён", "completed",
     "2020-09-01", "dmy", "2022-06-30", "q_ru", 12.3, 0, 1, "num", 3, 3,
     "АНО «Центр поддержки экспорта Томской области»", None),
]
SUM_REJECT = {"INO-1619": ("end date before start date", "J"),
              "INO-1621": ("unknown cluster 'Кластер цифровой экономики'", "D")}


def summary_records():
    recs = []
    for row in SUM_ROWS:
        (code, name, cw, cl, waw, wa, lw, loc, sw, st, s, ss, e, es, tot, fsh, rsh, mst, jp, jc, lead, pr) = row
        rng = random.Random(code)
        extra_w = rng.choice([1, 2, 3, 4])
        if fsh == 0 and rsh == 0:
            fed, reg, ext = 0.0, 0.0, tot
        else:
            fed, reg, ext = split_money(tot, [fsh, rsh, extra_w])
        conf = round(ext * rng.choice([1.0, 0.8, 0.5, 0.0]), 1)
        r = dict(code=code, name=name, cluster=cl, work_area=wa, location=loc, status=st,
                 start_date=d(s), end_date=d(e), total_cost_mln=tot, federal_budget_mln=fed,
                 regional_budget_mln=reg, extra_budgetary_mln=ext, extra_budgetary_confirmed_mln=conf,
                 jobs_planned=jp, jobs_created=jc, lead_organization=lead, problems=pr)
        year_slice = round(tot * rng.choice([0.1, 0.25, 0.3]), 1)
        spent = round(tot * rng.choice([0.2, 0.45, 0.6, 1.0]), 1)
        domestic = rng.choice([40, 65, 80, 100])
        inn = "70" + "".join(str(rng.randint(0, 9)) for _ in range(8))
        curator = rng.choice(["Иванова Е.С.", "Петров А.В.", "Смирнов Д.О.", "Кузнецова М.А."])
        w = dict(cw=cw, waw=waw, lw=lw, sw=sw, ss=ss, es=es, mst=mst, year_slice=year_slice, spent=spent,
                 domestic=domestic, inn=inn, curator=curator)
        recs.append((r, w))
    return recs


def make_summary():
    fn = SUMMARY
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Свод ЦТ"
    ws["A1"] = "Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации"
    ws["A2"] = ("Сводные сведения о проектах цифровой трансформации (Digital transformation / IT projects), "
                "реализуемых в рамках программы «ИНО Томск»")
    ws["A3"] = "по состоянию на 01.07.2025"
    for c in ("A1", "A2", "A3"):
        ws[c].font = BOLD
    # header spec: (top, sub or None, field)
    spec = [
        ("№ п/п", None, None),
        ("Код проекта / Project ID", None, "code"),
        ("Наименование проекта (Project name)", None, "name"),
        ("Кластер / Cluster", None, "cluster"),
        ("Направление ИНО", None, "work_area"),
        ("Муниципальное образование (Location)", None, "location"),
        ("Статус / Status", None, "status"),
        ("Сроки реализации / Timeline", "начало / start", "start_date"),
        ("Сроки реализации / Timeline", "окончание / end", "end_date"),
        ("Финансовое обеспечение, млн руб. (Funding, RUB mln)", "Всего / Total", "total_cost_mln"),
        ("Финансовое обеспечение, млн руб. (Funding, RUB mln)", "ФБ (federal)", "federal_budget_mln"),
        ("Финансовое обеспечение, млн руб. (Funding, RUB mln)", "ОБ (regional)", "regional_budget_mln"),
        ("Финансовое обеспечение, млн руб. (Funding, RUB mln)", "Внебюджет / Private", "extra_budgetary_mln"),
        ("Финансовое обеспечение, млн руб. (Funding, RUB mln)", "из них подтверждено / confirmed", "extra_budgetary_confirmed_mln"),
        ("Финансовое обеспечение, млн руб. (Funding, RUB mln)", "в т.ч. на 2025 год", None),
        ("Финансовое обеспечение, млн руб. (Funding, RUB mln)", "Освоено на отчётную дату", None),
        ("Рабочие места (Jobs), ед.", "план / plan", "jobs_planned"),
        ("Рабочие места (Jobs), ед.", "создано / created", "jobs_created"),
        ("Доля отечественного ПО, %", None, None),
        ("Оператор проекта (Lead organisation)", None, "lead_organization"),
        ("ИНН оператора", None, None),
        ("Куратор от Минцифры (ФИО)", None, None),
        ("Проблемные вопросы / Issues", None, "problems"),
    ]
    HR1, HR2 = 4, 5
    col = 1
    i = 0
    while i < len(spec):
        top, sub, _ = spec[i]
        if sub is None:
            ws.cell(HR1, col, top)
            ws.merge_cells(start_row=HR1, start_column=col, end_row=HR2, end_column=col)
            i += 1
            col += 1
        else:
            j = i
            while j < len(spec) and spec[j][0] == top:
                ws.cell(HR2, col + (j - i), spec[j][1])
                j += 1
            ws.cell(HR1, col, top)
            ws.merge_cells(start_row=HR1, start_column=col, end_row=HR1, end_column=col + (j - i) - 1)
            col += j - i
            i = j
    for r in (HR1, HR2):
        for c in range(1, len(spec) + 1):
            ws.cell(r, c).alignment = WRAP
            ws.cell(r, c).font = BOLD
    for c in range(1, len(spec) + 1):
        ws.cell(6, c, c)
        ws.column_dimensions[get_column_letter(c)].width = 16
    ws.column_dimensions["C"].width = 50
    recs = summary_records()
    row = 7
    out, rejected = [], []
    for n, (r, w) in enumerate(recs, 1):
        vals = [n, r["code"], r["name"], w["cw"], w["waw"], w["lw"], w["sw"],
                write_date(r["start_date"], w["ss"]), write_date(r["end_date"], w["es"])]
        ms = w["mst"]
        for f in ("total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
                  "extra_budgetary_confirmed_mln"):
            vals.append(money_cell(r[f], "mln", ms if f != "extra_budgetary_confirmed_mln" else "num"))
        vals += [w["year_slice"], w["spent"], w["domestic"], r["jobs_planned"], r["jobs_created"],
                 r["lead_organization"], w["inn"], w["curator"], r["problems"]]
        # order: ..., year_slice, spent, jobs_planned, jobs_created, domestic
        vals = vals[:14] + [w["year_slice"], w["spent"], r["jobs_planned"], r["jobs_created"], w["domestic"],
                            r["lead_organization"], w["inn"], w["curator"], r["problems"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row, c, v)
            if isinstance(v, dt.date):
                cell.number_format = "DD.MM.YYYY"
        if r["code"] in SUM_REJECT:
            reason, colx = SUM_REJECT[r["code"]]
            rejected.append({"sheet": ws.title, "row": row, "reason": reason, "column": colx, "code": r["code"]})
        else:
            out.append(r)
        row += 1
    last = row - 1
    ws.cell(row, 3, "Итого")
    ws.cell(row, 1, "Итого")
    for c, f in zip(range(10, 14), ("total_cost_mln", "federal_budget_mln", "regional_budget_mln",
                                     "extra_budgetary_mln")):
        ws.cell(row, c, round(sum(r[f] for r, _ in recs), 1))
    ws.cell(row + 2, 1, "* Внебюджетные источники включают средства инвесторов и собственные средства операторов. "
                        "Сведения о доле отечественного ПО — по данным реестра Минцифры.")
    save(wb, os.path.join(HERE, fn))
    fields = ALL_FIELDS
    columns = []
    for top, sub, f in spec:
        columns.append([top if sub is None else f"{top} / {sub}", f])
    exp = {
        "file": fn, "refused": False, "fields": fields, "record_count": len(out),
        "records": [rec_of(fields, r) for r in out], "rejected": rejected,
        "columns": columns, "header_rows": [HR1, HR2], "data_rows": [7, last], "sheet": ws.title,
        "skipped_rows": {"6": "column numbers", str(row): "totals", str(row + 2): "footnote"},
        "notes": (
            "Federal ministry of digital development (Минцифры). One sheet 'Свод ЦТ'. Title rows 1-3; two-level "
            "merged header in rows 4-5 with Russian and English captions mixed in one header; row 6 numbers the "
            f"columns; data rows 7-{last}; row {row} is the totals row ('Итого', totals as values, not formulas); "
            f"row {row + 2} is a footnote. Amounts are RUB million (said in the merged top header). Money cells are "
            "real numbers or Russian-style text ('1 265,4' with plain or non-breaking space). Start dates are real "
            "dates or 'dd.mm.yyyy' text. End dates use many period spellings: a month name ('декабрь 2026', "
            "'Dec-2026') is read as the last day of that month (by analogy with the quarter rule), 'Q4/2025' and "
            "'II кв. 2026' are the last day of the quarter, a bare year (2028 as a number, '2021' as text) is "
            "31 December. Cluster: Russian or English names ('Medical equipment and IT cluster', 'IT & medtech' = "
            "medtech_it, 'Pharmaceutical cluster' = pharma, 'Кластер ТрИЗ' = hard_to_recover); empty, '—', 'n/a' "
            "= no cluster. Location 'г. Стрежевой' = Стрежевой. Status 'в работе' = in_progress. Look-alike columns "
            "NOT imported: '№ п/п' (row number), 'в т.ч. на 2025 год' (one-year slice), 'Освоено на отчётную дату' "
            "(spent to date), 'Доля отечественного ПО, %' (percentage), 'ИНН оператора', 'Куратор от Минцифры "
            "(ФИО)' (a person). Rejected: INO-1619 (end 31.12.2023 before start 01.05.2024) and INO-1621 (unknown "
            "cluster 'Кластер цифровой экономики').")
    }
    write_expected(fn, exp)
    return out


# ================================================================ 2. update of the summary
UPDATE = "mintsifry_update.xlsx"


def make_update(base):
    fn = UPDATE
    base_by_code = {r["code"]: dict(r) for r in base}
    order = [r["code"] for r in base]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Update Q3"
    ws["A1"] = "Актуализация свода проектов цифровой трансформации (update, Q3 2025)"
    ws["A2"] = "Минцифры России — сведения на 01.10.2025; пустой код = проект ищется по наименованию"
    hdr = [("Код / Code", "code"), ("Наименование проекта / Project", "name"), ("Статус / Status", "status"),
           ("Срок окончания (end)", "end_date"), ("Стоимость, млн руб.", "total_cost_mln"),
           ("Внебюджет, млн руб. (private)", "extra_budgetary_mln"),
           ("Освоено, % от плана", None), ("Рабочие места, создано (jobs created)", "jobs_created"),
           ("Ответственный (ФИО)", None), ("Проблемные вопросы / Issues", "problems")]
    HR = 4
    for c, (h, _) in enumerate(hdr, 1):
        ws.cell(HR, c, h).font = BOLD
    fields_u = [f for _, f in hdr if f]
    # rows: (code_in_file, name_in_file, changes dict, written overrides, pct, person)
    U = [
        ("INO-1601", None, {"status": "in_progress", "jobs_created": 19}, {}, 48, "Иванова Е.С."),
        ("INO-1602", None, {"total_cost_mln": 1310.2, "extra_budgetary_mln": 1057.1, "jobs_created": 52}, {}, 71, "Петров А.В."),
        ("INO-1603", None, {"status": "in_progress"}, {"status": "Реализуется"}, 5, "Смирнов Д.О."),
        ("INO-1604", None, {}, {}, 100, "Кузнецова М.А."),  # re-sent unchanged
        ("", "Цифровой двойник реакторной установки", {"jobs_created": 55}, {}, 62, "Петров А.В."),  # exact name
        ("INO-1606", None, {"status": "completed", "end_date": "2025-09-30", "jobs_created": 15}, {"end_date": "q_slash", "status": "completed"}, 100, "Иванова Е.С."),
        ("", "ЦИФРОВАЯ ПЛАТФОРМА МОНИТОРИНГА ЛЕСНЫХ ПОЖАРОВ «ЛЕСКОНТРОЛЬ»", {"status": "in_progress"},
         {"status": "In progress"}, 30, "Смирнов Д.О."),
        ("INO-1609", None, {"status": "suspended", "problems": "Инвестор вышел из проекта"},
         {"status": "приостановлен"}, 0, "Кузнецова М.А."),
        ("", "Платформа прослеживаемости дикоросов  (маркировка) ", {"jobs_created": 6}, {}, 55, "Иванова Е.С."),
        ("INO-1611", None, {}, {}, 100, "Петров А.В."),  # unchanged
        ("", "Цифровая трансформация фармпроизводства (GMP-учет)", {"end_date": "2028-06-30"},
         {"end_date": "q_ru"}, 2, "Смирнов Д.О."),
        ("INO-1614", None, {"total_cost_mln": -520.0}, {}, 44, "Кузнецова М.А."),  # rejected: negative
        ("INO-1616", None, {"extra_budgetary_mln": 611.2, "total_cost_mln": 1950.0, "jobs_created": 26,
                            "end_date": "2026-12-31"}, {"end_date": "month_ru"}, 77, "Иванова Е.С."),
        ("", "Цифровая платформа поддержки экспорта \"Томск-Экспорт онлайн\"", {"jobs_created": 4}, {}, 50, "Петров А.В."),
        ("INO-1620", None, {}, {}, 68, "Смирнов Д.О."),  # unchanged
        ("INO-1623", "Цифровой сервис «Мой участок» для садоводов Томского района",
         {"status": "planned", "end_date": "2026-12-31", "total_cost_mln": 9.8, "extra_budgetary_mln": 4.0,
          "jobs_created": None, "problems": None}, {"end_date": "mon_en"}, 0, "Кузнецова М.А."),
        ("INO-1624", "Distributed ledger for timber traceability (прослеживаемость древесины)",
         {"status": "in_progress", "end_date": "2027-12-31", "total_cost_mln": 133.0, "extra_budgetary_mln": 100.0,
          "jobs_created": 3, "problems": None}, {"end_date": "y_num", "status": "in progress"}, 10, "Петров А.В."),
        ("INO-1625", "Платформа онлайн-обучения рабочим профессиям для Стрежевого",
         {"status": "planned", "end_date": "2026-09-30", "total_cost_mln": 21.5, "extra_budgetary_mln": None,
          "jobs_created": None, "problems": "Ищем оператора платформы"}, {"end_date": "q_slash"}, 0, "Иванова Е.С."),
    ]
    from_name = {}
    for r in base:
        key = r["name"]
        from_name[norm_name(key)] = r["code"]
    row = HR + 1
    changed, new, matched, rejected = [], [], [], []
    written_status = {"planned": "Планируется", "in_progress": "Реализуется", "completed": "Завершён",
                      "suspended": "Приостановлен"}
    for code, nm, ch, wr, pct, person in U:
        if code:
            target = base_by_code.get(code)
        else:
            c2 = from_name[norm_name(nm)]
            target = base_by_code[c2]
            matched.append({"code": c2, "name_in_file": nm, "row": row})
        is_new = target is None
        if is_new:
            cur = {f: None for f in ALL_FIELDS}
            cur["code"] = code
            cur["name"] = nm
        else:
            cur = dict(target)
        newv = dict(cur)
        for k, v in ch.items():
            newv[k] = d(v) if k == "end_date" and v else v
        # write the row: all carried fields written from newv
        name_w = nm if nm is not None else cur["name"]
        end = newv["end_date"]
        endw = write_date(end, wr.get("end_date", "dmy")) if end else None
        stw = wr.get("status", written_status.get(newv["status"]))
        tot = newv["total_cost_mln"]
        vals = [code or None, name_w, stw, endw, tot if tot is None or tot >= 0 else tot,
                newv["extra_budgetary_mln"], pct, newv["jobs_created"], person, newv["problems"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row, c, v)
            if isinstance(v, dt.date):
                cell.number_format = "DD.MM.YYYY"
        if tot is not None and tot < 0:
            rejected.append({"sheet": ws.title, "row": row, "reason": "negative amount", "column": "E", "code": code})
        else:
            cc = newv["code"]
            if is_new:
                base_by_code[cc] = newv
                order.append(cc)
                new.append(cc)
            else:
                if any(newv[f] != target[f] for f in ALL_FIELDS):
                    changed.append(cc)
                base_by_code[cc] = newv
        row += 1
    last = row - 1
    save(wb, os.path.join(HERE, fn))
    # name-match differences
    diffs = {
        "Цифровой двойник реакторной установки": "identical name, code left empty",
        "ЦИФРОВАЯ ПЛАТФОРМА МОНИТОРИНГА ЛЕСНЫХ ПОЖАРОВ «ЛЕСКОНТРОЛЬ»": "upper case",
        "Платформа прослеживаемости дикоросов  (маркировка) ": "double space, trailing space",
        "Цифровая трансформация фармпроизводства (GMP-учет)": "ё written as е",
        "Цифровая платформа поддержки экспорта \"Томск-Экспорт онлайн\"": "«» quotes written as \"\"",
    }
    for m in matched:
        m["difference"] = diffs[m["name_in_file"]]
    recs = [rec_of(ALL_FIELDS, base_by_code[c]) for c in order]
    exp = {
        "file": fn, "refused": False, "base_file": SUMMARY, "fields": ALL_FIELDS, "record_count": len(recs),
        "records": recs, "rejected": rejected,
        "columns": [[h, f] for h, f in hdr], "header_row": HR, "data_rows": [HR + 1, last],
        "changed_codes": sorted(set(changed)), "new_codes": new, "matched_by_name": matched,
        "notes": (
            f"Import {SUMMARY} first, then this file; 'records' is the resulting state of all projects (the two rows "
            "rejected in the summary, INO-1619 and INO-1621, were never stored). Sheet 'Update Q3', title rows 1-2, "
            f"header row {HR} (Russian and English captions mixed), data rows {HR + 1}-{last}. 10 rows carry a known "
            "code (INO-1604, INO-1611, INO-1620 re-sent unchanged; INO-1614 rejected for a negative cost, so it keeps "
            "its values). 5 rows have an empty code and are matched by name (identical; upper case; double and "
            "trailing space; ё written as е; «» written as \"\"); a project matched by name keeps its stored name. "
            "INO-1623, INO-1624, INO-1625 are new: fields this file does not carry are null. The file carries "
            "status, end date, total cost, extra-budgetary money, jobs created and problems; an empty cell in a "
            "carried column is written only where the stored value is already null, so no update blanks a value. End dates as "
            "'Q3/2025', 'декабрь 2026', 'Dec-2026', 'II кв. 2028' (last day of the period), 2027 as a number "
            "(31 December), or dd.mm.yyyy text. Not imported: 'Освоено, % от плана' (a percentage) and "
            "'Ответственный (ФИО)' (a person).")
    }
    write_expected(fn, exp)


def norm_name(s):
    s = s.lower().replace("ё", "е")
    for q in "«»“”„":
        s = s.replace(q, '"')
    return re.sub(r"\s+", " ", s).strip()


# ================================================================ 3. Kazakh partner, English list
KZ = "kz_partner_english.xlsx"
KZ_ROWS = [
    # code, name, cluster_w, cluster, loc_w, loc, status_w, status, start(date), end, end_style,
    # total_bn (written), total_style, private_bn, jobs, lead
    ("KZ-TOM-01", "Joint polypropylene compounding line (компаундирование полипропилена)", "Petrochemical cluster", "petrochemical",
     "Tomsk", "Томск", "In progress (реализуется)", "in_progress", "2023-04-01", "2026-12-31", "mon_en", 2.35, "num", 1.9, 140,
     "Qazaq Polymer Partners LLP (ТОО)"),
    ("KZ-TOM-02", "Isotope logistics hub Seversk – Astana (изотопная продукция)", "Nuclear technologies", "nuclear",
     "Seversk", "Северск", "Planned", "planned", "2025-09-01", "2027-12-31", "q_slash", 0.86, "num", 0.5, 45,
     "Kazatomprom-Tomsk JV"),
    ("KZ-TOM-03", "Wheat-straw particle board plant (плиты из соломы)", "Timber", "timber",
     "Asino", "Асино", "Реализуется", "in_progress", "2022-06-15", "2025-12-31", "q_en", 1.12, "ru", 1.12, 210,
     "ООО «Асино-Агроплит»"),
    ("KZ-TOM-04", "Generic insulin pilot production (производство инсулина)", "Pharmaceutical", "pharma",
     "Tomsk", "Томск", "completed", "completed", "2019-10-01", "2022-11-30", "date", 0.4375, "num", 0.3, 60,
     "Eurasian Pharma Group"),
    ("KZ-TOM-05", "Cedar nut processing for export to China (переработка кедрового ореха)", "Wildlife resources (дикоросы)", "wildlife",
     "Kolpashevo", "Колпашево", "In progress", "in_progress", "2024-03-01", "2026-06-30", "month_en", 0.215, "num", 0.2, 35,
     "Sibirskiy Kedr Trading LLP"),
    ("KZ-TOM-06", "Remote monitoring of oil wells (удалённый мониторинг скважин)", "Hard-to-recover reserves (ТрИЗ)", "hard_to_recover",
     "Strezhevoy", "Стрежевой", "Planned (планируется)", "planned", "2026-01-10", "2028-12-31", "y_text", 1.5, "num", 1.5, 80,
     "KazMunayService Tomsk"),
    ("KZ-TOM-07", "Student exchange IT-academy (IT-академия)", "n/a", None,
     "Tomsk", "Томск", "in progress", "in_progress", "2023-09-01", "2027-06-30", "q_ru", 0.064, "num", None, 12,
     "Astana IT University"),
    ("KZ-TOM-08", "Cross-border e-commerce hub (трансграничная электронная торговля)", "", None,
     "Tomsk district", "Томский район", "Planned", "planned", "2025-12-01", "2027-12-31", "y_num", 0.75, "ru", 0.6, 90,
     "Shanghai-Tomsk Trade Co., Ltd."),
    ("KZ-TOM-09", "Medical imaging AI service (ИИ для лучевой диагностики)", "Medical equipment and IT", "medtech_it",
     "Tomsk", "Томск", "Completed (завершён)", "completed", "2020-02-01", "2023-03-31", "q_slash", 0.1288, "num", 0.1, 18,
     "Nur-Med Digital LLP"),
    ("KZ-TOM-10", "Catalysts for gas-to-liquids (катализаторы GTL)", "Petrochemistry", "petrochemical",
     "Tomsk", "Томск", "Suspended", "suspended", "2021-05-01", "2025-12-31", "mon_en_num", 0.98, "num", 0.98, 55,
     "Qazaq Polymer Partners LLP (ТОО)"),
    ("KZ-TOM-11", "Peat-based biofertiliser (биоудобрения на основе торфа)", "—", None,
     "Tomsk district", "Томский район", "реализуется", "in_progress", "2024-06-01", "2026-09-30", "q_en", 0.047, "num", 0.047, 14,
     "ТОО «Агро-Сибирь Казахстан»"),
    # rejected: negative private funding
    ("KZ-TOM-12", "Uranium tailings recycling study (переработка хвостов)", "Nuclear technologies", "nuclear",
     "Seversk", "Северск", "Planned", "planned", "2026-03-01", "2028-12-31", "y_num", 0.3, "num", -0.1, 20,
     "Kazatomprom-Tomsk JV"),
    ("KZ-TOM-13", "Frozen berries export line (экспорт замороженных ягод)", "wild plants", "wildlife",
     "Kolpashevo", "Колпашево", "Completed", "completed", "2020-07-01", "2022-09-30", "date", 0.0925, "num", 0.09, 26,
     "Sibirskiy Kedr Trading LLP"),
    ("KZ-TOM-14", "Telemedicine for rural clinics (телемедицина)", "IT & medical devices", "medtech_it",
     "Strezhevoy", "Стрежевой", "In progress (реализуется)", "in_progress", "2023-11-01", "2026-12-31", "q_ru", 0.156, "num", 0.05, 9,
     "Nur-Med Digital LLP"),
    # rejected: unknown cluster
    ("KZ-TOM-15", "Satellite ground station (наземная станция спутниковой связи)", "Space cluster (космический)", None,
     "Tomsk district", "Томский район", "Planned", "planned", "2026-05-01", "2029-12-31", "y_num", 2.1, "num", 1.4, 70,
     "Baikonur Space Services LLP"),
    ("KZ-TOM-16", "Modular timber houses for northern towns (модульные дома)", "timber industry", "timber",
     "Strezhevoy", "Стрежевой", "Planned", "planned", "2025-10-01", "2027-03-31", "q_slash", 0.62, "ru", 0.5, 110,
     "ООО «Асино-Агроплит»"),
    ("KZ-TOM-17", "Halal meat processing (переработка мяса халяль)", "n/a", None,
     "Asino", "Асино", "In progress", "in_progress", "2024-01-15", "2025-12-31", "dmy", 0.18, "num", 0.18, 40,
     "ТОО «Агро-Сибирь Казахстан»"),
    ("KZ-TOM-18", "Radiopharmaceuticals supply to Kazakhstan (радиофармпрепараты)", "Pharma", "pharma",
     "Tomsk", "Томск", "Completed", "completed", "2018-04-01", "2021-12-31", "y_num", 0.255, "num", 0.155, 22,
     "Eurasian Pharma Group"),
]
KZ_REJECT = {"KZ-TOM-12": ("negative amount", "J"), "KZ-TOM-15": ("unknown cluster 'Space cluster (космический)'", "D")}


def make_kz():
    fn = KZ
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Projects"
    ws["A1"] = "Joint projects with Tomsk region (Совместные проекты с Томской областью), status as of 1 July 2025"
    ws["A1"].font = BOLD
    hdr = [("No.", None), ("Project code (Код проекта)", "code"), ("Project name (Наименование)", "name"),
           ("Cluster (Кластер)", "cluster"), ("Site (Место реализации)", "location"), ("Status (Статус)", "status"),
           ("Start date", "start_date"), ("Completion (Срок завершения)", "end_date"),
           ("Total cost, RUB bn (Стоимость, млрд руб.)", "total_cost_mln"),
           ("Private investment, RUB bn (Внебюджетные средства)", "extra_budgetary_mln"),
           ("Kazakh partner share, %", None), ("Spent to date, RUB bn (Освоено)", None),
           ("Jobs planned (Рабочие места, план)", "jobs_planned"),
           ("Lead organisation (Ответственная организация)", "lead_organization"),
           ("BIN / ИНН", None), ("Contact person", None)]
    HR = 3
    for c, (h, _) in enumerate(hdr, 1):
        ws.cell(HR, c, h).font = BOLD
        ws.column_dimensions[get_column_letter(c)].width = 18
    row = HR + 1
    out, rejected = [], []
    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date", "total_cost_mln",
              "extra_budgetary_mln", "jobs_planned", "lead_organization"]
    contacts = ["Nurlan Abenov", "Aigerim Seitkali", "Li Wei", "Dmitry Orlov", "Zhanna Tulegenova"]
    for n, rw in enumerate(KZ_ROWS, 1):
        (code, name, cw, cl, lw, loc, sw, st, s, e, es, tot, tst, prv, jobs, lead) = rw
        rng = random.Random(code)
        start = d(s)
        endd = d(e)
        totw = tot if tst == "num" else ru_num(tot, " ", len(str(tot).split(".")[1])).replace(" ", "")
        vals = [n, code, name, cw, lw, sw, start, write_date(endd, es), totw, prv,
                rng.choice([25, 40, 49, 51, 100]), round(tot * rng.choice([0.1, 0.3, 0.5]), 4), jobs, lead,
                "".join(str(rng.randint(0, 9)) for _ in range(12)), contacts[n % len(contacts)]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row, c, v)
            if isinstance(v, dt.date):
                cell.number_format = "DD MMM YYYY"
        if code in KZ_REJECT:
            reason, colx = KZ_REJECT[code]
            rejected.append({"sheet": ws.title, "row": row, "reason": reason, "column": colx, "code": code})
        else:
            out.append(dict(code=code, name=name, cluster=cl, location=loc, status=st, start_date=start,
                            end_date=endd, total_cost_mln=round(tot * 1000, 4),
                            extra_budgetary_mln=None if prv is None else round(prv * 1000, 4),
                            jobs_planned=jobs, lead_organization=lead))
        row += 1
    last = row - 1
    ns = wb.create_sheet("Notes")
    notes_text = [
        "Notes (Примечания)",
        "1. All amounts are in billion roubles (млрд руб.).",
        "2. 'Completion' is the planned completion period; Q = calendar quarter.",
        "3. Kazakh partner share is the partner's share in the project capital, %.",
        "4. BIN = business identification number of the Republic of Kazakhstan; for Russian companies ИНН is shown.",
        "Prepared by: Qazaq Innovations Office, Astana",
    ]
    for i, t in enumerate(notes_text, 1):
        ns.cell(i, 1, t)
    save(wb, os.path.join(HERE, fn))
    exp = {
        "file": fn, "refused": False, "fields": fields, "record_count": len(out),
        "records": [rec_of(fields, r) for r in out], "rejected": rejected,
        "columns": [[h, f] for h, f in hdr], "data_sheet": "Projects", "header_row": HR,
        "data_rows": [HR + 1, last], "skipped_rows": {"1": "title", "2": "blank"},
        "notes": (
            "A Kazakh partner office writing English with Russian terms in brackets. Data on sheet 'Projects': "
            f"title row 1, blank row 2, header row {HR}, data rows {HR + 1}-{last}; sheet 'Notes' is explanatory text, "
            "not data. Money is in RUB billion (header 'RUB bn (... млрд руб.)'), converted to RUB million "
            "(0.4375 bn = 437.5 mln); a few amounts are text with a decimal comma ('1,12'). Cluster: English or "
            "Russian free text ('Nuclear technologies', 'Wildlife resources (дикоросы)', 'Hard-to-recover reserves "
            "(ТрИЗ)', 'Medical equipment and IT', 'wild plants', 'timber industry'); empty, '—', 'n/a' = no "
            "cluster. Location in English transliteration: Tomsk = Томск, Seversk = Северск, Asino = Асино, "
            "Kolpashevo = Колпашево, Strezhevoy = Стрежевой, Tomsk district = Томский район. Status in English, "
            "Russian or both ('In progress (реализуется)', 'Planned (планируется)', 'Completed (завершён)', "
            "'Suspended'). Start dates are real dates (shown '01 Apr 2023'). Completion: 'December 2026', "
            "'Dec-2026' and 'Dec 2025' mean the last day of that month; 'Q4/2027', 'Q4 2025', 'II кв. 2027' the "
            "last day of the quarter; a bare year (text '2028' or number 2027) 31 December; real dates and "
            "dd.mm.yyyy text as they are. An empty private-investment cell is unknown (null). Not imported: 'No.' "
            "(row number), 'Kazakh partner share, %' (a percentage), 'Spent to date' (money spent to date), "
            "'BIN / ИНН' (an identifier), 'Contact person' (a person). Rejected: KZ-TOM-12 (negative private "
            "investment -0.1 bn) and KZ-TOM-15 (unknown cluster 'Space cluster (космический)').")
    }
    write_expected(fn, exp)


# ================================================================ 4. consortium of universities, per-cluster sheets
CONS = "consortium_clusters.xlsx"
CONS_SHEETS = [
    ("Фарма", "Фармацевтический кластер (Pharmaceutical cluster)", "pharma"),
    ("Медтехника и ИТ", "Кластер медицинской техники и информационных технологий", "medtech_it"),
    ("Ядерные технологии", "Кластер ядерных технологий", "nuclear"),
    ("ТрИЗ", "Кластер трудноизвлекаемых запасов", "hard_to_recover"),
]
CONS_ROWS = {
    "pharma": [
        ("НОЦ-ФМ-01", "Доклинические исследования противоопухолевых препаратов", "СибГМУ", "Томск", "Реализуется", "in_progress", "2023-02-01", "2026-12-31", 184500, 0.6, 40),
        ("НОЦ-ФМ-02", "Платформа синтеза радиофармпрепаратов на циклотроне", "Томский политехнический университет", "Томск", "Выполнен", "completed", "2020-09-01", "2023-12-31", 96250, 0.8, 55),
        ("НОЦ-ФМ-03", "Биотехнологии переработки пантов марала", "Томский государственный университет", "Томский район", "планируется", "planned", "2026-01-01", "2028-12-31", 42000, 0.5, 30),
        ("НОЦ-ФМ-04", "GMP-лаборатория клеточных технологий", "СибГМУ", "Томск", "в стадии реализации", "in_progress", "2024-04-15", "2027-06-30", 268900, 0.7, 45),
        ("НОЦ-ФМ-05", "Фитопрепараты на основе дикоросов северных районов", "ТГУ (консорциум «Большой университет»)", "Колпашево", "Приостановлен", "suspended", "2022-03-01", "2025-12-31", 15750, 0.4, 20),
    ],
    "medtech_it": [
        ("НОЦ-МТ-01", "Нейроинтерфейсы для реабилитации после инсульта", "ТУСУР", "Томск", "Реализуется", "in_progress", "2023-09-01", "2026-08-31", 57300, 0.75, 35),
        ("НОЦ-МТ-02", "Отечественный ультразвуковой сканер", "Томский политехнический университет", "Томск", "Завершён", "completed", "2019-01-15", "2022-12-31", 312400, 0.5, 40),
        ("НОЦ-МТ-03", "Суперкомпьютерный центр коллективного пользования", "Томский государственный университет", "Томск", "реализуется ", "in_progress", "2024-01-01", "2027-12-31", 1250000, 0.9, 25),
        ("НОЦ-МТ-04", "Цифровые кафедры: подготовка IT-кадров для Стрежевого", "ТУСУР", "Стрежевой", "Планируется", "planned", "2026-09-01", "2029-06-30", 23800, 1.0, 0),
        ("НОЦ-МТ-05", "Носимые кардиомониторы", "СибГМУ", "Северск", "Завершен", "completed", "2020-06-01", "2023-05-31", 18650, 0.6, 30),
    ],
    "nuclear": [
        ("НОЦ-ЯТ-01", "Аддитивные технологии для ядерной энергетики", "Томский политехнический университет", "Северск", "Реализуется", "in_progress", "2022-10-01", "2026-12-31", 146700, 0.55, 50),
        ("НОЦ-ЯТ-02", "Исследовательский реактор ИРТ-Т: модернизация систем управления", "Томский политехнический университет", "Томск", "в стадии реализации", "in_progress", "2023-03-01", "2027-12-31", 489000, 0.85, 10),
        ("НОЦ-ЯТ-03", "Дезактивация оборудования лазерными методами", "ТГУ (консорциум «Большой университет»)", "Северск", "планируется", "planned", "2026-02-01", "2028-06-30", 61200, 0.5, 45),
        # rejected: end before start
        ("НОЦ-ЯТ-04", "Изотопы для медицины: опытная установка", "Томский политехнический университет", "Северск", "Реализуется", "in_progress", "2025-05-01", "2024-12-31", 73000, 0.6, 30),
    ],
    "hard_to_recover": [
        ("НОЦ-ТЗ-01", "Цифровое моделирование баженовской свиты", "Томский политехнический университет", "Томск", "Реализуется", "in_progress", "2021-09-01", "2025-12-31", 205600, 0.4, 60),
        ("НОЦ-ТЗ-02", "Полигон испытания технологий ТрИЗ", "ТГУ (консорциум «Большой университет»)", "Стрежевой", "Планируется", "planned", "2025-11-01", "2029-12-31", 874300, 0.3, 70),
        # rejected: text in a number column
        ("НОЦ-ТЗ-03", "Микробиологические методы повышения нефтеотдачи", "Томский государственный университет", "Стрежевой", "Реализуется", "in_progress", "2024-02-01", "2027-12-31", "в стадии согласования", 0.5, 50),
        ("НОЦ-ТЗ-04", "Подготовка кадров для нефтесервиса (магистратура)", "Томский политехнический университет", "Стрежевой", "Завершён", "completed", "2018-09-01", "2022-08-31", 12450, 1.0, 0),
    ],
}
CONS_REJECT = {"НОЦ-ЯТ-04": ("end date before start date", "H"), "НОЦ-ТЗ-03": ("not a number: 'в стадии согласования'", "I")}


def make_consortium():
    fn = CONS
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    hdr = [("№", None), ("Шифр проекта", "code"), ("Наименование (Project title)", "name"),
           ("Вуз-участник консорциума (Lead university)", "lead_organization"),
           ("Место реализации", "location"), ("Стадия / Stage", "status"),
           ("Начало работ", "start_date"), ("Завершение", "end_date"),
           ("Объём финансирования всего, тыс. руб.", "total_cost_mln"),
           ("Федеральный бюджет, тыс. руб.", "federal_budget_mln"),
           ("в т.ч. программа «Приоритет-2030», тыс. руб.", None),
           ("Средства индустриальных партнёров (внебюджет), тыс. руб.", "extra_budgetary_mln"),
           ("Доля софинансирования партнёров, %", None),
           ("Научный руководитель (ФИО)", None),
           ("Рабочие места / Jobs (план)", "jobs_planned")]
    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date", "total_cost_mln",
              "federal_budget_mln", "extra_budgetary_mln", "jobs_planned", "lead_organization"]
    out, rejected, sheets = [], [], []
    heads = ["Иванов И.И.", "Сидорова А.П.", "Ли Чжэн", "Ахметов Б.К.", "Морозов П.Р."]
    hidden_row = hidden_col = None
    for si, (sname, full, key) in enumerate(CONS_SHEETS):
        ws = wb.create_sheet(sname)
        ws["A1"] = full
        ws["A1"].font = BOLD
        ws["A2"] = ("Консорциум «Большой Томский университет» / Томский НОЦ мирового уровня — "
                    "проекты, 2025 (суммы в тыс. руб.)")
        HR = 4
        for c, (h, _) in enumerate(hdr, 1):
            ws.cell(HR, c, h).font = BOLD
            ws.column_dimensions[get_column_letter(c)].width = 16
        row = HR + 1
        data_rows = []
        for n, rw in enumerate(CONS_ROWS[key], 1):
            code, name, lead, loc, sw, st, s, e, tot_k, fed_share, jobs = rw
            rng = random.Random(code)
            if isinstance(tot_k, str):
                fed_k, ext_k, prio_k = 30000, 20000, 15000
            else:
                fed_k = round(tot_k * fed_share / 50) * 50
                ext_k = tot_k - fed_k
                prio_k = round(fed_k * rng.choice([0.3, 0.5, 1.0]) / 10) * 10
            start = d(s)
            endd = d(e)
            sst = rng.choice(["date", "dmy"])
            est = "date" if endd.month != 12 or endd.day != 31 else rng.choice(["y_num", "dmy", "date", "q_ru3"])
            # spacer row between the third and fourth project of each sheet
            if n == 4 and key != "hard_to_recover":
                row += 1
            pct = round(ext_k / tot_k * 100, 1) if not isinstance(tot_k, str) and tot_k else None
            vals = [n, code, name, lead, loc, sw, write_date(start, sst), write_date(endd, est),
                    tot_k if not isinstance(tot_k, str) else tot_k,
                    fed_k if rng.random() < 0.6 else ru_num(fed_k, NBSP, 0), prio_k, ext_k, pct,
                    heads[(n + si) % len(heads)], jobs]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row, c, v)
                if isinstance(v, dt.date):
                    cell.number_format = "DD.MM.YYYY"
            if code in CONS_REJECT:
                reason, colx = CONS_REJECT[code]
                rejected.append({"sheet": sname, "row": row, "reason": reason, "column": colx, "code": code})
            else:
                out.append(dict(code=code, name=name, cluster=key, location=loc, status=st, start_date=start,
                                end_date=endd, total_cost_mln=round(tot_k / 1000, 4),
                                federal_budget_mln=round(fed_k / 1000, 4), extra_budgetary_mln=round(ext_k / 1000, 4),
                                jobs_planned=jobs, lead_organization=lead))
            data_rows.append(row)
            row += 1
        ws.cell(row + 1, 1, "Примечание: суммы указаны в тыс. руб.; средства «Приоритет-2030» входят в федеральный бюджет.")
        if key == "medtech_it":
            ws.row_dimensions[data_rows[1]].hidden = True
            hidden_row = {"sheet": sname, "row": data_rows[1]}
        if key == "nuclear":
            ws.column_dimensions["O"].hidden = True
            hidden_col = {"sheet": sname, "column": "O", "field": "jobs_planned"}
        sheets.append({"sheet": sname, "cluster": key, "a1": full, "header_row": HR, "data_rows": data_rows})
    ex = wb.create_sheet("Пояснения")
    ex["A1"] = "Пояснения к форме"
    ex["A2"] = "Консорциум: ТГУ, ТПУ, ТУСУР, СибГМУ, ТГАСУ, ТГПУ. Источник «Приоритет-2030» — грант из федерального бюджета."
    ex["A3"] = "Стадия: «Выполнен» = проект завершён; «в стадии реализации» = реализуется."
    save(wb, os.path.join(HERE, fn))
    exp = {
        "file": fn, "refused": False, "fields": fields, "record_count": len(out),
        "records": [rec_of(fields, r) for r in out], "rejected": rejected,
        "columns": [[h, f] for h, f in hdr], "sheets": sheets,
        "hidden": {"row": hidden_row, "column": hidden_col},
        "notes": (
            "A consortium of universities (Томский НОЦ). One sheet per cluster with a short sheet name ('Фарма', "
            "'Медтехника и ИТ', 'Ядерные технологии', 'ТрИЗ'); the full cluster name is in A1 (on 'Фарма' with the "
            "English name in brackets); the record's cluster comes from the sheet. Sheet 'Пояснения' is text, not "
            "data. Title rows 1-2, header row 4 on every sheet; a blank spacer row inside three sheets; a note row "
            "under each table. Amounts are in thousand roubles (тыс. руб. in every money header) and are given "
            "here in RUB million; some federal amounts are text with a non-breaking-space thousands separator. "
            "'в т.ч. программа «Приоритет-2030»' is a part of the federal budget (a source programme, not a "
            "canonical field) and is NOT imported; neither are '№', 'Доля софинансирования партнёров, %' and "
            "'Научный руководитель (ФИО)' (a person). Lead organisation is the university as written "
            "('ТУСУР', 'СибГМУ', ...). Status spellings: 'Выполнен' = completed, 'в стадии реализации' = "
            "in_progress, trailing spaces and ё/е vary. End dates: real dates, dd.mm.yyyy text, a bare year as a "
            "number (31 December) or '4 кв. 2026' (last day of the quarter). A data row on 'Медтехника и ИТ' is "
            "hidden and column O (jobs) on 'Ядерные технологии' is hidden: both are data. Rejected: НОЦ-ЯТ-04 "
            "(end 31.12.2024 before start 01.05.2025) and НОЦ-ТЗ-03 (total 'в стадии согласования' is not a "
            "number).")
    }
    write_expected(fn, exp)


# ================================================================ 5. regional development corporation, 1C CSV
RDC = "rdc_1c_export.csv"
RDC_ROWS = [
    # code, name, cluster_w, cl, wa_w, wa, loc_w, loc, st_w, st, start, end, tot_k, fed_k, reg_k, mb_k, ext_conf_ratio, jp, jc, lead, problems
    ("КРТ-000101", "Индустриальный парк «Томск-Восток»: вторая очередь", "", None, "Деловая среда", "business_environment", "Томский район", "Томский район", "Реализуется", "in_progress", "2022-04-01", "2026-12-31", 1845300.0, 0, 620000.0, 45000.0, 0.5, 800, 310, "АО «Корпорация развития Томской области»", "Не завершено подключение к сетям; ожидается решение по тарифу"),
    ("КРТ-000102", "Завод по производству фанеры \"Асиновский\"", "Лесопромышленный кластер", "timber", "Передовая промышленность", "industry", "г. Асино", "Асино", "Реализуется", "in_progress", "2021-08-15", "2025-12-31", 2650000.0, 400000.0, 150000.0, 0, 1.0, 450, 380, "ООО \"Асиновский ЛПК\"", None),
    ("КРТ-000103", "Глубокая переработка торфа", "—", None, "Технологические инновации, новые бизнесы", "innovation_business", "Томский район", "Томский район", "Планируется", "planned", "2025-10-01", "2028-12-31", 375500.0, 0, 50000.0, 0, 0.0, 120, 0, "ООО «ТорфИнвест»", None),
    ("КРТ-000104", "Тепличный комплекс «Северный»", "", None, "Передовая промышленность", "industry", "Стрежевой", "Стрежевой", "Завершен", "completed", "2019-05-01", "2022-10-31", 980250.5, 0, 120000.0, 30000.0, 1.0, 210, 225, "ООО «Агрокомплекс Северный»", None),
    ("КРТ-000105", "Производство изделий из композитов", "Нефтехимический кластер", "petrochemical", "Передовая промышленность", "industry", "Томск", "Томск", "Реализуется", "in_progress", "2023-02-01", "2026-06-30", 412800.0, 100000.0, 0, 0, 0.6, 95, 40, "ООО «Композит-Т»", "Задержка поставки оборудования из КНР"),
    ("КРТ-000106", "Кедровый кластер Колпашевского района", "Кластер дикоросов", "wildlife", "Технологические инновации, новые бизнесы", "innovation_business", "Колпашево", "Колпашево", "приостановлен", "suspended", "2022-07-01", "2025-12-31", 156000.0, 0, 30000.0, 6000.0, 0.3, 70, 12, "ООО «Кедр Сибири»", "Инвестор приостановил финансирование; требуется поиск соинвестора"),
    ("КРТ-000107", "Логистический центр ОЭЗ ТВТ", "", None, "Деловая среда", "business_environment", "Томск", "Томск", "Реализуется", "in_progress", "2023-06-01", "2026-12-31", 1210000.0, 500000.0, 200000.0, 0, 0.8, 150, 60, "АО «ОЭЗ ТВТ «Томск»", None),
    ("КРТ-000108", "Производство медицинских изделий из титана", "Кластер медицинской техники и информационных технологий", "medtech_it", "Передовая промышленность", "industry", "Томск", "Томск", "Завершен", "completed", "2018-03-01", "2021-12-31", 215400.0, 80000.0, 20000.0, 0, 1.0, 60, 64, "ООО «Титан-Мед»", None),
    ("КРТ-000109", "Переработка попутного газа на месторождениях ТрИЗ", "Кластер трудноизвлекаемых запасов", "hard_to_recover", "Передовая промышленность", "industry", "Стрежевой", "Стрежевой", "Планируется", "planned", "2026-03-01", "2029-12-31", 5300000.0, 0, 0, 0, 0.0, 300, 0, "ООО «Стрежевской ГПЗ»", None),
    # rejected: duplicate code with different data (both rows)
    ("КРТ-000110", "Реконструкция спортивного комплекса «Кедр»", "", None, "Умный и удобный город", "smart_city", "Северск", "Северск", "Реализуется", "in_progress", "2024-05-01", "2026-10-31", 320000.0, 100000.0, 100000.0, 20000.0, 1.0, 40, 10, "МБУ «Спортивный комплекс «Кедр»", None),
    ("КРТ-000111", "Фармацевтический склад класса А", "Фармацевтический кластер", "pharma", "Деловая среда", "business_environment", "Томский район", "Томский район", "Реализуется", "in_progress", "2024-01-15", "2025-12-31", 148900.0, 0, 0, 0, 0.9, 35, 20, "ООО «ФармЛогистик»", None),
    ("КРТ-000112", "Производство пеллет из отходов лесопиления", "Лесопромышленный кластер", "timber", "Передовая промышленность", "industry", "Асино", "Асино", "Завершен", "completed", "2020-09-01", "2022-06-30", 87650.0, 0, 10000.0, 0, 1.0, 25, 27, "ООО \"Асиновский ЛПК\"", None),
    ("КРТ-000113", "Коворкинг-центр для резидентов «Технопарк»", "", None, "Деловая среда", "business_environment", "Северск", "Северск", "Планируется", "planned", "2025-09-01", "2026-12-31", 45000.0, 0, 15000.0, 5000.0, 0.0, 15, 0, "АНО «Технопарк Северск»", None),
    ("КРТ-000114", "Завод по выпуску изотопной продукции (расширение)", "Кластер ядерных технологий", "nuclear", "Передовая промышленность", "industry", "Северск", "Северск", "Реализуется", "in_progress", "2022-11-01", "2027-12-31", 3120000.0, 1500000.0, 0, 0, 0.7, 180, 90, "АО «СХК»", "Согласование с Ростехнадзором; \"длинные\" сроки экспертизы"),
    # rejected: negative amount
    ("КРТ-000115", "Газификация промплощадки в Колпашево", "", None, "Умный и удобный город", "smart_city", "Колпашево", "Колпашево", "Реализуется", "in_progress", "2023-04-01", "2025-12-31", 260000.0, 0, -40000.0, 10000.0, 0.0, 5, 0, "Администрация Колпашевского района", None),
    ("КРТ-000116", "Завод по производству базальтового волокна", "", None, "Передовая промышленность", "industry", "Томский район", "Томский район", "Планируется", "planned", "2026-01-01", "2028-06-30", 690000.0, 0, 0, 0, 0.0, 110, 0, "ООО «Базальт-Томск»", None),
    ("КРТ-000117", "Цех глубокой переработки ягод", "Кластер дикоросов", "wildlife", "Технологические инновации, новые бизнесы", "innovation_business", "Асино", "Асино", "Реализуется", "in_progress", "2024-03-01", "2026-09-30", 54320.0, 0, 8000.0, 0, 1.0, 18, 6, "ООО «Таёжные ягоды»", None),
    ("КРТ-000118", "Модернизация котельной на биотопливе", "", None, "Умный и удобный город", "smart_city", "Стрежевой", "Стрежевой", "Завершен", "completed", "2019-08-01", "2021-11-30", 132000.0, 0, 40000.0, 12000.0, 1.0, 8, 8, "МУП «Стрежевой теплоэнергоснабжение»", None),
    ("КРТ-000119", "Центр обработки древесины ЧПУ", "Лесопромышленный кластер", "timber", "Передовая промышленность", "industry", "Томск", "Томск", "Реализуется", "in_progress", "2024-06-01", "2026-12-31", 77500.0, 0, 0, 0, 0.5, 22, 11, "ООО «Томлесдрев»", None),
]


def make_rdc():
    fn = RDC
    hdr = [("Код", "code"), ("Наименование", "name"), ("Кластер", "cluster"),
           ("Направление деятельности", "work_area"), ("Муниципальное образование", "location"),
           ("Состояние", "status"), ("Дата начала", "start_date"), ("Дата окончания", "end_date"),
           ("Сумма инвестиций всего, тыс. руб.", "total_cost_mln"), ("ФБ, тыс. руб.", "federal_budget_mln"),
           ("ОБ, тыс. руб.", "regional_budget_mln"), ("Бюджет МО, тыс. руб.", None),
           ("Внебюджет, тыс. руб.", "extra_budgetary_mln"), ("Внебюджет подтвержден (Да/Нет)", None),
           ("Подтвержденные внебюджетные, тыс. руб.", "extra_budgetary_confirmed_mln"),
           ("Резидент ОЭЗ (Да/Нет)", None), ("Рабочие места план", "jobs_planned"),
           ("Рабочие места факт", "jobs_created"), ("Инициатор", "lead_organization"),
           ("ИНН инициатора", None), ("Статус земельного участка", None), ("Проблемы/риски", "problems")]
    lines = []
    out, rejected = [], []
    fields = ALL_FIELDS
    land = ["Оформлен в аренду", "В собственности", "Не оформлен", "Идёт межевание"]
    rows = list(RDC_ROWS)
    # duplicate of КРТ-000110 with different data at the end of the file
    dup = list(rows[9])
    dup[12] = 350000.0
    dup[14] = 130000.0
    rows.append(tuple(dup))
    dup_lines = []
    line_no = 2
    for rw in rows:
        (code, name, cw, cl, waw, wa, lw, loc, sw, st, s, e, tot_k, fed_k, reg_k, mb_k, cr, jp, jc, lead, pr) = rw
        rng = random.Random(code + str(tot_k))
        ext_k = round(tot_k - fed_k - reg_k - mb_k, 2)
        conf_k = round(ext_k * cr, 2)
        def k(x):
            # 1C: decimal comma, two decimals, non-breaking-space thousands separator
            return ru_num(x, NBSP, 2)
        vals = [code, name, cw, waw, lw, sw, d(s).strftime("%d.%m.%Y"), d(e).strftime("%d.%m.%Y"),
                k(tot_k), k(fed_k), k(reg_k), k(mb_k), k(ext_k), "Да" if cr > 0 else "Нет", k(conf_k),
                "Да" if "ОЭЗ" in lead or rng.random() < 0.2 else "Нет", str(jp), str(jc),
                lead, "70" + "".join(str(rng.randint(0, 9)) for _ in range(8)), rng.choice(land), pr or ""]
        lines.append(vals)
        if reg_k < 0:
            rejected.append({"sheet": None, "row": line_no, "reason": "negative amount", "column": "K", "code": code})
        elif code == "КРТ-000110":
            dup_lines.append(line_no)
        else:
            out.append(dict(code=code, name=name, cluster=cl, work_area=wa, location=loc, status=st,
                            start_date=d(s), end_date=d(e), total_cost_mln=round(tot_k / 1000, 4),
                            federal_budget_mln=round(fed_k / 1000, 4), regional_budget_mln=round(reg_k / 1000, 4),
                            extra_budgetary_mln=round(ext_k / 1000, 4),
                            extra_budgetary_confirmed_mln=round(conf_k / 1000, 4),
                            jobs_planned=jp, jobs_created=jc, lead_organization=lead, problems=pr))
        line_no += 1
    for ln in dup_lines:
        rejected.append({"sheet": None, "row": ln, "reason": f"duplicate code КРТ-000110 (lines {dup_lines[0]} and "
                                                             f"{dup_lines[1]} differ)", "column": "A", "code": "КРТ-000110"})
    rejected.sort(key=lambda x: x["row"])
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quotechar='"', quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow([h for h, _ in hdr])
    for v in lines:
        w.writerow(v)
    with open(os.path.join(HERE, fn), "wb") as fh:
        fh.write(buf.getvalue().encode("cp1251"))
    # zero job counts written as "0" for planned projects: jobs_created 0 is a real zero, not empty
    exp = {
        "file": fn, "refused": False, "fields": fields, "record_count": len(out),
        "records": [rec_of(fields, r) for r in out], "rejected": rejected,
        "columns": [[h, f] for h, f in hdr], "encoding": "cp1251", "delimiter": ";", "header_line": 1,
        "data_lines": [2, line_no - 1],
        "notes": (
            "Export from 1C by the regional development corporation: Windows-1251, no BOM, CRLF, ';' separator, "
            "EVERY field in double quotes (1C style), inner quotes doubled (ООО \"\"Асиновский ЛПК\"\"). Line 1 is "
            f"the header; one project per line, lines 2-{line_no - 1}. Amounts are in thousand roubles (тыс. руб. in "
            "every money header), written by 1C with two decimals, a decimal comma and a NON-BREAKING space as "
            "thousands separator ('1\u00a0845\u00a0300,00'); given here in RUB million. '0,00' is a real zero. "
            "Jobs '0' are real zeros. Dates dd.mm.yyyy. Empty cluster or '—' = no cluster; 'г. Асино' = Асино. "
            "'Внебюджет подтвержден (Да/Нет)' and 'Резидент ОЭЗ (Да/Нет)' are yes/no flags, NOT money, and are "
            "not imported; the confirmed amount comes from 'Подтвержденные внебюджетные, тыс. руб.'. Not imported "
            "either: 'Бюджет МО' (municipal budget; the total includes it, so total ≠ ФБ+ОБ+внебюджет for some "
            "rows), 'ИНН инициатора', 'Статус земельного участка' (another object's status). Code values "
            "('КРТ-000101') are text with leading zeros. Rejected: line 16 КРТ-000115 (negative regional budget "
            "'-40 000,00'); lines 11 and 21 both carry КРТ-000110 with different amounts: both rejected.")
    }
    write_expected(fn, exp)


# ================================================================ 6. SME support centre, units in cell text
SME = "sme_centre_units.xlsx"
SME_ROWS = [
    # code, name, wa_w, wa, loc_w, loc, st_w, st, start, start_style, end, end_style,
    # budget (written, mln value), extra(written, value), jp, jc, person, org
    ("МБ-25-001", "Мини-пивоварня крафтового пива", "Деловая среда", "business_environment", "Томск", "Томск", "реализуется", "in_progress", "2024-03-01", "dmy", "2025-12-31", "month_ru", ("12,5", 12.5), ("10", 10.0), 8, 5, "Сергеев П.А.", "ИП Сергеев Павел Андреевич"),
    ("МБ-25-002", "Производство 3D-принтеров для школ", "Технологические инновации, новые бизнесы", "innovation_business", "Томск", "Томск", "Реализуется", "in_progress", "2023-11-15", "date", "2026-06-30", "q_slash", ("1,2 млрд", 1200.0), ("950 млн", 950.0), 60, 22, "Ким В.Ю.", "ООО «Школьная робототехника»"),
    ("МБ-25-003", "Пекарня полного цикла в Колпашево", "Деловая среда", "business_environment", "Kolpashevo", "Колпашево", "Completed", "completed", "2022-05-01", "dmy", "2023-08-31", "date", ("350 тыс.", 0.35), ("350 тыс.", 0.35), 4, 4, "Ахмедова Л.Р.", "ИП Ахмедова Лейла Рашидовна"),
    ("МБ-25-004", "Сервис доставки продуктов в северные посёлки", "Деловая среда", "business_environment", "Стрежевой", "Стрежевой", "планируется", "planned", "2025-10-01", "dmy", "2026-12-31", "mon_en", (3.8, 3.8), (3.8, 3.8), 12, None, "Ли Ч.", "ООО «Северная доставка»"),
    ("МБ-25-005", "Экспорт облепихового масла в КНР", "Технологические инновации, новые бизнесы", "innovation_business", "Томский район", "Томский район", "In progress", "in_progress", "2024-01-20", "date", "2026-03-31", "q_ru", ("0,75 bn", 750.0), ("0,6 bn", 600.0), 35, 15, "Чжан Вэй", "ООО «Сибирская облепиха»"),
    ("МБ-25-006", "Коворкинг для IT-фрилансеров", "Деловая среда", "business_environment", "Северск", "Северск", "Завершён", "completed", "2021-09-01", "dmy", "2022-12-31", "y_num", ("4 200 тыс.", 4.2), ("3 100 тыс.", 3.1), 10, 12, "Орлова Н.С.", "ООО «Кодинг-Хаб»"),
    ("МБ-25-007", "Лазерная резка металла", "Технологические инновации, новые бизнесы", "innovation_business", "Томск", "Томск", "реализуется", "in_progress", "2024-06-01", "dmy", "2025-12-31", "q_slash", ("27,4", 27.4), ("20,4", 20.4), 9, 6, "Гусев К.М.", "ООО «ЛазерТех»"),
    # rejected: approximate amount
    ("МБ-25-008", "Гостевой дом на Оби", "Деловая среда", "business_environment", "Колпашево", "Колпашево", "Планируется", "planned", "2025-08-01", "dmy", "2026-09-30", "q_ru", ("около 2 млн", None), ("1,5", 1.5), 3, None, "Зуева Т.Г.", "ИП Зуева Татьяна Геннадьевна"),
    ("МБ-25-009", "Переработка пластиковых отходов", "Технологические инновации, новые бизнесы", "innovation_business", "Асино", "Асино", "В работе", "in_progress", "2023-04-01", "date", "2026-12-31", "month_ru_g", ("68 млн", 68.0), ("51 млн", 51.0), 25, 14, "Белов Д.И.", "ООО «ЭкоПласт Асино»"),
    ("МБ-25-010", "Студия разработки мобильных игр", "Технологические инновации, новые бизнесы", "innovation_business", "Tomsk", "Томск", "completed", "completed", "2020-02-01", "dmy", "2022-06-30", "dmy", ("15,75", 15.75), ("15,75", 15.75), 18, 21, "Никитин А.А.", "ООО «Гейм-Студио»"),
    ("МБ-25-011", "Фермерская сыроварня", "Деловая среда", "business_environment", "Томский район", "Томский район", "Приостановлен", "suspended", "2023-07-01", "dmy", "2025-12-31", "mon_en", ("8 900 тыс.", 8.9), ("6 000 тыс.", 6.0), 6, 2, "Фролова Е.В.", "КФХ Фролова Е.В."),
    ("МБ-25-012", "Производство сэндвич-панелей", "Технологические инновации, новые бизнесы", "innovation_business", "Стрежевой", "Стрежевой", "Реализуется", "in_progress", "2024-09-01", "date", "2027-03-31", "q_slash", ("0,32 млрд", 320.0), ("250 млн", 250.0), 40, 10, "Ермаков С.В.", "ООО «СеверПанель»"),
    ("МБ-25-013", "Детский технопарк «Кванториум-мини»", "Деловая среда", "business_environment", "Асино", "Асино", "Planned", "planned", "2026-02-01", "dmy", "2027-08-31", "month_en", (5.5, 5.5), (None, None), 7, None, "Титова И.О.", "АНО «Детский технопарк Асино»"),
    # rejected: end before start
    ("МБ-25-014", "Ремонт сельхозтехники с выездом", "Деловая среда", "business_environment", "Колпашево", "Колпашево", "реализуется", "in_progress", "2025-03-01", "dmy", "2024-12-31", "y_num", ("2,1", 2.1), ("2,1", 2.1), 5, 3, "Карпов Ю.Н.", "ИП Карпов Юрий Николаевич"),
    ("МБ-25-015", "Производство кормов для аквакультуры", "Технологические инновации, новые бизнесы", "innovation_business", "Томский район", "Томский район", "Реализуется", "in_progress", "2024-04-10", "date", "2026-12-31", "q_ru", ("47 500 тыс.", 47.5), ("30 000 тыс.", 30.0), 16, 8, "Исаев Р.Ф.", "ООО «АкваКорм»"),
    ("МБ-25-016", "Онлайн-школа английского для вахтовиков", "Деловая среда", "business_environment", "Strezhevoy", "Стрежевой", "Completed", "completed", "2021-01-10", "dmy", "2021-12-31", "y_g", ("600 тыс.", 0.6), ("600 тыс.", 0.6), 3, 3, "Грин Э.", "ИП Грин Элеонора"),
    ("МБ-25-017", "Мастерская по ремонту дронов", "Технологические инновации, новые бизнесы", "innovation_business", "Северск", "Северск", "в работе", "in_progress", "2024-10-01", "dmy", "2026-06-30", "mon_en", ("19,9", 19.9), ("12", 12.0), 6, 2, "Павлов О.Е.", "ООО «ДронСервис»"),
]
SME_REJECT = {"МБ-25-008": ("not a number: 'около 2 млн'", "H"), "МБ-25-014": ("end date before start date", "G")}


def make_sme():
    fn = SME
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Реестр проектов"
    ws["A1"] = "Центр «Мой бизнес» Томской области — реестр проектов субъектов МСП, получивших поддержку (SME support registry)"
    ws["A1"].font = BOLD
    hdr = [("Код заявки / Code", "code"), ("Проект (Project)", "name"), ("Направление", "work_area"),
           ("Location / Место реализации", "location"), ("Стадия (stage)", "status"),
           ("Дата старта", "start_date"), ("Плановое завершение (planned end)", "end_date"),
           ("Бюджет проекта (Project budget)", "total_cost_mln"),
           ("Внебюджетные средства (собственные и заёмные)", "extra_budgetary_mln"),
           ("Получено господдержки на дату отчёта", None), ("Доля собственных средств, %", None),
           ("Рабочие места (план / plan)", "jobs_planned"), ("Создано рабочих мест (created)", "jobs_created"),
           ("Предприниматель (ФИО) / Entrepreneur", None), ("Организация / Company", "lead_organization"),
           ("ОГРН / ОГРНИП", None)]
    HR = 2
    for c, (h, _) in enumerate(hdr, 1):
        ws.cell(HR, c, h).font = BOLD
        ws.column_dimensions[get_column_letter(c)].width = 18
    fields = ["code", "name", "work_area", "location", "status", "start_date", "end_date", "total_cost_mln",
              "extra_budgetary_mln", "jobs_planned", "jobs_created", "lead_organization"]
    row = HR + 1
    out, rejected = [], []
    blank_row = None
    for n, rw in enumerate(SME_ROWS, 1):
        (code, name, waw, wa, lw, loc, sw, st, s, ss, e, es, bud, ext, jp, jc, person, org) = rw
        rng = random.Random(code)
        if n == 10:
            blank_row = row
            for c in range(1, len(hdr) + 1):
                ws.cell(row, c, None)
            ws.cell(row, 2, "  ")
            row += 1
        received = rng.choice(["0,5 млн", "1 200 тыс.", "грант 500 тыс.", 0.3, None])
        share = rng.choice([20, 35, 50, 80, 100])
        ogrn = "3" + "".join(str(rng.randint(0, 9)) for _ in range(14))
        vals = [code, name, waw, lw, sw, write_date(d(s), ss), write_date(d(e), es), bud[0], ext[0],
                received, share, jp, jc, person, org, ogrn]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row, c, v)
            if isinstance(v, dt.date):
                cell.number_format = "DD.MM.YYYY"
        if code in SME_REJECT:
            reason, colx = SME_REJECT[code]
            rejected.append({"sheet": ws.title, "row": row, "reason": reason, "column": colx, "code": code})
        else:
            out.append(dict(code=code, name=name, work_area=wa, location=loc, status=st, start_date=d(s),
                            end_date=d(e), total_cost_mln=bud[1], extra_budgetary_mln=ext[1], jobs_planned=jp,
                            jobs_created=jc, lead_organization=org))
        row += 1
    last = row - 1
    ws.cell(row + 1, 1, "Суммы без указания единиц — в млн руб.; в остальных случаях единица указана в ячейке.")
    save(wb, os.path.join(HERE, fn))
    exp = {
        "file": fn, "refused": False, "fields": fields, "record_count": len(out),
        "records": [rec_of(fields, r) for r in out], "rejected": rejected,
        "columns": [[h, f] for h, f in hdr], "header_row": HR, "data_rows": [HR + 1, last],
        "skipped_rows": {str(blank_row): "blank row (one cell holds spaces)", str(row + 1): "footnote"},
        "notes": (
            "An SME support centre («Мой бизнес»). Sheet 'Реестр проектов', title row 1, header row 2 (Russian and "
            f"English captions), data rows 3-{last}; row {blank_row} is blank (one cell holds only spaces) and is "
            f"skipped; row {row + 1} is a footnote saying that amounts without a unit are RUB million and that "
            "otherwise the unit is written in the cell. The money headers state NO unit. DECISION: a careful clerk "
            "reads a bare number ('12,5', 27.4 as a number) as RUB million (the default, confirmed by the footnote) "
            "and a number followed by a unit word as that unit: '1,2 млрд' = 1200, '0,32 млрд' = 320, '0,75 bn' = "
            "750, '950 млн' = 950, '350 тыс.' = 0.35, '4 200 тыс.' = 4.2. 'около 2 млн' (approximately) is not a "
            "number and rejects its row (МБ-25-008). Dates: start as real dates or dd.mm.yyyy; planned end as "
            "'декабрь 2025', 'Декабрь 2026 г.', 'Dec-2026', 'August 2027' (last day of the month), 'Q2/2026', "
            "'I кв. 2026' (last day of the quarter), 2022 as a number or '2021 г.' (31 December). Location in "
            "Russian or English ('Kolpashevo', 'Tomsk', 'Strezhevoy'). Status Russian or English, 'В работе' = "
            "in_progress. Lead organisation is the company or the sole trader as written ('ИП ...', 'КФХ ...'). "
            "Not imported: 'Получено господдержки на дату отчёта' (support received to date; mixed text), 'Доля "
            "собственных средств, %' (a percentage), 'Предприниматель (ФИО)' (a person where an organisation is "
            "wanted), 'ОГРН / ОГРНИП'. Rejected: МБ-25-008 (budget 'около 2 млн') and МБ-25-014 (end 2024 before "
            "start 01.03.2025).")
    }
    write_expected(fn, exp)


# ================================================================ 7. northern municipal district, formulas
NORTH = "north_district_formulas.xlsx"
NORTH_ROWS = [
    # code, name, loc_w, loc, st_w, st, end (year or text), end_date, fed, reg, mb, ext, jobs (int or formula), org, permit
    ("КЛП-01", "Строительство школы на 550 мест в г. Колпашево", "г. Колпашево", "Колпашево", "Реализуется", "in_progress", 2026, "2026-12-31", 620.4, 210.0, 15.2, 0.0, 60, "Администрация Колпашевского района", "Получено"),
    ("КЛП-02", "Берегоукрепление р. Обь в г. Колпашево (II очередь)", "Колпашево", "Колпашево", "Реализуется", "in_progress", "2027 г.", "2027-12-31", 1450.0, 160.5, 4.3, 0.0, 0, "МКУ «Агентство по управлению капитальным строительством»", "Получено"),
    ("КЛП-03", "Модернизация водозабора и очистных сооружений", "Колпашево", "Колпашево", "Планируется", "planned", 2028, "2028-12-31", 0.0, 95.0, 5.0, 12.5, "=3+2", "МУП «Коммунальное хозяйство»", "Не требуется"),
    ("СТР-01", "Реконструкция аэропорта Стрежевой", "г. Стрежевой", "Стрежевой", "в работе", "in_progress", 2026, "2026-12-31", 980.0, 310.0, 0.0, 45.0, 35, "АО «Аэропорт Стрежевой»", "Получено"),
    ("СТР-02", "Культурно-спортивный центр «Нефтяник»", "Стрежевой", "Стрежевой", "Завершён", "completed", "2024", "2024-12-31", 0.0, 182.3, 20.1, 97.6, "=10+4", "ООО «Стрежевой-Спорт»", "Введён в эксплуатацию"),
    ("СТР-03", "Переработка нефтешламов на полигоне", "Стрежевой", "Стрежевой", "Планируется", "planned", 2027, "2027-12-31", 0.0, 0.0, 0.0, 410.0, 48, "ООО «ЭкоНефтеСервис»", "Не получено"),
    ("КЛП-04", "Лесоперерабатывающий комплекс в с. Тогур", "Колпашево", "Колпашево", "Реализуется", "in_progress", "2026 г.", "2026-12-31", 0.0, 25.0, 0.0, 340.8, 120, "ООО «Тогурлес»", "Получено"),
    # rejected: formula without cached value (row of the total)
    ("КЛП-05", "Цех переработки рыбы в с. Тогур", "Колпашево", "Колпашево", "Планируется", "planned", 2027, "2027-12-31", 0.0, 12.0, 1.5, 48.0, 22, "ООО «Обская рыба»", "Не получено"),
    ("СТР-04", "Детский сад на 220 мест (мкр. 7)", "Стрежевой", "Стрежевой", "Реализуется", "in_progress", 2025, "2025-12-31", 210.0, 90.0, 11.4, 0.0, 40, "Администрация городского округа Стрежевой", "Получено"),
    ("КЛП-06", "Газификация с. Тогур", "Колпашево", "Колпашево", "Приостановлен", "suspended", 2026, "2026-12-31", 0.0, 140.0, 7.0, 0.0, "=5", "Администрация Колпашевского района", "Приостановлено"),
    ("СТР-05", "Технопарк нефтесервисных компаний", "Стрежевой", "Стрежевой", "Планируется", "planned", "2028", "2028-12-31", 300.0, 120.0, 0.0, 280.0, 150, "АНО «Стрежевской технопарк»", "Не получено"),
    ("КЛП-07", "Обустройство пристани и речного вокзала", "Колпашево", "Колпашево", "Завершён", "completed", 2023, "2023-12-31", 0.0, 56.7, 3.3, 0.0, 6, "МКУ «Агентство по управлению капитальным строительством»", "Введён в эксплуатацию"),
    ("СТР-06", "Солнечная электростанция 5 МВт", "Стрежевой", "Стрежевой", "Реализуется", "in_progress", 2025, "2025-12-31", 0.0, 0.0, 0.0, 512.6, 12, "ООО «Северная генерация»", "Получено"),
    ("КЛП-08", "Центр сбора и переработки дикоросов", "Колпашево", "Колпашево", "реализуется", "in_progress", "2026 г.", "2026-12-31", 0.0, 18.0, 0.0, 64.4, "=12+6", "ООО «Кедровый край»", "Не требуется"),
    ("СТР-07", "Дорога к промзоне «Северная» (3,2 км)", "Стрежевой", "Стрежевой", "Реализуется", "in_progress", 2026, "2026-12-31", 0.0, 402.0, 38.0, 0.0, 0, "Администрация городского округа Стрежевой", "Получено"),
    ("КЛП-09", "Модульная котельная в мкр. Геолог", "Колпашево", "Колпашево", "Завершён", "completed", "2024", "2024-12-31", 0.0, 44.0, 2.6, 0.0, 3, "МУП «Коммунальное хозяйство»", "Введён в эксплуатацию"),
]
NORTH_UNCACHED = {"КЛП-05"}


def make_north():
    fn = NORTH
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Северные территории"
    ws["A1"] = "Сведения о проектах северных территорий (Колпашевский район, городской округ Стрежевой) для программы «ИНО Томск»"
    ws["A2"] = "млн руб."
    hdr = [("№", None), ("Код", "code"), ("Наименование мероприятия (проекта)", "name"),
           ("Место реализации", "location"), ("Статус", "status"), ("Год окончания", "end_date"),
           ("ФБ, млн руб.", "federal_budget_mln"), ("ОБ, млн руб.", "regional_budget_mln"),
           ("МБ (местный бюджет), млн руб.", None), ("Внебюджетные источники, млн руб.", "extra_budgetary_mln"),
           ("Всего, млн руб.", "total_cost_mln"), ("в т.ч. 2025 г., млн руб.", None),
           ("Рабочие места (план)", "jobs_planned"), ("Ответственный исполнитель (ФИО, должность)", None),
           ("Ответственная организация", "lead_organization"), ("Разрешение на строительство (статус)", None)]
    HR = 3
    for c, (h, _) in enumerate(hdr, 1):
        ws.cell(HR, c, h).font = BOLD
        ws.column_dimensions[get_column_letter(c)].width = 16
    fields = ["code", "name", "location", "status", "end_date", "total_cost_mln", "federal_budget_mln",
              "regional_budget_mln", "extra_budgetary_mln", "jobs_planned", "lead_organization"]
    people = ["Морозов А.И., зам. главы", "Седых О.В., начальник отдела", "Кравец Н.П., директор МКУ"]
    cached, uncached = {}, set()
    row = HR + 1
    out, rejected = [], []
    first = row
    formula_cells = 0
    for n, rw in enumerate(NORTH_ROWS, 1):
        (code, name, lw, loc, sw, st, endw, e, fed, reg, mb, ext, jobs, org, permit) = rw
        total = round(fed + reg + mb + ext, 1)
        slice25 = round(total * 0.2, 1)
        vals = [n, code, name, lw, sw, endw, fed, reg, mb, ext, f"=SUM(G{row}:J{row})", slice25, jobs,
                people[n % 3], org, permit]
        for c, v in enumerate(vals, 1):
            ws.cell(row, c, v)
        if code in NORTH_UNCACHED:
            uncached.add((0, f"K{row}"))
        else:
            cached[(0, f"K{row}")] = total
        formula_cells += 1
        jv = jobs
        if isinstance(jobs, str):
            jv = eval(jobs[1:])
            cached[(0, f"M{row}")] = jv
            formula_cells += 1
        if code in NORTH_UNCACHED:
            rejected.append({"sheet": ws.title, "row": row, "reason": "formula without a cached value",
                             "column": "K", "code": code})
        else:
            out.append(dict(code=code, name=name, location=loc, status=st, end_date=d(e), total_cost_mln=total,
                            federal_budget_mln=fed, regional_budget_mln=reg, extra_budgetary_mln=ext,
                            jobs_planned=jv, lead_organization=org))
        row += 1
    last = row - 1
    ws.cell(row, 3, "Итого по северным территориям")
    tot_cached = {}
    for c in "GHIJKLM":
        ws[f"{c}{row}"] = f"=SUM({c}{first}:{c}{last})"
        col = "GHIJKLM".index(c)
        s = 0
        for rw in NORTH_ROWS:
            fed, reg, mb, ext = rw[8], rw[9], rw[10], rw[11]
            jobs = rw[12]
            vals = {"G": fed, "H": reg, "I": mb, "J": ext, "K": fed + reg + mb + ext,
                    "L": round((fed + reg + mb + ext) * 0.2, 1), "M": eval(jobs[1:]) if isinstance(jobs, str) else jobs}
            s += vals[c]
        cached[(0, f"{c}{row}")] = round(s, 1)
        formula_cells += 1
    totals_row = row
    ws.cell(row + 2, 1, "Примечание: графа «Всего» включает средства местного бюджета; год окончания — плановый.")
    save(wb, os.path.join(HERE, fn))
    patch_cached(os.path.join(HERE, fn), cached, uncached)
    exp = {
        "file": fn, "refused": False, "fields": fields, "record_count": len(out),
        "records": [rec_of(fields, r) for r in out], "rejected": rejected,
        "columns": [[h, f] for h, f in hdr], "header_row": HR, "data_rows": [first, last], "totals_row": totals_row,
        "skipped_rows": {"1": "title", "2": "unit line", str(totals_row): "totals", str(totals_row + 2): "footnote"},
        "formula_cells": formula_cells,
        "notes": (
            "A northern municipal district (Колпашевский район together with городской округ Стрежевой). Title row 1, "
            f"row 2 says 'млн руб.', header row {HR}, data rows {first}-{last}; row {totals_row} is the totals row "
            "('Итого по северным территориям', SUM formulas with cached results; not a project); the row two lines "
            "below it is a footnote. 'Всего, млн руб.' is a formula =SUM(G:J) with a cached result on every row "
            "and it INCLUDES the municipal budget (column I): total_cost_mln is the cached total as written, "
            "even though it is not ФБ+ОБ+внебюджет. Four job counts are formulas (=3+2, =10+4, =5, =12+6) with "
            f"cached results. The total in row {rejected[0]['row']} (КЛП-05) has no cached value: that row is "
            "rejected ('formula without a cached value'), not read as 0. End date from 'Год окончания': a year as "
            "a number (2026), as text ('2024') or as '2027 г.' = 31 December. 'г. Колпашево' = Колпашево, "
            "'г. Стрежевой' = Стрежевой. Jobs 0 is a real zero. Not imported: '№', 'МБ (местный бюджет)' "
            "(municipal budget), 'в т.ч. 2025 г.' (a one-year slice), 'Ответственный исполнитель (ФИО, должность)' "
            "(a person), 'Разрешение на строительство (статус)' (another object's status - of the building permit, "
            "not of the project). Amounts are RUB million.")
    }
    write_expected(fn, exp)


# ================================================================ re-saves with LibreOffice
def resave(src, ext):
    if not shutil.which("soffice"):
        return None
    os.makedirs(RS, exist_ok=True)
    tmp = "/tmp/agency16_lo"
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", ext,
                    "--outdir", RS, os.path.join(HERE, src)], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=180)
    out = os.path.splitext(src)[0] + "." + ext
    with open(os.path.join(HERE, src.rsplit(".", 1)[0] + ".expected.json"), encoding="utf-8") as fh:
        exp = json.load(fh)
    exp["file"] = out
    exp["resaved_from"] = src
    exp["notes"] = (f"{src} re-saved by LibreOffice (soffice --headless --convert-to {ext}); same records, same "
                    "rejected rows and layout. " + exp["notes"])
    with open(os.path.join(RS, out.rsplit(".", 1)[0] + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return out


def main():
    base = make_summary()
    make_update(base)
    make_kz()
    make_consortium()
    make_rdc()
    make_sme()
    make_north()
    resave(KZ, "xls")
    resave(CONS, "ods")


if __name__ == "__main__":
    main()
