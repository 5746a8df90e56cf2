"""The programme's vocabularies (DESIGN.md): keys, Russian and English names, and known spellings.

Seeded into every new database (`db.seed`) and used by the importer to map agency spellings to keys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Term:
    key: str
    ru: str
    en: str
    spellings: tuple[str, ...] = field(default=())

    def name(self, lang: str) -> str:
        return self.en if lang == "en" else self.ru


CLUSTERS: tuple[Term, ...] = (
    Term("petrochemical", "Нефтехимический кластер", "Petrochemical cluster",
         ("Нефтехимический", "Нефтехимия", "Нефтегазохимия", "Нефтегазохимический", "Нефтепереработка",
          "Газонефтехимия", "Газонефтехимический", "Газохимия", "Газохимический",
          "Нефтехимическая промышленность",
          "Petrochemistry", "Petrochemical", "petrochemicals", "oil and gas chemistry", "oil refining",
          # as the activity classification (ОКВЭД 2, section C 19) names it
          "Производство нефтепродуктов", "refined petroleum products")),
    Term("nuclear", "Кластер ядерных технологий", "Nuclear technologies cluster",
         ("Ядерные технологии", "Ядерный", "Атомные технологии", "Атомный", "Атомная промышленность",
          "Кластер ЯТ", "Атомная энергетика", "Радиационные технологии", "Радиохимия", "Радиохимический",
          "nuclear tech", "Nuclear", "Nuclear technologies", "atomic", "nuclear energy",
          "Ядерное топливо", "nuclear fuel")),
    Term("timber", "Лесопромышленный кластер", "Timber cluster",
         ("Лесопромышленный", "Лесной кластер", "Лесной", "Лесная промышленность", "Лесопереработка",
          "Деревообработка", "Лесохимия", "Лесопромышленный комплекс", "Timber", "timber industry", "Forestry",
          "wood processing", "woodworking", "forest industry", "Лесопромышленность", "Деревопереработка", "wood",
          "lumber", "forest products", "pulp and paper", "Лесоперерабатывающий",
          # as the activity classification (ОКВЭД 2, sections C 16 and C 17) names it
          "Обработка древесины", "Изделия из дерева", "Производство бумаги", "Целлюлозно-бумажное производство",
          "wood products", "paper products",
          # the forest's first steps and their adjectives: logging, woodworking
          "Лесозаготовка", "Деревообрабатывающий", "logging",
          "Переработка древесины", "Глубокая переработка древесины", "Древесина")),
    Term("pharma", "Фармацевтический кластер", "Pharmaceutical cluster",
         ("Фармацевтический", "Фармацевтика", "Фарма", "Фармацевтическая промышленность", "Биофармацевтический",
          "Биофармацевтика", "biopharmaceutical", "biopharma",
          "Лекарственные средства", "Лекарственные препараты", "Pharma", "Pharmaceutical", "Pharmaceuticals",
          "drug manufacturing", "medicines", "drugs",
          # as the activity classification (ОКВЭД 2, section C 21) names it
          "Производство лекарственных средств", "manufacture of pharmaceutical products")),
    Term("medtech_it", "Кластер медицинской техники и информационных технологий",
         "Medical equipment and IT cluster",
         ("Кластер медтехники и ИТ", "Медтехника и ИТ", "Медицинская техника и ИТ", "Медицинская техника",
          "Медтехника", "Информационные технологии", "ИТ", "IT & medical devices", "Medical equipment and IT",
          "MedTech & IT", "IT and medical devices", "medical devices", "medical equipment", "medtech",
          "information technology", "IT", "ICT", "Медицинские изделия", "Медицинское оборудование", "ИКТ",
          "Информационно-коммуникационные технологии", "IT-кластер", "software", "medical technology",
          # as the activity classification (ОКВЭД 2, section J) names it
          "Информация и связь", "Телекоммуникации", "information and communication", "telecommunications",
          "Программное обеспечение")),
    Term("wildlife", "Кластер дикоросов", "Wildlife resources cluster",
         ("Дикоросы", "Дикорастущее сырье", "Дикорастущие", "Недревесные лесные ресурсы", "Пищевые лесные ресурсы",
          "Возобновляемые природные ресурсы", "renewable natural resources",
          "wild plants", "Wildlife resources", "Wildlife", "Wild plants cluster", "wild harvest",
          "non-timber forest products", "wild berries", "Дикорастущие ягоды", "Ягоды и грибы", "Кедровый орех",
          "wild-growing plants", "forest foods", "wild-growing raw materials")),
    Term("hard_to_recover", "Кластер трудноизвлекаемых запасов", "Hard-to-recover resources cluster",
         ("Кластер ТрИЗ", "ТрИЗ", "Трудноизвлекаемые запасы", "Трудноизвлекаемые запасы нефти",
          "Трудноизвлекаемая нефть", "Hard-to-recover reserves", "Hard-to-recover resources", "Hard to recover",
          "tight oil", "unconventional oil", "hard-to-extract reserves", "Трудноизвлекаемые углеводороды",
          "Нетрадиционные запасы", "Баженовская свита", "unconventional reserves", "enhanced oil recovery",
          # the technologies of getting more oil out of a field («Методы увеличения нефтеотдачи»): the same
          # reserves' work
          "нефтеотдача", "увеличение нефтеотдачи", "повышение нефтеотдачи")),
)

WORK_AREAS: tuple[Term, ...] = (
    Term("industry", "Передовая промышленность", "Advanced industry",
         ("Промышленность", "Industry", "Производство", "Промышленное производство", "Передовое производство",
          "manufacturing", "advanced manufacturing", "Индустрия", "Промышленный сектор", "best production",
          "advanced production",
          # manufacturing as the activity classification names it (ОКВЭД 2, section C)
          "Обрабатывающие производства", "Промышленные технологии", "Новая индустриализация", "Индустриализация")),
    Term("science_education", "Наука и образование", "Science and education",
         ("Science & education", "Наука, образование", "Наука", "Образование", "Научно-образовательный комплекс",
          "Научно-образовательное", "Research and education", "science", "education", "research",
          "Образование и наука", "Университеты", "R&D", "Передовые инженерные школы", "Инженерные школы")),
    Term("innovation_business", "Технологические инновации, новые бизнесы",
         "Technological innovations, new businesses",
         ("Технологические инновации и новые бизнесы", "Innovations, new businesses", "Новые бизнесы",
          "Инновации", "Технологическое предпринимательство", "Стартапы", "Инновационный бизнес",
          "innovation", "new business", "startups", "tech entrepreneurship", "Инновационное предпринимательство",
          "Коммерциализация технологий", "technology commercialisation")),
    Term("smart_city", "Умный и удобный город", "Smart and handy city",
         ("Умный город", "Smart city", "Удобный город", "Комфортный город", "Городская среда", "urban environment",
          "comfortable city", "Городское хозяйство", "Городская инфраструктура", "urban", "liveable city")),
    Term("business_environment", "Деловая среда", "Business environment",
         ("Бизнес-среда", "Предпринимательская среда", "Инвестиционный климат", "Деловой климат",
          "Business climate", "investment climate", "Инвестиционная среда", "Предпринимательский климат",
          "regulatory environment", "Условия ведения предпринимательской деятельности",
          "Региональный инвестиционный стандарт", "Инвестиционный стандарт", "investment environment")),
)

TERRITORY_TYPES: tuple[Term, ...] = (
    Term("industrial", "Индустриальный парк", "Industrial park",
         ("Промышленный парк", "Промышленная площадка", "Индустриальная площадка", "Промплощадка", "industrial",
          "industrial site", "industrial zone", "Региональный индустриальный парк", "РИП",
          "ОЭЗ промышленно-производственного типа", "ОЭЗ ППТ", "промышленно-производственного типа",
          "industrial production zone", "industrial-production type")),
    Term("innovation", "Инновационный парк", "Innovation park",
         ("Технопарк", "Инновационная территория", "Технологическая долина", "Инновационный центр", "innovation",
          "technopark", "tech park", "технико-внедренческий", "технико-внедренческого типа",
          "ОЭЗ технико-внедренческого типа", "ОЭЗ ТВТ", "Инновационный квартал", "innovation district",
          # the federal programme's own name for them
          "Технопарк в сфере высоких технологий")),
    Term("research_education", "Научно-образовательный парк", "Research and education park",
         ("research_education", "Кампус", "Университетский кампус", "Научно-образовательная территория", "campus",
          "university campus", "Кампус мирового уровня", "Студенческий кампус")),
    Term("historical_cultural", "Историко-культурный парк", "Historical and cultural park",
         ("historical_cultural", "Исторический квартал", "Культурное наследие", "heritage", "historic quarter",
          "Исторический центр", "Историческое поселение", "Объект культурного наследия", "historic settlement",
          "Историческое наследие", "historical heritage")),
    Term("medical", "Медицинский парк", "Medical park",
         ("medical", "Медицинский городок", "Медицинская территория", "healthcare", "medical campus",
          "Медицинский кампус", "hospital campus")),
    Term("sport", "Спортивный парк", "Sports park",
         ("sport", "Спортивный", "Спортивный комплекс", "Спортивная территория", "sports", "sports ground")),
)

CATEGORIES: tuple[Term, ...] = (
    # the adjective, and the noun of the sphere it names ("Социальная сфера", "Инфраструктура")
    Term("industrial", "Промышленный", "Industrial", ("Промышленные", "Производственный", "Промышленность",
                                                      "Производство", "industry", "Индустриальный",
                                                      "manufacturing",
                                                      # industries a sector's name may put beside healthcare
                                                      "Фармацевтика", "Фармацевтическая промышленность",
                                                      "Медицинская промышленность")),
    Term("research_education", "Научно-образовательный", "Research and education",
         ("Научно-образовательные", "Наука и образование", "science and education", "Научно-исследовательский",
          "Научный", "research", "R&D", "research and development")),
    Term("social", "Социальный", "Social", ("Социальные", "Социальная сфера", "social sphere", "Соцобъект",
                                            "Социальный объект", "Социалка",
                                            # the sectors of the social sphere
                                            # (not the English "Health": a development bank's sector, which
                                            # pharmaceutical and medical-device plants are filed under too)
                                            "Здравоохранение", "Социальная защита", "Социальная помощь",
                                            "social protection", "social welfare")),
    Term("infrastructure", "Инфраструктурный", "Infrastructure", ("Инфраструктурные", "Инфраструктура",
                                                                  # the sectors of public infrastructure
                                                                  "Коммунальная инфраструктура",
                                                                  "Транспортная инфраструктура",
                                                                  "Энергетическая инфраструктура",
                                                                  "Жилищно-коммунальное хозяйство", "ЖКХ",
                                                                  "infrastructure", "public infrastructure",
                                                                  "Транспорт", "transport", "roads", "highways",
                                                                  "railways", "ports", "logistics", "utilities",
                                                                  "Дороги", "Железные дороги", "Порты",
                                                                  "Аэропорты", "airports",
                                                                  "Водоснабжение", "Водоотведение",
                                                                  "Обращение с отходами", "water supply",
                                                                  "waste management")),
)

STATUSES: tuple[Term, ...] = (
    Term("planned", "Планируется", "Planned",
         ("планируется", "запланирован", "планируется к реализации", "планируемый", "в планах", "не начат",
          "не начата реализация", "перспективный", "проработка", "подготовка", "на стадии подготовки",
          "предполагается", "предлагаемый", "предлагается", "концепция", "planned", "not started", "proposed",
          "pipeline", "prospective", "concept", "tentative", "прединвестиционная стадия", "подготовительный этап",
          "поиск инвестора", "not yet started", "identified", "на согласовании",
          "не приступили", "не приступал",  # «к реализации не приступали»: not begun
          "одобрен",  # as "approved": decided on, not begun («на экспертизе» is often an application's, not read)
          "стадия проектирования", "initiation", "initiative", "инициатива", "design", "under design",
          "preparation", "under preparation", "инвестиционная идея", "намечен", "проектирование",
          "проектная документация", "разработка документации", "подбор земельного участка",
          "проектно-изыскательские работы", "получение разрешения на строительство",
          # the stages of an investment project's life before building: design, site, documents
          "предпроектная стадия", "поиск площадки", "выбор площадки", "подбор площадки",
          "разработка проектной документации",
          # as project and task trackers name work not yet begun
          "новый", "new", "backlog", "бэклог", "проектируемый",
          # a deal being put together: the project is not yet financed
          "структурирование", "структурирование сделки", "структурирование проекта",
          # an idea or an application being worked out, and its feasibility study (ТЭО)
          "замысел", "инвестиционный замысел", "заявлен", "прорабатывается", "идея",
          "тэо", "разработка тэо", "технико-экономическое обоснование",
          # a development bank's or a portfolio's stages before a project is under way
          "appraisal", "under appraisal", "approval", "approved", "announced", "permitting", "early stage",
          "feasibility", "feasibility study", "pre-feasibility", "tender stage",
          # the business case being made: not yet built
          "business case", "business case stage")),
    Term("in_progress", "Реализуется", "In progress",
         ("реализуется", "реализация", "в стадии реализации", "в процессе реализации", "на стадии реализации",
          "в работе", "в процессе", "выполняется", "исполняется",
          "осуществляется", "ведется", "ведутся работы", "в ходе",
          "идет реализация", "текущий", "действующий", "создание", "строительство", "строится", "инвестиционная стадия",
          "in progress", "ongoing", "active", "under way", "underway", "implementing", "under implementation",
          "execution", "under execution",
          "being implemented", "in implementation", "implementation", "construction", "under construction",
          "ведется строительство", "реализуемый", "строительно-монтажные работы", "монтажные работы",
          "отделочные работы", "работы нулевого цикла",
          # the investment (building) phase of a project's life, in its other names
          "инвестиционная фаза", "инвестиционный этап", "строительная стадия", "этап строительства",
          "монтаж оборудования", "пусконаладочные работы", "в прогрессе",
          # the process nouns of the verbs whose participles say completed: the work is under way
          "исполнение", "выполнение", "завершение",
          "продолжается", "реализация продолжается", "продолжается реализация",
          # begun: "не начат" is read against the negated spellings, of the plan
          "начат", "начата реализация", "реализация начата", "начато строительство", "started", "активен",
          "приступили", "приступили к реализации",
          # resumed after a pause: under way again ("Реализация возобновлена"; "возобновление" may be to come)
          "возобновлен", "resumed",
          "активный", "investment stage", "investment phase"
          )),
    Term("completed", "Завершён", "Completed",
         ("завершен", "завершён", "реализован", "выполнен", "окончен", "закончен", "исполнен",
          "реализация завершена", "введен в эксплуатацию", "закрыт",
          "введен в эксплуатацию", "эксплуатационная стадия", "в эксплуатации", "построен", "сдан",
          "completed", "done", "finished", "implemented", "delivered", "closed", "complete", "in operation",
          "operational", "commissioned", "ввод в эксплуатацию", "выход на проектную мощность",
          "выведен на проектную мощность", "эксплуатационная фаза", "эксплуатационный этап",
          # the operating phase of an investment project's life, and production started
          "операционная стадия", "операционная фаза", "производство запущено",
          "вышел на проектную мощность", "выход на плановую мощность",
          # the permit to put into operation received: the building is done
          "получено разрешение на ввод", "получено разрешение на ввод в эксплуатацию",
          "разрешение на ввод получено", "разрешение на ввод в эксплуатацию получено", "получено рвэ")),
    Term("suspended", "Приостановлен", "Suspended",
         ("приостановлен", "заморожен", "остановлен", "отложен", "на паузе",
          "реализация приостановлена", "suspended", "on hold", "paused", "frozen", "postponed", "halted",
          "stalled", "deferred", "held", "put on hold", "stopped", "работы приостановлены", "законсервирован",
          "консервация", "mothballed", "on ice", "put on ice")),
)

RAGS: tuple[Term, ...] = (
    # A risk scale says the colour by its level; the delivery confidence scale of the UK's Infrastructure and
    # Projects Authority by how likely delivery is.
    Term("green", "Зелёный", "Green", ("зеленый", "з", "зел", "g", "в графике", "по плану", "норма", "on track",
                                      "on schedule", "зеленая зона",
                                      "без отклонений", "низкий риск", "low risk", "highly likely", "on time",
                                      "высокая уверенность", "high confidence", "🟢", "🟩", "💚",
                                      "опережение графика", "с опережением", "ahead of schedule",
                                      "исполняется в срок", "по графику", "риски отсутствуют", "нет рисков",
                                      "рисков нет", "без рисков", "no risks")),
    Term("amber", "Жёлтый", "Amber", ("желтый", "янтарный", "оранжевый", "ж", "жел", "a", "yellow", "orange", "риск",
                                      "at risk", "есть риски", "средний риск", "умеренный риск", "medium risk",
                                      "moderate risk", "требует внимания", "внимание", "needs attention",
                                      "requires attention", "probable", "feasible", "средняя уверенность",
                                      "medium confidence", "незначительные отклонения", "незначительное отклонение",
                                      "есть отклонения", "имеются отклонения", "с отставанием", "с отклонениями",
                                      "🟡", "🟨", "🟠", "🟧", "💛")),
    # A project going on late ("С отставанием") is amber; a lag ("Отставание"), one that lags ("Отстает"),
    # critically, or has failed its dates is red. A phrase of both ("Идёт с отставанием") is refused.
    Term("red", "Красный", "Red", ("к", "кр", "r", "срыв", "критический", "отставание", "отстает",
                                  "критическое отставание", "срыв сроков", "off track", "critical",
                                  "требуется вмешательство", "intervention needed", "intervention required",
                                  "behind schedule", "красная зона",
                                  "критичный", "высокий риск", "критический риск", "high risk", "critical risk",
                                  "unachievable", "низкая уверенность", "low confidence", "критическое отклонение",
                                  "критические отклонения", "существенные отклонения", "существенное отклонение",
                                  "🔴", "🟥")),
)
# How a project without a RAG value is named, wherever it is shown (the window, the pack, the exports).
NOT_RATED = Term("not_rated", "не оценён", "not assessed",
                 # grey: a traffic light not lit, no colour given (read as no value, never as a colour)
                 ("не оценен", "не оценивался", "серый", "grey", "gray", "not rated", "n/r"))

ACTION_STATUSES: tuple[Term, ...] = (
    Term("done", "Выполнено", "Done", ("выполнено", "исполнено", "done", "completed")),
    Term("in_progress", "В работе", "In progress", ("в работе", "in progress")),
    Term("not_started", "Не начато", "Not started", ("не начато", "not started")),
)

MILESTONE_STATUSES: tuple[Term, ...] = (
    Term("planned", "Запланирован", "Planned"),
    Term("done", "Выполнен", "Done"),
    Term("missed", "Сорван", "Missed"),
)

DECISION_STATUSES: tuple[Term, ...] = (
    Term("open", "На исполнении", "Open"),
    Term("done", "Исполнено", "Done"),
    Term("cancelled", "Снято с контроля", "Cancelled"),
)

ORGANISATION_KINDS: tuple[Term, ...] = (
    Term("federal_ministry", "Федеральное министерство", "Federal ministry"),
    Term("university", "Университет", "University"),
    Term("national_corporation", "Госкорпорация", "National corporation"),
    Term("company", "Компания", "Company"),
    Term("development_institute", "Институт развития", "Development institute"),
    Term("regional_authority", "Региональный орган власти", "Regional authority"),
    Term("research_institute", "Научный институт", "Research institute"),
)

INSTRUMENT_KINDS: tuple[Term, ...] = (
    Term("subsidy", "Субсидия", "Subsidy"),
    Term("grant", "Грант", "Grant"),
    Term("loan", "Заём", "Loan"),
    Term("tax_relief", "Налоговая льгота", "Tax relief"),
    Term("special_status", "Особый статус", "Special status"),
    Term("programme", "Программа", "Programme"),
)

# Canonical place names of the Tomsk region used by the samples; others are kept as written.
LOCATIONS: tuple[str, ...] = ("Томск", "Северск", "Асино", "Стрежевой", "Колпашево", "Томский район")
# The districts inside a canonical city ("ГО «Город Томск», Кировский р-н" is in Томск, not Томский район).
CITY_DISTRICTS: dict[str, tuple[str, ...]] = {"Томск": ("Кировский", "Ленинский", "Октябрьский", "Советский")}

# Programme targets (DESIGN.md).
JOBS_TARGET = 160_000
INVESTMENT_GAP_MLN = 250_000.0
CONFIRMED_SHARE_TARGET = 0.65
STALE_AFTER_DAYS = 90

_QUOTES = re.compile(r"[«»“”„\"'`]")
_SPACES = re.compile(r"\s+")
# A word typed in Cyrillic with a Latin letter that looks the same ("Oбъем", "cредства", "Куpатор"): the
# keyboard layout slipped, the word is Russian.
_LETTERS = re.compile(r"[а-яa-z]+")
_LATIN_LETTER = re.compile(r"[a-z]")
_CYRILLIC_LETTER = re.compile(r"[а-я]")
_CYRILLIC_TWINS = str.maketrans("aceopxykmthb", "асеорхукмтнв")


def _cyrillic_word(match: re.Match[str]) -> str:
    word = match.group()
    mixed = _LATIN_LETTER.search(word) and _CYRILLIC_LETTER.search(word)
    return word.translate(_CYRILLIC_TWINS) if mixed else word


def fold(text: str) -> str:
    """Compare form: lower case, ё→е, Latin twins in a Cyrillic word made Cyrillic, one kind of quote,
    runs of spaces collapsed, trimmed."""
    text = text.replace("\u00a0", " ").replace("ё", "е").replace("Ё", "Е").lower()
    if not text.isascii() and _LATIN_LETTER.search(text):
        text = _LETTERS.sub(_cyrillic_word, text)
    text = _QUOTES.sub('"', text)
    return _SPACES.sub(" ", text).strip()


def _index(terms: tuple[Term, ...]) -> dict[str, str]:
    index: dict[str, str] = {}
    for term in terms:
        for spelling in (term.key, term.ru, term.en, *term.spellings):
            index[fold(spelling)] = term.key
    return index


VOCABULARIES: dict[str, tuple[Term, ...]] = {
    "cluster": CLUSTERS,
    "work_area": WORK_AREAS,
    "territory_type": TERRITORY_TYPES,
    "category": CATEGORIES,
    "status": STATUSES,
    "rag": RAGS,
}
_INDEXES = {name: _index(terms) for name, terms in VOCABULARIES.items()}


def lookup(vocabulary: str, text: str) -> str | None:
    """The key a spelling stands for in `vocabulary`, or None when it is not a known spelling."""
    return _INDEXES[vocabulary].get(fold(text))


def term(vocabulary: str, key: str) -> Term:
    for t in VOCABULARIES[vocabulary]:
        if t.key == key:
            return t
    raise KeyError(f"{vocabulary}: {key}")


def keys(vocabulary: str) -> tuple[str, ...]:
    return tuple(t.key for t in VOCABULARIES[vocabulary])
