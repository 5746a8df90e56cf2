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
from ino_desktop.importer.wording.heads import (
    NAMING,
    about,
    english,
    head_and_object,
    is_adjective,
    lone_naming,
    noun,
    step_back,
)
from ino_desktop.importer.wording.normal import PAREN, REQUISITES, Token, Words, stem, words
from ino_desktop.importer.wording.objects import FOREIGN_FACTOR, SETTLED, foreign, of_another, one_year, year
from ino_desktop.importer.wording.phrases import Hit, PhraseIndex, Weighted
from ino_desktop.importer.wording.values import match_value
from ino_desktop.messages import Message, message

PARENT_WEIGHT = 0.85  # a parent's word is context: a little less than the child's own
QUALIFIER_WEIGHT = 0.6  # a word in a circumstance ("на стадии создания") weighs and costs this much
LONG_REMARK = 6  # words in parentheses beyond which a remark is an explanation
REMARK_COST = 0.25
LISTED_TERMS = 0.85  # the score of the field whose terms a header's remark lists
_LIST_SEPARATOR = re.compile(r"[,;/]| или | or |\s[-–—]\s", re.IGNORECASE)
ADJECTIVE_COST = 0.5  # how much an unknown adjective lowers a field's precision, against an unknown noun
PARENT_COST = 0.4  # how much a parent's word that a field does not use lowers its precision
# Words that make a figure's change, deviation or remainder of it ("Перенос сроков ввода", "Cost
# variance", "Остаток"): the column is about a field but does not hold it.
DERIVED = tuple(stem(w) for w in ("перенос", "изменение", "отклонение", "разница", "остаток", "остатки",
                                   "перерасход", "variance", "deviation", "change", "delay", "slippage",
                                   "difference", "overrun", "remaining"))
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
OTHER_ASPECT = 0.6
ASPECT_COST = 0.3  # how much a plan or fact adjective lowers a field's precision, against an unknown noun
# The authorities a column's help, curator or decision is of: after the words that say the field, whose or
# from whom, no object of their own.
AUTHORITIES = tuple(stem(w) for w in ("администрация", "губернатор", "правительство", "министерство", "ведомство",
                                      "мэрия"))
FACT_SIDE = 0.97
_VARIANTS = tuple(f for f in catalogue.IMPORTABLE if f.variant_of)
CONFIRMS = catalogue.field("extra_budgetary_confirmed_mln").marks

# A date's head words stand for each other: "срок ввода" is said "дата ввода" as well, and back.
_DATE_HEADS = {"срок": "дата", "дата": "срок"}


def _phrasings(field: catalogue.Field) -> list[str]:
    said = [*field.header_ru, *field.header_en, field.ru, field.en]
    if field.kind != catalogue.DATE:
        return said
    return said + [f"{_DATE_HEADS[p.split()[0]]} {p.split(' ', 1)[1]}" for p in field.header_ru
                   if " " in p and p.split()[0] in _DATE_HEADS]


_INDEX = PhraseIndex([(p, f.key) for f in catalogue.IMPORTABLE for p in _phrasings(f)])
_PERSON_OK = {catalogue.PERSON, catalogue.TEXT}
_NUMERIC = {catalogue.MONEY, catalogue.COUNT}
_VOCAB_FIELDS = tuple(f for f in catalogue.IMPORTABLE if f.vocabulary)


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


def _parts(header: str) -> list[str]:
    """The levels of a "parent / child" header; a slash inside parentheses ("застройщик (инвестор /
    заказчик)") is a remark's alternative, not a level."""
    header = " ".join(header.split())  # no-break spaces, line breaks and tabs are spaces
    levels, depth, start = [], 0, 0
    for i, char in enumerate(header):
        depth += (char == "(") - (char == ")")
        if depth <= 0 and header.startswith(" / ", i):
            levels.append(header[start:i])
            start = i + 3
    levels.append(header[start:])
    return [_unwrapped(p) for p in (_FOOTNOTE.sub("", level).strip() for level in levels) if p]


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
_NO_HIT = Hit("", 0.0, "", ())


