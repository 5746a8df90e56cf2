"""A column's values → how well they fit each kind of field (the values' vote).

From the first data rows of a column: how many cells are dates, numbers, whole numbers, years, codes
(letters and digits, mostly distinct), words of each vocabulary, place names, organisations (legal forms
such as ООО, АО, ФГБОУ, or words such as университет), people (Иванов И. И.), and long text. Each field's
kind turns that into a factor (values that cannot be the field pull its score down) and a bonus (values
that can only be the field pull it up), with a short reason for the plan.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ino_desktop import fields as catalogue
from ino_desktop.importer.values import BadValue, amount_with_unit, is_empty, parse_date, parse_number, says_no_change
from ino_desktop.importer.wording.values import match_value
from ino_desktop.messages import FieldName, Message, message
from ino_desktop.places import canonical_place
from ino_desktop.reference import VOCABULARIES

SAMPLE = 200  # data rows looked at per column
VOCAB_PROBE = 20  # different texts a vocabulary must know one of before the rest of a column is read

# one to three letter groups ("INO-", "ТО-ИНО/") before the digits
_CODE = re.compile(r"[A-Za-zА-Яа-яЁё]{1,10}(?:[-_/.][A-Za-zА-Яа-яЁё]{1,10}){0,2}[-_/.\s]?\d{1,8}(?:[-_/.]\d{1,6})*"
                   r"|\d{1,4}[-_/.]\d{1,6}(?:[-_/.]\d+)*")
_ORG = re.compile(
    r"\b(?:ооо|оао|зао|пао|ао|ано|нко|ип|фгбоу|фгаоу|фгуп|огбу|огау|огку|огбоу|мбу|муп|гуп|гбу|фгбу|фгбун|нии|"
    r"ltd|llc|jsc|plc|inc|gmbh)\b|университет|институт|академи|завод|комбинат|компани|корпораци|холдинг|"
    r"предприяти|администраци|департамент|министерств|агентств|фонд|центр|технопарк|university|institute|"
    r"company|corporation|agency|department|ministry|plant|group|holding|centre|center|fund", re.IGNORECASE)
_PERSON = re.compile(
    r"^[А-ЯЁA-Z][а-яёa-z]+(?:-[А-ЯЁA-Z][а-яёa-z]+)?\s+[А-ЯЁA-Z]\.\s?(?:[А-ЯЁA-Z]\.)?$|"
    r"^[А-ЯЁA-Z]\.\s?(?:[А-ЯЁA-Z]\.)?\s?[А-ЯЁA-Z][а-яёa-z]+$|"
    r"^[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:вич|вна|ична|чна|оглы|кызы)$")
_PHONE = re.compile(r"(?:\+7|8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}|@")


FLAGS = frozenset({"да", "нет", "yes", "no", "y", "n", "+", "-", "х", "x", "v", "✓", "✔", "true", "false",
                   "имеется", "отсутствует"})


@dataclass
class ColumnValues:
    """What a column's sampled values look like: fractions of the non-empty cells."""

    count: int = 0
    dates: float = 0.0
    numbers: float = 0.0
    whole: float = 0.0
    years: float = 0.0
    codes: float = 0.0
    places: float = 0.0
    orgs: float = 0.0
    people: float = 0.0
    long_text: float = 0.0
    distinct: float = 0.0
    row_numbers: bool = False  # 1, 2, 3, …: the form's own numbering
    texts: int = 0  # different texts among the cells
    flags: float = 0.0  # «да», «нет», "yes", "+": answers to a question, no value of any field
    vocab: dict[str, float] = field(default_factory=dict)  # vocabulary → share of cells it knows


def profile(cells: Sequence[object]) -> ColumnValues:
    # «без изменений» in an update says the stored value stays: no value of any kind, as a blank
    values = [c for c in cells if not is_empty(c) and not (isinstance(c, str) and says_no_change(c))][:SAMPLE]
    out = ColumnValues(count=len(values))
    if not values:
        return out
    n = len(values)
    numbers: list[float] = []
    texts: list[str] = []
    dates = years = 0
    for value in values:
        if isinstance(value, dt.date | dt.datetime):
            dates += 1
            continue
        number = _number(value)
        if number is not None:
            numbers.append(number)
            if float(number).is_integer() and 1990 <= number <= 2100:
                years += 1
            continue
        text = " ".join(str(value).split())
        texts.append(text)
        if _date_text(text):
            dates += 1
    out.dates = dates / n
    out.numbers = len(numbers) / n
    out.whole = sum(1 for x in numbers if float(x).is_integer()) / n
    out.years = years / n
    out.distinct = len({str(v) for v in values}) / n
    out.row_numbers = len(numbers) >= 3 and numbers == [float(i) for i in range(1, len(numbers) + 1)]
    if texts:
        out.codes = sum(1 for t in texts if looks_like_code(t)) / n
        out.orgs = sum(1 for t in texts if _ORG.search(t)) / n
        out.people = sum(1 for t in texts if _PERSON.match(t) or _PHONE.search(t)) / n
        out.long_text = sum(1 for t in texts if len(t) >= 25 and " " in t) / n
        out.flags = sum(1 for t in texts if t.casefold().strip(" .") in FLAGS) / n
        out.places = sum(1 for t in texts if canonical_place(t) is not None) / n
        distinct_texts = list(dict.fromkeys(texts))
        out.texts = len(distinct_texts)
        for name in VOCABULARIES:
            known = _known(name, distinct_texts)
            out.vocab[name] = sum(1 for t in texts if t in known) / n
    return out


