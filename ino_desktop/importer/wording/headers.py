"""A column header → a score per catalogue field, with the reason.

A two-level header "parent / child" is read together: the child says which field ("план", "федеральный
бюджет"), the parent says of what ("рабочие места", "источники финансирования"). The parent's words
count towards a phrase but a parent word the phrase does not use costs nothing, so "Источники
финансирования / федеральный бюджет" is the federal budget and "Рабочие места / факт" is the jobs
created. Units anywhere in the path say the column's kind: money ("тыс. руб.") or a count ("чел.").
A percentage, a row number or a person's contact never fills a field.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ino_desktop import fields as catalogue
from ino_desktop.importer.wording.abbreviations import BOTH_ENDS_EN, OPEX
from ino_desktop.importer.wording.heads import (
    APPLICATIONS,
    NAMING,
    about,
    is_adjective,
    lone_naming,
    numbers_application,
    step_back,
)
from ino_desktop.importer.wording.latin import CYRILLIC_LETTER, LATIN_LETTER, cyrillic
from ino_desktop.importer.wording.normal import CONTACTS, PAREN, REQUISITES, Token, Words, stem, words
from ino_desktop.importer.wording.objects import FOREIGN_FACTOR, SETTLED, foreign, of_another, one_year, year
from ino_desktop.importer.wording.phrases import NO_HIT, Hit, Weighted
from ino_desktop.importer.wording.remarks import (
    OWN_TEXT,
    described,
    listed_decides,
    listed_terms,
    remark_yields,
)
from ino_desktop.importer.wording.sources import owned, sourced
from ino_desktop.importer.wording.vocabulary import (
    ASPECT_MARKS,
    ASPECT_WORDS,
    INDEX,
    VARIANTS,
    aspect_mark,
    covers,
    generic,
    its_own,
    spelled_out,
)
from ino_desktop.messages import Message, message
from ino_desktop.reference import fold

PARENT_WEIGHT = 0.85  # a parent's word is context: a little less than the child's own
QUALIFIER_WEIGHT = 0.6  # a word in a circumstance ("на стадии создания") weighs and costs this much
LONG_REMARK = 6  # words in parentheses beyond which a remark is an explanation
REMARK_COST = 0.25
ADJECTIVE_COST = 0.5  # how much an unknown adjective lowers a field's precision, against an unknown noun
PARENT_COST = 0.4  # how much a parent's word that a field does not use lowers its precision
# Words that make a figure's change, deviation or remainder of it ("Перенос сроков ввода", "Cost
# variance", "Остаток"): the column is about a field but does not hold it.
DERIVED = tuple(stem(w) for w in ("перенос", "изменение", "отклонение", "разница", "остаток", "остатки",
                                   "перерасход", "variance", "deviation", "change", "delay", "slippage",
                                   "difference", "overrun", "remaining"))
# Why a figure changed or what stands in its way: "Причины отклонений, проблемные вопросы" are the problems.
WHY_WORDS = ("причин", "проблем", "problem", "issue", "reason", "cause")
# An amount asked for, and the words that open a header about an amount.
REQUESTED = ("запрашива", "испрашива", "requested", "request")
AMOUNT_HEADS = ("сумм", "объем", "средств", "amount", "volume")  # "Средства вуза": the university's money
COUNT_HEADS = ("количеств", "числ")
BUDGETS = ("федеральн", "областн", "регионал", "federal", "regional")  # a budget named by its level
YEARLY = ("годов", "ежегодн", "annual", "yearly")
CURRENT = ("текущ", "существующ", "имеющ", "списочн", "current", "exist")
SPENDING = ("финансир", "расход", "затрат", "funding", "expenditur", "spending")
# Words that say a column holds dates.
DATE_STEMS = ("дат", "date", "срок", "период", "period", "deadline", "month", "месяц")
# The dates of a report ("Начало отчетного периода", "Reporting period end") are not the project's dates.
REPORTING = ("отчетн", "reporting")

OTHER_ASPECT = 0.6
ASPECT_COST = 0.3  # how much a plan or fact adjective lowers a field's precision, against an unknown noun
# The authorities a column's help, curator or decision is of: after the words that say the field, whose or
# from whom, no object of their own.
AUTHORITIES = tuple(stem(w) for w in ("администрация", "губернатор", "правительство", "министерство", "ведомство",
                                      "мэрия"))
FACT_SIDE = 0.97
CONFIRMS = catalogue.field("extra_budgetary_confirmed_mln").marks

_PERSON_OK = {catalogue.PERSON, catalogue.TEXT}
_NUMERIC = {catalogue.MONEY, catalogue.COUNT}


@dataclass(frozen=True)
class HeaderReading:
    """What a header says: a score per field (0..1) with the phrase behind it, and the kind remarks."""

    hits: dict[str, Hit]
    money_unit: bool
    count_unit: bool
    vetoed: Message | None  # why no field may take this column (a percentage, a row number, …)
    # fields the header reads as of something else than the project ("Permit Status"): values that look like
    # the field's do not lift them
    elsewhere: frozenset[str] = frozenset()

    def score(self, field: str) -> float:
        hit = self.hits.get(field)
        return hit.score if hit else 0.0

    def best(self) -> Hit | None:
        return max(self.hits.values(), key=lambda h: h.score, default=None)


_ENDS_PAIRED = re.compile(r"(?i)\b(начала|начало|start|begin\w*) / ((?:год\w* |дата |date )?(?:окончания|окончание"
                          r"|завершения|завершение|end|finish|completion)\b)")


def _parts(header: str) -> list[str]:
    """The levels of a "parent / child" header; a slash inside parentheses ("застройщик (инвестор /
    заказчик)") is a remark's alternative, not a level."""
    header = " ".join(header.split())  # no-break spaces, line breaks and tabs are spaces
    header = _ENDS_PAIRED.sub(r"\1/\2", header)  # «Дата начала / окончания»: both ends in one level, no two levels
    levels, depth, start = [], 0, 0
    for i, char in enumerate(header):
        depth += (char == "(") - (char == ")")
        if depth <= 0 and header.startswith(" / ", i):
            levels.append(header[start:i])
            start = i + 3
    levels.append(header[start:])
    return [_without_gloss(_unwrapped(p)) for p in (_FOOTNOTE.sub("", level).strip() for level in levels) if p]




