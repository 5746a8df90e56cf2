"""A cell of a vocabulary field (status, cluster, work area, territory type, category, RAG) → its key.

An exact spelling (any of the vocabulary's names, folded) wins at once. Otherwise the cell's words are
scored against every spelling of every key (`phrases`: stems, truncations, typos): "в стадии
реализации", "Реализация завершена", "ядерный", "Petrochemicals" find their keys by their words. A cell
whose best two keys score alike is ambiguous and refused with both named; a weak best is unknown.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ino_desktop.importer.wording.heads import is_adjective
from ino_desktop.importer.wording.latin import CYRILLIC_LETTER, LATIN_LETTER, cyrillic
from ino_desktop.importer.wording.normal import words as normal_words
from ino_desktop.importer.wording.phrases import PhraseIndex, Weighted, plain
from ino_desktop.importer.wording.states import (
    LATE,
    NOT_NOW,
    PARTIAL,
    QUALIFYING_STATUS,
    SCHEDULE,
    completed_otherwise,
    ended_otherwise,
    late_but_green,
    negated,
    part_done,
    reverses,
    says_more_than_a_state,
    unnegated,
)
from ino_desktop.reference import RAGS, VOCABULARIES, fold, lookup

# Words that every entry of a vocabulary may carry, or that place it ("кластер", "в области …", "сфера"). The
# headers' generic words are not among them: "инновационный" alone is the innovation park.
# "в полном объеме" (in full) and "площадка", "парк" (a site) add nothing to which key a cell names.
VALUE_GENERIC = frozenset({"кластер", "cluster", "област", "сфер", "отрасл", "sector", "территориальн", "томск",
                           "полн", "объем", "площадк", "парк",
                           # the step a status is at, and whether it keeps its dates, say nothing of which status
                           "стад", "фаз", "этап", "stag", "phase", "нарушен",
                           # a project or an object of some class: the class is the rest
                           "проект", "инвестпроект", "инвестицион", "объект", "project", "значим",
                           # what is being done, beside how it stands: "Строительство приостановлено" is
                           # suspended, "Строительство" alone still the stage its spelling names
                           "строительств", "проектирован", "реализац",
                           "оэз"})  # a special economic zone is of some type: the type is the rest
ACCEPT = 0.6  # the least score a spelling needs to be taken as a key
HALF_SAID = 0.5  # a part of a cell that reads this well as some key says something of the state, if not which
# Vocabularies of classes (of a project, a site): a cell that says part of a class's name says something wider.
CLASSES = frozenset({"cluster", "work_area", "territory_type", "category"})
MARGIN = 0.12  # the lead the best key needs over the next one


@dataclass(frozen=True)
class ValueMatch:
    key: str | None
    score: float
    candidates: tuple[str, ...] = ()  # the keys an ambiguous cell could mean, best first


# A negation ("не начат", "not completed", "non-timber", "без отклонений", "риски отсутствуют") turns a term
# into another one or into none: a negated cell is read only against negated spellings, and a plain cell
# only against plain ones. A cell that negates one part of itself and not another is read part by part:
# "Зелёный (без отклонений)" says green twice; "Реализуется (2 этап не начат)" says two things, and is refused.
_CLAUSES = re.compile(r"[,;(]|\s(?:но|but|а|однако|however|yet)\s")
_CONTRAST = re.compile(r"\s(?:но|but|однако|however|yet)\s")
_REMARK = re.compile(r"\(([^()]+)\)")
# "к …", "до …" and "ждёт …", "awaiting …": what follows is the goal, how long, or what is waited for, not
# the state.
_GOAL = re.compile(r"\s(?:к|ко|до|until|till)\s|(?:^|\s)(?:ждет|ждут|ожида\w*|awaiting|waiting|ready)(?:\s|$)"
                   r"|\bpending\b")
# Why a project stands as it does ("Приостановлено по решению инвестора", "On hold pending financing",
# "Реализуется по инициативе инвестора"): the state before the reason.
_REASON = re.compile(r"\s(?:по\s+решению|по\s+инициативе|в\s+связи\s+с|из-за|по\s+причине|due\s+to|because\s+of)\s")
# How it goes ("Реализуется в соответствии с планом", "In progress as per schedule"): the state before it.
# (Only as the cell's last words: "Реализация по плану не начата" goes on after it, and is read whole.)
_MANNER = re.compile(r"\s(?:в\s+соответствии\s+с|согласно|according\s+to|in\s+line\s+with|as\s+per"
                     r"|as\s+planned|по\s+(?:плану|графику))(?:\s+[^\s,;]+)?\s*[.!]?$"
                     # …or with deviations or none ("Исполняется без отклонений"): how it goes, which is a colour
                     r"|\s(?:с|со|без)\s+(?:[а-я]+\s+)?отклонени[а-я]*(?:\s+от\s+[^\s,;]+)?\s*[.!]?$")
# "Идут СМР", "Ведется проектирование": a verb of going on says only that; the work it names says the stage
# (design is still the plan, building is under way). With nothing that names a stage ("Ведутся работы") the
# cell is read whole.
_GOING_ON = (r"(?:идет|идут|ведется|ведутся|проводится|проводятся|осуществляется|осуществляются"
             r"|продолжается|продолжаются)")
_ONGOING = re.compile(rf"^{_GOING_ON}\s+(.+)$")
# …said after the work: «Проектирование ведется», "Evaluation underway", "Construction in progress"
_ONGOING_AFTER = re.compile(rf"^(.+?)\s+(?:{_GOING_ON}|underway|under\s+way|ongoing|in\s+progress)$")

# The design stage, before building: one vocabulary for the cell that names both ("Design-build underway") and
# the cell that says design is done
_DESIGN_WORK = (r"(?:проектир\w*|проектные\s+работы|пир|псд|проектн\w*\s+документаци[яи]|проектно-сметн\w*"
                r"\s+документаци[яи]|(?:detailed\s+)?design)")
_DESIGN, _BUILDING = re.compile(rf"\b{_DESIGN_WORK}"), re.compile(r"\b(?:build|construct|строит|смр)")
# "Design completed", «Проектирование завершено», «ПСД разработана»: the stage before building is done, the
# building not begun (a cell that says more, "ПИР завершены, ведется СМР", is read whole)
_DONE_WORD = (r"(?:завершен[оаы]?|выполнен[оаы]?|разработан[аоы]?|окончен[оаы]?|готов[аоы]?|completed?|done"
              r"|finished)")
_DESIGN_DONE = re.compile(rf"^(?:{_DESIGN_WORK}\s+{_DONE_WORD}|{_DONE_WORD}\s+{_DESIGN_WORK})\.?$")
# What grows wild, said with what is gathered ("Wild forest products", «Дикорастущие лесные продукты»): a wild
# fish, a wildfire or a wilderness is no harvest of the forest
_WILD = re.compile(r"\b(?:wild(?![a-z])|дикорос|дикорастущ)")
_GATHERED = re.compile(r"\b(?:forest|berr|mushroom|nut|herb|plant|harvest|лес|ягод|гриб|орех|трав|растен|сырь"
                       r"|продукт|product|ресурс|resource)")
# "(планируется)", "(planned)": a remark that says the plan itself is another state, no reason for a pause
_PLAN_WORD = re.compile(r"\b(?:планир|запланир|намечен|plan)")
# Words of work done, begun or going on, in any form ("объект введён", "начат выпуск", "реализуется"): a remark
# that says one is no reason for a pause
_WORK_DONE = re.compile(r"\b(?:введ[её]н|заверш|окончен|построен|достроен|сдан|выполнен|реализ|запущен|начат|выпуск"
                        r"|производ|работает|complet|finish|commission|done|built|launch|operat|running)")
# «Вне графика»: off the schedule, late or early
_OFF_SCHEDULE = re.compile(r"\bвне\s+(?:установленн\w*\s+)?(?:график|срок)")


def _paused_for_a_reason(text: str) -> bool:
    """A pause said outright, with remarks on why or until what that neither end it, turn it round nor name
    work done or going on ("Приостановлен (поиск нового инвестора)"): the remarks explain a pause, as a reason
    after a dash does."""
    remarks = _REMARK.findall(text)
    main = _REMARK.sub(" ", text).strip()
    if not remarks or _exact("status", main) != "suspended":
        return False
    return not any(_turns_the_state(r) or _WORK_DONE.search(fold(r)) or _PLAN_WORD.search(fold(r))
                   or match_value("status", r).key in ("completed", "in_progress") for r in remarks)


def _turns_the_state(remark: str) -> bool:
    """Whether a remark on a state ends it otherwise, negates it, turns it round or says it done in part: then
    the state it remarks on is not the cell's ("Приостановлен – возобновлён", "Завершён (частично)")."""
    return (ended_otherwise(remark, reason=True) or negated(remark) or reverses(remark)
            or PARTIAL.search(fold(remark)) is not None)


