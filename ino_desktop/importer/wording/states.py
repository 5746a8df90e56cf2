"""What a status or RAG cell may say besides its state, and that leaves the state unknown or turns it round:
a negation or a reversal («Отставания нет», «Отставание устранено»), an end other than the four statuses
(cancelled, terminated), done in part or one stage done, what was or will be, a change, a degree or a
deviation. `values` refuses such a cell with a note instead of reading it by its state word.
"""

from __future__ import annotations

import re

from ino_desktop.importer.wording.phrases import Hit, PhraseIndex, Weighted
from ino_desktop.reference import fold

# How a project keeps to its dates ("просрочено", "с опозданием", "behind schedule") is its RAG; beside a
# status it says nothing of which status ("В работе, просрочено" is in progress).
SCHEDULE = frozenset({"просроч", "опоздан", "отставан", "график", "overdu", "delay", "late", "schedul", "срок"})
# "Новый" alone is a tracker's word for work not begun; beside another word it only qualifies it ("Новый этап
# реализации", "Новое строительство").
QUALIFYING_STATUS = frozenset({"нов", "new"})
# A project cancelled, terminated or struck off has no status of the programme's four: such a cell is
# refused with a note, whatever else it says ("Closed - cancelled" is not completed).
ENDED_OTHERWISE = ("отмен", "прекращ", "аннулир", "исключ", "расторг", "отозва", "cancel", "termin", "abandon",
                   "withdrawn", "scrapp", "drop")
# Refused ("Идея отклонена", "Application rejected"): no project goes on, whatever stage the cell names.
REJECTED = frozenset({"отклонен", "отклонена", "отклонено", "отклонены", "отказано", "rejected", "declined",
                      "refused"})
_CAMEL = re.compile(r"([a-zа-яё])([A-ZА-ЯЁ])")
# "нет" closes a phrase as often as it opens one ("Отставания нет", "Завершён: нет"). A problem removed
# ("Отставание устранено", "Hold lifted") turns its term round just as a negation does.
_REVERSAL = (r"\bустранен|\bустранён|\bликвидирова|\bпредотвращ|\bснят|\blifted|\bresolved"
             r"|\bвозобновлен|\bвозобновлён|\bresumed|\bисключен|\bисключён")
_REVERSES = re.compile(_REVERSAL)
_NEGATION = re.compile(r"(?:^|[\s(«\"'])(?:не|ни|нет|без|not|non|no|without)(?=[\s\-:?!.,;)]|$)|\bотсутству|"
                       + _REVERSAL)
# What makes "completed" only part of the way ("Почти завершён", "Завершён на 90%", "3 из 5", "частично"): no
# status of its own. A stage or a part done ("Завершён 1 этап", "Проектирование завершено") is not the
# project done. Stems.
PARTIAL = re.compile(r"\bчастичн|\bpartial|\bpartly|\bпочти\b|\bпрактически\b|\bnearly\b|\balmost\b"
                     r"|\bsubstantially\b|\bmostly\b|\d\s*%|\d+\s+(?:из|of)\s+\d+")
STAGE_PARTS = ("этап", "стад", "фаз", "очеред", "phase", "stage", "част", "пусков", "проектирован", "планирован",
               "design", "planning")
FINISHING = ("заверш", "выполн", "оконч", "законч", "реализова", "исполн", "сдан", "complet", "finish", "done",
             "implemented", "delivered", "closed")
# A colour or a state that was, that is forecast or that was changed is not the state now ("Было: красный",
# "Прогноз: красный", "Красный, снижен до жёлтого"); nor is a future event ("Планируется ввод в эксплуатацию",
# "Scheduled for completion") the state it will bring.
NOT_NOW = ("был", "прогноз", "forecast", "снижен", "повышен", "изменен", "исправлен", "changed", "downgrad",
           "upgrad", "previous", "ранее")
FUTURE = ("планир", "заплан", "намеч", "предстои", "schedul", "plann", "expect")
# A state said in the future tense ("Будет возобновлена", "To be resumed", «Завершится в 2027 г.»): not the state now
_WILL = re.compile(r"\b(?:будет|будут|will|to\s+be)\b"
                   r"|\b(?:заверш|законч|начн|возобнов|приостанов)(?:ится|ятся|ется|ются|ит|ят|ет|ут|ат)\b")
# How big a deviation is, or a risk beside its level ("Незначительное отставание", "Риск ниже среднего"),
# moves the colour by a step no spelling says; a deviation is never green.
DEGREE = ("незначительн", "небольш", "минимальн", "значительн", "сильн", "slight", "minor", "major", "ниже", "выше",
          "below", "above")
DEVIATION = ("отклонен", "deviat", "varianc")
RESUMING = ("возобновлени", "resumpt", "restart", "перезапуск")


# Reasons that end a project ("в связи с отказом инвестора", "due to insolvency"), beside the words that say it
ENDING_REASONS = ("отказ", "банкрот", "ликвидац", "lack", "insolven")


def ended_otherwise(text: str, reason: bool = False) -> bool:
    """Whether a text says a project cancelled, struck off or withdrawn (`reason`: or a reason that ends it)."""
    ends = ENDED_OTHERWISE + ENDING_REASONS if reason else ENDED_OTHERWISE
    return any(w.startswith(ends) for w in re.findall(r"[a-zа-яё]+", fold(text)))


