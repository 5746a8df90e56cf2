#!/usr/bin/env python3
"""Generator of the agency21 evaluation set (INO Desktop Excel/CSV importer).

Deterministic: no randomness; every value is written out below. Writes six input files and
one `<file>.expected.json` per file into the folder of this script. LibreOffice re-saves are
made separately by resave_agency21.sh (see README.md).

Usage: python make_agency21.py
"""
import csv
import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

OUT = Path(__file__).resolve().parent
NBSP = "\u00a0"
ALL_FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date",
              "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
              "extra_budgetary_mln", "extra_budgetary_confirmed_mln", "jobs_planned",
              "jobs_created", "lead_organization", "problems"]


# ----------------------------------------------------------------------------- helpers
def ru(v, dec=1, sep=NBSP):
    """Number written the Russian way: thousands by (nb)space, decimal comma."""
    q = Decimal(str(v)).quantize(Decimal(1).scaleb(-dec)) if dec else Decimal(str(v))
    s = f"{q:,.{dec}f}" if dec else f"{q:,}"
    return s.replace(",", " ").replace(".", ",").replace(" ", sep)


def mln(v, factor):
    """Exact conversion of an amount written in the file's unit into RUB million."""
    if v is None:
        return None
    r = Decimal(str(v)) * Decimal(factor)
    return float(r.normalize()) if r != 0 else 0.0


def money_cell(v, form):
    """form: 'n' number, 't' Russian text with NBSP, 's' Russian text with plain space."""
    if v is None:
        return None
    if form == "n":
        return v
    return ru(v, 1, NBSP if form == "t" else " ")


def last_day_of_quarter(q, y):
    return {1: dt.date(y, 3, 31), 2: dt.date(y, 6, 30), 3: dt.date(y, 9, 30), 4: dt.date(y, 12, 31)}[q]


def date_cell(spec):
    """spec -> (cell value, number_format or None, expected ISO date or None).

    ('d', date)        real Excel date
    ('t', date)        text dd.mm.yyyy
    ('y', year)        whole number in a General cell -> 31 December
    ('yt', year)       text '2026' -> 31 December
    ('q', text, q, y)  quarter written as text -> last day of the quarter
    None               empty
    """
    if spec is None:
        return None, None, None
    k = spec[0]
    if k == "d":
        return dt.datetime.combine(spec[1], dt.time()), "DD.MM.YYYY", spec[1].isoformat()
    if k == "t":
        return spec[1].strftime("%d.%m.%Y"), None, spec[1].isoformat()
    if k == "y":
        return spec[1], "General", dt.date(spec[1], 12, 31).isoformat()
    if k == "yt":
        return str(spec[1]), None, dt.date(spec[1], 12, 31).isoformat()
    if k == "q":
        return spec[1], None, last_day_of_quarter(spec[2], spec[3]).isoformat()
    raise ValueError(spec)


def D(y, m, d):
    return dt.date(y, m, d)


def put(ws, row, col, value, fmt=None):
    c = ws.cell(row=row, column=col, value=value)
    if fmt:
        c.number_format = fmt
    return c


