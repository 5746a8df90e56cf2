"""Which word a header is about: its head, and what a naming or numbering head names.

A Russian header puts its subject first and the complements after it: "Статус объекта" is a status,
"Инвестор объекта" an investor, "Наименование инвестора" the investor's name, "Номер разрешения" a
permit's number. An English header puts its subject last: "Project Manager name", "Cost Variance"; but
"Name of the project", "ID проекта" name first. So:

- a header headed by a name word ("наименование", "name") names the noun after it (before it in
  English): the project when the name field's vocabulary knows that noun ("проекта", "объекта",
  "мероприятия"); otherwise it is a field that holds names of that thing (an organisation,
  a place, a person, a cluster) or no field at all ("Client Name");
- a header headed by a number word ("номер", "код", "ID") numbers the noun after it: the project's code
  only when the code field's vocabulary knows that noun ("номер разрешения" is not a project's code);
- a header headed by a kind word ("вид", "тип", "type") is the kind of the noun after it: a category
  or a territory type where that field's vocabulary knows the noun ("тип парка"), else no field
  ("виды конечной продукции");
- a field that reads only the complements of a Russian header, where another field reads its head,
  steps back ("Инвестор (заказчик) объекта" is not the object's name).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rapidfuzz import fuzz

from ino_desktop import fields as catalogue
from ino_desktop.importer.wording.normal import Token, Words, stem
from ino_desktop.importer.wording.phrases import Hit

NAMING = frozenset(stem(w) for w in ("наименование", "название", "name", "title"))
NUMBERING = frozenset(stem(w) for w in ("номер", "код", "шифр", "идентификатор", "id", "number", "code"))
KINDING = frozenset(stem(w) for w in ("вид", "виды", "тип", "типы", "категория", "класс", "type", "kind", "category",
                                      "class"))
# Fields whose values are names: of an organisation, a place, a person, a term ("Название кластера").
NAME_KINDS = frozenset({catalogue.ORG, catalogue.PLACE, catalogue.PERSON, catalogue.VOCAB})
MEASURES = frozenset(stem(w) for w in ("количество", "число", "численность", "размер"))
PROJECT = frozenset(stem(w) for w in ("проект", "project", "мероприятие", "объект", "стройка"))
OWNERS = frozenset({"lead_organization", "curator", "location"})  # whose a number may be, other than the project's
RECORDS = ("паспорт", "карточк", "запис", "record", "passport")  # a project's own records in a register
# A fund keeps the projects it supports by the number of their application ("№ заявки ФРП", "Application ID").
APPLICATIONS = ("заявк", "application")  # not "applicant": a company's
APPLIED_TO = ("конкурсн", "инвестиционн", "проектн")  # a project's application, to a competition or for investment
SELECTIONS = ("конкурс", "отбор", "участи", "competition", "call", "selection")  # what a project applies to
NUMBER_KINDS = ("регистрацион", "порядков", "уникальн", "registration", "ref", "unique")  # which number it is
# The development institutions that number the projects they fund by the application (as their registers do)
FUNDERS = frozenset({"фрп", "фси", "фпи", "рффи", "рнф", "вэб", "вэбрф", "мсп", "рэц", "фрм", "фрии", "фонда", "фонд",
                     "frp", "fsi", "veb", "fund"})
# The project named in the nominative as a header's first word ("Проект резидента"; "проекта" is whose).
PROJECT_ITSELF = frozenset({"проект", "проекты", "мероприятие", "мероприятия"})
# The programme's own name: what it numbers or names is its project.
OWN_PROGRAMME = frozenset({"ино", "ino"})
# Where a number is kept, not whose it is: "Registry ID", "Номер в реестре", "Реестровый номер".
REGISTERS = ("реестр", "registr", "register")
# A "национальный проект" is a programme the project belongs to, not the project. (A "федеральный проект"
# may be the row itself, in a register of them.)
PROGRAMME_LEVEL = ("национальн", "national")
IDENTITY = frozenset(f.key for f in catalogue.IMPORTABLE if f.identifies)
TYPO_RATIO = 80
COMPLEMENT_ONLY = 0.6  # what a field that reads only a header's complements keeps of its score
# Russian adjective and participle endings: such a word describes the noun after it and is not the head.
# nouns in -ание, -ение, -тие, -ствие, and their genitive plural ("образований", "мероприятий")
_VERBAL_NOUN = re.compile(r"(?:(?:ани|ени|яни|ти|стви)е|аний|ений|яний|ятий|итий|ствий)$")
# Nouns in -ий after a letter no adjective puts there: "комментарий", "критерий", "инвестиций", "условий"
_NOUN_IN_II = re.compile(r"[рцлвсмпдбзф]ий$")
_ADJECTIVE = re.compile(r"(ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|ых|их|ую|юю|ыми|ими)$")

Covers = Callable[[Token], frozenset[str]]  # the fields whose vocabulary a word meets


def _misspelt(word: str, of: frozenset[str]) -> bool:
    """`word` a typo of one of `of` ("проэкт"): looser than the vocabulary's typo rule, as it only keeps a
    header's reading as it is."""
    return len(word) >= 5 and any(fuzz.ratio(word, w) >= TYPO_RATIO for w in of)


