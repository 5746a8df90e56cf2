"""Column headers → canonical fields: a caller's profile first, then synonyms, then fuzzy matching.

Headers are compared in a normal form (lower case, ё→е, units and punctuation removed), so
"Стоимость проекта, тыс. руб." and "стоимость проекта" meet. A two-level header "top / sub" is tried
as a whole, then as its sub-header, then as its top. Fuzzy matches (rapidfuzz) carry their score as
`confidence`; a field is given to one column only, the most confident.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz, process

from ino_desktop.importer.limits import column_letter
from ino_desktop.importer.rows import ColumnMapping, Profile
from ino_desktop.importer.values import unit_factor
from ino_desktop.reference import fold
from ino_desktop.rules import MONEY_FIELDS

FUZZY_THRESHOLD = 86.0  # below this a header is left unmapped rather than guessed

SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": ("код", "код проекта", "шифр", "шифр проекта", "идентификатор", "идентификатор проекта",
             "номер проекта", "№ проекта", "регистрационный номер", "code", "project code", "project id", "id"),
    "name": ("наименование", "наименование проекта", "название", "название проекта", "проект",
             "наименование инвестиционного проекта", "наименование инновационного проекта",
             "project", "project name", "project title", "name", "title"),
    "name_en": ("наименование на английском", "название на английском", "наименование англ",
                "английское наименование", "name en", "english name", "name in english", "english title"),
    "category": ("категория", "категория проекта", "тип проекта", "вид проекта", "category",
                 "project category", "project type"),
    "cluster": ("кластер", "инновационный кластер", "территориальный кластер", "кластер ино",
                "cluster", "innovation cluster"),
    "work_area": ("направление", "направление работы", "направление дорожной карты", "направление деятельности",
                  "направление развития", "сфера", "work area", "area", "workstream", "direction"),
    "territory_type": ("тип территории", "тип парка", "парк", "тип площадки", "territory type", "park type",
                       "park"),
    "location": ("место реализации", "местоположение", "место", "муниципальное образование", "муниципалитет",
                 "территория реализации", "город", "город район", "location", "municipality", "site", "place"),
    "lead_organization": ("ответственная организация", "ответственный исполнитель", "исполнитель",
                          "инициатор", "инициатор проекта", "организация", "ведущая организация",
                          "организация инициатор", "заявитель", "lead organization", "lead organisation",
                          "organization", "organisation", "initiator", "project initiator", "lead"),
    "status": ("статус", "статус проекта", "статус реализации", "состояние", "стадия", "стадия реализации", "status",
               "project status", "stage"),
    "rag": ("rag", "rag статус", "оценка", "риск", "уровень риска", "светофор", "цвет",
            "оценка реализации", "delivery confidence", "confidence", "rag status"),
    "start_date": ("дата начала", "начало", "начало реализации", "срок начала", "год начала",
                   "дата начала реализации", "start", "start date", "started", "begin"),
    "end_date": ("дата окончания", "окончание", "завершение", "дата завершения", "срок окончания",
                 "срок завершения", "год окончания", "год завершения", "окончание реализации",
                 "срок реализации окончание", "end", "end date", "completion", "completion date", "finish",
                 "due"),
    "total_cost_mln": ("стоимость", "стоимость проекта", "общая стоимость", "всего", "итого стоимость",
                       "объем финансирования", "объем финансирования всего", "бюджет проекта",
                       "объем инвестиций", "инвестиции", "сумма", "budget", "total cost", "cost",
                       "project cost", "total budget", "total"),
    "federal_budget_mln": ("федеральный бюджет", "средства федерального бюджета", "федеральные средства",
                           "фб", "federal budget", "federal", "federal funding"),
    "regional_budget_mln": ("областной бюджет", "региональный бюджет", "бюджет субъекта",
                            "средства областного бюджета", "бюджет томской области", "об",
                            "regional budget", "regional", "regional funding"),
    "extra_budgetary_mln": ("внебюджетные источники", "внебюджетные средства", "в т ч внебюджетные средства",
                            "внебюджетные", "внебюджетное финансирование", "частные инвестиции",
                            "private funding", "extra budgetary", "extra budgetary funds", "private",
                            "private investment"),
    "extra_budgetary_confirmed_mln": ("подтвержденные", "в т ч подтвержденные",
                                      "подтвержденные внебюджетные", "подтвержденные внебюджетные средства",
                                      "в т ч подтвержденные внебюджетные средства",
                                      "в т ч подтвержденные внебюджетные", "confirmed", "confirmed funding",
                                      "confirmed private funding", "confirmed extra budgetary"),
    "jobs_planned": ("рабочие места план", "рабочие места", "количество рабочих мест", "рабочих мест план",
                     "высокопроизводительные рабочие места план", "создание рабочих мест план",
                     "jobs plan", "jobs planned", "planned jobs", "jobs"),
    "jobs_created": ("рабочие места создано", "рабочие места факт", "создано рабочих мест",
                     "рабочих мест создано", "рабочие места фактически", "jobs created", "jobs actual",
                     "jobs created actual", "created jobs"),
    "problems": ("проблемные вопросы", "проблемы", "проблемы и риски", "риски и проблемы", "problems",
                 "issues", "problems and risks"),
    "decisions_requested": ("решения", "необходимые решения", "требуемые решения", "предложения",
                            "решения требуемые на федеральном уровне", "решения федерального уровня",
                            "предложения по решению", "decisions requested", "decisions", "requested decisions"),
    "curator": ("куратор", "куратор проекта", "ответственный куратор", "curator", "project curator"),
}

FIELDS: tuple[str, ...] = tuple(SYNONYMS)

_UNITS = re.compile(r"\(?\s*(?:в\s+)?(?:тыс\.?|тысяч|млн\.?|млрд\.?|миллионов|миллиардов)?\s*"
                    r"(?:руб(?:лей)?\.?|рублей|rub|rur|₽)\s*(?:bn|m|mn|mln|k|'000|billion|million|thousand)?"
                    r"\s*\)?|\b(?:ед|чел|шт)\.?(?=\s|$|\))|\((?:bn|m|mln|billion|million|thousand)\)")
_NON_WORD = re.compile(r"[^\w№]+")


def normalise(header: str) -> str:
    """The compare form of a header: folded, units and punctuation gone, single spaces."""
    s = fold(header)
    s = _UNITS.sub(" ", s)
    s = _NON_WORD.sub(" ", s).replace("_", " ")
    return " ".join(s.split())


_EXACT: dict[str, str] = {normalise(s): f for f, spellings in SYNONYMS.items() for s in spellings}
_CHOICES: list[str] = list(_EXACT)


def _candidates(header: str) -> list[str]:
    parts = [p for p in header.split(" / ") if p.strip()]
    forms = [" ".join(parts)]
    if len(parts) > 1:
        forms += [parts[-1], parts[0]]
    return [n for n in (normalise(f) for f in forms) if n]


@lru_cache(maxsize=8192)
def match_header(header: str) -> tuple[str | None, float, str]:
    """(field, confidence, how) for one header text, without a profile."""
    forms = _candidates(header[:300])
    for form in forms:
        if form in _EXACT:
            return _EXACT[form], 1.0, "synonym"
    best: tuple[str | None, float] = (None, 0.0)
    for form in forms[:1]:
        if len(form) < 4:
            continue
        found = process.extractOne(form, _CHOICES, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
        found_sorted = process.extractOne(form, _CHOICES, scorer=fuzz.token_sort_ratio,
                                          score_cutoff=FUZZY_THRESHOLD + 4)
        for hit in (found, found_sorted):
            if hit and hit[1] > best[1] * 100:
                best = (_EXACT[hit[0]], hit[1] / 100)
    if best[0]:
        return best[0], round(best[1], 3), "fuzzy"
    return None, 0.0, "unmapped"


def map_columns(headers: Sequence[str], profile: Profile | None = None,
                title_unit: float | None = None) -> tuple[list[ColumnMapping], list[str]]:
    """A mapping for every column with a header, and notes about columns left out (duplicates)."""
    profile_columns = {fold(k): v for k, v in (profile.columns if profile else {}).items()}
    mappings: list[ColumnMapping] = []
    for index, header in enumerate(headers):
        if not header:
            continue
        key = fold(header)
        if key in profile_columns:
            target = profile_columns[key]
            field, confidence, how = target, 1.0, "profile"
        else:
            field, confidence, how = match_header(header)
        mapping = ColumnMapping(index, column_letter(index), header, field, confidence, how)
        if field in MONEY_FIELDS:
            mapping.unit_factor = unit_factor(header) or title_unit or 1.0
        mappings.append(mapping)
    return mappings, _resolve_duplicates(mappings)


def _resolve_duplicates(mappings: list[ColumnMapping]) -> list[str]:
    """Keep each field on its most confident column (the first on a tie); unmap the others."""
    notes: list[str] = []
    by_field: dict[str, ColumnMapping] = {}
    for m in mappings:
        if m.field is None:
            continue
        kept = by_field.get(m.field)
        if kept is None:
            by_field[m.field] = m
            continue
        loser = m if m.confidence <= kept.confidence else kept
        winner = kept if loser is m else m
        by_field[m.field] = winner
        notes.append(f"column {loser.letter} '{loser.header}' also looks like {m.field} (as column "
                     f"{winner.letter} '{winner.header}'); it was ignored")
        loser.field, loser.how, loser.confidence, loser.unit_factor = None, "unmapped", 0.0, 1.0
    return notes
