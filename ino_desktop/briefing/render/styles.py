"""The pack's look in one place: colours, named paragraph styles and the table style every table shares."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from ino_desktop.briefing.render.fonts import register_fonts

INK = colors.HexColor("#1A1A1A")
NAVY = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#B8C2CC")
HEADER_BG = colors.HexColor("#E3E9F0")
ZEBRA = colors.HexColor("#F5F7FA")
TOTAL_BG = colors.HexColor("#EDF1F5")
WATERMARK = colors.Color(0.75, 0.1, 0.1, alpha=0.12)

RAG_COLOURS = {"green": colors.HexColor("#2E7D32"), "amber": colors.HexColor("#F2A900"),
               "red": colors.HexColor("#C62828")}
RAG_TEXT = {"green": colors.white, "amber": INK, "red": colors.white}
NOT_REPORTED = colors.HexColor("#8A5A00")
# Money by source: budgets in blues, extra-budgetary in greens (confirmed darker than not yet confirmed).
SOURCE_COLOURS = (colors.HexColor("#1F3A5F"), colors.HexColor("#5B8DC9"), colors.HexColor("#3C8D5A"),
                  colors.HexColor("#B9D9A5"))
STATUS_COLOURS = {"planned": colors.HexColor("#A9BCD0"), "in_progress": colors.HexColor("#2F6DA3"),
                  "completed": colors.HexColor("#3C8D5A"), "suspended": colors.HexColor("#B03A2E"),
                  None: colors.HexColor("#BDBDBD")}
JOBS_COLOURS = (colors.HexColor("#A9BCD0"), colors.HexColor("#1F3A5F"))


@dataclass(frozen=True)
class Styles:
    regular: str
    bold: str
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    marking: ParagraphStyle
    toc: tuple[ParagraphStyle, ...]


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The pack's paragraph styles, on the registered fonts."""
    regular, bold = register_fonts()

    def style(name: str, size: float, *, font: str = regular, leading: float | None = None, **kw: Any
              ) -> ParagraphStyle:
        kw.setdefault("textColor", INK)
        return ParagraphStyle(name, fontName=font, bulletFontName=font, fontSize=size,
                              leading=leading or round(size * 1.25, 1), **kw)

    return Styles(
        regular=regular, bold=bold,
        title=style("title", 22, font=bold, leading=27, textColor=NAVY, spaceAfter=8),
        subtitle=style("subtitle", 13, leading=17, textColor=MUTED, spaceAfter=4),
        # Headings keep with what follows them: none is left alone at the foot of a page.
        h1=style("h1", 15, font=bold, leading=19, textColor=NAVY, spaceBefore=2, spaceAfter=8, keepWithNext=1),
        h2=style("h2", 10, font=bold, leading=12.5, textColor=NAVY, spaceBefore=6, spaceAfter=3, keepWithNext=1),
        body=style("body", 8.5, leading=11, spaceAfter=2),
        small=style("small", 8, leading=10),
        note=style("note", 7.5, leading=9.5, textColor=MUTED, spaceBefore=2),
        cell=style("cell", 7.5, leading=9),
        cell_bold=style("cell_bold", 7.5, font=bold, leading=9),
        cell_right=style("cell_right", 7.5, leading=9, alignment=TA_RIGHT),
        cell_center=style("cell_center", 7.5, leading=9, alignment=TA_CENTER),
        head=style("head", 7, font=bold, leading=8.5, textColor=NAVY),
        head_right=style("head_right", 7, font=bold, leading=8.5, textColor=NAVY, alignment=TA_RIGHT),
        marking=style("marking", 10, font=bold, leading=13, textColor=colors.HexColor("#9A1B1B"),
                      alignment=TA_RIGHT),
        toc=(style("toc1", 10, leading=15, alignment=TA_LEFT), style("toc2", 8.5, leading=11, leftIndent=14,
                                                                    textColor=MUTED)),
    )


def grid(rows: Sequence[Sequence[Any]], widths: Sequence[float], *, numeric_from: int | None = None,
         total_row: bool = False, extra: Sequence[tuple[Any, ...]] = (), zebra: bool = True) -> Table:
    """A table with a repeated header row, light rules, striped rows and numbers aligned right.

    Cells are Paragraphs (wrapped, escaped) or plain strings (numbers: no markup, faster).
    """
    st = styles()
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), st.regular, 7.5, 9),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if numeric_from is not None:
        commands.append(("ALIGN", (numeric_from, 1), (-1, -1), "RIGHT"))
        for heading in list(rows[0])[numeric_from:]:  # headings of number columns align with their numbers
            if isinstance(heading, Paragraph) and heading.style is st.head:
                heading.style = st.head_right
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -2 if total_row else -1), (colors.white, ZEBRA)))
    if total_row:
        commands += [("BACKGROUND", (0, -1), (-1, -1), TOTAL_BG), ("FONT", (0, -1), (-1, -1), st.bold, 7.5, 9),
                     ("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY)]
    commands += list(extra)
    table = Table(list(rows), colWidths=fit_header_words(rows[0], widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


CELL_PADDING = 6  # left + right padding of every grid cell


def fit_header_words(header: Sequence[Any], widths: Sequence[float]) -> list[float]:
    """Column widths in which no heading word breaks: a column narrower than its longest heading word is
    widened, the room taken from the widest column (the table's overall width stays the same)."""
    out = list(widths)
    needed = [0.0] * len(out)
    for i, head in enumerate(header):
        if isinstance(head, Paragraph):
            words = head.getPlainText().split()
            needed[i] = max((stringWidth(w, head.style.fontName, head.style.fontSize) for w in words), default=0)
            needed[i] += CELL_PADDING + 0.5
    for i, need in enumerate(needed):
        if out[i] < need:
            widest = max(range(len(out)), key=lambda j: out[j] - needed[j])
            if widest != i and out[widest] - needed[widest] > need - out[i]:
                out[widest] -= need - out[i]
                out[i] = need
    return out


def rag_cell_style(column: int, row: int, rag: str | None) -> list[tuple[Any, ...]]:
    """Colour one table cell as a RAG badge."""
    if rag not in RAG_COLOURS:
        return []
    return [("BACKGROUND", (column, row), (column, row), RAG_COLOURS[rag]),
            ("TEXTCOLOR", (column, row), (column, row), RAG_TEXT[rag]),
            ("ALIGN", (column, row), (column, row), "CENTER")]


def side_by_side(cells: Sequence[Any], widths: Sequence[float], *, gap: float = 0) -> Table:
    """A borderless row laying flowables (or lists of them) side by side, tops aligned."""
    table = Table([list(cells)], colWidths=list(widths), hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), styles().regular, 8),  # tables set a font even with no text in them
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    if gap:
        commands.append(("LEFTPADDING", (1, 0), (-1, 0), gap))
    table.setStyle(TableStyle(commands))
    return table
