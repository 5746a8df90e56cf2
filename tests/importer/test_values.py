"""Property tests of the value parsers: numbers, dates, units, vocabularies and text cleaning."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ino_desktop.importer.values import (
    SERIAL_YEARS,
    BadValue,
    clean_text,
    excel_serial,
    parse_date,
    parse_int,
    parse_location,
    parse_number,
    parse_vocab,
    unit_factor,
)

SEPARATORS = st.sampled_from([" ", "\u00a0", "\u202f"])
DATES = st.dates(min_value=dt.date(1906, 1, 1), max_value=dt.date(2100, 12, 31))
YEARS = st.integers(min_value=1900, max_value=2100)
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def russian(number: float, sep: str) -> str:
    """A number written the Russian way: groups of three split by `sep`, one decimal after a comma."""
    whole, frac = f"{abs(number):.1f}".split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return ("-" if number < 0 else "") + sep.join(groups) + "," + frac


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), SEPARATORS)
def test_russian_numbers_parse_to_their_value(number: float, sep: str) -> None:
    text = russian(number, sep)
    assert parse_number(text) == pytest.approx(round(number, 1), abs=1e-6)


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False))
def test_numeric_cells_are_taken_as_they_are(number: float) -> None:
    assert parse_number(number) == number


@given(st.integers(min_value=0, max_value=10**9), SEPARATORS)
def test_whole_numbers_with_thousand_separators(n: int, sep: str) -> None:
    assert parse_int(f"{n:,}".replace(",", sep)) == n
    assert parse_int(float(n)) == n


@given(st.text(alphabet="абвгдxyz%$ ", min_size=1).filter(lambda s: s.strip() not in ("", "-")))
def test_words_are_not_numbers(text: str) -> None:
    with pytest.raises(BadValue) as caught:
        parse_number(text)
    assert caught.value.kind == "not_a_number"


@pytest.mark.parametrize("text", ["около 500", "12 34", "1,2,3", "1.2.3", "500 руб.", "TRUE"])
def test_malformed_numbers_are_refused(text: str) -> None:
    with pytest.raises(BadValue):
        parse_number(text)


@pytest.mark.parametrize("text", ["", "  ", "—", "-", "n/a", "Н/Д"])
def test_empty_markers_are_none(text: str) -> None:
    assert parse_number(text) is None
    assert parse_date(text) is None
    assert parse_vocab("cluster", text) is None


def test_a_fractional_job_count_is_refused() -> None:
    with pytest.raises(BadValue):
        parse_int(12.5)


@given(DATES)
def test_dates_in_every_written_form(day: dt.date) -> None:
    assert parse_date(day) == day
    assert parse_date(dt.datetime.combine(day, dt.time(13, 45))) == day
    assert parse_date(day.strftime("%d.%m.%Y")) == day
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{day.day}.{day.month}.{day.year} г.") == day


@given(DATES, st.booleans())
def test_excel_serials_round_trip_in_both_date_systems(day: dt.date, date1904: bool) -> None:
    base = dt.date(1904, 1, 1) if date1904 else dt.date(1899, 12, 30)
    serial = (day - base).days
    assert excel_serial(serial, date1904) == day
    if 1900 <= serial <= 2100:
        return  # whole numbers in that range are years, not serials
    if SERIAL_YEARS[0] <= day.year <= SERIAL_YEARS[1]:
        assert parse_date(float(serial), date1904) == day
    else:  # a number that would be a day outside the programme's years is refused, never stored as 1906
        with pytest.raises(BadValue):
            parse_date(float(serial), date1904)


@given(YEARS, st.integers(min_value=1, max_value=4))
def test_quarters_mean_their_last_day(year: int, quarter: int) -> None:
    last = dt.date(year, quarter * 3, calendar.monthrange(year, quarter * 3)[1])
    for text in (f"Q{quarter} {year}", f"q{quarter}-{year}", f"{ROMAN[quarter]} кв. {year}",
                 f"{quarter} квартал {year} года", f"{year} Q{quarter}"):
        assert parse_date(text) == last, text


@given(YEARS)
def test_bare_years_mean_the_31st_of_december(year: int) -> None:
    assert parse_date(str(year)) == dt.date(year, 12, 31)
    assert parse_date(float(year)) == dt.date(year, 12, 31)
    assert parse_date(f"{year} год") == dt.date(year, 12, 31)


@given(st.integers(min_value=1, max_value=28), st.integers(min_value=1, max_value=12), YEARS)
def test_slash_dates_are_read_only_when_unambiguous(a: int, b: int, year: int) -> None:
    text = f"{a:02d}/{b:02d}/{year}"
    if a == b or a > 12:
        assert parse_date(text) == dt.date(year, b, a)
        assert parse_date(f"{b:02d}/{a:02d}/{year}") == dt.date(year, b, a)
    else:
        with pytest.raises(BadValue, match="ambiguous"):
            parse_date(text)


@pytest.mark.parametrize("text", ["03/04/05", "31.02.2017", "01.01.1850", "Q5 2017", "2017-13-01", "скоро"])
def test_bad_dates_are_refused(text: str) -> None:
    with pytest.raises(BadValue) as caught:
        parse_date(text)
    assert caught.value.kind == "bad_date"


@pytest.mark.parametrize("value", [dt.time(10, 0), dt.timedelta(hours=3), True])
def test_times_and_booleans_are_not_dates(value: object) -> None:
    with pytest.raises(BadValue):
        parse_date(value)


@pytest.mark.parametrize(("header", "factor"), [
    ("Стоимость, тыс. руб.", 0.001), ("Сумма (тысяч рублей)", 0.001), ("Стоимость, млн руб.", 1.0),
    ("Budget (RUB bn)", 1000.0), ("Cost, RUB billion", 1000.0), ("Объем, млрд руб.", 1000.0),
    ("Cost (RUB m)", 1.0), ("Amount, thousand RUB", 0.001), ("Стоимость, руб.", 0.000001),
    ("Стоимость", None), ("Рабочие места", None),
])
def test_units_in_headers(header: str, factor: float | None) -> None:
    assert unit_factor(header) == factor


@given(st.sampled_from(["Нефтехимический кластер", "Petrochemical cluster", "Petrochemistry",
                        "НЕФТЕХИМИЧЕСКИЙ КЛАСТЕР ", "  petrochemistry"]))
def test_cluster_spellings_fold_to_the_key(text: str) -> None:
    assert parse_vocab("cluster", text) == "petrochemical"


@pytest.mark.parametrize(("text", "key"), [("ЗАВЕРШЁН", "completed"), ("завершен ", "completed"),
                                           ("В работе", "in_progress"), ("Реализован", "completed"),
                                           ("Планируется", "planned"), ("Приостановлен", "suspended")])
def test_status_spellings(text: str, key: str) -> None:
    assert parse_vocab("status", text) == key


def test_unknown_cluster_and_profile_spellings() -> None:
    with pytest.raises(BadValue) as caught:
        parse_vocab("cluster", "Космический кластер")
    assert caught.value.kind == "unknown_cluster" and "Космический кластер" in caught.value.reason
    assert parse_vocab("cluster", "Космос", {"космос": "nuclear"}) == "nuclear"
    assert parse_vocab("status", "архив", {"Архив": None}) is None


def test_locations_are_canonical_or_left_out_with_a_reason() -> None:
    assert parse_location(" томский  район ") == "Томский район"
    assert parse_location("—") is None
    with pytest.raises(BadValue) as refused:
        parse_location("Кедровый ")  # a town of the region, not one of the programme's places
    assert refused.value.kind == "unknown_location" and "Кедровый" in refused.value.reason


@given(st.text())
def test_clean_text_leaves_no_control_characters_and_is_idempotent(text: str) -> None:
    cleaned, _ = clean_text(text)
    if cleaned is None:
        return
    assert not any(ord(ch) < 32 and ch not in "\t\n" for ch in cleaned)
    assert not any(ch in cleaned for ch in "\u202e\u200b\ufeff\u2066")
    assert cleaned == cleaned.strip()
    assert clean_text(cleaned) == (cleaned, False)


def test_clean_text_reports_what_it_removed() -> None:
    assert clean_text("A\x07B") == ("AB", True)
    assert clean_text("  =SUM(A1) ") == ("=SUM(A1)", False)
    assert clean_text(1350.0) == ("1350", False)


@pytest.mark.parametrize("text", ["Реализуется — срыв сроков", "В работе: незначительное отставание",
                                  "In progress - slight delay", "Реализуется (опережение графика)"])
def test_a_state_with_a_remark_on_its_dates_is_that_state(text: str) -> None:
    # a remark on how the work keeps its dates, in the words states.LATE and states.SCHEDULE give (one source)
    from ino_desktop.importer.wording.values import match_value

    assert match_value("status", text).key == "in_progress"
