"""The pack's document: A4 page templates, header and footer ("page X of Y", as-at date, marking line),
the DEMO watermark, PDF bookmarks, and a one-pass table of contents.

Pages are laid out once. The canvas keeps each finished page and draws what needs the whole
document — the page total, the contents' page numbers, the bookmarks — when it saves. That makes
"page X of Y" and the contents exact without reportlab's repeated multiBuild passes.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ino_desktop.briefing.labels import label
from ino_desktop.briefing.model import Pack
from ino_desktop.briefing.render import text
from ino_desktop.briefing.render.styles import MUTED, NAVY, RULE, WATERMARK, styles

MARGIN = 15 * mm
TOP = 20 * mm
BOTTOM = 17 * mm


@dataclass(frozen=True)
class Furniture:
    """What every page but the cover carries: a running title, the marking line, the as-at date."""

    lang: str
    title: str
    marking: str | None
    as_at: str
    demo: bool


class PackCanvas(Canvas):
    """Holds finished pages until save(), then stamps "page X of Y" and replays deferred drawing."""

    furniture: Furniture | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("initialFontName", styles().regular)  # no Helvetica reference on any page
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._deferred: list[Callable[[PackCanvas], None]] = []
        self.heading_pages: dict[str, int] = {}

    def defer(self, action: Callable[[PackCanvas], None]) -> None:
        """Run `action` on this page when the document is saved (page numbers are known then)."""
        self._deferred.append(action)

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._deferred = []
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            for action in state["_deferred"]:
                action(self)
            if number > 1 and self.furniture is not None:
                _footer(self, self.furniture, number, total)
            Canvas.showPage(self)
        self.showOutline()  # the PDF opens with its bookmarks shown
        Canvas.save(self)


def _footer(canvas: PackCanvas, f: Furniture, number: int, total: int) -> None:
    st = styles()
    width, _height = canvas._pagesize
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, BOTTOM - 5 * mm, width - MARGIN, BOTTOM - 5 * mm)
    canvas.setFont(st.regular, 7.5)
    canvas.setFillColor(MUTED)
    left = label(f.lang, "as_at", date=f.as_at)
    if f.demo:
        left += " · " + label(f.lang, "demo")
    canvas.drawString(MARGIN, BOTTOM - 9 * mm, left)
    canvas.drawRightString(width - MARGIN, BOTTOM - 9 * mm, label(f.lang, "page_of", page=number, pages=total))
    canvas.restoreState()


def _header(canvas: Canvas, f: Furniture) -> None:
    st = styles()
    width, height = canvas._pagesize
    canvas.saveState()
    y = height - TOP + 8 * mm
    room = width - 2 * MARGIN
    if f.marking:
        marking = _fit(f.marking, st.bold, 8, room / 2)
        canvas.setFont(st.bold, 8)
        canvas.setFillColor(NAVY)
        canvas.drawRightString(width - MARGIN, y, marking)
        room -= stringWidth(marking, st.bold, 8) + 8 * mm
    canvas.setFont(st.regular, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN, y, _fit(f.title, st.regular, 7.5, room))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, y - 2.5 * mm, width - MARGIN, y - 2.5 * mm)
    canvas.restoreState()


def _continued(canvas: Canvas, title: str) -> None:
    """Under the header of a page a project runs on to: its code and name, "(continued)"."""
    st = styles()
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFont(st.bold, 9)
    canvas.setFillColor(NAVY)
    canvas.drawString(MARGIN, height - TOP + 1.5 * mm, _fit(title, st.bold, 9, width - 2 * MARGIN))
    canvas.restoreState()


def _fit(value: str, font: str, size: float, room: float) -> str:
    """`value` cut with "…" so that it fits `room` points (running header lines never collide)."""
    if stringWidth(value, font, size) <= room:
        return value
    while value and stringWidth(value + "…", font, size) > room:
        value = value[:-1]
    return value.rstrip() + "…"


def _watermark(canvas: Canvas, f: Furniture) -> None:
    width, height = canvas._pagesize
    word = label(f.lang, "demo")
    # As large as fits along the page's diagonal, with a margin.
    size = min(90.0, 0.75 * (width**2 + height**2) ** 0.5 / max(stringWidth(word, styles().bold, 1), 1))
    canvas.saveState()
    canvas.setFillColor(WATERMARK)
    canvas.setFont(styles().bold, size)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(math.degrees(math.atan2(height, width)))
    canvas.drawCentredString(0, -size / 3, word)
    canvas.restoreState()


class Mark(Flowable):
    """A zero-size point in the flow that becomes a bookmark: (key, title, outline level)."""

    def __init__(self, key: str, title: str, level: int) -> None:
        super().__init__()
        self.mark = (key, title, level)
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class Running(Flowable):
    """A zero-size point that sets (or, with None, clears) the line a page starting from here on carries under
    its header: a project page that runs on says whose page it continues."""

    def __init__(self, title: str | None) -> None:
        super().__init__()
        self.running = title
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class Contents(Flowable):
    """The table of contents: titles drawn now, page numbers and links filled in when the PDF is saved."""

    def __init__(self, entries: list[tuple[str, str, int]]) -> None:  # (key, title, level)
        super().__init__()
        self.entries = entries
        self.leading = {0: 17.0, 1: 12.5}

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = sum(self.leading[level] for _k, _t, level in self.entries)
        return self.width, self.height

    def draw(self) -> None:
        st = styles()
        canvas = self.canv
        y = self.height
        slots = []
        for key, title, level in self.entries:
            y -= self.leading[level]
            size = 10.5 if level == 0 else 8.5
            indent = 0 if level == 0 else 14
            canvas.setFont(st.bold if level == 0 else st.regular, size)
            canvas.setFillColor(NAVY if level == 0 else MUTED)
            shown = title if len(title) <= 95 else title[:95] + "…"
            canvas.drawString(indent, y + 3, shown)
            # The absolute position: deferred drawing happens outside this flowable's translation.
            x0, y0 = canvas.absolutePosition(0, y)
            slots.append((key, x0, y0, level, size))
        width = self.width

        def numbers(c: PackCanvas) -> None:
            c.saveState()
            for key, x0, y0, level, size in slots:
                page = c.heading_pages.get(key)
                if page is None:
                    continue
                c.setFont(st.bold if level == 0 else st.regular, size)
                c.setFillColor(NAVY if level == 0 else MUTED)
                c.drawRightString(x0 + width, y0 + 3, str(page))
                c.linkRect("", key, (x0, y0, x0 + width, y0 + self.leading[level]), relative=0)
            c.restoreState()

        canvas.defer(numbers)


class PackDocument(BaseDocTemplate):
    """A4 portrait and landscape templates; bookmarks and contents entries from Mark flowables."""

    def __init__(self, target: Any, pack: Pack, furniture: Furniture) -> None:
        super().__init__(
            target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP, bottomMargin=BOTTOM,
            title=text.clean(furniture.title), author="INO Desktop", creator="INO Desktop",
            subject=label(pack.lang, "programme"), lang=pack.lang, initialFontName=styles().regular,
        )
        self.furniture = furniture
        self.running: str | None = None  # set by Running flowables: the project a page continues
        portrait_w, portrait_h = A4
        land_w, land_h = landscape(A4)

        def frame(width: float, height: float, name: str) -> Frame:
            return Frame(MARGIN, BOTTOM, width - 2 * MARGIN, height - TOP - BOTTOM, id=name,
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

        self.addPageTemplates([
            PageTemplate("cover", [frame(portrait_w, portrait_h, "cover")], onPage=self._cover_page, pagesize=A4),
            PageTemplate("portrait", [frame(portrait_w, portrait_h, "portrait")], onPage=self._page,
                         pagesize=A4),
            PageTemplate("landscape", [frame(land_w, land_h, "landscape")], onPage=self._page,
                         pagesize=landscape(A4)),
        ])

    def _cover_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if self.furniture.demo:
            _watermark(canvas, self.furniture)

    def _page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if self.furniture.demo:
            _watermark(canvas, self.furniture)
        _header(canvas, self.furniture)
        if self.running:
            _continued(canvas, self.running)

    def build(self, flowables: list[Flowable], **_kw: Any) -> None:
        def make(*args: Any, **kwargs: Any) -> PackCanvas:
            canvas = PackCanvas(*args, **kwargs)
            canvas.furniture = self.furniture
            return canvas

        super().build(flowables, canvasmaker=make)

    def afterFlowable(self, flowable: Flowable) -> None:
        """A flowable with a `mark` (a Mark, or a heading made by `heading()`) becomes a bookmark."""
        if isinstance(flowable, Running):
            self.running = flowable.running
        mark = getattr(flowable, "mark", None)
        if mark is None:
            return
        canvas = self.canv
        assert isinstance(canvas, PackCanvas)
        key, title, level = mark[0], text.clean(mark[1]), mark[2]
        canvas.heading_pages[key] = canvas.getPageNumber()

        def bookmark(c: PackCanvas) -> None:
            c.bookmarkPage(key, fit="XYZ", left=0, top=None, zoom=0)
            c.addOutlineEntry(title, key, level=level, closed=level > 0)

        canvas.defer(bookmark)
