<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Dashboard</name>
    <message>
        <source>The dashboard shows what the project table shows; choose another selection in the navigator or type in the filter box</source>
        <translation>Панель показывает то же, что таблица проектов; выберите другой отбор в навигаторе или введите текст в поле фильтра</translation>
    </message>
    <message>
        <source>The portfolio has no projects yet: import a workbook or add a project.</source>
        <translation>В портфеле пока нет проектов: импортируйте книгу Excel или добавьте проект.</translation>
    </message>
    <message>
        <source>No project matches this selection.</source>
        <translation>Ни один проект не подходит под этот отбор.</translation>
    </message>
    <message>
        <source>Status by cluster</source>
        <translation>Статус проектов по кластерам</translation>
    </message>
    <message>
        <source>Delivery confidence by cluster</source>
        <translation>Оценка реализации по кластерам</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>%1 not updated for 90 days</source>
        <translation>не обновлялись 90 дней: %1</translation>
    </message>
    <message>
        <source>Investment, RUB mln</source>
        <translation>Инвестиции, млн руб.</translation>
    </message>
    <message>
        <source>federal %1 · regional %2 · extra-budgetary %3</source>
        <translation>федеральный %1 · областной %2 · внебюджетные %3</translation>
    </message>
    <message>
        <source>Confirmed extra-budgetary</source>
        <translation>Подтверждённые внебюджетные</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>цель %1</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>Рабочие места (создано)</translation>
    </message>
    <message>
        <source>%1 of the %2 target · %3 planned</source>
        <translation>%1 от цели %2 · план %3</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Дорожная карта</translation>
    </message>
    <message>
        <source>no roadmap edition yet</source>
        <translation>дорожная карта ещё не загружена</translation>
    </message>
    <message>
        <source>Roadmap %1</source>
        <translation>Дорожная карта %1</translation>
    </message>
    <message>
        <source>%1 overdue · %2 milestones overdue</source>
        <translation>просрочено мероприятий: %1 · этапов: %2</translation>
    </message>
    <message>
        <source>Federal budget</source>
        <translation>Федеральный бюджет</translation>
    </message>
    <message>
        <source>Regional budget</source>
        <translation>Областной бюджет</translation>
    </message>
    <message>
        <source>Extra-budgetary</source>
        <translation>Внебюджетные источники</translation>
    </message>
    <message>
        <source>Investment by cluster and source, RUB mln</source>
        <translation>Инвестиции по кластерам и источникам, млн руб.</translation>
    </message>
    <message>
        <source>Confirmed share of extra-budgetary funds, %</source>
        <translation>Доля подтверждённых внебюджетных средств, %</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Цель %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Jobs: created and planned against the 160,000 target</source>
        <translation>Рабочие места: создано и запланировано при цели 160 000</translation>
    </message>
    <message>
        <source>Roadmap completion by edition</source>
        <translation>Выполнение дорожной карты по редакциям</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
</context>
<context>
    <name>DatabaseNotes</name>
    <message>
        <source>The database is in a network folder: SQLite&apos;s write-ahead log is switched off there, and only one person should use the file at a time; for a shared office use a PostgreSQL server.</source>
        <translation>База данных находится в сетевой папке: журнал упреждающей записи SQLite там отключён, и с файлом одновременно должен работать только один человек; для общей работы отдела используйте сервер PostgreSQL.</translation>
    </message>
    <message>
        <source>Read-only: this database is a read-only file, folder or share. It can be read, exported and printed, but not changed; to change it, open a copy in a folder you can write to.</source>
        <translation>Только чтение: эта база данных — файл, папка или сетевой ресурс только для чтения. Её можно просматривать, выгружать и печатать, но не изменять; чтобы внести изменения, откройте копию в папке, куда можно записывать.</translation>
    </message>
    <message>
        <source>Read-only: this portfolio is open in another INO Desktop window on this computer. Here it can be read, exported and printed, but not changed; to change it, close it there and open it again here.</source>
        <translation>Только чтение: этот портфель открыт в другом окне INO Desktop на этом компьютере. Здесь его можно просматривать, выгружать и печатать, но не изменять; чтобы внести изменения, закройте его там и откройте здесь заново.</translation>
    </message>
    <message>
        <source>Read-only: your server role may only read this portfolio. It can be read, exported and printed, but not changed; ask the office&apos;s administrator for the editor role to change it.</source>
        <translation>Только чтение: ваша роль на сервере позволяет только читать этот портфель. Его можно просматривать, выгружать и печатать, но не изменять; чтобы вносить изменения, попросите администратора отдела о роли редактора.</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Select a project to see its details.</source>
        <translation>Выберите проект, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>RUB mln</source>
        <translation>млн руб.</translation>
    </message>
    <message>
        <source>edited by hand</source>
        <translation>изменено вручную</translation>
    </message>
    <message>
        <source>Never reported</source>
        <translation>Данные ни разу не поступали</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Основное</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Federal instruments</source>
        <translation>Федеральные инструменты</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Рабочие места</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Контрольные точки</translation>
    </message>
    <message>
        <source>No milestones</source>
        <translation>Контрольных точек нет</translation>
    </message>
    <message>
        <source>import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>Last reported %1</source>
        <translation>Данные на %1</translation>
    </message>
    <message>
        <source>not updated for %1 days</source>
        <translation>не обновлялись %1 дн.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>план %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>факт %1</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>отмена импорта</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>демо-данные</translation>
    </message>
    <message>
        <source>system</source>
        <translation>система</translation>
    </message>