def _latin(token: Token) -> bool:
    return "a" <= token.word[:1] <= "z"


def english(tokens: Sequence[Token]) -> bool:
    """A header written in English (a Russian one may carry a Latin word: "Статус actual")."""
    return bool(tokens) and all(_latin(t) for t in tokens)


def _past_participle(word: str) -> bool:
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed")


def noun(token: Token) -> bool:
    """A word that may head a header: not an adjective, not a noun in the instrumental ("подтвержденные
    соглашениями": confirmed by agreements), not a measure ("число созданных мест": the number of them)."""
    if _latin(token):
        return True
    return not (is_adjective(token.word) or token.word.endswith(("ами", "ями")) or token.stem in MEASURES)


def is_adjective(word: str) -> bool:
    """A Russian adjective or participle by its ending ("имеющиеся" too); nouns in -ание, -ение, -тие
    ("наименование", "развитие") are not."""
    word = word[:-2] if word.endswith(("ся", "сь")) and len(word) > 5 else word
    return bool(_ADJECTIVE.search(word)) and not _VERBAL_NOUN.search(word) and not _NOUN_IN_II.search(word)


def _core(child: Words) -> list[Token]:
    """The child header's own words: no remarks in parentheses, no circumstances after на/при/для."""
    return [t for t in child.tokens if not t.remark and not t.qualifier]


def head_and_object(tokens: Sequence[Token], modifier: Callable[[Token], bool] = lambda t: False
                    ) -> tuple[list[Token], Token | None]:
    """The header's head (a word, or words joined by a hyphen: "статус-светофор") and the first noun of
    what follows it (None when nothing does). `modifier`: words that are never the head ("план", "объем")."""
    if not tokens:
        return [], None
    if english(tokens) and len(tokens) > 1 and tokens[0].stem not in NAMING | NUMBERING | KINDING:
        # English puts the head last ("Project Manager name", "cost variance"), before a past participle
        # that follows it ("decisions needed from government", "jobs created").
        end = next((i for i, t in enumerate(tokens) if i and _past_participle(t.word)
                    and (i == len(tokens) - 1 or tokens[i - 1].word.endswith("s"))), len(tokens))
        return [tokens[end - 1]], tokens[end - 2] if end > 1 else None
    at = next((i for i, t in enumerate(tokens) if noun(t) and not modifier(t)), None)
    if at is None:
        return [], None
    head = [tokens[at]]
    while tokens[at].hyphen and at + 1 < len(tokens):
        at += 1
        head.append(tokens[at])
    rest = tokens[at + 1:]  # a truncated word ("инв.") is an adjective cut short
    return head, next((t for t in rest if noun(t) and not t.truncated), None)


