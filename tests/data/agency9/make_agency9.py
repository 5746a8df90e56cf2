#!/usr/bin/env python3
"""Generator of the agency9 evaluation set (independent; see README.md).

Run:  /work/main/.venv/bin/python tests/data/agency9/make_agency9.py
Deterministic: a fixed random seed per file; writes the workbooks, NAME.expected.json,
and (when LibreOffice is installed) re-saved copies in resaved/.
"""
import csv, datetime as dt, io, json, os, random, shutil, subprocess, sys, tempfile
import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
NBSP = "\u00a0"
ALL_FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
              "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
              "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created", "lead_organization", "problems"]


def D(y, m, d):
    return dt.date(y, m, d)


def iso(d):
    return None if d is None else d.isoformat()


def ru_num(x, sep=NBSP, decimals=1):
    """1234.5 -> '1 234,5' (Russian style)."""
    s = f"{abs(x):,.{decimals}f}".replace(",", "\x00").replace(".", ",").replace("\x00", sep)
    return ("-" if x < 0 else "") + s


def ddmmyyyy(d):
    return d.strftime("%d.%m.%Y")


def qlast(y, q):
    return {1: D(y, 3, 31), 2: D(y, 6, 30), 3: D(y, 9, 30), 4: D(y, 12, 31)}[q]


