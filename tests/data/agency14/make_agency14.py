#!/usr/bin/env python3
"""Generator of the agency14 evaluation set (independent of the importer).

Run:  /work/main/.venv/bin/python tests/data/agency14/make_agency14.py
Writes the workbooks and NAME.expected.json next to this script, deterministically.
Wording of captions, statuses and units follows Russian investment-project monitoring
forms (форма мониторинга / реестр инвестиционных проектов / отчет о ходе реализации).
"""
import copy
import csv
import datetime as dt
import io
import json
import os
import random
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
NBSP = "\u00a0"

ALL_FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date",
              "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
              "extra_budgetary_mln", "extra_budgetary_confirmed_mln", "jobs_planned",
              "jobs_created", "lead_organization", "problems"]

CLUSTER_RU = {
    "petrochemical": "Нефтехимический кластер",
    "nuclear": "Кластер ядерных технологий",
    "timber": "Лесопромышленный кластер",
    "pharma": "Фармацевтический кластер",
    "medtech_it": "Кластер медицинской техники и информационных технологий",
    "wildlife": "Кластер дикоросов",
    "hard_to_recover": "Кластер трудноизвлекаемых запасов",
}
CLUSTER_EN = {
    "petrochemical": "Petrochemical cluster",
    "nuclear": "Nuclear technologies cluster",
    "timber": "Timber cluster",
    "pharma": "Pharmaceutical cluster",
    "medtech_it": "Medical equipment and IT cluster",
    "wildlife": "Wildlife resources cluster",
    "hard_to_recover": "Hard-to-recover resources cluster",
}
WORK_AREA_RU = {
    "industry": "Передовая промышленность",
    "science_education": "Наука и образование",
    "innovation_business": "Технологические инновации, новые бизнесы",
    "smart_city": "Умный и удобный город",
    "business_environment": "Деловая среда",
}
LOCATIONS = ["Томск", "Северск", "Асино", "Стрежевой", "Колпашево", "Томский район"]

# (object of the project, cluster key or None, work area)
OBJECTS = [
    ("производства полимерных труб на площадке «Томскнефтехим»", "petrochemical", "industry"),
    ("установки пиролиза попутного нефтяного газа", "petrochemical", "industry"),
    ("цеха полимерно-битумных вяжущих", "petrochemical", "industry"),
    ("производства метанола на площадке «Томскнефтехим»", "petrochemical", "industry"),
    ("центра ядерной медицины", "nuclear", "science_education"),
    ("производства радиофармпрепаратов", "nuclear", "industry"),
    ("опытно-демонстрационного энергоблока БРЕСТ-ОД-300", "nuclear", "industry"),
    ("участка разделения стабильных изотопов", "nuclear", "industry"),
    ("завода клееного бруса", "timber", "industry"),
    ("производства топливных пеллет", "timber", "industry"),
    ("лесопильно-деревообрабатывающего комбината", "timber", "industry"),
    ("цеха домокомплектов из оцилиндрованного бревна", "timber", "industry"),
    ("участка выпуска инфузионных растворов", "pharma", "industry"),
    ("производства субстанций из пихтовой хвои", "pharma", "industry"),
    ("лаборатории доклинических исследований", "pharma", "science_education"),
    ("производства биологически активных добавок из чаги", "pharma", "innovation_business"),
    ("производства медицинских имплантатов из титана", "medtech_it", "industry"),
    ("центра обработки данных", "medtech_it", "innovation_business"),
    ("платформы телемедицинских консультаций", "medtech_it", "smart_city"),
    ("производства аппаратов ультразвуковой диагностики", "medtech_it", "industry"),
    ("цеха глубокой переработки кедрового ореха", "wildlife", "industry"),
    ("пункта заготовки и шоковой заморозки дикорастущих ягод", "wildlife", "innovation_business"),
    ("производства продукции из берёзового сока", "wildlife", "innovation_business"),
    ("линии сушки лекарственных трав", "wildlife", "industry"),
    ("опытного полигона по добыче трудноизвлекаемой нефти", "hard_to_recover", "science_education"),
    ("испытательного центра керна", "hard_to_recover", "science_education"),
    ("производства реагентов для повышения нефтеотдачи", "hard_to_recover", "industry"),
    ("системы интеллектуального освещения улиц", None, "smart_city"),
    ("студенческого кампуса мирового уровня", None, "science_education"),
    ("инжинирингового центра «Политехник»", None, "business_environment"),
    ("бизнес-инкубатора для молодёжных стартапов", None, "business_environment"),
    ("центра коллективного пользования научным оборудованием", None, "science_education"),
    ("сети электрозарядных станций", None, "smart_city"),
    ("технопарка «Академгородок»", None, "innovation_business"),
    ("единого окна поддержки экспортёров", None, "business_environment"),
    ("цифровой платформы «Открытый регион»", None, "smart_city"),
    ("школы инженерного творчества", None, "science_education"),
    ("индустриального парка «Северский»", None, "industry"),
]
ACTIONS = ["Строительство", "Создание", "Организация", "Модернизация", "Расширение",
           "Реконструкция"]
ORGS = ["ООО «Сибирская полимерная компания»", "АО «Томская нефтехимия»",
        "ООО «Асиновский лесопромышленный комплекс»", "АО «Сибирский химический комбинат»",
        "ТПУ", "Томский государственный университет", "ООО «Кедровый край»",
        "ООО «Томские ягоды»", "ООО «Фарм-Сибирь»", "ООО «Микран-Мед»",
        "АО «ТомскНИПИнефть»", "ООО «Стрежевой-Сервис»", "ООО «Инжиниринг Плюс»",
        "Администрация Города Томска", "ООО «ЭнергоТомск»", "ФГБУН ТНЦ СО РАН"]
PROBLEMS = ["Не решён вопрос подключения к электросетям (5 МВт)",
            "Задержка получения положительного заключения госэкспертизы",
            "Инвестор ожидает решения по льготному займу; срок — до конца квартала",
            "Требуется перевод земельного участка из категории земель лесного фонда",
            "Рост стоимости импортного оборудования; пересмотр сметы",
            "Нет подъездной дороги к площадке"]

rnd = random.Random(14014)


def r1(x):
    return round(x + 0.0, 1)


