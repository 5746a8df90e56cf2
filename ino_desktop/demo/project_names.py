"""Parts the demo's project names are made of, in Russian and English, with what they imply.

A cluster project's name is a verb phrase and an object ("Строительство" + "завода по производству
фанеры"); objects are written in the genitive so that every verb of their kind fits. Each object
carries the work area, category and territory type a project of that kind plausibly has.
"""

from __future__ import annotations

from typing import NamedTuple


class Part(NamedTuple):
    ru: str
    en: str
    work_area: str = "industry"
    category: str = "industrial"
    territory: str = "industrial"
    lead: str | None = None  # who leads it (a name or short name of names.py), when it is not drawn
    place: str | None = None  # where, when it is not drawn


# Verbs for a facility and for a product line: (Russian, English).
FACILITY_VERBS = (("Строительство", "Construction of"), ("Создание", "Creation of"),
                  ("Модернизация", "Modernisation of"), ("Расширение", "Expansion of"))
PRODUCT_VERBS = (("Организация производства", "Production of"),
                 ("Разработка и освоение производства", "Development and production of"),
                 ("Импортозамещающее производство", "Import-substituting production of"))

_RD = ("science_education", "research_education", "research_education")
_INNO = ("innovation_business", "industrial", "innovation")
_INFRA = ("industry", "infrastructure", "industrial")
_MED = ("innovation_business", "industrial", "medical")

FACILITIES: dict[str, tuple[Part, ...]] = {
    "petrochemical": (
        Part("завода по производству полипропиленовой плёнки", "a polypropylene film plant"),
        Part("установки по производству метанола", "a methanol unit"),
        Part("комплекса глубокой переработки попутного нефтяного газа", "an associated gas processing complex"),
        Part("производства катализаторов нефтепереработки", "a refinery catalyst facility"),
        Part("опытного производства биоразлагаемых полимеров", "a pilot biodegradable polymer facility", *_INNO),
        Part("терминала сжиженных углеводородных газов", "an LPG terminal", *_INFRA),
        Part("центра испытаний полимерных материалов", "a polymer testing centre", *_RD),
    ),
    "nuclear": (
        Part("центра ядерной медицины", "a nuclear medicine centre", "science_education", "social", "medical"),
        Part("циклотронного комплекса для производства радиофармпрепаратов",
             "a cyclotron complex for radiopharmaceuticals", *_MED),
        Part("опытно-демонстрационного энергокомплекса", "a pilot demonstration power complex", *_INFRA),
        Part("участка разделения стабильных изотопов", "a stable isotope separation unit"),
        Part("центра радиационной стерилизации", "a radiation sterilisation centre", *_INNO),
        Part("инжинирингового центра ядерных технологий", "a nuclear technology engineering centre", *_RD),
        Part("лаборатории дозиметрического контроля", "a dosimetry laboratory", *_RD),
    ),
    "timber": (
        Part("лесопромышленного комплекса в Асиновском районе", "a timber complex in Asino district"),
        Part("завода по производству фанеры", "a plywood mill"),
        Part("завода деревянных домокомплектов", "a wooden house-kit plant"),
        Part("пеллетного завода", "a pellet plant"),
        Part("лесопильного производства", "a sawmill"),
        Part("биоэнергетической установки на древесных отходах", "a wood-waste bioenergy unit", *_INFRA),
        Part("центра глубокой переработки древесины", "a deep wood-processing centre", *_INNO),
    ),
    "pharma": (
        Part("фармацевтического завода по стандартам GMP", "a GMP pharmaceutical plant", "industry", "industrial",
             "medical"),
        Part("центра доклинических исследований", "a preclinical research centre", *_RD),
        Part("производства фармацевтических субстанций", "a pharmaceutical substances facility"),
        Part("биотехнологического комплекса", "a biotechnology complex", *_MED),
        Part("склада фармацевтической продукции", "a pharmaceutical warehouse", *_INFRA),
        Part("центра трансфера фармацевтических технологий", "a pharmaceutical technology transfer centre", *_INNO),
    ),
    "medtech_it": (
        Part("центра разработки медицинского программного обеспечения", "a medical software development centre",
             *_INNO),
        Part("производства кардиостимуляторов", "a pacemaker facility", "industry", "industrial", "medical"),
        Part("центра обработки данных", "a data centre", *_INFRA),
        Part("технопарка радиоэлектроники", "an electronics technology park", *_INNO),
        Part("центра коллективного пользования микроэлектроники", "a microelectronics shared-use centre", *_RD),
        Part("регионального центра телемедицины", "a regional telemedicine centre", "smart_city", "social", "medical"),
    ),
    "wildlife": (
        Part("заготовительно-перерабатывающего комплекса дикоросов", "a wild-harvest processing complex"),
        Part("цеха глубокой заморозки ягод", "a berry deep-freezing shop"),
        Part("производства кедрового масла", "a cedar oil facility"),
        Part("логистического центра дикоросов", "a wild-harvest logistics centre", *_INFRA),
        Part("фабрики биологически активных добавок", "a dietary supplements factory", *_INNO),
        Part("сети приёмных пунктов в северных районах", "a network of collection points in the north", *_INFRA),
    ),
    "hard_to_recover": (
        Part("полигона испытаний технологий добычи трудноизвлекаемой нефти",
             "a test site for hard-to-recover oil technologies", *_RD),
        Part("центра геолого-гидродинамического моделирования", "a reservoir modelling centre", *_RD),
        Part("опытного участка разработки баженовской свиты", "a Bazhenov formation pilot site"),
        Part("сервисной базы гидроразрыва пласта", "a hydraulic fracturing service base", *_INFRA),
        Part("кернохранилища и лаборатории исследования керна", "a core storage and analysis laboratory", *_RD),
        Part("установки подготовки высоковязкой нефти", "a heavy oil treatment unit"),
    ),
}

