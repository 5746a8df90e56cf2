"""A place cell → the programme's canonical place name, however an agency writes it.

Agencies write a town with its type ("г. Томск", "город Северск", "ЗАТО Северск", "городской округ
Стрежевой"), a district with its own ("Томский р-н", "Томский муниципальный район"), and English reports
write both in Latin letters ("Tomsk", "Seversk", "Tomsk district"). The type words are dropped, a district
is told from its town, and Latin spellings are compared through a transliteration of the Russian names.
A village or a street beside its district or town is in that place. Anything else (another district, a
village alone) is not one of the canonical places and is kept as written.
"""

from __future__ import annotations

import re
from functools import cache

from ino_desktop.reference import LOCATIONS, fold

# Words that say what kind of settlement or municipality a name is: a town's, in Russian and English.
_TOWN_WORDS = frozenset({"г", "гор", "город", "городской", "округ", "го", "зато", "закрытое",
                         "административно", "территориальное", "образование", "муниципальное", "мо", "city",
                         "town", "closed", "urban", "okrug", "of", "the", "municipality", "zato"})
# Words that make the name a district's (the district around a town, not the town).
_DISTRICT_WORDS = frozenset({"р", "н", "рн", "район", "муниципальный", "district", "rayon", "raion",
                             "municipal", "area"})
_WORD = re.compile(r"[a-zа-я]+")
_LATIN = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
                        "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
                        "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
                        "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"})
# A district's adjective in Russian and its Latin spellings ("томский", "tomskiy", "tomsky").
_ADJECTIVE = re.compile(r"(?:ский|skiy|sky|skii|skij|skoy|ского)$")


def _latin(word: str) -> str:
    return word.translate(_LATIN)


@cache
def _names() -> dict[tuple[str, bool], str]:
    """(the name's stem in Latin letters, whether a district) → the canonical place."""
    out: dict[tuple[str, bool], str] = {}
    for place in LOCATIONS:
        words = _WORD.findall(fold(place))
        district = any(w in _DISTRICT_WORDS for w in words)
        name = " ".join(w for w in words if w not in _DISTRICT_WORDS)
        out[(_root(_latin(name)), district)] = place
    return out


def _root(latin: str) -> str:
    """A town's name and its district's adjective to one root: "tomsk" and "tomskiy" → "tomsk"."""
    return _ADJECTIVE.sub("sk", latin) if _ADJECTIVE.search(latin) else latin


_PARTS = re.compile(r"[,;()]|\s/\s")


def canonical_place(text: str) -> str | None:
    """The canonical place a cell names, or None when it names none of them (or several). A cell in parts
    ("с. Богашёво, Томский р-н", "Асиновский район, г. Асино") names the one canonical place among them."""
    parts = [p for p in _PARTS.split(text) if p.strip()]
    if len(parts) > 1:
        named = {_one_place(p) for p in parts} - {None}
        return named.pop() if len(named) == 1 else None
    return _one_place(text)


def _one_place(text: str) -> str | None:
    words = _WORD.findall(fold(text).replace("ё", "е"))
    if not words:
        return None
    district = any(w in _DISTRICT_WORDS for w in words)
    name = [w for w in words if w not in _TOWN_WORDS and w not in _DISTRICT_WORDS]
    if len(name) != 1:
        return None
    word = name[0]
    adjective = _ADJECTIVE.search(_latin(word)) is not None
    if adjective and not district:
        return None  # "Томский" alone: the district or the region, not said
    return _names().get((_root(_latin(word)), district))