def reverses(text: str) -> bool:
    """Whether a text says a problem removed or a pause lifted."""
    return _REVERSES.search(text) is not None


_NOT = re.compile(r"(?:^|(?<=\s))(?:не|not)\s+")


def unnegated(text: str) -> str:
    """A clause with its plain "не"/"not" taken out: "не вышел на мощность" → "вышел на мощность"."""
    return _NOT.sub("", text)


def negated(text: str) -> bool:
    return _NEGATION.search(fold(_CAMEL.sub(r"\1 \2", text))) is not None  # "NotStarted" too


def says_more_than_a_state(vocabulary: str, folded: str, words: list[Weighted], index: PhraseIndex) -> bool:
    """Whether a status or RAG cell says something that leaves its state unknown: ended otherwise, done in
    part, what was or will be, a change, a degree, a pause to be lifted; a cell that says none of these is
    read for its term."""
    said = [w.token.word for w in words]  # word beginnings, not stems: "снижен" and "снижение" stem alike
    if vocabulary == "status" and any(w.token.stem.startswith(ENDED_OTHERWISE + RESUMING)
                                      or w.token.word in REJECTED for w in words):
        return True  # "Resumption planned": paused now, whatever else the cell says
    if vocabulary in ("status", "rag") and any(s.startswith(NOT_NOW) for s in said):
        return True
    if vocabulary == "rag" and not negated(folded) and any(s.startswith(DEGREE + DEVIATION) for s in said):
        return True  # "без отклонений" is green
    if vocabulary == "status" and _WILL.search(re.split(r"[,;(]", folded, maxsplit=1)[0]):
        return True  # (a future after the state only dates it: «Реализуется (завершится в 2026 г.)»)
    if vocabulary == "status" and any(s.startswith(FUTURE) for s in said):
        # "Планируется" alone is planned; beside another status's words it only dates that status.
        others = {k for w in words if not w.token.word.startswith(FUTURE) and not index.is_generic(w.token.stem)
                  for s, _how in index.meet_token(w.token) for k in index.keys_of[s]}
        return bool(others - {"planned"})
    return False


LATE = ("просроч", "опоздан", "отставан", "срыв", "overdu", "delay", "late", "behind", "slipp")


def late_but_green(vocabulary: str, best: Hit, folded: str, words: list[Weighted]) -> bool:
    """Whether a cell read as green also says the work is late ("Green (delayed)", "Зелёный, отставание")."""
    return (vocabulary == "rag" and best.key == "green" and not negated(folded)
            and any(w.token.word.startswith(LATE) for w in words))


# What makes a cell read as completed something else: one numbered phase ("1 очередь", "Phase 1"); an event of
# completion still under way ("В стадии ввода в эксплуатацию", "Under commissioning"); a date to come ("Ввод в
# 2027 году"); another thing finished ("Конкурс завершён", "Сдан на экспертизу"); closed early or refused.
PARTS = ("очеред", "пусков")
ORDINALS = ("перв", "втор", "трет", "четверт", "first", "second", "third")
COMPLETION_EVENTS = ("ввод", "выход", "закрыти", "commissioning", "closur", "closing", "handover")
UNDER_WAY = ("стад", "этап", "фаз", "phase", "stage", "ид", "ведет", "ведут", "осуществля", "проводит", "процесс",
             "продолжа", "under", "ongoing")
OTHER_THINGS = ("эксперт", "конкурс", "тендер", "аукцион", "закупк", "документац", "procurement", "tender", "review",
                "appraisal", "design")
CLOSED = ("закрыт", "closed")
CLOSED_OTHERWISE = ("досрочн", "отказ", "early", "refus")
_YEAR = re.compile(r"\b(20\d\d)\b")
_LIST_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s*")


def completed_otherwise(vocabulary: str, best: Hit, folded: str, words: list[Weighted], this_year: int) -> bool:
    """Whether a cell read as completed says a phase, an event under way, a date to come, another thing
    finished, or a closing that is no completion."""
    if vocabulary != "status" or best.key != "completed":
        return False
    said = [w.token.word for w in words]
    stage = any(w.startswith(STAGE_PARTS) for w in said)
    # a number says which part, but a list's own "1." before the cell does not
    numbered = bool(re.search(r"\d", _LIST_NUMBER.sub("", folded))) or any(w.startswith(ORDINALS) for w in said)
    if any(w.startswith(PARTS) for w in said) or (stage and numbered):
        return True
    if any(w.startswith(COMPLETION_EVENTS) for w in said) and any(w.startswith(UNDER_WAY) for w in said):
        return True
    if any(int(y) > this_year for y in _YEAR.findall(folded)):
        return True
    if any(w.startswith(OTHER_THINGS) for w in said):
        return True
    return any(w.startswith(CLOSED) for w in said) and any(w.startswith(CLOSED_OTHERWISE) for w in said)


def part_done(vocabulary: str, best: Hit, folded: str, words: list[Weighted]) -> bool:
    """Whether a cell read as completed says that only a stage or a part of the project is done, or done only
    part of the way."""
    if vocabulary != "status" or best.key != "completed":
        return False
    # A stage word beside a word of finishing is the stage finished; beside the stage the project is at
    # ("Стадия эксплуатации") it only names that stage.
    finished = any(w.startswith(FINISHING) for w in best.matched)
    return PARTIAL.search(folded) is not None or (finished and any(
        w.token.stem.startswith(STAGE_PARTS) and w.token.word not in best.matched for w in words))