def mlast(y, m):
    nxt = D(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def r1(x):
    return None if x is None else round(x + 0.0, 1)


def write_expected(name, fields, records, rejected, columns, notes, **extra):
    out = {"file": name, "refused": False, "fields": fields, "record_count": len(records),
           "records": [{f: r.get(f) for f in fields} for r in records],
           "rejected": rejected, "columns": columns}
    out.update(extra)
    out["notes"] = notes
    base = os.path.splitext(name)[0]
    with open(os.path.join(HERE, base + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    return out


def fix_props(wb):
    fixed = dt.datetime(2025, 10, 1, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "agency9"


def split_money(rng, total, fed_share=(0, 0.3), reg_share=(0, 0.2), mun_share=None):
    """Split a total (RUB mln, 1 decimal) into federal/regional/(municipal)/extra."""
    fed = round(total * rng.uniform(*fed_share), 1) if fed_share else 0.0
    reg = round(total * rng.uniform(*reg_share), 1) if reg_share else 0.0
    mun = round(total * rng.uniform(*mun_share), 1) if mun_share else 0.0
    extra = round(total - fed - reg - mun, 1)
    return fed, reg, mun, extra


# ---------------------------------------------------------------------------------------------
# 1. Regional ministry of industry: quarterly form on priority investment projects
# ---------------------------------------------------------------------------------------------
def make_minprom():
    name = "minprom_quarterly.xlsx"
    rng = random.Random(9001)
    LOC = [("г. Томск", "Томск"), ("ЗАТО Северск", "Северск"), ("г. Асино", "Асино"),
           ("Томский район", "Томский район"), ("г. Стрежевой", "Стрежевой"), ("г. Колпашево", "Колпашево")]
    ST = [("Инвестиционная стадия (реализуется)", "in_progress"), ("прединвестиционная стадия — планируется", "planned"),
          ("Введён в эксплуатацию, проект реализован", "completed"), ("Реализация приостановлена", "suspended"),
          ("реализуется", "in_progress"), ("Завершён", "completed")]
    projects = [
        ("Производство полимерных труб большого диаметра", "ООО «Томскнефтехим-Полимер»"),
        ("Модернизация производства метанола", "АО «Сибметахим-Инвест»"),
        ("Завод по глубокой переработке древесины", "ООО «Асиновский ЛПК»"),
        ("Производство пеллет из отходов лесопиления", "ООО «ТомЛесЭнерго»"),
        ("Производство изотопной продукции медицинского назначения", "АО «Северская изотопная компания»"),
        ("Цех литья алюминиевых сплавов", "ООО «СибЛитМаш»"),
        ("Тепличный комплекс круглогодичного цикла", "ООО «Агрокомплекс Томский»"),
        ("Производство промышленных контроллеров", "ООО «Элекон-Сибирь»"),
        ("Завод по выпуску сухих строительных смесей", "ООО «СтройХимТомск»"),
        ("Производство лекарственных средств в ампулах", "АО «Томскхимфарм-Девелопмент»"),
        ("Комплекс по переработке попутного нефтяного газа", "ООО «Стрежевской ГПЗ»"),
        ("Производство оборудования для лесозаготовки", "ООО «ЛесМашКомплект»"),
        ("Реконструкция кирпичного завода", "ООО «Керамика Сибири»"),
        ("Производство пищевых концентратов из дикоросов", "ООО «Таёжный дар»"),
        ("Логистический центр с таможенным складом", "ООО «Томск-Терминал»"),
        ("Производство композитной арматуры", "ООО «КомпозитСтрой»"),
        ("Завод клееного бруса (II очередь)", "ООО «Колпашевский ДОК»"),
        ("Производство электротехнических изделий", "АО «Томский электротехнический завод»"),
        ("Цех порошковой металлургии", "ООО «НПП Порошковые технологии»"),
        ("Производство биоразлагаемой упаковки", "ООО «ЭкоПак Томск»"),
        ("Мясоперерабатывающий комплекс", "ООО «Томский мясной двор»"),
    ]
    wb = openpyxl.Workbook(); fix_props(wb)
    ws = wb.active; ws.title = "Форма ПИП-1"
    ws["A1"] = "Министерство промышленности, торговли и предпринимательства Томской области"
    ws["A2"] = "Мониторинг реализации приоритетных инвестиционных проектов Томской области"
    ws["A3"] = "за III квартал 2025 года (нарастающим итогом с начала реализации)"
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=19)
        ws.cell(r, 1).font = Font(bold=True); ws.cell(r, 1).alignment = Alignment(horizontal="center")
    # header rows 5-6
    single = {1: "№ п/п", 2: "Наименование инвестиционного проекта", 3: "Шифр проекта",
              4: "Инвестор (инициатор проекта)", 5: "Место реализации (муниципальное образование)",
              6: "Стадия реализации проекта", 18: "Степень готовности объекта, %",
              19: "Проблемные вопросы, требующие решения органов власти"}
    groups = [(7, 8, "Срок реализации", ["начало", "окончание (год ввода)"]),
              (9, 11, "Объем инвестиций по проекту, млн рублей", ["всего", "в т.ч. освоено на отчетную дату", "в т.ч. в 2025 году"]),
              (12, 15, "Источники финансирования, млн рублей", ["федеральный бюджет", "областной бюджет", "местный бюджет", "собственные и заемные средства инвестора"]),
              (16, 17, "Рабочие места, ед.", ["всего по проекту (план)", "создано рабочих мест нарастающим итогом"])]
    for c, t in single.items():
        ws.cell(5, c, t); ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    for c1, c2, top, subs in groups:
        ws.cell(5, c1, top); ws.merge_cells(start_row=5, start_column=c1, end_row=5, end_column=c2)
        for i, s in enumerate(subs):
            ws.cell(6, c1 + i, s)
    for c in range(1, 20):
        ws.cell(7, c, c)
        ws.cell(5, c).alignment = Alignment(wrap_text=True, vertical="center")
    fieldmap = {1: None, 2: "name", 3: "code", 4: "lead_organization", 5: "location", 6: "status",
                7: "start_date", 8: "end_date", 9: "total_cost_mln", 10: None, 11: None,
                12: "federal_budget_mln", 13: "regional_budget_mln", 14: None, 15: "extra_budgetary_mln",
                16: "jobs_planned", 17: "jobs_created", 18: None, 19: "problems"}
    columns = []
    for c in range(1, 20):
        top = ws.cell(5, c).value
        sub = ws.cell(6, c).value
        if sub is None:
            columns.append([top, fieldmap[c]])
        else:
            g = [g for g in groups if g[0] <= c <= g[1]][0]
            columns.append([f"{g[2]} / {sub}", fieldmap[c]])
    PROBLEMS = [None, None, "Не завершено подключение к сетям газоснабжения", None,
                "Требуется включение в перечень получателей субсидии на компенсацию процентной ставки", None,
                "Задержка поставки импортного оборудования (санкционные ограничения)", None, None,
                "Необходимо продление договора аренды земельного участка без торгов"]
    records, rejected = [], []
    row = 8
    sums = [0.0] * 20
    bad_rows = {12: "negative", 19: "dates"}
    for i, (pname, inv) in enumerate(projects):
        code = f"INO-9{101 + i}"
        locw, loc = LOC[i % len(LOC)]
        stw, st = ST[(i * 5) % len(ST)]
        start = D(2019 + i % 5, 1 + (i * 3) % 12, 1 + (i * 7) % 27)
        endy = start.year + 1 + i % 4
        end_kind = i % 3
        if end_kind == 2:
            q = 1 + i % 4
            end_cell, end = f"{ROMAN[q]} кв. {endy}", qlast(endy, q)
        else:
            end_cell, end = endy, D(endy, 12, 31)
        total = round(rng.uniform(150, 9000), 1)
        fed, reg, mun, extra = split_money(rng, total, (0, 0.15), (0, 0.1), (0, 0.03))
        if i % 4 == 0:
            fed = 0.0; extra = round(total - reg - mun, 1)
        spent = round(total * (1.0 if st == "completed" else rng.uniform(0, 0.7) if st != "planned" else 0), 1)
        y2025 = round(min(spent, total * rng.uniform(0, 0.3)), 1)
        jp = rng.choice([25, 40, 60, 85, 120, 150, 210, 340])
        jc = jp if st == "completed" else (0 if st == "planned" else int(jp * rng.uniform(0.1, 0.8)))
        pct = 100 if st == "completed" else round(100 * spent / total)
        prob = PROBLEMS[i % len(PROBLEMS)]
        rec = {"code": code, "name": pname, "lead_organization": inv, "location": loc, "status": st,
               "start_date": iso(start), "end_date": iso(end), "total_cost_mln": total,
               "federal_budget_mln": fed, "regional_budget_mln": reg, "extra_budgetary_mln": extra,
               "jobs_planned": jp, "jobs_created": jc, "problems": prob}
        # cell forms
        start_cell = start if i % 3 != 1 else ddmmyyyy(start)
        def money(v, k):
            return ru_num(v, NBSP if k % 2 else " ") if (i + k) % 5 == 0 else v
        vals = [i + 1, pname, code, inv, locw, stw, start_cell, end_cell, money(total, 0), money(spent, 1),
                y2025, money(fed, 2), money(reg, 3), mun, money(extra, 4), jp, jc, pct, prob]
        if row in bad_rows and bad_rows[row] == "negative":
            vals[12] = "-" + ru_num(reg + 12.5)   # regional budget written negative
            rejected.append({"sheet": ws.title, "row": row, "reason": "negative amount", "column": "M", "code": code})
        elif row in bad_rows and bad_rows[row] == "dates":
            vals[6] = D(2026, 3, 1); vals[7] = 2024
            rejected.append({"sheet": ws.title, "row": row, "reason": "end date before start date", "column": "H", "code": code})
        else:
            records.append(rec)
            for c in (9, 10, 11, 12, 13, 14, 15, 16, 17):
                sums[c] += [total, spent, y2025, fed, reg, mun, extra, jp, jc][c - 9]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row, c, v)
            if isinstance(v, dt.date):
                cell.number_format = "DD.MM.YYYY"
        row += 1
    last = row - 1
    ws.cell(row, 1, "ИТОГО по приоритетным инвестиционным проектам")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
    for c in range(9, 18):
        ws.cell(row, c, round(sums[c], 1))
    total_row = row
    ws.cell(row + 2, 1, "Примечание: объем инвестиций указан с учетом НДС; данные представлены инвесторами и не проверялись министерством.")
    ws.cell(row + 3, 1, "Исполнитель: Петрова А. С., тел. (3822) 51-00-00")
    for c, w in zip(range(1, 20), [5, 40, 11, 30, 20, 22, 11, 11, 11, 11, 11, 11, 11, 11, 11, 10, 12, 10, 40]):
        ws.column_dimensions[get_column_letter(c)].width = w
    wb.save(os.path.join(HERE, name))
    fields = ["code", "name", "location", "status", "start_date", "end_date", "total_cost_mln",
              "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln", "jobs_planned",
              "jobs_created", "lead_organization", "problems"]
    notes = (f"Quarterly form of the regional ministry of industry. Title rows 1-3; two-level merged header rows 5-6; "
             f"row 7 numbers the columns (1..19) and is not data. Data rows 8-{last}; row {total_row} is the totals row "
             f"('ИТОГО ...'), rows {total_row + 2}-{total_row + 3} a note and the clerk's name: none is a project. "
             "Amounts in RUB million (title of the group says 'млн рублей'); some are text with a decimal comma and a plain or "
             "non-breaking space. 'в т.ч. освоено на отчетную дату' (money spent to date), 'в т.ч. в 2025 году' (one-year slice), "
             "'местный бюджет' (municipal budget) and 'Степень готовности, %' are look-alikes and are NOT imported. "
             "'Инвестор' is the lead organisation. 'создано рабочих мест нарастающим итогом' is jobs_created. Start: real dates "
             "or dd.mm.yyyy text; end ('год ввода'): a whole-number year in a General cell (= 31 December) or a quarter "
             "'IV кв. 2027' (= last day of the quarter). Status is written as a stage phrase: 'Инвестиционная стадия (реализуется)'"
             " = in_progress, 'прединвестиционная стадия — планируется' = planned, 'Введён в эксплуатацию, проект реализован' and "
             "'Завершён' = completed, 'Реализация приостановлена' = suspended. Locations are written 'г. Томск', 'ЗАТО Северск', "
             "'Томский район' and mean the canonical place names. Row 12 has a negative regional budget (text '-…'); "
             "row 19 ends (2024) before it starts (01.03.2026): both rejected.")
    write_expected(name, fields, records, rejected, columns, notes, sheet=ws.title, header_rows=[5, 6],
                   data_rows=[8, last], skipped_rows={"7": "column numbers", str(total_row): "totals",
                                                     str(total_row + 2): "footnote", str(total_row + 3): "footnote"})
    return name


# ---------------------------------------------------------------------------------------------
# 2. Municipal investment-site passport: projects listed by site, one sheet per site, тыс. руб.
# ---------------------------------------------------------------------------------------------
def make_sites():
    name = "site_passports.xlsx"
    rng = random.Random(9002)
    sites = [
        ("Промзона Северная", "Паспорт инвестиционной площадки «Промышленная зона Северная»",
         "Местоположение: г. Асино, ул. Заводская, 2", "Площадь площадки: 38,6 га; категория земель — земли промышленности",
         "Тип площадки: браунфилд", "Асино", "г. Асино"),
        ("Богашево", "Паспорт инвестиционной площадки «Богашевский агропарк»",
         "Местоположение: Томский район, с. Богашево", "Площадь площадки: 52 га; собственность: муниципальная",
         "Тип площадки: гринфилд", "Томский район", "Томский р-н"),
        ("Технологическая долина", "Паспорт инвестиционной площадки «Технологическая долина»",
         "Местоположение: г. Томск, Академгородок", "Площадь площадки: 11,2 га",
         "Тип площадки: гринфилд, с подведенными сетями", "Томск", "Томск"),
    ]
    ST = [("Реализуется", "in_progress"), ("Подготовка к реализации (планируется)", "planned"),
          ("объект введен, проект завершен", "completed"), ("строительство приостановлено", "suspended"),
          ("реализуется ", "in_progress"), ("планируется", "planned")]
    SITE_ST = ["свободна", "частично занята", "занята", "на этапе подготовки документации"]
    names = {
        0: [("Лесопильный цех с сушильными камерами", "ООО «Асино-Лес»"),
            ("Производство топливных брикетов", "ИП Кравцов Д. Н."),
            ("Завод OSB-плит (вторая очередь)", "ООО «Сибирская плита»"),
            ("Склад временного хранения лесопродукции", "ООО «ЛесТрансСервис»"),
            ("Цех деревянного домостроения", "ООО «Дом из бруса»"),
            ("Котельная на древесных отходах", "МУП «Асиновские тепловые сети»"),
            ("Производство мебельных щитов", "ООО «Мебель-Профи»")],
        1: [("Молочно-товарная ферма на 1200 голов", "ООО «Богашевское молоко»"),
            ("Овощехранилище на 20 тыс. тонн", "СПК «Томские овощи»"),
            ("Цех переработки ягод и грибов", "ООО «Дары тайги»"),
            ("Комбикормовый завод", "ООО «СибКорм»"),
            ("Тепличный комбинат (I очередь)", "ООО «Зелёная долина»"),
            ("Производство сыров", "ООО «Сыроварня Богашево»"),
            ("Агрологистический центр", "ООО «АгроХаб Томск»")],
        2: [("Производство электронных модулей", "ООО «Микран-Модуль»"),
            ("Центр обработки данных", "ООО «ТомскДата»"),
            ("Производство медицинских изделий из титана", "ООО «ТитанМед»"),
            ("Инжиниринговый центр аддитивных технологий", "ООО «Аддитив-Сибирь»"),
            ("Лаборатория радиофармпрепаратов", "ООО «РадФарм»"),
            ("Бизнес-инкубатор для ИТ-компаний", "АНО «Инкубатор Академгородка»"),
            ("Производство оптических приборов", "ООО «Оптэк-Томск»")],
    }
    header = ["№", "Код проекта", "Наименование проекта (резидент площадки)", "Инициатор проекта",
              "Населенный пункт", "Статус площадки", "Стадия реализации проекта", "Планируемый срок ввода в эксплуатацию",
              "Стоимость проекта, тыс. руб.", "в том числе из бюджета муниципального образования, тыс. руб.",
              "Областной бюджет, тыс. руб.", "Внебюджетные средства, тыс. руб.", "Требуемая площадь, га",
              "Новые рабочие места (план), ед."]
    fmap = [None, "code", "name", "lead_organization", "location", None, "status", "end_date",
            "total_cost_mln", None, "regional_budget_mln", "extra_budgetary_mln", None, "jobs_planned"]
    wb = openpyxl.Workbook(); fix_props(wb)
    wb.remove(wb.active)
    records, rejected, sheets_info = [], [], {}
    n = 0
    dup_first = None
    hidden = {}
    for si, (sheet, t1, t2, t3, t4, loc, locw) in enumerate(sites):
        ws = wb.create_sheet(sheet)
        for r, t in enumerate((t1, t2, t3, t4), 1):
            ws.cell(r, 1, t)
        ws.cell(1, 1).font = Font(bold=True, size=13)
        for c, h in enumerate(header, 1):
            ws.cell(6, c, h).alignment = Alignment(wrap_text=True)
        row = 7
        ssum = 0
        for j, (pname, org) in enumerate(names[si]):
            n += 1
            code = f"INO-92{n:02d}"
            stw, st = ST[(n * 2 + si) % len(ST)]
            y = 2025 + (n % 4)
            kind = n % 4
            if kind == 0:
                endw, end = f"{ROMAN[1 + n % 4]} квартал {y}", qlast(y, 1 + n % 4)
            elif kind == 1:
                endw, end = f"{ROMAN[1 + n % 4]} кв. {y}", qlast(y, 1 + n % 4)
            elif kind == 2:
                endw, end = str(y), D(y, 12, 31)
            else:
                dd = D(y, 1 + (n * 5) % 12, 10 + n % 15)
                endw, end = dd, dd
            total_k = rng.randrange(8_000, 2_400_000, 50)  # thousand RUB
            mun_k = rng.choice([0, 0, 1500, 4200, 12000]) if total_k > 20000 else 0
            reg_k = rng.choice([0, 0, 0, 25000, 60000, 9800]) if total_k > 100000 else 0
            ext_k = total_k - mun_k - reg_k
            jobs = rng.choice([8, 12, 20, 35, 50, 75, 110, 160])
            area = round(rng.uniform(0.5, 12), 1)
            rec = {"code": code, "name": pname, "lead_organization": org, "location": loc, "status": st,
                   "end_date": iso(end), "total_cost_mln": r1(total_k / 1000), "regional_budget_mln": r1(reg_k / 1000),
                   "extra_budgetary_mln": r1(ext_k / 1000), "jobs_planned": jobs}
            vals = [j + 1, code, pname, org, locw, SITE_ST[(n + si) % 4], stw, endw,
                    total_k if n % 3 else ru_num(total_k, " ", 0), mun_k, reg_k, ext_k if n % 4 else ru_num(ext_k, NBSP, 0),
                    ru_num(area, " ", 1) if n % 2 else area, jobs]
            ssum += total_k
            if si == 0 and j == 2:
                dup_first = (sheet, row, code, list(vals))
            reject = None
            if si == 1 and j == 4:   # text in the money column
                vals[8] = "уточняется по итогам ПСД"
                reject = {"sheet": sheet, "row": row, "reason": "not a number: 'уточняется по итогам ПСД'", "column": "I", "code": code}
            if si == 2 and j == 5:   # same code as on the first sheet, different data
                dcode = dup_first[2]
                vals[1] = dcode
                reject = {"sheet": sheet, "row": row, "column": "B", "reason": f"duplicate code {dcode} (sheet '{dup_first[0]}' row {dup_first[1]} and sheet '{sheet}' row {row} differ)", "code": dcode}
                rejected.append({"sheet": dup_first[0], "row": dup_first[1], "column": "B", "reason": reject["reason"], "code": dcode})
                records[:] = [r for r in records if r["code"] != dcode]
            if reject:
                rejected.append(reject)
            else:
                records.append(rec)
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row, c, v)
                if isinstance(v, dt.date):
                    cell.number_format = "DD.MM.YYYY"
            if si == 1 and j == 2:
                ws.row_dimensions[row].hidden = True
                hidden[sheet] = row
            row += 1
        ws.cell(row, 1, "Итого по площадке")
        ws.cell(row, 9, ssum)
        sheets_info[sheet] = {"title_rows": [1, 4], "header_row": 6, "data_rows": [7, row - 1], "totals_row": row}
        ws.cell(row + 2, 1, "Контакт: отдел экономики администрации, тел. 8 (38241) 2-00-00")
        for c, w in enumerate([4, 11, 40, 28, 14, 18, 26, 16, 14, 14, 14, 14, 10, 12], 1):
            ws.column_dimensions[get_column_letter(c)].width = w
    # Order: file order = sheet by sheet; the rejected duplicate (sheet 1) was removed above.
    rejected.sort(key=lambda r: ([s[0] for s in sites].index(r["sheet"]), r["row"]))
    wb.save(os.path.join(HERE, name))
    fields = ["code", "name", "location", "status", "end_date", "total_cost_mln", "regional_budget_mln",
              "extra_budgetary_mln", "jobs_planned", "lead_organization"]
    columns = [[h, f] for h, f in zip(header, fmap)]
    notes = ("Municipal list of projects by investment site: one sheet per site, each with the same table. Rows 1-4 of every "
             "sheet describe the site (name, address, area in hectares, type) and are not data; header row 6; data from row 7; "
             "an 'Итого по площадке' totals row and a contact line below (not projects). Money in thousand roubles (тыс. руб. in every money header), given here in RUB "
             "million; some are text with space or non-breaking-space thousands separators. 'Статус площадки' is the status of the "
             "SITE, not of the project (null); 'в том числе из бюджета муниципального образования' (municipal budget) and "
             "'Требуемая площадь, га' are look-alikes (null). 'Населенный пункт' -> location ('г. Асино', 'Томский р-н', 'Томск'). "
             "Commissioning date -> end_date: 'II квартал 2026' / 'III кв. 2027' = last day of the quarter, '2027' as text = "
             "31 December, or a real date. Status: 'Подготовка к реализации (планируется)' = planned, 'объект введен, проект "
             "завершен' = completed, 'строительство приостановлено' = suspended. "
             f"Hidden row {hidden} is data. Rejected: sheet 'Богашево' row 11 (text in the cost column); the code of sheet "
             "'Промзона Северная' row 9 is used again, with other data, on sheet 'Технологическая долина' row 12: both rows rejected.")
    write_expected(name, fields, records, rejected, columns, notes, sheets=sheets_info, hidden_rows=hidden)
    return name


# ---------------------------------------------------------------------------------------------
# 3. Technopark resident register
# ---------------------------------------------------------------------------------------------
CLUSTER_RU = {
    "petrochemical": ["нефтехимия", "Нефтехимический"], "nuclear": ["ядерные технологии", "Ядерный кластер"],
    "timber": ["лесопромышленный комплекс", "Лесопромышленный"], "pharma": ["фармацевтика", "Фармацевтический"],
    "medtech_it": ["медицинская техника и ИТ", "Медтехника и информационные технологии"],
    "wildlife": ["дикоросы", "Кластер дикоросов"], "hard_to_recover": ["трудноизвлекаемые запасы (ТрИЗ)", "ТРИЗ"],
}
WA_RU = {"industry": "передовая промышленность", "science_education": "наука и образование",
         "innovation_business": "технологические инновации и новые бизнесы", "smart_city": "умный город",
         "business_environment": "деловая среда"}


def make_technopark():
    name = "technopark_register.xlsx"
    rng = random.Random(9003)
    residents = [
        ("ООО «Нанокомпозит»", "7017001101", "Серийный выпуск нанопорошков оксида алюминия", "petrochemical", "industry"),
        ("ООО «Биолит-Фарм»", "7017001102", "Фитопрепараты на основе сибирских трав", "pharma", "innovation_business"),
        ("ООО «Сиб-Дозиметр»", "7024001103", "Дозиметры для атомной отрасли", "nuclear", "industry"),
        ("ООО «ЭлМед»", "7017001104", "Аппарат низкочастотной электротерапии", "medtech_it", "innovation_business"),
        ("ООО «Кедровый орех»", "7017001105", "Глубокая переработка кедрового ореха", "wildlife", "industry"),
        ("АО «ГеоНефтеСервис»", "7022001106", "Цифровые двойники месторождений ТрИЗ", "hard_to_recover", "science_education"),
        ("ООО «Смарт Сити Лаб»", "7017001107", "Платформа «умный двор»", None, "smart_city"),
        ("ООО «ДревоТех»", "7002001108", "Модифицированная древесина для фасадов", "timber", "industry"),
        ("ООО «ИнфоСкрин»", "7017001109", "Система скрининга зрения у школьников", "medtech_it", "science_education"),
        ("ООО «ПолиКат»", "7017001110", "Катализаторы для нефтехимии", "petrochemical", "science_education"),
        ("ООО «Атом-Изотоп»", "7024001111", "Стабильные изотопы для медицины", "nuclear", "innovation_business"),
        ("ООО «Сибирская брусника»", "7017001112", "Лиофилизация ягод", "wildlife", "innovation_business"),
        ("ООО «БизнесДок»", "7017001113", "Сервис электронного документооборота для МСП", None, "business_environment"),
        ("ООО «ЛесоСкан»", "7017001114", "Лазерное сканирование лесосек", "timber", "innovation_business"),
        ("ООО «ФармСинтез-Т»", "7017001115", "Синтез субстанций противоопухолевых препаратов", "pharma", "industry"),
        ("ООО «Космоприбор»", "7017001116", "Приборы ориентации малых спутников", "SPACE", "industry"),
        ("ООО «НефтеДата»", "7022001117", "Анализ керна методами машинного обучения", "hard_to_recover", "innovation_business"),
        ("ООО «Умный свет»", "7017001118", "Адаптивное уличное освещение", None, "smart_city"),
        ("ООО «МедРобот»", "7017001119", "Реабилитационный экзоскелет", "medtech_it", "industry"),
        ("ООО «ТермоПласт»", "7017001120", "Термопластичные композиты", "petrochemical", "industry"),
        ("ООО «ЭкоТорф»", "7017001121", "Торфяные сорбенты", "wildlife", "innovation_business"),
    ]
    ST = [("реализуется", "in_progress"), ("в стадии реализации", "in_progress"), ("Проект завершён", "completed"),
          ("планируется к реализации", "planned"), ("реализация приостановлена", "suspended"), ("РЕАЛИЗУЕТСЯ", "in_progress"),
          ("завершен", "completed")]
    header = ["№ п/п", "Резидент", "ИНН резидента", "Дата включения в реестр резидентов", "Шифр проекта", "Проект резидента",
              "Отраслевая принадлежность (кластер)", "Направление ИНО «Томск»", "Статус резидента", "Стадия проекта",
              "Дата начала проекта", "Плановая дата завершения", "Арендуемая площадь, кв. м",
              "Выручка резидента за 2024 год, млн руб.", "Объем инвестиций в проект, млн руб.",
              "Рабочие места по проекту (план)", "Среднесписочная численность, чел.", "Контактное лицо"]
    fmap = [None, "lead_organization", None, None, "code", "name", "cluster", "work_area", None, "status",
            "start_date", "end_date", None, None, "total_cost_mln", "jobs_planned", None, None]
    wb = openpyxl.Workbook(); fix_props(wb)
    ws = wb.active; ws.title = "Реестр"
    ws["A1"] = "Реестр резидентов технопарка «Академпарк-Кедр» и реализуемых ими проектов"
    ws["A2"] = "по состоянию на 01.10.2025"
    for c, h in enumerate(header, 1):
        ws.cell(3, c, h).alignment = Alignment(wrap_text=True)
    records, rejected = [], []
    row = 4
    persons = ["Иванов П. С.", "Сидорова Е. А.", "Ким В. Д.", "Лапин О. Р.", "Ахметова Д. Ф."]
    for i, (org, inn, pname, cl, wa) in enumerate(residents):
        code = f"INO-93{i + 1:02d}"
        stw, st = ST[i % len(ST)]
        status_res = "действующий" if st != "suspended" else "статус приостановлен"
        if i == 6:
            status_res = "исключён из реестра"
        joined = D(2016 + i % 8, 1 + (i * 4) % 12, 5 + i % 20)
        start = D(joined.year + (i % 2), 1 + (i * 7) % 12, 1 + (i * 3) % 28)
        end = D(start.year + 2 + i % 3, 1 + (i * 5) % 12, 1 + (i * 11) % 28)
        total = round(rng.uniform(3, 480), 1)
        jp = rng.choice([5, 8, 12, 15, 22, 30, 45])
        headcount = rng.randint(3, 120)
        revenue = round(rng.uniform(0.5, 900), 1)
        area = rng.choice([36, 54.5, 120, 210, 480, 950])
        clw = "—" if cl is None else ("Космическое приборостроение" if cl == "SPACE" else CLUSTER_RU[cl][i % 2])
        waw = WA_RU[wa] if i % 3 else WA_RU[wa].capitalize()
        rec = {"code": code, "name": pname, "cluster": cl, "work_area": wa, "status": st, "start_date": iso(start),
               "end_date": iso(end), "total_cost_mln": total, "jobs_planned": jp, "lead_organization": org}
        vals = [i + 1, org, inn, joined, code, pname, clw, waw, status_res, stw,
                start if i % 2 else ddmmyyyy(start), end if i % 3 else ddmmyyyy(end), area, revenue,
                total if i % 4 else ru_num(total, " "), jp, headcount, persons[i % 5]]
        rej = None
        if cl == "SPACE":
            rej = {"sheet": ws.title, "row": row, "reason": "unknown cluster 'Космическое приборостроение'", "column": "G", "code": code}
        if i == 9:
            vals[14] = "ок. 40"
            rej = {"sheet": ws.title, "row": row, "reason": "not a number: 'ок. 40'", "column": "O", "code": code}
        if i == 13:
            vals[10] = ddmmyyyy(D(2024, 9, 1)); vals[11] = ddmmyyyy(D(2023, 12, 20))
            rej = {"sheet": ws.title, "row": row, "reason": "end date before start date", "column": "L", "code": code}
        if rej:
            rejected.append(rej)
        else:
            records.append(rec)
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row, c, v)
            if isinstance(v, dt.date):
                cell.number_format = "DD.MM.YYYY"
        row += 1
    last = row - 1
    ws.column_dimensions["C"].hidden = True   # INN column hidden (not imported anyway)
    ws.column_dimensions["P"].hidden = False
    # jobs column hidden? no: hide the investment column to test hidden data columns
    ws.column_dimensions["O"].hidden = True
    ws.cell(row + 1, 1, "* Резиденты, исключённые из реестра, показываются до конца отчётного года.")
    wb.save(os.path.join(HERE, name))
    fields = ["code", "name", "cluster", "work_area", "status", "start_date", "end_date", "total_cost_mln",
              "jobs_planned", "lead_organization"]
    columns = [[h, f] for h, f in zip(header, fmap)]
    notes = ("Technopark resident register: title rows 1-2, header row 3, data rows 4-%d, a footnote below. One row per "
             "resident company and its project: 'Резидент' is the lead organisation; 'Проект резидента' is the project name. "
             "Look-alikes NOT imported: 'ИНН', 'Дата включения в реестр резидентов' (a date of the resident's status, not the "
             "project's start), 'Статус резидента' (status of the company in the register, another object's status), "
             "'Арендуемая площадь', 'Выручка резидента за 2024 год, млн руб.' (revenue, not investment), "
             "'Среднесписочная численность' (headcount, not jobs created), 'Контактное лицо' (a person). Column C (INN) and "
             "column O (investment, imported) are hidden: hidden columns are data. Cluster written as a branch name "
             "('нефтехимия', 'Ядерный кластер', 'медицинская техника и ИТ', 'ТРИЗ', ...); '—' = no cluster. Work area in "
             "lower case or capitalised ('умный город' = smart_city). Stage: 'в стадии реализации'/'реализуется'/'РЕАЛИЗУЕТСЯ' = "
             "in_progress, 'планируется к реализации' = planned, 'Проект завершён'/'завершен' = completed, 'реализация "
             "приостановлена' = suspended. Rejected: row 13 (text 'ок. 40' in the investment column), row 19 (unknown cluster "
             "'Космическое приборостроение'), row 17 (end before start)." % last)
    write_expected(name, fields, records, rejected, columns, notes, sheet=ws.title, header_row=3, data_rows=[4, last],
                   hidden_columns=["C", "O"])
    return name


