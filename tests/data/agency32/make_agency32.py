#!/usr/bin/env python3
"""Generator of the agency32 evaluation set for the INO Tomsk portfolio importer.

Writes six input files and one NAME.expected.json beside each, deterministically:
our own minimal SpreadsheetML writer (shared strings, fixed zip entry times, fixed
document properties), so running the script twice gives identical bytes.

Each project is defined once, with canonical values (money: Decimal in RUB million,
dates: datetime.date) and, where the sender wrote it differently, the written form.
The written forms are recorded in each expected file under the top-level key
`written_as`: {code: [[field, canonical, as written], ...]}.

Only /work/shared/samples/README.md and the sample files were consulted to write this.
"""
import csv
import io
import json
import zipfile
from datetime import date
from decimal import Decimal as D
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent

FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date",
          "end_date", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
          "extra_budgetary_mln", "extra_budgetary_confirmed_mln", "jobs_planned",
          "jobs_created", "lead_organization", "problems"]
MONEY = {"total_cost_mln", "federal_budget_mln", "regional_budget_mln",
         "extra_budgetary_mln", "extra_budgetary_confirmed_mln"}
DATES = {"start_date", "end_date"}
JOBS = {"jobs_planned", "jobs_created"}

NBSP = "\u00a0"
ZIP_TIME = (2025, 10, 1, 9, 0, 0)


# ---------------------------------------------------------------- small helpers
def col_letter(c):  # 1-based
    s = ""
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def dec_str(d):
    """Decimal/int -> shortest plain decimal text."""
    if isinstance(d, int):
        return str(d)
    d = D(d)
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


def ru_num(d, decimals=None, sep=NBSP):
    """Russian text form: thousands separated by `sep`, decimal comma."""
    d = D(d)
    if decimals is None:
        decimals = 0 if d == d.to_integral_value() else 1
    q = f"{d:.{decimals}f}"
    neg = q.startswith("-")
    q = q.lstrip("-")
    ip, _, fp = q.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = sep.join(groups)
    if fp:
        out += "," + fp
    return ("-" if neg else "") + out


def ymd(d):
    return d.strftime("%d.%m.%Y")


def yend(y):
    return date(y, 12, 31)


def qend(q, y):
    return {1: date(y, 3, 31), 2: date(y, 6, 30), 3: date(y, 9, 30), 4: date(y, 12, 31)}[q]


def json_val(field, v):
    if v is None:
        return None
    if field in MONEY:
        return float(D(v))
    if field in DATES:
        return v.isoformat()
    if field in JOBS:
        return int(v)
    return v


# ---------------------------------------------------------------- xlsx writer
class Formula:
    def __init__(self, text, cached=None):
        self.text = text          # without leading '='
        self.cached = cached      # None: no cached value stored

    def __repr__(self):
        c = "no cached value" if self.cached is None else f"cached {dec_str(self.cached)}"
        return f"={self.text} ({c})"


class Sheet:
    def __init__(self, name):
        self.name = name
        self.cells = {}
        self.merges = []
        self.hidden_rows = set()
        self.hidden_cols = set()
        self.widths = {}

    def set(self, r, c, value, fmt=None, bold=False, wrap=False, align=None, border=False):
        if value is None:
            return
        self.cells[(r, c)] = (value, (fmt, bold, wrap, align, border))

    def merge(self, r1, c1, r2, c2):
        self.merges.append(f"{col_letter(c1)}{r1}:{col_letter(c2)}{r2}")


BUILTIN_FMT = {None: 0, "General": 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4,
               "0%": 9, "@": 49}


class Book:
    def __init__(self, creator, company):
        self.sheets = []
        self.creator = creator
        self.company = company

    def add(self, name):
        s = Sheet(name)
        self.sheets.append(s)
        return s

    def save(self, path):
        sst, sst_index = [], {}
        numfmts, xfs = {}, [(0, 0, 0, False, None)]
        xf_index = {(0, 0, 0, False, None): 0}

        def style_id(key):
            fmt, bold, wrap, align, border = key
            if fmt in BUILTIN_FMT:
                fid = BUILTIN_FMT[fmt]
            else:
                if fmt not in numfmts:
                    numfmts[fmt] = 164 + len(numfmts)
                fid = numfmts[fmt]
            k = (fid, 1 if bold else 0, 1 if border else 0, bool(wrap), align)
            if k not in xf_index:
                xf_index[k] = len(xfs)
                xfs.append(k)
            return xf_index[k]

        def sidx(s):
            if s not in sst_index:
                sst_index[s] = len(sst)
                sst.append(s)
            return sst_index[s]

        sheet_xml = []
        for si, sh in enumerate(self.sheets):
            rows = {}
            for (r, c), v in sh.cells.items():
                rows.setdefault(r, {})[c] = v
            maxr = max(rows) if rows else 1
            maxc = max(c for (_, c) in sh.cells) if sh.cells else 1
            sel = 'tabSelected="1" ' if si == 0 else ""
            out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   f'<dimension ref="A1:{col_letter(maxc)}{maxr}"/>'
                   f'<sheetViews><sheetView {sel}workbookViewId="0"/></sheetViews>'
                   '<sheetFormatPr defaultRowHeight="15"/>']
            cols = sorted(set(sh.widths) | sh.hidden_cols)
            if cols:
                out.append("<cols>")
                for c in cols:
                    w = sh.widths.get(c, 12)
                    hid = ' hidden="1"' if c in sh.hidden_cols else ""
                    out.append(f'<col min="{c}" max="{c}" width="{w}" customWidth="1"{hid}/>')
                out.append("</cols>")
            out.append("<sheetData>")
            for r in sorted(set(rows) | sh.hidden_rows):
                hid = ' hidden="1"' if r in sh.hidden_rows else ""
                out.append(f'<row r="{r}"{hid}>')
                for c in sorted(rows.get(r, {})):
                    v, key = rows[r][c]
                    ref = f"{col_letter(c)}{r}"
                    s = style_id(key)
                    sa = f' s="{s}"' if s else ""
                    if isinstance(v, Formula):
                        cv = "" if v.cached is None else f"<v>{dec_str(v.cached)}</v>"
                        out.append(f'<c r="{ref}"{sa}><f>{escape(v.text)}</f>{cv}</c>')
                    elif isinstance(v, str):
                        out.append(f'<c r="{ref}"{sa} t="s"><v>{sidx(v)}</v></c>')
                    elif isinstance(v, date):
                        serial = (v - date(1899, 12, 30)).days
                        out.append(f'<c r="{ref}"{sa}><v>{serial}</v></c>')
                    elif isinstance(v, (int, D)):
                        out.append(f'<c r="{ref}"{sa}><v>{dec_str(v)}</v></c>')
                    elif isinstance(v, float):
                        out.append(f'<c r="{ref}"{sa}><v>{repr(v)}</v></c>')
                    else:
                        raise TypeError(v)
                out.append("</row>")
            out.append("</sheetData>")
            if sh.merges:
                out.append(f'<mergeCells count="{len(sh.merges)}">')
                out.extend(f'<mergeCell ref="{m}"/>' for m in sh.merges)
                out.append("</mergeCells>")
            out.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" '
                       'header="0.3" footer="0.3"/></worksheet>')
            sheet_xml.append("".join(out))

        # styles
        st = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">']
        if numfmts:
            st.append(f'<numFmts count="{len(numfmts)}">')
            for f, i in numfmts.items():
                st.append(f'<numFmt numFmtId="{i}" formatCode="{escape(f, {chr(34): "&quot;"})}"/>')
            st.append("</numFmts>")
        st.append('<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
                  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
                  '<fills count="2"><fill><patternFill patternType="none"/></fill>'
                  '<fill><patternFill patternType="gray125"/></fill></fills>'
                  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
                  '<border><left style="thin"/><right style="thin"/><top style="thin"/>'
                  '<bottom style="thin"/><diagonal/></border></borders>'
                  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>')
        st.append(f'<cellXfs count="{len(xfs)}">')
        for fid, font, border, wrap, align in xfs:
            attrs = f'numFmtId="{fid}" fontId="{font}" fillId="0" borderId="{border}" xfId="0"'
            if fid:
                attrs += ' applyNumberFormat="1"'
            if font:
                attrs += ' applyFont="1"'
            if border:
                attrs += ' applyBorder="1"'
            if wrap or align:
                al = "<alignment"
                if align:
                    al += f' horizontal="{align}"'
                if wrap:
                    al += ' vertical="center" wrapText="1"'
                al += "/>"
                st.append(f'<xf {attrs} applyAlignment="1">{al}</xf>')
            else:
                st.append(f"<xf {attrs}/>")
        st.append('</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
                  '</cellStyles></styleSheet>')

        sst_xml = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   f'count="{len(sst)}" uniqueCount="{len(sst)}">']
        for s in sst:
            sp = ' xml:space="preserve"' if (s != s.strip() or "\n" in s or "  " in s) else ""
            sst_xml.append(f"<si><t{sp}>{escape(s)}</t></si>")
        sst_xml.append("</sst>")

        n = len(self.sheets)
        ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(n))
              + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
              '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              '</Types>')
        rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                '</Relationships>')
        wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
              '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets>'
              + "".join(f'<sheet name="{escape(s.name, {chr(34): "&quot;"})}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, s in enumerate(self.sheets))
              + '</sheets><calcPr calcId="191029"/></workbook>')
        wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(n))
                  + f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                  f'<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                  '</Relationships>')
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f"<dc:creator>{escape(self.creator)}</dc:creator><cp:lastModifiedBy>{escape(self.creator)}</cp:lastModifiedBy>"
                '<dcterms:created xsi:type="dcterms:W3CDTF">2025-10-01T09:00:00Z</dcterms:created>'
                '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-10-01T09:00:00Z</dcterms:modified>'
                "</cp:coreProperties>")
        app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
               'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
               f"<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
               f"<Company>{escape(self.company)}</Company><LinksUpToDate>false</LinksUpToDate>"
               "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>")

        parts = [("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("docProps/app.xml", app), ("docProps/core.xml", core),
                 ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels)]
        parts += [(f"xl/worksheets/sheet{i + 1}.xml", x) for i, x in enumerate(sheet_xml)]
        parts += [("xl/styles.xml", "".join(st)), ("xl/sharedStrings.xml", "".join(sst_xml))]
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            for name, text in parts:
                zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o600 << 16
                zi.create_system = 0
                z.writestr(zi, text.encode("utf-8"), compresslevel=6)
        Path(path).write_bytes(buf.getvalue())


# ---------------------------------------------------------------- project model
class P:
    """One project: canonical values `c` and the sender's written forms `w`."""

    def __init__(self, code, name, **kw):
        self.code = code
        self.c = {"code": code, "name": name}
        self.w = {}
        self.extra = {}
        for k, v in kw.items():
            if k.startswith("w_"):
                self.w[k[2:]] = v
            elif k.startswith("x_"):
                self.extra[k[2:]] = v
            else:
                self.c[k] = v


def money_cell(v, factor):
    """canonical RUB million -> number in the column's unit (exact Decimal arithmetic)."""
    x = D(v) * factor
    if x == x.to_integral_value():
        return int(x)
    return x.normalize()


class Written:
    """Collects written_as entries for one expected file."""

    def __init__(self):
        self.items = {}

    def note(self, code, field, canonical, cell):
        if cell == "":
            cell = None
        cj = json_val(field, canonical) if field != "cluster_sheet" else canonical
        if isinstance(cell, Formula):
            wv = repr(cell)
        elif isinstance(cell, date):
            if cell == canonical:
                return
            wv = ymd(cell)
        elif isinstance(cell, (int, D, float)) and not isinstance(cell, bool):
            if field in MONEY or field in JOBS:
                if D(str(cell)) == D(str(cj)) and field in JOBS:
                    return
                if field in MONEY and D(str(cell)) == D(canonical):
                    return
            wv = int(cell) if (isinstance(cell, int) or D(cell) == D(cell).to_integral_value()) else float(cell)
        else:
            wv = cell
            if wv == cj:
                return
        self.items.setdefault(code, []).append([field, cj, wv])


def record(p, fields):
    return {f: json_val(f, p.c.get(f)) for f in fields}


def write_json(path, obj):
    Path(path).write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ================================================================ 1. ministry of finance summary
