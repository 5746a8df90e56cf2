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

from ino_desktop.reference import fold

_RU = snowballstemmer.stemmer("russian")
_EN = snowballstemmer.stemmer("english")

# Abbreviations whose letters do not begin the words they stand for (so no prefix rule can find them):
# acronyms of budget levels and sources in ministry financing tables, and a few contractions.
ACRONYMS: dict[str, str] = {
    "фб": "федеральный бюджет", "фед": "федеральный", "ср-ва": "средства", "ср": "средства",
    "об": "областной бюджет", "рб": "региональный бюджет", "бс": "бюджет субъекта",
    "бсрф": "бюджет субъекта", "мб": "местный бюджет", "вби": "внебюджетные источники",
    "вбс": "внебюджетные средства", "вб": "внебюджетные", "ви": "внебюджетные источники",
    "рм": "рабочие места", "внб": "внебюджетные", "врм": "высокопроизводительные рабочие места",
    "впрм": "высокопроизводительные рабочие места",
    "кол": "количество", "колво": "количество", "наим": "наименование", "обл": "областной",
    "мо": "муниципальное образование", "го": "городской округ", "мр": "муниципальный район",
    "нп": "населенный пункт", "ип": "инвестиционный проект",
    # construction and design stages, as status cells write them
    # (the compound written as one word, as the contraction below writes it, counts as one adjective)
    "смр": "строительномонтажные работы", "пир": "проектно-изыскательские работы",
    "псд": "проектно-сметная документация",
    "твт": "технико-внедренческого типа", "ппт": "промышленно-производственного типа",
    "фио": "фамилия имя отчество", "тел": "телефон", "пп": "порядковый", "no": "номер", "nr": "номер",
    "nbr": "номер", "qty": "quantity", "govt": "government", "org": "organisation",
    "mln": "million", "mn": "million", "bn": "billion", "bln": "billion", "rub": "rouble", "rur": "rouble",
    "окс": "объект капитального строительства", "dca": "delivery confidence assessment",
    "оив": "орган исполнительной власти", "иогв": "орган исполнительной власти",
    "fed": "federal", "reg": "regional", "fact": "actual",  # "jobs_fact": the Russian plan/fact in English
    "итк": "инновационный территориальный кластер", "лпк": "лесопромышленный комплекс",
    "итого": "всего", "рф": "российской федерации",
    # the programme's own region, as its office writes it (capitals only: "то" is also a word)
    "то": "томская область", "ато": "администрация",  # whose: the region is said by the programme
    "en": "english", "eng": "english", "engl": "english", "англ": "английский",
    "рус": "русский", "ru": "русский", "цв": "цвет",
    # project finance: the commercial operation date is when the built plant starts working (capitals only)
    "cod": "commissioning date",
}
# A period's sub-headers are often bare prepositions: "Период реализации / с … / по …".
PERIOD_ENDS = {"с": "начало", "c": "начало", "от": "начало", "from": "start", "по": "окончание",
               "до": "окончание", "to": "end", "till": "end", "until": "end"}
# Acronyms that are also common short words ("об" is a preposition): expanded only when written in capitals.
CAPITAL_ONLY = frozenset({"об", "ср", "мо", "нп", "ип", "no", "вб", "ви", "бс", "к", "го", "мр", "то", "ато", "cod"})

# A running total ("нарастающим итогом", "cumulative"): reached so far.
# Reached so far: a running total, or money spent, disbursed or put to use ("Budget spent", "Освоено").
RUNNING = (r"\bнарастающим\s+итогом\b|\bcumulative(?:ly)?\b|\b(?:spent|expended|disbursed)\b"
           r"|\b(?:освоен|израсходован|профинансирован)[а-я]*"
           r"|\bс\s+начала\s+(?:строительства|реализации|работ|года|деятельности)\b")  # "с начала строительства"

# A data dictionary's field code before the caption ("KJKEMD_014 — Город", "F_12 - Статус") numbers the
# column; taken off before split_names reads its underscore as a space.
_FIELD_CODE = re.compile(r"^\s*[A-Za-z][A-Za-z0-9]*_\d+\s*[—–-]\s*(?=\S)")