def _grows_wild(text: str) -> bool:
    """Whether a cluster cell names what grows wild and the gathering of it, and no other class beside: what is
    left without the wild words reads as timber or as nothing."""
    folded = fold(text)
    if _WILD.search(folded) is None or _GATHERED.search(folded) is None or negated(text):
        return False
    read = match_value("cluster", _WILD.sub(" ", folded))
    return read.key in (None, "timber") and not read.candidates


# "Pre-implementation", "pre-construction": the stage before the work under way has not begun.
_BEFORE = re.compile(r"^pre\s*-\s*(?=[a-z])")
# "Ready for bidding", «Готов к строительству»: ready for the tender or the building is before them; ready for
# anything else ("Ready for commissioning": built, not yet working) says no one state
_READY = re.compile(r"^(?:ready\s+(?:for|to)|готов\w*\s+к)\s+(?:проведению\s+|объявлению\s+|the\s+)?"
                    r"(?:торгам|торгов|аукциону|закупке|tender(?:ing)?|bid(?:ding)?|procurement|строительству"
                    r"|реализации|construction|implementation|start\s+(?:of\s+)?construction)\.?$")


@cache
def _index(vocabulary: str, negative: bool = False) -> PhraseIndex:
    entries = [(spelling, t.key) for t in VOCABULARIES[vocabulary]
               for spelling in (t.ru, t.en, *t.spellings) if negated(spelling) == negative]
    generic = VALUE_GENERIC | SCHEDULE | QUALIFYING_STATUS if vocabulary == "status" else VALUE_GENERIC
    return PhraseIndex(entries, precision_power=0.7, recall_power=0.7, generic=generic)