</context>
<context>
    <name>EditUndo</name>
    <message>
        <source>edit of %1 (%2)</source>
        <translation>правку %1 (%2)</translation>
    </message>
    <message>
        <source>Undoing an edit</source>
        <translation>Отмена правки</translation>
    </message>
    <message>
        <source>%1 was changed since this edit; nothing was undone, and the undo history is cleared — open the project to change it by hand</source>
        <translation>%1 изменён после этой правки; ничего не отменено, история отмены очищена — откройте проект и измените его вручную</translation>
    </message>
    <message>
        <source>Nothing was undone: %1</source>
        <translation>Ничего не отменено: %1</translation>
    </message>
</context>
<context>
    <name>FilterCaption</name>
    <message>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория проекта</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Delivery confidence</source>
        <translation>Оценка реализации</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Whole portfolio</source>
        <translation>Весь портфель</translation>
    </message>
    <message>
        <source>Saved view «%1»</source>
        <translation>Выборка «%1»</translation>
    </message>
    <message>
        <source>not updated for 90 days</source>
        <translation>не обновлялись 90 дней</translation>
    </message>
    <message>
        <source>Search: «%1»</source>
        <translation>Поиск: «%1»</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source>Showing:</source>
        <translation>Показаны:</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Убрать этот фильтр</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Сбросить все</translation>
    </message>
    <message>
        <source>Show the whole portfolio</source>
        <translation>Показать весь портфель</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Проекты</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Дашборд</translation>
    </message>
    <message>
        <source>The project table (Ctrl+Shift+P)</source>
        <translation>Таблица проектов (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Charts of what the project table shows (Ctrl+Shift+D)</source>
        <translation>Диаграммы по тому, что показывает таблица проектов (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>INO Desktop</source>
        <translation>INO Desktop</translation>
    </message>
    <message>
        <source>About INO Desktop</source>
        <translation>О программе INO Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;INO Desktop&lt;/b&gt; %1&lt;br&gt;The portfolio office tool of the INO Tomsk regional innovation programme: projects, agency workbooks, briefing packs.</source>
        <translation>&lt;b&gt;INO Desktop&lt;/b&gt; %1&lt;br&gt;Инструмент проектного офиса программы «ИНО Томск»: портфель проектов, книги Excel от ведомств, справочные материалы к совещаниям.</translation>
    </message>
    <message>
        <source>A task is still running. Cancel it and quit? Nothing half-done is saved.</source>
        <translation>Задача ещё выполняется. Отменить её и выйти? Незавершённые изменения не сохраняются.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Select a project first</source>
        <translation>Сначала выберите проект</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>P&amp;ortfolio</source>
        <translation>П&amp;ортфель</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>Re&amp;gisters</source>
        <translation>Р&amp;еестры</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Open portfolio…</source>
        <translation>&amp;Открыть портфель…</translation>
    </message>
    <message>
        <source>&amp;New empty portfolio…</source>
        <translation>&amp;Новый пустой портфель…</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Подключиться к &amp;серверу…</translation>
    </message>
    <message>
        <source>Open the &amp;demo portfolio</source>
        <translation>Открыть &amp;демо-портфель</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>&amp;Close portfolio</source>
        <translation>&amp;Закрыть портфель</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Проекты</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Дашборд</translation>
    </message>
    <message>
        <source>&amp;Find projects</source>
        <translation>&amp;Найти проекты</translation>
    </message>
    <message>
        <source>Go to &amp;navigator</source>
        <translation>Перейти к &amp;навигатору</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Reset &amp;columns</source>
        <translation>Сбросить &amp;столбцы</translation>
    </message>
    <message>
        <source>&amp;All projects</source>
        <translation>&amp;Все проекты</translation>
    </message>
    <message>
        <source>&amp;Not updated for 90 days</source>
        <translation>&amp;Не обновлялись 90 дней</translation>
    </message>
    <message>
        <source>&amp;Red delivery confidence</source>
        <translation>&amp;Красный уровень уверенности</translation>
    </message>
    <message>
        <source>&amp;Save current filter as view…</source>
        <translation>&amp;Сохранить текущий фильтр как выборку…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About INO Desktop</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>&amp;Rename view…</source>
        <translation>&amp;Переименовать выборку…</translation>
    </message>
    <message>
        <source>&amp;Delete view</source>
        <translation>&amp;Удалить выборку</translation>
    </message>
    <message>
        <source>&amp;Save current filter as view…</source>
        <translation>&amp;Сохранить текущий фильтр как выборку…</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Clusters</source>
        <translation>Кластеры</translation>
    </message>
    <message>
        <source>Work areas</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Территории</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Delivery confidence</source>
        <translation>Оценка реализации</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места реализации</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Все проекты</translation>
    </message>
    <message>
        <source>Not updated for 90 days</source>
        <translation>Не обновлялись 90 дней</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Сохранённые выборки</translation>
    </message>
</context>
<context>
    <name>Opener</name>
    <message>
        <source>Open a portfolio</source>
        <translation>Открыть портфель</translation>
    </message>
    <message>
        <source>INO Desktop portfolios (*.sqlite *.db);;All files (*)</source>
        <translation>Портфели INO Desktop (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Create an empty portfolio</source>
        <translation>Создать пустой портфель</translation>
    </message>
    <message>
        <source>INO Desktop portfolios (*.sqlite)</source>
        <translation>Портфели INO Desktop (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name (an existing file is never overwritten)</source>
        <translation>%1 уже существует; выберите новое имя файла (существующий файл не перезаписывается)</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <source>Database URL, for example postgresql+psycopg://user@server/ino</source>
        <translation>Адрес базы данных, например postgresql+psycopg://user@server/ino</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database URL (it needs a scheme such as postgresql+psycopg://)</source>
        <translation>«%1» — не адрес базы данных (нужна схема, например postgresql+psycopg://)</translation>
    </message>
    <message>
        <source>Building the demo portfolio…</source>
        <translation>Создаётся демо-портфель…</translation>
    </message>
    <message>
        <source>Backups from the window are made of SQLite portfolios; back up a server database with its own tools</source>
        <translation>Из окна копируются только портфели SQLite; серверную базу копируйте её собственными средствами</translation>
    </message>
    <message>
        <source>Back up the portfolio</source>
        <translation>Резервная копия портфеля</translation>
    </message>
    <message>
        <source>SQLite files (*.sqlite)</source>
        <translation>Файлы SQLite (*.sqlite)</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Копия сохранена: %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создаётся резервная копия…</translation>
    </message>
</context>
<context>
    <name>ProjectTable</name>
    <message>
        <source>Filter by code, name, organisation or place (Ctrl+F)</source>
        <translation>Код, название, организация, место (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type to filter the projects; Esc clears</source>
        <translation>Начните вводить, чтобы отфильтровать проекты; Esc — очистить</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Группировать:</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Столбцы</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Выбрать показываемые столбцы</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>по кластерам</translation>
    </message>
    <message>
        <source>work area</source>
        <translation>по направлениям</translation>
    </message>
    <message>
        <source>status</source>
        <translation>по статусу</translation>
    </message>
    <message>
        <source>delivery confidence</source>
        <translation>по уверенности в реализации</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n проект</numerusform>
            <numerusform>%n проекта</numerusform>
            <numerusform>%n проектов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 projects</source>
        <translation>%1 из %2 проектов</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Сбросить столбцы</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория проекта</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место реализации</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Ответственная организация</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Total, RUB mln</source>
        <translation>Стоимость, млн руб.</translation>
    </message>
    <message>
        <source>Federal</source>
        <translation>Федеральный</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Областной</translation>
    </message>
    <message>
        <source>Extra-budgetary</source>
        <translation>Внебюджетные источники</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Jobs planned</source>
        <translation>Рабочие места (план)</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>Рабочие места (создано)</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Данные на</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>Never reported</source>
        <translation>Данные ни разу не поступали</translation>
    </message>
    <message>
        <source>Not updated for %1 days (last report %2)</source>
        <translation>Не обновлялись %1 дн. (последние данные %2)</translation>
    </message>
</context>
<context>
    <name>SavedViewActions</name>
    <message>
        <source>Choose a selection in the navigator or type a filter first: the whole portfolio is already «All projects»</source>
        <translation>Сначала выберите раздел навигатора или введите фильтр: весь портфель — это уже «Все проекты»</translation>
    </message>
    <message>
        <source>Save the filter as a view</source>
        <translation>Сохранить фильтр как выборку</translation>
    </message>
    <message>
        <source>Name of the view for: %1</source>
        <translation>Название выборки для: %1</translation>
    </message>
    <message>
        <source>Saved the view «%1»</source>
        <translation>Выборка «%1» сохранена</translation>
    </message>
    <message>
        <source>Rename the view</source>
        <translation>Переименовать выборку</translation>
    </message>
    <message>
        <source>New name of «%1»:</source>
        <translation>Новое название для «%1»:</translation>
    </message>
    <message>
        <source>Delete the view</source>
        <translation>Удалить выборку</translation>
    </message>
    <message>
        <source>Delete the saved view «%1»? The projects it shows are not touched.</source>
        <translation>Удалить сохранённую выборку «%1»? Проекты, которые она показывает, не затрагиваются.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Forget recent portfolios</source>
        <translation>&amp;Очистить список недавних портфелей</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Файл настроек: %1</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>ДЕМО-ДАННЫЕ</translation>
    </message>
    <message>
        <source>This portfolio holds the demo data, not real projects</source>
        <translation>В этом портфеле демонстрационные, а не реальные проекты</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>No portfolio open</source>
        <translation>Портфель не открыт</translation>
    </message>
    <message>
        <source>As at %1</source>
        <translation>По состоянию на %1</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>The project portfolio of the INO Tomsk regional innovation programme: projects, agency workbooks and briefing packs.</source>
        <translation>Портфель проектов программы «ИНО Томск»: проекты, книги Excel от ведомств и справочные материалы к совещаниям.</translation>
    </message>
    <message>
        <source>Open the &amp;demo portfolio</source>
        <translation>Открыть &amp;демо-портфель</translation>
    </message>
    <message>
        <source>A made-up portfolio to explore; marked DEMO DATA everywhere</source>
        <translation>Вымышленный портфель для знакомства; везде помечен «ДЕМО-ДАННЫЕ»</translation>
    </message>
    <message>
        <source>&amp;Create an empty portfolio</source>
        <translation>&amp;Создать пустой портфель</translation>
    </message>
    <message>
        <source>A new file with the programme&apos;s clusters and targets</source>
        <translation>Новый файл с кластерами и целевыми показателями программы</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Открыть файл…</translation>
    </message>
    <message>
        <source>A portfolio file (.sqlite) on this computer</source>
        <translation>Файл портфеля (.sqlite) на этом компьютере</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Подключиться к &amp;серверу…</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database of the programme office</source>
        <translation>Общая база PostgreSQL проектного офиса</translation>
    </message>
    <message>
        <source>&amp;Recent portfolios</source>
        <translation>&amp;Недавние портфели</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Export portfolio (.xlsx, .csv, .json)…</source>
        <translation>&amp;Выгрузить портфель (.xlsx, .csv, .json)…</translation>
    </message>
    <message>
        <source>Restore from a bac&amp;kup…</source>
        <translation>Восстановить из ре&amp;зервной копии…</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <source>&amp;Edit project…</source>
        <translation>&amp;Изменить проект…</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Импорт книги Excel…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>&amp;История импорта…</translation>
    </message>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation>&amp;Материалы к совещанию…</translation>
    </message>
    <message>
        <source>Agency data-request &amp;template…</source>
        <translation>&amp;Шаблон запроса данных для ведомства…</translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation>&amp;Дорожная карта</translation>
    </message>
    <message>
        <source>&amp;Meetings and decisions</source>
        <translation>&amp;Совещания и решения</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Организации</translation>
    </message>
    <message>
        <source>&amp;Federal instruments</source>
        <translation>&amp;Федеральные инструменты</translation>
    </message>
    <message>
        <source>Programme &amp;indicators</source>
        <translation>&amp;Показатели программы</translation>
    </message>
</context>
</TS>
