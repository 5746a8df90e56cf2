#!/usr/bin/env python3
"""Generate the agency30 evaluation set: six agency files and their NAME.expected.json.

Written only from /work/shared/samples/README.md and the sample workbooks/expected files.
Every project is defined once below with canonical values (money as Decimal in RUB million,
dates as date) plus ``w`` = how its sender wrote a value where that differs from the
sender's default wording.  The writers turn canonical values into cells; the expected JSON
is produced from the same canonical values, so the two cannot drift apart.

Deterministic: fixed document properties and fixed zip entry times; running the script twice
gives byte-identical files.

Run:  /work/main/.venv/bin/python make_agency30.py
"""
import csv
import datetime as dt
import io
import json
import re
import zipfile
from decimal import Decimal as D
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
NBSP = "\u00a0"
FIXED = dt.datetime(2018, 1, 15, 9, 0, 0)

FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
          "total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
          "extra_budgetary_confirmed_mln", "jobs_planned", "jobs_created", "lead_organization",
          "problems"]
MONEY = ["total_cost_mln", "federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
         "extra_budgetary_confirmed_mln"]
JOBS = ["jobs_planned", "jobs_created"]
DATES = ["start_date", "end_date"]

ALIAS = {"cl": "cluster", "wa": "work_area", "loc": "location", "st": "status", "s": "start_date",
         "e": "end_date", "tot": "total_cost_mln", "fed": "federal_budget_mln",
         "reg": "regional_budget_mln", "ext": "extra_budgetary_mln",
         "conf": "extra_budgetary_confirmed_mln", "jp": "jobs_planned", "jc": "jobs_created",
         "org": "lead_organization", "prob": "problems"}

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
    "petrochemical": "Petrochemical cluster", "nuclear": "Nuclear technologies cluster",
    "timber": "Timber cluster", "pharma": "Pharmaceutical cluster",
    "medtech_it": "Medical equipment and IT cluster", "wildlife": "Wildlife resources cluster",
    "hard_to_recover": "Hard-to-recover resources cluster",
}
WA_RU = {"industry": "Передовая промышленность", "science_education": "Наука и образование",
         "innovation_business": "Технологические инновации, новые бизнесы",
         "smart_city": "Умный и удобный город", "business_environment": "Деловая среда"}
WA_EN = {"industry": "Advanced manufacturing", "science_education": "Science & education",
         "innovation_business": "Tech innovation & new businesses", "smart_city": "Smart city",
         "business_environment": "Business environment"}
ST_RU = {"planned": "планируется", "in_progress": "реализуется", "completed": "завершен",
         "suspended": "приостановлен"}
ST_EN = {"planned": "Planned", "in_progress": "In progress", "completed": "Completed",
         "suspended": "Suspended"}
LOC_EN = {"Томск": "Tomsk", "Северск": "Seversk", "Асино": "Asino", "Стрежевой": "Strezhevoy",
          "Колпашево": "Kolpashevo", "Томский район": "Tomsk district"}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def d(s):
    return dt.date.fromisoformat(s) if s else None


def m(s):
    return None if s is None else D(str(s))


class Proj:
    """One project: canonical values + how the sender wrote them (w) + look-alike values (x)."""

    def __init__(self, code, name, cl=None, wa=None, loc=None, st=None, s=None, e=None, fed=None,
                 reg=None, mb=None, ext=None, conf=None, tot=None, jp=None, jc=None, org=None,
                 prob=None, w=None, x=None, reject=None):
        self.code = code
        fed, reg, ext, conf = m(fed), m(reg), m(ext), m(conf)
        self.mb = m(mb) if mb is not None else D(0)
        if tot is None:
            parts = [v for v in (fed, reg, ext) if v is not None]
            tot = (sum(parts) + self.mb) if parts else None
        else:
            tot = m(tot)
        self.v = {"code": code, "name": name, "cluster": cl, "work_area": wa, "location": loc,
                  "status": st, "start_date": d(s), "end_date": d(e), "total_cost_mln": tot,
                  "federal_budget_mln": fed, "regional_budget_mln": reg,
                  "extra_budgetary_mln": ext, "extra_budgetary_confirmed_mln": conf,
                  "jobs_planned": jp, "jobs_created": jc, "lead_organization": org,
                  "problems": prob}
        self.w = {ALIAS.get(k, k): v for k, v in (w or {}).items()}
        self.x = x or {}
        self.reject = reject  # (field, reason) for a row that must be rejected