# Punctuated contractions, replaced before the text is split into words.
_CONTRACTIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), r) for p, r in (
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
    # "за отчетный год", "на очередной финансовый год": one year's slice ("за текущий год": a count now, too)
    (r"\b(?:за|в|на)\s+текущий\s+(?:финансовый\s+)?год\b", " текущий годовой "),
    (r"\b(?:за|в|на)\s+(?:отчетный|очередной|следующий|прошлый|предыдущий)\s+(?:финансовый\s+)?(?:год|период)\b"
     r"(?!\s+и\s+плановый)", " годовой "),
    (r"\bper\s+(?:year|annum)\b", " annual "),
    # a running total is what has been reached so far: jobs created, money spent (Words.running)
    (RUNNING, " фактически "),
    # "currently": when, not what
    (r"\bв\s+настоящее\s+время\b|\bна\s+сегодня(?:шний\s+день)?\b|\bв\s+данный\s+момент\b", " "),
    (r"\bк\s+созданию\b", " создаваемые "),  # "Рабочих мест к созданию": to be created, the plan
    # jobs organised or opened are jobs created ("Организовано новых рабочих мест", "открытых раб. мест")
    (r"\b(?:организован|открыт)[а-я]*\s+(?=(?:нов[а-я]*\s+)?раб)", " созданные "),
    # "по соглашению", "по бизнес-плану": according to what, a circumstance of the figure
    # (the document itself is then no object of the column's)
    (r"\bпо\s+(?:соглашени|договор|контракт|заявк)\w*", " согласно "),
    (r"\bпо\s+(?=бизнес|данным)", " согласно "),
    # "в ценах 2020 года", "в текущих ценах", "in 2020 prices": the prices a sum is in, a circumstance
    (r"\bв\s+(?:текущих\s+|прогнозных\s+|соответствующих\s+)?ценах(?:\s+соответствующих\s+лет"
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
    (r"\b(?:субсиди|грант|софинансирован|трансферт)\w*\s+(?=(?:из|за\s+сч[её]т)\s+(?:средств\s+)?[а-я]+\s+бюджет)",
     " средства "),
    (r"\b(федеральн|областн|региональн|краев|республиканск)(\w*)\s+(?:субсиди|грант|трансферт)\w*",
     r" \1\2 средства "),
    (r"\b(federal|regional|state|provincial)\s+(?:grants?|subsid\w*|transfers?)\b", r" \1 funds "),
    # "субсидия «…» (ФБ)", "Грант (областной бюджет)": a remark says whose budget the grant is from
    # (only a name in quotes between, only a unit after: "Субсидия (ФБ) - отказано", "Возврат субсидии" are not)
    (r'^\s*(?:субсиди|грант|трансферт)[а-я]*(?=\s*(?:"[^"]*"\s*)?\(\s*(?:фб|об|рб|федеральн\w*|областн\w*'
     r"|региональн\w*)(?:\s+бюджет\w*)?\s*\)\s*(?:,\s*(?:млн|тыс|млрд)[^,;]*)?$)", " средства "),
    (r"\bза\s+сч[её]т\b", " "),  # "за счет средств …": a compound preposition, "from"
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
    (r"\b(?:начала|начало)\s+и\s+(?:окончания|завершения|окончание|завершение)\b", " интервал "),
    (r"\bstart\s+and\s+end\b", " interval "),
    # "Проблема, на решение которой направлен проект": what the project is for, not its problems
    (r"\bпроблем\w*\s*,?\s*(?:на\s+)?(?:решени|снижени|устранени)\w*(?:\s*/\s*\w+)?\s+котор\w*\s+"
     r"(?:направлен|посвящен|служит|нацелен)\w*", " назначение "),
    (r"\bг\s*\.\s*г\s*\.", " годы "),
    # The tax basis of a sum ("с НДС", "без учета НДС", "excl. VAT") is its circumstance, not what it is.
    (r"\b(?:с|без|включая|с\s+учетом|без\s+учета)\s+(?:ндс|налога\s+на\s+добавленную\s+стоимость)\b", " "),
    (r"\b(?:incl(?:uding)?|excl(?:uding)?|net\s+of|with|without)\.?\s+vat\b", " "),
    (r"\bконтрольн\w*\s+точ\w*", " веха "),  # a control point is a milestone, another object
    (r"\bfinancial\s+clos(?:e|ing)\b", " веха "),  # the financing signed: a milestone, not the project's end
    (r"\b(?:row|line)\s*(?:id|no|number|num|nr)\b", " порядковый "),  # "row_id", "Line No.": the row's number
    (r"\bto\s+be\b", " planned "),  # "jobs to be created": the future is the plan
    (r"\bwill\s+be\b", " planned "),
    (r"\bбудет\b|\bбудут\b", " планируется "),
    (r"\bof\s+which\b|\bo\s*/\s*w\b|\bincl\b\.?", " including "),  # "o/w private", "incl. private": a part
    (r"\bto\s+date\b|\bна\s+(?:отчетную\s+)?дату\b", " actual "),  # "created to date": so far, not a date
    # "New jobs, no.": a count's unit, as "ед." is ("Reference, no." stays a number)
    (r"\b(jobs?|employ\w*|staff|workers?|people|positions?|projects)\b(.*?)[,(]\s*no\.?\s*\)?\s*$", r"\1\2 pcs "),
    (r"\bno\.(?=\s|$)", " number "),
    (r"\b(?:из\s+них|в\s+том\s+числе)\b", " включая "),
    (r"№", " номер "),
    (r"#", " номер "),
    (r"%", " процент "),
    (r"\be-?mail\b", " email "),
))

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
    "строк", "строки", "строка", "стр", "графа", "графы", "граф", "гр", "row", "rows", "line", "lines",
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
_SOFT_BREAK = re.compile(r"([а-яa-z])-\s+([а-яa-z])")
_CAPITALS = re.compile(r"\b[А-ЯЁA-Z]{2,}\b")
_SHOUTED_WORD = re.compile(r"\b[А-ЯЁA-Z]{2,}\b(?=\s+[А-ЯЁA-Z])")  # a capitals word another word follows
_TRAILING_END = re.compile(r"(?<=[\s,;/])(" + "|".join(PERIOD_ENDS) + r")[\s.:]*$")
PAREN = re.compile(r"\(([^()]*)\)")  # a remark in parentheses