_ACRONYM = re.compile(r"^[А-ЯЁA-Z][А-ЯЁA-Zа-яёa-z]{0,4}[А-ЯЁA-Z]$")
_JOINERS = frozenset({"и", "and", "&", "of", "в", "the"})
_LIST = re.compile(r"\s*(?:[,;/&]|\bи\b|\band\b)\s*", re.IGNORECASE)


@cache
def _initials(vocabulary: str) -> dict[str, frozenset[str]]:
    """key → the acronyms its spellings allow: initials of two to four consecutive words ("медицинская
    техника" → "мт"), and words that are acronyms already ("ИТ")."""
    out: dict[str, set[str]] = {}
    for term in VOCABULARIES[vocabulary]:
        found = out.setdefault(term.key, set())
        for spelling in (term.ru, term.en, *term.spellings):
            words = [w for w in re.split(r"[\s,-]+", spelling) if w and fold(w) not in _JOINERS]
            found.update(fold(w) for w in words if _ACRONYM.match(w))
            for size in range(2, 5):
                found.update("".join(fold(w)[0] for w in words[i:i + size]) for i in range(len(words) - size + 1))
    return {k: frozenset(v) for k, v in out.items()}


def _by_initials(vocabulary: str, text: str) -> str | None:
    """The one key whose acronyms spell every word of a cell written in acronyms ("МТ и ИТ", "НиО")."""
    words = [w for w in re.split(r"[\s,/-]+", text.strip()) if w and fold(w) not in _JOINERS
             and not any(fold(w).startswith(g) for g in ("кластер", "cluster"))]  # "Кластер ВПР": the acronym
    if not words or not all(_ACRONYM.match(w) for w in words):
        return None
    if len(words) == 1 and words[0].isupper() and len(words[0]) < 3:
        return None  # two capitals alone ("ИП") are too short to tell; "НиО" carries its joiner
    letters = [fold("".join(c for c in w if c.isupper()) if len(words) == 1 else w) for w in words]
    keys = [k for k, known in _initials(vocabulary).items() if all(w in known for w in letters)]
    return keys[0] if len(keys) == 1 else None


