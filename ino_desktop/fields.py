"""The field catalogue: one entry per project field, the single source of what a field is.

For every field: its key (the export format's name), its kind (how values are read and shown), its unit,
its limits, its Russian and English labels, and the header vocabulary agencies use for it. The importer
reads the vocabulary (`importer.wording`), the exports and the agency template read the labels and kinds,
the briefing and the window read the labels. The vocabulary is written as base phrases: word forms,
truncations and unit remarks are the matcher's job (stemming, prefixes, units), not this list's.
"""

from __future__ import annotations

from dataclasses import dataclass

# Kinds: how a field's values are read, checked and shown.
CODE, TEXT, VOCAB, PLACE, ORG, PERSON, DATE, MONEY, COUNT = (
    "code", "text", "vocab", "place", "org", "person", "date", "money", "count")


@dataclass(frozen=True)
class Field:
    key: str
    kind: str
    ru: str  # label: the one Russian name of the field
    en: str  # label: the one English name
    unit_ru: str = ""
    unit_en: str = ""
    max_length: int | None = None
    vocabulary: str | None = None  # for VOCAB fields: the reference vocabulary's name
    header_ru: tuple[str, ...] = ()  # how agencies head the column, base phrases
    header_en: tuple[str, ...] = ()
    importable: bool = True  # read from agency workbooks
    # A field that is another field said with a mark: a header that reads as `variant_of` and carries a word
    # starting with one of `marks` is this field ("подтвержденный объем частных инвестиций").
    variant_of: str | None = None
    marks: tuple[str, ...] = ()
    # "plan" or "fact" for a field that is one side of a plan/fact pair: a header that says only the other
    # side ("планируется создать", "фактически") does not read as this field at full strength.
    aspect: str | None = None
    identifies: bool = False  # the project's own code or name: what a programme's "code"/"name" is not
    # Phrases of the vocabulary that name one kind of the field's money, not all of it ("собственные средства"
    # of the extra-budgetary): beside a column of the whole, or of another kind, such a column is a part.
    parts: tuple[str, ...] = ()

    def label(self, lang: str) -> str:
        return self.en if lang == "en" else self.ru

    def unit(self, lang: str) -> str:
        return self.unit_en if lang == "en" else self.unit_ru

    def titled(self, lang: str) -> str:
        """The label with its unit, as a column title: "Федеральный бюджет, млн руб."."""
        unit = self.unit(lang)
        return f"{self.label(lang)}, {unit}" if unit else self.label(lang)


_MLN_RU, _MLN_EN = "млн руб.", "RUB mln"
_EXTRA_RU = ("внебюджетные источники", "внебюджетные средства", "внебюджетные", "внебюджетное финансирование",
             "частные инвестиции", "средства инвесторов", "собственные и заемные средства", "привлеченные средства",
             "привлекаемые средства",  # the participle of the plan, as «создаваемые» is of jobs
             "собственные средства", "заемные средства", "собственные инвестиции", "кредитные средства",
             "собственные вложения", "вложения инвестора", "средства частного партнера",
             "средства индустриального партнера",
             "другие источники", "прочие источники", "иные источники", "частные средства")
_EXTRA_EN = ("private funding", "extra budgetary", "extra budgetary funds", "private", "private investment",
             "non budgetary", "off budget", "private sector", "investor funds", "own funds", "equity", "borrowed funds",
             "industrial partner", "private partner")