def write_expected(fname, fields, records, rejected, columns, notes, folder=OUT, **extra):
    for r in records:
        assert list(r.keys()) == fields, (fname, r.get("code"), list(r.keys()))
    doc = {"file": fname, "refused": False, "fields": fields, "record_count": len(records),
           "records": records, "rejected": rejected}
    doc.update(extra)
    doc["columns"] = columns
    doc["notes"] = notes
    (folder / f"{fname}.expected.json").write_text(
        json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


CLUSTER_CANON = {  # spelling written in the file -> key (only spellings used below)
    None: None, "": None, "—": None, "n/a": None,
}

# ============================================================================ file 1
# University report: two-level merged header, title rows, column-number row, section
# headings, section subtotals, grand total, footnote and signature. Money in тыс. руб.
# (said once, in the parent header «Объём финансирования, тыс. руб.» and in the two
# separate money columns).
U1_NAME = "univ_niokr.xlsx"
U1_SHEET = "Форма 1"

# Each project: code, name, kind(D), contract(E), work area text(F), cluster text(G),
# place text(H), start spec(I), end spec(J), money in тыс. руб. (K total, L ФБ, M ОБ, N ВБС),
# O 2024 slice, P confirmed, Q spent to date, R % , S partner, T lead org, U head (person),
# V status text, W jobs plan, X jobs created, Y problems; plus canonical keys and cell forms.
U1_SECTIONS = [
    ("Раздел I. Научно-исследовательские и опытно-конструкторские работы (НИОКР), гранты РНФ", [
        dict(code="INO-2101", name="Разработка технологии получения высокочистого оксида бериллия",
             kind="НИОКР", contract="Дог. № 17-114/22 от 01.03.2022",
             wa="Передовая промышленность", wa_k="industry",
             cl="ядерных технологий", cl_k="nuclear", pl="ЗАТО Северск", pl_k="Северск",
             start=("d", D(2022, 3, 1)), end=("q", "IV кв. 2025", 4, 2025),
             tot=48600.0, fb=30000.0, ob=4600.0, vbs=14000.0, forms="nnnn",
             y2024=12000.0, conf=14000.0, spent=31250.4, pct=64.3,
             partner="АО «Сибирский химический комбинат»", lead="ТПУ", head="Кузнецов А.И.",
             st="выполняется", st_k="in_progress", jp=12, jc=8, prob=None),
        dict(code="INO-2102", name="Катализаторы глубокой переработки попутного нефтяного газа",
             kind="НИОКР", contract="Дог. № 05/21-НХ от 15.01.2021",
             wa="Передовая промышленность", wa_k="industry",
             cl="нефтехимический", cl_k="petrochemical", pl="г. Томск", pl_k="Томск",
             start=("t", D(2021, 1, 15)), end=("y", 2024),
             tot=125400.5, fb=62700.0, ob=0.0, vbs=62700.5, forms="tnnt",
             y2024=20000.0, conf=50000.0, spent=125400.5, pct=100.0,
             partner="ООО «Томскнефтехим»", lead="ИХН СО РАН", head="Восмерикова Л.Н.",
             st="работы завершены", st_k="completed", jp=25, jc=25, prob=None),
        dict(code="INO-2103", name="Грант РНФ: биоразлагаемые полимеры медицинского назначения",
             kind="грант РНФ", contract="РНФ № 23-13-00418",
             wa="Наука и образование", wa_k="science_education",
             cl="фармацевтический", cl_k="pharma", pl="г. Томск", pl_k="Томск",
             start=("d", D(2023, 7, 1)), end=("t", D(2026, 6, 30)),
             tot=21000.0, fb=21000.0, ob=0.0, vbs=0.0, forms="nnsn",
             y2024=7000.0, conf=0.0, spent=9800.0, pct=46.7,
             partner=None, lead="ТПУ", head="Твердохлебов С.И.",
             st="реализуется", st_k="in_progress", jp=4, jc=4, prob=None),
        dict(code="INO-2104", name="Цифровой двойник месторождения с трудноизвлекаемыми запасами",
             kind="НИОКР", contract="Дог. № 3-ТрИЗ/2022",
             wa="Технологические инновации и новые бизнесы", wa_k="innovation_business",
             cl="ТрИЗ", cl_k="hard_to_recover", pl="г. Стрежевой", pl_k="Стрежевой",
             start=("t", D(2022, 9, 1)), end=("q", "II кв. 2025", 2, 2025),
             tot=96750.0, fb=40000.0, ob=6750.0, vbs=50000.0, forms="nntn",
             y2024=0.0, conf=35500.0, spent=38100.0, pct=39.4,
             partner="ООО «Стрежевской нефтесервис»", lead="ТПУ", head="Ерофеев В.И.",
             st="приостановлен до решения", st_k="suspended", jp=18, jc=6,
             prob="Индустриальный партнёр приостановил финансирование второго этапа"),
        dict(code="INO-2105", name="Технология переработки кедрового ореха с получением пищевых ингредиентов",
             kind="НИОКР", contract="Дог. № 44/24-Д",
             wa="Передовая промышленность", wa_k="industry",
             cl="дикоросы", cl_k="wildlife", pl="Томский район", pl_k="Томский район",
             start=("d", D(2024, 2, 1)), end=("y", 2026),
             tot=9850.0, fb=0.0, ob=3000.0, vbs=6850.0, forms="nnnn",
             y2024=2500.0, conf=None, spent=1200.0, pct=12.2,
             partner="ООО «Сибирский кедр»", lead="ТПУ", head="Белоусов А.С.",
             st="на стадии проектирования", st_k="planned", jp=6, jc=0, prob=None),
        dict(code="INO-2106", name="Малогабаритный рентгеновский аппарат для ветеринарной диагностики",
             kind="НИОКР", contract="Дог. № 12-МТ/2023",
             wa="Передовая промышленность", wa_k="industry",
             cl="медтехника и ИТ", cl_k="medtech_it", pl="г. Томск", pl_k="Томск",
             start=("d", D(2023, 4, 10)), end=("q", "IV кв. 2024", 4, 2024),
             tot=33300.0, fb=20000.0, ob=3300.0, vbs=10000.0, forms="tnnn",
             y2024=15000.0, conf=10000.0, spent=33300.0, pct=100.0,
             partner="ООО «Рентгенпром»", lead="ТПУ", head="Штейн М.М.",
             st="завершён", st_k="completed", jp=10, jc=10, prob=None),
    ]),
    ("Раздел II. Программа стратегического академического лидерства «Приоритет-2030», "
     "образовательные проекты", [
        dict(code="INO-2107", name="Стратегический проект «Трансформация энергетики» (Приоритет-2030)",
             kind="Приоритет-2030", contract="Согл. № 075-15-2021-1203",
             wa="Наука и образование", wa_k="science_education",
             cl="—", cl_k=None, pl="г. Томск", pl_k="Томск",
             start=("d", D(2021, 1, 1)), end=("d", D(2030, 12, 31)),
             tot=1250000.0, fb=1100000.0, ob=50000.0, vbs=100000.0, forms="tttt",
             y2024=160000.0, conf=80000.0, spent=512000.0, pct=41.0,
             partner=None, lead="ТПУ", head="Боев А.Г.",
             st="Реализуется", st_k="in_progress", jp=120, jc=64, prob=None),
        dict(code="INO-2108", name="Сетевая магистерская программа «Инжиниринг ядерных установок»",
             kind="образовательный проект", contract="Согл. № 2022-СМП-07",
             wa="Наука и образование", wa_k="science_education",
             cl="Ядерных технологий", cl_k="nuclear", pl="ЗАТО Северск", pl_k="Северск",
             start=("d", D(2022, 9, 1)), end=("t", D(2026, 8, 31)),
             tot=18400.0, fb=9200.0, ob=4600.0, vbs=4600.0, forms="nnnn",
             y2024=4600.0, conf=4600.0, spent=9200.0, pct=50.0,
             partner="АО «Сибирский химический комбинат»", lead="ТПУ", head="Верхотурова В.В.",
             st="выполняется", st_k="in_progress", jp=3, jc=3, prob=None),
        dict(code="INO-2109", name="Студенческий технопарк «Политехник»: развёртывание второй очереди",
             kind="Приоритет-2030", contract="Согл. № 075-15-2020-П14",
             wa="Технологические инновации, новые бизнесы", wa_k="innovation_business",
             cl=None, cl_k=None, pl="г. Томск", pl_k="Томск",
             start=("d", D(2020, 3, 1)), end=("yt", 2023),
             tot=75000.0, fb=0.0, ob=25000.0, vbs=50000.0, forms="nnnn",
             y2024=0.0, conf=50000.0, spent=75000.0, pct=100.0,
             partner="ООО «Элеси»", lead="ТПУ", head="Чубик П.С.",
             st="работы завершены", st_k="completed", jp=40, jc=46, prob=None),
        dict(code="INO-2110", name="Инженерная школа для учащихся Колпашевского района",
             kind="образовательный проект", contract="Согл. № ОБ-88/2024",
             wa="Наука и образование", wa_k="science_education",
             cl="—", cl_k=None, pl="г. Колпашево", pl_k="Колпашево",
             start=("d", D(2024, 9, 1)), end=("q", "I кв. 2027", 1, 2027),
             tot=6200.0, fb=0.0, ob=6200.0, vbs=0.0, forms="nnnn",
             y2024=1200.0, conf=0.0, spent=600.0, pct=9.7, conf_form="t",
             partner=None, lead="ТПУ", head="Лазарева Т.Н.",
             st="планируется", st_k="planned", jp=2, jc=0,
             prob="Не определён источник софинансирования на 2026–2027 гг."),
        dict(code="INO-2111", name="Центр компетенций «Умный город» на базе ТУСУР",
             kind="Приоритет-2030", contract="Дог. № 2023/УГ-01",
             wa="Умный и удобный город", wa_k="smart_city",
             cl="—", cl_k=None, pl="г. Томск", pl_k="Томск",
             start=("d", D(2023, 1, 15)), end=("d", D(2025, 12, 20)),
             tot=54000.0, fb=27000.0, ob=13500.0, vbs=13500.0, forms="nnnn",
             y2024=18000.0, conf=9000.0, spent=30100.0, pct=55.7,
             partner="ПАО «Ростелеком»", lead="ТУСУР", head="Шелупанов А.А.",
             st="ведутся работы", st_k="in_progress", jp=15, jc=9, prob=None),
        dict(code="INO-2112", name="Акселерационная программа для технологических стартапов «Томский акселератор»",
             kind="образовательный проект", contract="Дог. № 14-АП/2022",
             wa="Деловая среда", wa_k="business_environment",
             cl=None, cl_k=None, pl="г. Томск", pl_k="Томск",
             start=("t", D(2022, 2, 1)), end=("t", D(2022, 11, 30)),
             tot=3450.5, fb=0.0, ob=3450.5, vbs=0.0, forms="ntnn",
             y2024=0.0, conf=None, spent=3450.5, pct=100.0,
             partner=None, lead="ТПУ", head="Ильина О.В.",
             st="завершен", st_k="completed", jp=None, jc=None, prob=None),
        dict(code="INO-2113", name="Опытно-промышленная установка получения лекарственных субстанций из сырья дикоросов",
             kind="Приоритет-2030", contract="Согл. № 075-15-2024-П31",
             wa="Передовая промышленность", wa_k="industry",
             cl="фармацевтический", cl_k="pharma", pl="г. Асино", pl_k="Асино",
             start=("d", D(2024, 6, 1)), end=("q", "IV кв. 2026", 4, 2026),
             tot=210000.0, fb=0.0, ob=60000.0, vbs=150000.0, forms="snns",
             y2024=5000.0, conf=42000.0, spent=4100.0, pct=2.0,
             partner="ООО «Асиновский фармзавод»", lead="ТПУ", head="Краснокутская Е.А.",
             st="на стадии проектирования", st_k="planned", jp=35, jc=0,
             prob="Требуется выделение земельного участка в границах Асиновского городского поселения"),
    ]),
]

U1_COLS = [  # (letter index 1.., top header, sub header or None, canonical field or None)
    ("№ п/п", None, None),
    ("Шифр проекта", None, "code"),
    ("Наименование проекта (мероприятия)", None, "name"),
    ("Вид работ", None, None),
    ("№ договора (соглашения)", None, None),
    ("Направление программы ИНО «Томск»", None, "work_area"),
    ("Кластер", None, "cluster"),
    ("Муниципальное образование", None, "location"),
    ("Сроки реализации", "начало", "start_date"),
    ("Сроки реализации", "окончание", "end_date"),
    ("Объём финансирования, тыс. руб.", "всего", "total_cost_mln"),
    ("Объём финансирования, тыс. руб.", "ФБ", "federal_budget_mln"),
    ("Объём финансирования, тыс. руб.", "ОБ", "regional_budget_mln"),
    ("Объём финансирования, тыс. руб.", "ВБС", "extra_budgetary_mln"),
    ("Объём финансирования, тыс. руб.", "в т.ч. на 2024 г.", None),
    ("Подтверждено ВБС (заключённые договоры), тыс. руб.", None, "extra_budgetary_confirmed_mln"),
    ("Освоено на отчётную дату, тыс. руб.", None, None),
    ("% освоения", None, None),
    ("Индустриальный партнёр", None, None),
    ("Головной исполнитель", None, "lead_organization"),
    ("Руководитель проекта (ФИО)", None, None),
    ("Статус реализации", None, "status"),
    ("Рабочие места, ед.", "план", "jobs_planned"),
    ("Рабочие места, ед.", "создано", "jobs_created"),
    ("Проблемные вопросы, риски", None, "problems"),
]


def columns_list(cols):
    out = []
    for top, sub, field in cols:
        out.append([f"{top} / {sub}" if sub else top, field])
    return out


def u1_record(p):
    _, _, sd = date_cell(p["start"])
    _, _, ed = date_cell(p["end"])
    return {
        "code": p["code"], "name": p["name"], "cluster": p["cl_k"], "work_area": p["wa_k"],
        "location": p["pl_k"], "status": p["st_k"], "start_date": sd, "end_date": ed,
        "total_cost_mln": mln(p["tot"], "0.001"), "federal_budget_mln": mln(p["fb"], "0.001"),
        "regional_budget_mln": mln(p["ob"], "0.001"), "extra_budgetary_mln": mln(p["vbs"], "0.001"),
        "extra_budgetary_confirmed_mln": mln(p["conf"], "0.001"),
        "jobs_planned": p["jp"], "jobs_created": p["jc"], "lead_organization": p["lead"],
        "problems": p["prob"],
    }


def make_univ():
    wb = Workbook()
    ws = wb.active
    ws.title = U1_SHEET
    ncol = len(U1_COLS)
    last = get_column_letter(ncol)
    ws["A1"] = ("Сведения о реализации проектов НИОКР и образовательных проектов "
                "в рамках программы ИНО «Томск»")
    ws["A2"] = ("ФГАОУ ВО «Национальный исследовательский Томский политехнический университет» "
                "(ТПУ)")
    ws["A3"] = "по состоянию на 01.10.2024"
    for r in (1, 2, 3):
        ws.merge_cells(f"A{r}:{last}{r}")
        ws[f"A{r}"].alignment = Alignment(horizontal="center")
    ws["A1"].font = Font(bold=True, size=13)
    # two-level header rows 5-6
    c = 1
    while c <= ncol:
        top, sub, _ = U1_COLS[c - 1]
        if sub is None:
            put(ws, 5, c, top)
            ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
            c += 1
        else:
            c2 = c
            while c2 + 1 <= ncol and U1_COLS[c2][0] == top and U1_COLS[c2][1] is not None:
                c2 += 1
            put(ws, 5, c, top)
            ws.merge_cells(start_row=5, start_column=c, end_row=5, end_column=c2)
            for k in range(c, c2 + 1):
                put(ws, 6, k, U1_COLS[k - 1][1])
            c = c2 + 1
    for r in (5, 6):
        for k in range(1, ncol + 1):
            ws.cell(r, k).alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            ws.cell(r, k).font = Font(bold=True)
    for k in range(1, ncol + 1):   # column-number row
        put(ws, 7, k, k)
    row = 8
    records, data_rows, skipped = [], [], {"7": "column numbers"}
    grand = [0.0] * 7
    npp = 0
    hidden_row = None
    for si, (title, projects) in enumerate(U1_SECTIONS, 1):
        put(ws, row, 1, title).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        skipped[str(row)] = "section heading (merged across the table)"
        row += 1
        sub = [0.0] * 7
        for p in projects:
            npp += 1
            sv, sf, _ = date_cell(p["start"])
            ev, ef, _ = date_cell(p["end"])
            vals = [npp, p["code"], p["name"], p["kind"], p["contract"], p["wa"], p["cl"], p["pl"],
                    sv, ev]
            for k, v in enumerate(vals, 1):
                put(ws, row, k, v, sf if k == 9 else ef if k == 10 else None)
            for k, (key, form) in enumerate(zip(("tot", "fb", "ob", "vbs"), p["forms"]), 11):
                put(ws, row, k, money_cell(p[key], form), "#,##0.0" if form == "n" else None)
            put(ws, row, 15, p["y2024"], "#,##0.0")
            put(ws, row, 16, money_cell(p["conf"], p.get("conf_form", "n")), "#,##0.0")
            put(ws, row, 17, p["spent"], "#,##0.0")
            put(ws, row, 18, p["pct"], "0.0")
            for k, v in enumerate([p["partner"], p["lead"], p["head"], p["st"], p["jp"], p["jc"],
                                   p["prob"]], 19):
                put(ws, row, k, v)
            if p["code"] == "INO-2110":
                ws.row_dimensions[row].hidden = True
                hidden_row = row
            for i, key in enumerate(("tot", "fb", "ob", "vbs", "y2024", "conf", "spent")):
                sub[i] += p[key] or 0.0
            records.append(u1_record(p))
            data_rows.append(row)
            row += 1
        put(ws, row, 1, f"Итого по разделу {'I' * si}")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        for i, v in enumerate(sub):
            put(ws, row, 11 + i, round(v, 1), "#,##0.0")
        skipped[str(row)] = "section subtotal (Итого по разделу)"
        grand = [g + s for g, s in zip(grand, sub)]
        row += 1
    put(ws, row, 1, "Итого по университету").font = Font(bold=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
    for i, v in enumerate(grand):
        put(ws, row, 11 + i, round(v, 1), "#,##0.0")
    skipped[str(row)] = "grand total (Итого)"
    totals_row = row
    row += 2
    put(ws, row, 1, "* ФБ — федеральный бюджет; ОБ — областной бюджет Томской области; "
                    "ВБС — внебюджетные средства (средства индустриальных партнёров).")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
    skipped[str(row)] = "footnote"
    row += 2
    put(ws, row, 2, "Проректор по научной работе и инновациям")
    put(ws, row, 20, "_____________ А.В. Петров")
    skipped[str(row)] = "signature line"
    for k, w in zip(range(1, ncol + 1), [6, 12, 48, 14, 18, 26, 18, 18, 12, 12] + [14] * 15):
        ws.column_dimensions[get_column_letter(k)].width = w
    wb.save(OUT / U1_NAME)

    fields = list(ALL_FIELDS)
    notes = (
        "University report (form 1), one sheet 'Форма 1'. Title rows 1-3 (merged), two-level merged "
        "header in rows 5-6 (parents «Сроки реализации», «Объём финансирования, тыс. руб.», «Рабочие "
        "места, ед.»), row 7 numbers the columns. Two merged section-heading rows (8 and 16) with no "
        "code and no numbers are not projects; rows 15 and 24 are section subtotals ('Итого по разделу "
        "I/II') and row 25 the grand total ('Итого по университету'); row 27 is a footnote and row 29 "
        "a signature line: none of them is a project. Data rows 9-14 and 17-23 (13 projects). Row 20 "
        "(INO-2110) is hidden and is data. Money is in тыс. руб.: the unit is said in the parent header "
        "«Объём финансирования, тыс. руб.» (children «всего», «ФБ», «ОБ», «ВБС» carry no unit "
        "themselves) and in the column «Подтверждено ВБС ..., тыс. руб.»; expected values are /1000 "
        "exactly (125 400,5 тыс. = 125.4005 mln). Some money cells are text written the Russian way "
        "('125\u00a0400,5' with NBSP, '210 000,0' with a plain space, '0,0'). Look-alike columns NOT "
        "imported (null in columns): «№ п/п»; «Вид работ» (НИОКР / грант РНФ / Приоритет-2030); «№ "
        "договора (соглашения)» (a contract or grant number, not the project code — the code is «Шифр "
        "проекта»); «Объём финансирования / в т.ч. на 2024 г.» (one year's slice, under the money "
        "parent); «Освоено на отчётную дату» (money spent to date); «% освоения»; «Индустриальный "
        "партнёр» (a partner, not the lead organisation — lead_organization is «Головной "
        "исполнитель»); «Руководитель проекта (ФИО)» (a person). Dates: start and end are real dates "
        "or 'dd.mm.yyyy' text; some ends are quarters ('IV кв. 2025' -> 2025-12-31, 'II кв. 2025' -> "
        "2025-06-30, 'I кв. 2027' -> 2027-03-31), a bare year as a number in a General cell (2024, "
        "2026) or as text ('2023') -> 31 December. Cluster written as adjectives / genitive / short "
        "forms: 'ядерных технологий', 'Ядерных технологий' -> nuclear, 'нефтехимический' -> "
        "petrochemical, 'фармацевтический' -> pharma, 'ТрИЗ' -> hard_to_recover, 'дикоросы' -> "
        "wildlife, 'медтехника и ИТ' -> medtech_it; '—' or empty -> null. Work area "
        "'Технологические инновации и новые бизнесы' (with «и» instead of a comma) -> "
        "innovation_business. Places are municipalities: 'ЗАТО Северск' -> Северск, 'г. Томск' -> "
        "Томск, 'г. Стрежевой', 'г. Колпашево', 'г. Асино'. Statuses as phrases: 'выполняется', "
        "'ведутся работы', 'реализуется' -> in_progress; 'работы завершены', 'завершён', 'завершен' "
        "-> completed; 'приостановлен до решения' -> suspended; 'планируется' and 'на стадии "
        "проектирования' -> planned (judgement call: design stage = not yet under way). INO-2112 has "
        "empty job cells (null) and an empty confirmed-ВБС cell (null); INO-2105 has an empty "
        "confirmed-ВБС cell (null).")
    write_expected(U1_NAME, fields, records, [], columns_list(U1_COLS), notes,
                   sheet=U1_SHEET, header_rows=[5, 6], data_rows=data_rows,
                   hidden={"row": hidden_row}, totals_rows=[15, 24, totals_row], skipped_rows=skipped)
    return records


# ============================================================================ file 3
U3_NAME = "univ_niokr_upd.xlsx"
U3_SHEET = "Актуализация"
U3_COLS = [
    ("Шифр", None, "code"),
    ("Наименование проекта", None, "name"),
    ("Статус", None, "status"),
    ("Окончание (план)", None, "end_date"),
    ("Всего, млн руб.", None, "total_cost_mln"),
    ("ФБ, млн руб.", None, "federal_budget_mln"),
    ("ОБ, млн руб.", None, "regional_budget_mln"),
    ("ВБС, млн руб.", None, "extra_budgetary_mln"),
    ("Подтверждено ВБС, млн руб.", None, "extra_budgetary_confirmed_mln"),
    ("Изменение стоимости к пред. отчёту, млн руб.", None, None),
    ("Рабочие места (план)", None, "jobs_planned"),
    ("Создано рабочих мест", None, "jobs_created"),
    ("Проблемные вопросы", None, "problems"),
]
# rows: code in file (or None), name in file, status text, status key, end spec, money (mln) x5,
# jobs plan, jobs created, problems
U3_ROWS = [
    dict(code="INO-2101", name="Разработка технологии получения высокочистого оксида бериллия",
         st="выполняется", st_k="in_progress", end=("t", D(2025, 12, 31)),
         tot=52.3, fb=30.0, ob=4.6, vbs=17.7, conf=17.7, jp=12, jc=10, prob=None),
    dict(code="INO-2102", name="Катализаторы глубокой переработки попутного нефтяного газа",
         st="завершён", st_k="completed", end=("d", D(2024, 12, 31)),
         tot=125.4005, fb=62.7, ob=0.0, vbs=62.7005, conf=50.0, jp=25, jc=25, prob=None),
    dict(code=None, match="INO-2103", diff="upper case",
         name="ГРАНТ РНФ: БИОРАЗЛАГАЕМЫЕ ПОЛИМЕРЫ МЕДИЦИНСКОГО НАЗНАЧЕНИЯ",
         st="реализуется", st_k="in_progress", end=("t", D(2026, 6, 30)),
         tot=21.0, fb=21.0, ob=0.0, vbs=0.0, conf=0.0, jp=4, jc=5, prob=None),
    dict(code="INO-2104", name="Цифровой двойник месторождения с трудноизвлекаемыми запасами",
         st="реализуется", st_k="in_progress", end=("q", "IV кв. 2025", 4, 2025),
         tot=96.75, fb=40.0, ob=6.75, vbs=50.0, conf=35.5, jp=18, jc=6,
         prob="Финансирование второго этапа возобновлено с 01.12.2024"),
    dict(code=None, match="INO-2105", diff="double space inside, trailing spaces",
         name="Технология переработки  кедрового ореха с получением пищевых ингредиентов  ",
         st="ведутся работы", st_k="in_progress", end=("y", 2026),
         tot=9.85, fb=0.0, ob=3.0, vbs=6.85, conf=6.85, jp=6, jc=2, prob=None),
    dict(code="INO-2107", name="Стратегический проект «Трансформация энергетики» (Приоритет-2030)",
         st="реализуется", st_k="in_progress", end=("t", D(2030, 12, 31)),
         tot=1250.0, fb=1100.0, ob=50.0, vbs=100.0, conf=80.0, jp=120, jc=64, prob=None),
    dict(code=None, match="INO-2111", diff="«» quotes written as “”",
         name="Центр компетенций “Умный город” на базе ТУСУР",
         st="выполняется", st_k="in_progress", end=("d", D(2025, 12, 20)),
         tot=58.2, fb=27.0, ob=13.5, vbs=17.7, conf=12.0, jp=15, jc=9, prob=None),
    dict(code=None, match="INO-2109", diff="ё written as е",
         name="Студенческий технопарк «Политехник»: развертывание второй очереди",
         st="работы завершены", st_k="completed", end=("yt", 2023),
         tot=75.0, fb=0.0, ob=25.0, vbs=50.0, conf=50.0, jp=40, jc=48, prob=None),
    dict(code="INO-2113", name="Опытно-промышленная установка получения лекарственных субстанций из сырья дикоросов",
         st="ведётся строительство", st_k="in_progress", end=("q", "II кв. 2027", 2, 2027),
         tot=210.0, fb=0.0, ob=60.0, vbs=150.0, conf=42.0, jp=35, jc=0,
         prob="Требуется выделение земельного участка в границах Асиновского городского поселения"),
    dict(code="INO-2114", name="Лаборатория радиофармпрепаратов (Приоритет-2030)",
         st="планируется", st_k="planned", end=("y", 2027),
         tot=80.5, fb=50.0, ob=10.5, vbs=20.0, conf=0.0, jp=14, jc=0, prob=None),
    dict(code="INO-2115", name="Программа ДПО «Инженер-нефтехимик» для ООО «Томскнефтехим»",
         st="выполняется", st_k="in_progress", end=("t", D(2025, 12, 31)),
         tot=4.35, fb=0.0, ob=0.0, vbs=4.35, conf=4.35, jp=None, jc=None,
         prob="Договор с заказчиком на 2025 г. на согласовании"),
]


def make_update(base_records):
    wb = Workbook()
    ws = wb.active
    ws.title = U3_SHEET
    ws["A1"] = "Актуализация сведений о проектах ТПУ в программе ИНО «Томск»"
    ws["A2"] = "по состоянию на 01.01.2025 (к отчёту на 01.10.2024)"
    for k, (h, _, _) in enumerate(U3_COLS, 1):
        put(ws, 4, k, h).font = Font(bold=True)
    state = {r["code"]: dict(r) for r in base_records}
    order = [r["code"] for r in base_records]
    by_norm = {}

    def norm(s):
        s = s.lower().replace("ё", "е")
        for q in "«»“”„":
            s = s.replace(q, '"')
        return " ".join(s.split())

    for r in base_records:
        by_norm[norm(r["name"])] = r["code"]
    changed, new, matched = [], [], []
    row = 5
    prev = {}
    for p in U3_ROWS:
        ev, ef, ed = date_cell(p["end"])
        put(ws, row, 1, p["code"])
        put(ws, row, 2, p["name"])
        put(ws, row, 3, p["st"])
        put(ws, row, 4, ev, ef)
        for k, key in enumerate(("tot", "fb", "ob", "vbs", "conf"), 5):
            put(ws, row, k, p[key], "#,##0.000")
        code = p["code"] or by_norm[norm(p["name"])]
        assert code == (p["code"] or p["match"])
        old = state.get(code)
        delta = round(p["tot"] - old["total_cost_mln"], 4) if old else None
        put(ws, row, 10, delta, "+#,##0.000;-#,##0.000;0")
        put(ws, row, 11, p["jp"])
        put(ws, row, 12, p["jc"])
        put(ws, row, 13, p["prob"])
        upd = {"status": p["st_k"], "end_date": ed,
               "total_cost_mln": p["tot"], "federal_budget_mln": p["fb"],
               "regional_budget_mln": p["ob"], "extra_budgetary_mln": p["vbs"],
               "extra_budgetary_confirmed_mln": p["conf"], "jobs_planned": p["jp"],
               "jobs_created": p["jc"], "problems": p["prob"]}
        if old is None:
            rec = {f: None for f in ALL_FIELDS}
            rec.update(code=code, name=p["name"].strip(), **upd)
            state[code] = rec
            order.append(code)
            new.append(code)
        else:
            if p["code"] is None:
                matched.append({"code": code, "name_in_file": p["name"], "difference": p["diff"],
                                "row": row})
            before = dict(old)
            old.update(upd)   # name: kept (matched by name) or equal (by code)
            if old != before:
                changed.append(code)
        row += 1
    put(ws, row + 1, 1, "Сведения подготовлены на основании отчётов руководителей проектов.")
    ws.column_dimensions["B"].width = 60
    wb.save(OUT / U3_NAME)
    records = [state[c] for c in order]
    notes = (
        "Update of univ_niokr.xlsx: import univ_niokr.xlsx first, then this file; 'records' is the "
        "resulting state of all projects (base order, then new projects in file order). One sheet "
        "'Актуализация', title rows 1-2, header row 4, data rows 5-15, a note in row 17 (not a "
        "project). Money here is in млн руб. (the base file was in тыс. руб.). 7 rows carry a known "
        "code (INO-2101, 2104, 2113 change; INO-2102 and INO-2107 are re-sent unchanged — INO-2102 "
        "is written 125.4005 with a 0.000 display format and a real date 31.12.2024 where the base "
        "had the year 2024, the same values). 4 rows have an empty code and are matched by name: "
        "upper case (-> INO-2103), a double space and trailing spaces (-> INO-2105), “” instead of "
        "«» (-> INO-2111), е instead of ё (-> INO-2109); a project matched by name keeps its stored "
        "name. 2 rows carry new codes (INO-2114, INO-2115): their fields this file does not carry "
        "(cluster, work area, location, start date, lead organisation) are null. Fields the file "
        "does not carry keep their earlier values. Every carried cell of a row for an existing "
        "project is filled (no empty-cell-clears-value question), except problems/jobs where the "
        "stored value is already null. Column «Изменение стоимости к пред. отчёту, млн руб.» is a "
        "difference to the previous report, not a cost: not imported (null). Statuses: "
        "'ведётся строительство', 'ведутся работы', 'выполняется', 'реализуется' -> in_progress.")
    write_expected(U3_NAME, list(ALL_FIELDS), records, [], columns_list(U3_COLS), notes,
                   base_file=U1_NAME, sheet=U3_SHEET, header_row=4, data_rows=[5, 15],
                   changed_codes=sorted(changed), new_codes=new, matched_by_name=matched)


# ============================================================================ file 2
# Development bank consolidated list: one sheet per work area + a summary sheet and a notes
# sheet. The unit (млрд руб.) is said only in the title row 3 above each table.
V_NAME = "vebrf_perechen.xlsx"
V_COLS = [
    ("№", None, None),
    ("Код проекта ИНО", None, "code"),
    ("Наименование проекта", None, "name"),
    ("Инициатор (заёмщик)", None, "lead_organization"),
    ("ИНН инициатора", None, None),
    ("ОКВЭД 2", None, None),
    ("Кластер", None, "cluster"),
    ("Место реализации", None, "location"),
    ("Стадия реализации", None, "status"),
    ("Начало реализации", None, "start_date"),
    ("Ввод в эксплуатацию (план)", None, "end_date"),
    ("Полная стоимость проекта", None, "total_cost_mln"),
    ("ФБ", None, "federal_budget_mln"),
    ("ОБ", None, "regional_budget_mln"),
    ("Внебюджетные средства (собственные и заёмные)", None, "extra_budgetary_mln"),
    ("в т.ч. кредит ВЭБ.РФ", None, None),
    ("Выбрано на отчётную дату", None, None),
    ("Доля участия ВЭБ.РФ, %", None, None),
    ("Новые рабочие места, ед.", None, "jobs_planned"),
    ("Куратор проекта (ФИО)", None, None),
    ("Риски и проблемные вопросы", None, "problems"),
]
V_SHEETS = [
    ("Промышленность", "Передовая промышленность", "industry", [
        ("INO-2201", "Производство полиэтилена низкой плотности на площадке «Томскнефтехим»",
         "ООО «Томскнефтехим»", "7017000101", "20.16", "нефтехимия", "petrochemical",
         "г. Томск", "Томск", "ведётся строительство", "in_progress", D(2022, 3, 15),
         ("q", "IV кв. 2025", 4, 2025), 18.45, 0.0, 0.75, 17.7, 12.0, 9.3, 65.0, 420,
         "Соколова Е.В.", "Рост стоимости импортного оборудования", "nnnn"),
        ("INO-2202", "Завод по производству плит МДФ", "ООО «Асино Вуд»", "7002000202", "16.21",
         "лесопромышленный", "timber", "г. Асино", "Асино", "на стадии проектирования", "planned",
         D(2024, 6, 1), ("q", "4 кв. 2027", 4, 2027), 6.2, 0.0, 0.4, 5.8, 4.3, 0.0, 69.4, 310,
         "Гребнев П.А.", None, "nnnn"),
        ("INO-2203", "Производство изотопной продукции медицинского назначения",
         "АО «Северский изотопный завод»", "7024000303", "24.46", "ядерный", "nuclear",
         "ЗАТО Северск", "Северск", "объект введён в эксплуатацию", "completed", D(2019, 2, 12),
         ("d", D(2023, 11, 30)), 3.1255, 1.2, 0.3, 1.6255, 1.0, 1.0, 32.0, 95, "Мельник О.Ю.",
         None, "nnnn"),
    ]),
    ("Наука и образование", "Наука и образование", "science_education", [
        ("INO-2204", "Межуниверситетский кампус мирового уровня (ГЧП)", "ООО «Кампус Томск»",
         "7017000404", "41.20", "—", None, "г. Томск", "Томск", "ведётся строительство",
         "in_progress", D(2022, 10, 1), ("q", "III квартал 2026", 3, 2026), 25.8, 12.0, 3.8, 10.0,
         7.5, 3.1, 29.1, 150, "Соколова Е.В.",
         "Сдвиг сроков ввода второй очереди общежитий", "tnnn"),
        ("INO-2205", "Научно-производственный центр радиофармпрепаратов", "ООО «РФП-Томск»",
         "7014000505", "21.20", "фарма", "pharma", "Томский муниципальный район", "Томский район",
         "на стадии проектирования", "planned", D(2025, 3, 1), ("y", 2028), 1.95, 0.9, 0.15, 0.9,
         0.6, 0.0, 30.8, 60, "Гребнев П.А.", None, "nnnn"),
        ("INO-2206", "Инжиниринговый центр ТрИЗ в Стрежевом", "ООО «ТомскТрИЗ-Инжиниринг»",
         "7022000606", "71.12", "ТрИЗ", "hard_to_recover", "городской округ Стрежевой",
         "Стрежевой", "приостановлен до решения вопроса финансирования", "suspended",
         D(2021, 4, 1), ("q", "2 кв. 2026 г.", 2, 2026), 0.845, 0.0, 0.245, 0.6, 0.4, 0.15, 47.3,
         40, "Мельник О.Ю.",
         "Инвестор отказался от софинансирования; ведётся поиск нового партнёра", "nntn"),
    ]),
    ("Инновации и новые бизнесы", "Технологические инновации, новые бизнесы",
     "innovation_business", [
        ("INO-2207", "Производство медицинских изделий из биорезорбируемых материалов",
         "ООО «БиоИмплант»", "7017000707", "32.50", "медтехника и ИТ", "medtech_it", "г. Томск",
         "Томск", "реализуется", "in_progress", D(2023, 5, 20), ("q", "IV кв. 2025", 4, 2025),
         0.72, 0.0, 0.12, 0.6, 0.35, 0.2, 48.6, 85, "Гребнев П.А.", None, "nnnn"),
        ("INO-2208", "Завод по глубокой переработке дикоросов", "ООО «Сибирские ягоды»",
         "7007000808", "10.39", "дикоросы", "wildlife", "г. Колпашево", "Колпашево",
         "проект завершён", "completed", D(2020, 1, 10), ("d", D(2022, 12, 15)), 0.4355, 0.0,
         0.0355, 0.4, 0.3, 0.3, 68.9, 70, "Соколова Е.В.", None, "nnnn"),
        ("INO-2209", "Технопарк «Томская долина» (2-я очередь)", "АО «Томская долина»",
         "7014000909", "68.20", None, None, "Томский район", "Томский район",
         "на стадии проектирования", "planned", D(2025, 7, 1), ("q", "4 кв. 2028", 4, 2028), 4.6,
         1.5, 0.6, 2.5, 1.8, 0.0, 39.1, 500, "Мельник О.Ю.", None, "nnnn"),
    ]),
    ("Умный город", "Умный и удобный город", "smart_city", [
        ("INO-2210", "Интеллектуальная транспортная система г. Томска",
         "ООО «Томские транспортные технологии»", "7017001010", "62.01", "медтехника и ИТ",
         "medtech_it", "г. Томск", "Томск", "ведётся строительство", "in_progress",
         D(2023, 9, 1), ("q", "III квартал 2025", 3, 2025), 2.35, 1.4, 0.95, 0.0, 0.0, 0.0, 0.0,
         35, "Гребнев П.А.", None, "nnnt"),
        ("INO-2211", "Умное уличное освещение в ЗАТО Северск", "ООО «Свет-Сервис»", "7024001111",
         "43.21", None, None, "ЗАТО Северск", "Северск", "приостановлен", "suspended",
         D(2022, 2, 1), ("d", D(2025, 12, 31)), 0.31, 0.0, 0.05, 0.26, 0.2, 0.05, 64.5, 12,
         "Мельник О.Ю.", "Расторгнут концессионный договор", "nnnn"),
        ("INO-2212", "Цифровая платформа ЖКХ Томской области", "АО «ТомскРТС»", "7017001212",
         "62.01", "—", None, "г. Томск", "Томск", "завершён", "completed", D(2020, 3, 1),
         ("y", 2023), 0.185, 0.0, 0.085, 0.1, 0.0, 0.0, 0.0, 20, "Соколова Е.В.", None, "nnnn"),
    ]),
    ("Деловая среда", "Деловая среда", "business_environment", [
        ("INO-2213", "Индустриальный парк «Томский» (инженерная инфраструктура)",
         "АО «Индустриальный парк Томск»", "7014001313", "68.20", None, None, "Томский район",
         "Томский район", "ведётся строительство", "in_progress", D(2021, 4, 15),
         ("q", "IV кв. 2026", 4, 2026), 7.8, 3.9, 1.95, 1.95, 1.2, 0.9, 15.4, 900,
         "Гребнев П.А.", "Не завершено подключение к сетям газоснабжения", "tntt"),
        ("INO-2214", "Центр поддержки экспорта (расширение)", "АНО «Центр развития бизнеса»",
         "7017001414", "82.99", "—", None, "г. Томск", "Томск", "реализуется", "in_progress",
         D(2024, 1, 1), ("q", "4 кв. 2025", 4, 2025), 0.0455, 0.03, 0.0155, 0.0, 0.0, 0.0, 0.0,
         5, "Соколова Е.В.", None, "nnnn"),
        ("INO-2215", "Бизнес-инкубатор в г. Стрежевом", "МАУ «Бизнес-инкубатор Стрежевого»",
         "7022001515", "82.99", None, None, "городской округ Стрежевой", "Стрежевой",
         "на стадии проектирования", "planned", D(2025, 2, 1), ("q", "2 кв. 2026 г.", 2, 2026),
         0.12, 0.0, 0.12, 0.0, 0.0, 0.0, 0.0, 15, "Мельник О.Ю.", None, "nnnn"),
    ]),
]


def ru_plain(v):
    """Russian decimal comma, as many decimals as needed (e.g. '25,8', '0,0155')."""
    s = format(Decimal(str(v)).normalize(), "f")
    return s.replace(".", ",")


def make_veb():
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Свод"
    ws0["A1"] = "Сводные данные по направлениям программы ИНО «Томск» (проекты с участием ВЭБ.РФ)"
    ws0["A2"] = "по состоянию на 01.01.2025"
    for k, h in enumerate(["Направление", "Количество проектов, ед.", "Стоимость, млрд руб.",
                           "Рабочие места, ед."], 1):
        put(ws0, 4, k, h).font = Font(bold=True)
    r0 = 5
    records, sheets_info = [], []
    for short, full, wa_k, projs in V_SHEETS:
        ws = wb.create_sheet(short)
        ws["A1"] = f"Направление «{full}»"
        ws["A1"].font = Font(bold=True)
        ws["A2"] = "Перечень проектов, реализуемых с участием ВЭБ.РФ, по состоянию на 01.01.2025"
        ws["A3"] = "единица измерения: млрд руб."
        for r in (1, 2):
            ws.merge_cells(f"A{r}:U{r}")
        for k, (h, _, _) in enumerate(V_COLS, 1):
            c = put(ws, 5, k, h)
            c.font = Font(bold=True)
            c.alignment = Alignment(wrap_text=True)
            put(ws, 6, k, k)
        row = 7
        data_rows = []
        sums = [0.0] * 6
        jobs = 0
        for i, p in enumerate(projs, 1):
            (code, name, lead, inn, okved, cl, cl_k, pl, pl_k, st, st_k, start, end, tot, fb, ob,
             vbs, credit, drawn, share, jp, curator, prob, forms) = p
            ev, ef, ed = date_cell(end)
            vals = [i, code, name, lead, inn, okved, cl, pl, st]
            for k, v in enumerate(vals, 1):
                put(ws, row, k, v)
            put(ws, row, 10, dt.datetime.combine(start, dt.time()), "DD.MM.YYYY")
            put(ws, row, 11, ev, ef)
            for k, (v, f) in enumerate(zip((tot, fb, ob, vbs), forms), 12):
                put(ws, row, k, v if f == "n" else ru_plain(v), "0.0000" if f == "n" else None)
            put(ws, row, 16, credit, "0.0000")
            put(ws, row, 17, drawn, "0.0000")
            put(ws, row, 18, share, "0.0")
            put(ws, row, 19, jp)
            put(ws, row, 20, curator)
            put(ws, row, 21, prob)
            records.append({
                "code": code, "name": name, "cluster": cl_k, "work_area": wa_k, "location": pl_k,
                "status": st_k, "start_date": start.isoformat(), "end_date": ed,
                "total_cost_mln": mln(tot, 1000), "federal_budget_mln": mln(fb, 1000),
                "regional_budget_mln": mln(ob, 1000), "extra_budgetary_mln": mln(vbs, 1000),
                "jobs_planned": jp, "lead_organization": lead, "problems": prob})
            data_rows.append(row)
            for j, v in enumerate((tot, fb, ob, vbs, credit, drawn)):
                sums[j] += v
            jobs += jp
            row += 1
            if short == "Наука и образование" and i == 1:
                row += 1   # blank spacer row inside the table
        put(ws, row, 3, "Итого по направлению")
        for j, v in enumerate(sums[:4]):
            put(ws, row, 12 + j, round(v, 4), "0.0000")
        put(ws, row, 16, round(sums[4], 4), "0.0000")
        put(ws, row, 17, round(sums[5], 4), "0.0000")
        put(ws, row, 19, jobs)
        totals_row = row
        ws.column_dimensions["C"].width = 50
        ws.column_dimensions["F"].hidden = True if short == "Промышленность" else False
        sheets_info.append({"sheet": short, "work_area": wa_k, "a1": ws["A1"].value,
                            "header_row": 5, "column_numbers_row": 6, "data_rows": data_rows,
                            "totals_row": totals_row})
        put(ws0, r0, 1, full)
        put(ws0, r0, 2, len(projs))
        put(ws0, r0, 3, round(sums[0], 4))
        put(ws0, r0, 4, jobs)
        r0 += 1
    put(ws0, r0, 1, "Итого")
    put(ws0, r0, 2, 15)
    put(ws0, r0, 3, round(sum(p[13] for s in V_SHEETS for p in s[3]), 4))
    put(ws0, r0, 4, sum(p[20] for s in V_SHEETS for p in s[3]))
    wn = wb.create_sheet("Справочно")
    for i, t in enumerate([
        "Пояснения к перечню",
        "1. Проекты сгруппированы по направлениям программы ИНО «Томск»: один лист — одно направление.",
        "2. Суммы указаны в млрд руб. с точностью до 0,1 млн руб.",
        "3. «Выбрано на отчётную дату» — объём кредитных средств, выданных банком заёмщику.",
        "4. ФБ — федеральный бюджет, ОБ — областной бюджет.",
    ], 1):
        put(wn, i, 1, t)
    wb.save(OUT / V_NAME)
    fields = ["code", "name", "cluster", "work_area", "location", "status", "start_date",
              "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
              "extra_budgetary_mln", "jobs_planned", "lead_organization", "problems"]
    notes = (
        "Development bank (ВЭБ.РФ) consolidated list, one sheet per work area of the programme: "
        "'Промышленность', 'Наука и образование', 'Инновации и новые бизнесы', 'Умный город', "
        "'Деловая среда' (3 projects each, 15 in all). work_area comes from the sheet: the sheet name "
        "is a short form and cell A1 gives the full name («Направление «Передовая промышленность»» "
        "etc.); there is no work-area column. Sheet 'Свод' (first sheet) is a summary by work area "
        "(no codes, no project names) and sheet 'Справочно' is explanatory text: neither holds "
        "projects. On every project sheet: title rows 1-3, header row 5, row 6 numbers the columns, "
        "data from row 7, then an 'Итого по направлению' totals row (text in column C, not A). Sheet "
        "'Наука и образование' has a blank spacer row 8 inside the data. Column F (ОКВЭД) is hidden "
        "on sheet 'Промышленность' (not imported anyway). UNIT: the money headers carry no unit; "
        "row 3 above each table says 'единица измерения: млрд руб.', so every amount is billions "
        "(x1000: 3,1255 -> 3125.5 mln; 0,0455 -> 45.5 mln). A few money cells are text with a decimal "
        "comma ('25,8', '0,245', '0,0', '7,8', '1,95'). Look-alike columns NOT imported: «№»; «ИНН "
        "инициатора» (10-digit tax number); «ОКВЭД 2» (an activity code like '20.16', not a project "
        "code); «в т.ч. кредит ВЭБ.РФ» (a part of the extra-budgetary money); «Выбрано на отчётную "
        "дату» (money drawn to date); «Доля участия ВЭБ.РФ, %»; «Куратор проекта (ФИО)» (a "
        "person). lead_organization is «Инициатор (заёмщик)». Clusters as short forms: "
        "'нефтехимия' -> petrochemical, 'лесопромышленный' -> timber, 'ядерный' -> nuclear, 'фарма' "
        "-> pharma, 'ТрИЗ' -> hard_to_recover, 'медтехника и ИТ' -> medtech_it, 'дикоросы' -> "
        "wildlife; '—' or empty -> null. Places as municipalities: 'г. Томск', 'ЗАТО Северск', "
        "'г. Асино', 'г. Колпашево', 'Томский муниципальный район' / 'Томский район' -> Томский "
        "район, 'городской округ Стрежевой' -> Стрежевой. Statuses as phrases: 'ведётся "
        "строительство', 'реализуется' -> in_progress; 'на стадии проектирования' -> planned "
        "(judgement call); 'объект введён в эксплуатацию', 'проект завершён', 'завершён' -> "
        "completed; 'приостановлен до решения вопроса финансирования', 'приостановлен' -> "
        "suspended. Start dates are real dates; «Ввод в эксплуатацию (план)» -> end_date: quarters "
        "in several spellings ('IV кв. 2025', '4 кв. 2027', 'III квартал 2026', '2 кв. 2026 г.') -> "
        "last day of the quarter, a year as a number (2028, 2023) -> 31 December, or real dates. "
        "Jobs «Новые рабочие места» -> jobs_planned (no created-jobs column).")
    write_expected(V_NAME, fields, records, [], columns_list(V_COLS), notes,
                   sheets=sheets_info, unit="млрд руб. (row 3 of each project sheet)",
                   non_project_sheets=["Свод", "Справочно"])


# ============================================================================ file 4
E_NAME = "partner_tracker_en.xlsx"
E_COLS = [
    ("Ref.", None, None),
    ("INO code", None, "code"),
    ("Project", None, "name"),
    ("Sector", None, "cluster"),
    ("Focus area", None, "work_area"),
    ("Location", None, "location"),
    ("Status", None, "status"),
    ("Start", None, "start_date"),
    ("Completion", None, "end_date"),
    ("Total capex (RUB m)", None, "total_cost_mln"),
    ("Federal funding (RUB m)", None, "federal_budget_mln"),
    ("Regional funding (RUB m)", None, "regional_budget_mln"),
    ("Private investment (RUB bn)", None, "extra_budgetary_mln"),
    ("of which committed (RUB bn)", None, "extra_budgetary_confirmed_mln"),
    ("Spent to date (RUB m)", None, None),
    ("% complete", None, None),
    ("Jobs – target", None, "jobs_planned"),
    ("Jobs – created", None, "jobs_created"),
    ("Sponsor", None, "lead_organization"),
    ("BIP lead", None, None),
    ("Key issues / risks", None, "problems"),
]
E_ROWS = [
    # ref, code, name, sector, cl_k, focus, wa_k, loc, loc_k, status, st_k, start, end spec,
    # total(m), fed(m), reg(m), private(bn), committed(bn), spent(m), pct, jobs t, jobs c,
    # sponsor, lead, issues
    ("BIP-001", "INO-2301", "Polypropylene film plant at the Tomskneftekhim site", "Petrochemicals",
     "petrochemical", "Advanced manufacturing", "industry", "Tomsk", "Томск", "Under construction",
     "in_progress", D(2023, 4, 3), ("q", "Q4 2025", 4, 2025), 7420.0, 0.0, 320.0, 7.1, 5.25, 3900.0,
     0.53, 260, 40, "Tomskneftekhim LLC", "J. Lindqvist", "Equipment deliveries delayed by sanctions"),
    ("BIP-002", "INO-2302", "Rare-earth metals pilot line", "Nuclear", "nuclear",
     "Advanced manufacturing", "industry", "Seversk", "Северск", "In progress", "in_progress",
     D(2022, 11, 1), ("y", 2026), 2950.5, 1200.0, 150.0, 1.6005, 1.6005, 1420.0, 0.48, 180, 75,
     "Siberian Chemical Plant JSC", "M. Ahonen", None),
    ("BIP-003", "INO-2303", "OSB board plant, phase II", "Forestry & timber", "timber",
     "Advanced manufacturing", "industry", "Asino", "Асино", "Planned", "planned", D(2025, 5, 1),
     ("q", "Q2 2027", 2, 2027), 5600.0, 0.0, 0.0, 5.6, None, 0.0, 0.0, 350, 0, "Asino Wood LLC",
     "J. Lindqvist", "Land plot not yet transferred"),
    ("BIP-004", "INO-2304", "Generic oncology drugs production", "Pharmaceuticals", "pharma",
     "Tech innovation & new business", "innovation_business", "Tomsk", "Томск", "Completed",
     "completed", D(2020, 2, 17), ("d", D(2024, 3, 29)), 1310.0, 400.0, 110.0, 0.8, 0.8, 1310.0,
     1.0, 120, 126, "Pharmstandard-Tomsk JSC", "M. Ahonen", None),
    ("BIP-005", "INO-2305", "Hospital telemedicine network", "Medtech & IT", "medtech_it",
     "Smart city", "smart_city", "Kolpashevo", "Колпашево", "On hold", "suspended", D(2022, 6, 1),
     ("q", "Q1 2026", 1, 2026), 145.0, 60.0, 35.0, 0.05, 0.02, 40.0, 0.28, 25, 6,
     "Tomsk Regional Hospital", "K. Berg", "Regional co-funding frozen pending budget review"),
    ("BIP-006", "INO-2306", "Cedar nut and berry processing hub", "wildlife", "wildlife",
     "Advanced manufacturing", "industry", "Tomsk district", "Томский район", "In progress",
     "in_progress", D(2024, 8, 19), ("yt", 2026), 410.0, 0.0, 60.0, 0.35, 0.2, 95.0, 0.23, 90, 12,
     "Siberian Cedar LLC", "K. Berg", None),
    ("BIP-007", "INO-2307", "Bazhenov formation test site", "Hard-to-recover oil", "hard_to_recover",
     "Science & education", "science_education", "Strezhevoy", "Стрежевой", "Suspended",
     "suspended", D(2021, 9, 1), ("q", "Q3 2026", 3, 2026), 12800.0, 2500.0, 300.0, 10.0, 6.5,
     4100.0, 0.32, 210, 60, "Tomskneft VNK", "J. Lindqvist",
     "Tax incentive for hard-to-recover reserves under review"),
    ("BIP-008", "INO-2308", "Student campus (PPP), stage 1", "n/a", None, "Science & education",
     "science_education", "Tomsk", "Томск", "Under construction", "in_progress", D(2022, 10, 1),
     ("d", D(2026, 8, 31)), 25800.0, 12000.0, 3800.0, 10.0, 7.5, 9800.0, 0.38, 150, 0,
     "Campus Tomsk LLC", "M. Ahonen", None),
    ("BIP-009", "INO-2309", "Export support one-stop shop", "", None, "Business climate",
     "business_environment", "Tomsk", "Томск", "completed", "completed", D(2021, 1, 11),
     ("q", "Q4 2023", 4, 2023), 38.5, 0.0, 38.5, 0.0, 0.0, 38.5, 1.0, 8, 8,
     "Tomsk Business Development Centre", "K. Berg", None),
    ("BIP-010", "INO-2310", "Smart street lighting, Seversk", None, None, "Smart city", "smart_city",
     "Seversk", "Северск", "planned", "planned", D(2025, 9, 1), ("y", 2027), 310.0, 0.0, 50.0,
     0.26, None, 0.0, 0.0, 12, 0, "Svet-Service LLC", "K. Berg", None),
    ("BIP-011", "INO-2311", "Composite rebar plant", "Petrochemicals", "petrochemical",
     "Advanced manufacturing", "industry", "Tomsk district", "Томский район", "In Progress",
     "in_progress", D(2023, 2, 6), ("q", "Q3 2025", 3, 2025), 236.0, 0.0, 0.0, 0.236, 0.1218, 180.0,
     0.76, 45, 30, "Composite Solutions LLC", "J. Lindqvist", None),
]


def make_english():
    wb = Workbook()
    wc = wb.active
    wc.title = "Cover"
    for i, t in enumerate([
        "INO Tomsk — project pipeline tracker",
        "Prepared by Baltic Innovation Partners (BIP) for the Administration of Tomsk Oblast",
        "Status as of 31 December 2024",
        "Confidential — for discussion purposes only",
    ], 1):
        put(wc, i, 1, t)
    ws = wb.create_sheet("Tracker")
    ws["A1"] = "INO Tomsk — project pipeline tracker (Q4 2024)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Amounts in RUB million unless stated otherwise in the column header"
    for k, (h, _, _) in enumerate(E_COLS, 1):
        c = put(ws, 4, k, h)
        c.font = Font(bold=True)
    row = 5
    records, data_rows = [], []
    tot = [0.0] * 5
    for p in E_ROWS:
        (ref, code, name, sector, cl_k, focus, wa_k, loc, loc_k, st, st_k, start, end, total, fed,
         reg, priv, comm, spent, pct, jt, jc, sponsor, lead, issues) = p
        ev, ef, ed = date_cell(end)
        vals = [ref, code, name, sector, focus, loc, st]
        for k, v in enumerate(vals, 1):
            put(ws, row, k, v)
        put(ws, row, 8, dt.datetime.combine(start, dt.time()), "d-mmm-yyyy")
        put(ws, row, 9, ev, "d-mmm-yyyy" if end[0] == "d" else ef)
        put(ws, row, 10, total, "#,##0.0")
        put(ws, row, 11, fed, "#,##0.0")
        put(ws, row, 12, reg, "#,##0.0")
        put(ws, row, 13, priv, "0.000")
        put(ws, row, 14, comm, "0.000")
        put(ws, row, 15, spent, "#,##0.0")
        put(ws, row, 16, pct, "0%")
        for k, v in enumerate([jt, jc, sponsor, lead, issues], 17):
            put(ws, row, k, v)
        records.append({
            "code": code, "name": name, "cluster": cl_k, "work_area": wa_k, "location": loc_k,
            "status": st_k, "start_date": start.isoformat(), "end_date": ed,
            "total_cost_mln": mln(total, 1), "federal_budget_mln": mln(fed, 1),
            "regional_budget_mln": mln(reg, 1), "extra_budgetary_mln": mln(priv, 1000),
            "extra_budgetary_confirmed_mln": mln(comm, 1000), "jobs_planned": jt,
            "jobs_created": jc, "lead_organization": sponsor, "problems": issues})
        data_rows.append(row)
        for j, v in enumerate((total, fed, reg, priv, comm or 0)):
            tot[j] += v
        row += 1
    put(ws, row, 1, "Total")
    for j, v in enumerate(tot):
        put(ws, row, 10 + j, round(v, 4), "#,##0.0" if j < 3 else "0.000")
    totals_row = row
    row += 2
    put(ws, row, 1, "Source: BIP analysis based on data of the Tomsk Oblast Department of Investment; "
                    "sponsors' reports.")
    ws.column_dimensions["C"].width = 48
    wd = wb.create_sheet("Definitions")
    for i, (a, b) in enumerate([
        ("Term", "Definition"),
        ("Private investment", "Sponsor's own funds and bank loans (RUB bn)"),
        ("Committed", "Private funding backed by signed agreements (RUB bn)"),
        ("On hold", "Works stopped pending a decision; equals 'suspended' in the programme's terms"),
        ("Completion", "Planned commissioning date; Qn YYYY = end of quarter"),
    ], 1):
        put(wd, i, 1, a)
        put(wd, i, 2, b)
    wb.save(OUT / E_NAME)
    fields = list(ALL_FIELDS)
    notes = (
        "English tracker from a foreign consultant. Sheet 'Cover' (text) and sheet 'Definitions' "
        "(a glossary table with a header 'Term | Definition') hold no projects; data on sheet "
        "'Tracker': title rows 1-2, header row 4, data rows 5-15, row 16 'Total' (a totals row in "
        "English), row 18 a source note. Units differ by column: 'RUB m' columns are millions, the "
        "two 'RUB bn' columns (Private investment, of which committed) are billions (x1000: 1.6005 bn "
        "= 1600.5 mln); the title row 2 says 'RUB million unless stated otherwise'. Look-alike "
        "columns NOT imported: 'Ref.' (the consultant's own reference BIP-nnn, not the INO code — "
        "code is 'INO code'); 'Spent to date (RUB m)'; '% complete' (a fraction in a % format); 'BIP "
        "lead' (a consultant's name; lead_organization is 'Sponsor'). Names are the consultant's "
        "English titles, kept as written. Sector (cluster) names in English variants: "
        "'Petrochemicals', 'Nuclear', 'Forestry & timber', 'Pharmaceuticals', 'Medtech & IT', "
        "'wildlife', 'Hard-to-recover oil'; 'n/a' or empty -> null. Focus area (work area) in "
        "English: 'Advanced manufacturing' -> industry, 'Science & education' -> science_education, "
        "'Tech innovation & new business' -> innovation_business, 'Smart city' -> smart_city, "
        "'Business climate' -> business_environment. Locations transliterated: Tomsk, Seversk, Asino, "
        "Kolpashevo, Strezhevoy, 'Tomsk district' -> Томский район. Statuses: 'Under construction', "
        "'In progress', 'In Progress' -> in_progress; 'Planned', 'planned' -> planned; 'Completed', "
        "'completed' -> completed; 'On hold', 'Suspended' -> suspended ('On hold' is defined as "
        "suspended on the Definitions sheet). Start: real dates (d-mmm-yyyy format). Completion: "
        "quarters 'Qn YYYY' -> last day of the quarter, a year as a number (2026, 2027) or text "
        "('2026') -> 31 December, or a real date. Empty 'of which committed' cells (INO-2303, "
        "INO-2310) are null.")
    write_expected(E_NAME, fields, records, [], columns_list(E_COLS), notes,
                   data_sheet="Tracker", header_row=4, data_rows=data_rows, totals_row=totals_row,
                   non_project_sheets=["Cover", "Definitions"])


# ============================================================================ file 5
C_NAME = "ris_monitoring.csv"
C_COLS = [
    ("ID", None, None),
    ("Код проекта", None, "code"),
    ("Наименование", None, "name"),
    ("Кластер", None, "cluster"),
    ("Направление ИНО", None, "work_area"),
    ("МО", None, "location"),
    ("Статус", None, "status"),
    ("Дата начала", None, "start_date"),
    ("Дата окончания", None, "end_date"),
    ("Стоимость, тыс. руб.", None, "total_cost_mln"),
    ("ФБ, тыс. руб.", None, "federal_budget_mln"),
    ("ОБ, тыс. руб.", None, "regional_budget_mln"),
    ("ВБС, тыс. руб.", None, "extra_budgetary_mln"),
    ("ВБС подтв., тыс. руб.", None, "extra_budgetary_confirmed_mln"),
    ("Освоено, тыс. руб.", None, None),
    ("РМ (план)", None, "jobs_planned"),
    ("РМ (факт)", None, "jobs_created"),
    ("Инициатор", None, "lead_organization"),
    ("ИНН инициатора", None, None),
    ("Ответственный", None, None),
    ("Проблемы", None, "problems"),
    ("Дата актуализации", None, None),
]
# id, code, name, cluster text, key, area text, key, MO text, key, status text, key, start, end,
# money тыс (tot, fb, ob, vbs, conf, spent), money text style, jp, jc, initiator, inn, resp, problems,
# updated
C_ROWS = [
    (104577, "INO-2401", "Производство метанола на площадке «Томскнефтехим» (этап II)",
     "Нефтехимический кластер", "petrochemical", "Передовая промышленность", "industry",
     "г. Томск", "Томск", "Реализуется", "in_progress", D(2022, 4, 1), D(2026, 12, 31),
     (3250000.0, 0.0, 150000.0, 3100000.0, 2400000.0, 1875000.5), "s", 210, 60,
     "ООО «Томскнефтехим»", "7017000101", "Ильин С.П.", None, "15.01.2025"),
    (104578, "INO-2402", "Модернизация производства ядерного топлива",
     "ядерные технологии", "nuclear", "Передовая промышленность", "industry",
     "ЗАТО Северск", "Северск", "ведется строительство", "in_progress", D(2021, 3, 15),
     D(2025, 9, 30), (1875400.5, 600000.0, 0.0, 1275400.5, 1275400.5, 1500000.0), "p", 140, 95,
     "АО «СХК»", "7024000303", "Ильин С.П.",
     "Замечания Ростехнадзора; срок устранения — 01.03.2025", "14.01.2025"),
    (104580, "INO-2403", "Деревообрабатывающий комплекс в Асино",
     "лесопромышленный", "timber", "Передовая промышленность", "industry",
     "г. Асино", "Асино", "Планируется", "planned", D(2025, 6, 1), D(2028, 12, 31),
     (2400000.0, 0.0, 0.0, 2400000.0, None, 0.0), "p", 400, 0,
     "ООО «Асино Вуд»", "7002000202", "Коваль Н.Ю.", None, "10.01.2025"),
    (104583, "INO-2404", "Производство фитопрепаратов из сырья дикоросов",
     "Кластер дикоросов", "wildlife", "Технологические инновации, новые бизнесы",
     "innovation_business", "Колпашевское городское поселение", "Колпашево", "Завершен",
     "completed", D(2019, 5, 20), D(2023, 10, 31), (185300.0, 0.0, 35300.0, 150000.0, 150000.0,
                                                    185300.0), "n", 55, 58,
     "ООО «Сибирские ягоды»", "7007000808", "Коваль Н.Ю.", None, "09.01.2025"),
    (104590, "INO-2405", "Центр ядерной медицины",
     "Фармацевтический кластер", "pharma", "Наука и образование", "science_education",
     "г. Томск", "Томск", "Приостановлен", "suspended", D(2020, 9, 1), D(2026, 6, 30),
     (950000.0, 500000.0, 100000.0, 350000.0, 120000.0, 410000.0), "p", 80, 0,
     "ФГБУ «Томский НИМЦ»", "7019000505", "Ильин С.П.",
     "Не решён вопрос с поставкой циклотрона;\r\nтребуется решение Минздрава", "15.01.2025"),
    (104591, "INO-2406", "Платформа «Умный регион»: модуль ЖКХ",
     "медтехника и ИТ", "medtech_it", "Умный и удобный город", "smart_city",
     "г. Томск", "Томск", "реализуется", "in_progress", D(2023, 1, 10), D(2025, 12, 31),
     (64500.0, 0.0, 64500.0, 0.0, 0.0, 40000.0), "n", 12, 7,
     "АО «ТомскРТС»", "7017001212", "Петрова А.А.", None, "12.01.2025"),
    (104592, "INO-2407", "Разработка залежей баженовской свиты (опытный участок)",
     "Кластер трудноизвлекаемых запасов", "hard_to_recover", "Передовая промышленность",
     "industry", "городской округ Стрежевой", "Стрежевой", "Реализуется", "in_progress",
     D(2021, 7, 1), None, (8400000.0, 1200000.0, 0.0, 7200000.0, 5000000.0, 3300000.0), "s", 300,
     110, "ООО «Стрежевская нефтяная компания»", "7022000606", "Коваль Н.Ю.",
     'Позиция ООО "Газпромнефть-Восток" по софинансированию не получена', "11.01.2025"),
    (104594, "INO-2408", "Бизнес-инкубатор «Томский район»",
     "—", None, "Деловая среда", "business_environment",
     "Томский район", "Томский район", "завершен", "completed", D(2018, 3, 1), D(2020, 12, 25),
     (45600.0, 0.0, 45600.0, 0.0, 0.0, 45600.0), "n", 10, 10,
     "МАУ «Бизнес-инкубатор»", "7014001313", "Петрова А.А.", None, "20.12.2024"),
    (104595, "INO-2409", "Городская система видеоаналитики",
     "", None, "Умный и удобный город", "smart_city",
     "г. Томск", "Томск", "Планируется", "planned", D(2025, 4, 1), D(2027, 3, 31),
     (310600.5, 16700.0, 45200.0, 248700.5, 194800.0, 0.0), "p", 30, 0,
     "ООО «Видеотех»", "7017001616", "Петрова А.А.", None, "15.01.2025"),
    (104597, "INO-2410", "Научно-образовательный центр «Нефтехимия»",
     "нефтехимический", "petrochemical", "Наука и образование", "science_education",
     "г. Томск", "Томск", "Реализуется", "in_progress", D(2022, 9, 1), D(2030, 12, 31),
     (1200000.0, 800000.0, 200000.0, 200000.0, 150000.0, 420000.0), "nb", 60, 22,
     "ТГУ", "7018000707", "Ильин С.П.", None, "13.01.2025"),
    (104598, "INO-2411", "Производство ОСП (этап III)",
     "Лесопромышленный кластер", "timber", "Передовая промышленность", "industry",
     "г. Асино", "Асино", "Приостановлен", "suspended", D(2021, 2, 1), D(2026, 12, 31),
     (5100000.0, 0.0, 300000.0, 4800000.0, 3800000.0, 1200000.0), "s", 450, 120,
     "ООО «Асино Вуд»", "7002000202", "Коваль Н.Ю.", "Нет решения по земельному участку", "08.01.2025"),
    (104599, "INO-2412", "Выпуск рентгеновских аппаратов для ветеринарии",
     "Кластер медицинской техники и информационных технологий", "medtech_it",
     "Технологические инновации, новые бизнесы", "innovation_business",
     "г. Томск", "Томск", "Реализуется", "in_progress", D(2024, 3, 1), D(2026, 3, 31),
     (72000.0, 0.0, 0.0, 72000.0, 72000.0, 15000.0), "p", 25, None,
     "ООО «Рентгенпром»", "7017001818", "Петрова А.А.", None, "15.01.2025"),
]


def csv_money(v, style):
    """'p' plain '1875400,5'; 's' space thousands '3 250 000,0'; 'nb' NBSP thousands;
    'n' no decimals when whole ('185300')."""
    if v is None:
        return ""
    if style == "p":
        return ru(v, 1, "")
    if style == "s":
        return ru(v, 1, " ")
    if style == "nb":
        return ru(v, 1, NBSP)
    if style == "n":
        return ru(v, 0, "") if float(v).is_integer() else ru(v, 1, "")
    raise ValueError(style)


def make_csv():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["Реестр проектов ИНО «Томск» — выгрузка из РИС «Мониторинг инвестиционных проектов "
                "Томской области»", "Дата выгрузки: 20.01.2025 14:32"] + [""] * (len(C_COLS) - 2))
    w.writerow([""] * len(C_COLS))
    w.writerow([h for h, _, _ in C_COLS])
    records, lines = [], []
    line = 4
    for p in C_ROWS:
        (pid, code, name, cl, cl_k, wa, wa_k, mo, mo_k, st, st_k, start, end, money, style, jp, jc,
         init, inn, resp, prob, upd) = p
        tot, fb, ob, vbs, conf, spent = money
        w.writerow([pid, code, name, cl, wa, mo, st, start.strftime("%d.%m.%Y"),
                    end.strftime("%d.%m.%Y") if end else "", csv_money(tot, style),
                    csv_money(fb, style), csv_money(ob, style), csv_money(vbs, style),
                    csv_money(conf, style), csv_money(spent, style), jp,
                    "" if jc is None else jc, init, inn, resp, prob or "", upd])
        records.append({
            "code": code, "name": name, "cluster": cl_k, "work_area": wa_k, "location": mo_k,
            "status": st_k, "start_date": start.isoformat(),
            "end_date": end.isoformat() if end else None,
            "total_cost_mln": mln(tot, "0.001"), "federal_budget_mln": mln(fb, "0.001"),
            "regional_budget_mln": mln(ob, "0.001"), "extra_budgetary_mln": mln(vbs, "0.001"),
            "extra_budgetary_confirmed_mln": mln(conf, "0.001"), "jobs_planned": jp,
            "jobs_created": jc, "lead_organization": init, "problems": prob})
        lines.append(line)
        line += 1 + (prob or "").count("\n")
    w.writerow([""] * len(C_COLS))
    text = buf.getvalue()
    (OUT / C_NAME).write_bytes(text.encode("cp1251"))
    notes = (
        "CSV export of a regional information system: Windows-1251 (cp1251), no BOM, CRLF line ends, "
        "';' separator, fields with ';', '\"' or a line break enclosed in double quotes with inner "
        "quotes doubled. Line 1 is a preamble (system name and export time, then empty fields), "
        "line 2 is empty fields only (';;;...'), line 3 is the header, projects on lines 4-16, "
        "line 17 is empty fields only; none of lines 1, 2, 17 is a project. The problems field of "
        "INO-2405 (line 8) contains a quoted CRLF line break, so that record spans lines 8-9 and "
        "the next record starts on line 10 (line numbers in data_lines are physical lines). "
        "Amounts are in тыс. руб. (said in every money header), written with a decimal comma: "
        "'1875400,5', some with a plain space ('3 250 000,0') or NBSP ('1\u00a0200\u00a0000,0') "
        "as thousands separator, some whole ('185300'); expected values are /1000 exactly. "
        "Abbreviated headers: «ФБ», «ОБ», «ВБС», «ВБС подтв.» (confirmed extra-budgetary), «РМ "
        "(план)» / «РМ (факт)» (рабочие места planned / created), «МО» (municipality = location). "
        "Look-alike columns NOT imported: «ID» (a database row id, not the project code — code is "
        "«Код проекта»); «Освоено, тыс. руб.» (spent to date); «ИНН инициатора»; «Ответственный» "
        "(a person); «Дата актуализации» (a date, but not a project date). lead_organization is "
        "«Инициатор». Places: 'г. Томск', 'ЗАТО Северск', 'г. Асино', 'Колпашевское городское "
        "поселение' -> Колпашево, 'городской округ Стрежевой' -> Стрежевой, 'Томский район'. "
        "Clusters: full names, short forms ('ядерные технологии', 'лесопромышленный', "
        "'нефтехимический', 'медтехника и ИТ'); '—' or empty -> null. Statuses: 'Реализуется', "
        "'реализуется', 'ведется строительство' (е for ё) -> in_progress; 'Завершен', 'завершен' -> "
        "completed; 'Планируется' -> planned; 'Приостановлен' -> suspended. Empty end date "
        "(INO-2407), empty confirmed ВБС (INO-2403) and empty РМ (факт) (INO-2412) are null.")
    write_expected(C_NAME, list(ALL_FIELDS), records, [], columns_list(C_COLS), notes,
                   encoding="cp1251", delimiter=";", header_line=3, data_lines=lines,
                   skipped_lines={"1": "preamble", "2": "empty fields", str(line): "empty fields"})


# ============================================================================ file 6
B_NAME = "mo_monitoring_bad.xlsx"
B_COLS = [
    ("Код проекта", None, "code"),
    ("Наименование проекта", None, "name"),
    ("Кластер", None, "cluster"),
    ("Муниципальное образование", None, "location"),
    ("Статус", None, "status"),
    ("Дата начала", None, "start_date"),
    ("Дата окончания", None, "end_date"),
    ("Стоимость, млн руб.", None, "total_cost_mln"),
    ("в т.ч. ОБ, млн руб.", None, "regional_budget_mln"),
    ("ВБС, млн руб.", None, "extra_budgetary_mln"),
    ("Рабочие места (план), ед.", None, "jobs_planned"),
    ("Исполнитель (ФИО, тел.)", None, None),
    ("Проблемные вопросы", None, "problems"),
]
# cells as written: code, name, cluster, place, status, start, end, cost, ob, vbs, jobs, person, problems
# + expected: None if the row is valid -> record dict built from keys; else (reason, column letter)
B_SHEETS = [
    ("Томск", [
        (["INO-2501", "Реконструкция корпуса бизнес-инкубатора «Томск»", "—", "г. Томск",
          "реализуется", ("d", D(2023, 5, 2)), ("t", D(2025, 10, 31)), 86.4, 40.0, 46.4, 22,
          "Орлова И.П., 51-22-10", None],
         dict(cl=None, pl="Томск", st="in_progress")),
        (["INO-2502", "Технопарк компьютерного зрения", "медтехника и ИТ", "г. Томск",
          "планируется", ("d", D(2025, 2, 1)), ("q", "IV кв. 2026", 4, 2026), "ориентировочно 320",
          20.0, 300.0, 45, "Орлова И.П., 51-22-10", None],
         ("not a number: 'ориентировочно 320'", "H")),
        (["INO-2503", "Завод полимерных труб на площадке «Томскнефтехим»", "нефтехимический",
          "г. Томск", "ведётся строительство", ("t", D(2022, 8, 15)), ("y", 2025), "1 250,0",
          "0,0", "1\u00a0250,0", 140, "Дьяков С.В., 51-30-44", None],
         dict(cl="petrochemical", pl="Томск", st="in_progress")),
        (["INO-2504", "Лаборатория испытаний композитов", "нефтехимический", "г. Томск",
          "планируется", ("t", D(2024, 6, 1)), ("t", D(2023, 12, 31)), 54.0, 4.0, 50.0, 12,
          "Дьяков С.В., 51-30-44", None],
         ("end date before start date", "G")),
        (["INO-2505", "Центр коллективного пользования «Микроэлектроника»", "медтехника и ИТ",
          "г. Томск", "работы завершены", ("d", D(2020, 3, 10)), ("d", D(2023, 3, 31)), 412.7, 12.7,
          400.0, "12", "Орлова И.П., 51-22-10", None],
         dict(cl="medtech_it", pl="Томск", st="completed")),
        (["INO-2506", "Цех рентгенозащитных материалов", "ядерных технологий", "ЗАТО Северск",
          "реализуется", ("d", D(2023, 1, 9)), ("q", "II кв. 2025", 2, 2025), 96.0, -15.5, 111.5,
          30, "Дьяков С.В., 51-30-44", None],
         ("negative amount", "I")),
        (["INO-2507", "Опытное производство катализаторов", "нефтехимический", "г. Томск",
          "реализуется", ("d", D(2022, 11, 1)), ("y", 2025), 230.0, 30.0, 200.0, 40,
          "Орлова И.П., 51-22-10", None],
         ("duplicate code INO-2507 (sheet 'Томск' row 10 and sheet 'Районы' row 5 differ)", "A")),
        (["INO-2508", "Инжиниринговый центр для МСП", None, "г. Томск", "реализуется",
          ("t", D(2023, 4, 3)), ("t", D(2025, 12, 31)), 65.0, 65.0, 0.0, "~40",
          "Орлова И.П., 51-22-10", None],
         ("not a number: '~40'", "K")),
        None,   # row of blank cells (one holds spaces)
        (["INO-2509", "Коворкинг-центр «Точка кипения — Томск»", None, "г. Томск", "завершён",
          ("t", D(2019, 2, 1)), ("t", D(2020, 9, 30)), 18.3, "0,0", 18.3, 6,
          "Орлова И.П., 51-22-10", "Требуется продление договора аренды помещения"],
         dict(cl=None, pl="Томск", st="completed")),
    ]),
    ("Районы", [
        (["INO-2510", "Лесоперерабатывающий комплекс «Асино-Лес»", "лесопромышленный", "г. Асино",
          "реализуется", ("d", D(2022, 6, 6)), ("q", "IV кв. 2025", 4, 2025), 1860.0, 60.0, 1800.0,
          280, "Белова Т.С., 2-14-77", None],
         dict(cl="timber", pl="Асино", st="in_progress")),
        (["INO-2507", "Опытное производство катализаторов", "нефтехимический", "ЗАТО Северск",
          "реализуется", ("d", D(2022, 11, 1)), ("y", 2026), 230.0, 30.0, 200.0, 40,
          "Белова Т.С., 2-14-77", None],
         ("duplicate code INO-2507 (sheet 'Томск' row 10 and sheet 'Районы' row 5 differ)", "A")),
        (["INO-2511", "Производство водородных топливных элементов", "Кластер водородной энергетики",
          "ЗАТО Северск", "планируется", ("d", D(2025, 1, 15)), ("y", 2028), 740.0, 40.0, 700.0, 60,
          "Белова Т.С., 2-14-77", None],
         ("unknown cluster 'Кластер водородной энергетики'", "C")),
        (["INO-2512", "Переработка кедрового ореха в Колпашеве", "дикоросы", "г. Колпашево",
          "приостановлен до решения", ("d", D(2021, 5, 17)), ("q", "IV кв. 2026", 4, 2026), 120.5,
          20.5, 100.0, 35, "Белова Т.С., 2-14-77", "Инвестор пересматривает бизнес-план"],
         dict(cl="wildlife", pl="Колпашево", st="suspended")),
        (["INO-2513", "Опытный полигон ТрИЗ в Стрежевом", "ТрИЗ", "городской округ Стрежевой",
          "реализуется", ("d", D(2023, 3, 1)), ("y", 2027), 2500.0, 500.0, "-2 000,0", 120,
          "Белова Т.С., 2-14-77", None],
         ("negative amount", "J")),
        (["INO-2514", "Агропромышленный парк «Томский»", None, "Томский район", "планируется",
          ("t", D(2025, 3, 15)), ("yt", 2024), 310.0, 110.0, 200.0, 90, "Белова Т.С., 2-14-77",
          None],
         ("end date before start date", "G")),
        (["INO-2515", "Цех переработки дикоросов в Томском районе", "дикоросы", "Томский район",
          "планируется", None, ("yt", 2026), 48.0, 8.0, 40.0, 18, "Белова Т.С., 2-14-77", None],
         dict(cl="wildlife", pl="Томский район", st="planned")),
    ]),
]


def make_bad():
    wb = Workbook()
    wb.remove(wb.active)
    records, rejected, sheets_info = [], [], []
    for sname, rows in B_SHEETS:
        ws = wb.create_sheet(sname)
        ws["A1"] = f"Мониторинг реализации проектов ИНО «Томск»: {sname if sname == 'Томск' else 'муниципальные районы и ЗАТО'}"
        ws["A2"] = "по состоянию на 01.01.2025"
        for k, (h, _, _) in enumerate(B_COLS, 1):
            put(ws, 3, k, h).font = Font(bold=True)
        r = 4
        skipped = {}
        for item in rows:
            if item is None:
                for k in range(1, len(B_COLS) + 1):
                    ws.cell(r, k).number_format = "@"
                put(ws, r, 2, "   ")
                put(ws, r, 8, " ")
                skipped[str(r)] = "blank row (cells formatted, two hold only spaces)"
                r += 1
                continue
            cells, exp = item
            sv, sf, sd = date_cell(cells[5])
            ev, ef, ed = date_cell(cells[6])
            vals = cells[:5] + [sv, ev] + cells[7:]
            for k, v in enumerate(vals, 1):
                put(ws, r, k, v, sf if k == 6 else ef if k == 7 else
                    ("#,##0.0" if k in (8, 9, 10) and isinstance(v, float) else None))
            if isinstance(exp, dict):
                def num(x):
                    if isinstance(x, str):
                        return float(x.replace("\u00a0", "").replace(" ", "").replace(",", "."))
                    return float(x)
                records.append({
                    "code": cells[0], "name": cells[1], "cluster": exp["cl"], "location": exp["pl"],
                    "status": exp["st"], "start_date": sd, "end_date": ed,
                    "total_cost_mln": num(cells[7]), "regional_budget_mln": num(cells[8]),
                    "extra_budgetary_mln": num(cells[9]), "jobs_planned": int(num(cells[10])),
                    "problems": cells[12]})
            else:
                rejected.append({"sheet": sname, "row": r, "reason": exp[0], "column": exp[1],
                                 "code": cells[0]})
            r += 1
        put(ws, r, 2, "Итого")
        skipped[str(r)] = "totals (Итого)"
        put(ws, r, 8, round(sum(it[0][7] for it in rows if it is not None
                                and isinstance(it[0][7], float) and it[0][7] > 0), 1), "#,##0.0")
        sheets_info.append({"sheet": sname, "header_row": 3, "skipped_rows": skipped})
        ws.column_dimensions["B"].width = 50
    wb.save(OUT / B_NAME)
    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date",
              "total_cost_mln", "regional_budget_mln", "extra_budgetary_mln", "jobs_planned",
              "problems"]
    notes = (
        "Municipal monitoring form with bad rows, two sheets 'Томск' and 'Районы', each: title rows "
        "1-2, header row 3, data from row 4, an 'Итого' row at the end (name column B says 'Итого', "
        "a sum in the cost column; not a project, not rejected). Amounts in млн руб. 7 valid rows imported, 9 "
        "rows rejected. Rejected: 'Томск' row 5 cost 'ориентировочно 320' (text in a number column, "
        "H); row 7 end 31.12.2023 before start 01.06.2024 (G); row 9 regional budget -15.5 (negative "
        "number cell, I); row 10 and 'Районы' row 5: the same code INO-2507 on both sheets with "
        "different data (location and end year differ) -> both rows rejected (A); row 11 jobs '~40' "
        "(K); 'Районы' row 6 unknown cluster 'Кластер водородной энергетики' (C); row 8 ВБС text "
        "'-2 000,0' (a negative number written the Russian way, J); row 9 start '15.03.2025' (text), "
        "end '2024' (text year = 2024-12-31, before the start, G). 'Томск' row 12 is a blank row "
        "(text-formatted cells, two holding only spaces): skipped silently. Valid traps: 'Томск' row "
        "6 has text money '1 250,0', '0,0' and '1\u00a0250,0' (valid); row 8 has jobs as text '12' "
        "(valid number); 'Районы' row 10 (INO-2515) has an empty start date (null, no date "
        "comparison) and end '2026' text. Column «Исполнитель (ФИО, тел.)» is a person and phone: "
        "not imported. Cluster short forms ('ядерных технологий' row is rejected anyway for the "
        "negative amount); '—' or empty -> null. Status 'работы завершены' -> completed, "
        "'приостановлен до решения' -> suspended, 'ведётся строительство' -> in_progress.")
    write_expected(B_NAME, fields, records, rejected, columns_list(B_COLS), notes,
                   sheets=sheets_info)


