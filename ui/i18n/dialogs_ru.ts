<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ApplyPage</name>
    <message>
        <source>Cancel the import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts: both the office and the agency changed these</source>
        <translation>Конфликты: эти значения изменили и офис, и ведомство</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Office now</source>
        <translation>У офиса сейчас</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Take the agency&apos;s</source>
        <translation>Принять значение ведомства</translation>
    </message>
    <message>
        <source>Same project?</source>
        <translation>Тот же проект?</translation>
    </message>
    <message>
        <source>All: the agency&apos;s</source>
        <translation>Все: значения ведомства</translation>
    </message>
    <message>
        <source>All: the office&apos;s</source>
        <translation>Все: значения офиса</translation>
    </message>
</context>
<context>
    <name>DataFiles</name>
    <message>
        <source>Notes: %1</source>
        <translation>Примечания: %1</translation>
    </message>
    <message>
        <source>Export the portfolio</source>
        <translation>Выгрузка портфеля</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolons (*.csv);;JSON (*.json)</source>
        <translation>Книга Excel (*.xlsx);;CSV с точкой с запятой (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Выгрузка…</translation>
    </message>
    <message>
        <source>Agency data-request template</source>
        <translation>Шаблон запроса данных для ведомства</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>%1: projects exported: %2.</source>
        <translation>%1: выгружено проектов: %2.</translation>
    </message>
    <message>
        <source>%1: data-request template written, projects in it: %2.</source>
        <translation>%1: шаблон запроса данных записан, проектов в нём: %2.</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>Запись шаблона…</translation>
    </message>
    <message>
        <source>Restoring works on a SQLite portfolio; load a backup into a server database with &apos;ino-desktop copy&apos;</source>
        <translation>Восстановление работает для портфеля SQLite; в серверную базу копию загружают командой «ino-desktop copy»</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>SQLite backups (*.sqlite);;All files (*)</source>
        <translation>Резервные копии SQLite (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Replace the portfolio with the backup %1? The current state is backed up first, so this can be reversed by restoring that copy.</source>
        <translation>Заменить портфель резервной копией %1? Текущее состояние сначала сохраняется в копию, так что восстановление можно отменить, восстановив её.</translation>
    </message>
    <message>
        <source>%1 is the portfolio itself; choose a backup file</source>
        <translation>%1 — это сам портфель; выберите файл резервной копии</translation>
    </message>
    <message>
        <source>Restored from %1; projects: %2.</source>
        <translation>Восстановлено из %1; проектов: %2.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>New</source>
        <comment>a new record</comment>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>not a whole number</source>
        <translation>не целое число</translation>
    </message>
    <message>
        <source>not a number, e.g. 1 234,5</source>
        <translation>не число (пример: 1 234,5)</translation>
    </message>
    <message>
        <source>change {}</source>
        <translation>изменение: {}</translation>
    </message>
</context>
<context>
    <name>EditorPages</name>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Money and jobs</source>
        <translation>Финансирование и рабочие места</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Контрольные точки</translation>
    </message>
    <message>
        <source>Find an organisation…</source>
        <translation>Найти организацию…</translation>
    </message>
    <message>
        <source>No organisations in the register yet: add them under Registers → Organisations.</source>
        <translation>В реестре пока нет организаций: добавьте их в разделе «Реестры → Организации».</translation>
    </message>
    <message>
        <source>Find an instrument…</source>
        <translation>Найти инструмент…</translation>
    </message>
    <message>
        <source>No federal instruments in the register yet: add them under Registers → Federal instruments.</source>
        <translation>В реестре пока нет федеральных инструментов: добавьте их в разделе «Реестры → Федеральные инструменты».</translation>
    </message>
    <message>
        <source>Participants and instruments</source>
        <translation>Участники и инструменты</translation>
    </message>
    <message>
        <source>Problems and decisions</source>
        <translation>Проблемы и решения</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Money by source, RUB million</source>
        <translation>Финансирование по источникам, млн руб.</translation>
    </message>
    <message>
        <source>High-performance jobs</source>
        <translation>Высокопроизводительные рабочие места</translation>
    </message>
    <message>
        <source>Type amounts the Russian way or the English way: 1 234,5 or 1234.5. Leave a field empty when the amount is not known — empty is not zero.</source>
        <translation>Суммы можно вводить как 1 234,5 или 1234.5. Если сумма неизвестна, оставьте поле пустым — пустое поле не равно нулю.</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Добавить точку</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it; Delete empties a date. Late milestones are red.</source>
        <translation>Двойной щелчок — изменить ячейку; клавиша Delete очищает дату. Просроченные точки выделены красным.</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Новая контрольная точка</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>An agency workbook: .xlsx, .xlsm, .xls, .xlsb, .ods or .csv</source>
        <translation>Файл ведомства: .xlsx, .xlsm, .xls, .xlsb, .ods или .csv</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>e.g. Департамент промышленности</source>
        <translation>например, Департамент промышленности</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Source agency</source>
        <translation>Ведомство-источник</translation>
    </message>
    <message>
        <source>Which workbook, from whom?</source>
        <translation>Какой файл и от кого?</translation>
    </message>
    <message>
        <source>The workbook is only read in the next steps; nothing is written until you apply the plan. Naming the source agency lets its column and value mapping be remembered for its next workbook.</source>
        <translation>На следующих шагах файл только читается; в базу ничего не записывается, пока вы не примените план. Если указать ведомство, сопоставление его столбцов и значений запомнится для следующего файла.</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <source>sheet «{}»</source>
        <translation>лист «{}»</translation>
    </message>
    <message>
        <source>row {}</source>
        <translation>строка {}</translation>
    </message>
    <message>
        <source>Created by import</source>
        <translation>Создан импортом</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>the project was created</comment>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>Текущее значение</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>By / source</source>
        <translation>Кем / откуда</translation>
    </message>
    <message>
        <source>Where each value came from</source>
        <translation>Откуда взято каждое значение</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Все изменения</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Поле:</translation>
    </message>
    <message>
        <source>&amp;Restore this value</source>
        <translation>&amp;Вернуть это значение</translation>
    </message>
    <message>
        <source>Put the value the field had before the selected change back into the form; Save keeps it</source>
        <translation>Вернуть в форму значение, которое поле имело до выбранного изменения; сохранение закрепит его</translation>
    </message>
    <message>
        <source>Select a project to see its history.</source>
        <translation>Выберите проект, чтобы увидеть его историю.</translation>
    </message>
    <message>
        <source>No changes recorded for this project yet.</source>
        <translation>Изменений по проекту пока не зарегистрировано.</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Все поля</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Загружено</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>New projects</source>
        <translation>Новых проектов</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>undone {when}</source>
        <translation>отменён {when}</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>применён</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>История импорта</translation>
    </message>
    <message>
        <source>Undo the selected import…</source>
        <translation>Отменить выбранный импорт…</translation>
    </message>
    <message>
        <source>No workbook has been imported into this portfolio yet.</source>
        <translation>В этот портфель ещё не загружено ни одного файла.</translation>
    </message>
    <message>
        <source>Undo an import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <source>Undo import #{id} ({file})? The fields it changed get their earlier values back and the projects it created are removed. A safety copy is made first.</source>
        <translation>Отменить импорт №{id} ({file})? Изменённым полям вернутся прежние значения, созданные им проекты будут удалены. Перед этим делается резервная копия.</translation>
    </message>
    <message>
        <source>Import #{id} undone: {n} projects restored, {d} created projects removed.</source>
        <translation>Импорт №{id} отменён: восстановлено проектов — {n}, удалено созданных проектов — {d}.</translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation>Отмена импорта</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a workbook</source>
        <translation>Импорт файла</translation>
    </message>
    <message>
        <source>1. File</source>
        <translation>1. Файл</translation>
    </message>
    <message>
        <source>2. Header and columns</source>
        <translation>2. Заголовок и столбцы</translation>
    </message>
    <message>
        <source>3. Values</source>
        <translation>3. Значения</translation>
    </message>
    <message>
        <source>4. The plan</source>
        <translation>4. План</translation>
    </message>
    <message>
        <source>5. Import</source>
        <translation>5. Импорт</translation>
    </message>
    <message>
        <source>6. Summary</source>
        <translation>6. Итоги</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Назад</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Далее &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>the button that writes the plan</comment>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Choose a workbook</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <source>Workbooks ({patterns})</source>
        <translation>Таблицы ({patterns})</translation>
    </message>
    <message>
        <source>Choose a workbook first.</source>
        <translation>Сначала выберите файл.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Чтение {name}…</translation>
    </message>
    <message>
        <source>Reading the workbook</source>
        <translation>Чтение файла</translation>
    </message>
    <message>
        <source>{file}: {rows} rows read — {new} new, {upd} to update, {same} unchanged, {bad} rejected, {held} awaiting an answer to “Same project?”.</source>
        <translation>{file}: прочитано строк — {rows}; новых — {new}, к обновлению — {upd}, без изменений — {same}, отклонено — {bad}, ждут ответа на вопрос «Тот же проект?» — {held}.</translation>
    </message>
    <message>
        <source>{file}: {rows} rows read — {new} new, {upd} to update, {same} unchanged, {bad} rejected.</source>
        <translation>{file}: прочитано строк — {rows}; новых — {new}, к обновлению — {upd}, без изменений — {same}, отклонено — {bad}.</translation>
    </message>
    <message>
        <source>Name the source agency on the first page to save its profile.</source>
        <translation>Чтобы сохранить профиль, укажите ведомство на первой странице.</translation>
    </message>
    <message>
        <source>Saving the profile</source>
        <translation>Сохранение профиля</translation>
    </message>
    <message>
        <source>Saved as the profile of {source}.</source>
        <translation>Сохранено как профиль: {source}.</translation>
    </message>
    <message>
        <source>Every row is rejected: there is nothing to import.</source>
        <translation>Все строки отклонены: импортировать нечего.</translation>
    </message>
    <message>
        <source>Writing {n} rows in one transaction; a safety copy of the portfolio is made first.</source>
        <translation>Запись строк ({n}) одной транзакцией; перед этим делается резервная копия портфеля.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Cancelling… the portfolio stays as it was.</source>
        <translation>Отмена… портфель останется без изменений.</translation>
    </message>
    <message>
        <source>Imported {file}</source>
        <translation>Импортирован {file}</translation>
    </message>
    <message>
        <source>New projects: {n}; updated: {u}; unchanged: {s}; rows rejected: {r}.</source>
        <translation>Новых проектов — {n}, обновлено — {u}, без изменений — {s}, отклонено строк — {r}.</translation>
    </message>
    <message>
        <source>Rows imported with warnings: {w} (a value left out or to be checked); the agency&apos;s report lists each with its cell.</source>
        <translation>Строк импортировано с предупреждениями — {w} (значение пропущено или требует проверки); в отчёте для ведомства каждое указано с ячейкой.</translation>
    </message>
    <message>
        <source>Recorded as import batch #{id}; it can be undone here or later from the import history.</source>
        <translation>Записано как пакет импорта №{id}; его можно отменить здесь или позже в истории импорта.</translation>
    </message>
    <message>
        <source>{n} organisations added to the register.</source>
        <translation>В реестр добавлено организаций: {n}.</translation>
    </message>
    <message>
        <source>Safety copy made before the import: {path}</source>
        <translation>Резервная копия перед импортом: {path}</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported, the portfolio is as it was.</source>
        <translation>Импорт отменён: ничего не загружено, портфель не изменился.</translation>
    </message>
    <message>
        <source>Save the agency&apos;s report</source>
        <translation>Сохранить отчёт для ведомства</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Книга Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Отчёт сохранён: {path}</translation>
    </message>
    <message>
        <source>Import #{id} undone: {n} projects restored, {d} created projects removed.</source>
        <translation>Импорт №{id} отменён: восстановлено проектов — {n}, удалено созданных проектов — {d}.</translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation>Отмена импорта</translation>
    </message>
</context>
<context>
    <name>IndicatorsRegister</name>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>By</source>
        <comment>the target year</comment>
        <translation>К году</translation>
    </message>
    <message>
        <source>Latest actual</source>
        <translation>Последний факт</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Of target</source>
        <translation>От цели</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Set the year&apos;s values</source>
        <translation>Записать значения года</translation>
    </message>
    <message>
        <source>Yearly value</source>
        <translation>Значение за год</translation>
    </message>
    <message>
        <source>Choose an indicator.</source>
        <translation>Выберите показатель.</translation>
    </message>
    <message>
        <source>target {value} {unit} by {year}</source>
        <translation>цель {value} {unit} к {year} г.</translation>
    </message>
    <message>
        <source>Choose an indicator first.</source>
        <translation>Сначала выберите показатель.</translation>
    </message>
    <message>
        <source>Target and actual must be numbers, e.g. 1 234,5 (or empty).</source>
        <translation>Цель и факт должны быть числами, например 1 234,5 (или пустыми).</translation>
    </message>
    <message>
        <source>{year}: values saved</source>
        <translation>{year}: значения сохранены</translation>
    </message>
</context>
<context>
    <name>InstrumentsRegister</name>
    <message>
        <source>Instrument</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Министерство</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>of an organisation or an instrument</comment>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Federal instrument</source>
        <translation>Федеральный инструмент</translation>
    </message>
    <message>
        <source>New federal instrument</source>
        <translation>Новый федеральный инструмент</translation>
    </message>
    <message>
        <source>Federal instrument saved</source>
        <translation>Федеральный инструмент сохранён</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <source>Selected: {n}</source>
        <translation>Выбрано: {n}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Заголовок в файле</translation>
    </message>
    <message>
        <source>Fills the field</source>
        <translation>Заполняет поле</translation>
    </message>
    <message>
        <source>Recognised by</source>
        <translation>Как распознан</translation>
    </message>
    <message>
        <source>Read again with this mapping</source>
        <translation>Прочитать заново с этим сопоставлением</translation>
    </message>
    <message>
        <source>Save as the agency&apos;s profile</source>
        <translation>Сохранить как профиль ведомства</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <source>Header and columns</source>
        <translation>Заголовок и столбцы</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, row {rows}</source>
        <translation>лист «{sheet}», строка {rows}</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— пропустить —</translation>
    </message>
    <message>
        <source>by its header ({p} %)</source>
        <translation>по заголовку ({p} %)</translation>
    </message>
    <message>
        <source>by its values ({p} %)</source>
        <translation>по значениям ({p} %)</translation>
    </message>
    <message>
        <source>{how}; its periods give «{field}» too</source>
        <translation>{how}; периоды в ячейках дают и «{field}»</translation>
    </message>
    <message>
        <source>your decision: perhaps «{field}»</source>
        <translation>решите сами: возможно, «{field}»</translation>
    </message>
    <message>
        <source>your decision</source>
        <translation>решите сами</translation>
    </message>
    <message>
        <source>not imported: {why}</source>
        <translation>не импортируется: {why}</translation>
    </message>
    <message>
        <source>data-request template</source>
        <translation>шаблон запроса данных</translation>
    </message>
    <message>
        <source>agency profile</source>
        <translation>профиль ведомства</translation>
    </message>
    <message>
        <source>Header found in rows {rows}.</source>
        <translation>Заголовок найден в строках {rows}.</translation>
    </message>
    <message>
        <source>Header found in row {rows}.</source>
        <translation>Заголовок найден в строке {rows}.</translation>
    </message>
    <message>
        <source>Headers found: {places}.</source>
        <translation>Заголовки найдены: {places}.</translation>
    </message>
    <message>
        <source>Data rows: {n}. Unrecognised columns are ignored — choose a field for any the program did not recognise.</source>
        <translation>Строк данных: {n}. Нераспознанные столбцы не импортируются — выберите поле для тех, которые программа не распознала.</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>ваш выбор</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>не распознан</translation>
    </message>
</context>
<context>
    <name>MeetingsRegister</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Касается</translation>
    </message>
    <message>
        <source>action {n}</source>
        <translation>мероприятие {n}</translation>
    </message>
    <message>
        <source>Meeting of</source>
        <translation>Заседание от</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Контроль исполнения</translation>
    </message>
    <message>
        <source>Chair: {name}</source>
        <translation>Председатель: {name}</translation>
    </message>
    <message>
        <source>Venue: {place}</source>
        <translation>Место: {place}</translation>
    </message>
    <message>
        <source>Decisions: {n}</source>
        <translation>Решений: {n}</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Новое заседание</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Create meeting</source>
        <translation>Создать заседание</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Вопрос повестки</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>Код проекта</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Добавить вопрос</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Добавить решение</translation>
    </message>
    <message>
        <source>Choose a meeting on the left, or create one.</source>
        <translation>Выберите заседание слева или создайте новое.</translation>
    </message>
    <message>
        <source>Follow-up ({n})</source>
        <translation>Контроль исполнения ({n})</translation>
    </message>
    <message>
        <source>Decision {n} updated</source>
        <translation>Решение {n} обновлено</translation>
    </message>
    <message>
        <source>Meeting created</source>
        <translation>Заседание создано</translation>
    </message>
    <message>
        <source>Agenda item added</source>
        <translation>Вопрос добавлен в повестку</translation>
    </message>
    <message>
        <source>Decision added</source>
        <translation>Решение добавлено</translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message>
        <source>Milestone</source>
        <translation>Контрольная точка</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Overdue: the planned date has passed and there is no actual date</source>
        <translation>Просрочено: плановая дата прошла, фактической даты нет</translation>
    </message>
</context>
<context>
    <name>OrganisationsRegister</name>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Ведёт</translation>
    </message>
    <message>
        <source>Takes part in</source>
        <translation>Участвует</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <source>Organisation saved</source>
        <translation>Организация сохранена</translation>
    </message>
</context>
<context>
    <name>Origins</name>
    <message>
        <source>Manual edit</source>
        <translation>Ручная правка</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демо-данные</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>Briefing pack</source>
        <translation>Справочные материалы</translation>
    </message>
    <message>
        <source>The whole portfolio</source>
        <translation>Весь портфель</translation>
    </message>
    <message>
        <source>What the table shows now</source>
        <translation>То, что сейчас показано в таблице</translation>
    </message>
    <message>
        <source>Clusters:</source>
        <translation>Кластеры:</translation>
    </message>
    <message>
        <source>Saved view:</source>
        <translation>Сохранённая выборка:</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Заседание:</translation>
    </message>
    <message>
        <source>only the projects and clusters on its agenda</source>
        <translation>только проекты и кластеры из его повестки</translation>
    </message>
    <message>
        <source>The pack covers</source>
        <translation>Охват материалов</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Full pack: a page for every project, each cluster&apos;s projects, contents and the appendix</source>
        <translation>Полный комплект: паспорт каждого проекта, проекты каждого кластера, содержание и приложение</translation>
    </message>
    <message>
        <source>Without it, only the projects on the meeting&apos;s agenda get their own page</source>
        <translation>Без него паспорта печатаются только для проектов из повестки заседания</translation>
    </message>
    <message>
        <source>Used on the cover when no meeting is chosen</source>
        <translation>Для обложки, если заседание не выбрано</translation>
    </message>
    <message>
        <source>Compare with this date; empty = the previous meeting&apos;s date</source>
        <translation>Сравнивать с этой датой; пусто — дата предыдущего заседания</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Open the PDF when it is ready</source>
        <translation>Открыть PDF по готовности</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Изменения с</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>Print the pack</source>
        <translation>Сформировать материалы</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <source>The selection holds %n project(s).</source>
        <translation>
            <numerusform>В выборке %n проект.</numerusform>
            <numerusform>В выборке %n проекта.</numerusform>
            <numerusform>В выборке %n проектов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the pack as</source>
        <translation>Сохранить материалы как</translation>
    </message>
    <message>
        <source>Tick at least one cluster.</source>
        <translation>Отметьте хотя бы один кластер.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Выберите хотя бы один раздел.</translation>
    </message>
    <message>
        <source>Choose where to save the pack.</source>
        <translation>Укажите, куда сохранить материалы.</translation>
    </message>
    <message>
        <source>Printing the briefing pack</source>
        <translation>Формирование материалов</translation>
    </message>
    <message>
        <source>The pack is ready: {path}</source>
        <translation>Материалы готовы: {path}</translation>
    </message>
    <message>
        <source>Cancelled: no pack was written.</source>
        <translation>Отменено: файл не создан.</translation>
    </message>
</context>
<context>
    <name>PackSections</name>
    <message>
        <source>Cover</source>
        <translation>Обложка</translation>
    </message>
    <message>
        <source>Decisions needed</source>
        <translation>Требует решения</translation>
    </message>
    <message>
        <source>Timeline (overdue, next 90 days)</source>
        <translation>График сроков (просрочено, ближайшие 90 дней)</translation>
    </message>
    <message>
        <source>Top ten by money and by risk</source>
        <translation>10 крупнейших и 10 самых рискованных</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Exceptions (red, amber, not reported)</source>
        <translation>Отклонения («красные», «жёлтые», без отчёта)</translation>
    </message>
    <message>
        <source>Cluster tables</source>
        <translation>Таблицы по кластерам</translation>
    </message>
    <message>
        <source>Project pages</source>
        <translation>Паспорта проектов</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Дорожная карта</translation>
    </message>
    <message>
        <source>Decisions and follow-up</source>
        <translation>Решения и их исполнение</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Приложение</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Обновление</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Awaiting answer</source>
        <translation>Ждёт ответа</translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation>и ещё {n}</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Imported, with a warning to check</source>
        <translation>Будет импортирована, но есть предупреждение — проверьте</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Сопоставлен по</translation>
    </message>
    <message>
        <source>code</source>
        <translation>коду</translation>
    </message>
    <message>
        <source>name</source>
        <translation>названию</translation>
    </message>
    <message>
        <source>Changes or reasons</source>
        <translation>Изменения или причины</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>All rows</source>
        <translation>Все строки</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>С предупреждениями</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Что сделает импорт</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новых</translation>
    </message>
    <message>
        <source>to update</source>
        <translation>к обновлению</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>awaiting an answer to “Same project?”</source>
        <translation>ждут ответа на вопрос «Тот же проект?»</translation>
    </message>
    <message>
        <source>with warnings</source>
        <translation>с предупреждениями</translation>
    </message>
    <message>
        <source>Conflicts: %1…</source>
        <translation>Конфликтов: %1…</translation>
    </message>
    <message>
        <source>%1 conflict(s), %2 keep the office&apos;s value; click to decide each</source>
        <translation>Конфликтов: %1, из них сохраняют значение офиса: %2; нажмите, чтобы решить каждый</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Reload and keep my changes</source>
        <translation>Перечитать, сохранив мои правки</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Сохранить (%1)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Delete project…</source>
        <translation>Удалить проект…</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>Project {code}</source>
        <translation>Проект {code}</translation>
    </message>
    <message>
        <source>Cannot save yet — </source>
        <translation>Пока нельзя сохранить — </translation>
    </message>
    <message>
        <source>Saving the project</source>
        <translation>Сохранение проекта</translation>
    </message>
    <message>
        <source>{field} is set back to the earlier value; save to keep it (Ctrl+Z takes it back)</source>
        <translation>{field}: возвращено прежнее значение; сохраните, чтобы закрепить его (Ctrl+Z отменит)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Reloaded the newer version; your changes are back on top ({names}). Check them and save.</source>
        <translation>Загружена более новая версия; ваши правки внесены поверх неё ({names}). Проверьте и сохраните.</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Удаление проекта</translation>
    </message>
    <message>
        <source>Delete {code} and its milestones? The change log keeps its last values.</source>
        <translation>Удалить {code} вместе с контрольными точками? Журнал изменений сохранит последние значения.</translation>
    </message>
    <message>
        <source>Deleting the project</source>
        <translation>Удаление проекта</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Close without saving your changes?</source>
        <translation>Закрыть без сохранения изменений?</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <source>Roadmap</source>
        <translation>Дорожная карта</translation>
    </message>
    <message>
        <source>Meetings and decisions</source>
        <translation>Заседания и решения</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Federal instruments</source>
        <translation>Федеральные инструменты</translation>
    </message>
    <message>
        <source>Programme indicators</source>
        <translation>Показатели программы</translation>
    </message>
</context>
<context>
    <name>RoadmapRegister</name>
    <message>
        <source>Edition</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>a roadmap action</comment>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Double-click to change the status</source>
        <translation>Двойной щелчок — изменить статус</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>All editions</source>
        <translation>Все редакции</translation>
    </message>
    <message>
        <source>All work areas</source>
        <translation>Все направления</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Редакция:</translation>
    </message>
    <message>
        <source>Work area:</source>
        <translation>Направление:</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} дн.</translation>
    </message>
    <message>
        <source>{n} actions: {done} done, {late} overdue as at {day}</source>
        <translation>Мероприятий: {n}; выполнено — {done}, просрочено — {late} на {day}</translation>
    </message>
    <message>
        <source>Action {n}: status changed</source>
        <translation>Мероприятие {n}: статус изменён</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Save the agency&apos;s report…</source>
        <translation>Сохранить отчёт для ведомства…</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Отменить этот импорт</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>RUB mln</source>
        <translation>млн руб.</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>мест</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>мероприятий</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Как написано</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Означает</translation>
    </message>
    <message>
        <source>Read again with these values</source>
        <translation>Прочитать заново с этими значениями</translation>
    </message>
    <message>
        <source>Unknown spellings</source>
        <translation>Неизвестные написания</translation>
    </message>
    <message>
        <source>— leave rejected —</source>
        <translation>— оставить отклонёнными —</translation>
    </message>
    <message>
        <source>— leave empty —</source>
        <translation>— оставить пустым —</translation>
    </message>
    <message>
        <source>Every value was recognised; nothing to map.</source>
        <translation>Все значения распознаны; сопоставлять нечего.</translation>
    </message>
    <message>
        <source>These values are not known spellings. Choose what each means, then read again; the choice is kept in the agency&apos;s profile. Left unmapped, a row with an unknown cluster stays rejected; other values are left empty and their rows imported.</source>
        <translation>Эти написания программе неизвестны. Укажите, что означает каждое, и прочитайте файл заново; выбор сохранится в профиле ведомства. Без сопоставления строка с неизвестным кластером останется отклонённой; другие значения останутся пустыми, а их строки будут загружены.</translation>
    </message>
</context>
</TS>
