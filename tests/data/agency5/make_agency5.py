#!/usr/bin/env python3
"""Generator of the independent evaluation set `agency5` (agency workbooks, wording emphasis).

Deterministic: run with /work/main/.venv/bin/python make_agency5.py  (writes next to itself).
Every workbook is produced together with NAME.expected.json in the format of
/work/shared/samples/README.md.  Money is kept internally in integer tenths of a RUB million so
that the expected values are exact; the workbook then shows it in the unit its sender uses.
"""
import csv
import datetime as dt
import io
import json
import random
import re
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

OUT = Path(__file__).resolve().parent
NBSP = "\u00a0"

ALL_FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
              "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
              "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created", "lead_organization",
              "problems"]
MONEY = {"total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
         "extra_budgetary_confirmed_mln"}

# ----------------------------------------------------------------------------------------------
# name pools (written for this set)
# ----------------------------------------------------------------------------------------------
NAMES = {
    "petrochemical": [
        "Выпуск полиэтилентерефталата для упаковочной промышленности",
        "Модернизация установки пиролиза углеводородного сырья",
        "Производство присадок к моторным топливам",
        "Создание производства полимерных труб большого диаметра",
        "Организация выпуска технических масел из попутного нефтяного газа",
        "Малотоннажная химия на основе продуктов пиролиза",
    ],
    "nuclear": [
        "Опытно-демонстрационный энергоблок с реактором на быстрых нейтронах",
        "Модуль фабрикации и рефабрикации плотного нитридного топлива",
        "Производство стабильных изотопов для медицины и науки",
        "Производство сверхчистого фтористого водорода",
        "Переработка отвального гексафторида урана",
        "Участок радиационной стерилизации медицинских изделий",
        "Хранилище отработавших источников ионизирующего излучения",
    ],
    "timber": [
        "Лесопильно-деревообрабатывающий комбинат полного цикла",
        "Производство топливных гранул из отходов лесопиления",
        "Выпуск клееного бруса и деревянных домокомплектов",
        "Фанерный завод мощностью 90 тыс. куб. м в год",
        "Биоэнергетическая котельная на древесных отходах",
        "Производство древесноволокнистых плит средней плотности",
    ],
    "pharma": [
        "Производство инфузионных растворов в полимерной упаковке",
        "Выпуск субстанций противотуберкулезных препаратов",
        "Центр доклинических исследований лекарственных средств",
        "Производство ветеринарных иммунобиологических препаратов",
        "Участок фасовки твердых лекарственных форм",
        "Биотехнологическое производство ферментных препаратов",
    ],
    "medtech_it": [
        "Производство имплантатов из никелида титана",
        "Телемедицинская платформа для районных больниц",
        "Центр обработки данных уровня надежности Tier III",
        "Серийный выпуск портативных электрокардиографов",
        "Отечественная система управления ресурсами предприятия",
        "Производство компонентов сверхвысокочастотной электроники",
    ],
    "wildlife": [
        "Глубокая переработка кедрового ореха",
        "Сублимационная сушка лесных ягод",
        "Производство биологически активных добавок из чаги",
        "Цех переработки дикорастущих грибов",
        "Выпуск кедрового масла холодного отжима",
    ],
    "hard_to_recover": [
        "Опытно-промышленная разработка баженовской свиты",
        "Полигон испытаний технологий добычи трудноизвлекаемой нефти",
        "Освоение доюрских отложений палеозоя",
        "Многостадийный гидроразрыв пласта в низкопроницаемых коллекторах",
        "Цифровой керновый центр",
    ],
    None: [
        "Межвузовский студенческий кампус",
        "Благоустройство набережной реки Томи",
        "Интеллектуальная транспортная система города",
        "Центр кластерного развития",
        "Бизнес-инкубатор для технологических стартапов",
        "Центр коллективного пользования научным оборудованием",
        "Региональный инжиниринговый центр",
        "Цифровая платформа муниципальных услуг",
        "Технопарк в сфере высоких технологий",
        "Школа на 1100 мест в микрорайоне Северный парк",
        "Научно-образовательный центр мирового уровня",
        "Реставрация объектов деревянного зодчества",
    ],
}
WA_OF_CLUSTER = {"petrochemical": ["industry", "innovation_business"],
                 "nuclear": ["industry", "science_education"],
                 "timber": ["industry", "innovation_business"],
                 "pharma": ["industry", "science_education", "innovation_business"],
                 "medtech_it": ["innovation_business", "science_education", "industry"],
                 "wildlife": ["industry", "innovation_business"],
                 "hard_to_recover": ["industry", "science_education"],
                 None: ["smart_city", "business_environment", "science_education", "innovation_business"]}
ORGS = {
    "petrochemical": ["ООО «Томская нефтехимическая компания»", "АО «Сибполимер»", "ООО «ХимТехСервис»"],
    "nuclear": ["АО «Сибирский химический комбинат»", "АО «Опытно-демонстрационный центр»", "ООО «Изотоп-Сибирь»"],
    "timber": ["ООО «Асиновский лесопромышленный комбинат»", "ООО «Чулымлес»", "АО «Томлесдрев»"],
    "pharma": ["АО «Томская фармацевтическая фабрика»", "ООО «Сибфармбиотех»", "ООО «Ветбиопрепараты»"],
    "medtech_it": ["ООО «Томские медицинские технологии»", "АО «НПФ «Микран»", "ООО «Элеси-Софт»"],
    "wildlife": ["ООО «Сибирский кедровый дом»", "ООО «Таёжные дары»", "КФХ «Чулымская ягода»"],
    "hard_to_recover": ["АО «Томскнефтегеология»", "ООО «Баженов-Инжиниринг»", "ООО «ПалеоНефть»"],
    None: ["ОГКУ «Облстройзаказчик»", "АНО «Центр развития предпринимательства»", "МКУ «Городское благоустройство»",
           "Томский политехнический университет", "ООО «Городские цифровые сервисы»"],
}
PROBLEMS = [
    "Не определен источник софинансирования из федерального бюджета",
    "Затягивается прохождение государственной экспертизы проектной документации",
    "Нет технических условий на подключение к сетям газоснабжения",
    "Инвестор пересматривает сроки в связи с ростом стоимости оборудования",
    "Ограничения на поставку импортного оборудования; ищется замена",
    "Не решен вопрос предоставления земельного участка без торгов",
    "Требуется внесение объекта в схему территориального планирования",
    "Подрядчик нарушает график строительно-монтажных работ",
]
PEOPLE = ["Кузнецов А. В.", "Лебедева О. Н.", "Морозов Д. С.", "Ильина Т. П.", "Гончаров С. А.",
          "Федорова Е. М.", "Савельев И. Р."]


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------
def mln(t):
    """tenths of a million -> float million for the expected file"""
    return round(t / 10, 1)


def ru_num(x, decimals=1, sep=NBSP):
    """Russian text number: decimal comma, thousands separated by `sep`"""
    s = f"{x:,.{decimals}f}"
    return s.replace(",", "\u2009").replace(".", ",").replace("\u2009", sep)


def qlast(d):
    q = (d.month - 1) // 3 + 1
    m = q * 3
    nxt = dt.date(d.year + (m == 12), (m % 12) + 1, 1)
    return nxt - dt.timedelta(days=1), q


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def iso(d):
    return d.isoformat() if d else None