MINFIN_FILE = "agency32_minfin_svod.xlsx"
MINFIN = [
    P("INO-3201", "Строительство установки по производству полиэтилентерефталата на площадке «СибНефтеХимСинтез»",
      cluster="petrochemical", w_cluster="Нефтехимический",
      work_area="industry", w_work_area="Передовая промышленность",
      location="Томск", w_location="г. Томск", status="in_progress", w_status="реализуется",
      start_date=yend(2021), w_start_date=2021, end_date=yend(2027), w_end_date=2027,
      total_cost_mln=D("4350.5"), w_total_cost_mln=ru_num(4350500),
      federal_budget_mln=D("0"), regional_budget_mln=D("120"), extra_budgetary_mln=D("4230.5"),
      extra_budgetary_confirmed_mln=D("3100"), jobs_planned=320, jobs_created=140,
      lead_organization="АО «СибНефтеХимСинтез»",
      problems="Не завершено технологическое присоединение к сетям газоснабжения",
      x_mun=D("0"), x_kassa=D("1850")),
    P("INO-3202", "Создание центра ядерной медицины на базе Северской клинической больницы",
      cluster="nuclear", w_cluster="Ядерные технологии",
      work_area="science_education", w_work_area="Наука и образование",
      location="Северск", w_location="ЗАТО Северск", status="planned", w_status="Планируется к реализации",
      start_date=yend(2026), w_start_date="2026", end_date=yend(2029), w_end_date="2029",
      total_cost_mln=D("2875"), federal_budget_mln=D("1800"), regional_budget_mln=D("450"),
      extra_budgetary_mln=D("600"), extra_budgetary_confirmed_mln=D("0"),
      jobs_planned=210, jobs_created=0,
      lead_organization="ФГБУ «Северский научно-клинический центр»", problems=None,
      x_mun=D("25"), x_kassa=D("0")),
    P("INO-3203", "Модернизация лесопильного производства ООО «Асиновский ЛПК»",
      cluster="timber", w_cluster="Лесопромышленный",
      work_area="industry", w_work_area="Передовая промышленность",
      location="Асино", w_location="Асиновский район, г. Асино", status="completed", w_status="завершён",
      start_date=yend(2019), w_start_date=2019, end_date=yend(2023), w_end_date=2023,
      total_cost_mln=D("647.4"), federal_budget_mln=D("0"), regional_budget_mln=D("35"),
      extra_budgetary_mln=D("612.4"), w_extra_budgetary_mln=ru_num(612400, 1, " "),
      extra_budgetary_confirmed_mln=D("612.4"), jobs_planned=95, jobs_created=95,
      lead_organization="ООО «Асиновский ЛПК»", problems=None, x_mun=D("0"), x_kassa=D("647.4")),
    P("INO-3204", "Организация производства субстанций для инъекционных лекарственных препаратов",
      cluster="pharma", w_cluster="Фармацевтический",
      work_area="industry", w_work_area="Передовая промышленность",
      location="Томский район", w_location="Томский р-н, с. Корнилово",
      status="in_progress", w_status="Реализуется ",
      start_date=yend(2022), w_start_date=2022, end_date=yend(2026), w_end_date="2026",
      total_cost_mln=D("1670.5"), federal_budget_mln=D("250"), regional_budget_mln=D("80.5"),
      extra_budgetary_mln=D("1340"), extra_budgetary_confirmed_mln=D("900"),
      w_extra_budgetary_confirmed_mln=ru_num(900000, 1, " "),
      jobs_planned=150, jobs_created=60, lead_organization="ООО «ФармСибЛаб»",
      problems="Задержка поставки импортного оборудования (санкционные ограничения)",
      x_mun=D("0"), x_kassa=D("610")),
    P("INO-3205", "Цифровая платформа мониторинга городской среды «Томск 24/7»",
      cluster=None, w_cluster="—", work_area="smart_city", w_work_area="Умный и удобный город",
      location="Томск", w_location="г.Томск", status="in_progress", w_status="РЕАЛИЗУЕТСЯ",
      start_date=yend(2023), w_start_date=2023, end_date=yend(2025), w_end_date=2025,
      total_cost_mln=D("140.5"), federal_budget_mln=D("0"), regional_budget_mln=D("96.3"),
      extra_budgetary_mln=D("30"), extra_budgetary_confirmed_mln=D("30"),
      jobs_planned=40, jobs_created=28, lead_organization="ОГБУ «Томский центр цифровых решений»",
      problems=None, x_mun=D("14.2"), x_kassa=D("118.2")),
    P("INO-3206", "Создание инжинирингового центра медицинского приборостроения",
      cluster="medtech_it", w_cluster="Медтехника и ИТ",
      work_area="innovation_business", w_work_area="Технологические инновации, новые бизнесы",
      location="Томск", w_location="г. Томск", status="in_progress", w_status="реализуется",
      start_date=yend(2020), w_start_date=2020, end_date=yend(2026), w_end_date=2026,
      total_cost_mln=D("885.8"), federal_budget_mln=D("310"), regional_budget_mln=D("155"),
      extra_budgetary_mln=D("420.8"), extra_budgetary_confirmed_mln=D("380"),
      jobs_planned=85, jobs_created=52, lead_organization="ООО «Сибмедприбор»",
      problems="Не определён арендатор второй очереди технопарка", x_mun=D("0"), x_kassa=D("540")),
    P("INO-3207", "Реконструкция цеха глубокой переработки кедрового ореха",
      cluster="wildlife", w_cluster="Дикоросы", work_area="industry", w_work_area="Передовая промышленность",
      location="Колпашево", w_location="г. Колпашево", status="in_progress", w_status="реализуется",
      start_date=yend(2021), w_start_date=2021, end_date=yend(2025), w_end_date=2025,
      total_cost_mln=D("160"), federal_budget_mln=D("0"), regional_budget_mln=D("-25"),
      extra_budgetary_mln=D("185"), extra_budgetary_confirmed_mln=D("100"),
      jobs_planned=30, jobs_created=12, lead_organization="ООО «Нарымский кедр»",
      problems="Ошибка в отчёте инициатора: возврат субсидии показан со знаком минус",
      x_mun=D("0"), x_kassa=D("90"),
      x_reject=("regional_budget_mln", "negative amount")),
    P("INO-3208", "Опытно-промышленная разработка баженовской свиты на Южно-Майском участке",
      cluster="hard_to_recover", w_cluster="ТрИЗ", work_area="industry", w_work_area="Передовая промышленность",
      location="Стрежевой", w_location="городской округ Стрежевой",
      status="in_progress", w_status="В стадии реализации",
      start_date=yend(2020), w_start_date=2020, end_date=yend(2030), w_end_date=2030,
      total_cost_mln=D("18750"), w_total_cost_mln=ru_num(18750000),
      federal_budget_mln=D("0"), regional_budget_mln=D("0"), extra_budgetary_mln=D("18750"),
      extra_budgetary_confirmed_mln=D("12000"), jobs_planned=460, jobs_created=210,
      lead_organization="АО «ТомскТрИЗ-Инвест»",
      problems="Требуется решение о налоговых льготах для участков ТрИЗ", x_mun=D("0"), x_kassa=D("9400")),
    P("INO-3209", "Создание университетского кампуса мирового уровня (вторая очередь)",
      cluster=None, w_cluster="", work_area="science_education", w_work_area="наука и образование",
      location="Томск", w_location="г. Томск", status="in_progress", w_status="реализуется",
      start_date=yend(2021), w_start_date=2021, end_date=yend(2028), w_end_date=2028,
      total_cost_mln=D("15370"), federal_budget_mln=D("9800"), w_federal_budget_mln=ru_num(9800000, 1),
      regional_budget_mln=D("2150"), extra_budgetary_mln=D("3420"), extra_budgetary_confirmed_mln=D("3420"),
      jobs_planned=600, jobs_created=120,
      lead_organization="ФГАОУ ВО «Национальный исследовательский Томский политехнический университет»",
      problems="Отставание от графика строительно-монтажных работ на 4 месяца",
      x_mun=D("0"), x_kassa=D("6200")),
    P("INO-3210", "Производство древесных топливных гранул в Колпашевском районе",
      cluster="timber", w_cluster="лесопромышленный", work_area="industry", w_work_area="Передовая промышленность",
      location="Колпашево", w_location="Колпашевский район, г. Колпашево",
      status="suspended", w_status="Реализация приостановлена",
      start_date=yend(2022), w_start_date=2022, end_date=yend(2025), w_end_date=2025,
      total_cost_mln=D("200.6"), federal_budget_mln=D("0"), regional_budget_mln=D("12"),
      extra_budgetary_mln=D("188.6"), extra_budgetary_confirmed_mln=D("120"),
      jobs_planned=45, jobs_created=18, lead_organization="ООО «Колпашевские пеллеты»",
      problems="Инвестор пересматривает финансовую модель проекта", x_mun=D("0"), x_kassa=D("64.3")),
    P("INO-3211", "Развитие сервиса «Инвестиционный навигатор» для малого и среднего предпринимательства",
      cluster=None, w_cluster="—", work_area="business_environment", w_work_area="ДЕЛОВАЯ СРЕДА",
      location="Томск", w_location="г. Томск", status="completed", w_status="Завершен",
      start_date=yend(2021), w_start_date=2021, end_date=yend(2024), w_end_date="2024",
      total_cost_mln=D("38.4"), federal_budget_mln=D("0"), regional_budget_mln=D("38.4"),
      extra_budgetary_mln=D("0"), w_extra_budgetary_mln="0,0", extra_budgetary_confirmed_mln=D("0"),
      jobs_planned=12, jobs_created=12, lead_organization="АНО «Томский центр поддержки бизнеса»",
      problems=None, x_mun=D("0"), x_kassa=D("38.4")),
    P("INO-3212", "Расширение производства радиоизотопной продукции для медицины",
      cluster="nuclear", w_cluster="Ядерные технологии", work_area="industry", w_work_area="Передовая промышленность",
      location="Северск", w_location="г. Северск", status="in_progress", w_status="реализуется",
      start_date=yend(2021), w_start_date=2021, end_date=yend(2027), w_end_date=2027,
      total_cost_mln=D("3645"), federal_budget_mln=D("2100"), regional_budget_mln=D("0"),
      extra_budgetary_mln=D("1545"), extra_budgetary_confirmed_mln=D("1545"),
      jobs_planned=130, jobs_created=75, lead_organization="АО «Северский изотопный комбинат»",
      problems=None, x_mun=D("0"), x_kassa=D("2210")),
    P("INO-3213", "Создание производства продуктов из берёзового сока и лесных ягод",
      cluster="wildlife", w_cluster="Дикоросы", work_area="industry", w_work_area="Передовая промышленность",
      location="Томский район", w_location="Томский район", status="planned", w_status="планируется",
      start_date=yend(2026), w_start_date=2026, end_date=yend(2028), w_end_date=2028,
      total_cost_mln=D("196.5"), federal_budget_mln=D("0"), regional_budget_mln=D("22"),
      extra_budgetary_mln=D("174.5"), extra_budgetary_confirmed_mln=D("0"),
      jobs_planned=60, jobs_created=0, lead_organization="ООО «Таёжный ресурс»",
      problems="Не предоставлен земельный участок под строительство", x_mun=D("0"), x_kassa=D("0")),
    P("INO-3214", "Центр коллективного пользования «Медицинская визуализация»",
      cluster="medtech_it", w_cluster="Медтехника и ИТ", work_area="science_education", w_work_area="Наука и образование",
      location="Томск", w_location="г. Томск", status="in_progress", w_status="Реализуется",
      start_date=yend(2023), w_start_date=2023, end_date=yend(2026), w_end_date=2026,
      total_cost_mln=D("600"), federal_budget_mln=D("420"), regional_budget_mln=D("105"),
      extra_budgetary_mln=D("75"), extra_budgetary_confirmed_mln=D("75"),
      jobs_planned=35, jobs_created=20,
      lead_organization="ФГБОУ ВО «Сибирский государственный медицинский университет» Минздрава России",
      problems=None, x_mun=D("0"), x_kassa=D("312")),
    P("INO-3215", "Строительство логистического центра лесопромышленного кластера",
      cluster="timber", w_cluster="Лесопромышленный", work_area="business_environment", w_work_area="Деловая среда",
      location="Асино", w_location="г. Асино", status="planned", w_status="планируется",
      start_date=yend(2027), w_start_date="2027", end_date=yend(2025), w_end_date=2025,
      total_cost_mln=D("420"), federal_budget_mln=D("0"), regional_budget_mln=D("40"),
      extra_budgetary_mln=D("380"), extra_budgetary_confirmed_mln=D("0"),
      jobs_planned=70, jobs_created=0, lead_organization="ООО «Асино Логистик»", problems=None,
      x_mun=D("0"), x_kassa=D("0"), x_reject=("end_date", "end date before start date")),
    P("INO-3216", "Внедрение системы интеллектуального управления дорожным движением",
      cluster=None, w_cluster="—", work_area="smart_city", w_work_area="Умный город",
      location="Томск", w_location="г. Томск", status="in_progress", w_status="реализуется",
      start_date=yend(2022), w_start_date=2022, end_date=yend(2026), w_end_date=2026,
      total_cost_mln=D("898.5"), federal_budget_mln=D("640"), regional_budget_mln=D("210"),
      extra_budgetary_mln=D("0"), extra_budgetary_confirmed_mln=D("0"),
      jobs_planned=25, jobs_created=25, lead_organization="Администрация Города Томска",
      problems="Требуется софинансирование из бюджета муниципального образования в 2026 году",
      x_mun=D("48.5"), x_kassa=D("505")),
    P("INO-3217", "Производство полимерной композитной арматуры",
      cluster="petrochemical", w_cluster="Нефтехимия", work_area="industry", w_work_area="Передовая промышленность",
      location="Томск", w_location="г. Томск, Кировский район", status="completed", w_status="ЗАВЕРШЁН",
      start_date=yend(2019), w_start_date=2019, end_date=yend(2022), w_end_date=2022,
      total_cost_mln=D("281.3"), federal_budget_mln=D("0"), regional_budget_mln=D("15"),
      extra_budgetary_mln=D("266.3"), extra_budgetary_confirmed_mln=D("266.3"),
      jobs_planned=70, jobs_created=70, lead_organization="ООО «Нормапласт-Композит»", problems=None,
      x_mun=D("0"), x_kassa=D("281.3")),
    P("INO-3218", "Технологическая долина: первая очередь инфраструктуры для стартапов",
      cluster=None, w_cluster="", work_area="innovation_business",
      w_work_area="Технологические инновации, новые бизнесы",
      location="Томский район", w_location="Томский район, д. Кисловка", status="planned", w_status="Планируется",
      start_date=yend(2025), w_start_date=2025, end_date=yend(2030), w_end_date=2030,
      total_cost_mln=D("4500"), federal_budget_mln=D("2400"), regional_budget_mln=D("780"),
      extra_budgetary_mln=D("1320"), w_extra_budgetary_mln=ru_num(1320000),
      extra_budgetary_confirmed_mln=D("450"), jobs_planned=900, jobs_created=0,
      lead_organization="АО «Томская технологическая долина»",
      problems="Не утверждена документация по планировке территории", x_mun=D("0"), x_kassa=D("0")),
    P("INO-3219", "Выпуск нефтепромыслового оборудования для разработки ТрИЗ",
      cluster="hard_to_recover", w_cluster="Трудноизвлекаемые запасы",
      work_area="industry", w_work_area="Передовая промышленность",
      location="Стрежевой", w_location="г. Стрежевой", status="suspended", w_status="приостановлен",
      start_date=yend(2021), w_start_date=2021, end_date=yend(2026), w_end_date=2026,
      total_cost_mln=D("1000"), federal_budget_mln=D("0"), regional_budget_mln=D("60"),
      extra_budgetary_mln=D("940"), extra_budgetary_confirmed_mln=D("940"),
      jobs_planned=140, jobs_created=55, lead_organization="ООО «Стрежевой-НефтеМаш»",
      problems="Снижение спроса со стороны недропользователей", x_mun=D("0"), x_kassa=D("433")),
]