CATALOGUE: tuple[Field, ...] = (
    Field("code", CODE, "Код проекта", "Project code", max_length=32, identifies=True,
          header_ru=("код", "код проекта", "шифр", "шифр проекта", "идентификатор", "идентификатор проекта",
                     "номер проекта", "регистрационный номер", "учетный номер", "код ино", "id проекта",
                     "реестровый номер", "номер в реестре",
                     # a register's entry is the project's row in it: its number identifies the project
                     "номер реестровой записи",
                     "идентификационный номер",
                     # a fund keeps the projects it supports by their application's number (wording/heads)
                     "номер заявки", "код заявки"),
          header_en=("code", "project code", "project id", "id", "project number", "reference", "project ref",
                     "identification number", "identifier", "id number", "unique id", "registration number",
                     "application number", "application id", "application code")),
    Field("name", TEXT, "Наименование проекта", "Project name", max_length=500, identifies=True,
          header_ru=("наименование", "наименование проекта", "название", "название проекта", "проект",
                     "наименование инвестиционного проекта", "наименование инновационного проекта",
                     "наименование мероприятия", "краткое наименование проекта", "объект",
                     "наименование объекта", "тема", "тема проекта"),
          header_en=("project", "project name", "project title", "name", "title", "name of the project")),
    Field("name_en", TEXT, "Наименование на английском", "Name in English", max_length=500, identifies=True,
          header_ru=("наименование на английском языке", "название на английском", "английское наименование",
                     "наименование english", "название english", "наименование латиницей",
                     "название латиницей"),
          header_en=("english name", "name in english", "english title", "project name english", "name english",
                     "title english"),
          # a project's name said in English or in Latin letters, however the name is headed
          variant_of="name", marks=("англ", "english", "латин", "latin")),
    Field("description", TEXT, "Описание проекта", "Description",
          header_ru=("описание", "описание проекта", "краткое описание проекта", "содержание проекта",
                     "аннотация", "резюме проекта", "характеристика проекта", "краткая характеристика",
                     "суть проекта", "идея проекта", "сущность проекта"),
          header_en=("description", "project description", "summary", "abstract", "overview", "synopsis", "objective",
                     "project objective", "purpose")),
    Field("category", VOCAB, "Категория проекта", "Category", vocabulary="category",
          header_ru=("категория", "категория проекта", "тип проекта", "вид проекта", "классификация",
                     "класс проекта", "отрасль", "отраслевая принадлежность", "типология проекта",
                     # the sphere of the economy a project is in, as registers write the branch
                     "сфера", "сфера реализации", "сфера экономики"),
          header_en=("category", "project category", "project type",
                     # the economy's branch a project is in, as banks' and portfolios' exports say it
                     "sector", "sectors", "major sector", "industry")),
    Field("cluster", VOCAB, "Кластер", "Cluster", vocabulary="cluster",
          header_ru=("кластер", "инновационный кластер", "инновационный территориальный кластер",
                     "территориальный кластер", "отраслевой кластер", "кластер ино", "принадлежность к кластеру"),
          header_en=("cluster", "innovation cluster", "industry cluster",
                     # a sector or an industry is a cluster's or a project's category: the column's values decide
                     "sector", "sectors", "industry")),
    Field("work_area", VOCAB, "Направление", "Work area", vocabulary="work_area",
          header_ru=("направление", "направление работы", "направление дорожной карты",
                     "направление деятельности", "направление развития", "приоритетное направление",
                     "блок", "направление ино", "приоритет"),
          header_en=("work area", "workstream", "work stream", "area", "direction", "priority area", "priority",
                     "strand", "focus area", "pillar", "theme", "thematic area")),
    Field("territory_type", VOCAB, "Тип территории", "Territory type", vocabulary="territory_type",
          header_ru=("тип территории", "тип парка", "парк", "тип площадки", "вид площадки",
                     "площадка размещения",
                     "вид территории", "режим территории", "преференциальный режим", "особый режим",
                     "тип зоны", "особая экономическая зона", "тип оэз"),
          header_en=("territory type", "park type", "park", "site type", "area type", "zone type",
                     "special economic zone", "preferential regime", "location type")),
    Field("location", PLACE, "Место реализации", "Location", max_length=200,
          header_ru=("место реализации", "местоположение", "место", "муниципальное образование",
                     "муниципалитет", "муниципальный район", "территория реализации", "город", "населенный пункт",
                     "место размещения", "адрес", "район", "территория", "локализация", "городской округ",
                     "округ", "место нахождения", "местонахождение", "расположение", "регион",
                     "субъект российской федерации", "адресный ориентир", "география", "локация",
                     "площадка реализации",
                     # a district's parts (a rural or urban settlement is a municipality of its own)
                     "поселение", "сельское поселение", "городское поселение", "муниципальный округ"),
          # "state" is also a status word: alone it is left to the column's values.
          header_en=("location", "municipality", "site", "place", "city", "town", "district", "county", "province",
                     "state", "address", "region", "country", "postcode", "post code", "postal code",
                     "zip code")),
    Field("lead_organization", ORG, "Ответственная организация", "Lead organisation", max_length=500,
          header_ru=("ответственная организация", "ответственный исполнитель", "исполнитель", "инициатор",
                     "инициатор проекта", "организация", "ведущая организация", "головная организация",
                     "организация инициатор", "заявитель", "инвестор", "организация заявитель",
                     "участник ответственный за реализацию", "наименование организации", "оператор проекта",
                     "реализующая организация", "предприятие", "компания", "учреждение",
                     "наименование учреждения", "юридическое лицо", "получатель", "получатель поддержки",
                     "хозяйствующий субъект", "застройщик", "заказчик", "девелопер", "университет", "вуз",
                     "контрагент",  # an accounting system's name for the organisation a record is about
                     "концессионер", "частный партнер", "частная сторона", "предприниматель",
                     "организатор", "резидент", "наименование резидента", "заемщик", "грантополучатель"),
          header_en=("lead organisation", "lead organization", "organisation", "organization", "initiator",
                     "project initiator", "lead", "applicant", "investor", "company", "sponsor",
                     "implementing organisation", "implementing agency", "lead agency", "operator", "developer",
                     "executing agency", "executing organisation", "implementing entity", "executing entity",
                     "sponsor organisation", "recipient", "university", "resident", "borrower", "grantee",
                     "beneficiary", "promoter", "project promoter")),
    Field("status", VOCAB, "Статус", "Status", vocabulary="status",
          header_ru=("статус", "статус проекта", "статус реализации", "состояние", "состояние реализации",
                     "стадия", "стадия реализации", "этап реализации", "текущее состояние", "ход реализации",
                     "фаза", "этап"),
          header_en=("status", "project status", "stage", "state", "implementation status", "phase",
                     "project state", "state of the project")),
    Field("rag", VOCAB, "Оценка реализации", "Delivery confidence", vocabulary="rag",
          header_ru=("оценка реализации", "оценка", "светофор", "цветовой индикатор", "уровень риска",
                     "цвет", "прогноз реализации", "уверенность в реализации", "степень уверенности",
                     "индикатор статуса", "цветовой статус", "цветовая индикация", "зона риска", "степень риска"),
          header_en=("rag", "rag status", "delivery confidence", "confidence", "traffic light",
                     "delivery confidence assessment", "rating",
                     # a status report's judgement of a project's health is its colour
                     "health", "project health")),
    Field("start_date", DATE, "Дата начала", "Start date",
          header_ru=("дата начала", "начало", "начало реализации", "срок начала", "год начала",
                     "дата начала реализации", "срок реализации начало", "старт", "период реализации начало",
                     "запуск", "дата запуска", "начало выполнения"),
          header_en=("start", "start date", "started", "begin", "commencement", "start year", "launch",
                     "launch date", "kick off", "kickoff")),
    Field("end_date", DATE, "Дата окончания", "End date",
          header_ru=("дата окончания", "окончание", "завершение", "дата завершения", "срок окончания",
                     "срок завершения", "год окончания", "год завершения", "окончание реализации",
                     "срок реализации окончание", "срок ввода в эксплуатацию", "ввод в эксплуатацию",
                     "срок ввода", "год ввода", "сдача объекта", "срок сдачи", "срок выполнения", "срок исполнения",
                     "плановый срок завершения", "период реализации окончание", "конец", "конец реализации",
                     # the start of operation is the project delivered
                     "начало эксплуатации",
                     "финиш"),  # as "старт" is the start
          header_en=("end", "end date", "completion", "completion date", "finish", "due", "end year",
                     "expected completion", "commissioning", "closing date", "in service", "start of operations",
                     # when a plant or a system goes into use: the project delivered
                     "go-live", "go-live date", "operation date")),
    Field("total_cost_mln", MONEY, "Стоимость проекта", "Total cost", _MLN_RU, _MLN_EN,
          header_ru=("стоимость", "стоимость проекта", "общая стоимость", "полная стоимость", "итого стоимость",
                     "объем финансирования", "объем финансирования всего", "общий объем финансирования",
                     "бюджет проекта", "объем инвестиций", "общий объем инвестиций", "инвестиции", "сумма",
                     "источники финансирования всего", "финансирование всего", "стоимость всего",
                     "объем затрат", "затраты", "расходы на реализацию проекта",
                     # the total of the project's row, where "итого" alone would be any sum's
                     "итого по проекту", "всего по проекту"),
          header_en=("budget", "total cost", "cost", "project cost", "total budget", "total",
                     "total investment", "investment", "funding total", "total funding", "capex", "value",
                     "investment volume", "volume of investments", "funding amount", "whole life cost",
                     "whole life costs")),
    Field("federal_budget_mln", MONEY, "Федеральный бюджет", "Federal budget", _MLN_RU, _MLN_EN,
          header_ru=("федеральный бюджет", "средства федерального бюджета", "федеральные средства",
                     "за счет средств федерального бюджета", "финансирование из федерального бюджета"),
          header_en=("federal budget", "federal", "federal funding", "federal funds", "federal money",
                     "federal government")),
    Field("regional_budget_mln", MONEY, "Областной бюджет", "Regional budget", _MLN_RU, _MLN_EN,
          header_ru=("областной бюджет", "региональный бюджет", "бюджет субъекта", "средства областного бюджета",
                     "бюджет томской области", "бюджет субъекта российской федерации", "консолидированный "
                     "бюджет субъекта", "региональные средства", "краевой бюджет", "республиканский бюджет",
                     "окружной бюджет", "бюджет области", "бюджет края", "бюджет республики", "средства субъекта",
                     "бюджет автономного округа"),
          # "regional" alone is not here: it is a region's word ("Region") as much as the budget's
          header_en=("regional budget", "regional funding", "regional funds", "oblast budget",
                     "regional government")),
    Field("extra_budgetary_mln", MONEY, "Внебюджетные источники", "Extra-budgetary", _MLN_RU, _MLN_EN,
          header_ru=_EXTRA_RU, header_en=_EXTRA_EN,
          parts=("собственные средства", "заемные средства", "кредитные средства", "собственные инвестиции",
                 "собственные вложения", "own funds", "equity", "borrowed funds")),
    Field("extra_budgetary_confirmed_mln", MONEY, "Подтверждённые внебюджетные", "Confirmed extra-budgetary",
          _MLN_RU, _MLN_EN,
          header_ru=("подтвержденные", "подтвержденные внебюджетные средства", "из них подтвержденные",
                     "подтвержденный объем", "подтверждено", "подтвержденное финансирование",
                     "подтвержденные внебюджетные источники", "в том числе подтвержденные"),
          header_en=("confirmed", "confirmed funding", "confirmed private funding", "confirmed extra budgetary",
                     "of which confirmed", "secured", "committed", "secured funding"),
          # whatever an agency calls extra-budgetary money, with "confirmed" it is this field
          variant_of="extra_budgetary_mln", marks=("подтвержд", "confirm", "secur", "committ")),
    Field("jobs_planned", COUNT, "Рабочие места (план)", "Jobs planned", "ед.", "jobs", aspect="plan",
          header_ru=("рабочие места план", "рабочие места", "количество рабочих мест", "рабочих мест план",
                     "создаваемые рабочие места", "планируемое количество рабочих мест",
                     "новые рабочие места план", "создание рабочих мест план",
                     "высокопроизводительные рабочие места план", "рабочие места всего"),
          header_en=("jobs plan", "jobs planned", "planned jobs", "jobs", "jobs target", "jobs to be created",
                     "new jobs planned", "target jobs", "employment planned", "positions planned", "new positions")),
    Field("jobs_created", COUNT, "Рабочие места (создано)", "Jobs created", "ед.", "jobs", aspect="fact",
          header_ru=("рабочие места создано", "рабочие места факт", "созданные рабочие места",
                     "создано рабочих мест", "рабочие места фактически", "фактически создано рабочих мест",
                     "количество созданных рабочих мест", "рабочие места из них создано",
                     "создание рабочих мест факт", "трудоустроено", "трудоустроенные работники"),
          header_en=("jobs created", "jobs actual", "created jobs", "actual jobs", "jobs to date",
                     "jobs achieved", "jobs delivered", "jobs actual", "employment created", "positions created",
                     "positions filled")),
    Field("problems", TEXT, "Проблемные вопросы", "Problems",
          header_ru=("проблемные вопросы", "проблемы", "проблемы и риски", "риски и проблемы",
                     "проблемные вопросы и риски", "проблемы реализации", "сдерживающие факторы",
                     "барьеры", "вопросы", "риски", "риски реализации", "препятствия", "затруднения", "сложности",
                     "проблематика", "причины отставания", "причины неисполнения", "причины нарушения сроков",
                     "причины невыполнения", "причины срыва сроков", "причины отклонения", "причины отклонений"),
          header_en=("problems", "issues", "problems and risks", "risks and issues", "issues and risks",
                     "barriers", "blockers", "risks", "reasons for delay", "causes of delay", "challenges",
                     "reasons for deviation", "reasons for variance",
                     "key challenges", "roadblocks", "obstacles", "impediments", "constraints", "bottlenecks")),
    Field("decisions_requested", TEXT, "Решения, требуемые на федеральном уровне", "Decisions requested",
          header_ru=("решения", "необходимые решения", "требуемые решения", "предложения",
                     "решения требуемые на федеральном уровне", "предложения по решению",
                     "необходимое содействие", "запрашиваемые меры поддержки", "предложения по решению проблем",
                     "меры поддержки", "необходимые меры поддержки", "требуемые меры", "предлагаемые меры",
                     "предлагаемые решения", "требуемая поддержка", "необходимая поддержка", "содействие",
                     "запрос на поддержку", "запрос на содействие"),
          header_en=("decisions requested", "decisions", "requested decisions", "support requested",
                     "actions requested", "asks", "help needed", "support needed", "path to green",
                     "escalations", "issues for escalation")),
    Field("curator", PERSON, "Куратор", "Curator", max_length=200,
          header_ru=("куратор", "куратор проекта", "ответственный куратор", "ответственное лицо",
                     "ответственный от администрации", "курирующий", "курирующее должностное лицо", "курирующий орган",
                     "курирующее ведомство", "ответственный",
                     "должностное лицо", "руководитель проекта", "руководитель", "менеджер", "менеджер проекта",
                     "администратор проекта",
                     "инвестиционный уполномоченный",
                     # the regional government's member who oversees a project («Курирующий заместитель Губернатора»)
                     "заместитель губернатора", "курирующий заместитель губернатора", "вице-губернатор",
                     # the executive body that oversees a project (ОИВ, ИОГВ, a region's sector department)
                     "орган власти", "ответственный орган власти", "отраслевой департамент", "профильный департамент"),
          header_en=("curator", "project curator", "sponsor official", "responsible official", "project manager",
                     "manager", "project sponsor", "owner", "project owner", "business owner",
                     "senior responsible owner", "responsible person", "focal point", "project leader",
                     "team lead", "team leader",  # a person who leads, no lead organisation
                     # the ministry that answers for a project, as "Ответственный ФОИВ" does
                     "responsible ministry", "line ministry", "supervising ministry", "responsible department",
                     "sro", "accountable officer",
                     # the official who oversees a project for the government, as «курирующее должностное лицо»
                     "oversight official", "overseeing official", "supervising official")),
    Field("reported_at", DATE, "Дата последнего отчёта", "Last reported", importable=False),
    Field("participants", TEXT, "Участники", "Participants", importable=False),
    Field("instruments", TEXT, "Меры федеральной поддержки", "Federal support instruments", importable=False),
    Field("milestones", TEXT, "Контрольные точки", "Milestones", importable=False),
)

BY_KEY: dict[str, Field] = {f.key: f for f in CATALOGUE}
IMPORTABLE: tuple[Field, ...] = tuple(f for f in CATALOGUE if f.importable)
MONEY_FIELDS: tuple[str, ...] = tuple(f.key for f in CATALOGUE if f.kind == MONEY)
DATE_FIELDS: tuple[str, ...] = tuple(f.key for f in CATALOGUE if f.kind == DATE and f.importable)
COUNT_FIELDS: tuple[str, ...] = tuple(f.key for f in CATALOGUE if f.kind == COUNT)
VOCAB_FIELDS: tuple[str, ...] = tuple(f.key for f in CATALOGUE if f.kind == VOCAB)


def field(key: str) -> Field:
    return BY_KEY[key]


def label(key: str, lang: str = "ru") -> str:
    """A field's label in `lang`; the key itself for a name the catalogue does not hold."""
    entry = BY_KEY.get(key)
    return entry.label(lang) if entry else key