def make_pool(n=110, first=1401):
    pool = []
    used = set()
    for i in range(n):
        obj, cl, wa = OBJECTS[i % len(OBJECTS)]
        act = ACTIONS[(i * 5 + i // len(OBJECTS)) % len(ACTIONS)]
        if obj.startswith("системы") or obj.startswith("платформы") or obj.startswith("сети") \
                or obj.startswith("цифровой") or obj.startswith("единого"):
            act = ["Внедрение", "Развитие", "Создание"][i % 3]
        name = f"{act} {obj}"
        if i >= 2 * len(OBJECTS):
            name += " (III очередь)"
        elif i >= len(OBJECTS):
            name += " (II очередь)"
        assert name not in used
        used.add(name)
        fed = r1(rnd.choice([0, 0, rnd.uniform(5, 900)]))
        reg = r1(rnd.choice([0, rnd.uniform(1, 300)]))
        loc_b = r1(rnd.choice([0, 0, rnd.uniform(0.5, 40)]))  # municipal, not a field
        ext = r1(rnd.uniform(10, 6000))
        conf = r1(ext * rnd.choice([1, 0.8, 0.5, 0.35]))
        start = dt.date(2015 + rnd.randint(0, 7), rnd.randint(1, 12), rnd.randint(1, 28))
        end = dt.date(start.year + rnd.randint(1, 5), rnd.randint(1, 12), rnd.randint(1, 28))
        status = rnd.choice(["planned", "in_progress", "in_progress", "completed", "suspended"])
        jp = rnd.choice([15, 25, 40, 60, 85, 120, 150, 240, 310, 1250])
        jc = {"planned": 0, "completed": jp, "in_progress": int(jp * rnd.choice([0.2, 0.5, 0.7])),
              "suspended": int(jp * 0.1)}[status]
        pool.append(dict(
            code=f"INO-{first + i:04d}", name=name, cluster=cl, work_area=wa,
            location=LOCATIONS[(i * 7) % 6 if cl not in ("hard_to_recover",) else 3 + (i % 2)],
            status=status, start_date=start.isoformat(), end_date=end.isoformat(),
            federal_budget_mln=fed, regional_budget_mln=reg, local=loc_b,
            extra_budgetary_mln=ext, extra_budgetary_confirmed_mln=conf,
            total_cost_mln=r1(fed + reg + loc_b + ext),
            jobs_planned=jp, jobs_created=jc,
            lead_organization=ORGS[i % len(ORGS)],
            problems=PROBLEMS[i % len(PROBLEMS)] if i % 3 == 0 else None,
        ))
    return pool


POOL = make_pool()


def ru_num(x, nb=True, dec=1):
    """1234.5 -> '1 234,5' (nbsp or plain space thousands)."""
    s = f"{x:,.{dec}f}"
    s = s.replace(",", "\u2009").replace(".", ",").replace("\u2009", NBSP if nb else " ")
    return s


def ru_date(iso):
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y}"


def quarter_of(iso):
    y, m, _ = map(int, iso.split("-"))
    q = (m - 1) // 3 + 1
    last = {1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}[q]
    return y, q, f"{y}-{last}"


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def rec(p, fields):
    return {f: p.get(f) for f in fields}


FIXED_TIME = dt.datetime(2024, 10, 1, 9, 0, 0)


def new_wb():
    wb = Workbook()
    wb.properties.creator = "Отдел мониторинга"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    return wb


def write_expected(name, data):
    with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)


def bold(ws, row, ncol):
    for c in range(1, ncol + 1):
        ws.cell(row, c).font = Font(bold=True)
        ws.cell(row, c).alignment = Alignment(wrap_text=True, vertical="center")


# ---------------------------------------------------------------------------
# 1. svod_monitoring.xlsx : ministry monitoring form
# ---------------------------------------------------------------------------
def make_svod():
    fname = "svod_monitoring.xlsx"
    projs = [copy.deepcopy(p) for p in POOL[0:22]]
    wb = new_wb()
    ws = wb.active
    ws.title = "Мониторинг"
    ws["A1"] = "Форма мониторинга реализации инвестиционных проектов ИНО «Томск»"
    ws["A2"] = "Отчет о ходе реализации по состоянию на 01.07.2024"
    ws["A3"] = "Департамент инвестиций Томской области"
    ws.merge_cells("A1:W1")
    ws.merge_cells("A2:W2")
    # two-level header rows 5-6; unit in caption
    top = ["№ п/п", "Код проекта", "Наименование инвестиционного проекта", "Кластер",
           "Направление ИНО", "Муниципальное образование (место реализации)",
           "Текущий статус проекта", "Стадия реализации",
           "Срок реализации", None,
           "Объем финансирования, всего, млн руб.",
           "в т.ч. по источникам, млн руб.", None, None, None,
           "в т.ч. подтвержденные внебюджетные средства (заключены соглашения), млн руб.",
           "Профинансировано с начала реализации, млн руб.",
           "Количество создаваемых рабочих мест, ед.", None,
           "Создано рабочих мест на отчетную дату, ед.",
           "Инициатор проекта (наименование организации)",
           "Проблемные вопросы, требующие решения",
           "Доля внебюджетных средств, %"]
    sub = [None] * 8 + ["начало", "окончание", None, "федеральный бюджет", "областной бюджет",
                        "местный бюджет", "внебюджетные источники", None, None, "всего",
                        "в т.ч. высокопроизводительных", None, None, None, None]
    ncol = len(top)
    for c, v in enumerate(top, 1):
        ws.cell(5, c, v)
        if sub[c - 1] is not None:
            ws.cell(6, c, sub[c - 1])
    for c in range(1, ncol + 1):
        if sub[c - 1] is None:
            ws.merge_cells(start_row=5, end_row=6, start_column=c, end_column=c)
    ws.merge_cells("I5:J5")
    ws.merge_cells("L5:O5")
    ws.merge_cells("R5:S5")
    bold(ws, 5, ncol)
    bold(ws, 6, ncol)
    for c in range(1, ncol + 1):
        ws.cell(7, c, c)
    columns = [
        ["№ п/п", None], ["Код проекта", "code"],
        ["Наименование инвестиционного проекта", "name"], ["Кластер", "cluster"],
        ["Направление ИНО", "work_area"],
        ["Муниципальное образование (место реализации)", "location"],
        ["Текущий статус проекта", "status"], ["Стадия реализации", None],
        ["Срок реализации / начало", "start_date"], ["Срок реализации / окончание", "end_date"],
        ["Объем финансирования, всего, млн руб.", "total_cost_mln"],
        ["в т.ч. по источникам, млн руб. / федеральный бюджет", "federal_budget_mln"],
        ["в т.ч. по источникам, млн руб. / областной бюджет", "regional_budget_mln"],
        ["в т.ч. по источникам, млн руб. / местный бюджет", None],
        ["в т.ч. по источникам, млн руб. / внебюджетные источники", "extra_budgetary_mln"],
        ["в т.ч. подтвержденные внебюджетные средства (заключены соглашения), млн руб.",
         "extra_budgetary_confirmed_mln"],
        ["Профинансировано с начала реализации, млн руб.", None],
        ["Количество создаваемых рабочих мест, ед. / всего", "jobs_planned"],
        ["Количество создаваемых рабочих мест, ед. / в т.ч. высокопроизводительных", None],
        ["Создано рабочих мест на отчетную дату, ед.", "jobs_created"],
        ["Инициатор проекта (наименование организации)", "lead_organization"],
        ["Проблемные вопросы, требующие решения", "problems"],
        ["Доля внебюджетных средств, %", None],
    ]
    status_words = {"planned": ["Планируется", "планируется"],
                    "in_progress": ["Реализуется", "реализуется "],
                    "completed": ["Введен в эксплуатацию", "Введён в эксплуатацию", "Завершен"],
                    "suspended": ["Отложен", "отложен"]}
    stage_words = {"planned": "прединвестиционная стадия",
                   "in_progress": ["на стадии проектирования", "СМР", "монтаж оборудования"],
                   "completed": "эксплуатационная стадия",
                   "suspended": ["на стадии проектирования", "СМР"]}
    records, rejected = [], []
    row = 8
    text_money = text_dates = 0
    end_forms = []
    for i, p in enumerate(projs):
        r = row + i
        # a few special end dates: quarter / bare year
        if i in (3, 9, 15):
            y, q, last = quarter_of(p["end_date"])
            p["end_date"] = last
            endv = f"{ROMAN[q]} кв. {y}"
            end_forms.append("quarter")
        elif i in (5, 12):
            y = int(p["end_date"][:4])
            p["end_date"] = f"{y}-12-31"
            endv = y  # number in General cell
            end_forms.append("year number")
        elif i == 18:
            y = int(p["end_date"][:4])
            p["end_date"] = f"{y}-12-31"
            endv = f"{y} г."  # '2027 г.' — year with 'г.'
            end_forms.append("year text")
        elif i % 2:
            endv = ru_date(p["end_date"])
            text_dates += 1
        else:
            endv = dt.date.fromisoformat(p["end_date"])
        startv = dt.date.fromisoformat(p["start_date"]) if i % 3 else ru_date(p["start_date"])
        if not i % 3:
            text_dates += 1
        if p["cluster"] is None:
            clv = ["—", None, "-"][i % 3]
        else:
            clv = CLUSTER_RU[p["cluster"]]
            if i % 4 == 1:
                clv = clv.lower()
        sw = status_words[p["status"]]
        st = sw[i % len(sw)]
        sg = stage_words[p["status"]]
        sg = sg if isinstance(sg, str) else sg[i % len(sg)]
        spent = r1(p["total_cost_mln"] * 0.4)
        share = round(100 * p["extra_budgetary_mln"] / p["total_cost_mln"], 1)

        def money(x, k):
            nonlocal text_money
            if (i + k) % 4 == 0:
                text_money += 1
                return ru_num(x, nb=(i % 2 == 0))
            return x
        vals = [i + 1, p["code"], p["name"], clv, WORK_AREA_RU[p["work_area"]], p["location"],
                st, sg, startv, endv, money(p["total_cost_mln"], 0),
                money(p["federal_budget_mln"], 1), money(p["regional_budget_mln"], 2),
                p["local"] if p["local"] else "—", money(p["extra_budgetary_mln"], 3),
                p["extra_budgetary_confirmed_mln"], spent, p["jobs_planned"],
                int(p["jobs_planned"] * 0.3), p["jobs_created"], p["lead_organization"],
                p["problems"], share]
        # dash = null in an amount column
        if i == 7:
            vals[15] = "—"
            p["extra_budgetary_confirmed_mln"] = None
        if i == 10:
            vals[19] = None
            p["jobs_created"] = None
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            if isinstance(v, dt.date):
                cell.number_format = "DD.MM.YYYY"
        bad = None
        if i == 6:  # negative amount
            ws.cell(r, 13, -12.5)
            bad = ("negative amount", "M")
        if i == 13:  # end before start
            ws.cell(r, 10, ru_date(f"{int(p['start_date'][:4]) - 1}-03-15"))
            bad = ("end date before start date", "J")
        if bad:
            rejected.append({"sheet": ws.title, "row": r, "reason": bad[0], "column": bad[1],
                             "code": p["code"]})
        else:
            records.append(rec(p, ALL_FIELDS))
    last = row + len(projs) - 1
    tot = last + 1
    ws.cell(tot, 1, "Итого по ИНО «Томск»")
    ws.merge_cells(start_row=tot, end_row=tot, start_column=1, end_column=3)
    ws.cell(tot, 11, r1(sum(p["total_cost_mln"] for p in projs)))
    ws.cell(tot, 18, sum(p["jobs_planned"] for p in projs))
    ws.cell(tot + 2, 1, "* Стоимость указана в текущих ценах с НДС. Показатель «Доля внебюджетных "
                        "средств» рассчитан автоматически.")
    ws.cell(tot + 3, 1, "Исполнитель: Петрова А.С., тел. (3822) 51-00-00")
    wb.save(os.path.join(HERE, fname))
    data = {
        "file": fname, "refused": False, "fields": ALL_FIELDS, "record_count": len(records),
        "records": records, "rejected": rejected, "columns": columns,
        "header_rows": [5, 6], "data_rows": [8, last],
        "skipped_rows": {"1": "title", "2": "title", "3": "title", "7": "column numbers",
                         str(tot): "totals", str(tot + 2): "footnote",
                         str(tot + 3): "footnote (executor)"},
        "notes": (
            "Regional monitoring form ('Форма мониторинга реализации инвестиционных проектов'). "
            "Title rows 1-3, empty row 4, two-level merged header rows 5-6, row 7 numbers the "
            f"columns, data rows 8-{last}, totals row {tot} ('Итого по ИНО «Томск»'), footnote and "
            "executor line below. Amounts in RUB million; "
            f"{text_money} amount cells are text with a decimal comma and a plain or "
            "non-breaking space as thousands separator. Start dates: real dates or "
            "'dd.mm.yyyy' text. End dates: real dates, 'dd.mm.yyyy' text, quarters 'IV кв. 2019' "
            "(= last day of the quarter), bare years as a number in a General cell (= 31 Dec) "
            "and once '2027 г.' as text (a year with the abbreviation 'г.', = 31 Dec). "
            "Status wording of monitoring forms: 'Введен/Введён в эксплуатацию' and 'Завершен' = "
            "completed, 'Отложен' = suspended, 'Реализуется' (once with a trailing space) = "
            "in_progress, 'Планируется' = planned. Look-alike columns NOT imported (null): "
            "'№ п/п'; 'Стадия реализации' (a stage — 'прединвестиционная стадия', 'на стадии "
            "проектирования', 'СМР' — not the status; the status is in its own column); "
            "'местный бюджет' (municipal budget: part of the total, not regional or extra-budgetary); "
            "'Профинансировано с начала реализации' (money spent to date, not the cost); "
            "'в т.ч. высокопроизводительных' (a subset of the jobs); 'Доля внебюджетных средств, %' "
            "(a percentage). Total = federal + regional + municipal + extra-budgetary, so the "
            "parts do not add up to the total without the municipal column. '—' in the confirmed "
            "column of one row and an empty jobs-created cell are null. Cluster '—', '-' or empty "
            "= no cluster; some cluster names are in lower case. Rejected: one row with a negative "
            "regional budget, one row whose end date is before its start date."),
    }
    write_expected(fname[:-5], data)
    return data