def numbers_application(child: Words) -> bool:
    """A header that numbers the project's application to a fund ("Номер конкурсной заявки", "№ заявки ФРП",
    "№ заявки (ФСИ)", "Application No."): the application is the project as proposed, and its number identifies
    the project. Not another thing's application (for a grant, a patent, a connection, a loan: «Номер заявки
    на грант», «Номер патентной заявки», "Loan application number"), nor a header that says more than the number
    («Номер заявки, статус»)."""
    if any(t.qualifier and not t.word.startswith(SELECTIONS) for t in child.tokens):
        return False  # «… на техприсоединение», «… на грант»: what for is another thing's (a competition is not)
    core = _core(child)
    found = next((i for i, t in enumerate(core) if t.word.startswith(APPLICATIONS)), None)
    if found is None or not any(t.stem in NUMBERING for t in core):
        return False
    thing = core[found]
    for at, token in enumerate(core):
        if at == found or token.stem in NUMBERING or token.stem in PROJECT or token.word.startswith(NUMBER_KINDS):
            continue
        if token.clause != thing.clause:
            return False  # «Номер заявки, сумма»: another figure beside it
        if at < found and not token.word.startswith(APPLIED_TO):
            return False  # «патентной», "Loan": the kind of application says it is no project's
        if at > found and token.word not in FUNDERS:
            return False  # «… ЖКХ», «… лота»: whose application, when no fund
    return True


def lone_naming(child: Words) -> bool:
    """A header level that is only a name or number word ("наименование", "№", "код")."""
    core = _core(child)
    return len(core) == 1 and core[0].stem in NAMING | NUMBERING


