"""The one formatter of numbers and dates for people (ino_desktop/formatting.py), and the window, the
editor and the pack agreeing with it in both languages."""

from __future__ import annotations

import datetime as dt

from ino_desktop import formatting as f

NN = "\u202f"


def test_numbers_in_russian_and_english() -> None:
    assert f.number(1506.8, "en", 1) == "1,506.8"
    assert f.number(1506.8, "ru", 1) == f"1{NN}506,8"
    assert f.number(-1234567.891, "ru", 2) == f"\u22121{NN}234{NN}567,89"
    assert f.number(-0.04, "en", 1) == "0.0"  # no minus on a figure that rounds to nothing
    assert f.number(999, "en") == "999" and f.number(1000, "en") == "1,000"
    assert f.number(None, "ru") == "—" and f.number(None, "en", missing="") == ""


def test_a_number_to_type_over_has_no_grouping_and_no_trailing_zeros() -> None:
    assert f.number(1506.8, "ru", None, grouped=False) == "1506,8"
    assert f.number(1506.8, "en", None, grouped=False) == "1506.8"
    assert f.number(12.0, "en", None, grouped=False) == "12"
    assert f.number(0.125, "ru", None) == "0,125"


def test_percent_signed_and_dates() -> None:
    assert f.percent(0.65, "ru") == f"65{NN}%" and f.percent(0.072, "en", 1) == "7.2%"
    assert f.signed(3, "en") == "+3" and f.signed(-2, "ru") == "\u22122" and f.signed(0, "ru") == "0"
    assert f.date(dt.date(2016, 3, 5), "ru") == "05.03.2016" and f.date(dt.date(2016, 3, 5), "en") == "5 Mar 2016"
    assert f.date(dt.datetime(2016, 3, 5, 9, 7), "en") == "5 Mar 2016 09:07"
    assert f.date(None, "en", missing="") == ""