def _without_gloss(level: str) -> str:
    """A remark in the other language that only translates the caption ("ОБ (regional)", "Стадия (stage)")
    says the caption again, less exactly: its words are not read as a qualifier of it. It is dropped only when
    every word of it is a word of the field the caption alone reads, and none says plan or fact: "Бюджет
    (federal)", "Рабочие места (created)", "Наименование (engl.)" keep theirs."""
    outside = PAREN.sub(" ", level)
    cyrillic = bool(CYRILLIC_LETTER.search(outside))
    if cyrillic == bool(LATIN_LETTER.search(outside)):  # no words outside, or both scripts: nothing to tell
        return level
    other, same = (LATIN_LETTER, CYRILLIC_LETTER) if cyrillic else (CYRILLIC_LETTER, LATIN_LETTER)

    def gloss(found: re.Match[str]) -> str:
        inside = found[1]
        if not other.search(inside) or same.search(inside):
            return found[0]
        caption = read_header(outside).best()
        said = [t for t in words(inside).tokens if not generic(t)]
        translates = caption is not None and said and all(
            caption.key in covers(t) and not aspect_mark(t) for t in said)
        return "" if translates else found[0]

    return PAREN.sub(gloss, level).strip() or level


# A footnote's mark or a colon after a level ("(муниципальный район)*", "Годы реализации / по <1>").
_FOOTNOTE = re.compile(r"(?:\s*(?:\*+|<\*?\d{0,2}\*?>|[¹²³⁴⁵⁶⁷⁸⁹]+|:))+\s*$")


def _unwrapped(level: str) -> str:
    """A level written wholly in parentheses ("(муниципальный район)", a form's caption under a blank) is
    the level's own words, not a remark on them."""
    if level.startswith("(") and level.endswith(")") and level.count("(") == 1 and level.count(")") == 1:
        return level[1:-1].strip() or level
    return level


_TOTAL = stem("всего")
ONLY_TOTAL = 0.9


def _naming_remark(level: Words) -> bool:
    """"(полное наименование)", "(наименование, ИНН)": a remark that asks for the thing's name (and its
    requisites) says what to write, no word of a field's; the column holds names, no amounts or dates."""
    asked = [t for t in level.tokens if t.remark]
    return (any(t.stem in NAMING for t in asked)
            and all(t.stem in NAMING or t.word in REQUISITES or is_adjective(t.word) for t in asked))


def _only_total(level: Words) -> bool:
    said = [t for t in level.tokens if not t.remark]
    return any(t.stem == _TOTAL for t in said) and all(INDEX.is_generic(t.stem) for t in said)


def _circumstance(level: Words) -> bool:
    """A child that only says according to what or when ("по бизнес-плану", "на 01.01"): the parent's field."""
    return bool(level.tokens) and all(t.qualifier for t in level.tokens)


def _only_aspect(level: Words) -> bool:
    # "план на период реализации": the plan, for a period; "план (всего по проекту)": the plan, the whole of it
    said = [t for t in level.tokens if not t.qualifier and not (t.remark and INDEX.is_generic(t.stem))]
    return bool(said) and all(t.word in ASPECT_WORDS for t in said)


LATIN_TRIED = 0.5  # below this, a header in Latin letters that says little in English is tried as Russian
LATIN_WORD = 6  # letters a one-word header in Latin letters needs to be tried as Russian ("Fb", "Tip" are not)


