"""Russian written in Latin letters, as open-data exports and 1C or database column names write it
("KolRabMestPlan", "Sredstva_FB", "zelenyy", "V_REALIZACII"), back in Cyrillic.

The transliteration is the common practical one (GOST 7.79 system B and the passport and Yandex
variants): the readings try it only where the Latin text says nothing in English.
"""

from __future__ import annotations

import re

from ino_desktop.importer.wording.normal import split_names

# A letter of each script, in either case: which script a text (or a side of it) is written in.
CYRILLIC_LETTER, LATIN_LETTER = re.compile("[а-яА-ЯёЁ]"), re.compile("[a-zA-Z]")

# Longest sequences first: "shch" before "sh" and "ch", "tsya" before "ts".
_SEQUENCES = (
    # and where a letter-by-letter reading goes wrong: "-iya", "-tstv-", the soft sign of "-teln-"
    # "budzhet": бюджет, its "ю" written as a plain "u" (no Russian word has "удж")
    ("udzh", "юдж"),
    ("shch", "щ"), ("tsya", "тся"), ("tstv", "тств"), ("teln", "тельн"), ("iya", "ия"), ("sch", "щ"), ("zh", "ж"),
    ("kh", "х"), ("ts", "ц"), ("tc", "ц"), ("ch", "ч"),
    ("sh", "ш"), ("yu", "ю"), ("ju", "ю"), ("ya", "я"), ("ja", "я"), ("yo", "ё"), ("jo", "ё"), ("yy", "ый"),
    ("iy", "ий"), ("ij", "ий"), ("'", "ь"),
)
_LETTERS = {"a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "e": "е", "z": "з", "i": "и", "j": "й", "k": "к",
            "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "f": "ф",
            "h": "х", "c": "ц", "y": "ы", "x": "кс", "w": "в", "q": "к"}
_SEQUENCE = re.compile("|".join(re.escape(s) for s, _c in _SEQUENCES))
_TO = dict(_SEQUENCES)
# "Obem", "ob'ekt", "obyekt": the hard sign transliterations drop after the prefix "об"
_HARD_SIGN = re.compile(r"\bob(?:'|y|j)?(?=e)")


# Letters and pairs that English writes and the transliterations of Russian do not ("Now", "Behind", "Farm
# machinery" keep theirs): a text with one is English.
_ENGLISH = re.compile(r"[wq]|th|ee|ck|ou|ng\b", re.IGNORECASE)


def _word(word: str) -> str:
    word = _HARD_SIGN.sub("объ", word)
    out = _SEQUENCE.sub(lambda m: _TO[m.group()], word)
    return "".join(_LETTERS.get(c, c) for c in out)


def cyrillic(text: str) -> str | None:
    """`text` with its Latin words written in Cyrillic; None for a text that has Cyrillic letters already, no
    Latin word, or a letter or pair only English writes."""
    if (re.search(r"[а-яё]", text, re.IGNORECASE) or not re.search(r"[a-z]", text, re.IGNORECASE)
            or _ENGLISH.search(text)):
        return None
    # a word in capitals stays in capitals: "OB" is the regional budget's acronym, "ob" a preposition
    return re.sub(r"[A-Za-z']+", lambda m: _word(m.group().lower()).upper() if m.group().isupper() and
                  len(m.group()) > 1 else _word(m.group().lower()), split_names(text))