def about(hits: dict[str, Hit], child: Words, covers: Covers, generic: Callable[[Token], bool],
          mark: Callable[[Token], bool], *, parent: Words | None = None) -> dict[str, Hit]:
    """`hits` with the fields the header's grammar rules out dropped, and those reading only its
    complements stepped back. Never the head: `generic` words ("объем финансирования …"), plan/fact
    `mark`s ("план срок завершения"). A child that is only a name or number word ("Кластер /
    наименование") names its parent's head."""
    core = _core(child)
    head, thing = head_and_object(core, lambda t: generic(t) or mark(t))
    if thing is not None and thing.stem in OWN_PROGRAMME:
        thing = None  # "INO code", "Номер ИНО": the programme's own number of its project
    if (len(core) >= 2 and core[0].word in PROJECT_ITSELF and "name" in hits and not english(core)
            and "lead_organization" in covers(core[1])):
        # "Проект резидента", "Проект инициатора": the project, whose it is after it; the column names projects
        top = max(h.score for h in hits.values())
        return {k: (Hit(k, top, h.phrase, h.matched) if k == "name" else step_back(h)) for k, h in hits.items()}
    if thing is None and parent is not None and lone_naming(child):
        thing = next(iter(head_and_object(_core(parent), lambda t: generic(t) or mark(t))[0]), None)

    def programme(token: Token) -> bool:  # "национального проекта"
        at = core.index(token) if token in core else 0
        return at > 0 and core[at - 1].stem.startswith(PROGRAMME_LEVEL)

    def the_project(token: Token) -> bool:  # "проекта", "мероприятия", "объекта": words of a project's name
        return not programme(token) and ("name" in covers(token) or _misspelt(token.stem, PROJECT))

    # An adjective that is only part of a field's phrase does not name the field beside a noun the field
    # never uses ("Общая информация" is not the "общий объем финансирования"); one that is the whole phrase
    # does ("Курирующий заместитель").
    nouns = [t for t in core if noun(t)]
    hits = {k: h for k, h in hits.items()
            if not (all(is_adjective(w) for w in h.matched) and len(h.phrase.split()) > len(h.matched)
                    and any(k not in covers(t) for t in nouns))}
    if not head or not hits:
        return hits
    head_stems = {t.stem for t in head}
    code = hits.get("code")
    if code is not None and english(core) and head_stems & NUMBERING and not any(the_project(t) for t in core) and any(
            t.word not in code.matched and covers(t) & OWNERS for t in core[:core.index(head[0])]):
        # "Company registration number", "Applicant reg. no.": English says whose number before it
        hits = {**hits, "code": step_back(code)}
    if thing is not None and thing in core and head_stems & NUMBERING and thing.stem.startswith(REGISTERS):
        # "Registry ID", "Номер реестра проектов": the register keeps the number; whose is what follows, if said
        owners = [] if english(core) else [t for t in core[core.index(thing) + 1:] if noun(t)]
        thing = owners[0] if owners else None
        if thing is None:
            return hits
    # "Регистрационный номер паспорта инвестиционного проекта", "Номер записи о проекте": the number of the
    # project's own record identifies the project, as its name does
    if thing is not None and thing in core and head_stems & NUMBERING and thing.stem.startswith(RECORDS):
        following = next((t for t in core[core.index(thing) + 1:] if not is_adjective(t.word)), None)
        if following is not None and the_project(following):
            return hits
    if thing is not None and thing in core and the_project(thing) and head_stems & NAMING:
        # "Наименование проекта резидента": a noun after the project is whose project it is; a field that
        # reads that owner ("наименование резидента", "инициатор проекта") is a complement.
        # (English says it before: "Investment project title")
        owner = {t.word for t in (core[:core.index(thing)] if english(core) else core[core.index(thing) + 1:])}
        return {k: (step_back(h) if not catalogue.field(k).identifies and owner & set(h.matched) else h)
                for k, h in hits.items()}
    # "Наименование преобразований, стратегического проекта, мероприятия": a list of things named, the project
    # among them, names the project
    # (two items or more after the first: "Название кластера, к которому относится проект" is one clause of
    # whose, no list)
    later = {t.clause for t in core if t.clause > thing.clause and noun(t)} if thing is not None else set()
    listed = len(later) >= 2 and any(the_project(t) for t in core if t.clause in later)
    # "Наименование структурного элемента (мероприятия, проекта)": a remark whose first noun is the project
    # says which thing is named
    # (a list of two at least: "Наименование продукции (проекта)" names the product)
    remarked = [t for t in child.tokens if t.remark and noun(t)]
    listed = listed or (len({t.clause for t in remarked}) >= 2 and the_project(remarked[0])
                        and bool(head_stems & NAMING))
    if thing is not None and head_stems & (NAMING | NUMBERING | KINDING) and not the_project(thing) and not listed:
        named = covers(thing) - (IDENTITY if programme(thing) else frozenset())  # not this project's own name
        heads = frozenset().union(*(covers(t) for t in head))
        naming = bool(head_stems & NAMING)
        return {k: h for k, h in hits.items()
                if k in named and (k in heads or (naming and catalogue.field(k).kind in NAME_KINDS))}
    if any(generic(t) and noun(t) for t in core[:core.index(head[0])]) and not english(core):
        return hits  # after a generic word ("средства инициатора") the head is only a complement itself
    heads = frozenset().union(*(covers(t) for t in head))
    if heads & hits.keys():
        return {k: (h if k in heads else step_back(h)) for k, h in hits.items()}
    # A head no field knows ("Инновационность проекта"): a field that reads only the words after it, in its
    # part of the header, reads a complement ("Курирующий заместитель" and "Координатор, исполнитель" stay).
    at = core.index(head[-1])
    after = {t.word for t in core[at + 1:] if t.clause == head[-1].clause}
    return {k: (step_back(h) if set(h.matched) <= after else h) for k, h in hits.items()}


def step_back(hit: Hit) -> Hit:
    """A hit at the strength of a field that reads only a header's complements."""
    return Hit(hit.key, round(hit.score * COMPLEMENT_ONLY, 4), hit.phrase, hit.matched)
