"""The printed face of the import report: its summary sheet (or the sheet of a refused file) in the
reader's language, laid out for A4 landscape, and print settings for the agency's own sheets.

Imported only when a workbook report is written (it loads openpyxl). Long text wraps and its rows are
given their height (spreadsheets do not grow them on opening); the rows' header repeats on each page;
the footer names the file and the page, so loose printed pages still say what they belong to.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ino_desktop import formatting
from ino_desktop.exporting.sheet import BOLD_WIDER, HEADER_BORDER, HEADER_FILL, LINE, landscape_a4, wrapped_lines
from ino_desktop.importer.apply import ImportOutcome
from ino_desktop.importer.plan import ImportPlan
from ino_desktop.importer.rows import RowIssue
from ino_desktop.messages import message

# Sheet, row, column, project code, reason: 126 characters fill an A4 landscape line at 100 %; fitting
# to the width shrinks the page only when an agency's sheet name or code is longer still.
WIDTHS = (18, 8, 10, 16, 74)
LABEL_COLUMNS = 3  # a fact's label spans the first three columns, its value the other two
CENTRED = (2, 3)  # the row number and the column letter
WRAP = Alignment(wrap_text=True, vertical="top")
WRAP_CENTRED = Alignment(wrap_text=True, vertical="top", horizontal="center")
WRAP_LEFT = Alignment(wrap_text=True, vertical="top", horizontal="left")
# Named, not the workbook's default: an agency's workbook may default to another font (LibreOffice even
# prints a nameless bold one in a serif face), and the widths above are measured in Calibri 11.
FONT = "Calibri"
BODY_FONT = Font(name=FONT, size=11)
BOLD = Font(name=FONT, size=11, bold=True)
TITLE_FONT = Font(name=FONT, size=14, bold=True)
HEADING_FONT = Font(name=FONT, size=12, bold=True)
LEGEND_FONT = Font(name=FONT, size=11, italic=True, color="595959")
COUNTS = ("create", "update", "unchanged", "rejected")


def summary_title(lang: str) -> str:
    """The summary sheet's name (and heading) in `lang`."""
    return message("report.title").render(lang)[:31]