RESAVES = [("univ_niokr.xlsx", "univ_niokr.xls", "MS Excel 97 (.xls)"),
           ("vebrf_perechen.xlsx", "vebrf_perechen.ods", "OpenDocument spreadsheet (.ods)"),
           ("partner_tracker_en.xlsx", "partner_tracker_en.xlsx", "Office Open XML re-written by LibreOffice")]


def write_resaved_expected():
    """Expected JSON for the LibreOffice re-saves made by resave_agency21.sh: same records."""
    folder = OUT / "resaved"
    folder.mkdir(exist_ok=True)
    for src, dst, kind in RESAVES:
        doc = json.loads((OUT / f"{src}.expected.json").read_text(encoding="utf-8"))
        doc["file"] = dst
        doc["resaved_from"] = src
        doc["notes"] = (f"LibreOffice re-save of {src} as {kind} (soffice --headless --convert-to; "
                        "see resave_agency21.sh). Same sheets, rows, cells and records as the "
                        "original; the layout notes of the original apply: " + doc["notes"])
        keys = ["file", "refused", "fields", "record_count", "records", "rejected"]
        doc = {k: doc[k] for k in keys} | {k: v for k, v in doc.items() if k not in keys}
        (folder / f"{dst}.expected.json").write_text(
            json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    base = make_univ()
    make_update(base)
    make_veb()
    make_english()
    make_csv()
    make_bad()
    write_resaved_expected()
    print("written to", OUT)