PRODUCTS: dict[str, tuple[Part, ...]] = {
    "petrochemical": (
        Part("полимерной упаковки", "polymer packaging"),
        Part("формалина и карбамидных смол", "formalin and urea resins"),
        Part("присадок к моторным топливам", "motor fuel additives", *_INNO),
        Part("полиэтиленовых труб большого диаметра", "large-diameter polyethylene pipes"),
        Part("композитной арматуры", "composite rebar", *_INNO),
    ),
    "nuclear": (
        Part("стабильных изотопов", "stable isotopes"),
        Part("радиофармацевтических препаратов", "radiopharmaceuticals", *_MED),
        Part("фторсодержащих соединений", "fluorine compounds"),
        Part("редкоземельных металлов", "rare-earth metals"),
        Part("ускорителей для лучевой терапии", "radiotherapy accelerators", *_MED),
    ),
    "timber": (
        Part("клеёного бруса", "glued laminated timber"),
        Part("древесных топливных гранул", "wood fuel pellets"),
        Part("ориентированно-стружечных плит", "oriented strand board"),
        Part("мебельного щита", "furniture panels"),
        Part("древесно-полимерного композита", "wood-polymer composite", *_INNO),
    ),
    "pharma": (
        Part("инфузионных растворов", "infusion solutions", "industry", "industrial", "medical"),
        Part("готовых лекарственных форм", "finished dosage forms", "industry", "industrial", "medical"),
        Part("вакцин и сывороток", "vaccines and sera", *_MED),
        Part("фитопрепаратов", "herbal medicines", *_MED),
        Part("ветеринарных препаратов", "veterinary medicines"),
    ),
    "medtech_it": (
        Part("имплантатов из пористого никелида титана", "porous titanium nickelide implants", *_MED),
        Part("медицинских рентгеновских аппаратов", "medical X-ray units", "industry", "industrial", "medical"),
        Part("систем мониторинга пациентов", "patient monitoring systems", *_MED),
        Part("СВЧ-модулей", "microwave modules", *_INNO),
        Part("систем видеоаналитики", "video analytics systems", *_INNO),
    ),
    "wildlife": (
        Part("кедрового ореха и масла", "cedar nuts and oil"),
        Part("ягодных концентратов", "berry concentrates"),
        Part("экстрактов чаги", "chaga extracts", *_INNO),
        Part("лекарственного растительного сырья", "medicinal plant raw materials"),
        Part("продуктов функционального питания", "functional foods", *_INNO),
    ),
    "hard_to_recover": (
        Part("отечественного оборудования для гидроразрыва пласта", "domestic fracturing equipment"),
        Part("реагентов для повышения нефтеотдачи", "enhanced oil recovery chemicals", *_INNO),
        Part("роторно-управляемых систем бурения", "rotary steerable drilling systems", *_INNO),
        Part("программного обеспечения для моделирования пластов", "reservoir modelling software", *_INNO),
        Part("погружных насосов", "submersible pumps"),
    ),
}