# "Private, total", «Внебюджетные средства, всего», "Equity total (RUB m)": the whole of the money said before
# the word, not the project's total cost; what follows is a unit or a remark.
_WHOLE_OF = re.compile(r"^(?P<what>[^/]*?[^\s,;/])[\s,;]+(?:in\s+)?(?:total|overall|всего|итого|в\s+целом)"
                       r"(?=\s*(?:[,(]|$|rub|руб|млн|тыс|млрд|mln|m\b))", re.IGNORECASE)


def _whole_of(header: str, reading: HeaderReading) -> HeaderReading:
    """A header that says the whole of a kind of money after naming it reads as that kind at the strength the
    naming alone has: the total word says "all of it", not "the project's total cost"."""
    parts = header.rsplit(" / ", 1)
    found = _WHOLE_OF.match(parts[-1])
    if found is None:
        return reading
    named = _read(" / ".join([*parts[:-1], found["what"] + parts[-1][found.end():]]))
    lifted = {key: hit for key, hit in named.hits.items() if key != "total_cost_mln"
              and catalogue.field(key).kind == catalogue.MONEY and hit.score > reading.score(key)}
    if not lifted:
        return reading
    return HeaderReading({**reading.hits, **lifted}, reading.money_unit, reading.count_unit, reading.vetoed,
                         reading.elsewhere | (named.elsewhere & lifted.keys()))


ANSWERS = 0.3  # how far a header of yes/no answers or of contacts reads as any field
_WHETHER = re.compile(r"^\s*наличи\w*\b|\b(?:да\s*[/,]\s*нет|нет\s*[/,]\s*да|yes\s*[/,]\s*no|y\s*/\s*n)\b")
_CONTACT_WORD = (r"(?:e-?mail|email|phone|телефон\w*|тел|contacts?\s+(?:info|information|details|data)|contacts"
                 r"|контакт\w*\s+данн\w*|контакты|контактн\w*\s+информаци\w*)\b\.?")
# a contact as what the header asks ("Телефон куратора", "Curator email"), not beside a name ("Куратор, e-mail")
_CONTACT_ONLY = re.compile(rf"^\W*{_CONTACT_WORD}|[^\s,(;/]\s+{_CONTACT_WORD}\s*$")
# …and a yes/no with what it is about asked too ("(да/нет, описание)", "(Y/N, details)")
_DESCRIBED = re.compile(r"\b(?:описани\w*|какие|какая|каков\w*|суть|содержани\w*|перечень|кратко\w*|details?"
                       r"|describe)\b")
_NAME_ASKED = re.compile(r"\b(?:фио|фамили\w*|name|имя|наименовани\w*|название)\b")
MONEY_PARENT = 0.5  # how well a parent level must read as an amount of money to make its children money's
_JOINED = re.compile(r"\s(?:и|and)\s|&")  # "Budget and schedule": money and something else
_BARE_TOTAL = re.compile(r"^\W*(?:всего|итого|total|в\s+целом)\W*(?:(?:млн|тыс|млрд|руб|rub|₽)[^/]*)?$")
_INCLUDING = re.compile(r"\bв\s*т\s*\.?\s*ч\b|\bв\s+том\s+числе\b|\bвключая\b|\bиз\s+них\b|\bincl|\bof\s+which\b"
                        r"|\bвсего\b|\bитого\b|\btotal\b|\bвсех\s+источник")


# Where a project's money comes from: a parent level naming one of them leaves its children no other.
_SOURCES = frozenset({"federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
                      "extra_budgetary_confirmed_mln"})


def _same_source(a: str, b: str) -> bool:
    """One source of money, or the confirmed part of it and the whole ("из них подтв. ВБС / млн руб.")."""
    return a == b or catalogue.field(a).variant_of == b or catalogue.field(b).variant_of == a


def _money_named(parent: str) -> str | None:
    """The money field a parent level reads as, well enough to say its children are amounts of it (a parent of
    money and something else, "Budget and schedule", «Инвестиции и рабочие места», is not)."""
    if _JOINED.search(fold(parent)):
        return None
    best = read_header(parent).best()
    return best.key if best is not None and best.score >= MONEY_PARENT and catalogue.field(
        best.key).kind == catalogue.MONEY else None


LATIN_CUT = 5  # letters a transliterated word cut short needs to be read as its whole ("vnebyudzhet", "podtv")


def _known_latin(token: Token) -> bool:
    """Whether a Russian word written in Latin letters is a vocabulary word: as it stands, or cut short of one
    and long enough not to be an English word's chance beginning."""
    return INDEX.knows(token.stem) or (len(token.word) >= LATIN_CUT and bool(INDEX.meet(token.stem, True)))


_READ_AS_ENGLISH = frozenset({BOTH_ENDS_EN, OPEX})  # words the contractions write for English phrases they read