def _naming_remark(level: Words) -> bool:
    """"(полное наименование)", "(наименование, ИНН)": a remark that asks for the thing's name (and its
    requisites) says what to write, no word of a field's; the column holds names, no amounts or dates."""
    asked = [t for t in level.tokens if t.remark]
    return (any(t.stem in NAMING for t in asked)
            and all(t.stem in NAMING or t.word in REQUISITES or is_adjective(t.word) for t in asked))


def _only_total(level: Words) -> bool:
    said = [t for t in level.tokens if not t.remark]
    return any(t.stem == _TOTAL for t in said) and all(_INDEX.is_generic(t.stem) for t in said)


def _circumstance(level: Words) -> bool:
    """A child that only says according to what or when ("по бизнес-плану", "на 01.01"): the parent's field."""
    return bool(level.tokens) and all(t.qualifier for t in level.tokens)


def _only_aspect(level: Words) -> bool:
    said = [t for t in level.tokens if not t.qualifier]  # "план на период реализации": the plan, for a period
    return bool(said) and all(t.word in ASPECT_WORDS for t in said)


@lru_cache(maxsize=8192)
def read_header(header: str) -> HeaderReading:
    parts = _parts(header[:400])
    if not parts:
        return HeaderReading({}, False, False, None)
    readings: list[Words] = [words(p) for p in parts]
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
        for at, token in enumerate(reading.tokens):
            if naming and token.remark:
                continue
            remark = (0.8 if short_remark else 0.5) if token.remark else 1.0
            aside = QUALIFIER_WEIGHT if token.qualifier else 1.0
            narrow = _narrowing(token, reading.tokens[at + 1:at + 2] if len(reading.tokens) > 2 else ())
            if at and token.stem.startswith(AUTHORITIES):
                narrow = min(narrow, QUALIFIER_WEIGHT)  # "Требуемое содействие Администрации": from whom
            # A parent's word is context: it counts towards a phrase, and costs the child a little
            # when no phrase of the field uses it. A year says which slice or period, not what (_one_year).
            text.append(Weighted(token, (1.0 if child else PARENT_WEIGHT) * remark * aside,
                                 counts=not (child and lone) and not year(token.word),
                                 cost=(1.0 if child else PARENT_COST) * aside * narrow
                                 * (explained if token.remark else 1.0)))
    money = any(r.money_unit for r in readings)
    count = any(r.count_unit for r in readings)
    vetoed = _veto(readings[-1], alone=len(readings) == 1)
    hits = _INDEX.score(text)
    listed_terms = _listed_terms(parts[-1])
    for key, listed in listed_terms.items():  # "Площадка (технопарк, ОЭЗ)": the remark lists values
        if key not in hits or hits[key].score < listed.score:
            hits[key] = listed
    if money and _only_total(readings[-1]) and hits.get("total_cost_mln", _NO_HIT).score < ONLY_TOTAL:
        # "Всего (млн руб.)", "Итого, тыс. руб.": the sum of it all
        hits["total_cost_mln"] = Hit("total_cost_mln", ONLY_TOTAL, "всего", ("всего",))
    stems = [t.stem for r in readings for t in r.tokens]
    hits = _marked(hits, stems)
    hits = about(hits, readings[-1], _covers, _generic, _aspect_mark, parent=readings[-2] if last else None)
    hits = _specified(hits, parts[-1])
    hits = _described(hits, readings[-1])
    hits = _remark_yields(hits, readings[-1])
    hits = _sourced(hits, readings[-1])
    hits = _owned(hits, readings[-1])
    hits = _listed_decides(hits, listed_terms)
    # plan or fact: the nearest level that says one decides ("Рабочие места, созданные / по бизнес-плану")
    said_by_level = ({a for a, marks in ASPECT_MARKS.items() if any(t.word.startswith(marks) for t in r.tokens)}
                     for r in reversed(readings))
    aspects = next((a for a in said_by_level if a), set())
    # what the header says whatever the field: settled matters, one year's money, a parent of another object
    settled = any(tk.word in SETTLED for tk in readings[-1].tokens)  # "Решённые вопросы", "Принятые решения"
    # "Финансирование 2024 / ФБ", "Объем на текущий год / ФБ": one year's slice, not the project's
    yearly = one_year(readings) or any(t.stem.startswith(YEARLY) for r in readings[:-1] for t in r.tokens)
    parents = [tk for r in readings[:-1] for tk in r.tokens]  # "Поручение / срок исполнения": the instruction's
    parent_foreign = {asks: foreign(parents, asks=asks) for asks in (False, True)}
    child_naming = _naming_remark(readings[-1])  # once, not per field
    adjusted: dict[str, Hit] = {}
    elsewhere: set[str] = set()
    for key, hit in hits.items():
        f = catalogue.field(key)
        asks = key == "decisions_requested"
        factor = _kind_factor(f.kind, money, count, readings[-1], asks=asks, naming=child_naming)
        if ((settled and key in ("problems", "decisions_requested")) or (yearly and f.kind == catalogue.MONEY)
                or parent_foreign[asks] or any(of_another(key, r, _generic, _its_own) for r in readings)):
            factor = min(factor, FOREIGN_FACTOR)  # of something else than the project ("Статус закупки")
            elsewhere.add(key)
        if f.aspect and len(aspects) == 1 and f.aspect not in aspects:
            factor *= OTHER_ASPECT
        elif not f.aspect and aspects == {"fact"}:
            factor *= FACT_SIDE  # a field with one side (a date, a cost) takes the plan before the fact
        adjusted[key] = Hit(key, round(hit.score * factor, 4), hit.phrase, hit.matched)
    return HeaderReading(adjusted, money, count, vetoed, frozenset(elsewhere))


