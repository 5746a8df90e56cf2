"""Text → tokens: the compare form of a header or a cell value.

Folding (case, ё/е, quotes, no-break spaces, line breaks), then the abbreviations of ministry forms
(ФБ, ОБ, ВБИ, кол-во, в т.ч., тыс. руб.), then words. Each token says whether it is a unit (руб., млн,
чел.), a remark (inside parentheses) or a content word, and carries its stem: Russian words through the
Snowball Russian stemmer, Latin words through the English one. Truncated words ("внебюдж.", "подтв.")
are completed from the vocabulary by `phrases` (a prefix match), not listed here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from ino_desktop.importer.wording.abbreviations import (
    ACRONYMS,
    CAPITAL_ONLY,
    CONTRACTIONS,
    FIELD_CODE,
    JOINED_CUTS,
    LOWER_CASE_AT_END,
    PERIOD_ENDS,
    RUNNING,
)
from ino_desktop.reference import fold

_RU = snowballstemmer.stemmer("russian")
_EN = snowballstemmer.stemmer("english")


# A form's own line: «Код строки» numbers it, «(сумма строк 02, 03)» counts with it.
_FORM_ROWS = frozenset({"строки", "строка", "строк", "стр", "row", "line"})
# Words that carry no field meaning.
STOPWORDS = frozenset({
    "в", "во", "и", "на", "по", "за", "из", "от", "с", "со", "о", "об", "до", "для", "к", "при", "а", "или",
    "же", "ли", "не", "ни", "то", "как", "это", "тот", "та", "те", "том", "числе", "всех", "всем", "всеми",
    "которых", "который",
    "которые", "также", "т", "ч", "г", "гг", "год", "года", "годы", "the", "of", "and", "in", "on", "for", "to",
    "at", "by", "a", "an", "or", "per", "as", "with", "from", "is", "are", "be",
    # a copula says where a thing stands, not what: "Находится в реализации", "Is currently on hold"
    "находится", "находятся", "является", "являются", "currently",
    # a form's own arithmetic: "(сумма строк 02, 03)", "(гр. 5 + гр. 6)", "sum of rows 4-8"
    *_FORM_ROWS, "графа", "графы", "граф", "гр", "rows", "lines",
})

# Prepositions that open a circumstance ("объем частных инвестиций на стадии создания", "при реализации",
# "источник информации об объекте"): the words after them say when, where or about what, the words
# before them what the column holds. ("ОБ" in capitals is the regional budget, not "about".)
# An English "of" does the same: "Status of Federal Permits" is a status, of something else than the project.
QUALIFYING = frozenset({"на", "при", "для", "о", "об", "обо", "согласно", "during", "at", "about", "regarding", "of"})
# "из …", "from …" name where money comes from: they end a circumstance rather than continue it.
SOURCE_MARKS = frozenset({"из"})
_RUSSIAN = ("русск", "russian")
_LANGUAGES = ("англ", "english", *_RUSSIAN)
_DATA_LANGUAGE = (*_RUSSIAN, "язык", "language")  # "на русском языке"; "языке" alone says nothing

# A thing's requisites a form asks for beside its name: its tax and registration numbers, its address.
REQUISITES = frozenset({"инн", "огрн", "кпп", "огрнип", "адрес", "реквизиты"})
# A person's name written as such: says the column holds people, like a unit says its kind.
PERSON_NAME = frozenset({"фио", "фамилия", "отчество"})
# Units: money scales and currencies, and the counting units of jobs. They say a column's kind, not its field.
MONEY_UNITS = frozenset({"руб", "рубль", "рубля", "рублей", "р", "тыс", "тысяч", "млн", "миллион", "миллиона",
                         "миллионов", "млрд", "миллиард", "миллиарда", "миллиардов", "rouble", "roubles",
                         "ruble", "rubles", "million", "millions", "billion", "billions", "thousand",
                         "thousands", "rubm", "mrub", "usd", "eur",
                         # other currencies say money as well (the importer then leaves such a column out)
                         "доллар", "доллара", "долларов", "долл", "сша", "тенге", "евро", "dollar", "dollars",
                         "euro", "euros", "gbp", "byn"})
# Units of area, length, weight and power: the column measures a thing ("Площадь участка, га").
MEASURE_UNITS = frozenset({"га", "гектар", "гектара", "гектаров", "ha", "hectare", "hectares", "км", "km", "мвт",
                           "mw", "квт", "kw", "гкал", "тонн", "тонна", "тонны", "tonnes", "tons", "sqm", "m2", "м2"})
COUNT_UNITS = frozenset({"ед", "единиц", "единица", "чел", "человек", "шт", "штук", "pcs"})
# Every unit word: scales, currencies, counting units, and the thousands a form writes as "'000".
UNIT_WORDS = MONEY_UNITS | COUNT_UNITS | {"'000", "000", "k", "m", "тысячи"}
# The pattern of a date's parts ("(дд.мм.гггг)", "(mm/yyyy)"): a date's format, like a unit says a kind.
DATE_FORMAT = frozenset({"дд", "мм", "гггг", "dd", "mm", "yy", "yyyy"})

_WORD = re.compile(r"[a-zа-я0-9']+")
_CAMEL = re.compile(r"([a-z])([A-Z])")
# A Russian name written as one («ДатаНачала», «НомерПроектаВРеестре»): a capital inside the word begins the
# next word, where small letters follow a capital somewhere after it («ОкрБ», «ВнБ» are acronyms).
_RU_WORD = re.compile(r"[А-ЯЁа-яё]{8,}")  # shorter joined words are names of their own: «МедТех», «ГосКорп»
_RU_JOINED = re.compile(r"[а-яё][А-ЯЁ]{1,2}[а-яё]")
_RU_BOUNDARY = re.compile(r"(?<=[а-яё])(?=[А-ЯЁ])|(?<=[А-ЯЁ])(?=[А-ЯЁ][а-яё])")
# A Russian word of a name written as one may be cut without a dot: after a consonant, four letters at least
# (shorter cuts are in a table of their own: abbreviations.JOINED_CUTS)
_BARE_CUT = re.compile(r"[а-я]{3,}[бвгджзклмнпрстфхцчшщ]")
_LETTER = re.compile(r"[^\W\d_]")
# the words before which a budget's acronym in lower case stands: money, its source, «в т.ч.», a name's column
_BEFORE_LOWER_ACRONYM = re.compile(r"(?:^|[,;/(]|\b(?:средства|бюджет\w*|финансировани\w*|источник\w*|числе|включая|них"
                                   r"|сч[её]т|наименование|название))\s*$")
_SOFT_BREAK = re.compile(r"([а-яa-z])-\s+([а-яa-z])")
_CAPITALS = re.compile(r"\b[А-ЯЁA-Z]{2,}\b")
# a capitals word another word follows (a unit is no preposition's noun: "ОБ ТЫС РУБ" is the regional budget)
_SHOUTED_WORD = re.compile(r"\b[А-ЯЁA-Z]{2,}\b(?=\s+(?!(?:ТЫС|МЛН|МЛРД|РУБ|RUB|THOUSAND|MLN|BN)\b)[А-ЯЁA-Z])")
_TRAILING_END = re.compile(r"(?<=[\s,;/])(" + "|".join(PERIOD_ENDS) + r")[\s.:]*$")
PAREN = re.compile(r"\(([^()]*)\)")  # a remark in parentheses
_CLAUSE_END = re.compile(r"[\s.]*(?:$|[,;/()])")
# Russian cuts a word after a consonant («инв.», «подтв.», «направл.»), and English mostly so ("Dept.", "Est."):
# a dotted word ending in a vowel, «й» or «ь» is whole, its dot a full stop («Наименование кластера.», "Phase
# name."), as is an acronym in capitals («ОЭЗ.»)
_WHOLE_BEFORE_DOT = re.compile(r"[а-я]{2}[аеиоуыэюяйь]$|[a-z]{3}(?:[aeiouy]|er|ed|ing|ion|or|al|[tdnrls]s)$")
_LAST_DOT = re.compile(r"(?<![a-zа-я0-9])([a-zа-я0-9]+)(\)?)\s*\.\s*$")


@dataclass(frozen=True, slots=True)
class Token:
    word: str  # folded, abbreviations expanded
    stem: str
    remark: bool = False  # written inside parentheses: a comment on the header, weighed less
    truncated: bool = False  # written with a dot after it ("раб.", "кат."): may stand for a longer word
    hyphen: bool = False  # joined to the next word by a hyphen: a compound, or a word broken across lines
    qualifier: bool = False  # after "на", "при", "для" up to the next comma: a circumstance, not the subject
    clause: int = 0  # which of the text's parts between commas, semicolons and slashes
    # a Russian word of a name written as one ("ДАТА_НАЧ"): cut without a dot where it is no word as it stands
    bare: bool = False


@dataclass(frozen=True, slots=True)
class Words:
    """A text's content tokens, and what its units say."""

    tokens: tuple[Token, ...]
    money_unit: bool = False
    count_unit: bool = False
    percent: bool = False
    person: bool = False  # names people (ФИО, phone): never an organisation or an amount
    row_number: bool = False  # "№ п/п": the row's number in the form
    date_format: bool = False  # "(мм.гггг)": the column holds dates
    running: bool = False  # "нарастающим итогом": reached so far (money spent to date is no project figure)
    measure: bool = False  # "Площадь, га", "Мощность, МВт": a physical measure, which no field holds