# ---------------------------------------------------------------------------
# 2. klastery_po_listam.xlsx : one sheet per cluster, тыс. руб.
# ---------------------------------------------------------------------------
def make_clusters():
    fname = "klastery_po_listam.xlsx"
    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date",
              "total_cost_mln", "extra_budgetary_mln", "jobs_planned", "lead_organization"]
    rr = random.Random(1402)
    sheets = [("Нефтехимический кластер", "petrochemical", [38, 39, 40, 41]),
              ("Кластер ядерных технологий", "nuclear", [42, 43, 44, 45]),
              ("Лесопромышленный кластер", "timber", [46, 47, 48, 49]),
              ("Кластер дикоросов", "wildlife", [22, 23, 58, 59]),
              ("Кластер ТрИЗ", "hard_to_recover", [24, 25, 26])]
    status_words = {"planned": ["планируется", "Планируется"],
                    "in_progress": ["Реализуется", "реализуется", "РЕАЛИЗУЕТСЯ"],
                    "completed": ["введен в эксплуатацию", "Введён в эксплуатацию ", "завершён"],
                    "suspended": ["Приостановлен", "приостановлен "]}
    header = ["№", "Код", "Наименование проекта", "Место реализации", "Статус",
              "Дата начала реализации", "Дата ввода в эксплуатацию",
              "Общий объем инвестиций, тыс. руб.", "Внебюджетные источники, тыс. руб.",
              "в т.ч. собственные средства, тыс. руб.", "в т.ч. заемные средства, тыс. руб.",
              "Инвестиции в 2024 году, тыс. руб.", "Количество создаваемых рабочих мест, ед.",
              "Инициатор проекта", "Контактное лицо инициатора", "ИНН инициатора"]
    columns = [["№", None], ["Код", "code"], ["Наименование проекта", "name"],
               ["Место реализации", "location"], ["Статус", "status"],
               ["Дата начала реализации", "start_date"], ["Дата ввода в эксплуатацию", "end_date"],
               ["Общий объем инвестиций, тыс. руб.", "total_cost_mln"],
               ["Внебюджетные источники, тыс. руб.", "extra_budgetary_mln"],
               ["в т.ч. собственные средства, тыс. руб.", None],
               ["в т.ч. заемные средства, тыс. руб.", None],
               ["Инвестиции в 2024 году, тыс. руб.", None],
               ["Количество создаваемых рабочих мест, ед.", "jobs_planned"],
               ["Инициатор проекта", "lead_organization"],
               ["Контактное лицо инициатора", None], ["ИНН инициатора", None]]
    persons = ["Иванов Сергей Петрович, +7 913 100-20-30", "Кузнецова Ольга Викторовна",
               "Сидоренко А.А., (3822) 90-12-34", "Лебедев Максим Игоревич"]
    wb = new_wb()
    wb.remove(wb.active)
    records, rejected, sheet_info = [], [], []
    dup_code = POOL[41]["code"]
    for sname, ckey, idxs in sheets:
        ws = wb.create_sheet(sname)
        ws["A1"] = CLUSTER_RU[ckey]
        ws["A2"] = "Реестр инвестиционных проектов кластера (по состоянию на 01.10.2024)"
        for c, h in enumerate(header, 1):
            ws.cell(4, c, h)
        bold(ws, 4, len(header))
        r = 5
        data_rows = []
        items = [copy.deepcopy(POOL[k]) for k in idxs]
        if ckey == "hard_to_recover":
            dup = copy.deepcopy(POOL[41])
            dup["name"] = dup["name"] + " (площадка Стрежевой)"
            dup["location"] = "Стрежевой"
            items.append(dup)
        for n, p in enumerate(items):
            if n == 2:
                r += 1  # blank spacer row between groups
            p["cluster"] = ckey
            th_tot = round(p["total_cost_mln"] * 1000 + rr.randint(0, 99), 1)
            th_ext = min(th_tot, round(p["extra_budgetary_mln"] * 1000 + rr.randint(0, 9), 1))
            p["total_cost_mln"] = round(th_tot / 1000, 4)
            p["extra_budgetary_mln"] = round(th_ext / 1000, 4)
            own = round(th_ext * 0.4, 1)
            sw = status_words[p["status"]]
            vals = [n + 1, p["code"], p["name"], p["location"], sw[(n + len(ws.title)) % len(sw)],
                    dt.date.fromisoformat(p["start_date"]) if n % 2 == 0 else ru_date(p["start_date"]),
                    dt.date.fromisoformat(p["end_date"]),
                    th_tot, th_ext, own, round(th_ext - own, 1),
                    round(th_tot * 0.25, 1), p["jobs_planned"], p["lead_organization"],
                    persons[(n + r) % len(persons)], f"70{17000000 + 1000 * r + n:08d}"]
            if n == 1 and ckey == "timber":
                vals[7] = ru_num(th_tot, nb=True)  # text '1 234 567,0'
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                if isinstance(v, dt.date):
                    cell.number_format = "DD.MM.YYYY"
            bad = None
            if ckey == "nuclear" and n == 3:
                ws.cell(r, 8, "по согласованию с ГК «Росатом»")
                bad = ("not a number: 'по согласованию с ГК «Росатом»'", "H", p["code"])
            if p["code"] == dup_code:
                bad = ("duplicate code %s with different data (sheets 'Нефтехимический кластер' "
                       "and 'Кластер ТрИЗ')" % dup_code, "B", dup_code)
            if bad:
                rejected.append({"sheet": sname, "row": r, "reason": bad[0], "column": bad[1],
                                 "code": bad[2]})
            else:
                records.append(rec(p, fields))
            data_rows.append(r)
            r += 1
        sheet_info.append({"sheet": sname, "cluster": ckey, "header_row": 4,
                           "data_rows": data_rows})
        if ckey == "petrochemical":
            ws.row_dimensions[6].hidden = True
        if ckey == "timber":
            ws.column_dimensions["M"].hidden = True
    ws = wb.create_sheet("Пояснения")
    ws["A1"] = "Пояснения к заполнению"
    ws["A2"] = "Суммы указываются в тысячах рублей с НДС."
    ws["A3"] = "Графа «Инвестиции в 2024 году» — объем вложений в отчетном году."
    ws["A4"] = "Графы «собственные» и «заемные» средства раскрывают внебюджетные источники."
    wb.save(os.path.join(HERE, fname))
    data = {
        "file": fname, "refused": False, "fields": fields, "record_count": len(records),
        "records": records, "rejected": rejected, "columns": columns, "sheets": sheet_info,
        "hidden": {"row": {"sheet": "Нефтехимический кластер", "row": 6},
                   "column": {"sheet": "Лесопромышленный кластер", "column": "M",
                              "field": "jobs_planned"}},
        "notes": (
            "Cluster registry, one sheet per cluster; the cluster comes from the sheet (full "
            "name in A1; the sheet 'Кластер ТрИЗ' is the hard-to-recover cluster, A1 says "
            "'Кластер трудноизвлекаемых запасов'). Sheet 'Пояснения' is text, not data. Title rows "
            "1-2, header row 4, data from row 5; an empty spacer row after the 2nd project of "
            "each sheet. Amounts are in тыс. руб. (in the header) and are given in RUB million "
            "(divide by 1000, e.g. 5 249 537 тыс. = 5249.537). One amount is text '1 234 567,0' "
            "with non-breaking spaces. 'Дата ввода в эксплуатацию' (commissioning date) is the "
            "end date. Statuses vary in case, ё/е and trailing spaces; 'введен в эксплуатацию' = "
            "completed. Hidden row 6 on 'Нефтехимический кластер' and hidden column M (jobs) on "
            "'Лесопромышленный кластер' are data. Not imported (null): '№'; 'в т.ч. собственные "
            "средства' and 'в т.ч. заемные средства' (parts of the extra-budgetary money, not "
            "the whole); 'Инвестиции в 2024 году' (a one-year slice); 'Контактное лицо "
            "инициатора' (a person); 'ИНН инициатора' (a tax number, looks like a big amount). "
            "Rejected: on 'Кластер ядерных технологий' the total holds text 'по согласованию с "
            "ГК «Росатом»'; code %s appears on 'Нефтехимический кластер' and again on 'Кластер "
            "ТрИЗ' with a different name, cluster and place: both rows are rejected." % dup_code),
    }
    write_expected(fname[:-5], data)
    return data