@lru_cache(maxsize=8192)
def read_header(header: str) -> HeaderReading:
    """What a header says; a header of Russian in Latin letters ("KolRabMestPlan", "Sredstva_FB") is read as
    Russian where its English says less."""
    reading = _whole_of(header, _read(header))
    latin = cyrillic(header)
    best = reading.best()
    if latin is None or (best is not None and best.score >= LATIN_TRIED):
        return reading
    # Every word must be a vocabulary word as it stands ("FB page", "WBS code" are not Russian), a lone word a
    # long one, and the Russian must know more of them than the English does ("Risk Status" is English).
    tokens, latin_tokens = words(latin).tokens, words(header).tokens
    if any(t.word in _READ_AS_ENGLISH for t in latin_tokens):
        return reading  # "Start/Finish date": English the contractions understood ("Старт/Финиш" is no Russian)
    lone_and_short = len(latin_tokens) < 2 and sum(c.isalpha() for c in header) < LATIN_WORD
    english_knows_all = sum(bool(INDEX.meet_token(t)) for t in latin_tokens) >= len(latin_tokens)
    if lone_and_short or english_knows_all or not tokens or not all(_known_latin(t) for t in tokens):
        return reading
    russian = _read(latin)
    said = russian.best()
    return russian if said is not None and (best is None or said.score > best.score) else reading


