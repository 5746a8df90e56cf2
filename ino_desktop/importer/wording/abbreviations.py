"""How ministry forms and clerks abbreviate: the written forms a header is spelled out from before it is split
into words (wording.normal). Acronyms whose letters do not begin their words (ФБ, ВБИ, ЦВ), the ones written in
capitals only («ОБ», not the preposition «об»), a period's bare prepositions («с … / по …»), and the contractions
and circumlocutions replaced as patterns («кол-во», «в т.ч.», «нарастающим итогом», "o/w").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

# Abbreviations whose letters do not begin the words they stand for (so no prefix rule can find them):
# acronyms of budget levels and sources in ministry financing tables, and a few contractions.
ACRONYMS: dict[str, str] = {
    "фб": "федеральный бюджет", "фед": "федеральный", "ср-ва": "средства", "ср": "средства",
    "об": "областной бюджет", "рб": "региональный бюджет", "бс": "бюджет субъекта",
    "бсрф": "бюджет субъекта", "мб": "местный бюджет", "вби": "внебюджетные источники",
    "вбс": "внебюджетные средства", "вб": "внебюджетные", "ви": "внебюджетные источники",
    "рм": "рабочие места", "внб": "внебюджетные", "врм": "высокопроизводительные рабочие места",
    "впрм": "высокопроизводительные рабочие места", "внебюджет": "внебюджетные средства",
    "кол": "количество", "колво": "количество", "наим": "наименование", "обл": "областной",
    "мо": "муниципальное образование", "го": "городской округ", "мр": "муниципальный район",
    "нп": "населенный пункт", "ип": "инвестиционный проект",
    # construction and design stages, as status cells write them
    # (the compound written as one word, as the contraction below writes it, counts as one adjective)
    "смр": "строительномонтажные работы", "пир": "проектно-изыскательские работы",
    "псд": "проектно-сметная документация",
    "твт": "технико-внедренческого типа", "ппт": "промышленно-производственного типа",
    "тек": "текущий", "мес": "месяц",  # «Тек. статус», «СТАТУС_ТЕК», «ГОД_МЕС»
    "фио": "фамилия имя отчество", "тел": "телефон", "пп": "порядковый", "no": "номер", "nr": "номер",
    "nbr": "номер", "qty": "quantity", "govt": "government", "org": "organisation",
    "mln": "million", "mn": "million", "bn": "billion", "bln": "billion", "rub": "rouble", "rur": "rouble",
    "окс": "объект капитального строительства", "dca": "delivery confidence assessment",
    "оив": "орган исполнительной власти", "иогв": "орган исполнительной власти",
    "fed": "federal", "reg": "regional", "fact": "actual",  # "jobs_fact": the Russian plan/fact in English
    "итк": "инновационный территориальный кластер", "кт": "контрольные точки", "лпк": "лесопромышленный комплекс",
    "итого": "всего", "рф": "российской федерации",
    # the programme's own region, as its office writes it (capitals only: "то" is also a word)
    "то": "томская область", "ато": "администрация",  # whose: the region is said by the programme
    "en": "english", "eng": "english", "engl": "english", "англ": "английский",
    "рус": "русский", "ru": "русский", "цв": "цвет",
    # project finance: the commercial operation date is when the built plant starts working (capitals only)
    "cod": "commissioning date",
    "wlc": "whole life cost",  # the UK government's major projects' cost over the project's life
    "poc": "contact person",  # a point of contact: a person to call, no organisation
    "est": "estimated", "resp": "responsible",  # English registers' cut words, dot or none ("mgr" is anyone's)
    # the budget of an autonomous okrug is the region's («КБ», a krai's, is also a design bureau or a bank)
    "окрб": "окружной бюджет",
}
# Words the contractions below write where the vocabulary has none: both ends of a period in one column, the
# running of an asset. The readers that meet them know them by these constants.
BOTH_ENDS_RU, BOTH_ENDS_EN, OPEX = "интервал", "interval", "opex"
# A period's sub-headers are often bare prepositions: "Период реализации / с … / по …".
PERIOD_ENDS = {"с": "начало", "c": "начало", "от": "начало", "from": "start", "по": "окончание",
               "до": "окончание", "to": "end", "till": "end", "until": "end"}
# Acronyms that are also common short words ("об" is a preposition): expanded only when written in capitals.
CAPITAL_ONLY = frozenset({"wlc", "кт", "об", "ср", "мо", "нп", "ип", "no", "вб", "ви", "бс", "к", "го", "мр", "то",
                          "ато", "cod", "poc"})
# …of which those of budgets and territories are still acronyms in lower case where no word follows them in their
# clause («средства об», «об, млн руб.», «наименование мо»): a preposition always has its noun after it.
LOWER_CASE_AT_END = frozenset({"об", "бс", "вб", "ви", "мо", "мр", "го"})
# Three letters of a word, as systems' field names cut them («ДАТА_НАЧ»); only there: a dotted «нач.» in a form
# is also «начальная» or «начальник» («Нач. стоимость», «Нач. отдела»)
JOINED_CUTS = {"нач": "начала"}

# A running total ("нарастающим итогом", "cumulative"): reached so far.
# Reached so far: a running total, or money spent, disbursed or put to use ("Budget spent", "Освоено").
RUNNING = (r"\bнарастающим\s+итогом\b|\bcumulative(?:ly)?\b|\b(?:spent|expended|disbursed)\b"
           r"|\b(?:освоен|израсходован|профинансирован)[а-я]*"
           # investments made, costs incurred: «осуществленных инвестиций», «произведенные затраты»
           r"|\b(?:осуществленн|произведенн|понесенн)[а-я]*(?=\s+(?:[а-я]+\s+)?(?:инвестиц|затрат|расход|капиталовложен))"
           r"|\bс\s+начала\s+(?:строительства|реализации|работ|года|деятельности)\b"  # "с начала строительства"
           # paid out: «Кассовое исполнение», «Кассовые расходы», «Фактические затраты на реализацию»
           r"|\bкассов[а-я]*\s+(?:исполнени|расход)[а-я]*|\bфактическ[а-я]*\s+(?:затрат|расход)[а-я]*")

# A data dictionary's field code before the caption ("KJKEMD_014 — Город", "F_12 - Статус") numbers the
# column; taken off before split_names reads its underscore as a space.
FIELD_CODE = re.compile(r"^\s*[A-Za-z][A-Za-z0-9]*_\d+\s*[—–-]\s*(?=\S)")

# Punctuated contractions, replaced before the text is split into words.
# A headcount, and the words that make it one to come (the plan's side): for the jobs contractions below.
# (the people counted named, or nothing after but a unit or the plan's mark: «численность населения» is no staff)
_HEADCOUNT_RU = r"численност\w*(?:\s+(?:работник|персонал|занят|сотрудник|работающ)\w*|(?=\s*(?:[,(–-]|$)))"
_HEADCOUNT_EN = (r"(?:head\s*count|ftes?|staffing|workforce)"
                 r"(?=\s*(?:[,(–-]|$|planned|target|forecast|projected|at\s|hired|recruited))")
_PLAN_RU = r"(?:планируем|прогнозн|целев|проектн)\w*"
_PLAN_EN = r"(?:planned|target(?:ed)?|forecast|projected|at\s+full\s+(?:capacity|operation))"
# Staff already there, or someone's other than the project's: a headcount so said is no jobs of the project
_NOT_PROJECT_STAFF = (r"\b(?:текущ|фактическ|среднесписочн|списочн|штатн|current|actual|average|existing"
                      r"|компани|предприяти|организаци|инвестор|инициатор|команд|sponsor|company|team|investor)")


def _project_headcount(pattern: str) -> str:
    """`pattern` in a header that says nothing of _NOT_PROJECT_STAFF anywhere; group 1 is the text before it
    (the replacement keeps it as r"\1")."""
    return rf"^(?!.*{_NOT_PROJECT_STAFF})(.*?)(?:{pattern})"


# A budget's level, as an adjective or an acronym: for two budgets named together (no one source).
_BUDGET_RU = (r"(?:(?:федеральн|областн|региональн|субфедеральн|муниципальн|местн|краев|республиканск)\w*"
              r"|(?:фб|об|рб|мб)\b)")
_BUDGET_EN = r"(?:federal|regional|sub\s*-?\s*federal|sub\s*-?\s*national|state|local|municipal|oblast)"

_JOBS = re.compile(r"рабоч\w*\s+мест|\bjobs?\b")
_AGAINST_BEFORE = re.compile(r"\b(?:предыдущ|прошл|аналогичн|сравнени|previous|prior|last\s+year"
                             r"|year\s*-?\s*on\s*-?\s*year|compared|yoy)")


@lru_cache(maxsize=256)
def _against_before(text: str) -> bool:
    return _AGAINST_BEFORE.search(text) is not None


_PRIVATE = re.compile(r"\b(?:внебюджет|вби\b|вбс\b|внб\b|вб\b|частн|private|extra\s*-?\s*budget|non\s*-?\s*budget"
                      r"|off\s*-?\s*budget)")
_PUBLIC = re.compile(r"\bбюджет|\b(?:фб|об|рб|мб|бс)\b|федеральн|областн|региональн|муниципальн|\bpublic\b"
                     r"|\bstate\b|(?<!non )(?<!non-)(?<!off )(?<!off-)(?<!extra )(?<!extra-)\bbudget\b|\bfederal\b")
# …and not money paid, owed or received under them («Оплачено по заключенным договорам», "paid under contracts")
_PAID = re.compile(r"оплач|оплат|выплач|выплат|перечисл|задолж|обязательств|поступ|получен|освоен|израсход|\bpaid\b"
                   r"|disburs|receiv|owed|outstanding|spent")
_QUESTION = re.compile(r"решени|вопрос|проблем|требует")


def _where(holds: Callable[[re.Match[str]], bool], replacement: str) -> Callable[[re.Match[str]], str]:
    """A replacement made only where `holds` of the match and the text around it; elsewhere the text stays."""
    return lambda m: replacement if holds(m) else m.group()


def _jobs_before(m: re.Match[str]) -> bool:
    """Jobs named before the match (one search of the text before it: a pattern that spanned from the jobs to
    the phrase would scan the rest of a long text at every jobs word)."""
    return _JOBS.search(m.string, 0, m.start()) is not None


def _jobs_named(m: re.Match[str]) -> bool:
    return _JOBS.search(m.string) is not None


def _private_money(m: re.Match[str]) -> bool:
    """The text names private money, and neither a budget nor money paid: agreements signed are how an investor's
    money is confirmed, and how a budget's subsidy is given («Объем средств по заключенным соглашениям»)."""
    return (_PRIVATE.search(m.string) is not None and _PUBLIC.search(m.string) is None
            and _PAID.search(m.string) is None)