DESCRIBING = frozenset(stem(w) for w in ("описание", "description"))
DESCRIBED = 0.9
_OWN_TEXT = frozenset({"problems", "decisions_requested"})  # fields whose subject a description may be
# What a project's description describes: the project or its object, its idea, business, technology, product.
DESCRIBED_THINGS = ("проект", "объект", "инвестпроект", "иде", "бизнес", "технолог", "продукц", "мероприят",
                    "project", "idea", "business", "technolog", "product", "scheme", "initiative")
LANGUAGE_MARKS = ("англ", "english", "латин", "latin")


def _described(hits: dict[str, Hit], child: Words) -> dict[str, Hit]:
    """A header that opens with "описание" describes the thing after it: the problems' ("Описание проблем")
    are the problems; the project's, its idea's, its technology's or its resident's project are its
    description, however rare the words ("Описание бизнес идеи")."""
    core = [t for t in child.tokens if not t.remark and not t.qualifier]
    if not core or core[0].stem not in DESCRIBING or any(t.word.startswith(LANGUAGE_MARKS) for t in child.tokens):
        return hits  # a description in English is no field of its own
    thing = next((t for t in core[1:] if not is_adjective(t.word)), None)
    if thing is None or not thing.word.startswith(DESCRIBED_THINGS):
        return hits  # "Проблемные вопросы / описание", "Описание льготы": of what the rest says
    if _covers(thing) & _OWN_TEXT:
        return hits
    out = {k: (h if k == "description" else step_back(h)) for k, h in hits.items()}
    own = out.get("description")
    if own is None or own.score < DESCRIBED:
        out["description"] = Hit("description", DESCRIBED, "описание", (core[0].word,))
    return out


REMARK_YIELDS = 0.9  # a field a remark leads to, against the one the words before it name in full