def _known(vocabulary: str, texts: Sequence[str]) -> set[str]:
    """The texts `vocabulary` knows. A column whose first VOCAB_PROBE different texts it knows none of is
    not its field's column (names, descriptions): the rest are not read, which keeps a wide sheet quick."""
    known: set[str] = set()
    for at, text in enumerate(texts):
        if at == VOCAB_PROBE and not known:
            break
        if match_value(vocabulary, text).key is not None:
            known.add(text)
    return known


def looks_like_code(text: str) -> bool:
    """Letters and digits in the shape of an identifier: INO-0012, M-1, ТО-ИНО/16-033, 2016/03."""
    return len(text) <= 24 and bool(_CODE.fullmatch(text))


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return parse_number(value)
    except BadValue:
        return amount_with_unit(value)  # "1,2 млрд", "350 млн": an amount, its unit in the cell


def _date_text(text: str) -> bool:
    try:
        return parse_date(text) is not None
    except BadValue:
        return False


@dataclass(frozen=True)
class Vote:
    factor: float  # 0..1: 1 when the values may be the field
    bonus: float  # 0..: added when the values point at this field
    reason: Message | None  # None when the values say nothing notable


def vote(field_key: str, col: ColumnValues) -> Vote:
    """How the sampled values of a column bear on `field_key`."""
    if col.count == 0:
        return Vote(1.0, 0.0, None)
    if col.row_numbers:
        return Vote(0.0, 0.0, message("values.row_numbers"))
    if col.flags >= 0.8:
        return Vote(0.0, 0.0, message("values.flags"))
    entry = catalogue.field(field_key)
    kind = entry.kind
    textual = 1.0 - col.numbers - col.dates
    if kind == catalogue.MONEY:
        return _share(col.numbers, "values.few_numbers", "values.not_numbers", 0.1)
    if kind == catalogue.COUNT:
        if col.numbers >= 0.6 and col.whole < col.numbers * 0.8:
            return Vote(0.5, 0.0, message("values.not_whole"))
        return _share(col.numbers, "values.few_whole_numbers", "values.not_whole", 0.1)
    if kind == catalogue.DATE:
        dated = col.dates + col.years
        if dated >= 0.6:
            return Vote(1.0, 0.1, message("values.dates", share=_percent(dated)))
        return Vote(0.25, 0.0, message("values.not_dates"))
    if kind == catalogue.CODE:
        if col.codes >= 0.6:
            return Vote(1.0, 0.25 if col.distinct >= 0.9 else 0.1, message("values.codes", share=_percent(col.codes)))
        if col.whole >= 0.8 and col.distinct >= 0.9:
            return Vote(0.8, 0.0, message("values.distinct_whole"))
        if col.long_text >= 0.5:
            return Vote(0.2, 0.0, message("values.long_text"))
        return Vote(0.6, 0.0, None)
    if textual < 0.4:
        return Vote(0.15, 0.0, message("values.not_text"))
    if kind == catalogue.VOCAB:
        known = col.vocab.get(entry.vocabulary or "", 0.0)
        if col.places >= 0.5 and col.places > known:  # "г. Северск", "Томский р-н": places, not a list's terms
            return Vote(0.5, 0.0, message("values.places", share=_percent(col.places)))
        if known >= 0.6:
            return Vote(1.0, 0.35 * known,
                        message("values.vocabulary", share=_percent(known), field=FieldName(field_key)))
        if known >= 0.2:
            return Vote(0.9, 0.0, None)
        return Vote(0.5, 0.0, message("values.few_vocabulary", field=FieldName(field_key)))
    if kind == catalogue.PLACE:
        if col.places >= 0.5:
            return Vote(1.0, 0.3 * col.places, message("values.places", share=_percent(col.places)))
        return Vote(0.8, 0.0, None)
    if kind == catalogue.ORG:
        if col.people >= 0.5:
            return Vote(0.05, 0.0, message("values.people_not_organisations", share=_percent(col.people)))
        if col.orgs >= 0.4:
            return Vote(1.0, 0.15, message("values.organisations", share=_percent(col.orgs)))
        return Vote(0.85, 0.0, None)
    if kind == catalogue.PERSON:
        if col.people >= 0.5:
            return Vote(1.0, 0.15, message("values.people", share=_percent(col.people)))
        if col.orgs >= 0.5:
            return Vote(0.4, 0.0, message("values.organisations_not_people"))
        return Vote(0.85, 0.0, None)
    if field_key == "name":
        bonus = 0.1 if col.distinct >= 0.9 and col.long_text >= 0.5 else 0.0
        return Vote(1.0, bonus, message("values.distinct_long_text") if bonus else None)
    return Vote(1.0, 0.0, None)


def _share(share: float, few: str, none: str, floor: float) -> Vote:
    """How far a share of numbers agrees with a numeric field; `few` and `none` are the codes that say why not."""
    if share >= 0.6:
        return Vote(1.0, 0.0, None)
    if share >= 0.3:
        return Vote(0.7, 0.0, message(few, share=_percent(share)))
    return Vote(floor, 0.0, message(none))


def _percent(share: float) -> int:
    return round(share * 100)