def make_minfin():
    bk = Book("Минфин Томской области, отдел бюджетного планирования", "Министерство финансов Томской области")
    sh = bk.add("Свод ИНО")
    ncol = 21
    # col: (header top, header sub or None, field or None, ignored reason)
    cols = [
        ("№\nп/п", None, None, "row number"),
        ("Код\nпроекта", None, "code", None),
        ("Полное наименование инвестиционного проекта", None, "name", None),
        ("Принадлежность к кластеру", None, "cluster", None),
        ("Приоритетное направление программы", None, "work_area", None),
        ("Место реализации (муниципальное образование)", None, "location", None),
        ("Текущий статус", None, "status", None),
        ("Срок реализации проекта (год начала – год окончания)", "год начала", "start_date", None),
        (None, "год окончания", "end_date", None),
        ("Объем и источники финансирования*", "Всего", "total_cost_mln", None),
        (None, "ФБ", "federal_budget_mln", None),
        (None, "ОБ", "regional_budget_mln", None),
        (None, "МБ", None, "municipal budget (МБ), not a canonical field"),
        (None, "ВБИ", "extra_budgetary_mln", None),
        (None, "в т.ч. подтвержд. ВБИ", "extra_budgetary_confirmed_mln", None),
        ("Кассовое исполнение на 01.07.2025", None, None, "spent to date (кассовое исполнение)"),
        ("Количество рабочих мест, ед.", "план (всего по проекту)", "jobs_planned", None),
        (None, "создано на отчетную дату", "jobs_created", None),
        ("Инициатор проекта\n(ответственная организация)", None, "lead_organization", None),
        ("ПРОБЛЕМНЫЕ ВОПРОСЫ, ТРЕБУЮЩИЕ РЕШЕНИЯ", None, "problems", None),
        ("ИНН инициатора", None, None, "tax number"),
    ]
    assert len(cols) == ncol
    sh.set(1, 1, "МИНИСТЕРСТВО ФИНАНСОВ ТОМСКОЙ ОБЛАСТИ", bold=True, align="center")
    sh.merge(1, 1, 1, ncol)
    sh.set(2, 1, "Свод сведений о финансовом обеспечении проектов программы ИНО «Томск»", bold=True, align="center")
    sh.merge(2, 1, 2, ncol)
    sh.set(3, 1, "по состоянию на 01.07.2025", align="center")
    sh.merge(3, 1, 3, ncol)
    sh.set(4, ncol, "тыс. рублей", align="right")
    # two-level header rows 5-6
    columns, ignored = [], []
    top = None
    groups = {}
    for i, (t, s, f, why) in enumerate(cols, start=1):
        if t is not None:
            top = t
            sh.set(5, i, t, bold=True, wrap=True, align="center", border=True)
            groups[t] = [i, i]
        else:
            groups[top][1] = i
        if s is not None:
            sh.set(6, i, s, bold=True, wrap=True, align="center", border=True)
        path = f"{top} / {s}" if s is not None else top
        (columns if f else ignored).append([path, f] if f else [path, why])
    for t, (a, b) in groups.items():
        has_sub = any(cols[k - 1][1] is not None for k in range(a, b + 1))
        if a != b:
            sh.merge(5, a, 5, b)
        elif not has_sub:
            sh.merge(5, a, 6, a)
    for i in range(1, ncol + 1):
        sh.set(7, i, i, align="center", border=True)
        sh.widths[i] = {1: 5, 2: 11, 3: 48, 19: 36, 20: 40}.get(i, 14)
    W = Written()
    records, rejected = [], []
    r = 8
    tot = {k: D(0) for k in range(10, 19)}
    for n, p in enumerate(MINFIN, start=1):
        for i, (t, s, f, why) in enumerate(cols, start=1):
            if i == 1:
                v, fmt = n, None
            elif f is None and i == 13:
                v, fmt = money_cell(p.extra["mun"], 1000), "#,##0"
            elif f is None and i == 16:
                v, fmt = money_cell(p.extra["kassa"], 1000), "#,##0"
            elif f is None and i == 21:
                v, fmt = "70" + str(17000000 + int(p.code[-4:]) * 731)[-8:], "@"
            elif f in p.w:
                v = p.w[f]
                fmt = "@" if isinstance(v, str) else ("#,##0" if f in MONEY else None)
            elif f in MONEY:
                v, fmt = money_cell(p.c[f], 1000), "#,##0"
            else:
                v, fmt = p.c.get(f), None
            if f and f not in ("code", "name") and "reject" not in p.extra:
                W.note(p.code, f, p.c.get(f), v)
            if v == "" or v is None:
                continue
            sh.set(r, i, v, fmt=fmt, wrap=(i in (3, 19, 20)), border=True)
        for k in range(10, 19):
            if k in (10, 11, 12, 14, 15):
                tot[k] += D(p.c[cols[k - 1][2]]) * 1000
            elif k == 13:
                tot[k] += p.extra["mun"] * 1000
            elif k == 16:
                tot[k] += p.extra["kassa"] * 1000
            elif k in (17, 18):
                tot[k] += p.c[cols[k - 1][2]]
        if "reject" in p.extra:
            f, why = p.extra["reject"]
            ci = [c[2] for c in cols].index(f) + 1
            rejected.append({"sheet": sh.name, "row": r, "reason": why, "column": col_letter(ci), "code": p.code})
        else:
            records.append(record(p, FIELDS))
        r += 1
    last = r - 1
    sh.set(r, 2, "Итого по программе:", bold=True, border=True)
    sh.merge(r, 2, r, 3)
    for k, v in tot.items():
        sh.set(r, k, int(v), fmt="#,##0", bold=True, border=True)
    totals_row = r
    sh.set(r + 2, 1, "* МБ — средства местных бюджетов; ВБИ — внебюджетные источники. "
                     "Объемы ВБИ указаны по данным инициаторов, подтвержденные — по заключенным соглашениям.")
    sh.merge(r + 2, 1, r + 2, ncol)
    sh.set(r + 3, 1, "Исполнитель: Петрова А. С., отдел бюджетного планирования, тел. (3822) 51-00-00")
    sh.merge(r + 3, 1, r + 3, ncol)
    bk.save(HERE / MINFIN_FILE)
    exp = {
        "file": MINFIN_FILE, "refused": False, "fields": FIELDS, "record_count": len(records),
        "records": records, "rejected": rejected,
        "sender": "Министерство финансов Томской области (regional ministry of finance), budget planning department",
        "columns": columns, "ignored_columns": ignored,
        "header_rows": [5, 6], "data_rows": [8, last],
        "skipped_rows": {"1": "title", "2": "title", "3": "title (date)", "4": "title (unit: тыс. рублей)",
                         "7": "column numbers", str(totals_row): "totals",
                         str(totals_row + 2): "footnote", str(totals_row + 3): "footnote (contact)"},
        "unit": "тыс. рублей (thousand roubles), given only in cell U4 of the title block, after the date row",
        "notes": ("One sheet 'Свод ИНО'. Title rows 1-4: ministry name, table title, the date "
                  "('по состоянию на 01.07.2025') and, after the date, the unit 'тыс. рублей' alone in the right-most "
                  "cell U4; no header says a unit, so every amount is thousand roubles and is given here in RUB million. "
                  "Two-level merged header in rows 5-6; row 7 numbers the columns 1-21; data rows 8-26; row 27 is "
                  "the totals row ('Итого по программе:'); rows 29-30 are footnotes. Header cells carry line breaks "
                  "(kept as '\\n' in `columns`); one header is typed in capitals. The period is given as two child "
                  "columns 'год начала' / 'год окончания' holding bare years (numbers in General cells or text): by "
                  "the samples' rule a bare year means 31 December of that year, for the start year too. Look-alike "
                  "columns not imported: row number, municipal budget 'МБ' (part of 'Всего', which therefore is "
                  "larger than ФБ+ОБ+ВБИ for INO-3205 and INO-3216), 'Кассовое исполнение' (spent to date) and "
                  "'ИНН инициатора'. Some amounts are text with a non-breaking or plain space as thousands separator "
                  "and a decimal comma ('4 350 500', '612 400,0', '0,0'). Cluster '—' or empty = no cluster (null). "
                  "Places are written with prefixes or inside districts ('г.Томск', 'ЗАТО Северск', "
                  "'Томский р-н, с. Корнилово', 'Асиновский район, г. Асино', 'г. Томск, Кировский район' = Томск). "
                  "Rejected: row 14 (ОБ is negative, -25 000) and row 22 (end year 2025 before start year 2027). "
                  "Null values in records are empty cells (cluster, problems) or '—'."),
    }
    exp["written_as"] = W.items
    write_json(HERE / "agency32_minfin_svod.expected.json", exp)
    return records


# ================================================================ 2. update of the minfin summary
UPDATE_FILE = "agency32_goskorp_update.xlsx"