def _remark_yields(hits: dict[str, Hit], child: Words) -> dict[str, Hit]:
    """A remark of one noun beside a header that names its head and object in full offers another object,
    it does not replace the header's: "Наименование проекта (организации)" is the project's name, the
    organisation's name at most written beside it. A remark that narrows ("(англ.)", "(подтвержд.)",
    "(светофор)" after a lone head) is no other object and still decides."""
    remarks = [t for t in child.tokens if t.remark]
    if (len(remarks) != 1 or remarks[0].truncated or remarks[0].qualifier or not noun(remarks[0])
            or english(remarks) or remarks[0].word.startswith(LANGUAGE_MARKS)):
        return hits
    head, thing = head_and_object([t for t in child.tokens if not t.remark and not t.qualifier])
    if thing is None or len(head) != 1:
        return hits
    said = {head[0].word, thing.word}
    full = [h for h in hits.values() if said <= set(h.matched) and remarks[0].word not in h.matched]
    if not full:
        return hits
    main = max(full, key=lambda h: h.score)
    out = dict(hits)
    for key, hit in hits.items():
        if (hit.score > main.score * REMARK_YIELDS and remarks[0].word in hit.matched
                and thing.word not in hit.matched):
            out[key] = Hit(key, round(main.score * REMARK_YIELDS, 4), hit.phrase, hit.matched)
    return out


# Money of one source or kind: the part of the project's money that comes from there, never its total.
SOURCE_FIELDS = frozenset({"federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
                           "extra_budgetary_confirmed_mln"})
SOURCE_KINDS = ("бюджетн", "иностран", "государствен", "муниципальн", "местн", "локальн", "foreign", "public",
                "municipal", "local", "state")
_INCLUDING = stem("включая")


def _sourced(hits: dict[str, Hit], child: Words) -> dict[str, Hit]:
    """A header that says whose money ("Общий объем частных инвестиций", "Общий объем бюджетных
    инвестиций", "Иностранные инвестиции") is that source's part, not the total cost, however many of
    the total's words it uses; what follows "в том числе" is the breakdown of a total and changes nothing."""
    total = hits.get("total_cost_mln")
    if total is None:
        return hits
    said = [t for t in child.tokens if not t.remark and not t.qualifier]
    cut = next((i for i, t in enumerate(said) if t.stem == _INCLUDING), len(said))
    if not any(t.word not in total.matched and (t.word.startswith(SOURCE_KINDS) or _source_word(t))
               for t in said[:cut] if is_adjective(t.word) or t.word.isascii()):
        return hits
    return {**hits, "total_cost_mln": Hit(total.key, round(total.score * FOREIGN_FACTOR, 4), total.phrase,
                                          total.matched)}


MONEY_HEADS = ("средств", "вложен", "fund", "money")
# Owners whose money is public, a budget's: a university's, an institution's, a public partner's.
PUBLIC_OWNERS = (*SOURCE_KINDS, "публичн", "университет", "вуз", "учреждени", "администрац", "министерств",
                 "ведомств", "universit")
OWNED = 0.8  # the score of a company's money as extra-budgetary


def _owned(hits: dict[str, Hit], child: Words) -> dict[str, Hit]:
    """Money of an organisation ("Средства предприятия", "Средства юридических лиц", "Company funds") is
    extra-budgetary: the company's own, not the organisation's column; a public body's is not."""
    said = [t for t in child.tokens if not t.remark and not t.qualifier]
    english = bool(said) and all(t.word.isascii() for t in said)
    if len(said) < 2 or not (said[-1] if english else said[0]).stem.startswith(MONEY_HEADS):
        return hits
    rest = said[:-1] if english else said[1:]
    if any(t.word.startswith(PUBLIC_OWNERS) or _covers(t) & SOURCE_FIELDS for t in rest):
        return hits  # "Средства публичного партнера", "Средства федерального бюджета": their own fields
    owner = [t for t in rest if "lead_organization" in _covers(t)]
    if not owner or not all(t in owner or is_adjective(t.word) for t in rest):
        return hits
    out = {**hits, "lead_organization": step_back(hits["lead_organization"])} if "lead_organization" in hits \
        else dict(hits)
    own = out.get("extra_budgetary_mln")
    if own is None or own.score < OWNED:
        out["extra_budgetary_mln"] = Hit("extra_budgetary_mln", OWNED, "собственные средства",
                                         tuple(t.word for t in said))
    return out