def _met(index: PhraseIndex, words: list[Weighted]) -> set[str]:
    """The vocabulary stems the text's words meet."""
    return {s for w in words for s, _how in index.meet_token(w.token)}


def _part_of(index: PhraseIndex, words: list[Weighted], phrase: str, narrowing: bool = False) -> bool:
    """Whether the text leaves out a word of `phrase` that is not one every term carries (with `narrowing`:
    only an adjective that narrows the rest, as "возобновляемые" does "природные ресурсы")."""
    met = _met(index, words)
    return any(t.stem not in met and not index.is_generic(t.stem) and (not narrowing or is_adjective(t.word))
               for t in normal_words(phrase).tokens)


def _says_all(met: set[str], phrase: str) -> bool:
    """Whether the text meets every word of `phrase` (`met`: what it meets, from _met)."""
    return all(t.stem in met for t in normal_words(phrase).tokens)


def _listed_keys(vocabulary: str, text: str) -> tuple[str, ...]:
    """The keys of a cell that lists terms ("фармацевтики и медицинской техники", "pharma, medtech"): more
    than one, when its parts name different keys; else none."""
    keys: list[str] = []
    for part in _LIST.split(text):
        key = match_value(vocabulary, part).key if part.strip() and part != text else None
        if key is not None and key not in keys:
            keys.append(key)
    return tuple(keys) if len(keys) > 1 else ()


def _contrary_remarks(vocabulary: str, text: str, key: str) -> tuple[str, ...]:
    """The keys a cell's short remarks name that are not `key`: a cell that says one thing and another in its
    parentheses ("Реализуется (приостановлен)") is refused with both named. A longer remark explains ("Жёлтый
    (риск срыва сроков)") and is not set against the cell."""
    remarks = [r for r in _REMARK.findall(text) if len(r.split()) <= 2]
    named = {match_value(vocabulary, r).key for r in remarks} - {None, key}
    if vocabulary == "status" and key == "suspended" and any(_WORK_DONE.search(fold(r)) for r in remarks):
        named.add("completed")  # "Приостановлен (объект введён)": a participle alone the spellings do not know
    return tuple(sorted(k for k in named if k is not None))


def _explained_by_remark(vocabulary: str, text: str) -> str | None:
    """The one key a cell's remarks name, where what stands outside them names the same key or none: "ВПР
    (дикоросы)" (an acronym the remark spells out), "Есть риски (жёлтый)" (a remark that says the colour)."""
    remarks = _REMARK.findall(text)
    main = _REMARK.sub(" ", text).strip()
    if not remarks or not main or main == text.strip():
        return None
    outside = match_value(vocabulary, main)
    if outside.candidates:
        return None
    keys = {match_value(vocabulary, r).key for r in remarks} - {None}
    if len(keys) != 1 or (outside.key is not None and outside.key not in keys):
        return None
    return keys.pop()


def _on_schedule(remark: str) -> bool:
    """Whether a remark says only how the work keeps to its dates ("behind schedule", "minor delays")."""
    said = normal_words(remark).tokens
    return bool(said) and all(t.stem.startswith(SCHEDULE_WORDS) for t in said)


# How the work keeps its dates: late (states.LATE), the schedule itself (states.SCHEDULE), ahead of it or shifted,
# and the degree words said with them ("minor delays", «незначительное отставание»).
SCHEDULE_WORDS = tuple(sorted({*LATE, *SCHEDULE, "ahead", "опережен", "задерж", "сдвиг", "отстава",
                               "minor", "slight", "some", "незначительн", "небольш"}))
_UNSURE = ("вопрос", "уточн", "confirm", "tbc", "tbd", "unclear", "неясн")
_DASHED = re.compile(r"^\s*([^:—–]+?)\s*(?:[—–:]|\s-\s)\s*(\S.*)$")