def make_records(rng, n, first_code, clusters, locations, statuses=("planned", "in_progress", "completed", "suspended"),
                 municipal=False):
    """Canonical projects.  Money in tenths of a million (ints)."""
    used = set()
    recs = []
    for i in range(n):
        cl = clusters[i % len(clusters)]
        pool = [x for x in NAMES[cl] if x not in used]
        if not pool:
            pool = [x + " (вторая очередь)" for x in NAMES[cl] if x + " (вторая очередь)" not in used]
        name = rng.choice(pool)
        used.add(name)
        status = statuses[i % len(statuses)] if i < len(statuses) else rng.choice(statuses)
        if status == "planned":
            start = dt.date(2025, 11, 1) + dt.timedelta(days=rng.randrange(0, 2 * 365))
            end = start + dt.timedelta(days=rng.randrange(400, 5 * 365))
        elif status == "completed":
            start = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randrange(0, 7 * 365))
            end = start + dt.timedelta(days=rng.randrange(300, 4 * 365))
            end = min(end, dt.date(2025, 6, 30))
        else:
            start = dt.date(2017, 1, 1) + dt.timedelta(days=rng.randrange(0, 8 * 365))
            end = max(start + dt.timedelta(days=rng.randrange(400, 6 * 365)), dt.date(2025, 12, 31))
        scale = rng.choice([10, 100, 1000, 10000, 40000])
        fb = rng.randrange(0, scale) if rng.random() < 0.6 else 0
        ob = rng.randrange(0, scale // 3 + 1) if rng.random() < 0.7 else 0
        eb = rng.randrange(scale // 4, scale * 3)
        mb = (rng.randrange(0, scale // 10 + 1) if rng.random() < 0.5 else 0) if municipal else 0
        conf = rng.randrange(0, eb + 1) if status != "planned" else 0
        jp = rng.choice([0, 5, 12, 25, 40, 60, 85, 120, 150, 210, 320, 450])
        if status == "completed":
            jc = jp
        elif status == "planned":
            jc = 0
        else:
            jc = rng.randrange(0, jp + 1) if jp else 0
        recs.append(dict(
            code=f"INO-{first_code + i:04d}", name=name, cluster=cl,
            work_area=rng.choice(WA_OF_CLUSTER[cl]), location=rng.choice(locations), status=status,
            start=start, end=end, fb=fb, ob=ob, mb=mb, eb=eb, conf=conf, total=fb + ob + mb + eb,
            jobs_planned=jp, jobs_created=jc, org=rng.choice(ORGS[cl]),
            problems=rng.choice(PROBLEMS) if status in ("suspended", "in_progress") and rng.random() < 0.6 else None,
            person=rng.choice(PEOPLE),
        ))
    return recs


def enlarge(recs, at_least):
    """state corporations and banks do not list projects of a few million"""
    for r in recs:
        while r["total"] < at_least:
            for k in ("fb", "ob", "eb", "mb", "conf", "total"):
                r[k] *= 10


def expected_record(r, fields, end_date=None, start_date=None, total=None):
    full = {
        "code": r["code"], "name": r["name"], "cluster": r["cluster"], "work_area": r["work_area"],
        "location": r["location"], "status": r["status"],
        "start_date": start_date if start_date is not None else iso(r["start"]),
        "end_date": end_date if end_date is not None else iso(r["end"]),
        "total_cost_mln": mln(total if total is not None else r["total"]),
        "federal_budget_mln": mln(r["fb"]), "regional_budget_mln": mln(r["ob"]),
        "extra_budgetary_mln": mln(r["eb"]), "extra_budgetary_confirmed_mln": mln(r["conf"]),
        "jobs_planned": r["jobs_planned"], "jobs_created": r["jobs_created"],
        "lead_organization": r["org"], "problems": r["problems"],
    }
    full.update(r.get("override", {}))
    return {f: full[f] for f in fields}


def write_expected(name, data):
    order = ["file", "refused", "fields", "record_count", "records", "rejected", "columns"]
    out = {k: data[k] for k in order if k in data}
    for k, v in data.items():
        if k not in out:
            out[k] = v
    (OUT / (name + ".expected.json")).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def patch_cached(path, sheet_index, cached):
    """Give formula cells a cached result (openpyxl writes <v />).  cached: {ref: value or None}.
    None removes the empty <v/> so that the formula has no cached value at all."""
    src = zipfile.ZipFile(path)
    items = [(i, src.read(i.filename)) for i in src.infolist()]
    src.close()
    target = f"xl/worksheets/sheet{sheet_index}.xml"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == target:
                s = data.decode("utf-8")
                for ref, val in cached.items():
                    pat = re.compile(r'(<c r="%s"[^>]*>)(<f>[^<]*</f>)<v\s*/>' % ref)
                    assert pat.search(s), ref
                    rep = (r"\1\2") if val is None else (r"\1\2<v>%s</v>" % repr(float(val)).rstrip("0").rstrip("."))
                    s = pat.sub(rep, s)
                data = s.encode("utf-8")
            z.writestr(info, data)


def set_widths(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

GENERATORS = []


def generator(fn):
    GENERATORS.append(fn)
    return fn


# ----------------------------------------------------------------------------------------------
# 1. Ministry of economic development form: "Форма 3-ИНО", thousand roubles said in a note row
# ----------------------------------------------------------------------------------------------
@generator
def ministry_form():
    fname = "minek_forma_3ino.xlsx"
    rng = random.Random(501)
    clusters = ["petrochemical", "nuclear", "timber", "pharma", "medtech_it", "wildlife", "hard_to_recover", None]
    locs = ["Томск", "Северск", "Асино", "Стрежевой", "Колпашево", "Томский район"]
    recs = make_records(rng, 22, 5101, clusters, locs, municipal=True)
    CL = {"petrochemical": "нефтехимический", "nuclear": "ядерных технологий", "timber": "лесопромышленный",
          "pharma": "фармацевтический", "medtech_it": "медтехники и ИТ", "wildlife": "дикоросов",
          "hard_to_recover": "трудноизвлекаемых запасов углеводородов"}
    WA = {"industry": "Развитие передовой промышленности", "science_education": "Развитие науки и образования",
          "innovation_business": "Технологические инновации и новые бизнесы",
          "smart_city": "Создание умного и удобного города",
          "business_environment": "Формирование благоприятной деловой среды"}
    LOC = {"Томск": "Городской округ «Город Томск»", "Северск": "ЗАТО Северск",
           "Асино": "Асиновское городское поселение", "Стрежевой": "Городской округ Стрежевой",
           "Колпашево": "Колпашевское городское поселение", "Томский район": "Томский муниципальный район"}
    ST = {"planned": ["планируется к реализации"], "in_progress": ["реализуется", "в стадии реализации"],
          "completed": ["реализация завершена", "завершен, объект введен в эксплуатацию"],
          "suspended": ["реализация приостановлена"]}

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Форма 3-ИНО"
    ncol = 22
    L = get_column_letter(ncol)
    ws["A1"] = "Приложение № 2 к письму Минэкономразвития России от 14.03.2025 № Д14и-8812"
    ws["A1"].alignment = Alignment(horizontal="right")
    ws.merge_cells(f"A1:{L}1")
    ws["A2"] = ("ИНФОРМАЦИЯ о ходе реализации проектов, включенных в комплексную программу развития "
                "инновационного территориального кластера «ИНО Томск»")
    ws["A2"].font = BOLD
    ws.merge_cells(f"A2:{L}2")
    ws["A3"] = "по состоянию на 01.10.2025 (отчетный период — 9 месяцев 2025 г.)"
    ws.merge_cells(f"A3:{L}3")
    ws["A4"] = "Субъект Российской Федерации: Томская область"
    ws[f"{L}4"] = "(тыс. рублей)"
    ws[f"{L}4"].alignment = Alignment(horizontal="right")
    # header rows 6-7
    single = {1: "№ п/п", 2: "Код проекта в реестре программы",
              3: "Наименование проекта (объекта капитального строительства)", 4: "Принадлежность к кластеру",
              5: "Направление реализации программы", 6: "Муниципальное образование (место реализации)",
              7: "Текущее состояние реализации",
              15: "из них ВБИ, подтвержденные заключенными соглашениями",
              16: "Освоено с начала реализации", 19: "Степень готовности проекта, %",
              20: "Ответственный исполнитель (юридическое лицо)",
              21: "Куратор проекта в ИОГВ (Ф.И.О., должность)",
              22: "Проблемные вопросы, требующие решения на федеральном уровне"}
    groups = {(8, 9): ("Срок реализации", ["начало", "окончание"]),
              (10, 14): ("Объем финансирования проекта за весь период реализации",
                         ["всего", "ФБ", "ОБ", "МБ", "ВБИ"]),
              (17, 18): ("Количество рабочих мест, ед.", ["предусмотрено проектом", "создано на отчетную дату"])}
    field_of = {1: None, 2: "code", 3: "name", 4: "cluster", 5: "work_area", 6: "location", 7: "status",
                8: "start_date", 9: "end_date", 10: "total_cost_mln", 11: "federal_budget_mln",
                12: "regional_budget_mln", 13: None, 14: "extra_budgetary_mln",
                15: "extra_budgetary_confirmed_mln", 16: None, 17: "jobs_planned", 18: "jobs_created",
                19: None, 20: "lead_organization", 21: None, 22: "problems"}
    columns = []
    for c in range(1, ncol + 1):
        if c in single:
            ws.cell(6, c, single[c])
            ws.merge_cells(start_row=6, start_column=c, end_row=7, end_column=c)
            columns.append([single[c], field_of[c]])
        for (a, b), (top, subs) in groups.items():
            if c == a:
                ws.cell(6, a, top)
                ws.merge_cells(start_row=6, start_column=a, end_row=6, end_column=b)
            if a <= c <= b:
                ws.cell(7, c, subs[c - a])
                columns.append([f"{top} / {subs[c - a]}", field_of[c]])
    for row in ws.iter_rows(min_row=6, max_row=7):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            cell.font = BOLD
    # column-number row 8, real forms say how the total is built
    for c in range(1, ncol + 1):
        ws.cell(8, c, "10=11+12+13+14" if c == 10 else c)
        ws.cell(8, c).alignment = Alignment(horizontal="center")
    set_widths(ws, [5, 12, 48, 18, 26, 26, 22, 12, 12, 14, 12, 12, 10, 14, 14, 14, 11, 11, 9, 34, 26, 40])

    records, rejected, cached = [], [], {}
    r0 = 9
    text_money = 0
    text_dates = 0
    for i, r in enumerate(recs):
        row = r0 + i
        reject = None
        if i == 6:
            reject = ("formula without a cached value", "J")
        if i == 15:
            reject = ("unknown cluster 'агропромышленный'", "D")
        ws.cell(row, 1, i + 1)
        ws.cell(row, 2, r["code"])
        ws.cell(row, 3, r["name"])
        ws.cell(row, 4, "агропромышленный" if i == 15 else (CL[r["cluster"]] if r["cluster"] else ["-", None][i % 2]))
        ws.cell(row, 5, WA[r["work_area"]])
        ws.cell(row, 6, LOC[r["location"]])
        ws.cell(row, 7, ST[r["status"]][i % len(ST[r["status"]])])
        # start: real date / text date / quarter
        s_kind = i % 5
        if s_kind in (0, 1, 3):
            ws.cell(row, 8, r["start"]).number_format = "DD.MM.YYYY"
            start_e = iso(r["start"])
        elif s_kind == 2:
            ws.cell(row, 8, r["start"].strftime("%d.%m.%Y"))
            text_dates += 1
            start_e = iso(r["start"])
        else:
            qd, q = qlast(r["start"])
            ws.cell(row, 8, f"{ROMAN[q]} квартал {r['start'].year} г.")
            start_e = iso(qd)
        e_kind = i % 4
        if e_kind == 0:
            ws.cell(row, 9, r["end"]).number_format = "DD.MM.YYYY"
            end_e = iso(r["end"])
        elif e_kind == 1:
            qd, q = qlast(r["end"])
            ws.cell(row, 9, f"{ROMAN[q]} квартал {r['end'].year} г.")
            end_e = iso(qd)
        elif e_kind == 2:
            qd, q = qlast(r["end"])
            ws.cell(row, 9, f"{q} кв. {r['end'].year}")
            end_e = iso(qd)
        else:
            ws.cell(row, 9, r["end"].year)  # General format: a year
            end_e = f"{r['end'].year}-12-31"
        assert end_e >= start_e
        # money, thousand roubles
        if i % 7 == 3:  # the clerk typed the total over the formula, as Russian text
            ws.cell(row, 10, ru_num(r["total"] * 100, 1, NBSP))
            text_money += 1
        else:
            ws.cell(row, 10, f"=SUM(K{row}:N{row})").number_format = "#,##0.0"
            cached[f"J{row}"] = None if i == 6 else r["total"] * 100
        for c, key in ((11, "fb"), (12, "ob"), (13, "mb"), (14, "eb"), (15, "conf")):
            v = r[key] * 100
            if c == 15 and i % 3 == 0:
                ws.cell(row, c, ru_num(v, 1, NBSP if c % 2 else " "))
                text_money += 1
            else:
                ws.cell(row, c, v).number_format = "#,##0.0"
        spent = int(r["total"] * 100 * rng.choice([0, 0.2, 0.55, 0.8, 1.0])) if r["status"] != "planned" else 0
        ws.cell(row, 16, spent).number_format = "#,##0.0"
        ws.cell(row, 17, r["jobs_planned"])
        ws.cell(row, 18, r["jobs_created"])
        ws.cell(row, 19, {"planned": 0, "completed": 100}.get(r["status"], rng.randrange(5, 95)))
        ws.cell(row, 20, r["org"])
        ws.cell(row, 21, f"{r['person']}, консультант отдела инвестиционных проектов")
        ws.cell(row, 22, r["problems"])
        for c in (3, 20, 22):
            ws.cell(row, c).alignment = WRAP
        if reject:
            rejected.append({"sheet": ws.title, "row": row, "reason": reject[0], "column": reject[1], "code": r["code"]})
        else:
            records.append(expected_record(r, ALL_FIELDS, end_date=end_e, start_date=start_e))
    last = r0 + len(recs) - 1
    tot = last + 1
    ws.cell(tot, 1, "Итого по программе")
    ws.merge_cells(start_row=tot, start_column=1, end_row=tot, end_column=7)
    ws.cell(tot, 1).font = BOLD
    for c in (10, 11, 12, 13, 14, 15, 16, 17, 18):
        col = get_column_letter(c)
        ws.cell(tot, c, f"=SUM({col}{r0}:{col}{last})")
    # cached results of the totals row (text cells are not summed by Excel)
    for c in (10, 11, 12, 13, 14, 15, 16, 17, 18):
        col = get_column_letter(c)
        s = 0
        for rr in range(r0, last + 1):
            v = cached.get(f"{col}{rr}", 0) if c == 10 else ws.cell(rr, c).value
            if isinstance(v, (int, float)):
                s += v
        cached[f"{col}{tot}"] = s
    ws.cell(tot + 2, 1, "* Графы 10-16 заполняются нарастающим итогом с начала реализации проекта; "
                        "ФБ — федеральный бюджет, ОБ — областной бюджет, МБ — местные бюджеты, "
                        "ВБИ — внебюджетные источники.")
    ws.cell(tot + 4, 1, "Начальник департамента инвестиций Томской области  ____________  /А. Б. Смирнов/")
    ws.cell(tot + 5, 1, "Исп.: Петрова Н. С., тел. (3822) 51-00-00")
    path = OUT / fname
    wb.save(path)
    patch_cached(path, 1, cached)
    write_expected(fname[:-5], {
        "file": fname, "refused": False, "fields": ALL_FIELDS, "record_count": len(records), "records": records,
        "rejected": rejected, "columns": columns, "sheet": ws.title, "header_rows": [6, 7], "data_rows": [r0, last],
        "skipped_rows": {"1": "title", "2": "title", "3": "title", "4": "note row with the unit",
                         "8": "column numbers", str(tot): "totals", str(tot + 2): "footnote",
                         str(tot + 4): "signature", str(tot + 5): "footnote"},
        "unit": "thousand roubles, said only in the note row above the table (cell %s4: '(тыс. рублей)')" % L,
        "notes": (
            "Ministry report form (Форма 3-ИНО). Title rows 1-3; row 4 holds the subject of the federation and, "
            "at the far right, '(тыс. рублей)': every money column is in thousand roubles although no money header "
            "says so (given here in RUB million). Two-level merged header in rows 6-7; row 8 numbers the columns and "
            "its 10th cell is the text '10=11+12+13+14' - still the column-number row, not data. Column 10 "
            "('всего') is a formula =SUM(K:N) with cached results; it includes МБ (municipal budget, column 13, "
            "not imported), so total_cost_mln is not the sum of the three imported sources. The formula in row %d "
            "has no cached value: that row is rejected. Row %d has the cluster 'агропромышленный', which is none "
            "of the programme's clusters: rejected. Cluster written as an adjective/genitive without the word "
            "'кластер' ('нефтехимический', 'ядерных технологий', 'дикоросов', 'трудноизвлекаемых запасов "
            "углеводородов'); '-' or empty = no cluster. Work areas written as phrases ('Развитие передовой "
            "промышленности', 'Формирование благоприятной деловой среды'...). Places as municipal units "
            "('Городской округ «Город Томск»', 'ЗАТО Северск', 'Асиновское городское поселение', 'Томский "
            "муниципальный район'...). Dates: real dates, %d 'dd.mm.yyyy' texts, quarters written "
            "'III квартал 2021 г.' or '2 кв. 2026' (last day of the quarter, also for the start), a year as a "
            "General number (31 December). %d money cells are Russian text numbers. Not imported: '№ п/п', МБ, "
            "'Освоено с начала реализации' (spent to date), 'Степень готовности, %%', the curator (a person). "
            "In %d rows the total (column 10) was typed over the formula as Russian text (e.g. '1 234 567,0'). "
            "Row %d is the totals row ('Итого по программе'), rows below it are footnotes and signatures."
            % (r0 + 6, r0 + 15, text_dates, text_money, sum(1 for k in range(len(recs)) if k % 7 == 3), tot)),
    })


# ----------------------------------------------------------------------------------------------
# 2. Municipal administration (ЗАТО Северск): sections, subtotals, thousand roubles, years only
# ----------------------------------------------------------------------------------------------
@generator
def municipal_register():
    fname = "seversk_reestr_investproektov.xlsx"
    rng = random.Random(502)
    ind = make_records(rng, 13, 5201, ["nuclear", "pharma", "medtech_it", "petrochemical", "timber"],
                       ["Северск"] * 5 + ["Томский район"], municipal=True)
    city = make_records(rng, 9, 5214, [None], ["Северск"] * 4 + ["Томск"], municipal=True)
    LOCW = {"Северск": ["ЗАТО Северск", "г. Северск", "пос. Самусь (ЗАТО Северск)", "ЗАТО Северск"],
            "Томский район": ["Томский р-н"], "Томск": ["г. Томск"]}
    ST = {"planned": ["запланирован к реализации"], "in_progress": ["в стадии строительства", "на этапе реализации"],
          "completed": ["введен в эксплуатацию"], "suspended": ["строительство приостановлено"]}
    fields = ["code", "name", "location", "status", "end_date", "total_cost_mln", "regional_budget_mln",
              "extra_budgetary_mln", "jobs_planned", "lead_organization"]
    headers = [("№", None), ("Рег. номер проекта", "code"), ("Наименование инвестиционного проекта", "name"),
               ("Инициатор проекта (инвестор)", "lead_organization"), ("Территория реализации", "location"),
               ("Стадия реализации", "status"), ("Год ввода в эксплуатацию", "end_date"),
               ("Общая стоимость проекта, тыс. руб.", "total_cost_mln"),
               ("в т.ч. средства бюджета ЗАТО Северск, тыс. руб.", None),
               ("в т.ч. средства областного бюджета, тыс. руб.", "regional_budget_mln"),
               ("в т.ч. средства инвестора, тыс. руб.", "extra_budgetary_mln"),
               ("Профинансировано на 01.07.2025, тыс. руб.", None),
               ("Количество создаваемых рабочих мест, чел.", "jobs_planned"),
               ("Ответственный в администрации", None), ("Примечание", None)]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Инвестпроекты"
    n = len(headers)
    L = get_column_letter(n)
    ws["A1"] = "Администрация ЗАТО Северск"
    ws["A2"] = ("Реестр инвестиционных проектов, реализуемых (планируемых к реализации) на территории "
                "ЗАТО Северск и включенных в программу «ИНО Томск»")
    ws["A3"] = "на 01.07.2025"
    for r in (1, 2, 3):
        ws.merge_cells(f"A{r}:{L}{r}")
        ws[f"A{r}"].alignment = Alignment(horizontal="center")
    ws["A2"].font = BOLD
    for c, (h, _) in enumerate(headers, 1):
        ws.cell(5, c, h).font = BOLD
        ws.cell(5, c).alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    set_widths(ws, [5, 12, 46, 34, 22, 24, 12, 15, 14, 14, 14, 14, 12, 18, 30])
    NOTES = ["соглашение о сотрудничестве от 12.04.2023", "резидент ТОР «Северск»", None,
             "включен в план создания инвестиционных объектов", None, "земельный участок предоставлен"]

    row = 6
    records, rejected, skipped, hidden_rows = [], [], {}, []
    num = 0
    dup_src = ind[3]
    dup_row_at = None

    def data_row(r, special=None):
        nonlocal row, num
        num += 1
        vals = {}
        ws.cell(row, 1, num)
        ws.cell(row, 2, r["code"])
        ws.cell(row, 3, r["name"]).alignment = WRAP
        ws.cell(row, 4, r["org"])
        lw = LOCW[r["location"]]
        ws.cell(row, 5, lw[num % len(lw)])
        sw = ST[r["status"]]
        ws.cell(row, 6, sw[num % len(sw)])
        y = r["end"].year
        if num % 6 == 2:
            ws.cell(row, 7, f"{y} г.")
        else:
            ws.cell(row, 7, y)
        total = r["total"] + (special == "dup") * 1500
        ws.cell(row, 8, total * 100).number_format = "#,##0"
        ws.cell(row, 9, r["mb"] * 100).number_format = "#,##0"
        if special == "text":
            ws.cell(row, 10, "по согласованию")
        else:
            ws.cell(row, 10, r["ob"] * 100).number_format = "#,##0"
        ws.cell(row, 11, r["eb"] * 100).number_format = "#,##0"
        paid = int(total * 100 * rng.choice([0, 0.1, 0.4, 0.75, 1]))
        ws.cell(row, 12, paid if r["status"] != "planned" else None).number_format = "#,##0"
        ws.cell(row, 13, r["jobs_planned"] if r["jobs_planned"] else "-")
        ws.cell(row, 14, r["person"])
        ws.cell(row, 15, NOTES[num % len(NOTES)])
        exp = expected_record(r, fields, end_date=f"{y}-12-31")
        if not r["jobs_planned"]:
            exp["jobs_planned"] = None
        row += 1
        return exp

    sections = [("Раздел 1. Промышленное производство и высокотехнологичные производства", ind),
                ("Раздел 2. Городская среда, социальная и инженерная инфраструктура", city)]
    for si, (title, recs) in enumerate(sections, 1):
        ws.cell(row, 1, title).font = BOLD
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=n)
        skipped[str(row)] = "section heading"
        row += 1
        first = row
        for k, r in enumerate(recs):
            special = None
            if si == 1 and k == 7:
                special = "text"
            this_row = row
            exp = data_row(r, special)
            if si == 1 and k == 5:
                ws.row_dimensions[this_row].hidden = True
                hidden_rows.append(this_row)
            if special == "text":
                rejected.append({"sheet": ws.title, "row": this_row, "reason": "not a number: 'по согласованию'",
                                 "column": "J", "code": r["code"]})
            elif r is dup_src:
                dup_row_at = [this_row]
                rejected.append({"sheet": ws.title, "row": this_row, "reason": "duplicate code",
                                 "column": "B", "code": r["code"]})
            else:
                records.append(exp)
            if si == 2 and k == 4:  # the same project sent again in section 2 with another cost
                dup_row_at.append(row)
                data_row(dup_src, "dup")
                rejected.append({"sheet": ws.title, "row": row - 1, "reason": "duplicate code",
                                 "column": "B", "code": dup_src["code"]})
        last = row - 1
        ws.cell(row, 3, f"Итого по разделу {si}").font = BOLD
        for c in (8, 9, 10, 11, 12, 13):
            col = get_column_letter(c)
            ws.cell(row, c, f"=SUM({col}{first}:{col}{last})")
        skipped[str(row)] = "subtotal"
        row += 1
        skipped[str(row)] = "blank"
        row += 1
    ws.cell(row, 3, "ВСЕГО по реестру").font = BOLD
    skipped[str(row)] = "grand total"
    row += 2
    ws.cell(row, 1, "Примечание: объем бюджетных средств указан в соответствии с муниципальной программой "
                    "«Развитие инвестиционной деятельности в ЗАТО Северск».")
    skipped[str(row)] = "footnote"
    for rj in rejected:
        if rj["reason"] == "duplicate code":
            rj["reason"] = "duplicate code %s (rows %d and %d differ)" % (dup_src["code"], dup_row_at[0], dup_row_at[1])
    rejected.sort(key=lambda x: x["row"])
    path = OUT / fname
    wb.save(path)
    # totals formulas get cached values (not imported anyway)
    cached = {}
    wb2 = openpyxl.load_workbook(path)
    ws2 = wb2.active
    for rr in range(1, ws2.max_row + 1):
        for c in range(1, n + 1):
            v = ws2.cell(rr, c).value
            if isinstance(v, str) and v.startswith("=SUM("):
                a, b = re.match(r"=SUM\([A-Z]+(\d+):[A-Z]+(\d+)\)", v).groups()
                s = sum(x for x in (ws2.cell(k, c).value for k in range(int(a), int(b) + 1))
                        if isinstance(x, (int, float)))
                cached[f"{get_column_letter(c)}{rr}"] = s
    patch_cached(path, 1, cached)
    write_expected(fname[:-5], {
        "file": fname, "refused": False, "fields": fields, "record_count": len(records), "records": records,
        "rejected": rejected, "columns": [list(h) for h in headers], "sheet": ws.title, "header_row": 5,
        "skipped_rows": skipped, "hidden": {"rows": hidden_rows},
        "notes": (
            "Municipal register (Администрация ЗАТО Северск). Title rows 1-3, header row 5 (one level). The table is "
            "split into two sections: each starts with a merged heading row ('Раздел 1. ...') and ends with an "
            "'Итого по разделу N' subtotal row (SUM formulas with cached results), followed by a blank row; "
            "'ВСЕГО по реестру' and a footnote close the sheet. None of these is a project. Money in thousand "
            "roubles (said in every money header), given here in RUB million. 'Общая стоимость' includes federal "
            "money that the file does not show, so the 'в т.ч.' columns do not add up to it. Not imported: '№', the "
            "municipal budget ('средства бюджета ЗАТО Северск'), 'Профинансировано на 01.07.2025' (paid to date), "
            "the responsible official (a person), 'Примечание'. Only the commissioning year is given "
            "('Год ввода в эксплуатацию' -> end_date = 31 December), as a General number or as text like "
            "'2027 г.'. Places: 'ЗАТО Северск', 'г. Северск', 'пос. Самусь (ЗАТО Северск)' (a settlement of the "
            "Seversk municipality) -> Северск; 'Томский р-н' -> Томский район; 'г. Томск' -> Томск. Statuses as "
            "phrases: 'в стадии строительства'/'на этапе реализации' (in_progress), 'введен в эксплуатацию' "
            "(completed), 'запланирован к реализации' (planned), 'строительство приостановлено' (suspended). "
            "Jobs '-' = unknown (null). Row %d is hidden and is data. Rejected: %s appears twice with different "
            "costs (rows %d and %d, both rejected); row %d has 'по согласованию' in the regional budget column."
            % (hidden_rows[0], dup_src["code"], dup_row_at[0], dup_row_at[1],
               [x["row"] for x in rejected if x["column"] == "J"][0])),
    })


# ----------------------------------------------------------------------------------------------
# 3. University (Priority-2030): abbreviations, short sub-headers 'с' / 'по', a reference sheet
# ----------------------------------------------------------------------------------------------
@generator
def university_portfolio():
    fname = "tgu_priority2030_portfel.xlsx"
    rng = random.Random(503)
    recs = make_records(rng, 20, 5301, ["nuclear", "pharma", "medtech_it", None, "petrochemical", "hard_to_recover",
                                         "wildlife", "medtech_it", "timber", None],
                        ["Томск"] * 6 + ["Северск", "Томский район", "Стрежевой"])
    ORG = ["ТГУ", "ТГУ", "НИ ТПУ", "ТУСУР", "СибГМУ", "ТГУ", "ТГАСУ"]
    for k, r in enumerate(recs):
        r["org"] = ORG[k % len(ORG)]
        if r["cluster"] is None or k % 3 == 0:
            r["work_area"] = "science_education"
    CL = {"petrochemical": "нефтехимия", "nuclear": "ядерный", "timber": "лесной", "pharma": "фармацевтический",
          "medtech_it": "медтех / IT", "wildlife": "дикоросы", "hard_to_recover": "ТрИЗ"}
    WA = {"industry": "Передовая пром-ть", "science_education": "Наука и высшее образование",
          "innovation_business": "Техн. инновации и новые бизнесы", "smart_city": "Умный город",
          "business_environment": "Предпринимательская среда"}
    ST = {"planned": ["запланирован (старт в 2026 г.)"], "in_progress": ["выполняется"],
          "completed": ["выполнен", "выполнен досрочно"], "suspended": ["приостановлен до решения о финансировании"]}
    STRAT = ["СП-1 «Инженерия здоровья»", "СП-2 «Новая энергетика»", "СП-3 «Цифровая трансформация»",
             "СП-4 «Биоэкономика Сибири»"]
    PARTNERS = ["АО «СХК»", "ООО «Газпромнефть НТЦ»", "АО «Р-Фарм»", "ООО «Сибур Тобольск»", None]
    top_money = "Финансовое обеспечение, млн руб."
    cols = [("№", None, None), ("Шифр проекта", None, "code"), ("Наименование проекта (мероприятия)", None, "name"),
            ("Стратегический проект ПП-2030", None, None), ("Кластер ИНО", None, "cluster"),
            ("Направление программы ИНО", None, "work_area"), ("Организация-исполнитель", None, "lead_organization"),
            ("Руководитель проекта (ФИО, уч. степень)", None, None), ("Индустриальный партнер", None, None),
            ("Состояние", None, "status"), ("Сроки выполнения", "с", "start_date"),
            ("Сроки выполнения", "по", "end_date"), (top_money, "всего", "total_cost_mln"),
            (top_money, "субсидия «Приоритет-2030» (ФБ)", "federal_budget_mln"),
            (top_money, "средства ОБ", "regional_budget_mln"),
            (top_money, "привлеченные средства партнеров", "extra_budgetary_mln"),
            (top_money, "в т.ч. в 2025 г. (все источники)", None),
            ("Новые рабочие места и исследовательские позиции (план), ед.", None, "jobs_planned"),
            ("Ключевые риски", None, "problems"), ("Комментарий проектного офиса", None, None)]
    fields = ["code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
              "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln", "jobs_planned",
              "lead_organization", "problems"]
    fields.remove("location")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Портфель"
    n = len(cols)
    L = get_column_letter(n)
    ws["A1"] = "Программа развития ТГУ на 2021–2030 годы в рамках программы стратегического академического лидерства «Приоритет-2030»"
    ws["A2"] = "Портфель проектов университета, заявленных в комплексную программу «ИНО Томск» (актуализация: сентябрь 2025 г.)"
    ws.merge_cells(f"A1:{L}1")
    ws.merge_cells(f"A2:{L}2")
    ws["A1"].font = BOLD
    columns = []
    c = 1
    while c <= n:
        top, sub, f = cols[c - 1]
        if sub is None:
            ws.cell(4, c, top)
            ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
            columns.append([top, f])
            c += 1
        else:
            span = [k for k in range(c, n + 1) if cols[k - 1][0] == top]
            ws.cell(4, c, top)
            ws.merge_cells(start_row=4, start_column=span[0], end_row=4, end_column=span[-1])
            for k in span:
                ws.cell(5, k, cols[k - 1][1])
                columns.append([f"{top} / {cols[k - 1][1]}", cols[k - 1][2]])
            c = span[-1] + 1
    for row in ws.iter_rows(min_row=4, max_row=5):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            cell.font = BOLD
    set_widths(ws, [4, 11, 50, 22, 14, 24, 12, 24, 20, 20, 11, 11, 10, 12, 10, 12, 12, 12, 36, 28])
    LONG = ("Разработка и вывод на рынок линейки отечественных радиофармацевтических лекарственных препаратов "
            "для диагностики и терапии онкологических заболеваний, включая проведение доклинических и клинических "
            "исследований, создание опытно-промышленного участка синтеза меченых соединений, подготовку "
            "регистрационного досье, организацию сети ядерной медицины в Сибирском федеральном округе, "
            "подготовку кадров по программам магистратуры и дополнительного профессионального образования, "
            "создание инжинирингового центра компетенций в области радиохимии и радиационной безопасности, а также "
            "формирование консорциума с индустриальными партнерами и медицинскими организациями региона для "
            "трансфера технологий, коммерциализации результатов интеллектуальной деятельности и выхода на "
            "зарубежные рынки стран ЕАЭС")
    assert len(LONG) > 500
    records, rejected = [], []
    r0 = 6
    for k, r in enumerate(recs):
        row = r0 + k
        name = LONG if k == 11 else r["name"]
        vals = [k + 1, r["code"], name, STRAT[k % 4], CL.get(r["cluster"], "—"), WA[r["work_area"]], r["org"],
                f"{r['person']}, д.т.н.", PARTNERS[k % len(PARTNERS)], ST[r["status"]][k % len(ST[r["status"]])]]
        for c, v in enumerate(vals, 1):
            ws.cell(row, c, v)
        ws.cell(row, 3).alignment = WRAP
        ws.cell(row, 11, r["start"]).number_format = "DD.MM.YYYY"
        ek = k % 3
        if ek == 0:
            ws.cell(row, 12, r["end"]).number_format = "DD.MM.YYYY"
            end_e = iso(r["end"])
        elif ek == 1:
            ws.cell(row, 12, r["end"].year)
            end_e = f"{r['end'].year}-12-31"
        else:
            ws.cell(row, 12, str(r["end"].year))
            end_e = f"{r['end'].year}-12-31"
        ob = -125 if k == 16 else r["ob"]
        for c, t in ((13, r["total"]), (14, r["fb"]), (15, ob), (16, r["eb"])):
            if (k + c) % 6 == 0:
                ws.cell(row, c, ru_num(t / 10, 1, " "))
            else:
                ws.cell(row, c, t / 10).number_format = "0.0"
        ws.cell(row, 17, round(r["total"] * rng.choice([0.1, 0.2, 0.25, 0.3]) / 10, 1)).number_format = "0.0"
        ws.cell(row, 18, r["jobs_planned"])
        ws.cell(row, 19, r["problems"])
        ws.cell(row, 20, ["согласовано НТС", None, "требует доработки паспорта", None, None][k % 5])
        if k == 11:
            rejected.append({"sheet": ws.title, "row": row, "reason": "name too long (%d characters, limit 500)" % len(LONG),
                             "column": "C", "code": r["code"]})
        elif k == 16:
            rejected.append({"sheet": ws.title, "row": row, "reason": "negative amount", "column": "O",
                             "code": r["code"]})
        else:
            records.append(expected_record(r, fields, end_date=end_e))
    # reference sheet (not data)
    ref = wb.create_sheet("Справочники")
    ref["A1"] = "Кластер ИНО"
    ref["B1"] = "Направление программы ИНО"
    ref["C1"] = "Состояние"
    for i, v in enumerate(CL.values(), 2):
        ref.cell(i, 1, v)
    for i, v in enumerate(WA.values(), 2):
        ref.cell(i, 2, v)
    for i, v in enumerate(["запланирован", "выполняется", "выполнен", "приостановлен"], 2):
        ref.cell(i, 3, v)
    wb.save(OUT / fname)
    write_expected(fname[:-5], {
        "file": fname, "refused": False, "fields": fields, "record_count": len(records), "records": records,
        "rejected": rejected, "columns": columns, "data_sheet": "Портфель", "header_rows": [4, 5],
        "data_rows": [r0, r0 + len(recs) - 1], "sheets_without_data": ["Справочники"],
        "notes": (
            "University portfolio (Priority-2030). Sheet 'Портфель': title rows 1-2, two-level merged header rows 4-5, "
            "data rows %d-%d, no totals. Sheet 'Справочники' holds drop-down lists (cluster, work area, status "
            "words) under a header row: it is not a project table. Money in RUB million (said in the parent header "
            "'Финансовое обеспечение, млн руб.'); some amounts are text with a decimal comma. The sub-headers of "
            "the dates are just 'с' and 'по' under 'Сроки выполнения' (start / end); the end is a real date, a "
            "year as a General number or a year as text (31 December). The federal money is the Priority-2030 "
            "subsidy ('субсидия «Приоритет-2030» (ФБ)'); 'в т.ч. в 2025 г.' is a one-year slice and is not imported. "
            "Lead organisation is the university as abbreviated ('ТГУ', 'НИ ТПУ', 'ТУСУР', 'СибГМУ', 'ТГАСУ'); "
            "the project head (a person), the industrial partner and the strategic project are not imported. "
            "Clusters as short words ('ядерный', 'медтех / IT', 'нефтехимия', 'лесной', 'дикоросы', 'ТрИЗ'); "
            "'—' = none. Statuses: 'выполняется' (in_progress), 'выполнен'/'выполнен досрочно' (completed), "
            "'приостановлен до решения о финансировании' (suspended), 'запланирован (старт в 2026 г.)' (planned). "
            "Work areas abbreviated ('Передовая пром-ть', 'Техн. инновации и новые бизнесы', 'Наука и высшее "
            "образование', 'Умный город', 'Предпринимательская среда'). The file has no place column. Rejected: "
            "row %d (a name of %d characters: an abstract pasted into the name) and row %d (regional money -12.5)."
            % (r0, r0 + len(recs) - 1, r0 + 11, len(LONG), r0 + 16)),
    })


# ----------------------------------------------------------------------------------------------
# 4. State corporation regional list: RUB billion in a parent header, OKS status look-alike, RAG
# ----------------------------------------------------------------------------------------------
@generator
def state_corp_list():
    fname = "goskorp_perechen_tomsk.xlsx"
    rng = random.Random(504)
    recs = make_records(rng, 21, 5401, ["nuclear", "nuclear", "nuclear", "pharma", "medtech_it", None],
                        ["Северск", "Северск", "Северск", "Томск", "Томский район"])
    enlarge(recs, 3000)
    CL = {"nuclear": ["Кластер ЯТ", "ядерные технологии", "ЯТ"], "pharma": ["фармацевтика"],
          "medtech_it": ["медтехника, ИТ"]}
    LOC = {"Северск": ["Северская промплощадка", "г. Северск"], "Томск": ["г. Томск, Академгородок"],
           "Томский район": ["Томский р-н, с. Наумовка"]}
    ST = {"planned": "планируется (ТЭО в разработке)", "in_progress": "реализация", "completed": "эксплуатация",
          "suspended": "заморожен"}
    OKS = {"planned": "ПИР", "in_progress": "ведутся СМР", "completed": "введен, ЗОС получено",
           "suspended": "получено РНС, СМР не начаты"}
    DIV = {"nuclear": "Топливный дивизион", "pharma": "Ядерная медицина", "medtech_it": "Цифровой дивизион",
           None: "Корпоративный центр"}
    ORGC = ["АО «СХК»", "АО «Прорыв»", "АО «ТВЭЛ»", "АО «Русатом Хэлскеа»", "ООО «Гринатом»"]
    money_top = "Финансирование проекта (с НДС), млрд руб."
    cols = [("№ п/п", None, None), ("Идентификатор в программе ИНО", None, "code"),
            ("Проект (краткое наименование)", None, "name"), ("Организация-заявитель (ДЗО)", None, "lead_organization"),
            ("Дивизион", None, None), ("Отнесение к кластеру ИНО", None, "cluster"),
            ("Площадка размещения", None, "location"), ("Статус проекта", None, "status"),
            ("Состояние ОКС", None, None), ("Сроки", "начало реализации", "start_date"),
            ("Сроки", "ввод в эксплуатацию", "end_date"), (money_top, "всего", "total_cost_mln"),
            (money_top, "ФБ", "federal_budget_mln"), (money_top, "ОБ", "regional_budget_mln"),
            (money_top, "ВБИ (средства ГК, ДЗО)", "extra_budgetary_mln"), (money_top, "в т.ч. СМР", None),
            (money_top, "освоено на 01.10.2025", None), ("Новые рабочие места, чел.", None, "jobs_planned"),
            ("Проблемные вопросы и предложения по их решению", None, "problems"), ("Светофор", None, None)]
    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date", "total_cost_mln",
              "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln", "jobs_planned",
              "lead_organization", "problems"]
    wb = openpyxl.Workbook()
    info = wb.active
    info.title = "Пояснения"
    for i, t in enumerate([
            "Пояснения к перечню проектов",
            "1. Стоимость проектов указана в текущих ценах с НДС, в миллиардах рублей.",
            "2. Статус «эксплуатация» означает, что объект введен и проект завершен.",
            "3. Светофор: зелёный — в графике; жёлтый — риск срыва сроков; красный — срыв сроков.",
            "4. Состояние ОКС приводится по данным службы капитального строительства ДЗО.",
            "Контакт: проектный офис, отраслевой координатор по Томской области"], 1):
        info.cell(i, 1, t)
    ws = wb.create_sheet("Перечень")
    n = len(cols)
    L = get_column_letter(n)
    ws["A1"] = "Государственная корпорация по атомной энергии «Росатом»"
    ws["A2"] = ("Перечень проектов организаций Госкорпорации «Росатом», реализуемых на территории Томской области "
                "(для учета в программе «ИНО Томск»)")
    ws.merge_cells(f"A1:{L}1")
    ws.merge_cells(f"A2:{L}2")
    columns = []
    c = 1
    while c <= n:
        top, sub, f = cols[c - 1]
        if sub is None:
            ws.cell(4, c, top)
            ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
            columns.append([top, f])
            c += 1
        else:
            span = [k for k in range(c, n + 1) if cols[k - 1][0] == top]
            ws.cell(4, c, top)
            ws.merge_cells(start_row=4, start_column=span[0], end_row=4, end_column=span[-1])
            for k in span:
                ws.cell(5, k, cols[k - 1][1])
                columns.append([f"{top} / {cols[k - 1][1]}", cols[k - 1][2]])
            c = span[-1] + 1
    for row in ws.iter_rows(min_row=4, max_row=5):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            cell.font = BOLD
    set_widths(ws, [5, 12, 44, 22, 18, 16, 22, 20, 20, 12, 14, 10, 9, 9, 12, 9, 12, 10, 40, 10])
    ws.column_dimensions["P"].hidden = True  # 'в т.ч. СМР'
    RAG = {"planned": "зелёный", "in_progress": "жёлтый", "completed": "зелёный", "suspended": "красный"}
    records, rejected = [], []
    r0 = 6
    text_bn = 0
    for k, r in enumerate(recs):
        row = r0 + k
        if r["cluster"] == "medtech_it":
            r["org"] = "ООО «Гринатом»"
        elif r["cluster"] == "pharma":
            r["org"] = "АО «Русатом Хэлскеа»"
        else:
            r["org"] = ORGC[k % 3]
        clw = CL.get(r["cluster"], ["—"])
        vals = [k + 1, r["code"], r["name"], r["org"], DIV[r["cluster"]], clw[k % len(clw)],
                LOC[r["location"]][k % len(LOC[r["location"]])], ST[r["status"]], OKS[r["status"]]]
        for c, v in enumerate(vals, 1):
            ws.cell(row, c, v)
        ws.cell(row, 3).alignment = WRAP
        start, end = r["start"], r["end"]
        start_e = iso(start)
        if k == 9:  # end before start
            end = start - dt.timedelta(days=400)
        ws.cell(row, 10, start).number_format = "DD.MM.YYYY"
        ek = k % 3
        if ek == 0 or k == 9:
            ws.cell(row, 11, end).number_format = "DD.MM.YYYY"
            end_e = iso(end)
        elif ek == 1:
            ws.cell(row, 11, end.year)
            end_e = f"{end.year}-12-31"
        else:
            qd, q = qlast(end)
            ws.cell(row, 11, f"{ROMAN[q]} кв. {end.year} г.")
            end_e = iso(qd)
        for c, t in ((12, r["total"]), (13, r["fb"]), (14, r["ob"]), (15, r["eb"])):
            if k == 14 and c == 14:
                ws.cell(row, c, "уточняется по итогам ПИР")
            elif (k + c) % 5 == 0:
                ws.cell(row, c, ru_num(t / 10000, 4, " "))
                text_bn += 1
            else:
                ws.cell(row, c, t / 10000).number_format = "0.0000"
        ws.cell(row, 16, round(r["total"] * 0.6) / 10000).number_format = "0.0000"
        ws.cell(row, 17, round(r["total"] * rng.choice([0, 0.3, 0.7, 1])) / 10000).number_format = "0.0000"
        ws.cell(row, 18, r["jobs_planned"])
        ws.cell(row, 19, r["problems"])
        ws.cell(row, 20, RAG[r["status"]])
        if k == 9:
            rejected.append({"sheet": ws.title, "row": row, "reason": "end date before start date", "column": "K",
                             "code": r["code"]})
        elif k == 14:
            rejected.append({"sheet": ws.title, "row": row, "reason": "not a number: 'уточняется по итогам ПИР'",
                             "column": "N", "code": r["code"]})
        else:
            records.append(expected_record(r, fields, end_date=end_e, start_date=start_e))
    tot = r0 + len(recs)
    ws.cell(tot, 3, "ИТОГО по Томской области").font = BOLD
    for c in (12, 13, 15):
        ws.cell(tot, c, round(sum(r[{12: "total", 13: "fb", 15: "eb"}[c]] for r in recs) / 10000, 4))
    wb.save(OUT / fname)
    write_expected(fname[:-5], {
        "file": fname, "refused": False, "fields": fields, "record_count": len(records), "records": records,
        "rejected": rejected, "columns": columns, "data_sheet": "Перечень", "sheets_without_data": ["Пояснения"],
        "header_rows": [4, 5], "data_rows": [r0, tot - 1], "skipped_rows": {str(tot): "totals"},
        "hidden": {"column": {"sheet": "Перечень", "column": "P", "field": None}},
        "notes": (
            "State corporation's regional list. First sheet 'Пояснения' is explanatory text (not data); the table "
            "is on the second sheet 'Перечень': title rows 1-2, two-level merged header rows 4-5, data rows "
            "%d-%d, totals row %d ('ИТОГО по Томской области'). Money in RUB billion, said only in the parent "
            "header 'Финансирование проекта (с НДС), млрд руб.' (x1000 -> RUB million); %d amounts are Russian "
            "text numbers such as '1,2345'. Column P 'в т.ч. СМР' (construction works, a part of the cost) is hidden "
            "and not imported; 'освоено на 01.10.2025' (spent to date) is not imported either. 'Состояние ОКС' is "
            "the state of the capital construction object, not the project status: not imported; 'Статус проекта' "
            "is: 'реализация' (in_progress), 'эксплуатация' (completed - see the explanatory sheet), "
            "'планируется (ТЭО в разработке)' (planned), 'заморожен' (suspended). 'Светофор' (RAG colour) is not "
            "a status: not imported. 'Дивизион' not imported. Cluster: 'Кластер ЯТ', 'ЯТ', 'ядерные технологии' "
            "(nuclear), 'фармацевтика', 'медтехника, ИТ'; '—' = none. Places: 'Северская промплощадка', "
            "'г. Северск' -> Северск; 'г. Томск, Академгородок' -> Томск; 'Томский р-н, с. Наумовка' -> Томский "
            "район. End ('ввод в эксплуатацию'): a date, a General-number year or 'III кв. 2027 г.'. Rejected: row "
            "%d (commissioning before the start) and row %d ('уточняется по итогам ПИР' in the regional money)."
            % (r0, tot - 1, tot, text_bn, r0 + 9, r0 + 14)),
    })


# ----------------------------------------------------------------------------------------------
# 5. Development institution's pipeline in English: units in a note row and in number formats
# ----------------------------------------------------------------------------------------------
@generator
def english_pipeline():
    fname = "dev_institution_pipeline.xlsx"
    rng = random.Random(505)
    EN = {
        "petrochemical": ["Polymer pipes plant", "Lube oils from associated petroleum gas", "PET resin production line"],
        "nuclear": ["Stable isotopes production", "Uranium tails deconversion facility", "E-beam sterilisation centre"],
        "timber": ["Plywood mill, 90k m3/yr", "Wood pellet plant", "Glulam and timber-frame housing plant"],
        "pharma": ["Infusion solutions plant", "Veterinary vaccines facility", "Enzyme biotech plant"],
        "medtech_it": ["Tier III data centre", "Portable ECG devices serial production", "NiTi implants production"],
        "wildlife": ["Pine nut deep processing", "Freeze-dried berries plant", "Chaga extracts production"],
        "hard_to_recover": ["Bazhenov formation pilot development", "Core analysis digital lab"],
        None: ["Student campus (PPP)", "Smart traffic management system", "Tech business incubator",
               "Riverside embankment redevelopment"],
    }
    recs = make_records(rng, 22, 5501, ["petrochemical", "nuclear", "timber", "pharma", "medtech_it", "wildlife",
                                         "hard_to_recover", None], ["Томск", "Северск", "Асино", "Стрежевой",
                                                                    "Колпашево", "Томский район"])
    enlarge(recs, 1500)
    used = {}
    for r in recs:
        pool = EN[r["cluster"]]
        i = used.get(r["cluster"], 0)
        used[r["cluster"]] = i + 1
        r["name"] = pool[i % len(pool)] + ("" if i < len(pool) else " - phase 2")
    SECTOR = {"petrochemical": "Oil & gas chemicals", "nuclear": "Nuclear", "timber": "Forestry / wood processing",
              "pharma": "Pharmaceuticals", "medtech_it": "MedTech & IT", "wildlife": "Non-timber forest products",
              "hard_to_recover": "Tight oil (hard-to-recover)"}
    WS_ = {"industry": "Advanced manufacturing", "science_education": "Science & education",
           "innovation_business": "Tech innovation & new businesses", "smart_city": "Smart city",
           "business_environment": "Business climate"}
    LOC = {"Томск": "Tomsk", "Северск": "Seversk", "Асино": "Asino", "Стрежевой": "Strezhevoy",
           "Колпашево": "Kolpashevo", "Томский район": "Tomsk district"}
    STAGE = {"planned": ["Planning / pre-FID"], "in_progress": ["Under construction", "In implementation"],
             "completed": ["Commissioned", "Operational"], "suspended": ["On hold pending financing"]}
    SPONSORS = {"petrochemical": "Sibpolymer JSC", "nuclear": "Siberian Chemical Combine JSC",
                "timber": "Asino Timber Complex LLC", "pharma": "Tomsk Pharma Factory JSC",
                "medtech_it": "Tomsk Medical Technologies LLC", "wildlife": "Siberian Cedar House LLC",
                "hard_to_recover": "Tomskneftegeologiya JSC", None: "Tomsk Region Capital Construction Agency"}
    ISSUES = {"suspended": "Sponsor equity not yet committed; lender waiting for updated financial model",
              "in_progress": "EPC contractor behind schedule on site works"}
    headers = [("#", None), ("INO ref.", "code"), ("Project", "name"), ("Sector", "cluster"),
               ("Workstream", "work_area"), ("Location", "location"), ("Stage", "status"),
               ("Construction start", "start_date"), ("COD (target)", "end_date"), ("Total capex", "total_cost_mln"),
               ("Federal funds", "federal_budget_mln"), ("Regional funds", "regional_budget_mln"),
               ("Sponsor equity & debt", "extra_budgetary_mln"), ("2025 allocation", None),
               ("Disbursed to date (RUB m)", None), ("Jobs (target FTE)", "jobs_planned"),
               ("Jobs created to date", "jobs_created"), ("Sponsor", "lead_organization"),
               ("Relationship manager", None), ("RAG", None), ("Key issues", "problems"), ("Comments", None)]
    fields = [f for _, f in headers if f]
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "Cover"
    for i, t in enumerate(["INO Tomsk - project finance pipeline", "Prepared by: Project Finance Directorate",
                           "Status date: 30 September 2025",
                           "All monetary amounts on the Pipeline sheet are in RUB billion, VAT excluded, unless the "
                           "column header says otherwise.",
                           "RAG: G = on track, A = at risk, R = off track."], 1):
        cover.cell(i, 1, t)
    ws = wb.create_sheet("Pipeline")
    ws["A1"] = "Tomsk INO pipeline - status as of 30 Sep 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Currency: RUB bn (VAT excl.) unless stated otherwise"
    ws["A2"].font = Font(italic=True)
    hr = 4
    for c, (h, _) in enumerate(headers, 1):
        ws.cell(hr, c, h).font = BOLD
    set_widths(ws, [4, 10, 40, 26, 28, 16, 24, 14, 14, 12, 12, 12, 14, 12, 14, 10, 10, 34, 18, 6, 44, 30])
    ws.freeze_panes = "D5"
    records, rejected = [], []
    r0 = hr + 1
    bnfmt = '#,##0.000" bn"'
    for k, r in enumerate(recs):
        row = r0 + k
        if k == 8:
            sector = "Agribusiness"
        elif r["cluster"] is None:
            sector = ["—", None][k % 2]
        else:
            sector = SECTOR[r["cluster"]]
        vals = [k + 1, r["code"], r["name"], sector, WS_[r["work_area"]], LOC[r["location"]],
                STAGE[r["status"]][k % len(STAGE[r["status"]])]]
        for c, v in enumerate(vals, 1):
            ws.cell(row, c, v)
        if r["status"] == "planned":
            ws.cell(row, 8, "—" if k % 2 else None)  # start not known yet
        start_e = iso(r["start"]) if r["status"] != "planned" else None
        if r["status"] != "planned":
            ws.cell(row, 8, r["start"]).number_format = "dd-mmm-yy"
        ek = k % 3
        if ek == 0:
            ws.cell(row, 9, r["end"]).number_format = "mmm-yy"
            end_e = iso(r["end"])
        elif ek == 1:
            qd, q = qlast(r["end"])
            ws.cell(row, 9, f"Q{q} {r['end'].year}")
            end_e = iso(qd)
        else:
            ws.cell(row, 9, str(r["end"].year))
            end_e = f"{r['end'].year}-12-31"
        eb = -r["eb"] if k == 17 else r["eb"]
        for c, t in ((10, r["total"]), (11, r["fb"]), (12, r["ob"]), (13, eb)):
            ws.cell(row, c, t / 10000).number_format = bnfmt
        ws.cell(row, 14, round(r["total"] * rng.choice([0, 0.1, 0.2])) / 10000).number_format = bnfmt
        ws.cell(row, 15, round(r["total"] * rng.choice([0, 0.25, 0.5]) / 10, 1)).number_format = "#,##0.0"
        ws.cell(row, 16, r["jobs_planned"])
        ws.cell(row, 17, r["jobs_created"])
        r["org"] = SPONSORS[r["cluster"]]
        r["problems"] = ISSUES.get(r["status"]) if k % 2 == 0 else None
        ws.cell(row, 18, r["org"])
        ws.cell(row, 19, ["A. Petrov", "M. Schulz", "J. Lindqvist"][k % 3])
        ws.cell(row, 20, {"suspended": "R", "in_progress": "A"}.get(r["status"], "G"))
        ws.cell(row, 21, r["problems"])
        ws.cell(row, 22, ["Term sheet signed", None, "IC approval expected Q1 2026", None][k % 4])
        if k == 8:
            rejected.append({"sheet": "Pipeline", "row": row, "reason": "unknown cluster 'Agribusiness'",
                             "column": "D", "code": r["code"]})
        elif k == 17:
            rejected.append({"sheet": "Pipeline", "row": row, "reason": "negative amount", "column": "M",
                             "code": r["code"]})
        else:
            if r["status"] == "planned":
                r["override"] = {"start_date": None}
            records.append(expected_record(r, fields, end_date=end_e, start_date=start_e))
    last = r0 + len(recs) - 1
    ws.cell(last + 2, 1, "Source: sponsors' reporting, Project Finance Directorate analysis. Figures are indicative "
                         "and subject to credit committee approval.")
    wb.save(OUT / fname)
    write_expected(fname[:-5], {
        "file": fname, "refused": False, "fields": fields, "record_count": len(records), "records": records,
        "rejected": rejected, "columns": [list(h) for h in headers], "data_sheet": "Pipeline",
        "sheets_without_data": ["Cover"], "header_row": hr, "data_rows": [r0, last],
        "skipped_rows": {"1": "title", "2": "note row with the unit", str(last + 2): "footnote"},
        "notes": (
            "Development institution's pipeline in English. Sheet 'Cover' is text. Sheet 'Pipeline': title row 1, "
            "row 2 'Currency: RUB bn (VAT excl.) unless stated otherwise', header row 4, data rows %d-%d, a source "
            "note below. The money headers ('Total capex', 'Federal funds', 'Regional funds', 'Sponsor equity & "
            "debt') carry no unit: the unit is RUB billion from row 2 (and the cells' number format shows ' bn'); "
            "converted here to RUB million. '2025 allocation' (one-year slice) and 'Disbursed to date (RUB m)' "
            "(spent to date, its own unit) are not imported. Sectors in English: 'Oil & gas chemicals', 'Nuclear', "
            "'Forestry / wood processing', 'Pharmaceuticals', 'MedTech & IT', 'Non-timber forest products' "
            "(wildlife), 'Tight oil (hard-to-recover)'; '—' or empty = no cluster. Workstreams in English "
            "(work_area), places in English transliteration ('Tomsk district' = Томский район). Stage = status: "
            "'Planning / pre-FID' (planned), 'Under construction'/'In implementation' (in_progress), "
            "'Commissioned'/'Operational' (completed), 'On hold pending financing' (suspended). RAG, relationship "
            "manager (a person) and Comments are not imported; 'Key issues' = problems; 'Sponsor' = lead "
            "organisation. Construction start of planned projects is empty or '—' (null). COD: a real "
            "date shown as 'mmm-yy' (the stored date is used), 'Q3 2027' (quarter end) or a year as text. "
            "Rejected: row %d (sector 'Agribusiness' is not a programme cluster) and row %d (negative sponsor money)."
            % (r0, last, r0 + 8, r0 + 17)),
    })


# ----------------------------------------------------------------------------------------------
# 6. CSV export of a regional information system: cp1251, ';', thousand roubles, system wording
# ----------------------------------------------------------------------------------------------
@generator
def regional_is_csv():
    fname = "gis_ino_vygruzka.csv"
    rng = random.Random(506)
    recs = make_records(rng, 21, 5601, ["petrochemical", "nuclear", "timber", "pharma", "medtech_it", "wildlife",
                                         "hard_to_recover", None, None],
                        ["Томск", "Северск", "Асино", "Стрежевой", "Колпашево", "Томский район"], municipal=True)
    CL = {"petrochemical": "Нефтехимия", "nuclear": "Ядерные технологии", "timber": "ЛПК",
          "pharma": "Фармацевтика", "medtech_it": "Медтехника и ИТ", "wildlife": "Дикоросы",
          "hard_to_recover": "ТРИЗ"}
    WA = {"industry": "Промышленность", "science_education": "Образование и наука",
          "innovation_business": "Инновации и новые бизнесы", "smart_city": "Умный город",
          "business_environment": "Бизнес-среда"}
    MO = {"Томск": "г.Томск", "Северск": "ЗАТО Северск", "Асино": "г.Асино", "Стрежевой": "г.о. Стрежевой",
          "Колпашево": "г.Колпашево", "Томский район": "Томский р-н"}
    ST = {"planned": "Планируемый", "in_progress": "Реализация", "completed": "Завершен",
          "suspended": "Приостановлена реализация"}
    headers = [("№ п/п", None), ("Регистрационный номер", "code"), ("Наименование проекта", "name"),
               ("Кластер", "cluster"), ("Направление ИНО", "work_area"), ("МО", "location"),
               ("Статус проекта", "status"), ("Дата начала реализации", "start_date"),
               ("Дата завершения реализации", "end_date"), ("Стоимость проекта (тыс.руб.)", "total_cost_mln"),
               ("ФБ (тыс.руб.)", "federal_budget_mln"), ("ОБ (тыс.руб.)", "regional_budget_mln"),
               ("МБ (тыс.руб.)", None), ("ВБИ (тыс.руб.)", "extra_budgetary_mln"),
               ("ВБИ подтвержденные (тыс.руб.)", "extra_budgetary_confirmed_mln"),
               ("Рабочие места план (ед.)", "jobs_planned"), ("Рабочие места факт (ед.)", "jobs_created"),
               ("Инициатор", "lead_organization"), ("Контактное лицо", None), ("Доля выполнения (%)", None),
               ("Проблемы реализации", "problems"), ("Дата актуализации", None)]
    fields = [f for _, f in headers if f]

    def th(t, k):
        v = t * 100
        return ru_num(v, 1, " ") if k % 4 == 1 else ru_num(v, 1, "")

    lines = [[h for h, _ in headers]]
    records, rejected = [], []
    for k, r in enumerate(recs):
        line_no = k + 2
        start, end = r["start"], r["end"]
        if k == 12:
            end = start - dt.timedelta(days=90)
        eb = "350-400" if k == 5 else th(r["eb"], k)
        upd = dt.date(2025, 9, 1) + dt.timedelta(days=rng.randrange(0, 40))
        row = [str(k + 1), r["code"], r["name"], CL.get(r["cluster"], ["", "—"][k % 2]), WA[r["work_area"]],
               MO[r["location"]], ST[r["status"]], start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y"),
               th(r["total"], k), th(r["fb"], k), th(r["ob"], k), th(r["mb"], k), eb, th(r["conf"], k),
               str(r["jobs_planned"]), str(r["jobs_created"]), r["org"], r["person"] + ", +7 3822 000-000",
               str({"planned": 0, "completed": 100}.get(r["status"], rng.randrange(5, 95))),
               r["problems"] or "", upd.strftime("%d.%m.%Y")]
        lines.append(row)
        if k == 5:
            rejected.append({"sheet": None, "row": line_no, "reason": "not a number: '350-400'", "column": "N",
                             "code": r["code"]})
        elif k == 12:
            rejected.append({"sheet": None, "row": line_no, "reason": "end date before start date", "column": "I",
                             "code": r["code"]})
        else:
            records.append(expected_record(r, fields))
    n = len(lines)
    lines.append([])
    lines.append([f"Всего записей: {len(recs)}"])
    lines.append(["Выгружено из ГИС «Управление проектами Томской области» 02.10.2025 09:14"])
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    for ln in lines:
        w.writerow(ln)
    (OUT / fname).write_bytes(buf.getvalue().encode("cp1251"))
    write_expected(fname[:-4], {
        "file": fname, "refused": False, "fields": fields, "record_count": len(records), "records": records,
        "rejected": rejected, "columns": [list(h) for h in headers], "encoding": "cp1251", "delimiter": ";",
        "header_line": 1, "data_lines": [2, n], "skipped_lines": {str(n + 1): "blank", str(n + 2): "footer",
                                                                  str(n + 3): "footer"},
        "notes": (
            "CSV export of a regional information system: Windows-1251, no BOM, CRLF, ';' separator, fields with ';' "
            "quoted. Line 1 is the header (system-style short wording: 'МО', 'ФБ (тыс.руб.)', 'ВБИ (тыс.руб.)'...), "
            "lines 2-%d are projects; then a blank line and two footer lines ('Всего записей: %d', 'Выгружено из "
            "ГИС ...'), which are not projects. Money in thousand roubles (said in each header as '(тыс.руб.)'), "
            "decimal comma, some with a plain space as thousands separator; given here in RUB million. Not "
            "imported: '№ п/п', 'МБ (тыс.руб.)' (municipal budget; the total includes it), 'Контактное лицо' (a "
            "person), 'Доля выполнения (%%)', 'Дата актуализации' (a date, but of the record update). Cluster "
            "short names ('Нефтехимия', 'ЛПК' = timber, 'ТРИЗ' = hard-to-recover, 'Медтехника и ИТ', 'Дикоросы', "
            "'Фармацевтика', 'Ядерные технологии'); empty or '—' = none. Places ('г.Томск', 'г.Асино', "
            "'г.о. Стрежевой', 'Томский р-н', ...). Statuses 'Планируемый', 'Реализация', 'Завершен', "
            "'Приостановлена реализация'. Rejected: line %d ('350-400' in ВБИ) and line %d (end before start)."
            % (n, len(recs), 7, 14)),
    })


# ----------------------------------------------------------------------------------------------
# re-saved copies (LibreOffice), same records
# ----------------------------------------------------------------------------------------------
RESAVE = [("seversk_reestr_investproektov.xlsx", "xls", "seversk_reestr_investproektov.xls"),
          ("tgu_priority2030_portfel.xlsx", "ods", "tgu_priority2030_portfel.ods"),
          ("goskorp_perechen_tomsk.xlsx", "xlsx", "goskorp_perechen_tomsk_lo.xlsx")]


@generator
def resaved():
    import shutil
    import subprocess
    import tempfile
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("LibreOffice not installed: resaved/ skipped")
        return
    dest = OUT / "resaved"
    dest.mkdir(exist_ok=True)
    for src, fmt, target in RESAVE:
        with tempfile.TemporaryDirectory() as tmp:
            base = Path(target).stem
            shutil.copy(OUT / src, Path(tmp) / (base + ".src." + src.rsplit(".", 1)[1]))
            conv = {"xls": "xls:MS Excel 97", "ods": "ods", "xlsx": "xlsx:Calc MS Excel 2007 XML"}[fmt]
            outdir = Path(tmp) / "out"
            subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                            "--convert-to", conv, "--outdir", str(outdir), str(Path(tmp) / (base + ".src." + src.rsplit(".", 1)[1]))],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            produced = next(outdir.iterdir())
            shutil.copy(produced, dest / target)
        exp = json.loads((OUT / (src.rsplit(".", 1)[0] + ".expected.json")).read_text(encoding="utf-8"))
        exp["file"] = target
        exp["resaved_from"] = src
        exp["notes"] = (f"{src} opened and saved again by LibreOffice Calc as .{fmt}; the same records, rejected rows "
                        f"and layout are expected. " + exp["notes"])
        (dest / (Path(target).stem + ".expected.json")).write_text(
            json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__" and not globals().get("_NO_MAIN"):
    import sys
    only = sys.argv[1:]
    for g in GENERATORS:
        if not only or g.__name__ in only:
            g()
            print("written:", g.__name__)
