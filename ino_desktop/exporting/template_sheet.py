"""How the data-request workbook looks and behaves for the agency clerk who fills it in.

The project sheet is protected with only the answer cells unlocked and shaded; every column says its
unit and format when a cell is selected; spare rows below the projects look and check like the filled
ones; it prints landscape on A4, fitted to the page width, with the header on every page. The
instructions print on one portrait page. The metadata sheet is very hidden and the workbook structure
locked, so the request description travels back untouched.
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ino_desktop import reference as ref
from ino_desktop.exporting.columns import TEMPLATE_COLUMNS, Column
from ino_desktop.exporting.sheet import BOLD_WIDER, LINE, NUMBER_FORMATS, landscape_a4, wrapped_lines
from ino_desktop.exporting.template_meta import CLEAR_WORDS, META_SHEET, TemplateMeta

CLEAR = CLEAR_WORDS[0]
ANSWER_FILL = PatternFill("solid", fgColor="FFF2CC")  # the cells the clerk may write in
THIN = Side(style="thin", color="BFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
UNLOCKED = Protection(locked=False)
# Vocabulary columns with a drop-down: field -> (list column on the lists sheet, defined name).
LISTS = {"cluster": ("A", "lst_clusters"), "work_area": ("B", "lst_work_areas"), "status": ("C", "lst_statuses"),
         "location": ("D", "lst_locations")}
# Narrower than the export's, text wrapped: eighteen columns fitted to a landscape A4 stay legible.
_WIDTHS = {"code": 10, "name": 30, "cluster": 18, "work_area": 18, "location": 11, "lead_organization": 22,
           "status": 13, "start_date": 10.5, "end_date": 10.5, "jobs_planned": 9, "jobs_created": 9,
           "problems": 26, "decisions_requested": 26}
_HINTS = {
    "code": "Код проектного офиса. Не изменяйте; у нового проекта оставьте пустым.",
    "name": "Полное наименование проекта, текст.",
    "lead_organization": "Полное наименование ответственной организации, текст.",
    "problems": "Кратко, текстом.",
    "decisions_requested": "Кратко, текстом.",
}
_KIND_HINTS = {
    "money": "Сумма в млн руб., число не меньше 0, без формул (например 12,5).",
    "int": "Целое число не меньше 0.",
    "date": "Дата ДД.ММ.ГГГГ.",
    "vocab": "Выберите из списка.",
}


def prompt(column: Column) -> str:
    """The input message of a column: its unit and format, and how to remove a stored value."""
    hint = _HINTS.get(column.field) or _KIND_HINTS.get(column.kind) or "Текст."
    if column.field == "location":
        hint = "Выберите из списка или впишите муниципалитет."
    if column.field == "code":
        return hint
    return f"{hint} Пусто = нет сведений. Удалить значение: {CLEAR}."


def lists(wb: Workbook, names: dict[str, dict[str, str]]) -> None:
    """The hidden sheet of drop-down values, each list ending with the clearing word."""
    ws = wb.create_sheet("Списки")
    ws.sheet_state = "hidden"
    values = {"cluster": list(names["cluster"].values()), "work_area": list(names["work_area"].values()),
              "status": list(names["status"].values()), "location": list(ref.LOCATIONS)}
    for field_name, (letter, defined) in LISTS.items():
        items = [*values[field_name], CLEAR]
        for row, value in enumerate(items, start=1):
            ws[f"{letter}{row}"] = value
        wb.defined_names[defined] = DefinedName(defined, attr_text=f"'Списки'!${letter}$1:${letter}${len(items)}")


def _clear_or(test: str, cell: str) -> str:
    words = ",".join(f'UPPER(TRIM({cell}))="{w}"' for w in CLEAR_WORDS)
    return f"OR({test},{words})"


def _validation(column: Column, cell: str) -> DataValidation:
    """The check of one column (its top cell `cell` anchors a custom formula), with its input message."""
    title = column.title[:32]  # Excel's limit for a prompt title
    common: dict[str, Any] = {"allow_blank": True, "showInputMessage": True, "promptTitle": title,
                              "prompt": prompt(column)[:255], "errorTitle": title}
    if column.field in LISTS:
        return DataValidation(type="list", formula1=LISTS[column.field][1], showErrorMessage=column.field != "location",
                              errorStyle="stop", error=f"Выберите значение из списка (или {CLEAR})", **common)
    if column.kind in ("money", "int"):
        whole = f"INT({cell})={cell}" if column.kind == "int" else "TRUE"
        test = f"AND(ISNUMBER({cell}),{cell}>=0,{whole})"
        return DataValidation(type="custom", formula1=_clear_or(test, cell), showErrorMessage=True,
                              error=f"Введите неотрицательное число (без формул и текста) или {CLEAR}", **common)
    if column.kind == "date":
        test = f"AND(ISNUMBER({cell}),{cell}>1)"
        return DataValidation(type="custom", formula1=_clear_or(test, cell), showErrorMessage=True,
                              error=f"Введите дату ДД.ММ.ГГГГ или {CLEAR}", **common)
    return DataValidation(showErrorMessage=False, **common)


def dress_data_sheet(ws: Worksheet, filled: int, spare: int) -> None:
    """Validations and prompts, shaded unlocked answer cells on filled and spare rows, protection, print."""
    last = 1 + filled + spare
    for index, column in enumerate(TEMPLATE_COLUMNS, start=1):
        letter = get_column_letter(index)
        dv = _validation(column, f"{letter}2")
        dv.add(f"{letter}2:{letter}{last}")
        ws.add_data_validation(dv)
        ws.column_dimensions[letter].width = column_width(column)
        answer = column.field != "code"
        for row in range(2, last + 1):
            cell = ws.cell(row=row, column=index)
            cell.border = GRID
            cell.alignment = Alignment(vertical="top", wrap_text=column.kind in ("text", "vocab"))
            if column.kind in NUMBER_FORMATS:
                cell.number_format = NUMBER_FORMATS[column.kind]
            if answer:
                cell.fill, cell.protection = ANSWER_FILL, UNLOCKED
    _row_heights(ws, filled)
    header = ws[1]
    for cell in header:
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    tallest = max(wrapped_lines(c.title, column_width(c) / BOLD_WIDER) for c in TEMPLATE_COLUMNS)
    ws.row_dimensions[1].height = LINE * tallest + 4
    ws.auto_filter.ref = f"A1:{get_column_letter(len(TEMPLATE_COLUMNS))}{last}"
    # Protected against accidents, not against the clerk: no password, filtering and sorting allowed.
    ws.protection.sheet = True
    ws.protection.autoFilter = False
    ws.protection.sort = False
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    landscape_a4(ws)
    ws.print_title_rows = "1:1"
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddFooter.center.text = "&P / &N"




def column_width(column: Column) -> float:
    """The column's width, at least its longest header word (bold) so that no word breaks in two."""
    longest = max((len(word) for word in column.title.split()), default=0)
    return max(_WIDTHS.get(column.field, 10.5), round(longest * BOLD_WIDER + 1.5, 1))