# ---------------------------------------------------------------------------------------------
# 4. English-language partner tracker from a foreign investor
# ---------------------------------------------------------------------------------------------
def make_partner():
    name = "partner_tracker_en.xlsx"
    rng = random.Random(9004)
    CL = {"petrochemical": "Petrochemicals", "nuclear": "Nuclear technology", "timber": "Forestry & wood processing",
          "pharma": "Pharmaceuticals", "medtech_it": "Medical devices & IT", "wildlife": "Wild-harvested products",
          "hard_to_recover": "Hard-to-recover oil reserves"}
    LOCS = [("Tomsk", "Томск"), ("Seversk", "Северск"), ("Tomsk district", "Томский район"), ("Asino", "Асино"),
            ("Strezhevoy", "Стрежевой")]
    ST = [("Under implementation", "in_progress"), ("Completed", "completed"), ("Preparation stage (planned)", "planned"),
          ("in progress", "in_progress"), ("On hold (suspended)", "suspended"), ("Finished", "completed"),
          ("Planned", "planned")]
    projects = [
        ("Joint venture for birch plywood production", "Tomsk-Harbin Wood Co., Ltd.", "timber"),
        ("Polypropylene film line", "Sino-Siberian Polymer LLC", "petrochemical"),
        ("Pine nut processing and export hub", "Heilongjiang Forest Food Group", "wildlife"),
        ("Medical imaging software localisation", "Tomsk MedSoft JV", "medtech_it"),
        ("Isotope separation equipment service centre", "Seversk Isotope Service LLC", "nuclear"),
        ("API (active ingredient) synthesis plant", "Almaty Pharma Invest LLP", "pharma"),
        ("Enhanced oil recovery chemicals", "KazMunai Tech Tomsk LLC", "hard_to_recover"),
        ("Pellet plant with export terminal", "Asino Green Energy LLC", "timber"),
        ("Lingonberry extract production", "Nordic Berry Asia Ltd.", "wildlife"),
        ("Hospital information system pilot", "Silk Road Health IT Co.", "medtech_it"),
        ("Sawmill modernisation (phase 2)", "Tomsk-Harbin Wood Co., Ltd.", "timber"),
        ("Catalyst regeneration workshop", "Sino-Siberian Polymer LLC", "petrochemical"),
        ("Drone-based forest inventory", "Astana Geo Solutions LLP", None),
        ("Satellite ground station", "Harbin Aerospace Partners", "AERO"),
        ("Generic oncology drugs line", "Almaty Pharma Invest LLP", "pharma"),
        ("Horizontal drilling training centre", "KazMunai Tech Tomsk LLC", "hard_to_recover"),
        ("Smart greenhouse complex", "Tomsk Agro Silk LLC", None),
        ("Nuclear medicine diagnostics centre", "Seversk Isotope Service LLC", "nuclear"),
    ]
    header = ["No.", "Project code", "Project Name", "Responsible company", "Contact person", "Industry cluster",
              "Location", "Project progress", "Progress rate (%)", "Start date", "Expected completion",
              "Investment amount (billion rubles)", "Invested so far (billion rubles)", "Chinese/Kazakh side share (%)",
              "Remarks"]
    fmap = [None, "code", "name", "lead_organization", None, "cluster", "location", "status", None, "start_date",
            "end_date", "total_cost_mln", None, None, None]
    wb = openpyxl.Workbook(); fix_props(wb)
    ws = wb.active; ws.title = "Tracker"
    ws["A1"] = "Tomsk region cooperation projects — partner tracker (updated 2025.09.15)"
    for c, h in enumerate(header, 1):
        ws.cell(2, c, h).font = Font(bold=True)
    records, rejected = [], []
    row = 3
    people = ["Mr. Wang Lei", "Ms. Zhang Min", "Mr. Nurlan Seitkali", "Ms. Aigerim Bekova", "Mr. Liu Yang"]
    remarks = [None, "Waiting for land lease decision", None, "Equipment delivery via Zabaikalsk", None,
               "Need support for customs clearance"]
    for i, (pname, comp, cl) in enumerate(projects):
        code = f"INO-94{i + 1:02d}"
        locw, loc = LOCS[i % len(LOCS)]
        stw, st = ST[i % len(ST)]
        start = D(2021 + i % 4, 1 + (i * 5) % 12, 1 + (i * 9) % 28)
        ey = start.year + 2 + i % 3
        k = i % 4
        if k == 0:
            em = 1 + (i * 7) % 12
            endw, end = f"{ey}.{em:02d}", mlast(ey, em)
        elif k == 1:
            q = 1 + i % 4
            endw, end = f"Q{q} {ey}", qlast(ey, q)
        elif k == 2:
            endw, end = f"{ey}", D(ey, 12, 31)
        else:
            ed = D(ey, 1 + (i * 3) % 12, 1 + (i * 5) % 28)
            endw, end = ed.strftime("%Y.%m.%d"), ed
        bn = round(rng.uniform(0.05, 12.0), 4)
        mln = round(bn * 1000, 1)
        bn = mln / 1000
        rate = 100 if st == "completed" else (0 if st == "planned" else rng.randint(5, 90))
        spent = round(bn * rate / 100, 3)
        share = rng.choice([30, 49, 50, 51, 70, 100])
        clw = "n/a" if cl is None else ("Aerospace" if cl == "AERO" else CL[cl])
        rec = {"code": code, "name": pname, "lead_organization": comp, "cluster": cl, "location": loc, "status": st,
               "start_date": iso(start), "end_date": iso(end), "total_cost_mln": mln}
        vals = [i + 1, code, pname, comp, people[i % 5], clw, locw, stw, f"{rate}%" if i % 2 else rate / 100,
                start.strftime("%Y.%m.%d") if i % 2 else start, endw, bn, spent, share, remarks[i % len(remarks)]]
        rej = None
        if cl == "AERO":
            rej = {"sheet": ws.title, "row": row, "reason": "unknown cluster 'Aerospace'", "column": "F", "code": code}
        if i == 6:
            vals[11] = -bn
            rej = {"sheet": ws.title, "row": row, "reason": "negative amount", "column": "L", "code": code}
        if rej:
            rejected.append(rej)
        else:
            records.append(rec)
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row, c, v)
            if isinstance(v, dt.date):
                cell.number_format = "YYYY-MM-DD"
            if c == 9 and isinstance(v, float):
                cell.number_format = "0%"
        row += 1
    last = row - 1
    ws2 = wb.create_sheet("Read me")
    ws2["A1"] = "How to read this tracker"
    ws2["A2"] = "Investment amount is the full planned budget of the project in billion rubles, all sources."
    ws2["A3"] = "Invested so far = money actually spent up to the update date."
    ws2["A4"] = "Expected completion: month (yyyy.mm), quarter or year when exact date not fixed."
    wb.save(os.path.join(HERE, name))
    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date", "total_cost_mln",
              "lead_organization"]
    columns = [[h, f] for h, f in zip(header, fmap)]
    notes = ("Investor's own English tracker. Sheet 'Tracker': title row 1, header row 2, data rows 3-%d; sheet 'Read me' is "
             "explanatory text, not data. 'Investment amount (billion rubles)' -> total_cost_mln x1000. Look-alikes NOT imported: "
             "'Invested so far' (money spent to date), 'Progress rate (%%)', 'Chinese/Kazakh side share (%%)', 'Contact person' (a "
             "person), 'Remarks' (notes, not a problems column). 'Responsible company' is the lead organisation. Status phrases: "
             "'Under implementation'/'in progress' = in_progress, 'Preparation stage (planned)'/'Planned' = planned, "
             "'Completed'/'Finished' = completed, 'On hold (suspended)' = suspended. Cluster in the investor's words "
             "('Forestry & wood processing' = timber, 'Wild-harvested products' = wildlife, 'Hard-to-recover oil reserves' = "
             "hard_to_recover, 'Medical devices & IT' = medtech_it); 'n/a' = no cluster. Location in English transliteration "
             "('Tomsk district' = Томский район, 'Strezhevoy' = Стрежевой). Dates in the Chinese style: start is a real date or "
             "text 'yyyy.mm.dd'; expected completion is text 'yyyy.mm.dd', 'yyyy.mm' (a month: taken as the LAST day of that "
             "month, like a quarter), 'Q3 2026' (last day of the quarter) or 'yyyy' (31 December). Rejected: row 9 (negative "
             "investment), row 16 (unknown cluster 'Aerospace')." % last)
    write_expected(name, fields, records, rejected, columns, notes, data_sheet="Tracker", header_row=2,
                   data_rows=[3, last])
    return name


