"""Builders for the importer's test inputs: workbooks made at run time, hostile ones included.

`xlsx_bytes` writes an .xlsx zip part by part, so a test can plant a DTD, a lone far row, a formula
without a cached value or a duplicate entry; `table_xlsx` and `project` make an ordinary project table.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from ino_desktop.importer.limits import column_letter
from tests.paths import PEERS, SAMPLES  # noqa: F401 (the importer's tests take them from here)

HEADER = ["Код", "Наименование проекта", "Кластер", "Статус", "Дата начала", "Дата окончания",
          "Стоимость, млн руб.", "Федеральный бюджет, млн руб.", "Рабочие места (план)", "Проблемные вопросы"]

_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       '<Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/xl/workbook.xml" ContentType="{main}"/>{sheets}</Types>')
_SHEET_CT = ('<Override PartName="/xl/worksheets/sheet{n}.xml" '
             'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
         '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
         '2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
MAIN_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
MAIN_XLSM = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"


def cell_xml(ref: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'
    return f'<c r="{ref}"><v>{value}</v></c>'


def rows_xml(rows: Sequence[Sequence[Any]], first_row: int = 1) -> str:
    """<row> elements for `rows` (inline strings and numbers), numbered from `first_row`."""
    out = []
    for offset, row in enumerate(rows):
        r = first_row + offset
        cells = "".join(cell_xml(f"{column_letter(c)}{r}", v) for c, v in enumerate(row))
        out.append(f'<row r="{r}">{cells}</row>')
    return "".join(out)


def sheet_xml(sheet_data: str, dimension: str = "A1", extra: str = "") -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<dimension ref="{dimension}"/><sheetData>{sheet_data}</sheetData>{extra}</worksheet>')


def xlsx_bytes(sheets: dict[str, str], *, parts: dict[str, str | bytes] | None = None,
               main: str = MAIN_XLSX, workbook_pr: str = "", states: dict[str, str] | None = None,
               drop: Sequence[str] = ()) -> bytes:
    """An .xlsx from whole sheet XML documents (name → XML), plus extra or replaced parts."""
    states = states or {}
    entries: dict[str, str | bytes] = {}
    sheet_tags, rel_tags, ct_tags = [], [], []
    for n, (name, xml) in enumerate(sheets.items(), start=1):
        state = f' state="{states[name]}"' if name in states else ""
        sheet_tags.append(f'<sheet name="{escape(name)}" sheetId="{n}"{state} r:id="rId{n}"/>')
        rel_tags.append(f'<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/'
                        f'2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>')
        ct_tags.append(_SHEET_CT.format(n=n))
        entries[f"xl/worksheets/sheet{n}.xml"] = xml
    entries["[Content_Types].xml"] = _CT.format(main=main, sheets="".join(ct_tags))
    entries["_rels/.rels"] = _RELS
    entries["xl/workbook.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org'
        '/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'{workbook_pr}<sheets>{"".join(sheet_tags)}</sheets></workbook>')
    entries["xl/_rels/workbook.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        f'2006/relationships">{"".join(rel_tags)}</Relationships>')
    entries.update(parts or {})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            if name not in drop:
                zf.writestr(name, data)
    return buf.getvalue()


def table_xlsx(rows: Sequence[Sequence[Any]], header: Sequence[str] = HEADER, **kwargs: Any) -> bytes:
    """A one-sheet 'Проекты' workbook: the header in row 1 and `rows` below it."""
    return xlsx_bytes({"Проекты": sheet_xml(rows_xml([list(header), *rows]))}, **kwargs)


def project(code: str = "INO-0001", **changes: Any) -> list[Any]:
    """A valid row for HEADER, with some cells replaced by column name."""
    row: dict[str, Any] = {
        "Код": code, "Наименование проекта": f"Проект {code}", "Кластер": "Фармацевтический кластер",
        "Статус": "реализуется", "Дата начала": "01.02.2015", "Дата окончания": "31.12.2018",
        "Стоимость, млн руб.": 100.5, "Федеральный бюджет, млн руб.": 40, "Рабочие места (план)": 120,
        "Проблемные вопросы": None,
    }
    row.update(changes)
    return [row[h] for h in HEADER]


def expected(name: str) -> dict[str, Any]:
    return json.loads((SAMPLES / name).read_text(encoding="utf-8"))


ODS_NAMESPACES = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
                  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
                  'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')


def ods_bytes(tables: str) -> bytes:
    """A minimal OpenDocument spreadsheet holding these `<table:table>` elements."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NAMESPACES} '
               f'office:version="1.2"><office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>'
               '</office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/"'
                ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return buf.getvalue()
