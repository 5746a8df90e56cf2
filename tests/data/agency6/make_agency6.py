#!/usr/bin/env python3
"""Generator of the independent evaluation set `agency6` (agency workbooks for the INO importer).

Deterministic: the same workbooks and expected files on every run (fixed seed, fixed
workbook timestamps). Run with  /work/main/.venv/bin/python make_agency6.py
Then (optional)                /work/main/.venv/bin/python make_agency6.py --resave
to re-save some of the files with LibreOffice into resaved/.

The emphasis of this set: layouts and look-alike columns as real offices send them.
Written without looking at the importer; only /work/shared/samples (README + shapes) was read.
"""
import csv
import datetime as dt
import io
import json
import os
import random
import re
import subprocess
import sys
import shutil

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_TIME = dt.datetime(2022, 3, 1, 9, 0, 0)

FIELDS = ['code', 'name', 'cluster', 'work_area', 'location', 'status', 'start_date', 'end_date',
          'total_cost_mln', 'federal_budget_mln', 'regional_budget_mln', 'extra_budgetary_mln',
          'extra_budgetary_confirmed_mln', 'jobs_planned', 'jobs_created', 'lead_organization', 'problems']

CL_RU = {
    'petrochemical': 'Нефтехимический кластер',
    'nuclear': 'Кластер ядерных технологий',
    'timber': 'Лесопромышленный кластер',
    'pharma': 'Фармацевтический кластер',
    'medtech_it': 'Кластер медицинской техники и информационных технологий',
    'wildlife': 'Кластер дикоросов',
    'hard_to_recover': 'Кластер трудноизвлекаемых запасов',
}
CL_EN = {
    'petrochemical': 'Petrochemical cluster',
    'nuclear': 'Nuclear technologies cluster',
    'timber': 'Timber cluster',
    'pharma': 'Pharmaceutical cluster',
    'medtech_it': 'Medical equipment and IT cluster',
    'wildlife': 'Wildlife resources cluster',
    'hard_to_recover': 'Hard-to-recover resources cluster',
}
WA_RU = {
    'industry': 'Передовая промышленность',
    'science_education': 'Наука и образование',
    'innovation_business': 'Технологические инновации, новые бизнесы',
    'smart_city': 'Умный и удобный город',
    'business_environment': 'Деловая среда',
}
PLACES = ['Томск', 'Северск', 'Асино', 'Стрежевой', 'Колпашево', 'Томский район']
PLACE_VARIANT = {'Томск': 'г. Томск', 'Северск': 'ЗАТО Северск', 'Асино': 'г. Асино',
                 'Стрежевой': 'г. Стрежевой', 'Колпашево': 'г. Колпашево', 'Томский район': 'Томский район'}

# status spellings used in this set (all are plain case / ё-е / space variants of the canonical words)
ST_RU = {
    'planned': ['планируется', 'Планируется', 'ПЛАНИРУЕТСЯ'],
    'in_progress': ['реализуется', 'Реализуется', 'РЕАЛИЗУЕТСЯ', 'реализуется '],
    'completed': ['завершен', 'Завершён', 'ЗАВЕРШЕН', 'завершён'],
    'suspended': ['приостановлен', 'Приостановлен', 'ПРИОСТАНОВЛЕН'],
}
ST_EN = {'planned': ['Planned', 'planned'], 'in_progress': ['In progress', 'in progress', 'In Progress'],
         'completed': ['Completed', 'completed'], 'suspended': ['Suspended', 'suspended']}

NAMES = {
    'petrochemical': ['Выпуск полимерных труб большого диаметра', 'Производство метанола второй очереди',
                      'Установка изомеризации лёгкой нафты', 'Линия компаундирования полиолефинов',
                      'Производство поливинилхлоридных профилей', 'Модернизация производства формалина'],
    'nuclear': ['Центр ядерной медицины на базе ИРТ-Т', 'Производство стабильных изотопов',
                'Участок фторидных технологий', 'Опытная установка переработки ОЯТ',
                'Производство изотопа кремний-28', 'Радиационная стерилизация медицинских изделий'],
    'timber': ['Завод клеёного бруса', 'Производство пеллет из отходов лесопиления',
               'Деревообрабатывающий комплекс', 'Производство шпона и фанеры',
               'Лесохимическое производство пихтового масла', 'Производство древесно-волокнистых плит'],
    'pharma': ['Производство инфузионных растворов', 'Выпуск фитопрепаратов на основе чаги',
               'Участок асептического розлива', 'Производство субстанций для противотуберкулёзных средств',
               'Доклинический центр испытаний лекарственных средств', 'Производство ветеринарных вакцин'],
    'medtech_it': ['Серийный выпуск аппаратов УЗИ', 'Платформа телемедицинских консультаций',
                   'Производство ортопедических имплантатов', 'Центр обработки данных «Сибирь»',
                   'Система мониторинга пациентов на дому', 'Выпуск рентгеновских трубок'],
    'wildlife': ['Переработка кедрового ореха', 'Заготовительный пункт дикоросов',
                 'Производство сублимированных ягод', 'Выпуск брусничного морса',
                 'Цех глубокой заморозки грибов', 'Производство масла из семян облепихи'],
    'hard_to_recover': ['Пилотная разработка баженовской свиты', 'Полигон испытаний методов ГРП',
                        'Освоение палеозойских залежей Нюрольской впадины', 'Технология термогазового воздействия',
                        'Испытания многостадийного ГРП на горизонтальных скважинах', 'Керновый центр ТрИЗ'],
    None: ['Технопарк «Академгородок-2»', 'Бизнес-инкубатор для студенческих стартапов',
           'Инжиниринговый центр аддитивных технологий', 'Умная система управления уличным освещением',
           'Электронная очередь в МФЦ', 'Коворкинг-центр на ул. Нахимова', 'Кампус мирового уровня',
           'Центр коллективного пользования «Нанотех»', 'Региональный фонд посевных инвестиций',
           'Цифровая платформа поддержки экспортёров'],
}
ORGS = {
    'petrochemical': ['ООО «Томскнефтехим-Полимер»', 'АО «Сибметахим»', 'ООО «ТомПласт»'],
    'nuclear': ['АО «СХК»', 'ООО «Изотоп-Сибирь»', 'НИ ТПУ'],
    'timber': ['ООО «Асиновский ЛПК»', 'ООО «Томлесдрев»', 'ООО «ТайгаБрус»'],
    'pharma': ['АО «Фармстандарт-Томскхимфарм»', 'ООО «Сибфитофарм»', 'НИИ фармакологии ТНИМЦ'],
    'medtech_it': ['ООО «Микран-Мед»', 'АО «НПЦ Полюс»', 'ООО «Элекард»'],
    'wildlife': ['ООО «Сибирский кедровый дом»', 'ООО «Таёжный двор»', 'СПК «Нарымские дары»'],
    'hard_to_recover': ['АО «Томскнефть» ВНК', 'ООО «Газпромнефть-Восток»', 'ТомскНИПИнефть'],
    None: ['ТГУ', 'ТУСУР', 'ОГБУ «Томский инновационный центр»', 'Администрация г. Томска',
           'АНО «Агентство развития Томской области»'],
}
PROBLEMS = ['Не решён вопрос подключения к сетям электроснабжения',
            'Задержка поставки импортного оборудования',
            'Требуется корректировка ПСД после экспертизы',
            'Инвестор запрашивает субсидию на уплату процентов',
            'Не оформлен земельный участок; ждём решения администрации района',
            'Рост стоимости строительных материалов на 18 %',
            'Нехватка квалифицированного персонала']
PEOPLE = ['Иванова Н.С., нач. отдела', 'Петров А.В., зам. директора', 'Сидоренко О.Л., гл. специалист',
          'Кузнецов Д.И., руководитель проекта', 'Морозова Е.А., консультант', 'Гришин П.П., директор']


# ----------------------------------------------------------------------------------------------
# small helpers
def ru_num(x, nd=1, sep='\u00a0'):
    """1234.5 -> '1 234,5' (thousands separated by NBSP or a space, decimal comma)."""
    s = f'{abs(x):,.{nd}f}'.replace(',', ' ').replace('.', ',').replace(' ', sep)
    return ('-' if x < 0 else '') + s


def iso(d):
    return d.isoformat() if d else None


def eoq(year, q):
    return dt.date(year, 3 * q, {1: 31, 2: 30, 3: 30, 4: 31}[q])


def roman(q):
    return {1: 'I', 2: 'II', 3: 'III', 4: 'IV'}.get(q, str(q))


def r1(x):
    return round(x + 1e-9, 1)


THIN = Side(style='thin')
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HFILL = PatternFill('solid', fgColor='DDEBF7')
BOLD = Font(bold=True)


def style_header(ws, rows, ncols):
    for r in rows:
        for c in range(1, ncols + 1):
            cell = ws.cell(r, c)
            cell.font = BOLD
            cell.fill = HFILL
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')