def make_update(base_records):
    base = {r["code"]: dict(r) for r in base_records}
    # rows: (code in file or "", name in file, changes {field: canonical}, written {field: cell}, kind, extra)
    K = 1000
    rows = [
        dict(code="INO-3201", name=base["INO-3201"]["name"], kind="code",
             cluster=("petrochemical", "Нефтехимический кластер"), status=("in_progress", "Реализуется"),
             end=(yend(2027), "IV кв. 2027"),
             total=D("4530.5"), fed=D("0"), reg=D("120"), extra=D("4410.5"), conf=D("3300"), jc=165,
             spent=D("2105"), note="письмо инициатора от 12.09.2025 № 114"),
        dict(code="", name="Модернизация лесопильного производства ООО \"Асиновский ЛПК\"", kind="name",
             target="INO-3203", difference="«» quotes written as \"\"",
             cluster=("timber", "Лесопромышленный кластер"), status=("completed", "Реализован"),
             end=(yend(2023), 2023),
             total=D("647.4"), fed=D("0"), reg=D("35"), extra=D("612.4"), conf=D("612.4"), jc=95,
             spent=D("647.4"), note="без изменений"),
        dict(code="INO-3202", name=base["INO-3202"]["name"], kind="code",
             cluster=("nuclear", "ядерный"), status=("in_progress", "в работе"),
             end=(yend(2029), "IV кв. 2029"),
             total=D("2875"), fed=D("1800"), reg=D("450"), extra=D("600"), conf=D("0"), jc=15,
             spent=D("310"), note="заключено соглашение о предоставлении субсидии"),
        dict(code="INO-3221", name="Строительство завода по переработке попутного нефтяного газа", kind="new",
             cluster=("petrochemical", "Нефтехимия"), status=("planned", "ПЛАНИРУЕТСЯ"),
             end=(yend(2030), "2030"),
             total=D("7200"), fed=D("0"), reg=D("0"), extra=D("7200"), conf=D("2000"), jc=0,
             spent=D("0"), note="новый проект, включен по решению рабочей группы"),
        dict(code="INO-3204", name=base["INO-3204"]["name"], kind="code",
             cluster=("pharma", "Фармацевтический кластер"), status=("in_progress", "реализуется"),
             end=(yend(2026), "31.12.2026"),
             total=D("1670.5"), fed=D("250"), reg=D("80.5"), extra=D("1340"), conf=D("900"), jc=60,
             spent=D("702"), note="без изменений"),
        dict(code="", name="СОЗДАНИЕ ИНЖИНИРИНГОВОГО ЦЕНТРА  МЕДИЦИНСКОГО ПРИБОРОСТРОЕНИЯ", kind="name",
             target="INO-3206", difference="upper case, double space",
             cluster=("medtech_it", "Кластер медтехники и ИТ"), status=("in_progress", "Реализуется"),
             end=(yend(2026), 2026),
             total=D("885.8"), fed=D("310"), reg=D("155"), extra=D("420.8"), conf=D("380"), jc=70,
             spent=D("601"), note="данные инициатора на 30.09.2025"),
        dict(code="INO-3208", name=base["INO-3208"]["name"], kind="reject",
             cluster=("hard_to_recover", "ТрИЗ"), status=("in_progress", "Реализуется"),
             end=(yend(2030), 2030),
             total=D("18750"), fed="уточняется", reg=D("0"), extra=D("18750"), conf=D("12000"), jc=230,
             spent=D("9950"), note="объем ФБ уточняется", reject=("federal_budget_mln", "not a number: 'уточняется'")),
        dict(code="INO-3210", name=base["INO-3210"]["name"], kind="code",
             cluster=("timber", "Лесопромышленный кластер"), status=("in_progress", "Реализуется"),
             end=(qend(2, 2026), "II кв. 2026"),
             total=D("200.6"), fed=D("0"), reg=D("12"), extra=D("188.6"), conf=D("120"), jc=30,
             spent=D("98"), note="реализация возобновлена, новый инвестор"),
        dict(code="INO-3212", name=base["INO-3212"]["name"], kind="code",
             cluster=("nuclear", "Кластер ядерных технологий"), status=("in_progress", "Реализуется"),
             end=(yend(2027), 2027),
             total=D("3645"), fed=D("2100"), reg=D("0"), extra=D("1545"), conf=D("1545"), jc=75,
             spent=D("2390"), note="без изменений"),
        dict(code="INO-3222", name="Цифровой двойник тепловых сетей Северска", kind="new",
             cluster=(None, "—"), status=("in_progress", "в работе"),
             end=(yend(2027), "31.12.2027"),
             total=D("310"), fed=D("150"), reg=D("60"), extra=D("100"), conf=D("100"), jc=12,
             spent=D("45"), note="новый проект"),
        dict(code="", name="Создание производства продуктов из березового сока и лесных ягод", kind="name",
             target="INO-3213", difference="ё written as е",
             cluster=("wildlife", "Кластер дикоросов"), status=("in_progress", "реализуется"),
             end=(yend(2028), "2028"),
             total=D("196.5"), fed=D("0"), reg=D("22"), extra=D("174.5"), conf=D("0"), jc=10,
             spent=D("20"), note="начато строительство цеха"),
        dict(code="INO-3216", name=base["INO-3216"]["name"], kind="code",
             cluster=(None, "—"), status=("in_progress", "Реализуется"),
             end=(yend(2026), 2026),
             total=D("948.5"), fed=D("690"), reg=D("210"), extra=D("0"), conf=D("0"), jc=25,
             spent=D("655"), note="увеличен объем ФБ (МБ без изменений: 48 500 тыс. руб.)"),
        dict(code="INO-3223", name="Лаборатория испытаний композитных материалов для Арктики", kind="new",
             cluster=("petrochemical", "нефтехимический"), status=("planned", "Планируется"),
             end=(qend(3, 2027), "III кв. 2027"),
             total=D("95"), fed=D("40"), reg=D("15"), extra=D("40"), conf=D("10"), jc=0,
             spent=D("0"), note="новый проект"),
        dict(code="INO-3219", name=base["INO-3219"]["name"], kind="code",
             cluster=("hard_to_recover", "Кластер ТрИЗ"), status=("suspended", "Приостановлен"),
             end=(yend(2027), "2027"),
             total=D("1000"), fed=D("0"), reg=D("60"), extra=D("940"), conf=D("940"), jc=55,
             spent=D("433"), note="срок перенесен на 2027 год"),
    ]
    heads = [("Код ИП", "code"), ("Наименование проекта (по своду Минфина)", "name"),
             ("Кластер", "cluster"), ("СТАТУС НА 01.10.2025", "status"),
             ("Плановый срок завершения", "end_date"), ("Полная стоимость", "total_cost_mln"),
             ("Федеральный бюджет", "federal_budget_mln"), ("Областной бюджет", "regional_budget_mln"),
             ("Внебюджетные средства", "extra_budgetary_mln"),
             ("Подтверждено соглашениями (ВБИ)", "extra_budgetary_confirmed_mln"),
             ("Создано рабочих мест\n(нарастающим итогом)", "jobs_created"),
             ("Освоено с начала реализации", None), ("Примечание (источник сведений)", None)]
    bk = Book("Представительство госкорпорации в Томской области", "Госкорпорация, представительство в Томской области")
    sh = bk.add("Актуализация")
    sh.set(1, 1, "Представительство госкорпорации в Томской области", bold=True)
    sh.set(2, 1, "Актуализированные сведения по проектам ИНО «Томск», тыс. руб., по состоянию на 01.10.2025", bold=True)
    for i, (h, f) in enumerate(heads, start=1):
        sh.set(4, i, h, bold=True, wrap=True, border=True)
        sh.widths[i] = {2: 60, 13: 44}.get(i, 15)
    W = Written()
    state = {c: dict(r) for c, r in base.items()}
    order = [r["code"] for r in base_records]
    changed, new_codes, matched, rejected = [], [], [], []
    r = 5
    keymap = {"total": "total_cost_mln", "fed": "federal_budget_mln", "reg": "regional_budget_mln",
              "extra": "extra_budgetary_mln", "conf": "extra_budgetary_confirmed_mln"}
    for row in rows:
        code_target = row["code"] or row.get("target")
        cells = [row["code"] or None, row["name"], row["cluster"][1], row["status"][1], row["end"][1]]
        for k in ("total", "fed", "reg", "extra", "conf"):
            v = row[k]
            cells.append(v if isinstance(v, str) else money_cell(v, K))
        cells += [row["jc"], money_cell(row["spent"], K), row["note"]]
        for i, v in enumerate(cells, start=1):
            if v is None or v == "":
                continue
            fmt = "@" if isinstance(v, str) else ("#,##0" if 6 <= i <= 12 and i != 11 else None)
            sh.set(r, i, v, fmt=fmt, wrap=(i == 2), border=True)
        if row["kind"] == "reject":
            f, why = row["reject"]
            rejected.append({"sheet": sh.name, "row": r, "reason": why,
                             "column": col_letter([h[1] for h in heads].index(f) + 1), "code": row["code"]})
            r += 1
            continue
        newvals = {"cluster": row["cluster"][0], "status": row["status"][0], "end_date": row["end"][0],
                   "jobs_created": row["jc"]}
        for k, f in keymap.items():
            newvals[f] = row[k]
        # written_as
        W.note(code_target, "cluster", newvals["cluster"], row["cluster"][1])
        W.note(code_target, "status", newvals["status"], row["status"][1])
        W.note(code_target, "end_date", newvals["end_date"], row["end"][1])
        for k, f in keymap.items():
            W.note(code_target, f, row[k], money_cell(row[k], K))
        if row["kind"] == "new":
            rec = {f: None for f in FIELDS}
            rec["code"], rec["name"] = row["code"], row["name"]
            for f, v in newvals.items():
                rec[f] = json_val(f, v)
            state[row["code"]] = rec
            order.append(row["code"])
            new_codes.append(row["code"])
        else:
            rec = state[code_target]
            before = dict(rec)
            for f, v in newvals.items():
                rec[f] = json_val(f, v)
            if rec != before:
                changed.append(code_target)
            if row["kind"] == "name":
                W.items.setdefault(code_target, []).append(["name", rec["name"], row["name"]])
                matched.append({"code": code_target, "name_in_file": row["name"],
                                "difference": row["difference"], "row": r})
        r += 1
    last = r - 1
    sh.set(r + 1, 1, "Сведения подготовлены по данным инициаторов проектов; суммы — в тыс. руб.")
    bk.save(HERE / UPDATE_FILE)
    records = [state[c] for c in order]
    fields_present = [h[1] for h in heads if h[1]]
    exp = {
        "file": UPDATE_FILE, "refused": False, "fields": FIELDS, "record_count": len(records),
        "records": records, "rejected": rejected, "base_file": MINFIN_FILE,
        "sender": "regional office of a state corporation (Представительство госкорпорации в Томской области)",
        "columns": [[h, f] for h, f in heads if f],
        "ignored_columns": [["Освоено с начала реализации", "spent to date"],
                            ["Примечание (источник сведений)", "remark about the data source, not a problem"]],
        "fields_in_file": fields_present,
        "header_row": 4, "data_rows": [5, last],
        "changed_codes": sorted(changed), "new_codes": new_codes, "matched_by_name": matched,
        "unit": "тыс. руб., said only in title row 2, before the date",
        "notes": ("Import agency32_minfin_svod.xlsx first, then this file; 'records' is the resulting state of all "
                  "projects (17 from the base file, then 3 new ones in file order). Title rows 1-2; row 2 says "
                  "'тыс. руб.' before the date 'по состоянию на 01.10.2025', so every amount is thousand roubles. "
                  "Header row 4 (single level; the code column is headed 'Код ИП' (ИП = инвестиционный проект); one header in capitals carries a date, 'СТАТУС НА 01.10.2025', and is "
                  "the status; one has a line break), data rows 5-18, a note in row 20. "
                  "8 rows carry a known code: 5 change values, 2 are re-sent unchanged in other spellings "
                  "(INO-3204: end '31.12.2026' = 2026-12-31, INO-3212), and row 11 (INO-3208) is rejected because "
                  "its federal budget is the text 'уточняется'; INO-3208 keeps its base values. 3 rows have an empty "
                  "code and are matched by name (\"\" for «», upper case with a double space, е for ё); the project "
                  "keeps its stored name. 3 rows carry new codes (INO-3221..3223): their fields absent from this file "
                  "(work area, location, start date, planned jobs, lead organisation, problems) are null. Ends given "
                  "as quarters ('II кв. 2026' = 2026-06-30) or years (2027 = 2027-12-31). Look-alike columns not "
                  "imported: 'Освоено с начала реализации' (spent to date) and 'Примечание (источник сведений)' (a "
                  "remark about the source, not a problem: the stored problems stay as they were)."),
    }
    exp["written_as"] = W.items
    write_json(HERE / "agency32_goskorp_update.expected.json", exp)


# ================================================================ 3. cluster sheets (university consortium)
CLUSTER_FILE = "agency32_consortium_clusters.xlsx"
CL_FIELDS = ["code", "name", "cluster", "work_area", "location", "status", "start_date", "end_date",
             "total_cost_mln", "extra_budgetary_mln", "jobs_planned", "lead_organization"]
TPU = "ФГАОУ ВО «Национальный исследовательский Томский политехнический университет»"
TSU = "ФГАОУ ВО «Национальный исследовательский Томский государственный университет»"
TUSUR = "ФГБОУ ВО «Томский государственный университет систем управления и радиоэлектроники»"
SIBGMU = "ФГБОУ ВО «Сибирский государственный медицинский университет» Минздрава России"

CL_SHEETS = [
    # sheet name, A1 full name, key, title rows {row: text}, header row, unit factor, unit in header
    dict(sheet="Нефтехимия", full="Нефтехимический кластер", key="petrochemical",
         titles={2: "Проекты с участием вузов консорциума по состоянию на 01.09.2025, тыс. руб."},
         header=4, factor=1000, hunit="", unit_where="title row 2, after the date",
         rows=[
             P("INO-3231", "Разработка катализаторов глубокой переработки углеводородов",
               work_area="innovation_business", w_work_area="Технологические инновации и новые бизнесы",
               location="Томск", w_location="г. Томск", status="in_progress", w_status="Реализуемый",
               start_date=date(2022, 3, 1), end_date=yend(2026), w_end_date="IV кв. 2026",
               total_cost_mln=D("186.4"), extra_budgetary_mln=D("120"), jobs_planned=45,
               lead_organization=TPU, x_head="Иванов Павел Сергеевич"),
             P("INO-3232", "Опытная установка получения полимерных мембран",
               work_area="science_education", w_work_area="Наука и образование",
               location="Северск", w_location="ЗАТО Северск", status="planned", w_status="Планируемый",
               start_date=date(2026, 2, 1), w_start_date="01.02.2026", end_date=yend(2027), w_end_date="2027",
               total_cost_mln=D("54"), extra_budgetary_mln=D("20.5"), w_extra_budgetary_mln=ru_num(20500),
               jobs_planned=12, lead_organization=TSU, x_head="Соколова Ирина Андреевна"),
         ]),
    dict(sheet="Ядерные технологии", full="Кластер ядерных технологий", key="nuclear",
         titles={2: "(млн руб.) по состоянию на 01.09.2025"},
         header=3, factor=1, hunit="", unit_where="title row 2, before the date",
         rows=[
             P("INO-3233", "Модернизация экспериментальных каналов исследовательского ядерного реактора",
               work_area="science_education", w_work_area="Наука и образование",
               location="Томск", w_location="г. Томск", status="in_progress", w_status="В реализации",
               start_date=date(2021, 6, 15), end_date=date(2026, 12, 31),
               total_cost_mln=D("1240"), extra_budgetary_mln=D("0"), jobs_planned=30,
               lead_organization=TPU, x_head="Кузьмин Олег Викторович"),
             P("INO-3234", "Производство радиофармпрепаратов на основе лютеция-177",
               work_area="industry", w_work_area="Передовая промышленность",
               location="Северск", w_location="г. Северск", status="completed", w_status="Завершённый",
               start_date=date(2020, 1, 10), w_start_date="10.01.2020", end_date=date(2024, 11, 29),
               total_cost_mln=D("780.5"), w_total_cost_mln="780,5", extra_budgetary_mln=D("610"),
               jobs_planned=55, lead_organization="АО «Северский изотопный комбинат»",
               x_head="Лебедев Андрей Николаевич"),
         ]),
    dict(sheet="Лесопромышленный", full="Лесопромышленный кластер", key="timber",
         titles={2: "Проекты по состоянию на 01.09.2025"},
         header=4, factor=1000, hunit=", тыс. руб.", unit_where="headers of the two money columns",
         rows=[
             P("INO-3235", "Технология производства клеёного бруса из лиственницы",
               work_area="industry", w_work_area="Передовая промышленность",
               location="Асино", w_location="г. Асино", status="in_progress", w_status="реализуется",
               start_date=date(2023, 4, 1), end_date=qend(2, 2026), w_end_date="II кв. 2026",
               total_cost_mln=D("312"), extra_budgetary_mln=D("290"), jobs_planned=40,
               lead_organization="ООО «Сибирский клеёный брус»", x_head="Романов Денис Игоревич"),
             P("INO-3236", "Цифровая система учёта лесных ресурсов «Лесной паспорт»",
               work_area="innovation_business", w_work_area="Технологические инновации, новые бизнесы",
               location="Колпашево", w_location="Колпашевский район, г. Колпашево",
               status="completed", w_status="Реализован",
               start_date=date(2021, 5, 15), w_start_date="15.05.2021", end_date=date(2023, 12, 20),
               total_cost_mln=D("18.6"), extra_budgetary_mln=D("6"), jobs_planned=8,
               lead_organization=TUSUR, x_head="Захарова Мария Петровна"),
             None,  # blank spacer row
             P("INO-3237", "Опытное производство термомодифицированной древесины",
               work_area="industry", w_work_area="Передовая промышленность",
               location="Асино", w_location="г. Асино", status="planned", w_status="Планируется",
               start_date=date(2027, 3, 1), w_start_date="01.03.2027",
               end_date=date(2025, 12, 31), w_end_date="31.12.2025",
               total_cost_mln=D("64"), extra_budgetary_mln=D("64"), jobs_planned=18,
               lead_organization="ООО «ТермоЛес»", x_head="Романов Денис Игоревич",
               x_reject=("end_date", "end date before start date")),
         ]),
    dict(sheet="Фарма", full="Фармацевтический кластер", key="pharma",
         titles={2: "по состоянию на 01.09.2025"},
         header=4, factor=D("0.001"), hunit=", млрд руб.", unit_where="headers of the two money columns",
         rows=[
             P("INO-3238", "Доклинические исследования противотуберкулёзного препарата",
               work_area="science_education", w_work_area="Наука и образование",
               location="Томск", w_location="г. Томск", status="in_progress", w_status="Реализуется ",
               start_date=date(2022, 9, 1), end_date=date(2027, 6, 30),
               total_cost_mln=D("412.5"), extra_budgetary_mln=D("187.5"), jobs_planned=25,
               lead_organization=SIBGMU, x_head="Белова Светлана Юрьевна"),
             P("INO-3239", "Производство лекарственных форм на основе пихтового экстракта",
               work_area="industry", w_work_area="Передовая промышленность",
               location="Томский район", w_location="Томский р-н, п. Светлый",
               status="planned", w_status="ПЛАНИРУЕТСЯ",
               start_date=date(2025, 10, 1), end_date=yend(2028), w_end_date=2028,
               total_cost_mln=D("1050"), extra_budgetary_mln=D("950"), jobs_planned=80,
               lead_organization="ООО «ФитоФарм Сибирь»", x_head="Белова Светлана Юрьевна"),
         ]),
    dict(sheet="Медтехника и ИТ", full="Кластер медицинской техники и информационных технологий",
         key="medtech_it",
         titles={2: "по состоянию на 01.09.2025", 3: "Единица измерения: тыс. рублей"},
         header=5, factor=1000, hunit="", unit_where="title row 3, after the date row",
         rows=[
             P("INO-3240", "Серийное производство портативных кардиомониторов",
               work_area="industry", w_work_area="Передовая промышленность",
               location="Томск", w_location="г. Томск, Академгородок", status="in_progress", w_status="реализуется",
               start_date=date(2023, 1, 16), end_date=date(2026, 12, 31), w_end_date="31.12.2026",
               total_cost_mln=D("96.8"), extra_budgetary_mln=D("72.8"), jobs_planned=38,
               lead_organization="ООО «Кардиосиб»", x_head="Фролов Артём Вадимович"),
             P("INO-3241", "Платформа телемедицинских консультаций для районных больниц",
               work_area="smart_city", w_work_area="Умный и удобный город",
               location="Стрежевой", w_location="г.о. Стрежевой", status="completed", w_status="завершен",
               start_date=date(2022, 3, 1), w_start_date="01.03.2022", end_date=date(2024, 9, 30),
               total_cost_mln=D("24.5"), extra_budgetary_mln=D("9"), jobs_planned=15,
               lead_organization=TUSUR, x_head="Фролов Артём Вадимович"),
         ]),
    dict(sheet="Дикоросы", full="Кластер дикоросов", key="wildlife",
         titles={2: "по состоянию на 01.09.2025"},
         header=4, factor=1, hunit=" (млн руб.)", unit_where="headers of the two money columns",
         hidden_row=6,
         rows=[
             P("INO-3242", "Глубокая переработка кедрового ореха в Колпашеве",
               work_area="industry", w_work_area="Передовая промышленность",
               location="Колпашево", w_location="г. Колпашево", status="in_progress", w_status="В реализации",
               start_date=date(2022, 5, 20), end_date=yend(2025), w_end_date=2025,
               total_cost_mln=D("145"), extra_budgetary_mln=D("130"), jobs_planned=50,
               lead_organization="ООО «Кедр Нарыма»", x_head="Голованов Илья Степанович"),
             P("INO-3243", "Селекция и выращивание голубики в Томском районе",
               work_area="science_education", w_work_area="Наука и образование",
               location="Томский район", w_location="Томский район", status="planned", w_status="Планируется",
               start_date=date(2026, 4, 1), w_start_date="01.04.2026", end_date=yend(2028), w_end_date="IV кв. 2028",
               total_cost_mln=D("38.2"), w_total_cost_mln="38,2", extra_budgetary_mln=D("12"), jobs_planned=14,
               lead_organization=TSU, x_head="Голованов Илья Степанович"),
         ]),
    dict(sheet="ТрИЗ", full="Кластер трудноизвлекаемых запасов", key="hard_to_recover",
         titles={2: "млрд руб.; данные на 01.09.2025"},
         header=4, factor=D("0.001"), hunit="", unit_where="title row 2, before the date", hidden_col=4,
         rows=[
             P("INO-3244", "Полигон испытаний технологий добычи трудноизвлекаемой нефти",
               work_area="science_education", w_work_area="Наука и образование",
               location="Стрежевой", w_location="городской округ Стрежевой",
               status="in_progress", w_status="Реализуемый",
               start_date=date(2021, 8, 1), end_date=yend(2027), w_end_date="Q4 2027",
               total_cost_mln=D("2350"), extra_budgetary_mln=D("1900"), jobs_planned=120,
               lead_organization=TPU, x_head="Никитин Роман Олегович"),
             P("INO-3245", "Цифровая модель пласта для участков баженовской свиты",
               work_area="innovation_business", w_work_area="Технологические инновации, новые бизнесы",
               location="Томск", w_location="г.Томск", status="suspended", w_status="Приостановленный",
               start_date=date(2022, 11, 1), w_start_date="01.11.2022", end_date=date(2026, 3, 31),
               total_cost_mln=D("88"), extra_budgetary_mln=D("60"), jobs_planned=20,
               lead_organization="ООО «Сибирский керновый центр»", x_head="Никитин Роман Олегович"),
         ]),
]