# ---------------------------------------------------------------------------------------------
# 5. CSV export from 1С:Документооборот (cp1251, ';', every field quoted, amounts in roubles)
# ---------------------------------------------------------------------------------------------
def make_docflow():
    name = "docflow_1c_export.csv"
    rng = random.Random(9005)
    header = ["Рег. номер", "Дата регистрации", "Вид документа", "Код проекта", "Наименование проекта",
              "Организация-инициатор", "Ответственный", "Состояние документа", "Статус проекта", "Кластер",
              "Место реализации", "Дата начала", "Дата окончания", "Сумма проекта, руб.",
              "Федеральный бюджет, руб.", "Областной бюджет, руб.", "Внебюджетные средства, руб.", "Комментарий"]
    fmap = [None, None, None, "code", "name", "lead_organization", None, None, "status", "cluster", "location",
            "start_date", "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
            "extra_budgetary_mln", None]
    projects = [
        ("Создание центра компетенций по водородной энергетике", "ТПУ", None),
        ("Строительство завода по производству MDF-плит", "ООО \"Томлесдрев-Плюс\"", "Лесопромышленный"),
        ("Разработка отечественного томографа", "ООО «Медтех-Инжиниринг»", "медтехника и ИТ"),
        ("Переработка облепихи; производство масла", "ООО «Облепиха Сибири»", "дикоросы"),
        ("Опытное производство ТВЭЛ нового поколения", "АО «СХК-Инновации»", "ядерные технологии"),
        ("Вовлечение в разработку баженовской свиты", "ООО «Томск-ТрИЗ»", "трудноизвлекаемые"),
        ("Производство полиэтилентерефталата", "ООО «Томскнефтехим-ПЭТ»", "нефтехимия"),
        ("Цифровая платформа поддержки экспортеров", "Центр поддержки экспорта Томской области", None),
        ("Выпуск инсулина в шприц-ручках", "АО «Фармстандарт-Томск»", "фармацевтика"),
        ("Реконструкция лесопильного производства", "ООО «Колпашевский лес»", "лесопромышленный кластер"),
        ("Пилотный проект «Безопасный город» в Северске", "МКУ «Служба заказчика Северска»", None),
        ("Серийный выпуск портативных кардиографов", "ООО «Кардио-Т»", "МедТехника и ИТ"),
        ("Производство сухих экстрактов чаги", "ООО \"Чага-Фито\"", "Дикоросы"),
        ("Установка гидрокрекинга", "ООО «Стрежевой НПЗ»", "Нефтехимия"),
        ("Производство радионуклидных генераторов", "АО «Изотоп-Сибирь»", "ядерные технологии"),
        ("Модернизация ТЭЦ с переходом на газ", "АО «Томская генерация-Инвест»", None),
    ]
    CLMAP = {"Лесопромышленный": "timber", "медтехника и ИТ": "medtech_it", "дикоросы": "wildlife",
             "ядерные технологии": "nuclear", "трудноизвлекаемые": "hard_to_recover", "нефтехимия": "petrochemical",
             "фармацевтика": "pharma", "лесопромышленный кластер": "timber", "МедТехника и ИТ": "medtech_it",
             "Дикоросы": "wildlife", "Нефтехимия": "petrochemical"}
    ST = [("Реализуется", "in_progress"), ("завершен", "completed"), ("Планируемый", "planned"),
          ("ПРИОСТАНОВЛЕН", "suspended"), ("реализуется", "in_progress"), ("Завершён", "completed")]
    DOCST = ["Зарегистрирован", "На исполнении", "Исполнен", "На согласовании"]
    LOCS = [("Томск", "Томск"), ("Северск", "Северск"), ("Колпашево", "Колпашево"), ("Стрежевой", "Стрежевой"),
            ("Томский район", "Томский район"), ("Асино", "Асино")]
    people = ["Смирнов А.В.", "Орлова Н.П.", "Гусев К.И.", "Белова Т.Н."]
    lines = [header]
    records, rejected = [], []
    for i, (pname, org, clw) in enumerate(projects):
        line_no = i + 2
        code = f"INO-95{i + 1:02d}"
        stw, st = ST[i % len(ST)]
        locw, loc = LOCS[i % len(LOCS)]
        if i == 10:
            locw, loc = "Северск", "Северск"
        start = D(2020 + i % 5, 1 + (i * 5) % 12, 1 + (i * 13) % 28)
        end = D(start.year + 1 + i % 4, 1 + (i * 7) % 12, 1 + (i * 3) % 28)
        total_kop = rng.randrange(5_000_000_00, 3_000_000_000_00, 1000_00)  # in kopecks, to keep exact
        fed = rng.choice([0, 0, 0.1, 0.25]) ; reg = rng.choice([0, 0.05, 0.1])
        fed_kop = int(total_kop * fed) // 100 * 100
        reg_kop = int(total_kop * reg) // 100 * 100
        ext_kop = total_kop - fed_kop - reg_kop
        def rub(k):
            return f"{k // 100},{k % 100:02d}"
        cl = CLMAP.get(clw) if clw else None
        rec = {"code": code, "name": pname, "lead_organization": org, "status": st, "cluster": cl, "location": loc,
               "start_date": iso(start), "end_date": iso(end), "total_cost_mln": r1(total_kop / 1e8),
               "federal_budget_mln": r1(fed_kop / 1e8), "regional_budget_mln": r1(reg_kop / 1e8),
               "extra_budgetary_mln": r1(ext_kop / 1e8)}
        reg_date = D(2025, 1 + i % 9, 3 + i)
        comment = ["", "Письмо инвестора прилагается", "", "См. протокол совещания от 12.08.2025; вопрос о субсидии", ""][i % 5]
        vals = [f"ИНО-{1400 + i * 3}/25", ddmmyyyy(reg_date), "Паспорт проекта", code, pname, org, people[i % 4],
                DOCST[i % 4], stw, clw or "", locw, ddmmyyyy(start), ddmmyyyy(end), rub(total_kop),
                rub(fed_kop) if fed_kop else "0,00", rub(reg_kop) if reg_kop else "", rub(ext_kop), comment]
        if not reg_kop:
            rec["regional_budget_mln"] = None   # empty field = unknown
        rej = None
        if i == 4:
            vals[12] = ddmmyyyy(D(start.year - 1, 6, 30))
            rej = {"sheet": None, "row": line_no, "reason": "end date before start date", "column": "Дата окончания", "code": code}
        if i == 11:
            vals[13] = "по смете"
            rej = {"sheet": None, "row": line_no, "reason": "not a number: 'по смете'", "column": "Сумма проекта, руб.", "code": code}
        if rej:
            rejected.append(rej)
        else:
            records.append(rec)
        lines.append(vals)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quotechar='"', quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    for l in lines:
        w.writerow(l)
    with open(os.path.join(HERE, name), "wb") as fh:
        fh.write(buf.getvalue().encode("cp1251"))
    fields = ["code", "name", "cluster", "location", "status", "start_date", "end_date", "total_cost_mln",
              "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln", "lead_organization"]
    columns = [[h, f] for h, f in zip(header, fmap)]
    notes = ("Export from 1С:Документооборот: Windows-1251, no BOM, CRLF, ';' separator, EVERY field in double quotes "
             "(inner quotes doubled, e.g. ООО \"\"Чага-Фито\"\"; one name contains ';'). Line 1 is the header, one project per "
             "line. Amounts are in ROUBLES with kopecks ('Сумма проекта, руб.' = '1234567800,00', decimal comma): the header "
             "says руб., not млн, so they are divided by 1,000,000. An empty regional-budget field is unknown (null); '0,00' "
             "is 0. Document metadata are NOT project fields: 'Рег. номер', 'Дата регистрации' (document date, not the start), "
             "'Вид документа', 'Состояние документа' (state of the document, another object's status), 'Ответственный' (a "
             "person), 'Комментарий'. 'Организация-инициатор' is the lead organisation; 'Статус проекта' is the status. "
             "Cluster as a short word form ('Лесопромышленный', 'трудноизвлекаемые', 'медтехника и ИТ'); empty = none. "
             "'row' = line number. Rejected: line 6 (end before start), line 13 (text 'по смете' in the sum).")
    write_expected(name, fields, records, rejected, columns, notes, encoding="cp1251", delimiter=";",
                   quoting="all fields quoted", header_line=1)
    return name


