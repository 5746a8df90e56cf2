"""The demo roadmap's actions in English, keyed by their Russian titles (roadmap.py lists them by area)."""

from __future__ import annotations

ENGLISH_TITLES: dict[str, str] = {
    # 2015: industry
    "Утвердить программы развития инновационных территориальных кластеров Томской области":
        "Approve the development programmes of the Tomsk region's innovation clusters",
    "Создать центр кластерного развития Томской области": "Set up the Tomsk region cluster development centre",
    "Подготовить заявку на субсидию Минэкономразвития России на поддержку пилотных программ кластеров":
        "Apply for a Ministry of Economic Development subsidy for pilot cluster programmes",
    "Сформировать реестр промышленных площадок с подготовленной инфраструктурой":
        "Compile a register of industrial sites with infrastructure in place",
    "Разработать концепцию индустриального парка «Томский»": "Draft the concept of the Tomsky industrial park",
    "Обеспечить подключение площадки ОЭЗ «Томск» к сетям газоснабжения":
        "Connect the Tomsk special economic zone site to the gas grid",
    "Заключить соглашение с Госкорпорацией «Росатом» о развитии ядерного кластера в ЗАТО Северск":
        "Sign an agreement with Rosatom on the nuclear cluster in Seversk",
    "Подготовить обоснование создания ТОСЭР в ЗАТО Северск":
        "Justify a priority development area in Seversk",
    "Провести отбор проектов кластеров для займов Фонда развития промышленности":
        "Select cluster projects for Industrial Development Fund loans",
    "Разработать программу импортозамещения для предприятий нефтехимического кластера":
        "Draft an import-substitution programme for the petrochemical cluster",
    "Утвердить схему размещения лесоперерабатывающих производств в Асиновском и Верхнекетском районах":
        "Approve the siting plan for timber processing in Asino and Verkhneketsky districts",
    "Организовать биржу субконтрактации для предприятий машиностроения":
        "Set up a subcontracting exchange for engineering companies",
    "Подготовить предложения по налоговым льготам для проектов разработки трудноизвлекаемых запасов":
        "Propose tax relief for hard-to-recover reserves projects",
    # 2015: science and education
    "Утвердить программу развития межвузовского студенческого кампуса":
        "Approve the development programme of the inter-university campus",
    "Создать консорциум университетов и научных организаций Томска":
        "Form a consortium of Tomsk universities and research institutes",
    "Обеспечить выполнение планов ТГУ и ТПУ по программе «5-100»":
        "Deliver the 5-100 programme plans of TSU and TPU",
    "Открыть базовые кафедры предприятий кластеров в ТПУ и ТУСУР":
        "Open cluster companies' departments at TPU and TUSUR",
    "Разработать программу привлечения ведущих учёных в университеты Томска":
        "Draft a programme to attract leading scientists to Tomsk universities",
    "Сформировать целевой заказ на подготовку инженерных кадров для кластеров":
        "Place a targeted order for engineers for the clusters",
    "Создать научно-образовательный центр по трудноизвлекаемым запасам на базе ТПУ":
        "Set up a research and education centre on hard-to-recover reserves at TPU",
    "Провести летнюю школу технологического предпринимательства для студентов":
        "Hold a summer school of technology entrepreneurship for students",
    "Провести аудит научной инфраструктуры центров коллективного пользования":
        "Audit the research infrastructure of the shared-use centres",
    "Разработать механизм грантовой поддержки молодых учёных из областного бюджета":
        "Design regional grants for young scientists",
    "Подготовить проект Томского медицинского научно-образовательного центра на базе СибГМУ":
        "Prepare the Tomsk medical research and education centre project at SibSMU",
    "Утвердить программу повышения квалификации учителей естественно-научных дисциплин с ТГПУ":
        "Approve a science teachers' training programme with TSPU",
    "Разработать градостроительную концепцию университетского кампуса с ТГАСУ":
        "Draft the urban design concept of the university campus with TSUAB",
    # 2015: innovation and business
    "Создать региональный венчурный фонд с участием АО «РВК»": "Set up a regional venture fund with RVC",
    "Провести конкурс технологических стартапов «ИНО Томск»": "Hold the INO Tomsk technology start-up contest",
    "Запустить программу акселерации малых инновационных предприятий вузов":
        "Launch an accelerator for university spin-offs",
    "Создать региональный инжиниринговый центр": "Set up a regional engineering centre",
    "Организовать центр трансфера технологий при ТУСУР": "Set up a technology transfer centre at TUSUR",
    "Сформировать портфель проектов для софинансирования Фондом содействия инновациям":
        "Build a project portfolio for co-funding by the Innovation Promotion Fund",
    "Разработать порядок предоставления областных субсидий на патентование":
        "Set the rules for regional patenting subsidies",
    "Провести Томский инновационный форум INNOVUS-2015": "Hold the INNOVUS-2015 Tomsk innovation forum",
    "Подготовить соглашение с АО «РОСНАНО» о создании наноцентра":
        "Prepare an agreement with RUSNANO on a nanotechnology centre",
    "Организовать экспортный акселератор для инновационных компаний":
        "Set up an export accelerator for innovative companies",
    "Создать реестр инновационной продукции предприятий Томской области":
        "Compile a register of the region's innovative products",
    "Разработать механизм закупок инновационной продукции для государственных нужд области":
        "Design public procurement of innovative products for the region",
    "Запустить программу «Бизнес-ангелы Томска»": "Launch the Tomsk Business Angels programme",
    # 2015: smart city
    "Разработать концепцию «Умного города» Томска": "Draft the Tomsk smart city concept",
    "Внедрить интеллектуальную транспортную систему на основных магистралях":
        "Introduce an intelligent transport system on the main roads",
    "Запустить пилотный проект интеллектуального учёта энергоресурсов": "Launch a smart metering pilot",
    "Подготовить проект планировки инновационного квартала": "Prepare the layout plan of the innovation quarter",
    "Разработать программу сохранения деревянного зодчества Томска":
        "Draft a programme to preserve Tomsk's wooden architecture",
    "Создать городской портал открытых данных": "Create the city's open data portal",
    "Провести конкурс архитектурных решений для набережной реки Томи":
        "Hold a design contest for the Tom river embankment",
    "Внедрить систему «Безопасный город» в Томске и Северске": "Introduce Safe City in Tomsk and Seversk",
    "Разработать программу развития спортивной инфраструктуры для студентов":
        "Draft a programme of sports facilities for students",
    "Обеспечить общественный транспорт бесплатным Wi-Fi": "Provide free Wi-Fi on public transport",
    "Разработать схему велосипедной инфраструктуры Томска": "Draft the Tomsk cycling infrastructure plan",
    "Перевести уличное освещение на энергосберегающие светильники": "Move street lighting to energy-saving lamps",
    "Разработать программу строительства арендного жилья для молодых учёных":
        "Draft a rental housing programme for young scientists",
    # 2015: business environment
    "Внедрить Стандарт деятельности органов власти по обеспечению благоприятного инвестиционного климата":
        "Adopt the regional investment climate standard",
    "Сократить срок подключения к электросетям до 90 дней": "Cut grid connection time to 90 days",
    "Создать единый центр обслуживания инвесторов": "Set up a one-stop investor service centre",
    "Утвердить порядок оценки регулирующего воздействия нормативных актов области":
        "Approve regulatory impact assessment of regional acts",
    "Провести оценку инвестиционного климата по методике Национального рейтинга АСИ":
        "Assess the investment climate by the ASI National Rating method",
    "Разработать областной закон о государственно-частном партнёрстве":
        "Draft a regional public-private partnership law",
    "Запустить программу льготного кредитования МСП с Корпорацией МСП":
        "Launch SME soft loans with the SME Corporation",
    "Сократить сроки выдачи разрешений на строительство": "Cut the time to issue building permits",
    "Создать инвестиционный портал Томской области": "Create the Tomsk region investment portal",
    "Провести обучение муниципальных служащих сопровождению инвестиционных проектов":
        "Train municipal staff to support investment projects",
    "Утвердить перечень налоговых льгот для резидентов индустриальных парков":
        "Approve tax relief for industrial park residents",
    "Ввести институт инвестиционных уполномоченных в муниципальных образованиях":
        "Appoint investment ombudsmen in the municipalities",
    "Разработать программу поддержки экспорта малых и средних предприятий": "Draft an SME export support programme",
    # 2016: industry
    "Заключить специальный инвестиционный контракт по проекту нефтехимического кластера":
        "Sign a special investment contract for a petrochemical cluster project",
    "Начать строительство инженерной инфраструктуры индустриального парка «Томский»":
        "Start building the utilities of the Tomsky industrial park",
    "Получить статус ТОСЭР для ЗАТО Северск": "Obtain priority development area status for Seversk",
    "Привлечь не менее трёх якорных резидентов в ОЭЗ «Томск»":
        "Bring at least three anchor residents to the Tomsk special economic zone",
    "Подготовить проекты лесопромышленного кластера для перечня приоритетных проектов освоения лесов":
        "Prepare timber cluster projects for the priority forest development list",
    "Утвердить программу локализации оборудования для добычи трудноизвлекаемых запасов":
        "Approve localisation of equipment for hard-to-recover reserves",
    "Провести отраслевую выставку-ярмарку субконтрактации": "Hold a subcontracting trade fair",
    "Организовать испытательный полигон технологий добычи трудноизвлекаемых запасов":
        "Set up a test site for hard-to-recover reserves technologies",
    "Подготовить заявки предприятий кластеров на субсидии по ПП РФ № 1312":
        "Prepare cluster companies' applications for Resolution 1312 subsidies",
    "Обеспечить подключение Асиновского промышленного парка к электросетям":
        "Connect the Asino industrial park to the grid",
    "Утвердить программу развития фармацевтического кластера на 2017–2020 годы":
        "Approve the pharmaceutical cluster programme for 2017–2020",
    # 2016: science and education
    "Утвердить проект межвузовского кампуса и источники его финансирования":
        "Approve the inter-university campus project and its funding",
    "Создать инжиниринговый центр трудноизвлекаемых запасов на базе ТПУ":
        "Set up a hard-to-recover reserves engineering centre at TPU",
    "Открыть три совместные лаборатории университетов и предприятий кластеров":
        "Open three joint university and industry laboratories",
    "Подготовить заявку на создание научно-образовательного центра мирового уровня":
        "Apply for a world-class research and education centre",
    "Запустить сетевую магистерскую программу по технологическому предпринимательству":
        "Launch a joint master's programme in technology entrepreneurship",
    "Привлечь не менее пяти ведущих учёных по программе мегагрантов":
        "Attract at least five leading scientists through mega-grants",
    "Создать центр ядерной медицины совместно с СибГМУ и Томским НИМЦ":
        "Set up a nuclear medicine centre with SibSMU and Tomsk NRMC",
    "Организовать профориентацию школьников на инженерные специальности":
        "Run career guidance for pupils towards engineering",
    "Развить центры коллективного пользования в интересах предприятий кластеров":
        "Develop shared-use centres for cluster companies",
    "Разработать программу академической мобильности студентов и аспирантов":
        "Draft an academic mobility programme for students",
    "Провести международную конференцию «Томск — город науки»":
        "Hold the Tomsk, City of Science international conference",
    # 2016: innovation and business
    "Сформировать первый портфель инвестиций регионального венчурного фонда":
        "Build the regional venture fund's first portfolio",
    "Провести второй конкурс технологических стартапов «ИНО Томск»":
        "Hold the second INO Tomsk technology start-up contest",
    "Создать Томский наноцентр с Фондом инфраструктурных и образовательных программ":
        "Set up the Tomsk nanocentre with the Fund for Infrastructure and Educational Programmes",
    "Запустить программу поддержки быстрорастущих технологических компаний":
        "Launch support for fast-growing technology companies",
    "Организовать экспортную миссию инновационных компаний в страны АТЭС":
        "Organise an export mission of innovative companies to APEC countries",
    "Провести Томский инновационный форум INNOVUS-2016": "Hold the INNOVUS-2016 Tomsk innovation forum",
    "Создать центр прототипирования": "Set up a prototyping centre",
    "Утвердить программу поддержки малых инновационных предприятий":
        "Approve a support programme for small innovative companies",
    "Открыть представительство Томской области в инновационном центре «Сколково»":
        "Open a Tomsk region office at the Skolkovo innovation centre",
    "Запустить областную программу «Бизнес-старт» для молодёжи": "Launch the Business Start programme for young people",
    "Организовать закупки инновационной продукции для нужд здравоохранения области":
        "Procure innovative products for regional healthcare",
    # 2016: smart city
    "Завершить первую очередь интеллектуальной транспортной системы":
        "Complete the first stage of the intelligent transport system",
    "Ввести в эксплуатацию систему «Безопасный город» в Томске": "Commission Safe City in Tomsk",
    "Утвердить проект планировки инновационного квартала": "Approve the layout plan of the innovation quarter",
    "Отреставрировать 10 памятников деревянного зодчества с участием инвесторов":
        "Restore 10 wooden architecture monuments with investors",
    "Запустить мобильное приложение «Умный Томск» для жителей": "Launch the Smart Tomsk mobile app for residents",
    "Открыть спортивно-оздоровительный парк": "Open a sports and recreation park",
    "Внедрить электронную запись в поликлиники на городском портале":
        "Offer online clinic appointments on the city portal",
    "Заменить 2 000 светильников уличного освещения на светодиодные": "Replace 2,000 street lights with LEDs",
    "Построить 15 км велосипедных дорожек": "Build 15 km of cycle paths",
    "Разработать стандарт комфортной городской среды": "Draft a comfortable urban environment standard",
    "Создать историко-культурный парк «Томская слобода»": "Create the Tomsk Sloboda heritage park",
    # 2016: business environment
    "Войти в первую двадцатку Национального рейтинга состояния инвестиционного климата":
        "Enter the top twenty of the National Investment Climate Rating",
    "Сократить срок подключения к электросетям до 60 дней": "Cut grid connection time to 60 days",
    "Открыть центр оказания услуг «Мой бизнес»": "Open a My Business service centre",
    "Принять областной закон о проектах ГЧП в сфере образования":
        "Pass a regional law on public-private partnerships in education",
    "Утвердить программу поддержки экспорта на 2017–2019 годы": "Approve the export support programme for 2017–2019",
    "Провести 12 инвестиционных сессий с муниципалитетами": "Hold 12 investment sessions with municipalities",
    "Ввести сопровождение инвестиционных проектов по принципу «одного окна»":
        "Support investment projects through a single window",
    "Сократить срок выдачи разрешения на строительство до 60 дней":
        "Cut the time to issue a building permit to 60 days",
    "Провести оценку фактического воздействия 10 нормативных актов": "Assess the actual impact of 10 regulatory acts",
    "Обучить команды муниципалитетов в Школе проектного управления":
        "Train municipal teams at the Project Management School",
    "Разработать стандарт взаимодействия инвесторов с сетевыми организациями":
        "Draft a standard for investors' dealings with utility companies",
}