def _colour_explained(vocabulary: str, text: str) -> str | None:
    """Amber or red said outright, with a remark on why ("Жёлтый (риск отклонения)", "Red (deviation over
    30 %)"): the colour said, whatever degree or deviation the remark names; a remark that names another
    colour, a colour that was, or a problem lifted leaves it to the rest of the reading."""
    if vocabulary != "rag":
        return None
    # "Жёлтый — риск сдвига сроков", "Amber - some delays": a remark after a dash ("Риск: низкий" is a label
    # and its value: no colon)
    dashed = _DASHED.match(text) if ":" not in text else None
    remarks = [dashed.group(2)] if dashed else _REMARK.findall(text)
    main = dashed.group(1).strip() if dashed else _REMARK.sub(" ", text).strip()
    said = _exact(vocabulary, main) if remarks and main else None
    if said is None and remarks and len(main.split()) == 1:
        one = match_value(vocabulary, main)  # the colour's word in another form: «Жёлтая (…)»
        said = one.key if one.score >= 1.0 else None
    if said not in ("amber", "red"):
        return None
    if any(reverses(r) or negated(r) or any(w.startswith(NOT_NOW + _UNSURE) for w in fold(r).split())
           or match_value(vocabulary, r).key not in (None, said)
           or any(lookup(vocabulary, w) not in (None, said) for w in re.findall(r"[a-zа-яё]{3,}", fold(r)))
           for r in remarks):
        return None
    return said


_WRAPPED = re.compile(r"^\s*(?:[-–—•·*]\s+)?[«\"“„']+(.*?)[»\"”']+\s*$|^\s*[-–—•·*]\s+(.*?)\s*$", re.DOTALL)


@lru_cache(maxsize=16384)
def match_value(vocabulary: str, text: str) -> ValueMatch:
    """The key `text` names in `vocabulary`, with its score; key None when unknown or ambiguous. A cell in
    quotes or after a list's dash («Реализуется», "- ВПР") is read without them; one ending in "!" or in a
    sentence's full stop ("Реализуется.") is read without it when it is no known word with it ("Пром."); one
    asked with "?" names nothing."""
    text = " ".join(text.split())  # runs of spaces and line breaks say nothing (and long ones cost regexes time)
    wrapped = _WRAPPED.match(text)
    if wrapped is not None:
        text = wrapped.group(1) if wrapped.group(1) is not None else wrapped.group(2)
    text = text.rstrip().rstrip("!").rstrip()
    if text.endswith("?"):
        return ValueMatch(None, 0.0)  # "Завершён?": a question, not a state
    if vocabulary == "rag":
        if _OFF_SCHEDULE.search(fold(text)):
            return ValueMatch(None, 0.0)  # «Вне графика»: off it, late or early; never the schedule kept (green)
        text = _UNDER_WAY.sub("", text)  # "Исполняется с отклонениями": how it goes is the colour
    bilingual = _bilingual(text)
    if bilingual is not None:
        # "Реализация / Implementation": one state said in two languages, read apart (each side's words alone)
        sides = [_match_value(vocabulary, side) for side in bilingual]
        if sides[0].key is not None and sides[0].key == sides[1].key:
            return ValueMatch(sides[0].key, min(side.score for side in sides))
    found = _match_value(vocabulary, text)
    if (vocabulary == "status" and found.key is None and set(found.candidates) <= {"suspended", "planned"}
            and _paused_for_a_reason(text)):
        # «Приостановлен (поиск нового инвестора)»: a pause, and why (what it waits for may read as the plan)
        return ValueMatch("suspended", ACCEPT)
    if vocabulary == "status" and found.key != "planned" and _DESIGN_DONE.match(fold(text).strip()):
        return ValueMatch("planned", ACCEPT)  # the design done and nothing said of building: not yet built
    if vocabulary == "cluster" and found.key in (None, "timber") and not found.candidates and _grows_wild(text):
        return ValueMatch("wildlife", ACCEPT)  # "Wild forest products": what grows wild in the forest, no timber
    if vocabulary == "rag" and found.key is not None:
        found = _colour_first(text, found) or found
    if found.key is None and text.endswith(".") and not text.endswith(".."):
        found = _match_value(vocabulary, text[:-1])
    latin = cyrillic(text) if found.key is None and not found.candidates and not negated(text) else None
    if latin is not None and _all_known(vocabulary, latin, text):  # "zelenyy", "V_REALIZACII": Russian in Latin
        russian = _match_value(vocabulary, latin)
        if russian.key is not None:
            return russian
    return found


