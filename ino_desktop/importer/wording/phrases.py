"""A vocabulary of phrases → keys, and how well a text's tokens match each key.

Each phrase becomes a set of stems. A stem is weighed by how few keys use it (inverse key frequency):
"бюджет" is in several money fields and says little; "федеральн" says "federal". A text's token meets a
phrase's stem exactly (1.0), as a truncation or a longer form of it (one is a prefix of the other:
"внебюдж." → "внебюджетн", "подтвержд" ~ "подтвержден"; 0.8), or as a typo (rapidfuzz ratio ≥ 85 on
stems of six letters or more; 0.7, or 0.9 for one letter slipped inside a stem of seven or more:
"инвесиций"). A phrase's score is its recall (how much of the phrase the text says) times a softened
precision (how much of the text the phrase explains).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ino_desktop.importer.wording.normal import Token, stem, words

EXACT, PREFIX, TYPO, SLIP = 1.0, 0.8, 0.7, 0.9
_AGENT = frozenset({"or", "ors", "er", "ers"})  # English agent nouns the stemmer leaves whole
ABBREVIATED, ABBREVIATED_LENGTH = 0.95, 5
SLIP_LENGTH = 7  # one letter dropped, doubled or changed in a stem this long is a slip of the hand
RELATIVE = 5  # a known stem's relatives: one a prefix of the other, both this long
MIN_PREFIX = 4  # a truncation shorter than this ("об", "ср") says too little
KEY_CREDIT = 0.5  # how much a word explained by another phrase of the same key counts
UNKNOWN_SHARE = 0.6  # a text word no phrase uses weighs this share of the rarest vocabulary word
GENERIC_WEIGHT = 0.3
# A verbal noun or a verb in the present names a process under way ("исполнение", "на завершении",
# "завершается"); a past participle names its result ("исполнен", "завершена"). The stemmer leaves the
# process's stem longer than the participle's ("исполнен", "заверша" / "исполн", "заверш"), so without
# this the process would meet its result as a relative, and the result its process.
_PROCESS_ENDINGS = ("ение", "ении", "ения", "ением", "ание", "ании", "ания", "анием", "яние", "янии", "яния",
                    "ается", "яется", "ются", "ятся", "ится", "ется")
_RESULT_ENDINGS = ("ен", "ена", "ено", "ены", "ан", "ана", "ано", "аны", "енный", "енная", "енное", "енные",
                   "анный", "анная", "анное", "анные", "ованный", "ованная", "ованное", "ованные")
_DOUBLED = re.compile(r"(.)\1")


PROCESS, RESULT = "process", "result"


def aspect(word: str) -> str | None:
    """Whether a word names a process under way, a result, or neither."""
    if len(word) > 6 and word.endswith(_PROCESS_ENDINGS):
        return PROCESS
    if len(word) > 5 and word.endswith(_RESULT_ENDINGS):
        return RESULT
    return None


def _swapped(a: str, b: str) -> bool:
    """Whether two stems of five letters or more differ by two neighbouring letters swapped inside them."""
    if len(a) != len(b) or len(a) < 5 or a == b or a[0] != b[0]:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _squeezed(stem: str) -> str:
    """A stem with its doubled letters written once: "куррир" and "курир", "програм" and "программ" (a
    letter doubled or not doubled is the commonest slip in Russian spelling)."""
    return _DOUBLED.sub(r"\1", stem)
# Words that say what kind of thing a column holds in every field of a financing table, not which field
# ("объем финансирования из областного бюджета": the field is in "областного"). Stems.
GENERIC = frozenset(stem(w) for w in (
    "проект", "project", "объем", "финансирование", "финансирования", "средства", "средств", "сумма", "источник",
    "источники", "инвестиционный", "инновационный", "мероприятие", "сведения", "данные", "информация",
    "показатель", "значение", "всего", "итого", "итог", "fund", "funds", "financing", "amount", "source", "total",
    "описание",  # "описание проблем" is the problems: a description names its subject after it
    # "Отнесение к кластеру", "Относится к кластеру", "Отраслевая принадлежность": the class is the rest
    "отнесение", "принадлежность", "относится", "участие", "входит", "входящий",
    # a transfer between budgets is the money of the budget that sends it
    "трансферт", "трансферты", "межбюджетный", "межбюджетные",
    # a list of X is X; "в т.ч." (read as "включая") opens a part of its parent
    "перечень", "список", "включая", "including",
    # "текущий статус", "Тек. кластер", "current stage": the same field, as it stands now
    "текущий", "current",
    # "Полное наименование", "full name": the same field, written out in full
    "полный", "полное", "full", "overall"))


@dataclass(frozen=True, slots=True)
class Hit:
    key: str
    score: float
    phrase: str  # the vocabulary phrase that matched best
    matched: tuple[str, ...]  # the text's words that the phrase explained


NO_HIT = Hit("", 0.0, "", ())  # a field no phrase reads, for comparing scores


@dataclass(frozen=True, slots=True)
class Weighted:
    token: Token
    weight: float  # the importance of this token in the text (parent headers and remarks weigh less)
    counts: bool = True  # whether an unmatched token lowers precision
    cost: float = 1.0  # how much, when it does


class PhraseIndex:
    def __init__(self, entries: Iterable[tuple[str, str]], precision_power: float = 0.5,
                 recall_power: float = 1.0, generic: frozenset[str] = GENERIC, agents: bool = False) -> None:
        self.generic = generic
        self.agents = agents  # headers: "director" meets no "direction" (a person is no thing its work makes)
        self._generic_prefixes = tuple(g for g in self.generic if len(g) >= 3)
        self.precision_power = precision_power
        self.recall_power = recall_power
        self.phrases: list[tuple[str, str, tuple[str, ...]]] = []  # (key, phrase, stems)
        seen: set[tuple[str, tuple[str, ...]]] = set()
        forms: dict[str, set[str | None]] = defaultdict(set)
        for phrase, key in entries:
            tokens = words(phrase).tokens
            for t in tokens:
                forms[t.stem].add(aspect(t.word))
            stems = tuple(dict.fromkeys(t.stem for t in tokens))
            if stems and (key, stems) not in seen:
                seen.add((key, stems))
                self.phrases.append((key, phrase, stems))
        keys_of: dict[str, set[str]] = defaultdict(set)
        for key, _, stems in self.phrases:
            for s in stems:
                keys_of[s].add(key)
        self.keys_of = {s: frozenset(ks) for s, ks in keys_of.items()}
        # the stems every vocabulary word of which says a process, or a result
        self._aspect_of = {s: said.pop() for s, said in forms.items() if len(said) == 1 and None not in said}
        self._by_squeeze: dict[str, str] = {}
        for s in keys_of:
            if len(s) >= 5:
                self._by_squeeze.setdefault(_squeezed(s), s)
        n_keys = len({k for k, _, _ in self.phrases}) or 1
        self.idf = {s: GENERIC_WEIGHT if self.is_generic(s) else math.log(1.0 + n_keys / len(ks))
                    for s, ks in keys_of.items()}
        self.unknown_weight = UNKNOWN_SHARE * math.log(1.0 + n_keys)
        self.stems = tuple(self.idf)
        self._by_first: dict[str, list[str]] = defaultdict(list)
        for s in self.stems:
            self._by_first[s[:2]].append(s)
        # Built once here rather than on each score: each phrase's weight, and which phrases use a stem
        # (a phrase none of whose stems the text meets scores nothing and need not be looked at).
        self._phrase_weights = [sum(self.idf[s] for s in stems) for _key, _phrase, stems in self.phrases]
        self._phrases_of: dict[str, list[int]] = defaultdict(list)
        for at, (_key, _phrase, stems) in enumerate(self.phrases):
            for s in stems:
                self._phrases_of[s].append(at)

    @lru_cache(maxsize=16384)  # noqa: B019 - the index lives as long as the program, by design
    def is_generic(self, stem: str) -> bool:
        """A generic word, in any of the forms the stemmer leaves ("объем" → "объ", "объемы" → "объем")."""
        return stem in self.generic or (stem.startswith(self._generic_prefixes)
                                        and any(stem.startswith(g) and len(stem) - len(g) <= 2
                                                for g in self._generic_prefixes))

    def knows(self, stem: str) -> bool:
        """Whether `stem` is a word of some phrase as it stands (no relative, truncation or slip)."""
        return stem in self.idf

    @lru_cache(maxsize=16384)  # noqa: B019 - the index lives as long as the program, by design
    def meet(self, stem: str, truncated: bool = False, aspect_: str | None = None) -> tuple[tuple[str, float], ...]:
        """The vocabulary stems a text stem meets, and how closely. A word written with a dot after it
        ("раб.") may be a truncation down to three letters; a word of a process meets no word of its
        result but its own stem, nor a result its process."""
        exact = stem in self.idf
        found: list[tuple[str, float]] = [(stem, EXACT)] if exact else []
        least = MIN_PREFIX - 1 if truncated else MIN_PREFIX
        # A generic word meets only its own forms: "проект" is not the start of "проектирование".
        generic = self.is_generic(stem) and not truncated
        for s in self._by_first.get(stem[:2], ()):
            if generic and abs(len(s) - len(stem)) > 2:
                continue
            if exact:
                # The stemmer cuts some forms of a word shorter than others ("проблем" → "пробл",
                # "проблемы" → "проблем"): a known stem still meets its longer and shorter relatives.
                if s != stem and min(len(s), len(stem)) >= RELATIVE and (s.startswith(stem) or stem.startswith(s)):
                    found.append((s, PREFIX))
                continue
            short, long_ = (stem, s) if len(stem) <= len(s) else (s, stem)
            if self.agents and long_[len(short):] in _AGENT and long_.startswith(short) and short.isascii():
                continue  # "director" is who directs, not "direction"; "supervisor" not "supervision"
            if (len(short) >= least and long_.startswith(short)
                    and (short == stem or not truncated)):
                # "направл." is written short on purpose: a dotted word of five letters or more is its word.
                found.append((s, ABBREVIATED if truncated and len(stem) >= ABBREVIATED_LENGTH else PREFIX))
            elif _swapped(stem, s):
                found.append((s, TYPO))  # two neighbouring letters typed in the wrong order: "стаутс"
            elif min(len(stem), len(s)) >= 6 and fuzz.ratio(stem, s) >= 85:
                # Inside the word, not at its ends, where real words differ ("comment" / "commenc").
                slip = (min(len(stem), len(s)) >= SLIP_LENGTH and stem[:3] == s[:3] and stem[-2:] == s[-2:]
                        and Levenshtein.distance(stem, s, score_cutoff=1) <= 1)
                found.append((s, SLIP if slip else TYPO))
        if not found and len(stem) >= 5:
            twin = self._by_squeeze.get(_squeezed(stem))
            if twin is not None:
                found.append((twin, SLIP))
        if aspect_ is not None:
            found = [(s, how) for s, how in found if self._aspect_of.get(s, aspect_) == aspect_]
        return tuple(found)

    def meet_token(self, token: Token) -> tuple[tuple[str, float], ...]:
        # a word cut short has lost the ending that says process or result ("наимен.", "заплан.")
        cut = token.truncated or (token.bare and not self.knows(token.stem))
        return self.meet(token.stem, cut, None if cut else aspect(token.word))

    def weight(self, token: Token) -> float:
        """How much a text word says: its vocabulary weight; a generic word ("проект", "объем", "средства")
        little; a word no phrase uses as much as a rare vocabulary word (it is about something else)."""
        if self.is_generic(token.stem):
            return GENERIC_WEIGHT
        closest = self.meet_token(token)
        if not closest:
            return self.unknown_weight
        return max(self.idf[s] for s, _ in closest)

    def _explained(self, meets: list[tuple[tuple[str, float], ...]], weights: list[float],
                   text: Sequence[Weighted]) -> dict[str, float]:
        """key → the weight of the text's counted tokens that some phrase of the key uses."""
        out: dict[str, float] = defaultdict(float)
        for i, meet in enumerate(meets):
            if not text[i].counts:
                continue
            closest: dict[str, float] = {}
            for vocab_stem, how in meet:
                for key in self.keys_of[vocab_stem]:
                    closest[key] = max(closest.get(key, 0.0), how)
            for key, how in closest.items():
                out[key] += weights[i] * text[i].cost * how
        return out

    def _mend_breaks(self, text: Sequence[Weighted]) -> list[Weighted]:
        """Words broken across lines in a narrow column ("внебюд-жетных") joined again: where the two halves
        mean nothing to the vocabulary and the whole does. Real compounds ("научно-образовательный") stay."""
        out: list[Weighted] = []
        i = 0
        while i < len(text):
            w = text[i]
            if w.token.hyphen and i + 1 < len(text):
                nxt = text[i + 1].token
                word = w.token.word + nxt.word
                whole = Token(word, stem(word), w.token.remark, nxt.truncated, nxt.hyphen)
                if self.meet(whole.stem) and not (self.meet(w.token.stem) and self.meet(nxt.stem, nxt.truncated)):
                    out.append(Weighted(whole, w.weight, w.counts, w.cost))
                    i += 2
                    continue
            out.append(w)
            i += 1
        return out

    def score(self, text: Sequence[Weighted]) -> dict[str, Hit]:
        """The best phrase of each key for the weighted tokens of a text; keys with no overlap left out."""
        text = self._mend_breaks(text)
        if not text:
            return {}
        meets = [self.meet_token(w.token) for w in text]
        weights = [w.weight * self.weight(w.token) for w in text]
        total = sum(wt * w.cost for wt, w in zip(weights, text, strict=True) if w.counts) or 1.0
        explained_by = self._explained(meets, weights, text)
        # vocabulary stem → (text token, how closely) in the text's order: what the loop below looks up
        met_by: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, meet in enumerate(meets):
            for vocab_stem, how in meet:
                met_by[vocab_stem].append((i, how))
        candidates = sorted({at for s in met_by for at in self._phrases_of.get(s, ())})
        best: dict[str, Hit] = {}
        for candidate in candidates:  # the vocabulary's order, as when every phrase was looked at
            key, phrase, stems = self.phrases[candidate]
            phrase_weight = self._phrase_weights[candidate]
            recall = 0.0
            used: dict[int, float] = {}  # text token → how closely it met this phrase
            for s in stems:
                closeness, at, how_close = 0.0, -1, 0.0
                for i, how in met_by.get(s, ()):
                    if how * text[i].weight > closeness:
                        closeness, at, how_close = how * text[i].weight, i, how
                if at >= 0:
                    recall += self.idf[s] * min(closeness, 1.0)
                    used[at] = max(used.get(at, 0.0), how_close)
            if not used:
                continue
            # A text may combine words of two phrases of one key ("дикорастущие ресурсы"): words another
            # phrase of the key explains count half towards this phrase's precision.
            own = sum(weights[i] * text[i].cost * how for i, how in used.items() if text[i].counts)
            others = max(explained_by.get(key, 0.0) - own, 0.0)
            precision = min((own + KEY_CREDIT * others) / total, 1.0)
            value = (recall / phrase_weight) ** self.recall_power * precision ** self.precision_power
            if all(self.is_generic(s) for s in stems) and any(
                    i not in used and w.counts and w.weight > 0.5 and not self.is_generic(w.token.stem)
                    for i, w in enumerate(text)):
                # A phrase of generic words only ("источники финансирования всего") names a field when
                # nothing else is said: a content word it leaves out ("внебюджетные") costs it twice.
                value *= precision ** self.precision_power
            if key not in best or value > best[key].score:
                matched = tuple(dict.fromkeys(text[i].token.word for i in sorted(used)))
                best[key] = Hit(key, round(value, 4), phrase, matched)
        return best


def plain(text: str, weight: float = 1.0) -> list[Weighted]:
    """A text's tokens, each at `weight` (a remark in parentheses at half)."""
    return [Weighted(t, weight * (0.5 if t.remark else 1.0)) for t in words(text).tokens]