# ---------------------------------------------------------------------------
# 3. aktualizaciya_3kv.xlsx : update of svod_monitoring.xlsx
# ---------------------------------------------------------------------------
def make_update(base):
    fname = "aktualizaciya_3kv.xlsx"
    state = {r["code"]: dict(r) for r in base["records"]}
    order = [r["code"] for r in base["records"]]
    wb = new_wb()
    ws = wb.active
    ws.title = "III квартал 2024"
    ws["A1"] = "Актуализация сведений о ходе реализации проектов ИНО «Томск» за III квартал 2024 г."
    ws["A2"] = "(заполняется ответственными исполнителями; графы без изменений можно не исправлять)"
    header = ["Код проекта", "Наименование проекта", "Статус реализации",
              "Стоимость проекта, млн руб.", "Внебюджетные средства, млн руб.",
              "Кол-во рабочих мест (план)", "Создано рабочих мест (нарастающим итогом)",
              "Освоено в III кв. 2024 г., млн руб.", "Примечание"]
    columns = [["Код проекта", "code"], ["Наименование проекта", "name"],
               ["Статус реализации", "status"], ["Стоимость проекта, млн руб.", "total_cost_mln"],
               ["Внебюджетные средства, млн руб.", "extra_budgetary_mln"],
               ["Кол-во рабочих мест (план)", "jobs_planned"],
               ["Создано рабочих мест (нарастающим итогом)", "jobs_created"],
               ["Освоено в III кв. 2024 г., млн руб.", None], ["Примечание", None]]
    for c, h in enumerate(header, 1):
        ws.cell(4, c, h)
    bold(ws, 4, len(header))
    sw = {"planned": "Планируется", "in_progress": "Реализуется",
          "completed": "Введен в эксплуатацию", "suspended": "Отложен"}
    codes = order
    rows = []   # (code_in_file, name_in_file, newvals dict, note, kind, extra)
    # by code, with changes
    for k, c in enumerate([codes[1], codes[2], codes[4], codes[8], codes[11], codes[14]]):
        s = state[c]
        nv = {}
        if k % 3 == 0 and s["status"] != "completed":
            nv["status"] = "completed"
            nv["jobs_created"] = s["jobs_planned"]
        elif k % 3 == 1:
            nv["total_cost_mln"] = r1(s["total_cost_mln"] + 120.0)
            nv["extra_budgetary_mln"] = r1(s["extra_budgetary_mln"] + 120.0)
        else:
            nv["status"] = "suspended"
            nv["jobs_planned"] = s["jobs_planned"] + 10
        if not nv:
            nv["total_cost_mln"] = r1(s["total_cost_mln"] + 33.3)
        rows.append((c, s["name"], nv, None, "code"))
    # by code, unchanged
    for c in [codes[5], codes[17]]:
        rows.append((c, state[c]["name"], {}, "без изменений", "code"))
    # by name
    nm = [(codes[0], lambda n: n.replace("«", '"').replace("»", '"'), '«» written as ""',
           {"status": "completed", "jobs_created": None}),
          (codes[3], lambda n: n.replace("«", "“").replace("»", "”")[0].lower() + n.replace("«", "“").replace("»", "”")[1:],
           'quotes “” and a lower-case first letter', {"total_cost_mln": None}),
          (codes[10], lambda n: n.upper(), "upper case", {}),
          (codes[15], lambda n: n.replace(" ", "  ", 1) + " ", "double space, trailing space",
           {"status": "in_progress"})]
    matched = []
    for c, f, diff, ch in nm:
        s = state[c]
        nv = {}
        for k2, v in ch.items():
            if k2 == "status":
                nv["status"] = v
            if k2 == "jobs_created":
                nv["jobs_created"] = s["jobs_planned"]
            if k2 == "total_cost_mln":
                nv["total_cost_mln"] = r1(s["total_cost_mln"] * 1.1)
        if nv.get("status") == s["status"]:
            nv["status"] = "suspended"
        rows.append((None, f(s["name"]), nv, None, "name", c, diff))
    # rejected known-code row
    rej_code = codes[6]
    rows.append((rej_code, state[rej_code]["name"], {}, "стоимость уточняется", "reject"))
    # new projects
    news = [POOL[60], POOL[61], POOL[62]]
    for p in news:
        rows.append((p["code"], p["name"], None, "новый проект", "new", p))
    # interleave deterministically
    rr = random.Random(1403)
    rr.shuffle(rows)
    changed, new_codes, rejected = [], [], []
    r = 5
    for item in rows:
        code_in, name_in, nv, note, kind = item[:5]
        if kind == "new":
            p = item[5]
            s = {f: None for f in ALL_FIELDS}
            s.update(code=p["code"], name=p["name"], status=p["status"],
                     total_cost_mln=p["total_cost_mln"], extra_budgetary_mln=p["extra_budgetary_mln"],
                     jobs_planned=p["jobs_planned"], jobs_created=p["jobs_created"])
            state[p["code"]] = s
            order.append(p["code"])
            new_codes.append(p["code"])
            vals_from = s
        else:
            code = code_in if kind != "name" else item[5]
            s = state[code]
            vals_from = dict(s)
            vals_from.update(nv)
        vals = [code_in, name_in, sw[vals_from["status"]], vals_from["total_cost_mln"],
                vals_from["extra_budgetary_mln"], vals_from["jobs_planned"],
                vals_from["jobs_created"], r1((vals_from["total_cost_mln"] or 0) * 0.05), note]
        if kind != "new":
            assert None not in vals[2:7], (code_in, vals)
        if kind == "reject":
            vals[3] = "уточняется"
            rejected.append({"sheet": ws.title, "row": r, "reason": "not a number: 'уточняется'",
                             "column": "D", "code": code_in})
        for c, v in enumerate(vals, 1):
            ws.cell(r, c, v)
        if kind in ("code", "name") and nv:
            code = code_in if kind == "code" else item[5]
            before = dict(state[code])
            state[code].update(nv)
            if state[code] != before:
                changed.append(code)
        if kind == "name":
            matched.append({"code": item[5], "name_in_file": name_in, "difference": item[6],
                            "row": r})
        r += 1
    last = r - 1
    wb.save(os.path.join(HERE, fname))
    records = [state[c] for c in order]
    data = {
        "file": fname, "refused": False, "fields": ALL_FIELDS, "record_count": len(records),
        "records": records, "rejected": rejected, "base_file": "svod_monitoring.xlsx",
        "columns": columns, "header_row": 4, "data_rows": [5, last],
        "changed_codes": sorted(changed), "new_codes": new_codes, "matched_by_name": matched,
        "notes": (
            "Import svod_monitoring.xlsx first, then this file; 'records' is the resulting state "
            "of all projects (the 20 valid projects of the base file, then the new ones). Title "
            f"rows 1-2, header row 4, data rows 5-{last}. 8 rows carry a known code (6 change "
            "status, planned/created jobs or cost; 2 re-send unchanged values, 'без изменений' in "
            "'Примечание'); 4 rows have an empty code and are matched by name (quote style «» vs "
            "\"\" and “”, letter case, doubled and trailing spaces); a project matched by name "
            "keeps its stored name. 3 rows carry codes not in the base: new projects; the fields "
            "this file does not carry (cluster, work area, place, dates, federal/regional budget, "
            "confirmed money, organisation, problems) are null. One row with a known code has "
            "'уточняется' in the cost column: rejected, that project keeps its earlier values. "
            "Not imported (null): 'Освоено в III кв. 2024 г.' (money spent in one quarter) and "
            "'Примечание' (a clerk's note, not the problems field). Status 'Введен в "
            "эксплуатацию' = completed, 'Отложен' = suspended."),
    }
    write_expected(fname[:-5], data)
    return data