def inert(value: Any) -> Any:
    """Text as inert text: no control characters openpyxl refuses, never read back as a formula."""
    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def put(ws: Worksheet, row: int, column: int, value: Any) -> Any:
    """Write one value; an agency's text that looks like a formula stays text."""
    cell = ws.cell(row=row, column=column)
    cell.value = inert(value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
    return cell


class _Sheet:
    """Writes the summary top to bottom, one row after another, each row as tall as its text."""

    def __init__(self, ws: Worksheet, lang: str) -> None:
        self.ws, self.lang, self.row = ws, lang, 1
        for n, width in enumerate(WIDTHS, start=1):
            ws.column_dimensions[get_column_letter(n)].width = width

    def t(self, code: str, **params: Any) -> str:
        return message(code, **params).render(self.lang)

    def _span(self, first: int, last: int, value: Any, font: Font = BODY_FONT) -> int:
        """`value` over columns first..last of this row; the lines it wraps to there."""
        cell = put(self.ws, self.row, first, value)
        cell.alignment, cell.font = WRAP, font
        if last > first:
            self.ws.merge_cells(start_row=self.row, start_column=first, end_row=self.row, end_column=last)
        return _lines(value, sum(WIDTHS[first - 1:last]) / (BOLD_WIDER if font.b else 1))

    def _next(self, lines: int = 1, gap: int = 0) -> None:
        if lines > 1:
            self.ws.row_dimensions[self.row].height = LINE * lines
        self.row += 1 + gap

    def line(self, text: str, font: Font = BODY_FONT, gap: int = 0) -> None:
        self._next(self._span(1, len(WIDTHS), text, font), gap)

    def fact(self, label: str, value: Any) -> None:
        lines = self._span(1, LABEL_COLUMNS, label, BOLD)
        lines = max(lines, self._span(LABEL_COLUMNS + 1, len(WIDTHS), value))
        if isinstance(value, int):  # a count under the text values, not at the far right of the merged cells
            self.ws.cell(row=self.row, column=LABEL_COLUMNS + 1).alignment = WRAP_LEFT
        self._next(lines)

    def header(self) -> int:
        """The rows' column titles; returns their row (the one repeated on each printed page)."""
        titles = ("report.sheet", "report.row", "report.column", "report.code", "report.reason")
        for n, code in enumerate(titles, start=1):
            cell = put(self.ws, self.row, n, self.t(code))
            cell.font, cell.fill, cell.border = BOLD, HEADER_FILL, HEADER_BORDER
            cell.alignment = WRAP_CENTRED if n in CENTRED else WRAP
        self._next()
        return self.row - 1

    def item(self, values: Sequence[Any]) -> None:
        for n, value in enumerate(values, start=1):
            cell = put(self.ws, self.row, n, value)
            cell.font, cell.alignment = BODY_FONT, WRAP_CENTRED if n in CENTRED else WRAP
        self._next(max(_lines(v, w) for v, w in zip(values, WIDTHS, strict=True)))


def _lines(value: Any, width: float) -> int:
    # LibreOffice sets a little more than `width` characters of this text on a line (fill 1.0 leaves a margin)
    return wrapped_lines("" if value is None else str(value), width, fill=1.0)


def _issue_row(issue: RowIssue, lang: str) -> tuple[Any, ...]:
    return issue.sheet, issue.row, issue.column, issue.code, issue.text(lang)


def summary_sheet(wb: Workbook, plan: ImportPlan, outcome: ImportOutcome | None, refusal: str | None,
                  lang: str, *, dry_run: bool) -> Worksheet:
    """The first sheet: what the file is, what became of it, and each rejected row with its reason."""
    ws = wb.create_sheet(summary_title(lang), 0)
    wb.active = 0
    for other in wb.worksheets[1:]:
        other.sheet_view.tabSelected = False
    s = _Sheet(ws, lang)
    issues, warnings, conflicts = list(plan.issues()), list(plan.warnings()), list(plan.conflicts())
    s.line(summary_title(lang), TITLE_FONT, gap=0 if issues or warnings or conflicts else 1)
    if issues or warnings or conflicts:
        s.line(s.t("report.legend"), LEGEND_FONT, gap=1)
    s.fact(s.t("report.file"), plan.file_name)
    s.fact(s.t("report.sha256"), plan.sha256)
    if plan.source:
        s.fact(s.t("report.source"), plan.source)
    s.fact(s.t("report.as_at"), formatting.date(plan.report_date, lang))
    batch = outcome.batch_id if outcome and outcome.batch_id else None
    s.fact(s.t("report.batch"), batch or s.t("report.dry_run" if dry_run else "report.nothing_imported"))
    if refusal:
        s.fact(s.t("report.refused"), refusal)
    counts = plan.counts()
    for key in COUNTS:
        s.fact(s.t(f"report.{key}"), counts[key])
    if plan.held():  # in none of the counts: left untouched until the question is answered
        s.fact(s.t("report.held"), plan.held())
    s.row += 1
    sections = [(code, rows) for code, rows in (
        ("report.rejected_rows", [_issue_row(i, lang) for i in issues]),
        ("report.warnings", [_issue_row(i, lang) for i in warnings]),
        ("report.conflicts", [(r.sheet, r.row, c.cell, r.code, f"{c.describe(lang)}; {c.decision().render(lang)}")
                              for r, c in conflicts])) if rows]
    if not issues:
        sections.insert(0, ("report.none_rejected", []))
    title_row = None
    for code, rows in sections:
        s.line(s.t(code), HEADING_FONT)
        if rows:
            header = s.header()
            title_row = title_row or header
            for values in rows:
                s.item(values)
        s.row += 1
    notes = [*plan.notes, *(message("sheet.skipped", sheet=sheet, reason=why)
                            for sheet, why in plan.skipped_sheets.items())]
    if notes:  # what the reader noticed about the file as a whole: hidden sheets, columns left out
        s.line(s.t("report.notes"), HEADING_FONT)
        for note in notes:
            s.line(note.render(lang))
    print_setup(ws, plan.file_name, lang, title_rows=f"{title_row}:{title_row}" if title_row else None)
    return ws


def refusal_sheet(wb: Workbook, file_name: str, reason: str, lang: str) -> Worksheet:
    """The one sheet of the report of a file refused as a whole: which file, and why."""
    ws = wb.active
    ws.title = summary_title(lang)
    s = _Sheet(ws, lang)
    s.line(summary_title(lang), TITLE_FONT, gap=1)
    s.fact(s.t("report.file"), file_name)
    s.fact(s.t("report.refused"), reason)
    print_setup(ws, file_name, lang)
    return ws


def print_setup(ws: Worksheet, file_name: str, lang: str, *, title_rows: str | None = None) -> None:
    """A4 landscape, as wide as the page, `title_rows` on every page, the file and page in the footer."""
    landscape_a4(ws)
    ws.page_margins.left = ws.page_margins.right = 0.5
    if title_rows:
        ws.print_title_rows = title_rows
    if not ws.oddFooter.center.text:
        name = inert(file_name)[:100].replace("&", "&&")  # "&" starts a code in a page footer
        ws.oddFooter.center.text = message("report.page", file=name, page="&P", pages="&N").render(lang)


def agency_sheets(wb: Workbook, plan: ImportPlan, lang: str) -> None:
    """The agency's table sheets printed like the summary, their header rows on every page; a sheet the
    agency set up for printing itself (fitted, scaled, titled or with a print area) is left as it was."""
    titles = {ws.title: ws for ws in wb.worksheets}
    for table in plan.tables:
        ws = titles.get(table.sheet) or titles.get(sheet_title(table.sheet))
        if ws is None or ws.sheet_properties.pageSetUpPr.fitToPage or ws.page_setup.scale not in (None, 100) \
                or ws.print_title_rows or ws.print_area:
            continue
        rows = table.header_rows
        print_setup(ws, plan.file_name, lang, title_rows=f"{min(rows)}:{max(rows)}" if rows else None)


def sheet_title(name: str) -> str:
    """A sheet name as a workbook allows it: no []:*?/\\, at most 31 characters."""
    for ch in "[]:*?/\\":
        name = name.replace(ch, "_")
    return name[:31] or "Sheet"