def make_clusters():
    bk = Book("Проектный офис консорциума «Большой Томский университет»", "Консорциум томских университетов")
    W = Written()
    records, rejected, sheets_info, all_columns = [], [], [], []
    for spec in CL_SHEETS:
        sh = bk.add(spec["sheet"])
        sh.set(1, 1, spec["full"], bold=True)
        for rr, t in spec["titles"].items():
            sh.set(rr, 1, t)
        hu = spec["hunit"]
        heads = [("№", None, "row number"), ("Шифр проекта", "code", None),
                 ("Наименование проекта", "name", None), ("Направление", "work_area", None),
                 ("Место реализации", "location", None), ("Статус проекта", "status", None),
                 ("Начало реализации", "start_date", None), ("Окончание реализации", "end_date", None),
                 ("Стоимость проекта" + hu, "total_cost_mln", None),
                 ("Объем привлекаемых внебюджетных инвестиций" + hu, "extra_budgetary_mln", None),
                 ("Планируемое количество рабочих мест", "jobs_planned", None),
                 ("Головная организация", "lead_organization", None),
                 ("Руководитель проекта (ФИО)", None, "contact person")]
        h = spec["header"]
        for i, (t, f, why) in enumerate(heads, start=1):
            sh.set(h, i, t, bold=True, wrap=True, border=True)
            sh.widths[i] = {1: 5, 3: 52, 12: 44, 13: 30}.get(i, 15)
        cols = [[t, f] for t, f, _ in heads if f]
        ign = [[t, why] for t, f, why in heads if not f]
        for c in cols + ign:
            if c not in all_columns and c[1] in FIELDS:
                all_columns.append(c)
        r = h + 1
        n = 0
        data_rows = []
        for p in spec["rows"]:
            if p is None:
                r += 1
                continue
            n += 1
            p.c["cluster"] = spec["key"]
            for i, (t, f, why) in enumerate(heads, start=1):
                if i == 1:
                    v, fmt = n, None
                elif i == 13:
                    v, fmt = p.extra["head"], None
                elif f in p.w:
                    v = p.w[f]
                    fmt = "@" if isinstance(v, str) else None
                elif f in MONEY:
                    v = money_cell(p.c[f], spec["factor"])
                    fmt = "#,##0" if spec["factor"] == 1000 else ("0.0000" if spec["factor"] != 1 else "#,##0.0")
                elif f in DATES:
                    v, fmt = p.c[f], "DD.MM.YYYY"
                else:
                    v, fmt = p.c.get(f), None
                if f and f not in ("code", "name") and "reject" not in p.extra:
                    W.note(p.code, f, p.c.get(f), v)
                sh.set(r, i, v, fmt=fmt, wrap=(i == 3), border=True)
            if "reject" in p.extra:
                f, why = p.extra["reject"]
                rejected.append({"sheet": spec["sheet"], "row": r, "reason": why,
                                 "column": col_letter([x[1] for x in heads].index(f) + 1), "code": p.code})
            else:
                records.append(record(p, CL_FIELDS))
                W.items.setdefault(p.code, []).append(
                    ["cluster", spec["key"], f"(from the sheet '{spec['sheet']}'; A1 '{spec['full']}')"])
            data_rows.append(r)
            r += 1
        info = {"sheet": spec["sheet"], "cluster": spec["key"], "full_name_in_A1": spec["full"],
                "header_row": h, "data_rows": data_rows, "unit": {1000: "тыс. руб.", 1: "млн руб."}.get(
                    spec["factor"], "млрд руб."), "unit_where": spec["unit_where"],
                "columns": cols, "ignored_columns": ign}
        if "hidden_row" in spec:
            sh.hidden_rows.add(spec["hidden_row"])
            info["hidden_row"] = spec["hidden_row"]
        if "hidden_col" in spec:
            sh.hidden_cols.add(spec["hidden_col"])
            info["hidden_column"] = col_letter(spec["hidden_col"])
        sheets_info.append(info)
    ex = bk.add("Пояснения")
    for i, t in enumerate([
        "Пояснения к перечню проектов консорциума",
        "Каждый лист содержит проекты одного кластера ИНО «Томск»; полное наименование кластера — в ячейке A1.",
        "Единицы измерения указаны в заголовке листа или в заголовке графы и на разных листах различаются.",
        "Руководитель проекта — контактное лицо от головной организации.",
        "Проектный офис консорциума, тел. (3822) 70-17-00",
    ], start=1):
        ex.set(i, 1, t)
    bk.save(HERE / CLUSTER_FILE)
    exp = {
        "file": CLUSTER_FILE, "refused": False, "fields": CL_FIELDS, "record_count": len(records),
        "records": records, "rejected": rejected,
        "sender": "project office of a university consortium (Проектный офис консорциума томских университетов)",
        "columns": all_columns,
        "ignored_columns": [["№", "row number"], ["Руководитель проекта (ФИО)", "contact person"]],
        "sheets": sheets_info,
        "hidden": {"row": {"sheet": "Дикоросы", "row": 6},
                   "column": {"sheet": "ТрИЗ", "column": "D", "field": "work_area"}},
        "notes": ("Seven cluster sheets and a text sheet 'Пояснения' (no project table). The record's cluster comes "
                  "from the sheet: short sheet names ('Нефтехимия', 'Ядерные технологии', 'Лесопромышленный', "
                  "'Фарма', 'Медтехника и ИТ', 'Дикоросы', 'ТрИЗ') with the full cluster name in A1. The unit differs "
                  "from sheet to sheet and is written in only one place: in a title row after the date "
                  "('Нефтехимия': тыс. руб.), in a title row before the date ('Ядерные технологии': млн руб., "
                  "'ТрИЗ': млрд руб.), in a separate title row under the date ('Медтехника и ИТ': тыс. рублей) or in "
                  "the money headers ('Лесопромышленный': тыс. руб., 'Фарма': млрд руб., 'Дикоросы': млн руб.); all "
                  "amounts are given here in RUB million. The header row is row 4 on most sheets, row 3 on "
                  "'Ядерные технологии' and row 5 on 'Медтехника и ИТ'. Statuses are participles and phrases "
                  "('Реализуемый', 'Планируемый', 'Завершённый', 'Приостановленный', 'В реализации', 'Реализован'). "
                  "Ends are dates, 'dd.mm.yyyy' text, quarters ('IV кв. 2026', 'II кв. 2026', 'Q4 2027') or years "
                  "(text '2027', number 2028). Row 6 on 'Дикоросы' is hidden and column D (Направление) on 'ТрИЗ' is "
                  "hidden: both are data. Row 7 on 'Лесопромышленный' is a blank spacer. Rejected: "
                  "'Лесопромышленный' row 8 (end 31.12.2025 before start 01.03.2027). Look-alike columns not "
                  "imported: '№' and 'Руководитель проекта (ФИО)' (a contact person, not the lead organisation, "
                  "which is 'Головная организация'). No null values."),
    }
    exp["written_as"] = W.items
    write_json(HERE / "agency32_consortium_clusters.expected.json", exp)


