"""The header vocabulary: every importable field's phrases (the catalogue's header words, its labels, and
the date phrases said with "срок" or "дата" alike) in one phrase index, and what a header word covers."""

from __future__ import annotations

import re
from functools import lru_cache

from ino_desktop import fields as catalogue
from ino_desktop.importer.wording.normal import Token
from ino_desktop.importer.wording.phrases import PhraseIndex

# Word beginnings that say a figure is planned or achieved ("создаваемые": being created, "созданные":
# created); a header saying only one side is not the other side's field at full strength.
ASPECT_MARKS = {"plan": ("план", "прогноз", "ожида", "предполага", "предусмотр", "создава", "заявл", "plan",
                         "target", "forecast", "expect", "declared"),
                "fact": ("факт", "достигнут", "создан", "трудоустро", "actual", "achiev", "deliver", "created")}
# Whole words that say only plan or fact ("Planning", "Plant", "Создание" are words of their own).
ASPECT_WORDS = frozenset({"план", "плановый", "плановая", "плановое", "плановые", "плану", "факт",
                          "фактический", "фактическая", "фактическое", "фактические", "фактически", "прогноз",
                          "прогнозный", "прогнозная", "ожидаемый", "ожидаемая", "ожидаемое", "заявлено",
                          "заявленный", "заявленные", "plan", "planned", "actual", "forecast", "expected", "declared"})
VARIANTS = tuple(f for f in catalogue.IMPORTABLE if f.variant_of)

# A date's head words stand for each other: "срок ввода" is said "дата ввода" as well, and back.
_DATE_HEADS = {"срок": "дата", "дата": "срок"}


def _phrasings(field: catalogue.Field) -> list[str]:
    said = [*field.header_ru, *field.header_en, field.ru, field.en]
    if field.kind != catalogue.DATE:
        return said
    return said + [f"{_DATE_HEADS[p.split()[0]]} {p.split(' ', 1)[1]}" for p in field.header_ru
                   if " " in p and p.split()[0] in _DATE_HEADS]


INDEX = PhraseIndex([(p, f.key) for f in catalogue.IMPORTABLE for p in _phrasings(f)], agents=True)


# The vocabulary's Russian words as written, for spelling out a clerk's contractions.
_WORDS = frozenset(w for f in catalogue.IMPORTABLE for p in _phrasings(f) for w in re.findall(r"[а-яё]+", p.lower()))
# "Наим-е пр-та", "Ст-ть", "орг-ция": a word's beginning and ending with a hyphen between (an ending of up to four
# letters; "научно-образовательный" is a compound, "ОБ-2024" a budget and its year)
_CONTRACTED = re.compile(r"(?<![а-яё-])([а-яё]{2,})-([а-яё]{1,4})(?![а-яё-])", re.IGNORECASE)


def spelled_out(text: str) -> str:
    """`text` with each contraction that one vocabulary word alone begins and ends as written out in full."""
    def full(found: re.Match[str]) -> str:
        start, end = found.group(1).lower(), found.group(2).lower()
        if start + end in _WORDS:
            return found.group()
        fits = [w for w in _WORDS if w.startswith(start) and w.endswith(end) and len(w) > len(start) + len(end)]
        return fits[0] if len(fits) == 1 else found.group()
    return _CONTRACTED.sub(full, text) if "-" in text else text


def its_own(key: str, token: Token) -> bool:
    """Whether a word is one of the field's phrases' (a slip included), or says plan or fact."""
    return key in covers(token) or aspect_mark(token)  # every whole plan/fact word starts with a mark


def generic(token: Token) -> bool:
    return INDEX.is_generic(token.stem)


def aspect_mark(token: Token) -> bool:
    return any(token.word.startswith(m) for m in ASPECT_MARKS.values())


@lru_cache(maxsize=8192)
def covers(token: Token) -> frozenset[str]:
    """The fields whose vocabulary has a word `token` meets (a variant field's base's words too)."""
    keys = {k for s, _how in INDEX.meet_token(token) for k in INDEX.keys_of[s]}
    return frozenset(keys | {v.key for v in VARIANTS if v.variant_of in keys})
