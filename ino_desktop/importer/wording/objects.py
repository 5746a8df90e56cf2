"""What a header is about when it is not the project: another object (a contract, a meeting, a site's
rent), a status or a cost of something else, problems settled, one year's slice of money. Each of these
keeps a column out of the project's field however well its words read as that field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from ino_desktop.importer.wording.heads import NAMING, is_adjective
from ino_desktop.importer.wording.normal import Token, Words

FOREIGN_FACTOR = 0.4  # how far a header about another object than the project reads as a field of it
# Words that put a header on another object than the project (a contract, a document, a fund, the
# legal entity, retained rather than new jobs): whatever else it says, it is not the project's field.
FOREIGN = frozenset({"документ", "контракт", "договор", "соглашен", "заявк", "лиценз", "фонд", "npv", "irr",
                     "приведен", "юридическ", "сохранен", "сохраня", "модернизирова", "модернизируем",
                     "retain", "preserv", "safeguard",
                     "contract", "document", "licens", "разрешен", "permit",
                     "environment", "отчет", "местн", "мощност", "capacity",
                     "вех", "milestone", "повестк", "agenda",
                     "совещан", "meeting", "поручен", "протокол", "report", "заполнен", "актуализац", "ссылк",
                     "link", "url", "инн", "огрн", "кпп", "оквэд", "окато", "октмо", "окпд", "окпо", "окоф", "кбк",
                     "бик",
                     "кадастров", "постановлен", "егрюл", "егрн", "егрип",
                     "аренд", "rent", "распоряжен", "приказ", "субсид", "грант", "subsid", "grant", "анкет",
                     "questionnair",
                     # the owner (of the land, of the company) is no field: not the money "собственные средства"
                     "собственник",
                     # money still wanting is no money the project has ("Private funding gap", «Дефицит средств»)
                     "gap", "gaps", "shortfal", "дефиц", "недоста", "нехватк",
                     # a consolidated budget is the region's and its municipalities' together: no one source
                     "консолидирова", "consolid",
                     # an application, as «заявк» (its number alone is the project's: wording.heads)
                     "application", "applications",
                     # a ratio («… на 1 рабочее место», "per job": abbreviations make it «удельный»)
                     "удельн",
                     # a loan's repayment and maturity are the lender's dates and sums, not the project's ("End date
                     # (loan maturity)" too: a fund's lists give the loan's last day there)
                     "погашен", "repay", "repaid", "matur",
                     # an asset's book or residual value is the accounts', not what the project costs
                     "балансов", "остаточн",
                     # a threshold a programme sets ("Минимальный объем капитальных вложений") is its rule's
                     "минимальн", "minimum", "minimal"})
# …and words that do so only in the header's own text: in a remark they say whose or which («Инициатор проекта
# (учредитель)», «Собственные средства (акционеров)», «Исполнитель (подрядчик)»)
OUTSIDE_REMARKS = frozenset({
    # the owners of the company (its shareholders, founders) are not the one who carries it out
    "sharehold", "stockhold", "акционер", "учредител", "бенефициар",
    # how the project fits something ("Alignment with national priorities") is an assessment
    "align",
    # a contractor or a supplier works for the project, it does not carry it out («Подрядчик (контрагент)»)
    "подрядчик", "субподрядчик", "поставщик", "contractor", "subcontractor", "supplier",
    # …and said as an adjective or a compound («Подрядная организация», «Генподрядчик»)
    "подрядн", "субподрядн", "генподрядчик", "генподрядн",
    # the dates and sums a funder allows ("Eligible from", "Eligibility end date") are its rules'
    "elig"})
# A meeting's words are another object for every field but the decisions a project asks of one
# ("Предложения в проект протокола", "Предлагаемое поручение").
MEETING = frozenset({"поручен", "протокол", "совещан", "повестк", "meeting", "agenda"})
_INSTRUMENTAL = ("ями", "ами")


# A status or a cost is the project's when what follows its head word is the project, its object or its
# work ("Статус реализации проекта", "Стоимость строительства объекта"); of anything else ("Статус
# закупки", "Стадия банкротства", "Стоимость оборудования") it is not the project's field. Stems.
OF_WHAT_HEADS = {"status": ("статус", "стад", "этап", "состоян", "фаз", "status", "stage", "phase",
                            "state"),
                 "total_cost_mln": ("стоимост", "затрат", "cost"),
                 # "Адрес регистрации", "Место нахождения организации": the company's seat, not the site
                 "location": ("адрес", "address", "мест", "postcod", "zip"),
                 # "Руководитель организации": the company's director, not the programme's curator
                 "curator": ("руководител", "director", "owner")}  # "Risk owner": the risk's, not the project's
PROJECT_OBJECTS = ("проект", "объект", "реализац", "инвест", "строительств", "реконструкц", "создан", "работ",
                   "мероприят", "ход", "текущ", "иде", "исполнен", "выполн", "готовн", "включ", "всего", "общ", "полн",
                   "итог", "жизн", "project", "idea", "all", "includ", "implement", "construct", "scheme", "programm",
                   "whole", "life", "total", "estimat", "baselin", "overal", "deliver", "capit", "complet")
# The records a table keeps of a project (its data, its row, its entry) have a status of their own.
RECORDS = frozenset({"данные", "данных", "данным", "данными", "запись", "записи", "data", "record", "entry"})
# Parts of a project's work: its design ("Стоимость проектирования", "проектно-изыскательских работ", whose
# words begin as the project's do) and its building works (СМР): their cost or status is not the project's.
WORK_PARTS = ("проектирован", "проектно", "строительномонтажн")
# The design stage: its dates are not the project's (the building works' start and end are: "Начало СМР").
DESIGN = "проектирован"
# A stage or a phase of construction is a part of the project: its dates are not the project's ("Окончание
# этапа 1", "Срок ввода I очереди", "Phase end date"). The investment stage ("стадия") is the project's own.
STAGES = ("этап", "phase")
STAGED = frozenset({"start_date", "end_date", "total_cost_mln"})  # "Стоимость 1 этапа": a stage's cost too
# An address of the site or the land plot is the project's place too.
OWN_OBJECTS = {"location": ("площадк", "участк", "site", "place", "location", "местоположен", "размещен",
                            "производств")}


# Problems solved and decisions taken are no longer the project's problems or the decisions it asks for.
SETTLED = frozenset({"решены", "решен", "решена", "решенные", "решенных", "решенный", "принятые", "принятое",
                     "принятых", "принятый", "принято", "приняты", "устранены", "устраненные", "resolved", "adopted",
                     "taken", "closed", "made",
                     # support received or given is no longer asked for ("Меры поддержки, полученные проектом")
                     "полученные", "полученных", "полученная", "полученный", "получено", "получены",
                     "предоставленные", "предоставленных", "предоставлено", "предоставлены", "оказанные",
                     "оказанных", "оказано", "оказана", "оказанное", "оказанный", "полученное", "предоставленное",
                     "предоставленная", "предоставленный", "received", "provided", "granted"})
# A kind of status or cost that is not the project's progress or price ("Правовой статус", "Financial status").
OTHER_KINDS = ("правов", "юридическ", "финансов", "бюджет", "legal", "financ", "fund", "budget")


_YEAR = re.compile(r"(?:19|20)\d\d")


def year(word: str) -> bool:
    return _YEAR.fullmatch(word) is not None


def one_year(levels: Sequence[Words]) -> bool:
    """Whether a header names one year (and no period from one year to another)."""
    return len({t.word for level in levels for t in level.tokens if year(t.word)}) == 1


def _stage(token: Token) -> bool:
    """"этапа", "очереди", "phase" ("очередной финансовый год" is the next year, no stage)."""
    return token.stem.startswith(STAGES) or token.stem == "очеред"


def of_another(key: str, child: Words, generic: Callable[[Token], bool],
               its_own: Callable[[str, Token], bool]) -> bool:
    """Whether a status or a cost header is of another thing than the project (`its_own`: whether a word
    belongs to the field's own phrases)."""
    if key in STAGED and any(_stage(t) or t.word.startswith(DESIGN) for t in child.tokens if not t.remark):
        return True
    heads = OF_WHAT_HEADS.get(key)
    if heads is None:
        return False
    tokens = [t for t in child.tokens if not t.remark and not t.qualifier]
    at = next((i for i, t in enumerate(tokens) if t.stem.startswith(heads)), None)
    if at is None:
        return False
    if any(t.stem.startswith(OTHER_KINDS) for t in tokens[:at]):
        return True
    # English says of what before the head word ("Permit Status", "Equipment cost"), Russian after it; in
    # English a word after it is the head itself ("Phase name").
    english = all(t.word.isascii() for t in tokens)
    objects = PROJECT_OBJECTS + OWN_OBJECTS.get(key, ())
    rest = tokens[:at] + tokens[at + 1:] if english else tokens[at + 1:]
    if any(t.word.startswith(WORK_PARTS) for t in rest):
        return True
    if any(t.word in RECORDS for t in rest):
        return True  # "Статус данных", "Record status": the record's, not the project's
    after = [t for i, t in enumerate(rest)
             if not (generic(t) and not (i and _narrows(rest[i - 1], key, objects, its_own)))
             and not t.stem.startswith(heads) and not (not english and is_adjective(t.word))
             # "status_name": the status's own name ("Phase name" names a phase of the works)
             and not (english and t.stem in NAMING and tokens[at].stem == "status")]
    # (an adjective only narrows the noun after it: "Руководитель регионального проекта"; but a common noun
    # that an adjective of no field narrows is a thing of its own: "Статус земельного участка")
    # a word of the field's own phrases ("реализции" with a slip, "реал."), or of plan and fact, is the field's
    return any(not (t.stem.startswith(objects) or t.word.startswith(objects) or t.truncated or its_own(key, t))
               for t in after)


def _narrows(token: Token, key: str, objects: tuple[str, ...], its_own: Callable[[str, Token], bool]) -> bool:
    return is_adjective(token.word) and not token.stem.startswith(objects) and not its_own(key, token)


_FOREIGN_BUT_MEETING = FOREIGN - MEETING
# Capacities put into operation are the project finished ("Ввод мощностей", "Срок ввода производственных
# мощностей", "Capacity commissioning"): a capacity is another object, but not where it is commissioned.
COMMISSIONING = ("ввод", "commiss")
PUT_IN = frozenset({"мощност", "capacity"})
# …but not its start, nor how much is put in («Начало ввода мощностей», «Объем ввода мощностей»): word beginnings
_NOT_THE_END = ("начал", "start", "begin", "перв", "first", "объем", "volume", "amount", "количеств", "quantit")


def foreign(tokens: Iterable[Token], asks: bool) -> bool:
    """Whether words of a header name another object than the project (not as the means: a foreign word in
    the instrumental, "подтвержденные соглашениями", is how, not what)."""
    tokens = list(tokens)
    words = _FOREIGN_BUT_MEETING if asks else FOREIGN
    if (any(t.stem.startswith(COMMISSIONING) for t in tokens)
            and not any(t.word.startswith(_NOT_THE_END) for t in tokens)):
        words = words - PUT_IN
    return any(((t.stem in words or t.word in words) or (t.stem in OUTSIDE_REMARKS and not t.remark))
               and not t.word.endswith(_INSTRUMENTAL) for t in tokens)