def jv(v):
    """canonical value -> JSON value"""
    if isinstance(v, D):
        return float(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


def num(v):
    v = D(v)
    return int(v) if v == v.to_integral_value() else float(v)


def ru(v, sep=" ", mindec=1):
    """Russian-style number text: thousands separator `sep`, decimal comma."""
    v = D(v)
    exp = -v.normalize().as_tuple().exponent
    dec = max(mindec, exp)
    s = f"{abs(v):.{dec}f}"
    ip, fp = s.split(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    return ("-" if v < 0 else "") + sep.join(groups) + "," + fp


class Ctx:
    def __init__(self, lang="ru", factor=D(1), csv=False, date_fmt="DD.MM.YYYY", sheet_cluster=None):
        self.lang, self.factor, self.csv, self.date_fmt = lang, factor, csv, date_fmt
        self.sheet_cluster = sheet_cluster


def date_cell(val, tok, ctx):
    if val is None:
        return None
    if tok is None:
        return val.strftime("%d.%m.%Y") if ctx.csv else dt.datetime(val.year, val.month, val.day)
    q = (val.month - 1) // 3 + 1
    if tok in ("@q", "@qen", "@qfull"):
        last = dt.date(val.year, 3 * q, 1) + dt.timedelta(days=32)
        last = last.replace(day=1) - dt.timedelta(days=1)
        assert val == last, (val, "not a quarter end")
        return {"@q": f"{ROMAN[q]} кв. {val.year}", "@qen": f"Q{q} {val.year}",
                "@qfull": f"{ROMAN[q]} квартал {val.year}"}[tok]
    if tok in ("@y", "@yn", "@yg"):
        assert (val.month, val.day) == (12, 31), (val, "not 31 December")
        return {"@y": str(val.year), "@yn": val.year if not ctx.csv else str(val.year),
                "@yg": f"{val.year} г."}[tok]
    if tok == "@text":
        return val.strftime("%d.%m.%Y")
    return tok  # literal (used for a deliberately wrong value)


def cell_for(p, field, ctx):
    """The cell value the sender wrote for canonical field `field` of project p."""
    val = p.v[field]
    tok = p.w.get(field)
    literal = tok is not None and not (isinstance(tok, str) and tok.startswith("@"))
    if literal:
        return tok
    if field in MONEY:
        if val is None:
            return "" if ctx.csv else None
        v = val * ctx.factor
        if tok is None:
            return ru(v, "") if ctx.csv else num(v)
        return ru(v, {"@ru": " ", "@nb": NBSP, "@plain": ""}[tok])
    if field in JOBS:
        if val is None:
            return "" if ctx.csv else None
        return str(val) if ctx.csv else val
    if field in DATES:
        r = date_cell(val, tok, ctx)
        return "" if (r is None and ctx.csv) else r
    if field == "status":
        return (ST_EN if ctx.lang == "en" else ST_RU)[val]
    if field == "cluster":
        if val is None:
            return "" if ctx.csv else None
        return (CLUSTER_EN if ctx.lang == "en" else CLUSTER_RU)[val]
    if field == "work_area":
        if val is None:
            return "" if ctx.csv else None
        return (WA_EN if ctx.lang == "en" else WA_RU)[val]
    if field == "location":
        if val is None:
            return "" if ctx.csv else None
        return LOC_EN[val] if ctx.lang == "en" else val
    if val is None:
        return "" if ctx.csv else None
    return val


def written_pair(canon, written):
    """JSON form of a written cell, or None when it equals the canonical value."""
    if isinstance(written, dt.datetime):
        written = written.date()
    if isinstance(written, dt.date):
        written = written.isoformat()
    if written == "":
        written = None
    if isinstance(written, (int, float)) and isinstance(canon, (int, float)) \
            and not isinstance(written, bool):
        return None if abs(written - canon) < 1e-9 else written
    return None if written == canon else written


def written_as_for(p, fields, ctx):
    out = []
    for f in fields:
        if f == "code":
            continue
        canon = jv(p.v[f])
        if f == "cluster" and ctx.sheet_cluster is not None:
            out.append([f, canon, "sheet '%s'" % ctx.sheet_cluster])
            continue
        w = written_pair(canon, cell_for(p, f, ctx))
        if w is not None:
            out.append([f, canon, w])
    return out


def record(p, fields):
    return {f: jv(p.v[f]) for f in fields}


def norm_header(s):
    return " ".join(str(s).split())


# ---------------------------------------------------------------- workbook helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HFONT = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")


def new_wb(creator, title):
    wb = openpyxl.Workbook()
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.title = title
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def write_header(ws, top, cols, levels):
    """cols: list of (path tuple, kind). Writes a multi-level header with merged cells."""
    n = len(cols)
    for lvl in range(levels):
        c = 0
        while c < n:
            path = cols[c][0]
            if len(path) <= lvl:
                c += 1
                continue
            if len(path) == lvl + 1:
                r1, r2 = top + lvl, top + levels - 1
                cell = ws.cell(r1, c + 1, path[lvl])
                if r2 > r1:
                    ws.merge_cells(start_row=r1, start_column=c + 1, end_row=r2, end_column=c + 1)
                c += 1
                continue
            c2 = c
            while c2 + 1 < n and len(cols[c2 + 1][0]) > lvl + 1 \
                    and cols[c2 + 1][0][:lvl + 1] == path[:lvl + 1]:
                c2 += 1
            ws.cell(top + lvl, c + 1, path[lvl])
            if c2 > c:
                ws.merge_cells(start_row=top + lvl, start_column=c + 1, end_row=top + lvl,
                               end_column=c2 + 1)
            c = c2 + 1
    for r in range(top, top + levels):
        for c in range(1, n + 1):
            cell = ws.cell(r, c)
            cell.font, cell.alignment, cell.border = HFONT, WRAP, BOX


def column_lists(cols):
    columns, ignored = [], []
    for path, kind in cols:
        h = " / ".join(norm_header(x) for x in path)
        if kind.startswith("!"):
            ignored.append([h, kind[1:]])
        else:
            columns.append([h, kind])
    return columns, ignored


def fields_of(cols):
    present = {k for _, k in cols if not k.startswith("!")}
    return [f for f in FIELDS if f in present]


def put(ws, r, c, v, date_fmt="DD.MM.YYYY", num_fmt=None):
    cell = ws.cell(r, c, v)
    if isinstance(v, dt.datetime):
        cell.number_format = date_fmt
    elif num_fmt and isinstance(v, (int, float)) and not isinstance(v, bool):
        cell.number_format = num_fmt
    return cell


def save_wb(wb, path):
    buf = io.BytesIO()
    wb.save(buf)
    normalise_zip(buf.getvalue(), path)


def normalise_zip(data, path):
    """Rewrite a zip with fixed entry times and attributes (byte-identical reruns)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            data_i = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps 'modified' with the current time on save: pin it
                data_i = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                                rb"\g<1>" + FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\g<2>",
                                data_i)
            z.writestr(zi, data_i, compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    Path(path).write_bytes(out.getvalue())


def dump(obj, name):
    (HERE / name).write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def q1(v):
    return v.quantize(D("0.1"))


def spent(p):
    t = p.v["total_cost_mln"] or D(0)
    share = {"completed": D(1), "in_progress": D("0.45"), "planned": D(0),
             "suspended": D("0.2")}[p.v["status"]]
    return q1(t * share)


PEOPLE_RU = ["Сидоренко В.П.", "Ковалёва Н.С.", "Мельников А.Ю.", "Гарипова Л.Р.", "Шульц Е.А."]
PEOPLE_EN = ["Prof. A. Sokolov", "Dr. E. Lebedeva", "Dr. I. Kuznetsov", "Prof. N. Orlova"]

# =============================================================== 1. ministry summary
MIN_FILE = "minprom_svod.xlsx"
MIN_PROJECTS = [
    Proj("INO-3001", "Производство полиолефиновых труб большого диаметра", "petrochemical",
         "industry", "Томск", "in_progress", "2016-03-15", "2019-12-31", fed=0, reg="120.0",
         ext="1720.6", conf="1500.0", jp=180, jc=64, org="ООО «Томскнефтехим»",
         w=dict(cl="Нефтехимия", loc="г. Томск", st="в стадии реализации", e="@q", tot="@nb"),
         x=dict(note="Соглашение № 14-С от 12.03.2016")),
    Proj("INO-3002", "Создание производства радиофармацевтических препаратов на базе циклотрона",
         "nuclear", "science_education", "Северск", "planned", "2018-07-01", "2021-06-30",
         fed="850.0", reg="95.5", ext="410.0", conf=0, jp=75, jc=0,
         org="АО «Сибирский химический комбинат»",
         prob="Не определён источник федерального софинансирования",
         w=dict(cl="Ядерные технологии", loc="ЗАТО Северск", st="планируется к реализации",
                s="@text", fed="@nb")),
    Proj("INO-3003", "Глубокая переработка древесины с выпуском фанеры", "timber", "industry",
         "Асино", "completed", "2014-04-10", "2016-11-30", fed=0, reg="210.0", ext="3150.4",
         conf="3150.4", jp=420, jc=420, org="ООО «Сибирская лесная компания»",
         w=dict(cl="лесопромышленный", wa="передовая промышленность", loc="г. Асино",
                st="реализован", s="@text")),
    Proj("INO-3004", "Организация производства субстанций для инфузионных растворов", "pharma",
         "industry", "Томский район", "in_progress", "2015-09-01", "2020-12-31", fed="300.0",
         reg="45.2", ext="912.8", conf="650.0", jp=140, jc=38, org="ООО «Сибфармсинтез»",
         prob="Задержка поставки импортного оборудования",
         w=dict(cl="Фармацевтика", loc="с. Богашёво, Томский р-н", st="Реализуется", e="@text",
                ext="@nb")),
    Proj("INO-3005", "Центр коллективного пользования «Нанотехнологии»", None,
         "science_education", "Томск", "completed", "2013-02-01", "2015-12-25", fed="410.0",
         reg="52.0", ext="38.0", conf="38.0", jp=45, jc=45, org="Томский политехнический университет",
         w=dict(cl="—", wa="Наука, образование", loc="г.Томск", st="Завершён")),
    Proj("INO-3006", "Модернизация производства кабельной продукции для атомной энергетики",
         "nuclear", "industry", "Томск", "suspended", "2016-05-20", "2020-12-31", fed=0, reg=0,
         ext="640.0", conf="320.0", jp=90, jc=12, org="ООО «Томский кабельный завод»",
         prob="Инвестор пересматривает сроки в связи с ростом курса валют",
         w=dict(cl="ядерный", loc="г. Томск", st="реализация приостановлена", s="@text", e="@y",
                conf="@ru")),
    Proj("INO-3007", "Строительство логистического центра лесопромышленного парка", "timber",
         "business_environment", "Асино", "planned", "2018-04-01", "2022-06-30", fed=0,
         reg="75.0", mb="12.0", ext="1190.0", conf=0, jp=160, jc=0,
         org="ООО «Сибирская лесная компания»",
         w=dict(loc="г. Асино", st="Планируется", e="@q", reg="@nb"),
         x=dict(note="Проект включён в перечень приоритетных")),
    Proj("INO-3008", "Внедрение системы «Безопасный город» в Томске", None, "smart_city", "Томск",
         "in_progress", "2016-01-11", "2019-12-31", fed=0, reg="310.5", mb="95.0", ext=0, conf=0,
         jp=25, jc=10, org="ОГБУ «Региональный центр развития информационных технологий»",
         w=dict(st="В работе ", e="@yn")),
    Proj("INO-3009", "Производство полимерных композитов для нефтегазового оборудования",
         "petrochemical", "innovation_business", "Северск", "planned", "2018-02-01", "2020-10-31",
         fed="120.0", reg="30.0", ext="266.4", conf="100.0", jp=55, jc=0,
         org="ООО «Полимер-Композит»",
         w=dict(cl="нефтехимический", wa="Технологические инновации и новые бизнесы",
                loc="г. Северск", st="запланирован", s="@text")),
    Proj("INO-3010", "Выпуск медицинских изделий из никелида титана", "medtech_it", "industry",
         "Томск", "in_progress", "2014-06-01", "2018-12-31", fed="96.0", reg="14.0", ext="230.3",
         conf="230.3", jp=70, jc=52, org="ООО «Медицинские технологии Сибири»",
         w=dict(cl="Медтехника и ИТ", loc="г. Томск", st="на стадии реализации", e="@text",
                tot="@nb", fed="@nb")),
    Proj("INO-3011", "Лаборатория испытаний и приёмки нефтегазового оборудования",
         "hard_to_recover", "science_education", "Стрежевой", "in_progress", "2015-11-02",
         "2019-09-30", fed=0, reg="60.0", ext="585.0", conf="420.0", jp=35, jc=20,
         org="ООО «Стрежевской нефтесервис»", prob="Не оформлен земельный участок под полигон",
         w=dict(cl="ТрИЗ", loc="г. Стрежевой", st="Реализуется", e="@q")),
    Proj("INO-3012", "Комплексная переработка кедрового ореха и ягод", "wildlife", "industry",
         "Колпашево", "completed", "2013-08-01", "2016-05-31", fed=0, reg="18.5", mb="2.0",
         ext="146.0", conf="146.0", jp=60, jc=60, org="ООО «Нарымские дары»",
         w=dict(cl="Дикоросы", loc="г. Колпашево", st="ЗАВЕРШЕН", s="@text")),
    Proj("INO-3013", "Технопарк высоких технологий в сфере ИТ", "medtech_it", "innovation_business",
         "Томск", "in_progress", "2014-09-01", "2020-12-31", fed="1200.0", reg="400.0",
         ext="2210.7", conf="1800.0", jp=650, jc=310,
         org="АО «Особая экономическая зона технико-внедренческого типа «Томск»»",
         prob="Требуется докапитализация управляющей компании",
         w=dict(cl="Медицинская техника и информационные технологии", loc="г. Томск",
                tot="@nb", ext="@nb")),
    Proj("INO-3014", "Строительство завода по производству древесных топливных гранул", "timber",
         "industry", "Томский район", "suspended", "2015-03-12", "2018-12-31", fed=0, reg=0,
         ext="274.0", conf="90.0", jp=48, jc=10, org="ООО «ЭкоПеллет»",
         prob="Инвестор не подтвердил финансирование второй очереди",
         w=dict(cl="Лесопром", loc="Томский р-н", st="Приостановлен", s="@text")),
    Proj("INO-3015", "Цифровая платформа поддержки экспорта", None, "business_environment",
         "Томск", "planned", "2018-01-15", "2020-12-31", fed=0, reg="48.0", ext="12.0", conf=0,
         jp=12, jc=0, org="Центр поддержки экспорта Томской области",
         w=dict(cl="-", wa="деловая среда", loc="город Томск", st="Планируется ", e="@q")),
    Proj("INO-3016", "Производство изотопной продукции медицинского назначения", "nuclear",
         "industry", "Северск", "in_progress", "2015-04-20", "2021-12-31", fed="640.0",
         reg="60.0", ext="1350.0", conf="1350.0", jp=130, jc=45,
         org="АО «Сибирский химический комбинат»",
         w=dict(loc="ЗАТО Северск", st="в процессе реализации", e="@y")),
    Proj("INO-3017", "Опытно-промышленная разработка баженовской свиты", "hard_to_recover",
         "industry", "Стрежевой", "planned", "2018-07-01", "2024-12-31", fed=0, reg=0,
         ext="18450.0", conf="5000.0", jp=310, jc=0, org="ПАО «Томская нефтяная компания»",
         prob="Требуется предоставление налоговых льгот по НДПИ",
         w=dict(cl="трудноизвлекаемые запасы", loc="г. Стрежевой", tot="@nb", ext="@nb",
                jp="310")),
    Proj("INO-3018", "Реконструкция инженерной инфраструктуры кампуса ТГУ", None, "smart_city",
         "Томск", "in_progress", "2016-10-10", "2020-08-31", fed="980.0", reg="120.0", ext=0,
         conf=0, jp=20, jc=5, org="Томский государственный университет",
         w=dict(wa="Умный город", loc="г. Томск", st="Реализуется", s="@text")),
    Proj("INO-3019", "Производство фитопрепаратов из лекарственных растений Сибири", "pharma",
         "innovation_business", "Томский район", "completed", "2012-05-14", "2015-09-30", fed=0,
         reg="22.0", ext="187.6", conf="187.6", jp=55, jc=55, org="ООО «Сибирские травы»",
         w=dict(cl="фармацевтический", loc="пос. Зональная Станция (Томский район)",
                st="Реализация завершена", e="@text")),
    Proj("INO-3020", "Производство приборов для неразрушающего контроля", "medtech_it", "industry",
         "Томск", "planned", "2018-03-01", "2020-06-30", fed="75.0", reg="25.0", ext="322.0",
         conf="150.0", jp=85, jc=0, org="ООО «Сибирская интроскопия»",
         w=dict(cl="Медтехника и ИТ", st="Планируется", e="@q")),
    Proj("INO-3021", "Производство биотоплива из отходов лесопиления", "timber",
         "innovation_business", "Колпашево", "in_progress", "2016-06-01", "2019-10-31", fed=0,
         reg="40.0", mb="5.0", ext="195.0", conf="195.0", jp=40, jc=22, org="ООО «Нарым-Лес»",
         prob="Нет подключения к электросетям необходимой мощности",
         w=dict(cl="Лесопромышленный", loc="г. Колпашево")),
    Proj("INO-3022", "Региональный инжиниринговый центр аддитивных технологий", None,
         "science_education", "Томск", "completed", "2014-02-03", "2016-12-20", fed="150.0",
         reg="50.0", ext="24.5", conf="24.5", jp=30, jc=30,
         org="Томский государственный университет систем управления и радиоэлектроники",
         w=dict(cl="—", loc="г. Томск")),
]
MIN_REJECT = Proj("INO-3023", "Производство нанопорошков металлов для аддитивных технологий",
                  "nuclear", "innovation_business", "Северск", "planned", "2018-01-01",
                  "2020-12-31", fed=0, reg="20.0", ext=None, tot="170.0", jp=30, jc=0,
                  org="ООО «Сибнанопорошок»",
                  w=dict(cl="Ядерные технологии", loc="ЗАТО Северск", ext="уточняется"),
                  reject=("extra_budgetary_mln", "not a number: 'уточняется'"))

FIN = "Объём\nфинансирования,\nтыс. руб."
INCL = "в том числе:"
MIN_COLS = [
    (("№\nп/п",), "!row number"),
    (("Регистрационный\nномер проекта",), "code"),
    (("Наименование инвестиционного проекта",), "name"),
    (("Организация —\nинициатор проекта",), "lead_organization"),
    (("Отраслевой\nкластер",), "cluster"),
    (("Приоритетное направление\nИНО «Томск»",), "work_area"),
    (("Муниципальное образование\n(место реализации)",), "location"),
    (("Стадия\nреализации",), "status"),
    (("Сроки реализации", "начало"), "start_date"),
    (("Сроки реализации", "окончание"), "end_date"),
    ((FIN, "всего"), "total_cost_mln"),
    ((FIN, INCL, "ФБ"), "federal_budget_mln"),
    ((FIN, INCL, "ОБ"), "regional_budget_mln"),
    ((FIN, INCL, "МБ"), "!municipal budget (МБ, местный бюджет): not a canonical field"),
    ((FIN, INCL, "ВБИ"), "extra_budgetary_mln"),
    ((FIN, "из них ВБИ,\nподтверждённые\nсоглашениями"), "extra_budgetary_confirmed_mln"),
    ((FIN, "освоено\nна отчётную дату"), "!spent to date, not the cost"),
    ((FIN, "план\nна 2018 год"), "!one-year slice (2018 plan), not the cost"),
    (("Доля ВБИ\nв общем объёме, %",), "!percent share"),
    (("Количество рабочих мест, ед.", "по плану"), "jobs_planned"),
    (("Количество рабочих мест, ед.", "фактически\nсоздано"), "jobs_created"),
    (("Куратор от министерства\n(Ф.И.О.)",), "!a person's name (ministry curator), not the lead organisation"),
    (("Проблемные вопросы,\nтребующие решения",), "problems"),
    (("Примечание",), "!remarks, not problems"),
]


def min_ignored_value(p, kind, seq):
    t = p.v["total_cost_mln"] or D(0)
    if kind.startswith("!row"):
        return seq
    if kind.startswith("!municipal"):
        return num(p.mb * 1000)
    if kind.startswith("!spent"):
        return num(spent(p) * 1000)
    if kind.startswith("!one-year"):
        if p.v["status"] in ("planned", "in_progress"):
            return num(q1(t * D("0.15")) * 1000)
        return None
    if kind.startswith("!percent"):
        e = p.v["extra_budgetary_mln"]
        return float(q1(e / t * 100)) if (e is not None and t) else None
    if kind.startswith("!a person"):
        return PEOPLE_RU[seq % len(PEOPLE_RU)]
    if kind.startswith("!remarks"):
        return p.x.get("note")
    raise KeyError(kind)


def build_ministry():
    wb = new_wb("Министерство промышленности, торговли и предпринимательства Томской области",
                "Сводный отчёт ИНО «Томск»")
    ws = wb.active
    ws.title = "Свод ИНО"
    n = len(MIN_COLS)
    last = get_column_letter(n)
    ws["A1"] = "Министерство промышленности, торговли и предпринимательства Томской области"
    ws["A2"] = ("СВОДНЫЙ ОТЧЁТ\nо ходе реализации инвестиционных проектов, включённых "
                "в комплексную программу ИНО «Томск»")
    ws["A3"] = "по состоянию на 01.10.2017"
    for r in (1, 2, 3):
        ws.merge_cells(f"A{r}:{last}{r}")
        ws[f"A{r}"].alignment = Alignment(horizontal="center", wrap_text=True)
        ws[f"A{r}"].font = Font(bold=(r != 3))
    ws.row_dimensions[2].height = 32
    HTOP, LEVELS = 5, 3
    write_header(ws, HTOP, MIN_COLS, LEVELS)
    numrow = HTOP + LEVELS
    for c in range(1, n + 1):
        ws.cell(numrow, c, c).alignment = Alignment(horizontal="center")
    ctx = Ctx("ru", D(1000))
    rows = MIN_PROJECTS[:12] + [MIN_REJECT] + MIN_PROJECTS[12:]
    r = numrow + 1
    first = r
    rowmap = {}
    for seq, p in enumerate(rows, 1):
        for ci, (path, kind) in enumerate(MIN_COLS, 1):
            if kind.startswith("!"):
                v = min_ignored_value(p, kind, seq)
            else:
                v = cell_for(p, kind, ctx)
            put(ws, r, ci, v)
        rowmap[p.code] = r
        r += 1
    lastdata = r - 1
    total_row = r
    ws.cell(total_row, 1, "ИТОГО по перечню")
    ws.merge_cells(start_row=total_row, start_column=1, end_row=total_row, end_column=3)
    for ci, (path, kind) in enumerate(MIN_COLS, 1):
        if kind in MONEY or kind in JOBS or kind.startswith(("!municipal", "!spent", "!one-year")):
            s = D(0)
            for p in MIN_PROJECTS:
                if kind in MONEY:
                    s += p.v[kind] * 1000
                elif kind in JOBS:
                    s += p.v[kind]
                else:
                    v = min_ignored_value(p, kind, 0)
                    s += D(str(v)) if v is not None else 0
            ws.cell(total_row, ci, num(s)).font = HFONT
    ws.cell(total_row, 1).font = HFONT
    foot1, foot2 = total_row + 2, total_row + 3
    ws.cell(foot1, 1, "* ФБ — федеральный бюджет, ОБ — областной бюджет, МБ — местные бюджеты, "
                      "ВБИ — внебюджетные источники. Доля ВБИ рассчитана от общего объёма.")
    ws.cell(foot2, 1, "Исполнитель: Ковалёва Н.С., тел. (3822) 90-12-34")
    for fr in (foot1, foot2):
        ws.merge_cells(start_row=fr, start_column=1, end_row=fr, end_column=n)
    widths = [5, 13, 44, 30, 18, 24, 24, 16, 12, 12, 13, 12, 12, 10, 13, 14, 13, 12, 10, 10, 11,
              18, 36, 26]
    for i, wd in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = wd
    ws.freeze_panes = ws.cell(first, 4)
    save_wb(wb, HERE / MIN_FILE)

    fields = fields_of(MIN_COLS)
    columns, ignored = column_lists(MIN_COLS)
    col_of = {k: get_column_letter(i) for i, (_, k) in enumerate(MIN_COLS, 1)}
    p = MIN_REJECT
    rejected = [{"sheet": ws.title, "row": rowmap[p.code], "reason": p.reject[1],
                 "column": col_of[p.reject[0]], "code": p.code}]
    exp = {
        "file": MIN_FILE, "refused": False, "fields": fields,
        "record_count": len(MIN_PROJECTS),
        "records": [record(p, fields) for p in MIN_PROJECTS],
        "rejected": rejected,
        "sender": "Министерство промышленности, торговли и предпринимательства Томской области "
                  "(regional ministry of industry and trade): consolidated report form",
        "data_sheet": ws.title,
        "columns": columns, "ignored_columns": ignored,
        "header_rows": [HTOP, HTOP + 1, HTOP + 2],
        "data_rows": [first, lastdata],
        "skipped_rows": {str(numrow): "column numbers", str(total_row): "totals",
                         str(foot1): "footnote", str(foot2): "footnote"},
        "units": "тыс. руб. (said in the top-level header 'Объём финансирования, тыс. руб.'), "
                 "converted to RUB million",
        "written_as": {p.code: written_as_for(p, fields, ctx) for p in MIN_PROJECTS},
        "notes": (
            "One sheet 'Свод ИНО'. Title rows 1-3 (ministry, report name with a line break, "
            "'по состоянию на 01.10.2017'); three-level merged header in rows 5-7 "
            "(e.g. 'Объём финансирования, тыс. руб. / в том числе: / ФБ'); row 8 numbers the "
            "columns 1-24; data rows 9-31; row 32 'ИТОГО по перечню' (totals); rows 34-35 "
            "footnotes (abbreviations, executor). Header texts in 'columns' are given with line "
            "breaks collapsed to one space. Money is in thousand roubles (the unit is only in "
            "the top-level header cell) and is given here in RUB million. Abbreviated sources: "
            "ФБ = federal, ОБ = regional, ВБИ = extra-budgetary; МБ (municipal budget) is not "
            "imported. Look-alike columns not imported: № п/п, МБ, 'освоено на отчётную дату' "
            "(spent to date), 'план на 2018 год' (one-year slice), 'Доля ВБИ, %', the curator's "
            "name (a person, while the lead organisation is 'Организация — инициатор проекта'), "
            "'Примечание' (remarks, not problems). Money cells partly text with non-breaking "
            "spaces ('1 840 600'); dates real or 'dd.mm.yyyy' text; end dates also as "
            "'IV кв. 2019' (quarter -> last day), '2020' (text year) and 2019 (number in a "
            "General cell) -> 31 December. Statuses as phrases: 'в стадии реализации', "
            "'планируется к реализации', 'реализация приостановлена' (suspended, though it "
            "contains 'реализ'), 'Реализация завершена' (completed), 'запланирован', "
            "'реализован', 'В работе '. Clusters as short names/adjectives ('Нефтехимия', "
            "'ядерный', 'Лесопром', 'ТрИЗ', 'Медтехника и ИТ'); '—', '-' or empty = no cluster. "
            "Places with prefixes: 'г. Томск', 'г.Томск', 'город Томск', 'ЗАТО Северск', "
            "'с. Богашёво, Томский р-н' and 'пос. Зональная Станция (Томский район)' "
            "(villages in Томский район -> Томский район). Row 21 (INO-3023) is rejected: its "
            "ВБИ cell holds the text 'уточняется'. jobs_planned of INO-3017 is the text '310'. "
            "The update file minprom_update_q4.xlsx is applied on top of this file."),
    }
    dump(exp, "minprom_svod.expected.json")
    return exp


# =============================================================== 2. cluster sheets (envoy's office)
CL_FILE = "sfo_clusters.xlsx"
CL_SHEETS = [
    ("Нефтехимия", "petrochemical", [
        Proj("INO-3024", "Производство полипропиленовой плёнки с барьерными свойствами", None, None,
             "Томск", "in_progress", "2016-05-10", "2019-09-30", tot="1250.0", ext="1100.0",
             jp=95, org="ООО «Томскнефтехим»",
             w=dict(loc="г. Томск", st="реализуется ", e="@q", tot="@plain")),
        Proj("INO-3025", "Производство метанола второй очереди", None, None, "Томский район",
             "planned", "2018-09-01", "2022-12-31", tot="23400.0", ext="23400.0", jp=260,
             org="ООО «Томский метанол»", w=dict(st="Планируемый", e="@y")),
    ]),
    ("Ядерные технологии", "nuclear", [
        Proj("INO-3026", "Производство сверхпроводящих кабелей для термоядерных установок", None,
             None, "Северск", "in_progress", "2015-02-01", "2019-12-31", tot="742.6", ext="512.0",
             jp=85, org="АО «Сибирский химический комбинат»",
             w=dict(loc="ЗАТО Северск", st="РЕАЛИЗУЕТСЯ", s="@text")),
        Proj("INO-3027", "Центр облучения и модификации материалов", None, None, "Томск",
             "completed", "2013-04-01", "2016-10-15", tot="318.4", ext="118.4", jp=40,
             org="Томский политехнический университет", w=dict(loc="г. Томск", st="завершён")),
    ]),
    ("Лесопромышленный", "timber", [
        Proj("INO-3028", "Производство клеёного бруса и домокомплектов", None, None, "Асино",
             "in_progress", "2015-08-15", "2019-06-30", tot="2860.0", ext="2860.0", jp=310,
             org="ООО «Чулымлес»", w=dict(loc="г. Асино", st="в работе", e="@q")),
        Proj("INO-3029", "Лесоперерабатывающий комплекс глубокой переработки", None, None,
             "Колпашево", "suspended", "2014-10-01", "2018-12-31", tot="5120.5", ext="4620.5",
             jp=540, org="ООО «Нарым-Лес»",
             w=dict(loc="г. Колпашево", st="приостановлен", ext="@plain")),
    ]),
    ("Фармацевтика", "pharma", [
        Proj("INO-3030", "Производство лекарственных средств на основе пептидов", None, None,
             "Томск", "planned", "2018-02-01", "2021-12-31", tot="890.0", ext="700.0", jp=120,
             org="ООО «Пептидные технологии»", w=dict(loc="г. Томск", st="планируется")),
        Proj("INO-3031", "Выпуск ветеринарных препаратов", None, None, "Томский район",
             "completed", "2012-09-01", "2015-03-31", tot="146.8", ext="146.8", jp=35,
             org="ООО «ВетБиоФарм»",
             w=dict(loc="д. Кисловка, Томский р-н", st="Проект завершен", e="@q")),
        Proj("INO-3038", "Производство генно-инженерного инсулина", None, None, "Томск",
             "planned", "2019-03-01", "2018-12-31", tot="1450.0", ext="1200.0", jp=110,
             org="ООО «Сибинсулин»", w=dict(loc="г. Томск", st="планируется"),
             reject=("end_date", "end date before start date")),
    ]),
    ("Медтехника и ИТ", "medtech_it", [
        Proj("INO-3032", "Производство аппаратов для малоинвазивной хирургии", None, None, "Томск",
             "in_progress", "2016-01-20", "2019-12-31", tot="410.3", ext="350.3", jp=75,
             org="ООО «МИТ-Сибирь»", w=dict(loc="г. Томск", s="@text")),
        Proj("INO-3033", "Центр обработки данных регионального уровня", None, None, "Северск",
             "planned", "2018-06-01", "2020-12-31", tot="1780.0", ext="1480.0", jp=60,
             org="АО «Северский ЦОД»", w=dict(loc="г. Северск", st="Планируется")),
    ]),
    ("Дикоросы", "wildlife", [
        Proj("INO-3034", "Заготовка и глубокая переработка черники и брусники", None, None,
             "Колпашево", "in_progress", "2016-07-01", "2018-12-31", tot="96.2", ext="90.2",
             jp=50, org="ООО «Нарымские дары»", w=dict(loc="г. Колпашево", e="@yn")),
        Proj("INO-3035", "Производство кедрового масла холодного отжима", None, None,
             "Томский район", "completed", "2013-05-15", "2015-11-30", tot="58.7", ext="58.7",
             jp=25, org="ООО «Кедровый край»",
             w=dict(loc="с. Корнилово (Томский район)", st="завершен")),
    ]),
    ("ТрИЗ", "hard_to_recover", [
        Proj("INO-3036", "Пилотный проект термогазового воздействия на пласт", None, None,
             "Стрежевой", "in_progress", "2015-03-01", "2020-12-31", tot="4200.0", ext="4200.0",
             jp=70, org="ПАО «Томская нефтяная компания»",
             w=dict(loc="г. Стрежевой", st="Реализуется")),
        Proj("INO-3037", "Полигон испытаний технологий добычи трудноизвлекаемой нефти", None,
             None, "Стрежевой", "planned", "2018-10-01", "2023-12-31", tot="9650.0", ext="8900.0",
             jp=150, org="ООО «Стрежевской нефтесервис»", w=dict(st="планируется", e="@q")),
    ]),
]
CL_COLS = [
    (("Идентификатор проекта",), "code"),
    (("Наименование",), "name"),
    (("Территория",), "location"),
    (("Текущее состояние",), "status"),
    (("Старт",), "start_date"),
    (("Ввод в эксплуатацию\n(план)",), "end_date"),
    (("Общий объём\nинвестиций",), "total_cost_mln"),
    (("Господдержка\n(ФБ + ОБ)",), "!public support federal+regional combined: no canonical field"),
    (("Частные\nинвестиции",), "extra_budgetary_mln"),
    (("Инвестировано с начала\nреализации",), "!invested to date (spent), not the cost"),
    (("Создаваемые рабочие места (план)",), "jobs_planned"),
    (("Инициатор (компания)",), "lead_organization"),
    (("Контактное лицо инициатора",), "!a person's name, not the lead organisation"),
]
CL_LAYOUT = {"Нефтехимия": [0, None, 1], "Ядерные технологии": [0, 1],
             "Лесопромышленный": [0, None, 1], "Фармацевтика": [0, 1, None, 2],
             "Медтехника и ИТ": [0, 1], "Дикоросы": [0, None, 1], "ТрИЗ": [0, None, 1]}
CL_HIDDEN_ROW = ("Дикоросы", "INO-3035")
CL_HIDDEN_COL = ("ТрИЗ", "extra_budgetary_mln")


def build_clusters():
    wb = new_wb("Аппарат полномочного представителя Президента РФ в Сибирском федеральном округе",
                "Мониторинг проектов ИНО «Томск» по кластерам")
    first = True
    records, rejected, sheets, written = [], [], [], {}
    fields = ["code", "name", "cluster"] + [k for k in fields_of(CL_COLS) if k not in ("code", "name")]
    fields = [f for f in FIELDS if f in fields]
    hidden = {}
    for si, (sheet, ckey, projs) in enumerate(CL_SHEETS):
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sheet
        ctx = Ctx("ru", D("0.001"), sheet_cluster=sheet)
        ws["A1"] = f"{CLUSTER_RU[ckey]}: мониторинг реализации инвестиционных проектов"
        ws["A2"] = "(объёмы инвестиций — в млрд рублей; рабочие места — единиц)"
        ws["A3"] = "по данным на 01.01.2018"
        ws["A1"].font = HFONT
        HROW = 5
        write_header(ws, HROW, CL_COLS, 1)
        r = HROW + 1
        data_rows = []
        valid = [p for p in projs if not p.reject]
        layout = CL_LAYOUT[sheet]  # project indexes; None = blank spacer row
        skipped = {}
        for i in layout:
            if i is None:
                skipped[str(r)] = "blank row"
                r += 1
                continue
            p = projs[i]
            for ci, (path, kind) in enumerate(CL_COLS, 1):
                if kind.startswith("!public"):
                    v = num((p.v["total_cost_mln"] - p.v["extra_budgetary_mln"]) * D("0.001"))
                elif kind.startswith("!invested"):
                    v = num(spent(p) * D("0.001"))
                elif kind.startswith("!a person"):
                    v = PEOPLE_RU[(si + i) % len(PEOPLE_RU)]
                else:
                    v = cell_for(p, kind, ctx)
                put(ws, r, ci, v)
            data_rows.append(r)
            if p.reject:
                col = get_column_letter([k for _, k in CL_COLS].index(p.reject[0]) + 1)
                rejected.append({"sheet": sheet, "row": r, "reason": p.reject[1], "column": col,
                                 "code": p.code})
            else:
                p.v["cluster"] = ckey
                records.append(record(p, fields))
                written[p.code] = written_as_for(p, fields, ctx)
            if (sheet, p.code) == CL_HIDDEN_ROW:
                ws.row_dimensions[r].hidden = True
                hidden["row"] = {"sheet": sheet, "row": r, "code": p.code}
            r += 1
        tot_row = r + 1
        ws.cell(tot_row, 2, "Итого по кластеру:").font = HFONT
        for ci, (path, kind) in enumerate(CL_COLS, 1):
            if kind in ("total_cost_mln", "extra_budgetary_mln"):
                ws.cell(tot_row, ci, num(sum(p.v[kind] for p in valid) * D("0.001")))
            elif kind == "jobs_planned":
                ws.cell(tot_row, ci, sum(p.v[kind] for p in valid))
        if sheet == CL_HIDDEN_COL[0]:
            ci = [k for _, k in CL_COLS].index(CL_HIDDEN_COL[1]) + 1
            ws.column_dimensions[get_column_letter(ci)].hidden = True
            hidden["column"] = {"sheet": sheet, "column": get_column_letter(ci),
                                "field": CL_HIDDEN_COL[1]}
        for i, wd in enumerate([14, 46, 26, 18, 12, 14, 12, 12, 12, 14, 12, 30, 24], 1):
            if ws.column_dimensions[get_column_letter(i)].hidden:
                continue
            ws.column_dimensions[get_column_letter(i)].width = wd
        sheets.append({"sheet": sheet, "cluster": ckey, "title_A1": ws["A1"].value,
                       "header_row": HROW, "data_rows": data_rows,
                       "skipped_rows": {**skipped, str(tot_row): "totals"}})
    ws = wb.create_sheet("Пояснения")
    for i, line in enumerate([
        "Мониторинг подготовлен по данным, представленным инициаторами проектов.",
        "Объёмы инвестиций — в млрд рублей, рабочие места — в единицах.",
        "Господдержка — сумма средств федерального и областного бюджетов.",
        "Лист каждого кластера содержит проекты этого кластера; строки «Итого» — справочные.",
    ], 1):
        ws.cell(i, 1, line)
    ws.column_dimensions["A"].width = 90
    save_wb(wb, HERE / CL_FILE)
    columns, ignored = column_lists(CL_COLS)
    exp = {
        "file": CL_FILE, "refused": False, "fields": fields, "record_count": len(records),
        "records": records, "rejected": rejected,
        "sender": "Аппарат полномочного представителя Президента РФ в СФО (federal-district "
                  "envoy's office): one sheet per cluster",
        "columns": columns, "ignored_columns": ignored,
        "sheets": sheets, "non_data_sheets": ["Пояснения"], "hidden": hidden,
        "units": "млрд рублей, said only in title row 2 of every cluster sheet; converted to "
                 "RUB million",
        "written_as": written,
        "notes": (
            "Seven cluster sheets named by short cluster names ('Нефтехимия', 'Ядерные "
            "технологии', 'Лесопромышленный', 'Фармацевтика', 'Медтехника и ИТ', 'Дикоросы', "
            "'ТрИЗ'); cell A1 of each sheet starts with the full cluster name. The record's "
            "cluster comes from the sheet; there is no cluster column. A last sheet "
            "'Пояснения' is explanatory text (no project table). Title rows 1-3, header row 5, "
            "data from row 6; blank spacer rows between projects on some sheets; an "
            "'Итого по кластеру:' row (totals) after the data on every sheet. The money unit "
            "is only in title row 2 '(объёмы инвестиций — в млрд рублей; ...)': headers "
            "'Общий объём инвестиций' and 'Частные инвестиции' carry no unit; values are "
            "billions (1.25 = 1250.0 mln) and are given here in RUB million; some are text "
            "with a decimal comma ('1,25'). 'Частные инвестиции' = extra_budgetary_mln. "
            "'Ввод в эксплуатацию (план)' = end_date. Not imported: 'Господдержка (ФБ + ОБ)' "
            "(federal and regional combined), 'Инвестировано с начала реализации' (spent to "
            "date), 'Контактное лицо инициатора' (a person). Row 9 on 'Фармацевтика' "
            "(INO-3038) is rejected: end date 31.12.2018 before start 01.03.2019. Row 8 on "
            "'Дикоросы' is hidden and column I ('Частные инвестиции') on 'ТрИЗ' is hidden: "
            "both are data. Statuses: 'реализуется ' (trailing space), 'РЕАЛИЗУЕТСЯ', "
            "'Планируемый', 'Проект завершен', 'в работе'. End dates also as 'III кв. 2019', "
            "'2022' (text) and 2018 (number in a General cell)."),
    }
    dump(exp, "sfo_clusters.expected.json")
    return exp


# =============================================================== 3. English tracker (university)
EN_FILE = "tsu_project_office.xlsx"
EN_PROJECTS = [
    Proj("INO-3039", "Инжиниринговый центр радиационных технологий", "nuclear",
         "science_education", "Томск", "in_progress", "2015-09-01", "2019-12-31", fed="320.0",
         reg="40.0", ext="90.0", jp=60, jc=35, org="Томский политехнический университет",
         w=dict(cl="Nuclear", st="Under way", e="@qen"), x=dict(note="Joint lab agreement signed")),
    Proj("INO-3040", "Центр доклинических исследований лекарственных средств", "pharma",
         "science_education", "Томск", "completed", "2012-03-01", "2015-06-30", fed="210.0",
         reg="30.0", ext="60.0", jp=45, jc=45, org="Сибирский государственный медицинский университет",
         w=dict(cl="Pharmaceuticals")),
    Proj("INO-3041", "Разработка программных комплексов для цифровой медицины", "medtech_it",
         "innovation_business", "Томск", "in_progress", "2016-02-15", "2020-12-31", fed=0,
         reg="15.0", ext="135.0", jp=40, jc=18, org="ООО «ТомскМедСофт»",
         prob="Long certification of the software as a medical device",
         w=dict(cl="Medical devices & IT", st="in progress", e="@yn")),
    Proj("INO-3042", "Технологии увеличения нефтеотдачи баженовской свиты", "hard_to_recover",
         "science_education", "Стрежевой", "in_progress", "2016-09-01", "2021-06-30", fed="450.0",
         reg=0, ext="1350.0", jp=80, jc=25, org="Томский политехнический университет",
         w=dict(cl="Hard-to-recover oil", st="Under way", e="@qen")),
    Proj("INO-3043", "Студенческий бизнес-инкубатор «Дружба»", None, "business_environment",
         "Томск", "completed", "2013-09-01", "2014-12-31", fed=0, reg="12.5", ext="3.5", jp=15,
         jc=15, org="Томский государственный университет",
         w=dict(cl="n/a", st="completed ", e="@y")),
    Proj("INO-3044", "Опытное производство композитных сорбентов для нефтяной отрасли",
         "petrochemical", "innovation_business", "Томский район", "planned", "2018-03-31",
         "2020-12-31", fed="60.0", reg="10.0", ext="74.0", jp=25, jc=0, org="ООО «СорбТех»",
         w=dict(cl="Petrochemicals", s="@qen"), x=dict(note="Site selection finalised")),
    Proj("INO-3045", "Умный кампус: энергоэффективное управление зданиями", None, "smart_city",
         "Томск", "in_progress", "2017-01-10", "2019-08-31", fed=0, reg="85.0", ext="40.0", jp=10,
         jc=6, org="Томский государственный университет систем управления и радиоэлектроники",
         prob="Tender for the building-management contractor re-announced twice"),
    Proj("INO-3046", "Лаборатория лесной генетики и селекции кедра", "timber", "science_education",
         "Томский район", "completed", "2012-06-01", "2014-11-30", fed="48.0", reg="12.0", ext=0,
         jp=12, jc=12, org="Томский государственный университет",
         w=dict(cl="Forestry & timber")),
    Proj("INO-3047", "Производство радионуклидных генераторов для ПЭТ-диагностики", "nuclear",
         "industry", "Северск", "planned", "2018-05-01", "2021-12-31", fed="270.0", reg="30.0",
         ext="400.0", jp=55, jc=0, org="АО «Сибирский химический комбинат»",
         prob="Licence from Rostekhnadzor pending",
         w=dict(cl="nuclear technologies", e="@y")),
    Proj("INO-3048", "Технология экстракции биологически активных веществ из дикоросов",
         "wildlife", "innovation_business", "Колпашево", "suspended", "2016-04-01", "2019-03-31",
         fed=0, reg="20.0", ext="62.0", jp=20, jc=4, org="ООО «Нарымские дары»",
         prob="Investor withdrew; a new partner is sought",
         w=dict(cl="Wildlife resources", st="On hold", e="@qen")),
    Proj("INO-3049", "Центр прототипирования медицинских изделий", "medtech_it", "industry",
         "Томск", "in_progress", "2016-11-01", "2019-11-30", fed="110.0", reg="25.0", ext="65.0",
         jp=30, jc=22, org="Сибирский государственный медицинский университет",
         w=dict(cl="MedTech & IT", st="Under way")),
    Proj("INO-3050", "Образовательный центр подготовки кадров для атомной отрасли", "nuclear",
         "science_education", "Северск", "completed", "2013-01-15", "2016-08-31", fed="140.0",
         reg="35.0", ext="25.0", jp=28, jc=28,
         org="Северский технологический институт НИЯУ МИФИ", w=dict(cl="Nuclear")),
    Proj("INO-3051", "Пилотное производство таблетированных форм на основе пантов", "pharma",
         "industry", "Томский район", "suspended", "2015-05-01", "2018-12-31", fed=0, reg=0,
         ext="96.5", jp=30, jc=8, org="ООО «Сибирские панты»",
         prob="Raw material supply contract terminated", w=dict(cl="Pharma", e="@qen")),
    Proj("INO-3052", "Цифровой двойник городской теплосети", None, "smart_city", "Томск",
         "planned", "2018-09-01", "2020-12-31", fed=0, reg="64.0", ext="16.0", jp=8, jc=0,
         org="Томский политехнический университет",
         w=dict(cl="n/a", st="planned", e="@qen")),
]
EN_REJECT = Proj("INO-3053", "Спутниковая платформа мониторинга лесов", None,
                 "innovation_business", "Томск", "planned", "2018-01-01", "2020-12-31", fed=0,
                 reg=0, ext="45.0", jp=10, jc=0, org="ООО «СпутникЛес»",
                 w=dict(cl="Space industry"),
                 reject=("cluster", "unknown cluster 'Space industry'"))
FUND = "Funding,\nRUB thousand"
EN_COLS = [
    (("#",), "!row number"),
    (("INO ref.",), "code"),
    (("Project",), "name"),
    (("Sector",), "cluster"),
    (("Priority area",), "work_area"),
    (("Location",), "location"),
    (("Stage",), "status"),
    (("Start",), "start_date"),
    (("Finish\n(target)",), "end_date"),
    ((FUND, "Total"), "total_cost_mln"),
    ((FUND, "Federal budget"), "federal_budget_mln"),
    ((FUND, "Regional budget"), "regional_budget_mln"),
    ((FUND, "Private\n(non-budget)"), "extra_budgetary_mln"),
    ((FUND, "Spent to date"), "!spent to date, not the cost"),
    ((FUND, "FY2018\nallocation"), "!one-year slice (FY2018), not the cost"),
    (("Jobs", "planned"), "jobs_planned"),
    (("Jobs", "created to date"), "jobs_created"),
    (("Lead organisation",), "lead_organization"),
    (("Principal investigator",), "!a person's name, not the lead organisation"),
    (("Completion, %",), "!percent complete (not a completion date)"),
    (("Key issues",), "problems"),
    (("Comments",), "!remarks, not problems"),
]


def build_english():
    wb = new_wb("TSU Project Office", "INO Tomsk partner projects tracker")
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "INO Tomsk — projects with university participation: status tracker"
    ws["A2"] = "Prepared by the University Project Office, as of 1 October 2017"
    ws["A1"].font = HFONT
    HTOP = 4
    write_header(ws, HTOP, EN_COLS, 2)
    ctx = Ctx("en", D(1000), date_fmt="d mmm yyyy")
    rows = EN_PROJECTS[:9] + [EN_REJECT] + EN_PROJECTS[9:]
    r = HTOP + 2
    first = r
    rowmap = {}
    for seq, p in enumerate(rows, 1):
        t = p.v["total_cost_mln"]
        for ci, (path, kind) in enumerate(EN_COLS, 1):
            if kind == "!row number":
                v = seq
            elif kind.startswith("!spent"):
                v = num(spent(p) * 1000)
            elif kind.startswith("!one-year"):
                v = num(q1(t * D("0.2")) * 1000) if p.v["status"] in ("planned", "in_progress") else None
            elif kind.startswith("!a person"):
                v = PEOPLE_EN[seq % len(PEOPLE_EN)]
            elif kind.startswith("!percent"):
                v = {"completed": 100, "in_progress": 55, "planned": 0, "suspended": 20}[p.v["status"]]
            elif kind.startswith("!remarks"):
                v = p.x.get("note")
            else:
                v = cell_for(p, kind, ctx)
            put(ws, r, ci, v, date_fmt="d mmm yyyy", num_fmt="#,##0" if kind in MONEY else None)
        rowmap[p.code] = r
        r += 1
    lastdata = r - 1
    foot = r + 1
    ws.cell(foot, 1, "Source: monthly reports of project leads; figures in RUB thousand.")
    for i, wd in enumerate([4, 10, 46, 22, 28, 16, 12, 12, 12, 12, 12, 12, 12, 12, 12, 9, 9, 40,
                            20, 11, 40, 26], 1):
        ws.column_dimensions[get_column_letter(i)].width = wd
    ws2 = wb.create_sheet("Read me")
    for i, line in enumerate([
        "This workbook tracks INO Tomsk projects in which the University takes part.",
        "Funding columns are in RUB thousand; Spent to date is cumulative actual spending.",
        "Finish (target): planned completion date, quarter or year as reported by the lead.",
        "Completion, % is the share of works done, not a date.",
    ], 1):
        ws2.cell(i, 1, line)
    save_wb(wb, HERE / EN_FILE)
    fields = fields_of(EN_COLS)
    columns, ignored = column_lists(EN_COLS)
    col_of = {k: get_column_letter(i) for i, (_, k) in enumerate(EN_COLS, 1)}
    p = EN_REJECT
    exp = {
        "file": EN_FILE, "refused": False, "fields": fields, "record_count": len(EN_PROJECTS),
        "records": [record(p, fields) for p in EN_PROJECTS],
        "rejected": [{"sheet": "Tracker", "row": rowmap[p.code], "reason": p.reject[1],
                      "column": col_of[p.reject[0]], "code": p.code}],
        "sender": "University Project Office (English tracker of projects with university "
                  "participation)",
        "data_sheet": "Tracker", "non_data_sheets": ["Read me"],
        "columns": columns, "ignored_columns": ignored,
        "header_rows": [HTOP, HTOP + 1], "data_rows": [first, lastdata],
        "skipped_rows": {str(foot): "footnote"},
        "units": "RUB thousand (said in the parent header 'Funding, RUB thousand'), converted "
                 "to RUB million",
        "written_as": {p.code: written_as_for(p, fields, ctx) for p in EN_PROJECTS},
        "notes": (
            "Data on sheet 'Tracker'; sheet 'Read me' is explanatory text. Title rows 1-2, "
            "two-level merged header in rows 4-5 ('Funding, RUB thousand / Total', 'Jobs / "
            "planned'), data rows 6-20, footnote row 22. Money is in RUB thousand (unit only in "
            "the parent header) and is given here in RUB million; all money cells are real "
            "numbers. English values: sectors 'Nuclear', 'Pharmaceuticals', 'Medical devices & "
            "IT', 'MedTech & IT', 'Hard-to-recover oil', 'Petrochemicals', 'Forestry & timber', "
            "'Wildlife resources', 'nuclear technologies', 'Pharma'; 'n/a' or empty = no "
            "cluster; priority areas 'Science & education', 'Tech innovation & new businesses', "
            "'Advanced manufacturing' (industry), 'Smart city', 'Business environment'; sites "
            "'Tomsk', 'Tomsk district' (= Томский район), 'Seversk', 'Strezhevoy', 'Kolpashevo'; "
            "stages 'Under way' / 'in progress' (in_progress), 'On hold' (suspended), "
            "'completed ' (trailing space), 'Planned'. Dates: real dates; 'Q4 2019' -> "
            "2019-12-31; the start of INO-3044 is 'Q1 2018' -> 2018-03-31; '2014' (text) and "
            "2020 (number) -> 31 December. Not imported: '#', 'Spent to date', 'FY2018 "
            "allocation', 'Principal investigator' (a person), 'Completion, %' (a percentage, "
            "not the completion date), 'Comments'. Row 15 (INO-3053) is rejected: sector "
            "'Space industry' is not a known cluster. 'Key issues' = problems (English text, "
            "imported as written)."),
    }
    dump(exp, "tsu_project_office.expected.json")
    return exp


# =============================================================== 4. update of the ministry file
UPD_FILE = "minprom_update_q4.xlsx"
UPD_CARRIED = ["code", "name", "status", "end_date", "total_cost_mln", "federal_budget_mln",
               "regional_budget_mln", "extra_budgetary_mln", "extra_budgetary_confirmed_mln",
               "jobs_created"]


class Upd:
    """A row of the update: code_in_file (None = match by name), the target project, changes
    (canonical values), written forms, and how the name differs when matched by name."""

    def __init__(self, code_in_file, target, changes=None, w=None, name_in_file=None,
                 difference=None, reject=None):
        self.code_in_file, self.target = code_in_file, target
        self.changes = {ALIAS.get(k, k): v for k, v in (changes or {}).items()}
        self.w = {ALIAS.get(k, k): v for k, v in (w or {}).items()}
        self.name_in_file, self.difference, self.reject = name_in_file, difference, reject


UPD_NEW = [
    Proj("INO-3054", "Производство литий-ионных аккумуляторов для электротранспорта", st="planned",
         e="2022-12-31", fed=0, reg="100.0", ext="2300.0", conf=0, jc=0,
         w=dict(e="@y")),
    Proj("INO-3055", "Центр компетенций по цифровизации лесного хозяйства", st="in_progress",
         e="2019-12-31", fed="40.0", reg="15.0", ext="30.0", conf="30.0", jc=5,
         w=dict(st="реализуется", e="@q", tot="@plain")),
    Proj("INO-3056", "Расширение производства медицинских шприцев", st="in_progress",
         e="2020-06-30", fed=0, reg="10.0", ext="300.0", conf="250.0", jc=40,
         w=dict(st="Реализуется")),
]
UPD_ROWS = [
    Upd("INO-3001", "INO-3001", dict(st="completed", e="2017-12-15", jc=180),
        w=dict(st="Завершен")),
    Upd("INO-3054", "INO-3054"),
    Upd(None, "INO-3007", dict(st="in_progress", reg="80.0", tot="1282.0"),
        w=dict(st="в стадии реализации"),
        name_in_file="СТРОИТЕЛЬСТВО ЛОГИСТИЧЕСКОГО ЦЕНТРА ЛЕСОПРОМЫШЛЕННОГО ПАРКА",
        difference="upper case"),
    Upd("INO-3002", "INO-3002", dict(st="in_progress", fed="900.0", tot="1405.5"),
        w=dict(st="реализуется", fed="@plain")),
    Upd("INO-3004", "INO-3004", dict(conf="800.0", jc=95), w=dict(st="Реализуется")),
    Upd(None, "INO-3005", None, w=dict(st="Завершён"),
        name_in_file='Центр коллективного пользования "Нанотехнологии"',
        difference='«» quotes written as ""'),
    Upd("INO-3006", "INO-3006", dict(st="in_progress", e="2021-06-30"),
        w=dict(st="в стадии реализации", e="@q")),
    Upd("INO-3010", "INO-3010", None, w=dict(st="реализуется", ext="см. письмо от 12.12.2017"),
        reject=("extra_budgetary_mln", "not a number: 'см. письмо от 12.12.2017'")),
    Upd("INO-3009", "INO-3009", dict(ext="300.0", tot="450.0"), w=dict(st="Планируется")),
    Upd(None, "INO-3019", dict(ext="190.0", conf="190.0", tot="212.0"),
        w=dict(st="завершен"),
        name_in_file="Производство  фитопрепаратов из лекарственных растений Сибири ",
        difference="double space, trailing space"),
    Upd("INO-3055", "INO-3055"),
    Upd("INO-3013", "INO-3013", dict(jc=420), w=dict(tot="@ru")),
    Upd("INO-3016", "INO-3016", None, w=dict(st="в процессе реализации", e="@text")),
    Upd(None, "INO-3014", dict(st="in_progress", jc=30), w=dict(st="Реализуется"),
        name_in_file="строительство завода по производству древесных топливных гранул",
        difference="first letter in lower case"),
    Upd("INO-3017", "INO-3017", dict(st="suspended"), w=dict(st="Приостановлен", tot="@nb")),
    Upd(None, "INO-3011", dict(jc=35), w=dict(st="Реализуется"),
        name_in_file="Лаборатория испытаний и приемки нефтегазового оборудования",
        difference="ё written as е"),
    Upd("INO-3020", "INO-3020", None, w=dict(st="Планируется")),
    Upd("INO-3056", "INO-3056"),
]
BLN = "млрд руб."
UPD_COLS = [
    (("Рег. № проекта",), "code"),
    (("Наименование проекта",), "name"),
    (("Статус\n(на 01.01.2018)",), "status"),
    (("Срок окончания\n(уточнённый)",), "end_date"),
    ((f"Полная стоимость проекта,\n{BLN}",), "total_cost_mln"),
    ((f"ФБ,\n{BLN}",), "federal_budget_mln"),
    ((f"ОБ,\n{BLN}",), "regional_budget_mln"),
    ((f"ВБИ,\n{BLN}",), "extra_budgetary_mln"),
    ((f"в т.ч. ВБИ подтверждённые,\n{BLN}",), "extra_budgetary_confirmed_mln"),
    ((f"Изменение стоимости\nк предыдущему отчёту, {BLN}",), "!change against the previous report (a delta), not the cost"),
    ((f"Освоено в 2017 году,\n{BLN}",), "!spent in 2017 (one-year slice), not the cost"),
    (("Создано рабочих мест\n(нарастающим итогом)",), "jobs_created"),
]


def build_update(base_exp):
    base = {p.code: p for p in MIN_PROJECTS}
    state = {r["code"]: dict(r) for r in base_exp["records"]}
    order = [r["code"] for r in base_exp["records"]]
    new_by_code = {p.code: p for p in UPD_NEW}
    wb = new_wb("Министерство промышленности, торговли и предпринимательства Томской области",
                "Актуализация ИНО «Томск», IV квартал 2017")
    ws = wb.active
    ws.title = "IV квартал 2017"
    ws["A1"] = "Министерство промышленности, торговли и предпринимательства Томской области"
    ws["A2"] = "Актуализированные сведения о проектах ИНО «Томск» за IV квартал 2017 г."
    ws["A1"].font = HFONT
    HROW = 4
    write_header(ws, HROW, UPD_COLS, 1)
    ctx = Ctx("ru", D("0.001"))
    r = HROW + 1
    first = r
    rejected, changed, new_codes, matched, written = [], [], [], [], {}
    col_of = {k: get_column_letter(i) for i, (_, k) in enumerate(UPD_COLS, 1)}
    sum_rows = []
    for u in UPD_ROWS:
        if u.target in new_by_code:
            p = new_by_code[u.target]
            p.v["total_cost_mln"] = p.v["total_cost_mln"]
        else:
            src = base[u.target]
            p = Proj(src.code, src.v["name"])
            p.v = dict(src.v)
            p.mb = src.mb
            for k, v in u.changes.items():
                if k in MONEY:
                    v = m(v)
                elif k in DATES:
                    v = d(v)
                p.v[k] = v
            p.w = dict(u.w)
            # sanity: total = parts (+ municipal, not carried) and end after start
            assert p.v["total_cost_mln"] == p.v["federal_budget_mln"] + p.v["regional_budget_mln"] \
                + p.mb + p.v["extra_budgetary_mln"], u.target
            assert p.v["end_date"] >= p.v["start_date"], u.target
        for ci, (path, kind) in enumerate(UPD_COLS, 1):
            if kind == "code":
                v = u.code_in_file
            elif kind == "name":
                v = u.name_in_file if u.name_in_file is not None else p.v["name"]
            elif kind.startswith("!change"):
                if u.target in new_by_code:
                    v = None
                else:
                    v = num((p.v["total_cost_mln"] - base[u.target].v["total_cost_mln"]) * D("0.001"))
            elif kind.startswith("!spent"):
                v = num(q1(p.v["total_cost_mln"] * D("0.1")) * D("0.001")) \
                    if p.v["status"] == "in_progress" else 0
            else:
                v = cell_for(p, kind, ctx)
            put(ws, r, ci, v)
        if u.reject:
            rejected.append({"sheet": ws.title, "row": r, "reason": u.reject[1],
                             "column": col_of[u.reject[0]], "code": u.target})
        else:
            sum_rows.append(p)
            written[u.target] = written_as_for(p, [f for f in UPD_CARRIED], ctx)
            if u.target in new_by_code:
                rec = {f: None for f in FIELDS}
                for f in UPD_CARRIED:
                    rec[f] = jv(p.v[f])
                state[u.target] = rec
                order.append(u.target)
                new_codes.append(u.target)
            else:
                before = dict(state[u.target])
                for f in UPD_CARRIED:
                    if f == "name":
                        continue  # code-matched rows repeat the stored name; name-matched keep it
                    state[u.target][f] = jv(p.v[f])
                if state[u.target] != before:
                    changed.append(u.target)
            if u.code_in_file is None:
                matched.append({"code": u.target, "name_in_file": u.name_in_file,
                                "difference": u.difference, "row": r})
        r += 1
    lastdata = r - 1
    tot_row = r + 1
    ws.cell(tot_row, 2, "Итого").font = HFONT
    for ci, (path, kind) in enumerate(UPD_COLS, 1):
        if kind in MONEY:
            ws.cell(tot_row, ci, num(sum(p.v[kind] for p in sum_rows) * D("0.001")))
    foot = tot_row + 2
    ws.cell(foot, 1, "* Стоимостные показатели приведены в млрд рублей; строки без "
                     "регистрационного номера — по наименованию проекта.")
    ws.merge_cells(start_row=foot, start_column=1, end_row=foot, end_column=len(UPD_COLS))
    for i, wd in enumerate([14, 58, 20, 16, 16, 10, 10, 10, 16, 18, 14, 18], 1):
        ws.column_dimensions[get_column_letter(i)].width = wd
    save_wb(wb, HERE / UPD_FILE)
    columns, ignored = column_lists(UPD_COLS)
    changed = [c for c in order if c in changed]
    coded = [u for u in UPD_ROWS if u.code_in_file and u.target not in new_by_code]
    n_coded_changed = len([u for u in coded if u.target in changed])
    unchanged = [u.target for u in coded if u.target not in changed and not u.reject]
    rej_u = [u for u in coded if u.reject][0]
    exp = {
        "file": UPD_FILE, "refused": False, "fields": list(FIELDS), "record_count": len(order),
        "records": [state[c] for c in order], "rejected": rejected, "base_file": MIN_FILE,
        "sender": "Министерство промышленности, торговли и предпринимательства Томской области: "
                  "quarterly update of minprom_svod.xlsx on a different form",
        "columns": columns, "ignored_columns": ignored,
        "header_row": HROW, "data_rows": [first, lastdata],
        "skipped_rows": {str(tot_row): "totals", str(foot): "footnote"},
        "carried_fields": UPD_CARRIED,
        "changed_codes": changed, "new_codes": new_codes, "matched_by_name": matched,
        "units": "млрд руб., said in every money header; converted to RUB million",
        "written_as": written,
        "notes": (
            "Import minprom_svod.xlsx first, then this file; 'records' is the resulting state "
            "of all projects (base order, then the new ones in file order). Sheet "
            "'IV квартал 2017', title rows 1-2, header row 4, data rows 5-22, row 24 'Итого', "
            "row 26 a footnote. Money in млрд руб. (1.8406 = 1840.6 mln), some cells as text "
            "with a decimal comma; 'Изменение стоимости к предыдущему отчёту' (a delta) and "
            "'Освоено в 2017 году' (one-year slice) are not imported. The file carries code, "
            "name, status, end_date, the five money fields and jobs_created; every other field "
            "keeps its earlier value, and new projects (INO-3054..3056) have null there. "
            f"{len(coded)} rows carry a known code ({n_coded_changed} change something, "
            f"{' and '.join(unchanged)} are re-sent unchanged; {rej_u.target} row "
            f"{rejected[0]['row']} is rejected because its ВБИ cell is the text "
            "'см. письмо от 12.12.2017', so it keeps its earlier values). 5 rows have an "
            "empty code and match a stored project by name (upper case, \"\" for «», double "
            "and trailing space, lower-case first letter, е for ё); a project matched by name "
            "keeps its stored name. 3 rows carry new codes. Code-matched rows repeat the stored "
            "name exactly. Status 'в стадии реализации' = in_progress."),
    }
    dump(exp, "minprom_update_q4.expected.json")
    return exp


# =============================================================== 5. CSV export (municipal centre)
CSV_FILE = "invest_center_export.csv"
CSV_PROJECTS = [
    Proj("INO-3057", "Производство биоразлагаемых упаковочных материалов", "petrochemical",
         "industry", "Томск", "in_progress", "2016-03-01", "2019-12-31", fed=0, reg="35.0",
         ext="412.5", conf="300.0", jp=70, jc=30, org="ООО «ЭкоПак Сибирь»",
         prob="Не завершено подключение к сетям газоснабжения; срок перенесён на 2018 г.",
         w=dict(loc="г. Томск", tot="@ru"), x=dict(note="Данные инициатора")),
    Proj("INO-3058", "Реконструкция городского парка с цифровой навигацией", None, "smart_city",
         "Томск", "completed", "2014-05-15", "2016-09-30", fed=0, reg="45.0", mb="30.0", ext="5.0",
         conf="5.0", jp=6, jc=6, org="МАУ «Томское городское благоустройство»",
         w=dict(cl="—", loc="г. Томск", st="Завершён")),
    Proj("INO-3059", "Технологическая платформа «Умное ЖКХ»", None, "smart_city", "Северск",
         "planned", "2018-02-01", "2020-12-31", fed=0, reg="22.0", mb="8.0", ext="70.0", conf=0,
         jp=15, jc=0, org="АО «Северские информационные системы»",
         w=dict(loc="ЗАТО Северск", e="@q")),
    Proj("INO-3060", "Бизнес-инкубатор для резидентов ТОСЭР «Северск»", None,
         "business_environment", "Северск", "in_progress", "2016-09-01", "2019-12-31",
         fed="60.0", reg="20.0", mb="10.0", ext=0, conf=0, jp=30, jc=12,
         org="АНО «Агентство развития Северска»",
         w=dict(cl="—", loc="г. Северск", st="В стадии реализации", e="@y")),
    Proj("INO-3061", "Выпуск стерилизационного оборудования для клиник", "medtech_it", "industry",
         "Томск", "in_progress", "2017-01-10", "2020-06-30", fed="40.0", reg="10.0", ext="150.0",
         conf="120.0", jp=45, jc=15, org="ООО «Медтехника Томск»",
         prob='Инвестор просит "дорожную карту" по субсидиям',
         w=dict(cl="кластер медтехники и ИТ", loc="г. Томск")),
    Proj("INO-3062", "Производство древесно-полимерного композита", "timber",
         "innovation_business", "Томский район", "suspended", "2015-04-01", "2018-12-31", fed=0,
         reg=0, ext="128.0", conf="40.0", jp=35, jc=5, org="ООО «ДПК-Томск»",
         prob="Инвестор приостановил финансирование", w=dict(st="приостановлен ")),
    Proj("INO-3063", "Гидроразрыв пласта нового поколения для трудноизвлекаемых запасов",
         "hard_to_recover", "industry", "Стрежевой", "planned", "2018-07-01", "2023-12-31", fed=0,
         reg=0, ext="6400.0", conf="1200.0", jp=90, jc=0, org="ПАО «Томская нефтяная компания»",
         w=dict(cl="ТрИЗ", loc="г. Стрежевой", st="Планируется", e="@yg", tot="@ru", ext="@ru")),
    Proj("INO-3064", "Производство таблетированных пробиотиков", "pharma", "industry", "Томск",
         "completed", "2013-03-20", "2015-12-15", fed=0, reg="12.0", ext="88.0", conf="88.0",
         jp=40, jc=40, org="ООО «Пробиотик-Сибирь»",
         w=dict(cl="фармацевтический кластер", loc="г. Томск", st="Завершен")),
    Proj("INO-3065", "Комбинат по переработке дикорастущих грибов", "wildlife", "industry",
         "Колпашево", "in_progress", "2016-06-01", "2019-12-31", fed=0, reg="8.0", mb="2.0",
         ext="64.0", conf="50.0", jp=45, jc=20, org="ООО «Нарымские дары»",
         w=dict(loc="г. Колпашево", st="В работе", e="@q")),
    Proj("INO-3066", "Центр протонной терапии", "nuclear", "science_education", "Томск",
         "planned", "2019-01-01", "2023-12-31", fed="4200.0", reg="800.0", ext="2500.0", conf=0,
         jp=180, jc=0, org="ФГБНУ «Томский национальный исследовательский медицинский центр»",
         prob="Не определён земельный участок",
         w=dict(cl="ядерные технологии", tot="@ru", fed="@ru")),
    Proj("INO-3067", "Многофункциональный центр поддержки предпринимателей", None,
         "business_environment", "Асино", "completed", "2014-02-01", "2015-11-30", fed=0,
         reg="18.0", mb="4.0", ext=0, conf=0, jp=10, jc=10,
         org="Фонд поддержки малого предпринимательства",
         w=dict(cl="—", loc="г. Асино", st="завершён")),
    Proj("INO-3068", "Производство изоляционных материалов из вспененного полиэтилена",
         "petrochemical", "industry", "Томский район", "in_progress", "2016-10-01", "2019-03-31",
         fed=0, reg="6.5", ext="243.5", conf="243.5", jp=55, jc=25, org="ООО «Полифом-Т»",
         w=dict(cl="Нефтехимия", loc="с. Тимирязевское, Томский р-н", st="Реализуется",
                e="@qfull")),
]
CSV_COLS = [
    (("№ п/п",), "!row number"),
    (("Код ИНО",), "code"),
    (("Наименование объекта инвестиций",), "name"),
    (("Кластер",), "cluster"),
    (("Направление программы ИНО",), "work_area"),
    (("Муниципальное образование",), "location"),
    (("Стадия проекта",), "status"),
    (("Начало реализации",), "start_date"),
    (("Окончание реализации",), "end_date"),
    (("Общая стоимость, тыс.руб.",), "total_cost_mln"),
    (("ФБ, тыс.руб.",), "federal_budget_mln"),
    (("ОБ, тыс.руб.",), "regional_budget_mln"),
    (("МБ, тыс.руб.",), "!municipal budget (МБ): not a canonical field"),
    (("ВБИ, тыс.руб.",), "extra_budgetary_mln"),
    (("в т.ч. ВБИ по заключённым соглашениям, тыс.руб.",), "extra_budgetary_confirmed_mln"),
    (("Раб. мест по плану",), "jobs_planned"),
    (("Раб. мест создано",), "jobs_created"),
    (("Инициатор проекта",), "lead_organization"),
    (("Ответственный исполнитель (ФИО, тел.)",), "!a person's name and phone, not the lead organisation"),
    (("Проблемы и риски",), "problems"),
    (("Примечание",), "!remarks, not problems"),
    (("Дата актуализации",), "!date the row was last updated, not a project date"),
]
CSV_PEOPLE = ["Андреева О.В., 8 (3822) 53-10-01", "Руденко П.С., 8 (3822) 53-10-02",
              "Юсупова Д.Р., 8 (3822) 53-10-03"]


def build_csv():
    ctx = Ctx("ru", D(1000), csv=True)
    out = io.StringIO()
    wr = csv.writer(out, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL,
                    lineterminator="\r\n")
    wr.writerow([path[0] for path, _ in CSV_COLS])
    for seq, p in enumerate(CSV_PROJECTS, 1):
        row = []
        for path, kind in CSV_COLS:
            if kind == "!row number":
                v = str(seq)
            elif kind.startswith("!municipal"):
                v = ru(p.mb * 1000, "")
            elif kind.startswith("!a person"):
                v = CSV_PEOPLE[seq % 3]
            elif kind.startswith("!remarks"):
                v = p.x.get("note", "")
            elif kind.startswith("!date"):
                v = "15.01.2018"
            else:
                v = cell_for(p, kind, ctx)
            row.append("" if v is None else str(v))
        wr.writerow(row)
    (HERE / CSV_FILE).write_bytes(out.getvalue().encode("cp1251"))
    fields = fields_of(CSV_COLS)
    columns, ignored = column_lists(CSV_COLS)
    exp = {
        "file": CSV_FILE, "refused": False, "fields": fields, "record_count": len(CSV_PROJECTS),
        "records": [record(p, fields) for p in CSV_PROJECTS], "rejected": [],
        "sender": "МАУ «Центр инвестиций» (municipal investment centre): export from its "
                  "project register",
        "encoding": "cp1251", "delimiter": ";", "header_line": 1,
        "columns": columns, "ignored_columns": ignored,
        "units": "тыс.руб. in every money header; converted to RUB million",
        "written_as": {p.code: written_as_for(p, fields, ctx) for p in CSV_PROJECTS},
        "notes": (
            "Text file, Windows-1251, no BOM, CRLF, ';' separator, fields with ';' or '\"' in "
            "double quotes with inner quotes doubled. Line 1 is the header, lines 2-13 one "
            "project each. Money in thousand roubles ('тыс.руб.' without a space in every money "
            "header), decimal comma, some with a space as thousands separator ('447 500,0'); "
            "given here in RUB million. Dates dd.mm.yyyy; end dates also 'IV кв. 2020', "
            "'I квартал 2019' (quarter -> last day), '2019' and '2023 г.' (year -> 31 December). "
            "Not imported: '№ п/п', 'МБ' (municipal budget), 'Ответственный исполнитель (ФИО, "
            "тел.)' (a person), 'Примечание' (remarks), 'Дата актуализации' (the date the row "
            "was updated). 'Муниципальное образование' = location ('ЗАТО Северск', "
            "'с. Тимирязевское, Томский р-н' -> Томский район). Empty or '—' cluster = no "
            "cluster."),
    }
    dump(exp, "invest_center_export.expected.json")
    return exp


# =============================================================== 6. technopark resident register
TP_FILE = "technopark_residents.xlsx"
TP_PROJECTS = [
    Proj("INO-3069", "Разработка систем машинного зрения для промышленности", "medtech_it", None,
         "Томск", "in_progress", "2016-04-01", "2019-12-31", tot="85.0", ext="85.0", jp=35,
         org="ООО «Визион Лаб»",
         w=dict(cl="Медтехника и ИТ", loc="Томск, ул. Вершинина, 76", st="Реализуется"),
         x=dict(reg_no="ТП-014", since="2016-02-10", area=240, head="Орлов К.Д.")),
    Proj("INO-3070", "Производство датчиков для нефтедобычи", "hard_to_recover", None, "Томск",
         "planned", "2018-03-01", "2020-12-31", tot="140.0", ext="120.0", jp=40,
         org="ООО «Нефтесенсор»", w=dict(cl="ТрИЗ", loc="г. Томск", st="Планируется", s="@text"),
         x=dict(reg_no="ТП-031", since="2017-11-20", area=380, head="Зайцева М.И.")),
    Proj("INO-3071", "Лаборатория синтеза фармацевтических субстанций", "pharma", None,
         "Томский район", "in_progress", "2017-02-01", "2019-06-30", tot="62.4", ext="50.0",
         jp=18, org="ООО «ФармСинтез-Т»",
         w=dict(cl="Фармацевтика", loc="Томский р-н, с. Корнилово", st="в стадии реализации"),
         x=dict(reg_no="ТП-022", since="2016-12-05", area=150, head="Белов С.А.")),
    Proj("INO-3072", "Производство наноструктурированных покрытий для ядерной энергетики",
         "nuclear", None, "Северск", "completed", "2014-01-15", "2016-12-31", tot="48.0",
         ext="48.0", jp=22, org="ООО «НаноКоат»",
         w=dict(cl="Ядерные технологии", loc="ЗАТО Северск", st="Завершен"),
         x=dict(reg_no="ТП-003", since="2013-10-01", area=320, head="Тимофеев Г.Н.")),
    Proj("INO-3073", "Сервис телемедицинских консультаций", "medtech_it", None, "Томск",
         "in_progress", "2017-05-01", "2019-04-30", tot="24.5", ext="20.0", jp=15,
         org="ООО «ТелеМед Томск»", w=dict(cl="Медтехника и ИТ", loc="г. Томск", e="@text"),
         x=dict(reg_no="ТП-027", since="2017-03-14", area=90, head="Лаптева А.О.")),
    Proj("INO-3074", "Производство упаковки из вторичного полимера", "petrochemical", None,
         "Томск", "suspended", "2015-10-01", "2018-10-31", tot="33.0", ext="33.0", jp=20,
         org="ООО «ВторПолимер»", w=dict(cl="Нефтехимия", loc="г. Томск", st="Приостановлен"),
         x=dict(reg_no="ТП-011", since="2015-08-03", area=410, head="Панов Р.В.")),
    Proj("INO-3075", "Переработка клюквы методом сублимационной сушки", "wildlife", None,
         "Томский район", "planned", "2018-08-01", "2020-03-31", tot="18.6", ext="16.0", jp=12,
         org="ООО «Сибирская ягода»", w=dict(cl="Дикоросы", e="@q"),
         x=dict(reg_no="ТП-035", since="2017-12-01", area=200, head="Кравец Н.Б.")),
    Proj("INO-3076", "Станки с ЧПУ для деревообработки", "timber", None, "Томск", "completed",
         "2013-06-01", "2015-12-31", tot="27.9", ext="27.9", jp=16, org="ООО «ДревМаш»",
         w=dict(cl="Лесопромышленный", loc="г. Томск", st="завершён", e="@y"),
         x=dict(reg_no="ТП-006", since="2013-04-22", area=560, head="Гусев Л.П.")),
    Proj("INO-3077", "Электронные компоненты для медицинских томографов", "medtech_it", None,
         "Томск", "in_progress", "2016-09-15", "2020-09-30", tot="112.0", ext="90.0", jp=45,
         org="ООО «ТомоЭлектроника»",
         w=dict(cl="Медтехника и ИТ", loc="г. Томск", st="В работе", e="@q"),
         x=dict(reg_no="ТП-019", since="2016-06-30", area=270, head="Ершова В.К.")),
]
TP_REJECTS = [
    Proj("INO-3078", "Бортовые системы для малых космических аппаратов", None, None, "Томск",
         "in_progress", "2016-02-01", "2019-12-31", tot="75.0", ext="75.0", jp=25,
         org="ООО «Орбита-Т»", w=dict(cl="Аэрокосмический кластер", loc="г. Томск"),
         x=dict(reg_no="ТП-015", since="2016-01-12", area=180, head="Сергеев И.Л."),
         reject=("cluster", "unknown cluster 'Аэрокосмический кластер'")),
    Proj("INO-3079", "Производство катализаторов нефтепереработки", "petrochemical", None,
         "Томский район", "planned", "2017-01-01", "2016-06-30", tot="58.0", ext="58.0", jp=20,
         org="ООО «КатаЛит»", w=dict(cl="Нефтехимия", loc="Томский р-н", s="@text"),
         x=dict(reg_no="ТП-024", since="2016-11-15", area=300, head="Фомина Е.Г."),
         reject=("end_date", "end date before start date")),
    Proj("INO-3080", "Мобильное приложение для городской навигации", "medtech_it", None, "Томск",
         "planned", "2018-04-01", "2019-06-30", tot=None, ext="6.0", jp=8,
         org="ООО «ГородГид»",
         w=dict(cl="Медтехника и ИТ", loc="г. Томск", tot="по согласованию"),
         x=dict(reg_no="ТП-036", since="2018-01-10", area=40, head="Жуков А.А."),
         reject=("total_cost_mln", "not a number: 'по согласованию'")),
    Proj("INO-3081", "Производство ферментов для пищевой промышленности", "pharma", None,
         "Томск", "in_progress", "2016-11-01", "2019-10-31", tot="36.0", ext="-5.0", jp=14,
         org="ООО «ФерментПро»", w=dict(cl="Фармацевтика", loc="г. Томск"),
         x=dict(reg_no="ТП-028", since="2016-09-09", area=130, head="Соловьёв Д.Е."),
         reject=("extra_budgetary_mln", "negative amount")),
]
TP_DUP = [
    Proj("INO-3082", "Лазерные системы обработки металла", "medtech_it", None, "Томск",
         "in_progress", "2016-05-01", "2019-05-31", tot="44.0", ext="40.0", jp=18,
         org="ООО «ЛазерТех»", w=dict(cl="Медтехника и ИТ", loc="г. Томск"),
         x=dict(reg_no="ТП-021", since="2016-03-01", area=220, head="Никитин В.С.")),
    Proj("INO-3082", "Лазерные системы обработки металла", "medtech_it", None, "Томск",
         "in_progress", "2016-05-01", "2019-05-31", tot="48.0", ext="40.0", jp=18,
         org="ООО «ЛазерТех»", w=dict(cl="Медтехника и ИТ", loc="г. Томск"),
         x=dict(reg_no="ТП-021", since="2016-03-01", area=220, head="Никитин В.С.")),
]
TP_COLS = [
    (("Рег. № в реестре",), "!technopark register number, not the INO code"),
    (("Шифр проекта ИНО",), "code"),
    (("Резидент",), "lead_organization"),
    (("Проект резидента",), "name"),
    (("Специализация (кластер)",), "cluster"),
    (("Площадка размещения",), "location"),
    (("Статус проекта",), "status"),
    (("Дата включения в реестр",), "!date of entry into the register, not the start date"),
    (("Старт проекта",), "start_date"),
    (("Завершение проекта",), "end_date"),
    (("Инвестиции всего, млн ₽",), "total_cost_mln"),
    (("в т.ч. внебюджетные (средства резидента), млн ₽",), "extra_budgetary_mln"),
    (("Арендуемая площадь, кв. м",), "!leased floor area"),
    (("Рабочие места по бизнес-плану",), "jobs_planned"),
    (("Руководитель",), "!a person's name (director), not the lead organisation"),
]


def build_technopark():
    wb = new_wb("Технопарк «Академический»", "Реестр резидентов")
    ws = wb.active
    ws.title = "Реестр"
    ws["A1"] = "Реестр резидентов технопарка «Академический»: проекты в программе ИНО «Томск»"
    ws["A2"] = "по состоянию на 01.12.2017"
    ws["A1"].font = HFONT
    HROW = 3
    write_header(ws, HROW, TP_COLS, 1)
    ctx = Ctx("ru", D(1))
    p = TP_PROJECTS
    rj = {q.code: q for q in TP_REJECTS}
    # file order: valid rows with bad rows mixed in, one blank row
    order = [p[0], p[1], rj["INO-3078"], TP_DUP[0], p[2], p[3], None, rj["INO-3079"], p[4],
             p[5], rj["INO-3080"], p[6], TP_DUP[1], p[7], rj["INO-3081"], p[8]]
    r = HROW + 1
    first = r
    rowmap, blank_row, dup_rows = {}, None, []
    for q in order:
        if q is None:
            blank_row = r
            ws.cell(r, 4, " ")
            for c in range(1, len(TP_COLS) + 1):
                ws.cell(r, c).border = BOX
            r += 1
            continue
        for ci, (path, kind) in enumerate(TP_COLS, 1):
            if kind.startswith("!technopark"):
                v = q.x["reg_no"]
            elif kind.startswith("!date of entry"):
                v = dt.datetime.fromisoformat(q.x["since"])
            elif kind.startswith("!leased"):
                v = q.x["area"]
            elif kind.startswith("!a person"):
                v = q.x["head"]
            else:
                v = cell_for(q, kind, ctx)
            put(ws, r, ci, v, num_fmt="0.0" if kind in MONEY else None)
        if q.code == "INO-3082":
            dup_rows.append(r)
        else:
            rowmap[q.code] = r
        r += 1
    lastdata = r - 1
    for i, wd in enumerate([10, 12, 24, 46, 22, 28, 18, 14, 12, 12, 12, 18, 12, 14, 18], 1):
        ws.column_dimensions[get_column_letter(i)].width = wd
    save_wb(wb, HERE / TP_FILE)
    fields = fields_of(TP_COLS)
    columns, ignored = column_lists(TP_COLS)
    col_of = {k: get_column_letter(i) for i, (_, k) in enumerate(TP_COLS, 1)}
    rejected = []
    for q in TP_REJECTS:
        rejected.append({"sheet": "Реестр", "row": rowmap[q.code], "reason": q.reject[1],
                         "column": col_of[q.reject[0]], "code": q.code})
    for rr in dup_rows:
        rejected.append({"sheet": "Реестр", "row": rr, "column": col_of["code"],
                         "reason": "duplicate code INO-3082 (rows %d and %d differ)" % tuple(dup_rows),
                         "code": "INO-3082"})
    rejected.sort(key=lambda e: e["row"])
    exp = {
        "file": TP_FILE, "refused": False, "fields": fields, "record_count": len(TP_PROJECTS),
        "records": [record(q, fields) for q in TP_PROJECTS], "rejected": rejected,
        "sender": "Технопарк «Академический» (technopark resident register)",
        "data_sheet": "Реестр",
        "columns": columns, "ignored_columns": ignored,
        "header_row": HROW, "data_rows": [first, lastdata],
        "skipped_rows": {str(blank_row): "blank row"},
        "units": "млн ₽ (RUB million) in the money headers",
        "written_as": {q.code: written_as_for(q, fields, ctx) for q in TP_PROJECTS},
        "notes": (
            "One sheet 'Реестр'; title rows 1-2, header row 3, data rows 4-19. Two code-like "
            "columns: 'Рег. № в реестре' (the technopark's register number 'ТП-014', not "
            "imported) and 'Шифр проекта ИНО' (the INO code). 'Резидент' is the lead "
            "organisation; 'Проект резидента' is the project name; 'Руководитель' is a person "
            "(not imported). 'Дата включения в реестр' is a real date that is NOT the start "
            "date ('Старт проекта'). Money in 'млн ₽' (RUB million). 'Площадка размещения' "
            "holds places with prefixes or addresses ('Томск, ул. Вершинина, 76' -> Томск, "
            "'Томский р-н, с. Корнилово' -> Томский район). 9 rows are imported; 6 rows are "
            "rejected: an unknown cluster ('Аэрокосмический кластер'), an end date before the "
            "start date, the text 'по согласованию' in the total, a negative extra-budgetary "
            "amount (-5.0), and code INO-3082 on two rows whose totals differ (both rows "
            "rejected). Row 10 is a formatted blank row holding a single space: skipped "
            "silently."),
    }
    dump(exp, "technopark_residents.expected.json")
    return exp


def main():
    exps = [build_ministry()]
    exps.append(build_clusters())
    exps.append(build_english())
    exps.append(build_update(exps[0]))
    exps.append(build_csv())
    exps.append(build_technopark())
    for e in exps:
        print(f"{e['file']:32s} records={e['record_count']:3d} rejected={len(e['rejected'])} "
              f"fields={len(e['fields'])}")


if __name__ == "__main__":
    main()