# ---------------------------------------------------------------------------
# 4. agency_list_en.xlsx : English agency list, RUB bn and RUB mln
# ---------------------------------------------------------------------------
def make_english():
    fname = "agency_list_en.xlsx"
    fields = ["code", "name", "cluster", "status", "start_date", "end_date", "total_cost_mln",
              "federal_budget_mln", "extra_budgetary_mln", "jobs_planned", "lead_organization"]
    idxs = list(range(50, 58)) + list(range(27, 38)) + [20, 21]
    wb = new_wb()
    ws = wb.active
    ws.title = "Projects"
    header = ["No.", "Project code", "Project name", "Cluster", "Status", "Start",
              "Completion", "Total investment (RUB bn)", "Federal funding (RUB mln)",
              "Private investment (RUB bn)", "2025 tranche (RUB bn)", "Spent to date (RUB bn)",
              "Jobs to be created", "incl. high-productivity jobs", "Lead organisation",
              "Contact person", "Private share, %"]
    columns = [["No.", None], ["Project code", "code"], ["Project name", "name"],
               ["Cluster", "cluster"], ["Status", "status"], ["Start", "start_date"],
               ["Completion", "end_date"], ["Total investment (RUB bn)", "total_cost_mln"],
               ["Federal funding (RUB mln)", "federal_budget_mln"],
               ["Private investment (RUB bn)", "extra_budgetary_mln"],
               ["2025 tranche (RUB bn)", None], ["Spent to date (RUB bn)", None],
               ["Jobs to be created", "jobs_planned"], ["incl. high-productivity jobs", None],
               ["Lead organisation", "lead_organization"], ["Contact person", None],
               ["Private share, %", None]]
    for c, h in enumerate(header, 1):
        ws.cell(1, c, h)
    bold(ws, 1, len(header))
    stw = {"planned": ["planned", "Planned"], "in_progress": ["in progress", "In Progress "],
           "completed": ["completed", "Completed"], "suspended": ["suspended", "Suspended"]}
    people = ["Ms Elena Orlova", "Mr Dmitry Volkov", "Anna Smirnova (+7 3822 70-11-22)"]
    records, rejected = [], []
    compl = []
    for n, k in enumerate(idxs):
        p = copy.deepcopy(POOL[k])
        r = n + 2
        # completion: date / quarter / year text / year number
        m = n % 5
        if m == 0:
            endv = dt.date.fromisoformat(p["end_date"])
            compl.append("date")
        elif m == 1:
            y, q, last = quarter_of(p["end_date"])
            p["end_date"] = last
            endv = f"Q{q} {y}"
            compl.append("quarter Qn")
        elif m == 2:
            y, q, last = quarter_of(p["end_date"])
            p["end_date"] = last
            endv = f"{ROMAN[q]} кв. {y}"
            compl.append("quarter кв.")
        elif m == 3:
            y = int(p["end_date"][:4])
            p["end_date"] = f"{y}-12-31"
            endv = str(y)
            compl.append("year text")
        else:
            y = int(p["end_date"][:4])
            p["end_date"] = f"{y}-12-31"
            endv = y
            compl.append("year number")
        if p["cluster"]:
            clv = CLUSTER_EN[p["cluster"]]
            if n % 3 == 1:
                clv = clv.lower()
        else:
            clv = ["n/a", None, "—"][n % 3]
        bn_tot = round(p["total_cost_mln"] / 1000, 4)
        bn_ext = round(p["extra_budgetary_mln"] / 1000, 4)
        p["total_cost_mln"] = round(bn_tot * 1000, 1)
        p["extra_budgetary_mln"] = round(bn_ext * 1000, 1)
        if n == 9:
            bn_ext = None
            p["extra_budgetary_mln"] = None
        vals = [n + 1, p["code"], p["name"], clv, stw[p["status"]][n % 2],
                dt.date.fromisoformat(p["start_date"]), endv, bn_tot, p["federal_budget_mln"],
                bn_ext, round(bn_tot / 5, 4), round(bn_tot / 3, 4), p["jobs_planned"],
                p["jobs_planned"] // 4, p["lead_organization"], people[n % 3],
                round(100 * (bn_ext or 0) / bn_tot, 1)]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            if isinstance(v, dt.date):
                cell.number_format = "YYYY-MM-DD"
        bad = None
        if n == 6:
            ws.cell(r, 4, "Space industry cluster")
            bad = ("unknown cluster 'Space industry cluster'", "D")
        if n == 14:
            ws.cell(r, 7, f"Q1 {int(p['start_date'][:4]) - 1}")
            bad = ("end date before start date", "G")
        if bad:
            rejected.append({"sheet": "Projects", "row": r, "reason": bad[0], "column": bad[1],
                             "code": p["code"]})
        else:
            records.append(rec(p, fields))
    ws2 = wb.create_sheet("Read me")
    ws2["A1"] = "Portfolio of the Tomsk innovation programme, as reported by the agency."
    ws2["A2"] = "Totals and private investment in RUB billion; federal funding in RUB million."
    ws2["A3"] = "2025 tranche = money scheduled for 2025 only. Spent to date = cash disbursed."
    wb.save(os.path.join(HERE, fname))
    data = {
        "file": fname, "refused": False, "fields": fields, "record_count": len(records),
        "records": records, "rejected": rejected, "data_sheet": "Projects", "header_row": 1,
        "columns": columns,
        "notes": (
            "English agency list on sheet 'Projects' (header row 1); sheet 'Read me' is text. "
            "Units differ per column: 'Total investment' and 'Private investment' are RUB bn "
            "(x1000), 'Federal funding' is RUB mln (as is). Cluster: English names, some in lower "
            "case; 'n/a', '—' or empty = no cluster. Status: planned / in progress (once 'In "
            "Progress ' with a trailing space) / completed / suspended. Completion -> end_date: "
            "real dates, 'Q3 2026' and 'III кв. 2026' quarters (= last day of the quarter), years "
            "as text and as numbers in General cells (= 31 December). One empty private "
            "investment cell is null. Not imported (null): 'No.', '2025 tranche' (one-year "
            "slice), 'Spent to date', 'incl. high-productivity jobs' (subset), 'Contact person' "
            "(a person, the organisation is 'Lead organisation'), 'Private share, %'. Rejected: "
            "row with cluster 'Space industry cluster' (unknown); row whose completion quarter "
            "lies before its start."),
    }
    write_expected(fname[:-5], data)
    return data