def set_widths(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def save_wb(wb, name):
    wb.properties.creator = 'agency6 generator'
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    path = os.path.join(OUT, name)
    wb.save(path)
    fix_zip(path)
    return path


def fix_zip(path):
    """Make the .xlsx byte-for-byte reproducible: fixed zip entry times and a fixed 'modified' stamp."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    stamp = FIXED_TIME.strftime('%Y-%m-%dT%H:%M:%SZ')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for fn, data in items:
            if fn == 'docProps/core.xml':
                data = re.sub(rb'(<dcterms:modified[^>]*>)[^<]*(<)', rb'\g<1>' + stamp.encode() + rb'\g<2>', data)
                data = re.sub(rb'(<dcterms:created[^>]*>)[^<]*(<)', rb'\g<1>' + stamp.encode() + rb'\g<2>', data)
            zi = zipfile.ZipInfo(fn, date_time=FIXED_TIME.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def gen_project(rng, code, cluster='?', place=None, status=None, start=None):
    """A consistent canonical project (money in RUB million with 0.1 precision)."""
    if cluster == '?':
        cluster = rng.choice(list(CL_RU) + [None, None])
    if not hasattr(rng, 'used_names'):
        rng.used_names = set()
    free = [n for n in NAMES[cluster] if n not in rng.used_names]
    if free:
        name = rng.choice(free)
    else:
        base = rng.choice(NAMES[cluster])
        k = 2
        while f'{base} (этап {roman(k) if k <= 4 else k})' in rng.used_names:
            k += 1
        name = f'{base} (этап {roman(k) if k <= 4 else k})'
    rng.used_names.add(name)
    if status is None:
        status = rng.choice(['planned', 'in_progress', 'in_progress', 'in_progress', 'completed', 'suspended'])
    if start is None:
        start = dt.date(rng.randint(2013, 2020), rng.randint(1, 12), rng.randint(1, 28))
    end = dt.date(start.year + rng.randint(1, 6), rng.randint(1, 12), rng.randint(1, 28))
    scale = rng.choice([10, 50, 200, 1000, 5000])
    total = r1(rng.uniform(0.5, 4.0) * scale)
    fed = r1(total * rng.choice([0, 0, 0.1, 0.2, 0.35]))
    reg = r1(total * rng.choice([0, 0.05, 0.1, 0.15]))
    mun = r1(total * rng.choice([0, 0, 0.02, 0.05]))
    extra = r1(total - fed - reg - mun)
    conf = r1(extra * rng.choice([1.0, 0.8, 0.5, 0.3, 0.0]))
    jp = rng.choice([5, 12, 25, 40, 60, 85, 120, 150, 240, 310])
    if status == 'completed':
        jc = jp
    elif status == 'planned':
        jc = 0
    else:
        jc = int(jp * rng.choice([0, 0.25, 0.5, 0.8]))
    return {
        'code': code, 'name': name, 'cluster': cluster,
        'work_area': rng.choice(list(WA_RU)),
        'location': place or rng.choice(PLACES), 'status': status,
        'start_date': start, 'end_date': end,
        'total_cost_mln': total, 'federal_budget_mln': fed, 'regional_budget_mln': reg,
        'municipal_mln': mun, 'extra_budgetary_mln': extra, 'extra_budgetary_confirmed_mln': conf,
        'jobs_planned': jp, 'jobs_created': jc,
        'lead_organization': rng.choice(ORGS[cluster]),
        'problems': rng.choice(PROBLEMS + [None, None, None]),
    }


def uniquify_names(projs):
    seen = {}
    for p in projs:
        n = p['name']
        if n in seen:
            seen[n] += 1
            p['name'] = f'{n} (этап {roman(seen[n])})' if seen[n] <= 4 else f'{n} — очередь {seen[n]}'
        else:
            seen[n] = 1


def record(p, fields):
    out = {}
    for f in fields:
        v = p.get(f)
        if isinstance(v, dt.date):
            v = v.isoformat()
        out[f] = v
    return out


def write_expected(name, exp):
    exp = dict(exp)
    path = os.path.join(OUT, name.rsplit('.', 1)[0] + '.expected.json')
    with open(path, 'w', encoding='utf-8') as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
        fh.write('\n')


# Each builder returns (expected, check) where `check` is an internal description of where every
# expected record sits in the workbook, used by verify() to read the file back with openpyxl.
BUILDERS = []


def builder(fn):
    BUILDERS.append(fn)
    return fn


# ----------------------------------------------------------------------------------------------
# 1. Quarterly monitoring report with plan/fact columns
@builder
def monitoring_q3():
    name = 'a6_monitoring_q3.xlsx'
    rng = random.Random(601)
    sheet = 'Мониторинг III кв.'
    projs = [gen_project(rng, f'ИНО-19-{i:03d}', start=dt.date(rng.randint(2014, 2019), rng.randint(1, 12), rng.randint(1, 28)))
             for i in range(1, 22)]
    uniquify_names(projs)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    heads = [
        # (top, sub or None, field or None)
        ('№ п/п', None, None),
        ('Шифр проекта', None, 'code'),
        ('Наименование инвестиционного проекта', None, 'name'),
        ('Инициатор проекта (юридическое лицо)', None, 'lead_organization'),
        ('Куратор от ИОГВ (ФИО)', None, None),
        ('Стадия реализации', None, 'status'),
        ('Сроки реализации', 'начало', 'start_date'),
        ('Сроки реализации', 'окончание', 'end_date'),
        ('Стоимость проекта, млн руб.', 'план (всего по проекту)', 'total_cost_mln'),
        ('Стоимость проекта, млн руб.', 'освоено с начала реализации', None),
        ('Источники финансирования (всего по проекту), млн руб.', 'ФБ', 'federal_budget_mln'),
        ('Источники финансирования (всего по проекту), млн руб.', 'ОБ', 'regional_budget_mln'),
        ('Источники финансирования (всего по проекту), млн руб.', 'МБ', None),
        ('Источники финансирования (всего по проекту), млн руб.', 'внебюджетные', 'extra_budgetary_mln'),
        ('Финансирование в 2019 году, млн руб.', 'план', None),
        ('Финансирование в 2019 году, млн руб.', 'факт за 9 мес.', None),
        ('Рабочие места, ед.', 'всего по проекту (план)', 'jobs_planned'),
        ('Рабочие места, ед.', 'создано на 01.10.2019 (нарастающим итогом)', 'jobs_created'),
        ('Рабочие места, ед.', 'в т.ч. в 2019 г. (план)', None),
        ('Рабочие места, ед.', 'в т.ч. в 2019 г. (факт)', None),
        ('% освоения годового плана', None, None),
        ('Примечание', None, None),
    ]
    n = len(heads)
    ws['A1'] = 'Отчёт о ходе реализации проектов, включённых в программу ИНО «Томск»'
    ws['A2'] = 'за январь – сентябрь 2019 г. (III квартал)'
    ws['A3'] = 'Представляет: Департамент инвестиций Томской области'
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        ws.cell(r, 1).alignment = Alignment(horizontal='center')
    ws['A1'].font = Font(bold=True, size=13)
    H1, H2, NUMROW, FIRST = 5, 6, 7, 8
    c = 1
    while c <= n:
        top, sub, _ = heads[c - 1]
        if sub is None:
            ws.cell(H1, c, top)
            ws.merge_cells(start_row=H1, start_column=c, end_row=H2, end_column=c)
            c += 1
        else:
            c2 = c
            while c2 + 1 <= n and heads[c2][0] == top and heads[c2][1] is not None:
                c2 += 1
            ws.cell(H1, c, top)
            ws.merge_cells(start_row=H1, start_column=c, end_row=H1, end_column=c2)
            for k in range(c, c2 + 1):
                ws.cell(H2, k, heads[k - 1][1])
            c = c2 + 1
    for k in range(1, n + 1):
        ws.cell(NUMROW, k, k).alignment = Alignment(horizontal='center')
    style_header(ws, [H1, H2], n)
    set_widths(ws, [5, 13, 42, 30, 22, 14, 12, 12] + [13] * 12 + [10, 30])

    records, rejected, where = [], [], []
    fields = ['code', 'name', 'status', 'start_date', 'end_date', 'total_cost_mln', 'federal_budget_mln',
              'regional_budget_mln', 'extra_budgetary_mln', 'jobs_planned', 'jobs_created', 'lead_organization']
    row = FIRST
    bad = {6: 'negative', 13: 'text', 18: 'enddate'}
    n_textdates = 0
    for i, p in enumerate(projs):
        st = p['status']
        # end date: real date, or quarter text, or a year number
        kind = ['date', 'quarter', 'date', 'year'][i % 4]
        if kind == 'quarter':
            q = rng.randint(1, 4)
            p['end_date'] = eoq(p['end_date'].year, q)
            endv = f'{roman(q)} кв. {p["end_date"].year}'
        elif kind == 'year':
            p['end_date'] = dt.date(p['end_date'].year, 12, 31)
            endv = p['end_date'].year
        else:
            endv = dt.datetime.combine(p['end_date'], dt.time())
        spent = r1(p['total_cost_mln'] * {'planned': 0, 'in_progress': rng.uniform(0.2, 0.8), 'completed': 1.0,
                                          'suspended': rng.uniform(0.1, 0.4)}[st])
        y_plan = r1(p['total_cost_mln'] * rng.uniform(0.05, 0.3)) if st != 'completed' else 0
        y_fact = r1(y_plan * rng.uniform(0.2, 0.9))
        jy_plan = min(p['jobs_planned'], rng.choice([0, 5, 10, 20]))
        jy_fact = min(jy_plan, p['jobs_created'])
        pct = round(100 * y_fact / y_plan, 1) if y_plan else None
        note = rng.choice([None, None, 'Письмо инициатора от 12.09.2019 № 118', 'Данные уточняются',
                           'Перенос сроков согласован'])
        vals = [i + 1, p['code'], p['name'], p['lead_organization'], rng.choice(PEOPLE).split(',')[0],
                rng.choice(ST_RU[st]), dt.datetime.combine(p['start_date'], dt.time()), endv,
                p['total_cost_mln'], spent, p['federal_budget_mln'], p['regional_budget_mln'], p['municipal_mln'],
                p['extra_budgetary_mln'], y_plan, y_fact, p['jobs_planned'], p['jobs_created'], jy_plan, jy_fact,
                pct, note]
        if i == 3:
            vals[15] = 'н/д'        # text in a column that is not imported: no reason to reject
        if i == 9:
            vals[12] = '-'          # dash in the municipal column (not imported anyway)
        if i in (2, 11):
            vals[8] = ru_num(p['total_cost_mln'])   # money as Russian text
            n_textdates += 0
        reason = None
        if i in bad:
            if bad[i] == 'negative':
                vals[11] = -abs(p['regional_budget_mln'] or 12.5)
                reason, col = 'negative amount', 'L'
            elif bad[i] == 'text':
                vals[8] = 'уточняется'
                reason, col = "not a number: 'уточняется'", 'I'
            elif bad[i] == 'enddate':
                vals[6] = dt.datetime(2019, 6, 1)
                vals[7] = dt.datetime(2018, 11, 30)
                reason, col = 'end date before start date', 'H'
        for k, v in enumerate(vals, 1):
            cell = ws.cell(row, k, v)
            cell.border = BORDER
            if isinstance(v, dt.datetime):
                cell.number_format = 'DD.MM.YYYY'
            elif isinstance(v, float):
                cell.number_format = '#,##0.0'
        if reason:
            rejected.append({'sheet': sheet, 'row': row, 'reason': reason, 'column': col, 'code': p['code']})
        else:
            records.append(record(p, fields))
            where.append((sheet, row, {}))
        row += 1
    last = row - 1
    tot_row = row
    ws.cell(tot_row, 1, 'Итого по программе')
    ws.merge_cells(start_row=tot_row, start_column=1, end_row=tot_row, end_column=3)
    ws.cell(tot_row, 9, r1(sum(p['total_cost_mln'] for p in projs)))
    ws.cell(tot_row, 17, sum(p['jobs_planned'] for p in projs))
    ws.cell(tot_row, 18, sum(p['jobs_created'] for p in projs))
    for k in range(1, n + 1):
        ws.cell(tot_row, k).font = BOLD
    ws.cell(tot_row + 2, 1, '* Графы 10, 15, 16, 19, 20 заполняются нарастающим итогом с начала отчётного года; '
                            'графа 21 — отношение графы 16 к графе 15.')
    ws.cell(tot_row + 4, 1, 'Исполнитель: Петрова А.В., тел. 8 (3822) 51-23-45')
    ws.freeze_panes = 'D8'

    save_wb(wb, name)
    columns = [[f'{t} / {s}' if s else t, f] for t, s, f in heads]
    exp = {
        'file': name, 'refused': False, 'fields': fields, 'record_count': len(records), 'records': records,
        'rejected': rejected, 'columns': columns, 'sheet': sheet,
        'header_rows': [H1, H2], 'data_rows': [FIRST, last],
        'skipped_rows': {str(NUMROW): 'column numbers', str(tot_row): 'totals',
                         str(tot_row + 2): 'footnote', str(tot_row + 4): 'signature (executor, phone)'},
        'notes': (
            "Quarterly monitoring report (Jan-Sep 2019). Title rows 1-3, two-level merged header in rows 5-6, "
            "row 7 numbers the columns, data rows 8-%d, totals row %d ('Итого по программе'), a footnote and the "
            "executor's signature line below. Only whole-project plan columns are project fields: "
            "'Стоимость проекта / план (всего по проекту)' is total_cost_mln, while 'освоено с начала реализации' "
            "(money spent to date), the 2019 plan/fact slice, the municipal budget (МБ), the 2019 jobs slice and the "
            "percentage are not imported. 'создано на 01.10.2019 (нарастающим итогом)' is jobs_created. "
            "'Куратор от ИОГВ (ФИО)' is a person, not the lead organisation; 'Инициатор проекта' is. "
            "'Примечание' is a remark, not problems (the file carries no problems column). "
            "Окончание: real dates, quarters as text ('III кв. 2022' = 2022-09-30) and years as numbers in "
            "General-format cells (2021 = 2021-12-31). Two total-cost cells are Russian text ('1 234,5'). "
            "Row %d holds 'н/д' in the 2019 fact column and row %d a '-' in МБ: those columns are not imported, "
            "so the rows are valid. Rejected: a negative ОБ amount, 'уточняется' in the total cost, an end "
            "date before the start date." % (last, tot_row, FIRST + 3, FIRST + 9)),
    }
    colmap = {f: get_column_letter(k) for k, (_, _, f) in enumerate(heads, 1) if f}
    return exp, {'where': where, 'colmap': {sheet: colmap}, 'mult': {}}


# ----------------------------------------------------------------------------------------------
# 2. Pivot-like report, one sheet per territory, clusters as row groups with subtotals
@builder
def territories_pivot():
    name = 'a6_territories_pivot.xlsx'
    rng = random.Random(602)
    sheets = [('г. Томск', 'Томск'), ('ЗАТО Северск', 'Северск'), ('Томский район', 'Томский район'),
              ('Асино', 'Асино'), ('Стрежевой', 'Стрежевой')]
    layout = {  # clusters per sheet (None = the pivot's '(пусто)' group) and how many projects in each
        'г. Томск': [('medtech_it', 3), ('pharma', 2), (None, 2)],
        'ЗАТО Северск': [('nuclear', 3), ('petrochemical', 1)],
        'Томский район': [('petrochemical', 2), ('wildlife', 1), (None, 1)],
        'Асино': [('timber', 3)],
        'Стрежевой': [('hard_to_recover', 2), ('Кластер новых материалов', 1)],
    }
    heads = [('Кластер', 'cluster'), ('Код проекта', 'code'), ('Наименование проекта', 'name'),
             ('Статус', 'status'),
             ('Сумма по полю Стоимость проекта', 'total_cost_mln'),
             ('Сумма по полю Внебюджетные средства', 'extra_budgetary_mln'),
             ('Сумма по полю Средства местного бюджета', None),
             ('Сумма по полю Раб. места (план)', 'jobs_planned'),
             ('Год ввода в эксплуатацию', 'end_date')]
    fields = ['code', 'name', 'cluster', 'location', 'status', 'end_date', 'total_cost_mln',
              'extra_budgetary_mln', 'jobs_planned']
    wb = Workbook()
    wb.remove(wb.active)
    records, rejected, where, sheet_facts = [], [], [], []
    codeno = 200
    dup_code = None
    dup_rows = []
    mult = {}
    for sname, place in sheets:
        ws = wb.create_sheet(sname)
        ws['A1'] = f'Территория: {sname}'
        ws['A1'].font = Font(bold=True, size=12)
        ws['A2'] = 'Проекты ИНО «Томск» в разрезе муниципальных образований, тыс. руб.'
        ws['A3'] = None
        HR = 4
        for k, (h, _) in enumerate(heads, 1):
            ws.cell(HR, k, h)
        style_header(ws, [HR], len(heads))
        set_widths(ws, [30, 13, 50, 14, 16, 16, 16, 14, 12])
        row = HR + 1
        data_rows, sub_rows = [], []
        grand = [0, 0, 0, 0]
        for cl, cnt in layout[sname]:
            first = True
            sub = [0, 0, 0, 0]
            known = cl in CL_RU or cl is None
            for j in range(cnt):
                codeno += 1
                p = gen_project(rng, f'INO-{codeno:04d}', cluster=cl if cl in CL_RU else None, place=place)
                if not known:
                    p['name'] = 'Производство композитных материалов на основе углеродного волокна'
                    p['lead_organization'] = 'ООО «Стрежевской композит»'
                p['end_date'] = dt.date(p['end_date'].year, 12, 31)
                label = None
                if first:
                    label = CL_RU[cl] if cl in CL_RU else ('(пусто)' if cl is None else cl)
                first = False
                thous = [round(p['total_cost_mln'] * 1000), round(p['extra_budgetary_mln'] * 1000),
                         round(p['municipal_mln'] * 1000)]
                p['total_cost_mln'] = thous[0] / 1000
                p['extra_budgetary_mln'] = thous[1] / 1000
                st = p['status']
                vals = [label, p['code'], p['name'], rng.choice(ST_RU[st]), thous[0], thous[1], thous[2] or None,
                        p['jobs_planned'], p['end_date'].year]
                reason = col = None
                if sname == 'Томский район' and cl == 'petrochemical' and j == 0:
                    dup_code = p['code']
                    dup_first = (sname, row)
                    dup_proj = p
                if sname == 'ЗАТО Северск' and cl == 'petrochemical':
                    # the same code as a Томский район project, with other figures: both rows are rejected
                    pass
                if not known:
                    reason, col = f"unknown cluster '{cl}'", 'A'
                for k, v in enumerate(vals, 1):
                    cell = ws.cell(row, k, v)
                    if k in (5, 6, 7):
                        cell.number_format = '#,##0'
                if reason:
                    rejected.append({'sheet': sname, 'row': row, 'reason': reason, 'column': col,
                                     'code': p['code']})
                else:
                    records.append(record(p, fields))
                    where.append((sname, row, {'cluster': cl if cl in CL_RU else None, 'location': place}))
                data_rows.append(row)
                for t in range(3):
                    sub[t] += vals[4 + t] or 0
                sub[3] += p['jobs_planned']
                row += 1
            label = (CL_RU[cl] if cl in CL_RU else ('(пусто)' if cl is None else cl)) + ' Итог'
            ws.cell(row, 1, label)
            for t in range(4):
                ws.cell(row, 5 + t, sub[t])
                grand[t] += sub[t]
            for k in range(1, 10):
                ws.cell(row, k).font = BOLD
            sub_rows.append(row)
            row += 1
        ws.cell(row, 1, 'Общий итог')
        for t in range(4):
            ws.cell(row, 5 + t, grand[t])
        for k in range(1, 10):
            ws.cell(row, k).font = BOLD
        sub_rows.append(row)
        sheet_facts.append({'sheet': sname, 'location': place, 'title': f'Территория: {sname}', 'header_row': HR,
                            'data_rows': data_rows, 'subtotal_rows': sub_rows})
        for f in ('total_cost_mln', 'extra_budgetary_mln'):
            mult[(sname, f)] = 0.001
    # make the duplicate: the first petrochemical project in ЗАТО Северск gets the code of the Томский район one
    ws = wb['ЗАТО Северск']
    for rr in range(5, ws.max_row + 1):
        if ws.cell(rr, 1).value == CL_RU['petrochemical']:
            other_code = ws.cell(rr, 2).value
            ws.cell(rr, 2, dup_code)
            idx = next(i for i, w in enumerate(where) if w[0] == 'ЗАТО Северск' and w[1] == rr)
            del records[idx]
            del where[idx]
            rejected.append({'sheet': 'ЗАТО Северск', 'row': rr, 'column': 'B', 'code': dup_code,
                             'reason': f'duplicate code {dup_code} (ЗАТО Северск row {rr} and Томский район row '
                                       f'{dup_first[1]} differ)'})
            break
    idx = next(i for i, w in enumerate(where) if w[0] == dup_first[0] and w[1] == dup_first[1])
    del records[idx]
    del where[idx]
    rejected.append({'sheet': dup_first[0], 'row': dup_first[1], 'column': 'B', 'code': dup_code,
                     'reason': f'duplicate code {dup_code} (ЗАТО Северск row {rr} and Томский район row '
                               f'{dup_first[1]} differ)'})
    order = [s for s, _ in sheets]
    rejected.sort(key=lambda r: (order.index(r['sheet']), r['row']))
    save_wb(wb, name)
    exp = {
        'file': name, 'refused': False, 'fields': fields, 'record_count': len(records), 'records': records,
        'rejected': rejected, 'columns': [[h, f] for h, f in heads], 'sheets': sheet_facts,
        'notes': (
            "A pivot-table-like report pasted as values, one sheet per territory (sheet name and cell A1 "
            "'Территория: ...'); the record's location comes from the sheet: 'г. Томск' = Томск, 'ЗАТО Северск' = "
            "Северск, 'Томский район', 'Асино', 'Стрежевой'. Row 2 (the title above the table) says the amounts "
            "are in тыс. руб.; the column headers ('Сумма по полю ...') carry no unit; amounts are given here in "
            "RUB million. Clusters are row groups as Excel pivots show them: the cluster label is written only on "
            "the first row of its group and applies to the rows below it down to the group's '... Итог' subtotal "
            "row; the '(пусто)' group means no cluster (null). '... Итог' subtotal rows and the 'Общий итог' "
            "row are not projects. 'Сумма по полю Средства местного бюджета' (municipal budget) is not imported. "
            "'Год ввода в эксплуатацию' is a bare year as a number = end_date 31 December. Rejected: the code %s used on two sheets with different data (both "
            "rows), and the only project of the group 'Кластер новых материалов' (unknown cluster) on sheet "
            "'Стрежевой'. The file carries no start date." % dup_code),
    }
    colmap = {s: {f: get_column_letter(k) for k, (_, f) in enumerate(heads, 1) if f} for s, _ in sheets}
    return exp, {'where': where, 'colmap': colmap, 'mult': mult}


# ----------------------------------------------------------------------------------------------
# 3. Form with a three-level header; the unit (billion roubles) sits in the top level
@builder
def form_3level():
    name = 'a6_form_3level.xlsx'
    rng = random.Random(603)
    sheet = 'Форма 3-ИНО'
    projs = [gen_project(rng, f'INO-{300 + i:04d}') for i in range(1, 21)]
    heads = [  # (level1, level2, level3, field); None below = merged down
        ('№', None, None, None),
        ('Код', None, None, 'code'),
        ('Проект', None, None, 'name'),
        ('Кластер', None, None, 'cluster'),
        ('Приоритетное направление', None, None, 'work_area'),
        ('Муниципальное образование', None, None, 'location'),
        ('Статус', None, None, 'status'),
        ('Период реализации', 'с', None, 'start_date'),
        ('Период реализации', 'по', None, 'end_date'),
        ('Объём финансирования проекта (млрд руб.)', 'всего', None, 'total_cost_mln'),
        ('Объём финансирования проекта (млрд руб.)', 'в том числе за счёт', 'федерального бюджета', 'federal_budget_mln'),
        ('Объём финансирования проекта (млрд руб.)', 'в том числе за счёт', 'областного бюджета', 'regional_budget_mln'),
        ('Объём финансирования проекта (млрд руб.)', 'в том числе за счёт', 'местных бюджетов', None),
        ('Объём финансирования проекта (млрд руб.)', 'в том числе за счёт', 'внебюджетных источников', 'extra_budgetary_mln'),
        ('Объём финансирования проекта (млрд руб.)', 'в том числе за счёт', 'из них подтверждено соглашениями', 'extra_budgetary_confirmed_mln'),
        ('Объём финансирования проекта (млрд руб.)', 'профинансировано в отчётном году', None, None),
        ('Количество рабочих мест (ед.)', 'планируется создать', None, 'jobs_planned'),
        ('Количество рабочих мест (ед.)', 'создано', 'всего', 'jobs_created'),
        ('Количество рабочих мест (ед.)', 'создано', 'в т.ч. высокопроизводительных', None),
        ('Доля внебюджетных средств, %', None, None, None),
    ]
    n = len(heads)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws['A1'] = 'Форма 3-ИНО'
    ws['A1'].alignment = Alignment(horizontal='right')
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws['A2'] = 'Сведения о реализации проектов инновационного территориального центра «ИНО Томск»'
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
    ws['A3'] = 'Отчётный период: 2021 год'
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=n)
    ws['A2'].font = Font(bold=True, size=12)
    L1, L2, L3, NUM, FIRST = 5, 6, 7, 8, 9
    # level 1
    c = 1
    while c <= n:
        top = heads[c - 1][0]
        c2 = c
        while c2 + 1 <= n and heads[c2][0] == top:
            c2 += 1
        ws.cell(L1, c, top)
        if c2 == c and heads[c - 1][1] is None:
            ws.merge_cells(start_row=L1, start_column=c, end_row=L3, end_column=c)
        elif c2 > c:
            ws.merge_cells(start_row=L1, start_column=c, end_row=L1, end_column=c2)
            # level 2 inside
            k = c
            while k <= c2:
                mid = heads[k - 1][1]
                k2 = k
                while k2 + 1 <= c2 and heads[k2][1] == mid:
                    k2 += 1
                ws.cell(L2, k, mid)
                if k2 == k and heads[k - 1][2] is None:
                    ws.merge_cells(start_row=L2, start_column=k, end_row=L3, end_column=k)
                else:
                    if k2 > k:
                        ws.merge_cells(start_row=L2, start_column=k, end_row=L2, end_column=k2)
                    for m in range(k, k2 + 1):
                        ws.cell(L3, m, heads[m - 1][2])
                k = k2 + 1
        c = c2 + 1
    for k in range(1, n + 1):
        ws.cell(NUM, k, str(k)).alignment = Alignment(horizontal='center')   # column numbers as text
    style_header(ws, [L1, L2, L3], n)
    set_widths(ws, [4, 11, 44, 28, 26, 18, 14, 11, 11] + [12] * 10 + [10])
    fields = ['code', 'name', 'cluster', 'work_area', 'location', 'status', 'start_date', 'end_date',
              'total_cost_mln', 'federal_budget_mln', 'regional_budget_mln', 'extra_budgetary_mln',
              'extra_budgetary_confirmed_mln', 'jobs_planned', 'jobs_created']
    records, rejected, where = [], [], []
    row = FIRST
    cl_spell = {}
    for i, p in enumerate(projs):
        # end: a year as a number, or a quarter 'Q3 2024', or a real date
        kind = ['year', 'date', 'quarter', 'date', 'year'][i % 5]
        if kind == 'year':
            p['end_date'] = dt.date(p['end_date'].year, 12, 31)
            endv = p['end_date'].year
        elif kind == 'quarter':
            q = rng.randint(1, 4)
            p['end_date'] = eoq(p['end_date'].year, q)
            endv = f'Q{q} {p["end_date"].year}'
        else:
            endv = dt.datetime.combine(p['end_date'], dt.time())
        bn = lambda x: round(x / 1000, 5)
        cl = p['cluster']
        if cl is None:
            clv = rng.choice([None, '—', '-'])
        else:
            clv = rng.choice([CL_RU[cl], CL_RU[cl].upper(), CL_RU[cl].lower(), CL_RU[cl] + ' '])
        fin_year = bn(p['total_cost_mln'] * rng.uniform(0, 0.3))
        ext_share = round(100 * p['extra_budgetary_mln'] / p['total_cost_mln'], 1)
        vpm = int(p['jobs_created'] * rng.choice([0, 0.3, 0.5]))
        vals = [i + 1, p['code'], p['name'], clv, WA_RU[p['work_area']], rng.choice([p['location'], PLACE_VARIANT[p['location']]]),
                rng.choice(ST_RU[p['status']]), dt.datetime.combine(p['start_date'], dt.time()), endv,
                bn(p['total_cost_mln']), bn(p['federal_budget_mln']), bn(p['regional_budget_mln']),
                bn(p['municipal_mln']), bn(p['extra_budgetary_mln']), bn(p['extra_budgetary_confirmed_mln']),
                fin_year, p['jobs_planned'], p['jobs_created'], vpm, ext_share]
        for f, k in (('total_cost_mln', 9), ('federal_budget_mln', 10), ('regional_budget_mln', 11),
                     ('extra_budgetary_mln', 13), ('extra_budgetary_confirmed_mln', 14)):
            p[f] = round(vals[k] * 1000, 4)
        reason = col = None
        if i == 7:
            vals[3] = 'Кластер новых материалов'
            reason, col = "unknown cluster 'Кластер новых материалов'", 'D'
        if i == 14:
            vals[7] = dt.datetime(2021, 3, 15)
            vals[8] = 2020
            reason, col = 'end date before start date', 'I'
        for k, v in enumerate(vals, 1):
            cell = ws.cell(row, k, v)
            cell.border = BORDER
            if isinstance(v, dt.datetime):
                cell.number_format = 'DD.MM.YYYY'
            elif isinstance(v, float) and 10 <= k <= 16:
                cell.number_format = '0.0000'
        if reason:
            rejected.append({'sheet': sheet, 'row': row, 'reason': reason, 'column': col, 'code': p['code']})
        else:
            records.append(record(p, fields))
            where.append((sheet, row, {}))
        row += 1
    last = row - 1
    ws.cell(row, 3, 'ВСЕГО по форме')
    for k in range(10, 17):
        ws.cell(row, k, round(sum(ws.cell(r, k).value or 0 for r in range(FIRST, last + 1)
                                  if isinstance(ws.cell(r, k).value, (int, float))), 5))
    for k in (17, 18, 19):
        ws.cell(row, k, sum(ws.cell(r, k).value or 0 for r in range(FIRST, last + 1)))
    tot = row
    ws.cell(tot + 2, 1, 'Руководитель ____________ / ____________ /')
    ws.cell(tot + 3, 1, 'М.П.')
    save_wb(wb, name)
    cols = []
    for t, m, b, f in heads:
        cols.append([' / '.join(x for x in (t, m, b) if x), f])
    mult = {(sheet, f): 1000.0 for f in fields if f.endswith('_mln')}
    exp = {
        'file': name, 'refused': False, 'fields': fields, 'record_count': len(records), 'records': records,
        'rejected': rejected, 'columns': cols, 'sheet': sheet, 'header_rows': [L1, L2, L3],
        'data_rows': [FIRST, last],
        'skipped_rows': {str(NUM): 'column numbers (as text)', str(tot): 'totals (ВСЕГО по форме, in column C)',
                         str(tot + 2): 'signature', str(tot + 3): 'signature (М.П.)'},
        'notes': (
            "Report form with a three-level merged header in rows 5-7 (written here as 'level1 / level2 / level3'); "
            "a column vertically merged through the levels has just its top name. The money unit is only in the "
            "top level: 'Объём финансирования проекта (млрд руб.)' -> every money column below it is in billion "
            "roubles (0.0457 = 45.7 RUB million). 'всего' (merged over levels 2-3) is total_cost_mln. "
            "'местных бюджетов' (municipal budget) and 'профинансировано в отчётном году' (a one-year slice) are "
            "not imported, nor is 'создано / в т.ч. высокопроизводительных' or the percentage column. "
            "'создано / всего' is jobs_created. Row 8 numbers the columns with text '1', '2', ... Title rows 1-3; "
            "the totals row has 'ВСЕГО по форме' in column C (column A empty) and a signature block follows. "
            "Cluster cells vary in case and may have a trailing space; '—', '-' or empty = no cluster. Places are "
            "written plain or as 'г. Томск' / 'ЗАТО Северск'. 'по' (end): real dates, years as numbers in General "
            "cells (31 December) and 'Q3 2024' quarter text (last day of the quarter). Rejected: an unknown "
            "cluster and an end year before the start date."),
    }
    colmap = {sheet: {f: get_column_letter(k) for k, (_, _, _, f) in enumerate(heads, 1) if f}}
    return exp, {'where': where, 'colmap': colmap, 'mult': mult}


# ----------------------------------------------------------------------------------------------
# 4. Form with a cover sheet, an instructions sheet, instructions above the table, a reference sheet;
#    every number is stored as text
@builder
def cover_form_text():
    name = 'a6_cover_form_text.xlsx'
    rng = random.Random(604)
    sheet = 'Сведения'
    projs = [gen_project(rng, f'INO-{400 + i:04d}') for i in range(1, 20)]
    wb = Workbook()
    ws0 = wb.active
    ws0.title = 'Титульный лист'
    cover = [
        ('ВЕДОМСТВЕННАЯ ОТЧЁТНОСТЬ', None),
        (None, None),
        ('СВЕДЕНИЯ', None),
        ('о проектах, реализуемых в рамках ИНО «Томск»', None),
        ('за 2020 год', None),
        (None, None),
        ('Представляют:', 'Сроки представления:'),
        ('органы местного самоуправления, организации — участники ИНО «Томск»', 'до 20 января года, следующего за отчётным'),
        (None, None),
        ('Наименование отчитывающейся организации:', 'Администрация Томского района'),
        ('Почтовый адрес:', '634050, г. Томск, ул. Карла Маркса, 56'),
        ('Код по ОКПО:', '04022387'),
        ('Всего проектов в форме:', str(len(projs))),
    ]
    for r, (a, b) in enumerate(cover, 1):
        ws0.cell(r, 1, a)
        ws0.cell(r, 3, b)
    ws0['A3'].font = Font(bold=True, size=14)
    set_widths(ws0, [50, 4, 50])
    ws1 = wb.create_sheet('Порядок заполнения')
    instr = ['Порядок заполнения формы',
             '1. В графе 1 указывается регистрационный номер проекта в реестре ИНО «Томск».',
             '2. Графа 3 заполняется по справочнику кластеров (лист «Справочники»).',
             '3. Стоимостные показатели указываются в тысячах рублей с одним десятичным знаком.',
             '4. В графах 13-14 указываются данные нарастающим итогом с начала реализации проекта.',
             '5. Графы 9-10 заполняются по текущему этапу проекта, а не по проекту в целом.',
             '6. Стоимость контрактов (графа 12) — сумма заключённых государственных и муниципальных контрактов.',
             '7. При отсутствии данных ставится прочерк.']
    for r, t in enumerate(instr, 1):
        ws1.cell(r, 1, t)
    ws1['A1'].font = BOLD
    ws1.column_dimensions['A'].width = 110

    ws = wb.create_sheet(sheet)
    heads = [
        ('Рег. номер проекта в реестре ИНО', 'code'),
        ('Полное наименование проекта', 'name'),
        ('Кластер (по справочнику)', 'cluster'),
        ('Место реализации (МО)', 'location'),
        ('Текущий статус проекта', 'status'),
        ('Дата начала реализации проекта', 'start_date'),
        ('Плановая дата завершения проекта', 'end_date'),
        ('Текущий этап (наименование)', None),
        ('Начало этапа', None),
        ('Окончание этапа', None),
        ('Общая стоимость проекта, тыс. руб.', 'total_cost_mln'),
        ('Стоимость заключённых контрактов, тыс. руб.', None),
        ('Объём внебюджетных инвестиций, тыс. руб.', 'extra_budgetary_mln'),
        ('Создано рабочих мест (нарастающим итогом), ед.', 'jobs_created'),
        ('Плановое количество рабочих мест, ед.', 'jobs_planned'),
        ('Организация — ответственный исполнитель', 'lead_organization'),
        ('Ответственное лицо (ФИО, должность)', None),
        ('Контактный телефон', None),
        ('Проблемные вопросы, требующие решения', 'problems'),
    ]
    n = len(heads)
    ws['A1'] = 'Раздел 1. Сведения о проектах'
    ws['A1'].font = Font(bold=True, size=12)
    ws['A2'] = 'Внимание! Заполняются все графы. Стоимостные показатели — в тыс. рублей.'
    ws['A3'] = 'Не изменяйте структуру таблицы, не объединяйте и не удаляйте графы.'
    HR, NUM, FIRST = 5, 6, 7
    for k, (h, _) in enumerate(heads, 1):
        ws.cell(HR, k, h)
        ws.cell(NUM, k, k)
    style_header(ws, [HR], n)
    set_widths(ws, [14, 46, 30, 16, 16, 13, 13, 30, 12, 12, 16, 16, 16, 12, 12, 30, 30, 18, 40])
    fields = ['code', 'name', 'cluster', 'location', 'status', 'start_date', 'end_date', 'total_cost_mln',
              'extra_budgetary_mln', 'jobs_planned', 'jobs_created', 'lead_organization', 'problems']
    stages = ['Проектирование', 'Строительно-монтажные работы', 'Закупка оборудования', 'Пусконаладка',
              'Выход на проектную мощность']
    records, rejected, where = [], [], []
    row = FIRST
    for i, p in enumerate(projs):
        cl = p['cluster']
        clv = CL_RU[cl] if cl else '-'
        th_total = round(p['total_cost_mln'] * 1000, 1)
        th_extra = round(p['extra_budgetary_mln'] * 1000, 1)
        contracts = round(th_total * rng.uniform(0.1, 0.6), 1)
        sep = '\u00a0' if i % 2 else ' '
        s0 = p['start_date']
        st_start = s0 + dt.timedelta(days=rng.randint(30, 300))
        st_end = st_start + dt.timedelta(days=rng.randint(60, 400))
        vals = [p['code'], p['name'], clv, p['location'], rng.choice(ST_RU[p['status']]),
                p['start_date'].strftime('%d.%m.%Y'), p['end_date'].strftime('%d.%m.%Y'),
                rng.choice(stages), st_start.strftime('%d.%m.%Y'), st_end.strftime('%d.%m.%Y'),
                ru_num(th_total, 1, sep), ru_num(contracts, 1, sep), ru_num(th_extra, 1, sep),
                str(p['jobs_created']), str(p['jobs_planned']), p['lead_organization'], rng.choice(PEOPLE),
                f'8 (3822) {rng.randint(40, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}',
                p['problems'] or '-']
        if i % 6 == 5:
            vals[12] = '-'          # a dash = no data (null)
            p['extra_budgetary_mln'] = None
        p['total_cost_mln'] = th_total / 1000
        if p['extra_budgetary_mln'] is not None:
            p['extra_budgetary_mln'] = th_extra / 1000
        reason = col = None
        if i == 4:
            vals[14] = '120-150'
            reason, col = "not a number: '120-150'", 'O'
        if i == 12:
            vals[5], vals[6] = '15.09.2020', '30.06.2019'
            reason, col = 'end date before start date', 'G'
        for k, v in enumerate(vals, 1):
            cell = ws.cell(row, k, v)
            cell.border = BORDER
            cell.number_format = '@'
        if reason:
            rejected.append({'sheet': sheet, 'row': row, 'reason': reason, 'column': col, 'code': p['code']})
        else:
            records.append(record(p, fields))
            where.append((sheet, row, {}))
        row += 1
    last = row - 1
    ws.cell(last + 2, 1, 'Достоверность сведений подтверждаю:')
    ws.cell(last + 3, 1, 'Глава Томского района _____________ (подпись)')
    ws.freeze_panes = 'C7'

    ws3 = wb.create_sheet('Справочники')
    ws3['A1'] = 'Код'
    ws3['B1'] = 'Кластер'
    ws3['D1'] = 'Статус'
    for r, k in enumerate(CL_RU, 2):
        ws3.cell(r, 1, f'К0{r - 1}')
        ws3.cell(r, 2, CL_RU[k])
    for r, s in enumerate(['планируется', 'реализуется', 'завершен', 'приостановлен'], 2):
        ws3.cell(r, 4, s)
    ws3['A1'].font = ws3['B1'].font = ws3['D1'].font = BOLD
    set_widths(ws3, [8, 60, 3, 20])
    save_wb(wb, name)
    mult = {(sheet, 'total_cost_mln'): 0.001, (sheet, 'extra_budgetary_mln'): 0.001}
    exp = {
        'file': name, 'refused': False, 'fields': fields, 'record_count': len(records), 'records': records,
        'rejected': rejected, 'columns': [[h, f] for h, f in heads], 'data_sheet': sheet,
        'sheets': [{'sheet': 'Титульный лист', 'data': False, 'what': 'cover page (key/value text)'},
                   {'sheet': 'Порядок заполнения', 'data': False, 'what': 'instructions'},
                   {'sheet': sheet, 'data': True, 'header_row': HR, 'data_rows': [FIRST, last]},
                   {'sheet': 'Справочники', 'data': False,
                    'what': "reference lists (cluster codes К01..К07 under a 'Код' header, statuses): not projects"}],
        'skipped_rows': {'1': 'section title', '2': 'instruction', '3': 'instruction', str(NUM): 'column numbers',
                         str(last + 2): 'attestation', str(last + 3): 'signature'},
        'numbers_as_text': True,
        'notes': (
            "Four sheets: a cover page ('Титульный лист'), the filling instructions ('Порядок заполнения'), the data "
            "sheet 'Сведения' and 'Справочники' (reference lists with a 'Код' column of cluster codes К01-К07: not "
            "projects). On 'Сведения' rows 1-3 are a section title and instructions, the header is row 5, row 6 "
            "numbers the columns, data rows 7-%d, then an attestation and a signature line. EVERY value is stored "
            "as text (cells formatted '@'): money as '12 345,6' with a plain or non-breaking space, jobs as '120', "
            "dates as 'dd.mm.yyyy'. Money is in тыс. руб. (said in the headers and the instructions) and is given "
            "here in RUB million. Look-alike columns not imported: the current stage's name and dates ('Начало "
            "этапа', 'Окончание этапа' - a stage, not the project), the cost of signed contracts, the responsible "
            "person and the phone number. 'Создано рабочих мест (нарастающим итогом)' is jobs_created and comes "
            "before the planned jobs column. '-' means no data: in the cluster column no cluster, in the "
            "extra-budgetary column null, in the problems column null. Rejected: '120-150' in the planned jobs, an "
            "end date before the start date." % last),
    }
    colmap = {sheet: {f: get_column_letter(k) for k, (_, f) in enumerate(heads, 1) if f}}
    return exp, {'where': where, 'colmap': colmap, 'mult': mult}


# ----------------------------------------------------------------------------------------------
# 5. PMO tracker (mixed English/Russian): status and RAG written per quarter; only the latest counts
@builder
def pmo_tracker():
    name = 'a6_pmo_tracker.xlsx'
    rng = random.Random(605)
    sheet = 'Tracker'
    projs = [gen_project(rng, f'T-{500 + i}') for i in range(1, 23)]
    quarters = ['Q1 2021', 'Q2 2021', 'Q3 2021']
    heads = [('ID', None, 'code'), ('Project (RU)', None, 'name'), ('Cluster', None, 'cluster'),
             ('Lead org', None, 'lead_organization'), ('Sponsor', None, None),
             ('Start', None, 'start_date'), ('Go-live', None, 'end_date'),
             ('CAPEX total, RUB mn', None, 'total_cost_mln'), ('Spent 2021 YTD, RUB mn', None, None),
             ('Private funding, RUB mn', None, 'extra_budgetary_mln'), ('Jobs (target)', None, 'jobs_planned')]
    for q in quarters:
        heads += [(q, 'Status', 'status' if q == quarters[-1] else None), (q, 'RAG', None)]
    heads += [('Key issues', None, 'problems'), ('PMO comment', None, None)]
    n = len(heads)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws['A1'] = 'ИНО Томск — PMO tracker FY2021'
    ws['A1'].font = Font(bold=True, size=13)
    ws['A2'] = 'Status as of 30.09.2021; money in RUB mn unless stated'
    H1, H2, FIRST = 4, 5, 6
    c = 1
    while c <= n:
        top, sub, _ = heads[c - 1]
        if sub is None:
            ws.cell(H1, c, top)
            ws.merge_cells(start_row=H1, start_column=c, end_row=H2, end_column=c)
            c += 1
        else:
            ws.cell(H1, c, top)
            ws.merge_cells(start_row=H1, start_column=c, end_row=H1, end_column=c + 1)
            ws.cell(H2, c, heads[c - 1][1])
            ws.cell(H2, c + 1, heads[c][1])
            c += 2
    style_header(ws, [H1, H2], n)
    set_widths(ws, [8, 44, 30, 28, 18, 11, 11, 12, 12, 12, 9] + [12, 7] * 3 + [40, 30])
    fields = ['code', 'name', 'cluster', 'status', 'start_date', 'end_date', 'total_cost_mln',
              'extra_budgetary_mln', 'jobs_planned', 'lead_organization', 'problems']
    prev = {'planned': ['planned', 'planned'], 'in_progress': ['planned', 'in_progress'],
            'completed': ['in_progress', 'in_progress'], 'suspended': ['in_progress', 'in_progress']}
    rag_of = {'planned': 'G', 'in_progress': 'A', 'completed': 'G', 'suspended': 'R'}
    comments = [None, None, 'Escalated to steering committee 14.09', 'see minutes of PMO call',
                'Budget re-baselined in Q2', 'Waiting for the investor reply']
    records, rejected, where = [], [], []
    row = FIRST
    for i, p in enumerate(projs):
        st = p['status']
        kind = ['quarter', 'date', 'quarter', 'year_text'][i % 4]
        if kind == 'quarter':
            q = rng.randint(1, 4)
            p['end_date'] = eoq(p['end_date'].year, q)
            endv = rng.choice([f'Q{q} {p["end_date"].year}', f'{roman(q)} кв. {p["end_date"].year}'])
        elif kind == 'year_text':
            p['end_date'] = dt.date(p['end_date'].year, 12, 31)
            endv = str(p['end_date'].year)
        else:
            endv = dt.datetime.combine(p['end_date'], dt.time())
        cl = p['cluster']
        clv = (CL_EN[cl] if i % 3 else CL_RU[cl]) if cl else rng.choice(['n/a', None])
        spent = r1(p['total_cost_mln'] * rng.uniform(0, 0.3))
        statuses = prev[st] + [st]
        rags = [rng.choice('GA') for _ in range(2)] + [rag_of[st]]
        if i == 5:   # the Q3 status is written in Russian
            qv = [rng.choice(ST_EN[s]) for s in statuses[:2]] + [rng.choice(ST_RU[st])]
        else:
            qv = [rng.choice(ST_EN[s]) for s in statuses]
        vals = [p['code'], p['name'], clv, p['lead_organization'], rng.choice(PEOPLE).split(',')[0],
                dt.datetime.combine(p['start_date'], dt.time()), endv, p['total_cost_mln'], spent,
                p['extra_budgetary_mln'], p['jobs_planned']]
        for s_, r_ in zip(qv, rags):
            vals += [s_, r_]
        vals += [p['problems'], rng.choice(comments)]
        reason = col = None
        if i == 8:
            vals[9] = -abs(p['extra_budgetary_mln'] or 3.0)
            reason, col = 'negative amount', 'J'
        if i == 16:
            vals[5] = dt.datetime(2021, 4, 1)
            vals[6] = 'Q4 2020'
            reason, col = 'end date before start date', 'G'
        for k, v in enumerate(vals, 1):
            cell = ws.cell(row, k, v)
            if isinstance(v, dt.datetime):
                cell.number_format = 'YYYY-MM-DD'
            if heads[k - 1][1] == 'RAG' and v:
                cell.fill = PatternFill('solid', fgColor={'G': 'C6EFCE', 'A': 'FFEB9C', 'R': 'FFC7CE'}[v])
        if reason:
            rejected.append({'sheet': sheet, 'row': row, 'reason': reason, 'column': col, 'code': p['code']})
        else:
            records.append(record(p, fields))
            where.append((sheet, row, {}))
        row += 1
    last = row - 1
    # Q1 columns are grouped and collapsed (hidden): still data, but not imported anyway
    for col in ('L', 'M'):
        ws.column_dimensions[col].hidden = True
    ws.freeze_panes = 'C6'
    ws.auto_filter.ref = f'A{H2}:{get_column_letter(n)}{last}'
    ws2 = wb.create_sheet('Legend')
    for r, t in enumerate(['RAG: G = on track, A = at risk, R = off track',
                           'Status per quarter as reported at the quarterly PMO review; the latest quarter is current.',
                           'Go-live: planned commissioning (date, quarter or year).'], 1):
        ws2.cell(r, 1, t)
    save_wb(wb, name)
    cols = [[f'{t} / {s}' if s else t, f] for t, s, f in heads]
    exp = {
        'file': name, 'refused': False, 'fields': fields, 'record_count': len(records), 'records': records,
        'rejected': rejected, 'columns': cols, 'data_sheet': sheet, 'header_rows': [H1, H2],
        'data_rows': [FIRST, last], 'hidden': {'columns': ['L', 'M'], 'what': 'Q1 2021 / Status, Q1 2021 / RAG'},
        'notes': (
            "Programme-office tracker with English headers and Russian project names. Title rows 1-2, two-level "
            "header in rows 4-5 (single columns merged over both rows; each quarter 'Q1 2021', 'Q2 2021', "
            "'Q3 2021' spans a 'Status' and a 'RAG' column). The project's status is the latest quarter's: "
            "'Q3 2021 / Status'; the earlier quarters' statuses and every RAG column (G/A/R, coloured) are history "
            "and not imported. The Q1 columns L:M are hidden (still data, but they are not project fields anyway). "
            "Statuses are English ('In progress', 'completed', ...); in row %d the Q3 status is Russian. Cluster "
            "is English or Russian; 'n/a' or empty = no cluster. 'Sponsor' is a person (not the lead "
            "organisation); 'Spent 2021 YTD' is money spent in the year (not imported); 'PMO comment' is a note "
            "(not imported); 'Key issues' is problems. Go-live -> end_date: real dates, quarters ('Q3 2024', "
            "'III кв. 2024') = the quarter's last day, years as text ('2023') = 31 December. Sheet 'Legend' is "
            "text, not data. Rejected: a negative private-funding amount and a Go-live quarter before the start "
            "date." % (FIRST + 5)),
    }
    colmap = {sheet: {f: get_column_letter(k) for k, (_, _, f) in enumerate(heads, 1) if f}}
    return exp, {'where': where, 'colmap': colmap, 'mult': {}}


# ----------------------------------------------------------------------------------------------
# 6. Register with an English column beside each Russian one; another object's status; a percentage
@builder
def register_ru_en():
    name = 'a6_register_ru_en.xlsx'
    rng = random.Random(606)
    sheet = 'Реестр проектов'
    projs = [gen_project(rng, f'INO-{600 + i:04d}') for i in range(1, 23)]
    EN_NAME = {}
    heads = [('№', None), ('Код', 'code'), ('Наименование проекта', 'name'), ('Project name (EN)', None),
             ('Кластер', 'cluster'), ('Cluster (EN)', None), ('Направление', 'work_area'),
             ('Территория', 'location'), ('Статус проекта', 'status'), ('Статус земельного участка', None),
             ('Начало', 'start_date'), ('Окончание', 'end_date'),
             ('Бюджет проекта (всего), млн руб.', 'total_cost_mln'), ('ФБ, млн руб.', 'federal_budget_mln'),
             ('ОБ, млн руб.', 'regional_budget_mln'), ('Внебюджет, млн руб.', 'extra_budgetary_mln'),
             ('Доля внебюджета, %', None), ('Раб. места (план)', 'jobs_planned'),
             ('Исполнитель', 'lead_organization'), ('Executing organisation (EN)', None)]
    n = len(heads)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws['A1'] = 'Реестр проектов ИНО «Томск» / Register of INO Tomsk projects (ред. от 15.02.2022)'
    ws['A1'].font = Font(bold=True, size=12)
    HR, FIRST = 3, 4
    for k, (h, _) in enumerate(heads, 1):
        ws.cell(HR, k, h)
    style_header(ws, [HR], n)
    set_widths(ws, [4, 11, 44, 40, 30, 28, 26, 16, 14, 20, 11, 11, 13, 10, 10, 12, 9, 9, 30, 30])
    fields = ['code', 'name', 'cluster', 'work_area', 'location', 'status', 'start_date', 'end_date',
              'total_cost_mln', 'federal_budget_mln', 'regional_budget_mln', 'extra_budgetary_mln', 'jobs_planned',
              'lead_organization']
    en_words = {'Производство': 'Production of', 'Завод': 'Plant of', 'Центр': 'Centre of', 'Выпуск': 'Output of'}
    land = ['в собственности', 'в аренде', 'оформляется', 'не требуется', 'реализуется процедура торгов']
    records, rejected, where = [], [], []
    row = FIRST
    dup_rows = []
    for i, p in enumerate(projs):
        cl = p['cluster']
        first_word = p['name'].split()[0]
        en_name = f'{en_words.get(first_word, "Project")}: ' + {
            None: 'innovation infrastructure', 'petrochemical': 'polymer products', 'nuclear': 'nuclear technology',
            'timber': 'wood processing', 'pharma': 'pharmaceuticals', 'medtech_it': 'medical devices and IT',
            'wildlife': 'wild-harvested food', 'hard_to_recover': 'hard-to-recover oil'}[cl] + f' #{i + 1}'
        org_en = p['lead_organization'].replace('ООО', 'LLC').replace('АО', 'JSC').replace('«', '"').replace('»', '"')
        vals = [i + 1, p['code'], p['name'], en_name, CL_RU[cl] if cl else None, CL_EN[cl] if cl else None,
                WA_RU[p['work_area']], p['location'], rng.choice(ST_RU[p['status']]), rng.choice(land),
                dt.datetime.combine(p['start_date'], dt.time()), dt.datetime.combine(p['end_date'], dt.time()),
                p['total_cost_mln'], p['federal_budget_mln'], p['regional_budget_mln'], p['extra_budgetary_mln'],
                round(100 * p['extra_budgetary_mln'] / p['total_cost_mln']), p['jobs_planned'],
                p['lead_organization'], org_en]
        reason = col = None
        if i == 6:
            vals[4] = 'Кластер беспилотных технологий'
            vals[5] = 'UAV cluster'
            reason, col = "unknown cluster 'Кластер беспилотных технологий'", 'E'
        if i == 15:   # same code as row of i == 3 but other figures -> both rejected
            vals[1] = projs[3]['code']
            dup_rows.append(row)
        if i == 3:
            dup_rows.append(row)
        for k, v in enumerate(vals, 1):
            cell = ws.cell(row, k, v)
            if isinstance(v, dt.datetime):
                cell.number_format = 'DD.MM.YYYY'
            elif isinstance(v, float):
                cell.number_format = '#,##0.0'
        if reason:
            rejected.append({'sheet': sheet, 'row': row, 'reason': reason, 'column': col, 'code': p['code']})
        elif i not in (3, 15):
            records.append(record(p, fields))
            where.append((sheet, row, {}))
        row += 1
    last = row - 1
    dcode = projs[3]['code']
    for rr in dup_rows:
        rejected.append({'sheet': sheet, 'row': rr, 'column': 'B', 'code': dcode,
                         'reason': f'duplicate code {dcode} (rows {dup_rows[0]} and {dup_rows[1]} differ)'})
    rejected.sort(key=lambda r: r['row'])
    hidden_row = FIRST + 10
    ws.row_dimensions[hidden_row].hidden = True
    ws.auto_filter.ref = f'A{HR}:{get_column_letter(n)}{last}'
    ws.freeze_panes = 'D4'
    save_wb(wb, name)
    exp = {
        'file': name, 'refused': False, 'fields': fields, 'record_count': len(records), 'records': records,
        'rejected': rejected, 'columns': [[h, f] for h, f in heads], 'sheet': sheet, 'header_row': HR,
        'data_rows': [FIRST, last], 'hidden': {'row': hidden_row},
        'notes': (
            "A bilingual register: title row 1, header row 3 with an autofilter, data rows 4-%d. Beside the Russian "
            "name, cluster and organisation there are English columns ('Project name (EN)', 'Cluster (EN)', "
            "'Executing organisation (EN)'): the record takes the Russian ones as written and the English columns "
            "are not imported (the English cluster always agrees with the Russian one). 'Статус земельного "
            "участка' is the status of the land plot, not of the project (values such as 'в аренде', "
            "'реализуется процедура торгов'), and 'Доля внебюджета, %%' is a percentage: neither is imported. "
            "Row %d is hidden and is data. Rejected: row %d has an unknown cluster ('Кластер беспилотных "
            "технологий' / 'UAV cluster'); rows %d and %d carry the same code %s with different data (both "
            "rejected). Amounts in RUB million as numbers; dates are real dates."
            % (last, hidden_row, FIRST + 6, dup_rows[0], dup_rows[1], dcode)),
    }
    colmap = {sheet: {f: get_column_letter(k) for k, (_, f) in enumerate(heads, 1) if f}}
    return exp, {'where': where, 'colmap': colmap, 'mult': {}}


# ----------------------------------------------------------------------------------------------
# 7. CSV export, UTF-8 with BOM, ';' separator, amounts in тыс. руб. with thousands spaces
@builder
def csv_utf8_bom():
    name = 'a6_export_utf8bom.csv'
    rng = random.Random(607)
    projs = [gen_project(rng, f'INO-{700 + i:04d}') for i in range(1, 22)]
    heads = [('Код', 'code'), ('Наименование', 'name'), ('Кластер', 'cluster'), ('Территория', 'location'),
             ('Статус', 'status'), ('Начало', 'start_date'), ('Завершение', 'end_date'),
             ('Стоимость всего, тыс. руб.', 'total_cost_mln'), ('в т.ч. ОБ, тыс. руб.', 'regional_budget_mln'),
             ('в т.ч. МБ, тыс. руб.', None), ('в т.ч. внебюджет, тыс. руб.', 'extra_budgetary_mln'),
             ('Освоено в 2022 г., тыс. руб.', None), ('Рабочие места, план', 'jobs_planned'),
             ('Рабочие места, факт', 'jobs_created'), ('Ответственный (ФИО)', None), ('Проблемы', 'problems')]
    fields = ['code', 'name', 'cluster', 'location', 'status', 'start_date', 'end_date', 'total_cost_mln',
              'regional_budget_mln', 'extra_budgetary_mln', 'jobs_planned', 'jobs_created', 'problems']
    lines = [[h for h, _ in heads]]
    records, rejected, where, csv_rows = [], [], [], {}
    line = 2
    multiline_at = None
    for i, p in enumerate(projs):
        kind = ['date', 'quarter', 'date', 'year'][i % 4]
        if kind == 'quarter':
            q = rng.randint(1, 4)
            p['end_date'] = eoq(p['end_date'].year, q)
            endv = f'{roman(q)} кв. {p["end_date"].year}'
        elif kind == 'year':
            p['end_date'] = dt.date(p['end_date'].year, 12, 31)
            endv = str(p['end_date'].year)
        else:
            endv = p['end_date'].strftime('%d.%m.%Y')
        th = {f: round(p[f] * 1000) for f in ('total_cost_mln', 'regional_budget_mln', 'municipal_mln',
                                              'extra_budgetary_mln')}
        for f in ('total_cost_mln', 'regional_budget_mln', 'extra_budgetary_mln'):
            p[f] = th[f] / 1000
        spent = round(th['total_cost_mln'] * rng.uniform(0, 0.2))
        cl = p['cluster']
        if i == 2:
            p['name'] = p['name'] + '; 2-я очередь'          # ';' inside a quoted field
        if i == 9:
            p['name'] = 'Цифровой сервис «Умный двор»: пилот в мкр. "Солнечный"'
        prob = p['problems']
        if i == 17:
            prob = 'Нет разрешения на строительство.\nПовторная подача документов — октябрь 2022.'
            p['problems'] = prob
            multiline_at = line
        vals = [p['code'], p['name'], CL_RU[cl] if cl else '—', p['location'], rng.choice(ST_RU[p['status']]),
                p['start_date'].strftime('%d.%m.%Y'), endv, ru_num(th['total_cost_mln'], 0, ' '),
                ru_num(th['regional_budget_mln'], 0, ' '), ru_num(th['municipal_mln'], 0, ' ') if th['municipal_mln'] else '',
                ru_num(th['extra_budgetary_mln'], 0, ' '), ru_num(spent, 0, ' '),
                str(p['jobs_planned']), str(p['jobs_created']) if p['status'] != 'planned' else '',
                rng.choice(PEOPLE).split(',')[0], prob or '']
        if p['status'] == 'planned':
            p['jobs_created'] = None
        reason = col = None
        if i == 5:
            vals[7] = 'см. письмо от 03.08.2022'
            reason, col = "not a number: 'см. письмо от 03.08.2022'", 'H'
        if i == 12:
            vals[8] = '-' + vals[8] if th['regional_budget_mln'] else '-1 500'
            reason, col = 'negative amount', 'I'
        lines.append(vals)
        if reason:
            rejected.append({'sheet': None, 'row': line, 'reason': reason, 'column': col, 'code': p['code']})
        else:
            records.append(record(p, fields))
            where.append((None, line, {}))
        csv_rows[line] = vals
        line += 1 + vals[-1].count('\n')
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=';', quoting=csv.QUOTE_MINIMAL, lineterminator='\r\n')
    for l in lines:
        w.writerow(l)
    data = buf.getvalue()
    with open(os.path.join(OUT, name), 'wb') as fh:
        fh.write(b'\xef\xbb\xbf' + data.encode('utf-8'))
    # csv_rows keyed by starting line; check that the physical lines agree
    phys = data.split('\n')
    for ln, vals in csv_rows.items():
        assert phys[ln - 1].startswith(vals[0] + ';'), (ln, phys[ln - 1][:30])
    exp = {
        'file': name, 'refused': False, 'fields': fields, 'record_count': len(records), 'records': records,
        'rejected': rejected, 'encoding': 'utf-8-sig', 'delimiter': ';', 'header_line': 1,
        'columns': [[h, f] for h, f in heads],
        'notes': (
            "CSV exported from an accounting system: UTF-8 with a byte-order mark, CRLF line ends, ';' separator, "
            "fields with ';', '\"' or a line break are quoted (inner quotes doubled). Line 1 is the header. Amounts "
            "are in тыс. руб. (said in each money header), written as whole numbers with a plain space as the "
            "thousands separator ('12 345'); given here in RUB million. 'в т.ч. МБ' (municipal budget) and "
            "'Освоено в 2022 г.' (money spent in the reporting year) are not imported; 'Ответственный (ФИО)' is a "
            "person, not imported. Cluster '—' = no cluster. 'Завершение': dd.mm.yyyy, 'IV кв. 2024' quarters and "
            "bare years ('2025' = 31 December). An empty 'Рабочие места, факт' (planned projects) is null. The "
            "problems field of the record starting on line %d holds a line break inside quotes, so that record "
            "spans lines %d-%d; 'row' numbers are the line on which a record starts (rejected rows come before "
            "it). Rejected: text 'см. письмо от 03.08.2022' in the total cost, a negative ОБ amount."
            % (multiline_at, multiline_at, multiline_at + 1)),
    }
    colmap = {None: {f: k for k, (_, f) in enumerate(heads) if f}}
    return exp, {'where': where, 'colmap': colmap, 'mult': {(None, f): 0.001 for f in
                                                             ('total_cost_mln', 'regional_budget_mln',
                                                              'extra_budgetary_mln')}, 'csv_rows': csv_rows}


# === END BUILDERS ===


# ----------------------------------------------------------------------------------------------
# read-back check (my own reading of the rules; not the importer)
ST_WORDS = {'планируется': 'planned', 'planned': 'planned', 'реализуется': 'in_progress',
            'in progress': 'in_progress', 'завершен': 'completed', 'completed': 'completed',
            'приостановлен': 'suspended', 'suspended': 'suspended'}
QRE = re.compile(r'^(?:(I|II|III|IV)\s*кв\.?\s*(\d{4})|Q([1-4])\s*(\d{4}))$', re.I)


def p_num(v, mult=1.0):
    if v is None:
        return None
    if isinstance(v, (int, float)):
        return v * mult
    s = str(v).strip()
    if s in ('', '—', '-', '–'):
        return None
    s2 = s.replace('\u00a0', '').replace(' ', '').replace(',', '.')
    return float(s2) * mult


def p_date(v):
    if v is None:
        return None
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, int):
        return dt.date(v, 12, 31).isoformat()
    s = str(v).strip()
    if s in ('', '—', '-'):
        return None
    m = re.match(r'^(\d\d)\.(\d\d)\.(\d{4})$', s)
    if m:
        return dt.date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = QRE.match(s)
    if m:
        if m[1]:
            q, y = {'I': 1, 'II': 2, 'III': 3, 'IV': 4}[m[1].upper()], int(m[2])
        else:
            q, y = int(m[3]), int(m[4])
        return eoq(y, q).isoformat()
    if re.match(r'^\d{4}$', s):
        return dt.date(int(s), 12, 31).isoformat()
    raise ValueError(f'date? {v!r}')


def p_cluster(v):
    if v is None:
        return None
    s = str(v).strip().lower().replace('ё', 'е')
    if s in ('', '—', '-', 'n/a', '(пусто)'):
        return None
    for k in CL_RU:
        if s in (CL_RU[k].lower(), CL_EN[k].lower()):
            return k
    raise ValueError(f'cluster? {v!r}')


def p_loc(v):
    s = str(v).strip()
    for k, var in PLACE_VARIANT.items():
        if s in (k, var):
            return k
    raise ValueError(f'location? {v!r}')


def p_cell(field, v, mult):
    if field.endswith('_mln'):
        x = p_num(v, mult)
        return None if x is None else x
    if field.startswith('jobs'):
        x = p_num(v)
        return None if x is None else int(round(x))
    if field.endswith('_date'):
        return p_date(v)
    if field == 'status':
        return ST_WORDS[str(v).strip().lower().replace('ё', 'е')] if v not in (None, '') else None
    if field == 'cluster':
        return p_cluster(v)
    if field == 'location':
        return p_loc(v)
    if field == 'work_area':
        if v is None or str(v).strip() == '':
            return None
        return {b: a for a, b in WA_RU.items()}[str(v).strip()]
    if v is None:
        return None
    s = str(v).strip()
    return s if s not in ('', '-', '—', '–') else None


def verify(path, exp, chk):
    """Read the written workbook back and compare with the expected records."""
    errs = 0
    if path.endswith('.csv'):
        rows = chk['csv_rows']    # {line_no: [values]}
    else:
        wb = load_workbook(path)
    for rec, (sheet, row, fixed) in zip(exp['records'], chk['where']):
        for f in exp['fields']:
            if f in fixed:
                got = fixed[f]
            else:
                col = chk['colmap'][sheet][f]
                if path.endswith('.csv'):
                    v = rows[row][col]
                    if v == '':
                        v = None
                else:
                    v = wb[sheet][f'{col}{row}'].value
                got = p_cell(f, v, chk['mult'].get((sheet, f), 1.0))
            want = rec[f]
            if isinstance(want, float) or isinstance(got, float):
                ok = (got is not None and want is not None and abs(got - want) < 0.05) or (got is None and want is None)
            else:
                ok = got == want
            if not ok:
                errs += 1
                print(f'  MISMATCH {os.path.basename(path)} {sheet}!{row} {f}: file={got!r} expected={want!r}')
    assert len(exp['records']) == exp['record_count']
    codes = [r['code'] for r in exp['records']]
    print(f'{os.path.basename(path)}: {len(exp["records"])} records, {len(exp["rejected"])} rejected, '
          f'{len(exp["fields"])} fields, {errs} mismatches, unique codes={len(set(codes)) == len(codes)}')
    return errs


def resave():
    """Re-save some workbooks with LibreOffice into resaved/ (their own expected files)."""
    soffice = shutil.which('soffice') or shutil.which('libreoffice')
    if not soffice:
        print('LibreOffice not installed: resaved/ skipped')
        return
    rdir = os.path.join(OUT, 'resaved')
    os.makedirs(rdir, exist_ok=True)
    for src, fmt in RESAVE:
        tmp = '/tmp/a6_resave'
        os.makedirs(tmp, exist_ok=True)
        subprocess.run([soffice, f'-env:UserInstallation=file://{tmp}/profile', '--headless', '--convert-to', fmt,
                        '--outdir', rdir, os.path.join(OUT, src)], check=True, capture_output=True, timeout=180)
        new = src.rsplit('.', 1)[0] + '.' + fmt
        with open(os.path.join(OUT, src.rsplit('.', 1)[0] + '.expected.json'), encoding='utf-8') as fh:
            exp = json.load(fh)
        exp['file'] = new
        exp['resaved_from'] = src
        exp['notes'] = (f'{src} re-saved by LibreOffice (soffice --headless --convert-to {fmt}); same records and '
                        f'rejected rows as the original. ') + exp['notes']
        with open(os.path.join(rdir, new.rsplit('.', 1)[0] + '.expected.json'), 'w', encoding='utf-8') as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
            fh.write('\n')
        print('resaved', new)


RESAVE = [('a6_form_3level.xlsx', 'xls'), ('a6_register_ru_en.xlsx', 'ods'), ('a6_cover_form_text.xlsx', 'xlsx')]


def main():
    total_errs = 0
    for b in BUILDERS:
        exp, chk = b()
        write_expected(exp['file'], exp)
        total_errs += verify(os.path.join(OUT, exp['file']), exp, chk)
    if '--resave' in sys.argv:
        resave()
    if total_errs:
        sys.exit(f'{total_errs} mismatches')


if __name__ == '__main__':
    main()