# ================================================================ 4. English tracker (development bank)
ENGLISH_FILE = "agency32_devbank_tracker.xlsx"
EN = [
    P("INO-3251", "Линия производства биаксиально-ориентированной полипропиленовой плёнки",
      cluster="petrochemical", w_cluster="Petrochemicals", work_area="industry", w_work_area="Advanced manufacturing",
      location="Томск", w_location="Tomsk", status="in_progress", w_status="In progress",
      start_date=date(2022, 7, 1), end_date=yend(2026), w_end_date="Q4 2026",
      total_cost_mln=D("3420"), federal_budget_mln=D("0"), regional_budget_mln=D("150"),
      extra_budgetary_mln=D("3270"), extra_budgetary_confirmed_mln=D("2800"),
      jobs_planned=210, jobs_created=95, lead_organization="ООО «Томские полимерные плёнки»",
      problems="Awaiting customs clearance of the extrusion line",
      x_disb=D("1900"), x_pct=D("0.55"), x_rm="A. Smirnov", x_entered=date(2025, 3, 14), x_sfmt="d mmm yyyy"),
    P("INO-3252", "Nuclear medicine centre, phase 2",
      cluster="nuclear", w_cluster="Nuclear", work_area="science_education", w_work_area="Science & education",
      location="Северск", w_location="Seversk", status="planned", w_status="Planned",
      start_date=date(2026, 2, 1), w_start_date="01.02.2026", end_date=yend(2028), w_end_date=2028,
      total_cost_mln=D("1600"), federal_budget_mln=D("900"), regional_budget_mln=D("200"),
      extra_budgetary_mln=D("500"), extra_budgetary_confirmed_mln=D("0"),
      jobs_planned=90, jobs_created=0, lead_organization="ФГБУ «Северский научно-клинический центр»",
      problems=None, x_disb=D("0"), x_pct=D("0"), x_rm="A. Smirnov", x_entered=date(2025, 4, 2)),
    P("INO-3253", "Завод ориентированно-стружечных плит в Асино",
      cluster="timber", w_cluster="Forestry & timber", work_area="industry", w_work_area="Advanced manufacturing",
      location="Асино", w_location="Asino", status="completed", w_status="COMPLETED",
      start_date=date(2019, 4, 15), end_date=date(2023, 10, 31),
      total_cost_mln=D("9800"), federal_budget_mln=D("0"), regional_budget_mln=D("0"),
      extra_budgetary_mln=D("9800"), extra_budgetary_confirmed_mln=D("9800"),
      jobs_planned=400, jobs_created=400, lead_organization="ООО «Асино ОСП»", problems=None,
      x_disb=D("9800"), x_pct=D("1"), x_rm="E. Volkova", x_entered=date(2024, 11, 20), x_sfmt="yyyy-mm-dd",
      x_efmt="yyyy-mm-dd"),
    P("INO-3254", "Контрактное производство стерильных растворов",
      cluster="pharma", w_cluster="Pharmaceuticals", work_area="industry", w_work_area="Advanced manufacturing",
      location="Томский район", w_location="Tomsk district", status="suspended", w_status="On hold",
      start_date=date(2021, 11, 1), end_date=qend(2, 2026), w_end_date="Q2 2026",
      total_cost_mln=D("735"), federal_budget_mln=D("0"), regional_budget_mln=D("35"),
      extra_budgetary_mln=D("700"), extra_budgetary_confirmed_mln=D("350"),
      jobs_planned=65, jobs_created=20, lead_organization="ООО «СибФармКонтракт»",
      problems="Sponsor is looking for a co-investor",
      x_disb=D("260"), x_pct=D("0.3"), x_rm="E. Volkova", x_entered=date(2024, 12, 5)),
    P("INO-3255", "Тепличный комплекс по выращиванию овощей",
      cluster=None, w_cluster="Agri-food", work_area="industry", w_work_area="Advanced manufacturing",
      location="Томский район", w_location="Tomsk district", status="planned", w_status="Planned",
      start_date=date(2026, 5, 1), end_date=yend(2028), w_end_date=2028,
      total_cost_mln=D("2100"), federal_budget_mln=D("0"), regional_budget_mln=D("100"),
      extra_budgetary_mln=D("2000"), extra_budgetary_confirmed_mln=D("0"),
      jobs_planned=150, jobs_created=0, lead_organization="ООО «Томская теплица»", problems=None,
      x_disb=D("0"), x_pct=D("0"), x_rm="A. Smirnov", x_entered=date(2025, 6, 30),
      x_reject=("cluster", "unknown cluster 'Agri-food'")),
    P("INO-3256", "Hospital information system roll-out in district hospitals",
      cluster="medtech_it", w_cluster="Medical devices & IT", work_area="smart_city", w_work_area="Smart city",
      location="Колпашево", w_location="Kolpashevo", status="completed", w_status="Completed",
      start_date=date(2022, 3, 15), w_start_date="15.03.2022", end_date=date(2024, 6, 30),
      total_cost_mln=D("62.5"), federal_budget_mln=D("20"), regional_budget_mln=D("30"),
      extra_budgetary_mln=D("12.5"), extra_budgetary_confirmed_mln=D("12.5"),
      jobs_planned=10, jobs_created=10, lead_organization="ООО «МедИнфоСистемы»", problems=None,
      x_disb=D("62.5"), x_pct=D("1"), x_rm="E. Volkova", x_entered=date(2024, 7, 1), x_efmt="yyyy-mm-dd"),
    P("INO-3257", "Переработка лесных ягод с шоковой заморозкой",
      cluster="wildlife", w_cluster="Wild-harvested products", work_area="industry",
      w_work_area="Advanced manufacturing", location="Колпашево", w_location="Kolpashevo",
      status="in_progress", w_status="Ongoing",
      start_date=date(2023, 6, 1), end_date=yend(2026), w_end_date="2026",
      total_cost_mln=D("214"), federal_budget_mln=D("0"), regional_budget_mln=D("14"),
      extra_budgetary_mln=D("200"), extra_budgetary_confirmed_mln=D("140"),
      jobs_planned=55, jobs_created=30, lead_organization="ООО «Нарымские дикоросы»",
      problems="Seasonal shortage of raw berries",
      x_disb=D("120"), x_pct=D("0.6"), x_rm="A. Smirnov", x_entered=date(2025, 1, 22)),
    P("INO-3258", "Pilot horizontal drilling in the Bazhenov formation",
      cluster="hard_to_recover", w_cluster="Hard-to-recover oil", work_area="innovation_business",
      w_work_area="Tech innovation & new business", location="Стрежевой", w_location="Strezhevoy",
      status="in_progress", w_status="in progress ",
      start_date=date(2020, 9, 1), end_date=yend(2027), w_end_date="IV кв. 2027",
      total_cost_mln=D("12500"), federal_budget_mln=D("0"), regional_budget_mln=D("0"),
      extra_budgetary_mln=D("12500"), extra_budgetary_confirmed_mln=D("8000"),
      jobs_planned=300, jobs_created=180, lead_organization="АО «ТомскТрИЗ-Инвест»",
      problems="Decision on the regional tax incentive is pending",
      x_disb=D("7400"), x_pct=D("0.58"), x_rm="D. Orlov", x_entered=date(2024, 10, 9)),
    P("INO-3259", "Бизнес-инкубатор при технопарке",
      cluster=None, w_cluster="n/a", work_area="business_environment", w_work_area="Business climate",
      location="Томск", w_location="Tomsk", status="planned", w_status="Planned",
      start_date=date(2026, 1, 15), end_date=yend(2027), w_end_date=2027,
      total_cost_mln=D("45"), federal_budget_mln=D("0"), regional_budget_mln=D("80"),
      extra_budgetary_mln=D("-35"), extra_budgetary_confirmed_mln=D("0"),
      jobs_planned=15, jobs_created=0, lead_organization="АНО «Томский центр поддержки бизнеса»", problems=None,
      x_disb=D("0"), x_pct=D("0"), x_rm="D. Orlov", x_entered=date(2025, 8, 18),
      x_reject=("extra_budgetary_mln", "negative amount")),
    P("INO-3260", "One-stop investor support office",
      cluster=None, w_cluster="n/a", work_area="business_environment", w_work_area="Business climate",
      location="Томск", w_location="Tomsk", status="completed", w_status="Completed",
      start_date=date(2021, 2, 1), end_date=date(2022, 12, 31),
      total_cost_mln=D("18.4"), federal_budget_mln=D("0"), regional_budget_mln=D("18.4"),
      extra_budgetary_mln=D("0"), extra_budgetary_confirmed_mln=D("0"),
      jobs_planned=6, jobs_created=6, lead_organization="АНО «Томский центр поддержки бизнеса»", problems=None,
      x_disb=D("18.4"), x_pct=D("1"), x_rm="D. Orlov", x_entered=date(2023, 2, 10)),
    P("INO-3261", "Start-up accelerator at the Technology Valley",
      cluster=None, w_cluster="", work_area="innovation_business", w_work_area="Tech innovation & new business",
      location="Томский район", w_location="Tomsk district", status="in_progress", w_status="Under implementation",
      start_date=date(2024, 1, 15), end_date=date(2027, 12, 31),
      total_cost_mln=D("450"), federal_budget_mln=D("150"), regional_budget_mln=D("100"),
      extra_budgetary_mln=D("200"), extra_budgetary_confirmed_mln=D("50"),
      jobs_planned=70, jobs_created=25, lead_organization="АО «Томская технологическая долина»",
      problems="Anchor resident not yet confirmed",
      x_disb=D("140"), x_pct=D("0.25"), x_rm="E. Volkova", x_entered=date(2024, 2, 1), x_sfmt="mm/dd/yyyy"),
    P("INO-3262", "Полипропиленовые трубы для нефтепромыслов",
      cluster="petrochemical", w_cluster="Petrochemicals", work_area="industry", w_work_area="Advanced manufacturing",
      location="Стрежевой", w_location="Strezhevoy", status="completed", w_status="completed",
      start_date=date(2020, 3, 10), end_date=qend(3, 2023), w_end_date="Q3 2023",
      total_cost_mln=D("295"), federal_budget_mln=D("0"), regional_budget_mln=D("25"),
      extra_budgetary_mln=D("270"), extra_budgetary_confirmed_mln=D("270"),
      jobs_planned=45, jobs_created=45, lead_organization="ООО «ТрубПласт Север»", problems=None,
      x_disb=D("295"), x_pct=D("1"), x_rm="D. Orlov", x_entered=date(2023, 10, 2)),
    P("INO-3263", "Экспериментальный участок аддитивного производства деталей для атомной отрасли",
      cluster="nuclear", w_cluster="Nuclear", work_area="industry", w_work_area="Advanced manufacturing",
      location="Северск", w_location="Seversk (ZATO)", status="suspended", w_status="Suspended",
      start_date=date(2022, 2, 1), end_date=yend(2026), w_end_date=2026,
      total_cost_mln=D("520"), federal_budget_mln=D("260"), regional_budget_mln=D("0"),
      extra_budgetary_mln=D("260"), extra_budgetary_confirmed_mln=D("100"),
      jobs_planned=35, jobs_created=12, lead_organization="АО «Северский изотопный комбинат»",
      problems="Certification of printed parts is delayed",
      x_disb=D("190"), x_pct=D("0.35"), x_rm="A. Smirnov", x_entered=date(2024, 5, 17)),
]


def make_english():
    bk = Book("Project Finance Desk", "Regional development bank")
    cov = bk.add("Cover")
    for i, t in enumerate([
        "INO Tomsk — project finance pipeline",
        "Prepared by: Project Finance Desk, Siberian branch of a regional development bank",
        "Data sheet: 'Pipeline'. Units are given in each column heading (RUB bn, RUB m or RUB '000).",
        "Lists of allowed values: sheet 'Lists'.",
        "Confidential — for internal use of the INO Tomsk programme office.",
    ], start=1):
        cov.set(i, 1, t)
    sh = bk.add("Pipeline")
    heads = [("#", None, "row number"), ("INO code", "code", None), ("Project name", "name", None),
             ("Sector", "cluster", None), ("Priority area", "work_area", None), ("Location", "location", None),
             ("STATUS", "status", None), ("Start date", "start_date", None), ("Completion:", "end_date", None),
             ("Total capex, RUB bn", "total_cost_mln", None),
             ("Federal budget, RUB '000", "federal_budget_mln", None),
             ("Regional budget, RUB '000", "regional_budget_mln", None),
             ("Private investment, RUB m", "extra_budgetary_mln", None),
             ("Private inv. confirmed, RUB m", "extra_budgetary_confirmed_mln", None),
             ("Disbursed to date, RUB m", None, "spent to date"),
             ("% complete", None, "percent complete"),
             ("Jobs planned", "jobs_planned", None), ("Jobs created.", "jobs_created", None),
             ("Sponsor", "lead_organization", None), ("Key issues", "problems", None),
             ("Relationship manager", None, "contact person"), ("Entered on", None, "date of data entry")]
    factors = {"total_cost_mln": D("0.001"), "federal_budget_mln": 1000, "regional_budget_mln": 1000,
               "extra_budgetary_mln": 1, "extra_budgetary_confirmed_mln": 1}
    sh.set(1, 1, "INO Tomsk pipeline — Project Finance Desk", bold=True)
    sh.set(2, 1, "As of 30 Sep 2025; amounts in the units shown in each column heading")
    H = 4
    for i, (t, f, why) in enumerate(heads, start=1):
        sh.set(H, i, t, bold=True, wrap=True, border=True)
        sh.widths[i] = {1: 4, 3: 50, 19: 40, 20: 40}.get(i, 14)
    W = Written()
    records, rejected = [], []
    r = H + 1
    for n, p in enumerate(EN, start=1):
        for i, (t, f, why) in enumerate(heads, start=1):
            if i == 1:
                v, fmt = n, None
            elif f is None:
                v = {15: p.extra["disb"], 16: p.extra["pct"], 21: p.extra["rm"], 22: p.extra["entered"]}[i]
                fmt = {15: "#,##0.0", 16: "0%", 21: None, 22: "d mmm yyyy"}[i]
            elif f in p.w:
                v = p.w[f]
                fmt = "@" if isinstance(v, str) and f in DATES else None
            elif f in MONEY:
                v = money_cell(p.c[f], factors[f])
                fmt = {D("0.001"): "0.0000", 1000: "#,##0", 1: "#,##0.0"}[factors[f]]
            elif f in DATES:
                v = p.c[f]
                fmt = p.extra.get("sfmt" if f == "start_date" else "efmt", "d mmm yyyy")
            else:
                v, fmt = p.c.get(f), None
            if f and f not in ("code", "name") and "reject" not in p.extra:
                W.note(p.code, f, p.c.get(f), v)
            if v == "" or v is None:
                continue
            sh.set(r, i, v, fmt=fmt, border=True)
        if "reject" in p.extra:
            f, why = p.extra["reject"]
            rejected.append({"sheet": "Pipeline", "row": r, "reason": why,
                             "column": col_letter([x[1] for x in heads].index(f) + 1), "code": p.code})
        else:
            records.append(record(p, FIELDS))
        r += 1
    last = r - 1
    lists = bk.add("Lists")
    lists.set(1, 1, "Sector list", bold=True)
    lists.set(1, 2, "Status list", bold=True)
    for i, t in enumerate(["Petrochemicals", "Nuclear", "Forestry & timber", "Pharmaceuticals",
                           "Medical devices & IT", "Wild-harvested products", "Hard-to-recover oil", "n/a"], start=2):
        lists.set(i, 1, t)
    for i, t in enumerate(["Planned", "In progress", "Ongoing", "Under implementation", "On hold",
                           "Suspended", "Completed"], start=2):
        lists.set(i, 2, t)
    bk.save(HERE / ENGLISH_FILE)
    exp = {
        "file": ENGLISH_FILE, "refused": False, "fields": FIELDS, "record_count": len(records),
        "records": records, "rejected": rejected,
        "sender": "project-finance desk of a development bank (English-language pipeline tracker)",
        "data_sheet": "Pipeline", "header_row": H, "data_rows": [H + 1, last],
        "columns": [[t, f] for t, f, _ in heads if f],
        "ignored_columns": [[t, why] for t, f, why in heads if not f],
        "units": {"Total capex, RUB bn": "billion", "Federal budget, RUB '000": "thousand",
                  "Regional budget, RUB '000": "thousand", "Private investment, RUB m": "million",
                  "Private inv. confirmed, RUB m": "million"},
        "notes": ("Three sheets: 'Cover' (text), 'Pipeline' (the data) and 'Lists' (drop-down vocabularies: no codes, "
                  "no names, not a project table). On 'Pipeline' rows 1-2 are titles, the header is row 4, data rows "
                  "5-17. English headers, each money column with its own unit: 'RUB bn' (1.6 = 1600 mln), 'RUB '000' "
                  "(150 000 = 150 mln) and 'RUB m'. One header in capitals ('STATUS'), one ending with a colon "
                  "('Completion:') and one with a full stop ('Jobs created.'). Clusters as English sector names "
                  "('Petrochemicals', 'Forestry & timber', 'Medical devices & IT', 'Wild-harvested products', "
                  "'Hard-to-recover oil'); 'n/a' or empty = no cluster (null). Work areas in English ('Advanced "
                  "manufacturing' = industry, 'Tech innovation & new business', 'Business climate'). Statuses 'On "
                  "hold' (suspended), 'Ongoing' and 'Under implementation' (in progress), 'in progress ' with a "
                  "trailing space, 'COMPLETED'. Places in English transliteration ('Tomsk district' = Томский район, "
                  "'Seversk (ZATO)'). Start dates: real dates in formats 'd mmm yyyy', 'yyyy-mm-dd' and 'mm/dd/yyyy', "
                  "or text 'dd.mm.yyyy'. Completion: real dates, quarters ('Q4 2026', 'Q2 2026', 'Q3 2023', "
                  "'IV кв. 2027'), years as text ('2026') or numbers in General cells (2028, 2026). Rejected: row 9 "
                  "(unknown sector 'Agri-food') and row 13 (negative private investment -35.0). Look-alike columns not "
                  "imported: '#', 'Disbursed to date' (spent), '% complete', 'Relationship manager' (contact person) "
                  "and 'Entered on' (date of data entry). Null values are empty cells (no cluster, no key issues)."),
    }
    exp["written_as"] = W.items
    write_json(HERE / "agency32_devbank_tracker.expected.json", exp)