# ---------------------------------------------------------------------------
# 5. reestr_mo_cp1251.csv : municipal registry as CSV, cp1251, ';'
# ---------------------------------------------------------------------------
def make_csv():
    fname = "reestr_mo_cp1251.csv"
    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date",
              "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
              "extra_budgetary_mln", "jobs_planned", "lead_organization", "problems"]
    header = ["№ п/п", "Код проекта", "Наименование инвестиционного проекта",
              "Муниципальное образование", "Отраслевой кластер", "Статус проекта",
              "Срок реализации (начало)", "Срок реализации (окончание)",
              "Стоимость проекта, млн руб.", "Федеральный бюджет, млн руб.",
              "Областной бюджет, млн руб.", "Местный бюджет, млн руб.",
              "Внебюджетные источники, млн руб.", "в т.ч. средства ФРП, млн руб.",
              "Освоено на отчетную дату, млн руб.", "Количество создаваемых рабочих мест",
              "Инициатор проекта", "ИНН инициатора", "Статус земельного участка",
              "Проблемные вопросы"]
    maps = [None, "code", "name", "location", "cluster", "status", "start_date", "end_date",
            "total_cost_mln", "federal_budget_mln", "regional_budget_mln", None,
            "extra_budgetary_mln", None, None, "jobs_planned", "lead_organization", None, None,
            "problems"]
    columns = [[h, m] for h, m in zip(header, maps)]
    locw = {"Томск": "г. Томск", "Северск": "ЗАТО Северск", "Асино": "г. Асино",
            "Стрежевой": "г. Стрежевой", "Колпашево": "г. Колпашево",
            "Томский район": "Томский район"}
    stw = {"planned": "планируется", "in_progress": "реализуется",
           "completed": "введен в эксплуатацию", "suspended": "отложен"}
    land = ["оформлен в аренду", "в собственности инициатора", "подбор участка",
            "на стадии межевания", "—"]
    rows = [header]
    records, rejected = [], []
    idxs = list(range(63, 83))
    for n, k in enumerate(idxs):
        p = copy.deepcopy(POOL[k])
        line = n + 2
        if n % 4 == 3:
            y = int(p["end_date"][:4])
            p["end_date"] = f"{y}-12-31"
            endv = str(y)
        else:
            endv = ru_date(p["end_date"])
        clv = CLUSTER_RU[p["cluster"]] if p["cluster"] else ("—" if n % 2 else "")
        frp = ru_num(min(p["extra_budgetary_mln"], 300.0), nb=False) if n % 3 == 0 else ""
        prob = p["problems"]
        if n == 4:
            prob = 'Подрядчик ООО "СибСтрой"; срыв сроков поставки'
            p["problems"] = prob
        if n == 8:
            p["lead_organization"] = 'ООО "Томский завод ""Кедр"""'.replace('""Кедр""', '«Кедр»')
        money = lambda x: ru_num(x, nb=False).replace(" ", "") if n % 5 else ru_num(x, nb=False)
        vals = [str(n + 1), p["code"], p["name"], locw[p["location"]], clv, stw[p["status"]],
                ru_date(p["start_date"]), endv, money(p["total_cost_mln"]),
                money(p["federal_budget_mln"]), money(p["regional_budget_mln"]),
                money(p["local"]), money(p["extra_budgetary_mln"]), frp,
                money(r1(p["total_cost_mln"] * 0.3)), str(p["jobs_planned"]),
                p["lead_organization"], f"70{24000000 + k * 37:08d}", land[n % 5], prob or ""]
        bad = None
        if n == 5:
            vals[7] = ru_date(f"{int(p['start_date'][:4]) - 2}-06-01")
            bad = ("end date before start date", "H")
        if n == 12:
            vals[15] = "около 40"
            bad = ("not a number: 'около 40'", "P")
        if bad:
            rejected.append({"sheet": None, "row": line, "reason": bad[0], "column": bad[1],
                             "code": p["code"]})
        else:
            records.append(rec(p, fields))
        rows.append(vals)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quotechar='"', lineterminator="\r\n")
    w.writerows(rows)
    with open(os.path.join(HERE, fname), "wb") as f:
        f.write(buf.getvalue().encode("cp1251"))
    data = {
        "file": fname, "refused": False, "fields": fields, "record_count": len(records),
        "records": records, "rejected": rejected, "encoding": "cp1251", "delimiter": ";",
        "header_line": 1, "columns": columns,
        "notes": (
            "Municipal registry of investment projects exported as CSV: Windows-1251, no BOM, "
            "CRLF, ';' separator, fields with ';' or '\"' quoted with doubled inner quotes. Line 1 "
            "is the header; one project per line. Numbers with a decimal comma, some with a plain "
            "space as thousands separator ('1 234,5'). Dates dd.mm.yyyy; some end dates are a bare "
            "year ('2027' = 31 December). Place names are written the municipal way: 'г. Томск', "
            "'ЗАТО Северск', 'г. Асино', 'г. Стрежевой', 'г. Колпашево', 'Томский район' -> the "
            "canonical place. Status 'введен в эксплуатацию' = completed, 'отложен' = suspended. "
            "Cluster '' or '—' = no cluster. Not imported (null): '№ п/п'; 'Местный бюджет' "
            "(municipal budget); 'в т.ч. средства ФРП' (an industrial-development-fund loan "
            "inside the extra-budgetary money); 'Освоено на отчетную дату' (spent to date); 'ИНН "
            "инициатора' (a tax number); 'Статус земельного участка' (the status of the land "
            "plot, not of the project). Rejected (line numbers): one line whose end date is "
            "before its start date, one line with 'около 40' in the jobs column."),
    }
    write_expected(fname[:-4], data)
    return data