@dataclass(frozen=True, slots=True)
class Token:
    word: str  # folded, abbreviations expanded
    stem: str
    remark: bool = False  # written inside parentheses: a comment on the header, weighed less
    truncated: bool = False  # written with a dot after it ("раб.", "кат."): may stand for a longer word
    hyphen: bool = False  # joined to the next word by a hyphen: a compound, or a word broken across lines
    qualifier: bool = False  # after "на", "при", "для" up to the next comma: a circumstance, not the subject
    clause: int = 0  # which of the text's parts between commas, semicolons and slashes


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


@lru_cache(maxsize=16384)
def words(text: str) -> Words:
    """The content tokens of `text`, with the unit, percent and person remarks it makes."""
    text = split_names(_FIELD_CODE.sub(" ", text))
    # In a header all in capitals, a short word is an abbreviation only where no word follows it: "ОБ,
    # МЛН РУБ." is the regional budget, "ИСТОЧНИК ИНФОРМАЦИИ ОБ ОБЪЕКТЕ" has a preposition.
    capitals = {fold(w) for w in _CAPITALS.findall(text)}
    if not any(c.islower() for c in text):
        capitals -= {fold(w) for w in _SHOUTED_WORD.findall(text)} & (QUALIFYING | STOPWORDS)
    folded = _SOFT_BREAK.sub(r"\1\2", fold(text).replace("\n", " "))  # "вне- бюджет- ные" → "внебюджетные"
    running = re.search(RUNNING, folded) is not None
    if folded.strip(" .:") in PERIOD_ENDS:
        folded = PERIOD_ENDS[folded.strip(" .:")]
    # "Период реализации, по", "Period from": a trailing preposition says which end of the period.
    folded = _TRAILING_END.sub(lambda m: " " + PERIOD_ENDS[m.group(1)], folded)
    for pattern, replacement in _CONTRACTIONS:
        folded = pattern.sub(replacement, folded)
    remarks: list[str] = PAREN.findall(folded)
    plain = PAREN.sub(" ", folded)
    tokens: list[Token] = []
    money = count = percent = person = row_number = date_format = measure = False
    # "(мм.гггг)", "(dd/mm/yyyy)": two parts of a date's pattern together ("USD mm" is millions)
    date_parts = len(DATE_FORMAT & set(_WORD.findall(folded))) >= 2
    for part, remark in ((plain, False), *((r, True) for r in remarks)):
        qualifying, previous_end, clause = False, 0, 0
        for found in _WORD.finditer(part.replace("-", " ")):
            raw = found.group()
            if any(c in ",;/" for c in part[previous_end:found.start()]):
                qualifying, clause = False, clause + 1
            previous_end = found.end()
            if raw in QUALIFYING and not (raw in CAPITAL_ONLY and raw in capitals):
                qualifying = True
                continue
            if raw in SOURCE_MARKS:
                qualifying = False  # "для финансирования из областного бюджета": the source is what, not when
            if raw.startswith(_LANGUAGES):
                qualifying = False  # "на английском языке" says what the column holds
            dotted = part[found.end():found.end() + 1] == "."
            hyphen = part[found.end():found.end() + 1] == "-" and part[found.end() + 1:found.end() + 2].isalpha()
            expanded = raw if raw in CAPITAL_ONLY and raw not in capitals else ACRONYMS.get(raw, raw)
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
                tokens.append(Token(word, stem(word), remark, dotted and word == raw, hyphen and word == raw,
                                    qualifying, clause))
    if [t.word for t in tokens] == ["номер"]:
        row_number = True  # a bare "№" heads the form's own row numbers; "№ проекта" is a code
    return Words(tuple(tokens), money, count, percent, person, row_number, date_format, running, measure)
