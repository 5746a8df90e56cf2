"""A place cell → the programme's canonical place name, however an agency writes it.

Agencies write a town with its type ("г. Томск", "город Северск", "ЗАТО Северск", "городской округ
Стрежевой"), a district with its own ("Томский р-н", "Томский муниципальный район"), and English reports
write both in Latin letters ("Tomsk", "Seversk", "Tomsk district"). The type words are dropped, a district
is told from its town, and Latin spellings are compared through a transliteration of the Russian names.
The canonical places are the programme's municipalities: Асино and Колпашево stand for their districts
(«Асиновский район»), which no other canonical name covers; Томский район is its own, apart from Томск.
A village or a street beside its district or town is in that place. Anything else (several of them, the
whole region, another district, a village alone) is none of them: `no_one_place` says which, and the importer
leaves such a cell out with that note rather than store a place the programme does not have.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ino_desktop.reference import CITY_DISTRICTS, LOCATIONS, fold

# Words that say what kind of settlement or municipality a name is: a town's, in Russian and English.
_TOWN_WORDS = frozenset({"г", "гор", "город", "городской", "городское", "округ", "го", "о", "м", "поселение",
                         "зато", "закрытое",
                         "административно", "территориальное", "образование", "муниципальное", "мо", "city",
                         "town", "closed", "urban", "okrug", "of", "the", "municipality", "zato",
                         "catu"})  # the closed administrative-territorial unit, in English
# Words that make the name a district's (the district around a town, not the town); "р-н", "р-он" split in two.
_DISTRICT_WORDS = frozenset({"р", "н", "он", "рн", "мр", "район", "района", "муниципальный", "district", "rayon",
                             "raion", "municipal", "area"})
_DISTRICT_GENITIVE = re.compile(r"\bр\s*-\s*на\b")  # «Томского р-на»: the district, in the genitive
_WORD = re.compile(r"[a-zа-я]+")
_NUMBERED = re.compile(r"[a-zа-я]-\d")
_CITY_WORDS = frozenset({"urban", "city", "town", "городской"})
_LATIN = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
                        "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
                        "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
                        "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"})
# A district's adjective in Russian and its Latin spellings ("томский", "tomskiy", "tomsky").
_ADJECTIVE = re.compile(r"(?:ский|skiy|sky|skii|skij|skoy|ского|skoe|skaya|skogo)$")
# A town's own municipality said with its adjective ("Асиновское городское поселение").
_OWN_TOWN = frozenset({"городское", "городской", "urban"})
# The canonical towns that stand for the district they are the centre of, by the district's adjective stem: the
# programme counts Асиновский and Колпашевский районы as Асино and Колпашево. Северск and Стрежевой are town okrugs
# with no district of theirs («Северский район» is in another region); Томский район is a place of its own.
_CENTRE_OF = {"asinovsk": "Асино", "kolpashevsk": "Колпашево"}  # by the district's root (_root)
# A site said with its town's adjective ("Северская промплощадка"): in the town, where no district shares it.
_SITE_WORDS = frozenset({"площадка", "промплощадка", "промзона", "промышленная", "зона", "site",
                         "оэз", "тосэр", "тор"})  # a zone named by its town: «ТОСЭР «Северск»»


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


@lru_cache(maxsize=4096)  # a column repeats a handful of places over its rows
def canonical_place(text: str) -> str | None:
    """The canonical place a cell names, or None when it names none of them (or several). A cell in parts
    ("с. Богашёво, Томский р-н", "Асиновский район, г. Асино") names the one canonical place among them."""
    parts = [p for p in _PARTS.split(text) if p.strip()]
    if len(parts) > 1:
        read = [(p, _one_place(p)) for p in parts]
        named = {found for _p, found in read if found is not None}
        if len(named) != 1:
            return None
        place = named.pop()
        # the others may say where in it (a village, a street, a house, a postcode) or be its own district
        # ("Асиновский район, г. Асино"); another town, district or name is another place
        return place if all(_inside(p, place) for p, found in read if found is None) else None
    return _one_place(text)


# Words that put a part of a cell inside a place: a village's or a street's type, a house.
# A settlement's type: «с. Богашёво», «д. Кисловка Томского р-на».
_SETTLEMENT = frozenset({"с", "село", "д", "дер", "деревня", "п", "пос", "поселок", "пгт", "рп"})
_INSIDE_WORDS = _SETTLEMENT | frozenset({
    "ст", "станция",
    "ул", "улица", "пр", "пр-т", "проспект", "пер", "переулок", "пл", "площадь", "ш", "шоссе",
    "б-р", "бульвар", "наб", "набережная", "мкр", "микрорайон", "корп", "стр", "оф", "дом",
    "village", "street", "st", "avenue", "ave", "road", "rd", "область", "обл", "oblast",
    "region", "россия", "рф", "russia", "сельское", "поселение", "сп",
    # a site within it: "г. Томск, площадка «Северная»"
    "площадка", "участок", "территория", "промзона", "зона", "квартал", "технопарк", "парк",
    "кампус", "site", "park", "zone", "campus", "plot",
    # a highway's address, a zone's kind: "Иркутский тракт, 1", "ОЭЗ ТВТ", «ТОСЭР «Северск»»
    "тракт", "тр", "т", "оэз", "твт", "ппт", "тосэр", "тор"})


# The region as a whole, in its words: no one of its places.
_REGION_WORDS = frozenset({"область", "обл", "oblast", "region", "регион", "области"})
# What may stand beside the region's name and still say the whole of it ("(несколько площадок)", "(все районы)")
_TOMSK_REGION_NAME = frozenset({"томская", "томской", "tomsk"})
_REGION_FILLER = _TOMSK_REGION_NAME | frozenset({
    "несколько", "площадок", "площадки", "все", "всех", "районы", "районов", "муниципальных", "образований",
    "территория", "территории", "по", "several", "multiple", "sites", "all", "districts", "various", "locations",
    "the"})


_OTHER_REGION_WORDS = frozenset({"край", "krai", "kray", "республика", "республики", "republic"})
_OWN_REGION = _TOMSK_REGION_NAME | frozenset({"россия", "рф", "russia", "российская", "российской", "федерация",
                                              "федерации", "russian", "federation", "the"})


def no_one_place(text: str) -> str | None:
    """Why a cell names none of the canonical places alone: "several" where its parts name two or more of them
    ("Томск, Северск"), "region" where it names only the region ("Томская область (несколько площадок)",
    "Tomsk region"), "other" for any other place (another district, a village alone, another region); None
    where it names one of them."""
    if canonical_place(text) is not None:
        return None
    named = {found for p in _PARTS.split(text) + re.split(r"\s(?:и|and|&)\s", text)
             if p.strip() and (found := _one_place(p)) is not None}
    if len(named) > 1:
        return "several"
    words = _WORD.findall(fold(text))
    if any(w in _REGION_WORDS for w in words) and all(w in _REGION_WORDS or w in _REGION_FILLER for w in words):
        return "region"
    return "other"


_HOUSE = re.compile(r"\s*\d+\s*[а-яa-z]?\s*(?:[/-]\s*\d+\s*[а-яa-z]?)?\s*")  # "4а", "12/1", "7-б"


def _inside(part: str, place: str) -> bool:
    if _HOUSE.fullmatch(fold(part)):
        return True  # a house number after its street
    words = _WORD.findall(fold(part))
    if any(w in _REGION_WORDS or w in _OTHER_REGION_WORDS for w in words) and any(
            w not in _REGION_WORDS and w not in _OTHER_REGION_WORDS and w not in _OWN_REGION for w in words):
        return False  # "Кемеровская обл.", "Красноярский край": another region ("Томская область" is its own)
    if words and all(w in _OWN_REGION for w in words):
        return True  # "Российская Федерация", "Russia": the country it is in
    if not words or any(w in _INSIDE_WORDS or w.endswith("городок") for w in words):
        return True  # "634050", "ул. Ленина", "с. Богашёво", "Академгородок" (a quarter)
    if all(w in _TOWN_WORDS for w in words):
        return True  # "Seversk (ZATO)": the town's type said apart
    district = any(w in _DISTRICT_WORDS for w in words)
    name = [w for w in words if w not in _TOWN_WORDS and w not in _DISTRICT_WORDS]
    if district and len(name) == 1 and any(name[0] == fold(d) for d in CITY_DISTRICTS.get(place, ())):
        return True  # "г. Томск, Кировский р-н": one of the city's own districts
    # the town's own district is named by an adjective of the town: "Асиновский" of "Асино"
    own = [root.rstrip("aeiouy") for (root, _d), v in _names().items() if v == place]
    return district and len(name) == 1 and any(_root(_latin(name[0])).startswith(root) for root in own)


def _one_place(text: str) -> str | None:
    folded = _DISTRICT_GENITIVE.sub(" района ", fold(text))
    if _NUMBERED.search(folded):
        return None  # "Томск-7": another place's old name, not Томск
    words = _without_region(_WORD.findall(folded))  # «г. Северск Томской области»: the town, in its region
    if not words:
        return None
    if len(words) > 3 and words[0] in _SETTLEMENT and any(w in _DISTRICT_WORDS for w in words[2:]):
        # «д. Кисловка Томского р-на»: a village named with its district is in that district
        return _one_place(" ".join(words[2:]))
    # "Tomsk Urban District", "Tomsk City District": the city's own municipality, not the district around it
    district = any(w in _DISTRICT_WORDS for w in words) and not any(w in _CITY_WORDS for w in words)
    name = [w for w in words if w not in _TOWN_WORDS and w not in _DISTRICT_WORDS and w not in _SITE_WORDS]
    if len(name) != 1:
        return None
    word = name[0]
    adjective = _ADJECTIVE.search(_latin(word)) is not None
    if adjective and not district:
        # "Томский" alone: the district or the region, not said
        own = any(w in _OWN_TOWN for w in words)
        return _town_of(word, alone=not own) if own or any(w in _SITE_WORDS for w in words) else None
    root = _root(_latin(word))
    found = _names().get((root, district))
    if found is None and district:
        # «Колпашевский р-н», "Asinovsky district"; "Asino district": the town that stands for its district
        town = _names().get((root, False))
        return _CENTRE_OF.get(root) or (town if town in _CENTRE_OF.values() else None)
    return found


def _without_region(words: list[str]) -> list[str]:
    """The words with the region's own name taken out ("томской области", "tomsk oblast"), where something else
    is named beside it."""
    out = [w for i, w in enumerate(words) if w not in _REGION_WORDS
           and not (i + 1 < len(words) and words[i + 1] in _REGION_WORDS and _root(_latin(w)) == "tomsk")]
    return out if out and len(out) < len(words) else words


def _town_of(adjective: str, *, alone: bool) -> str | None:
    """The one town an adjective is made from ("асиновское" of Асино); with `alone`, only where no district
    is named by the same adjective ("Северская", not "Томская": Томский район)."""
    root = _root(_latin(adjective))
    towns = [v for (r, d), v in _names().items() if not d and root.startswith(r.rstrip("aeiouy"))]
    if len(towns) != 1 or (alone and any(d and r == root for (r, d) in _names())):
        return None
    return towns[0]
