"""What a header's remarks and its opening word say beside its phrases: a description of the project is its
description, a one-noun remark beside a header named in full offers another object without replacing it,
and a remark that lists one vocabulary's terms ("(зелёный / жёлтый / красный)") says what the cells hold."""

from __future__ import annotations

import re

from ino_desktop import fields as catalogue
from ino_desktop.importer.wording.heads import english, head_and_object, is_adjective, noun, step_back
from ino_desktop.importer.wording.normal import PAREN, Words, stem
from ino_desktop.importer.wording.phrases import NO_HIT, Hit
from ino_desktop.importer.wording.values import match_value
from ino_desktop.importer.wording.vocabulary import covers

LISTED_TERMS = 0.85  # the score of the field whose terms a header's remark lists
_LIST_SEPARATOR = re.compile(r"[,;/]| или | or |\s[-–—]\s", re.IGNORECASE)
_VOCAB_FIELDS = tuple(f for f in catalogue.IMPORTABLE if f.vocabulary)


DESCRIBING = frozenset(stem(w) for w in ("описание", "description"))
DESCRIBED = 0.9
OWN_TEXT = frozenset({"problems", "decisions_requested"})  # fields whose subject a description may be
# What a project's description describes: the project or its object, its idea, business, technology, product.
DESCRIBED_THINGS = ("проект", "объект", "инвестпроект", "иде", "бизнес", "технолог", "продукц", "мероприят",
                    "project", "idea", "business", "technolog", "product", "scheme", "initiative")
LANGUAGE_MARKS = ("англ", "english", "латин", "latin")


def described(hits: dict[str, Hit], child: Words) -> dict[str, Hit]:
    """A header that opens with "описание" describes the thing after it: the problems' ("Описание проблем")
    are the problems; the project's, its idea's, its technology's or its resident's project are its
    description, however rare the words ("Описание бизнес идеи")."""
    core = [t for t in child.tokens if not t.remark and not t.qualifier]
    lead = next((i for i, t in enumerate(core) if not is_adjective(t.word)), None)  # "Краткое описание …"
    if lead is None or core[lead].stem not in DESCRIBING or any(t.word.startswith(LANGUAGE_MARKS)
                                                                 for t in child.tokens):
        return hits  # a description in English is no field of its own
    thing = next((t for t in core[lead + 1:] if not is_adjective(t.word)), None)
    if thing is not None and covers(thing) & OWN_TEXT:
        # "Краткое описание риска", "Описание проблем": the problems described, no description of the project
        return {k: (step_back(h) if k == "description" else h) for k, h in hits.items()}
    if thing is None or not thing.word.startswith(DESCRIBED_THINGS):
        return hits  # "Проблемные вопросы / описание", "Описание льготы": of what the rest says
    out = {k: (h if k == "description" else step_back(h)) for k, h in hits.items()}
    own = out.get("description")
    if own is None or own.score < DESCRIBED:
        out["description"] = Hit("description", DESCRIBED, "описание", (core[0].word,))
    return out


REMARK_YIELDS = 0.9  # a field a remark leads to, against the one the words before it name in full


def remark_yields(hits: dict[str, Hit], child: Words) -> dict[str, Hit]:
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


def listed_terms(child: str) -> dict[str, Hit]:
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


def listed_decides(hits: dict[str, Hit], listed: dict[str, Hit]) -> dict[str, Hit]:
    """The one vocabulary field whose terms are all a remark lists says what the cells hold, whatever the
    words before it name ("Риск-статус (зеленый / желтый / красный)" holds colours, not stages); another
    vocabulary field that knows none of them steps back."""
    whole = [k for k, h in listed.items() if h.score >= LISTED_TERMS]
    if len(whole) != 1:
        return hits
    out = {k: (step_back(h) if k not in listed and catalogue.field(k).vocabulary else h) for k, h in hits.items()}
    key = whole[0]
    if out.get(key, NO_HIT).score < LISTED_TERMS:
        out[key] = listed[key]
    return out