def _source_word(token: Token) -> bool:
    """A word of a source's phrases and of none of the total's ("частных", "private"; not "funding")."""
    covers = _covers(token)
    return bool(covers & SOURCE_FIELDS) and "total_cost_mln" not in covers


def _narrowing(token: Token, following: Sequence[Token]) -> float:
    """The cost of an adjective the vocabulary does not know ("подробное описание", "полная стоимость"):
    it narrows the noun after it and does not change what the column is about as an unknown noun does.
    Where other words say what the column is about, it weighs at most half the noun it narrows ("описание
    стратегического проекта"); alone with its noun it may change it ("Связанные проекты"). An adjective of
    plan or fact ("Планируемый бюджет", "Плановая дата ввода") says which side, never what: it costs less."""
    if is_adjective(token.word) and _aspect_mark(token):
        return ASPECT_COST
    if not is_adjective(token.word) or _INDEX.meet(token.stem):
        return 1.0
    if not following:
        return ADJECTIVE_COST
    return min(ADJECTIVE_COST, ADJECTIVE_COST * _INDEX.weight(following[0]) / _INDEX.weight(token))


_SPECIFIER = re.compile(r"^\s*([^\W\d_]{4,})\s*-\s*([^\W\d_]{4,})\b|\(([^()]*)\)|\sпо\s+([^\W\d_]{4,})\s*$")
SPECIFIES = 0.9  # how clearly a remark or a compound's second word must name a field alone to specify it


def _specified(hits: dict[str, Hit], child: str) -> dict[str, Hit]:
    """A short remark, the second word of a hyphenated compound or a closing "по …" that alone names another
    field the header also reads as says which of the two it is: "Статус (светофор)", "Статус-светофор" and
    "Статус по светофору" are the RAG."""
    best = max(hits.values(), key=lambda h: h.score, default=None)
    if best is None:
        return hits
    for found in _SPECIFIER.finditer(child):
        compound, spec = found.group(1), (found.group(2) or found.group(3) or found.group(4) or "").strip()
        if compound and _names_no_field(compound):
            continue  # "extra-budget": one word written in two, not a field said twice
        said = words(spec)
        if (not spec or len(spec.split()) > 2 or spec == child.strip() or lone_naming(said)
                or all(_generic(tk) for tk in said.tokens)):
            continue  # "Кластер (наименование)": the name of the cluster; "Стоимость по проекту": of the project
        named = read_header(spec).best()
        if named is None or named.score < SPECIFIES or named.key == best.key or named.key not in hits:
            continue
        out = {k: (step_back(h) if k == best.key else h) for k, h in hits.items()}
        out[named.key] = Hit(named.key, best.score, hits[named.key].phrase, hits[named.key].matched)
        return out
    return hits


def _names_no_field(word: str) -> bool:
    named = read_header(word).best()
    return named is None or named.score < SPECIFIES


def _its_own(key: str, token: Token) -> bool:
    """Whether a word is one of the field's phrases' (a slip included), or says plan or fact."""
    return key in _covers(token) or _aspect_mark(token)  # every whole plan/fact word starts with a mark


def _generic(token: Token) -> bool:
    return _INDEX.is_generic(token.stem)


def _aspect_mark(token: Token) -> bool:
    return any(token.word.startswith(m) for m in ASPECT_MARKS.values())