def _read(header: str) -> HeaderReading:
    parts = _parts(header[:400])
    if not parts:
        return HeaderReading({}, False, False, None)
    readings: list[Words] = [words(_of_said_first(spelled_out(p))) for p in parts]
    text: list[Weighted] = []
    last = len(parts) - 1
    # "Кластер / наименование": a child that is only a name or number word says "the name of" its parent's
    # thing (heads.about reads which); it is no word a field's phrase should have to explain.
    # So does a child that only says plan or fact ("Срок начала строительства / Плановый"): the parent
    # names the field, the child which side of it.
    lone = last > 0 and (lone_naming(readings[-1]) or _only_aspect(readings[-1]) or _circumstance(readings[-1]))
    for level, reading in enumerate(readings):
        child = level == last
        in_remarks = sum(t.remark for t in reading.tokens)
        short_remark = in_remarks <= 2  # "(план)", "(EN)": a qualifier
        # A long remark explains the column ("(a delivery confidence assessment … on a three-point scale)"):
        # its words may say which field, but the words it adds besides cost little.
        explained = REMARK_COST if in_remarks > LONG_REMARK else 1.0
        naming = _naming_remark(reading)
        authority = None  # the clause an authority was named in: its name goes on ("Администрации Томской области")
        for at, token in enumerate(reading.tokens):
            if naming and token.remark:
                continue
            remark = (0.8 if short_remark else 0.5) if token.remark else 1.0
            aside = QUALIFIER_WEIGHT if token.qualifier else 1.0
            narrow = _narrowing(token, reading.tokens[at + 1:at + 2] if len(reading.tokens) > 2 else ())
            if at and token.stem.startswith(AUTHORITIES):
                authority = token.clause
            if authority == token.clause and not token.remark:
                narrow = min(narrow, QUALIFIER_WEIGHT)  # "Требуемое содействие Администрации": from whom
            # A parent's word is context: it counts towards a phrase, and costs the child a little
            # when no phrase of the field uses it. A year says which slice or period, not what (_one_year).
            text.append(Weighted(token, (1.0 if child else PARENT_WEIGHT) * remark * aside,
                                 counts=not (child and lone) and not year(token.word),
                                 cost=(1.0 if child else PARENT_COST) * aside * narrow
                                 * (explained if token.remark else 1.0)))
    money = any(r.money_unit for r in readings)
    count = any(r.count_unit for r in readings)
    # "Отклонение / ФБ", «Неиспользованный остаток / ФБ», «Параметры до изменения / Стоимость»: what is under a
    # change, a deviation or a remainder is of it; only a new value said under one ("Перенос сроков / новая дата",
    # «Параметры после изменения / …») or a reason is still its field
    changed = any(_derived(r) for r in readings[:-1]) and not _says_why(readings[-1])
    vetoed = _veto(readings[-1], alone=len(readings) == 1) or (
        message("why.change") if changed and _NEW_VALUE.search(fold(header)) is None else None)
    hits = INDEX.score(text)
    remark_lists = listed_terms(parts[-1])
    for key, listed in remark_lists.items():  # "Площадка (технопарк, ОЭЗ)": the remark lists values
        if key not in hits or hits[key].score < listed.score:
            hits[key] = listed
    if money and _only_total(readings[-1]) and hits.get("total_cost_mln", NO_HIT).score < ONLY_TOTAL:
        # "Всего (млн руб.)", "Итого, тыс. руб.": the sum of it all
        hits["total_cost_mln"] = Hit("total_cost_mln", ONLY_TOTAL, "всего", ("всего",))
    stems = [t.stem for r in readings for t in r.tokens]
    hits = _marked(hits, stems)
    hits = about(hits, readings[-1], covers, generic, aspect_mark, parent=readings[-2] if last else None)
    hits = _specified(hits, parts[-1])
    hits = described(hits, readings[-1])
    hits = remark_yields(hits, readings[-1])
    hits = sourced(hits, readings[-1])
    hits = owned(hits, readings[-1])
    hits = listed_decides(hits, remark_lists)
    # plan or fact: the nearest level that says one decides ("Рабочие места, созданные / по бизнес-плану")
    said_by_level = ({a for a, marks in ASPECT_MARKS.items() if any(t.word.startswith(marks) for t in r.tokens)}
                     for r in reversed(readings))
    aspects = next((a for a in said_by_level if a), set())
    # what the header says whatever the field: settled matters, one year's money, a parent of another object
    settled = any(tk.word in SETTLED for tk in readings[-1].tokens)  # "Решённые вопросы", "Принятые решения"
    # "Финансирование 2024 / ФБ", "Объем на текущий год / ФБ": one year's slice, not the project's
    folded = fold(header)
    reporting = _IN_REPORTING.search(folded) is not None  # one reporting period's figure, money or count
    # "в 20___ г.": a form's year left to fill in is one year; money «в текущем году», «за I квартал», «на плановый
    # период», «накопленный» is one period's slice or so far
    blank_year = _YEAR_BLANK.search(folded) is not None
    yearly = (one_year(readings) or reporting or blank_year or _SLICE.search(folded) is not None
              or any(t.stem.startswith(YEARLY) for r in readings[:-1] for t in r.tokens))
    # "Рабочие места / в т.ч. в 2019 г.", "Jobs created in 2024": a count in one year is a part of the project's
    # ("к 2025 году", "by 2030" is the whole by then)
    in_one_year = (one_year(readings) and _IN_YEAR.search(folded) is not None) or reporting or blank_year
    parents = [tk for r in readings[:-1] for tk in r.tokens]  # "Поручение / срок исполнения": the instruction's
    parent_foreign = {asks: foreign(parents, asks=asks) for asks in (False, True)}
    child_naming = _naming_remark(readings[-1])  # once, not per field
    # "Объект будет создан, год", «Предприятие (дата)»: a last clause or a remark that is only a date word asks
    # for a date
    asks_date = _DATE_ASKED.search(fold(parts[-1])) is not None
    running = any(r.running for r in readings)  # money spent so far, said in any level
    # "№ заявки ФРП", "Код заявки / Code": an application's number is the project's, though an application is
    # another object for every other field
    # (a parent's only where the child under it is but a number word: "Код заявки / Code", not "… / Amount")
    application = numbers_application(readings[-1]) or (
        any(numbers_application(r) for r in readings[:-1]) and lone_naming(readings[-1]))
    # Under a parent of money the children are amounts of it: a place, a ministry, another source named there
    # says whose money ("Funding / Province of BC", «Внебюджетные источники / привлеченные субъектом РФ»)
    money_parent = _money_named(" / ".join(parts[:-1])) if len(parts) > 1 else None
    # a bare "всего" under a parent that names one source outright (no "в т.ч.", no total of its own) is its total
    source_total = (len(parts) > 1 and _BARE_TOTAL.match(fold(parts[-1])) is not None
                    and _INCLUDING.search(fold(parts[-2])) is None)
    other_source = money_parent in _SOURCES and any(
        k in _SOURCES and h.score >= MONEY_PARENT and not _same_source(k, money_parent) for k, h in hits.items())
    # «Наличие …», "(да/нет)", "(Y/N)": a header that asks whether holds answers; an e-mail or a phone with no
    # name asked holds contacts ("Team lead e-mail"): no field's values either way
    child_text = fold(parts[-1])
    answers = (_WHETHER.search(child_text) is not None and _DESCRIBED.search(child_text) is None) or (
        _CONTACT_ONLY.search(child_text) is not None and _NAME_ASKED.search(child_text) is None)
    # "Рабочие места на 2026 год": the places are workplaces, never the project's site
    workplaces = any(a.stem.startswith("рабоч") and b.stem.startswith("мест")
                     for r in readings for a, b in zip(r.tokens, r.tokens[1:], strict=False))
    adjusted: dict[str, Hit] = {}
    elsewhere: set[str] = set()
    for key, hit in hits.items():
        if (key == "location" and workplaces) or (money_parent and catalogue.field(key).kind != catalogue.MONEY):
            continue
        if money_parent in _SOURCES and key == "total_cost_mln" and source_total:
            continue  # «Федеральный бюджет, млн руб. / всего»: the source's total, not the project's cost
        if money_parent in _SOURCES and key in _SOURCES and (other_source or not _same_source(key, money_parent)):
            continue  # "Внебюджетные источники / привлеченные субъектом РФ": the parent's source, no other; and
            # «Областной бюджет / в т.ч. средства ФБ»: another source in the parent's, neither of them
        f = catalogue.field(key)
        asks = key == "decisions_requested"
        if key == "code" and application:
            adjusted[key] = hit
            continue
        if key == "code" and any(a in hit.phrase for a in APPLICATIONS):
            continue  # "Applicant ID", "Loan application number": the application phrases are for the above
        factor = _kind_factor(f.kind, money, count, readings[-1], asks=asks, naming=child_naming, running=running,
                              own_text=key in OWN_TEXT)
        if answers:
            factor = min(factor, ANSWERS)
        if asks_date and key in _NAMED:
            factor = min(factor, 0.5)  # a name or an organisation is never what a date column holds
        if ((settled and key in ("problems", "decisions_requested")) or (yearly and f.kind == catalogue.MONEY)
                or (in_one_year and f.kind == catalogue.COUNT)
                or parent_foreign[asks] or any(of_another(key, r, generic, its_own) for r in readings)):
            factor = min(factor, FOREIGN_FACTOR)  # of something else than the project ("Статус закупки")
            elsewhere.add(key)
        if f.aspect and len(aspects) == 1 and f.aspect not in aspects:
            factor *= OTHER_ASPECT
        elif not f.aspect and aspects == {"fact"}:
            factor *= FACT_SIDE  # a field with one side (a date, a cost) takes the plan before the fact
        adjusted[key] = Hit(key, round(hit.score * factor, 4), hit.phrase, hit.matched)
    return HeaderReading(adjusted, money, count, vetoed, frozenset(elsewhere))


