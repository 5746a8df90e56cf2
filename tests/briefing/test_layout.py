"""Layout defects a pack must not have, each checked where it can be: split heading words, stranded headings,
bars beyond their axis, cluster tables without a total, missing metadata; and scripts DejaVu lacks."""

from __future__ import annotations

import io
import re

import pypdf
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from ino_desktop.briefing.build import build_pack
from ino_desktop.briefing.render.charts import axis_range
from ino_desktop.briefing.render.pdf import pdf_bytes
from ino_desktop.briefing.render.styles import CELL_PADDING, fit_header_words, grid, styles
from ino_desktop.briefing.spec import PackSpec
from ino_desktop.models import Project


def _pack(small, **spec):  # type: ignore[no-untyped-def]
    db, _ids = small
    with db.session() as session:
        return build_pack(PackSpec(**spec), session)


def test_a_heading_word_never_breaks_inside_its_column() -> None:
    st = styles()
    header = [Paragraph("Подтверждённые", st.head), Paragraph("Наименование проекта", st.head)]
    widths = fit_header_words(header, [30, 300])
    need = stringWidth("Подтверждённые", st.head.fontName, st.head.fontSize) + CELL_PADDING
    assert widths[0] >= need and sum(widths) == 330
    table = grid([header, ["1", "x"]], [30, 300])
    assert table._colWidths[0] >= need  # grid() applies it to every table


def test_headings_keep_with_what_follows() -> None:
    assert styles().h1.keepWithNext and styles().h2.keepWithNext


def test_chart_axes_end_at_or_beyond_the_longest_bar() -> None:
    for series, stacked in (([[3, 5], [10, 1]], True), ([[12345.6, 80000.0]], False), ([[0.4], [0.7]], True),
                            ([[131.0], [17.0], [9.0]], True)):
        top, step = axis_range(series, stacked=stacked)
        longest = max(map(sum, zip(*series, strict=True))) if stacked else max(v for s in series for v in s)
        assert top >= longest and top / step <= 10


def test_cluster_overview_ends_with_a_grand_total(small) -> None:  # type: ignore[no-untyped-def]
    reader = pypdf.PdfReader(io.BytesIO(pdf_bytes(_pack(small, sections=("clusters",)))))
    page = re.sub(r"\s+", " ", reader.pages[0].extract_text())
    assert "Итого 5 2 / 1" in page  # five projects, two red and one amber, over all clusters


def test_pdf_opens_with_bookmarks_and_carries_title_and_language(small) -> None:  # type: ignore[no-untyped-def]
    reader = pypdf.PdfReader(io.BytesIO(pdf_bytes(_pack(small, meeting_id=2, lang="en"))))
    root = reader.trailer["/Root"]
    assert root["/PageMode"] == "/UseOutlines" and root["/Lang"] == "en"
    assert reader.metadata is not None and reader.metadata.title == "Рабочая группа № 2 — 5 Jul 2016"


def test_decisions_needed_lists_late_decisions_then_red_and_slipped_projects(small) -> None:  # type: ignore[no-untyped-def]
    page = _pack(small, meeting_id=2).decide
    assert page is not None and page.more == ()
    first, *projects = page.items
    assert (first.kind, first.subject, first.due) == ("decision", "Представить график поставок оборудования",
                                                      first.due)
    assert dict(first.reasons)["days_late"] == 60  # due 01.05.2016, as at 30.06.2016
    assert [i.project_code for i in projects] == ["INO-0001", "INO-0005"]  # the two red projects
    assert ("federal", True) in projects[0].reasons and projects[0].asked == "Продлить срок субсидии"
    assert projects[0].owner == "ООО «Сибирская нефтехимия»"


def test_top_lists_rank_by_money_and_by_risk(small) -> None:  # type: ignore[no-untyped-def]
    top = _pack(small).top
    assert top is not None
    assert [x.code for x in top.largest] == ["INO-0001", "INO-0003", "INO-0002", "INO-0005"]
    assert [x.code for x in top.at_risk] == ["INO-0005", "INO-0001", "INO-0002", "INO-0004"]
    assert top.at_risk[0].reasons == (("rag", "red"), ("suspended", True))
    assert ("overdue_milestones", 1) in top.at_risk[1].reasons


def test_a_moved_end_date_keeps_its_baseline_and_the_page_says_how_far(small) -> None:  # type: ignore[no-untyped-def]
    db, _ids = small
    with db.transaction() as session:
        p = session.query(Project).filter_by(code="INO-0001").one()
        assert p.baseline_end_date is not None and p.baseline_end_date == p.end_date
        baseline = p.baseline_end_date
        p.end_date = baseline.replace(year=baseline.year + 1)
        session.flush()
        assert p.baseline_end_date == baseline  # the first planned date is kept
    pack = _pack(small, sections=("projects",), full=True)
    assert pack.projects is not None and pack.projects[0].baseline_end == baseline
    text = pypdf.PdfReader(io.BytesIO(pdf_bytes(pack))).pages[0].extract_text()
    assert "план 31.12.2019, текущий срок 31.12.2020" in re.sub(r"\s+", " ", text)


def test_other_scripts_print_with_the_fallback_fonts_or_are_listed(small) -> None:  # type: ignore[no-untyped-def]
    db, _ids = small
    with db.transaction() as session:
        p = session.query(Project).filter_by(code="INO-0003").one()
        p.name = "Завод 北京化工 और भारत 🚀"
    pack = _pack(small, sections=("clusters",), full=True)
    reader = pypdf.PdfReader(io.BytesIO(pdf_bytes(pack)))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "北京化工" in text  # extractable, so really printed with a font that has it
    fonts = {str(f.get_object()["/BaseFont"]).split("+")[-1]
             for page in reader.pages for f in page["/Resources"]["/Font"].values()}
    assert {"DroidSansFallback", "NotoSansDevanagari-Regular"} <= fonts, fonts
    last = re.sub(r"\s+", " ", reader.pages[-1].extract_text())
    assert "Символы, которые не удалось напечатать" in last and "U+1F680 ROCKET" in last
    assert "U+5317" not in last  # 北 printed, so not listed


def test_the_portfolio_table_end_date_keeps_clear_of_the_jobs_figure(small) -> None:  # type: ignore[no-untyped-def]
    """Seen on paper: '360 15 May 2020', the English end date running into the jobs created beside it."""
    from ino_desktop.briefing.render.blocks import make_ctx
    from ino_desktop.briefing.render.cluster_tables import portfolio_table

    pack = _pack(small, lang="en", full=True)
    ctx = make_ctx(pack)
    assert pack.appendix
    table = portfolio_table(pack.appendix, ctx, group_by_cluster=True)
    widest = stringWidth("28 Sep 2020", ctx.st.cell.fontName, ctx.st.cell.fontSize)
    assert table._colWidths[-1] >= widest + CELL_PADDING + 8  # a visible gap, not one space
