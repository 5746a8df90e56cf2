"""A cell of a vocabulary field (status, cluster, work area, territory type, category, RAG) → its key.

An exact spelling (any of the vocabulary's names, folded) wins at once. Otherwise the cell's words are
scored against every spelling of every key (`phrases`: stems, truncations, typos): "в стадии
реализации", "Реализация завершена", "ядерный", "Petrochemicals" find their keys by their words. A cell
whose best two keys score alike is ambiguous and refused with both named; a weak best is unknown.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from ino_desktop.importer.wording.phrases import PhraseIndex, plain
from ino_desktop.reference import VOCABULARIES, fold, lookup

# Words that every entry of a vocabulary may carry, or that place it ("кластер", "в области …", "сфера").
VALUE_GENERIC = frozenset({"кластер", "cluster", "област", "сфер", "отрасл", "sector", "территориальн", "томск"})
ACCEPT = 0.6  # the least score a spelling needs to be taken as a key
MARGIN = 0.12  # the lead the best key needs over the next one


@dataclass(frozen=True)
class ValueMatch:
    key: str | None
    score: float
    candidates: tuple[str, ...] = ()  # the keys an ambiguous cell could mean, best first


@cache
def _index(vocabulary: str) -> PhraseIndex:
    entries = [(spelling, t.key) for t in VOCABULARIES[vocabulary]
               for spelling in (t.ru, t.en, *t.spellings)]
    return PhraseIndex(entries, precision_power=0.7, recall_power=0.7, generic=VALUE_GENERIC)


@lru_cache(maxsize=16384)
def match_value(vocabulary: str, text: str) -> ValueMatch:
    """The key `text` names in `vocabulary`, with its score; key None when unknown or ambiguous."""
    exact = lookup(vocabulary, text)
    if exact is not None:
        return ValueMatch(exact, 1.0)
    hits = sorted(_index(vocabulary).score(plain(fold(text))).values(), key=lambda h: -h.score)
    if not hits or hits[0].score < ACCEPT:
        return ValueMatch(None, hits[0].score if hits else 0.0)
    if len(hits) > 1 and hits[0].score - hits[1].score < MARGIN:
        close = tuple(h.key for h in hits if hits[0].score - h.score < MARGIN)
        return ValueMatch(None, hits[0].score, close)
    return ValueMatch(hits[0].key, hits[0].score)