# Projects outside the clusters: whole names, with their work area, category and territory type.
OUTSIDE: tuple[Part, ...] = (
    Part("Строительство межвузовского студенческого кампуса", "Construction of an inter-university campus",
         "science_education", "research_education", "research_education", "ТГУ", "Томск"),
    Part("Создание инновационного квартала «Академический»", "Creation of the Akademichesky innovation quarter",
         "smart_city", "infrastructure", "innovation", "Администрация Томска", "Томск"),
    Part("Центр молодёжного инновационного творчества", "Youth innovation centre",
         "innovation_business", "social", "innovation", "ТУСУР", "Томск"),
    Part("Спортивно-оздоровительный парк «Лагерный сад»", "Lagerny Sad sports and recreation park",
         "smart_city", "social", "sport", "Администрация Томска", "Томск"),
    Part("Историко-культурный парк «Томская слобода»", "Tomskaya Sloboda historical and cultural park",
         "smart_city", "social", "historical_cultural", "ООО «Музейные технологии Сибири»", "Томск"),
    Part("Региональный бизнес-инкубатор", "Regional business incubator",
         "business_environment", "infrastructure", "innovation", "Департамент экономики", "Томск"),
    Part("Центр поддержки экспорта Томской области", "Tomsk region export support centre",
         "business_environment", "infrastructure", "innovation", "Департамент экономики", "Томск"),
    Part("Развитие электронных услуг для бизнеса", "Electronic services for business",
         "business_environment", "social", "innovation", "ООО «Умный город Томск»", "Стрежевой"),
    Part("Интеллектуальная транспортная система Томска", "Tomsk intelligent transport system",
         "smart_city", "infrastructure", "innovation", "ООО «Томский транспортный холдинг»", "Томск"),
    Part("Система «Безопасный город» в ЗАТО Северск", "Safe City system in Seversk",
         "smart_city", "infrastructure", "innovation", "Администрация Северска", "Северск"),
    Part("Инженерная инфраструктура индустриального парка «Томский»", "Utilities for the Tomsky industrial park",
         "industry", "infrastructure", "industrial", "ООО «Сибирские инженерные системы»", "Томский район"),
    Part("Инженерная инфраструктура Асиновского промышленного парка", "Utilities for the Asino industrial park",
         "industry", "infrastructure", "industrial", "ООО «Сибирские инженерные системы»", "Асино"),
    Part("Научно-образовательный центр «Томская долина»", "Tomsk Valley research and education centre",
         "science_education", "research_education", "research_education", "ТПУ", "Томск"),
    Part("Реставрация памятников деревянного зодчества с участием инвесторов",
         "Restoring wooden architecture monuments with investors", "smart_city", "social", "historical_cultural",
         "ООО «Томская строительная компания»", "Томск"),
    Part("Медицинский реабилитационный центр", "Medical rehabilitation centre",
         "smart_city", "social", "medical", "СибГМУ", "Колпашево"),
    Part("Арендное жильё для молодых учёных", "Rental housing for young scientists",
         "smart_city", "social", "research_education", "ООО «Томская строительная компания»", "Томск"),
    Part("Центр прототипирования и промышленного дизайна", "Prototyping and industrial design centre",
         "innovation_business", "infrastructure", "innovation", "ООО «Региональный инжиниринговый центр»", "Северск"),
)

# Why a cluster's projects matter, for the project description.
PURPOSES: dict[str | None, str] = {
    "petrochemical": "углубление переработки углеводородного сырья и замещение импортной полимерной продукции",
    "nuclear": "коммерциализация ядерных технологий ЗАТО Северск в медицине и промышленности",
    "timber": "глубокая переработка древесины вместо вывоза круглого леса",
    "pharma": "выпуск в Томской области современных лекарственных средств по стандартам GMP",
    "medtech_it": "вывод на рынок медицинской техники и программных продуктов томских разработчиков",
    "wildlife": "переработка дикорастущего сырья северных районов и занятость сельского населения",
    "hard_to_recover": "освоение трудноизвлекаемых запасов нефти с отечественными технологиями",
    None: "повышение качества городской среды и делового климата Томской области",
}