@lru_cache(maxsize=8192)
def _covers(token: Token) -> frozenset[str]:
    """The fields whose vocabulary has a word `token` meets (a variant field's base's words too)."""
    keys = {k for s, _how in _INDEX.meet_token(token) for k in _INDEX.keys_of[s]}
    return frozenset(keys | {v.key for v in _VARIANTS if v.variant_of in keys})


def _marked(hits: dict[str, Hit], stems: list[str]) -> dict[str, Hit]:
    """A header that reads as a base field and carries a variant's mark reads as the variant (at the base's
    strength where that is higher), and the base steps back."""
    out = dict(hits)
    for variant in _VARIANTS:
        base = out.get(variant.variant_of or "")
        if base is None or not any(s.startswith(variant.marks) for s in stems):
            continue
        own = out.get(variant.key)
        if own is None or own.score < base.score:
            out[variant.key] = Hit(variant.key, base.score, base.phrase, base.matched)
        out[base.key] = Hit(base.key, round(base.score * OTHER_ASPECT, 4), base.phrase, base.matched)
    return out


def _listed_terms(child: str) -> dict[str, Hit]:
    """A remark that lists two or more terms of one vocabulary ("(индустриальный парк, технопарк)",
    "(green / amber / red)") names that vocabulary's field."""
    out: dict[str, Hit] = {}
    for remark in PAREN.findall(child):
        items = [i.strip() for i in _LIST_SEPARATOR.split(remark) if i.strip()]
        if len(items) < 2:
            continue
        listed = {f.key: [i for i in items if match_value(f.vocabulary or "", i).key is not None]
                  for f in _VOCAB_FIELDS}
        most = max(len(known) for known in listed.values())
        for key, known in listed.items():
            if len(known) >= 2 and len(known) * 2 >= len(items):
                # a field whose terms are fewer of those listed than another's is less likely the one
                score = round(LISTED_TERMS * (len(known) / most) ** 0.5, 4)
                out[key] = Hit(key, score, f"({', '.join(known)})", tuple(known))
    return out


def _listed_decides(hits: dict[str, Hit], listed: dict[str, Hit]) -> dict[str, Hit]:
    """The one vocabulary field whose terms are all a remark lists says what the cells hold, whatever the
    words before it name ("Риск-статус (зеленый / желтый / красный)" holds colours, not stages); another
    vocabulary field that knows none of them steps back."""
    whole = [k for k, h in listed.items() if h.score >= LISTED_TERMS]
    if len(whole) != 1:
        return hits
    out = {k: (step_back(h) if k not in listed and catalogue.field(k).vocabulary else h) for k, h in hits.items()}
    key = whole[0]
    if out.get(key, _NO_HIT).score < LISTED_TERMS:
        out[key] = listed[key]
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
    if any(t.stem.startswith(DERIVED) for t in child.tokens if not t.remark):
        return message("why.change")
    return None


def _kind_factor(kind: str, money: bool, count: bool, child: Words, *, asks: bool = False,
                 naming: bool = False) -> float:
    """How far the header's units and remarks agree with a field's kind."""
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
    if kind == catalogue.MONEY and child.running:
        return FOREIGN_FACTOR
    # "Количество резидентов", "Число участников": a header that opens with a count counts things.
    if kind != catalogue.COUNT and said and said[0].stem.startswith(COUNT_HEADS):
        return 0.5
    # "Сумма …", "Объем …", "Amount of …": a header that opens with an amount counts money or things.
    if kind not in _NUMERIC and said and said[0].stem.startswith(AMOUNT_HEADS):
        return 0.5
    # A date word in a remark says the period a figure covers ("(start to end date)"), not that it is a date.
    # A period after "на", "за" is the figure's circumstance ("план на период реализации"), not its kind.
    if kind != catalogue.DATE and (child.date_format or any(t.stem.startswith(DATE_STEMS) for t in said
                                                            if not t.remark and not t.qualifier)):
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