def _row_heights(ws: Worksheet, filled: int) -> None:
    """Heights for the wrapped text of the filled rows: spreadsheets do not grow them on opening."""
    widths = [(i, column_width(c)) for i, c in enumerate(TEMPLATE_COLUMNS, start=1) if c.kind in ("text", "vocab")]
    for row in range(2, filled + 2):
        lines = max((wrapped_lines(str(ws.cell(row=row, column=i).value or ""), w) for i, w in widths), default=1)
        ws.row_dimensions[row].height = LINE * min(lines, 6)


def instructions(wb: Workbook, lines: list[str], *, demo: bool) -> None:
    """One portrait page: a wrapped column, row heights set for the wrapped text, so nothing overlaps."""
    ws = wb.create_sheet("Инструкция")
    width = 72  # characters: fits a portrait A4 without scaling (LibreOffice ignores fit-to-page here)
    for row, text in enumerate(lines, start=1):
        cell = ws.cell(row=row, column=1, value=text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        # LibreOffice puts about 80 characters of this prose on a line of the 76-wide column
        ws.row_dimensions[row].height = LINE * wrapped_lines(text, width + 4, fill=1.0) + 2
    ws["A1"].font = Font(bold=True, size=13)
    ws.row_dimensions[1].height = 20
    if demo:
        ws["A2"].font = Font(bold=True, color="C00000")
    ws.column_dimensions["A"].width = width + 4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.protection.sheet = True


def instruction_lines(as_at: dt.date, selection: str, count: int, data_sheet: str) -> list[str]:
    """The instructions printed at the top of a data-request workbook."""
    return [
        "Запрос данных о проектах программы «ИНО Томск»",
        "",
        f"Подготовлено: {dt.date.today():%d.%m.%Y}. Сведения в файле — по состоянию на {as_at:%d.%m.%Y}.",
        f"Выборка: {selection}; проектов в файле: {count}.",
        "",
        f"1. Заполните лист «{data_sheet}»: одна строка — один проект. Писать можно только в закрашенные "
        "ячейки; заголовки и порядок столбцов не меняйте. Подсказка к столбцу появляется при выборе ячейки.",
        "2. Код проекта не изменяйте. Новый проект впишите в первую свободную строку под списком, код оставьте "
        "пустым: проектный офис присвоит его сам.",
        "3. Кластер, направление, статус и место реализации выберите из раскрывающегося списка.",
        "4. Суммы — в миллионах рублей (млн руб.), числом, без формул; стоимость = федеральный + областной "
        "бюджет + внебюджетные источники.",
        "5. «Подтверждённые внебюджетные» — часть внебюджетных средств, подтверждённая договорами или "
        "решениями инвестора; не больше суммы внебюджетных источников.",
        "6. Даты — в формате ДД.ММ.ГГГГ; дата окончания не раньше даты начала.",
        "7. Рабочие места — число высокопроизводительных рабочих мест (план и фактически созданные).",
        "8. Проблемные вопросы и решения, требуемые на федеральном уровне, — кратко, по существу.",
        "9. Пустая ячейка означает «нет сведений»: значение, известное проектному офису, сохранится "
        "(не пишите 0 или «нет данных»).",
        f"10. Чтобы удалить значение (например, проект больше не относится ни к одному кластеру), впишите в "
        f"ячейку слово {CLEAR}.",
        "11. Не удаляйте и не переименовывайте листы: по скрытому описанию запроса проектный офис сверит "
        "ваши ответы с отправленными сведениями.",
        "",
        "Заполненный файл направьте в проектный офис программы «ИНО Томск».",
    ]


def metadata(wb: Workbook, meta: TemplateMeta) -> None:
    """The request description on a very hidden sheet; the workbook structure locked so it stays so."""
    ws = wb.create_sheet(META_SHEET)
    for row, text in enumerate(meta.cells(), start=1):
        cell = ws.cell(row=row, column=1, value=text)
        cell.data_type = "s"
    ws.sheet_state = "veryHidden"
    ws.protection.sheet = True
    # A random password nobody is told: the structure (hidden sheets) cannot be changed in Excel.
    wb.security = WorkbookProtection(workbookPassword=secrets.token_hex(8), lockStructure=True)