# "Year of commissioning", "Funds of the regional budget": English names a thing by what it is of after "of",
# which reads as a circumstance ("Status of Federal Permits" is a status of something else). Where the words
# before "of" name no field alone, what follows says which field: the header is read as "Commissioning year".
# The complement runs to the clause's end or to a word that opens another phrase.
_OF_PHRASE = re.compile(r"^\s*([a-z][a-z.-]*(?:\s+[a-z][a-z.-]*)?)\s+of\s+(?:the\s+)?"
                        r"([a-z][a-z.-]*(?:\s+(?!(?:where|which|that|for|in|by|from|to|under|with|at|on|as|per)\b)"
                        r"[a-z][a-z.-]*)*)", re.IGNORECASE)


# The heads that say which of a thing's figures, dates or kinds ("Head of investor" is a person, no such head).
_OF_HEADS = frozenset({"year", "date", "month", "quarter", "time", "period", "funds", "funding", "amount", "volume",
                       "value", "sum", "cost", "costs", "kind", "type", "total", "start", "end", "place", "site"})


def _of_said_first(level: str) -> str:
    found = _OF_PHRASE.match(level)
    if (found is None or found.group(1).lower().split()[-1] not in _OF_HEADS or _names_field(found.group(1))
            or lone_naming(words(found.group(1)))):
        return level  # "Stage of the project cycle", "Name of the project": the head names it
    return f"{found.group(2)} {found.group(1)}{level[found.end():]}"


def _names_field(text: str) -> bool:
    named = read_header(text).best()
    return named is not None and named.score >= SPECIFIES


_IN_YEAR = re.compile(r"(?:^|[\s(/,])(?:в|во|за|in|during)\s+(?:19|20)\d\d\b"
                      r"|(?:^|[\s(/,])на\s+(?:19|20)\d\d\s*(?:год\b|г\b)")  # "на 2026 год": that year's, too
_SLICE = re.compile(r"\b(?:в\s+текущем\s+году|на\s+текущий\s+год|в\s+очередном\s+году|за\s+(?:[ivx\d]+\s+)?квартал"
                    r"|на\s+плановый\s+период|накопленн\w*)")
# a year left blank after "в", "за", "на" (bounded: a long run of underscores must cost nothing)
_YEAR_BLANK = re.compile(r"(?:^|[\s(/,])(?:в|во|за|на)\s+(?:(?:19|20)_{1,3}|_{2,6})(?![\w])\s*(?:г\b|год)")
# "новая дата", «новый срок», «после изменения», "revised", «стало»: the value after a change, under its parent
# («новые рабочие места», "new jobs" are the jobs, not a new value of them)
_NEW_VALUE = re.compile(r"\b(?:нов(?:ый|ая|ое|ого|ой)\s+(?:срок|дат|значени|стоимост|редакци|сумм|объем|статус)\w*"
                        r"|после\s+изменени\w*|уточненн\w*|стало|new\s+(?:date|value|cost|total|end|start|completion)"
                        r"|revised|updated)\b")
# "Создано рабочих мест в отчетном году", "Jobs created in the reporting period": one period's count, no total
_IN_REPORTING = re.compile(r"(?:^|[\s(/,])(?:в|во|за|in|during|over)\s+(?:the\s+)?(?:отчетн\w*|reporting)\s+"
                           r"(?:год\w*|период\w*|квартал\w*|year|period|quarter)")


def _narrowing(token: Token, following: Sequence[Token]) -> float:
    """The cost of an adjective the vocabulary does not know ("подробное описание", "полная стоимость"):
    it narrows the noun after it and does not change what the column is about as an unknown noun does.
    Where other words say what the column is about, it weighs at most half the noun it narrows ("описание
    стратегического проекта"); alone with its noun it may change it ("Связанные проекты"). An adjective of
    plan or fact ("Планируемый бюджет", "Плановая дата ввода") says which side, never what: it costs less."""
    if is_adjective(token.word) and aspect_mark(token):
        return ASPECT_COST
    if not is_adjective(token.word) or INDEX.meet(token.stem):
        return 1.0
    if not following:
        return ADJECTIVE_COST
    return min(ADJECTIVE_COST, ADJECTIVE_COST * INDEX.weight(following[0]) / INDEX.weight(token))