# ---------------------------------------------------------------------------
# 6. oshibki_stroki.xlsx : bad rows mixed with valid ones
# ---------------------------------------------------------------------------
def make_bad_rows():
    fname = "oshibki_stroki.xlsx"
    fields = ["code", "name", "cluster", "status", "start_date", "end_date", "total_cost_mln",
              "extra_budgetary_mln", "jobs_planned", "problems"]
    header = ["Код", "Наименование", "Кластер", "Статус", "Начало", "Окончание",
              "Стоимость, млн руб.", "Внебюджет, млн руб.", "Рабочие места",
              "Проблемы / риски", "Ответственный исполнитель (ФИО)"]
    columns = [["Код", "code"], ["Наименование", "name"], ["Кластер", "cluster"],
               ["Статус", "status"], ["Начало", "start_date"], ["Окончание", "end_date"],
               ["Стоимость, млн руб.", "total_cost_mln"],
               ["Внебюджет, млн руб.", "extra_budgetary_mln"], ["Рабочие места", "jobs_planned"],
               ["Проблемы / риски", "problems"], ["Ответственный исполнитель (ФИО)", None]]
    wb = new_wb()
    ws = wb.active
    ws.title = "Реестр"
    for c, h in enumerate(header, 1):
        ws.cell(1, c, h)
    bold(ws, 1, len(header))
    stw = {"planned": "Планируется", "in_progress": "В стадии реализации",
           "completed": "Реализован", "suspended": "Приостановлен"}
    stw = {"planned": "Планируется", "in_progress": "Реализуется",
           "completed": "Завершен", "suspended": "Приостановлен"}
    fio = ["Соколов И.И.", "Морозова Е.В.", "Павлов Д.Н."]
    idxs = list(range(83, 99))
    records, rejected, skipped = [], [], {}
    r = 2
    dup_rows = []
    for n, k in enumerate(idxs):
        if n == 6:  # blank formatted row with spaces
            ws.cell(r, 1, " ")
            ws.cell(r, 2, "  ")
            ws.cell(r, 7).number_format = "0.0"
            skipped[str(r)] = "blank row (only spaces)"
            r += 1
        p = copy.deepcopy(POOL[k])
        if n == 3:
            p["name"] = "  " + p["name"] + " "
        if n == 10:
            p["problems"] = '=HYPERLINK("https://invest.tomsk.ru/p/%s";"Карточка проекта")' % p["code"]
        vals = [p["code"], p["name"], CLUSTER_RU[p["cluster"]] if p["cluster"] else None,
                stw[p["status"]], dt.date.fromisoformat(p["start_date"]),
                dt.date.fromisoformat(p["end_date"]), p["total_cost_mln"],
                p["extra_budgetary_mln"], p["jobs_planned"], p["problems"], fio[n % 3]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            if isinstance(v, dt.date):
                cell.number_format = "DD.MM.YYYY"
        if n == 10:
            ws.cell(r, 10).value = p["problems"]
            ws.cell(r, 10).data_type = "s"  # a plain string, not a formula
        p["name"] = p["name"].strip()
        if n in (2, 12):
            dup_rows.append((r, p["code"]))
        else:
            records.append(rec(p, fields))
        r += 1
    # the duplicate: row of project n=2 repeated later with different cost
    # (handled by writing n=12's code as n=2's code)
    (r1_, c1), (r2_, c2) = dup_rows
    ws.cell(r2_, 1, c1)
    for rr_, code in ((r1_, c1), (r2_, c1)):
        rejected.append({"sheet": "Реестр", "row": rr_, "column": "A", "code": code,
                         "reason": f"duplicate code {c1} (rows {r1_} and {r2_} differ)"})
    # name too long
    p = copy.deepcopy(POOL[99])
    longname = p["name"] + ": " + ("реконструкция производственного корпуса, закупка и монтаж "
                                   "технологического оборудования, пусконаладочные работы; " * 8)
    longname = longname[:620]
    vals = [p["code"], longname, CLUSTER_RU.get(p["cluster"]) if p["cluster"] else None,
            stw[p["status"]], dt.date.fromisoformat(p["start_date"]),
            dt.date.fromisoformat(p["end_date"]), p["total_cost_mln"], p["extra_budgetary_mln"],
            p["jobs_planned"], None, fio[0]]
    for c, v in enumerate(vals, 1):
        ws.cell(r, c, v)
    rejected.append({"sheet": "Реестр", "row": r, "column": "B", "code": p["code"],
                     "reason": f"name too long ({len(longname)} characters, limit 500)"})
    last = r
    rejected.sort(key=lambda x: x["row"])
    wb.save(os.path.join(HERE, fname))
    data = {
        "file": fname, "refused": False, "fields": fields, "record_count": len(records),
        "records": records, "rejected": rejected, "header_row": 1, "data_rows": [2, last],
        "skipped_rows": skipped, "name_length_limit": 500, "columns": columns,
        "notes": (
            "Header row 1, data rows 2-%d. Row %s holds only spaces (and a formatted empty cell): "
            "skipped silently. Rejected: code %s on two rows with different data (both rejected); "
            "last row: a name of %d characters (limit 500). One name has leading and trailing "
            "spaces (trimmed). One problems cell is the plain string '=HYPERLINK(...)' (stored as "
            "text, not a formula): imported as written. 'Ответственный исполнитель (ФИО)' is a "
            "person, not the lead organisation: null. 'Завершен' = completed, 'Приостановлен' = "
            "suspended." % (last, ", ".join(skipped), c1, len(longname))),
    }
    write_expected(fname[:-5], data)
    return data


# ---------------------------------------------------------------------------
# 7. raschet_formuly.xlsx : formulas with cached values
# ---------------------------------------------------------------------------
def make_formulas():
    fname = "raschet_formuly.xlsx"
    fields = ["code", "name", "federal_budget_mln", "regional_budget_mln",
              "extra_budgetary_mln", "total_cost_mln", "jobs_planned"]
    header = ["Код", "Наименование проекта", "Федеральный бюджет, млн руб.",
              "Областной бюджет, млн руб.", "Внебюджетные источники, млн руб.",
              "Объем финансирования, всего, млн руб.", "Доля областного бюджета, %",
              "Рабочие места, план", "в т.ч. на 2025 год, млн руб."]
    columns = [["Код", "code"], ["Наименование проекта", "name"],
               ["Федеральный бюджет, млн руб.", "federal_budget_mln"],
               ["Областной бюджет, млн руб.", "regional_budget_mln"],
               ["Внебюджетные источники, млн руб.", "extra_budgetary_mln"],
               ["Объем финансирования, всего, млн руб.", "total_cost_mln"],
               ["Доля областного бюджета, %", None], ["Рабочие места, план", "jobs_planned"],
               ["в т.ч. на 2025 год, млн руб.", None]]
    wb = new_wb()
    ws = wb.active
    ws.title = "План-график"
    ws["A1"] = "План-график финансирования проектов ИНО «Томск» на 2024-2026 годы"
    for c, h in enumerate(header, 1):
        ws.cell(3, c, h)
    bold(ws, 3, len(header))
    cache = {}
    records, rejected = [], []
    idxs = list(range(99, 110)) + [26, 27, 28, 29, 30]
    first = 4
    nocache_row = None
    for n, k in enumerate(idxs):
        p = copy.deepcopy(POOL[k])
        r = first + n
        fed, reg, ext = p["federal_budget_mln"], p["regional_budget_mln"], p["extra_budgetary_mln"]
        tot = r1(fed + reg + ext)
        p["total_cost_mln"] = tot
        ws.cell(r, 1, p["code"])
        ws.cell(r, 2, p["name"])
        ws.cell(r, 3, fed)
        ws.cell(r, 4, reg)
        ws.cell(r, 5, ext)
        ws.cell(r, 6, f"=C{r}+D{r}+E{r}" if n % 2 else f"=SUM(C{r}:E{r})")
        cache[f"F{r}"] = tot
        ws.cell(r, 7, f"=IF(F{r}=0,0,ROUND(D{r}/F{r}*100,1))")
        cache[f"G{r}"] = round(reg / tot * 100, 1) if tot else 0
        if n % 4 == 1:
            a = p["jobs_planned"] // 2
            ws.cell(r, 8, f"={a}+{p['jobs_planned'] - a}")
            cache[f"H{r}"] = p["jobs_planned"]
        else:
            ws.cell(r, 8, p["jobs_planned"])
        ws.cell(r, 9, f"=ROUND(F{r}/3,1)")
        cache[f"I{r}"] = r1(tot / 3)
        if n == 9:
            nocache_row = r
            del cache[f"F{r}"]
            rejected.append({"sheet": ws.title, "row": r, "reason": "formula without a cached value",
                             "column": "F", "code": p["code"]})
        else:
            records.append(rec(p, fields))
    last = first + len(idxs) - 1
    tr = last + 1
    ws.cell(tr, 2, "Итого")
    for col in "CDEFHI":
        ws[f"{col}{tr}"] = f"=SUM({col}{first}:{col}{last})"
    # cached values of totals (the uncached F is summed as 0 by Excel only after recalc; we
    # store the sum of cached values of the other rows)
    for col, key in zip("CDE", ["federal_budget_mln", "regional_budget_mln",
                                "extra_budgetary_mln"]):
        cache[f"{col}{tr}"] = r1(sum(POOL[k][key] for k in idxs))
    cache[f"F{tr}"] = r1(sum(v for kk, v in cache.items() if kk[0] == "F" and kk != f"F{tr}"))
    cache[f"H{tr}"] = sum(POOL[k]["jobs_planned"] for k in idxs)
    cache[f"I{tr}"] = r1(sum(v for kk, v in cache.items() if kk[0] == "I" and kk != f"I{tr}"))
    ws.cell(tr + 2, 1, "Примечание: графы 6, 7 и 9 рассчитываются автоматически.")
    path = os.path.join(HERE, fname)
    wb.save(path)
    n_formulas = patch_cached(path, "xl/worksheets/sheet1.xml", cache)
    data = {
        "file": fname, "refused": False, "fields": fields, "record_count": len(records),
        "records": records, "rejected": rejected, "header_row": 3, "data_rows": [first, last],
        "totals_row": tr, "columns": columns,
        "notes": (
            "Plan-schedule ('План-график') with formulas. Title row 1, header row 3, data rows "
            f"{first}-{last}, totals row {tr} ('Итого' in column B, SUM formulas) and a note in row "
            f"{tr + 2}: not projects. Column F (total) is a formula (=SUM or =C+D+E) with a cached "
            "result; some job counts are formulas like '=60+60' with cached results; column G "
            "(regional share, %) and I (2025 slice = total/3) are formulas too and are not "
            f"imported. {n_formulas} formula cells carry cached values. In row {nocache_row} the "
            "total formula has no cached value: that row is rejected (formula without a cached "
            "value), never read as 0. Amounts in RUB million."),
    }
    write_expected(fname[:-5], data)
    return data


def patch_cached(path, member, cache):
    """Insert cached <v> values for formula cells written by openpyxl; cells not in
    `cache` lose their empty <v/> (no cached value)."""
    zin = zipfile.ZipFile(path)
    items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    count = 0
    out = []
    for info, blob in items:
        if info.filename == member:
            xml = blob.decode("utf-8")

            def rep(m):
                nonlocal count
                ref = m.group(2)
                if ref in cache:
                    count += 1
                    v = cache[ref]
                    v = repr(float(v)) if isinstance(v, float) else str(v)
                    if v.endswith(".0"):
                        v = v[:-2]
                    return f"{m.group(1)}{m.group(3)}<v>{v}</v></c>"
                return f"{m.group(1)}{m.group(3)}</c>"
            xml = re.sub(r'(<c r="([A-Z]+[0-9]+)"[^>]*>)(<f>[^<]*</f>)<v\s*/></c>', rep, xml)
            blob = xml.encode("utf-8")
        out.append((info, blob))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, blob in out:
            z.writestr(info.filename, blob)
    return count


def normalize_zip(path):
    """Fixed timestamps inside the xlsx so that the generator is byte-for-byte deterministic."""
    zin = zipfile.ZipFile(path)
    items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in items:
            if name == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-10-01T09:00:00Z\g<2>", blob)
            z.writestr(zipfile.ZipInfo(name, (2024, 10, 1, 9, 0, 0)), blob,
                       compress_type=zipfile.ZIP_DEFLATED)


RESAVE = [("svod_monitoring.xlsx", "xls"), ("klastery_po_listam.xlsx", "ods")]


def resave():
    """Re-save two workbooks with LibreOffice into resaved/ (skipped if soffice is absent)."""
    import shutil
    import subprocess
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found: resaved/ not written")
        return
    out = os.path.join(HERE, "resaved")
    os.makedirs(out, exist_ok=True)
    profile = "file:///tmp/agency14_lo_profile"
    for src, fmt in RESAVE:
        subprocess.run([soffice, "-env:UserInstallation=" + profile, "--headless",
                        "--convert-to", fmt, "--outdir", out, os.path.join(HERE, src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=180)
        stem = src.rsplit(".", 1)[0]
        with open(os.path.join(HERE, stem + ".expected.json"), encoding="utf-8") as f:
            data = json.load(f)
        data["file"] = f"{stem}.{fmt}"
        data["resaved_from"] = src
        data["notes"] = (f"{src} re-saved by LibreOffice as .{fmt} (same sheets, rows, cells and "
                         "records; text cells stay text, dates stay dates). " + data["notes"])
        with open(os.path.join(out, f"{stem}.expected.json"), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)


def main():
    base = make_svod()
    make_clusters()
    make_update(base)
    make_english()
    make_csv()
    make_bad_rows()
    make_formulas()
    for f in sorted(os.listdir(HERE)):
        if f.endswith(".xlsx"):
            normalize_zip(os.path.join(HERE, f))
    resave()


if __name__ == "__main__":
    main()