# ================================================================ 5. CSV export (investment agency CRM)
CSV_FILE = "agency32_invest_crm.csv"
CSV_ROWS = [
    P("INO-3266", "Завод по производству стеклопластиковых труб",
      cluster="petrochemical", w_cluster="нефтехимия", work_area="industry", w_work_area="Передовая промышленность",
      location="Томск", w_location="г. Томск", status="in_progress", w_status="Реализуется",
      start_date=date(2023, 6, 1), end_date=date(2026, 12, 31),
      total_cost_mln=D("1250"), w_total_cost_mln="1 250,0", federal_budget_mln=D("0"), w_federal_budget_mln="0",
      regional_budget_mln=D("50"), extra_budgetary_mln=D("1200"), w_extra_budgetary_mln="1 200 000",
      extra_budgetary_confirmed_mln=D("800"), w_extra_budgetary_confirmed_mln="800 000",
      jobs_planned=110, jobs_created=40, lead_organization="ООО «СибСтеклоТруб»",
      problems="Ожидается решение по субсидии на возмещение процентов по кредиту",
      x_y2025="320,0", x_mgr="Кузнецова Е. В.", x_inn="7017456789", x_entered="12.02.2025", x_id="100482"),
    P("INO-3267", "Производство мебельного щита из кедра",
      cluster="timber", w_cluster="лесопромышленный", work_area="industry", w_work_area="Передовая промышленность",
      location="Асино", w_location="Асиновский р-н, г. Асино", status="in_progress", w_status="Проект реализуется",
      start_date=date(2022, 9, 15), end_date=yend(2025), w_end_date="IV кв. 2025",
      total_cost_mln=D("86.4"), federal_budget_mln=D("0"), w_federal_budget_mln="0",
      regional_budget_mln=D("6.4"), extra_budgetary_mln=D("80"), w_extra_budgetary_mln="80 000",
      extra_budgetary_confirmed_mln=D("80"), w_extra_budgetary_confirmed_mln="80 000",
      jobs_planned=30, jobs_created=22, lead_organization="ООО «Кедровый щит»", problems=None,
      x_y2025="12,0", x_mgr="Кузнецова Е. В.", x_inn="7002011234", x_entered="03.10.2022", x_id="100517"),
    P("INO-3268", "Производство имплантатов из пористого никелида титана",
      cluster="medtech_it", w_cluster="Медтехника и ИТ", work_area="innovation_business",
      w_work_area="Технологические инновации, новые бизнесы", location="Томск", w_location="г. Томск",
      status="completed", w_status="Завершен", start_date=date(2020, 2, 1), end_date=date(2023, 11, 30),
      total_cost_mln=D("164"), federal_budget_mln=D("40"), regional_budget_mln=D("24"),
      extra_budgetary_mln=D("100"), w_extra_budgetary_mln="100 000",
      extra_budgetary_confirmed_mln=D("100"), w_extra_budgetary_confirmed_mln="100 000",
      jobs_planned=48, jobs_created=48, lead_organization="ООО «Сибимплант»",
      problems="Подрядчик ООО \"СтройМонтаж\" нарушил сроки; претензия направлена",
      x_y2025="0", x_mgr="Осипов Д. А.", x_inn="7017223344", x_entered="20.01.2020", x_id="100233"),
    P("INO-3269", "Реконструкция гостиницы делового центра",
      cluster=None, w_cluster="—", work_area="business_environment", w_work_area="Деловая среда",
      location="Томск", w_location="г. Томск", status="planned", w_status="Планируется",
      start_date=date(2026, 3, 1), end_date=date(2027, 12, 31),
      total_cost_mln=D("150"), w_total_cost_mln="ок. 150", federal_budget_mln=D("0"), w_federal_budget_mln="0",
      regional_budget_mln=D("0"), extra_budgetary_mln=D("150"), w_extra_budgetary_mln="150 000",
      extra_budgetary_confirmed_mln=D("0"), w_extra_budgetary_confirmed_mln="0",
      jobs_planned=35, jobs_created=0, lead_organization="ООО «Деловой Томск»", problems=None,
      x_y2025="0", x_mgr="Осипов Д. А.", x_inn="7017998877", x_entered="15.07.2025", x_id="101004",
      x_reject=("total_cost_mln", "not a number: 'ок. 150'")),
    P("INO-3270", "Комплекс по переработке грибов и ягод в Колпашеве",
      cluster="wildlife", w_cluster="Дикоросы", work_area="industry", w_work_area="Передовая промышленность",
      location="Колпашево", w_location="Колпашевский р-н, г. Колпашево", status="suspended", w_status="Приостановлен",
      start_date=date(2021, 7, 1), end_date=yend(2026), w_end_date="2026",
      total_cost_mln=D("58.7"), federal_budget_mln=D("0"), w_federal_budget_mln="0",
      regional_budget_mln=D("8.7"), extra_budgetary_mln=D("50"), w_extra_budgetary_mln="50 000",
      extra_budgetary_confirmed_mln=D("20"), w_extra_budgetary_confirmed_mln="20 000",
      jobs_planned=25, jobs_created=9, lead_organization="ООО «Колпашевские дикоросы»",
      problems="Нет подъездной дороги к площадке",
      x_y2025="0", x_mgr="Кузнецова Е. В.", x_inn="7007004455", x_entered="01.08.2021", x_id="100301"),
    P("INO-3271", "Лаборатория синтеза радиофармпрепаратов",
      cluster="nuclear", w_cluster="Ядерные технологии", work_area="science_education", w_work_area="Наука и образование",
      location="Северск", w_location="ЗАТО Северск", status="in_progress", w_status="Реализуется",
      start_date=date(2024, 1, 10), end_date=qend(3, 2027), w_end_date="III кв. 2027",
      total_cost_mln=D("420"), federal_budget_mln=D("300"), regional_budget_mln=D("20"),
      extra_budgetary_mln=D("100"), w_extra_budgetary_mln="100 000",
      extra_budgetary_confirmed_mln=D("100"), w_extra_budgetary_confirmed_mln="100 000",
      jobs_planned=22, jobs_created=5, lead_organization="АО «Северский изотопный комбинат»", problems=None,
      x_y2025="140,0", x_mgr="Осипов Д. А.", x_inn="7024012345", x_entered="25.01.2024", x_id="100850"),
    P("INO-3272", "Молочный комплекс на 1 200 голов",
      cluster=None, w_cluster="Агропромышленный кластер", work_area="industry", w_work_area="Передовая промышленность",
      location="Томский район", w_location="Томский р-н", status="planned", w_status="Планируется",
      start_date=date(2026, 5, 1), end_date=date(2028, 12, 31),
      total_cost_mln=D("980"), federal_budget_mln=D("0"), w_federal_budget_mln="0",
      regional_budget_mln=D("80"), extra_budgetary_mln=D("900"), w_extra_budgetary_mln="900 000",
      extra_budgetary_confirmed_mln=D("0"), w_extra_budgetary_confirmed_mln="0",
      jobs_planned=120, jobs_created=0, lead_organization="ООО «Томская нива»", problems=None,
      x_y2025="0", x_mgr="Кузнецова Е. В.", x_inn="7014055667", x_entered="11.06.2025", x_id="101010",
      x_reject=("cluster", "unknown cluster 'Агропромышленный кластер'")),
    P("INO-3273", "Сервис онлайн-подачи заявок на земельные участки для инвесторов",
      cluster=None, w_cluster="—", work_area="business_environment", w_work_area="Деловая среда",
      location="Томск", w_location="г. Томск", status="completed", w_status="Проект завершен",
      start_date=date(2022, 3, 1), end_date=date(2023, 12, 1),
      total_cost_mln=D("12.5"), federal_budget_mln=D("0"), w_federal_budget_mln="0",
      regional_budget_mln=D("12.5"), extra_budgetary_mln=D("0"), w_extra_budgetary_mln="0",
      extra_budgetary_confirmed_mln=D("0"), w_extra_budgetary_confirmed_mln="0",
      jobs_planned=4, jobs_created=4, lead_organization="ОГБУ «Томский центр цифровых решений»", problems=None,
      x_y2025="0", x_mgr="Осипов Д. А.", x_inn="7017112233", x_entered="10.03.2022", x_id="100611"),
    P("INO-3274", "Пилотная добыча трудноизвлекаемой нефти на Арчинском месторождении",
      cluster="hard_to_recover", w_cluster="Трудноизвлекаемые запасы", work_area="industry",
      w_work_area="Передовая промышленность", location="Стрежевой", w_location="ГО Стрежевой",
      status="in_progress", w_status="Реализуется",
      start_date=date(2021, 1, 1), end_date=yend(2029), w_end_date="2029",
      total_cost_mln=D("25600"), w_total_cost_mln="25 600,0", federal_budget_mln=D("0"), w_federal_budget_mln="0",
      regional_budget_mln=D("0"), w_regional_budget_mln="0", extra_budgetary_mln=D("25600"),
      w_extra_budgetary_mln="25" + NBSP + "600" + NBSP + "000",
      extra_budgetary_confirmed_mln=D("18000"), w_extra_budgetary_confirmed_mln="18" + NBSP + "000" + NBSP + "000",
      jobs_planned=350, jobs_created=120, lead_organization="АО «ТомскТрИЗ-Инвест»",
      problems="Требуется продление лицензии на пользование недрами",
      x_y2025="4 100,0", x_mgr="Кузнецова Е. В.", x_inn="7022015566", x_entered="18.01.2021", x_id="100145"),
    P("INO-3275", "Выпуск фитопрепаратов на основе чаги",
      cluster="pharma", w_cluster="Фармацевтика", work_area="industry", w_work_area="Передовая промышленность",
      location="Томский район", w_location="Томский р-н, с. Богашёво", status="planned", w_status="Планируется",
      start_date=date(2026, 3, 1), end_date=date(2028, 12, 31),
      total_cost_mln=D("96"), federal_budget_mln=D("0"), w_federal_budget_mln="0",
      regional_budget_mln=D("6"), extra_budgetary_mln=D("90"), w_extra_budgetary_mln="90 000",
      extra_budgetary_confirmed_mln=D("0"), w_extra_budgetary_confirmed_mln="0",
      jobs_planned=28, jobs_created=0, lead_organization="ООО «Чага Сибири»", problems=None,
      x_y2025="0", x_mgr="Осипов Д. А.", x_inn="7014077889", x_entered="02.09.2025", x_id="101077"),
    P("INO-3276", "Умные остановки общественного транспорта",
      cluster=None, w_cluster="", work_area="smart_city", w_work_area="Умный город",
      location="Томск", w_location="г. Томск", status="in_progress", w_status="Реализуется",
      start_date=date(2024, 4, 1), end_date=yend(2025), w_end_date="IV кв. 2025",
      total_cost_mln=D("36.8"), federal_budget_mln=D("0"), w_federal_budget_mln="0",
      regional_budget_mln=D("20"), extra_budgetary_mln=D("16.8"), w_extra_budgetary_mln="16 800",
      extra_budgetary_confirmed_mln=D("16.8"), w_extra_budgetary_confirmed_mln="16 800",
      jobs_planned=6, jobs_created=6, lead_organization="ООО «Умный транспорт Томск»", problems=None,
      x_y2025="21,5", x_mgr="Осипов Д. А.", x_inn="7017334455", x_entered="05.04.2024", x_id="100903"),
    P("INO-3277", "Производство оборудования для дистанционного мониторинга пациентов",
      cluster="medtech_it", w_cluster="медтехника и ИТ", work_area="innovation_business",
      w_work_area="Технологические инновации, новые бизнесы", location="Северск", w_location="Томская обл., г. Северск",
      status="completed", w_status="Завершён", start_date=date(2021, 9, 1), end_date=date(2024, 6, 30),
      total_cost_mln=D("75.3"), federal_budget_mln=D("25.3"), regional_budget_mln=D("0"), w_regional_budget_mln="0",
      extra_budgetary_mln=D("50"), w_extra_budgetary_mln="50 000",
      extra_budgetary_confirmed_mln=D("50"), w_extra_budgetary_confirmed_mln="50 000",
      jobs_planned=26, jobs_created=26, lead_organization="ООО «ТелеМедСиб»", problems=None,
      x_y2025="0", x_mgr="Кузнецова Е. В.", x_inn="7024056677", x_entered="14.09.2021", x_id="100399"),
    P("INO-3278", "Научно-образовательный центр нефтехимии",
      cluster="petrochemical", w_cluster="Нефтехимический кластер", work_area="science_education",
      w_work_area="Наука, образование", location="Томск", w_location="г. Томск", status="in_progress",
      w_status="Реализуется", start_date=date(2023, 9, 1), end_date=yend(2027), w_end_date="2027",
      total_cost_mln=D("640"), federal_budget_mln=D("400"), regional_budget_mln=D("140"),
      extra_budgetary_mln=D("100"), w_extra_budgetary_mln="100 000",
      extra_budgetary_confirmed_mln=D("60"), w_extra_budgetary_confirmed_mln="60 000",
      jobs_planned=45, jobs_created=15, lead_organization=TPU,
      problems="Не согласован проект корпуса лабораторий; ждём ответа Минобрнауки",
      x_y2025="210,0", x_mgr="Осипов Д. А.", x_inn="7018007264", x_entered="04.09.2023", x_id="100777"),
]