_SPECIFIER = re.compile(r"^\s*([^\W\d_]{4,})\s*-\s*([^\W\d_]{4,})\b|\(([^()]*)\)|\sпо\s+([^\W\d_]{4,})\s*$")
SPECIFIES = 0.9  # how clearly a remark or a compound's second word must name a field alone to specify it


def _specified(hits: dict[str, Hit], child: str) -> dict[str, Hit]:
    """A short remark, the second word of a hyphenated compound or a closing "по …" that alone names another
    field the header also reads as says which of the two it is: "Статус (светофор)", "Статус-светофор" and
    "Статус по светофору" are the RAG; "Субъект МСП (инициатор)" the lead organisation; "Объект (адрес)" the
    location."""
    best = max(hits.values(), key=lambda h: h.score, default=None)
    if best is None:
        return hits
    for found in _SPECIFIER.finditer(child):
        compound, spec = found.group(1), (found.group(2) or found.group(3) or found.group(4) or "").strip()
        if compound and _names_no_field(compound):
            continue  # "extra-budget": one word written in two, not a field said twice
        said = words(spec)
        if (not spec or len(spec.split()) > 2 or spec == child.strip() or lone_naming(said)
                or all(generic(tk) for tk in said.tokens)):
            continue  # "Кластер (наименование)": the name of the cluster; "Стоимость по проекту": of the project
        named = read_header(spec).best()
        if named is None or named.score < SPECIFIES or named.key == best.key or named.key not in hits:
            continue
        if catalogue.field(named.key).kind == catalogue.PLACE and catalogue.field(best.key).kind == catalogue.PERSON:
            continue  # "Куратор (регион)": a place beside a person says where he is from, not what the column holds
        if catalogue.field(best.key).variant_of == named.key:
            continue  # "Подтверждено (ВБИ)": the remark names the money the mark is said of, the variant stands
        out = {k: (step_back(h) if k == best.key else h) for k, h in hits.items()}
        out[named.key] = Hit(named.key, best.score, hits[named.key].phrase, hits[named.key].matched)
        return out
    return hits


def _names_no_field(word: str) -> bool:
    named = read_header(word).best()
    return named is None or named.score < SPECIFIES


def _marked(hits: dict[str, Hit], stems: list[str]) -> dict[str, Hit]:
    """A header that reads as a base field and carries a variant's mark reads as the variant (at the base's
    strength where that is higher), and the base steps back."""
    out = dict(hits)
    for variant in VARIANTS:
        base = out.get(variant.variant_of or "")
        if base is None or not any(s.startswith(variant.marks) for s in stems):
            continue
        own = out.get(variant.key)
        if own is None or own.score < base.score:
            out[variant.key] = Hit(variant.key, base.score, base.phrase, base.matched)
        out[base.key] = Hit(base.key, round(base.score * OTHER_ASPECT, 4), base.phrase, base.matched)
    return out


def _veto(child: Words, *, alone: bool = True) -> Message | None:
    if alone and child.tokens and all(t.qualifier for t in child.tokens if not t.remark):
        return message("why.circumstance")  # "На начало года": when, not what
    if child.row_number:
        return message("why.row_number")
    if child.percent:
        return message("why.percentage")
    if child.measure:
        return message("why.measure")
    if _asks_contact(child):
        return message("why.contact")
    if _derived(child):
        return message("why.change")
    if _names_currency(child):
        return message("why.currency_name")
    return None


def _asks_contact(child: Words) -> bool:
    """"Контактный телефон", "Ответственный (ФИО, телефон)", "Куратор, e-mail": contact details. A phone asked
    for beside the curator's name («Куратор (ФИО, тел.)») leaves the name the column's: the curator is named."""
    plain = [t for t in child.tokens if not t.remark]
    if any(t.word in CONTACTS for t in plain):
        return True
    return (any(t.word in CONTACTS for t in child.tokens if t.remark)
            and not any(t.stem.startswith(_CURATOR) for t in plain))


_CURATOR = ("куратор", "curat")  # the stems of «куратор» and "curator"


def _says_why(level: Words) -> bool:
    return any(t.stem.startswith(WHY_WORDS) for t in level.tokens if not t.remark)


def _derived(level: Words) -> bool:
    """Whether a level says a figure's change, deviation or remainder, not why it changed."""
    return any(t.stem.startswith(DERIVED) for t in level.tokens if not t.remark) and not _says_why(level)


_NAMED = frozenset({"name", "name_en", "lead_organization"})
_DATE_ASKED = re.compile(r"[,(]\s*(?:год|дата|year|date)\s*\)?\s*$")
_CURRENCY = frozenset({"валют", "currenc"})