def _question_before(m: re.Match[str]) -> bool:
    """A question or a decision named before the match: there a remark «(суть вопроса)» says nothing more;
    elsewhere it is what makes the column the problems («Наименование (описание проблемы)»)."""
    return _QUESTION.search(m.string, 0, m.start()) is not None


def _no_comparison(m: re.Match[str]) -> bool:
    """The text compares with no year before («к предыдущему году»)."""
    return not _against_before(m.string)


Replacement = str | Callable[[re.Match[str]], str]
_WRITTEN: tuple[tuple[str, Replacement], ...] = (
    (r"(?<=[а-яa-z])#(?=[\s,;)]|$)", "."),  # "тек# ценах", "руб#": an export that wrote its dots as "#"
    (r"\bкол\s*-\s*в[оа]\b", " количество "),
    (r"\bфинансов\w*\s+обеспечени\w*", " финансирование "),  # «Объем финансового обеспечения»: the financing
    # a name joined to its year ("Приоритет-2030", "Стратегия-2035") names a programme, not what the column holds
    (r"\b[а-яa-z]+\s*-\s*20\d\d\b", " "),
    # "Идентификатор в программе ИНО", "Код проекта в портфеле вуза": where a number is kept says no whose; what
    # follows "в" is a circumstance, as after "при" ("о": a preposition that opens one)
    (r"\b((?:номер|код|шифр|идентификатор)[а-я]*|id|ид)((?:\s+[а-я]+)?)\s+в\s+(?=[а-я])", r"\1\2 о "),
    # Negations make another figure: "Non-Federal Funding" is not the federal budget, "не подтвержденные"
    # not the confirmed money. Joined to their word, they leave a word no phrase has.
    (r"\bnon\s*-?\s*(?=[a-z])", "non"),
    (r"\bextra\s*-?\s*budget\w*", " extra budgetary "),
    (r"\bco\s*-?\s*financ\w*", " funding "),  # "Regional co-financing": the region's money
    # "Pre-construction", "pre-feasibility": the stage before the word, not the word's own stage.
    (r"\bpre\s*-\s*(?=[a-z])", "pre"),
    (r"\bне\s+(?=[а-я]{3})", "не"),
    # "Number of jobs": a count of them, as a unit would say; not a number that identifies one.
    (r"\b(?:number|count|quantity)\s+of\b", " pcs "),
    # Contractions with a hyphen or a slash inside the word: "пр-во", "стр-во", "с/х".
    (r"\bпр\s*-\s*в[оа]\b", " производство "),
    (r"\bср\s*-\s*в[оа]\b", " средства "),
    (r"\bстр\s*-\s*в[оа]\b", " строительство "),
    # "строительно-монтажные работы" (СМР) are the building works: one adjective, not two unknown words
    (r"\bстроительно\s*-\s*монтажн(?=[а-я])", "строительномонтажн"),
    # "Наименование и краткая характеристика проекта": the name, and what else is written beside it, of the
    # project; the column identifies the project by its name
    # (only what describes or places it: "Наименование и дата акта об утверждении проекта" is the act's)
    (r"\b(наименовани\w*|названи\w*)\s+и\s+(?:кратк\w+\s+)?(?:характеристик|описани|адрес|местонахождени"
     r"|местоположени|реквизит|инн)\w*\s+(?=(?:инвестиционн\w+\s+|инновационн\w+\s+)?"
     r"(?:проект|объект|мероприяти|организаци|предприяти|инвестор|инициатор|заявител)\w*\b)", r"\1 "),
    # the recipient of a subsidy or a grant is the organisation that receives it, no subsidy of its own
    (r"\b(получател\w*)\s+(?:государственн\w+\s+)?(?:субсиди|грант)\w*", r" \1 "),
    # a business entity is an organisation, as a legal entity is (its money is its own)
    (r"\bхозяйствующ\w*\s+субъект\w*", " организация "),
    # "Бюджеты муниципальных образований", "бюджет муниципального района": the local budget
    (r"\bбюджет(\w*)\s+(?:муниципальн\w*\s+(?:образовани|район|округ)|городск\w*\s+округ|поселени)\w*",
     r" местный бюджет\1 "),
    (r"\bст\s*-\s*ть\b", " стоимость "),
    (r"\bк\s*-\s*в[оа]\b", " количество "),
    (r"\bпр\s*-\s*ти[ея]\b", " предприятие "),
    (r"\bс\s*/\s*х\b", " сельскохозяйственный "),
    # A word cut with a hyphen before its ending ("наим-е", "орг-я", "реал-ся", "обр-е"): its beginning, as if
    # written with a dot.
    (r"\b([а-я]{3,})-[а-я]{1,3}\b(?![-а-я.])", r"\1."),  # "научно-обр.": a compound cut short
    # Compounds of a shortened adjective and a noun: "промпарк", "спортпарк", "медпарк".
    (r"\bпром(?=парк|зон|площадк)", "промышленный "),
    (r"\bспорт(?=парк|площадк|комплекс)", "спортивный "),
    (r"\bмед(?=парк|площадк|центр)", "медицинский "),
    (r"\bинно(?=парк|центр|град)", "инновационный "),
    # "Итого за год", "per year": one year's slice of a figure, said as its adjective
    (r"\b(?:за|в|на)\s+(?:один\s+|1\s+)?год\b", " годовой "),
    # "на 1-й год", «за второй год реализации»: one year of the project's, by its number
    (r"\b(?:за|в|на)\s+(?:\d{1,2}\s*-?\s*(?:й|ый|ой)|перв\w*|втор\w*|трет\w*|четверт\w*|пят\w*)\s+год\b", " годовой "),
    # "за отчетный год", "на очередной финансовый год": one year's slice ("за текущий год": a count now, too)
    (r"\b(?:за|в|на)\s+текущий\s+(?:финансовый\s+)?год\b", " текущий годовой "),
    (r"\b(?:за|в|на)\s+(?:отчетный|очередной|следующий|прошлый|предыдущий)\s+(?:финансовый\s+)?(?:год|период)\b"
     r"(?!\s+и\s+плановый)", " годовой "),
    (r"\bper\s+(?:year|annum)\b|\byearly\b", " annual "),  # "yearly_budget": the stem "year" says no slice
    # a running total is what has been reached so far: jobs created, money spent (Words.running)
    (RUNNING, " фактически "),
    # "currently": when, not what
    (r"\bв\s+настоящее\s+время\b|\bна\s+сегодня(?:шний\s+день)?\b|\bв\s+данный\s+момент\b", " "),
    (r"\bк\s+созданию\b", " создаваемые "),  # "Рабочих мест к созданию": to be created, the plan
    # jobs organised or opened are jobs created ("Организовано новых рабочих мест", "открытых раб. мест")
    (r"\b(?:организован|открыт)[а-я]*\s+(?=(?:нов[а-я]*\s+)?раб)", " созданные "),
    # A project's headcount to come is its jobs to create: «Планируемая численность работников», «Численность
    # персонала (план)», "Target FTE", "FTE (at full capacity)"; its staff hired are its jobs created ("FTE
    # hired"). A headcount alone, current, average or on the books, or a company's or a team's, is staff
    # already there, no project's jobs: it stays unread.
    *((_project_headcount(pattern), r"\1" + replacement) for pattern, replacement in (
        (rf"\b{_PLAN_RU}\s+{_HEADCOUNT_RU}", " рабочие места план "),
        (rf"\b{_HEADCOUNT_RU}\s*(?:[,–-]\s*|\(\s*)(?:{_PLAN_RU}|план)\b\s*\)?", " рабочие места план "),
        (rf"\b{_HEADCOUNT_RU}\s+(?:принят|нанят)\w*|\b(?:принят|нанят)\w*\s+{_HEADCOUNT_RU}"
         r"|\bчисленност\w*\s+(?:принят|нанят)\w*\s+(?:работник|персонал|сотрудник)\w*",
         " рабочие места создано "),
        (rf"\b{_PLAN_EN}\s+{_HEADCOUNT_EN}\b", " jobs planned "),
        (rf"\b{_HEADCOUNT_EN}\s*(?:[,–-]\s*|\(\s*)?{_PLAN_EN}\b\s*\)?", " jobs planned "),
        (rf"\b{_HEADCOUNT_EN}\s*(?:[,–-]\s*|\(\s*)?(?:hired|recruited)\b\s*\)?|\b(?:hired|recruited)\s+{_HEADCOUNT_EN}\b",
         " jobs created "),
    )),
    # "по соглашению", "по бизнес-плану", "по паспорту", "по ПСД", "по смете": according to what document, a
    # circumstance of the figure (the document itself is then no object of the column's)
    (r"\bпо\s+(?:соглашени|договор|контракт|заявк|паспорт|смет|псд\b|проектн\w*\s+документац)\w*", " согласно "),
    (r"\bпо\s+(?=бизнес|данным)", " согласно "),
    # "Revised cost", "Updated estimate": the figure as it stands now, which is the field's (as «уточненная стоимость»)
    # (not "Revised cost of equipment": a part's cost)
    (r"\b(?:revised|updated|latest)\s+(?=(?:total\s+|project\s+)?(?:cost|budget|estimate|capex|completion|end\b|finish)"
     r"\w*(?!\s+(?:of|per|for)\b))", " "),
    # "(as in the VEB application)", "according to the contract": the same circumstance in English
    (r"\b(?:as\s+(?:in|per)|according\s+to|per)\s+(?:the\s+)?(?:[a-z]+\s+)?"
     r"(?:application|agreement|contract|business\s+plan)\b", " согласно "),
    # "в ценах 2020 года", "в текущих ценах", "in 2020 prices": the prices a sum is in, a circumstance
    (r"\bв\s+(?:текущих\s+|тек\s*\.\s*|прогнозных\s+|соответствующих\s+)?ценах(?:\s+соответствующих\s+лет"
     r"|\s+(?:\d{4}\s*)?(?:года|г\.?)?)?", " "),
    # when, by which document, over which period, in which system: a figure's circumstances
    (r"\bпо\s+состоянию\s+на\b", " на "),
    # "…, реализуемого на территории Томской области", "расположенного в …": where, a circumstance
    (r",?\s*\b(?:реализуем|осуществляем|расположенн|находящ|размещаем)[а-я]*\s+(?=(?:на|в)\s)", " "),
    # a legal entity ("юр. лицо", "юрлицо") is an organisation (its address is not)
    (r"\bюридическ\w*\s+лиц\w*|\bюр\s*\.?\s*лиц\w*|\bюрлиц\w*", " организация "),
    (r"\b\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\b", " "),  # "на 01.01.2025": as of a day, not a year's slice
    (r"\bв\s+соответствии\s+с\b", " согласно "),
    (r"\b(?:за|на)\s+(?:весь\s+|полный\s+)?(?:период|срок)(?:\s+реализации)?(?=[\s,.(]|$)", " на "),
    (r"\bв\s+(?:информационной\s+)?системе\b", " согласно "),
    # "(оценка)", "(ориентировочно)": an estimate, the plan's side of a figure
    (r"\(\s*(?:оценк[аи]|оценочн\w*|ориентировочн\w*|предварительн\w*|estimated?|approx\w*\.?)\s*\)", " (план) "),
    (r"\bin\s+(?:\d{4}\s+|current\s+|constant\s+)?prices\b", " "),
    # "Субсидия из федерального бюджета", "Софинансирование за счет средств областного бюджета", "Federal
    # grants": the form a budget's money takes, the budget's money all the same (a grant of no budget named
    # stays another object)
    # (not where the header goes on to ask something else of it: «…, кол-во получателей», «…, статус», «(да/нет)»,
    # nor to a part of another budget in it: «(в т.ч. за счет средств ФБ)»)
    (r"\b(?:субсиди|грант|софинансирован|трансферт)\w*\s+(?=(?:из|за\s+сч[её]т)\s+(?:средств\s+)?"
     r"(?:[а-я]+\s+бюджет|(?:фб|об|рб|мб)\b))"
     r"(?!.*\b(?:количеств|кол|числ|статус|да\s*/\s*нет|получател|наименовани|номер|дат|срок|т\s*\.\s*ч|том\s+числе)"
     r"|.*№)",
     " средства "),
    (r"\b(федеральн|областн|региональн|краев|республиканск)(\w*)\s+(?:субсиди|грант|трансферт)\w*",
     r" \1\2 средства "),
    (r"\b(federal|regional|state|provincial)\s+(?:grants?|subsid\w*|transfers?)\b", r" \1 funds "),
    # "Federal support, RUB m", «Областная поддержка, млн руб.»: the budget's money, where a money unit follows
    # and nothing else ("Federal support measures", "Federal support (yes/no)", «… поддержки (наименование)» name
    # instruments or answers, not amounts)
    (r"\b(federal|regional|state)\s+support\b(?=\s*[,(]\s*(?:rub|rur|mln|mn|m|bn|thousand|million|billion|₽)\b)",
     r" \1 funds "),
    (r"\b(федеральн|областн|региональн)\w*\s+поддержк\w*(?=\s*[,(]\s*(?:млн|тыс|млрд|руб))", r" \1ые средства "),
    # …and with no money unit, support is what a budget gives, no amount of it ("Federal support measures",
    # "State support instruments"): the level says whose support, as «Меры федеральной поддержки» does
    # support required or necessary is support asked for, as «требуемая поддержка» ("Required government support
    # measures", "Support required from federal level")
    (r"\b(?:required|necessary)\s+(?:(?:federal|regional|state|government)\s+)?support\b"
     r"|\bsupport\s+(?:measures\s+)?(?:required|necessary)\b", " support requested "),
    (r"\b(?:federal|regional|state|government)\s+(?=support\b)", " "),
    # Two budgets together («Федеральный и областной бюджет», "Federal and regional funding", «Средства ФБ + ОБ»)
    # are their sum: no one source, whichever of them is named first or last
    (rf"\b{_BUDGET_RU}\s*(?:и|\+|,|/)\s*{_BUDGET_RU}", " бюджетные всех уровней "),
    (rf"\b{_BUDGET_EN}\s*(?:and|\+|&|,|/)\s*{_BUDGET_EN}\b", " public "),
    # A date's pattern said in words ("(месяц, год)", "(month/year)"): as "(мм.гггг)", the column holds dates
    (r"\(\s*(?:число\s*,\s*|день\s*,\s*)?месяц\w*\s*[,/.]\s*год\w*\s*\)", " (мм.гггг) "),
    (r"\(\s*(?:day\s*,\s*)?month\s*[,/]\s*year\s*\)", " (mm/yyyy) "),
    # Below the federal level is the region's: "Sub-federal co-financing", "subnational budget", «субфедеральный»
    (r"\bsub\s*-?\s*(?:federal|national)\b", " regional "),
    (r"\bсубфедеральн\w*", " региональный "),
    # "субсидия «…» (ФБ)", "Грант (областной бюджет)": a remark says whose budget the grant is from
    # (only a name in quotes between, only a unit after: "Субсидия (ФБ) - отказано", "Возврат субсидии" are not)
    (r'^\s*(?:субсиди|грант|трансферт)[а-я]*(?=\s*(?:"[^"]*"\s*)?\(\s*(?:фб|об|рб|федеральн\w*|областн\w*'
     r"|региональн\w*)(?:\s+бюджет\w*)?\s*\)\s*(?:,\s*(?:млн|тыс|млрд)[^,;]*)?$)", " средства "),
    # "(если не указано иное)", "(unless stated otherwise)": a unit's exceptions, no object of the column's
    (r"\(?\s*(?:если\s+не\s+указано\s+иное|unless\s+(?:otherwise\s+)?(?:stated|indicated|noted)"
     r"(?:\s+otherwise)?)\s*\)?", " "),
    # «Грант ФБ», «Поддержка ОБ», «Господдержка РБ»: the budget's money in the form it takes, where nothing follows
    # but a unit (no measures of it, no loan, guarantee or tax relief said in a remark, no form or recipient)
    (r"(?<!мер )(?<!меры )\b(?:субсиди|грант|трансферт|поддержк|господдержк|государственн\w*\s+поддержк)\w*\s+"
     r"(?=(?:из\s+)?(?:фб|об|рб|мб)\b\s*(?:[,(]\s*(?:млн|тыс|млрд|руб|₽|rub|rur|mln|m\b)[^,;()]*\)?)?\s*$)",
     " средства "),
    # «Рабочие места, созданные в результате реализации проекта»: the cause of jobs, the project itself, no object
    # («Созданные объекты в результате реализации проекта» stay objects)
    (r"\s(?:за\s+сч[её]т|в\s+результате|в\s+ходе|в\s+связи\s+с)\s+реализаци\w*\s+(?:\w+\s+)?проект\w*",
     _where(_jobs_before, " ")),
    # …and the time they are made in, said before or after the jobs («созданных в период реализации программы
    # рабочих мест»)
    (r"\s(?:в\s+период|в\s+течение\s+(?:срока|периода))\s+реализаци\w*\s+(?:\w+\s+)?(?:проект|программ)\w*",
     _where(_jobs_named, " ")),
    # «Ид. №», «ИД проекта», «ИД_ЗАПИСИ»: an identifier; «ИД» alone is also documentation («ПСД и ИД»)
    (r"\bид\s*\.?\s*(?=№|номер|n\b|проект|объект|запис|мероприяти)", " идентификатор "),
    # A project-management phase of doing and checking is the doing («Реализация и контроль», «Исполнение и
    # мониторинг»)
    (r"\b(реализаци\w*|исполнени\w*|выполнени\w*)\s+и\s+(?:контрол|мониторинг)\w*", r"\1"),
    # The doing said done: «Исполнение завершено», «Выполнение окончено» (design done is the plan: not here)
    (r"^\s*(?:исполнени[ея]|выполнени[ея])\s+(?:работ\s+)?(?:завершен|окончен|закончен)\w*\s*\.?\s*$",
     " реализация завершена "),
    # The first phase of a managed project, said alone («Инициирование», «Инициация проекта»); with another action
    # («Инициирование закрытия») it is that action's beginning
    (r"^\s*(?:инициирование|инициация)(?:\s+(?:инвестиционного\s+)?проекта)?\s*\.?\s*$", " планируется "),
    # «Состоялось», «Состоялось позднее запланированного срока»: took place, as a register of events writes a
    # thing done, whenever it was. Only the whole cell: «Состоялись торги» is a stage of buying; the stem is the
    # start of «состояние» (a condition) and of «состоится» (to come).
    (r"^\s*(?:не\s+)?состоял(?:ся|ось|ась|ись)(?:\s+(?:в\s+срок|досрочно|с\s+(?:опозданием|задержкой)"
     r"|(?:позднее|позже|раньше)\s+(?:(?:запланированного|установленного|планового)\s+)?срока))?\s*\.?\s*$",
     lambda m: " не выполнено " if m.group().split()[0] == "не" else " выполнено "),
    # An assessment of an effect is no delivery's colour: «Оценка степени влияния», «Оценка эффективности»
    (r"\bоценк\w*\s+(?:степени\s+)?(?:влияни|эффект|воздейств|значимост|вклад)\w*", " влияние "),
    # "Priority level", «Степень приоритетности»: a rank (high, medium, low), not the programme's priority (work area)
    (r"\bpriorit(?:y|ies)\s+(?:level|rank\w*|rating|score|order|class\w*|category)\b"
     r"|\b(?:уровень|степень|категория|ранг)\s+приоритет\w*|\bприоритетност\w*", " ранг "),
    # "Operating impact", "Operating costs": the running of the asset, not its operator
    (r"\boperating\s+(?:impact|costs?|budget|expenses?|expenditures?|income|revenues?|results?|margin|profit)\b",
     f" {OPEX} "),
    # «Затраты на производство (и реализацию) продукции», «Себестоимость», "Production costs", "Cost of sales": what
    # making the product costs each year, no cost of the project («производство работ» is building it: the project's)
    (r"\b(?:затрат|расход|издержк)\w*\s+на\s+производств[а-я]*(?![а-я])(?!\s+(?:[а-я-]+\s+)?работ)|\bсебестоимост\w*"
     r"|\b(?:production|manufacturing)\s+costs?\b"
     r"|\bcosts?\s+of\s+(?:sales|goods|production|revenue)\b(?!\s+(?:facilit|plant|line|site|capacit|build))",
     f" {OPEX} "),
    # «… на 1 рабочее место», «… на 1 руб. господдержки», "per job": a ratio, no amount of anything
    (r"\bна\s+(?:1|одн\w*|единиц\w*)\s+(?:рабоч\w*\s+мест\w*|руб\w*|чел\w*|работник\w*|создаваем\w*|созданн\w*)"
     r"|\bper\s+(?:job|rouble|ruble|unit|employee|worker|capita|head)\b", " удельный "),
    # «Объём частного финансирования», «Сумма федеральных средств»: the source's money, the amount is implied
    (r"\b(?:объ[её]м|сумм|размер)\w*\s+(?=(?:частн|внебюджетн|федеральн|областн|региональн)\w*\s+"
     r"(?:финансировани|инвестиц|средств|вложени)\w*)", " "),
    # «Объект соглашения», «Объект концессионного соглашения»: what a PPP or concession agreement is about is the
    # project, no document; its parties («Стороны соглашения / частный партнёр») are the project's organisations
    # (not a pledge's, a loan's or an insurance's object, «Объект договора залога», nor any contract's)
    (r"\b(объект)\w*\s+(?:концессионн\w+\s+)?соглашени\w*(?=\s*(?:\(|,|/|$))", r" \1 "),
    (r"\bсторон\w*\s+(?:концессионн\w+\s+)?соглашени\w*(?=\s*(?:\(|,|/|$))", " участники "),
    (r"\bза\s+сч[её]т\b", " "),  # "за счет средств …": a compound preposition, "from"
    # co-financing by the applicant, investors or banks is the private side's money: extra-budgetary
    (r"\bсофинансирован\w*\s+(?:(?:со\s+стороны|за\s+сч[её]т)\s+)?(?:средств\s+)?(?:\w+\s+)?"
     r"(?:заявител|инвестор|инициатор|частн|банк|предприяти|организаци|получател)\w*"
     r"(?:\s*(?:,|и|или)\s*(?:\w+\s+)?(?:заявител|инвестор|инициатор|частн|банк|предприяти|организаци)\w*)*",
     " внебюджетные средства "),
    # a figure for the territory as a whole is the territory's, no project's: a consolidated one
    (r"\bпо\s+(?:территории|области|району|региону|городу|муниципальному\s+образованию)\s+в\s+целом\b"
     r"|\bв\s+целом\s+по\s+(?:территории|области|району|региону|городу|муниципальному\s+образованию)\b",
     " консолидированный "),
    (r"\bсо\s+стороны\b", " при "),  # "поддержка со стороны администрации": from whom, a circumstance
    # "Наименование проекта с указанием мощности", "… с разбивкой по годам": what else is written beside it
    (r"\bс\s+(?:указанием|разбивкой|детализацией|приложением)\b", " при "),
    # Compounds of a truncated adjective and a noun, as ministry forms write them.
    (r"\bинвест(?=проект|площадк|программ|иде)", "инвестиционный "),
    (r"\bнац(?=проект|программ)", "национальный "),
    (r"\bгос(?=программ|заказчик|контракт|поддержк|задани|экспертиз)", "государственный "),
    (r"\bмун(?=программ|контракт|задани)", "муниципальный "),
    (r"\bв\s*т\s*\.\s*ч\s*\.?", " в том числе "),
    (r"\bраб\s*\.?\s*(?=мест)", " рабочих "),  # "раб. мест", "раб места"
    (r"\bвн\s*/\s*(?=бюдж)", "вне"),  # "вн/бюдж.": extra-budgetary
    (r"\bт\s*\.\s*р\s*\.", " тыс руб "),  # "т.р.": thousand roubles
    # "Рег. № проекта", "рег. номер": the registration number ("рег. бюджет" stays the region's)
    (r"\bрег\s*\.?\s*(?=№|номер)", " регистрационный "),
    (r"\breg\s*\.?\s*(?=no\b|number|№|#)", " registration "),  # "Reg. No."
    # "FY2025 budget", "FY 25": one fiscal year's slice
    (r"\bfy\s*-?\s*(?:\d{4}|\d{2})(?:\s*[/-]\s*\d{2,4})?\b", " annual "),
    # A lender's commitment is its loan ("IBRD Commitment", "Total IDA/IBRD Commitment"), not money an investor
    # has confirmed ("Private sector commitment", "committed")
    (r"\b(ibrd|ida|idb|adb|aiib|ndb|eib|ebrd|bank|lender)((?:\s*[,/&]\s*|\s+and\s+)(?:ibrd|ida|grant)\s*)*"
     r"\s*committ?ments?\b", r" \1 loan "),
    # Private money under agreements signed is its confirmed part («ВБИ по заключенным соглашениям», "Private
    # funding under signed agreements"); a count of agreements stays a count («Количество заключенных …»)
    (r"\b(?:по|в\s+рамках|согласно)\s+(?:заключенн|подписанн)\w*\s+(?:соглашени|договор|контракт)\w*"
     r"|\bзаконтрактованн\w*", _where(_private_money, " подтвержденные ")),
    (r"\b(?:under|per)\s+(?:signed|concluded|executed)\s+(?:agreements?|contracts?)\b",
     _where(_private_money, " confirmed ")),
    # a commitment of no one named is no confirmed money either
    (r"(?<!private )(?<!investor )(?<!investors )(?<!sponsor )(?<!sector )\bcommitt?ments?\b", " obligation "),
    # The EU's funds call a funded project an operation: "operation_name", "Operation title", "… of the
    # operation" (a plant's "start of operations", "Commercial operation start date", is the project's end)
    (r"(?<!commercial )(?<!plant )\boperation\s+(?=(?:name|id|title|summary|start|end|postcode|city|code|number"
     r"|description|type)\b)",
     " project "),
    (r"\b(?:of|to)\s+the\s+operation\b", " of the project "),
    # "Код по программе", "Номер по реестру": by which numbering, a circumstance of the code
    (r"\b(код|номер|шифр|code|number)\s+по\s+", r"\1 согласно "),
    (r"\bт\s*\.\s*ч\s*\.?", " том числе "),
    (r"\bп\s*[./]\s*п\b\.?", " порядковый "),  # "№ п/п", "№ п.п."
    (r"\bр\s*\.\s*м\s*\.", " рабочие места "),
    (r"\bр\s*-\s*н\b", " район "),
    (r"\bна\s+иностранн\w*\s+язык\w*|\bиностр\.?\s*яз\w*\.?", " английском "),  # a foreign language: the English name
    (r"\bплан\w*\s*-\s*график\w*", " график "),  # "план-график": a schedule, no plan of a status
    (r"\bзам\s*\.\s*(?=[а-я])", " заместитель "),  # "Отв. зам. губернатора": the responsible deputy governor
    # "Дата начала и окончания": both ends of a period in one column, neither of them
    (r"\b(?:начала|начало)\s*(?:и|/|-|–|—)\s*(?:(?:год\w*|дата|дат\w*|срок\w*)\s+)?"
     r"(?:окончания|завершения|окончание|завершение)\b", " интервал "),
    (r"\b(?:start|begin\w*)\s*(?:and|&|/|-|–|to)\s*(?:end|finish|completion|close)\b", " interval "),
    # "Проблема, на решение которой направлен проект": what the project is for, not its problems
    (r"\bпроблем\w*\s*,?\s*(?:на\s+)?(?:решени|снижени|устранени)\w*(?:\s*/\s*\w+)?\s+котор\w*\s+"
     r"(?:направлен|посвящен|служит|нацелен)\w*", " назначение "),
    # …the problems it solves, said by the participle («Решаемые проблемы», «Проблемы, решаемые проектом»)
    # («Проблемы, решаемые на федеральном уровне» are problems, put to a level)
    (r"^\s*решаем\w*\s+(?:проект\w*\s+)?(?:проблем|задач)\w*\s*$"
     r"|\b(?:проблем|задач)\w*\s*,?\s*решаем\w*\s+(?:проектом|в\s+рамках\s+проекта)", " назначение "),
    # The stage of a project's life cycle is its stage («Этап жизненного цикла проекта», "Lifecycle phase")
    (r"\b(этап\w*|стади\w*|фаз\w*)\s+жизненн\w*\s+цикл\w*", r"\1"),
    (r"\b(?:project\s+)?life\s*-?\s*cycle\s+(stage|phase)\b", r"\1"),
    # «(суть вопроса)»: the remark says the cell holds the question itself, nothing of another field
    (r"\(\s*(?:суть|содержание|описание)\s+(?:вопроса|проблемы)\s*\)", _where(_question_before, " ")),
    (r"\bг\s*\.\s*г\s*\.", " годы "),
    # The tax basis of a sum ("с НДС", "без учета НДС", "excl. VAT") is its circumstance, not what it is.
    (r"\b(?:с|без|включая|с\s+учетом|без\s+учета)\s+(?:ндс|налога\s+на\s+добавленную\s+стоимость)\b", " "),
    (r"\b(?:incl(?:uding)?|excl(?:uding)?|net\s+of|with|without)\.?\s+vat\b", " "),
    # a technical solution is the project's technology, no decision asked for ("Описание технического решения")
    (r"\b(?:техническ|технологическ|инженерн|конструкторск)\w*\s+решени\w*|\b(?:technical|engineering)\s+solutions?\b",
     " технология "),
    # What "требующие решения" follows decides: questions put for a decision are the decisions asked for
    # («Вопросы, требующие решения Губернатора»); problems that need one are still the problems
    # («Проблемы, требующие решения»)
    (r"\b(проблем\w*(?:\s+вопрос\w*)?)\s*[,/]?\s*требующ\w*\s+(?:решени|рассмотрени|устранени)\w*", r" \1 "),
    (r"\bвопрос\w*\s*[,/]?\s*требующ\w*\s+(?:решени|рассмотрени)\w*", " требуемые решения "),
    # …as are questions put to a higher level («Вопросы, выносимые на федеральный уровень»)
    # (to be put, and nothing said after where: "…, результат", "…, статус рассмотрения" are what came of them)
    (r"\bвопрос\w*\s*[,/]?\s*(?:выносим|направляем)\w*(?:\s+(?:на|в|во)(?:\s+[а-я]+){1,4})?\s*$",
     " требуемые решения "),
    # a clerk's question for the place column, alone: «где», «Где?», «где (нас. пункт)»
    (r"^\s*где\s*\??\s*(?=\(|$)", " место реализации "),
    # what an object is built for says the project's kind (a school, a road, a plant); a purpose of anything
    # else ("Целевое назначение средств", «Назначение платежа») does not
    (r"\b(?:функциональн\w*\s+)?назначени\w*\s+(?:объект|оокс|окс)\w*", " тип проекта "),
    # the volume of capital investment is the project's investment (capital investment alone is often a year's)
    (r"\bкапвложени\w*", " капитальные вложения "),
    (r"\bобъем\w*\s+(?:капитальн\w*\s+вложени|капиталовложени)\w*", " объем инвестиций "),
    # money wanted to finish the works ("Для завершения строительства из ВБИ", «Средства ФБ на завершение
    # строительства») is what remains, no amount it has (a count or a date "на завершение" is lost with it)
    (r"\b(?:(?:потребност|необходим|недостающ|требуем)\w*(?:\s+[а-я]+){0,3}?\s+)?(?:для|на)\s+(?:завершени|окончани)"
     r"\w*\s+(?:строительств|работ|реализаци|проект)\w*"
     r"|\b(?:потребност|необходим|недостающ|требуем)\w*(?:\s+[а-я]+){0,3}?\s+на\s+(?:завершени|окончани)\w*",
     " остаток "),
    # "as amended" says which version of the figure, no change of it
    (r"\bс\s+учетом\s+(?:внесенных\s+)?изменени\w*", " "),
    # the reasons a thing was not done («Причины неввода объекта», «Причины недостижения») are the problems
    (r"\bпричин\w*\s+(?:не\s+|не)(?:ввод|введени|достижени|выполнени|исполнени|соблюдени|освоени|начал|завершени"
     r"|реализаци)\w*", " причины невыполнения "),
    (r"\bконтрольн\w*\s+точ\w*", " веха "),  # a control point is a milestone, another object
    (r"\bfinancial\s+clos(?:e|ing)\b", " веха "),  # the financing signed: a milestone, not the project's end
    (r"\b(?:row|line)\s*(?:id|no|number|num|nr)\b", " порядковый "),  # "row_id", "Line No.": the row's number
    (r"\bto\s+be\b", " planned "),  # "jobs to be created": the future is the plan
    (r"\bwill\s+be\b", " planned "),
    # "Будет создано рабочих мест": what will have been done is the plan, not the fact its participle says
    (r"\bбуд(?:ет|ут)\s+(?:создан|открыт|организован)[а-я]*", " создаваемые "),
    (r"\bбуд(?:ет|ут)\s+(?:достигнут|трудоустроен|введен|освоен)[а-я]*", " планируемые "),
    (r"\bбудет\b|\bбудут\b", " планируется "),
    (r"\bof\s+which\b|\bo\s*/\s*w\b|\bincl\b\.?", " including "),  # "o/w private", "incl. private": a part
    (r"\bto\s+date\b|\bна\s+(?:отчетную\s+)?дату\b", " actual "),  # "created to date": so far, not a date
    # «к концу отчетного периода», "as of the end of the reporting period": a count so far, not one period's
    (r"\bк\s+(?:концу|окончанию)\s+отчетн\w*\s+(?:периода|года|квартала)\b"
     r"|\bas\s+(?:at|of)\s+(?:the\s+)?end\s+of\s+(?:the\s+)?reporting\s+(?:period|year|quarter)\b",
     _where(_jobs_before, " actual ")),
    # «Увеличение числа рабочих мест», "Increase in jobs": the jobs a project adds (a change against a year before,
    # «… к предыдущему году», "year-on-year", is no count of them)
    (r"\bувеличени\w*\s+(?:(?:числа|количества|числ\.|кол-ва)\s+)?(?=рабоч\w*\s+мест)",
     _where(_no_comparison, " количество ")),
    (r"\bincrease\s+(?:in|of)\s+(?:the\s+)?(?:number\s+of\s+)?(?=jobs?\b)", _where(_no_comparison, " ")),
    # "New jobs, no.": a count's unit, as "ед." is ("Reference, no." stays a number)
    (r"\b(jobs?|employ\w*|staff|workers?|people|positions?|projects)\b(.*?)[,(]\s*no\.?\s*\)?\s*$", r"\1\2 pcs "),
    (r"\bno\.(?=\s|$)", " number "),
    (r"\b(?:из\s+них|в\s+том\s+числе)\b", " включая "),
    (r"№", " номер "),
    (r"#", " номер "),
    (r"%", " процент "),
    (r"\be-?mail\b", " email "),
)
CONTRACTIONS: tuple[tuple[re.Pattern[str], Replacement], ...] = tuple((re.compile(p), r) for p, r in _WRITTEN)