def split_names(text: str) -> str:
    """The words of a column or field name written as one: "implementingAgency", "closing_date"."""
    text = _RU_WORD.sub(lambda m: _RU_BOUNDARY.sub(" ", m.group()) if _RU_JOINED.search(m.group()) else m.group(),
                        text)
    return _CAMEL.sub(r"\1 \2", text).replace("_", " ")


@lru_cache(maxsize=16384)  # the vocabularies and a sheet's headers repeat their words: stem each once
def stem(word: str) -> str:
    if word and "a" <= word[0] <= "z":
        # chemistry and its adjective are one word's forms, as in Russian ("chemistry", "chemicals"); the
        # stemmer parts them ("ministry", "registry" are no sciences: only "-chemistry" is read so)
        return _EN.stemWord(word[:-5] + "ical" if word.endswith("chemistry") else word)
    if word and word[0].isdigit():
        return word
    return _RU.stemWord(word)


def _lower_case_acronym(part: str, start: int) -> bool:
    """Whether a budget's or a territory's acronym in lower case with no word after it is the acronym: where it
    begins its clause or follows money or a name («средства об», «в т.ч. об», «наименование мо»), not a noun it
    could be a preposition of («Сведения об», whose noun is cut off)."""
    return _BEFORE_LOWER_ACRONYM.search(part, 0, start) is not None