# A project under way and how it goes ("Исполняется с отклонениями", "Реализуется без отклонений", the
# national projects' monitoring wording): for a colour the manner is all, the work going on says nothing.
_UNDER_WAY = re.compile(r"^\s*(?:исполня|реализу|выполня|осуществля)(?:ется|ются)\s+(?=(?:с|со|без)\s)",
                        re.IGNORECASE)  # present only: "Исполнялось с отклонениями" was, and may be no more


def _bilingual(text: str) -> tuple[str, str] | None:
    """The two sides of a cell that says one thing in Russian and in English, split at its one " / "
    («Реализация / Implementation», "Planned / Планируется")."""
    if text.count(" / ") != 1:
        return None
    left, right = text.split(" / ")
    kinds = [(bool(CYRILLIC_LETTER.search(side)), bool(LATIN_LETTER.search(side))) for side in (left, right)]
    return (left, right) if sorted(kinds) == [(False, True), (True, False)] else None


# "Жёлтый — риск срыва сроков", "Amber: behind schedule": the colour said first is the rating, the rest its reason
# where the reason reads as that colour or one step from it ("Зелёный (просрочка)", green and late, says both)
_FIRST_WORD = re.compile(r"^\s*([^\W\d_]+)\s*(?:[—–:(,;]|\s-\s)(.*)$", re.DOTALL)
_COLOUR = re.compile(r"\b(?:(?:зел[её]н|ж[её]лт|красн|оранжев)[а-я]*|green|amber|yellow|red|orange)\b", re.IGNORECASE)
_STEPS = {term.key: step for step, term in enumerate(RAGS)}  # green, amber, red


def _colour_first(text: str, whole: ValueMatch) -> ValueMatch | None:
    """The colour a cell names first, before its explanation, where the explanation names no other colour
    ("Жёлтый — красный с 1 июля") and the whole reads as that colour or the next one."""
    found = _FIRST_WORD.match(text)
    if found is None or not _COLOUR.fullmatch(found.group(1)) or _COLOUR.search(found.group(2)):
        return None
    colour = _match_value("rag", found.group(1))
    if colour.key not in _STEPS or colour.score < 1.0 or whole.key not in _STEPS:
        return None
    return colour if abs(_STEPS[colour.key] - _STEPS[whole.key]) <= 1 else None


def _work_going_on(text: str, folded: str) -> str | None:
    """The work a cell says is going on, as written ("ПИР" in capitals): after the verb («Ведется проектирование»)
    or before it («Проектирование ведется», "Design underway"); None where it says no such thing."""
    before = _ONGOING.match(folded.strip())
    if before is not None:
        return text.strip()[before.start(1):]
    after = _ONGOING_AFTER.match(folded.strip())
    return text.strip()[:after.end(1)] if after is not None else None


def _stems(text: str) -> frozenset[str]:
    """The stems of a text of two words or more (one word is read by its stem already, and a cell whose other
    letters are stopwords, "A/R", is no phrase)."""
    stems = frozenset(t.stem for t in normal_words(text).tokens)
    return stems if len(stems) >= 2 else frozenset()


@cache
def _by_stems(vocabulary: str) -> dict[frozenset[str], str]:
    """A vocabulary's spellings by the stems of their words, in any order and word form; stems two keys share, and
    negated spellings (whose "не" the words drop), are left out."""
    found: dict[frozenset[str], set[str]] = {}
    for term in VOCABULARIES[vocabulary]:
        for spelling in (term.ru, term.en, term.key, *term.spellings):
            stems = _stems(spelling)
            if stems and not negated(spelling):
                found.setdefault(stems, set()).add(term.key)
    return {stems: next(iter(keys)) for stems, keys in found.items() if len(keys) == 1}


LATIN_LEAST = 6  # letters a cell in Latin letters needs to be tried as Russian ("Norm", "Nova" are not)


def _all_known(vocabulary: str, latin: str, text: str) -> bool:
    """Whether every word of a transliterated cell is a word of the vocabulary as it stands, four letters of
    stem at least, or a word every term may carry ("Farm" is not "фармацевтический", "Krasnodar" not
    "красный")."""
    index = _index(vocabulary)
    tokens = normal_words(latin).tokens
    return (sum(c.isalpha() for c in text) >= LATIN_LEAST and bool(tokens)
            and all(index.is_generic(t.stem) or (len(t.stem) >= 4 and index.knows(t.stem)) for t in tokens))