# ---------------------------------------------------------------------------------------------
# 6. Deputy governor's office summary for a meeting
# ---------------------------------------------------------------------------------------------
def make_vicegov():
    name = "vicegov_summary.xlsx"
    rng = random.Random(9006)
    CLW = {"petrochemical": ["Нефтехимический", "нефтехимический кластер"], "nuclear": ["Ядерных технологий", "ядерные технологии"],
           "timber": ["Лесопромышленный", "лесопромышленный кластер"], "pharma": ["Фармацевтический", "фарма"],
           "medtech_it": ["Медтехника и ИТ", "медицинская техника и информационные технологии"],
           "wildlife": ["Дикоросы", "кластер дикоросов"], "hard_to_recover": ["ТрИЗ", "Трудноизвлекаемые запасы"]}
    WAW = {"industry": "Передовая промышленность", "science_education": "Наука и образование",
           "innovation_business": "Технологические инновации и новые бизнесы", "smart_city": "Умный и удобный город",
           "business_environment": "Деловая среда"}
    ST = [("в работе", "in_progress"), ("выполнен", "completed"), ("реализация приостановлена", "suspended"),
          ("планируется", "planned"), ("Реализуется, отставание от графика", "in_progress"), ("исполнен полностью", "completed")]
    RAG = ["зелёный", "жёлтый", "красный", "зеленый"]
    curators = ["Зам. губернатора Кобзев Г. И.", "Начальник департамента Лукьянов П. А.", "Смирнова О. В. (ДИП)"]
    projects = [
        ("Кампус мирового уровня «Томский кампус»", "Администрация Томской области", None, "science_education"),
        ("Научно-производственный центр ядерной медицины", "ТНИМЦ РАН", "nuclear", "science_education"),
        ("Завод по производству OSB (расширение)", "ООО «Томлесдрев»", "timber", "industry"),
        ("Производство лекарственных средств из растительного сырья", "АО «Эвалар-Томск»", "pharma", "industry"),
        ("Цифровая модель управления городом", "Администрация Города Томска", None, "smart_city"),
        ("Региональный центр инжиниринга", "Фонд развития промышленности Томской области", None, "business_environment"),
        ("Полигон испытаний технологий добычи ТрИЗ", "ООО «Газпромнефть-Восток»", "hard_to_recover", "innovation_business"),
        ("Комплекс переработки дикоросов", "ООО «Сибирская ягода»", "wildlife", "industry"),
        ("Производство малотоннажной химии", "ООО «Томскнефтехим»", "petrochemical", "industry"),
        ("Центр телемедицины", "ООО «Медицинские информационные системы»", "medtech_it", "innovation_business"),
        ("Опытно-промышленное производство смарт-материалов", "ТГУ", "medtech_it", "science_education"),
        ("Технико-внедренческий центр в Северске", "АО «ОЭЗ ТВТ Томск»", "nuclear", "innovation_business"),
        ("Производство биотоплива второго поколения", "ООО «БиоТопливо Сибири»", "Биоэнергетический кластер", "industry"),
        ("Единое окно для инвестора", "Агентство по привлечению инвестиций", None, "business_environment"),
        ("Лесной селекционно-семеноводческий центр", "ОГАУ «Томская база авиационной охраны лесов»", "timber", "science_education"),
        ("Реконструкция цеха синтеза субстанций", "АО «Фармстандарт-Томскхимфарм»", "pharma", "industry"),
        ("Пилот «Умная остановка»", "МБУ «Томскстройзаказчик»", None, "smart_city"),
        ("Нефтехимический технопарк", "ООО «Томский нефтехимический технопарк»", "petrochemical", "innovation_business"),
        ("Центр коллективного пользования по изотопам", "ТПУ", "nuclear", "science_education"),
    ]
    PROB = [None, "Не определён источник софинансирования из федерального бюджета", None,
            "Риск срыва сроков: подрядчик не вышел на площадку", "Отсутствует положительное заключение госэкспертизы", None]
    PROP = [None, "Направить обращение в Минэкономразвития России", None, "Рассмотреть на штабе 20.10.2025",
            "Поручить ОГКУ «Облстройзаказчик» ускорить", None]
    wb = openpyxl.Workbook(); fix_props(wb)
    ws = wb.active; ws.title = "Свод"
    ws["A1"] = "Аппарат заместителя Губернатора Томской области по научно-образовательному комплексу и инновационной политике"
    ws["A2"] = "Сводная информация о ходе реализации проектов ИНО «Томск» к совещанию 14.10.2025"
    ws["A3"] = "(финансирование — млрд рублей)"
    single = {1: "№", 2: "Код ИНО", 3: "Наименование проекта", 4: "Куратор", 5: "Ответственный исполнитель (организация)",
              6: "Кластер", 7: "Направление", 8: "Статус реализации", 9: "Оценка (светофор)", 10: "Срок завершения",
              14: "Проблемы/риски", 15: "Предложения по решению", 16: "Срок исполнения поручения"}
    subs = {11: "всего", 12: "в т.ч. освоено", 13: "внебюджетные источники"}
    top = "Финансирование"
    for c, t in single.items():
        ws.cell(5, c, t); ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    ws.cell(5, 11, top); ws.merge_cells(start_row=5, start_column=11, end_row=5, end_column=13)
    for c, s in subs.items():
        ws.cell(6, c, s)
    fmap = {1: None, 2: "code", 3: "name", 4: None, 5: "lead_organization", 6: "cluster", 7: "work_area", 8: "status",
            9: None, 10: "end_date", 11: "total_cost_mln", 12: None, 13: "extra_budgetary_mln", 14: "problems", 15: None, 16: None}
    columns = [[single[c], fmap[c]] if c in single else [f"{top} / {subs[c]}", fmap[c]] for c in range(1, 17)]
    records, rejected = [], []
    row = 7
    dup_rows = []
    for i, (pname, org, cl, wa) in enumerate(projects):
        code = f"INO-96{i + 1:02d}"
        if i == 15:
            code = "INO-9604"   # same code as row 10, different data
        stw, st = ST[i % len(ST)]
        ey = 2025 + i % 4
        k = i % 3
        if k == 0:
            q = 1 + (i // 3) % 4
            endw, end = f"{ROMAN[q]} кв. {ey} г.", qlast(ey, q)
        elif k == 1:
            ed = D(ey, 1 + (i * 5) % 12, 1 + (i * 7) % 28)
            endw, end = ed, ed
        else:
            endw, end = f"{ey} год", D(ey, 12, 31)
        mln = round(rng.uniform(40, 25000), 1)
        ext = round(mln * rng.choice([0, 0.3, 0.55, 0.8, 1.0]), 1)
        spent = round(mln * rng.uniform(0, 1), 1)
        unknown_cl = cl is not None and cl not in CLW
        clw = "" if cl is None else (cl if unknown_cl else CLW[cl][i % 2])
        rec = {"code": code, "name": pname, "lead_organization": org, "cluster": None if unknown_cl else cl,
               "work_area": wa, "status": st, "end_date": iso(end), "total_cost_mln": mln,
               "extra_budgetary_mln": ext if i % 5 != 2 else None, "problems": PROB[i % len(PROB)]}
        order_due = D(2025, 11, 1 + i) if PROP[i % len(PROP)] else None
        vals = [i + 1, code, pname, curators[i % 3], org, clw, WAW[wa] if i % 2 else WAW[wa].lower(), stw, RAG[i % 4],
                endw, mln / 1000, spent / 1000, (ext / 1000) if i % 5 != 2 else "—", PROB[i % len(PROB)],
                PROP[i % len(PROP)], order_due]
        rej = None
        if unknown_cl:
            rej = {"sheet": ws.title, "row": row, "reason": f"unknown cluster '{cl}'", "column": "F", "code": code}
        if code == "INO-9604":
            dup_rows.append(row)
        if rej:
            rejected.append(rej)
        records.append((rec, rej, row))
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row, c, v)
            if isinstance(v, dt.date):
                cell.number_format = "DD.MM.YYYY"
            if c in (11, 12, 13) and isinstance(v, float):
                cell.number_format = "0.000"
        row += 1
    last = row - 1
    for r in dup_rows:
        rejected.append({"sheet": ws.title, "row": r, "column": "B",
                         "reason": f"duplicate code INO-9604 (rows {dup_rows[0]} and {dup_rows[1]} differ)", "code": "INO-9604"})
    rejected.sort(key=lambda x: x["row"])
    recs = [r for r, rej, rw in records if rej is None and rw not in dup_rows]
    ws.cell(row + 1, 1, "Справочно: светофор — оценка аппарата, не статус проекта. Сроки поручений — по протоколу от 30.09.2025 № 12.")
    wb.save(os.path.join(HERE, name))
    fields = ["code", "name", "cluster", "work_area", "status", "end_date", "total_cost_mln", "extra_budgetary_mln",
              "lead_organization", "problems"]
    notes = ("Deputy governor's office summary for a meeting. Title rows 1-3 (row 3 says amounts are in млрд рублей; the "
             "money group header 'Финансирование' carries no unit itself): money converted x1000 to RUB million. Two-level "
             "header rows 5-6 (merged), data rows 7-%d, a reference note below. Look-alikes NOT imported: 'Куратор' (a person), "
             "'Оценка (светофор)' (RAG rating, not the status), 'в т.ч. освоено' (spent to date), 'Предложения по решению' "
             "(proposals, not problems), 'Срок исполнения поручения' (deadline of an instruction, another object's date). "
             "'Проблемы/риски' = problems; 'Ответственный исполнитель (организация)' = lead organisation. End date: 'II кв. 2026 г.' "
             "= quarter end, '2027 год' = 31 December, or a real date. Status: 'в работе', 'Реализуется, отставание от графика' = "
             "in_progress; 'выполнен', 'исполнен полностью' = completed; 'реализация приостановлена' = suspended; 'планируется' = "
             "planned. Work area sometimes lower-case. '—' in the extra-budgetary column = null. Rejected: row 19 (unknown "
             "cluster 'Биоэнергетический кластер'); rows 10 and 22 share code INO-9604 with different data: both rejected." % last)
    write_expected(name, fields, recs, rejected, columns, notes, sheet=ws.title, header_rows=[5, 6], data_rows=[7, last],
                   money_unit_source="title row 3")
    return name


