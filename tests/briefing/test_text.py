"""Escaping of user text for reportlab markup, and numbers, money and dates in Russian and English."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Paragraph

from ino_desktop.briefing.render import text
from ino_desktop.briefing.render.styles import styles

NN = "\u202f"


def test_money_in_russian_and_english() -> None:
    assert text.money(1234567.891, "ru") == f"1{NN}234{NN}567,9"
    assert text.money(1234567.891, "en") == "1,234,567.9"
    assert text.money(999.95, "ru") == f"1{NN}000,0"
    assert text.money(0.0, "en") == "0.0"
    assert text.money(None, "ru") == "—"
    assert text.number(-1500, "ru") == f"−1{NN}500"
    assert text.signed(3, "en") == "+3" and text.signed(-2, "ru") == "−2" and text.signed(0, "ru") == "0"


def test_percent_and_dates() -> None:
    assert text.percent(0.65, "ru") == f"65{NN}%"
    assert text.percent(0.072, "en", 1) == "7.2%"
    assert text.percent(None, "en") == "—"
    assert text.date(dt.date(2016, 3, 5), "ru") == "05.03.2016"
    assert text.date(dt.date(2016, 3, 5), "en") == "5 Mar 2016"
    assert text.date(None, "en") == "—"


def test_hostile_markup_is_escaped_and_prints_literally() -> None:
    hostile = 'R&D <b> <img src="C:\\x"> <font color="[[[x]]]">'
    escaped = text.esc(hostile)
    assert escaped == 'R&amp;D &lt;b&gt; &lt;img src="C:\\x"&gt; &lt;font color="[[[x]]]"&gt;'
    paragraph = Paragraph(escaped, styles().body)
    paragraph.wrap(300, 100)
    fragments = "".join(w.text if hasattr(w, "text") else str(w) for line in paragraph.blPara.lines
                        for w in (line[1] if isinstance(line, tuple) else line.words))
    assert fragments.replace(" ", "") == hostile.replace(" ", "")  # no tag was taken as markup


def test_control_characters_surrogates_and_bidi_overrides_are_dropped() -> None:
    dirty = "A\x00B\x07C\ud800D\u202eE\u200bF\tG\r\nH"
    assert text.clean(dirty) == "ABCDEF G\nH"
    assert text.esc(dirty) == "ABCDEF G<br/>H"
    assert text.clean(None) == ""


def test_cells_are_capped_with_a_visible_ellipsis() -> None:
    long = "Ж" * 5000
    assert text.cell(long) == "Ж" * text.MAX_CELL_CHARS + "…"
    assert text.esc("abc", limit=3) == "abc"