def make_csv():
    heads = [("ID записи", None, "CRM record id"), ("Код проекта ИНО", "code", None),
             ("Название проекта", "name", None), ("Кластер (отрасль)", "cluster", None),
             ("Направление ИНО", "work_area", None), ("МО", "location", None), ("Стадия", "status", None),
             ("Дата старта", "start_date", None), ("Дата завершения (план)", "end_date", None),
             ("Объем инвестиций всего, млн руб.", "total_cost_mln", None),
             ("ФБ, млн руб.", "federal_budget_mln", None), ("ОБ, млн руб.", "regional_budget_mln", None),
             ("ВБИ, тыс. руб.", "extra_budgetary_mln", None),
             ("ВБИ подтвержденные, тыс. руб.", "extra_budgetary_confirmed_mln", None),
             ("Инвестиции в 2025 г., млн руб.", None, "one year's slice (2025 only)"),
             ("Раб. места (план)", "jobs_planned", None), ("Раб. места (факт)", "jobs_created", None),
             ("Инвестор / инициатор", "lead_organization", None), ("Проблемы по проекту:", "problems", None),
             ("Менеджер агентства", None, "contact person"), ("ИНН инвестора", None, "tax number"),
             ("Дата внесения в CRM", None, "date of data entry")]
    units = {"total_cost_mln": 1, "federal_budget_mln": 1, "regional_budget_mln": 1,
             "extra_budgetary_mln": 1000, "extra_budgetary_confirmed_mln": 1000}
    buf = io.StringIO()
    wr = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    wr.writerow([h[0] for h in heads])
    W = Written()
    records, rejected = [], []
    line = 2
    for p in CSV_ROWS:
        out = []
        for i, (t, f, why) in enumerate(heads):
            if f is None:
                v = {0: p.extra["id"], 14: p.extra["y2025"], 19: p.extra["mgr"], 20: p.extra["inn"],
                     21: p.extra["entered"]}[i]
            elif f in p.w:
                v = p.w[f]
            elif f in MONEY:
                v = ru_num(money_cell(p.c[f], units[f]), None, " ")
            elif f in DATES:
                v = ymd(p.c[f])
            elif f in JOBS:
                v = str(p.c[f])
            else:
                v = p.c.get(f) or ""
            plain = None
            if f in MONEY:
                plain = ru_num(p.c[f], None, "")
            elif f in DATES:
                plain = ymd(p.c[f])
            elif f in JOBS:
                plain = str(p.c[f])
            if f and f not in ("code", "name") and "reject" not in p.extra and v != plain:
                W.note(p.code, f, p.c.get(f), v if v != "" else None)
            out.append(v)
        wr.writerow(out)
        if "reject" in p.extra:
            f, why = p.extra["reject"]
            rejected.append({"sheet": None, "row": line, "reason": why,
                             "column": col_letter([x[1] for x in heads].index(f) + 1), "code": p.code})
        else:
            records.append(record(p, FIELDS))
        line += 1
    data = buf.getvalue().encode("cp1251")
    (HERE / CSV_FILE).write_bytes(data)
    # drop written_as entries that are only the null/empty identity
    items = {c: [e for e in v if not (e[1] is None and e[2] is None)] for c, v in W.items.items()}
    exp = {
        "file": CSV_FILE, "refused": False, "fields": FIELDS, "record_count": len(records),
        "records": records, "rejected": rejected,
        "sender": "regional investment agency, export from its CRM",
        "encoding": "cp1251", "delimiter": ";", "header_line": 1, "data_lines": [2, line - 1],
        "columns": [[t, f] for t, f, _ in heads if f],
        "ignored_columns": [[t, why] for t, f, why in heads if not f],
        "notes": ("CRM export: Windows-1251, no byte-order mark, CRLF line ends, ';' separator; fields holding ';' or "
                  "'\"' are quoted with inner quotes doubled. Line 1 is the header, one project per line after it. "
                  "Units differ by column: 'млн руб.' for the total, ФБ and ОБ, but 'тыс. руб.' for ВБИ and "
                  "'ВБИ подтвержденные' (so '1 200 000' there is 1200 mln). Numbers use a decimal comma and a plain or "
                  "non-breaking space as thousands separator ('1 250,0', '25 600 000'). Dates are dd.mm.yyyy; "
                  "planned ends also as quarters ('IV кв. 2025', 'III кв. 2027') or bare years ('2026' = "
                  "2026-12-31). Places as 'МО' values with prefixes ('ГО Стрежевой', 'Томская обл., г. Северск', "
                  "'Асиновский р-н, г. Асино', 'Томский р-н, с. Богашёво'). Rejected: line 5 (total 'ок. 150' is not "
                  "a number) and line 8 (unknown cluster 'Агропромышленный кластер'); a CSV has no sheets, so "
                  "`sheet` is null and `row` is the line number. Look-alike columns not imported: the CRM record id "
                  "'ID записи' (not the project code), 'Инвестиции в 2025 г.' (one year's slice), 'Менеджер "
                  "агентства' (contact person), 'ИНН инвестора' and 'Дата внесения в CRM'. Null values are empty "
                  "fields (no cluster, no problems) or '—' in the cluster column."),
    }
    exp["written_as"] = items
    write_json(HERE / "agency32_invest_crm.expected.json", exp)


# ================================================================ 6. formulas (city district administration)
FORMULA_FILE = "agency32_go_formulas.xlsx"
F_FIELDS = ["code", "name", "total_cost_mln", "federal_budget_mln", "regional_budget_mln",
            "extra_budgetary_mln", "jobs_planned"]
# code, name, ФБ, ОБ, МБ, ВБИ (тыс. руб.), в 2025 году, jobs (int or (a, b) formula), готовность, total cached?
FROWS = [
    ("INO-3281", "Благоустройство набережной и общественного пространства «Северное сияние»",
     0, 42000, 18000, 0, 30000, 8, D("0.5"), True),
    ("INO-3282", "Модернизация котельной с переводом на попутный нефтяной газ",
     0, 35500, 4500, 120000, 60000, (12, 6), D("0.4"), True),
    ("INO-3283", "Бизнес-инкубатор для предпринимателей нефтесервиса",
     0, 12300, 2700, 5000, 8000, 10, D("0.7"), True),
    ("INO-3284", "Сервисная база по ремонту бурового оборудования",
     0, 0, 0, 245800, 90000, (35, 15), D("0.35"), True),
    ("INO-3285", "Цифровая система учёта коммунальных ресурсов",
     15000, 10000, 5000, 20000, 25000, 5, D("0.6"), True),
    ("INO-3286", "Станция технического обслуживания специальной техники",
     0, 0, 0, 78000, 40000, 20, D("0.2"), False),
    ("INO-3287", "Центр подготовки кадров для нефтегазовой отрасли",
     30000, 25000, 5000, 40000, 35000, (10, 4), D("0.45"), True),
    ("INO-3288", "Производство модульных зданий для вахтовых посёлков",
     0, 6000, 0, 134000, 70000, 60, D("0.5"), True),
    ("INO-3289", "Полигон переработки нефтешламов",
     0, 18000, 2000, 310000, 120000, (25, 15), D("0.3"), True),
    ("INO-3290", "Школа программирования «Код Севера»",
     0, 4500, 1500, 2000, 8000, 3, D("0.9"), True),
]


def make_formulas():
    bk = Book("Отдел экономики администрации городского округа Стрежевой",
              "Администрация городского округа Стрежевой")
    sh = bk.add("Расчет ГО")
    heads = [("№ п/п", None, "row number"), ("Код проекта", "code", None),
             ("Наименование мероприятия (проекта)", "name", None),
             ("ФБ", "federal_budget_mln", None), ("ОБ", "regional_budget_mln", None),
             ("МБ", None, "municipal budget (МБ), included in the total but not a canonical field"),
             ("ВБИ", "extra_budgetary_mln", None), ("ВСЕГО ПО ПРОЕКТУ", "total_cost_mln", None),
             ("в т.ч. в 2025 году", None, "one year's slice (2025 only)"),
             ("Рабочие места (план), ед.", "jobs_planned", None),
             ("Готовность, %", None, "percent complete")]
    sh.set(1, 1, "Администрация городского округа Стрежевой", bold=True)
    sh.set(2, 1, "Расчет финансового обеспечения проектов ИНО «Томск» на территории городского округа", bold=True)
    sh.set(3, 1, "тыс. руб.")
    H = 5
    for i, (t, f, why) in enumerate(heads, start=1):
        sh.set(H, i, t, bold=True, wrap=True, border=True)
        sh.widths[i] = {1: 6, 3: 56}.get(i, 13)
    W = Written()
    records, rejected = [], []
    r = H + 1
    nformula = 0
    for n, (code, name, fb, ob, mb, vbi, y25, jobs, pct, cached) in enumerate(FROWS, start=1):
        total = fb + ob + mb + vbi
        sh.set(r, 1, n)
        sh.set(r, 2, code)
        sh.set(r, 3, name, wrap=True)
        for i, v in zip((4, 5, 6, 7), (fb, ob, mb, vbi)):
            sh.set(r, i, v, fmt="#,##0")
        ftxt = f"D{r}+E{r}+F{r}+G{r}" if n % 2 else f"SUM(D{r}:G{r})"
        tf = Formula(ftxt, total if cached else None)
        sh.set(r, 8, tf, fmt="#,##0")
        nformula += 1
        sh.set(r, 9, y25, fmt="#,##0")
        if isinstance(jobs, tuple):
            jf = Formula(f"{jobs[0]}+{jobs[1]}", sum(jobs))
            sh.set(r, 10, jf)
            nformula += 1
            jv = sum(jobs)
        else:
            jf = None
            sh.set(r, 10, jobs)
            jv = jobs
        sh.set(r, 11, pct, fmt="0%")
        if not cached:
            rejected.append({"sheet": sh.name, "row": r, "reason": "formula without a cached value",
                             "column": "H", "code": code})
        else:
            rec = {"code": code, "name": name, "total_cost_mln": float(D(total) / 1000),
                   "federal_budget_mln": float(D(fb) / 1000), "regional_budget_mln": float(D(ob) / 1000),
                   "extra_budgetary_mln": float(D(vbi) / 1000), "jobs_planned": jv}
            records.append(rec)
            W.items.setdefault(code, []).append(["total_cost_mln", rec["total_cost_mln"], repr(tf)])
            W.items[code].append(["federal_budget_mln", rec["federal_budget_mln"], fb])
            W.items[code].append(["regional_budget_mln", rec["regional_budget_mln"], ob])
            W.items[code].append(["extra_budgetary_mln", rec["extra_budgetary_mln"], vbi])
            if jf:
                W.items[code].append(["jobs_planned", jv, repr(jf)])
        r += 1
    last = r - 1
    sh.set(r, 2, "Итого")
    for i in (4, 5, 6, 7, 8, 9, 10):
        L = col_letter(i)
        s = 0
        for (code, name, fb, ob, mb, vbi, y25, jobs, pct, cached) in FROWS:
            s += {4: fb, 5: ob, 6: mb, 7: vbi, 8: fb + ob + mb + vbi, 9: y25,
                  10: sum(jobs) if isinstance(jobs, tuple) else jobs}[i]
        sh.set(r, i, Formula(f"SUM({L}{H + 1}:{L}{last})", s), fmt="#,##0", bold=True)
        nformula += 1
    totals_row = r
    sh.set(r + 2, 1, "Расчет выполнен отделом экономики; «ВСЕГО ПО ПРОЕКТУ» = ФБ + ОБ + МБ + ВБИ.")
    bk.save(HERE / FORMULA_FILE)
    exp = {
        "file": FORMULA_FILE, "refused": False, "fields": F_FIELDS, "record_count": len(records),
        "records": records, "rejected": rejected,
        "sender": "administration of a city district (Администрация городского округа Стрежевой), economics department",
        "header_row": H, "data_rows": [H + 1, last], "totals_row": totals_row,
        "formula_cells": nformula,
        "columns": [[t, f] for t, f, _ in heads if f],
        "ignored_columns": [[t, why] for t, f, why in heads if not f],
        "notes": (f"One sheet 'Расчет ГО'. Title rows 1-3; row 3 holds only the unit 'тыс. руб.', so every amount is "
                  f"thousand roubles (given here in RUB million). Header row 5 with bare abbreviations (ФБ, ОБ, МБ, "
                  f"ВБИ; the total typed in capitals: 'ВСЕГО ПО ПРОЕКТУ'); data rows 6-15; row 16 is the totals row "
                  f"('Итого', SUM formulas); row 18 a note. {nformula} formula cells, all stored with cached results "
                  f"except the total of row 11 (INO-3286): that row is rejected ('formula without a cached value' - "
                  f"recalculate in Excel), not read as 0. The total formula adds the municipal column МБ, which is "
                  f"itself not imported: the total is taken from the cached result and so exceeds ФБ+ОБ+ВБИ where "
                  f"МБ is not zero. Four job counts are formulas such as '=12+6'. Look-alike columns not imported: "
                  f"'№ п/п', 'МБ' (municipal money), 'в т.ч. в 2025 году' (one year's slice) and 'Готовность, %' "
                  f"(percent complete). No null values."),
    }
    exp["written_as"] = W.items
    write_json(HERE / "agency32_go_formulas.expected.json", exp)


def main():
    base = make_minfin()
    make_update(base)
    make_clusters()
    make_english()
    make_csv()
    make_formulas()


if __name__ == "__main__":
    main()