# ---------------------------------------------------------------------------------------------
def resave(name, fmt):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("LibreOffice not found: skip", name)
        return None
    outdir = os.path.join(HERE, "resaved")
    os.makedirs(outdir, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "src")
        os.makedirs(src)
        shutil.copy(os.path.join(HERE, name), src)
        prof = "file://" + os.path.join(tmp, "profile")
        subprocess.run([soffice, f"-env:UserInstallation={prof}", "--headless", "--convert-to", fmt, "--outdir", tmp,
                        os.path.join(src, name)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=180)
        base = os.path.splitext(name)[0]
        newname = f"{base}_resaved.{fmt}"
        shutil.move(os.path.join(tmp, f"{base}.{fmt}"), os.path.join(outdir, newname))
    exp = json.load(open(os.path.join(HERE, base + ".expected.json"), encoding="utf-8"))
    exp["file"] = newname
    exp["resaved_from"] = name
    exp["notes"] = (f"{name} re-saved by LibreOffice as .{fmt}: the same records, rejections and layout. " + exp["notes"])
    with open(os.path.join(outdir, f"{base}_resaved.expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    return newname


def main():
    made = [make_minprom(), make_sites(), make_technopark(), make_partner(), make_docflow(), make_vicegov()]
    if "--no-resave" not in sys.argv:
        resave("minprom_quarterly.xlsx", "xls")
        resave("technopark_register.xlsx", "ods")
        resave("vicegov_summary.xlsx", "xlsx")
    for m in made:
        e = json.load(open(os.path.join(HERE, os.path.splitext(m)[0] + ".expected.json"), encoding="utf-8"))
        print(f"{m:32} records={e['record_count']:3} rejected={len(e['rejected'])} fields={len(e['fields'])}")


if __name__ == "__main__":
    main()