@lru_cache(maxsize=16384)
def words(text: str) -> Words:
    """The content tokens of `text`, with the unit, percent and person remarks it makes."""
    text = FIELD_CODE.sub(" ", text)
    split = split_names(text)
    joined, text = split != text, split
    # In a header all in capitals, a short word is an abbreviation only where no word follows it: "ОБ,
    # МЛН РУБ." is the regional budget, "ИСТОЧНИК ИНФОРМАЦИИ ОБ ОБЪЕКТЕ" has a preposition.
    capitals = {fold(w) for w in _CAPITALS.findall(text)}
    if not any(c.islower() for c in text):
        capitals -= {fold(w) for w in _SHOUTED_WORD.findall(text)} & (QUALIFYING | STOPWORDS)
    # in a header all in capitals, capitals say no word is an acronym: «СТОИМ. ПРОЕКТА» is cut short
    dotted_acronyms = capitals if any(c.islower() for c in text) else set()
    folded = _SOFT_BREAK.sub(r"\1\2", fold(text).replace("\n", " "))  # "вне- бюджет- ные" → "внебюджетные"
    last = _LAST_DOT.search(folded)
    if last is not None and (last.group(2) or last.group(1) in dotted_acronyms
                             or _WHOLE_BEFORE_DOT.search(last.group(1))):
        folded = folded[:last.end(2)]  # a full stop after a whole word ends a sentence: the rules read no dot
    running = re.search(RUNNING, folded) is not None
    if folded.strip(" .:") in PERIOD_ENDS:
        folded = PERIOD_ENDS[folded.strip(" .:")]
    # "Период реализации, по", "Period from": a trailing preposition says which end of the period.
    folded = _TRAILING_END.sub(lambda m: " " + PERIOD_ENDS[m.group(1)], folded)
    for pattern, replacement in CONTRACTIONS:
        folded = pattern.sub(replacement, folded)
    remarks: list[str] = PAREN.findall(folded)
    plain = PAREN.sub(" ", folded)
    tokens: list[Token] = []
    money = count = percent = person = row_number = date_format = measure = form_row = False
    # "(мм.гггг)", "(dd/mm/yyyy)": two parts of a date's pattern together ("USD mm" is millions)
    date_parts = len(DATE_FORMAT & set(_WORD.findall(folded))) >= 2
    for part, remark in ((plain, False), *((r, True) for r in remarks)):
        qualifying, previous_end, clause = False, 0, 0
        for found in _WORD.finditer(part.replace("-", " ")):
            raw = found.group()
            if any(c in ",;/" for c in part[previous_end:found.start()]):
                qualifying, clause = False, clause + 1
            previous_end = found.end()
            acronym = raw in capitals or (raw in LOWER_CASE_AT_END and _CLAUSE_END.match(part, found.end()) is not None
                                          and _lower_case_acronym(part, found.start()))
            if raw in QUALIFYING and not (raw in CAPITAL_ONLY and acronym):
                qualifying = True
                continue
            if raw in SOURCE_MARKS:
                qualifying = False  # "для финансирования из областного бюджета": the source is what, not when
            if raw.startswith(_LANGUAGES):
                qualifying = False  # "на английском языке" says what the column holds
            dotted = (part[found.end():found.end() + 1] == "." and raw not in dotted_acronyms
                      and not _WHOLE_BEFORE_DOT.search(raw))
            hyphen = part[found.end():found.end() + 1] == "-" and part[found.end() + 1:found.end() + 2].isalpha()
            expanded = raw if raw in CAPITAL_ONLY and not acronym else ACRONYMS.get(raw, raw)
            if joined and raw in JOINED_CUTS and not dotted:
                expanded = JOINED_CUTS[raw]
            for word in expanded.replace("-", " ").split():  # "ПИР": "проектно-изыскательские работы", three words
                if word in MONEY_UNITS:
                    money = True
                    continue
                if word in COUNT_UNITS:
                    count = True
                    continue
                if word in MEASURE_UNITS:
                    measure = True
                    continue
                if word in DATE_FORMAT and date_parts:
                    date_format = True
                    continue
                if word in _FORM_ROWS:
                    form_row = True  # "Код строки": the form's own line, when nothing else is numbered
                if word in UNIT_WORDS or word in STOPWORDS or word.startswith(_DATA_LANGUAGE):
                    continue  # the data is Russian unless a header says otherwise: "(русское)" adds nothing
                if word in {"процент", "percent", "percentage", "доля", "share", "ratio", "rate"}:  # "Occupancy rate"
                    percent = True
                if word in {"фамилия", "отчество", "телефон", "email", "phone"}:
                    person = True
                if raw in PERSON_NAME:
                    person = True
                    continue  # "Куратор, ФИО", "ФИО куратора": a person's name is the kind, as a unit is
                if word == "порядковый":
                    row_number = True
                if clause and word == raw and raw in REQUISITES - {"адрес"} and not remark:
                    continue  # "Инициатор проекта, ИНН": what to write beside the name, as a remark would say
                if word.isdigit() and len(word) != 4:
                    continue  # a column number or a bare figure; a four-digit year may be a child header
                # a word cut without a dot: in a name written as one («ДАТА_НАЧ»), or a short last word after
                # another, cut to fit the column («Место реал»; not a compound: «Томский фармкластер»)
                cut_last = (not remark and bool(tokens) and len(raw) <= 6 and not joined
                            and not _LETTER.search(part, found.end()))
                tokens.append(Token(word, stem(word), remark, dotted and word == raw, hyphen and word == raw,
                                    qualifying, clause,
                                    (joined or cut_last) and word == raw and bool(_BARE_CUT.fullmatch(raw))))
    said = [t.word for t in tokens]
    if said == ["номер"] or (form_row and said and all(w in _NUMBER_WORDS for w in said)):
        row_number = True  # a bare "№" heads the form's own row numbers; "№ проекта" is a code
    return Words(tuple(tokens), money, count, percent, person, row_number, date_format, running, measure)

_NUMBER_WORDS = frozenset({"номер", "код", "number", "code", "no", "nr", "id"})
# How to reach someone: a column asking for it holds contact details (headers._veto).
CONTACTS = frozenset({"телефон", "phone", "email", "mail", "факс", "fax", "telephone"})