def _exact(vocabulary: str, text: str) -> str | None:
    """The key a cell spells outright: one of its spellings, or (but for a status, whose verb forms say its
    tense) one in other word forms or order ("с критическими отклонениями")."""
    exact = lookup(vocabulary, text)
    if exact is None and vocabulary != "status" and not negated(text):
        exact = _by_stems(vocabulary).get(_stems(text))
    return exact


def _match_value(vocabulary: str, text: str) -> ValueMatch:
    exact = _exact(vocabulary, text)
    if exact is not None:
        return ValueMatch(exact, 1.0)
    folded = fold(text)
    reason = _REASON.search(folded) if vocabulary == "status" else None
    if reason is not None and reason.start() > 0:
        # the state is before the reason, whose words never vote; a reason of ending otherwise or of no work
        # ("в связи с отказом инвестора не ведется"), or a completion for a reason, says more than a state
        state, why = match_value(vocabulary, folded[:reason.start()]), folded[reason.end():]
        if ended_otherwise(why, reason=True) or negated(why):
            return ValueMatch(None, 0.0)
        return ValueMatch(None, state.score) if state.key == "completed" else state
    dashed = _DASHED.match(text) if vocabulary == "status" else None
    if dashed is not None:
        # "In progress – behind schedule", "Suspended: awaiting funding": the state, and a remark on it that
        # must not end it, turn it round or name another state
        state, remark = match_value(vocabulary, dashed.group(1)), dashed.group(2)
        read = match_value(vocabulary, remark)
        other = read.key
        if state.key is not None:
            if _turns_the_state(remark) or read.candidates or other not in (None, state.key):
                return ValueMatch(None, 0.0, (state.key, other) if other not in (None, state.key) else ())
            # a remark of the same state, of keeping to dates, or why a pause: the state; any other falls through
            if other == state.key or _on_schedule(remark) or state.key == "suspended":
                return state
    if vocabulary == "status" and _READY.match(folded.strip()):
        return ValueMatch("planned", ACCEPT)  # ready for the tender or the building, and nothing else said
    manner = _MANNER.search(folded) if vocabulary == "status" else None
    if manner is not None and manner.start() > 0:
        return match_value(vocabulary, folded[:manner.start()])
    goal = _GOAL.search(folded)
    if goal is not None and goal.group() == "pending" and goal.start() > 0:
        # "On hold pending financing" is on hold; "Construction pending permits" has not begun
        paused = match_value(vocabulary, folded[:goal.start()])
        return paused if paused.key == "suspended" else ValueMatch(None, 0.0)
    if goal is not None and (goal.start() == 0 or goal.group() == "pending"):
        return ValueMatch(None, 0.0)  # "Ожидает финансирования", "Pending approval": waiting names no state
    if goal is not None:
        # "Намечен к реализации", "Предлагаемые к реализации": what follows "к" is the goal, not the state;
        # getting ready for completion ("Подготовка к вводу в эксплуатацию") is after building, not the plan; a
        # goal of ending otherwise ("Заявлен к исключению из реестра") is no stage at all.
        if vocabulary == "status" and (match_value(vocabulary, folded[goal.end():]).key == "completed"
                                       or ended_otherwise(folded[goal.end():])):
            return ValueMatch(None, 0.0)
        return match_value(vocabulary, folded[:goal.start()])
    work_said = _work_going_on(text, folded) if vocabulary == "status" else None
    if work_said is not None:
        work = match_value(vocabulary, work_said)
        if work.key == "completed" or (work.key == "planned" and _DESIGN.search(folded) and _BUILDING.search(folded)):
            # "Идет ввод в эксплуатацию": the completion under way; "Design-build underway": the building too
            return ValueMatch(None, work.score)
        if work.key is not None:
            return work
    if vocabulary == "status" and _BEFORE.match(folded):
        # before the work under way is not yet begun; before its end ("pre-commissioning") is not said
        after = match_value(vocabulary, _BEFORE.sub("", folded)).key
        return ValueMatch("planned", ACCEPT) if after == "in_progress" else ValueMatch(None, 0.0)
    initials = _by_initials(vocabulary, text)
    if initials is not None:
        return ValueMatch(initials, ACCEPT)
    negative = negated(text)
    parts = [p.strip(" )") for p in _CLAUSES.split(folded) if p.strip(" )")] if negative else []
    if len(parts) > 1 and _CONTRAST.search(folded):
        return ValueMatch(None, 0.0)  # "Эксплуатация начата, однако мощность не достигнута": a state and a "but not"
    if len(parts) > 1:
        said = [match_value(vocabulary, p) for p in parts]
        if any(m.key is None and reverses(p) for m, p in zip(said, parts, strict=True)):
            return ValueMatch(None, 0.0)  # "Red (resolved)", "Приостановлен (возобновлён …)": a part turns it round
        keys = tuple(dict.fromkeys(m.key for m in said if m.key is not None))
        denied = {match_value(vocabulary, unnegated(p)).key for m, p in zip(said, parts, strict=True)
                  if m.key is None and negated(p)}
        if denied & set(keys):
            return ValueMatch(None, 0.0)  # "на операционной стадии, однако не вышел на мощность": both said
        if any(m.key is None and m.score >= HALF_SAID for m in said):
            return ValueMatch(None, 0.0)  # "Возобновлен, затем вновь приостановлен": a part half says another
        if len(keys) == 1:
            return ValueMatch(keys[0], min(m.score for m in said if m.key is not None))
        return ValueMatch(None, 0.0, keys if len(keys) > 1 else ())
    said_colour = _colour_explained(vocabulary, text)
    if said_colour is not None:
        return ValueMatch(said_colour, 1.0)
    words = plain(text)
    if says_more_than_a_state(vocabulary, folded, words, _index(vocabulary, False)):
        return ValueMatch(None, 0.0)
    index = _index(vocabulary, negative)
    hits = sorted(index.score(words).values(), key=lambda h: -h.score)
    if all(index.is_generic(w.token.stem) for w in words):
        # Words every term may carry ("Стадия", "Проект") name a term only by saying all of one of its
        # spellings ("На стадии строительства" says "строительство"; "Инвестиционный" is half of one).
        met = _met(index, words)
        hits = [h for h in hits if _says_all(met, h.phrase)]
        whole = tuple(dict.fromkeys(h.key for h in hits))
        if len(whole) > 1:  # "Новый этап реализации": each word a whole spelling of another term
            return ValueMatch(None, hits[0].score, whole)
    if hits and (len(words) == 1 or vocabulary in CLASSES) and _part_of(index, words, hits[0].phrase,
                                                                      narrowing=len(words) > 1):
        # Words that are only part of a spelling ("Энергетика" of "Атомная энергетика", "Природные ресурсы" of
        # "Возобновляемые природные ресурсы") name the general thing, not the term.
        hits = []
    if not hits or hits[0].score < ACCEPT:
        explained = _explained_by_remark(vocabulary, text)
        if explained is not None:
            return ValueMatch(explained, ACCEPT)
        return ValueMatch(None, hits[0].score if hits else 0.0)
    several = _listed_keys(vocabulary, text)
    if several:
        return ValueMatch(None, hits[0].score, several)
    if len(hits) > 1 and hits[0].score - hits[1].score < MARGIN:
        close = tuple(h.key for h in hits if hits[0].score - h.score < MARGIN)
        # "Отставание от графика (красный)": a remark that names one of them says which.
        named = {match_value(vocabulary, r).key for r in _REMARK.findall(text)} & set(close)
        if len(named) == 1:
            return ValueMatch(named.pop(), hits[0].score)
        return ValueMatch(None, hits[0].score, close)
    if (part_done(vocabulary, hits[0], folded, words) or late_but_green(vocabulary, hits[0], folded, words)
            or completed_otherwise(vocabulary, hits[0], folded, words, dt.date.today().year)):
        return ValueMatch(None, hits[0].score)
    contrary = _contrary_remarks(vocabulary, text, hits[0].key)
    if contrary:
        return ValueMatch(None, hits[0].score, (hits[0].key, *contrary))  # "Реализуется (приостановлен)"
    return ValueMatch(hits[0].key, hits[0].score)