def _names_currency(child: Words) -> bool:
    """"Объем инвестиций, валюта", "Amount (currency)": a clause or a remark that is only the currency asks
    which currency the amounts beside it are in; the column holds its name, no amount."""
    last = max((t.clause for t in child.tokens), default=0)
    for part in ([t for t in child.tokens if t.clause == last and not t.remark] if last else [],
                 [t for t in child.tokens if t.remark]):
        if len(part) == 1 and part[0].stem.startswith(tuple(_CURRENCY)):
            return True
    return False


def _kind_factor(kind: str, money: bool, count: bool, child: Words, *, asks: bool = False,
                 naming: bool = False, running: bool = False, own_text: bool = False) -> float:
    """How far the header's units and remarks agree with a field's kind (`running`: a level of the header
    says money spent so far, "Освоено … / в том числе за счет средств: / окружного бюджета")."""
    if child.row_number or child.percent or child.measure:
        return 0.0
    explanation = sum(t.remark for t in child.tokens) > LONG_REMARK
    said = [t for t in child.tokens if not (explanation and t.remark)]  # a long remark explains, it is no object
    stems = {t.stem for t in said}
    # A foreign object in the instrumental ("подтвержденные соглашениями": confirmed by agreements), or in a
    # remark after a confirmation ("подтвержденные (соглашения, письма)"), is the means, not the thing the
    # column is about.
    confirmed = any(t.stem.startswith(CONFIRMS) or (t.truncated and any(m.startswith(t.stem) for m in CONFIRMS))
                    for t in said if not t.remark)
    # "ФБ (субсидия)": a remark beside a budget names the form its money takes, not another object
    budget = kind == catalogue.MONEY and any(t.stem.startswith(BUDGETS) for t in said if not t.remark)
    if foreign([t for t in said if not ((confirmed or budget or naming) and t.remark)], asks=asks):
        return FOREIGN_FACTOR
    if naming and kind in (catalogue.MONEY, catalogue.COUNT, catalogue.DATE):
        return 0.3  # "Источник финансирования (наименование)": names, not amounts
    # "Вопросы, требующие решения, кол-во": a count of the questions or problems, wherever it is said, is a number
    # (a name beside a count, «Наименование населенного пункта, количество жителей», is still the name)
    if own_text and any(s.startswith(COUNT_HEADS) for s in stems):
        return 0.5
    # A total ("Итого по кластеру", "Всего по району") sums a figure; it holds no class or text.
    if kind not in _NUMERIC and said and said[0].stem == _TOTAL:
        return 0.5
    # A count now ("Текущее количество рабочих мест", "existing jobs") is the staff there is, not jobs created.
    if kind == catalogue.COUNT and any(s.startswith(CURRENT) for s in stems):
        return FOREIGN_FACTOR
    # Lines of spending ("Направления расходов", "Источники и направления финансирования") are money's
    # headings: no text or class field.
    if kind not in _NUMERIC and any(s.startswith(SPENDING) for s in stems):
        return 0.5
    # One year's amount ("Итого за год", "Годовой объем", "annual budget") is not the project's.
    if kind == catalogue.MONEY and any(s.startswith(YEARLY) for s in stems):
        return 0.5
    # An amount asked for ("запрашиваемые инвестиции") is not one the project has.
    if kind == catalogue.MONEY and any(s.startswith(REQUESTED) for s in stems):
        return 0.4
    # Money "нарастающим итогом" (to date) is spent so far, not the project's figure.
    if kind == catalogue.MONEY and running:
        return FOREIGN_FACTOR
    # "Количество резидентов", "Число участников": a header that opens with a count counts things.
    if kind != catalogue.COUNT and said and said[0].stem.startswith(COUNT_HEADS):
        return 0.5
    # "Сумма …", "Объем …", "Amount of …": a header that opens with an amount counts money or things.
    # (by the word too: the stemmer cuts «объем» to «объ»)
    if kind not in _NUMERIC and said and (said[0].stem.startswith(AMOUNT_HEADS)
                                          or said[0].word.startswith(AMOUNT_HEADS)):
        return 0.5
    # A date word in a remark says the period a figure covers ("(start to end date)"), not that it is a date.
    # A period after "на", "за" is the figure's circumstance ("план на период реализации"), not its kind.
    # (The reasons for a date missed, "Причины отставания от срока", are reasons: the problems.)
    if kind != catalogue.DATE and (child.date_format or any(t.stem.startswith(DATE_STEMS) for t in said
                                                            if not t.remark and not t.qualifier)) and not (
            said and said[0].stem.startswith(WHY_WORDS)):
        return 0.5
    if kind == catalogue.DATE and any(s.startswith(REPORTING) for s in stems):
        return 0.4
    if child.person and kind not in _PERSON_OK:
        return 0.3
    if money and kind != catalogue.MONEY:
        return 0.5
    if count and kind != catalogue.COUNT:
        return 0.5
    return 1.0

