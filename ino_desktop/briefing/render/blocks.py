"""Small building blocks every section uses: the render context, headings that become bookmarks,
escaped paragraphs, label–value tables and RAG badges."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from ino_desktop.briefing.labels import label
from ino_desktop.briefing.model import Pack
from ino_desktop.briefing.render import text
from ino_desktop.briefing.render.document import MARGIN
from ino_desktop.briefing.render.styles import INK, MUTED, RAG_COLOURS, RAG_TEXT, RULE, Styles, styles

PORTRAIT_WIDTH = A4[0] - 2 * MARGIN
HEADING_CHARS = 300  # a heading longer than this is cut with "…" (the full text is in the tables)
LANDSCAPE_WIDTH = landscape(A4)[0] - 2 * MARGIN


@dataclass(frozen=True)
class Ctx:
    """What a section renderer needs: the pack, its language and the styles."""

    pack: Pack
    st: Styles

    @property
    def lang(self) -> str:
        return self.pack.lang

    def t(self, key: str, **values: Any) -> str:
        return label(self.lang, key, **values)

    def name(self, vocabulary: str, key: str | None, missing: str = "not_set") -> str:
        """A vocabulary key's name; "not set" (translated) for None."""
        found = self.pack.name(vocabulary, key)
        return self.t(missing) if found is None else found

    def cluster(self, key: str | None) -> str:
        return self.t("outside_clusters") if key is None else self.name("cluster", key)

    def money(self, value: float | None) -> str:
        return text.money(value, self.lang)

    def number(self, value: float | None) -> str:
        return text.number(value, self.lang)

    def date(self, value: Any) -> str:
        return text.date(value, self.lang)


def make_ctx(pack: Pack) -> Ctx:
    """The rendering context for a pack: the pack and its styles."""
    return Ctx(pack, styles())


def para(value: object, style: ParagraphStyle, *, markup: bool = False) -> Paragraph:
    """A paragraph of user text (escaped) or, with markup=True, of our own trusted markup."""
    return Paragraph(str(value) if markup else text.esc(value), style)


def cell(value: object, style: ParagraphStyle) -> Paragraph:
    """User text in a table cell: escaped, capped, wrapped (long words split)."""
    return Paragraph(text.cell(value), style)


def head_row(ctx: Ctx, *keys: str) -> list[object]:
    """A table's header row: each label key translated, in the header style."""
    return [para(ctx.t(k), ctx.st.head) for k in keys]


def heading(title: str, style: ParagraphStyle, key: str | None = None, level: int = 0) -> Paragraph:
    """A heading; with a key it becomes a bookmark (and a contents entry when the section is listed)."""
    paragraph = Paragraph(text.esc(title, limit=HEADING_CHARS), style)
    if key is not None:
        paragraph.mark = (key, title, level)
    return paragraph


def key_values(pairs: list[tuple[str, object]], ctx: Ctx, widths: tuple[float, float], *,
               markup_values: bool = False) -> Table:
    """A two-column label | value block without grid lines (cover facts, project header)."""
    rows = [[para(k, ctx.st.small), para(v, ctx.st.body, markup=markup_values)] for k, v in pairs]
    table = Table(rows, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), ctx.st.regular, 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]))
    return table


def badge(rag: str | None, ctx: Ctx, *, width: float = 70) -> Table:
    """A coloured RAG label; grey "not assessed" when there is none."""
    shown = ctx.name("rag", rag, missing="not_assessed")
    table = Table([[shown]], colWidths=[width], rowHeights=[13], hAlign="LEFT")
    background = RAG_COLOURS.get(rag or "", colors.HexColor("#D5D9DE"))
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), ctx.st.bold, 8, 10),
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("TEXTCOLOR", (0, 0), (-1, -1), RAG_TEXT.get(rag or "", INK)),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def rag_text(rag: str | None, ctx: Ctx) -> str:
    """A RAG value's name ("not assessed" when none)."""
    return ctx.name("rag", rag, missing="not_assessed")
